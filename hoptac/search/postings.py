"""The inverted index in memory, and its Whoosh segment written in one pass.

Whoosh's own writer spools every posting through a sorting pool and re-counts
terms we have already counted: 34 s of a 46 s build of 2,655 articles went
there. We hold each field's terms already, so we invert them here and hand
Whoosh's codec whole posting lists, sorted (`hoptac.compat.whoosh` holds the
Whoosh internals that takes, for the releases it was tested on; with another
release the documents go through Whoosh's own writer). Either way the result
is an ordinary Whoosh index (`whoosh.index.open_dir` reads it);
`tests/unit/test_search_postings.py` checks both against what Whoosh's writer
makes of the same documents.

The browser export (`hoptac.search.shards`) reads the same `InvertedIndex`, so
the index is never read back from disk to be exported.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from dataclasses import dataclass, field
from itertools import count, repeat

from hoptac.compat import whoosh as whoosh_compat
from hoptac.forked import Forked


@dataclass
class InvertedIndex:
    """Every field's terms with their documents, field lengths and stored fields.

    `postings[field][term]` is `(docnums, weights)`, docnums ascending.
    `lengths[field]` holds, per document, the field's length in terms (scorable
    fields only: the number BM25 normalises by).
    """

    schema: object  # whoosh.fields.Schema
    doc_count: int = 0  # document numbers given out, deleted ones included
    postings: dict[str, dict[str, tuple[array, array]]] = field(default_factory=dict)
    lengths: dict[str, array] = field(default_factory=dict)
    stored: list[dict[str, object]] = field(default_factory=list)
    # Deleted by an incremental update (as in Whoosh: their numbers stay taken).
    deleted: set[int] = field(default_factory=set)
    # Abbreviation concepts (`hoptac.search.abbreviations.Concept`) of the build.
    abbreviations: list = field(default_factory=list)

    def __getstate__(self) -> dict:
        # Pickled as a few long arrays a field: one array object per term
        # pickles and loads ten times slower.
        packed = {}
        for name, terms in self.postings.items():
            counts, docnums, weights = array("I"), array("I"), array("f")
            for term_docnums, term_weights in terms.values():
                counts.append(len(term_docnums))
                docnums.extend(term_docnums)
                weights.extend(term_weights)
            packed[name] = (list(terms), counts, docnums, weights)
        state = dict(self.__dict__)
        state["postings"] = packed
        return state

    def __setstate__(self, state: dict) -> None:
        postings = {}
        for name, (terms, counts, docnums, weights) in state["postings"].items():
            field_postings, start = {}, 0
            for term, size in zip(terms, counts, strict=True):
                end = start + size
                field_postings[term] = (docnums[start:end], weights[start:end])
                start = end
            postings[name] = field_postings
        self.__dict__.update(state)
        self.postings = postings

    @property
    def live_count(self) -> int:
        """Return the number of documents not deleted."""
        return self.doc_count - len(self.deleted)

    def add_document(
        self,
        terms: dict[str, list[str]],
        values: dict[str, object],
        logs: dict[str, PostingLog] | None = None,
    ) -> int:
        """Add one document: analysed term lists, and values for the other fields.

        `values` holds stored-only and keyword/ID fields as Whoosh's
        `add_document` takes them; those few terms go through Whoosh's own
        field analysis. With `logs`, the postings go to each field's log, for
        `adopt_logs` to put in place once every document is added. Returns the
        document number.
        """
        docnum = self.doc_count
        self.doc_count += 1
        stored: dict[str, object] = {}
        for name, fieldobj in self.schema.items():
            postings = self.postings.setdefault(name, {})
            length = 0
            if name in terms:
                counts = Counter(terms[name])
                length = len(terms[name])
            elif name in values and fieldobj.indexed:
                items = fieldobj.index(values[name])
                counts = {t.decode("utf-8"): w for t, _f, w, _v in items}
                length = sum(counts.values()) if fieldobj.scorable else 0
            else:
                counts = {}
            if logs is not None:
                if counts:
                    logs.setdefault(name, PostingLog()).add(counts, docnum)
            else:
                for term, weight in counts.items():
                    entry = postings.get(term)
                    if entry is None:
                        entry = postings[term] = (array("I"), array("f"))
                    entry[0].append(docnum)
                    entry[1].append(weight)
            if fieldobj.scorable:
                self.lengths.setdefault(name, array("I")).append(length)
            if fieldobj.stored and values.get(name) is not None:
                stored[name] = values[name]
        self.stored.append(stored)
        return docnum

    def adopt_logs(self, logs: dict[str, PostingLog], prune: dict[str, int]) -> None:
        """Put the logged postings in place (the fields' postings must be empty).

        `prune` maps a field to the fewest documents its terms need, as `prune`.
        """
        for name, log in logs.items():
            if self.postings.get(name):
                raise ValueError(f"search index: field {name!r} already has postings")
            self.postings[name] = log.grouped(
                prune.get(name, 1), self.lengths.get(name)
            )

    def prune(self, name: str, min_docs: int) -> int:
        """Drop the field's terms found in fewer than min_docs documents.

        Their occurrences leave the documents' field lengths too, as if the
        terms had never been indexed. Returns the number of terms dropped.
        """
        terms = self.postings.get(name, {})
        lengths = self.lengths.get(name)
        rare = [term for term, (docnums, _) in terms.items() if len(docnums) < min_docs]
        for term in rare:
            docnums, weights = terms.pop(term)
            if lengths is not None:
                for docnum, weight in zip(docnums, weights, strict=True):
                    lengths[docnum] -= int(weight)
        return len(rare)

    def select(self, order: list[int]) -> InvertedIndex:
        """Return the index of the documents in order, renumbered 0, 1, 2, …

        Documents not in order are dropped; postings are re-sorted unless
        order is ascending (dropping documents keeps the others' order).
        """
        new_number = {old: new for new, old in enumerate(order)}
        ascending = all(a < b for a, b in zip(order, order[1:], strict=False))
        out = InvertedIndex(self.schema, len(order))
        for name, terms in self.postings.items():
            kept_terms = out.postings[name] = {}
            for term, (docnums, weights) in terms.items():
                pairs = [
                    (new_number[d], w)
                    for d, w in zip(docnums, weights, strict=True)
                    if d in new_number
                ]
                if not ascending:
                    pairs.sort()
                if pairs:
                    kept_terms[term] = (
                        array("I", (d for d, _ in pairs)),
                        array("f", (w for _, w in pairs)),
                    )
        out.lengths = {
            name: array("I", (lengths[d] for d in order))
            for name, lengths in self.lengths.items()
        }
        out.stored = [self.stored[d] for d in order]
        return out

    def delete(self, docnum: int) -> list[tuple[str, str]]:
        """Delete a document, keeping its number taken; return the (field, term)s
        it had. Terms left with no document go."""
        touched: list[tuple[str, str]] = []
        for name, terms in self.postings.items():
            emptied = []
            for term, (docnums, weights) in terms.items():
                index = bisect.bisect_left(docnums, docnum)
                if index < len(docnums) and docnums[index] == docnum:
                    del docnums[index]
                    del weights[index]
                    touched.append((name, term))
                    if not docnums:
                        emptied.append(term)
            for term in emptied:
                del terms[term]
        for lengths in self.lengths.values():
            lengths[docnum] = 0
        self.stored[docnum] = {}
        self.deleted.add(docnum)
        return touched

    def field_length(self, name: str, docnum: int) -> int:
        """Return a document's length in a scorable field (0 for other fields)."""
        lengths = self.lengths.get(name)
        return lengths[docnum] if lengths is not None else 0

    def average_length(self, name: str) -> float:
        """Return the field's mean length per live document (BM25's avgfl)."""
        return sum(self.lengths.get(name, ())) / (self.live_count or 1)


class PostingLog:
    """One field's postings in arrival order, grouped by term once all are in.

    A document's postings are appended by a few extends running in C; adding
    them one by one to each term's lists was a Python step per posting (2.4
    million for 2,655 articles, half of analysing them). `grouped` sorts them
    by term with numpy. Terms are numbered at their first posting, so terms
    come out in first-seen order and documents ascending, as appended.
    """

    __slots__ = ("numbers", "_next_number", "terms", "docnums", "weights")

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self._next_number = count()  # one number a posting; a term keeps its first
        self.terms, self.docnums, self.weights = array("Q"), array("I"), array("f")

    def add(self, counts: dict[str, float], docnum: int) -> None:
        self.terms.extend(map(self.numbers.setdefault, counts, self._next_number))
        self.docnums.extend(repeat(docnum, len(counts)))
        self.weights.extend(counts.values())

    def grouped(
        self, min_docs: int = 1, lengths: array | None = None
    ) -> dict[str, tuple[array, array]]:
        """Return `{term: (docnums, weights)}` of the terms in min_docs documents
        or more; the others' occurrences leave the documents' `lengths`."""
        import numpy as np  # only here: the rest of the search runs without it

        numbers = np.frombuffer(self.terms, dtype=np.uint64)
        order = np.argsort(numbers, kind="stable")
        numbers = numbers[order]
        docnums = np.frombuffer(self.docnums, dtype=np.uint32)[order]
        weights = np.frombuffer(self.weights, dtype=np.float32)[order]
        starts = np.flatnonzero(np.r_[True, numbers[1:] != numbers[:-1]])
        ends = np.r_[starts[1:], len(numbers)]
        kept = (ends - starts) >= min_docs
        if lengths is not None and not kept.all():
            dropped = np.repeat(~kept, ends - starts)
            field_lengths = np.array(lengths, dtype=np.int64)
            np.subtract.at(
                field_lengths, docnums[dropped], weights[dropped].astype(np.int64)
            )
            lengths[:] = array("I", field_lengths.tolist())
        term_of = {number: term for term, number in self.numbers.items()}
        docnum_bytes, weight_bytes = docnums.tobytes(), weights.tobytes()
        postings = {}
        for start, end, number in zip(
            starts[kept].tolist(),
            ends[kept].tolist(),
            numbers[starts[kept]].tolist(),
            strict=True,
        ):
            term_docnums, term_weights = array("I"), array("f")
            term_docnums.frombytes(docnum_bytes[4 * start : 4 * end])
            term_weights.frombytes(weight_bytes[4 * start : 4 * end])
            postings[term_of[number]] = (term_docnums, term_weights)
        return postings


def write_segment(ix: object, inverted: InvertedIndex, fork: bool = False) -> None:
    """Write the inverted index as the one segment of the empty Whoosh index ix.

    With `fork`, a large index's later terms are encoded by a forked process
    while this one writes the earlier ones (`_write_postings`). With a Whoosh
    release hoptac was not tested on, Whoosh's own writer writes it (slower).
    """
    if inverted.deleted:
        raise ValueError("search index: a fresh segment cannot hold deletions")
    if not whoosh_compat.internals_usable():
        _write_with_whoosh_writer(ix, inverted)
        return
    writer = _InvertedSegmentWriter(
        ix, inverted, fork, limitmb=1, compound=False
    )  # its pool stays empty
    try:
        writer.add_stored_documents()
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=False)


def _write_with_whoosh_writer(ix: object, inverted: InvertedIndex) -> None:
    """Give Whoosh's stock writer each document: its stored values and, for
    the fields indexed but not stored, its terms (Whoosh indexes a list of
    terms as given, a term repeated as often as it occurs)."""
    terms_of: list[dict[str, list[str]]] = [{} for _ in range(inverted.doc_count)]
    for name, terms in inverted.postings.items():
        if inverted.schema[name].stored:
            continue  # indexed from its stored value, as the fast writer does
        for term, (docnums, weights) in terms.items():
            for docnum, weight in zip(docnums, weights, strict=True):
                terms_of[docnum].setdefault(name, []).extend([term] * int(weight))
    writer = ix.writer(compound=False)
    try:
        for docnum in range(inverted.doc_count):
            writer.add_document(**terms_of[docnum], **inverted.stored[docnum])
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=False)


