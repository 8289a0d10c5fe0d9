"""The built sample site: pages that must exist, links that must resolve, safe failures."""

from __future__ import annotations

import csv
import json
import multiprocessing
import re
import shutil
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from pelican import signals

from hoptac.archive import write_archive
from hoptac.site_build import BuildError, build_site

PROJECT = Path(__file__).resolve().parents[2]


class LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def internal_links(page: Path) -> list[str]:
    collector = LinkCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    return [
        link
        for link in collector.links
        if not urlparse(link).scheme and not link.startswith(("#", "mailto:", "//"))
    ]


def test_every_internal_link_and_asset_resolves_on_disk(sample_site: Path) -> None:
    broken = []
    pages = list(sample_site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        for link in internal_links(page):
            target = (page.parent / unquote(link.split("#")[0].split("?")[0])).resolve()
            if link.split("#")[0] and not target.exists():
                broken.append(f"{page.relative_to(sample_site)} -> {link}")
    assert not broken, "\n".join(broken[:20])


@pytest.mark.parametrize(
    ("path", "must_contain"),
    [
        ("tinh/ha-noi.html", "Hà Nội"),
        ("tinh/lam-dong.html", "Lâm Đồng"),
        ("tinh/thua-thien-hue.html", "Từ 1/7/2025 thuộc <strong>Huế</strong>"),
        ("cap/ha-noi--lam-dong.html", "Hà Nội – Lâm Đồng"),
        ("cap/ha-noi--thua-thien-hue.html", "Hà Nội – Thừa Thiên Huế"),
        ("lanh-dao/nguyen-van-phong.html", "Phó Bí thư Thành ủy"),
        ("lanh-dao/le-truong-luu.html", "Bí thư Tỉnh ủy"),
        (
            "bai-viet/nang-cao-hieu-qua-hop-tac-ha-noi-va-lam-dong.html",
            "26–27/10, chưa rõ năm",
        ),
        ("luu-tru/chua-ro-nam.html", "Nâng cao hiệu quả hợp tác Hà Nội và Lâm Đồng"),
        ("luu-tru/2019.html", "Thừa Thiên Huế- Hà Nội"),
        ("tinh/index.html", "Tây Nguyên"),
        ("chu-de/du-lich.html", "du lịch"),
        ("404.html", "Không tìm thấy trang"),
    ],
)
def test_pages_exist_for_the_seeds_places_and_people(
    sample_site: Path, path: str, must_contain: str
) -> None:
    page = sample_site / path
    assert page.exists(), path
    assert must_contain in page.read_text(encoding="utf-8")


def test_article_page_shows_todays_unit_citation_and_source(sample_site: Path) -> None:
    html = (
        sample_site / "bai-viet/thua-thien-hue-ha-noi-cung-hop-tac-de-phat-trien.html"
    ).read_text(encoding="utf-8")
    assert "(nay: Huế)" in html
    assert "Lê Trường Lưu</a>, UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" in html
    assert "Trích dẫn bài này" in html
    assert "../nguon/003_3cb4a89ac6d46a88.txt" in html
    assert (sample_site / "nguon/003_3cb4a89ac6d46a88.txt").read_bytes() == (
        PROJECT / "samples/seeds/003_3cb4a89ac6d46a88.txt"
    ).read_bytes()


def test_map_and_charts_are_inline_svg_with_text_alternatives(
    sample_site: Path,
) -> None:
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert home.count('<a class="province c') == 63  # one outline a province
    assert '<title id="map-title">' in home
    province = (sample_site / "tinh/ha-noi.html").read_text(encoding="utf-8")
    assert "<svg" in province and "Bảng số liệu" in province
    assert "<script" not in province


def test_data_exports_parse(sample_site: Path) -> None:
    articles = json.loads(
        (sample_site / "data/articles.json").read_text(encoding="utf-8")
    )
    assert len(articles) >= 60
    keys = {
        "id",
        "title",
        "date",
        "url",
        "source",
        "provinces",
        "provinces_2025",
        "leaders",
        "topics",
    }
    assert keys <= set(articles[0])
    rows = list(
        csv.DictReader((sample_site / "data/articles.csv").open(encoding="utf-8"))
    )
    assert len(rows) == len(articles)
    pairs = json.loads((sample_site / "data/pairs.json").read_text(encoding="utf-8"))
    assert pairs[0]["articles"] >= pairs[-1]["articles"]
    assert any(p["pair"] == ["Hà Nội", "Lâm Đồng"] for p in pairs)


def test_feeds_and_sitemap(sample_site: Path) -> None:
    assert "<feed" in (sample_site / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert (sample_site / "feeds/tinh/ha-noi.atom.xml").exists()
    assert (sample_site / "feeds/chu-de/du-lich.atom.xml").exists()
    sitemap = (sample_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<url>") > 100


@pytest.mark.parametrize("start_methods", [None, ["spawn"]], ids=["fork", "no-fork"])
def test_malformed_front_matter_stops_the_build_and_keeps_the_last_site(
    sample_site: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start_methods: list[str] | None,
) -> None:
    if start_methods:  # the content is then checked before Pelican starts
        monkeypatch.setattr(
            multiprocessing, "get_all_start_methods", lambda: start_methods
        )
    written: list[str] = []

    def count_written(path: str, context: dict) -> None:
        written.append(path)

    signals.content_written.connect(count_written)
    content = tmp_path / "content"
    shutil.copytree(sample_site.parent / "content", content)
    output = tmp_path / "output"
    shutil.copytree(sample_site, output)
    before = sorted(p.relative_to(output) for p in output.rglob("*"))
    bad = next(content.rglob("*.md"))
    text = bad.read_text(encoding="utf-8")
    bad.write_text(
        text.replace("Provinces:", "Provinces Hà Nội\nProvinces:", 1), encoding="utf-8"
    )
    with pytest.raises(BuildError) as failure:
        build_site(PROJECT / "pelicanconf.py", output, content)
    signals.content_written.disconnect(count_written)
    assert str(bad) in str(failure.value)
    assert written == []  # stopped once read, before any page was written
    assert "'Provinces Hà Nội'" in str(failure.value) or "Provinces" in str(
        failure.value
    )
    assert sorted(p.relative_to(output) for p in output.rglob("*")) == before

    bad.write_text(
        re.sub(r"^Date: .*$", "Date: hôm qua", text, count=1, flags=re.M),
        encoding="utf-8",
    )
    if "Date: hôm qua" in bad.read_text(encoding="utf-8"):
        with pytest.raises(BuildError, match="Date"):
            build_site(PROJECT / "pelicanconf.py", output, content)


def test_offline_archive_unzips_into_a_working_site(
    sample_site: Path, tmp_path: Path
) -> None:
    archive = write_archive(sample_site, tmp_path / "dist")
    assert re.fullmatch(r"hoptac-\d{4}-\d{2}-\d{2}\.zip", archive.name)
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(tmp_path / "unzipped")
    root = next((tmp_path / "unzipped").iterdir())
    assert (root / "index.html").exists() and (root / "search.html").exists()
    page = root / "tinh/ha-noi.html"
    for link in internal_links(page):
        assert (page.parent / link.split("#")[0]).exists() or not link.split("#")[0]


def test_a_build_replaces_the_live_site_and_then_removes_the_old_one(
    sample_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    shutil.copytree(sample_site.parent / "content", content)
    output = tmp_path / "output"
    shutil.copytree(sample_site, output)
    (output / "stale.html").write_text("from the last site", encoding="utf-8")
    build_site(PROJECT / "pelicanconf.py", output, content)
    assert not (output / "stale.html").exists()
    assert (output / "index.html").is_file()
    # The old site is removed by a process the build does not wait for.
    deadline = time.monotonic() + 30
    while list(tmp_path.glob("output.previous-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not list(tmp_path.glob("output.previous-*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output"]

    # Without `rm` (Windows), the build removes it itself.
    monkeypatch.setattr(shutil, "which", lambda name: None)
    build_site(PROJECT / "pelicanconf.py", output, content)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output"]
