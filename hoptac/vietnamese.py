"""Vietnamese text rules: the one home for normalisation, tone placement and folding.

Ingest, the tagger, the search index and the browser runtime (rendered from the
tables here) all take their rules from this module, so they cannot drift apart.
"""

from __future__ import annotations

import logging
import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from slugify import slugify

from hoptac.matching import WordStartPattern, trie_alternation

logger = logging.getLogger(__name__)

# Combining marks that carry a tone; the other marks (circumflex, breve, horn)
# change the vowel itself and never move.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
VOWEL_MARKS = "\u0302\u0306\u031b"
VOWELS = "aeiouy"

# Characters seen in the wild standing in for Vietnamese letters: the Icelandic
# eth (U+00D0/U+00F0) for đ/Đ (`ÐBSCL`), and invisible joiners and soft
# hyphens inside words (`Thái Bình Dư\u00adơng` is the Pacific, one word).
LOOKALIKES = {
    "\u00d0": "\u0110",
    "\u00f0": "\u0111",
    "\u00a0": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\u00ad": "",
}

# The places data: its `[abbreviations]` are the press's short forms of place
# names (`TP.HCM`, `TT-Huế`), kept there with every other spelling of a place.
PLACES_FILE = Path(__file__).resolve().parent / "data" / "places.toml"


def _place_abbreviations() -> dict[str, str]:
    """Return the place abbreviations of the package's places data, in file order."""
    with PLACES_FILE.open("rb") as handle:
        return {
            str(k): str(v) for k, v in tomllib.load(handle)["abbreviations"].items()
        }


# `TP.HCM`, `Sài Gòn`, `BR-VT` -> the province's name (from `data/places.toml`).
PLACE_ABBREVIATIONS = _place_abbreviations()


# Abbreviations as written in the press -> the words they stand for. Used for
# matching (gazetteer, tagger, search query expansion), never to rewrite a body.
# Matched longest first, so `TP.HCM` wins over `TP.`.
ABBREVIATIONS: dict[str, str] = {
    **PLACE_ABBREVIATIONS,
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "UVTW": "Ủy viên Trung ương",
    "UVTV": "Ủy viên Ban Thường vụ",
    "ĐBQH": "Đại biểu Quốc hội",
    "TƯ": "Trung ương",
    "TW": "Trung ương",
    "TP.": "Thành phố",
    "TP": "Thành phố",
}

# Abbreviations the press uses without always spelling them out, for search
# only: a query naming either spelling finds both (hoptac.search.abbreviations
# merges these with those learned from the archive and the archivist's file).
# Unlike ABBREVIATIONS they are never expanded inside a text.
SEARCH_ABBREVIATIONS: dict[str, str] = {
    "UBKT": "Ủy ban Kiểm tra",
    "PCCC": "phòng cháy chữa cháy",
    "BHXH": "bảo hiểm xã hội",
    "BHYT": "bảo hiểm y tế",
    "BHTN": "bảo hiểm thất nghiệp",
    "CSGT": "cảnh sát giao thông",
    "ATGT": "an toàn giao thông",
    "TNGT": "tai nạn giao thông",
    "ATTP": "an toàn thực phẩm",
    "GTVT": "giao thông vận tải",
    "THPT": "trung học phổ thông",
    "THCS": "trung học cơ sở",
    "CNTT": "công nghệ thông tin",
    "KCN": "khu công nghiệp",
    "HTX": "hợp tác xã",
    "NTM": "nông thôn mới",
    "NHNN": "Ngân hàng Nhà nước",
    "HĐQT": "hội đồng quản trị",
    "BĐS": "bất động sản",
    "CAND": "Công an nhân dân",
    "QĐND": "Quân đội nhân dân",
    "TAND": "Tòa án nhân dân",
    "VKSND": "Viện kiểm sát nhân dân",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KH&CN": "Khoa học và Công nghệ",
    "TN&MT": "Tài nguyên và Môi trường",
    "TT&TT": "Thông tin và Truyền thông",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
}

