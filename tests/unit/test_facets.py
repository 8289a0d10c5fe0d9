"""One registry of facets and page kinds (`hoptac.facets`), read by every door.

The CLI's options, the API's parameters, the browser's rules (`rules.js`),
the search index's fields and the taxonomy plugin's pages all come from
`FACETS` and `PAGE_KINDS`: a facet added to the registry appears in each.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import re
import sys
from pathlib import Path

import pytest

from hoptac import facets
from hoptac.facets import FACETS, PAGE_KINDS, Facet, PageKind, page_settings
from hoptac.search import command, server
from hoptac.search.document import SearchDocument
from hoptac.search.index import COUNTED_FIELDS, FACET_FIELDS, build_schema
from hoptac.search.query import Filters
from hoptac.search.shards import browser_rules

PROJECT = Path(__file__).resolve().parents[2]
DISTRICT = Facet("districts", "district", "districts", "Quận, huyện", "Districts")


def _cli_options() -> set[str]:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return {s for action in parser._actions for s in action.option_strings}


def _rules_js() -> dict:
    """The rules as the browser gets them: rendered into a script, read back."""
    from hoptac.search.shards import _script

    text = _script("rules", browser_rules())
    return json.loads(text[text.index(",") + 1 : text.rindex(")")])


def test_a_facet_added_to_the_registry_reaches_cli_api_and_browser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "--district" not in _cli_options()
    monkeypatch.setattr(facets, "FACETS", (*FACETS, DISTRICT))
    assert "--district" in _cli_options()
    assert server.list_params()["district"] == "districts"
    _, filters, _, _ = server.parse_search_params("q=a&district=L%C3%A2m+H%C3%A0")
    assert filters.districts == ["Lâm Hà"]
    rules = _rules_js()
    assert {"field": "districts", "param": "district", "label": "Quận, huyện",
            "places": False} in rules["facets"]  # fmt: skip


def test_a_page_kind_added_to_the_registry_gets_its_url_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kind = PageKind("district", "districts", "quan-huyen", "Quận, huyện")
    monkeypatch.setattr(facets, "PAGE_KINDS", (*PAGE_KINDS, kind))
    settings = page_settings()
    assert settings["DISTRICT_URL"] == "quan-huyen/{slug}.html"
    assert settings["DISTRICTS_SAVE_AS"] == "quan-huyen/index.html"


def test_every_door_lists_the_registry_facets() -> None:
    params = {f.param for f in FACETS}
    assert {f"--{p}" for p in params} <= _cli_options()
    assert set(server.list_params()) == params
    assert [f["param"] for f in browser_rules()["facets"]] == [f.param for f in FACETS]
    # Each filter and each tag facet has its home in the query and the index.
    filter_fields = {f.name for f in dataclasses.fields(Filters)}
    assert {f.filter for f in FACETS} <= filter_fields
    tags = [f.field for f in FACETS if f.tag]
    assert list(FACET_FIELDS[: len(tags)]) == tags
    assert set(tags) <= {f.name for f in dataclasses.fields(SearchDocument)}
    assert set(tags) <= set(build_schema().names())
    assert set(COUNTED_FIELDS) == {*FACET_FIELDS, *(f.field for f in FACETS)}
    assert browser_rules()["facetFields"] == list(COUNTED_FIELDS)


def test_the_server_docstring_names_every_parameter() -> None:
    for facet in FACETS:
        assert f"{facet.param}=" in server.__doc__


def test_the_browser_runtime_takes_its_facets_from_rules_js() -> None:
    # No list of facet names is left in the page or the runtime.
    for name in ("search.js", "search-page.js"):
        script = (PROJECT / "theme" / "static" / "js" / name).read_text("utf-8")
        assert "R.facets" in script or "hoptacSearchRules.facets" in script
        for facet in FACETS:
            assert not re.search(rf'\[\s*"{facet.param}",\s*"{facet.field}"', script)
        assert '["provinces", "leaders", "topics", "year"]' not in script


def test_the_taxonomy_plugin_takes_its_pages_from_the_registry() -> None:
    sys.path.insert(0, str(PROJECT / "plugins"))
    try:
        settings = importlib.import_module("hoptac_taxonomy.settings")
        plugin = importlib.import_module("hoptac_taxonomy.hoptac_taxonomy")
    finally:
        sys.path.remove(str(PROJECT / "plugins"))
    assert page_settings().items() <= settings.DEFAULTS.items()
    index = plugin.SiteIndex()
    base = (PROJECT / "theme" / "templates" / "base.html").read_text("utf-8")
    assert "hoptac.menu" in base  # the menu lists the registry's index pages
    templates = PROJECT / "theme" / "templates"
    for kind in PAGE_KINDS:
        assert isinstance(getattr(index, kind.table), dict), kind
        assert (templates / f"{kind.name}.html").is_file(), kind
        assert (templates / f"{kind.table}.html").is_file(), kind
        # URLWrapper reads `<NAME>_URL` by its class's name.
        wrapper = getattr(plugin, kind.name.title())
        assert issubclass(wrapper, plugin.URLWrapper), kind


def test_cooperation_kinds_are_the_contracts_with_one_home_for_their_names() -> None:
    from hoptac.article import COOPERATION_KINDS as CONTRACT

    names = [kind.name for kind in facets.COOPERATION_KINDS]
    assert names == list(CONTRACT)
    assert list(browser_rules()["cooperationLabels"]) == names
    sys.path.insert(0, str(PROJECT / "plugins"))
    try:
        cooperation = importlib.import_module("hoptac_taxonomy.cooperation")
    finally:
        sys.path.remove(str(PROJECT / "plugins"))
    assert {
        k.name: k.label for k in facets.COOPERATION_KINDS
    } == cooperation.KIND_LABELS
    page = (PROJECT / "theme" / "templates" / "search.html").read_text("utf-8")
    for kind in facets.COOPERATION_KINDS:
        assert f'value="{kind.name}"' not in page  # search-page.js adds them
