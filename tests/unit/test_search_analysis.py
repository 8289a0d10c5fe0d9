"""The search analysis: shared cases (also asserted in the browser) and key rules."""

from __future__ import annotations

import json
import unicodedata
from array import array
from pathlib import Path

import pytest
from whoosh.analysis import StandardAnalyzer

from hoptac.search.analysis import (
    exact_analyzer,
    exact_terms,
    fold_term,
    folded_analyzer,
    iter_syllables,
    pair_terms,
    prepare_text,
)
from hoptac.search.index import build_schema
from hoptac.search.postings import InvertedIndex
from hoptac.search.shards import (
    MAX_BUCKETS,
    MIN_BUCKETS,
    browser_rules,
    bucket_count,
    bucket_of,
    decode_postings,
    encode_postings,
    render_rules_js,
)
from hoptac.vietnamese import ABBREVIATIONS, FOLD_TABLE, canonical_tone

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

CASES = json.loads((FIXTURES / "search" / "analysis_cases.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_shared_analysis_case(case):
    terms = exact_terms(case["input"])
    assert terms == case["exact"]
    assert [fold_term(t) for t in terms] == case["folded"]
    assert pair_terms(terms) == case["pairs"]


def test_old_and_new_tone_placement_give_one_term():
    expected = ["hòa", "thủy", "ủy"]
    assert exact_terms("hoà thuỷ uỷ") == exact_terms("hòa thủy ủy") == expected


def test_vietnamese_syllables_that_are_english_stop_words_survive():
    text = "an toàn máy bay có thể đi to in a can"
    assert exact_terms(text) == text.split()
    # The reason there is no stop list: Whoosh's standard one drops them.
    standard = [t.text for t in StandardAnalyzer()(text)]
    assert "an" not in standard and "to" not in standard


def test_decomposed_text_folds_without_stray_letters():
    decomposed = unicodedata.normalize("NFD", "Đặng Thị Ngọc Thịnh")
    folded = [t.text for t in folded_analyzer()(decomposed)]
    assert folded == ["dang", "thi", "ngoc", "thinh"]


def test_tokens_keep_offsets_of_the_prepared_text():
    text = "Tại TP.HCM, Hà Nội"
    # Whoosh reuses one Token object: read each while iterating.
    tokens = exact_analyzer()(text, chars=True)
    spans = {(t.text, text[t.startchar : t.endchar]) for t in tokens}
    assert ("hồ", "TP.HCM") in spans and ("nội", "Nội") in spans


def test_query_side_expands_long_abbreviations_in_any_case():
    from hoptac.search.query import query_terms

    assert query_terms("tphcm") == query_terms("TP.HCM") == exact_terms("TPHCM")
    assert query_terms("đầu tư") == ["đầu", "tư"]


def test_rules_for_the_browser_come_from_the_python_tables():
    rules = browser_rules()
    assert rules["abbreviations"] == ABBREVIATIONS
    fold = {c: base for base, chars in rules["foldGroups"].items() for c in chars}
    assert fold["đ"] == "d" and fold["ạ"] == "a" and fold["\u0301"] == ""
    assert fold == {chr(k): v or "" for k, v in FOLD_TABLE.items()}
    assert render_rules_js().count("window.hoptacSearchRules") == 1


def test_bucket_hash_is_fnv1a_as_published():
    # Reference values of 32-bit FNV-1a; the browser test checks the same keys.
    assert bucket_of("a", 1 << 32) == 0xE40C292C
    assert bucket_of("foobar", 1 << 32) == 0xBF9CF968


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_whoosh_analyzers_and_the_fast_path_agree(case):
    assert [t.text for t in exact_analyzer()(case["input"])] == case["exact"]
    assert [t.text for t in folded_analyzer()(case["input"])] == case["folded"]


@pytest.mark.parametrize("loose_case", [False, True])
def test_exact_terms_fast_path_equals_the_tokenizer(loose_case):
    """exact_terms (the index build's path) gives the terms iter_syllables gives."""
    texts = [p.read_text("utf-8") for p in sorted((FIXTURES / "search").glob("*.md"))]
    texts += [
        "huyệnCần Giờ, TP.HCM và UBND tỉnh Hoà Bình; ABCDef 2020abc xYz ĐàNẵng",
        "tphcm Tphcm TP. Hồ Chí Minh-Đà Nẵng_ủy ban",
    ]
    for text in texts:
        expected = [
            canonical_tone(word.lower())
            for word, _, _ in iter_syllables(prepare_text(text), loose_case)
        ]
        assert exact_terms(text, loose_case) == expected


def test_postings_encoding_round_trips():
    postings = [(0, 1), (1, 3), (15, 1), (16, 1), (600, 40), (70_000, 1), (70_001, 2)]
    text = encode_postings(postings)
    assert "," not in text and ":" not in text
    assert decode_postings(text) == postings
    assert encode_postings([(3, 1)]) == "6"  # a small gap: one character
    with pytest.raises(ValueError):
        encode_postings([(1, 0.5)])


def test_bucket_count_keeps_buckets_near_two_thousand_postings():
    def index_of(postings_per_term: int, terms: int) -> InvertedIndex:
        inverted = InvertedIndex(build_schema())
        docnums = array("I", range(postings_per_term))
        weights = array("f", [1.0] * postings_per_term)
        inverted.postings["body"] = {f"t{i}": (docnums, weights) for i in range(terms)}
        return inverted

    assert bucket_count(index_of(10, 20)) == MIN_BUCKETS  # a handful of articles
    assert bucket_count(index_of(1000, 2200)) == 1024  # 2.2 million: 2,655 articles
    assert bucket_count(index_of(1000, 33_000)) == 16_384
    assert bucket_count(index_of(10_000, 100_000)) == MAX_BUCKETS
