"""`hoptac review`: what the archivist should check, as a table and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from hoptac.cli import main

ARTICLE = """Title: {title}
Slug: {slug}
Source_ID: {slug}
{extra}Provinces: {provinces}
Leaders: {leaders}
Leader_Roles: {roles}

{body}
"""


def write(folder: Path, slug: str, **fields: str) -> None:
    values = {"title": slug, "extra": "", "provinces": "", "leaders": "", "roles": ""}
    values.update(fields)
    (folder / f"{slug}.md").write_text(
        ARTICLE.format(slug=slug, **values), encoding="utf-8"
    )


def make_archive(root: Path) -> Path:
    content = root / "content" / "articles"
    content.mkdir(parents=True)
    write(
        content,
        "a",
        title="Hà nơi mưa rào",
        extra="Title_Restored: true\nSource_URL: https://dantri.com.vn/ha-noi-mua-rao.htm\n",
        provinces="Hà Nội",
        body="Hà Nội mưa rào.",
    )
    write(
        content,
        "b",
        leaders="Vũ Đức Đam",
        roles="Vũ Đức Đam = Phó Thủ tướng",
        body="Phó Thủ tướng Vũ Đức Đam nói.",
    )
    write(
        content,
        "c",
        leaders="Vũ Đưc Đam, Lê Văn Tám",
        roles="Vũ Đưc Đam = Phó Thủ tướng; Lê Văn Tám = Chủ tịch UBND tỉnh",
        body="Phó Thủ tướng Vũ Đưc Đam và Chủ tịch UBND tỉnh Lê Văn Tám.",
    )
    write(
        content,
        "d",
        provinces="Quảng Bình",
        body="Du khách đổ về Phong Nha dịp lễ.",
    )
    write(
        content,
        "e",
        leaders="Jim Nicholson",
        roles="Jim Nicholson = cựu đại sứ Mỹ",
        body="Jim Nicholson, cựu đại sứ Mỹ tại Vatican, nhận xét.",
    )
    return root / "content"


def test_review_json_lists_each_kind_of_doubt(tmp_path: Path, capsys) -> None:
    content = make_archive(tmp_path)
    assert main(["review", "--content", str(content), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 5
    assert [r["title"] for r in report["restored_titles"]] == ["Hà nơi mưa rào"]
    once = {r["leader"] for r in report["leaders_seen_once"]}
    # (Vũ Đức Đam is seen twice, once misspelt)
    assert once == {"Lê Văn Tám", "Jim Nicholson"}
    merged = report["merged_spellings"]
    assert merged[0]["leader"] == "Vũ Đức Đam"
    assert set(merged[0]["spellings"]) == {"Vũ Đức Đam", "Vũ Đưc Đam"}
    notes = [r["note"] for r in report["uncertain_tags"]]
    assert "Provinces: Quảng Bình only from landmark Phong Nha" in notes
    # an office abroad written after the name is less certain than one before it
    assert (
        "Leaders: Jim Nicholson (the office is written after a foreign name)" in notes
    )


def test_a_hand_removed_tag_is_no_longer_doubted(tmp_path: Path, capsys) -> None:
    content = make_archive(tmp_path)
    page = content / "articles" / "d.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "Provinces: Quảng Bình", "Provinces: "
        ),
        encoding="utf-8",
    )
    assert main(["review", "--content", str(content), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in report["uncertain_tags"]] == ["articles/e.md"]


def test_review_prints_tables_and_uses_the_archives_leaders_toml(
    tmp_path: Path, capsys
) -> None:
    content = make_archive(tmp_path)
    (tmp_path / "leaders.toml").write_text('keep_apart = ["Vũ Đưc Đam"]\n', "utf-8")
    assert main(["review", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "Restored titles (1)" in out
    assert "Merged spellings (0)" in out  # the archivist kept them apart
    assert "Leaders seen once (4)" in out
    assert "Vũ Đưc Đam" in out


def test_review_without_a_content_folder_fails_plainly(tmp_path: Path, capsys) -> None:
    assert main(["review", "--content", str(tmp_path / "none")]) == 1
    assert "no content folder" in capsys.readouterr().err
