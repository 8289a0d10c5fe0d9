"""Search in real Chromium, ours beside Pagefind on the same built site.

For each query pair, a fresh browser context (empty cache) loads the search,
runs the first query, then a second one: the bytes each transfers (runtime,
index shards, result data; not the page's HTML and CSS) and the time the
second query takes in the page, end to end (shards it still needs included).
For ours the ranking time alone, once its shards are loaded, is reported too.
"""

from __future__ import annotations

import contextlib
import statistics
from urllib.parse import quote

from hoptac.testing import launch_chromium

_PAGEFIND_QUERY = """async q => {
  const pf = window.__pf || (window.__pf = await import('./pagefind/pagefind.js'));
  await pf.init();
  const started = performance.now();
  const r = await pf.search(q);
  await Promise.all(r.results.slice(0, 10).map(x => x.data()));
  return performance.now() - started;
}"""
_OURS_QUERY = """async q => {
  const started = performance.now();
  await hoptacSearch.search(q, {}, 1);
  return performance.now() - started;
}"""


def _is_search_file(path: str) -> bool:
    return "/search/" in path or "/js/search" in path or "/pagefind/" in path


def measure(base: str, queries: list[str]) -> dict[str, dict[str, object]]:
    """Return, for "ours" and "pagefind", first/second query bytes and times."""
    from playwright.sync_api import sync_playwright

    figures: dict[str, dict[str, list[float]]] = {
        name: {"first_bytes": [], "second_bytes": [], "second_ms": []}
        for name in ("ours", "pagefind")
    }
    ranking_ms: list[float] = []
    pairs = list(zip(queries, queries[1:] + queries[:1], strict=True))
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for first, second in pairs:
                for name in ("ours", "pagefind"):
                    context = browser.new_context()
                    page = context.new_page()
                    sizes: list[int] = []

                    def count(response, sizes=sizes) -> None:
                        if _is_search_file(response.url.split("//", 1)[-1]):
                            with contextlib.suppress(Exception):  # no body: redirect
                                sizes.append(len(response.body()))

                    page.on("response", count)
                    if name == "ours":
                        page.goto(f"{base}/search.html?q={quote(first)}")
                        page.wait_for_selector("#search-app[data-ready=true]")
                        page.wait_for_load_state("networkidle")
                        first_bytes = sum(sizes)
                        ms = page.evaluate(_OURS_QUERY, second)
                        ranking_ms.append(page.evaluate("hoptacSearch.lastQueryMs"))
                    else:
                        page.goto(f"{base}/index.html")
                        page.evaluate(_PAGEFIND_QUERY, first)
                        page.wait_for_load_state("networkidle")
                        first_bytes = sum(sizes)
                        ms = page.evaluate(_PAGEFIND_QUERY, second)
                    page.wait_for_load_state("networkidle")
                    figures[name]["first_bytes"].append(first_bytes)
                    figures[name]["second_bytes"].append(sum(sizes) - first_bytes)
                    figures[name]["second_ms"].append(ms)
                    context.close()
        finally:
            browser.close()
    summary: dict[str, dict[str, object]] = {}
    for name, values in figures.items():
        summary[name] = {
            "first_query_kib_median": statistics.median(values["first_bytes"]) / 1024,
            "first_query_kib_max": max(values["first_bytes"]) / 1024,
            "second_query_kib_median": statistics.median(values["second_bytes"]) / 1024,
            "second_query_ms_median": statistics.median(values["second_ms"]),
        }
    summary["ours"]["ranking_ms_median"] = statistics.median(ranking_ms)
    summary["ours"]["ranking_ms_max"] = max(ranking_ms)
    return summary
