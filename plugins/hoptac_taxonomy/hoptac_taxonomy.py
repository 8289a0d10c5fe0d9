"""Province, leader, topic and pair pages, archives, charts, feeds and data exports.

One pass over the articles builds every index (`build_indexes`); templates read
only the context this module documents:

- on every page: `hoptac` (a `SiteIndex`: `provinces`, `leaders`, `topics`,
  `pairs`, `years`, `top_pairs`, `undated`, `cooperation`,
  `coverage_map`, `menu`; see cooperation.py and coverage_map.py);
- on article pages: `article.hoptac` (an `ArticleFacts`);
- on taxonomy pages: `province`/`leader`/`topic`/`pair`/`period` (an `Entry`),
  and Pelican's own `articles`, `articles_page` and `articles_paginator`.
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import os
import posixpath
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape as xml_escape

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator
from pelican.urlwrappers import URLWrapper

from hoptac.article import LeaderRole, split_list
from hoptac.build.contents import freeze_url, generator_contents
from hoptac.facets import PAGE_KINDS
from hoptac.gazetteer import Province as GazetteerProvince
from hoptac.gazetteer import ProvinceGazetteer, name_slug
from hoptac.tagging.leader_names import (
    Resolution,
    leaders_file,
    load_decisions,
    resolve_leaders,
    retired_slugs,
)
from hoptac.web_safety import safe_link, script_json, spreadsheet_cell

from .cooperation import (
    attach_cooperation,
    cooperation_feeds,
    export_events,
    export_fields,
    pair_identity,
)
from .coverage_map import build_coverage_map
from .settings import DEFAULTS

logger = logging.getLogger(__name__)

# Articles with no date sort after all dated ones; they are shown as undated.
UNDATED = datetime(1900, 1, 1)
# The date of a feed without entries in an archive without a dated article.
EMPTY_FEED_DATE = datetime(1970, 1, 1, tzinfo=UTC)
# Source types a browser would render rather than show.
RENDERED_SUFFIXES = {".html", ".htm", ".xhtml", ".svg", ".xml", ".md", ".markdown"}
# An article naming more provinces than this is a round-up, not a cooperation.
PAIR_MAX_PROVINCES = 6
# How many "same province / same pair" neighbour lines an article page shows.
MAX_NEIGHBOUR_LISTS = 6
# Meta descriptions are cut at a word boundary near this length.
DESCRIPTION_LENGTH = 200
TRUE_VALUES = {"true", "yes", "1", "có"}
# Feed readers decode a summary once more than they should, some of them: a
# summary (an excerpt; the entry's content keeps the whole text) drops what
# reads as a tag, even where the article has it as text.
TAG_LIKE = re.compile(r"<[^<>]*>")
MONTHS = "tháng 1 tháng 2 tháng 3 tháng 4 tháng 5 tháng 6 tháng 7 tháng 8 tháng 9 tháng 10 tháng 11 tháng 12"


class _Wrapper(URLWrapper):
    """A taxonomy entry whose slug folds Vietnamese properly (`Đà Nẵng` -> `da-nang`)."""

    def __init__(self, name: str, settings: dict, slug: str | None = None):
        super().__init__(name, settings)
        self.slug = slug or name_slug(name)


class Province(_Wrapper):
    pass


class Leader(_Wrapper):
    pass


class Topic(_Wrapper):
    pass


class Pair(_Wrapper):
    pass


@dataclass
class Bar:
    """One bar of a time chart: a period, its article count, and its drawn height."""

    label: str
    count: int
    height: float


@dataclass
class Entry:
    """A taxonomy page: its wrapper, articles (newest first) and what the page shows."""

    wrapper: _Wrapper
    articles: list = field(default_factory=list)
    gazetteer: GazetteerProvince | None = None
    partners: list = field(default_factory=list)  # [(Entry, shared count)]
    leaders: list = field(default_factory=list)  # [(Entry, [titles])]
    districts: list = field(default_factory=list)
    provinces: list = field(default_factory=list)  # [Entry]
    roles: list = field(default_factory=list)  # [(date label, title, province)]
    merged_with: list = field(default_factory=list)  # [str]
    spellings: list = field(default_factory=list)  # a leader's names as written
    chart: list[Bar] = field(default_factory=list)
    members: tuple = ()  # a pair's two province entries
    events: list = field(default_factory=list)  # cooperation.Event, a timeline
    co_mentions: list = field(default_factory=list)  # a pair's other articles
    cooperation_partners: list = field(default_factory=list)  # [(Entry, n, pair)]

    @property
    def name(self) -> str:
        return self.wrapper.name

    @property
    def url(self) -> str:
        return self.wrapper.url

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass
class Neighbours:
    """An article's older and newer neighbours in one list (a province, a pair)."""

    entry: Entry
    older: object | None
    newer: object | None


