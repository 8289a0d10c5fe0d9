"""Titles lost by a scraper, rebuilt from the unaccented URL slug that still carries them.

Most dantri corpus files lack their title: the first line is the lead or a
photo caption, and only the URL (`…/ha-noi-nang-canh-bao-nguy-co-…-2021….htm`)
still names the article. Each slug word stands for one syllable whose accents
were folded away; the title is the most likely sequence of candidate syllables
(every syllable seen that folds to the slug word) under a trigram language
model, found by Viterbi. Two models are mixed: one counted from news article
bodies (`hoptac/data/title_model.gz`, interpolated absolute discounting with
Kneser-Ney continuation counts, see docs/TITLES.md) and a cache model of the
article itself, whose syllables also scale up the corpus estimate. Capitals
come from how the article, then the corpus, writes each syllable inside a
sentence (names, `TPHCM`, `CDC`); the first letter is always a capital.
"""

from __future__ import annotations

import array
import bisect
import gc
import gzip
import json
import logging
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from hoptac.vietnamese import (
    FOLD_TABLE,
    PLACE_ABBREVIATIONS,
    canonical_tone,
    fold_diacritics,
    nfc,
)

logger = logging.getLogger(__name__)

MODEL_FILE = "title_model.gz"
# Format 2 adds the statistics smoothing derives from the counts (format 1
# derived them at load, 1.5 s of CPU) and stores syllables most frequent first.
MODEL_FORMAT = "hoptac-title-model/2"
_FORMAT_1 = "hoptac-title-model/1"
# A token is a run of letters or of digits: dantri's slugs split `U23` into `u-23`.
_SYLLABLE = re.compile(r"[^\W\d_]+|\d+")

DOCUMENT_WEIGHT = 0.5  # share of the article's own cache model in the mixture
DISCOUNT = 0.5  # subtracted from each kept pair and triple count of the corpus
CONTINUATION = 0.7  # share of continuation counts in the corpus's lowest order
ARTICLE_BIGRAM = 0.6  # weight of the article's pair estimate (the rest: nothing)
ARTICLE_TRIGRAM = 0.6  # ... and of its triple estimate over that
# The article's syllables are likelier in its title than in the corpus at large:
# the corpus estimate is multiplied by (1 + article share / (corpus share +
# BOOST_FLOOR)) ** ARTICLE_BOOST (unigram rescaling, as in Kneser & Steinbiss
# 1993). Adding the article's unigram share to the mixture instead lets a
# syllable the article repeats (`dụng` of `sử dụng`) win in any context.
ARTICLE_BOOST = 0.5
BOOST_FLOOR = 1e-5
MAX_CANDIDATES = 5  # corpus candidates kept per slug word, most frequent first
RARE_CANDIDATE = 1000  # ... and at least this fraction of the commonest one
BEAM = 16  # Viterbi states kept per slug word (as exact as any wider search on tune)
RARE_LIMIT = 15  # ... rarer ones up to this rank when a neighbour's pair has them
RARE_SEEN = 20  # ... and seen at least this often
MARGIN = 15.0  # ... and within this log-probability of the best one
# The article's capital for a syllable the corpus writes in lower case loses
# when the article writes it in lower case at least a third as often.
LOWER_SHARE = 3
# ... and an article writing a syllable one way this many times outranks the
# corpus's pairs for it.
UNANIMOUS = 3
# The article's uses of a syllable near another of the title's words (within
# NEAR_TOKENS tokens in a sentence, of a slug word up to NEAR_WORDS away in the
# slug) scale the corpus estimate by (1 + those uses) ** NEAR_BOOST.
NEAR_BOOST = 0.5
NEAR_TOKENS = 3
NEAR_WORDS = 3
# Two syllables the article writes in this order with one or two tokens
# between (`dự Olympiad` of `dự cuộc thi Olympiad`) count as this much of a
# pair in its cache model.
SKIP_WEIGHT = 0.2


def slug_words(url: str) -> list[str]:
    """Return the words of a URL's slug without its numeric id: `…/ha-noi-2021….htm` -> [ha, noi]."""
    slug = urlparse(url).path.rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(r"\.html?$", "", slug)
    # The numeric article id: 17+ digits at dantri and tuoitre, 7 at vnexpress.
    slug = re.sub(r"-?\d{7,}$", "", slug)
    return [w for w in slug.lower().split("-") if w]


def title_matches_slug(title: str, url: str) -> bool:
    """True when a line is the title the URL was made from."""
    words = slug_words(url)
    folded = [fold_diacritics(t).lower() for t in _SYLLABLE.findall(title)]
    return bool(words) and folded[: len(words)] == words


def fold(token: str) -> str:
    """Fold a lower-case token to the form a slug writes it in."""
    return token.translate(FOLD_TABLE)


# Letters spelled out as ranges (Latin with Vietnamese, Greek, Cyrillic, stray
# combining marks): three times faster than `[^\W\d_]`, which tries every class.
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff"
# A token (a run of letters or of digits), or the end of a sentence: . ! ? … : ;
# before a space, or a line break.
_SCAN = re.compile(f"([{_LETTERS}]+|[0-9]+)|[.!?…:;]+[\"'”’»)]*(?:\\s|$)|\n")


# A sentence's end between two tokens (the text between them); a letter or digit.
# The same as the end of `_SCAN`, written to start with one character class
# (the line break tested behind it): the search then skips ahead by that class,
# two and a half times faster.
_BREAK = re.compile("[.!?…:;\n](?:(?<=\n)|[.!?…:;]*[\"'”’»)]*(?:\\s|$))")
_GAP = re.compile(f"[{_LETTERS}0-9]|[.!?…:;]+[\"'”’»)]*\\s|\n")
_TOKEN_CHAR = re.compile(f"[{_LETTERS}0-9]")
_TOKEN = re.compile(f"[{_LETTERS}]+|[0-9]+")


@lru_cache(maxsize=20_000)
def _word_pattern(word: str) -> re.Pattern:
    """Find a slug word in folded text, not followed by a letter (or digit, for a number)."""
    # A pattern that starts with the word itself is searched for as a literal
    # prefix, far faster than one that starts with a look-behind.
    return re.compile(
        re.escape(word) + ("(?![0-9])" if word.isdigit() else "(?![^\\W\\d_])")
    )


