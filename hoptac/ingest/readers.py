"""Readers: detect an input's format and turn it into `RawArticle` records.

Formats: scraped page text (the seeds), the dantri corpus format (`# doc_id`
headers), saved HTML (main text and metadata by trafilatura), JSON Lines (one
article a record, gzip allowed), and Markdown that already has front matter.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import re
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlparse

from hoptac.article import parse_front_matter
from hoptac.ingest.dates import (
    find_partial_date,
    parse_any_date,
    parse_clock_line,
    parse_compact_date,
)
from hoptac.ingest.decoding import (
    DEFAULT_EXPANDED_LIMIT,
    DEFAULT_SIZE_LIMIT,
    EXPANSION_FLOOR,
    EXPANSION_RATIO,
    decode_source,
    remove_control_characters,
)
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


# Formats by file name; a folder is walked for these only (a file named on the
# command line is read whatever its name: `detect_format` looks at its bytes).
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
KNOWN_SUFFIXES = JSON_LINES_SUFFIXES + HTML_SUFFIXES + MARKDOWN_SUFFIXES + TEXT_SUFFIXES

# A title taken from the text: the first sentence, at most this many words.
RESTORED_TITLE_MAX_WORDS = 16
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=\S)")
# `(Dân trí) - `, `TTH.VN - `: the publisher's credit before a lead is no title.
_LEAD_CREDIT = re.compile(
    r"^\s*(?:\([^()]{1,30}\)|[A-Z][\w.]{1,20}\.[A-Za-z]{2,4})\s*[-–—]\s*"
)
_TITLE_TRAILING_JUNK = " \t.,;:…-–—/\\(\"“‘'«[{*•|"
# Words a shortened title should not end on: it would read as cut mid-phrase.
_DANGLING_WORDS = frozenset(
    [
        "và",
        "của",
        "cho",
        "với",
        "các",
        "những",
        "để",
        "tại",
        "trong",
        "về",
        "từ",
        "là",
        "có",
        "được",
        "đã",
        "sẽ",
        "theo",
        "khi",
        "này",
        "đến",
        "ở",
        "một",
        "hay",
        "hoặc",
        "nhưng",
        "mà",
        "thì",
        "vì",
        "do",
        "bởi",
        "trên",
        "dưới",
        "giữa",
        "qua",
        "như",
    ]
)
SOURCE_ID_MAX_LENGTH = 100


def title_from_first_sentence(text: str) -> str:
    """A title for an article published without one: its first sentence, shortened."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = _LEAD_CREDIT.sub("", nfc(first), count=1) or first
    sentence = _SENTENCE_END.split(first, maxsplit=1)[0]
    words = sentence.split()
    if len(words) > RESTORED_TITLE_MAX_WORDS:
        words = words[:RESTORED_TITLE_MAX_WORDS]
        while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING_WORDS:
            words.pop()
    title = " ".join(words).strip(_TITLE_TRAILING_JUNK).lstrip("-–—•* ")
    return title or " ".join(words) or "Không có tiêu đề"


def clean_source_id(value: str, messages: list[str]) -> str:
    """An id that survives front matter: one line, no commas, no controls, bounded."""
    cleaned = " ".join(remove_control_characters(nfc(value)).split())
    cleaned = re.sub(r"\s*,\s*", "-", cleaned)
    if len(cleaned) > SOURCE_ID_MAX_LENGTH:
        digest = hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:10]
        cleaned = f"{cleaned[: SOURCE_ID_MAX_LENGTH - 11]}-{digest}"
    if cleaned != value:
        messages.append(f"id {value[:60]!r} stored as {cleaned!r}")
    return cleaned


def source_name_for(url: str) -> str:
    """Return the publisher's name for a URL's host, or "" when unknown."""
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return SOURCE_NAMES.get(host, "")


def detect_format(path: Path, head: bytes) -> str:
    """Name the reader for a file from its name and first bytes."""
    name = path.name.lower()
    if name.endswith(JSON_LINES_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"# doc_id"):
        return "dantri"
    return "scraped"


