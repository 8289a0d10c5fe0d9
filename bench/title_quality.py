"""Title restoration quality: real titles hidden behind their URL slugs.

Sets (none of their bodies is counted in the model, see build_title_model.py):
- `fresh`, `fresh-sapo`: real titles and URL slugs of vnexpress.net (full
  bodies) and of Tuổi Trẻ, Thanh Niên and VnExpress (lead paragraph only),
  never tuned on; rebuilt by bench/fresh_titles.py into
  `~/.cache/hoptac/titles-fresh.jsonl.gz` (or `$HOPTAC_FRESH_TITLES`);
- `tune`, `heldout`: baomoi records of hash buckets 0 and 1 whose first body
  line is not the title, written as dantri files (`# url = …/<slug>-<digits>.htm`,
  no title line) with python-slugify's slug of the real title, as dantri does;
  titles shouted in capitals the body never writes so are left out (counted);
- `tune-b`, `heldout-b`: the next 600 such records of the same two buckets,
  and `tune-c`, `heldout-c` the rest of them (524 and 586), added on 3
  December 2026 and first scored then, after every rule;
- `dantri`: the dantri corpus files that kept their title line, with it removed.

Each file goes through the dantri reader (`read_articles`), which rebuilds the
title from the slug; the result is compared with the real title word by word,
aligned on the slug's words: syllables (ignoring case), syllables with their
capitals, whole titles (every word with its capitals) and whole titles with
case aside (every syllable right: the reading of "whole titles" that matches
the issue's private figures, see docs/TITLES.md, "Which whole titles").
Punctuation is
left out of the comparison (the slug has none to restore), but a capital
after it counts: `Hà Tĩnh: Tai nạn` restored as `Hà Tĩnh tai nạn` is a
wrong word and a wrong title. Title words past the end of the slug (dantri
cuts long slugs) are not scored.

Run: python bench/title_quality.py [--sets tune,dantri] [--errors N] [--model FILE]
[--dump FILE: each restored title, to diff two versions of the restorer]
The held-out set is scored only when asked for (`--sets heldout`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from build_title_model import CORPUS, baomoi_records, baomoi_split, dantri_files
from slugify import slugify

from hoptac.ingest import titles
from hoptac.ingest.readers import read_articles
from hoptac.ingest.titles import slug_words

SET_SIZE = 600  # records per baomoi set
# The never-tuned sets from other outlets, rebuilt by bench/fresh_titles.py (not committed).
FRESH_DATA = Path(
    os.environ.get("HOPTAC_FRESH_TITLES", "~/.cache/hoptac/titles-fresh.jsonl.gz")
).expanduser()
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION_START, SECTION_END = "<!-- titles -->", "<!-- /titles -->"
TABLE_HEAD = (
    "| set | titles | words | syllables | with capitals | whole titles "
    "| whole, case aside | ms/title |\n|---|---|---|---|---|---|---|---|"
)
# Runs of letters or of digits: dantri writes `U23` as `u-23`, python-slugify `u23`.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@dataclass
class Case:
    name: str
    url: str
    title: str
    body: list[str]


def segments(text: str, words: list[str]) -> list[str] | None:
    """Split text into the pieces the slug's words were made from, or None if they differ."""
    pieces = []
    tokens = [
        (m.start(), m.end(), slugify(m.group()).replace("-", ""))
        for m in _TOKEN.finditer(text)
    ]
    tokens = [t for t in tokens if t[2]]
    at = 0
    for word in words:
        if at >= len(tokens):
            return None
        start, made = tokens[at][0], ""
        while at < len(tokens) and len(made) < len(word):
            made += tokens[at][2]
            end = tokens[at][1]
            at += 1
        if made != word:
            return None
        pieces.append(re.sub(r"[\W_]", "", text[start:end]))
    # A title may run on past its slug (dantri cuts long slugs; a photo credit).
    return pieces