def _find_words(folded: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of the tokens of folded text that are one of `words`, in order."""
    spans = []
    for word in words:
        digits = word.isdigit()
        for found in _word_pattern(word).finditer(folded):
            at = found.start()
            if at and (
                folded[at - 1].isdigit() if digits else folded[at - 1].isalpha()
            ):
                continue  # the end of a longer token
            spans.append(found.span())
    spans.sort()
    return spans


def scan(text: str) -> list[str]:
    """Split text into tokens, with "" at the end of each sentence."""
    return _SCAN.findall(text)


# FOLD_TABLE with every other character below U+2200 mapped to itself: a
# lookup that finds its key is twice as fast as one that misses.
_FOLD_ALL = {**{c: c for c in range(0x2200)}, **FOLD_TABLE}


@lru_cache(maxsize=200_000)
def _fold_lower(token: str) -> str:
    return token.lower().translate(FOLD_TABLE)


def is_shouting(tokens: list[str]) -> bool:
    """True for a sentence written in capitals, whose case says nothing about its words."""
    return len(tokens) >= 3 and sum(map(str.isupper, tokens)) * 2 > len(tokens)


@dataclass
class TitleModel:
    """Syllable n-gram counts and case forms, keyed by lower-case syllables."""

    total: int = 0
    unigrams: dict[str, int] = field(default_factory=dict)
    bigrams: dict[str, int] = field(default_factory=dict)
    trigrams: dict[str, int] = field(default_factory=dict)
    # Folded slug word -> its syllables, most frequent first.
    candidates: dict[str, list[str]] = field(default_factory=dict)
    # A syllable or a pair -> how it is written inside a sentence, when not lower case.
    case_forms: dict[str, str] = field(default_factory=dict)
    case_pairs: dict[str, str] = field(default_factory=dict)
    # Canonical tone placement -> the spelling most seen, when they differ.
    spellings: dict[str, str] = field(default_factory=dict)
    provenance: dict = field(default_factory=dict)
    # Derived at load (`_smoothing`), before ingest forks its workers.
    smoothing: _Smoothing | None = field(default=None, compare=False, repr=False)


@lru_cache(maxsize=200_000)
def _canonical(lower: str) -> str:
    return canonical_tone(lower) if not lower.isascii() else lower


class ModelCounter:
    """Count the n-grams and case forms of article bodies for a `TitleModel`."""

    def __init__(self) -> None:
        self.unigrams: Counter = Counter()
        self.bigrams: Counter = Counter()
        self.trigrams: Counter = Counter()
        self.initial: Counter = Counter()
        self.cased: defaultdict[str, Counter] = defaultdict(Counter)
        self.cased_pairs: defaultdict[str, Counter] = defaultdict(Counter)
        self.variants: defaultdict[str, Counter] = defaultdict(Counter)
        self.documents = 0

    def add(self, text: str) -> None:
        """Count one article body (never a title)."""
        self.documents += 1
        everything = scan(nfc(text))
        start = 0
        for stop in [i for i, t in enumerate(everything) if not t]:
            if stop > start:
                self._add_sentence(everything[start:stop])
            start = stop + 1

    def _add_sentence(self, tokens: list[str]) -> None:
        lowered = [t.lower() for t in tokens]
        keys = [_canonical(t) for t in lowered]
        for raw, key in zip(lowered, keys, strict=True):
            if raw != key:
                self.variants[key][raw] += 1
        self.unigrams.update(keys)
        self.initial[keys[0]] += 1
        pairs = [f"{a} {b}" for a, b in zip(keys, keys[1:], strict=False)]
        if pairs:
            self.initial[pairs[0]] += 1
        self.bigrams.update(pairs)
        self.trigrams.update(f"{p} {c}" for p, c in zip(pairs, keys[2:], strict=False))
        if is_shouting(tokens):
            return
        cased = [i for i in range(1, len(tokens)) if tokens[i] != lowered[i]]
        for i in cased:
            self.cased[keys[i]][_respell(tokens[i], keys[i])] += 1
        # Pairs inside the sentence with a capital in them (`Hà Nội`, `sông Đuống`).
        for i in sorted({j for c in cased for j in (c, c + 1)}):
            if 1 < i < len(tokens):
                form = f"{_respell(tokens[i - 1], keys[i - 1])} "
                form += _respell(tokens[i], keys[i])
                self.cased_pairs[pairs[i - 1]][form] += 1

    def model(
        self, min_bigram: int = 2, min_trigram: int = 3, provenance: dict | None = None
    ) -> TitleModel:
        """Prune the counts into a model."""
        unigrams = {k: n for k, n in self.unigrams.items() if n >= 2}
        by_fold: defaultdict[str, list[str]] = defaultdict(list)
        for key in sorted(unigrams, key=lambda k: (-unigrams[k], k)):
            by_fold[fold(key)].append(key)
        case_forms = {}
        for key, forms in self.cased.items():
            form, n = forms.most_common(1)[0]
            inside = self.unigrams[key] - self.initial[key]
            if n >= 2 and n * 2 > inside:
                case_forms[key] = form
        case_pairs = {}
        for pair, n in self.bigrams.items():
            if n < 3:
                continue
            left, right = pair.split(" ")
            forms = self.cased_pairs.get(pair)
            if not forms and left not in case_forms and right not in case_forms:
                continue  # lower case, as the syllables alone say
            forms = Counter(forms)
            inside = n - self.initial[pair]
            forms[pair] += inside - sum(forms.values())  # written in lower case
            form, seen = forms.most_common(1)[0]
            default = f"{case_forms.get(left, left)} {case_forms.get(right, right)}"
            if seen >= 3 and seen * 2 > inside and form != default:
                case_pairs[pair] = form
        spellings = {}
        for key, forms in self.variants.items():
            form, n = forms.most_common(1)[0]
            if key in unigrams and n * 2 > self.unigrams[key]:
                spellings[key] = form
        return TitleModel(
            total=sum(self.unigrams.values()),
            unigrams=unigrams,
            bigrams={k: n for k, n in self.bigrams.items() if n >= min_bigram},
            trigrams={k: n for k, n in self.trigrams.items() if n >= min_trigram},
            candidates=dict(by_fold),
            case_forms=case_forms,
            case_pairs=case_pairs,
            spellings=spellings,
            provenance=provenance or {},
        )


@lru_cache(maxsize=100_000)
def _respell(token: str, key: str) -> str:
    """Write a token's case onto its canonical spelling: (`HOÀ`, `hòa`) -> `HÒA`."""
    if token.isupper():
        return key.upper()
    if token[:1].isupper() and token[1:].islower():
        return key.capitalize()
    # Mixed case (`iPhone`, `CoV`): keep letter by letter when the lengths agree.
    if len(token) == len(key):
        return "".join(
            k.upper() if t.isupper() else k for t, k in zip(token, key, strict=True)
        )
    return token


def prune_model(model: TitleModel, min_bigram: int, min_trigram: int) -> TitleModel:
    """Drop the rarer pairs and triples of a model (a smaller file, a little less right)."""
    return TitleModel(
        total=model.total,
        unigrams=model.unigrams,
        bigrams={k: n for k, n in model.bigrams.items() if n >= min_bigram},
        trigrams={k: n for k, n in model.trigrams.items() if n >= min_trigram},
        candidates=model.candidates,
        case_forms=model.case_forms,
        case_pairs=model.case_pairs,
        spellings=model.spellings,
        provenance=model.provenance,
    )


_COUNT_SECTIONS = ("unigrams", "bigrams", "trigrams")
_FORM_SECTIONS = ("case_forms", "case_pairs", "spellings")


def _uint32(values: Iterable[int]) -> bytes:
    block = array.array("I", (min(v, 2**32 - 1) for v in values))
    if sys.byteorder == "big":
        block.byteswap()
    return block.tobytes()


def _read_uint32(blob: bytes) -> array.array:
    block = array.array("I")
    block.frombytes(blob)
    if sys.byteorder == "big":
        block.byteswap()
    return block


def _rare_parameters() -> list[int]:
    """What the stored rare-candidate pairs depend on: a file for others is re-derived."""
    return [MAX_CANDIDATES, RARE_LIMIT, RARE_SEEN]


def _tab_pairs(blob: bytes) -> Iterable[tuple[str, str]]:
    """The (key, value) pairs of `key<TAB>value` lines."""
    if not blob:
        return []
    parts = blob.decode("utf-8").replace("\t", "\n").split("\n")
    return zip(parts[::2], parts[1::2], strict=True)


def dump_model(model: TitleModel) -> bytes:
    """Serialise a model: a JSON header line, then key blocks and uint32 count blocks.

    Syllables are stored most frequent first (the order of each slug word's
    candidates), pairs and triples sorted; then the case forms and spellings;
    then what `_smoothing` derives from the counts (`_Stats`) and the
    rare-candidate pairs, so that loading need not derive them.
    """
    blocks: list[bytes] = []
    sections = {}
    for name in _COUNT_SECTIONS:
        counts: dict[str, int] = getattr(model, name)
        if name == "unigrams":
            keys = sorted(counts, key=lambda k: (-counts[k], k))
        else:
            keys = sorted(counts)
        keys_blob = "\n".join(keys).encode("utf-8")
        values = _uint32(counts[k] for k in keys)
        sections[name] = [len(keys_blob), len(values)]
        blocks += [keys_blob, values]
    for name in _FORM_SECTIONS:
        forms: dict[str, str] = getattr(model, name)
        blob = "\n".join(f"{k}\t{forms[k]}" for k in sorted(forms)).encode("utf-8")
        sections[name] = [len(blob)]
        blocks.append(blob)
    stats = _count_stats(model)
    unigram_order = {
        k: i
        for i, k in enumerate(
            sorted(model.unigrams, key=lambda k: (-model.unigrams[k], k))
        )
    }
    bigram_order = {k: i for i, k in enumerate(sorted(model.bigrams))}
    by_syllable = [(0, 0, 0)] * len(unigram_order)
    for w, left, kinds, seen in zip(
        stats.syllables, stats.left, stats.kinds1, stats.sum1, strict=True
    ):
        by_syllable[unigram_order[w]] = (left, kinds, seen)
    histories = sorted(
        zip(stats.histories, stats.kinds2, stats.sum2, strict=True),
        key=lambda h: bigram_order[h[0]],
    )
    extra = {
        "syllable_stats": b"".join(
            _uint32(column) for column in zip(*by_syllable, strict=True)
        )
        if by_syllable
        else b"",
        "history_stats": b"".join(
            _uint32(column)
            for column in (
                [bigram_order[h] for h, _, _ in histories],
                [k for _, k, _ in histories],
                [n for _, _, n in histories],
            )
        ),
        "rare_pairs": "\n".join(
            sorted(f"{a}\t{b}" for a, b in _rare_pairs(model))
        ).encode("utf-8"),
    }
    for name, blob in extra.items():
        sections[name] = [len(blob)]
        blocks.append(blob)
    header = {
        "format": MODEL_FORMAT,
        "total": model.total,
        "sections": sections,
        "rare_pairs_for": _rare_parameters(),
        "provenance": model.provenance,
    }
    payload = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return gzip.compress(payload + b"\n" + b"".join(blocks), compresslevel=9, mtime=0)


def load_model(data: bytes) -> TitleModel:
    """Read a model written by `dump_model` (this format or format 1)."""
    # Its million objects hold no cycles; collecting while they are made only
    # walks them again and again (a seventh of the load).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_model(data)
    finally:
        if collecting:
            gc.enable()


def _load_model(data: bytes) -> TitleModel:
    raw = gzip.decompress(data)
    end = raw.index(b"\n")
    header = json.loads(raw[:end])
    version = header.get("format")
    if version not in (MODEL_FORMAT, _FORMAT_1):
        raise ValueError(f"titles: not a title model: {version!r}")
    at = end + 1
    model = TitleModel(
        total=header["total"],
        provenance=header.get("provenance", {}),
    )
    sections = header["sections"]
    keys_of = {}
    for name in _COUNT_SECTIONS:
        key_size, value_size = sections[name]
        keys = raw[at : at + key_size].decode("utf-8").split("\n") if key_size else []
        at += key_size
        values = _read_uint32(raw[at : at + value_size])
        at += value_size
        keys_of[name] = keys
        setattr(model, name, dict(zip(keys, values.tolist(), strict=True)))
    for name in _FORM_SECTIONS:
        (size,) = sections[name]
        setattr(model, name, dict(_tab_pairs(raw[at : at + size])))
        at += size
    unigrams = model.unigrams
    if version == _FORMAT_1:  # syllables sorted by key, nothing derived
        syllables = sorted(unigrams, key=unigrams.__getitem__, reverse=True)
    else:
        syllables = keys_of["unigrams"]  # most frequent first
    by_fold: defaultdict[str, list[str]] = defaultdict(list)
    # Folded all at once: one `translate` of the joined keys.
    folded = fold("\n".join(syllables)).split("\n") if syllables else []
    for word, key in zip(folded, syllables, strict=True):
        by_fold[word].append(key)
    model.candidates = dict(by_fold)
    if version == _FORMAT_1:
        _smoothing(model)
        return model
    blocks = {}
    for name in ("syllable_stats", "history_stats", "rare_pairs"):
        (size,) = sections[name]
        blocks[name] = raw[at : at + size]
        at += size
    n = len(syllables)
    columns = _read_uint32(blocks["syllable_stats"]).tolist()
    left, kinds1, sum1 = columns[:n], columns[n : 2 * n], columns[2 * n :]
    columns = _read_uint32(blocks["history_stats"]).tolist()
    h = len(columns) // 3
    bigram_keys = keys_of["bigrams"]
    histories = [bigram_keys[i] for i in columns[:h]]
    stats = _Stats(
        syllables, left, kinds1, sum1, histories, columns[h : 2 * h], columns[2 * h :]
    )
    if header.get("rare_pairs_for") == _rare_parameters():
        rare_pairs = set(_tab_pairs(blocks["rare_pairs"]))
    else:
        rare_pairs = _rare_pairs(model)
    model.smoothing = _derive(model, stats, rare_pairs)
    return model


@lru_cache(maxsize=1)
def shipped_model() -> TitleModel:
    """Load the model shipped in `hoptac/data` once per process (an empty one if missing)."""
    try:
        data = resources.files("hoptac").joinpath("data", MODEL_FILE).read_bytes()
    except FileNotFoundError:
        logger.warning(
            "titles: %s missing; accents come from the article alone", MODEL_FILE
        )
        return TitleModel()
    return load_model(data)


class _Article:
    """The article's own counts, for the syllables that can stand for the slug's words."""

    def __init__(self, text: str, words: set[str]) -> None:
        self.unigrams: dict[str, int] = {}
        self.bigrams: dict[str, int] = {}
        self.trigrams: dict[str, int] = {}
        self.initial: dict[str, int] = {}  # first words (and pairs) of sentences
        # Only the forms that are not the canonical lower-case key are kept.
        self.cased: defaultdict[str, Counter] = defaultdict(Counter)
        self.cased_pairs: defaultdict[str, Counter] = defaultdict(Counter)
        self.spelled: defaultdict[str, Counter] = defaultdict(Counter)
        text = nfc(text)
        self.raw = text
        self.text = lowered = text.lower()  # where `_separator` looks for `tp.hcm`
        folded = lowered.translate(_FOLD_ALL)
        if len(lowered) != len(text) or len(folded) != len(text):
            # A letter whose case or fold changes its length: scan a copy
            # where it is a space (offsets must agree between the three).
            text = "".join(c if len(c.lower()) == 1 else " " for c in text)
            lowered = text.lower()
            folded = "".join(
                c if len(f) == 1 else " "
                for c, f in ((c, c.translate(FOLD_TABLE)) for c in lowered)
            )
            folded = folded.translate(FOLD_TABLE)
        self.total = text.count(" ") + text.count("\n") + 1  # about the tokens
        # Only the tokens that fold to a slug word are looked at: found in the
        # folded text, each with whether it follows another such token in the
        # same sentence and whether it opens a sentence.
        spans = _find_words(folded, words)
        breaks = [m.end() for m in _BREAK.finditer(folded)]
        self.tokens = [text[a:b] for a, b in spans]
        lows = [lowered[a:b] for a, b in spans]
        keys = list(map(_canonical, lows))
        after = [False] * len(spans)  # right after the previous found token
        opens = [False] * len(spans)  # the first token of its sentence
        end = -1  # where the previous found token ends
        for i, (a, b) in enumerate(spans):
            if end >= 0 and (
                a - end == 1 and folded[end] == " " or not _GAP.search(folded, end, a)
            ):
                after[i] = True
            else:
                at = bisect.bisect_right(breaks, a)
                since = breaks[at - 1] if at else 0
                opens[i] = end <= since and not _TOKEN_CHAR.search(folded, since, a)
            end = b
        unigrams, bigrams, trigrams = self.unigrams, self.bigrams, self.trigrams
        initial = self.initial
        for i, key in enumerate(keys):
            unigrams[key] = unigrams.get(key, 0) + 1
            if key != lows[i]:
                self.spelled[key][lows[i]] += 1
            if opens[i]:
                initial[key] = initial.get(key, 0) + 1
            if after[i]:
                pair = f"{keys[i - 1]} {key}"
                bigrams[pair] = bigrams.get(pair, 0) + 1
                if opens[i - 1]:
                    initial[pair] = initial.get(pair, 0) + 1
                if after[i - 1]:
                    triple = f"{keys[i - 2]} {pair}"
                    trigrams[triple] = trigrams.get(triple, 0) + 1
        self._count_capitals(text, spans, breaks, lows, keys, after, opens)
        self._count_near(folded, spans, breaks, keys, after)
        self.by_fold: defaultdict[str, list[str]] = defaultdict(list)
        for key in sorted(unigrams, key=unigrams.__getitem__, reverse=True):
            self.by_fold[_fold_lower(key)].append(key)

    def _count_capitals(
        self,
        text: str,
        spans: list[tuple[int, int]],
        breaks: list[int],
        lows: list[str],
        keys: list[str],
        after: list[bool],
        opens: list[bool],
    ) -> None:
        tokens = self.tokens
        shouting: dict[int, bool] = {}  # sentence's number -> written in capitals

        def in_capitals(i: int) -> bool:
            at = bisect.bisect_right(breaks, spans[i][0])
            if at not in shouting:
                start = breaks[at - 1] if at else 0
                stop = breaks[at] if at < len(breaks) else len(text)
                shouting[at] = is_shouting(_TOKEN.findall(text, start, stop))
            return shouting[at]

        cased = [i for i, t in enumerate(tokens) if t != lows[i] and not in_capitals(i)]
        for i in cased:
            # A sentence's first word has a capital anyway; `TPHCM` is still news.
            if not opens[i] or len(tokens[i]) > 1 and tokens[i].isupper():
                self.cased[keys[i]][_respell(tokens[i], keys[i])] += 1
        for i in sorted({j for c in cased for j in (c, c + 1) if j < len(tokens)}):
            # Both inside the sentence: its first word's capital says nothing.
            if after[i] and not opens[i - 1]:
                form = f"{_respell(tokens[i - 1], keys[i - 1])} "
                form += _respell(tokens[i], keys[i])
                self.cased_pairs[f"{keys[i - 1]} {keys[i]}"][form] += 1

    def _count_near(
        self,
        folded: str,
        spans: list[tuple[int, int]],
        breaks: list[int],
        keys: list[str],
        after: list[bool],
    ) -> None:
        """How often each syllable is written near each slug word (`near`).

        Near: in the same sentence, with fewer than NEAR_TOKENS tokens between
        (counted as the spaces between, less one). Keys are (syllable, slug word).
        `skips` counts the pairs of syllables written so, in order, not side by
        side (`dự olympiad` of `dự cuộc thi Olympiad`).
        """
        far = NEAR_TOKENS
        count = folded.count
        # Tokens between each found token and the one before (`far` for a
        # sentence's end between them, or a gap too long to hold fewer).
        gaps = [far] * len(spans)
        for i in range(1, len(spans)):
            if after[i]:
                gaps[i] = 0
                continue
            end, a = spans[i - 1][1], spans[i][0]
            if a - end > 12 * far:
                continue
            # About the tokens between: words are separated by one space.
            between = count(" ", end, a) - 1
            if between >= far:
                continue
            at = bisect.bisect_right(breaks, a)
            if at and breaks[at - 1] > end:
                continue  # a sentence ends between
            gaps[i] = between if between > 0 else 0
        near: dict[tuple[str, str], int] = {}
        get = near.get
        self.skips: dict[str, int] = {}
        skips = self.skips
        for i in range(1, len(spans)):
            between = gaps[i]
            j = i - 1
            while between < far:
                a, b = spans[i]
                start, end = spans[j]
                pair = (keys[i], folded[start:end])
                near[pair] = get(pair, 0) + 1
                pair = (keys[j], folded[a:b])
                near[pair] = get(pair, 0) + 1
                if between:  # not side by side: not in `bigrams`
                    skip = f"{keys[j]} {keys[i]}"
                    skips[skip] = skips.get(skip, 0) + 1
                if not j:
                    break
                between += gaps[j] + 1
                j -= 1
        self.near = near
        self.near_keys = {key for key, _ in near}

    def near_uses(self, key: str, words: Iterable[str]) -> int:
        """How often a syllable is written near one of `words` (each word counted)."""
        get = self.near.get
        return sum(get((key, word), 0) for word in words)

    def case_votes(self, key: str) -> dict[str, int]:
        """How the article writes a syllable, or a pair, inside sentences."""
        pair = " " in key
        inside = (self.bigrams if pair else self.unigrams).get(key, 0)
        inside -= self.initial.get(key, 0)
        cased = (self.cased_pairs if pair else self.cased).get(key)
        if not cased:
            return {key: inside} if inside > 0 else {}
        # Lower case first: a tie goes to it (a capital may open a quote or a list).
        votes = {key: inside - sum(cased.values())}
        for form, n in cased.items():
            votes[form] = votes.get(form, 0) + n
        return {form: n for form, n in votes.items() if n > 0}


def _candidates(
    words: list[str], model: TitleModel, article: _Article
) -> list[list[str]]:
    """The syllables each slug word can stand for.

    The corpus's commonest (at most MAX_CANDIDATES, none RARE_CANDIDATE times
    rarer than the first), every one the article has, and a rarer one when the
    corpus has it next to a syllable of a neighbour (`đụng` before `độ`).
    """
    smooth = _smoothing(model)
    common, rare = [], []
    for word in words:
        corpus = smooth.candidates.get(word)
        if corpus is None:
            known = model.candidates.get(word, [])
            floor = model.unigrams[known[0]] / RARE_CANDIDATE if known else 0
            corpus = smooth.candidates[word] = (
                [k for k in known[:MAX_CANDIDATES] if model.unigrams[k] >= floor],
                [
                    k
                    for k in known[MAX_CANDIDATES:RARE_LIMIT]
                    if model.unigrams[k] >= RARE_SEEN
                ],
            )
        found = corpus[0]
        seen = article.by_fold.get(word, [])
        seen = _written(seen, article.unigrams, model.unigrams)
        common.append([*found, *(k for k in seen if k not in found)] or [word])
        rare.append(corpus[1])
    paired = smooth.rare_pairs
    for i, extra in enumerate(rare):
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        common[i] += [k for k in extra if (before, k) in paired or (k, after) in paired]
    return common


def _written(
    seen: list[str], counts: dict[str, int], known: dict[str, int]
) -> list[str]:
    """The article's syllables of one slug word (`seen`), its slips left out.

    A syllable the corpus has never seen is a candidate only when the
    article writes it more often than every syllable of the same word the
    corpus knows (`săp` once beside `sắp` twice is a slip; a new name is
    not).
    """
    new = [k for k in seen if k not in known]
    if not new:
        return seen
    most = max((counts[k] for k in seen if k in known), default=0)
    return [k for k in seen if k in known or counts[k] > most]


@dataclass
class _Smoothing:
    """What interpolated absolute discounting needs beyond a model's counts.

    `low` is the lowest order: a syllable's share of the distinct syllables
    seen before it (Kneser-Ney's continuation count: `dụng` follows only `sử`,
    `ứng`, `tác`… and is unlikely after anything else, however common), mixed
    with its plain frequency. `rest1`/`rest2` are the probability mass a
    history leaves to the lower order: one less what its kept continuations
    take after discounting (pruned continuations are left to the lower order).
    """

    low: dict[str, float]
    unseen: float
    rest1: dict[str, float]
    rest2: dict[str, float]
    # The kept pairs with a rarer candidate (ranked below MAX_CANDIDATES among
    # the syllables of its slug word) in them: (slug word, syllable) or
    # (syllable, slug word) of its neighbour.
    rare_pairs: set[tuple[str, str]]
    # Filled as titles are restored: a slug word's commonest corpus syllables
    # and its rarer ones (`_candidates`).
    candidates: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)


