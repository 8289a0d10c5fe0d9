"""Vietnamese analysis for the search index: Whoosh tokenizers and filters.

Every rule comes from `hoptac.vietnamese`; this module only composes them the
Whoosh way (a tokenizer piped into small filters). The browser runtime gets the
same rules rendered into `search/rules.js` (`hoptac.search.shards`), so both
sides turn text into the same terms. There is no stop list on purpose: `an`,
`to`, `may`, `can`, `a`, `in` are Vietnamese syllables.

>>> [t.text for t in exact_analyzer()("Hoà Bình và TP.HCM")]
['hòa', 'bình', 'và', 'thành', 'phố', 'hồ', 'chí', 'minh']
>>> [t.text for t in folded_analyzer()("Đà Nẵng an toàn")]
['da', 'nang', 'an', 'toan']
>>> [t.text for t in pair_analyzer()("xúc tiến thương mại")]
['xuc tien', 'tien thuong', 'thuong mai']
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, repeat
from operator import add

from whoosh.analysis import Filter, LowercaseFilter, Token, Tokenizer

from hoptac.vietnamese import (
    TOKEN_PATTERN,
    abbreviation_spans,
    canonical_tone,
    fix_lookalikes,
    fold_diacritics,
    nfc,
    split_glued_word,
)

logger = logging.getLogger(__name__)

# Joins the two folded syllables of a pair term (`ha noi`); a space never
# occurs inside a syllable, so pair terms cannot collide with single ones.
PAIR_SEPARATOR = " "


def prepare_text(text: str) -> str:
    """Return the form text is stored and tokenized in: NFC, real letters.

    Token offsets refer to this form, so snippets are cut from it too.
    """
    return fix_lookalikes(nfc(text))


def iter_syllables(
    text: str, loose_case: bool = False
) -> Iterator[tuple[str, int, int]]:
    """Yield `(syllable as written, start, end)` from prepared text.

    Abbreviations yield the syllables they stand for, each with the span of the
    abbreviation itself (`TP.HCM` -> `Thành`, `phố`, `Hồ`, `Chí`, `Minh`).
    """
    position = 0
    for start, end, expansion in abbreviation_spans(text, loose_case):
        yield from _plain_syllables(text, position, start)
        for match in TOKEN_PATTERN.finditer(expansion):
            yield match.group(), start, end
        position = end
    yield from _plain_syllables(text, position, len(text))


def _plain_syllables(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    for match in TOKEN_PATTERN.finditer(text, start, end):
        offset = match.start()
        for piece in split_glued_word(match.group()):
            yield piece, offset, offset + len(piece)
            offset += len(piece)


class SyllableTokenizer(Tokenizer):
    """Split text into syllables (letters and digits), expanding abbreviations.

    >>> [t.text for t in SyllableTokenizer()("UBND tỉnh")]
    ['Ủy', 'ban', 'nhân', 'dân', 'tỉnh']
    """

    def __init__(self, loose_case: bool = False):
        self.loose_case = loose_case

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, SyllableTokenizer) and other.loose_case == self.loose_case
        )

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        text = prepare_text(value)
        if not tokenize:
            token.original = token.text = text
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(text)
            yield token
            return
        for index, (word, start, end) in enumerate(
            iter_syllables(text, self.loose_case)
        ):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + index
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


class CanonicalToneFilter(Filter):
    """Place every tone mark the one canonical way: `hoà` -> `hòa`, `uỷ` -> `ủy`.

    >>> [t.text for t in (SyllableTokenizer() | CanonicalToneFilter())("thuỷ lợi")]
    ['thủy', 'lợi']
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = canonical_tone(token.text)
            yield token


class FoldFilter(Filter):
    """Remove tone and vowel marks and map `đ` to `d` (the text is NFC already).

    >>> [t.text for t in (SyllableTokenizer() | FoldFilter())("Đồng Nai")]
    ['Dong', 'Nai']
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold_diacritics(token.text)
            yield token


class PairFilter(Filter):
    """Replace the stream by its adjacent pairs, so phrases score as terms.

    >>> [t.text for t in (SyllableTokenizer() | PairFilter())("Hà Nội mới")]
    ['Hà Nội', 'Nội mới']
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        previous: str | None = None
        for token in tokens:
            current = token.text
            if previous is not None:
                token.text = previous + PAIR_SEPARATOR + current
                yield token
            previous = current


def exact_analyzer(loose_case: bool = False):  # -> whoosh CompositeAnalyzer
    """Syllables in NFC, canonical tone placement, lower case."""
    return SyllableTokenizer(loose_case) | LowercaseFilter() | CanonicalToneFilter()


def folded_analyzer(loose_case: bool = False):
    """The exact analysis, then diacritics folded away (`hà nội` -> `ha noi`)."""
    return exact_analyzer(loose_case) | FoldFilter()


def exact_pair_analyzer(loose_case: bool = False):
    """Adjacent exact syllables as one term (`văn phóng`), for names and places."""
    return exact_analyzer(loose_case) | PairFilter()


def pair_analyzer(loose_case: bool = False):
    """Adjacent folded syllables as one term (`ha noi`), for phrase proximity."""
    return folded_analyzer(loose_case) | PairFilter()


def exact_terms(text: str, loose_case: bool = False) -> list[str]:
    """Return the exact-field terms of text, in order.

    The same terms as `exact_analyzer` (and `iter_syllables`), without a Token
    or an offset per syllable: the index build analyses every text once here,
    word by word through cached functions inside `map`, with no Python loop
    per word.
    """
    text = prepare_text(text)
    pieces = []
    position = 0
    for start, end, expansion in abbreviation_spans(text, loose_case):
        pieces.append(map(_word_terms, TOKEN_PATTERN.findall(text, position, start)))
        pieces.append([tuple(map(exact_term, TOKEN_PATTERN.findall(expansion)))])
        position = end
    pieces.append(map(_word_terms, TOKEN_PATTERN.findall(text, position)))
    return list(chain.from_iterable(chain.from_iterable(pieces)))


@lru_cache(maxsize=200_000)
def _word_terms(word: str) -> tuple[str, ...]:
    """Return the exact terms of one written word, split if glued (`HàNội`)."""
    # The cheap test `split_glued_word` starts with: nearly every word is
    # lower case after its first letter and needs no split.
    if len(word) < 3 or word[1:].islower() or word.isupper():
        return (exact_term(word),)
    return tuple(map(exact_term, split_glued_word(word)))


@lru_cache(maxsize=200_000)
def exact_term(word: str) -> str:
    """Return the exact term of one syllable as written (`Hoà` -> `hòa`)."""
    return canonical_tone(word.lower())


@lru_cache(maxsize=200_000)
def fold_term(term: str) -> str:
    """Return the folded form of one exact term (`hòa` -> `hoa`)."""
    return fold_diacritics(term)


def exact_pair_terms(terms: list[str]) -> list[str]:
    """Return the adjacent pairs of exact terms, marks kept (`văn phóng`)."""
    firsts = map(add, terms, repeat(PAIR_SEPARATOR))
    return list(map(add, firsts, terms[1:]))


def pair_terms(terms: list[str]) -> list[str]:
    """Return the pair-field terms of a sequence of exact terms."""
    return exact_pair_terms(list(map(fold_term, terms)))
