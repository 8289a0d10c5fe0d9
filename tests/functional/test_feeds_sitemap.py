"""Feeds and sitemap as the web expects them: RFC 4287 Atom and the sitemaps.org
protocol, checked against their published schemas, on a build without SITEURL
(offline copy) and one published under a sub-path."""

from __future__ import annotations

import csv
import json
import logging
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from lxml import etree
from pelican.log import LimitFilter

feedparser = pytest.importorskip("feedparser")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCHEMAS = FIXTURES / "schemas"
# As tests/conftest.py builds `published_sample_site`.
PUBLISHED_SITEURL = "https://hoptac.example/kho-luu-tru"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
UNDATED_SEED = "bai-viet/nang-cao-hieu-qua-hop-tac-ha-noi-va-lam-dong.html"


@pytest.fixture(scope="module")
def atom_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "atom.rng")))


@pytest.fixture(scope="module")
def sitemap_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))


def feeds(site: Path) -> list[Path]:
    found = sorted((site / "feeds").rglob("*.atom.xml"))
    assert len(found) > 10
    return found


def site_file(site: Path, url: str) -> Path:
    """The file a URL of the published site stands for."""
    assert url.startswith(PUBLISHED_SITEURL + "/"), url
    return site / unquote(url[len(PUBLISHED_SITEURL) + 1 :])


@pytest.mark.parametrize("build", ["sample_site", "published_sample_site"])
def test_every_feed_is_valid_atom(
    request: pytest.FixtureRequest, build: str, atom_schema: etree.RelaxNG
) -> None:
    site: Path = request.getfixturevalue(build)
    for path in feeds(site):
        document = etree.parse(str(path))
        assert atom_schema.validate(document), f"{path}: {atom_schema.error_log}"
        # The grammar's Schematron rule, which lxml does not run.
        root = document.getroot()
        if root.find(f"{ATOM}author") is None:
            for entry in root.iter(f"{ATOM}entry"):
                assert entry.find(f"{ATOM}author") is not None, path
        parsed = feedparser.parse(str(path))
        assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
        assert parsed.version == "atom10"


def test_offline_feed_links_resolve_from_the_feed_itself(sample_site: Path) -> None:
    checked = 0
    for path in feeds(sample_site):
        here = path.relative_to(sample_site).parent.as_posix()
        root = etree.parse(str(path)).getroot()
        links = root.findall(f"{ATOM}link") + root.findall(f"{ATOM}entry/{ATOM}link")
        for link in links:
            href = link.get("href")
            assert not urlsplit(href).scheme and not href.startswith("/"), href
            target = sample_site / posixpath.normpath(posixpath.join(here, href))
            assert target.is_file(), f"{path.name}: {href}"
            if link.get("rel") == "self":
                assert target == path
            checked += 1
    assert checked > 100


def test_published_feed_links_are_absolute_and_resolve(
    published_sample_site: Path,
) -> None:
    for path in feeds(published_sample_site):
        root = etree.parse(str(path)).getroot()
        for link in root.iter(f"{ATOM}link"):
            target = site_file(published_sample_site, link.get("href"))
            assert target.is_file(), link.get("href")
            if link.get("rel") == "self":
                assert target == path


def feed_ids(site: Path) -> dict[str, list[str]]:
    ids = {}
    for path in feeds(site):
        root = etree.parse(str(path)).getroot()
        ids[path.relative_to(site).as_posix()] = [
            element.text for element in root.iter(f"{ATOM}id")
        ]
    return ids


def test_feed_and_entry_ids_do_not_change_with_siteurl(
    sample_site: Path, published_sample_site: Path
) -> None:
    offline, published = feed_ids(sample_site), feed_ids(published_sample_site)
    assert offline == published
    for ids in offline.values():
        assert all(i.startswith("tag:hoptac.vn,2019:") for i in ids), ids
        assert len(ids) == len(set(ids))
    # An entry keeps the id of its article (its Source_ID), not of its URL.
    assert (
        "tag:hoptac.vn,2019:article:003_3cb4a89ac6d46a88"
        in offline["feeds/all.atom.xml"]
    )


def test_undated_articles_stay_out_of_dated_feeds(sample_site: Path) -> None:
    for path in feeds(sample_site):
        text = path.read_text(encoding="utf-8")
        assert "1900-" not in text and "+07:06" not in text, path
        assert UNDATED_SEED.rsplit("/", 1)[1] not in text, path
    parsed = feedparser.parse(str(sample_site / "feeds/all.atom.xml"))
    dates = [entry.published_parsed for entry in parsed.entries]
    assert dates == sorted(dates, reverse=True) and len(dates) > 40


