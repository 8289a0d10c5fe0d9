"""Ingest end to end through the command line, on the shipped samples and on bad input."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from hoptac.article import parse_front_matter
from hoptac.cli import main

PROJECT = Path(__file__).resolve().parents[2]
SEEDS = PROJECT / "samples" / "seeds"


def ingest_json(capsys, *args: str) -> tuple[int, list[dict]]:
    status = main(["ingest", *args, "--json"])
    lines = capsys.readouterr().out.splitlines()
    return status, [json.loads(line) for line in lines]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    (tmp_path / "inbox").mkdir()
    return tmp_path


def front_matter(path: str | Path) -> dict[str, str]:
    meta, _ = parse_front_matter(Path(path).read_text(encoding="utf-8"))
    return meta


def test_samples_ingest_with_no_errors_and_every_article_titled(
    archive, capsys
) -> None:
    status, results = ingest_json(
        capsys, str(PROJECT / "samples"), "--content", str(archive / "content")
    )
    assert status == 0
    ignored = [r for r in results if r["status"] == "skipped"]
    assert [Path(r["input"]).name for r in ignored] == ["README.md"]
    assert "ignored: a README" in ignored[0]["messages"][0]
    results = [r for r in results if r not in ignored]
    assert {r["status"] for r in results} == {"written"}
    assert len(results) >= 60
    assert all(r["title"] and r["date"] for r in results)
    keys = {"input", "status", "output", "source_id", "title", "title_restored",
            "date", "provinces", "leaders", "topics", "cooperation", "messages"}  # fmt: skip
    assert all(set(r) == keys for r in results)


def test_seeds_front_matter_and_preserved_sources(archive, capsys) -> None:
    content = archive / "content"
    _, results = ingest_json(capsys, str(SEEDS), "--content", str(content))
    by_id = {r["source_id"]: r for r in results}
    huế = front_matter(by_id["003_3cb4a89ac6d46a88"]["output"])
    assert huế["Title"] == "Thừa Thiên Huế- Hà Nội: Cùng hợp tác để phát triển"
    assert huế["Date"] == "2019-06-14T18:26"
    assert by_id["003_3cb4a89ac6d46a88"]["output"].endswith(
        "articles/2019/thua-thien-hue-ha-noi-cung-hop-tac-de-phat-trien.md"
    )
    lâm_đồng = front_matter(by_id["000_d1db765ffe64c507"]["output"])
    assert "Date" not in lâm_đồng
    assert lâm_đồng["Date_Partial"] == "26–27/10"
    assert "/undated/" in by_id["000_d1db765ffe64c507"]["output"]
    for meta in (huế, lâm_đồng):
        preserved = archive / meta["Source_File"]
        original = SEEDS / preserved.name
        assert preserved.read_bytes() == original.read_bytes()
        assert (
            meta["Source_SHA256"] == hashlib.sha256(original.read_bytes()).hexdigest()
        )


def test_ingest_twice_is_unchanged_and_hand_edits_survive(archive, capsys) -> None:
    content = str(archive / "content")
    _, first = ingest_json(capsys, str(SEEDS), "--content", content)
    _, again = ingest_json(capsys, str(SEEDS), "--content", content)
    assert [r["status"] for r in again] == ["unchanged", "unchanged"]

    edited = Path(first[0]["output"])
    text = edited.read_text(encoding="utf-8").replace("Topics:", "Topics: du lịch,", 1)
    text = text.replace("\nSource_ID:", "\nNote: sửa tay\nSource_ID:", 1)
    edited.write_text(text, encoding="utf-8")
    status, kept = ingest_json(capsys, str(SEEDS), "--content", content)
    assert status == 0
    assert kept[0]["status"] == "skipped"
    assert "edited by hand" in kept[0]["messages"][-1]
    assert kept[0]["provinces"], "tags are reported for skipped inputs too"
    assert edited.read_text(encoding="utf-8") == text

    _, forced = ingest_json(capsys, str(SEEDS), "--content", content, "--force")
    assert forced[0]["status"] == "written"
    assert any("--force" in m for m in forced[0]["messages"])


def test_same_article_under_two_names_is_one_article(archive, capsys) -> None:
    inbox = archive / "inbox"
    shutil.copy(SEEDS / "003_3cb4a89ac6d46a88.txt", inbox / "thua-thien-hue.txt")
    shutil.copy(SEEDS / "003_3cb4a89ac6d46a88.txt", inbox / "ban-sao-cung-bai.txt")
    _, results = ingest_json(capsys, str(inbox), "--content", str(archive / "content"))
    assert len({r["output"] for r in results}) == 1
    meta = front_matter(results[0]["output"])
    assert (
        meta["Source_File"]
        == "sources/ban-sao-cung-bai.txt, sources/thua-thien-hue.txt"
    )
    assert len(meta["Source_SHA256"].split(", ")) == 2
    assert len(list((archive / "content").rglob("*.md"))) == 1


def test_bad_files_are_reported_and_the_batch_goes_on(archive, capsys) -> None:
    inbox = archive / "inbox"
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (inbox / "tcvn3.txt").write_bytes("Hµ Néi vµ L©m §ång hîp t¸c".encode("latin-1"))
    shutil.copy(SEEDS / "003_3cb4a89ac6d46a88.txt", inbox / "good.txt")
    status, results = ingest_json(
        capsys, str(inbox), "--content", str(archive / "content")
    )
    assert status == 1
    by_name = {Path(r["input"]).name: r for r in results}
    assert by_name["good.txt"]["status"] == "written"
    assert "empty file" in by_name["empty.txt"]["messages"][0]
    assert "binary" in by_name["image.txt"]["messages"][0]
    assert "TCVN3" in by_name["tcvn3.txt"]["messages"][0]
    for name in ("empty.txt", "image.txt", "tcvn3.txt"):
        assert by_name[name]["status"] == "error"
        assert str(inbox / name) in by_name[name]["messages"][0]


def test_archivist_supplies_dates_by_sidecar_and_option(archive, capsys) -> None:
    inbox = archive / "inbox"
    shutil.copy(SEEDS / "000_d1db765ffe64c507.txt", inbox / "ha-noi-lam-dong.txt")
    (inbox / "ha-noi-lam-dong.txt.meta.toml").write_text('date = "2019-10-27"\n')
    records = inbox / "export.jsonl"
    records.write_text(
        json.dumps({"id": "b1", "title": "Hà Nội và Lâm Đồng", "body": "Hợp tác."})
        + "\n",
        encoding="utf-8",
    )
    _, results = ingest_json(
        capsys, str(inbox), "--content", str(archive / "content"), "--date", "2017"
    )
    by_id = {r["source_id"]: r for r in results}
    sidecar = front_matter(by_id["ha-noi-lam-dong"]["output"])
    assert sidecar["Date"] == "2019-10-27"
    assert "Date_Partial" not in sidecar
    supplied = front_matter(by_id["b1"]["output"])
    assert supplied["Date"] == "2017-01-01"
    assert supplied["Date_Precision"] == "year"
    assert any("--date" in m for m in by_id["b1"]["messages"])


def test_markdown_with_front_matter_is_retagged_with_its_body_untouched(
    archive, capsys
) -> None:
    content = archive / "content"
    _, first = ingest_json(
        capsys, str(SEEDS / "003_3cb4a89ac6d46a88.txt"), "--content", str(content)
    )
    path = Path(first[0]["output"])
    _, body = parse_front_matter(path.read_text(encoding="utf-8"))
    _, again = ingest_json(capsys, str(path), "--content", str(content))
    assert again[0]["status"] == "unchanged"
    assert again[0]["output"] == str(path)
    assert parse_front_matter(path.read_text(encoding="utf-8"))[1] == body


def test_human_output_has_a_summary_table(archive, capsys) -> None:
    status = main(["ingest", str(SEEDS), "--content", str(archive / "content")])
    out = capsys.readouterr().out
    assert status == 0
    assert "written" in out and "total" in out


def test_record_without_a_title_is_archived_with_a_restored_title(
    archive, capsys
) -> None:
    export = archive / "inbox" / "export.jsonl"
    export.write_text(
        json.dumps(
            {"id": "b1", "body": "Huế và Đà Nẵng ký kết hợp tác du lịch. Câu hai."},
            ensure_ascii=False,
        )
        + "\n"
        + json.dumps({"id": "b2", "title": "Có tiêu đề", "body": "Nội dung."})
        + "\n",
        encoding="utf-8",
    )
    status, (restored, published) = ingest_json(
        capsys, str(export), "--content", str(archive / "content"), "--date", "2017"
    )
    assert status == 0
    assert restored["status"] == "written"
    assert restored["title"] == "Huế và Đà Nẵng ký kết hợp tác du lịch"
    assert restored["title_restored"] is True
    meta = front_matter(restored["output"])
    assert meta["Title_Restored"] == "true"
    assert list(meta)[:2] == ["Title", "Title_Restored"]
    assert published["title_restored"] is False
    assert "Title_Restored" not in front_matter(published["output"])


def test_dantri_title_rebuilt_from_the_url_is_marked_restored(archive, capsys) -> None:
    fixture = PROJECT / "tests" / "fixtures" / "ingest"
    _, (result,) = ingest_json(
        capsys,
        str(fixture / "dantri_first_line_is_a_photo_caption.txt"),
        "--content",
        str(archive / "content"),
    )
    assert result["title_restored"] is True
    assert front_matter(result["output"])["Title_Restored"] == "true"


def test_folder_takes_known_formats_and_lists_what_it_ignored(archive, capsys) -> None:
    inbox = archive / "inbox"
    shutil.copy(SEEDS / "003_3cb4a89ac6d46a88.txt", inbox / "bai.txt")
    shutil.copy(SEEDS / "000_d1db765ffe64c507.txt", inbox / "stray.json")
    (inbox / "notes.docx").write_bytes(b"PK\x03\x04")
    (inbox / "bai.txt.meta.toml").write_text('source_name = "TTH.VN"\n')
    status, results = ingest_json(
        capsys, str(inbox), "--content", str(archive / "content")
    )
    assert status == 0
    by_name = {Path(r["input"]).name: r for r in results}
    assert set(by_name) == {"bai.txt", "stray.json", "notes.docx"}
    assert by_name["bai.txt"]["status"] == "written"
    for name in ("stray.json", "notes.docx"):
        assert by_name[name]["status"] == "skipped"
        assert "not a known input format" in by_name[name]["messages"][0]
        assert str(inbox / name) in by_name[name]["messages"][0]
    # Named on its own, a file is read whatever its extension.
    _, (explicit,) = ingest_json(
        capsys, str(inbox / "stray.json"), "--content", str(archive / "content")
    )
    assert explicit["status"] == "written"


def test_summary_explains_merged_and_ignored_files(archive, capsys) -> None:
    inbox = archive / "inbox"
    shutil.copy(SEEDS / "003_3cb4a89ac6d46a88.txt", inbox / "mot.txt")
    shutil.copy(SEEDS / "003_3cb4a89ac6d46a88.txt", inbox / "hai.txt")
    (inbox / "stray.json").write_text("{}")
    status = main(["ingest", str(inbox), "--content", str(archive / "content")])
    out = " ".join(capsys.readouterr().out.split())
    assert status == 0
    assert "1 of them merged into an existing article" in out
    assert "1 file(s) in the folders ignored" in out


def test_summary_is_text_like_the_body(archive, capsys) -> None:
    export = archive / "inbox" / "export.jsonl"
    payload = "<script>alert(1)</script> *Hà Nội* [x](javascript:alert(1))"
    export.write_text(
        json.dumps({"id": "x", "title": "Tiêu đề", "body": payload}) + "\n",
        encoding="utf-8",
    )
    _, (result,) = ingest_json(
        capsys, str(export), "--content", str(archive / "content"), "--date", "2019"
    )
    text = Path(result["output"]).read_text(encoding="utf-8")
    meta, body = parse_front_matter(text)
    assert meta["Summary"] == body.strip()
    assert "<script" not in text and "\\*Hà Nội\\*" in meta["Summary"]
    assert "\\[x\\](javascript" in meta["Summary"]
