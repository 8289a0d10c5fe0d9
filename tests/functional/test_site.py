"""The built sample site: pages that must exist, links that must resolve, safe failures."""

from __future__ import annotations

import csv
import json
import multiprocessing
import re
import shutil
import time
import urllib.error
import urllib.request
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from pelican import signals

from hoptac.archive import write_archive
from hoptac.build import BuildError
from hoptac.build.driver import build_site
from hoptac.build.live_site import siblings
from hoptac.files import live_site

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
        if page == sample_site / "404.html":
            continue  # links from the host's root: test_404_page_works_at_any_depth…
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
        csv.DictReader((sample_site / "data/articles.csv").open(encoding="utf-8-sig"))
    )
    assert "id" in rows[0]  # the BOM is not part of the first column's name
    assert len(rows) == len(articles)
    pairs = json.loads((sample_site / "data/pairs.json").read_text(encoding="utf-8"))
    assert pairs[0]["articles"] >= pairs[-1]["articles"]
    assert any(p["pair"] == ["Hà Nội", "Lâm Đồng"] for p in pairs)


def test_feeds_and_sitemap(sample_site: Path, published_sample_site: Path) -> None:
    assert "<feed" in (sample_site / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert (sample_site / "feeds/tinh/ha-noi.atom.xml").exists()
    assert (sample_site / "feeds/chu-de/du-lich.atom.xml").exists()
    # Relative URLs are not allowed in a sitemap: only a published build has one.
    assert not (sample_site / "sitemap.xml").exists()
    sitemap = (published_sample_site / "sitemap.xml").read_text(encoding="utf-8")
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
    while len(siblings(output)) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    live = live_site(output).name  # output is a link to the live version
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output", live]

    # Without `rm` (Windows), the build removes it itself.
    monkeypatch.setattr(shutil, "which", lambda name: None)
    build_site(PROJECT / "pelicanconf.py", output, content)
    live = live_site(output).name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output", live]


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory, build_archive) -> Path:
    root = tmp_path_factory.mktemp("pages")
    return build_archive(PROJECT / "tests/fixtures/pages", root)


@pytest.fixture(scope="module")
def published_pages_site(tmp_path_factory, build_archive) -> Path:
    root = tmp_path_factory.mktemp("pages-published")
    overrides = {"SITEURL": "https://hoptac.example/kho", "RELATIVE_URLS": False}
    return build_archive(PROJECT / "tests/fixtures/pages", root, overrides)


def article_html(site: Path, slug: str) -> str:
    return (site / "bai-viet" / f"{slug}.html").read_text(encoding="utf-8")


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found, "no JSON-LD"
    return json.loads(found.group(1))


RESTORED = "ha-noi-va-lam-dong-ky-ket-chuong-trinh-hop-tac"


def test_previous_and_next_by_date_and_within_a_province(pages_site: Path) -> None:
    html = article_html(pages_site, RESTORED)
    nav = html[html.index('<nav class="prev-next"') :]
    # Across the archive: the Huế article came just before, the last one after.
    assert 'rel="prev" href="../bai-viet/hue-gioi-thieu-le-hoi' in nav
    assert 'rel="next" href="../bai-viet/lam-dong-tong-ket-hop-tac-voi-ha-noi' in nav
    # Within Lâm Đồng, the article before is the first one, not Huế's.
    lam_dong = re.search(
        r'<li><a href="../tinh/lam-dong.html">Lâm Đồng</a>:(.*?)</li>', nav, re.S
    )
    assert lam_dong and "lam-dong-don-doan-cong-tac-cua-ha-noi" in lam_dong.group(1)
    assert "cap/ha-noi--lam-dong.html" in nav
    oldest = article_html(pages_site, "mot-bai-khong-gan-tinh-thanh-hay-chu-de-nao")
    assert 'rel="prev"' not in oldest and 'rel="next"' in oldest


def test_previous_next_links_exist_on_sample_articles(sample_site: Path) -> None:
    pages = list((sample_site / "bai-viet").glob("*.html"))
    with_links = [p for p in pages if 'rel="prev"' in p.read_text(encoding="utf-8")]
    assert len(with_links) >= len(pages) - 2  # the oldest dated and the undated seed


