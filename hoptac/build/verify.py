"""Hold an incremental build to a full one (`invoke build --verify`).

An incremental build keeps pages and updates the search index in place on the
promise that its caches key on everything the output follows from
(`hoptac.build.inputs.BuildInputs`). `verify_site` checks the promise on the real
archive: it builds everything again into a scratch folder, with no cache, and
lists every way the live site differs from it.

The search index is compared by what it holds, not by its bytes: an index
updated in place keeps deleted documents and numbers new ones at the end
(and its browser export with it), so its files differ from a fresh index's
while every live document and every stored field are the same.
"""

from __future__ import annotations

import filecmp
import json
import logging
import tempfile
from pathlib import Path

from hoptac.build.driver import build_site
from hoptac.files import live_site

logger = logging.getLogger(__name__)

SEARCH_DIR = "search"


def verify_site(
    settings_path: Path,
    output_dir: Path,
    content_dir: Path | None = None,
    overrides: dict | None = None,
) -> list[str]:
    """Build fully into a scratch folder; return how the live site differs."""
    with tempfile.TemporaryDirectory(prefix="hoptac-verify-") as scratch:
        fresh = Path(scratch) / "output"
        override = {
            **(overrides or {}),
            "CACHE_PATH": str(Path(scratch) / "cache"),
            "LOAD_CONTENT_CACHE": False,
        }
        build_site(settings_path, fresh, content_dir, override)
        return site_differences(live_site(output_dir), live_site(fresh))


def site_differences(built: Path, fresh: Path) -> list[str]:
    """Return one line for each file that differs or exists in one site only."""
    lines = []
    stack = [(filecmp.dircmp(built, fresh), "")]
    while stack:
        node, prefix = stack.pop()
        lines += [f"only in the incremental build: {prefix}{n}" for n in node.left_only]
        lines += [f"only in the full build: {prefix}{n}" for n in node.right_only]
        for name in node.common_files:  # dircmp's own test is by size and time
            if not filecmp.cmp(built / prefix / name, fresh / prefix / name, False):
                lines.append(f"differs: {prefix}{name}")
        for name, sub in node.subdirs.items():
            if prefix or name != SEARCH_DIR:
                stack.append((sub, f"{prefix}{name}/"))
    if (built / SEARCH_DIR).is_dir() and (fresh / SEARCH_DIR).is_dir():
        lines += _index_differences(built / SEARCH_DIR, fresh / SEARCH_DIR)
    return sorted(lines)


def _index_differences(built: Path, fresh: Path) -> list[str]:
    """Compare two search indexes by their live documents' stored fields."""
    from whoosh import index as whoosh_index

    from hoptac.search.index import INDEX_NAME

    def documents(search_dir: Path) -> dict[str, str]:
        ix = whoosh_index.open_dir(str(search_dir / "whoosh"), indexname=INDEX_NAME)
        with ix.searcher() as searcher:
            return {
                str(fields.get("source_id")): json.dumps(
                    fields, sort_keys=True, ensure_ascii=False, default=str
                )
                for fields in searcher.all_stored_fields()
            }

    ours, theirs = documents(built), documents(fresh)
    lines = [
        f"search index: only in the incremental build: {s}"
        for s in ours.keys() - theirs.keys()
    ]
    lines += [
        f"search index: only in the full build: {s}"
        for s in theirs.keys() - ours.keys()
    ]
    lines += [
        f"search index: document differs: {s}"
        for s in ours.keys() & theirs.keys()
        if ours[s] != theirs[s]
    ]
    return lines
