"""Peak memory of `hoptac ingest` on a gzip bomb: it must refuse it under 200 MB.

Builds, in a scratch folder, a small `.jsonl.gz` that expands to about 1 GB
(one valid record, then a long run of one byte), ingests it in a subprocess and
prints one JSON object: the bomb's sizes, the ingest's exit status, message,
seconds and peak resident memory (the largest of the ingest process and its
workers, from getrusage(RUSAGE_CHILDREN); the runner's own is left out by
measuring in a fresh child that only starts the ingest).

    python3 bench/ingest_limits.py [--expanded-mib 1024] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
LIMIT_MIB = 200
MIB = 1024 * 1024

# Runs in a fresh interpreter, so RUSAGE_CHILDREN counts the ingest tree alone.
MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "status": done.returncode,
    "stdout": done.stdout,
    "stderr": done.stderr[-2000:],
    "seconds": time.perf_counter() - started,
    "peak_rss_kib": usage.ru_maxrss,
}))
"""


def build_bomb(path: Path, expanded_mib: int) -> int:
    """Write a .jsonl.gz expanding to `expanded_mib` MiB; return its expanded size."""
    record = json.dumps(
        {"id": "bom-1", "title": "Hà Nội và Lâm Đồng", "body": "Hợp tác."},
        ensure_ascii=False,
    ).encode("utf-8")
    # Gzip members concatenate: one compressed MiB written again and again.
    block = gzip.compress(b"0" * MIB, compresslevel=9)
    with path.open("wb") as stream:
        stream.write(gzip.compress(record + b"\n"))
        for _ in range(expanded_mib):
            stream.write(block)
    return len(record) + 1 + expanded_mib * MIB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expanded-mib", type=int, default=1024)
    parser.add_argument("--keep", type=Path, help="build in this folder, kept")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ingest-limits-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        bomb = folder / "bomb.jsonl.gz"
        expanded = build_bomb(bomb, args.expanded_mib)
        with gzip.open(bomb) as check:  # the bomb is what it claims (first line)
            assert check.readline().startswith(b'{"id": "bom-1"')
        command = [
            sys.executable, "-m", "hoptac", "ingest", str(bomb), "--json",
            "--content", str(folder / "content"), "--sources", str(folder / "sources"),
        ]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(PROJECT)}
        measured = subprocess.run(
            [sys.executable, "-c", MEASURE, *command],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        run = json.loads(measured.stdout)
        results = [json.loads(line) for line in run["stdout"].splitlines() if line]
        peak_mib = run["peak_rss_kib"] / 1024
        report = {
            "bench": "ingest_limits",
            "when": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
            "bomb_bytes": bomb.stat().st_size,
            "expanded_bytes": expanded,
            "exit_status": run["status"],
            "statuses": [r["status"] for r in results],
            "messages": [m for r in results for m in r["messages"]][:3],
            "seconds": round(run["seconds"], 2),
            "peak_rss_mib": round(peak_mib, 1),
            "limit_mib": LIMIT_MIB,
            "refused": [r["status"] for r in results] == ["error"],
            "ok": [r["status"] for r in results] == ["error"] and peak_mib < LIMIT_MIB,
            "archived_files": len(list((folder / "content").rglob("*.md"))),
        }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
