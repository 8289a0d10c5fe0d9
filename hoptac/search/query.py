"""Turn what a reader types into a ranked, filtered, paginated Whoosh search.

The query is planned first (`plan_query`): one group a distinct syllable, each
group every indexed syllable of every text field that folds like it (the very
syllable typed boosted); plus the adjacent folded pairs, which lift documents
with the syllables together. A document
must match every group; when none does, any group will do. Scores are Whoosh's
BM25F summed over the plan, ties broken by document number: the browser
runtime reproduces exactly this from the exported index (`search/rules.js`).
No query syntax is interpreted, so no input can make the parser fail.
"""

from __future__ import annotations

import bisect
import html
import json
import logging
import math
import queue
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import chain
from pathlib import Path

from whoosh.query import And, AndMaybe, NullQuery, Or, Query, Term, TermRange
from whoosh.scoring import BM25F, bm25

from hoptac.search.analysis import (
    exact_pair_terms,
    exact_terms,
    fold_term,
    iter_syllables,
    pair_terms,
    prepare_text,
)
from hoptac.search.index import (
    FACET_FIELDS,
    PAIR_FIELD,
    SCORED_FIELDS,
    TAG_PAIR_FIELD,
    TEXT_FIELDS,
    open_index,
    read_live_stats,
    stored_text,
)
from hoptac.vietnamese import (
    canonical_tone,
    expand_abbreviations,
    fold_diacritics,
    nfc,
)

logger = logging.getLogger(__name__)

# Ranking table (rendered into the browser's rules; change both by changing this).
FIELD_BOOSTS = {"title": 2.0, "summary": 1.5, "body": 1.0, "tags": 3.0}
EXACT_BOOST = 5.0  # the exact-diacritic variant of a term over its folded one
# A query syllable typed without marks (`phong`) matching the same unmarked
# syllable is weaker evidence: readers drop marks, so `ha` is usually `Hà`.
EXACT_BOOST_PLAIN = 2.0
TAG_PAIR_BOOST = 30.0  # the article is tagged with the name typed, marks and all
PAIR_BOOST = 30.0  # syllables side by side: the strongest sign of a word
BM25_B = 0.75
BM25_K1 = 1.2
SCORE_DECIMALS = 6  # scores are compared rounded, so summation order cannot matter

TERM_CACHE_SIZE = 50_000  # scored postings of (field, term)
WARM_POSTINGS = 1_000_000  # postings a server scores before it answers
RESULT_CACHE_SIZE = 1024  # repeated queries (a busy site's usual ones) cost nothing
_LIST_FILTERS = ("provinces", "leaders", "topics", "years")
MAX_QUERY_CHARS = 300
MAX_TERMS = 16
MAX_PAGE = 1000
PER_PAGE = 10
FACET_LIMIT = 30
SNIPPET_CHARS = 220
MAX_SNIPPET_SENTENCES = 12
MESSAGE_TOO_LONG = f"Câu tìm kiếm quá dài (tối đa {MAX_QUERY_CHARS} ký tự)."
MESSAGE_TOO_MANY = f"Câu tìm kiếm có quá nhiều từ (tối đa {MAX_TERMS} từ)."
MESSAGE_EMPTY = "Hãy nhập từ cần tìm."
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


class QueryError(ValueError):
    """A query that cannot be run; the message is shown to the reader (Vietnamese)."""


@dataclass(frozen=True)
class QueryPlan:
    """The terms a query searches: groups of (field, term, boost), and pairs."""

    terms: tuple[str, ...]
    groups: tuple[tuple[tuple[str, str, float], ...], ...]
    pairs: tuple[tuple[str, str, float], ...]


@dataclass
class Filters:
    """Facet and date filters; every one given must hold."""

    provinces: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    date_from: str = ""
    date_to: str = ""

    def is_empty(self) -> bool:
        return not (
            self.provinces
            or self.leaders
            or self.topics
            or self.years
            or self.date_from
            or self.date_to
        )


@dataclass
class Hit:
    """One ranked result; `snippet` is escaped HTML with `<mark>` around matches."""

    source_id: str
    title: str
    url: str
    date: str
    provinces: list[str]
    score: float
    snippet: str = ""
    topics: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class SearchResult:
    """A page of hits, the total and facet counts over every matching document."""

    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    terms: list[str]
    _json: bytes | None = field(default=None, repr=False, compare=False)

    def json_bytes(self) -> bytes:
        """Return the result as UTF-8 JSON, encoded once (results are cached)."""
        if self._json is None:
            self._json = json.dumps(self.to_dict(), ensure_ascii=False).encode()
        return self._json

    def to_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "terms": self.terms,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {k: [list(p) for p in v] for k, v in self.facets.items()},
        }