@dataclass
class _Stats:
    """Integer statistics of a model's kept counts that smoothing needs (stored in the file).

    For each syllable: how many distinct syllables come before it among the
    kept pairs (`left`), how many kept pairs start with it (`kinds1`) and
    their summed counts (`sum1`); the same for each pair that starts kept
    triples (`histories`, `kinds2`, `sum2`).
    """

    syllables: list[str]
    left: list[int]
    kinds1: list[int]
    sum1: list[int]
    histories: list[str]
    kinds2: list[int]
    sum2: list[int]


def _count_stats(model: TitleModel) -> _Stats:
    left: Counter = Counter()
    kinds1: Counter = Counter()
    sum1: Counter = Counter()
    for pair, n in model.bigrams.items():
        before, _, after = pair.partition(" ")
        left[after] += 1
        kinds1[before] += 1
        sum1[before] += n
    kinds2: Counter = Counter()
    sum2: Counter = Counter()
    for triple, n in model.trigrams.items():
        history = triple[: triple.rindex(" ")]
        kinds2[history] += 1
        sum2[history] += n
    syllables = list(model.unigrams)
    histories = [h for h in kinds2 if h in model.bigrams]
    return _Stats(
        syllables,
        [left[w] for w in syllables],
        [kinds1[w] for w in syllables],
        [sum1[w] for w in syllables],
        histories,
        [kinds2[h] for h in histories],
        [sum2[h] for h in histories],
    )