def read_articles(
    path: Path,
    data: bytes,
    size_limit: int = DEFAULT_SIZE_LIMIT,
    expanded_limit: int = DEFAULT_EXPANDED_LIMIT,
) -> Iterator[RawArticle | InputError]:
    """Yield the articles of one input file; a bad record yields an `InputError`."""
    kind = detect_format(path, data[:256])
    if kind == "jsonl":
        yield from read_json_lines(path, data, size_limit, expanded_limit)
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
    article.source_id = clean_source_id(article.source_id, article.messages)
    if not article.source_id:
        article.source_id = hashlib.sha256(data).hexdigest()[:12]
    article.location = str(path)
    yield article


def _lines(text: str) -> list[str]:
    # Every line break Python knows (a lone `\r`, `\u2028`): a Markdown file read
    # back would split there, and the article would differ from what was written.
    return [line.strip() for line in text.splitlines()]


def _without_caption(lines: list[str]) -> str:
    """The text from its first line that is not a photo caption."""
    kept = [line for line in lines if line and not CAPTION.search(line)]
    return "\n".join(kept or lines)


def _title_from_line(
    candidate: str, text: list[str], messages: list[str]
) -> tuple[str, bool]:
    """(title, restored): the title line, or the first sentence when it is a caption."""
    if candidate and not CAPTION.search(candidate):
        return candidate, False
    messages.append(
        f"the title line is a photo caption ({candidate[:80]!r}); "
        "title taken from the first sentence"
        if candidate
        else "no title; title taken from the first sentence"
    )
    return title_from_first_sentence(_without_caption(text)), True


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
        if title:
            messages.append(
                "no title line (the first line is the lead or a caption); "
                "title rebuilt from the URL"
            )
        else:
            title = title_from_first_sentence(_without_caption(body))
            messages.append(
                f"no title line and the URL {url!r} names no article; "
                "title taken from the first sentence"
            )
        restored = True
    else:
        # The URL was made from this line; a trailing photo credit is not part of it.
        candidate = CAPTION.sub("", body[0]).strip()
        title, restored = _title_from_line(candidate, body, messages)
        if not restored:
            body.pop(0)
    date = parse_compact_date(headers.get("date", ""))
    if headers.get("date") and not date:
        messages.append(f"unreadable date header {headers['date']!r}")
    return RawArticle(
        title=title,
        title_restored=restored,
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
    if not body:
        raise InputError("no article text after the title")
    title_line = title
    title, restored = _title_from_line(title_line, body, messages)
    if restored:
        body.insert(0, title_line)  # a photo caption: page text, not the title
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
        title_restored=restored,
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
    paragraphs = [p.strip() for p in document["text"].splitlines() if p.strip()]
    messages: list[str] = []
    title = " ".join(nfc(document.get("title") or "").split())
    if paragraphs and paragraphs[0] == title:
        paragraphs.pop(0)
    title, restored = _title_from_line(title, paragraphs, messages)
    url = document.get("url") or ""
    date = parse_any_date(document.get("date") or "")
    if not date:
        messages.append("no publication date in the page's metadata")
    return RawArticle(
        title=title,
        title_restored=restored,
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
    title = meta.get("Title", "")
    if not title:
        raise InputError("Markdown front matter without a Title: key")
    return RawArticle(
        title=title,
        paragraphs=["\n".join(body.splitlines()).strip("\n")],
        source_id=meta.get("Source_ID") or path.stem,
        date=meta.get("Date", ""),
        date_partial=meta.get("Date_Partial", ""),
        title_restored=meta.get("Title_Restored", "").lower() == "true",
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
    path: Path,
    data: bytes | None = None,
    size_limit: int = DEFAULT_SIZE_LIMIT,
    expanded_limit: int = DEFAULT_EXPANDED_LIMIT,
) -> Iterator[RawArticle | InputError]:
    """Yield one article per JSON Lines record; a bad record yields an error naming its line.

    The file (or `data`, when given) is streamed: no record longer than
    `size_limit` and no gzip expansion past `expanded_limit` is ever held whole.
    """
    compressed = path.name.lower().endswith(".gz")
    try:
        if compressed:
            _check_expansion(path, data, expanded_limit)
        with ExitStack() as stack:
            yield from _json_records(path, _open_stream(stack, path, data), size_limit)
    except InputError as exc:
        yield exc
    except (OSError, EOFError) as exc:
        problem = "not a readable gzip file" if compressed else "cannot read"
        yield InputError(f"{path}: {problem}: {exc}")


def _open_stream(stack: ExitStack, path: Path, data: bytes | None) -> BinaryIO:
    raw = io.BytesIO(data) if data is not None else stack.enter_context(path.open("rb"))
    if path.name.lower().endswith(".gz"):
        return stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))
    return raw


