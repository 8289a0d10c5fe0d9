"""What Pelican's process and the index process say to each other.

Each message is one of these classes; the receiver tells them apart by class
(`match`), never by the Python type of a bare value.

Pelican's process to the index process (a queue):

- `Articles`: articles as Pelican read them, each an `Arrival`;
- `Published`: every article is read; these Source_IDs are published;
- `Documents`: the answer to a `NeedDocuments`.

The index process to Pelican's process (a pipe):

- `NeedDocuments`: send the documents of these articles (sent as unchanged);
- `IndexWritten`: the index is written (the last message);
- `IndexFailed`: it could not be (the last message), and why.

Loaded in Pelican's process: no Whoosh here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hoptac.search.document import SearchDocument

from .sources import Source, Unchanged


@dataclass(frozen=True)
class Arrival:
    """One article as the index process hears of it: its source file, and its
    document, or (`unchanged`) what the last build recorded of it."""

    source: Source
    document: SearchDocument | None = None
    unchanged: Unchanged | None = None


@dataclass(frozen=True)
class Articles:
    arrivals: list[Arrival] = field(default_factory=list)


@dataclass(frozen=True)
class Published:
    source_ids: list[str]


@dataclass(frozen=True)
class Documents:
    by_position: dict[int, SearchDocument]


@dataclass(frozen=True)
class NeedDocuments:
    positions: list[int]


@dataclass(frozen=True)
class IndexWritten:
    pass


@dataclass(frozen=True)
class IndexFailed:
    error: str