def test_hostile_feed_summaries_carry_no_markup(hostile_site: Path) -> None:
    for path in feeds_of(hostile_site):
        raw = path.read_text(encoding="utf-8")
        for summary in etree.parse(str(path)).getroot().iter(f"{ATOM}summary"):
            # Plain text: not even an escaped tag a reader would decode.
            assert "<" not in summary.text and "&lt;script" not in summary.text
        parsed = feedparser.parse(raw, sanitize_html=False)
        assert not parsed.bozo
        for entry in parsed.entries:
            assert "<script" not in entry.get("summary", "").lower()
            for content in entry.get("content", []):
                tree = lxml.html.fragment_fromstring(content.value, create_parent="div")
                assert not tree.xpath(
                    "//script | //svg | //iframe | //@*[starts-with(name(), 'on')]"
                )
                for href in tree.xpath("//@href | //@src"):
                    assert urlsplit(href).scheme in ("", "http", "https"), href
            assert entry.title_detail.type == "text/plain"


def feeds_of(site: Path) -> list[Path]:
    return sorted((site / "feeds").rglob("*.atom.xml"))


def test_no_sitemap_without_siteurl_and_one_message_why(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    build_archive,
) -> None:
    # Pelican drops a warning already logged in this process (its LimitFilter).
    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    with caplog.at_level(logging.WARNING):
        site = build_archive(FIXTURES / "hostile", tmp_path)
    assert not (site / "sitemap.xml").exists()
    why = [r for r in caplog.records if "sitemap" in r.getMessage()]
    assert len(why) == 1 and "SITEURL" in why[0].getMessage()


def test_published_sitemap_is_valid_complete_and_present(
    published_sample_site: Path, sitemap_schema: etree.XMLSchema
) -> None:
    site = published_sample_site
    document = etree.parse(str(site / "sitemap.xml"))
    assert sitemap_schema.validate(document), sitemap_schema.error_log
    urls = document.getroot().findall(f"{SITEMAP}url")
    locs = [url.findtext(f"{SITEMAP}loc") for url in urls]
    assert len(locs) == len(set(locs))
    pages = {site_file(site, loc).relative_to(site).as_posix() for loc in locs}
    for page in pages:
        assert (site / page).is_file(), page
    for section in ("tinh", "cap", "lanh-dao", "chu-de"):
        assert f"{section}/index.html" in pages
    assert {"index.html", "archives.html", "luu-tru/2019.html"} <= pages
    assert "luu-tru/2019-06.html" in pages  # the dated seed's month
    assert UNDATED_SEED in pages
    articles = json.loads((site / "data/articles.json").read_text(encoding="utf-8"))
    assert {a["url"] for a in articles} <= pages
    dated = [u for u in urls if u.findtext(f"{SITEMAP}loc").endswith("2019.html")]
    assert dated[0].findtext(f"{SITEMAP}lastmod", "").startswith("2019-")


def test_sitemap_locations_are_xml_escaped(tmp_path: Path, build_archive) -> None:
    siteurl = "https://hoptac.example/a&b"
    site = build_archive(
        FIXTURES / "hostile", tmp_path, {"SITEURL": siteurl, "RELATIVE_URLS": False}
    )
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "a&amp;b/" in text and "a&b/" not in text
    locs = etree.parse(str(site / "sitemap.xml")).getroot().iter(f"{SITEMAP}loc")
    assert all(loc.text.startswith(siteurl + "/") for loc in locs)


def test_csv_has_a_bom_and_no_live_formula(hostile_site: Path) -> None:
    raw = (hostile_site / "data/articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    formula = next(r for r in rows if "HYPERLINK" in r["title"])
    assert formula["title"].startswith("'=")
    assert formula["id"].startswith("'+cmd")
    assert formula["source"] == "'@SUM(1+1)"
    assert formula["topics"].startswith("'-2+3") or "'-2+3" in formula["topics"]
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    # JSON is data, not a spreadsheet: values as archived.
    articles = json.loads((hostile_site / "data/articles.json").read_text("utf-8"))
    assert any(a["title"].startswith("=HYPERLINK") for a in articles)
