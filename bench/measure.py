"""Measuring tools of the benchmark harness: wall time, peak memory, the machine.

Every measured step runs as its own process, so one step's memory cannot hide
in another's. Peak memory is the largest total proportional set size (PSS:
shared pages split between the processes sharing them) of the process and all
its descendants, sampled from /proc every 100 ms: a build forks its search
index writer, whose copy-on-write pages plain resident sizes would count twice,
and the main process alone would miss it.

Sampling is not free: reading a process's PSS walks its page tables, 39 ms a
sample during a build of 2,655 articles (2.2 CPU-seconds in a 14 s build, more
for a tree of several large processes than for plain Pelican's one). Runs
that are timed against each other therefore run unsampled
(`sample_seconds=None`), and peak memory comes from a run of its own.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

SAMPLE_SECONDS = 0.1


@dataclass
class Run:
    """One measured process: wall seconds, peak PSS (MiB) of its tree, output.

    `cpu_seconds` is the user and system CPU of the process and of the children
    it waited for (its worker processes): the figure other load on a shared
    machine disturbs least.
    """

    seconds: float
    peak_mib: float
    stdout: str
    returncode: int = 0
    cpu_seconds: float = 0.0


class MeasureError(RuntimeError):
    """A measured command failed; the message carries its output."""


def _tree_pss_kib(root: int) -> int:
    """Return the PSS in KiB of a process and all its descendants, now."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue  # gone between listing and reading
        children.setdefault(parent, []).append(int(entry.name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


def run_measured(
    command: list[str],
    cwd: Path,
    env: dict[str, str] | None = None,
    allowed: tuple[int, ...] = (0,),
    sample_seconds: float | None = SAMPLE_SECONDS,
) -> Run:
    """Run a command to completion; return its wall time and peak tree memory.

    Memory is sampled every `sample_seconds`; with None it is not, and the
    peak is reported as 0. Raises MeasureError unless its exit status is in
    `allowed`.
    """
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_pss_kib(process.pid))
            done.wait(sample_seconds)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_seconds is not None:
        sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    done.set()
    if sample_seconds is not None:
        sampler.join()
    if process.returncode not in allowed:
        raise MeasureError(
            f"{' '.join(command[:4])} … failed ({process.returncode}):\n{output[-3000:]}"
        )
    return Run(seconds, peak / 1024, output, process.returncode, cpu)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def machine_description() -> dict[str, str]:
    """Return what the figures were measured on, for the results file."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    versions = []
    for package in ("pelican", "markdown", "whoosh-reloaded", "pagefind"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    return {
        "date": time.strftime("%Y-%m-%d"),
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "memory": memory,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": ", ".join(versions),
    }
