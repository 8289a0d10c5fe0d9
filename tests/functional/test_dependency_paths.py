"""The site is the same with the dependencies' internals and without them.

`hoptac.compat` takes each library's stock path (Whoosh's writer, a plain
Markdown, Pelican's reader and writer, the index ordered by path) when the
installed release was not tested or HOPTAC_STOCK_PATHS is set. The search
fixtures are built all three ways: the pages and the browser export must be
the same bytes and the Whoosh index must answer the same.
"""

from __future__ import annotations

import filecmp
import logging
import multiprocessing
import os
from pathlib import Path

import pytest

from hoptac import compat
from hoptac.search.query import SearchIndex

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "search"
# `outside:markdown`: Pelican's internals (the reused reader) with a plain
# Markdown; with Pelican outside too, Pelican's reader makes its own.
MODES = ("internals", "stock", "outside", "outside:markdown")
QUERIES = (
    "ha noi",
    "Hà Nội",
    "Nguyễn Văn Phong",
    "TPHCM",
    "xúc tiến thương mại",
    "hợp tác",
    "du lịch",
)


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def builds(tmp_path_factory, dependency_paths, build_fixture_folder):
    """Each mode's output folder, and the gate's warnings during its build.

    The `outside` builds run without fork, so the index (and Whoosh's
    warning) is made in this process, where the warnings are counted.
    """
    outputs, warnings = {}, {}
    for mode in MODES:
        handler = _Warnings()
        gate_logger = logging.getLogger(compat.__name__)
        gate_logger.addHandler(handler)
        try:
            with pytest.MonkeyPatch.context() as patch, dependency_paths(mode):
                if mode.startswith("outside"):
                    patch.setattr(
                        multiprocessing, "get_all_start_methods", lambda: ["spawn"]
                    )
                root = tmp_path_factory.mktemp(mode.replace(":", "-"))
                outputs[mode] = build_fixture_folder(root, FIXTURES)
        finally:
            gate_logger.removeHandler(handler)
        warnings[mode] = handler.messages
    return outputs, warnings


def _differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, but Whoosh's own files
    (their names carry a random segment id; compared by searching)."""
    out, stack = [], [(filecmp.dircmp(left, right), "")]
    while stack:
        node, prefix = stack.pop()
        out += [prefix + n for n in node.left_only + node.right_only + node.diff_files]
        for name, sub in node.subdirs.items():
            if prefix + name != "search/whoosh":
                stack.append((sub, prefix + name + "/"))
    return sorted(out)


@pytest.mark.parametrize("mode", MODES[1:])
def test_the_same_pages_and_browser_export(builds, mode):
    outputs, _ = builds
    assert _differences(outputs["internals"], outputs[mode]) == []


@pytest.mark.parametrize("mode", MODES[1:])
def test_the_same_search_results(builds, mode):
    outputs, _ = builds
    ours = SearchIndex(outputs["internals"] / "search" / "whoosh")
    theirs = SearchIndex(outputs[mode] / "search" / "whoosh")
    hits = 0
    for query in QUERIES:
        expected = [(h.source_id, h.score) for h in ours.search(query).hits]
        assert [(h.source_id, h.score) for h in theirs.search(query).hits] == (
            expected
        ), query
        hits += len(expected)
    assert hits > len(QUERIES)  # the queries find articles


def test_one_warning_per_library_outside_the_tested_releases(builds):
    _, warnings = builds
    assert warnings["internals"] == [] and warnings["stock"] == []

    def named(mode: str) -> list[str]:
        return sorted(m.partition(" ")[0] for m in warnings[mode])

    # Pelican's own reader uses no Markdown internals: Markdown is not asked.
    assert named("outside") == ["pelican", "whoosh-reloaded"]
    assert named("outside:markdown") == ["markdown"]
    assert all("999.0 is not a release hoptac was tested with" in m
               for m in warnings["outside"])  # fmt: skip


def _whoosh_files(output: Path) -> list[tuple[str, int]]:
    """Whoosh's files by kind (less the segment id) and size."""
    folder = output / "search" / "whoosh"
    return sorted((p.suffix, p.stat().st_size) for p in folder.iterdir())


def test_without_internals_whoosh_writes_its_own_segment(builds):
    """Whoosh's writer never inlines short posting lists: other bytes."""
    outputs, _ = builds
    assert _whoosh_files(outputs["internals"]) != _whoosh_files(outputs["stock"])
    assert _whoosh_files(outputs["stock"]) == _whoosh_files(outputs["outside"])


@pytest.mark.parametrize("mode", ["internals", "stock"])
def test_incremental_pages_only_with_pelicans_internals(
    tmp_path, dependency_paths, build_fixture_folder, mode
):
    """Without `Writer._written_files`, Pelican's writer renders every page."""
    with dependency_paths(mode):
        output = build_fixture_folder(tmp_path, FIXTURES, incremental=True)
        # Held by a link (their inodes stay taken): a kept page is that file.
        held = tmp_path / "held"
        held.mkdir()
        first = {}
        for number, page in enumerate(output.rglob("*.html")):
            first[page.relative_to(output)] = held / f"{number}.html"
            os.link(page, first[page.relative_to(output)])
        build_fixture_folder(tmp_path, FIXTURES, incremental=True)
    kept = [page for page, link in first.items() if (output / page).samefile(link)]
    assert len(first) > 10
    assert len(kept) == (len(first) if mode == "internals" else 0)