@dataclass
class ArticleFacts:
    """What an article page shows beyond Pelican's own fields."""

    date_label: str
    undated: bool
    # `<time datetime>`: the date as precise as it is known; "" when undated.
    datetime: str = ""
    title_restored: bool = False
    # The source's address when it may be a link (http(s)), else "".
    source_url: str = ""
    # Who published it: Source_Name, else the host of Source_URL, else "".
    source_label: str = ""
    provinces: list = field(default_factory=list)  # [(Entry, name after 2025 or "")]
    leaders: list = field(default_factory=list)  # [(Entry, LeaderRole)]
    topics: list = field(default_factory=list)
    pairs: list = field(default_factory=list)
    districts: list = field(default_factory=list)
    sources: list = field(default_factory=list)  # [(url, file name, sha256)]
    citation: str = ""
    description: str = ""  # plain text for `<meta name="description">`
    canonical: str = ""  # absolute address, only when SITEURL is set
    json_ld: str = ""  # schema.org NewsArticle, safe inside `<script>`
    older: object | None = None  # by date, across the archive
    newer: object | None = None
    neighbours: list[Neighbours] = field(default_factory=list)

    cooperation: object = None  # cooperation.CooperationFacts
    cooperation_sides: list = field(default_factory=list)  # [cooperation.Side]


@dataclass
class SiteIndex:
    """Every index of the site, built in one pass over the articles."""

    provinces: dict[str, Entry] = field(default_factory=dict)
    leaders: dict[str, Entry] = field(default_factory=dict)
    topics: dict[str, Entry] = field(default_factory=dict)
    pairs: dict[str, Entry] = field(default_factory=dict)
    years: dict[str, Entry] = field(default_factory=dict)
    months: dict[str, Entry] = field(default_factory=dict)
    undated: list = field(default_factory=list)
    regions: list = field(
        default_factory=list
    )  # [(region, [(GazetteerProvince, Entry|None)])]
    top_pairs: list[Entry] = field(default_factory=list)
    # slug a leader page had before its spellings were merged -> the page now
    leader_redirects: dict[str, Entry] = field(default_factory=dict)
    # For the feed and sitemap writers: each article by its URL, and the
    # page a feed stands for.
    articles_by_url: dict = field(default_factory=dict)
    feed_pages: dict[str, str] = field(default_factory=dict)
    cooperation: object = None  # cooperation.Cooperation
    coverage_map: object = None  # coverage_map.CoverageMap
    # The menu's index pages (hoptac.facets.PAGE_KINDS): [(label, URL)].
    menu: list[tuple[str, str]] = field(default_factory=list)


def meta_list(article, key: str) -> list[str]:
    value = article.metadata.get(key, "")
    return split_list(value) if isinstance(value, str) else list(value)


def when(article: object, fmt: str) -> str:
    """Format an article's date with datetime's own strftime, once a date.

    Pelican's `SafeDatetime` re-parses every format in Python, and building the
    indexes formats each article's date several times (a third of their time).
    """
    return _format_date(article.date, fmt)


@lru_cache(maxsize=65536)
def _format_date(moment: datetime, fmt: str) -> str:
    return datetime.strftime(moment, fmt)


def is_true(value: object) -> bool:
    return str(value).strip().lower() in TRUE_VALUES


def datetime_attribute(article) -> str:
    """The date for `<time datetime>` and schema.org, no more precise than known."""
    meta = article.metadata
    if meta.get("hoptac_undated"):
        return ""
    precision = meta.get("date_precision", "")
    if precision == "year":
        return when(article, "%Y")
    if precision == "month":
        return when(article, "%Y-%m")
    if article.date.hour or article.date.minute:
        return article.date.isoformat()
    return when(article, "%Y-%m-%d")  # a day without a time: no invented midnight


