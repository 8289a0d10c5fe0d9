"""The ingest pipeline: preserve each source, tag its articles, write Markdown safely.

Rules it keeps: a source is copied byte for byte under `sources/` and never
overwritten by different bytes; the same source again changes nothing; a
Markdown file a person edited is never overwritten without `--force`; the same
article from two sources becomes one article listing both.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from hoptac.article import Article, parse_front_matter, render_markdown_file
from hoptac.ingest.dates import parse_supplied_date
from hoptac.ingest.decoding import DEFAULT_SIZE_LIMIT
from hoptac.ingest.readers import detect_format, read_articles
from hoptac.ingest.records import IngestResult, InputError, RawArticle
from hoptac.tagging import Tags, tag_article
from hoptac.vietnamese import fold_key

logger = logging.getLogger(__name__)

CHECKSUM_KEY = "Ingest_Checksum"
SIDECAR_SUFFIXES = (".meta.toml", ".meta.json")
SKIPPED_NAMES = {"readme.md", "readme.txt", "license", "license.txt", ".gitkeep"}
SLUG_MAX_LENGTH = 80


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_checksum(markdown: str) -> str:
    """Checksum of a Markdown file as ingest wrote it, its own checksum line left out."""
    kept = [
        line
        for line in markdown.splitlines()
        if not line.startswith(f"{CHECKSUM_KEY}:")
    ]
    return hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()[:16]


def with_checksum(markdown: str) -> str:
    """Add the checksum line at the end of the front matter."""
    head, sep, body = markdown.partition("\n\n")
    return f"{head}\n{CHECKSUM_KEY}: {content_checksum(markdown)}{sep}{body}"


def is_hand_edited(markdown: str) -> bool:
    """True when a Markdown file differs from what ingest last wrote (or ingest never wrote it)."""
    match = re.search(rf"^{CHECKSUM_KEY}:\s*(\w+)\s*$", markdown, re.MULTILINE)
    return not match or match.group(1) != content_checksum(markdown)


def article_fingerprint(title: str, body: str) -> str:
    """Identity of an article's words, whatever file or markup carried them."""
    return hashlib.sha256(fold_key(title + body).encode("ascii")).hexdigest()[:20]


_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+*]\s|\d+[.)]\s|={3,}|-{3,}|\|)")


def markdown_paragraph(text: str) -> str:
    """Escape what Markdown would misread in a paragraph of plain article text."""
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    text = text.replace("`", "\\`").replace("<", "&lt;")
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


@dataclass
class ExistingArticle:
    path: Path
    text: str
    meta: dict[str, str]


@dataclass
class ContentIndex:
    """What is already in `content/`: by source id, by fingerprint, and the slugs taken."""

    by_source_id: dict[str, Path] = field(default_factory=dict)
    by_fingerprint: dict[str, Path] = field(default_factory=dict)
    slugs: dict[str, Path] = field(default_factory=dict)

    @classmethod
    def scan(cls, articles_dir: Path) -> ContentIndex:
        index = cls()
        for path in sorted(articles_dir.rglob("*.md")):
            try:
                text = path.read_text(encoding="utf-8")
                meta, body = parse_front_matter(text, str(path))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                logger.warning("ingest: cannot read existing %s: %s", path, exc)
                continue
            index.add(path, meta, body)
        return index

    def add(self, path: Path, meta: dict[str, str], body: str) -> None:
        if meta.get("Source_ID"):
            self.by_source_id.setdefault(meta["Source_ID"], path)
        for source_id in meta.get("Also_Source_IDs", "").split(","):
            if source_id.strip():
                self.by_source_id.setdefault(source_id.strip(), path)
        self.by_fingerprint.setdefault(
            article_fingerprint(meta.get("Title", ""), body), path
        )
        self.slugs[meta.get("Slug") or path.stem] = path


PARALLEL_MIN_FILES = 64
PARALLEL_WORKERS = 4


@dataclass
class PreparedFile:
    """A file read and tagged (in a worker process when there are many)."""

    path: Path
    data: bytes = b""
    items: list = field(
        default_factory=list
    )  # [(RawArticle | InputError, Tags | None)]
    error: str = ""


