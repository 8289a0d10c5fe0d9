"""Which spellings the archive takes for one person (hoptac.tagging.leader_names)."""

from __future__ import annotations

from hoptac.tagging.leader_names import resolve_leaders


def test_an_initial_joins_the_full_name_in_the_same_office() -> None:
    resolution = resolve_leaders(
        [
            ("V.Putin", "Tổng thống Nga"),
            ("Vladimir Putin", "Tổng thống Nga"),
            ("D. Trump", "Tổng thống Mỹ"),
            ("Donald Trump", "Tổng thống"),
        ]
    )
    assert resolution.canonical["V.Putin"] == "Vladimir Putin"
    assert resolution.canonical["D. Trump"] == "Donald Trump"


def test_an_initial_stays_apart_when_the_office_differs_or_two_names_fit() -> None:
    resolution = resolve_leaders(
        [
            ("A.Merkel", "Thủ tướng Đức"),
            ("Angela Merkel", "Đại sứ"),
            ("J.Kim", "Đại sứ"),
            ("John Kim", "Đại sứ"),
            ("Jane Kim", "Đại sứ"),
        ]
    )
    assert resolution.canonical["A.Merkel"] == "A.Merkel"
    assert resolution.canonical["J.Kim"] == "J.Kim"
