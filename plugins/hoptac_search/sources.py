"""Which source files made the last index's documents, so unchanged ones are not sent.

A search document follows from its article's file and from the build's inputs
(`hoptac.build.inputs.BuildInputs`: settings, plugins, hoptac's code). After a build
the index process records, in CACHE_PATH, each file's stamp (modification time
and size) beside its document's Source_ID and hash. The next build sends the
index process the documents of changed files only; for a file whose stamp and
the inputs are unchanged it sends `Unchanged`, its recorded Source_ID and
hash. The index process trusts that only where the hash is its cache's own;
for any other, or when it has to build a fresh index, it asks Pelican's
process for the documents (`SearchBuild.wait`).

Loaded in Pelican's process: no Whoosh here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from hoptac.files import write_atomically

SOURCES_NAME = "hoptac-search-sources.json"


@dataclass(frozen=True)
class Source:
    """An article as the index process hears of it: its place in the reading
    order, its file, and the file's [modification time (ns), size]."""

    position: int
    path: str
    stamp: list[int]


@dataclass(frozen=True)
class Unchanged:
    """The document of an unchanged file, named by what the last build recorded."""

    source_id: str
    document_hash: str


def load_sources(cache_path: Path, inputs: str) -> dict[str, list]:
    """Return path -> [mtime_ns, size, Source_ID, document hash] of the last
    build with these inputs (empty if there was none)."""
    try:
        saved = json.loads((cache_path / SOURCES_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("inputs") != inputs:
        return {}
    return saved.get("files", {})


def save_sources(cache_path: Path, inputs: str, files: dict[str, list]) -> None:
    write_atomically(
        cache_path / SOURCES_NAME,
        json.dumps({"inputs": inputs, "files": files}, ensure_ascii=False),
    )
