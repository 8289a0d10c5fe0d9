"""Fixtures of the functional tests: small archives taken from the samples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def small_archive(sample_site: Path, tmp_path: Path) -> Path:
    """Eight articles of the sample archive (a build of them takes seconds);
    return its content folder."""
    folder = tmp_path / "content" / "articles"
    folder.mkdir(parents=True)
    for path in sorted((sample_site.parent / "content").rglob("*.md"))[:8]:
        shutil.copy2(path, folder / path.name)
    return folder.parent