def _check_expansion(path: Path, data: bytes | None, limit: int) -> None:
    """Refuse a compressed input that expands too far, before reading any record."""
    size = len(data) if data is not None else path.stat().st_size
    expanded = 0
    with ExitStack() as stack:
        stream = _open_stream(stack, path, data)
        while chunk := stream.read(1 << 20):
            expanded += len(chunk)
            if limit and expanded > limit:
                raise InputError(
                    f"{path}: expands to over {limit:,} bytes; refused "
                    "(raise the limit with --max-expanded)"
                )
            if expanded > EXPANSION_FLOOR and expanded > EXPANSION_RATIO * size:
                raise InputError(
                    f"{path}: {size:,} bytes that expand over {EXPANSION_RATIO} times "
                    f"(past {expanded:,} bytes): refused as a likely decompression "
                    "bomb; decompress it yourself if it is genuine"
                )


def _json_records(
    path: Path, stream: BinaryIO, size_limit: int
) -> Iterator[RawArticle | InputError]:
    seen_ids: dict[str, int] = {}
    number = 0
    records = 0
    # --max-size 0 lifts the limit; else no more than it (and `\r\n`) is read.
    while raw_line := stream.readline(size_limit + 2 if size_limit else -1):
        number += 1
        where = f"{path}:{number}"
        line = raw_line.rstrip(b"\r\n")
        if size_limit and len(line) > size_limit:
            while not raw_line.endswith(b"\n") and raw_line:
                raw_line = stream.readline(1 << 20)  # the rest of the record, unread
            yield InputError(
                f"{where}: record over the limit of {size_limit:,} bytes "
                "(raise it with --max-size)"
            )
            continue
        if not line.strip():
            continue
        records += 1
        try:
            text, messages = decode_source(line, size_limit)
            record = json.loads(text)
        except InputError as exc:
            yield InputError(f"{where}: {exc}")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(
                f"{where}: malformed JSON ({exc.msg} at column {exc.colno})"
            )
            continue
        except RecursionError:
            yield InputError(f"{where}: malformed JSON (nested too deeply)")
            continue
        if not isinstance(record, dict):
            yield InputError(
                f"{where}: a record must be a JSON object, got {type(record).__name__}"
            )
            continue
        yield _json_record(path, number, record, messages, seen_ids)
    if not records:
        yield InputError(f"{path}: no JSON Lines records (the file is empty or blank)")


def _json_record(
    path: Path,
    number: int,
    record: dict,
    messages: list[str],
    seen_ids: dict[str, int],
) -> RawArticle | InputError:
    """One record as an article; the n-th use of an id in one file becomes `id-n`."""
    where = f"{path}:{number}"

    def text_field(name: str) -> str:
        return nfc(remove_control_characters(_field(record, name)))

    def line_field(name: str) -> str:  # a front-matter value: one line, trimmed
        return " ".join(text_field(name).split())

    title, body = " ".join(text_field("title").split()), text_field("body")
    if not body.strip():
        return InputError(f"{where}: record has no body (body/content/text)")
    restored = not title
    if restored:
        title = title_from_first_sentence(body)
        messages.append("record has no title; title taken from its first sentence")
    stem = path.name.split(".")[0]
    source_id = clean_source_id(_field(record, "id"), messages)
    if not source_id:
        source_id = clean_source_id(f"{stem}-{number}", []) or f"record-{number}"
    if source_id in seen_ids:
        first_line = seen_ids[source_id]
        base, counter = source_id, 2
        while source_id in seen_ids:
            source_id, counter = f"{base}-{counter}", counter + 1
        messages.append(
            f"id {base} used again in this file (first on line {first_line}); "
            f"read as {source_id}"
        )
    seen_ids[source_id] = number
    url = line_field("url")
    date_value = _field(record, "date")
    date = parse_any_date(date_value)
    if date_value and not date:
        messages.append(f"unreadable date {date_value[:60]!r}")
    return RawArticle(
        title=title,
        title_restored=restored,
        paragraphs=[p.strip() for p in body.splitlines() if p.strip()],
        source_id=source_id,
        date=date,
        byline=line_field("byline"),
        source_url=url,
        source_name=source_name_for(url) or line_field("source"),
        location=where,
        messages=messages,
    )