def _rare_pairs(model: TitleModel) -> set[tuple[str, str]]:
    """The kept pairs with a rarer candidate in them, as `_Smoothing.rare_pairs`."""
    unigrams = model.unigrams
    rare = {
        k
        for known in model.candidates.values()
        for k in known[MAX_CANDIDATES:RARE_LIMIT]
        if unigrams[k] >= RARE_SEEN
    }
    rare_pairs = set()
    for pair in model.bigrams:
        left, _, right = pair.partition(" ")
        if right in rare:
            rare_pairs.add((_fold_lower(left), right))
        if left in rare:
            rare_pairs.add((left, _fold_lower(right)))
    return rare_pairs


def _smoothing(model: TitleModel) -> _Smoothing:
    if model.smoothing is None:
        model.smoothing = _derive(model, _count_stats(model), _rare_pairs(model))
    return model.smoothing


def _derive(
    model: TitleModel, stats: _Stats, rare_pairs: set[tuple[str, str]]
) -> _Smoothing:
    """The smoothing weights, from the counts' statistics (see `_Smoothing`)."""
    unigrams, bigrams, d = model.unigrams, model.bigrams, DISCOUNT
    kinds = sum(stats.left) or 1
    total = model.total or 1
    low = {
        w: CONTINUATION * n_left / kinds + (1 - CONTINUATION) * unigrams[w] / total
        for w, n_left in zip(stats.syllables, stats.left, strict=True)
    }
    # What a history's kept continuations take after discounting: their
    # counts less DISCOUNT each (exact in floating point: halves of integers).
    rest1 = {
        w: 1 - (n - d * k) / unigrams[w]
        for w, k, n in zip(stats.syllables, stats.kinds1, stats.sum1, strict=True)
        if k
    }
    rest2 = {
        h: 1 - (n - d * k) / bigrams[h]
        for h, k, n in zip(stats.histories, stats.kinds2, stats.sum2, strict=True)
    }
    return _Smoothing(
        low=low,
        unseen=(1 - CONTINUATION) * 0.5 / total,
        rest1=rest1,
        rest2=rest2,
        rare_pairs=rare_pairs,
    )