_WORD = re.compile(r"[^\W\d_]+")
# Runs of blanks other than a lone space (a lone space needs no rewriting: most are).
_SPACES = re.compile(r"[^\S\n]{2,}|[^\S \n]")
_LINE_BREAKS = re.compile(r" ?\n[\s]*")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        base = "".join(
            c
            for c in unicodedata.normalize("NFD", chr(code))
            if not unicodedata.combining(c)
        )
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base
    for char, plain in {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}.items():
        table[ord(char)] = plain
    # Lone combining marks (text that escaped NFC) vanish instead of becoming letters.
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


FOLD_TABLE = _build_fold_table()


def _letters(predicate) -> str:
    letters = [chr(c) for c in FOLD_TABLE if chr(c).isalpha() and predicate(chr(c))]
    return "".join(
        sorted(
            set(
                letters
                + [c for c in "abcdefghijklmnopqrstuvwxyz" if predicate(c)]
                + [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if predicate(c)]
            )
        )
    )


LOWER_LETTERS = _letters(str.islower)
UPPER_LETTERS = _letters(str.isupper)
_LOWER, _UPPER = LOWER_LETTERS, UPPER_LETTERS
# `huyệnCần`: a capital right after a lower-case letter, followed by lower case.
# Found from the capital (a lookbehind first would stop the scan at every letter).
_CAPITAL_THEN_LOWER = re.compile(f"[{_UPPER}](?=[{_LOWER}])")
_LOWER_SET = frozenset(_LOWER)
_O_U, _TONED_O_U = "ou", "òóỏõọùúủũụ"
_A_E_Y, _TONED_A_E_Y = "aey", "àáảãạèéẻẽẹỳýỷỹỵ"
# Words whose tone can sit in two places: `oa`/`oe`/`uy` pairs with a tone on
# one of the two (a pair without one, as in `chuyện`, has nothing to move), and
# a tone typed on the `u` of `qu` or the `i` of `gi` (`qủa`, `gìa`).
_TWO_PLACEMENT = re.compile(
    f"[{_TONED_O_U}{_TONED_O_U.upper()}]"
    f"[{_A_E_Y}{_TONED_A_E_Y}{_A_E_Y.upper()}{_TONED_A_E_Y.upper()}]"
    f"|[{_O_U}{_O_U.upper()}][{_TONED_A_E_Y}{_TONED_A_E_Y.upper()}]"
    "|[qQ][ùúủũụ]|[gG][ìíỉĩị](?=[aăâeêoôơuưy])"
)


def nfc(text: str) -> str:
    """Return text in Unicode NFC, the form the archive stores."""
    return unicodedata.normalize("NFC", text)


def fix_lookalikes(text: str) -> str:
    """Replace look-alike characters (Icelandic eth, NBSP, zero-width) with the real ones."""
    # Searching first is far cheaper than translating text that has none.
    return text.translate(_LOOKALIKE_TABLE) if _LOOKALIKE.search(text) else text


_LOOKALIKE_TABLE = str.maketrans(LOOKALIKES)
_LOOKALIKE = re.compile("[" + "".join(LOOKALIKES) + "]")


@lru_cache(maxsize=200_000)
def canonical_tone(word: str) -> str:
    """Place the tone mark of one syllable the traditional way: `hoà` -> `hòa`, `uỷ` -> `ủy`.

    >>> canonical_tone("thuỷ"), canonical_tone("Hoà"), canonical_tone("hoàng")
    ('thủy', 'Hòa', 'hoàng')
    """
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return word
    letters: list[list[str]] = []
    for char in decomposed:
        if unicodedata.combining(char):
            if char not in TONE_MARKS and letters:
                letters[-1].append(char)
        else:
            letters.append([char])
    bases = [letter[0].lower() for letter in letters]
    start = next((i for i, b in enumerate(bases) if b in VOWELS), None)
    if start is None:
        return word
    end = start
    while end < len(bases) and bases[end] in VOWELS:
        end += 1
    cluster = list(range(start, end))
    # `qu` and `gi` (before another vowel) are consonants, not part of the nucleus.
    if (
        len(cluster) > 1
        and start > 0
        and (
            (bases[start] == "u" and bases[start - 1] == "q")
            or (bases[start] == "i" and bases[start - 1] == "g")
        )
    ):
        cluster = cluster[1:]
    marked = [i for i in cluster if len(letters[i]) > 1]
    if marked:
        target = marked[-1]
    elif end < len(bases):
        target = cluster[-1]
    elif len(cluster) == 3:
        target = cluster[1]
    else:
        target = cluster[0]
    letters[target].append(tones[0])
    return unicodedata.normalize("NFC", "".join("".join(letter) for letter in letters))


