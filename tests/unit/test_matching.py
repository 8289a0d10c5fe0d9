from __future__ import annotations

import re

import pytest

from hoptac.matching import WordStartPattern, trie_alternation

NAMES = ["Ha Noi", "Ha Nam", "Ha", "Nam Dinh", "Noi Bai", "Nam"]
TEXTS = [
    "Ha Noi, Ha Nam va Nam Dinh; Noi Bai",
    "XHa Noi Ha-Nam aNam Dinh_Nam Nam",
    "Ha Noi Bai",  # overlapping names: the first wins, as with finditer
    "Hà Ha Nam Định Ha Na",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("joiners", ["", "-"])
def test_word_start_pattern_finds_what_a_lookbehind_finds(
    text: str, joiners: str
) -> None:
    body = rf"({trie_alternation(NAMES)})(?!\w)"
    reference = re.compile(rf"(?<![\w{re.escape(joiners)}]){body}")
    fast = WordStartPattern(body, joiners=joiners)
    assert [m.span(1) for m in fast.finditer(text)] == [
        m.span(1) for m in reference.finditer(text)
    ]


def test_trie_prefers_the_longest_name_at_one_place() -> None:
    pattern = re.compile(f"(?:{trie_alternation(['an ninh', 'an ninh mạng'])})(?!\\w)")
    assert pattern.match("an ninh mạng quốc gia").group() == "an ninh mạng"
    assert pattern.match("an ninh mạnh").group() == "an ninh"


def test_an_empty_match_is_never_given() -> None:
    assert list(WordStartPattern(r"x*").finditer("a x b")) != []
    assert all(m.group() for m in WordStartPattern(r"x*").finditer("a x b"))