def _is_name(pair: str, model: TitleModel) -> bool:
    """Whether the corpus writes a pair as a name: both syllables with a capital.

    `Vũ Cát`, `Hà Nội`, but not `Phó TGĐ` (an acronym is no name's part)
    nor `sông Đuống`.
    """
    form = model.case_pairs.get(pair)
    if form is None:
        left, _, right = pair.partition(" ")
        left, right = model.case_forms.get(left), model.case_forms.get(right)
        return bool(left and right and left.istitle() and right.istitle())
    left, _, right = form.partition(" ")
    return left.istitle() and right.istitle()


def best_syllables(words: list[str], model: TitleModel, article: _Article) -> list[str]:
    """Viterbi: the likeliest syllables, one a slug word, under a trigram mixture.

    Each syllable scores `(1 - w) * corpus + w * article`: the corpus model
    with interpolated absolute discounting (Kneser-Ney's continuation counts
    at the lowest order), the article's own counts interpolated with fixed
    weights (a cache model).
    """
    smooth = _smoothing(model)
    low, unseen, rest1, rest2 = smooth.low, smooth.unseen, smooth.rest1, smooth.rest2
    m_uni, m_bi, m_tri = model.unigrams, model.bigrams, model.trigrams
    a_uni, a_bi, a_tri = article.unigrams, article.bigrams, article.trigrams
    a_skip = article.skips
    a_total = article.total or 1
    doc, corp = DOCUMENT_WEIGHT, 1 - DOCUMENT_WEIGHT
    d, l2, l3 = DISCOUNT, ARTICLE_BIGRAM, ARTICLE_TRIGRAM
    boost, floor = ARTICLE_BOOST, BOOST_FLOOR
    m_total = model.total or 1
    log = math.log

    # A state is the last two syllables chosen; its value the best log score and path.
    states: dict[tuple[str, str], tuple[float, tuple[str, ...]]] = {("", ""): (0.0, ())}
    near_keys = article.near_keys if NEAR_BOOST else ()
    for position, options in enumerate(_candidates(words, model, article)):
        # The title's other words around this one, for `near_uses`.
        around = [
            *words[max(0, position - NEAR_WORDS) : position],
            *words[position + 1 : position + NEAR_WORDS + 1],
        ]
        # Bigram-level estimates, once per previous syllable: corpus, article,
        # the corpus's factor, the next state.
        by_pair: dict[str, dict[str, tuple[float, float, float, tuple]]] = {}
        following: dict[tuple[str, str], tuple[float, tuple[str, ...]]] = {}
        plain: set[str] = set()  # last syllables of states scored without a triple
        # The corpus estimate's factor for each syllable: its mixture weight
        # times the article's boost (the article's syllables are likelier
        # here than in the corpus at large, by how much commoner they are in
        # the article).
        own = []  # (syllable, that factor, its lowest-order estimate)
        for w in options:
            n = a_uni.get(w, 0)
            f = corp
            if n and boost:
                f *= (1 + n / (a_total * (m_uni.get(w, 0) / m_total + floor))) ** boost
            if w in near_keys and (near := article.near_uses(w, around)):
                # ... and likelier still where the article writes it near the
                # title's other words: its own phrase, though not word for word.
                f *= (1 + near) ** NEAR_BOOST
            own.append((w, f, low.get(w, unseen)))
        # The same without a triple: (next state, log score) for each syllable.
        plain_scores: dict[str, list[tuple[tuple[str, str], float]]] = {}
        for (before2, before), (score, path) in states.items():
            pairs = by_pair.get(before)
            if pairs is None:
                pairs = by_pair[before] = {}
                a_before = a_uni.get(before, 0)
                m_before = m_uni.get(before, 0)
                rest = rest1.get(before, 1.0)
                for w, f, lowest in own:
                    pair = f"{before} {w}"
                    in_corpus = m_bi.get(pair, 0) if m_before else 0
                    in_article = a_bi.get(pair, 0) if a_before else 0
                    if a_before and (skipped := a_skip.get(pair)):
                        # ... and written with a token or two between.
                        in_article += SKIP_WEIGHT * skipped
                    if (
                        in_corpus
                        and not in_article
                        and (a_before or w in a_uni)
                        and _is_name(pair, model)
                    ):
                        # A name of the corpus (`Vũ Cát` of `Vũ Cát Tường`)
                        # that the article, writing one of its syllables
                        # (`cát`), never writes: not this title's name.
                        in_corpus = 0
                    c = lowest
                    if m_before:
                        c = (in_corpus - d if in_corpus else 0.0) / m_before
                        c += rest * lowest
                    known = in_corpus > 0
                    a = l2 * in_article / a_before if a_before else 0.0
                    # A pair neither model has seen starts no triple: its
                    # states, whatever came before, share one future
                    # (lossless, fewer states).
                    state = (before, w) if known or in_article else ("", w)
                    pairs[w] = (c, a, f, state)
                plain_scores[before] = [
                    (state, log(c * f + doc * a)) for c, a, f, state in pairs.values()
                ]
            history = f"{before2} {before}"
            # Only a history with kept triples (`rest2`) changes the corpus
            # estimate: with none, it is 0 / count + 1 * c, exactly c.
            rest = rest2.get(history) if before2 else None
            m_history = m_bi.get(history, 0) if rest is not None else 0
            a_history = a_bi.get(history, 0) if before2 else 0
            if m_history or a_history:
                for w in options:
                    c, a, f, state = pairs[w]
                    triple = f"{history} {w}"
                    if m_history:
                        n = m_tri.get(triple, 0)
                        c = (n - d if n else 0.0) / m_history + rest * c
                    if a_history:
                        n = a_tri.get(triple, 0)
                        a = l3 * n / a_history + (1 - l3) * a
                    total = log(c * f + doc * a) + score
                    best = following.get(state)
                    if best is None or best[0] < total:
                        following[state] = (total, path)
                continue
            # States come best first: one with the same last syllable and no
            # triple to use scores at most what the first such state did.
            if before in plain:
                continue
            plain.add(before)
            for state, total in plain_scores[before]:
                total += score
                best = following.get(state)
                if best is None or best[0] < total:
                    following[state] = (total, path)
        ranked = sorted(following.items(), key=lambda item: item[1][0], reverse=True)
        cutoff = ranked[0][1][0] - MARGIN  # far behind the best: never catches up
        states = {
            state: (score, (*path, state[1]))
            for state, (score, path) in ranked[:BEAM]
            if score >= cutoff
        }
    return list(max(states.values())[1])


