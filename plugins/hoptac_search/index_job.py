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

from hoptac.compat import pelican as pelican_compat
from hoptac.files import with_path
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

from .messages import Arrival
from .sources import Source, Unchanged, save_sources

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
    An unchanged file's document may arrive as `Unchanged` (see `.sources`):
    `finish` asks for the document itself (`fetch`) where the cache cannot
    vouch for it, or when the index is built anew.
    """

    def __init__(self, output_path: str, settings: dict, fork: bool):
        self.settings = settings
        self.fork = fork
        self.output_path = output_path
        self.search_dir = Path(output_path) / settings["HOPTAC_SEARCH_DIR"]
        self.cache_path = Path(settings["cache_path"]) / CACHE_NAME
        previous = settings.get("previous_output")
        self.live = Path(previous) / settings["HOPTAC_SEARCH_DIR"] if previous else None
        self.inputs = settings.get("inputs", "")  # set only with CACHE_CONTENT
        self.cache = (
            load_cache(self.cache_path, self.live, self.inputs) if self.live else None
        )
        if self.cache is not None:
            # Most likely few articles changed: the live index goes in now,
            # while Pelican reads, and `finish` rewrites what changed.
            stage_live_index(self.live, self.search_dir)
        self.builder = IndexBuilder(settings.get("abbreviations_file"))
        self.hashes: dict[str, str] = {}
        # Documents not analysed yet, in arrival order: with a cache, or once
        # one came as `Unchanged` (a position, until fetched).
        self.arrived: list[SearchDocument | int] = []
        self.changed: dict[str, SearchDocument] = {}
        self.unchanged: dict[int, tuple[Source, Unchanged]] = {}
        # What this build's documents were made from, for the next build.
        self.sources: dict[str, list] = {}

    def add(self, doc: SearchDocument, source: Source | None = None) -> None:
        own_hash = document_hash(doc)
        self.hashes.setdefault(doc.source_id, own_hash)
        if source is not None:
            self.sources[source.path] = [*source.stamp, doc.source_id, own_hash]
        if self.cache is None and not self.arrived:
            self.builder.add(doc)  # warns about a duplicate Source_ID
            return
        self.arrived.append(doc)
        self._compare(doc)

    def _compare(self, doc: SearchDocument) -> None:
        """Note the document as changed if the cache holds another under its ID."""
        if self.cache is None:
            return
        if self.cache.hashes.get(doc.source_id) != self.hashes[doc.source_id]:
            self.changed[doc.source_id] = doc

    def receive(self, arrival: Arrival) -> None:
        """Take one article as Pelican's process sends it."""
        if arrival.unchanged is not None:
            self.add_unchanged(arrival.source, arrival.unchanged)
        else:
            self.add(arrival.document, arrival.source)

    def add_unchanged(self, source: Source, unchanged: Unchanged) -> None:
        self.hashes.setdefault(unchanged.source_id, unchanged.document_hash)
        self.sources[source.path] = [
            *source.stamp,
            unchanged.source_id,
            unchanged.document_hash,
        ]
        self.unchanged[source.position] = (source, unchanged)
        self.arrived.append(source.position)

    def _fetch_documents(self, positions: list[int], fetch) -> None:
        """Put the documents at `positions` in place of their `Unchanged`."""
        if not positions:
            return
        if fetch is None:
            raise RuntimeError("documents were sent as unchanged, with no way to ask")
        documents = fetch(positions)
        index = {
            item: i for i, item in enumerate(self.arrived) if isinstance(item, int)
        }
        for position in positions:
            doc = documents[position]
            source, unchanged = self.unchanged.pop(position)
            self.arrived[index[position]] = doc
            fresh_hash = document_hash(doc)
            self.sources[source.path] = [*source.stamp, doc.source_id, fresh_hash]
            if self.hashes.get(doc.source_id) == unchanged.document_hash:
                self.hashes[doc.source_id] = fresh_hash
            self._compare(doc)

    def finish(self, keep: list[str], fetch=None) -> None:
        """Write the index of the `keep` documents.

        `fetch(positions)` returns {position: SearchDocument} for articles
        that came as `Unchanged`, when they are needed.
        """
        try:
            self._finish(keep, fetch)
        except OSError as exc:  # a full disk says where the index was going
            raise with_path(exc, self.search_dir) from exc

    def _finish(self, keep: list[str], fetch) -> None:
        kept = set(keep)
        wanted_buckets = self.settings["HOPTAC_SEARCH_BUCKETS"]
        if self.cache is not None and wanted_buckets in (None, self.cache.buckets):
            self._fetch_documents(
                [
                    position
                    for position, (_, unchanged) in self.unchanged.items()
                    if self.cache.hashes.get(unchanged.source_id)
                    != unchanged.document_hash
                ],
                fetch,
            )
            hashes = {s: h for s, h in self.hashes.items() if s in kept}
            update = plan_update(self.cache, self.changed, kept)
            if update is not None and not update:
                # Nothing the index holds changed: the staged index is this one.
                logger.info("hoptac_search: no article changed, index kept")
                self._save_sources()
                return
            if update is not None:
                buckets = self.cache.buckets
                inverted = apply_update(
                    self.cache, update, self.live, self.search_dir, buckets
                )
                self._save(hashes, inverted, buckets)
                return
        # Too much changed, new buckets or no cache: a fresh index, of every document.
        self._fetch_documents(sorted(self.unchanged), fetch)
        if self.cache is not None:
            shutil.rmtree(self.search_dir)  # the staged links go first
        for doc in self.arrived:
            self.builder.add(doc)
        inverted = self.builder.finish(keep, self._path_order())
        buckets = wanted_buckets or bucket_count(inverted)
        write_search_index(
            inverted, self.output_path, self.settings, buckets, self.fork
        )
        hashes = {s: h for s, h in self.hashes.items() if s in kept}
        self._save(hashes, inverted, buckets)

    def _path_order(self):
        """None when Pelican read the files in path order (`hoptac_search`),
        else a Source_ID's path, for the index to order documents by."""
        if pelican_compat.internals_usable():
            return None
        paths = {entry[2]: path for path, entry in self.sources.items()}
        return lambda source_id: paths.get(source_id, "")

    def _save(self, hashes: dict[str, str], inverted: object, buckets: int) -> None:
        if self.settings.get("caching"):
            save_cache(
                self.cache_path,
                self.search_dir,
                hashes,
                inverted,
                buckets,
                self.inputs,
            )
            self._save_sources()

    def _save_sources(self) -> None:
        if self.inputs:
            save_sources(self.cache_path.parent, self.inputs, self.sources)