class _InvertedSegmentWriter(whoosh_compat.DirectSegmentWriter):
    """A SegmentWriter whose postings come whole from an InvertedIndex."""

    def __init__(
        self, ix: object, inverted: InvertedIndex, fork: bool, **kwargs: object
    ):
        super().__init__(ix, **kwargs)
        self._inverted = inverted
        self._fork = fork

    def add_stored_documents(self) -> None:
        """Write each document's stored fields and field lengths, in docnum order."""
        inverted = self._inverted
        fields = sorted(self.schema.items())
        for docnum in range(inverted.doc_count):
            stored = inverted.stored[docnum]
            entries = []
            for name, fieldobj in fields:
                length = inverted.field_length(name, docnum)
                value = stored.get(name)
                if length or value is not None:
                    entries.append((name, fieldobj, value, length))
            self.add_stored(docnum, entries)

    def write_postings(self, fieldwriter: object) -> None:
        _write_postings(fieldwriter, self._inverted, self._fork)


# Encoding terms is most of writing an index (the pairs field: 124,000 terms
# for 2,655 articles). Past this many terms, with `fork`, a forked process
# encodes the later terms while this one encodes the earlier ones.
SPLIT_MIN_TERMS = 20_000
# The forked process's share of the encoding. This one also writes the stored
# fields and both runs, the child pickles its run: on 2,655 articles, 0.5
# ended both together (0.6 left this one waiting half a second).
FORKED_SHARE = 0.5
# Rough cost of encoding a term, for splitting the work: microseconds a term
# and a posting (fitted to the body and pairs fields' timings).
_TERM_COST, _POSTING_COST = 20, 0.8


