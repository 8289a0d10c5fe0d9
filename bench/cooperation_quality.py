"""Cooperation detection quality on the hand-labelled development set.

Runs every article through the real tagging path (`tag_article`, which calls the
detector) and prints, for each split (`tune`, `heldout`) and overall: precision,
recall and F1 of detection, accuracy of the kind on correctly detected
articles, micro precision/recall/F1 of the parties (over every article: a
missed article loses its parties, a false alarm adds its own), and the false
positive rate on the general-news negatives (dantri and baomoi), and how many
parties of the correctly detected articles have a leader in
`Cooperation_Leaders` (no gold for which leader: `leaders named` counts, and a
person checks them by reading). The last line is the same as JSON, for
`bench/harness.py`.

Errors are listed for the `tune` split only: the held-out split is for
reporting, never for tuning (`--errors all` lists both, for after the fact).

Run: python bench/cooperation_quality.py [--errors tune|all|none]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from corpus_refs import load_rows  # bench/ is on the path
from tagging_quality import precision_recall_f1 as prf

from hoptac.tagging import tag_article

DEVSET = Path(__file__).resolve().parent / "data" / "cooperation_devset.jsonl"
SPLITS = ("tune", "heldout", "all")


def load_devset(path: Path = DEVSET) -> list[dict]:
    """The development set; rows taken from the baomoi corpus are read from it."""
    return load_rows(path)


def evaluate(rows: list[dict]) -> tuple[dict, list[tuple[str, str]], float]:
    """Score every split; return (summary, [(split, error line)], ms per article)."""
    counts: dict[str, dict[str, int]] = {
        split: dict.fromkeys(
            (
                "articles",
                "positives",
                "detected",
                "detected_right",
                "kind_right",
                "party_hits",
                "party_found",
                "party_expected",
                "general_news",
                "general_news_flagged",
                "right_parties",
                "parties_with_leader",
            ),
            0,
        )
        for split in SPLITS
    }
    errors = []
    started = time.perf_counter()
    for row in rows:
        label = row["label"]
        found = tag_article(row["title"], row["body"]).cooperation
        expected_parties = set(label["parties"]) if label["is_cooperation"] else set()
        found_parties = set(found.parties) if found else set()
        for split in (row["split"], "all"):
            c = counts[split]
            c["articles"] += 1
            c["positives"] += label["is_cooperation"]
            c["detected"] += found is not None
            if found and label["is_cooperation"]:
                c["detected_right"] += 1
                c["kind_right"] += found.kind == label["kind"]
                right = expected_parties & found_parties
                c["right_parties"] += len(right)
                c["parties_with_leader"] += sum(
                    leader.rsplit(" (", 1)[-1].rstrip(")") in right
                    for leader in found.leaders
                )
            c["party_hits"] += len(expected_parties & found_parties)
            c["party_found"] += len(found_parties)
            c["party_expected"] += len(expected_parties)
            if row.get("general_news") and not label["is_cooperation"]:
                c["general_news"] += 1
                c["general_news_flagged"] += found is not None
        problem = ""
        if bool(found) != label["is_cooperation"]:
            problem = "missed" if label["is_cooperation"] else "false alarm"
        elif found and (
            found.kind != label["kind"] or found_parties != expected_parties
        ):
            problem = "kind/parties"
        if problem:
            errors.append(
                (
                    row["split"],
                    f"{row['id']} {problem}: {row['title'][:80]!r} "
                    f"expected {label['kind'] or '-'} {sorted(expected_parties)}, "
                    f"found {found.kind if found else '-'} {sorted(found_parties)}",
                )
            )
    ms = (time.perf_counter() - started) * 1000 / max(len(rows), 1)
    summary = {}
    for split, c in counts.items():
        detection = prf(c["detected_right"], c["detected"], c["positives"])
        summary[split] = {
            "articles": c["articles"],
            "positives": c["positives"],
            "detection": detection,
            "kind_accuracy": round(c["kind_right"] / c["detected_right"], 3)
            if c["detected_right"]
            else None,
            "parties": prf(c["party_hits"], c["party_found"], c["party_expected"]),
            "leaders_named": {
                "parties": c["right_parties"],
                "with_leader": c["parties_with_leader"],
            },
            "general_news": c["general_news"],
            "general_news_false_positive_rate": round(
                c["general_news_flagged"] / c["general_news"], 3
            )
            if c["general_news"]
            else None,
        }
    return summary, errors, ms


def render_table(summary: dict) -> str:
    lines = [
        "split    articles  pos  det P  det R  det F1  kind acc  party P  party R  party F1  FP rate (general news)  leaders named",
    ]
    for split in SPLITS:
        s = summary[split]
        d, p = s["detection"], s["parties"]
        kind = (
            f"{s['kind_accuracy']:.3f}" if s["kind_accuracy"] is not None else "  -  "
        )
        fp = s["general_news_false_positive_rate"]
        lines.append(
            f"{split:8} {s['articles']:8} {s['positives']:4}  {d['precision']:.3f}  {d['recall']:.3f}  "
            f"{d['f1']:.3f}   {kind}    {p['precision']:.3f}   {p['recall']:.3f}   {p['f1']:.3f}    "
            f"{fp if fp is not None else '-'} of {s['general_news']}"
            f"            {s['leaders_named']['with_leader']} of "
            f"{s['leaders_named']['parties']} parties"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors",
        choices=("tune", "all", "none"),
        default="tune",
        help="which split's errors to list (default: tune only)",
    )
    parser.add_argument("--devset", type=Path, default=DEVSET)
    args = parser.parse_args()
    rows = load_devset(args.devset)
    tag_article("warm up", "Hà Nội và Lâm Đồng hợp tác")  # compile outside the timing
    summary, errors, ms = evaluate(rows)
    print(f"{len(rows)} articles, {ms:.1f} ms per article")
    print(render_table(summary))
    if args.errors != "none":
        for split, line in errors:
            if args.errors == "all" or split == "tune":
                print(f"  [{split}] {line}")
    print(
        json.dumps({"articles": len(rows), "ms_per_article": round(ms, 2), **summary})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
