"""Build the site with Pelican, never leaving a half-written site in place of the last good one.

The content is checked (every front-matter line, dates, province names) in a
forked process while Pelican reads it; a malformed file stops the build once
reading ends, with a message naming the file and the key. Pelican writes into
a fresh folder beside `output/`, which replaces `output/` only when the build
logged no error.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import subprocess
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from blinker import signal

from hoptac.article import (
    COOPERATION_KINDS,
    Article,
    FrontMatterError,
    parse_front_matter,
)
from hoptac.gazetteer import ProvinceGazetteer, data_release

logger = logging.getLogger(__name__)


# Sent with the staging folder's path when a build fails, before the folder
# is removed: plugins working beside Pelican (the search index) stop there.
build_failed = signal("hoptac.build_failed")


class BuildError(Exception):
    """The build failed; the message says why, and the previous site is untouched."""


# Files that passed the content check in the last good build, with their
# stamps: an incremental build reads only the others again.
CHECKED_NAME = "hoptac-checked.json"
# What decides whether a file passes: these modules of hoptac, and the
# gazetteer's data (the vietnamadminunits release).
_CHECK_CODE = ("site_build.py", "article.py", "gazetteer.py", "vietnamese.py")


@dataclass
class ContentCheck:
    """What a content check did: articles found, files read, stamps of all."""

    articles: int
    read: int
    # Every article's relative path -> [mtime_ns, size], all of them passed.
    stamps: dict[str, list[int]]


def check_content(content_dir: Path, passed: dict | None = None) -> ContentCheck:
    """Check every article's front matter; raise BuildError listing each bad file and key.

    `passed`: stamps (as `ContentCheck.stamps`) of files that passed before;
    a file with the same modification time and size is not read again.
    """
    gazetteer = ProvinceGazetteer.load()
    problems: list[str] = []
    passed = passed or {}
    stamps: dict[str, list[int]] = {}
    count = read = 0
    articles = content_dir / "articles"
    for path in sorted(articles.rglob("*.md")):
        count += 1
        relative = str(path.relative_to(articles))
        stamp = file_stamp(path)
        if passed.get(relative) == stamp:
            stamps[relative] = stamp
            continue
        read += 1
        try:
            text = path.read_text(encoding="utf-8")
            meta, body = parse_front_matter(text, str(path))
            if not meta:
                raise FrontMatterError(
                    str(path), "Title", "no front matter at the top of the file"
                )
            article = Article.from_metadata(meta, body, str(path))
            if not article.title:
                raise FrontMatterError(str(path), "Title", "missing")
            if article.date:
                try:
                    datetime.fromisoformat(article.date)
                except ValueError:
                    raise FrontMatterError(
                        str(path), "Date", f"{article.date!r} is not an ISO 8601 date"
                    ) from None
            for name in article.provinces:
                if gazetteer.get(name) is None:
                    raise FrontMatterError(
                        str(path), "Provinces", f"unknown province {name!r}"
                    )
            _check_cooperation(article, gazetteer, str(path))
            stamps[relative] = stamp
        except FrontMatterError as exc:
            problems.append(str(exc))
        except UnicodeDecodeError:
            problems.append(f"{path}: not UTF-8 text")
    if problems:
        raise BuildError("content has errors:\n  " + "\n  ".join(problems))
    return ContentCheck(count, read, stamps)


def _check_cooperation(
    article: Article, gazetteer: ProvinceGazetteer, path: str
) -> None:
    """`Cooperation_Kind` is one of the four kinds; its parties are known provinces."""
    kind = article.cooperation_kind
    if kind and kind not in COOPERATION_KINDS:
        raise FrontMatterError(
            path,
            "Cooperation_Kind",
            f"{kind!r} is not one of {', '.join(COOPERATION_KINDS)}",
        )
    for name in article.cooperation_parties:
        if gazetteer.get(name) is None:
            raise FrontMatterError(
                path, "Cooperation_Parties", f"unknown province {name!r}"
            )


def file_stamp(path: Path | str) -> list[int]:
    """Return a file's [modification time (ns), size]: equal, it is unchanged."""
    stat = os.stat(path)
    return [stat.st_mtime_ns, stat.st_size]


