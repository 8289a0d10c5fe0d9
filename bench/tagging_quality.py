"""Tagging quality on the hand-annotated development set: provinces and leaders.

Prints micro-averaged precision, recall and F1 per split (`tune`: what the
rules were tuned on; `heldout`: only scored, chosen by a hash of the id before
any tuning; `fresh`: annotated after tuning; `tune2` / `untouched`: the second
fresh set, `fresh2.jsonl`, split by a hash of the id before it was scored;
`fresh3`: the third, `fresh3.jsonl`, pages of other outlets annotated before
it was scored; `fresh4`: the fourth, `fresh4.jsonl`, built like fresh3 and kept
hidden; `fresh5`: the fifth, `fresh5.jsonl`, built like fresh3, annotated before
it was scored and visible, to find what fresh3 left; `fresh6`: the sixth,
`fresh6.jsonl`, built the same way and visible, to find what fresh5's fixes
left; `fresh7`: the seventh, `fresh7.jsonl`, built the same way for leader
variety and visible, to find what fresh6's fixes left; `fresh8`: the eighth,
`fresh8.jsonl`, built the same way, annotated and committed before its first
score and kept hidden: the final honest estimate; `fresh9`: the ninth,
`fresh9.jsonl`, built the same way for leader variety and traps, annotated and
committed before its first score and kept hidden; `fresh10`: the tenth,
`fresh10.jsonl`, built the same way (councils, army, police, procuracies,
hospitals, universities, partner provinces abroad, parks, islands and heritage
sites), annotated and committed before its first score and visible; `fresh11`:
the eleventh, `fresh11.jsonl`, built the way fresh8 and fresh9 were (northern and
central provinces, Asian partners, and ordinary news for traps), annotated and
committed before its first score and visible; `fresh12`: the twelfth,
`fresh12.jsonl`, built the same way (southern provinces, partners from Europe,
the Americas, Australia, Africa and Asia, and national news), annotated and
committed before its first score and visible; `fresh13`: the thirteenth,
`fresh13.jsonl`, built the same way from national and international news (the
Government, the Assembly, the Party's central bodies, ministries, army and
police, foreign leaders, ASEAN, courts, health, disasters, sport, culture),
annotated and committed before its first score and visible; `fresh14`: the
fourteenth, `fresh14.jsonl`, built the same way from provincial and district
portals, papers and TV, annotated and committed before its first score and
visible; `fresh15`: the fifteenth, `fresh15.jsonl`, built the same way from
northern provinces' and national pages (Hà Nội to Thanh Hóa and their foreign
partners), annotated and committed before its first score and visible; `fresh16`: the
sixteenth, `fresh16.jsonl`, built the same way from the central, highland and
southern provinces and their foreign partners, annotated and committed before its
first score and visible; `fresh17`: the seventeenth, `fresh17.jsonl`, built the
same way from the northern and central-coast provinces (Thanh Hóa to Khánh Hòa)
and their foreign partners, annotated and committed before its first score and
visible; `fresh18`: the eighteenth,
`fresh18.jsonl`, built the same way from the southern and highland provinces,
annotated and committed before its first score and visible; `fresh20`: the
twentieth, `fresh20.jsonl`, built the same way from provinces' cooperation with
foreign partners and ordinary news, annotated and committed before its first
score and visible; `fresh19`: the nineteenth, `fresh19.jsonl`, built the way fresh8
and fresh9 were from national and international news, annotated and committed
before its first score and kept hidden: the final honest estimate; `fresh21`: the
twenty-first, `fresh21.jsonl`, built the way fresh17 and fresh18 were from
cooperation between Vietnamese provinces, councils, party and personnel news and
ordinary provincial news, annotated and committed before its first score and
visible), for the
trap rows alone
(`traps`) and overall, milliseconds per
article, and the disagreements (not those of the hidden splits `heldout`,
`untouched`, `fresh47`, `fresh49`, `fresh54`, `fresh55`, `fresh58`, `fresh59`,
`fresh61`, `fresh62`, `fresh63` and `fresh64` unless `--show-heldout`; fresh22
to fresh64 are visible but fresh47, fresh49, fresh54, fresh55, fresh58, fresh59,
fresh61, fresh62, fresh63 and fresh64
(fresh26 was hidden until its final
score of 3 December 2026; fresh4, fresh8, fresh9, fresh19, fresh24 and fresh53,
whose rows were seen by mistake, were opened in the fifth session,
docs/TAGGING.md); fresh23, fresh25, fresh26, fresh27, fresh30 to fresh33, fresh35
to fresh41, fresh43, fresh44, fresh45 and fresh47 to fresh64 are drawn from the
shared corpus, the others from stored pages). `annotated_sets` lists the
files.

`fresh2.jsonl` holds annotations and references only (source, id, character
span, a hash of the text): the baomoi corpus may not be copied into the project,
so its text is read from the shared corpus (`../shared/corpus` beside the
project, or `$HOPTAC_CORPUS`); without it those splits are skipped.

Run: PYTHONPATH=. python3 bench/tagging_quality.py [--quiet]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_refs import CORPUS, load_rows  # noqa: E402  (bench/ is not a package)

from hoptac.ingest.readers import read_dantri
from hoptac.tagging import tag_article
from hoptac.vietnamese import normalize_for_matching

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "tests" / "fixtures" / "tagging"
DEVSET = FIXTURES / "devset.jsonl"
FRESH2 = FIXTURES / "fresh2.jsonl"
FRESH3 = FIXTURES / "fresh3.jsonl"
FRESH4 = FIXTURES / "fresh4.jsonl"
FRESH5 = FIXTURES / "fresh5.jsonl"
FRESH6 = FIXTURES / "fresh6.jsonl"
FRESH7 = FIXTURES / "fresh7.jsonl"
FRESH8 = FIXTURES / "fresh8.jsonl"
FRESH9 = FIXTURES / "fresh9.jsonl"
FRESH10 = FIXTURES / "fresh10.jsonl"
FRESH11 = FIXTURES / "fresh11.jsonl"
FRESH12 = FIXTURES / "fresh12.jsonl"
FRESH13 = FIXTURES / "fresh13.jsonl"
FRESH14 = FIXTURES / "fresh14.jsonl"
FRESH15 = FIXTURES / "fresh15.jsonl"
FRESH16 = FIXTURES / "fresh16.jsonl"
FRESH17 = FIXTURES / "fresh17.jsonl"
FRESH19 = FIXTURES / "fresh19.jsonl"
FRESH18 = FIXTURES / "fresh18.jsonl"
FRESH20 = FIXTURES / "fresh20.jsonl"
FRESH21 = FIXTURES / "fresh21.jsonl"
FRESH22 = FIXTURES / "fresh22.jsonl"
FRESH23 = FIXTURES / "fresh23.jsonl"
FRESH24 = FIXTURES / "fresh24.jsonl"
FRESH25 = FIXTURES / "fresh25.jsonl"
FRESH26 = FIXTURES / "fresh26.jsonl"
FRESH27 = FIXTURES / "fresh27.jsonl"
FRESH28 = FIXTURES / "fresh28.jsonl"
FRESH29 = FIXTURES / "fresh29.jsonl"
FRESH30 = FIXTURES / "fresh30.jsonl"
FRESH31 = FIXTURES / "fresh31.jsonl"
FRESH32 = FIXTURES / "fresh32.jsonl"
FRESH33 = FIXTURES / "fresh33.jsonl"
FRESH34 = FIXTURES / "fresh34.jsonl"
FRESH35 = FIXTURES / "fresh35.jsonl"
FRESH36 = FIXTURES / "fresh36.jsonl"
FRESH37 = FIXTURES / "fresh37.jsonl"
FRESH38 = FIXTURES / "fresh38.jsonl"
FRESH39 = FIXTURES / "fresh39.jsonl"
FRESH40 = FIXTURES / "fresh40.jsonl"
FRESH41 = FIXTURES / "fresh41.jsonl"
FRESH42 = FIXTURES / "fresh42.jsonl"
FRESH43 = FIXTURES / "fresh43.jsonl"
FRESH44 = FIXTURES / "fresh44.jsonl"
FRESH45 = FIXTURES / "fresh45.jsonl"
FRESH46 = FIXTURES / "fresh46.jsonl"
FRESH47 = FIXTURES / "fresh47.jsonl"
FRESH48 = FIXTURES / "fresh48.jsonl"
FRESH49 = FIXTURES / "fresh49.jsonl"
FRESH50 = FIXTURES / "fresh50.jsonl"
FRESH51 = FIXTURES / "fresh51.jsonl"
FRESH52 = FIXTURES / "fresh52.jsonl"
FRESH53 = FIXTURES / "fresh53.jsonl"
FRESH54 = FIXTURES / "fresh54.jsonl"
FRESH55 = FIXTURES / "fresh55.jsonl"
FRESH56 = FIXTURES / "fresh56.jsonl"
FRESH57 = FIXTURES / "fresh57.jsonl"
FRESH58 = FIXTURES / "fresh58.jsonl"
FRESH59 = FIXTURES / "fresh59.jsonl"
FRESH60 = FIXTURES / "fresh60.jsonl"
FRESH61 = FIXTURES / "fresh61.jsonl"
FRESH62 = FIXTURES / "fresh62.jsonl"
FRESH63 = FIXTURES / "fresh63.jsonl"
FRESH64 = FIXTURES / "fresh64.jsonl"
HIDDEN = (
    "heldout",
    "untouched",
    "fresh47",
    "fresh49",
    "fresh54",
    "fresh55",
    "fresh58",
    "fresh59",
    "fresh61",
    "fresh62",
    "fresh63",
    "fresh64",
)  # scored, never shown while tuning
SPLITS = (
    "tune", "heldout", "fresh", "tune2", "untouched", "fresh2", "fresh3", "fresh4",
    "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
    "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20",
    "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
    "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33",
    "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40",
    "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47",
    "fresh48", "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55",
    "fresh56", "fresh57", "fresh58", "fresh59", "fresh60", "fresh61",
    "fresh62", "fresh63", "fresh64", "traps", "all",
)  # fmt: skip


def load_devset(path: Path = DEVSET) -> list[dict]:
    """The development set; rows taken from the baomoi corpus are read from it."""
    return load_rows(path)


def source_text(source: str, ident: str, corpus: Path, cache: dict) -> tuple:
    """Title and text (normalised, non-empty lines) of a corpus article."""
    if source == "baomoi":
        if not cache:
            with gzip.open(corpus / "baomoi-2017.jsonl.gz", "rt") as f:
                for line in f:
                    r = json.loads(line)
                    cache["baomoi_" + r["id"]] = (r["title"], r["body"])
        title, body = cache[ident]
        lines = normalize_for_matching(body).split("\n")
        return normalize_for_matching(title), "\n".join(
            line.strip() for line in lines if line.strip()
        )
    path = corpus / "dantri-unc" / f"{ident}.txt"
    article = read_dantri(path, path.read_text(encoding="utf-8"))
    return normalize_for_matching(article.title), "\n".join(
        normalize_for_matching(p) for p in article.paragraphs
    )


def load_referenced(path: Path = FRESH2, corpus: Path = CORPUS) -> list[dict]:
    """Rows whose text is a span of a corpus article, checked by its hash."""
    if not path.exists() or not (corpus / "baomoi-2017.jsonl.gz").exists():
        return []
    rows, cache = [], {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line:
            continue
        row = json.loads(line)
        title, text = source_text(row["source"], row["id"], corpus, cache)
        body = text[row["start"] : row["end"]]
        # A dantri title is the one the reader restores from the URL (it follows
        # hoptac.ingest.titles): the hash holds the body, as published, alone.
        held = body if row["source"] == "dantri" else f"{title}\n{body}"
        digest = hashlib.sha1(held.encode()).hexdigest()[:12]
        if digest != row["sha1"]:
            raise SystemExit(f"{path}:{number}: {row['id']}: the corpus text changed")
        rows.append({**row, "title": title, "body": body})
    return rows


def annotated_sets() -> tuple:
    """Every annotated file the bench scores, with the function that reads it."""
    return (
        (DEVSET, load_devset),  # text inline or a reference into the corpus
        (FRESH2, load_referenced),  # a span of a corpus article
        (FRESH3, load_devset),  # text inline (pages of other outlets)
        (FRESH4, load_devset),  # text inline, hidden: scored, never shown
        (FRESH5, load_devset),  # text inline (pages of other outlets), visible
        (FRESH6, load_devset),  # text inline (pages of other outlets), visible
        (FRESH7, load_devset),  # text inline (pages of other outlets), visible
        (FRESH8, load_devset),  # text inline, hidden: the final honest estimate
        (FRESH9, load_devset),  # text inline, hidden like fresh8
        (FRESH10, load_devset),  # text inline (pages of other outlets), visible
        (FRESH11, load_devset),  # text inline, built like fresh8/fresh9, visible
        (FRESH12, load_devset),  # text inline (pages of other outlets), visible
        (FRESH13, load_devset),  # text inline (national and world news), visible
        (FRESH14, load_devset),  # text inline (provincial pages), visible
        (FRESH15, load_devset),  # text inline (northern pages), visible
        (FRESH16, load_devset),  # text inline (central and southern pages), visible
        (
            FRESH17,
            load_devset,
        ),  # text inline (northern and central-coast pages), visible
        (FRESH19, load_devset),  # text inline, hidden like fresh8: the final estimate
        (FRESH18, load_devset),  # text inline (Mekong, South-East, Highlands), visible
        (
            FRESH20,
            load_devset,
        ),  # text inline (foreign partners, ordinary news), visible
        (FRESH21, load_devset),  # text inline (between provinces, councils), visible
        (FRESH22, load_devset),  # text inline, built like fresh8/fresh9, visible
        (
            FRESH23,
            load_devset,
        ),  # corpus articles (baomoi by reference, dantri inline), visible
        (FRESH24, load_devset),  # text inline, hidden like fresh19
        (FRESH25, load_devset),  # corpus articles like fresh23, visible
        (FRESH26, load_devset),  # corpus articles like fresh23, hidden
        (FRESH27, load_devset),  # corpus articles like fresh25, visible
        (FRESH28, load_devset),  # pages on cooperation between provinces, visible
        (FRESH29, load_devset),  # pages of national and world news, visible
        (FRESH30, load_devset),  # baomoi articles like fresh25, visible
        (FRESH31, load_devset),  # dantri articles like fresh25, visible
        (FRESH32, load_devset),  # baomoi articles like fresh30, visible
        (FRESH33, load_devset),  # dantri articles like fresh31, visible
        (FRESH34, load_devset),  # provincial pages like fresh22, visible
        (FRESH35, load_devset),  # dantri articles like fresh33, visible
        (FRESH36, load_devset),  # baomoi articles like fresh30, visible
        (FRESH37, load_devset),  # baomoi articles like fresh32, visible
        (FRESH38, load_devset),  # dantri articles like fresh35, visible
        (FRESH39, load_devset),  # baomoi articles like fresh32, visible
        (FRESH40, load_devset),  # dantri articles like fresh35, visible
        (FRESH41, load_devset),  # baomoi articles like fresh30, visible
        (FRESH42, load_devset),  # pages of national and world news, visible
        (FRESH43, load_devset),  # baomoi articles like fresh37, visible
        (FRESH44, load_devset),  # dantri articles like fresh40, visible
        (FRESH45, load_devset),  # baomoi articles like fresh43, visible
        (FRESH46, load_devset),  # provincial pages like fresh34, visible
        (FRESH47, load_devset),  # corpus articles like fresh26, hidden
        (FRESH48, load_devset),  # corpus articles like fresh25, visible
        (FRESH49, load_devset),  # corpus articles like fresh47, hidden
        (FRESH50, load_devset),  # corpus articles like fresh48, visible
        (FRESH51, load_devset),  # like fresh50, dense in officials, visible
        (FRESH52, load_devset),  # like fresh51, dense in officials, visible
        (FRESH53, load_devset),  # corpus articles like fresh49, hidden
        (FRESH54, load_devset),  # corpus articles like fresh53, hidden
        (FRESH55, load_devset),  # corpus articles like fresh53, hidden
        (FRESH56, load_devset),  # like fresh52, dense in officials, visible
        (FRESH57, load_devset),  # corpus articles like fresh52, visible
        (FRESH58, load_devset),  # corpus articles like fresh55, hidden
        (FRESH59, load_devset),  # corpus articles like fresh58, hidden
        (FRESH60, load_devset),  # like fresh56, dense in officials, visible
        (FRESH61, load_devset),  # corpus articles like fresh59, hidden
        (FRESH62, load_devset),  # corpus articles like fresh59, hidden
        (FRESH63, load_devset),  # corpus articles like fresh61, hidden
        (FRESH64, load_devset),  # corpus articles like fresh61, hidden
    )


def load_all() -> list[dict]:
    """The rows of every annotated set (those the corpus holds only if it is here)."""
    return [
        row for path, load in annotated_sets() if path.exists() for row in load(path)
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
            if row["group"].startswith("fresh2-"):
                splits.append("fresh2")
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
    rows = load_all()
    tag_article("warm up", "Hà Nội")  # compile the matchers outside the timing
    summary, disagreements, ms = evaluate(rows)
    print(f"{len(rows)} articles, {ms:.1f} ms per article")
    for split in SPLITS:
        if split not in summary:
            continue
        for kind in ("provinces", "leaders"):
            s = summary[split][kind]
            print(
                f"  {split:9} {kind:9} P {s['precision']:.3f}  R {s['recall']:.3f}"
                f"  F1 {s['f1']:.3f}"
            )
    if not args.quiet:
        shown = [
            d
            for d in disagreements
            if args.show_heldout or not any(f"[{h}]" in d for h in HIDDEN)
        ]
        print("\n".join(shown))
    print(
        json.dumps({"articles": len(rows), "ms_per_article": round(ms, 2), **summary})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
