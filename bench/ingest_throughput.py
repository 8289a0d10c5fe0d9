"""Ingest throughput on the dantri corpus (+ seeds), and optionally the baomoi JSON Lines.

Prints articles per second, errors, and how many articles came out titled and
dated (fully, or honestly partially). The baseline in the same run is a plain
read of the same files (bytes + UTF-8 decode), so the ratio says how much work
ingest adds on this machine, whatever else it is doing.

Run: python bench/ingest_throughput.py [--baomoi] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hoptac.ingest.pipeline import Ingestor

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus"


def plain_read(paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        path.read_bytes().decode("utf-8", errors="replace")
    return time.perf_counter() - started


def ingest_once(
    inputs: list[Path], supplied_date: str = ""
) -> tuple[float, Counter, list]:
    with tempfile.TemporaryDirectory() as scratch:
        ingestor = Ingestor(Path(scratch) / "content", Path(scratch) / "sources",
                            supplied_date=supplied_date)  # fmt: skip
        started = time.perf_counter()
        results = list(ingestor.ingest(inputs))
        seconds = time.perf_counter() - started
    return seconds, Counter(r.status for r in results), results


def report(
    label: str, runs: list[float], results: list, baseline: float | None
) -> dict:
    seconds = statistics.median(runs)
    statuses = Counter(r.status for r in results)
    titled = sum(1 for r in results if r.title)
    dated = sum(1 for r in results if r.date)
    rate = len(results) / seconds
    print(f"\n{label}: {len(results)} articles")
    print(f"  median of {len(runs)} runs: {seconds:.1f} s -> {rate:.0f} articles/s")
    if baseline:
        print(
            f"  plain read of the same files: {baseline:.2f} s (ingest = {seconds / baseline:.0f}x)"
        )
    print(
        f"  statuses: {dict(statuses)}; titled {titled}, dated or partially dated {dated}"
    )
    for result in results:
        if result.status == "error":
            print("  error:", "; ".join(result.messages))
    return {"articles": len(results), "seconds": round(seconds, 2), "per_second": round(rate),
            "errors": statuses["error"], "titled": titled, "dated": dated}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--baomoi", action="store_true", help="also ingest the 35k baomoi records"
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    dantri = CORPUS / "dantri-unc"
    if not dantri.is_dir():
        print(f"The shared corpus is not here ({dantri}): nothing to measure.")
        return 0
    inputs = sorted(dantri.glob("*.txt")) + sorted(
        (PROJECT / "samples" / "seeds").glob("*.txt")
    )
    baseline = plain_read(inputs)
    runs, results = [], []
    for _ in range(args.repeat):
        seconds, _, results = ingest_once(inputs)
        runs.append(seconds)
    summary = {"dantri": report("dantri + seeds (text)", runs, results, baseline)}
    if args.baomoi:
        baomoi = CORPUS / "baomoi-2017.jsonl.gz"
        seconds, _, results = ingest_once([baomoi], supplied_date="2017")
        print(
            "  (baomoi records carry no date: the run supplies --date 2017, precision year)"
        )
        summary["baomoi"] = report("baomoi JSON Lines", [seconds], results, None)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
