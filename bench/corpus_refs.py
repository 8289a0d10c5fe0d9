"""Development-set rows that point into the shared corpus instead of copying it.

The baomoi corpus states no licence: it may be read from `../shared/corpus`
for benchmarks, never copied into the project (`../shared/corpus/README.md`).
So a development-set row taken from it keeps its labels and a reference
instead of its text:

    "ref": {"corpus": "baomoi-2017", "id": "21473520",
            "start": 120, "end": 880, "ellipsis": false, "sha1": "…"}

`start`/`end` are offsets in the article's body as the corpus has it (the
title is the corpus's title); `ellipsis` marks an excerpt cut short with "…";
`sha1` (of title, newline, text) catches a corpus that changed. `resolve`
puts the text back when the corpus is here; without it, such rows are left
out and the benches say how many.

    python3 bench/corpus_refs.py FILE.jsonl   # turn copied baomoi rows into references
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sys
from functools import cache
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
# `../shared/corpus` beside the project (a worktree sits one level deeper).
CORPUS = Path(
    os.environ.get("HOPTAC_CORPUS")
    or next(
        (
            base / "shared" / "corpus"
            for base in (PROJECT.parent, PROJECT.parent.parent)
            if (base / "shared" / "corpus").is_dir()
        ),
        PROJECT.parent / "shared" / "corpus",
    )
)
BAOMOI = "baomoi-2017"
ELLIPSIS = "…"


def corpus_available(corpus: Path = CORPUS) -> bool:
    return (corpus / f"{BAOMOI}.jsonl.gz").is_file()


@cache
def baomoi_articles(corpus: Path = CORPUS) -> dict[str, tuple[str, str]]:
    """Every baomoi record's (title, body), by id (read once, about 5 s)."""
    articles = {}
    with gzip.open(corpus / f"{BAOMOI}.jsonl.gz", "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            articles[str(record["id"])] = (record["title"], record["body"])
    return articles


def digest(title: str, text: str) -> str:
    return hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:12]


def locate(body: str, excerpt: str) -> tuple[int, int] | None:
    """The span of `body` that reads as `excerpt`, whatever their whitespace."""
    collapsed, where = [], []  # `body` with runs of space as one; offsets back
    for match in re.finditer(r"\S+", body):
        if collapsed:
            collapsed.append(" ")
            where.append(match.start())
        for offset, char in enumerate(match.group(), match.start()):
            collapsed.append(char)
            where.append(offset)
    needle = " ".join(excerpt.split())
    found = "".join(collapsed).find(needle)
    if not needle or found < 0:
        return None
    return where[found], where[found + len(needle) - 1] + 1


def reference(row: dict, ident: str, corpus: Path = CORPUS) -> dict | None:
    """`row` with a reference in place of its title and body; None if not found."""
    title, body = baomoi_articles(corpus)[ident]
    excerpt = row["body"]
    ellipsis = excerpt.rstrip().endswith(ELLIPSIS)
    if ellipsis:
        excerpt = excerpt.rstrip()[: -len(ELLIPSIS)]
    span = locate(body, excerpt)
    if span is None:
        return None
    text = body[span[0] : span[1]] + (ELLIPSIS if ellipsis else "")
    kept = {k: v for k, v in row.items() if k not in ("title", "body")}
    ref = {"corpus": BAOMOI, "id": ident, "start": span[0], "end": span[1]}
    ref |= {"ellipsis": ellipsis, "sha1": digest(title, text)}
    return {**kept, "ref": ref}


def resolve(row: dict, corpus: Path = CORPUS) -> dict:
    """`row` with its title and body read from the corpus (a row without `ref` as is)."""
    ref = row.get("ref")
    if ref is None:
        return row
    title, body = baomoi_articles(corpus)[ref["id"]]
    text = body[ref["start"] : ref["end"]] + (ELLIPSIS if ref["ellipsis"] else "")
    if digest(title, text) != ref["sha1"]:
        raise ValueError(f"{ref['corpus']}/{ref['id']}: the corpus text changed")
    return {**row, "title": title, "body": text}


def load_rows(path: Path, corpus: Path = CORPUS) -> list[dict]:
    """The rows of a JSON Lines set, resolved; without the corpus, those it holds
    are left out (and the count said on stderr)."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    if corpus_available(corpus):
        return [resolve(row, corpus) for row in rows]
    kept = [row for row in rows if "ref" not in row]
    if len(kept) < len(rows):
        left_out = len(rows) - len(kept)
        print(
            f"{path.name}: {left_out} rows left out (no shared corpus)", file=sys.stderr
        )
    return kept


def baomoi_id(row: dict) -> str | None:
    """The baomoi id of a row that copied a baomoi article, else None."""
    for key in ("source", "id"):
        value = str(row.get(key, ""))
        for prefix in (f"{BAOMOI}/", "baomoi_"):
            if value.startswith(prefix) and value[len(prefix) :].isdigit():
                return value[len(prefix) :]
    return None


def convert(path: Path) -> None:
    """Rewrite a set's copied baomoi rows as references, in place."""
    lines = path.read_text("utf-8").splitlines()
    out, converted = [], 0
    for number, line in enumerate(lines, 1):
        row = json.loads(line) if line else None
        ident = baomoi_id(row) if row and "body" in row else None
        if ident is None:
            out.append(line)
            continue
        referenced = reference(row, ident)
        if referenced is None:
            raise SystemExit(f"{path}:{number}: text not found in baomoi {ident}")
        out.append(json.dumps(referenced, ensure_ascii=False))
        converted += 1
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{path}: {converted} rows now point into the corpus")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        convert(Path(name))
