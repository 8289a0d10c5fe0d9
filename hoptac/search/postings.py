"""The inverted index in memory, and its Whoosh segment written in one pass.

Whoosh's own writer spools every posting through a sorting pool and re-counts
terms we have already counted: 34 s of a 46 s build of 2,655 articles went
there. We hold each field's terms already, so we invert them here and hand
Whoosh's codec whole posting lists, sorted. The result is an ordinary Whoosh
index (`whoosh.index.open_dir` reads it); `tests/unit/test_search_postings.py`
checks it against what Whoosh's writer makes of the same documents.

The browser export (`hoptac.search.shards`) reads the same `InvertedIndex`, so
the index is never read back from disk to be exported.
"""

from __future__ import annotations

import bisect
import pickle
import struct
import sys
import zlib
from array import array
from collections import Counter
from dataclasses import dataclass, field
from itertools import count, repeat
from operator import sub

from whoosh import formats
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from hoptac.forked import Forked

# Posting lists this short are kept inside their term's entry, with no block,
# block header or compression: three quarters of all terms (2,655 articles). Up to
# 8, writing the index took 4.6 -> 3.75 s for 9% more bytes (41.0 -> 44.9 MB;
# 16 would save 0.3 s more for another 11%).
INLINE_LIMIT = 8


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
    while this one writes the earlier ones (`_write_postings`).
    """
    writer = _InvertedSegmentWriter(
        ix, inverted, fork, limitmb=1, compound=False
    )  # its pool stays empty
    try:
        writer.add_stored_documents()
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=False)


class _InvertedSegmentWriter(SegmentWriter):
    """A SegmentWriter whose postings come whole from an InvertedIndex."""

    def __init__(
        self, ix: object, inverted: InvertedIndex, fork: bool, **kwargs: object
    ):
        super().__init__(ix, **kwargs)
        self._inverted = inverted
        self._fork = fork

    def add_stored_documents(self) -> None:
        """Write each document's stored fields and field lengths, in docnum order."""
        inverted, perdoc = self._inverted, self.perdocwriter
        if inverted.deleted:
            raise ValueError("search index: a fresh segment cannot hold deletions")
        fields = sorted(self.schema.items())
        for docnum in range(inverted.doc_count):
            perdoc.start_doc(docnum)
            stored = inverted.stored[docnum]
            for name, fieldobj in fields:
                length = inverted.field_length(name, docnum)
                value = stored.get(name)
                if length or value is not None:
                    perdoc.add_field(name, fieldobj, value, length)
            perdoc.finish_doc()
            self.docnum += 1
        self._added = inverted.doc_count > 0

    def _flush_segment(self) -> None:
        # Replaces the pool's sorted postings with ours; the rest of the
        # commit (compound file, TOC, clean-up) is Whoosh's own.
        self.perdocwriter.close()
        _write_postings(self.fieldwriter, self._inverted, self._fork)
        self.fieldwriter.close()


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


@dataclass
class _EncodedTerms:
    """Consecutive terms encoded for the term index and the postings file.

    Positions are relative to the run's start; `_write_encoded` places the
    run at the files' ends and shifts them.
    """

    entries: bytes  # term index entries, as OrderedHashWriter.add writes them
    postings: bytes  # posting lists not inlined in their entries
    positions: array  # each entry's offset in `entries`
    hashes: array  # each key's hash, for the term index's hash tables
    # Offsets in `entries` of the 8-byte postings positions to shift.
    patches: array
    last_key: bytes