def is_shouted(title: str, body: str) -> bool:
    """True when two or more title words are in capitals the body never uses."""
    words = re.compile(r"[^\W_]+")
    shouted = {w for w in words.findall(title) if len(w) > 1 and w.isupper()}
    return len(shouted - set(words.findall(body))) >= 2


def baomoi_cases(name: str, limit: int = SET_SIZE) -> tuple[list[Case], dict]:
    """The set's records of its bucket: `tune` the first `limit`, `tune-b` the
    next, `tune-c` the next again (as many as the bucket has left)."""
    split, _, page = name.partition("-")
    skip = limit * {"": 0, "b": 1, "c": 2}[page]
    cases, left_out = [], {"first line is the title": 0, "shouted": 0, "short slug": 0}
    for record in baomoi_records(CORPUS):
        if baomoi_split(record["id"]) != split:
            continue
        title, body = record["title"].strip(), record["body"]
        lines = [line for line in body.splitlines() if line.strip()]
        slug = slugify(title)
        url = f"https://dantri.com.vn/xa-hoi/{slug}-2017{int(record['id']):013d}.htm"
        if not lines or titles.title_matches_slug(lines[0], url):
            reason = "first line is the title"
        elif is_shouted(title, body):
            reason = "shouted"
        elif len(slug_words(url)) < 2:
            reason = "short slug"
        else:
            cases.append(Case(record["id"], url, title, lines))
            reason = ""
        if reason and len(cases) >= skip:  # an earlier page's are that page's
            left_out[reason] += 1
        if len(cases) >= skip + limit:
            break
    return cases[skip:], left_out


def dantri_cases() -> list[Case]:
    return [
        Case(item.path.stem, item.url, item.title, item.body)
        for item in dantri_files(CORPUS)
        if item.title
    ]


