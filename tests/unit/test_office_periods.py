"""A leader's page lists offices over time, one row per run of the same office."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from hoptac_taxonomy.hoptac_taxonomy import office_periods  # noqa: E402


def test_a_run_of_one_office_is_one_row_with_its_first_and_last_day() -> None:
    roles = [  # newest first, as the indexes are built
        ("29/04/2021", "Phó Thủ tướng", ""),
        ("27/04/2021", "Phó Thủ tướng", ""),
        ("23/04/2021", "Phó Thủ tướng", ""),
    ]
    assert office_periods(roles) == [("23/04/2021 – 29/04/2021", "Phó Thủ tướng", "")]


def test_another_office_between_ends_a_run_and_articles_without_one_are_skipped() -> (
    None
):
    roles = [
        ("30/04/2021", "Bộ trưởng Bộ Y tế", ""),
        ("21/04/2021", "", ""),
        ("20/04/2021", "Thứ trưởng Bộ Y tế", ""),
        ("19/04/2021", "Thứ trưởng Bộ Y tế", ""),
        ("11/04/2021", "Bộ trưởng Bộ Y tế", ""),
        ("11/04/2021", "Bộ trưởng Bộ Y tế", ""),
    ]
    assert office_periods(roles) == [
        ("30/04/2021", "Bộ trưởng Bộ Y tế", ""),
        ("19/04/2021 – 20/04/2021", "Thứ trưởng Bộ Y tế", ""),
        ("11/04/2021", "Bộ trưởng Bộ Y tế", ""),
    ]


def test_the_same_office_in_another_province_is_another_row() -> None:
    roles = [
        ("02/01/2020", "Bí thư Tỉnh ủy", "Hà Giang"),
        ("01/01/2020", "Bí thư Tỉnh ủy", "Hà Nam"),
    ]
    assert [r[2] for r in office_periods(roles)] == ["Hà Giang", "Hà Nam"]
