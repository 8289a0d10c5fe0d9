"""Incremental builds: unchanged pages are kept, and the result equals a full build."""

from __future__ import annotations

import filecmp
import importlib.metadata
import json
import multiprocessing
import os
import pickle
import shutil
from pathlib import Path

import jinja2
import pytest

from hoptac.build import BuildError
from hoptac.build.driver import build_site
from hoptac.build.live_site import remove_site
from hoptac.build.verify import verify_site
from hoptac.files import live_site
from hoptac.search.incremental import CACHE_NAME
from hoptac.search.query import SearchIndex
from hoptac.search.shards import write_search_shards

PROJECT = Path(__file__).resolve().parents[2]


def build(content: Path, output: Path, cache: Path, incremental: bool) -> None:
    overrides = {"CACHE_PATH": str(cache), "LOAD_CONTENT_CACHE": incremental}
    build_site(PROJECT / "pelicanconf.py", output, content, overrides)


def differences(left: Path, right: Path) -> list[str]:
    """Return the files (outside search/) that differ or exist on one side only."""
    out = []
    for comparison in [filecmp.dircmp(left, right)]:
        stack = [(comparison, "")]
        while stack:
            node, prefix = stack.pop()
            out += [prefix + n for n in node.left_only + node.right_only]
            out += [prefix + n for n in node.diff_files]
            for name, sub in node.subdirs.items():
                if name != "search" or prefix:
                    stack.append((sub, prefix + name + "/"))
    return sorted(out)


def append_line(article: Path, text: str) -> None:
    """Add a line of text at the end of an article's Markdown."""
    with article.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{text}\n")


def file_bytes(folder: Path, pattern: str = "*") -> dict[Path, bytes]:
    """Return every file under folder matching pattern, by its path relative to
    folder, with its bytes."""
    return {
        p.relative_to(folder): p.read_bytes()
        for p in folder.rglob(pattern)
        if p.is_file()
    }


