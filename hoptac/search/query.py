"""Turn what a reader types into a ranked, filtered, paginated Whoosh search.

The query is planned first (`plan_query`) as slots, one a word of the query:

- a syllable typed with diacritics matches that syllable only (tone placement
  and case aside: `hoà` = `hòa`); one typed without marks matches every
  indexed syllable that folds to it, the unmarked one boosted;
- quoted text is a phrase: its syllables, side by side (their adjacent folded
  pairs must be indexed together);
- an abbreviation the archive taught us (`UBKT`, `PCCC`, `VH-TT&DL`), or the
  name it stands for, is one slot with every way of writing it as
  alternatives (`hoptac.search.abbreviations`), each written name a phrase.

A document's score is the sum, slot by slot, of its best alternative's BM25F
(Whoosh's, over every text field), plus the adjacent pairs of the query found
in its text and in its tags (place and leader names). Documents matching
every slot come first, then those matching fewer. The browser runtime
reproduces exactly this from the exported index (`search/rules.js`, tested
under Node). No query syntax other than quotes is interpreted, so no input
can make the parser fail.
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

from whoosh.query import And, AndMaybe, NullQuery, Or, Query, Require, Term, TermRange
from whoosh.scoring import BM25F, bm25

from hoptac.facets import FACETS, resolve_value, tag_facets
from hoptac.search.abbreviations import alternatives_by_first_fold, read_alternatives
from hoptac.search.analysis import (
    PAIR_SEPARATOR,
    exact_term,
    exact_terms,
    fold_term,
    iter_syllables,
    prepare_text,
)
from hoptac.search.index import (
    COOPERATION_FIELD,
    COOPERATION_KINDS,
    COUNTED_FIELDS,
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
    LOOSE_CASE_MIN_LETTERS,
    canonical_tone,
    fold_diacritics,
    nfc,
)

logger = logging.getLogger(__name__)

# Ranking table (rendered into the browser's rules; change both by changing this).
# Tags weigh like the body: the tagger also finds places a text only implies
# (a district, `Đà Lạt`), and a reader's words should be in the text.
FIELD_BOOSTS = {"title": 2.0, "summary": 1.5, "body": 1.0, "tags": 1.0}
EXACT_BOOST = 5.0  # a syllable typed with its marks, found with them
# A query syllable typed without marks (`phong`) matching the same unmarked
# syllable is weaker evidence: readers drop marks, so `ha` is usually `Hà`.
EXACT_BOOST_PLAIN = 2.0
# ... unless the reader typed marks elsewhere in the query (`Nguyễn Văn
# Phong`): then an unmarked syllable is most likely meant as written.
TAG_PAIR_BOOST = 5.0  # the article is tagged with the name typed
PAIR_BOOST = 60.0  # syllables side by side: the strongest sign of a word
BM25_B = 0.75
BM25_K1 = 1.2
SCORE_DECIMALS = 6  # scores are compared rounded, so summation order cannot matter
# Quotes that open or close a phrase (straight, curly, guillemets).
QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb'
SORTS = ("relevance", "newest", "oldest")

TERM_CACHE_SIZE = 50_000  # scored postings of (field, term)
WARM_POSTINGS = 1_000_000  # postings a server scores before it answers
RESULT_CACHE_SIZE = 1024  # repeated queries (a busy site's usual ones) cost nothing
# Every facet's `Filters` attribute (`hoptac.facets`), in registry order.
_LIST_FILTERS = tuple(facet.filter for facet in FACETS)
# Facets filtered by a list of tags (the year and cooperation have their own).
LIST_FACETS = tag_facets()
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
MESSAGE_BAD_SORT = "Cách sắp xếp không hợp lệ (relevance, newest hoặc oldest)."
MESSAGE_BAD_COOPERATION = (
    "Loại hợp tác không hợp lệ (any, visit, agreement, support hoặc linkage)."
)
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


class QueryError(ValueError):
    """A query that cannot be run; the message is shown to the reader (Vietnamese)."""


Group = tuple[tuple[str, str, float], ...]  # (field, term, boost): any may match


@dataclass(frozen=True)
class Alternative:
    """One way a slot can match: every group, and its syllables side by side."""

    groups: tuple[Group, ...]
    # Each adjacent pair of a phrase or name: the (field, term)s that hold it
    # (folded in the text, or in a tag); a document must hold one of each.
    pairs: tuple[tuple[tuple[str, str], ...], ...]


@dataclass(frozen=True)
class QueryPlan:
    """What a query searches: slots (alternatives), the terms to highlight, and
    the bonus pairs of adjacent query syllables."""

    terms: tuple[str, ...]
    slots: tuple[tuple[Alternative, ...], ...]
    pairs: tuple[tuple[str, str, float], ...]

    @property
    def groups(self) -> tuple[Group, ...]:
        """Every group of every slot (for tests and the empty-query check)."""
        return tuple(g for slot in self.slots for alt in slot for g in alt.groups)


@dataclass(frozen=True)
class QueryToken:
    """One syllable of a query: its exact term, as written, and its phrase."""

    term: str
    written: str
    phrase: int | None  # the quoted segment it belongs to


@dataclass
class Filters:
    """Facet, cooperation and date filters; every one given must hold.

    One list per facet of the registry (`hoptac.facets.FACETS`, its `filter`).
    """

    provinces: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    date_from: str = ""
    date_to: str = ""
    cooperation: str = ""  # "", "any" or one of COOPERATION_KINDS

    def is_empty(self) -> bool:
        return not (
            any(getattr(self, facet.filter) for facet in FACETS)
            or self.date_from
            or self.date_to
            or self.cooperation
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
    cooperation: str = ""
    complete: bool = True  # the article has every word of the query

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class SearchResult:
    """A page of hits, the totals and facet counts over every matching document.

    `total` counts every article found; `complete` those with every word of
    the query (they come first).
    """

    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    terms: list[str]
    complete: int = 0
    sort: str = "relevance"
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
            "complete": self.complete,
            "page": self.page,
            "per_page": self.per_page,
            "sort": self.sort,
            "terms": self.terms,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {k: [list(p) for p in v] for k, v in self.facets.items()},
        }


@dataclass
class Ranking:
    """Every matching `(docnum, score)` in order, how many match every slot, terms."""

    hits: list[tuple[int, float]]
    complete: int
    terms: list[str]


def query_tokens(text: str) -> list[QueryToken]:
    """Return the syllables of a query in order (abbreviations of the hand list
    expanded), each with the quoted phrase it is in, if any."""
    text = _CONTROL.sub(" ", text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(MESSAGE_TOO_LONG)
    text = prepare_text(text)
    segments = re.split(f"[{QUOTES}]", text)
    # An unbalanced quote opens nothing: the text after it is plain words.
    quoted_last = len(segments) % 2 == 0
    tokens: list[QueryToken] = []
    for index, segment in enumerate(segments):
        inside = index % 2 == 1 and not (quoted_last and index == len(segments) - 1)
        for word, _start, _end in iter_syllables(segment, loose_case=True):
            tokens.append(QueryToken(exact_term(word), word, index if inside else None))
    if len(tokens) > MAX_TERMS:
        raise QueryError(MESSAGE_TOO_MANY)
    return tokens


def query_terms(text: str) -> list[str]:
    """Return the exact terms of a query (abbreviations expanded), in order."""
    return [token.term for token in query_tokens(text)]


def syllable_matches(typed: str, indexed: str) -> bool:
    """Whether an indexed syllable answers a typed one (see the module docstring)."""
    if typed == indexed:
        return True
    return typed == fold_term(typed) and fold_term(indexed) == typed


Variants = Callable[[str, str], Iterable[str]]
Concepts = Callable[[str], Iterable[list[list[str]]]]


def term_group(term: str, variants: Variants, plain_boost: float) -> Group:
    """Return the (field, indexed term, boost) a query syllable matches."""
    folded = fold_term(term)
    plain = term == folded
    group = []
    for name, boost in FIELD_BOOSTS.items():
        found = variants(name, folded)
        if plain:
            for variant in sorted(found):
                weight = boost * (plain_boost + 1) if variant == term else boost
                group.append((name, variant, weight))
        elif term in found:
            group.append((name, term, boost * (EXACT_BOOST + 1)))
    return tuple(group)


def _alternative(terms: list[str], variants: Variants, plain_boost: float):
    unique = list(dict.fromkeys(terms))
    groups = tuple(term_group(t, variants, plain_boost) for t in unique)
    pairs = []
    for first, second in dict.fromkeys(zip(terms, terms[1:], strict=False)):
        # Side by side in the text, or in a tag (the article is tagged with
        # the place or the leader named).
        folded = fold_term(first) + PAIR_SEPARATOR + fold_term(second)
        options = [(PAIR_FIELD, folded)]
        for variant in sorted(variants(TAG_PAIR_FIELD, folded)):
            a, _, b = variant.partition(PAIR_SEPARATOR)
            if syllable_matches(first, a) and syllable_matches(second, b):
                options.append((TAG_PAIR_FIELD, variant))
        pairs.append(tuple(options))
    return Alternative(groups, tuple(pairs))


def _name_at(tokens: list[QueryToken], start: int, names: Concepts) -> int:
    """Return how many tokens from start spell a name the archive tags (0: none)."""
    best = 0
    for (terms,) in names(fold_term(tokens[start].term)):
        size = len(terms)
        window = tokens[start : start + size]
        if size <= best or len(window) < size:
            continue
        if any(t.phrase is not None for t in window):
            continue
        if all(syllable_matches(t.term, a) for t, a in zip(window, terms, strict=True)):
            best = size
    return best


def _concept_at(
    tokens: list[QueryToken], start: int, concepts: Concepts
) -> tuple[list[list[str]], int] | None:
    """Return the concept written at tokens[start] (longest first), and its length."""
    best: tuple[list[list[str]], int] | None = None
    for alternatives in concepts(fold_term(tokens[start].term)):
        for alt in alternatives:
            size = len(alt)
            if start + size > len(tokens) or (best and size <= best[1]):
                continue
            window = tokens[start : start + size]
            if any(t.phrase is not None for t in window):
                continue
            if not all(
                syllable_matches(t.term, a) for t, a in zip(window, alt, strict=True)
            ):
                continue
            # A short form (`CA`) typed in lower case is a syllable, not it.
            short = size == 1 and len(alt[0]) < LOOSE_CASE_MIN_LETTERS
            if short and not window[0].written.isupper():
                continue
            best = (alternatives, size)
    return best


def plan_query(
    text: str,
    variants: Variants,
    concepts: Concepts,
    names: Concepts = lambda folded: (),
) -> QueryPlan:
    """Plan the search for a query text (see the module docstring).

    `variants(field, folded)` names the indexed terms of a field that fold to
    `folded`; `concepts(folded)` the abbreviation concepts with a way of
    writing that starts with a syllable folding to it; `names(folded)` the
    places and leaders the archive tags (as `[terms]`) starting so, which
    are searched as phrases.
    """
    tokens = query_tokens(text)
    marked = any(t.term != fold_term(t.term) for t in tokens)
    plain_boost = EXACT_BOOST if marked else EXACT_BOOST_PLAIN
    slots: list[tuple[Alternative, ...]] = []
    seen: set[tuple] = set()
    highlight: list[str] = [t.term for t in tokens]
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token.phrase is not None:
            size = 1
            while (
                position + size < len(tokens)
                and tokens[position + size].phrase == token.phrase
            ):
                size += 1
            words = [[t.term for t in tokens[position : position + size]]]
        else:
            found = _concept_at(tokens, position, concepts)
            words, size = found if found else ([[token.term]], 1)
            name_size = _name_at(tokens, position, names)
            if name_size > size:  # a place or leader: a phrase of what was typed
                size = name_size
                words = [[t.term for t in tokens[position : position + size]]]
        position += size
        key = tuple(tuple(w) for w in words)
        if key in seen:
            continue
        seen.add(key)
        slots.append(tuple(_alternative(w, variants, plain_boost) for w in words))
        if len(words) > 1:  # every spelling of an abbreviation is marked
            highlight += [term for w in words for term in w]
    typed = [t.term for t in tokens]
    pairs: list[tuple[str, str, float]] = []
    for first, second in dict.fromkeys(zip(typed, typed[1:], strict=False)):
        folded = fold_term(first) + PAIR_SEPARATOR + fold_term(second)
        pairs.append((PAIR_FIELD, folded, PAIR_BOOST))
        for variant in sorted(variants(TAG_PAIR_FIELD, folded)):
            a, _, b = variant.partition(PAIR_SEPARATOR)
            if syllable_matches(first, a) and syllable_matches(second, b):
                # As for syllables, the spelling typed comes first.
                same = (a == first) + (b == second)
                weight = TAG_PAIR_BOOST * (1 + plain_boost * same * same / 4)
                pairs.append((TAG_PAIR_FIELD, variant, weight))
    return QueryPlan(tuple(dict.fromkeys(highlight)), tuple(slots), tuple(pairs))


def whoosh_query(plan: QueryPlan) -> Query:
    """Return the Whoosh query of a plan's complete matches (one-way slots only).

    Scores equal ours: a slot's groups are summed, its pairs only required,
    and the bonus pairs optional. Slots of several alternatives (abbreviations)
    take the best alternative, which Whoosh cannot say; tests skip them.
    """
    parts: list[Query] = []
    for slot in plan.slots:
        if len(slot) != 1:
            raise ValueError("whoosh_query: a slot with alternatives")
        groups = [Or([Term(f, t, boost=b) for f, t, b in g]) for g in slot[0].groups]
        if not all(slot[0].groups):
            return NullQuery
        part: Query = And(groups) if len(groups) > 1 else groups[0]
        if slot[0].pairs:
            held = [Or([Term(f, t) for f, t in options]) for options in slot[0].pairs]
            part = Require(part, And(held))
        parts.append(part)
    required: Query = And(parts) if len(parts) > 1 else parts[0]
    if plan.pairs:
        bonus = Or([Term(f, t, boost=b) for f, t, b in plan.pairs])
        return AndMaybe(required, bonus)
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
    for facet in LIST_FACETS:
        for value in getattr(filters, facet.filter):
            value = nfc(value).strip()
            if len(value) > 200:
                raise QueryError("Giá trị bộ lọc quá dài.")
            value = resolve_value(facet.field, value)
            parts.append(Term(facet.field, value.replace(",", " ")))
    for year in filters.years:
        if not re.fullmatch(r"\d{4}", year.strip()):
            raise QueryError(f"Năm không hợp lệ: {year[:20]!r}.")
        parts.append(Term("year", year.strip()))
    start = _date_bound(filters.date_from, end=False)
    end = _date_bound(filters.date_to, end=True)
    if start or end:
        parts.append(TermRange("date", start or None, end or None))
    kinds = cooperation_kinds(filters.cooperation)
    if kinds:
        parts.append(Or([Term(COOPERATION_FIELD, kind) for kind in kinds]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def cooperation_kinds(value: str) -> tuple[str, ...]:
    """Return the kinds a cooperation filter allows (none: no filter)."""
    value = (value or "").strip().lower()
    if not value:
        return ()
    if value == "any":
        return COOPERATION_KINDS
    if value in COOPERATION_KINDS:
        return (value,)
    raise QueryError(MESSAGE_BAD_COOPERATION)


def check_sort(sort: str) -> str:
    """Return a valid sort name, or raise QueryError."""
    sort = (sort or "relevance").strip().lower()
    if sort not in SORTS:
        raise QueryError(MESSAGE_BAD_SORT)
    return sort


def rank_key(score: float, docnum: int) -> tuple[int, int]:
    """Sort key of a hit: higher rounded score first, then lower document number.

    Rounded as JavaScript's `Math.round(score * 10 ** SCORE_DECIMALS)` does, so
    the browser ranks ties exactly the same way.
    """
    return (-math.floor(score * 10**SCORE_DECIMALS + 0.5), docnum)


def highlight(text: str, terms: list[str], limit: int = SNIPPET_CHARS) -> str:
    """Return an escaped snippet of text around the query terms, matches in `<mark>`.

    A term typed with marks is marked where it is written so; one typed
    without, wherever a syllable folds to it (`syllable_matches`).
    """
    exact = set(terms)
    loose = {t for t in terms if t == fold_term(t)}
    folded = {fold_term(t) for t in terms}
    best: tuple[int, int, list[tuple[int, int]]] | None = None
    sentences = list(_SENTENCE.finditer(text))
    # The sentence with the most distinct query words wins; folding keeps NFC
    # text's length, so a regex over the folded text finds them cheaply and
    # only the best few are tokenized to place the marks.
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
        # Folded words other than the typed ones, abbreviations and glued
        # words can fool the regex: try several.
        candidates = (
            candidates[:MAX_SNIPPET_SENTENCES] or sentences[:MAX_SNIPPET_SENTENCES]
        )
    else:
        candidates = sentences[:MAX_SNIPPET_SENTENCES]
    for sentence in candidates:
        spans: list[tuple[int, int]] = []
        matched: set[str] = set()
        for word, start, end in iter_syllables(sentence.group()):
            term = canonical_tone(word.lower())
            if term in exact or fold_term(term) in loose:
                matched.add(term)
                if not spans or spans[-1] != (start, end):
                    spans.append((sentence.start() + start, sentence.start() + end))
        if spans and (best is None or len(matched) > best[0]):
            best = (len(matched), sentence.start(), spans)
    if best is None:
        return html.escape(_cut(text, 0, limit))
    _, _sentence_start, spans = best
    start = max(0, spans[0][0] - limit // 4)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = word_end(text, start, limit)
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


def word_end(text: str, start: int, limit: int) -> int:
    """Return where a snippet from start ends: at most limit, never inside a word."""
    end = start + limit
    if end >= len(text):
        return len(text)
    space = max(text.rfind(" ", start, end + 1), text.rfind("\n", start, end + 1))
    return space if space > start + limit // 2 else end


def _cut(text: str, start: int, limit: int) -> str:
    end = word_end(text, start, limit)
    return text[start:end].rstrip() + (" …" if len(text) > end else "")


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
            for name in (*TEXT_FIELDS, TAG_PAIR_FIELD):
                by_fold: dict[str, list[str]] = {}
                for raw in reader.lexicon(name):
                    term = raw.decode("utf-8")
                    by_fold.setdefault(fold_term(term), []).append(term)
                self._variants[name] = by_fold
        self._concepts = alternatives_by_first_fold(read_alternatives(self.index_dir))
        self._facet_docs: dict[str, dict[str, set[int]]] = {
            name: {} for name in COUNTED_FIELDS
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
        self._names = tagged_names(
            list(self._facet_docs["provinces"]) + list(self._facet_docs["leaders"])
        )

    def variants(self, fieldname: str, folded: str) -> list[str]:
        """Return the indexed terms of a field that fold to `folded`."""
        return self._variants.get(fieldname, {}).get(folded, [])

    def concepts(self, folded: str) -> list[list[list[str]]]:
        """Return the abbreviation concepts with a way of writing starting so."""
        return self._concepts.get(folded, [])

    def names(self, folded: str) -> list[list[list[str]]]:
        """Return the tagged places and leaders whose first syllable folds so."""
        return self._names.get(folded, [])

    def plan(self, text: str) -> QueryPlan:
        """Plan a query against this index's terms."""
        return plan_query(text, self.variants, self.concepts, self.names)

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
        self, text: str, filters: Filters | None = None, sort: str = "relevance"
    ) -> tuple[list[tuple[int, float]], list[str]]:
        """Return every matching `(docnum, score)` in rank order, and the terms."""
        ranking = self.rank(text, filters, sort)
        return ranking.hits, ranking.terms

    def rank(
        self, text: str, filters: Filters | None = None, sort: str = "relevance"
    ) -> Ranking:
        """Return every matching document in order (see the module docstring).

        Scores are those of `whoosh_query` under Whoosh's BM25F (tests hold the
        two equal), summed here from each term's scored postings, which a
        read-only index computes once: Whoosh's matchers cost 30-75 ms a query.
        """
        filters = filters or Filters()
        sort = check_sort(sort)
        plan = self.plan(text)
        filter_query(filters)  # validates the filters (QueryError)
        allowed = self._allowed_docs(filters)
        if not plan.slots:
            if allowed is None:
                raise QueryError(MESSAGE_EMPTY)
            # Without words, the newest articles first (or the oldest).
            docnums = sorted(allowed, key=lambda d: self._date_key(d, sort, 0.0))
            return Ranking([(d, 0.0) for d in docnums], len(docnums), [])
        total: dict[int, float] = {}
        matched: dict[int, int] = {}
        for slot in plan.slots:
            for docnum, score in self._score_slot(slot).items():
                if allowed is None or docnum in allowed:
                    total[docnum] = total.get(docnum, 0.0) + score
                    matched[docnum] = matched.get(docnum, 0) + 1
        for docnum, score in self._score_variants(plan.pairs).items():
            if docnum in total:
                total[docnum] += score
        slots = len(plan.slots)
        if sort == "relevance":
            order = sorted(
                total.items(),
                key=lambda pair: (
                    -matched[pair[0]],
                    *rank_key(pair[1], pair[0]),
                ),
            )
        else:
            order = sorted(
                total.items(),
                key=lambda pair: (
                    matched[pair[0]] != slots,
                    *self._date_key(pair[0], sort, pair[1]),
                ),
            )
        complete = sum(1 for count in matched.values() if count == slots)
        return Ranking(order, complete, list(plan.terms))

    def _date_key(self, docnum: int, sort: str, score: float) -> tuple:
        """Sort key by date (undated last), then by relevance."""
        date = str(self._stored[docnum].get("date", ""))
        if sort == "oldest":
            return (not date, date, *rank_key(score, docnum))
        # Newest first: the date's characters inverted sort descending.
        inverted = "".join(chr(0x7F - ord(c)) for c in date)
        return (not date, inverted, *rank_key(score, docnum))

    def _score_slot(self, slot: tuple[Alternative, ...]) -> dict[int, float]:
        """Return docnum -> the best score of a slot's alternatives it matches."""
        best: dict[int, float] = {}
        for alternative in slot:
            group_scores = [self._score_variants(g) for g in alternative.groups]
            if not group_scores or not all(group_scores):
                continue
            docs = set(min(group_scores, key=len))
            for scores in group_scores:
                docs.intersection_update(scores)
            for options in alternative.pairs:
                holders: set[int] = set()
                for fieldname, term in options:
                    holders.update(self._scored_postings(fieldname, term)[0])
                if holders:  # a pair found in one article only is not indexed
                    docs.intersection_update(holders)
            for docnum in docs:
                score = 0.0
                for scores in group_scores:
                    score += scores[docnum]
                if docnum not in best or score > best[docnum]:
                    best[docnum] = score
        return best

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
        for facet in LIST_FACETS:
            for value in getattr(filters, facet.filter):
                value = resolve_value(facet.field, nfc(value).strip())
                value = value.replace(",", " ")
                sets.append(self._facet_docs[facet.field].get(value, set()))
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
        kinds = cooperation_kinds(filters.cooperation)
        if kinds:
            facet = self._facet_docs[COOPERATION_FIELD]
            sets.append(set().union(*(facet.get(kind, set()) for kind in kinds)))
        if not sets:
            return None
        return set.intersection(*sets)

    def search(
        self,
        text: str,
        filters: Filters | None = None,
        page: int = 1,
        per_page: int = PER_PAGE,
        sort: str = "relevance",
    ) -> SearchResult:
        """Run a query: a page of hits with snippets, the totals and facet counts."""
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
            filters.cooperation,
            page,
            per_page,
            check_sort(sort),
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
        text, lists, date_from, date_to, cooperation, page, per_page, sort = key
        filters = Filters(
            **{name: list(v) for name, v in zip(_LIST_FILTERS, lists, strict=True)},
            date_from=date_from,
            date_to=date_to,
            cooperation=cooperation,
        )
        first = (page - 1) * per_page
        ranking = self.rank(text, filters, sort)
        ranked, terms = ranking.hits, ranking.terms
        hits = []
        for rank, (docnum, score) in enumerate(ranked[first : first + per_page]):
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
                    cooperation=str(stored.get(COOPERATION_FIELD, "")),
                    complete=first + rank < ranking.complete,
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
            complete=ranking.complete,
            sort=sort,
        )

    def _facet_counts(self, docnums) -> dict[str, list[tuple[str, int]]]:
        counts = Counter(
            chain.from_iterable(self._doc_facets[docnum] for docnum in docnums)
        )
        by_name: dict[str, list[tuple[str, int]]] = {
            name: [] for name in COUNTED_FIELDS
        }
        for (name, value), count in counts.items():
            by_name[name].append((value, count))
        return {name: facet_order(name, values) for name, values in by_name.items()}


def tagged_names(values: Iterable[str]) -> dict[str, list[list[list[str]]]]:
    """Return folded first syllable -> the names of several syllables, sorted.

    The browser builds the same from `facets.js` (`search.js`).
    """
    by_first: dict[str, list[list[list[str]]]] = {}
    for terms in sorted({tuple(exact_terms(v)) for v in values}, key=" ".join):
        if len(terms) > 1:
            by_first.setdefault(fold_term(terms[0]), []).append([list(terms)])
    return by_first


def facet_order(name: str, values: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Return a facet's values as shown: years newest first, others by count."""
    if name == "year":
        return sorted(values, reverse=True)[:FACET_LIMIT]
    return sorted(values, key=lambda kv: (-kv[1], kv[0]))[:FACET_LIMIT]


def _split(value: object) -> list[str]:
    return [v for v in str(value or "").split(",") if v]
