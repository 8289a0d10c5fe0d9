"""Ranking, filters and hostile input on an index built from tests/fixtures/search."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.scoring import BM25F

from hoptac.search.index import build_index, documents_from_markdown
from hoptac.search.query import (
    BM25_B,
    BM25_K1,
    Filters,
    QueryError,
    SearchIndex,
    filter_query,
    rank_key,
    whoosh_query,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "search"


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SearchIndex:
    documents = documents_from_markdown(FIXTURES.glob("*.md"))
    index_dir = tmp_path_factory.mktemp("search") / "whoosh"
    stats = build_index(documents, index_dir)
    assert stats.documents == len(documents) > 10
    return SearchIndex(index_dir)


def ranked_ids(index: SearchIndex, text: str, **filters) -> list[str]:
    result = index.search(text, Filters(**filters), per_page=50)
    return [hit.source_id for hit in result.hits]


def ranks_before(ids: list[str], first: str, second: str) -> bool:
    return first in ids and (second not in ids or ids.index(first) < ids.index(second))


def test_unaccented_name_ranks_the_toneless_spelling_first(index):
    ids = ranked_ids(index, "nguyen van phong")
    assert ranks_before(ids, "leader_nguyen_van_phong", "leader_nguyen_van_phong_sac")
    # Typed with its accent, the other official comes first.
    ids = ranked_ids(index, "Nguyễn Văn Phóng")
    assert ids[0] == "leader_nguyen_van_phong_sac"
    assert ranked_ids(index, "Nguyễn Văn Phong")[0] == "leader_nguyen_van_phong"


def test_hoa_binh_finds_the_province_before_hoa_words(index):
    ids = ranked_ids(index, "hoa binh")
    assert ids[0] == "province_hoa_binh"
    assert "words_hoa_chat_binh" in ids


def test_accented_query_ranks_exact_diacritics_first(index):
    ids = ranked_ids(index, "Hà")
    assert ranks_before(ids, "accent_ha_exact", "accent_ha_sac_only")
    assert ids.index("accent_ha_sac_only") > 3
    assert ranked_ids(index, "há")[0] == "accent_ha_sac_only"


@pytest.mark.parametrize("text", ["xúc tiến thương mại", "xuc tien thuong mai"])
def test_syllables_together_rank_above_scattered(index, text):
    ids = ranked_ids(index, text)
    assert ids[:2] == ["phrase_xuc_tien_together", "phrase_xuc_tien_scattered"]


def test_title_match_ranks_above_body_match(index):
    ids = ranked_ids(index, "lâm đồng")
    assert ranks_before(ids, "title_lam_dong", "body_lam_dong")


@pytest.mark.parametrize("text", ["TPHCM", "TP.HCM", "tp hcm", "Hồ Chí Minh"])
def test_abbreviations_reach_the_same_documents(index, text):
    ids = set(ranked_ids(index, text))
    assert {"abbreviation_tphcm", "abbreviation_spelled_out"} <= ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an toàn", "stopwords_an_toan"),
        ("máy bay", "stopwords_an_toan"),
        ("thủy lợi", "old_tone_thua_thien_hue"),
        ("ủy ban", "old_tone_thua_thien_hue"),
        ("da nang", "nfd_da_nang"),
        ("Đà Nẵng", "nfd_da_nang"),
    ],
)
def test_vietnamese_rules_reach_the_right_document(index, text, expected):
    assert ranked_ids(index, text)[0] == expected


def test_unaccented_queries_find_what_accented_ones_find(index):
    for accented, plain in [
        ("Hà Nội Lâm Đồng", "ha noi lam dong"),
        ("du lịch", "du lich"),
    ]:
        assert set(ranked_ids(index, accented)) <= set(ranked_ids(index, plain))


def test_all_words_required_then_any(index):
    both = ranked_ids(index, "Hòa Bình du lịch")
    assert both == ["province_hoa_binh"]
    # No document has every word: any word will do rather than nothing.
    assert ranked_ids(index, "Hòa Bình zzzkhongco")


def test_facet_and_date_filters(index):
    ids = ranked_ids(index, "hà nội", provinces=["Lâm Đồng"])
    assert ids and all(
        "Lâm Đồng" in hit.provinces
        for hit in index.search("hà nội", Filters(provinces=["Lâm Đồng"])).hits
    )
    assert set(ranked_ids(index, "", years=["2019"])) >= {"province_hoa_binh"}
    dated = index.search("", Filters(date_from="2021-02", date_to="2021-03")).hits
    assert [h.date for h in dated] == sorted((h.date for h in dated), reverse=True)
    assert all("2021-02-01" <= h.date <= "2021-03-31" for h in dated)
    assert ranked_ids(index, "hà nội", topics=["Du lịch"]) == ["province_hoa_binh"]
    assert ranked_ids(index, "hà nội", leaders=["Nguyễn Văn Phong"]) == [
        "leader_nguyen_van_phong"
    ]


def test_pagination_and_facet_counts(index):
    first = index.search("hà", page=1, per_page=3)
    second = index.search("hà", page=2, per_page=3)
    assert first.total == second.total > 3
    assert not {h.source_id for h in first.hits} & {h.source_id for h in second.hits}
    provinces = dict(first.facets["provinces"])
    assert provinces["Hà Nội"] <= first.total


def test_snippet_marks_matches_and_escapes_text(index):
    hit = index.search("hội nghị xúc tiến").hits[0]
    assert "<mark>xúc</mark>" in hit.snippet
    assert "<" not in hit.snippet.replace("<mark>", "").replace("</mark>", "")


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced quote',
        "AND OR NOT ( ) AND",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "ha\x00noi\x1b[31m",
        "title:hà OR body:*",
        "hà~2 nội^3 [a TO b]",
        "a" * 299,
    ],
)
def test_hostile_queries_return_results_not_crashes(index, text):
    result = index.search(text)
    assert result.total >= 0
    for hit in result.hits:
        assert "<script" not in hit.snippet and "<img" not in hit.snippet


@pytest.mark.parametrize("text", ["*", "", "   ", "\x00\x01", "!!! ???", "a" * 10_000])
def test_unusable_queries_raise_a_clear_query_error(index, text):
    with pytest.raises(QueryError) as error:
        index.search(text)
    assert str(error.value)


@pytest.mark.parametrize(
    "filters",
    [
        Filters(date_from="2020-13-01"),
        Filters(date_to="yesterday"),
        Filters(years=["20x0"]),
        Filters(provinces=["x" * 500]),
    ],
)
def test_bad_filters_raise_query_error(index, filters):
    with pytest.raises(QueryError):
        index.search("hà", filters)


def test_bad_page_raises_query_error(index):
    with pytest.raises(QueryError):
        index.search("hà", page=0)


def test_plan_searches_every_indexed_variant_and_boosts_the_typed_one(index):
    plan = index.plan("Hà")
    body = {term: boost for field, term, boost in plan.groups[0] if field == "body"}
    assert {"hà", "há", "hạ"} <= set(body)
    assert body["hà"] > body["há"] == body["hạ"]
    title = {term: boost for field, term, boost in plan.groups[0] if field == "title"}
    assert title["hà"] > body["hà"]


def test_identical_queries_in_flight_run_once_and_are_cached(index, monkeypatch):
    import threading
    import time

    calls = []
    original = index._search_uncached

    def slow(key):
        calls.append(key)
        time.sleep(0.05)
        return original(key)

    monkeypatch.setattr(index, "_search_uncached", slow)
    results = []

    def run() -> None:
        results.append(index.search("biến đổi hợp tác"))

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len({id(r) for r in results}) == 1
    index.search("biến đổi hợp tác")
    assert len(calls) == 1


def whoosh_ranked(index: SearchIndex, text: str, filters: Filters) -> list:
    """The reference: the plan run by Whoosh's own searcher under BM25F."""
    plan = index.plan(text)
    with index.ix.searcher(weighting=BM25F(B=BM25_B, K1=BM25_K1)) as searcher:
        for require_all in (True, False):
            results = searcher.search(
                whoosh_query(plan, require_all),
                filter=filter_query(filters),
                limit=None,
            )
            scored = [(hit.docnum, hit.score) for hit in results]
            if scored or len(plan.groups) == 1:
                break
    return sorted(scored, key=lambda pair: rank_key(pair[1], pair[0]))


@pytest.mark.parametrize(
    ("text", "filters"),
    [
        ("ha noi", {}),
        ("Hà Nội lâm đồng", {}),
        ("nguyen van phong", {}),
        ("xúc tiến thương mại", {}),
        ("TPHCM", {}),
        ("uỷ ban", {}),
        ("hoa binh", {"provinces": ["Hòa Bình"]}),
        ("ha noi", {"date_from": "2020", "date_to": "2024-06"}),
        ("chữ không có ở đâu cả", {}),
        ("an toàn", {}),
    ],
)
def test_python_scoring_equals_whoosh_searcher(index, text, filters):
    mine, _ = index.ranked(text, Filters(**filters))
    reference = whoosh_ranked(index, text, Filters(**filters))
    assert [d for d, _ in mine] == [d for d, _ in reference]
    assert [rank_key(s, d) for d, s in mine] == [rank_key(s, d) for d, s in reference]
    assert mine or text == "chữ không có ở đâu cả"
