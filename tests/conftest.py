"""Shared fixtures: paths to the project and, when present, the shared corpus."""

from __future__ import annotations

import contextlib
import functools
import http.server
import importlib
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = PROJECT / "tests" / "fixtures"
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def _fresh_dependency_gate() -> Iterator[None]:
    """Each test decides anew whether the dependencies' internals are used: a
    test that fakes an installed version must not leave its answer cached."""
    from hoptac import compat

    compat.internals_usable.cache_clear()
    yield
    compat.internals_usable.cache_clear()


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
    from hoptac.build.driver import build_site
    from hoptac.cli import main

    root = tmp_path_factory.mktemp("archive")
    assert (
        main(["ingest", str(PROJECT / "samples"), "--content", str(root / "content")])
        == 0
    )
    output = root / "output"
    build_site(PROJECT / "pelicanconf.py", output, root / "content")
    return output


def build_fixture_site(root: Path, folder: Path, incremental: bool = False) -> Path:
    """Build the articles of a fixture folder (its *.md but README.md) under `root`
    (again, as `invoke build` does, with `incremental`)."""
    from hoptac.build.driver import build_site

    content = root / "content" / "articles"
    content.mkdir(parents=True, exist_ok=True)
    for path in folder.glob("*.md"):
        if path.name != "README.md":
            (content / path.name).write_bytes(path.read_bytes())
    overrides = {"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": incremental}
    build_site(PROJECT / "pelicanconf.py", root / "output", root / "content", overrides)
    return root / "output"


def build_fixture_archive(
    fixture: Path, root: Path, overrides: dict | None = None
) -> Path:
    """Copy a fixture archive (content/, sources/) under root, build it; return output/."""
    from hoptac.build.driver import build_site

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
    from hoptac.build.driver import build_site

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


class _SiteWith404(http.server.SimpleHTTPRequestHandler):
    """A static host: the site's 404.html for any missing address."""

    def send_error(self, code, message=None, explain=None):  # noqa: D102
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve_with_404(folder: Path) -> Iterator[str]:
    """Serve folder on 127.0.0.1 as a host would (404.html for missing pages);
    yield its base URL; stop when done."""
    handler = functools.partial(_SiteWith404, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_host():
    """`with site_host(folder) as base_url:` a static host with the site's 404."""
    return serve_with_404


@pytest.fixture(scope="session")
def build_fixture_folder():
    """`build_fixture_folder(root, folder, incremental=False)`: build a folder of
    fixture articles."""
    return build_fixture_site


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


# The ways a dependency's internals are used: `internals` (the tested fast
# paths), `stock` (HOPTAC_STOCK_PATHS=1), `outside` (every library reports a
# release it was not tested with, so each warns once and takes its stock path),
# `outside:<distribution>` (that library alone).
UNTESTED_RELEASE = "999.0"


@contextlib.contextmanager
def _dependency_paths(mode: str) -> Iterator[None]:
    from hoptac import compat

    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(compat.STOCK_PATHS_SETTING, raising=False)
        if mode == "stock":
            patch.setenv(compat.STOCK_PATHS_SETTING, "1")
        elif mode == "outside":
            patch.setattr(compat, "installed_version", lambda _: UNTESTED_RELEASE)
        elif mode.startswith("outside:"):  # that distribution alone
            installed, untested = compat.installed_version, mode.partition(":")[2]
            patch.setattr(
                compat,
                "installed_version",
                lambda name: UNTESTED_RELEASE if name == untested else installed(name),
            )
        elif mode != "internals":
            raise ValueError(mode)
        compat.internals_usable.cache_clear()
        try:
            yield
        finally:
            compat.internals_usable.cache_clear()


@pytest.fixture(scope="session")
def dependency_paths():
    """`with dependency_paths(mode):` the dependencies' internals used as `mode`
    (`internals`, `stock`, `outside` or `outside:<distribution>`) says."""
    return _dependency_paths
