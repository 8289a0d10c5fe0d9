"""One article as the search index sees it (no Whoosh: Pelican's process loads it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hoptac.facets import tag_facets


@dataclass
class SearchDocument:
    """One article as the index sees it."""

    source_id: str
    title: str
    url: str
    date: str = ""  # ISO 8601 (date part used); "" when unknown
    summary: str = ""
    body: str = ""
    provinces: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    # `Cooperation_Kind` (visit, agreement, support, linkage); "" when the
    # article is not coverage of cooperation between provinces.
    cooperation: str = ""

    @property
    def year(self) -> str:
        return self.date[:4] if self.date[:4].isdigit() else ""

    @property
    def tags(self) -> list[str]:
        """Every value of the registry's tag facets (`hoptac.facets`), searched as words."""
        return [tag for facet in tag_facets() for tag in getattr(self, facet.field)]

    @property
    def tags_text(self) -> str:
        return " . ".join(self.tags)
