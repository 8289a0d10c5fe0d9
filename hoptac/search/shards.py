"""Export the Whoosh index for the browser: small `<script>` shards plus rules.

A page opened from disk (`file://`) cannot `fetch` local files, but it can load
scripts, so every piece of the export is a JavaScript file that hands its data
to `hoptacSearch.register(key, data)`:

- `rules.js`: the analysis and ranking rules, rendered from `hoptac.vietnamese`
  and `hoptac.search.query` (the Sphinx way: one definition, two languages);
- `meta.js`: document count, field length statistics (as Whoosh scores them);
- `terms/NNN.js`: postings (`encode_postings`) of every term whose folded key
  hashes to bucket NNN,
  so a query loads only the buckets of its own terms;
- `docs/NNN.js`: title, URL, date, provinces and snippet text of a chunk of
  `DOCS_PER_CHUNK` documents (an empty row for a deleted one);
- `facets.js`: for every province, leader, topic and year, its documents;
- `dates.js`: every document's date (for date filters and word-less listings).
"""

from __future__ import annotations

import base64
import json
import logging
import math
import shutil
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hoptac import facets, vietnamese
from hoptac.compat.whoosh import byte_to_length, length_to_byte
from hoptac.files import link_or_copy
from hoptac.gazetteer import ProvinceGazetteer
from hoptac.search import query as ranking
from hoptac.search.abbreviations import alternatives_by_first_fold, write_concepts
from hoptac.search.analysis import PAIR_SEPARATOR
from hoptac.search.index import (
    COOPERATION_FIELD,
    COOPERATION_KINDS,
    COUNTED_FIELDS,
    FACET_FIELDS,
    INDEX_VERSION,
    PAIR_FIELD,
    SCORED_FIELDS,
    TAG_PAIR_FIELD,
    TEXT_FIELDS,
    stored_text,
)
from hoptac.search.postings import InvertedIndex

logger = logging.getLogger(__name__)

# Term buckets, unless set: one per this many postings, to the nearest power
# of two, so a bucket stays about 6 KB of script however large the archive
# (2,655 articles: 2.2 million postings, 1,024 buckets).
# Fewer, larger buckets cost a cold query more bytes (1,024 rather than 2,048
# buckets: 10 KiB more, 150 KiB median in all, against Pagefind's 471); more
# cost the build a file each (0.03 to 0.4 ms of system time a file on this
# machine; at 38,000 articles 1,024 postings a bucket made 32,768 files).
POSTINGS_PER_BUCKET = 2048
MIN_BUCKETS, MAX_BUCKETS = 256, 65536
# Documents a file. One a file made a file creation per article (38,000 at
# scale, at 0.04-0.7 ms of system time each here); four cost a cold query about
# 25 KB more (a page of 10 hits loads up to 10 chunks of 4). An update in
# place writes the chunks of its new and removed documents and links the rest.
DOCS_PER_CHUNK = 4
# The browser cuts snippets from the start of the body: 360 characters hold
# the lead and the next sentences; each 100 more cost a first query about
# 5 KiB (a page of hits loads up to 40 documents).
SNIPPET_SOURCE_CHARS = 360
# Fields whose terms keep their marks: bucketed by the folded form, so the
# bucket of a folded query syllable (or pair) holds every variant.
FOLD_KEY_FIELDS = (*TEXT_FIELDS, TAG_PAIR_FIELD)
# The key, in a term bucket, of the abbreviation concepts filed under a folded
# syllable of that bucket (never a field name).
CONCEPTS_KEY = "~abbr"
FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193


@dataclass
class ExportStats:
    """What the export wrote: files and bytes."""

    files: int
    bytes: int
    seconds: float


def bucket_count(inverted: InvertedIndex) -> int:
    """Return the number of term buckets for this index's size (see POSTINGS_PER_BUCKET)."""
    postings = sum(
        len(docnums)
        for name in SCORED_FIELDS
        for docnums, _ in inverted.postings.get(name, {}).values()
    )
    wanted = 2 ** round(math.log2(max(postings, 1) / POSTINGS_PER_BUCKET))
    return min(MAX_BUCKETS, max(MIN_BUCKETS, wanted))


def bucket_of(key: str, buckets: int) -> int:
    """Return the shard bucket of a folded key: FNV-1a over UTF-16 code units.

    The browser computes the same (`Math.imul`, `charCodeAt`), so both agree.
    """
    value = FNV_OFFSET
    data = key.encode("utf-16-le")
    for i in range(0, len(data), 2):
        value ^= data[i] | (data[i + 1] << 8)
        value = (value * FNV_PRIME) & 0xFFFFFFFF
    return value % buckets