@pytest.fixture
def archive(sample_site: Path, tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(sample_site.parent / "content", content)
    return content


def count_documents_made(monkeypatch: pytest.MonkeyPatch, search_plugin) -> list:
    """Count the search documents Pelican's process makes from here on."""
    plugin = search_plugin("hoptac_search")
    made: list[str] = []
    real = plugin.search_document

    def counting(article: object):
        made.append(article.source_path)
        return real(article)

    monkeypatch.setattr(plugin, "search_document", counting)
    return made


def same_rankings(left: Path, right: Path, new_text: str) -> None:
    """Assert two sites' indexes hold as many articles and rank them alike."""
    ours = SearchIndex(left / "search" / "whoosh")
    theirs = SearchIndex(right / "search" / "whoosh")
    assert ours.doc_count == theirs.doc_count
    for query in (new_text, "ha noi lam dong", "Thừa Thiên Huế", "hợp tác"):
        assert [h.source_id for h in ours.search(query).hits] == [
            h.source_id for h in theirs.search(query).hits
        ], query


def test_changed_text_rerenders_its_page_and_matches_a_full_build(
    archive: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)  # first build: everything
    article = sorted(archive.rglob("*.md"))[3]
    append_line(article, "Một đoạn mới được thêm vào bài viết.")
    caplog.clear()
    with caplog.at_level("INFO"):
        build(archive, output, cache, incremental=True)
    # Its page, and the feeds that carry its text (all articles, its places,
    # its topics); the data exports and sitemap (metadata alone) are kept.
    assert "1 pages, " in caplog.text
    assert " and 0 derived files rendered" in caplog.text
    page = next(
        p
        for p in (output / "bai-viet").glob("*.html")
        if "Một đoạn mới được thêm vào bài viết." in p.read_text(encoding="utf-8")
    )
    assert page.is_file()
    full = tmp_path / "full"
    build(archive, full, tmp_path / "cache-full", incremental=False)
    assert differences(output, full) == []
    # The index updated in place ranks like one built from scratch.
    assert len(SearchIndex(output / "search" / "whoosh")._deleted) == 1
    same_rankings(output, full, "Một đoạn mới")


def test_changed_metadata_rerenders_everything(
    archive: Path, tmp_path: Path, caplog
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    article = sorted(archive.rglob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Title: ", "Title: Sửa: ", 1), encoding="utf-8")
    caplog.clear()
    with caplog.at_level("INFO"):
        build(archive, output, cache, incremental=True)
    assert " 0 kept from the last build" in caplog.text
    full = tmp_path / "full"
    build(archive, full, tmp_path / "cache-full", incremental=False)
    assert differences(output, full) == []


def hold_pages(output: Path, folder: Path) -> dict[Path, Path]:
    """Hard-link every live page into folder: a kept page is that same file."""
    folder.mkdir()
    held = {}
    for number, page in enumerate(sorted(output.rglob("*.html"))):
        held[page.relative_to(output)] = folder / f"{number}.html"
        os.link(page, held[page.relative_to(output)])
    return held


def kept_pages(output: Path, held: dict[Path, Path]) -> list[Path]:
    """Return the held pages the live site still has as the very same files."""
    return sorted(
        page
        for page, link in held.items()
        if (output / page).exists() and (output / page).samefile(link)
    )


def test_a_change_to_hoptacs_own_code_rerenders_everything(
    archive: Path, tmp_path: Path
) -> None:
    """The gazetteer's code draws the province pages: a new version of it (here
    its file's time) must not leave pages drawn by the old one."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    # A kept page is the live file, linked: hold the live files to compare.
    held = tmp_path / "held"
    held.mkdir()
    pages = sorted(p.relative_to(output) for p in output.rglob("*.html"))
    for number, page in enumerate(pages):
        os.link(output / page, held / f"{number}.html")

    def kept() -> list[Path]:
        return [
            page
            for number, page in enumerate(pages)
            if (output / page).samefile(held / f"{number}.html")
        ]

    build(archive, output, cache, incremental=True)
    assert kept() == pages  # nothing changed: every page is the live one
    code = PROJECT / "hoptac" / "gazetteer.py"
    times = code.stat()
    try:
        os.utime(code, ns=(times.st_atime_ns, times.st_mtime_ns + 10**9))
        build(archive, output, cache, incremental=True)
    finally:
        os.utime(code, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert kept() == []


def test_pages_of_a_failed_build_are_never_reused(
    archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    search_plugin,
) -> None:
    """A failed build records pages that never went live; the next build must
    not take the live (older) files for them."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    article = sorted(archive.rglob("*.md"))[1]
    append_line(article, "Câu viết thêm trước một bản dựng hỏng.")
    plugin = search_plugin("index_job")

    def broken_index(*args: object, **kwargs: object) -> None:
        raise OSError("disk full (simulated)")

    with monkeypatch.context() as patch:
        patch.setattr(plugin.IndexJob, "finish", broken_index)
        with pytest.raises(BuildError, match="disk full"):
            build(archive, output, cache, incremental=True)
    assert not any(
        "Câu viết thêm" in p.read_text(encoding="utf-8")
        for p in (output / "bai-viet").glob("*.html")
    )
    build(archive, output, cache, incremental=True)
    full = tmp_path / "full"
    build(archive, full, tmp_path / "cache-full", incremental=False)
    assert differences(output, full) == []


def test_many_changes_rebuild_the_index_rather_than_riddle_it(
    archive: Path, tmp_path: Path
) -> None:
    """Past a fifth of the articles deleted, a fresh index beats an updated one."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    articles = sorted(archive.rglob("*.md"))
    for article in articles[: len(articles) // 3]:
        append_line(article, "Thêm một câu vào nhiều bài.")
    build(archive, output, cache, incremental=True)
    rebuilt = SearchIndex(output / "search" / "whoosh")
    assert not rebuilt._deleted
    full = tmp_path / "full"
    build(archive, full, tmp_path / "cache-full", incremental=False)
    fresh = SearchIndex(full / "search" / "whoosh")
    for query in ("Thêm một câu", "ha noi lam dong"):
        assert [h.source_id for h in rebuilt.search(query).hits] == [
            h.source_id for h in fresh.search(query).hits
        ]
    shards = file_bytes(output / "search", "*.js")
    assert shards.items() <= file_bytes(full / "search", "*.js").items()


def test_a_new_bucket_setting_rebuilds_the_browser_export(
    archive: Path, tmp_path: Path
) -> None:
    """Shards linked from the live site are only valid in the live bucket count."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    chosen = len(list((output / "search" / "terms").glob("*.js")))
    append_line(sorted(archive.rglob("*.md"))[0], "Một câu mới.")
    overrides = {"CACHE_PATH": str(cache), "LOAD_CONTENT_CACHE": True}
    overrides["HOPTAC_SEARCH_BUCKETS"] = chosen * 2
    build_site(PROJECT / "pelicanconf.py", output, archive, overrides)
    assert len(list((output / "search" / "terms").glob("*.js"))) == chosen * 2
    assert not SearchIndex(output / "search" / "whoosh")._deleted  # built anew
    meta = (output / "search" / "meta.js").read_text(encoding="utf-8")
    assert f'"buckets":{chosen * 2},' in meta


def test_an_update_never_writes_into_the_live_index(
    archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    search_plugin,
) -> None:
    """The live index is linked into the new build, then updated there: a build
    that fails after the update leaves every live search file as it was."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    live = file_bytes(output / "search")
    for article in sorted(archive.rglob("*.md"))[:2]:
        append_line(article, "Một câu mới cho chỉ mục.")
    plugin = search_plugin("index_job")
    real_update = plugin.apply_update

    def update_then_fail(*args: object, **kwargs: object) -> None:
        real_update(*args, **kwargs)  # (in the index build's process)
        raise OSError("disk full after the update (simulated)")

    with monkeypatch.context() as patch:
        patch.setattr(plugin, "apply_update", update_then_fail)
        # The message is raised once the update has run.
        with pytest.raises(BuildError, match="after the update"):
            build(archive, output, cache, incremental=True)
    assert file_bytes(output / "search") == live


def test_an_updated_export_equals_a_fresh_export_of_the_updated_index(
    archive: Path, tmp_path: Path
) -> None:
    """Rewritten buckets reuse the live encodings of the terms not touched."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    articles = sorted(archive.rglob("*.md"))
    append_line(articles[2], "Một từ hiếm: zyxwvu.")
    articles[4].unlink()  # its terms leave, some of them for good
    build(archive, output, cache, incremental=True)
    with (cache / CACHE_NAME).open("rb") as handle:
        updated = pickle.load(handle)
    assert updated.inverted.deleted  # updated in place
    fresh = tmp_path / "fresh"
    write_search_shards(updated.inverted, fresh, updated.buckets)
    assert file_bytes(output / "search", "*.js") == file_bytes(fresh, "*.js")


def test_only_changed_files_are_made_into_search_documents_again(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, search_plugin
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    articles = sorted(archive.rglob("*.md"))
    append_line(articles[5], "Một câu mới cho chỉ mục.")
    made = count_documents_made(monkeypatch, search_plugin)
    build(archive, output, cache, incremental=True)
    assert made == [str(articles[5])]
    assert len(SearchIndex(output / "search" / "whoosh")._deleted) == 1
    full = tmp_path / "full"
    build(archive, full, tmp_path / "cache-full", incremental=False)
    same_rankings(output, full, "Một câu mới")


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in-process"])
def test_the_index_asks_for_documents_its_cache_cannot_vouch_for(
    archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    search_plugin,
    fork: bool,
) -> None:
    """The recorded sources are only a hint: a hash the cache does not hold, or
    no cache at all, and the index process asks for the documents themselves."""
    if not fork:
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    articles = sorted(archive.rglob("*.md"))
    sources_file = cache / search_plugin("sources").SOURCES_NAME
    sources = json.loads(sources_file.read_text(encoding="utf-8"))
    sources["files"][str(articles[7])][3] = "0" * 40  # not the cache's hash
    sources_file.write_text(json.dumps(sources), encoding="utf-8")
    append_line(articles[5], "Một câu mới cho chỉ mục.")
    made = count_documents_made(monkeypatch, search_plugin)
    build(archive, output, cache, incremental=True)
    assert sorted(made) == sorted([str(articles[5]), str(articles[7])])
    assert len(SearchIndex(output / "search" / "whoosh")._deleted) == 1
    full = tmp_path / "full"
    build(archive, full, tmp_path / "cache-full", incremental=False)
    same_rankings(output, full, "Một câu mới")

    # Without the cache, the index is built anew from every document, in the
    # order a full build reads them.
    (cache / CACHE_NAME).unlink()
    append_line(articles[6], "Một câu mới nữa cho chỉ mục.")
    made.clear()
    build(archive, output, cache, incremental=True)
    assert len(made) == len(articles)
    remove_site(full)
    build(archive, full, tmp_path / "cache-full", incremental=False)
    assert file_bytes(output / "search", "*.js") == file_bytes(full / "search", "*.js")


def test_templates_are_compiled_once_across_builds(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    parsed: list[str] = []
    real_parse = jinja2.Environment._parse

    def counting(environment, source, name, filename):
        parsed.append(name)
        return real_parse(environment, source, name, filename)

    monkeypatch.setattr(jinja2.Environment, "_parse", counting)
    build(archive, output, cache, incremental=False)
    assert "article.html" in parsed
    parsed.clear()
    build(archive, output, cache, incremental=True)
    assert parsed == []


def test_a_new_version_of_a_rendering_package_rerenders_everything(
    archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    search_plugin,
) -> None:
    """After `pip install -U markdown`, no page or document made by the old one
    is kept (the build's inputs carry the installed versions)."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    held = hold_pages(output, tmp_path / "held")
    build(archive, output, cache, incremental=True)
    assert kept_pages(output, held) == sorted(held)  # nothing changed: all kept

    installed = importlib.metadata.version

    def upgraded(name: str) -> str:
        return "99.0" if name.lower() == "markdown" else installed(name)

    monkeypatch.setattr(importlib.metadata, "version", upgraded)
    made = count_documents_made(monkeypatch, search_plugin)
    build(archive, output, cache, incremental=True)
    assert kept_pages(output, held) == []
    assert len(made) == len(list(archive.rglob("*.md")))  # every document anew
    assert not SearchIndex(output / "search" / "whoosh")._deleted  # a fresh index


def test_verify_holds_an_incremental_build_to_a_full_one(
    archive: Path, tmp_path: Path
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(archive, output, cache, incremental=True)
    append_line(sorted(archive.rglob("*.md"))[2], "Một câu mới để kiểm tra.")
    build(archive, output, cache, incremental=True)
    assert verify_site(PROJECT / "pelicanconf.py", output, archive) == []
    # A page the incremental build got wrong (here, by hand) is found.
    page = live_site(output) / "tinh" / "ha-noi.html"
    text = page.read_text(encoding="utf-8")
    page.unlink()  # not through a link shared with the cache's records
    page.write_text(text.replace("</h1>", " (cũ)</h1>", 1), encoding="utf-8")
    assert verify_site(PROJECT / "pelicanconf.py", output, archive) == [
        "differs: tinh/ha-noi.html"
    ]


COOPERATION_SITE = PROJECT / "tests" / "fixtures" / "cooperation_site"


def cooperation_archive(root: Path) -> Path:
    """Copy the cooperation fixture's articles into an archive; return its content."""
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for path in COOPERATION_SITE.glob("*.md"):
        if path.name != "README.md":
            shutil.copy(path, articles / path.name)
    return root / "content"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_what_other_pages_show_of_an_article_follows_it_there(tmp_path: Path) -> None:
    # Its title and date show in lists (home, province, pair, period pages,
    # neighbours on other articles), its kind, parties, leaders and period on
    # the cooperation timelines, the map and rankings count it, the data
    # exports carry it: after each change the incremental build must equal a
    # full one.
    content = cooperation_archive(tmp_path)
    output, cache = tmp_path / "output", tmp_path / "cache"
    build(content, output, cache, incremental=True)
    article = content / "articles" / "agreement_ha_noi_hue_2021.md"
    changes = [
        (
            "Title: Hà Nội và Thừa Thiên Huế sơ kết hợp tác",
            "Title: Hà Nội và Huế ký chương trình mới",
        ),
        ("Date: 2021-04-20", "Date: 2022-01-05"),
        (
            "Hai địa phương sơ kết",
            "Lãnh đạo hai địa phương cùng sơ kết",  # the first paragraph
        ),
        (
            "Slug: agreement-ha-noi-hue-2021",
            "Summary: Một tóm tắt viết tay.\nSlug: agreement-ha-noi-hue-2021",
        ),
        ("Cooperation_Kind: agreement", "Cooperation_Kind: visit"),
        ("Cooperation_Period: 2021–2025", "Cooperation_Period: 2022–2026"),
        ("Lê Trường Lưu (Thừa Thiên Huế)", "Nguyễn Văn Phương (Thừa Thiên Huế)"),
        ("Cooperation_Parties: Hà Nội, Thừa Thiên Huế", "Cooperation_Parties: Hà Nội"),
    ]
    for old, new in changes:
        edit(article, old, new)
        build(content, output, cache, incremental=True)
        assert verify_site(PROJECT / "pelicanconf.py", output, content) == [], new


def test_a_theme_that_lists_summaries_gets_them_updated(tmp_path: Path) -> None:
    # A theme may show each article's summary (Pelican's: the first words of
    # its text) in every list: changing an article's first paragraph then
    # changes pages other than its own and its feeds.
    theme = tmp_path / "theme"
    shutil.copytree(PROJECT / "theme", theme)
    edit(
        theme / "templates" / "_macros.html",
        '<a class="article-title" href="{{ SITEURL }}/{{ article.url }}">'
        "{{ article.title }}</a>",
        '<a class="article-title" href="{{ SITEURL }}/{{ article.url }}">'
        "{{ article.title }}</a><p>{{ article.summary|striptags }}</p>",
    )
    content = cooperation_archive(tmp_path)
    output, cache = tmp_path / "output", tmp_path / "cache"
    overrides = {"THEME": str(theme)}

    def build_with_theme() -> None:
        settings = {**overrides, "CACHE_PATH": str(cache), "LOAD_CONTENT_CACHE": True}
        build_site(PROJECT / "pelicanconf.py", output, content, settings)

    build_with_theme()
    article = content / "articles" / "agreement_ha_noi_hue_2021.md"
    edit(article, "Hai địa phương sơ kết", "Lãnh đạo hai địa phương cùng sơ kết")
    build_with_theme()
    home = (output / "index.html").read_text(encoding="utf-8")
    assert "Lãnh đạo hai địa phương cùng sơ kết" in home
    assert verify_site(PROJECT / "pelicanconf.py", output, content, overrides) == []