def date_label(article) -> str:
    """The date as a reader should see it: partial and year-only dates stay honest."""
    meta = article.metadata
    if meta.get("hoptac_undated"):
        partial = meta.get("date_partial", "")
        return f"{partial}, chưa rõ năm" if partial else "Chưa rõ ngày"
    precision = meta.get("date_precision", "")
    if precision == "year":
        return f"Năm {when(article, '%Y')}"
    if precision == "month":
        return f"Tháng {article.date.month}/{when(article, '%Y')}"
    if article.date.hour or article.date.minute:
        return when(article, "%d/%m/%Y %H:%M")
    return when(article, "%d/%m/%Y")


def office_periods(
    roles: list[tuple[str, str, str]],
) -> list[tuple[str, str, str]]:
    """A leader's offices over time, one row per run of articles that give the
    same office: (dates, office, province), the dates one day or the run's
    first and last (`11/04/2021 – 29/04/2021`). `roles` are (date, office,
    province) per article, newest first; articles naming no office are left
    out, and a run ends where another office comes between."""
    periods: list[list[str]] = []  # [newest date, oldest date, office, province]
    for when, title, place in roles:
        if not title:
            continue
        if periods and periods[-1][2:] == [title, place]:
            periods[-1][1] = when
        else:
            periods.append([when, when, title, place])
    return [
        (newest if newest == oldest else f"{oldest} – {newest}", title, place)
        for newest, oldest, title, place in periods
    ]


def time_chart(articles, by: str = "year") -> list[Bar]:
    """Count dated articles per year (or month) across the whole span, gaps included."""
    counts = Counter(
        when(a, "%Y" if by == "year" else "%m/%Y")
        for a in articles
        if not a.metadata.get("hoptac_undated")
    )
    if not counts:
        return []
    if by == "year":
        years = sorted(int(y) for y in counts)
        labels = [str(y) for y in range(years[0], years[-1] + 1)]
    else:
        labels = sorted(counts, key=lambda m: (m[3:], m[:2]))
    top = max(counts.values())
    return [
        Bar(label, counts[label], round(100 * counts[label] / top, 1))
        for label in labels
    ]


def resolve_leader_names(articles: list, settings: dict) -> Resolution:
    """One person, one page: group the spellings of each leader the archive holds."""
    mentions = []
    for article in articles:
        titles = {}
        for text in article.metadata.get("leader_roles", "").split(";"):
            if " = " in text:
                role = LeaderRole.parse(text.strip())
                titles[role.name] = role.title
        mentions.extend((n, titles.get(n, "")) for n in meta_list(article, "leaders"))
    root = Path(settings.get("PATH", "content")).parent
    return resolve_leaders(mentions, load_decisions(leaders_file(root)))


