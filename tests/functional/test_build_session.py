"""The build session: the one object the build shares with its plugins."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from hoptac.build.session import SESSION_SETTING, BuildSession

PROJECT = Path(__file__).resolve().parents[2]
COOPERATION_SITE = PROJECT / "tests" / "fixtures" / "cooperation_site"


def test_a_session_is_made_once_from_settings_and_kept_there(tmp_path: Path) -> None:
    settings = {
        "OUTPUT_PATH": str(tmp_path / "out"),
        "CACHE_PATH": str(tmp_path / "cache"),
        "CACHE_CONTENT": True,
        "THEME": str(PROJECT / "theme"),
        "PATH": str(tmp_path / "content"),
    }
    session = BuildSession.of(settings)
    assert settings[SESSION_SETTING] is session
    assert BuildSession.of(settings) is session
    assert session.output == tmp_path / "out"
    assert session.previous is None  # not started by the build: a full build
    assert session.caching and len(session.inputs) == 40


def test_failure_receivers_are_told_once_latest_first(tmp_path: Path) -> None:
    session = BuildSession(tmp_path / "out", tmp_path / "cache", "digest")
    heard: list[str] = []
    session.on_failure(lambda: heard.append("first"))
    session.on_failure(lambda: heard.append("second"))
    session.failed()
    session.failed()
    assert heard == ["second", "first"]


def test_a_session_pickled_with_the_settings_stays_behind(tmp_path: Path) -> None:
    # Pelican's generator cache pickles a content with its settings.
    session = BuildSession(tmp_path / "out", tmp_path / "cache", "digest")
    session.search = object()  # what a running build holds does not pickle
    settings = {SESSION_SETTING: session, "SITENAME": "x"}
    assert pickle.loads(pickle.dumps(settings)) == {
        SESSION_SETTING: None,
        "SITENAME": "x",
    }


def test_pelican_run_without_the_build_gets_a_session(tmp_path: Path) -> None:
    # `invoke regenerate` runs Pelican itself, twice in one process when a
    # file changes: the plugins make their session from the settings.
    from pelican import Pelican
    from pelican.settings import read_settings

    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    for path in COOPERATION_SITE.glob("*.md"):
        if path.name != "README.md":
            shutil.copy(path, articles / path.name)
    output = tmp_path / "output"
    for _ in range(2):
        settings = read_settings(
            str(PROJECT / "pelicanconf.py"),
            override={
                "PATH": str(tmp_path / "content"),
                "OUTPUT_PATH": str(output),
                "CACHE_PATH": str(tmp_path / "cache"),
            },
        )
        Pelican(settings).run()
        session = settings[SESSION_SETTING]
        assert session.output == output
        assert session.pages is None and session.search is None  # finished
    assert (output / "bai-viet" / "agreement-ha-noi-hue-2021.html").is_file()
    assert (output / "search" / "whoosh").is_dir()