def read_and_tag(
    path: Path, size_limit: int = DEFAULT_SIZE_LIMIT, tag: bool = True
) -> PreparedFile:
    """Read one input file into articles and tag each; errors become messages."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return PreparedFile(path, error=f"{path}: cannot read: {exc.strerror}")
    try:
        articles = list(read_articles(path, data, size_limit))
    except InputError as exc:
        articles = [exc]
    items = [
        (
            item,
            None
            if isinstance(item, InputError) or not tag
            else tag_article(item.title, item.body),
        )
        for item in articles
    ]
    return PreparedFile(path, data, items)


def tag_text(title_and_body: tuple[str, str]) -> Tags:
    """Tag one (title, body) pair: the unit of work sent to a worker process."""
    return tag_article(*title_and_body)


def _set_cooperation(article: Article, tags: Tags) -> None:
    """Fill the `Cooperation_*` fields from the detector; empty when not coverage."""
    found = tags.cooperation
    article.cooperation_kind = found.kind if found else ""
    article.cooperation_parties = list(found.parties) if found else []
    article.cooperation_leaders = list(found.leaders) if found else []
    article.cooperation_fields = list(found.fields) if found else []
    article.cooperation_period = found.period if found else ""


class Ingestor:
    """Ingest inputs into an archive: `content/` for Markdown, `sources/` for raw files."""

    def __init__(
        self,
        content_dir: Path,
        sources_dir: Path,
        *,
        force: bool = False,
        supplied_date: str = "",
        size_limit: int = DEFAULT_SIZE_LIMIT,
        cooperation_only: bool = False,
    ):
        self.content_dir = Path(content_dir)
        self.articles_dir = self.content_dir / "articles"
        self.sources_dir = Path(sources_dir)
        self.root = self.sources_dir.parent
        self.force = force
        self.size_limit = size_limit
        # Archive only cooperation coverage; other articles are reported skipped.
        self.cooperation_only = cooperation_only
        self.supplied_date = (
            parse_supplied_date(supplied_date) if supplied_date else None
        )
        self.index = ContentIndex.scan(self.articles_dir)

    # -- inputs -------------------------------------------------------------

    def expand(self, paths: Iterable[Path]) -> Iterator[Path]:
        """Yield input files: files as given, folders walked in name order."""
        for path in map(Path, paths):
            if path.is_dir():
                for child in sorted(path.rglob("*")):
                    if child.is_file() and self._is_input(child):
                        yield child
            else:
                yield path

    def _is_input(self, path: Path) -> bool:
        name = path.name.lower()
        return not (
            name.startswith(".")
            or name in SKIPPED_NAMES
            or name.endswith(SIDECAR_SUFFIXES)
        )

    def ingest(self, paths: Iterable[Path]) -> Iterator[IngestResult]:
        """Ingest every input, yielding one result per article (or per failed file)."""
        for prepared in self.prepare(list(self.expand(paths))):
            yield from self.store(prepared)

    def ingest_file(self, path: Path) -> Iterator[IngestResult]:
        """Ingest one file."""
        yield from self.store(read_and_tag(path, self.size_limit))

    def prepare(self, files: list[Path]) -> Iterator[PreparedFile]:
        """Read and tag files, on every core when there is much to do; in input order.

        Many small files are read and tagged in worker processes; a JSON Lines file
        is read here and its records are tagged by the workers.
        """
        workers = min(os.cpu_count() or 1, PARALLEL_WORKERS)
        if workers < 2:
            yield from (read_and_tag(path, self.size_limit) for path in files)
            return
        # Reading and tagging are pure; only storing touches the archive, here.
        with ProcessPoolExecutor(max_workers=workers) as pool:
            batch: list[Path] = []
            for path in [*files, None]:
                if path is not None and detect_format(path, b"") != "jsonl":
                    batch.append(path)
                    continue
                if len(batch) >= PARALLEL_MIN_FILES:
                    limits = [self.size_limit] * len(batch)
                    yield from pool.map(read_and_tag, batch, limits, chunksize=8)
                else:
                    yield from (read_and_tag(p, self.size_limit) for p in batch)
                batch = []
                if path is not None:
                    yield self._prepare_records(path, pool)

    def _prepare_records(self, path: Path, pool: ProcessPoolExecutor) -> PreparedFile:
        """Read a JSON Lines file here and tag its records in the workers."""
        prepared = read_and_tag(path, self.size_limit, tag=False)
        texts = [
            (item.title, item.body)
            for item, _ in prepared.items
            if not isinstance(item, InputError)
        ]
        tags = iter(pool.map(tag_text, texts, chunksize=64))
        prepared.items = [
            (item, None if isinstance(item, InputError) else next(tags))
            for item, _ in prepared.items
        ]
        return prepared

    def store(self, prepared: PreparedFile) -> Iterator[IngestResult]:
        """Preserve a prepared file's source and write its articles."""
        path = prepared.path
        if prepared.error:
            yield IngestResult(str(path), "error", messages=[prepared.error])
            return
        source = None
        sidecar = self._read_sidecar(path)
        for item, tags in prepared.items:
            if isinstance(item, InputError):
                message = (
                    str(item) if str(item).startswith(str(path)) else f"{path}: {item}"
                )
                yield IngestResult(str(path), "error", messages=[message])
                continue
            try:
                # A Markdown file already in content/ is the archive itself, not a source.
                if source is None and not self._in_content(path):
                    source = self._preserve(path, prepared.data)
                yield self._ingest_article(item, tags, source, sidecar)
            except (OSError, ValueError) as exc:
                logger.debug("ingest: %s failed", path, exc_info=True)
                yield IngestResult(
                    item.location or str(path), "error", messages=[f"{path}: {exc}"]
                )

    def _in_content(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.articles_dir.resolve())

    def _read_sidecar(self, path: Path) -> dict:
        """Read `NAME.meta.toml` / `NAME.meta.json` beside a source: dates and fields an archivist adds."""
        for suffix in SIDECAR_SUFFIXES:
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                try:
                    text = sidecar.read_text(encoding="utf-8")
                    return (
                        tomllib.loads(text)
                        if suffix.endswith("toml")
                        else json.loads(text)
                    )
                except (ValueError, OSError) as exc:
                    raise_message = f"{sidecar}: unreadable sidecar ({exc}); ignored"
                    logger.warning("ingest: %s", raise_message)
                    return {"_error": raise_message}
        return {}

    # -- sources ------------------------------------------------------------

    def _preserve(self, path: Path, data: bytes) -> tuple[str, str]:
        """Copy a source under sources/ byte for byte; return (relative path, sha256)."""
        digest = file_sha256(data)
        resolved = path.resolve()
        if self.sources_dir.resolve() in resolved.parents:
            return os.path.relpath(resolved, self.root.resolve()), digest
        target = self.sources_dir / path.name
        if target.exists() and file_sha256(target.read_bytes()) != digest:
            target = (
                self.sources_dir
                / f"{path.stem.split('.')[0]}-{digest[:8]}{''.join(path.suffixes)}"
            )
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(target.name + ".part")
            temporary.write_bytes(data)
            os.replace(temporary, target)
        return os.path.relpath(target.resolve(), self.root.resolve()), digest

    # -- articles -----------------------------------------------------------

    def _ingest_article(
        self, raw: RawArticle, tags: Tags, source: tuple[str, str] | None, sidecar: dict
    ) -> IngestResult:
        messages = list(raw.messages)
        self._apply_supplied_date(raw, sidecar, messages)
        messages += tags.messages
        result = IngestResult(
            input=raw.location,
            status="",
            source_id=raw.source_id,
            title=raw.title,
            date=raw.date or raw.date_partial,
            provinces=tags.provinces,
            leaders=tags.leaders,
            topics=tags.topics,
            cooperation=tags.cooperation.as_json() if tags.cooperation else None,
            messages=messages,
        )
        if self.cooperation_only and tags.cooperation is None:
            # The source is already preserved under sources/ by `store`.
            result.status = "skipped"
            messages.append(
                f"not cooperation coverage ({tags.cooperation_reason}); "
                "not archived (--cooperation-only)"
            )
            return result
        if raw.front_matter is not None:
            body = raw.paragraphs[0]
            article = Article.from_metadata(raw.front_matter, body, raw.location)
        else:
            body = "\n\n".join(markdown_paragraph(p) for p in raw.paragraphs)
            article = Article(title=raw.title, body=body, source_id=raw.source_id)
            article.summary = raw.paragraphs[0] if raw.paragraphs else ""
        fingerprint = article_fingerprint(raw.title, body)
        existing_path = self.index.by_source_id.get(
            raw.source_id
        ) or self.index.by_fingerprint.get(fingerprint)
        if raw.front_matter is not None and self._in_content(Path(raw.location)):
            existing_path = Path(raw.location)
        existing = self._load(existing_path)

        article.date = raw.date
        article.date_partial = "" if raw.date else raw.date_partial
        if raw.date_precision:
            article.extra["Date_Precision"] = raw.date_precision
        else:
            article.extra.pop("Date_Precision", None)
        article.byline = article.byline or raw.byline
        article.source_url = article.source_url or raw.source_url
        article.source_name = article.source_name or raw.source_name
        article.provinces = tags.provinces
        article.provinces_2025 = tags.provinces_2025
        article.districts = tags.districts
        article.leaders = tags.leaders
        article.leader_roles = tags.leader_roles
        article.topics = tags.topics
        _set_cooperation(article, tags)
        article.extra.pop(CHECKSUM_KEY, None)

        files, hashes = list(article.source_files), list(article.source_sha256)
        if existing:
            old = Article.from_metadata(existing.meta, "", str(existing.path))
            files, hashes = old.source_files + files, old.source_sha256 + hashes
            if old.source_id and old.source_id != raw.source_id:
                article.source_id = old.source_id
                also = [
                    s for s in old.extra.get("Also_Source_IDs", "").split(", ") if s
                ]
                if raw.source_id not in also:
                    also.append(raw.source_id)
                article.extra["Also_Source_IDs"] = ", ".join(also)
                messages.append(
                    f"same article as {old.source_id} ({existing.path}): sources merged"
                )
        pairs = dict(zip(files, hashes, strict=False))
        if source:
            pairs.setdefault(source[0], source[1])
        article.source_files, article.source_sha256 = list(pairs), list(pairs.values())

        if existing:
            article.slug = existing.meta.get("Slug") or existing.path.stem
            output = existing.path
        else:
            article.slug = self._unique_slug(raw.title, raw.source_id)
            year = article.date[:4] if article.date else "undated"
            output = self.articles_dir / year / f"{article.slug}.md"
        markdown = with_checksum(render_markdown_file(article))
        result.output = str(output)

        if existing and existing.text == markdown:
            result.status = "unchanged"
        elif existing and is_hand_edited(existing.text) and not self.force:
            result.status = "skipped"
            messages.append(
                f"{output} was edited by hand since ingest wrote it; not overwritten "
                "(use --force to replace it)"
            )
        else:
            if existing and is_hand_edited(existing.text):
                messages.append(
                    f"--force: replacing {output}, which was edited by hand"
                )
            self._write(output, markdown)
            result.status = "written"
            self.index.add(
                output,
                {
                    "Title": article.title,
                    "Slug": article.slug,
                    "Source_ID": article.source_id,
                },
                body,
            )
        return result

    def _apply_supplied_date(
        self, raw: RawArticle, sidecar: dict, messages: list[str]
    ) -> None:
        if "_error" in sidecar:
            messages.append(sidecar["_error"])
        record = sidecar.get("records", {}).get(raw.source_id, {})
        value = record.get("date") or sidecar.get("date")
        origin = "sidecar file"
        if not value and self.supplied_date and not raw.date:
            raw.date, raw.date_precision = self.supplied_date
            raw.date_partial = ""
            messages.append(
                f"date supplied by --date: {raw.date} ({raw.date_precision or 'day'})"
            )
            return
        if value:
            try:
                raw.date, raw.date_precision = parse_supplied_date(str(value))
            except ValueError as exc:
                messages.append(f"{origin}: {exc}")
                return
            raw.date_partial = ""
            messages.append(f"date supplied by the {origin}: {raw.date}")
        for key in ("title", "source_url", "source_name", "byline"):
            if record.get(key) or sidecar.get(key):
                setattr(raw, key, str(record.get(key) or sidecar.get(key)))

    def _load(self, path: Path | None) -> ExistingArticle | None:
        if not path or not path.exists():
            return None
        text = path.read_text(encoding="utf-8")
        meta, _ = parse_front_matter(text, str(path))
        return ExistingArticle(path, text, meta)

    def _unique_slug(self, title: str, source_id: str) -> str:
        slug = slugify(
            title, max_length=SLUG_MAX_LENGTH, word_boundary=True
        ) or slugify(source_id)
        if slug in self.index.slugs:
            slug = f"{slug}-{slugify(source_id)}"
        counter = 2
        base = slug
        while slug in self.index.slugs:
            slug, counter = f"{base}-{counter}", counter + 1
        return slug

    def _write(self, output: Path, markdown: str) -> None:
        """Write atomically: a crash never leaves a half-written article."""
        output.parent.mkdir(parents=True, exist_ok=True)
        temporary = output.with_name(output.name + ".part")
        temporary.write_text(markdown, encoding="utf-8")
        os.replace(temporary, output)
