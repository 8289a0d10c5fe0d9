"""The gate on a dependency's internals: tested releases, the setting, one warning."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from hoptac import compat
from hoptac.compat import markdown as markdown_compat
from hoptac.compat import pelican as pelican_compat
from hoptac.compat import whoosh as whoosh_compat

PROJECT = Path(__file__).resolve().parents[2]
MODULES = (whoosh_compat, markdown_compat, pelican_compat)


@pytest.fixture(autouse=True)
def fresh_gate(monkeypatch):
    monkeypatch.delenv(compat.STOCK_PATHS_SETTING, raising=False)
    compat.internals_usable.cache_clear()
    yield
    compat.internals_usable.cache_clear()


@pytest.fixture
def installed(monkeypatch):
    """`installed(version)`: the release every distribution reports."""

    def report(version: str) -> None:
        monkeypatch.setattr(compat, "installed_version", lambda _: version)

    return report


def warnings_of(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == compat.__name__ and r.levelno == logging.WARNING
    ]


@pytest.mark.parametrize(
    ("text", "release"),
    [
        ("3.11.3", (3, 11, 3)),
        ("4.12.0", (4, 12)),  # the same release as 4.12
        ("4.0.1", (4, 0, 1)),
        ("2.7.5rc1", (2, 7, 5)),
        ("3.11.3.post2", (3, 11, 3)),
        ("1.1.dev0", (1, 1)),
        ("10", (10,)),
        ("", ()),
    ],
)
def test_release_numbers(text, release):
    assert compat._release(text) == release


@pytest.mark.parametrize(
    ("version", "usable"),
    [
        ("3.6", False),  # below the lowest
        ("3.6.9", False),
        ("3.7.0", True),  # the lowest itself
        ("3.7", True),  # the same release as 3.7.0
        ("3.9.2", True),
        ("3.11.3", True),  # the highest itself
        ("3.11.3.post1", True),  # a re-release of the highest
        ("3.11.4", False),  # above the highest
        ("3.11.10", False),  # compared as numbers, not text
        ("3.12", False),
        ("4.0", False),
    ],
)
def test_range_edges(installed, caplog, version, usable):
    installed(version)
    assert compat.internals_usable("lib", "3.7.0", "3.11.3") is usable
    assert len(warnings_of(caplog)) == (0 if usable else 1)


def test_one_warning_per_library(installed, caplog):
    installed("9.9")
    for _ in range(3):
        assert not compat.internals_usable("one", "1.0", "1.2")
        assert not compat.internals_usable("two", "1.0", "1.2")
    messages = warnings_of(caplog)
    assert len(messages) == 2
    assert "one 9.9" in messages[0] and "1.0 to 1.2" in messages[0]
    assert "two 9.9" in messages[1]


def test_a_missing_distribution_is_not_tested(caplog):
    assert not compat.internals_usable("no-such-distribution-hoptac", "1.0", "2.0")
    assert "(not found)" in warnings_of(caplog)[0]


@pytest.mark.parametrize(
    ("value", "forced"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_the_setting_forces_stock_paths_without_warning(
    monkeypatch, installed, caplog, value, forced
):
    installed("1.1")
    monkeypatch.setenv(compat.STOCK_PATHS_SETTING, value)
    assert compat.internals_usable("lib", "1.0", "1.2") is not forced
    assert warnings_of(caplog) == []


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.DISTRIBUTION)
def test_the_suite_runs_on_a_tested_release(module):
    """Fails on a release the modules were not tested with: if the rest of
    the suite passed on it, widen TESTED and pyproject.toml (docs/ARCHITECTURE.md)."""
    lowest, highest = module.TESTED
    version = compat.installed_version(module.DISTRIBUTION)
    assert (
        compat._release(lowest) <= compat._release(version) <= compat._release(highest)
    ), f"{module.DISTRIBUTION} {version} is outside {module.TESTED}"
    assert module.internals_usable()


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.DISTRIBUTION)
def test_pyproject_pins_the_highest_tested_release(module):
    with (PROJECT / "pyproject.toml").open("rb") as file:
        requirements = map(Requirement, tomllib.load(file)["project"]["dependencies"])
    wanted = next(r for r in requirements if r.name.lower() == module.DISTRIBUTION)
    tops = [s.version for s in wanted.specifier if s.operator in ("<=", "==")]
    assert tops == [module.TESTED[1]]


def test_html_as_read_names_the_module_when_pelican_moved_it():
    class Moved:
        pass

    class Read:
        _content = "<p>Hợp tác</p>"

    assert pelican_compat.html_as_read(Read()) == "<p>Hợp tác</p>"
    with pytest.raises(RuntimeError, match="hoptac.compat.pelican"):
        pelican_compat.html_as_read(Moved())
