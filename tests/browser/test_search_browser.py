"""The search page in real Chromium, from disk: parity with Whoosh, analysis, safety."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from hoptac.build.driver import build_site
from hoptac.search.query import SearchIndex
from hoptac.testing import CHROMIUM, launch_chromium

pytestmark = pytest.mark.browser

PROJECT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT / "tests" / "fixtures" / "search"
HIT_IDS = "els => els.map(e => e.dataset.sourceId)"
# Development queries whose top 10 must be the same in the browser and in Whoosh.
PARITY_QUERIES = [
    "nguyen van phong",
    "Nguyễn Văn Phóng",
    "hoa binh",
    "Hà",
    "há",
    "ha noi lam dong",
    "Hà Nội Lâm Đồng",
    "xúc tiến thương mại",
    "xuc tien thuong mai",
    "TPHCM",
    "tp hcm",
    "Hồ Chí Minh",
    "an toàn máy bay",
    "thuỷ lợi",
    "UBND",
    "da nang",
    "nông nghiệp công nghệ cao",
    "du lịch",
    "Hòa Bình zzzkhongco",
    "UBKT",
    "Ủy ban Kiểm tra",
    "PCCC",
    "Bộ VH-TT&DL",
    '"xúc tiến thương mại"',
]


@pytest.fixture(scope="module")
def updated_site(tmp_path_factory) -> Path:
    """The fixture site after an incremental build: one article changed, one
    removed, one added, so the index was updated in place (deleted documents
    keep their numbers, new ones come last)."""
    root = tmp_path_factory.mktemp("updated-search-site")
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for path in FIXTURES.glob("*.md"):
        shutil.copy(path, articles / path.name)
    overrides = {"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": True}

    def build() -> None:
        build_site(
            PROJECT / "pelicanconf.py", root / "output", root / "content", overrides
        )

    build()
    changed = articles / "body_lam_dong.md"
    changed.write_text(
        changed.read_text("utf-8")
        + "\nHà Nội và Lâm Đồng ký kết hợp tác nông nghiệp.\n",
        encoding="utf-8",
    )
    (articles / "words_hoa_chat_binh.md").unlink()
    added = (articles / "title_lam_dong.md").read_text("utf-8")
    added = added.replace("Source_ID: ", "Source_ID: added-", 1)
    added = added.replace("Slug: ", "Slug: them-", 1)
    (articles / "added_title_lam_dong.md").write_text(added, encoding="utf-8")
    build()
    index = SearchIndex(root / "output" / "search" / "whoosh")
    assert index._deleted, "the index was rebuilt, not updated in place"
    return root / "output"


@pytest.fixture(scope="module")
def site(search_site: Path) -> Path:
    return search_site


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian chromium is required when CI is set")
        pytest.skip("Debian chromium is not installed (invoke test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.errors = []
    page.on(
        "console", lambda m: page.errors.append(m.text) if m.type == "error" else None
    )
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    page.close()


def open_search(page, site: Path, query: str = "") -> None:
    page.goto((site / "search.html").as_uri() + query)
    page.wait_for_selector("#search-app[data-ready=true]", timeout=10_000)


@pytest.mark.parametrize("built", ["full build", "updated in place"])
def test_browser_top10_equals_whoosh_top10(page, request, built):
    site = request.getfixturevalue("site" if built == "full build" else "updated_site")
    index = SearchIndex(site / "search" / "whoosh")
    open_search(page, site, "?q=ha")
    for text in PARITY_QUERIES:
        ranked, _ = index.ranked(text)
        expected = [index._stored[d]["source_id"] for d, _ in ranked[:10]]
        got = page.evaluate("q => hoptacSearch.topSourceIds(q, {}, 10)", text)
        assert got == expected, text
    assert page.errors == []


def test_browser_analysis_matches_the_shared_cases(page, site):
    cases = json.loads((FIXTURES / "analysis_cases.json").read_text("utf-8"))
    open_search(page, site)
    for case in cases:
        terms = page.evaluate("t => hoptacSearch.exactTerms(t, false)", case["input"])
        assert terms == case["exact"], case["why"]
        folded = page.evaluate("ts => ts.map(hoptacSearch.fold)", terms)
        assert folded == case["folded"], case["why"]


def test_search_from_disk_shows_ranked_results_and_facets(page, site):
    open_search(page, site, "?q=" + quote("ha noi lam dong"))
    ids = page.eval_on_selector_all(
        ".search-hit", "els => els.map(e => e.dataset.sourceId)"
    )
    assert ids and ids[0] == "accent_ha_exact"
    assert page.locator(".search-hit mark").count() > 0
    assert page.locator(".search-facets [data-facet=province] button").count() > 0
    # Refining by a facet updates the URL and the results.
    page.locator(
        ".search-facets [data-facet=topic] button", has_text="Nông nghiệp"
    ).click()
    page.wait_for_function("location.search.includes('topic=')")
    page.wait_for_selector("#search-app[data-ready=true]")
    ids = page.eval_on_selector_all(
        ".search-hit", "els => els.map(e => e.dataset.sourceId)"
    )
    assert ids and "province_hoa_binh" not in ids
    assert page.errors == []


def test_typed_markup_is_shown_as_text(page, site):
    payload = '<img src=x onerror="window.pwned=1">hà'
    open_search(page, site, "?q=" + quote(payload))
    assert page.evaluate("window.pwned") is None
    assert page.locator("#search-q").input_value() == payload
    assert page.locator(".search-results img").count() == 0
    open_search(page, site, "?q=" + quote("*"))
    assert "Hãy nhập" in page.inner_text(".search-status")


def test_bucket_hash_matches_python(page, site):
    from hoptac.search.shards import bucket_of

    open_search(page, site)
    for key in ["a", "foobar", "ha", "ha noi", "dong", "xuc tien", "đ"]:
        for buckets in (1024, 4095, 2**32):
            got = page.evaluate(
                "a => hoptacSearch.bucketOf(a[0], a[1])", [key, buckets]
            )
            assert got == bucket_of(key, buckets), key


def hit_ids(page) -> list[str]:
    return page.eval_on_selector_all(".search-hit", HIT_IDS)


def test_results_follow_typing_and_load_only_the_shards_needed(page, site):
    open_search(page, site)
    page.locator("#search-q").press_sequentially("lâm đồng", delay=20)
    page.wait_for_function("location.search.includes('q=')")
    page.wait_for_selector("#search-app[data-ready=true] .search-hit")
    assert "title_lam_dong" in hit_ids(page)
    loaded = page.eval_on_selector_all(
        "script[src*='search/terms/']", "els => els.map(e => e.src)"
    )
    meta = json.loads(
        (site / "search" / "meta.js").read_text("utf-8").split(",", 1)[1][:-3]
    )
    # Typing `l`, `lâ`, `lâm`, `lâm đ`…: a few buckets, never the whole index.
    assert 0 < len(loaded) < meta["buckets"] // 4
    assert page.errors == []


def test_sort_period_and_cooperation_filters_in_the_page(page, site):
    open_search(page, site, "?q=" + quote("hà nội") + "&sort=newest")
    dates = page.eval_on_selector_all(
        ".search-hit .search-meta", "e => e.map(x => x.textContent)"
    )
    assert dates
    page.select_option("#search-cooperation", "any")
    page.wait_for_function("location.search.includes('cooperation=any')")
    page.wait_for_selector("#search-app[data-ready=true]")
    assert set(hit_ids(page)) == {"accent_ha_exact", "leader_nguyen_van_phong"}
    assert "Hợp tác: " in page.inner_text(".search-results")
    open_search(page, site, "?q=" + quote("hà nội") + "&from=2021&to=2021-12-31")
    assert "accent_ha_exact" in hit_ids(page)
    assert "leader_nguyen_van_phong" not in hit_ids(page)
    assert page.input_value("#search-from") == "2021"
    # Facets are lists that open and close (usable on a phone), years in order.
    assert page.locator(".search-facets details summary").count() >= 2
    years = page.eval_on_selector_all(
        ".search-facets ul[data-facet=year] button",
        "els => els.map(e => e.dataset.value)",
    )
    assert years == sorted(years, reverse=True)
    assert page.errors == []


def test_partial_matches_are_said_to_be_partial(page, site):
    open_search(page, site, "?q=" + quote("Hòa Bình zzzkhongco"))
    assert "Không bài nào có đủ mọi từ" in page.inner_text(".search-status")
    assert page.locator(".search-hit-partial").count() > 0
    open_search(page, site, "?q=" + quote('"xúc tiến thương mại"'))
    assert set(hit_ids(page)) == {"phrase_xuc_tien_together", "phrase_xuc_tien_again"}


def test_phone_width_shows_results_first_and_closed_facets(browser, site):
    page = browser.new_page(viewport={"width": 380, "height": 800})
    try:
        open_search(page, site, "?q=" + quote("hà nội"))
        results = page.locator(".search-results").bounding_box()
        facets = page.locator(".search-facets").bounding_box()
        assert results["y"] < facets["y"]
        assert page.locator(".search-facets details[open]").count() == 0
        # No list is a small scroll box.
        assert page.evaluate(
            "[...document.querySelectorAll('.search-facets ul')].every("
            "u => getComputedStyle(u).overflowY !== 'auto')"
        )
    finally:
        page.close()
