"""The registry of facets and page kinds: the one list every door reads.

A facet is what readers filter search by (a province, a topic, a leader, a
year, the kind of cooperation). `hoptac search` takes its options from `FACETS`, `/api/search` its
parameters, the search index its stored fields, and the browser its filters
and headings (rendered into `search/rules.js`). A page kind is an index page
of the site (`tinh/<slug>.html`): the `hoptac_taxonomy` plugin takes its URL
settings, templates, feeds and sitemap entries from `PAGE_KINDS`. How to add
one: docs/ARCHITECTURE.md, "Adding a facet".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Facet:
    """A search filter: one field of the index, one parameter, one heading."""

    # The index field, the key of facet counts and of the browser's filters.
    field: str
    # The URL parameter of `/api/search` and `search.html`, and the CLI option.
    param: str
    # The attribute of `hoptac.search.query.Filters` holding the chosen values.
    filter: str
    # The heading the search page shows (Vietnamese, for readers).
    label: str
    # The front-matter key the values come from; "" when derived (the year).
    meta_key: str = ""
    # Values are province names: a filter value is resolved through the
    # gazetteer (`TP.HCM`, `Sai Gon` -> `Hồ Chí Minh`).
    places: bool = False

    @property
    def tag(self) -> bool:
        """Whether the values are front-matter tags (stored keyword fields)."""
        return bool(self.meta_key)


@dataclass(frozen=True)
class CooperationKind:
    """A value of the front matter's `Cooperation_Kind`, as readers see it."""

    name: str  # one of `hoptac.article.COOPERATION_KINDS`
    label: str  # on article, pair and province pages
    filter_label: str  # in the search page's filter (shorter)


@dataclass(frozen=True)
class PageKind:
    """A kind of taxonomy page: one per value, plus an index of them all."""

    # The template's name and the settings' prefix (`province` ->
    # `PROVINCE_URL`, `PROVINCE_SAVE_AS`, `PROVINCES_SAVE_AS`).
    name: str
    # The `SiteIndex` table of entries, and the index page's template.
    table: str
    # The URL folder (`tinh/<slug>.html`, `tinh/index.html`).
    folder: str
    # The index page's name in the site's menu, for readers.
    label: str
    # Each page has an Atom feed, `feeds/<folder>/<slug>.atom.xml`.
    feed: bool = False

    @property
    def setting(self) -> str:
        return self.name.upper()


# In the order the search page shows them.
FACETS: tuple[Facet, ...] = (
    Facet("provinces", "province", "provinces", "Tỉnh, thành phố", "Provinces", True),
    Facet("topics", "topic", "topics", "Chủ đề", "Topics"),
    Facet("leaders", "leader", "leaders", "Lãnh đạo", "Leaders"),
    Facet("year", "year", "years", "Năm"),
)

# The kinds of cooperation, in the order the site lists them.
COOPERATION_KINDS: tuple[CooperationKind, ...] = (
    CooperationKind("visit", "Thăm và làm việc", "Thăm, làm việc"),
    CooperationKind("agreement", "Ký kết, sơ kết thỏa thuận", "Ký kết, thỏa thuận"),
    CooperationKind("support", "Hỗ trợ, giúp đỡ", "Hỗ trợ"),
    CooperationKind("linkage", "Liên kết", "Liên kết"),
)

# In the order the sitemap and the site's menu list them.
PAGE_KINDS: tuple[PageKind, ...] = (
    PageKind("province", "provinces", "tinh", "Tỉnh, thành", feed=True),
    PageKind("pair", "pairs", "cap", "Cặp hợp tác"),
    PageKind("leader", "leaders", "lanh-dao", "Lãnh đạo"),
    PageKind("topic", "topics", "chu-de", "Chủ đề", feed=True),
)


def tag_facets() -> tuple[Facet, ...]:
    """The facets whose values are front-matter tags, in registry order."""
    return tuple(facet for facet in FACETS if facet.tag)


def facet(field: str) -> Facet:
    """Return the facet of an index field; KeyError if none."""
    for candidate in FACETS:
        if candidate.field == field:
            return candidate
    raise KeyError(f"facets: no facet {field!r}")


def page_settings() -> dict[str, str]:
    """Return the URL settings of every page kind (the taxonomy plugin's defaults)."""
    settings: dict[str, str] = {}
    for kind in PAGE_KINDS:
        settings[f"{kind.setting}_URL"] = f"{kind.folder}/{{slug}}.html"
        settings[f"{kind.setting}_SAVE_AS"] = f"{kind.folder}/{{slug}}.html"
        settings[f"{kind.setting}S_SAVE_AS"] = f"{kind.folder}/index.html"
    return settings


def resolve_value(field: str, value: str) -> str:
    """Return a filter value as the archive stores it: a place's canonical name.

    Other values (and a place the gazetteer does not know) are returned as given.
    """
    if not facet(field).places:
        return value
    from hoptac.gazetteer import ProvinceGazetteer  # loads the places only when asked

    province = ProvinceGazetteer.load().get(value)
    return province.name if province else value
