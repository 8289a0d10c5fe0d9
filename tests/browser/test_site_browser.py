"""Pages of the sample site in real Chromium, opened from disk: no console
errors, and axe-core finds no violation on any page type, light or dark, on a
phone and on a desktop."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoptac.testing import AXE_SCRIPT

pytestmark = pytest.mark.browser

AXE = AXE_SCRIPT
# One page of each type the site writes.
PAGES = [
    "index.html",
    "index-trang-2.html",
    "bai-viet/thua-thien-hue-ha-noi-cung-hop-tac-de-phat-trien.html",
    "bai-viet/nang-cao-hieu-qua-hop-tac-ha-noi-va-lam-dong.html",
    "tinh/index.html",
    "tinh/ha-noi.html",
    "cap/index.html",
    "cap/ha-noi--lam-dong.html",
    "lanh-dao/index.html",
    "lanh-dao/nguyen-van-phong.html",
    "chu-de/index.html",
    "chu-de/du-lich.html",
    "archives.html",
    "luu-tru/2019.html",
    "luu-tru/2019-06.html",
    "luu-tru/chua-ro-nam.html",
    "search.html?q=ha+noi+lam+dong",
    "404.html",
]
# Layout alone changes on a phone: the pages with the most of it.
PHONE_PAGES = PAGES[:3] + ["tinh/ha-noi.html", "search.html?q=ha+noi+lam+dong"]
RUN_AXE = """async () => await axe.run(document, {
  resultTypes: ["violations"], preload: false})"""


@pytest.fixture(scope="module")
def host(sample_site: Path, site_host):
    """The sample site on 127.0.0.1, serving 404.html for a missing address."""
    with site_host(sample_site) as base:
        yield base


@pytest.mark.parametrize(
    ("scheme", "width", "pages"),
    [("light", 1280, PAGES), ("dark", 1280, PAGES), ("light", 390, PHONE_PAGES)],
    ids=["light-desktop", "dark-desktop", "light-phone"],
)
def test_every_page_type_renders_without_errors_and_passes_axe(
    chromium, sample_site: Path, host: str, scheme: str, width: int, pages: list
) -> None:
    assert AXE.exists(), "run `npm ci --prefix tests/js` (the test task does)"
    page = chromium.new_page(viewport={"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    problems = []
    for path in pages:
        file, _, query = path.partition("?")
        errors.clear()
        if file == "404.html":
            # As a host serves it: for a missing address, deep in the site.
            page.goto(f"{host}/bai-viet/khong/co/trang-nay.html")
            border = page.evaluate(
                "getComputedStyle(document.querySelector('.site-header'))"
                ".borderBottomStyle"
            )
            assert border == "solid", "404.html at depth lost its stylesheet"
        else:
            page.goto((sample_site / file).as_uri() + (f"?{query}" if query else ""))
        if file == "search.html":
            page.wait_for_selector(".search-results li", timeout=10_000)
        assert page.locator("main").count() == 1, path
        assert page.locator("h1").count() >= 1, path
        problems += [f"{path}: console: {e}" for e in errors if file != "404.html"]
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(RUN_AXE)
        problems += [
            f"{path}: {v['id']} ({v['impact']}): {v['help']} "
            f"{[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
        ]
    page.close()
    assert not problems, "\n".join(problems)


def test_search_box_on_every_page_leads_to_the_search_page(
    chromium, sample_site: Path
) -> None:
    page = chromium.new_page()
    page.goto((sample_site / "tinh/ha-noi.html").as_uri())
    page.fill("#site-search-q", "ha noi lam dong")
    page.press("#site-search-q", "Enter")
    page.wait_for_load_state()
    assert page.url.split("?")[0].endswith("/search.html")
    assert "q=ha+noi+lam+dong" in page.url
    page.close()


def test_citation_shows_the_readers_access_date(chromium, sample_site: Path) -> None:
    page = chromium.new_page()
    page.goto((sample_site / PAGES[2]).as_uri())
    shown = page.locator("[data-access-date]").inner_text()
    today = page.evaluate(
        "() => { const d = new Date(); const p = n => String(n).padStart(2, '0');"
        " return p(d.getDate()) + '/' + p(d.getMonth() + 1) + '/' + d.getFullYear(); }"
    )
    assert shown == today
    page.close()
