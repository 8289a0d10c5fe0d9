"""Readers: detect an input's format and turn it into `RawArticle` records.

Formats: scraped page text (the seeds), the dantri corpus format (`# doc_id`
headers), saved HTML (main text and metadata by trafilatura), JSON Lines (one
article a record, gzip allowed), and Markdown that already has front matter.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from hoptac.article import parse_front_matter
from hoptac.ingest.dates import (
    find_partial_date,
    parse_any_date,
    parse_clock_line,
    parse_compact_date,
)
from hoptac.ingest.decoding import DEFAULT_SIZE_LIMIT, decode_source
from hoptac.ingest.records import InputError, RawArticle
from hoptac.ingest.titles import restore_title, title_matches_slug
from hoptac.vietnamese import nfc

logger = logging.getLogger(__name__)

# Known publishers by host, for `Source_Name`.
SOURCE_NAMES = {
    "dantri.com.vn": "Dân trí",
    "baomoi.com": "Báo Mới",
    "hanoimoi.com.vn": "Hà Nội mới",
    "thuathienhue.gov.vn": "Cổng thông tin điện tử Thừa Thiên Huế",
    "vnexpress.net": "VnExpress",
    "tuoitre.vn": "Tuổi Trẻ",
    "thanhnien.vn": "Thanh Niên",
    "nhandan.vn": "Nhân Dân",
    "baochinhphu.vn": "Báo Chính phủ",
}

# Scraped pages: the article ends where the site's furniture begins.
FURNITURE_STARTS = re.compile(
    r"^\s*(Bài viết hay\?.*|ĐÁNH GIÁ|Hãy trở thành người đầu tiên.*|Ý KIẾN|Ý kiến bình luận"
    r"|BẠN CÓ THỂ QUAN TÂM|TIN LIÊN QUAN|Tin liên quan|Return to top|user image|User"
    r"|Gửi bình luận|Bình luận)\s*$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\s*((?:Bài|Tin|Ảnh|Bài và ảnh|Tin và ảnh|Bài, ảnh|Tin, ảnh|Nhóm PV|PV)\s*:\s*)(.{2,60})$"
)
# A lead that opens with the publisher's name: `TTH.VN - …`, `(HNM) - …`.
LEAD_SOURCE = re.compile(r"^\(?([A-Z][A-Za-z0-9]*(?:\.[A-Za-z]{2,4})+)\)?\s*[-–]\s")
# A photo caption standing where a title should be: `… (Ảnh: Reuters).`
CAPTION = re.compile(
    r"\((?:ảnh|Ảnh|nguồn|Nguồn|video|Video)\b[^()]*\)\.?\s*$|^\s*\(?Ảnh\s*:"
)
# Lines of related-article links glued together: `…xây dựng ĐảngChủ động phòng ngừa…`.
GLUED_LINK = re.compile(r"[a-zà-ỹđ][A-ZÀ-ỸĐ]")
FIELD_ALIASES = {
    "id": ("id", "doc_id", "_id", "guid", "article_id"),
    "title": ("title", "headline", "name", "tieu_de"),
    "body": ("body", "content", "text", "article", "noi_dung", "description"),
    "url": ("url", "link", "source_url", "href"),
    "date": (
        "date",
        "published",
        "publish_date",
        "pubDate",
        "published_at",
        "time",
        "created_at",
    ),
    "source": ("source", "source_name", "sitename", "publisher"),
    "byline": ("author", "byline", "authors"),
}


def source_name_for(url: str) -> str:
    """Return the publisher's name for a URL's host, or "" when unknown."""
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return SOURCE_NAMES.get(host, "")


def detect_format(path: Path, head: bytes) -> str:
    """Name the reader for a file from its name and first bytes."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".html", ".htm")):
        return "html"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"# doc_id"):
        return "dantri"
    return "scraped"


def read_articles(
    path: Path, data: bytes, size_limit: int = DEFAULT_SIZE_LIMIT
) -> Iterator[RawArticle | InputError]:
    """Yield the articles of one input file; a bad record yields an `InputError`."""
    kind = detect_format(path, data[:256])
    if kind == "jsonl":
        yield from read_json_lines(path, data, size_limit)
        return
    text, messages = decode_source(data, size_limit)
    reader = {
        "html": read_html,
        "markdown": read_markdown,
        "dantri": read_dantri,
        "scraped": read_scraped_text,
    }[kind]
    article = reader(path, text)
    article.messages[:0] = messages
    article.location = str(path)
    yield article


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n")]


def _check_title(title: str, where: str) -> str:
    if not title:
        raise InputError(f"{where}: no title found")
    if CAPTION.search(title):
        raise InputError(f"{where}: the title line is a photo caption: {title[:80]!r}")
    return title


def read_dantri(path: Path, text: str) -> RawArticle:
    """Read the dantri corpus format: `# key = value` headers, title, a sentence a line."""
    headers: dict[str, str] = {}
    lines = _lines(text)
    while lines and (lines[0].startswith("# ") or not lines[0]):
        key, _, value = lines.pop(0)[2:].partition("=")
        if key.strip():
            headers[key.strip()] = value.strip()
    body = [line for line in lines if line]
    if not body:
        raise InputError("dantri file with headers but no article text")
    messages = []
    url = headers.get("url", "")
    if url and not title_matches_slug(body[0], url):
        # The corpus often dropped the title: line one is the lead or a photo caption.
        title = restore_title(url, "\n".join(body))
        if not title:
            raise InputError(f"no title line and the URL {url!r} names no article")
        messages.append(
            "no title line (the first line is the lead or a caption); title rebuilt from the URL"
        )
    else:
        # The URL was made from this line; a trailing photo credit is not part of it.
        title = _check_title(CAPTION.sub("", body.pop(0)).strip(), str(path))
    date = parse_compact_date(headers.get("date", ""))
    if headers.get("date") and not date:
        messages.append(f"unreadable date header {headers['date']!r}")
    return RawArticle(
        title=title,
        paragraphs=body,
        source_id=headers.get("doc_id") or path.stem,
        date=date,
        source_url=url,
        source_name=source_name_for(url),
        messages=messages,
    )


