"""Each article's preserved sources are linked into the site; a missing one is named."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from hoptac_taxonomy.hoptac_taxonomy import TaxonomyGenerator  # noqa: E402


def _article(name: str, source_file: str, url: str) -> SimpleNamespace:
    return SimpleNamespace(
        source_path=name,
        metadata={"source_file": source_file},
        hoptac=SimpleNamespace(sources=[(url, "", "")]),
    )


def test_sources_are_linked_and_a_missing_one_is_named(tmp_path, caplog):
    archive = tmp_path / "archive"
    (archive / "sources").mkdir(parents=True)
    (archive / "sources" / "a.txt").write_text("nguồn A", encoding="utf-8")
    articles = [
        _article("a.md", "sources/a.txt", "nguon/a.txt"),
        _article("b.md", "sources/a.txt", "nguon/a.txt"),  # the same source twice
        _article("c.md", "sources/missing.txt", "nguon/missing.txt"),
    ]
    generator = SimpleNamespace(
        settings={"PATH": str(archive / "content")}, context={"articles": articles}
    )
    output = tmp_path / "site"
    with caplog.at_level(logging.WARNING):
        TaxonomyGenerator._copy_sources(generator, output)
    linked = output / "nguon" / "a.txt"
    assert linked.read_text(encoding="utf-8") == "nguồn A"
    assert linked.stat().st_ino == (archive / "sources" / "a.txt").stat().st_ino
    assert not (output / "nguon" / "missing.txt").exists()
    warnings = [r.getMessage() for r in caplog.records]
    assert warnings == ["hoptac_taxonomy: c.md: source sources/missing.txt not found"]
