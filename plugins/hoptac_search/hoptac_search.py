"""Build the search index once the articles are written (Pelican plugin).

Turns each article, as Pelican reads it, into a
`hoptac.search.index.SearchDocument`, builds the Whoosh index into
`<output>/<HOPTAC_SEARCH_DIR>/whoosh/` and writes the browser export beside it,
in a child process alongside Pelican (`SearchBuild`); `finalized` waits for it
and fails the build if it failed. An unchanged article's document is made only
if the child asks for it (`.sources`). The two processes talk in the messages
of `.messages`; this run's `SearchBuild` is the session's `search`
(`hoptac.build.session.BuildSession`).
"""

from __future__ import annotations

import contextlib
import html
import logging
import multiprocessing
import re
import time
from pathlib import Path

from pelican import signals
from pelican.contents import Article
from pelican.generators import ArticlesGenerator

from hoptac.build.contents import freeze_url
from hoptac.build.session import BuildSession
from hoptac.compat import pelican as pelican_compat
from hoptac.facets import tag_facets
from hoptac.files import file_stamp
from hoptac.forked import can_fork, start_process
from hoptac.search.document import SearchDocument

from .messages import (
    Arrival,
    Articles,
    Documents,
    IndexFailed,
    IndexWritten,
    NeedDocuments,
    Published,
)
from .settings import DEFAULTS
from .sources import Source, Unchanged, load_sources

logger = logging.getLogger(__name__)

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|tr|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Return the reader-visible text of an article's HTML, one block a line."""
    text = _BLOCK_END.sub("\n", markup)
    return html.unescape(_TAG.sub("", text)).strip()


