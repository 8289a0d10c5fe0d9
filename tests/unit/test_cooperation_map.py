"""Cooperation keys as the site reads them, and the province map's data and classes."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from hoptac_taxonomy.cooperation import Event, read_facts, timeline  # noqa: E402
from hoptac_taxonomy.coverage_map import class_bounds  # noqa: E402

from hoptac.gazetteer import ProvinceGazetteer  # noqa: E402
from hoptac.province_map import (  # noqa: E402
    ARCHIPELAGOS,
    HEIGHT,
    WIDTH,
    load_outlines,
    project,
)


def test_read_facts_splits_the_contract_keys() -> None:
    facts = read_facts(
        {
            "cooperation_kind": "agreement",
            "cooperation_parties": "Hà Nội, Thừa Thiên Huế, Hà Nội",
            "cooperation_leaders": "Đinh Tiến Dũng (Hà Nội), Lê Trường Lưu (Thừa Thiên Huế), Ai Đó",
            "cooperation_fields": "du lịch, y tế",
            "cooperation_period": "2021–2025",
        }
    )
    assert facts.kind_label == "Ký kết, sơ kết thỏa thuận"
    assert facts.parties == ["Hà Nội", "Thừa Thiên Huế"]
    assert facts.leaders == [
        ("Đinh Tiến Dũng", "Hà Nội"),
        ("Lê Trường Lưu", "Thừa Thiên Huế"),
        ("Ai Đó", ""),
    ]
    assert facts.fields == ["du lịch", "y tế"]
    assert facts.period == "2021–2025"


@pytest.mark.parametrize("metadata", [{}, {"cooperation_kind": "  "}])
def test_without_a_kind_an_article_is_not_cooperation(metadata: dict) -> None:
    assert read_facts({**metadata, "cooperation_parties": "Hà Nội, Lâm Đồng"}) is None


def test_timeline_reads_oldest_first_with_undated_events_last() -> None:
    def event(day: str, undated: bool = False) -> Event:
        meta = {"hoptac_undated": "1"} if undated else {}
        article = SimpleNamespace(date=datetime.fromisoformat(day), metadata=meta)
        return Event(article, read_facts({"cooperation_kind": "visit"}))

    events = [event("1900-01-01", True), event("2020-05-01"), event("2016-01-02")]
    assert [e.article.date.year for e in timeline(events)] == [2016, 2020, 1900]


@pytest.mark.parametrize(
    ("top", "bounds"),
    [(1, [1]), (2, [1, 2]), (9, [1, 2, 3, 5]), (100, [1, 3, 10, 32])],
)
def test_class_bounds_grow_geometrically_to_the_top(top: int, bounds: list) -> None:
    assert class_bounds(top) == bounds


def test_outlines_cover_the_63_provinces_inside_the_frame() -> None:
    outlines = load_outlines()
    names = {o.name for o in outlines}
    assert names == {p.name for p in ProvinceGazetteer.load()}
    assert len(outlines) == 63
    for outline in outlines:
        assert re.fullmatch(r"(M[-\d. ]+l[-\d. ]+z)+", outline.d), outline.name
        assert 0 < outline.label_x < WIDTH and 0 < outline.label_y < HEIGHT


def test_outlines_sit_where_the_gazetteer_places_their_provinces() -> None:
    """Each province's own coordinates fall inside (or very near) its outline's box."""
    gazetteer = ProvinceGazetteer.load()
    for outline in load_outlines():
        # Absolute starts, relative steps: rebuild the points of each ring.
        xs, ys = [], []
        for ring in re.findall(r"M([^l]+)l([^z]*)z", outline.d):
            x, y = (float(n) for n in ring[0].split())
            steps = [float(n) for n in ring[1].split()]
            xs.append(x), ys.append(y)
            for dx, dy in zip(steps[::2], steps[1::2], strict=True):
                x, y = x + dx, y + dy
                xs.append(x), ys.append(y)
        assert xs
        province = gazetteer[outline.name]
        px, py = project(province.lon, province.lat)
        margin = 6  # coordinates of a seat on the coast, a simplified border
        assert min(xs) - margin <= px <= max(xs) + margin, outline.name
        assert min(ys) - margin <= py <= max(ys) + margin, outline.name


def test_archipelagos_lie_in_the_frame_east_of_the_mainland() -> None:
    mainland_east = max(project(p.lon, p.lat)[0] for p in ProvinceGazetteer.load())
    for archipelago in ARCHIPELAGOS:
        for lon, lat in archipelago.islands:
            x, y = project(lon, lat)
            assert mainland_east < x < WIDTH and 0 < y < HEIGHT
    assert [a.label for a in ARCHIPELAGOS] == [
        "Quần đảo Hoàng Sa (Đà Nẵng)",
        "Quần đảo Trường Sa (Khánh Hòa)",
    ]
