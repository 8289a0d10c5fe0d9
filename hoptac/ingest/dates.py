"""Dates as sources state them: full dates become ISO 8601, partial ones stay honest."""

from __future__ import annotations

import logging
import re
from datetime import datetime

logger = logging.getLogger(__name__)

# `ClockThứ Sáu, 14/06/2019 18:26` (the clock icon's alt text glued to the date line).
CLOCK_LINE = re.compile(
    r"^\s*(?:Clock)?\s*(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*,\s*)?"
    r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-,]?\s*(\d{1,2})[:h](\d{2}))?\s*(?:\(GMT[^)]*\))?\s*$",
    re.IGNORECASE,
)
# `26 và 27/10`, `26-27/10`, `ngày 27/10`: a day and month with no year after them.
PARTIAL_RANGE = re.compile(
    r"\b(\d{1,2})\s*(?:và|-|–|đến)\s*(\d{1,2})/(\d{1,2})\b(?!/\d)"
)
PARTIAL_DAY = re.compile(
    r"\b(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(\d{1,2})/(\d{1,2})\b(?!/\d)"
)
YEAR_ONLY = re.compile(r"^\d{4}$")
YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")


def _iso(
    year: int, month: int, day: int, hour: int | None = None, minute: int = 0
) -> str:
    moment = datetime(year, month, day, hour or 0, minute)  # raises on 31/02
    return moment.strftime("%Y-%m-%dT%H:%M" if hour is not None else "%Y-%m-%d")


def _iso_from_match(match: re.Match | None) -> str:
    """ISO for a match whose groups are day, month, year, hour, minute; "" if invalid."""
    if not match:
        return ""
    day, month, year, hour, minute = match.groups()
    try:
        return _iso(
            int(year),
            int(month),
            int(day),
            int(hour) if hour else None,
            int(minute or 0),
        )
    except ValueError:
        return ""


def parse_clock_line(line: str) -> str:
    """Return the ISO date of a scraped page's date line, or "" when it is not one."""
    return _iso_from_match(CLOCK_LINE.match(line))


def parse_compact_date(value: str) -> str:
    """Return ISO for `YYYYMMDD` (the dantri header), or "" when it is not valid."""
    value = value.strip()
    if not re.fullmatch(r"\d{8}", value):
        return ""
    try:
        return _iso(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return ""


def parse_any_date(value: str) -> str:
    """Return ISO 8601 for a metadata date (ISO, `dd/mm/yyyy`, `YYYYMMDD`), else ""."""
    value = str(value).strip()
    if not value:
        return ""
    compact = parse_compact_date(value)
    if compact:
        return compact
    match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?", value)
    if match:
        return _iso_from_match(match)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%dT%H:%M")


def parse_supplied_date(value: str) -> tuple[str, str]:
    """Read a date an archivist supplies (`2017`, `2017-05`, `2017-05-02`): (ISO, precision)."""
    value = str(value).strip()
    if YEAR_ONLY.match(value):
        return f"{value}-01-01", "year"
    if YEAR_MONTH.match(value):
        return f"{value}-01", "month"
    iso = parse_any_date(value)
    if not iso:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return iso, ""


def find_partial_date(text: str) -> str:
    """Return the first day/month the text gives without a year (`26–27/10`), or ""."""
    spans = []
    for match in PARTIAL_RANGE.finditer(text):
        first, last, month = match.groups()
        spans.append((match.start(), f"{int(first)}–{int(last)}/{int(month)}"))
    for match in PARTIAL_DAY.finditer(text):
        day, month = match.groups()
        spans.append((match.start(), f"{int(day)}/{int(month)}"))
    valid = [(start, text_) for start, text_ in spans if _plausible(text_)]
    return min(valid)[1] if valid else ""


def _plausible(day_month: str) -> bool:
    days, month = day_month.rsplit("/", 1)
    return 1 <= int(month) <= 12 and all(1 <= int(d) <= 31 for d in days.split("–"))
