"""One person, one page: merged spellings, the archivist's leaders.toml, redirects."""

from __future__ import annotations

import re
from pathlib import Path

from hoptac.build.driver import build_site

PROJECT = Path(__file__).resolve().parents[2]

ARTICLE = """Title: {title}
Date: {date}
Slug: {slug}
Source_ID: {slug}
Provinces: Hà Nội
Leaders: {name}
Leader_Roles: {name} = Phó Thủ tướng

Phó Thủ tướng {name} làm việc với Hà Nội.
"""


def build_archive(root: Path, names: list[str], leaders_toml: str = "") -> Path:
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for number, name in enumerate(names, start=1):
        (articles / f"bai-{number}.md").write_text(
            ARTICLE.format(
                title=f"Bài {number}",
                date=f"2020-01-0{number}",
                slug=f"bai-{number}",
                name=name,
            ),
            encoding="utf-8",
        )
    if leaders_toml:
        (root / "leaders.toml").write_text(leaders_toml, encoding="utf-8")
    output = root / "output"
    build_site(
        PROJECT / "pelicanconf.py",
        output,
        root / "content",
        overrides={"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": False},
    )
    return output


def test_a_typo_joins_the_person_and_its_old_url_redirects(tmp_path: Path) -> None:
    output = build_archive(tmp_path, ["Vũ Đưc Đam", "Vũ Đức Đam", "Vũ Đức Đam"])
    page = (output / "lanh-dao" / "vu-duc-dam.html").read_text(encoding="utf-8")
    assert "<h1>Vũ Đức Đam</h1>" in page
    assert "3 bài" in page
    assert "Vũ Đưc Đam" in page  # the spellings seen are listed
    # three articles giving one office: one row, from the first day to the last
    assert page.count("<td>Phó Thủ tướng</td>") == 1
    assert "<td>01/01/2020 – 03/01/2020</td>" in page
    # Before the merge the typo held `vu-duc-dam` and the person `vu-duc-dam-2`.
    redirect = (output / "lanh-dao" / "vu-duc-dam-2.html").read_text(encoding="utf-8")
    target = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', redirect)
    assert target, redirect
    assert (output / "lanh-dao" / target.group(1)).resolve() == (
        output / "lanh-dao" / "vu-duc-dam.html"
    ).resolve()
    assert f'href="{target.group(1)}"' in redirect  # a link for readers without refresh
    listing = (output / "lanh-dao" / "index.html").read_text(encoding="utf-8")
    assert "Vũ Đưc Đam" not in listing


def test_the_archivists_leaders_toml_merges_and_keeps_apart(tmp_path: Path) -> None:
    decisions = (
        'keep_apart = ["Vũ Đưc Đam"]\n\n'
        '[[person]]\nname = "Nguyễn Xuân Phúc"\nspellings = ["Nguyễn X. Phúc"]\n'
    )
    output = build_archive(
        tmp_path, ["Vũ Đưc Đam", "Vũ Đức Đam", "Nguyễn X. Phúc"], decisions
    )
    pages = {p.name for p in (output / "lanh-dao").glob("*.html")}
    assert {"vu-duc-dam.html", "vu-duc-dam-2.html", "nguyen-xuan-phuc.html"} <= pages
    kept = (output / "lanh-dao" / "vu-duc-dam-2.html").read_text(encoding="utf-8")
    assert "http-equiv" not in kept  # two pages, as the archivist decided


def test_two_spellings_in_one_article_are_one_person_once(tmp_path: Path) -> None:
    output = build_archive(tmp_path, ["Vũ Đức Đam, Vũ Đưc Đam"])
    page = (output / "lanh-dao" / "vu-duc-dam.html").read_text(encoding="utf-8")
    assert "1 bài" in page
    article = next(output.rglob("bai-1.html")).read_text(encoding="utf-8")
    assert len(re.findall(r'href="[^"]*lanh-dao/vu-duc-dam\.html"', article)) == 1
