"""The Whoosh index of the archive: schema, documents, building and opening.

Every searchable text is indexed once, in exact form (`hòa`, `hóa`, `hoa`);
a folded query syllable (`hoa`) is searched as every indexed syllable that
folds to it, so exact-diacritic matches can rank first without a second,
folded copy of each field. `pairs` holds adjacent folded syllables so words of
several syllables (`xúc tiến thương mại`) score higher together than
scattered. Facets are stored keyword fields.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from hoptac.article import COOPERATION_KINDS
from hoptac.facets import FACETS, tag_facets
from hoptac.search.abbreviations import (
    AbbreviationLearner,
    merge_concepts,
    write_concepts,
)
from hoptac.search.analysis import (
    exact_analyzer,
    exact_pair_analyzer,
    exact_pair_terms,
    exact_terms,
    pair_analyzer,
    pair_terms,
    prepare_text,
)
from hoptac.search.document import SearchDocument
from hoptac.search.postings import InvertedIndex, PostingLog, write_segment

logger = logging.getLogger(__name__)

# Bumped whenever the schema or the analysis changes; the browser export carries it.
INDEX_VERSION = 2
INDEX_NAME = "hoptac"
# Searchable texts, one exact-form field each.
TEXT_FIELDS = ("title", "summary", "body", "tags")
PAIR_FIELD = "pairs"
# Exact pairs within each tag (province, leader, topic): `Nguyễn Văn Phóng`
# typed with its marks finds the article tagged with him before `Phong`.
TAG_PAIR_FIELD = "tag_pairs"
LIVE_STATS = "hoptac-stats.json"  # beside Whoosh's files; its clean-up ignores it
MIN_PAIR_DOCS = 2  # a pair is indexed when at least this many articles have it
# `cooperation` holds the article's `Cooperation_Kind`, at most one.
COOPERATION_FIELD = "cooperation"
# Stored keyword fields: the tag facets of the registry (`hoptac.facets`), and
# the cooperation kind.
FACET_FIELDS = (*(facet.field for facet in tag_facets()), COOPERATION_FIELD)
# Every field counted for a result list: those, then the derived ones (the year).
COUNTED_FIELDS = (*FACET_FIELDS, *(f.field for f in FACETS if not f.tag))
# Every field a query scores in (BM25F over field lengths).
SCORED_FIELDS = (*TEXT_FIELDS, PAIR_FIELD, TAG_PAIR_FIELD)


@dataclass
class IndexStats:
    """What a build did: documents indexed, seconds taken, bytes on disk."""

    documents: int
    seconds: float
    bytes: int


def build_schema() -> Schema:
    """Return the index schema (reads like data: one line a field)."""
    exact = exact_analyzer()
    fields: dict[str, object] = {
        "source_id": ID(stored=True, unique=True),
        "url": STORED(),
        "title_display": STORED(),
        "date": ID(stored=True),
        "year": ID(stored=True),
        "text_zlib": STORED(),  # prepared body for snippets, compressed
        PAIR_FIELD: TEXT(analyzer=pair_analyzer(), phrase=False),
        TAG_PAIR_FIELD: TEXT(analyzer=exact_pair_analyzer(), phrase=False),
    }
    for name in TEXT_FIELDS:
        fields[name] = TEXT(analyzer=exact, phrase=False)
    for name in FACET_FIELDS:
        fields[name] = KEYWORD(
            stored=True, commas=True, lowercase=False, scorable=False
        )
    return Schema(**fields)


def analyze_document(doc: SearchDocument) -> dict[str, list[str]]:
    """Return the terms of every searchable field of a document, analysed once.

    Whoosh indexes term lists as given, so each text goes through the
    Vietnamese analysis one time for its exact and pair fields.
    """
    terms: dict[str, list[str]] = {PAIR_FIELD: [], TAG_PAIR_FIELD: []}
    for tag in doc.tags:
        terms[TAG_PAIR_FIELD] += exact_pair_terms(exact_terms(tag))
    for name, text in (
        ("title", doc.title),
        ("summary", doc.summary),
        ("body", doc.body),
        ("tags", doc.tags_text),
    ):
        exact = exact_terms(text)
        terms[name] = exact
        if name != "tags":
            terms[PAIR_FIELD] += pair_terms(exact)
    return terms


def stored_values(doc: SearchDocument) -> dict[str, object]:
    """Return a document's values for the fields that are not analysed text."""
    values: dict[str, object] = {
        "source_id": doc.source_id,
        "url": doc.url,
        "title_display": doc.title,
        "date": doc.date[:10],
        "year": doc.year,
        # Level 1: half the time of 6 for 9% more bytes (on the index build's
        # critical path; the text is read back only for snippets).
        "text_zlib": zlib.compress(prepare_text(doc.body).encode("utf-8"), 1),
    }
    for name in FACET_FIELDS:
        # Commas separate values; a comma inside a name would split it.
        values[name] = ",".join(v.replace(",", " ") for v in facet_values(doc, name))
    return {k: v for k, v in values.items() if v != ""}


