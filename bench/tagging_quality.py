"""Tagging quality on the hand-annotated development set: provinces and leaders.

Prints micro-averaged precision, recall and F1 per split (`tune`: what the
rules were tuned on; `heldout`: only scored, chosen by a hash of the id before
any tuning), for the trap rows alone (`traps`) and overall, milliseconds per
article, and every disagreement.

Run: PYTHONPATH=. python3 bench/tagging_quality.py [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from hoptac.tagging import tag_article

DEVSET = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "fixtures"
    / "tagging"
    / "devset.jsonl"
)


def load_devset(path: Path = DEVSET) -> list[dict]:
    return [
        json.loads(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


def score(pairs: list[tuple[set, set]]) -> dict:
    """Micro-averaged precision, recall and F1 over (expected, found) pairs."""
    hits = sum(len(e & f) for e, f in pairs)
    found = sum(len(f) for _, f in pairs)
    expected = sum(len(e) for e, _ in pairs)
    return precision_recall_f1(hits, found, expected)


def precision_recall_f1(hits: int, found: int, expected: int) -> dict:
    """Precision, recall and F1 from counts (an empty side counts as perfect)."""
    precision = hits / found if found else 1.0
    recall = hits / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def evaluate(rows: list[dict]) -> tuple[dict, list[str], float]:
    results: dict[str, dict[str, list]] = {}
    disagreements = []
    started = time.perf_counter()
    for row in rows:
        tags = tag_article(row["title"], row["body"])
        for kind, found in (
            ("provinces", set(tags.provinces)),
            ("leaders", set(tags.leaders)),
        ):
            expected = set(row[kind])
            splits = [row["split"], "all"]
            if row["group"].startswith("trap-"):
                splits.append("traps")
            for split in splits:
                results.setdefault(split, {}).setdefault(kind, []).append(
                    (expected, found)
                )
            if expected != found:
                disagreements.append(
                    f"{row['id']} [{row['split']}] {kind}: missing"
                    f" {sorted(expected - found)}, extra {sorted(found - expected)}"
                )
    ms = (time.perf_counter() - started) * 1000 / len(rows)
    summary = {
        split: {kind: score(pairs) for kind, pairs in kinds.items()}
        for split, kinds in results.items()
    }
    return summary, disagreements, ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="no list of disagreements")
    parser.add_argument(
        "--show-heldout",
        action="store_true",
        help="list held-out disagreements too (do not, while tuning)",
    )
    args = parser.parse_args()
    rows = load_devset()
    tag_article("warm up", "Hà Nội")  # compile the matchers outside the timing
    summary, disagreements, ms = evaluate(rows)
    print(f"{len(rows)} articles, {ms:.1f} ms per article")
    for split in ("tune", "heldout", "fresh", "traps", "all"):
        if split not in summary:
            continue
        for kind in ("provinces", "leaders"):
            s = summary[split][kind]
            print(
                f"  {split:7} {kind:9} P {s['precision']:.3f}  R {s['recall']:.3f}"
                f"  F1 {s['f1']:.3f}"
            )
    if not args.quiet:
        shown = [
            d
            for d in disagreements
            if args.show_heldout or not ("[heldout]" in d or "[fresh]" in d)
        ]
        print("\n".join(shown))
    print(
        json.dumps({"articles": len(rows), "ms_per_article": round(ms, 2), **summary})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