def canonical_tones(text: str) -> str:
    """Apply `canonical_tone` to every word of an NFC text."""
    # Only a few syllables have two tone placements in use: find those letter
    # pairs, then rewrite the words around them.
    parts, last = [], 0
    for match in _TWO_PLACEMENT.finditer(text):
        start, end = match.start(), match.end()
        if start < last:
            continue
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        parts += [text[last:start], canonical_tone(text[start:end])]
        last = end
    if not parts:
        return text
    return "".join(parts) + text[last:]


def _split_glued(word: str) -> str:
    """Split `huyệnCần` into `huyện Cần`: a capital after lower case starts a new word."""
    if len(word) < 3 or word[1:].islower() or word.isupper():
        return word  # nearly every word: nothing glued
    cuts = [
        i
        for i in range(1, len(word) - 1)
        if word[i].isupper() and word[i - 1].islower() and word[i + 1].islower()
    ]
    for i in reversed(cuts):
        word = word[:i] + " " + word[i:]
    return word


def _split_glued_words(text: str) -> str:
    """`huyệnCần Giờ` -> `huyện Cần Giờ`: a space before a capital glued to lower case.

    Not inside names and brands written in ASCII camel case (`McMaster`,
    `YouTube`, `iPhone`): there the capital is the spelling, not a lost space.
    """
    parts, last = [], 0
    for match in _CAPITAL_THEN_LOWER.finditer(text):
        start = match.start()
        if start and text[start - 1] in _LOWER_SET:
            window = text[max(0, start - 40) : start]
            head = window.rsplit(None, 1)[-1] if window.strip() else ""
            if head.isascii() and (head[:1].isupper() or len(head) == 1):
                continue
            parts += [text[last:start], " "]
            last = start
    return "".join(parts) + text[last:] if parts else text


def normalize_for_matching(text: str) -> str:
    """Return the form every matcher works on: NFC, real letters, one tone placement.

    Also splits words glued across a lost tag boundary (`huyệnCần Giờ`).
    The result is for matching only; bodies keep their words as published.
    """
    text = canonical_tones(fix_lookalikes(nfc(text)))
    text = _split_glued_words(text)
    # Paragraph breaks survive: a name never runs across them.
    return _LINE_BREAKS.sub("\n", _SPACES.sub(" ", text)).strip()


# Tone marks only: the vowel marks (ă â ê ô ơ ư) and đ stay, they change the syllable.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def toneless(word: str) -> str:
    """Return text lower-cased without its tone marks: `Trọng` -> `trong`, `Đức` -> `đưc`."""
    decomposed = unicodedata.normalize("NFD", word.lower()).translate(_TONE_MARKS)
    return unicodedata.normalize("NFC", decomposed)


def fold_diacritics(text: str) -> str:
    """Remove tone and vowel marks and map `đ/Đ` to `d/D`: `Đà Nẵng` -> `Da Nang`.

    Normalises to NFC first: folding decomposed text mark by mark would leave
    stray letters where the marks were.
    """
    return nfc(text).translate(FOLD_TABLE)


# Precomposed letters to their base letters, as python-slugify's transliteration
# (Unidecode) gives them; lone combining marks are left to it (it spells some out).
_SLUG_TABLE = {code: plain for code, plain in FOLD_TABLE.items() if plain}


