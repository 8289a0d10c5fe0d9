"""The index build of one site: fresh, or updated in place (the child's side).

Imported by `hoptac_search` in the process that builds the index (the forked
child, or Pelican's own process without fork), so Whoosh and the index code
are never loaded before Pelican starts reading.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

from hoptac.forked import Forked
from hoptac.search.document import SearchDocument
from hoptac.search.incremental import (
    CACHE_NAME,
    apply_update,
    document_hash,
    load_cache,
    plan_update,
    save_cache,
    stage_live_index,
)
from hoptac.search.index import IndexBuilder, write_index
from hoptac.search.postings import InvertedIndex
from hoptac.search.shards import bucket_count, write_search_shards

logger = logging.getLogger(__name__)


def write_search_index(
    inverted: InvertedIndex,
    output_path: str,
    settings: dict,
    buckets: int,
    fork: bool = False,
) -> None:
    """Write the Whoosh index and the browser export (in `buckets`) into the output.

    With `fork`, the export is written by a forked process at the same time
    (the two are independent and the machine has a second core), and the
    Whoosh index's terms are encoded by two processes.
    """
    out = Path(output_path) / settings["HOPTAC_SEARCH_DIR"]
    started = time.perf_counter()
    exporter = None
    if fork:
        exporter = Forked(
            "the browser export failed (see the error above)",
            write_search_shards,
            inverted,
            out,
            buckets,
        )
    else:
        write_search_shards(inverted, out, buckets)
    try:
        stats = write_index(inverted, out / "whoosh", fork)
        if exporter is not None:
            exporter.result()
    finally:
        if exporter is not None:
            exporter.close()
    logger.info(
        "hoptac_search: %d articles indexed, index and browser export in %.2f s",
        stats.documents,
        time.perf_counter() - started,
    )


class IndexJob:
    """Build, or update in place, one site's index from one run's documents.

    Without a usable cache (`hoptac.search.incremental`) every document is
    analysed as it arrives; with one, only new and changed documents are,
    and `finish` updates the last build's index instead of writing a new one.
    """

    def __init__(self, output_path: str, settings: dict, fork: bool):
        self.settings = settings
        self.fork = fork
        self.output_path = output_path
        self.search_dir = Path(output_path) / settings["HOPTAC_SEARCH_DIR"]
        self.cache_path = Path(settings["CACHE_PATH"]) / CACHE_NAME
        previous = settings.get("HOPTAC_PREVIOUS_OUTPUT")
        self.live = Path(previous) / settings["HOPTAC_SEARCH_DIR"] if previous else None
        self.cache = load_cache(self.cache_path, self.live) if self.live else None
        if self.cache is not None:
            # Most likely few articles changed: the live index goes in now,
            # while Pelican reads, and `finish` rewrites what changed.
            stage_live_index(self.live, self.search_dir)
        self.builder = IndexBuilder()
        self.hashes: dict[str, str] = {}
        # With a cache: every document in arrival order, and the changed ones.
        self.arrived: list[SearchDocument] = []
        self.changed: dict[str, SearchDocument] = {}

    def add(self, doc: SearchDocument) -> None:
        if doc.source_id not in self.hashes:
            self.hashes[doc.source_id] = document_hash(doc)
        if self.cache is None:
            self.builder.add(doc)  # warns about a duplicate Source_ID
            return
        self.arrived.append(doc)
        if self.cache.hashes.get(doc.source_id) != self.hashes[doc.source_id]:
            self.changed[doc.source_id] = doc

    def finish(self, keep: list[str]) -> None:
        kept = set(keep)
        hashes = {s: h for s, h in self.hashes.items() if s in kept}
        wanted_buckets = self.settings["HOPTAC_SEARCH_BUCKETS"]
        if self.cache is not None and wanted_buckets in (None, self.cache.buckets):
            update = plan_update(self.cache, self.changed, kept)
            if update is not None and not update:
                # Nothing the index holds changed: the staged index is this one.
                logger.info("hoptac_search: no article changed, index kept")
                return
            if update is not None:
                buckets = self.cache.buckets
                inverted = apply_update(
                    self.cache, update, self.live, self.search_dir, buckets
                )
                self._save(hashes, inverted, buckets)
                return
        if self.cache is not None:  # too much changed, or new buckets: a fresh index
            shutil.rmtree(self.search_dir)  # the staged links go first
            for doc in self.arrived:
                self.builder.add(doc)
        inverted = self.builder.finish(keep)
        buckets = wanted_buckets or bucket_count(inverted)
        write_search_index(
            inverted, self.output_path, self.settings, buckets, self.fork
        )
        self._save(hashes, inverted, buckets)

    def _save(self, hashes: dict[str, str], inverted: object, buckets: int) -> None:
        if self.settings.get("CACHE_CONTENT"):
            save_cache(self.cache_path, self.search_dir, hashes, inverted, buckets)
