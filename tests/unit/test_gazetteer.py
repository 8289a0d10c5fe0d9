from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import hoptac.gazetteer as gazetteer_module
from hoptac.gazetteer import ProvinceGazetteer


@pytest.fixture(scope="module")
def gazetteer() -> ProvinceGazetteer:
    return ProvinceGazetteer.load()


def test_has_63_legacy_units_and_34_after_the_merger(
    gazetteer: ProvinceGazetteer,
) -> None:
    assert len(gazetteer) == 63
    assert len(gazetteer.names_2025) == 34
    assert sum(len(v) for v in gazetteer.by_region().values()) == 63


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("TP.HCM", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("TT-Huế", "Thừa Thiên Huế"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("thanh hoa", "Thanh Hóa"),
        ("Thành phố Hà Nội", "Hà Nội"),
    ],
)
def test_aliases_reach_the_canonical_name(
    gazetteer: ProvinceGazetteer, alias: str, name: str
) -> None:
    assert gazetteer[alias].name == name


def test_merger_map(gazetteer: ProvinceGazetteer) -> None:
    assert gazetteer["Thừa Thiên Huế"].name_2025 == "Huế"
    assert gazetteer["Bình Dương"].name_2025 == "Hồ Chí Minh"
    merged = {p.name for p in gazetteer.merged_with(gazetteer["Lâm Đồng"])}
    assert merged == {"Bình Thuận", "Đắk Nông"}


def test_merged_district_names_still_lead_to_their_province(
    gazetteer: ProvinceGazetteer,
) -> None:
    lam_dong = gazetteer["Lâm Đồng"]
    keywords = {k for d in lam_dong.districts for k in d.keywords}
    assert {"lamha", "dateh", "dahuoai"} <= keywords


def test_a_cache_folder_keeps_the_provinces_for_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The provinces as read from the package, with the places data's aliases.
    from_json = ProvinceGazetteer(gazetteer_module._read_provinces()).provinces
    monkeypatch.setattr(gazetteer_module, "_loaded", None)  # a new process
    assert ProvinceGazetteer.load(tmp_path).provinces == from_json
    cached = tmp_path / gazetteer_module.CACHE_NAME
    assert cached.is_file()

    def no_json() -> None:
        raise AssertionError("read the package's JSON despite the cache")

    monkeypatch.setattr(gazetteer_module, "_loaded", None)
    with monkeypatch.context() as patch:
        patch.setattr(gazetteer_module, "_read_provinces", no_json)
        loaded = ProvinceGazetteer.load(tmp_path)
    assert loaded.provinces == from_json
    assert loaded["TT-Huế"].name == "Thừa Thiên Huế"

    # Another release of the data, or a damaged file: read from the package.
    for damage in (
        lambda: cached.write_bytes(pickle.dumps(("another version", []))),
        lambda: cached.write_bytes(b"not a pickle"),
    ):
        damage()
        monkeypatch.setattr(gazetteer_module, "_loaded", None)
        assert ProvinceGazetteer.load(tmp_path).provinces == from_json
    monkeypatch.setattr(gazetteer_module, "_loaded", None)
    with monkeypatch.context() as patch:
        patch.setattr(gazetteer_module, "_read_provinces", no_json)
        assert ProvinceGazetteer.load(tmp_path).provinces == from_json  # rewritten