def fresh_cases(name: str) -> list[Case]:
    with gzip.open(FRESH_DATA, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return [
        Case(f"{name}-{i}", row["url"], row["title"], row["body"].splitlines())
        for i, row in enumerate(r for r in rows if r["set"] == name)
    ]


def restore(case: Case, folder: Path) -> str:
    """Write the case as a dantri file with no title line and read it back."""
    path = folder / f"{case.name}.txt"
    text = f"# doc_id = {case.name}\n# url = {case.url}\n# date = 20170101\n"
    path.write_text(text + "\n".join(case.body) + "\n", encoding="utf-8")
    (article,) = read_articles(path, path.read_bytes())
    return "" if isinstance(article, Exception) else article.title


def score(
    cases: list[Case], folder: Path, errors: int, dump: TextIO | None = None
) -> dict:
    words = right = capitals = whole = whole_syllables = unaligned = 0
    shown = 0
    started = time.perf_counter()
    for case in cases:
        restored = restore(case, folder)
        if dump is not None:
            dump.write(f"{case.name}\t{restored}\n")
        slug = slug_words(case.url)
        gold = segments(case.title, slug)
        if gold is None:
            unaligned += 1
            continue
        guess = segments(restored, slug) or [""] * len(slug)
        words += len(gold)
        syllables = sum(
            g.lower() == r.lower() for g, r in zip(gold, guess, strict=True)
        )
        right += syllables
        whole_syllables += syllables == len(gold)
        good = sum(g == r for g, r in zip(gold, guess, strict=True))
        capitals += good
        whole += good == len(gold)
        if good < len(gold) and shown < errors:
            shown += 1
            print(
                f"  {case.name}\n    real:     {case.title}\n    restored: {restored}"
            )
    seconds = time.perf_counter() - started
    titles_scored = len(cases) - unaligned
    return {
        "titles": titles_scored,
        "words": words,
        "syllables": right / max(words, 1),
        "capitals": capitals / max(words, 1),
        "whole": whole / max(titles_scored, 1),
        "whole_syllables": whole_syllables / max(titles_scored, 1),
        "unaligned": unaligned,
        "ms_per_title": 1000 * seconds / max(len(cases), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="tune,dantri")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    parser.add_argument(
        "--model", type=Path, help="a model file other than the shipped one"
    )
    parser.add_argument("--limit", type=int, default=SET_SIZE)
    parser.add_argument(
        "--dump",
        type=Path,
        help="write each restored title (case name, tab, title) to this file",
    )
    parser.add_argument(
        "--write", action="store_true", help="put the table in bench/RESULTS.md"
    )
    args = parser.parse_args()
    if not (CORPUS / "dantri-unc").is_dir():
        print(f"no corpus at {CORPUS} (set HOPTAC_CORPUS)")
        return 1
    if args.model:
        model = titles.load_model(args.model.read_bytes())
        titles.shipped_model = lambda: model  # restore_title looks it up per call
    if hasattr(titles, "shipped_model"):  # the code before the model had none
        provenance = titles.shipped_model().provenance
        print(f"model: {provenance.get('counted_from', '(no provenance)')}")
    print(TABLE_HEAD)
    rows, notes = [], []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.sets.split(","):
            if name == "dantri":
                cases, left_out = dantri_cases(), {}
            elif name.startswith("fresh"):
                cases, left_out = fresh_cases(name), {}
            else:
                cases, left_out = baomoi_cases(name, args.limit)
            if args.errors:
                print(f"-- {name} errors")
            result = score(cases, Path(scratch), args.errors, dump)
            rows.append(
                f"| {name} | {result['titles']} | {result['words']} | "
                f"{result['syllables']:.3f} | {result['capitals']:.3f} | "
                f"{result['whole']:.3f} | {result['whole_syllables']:.3f} | "
                f"{result['ms_per_title']:.1f} |"
            )
            left = ", ".join(f"{k} {v}" for k, v in left_out.items() if v)
            notes.append(f"{name}: left out {left or 'none'}")
            print(rows[-1] + f"  ({notes[-1]}; unaligned: {result['unaligned']})")
    if dump:
        dump.close()
    if args.write:
        write_section(args, rows, notes)
    return 0


def write_section(args: argparse.Namespace, rows: list[str], notes: list[str]) -> None:
    """Replace the titles section of bench/RESULTS.md (the harness carries it over)."""
    command = f"python bench/title_quality.py --sets {args.sets} --write"
    section = [
        SECTION_START,
        "## Restored titles",
        "",
        f"Real titles hidden behind their URL slugs and rebuilt (`{command}`, "
        f"{time.strftime('%Y-%m-%d')}; docs/TITLES.md). Word by word, aligned on "
        "the slug: syllables (case aside), with capitals, whole titles (with "
        "capitals, and with case aside: every syllable right). `tune` was "
        "looked at while improving, `heldout` only at the end; `tune-b` and "
        "`heldout-b` are the next 600 records of their buckets, `tune-c` and "
        "`heldout-c` the rest; no bucket's bodies, "
        "nor the `dantri` set's, are counted in the model. `fresh` (vnexpress.net "
        "football, full bodies) and `fresh-sapo` (Tuổi Trẻ, Thanh Niên, VnExpress, "
        "lead paragraph only) are real titles and slugs of outlets the model never "
        "saw, never tuned on, though their first scores led to the heading rules being "
        "kept to dantri.com.vn URLs (docs/TITLES.md; bench/fresh_titles.py rebuilds "
        "them; not committed). "
        "Which whole-title figure the issue's targets mean: docs/TITLES.md, "
        '"Which whole titles". '
        "ms/title is wall time through the dantri reader, file writing included, "
        "on a shared machine.",
        "",
        *TABLE_HEAD.splitlines(),
        *rows,
        "",
        "Before scoring: " + "; ".join(notes) + ".",
        SECTION_END,
    ]
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if SECTION_START in text:
        before, _, rest = text.partition(SECTION_START)
        text = before + "\n".join(section) + rest.partition(SECTION_END)[2]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(section) + "\n"
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
