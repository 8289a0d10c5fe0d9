"""Shared fixtures: paths to the project and, when present, the shared corpus."""

from __future__ import annotations

import importlib
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


def build_fixture_site(root: Path, folder: Path) -> Path:
    """Build the articles of a fixture folder (its *.md but README.md) under `root`."""
    from hoptac.site_build import build_site

    content = root / "content" / "articles"
    content.mkdir(parents=True)
    for path in folder.glob("*.md"):
        if path.name != "README.md":
            (content / path.name).write_bytes(path.read_bytes())
    overrides = {"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": False}
    build_site(PROJECT / "pelicanconf.py", root / "output", root / "content", overrides)
    return root / "output"


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """Build the search fixtures (tests/fixtures/search) once; return the output folder."""
    return build_fixture_site(
        tmp_path_factory.mktemp("search-site"), FIXTURES / "search"
    )


@pytest.fixture(scope="session")
def cooperation_site(tmp_path_factory) -> Path:
    """Build the cooperation fixtures (tests/fixtures/cooperation_site) once."""
    return build_fixture_site(
        tmp_path_factory.mktemp("cooperation-site"), FIXTURES / "cooperation_site"
    )
