"""The hostile fixture archive in Chromium: no page runs a script it carried.

Every page of the built site is opened from disk with a dialog listener (the
fixture's scripts all call `alert`), the pointer moved over it and every
element focused once, and then the DOM is read: each `<script>` must be one
of the site's own (a file under theme/ or search/, or the JSON-LD the build
writes), no element may carry an event-handler attribute, and every link,
source and form target must be http(s) or a file of the site.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

# Read in the page: each script, handler attribute and URL-bearing attribute.
INSPECT_DOM = """() => {
  const scripts = [...document.scripts].map(s => ({
    src: s.src, type: s.type, text: s.src ? "" : s.textContent}));
  const handlers = [];
  const urls = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) handlers.push(el.tagName + "[" + name + "]");
      if (["href", "src", "action", "formaction", "data", "xlink:href"].includes(name)) {
        let resolved;
        try { resolved = new URL(attr.value, document.baseURI).protocol; }
        catch (e) { resolved = "invalid:"; }
        urls.push([el.tagName, name, attr.value, resolved]);
      }
    }
  }
  return {scripts, handlers, urls, base: document.querySelectorAll("base").length};
}"""
# Focus and hover everything once: handlers that need no click would fire.
PROVOKE = """() => {
  for (const el of document.querySelectorAll("body *")) {
    el.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
    if (el.focus) el.focus();
  }
}"""
SAFE_PROTOCOLS = {"http:", "https:", "file:"}


def site_pages(site: Path) -> list[Path]:
    """Every HTML page of the site (the search index's own files aside)."""
    return sorted(
        page
        for page in site.rglob("*.html")
        if page.relative_to(site).parts[0] not in ("search", "theme")
    )


class Inspector:
    """One browser tab that opens pages and reports what ran and what is there."""

    def __init__(self, browser) -> None:
        self.page = browser.new_page()  # one tab: a new one costs half a second
        self.dialogs: list[str] = []
        self.page.on("dialog", self._on_dialog)

    def _on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def inspect(self, url: str) -> dict:
        self.dialogs = []
        self.page.goto(url)
        self.page.wait_for_load_state("load")
        self.page.mouse.move(200, 200)
        self.page.mouse.move(600, 500)
        self.page.evaluate(PROVOKE)
        self.page.wait_for_timeout(100)  # onerror/onload of broken images fire late
        found = self.page.evaluate(INSPECT_DOM)
        found["dialogs"] = self.dialogs
        return found

    def close(self) -> None:
        self.page.close()


def own_script(script: dict, site: Path) -> bool:
    if script["src"]:
        own = (site / "theme").as_uri(), (site / "search").as_uri()
        return script["src"].startswith(own)
    if script["type"] == "application/ld+json":
        json.loads(script["text"])  # data, not code
        return True
    return False


@pytest.mark.parametrize("build", ["hostile_site", "hostile_site_trusted"])
def test_no_page_of_the_hostile_archive_runs_its_scripts(
    chromium, request: pytest.FixtureRequest, build: str
) -> None:
    site: Path = request.getfixturevalue(build)
    pages = site_pages(site)
    kinds = {p.relative_to(site).parts[0] for p in pages}
    # Every page type: articles, provinces, pairs, leaders, topics, archives…
    assert {"bai-viet", "tinh", "cap", "lanh-dao", "chu-de", "luu-tru"} <= kinds
    problems = []
    visits = [(page, "") for page in pages]
    visits.append((site / "search.html", "?q=script+alert"))
    visits.append((site / "nguon" / "hostile_page.html.txt", ""))
    inspector = Inspector(chromium)
    for page, query in visits:
        found = inspector.inspect(page.as_uri() + query)
        where = page.relative_to(site).as_posix() + query
        problems += [f"{where}: dialog {m!r}" for m in found["dialogs"]]
        problems += [
            f"{where}: foreign script {s}"
            for s in found["scripts"]
            if not own_script(s, site)
        ]
        problems += [f"{where}: handler {h}" for h in found["handlers"]]
        problems += [
            f"{where}: {tag} {name}={value!r} ({protocol})"
            for tag, name, value, protocol in found["urls"]
            if protocol not in SAFE_PROTOCOLS
        ]
        if found["base"]:
            problems.append(f"{where}: a <base> element")
    inspector.close()
    assert not problems, "\n".join(problems)


def test_the_hostile_text_is_shown_as_text(chromium, hostile_site: Path) -> None:
    page = chromium.new_page()
    page.goto(
        (hostile_site / "bai-viet/scripts-in-every-front-matter-field.html").as_uri()
    )
    heading = page.locator("h1").inner_text()
    assert heading.startswith('</script><script>alert("title")</script>')
    body = page.locator(".article-body").inner_text()
    assert '<script>alert("body-block")</script>' in body
    assert "dựng lại" in page.locator(".title-note").inner_text()
    page.close()