def _names(value: object) -> list[str]:
    """Return a metadata value as a list of names (str, list, or taxonomy objects)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list | tuple):
        names: list[str] = []
        for item in value:
            names += (
                _names(item)
                if isinstance(item, str)
                else [str(getattr(item, "name", item))]
            )
        return names
    return [str(getattr(value, "name", value))]


def search_document(article: object) -> SearchDocument:
    """Return the search document of one Pelican article."""
    meta = getattr(article, "metadata", {})
    date = getattr(article, "date", None)
    if meta.get("hoptac_undated"):
        date = None  # the taxonomy plugin's sort date, not a date the source gave
    return SearchDocument(
        source_id=published_source_id(article),
        title=html_to_text(str(getattr(article, "title", ""))),
        # Settled when Pelican sends `content_object_init`: computed once
        # here for this document and every page that links the article.
        url=str(freeze_url(article)),
        date=date.date().isoformat()
        if date is not None and hasattr(date, "date")
        else "",
        summary=html_to_text(str(meta.get("summary") or "")),
        # The HTML as read: `content` would resolve links to articles not read yet.
        body=html_to_text(str(pelican_compat.html_as_read(article))),
        # The registry's tag facets (`Provinces` …), as Pelican's lower-case keys.
        **{f.field: _names(meta.get(f.meta_key.lower())) for f in tag_facets()},
        cooperation=str(meta.get("cooperation_kind") or "").strip(),
    )


def check_settings(settings: dict) -> dict:
    """Return the plugin settings with defaults; raise ValueError on a bad one."""
    values = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    buckets = values["HOPTAC_SEARCH_BUCKETS"]
    if buckets is not None and (
        not isinstance(buckets, int) or isinstance(buckets, bool)
        or not 1 <= buckets <= 65536
    ):  # fmt: skip
        raise ValueError(
            "hoptac_search: HOPTAC_SEARCH_BUCKETS must be 1..65536, or None "
            "(chosen by the archive's size)"
        )
    return values


# Articles go to the child this many at a time: sent one by one, they made an
# incremental build of 2,655 articles 0.15 s slower (1.7 s against 1.55 s).
BATCH = 64


class SearchBuild:
    """The index of one Pelican run, built beside it in a child process.

    Each article goes to the child as Pelican reads it, so analysing the
    articles overlaps reading the rest; once every article is read the child
    learns which are published and writes the index while Pelican writes the
    pages. An article whose file is unchanged since the last build goes as
    `Unchanged` (see `.sources`), and its document is made only if the child
    asks for it. Without `fork` (Windows) the same work runs in process at
    the end of reading. The child dies with this process (`hoptac.forked`).
    """

    def __init__(self, settings: dict, session: BuildSession):
        self.settings = {
            **check_settings(settings),
            # What the index build needs of the session (`.index_job`).
            "cache_path": str(session.cache),
            "caching": session.caching,
            "previous_output": str(session.previous) if session.previous else None,
        }
        self.session = session
        # The archivist's corrections to the learned abbreviations, at the
        # archive root (beside the content folder) unless the setting is absolute.
        self.settings["abbreviations_file"] = str(
            Path(settings.get("PATH", ".")).parent
            / self.settings["HOPTAC_SEARCH_ABBREVIATIONS"]
        )
        self.output_path = str(session.output)
        self.articles: list = []  # in reading order: a document's position
        self.batch: list[Arrival] = []  # articles for the child, not sent yet
        self.previous_sources: dict[str, list] = {}
        self.settings["inputs"] = session.inputs if session.caching else ""
        if session.caching and session.previous is not None:
            self.previous_sources = load_sources(session.cache, session.inputs)
        self.child = None
        self.job = None  # used only when there is no child
        if can_fork():
            context = multiprocessing.get_context("fork")
            # Documents go through a queue (its feeder thread never makes
            # Pelican wait for the child; it starts with the first document,
            # after the fork); the child's answers through a pipe.
            self.documents = context.Queue()
            self.receiver, child_end = context.Pipe(duplex=False)
            self.child = start_process(
                _child_main,
                self.documents,
                child_end,
                self.output_path,
                self.settings,
                name="hoptac-search-index",
            )
            child_end.close()
        else:
            from .index_job import IndexJob

            self.job = IndexJob(self.output_path, self.settings, fork=False)

    def add(self, article: object) -> None:
        try:
            stamp = file_stamp(article.source_path)
        except OSError:
            stamp = [0, 0]  # matches no record
        source = Source(len(self.articles), article.source_path, stamp)
        self.articles.append(article)
        known = self.previous_sources.get(source.path)
        if known is not None and known[:2] == source.stamp:
            freeze_url(article)  # as `search_document` would have
            item = Arrival(source, unchanged=Unchanged(known[2], known[3]))
        else:
            item = Arrival(source, document=search_document(article))
        if self.child is None:
            self.job.receive(item)
            return
        self.batch.append(item)
        if len(self.batch) == BATCH:
            self.documents.put(Articles(self.batch))
            self.batch = []

    def all_read(self, articles: list) -> None:
        keep = [published_source_id(a) for a in articles]
        if self.child is not None:
            self.documents.put(Articles(self.batch))
            self.documents.put(Published(keep))
        else:
            self.job.finish(keep, self.documents_at)

    def documents_at(self, positions: list[int]) -> dict[int, SearchDocument]:
        """The documents of articles first sent as `Unchanged`."""
        return {p: search_document(self.articles[p]) for p in positions}

    def wait(self) -> None:
        """Wait for the child; raise if it could not build the index."""
        if self.child is None:
            return
        started = time.perf_counter()
        error = None
        with contextlib.suppress(EOFError):
            while True:
                match self.receiver.recv():
                    case NeedDocuments(positions):
                        # The documents of these unchanged articles.
                        self.documents.put(Documents(self.documents_at(positions)))
                    case IndexWritten():
                        break
                    case IndexFailed(error):
                        break
                    case message:
                        error = f"unexpected message {message!r}"
                        break
        self.documents.close()
        # The feeder thread ends here: no thread runs at the next build's fork.
        self.documents.join_thread()
        self.child.join()
        self.receiver.close()
        if self.child.exitcode != 0 or error:
            raise RuntimeError(
                "hoptac_search: the search index could not be built: "
                + (error or f"its process ended with code {self.child.exitcode}")
            )
        self.session.phase_ended(
            "search index",
            count=len(self.articles),
            detail=f"pages written, then {time.perf_counter() - started:.1f} s "
            f"waiting for the search index of {len(self.articles)} articles",
        )

    def stop(self) -> None:
        if self.child is not None and self.child.is_alive():
            # Nobody will read what the queue still holds: without this, the
            # process would wait at exit for its feeder thread forever.
            self.documents.cancel_join_thread()
            self.child.terminate()
            self.child.join()


def _child_main(documents, connection, output_path: str, settings: dict) -> None:
    try:
        # Whoosh and the index code load here, in the child, not in Pelican's
        # process before it starts reading (0.18 s).
        from .index_job import IndexJob

        def fetch(positions: list[int]) -> dict:
            connection.send(NeedDocuments(positions))
            match documents.get():
                case Documents(by_position):
                    return by_position
                case message:
                    raise RuntimeError(f"unexpected message {message!r}")

        job = IndexJob(output_path, settings, fork=True)
        while True:
            match documents.get():
                case Articles(arrivals):
                    for arrival in arrivals:
                        job.receive(arrival)
                case Published(source_ids):
                    job.finish(source_ids, fetch)
                    connection.send(IndexWritten())
                    return
                case message:
                    raise RuntimeError(f"unexpected message {message!r}")
    except BaseException as exc:  # the parent reports it and fails the build
        connection.send(IndexFailed(f"{type(exc).__name__}: {exc}"))
        raise


def published_source_id(article: object) -> str:
    """Return the id an article is searched by: its Source_ID, else its slug."""
    meta = getattr(article, "metadata", {})
    return str(meta.get("source_id") or getattr(article, "slug", ""))


def start_search_index(generator: object) -> None:
    """Before the articles are read: start this run's index build."""
    # Pelican lists content files as a set, in an order that changes from one
    # run to the next; the index numbers articles as they are read, so the
    # same archive must always be read in the same (path) order. Where this
    # cannot be had, the index build orders them by path (`index_job`).
    pelican_compat.list_files_in_path_order(generator)
    session = BuildSession.of(generator.settings)
    stale, session.search = session.search, None
    if stale is not None:  # a run before (Pelican's autoreload) that failed
        stale.stop()
    session.search = SearchBuild(generator.settings, session)
    session.on_failure(lambda: stop_search_index(session))


def add_article(content: object) -> None:
    """Each article, as Pelican reads it, goes to the index build."""
    if not isinstance(content, Article):
        return
    build = BuildSession.of(content.settings).search
    if build is not None:
        build.add(content)


def all_articles_read(generator: ArticlesGenerator) -> None:
    """Every article read: tell the build which ones are published.

    Sent once the articles generator is done, before the taxonomy indexes and
    the pages are built, so the index is written while they are.
    """
    build = BuildSession.of(generator.settings).search
    if build is not None:
        build.all_read(list(generator.articles))


def finish_search_index(pelican: object) -> None:
    """Wait for the index of this build; raise if it could not be built."""
    session = BuildSession.of(pelican.settings)
    build, session.search = session.search, None
    if build is not None:
        build.wait()


def stop_search_index(session: BuildSession) -> None:
    """The build failed: stop its index build before its folder goes."""
    build, session.search = session.search, None
    if build is not None:
        build.stop()


def register() -> None:
    """Connect the plugin's receivers (module level: Pelican keeps weak references)."""
    signals.article_generator_init.connect(start_search_index)
    signals.content_object_init.connect(add_article)
    signals.article_generator_finalized.connect(all_articles_read)
    signals.finalized.connect(finish_search_index)
