"""The article record and its Markdown front matter: the contract between ingest and site.

Front matter is Pelican's Markdown metadata, one `Key: value` a line, lists
comma-separated. `format_front_matter` and `read_front_matter` are the only
code that knows the layout; ingest writes through one; ingest, the build's
content check, search and review read through the other (`parse_front_matter`
is its short form). Pelican's own reader gives the same keys in lower case.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

# Key order in the written file; keys not listed here are kept after these.
FRONT_MATTER_KEYS = (
    "Title",
    "Title_Restored",
    "Date",
    "Date_Partial",
    "Slug",
    "Summary",
    "Byline",
    "Source_ID",
    "Source_URL",
    "Source_Name",
    "Source_File",
    "Source_SHA256",
    "Provinces",
    "Provinces_2025",
    "Districts",
    "Leaders",
    "Leader_Roles",
    "Topics",
    "Cooperation_Kind",
    "Cooperation_Parties",
    "Cooperation_Leaders",
    "Cooperation_Fields",
    "Cooperation_Period",
    "Ingest_Checksum",
)
# Keys whose value is a comma-separated list.
LIST_KEYS = frozenset(
    {
        "Source_File",
        "Source_SHA256",
        "Provinces",
        "Provinces_2025",
        "Districts",
        "Leaders",
        "Topics",
        "Cooperation_Parties",
        "Cooperation_Leaders",
        "Cooperation_Fields",
    }
)
# `Cooperation_Kind` values: what kind of cooperation between provinces an article covers.
COOPERATION_KINDS = ("visit", "agreement", "support", "linkage")
# `Leader_Roles` holds titles that contain commas, so its entries are split by `;`.
ROLE_SEPARATOR = "; "

_KEY_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_]*):\s?(.*)$")


class FrontMatterError(ValueError):
    """A front-matter line that cannot be read; names the file and the key."""

    def __init__(self, path: str, key: str, problem: str, line: int | None = None):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: front matter key {key!r}: {problem}")
        self.path, self.key, self.problem, self.line = path, key, problem, line


@dataclass(frozen=True)
class LeaderRole:
    """An official as named in an article: `Nguyễn Văn Phong = Phó Bí thư Thành ủy (Hà Nội)`."""

    name: str
    title: str
    province: str = ""

    def __str__(self) -> str:
        suffix = f" ({self.province})" if self.province else ""
        return f"{self.name} = {self.title}{suffix}"

    @classmethod
    def parse(cls, text: str) -> LeaderRole:
        name, sep, rest = text.partition(" = ")
        if not sep or not name.strip():
            raise ValueError(f"expected 'Name = title (Province)', got {text!r}")
        rest = rest.strip()
        match = re.match(r"^(.*?)\s*\(([^()]*)\)$", rest)
        if match:
            return cls(name.strip(), match.group(1), match.group(2))
        return cls(name.strip(), rest)


@dataclass
class Article:
    """One archived article: front matter fields plus the Markdown body."""

    title: str
    body: str
    source_id: str
    title_restored: bool = False  # rebuilt (e.g. from a URL slug), not published
    date: str = ""  # ISO 8601, as precise as the source says; "" when not known
    date_partial: str = ""  # what the source says when it gives no full date
    slug: str = ""
    summary: str = ""
    byline: str = ""
    source_url: str = ""
    source_name: str = ""
    source_files: list[str] = field(default_factory=list)
    source_sha256: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    provinces_2025: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)  # `Lâm Hà (Lâm Đồng)`
    leaders: list[str] = field(default_factory=list)
    leader_roles: list[LeaderRole] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    # Set only when the article is coverage of cooperation between provinces.
    cooperation_kind: str = ""  # one of COOPERATION_KINDS
    cooperation_parties: list[str] = field(default_factory=list)
    cooperation_leaders: list[str] = field(default_factory=list)  # `Name (Province)`
    cooperation_fields: list[str] = field(default_factory=list)
    cooperation_period: str = ""  # `2016–2020`
    extra: dict[str, str] = field(default_factory=dict)  # keys a person added

    def metadata(self) -> dict[str, str | list[str]]:
        """Return the front matter as ordered `Key -> value` pairs, empty ones left out."""
        values: dict[str, str | list[str]] = {
            "Title": self.title,
            "Title_Restored": "true" if self.title_restored else "",
            "Date": self.date,
            "Date_Partial": self.date_partial,
            "Slug": self.slug,
            "Summary": self.summary,
            "Byline": self.byline,
            "Source_ID": self.source_id,
            "Source_URL": self.source_url,
            "Source_Name": self.source_name,
            "Source_File": self.source_files,
            "Source_SHA256": self.source_sha256,
            "Provinces": self.provinces,
            "Provinces_2025": self.provinces_2025,
            "Districts": self.districts,
            "Leaders": self.leaders,
            "Leader_Roles": ROLE_SEPARATOR.join(str(r) for r in self.leader_roles),
            "Topics": self.topics,
            "Cooperation_Kind": self.cooperation_kind,
            "Cooperation_Parties": self.cooperation_parties,
            "Cooperation_Leaders": self.cooperation_leaders,
            "Cooperation_Fields": self.cooperation_fields,
            "Cooperation_Period": self.cooperation_period,
        }
        values.update(self.extra)
        return {k: v for k, v in values.items() if v}

    @classmethod
    def from_metadata(cls, meta: dict[str, str], body: str, path: str = "") -> Article:
        """Build an article from parsed front matter (keys as written)."""
        known = set(FRONT_MATTER_KEYS)

        def text(key: str) -> str:
            return meta.get(key, "").strip()

        def items(key: str) -> list[str]:
            return split_list(text(key))

        roles = []
        for entry in filter(None, (e.strip() for e in text("Leader_Roles").split(";"))):
            try:
                roles.append(LeaderRole.parse(entry))
            except ValueError as exc:
                raise FrontMatterError(path, "Leader_Roles", str(exc)) from None
        return cls(
            title=text("Title"),
            title_restored=text("Title_Restored").lower() == "true",
            body=body,
            source_id=text("Source_ID"),
            date=text("Date"),
            date_partial=text("Date_Partial"),
            slug=text("Slug"),
            summary=text("Summary"),
            byline=text("Byline"),
            source_url=text("Source_URL"),
            source_name=text("Source_Name"),
            source_files=items("Source_File"),
            source_sha256=items("Source_SHA256"),
            provinces=items("Provinces"),
            provinces_2025=items("Provinces_2025"),
            districts=items("Districts"),
            leaders=items("Leaders"),
            leader_roles=roles,
            topics=items("Topics"),
            cooperation_kind=text("Cooperation_Kind"),
            cooperation_parties=items("Cooperation_Parties"),
            cooperation_leaders=items("Cooperation_Leaders"),
            cooperation_fields=items("Cooperation_Fields"),
            cooperation_period=text("Cooperation_Period"),
            extra={k: v for k, v in meta.items() if k not in known},
        )


def split_list(value: str) -> list[str]:
    """Split a comma-separated front-matter value, dropping empty items."""
    return [item.strip() for item in value.split(",") if item.strip()]


def format_front_matter(meta: dict[str, str | list[str]]) -> str:
    """Render metadata as Pelican Markdown front matter, known keys in contract order."""
    order = {key: i for i, key in enumerate(FRONT_MATTER_KEYS)}
    lines = []
    for key in sorted(meta, key=lambda k: order.get(k, len(order))):
        value = meta[key]
        if isinstance(value, list):
            value = ", ".join(value)
        value = " ".join(str(value).split())  # one line, whatever the source had
        lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n"


@dataclass
class FrontMatter:
    """A Markdown file's front matter as read: values, body, where each key was."""

    meta: dict[str, str]  # `Key -> raw value` (a key given twice: its last value)
    body: str
    # Key as written -> the line (from 1) it was last given on.
    lines: dict[str, int] = field(default_factory=dict)
    # A key given twice, any case (Pelican reads it as a list):
    # (key as given the second time, first line, second line).
    repeated: list[tuple[str, int, int]] = field(default_factory=list)


