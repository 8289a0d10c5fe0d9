"""Build `hoptac/data/title_model.gz`, the syllable model that restores titles.

Counted from article BODIES only, never titles:
- the dantri corpus (`dantri-unc/`, underthesea resources, GPL-3.0): every
  file without a title line; the files that keep their title line are the
  dantri evaluation set and are left out whole;
- the baomoi records (`baomoi-2017.jsonl.gz`) outside the two evaluation
  buckets (`baomoi_split`), with any body line that repeats the title dropped;
- with `--extra vietnews` only (not in the shipped model: it lost on the
  tune set, see docs/TITLES.md), the VietNews summarisation corpus
  (github.com/ThanhChinhBK/vietnews, `data/*_tokenized/*.txt.seg`: Tuổi Trẻ,
  VnExpress and Người Đưa Tin articles, word-segmented, no licence stated),
  read straight from the bare git snapshot that `fetch` puts under
  /work/.mirror (`--mirror`), never copied: each file's first line (the
  title) and any line repeating it are dropped, the lead and body are
  counted. A document that shares ten runs of ten words with the evaluation
  bodies, or 5% of its own runs (the baomoi buckets 0 and 1, the dantri
  files with a title line, the `fresh` sets when their file is here), is
  taken for a copy of one and left out;
- with `--extra alt` only (not in the shipped model, see docs/TITLES.md), the
  Vietnamese side of the Asian Language Treebank's parallel corpus (NICT;
  20,106 sentences of English Wikinews articles translated into Vietnamese,
  CC BY 4.0), as github.com/ngovinhtn/JaViCorpus has it
  (`wiki_20K/train.vi`, one tokenised sentence a line with its first letter
  lowered): each line is re-capitalised, untokenised and counted as a body.

Run: python bench/build_title_model.py [--corpus DIR] [--output FILE]
[--extra vietnews|alt [--mirror DIR] [--shared-weight N]] (or `invoke
title-model`). The corpus defaults to `../shared/corpus` beside the project,
or `$HOPTAC_CORPUS`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus_refs import CORPUS, PROJECT

from hoptac.ingest import titles
from hoptac.vietnamese import canonical_tone, fold_diacritics, nfc

OUTPUT = PROJECT / "hoptac" / "data" / "title_model.gz"
# baomoi ids hashed into 20 buckets: 0 is the tune set, 1 the held-out set.
BUCKETS = 20
SPLITS = {0: "tune", 1: "heldout"}
MIN_BIGRAM, MIN_TRIGRAM = 5, 8  # pairs >= 8, triples >= 12: 0.3 points fewer syllables
MIRROR = Path(os.environ.get("HOPTAC_MIRROR", "/work/.mirror"))
# The `fresh` evaluation sets (bench/fresh_titles.py), excluded when present.
FRESH = Path(
    os.environ.get("HOPTAC_FRESH_TITLES", "~/.cache/hoptac/titles-fresh.jsonl.gz")
).expanduser()
# A document with this many runs of SHINGLE words in common with the evaluation
# bodies, or this share of its runs, is taken for a copy of one and left out.
# (Any run at all would leave out a quarter of VietNews: one or a few shared
# runs are set phrases, `Trung tâm Dự báo khí tượng thủy văn Trung ương`.)
SHINGLE, SHARED_RUNS, SHARED_SHARE = 10, 10, 0.05


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


# Extra sources: public snapshots read in place (never copied into the project).
VIETNEWS = {
    "repository": "github.com/ThanhChinhBK/vietnews",
    "files": "data/{train,val,test}_tokenized/*.txt.seg",
    "what": "VietNews (VNDS, Nguyen et al. 2019): Tuổi Trẻ, VnExpress and "
    "Người Đưa Tin articles, word-segmented; title line dropped, lead and body counted",
    "licence": "none stated by the repository (data only, no README or LICENSE); "
    "the articles remain their publishers'",
}


VIETNEWS_SNAPSHOT = "ThanhChinhBK+vietnews/repo"


def _snapshot_blobs(
    git_dir: Path, folder: str, suffix: str
) -> Iterator[tuple[str, str]]:
    """Yield (path, text) of a bare snapshot's files under `folder`, sorted by path."""
    listing = subprocess.run(
        ["git", "--git-dir", str(git_dir), "ls-tree", "-r", "HEAD", folder],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    entries = sorted(
        (path, meta.split()[2])
        for meta, path in (line.split("\t", 1) for line in listing)
        if path.endswith(suffix)
    )
    batch = subprocess.Popen(
        ["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )

    def ask() -> None:
        for _, blob in entries:
            batch.stdin.write(f"{blob}\n".encode())
        batch.stdin.close()

    threading.Thread(target=ask, daemon=True).start()
    for path, _ in entries:
        size = int(batch.stdout.readline().split()[2])
        data = batch.stdout.read(size + 1)[:size]
        yield path, data.decode("utf-8", errors="replace")
    batch.wait()


# `TP. HCM`, `Q. 1`: the segmenter put a space after an abbreviation's dot.
_ABBREVIATION = re.compile(r"\b([A-ZĐ][A-Za-zĐ]{0,2})\. (?=[A-ZĐ])")
_SPACED = re.compile(r" ([,.;:!?…)”’])|([(“‘]) ")


_WORD = re.compile(r"[^\W\d_]+")


def _canonical_spelling(match: re.Match) -> str:
    """`hoà` -> `hòa`, `Thuỷ` -> `Thủy`: the tone placement the shared corpus mostly uses."""
    word = match.group()
    lower = word.lower()
    if lower.isascii():
        return word
    key = canonical_tone(lower)
    if key == lower or len(key) != len(word):
        return word
    return "".join(
        k.upper() if w.isupper() else k for w, k in zip(word, key, strict=True)
    )


def vietnews_body(text: str) -> str:
    """A VietNews file's lead and body as plain text: no title line, no title repeat.

    VietNews writes the old tone placement (`hoà`, `thuỷ`); the shared corpus
    mostly the new one, which titles are scored against. Left as they are,
    VietNews's 147,000 articles outvoted it in the model's spelling table
    (51 of 600 tune titles came out `Giải toả`, `Thành uỷ`), so they are
    respelt first.
    """
    text = _WORD.sub(_canonical_spelling, nfc(text).replace("_", " "))
    lines = text.splitlines()
    title = lines[0] if lines else ""
    body = "\n".join(line for line in lines[1:] if line.strip())
    body = _ABBREVIATION.sub(r"\1.", body)
    body = _SPACED.sub(lambda m: m.group(1) or m.group(2), body)
    return body_without_title(title, body)


def vietnews_bodies(mirror: Path) -> Iterator[tuple[str, str]]:
    git_dir = mirror / VIETNEWS_SNAPSHOT
    for path, text in _snapshot_blobs(git_dir, "data", ".txt.seg"):
        yield path, vietnews_body(text)


ALT = {
    "repository": "github.com/ngovinhtn/JaViCorpus",
    "files": "wiki_20K/train.vi",
    "what": "Asian Language Treebank (ALT, NICT; Riza et al. 2016), Vietnamese side "
    "of its parallel corpus: English Wikinews sentences translated into Vietnamese, "
    "one a line, tokenised and first letter lowered by the compiler; each line "
    "re-capitalised, untokenised and counted as one body",
    "licence": "ALT: Creative Commons Attribution 4.0 International (CC BY 4.0), "
    "from the ALT project; the compiling repository's README asks for research "
    "use only, for all the corpora it gathers",
}
ALT_SNAPSHOT = "ngovinhtn+JaViCorpus/repo"
# `Scốt - len`, `Niu - Di - Lân`: the tokeniser spaced a hyphen inside a word.
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def alt_body(line: str) -> str:
    """One ALT sentence as plain text: its opening capital back, no tokeniser spaces.

    Respelt in the canonical tone placement, as VietNews is (`hoà` -> `hòa`).
    """
    text = _WORD.sub(_canonical_spelling, nfc(line).strip())
    text = _SPACED_HYPHEN.sub("-", text)
    text = _SPACED.sub(lambda m: m.group(1) or m.group(2), text)
    return text[:1].upper() + text[1:]


def alt_bodies(mirror: Path) -> Iterator[tuple[str, str]]:
    git_dir = mirror / ALT_SNAPSHOT
    for path, text in _snapshot_blobs(git_dir, "wiki_20K", "train.vi"):
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                yield f"{path}:{number}", alt_body(line)


EXTRA = {
    "vietnews": (VIETNEWS, VIETNEWS_SNAPSHOT, vietnews_bodies),
    "alt": (ALT, ALT_SNAPSHOT, alt_bodies),
}


def _shingles(text: str) -> set[int]:
    words = _folded_words(text)
    return {
        hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)
    }


def evaluation_shingles(corpus: Path) -> tuple[set[int], list[str]]:
    """Every ten-word run of the evaluation bodies (and titles), and which sets were read."""
    seen: set[int] = set()
    for item in dantri_files(corpus):
        if item.title:
            seen |= _shingles(item.title + "\n" + "\n".join(item.body))
    for record in baomoi_records(corpus):
        if baomoi_split(record["id"]) != "train":
            seen |= _shingles(record["title"] + "\n" + record["body"])
    sets = ["baomoi buckets 0 and 1", "dantri files with a title line"]
    if FRESH.is_file():
        with gzip.open(FRESH, "rt", encoding="utf-8") as rows:
            for row in map(json.loads, rows):
                seen |= _shingles(row["title"] + "\n" + row["body"])
        sets.append(f"the fresh sets ({FRESH.name})")
    return seen, sets


def extra_bodies(
    corpus: Path, mirror: Path, report: dict, name: str = "vietnews"
) -> Iterator[str]:
    """Yield an extra source's bodies, leaving out any that looks copied from an evaluation body."""
    about, _, bodies = EXTRA[name]
    evaluation, sets = evaluation_shingles(corpus)
    kept = overlapping = 0
    for _, body in bodies(mirror):
        runs = _shingles(body)
        shared = len(runs & evaluation)
        if shared >= SHARED_RUNS or shared >= SHARED_SHARE * len(runs):
            overlapping += 1
            continue
        kept += 1
        yield body
    report[name] = {
        **about,
        "documents": kept,
        "left_out": f"{overlapping} sharing {SHARED_RUNS} runs of {SHINGLE} words "
        f"or {SHARED_SHARE:.0%} of theirs with " + ", ".join(sets),
    }


def counted_bodies(
    corpus: Path, weight: int, extra: list[str], mirror: Path, report: dict
) -> Iterator[str]:
    """The shared corpus's bodies (each `weight` times), then the extra sources'."""
    shared = 0
    for body in training_bodies(corpus):
        shared += 1
        for _ in range(weight):
            yield body
    report["shared_corpus_documents"] = shared
    for name in extra:
        yield from extra_bodies(corpus, mirror, report, name)


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
        "--extra",
        action="append",
        choices=sorted(EXTRA),
        default=[],
        help="also count this source, read from its snapshot under --mirror "
        "(not in the shipped model: see docs/TITLES.md)",
    )
    parser.add_argument(
        "--mirror",
        type=Path,
        default=MIRROR,
        help="where `fetch` put the snapshots (default /work/.mirror, $HOPTAC_MIRROR)",
    )
    parser.add_argument(
        "--shared-weight",
        type=int,
        default=1,
        help="count each body of the shared corpus this many times (with --extra)",
    )
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
    for name in args.extra:
        snapshot = args.mirror / EXTRA[name][1]
        if not snapshot.is_dir():
            print(f"no {name} snapshot at {snapshot} (fetch it first)")
            return 1
    started = time.perf_counter()
    report: dict = {}
    counter = titles.count_bodies(
        counted_bodies(args.corpus, args.shared_weight, args.extra, args.mirror, report)
    )
    provenance = {
        "counted_from": "article bodies only, never titles: dantri-unc files without "
        "a title line (underthesea resources, GPL-3.0) and baomoi-2017 records "
        f"outside evaluation buckets {sorted(SPLITS)} of sha1(id) % {BUCKETS}, "
        "lines repeating the title dropped",
        "documents": counter.documents,
        "pruning": pruning,
        "regenerate": "python bench/build_title_model.py (invoke title-model)",
    }
    if args.extra:
        provenance["counted_from"] += (
            f"; each counted {args.shared_weight} time(s); and the extra sources below"
        )
        provenance["shared_corpus_documents"] = report.pop("shared_corpus_documents")
        provenance["extra_sources"] = report
        provenance["regenerate"] = (
            "python bench/build_title_model.py "
            + " ".join(f"--extra {name}" for name in args.extra)
            + f" --shared-weight {args.shared_weight}"
        )
    model = counter.model(args.min_bigram, args.min_trigram, provenance)
    size = titles.write_model(model, args.output)
    print(
        f"{args.output}: {size / 2**20:.2f} MiB; {counter.documents} bodies, "
        f"{describe(model)}; {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
