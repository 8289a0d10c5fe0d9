"""Defaults of the hoptac_search plugin (override them in pelicanconf.py)."""

from __future__ import annotations

DEFAULTS = {
    # Folder inside the output that holds `whoosh/` and the browser shards.
    "HOPTAC_SEARCH_DIR": "search",
    # Buckets the term postings are spread over (more: smaller files per query,
    # more files to write). None: chosen by the archive's size, about 3 KB each
    # (hoptac.search.shards.bucket_count).
    "HOPTAC_SEARCH_BUCKETS": None,
    # The archivist's abbreviations (`[add]` FORM = "name", `remove` = [FORM]),
    # relative to the archive root; see hoptac.search.abbreviations.
    "HOPTAC_SEARCH_ABBREVIATIONS": "abbreviations.toml",
}