def read_front_matter(text: str, path: str = "") -> FrontMatter:
    """Read a Markdown file's front matter, as Pelican reads it: the one parser.

    Raises FrontMatterError naming the file and line of a line that is not
    `Key: value` once a key was read; a file whose first line is none has no
    front matter (empty `meta`, the whole text as body).
    """
    # A byte-order mark (Windows editors write one) is not text: Pelican drops it.
    text = text.removeprefix("\ufeff")
    found = FrontMatter({}, text)
    first_line: dict[str, int] = {}  # lower-case key -> first line given
    lines = text.splitlines(keepends=True)
    index = 0
    for index, line in enumerate(lines):
        if not line.strip():
            index += 1
            break
        match = _KEY_LINE.match(line.rstrip("\n"))
        if not match:
            if not found.meta:
                return FrontMatter({}, text)
            raise FrontMatterError(
                path,
                line.strip().split(":")[0][:40],
                "not a 'Key: value' line",
                index + 1,
            )
        key = match.group(1)
        if key.lower() in first_line:
            found.repeated.append((key, first_line[key.lower()], index + 1))
        first_line.setdefault(key.lower(), index + 1)
        found.meta[key] = match.group(2).strip()
        found.lines[key] = index + 1
    else:
        index = len(lines)
    found.body = "".join(lines[index:])
    return found


def parse_front_matter(text: str, path: str = "") -> tuple[dict[str, str], str]:
    """Split a Markdown file into (`Key -> raw value`, body) (`read_front_matter`)."""
    found = read_front_matter(text, path)
    return found.meta, found.body


def render_markdown_file(article: Article) -> str:
    """Return the whole Markdown file for an article: front matter, blank line, body."""
    return (
        format_front_matter(article.metadata())
        + "\n"
        + article.body.rstrip("\n")
        + "\n"
    )
