"""The site's menu lists the registry's index pages (`hoptac.facets.PAGE_KINDS`)."""

from __future__ import annotations

import re
from pathlib import Path

from hoptac.facets import PAGE_KINDS, page_settings


def test_every_page_has_the_registry_menu(sample_site: Path) -> None:
    settings = page_settings()
    expected = [
        (kind.label, settings[f"{kind.setting}S_SAVE_AS"]) for kind in PAGE_KINDS
    ]
    article = next((sample_site / "bai-viet").glob("*.html")).relative_to(sample_site)
    for page in ("index.html", "404.html", "tinh/ha-noi.html", str(article)):
        html = (sample_site / page).read_text(encoding="utf-8")
        nav = html.split('<nav class="site-nav', 1)[1].split("</nav>", 1)[0]
        links = dict(
            (label, href)
            for href, label in re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav)
        )
        assert [label for label in links if label in dict(expected)] == [
            label for label, _ in expected
        ], page
        for label, save_as in expected:
            href = links[label]
            # Relative to the page's folder; the 404 page's from the site's root.
            base = sample_site if href.startswith("/") else (sample_site / page).parent
            target = (base / href.lstrip("/")).resolve()
            assert target == (sample_site / save_as).resolve(), (page, href)
            assert target.is_file(), (page, href)
