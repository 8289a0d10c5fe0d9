"""An article's id is unique in the archive; nothing archived is replaced by a stranger.

Regression tests for issue 12 (points 1-3): a different article under an id
already used, titles without letters, source file names that front matter and
links cannot carry.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from hoptac.article import Article, parse_front_matter
from hoptac.cli import main

PROJECT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT / "tests" / "fixtures" / "ingest"
SEEDS = PROJECT / "samples" / "seeds"


def ingest_json(capsys, *args: str) -> tuple[int, list[dict]]:
    status = main(["ingest", *args, "--json"])
    lines = capsys.readouterr().out.splitlines()
    return status, [json.loads(line) for line in lines]


def read_article(path: str | Path) -> Article:
    meta, body = parse_front_matter(Path(path).read_text(encoding="utf-8"))
    return Article.from_metadata(meta, body, str(path))


def scraped_page(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    (tmp_path / "inbox").mkdir()
    return tmp_path


def ingest(capsys, archive: Path, *inputs: Path | str, extra=()) -> list[dict]:
    _, results = ingest_json(
        capsys,
        *map(str, inputs),
        "--content",
        str(archive / "content"),
        "--date",
        "2019",
        *extra,
    )
    return results


def test_same_stem_in_two_folders_is_two_articles(archive, capsys) -> None:
    inbox = archive / "inbox"
    (inbox / "a").mkdir()
    (inbox / "b").mkdir()
    (inbox / "a" / "bai.txt").write_text(
        scraped_page("Hà Nội và Lâm Đồng hợp tác", "Hai bên ký kết chương trình."),
        encoding="utf-8",
    )
    (inbox / "b" / "bai.txt").write_text(
        scraped_page("Huế và Đà Nẵng liên kết du lịch", "Hai thành phố ký kết."),
        encoding="utf-8",
    )
    first, second = ingest(capsys, archive, inbox)
    assert first["status"] == second["status"] == "written"
    assert first["output"] != second["output"]
    assert first["source_id"] == "bai"
    assert second["source_id"] == "bai-2"
    assert (
        f"id bai already used by {first['output']}; archived as bai-2"
        in (second["messages"])
    )
    assert read_article(first["output"]).title == "Hà Nội và Lâm Đồng hợp tác"
    renamed = read_article(second["output"])
    assert renamed.title == "Huế và Đà Nẵng liên kết du lịch"
    assert renamed.source_id == "bai-2"
    assert renamed.extra["Original_Source_ID"] == "bai"
    assert len(list((archive / "content").rglob("*.md"))) == 2
    # The same inputs again find their own articles: nothing new, nothing replaced.
    again = ingest(capsys, archive, inbox)
    assert [r["status"] for r in again] == ["unchanged", "unchanged"]
    assert [r["output"] for r in again] == [first["output"], second["output"]]


def test_two_exports_numbering_from_one_keep_every_record(archive, capsys) -> None:
    inbox = archive / "inbox"
    (inbox / "thang1.jsonl").write_text(
        jsonl(
            {"id": 1, "title": "Hà Nội hợp tác với Lâm Đồng", "body": "Bài một."},
            {"id": 2, "title": "Cần Thơ và An Giang", "body": "Bài hai."},
        ),
        encoding="utf-8",
    )
    (inbox / "thang2.jsonl").write_text(
        jsonl(
            {"id": 1, "title": "Huế liên kết với Quảng Nam", "body": "Bài ba."},
            {"id": 2, "title": "Cần Thơ và An Giang", "body": "Bài hai."},
        ),
        encoding="utf-8",
    )
    results = ingest(capsys, archive, inbox)
    assert [r["source_id"] for r in results] == ["1", "2", "1-2", "2"]
    assert results[2]["output"] not in (results[0]["output"], results[1]["output"])
    assert any("archived as 1-2" in m for m in results[2]["messages"])
    # The same words under the same id from another export are the same article.
    assert results[3]["output"] == results[1]["output"]
    titles = sorted(read_article(p).title for p in (archive / "content").rglob("*.md"))
    assert titles == [
        "Cần Thơ và An Giang",
        "Huế liên kết với Quảng Nam",
        "Hà Nội hợp tác với Lâm Đồng",
    ]
    again = ingest(capsys, archive, inbox)
    assert {r["status"] for r in again} == {"unchanged"}
    assert [r["output"] for r in again] == [r["output"] for r in results]


def test_one_id_twice_in_one_file(archive, capsys) -> None:
    export = archive / "inbox" / "export.jsonl"
    export.write_text(
        jsonl(
            {"id": "x", "title": "Hà Nội hợp tác với Lâm Đồng", "body": "Bài một."},
            {"id": "x", "title": "Huế liên kết với Quảng Nam", "body": "Bài hai."},
        ),
        encoding="utf-8",
    )
    first, second = ingest(capsys, archive, export)
    assert first["output"] != second["output"]
    assert second["source_id"] == "x-2"
    assert any("used again in this file" in m for m in second["messages"])
    assert read_article(first["output"]).title == "Hà Nội hợp tác với Lâm Đồng"
    again = ingest(capsys, archive, export)
    assert [r["status"] for r in again] == ["unchanged", "unchanged"]


def test_a_reader_that_changes_the_words_updates_the_same_article(
    archive, capsys
) -> None:
    """The same source bytes under the same id are the same article, words aside."""
    source = archive / "inbox" / "bai.txt"
    source.write_text(
        scraped_page("Hà Nội và Lâm Đồng hợp tác", "Hai bên ký kết."), encoding="utf-8"
    )
    (first,) = ingest(capsys, archive, source)
    path = Path(first["output"])
    # A hand edit of the title changes the words; the source is still this one.
    text = path.read_text(encoding="utf-8").replace("Title: Hà Nội", "Title: HN", 1)
    path.write_text(text, encoding="utf-8")
    (again,) = ingest(capsys, archive, source)
    assert again["status"] == "skipped"
    assert again["output"] == first["output"]
    assert len(list((archive / "content").rglob("*.md"))) == 1


def test_force_keeps_the_hand_edit_beside_the_article(archive, capsys) -> None:
    source = archive / "inbox" / "bai.txt"
    source.write_text(
        scraped_page("Hà Nội và Lâm Đồng hợp tác", "Hai bên ký kết."), encoding="utf-8"
    )
    (first,) = ingest(capsys, archive, source)
    path = Path(first["output"])
    edited = path.read_text(encoding="utf-8").replace(
        "Hai bên ký kết.", "Hai bên ký kết (sửa tay)."
    )
    path.write_text(edited, encoding="utf-8")
    (skipped,) = ingest(capsys, archive, source)
    assert skipped["status"] == "skipped"
    advice = skipped["messages"][-1]
    assert "--force" in advice and f"{path.name}.orig" in advice
    (forced,) = ingest(capsys, archive, source, extra=["--force"])
    assert forced["status"] == "written"
    kept = path.with_name(path.name + ".orig")
    assert kept.read_text(encoding="utf-8") == edited
    assert any(str(kept) in m for m in forced["messages"])
    assert "sửa tay" not in path.read_text(encoding="utf-8")
    # A second forced replacement of a new edit keeps both edits.
    path.write_text(edited.replace("sửa tay", "sửa lần hai"), encoding="utf-8")
    ingest(capsys, archive, source, extra=["--force"])
    kept_again = path.with_name(path.name + ".2.orig")
    assert "sửa lần hai" in kept_again.read_text(encoding="utf-8")
    assert kept.read_text(encoding="utf-8") == edited
    # The kept copy is never read as an article: not by ingest, not by Pelican.
    assert [p.name for p in (archive / "content").rglob("*.md")] == [path.name]
    from pelican.readers import Readers
    from pelican.settings import DEFAULT_CONFIG

    extensions = Readers(dict(DEFAULT_CONFIG)).extensions
    assert "md" in extensions and "orig" not in extensions


@pytest.mark.parametrize(
    "records",
    [
        [{"id": "a1", "title": "!!!"}, {"id": "a2", "title": "???"}],
        [{"id": "!!!", "title": "!!!"}, {"id": "???", "title": "???"}],
        [{"id": "…", "title": "…"}, {"id": "-", "title": "—"}],
    ],
)
def test_titles_without_letters_get_a_slug_of_their_own(
    archive, capsys, records
) -> None:
    export = archive / "inbox" / "export.jsonl"
    bodies = ["Hà Nội và Lâm Đồng hợp tác.", "Huế và Đà Nẵng liên kết."]
    export.write_text(
        jsonl(*({**r, "body": b} for r, b in zip(records, bodies, strict=True))),
        encoding="utf-8",
    )
    results = ingest(capsys, archive, export)
    assert [r["status"] for r in results] == ["written", "written"]
    outputs = [Path(r["output"]) for r in results]
    assert len(set(outputs)) == 2
    for output in outputs:
        assert output.stem and not output.name.startswith(".")
        assert output.exists()
    again = ingest(capsys, archive, export)
    assert [r["status"] for r in again] == ["unchanged", "unchanged"]


ODD_NAMES = [
    "bài viết, Hà Nội.txt",
    "bài  viết.txt",
    "bài\tviết.txt",
    "bài\nviết.txt",
    " bài #1?.txt",
    ".ẩn.txt",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_source_names_survive_front_matter_and_links(archive, capsys, name) -> None:
    source = archive / "inbox" / name
    source.write_text(
        scraped_page("Hà Nội và Lâm Đồng hợp tác", "Hai bên ký kết."), encoding="utf-8"
    )
    (result,) = ingest(capsys, archive, source)
    assert result["status"] == "written"
    article = read_article(result["output"])
    (preserved,) = article.source_files
    assert (archive / preserved).read_bytes() == source.read_bytes()
    assert len(article.source_sha256) == 1
    for forbidden in (",", "\t", "\n", "  ", "#", "?"):
        assert forbidden not in preserved
    assert not Path(preserved).name.startswith((".", " "))
    # The page links the preserved copy, and the site build copies it there.
    sys.path.insert(0, str(PROJECT / "plugins"))
    from hoptac_taxonomy.hoptac_taxonomy import TaxonomyGenerator, source_links

    meta, _ = parse_front_matter(Path(result["output"]).read_text(encoding="utf-8"))
    page = SimpleNamespace(
        source_path=result["output"],
        metadata={key.lower(): value for key, value in meta.items()},
    )
    settings = {"HOPTAC_SOURCES_DIR": "nguon", "PATH": str(archive / "content")}
    page.hoptac = SimpleNamespace(sources=source_links(page, settings))
    (link,) = page.hoptac.sources
    generator = SimpleNamespace(settings=settings, context={"articles": [page]})
    TaxonomyGenerator._copy_sources(generator, archive / "output")
    assert (archive / "output" / link[0]).read_bytes() == source.read_bytes()
    # Ingest again: the same article, the same single source entry.
    (again,) = ingest(capsys, archive, source)
    assert again["status"] == "unchanged"
    assert read_article(again["output"]).source_files == [preserved]


def test_a_different_file_under_a_taken_source_name_is_kept_too(
    archive, capsys
) -> None:
    inbox = archive / "inbox"
    (inbox / "a").mkdir()
    (inbox / "a" / "bai, mot.txt").write_text(
        scraped_page("Hà Nội và Lâm Đồng hợp tác", "Hai bên ký kết."), encoding="utf-8"
    )
    (inbox / "bai-mot.txt").write_text(
        scraped_page("Huế và Đà Nẵng liên kết du lịch", "Hai thành phố."),
        encoding="utf-8",
    )
    results = ingest(
        capsys, archive, inbox / "a" / "bai, mot.txt", inbox / "bai-mot.txt"
    )
    sources = [read_article(r["output"]).source_files[0] for r in results]
    assert len(set(sources)) == 2
    for result, preserved in zip(results, sources, strict=True):
        original = Path(result["input"]).read_bytes()
        assert (archive / preserved).read_bytes() == original
