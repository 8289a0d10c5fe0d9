"""One home for place names: the tagger, the content check and search agree.

Every spelling of a province comes from the gazetteer (the package's data plus
`hoptac/data/places.toml` and an archive's own `places.toml`); these tests
hold the three readers of it to the same answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import hoptac.gazetteer as gazetteer_module
from hoptac.article import Article, render_markdown_file
from hoptac.build import BuildError
from hoptac.build.content_check import check_content
from hoptac.facets import resolve_value
from hoptac.gazetteer import ProvinceGazetteer, lookup_key
from hoptac.search.index import build_index, documents_from_markdown
from hoptac.search.query import Filters, SearchIndex, filter_query
from hoptac.search.shards import browser_rules
from hoptac.tagging import provinces as province_tagger
from hoptac.tagging import tag_article
from hoptac.vietnamese import ABBREVIATIONS, fold_diacritics

SEARCH_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "search"


@pytest.fixture
def fresh_gazetteer(monkeypatch: pytest.MonkeyPatch):
    """Load the gazetteer again after the test changed the places data."""

    def load() -> ProvinceGazetteer:
        monkeypatch.setattr(gazetteer_module, "_loaded", None)
        return ProvinceGazetteer.load()

    yield load
    # The next test sees the package's data again, not this test's archive.
    monkeypatch.undo()
    gazetteer_module._loaded = None


def _write_article(content: Path, name: str, provinces: list[str]) -> None:
    article = Article(
        title=f"Bài {name}", body="Nội dung.", source_id=name, provinces=provinces
    )
    folder = content / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(render_markdown_file(article), "utf-8")


def _content_check_accepts(tmp_path: Path, name: str) -> bool:
    content = tmp_path / "content"
    _write_article(content, "mot", [name])
    try:
        check_content(content)
    except BuildError:
        return False
    return True


def _tagged(alias: str) -> list[str]:
    # `Hồ Chí Minh` needs its `Thành phố` (alone it is the president).
    text = f"Đoàn công tác của Thành phố {alias} đã đến làm việc."
    return tag_article("Hợp tác", text).provinces


def _browser_place(key: str) -> str | None:
    """The province `search.js` resolves a folded key to, from `rules.js`."""
    for name, keys in browser_rules()["places"].items():
        if key == lookup_key(name) or key in keys:
            return name
    return None


def _tagger_forms() -> dict[str, str]:
    """Every form the tagger's pattern matches -> the province it tags."""
    return {
        form: province.name
        for form, province in province_tagger._matchers().by_form.items()
    }


def test_every_form_the_tagger_knows_resolves_alike_in_check_and_search() -> None:
    gazetteer = ProvinceGazetteer.load()
    for form, name in _tagger_forms().items():
        assert gazetteer.get(form).name == name, form  # the content check's lookup
        assert resolve_value("provinces", form) == name, form  # search's filter
        assert _browser_place(lookup_key(form)) == name, form  # the browser's


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Dac Lac", "Đắk Lắk"),
        ("Sai Gon", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("Đắc Nông", "Đắk Nông"),
        ("Huế", "Thừa Thiên Huế"),
        ("Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_a_shipped_alias_is_known_to_tagger_check_and_search(
    alias: str, name: str, tmp_path: Path
) -> None:
    assert name in _tagged(alias)
    assert _content_check_accepts(tmp_path, alias)
    assert resolve_value("provinces", alias) == name


def test_every_spelling_of_the_places_data_is_tagged_as_its_province(
    tmp_path: Path,
) -> None:
    for province in ProvinceGazetteer.load():
        for alias in province.aliases:
            assert province.name in _tagged(alias), alias


def test_place_abbreviations_come_from_the_places_data_and_resolve() -> None:
    gazetteer = ProvinceGazetteer.load()
    assert ABBREVIATIONS["TP.HCM"] == "Thành phố Hồ Chí Minh"
    for form in ("TP.HCM", "TPHCM", "TT-Huế", "BR-VT"):
        assert gazetteer.get(form) is not None, form


def test_one_word_alias_with_marks_counts_only_written_so() -> None:
    assert "Thừa Thiên Huế" in _tagged("Huế")
    assert "Thừa Thiên Huế" not in tag_article("Gặp", "Bà Huệ đã đến thăm.").provinces


def test_an_archive_alias_is_known_to_tagger_check_and_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_gazetteer
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "places.toml").write_text(
        '[[province]]\nname = "Thanh Hóa"\naliases = ["Xứ Thanh"]\n', "utf-8"
    )
    text = "Đoàn công tác của Xứ Thanh đã đến làm việc."
    assert "Thanh Hóa" not in tag_article("Hợp tác", text).provinces
    assert resolve_value("provinces", "Xứ Thanh") == "Xứ Thanh"
    monkeypatch.chdir(archive)
    gazetteer = fresh_gazetteer()
    assert gazetteer["Thanh Hóa"].aliases == ("Xứ Thanh",)
    # The tagger, written with marks or without.
    assert "Thanh Hóa" in tag_article("Hợp tác", text).provinces
    assert "Thanh Hóa" in tag_article("Hop tac", fold_diacritics(text)).provinces
    # The build's content check.
    assert _content_check_accepts(archive, "Xứ Thanh")
    # Search: the API's and CLI's filter, and the browser's table.
    assert resolve_value("provinces", "xu thanh") == "Thanh Hóa"
    assert filter_query(Filters(provinces=["Xứ Thanh"])).text == "Thanh Hóa"
    assert _browser_place("xuthanh") == "Thanh Hóa"


def test_an_archive_entry_naming_no_province_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_gazetteer, caplog
) -> None:
    (tmp_path / "places.toml").write_text(
        '[[province]]\nname = "Xứ Nghệ"\naliases = ["Nghệ Tĩnh"]\n', "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    gazetteer = fresh_gazetteer()
    assert gazetteer.get("Nghệ Tĩnh") is None
    assert "entry 1 left out" in caplog.text
    assert gazetteer.get("Dac Lac").name == "Đắk Lắk"  # the package's stay


def test_a_search_filter_by_alias_finds_the_province(tmp_path: Path) -> None:
    index_dir = tmp_path / "whoosh"
    build_index(
        documents_from_markdown(sorted(SEARCH_FIXTURES.glob("*.md"))), index_dir
    )
    index = SearchIndex(index_dir)
    canonical = index.search("", Filters(provinces=["Hồ Chí Minh"]), per_page=50)
    assert canonical.total >= 1
    for alias in ("TP.HCM", "Sai Gon", "ho chi minh"):
        found = index.search("", Filters(provinces=[alias]), per_page=50)
        assert [h.source_id for h in found.hits] == [
            h.source_id for h in canonical.hits
        ], alias


def test_an_alias_cannot_take_another_province_s_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_gazetteer, caplog
) -> None:
    (tmp_path / "places.toml").write_text(
        '[[province]]\nname = "Hà Nội"\naliases = ["Ha Nam", "Thăng Long"]\n', "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    gazetteer = fresh_gazetteer()
    assert gazetteer.get("Hà Nam").name == "Hà Nam"
    assert _browser_place(lookup_key("Ha Nam")) == "Hà Nam"
    assert "alias 'Ha Nam' of Hà Nội is already Hà Nam's" in caplog.text
    assert "Hà Nội" not in _tagged("Ha Nam")
    assert gazetteer.get("Thăng Long").name == "Hà Nội"  # the other alias stands
    assert "Hà Nội" in _tagged("Thăng Long")