def _second(item: tuple[str, int]) -> int:
    return item[1]


def _case(i: int, keys: list[str], model: TitleModel, article: _Article) -> str:
    """Write syllable i the way the article, then the corpus, writes it in a sentence.

    Pairs decide before single syllables (`Hà Nội` but `nội dung`); the
    article's own pairs before the corpus's.
    """
    key = keys[i]
    votes: dict[str, int] = {}
    if i > 0:
        for form, n in article.case_votes(f"{keys[i - 1]} {key}").items():
            form = form.split(" ")[1]
            votes[form] = votes.get(form, 0) + n
    if i + 1 < len(keys):
        right = article.case_votes(f"{key} {keys[i + 1]}")
        if votes and list(right) == [f"{key} {keys[i + 1]}"]:
            # The pair to the right is only ever written in lower case: the
            # syllable opens that word, whatever name the left pair ends
            # elsewhere (`ĐH Công nghiệp`, but `ĐH công bố`).
            return key
        for form, n in right.items():
            form = form.split(" ")[0]
            votes[form] = votes.get(form, 0) + n
    if votes:
        won = max(votes.items(), key=_second)[0]  # the first of equals
        # A capital that the article writes often in lower case too, and the
        # corpus never (`Công ty Cổ phần X` but `công ty mẹ`, `Kiểm toán
        # Nhà nước` but `kết luận kiểm toán`), belongs to the article's
        # names, not to the title's words.
        if (
            won != key
            and not won.isupper()
            and votes.get(key, 0) * LOWER_SHARE >= votes[won]
            and key not in model.case_forms
            and not (i > 0 and f"{keys[i - 1]} {key}" in model.case_pairs)
            and not (i + 1 < len(keys) and f"{key} {keys[i + 1]}" in model.case_pairs)
        ):
            return key
        return won
    # An article that writes the syllable one way only, twice or more inside
    # its sentences, outranks the corpus's pairs: `phúc thẩm Mỹ` in an
    # article that always writes `Mỹ`, though the corpus's `thẩm mỹ` is
    # lower case.
    votes = article.case_votes(key)
    if votes and key not in votes and key not in model.case_forms:
        # The article writes the syllable only with a capital, in its names
        # (`Công nghiệp`), while the title has it between two neighbours the
        # corpus pairs it with in lower case (`Hà Nội công bố thông tin`):
        # a common word.
        left = f"{keys[i - 1]} {key}" if i else ""
        right = f"{key} {keys[i + 1]}" if i + 1 < len(keys) else ""
        if all(p in model.bigrams and p not in model.case_pairs for p in (left, right)):
            return key
    if len(votes) == 1 and max(votes.values()) >= UNANIMOUS:
        return next(iter(votes))
    if i > 0 and (form := model.case_pairs.get(f"{keys[i - 1]} {key}")):
        return form.split(" ")[1]
    if i + 1 < len(keys) and (form := model.case_pairs.get(f"{key} {keys[i + 1]}")):
        return form.split(" ")[0]
    votes = article.case_votes(key)
    if votes:
        form, n = max(votes.items(), key=_second)
        # One capital in the article does not outvote a corpus that writes the
        # syllable in lower case (`thế`, `cách`); it does for a syllable the
        # corpus does not know (a new name).
        if n > 1 or form == key or key in model.case_forms or key not in model.unigrams:
            return form
    return model.case_forms.get(key, key)


