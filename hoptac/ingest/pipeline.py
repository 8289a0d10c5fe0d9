"""The ingest pipeline: preserve each source, tag its articles, write Markdown safely.

Rules it keeps: a source is copied byte for byte under `sources/` and never
overwritten by different bytes; the same source again changes nothing; a
Markdown file a person edited is never overwritten without `--force`, and even
then its edited text is kept beside it; the same article from two sources
becomes one article listing both; a different article under an id already used
gets an id of its own (`Source_ID` is unique in the archive). docs/INGEST.md
has the rules in full.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import re
import shutil
import tomllib
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from hoptac.article import (
    Article,
    FrontMatterError,
    parse_front_matter,
    read_front_matter,
    render_markdown_file,
    split_list,
)
from hoptac.forked import can_fork, process_pool
from hoptac.ingest.dates import parse_supplied_date
from hoptac.ingest.decoding import DEFAULT_EXPANDED_LIMIT, DEFAULT_SIZE_LIMIT
from hoptac.ingest.readers import (
    KNOWN_SUFFIXES,
    detect_format,
    read_articles,
    read_json_lines,
)
from hoptac.ingest.records import IngestResult, InputError, RawArticle
from hoptac.ingest.titles import shipped_model
from hoptac.tagging import Tags, tag_article
from hoptac.vietnamese import fold_key, slugify_text

logger = logging.getLogger(__name__)

CHECKSUM_KEY = "Ingest_Checksum"
SIDECAR_SUFFIXES = (".meta.toml", ".meta.json")
SKIPPED_NAMES = {"readme.md", "readme.txt", "license", "license.txt", ".gitkeep"}
SLUG_MAX_LENGTH = 80
# A hand-edited file that `--force` replaces is kept as `<name>.orig`: Pelican
# reads only its readers' extensions (`.md`), so the copy is never an article.
HAND_EDIT_SUFFIX = ".orig"
ORIGINAL_ID_KEY = "Original_Source_ID"
INGEST_EXTRA_KEYS = ("Date_Precision", "Also_Source_IDs", ORIGINAL_ID_KEY)
# Characters a preserved source's name never has: front matter lists are split at
# commas and folded to single spaces, and a link cuts at `#`, `?` and `%`.
_UNSAFE_IN_NAME = re.compile(r'[\s,#?%"<>\\|*:\x00-\x1f\x7f-\x9f]+')


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def path_sha256(path: Path) -> str:
    """A file's hash, read in blocks (a JSON Lines export may not fit in memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def safe_source_name(name: str) -> str:
    """The name a source is preserved under: one that survives front matter and links.

    Runs of whitespace (other than one space), commas, control characters and
    link-breaking characters become `-`; a name that has none stays as it is.
    """
    name = name.encode("utf-8", "replace").decode("utf-8")  # undecodable bytes
    safe = _UNSAFE_IN_NAME.sub(lambda m: " " if m.group() == " " else "-", name)
    suffix = Path(safe.strip(" ")).suffix
    stem = safe.strip(" ")[: -len(suffix) or None].strip(" ").lstrip(".- ")
    # A leading dot would hide the file; a name of punctuation alone says nothing.
    return (stem if stem.strip(".-_ ") else "source") + suffix


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
    try:
        recorded = read_front_matter(markdown).meta.get(CHECKSUM_KEY, "")
    except FrontMatterError:
        return True  # a line a person broke: the file is theirs
    return not recorded or recorded != content_checksum(markdown)


def article_fingerprint(title: str, body: str) -> str:
    """Identity of an article's words, whatever file or markup carried them."""
    # Text without letters or digits folds to nothing: it is told apart as written.
    # (Spacing aside: front matter folds a title's, a file ends with a newline.)
    key = fold_key(title + body) or " ".join(f"{title}\x00{body}".split())
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:20]


_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+*]\s|\d+[.)]\s|={3,}|-{3,}|\|)")


