"""What `invoke build` prints: each phase as it ends, with counts and times."""

from __future__ import annotations

import time
from collections.abc import Callable


class BuildProgress:
    """Tell what a build is doing, phase by phase, with counts and times.

    `report` gets one line a phase (`invoke build` prints them to stderr);
    without it the build is quiet.
    """

    def __init__(self, report: Callable[[str], None] | None):
        self.report = report
        self.started = self.phase_started = time.perf_counter()
        self.read = 0
        self.last_line = self.started

    def say(self, text: str, timed: bool = True) -> None:
        if self.report is not None:
            now = time.perf_counter()
            elapsed = f" ({now - self.phase_started:.1f} s)" if timed else ""
            self.report(f"build: {text}{elapsed}")
            self.phase_started = self.last_line = now

    def begin(self) -> None:
        self.phase_started = time.perf_counter()

    def article_read(self, content: object) -> None:
        self.read += 1
        now = time.perf_counter()
        if self.report is not None and now - self.last_line > 5:
            self.report(f"build: reading articles: {self.read} so far")
            self.last_line = now

    def phase_ended(
        self, name: str, count: int | None = None, detail: str = "", timed=True
    ) -> None:
        self.say(detail or f"{name}: {count}", timed)