def read_scraped_text(path: Path, text: str) -> RawArticle:
    """Read a page's text as scraped: title, date line, body, byline, then furniture."""
    lines = _lines(text)
    date, title = "", ""
    body: list[str] = []
    messages: list[str] = []
    byline = ""
    for line in lines:
        if FURNITURE_STARTS.match(line):
            break
        if not line:
            continue
        if not date and not title:
            clock = parse_clock_line(line)
            if clock:
                date = clock
                continue
        if not title:
            title = line
            continue
        byline_match = BYLINE.match(line)
        if byline_match:
            byline = byline_match.group(2).strip()
            continue
        if len(GLUED_LINK.findall(line)) >= 2 and not re.search(r"[.!?:;”\"]", line):
            messages.append(
                f"dropped a line of glued related-article links: {line[:60]!r}…"
            )
            continue
        body.append(line)
    title = _check_title(title, str(path))
    if not body:
        raise InputError("no article text after the title")
    partial = ""
    if not date:
        partial = find_partial_date(" ".join(body[:3]))
        messages.append(
            f"no publication date; the text gives {partial} without a year"
            if partial
            else "no publication date found"
        )
    return RawArticle(
        title=title,
        paragraphs=body,
        source_id=path.stem,
        date=date,
        date_partial=partial,
        byline=byline,
        source_name=_dateline_source(body[0]),
        messages=messages,
    )


def _dateline_source(lead: str) -> str:
    """The publisher a lead opens with, as the press writes it: `TTH.VN - Tăng cường …`."""
    match = LEAD_SOURCE.match(lead)
    return match.group(1) if match else ""


def read_html(path: Path, text: str) -> RawArticle:
    """Read a saved web page: main text and metadata through trafilatura."""
    import trafilatura  # slow to import; only HTML inputs need it

    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False
    )
    document = extracted.as_dict() if extracted is not None else None
    if not document or len((document.get("text") or "").strip()) < 80:
        raise InputError(
            "HTML page with no article text (trafilatura found no main content)"
        )
    paragraphs = [p.strip() for p in document["text"].split("\n") if p.strip()]
    title = _check_title(nfc(document.get("title") or ""), str(path))
    if paragraphs and paragraphs[0] == title:
        paragraphs.pop(0)
    url = document.get("url") or ""
    messages = []
    date = parse_any_date(document.get("date") or "")
    if not date:
        messages.append("no publication date in the page's metadata")
    return RawArticle(
        title=title,
        paragraphs=[nfc(p) for p in paragraphs],
        source_id=path.stem,
        date=date,
        byline=nfc(document.get("author") or ""),
        source_url=url,
        source_name=source_name_for(url) or nfc(document.get("sitename") or ""),
        messages=messages,
    )


def read_markdown(path: Path, text: str) -> RawArticle:
    """Read Markdown that already has front matter; its body is kept untouched."""
    meta, body = parse_front_matter(text, str(path))
    if not meta:
        raise InputError("Markdown file without front matter: not an archived article")
    title = _check_title(meta.get("Title", ""), str(path))
    return RawArticle(
        title=title,
        paragraphs=[body.strip("\n")],
        source_id=meta.get("Source_ID") or path.stem,
        date=meta.get("Date", ""),
        date_partial=meta.get("Date_Partial", ""),
        front_matter=meta,
    )


def _field(record: dict, name: str) -> str:
    for key in FIELD_ALIASES[name]:
        value = record.get(key)
        if value:
            if isinstance(value, list):
                return "\n".join(str(v) for v in value)
            return str(value)
    return ""


def read_json_lines(
    path: Path, data: bytes, size_limit: int = DEFAULT_SIZE_LIMIT
) -> Iterator[RawArticle | InputError]:
    """Yield one article per JSON Lines record; a bad record yields an error naming its line."""
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield InputError(f"{path}: not a readable gzip file: {exc}")
            return
    for number, raw_line in enumerate(data.splitlines(), start=1):
        where = f"{path}:{number}"
        if not raw_line.strip():
            continue
        try:
            text, messages = decode_source(raw_line, size_limit)
            record = json.loads(text)
        except InputError as exc:
            yield InputError(f"{where}: {exc}")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(
                f"{where}: malformed JSON ({exc.msg} at column {exc.colno})"
            )
            continue
        if not isinstance(record, dict):
            yield InputError(
                f"{where}: a record must be a JSON object, got {type(record).__name__}"
            )
            continue
        title, body = nfc(_field(record, "title").strip()), nfc(_field(record, "body"))
        if not title or not body.strip():
            missing = "title" if not title else "body (body/content/text)"
            yield InputError(f"{where}: record has no {missing}")
            continue
        url = _field(record, "url")
        date_value = _field(record, "date")
        date = parse_any_date(date_value)
        if date_value and not date:
            messages.append(f"unreadable date {date_value!r}")
        yield RawArticle(
            title=title,
            paragraphs=[p.strip() for p in re.split(r"\n+", body) if p.strip()],
            source_id=_field(record, "id") or f"{path.name.split('.')[0]}-{number}",
            date=date,
            byline=nfc(_field(record, "byline")),
            source_url=url,
            source_name=source_name_for(url) or nfc(_field(record, "source")),
            location=where,
            messages=messages,
        )