def build_indexes(articles: list, settings: dict) -> SiteIndex:
    """Build every index in one pass over the articles (newest first)."""
    gazetteer = ProvinceGazetteer.load()
    index = SiteIndex()
    resolution = resolve_leader_names(articles, settings)
    leader_roles: dict[str, list] = defaultdict(list)
    district_names: dict[str, list] = defaultdict(list)
    leaders_by_province: dict[str, dict[str, list]] = defaultdict(
        lambda: defaultdict(list)
    )
    partners: dict[str, Counter] = defaultdict(Counter)

    def entry(table: dict, cls: type, name: str, slug: str | None = None) -> Entry:
        if name not in table:
            table[name] = Entry(cls(name, settings, slug))
        return table[name]

    for article in articles:
        facts = ArticleFacts(
            date_label(article),
            bool(article.metadata.get("hoptac_undated")),
            datetime_attribute(article),
            is_true(article.metadata.get("title_restored", "")),
        )
        names = meta_list(article, "provinces")
        for name in names:
            province = gazetteer.get(name)
            item = entry(
                index.provinces, Province, name, province.slug if province else None
            )
            item.gazetteer = province
            item.articles.append(article)
            changed = (
                province.name_2025 if province and province.name_2025 != name else ""
            )
            facts.provinces.append((item, changed))
        for district in meta_list(article, "districts"):
            facts.districts.append(district)
            if "(" in district:
                place, _, owner = district.rpartition(" (")
                if place not in district_names[owner.rstrip(")")]:
                    district_names[owner.rstrip(")")].append(place)
        roles = {}
        for text in article.metadata.get("leader_roles", "").split(";"):
            if text.strip():
                role = LeaderRole.parse(text.strip())
                roles[role.name] = role
        for written in meta_list(article, "leaders"):
            role = roles.get(written, LeaderRole(written, ""))
            name = resolution.canonical.get(written, written)
            item = entry(index.leaders, Leader, name)
            if item.articles and item.articles[-1] is article:
                continue  # two spellings of one person in one article
            item.articles.append(article)
            leader_roles[name].append((facts.date_label, role.title, role.province))
            facts.leaders.append((item, role))
            if role.province:
                leaders_by_province[role.province][name].append(role.title)
        for name in meta_list(article, "topics"):
            item = entry(index.topics, Topic, name)
            item.articles.append(article)
            facts.topics.append(item)
        if 2 <= len(names) <= PAIR_MAX_PROVINCES:
            ordered = sorted(
                (gazetteer.get(n) or n for n in dict.fromkeys(names)),
                key=lambda p: p.code if isinstance(p, GazetteerProvince) else "99" + p,
            )
            for first, second in combinations(ordered, 2):
                a, b = (getattr(p, "name", p) for p in (first, second))
                item = entry(index.pairs, Pair, *pair_identity(a, b))
                item.articles.append(article)
                item.members = (index.provinces[a], index.provinces[b])
                facts.pairs.append(item)
                partners[a][b] += 1
                partners[b][a] += 1
        if facts.undated:
            index.undated.append(article)
        else:
            year = entry(
                index.years, _Wrapper, when(article, "%Y"), when(article, "%Y")
            )
            year.articles.append(article)
            month_name = when(article, "%Y-%m")
            month = entry(index.months, _Wrapper, month_name, month_name)
            month.articles.append(article)
        article.hoptac = facts

    index.cooperation = attach_cooperation(
        index, articles, gazetteer, lambda n, slug: entry(index.pairs, Pair, n, slug)
    )
    for table in (index.provinces, index.leaders, index.topics, index.pairs):
        unique_slugs(table)
    for name, item in index.provinces.items():
        item.partners = [
            (index.provinces[p], n) for p, n in partners[name].most_common()
        ]
        item.districts = district_names.get(name, [])
        item.leaders = [
            (index.leaders[leader], sorted(set(titles)))
            for leader, titles in leaders_by_province[name].items()
        ]
        if item.gazetteer:
            item.merged_with = [p.name for p in gazetteer.merged_with(item.gazetteer)]
        item.chart = time_chart(item.articles)
    live_slugs = {item.wrapper.slug for item in index.leaders.values()}
    index.leader_redirects = {
        slug: index.leaders[name]
        for slug, name in retired_slugs(resolution, name_slug).items()
        if name in index.leaders and slug not in live_slugs
    }
    for name, item in index.leaders.items():
        item.spellings = resolution.spellings.get(name, [name])
        item.roles = office_periods(leader_roles[name])
        item.provinces = [
            index.provinces[p]
            for p in dict.fromkeys(r[2] for r in item.roles if r[2])
            if p in index.provinces
        ]
        item.chart = time_chart(item.articles)
    for table in (index.topics, index.pairs):
        for item in table.values():
            item.chart = time_chart(item.articles)
    for item in index.years.values():
        item.chart = time_chart(item.articles, by="month")

    index.regions = [
        (region, [(p, index.provinces.get(p.name)) for p in members])
        for region, members in gazetteer.by_region().items()
    ]
    index.coverage_map = build_coverage_map(gazetteer, index.provinces)
    index.top_pairs = sorted(index.pairs.values(), key=lambda e: (-e.count, e.name))
    link_neighbours(articles, index)
    site = absolute_site_url(settings)
    for article in articles:
        facts = article.hoptac
        facts.source_url = safe_link(article.metadata.get("source_url", ""))
        facts.source_label = source_label(article.metadata, facts.source_url)
        facts.canonical = f"{site}/{article.url}" if site else ""
        facts.description = plain_summary(article, DESCRIPTION_LENGTH)
        facts.citation = citation(article, settings)
        facts.json_ld = news_article_json_ld(article, settings)
        facts.sources = source_links(article, settings)
        index.articles_by_url[article.url] = article
    return index


