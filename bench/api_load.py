"""Load on `/api/search`: wrk when installed, else a bounded Python client.

wrk (Debian's `wrk`) keeps its connections open and measures every request
for a fixed time; a Lua script rotates through the queries. The fallback sends
a fixed number of requests from threads and stops by itself. Both report
p50/p99 latency in ms and requests per second.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

_WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def rotate_script(paths: list[str]) -> Path:
    """Write a wrk Lua script that requests the paths in turn."""
    quoted = ",".join(f'"{p}"' for p in paths)
    script = (
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i + 1\n"
        "  return wrk.format('GET', paths[(i % #paths) + 1])\n"
        "end\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    return Path(handle.name)


def search_paths(queries: list[str]) -> list[str]:
    return [f"/api/search?q={quote(q)}" for q in queries]


def wrk(base: str, paths: list[str], connections: int, seconds: int) -> dict:
    """Run wrk against base for `seconds`; return p50/p99 ms and requests/s."""
    script = rotate_script(paths)
    try:
        result = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency",
             "-s", str(script), base],
            capture_output=True, text=True, timeout=seconds + 60, check=True,
        )  # fmt: skip
    finally:
        script.unlink()
    latency = {
        percent: float(value) * _UNIT_MS[unit]
        for percent, value, unit in _WRK_LATENCY.findall(result.stdout)
    }
    rate = _WRK_RATE.search(result.stdout)
    if "50" not in latency or "99" not in latency or rate is None:
        raise RuntimeError(f"could not read wrk's output:\n{result.stdout}")
    return {
        "p50_ms": latency["50"],
        "p99_ms": latency["99"],
        "requests_per_s": float(rate.group(1)),
        "tool": "wrk",
    }


def python_client(base: str, paths: list[str], connections: int, seconds: int) -> dict:
    """Threads sending requests one after another until `seconds` have passed."""
    times: list[float] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(index: int) -> None:
        mine, i = [], index
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            with urllib.request.urlopen(base + paths[i % len(paths)], timeout=30) as r:
                r.read()
            mine.append((time.perf_counter() - started) * 1000)
            i += 1
        with lock:
            times.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    times.sort()
    return {
        "p50_ms": statistics.median(times),
        "p99_ms": times[max(0, int(len(times) * 0.99) - 1)],
        "requests_per_s": len(times) / elapsed,
        "tool": "python threads",
    }


def load(base: str, paths: list[str], connections: int, seconds: int) -> dict:
    """Measure with wrk when installed, else with the Python client."""
    runner = wrk if wrk_available() else python_client
    return runner(base, paths, connections, seconds)