def query_terms(text: str) -> list[str]:
    """Return the exact terms of a query (abbreviations expanded), in order."""
    text = _CONTROL.sub(" ", text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(MESSAGE_TOO_LONG)
    text = expand_abbreviations(prepare_text(text), loose_case=True)
    terms = exact_terms(text)
    if len(terms) > MAX_TERMS:
        raise QueryError(MESSAGE_TOO_MANY)
    return terms


Variants = Callable[[str, str], Iterable[str]]


def plan_query(text: str, variants: Variants) -> QueryPlan:
    """Plan the search for a query text (see the module docstring).

    `variants(field, folded)` names the indexed terms of a field that fold to
    `folded` (`hoa` -> `hòa`, `hóa`, `hoa`, …): each matches with the field's
    boost, the very term typed with `EXACT_BOOST` more.
    """
    terms = query_terms(text)
    groups = []
    for term in dict.fromkeys(terms):
        folded = fold_term(term)
        exact_boost = EXACT_BOOST_PLAIN if term == folded else EXACT_BOOST
        group = []
        for name, boost in FIELD_BOOSTS.items():
            for variant in sorted(variants(name, folded)):
                weight = boost * (exact_boost + 1) if variant == term else boost
                group.append((name, variant, weight))
        groups.append(tuple(group))
    pairs = tuple((PAIR_FIELD, p, PAIR_BOOST) for p in dict.fromkeys(pair_terms(terms)))
    tag_pairs = dict.fromkeys(exact_pair_terms(terms))
    pairs += tuple((TAG_PAIR_FIELD, p, TAG_PAIR_BOOST) for p in tag_pairs)
    return QueryPlan(tuple(terms), tuple(groups), pairs)


def whoosh_query(plan: QueryPlan, require_all: bool = True) -> Query:
    """Return the Whoosh query for a plan: all groups (or any), pairs optional."""
    groups = [Or([Term(f, t, boost=b) for f, t, b in group]) for group in plan.groups]
    if require_all and not all(plan.groups):
        # A syllable found nowhere: no document has every one.
        return NullQuery
    required: Query = And(groups) if require_all else Or(groups)
    if plan.pairs:
        return AndMaybe(required, Or([Term(f, t, boost=b) for f, t, b in plan.pairs]))
    return required


def _date_bound(value: str, end: bool) -> str:
    value = value.strip()
    if not value:
        return ""
    if not _DATE.match(value):
        raise QueryError(f"Ngày không hợp lệ: {value[:40]!r} (dạng YYYY-MM-DD).")
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value


def filter_query(filters: Filters) -> Query | None:
    """Return the Whoosh filter for facet and date filters, or None."""
    parts: list[Query] = []
    for name in FACET_FIELDS:
        for value in getattr(filters, name):
            value = nfc(value).strip()
            if len(value) > 200:
                raise QueryError("Giá trị bộ lọc quá dài.")
            parts.append(Term(name, value.replace(",", " ")))
    for year in filters.years:
        if not re.fullmatch(r"\d{4}", year.strip()):
            raise QueryError(f"Năm không hợp lệ: {year[:20]!r}.")
        parts.append(Term("year", year.strip()))
    start = _date_bound(filters.date_from, end=False)
    end = _date_bound(filters.date_to, end=True)
    if start or end:
        parts.append(TermRange("date", start or None, end or None))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def rank_key(score: float, docnum: int) -> tuple[int, int]:
    """Sort key of a hit: higher rounded score first, then lower document number.

    Rounded as JavaScript's `Math.round(score * 10 ** SCORE_DECIMALS)` does, so
    the browser ranks ties exactly the same way.
    """
    return (-math.floor(score * 10**SCORE_DECIMALS + 0.5), docnum)


def highlight(text: str, terms: list[str], limit: int = SNIPPET_CHARS) -> str:
    """Return an escaped snippet of text around the query terms, matches in `<mark>`."""
    exact = set(terms)
    folded = {fold_term(t) for t in terms}
    best: tuple[int, int, list[tuple[int, int]]] | None = None
    sentences = list(_SENTENCE.finditer(text))
    # The sentence with the most distinct query words wins; folding keeps NFC
    # text's length, so a regex over the folded text finds them cheaply and
    # only the winner is tokenized to place the marks.
    folded_text = fold_diacritics(text).lower()
    if folded and len(folded_text) == len(text):
        words = "|".join(re.escape(f) for f in sorted(folded))
        found = [
            (m.start(), m.group())
            for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", folded_text)
        ]
        starts = [position for position, _ in found]
        ranked_sentences = []
        for sentence in sentences:
            first = bisect.bisect_left(starts, sentence.start())
            last = bisect.bisect_left(starts, sentence.end())
            distinct = {word for _, word in found[first:last]}
            if distinct:
                ranked_sentences.append((-len(distinct), sentence.start(), sentence))
        candidates = [s for _, _, s in sorted(ranked_sentences, key=lambda r: r[:2])]
        # Abbreviations and glued words can fool the regex: try a few.
        candidates = candidates[:3] or sentences[:MAX_SNIPPET_SENTENCES]
    else:
        candidates = sentences[:MAX_SNIPPET_SENTENCES]
    for sentence in candidates:
        spans: list[tuple[int, int]] = []
        matched: set[str] = set()
        for word, start, end in iter_syllables(sentence.group()):
            term = canonical_tone(word.lower())
            if term in exact or fold_term(term) in folded:
                matched.add(fold_term(term))
                if not spans or spans[-1] != (start, end):
                    spans.append((sentence.start() + start, sentence.start() + end))
        if spans and (best is None or len(matched) > best[0]):
            best = (len(matched), sentence.start(), spans)
    if best is None:
        return html.escape(_cut(text, 0, limit))
    _, _sentence_start, spans = best
    start = max(0, spans[0][0] - limit // 4)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + limit)
    pieces, position = [], start
    for s, e in spans:
        if s < position or e > end:
            continue
        pieces += [
            html.escape(text[position:s]),
            "<mark>",
            html.escape(text[s:e]),
            "</mark>",
        ]
        position = e
    pieces.append(html.escape(text[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(pieces).strip() + suffix


def _cut(text: str, start: int, limit: int) -> str:
    piece = text[start : start + limit]
    return piece + (" …" if len(text) > start + limit else "")


class SearchIndex:
    """The archive's Whoosh index, opened once; `search` is safe from many threads."""

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self.ix = open_index(self.index_dir)
        self._weighting = BM25F(B=BM25_B, K1=BM25_K1)
        self._pool: queue.SimpleQueue = queue.SimpleQueue()
        self._cache: OrderedDict[tuple, SearchResult] = OrderedDict()
        self._running: dict[tuple, threading.Event] = {}
        self._cache_lock = threading.Lock()
        # Stored fields of every document, read once: facet counts and hits need
        # them for thousands of documents per query.
        with self.ix.searcher() as searcher:
            reader = searcher.reader()
            self._stored: dict[int, dict[str, object]] = {
                docnum: {k: v for k, v in fields.items() if k != "text_zlib"}
                for docnum, fields in reader.iter_docs()
            }
            slots = reader.doc_count_all()
            # Documents an incremental update deleted keep their numbers.
            self._deleted = {d for d in range(slots) if reader.is_deleted(d)}
            # Field lengths as BM25 sees them (quantised), for scoring in Python.
            self._lengths = {
                name: [searcher.doc_field_length(d, name, 1) for d in range(slots)]
                for name in SCORED_FIELDS
            }
            live = read_live_stats(self.index_dir)
            if live is None:  # an index without them has no deletions
                live = {
                    "live": slots,
                    "avgfl": {
                        n: searcher.avg_field_length(n) or 1 for n in SCORED_FIELDS
                    },
                }
            self.doc_count = int(live["live"])
            self._avgfl = {name: float(live["avgfl"][name]) for name in SCORED_FIELDS}
            # Folded form -> the exact terms of each field that fold to it.
            self._variants: dict[str, dict[str, list[str]]] = {}
            for name in TEXT_FIELDS:
                by_fold: dict[str, list[str]] = {}
                for raw in reader.lexicon(name):
                    term = raw.decode("utf-8")
                    by_fold.setdefault(fold_term(term), []).append(term)
                self._variants[name] = by_fold
        self._facet_docs: dict[str, dict[str, set[int]]] = {
            name: {} for name in (*FACET_FIELDS, "year")
        }
        # Each document's (facet, value) pairs, counted for every result list.
        self._doc_facets: dict[int, list[tuple[str, str]]] = {}
        for docnum, stored in self._stored.items():
            pairs = [(n, v) for n in FACET_FIELDS for v in _split(stored.get(n))]
            if stored.get("year"):
                pairs.append(("year", str(stored["year"])))
            for name, value in pairs:
                self._facet_docs[name].setdefault(value, set()).add(docnum)
            self._doc_facets[docnum] = pairs
        self._term_scores: dict[tuple[str, str], tuple[list[int], list[float]]] = {}

    def variants(self, fieldname: str, folded: str) -> list[str]:
        """Return the indexed terms of a field that fold to `folded`."""
        return self._variants.get(fieldname, {}).get(folded, [])

    def plan(self, text: str) -> QueryPlan:
        """Plan a query against this index's terms."""
        return plan_query(text, self.variants)

    @contextmanager
    def _searcher(self):  # -> whoosh.searching.Searcher
        """Lend a searcher from the pool: one thread at a time uses each one."""
        try:
            searcher = self._pool.get_nowait()
        except queue.Empty:
            searcher = self.ix.searcher(weighting=self._weighting)
        try:
            yield searcher
        finally:
            self._pool.put(searcher)

    def close(self) -> None:
        """Close the pooled searchers' files (a reopened index replaces this one).

        A searcher lent out now is closed by the garbage collector once returned.
        """
        while True:
            try:
                self._pool.get_nowait().close()
            except queue.Empty:
                return

    def ranked(
        self, text: str, filters: Filters | None = None
    ) -> tuple[list[tuple[int, float]], list[str]]:
        """Return every matching `(docnum, score)` in rank order, and the terms.

        Scores are those of `whoosh_query` under Whoosh's BM25F (tests hold the
        two equal), summed here from each term's scored postings, which a
        read-only index computes once: Whoosh's matchers cost 30-75 ms a query.
        """
        filters = filters or Filters()
        plan = self.plan(text)
        filter_query(filters)  # validates the filters (QueryError)
        allowed = self._allowed_docs(filters)
        if not plan.groups:
            if allowed is None:
                raise QueryError(MESSAGE_EMPTY)
            # Without words, the newest articles first.
            docnums = sorted(
                allowed, key=lambda d: (str(self._stored[d].get("date", "")), -d)
            )
            return [(d, 0.0) for d in reversed(docnums)], []
        group_scores = [self._score_variants(group) for group in plan.groups]
        total: dict[int, float] = {}
        for require_all in (True, False):
            total = {}
            for index, scores in enumerate(group_scores):
                if require_all and index > 0:
                    total = {d: s + scores[d] for d, s in total.items() if d in scores}
                    continue
                for docnum, score in scores.items():
                    if allowed is None or docnum in allowed:
                        total[docnum] = total.get(docnum, 0.0) + score
            if total or len(plan.groups) == 1:
                break
        for docnum, score in self._score_variants(plan.pairs).items():
            if docnum in total:
                total[docnum] += score
        scored = sorted(total.items(), key=lambda pair: rank_key(pair[1], pair[0]))
        return scored, list(plan.terms)

    def _score_variants(self, variants: Iterable[tuple[str, str, float]]) -> dict:
        """Return docnum -> summed score of an Or of boosted terms."""
        scores: dict[int, float] = {}
        for fieldname, term, boost in variants:
            docnums, term_scores = self._scored_postings(fieldname, term)
            for docnum, score in zip(docnums, term_scores, strict=True):
                scores[docnum] = scores.get(docnum, 0.0) + score * boost
        return scores

    def _scored_postings(self, fieldname: str, term: str) -> tuple[list, list]:
        """Return a term's docnums and BM25F scores (before boost), cached."""
        key = (fieldname, term)
        cached = self._term_scores.get(key)
        if cached is not None:
            return cached
        with self._searcher() as searcher:
            reader = searcher.reader()
            raw = term.encode("utf-8")
            items = (
                [
                    (docnum, weight)
                    for docnum, weight in reader.postings(fieldname, raw).items_as(
                        "weight"
                    )
                    if docnum not in self._deleted
                ]
                if (fieldname, raw) in reader
                else []
            )
        idf = math.log(self.doc_count / (len(items) + 1)) + 1
        lengths, avgfl = self._lengths[fieldname], self._avgfl[fieldname]
        docnums = [docnum for docnum, _ in items]
        scores = [
            bm25(idf, weight, lengths[docnum], avgfl, BM25_B, BM25_K1)
            for docnum, weight in items
        ]
        if len(self._term_scores) >= TERM_CACHE_SIZE:
            self._term_scores.clear()  # crude, and rare: the vocabulary is finite
        self._term_scores[key] = (docnums, scores)
        return docnums, scores

    def warm(self, postings_budget: int = WARM_POSTINGS) -> int:
        """Score the most frequent terms' postings ahead of the first queries.

        A server's first queries would otherwise each read their common terms
        from disk while twenty clients wait. Returns the terms warmed.
        """
        with self._searcher() as searcher:
            reader = searcher.reader()
            frequent = sorted(
                (
                    (-info.doc_frequency(), name, text)
                    for name in SCORED_FIELDS
                    for text, info in reader.iter_field(name)
                ),
            )
        spent = warmed = 0
        for negative_df, name, text in frequent:
            if spent - negative_df > postings_budget:
                break
            spent -= negative_df
            term = text.decode("utf-8") if isinstance(text, bytes) else text
            self._scored_postings(name, term)
            warmed += 1
        return warmed

    def _allowed_docs(self, filters: Filters) -> set[int] | None:
        """Return the documents every filter allows, or None without filters."""
        sets: list[set[int]] = []
        for name in FACET_FIELDS:
            for value in getattr(filters, name):
                value = nfc(value).strip().replace(",", " ")
                sets.append(self._facet_docs[name].get(value, set()))
        for year in filters.years:
            sets.append(self._facet_docs["year"].get(year.strip(), set()))
        start = _date_bound(filters.date_from, end=False)
        end = _date_bound(filters.date_to, end=True)
        if start or end:
            sets.append(
                {
                    d
                    for d, stored in self._stored.items()
                    if (date := str(stored.get("date", "")))
                    and (not start or date >= start)
                    and (not end or date <= end)
                }
            )
        if not sets:
            return None
        return set.intersection(*sets)

    def search(
        self,
        text: str,
        filters: Filters | None = None,
        page: int = 1,
        per_page: int = PER_PAGE,
    ) -> SearchResult:
        """Run a query: a page of hits with snippets, the total and facet counts."""
        if not 1 <= page <= MAX_PAGE:
            raise QueryError(f"Số trang phải từ 1 đến {MAX_PAGE}.")
        if not 1 <= per_page <= 100:
            raise QueryError("Số kết quả mỗi trang phải từ 1 đến 100.")
        filters = filters or Filters()
        key = (
            text,
            tuple(tuple(getattr(filters, name)) for name in _LIST_FILTERS),
            filters.date_from,
            filters.date_to,
            page,
            per_page,
        )
        return self._cached_search(key)

    def _cached_search(self, key: tuple) -> SearchResult:
        """Answer from the result cache; identical queries in flight run once."""
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            running = self._running.get(key)
            if running is None:
                running = self._running[key] = threading.Event()
                owner = True
            else:
                owner = False
        if not owner:
            running.wait()
            with self._cache_lock:
                if key in self._cache:
                    return self._cache[key]
            return self._search_uncached(key)  # the first run failed: try ourselves
        try:
            result = self._search_uncached(key)
            with self._cache_lock:
                self._cache[key] = result
                if len(self._cache) > RESULT_CACHE_SIZE:
                    self._cache.popitem(last=False)
            return result
        finally:
            with self._cache_lock:
                del self._running[key]
            running.set()

    def _search_uncached(self, key: tuple) -> SearchResult:
        text, lists, date_from, date_to, page, per_page = key
        filters = Filters(
            **{name: list(v) for name, v in zip(_LIST_FILTERS, lists, strict=True)},
            date_from=date_from,
            date_to=date_to,
        )
        first = (page - 1) * per_page
        ranked, terms = self.ranked(text, filters)
        hits = []
        for docnum, score in ranked[first : first + per_page]:
            stored = self._stored[docnum]
            with self._searcher() as searcher:
                body = stored_text(searcher.stored_fields(docnum))
            hits.append(
                Hit(
                    source_id=str(stored.get("source_id", "")),
                    title=str(stored.get("title_display", "")),
                    url=str(stored.get("url", "")),
                    date=str(stored.get("date", "")),
                    provinces=_split(stored.get("provinces")),
                    score=round(score, SCORE_DECIMALS),
                    snippet=highlight(body, terms)
                    if terms
                    else html.escape(_cut(body, 0, SNIPPET_CHARS)),
                    topics=_split(stored.get("topics")),
                    leaders=_split(stored.get("leaders")),
                )
            )
        return SearchResult(
            query=text,
            total=len(ranked),
            page=page,
            per_page=per_page,
            hits=hits,
            facets=self._facet_counts(d for d, _ in ranked),
            terms=terms,
        )

    def _facet_counts(self, docnums) -> dict[str, list[tuple[str, int]]]:
        counts = Counter(
            chain.from_iterable(self._doc_facets[docnum] for docnum in docnums)
        )
        by_name: dict[str, list[tuple[str, int]]] = {
            name: [] for name in (*FACET_FIELDS, "year")
        }
        for (name, value), count in counts.items():
            by_name[name].append((value, count))
        return {
            name: sorted(values, key=lambda kv: (-kv[1], kv[0]))[:FACET_LIMIT]
            for name, values in by_name.items()
        }


def _split(value: object) -> list[str]:
    return [v for v in str(value or "").split(",") if v]
