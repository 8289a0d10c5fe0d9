"""Pages of the sample site in real Chromium, opened from disk: no console errors, axe clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoptac.testing import AXE_SCRIPT, launch_chromium

pytestmark = pytest.mark.browser

AXE = AXE_SCRIPT
PAGES = [
    "index.html",
    "bai-viet/thua-thien-hue-ha-noi-cung-hop-tac-de-phat-trien.html",
    "tinh/ha-noi.html",
    "cap/ha-noi--lam-dong.html",
    "tinh/index.html",
    "search.html?q=ha+noi+lam+dong",
]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = launch_chromium(p)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("width", [390, 1280])
def test_page_renders_without_errors_and_passes_axe(
    browser, sample_site: Path, path: str, width: int
) -> None:
    assert AXE.exists(), "run `npm ci --prefix tests/js` (the test task does)"
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    file, _, query = path.partition("?")
    page.goto((sample_site / file).as_uri() + (f"?{query}" if query else ""))
    assert page.locator("main").count() == 1
    assert page.locator("h1").count() >= 1
    page_errors = list(errors)  # axe's own stylesheet requests fail from file://
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations'], preload: false})"
    )
    serious = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])})"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    page.close()
    assert not page_errors, page_errors
    assert not serious, serious


def test_search_box_on_every_page_leads_to_the_search_page(
    browser, sample_site: Path
) -> None:
    page = browser.new_page()
    page.goto((sample_site / "tinh/ha-noi.html").as_uri())
    page.fill("#site-search-q", "ha noi lam dong")
    page.press("#site-search-q", "Enter")
    page.wait_for_load_state()
    assert page.url.split("?")[0].endswith("/search.html")
    assert "q=ha+noi+lam+dong" in page.url
    page.close()
