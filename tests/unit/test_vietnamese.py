from __future__ import annotations

import re
import unicodedata

import pytest
from slugify import slugify

from hoptac.vietnamese import (
    FOLD_TABLE,
    canonical_tone,
    canonical_tones,
    expand_abbreviations,
    fold_diacritics,
    fold_key,
    normalize_for_matching,
    slugify_text,
    syllables,
)


@pytest.mark.parametrize(
    ("word", "canonical"),
    [
        ("hoà", "hòa"),
        ("Hoà", "Hòa"),
        ("thuỷ", "thủy"),
        ("uỷ", "ủy"),
        ("Thanh Hoá"[6:], "Hóa"),
        ("hoàng", "hoàng"),
        ("quý", "quý"),
        ("người", "người"),
        ("giữ", "giữ"),
        ("thuyết", "thuyết"),
        ("khoẻ", "khỏe"),
        ("Nội", "Nội"),
        ("ok", "ok"),
    ],
)
def test_canonical_tone_places_the_mark_one_way(word: str, canonical: str) -> None:
    assert canonical_tone(word) == canonical


def test_text_tones_move_only_within_a_toned_pair() -> None:
    # Words glued by a lost space, and foreign words, keep their marks where they are.
    kept = "doanhnhà quanở pequeña chuyện huyệnCần"
    assert canonical_tones(kept) == kept
    assert canonical_tones("Thành uỷ Thanh Hoá, qủa") == "Thành ủy Thanh Hóa, quả"


def test_blanks_become_one_space_and_breaks_one_newline() -> None:
    text = "Hà\tNội  có\u00a0mưa \n\n  Huế \u2003 nắng"
    assert normalize_for_matching(text) == "Hà Nội có mưa\nHuế nắng"


def test_both_tone_placements_match_after_normalisation() -> None:
    assert normalize_for_matching("Thành uỷ Thanh Hoá") == normalize_for_matching(
        "Thành ủy Thanh Hóa"
    )


def test_normalisation_repairs_decomposed_text_eth_and_glued_words() -> None:
    decomposed = unicodedata.normalize("NFD", "Hà Nội")
    assert normalize_for_matching(decomposed) == "Hà Nội"
    assert normalize_for_matching("\u00d0BSCL") == "ĐBSCL"
    assert normalize_for_matching("huyệnCần Giờ") == "huyện Cần Giờ"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đà Nẵng", "Da Nang"),
        ("Thừa Thiên Huế", "Thua Thien Hue"),
        (unicodedata.normalize("NFD", "Nguyễn Văn Phong"), "Nguyen Van Phong"),
        ("ÐBSCL", "DBSCL"),
    ],
)
def test_fold_diacritics_maps_d_and_never_leaves_stray_marks(
    text: str, folded: str
) -> None:
    assert fold_diacritics(text) == folded


def test_fold_key_keeps_what_folding_keeps_for_every_character() -> None:
    # The definition fold_key's fast path must agree with, on every code point
    # alone and on each letter below U+0250 with the marks Vietnamese uses.
    def reference(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", fold_diacritics(text).lower())

    singles = (chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    marked = (
        chr(c) + mark
        for c in range(0x250)
        for mark in "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"
    )
    assert [t for t in (*singles, *marked) if fold_key(t) != reference(t)] == []


def test_slugify_text_gives_python_slugifys_slug() -> None:
    # Each letter the table folds, alone, inside a word, at a cut and decomposed,
    # slugs as python-slugify slugs it untouched.
    letters = [chr(code) for code in FOLD_TABLE if FOLD_TABLE[code]]
    assert "ữ" in letters and "Đ" in letters
    for letter in letters:
        for text in (
            letter,
            f"a{letter}b c",
            f"{letter}{letter} x{letter}",
            unicodedata.normalize("NFD", letter),
        ):
            assert slugify_text(text) == slugify(text), text
            cut = {"max_length": 3, "word_boundary": True}
            assert slugify_text(text, **cut) == slugify(text, **cut), text
    title = "Đà Nẵng – “Hội An” ký kết hợp tác: ưu tiên Ửng Ậu"
    assert (
        slugify_text(title)
        == slugify(title)
        == "da-nang-hoi-an-ky-ket-hop-tac-uu-tien-ung-au"
    )


def test_fold_key_and_abbreviations() -> None:
    assert fold_key("Bà Rịa - Vũng Tàu") == "bariavungtau"
    # Letters that are not Latin, and punctuation beyond ASCII, leave no trace.
    assert fold_key("Seoul (서울) – “Hàn Quốc” № 1") == "seoulhanquoc1"
    assert (
        expand_abbreviations("UBND TP.HCM") == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    )
    assert (
        expand_abbreviations("TPHCM và TT-Huế")
        == "Thành phố Hồ Chí Minh và Thừa Thiên Huế"
    )


def test_syllables_are_lower_case_and_keep_numbers() -> None:
    assert syllables("Xúc tiến THƯƠNG MẠI 2019") == [
        "xúc",
        "tiến",
        "thương",
        "mại",
        "2019",
    ]


def test_glued_words_split_but_camel_case_names_stay() -> None:
    # a space lost between Vietnamese words is put back …
    assert normalize_for_matching("huyệnCần Giờ, Hà NộiThủ tướng") == (
        "huyện Cần Giờ, Hà Nội Thủ tướng"
    )
    # … but names and brands spelled in camel case keep their spelling
    assert normalize_for_matching("H.R. McMaster, Betsy DeVos, iPhone, YouTube") == (
        "H.R. McMaster, Betsy DeVos, iPhone, YouTube"
    )