def _spell(form: str, key: str, model: TitleModel, article: _Article) -> str:
    """Give a syllable the article's tone placement (`hoà` or `hòa`), else the corpus's."""
    variants = article.spelled.get(key)
    if variants:
        spelled, n = variants.most_common(1)[0]
        if n * 2 <= article.unigrams.get(key, 0):
            spelled = key
    else:
        spelled = model.spellings.get(key, key)
    return _respell(form, spelled) if spelled != key else form


def restore_title(url: str, text: str, model: TitleModel | None = None) -> str:
    """Rebuild an accented title from a URL slug, or "" when the slug has no words."""
    slug = slug_words(url)
    if len(slug) < 2:
        return ""
    model = shipped_model() if model is None else model
    # `u23` (python-slugify) is `u-23` to dantri: one syllable a letter or digit run.
    words, glued = [], []
    for word in slug:
        for k, piece in enumerate(_SYLLABLE.findall(word)):
            words.append(piece)
            glued.append(k > 0)
    article = _Article(text, set(words))
    keys = best_syllables(words, model, article)
    forms = [
        _spell(_case(i, keys, model, article), key, model, article)
        for i, key in enumerate(keys)
    ]
    for i, word in enumerate(words):
        if keys[i] == word and word not in model.candidates:
            forms[i] = _written_joined(word, article) or forms[i]
    # A capital already there is a name going on (`Hà Nội, Lâm Đồng …`), not a heading.
    colon = (
        _implied_colon(words, glued, keys, article, model)
        if _writes_headings(url)
        else None
    )
    if colon and forms[colon][:1].islower():
        forms[colon] = forms[colon][:1].upper() + forms[colon][1:]
    else:
        colon = None
    title = forms[0]
    for i in range(1, len(forms)):
        sep = (
            ": " if i == colon else _separator(keys[i - 1], keys[i], glued[i], article)
        )
        # The heading's date, whose `/` the slug lost: `8-2` is `8/2`.
        dated = colon and colon - 3 <= i < colon and words[i - 1].isdigit()
        if sep == " " and dated and words[i].isdigit():
            sep = "/"
        title += sep + forms[i]
    if forms[0][1:].islower() or forms[0][1:].isdigit() or not forms[0][1:]:
        title = title[:1].upper() + title[1:]  # sentence case, but `iPhone` stays
    return title