def markdown_paragraph(text: str) -> str:
    """Escape what Markdown would misread in a paragraph of plain article text."""
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    text = text.replace("`", "\\`").replace("<", "&lt;")
    # A bracket could open a link or a reference definition (`[x]: javascript:…`).
    text = text.replace("[", "\\[").replace("]", "\\]")
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


@dataclass
class ExistingArticle:
    path: Path
    text: str
    meta: dict[str, str]


def article_ids(meta: dict[str, str]) -> list[str]:
    """Every id an article answers to: its own, merged sources', the one it was read as."""
    ids = [meta.get("Source_ID", ""), meta.get(ORIGINAL_ID_KEY, "")]
    return [
        i for i in dict.fromkeys(ids + split_list(meta.get("Also_Source_IDs", ""))) if i
    ]


@dataclass
class ContentIndex:
    """What is already in `content/`: by id, by (id, source hash), by words; slugs."""

    by_source_id: dict[str, Path] = field(default_factory=dict)
    # (its own id, its first source's hash). A further source's id and hash are
    # listed apart, so pairing them would be a guess: one that lost an article.
    by_own_source: dict[tuple[str, str], Path] = field(default_factory=dict)
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

    def add(
        self, path: Path, meta: dict[str, str], body: str, fingerprint: str = ""
    ) -> None:
        """Index an article; `fingerprint`, when the caller has it, is of `meta`'s title and `body`."""
        ids = article_ids(meta)
        for source_id in ids:
            self.by_source_id.setdefault(source_id, path)
        # A record is this article again when its id and its source's bytes match,
        # whatever a reader or a hand edit did to the words since.
        hashes = split_list(meta.get("Source_SHA256", ""))
        for source_id in (meta.get("Source_ID"), meta.get(ORIGINAL_ID_KEY)):
            if source_id and hashes:
                self.by_own_source[(source_id, hashes[0])] = path
        self.by_fingerprint.setdefault(
            fingerprint or article_fingerprint(meta.get("Title", ""), body), path
        )
        self.slugs[meta.get("Slug") or path.stem] = path


PARALLEL_MIN_FILES = 64
PARALLEL_WORKERS = 4
RECORD_BATCH = 2000  # JSON Lines records read, tagged and stored at a time


@dataclass
class PreparedFile:
    """A file read and tagged (in a worker process when there are many)."""

    path: Path
    data: bytes | None = None  # None: read from `path` when preserved (JSON Lines)
    items: list = field(
        default_factory=list
    )  # [(RawArticle | InputError, Tags | None)]
    error: str = ""