def term_key(fieldname: str, term: str) -> str:
    """Return the folded key that decides a term's bucket (exact terms fold first)."""
    if fieldname in FOLD_KEY_FIELDS:
        return vietnamese.fold_diacritics(term)
    return term


def browser_rules() -> dict[str, object]:
    """Return the rules the browser runtime needs, from the Python definitions."""
    # Grouped by what the characters fold to, a third of the bytes of a map
    # (the rules load with every first query); None (a lone combining mark)
    # becomes "": the browser deletes it too.
    fold: dict[str, str] = {}
    for code, value in sorted(vietnamese.FOLD_TABLE.items()):
        fold[value or ""] = fold.get(value or "", "") + chr(code)
    return {
        "version": INDEX_VERSION,
        "tokenPattern": vietnamese.TOKEN_PATTERN_JS,
        "lookalikes": vietnamese.LOOKALIKES,
        "foldGroups": fold,
        "toneMarks": vietnamese.TONE_MARKS,
        "vowels": vietnamese.VOWELS,
        "abbreviations": vietnamese.ABBREVIATIONS,
        "looseCaseMinLetters": vietnamese.LOOSE_CASE_MIN_LETTERS,
        "pairSeparator": PAIR_SEPARATOR,
        "finalDigits": FINAL_DIGITS,
        "moreDigits": MORE_DIGITS,
        "textFields": list(TEXT_FIELDS),
        "pairField": PAIR_FIELD,
        "tagPairField": TAG_PAIR_FIELD,
        "tagPairBoost": ranking.TAG_PAIR_BOOST,
        "foldKeyFields": list(FOLD_KEY_FIELDS),
        "fieldBoosts": ranking.FIELD_BOOSTS,
        "exactBoost": ranking.EXACT_BOOST,
        "exactBoostPlain": ranking.EXACT_BOOST_PLAIN,
        "pairBoost": ranking.PAIR_BOOST,
        "quotes": ranking.QUOTES,
        "sorts": list(ranking.SORTS),
        "conceptsKey": CONCEPTS_KEY,
        "cooperationField": COOPERATION_FIELD,
        "cooperationKinds": list(COOPERATION_KINDS),
        # Each kind's name in the search page's filter (hoptac.facets).
        "cooperationLabels": {
            kind.name: kind.filter_label for kind in facets.COOPERATION_KINDS
        },
        "facetFields": list(COUNTED_FIELDS),
        # The registry's facets: filter key, URL parameter, heading, places.
        "facets": [
            {"field": f.field, "param": f.param, "label": f.label, "places": f.places}
            for f in facets.FACETS
        ],
        # Province -> the folded keys the gazetteer finds it by (a place filter).
        "places": ProvinceGazetteer.load().lookup_keys(),
        "B": ranking.BM25_B,
        "K1": ranking.BM25_K1,
        "scoreDecimals": ranking.SCORE_DECIMALS,
        "maxQueryChars": ranking.MAX_QUERY_CHARS,
        "maxTerms": ranking.MAX_TERMS,
        "perPage": ranking.PER_PAGE,
        "facetLimit": ranking.FACET_LIMIT,
        "snippetChars": ranking.SNIPPET_CHARS,
        "messages": {
            "tooLong": ranking.MESSAGE_TOO_LONG,
            "tooMany": ranking.MESSAGE_TOO_MANY,
            "empty": ranking.MESSAGE_EMPTY,
            "badSort": ranking.MESSAGE_BAD_SORT,
            "badCooperation": ranking.MESSAGE_BAD_COOPERATION,
        },
    }


def _script(key: str, data: object) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # `</script` cannot appear inside JSON strings we emit into a script file.
    payload = payload.replace("</", "<\\/")
    return f"hoptacSearch.register({json.dumps(key)},{payload});\n"


def _read_script(path: Path) -> dict:
    """Return the data a shard written by `_script` registers."""
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index(",") + 1 : text.rindex(")")])


# Postings are written as numbers in base 32 with no separators: the last
# digit of a number comes from FINAL_DIGITS, the others from MORE_DIGITS.
FINAL_DIGITS = "0123456789abcdefghijklmnopqrstuv"
MORE_DIGITS = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"


def encode_number(value: int) -> str:
    """Return a non-negative integer in the postings' base-32 digits."""
    digits = [FINAL_DIGITS[value % 32]]
    value //= 32
    while value:
        digits.append(MORE_DIGITS[value % 32])
        value //= 32
    return "".join(reversed(digits))


_SMALL_NUMBERS = [encode_number(n) for n in range(32 * 32 * 4)]


