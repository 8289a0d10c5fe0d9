"""The index a long-running server answers from: checked when opened, reopened when rebuilt.

`invoke build` replaces the site (and its index) while `invoke serve` or a WSGI
server keeps running; `LiveIndex` notices the new index on the next query and
switches to it, so a retitled article is found under its new title. A damaged
index (a truncated segment file, say) is refused with one clear message instead
of a traceback, both at start and when a rebuilt index turns out unreadable.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from hoptac.search.index import SCORED_FIELDS
from hoptac.search.query import SearchIndex

logger = logging.getLogger(__name__)

# How often a query may look at the disk for a rebuilt index (one stat per file).
RELOAD_CHECK_SECONDS = 1.0


class IndexUnreadable(Exception):
    """The index exists but cannot be read: damaged, incomplete or from another version."""

    def __init__(self, index_dir: Path, cause: BaseException):
        detail = f"{type(cause).__name__}: {cause}".strip().splitlines()[0][:200]
        super().__init__(
            f"the search index in {index_dir} cannot be read ({detail}); "
            "rebuild it with `invoke build`"
        )
        self.index_dir = index_dir


def open_checked(index_dir: Path, warm: bool = True) -> SearchIndex:
    """Open an index and read a little of every file, or raise IndexUnreadable.

    FileNotFoundError (no index at all) passes through: it has its own message.
    `warm` also scores the frequent terms, as a server wants before its first query.
    """
    index_dir = Path(index_dir)
    try:
        index = SearchIndex(index_dir)
        _read_postings_tails(index)
        if warm:
            index.warm()
    except FileNotFoundError as exc:
        if any(index_dir.glob("*.toc")):
            raise IndexUnreadable(index_dir, exc) from exc  # a segment file is gone
        raise
    except Exception as exc:  # noqa: BLE001 - any failure to read is "damaged"
        raise IndexUnreadable(index_dir, exc) from exc
    return index


def _read_postings_tails(index: SearchIndex) -> None:
    """Read the postings of each field's first and last term.

    Opening reads the table of contents, the term dictionary and the columns;
    postings are read only by queries, and a truncated postings file loses its
    tail, which belongs to the last terms written.
    """
    with index.ix.searcher() as searcher:
        reader = searcher.reader()
        for name in SCORED_FIELDS:
            terms = list(reader.lexicon(name))
            for term in {terms[0], terms[-1]} if terms else ():
                reader.postings(name, term).all_ids()


def index_signature(index_dir: Path) -> tuple:
    """What changes when a build writes a new index: the real folder and its TOC files."""
    real = os.path.realpath(index_dir)
    try:
        entries = sorted(
            (entry.name, entry.inode(), entry.stat().st_mtime_ns)
            for entry in os.scandir(real)
            if entry.name.endswith(".toc")
        )
    except OSError:
        entries = []
    return (real, tuple(entries))


class LiveIndex:
    """A SearchIndex that reopens itself when the folder it came from is rebuilt."""

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._signature = index_signature(self.index_dir)
        self._index = open_checked(self.index_dir)
        self._checked_at = time.monotonic()
        self._lock = threading.Lock()
        self._refused: tuple | None = None

    def current(self) -> SearchIndex:
        """Return the index to answer from, reopening it if a build replaced it."""
        now = time.monotonic()
        if now - self._checked_at < RELOAD_CHECK_SECONDS:
            return self._index
        with self._lock:
            if now - self._checked_at < RELOAD_CHECK_SECONDS:
                return self._index
            self._checked_at = now
            signature = index_signature(self.index_dir)
            if signature != self._signature and signature != self._refused:
                self._reopen(signature)
        return self._index

    def _reopen(self, signature: tuple) -> None:
        try:
            fresh = open_checked(self.index_dir)
        except (IndexUnreadable, FileNotFoundError) as exc:
            # Mid-swap or a bad build: keep answering from the index we have.
            logger.warning("search server: keeping the current index: %s", exc)
            self._refused = signature
            return
        old, self._index, self._signature = self._index, fresh, signature
        self._refused = None
        logger.info("search server: reopened the rebuilt index in %s", self.index_dir)
        old.close()
