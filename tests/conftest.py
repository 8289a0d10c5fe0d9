"""Shared fixtures: paths to the project and, when present, the shared corpus."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = PROJECT / "tests" / "fixtures"
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"


@pytest.fixture
def project_root() -> Path:
    return PROJECT


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def search_plugin():
    """Return a function giving a module of the hoptac_search plugin package as
    Pelican loaded it (after a build): `loaded("index_job")`. Patch it before
    the next build: the index build's forked child inherits the module."""

    def loaded(name: str):
        package = next(
            module
            for key, module in sys.modules.items()
            if key.endswith("hoptac_search") and hasattr(module, "__path__")
        )
        return importlib.import_module(f"{package.__name__}.{name}")

    return loaded


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """Ingest samples/ into a scratch archive and build it once; return the output folder."""
    from hoptac.cli import main
    from hoptac.site_build import build_site

    root = tmp_path_factory.mktemp("archive")
    assert (
        main(["ingest", str(PROJECT / "samples"), "--content", str(root / "content")])
        == 0
    )
    output = root / "output"
    build_site(PROJECT / "pelicanconf.py", output, root / "content")
    return output


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """Build the search fixtures (tests/fixtures/search) once; return the output folder."""
    from hoptac.site_build import build_site

    root = tmp_path_factory.mktemp("search-site")
    content = root / "content" / "articles"
    content.mkdir(parents=True)
    for path in (FIXTURES / "search").glob("*.md"):
        (content / path.name).write_bytes(path.read_bytes())
    overrides = {"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": False}
    build_site(PROJECT / "pelicanconf.py", root / "output", root / "content", overrides)
    return root / "output"


def build_fixture_archive(
    fixture: Path, root: Path, overrides: dict | None = None
) -> Path:
    """Copy a fixture archive (content/, sources/) under root, build it; return output/."""
    from hoptac.site_build import build_site

    shutil.copytree(fixture, root, dirs_exist_ok=True)
    settings = {"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": False}
    settings.update(overrides or {})
    build_site(PROJECT / "pelicanconf.py", root / "output", root / "content", settings)
    return root / "output"


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """tests/fixtures/hostile built as published by default (raw HTML escaped)."""
    root = tmp_path_factory.mktemp("hostile")
    return build_fixture_archive(FIXTURES / "hostile", root)


@pytest.fixture(scope="session")
def hostile_site_trusted(tmp_path_factory) -> Path:
    """tests/fixtures/hostile built with HOPTAC_TRUSTED_HTML (raw HTML sanitised)."""
    root = tmp_path_factory.mktemp("hostile-trusted")
    overrides = {"HOPTAC_TRUSTED_HTML": True}
    return build_fixture_archive(FIXTURES / "hostile", root, overrides)


# Where the published test builds live: a sub-path, so links that forget it show.
PUBLISHED_SITEURL = "https://hoptac.example/kho-luu-tru"


@pytest.fixture(scope="session")
def published_sample_site(sample_site: Path, tmp_path_factory) -> Path:
    """The sample archive built as `invoke publish` does (absolute SITEURL)."""
    from hoptac.site_build import build_site

    root = tmp_path_factory.mktemp("published")
    overrides = {
        "SITEURL": PUBLISHED_SITEURL,
        "RELATIVE_URLS": False,
        "CACHE_PATH": str(root / "cache"),
        "LOAD_CONTENT_CACHE": False,
    }
    content = sample_site.parent / "content"
    build_site(PROJECT / "publishconf.py", root / "output", content, overrides)
    return root / "output"


@pytest.fixture(scope="session")
def build_archive():
    """`build_archive(fixture_folder, root, overrides)`: build a fixture archive."""
    return build_fixture_archive