@lru_cache(maxsize=1)
def _check_version() -> str:
    """Return the digest of the code that decides the check (see _CHECK_CODE)."""
    digest = hashlib.sha1()
    here = Path(__file__).parent
    for name in _CHECK_CODE:
        digest.update((here / name).read_bytes())
    digest.update(data_release().encode())
    return digest.hexdigest()


def _load_checked(cache_path: Path) -> dict:
    """Return the stamps of the files the last good build's check passed."""
    try:
        saved = json.loads((cache_path / CHECKED_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if saved.get("version") != _check_version():
        return {}
    return saved.get("files", {})


def _save_checked(cache_path: Path, check: ContentCheck) -> None:
    write_atomically(
        cache_path / CHECKED_NAME,
        json.dumps({"version": _check_version(), "files": check.stamps}),
    )


def write_atomically(path: Path, text: str) -> None:
    """Write a text file whole or not at all (a temporary file, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _start_content_check(content_dir: Path, passed: dict) -> Future:
    """Check the content in a forked process while Pelican starts reading it.

    Its result (a ContentCheck, or a BuildError naming each bad file)
    is awaited once every generator has its context, before any page is
    written. Without `fork`, checks before returning.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        done: Future = Future()
        done.set_result(check_content(content_dir, passed))
        return done
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    check = executor.submit(check_content, content_dir, passed)
    executor.shutdown(wait=False)  # its one task runs on; the process ends after
    return check


# Removals still running; kept so each is reaped, not left a zombie.
_removals: list[subprocess.Popen] = []


def remove_in_background(folder: Path) -> None:
    """Remove a replaced site without making the build wait for it.

    The new site is already live; unlinking the old one's 7,000 names took
    0.1 s of a 2.5 s incremental build (seconds at 38,000 articles). `rm -rf`
    runs in its own session and may outlive this process; without `rm` the
    folder is removed here.
    """
    _removals[:] = [process for process in _removals if process.poll() is None]
    rm = shutil.which("rm") if os.name == "posix" else None
    if rm is None:
        shutil.rmtree(folder, ignore_errors=True)
        return
    _removals.append(
        subprocess.Popen(
            [rm, "-rf", "--", str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    )


def _offline_feeds_are_intended(record: logging.LogRecord) -> bool:
    # Offline copies have no SITEURL; their relative feed links are on purpose.
    return "Feeds generated without SITEURL" not in record.getMessage()


logging.getLogger("pelican.settings").addFilter(_offline_feeds_are_intended)


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(
    settings_path: Path,
    output_dir: Path,
    content_dir: Path | None = None,
    overrides: dict | None = None,
) -> float:
    """Build the site into output_dir atomically; return the seconds it took.

    `content_dir` replaces the settings' PATH; `overrides` any other setting.
    """
    from pelican import Pelican, signals
    from pelican.settings import read_settings

    started = time.perf_counter()
    settings_path, output_dir = (
        Path(settings_path).resolve(),
        Path(output_dir).resolve(),
    )
    override = dict(overrides or {})
    if content_dir:
        override["PATH"] = str(Path(content_dir).resolve())
    settings = read_settings(str(settings_path), override=override)
    cache_path = Path(settings["CACHE_PATH"])
    # An incremental build trusts the last good build's check of unchanged files.
    passed = _load_checked(cache_path) if settings.get("LOAD_CONTENT_CACHE") else {}
    ProvinceGazetteer.load(cache_path)  # here, for the check's process too
    check = _start_content_check(Path(settings["PATH"]), passed)

    staging = output_dir.with_name(f"{output_dir.name}.building-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    settings["OUTPUT_PATH"] = str(staging)
    settings["DELETE_OUTPUT_DIRECTORY"] = False
    if settings.get("LOAD_CONTENT_CACHE") and output_dir.is_dir():
        # hoptac_incremental links unchanged pages from the live site.
        settings["HOPTAC_PREVIOUS_OUTPUT"] = str(output_dir)
    counter = _ErrorCounter()
    logging.getLogger().addHandler(counter)

    def stop_on_bad_content(generators: list) -> None:
        # Raises BuildError before any page is written; Pelican.run, which
        # always sends this signal before writing, then fails.
        check.result()

    signals.all_generators_finalized.connect(stop_on_bad_content, weak=False)
    try:
        Pelican(settings).run()
    except Exception as exc:
        build_failed.send(str(staging))
        shutil.rmtree(staging, ignore_errors=True)
        check.result()  # a content error explains a failure best
        raise BuildError(f"pelican failed: {exc}") from exc
    finally:
        logging.getLogger().removeHandler(counter)
        signals.all_generators_finalized.disconnect(stop_on_bad_content)
    if counter.messages:
        build_failed.send(str(staging))
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError("pelican reported errors:\n  " + "\n  ".join(counter.messages))
    previous = output_dir.with_name(f"{output_dir.name}.previous-{os.getpid()}")
    if output_dir.exists():
        os.replace(output_dir, previous)
    os.replace(staging, output_dir)
    remove_in_background(previous)
    _save_checked(cache_path, check.result())
    return time.perf_counter() - started


# Settings that name a build's own scratch places, not its inputs.
VOLATILE_SETTINGS = {"OUTPUT_PATH", "HOPTAC_PREVIOUS_OUTPUT", "CACHE_PATH"}


def plain_data(value: object) -> object:
    """Return a value as JSON-able data, stable from one run to the next once
    encoded with sorted keys (dicts keep their own order here)."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain_data(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return str(value)  # URLWrappers, taxonomy objects: their name


def files_stamp(folder: Path) -> list:
    """Return (path, size, mtime) of every file under folder: cheap, and changes."""
    if not folder.is_dir():
        return []
    entries = []
    for path in folder.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            entries.append(
                [str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns]
            )
    return sorted(entries)


def build_inputs(settings: dict) -> dict:
    """Return what every page and search document depends on besides the content:
    the settings, theme, plugins, hoptac's own code and the gazetteer's release."""
    return {
        "settings": plain_data(
            {
                key: value
                for key, value in settings.items()
                if key.isupper() and key not in VOLATILE_SETTINGS
            }
        ),
        "theme": files_stamp(Path(settings["THEME"])),
        "plugins": [files_stamp(Path(p)) for p in settings.get("PLUGIN_PATHS", [])],
        "code": files_stamp(Path(__file__).parent),
        "gazetteer": data_release(),
    }


def inputs_digest(settings: dict) -> str:
    """Return the hash of `build_inputs`."""
    encoded = json.dumps(build_inputs(settings), sort_keys=True)
    return hashlib.sha1(encoded.encode("utf-8")).hexdigest()


# Generator attributes holding content (Pelican 4: articles, drafts, pages…).
_CONTENT_LISTS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "pages",
    "hidden_pages",
    "hidden_translations",
    "draft_pages",
    "draft_translations",
)


def generator_contents(generators: list) -> list:
    """Return every article and page (drafts, hidden, translations) the generators hold."""
    contents: list = []
    for generator in generators:
        for name in _CONTENT_LISTS:
            contents += getattr(generator, name, None) or []
    return contents


def before_exit() -> None:
    """Let a process that ends right after its build exit quickly.

    At exit the garbage collector passes over every object the build left
    (Pelican's articles, caches, templates): 0.15 s of a 3 s incremental build
    of 2,655 articles. Freezing them skips those passes; the memory goes back
    with the process. Only for a process about to end: frozen cycles are never
    collected.
    """
    gc.freeze()


def freeze_url(content: object) -> str:
    """Compute a content's `url` and `save_as` once; return the URL.

    Pelican formats both from the URL settings on every use; Pelican's own
    `override_url` and `override_save_as` (what a `URL:` metadata line sets)
    keep them. Call it once the content's metadata is settled: from
    `content_object_init` on for articles and pages.
    """
    content.override_url = url = content.url
    content.override_save_as = content.save_as
    return url


def link_or_copy(source: Path | str, target: Path | str) -> None:
    """Put a file of the live site into a new build without copying its bytes.

    A hard link, which is safe because a build never writes into a file it
    takes from the live site (Pelican refuses to write one path twice), and
    the old site's name goes when the new one replaces it. Copies (keeping the
    modification time) where links are impossible. The target's folder is
    made when the link finds it missing (an incremental build links 7,000
    files into a few folders).
    """
    try:
        os.link(source, target)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
    except OSError:
        shutil.copy2(source, target)
