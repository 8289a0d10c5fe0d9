"""Tag an article with provinces, districts, leaders and topics.

`tag_article` is the one entry point ingest calls. (Placeholder implementation:
plain name matching; the real tagger replaces the body of this package.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from hoptac.article import LeaderRole
from hoptac.gazetteer import ProvinceGazetteer
from hoptac.vietnamese import expand_abbreviations, normalize_for_matching

logger = logging.getLogger(__name__)


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


def tag_article(title: str, body: str) -> Tags:
    """Return the tags of an article from its title and body."""
    gazetteer = ProvinceGazetteer.load()
    text = expand_abbreviations(normalize_for_matching(f"{title}\n{body}"))
    provinces = [p for p in gazetteer if p.name in text]
    return Tags(
        provinces=[p.name for p in provinces],
        provinces_2025=sorted({p.name_2025 for p in provinces}),
    )