def facet_values(doc: SearchDocument, name: str) -> list[str]:
    """Return a document's values of one facet field."""
    if name == COOPERATION_FIELD:
        kind = doc.cooperation.strip().lower()
        return [kind] if kind in COOPERATION_KINDS else []
    return getattr(doc, name)


class IndexBuilder:
    """Analyse documents one at a time, as they are read, into an InvertedIndex.

    `finish` keeps the documents named (a build learns which articles are
    published only once all are read) and drops pairs that do not recur.
    """

    def __init__(self, archivist_abbreviations: Path | None = None) -> None:
        self.inverted = InvertedIndex(build_schema())
        # Abbreviations introduced in the articles, and the archivist's file.
        self.learner = AbbreviationLearner()
        self.archivist_abbreviations = archivist_abbreviations
        self._docnums: dict[str, int] = {}
        # Postings are logged as they come and grouped by term in `finish`,
        # with numpy: imported now, while articles arrive (loading it from a
        # cold disk took seconds), not once they all have.
        import numpy  # noqa: F401

        self._logs: dict[str, PostingLog] = {}

    def add(self, doc: SearchDocument) -> None:
        if doc.source_id in self._docnums:
            logger.warning(
                "search index: duplicate Source_ID %r skipped", doc.source_id
            )
            return
        docnum = self.inverted.add_document(
            analyze_document(doc), stored_values(doc), self._logs
        )
        self._docnums[doc.source_id] = docnum
        self.learner.observe(doc.title)
        self.learner.observe(doc.body)

    def finish(
        self,
        keep: Iterable[str] | None = None,
        sort_key: Callable[[str], str] | None = None,
    ) -> InvertedIndex:
        """Return the index of the documents in keep (all when None).

        Documents keep the order they were added in (the plugin has Pelican
        read files in path order, so the same archive gives the same index),
        or with `sort_key` (Source_ID -> key), that key's order: where Pelican
        could not be made to read in path order, the plugin sorts by path here.
        """
        inverted = self.inverted
        chosen = list(self._docnums.items())  # in the order added
        if keep is not None:
            wanted = set(keep)
            chosen = [(s, d) for s, d in chosen if s in wanted]
        if sort_key is not None:
            chosen.sort(key=lambda item: (sort_key(item[0]), item[1]))
        order = [d for _, d in chosen]
        if order == list(range(inverted.doc_count)):
            order = None
        # A pair found in one article only is noise for ranking and would
        # double the term dictionary; keep the pairs that recur.
        if order is None:
            inverted.adopt_logs(self._logs, prune={PAIR_FIELD: MIN_PAIR_DOCS})
        else:  # pairs are counted among the kept documents only
            inverted.adopt_logs(self._logs, prune={})
            inverted = inverted.select(order)
            inverted.prune(PAIR_FIELD, MIN_PAIR_DOCS)
        self._logs = {}
        inverted.abbreviations = merge_concepts(
            self.learner.concepts(), self.archivist_abbreviations
        )
        return inverted


