"""The content check reads only what changed since the last good build."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

from hoptac.site_build import (
    CHECKED_NAME,
    BuildError,
    _load_checked,
    build_site,
    check_content,
)

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def content(sample_site: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(sample_site.parent / "content", folder)
    return folder


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
    assert _load_checked(cache)  # the good build left its stamps
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


def test_stamps_of_other_checking_code_are_ignored(tmp_path: Path) -> None:
    (tmp_path / CHECKED_NAME).write_text(
        json.dumps({"version": "older code", "files": {"a.md": [1, 2]}}), "utf-8"
    )
    assert _load_checked(tmp_path) == {}