class _TermEncoder:
    """Encodes an InvertedIndex's terms as Whoosh's writers would, in memory."""

    def __init__(self, inverted: InvertedIndex, codec: object, hashfn: object):
        self.inverted = inverted
        self.block_limit = codec._blocklimit
        self.compression = codec._compression
        self.hashfn = hashfn
        # Field numbers as W3FieldWriter gives them: in the order fields start.
        names = sorted(name for name, terms in inverted.postings.items() if terms)
        self.field_ids = {name: number for number, name in enumerate(names)}
        self.with_values = {}
        for name in names:
            fmt = inverted.schema[name].format
            if type(fmt) not in (formats.Existence, formats.Frequency) or (
                fmt.field_boost != 1.0
            ):
                raise ValueError(
                    f"search index: field {name!r} has an unsupported format"
                )
            self.with_values[name] = fmt.posting_size > 0  # Frequency: counts again

    def fields(self) -> list[tuple[str, list[str]]]:
        """Return every field's terms, in the order they are written."""
        return [(name, sorted(self.inverted.postings[name])) for name in self.field_ids]

    def split(self, fields: list, share: float) -> tuple[list, list]:
        """Split the fields' terms in two runs, the second with about `share`
        of the encoding work (terms of a field cost alike, as far as it knows)."""
        costs = [
            _TERM_COST * len(terms)
            + _POSTING_COST
            * sum(len(docnums) for docnums, _ in self.inverted.postings[name].values())
            for name, terms in fields
        ]
        left = sum(costs) * (1 - share)
        for position, ((name, terms), cost) in enumerate(
            zip(fields, costs, strict=True)
        ):
            if cost >= left:
                cut = round(len(terms) * left / cost)
                return (
                    [*fields[:position], (name, terms[:cut])],
                    [(name, terms[cut:]), *fields[position + 1 :]],
                )
            left -= cost
        return fields, []

    def encode(self, fields: list[tuple[str, list[str]]]) -> _EncodedTerms:
        entries, postings = [], []
        positions, hashes, patches = array("Q"), array("I"), array("Q")
        offset = postings_offset = 0
        key = b""
        hashfn, block_limit, compression = (
            self.hashfn, self.block_limit, self.compression,
        )  # fmt: skip
        for name, terms in fields:
            field_postings = self.inverted.postings[name]
            prefix = pack_ushort(self.field_ids[name])
            with_values = self.with_values[name]
            lengths = self.inverted.lengths.get(name)
            for term in terms:
                docnums, weights = field_postings[term]
                key = prefix + term.encode("utf-8")
                value, posting_bytes = _encode_postings(
                    tuple(docnums), tuple(weights), with_values, lengths,
                    block_limit, compression,
                )  # fmt: skip
                if posting_bytes is not None:
                    patches.append(
                        offset + _KEY_VALUE_LENGTHS.size + len(key) + len(value)
                    )
                    value += pack_long(postings_offset) + pack_int(len(posting_bytes))
                    postings.append(posting_bytes)
                    postings_offset += len(posting_bytes)
                entry = _KEY_VALUE_LENGTHS.pack(len(key), len(value)) + key + value
                entries.append(entry)
                positions.append(offset)
                hashes.append(hashfn(key))
                offset += len(entry)
        return _EncodedTerms(
            b"".join(entries), b"".join(postings), positions, hashes, patches, key
        )


def _write_postings(fieldwriter: object, inverted: InvertedIndex, fork: bool) -> None:
    term_index = fieldwriter._tindex
    encoder = _TermEncoder(inverted, fieldwriter._codec, term_index.hashfn)
    for name, number in encoder.field_ids.items():  # only numbers the fields
        fieldwriter.start_field(name, inverted.schema[name])
        if fieldwriter._fieldid != number:
            raise RuntimeError(f"search index: field {name!r} numbered otherwise")
        fieldwriter.finish_field()
    fields = encoder.fields()
    later = None
    if fork and sum(len(terms) for _, terms in fields) >= SPLIT_MIN_TERMS:
        fields, rest = encoder.split(fields, FORKED_SHARE)
        later = Forked(
            "search index: encoding terms failed in the forked process"
            " (see the error above)",
            encoder.encode,
            rest,
        )
    try:
        _write_encoded(fieldwriter, encoder.encode(fields))
        if later is not None:
            _write_encoded(fieldwriter, later.result())
    finally:
        if later is not None:
            later.close()


def _write_encoded(fieldwriter: object, run: _EncodedTerms) -> None:
    """Append a run of encoded terms to the term index and postings files."""
    postfile, term_index = fieldwriter._postfile, fieldwriter._tindex
    postings_start = postfile.tell()
    postfile.write(run.postings)
    entries = run.entries
    if postings_start and run.patches:
        entries = bytearray(entries)
        for at in run.patches:
            _POSITION.pack_into(
                entries, at, _POSITION.unpack_from(entries, at)[0] + postings_start
            )
    file = term_index.dbfile.file
    start = file.tell()
    file.write(entries)
    # What OrderedHashWriter.add would have noted, entry by entry.
    term_index.index.extend(start + offset for offset in run.positions)
    buckets = term_index.buckets
    for hashed, offset in zip(run.hashes, run.positions, strict=True):
        buckets[hashed & 255].append((hashed, start + offset))
    if run.positions:
        term_index.lastkey = run.last_key