def invert_documents(documents: Iterable[SearchDocument]) -> InvertedIndex:
    """Analyse documents into an in-memory inverted index (one pass, in order)."""
    builder = IndexBuilder()
    for doc in documents:
        builder.add(doc)
    return builder.finish()


def write_index(
    inverted: InvertedIndex, index_dir: Path, fork: bool = False
) -> IndexStats:
    """Write the inverted index as a fresh Whoosh index in index_dir (replacing any).

    With `fork`, a large index's terms are encoded by two processes.
    """
    started = time.perf_counter()
    index_dir = Path(index_dir)
    building = index_dir.with_name(index_dir.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    ix = whoosh_index.create_in(str(building), inverted.schema, indexname=INDEX_NAME)
    # One segment, documents in insertion order: the browser export's docnums
    # are the index's.
    write_segment(ix, inverted, fork)
    ix.close()
    write_live_stats(inverted, building)
    write_concepts(inverted.abbreviations, building)
    shutil.rmtree(index_dir, ignore_errors=True)
    building.rename(index_dir)
    size = sum(p.stat().st_size for p in index_dir.iterdir() if p.is_file())
    stats = IndexStats(inverted.doc_count, time.perf_counter() - started, size)
    logger.info(
        "search index: %d documents written in %.2f s, %d bytes",
        stats.documents,
        stats.seconds,
        size,
    )
    return stats


def write_live_stats(inverted: InvertedIndex, index_dir: Path) -> None:
    """Write, beside the Whoosh index, BM25's statistics over live documents.

    Whoosh keeps counting deleted documents (after an incremental update) in
    its document count and field lengths; the browser export does not, and
    the Python ranking reads these numbers so both score alike.
    """
    stats = {
        "live": inverted.live_count,
        "avgfl": {name: inverted.average_length(name) or 1 for name in SCORED_FIELDS},
    }
    path = Path(index_dir) / LIVE_STATS
    path.write_text(json.dumps(stats), encoding="utf-8")


def read_live_stats(index_dir: Path) -> dict | None:
    """Return the statistics `write_live_stats` wrote, or None."""
    try:
        return json.loads((Path(index_dir) / LIVE_STATS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def build_index(documents: Iterable[SearchDocument], index_dir: Path) -> IndexStats:
    """Analyse documents and write their Whoosh index into index_dir."""
    started = time.perf_counter()
    stats = write_index(invert_documents(documents), index_dir)
    stats.seconds = time.perf_counter() - started
    return stats


def open_index(index_dir: Path):  # -> whoosh.index.Index
    """Open the index in index_dir, or raise FileNotFoundError with a clear message."""
    index_dir = Path(index_dir)
    if not whoosh_index.exists_in(str(index_dir), indexname=INDEX_NAME):
        raise FileNotFoundError(
            f"no search index in {index_dir} (build the site first: invoke build)"
        )
    return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)


def stored_text(stored: dict[str, object]) -> str:
    """Return the prepared body text kept (compressed) in a document's stored fields."""
    data = stored.get("text_zlib")
    return zlib.decompress(data).decode("utf-8") if isinstance(data, bytes) else ""


def documents_from_markdown(paths: Iterable[Path]) -> list[SearchDocument]:
    """Read archive Markdown files (front matter + body) as search documents.

    For tests and benchmarks that index content without running Pelican; the
    URL is the one `ARTICLE_URL` gives (`bai-viet/{slug}.html`).
    """
    from hoptac.article import Article, parse_front_matter

    documents = []
    for path in sorted(Path(p) for p in paths):
        meta, body = parse_front_matter(path.read_text(encoding="utf-8"), str(path))
        article = Article.from_metadata(meta, body, str(path))
        slug = article.slug or path.stem
        documents.append(
            SearchDocument(
                source_id=article.source_id or path.stem,
                title=article.title,
                url=f"bai-viet/{slug}.html",
                date=article.date,
                summary=article.summary,
                body=body.strip(),
                **{f.field: getattr(article, f.field) for f in tag_facets()},
                cooperation=next(
                    (v for k, v in meta.items() if k.lower() == "cooperation_kind"),
                    "",
                ),
            )
        )
    return documents
