"""One ranking, checked everywhere: `search.js` under Node against the Python.

The browser runtime (`theme/static/js/search.js`) runs under Node on the
committed export of tests/fixtures/search (`tests/fixtures/search/built`,
written by `tests/js/make_fixture_index.py`); each query's top 10, scores,
totals and terms must equal `hoptac.search.query`'s on the same articles.
A second test fails when the committed export is stale.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hoptac.facets import FACETS
from hoptac.search.query import Filters, QueryError, SearchIndex

PROJECT = Path(__file__).resolve().parents[2]
RUNNER = PROJECT / "tests" / "js" / "run_search.js"
EXPORT = PROJECT / "tests" / "fixtures" / "search" / "built"
_spec = importlib.util.spec_from_file_location(
    "make_fixture_index", PROJECT / "tests" / "js" / "make_fixture_index.py"
)
fixture_index = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixture_index)

# Every rule: marks or none, tone placement, mixed, names, places, hand and
# learned abbreviations both ways, phrases, partial matches, look-alikes,
# glued words, NFD input, short syllables that are also abbreviations.
QUERIES = [
    "Hà Nội Lâm Đồng",
    "ha noi lam dong",
    "Hà Noi lam Đồng",
    "hoà bình",
    "Hòa Bình",
    "hoa binh",
    "thuỷ lợi",
    "thủy lợi",
    "uỷ ban",
    "Nguyễn Văn Phong",
    "nguyen van phong",
    "Nguyễn Văn Phóng",
    "TPHCM",
    "TP.HCM",
    "tp hcm",
    "Sài Gòn",
    "Hồ Chí Minh",
    "UBKT",
    "ubkt",
    "Ủy ban Kiểm tra",
    "uy ban kiem tra",
    "UBKT Hà Nội",
    "PCCC",
    "pccc Lâm Đồng",
    "phòng cháy chữa cháy",
    "Bộ VH-TT&DL",
    "VHTTDL",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "bo van hoa the thao va du lich",
    '"xúc tiến thương mại"',
    "“xuc tien thuong mai”",
    "xúc tiến thương mại",
    '"Hà Nội" "Lâm Đồng"',
    '"hà nội',
    '"xúc tiến" Đà Nẵng',
    "Đà Nẵng",
    "da nang",
    "Đa Nang",
    "Da\u0300 Na\u0306\u0303ng",
    "Hà",
    "ha",
    "há",
    "an toàn",
    "máy bay",
    "Hòa Bình zzzkhongco",
    "zzzkhongco hà nội",
    "Hòa Bình du lịch",
    "huyệnCần Giờ",
    "ÐBSCL",
    "Thừa Thiên Huế",
    "TT-Huế",
    "thua thien hue",
    "hội nghị xúc tiến",
    "UBND tỉnh",
    "ủy ban nhân dân",
    "ca",
    "cá há miệng",
    "hợp tác địa phương",
    "nông sản",
    "nong san Lam Dong",
]
VARIANTS = [
    ({}, "newest"),
    ({}, "oldest"),
    ({"cooperation": "any"}, "relevance"),
    ({"provinces": ["Hà Nội"]}, "relevance"),
    ({"from": "2020", "to": "2021-06"}, "relevance"),
    ({"year": ["2021"]}, "newest"),
    ({"cooperation": "visit"}, "relevance"),
    ({"topics": ["Thương mại"]}, "oldest"),
]
CASES = [(q, {}, "relevance") for q in QUERIES] + [
    (q, *VARIANTS[i % len(VARIANTS)]) for i, q in enumerate(QUERIES)
]
# Without words, and queries that cannot run: the same answer or message.
CASES += [
    ("", {"cooperation": "any"}, "relevance"),
    ("", {"provinces": ["Lâm Đồng"]}, "oldest"),
    ("", {}, "relevance"),
    ("*", {}, "relevance"),
    ("a" * 400, {}, "relevance"),
    (" ".join(["hà"] * 20), {}, "relevance"),
    ("hà nội", {}, "random"),
    ("hà nội", {"cooperation": "friendship"}, "relevance"),
]
# A province filter may name any spelling the gazetteer knows (rules.js `places`).
CASES += [
    ("", {"provinces": ["TP.HCM"]}, "newest"),
    ("", {"provinces": ["Sai Gon"]}, "relevance"),
    ("hợp tác", {"provinces": ["ha noi"]}, "relevance"),
    ("", {"provinces": ["Thua Thien-Hue", "Hà Nội"]}, "oldest"),
    ("", {"provinces": ["Xứ Nghệ"]}, "relevance"),
]


def python_filters(filters: dict) -> Filters:
    """The browser's filters (keyed by facet field) as the Python's."""
    return Filters(
        **{facet.filter: filters.get(facet.field, []) for facet in FACETS},
        date_from=filters.get("from", ""),
        date_to=filters.get("to", ""),
        cooperation=filters.get("cooperation", ""),
    )


def require_node() -> str:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI"):
            pytest.fail("node is required when CI is set")
        pytest.skip("node is not installed")
    return node


@pytest.fixture(scope="module")
def python_index(tmp_path_factory) -> SearchIndex:
    scratch = tmp_path_factory.mktemp("parity")
    fixture_index.build_fixture_export(scratch / "export", scratch / "whoosh")
    return SearchIndex(scratch / "whoosh")


@pytest.fixture(scope="module")
def node_results(tmp_path_factory) -> list[dict]:
    node = require_node()
    queries = tmp_path_factory.mktemp("queries") / "queries.json"
    queries.write_text(
        json.dumps([{"text": t, "filters": f, "sort": s} for t, f, s in CASES]),
        encoding="utf-8",
    )
    done = subprocess.run(
        [node, str(RUNNER), str(EXPORT), str(queries)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


def test_there_are_at_least_100_queries():
    assert len(CASES) >= 100


@pytest.mark.parametrize(("index", "case"), list(enumerate(CASES)), ids=repr)
def test_browser_ranking_equals_python(python_index, node_results, index, case):
    text, filters, sort = case
    browser = node_results[index]
    try:
        ranking = python_index.rank(text, python_filters(filters), sort)
    except QueryError as error:
        assert "error" in browser, browser
        assert browser["error"] == str(error)
        return
    assert "error" not in browser, browser
    top = [
        (str(python_index._stored[d]["source_id"]), score)
        for d, score in ranking.hits[:10]
    ]
    assert [sid for sid, _ in top] == [sid for sid, _ in browser["hits"]]
    for (_, mine), (_, theirs) in zip(top, browser["hits"], strict=True):
        assert abs(mine - theirs) < 1e-6
    assert browser["total"] == len(ranking.hits)
    assert browser["complete"] == ranking.complete
    assert browser["terms"] == ranking.terms


def test_committed_fixture_export_is_current(tmp_path):
    fresh = fixture_index.build_fixture_export(tmp_path / "export")
    committed = sorted(p.relative_to(EXPORT) for p in EXPORT.rglob("*") if p.is_file())
    rebuilt = sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    assert committed == rebuilt, "run tests/js/make_fixture_index.py"
    stale = [
        str(name)
        for name in rebuilt
        if (EXPORT / name).read_bytes() != (fresh / name).read_bytes()
    ]
    assert not stale, (
        f"stale fixture export {stale}: run tests/js/make_fixture_index.py"
    )