def _fields(inverted: InvertedIndex, field_ids: dict[str, int]) -> list:
    """Return every field's terms, in the order they are written."""
    return [(name, sorted(inverted.postings[name])) for name in field_ids]


def _split(inverted: InvertedIndex, fields: list, share: float) -> tuple[list, list]:
    """Split the fields' terms in two runs, the second with about `share`
    of the encoding work (terms of a field cost alike, as far as it knows)."""
    costs = [
        _TERM_COST * len(terms)
        + _POSTING_COST
        * sum(len(docnums) for docnums, _ in inverted.postings[name].values())
        for name, terms in fields
    ]
    left = sum(costs) * (1 - share)
    for position, ((name, terms), cost) in enumerate(zip(fields, costs, strict=True)):
        if cost >= left:
            cut = round(len(terms) * left / cost)
            return (
                [*fields[:position], (name, terms[:cut])],
                [(name, terms[cut:]), *fields[position + 1 :]],
            )
        left -= cost
    return fields, []


def _write_postings(fieldwriter: object, inverted: InvertedIndex, fork: bool) -> None:
    encoder = whoosh_compat.TermEncoder(
        inverted.schema, inverted.postings, inverted.lengths, fieldwriter
    )
    fields = _fields(inverted, encoder.field_ids)
    later = None
    if fork and sum(len(terms) for _, terms in fields) >= SPLIT_MIN_TERMS:
        fields, rest = _split(inverted, fields, FORKED_SHARE)
        later = Forked(
            "search index: encoding terms failed in the forked process"
            " (see the error above)",
            encoder.encode,
            rest,
        )
    try:
        whoosh_compat.write_encoded(fieldwriter, encoder.encode(fields))
        if later is not None:
            whoosh_compat.write_encoded(fieldwriter, later.result())
    finally:
        if later is not None:
            later.close()
