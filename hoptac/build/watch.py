"""Rebuild whenever an input changes (`invoke regenerate`).

Pelican's own autoreload (`pelican -r`) writes into the output folder in
place, so a reader could open a half-written site and a failed build would
leave one. Here each change runs the ordinary build (`driver.build_site`): it
builds beside the live site and swaps it in whole, or leaves the last good
site live and says why.

Changes are found by polling: the stamps (size, modification time) of every
file under the watched folders, compared once a second. Polling needs no
extra package and works the same on every file system; an archive of a few
thousand files is stamped in milliseconds.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

Snapshot = dict[str, tuple[int, int]]

POLL_SECONDS = 1.0


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """Stamp every file under `paths` (files or folders; missing ones count as empty)."""
    stamps: Snapshot = {}
    for root in paths:
        if root.is_file():
            found = [root]
        else:
            found = (
                Path(folder) / name
                for folder, folders, names in os.walk(root)
                for name in names
                # Editors' swap and backup files are not inputs.
                if not name.startswith(".") and not name.endswith("~")
            )
        for path in found:
            try:
                stat = path.stat()
            except OSError:  # removed while we looked: the next poll sees it
                continue
            stamps[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return stamps


def changed_files(before: Snapshot, after: Snapshot) -> list[str]:
    """The files added, removed or modified between two snapshots, sorted."""
    return sorted(
        path
        for path in before.keys() | after.keys()
        if before.get(path) != after.get(path)
    )


def watch(
    paths: list[Path],
    rebuild: Callable[[list[str]], None],
    stop: threading.Event | None = None,
    interval: float = POLL_SECONDS,
    since: Snapshot | None = None,
) -> None:
    """Call `rebuild(changed)` after each change under `paths`, until `stop` is set.

    Changes count from `since` (a `snapshot`), else from when the watch starts.

    A change made while a build runs is caught by the next poll. `rebuild`
    handles its own failures (the watch goes on).
    """
    stop = stop or threading.Event()
    seen = snapshot(paths) if since is None else since
    while not stop.wait(interval):
        now = snapshot(paths)
        changed = changed_files(seen, now)
        if changed:
            rebuild(changed)
            # What changed during the build is seen at the next poll.
            seen = now
