"""Records that flow through ingest: what a reader found, and what became of it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)


class InputError(Exception):
    """An input that cannot be archived; the message says what is wrong with it."""


@dataclass
class RawArticle:
    """One article as a reader found it, before tagging."""

    title: str
    paragraphs: list[str]
    source_id: str
    title_restored: bool = False  # rebuilt (URL slug, first sentence), not published
    date: str = ""  # ISO 8601 when the source states a full date
    date_precision: str = ""  # "year" or "month" for a date the archivist gave loosely
    date_partial: str = ""  # what the source says when it gives no full date
    byline: str = ""
    source_url: str = ""
    source_name: str = ""
    location: str = ""  # `file` or `file:line` for messages
    front_matter: dict[str, str] | None = (
        None  # Markdown inputs: the keys a person wrote
    )
    messages: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class SourceFile:
    """A raw input file: where it is, its bytes' hash, and where it is preserved."""

    path: Path
    sha256: str
    size: int
    preserved_as: str = ""  # path under the archive root, `sources/...`


@dataclass
class IngestResult:
    """What ingest did with one input article (one JSON object of `--json`)."""

    input: str
    status: str  # written | unchanged | skipped | error
    output: str = ""
    source_id: str = ""
    title: str = ""
    title_restored: bool = False
    date: str = ""
    provinces: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    cooperation: dict | None = None  # `Cooperation.as_json()` when it is coverage
    messages: list[str] = field(default_factory=list)
    merged: bool = False  # this source joined an article already archived
    renamed: bool = False  # its id was taken: archived under a new one

    def as_json(self) -> dict:
        return {
            "input": self.input,
            "status": self.status,
            "output": self.output,
            "source_id": self.source_id,
            "title": self.title,
            "title_restored": self.title_restored,
            "date": self.date,
            "provinces": self.provinces,
            "leaders": self.leaders,
            "topics": self.topics,
            "cooperation": self.cooperation,
            "messages": self.messages,
        }
