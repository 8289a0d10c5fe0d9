"""The content check: every front-matter line, dates as Pelican reads them, places.

Run in a forked process while Pelican reads the content (`start_content_check`);
a malformed file stops the build once reading ends, with a message naming the
file and the key, before any page is written. The files that passed are
recorded (`hoptac-checked.json`), so an incremental build reads only the
others again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hoptac.article import (
    COOPERATION_KINDS,
    Article,
    FrontMatterError,
    read_front_matter,
)
from hoptac.build import BuildError
from hoptac.build.contents import generator_contents
from hoptac.files import file_stamp, write_atomically
from hoptac.forked import Forked, can_fork
from hoptac.gazetteer import ProvinceGazetteer

# Files that passed the content check in the last good build, with their
# stamps: an incremental build reads only the others again.
CHECKED_NAME = "hoptac-checked.json"


@dataclass
class ContentCheck:
    """What a content check did: articles found, files read, stamps of all."""

    articles: int
    read: int
    # Every article's relative path -> [mtime_ns, size], all of them passed.
    stamps: dict[str, list[int]]


def pelican_date(value: str) -> datetime:
    """Read a `Date` as Pelican's Markdown reader does; ValueError if it cannot."""
    from pelican.readers import METADATA_PROCESSORS

    return METADATA_PROCESSORS["date"](value, {})


# Front-matter keys Pelican reads as dates (its METADATA_PROCESSORS).
_DATE_KEYS = ("Date", "Modified")


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
            front = read_front_matter(text, str(path))
            meta, body = front.meta, front.body
            if not meta:
                raise FrontMatterError(
                    str(path), "Title", "no front matter at the top of the file"
                )
            if front.repeated:  # Pelican would read a list (and fail on dates)
                key, first, again = front.repeated[0]
                raise FrontMatterError(
                    str(path), key, f"given twice (lines {first} and {again})", again
                )
            article = Article.from_metadata(meta, body, str(path))
            if not article.title:
                raise FrontMatterError(str(path), "Title", "missing")
            for key in _DATE_KEYS:
                value = meta.get(key)
                if value:
                    try:
                        pelican_date(value)
                    except (ValueError, OverflowError):
                        raise FrontMatterError(
                            str(path),
                            key,
                            f"{value!r} is not a date Pelican can read "
                            "(write it as YYYY-MM-DD)",
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


def load_checked(cache_path: Path, inputs: str) -> dict:
    """Return the stamps of the files the last good build's check passed."""
    try:
        saved = json.loads((cache_path / CHECKED_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if saved.get("inputs") != inputs:
        return {}
    return saved.get("files", {})


def save_checked(cache_path: Path, inputs: str, check: ContentCheck) -> None:
    write_atomically(
        cache_path / CHECKED_NAME,
        json.dumps({"inputs": inputs, "files": check.stamps}),
    )


class _Done:
    """A check already made (without fork): `result()` as `Forked`'s."""

    def __init__(self, function: Callable, *args: object):
        try:
            self.value, self.error = function(*args), None
        except BuildError as exc:
            self.value, self.error = None, exc

    def result(self) -> object:
        if self.error is not None:
            raise self.error
        return self.value

    def close(self) -> None:
        pass


def start_content_check(content_dir: Path, passed: dict) -> Forked | _Done:
    """Check the content in a forked process while Pelican starts reading it.

    Its result (a ContentCheck, or a BuildError naming each bad file) is
    awaited once every generator has its context, before any page is
    written. Without `fork`, checks before returning.
    """
    if not can_fork():
        return _Done(check_content, content_dir, passed)
    return Forked(
        "the content check failed (see the error above)",
        check_content,
        content_dir,
        passed,
        passes=(BuildError,),
    )


def duplicate_outputs(generators: list) -> list[str]:
    """Return one line for each file two contents would be written to."""
    owners: dict[str, list[str]] = {}
    for content in generator_contents(generators):
        save_as = getattr(content, "save_as", "")
        if save_as:
            owners.setdefault(save_as, []).append(content.source_path)
    return [
        f"{' and '.join(sorted(paths))}: front matter key 'Slug': "
        f"both would be written to {save_as}"
        for save_as, paths in sorted(owners.items())
        if len(paths) > 1
    ]
