"""The province map in real Chromium, opened from disk: reachable by keyboard, axe clean."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hoptac.testing import AXE_SCRIPT, CHROMIUM, launch_chromium

pytestmark = pytest.mark.browser

AXE = AXE_SCRIPT


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (`apt-get install -y chromium`)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = launch_chromium(p)
        yield chromium
        chromium.close()


def test_tab_reaches_a_province_on_the_map_and_enter_opens_it(
    browser, cooperation_site: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((cooperation_site / "tinh/index.html").as_uri())
    focused = None
    for _ in range(60):  # skip link, header, navigation, then the map
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const a = document.activeElement;"
            " return a.closest('svg') ? [a.getAttribute('class'),"
            " a.getAttribute('aria-label')] : null; }"
        )
        if focused and focused[1].startswith("Hà Nội"):
            break
    assert focused == ["province c4", "Hà Nội: 9 bài"]
    # The focused province shows it: its fill turns to the focus colour.
    fill = page.evaluate(
        "() => getComputedStyle(document.activeElement.querySelector('path')).fill"
    )
    focus = page.evaluate(
        "() => getComputedStyle(document.documentElement)"
        ".getPropertyValue('--focus').trim()"
    )
    assert fill == _rgb(focus)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/tinh/ha-noi.html")
    page.close()


def test_a_tap_on_a_province_without_articles_shows_its_row(
    browser, cooperation_site: Path
) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, has_touch=True)
    page.goto((cooperation_site / "tinh/index.html").as_uri())
    page.locator('a.province[aria-label="Nghệ An: chưa có bài"] path').tap()
    page.wait_for_function("() => location.hash === '#tinh-nghe-an'")
    assert page.locator("#tinh-nghe-an").is_visible()
    page.close()


@pytest.mark.parametrize("path", ["tinh/index.html", "cap/index.html", "index.html"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_map_pages_pass_axe(
    browser, cooperation_site: Path, path: str, scheme: str
) -> None:
    assert AXE.exists(), "run `npm ci --prefix tests/js` (the test task does)"
    page = browser.new_page(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    page.goto((cooperation_site / path).as_uri())
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    page.close()
    assert [v["id"] for v in result["violations"]] == []


def _rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"