def encode_postings(items: Iterable[tuple[int, float]]) -> str:
    """Encode `(docnum, tf)` pairs, docnums ascending.

    Each posting is the number `2 * delta + (tf != 1)` (delta: the gap from
    the previous docnum), followed by tf when it is not 1. Gaps of up to 15
    take one character, up to 511 two.
    """
    parts, previous = [], 0
    small, limit = _SMALL_NUMBERS, len(_SMALL_NUMBERS)
    for docnum, weight in items:
        tf = int(weight)
        if tf != weight or tf < 1:
            raise ValueError(f"search export: term frequency {weight!r} is not a count")
        value = 2 * (docnum - previous) + (tf != 1)
        parts.append(small[value] if value < limit else encode_number(value))
        if tf != 1:
            parts.append(small[tf] if tf < limit else encode_number(tf))
        previous = docnum
    return "".join(parts)


def decode_postings(text: str) -> list[tuple[int, int]]:
    """Return the `(docnum, tf)` pairs of `encode_postings` (the browser's algorithm)."""
    numbers, value = [], 0
    for char in text:
        if char in MORE_DIGITS:
            value = value * 32 + MORE_DIGITS.index(char)
        else:
            numbers.append(value * 32 + FINAL_DIGITS.index(char))
            value = 0
    out, doc, i = [], 0, 0
    while i < len(numbers):
        doc += numbers[i] // 2
        tf = numbers[i + 1] if numbers[i] % 2 else 1
        i += 2 if numbers[i] % 2 else 1
        out.append((doc, tf))
    return out


