"""Turn an input file's bytes into text, or say precisely why that is impossible."""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata

from hoptac.ingest.records import InputError

logger = logging.getLogger(__name__)

DEFAULT_SIZE_LIMIT = 5 * 1024 * 1024  # one article; JSON Lines are limited per record
# A compressed input is refused before its records are read when it expands past
# this, or past EXPANSION_RATIO times its size once over EXPANSION_FLOOR: news
# text compresses 3-10 times, a decompression bomb hundreds of times.
DEFAULT_EXPANDED_LIMIT = 512 * 1024 * 1024
EXPANSION_RATIO = 100
EXPANSION_FLOOR = 16 * 1024 * 1024

# Bytes that pre-Unicode Vietnamese encodings use for common letters. In TCVN3
# (ABC) `Hà Nội` is `Hµ Néi`; in VNI it is `Haø Noäi`. Read as Windows-1252
# text, both look like Latin with odd punctuation, never like Vietnamese.
# TCVN3 puts letters at bytes Windows-1258 uses for symbols (`µ` for `à`, `®` for `đ`).
TCVN3_MARKERS = frozenset("µ¸¶·¹®¨©ª«¬\xad¾»¼½§¡¢£¤¥¦")
# VNI marks a vowel with a following byte; these ones never occur in Vietnamese.
VNI_PATTERN = re.compile(r"[aeiouyAEIOUY][øåæäöïëû]|[ñÑ][aeiouAEIOU]")
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u1ea0-\u1ef9]")


def decode_source(
    data: bytes, size_limit: int = DEFAULT_SIZE_LIMIT
) -> tuple[str, list[str]]:
    """Return (NFC text, messages) for an input's bytes; raise InputError when unreadable."""
    if not data.strip():
        raise InputError("empty file")
    if size_limit and len(data) > size_limit:
        raise InputError(
            f"file is {len(data):,} bytes, over the limit of {size_limit:,} "
            "(raise it with --max-size)"
        )
    messages: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"UTF-16 byte-order mark but invalid UTF-16: {exc}"
            ) from None
        messages.append("decoded as UTF-16 (byte-order mark)")
    elif b"\x00" in data[:4096]:
        raise InputError("binary file (NUL bytes): not text, HTML or JSON Lines")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
            messages.append("not UTF-8: decoded as Windows-1258 (Vietnamese)")
    _reject_legacy_font_encodings(text)
    if _looks_binary(text):
        raise InputError(
            "binary file (control characters): not text, HTML or JSON Lines"
        )
    # A stray control character is no word of the article, and no XML feed can carry
    # it; C1 controls are Windows-1252 punctuation decoded wrongly (`\x96` is `–`).
    text, removed = _CONTROL.subn("", text)
    text, repaired = _C1_CONTROL.subn(lambda m: _C1_AS_CP1252.get(m.group(), ""), text)
    if removed or repaired:
        messages.append(
            f"removed or repaired {removed + repaired} control character(s)"
        )
    return unicodedata.normalize("NFC", text), messages


def remove_control_characters(text: str) -> str:
    """Drop C0/DEL controls and repair C1 ones (as `decode_source` does to a file)."""
    text = _CONTROL.sub("", text)
    return _C1_CONTROL.sub(lambda m: _C1_AS_CP1252.get(m.group(), ""), text)


def _decode_legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes as Windows-1258, unless they are TCVN3 or VNI."""
    _reject_legacy_font_encodings(data.decode("latin-1"), check_vietnamese=False)
    text = data.decode("cp1258", errors="replace")
    if text.count("\ufffd") > len(text) // 100:
        raise InputError("not UTF-8 and not a Vietnamese 8-bit encoding")
    return text


def _reject_legacy_font_encodings(text: str, check_vietnamese: bool = True) -> None:
    """Raise when text is Vietnamese typed in a pre-Unicode font encoding."""
    text = unicodedata.normalize("NFC", text[:20_000])
    # Counted up to 20: plainly Unicode Vietnamese needs no letter count.
    found = VIETNAMESE_LETTERS.finditer(text) if check_vietnamese else iter(())
    vietnamese = sum(1 for _ in itertools.islice(found, 20))
    if vietnamese >= 20:
        return
    letters = sum(c.isalpha() for c in text) or 1
    if check_vietnamese and vietnamese / letters > 0.02:
        return
    tcvn3 = sum(c in TCVN3_MARKERS for c in text)
    vni = len(VNI_PATTERN.findall(text))
    if vni / letters > 0.03:
        raise InputError(
            "legacy VNI encoding detected (`Haø Noäi` for `Hà Nội`): "
            "convert the file to Unicode (UTF-8) first"
        )
    if tcvn3 / letters > 0.03:
        raise InputError(
            "legacy TCVN3 (ABC) encoding detected (`Hµ Néi` for `Hà Nội`): "
            "convert the file to Unicode (UTF-8) first"
        )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")
_C1_AS_CP1252 = {
    chr(code): bytes([code]).decode("cp1252")
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > len(sample) // 50