def test_restored_title_is_labelled_on_the_page_and_in_the_citation(
    published_pages_site: Path,
) -> None:
    html = article_html(published_pages_site, RESTORED)
    assert 'class="note title-note"' in html and "dựng lại" in html
    cite = re.search(r'<figure class="cite">(.*?)</figure>', html, re.S).group(1)
    assert "[tiêu đề do kho lưu trữ dựng lại]" in cite
    assert (
        "https://dantri.com.vn/xa-hoi/ha-noi-va-lam-dong-ky-ket-chuong-trinh-hop-tac-20191027.htm"
        in cite
    )
    assert (
        f"Lưu trữ tại Hợp tác địa phương: https://hoptac.example/kho/bai-viet/{RESTORED}.html"
        in cite
    )
    assert cite.index("Dân trí.") < cite.index("Lưu trữ")
    assert "Truy cập ngày" in cite
    other = article_html(published_pages_site, "lam-dong-tong-ket-hop-tac-voi-ha-noi")
    assert "title-note" not in other and "dựng lại" not in other


def test_publisher_from_the_source_address_when_no_name(pages_site: Path) -> None:
    html = article_html(pages_site, "hue-gioi-thieu-le-hoi-va-du-lich-mua-thu")
    assert "Không rõ nguồn" not in html
    assert (
        "baothuathienhue.vn. “Huế giới thiệu lễ hội &amp; du lịch &#34;mùa thu&#34;”"
        in html
    )


def test_meta_canonical_open_graph_and_json_ld(
    pages_site: Path, published_pages_site: Path
) -> None:
    offline = article_html(pages_site, RESTORED)
    assert '<meta name="description" content="Sáng 27/10, Hà Nội' in offline
    assert 'rel="canonical"' not in offline and "og:url" not in offline
    published = article_html(published_pages_site, RESTORED)
    url = f"https://hoptac.example/kho/bai-viet/{RESTORED}.html"
    assert f'<link rel="canonical" href="{url}">' in published
    assert f'<meta property="og:url" content="{url}">' in published
    assert '<meta property="og:type" content="article">' in published
    data = json_ld(published)
    assert data["@type"] == "NewsArticle" and data["url"] == url
    assert data["datePublished"] == "2019-10-27T09:00:00+07:00"
    assert data["publisher"]["name"] == "Dân trí"
    # A day without a time is not given an invented midnight.
    day_only = article_html(
        published_pages_site, "lam-dong-tong-ket-hop-tac-voi-ha-noi"
    )
    assert json_ld(day_only)["datePublished"] == "2019-11-02"
    assert '<time datetime="2019-11-02">02/11/2019</time>' in day_only


def test_json_ld_has_no_invented_date(sample_site: Path) -> None:
    undated = (
        sample_site / "bai-viet/nang-cao-hieu-qua-hop-tac-ha-noi-va-lam-dong.html"
    ).read_text(encoding="utf-8")
    assert "datePublished" not in json_ld(undated)
    assert "<time" not in undated.split("<main", 1)[1].split("</header>", 1)[0]


def test_every_page_type_has_a_description(sample_site: Path) -> None:
    for page in (
        "index.html",
        "tinh/ha-noi.html",
        "cap/index.html",
        "luu-tru/2019.html",
        "404.html",
    ):
        html = (sample_site / page).read_text(encoding="utf-8")
        assert re.search(r'<meta name="description" content="[^"]{20,}">', html), page


def test_404_page_works_at_any_depth_on_a_host(sample_site: Path, site_host) -> None:
    with site_host(sample_site) as base:
        missing = f"{base}/bai-viet/khong/co/trang-nay.html"
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(missing, timeout=10)
        assert error.value.code == 404
        page = error.value.read().decode("utf-8")
        assert "Không tìm thấy trang" in page
        collector = LinkCollector()
        collector.feed(page)
        links = [link for link in collector.links if not link.startswith("#")]
        assert any(link.endswith("theme/css/site.css") for link in links)
        for link in links:
            with urllib.request.urlopen(urljoin(missing, link), timeout=10) as answer:
                assert answer.status == 200, link


def test_an_untagged_article_has_a_feed_entry_without_categories(
    pages_site: Path,
) -> None:
    feed = (pages_site / "feeds/all.atom.xml").read_text(encoding="utf-8")
    entry = feed[feed.index("article:pages-untagged") :].split("</entry>", 1)[0]
    assert "<category" not in entry


def test_changing_trusted_html_is_not_served_from_the_content_cache(
    tmp_path: Path, build_archive
) -> None:
    hostile = PROJECT / "tests/fixtures/hostile"
    page = "bai-viet/scripts-in-every-front-matter-field.html"
    cached = {"LOAD_CONTENT_CACHE": True}
    site = build_archive(hostile, tmp_path, {**cached, "HOPTAC_TRUSTED_HTML": True})
    assert "&lt;div onclick" not in (site / page).read_text(encoding="utf-8")
    site = build_archive(hostile, tmp_path, cached)  # the default: escaped
    assert "&lt;div onclick" in (site / page).read_text(encoding="utf-8")