def write_search_shards(
    inverted: InvertedIndex,
    out_dir: Path,
    buckets: int | None = None,
    previous: Path | None = None,
    touched: set[tuple[str, str]] | None = None,
    new_docs: set[int] | None = None,
    staged: bool = False,
    removed_docs: set[int] | None = None,
) -> ExportStats:
    """Write the browser export of an inverted index into out_dir.

    With `previous` (the live site's export of the same index before an
    update), only the term buckets of the `touched` (field, term)s and the
    `new_docs` are encoded; every other shard is linked from there (its
    bucket count must then be `buckets`), unless `staged`: out_dir already
    links every file of `previous`, and the rewritten ones replace their links.
    Without `buckets`, `bucket_count`.
    """
    started = time.perf_counter()
    if buckets is None:
        buckets = bucket_count(inverted)
    out_dir = Path(out_dir)
    staged = staged and previous is not None
    if not staged:
        for sub in ("terms", "docs"):
            shutil.rmtree(out_dir / sub, ignore_errors=True)
            (out_dir / sub).mkdir(parents=True)
    written: list[Path] = []

    def write(relative: str, key: str, data: object) -> None:
        write_text(out_dir / relative, _script(key, data))

    def write_text(path: Path, text: str) -> None:
        if staged:  # a link to the live site's file: never write through it
            path.unlink(missing_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    def keep(relative: str) -> None:
        if not staged:
            link_or_copy(previous / relative, out_dir / relative)
        written.append(out_dir / relative)

    doc_count = inverted.doc_count
    fields_meta: dict[str, dict[str, object]] = {}
    seen_lengths: dict[str, str] = {}
    for name in SCORED_FIELDS:
        codes = bytes(
            length_to_byte(inverted.field_length(name, d)) for d in range(doc_count)
        )
        lengths = base64.b64encode(codes).decode("ascii")
        info: dict[str, object] = {"avgfl": inverted.average_length(name) or 1}
        # A field empty everywhere (no Summary given) needs one number.
        if len(set(codes)) == 1:
            info["lengthAll"] = byte_to_length(codes[0])
        # Fields of equal lengths everywhere are shipped once.
        elif lengths in seen_lengths:
            info["lengthsOf"] = seen_lengths[lengths]
        else:
            info["lengths"] = lengths
            seen_lengths[lengths] = name
        fields_meta[name] = info
    shard_terms: dict[int, dict[str, dict[str, str]]] = defaultdict(dict)
    dirty_buckets = None
    if previous is None:
        for name in SCORED_FIELDS:
            for term, (docnums, weights) in inverted.postings.get(name, {}).items():
                bucket = bucket_of(term_key(name, term), buckets)
                postings = encode_postings(zip(docnums, weights, strict=True))
                shard_terms[bucket].setdefault(name, {})[term] = postings
        concepts = [c.alternatives() for c in inverted.abbreviations]
        for key, filed in alternatives_by_first_fold(concepts).items():
            shard_terms[bucket_of(key, buckets)].setdefault(CONCEPTS_KEY, {})[key] = (
                filed
            )
    else:
        # An update keeps every document's number, so a term it did not touch
        # keeps its encoded postings: a touched bucket is the live one with
        # its touched terms encoded again.
        for name, term in sorted(touched or ()):
            if name not in SCORED_FIELDS:
                continue
            bucket = bucket_of(term_key(name, term), buckets)
            if bucket not in shard_terms:
                shard_terms[bucket] = _read_script(previous / f"terms/{bucket:03x}.js")
            terms = shard_terms[bucket].setdefault(name, {})
            entry = inverted.postings.get(name, {}).get(term)
            if entry is None:
                terms.pop(term, None)  # its last document went
            else:
                terms[term] = encode_postings(zip(*entry, strict=True))
        dirty_buckets = set(shard_terms)
    # Every bucket gets a file, empty or not: a missing script is a console error.
    # Terms in sorted order: the same index always gives the same bytes.
    for bucket in range(buckets):
        key = f"terms/{bucket:03x}"
        if dirty_buckets is not None and bucket not in dirty_buckets:
            keep(key + ".js")
            continue
        data = {
            name: dict(sorted(terms.items()))
            for name, terms in sorted(shard_terms.get(bucket, {}).items())
            if terms
        }
        write(key + ".js", key, data)

    facets: dict[str, dict[str, list[int]]] = {n: {} for n in COUNTED_FIELDS}
    dates = [""] * doc_count  # deleted documents keep their (empty) place
    provinces: dict[int, list[str]] = {}
    for docnum, stored in enumerate(inverted.stored):
        if docnum in inverted.deleted:
            continue
        values = {
            n: [v for v in str(stored.get(n, "")).split(",") if v] for n in FACET_FIELDS
        }
        for name, names in values.items():
            for value in names:
                facets[name].setdefault(value, []).append(docnum)
        if stored.get("year"):
            facets["year"].setdefault(str(stored["year"]), []).append(docnum)
        dates[docnum] = str(stored.get("date", ""))
        provinces[docnum] = values["provinces"]
    if new_docs is None:
        rewritten = None
    else:
        changed = set(new_docs) | set(removed_docs or ())
        rewritten = {docnum // DOCS_PER_CHUNK for docnum in changed}
    for chunk in range(math.ceil(doc_count / DOCS_PER_CHUNK)):
        relative = f"docs/{chunk:03x}.js"
        if rewritten is not None and chunk not in rewritten:
            keep(relative)
            continue
        rows = []
        for docnum in range(
            chunk * DOCS_PER_CHUNK, min(doc_count, (chunk + 1) * DOCS_PER_CHUNK)
        ):
            stored = inverted.stored[docnum]
            # A deleted document's row is empty: no page loads it, and its
            # text must not stay in the export.
            rows.append(
                None
                if docnum in inverted.deleted
                else [
                    stored.get("source_id", ""),
                    stored.get("title_display", ""),
                    stored.get("url", ""),
                    stored.get("date", ""),
                    provinces[docnum],
                    stored_text(stored)[:SNIPPET_SOURCE_CHARS],
                ]
            )
        write(relative, f"docs/{chunk:03x}", rows)
    write(
        "facets.js",
        "facets",
        {
            name: {
                value: encode_postings([(d, 1) for d in docs])
                for value, docs in values.items()
            }
            for name, values in facets.items()
        },
    )
    # Needed only to list without words or to filter by date: its own file.
    write("dates.js", "dates", dates)
    write(
        "meta.js",
        "meta",
        {
            "version": INDEX_VERSION,
            "docCount": inverted.live_count,  # BM25's N
            "docSlots": doc_count,  # document numbers, deleted ones included
            "buckets": buckets,
            "docsPerChunk": DOCS_PER_CHUNK,
            "fields": fields_meta,
            "lengthTable": [byte_to_length(b) for b in range(256)],
        },
    )
    write_text(out_dir / "rules.js", render_rules_js())
    # The learned abbreviations, for the archivist to read and correct.
    write_concepts(inverted.abbreviations, out_dir)
    written.append(out_dir / "abbreviations.json")
    size = sum(p.stat().st_size for p in written)
    stats = ExportStats(len(written), size, time.perf_counter() - started)
    logger.info(
        "search export: %d files, %d bytes in %.2f s",
        stats.files,
        stats.bytes,
        stats.seconds,
    )
    return stats


def render_rules_js() -> str:
    """Return `rules.js`: the browser's copy of the analysis and ranking rules."""
    payload = json.dumps(browser_rules(), ensure_ascii=False, separators=(",", ":"))
    return (
        "// Generated by hoptac.search.shards from hoptac/vietnamese.py and\n"
        "// hoptac/search/query.py: edit those, never this file.\n"
        f"window.hoptacSearchRules = {payload};\n"
    )
