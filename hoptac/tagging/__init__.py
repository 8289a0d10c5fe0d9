"""Tag an article with provinces, districts, leaders, topics and cooperation.

`tag_article` is the one entry point ingest calls: provinces and districts come
from the gazetteer (`provinces.py`), officials from their titles
(`leaders.py`), topics from the archivist's list (`topics.py`), and whether the
article covers cooperation between provinces from all of these
(`cooperation.py`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from hoptac.article import LeaderRole
from hoptac.tagging.cooperation import Cooperation, assess_cooperation
from hoptac.tagging.leader_names import resolve_leaders
from hoptac.tagging.leaders import find_leaders
from hoptac.tagging.provinces import find_places
from hoptac.tagging.topics import assign_topics, load_topics, topics_file
from hoptac.vietnamese import (
    expand_abbreviations,
    fold_diacritics,
    normalize_for_matching,
)

logger = logging.getLogger(__name__)

# Offices of a city-level party committee or government name no city themselves.
CITY_BODY = re.compile(r"Thành ủy|Thành uỷ|thành phố|Thành phố|\bTP\b")
PROVINCE_BODY = re.compile(r"Tỉnh ủy|Tỉnh uỷ|\btỉnh\b")
NATIONAL_BODY = re.compile(
    r"Trung ương|Chính phủ|Quốc hội|\bBộ\b|nước|Tổng Bí thư|Thủ tướng"
)


@dataclass
class Tags:
    """What the tagger found in one article, in front-matter form."""

    provinces: list[str] = field(default_factory=list)
    provinces_2025: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)  # `Lâm Hà (Lâm Đồng)`
    leaders: list[str] = field(default_factory=list)
    leader_roles: list[LeaderRole] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    # decisions the tagger was unsure of, for `hoptac review` (not front matter)
    uncertain: list[str] = field(default_factory=list)
    cooperation: Cooperation | None = None
    cooperation_reason: str = ""  # why an article is not cooperation coverage


def tag_article(title: str, body: str) -> Tags:
    """Return the tags of an article from its title and body."""
    text = normalize_for_matching(f"{title}\n{body}")
    expanded = expand_abbreviations(text)
    places = find_places(expanded)
    provinces = places.provinces
    tags = Tags(
        provinces=[p.name for p in provinces],
        provinces_2025=list(dict.fromkeys(p.name_2025 for p in provinces)),
        districts=[
            f"{written} ({district_province})"
            for written, district_province in (
                (w, next(p.name for p in provinces if p.key == d.province_key))
                for w, d in places.districts
            )
        ],
    )
    tags.uncertain = list(places.notes)
    roles: dict[str, LeaderRole] = {}
    doubts: dict[str, str] = {}
    for mention in find_leaders(text):
        if mention.doubt:
            doubts.setdefault(mention.name, mention.doubt)
        province = mention.province or _infer_body(mention.title, provinces)
        role = LeaderRole(mention.name, mention.title, province)
        known = roles.get(mention.name)
        # The most specific office wins: the longest title, a province over none.
        if not known or (bool(role.province), len(role.title)) > (
            bool(known.province),
            len(known.title),
        ):
            roles[mention.name] = role
    # `Nguyễn Văn Bình` and `Nguyễn Bình` with the same office in one article are
    # one leader; spellings that differ only in their marks (`Esteban Lazo
    # Hernandez`, `Hernández`; the typo `Vũ Đưc Đam`) are kept as written, and
    # the site gives them one page (`hoptac_taxonomy`, `leaders.toml`).
    canonical = (
        resolve_leaders((r.name, r.title) for r in roles.values()).canonical
        if len(roles) > 1
        else {}
    )
    merged = {
        n: r
        for n, r in roles.items()
        if canonical.get(n, n) == n
        or fold_diacritics(canonical[n]) == fold_diacritics(n)
    }
    tags.leaders = list(merged)
    tags.leader_roles = list(merged.values())
    tags.uncertain.extend(
        f"Leaders: {name} ({doubts[name]})" for name in merged if name in doubts
    )
    topic_list = load_topics(topics_file())
    # The joined text is already in matching form: split it rather than redo it.
    if "\n" in title:
        matching_title, matching_body = (
            normalize_for_matching(title),
            normalize_for_matching(body),
        )
    else:
        matching_title, _, matching_body = text.partition("\n")
    tags.topics = assign_topics(matching_title, matching_body, topic_list)
    assessment = assess_cooperation(title, body, tags, matching_text=expanded)
    tags.cooperation, tags.cooperation_reason = (
        assessment.cooperation,
        assessment.reason,
    )
    return tags


def _infer_body(title: str, provinces: list) -> str:
    """Name the province of `Phó Bí thư Thành ủy`: the article's first city, or province."""
    if NATIONAL_BODY.search(title):
        return ""
    if CITY_BODY.search(title):
        cities = [p for p in provinces if p.is_city]
        return cities[0].name if cities else ""
    if PROVINCE_BODY.search(title):
        others = [p for p in provinces if not p.is_city]
        return others[0].name if others else ""
    return ""
