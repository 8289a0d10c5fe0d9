"""The site built around cooperation: timelines, ranked pairs, network, map, feeds, data."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import feedparser
import pytest
from lxml import html as lxml_html

COOPERATING = [  # by events, then the latest dated event
    ("Hà Nội – Lâm Đồng", 5),
    ("Hà Nội – Thừa Thiên Huế", 2),
    ("Thừa Thiên Huế – Lâm Đồng", 1),  # 2020-12-05
    ("An Giang – Cần Thơ", 1),  # 2019-08-15
    ("Đà Nẵng – Quảng Nam", 1),  # undated only
]


def page(site: Path, path: str):
    return lxml_html.fromstring((site / path).read_text("utf-8"))


def slugs(links) -> list[str]:
    return [Path(a.get("href")).stem for a in links]


def test_pair_page_is_a_timeline_oldest_first_then_the_co_mentions(
    cooperation_site: Path,
) -> None:
    doc = page(cooperation_site, "cap/ha-noi--lam-dong.html")
    events = doc.cssselect(".timeline .event")
    assert slugs(e.cssselect("a.article-title")[0] for e in events) == [
        "agreement-ha-noi-lam-dong-2016",
        "visit-ha-noi-lam-dong-2018",
        "support-ha-noi-lam-dong-2019",
        "linkage-ha-noi-lam-dong-hue-2020",
        "visit-ha-noi-lam-dong-undated",  # undated last, with its partial date
    ]
    kinds = [e.cssselect(".kind")[0].text_content() for e in events]
    assert kinds[:4] == [
        "Ký kết, sơ kết thỏa thuận",
        "Thăm và làm việc",
        "Hỗ trợ, giúp đỡ",
        "Liên kết",
    ]
    assert "26–27/10, chưa rõ năm" in events[-1].text_content()
    first = events[0].cssselect(".sides")[0].text_content()
    assert "Hà Nội (Hoàng Trung Hải)" in first
    assert "Lâm Đồng (Nguyễn Xuân Tiến)" in first
    assert "Giai đoạn 2016–2020" in events[0].text_content()
    mentions = doc.get_element_by_id("mentions-heading").getparent()
    assert mentions.cssselect("h2")[0].text_content() == "Cùng được nhắc đến"
    assert slugs(mentions.cssselect("a.article-title")) == [
        "mention-coffee-ha-noi-lam-dong"
    ]


def test_article_page_states_its_cooperation(cooperation_site: Path) -> None:
    doc = page(cooperation_site, "bai-viet/agreement-ha-noi-lam-dong-2016.html")
    (facts,) = doc.cssselect("dd.cooperation-facts")
    assert facts.getprevious().text_content() == "Hợp tác"
    assert facts.cssselect(".kind")[0].text_content() == "Ký kết, sơ kết thỏa thuận"
    assert facts.cssselect(".period")[0].text_content() == "Giai đoạn 2016–2020"
    sides = facts.cssselect(".sides")[0]
    assert sides.text_content() == (
        "Hà Nội (Hoàng Trung Hải) – Lâm Đồng (Nguyễn Xuân Tiến)"
    )
    assert slugs(sides.cssselect("a"))[0] == "ha-noi"
    assert "Lĩnh vực: nông nghiệp, du lịch" in facts.text_content()
    # An article that only names both provinces states no cooperation.
    mention = page(cooperation_site, "bai-viet/mention-coffee-ha-noi-lam-dong.html")
    assert not mention.cssselect("dd.cooperation-facts")


def test_article_data_is_text_on_every_page(cooperation_site: Path) -> None:
    source = (cooperation_site / "cap/ha-noi--lam-dong.html").read_text("utf-8")
    assert "<script>alert(1)" not in source
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source


def test_pairs_index_ranks_cooperation_apart_from_co_mentions(
    cooperation_site: Path,
) -> None:
    doc = page(cooperation_site, "cap/index.html")
    rows = doc.cssselect("table.ranking tbody tr")
    ranked = [
        (r.cssselect("td a")[0].text_content(), int(r.cssselect("td")[2].text))
        for r in rows
    ]
    assert ranked == COOPERATING
    mentions = doc.get_element_by_id("mentions-heading").getparent()
    assert [a.text_content() for a in mentions.cssselect("td a")] == [
        "Hà Nội – Hồ Chí Minh"
    ]


def test_network_has_a_titled_link_per_cooperating_pair_width_by_events(
    cooperation_site: Path,
) -> None:
    doc = page(cooperation_site, "cap/index.html")
    svg = doc.cssselect("figure.network svg")[0]
    edges = svg.cssselect("a.edge")
    assert len(edges) == len(COOPERATING)
    by_title = {}
    for edge in edges:
        title = edge.find("title").text_content()
        width = float(edge.cssselect("line.stroke")[0].get("stroke-width"))
        by_title[title.split(":")[0]] = width
        assert Path(edge.get("href")).name.endswith(".html")
    assert by_title["Hà Nội – Lâm Đồng"] > by_title["Hà Nội – Thừa Thiên Huế"]
    assert by_title["Hà Nội – Thừa Thiên Huế"] > by_title["An Giang – Cần Thơ"]
    # Provinces sit where they are: Hà Nội north of Lâm Đồng, Cần Thơ south.
    nodes = {t.text_content(): float(t.get("y")) for t in svg.cssselect(".nodes text")}
    assert nodes["Hà Nội"] < nodes["Thừa Thiên Huế"] < nodes["Lâm Đồng"]
    assert nodes["Lâm Đồng"] < nodes["Cần Thơ"]
    assert len(svg.cssselect(".backdrop path")) == 63


def test_home_leads_with_the_latest_cooperation(cooperation_site: Path) -> None:
    doc = page(cooperation_site, "index.html")
    headings = [h.text_content() for h in doc.cssselect("main h2")]
    assert headings.index("Tin hợp tác mới nhất") < headings.index("Tất cả bài mới")
    latest = doc.get_element_by_id("cooperation-latest").getparent()
    items = slugs(latest.cssselect("a.article-title"))
    assert items[0] == "agreement-ha-noi-hue-2021"
    assert "mention-covid-ha-noi-hcm" not in items
    assert len(items) == 8


def test_province_page_ranks_partners_by_cooperation(cooperation_site: Path) -> None:
    doc = page(cooperation_site, "tinh/ha-noi.html")
    partners = doc.get_element_by_id("partners-heading").getparent()
    assert [li.text_content() for li in partners.cssselect("li")] == [
        "Lâm Đồng 5 sự kiện",
        "Thừa Thiên Huế 2 sự kiện",
    ]
    assert slugs(partners.cssselect("a")) == [
        "ha-noi--lam-dong",
        "ha-noi--thua-thien-hue",
    ]
    assert len(doc.cssselect(".timeline .event")) == 6  # Hồ Chí Minh is no partner


def test_feeds_carry_dated_cooperation_only(cooperation_site: Path) -> None:
    site = feedparser.parse(str(cooperation_site / "feeds/hop-tac.atom.xml"))
    assert not site.bozo, site.get("bozo_exception")
    titles = [e.title for e in site.entries]
    assert len(titles) == 6  # 8 cooperation articles, 2 undated
    assert titles[0] == "Hà Nội và Thừa Thiên Huế sơ kết hợp tác"
    assert not any("Cà phê" in t or "Đà Lạt" in t for t in titles)
    pair = feedparser.parse(
        str(cooperation_site / "feeds/cap/ha-noi--lam-dong.atom.xml")
    )
    assert not pair.bozo
    assert len(pair.entries) == 4
    # A feed with no dated article would be dated by the build: none is written,
    # and the pair's page links to none.
    assert not (cooperation_site / "feeds/cap/da-nang--quang-nam.atom.xml").exists()
    undated_only = page(cooperation_site, "cap/da-nang--quang-nam.html")
    assert not undated_only.cssselect('link[rel="alternate"][href*="feeds/cap/"]')
    assert not (cooperation_site / "feeds/cap/ha-noi--ho-chi-minh.atom.xml").exists()


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("index.html", "feeds/hop-tac.atom.xml"),
        ("cap/index.html", "feeds/hop-tac.atom.xml"),
        ("cap/ha-noi--lam-dong.html", "feeds/cap/ha-noi--lam-dong.atom.xml"),
    ],
)
def test_pages_link_their_cooperation_feed(
    cooperation_site: Path, path: str, feed: str
) -> None:
    doc = page(cooperation_site, path)
    hrefs = [
        link.get("href")
        for link in doc.cssselect('link[rel="alternate"][type="application/atom+xml"]')
    ]
    resolved = [(cooperation_site / path).parent / h for h in hrefs]
    assert (cooperation_site / feed).resolve() in [p.resolve() for p in resolved]


def test_data_exports_carry_cooperation(cooperation_site: Path) -> None:
    pairs = json.loads((cooperation_site / "data/pairs.json").read_text("utf-8"))
    by_name = {" – ".join(p["pair"]): p for p in pairs}
    events = by_name["Hà Nội – Lâm Đồng"]["events"]
    assert [e["kind"] for e in events] == [
        "agreement",
        "visit",
        "support",
        "linkage",
        "visit",
    ]
    assert events[0]["date"].startswith("2016-03-10")
    assert events[-1]["date"] == ""
    assert events[0]["leaders"] == {
        "Hà Nội": ["Hoàng Trung Hải"],
        "Lâm Đồng": ["Nguyễn Xuân Tiến"],
    }
    assert events[0]["url"] == "bai-viet/agreement-ha-noi-lam-dong-2016.html"
    assert by_name["Hà Nội – Hồ Chí Minh"]["events"] == []
    articles = json.loads((cooperation_site / "data/articles.json").read_text("utf-8"))
    linkage = next(a for a in articles if a["id"] == "coop-linkage-mekong")
    assert linkage["cooperation_kind"] == "linkage"
    assert linkage["cooperation_parties"] == ["Cần Thơ", "An Giang"]
    text = (cooperation_site / "data/articles.csv").read_text("utf-8-sig")
    rows = {r["id"]: r for r in csv.DictReader(text.splitlines())}
    assert rows["coop-agreement-2016"]["cooperation_period"] == "2016–2020"
    assert rows["mention-coffee"]["cooperation_kind"] == ""


def test_province_map_links_every_province_and_draws_the_archipelagos(
    cooperation_site: Path,
) -> None:
    doc = page(cooperation_site, "tinh/index.html")
    svg = doc.cssselect("figure.map svg")[0]
    assert svg.get("role") is None  # its links must stay links
    provinces = svg.cssselect("a.province")
    assert len(provinces) == 63
    for link in provinces:
        assert link.get("aria-label")
        assert link.cssselect("path")[0].get("d").startswith("M")
        href = link.get("href")
        target, _, anchor = href.partition("#")
        assert (cooperation_site / "tinh" / target).exists(), href
        if anchor:
            assert doc.get_element_by_id(anchor) is not None
    names = {link.get("aria-label") for link in provinces}
    assert "Hà Nội: 9 bài" in names
    assert "Bắc Ninh: chưa có bài" in names
    archipelagos = {a.get("aria-label"): a for a in svg.cssselect("a.archipelago")}
    assert set(archipelagos) == {
        "Quần đảo Hoàng Sa (Đà Nẵng)",
        "Quần đảo Trường Sa (Khánh Hòa)",
    }
    for label, link in archipelagos.items():
        text = re.sub(r"\s+", " ", link.cssselect("text")[0].text_content())
        assert text == label
        assert len(link.cssselect("circle")) >= 8
    assert (
        archipelagos["Quần đảo Hoàng Sa (Đà Nẵng)"].get("href")
        == "../tinh/da-nang.html"
    )
    legend = [li.text_content() for li in doc.cssselect(".map-legend li")]
    assert legend[0] == "Chưa có bài"
    assert legend[-1].endswith("9 bài")  # the top class reaches the most covered
    listing = doc.cssselect('a[href="#danh-sach-tinh"]')
    assert listing and doc.get_element_by_id("danh-sach-tinh") is not None
    labels = [t.text_content() for t in svg.cssselect(".map-labels text")]
    assert "Nghệ An" in labels and "Gia Lai" in labels
    assert len(labels) >= 20
