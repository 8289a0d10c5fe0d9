"""Build `hoptac/data/title_model.gz`, the syllable model that restores titles.

Counted from article BODIES only, never titles:
- the dantri corpus (`dantri-unc/`, underthesea resources, GPL-3.0): every
  file without a title line; the files that keep their title line are the
  dantri evaluation set and are left out whole;
- the baomoi records (`baomoi-2017.jsonl.gz`) outside the two evaluation
  buckets (`baomoi_split`), with any body line that repeats the title dropped.

Run: python bench/build_title_model.py [--corpus DIR] [--output FILE]
(or `invoke title-model`). The corpus defaults to `../shared/corpus` beside
the project, or `$HOPTAC_CORPUS`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus_refs import CORPUS, PROJECT

from hoptac.ingest import titles
from hoptac.vietnamese import fold_diacritics, nfc

OUTPUT = PROJECT / "hoptac" / "data" / "title_model.gz"
# baomoi ids hashed into 20 buckets: 0 is the tune set, 1 the held-out set.
BUCKETS = 20
SPLITS = {0: "tune", 1: "heldout"}
MIN_BIGRAM, MIN_TRIGRAM = 5, 8  # pairs >= 8, triples >= 12: 0.3 points fewer syllables


def baomoi_split(record_id: str) -> str:
    """Return `tune`, `heldout` or `train` for a baomoi record, from a hash of its id."""
    bucket = int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % BUCKETS
    return SPLITS.get(bucket, "train")


@dataclass
class DantriFile:
    path: Path
    url: str
    title: str  # "" when the file lost its title line
    body: list[str]


def read_dantri(path: Path) -> DantriFile:
    """Split a dantri corpus file into its URL, title line (if kept) and body lines."""
    lines = nfc(path.read_text(encoding="utf-8")).splitlines()
    headers = {}
    while lines and (lines[0].startswith("# ") or not lines[0].strip()):
        key, _, value = lines.pop(0)[2:].partition("=")
        headers[key.strip()] = value.strip()
    body = [line for line in lines if line.strip()]
    url = headers.get("url", "")
    title = ""
    if body and url and titles.title_matches_slug(body[0], url):
        title = body.pop(0)
    return DantriFile(path, url, title, body)


def dantri_files(corpus: Path) -> list[DantriFile]:
    return [read_dantri(p) for p in sorted((corpus / "dantri-unc").glob("*.txt"))]


def _folded_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold_diacritics(text).lower())


def body_without_title(title: str, body: str) -> str:
    """Drop the body lines that start with the title: titles are never counted."""
    words = _folded_words(title)
    return "\n".join(
        line
        for line in body.splitlines()
        if not words or _folded_words(line)[: len(words)] != words
    )


def baomoi_records(corpus: Path) -> Iterator[dict]:
    with gzip.open(corpus / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            record["title"], record["body"] = nfc(record["title"]), nfc(record["body"])
            yield record


def training_bodies(corpus: Path) -> Iterator[str]:
    """Yield the bodies the model is counted from (no title, no evaluation record)."""
    for item in dantri_files(corpus):
        if not item.title:
            yield "\n".join(item.body)
    for record in baomoi_records(corpus):
        if baomoi_split(record["id"]) == "train":
            yield body_without_title(record["title"], record["body"])


def describe(model: titles.TitleModel) -> str:
    return (
        f"{len(model.unigrams)} syllables, {len(model.bigrams)} pairs, "
        f"{len(model.trigrams)} triples, {len(model.case_forms)} case forms, "
        f"{len(model.case_pairs)} case pairs"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--min-bigram", type=int, default=MIN_BIGRAM)
    parser.add_argument("--min-trigram", type=int, default=MIN_TRIGRAM)
    parser.add_argument(
        "--prune-from", type=Path, help="prune this model file instead of counting"
    )
    args = parser.parse_args()
    pruning = f"syllables seen >= 2, pairs >= {args.min_bigram}, triples >= {args.min_trigram}"
    if args.prune_from:
        model = titles.load_model(args.prune_from.read_bytes())
        model = titles.prune_model(model, args.min_bigram, args.min_trigram)
        model.provenance["pruning"] = pruning
        size = titles.write_model(model, args.output)
        print(f"{args.output}: {size / 2**20:.2f} MiB; {describe(model)}")
        return 0
    if not (args.corpus / "dantri-unc").is_dir():
        print(f"no corpus at {args.corpus} (set --corpus or HOPTAC_CORPUS)")
        return 1
    started = time.perf_counter()
    counter = titles.count_bodies(training_bodies(args.corpus))
    provenance = {
        "counted_from": "article bodies only, never titles: dantri-unc files without "
        "a title line (underthesea resources, GPL-3.0) and baomoi-2017 records "
        f"outside evaluation buckets {sorted(SPLITS)} of sha1(id) % {BUCKETS}, "
        "lines repeating the title dropped",
        "documents": counter.documents,
        "pruning": pruning,
        "regenerate": "python bench/build_title_model.py (invoke title-model)",
    }
    model = counter.model(args.min_bigram, args.min_trigram, provenance)
    size = titles.write_model(model, args.output)
    print(
        f"{args.output}: {size / 2**20:.2f} MiB; {counter.documents} bodies, "
        f"{describe(model)}; {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
