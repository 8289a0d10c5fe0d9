"""Build the committed browser export of tests/fixtures/search (Sphinx-style).

The Node tests run `theme/static/js/search.js` on this export and compare it
with the Python ranking; `tests/unit/test_search_js_parity.py` fails when the
committed copy is stale. Regenerate it on purpose with:

    PYTHONPATH=$PWD python3 tests/js/make_fixture_index.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT / "tests" / "fixtures" / "search"
EXPORT = FIXTURES / "built"
# Few buckets: a small committed fixture, still several terms a bucket.
BUCKETS = 16


def build_fixture_export(out_dir: Path, index_dir: Path | None = None) -> Path:
    """Write the export of the fixture articles into out_dir (and the Whoosh
    index into index_dir when given); return out_dir."""
    sys.path.insert(0, str(PROJECT))
    from hoptac.search.index import IndexBuilder, documents_from_markdown, write_index
    from hoptac.search.shards import write_search_shards

    builder = IndexBuilder()
    for doc in documents_from_markdown(FIXTURES.glob("*.md")):
        builder.add(doc)
    inverted = builder.finish()
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    write_search_shards(inverted, out_dir, BUCKETS)
    if index_dir is not None:
        write_index(inverted, index_dir)
    return out_dir


if __name__ == "__main__":
    print(build_fixture_export(EXPORT))