def read_and_tag(
    path: Path, size_limit: int = DEFAULT_SIZE_LIMIT, tag: bool = True
) -> PreparedFile:
    """Read one article file and tag it; errors become messages.

    The size is checked before reading, and no more than the limit is read.
    """
    try:
        size = path.stat().st_size
        if size_limit and size > size_limit:
            return PreparedFile(
                path,
                error=f"{path}: file is {size:,} bytes, over the limit of "
                f"{size_limit:,} (raise it with --max-size)",
            )
        with path.open("rb") as stream:
            data = stream.read(size_limit + 1 if size_limit else -1)
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
        expanded_limit: int = DEFAULT_EXPANDED_LIMIT,
        cooperation_only: bool = False,
    ):
        self.content_dir = Path(content_dir)
        self.articles_dir = self.content_dir / "articles"
        self.sources_dir = Path(sources_dir)
        self.root = self.sources_dir.parent
        self.force = force
        self.size_limit = size_limit
        self.expanded_limit = expanded_limit
        # Files a folder walk left out, as `skipped` results with the reason.
        self.ignored: list[IngestResult] = []
        self._preserved: dict[Path, tuple[str, str]] = {}
        # Archive only cooperation coverage; other articles are reported skipped.
        self.cooperation_only = cooperation_only
        self.supplied_date = (
            parse_supplied_date(supplied_date) if supplied_date else None
        )
        self.index = ContentIndex.scan(self.articles_dir)
        # Resolved once: each is asked of every article.
        self._articles_resolved = self.articles_dir.resolve()
        self._sources_resolved = self.sources_dir.resolve()
        self._root_resolved = self.root.resolve()
        self._made_dirs: set[Path] = set()
        self._resolved_dirs: dict[Path, Path] = {}

    # -- inputs -------------------------------------------------------------

    def expand(self, paths: Iterable[Path]) -> Iterator[Path]:
        """Yield input files: files as given, folders walked in name order.

        A folder gives only files of the known formats; the others are listed in
        `self.ignored` with the reason. A file named on its own is always read.
        """
        for path in map(Path, paths):
            if not path.is_dir():
                yield path
                continue
            for child in sorted(path.rglob("*")):
                if not child.is_file():
                    continue
                reason = self._not_an_input(child)
                if not reason:
                    yield child
                elif reason is not True:
                    self.ignored.append(
                        IngestResult(
                            str(child),
                            "skipped",
                            messages=[f"{child}: ignored: {reason}"],
                        )
                    )

    def _not_an_input(self, path: Path) -> str | bool:
        """Why a file in a folder is not read ("" when it is; True: not worth a word)."""
        name = path.name.lower()
        if name.endswith(SIDECAR_SUFFIXES) or name == ".gitkeep":
            return True  # read with the source it describes / a folder marker
        if name.endswith(".part") and path.with_name(path.name[:-5]).exists():
            return True  # ingest's own temporary file
        if name.startswith("."):
            return "a hidden file"
        if name in SKIPPED_NAMES:
            return "a README or licence, not an article"
        if not name.endswith(KNOWN_SUFFIXES):
            return (
                f"not a known input format ({', '.join(KNOWN_SUFFIXES)}); "
                "name the file itself to read it anyway"
            )
        return ""

    def ingest(self, paths: Iterable[Path]) -> Iterator[IngestResult]:
        """Ingest every input, yielding one result per article (or per failed file)."""
        files = list(self.expand(paths))
        yield from self.ignored
        for prepared in self.prepare(files):
            yield from self.store(prepared)

    def ingest_file(self, path: Path) -> Iterator[IngestResult]:
        """Ingest one file."""
        for prepared in self.prepare([path]):
            yield from self.store(prepared)

    def prepare(self, files: list[Path]) -> Iterator[PreparedFile]:
        """Read and tag files, on every core when there is much to do; in input order.

        Many small files are read and tagged in worker processes; a JSON Lines file
        is read here and its records are tagged by the workers.
        """
        workers = min(os.cpu_count() or 1, PARALLEL_WORKERS)
        if workers < 2 or not can_fork():
            for path in files:
                if detect_format(path, b"") == "jsonl":
                    yield from self._prepare_records(path, None)
                else:
                    yield read_and_tag(path, self.size_limit)
            return
        # Reading and tagging are pure; only storing touches the archive, here.
        with process_pool(workers) as pool:
            batch: list[Path] = []
            for path in [*files, None]:
                if path is not None and detect_format(path, b"") != "jsonl":
                    batch.append(path)
                    continue
                if len(batch) >= PARALLEL_MIN_FILES:
                    # Workers fork at the pool's first task: loaded now, the title
                    # model is shared by all of them. (Records need none.)
                    shipped_model()
                    limits = [self.size_limit] * len(batch)
                    yield from pool.map(read_and_tag, batch, limits, chunksize=8)
                else:
                    yield from (read_and_tag(p, self.size_limit) for p in batch)
                batch = []
                if path is not None:
                    yield from self._prepare_records(path, pool)

    def _prepare_records(
        self, path: Path, pool: Executor | None
    ) -> Iterator[PreparedFile]:
        """Stream a JSON Lines file here, a batch of records at a time, tagged in the workers.

        The next batch is read and sent to the workers before this one is
        handed back to be stored, so tagging goes on while the archive is written.
        """
        records = read_json_lines(path, None, self.size_limit, self.expanded_limit)
        pending: tuple[list, Iterator[Tags]] | None = None
        while batch := list(itertools.islice(records, RECORD_BATCH)):
            texts = [
                (item.title, item.body)
                for item in batch
                if not isinstance(item, InputError)
            ]
            # `pool.map` submits every task now; its results come in order.
            tags = (
                pool.map(tag_text, texts, chunksize=64)
                if pool is not None
                else map(tag_text, texts)
            )
            if pending is not None:
                yield self._tagged(path, *pending)
            pending = (batch, iter(tags))
        if pending is not None:
            yield self._tagged(path, *pending)

    @staticmethod
    def _tagged(path: Path, batch: list, tags: Iterator[Tags]) -> PreparedFile:
        items = [(i, None if isinstance(i, InputError) else next(tags)) for i in batch]
        return PreparedFile(path, None, items)

    def store(self, prepared: PreparedFile) -> Iterator[IngestResult]:
        """Preserve a prepared file's source and write its articles."""
        path = prepared.path
        if prepared.error:
            yield IngestResult(str(path), "error", messages=[prepared.error])
            return
        source = self._preserved.get(path)
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
                notes: list[str] = []
                if source is None and not self._in_content(path):
                    source = self._preserve(path, prepared.data, notes)
                    self._preserved[path] = source
                result = self._ingest_article(item, tags, source, sidecar)
                result.messages[:0] = notes
                yield result
            except (OSError, ValueError) as exc:
                logger.debug("ingest: %s failed", path, exc_info=True)
                yield IngestResult(
                    item.location or str(path), "error", messages=[f"{path}: {exc}"]
                )

    def _in_content(self, path: Path) -> bool:
        return self._resolve(path).is_relative_to(self._articles_resolved)

    def _resolve(self, path: Path) -> Path:
        """`path.resolve()`, each folder resolved once (every article asks three times)."""
        if path.is_symlink():
            return path.resolve()
        folder = self._resolved_dirs.get(path.parent)
        if folder is None:
            folder = self._resolved_dirs[path.parent] = path.parent.resolve()
        return folder / path.name

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

    def _preserve(
        self, path: Path, data: bytes | None, notes: list[str]
    ) -> tuple[str, str]:
        """Copy a source under sources/ byte for byte; return (relative path, sha256).

        Its name there is `safe_source_name`'s: a name with commas, tabs or runs
        of spaces would not survive the `Source_File` list, nor make a link.
        """
        digest = file_sha256(data) if data is not None else path_sha256(path)
        resolved = self._resolve(path)
        name = safe_source_name(path.name)
        if self._sources_resolved in resolved.parents and name == path.name:
            return os.path.relpath(resolved, self._root_resolved), digest
        target = self.sources_dir / name
        if target.exists() and path_sha256(target) != digest:
            suffixes = "".join(Path(name).suffixes)
            stem = name[: len(name) - len(suffixes)] if suffixes else name
            target = self.sources_dir / f"{stem[:100]}-{digest[:8]}{suffixes}"
        if not target.exists():
            self._make_dir(target.parent)
            temporary = target.with_name(target.name + ".part")
            if data is not None:
                temporary.write_bytes(data)
            else:
                shutil.copyfile(path, temporary)
            os.replace(temporary, target)
        relative = os.path.relpath(self._resolve(target), self._root_resolved)
        if target.name != path.name:
            notes.append(f"source {path.name!r} preserved as {relative}")
        return relative, digest

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
            title_restored=raw.title_restored,
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
            # Pelican renders `Summary` as Markdown too: it is escaped like the body.
            article.summary = (
                markdown_paragraph(raw.paragraphs[0]) if raw.paragraphs else ""
            )
        article.title_restored = article.title_restored or raw.title_restored
        fingerprint = article_fingerprint(raw.title, body)
        if raw.front_matter is not None and self._in_content(Path(raw.location)):
            existing_path: Path | None = Path(raw.location)
        else:
            existing_path = self._same_article(raw.source_id, source, fingerprint)
        existing = self._load(existing_path)
        if existing is None and raw.source_id in self.index.by_source_id:
            self._rename(article, raw.source_id, result)

        if existing is not None and not self._is_primary(raw, source, existing):
            # A further source of an archived article adds itself to its lists and
            # changes nothing else: two sources never take turns at its fields.
            _, old_body = parse_front_matter(existing.text, str(existing.path))
            article = Article.from_metadata(existing.meta, old_body, str(existing.path))
        else:
            self._fill_from_source(article, raw, tags)
        article.extra.pop(CHECKSUM_KEY, None)

        files, hashes = list(article.source_files), list(article.source_sha256)
        if existing:
            old = Article.from_metadata(existing.meta, "", str(existing.path))
            files, hashes = old.source_files + files, old.source_sha256 + hashes
            # What earlier ingests learnt about the article's ids stays with it.
            for key in (ORIGINAL_ID_KEY, "Also_Source_IDs"):
                if old.extra.get(key):
                    article.extra[key] = old.extra[key]
            if old.source_id and raw.source_id not in article_ids(existing.meta):
                also = split_list(old.extra.get("Also_Source_IDs", ""))
                article.extra["Also_Source_IDs"] = ", ".join([*also, raw.source_id])
                messages.append(
                    f"same article as {old.source_id} ({existing.path}): sources merged"
                )
                result.merged = True
            article.source_id = old.source_id or article.source_id
        result.source_id = article.source_id
        pairs = dict(zip(files, hashes, strict=False))
        if source:
            pairs.setdefault(source[0], source[1])
        article.source_files, article.source_sha256 = list(pairs), list(pairs.values())

        if existing:
            article.slug = existing.meta.get("Slug") or existing.path.stem
            output = existing.path
        else:
            article.slug = self._unique_slug(raw.title, article.source_id)
            year = article.date[:4] if article.date else "undated"
            output = self.articles_dir / year / f"{article.slug}.md"
        # Keys ingest adds after the contract's own, in one order whatever set them.
        for key in INGEST_EXTRA_KEYS:
            if key in article.extra:
                article.extra[key] = article.extra.pop(key)
        markdown = with_checksum(render_markdown_file(article))
        result.output = str(output)

        if existing and existing.text == markdown:
            result.status = "unchanged"
        elif existing and is_hand_edited(existing.text) and not self.force:
            result.status = "skipped"
            messages.append(
                f"{output} was edited by hand since ingest wrote it; not overwritten. "
                "Carry the changes over by hand, or run again with --force: the "
                f"edited file is then kept as {output.name}{HAND_EDIT_SUFFIX}"
            )
        else:
            if existing and is_hand_edited(existing.text):
                kept = self._keep_hand_edit(output, existing.text)
                messages.append(
                    f"--force: replaced {output}, which was edited by hand; "
                    f"the edited version is kept as {kept}"
                )
            self._write(output, markdown)
            result.status = "written"
            meta = {
                key: ", ".join(value) if isinstance(value, list) else value
                for key, value in article.metadata().items()
            }
            # The fingerprint already taken is of the same words unless a merge kept
            # the archived article's title.
            same_words = meta.get("Title", "") == raw.title
            self.index.add(output, meta, body, fingerprint if same_words else "")
        return result

    def _fill_from_source(self, article: Article, raw: RawArticle, tags: Tags) -> None:
        article.date = raw.date
        article.date_partial = "" if raw.date else raw.date_partial
        if raw.date_precision:
            article.extra["Date_Precision"] = raw.date_precision
        else:
            article.extra.pop("Date_Precision", None)
        # One trimmed line each: a blank value would be written and then read back
        # as none, and the article would change on every ingest.
        article.byline = article.byline or " ".join(raw.byline.split())
        article.source_url = article.source_url or " ".join(raw.source_url.split())
        article.source_name = article.source_name or " ".join(raw.source_name.split())
        article.provinces = tags.provinces
        article.provinces_2025 = tags.provinces_2025
        article.districts = tags.districts
        article.leaders = tags.leaders
        article.leader_roles = tags.leader_roles
        article.topics = tags.topics
        _set_cooperation(article, tags)

    @staticmethod
    def _is_primary(
        raw: RawArticle, source: tuple[str, str] | None, existing: ExistingArticle
    ) -> bool:
        """True when an input is the source an archived article was made from.

        That is its own id in its first source's bytes (or the article itself,
        re-tagged from content/); any other input is a further source.
        """
        hashes = split_list(existing.meta.get("Source_SHA256", ""))
        own_ids = {existing.meta.get("Source_ID"), existing.meta.get(ORIGINAL_ID_KEY)}
        return source is None or (
            raw.source_id in own_ids and (not hashes or hashes[0] == source[1])
        )

    def _same_article(
        self, source_id: str, source: tuple[str, str] | None, fingerprint: str
    ) -> Path | None:
        """The archived article an input is (a new one: None).

        The same record of the same source bytes is the same article, even when
        a reader or a hand edit has changed its words since; the same words are
        the same article from another source. An id alone proves nothing: two
        exports both number their records from 1.
        """
        own = self.index.by_own_source.get((source_id, source[1])) if source else None
        return own or self.index.by_fingerprint.get(fingerprint)

    def _rename(self, article: Article, source_id: str, result: IngestResult) -> None:
        """Give a new article whose id is taken an id of its own: `1` -> `1-2`."""
        counter = 2
        while f"{source_id}-{counter}" in self.index.by_source_id:
            counter += 1
        article.source_id = f"{source_id}-{counter}"
        article.extra[ORIGINAL_ID_KEY] = source_id
        result.renamed = True
        result.messages.append(
            f"id {source_id} already used by {self.index.by_source_id[source_id]}; "
            f"archived as {article.source_id}"
        )

    def _keep_hand_edit(self, output: Path, text: str) -> Path:
        """Save a hand-edited file that --force replaces as `<name>.orig` (`.N.orig`)."""
        kept = output.with_name(output.name + HAND_EDIT_SUFFIX)
        counter = 2
        while kept.exists() and kept.read_text(encoding="utf-8") != text:
            kept = output.with_name(f"{output.name}.{counter}{HAND_EDIT_SUFFIX}")
            counter += 1
        temporary = kept.with_name(kept.name + ".part")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, kept)
        return kept

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
        """A slug no article has: from the title, else the id, else a hash of the id."""
        slug = slugify_text(title, max_length=SLUG_MAX_LENGTH, word_boundary=True)
        if not slug or slug in self.index.slugs:
            id_slug = slugify_text(source_id, max_length=SLUG_MAX_LENGTH) or (
                "bai-" + hashlib.sha256(source_id.encode("utf-8")).hexdigest()[:10]
            )
            slug = id_slug if not slug or slug == id_slug else f"{slug}-{id_slug}"
        counter = 2
        base = slug
        while slug in self.index.slugs:
            slug, counter = f"{base}-{counter}", counter + 1
        return slug

    def _make_dir(self, folder: Path) -> None:
        if folder not in self._made_dirs:
            folder.mkdir(parents=True, exist_ok=True)
            self._made_dirs.add(folder)

    def _write(self, output: Path, markdown: str) -> None:
        """Write atomically: a crash never leaves a half-written article."""
        self._make_dir(output.parent)
        temporary = output.with_name(output.name + ".part")
        temporary.write_text(markdown, encoding="utf-8")
        os.replace(temporary, output)