def slugify_text(text: str, **options) -> str:
    """python-slugify's slug of `text` (`options` are its own), Vietnamese letters folded first.

    Unidecode transliterates each non-ASCII character in Python (0.2 ms a
    title); one `translate` first leaves it next to nothing to do, and the slug
    is the same (tests/unit/test_vietnamese.py checks every folded letter).
    """
    return slugify(text.translate(_SLUG_TABLE), **options)


_NOT_KEY_BYTES = bytes(c for c in range(128) if not chr(c).isalnum())
_D_LETTERS = {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}


def fold_key(text: str) -> str:
    """Return a lower-case, folded, space-free key: `Thừa Thiên - Huế` -> `thuathienhue`.

    The letters and digits of `fold_diacritics(text).lower()`, ASCII only. Taken
    from the canonical decomposition, whose marks and non-Latin letters fall away
    as non-ASCII: five times cheaper than folding character by character (the
    ingest fingerprints whole bodies with it).
    """
    text = unicodedata.normalize("NFD", text)
    for letter, plain in _D_LETTERS.items():  # the one letter with no decomposition
        if letter in text:
            text = text.replace(letter, plain)
    ascii_text = text.encode("ascii", "ignore").lower()
    return ascii_text.translate(None, _NOT_KEY_BYTES).decode("ascii")


def syllables(text: str) -> list[str]:
    """Split text into lower-case syllables in matching form, keeping digits."""
    return re.findall(r"\w+", normalize_for_matching(text).lower())


def expand_abbreviations(text: str, loose_case: bool = False) -> str:
    """Replace known abbreviations (`TP.HCM`, `UBND`) by the words they stand for.

    `loose_case` also expands the long ones typed in any case (`tphcm`), as
    search queries are; never for bodies, where `tư` is a syllable, not `TƯ`.
    """
    parts, last = [], 0
    for start, end, expansion in abbreviation_spans(text, loose_case):
        parts += [text[last:start], expansion]
        last = end
    return "".join(parts) + text[last:]


_ABBREVIATION_PATTERN = WordStartPattern(
    rf"(?:{trie_alternation(ABBREVIATIONS)})(?![\w])"
)


# Search syllables: runs of letters and digits. The browser runtime gets the
# JavaScript spelling of the same class (rendered into search/rules.js).
TOKEN_PATTERN = re.compile(r"[^\W_]+")
TOKEN_PATTERN_JS = r"[\p{L}\p{N}]+"
# Abbreviations with at least this many letters are matched in any case in
# queries (`tphcm`, `ubnd`); shorter ones (`TƯ`, `TP`) are syllables in lower case.
LOOSE_CASE_MIN_LETTERS = 4
_LOOSE_ABBREVIATIONS = {
    key.lower(): value
    for key, value in ABBREVIATIONS.items()
    if sum(c.isalpha() for c in key) >= LOOSE_CASE_MIN_LETTERS
}
_LOOSE_ABBREVIATION_PATTERN = re.compile(
    r"(?<!\w)("
    + "|".join(
        re.escape(a) for a in sorted(_LOOSE_ABBREVIATIONS, key=len, reverse=True)
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


def abbreviation_spans(
    text: str, loose_case: bool = False
) -> list[tuple[int, int, str]]:
    """Return `(start, end, expansion)` for every known abbreviation in text."""
    if not loose_case:
        return [
            (m.start(), m.end(), ABBREVIATIONS[m.group()])
            for m in _ABBREVIATION_PATTERN.finditer(text)
        ]
    spans = []
    for m in _LOOSE_ABBREVIATION_PATTERN.finditer(text):
        found = m.group()
        expansion = ABBREVIATIONS.get(found) or _LOOSE_ABBREVIATIONS[found.lower()]
        spans.append((m.start(), m.end(), expansion))
    # Short abbreviations still count when written as the press writes them.
    taken = [(s, e) for s, e, _ in spans]
    for m in _ABBREVIATION_PATTERN.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            spans.append((m.start(), m.end(), ABBREVIATIONS[m.group()]))
    return sorted(spans)


def split_glued_word(word: str) -> list[str]:
    """Split a word glued across a lost tag boundary: `huyệnCần` -> [`huyện`, `Cần`]."""
    return _split_glued(word).split(" ")