def absolute_site_url(settings: dict) -> str:
    """SITEURL without its trailing slash when it is absolute, else ""."""
    site = settings.get("SITEURL", "") or ""
    return site.rstrip("/") if "://" in site else ""


def _chains(articles: list):
    """Yield (article, older, newer) along a newest-first list; undated ones
    (at its end) are chained among themselves, never to a dated one."""
    for undated in (False, True):
        run = [a for a in articles if a.hoptac.undated is undated]
        for i, article in enumerate(run):
            older = run[i + 1] if i + 1 < len(run) else None
            yield article, older, run[i - 1] if i else None


def link_neighbours(articles: list, index: SiteIndex) -> None:
    """Set each article's older/newer article, overall and within its pairs and
    provinces (pairs first, at most MAX_NEIGHBOUR_LISTS lists)."""
    for article, older, newer in _chains(articles):
        article.hoptac.older, article.hoptac.newer = older, newer
    for table in (index.pairs, index.provinces):
        for item in table.values():
            if len(item.articles) < 2:
                continue
            for article, older, newer in _chains(item.articles):
                facts = article.hoptac
                if not (older or newer) or (older, newer) == (facts.older, facts.newer):
                    continue  # none, or the archive-wide links already lead there
                if len(facts.neighbours) < MAX_NEIGHBOUR_LISTS:
                    facts.neighbours.append(Neighbours(item, older, newer))


def source_label(meta: dict, url: str) -> str:
    """Who published an article: its Source_Name, else its source's host."""
    name = (meta.get("source_name") or "").strip()
    if name:
        return name
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


def plain_summary(article, length: int) -> str:
    """The summary (else the title) as plain text, cut at a word near `length`."""
    # Pelican's own summary (the first words of the text) when none is given.
    summary = article.metadata.get("summary") or getattr(article, "summary", "") or ""
    text = " ".join(Markup(summary).striptags().split()) or article.title
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def news_article_json_ld(article, settings: dict) -> str:
    """schema.org NewsArticle for search engines; datePublished only when known."""
    facts = article.hoptac
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "inLanguage": "vi",
    }
    if len(facts.datetime) >= len("YYYY-MM-DD"):  # a day is known
        data["datePublished"] = facts.datetime
    if facts.canonical:
        data["url"] = data["mainEntityOfPage"] = facts.canonical
    if facts.description:
        data["description"] = facts.description
    if facts.source_url and "://" in facts.source_url:
        data["isBasedOn"] = facts.source_url
    if article.metadata.get("source_name"):
        data["publisher"] = {
            "@type": "Organization",
            "name": article.metadata["source_name"],
        }
    if article.metadata.get("byline"):
        data["author"] = {"@type": "Person", "name": article.metadata["byline"]}
    if facts.provinces:
        data["contentLocation"] = [
            {"@type": "Place", "name": entry.name} for entry, _ in facts.provinces
        ]
    if facts.topics:
        data["keywords"] = [topic.name for topic in facts.topics]
    return script_json(data)


def source_links(article, settings: dict) -> list[tuple[str, str, str]]:
    """(url, file name, sha256) of each preserved source, as copied into the site."""
    hashes = meta_list(article, "source_sha256")
    links = []
    for i, name in enumerate(meta_list(article, "source_file")):
        relative = Path(name).name
        if Path(relative).suffix.lower() in RENDERED_SUFFIXES:
            # A scraped page opened from our site would run its scripts and break its
            # links: the site serves the same bytes as text.
            relative += ".txt"
        url = f"{settings['HOPTAC_SOURCES_DIR']}/{relative}"
        links.append((url, relative, hashes[i] if i < len(hashes) else ""))
    return links


