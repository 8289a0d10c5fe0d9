"""Bytes a cold first query loads in the browser, counted from the export.

A quick check between harness runs (`bench/harness.py --sections search`
measures the same in Chromium): the runtime, `rules.js`, `meta.js`,
`facets.js`, the term buckets of the query's folded syllables, pairs and
abbreviation spellings, and the document chunks of its first 10 hits.

Run: PYTHONPATH=$PWD python3 bench/search_cold_bytes.py --content DIR
(DIR: ingested Markdown, e.g. of the dantri corpus.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import QUERIES

from hoptac.search.analysis import PAIR_SEPARATOR, fold_term
from hoptac.search.index import IndexBuilder, documents_from_markdown, write_index
from hoptac.search.query import SearchIndex, query_tokens
from hoptac.search.shards import (
    DOCS_PER_CHUNK,
    bucket_count,
    bucket_of,
    write_search_shards,
)

PROJECT = Path(__file__).resolve().parent.parent
RUNTIME = [
    PROJECT / "theme/static/js/search.js",
    PROJECT / "theme/static/js/search-page.js",
]


def folded_keys(terms: list[str]) -> set[str]:
    folded = [fold_term(t) for t in terms]
    pairs = {a + PAIR_SEPARATOR + b for a, b in zip(folded, folded[1:], strict=False)}
    return set(folded) | pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, required=True)
    args = parser.parse_args()
    builder = IndexBuilder()
    for doc in documents_from_markdown(args.content.rglob("*.md")):
        builder.add(doc)
    inverted = builder.finish()
    out = Path(tempfile.mkdtemp(prefix="hoptac-cold-bytes-"))
    buckets = bucket_count(inverted)
    write_search_shards(inverted, out, buckets)
    write_index(inverted, out / "whoosh")
    index = SearchIndex(out / "whoosh")
    fixed = RUNTIME + [out / name for name in ("rules.js", "meta.js", "facets.js")]
    base = sum(p.stat().st_size for p in fixed)
    sizes = []
    for query in QUERIES:
        plan = index.plan(query)
        keys = folded_keys([t.term for t in query_tokens(query)])
        for slot in plan.slots:  # every spelling of an abbreviation
            for alternative in slot:
                for group in alternative.groups:
                    keys |= {fold_term(term) for _, term, _ in group}
        files = {out / f"terms/{bucket_of(k, buckets):03x}.js" for k in keys}
        hits, _ = index.ranked(query)
        files |= {out / f"docs/{d // DOCS_PER_CHUNK:03x}.js" for d, _ in hits[:10]}
        size = (base + sum(p.stat().st_size for p in files)) / 1024
        sizes.append(size)
        print(f"{query:<24} {size:.0f} KiB")
    print(
        f"median {statistics.median(sizes):.0f} KiB, max {max(sizes):.0f} KiB "
        f"(runtime, rules, meta and facets: {base / 1024:.0f} KiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
