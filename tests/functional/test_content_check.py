"""The content check, and build messages that say where: file, key, line, path."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
from pathlib import Path

import pytest
from pelican.utils import get_date
from pelican.writers import Writer

from hoptac.build import BuildError
from hoptac.build.content_check import CHECKED_NAME, check_content, load_checked
from hoptac.build.driver import build_site
from hoptac.files import write_atomically

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def content(sample_site: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(sample_site.parent / "content", folder)
    return folder


def build_small(content: Path, tmp_path: Path, **overrides: object) -> None:
    overrides = {
        "CACHE_PATH": str(tmp_path / "cache"),
        "LOAD_CONTENT_CACHE": False,
        **overrides,
    }
    build_site(PROJECT / "pelicanconf.py", tmp_path / "output", content, overrides)


def set_key(article: Path, key: str, value: str) -> None:
    """Replace (or add) one front-matter line of an article."""
    lines = article.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines):
        if line.startswith(f"{key}:"):
            lines[number] = f"{key}: {value}"
            break
    else:
        lines.insert(1, f"{key}: {value}")
    article.write_text("\n".join(lines), encoding="utf-8")


def test_unchanged_files_that_passed_are_not_read_again(content: Path) -> None:
    first = check_content(content)
    assert first.read == first.articles > 2
    again = check_content(content, first.stamps)
    assert again.read == 0 and again.stamps == first.stamps
    article = sorted((content / "articles").rglob("*.md"))[1]
    article.write_text(article.read_text(encoding="utf-8") + "\nThêm.\n", "utf-8")
    assert check_content(content, first.stamps).read == 1


def test_a_changed_file_is_checked_even_after_a_good_build(
    content: Path, tmp_path: Path
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    overrides = {"CACHE_PATH": str(cache), "LOAD_CONTENT_CACHE": True}
    build_site(PROJECT / "pelicanconf.py", output, content, overrides)
    record = json.loads((cache / CHECKED_NAME).read_text(encoding="utf-8"))
    assert load_checked(cache, record["inputs"])  # the good build left its stamps
    bad = sorted((content / "articles").rglob("*.md"))[0]
    text = bad.read_text(encoding="utf-8")
    bad.write_text(text.replace("Provinces:", "Provinces: Atlantis,", 1), "utf-8")
    os.utime(bad, ns=(1, 1))  # an old time: the size tells it changed
    with pytest.raises(BuildError, match="Atlantis"):
        build_site(PROJECT / "pelicanconf.py", output, content, overrides)
    # The failed build's index process was stopped, its folder is gone.
    assert not [
        child
        for child in multiprocessing.active_children()
        if child.name == "hoptac-search-index"
    ]
    assert not list(tmp_path.glob("output.building-*"))


def test_stamps_of_other_inputs_are_ignored(tmp_path: Path) -> None:
    (tmp_path / CHECKED_NAME).write_text(
        json.dumps({"inputs": "older inputs", "files": {"a.md": [1, 2]}}), "utf-8"
    )
    assert load_checked(tmp_path, "these inputs") == {}
    assert load_checked(tmp_path, "older inputs") == {"a.md": [1, 2]}


def pelican_reads(value: str) -> bool:
    """Whether Pelican's own date parser takes a Date line's value."""
    try:
        get_date(value.replace("_", " "))
    except ValueError:
        return False
    return True


DATES = [
    "2019-06-14",
    "2019-06-14 18:26",
    "2019-06-14T18:26:00+07:00",
    "2019-06-14_18:26",
    "14/06/2019",
    "June 14, 2019",
    "2019",
    "20190614",
    # ISO 8601 forms Python reads and Pelican does not
    "2019-W24-5",
    "2019W245",
    "2019-165",
    # nothing reads these
    "2019-06-31",
    "hôm qua",
    "14/06/2019 25:00",
]


@pytest.mark.parametrize("value", DATES)
def test_the_check_takes_exactly_the_dates_pelican_reads(
    small_archive: Path, value: str
) -> None:
    article = sorted((small_archive / "articles").glob("*.md"))[0]
    set_key(article, "Date", value)
    if pelican_reads(value):
        check_content(small_archive)
        return
    with pytest.raises(BuildError) as failure:
        check_content(small_archive)
    assert f"{article}: front matter key 'Date'" in str(failure.value)
    assert repr(value) in str(failure.value)


def test_an_iso_week_date_stops_the_build_naming_file_and_key(
    small_archive: Path, tmp_path: Path
) -> None:
    article = sorted((small_archive / "articles").glob("*.md"))[1]
    set_key(article, "Date", "2019-W24-5")
    with pytest.raises(BuildError) as failure:
        build_small(small_archive, tmp_path)
    assert f"{article}: front matter key 'Date': '2019-W24-5'" in str(failure.value)


def test_a_line_without_a_key_names_its_file_and_line(small_archive: Path) -> None:
    article = sorted((small_archive / "articles").glob("*.md"))[0]
    lines = article.read_text(encoding="utf-8").split("\n")
    lines.insert(2, "Hà Nội, Lâm Đồng")  # a value whose key was deleted
    article.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(BuildError) as failure:
        check_content(small_archive)
    assert f"{article}:3: front matter key 'Hà Nội, Lâm Đồng'" in str(failure.value)


def test_a_key_given_twice_names_both_lines(small_archive: Path) -> None:
    """Pelican reads a repeated key as a list, and fails on a list of dates."""
    article = sorted((small_archive / "articles").glob("*.md"))[0]
    lines = article.read_text(encoding="utf-8").split("\n")
    first = next(n for n, line in enumerate(lines) if line.startswith("Date:"))
    lines.insert(first + 2, lines[first])
    article.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(BuildError) as failure:
        check_content(small_archive)
    assert (
        f"{article}:{first + 3}: front matter key 'Date': given twice "
        f"(lines {first + 1} and {first + 3})"
    ) in str(failure.value)


def test_a_duplicate_slug_names_both_files(small_archive: Path, tmp_path: Path) -> None:
    first, second = sorted((small_archive / "articles").glob("*.md"))[:2]
    slug = next(
        line.split(":", 1)[1].strip()
        for line in first.read_text(encoding="utf-8").splitlines()
        if line.startswith("Slug:")
    )
    set_key(second, "Slug", slug)
    with pytest.raises(BuildError) as failure:
        build_small(small_archive, tmp_path)
    message = str(failure.value)
    assert str(first) in message and str(second) in message
    assert "'Slug'" in message
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize(
    "broken, problem",
    [("{% if %}", "syntax"), ("{{ article.title.nothing_here() }}", "runtime")],
)
def test_a_template_error_names_the_template_and_line(
    small_archive: Path, tmp_path: Path, broken: str, problem: str
) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(PROJECT / "theme", theme)
    template = theme / "templates" / "article.html"
    lines = template.read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if "{% block content" in line) + 1
    lines.insert(at, broken)
    template.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(BuildError) as failure:
        build_small(small_archive, tmp_path, THEME=str(theme))
    assert f"article.html:{at + 1}" in str(failure.value), problem


def test_a_full_disk_names_the_file_being_written(
    small_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self, name, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Writer, "write_file", disk_full)
    with pytest.raises(BuildError) as failure:
        build_small(small_archive, tmp_path)
    message = str(failure.value)
    assert "no space left on the device writing" in message
    assert f"{tmp_path / 'output'}.building-{os.getpid()}/" in message
    assert message.count(".html") >= 1
    assert not list(tmp_path.glob("output*"))


def test_a_full_disk_in_the_search_index_names_its_folder(
    small_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, search_plugin
) -> None:
    build_small(small_archive, tmp_path)  # loads the plugin, to patch it
    plugin = search_plugin("index_job")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(plugin, "write_search_index", disk_full)
    with pytest.raises(BuildError) as failure:
        build_small(small_archive, tmp_path)
    assert "No space left on device" in str(failure.value)
    assert f"output.building-{os.getpid()}/search" in str(failure.value)


def test_a_full_disk_names_the_cache_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(OSError) as failure:
        write_atomically(tmp_path / "cache" / "record.json", "{}")
    assert failure.value.errno == errno.ENOSPC
    assert failure.value.filename == str(tmp_path / "cache" / "record.json.tmp")
