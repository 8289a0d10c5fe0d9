"""Whoosh's segment format, written directly: every Whoosh internal hoptac uses.

`hoptac.search.postings` holds each field's posting lists already sorted; the
fast writer hands them to Whoosh's codec whole instead of spooling every
posting through Whoosh's sorting pool (34 s of a 46 s build of 2,655
articles). To do that it subclasses `SegmentWriter` at its private
`_flush_segment`, reads the codec's private settings (`_blocklimit`,
`_compression`) and the field writer's files (`_tindex`, `_postfile`,
`_fieldid`), and packs bytes as Whoosh 3's codec does (`W3TermInfo`, the
block header and pickles, the hash file's entries). All of that lives here,
and is used only for the releases in `TESTED`; with any other release (or
`HOPTAC_STOCK_PATHS=1`) `hoptac.search.postings.write_segment` gives the
documents to Whoosh's own writer instead: the same index, slower.

`length_to_byte` and `byte_to_length` are Whoosh's lossy field-length codes,
which the browser export must share with the index to score alike; there is
no other way to have them, so they are imported whatever the release.
"""

from __future__ import annotations

import pickle
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass
from operator import sub

from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from hoptac import compat

DISTRIBUTION = "whoosh-reloaded"
# The releases the suite ran on (lowest, highest); pyproject.toml pins the same top.
TESTED = ("2.7.5", "2.7.5")

try:  # a release that moved these leaves the stock writer, not an ImportError
    from whoosh import formats
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
    from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort

    _IMPORTED = True
except ImportError:  # pragma: no cover - depends on the installed release
    _IMPORTED = False

__all__ = [
    "DirectSegmentWriter",
    "EncodedTerms",
    "TermEncoder",
    "byte_to_length",
    "internals_usable",
    "length_to_byte",
    "write_encoded",
]


def internals_usable() -> bool:
    """Whether the segment may be written directly (a tested release)."""
    return compat.internals_usable(DISTRIBUTION, *TESTED) and _IMPORTED


class DirectSegmentWriter(SegmentWriter):
    """A SegmentWriter whose postings a subclass writes whole (`write_postings`).

    Documents' stored fields and lengths go through Whoosh's per-document
    writer (`add_stored`); the commit (TOC, clean-up) is Whoosh's own.
    """

    def add_stored(self, docnum: int, fields: list[tuple[str, object, object, int]]):
        """Write one document's (name, field, stored value, length) entries."""
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        for name, fieldobj, value, length in fields:
            perdoc.add_field(name, fieldobj, value, length)
        perdoc.finish_doc()
        self.docnum += 1
        self._added = True

    def write_postings(self, fieldwriter: object) -> None:
        raise NotImplementedError

    def _flush_segment(self) -> None:
        # Replaces the pool's sorted postings with the subclass's.
        self.perdocwriter.close()
        self.write_postings(self.fieldwriter)
        self.fieldwriter.close()


# Posting lists this short are kept inside their term's entry, with no block,
# block header or compression: three quarters of all terms (2,655 articles). Up to
# 8, writing the index took 4.6 -> 3.75 s for 9% more bytes (41.0 -> 44.9 MB;
# 16 would save 0.3 s more for another 11%).
INLINE_LIMIT = 8


@dataclass
class EncodedTerms:
    """Consecutive terms encoded for the term index and the postings file.

    Positions are relative to the run's start; `write_encoded` places the
    run at the files' ends and shifts them.
    """

    entries: bytes  # term index entries, as OrderedHashWriter.add writes them
    postings: bytes  # posting lists not inlined in their entries
    positions: array  # each entry's offset in `entries`
    hashes: array  # each key's hash, for the term index's hash tables
    # Offsets in `entries` of the 8-byte postings positions to shift.
    patches: array
    last_key: bytes


class TermEncoder:
    """Encodes fields' sorted posting lists as Whoosh's writers would, in memory.

    `postings[field][term]` is `(docnums, weights)`; `lengths[field]` the
    documents' field lengths (scorable fields); `schema` Whoosh's.
    """

    def __init__(self, schema: object, postings: dict, lengths: dict, fieldwriter):
        self.postings, self.lengths = postings, lengths
        codec = fieldwriter._codec
        self.block_limit = codec._blocklimit
        self.compression = codec._compression
        self.hashfn = fieldwriter._tindex.hashfn
        # Field numbers as W3FieldWriter gives them: in the order fields start.
        names = sorted(name for name, terms in postings.items() if terms)
        self.field_ids = {name: number for number, name in enumerate(names)}
        self.with_values = {}
        for name in names:
            fmt = schema[name].format
            if type(fmt) not in (formats.Existence, formats.Frequency) or (
                fmt.field_boost != 1.0
            ):
                raise ValueError(
                    f"search index: field {name!r} has an unsupported format"
                )
            self.with_values[name] = fmt.posting_size > 0  # Frequency: counts again
        for name, number in self.field_ids.items():  # only numbers the fields
            fieldwriter.start_field(name, schema[name])
            if fieldwriter._fieldid != number:
                raise RuntimeError(f"search index: field {name!r} numbered otherwise")
            fieldwriter.finish_field()

    def encode(self, fields: list[tuple[str, list[str]]]) -> EncodedTerms:
        """Encode the fields' terms, given in the order they are written."""
        entries, postings = [], []
        positions, hashes, patches = array("Q"), array("I"), array("Q")
        offset = postings_offset = 0
        key = b""
        hashfn, block_limit, compression = (
            self.hashfn, self.block_limit, self.compression,
        )  # fmt: skip
        for name, terms in fields:
            field_postings = self.postings[name]
            prefix = pack_ushort(self.field_ids[name])
            with_values = self.with_values[name]
            lengths = self.lengths.get(name)
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
        return EncodedTerms(
            b"".join(entries), b"".join(postings), positions, hashes, patches, key
        )


def write_encoded(fieldwriter: object, run: EncodedTerms) -> None:
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
