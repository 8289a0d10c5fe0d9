"""Cooperation coverage through `hoptac ingest`: front matter, `--json`, `--cooperation-only`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoptac.article import parse_front_matter
from hoptac.build import BuildError
from hoptac.build.content_check import check_content
from hoptac.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cooperation"
COVERAGE = {
    "visit_city_party_committee_works_with_province": ("visit", "Hà Nội, Lào Cai"),
    "agreement_signed_for_a_period": ("agreement", "Hải Dương, Phú Yên"),
    "support_city_funds_neighbouring_province": ("support", "Đà Nẵng, Quảng Nam"),
    "linkage_conference_of_city_and_region_provinces": ("linkage", None),
}
INPUTS = sorted(p.stem for p in FIXTURES.glob("*.jsonl"))


def ingest(capsys, *args: str) -> list[dict]:
    main(["ingest", *args, "--json"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def by_fixture(results: list[dict]) -> dict[str, dict]:
    """Results by fixture name; the folder's README is reported ignored, not read."""
    return {
        Path(r["input"].split(":")[0]).stem: r
        for r in results
        if Path(r["input"].split(":")[0]).name != "README.md"
    }


def front_matter(path: str) -> dict[str, str]:
    meta, _ = parse_front_matter(Path(path).read_text(encoding="utf-8"))
    return meta


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return tmp_path


def test_coverage_gets_cooperation_front_matter_and_json(archive, capsys) -> None:
    results = by_fixture(
        ingest(capsys, str(FIXTURES), "--content", str(archive / "content"))
    )
    assert set(results) == set(INPUTS)
    assert {r["status"] for r in results.values()} == {"written"}
    for name, result in results.items():
        meta = front_matter(result["output"])
        if name not in COVERAGE:
            assert result["cooperation"] is None, name
            assert not any(key.startswith("Cooperation_") for key in meta), name
            continue
        kind, parties = COVERAGE[name]
        assert result["cooperation"]["kind"] == kind
        assert meta["Cooperation_Kind"] == kind
        assert meta["Cooperation_Parties"] == ", ".join(
            result["cooperation"]["parties"]
        )
        if parties:
            assert meta["Cooperation_Parties"] == parties
        # The parties are a subset of the article's provinces.
        assert set(result["cooperation"]["parties"]) <= set(
            meta["Provinces"].split(", ")
        )
    agreement = front_matter(results["agreement_signed_for_a_period"]["output"])
    assert agreement["Cooperation_Period"] == "2020–2025"
    assert results["agreement_signed_for_a_period"]["cooperation"]["leaders"] == [
        "Nguyễn Mạnh Hiển (Hải Dương)",
        "Huỳnh Tấn Việt (Phú Yên)",
    ]
    assert check_content(archive / "content").articles == len(INPUTS)


def test_cooperation_only_skips_other_articles_and_keeps_their_sources(
    archive, capsys
) -> None:
    sources = archive / "sources"
    results = by_fixture(
        ingest(
            capsys,
            str(FIXTURES),
            "--content",
            str(archive / "content"),
            "--sources",
            str(sources),
            "--cooperation-only",
        )
    )
    for name, result in results.items():
        if name in COVERAGE:
            assert result["status"] == "written", name
            assert Path(result["output"]).exists()
        else:
            assert result["status"] == "skipped", name
            assert "not cooperation coverage" in result["messages"][-1]
            assert not result["output"]
    written = list((archive / "content").rglob("*.md"))
    assert len(written) == len(COVERAGE)
    assert sorted(p.stem for p in sources.glob("*.jsonl")) == INPUTS


def test_a_hand_edited_cooperation_line_wins_on_reingest(archive, capsys) -> None:
    content = archive / "content"
    first = by_fixture(ingest(capsys, str(FIXTURES), "--content", str(content)))
    edited = Path(first["visit_city_party_committee_works_with_province"]["output"])
    text = edited.read_text(encoding="utf-8")
    assert "Cooperation_Kind: visit" in text
    text = text.replace("Cooperation_Kind: visit", "Cooperation_Kind: agreement")
    edited.write_text(text, encoding="utf-8")
    again = by_fixture(ingest(capsys, str(FIXTURES), "--content", str(content)))
    kept = again["visit_city_party_committee_works_with_province"]
    assert kept["status"] == "skipped"
    assert "edited by hand" in kept["messages"][-1]
    assert edited.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Cooperation_Kind: friendship", "Cooperation_Kind"),
        ("Cooperation_Parties: Hà Nội, Gotham", "Cooperation_Parties"),
    ],
)
def test_content_check_rejects_unknown_kinds_and_parties(
    archive, capsys, line: str, key: str
) -> None:
    content = archive / "content"
    results = by_fixture(ingest(capsys, str(FIXTURES), "--content", str(content)))
    path = Path(results["agreement_signed_for_a_period"]["output"])
    text = path.read_text(encoding="utf-8")
    prefix = line.split(":")[0]
    old = next(row for row in text.splitlines() if row.startswith(prefix + ":"))
    path.write_text(text.replace(old, line), encoding="utf-8")
    with pytest.raises(BuildError) as error:
        check_content(content)
    assert key in str(error.value) and path.name in str(error.value)