def unique_slugs(table: dict[str, Entry]) -> None:
    """Give names that fold to one slug (`Nguyễn Văn Phong`, `Nguyễn Văn Phóng`) their own."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for item in table.values():
        groups[item.wrapper.slug].append(item)
    for slug, items in groups.items():
        for number, item in enumerate(sorted(items, key=lambda e: e.name)[1:], start=2):
            item.wrapper.slug = f"{slug}-{number}"


def citation(article, settings: dict) -> str:
    """A reference a researcher can paste: source, title, date, source address,
    archive address (the page adds the access date)."""
    facts = article.hoptac
    title = f"“{article.title}”"
    if facts.title_restored:
        title += " [tiêu đề do kho lưu trữ dựng lại]"
    parts = [facts.source_label or "Không rõ nguồn", title, facts.date_label]
    if facts.source_url:
        parts.append(facts.source_url)
    archived = facts.canonical or article.url
    parts.append(f"Lưu trữ tại {settings.get('SITENAME', 'hoptac')}: {archived}")
    return ". ".join(part.rstrip(".") for part in parts) + "."


def on_article_context(generator, metadata: dict) -> None:
    """Give partially dated articles a sort date so Pelican keeps them, marked undated."""
    if "date" not in metadata:
        metadata["date"] = UNDATED
        metadata["hoptac_undated"] = "1"


def seed_settings(pelican) -> None:
    for key, value in DEFAULTS.items():
        pelican.settings.setdefault(key, value)
    paginated = pelican.settings.setdefault("PAGINATED_TEMPLATES", {})
    for template in (*(kind.name for kind in PAGE_KINDS), "period"):
        paginated.setdefault(template, None)


class TaxonomyGenerator(Generator):
    """Writes the taxonomy pages, archives, feeds, data exports and sitemap."""

    def generate_context(self) -> None:
        articles = self.context.get("articles", [])
        self.index = build_indexes(articles, self.settings)
        self.index.menu = [
            (kind.label, self.settings[f"{kind.setting}S_SAVE_AS"])
            for kind in PAGE_KINDS
        ]
        self.context["hoptac"] = self.index

    def generate_output(self, writer) -> None:
        s = self.settings
        index = self.index
        pages = [
            (kind.name, getattr(index, kind.table), kind.name) for kind in PAGE_KINDS
        ]
        for template_name, table, variable in pages:
            template = self.get_template(template_name)
            for item in table.values():
                writer.write_file(
                    item.wrapper.save_as,
                    template,
                    self.context,
                    relative_urls=s["RELATIVE_URLS"],
                    # A pair's cooperation events come first, unpaginated.
                    paginated={
                        "articles": item.co_mentions
                        if template_name == "pair"
                        else item.articles
                    },
                    template_name=template_name,
                    page_name=item.wrapper.page_name,
                    url=item.wrapper.url,
                    **{variable: item},
                )
        redirect = self.get_template("leader_redirect")
        for slug, target in index.leader_redirects.items():
            save_as = s["LEADER_SAVE_AS"].format(slug=slug)
            writer.write_file(
                save_as,
                redirect,
                self.context,
                relative_urls=s["RELATIVE_URLS"],
                url=save_as,
                leader=target,
            )
        for template_name, key in (
            (kind.table, f"{kind.setting}S_SAVE_AS") for kind in PAGE_KINDS
        ):
            writer.write_file(
                s[key],
                self.get_template(template_name),
                self.context,
                relative_urls=s["RELATIVE_URLS"],
                url=s[key],
            )
        period_template = self.get_template("period")
        for table in (index.years, index.months):
            for item in table.values():
                save_as = s["HOPTAC_ARCHIVE_URL"].format(period=item.name)
                writer.write_file(
                    save_as,
                    period_template,
                    self.context,
                    relative_urls=s["RELATIVE_URLS"],
                    paginated={"articles": item.articles},
                    template_name="period",
                    page_name=save_as[: -len(".html")],
                    url=save_as,
                    period=item,
                )
        undated_as = s["HOPTAC_ARCHIVE_URL"].format(period="chua-ro-nam")
        writer.write_file(
            undated_as,
            period_template,
            self.context,
            relative_urls=s["RELATIVE_URLS"],
            url=undated_as,
            period=Entry(_Wrapper("Chưa rõ năm", s, "chua-ro-nam"), index.undated),
        )
        self._write_feeds(writer)
        output = Path(self.output_path)
        self._copy_sources(output)
        # Files that follow from the archive's metadata alone: the incremental
        # writer (when the plugin is on) keeps the live ones if it is unchanged.
        write_derived = getattr(writer, "write_derived", None)
        derived = [("data", self._write_data)]
        if absolute_site_url(s):
            derived.append(("sitemap", self._write_sitemap))
        else:
            logger.warning(
                "hoptac_taxonomy: no sitemap.xml: SITEURL is not an absolute "
                "address, and a sitemap lists absolute URLs only (publish with "
                "HOPTAC_SITEURL set: docs/PUBLISHING.md)"
            )
        for key, write in derived:
            if write_derived is None:
                write(output)
            else:
                write_derived(key, lambda write=write: write(output))

    def _write_feeds(self, writer) -> None:
        limit = self.settings["HOPTAC_FEED_LIMIT"]
        for folder, table in (
            (kind.folder, getattr(self.index, kind.table))
            for kind in PAGE_KINDS
            if kind.feed
        ):
            for item in table.values():
                dated = [
                    a for a in item.articles if not a.metadata.get("hoptac_undated")
                ]
                path = f"feeds/{folder}/{item.wrapper.slug}.atom.xml"
                self.index.feed_pages[path] = item.url
                # Pelican puts SITENAME before the title.
                writer.write_feed(
                    dated[:limit], self.context, path, feed_title=item.name
                )
        for path, title, dated in cooperation_feeds(self.index, self.settings):
            writer.write_feed(dated[:limit], self.context, path, feed_title=title)

    def _copy_sources(self, output: Path) -> None:
        """Copy each article's preserved sources next to the site, for the reader to open."""
        root = Path(self.settings["PATH"]).parent
        folders: set[Path] = set()
        for article in self.context.get("articles", []):
            for name, (url, _, _) in zip(
                meta_list(article, "source_file"), article.hoptac.sources, strict=False
            ):
                source, target = root / name, output / url
                if target.parent not in folders:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    folders.add(target.parent)
                # Same bytes, no copy: sources never change. Asked of the
                # link itself, not checked before (two stats a file).
                try:
                    os.link(source, target)
                except FileExistsError:
                    continue  # two articles share a source
                except FileNotFoundError:
                    logger.warning(
                        "hoptac_taxonomy: %s: source %s not found",
                        article.source_path,
                        name,
                    )
                except OSError:
                    shutil.copyfile(source, target)

    def _write_data(self, output: Path) -> list[Path]:
        """Write data/articles.json, data/articles.csv and data/pairs.json for
        researchers; return the files written."""
        rows = []
        for article in self.context.get("articles", []):
            meta = article.metadata
            rows.append(
                {
                    "id": meta.get("source_id", article.slug),
                    "title": article.title,
                    "date": ""
                    if meta.get("hoptac_undated")
                    else article.date.isoformat(),
                    "date_partial": meta.get("date_partial", ""),
                    "url": article.url,
                    "source": meta.get("source_name", ""),
                    "source_url": meta.get("source_url", ""),
                    "provinces": meta_list(article, "provinces"),
                    "provinces_2025": meta_list(article, "provinces_2025"),
                    "leaders": meta_list(article, "leaders"),
                    "topics": meta_list(article, "topics"),
                    **export_fields(article),
                }
            )
        data = output / self.settings["HOPTAC_DATA_DIR"]
        data.mkdir(parents=True, exist_ok=True)
        (data / "articles.json").write_text(
            json.dumps(rows, ensure_ascii=False, indent=1), "utf-8"
        )
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    key: spreadsheet_cell(
                        "; ".join(value) if isinstance(value, list) else value
                    )
                    for key, value in row.items()
                }
            )
        # With a BOM, spreadsheets read the file as UTF-8 (Excel: as its
        # ANSI code page otherwise, which garbles Vietnamese).
        (data / "articles.csv").write_text(buffer.getvalue(), encoding="utf-8-sig")
        pairs = [
            {
                "pair": [m.name for m in item.members],
                "url": item.url,
                "articles": len(item.articles),
                "ids": [a.metadata.get("source_id", a.slug) for a in item.articles],
                "events": export_events(item),
            }
            for item in self.index.top_pairs
        ]
        (data / "pairs.json").write_text(
            json.dumps(pairs, ensure_ascii=False, indent=1), "utf-8"
        )
        return [data / name for name in ("articles.json", "articles.csv", "pairs.json")]

    def _write_sitemap(self, output: Path) -> list[Path]:
        """Write sitemap.xml: every page a search engine should know, absolute."""
        site = absolute_site_url(self.settings)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ]
        for url, modified in sitemap_pages(self.index, self.context, self.settings):
            loc = xml_escape(f"{site}/{quote(url, safe='/-._~')}")
            lastmod = f"<lastmod>{modified}</lastmod>" if modified else ""
            lines.append(f"<url><loc>{loc}</loc>{lastmod}</url>")
        lines.append("</urlset>")
        (output / "sitemap.xml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return [output / "sitemap.xml"]


def newest_date(articles: list) -> str:
    """The date of the newest dated article (YYYY-MM-DD), or ""."""
    for article in articles:  # newest first
        if not article.hoptac.undated:
            return when(article, "%Y-%m-%d")
    return ""


def sitemap_pages(index: SiteIndex, context: dict, settings: dict):
    """Yield (url, lastmod) of every page the sitemap lists: home, section
    indexes, archives, articles and taxonomy pages (first page of each list)."""
    articles = context.get("articles", [])
    latest = newest_date(articles)
    yield "index.html", latest
    for kind in PAGE_KINDS:
        yield settings[f"{kind.setting}S_SAVE_AS"], latest
    yield "archives.html", latest
    archive = settings["HOPTAC_ARCHIVE_URL"]
    for table in (index.years, index.months):
        for item in table.values():
            yield archive.format(period=item.name), newest_date(item.articles)
    if index.undated:
        yield archive.format(period="chua-ro-nam"), ""
    for article in articles:
        modified = getattr(article, "modified", None)
        if modified is not None and modified != article.date:
            yield article.url, modified.date().isoformat()
        else:
            yield article.url, newest_date([article])
    for kind in PAGE_KINDS:
        for item in getattr(index, kind.table).values():
            yield item.url, newest_date(item.articles)


def finish_feed(context: dict, feed: object) -> None:
    """Make a feed Pelican built valid Atom, stable across hosts.

    Links resolve from the feed's own place (relative) unless SITEURL is
    absolute; the feed's and entries' ids come from HOPTAC_SITE_ID and each
    article's Source_ID, so they do not change with SITEURL or a new slug;
    undated articles leave (Atom dates are full timestamps, and theirs would
    be invented); summaries are plain text.
    """
    index = context.get("hoptac")
    if not isinstance(index, SiteIndex):
        return
    site = absolute_site_url(context)
    prefix = site + "/" if site else ""

    def own_path(url: str) -> str:
        return url[len(prefix) :] if prefix and url.startswith(prefix) else url

    path = own_path(feed.feed["feed_url"]).lstrip("/")
    here = posixpath.dirname(path) or "."

    def link(url: str) -> str:
        return prefix + url if prefix else posixpath.relpath(url, here)

    site_id = context["HOPTAC_SITE_ID"]
    feed.feed["id"] = site_id + path
    feed.feed["feed_url"] = link(path)
    feed.feed["link"] = link(index.feed_pages.get(path, "index.html"))
    kept = []
    for item in feed.items:
        url = own_path(item["link"])
        article = index.articles_by_url.get(url)
        if article is None:
            kept.append(item)
            continue
        if article.hoptac.undated:
            continue
        meta = article.metadata
        item["title"] = article.title
        item["link"] = link(url)
        item["unique_id"] = (
            site_id + "article:" + quote(meta.get("source_id") or article.slug, safe="")
        )
        summary = TAG_LIKE.sub(" ", plain_summary(article, 10_000)).strip()
        item["description"] = html.escape(summary, quote=False) if summary else None
        item["categories"] = [e.name for e, _ in article.hoptac.provinces] + [
            t.name for t in article.hoptac.topics
        ]
        kept.append(item)
    feed.items[:] = kept
    if not kept:
        # feedgenerator dates a feed without entries at the moment it is
        # written, so two builds of one archive would differ; it is dated by
        # the archive's newest article instead.
        newest = next(
            (a.date for a in context.get("articles", []) if not a.hoptac.undated),
            EMPTY_FEED_DATE,
        )
        feed.latest_post_date = lambda: newest


def get_generators(pelican):
    return TaxonomyGenerator


def freeze_urls(generators: list) -> None:
    """Compute each article's and page's `url` and `save_as` once, for all pages.

    The listing pages use them about 15 times an article (40,000 times for
    2,655 articles, 8% of writing). Once every generator has its context they
    no longer change.
    """
    for content in generator_contents(generators):
        freeze_url(content)


def register() -> None:
    signals.initialized.connect(seed_settings)
    signals.feed_generated.connect(finish_feed)
    signals.article_generator_context.connect(on_article_context)
    signals.get_generators.connect(get_generators)
    signals.all_generators_finalized.connect(freeze_urls)
