"""The search plugin's build beside Pelican: results, failures, and no fork."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hoptac.build import BuildError
from hoptac.build.driver import build_site
from hoptac.search.query import SearchIndex

PROJECT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT / "tests" / "fixtures" / "search"


def fixture_content(root: Path) -> Path:
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for path in FIXTURES.glob("*.md"):
        shutil.copy(path, articles / path.name)
    return root / "content"


def build(root: Path, content: Path) -> None:
    overrides = {"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": False}
    build_site(PROJECT / "pelicanconf.py", root / "output", content, overrides)


def test_a_failed_index_fails_the_build_and_keeps_the_last_site(
    search_site: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    search_plugin,
) -> None:
    content = fixture_content(tmp_path)
    shutil.copytree(search_site, tmp_path / "output")
    before = sorted(p.relative_to(tmp_path) for p in (tmp_path / "output").rglob("*"))

    def broken_index(*args: object, **kwargs: object) -> None:
        raise OSError("disk full (simulated)")

    # The child is forked after this, so it inherits the broken writer.
    plugin = search_plugin("index_job")
    monkeypatch.setattr(plugin, "write_index", broken_index)
    with pytest.raises(BuildError, match="disk full"):
        build(tmp_path, content)
    after = sorted(p.relative_to(tmp_path) for p in (tmp_path / "output").rglob("*"))
    assert after == before


def test_without_fork_the_index_is_built_in_process(
    search_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    build(tmp_path, fixture_content(tmp_path))
    ours = SearchIndex(tmp_path / "output" / "search" / "whoosh")
    reference = SearchIndex(search_site / "search" / "whoosh")
    for query in ("ha noi", "Nguyễn Văn Phong", "TPHCM", "xúc tiến thương mại"):
        assert [h.source_id for h in ours.search(query).hits] == [
            h.source_id for h in reference.search(query).hits
        ]
    exported = sorted(p.name for p in (tmp_path / "output" / "search").iterdir())
    assert exported == sorted(p.name for p in (search_site / "search").iterdir())


@pytest.mark.parametrize("stock", ["", "1"], ids=["internals", "stock"])
def test_the_same_articles_give_the_same_index_bytes(
    search_site: Path, tmp_path: Path, stock: str
) -> None:
    """Pelican lists files in hash-seed order; the index must not follow it
    (with Pelican's internals, it is made to read them in path order; without,
    the index build orders them by path)."""
    content = fixture_content(tmp_path)
    code = (
        "import sys; from pathlib import Path; from hoptac.build.driver import build_site; "
        "build_site(Path('pelicanconf.py'), Path(sys.argv[1]), Path(sys.argv[2]), "
        "{'CACHE_PATH': sys.argv[3], 'LOAD_CONTENT_CACHE': False})"
    )
    for seed in ("1", "2"):
        subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / f"out-{seed}"), str(content),
             str(tmp_path / f"cache-{seed}")],
            cwd=PROJECT, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "HOPTAC_STOCK_PATHS": stock},
            capture_output=True,
        )  # fmt: skip
    first, second = tmp_path / "out-1" / "search", tmp_path / "out-2" / "search"
    names = sorted(p.relative_to(first) for p in first.rglob("*.js"))
    assert names == sorted(p.relative_to(second) for p in second.rglob("*.js"))
    assert all((first / n).read_bytes() == (second / n).read_bytes() for n in names)