# W3TermInfo.to_bytes' layout: inlined flag, total weight, document count,
# min/max field length (as bytes), max weight, first and last document.
_TERM_INFO = struct.Struct("!BfIBBfII")
# HashWriter's header of each key/value entry: their lengths.
_KEY_VALUE_LENGTHS = struct.Struct("!ii")
# W3TermInfo's position of a posting list in the postings file.
_POSITION = struct.Struct("!q")
_LITTLE_ENDIAN = sys.byteorder == "little"


def _length_bytes(ids: tuple, lengths: array | None) -> tuple[int, int]:
    """Return the byte codes of the shortest and longest field lengths among
    the documents, as Whoosh's statistics count them (a length of 0 is
    unknown; none known gives 0, 0)."""
    if lengths is None:
        return 0, 0
    known = list(map(lengths.__getitem__, ids))
    if 0 in known:
        known = [length for length in known if length]
        if not known:
            return 0, 0
    return length_to_byte(min(known)), length_to_byte(max(known))


def _count_bytes(weights: tuple) -> bytes:
    """Return the counts a Frequency field stores again as values, 4 bytes each
    (big-endian, as `struct.pack("!I")`)."""
    counts = array("I", map(int, weights))
    if _LITTLE_ENDIAN:
        counts.byteswap()
    return counts.tobytes()


def _term_info(
    inlined: bool, ids: tuple, weights: tuple, length_bytes: tuple[int, int]
) -> bytes:
    """Pack a term's statistics as W3TermInfo.to_bytes does (before its postings)."""
    return _TERM_INFO.pack(
        inlined, sum(weights), len(ids), *length_bytes, max(weights), ids[0], ids[-1]
    )


def _compress_block(data: bytes, level: int) -> bytes:
    """Compress a block's pickle as Whoosh does, with a window sized for blocks.

    `zlib.compress` sets up a 32 KB window at memory level 8 for every call,
    50 µs each before any byte is read; a block's pickle is at most a few KB,
    and an 8 KB window at memory level 4 compresses it to the same size 4–8
    times faster. `zlib.decompress` (Whoosh's reader) takes any window up to
    32 KB.
    """
    compressor = zlib.compressobj(level, zlib.DEFLATED, 13, 4)
    return compressor.compress(data) + compressor.flush()


def _encode_postings(
    ids: tuple,
    weight_values: tuple,
    with_values: bool,
    lengths: array | None,
    block_limit: int,
    compression: int,
) -> tuple[bytes, bytes | None]:
    """Encode a term's posting list as Whoosh's writers would, without their
    block and term-info objects (whose upkeep cost more than writing).

    Returns the term entry's value and the bytes for the postings file. Lists
    of up to INLINE_LIMIT postings go inside the value (Whoosh reads them back
    with a ListMatcher; its own writer means to inline them but never does),
    with no postings bytes; longer ones get blocks of up to block_limit.
    """
    length_bytes = _length_bytes(ids, lengths)
    if len(ids) <= INLINE_LIMIT:
        values = (
            tuple(map(pack_uint, map(int, weight_values)))
            if with_values
            else (None,) * len(ids)  # what a block of Existence postings gives
        )
        postings = pickle.dumps((ids, weight_values, values), 2)
        return _term_info(True, ids, weight_values, length_bytes) + postings, None
    parts = [WHOOSH3_HEADER_MAGIC]
    for first in range(0, len(ids), block_limit):
        block_ids = ids[first : first + block_limit]
        block_weights = weight_values[first : first + block_limit]
        in_block = len(block_ids)
        block_length_bytes = (
            length_bytes if in_block == len(ids) else _length_bytes(block_ids, lengths)
        )
        if block_weights.count(1.0) == in_block:
            mini_weights = None
        elif block_weights.count(block_weights[0]) == in_block:
            mini_weights = block_weights[0]
        else:
            mini_weights = block_weights
        # Frequency repeats each count as 4 bytes; Existence stores no values.
        values = _count_bytes(block_weights) if with_values else None
        deltas = tuple(map(sub, block_ids, (0, *block_ids)))  # from 0 in each block
        data = pickle.dumps((deltas, mini_weights, values), 2)
        if compression:
            data = _compress_block(data, compression)
        block_info = pickle.dumps(
            (
                len(block_ids),
                block_ids[-1],
                max(0, *block_weights),
                compression,
                *block_length_bytes,
            ),
            2,
        )
        size = len(block_info) + len(data)
        last = first + block_limit >= len(ids)
        parts += (pack_int(-size if last else size), block_info, data)  # -: the last
    return _term_info(False, ids, weight_values, length_bytes), b"".join(parts)