# Outlets whose titles open with `Hà Nội: …`, `Giá vàng hôm nay 8/2: …`
# headings. Dân trí does (its evaluation set: 5 such titles of 185, all
# found); VnExpress does not (`Nam Định thắng ngược ở V-League`: the same rule
# on its URLs lost 17 of 200 football titles, a club being a province).
_HEADING_OUTLETS = ("dantri.com.vn",)


def _writes_headings(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return any(host == o or host.endswith("." + o) for o in _HEADING_OUTLETS)


# Words that make a date before it a time of day, not a heading: `Sáng 6/2, …`.
_TIME_WORDS = frozenset(
    ["sang", "chieu", "toi", "trua", "dem", "ngay", "hom", "nay", "dau", "cuoi", "thu"]
    + ["gio"]
)


def _implied_colon(
    words: list[str],
    glued: list[bool],
    keys: list[str],
    article: _Article,
    model: TitleModel,
) -> int | None:
    """The word a heading's colon comes before, which the slug cannot show, or None.

    Three kinds of heading, right more often than wrong on the tune set (the
    real title then has a capital there): a date that ends a heading
    (`Giá vàng hôm nay 8/2: Giảm mạnh`, not `Sáng 6/2, …` nor a date at the
    end), a province that opens the title (`Hà Tĩnh: Tai nạn …`) when
    the article never writes it before the next word (`TP.HCM sẽ tổ chức …`
    is a sentence), and a case (`Vụ …: …`, `_case_heading`).
    """
    n = len(words)
    for i in range(1, n - 2):
        day, month = words[i - 1], words[i]
        if not (day.isdigit() and month.isdigit() and len(day) <= 2 >= len(month)):
            continue
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12) or glued[i]:
            continue
        end = i + 1
        if words[end].isdigit() and len(words[end]) == 4:  # the year
            end += 1
        before = words[: i - 1]
        if n - end >= 2 and before and not all(w in _TIME_WORDS for w in before):
            return end
    for size in range(min(4, n - 3), 0, -1):
        if tuple(words[:size]) in _place_openers():
            pair = f"{keys[size - 1]} {keys[size]}"
            return None if article.bigrams.get(pair) else size
    if keys[0] == "vụ":
        return _case_heading(keys, model, article)
    return None


# How much the article's habits move a `Vụ …:` colon (see `_case_heading`).
CASE_OPENER = 5.0


def _case_heading(keys: list[str], model: TitleModel, article: _Article) -> int | None:
    """Where the colon of a `Vụ …: …` title goes (nine in ten such titles have one).

    At the join the corpus model least expects (the lowest ratio of the
    syllable's probability after the two before it to its lowest-order
    estimate), made likelier where the article opens sentences with the
    syllable and less likely where the article writes the two together;
    with at least two words after `Vụ` and four after the colon. Among
    31,899 baomoi titles outside the evaluation buckets, 314 of 348 opening
    with `Vụ` have one colon; this finds its place for 172 of them.
    """
    smooth = _smoothing(model)
    low, unseen = smooth.low, smooth.unseen
    best, where = math.inf, None
    for i in range(3, len(keys) - 3):
        a, b, c = keys[i - 2], keys[i - 1], keys[i]
        lowest = low.get(c, unseen)
        estimate = lowest
        if n_b := model.unigrams.get(b, 0):
            n = model.bigrams.get(f"{b} {c}", 0)
            estimate = (n - DISCOUNT if n else 0.0) / n_b
            estimate += smooth.rest1.get(b, 1.0) * lowest
        history = f"{a} {b}"
        if (rest := smooth.rest2.get(history)) is not None:
            n = model.trigrams.get(f"{history} {c}", 0)
            estimate = (n - DISCOUNT if n else 0.0) / model.bigrams[
                history
            ] + rest * estimate
        score = math.log(estimate / lowest)
        opens = article.initial.get(c, 0) / (article.unigrams.get(c, 0) + 1)
        score -= CASE_OPENER * opens
        score += CASE_OPENER * math.log1p(article.bigrams.get(f"{b} {c}", 0))
        if score < best:
            best, where = score, i
    return where


@lru_cache(maxsize=1)
def _place_openers() -> frozenset[tuple[str, ...]]:
    """Slug words of the provinces' names, aliases and press abbreviations."""
    from hoptac.gazetteer import ProvinceGazetteer  # only once a title is restored

    # Countries are left out: `Trung Quốc chuẩn bị …` is a sentence far more
    # often than a heading (1 of 5 on the tune set had a colon).
    names = [s for p in ProvinceGazetteer.load() for s in p.spellings]
    names += list(PLACE_ABBREVIATIONS)  # `TP.HCM`, `Sài Gòn`, `BR-VT`
    openers = set()
    for name in names:
        pieces = _SYLLABLE.findall(fold_diacritics(name).lower())
        openers.add(tuple(pieces))
        if len(pieces) > 1 and " " not in name:
            openers.add(("".join(pieces),))  # `TP.HCM`: python-slugify's `tphcm`
    return frozenset(openers)


def _written_joined(word: str, article: _Article) -> str:
    """Find a slug word nothing folds to as the article writes it: `dongkg` -> `đồng/kg`.

    dantri's slugifier drops `/` (and sometimes `.`) instead of splitting there.
    """
    folded = article.text.translate(FOLD_TABLE)
    if len(folded) != len(article.raw):
        return ""
    joined = r"[./-]?".join(map(re.escape, word))
    found = re.search(f"(?<![a-z0-9]){joined}(?![a-z0-9])", folded)
    if found and not found.group().isalnum():
        return article.raw[found.start() : found.end()]
    return ""


def _separator(left: str, right: str, glued: bool, article: _Article) -> str:
    """Join two syllables as the article mostly does (`TP.HCM`, `6/2`), else by a space."""
    if not glued and not (left.isascii() or right.isascii()):
        return " "  # Vietnamese syllables are not written joined
    # Only tokens of different kinds (letters, digits) meet with nothing between.
    seps = ".-/" if left[-1:].isdigit() == right[:1].isdigit() else ".-/="
    text = article.text
    joined = {s: text.count(f"{left}{'' if s == '=' else s}{right}") for s in seps}
    sep = max(joined, key=joined.__getitem__)
    if not glued and joined[sep] * 2 <= text.count(f"{left} {right}"):
        return " "
    return "" if sep == "=" or not joined[sep] else sep


def count_bodies(bodies: Iterable[str]) -> ModelCounter:
    """Count article bodies into a `ModelCounter`."""
    counter = ModelCounter()
    for body in bodies:
        counter.add(body)
    return counter


def write_model(model: TitleModel, output: Path) -> int:
    """Write a model file; return its size in bytes."""
    data = dump_model(model)
    output.write_bytes(data)
    return len(data)
