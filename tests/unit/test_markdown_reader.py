"""One Markdown instance for every file reads exactly as Pelican's reader does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pelican.readers import MarkdownReader, Readers
from pelican.settings import DEFAULT_CONFIG

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from hoptac_markdown.hoptac_markdown import (  # noqa: E402
    ReusedMarkdownReader,
    TriggeredMarkdown,
    register,
)
from hoptac_markdown.safe_html import add_safe_content_extension  # noqa: E402

# State one document could leave behind for the next: footnotes, abbreviations,
# metadata, a formatted Summary (converted with the meta preprocessor off).
DOCUMENTS = {
    "with_footnote_and_summary.md": (
        "Title: Một\nSummary: Tóm tắt *ngắn*\nProvinces: Hà Nội, Lâm Đồng\n\n"
        "Hợp tác[^1] giữa UBND hai tỉnh.\n\n*[UBND]: Ủy ban nhân dân\n\n"
        "[^1]: Ký năm 2023.\n"
    ),
    "without_metadata.md": "Title-like line: not metadata?\n\nChỉ có nội dung. UBND.\n",
    "with_table.md": (
        "Title: Bảng\n\n| Tỉnh | Số dự án |\n|---|---|\n| Huế | 3 |\n\nHợp tác[^2].\n\n"
        "[^2]: Chú thích khác.\n"
    ),
    "summary_only.md": "Title: Chỉ tóm tắt\nSummary: Dòng **đậm**\n\n",
    "after_summary.md": "Title: Sau\nDate: 2024-05-01\n\nKey: value in the body\n",
    # Each inline pattern's trigger, alone in a document (TriggeredMarkdown).
    "inline_code.md": "Title: Mã\n\nGõ `invoke build` rồi mở.\n",
    "inline_escape.md": "Title: Thoát\n\nKhông nghiêng \\*đâu\\*.\n",
    "inline_link.md": "Title: Liên kết\n\nXem [bài](a.html) và ![ảnh](b.png).\n",
    "inline_reference.md": "Title: Tham chiếu\n\nXem [bài][1].\n\n[1]: a.html\n",
    "inline_autolink.md": "Title: Tự động\n\n<https://dantri.com.vn> <ban@bao.vn>\n",
    "inline_linebreak.md": "Title: Ngắt\n\nDòng một  \nDòng hai\n",
    "inline_html.md": "Title: HTML\n\nChữ <b>đậm</b> và <!-- ghi chú -->.\n",
    "inline_entity.md": "Title: Thực thể\n\nA &amp; B &copy; &#8212; & C\n",
    "inline_emphasis.md": "Title: Nhấn\n\n*nghiêng* _nghiêng_ **đậm** __đậm__ * sao\n",
    "plain_paragraphs.md": "Title: Thường\n\nMột đoạn.\nVẫn đoạn đó.\n\nĐoạn (hai): 1. Xong.\n",
    # Each block processor's and preprocessor's trigger (TriggeredMarkdown).
    "block_headers.md": "Title: Đầu\n\n# Một\n\nHai\n===\n\nBa\n---\n\n## Bốn ##\n",
    "block_rules.md": "Title: Kẻ\n\nTrên\n\n* * *\n\n___\n\n- - -\n\nDưới\n",
    "block_lists.md": (
        "Title: Danh sách\n\n1. Một\n2. Hai\n\n    tiếp\n\n* sao\n+ cộng\n"
        "- trừ\n    - lồng\n\n        mã trong mục\n"
    ),
    "block_tab_list.md": "Title: Tab\n\n-\tmột\n-\thai\n\n\tmã sau tab\n",
    "block_quote.md": "Title: Trích\n\n> Trích dẫn\n> > lồng\n> # tiêu đề\n> : không\n",
    "block_code.md": "Title: Mã\n\nĐoạn:\n\n    python -m hoptac\n\n```python\nx = 1\n```\n",
    "block_tilde_fence.md": "Title: Rào\n\n~~~\nthô\n~~~\n",
    "block_deflist.md": "Title: Định nghĩa\n\nHợp tác\n:   Cùng làm\n\n    thêm đoạn\n",
    "block_html.md": (
        'Title: Khối HTML\n\n<div class="x">\n<p>thô</p>\n</div>\n\n'
        '<div markdown="1">\n*trong* HTML\n</div>\n'
    ),
    "block_attr_list.md": "Title: Thuộc tính\n\n# Đầu {: #dau }\n\nĐoạn\n{: .lop }\n",
    "block_reference_only.md": 'Title: Tham chiếu\n\n[a]: https://dantri.com.vn "Dân trí"\n',
    "block_setext_in_list.md": "Title: Lồng\n\n- mục\n\n    Tiêu đề\n    ---\n",
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("markdown")
    written = []
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    fixtures = sorted((ROOT / "tests" / "fixtures" / "search").glob("*.md"))
    # Each file twice, in two orders: nothing may depend on what came before.
    return written + fixtures + written[::-1] + fixtures[::-1]


def settings(trusted_html: bool | None = None) -> dict:
    """Pelican's defaults; with the plugin's safe-content extension unless None."""
    config = dict(DEFAULT_CONFIG)
    config["MARKDOWN"] = {
        key: (dict(value) if isinstance(value, dict) else value)
        for key, value in DEFAULT_CONFIG["MARKDOWN"].items()
    }
    if trusted_html is not None:
        add_safe_content_extension(config["MARKDOWN"], trusted_html)
    return config


@pytest.mark.parametrize("mode", ["internals", "stock", "outside"])
@pytest.mark.parametrize("trusted_html", [None, False, True])
def test_same_content_and_metadata_as_pelicans_reader(
    files: list[Path], trusted_html: bool | None, mode: str, dependency_paths
) -> None:
    """With Markdown's internals (`TriggeredMarkdown`) or without (a plain
    Markdown, reused)."""
    pelicans = MarkdownReader(settings(trusted_html))
    with dependency_paths(mode):
        ours = ReusedMarkdownReader(settings(trusted_html))
        for path in files:
            assert ours.read(str(path)) == pelicans.read(str(path)), path.name
    assert (type(ours._markdown) is TriggeredMarkdown) == (mode == "internals")


def test_footnotes_and_metadata_do_not_leak_between_files(files: list[Path]) -> None:
    reader = ReusedMarkdownReader(settings())
    first, _ = reader.read(str(files[0]))
    content, metadata = reader.read(str(files[1]))
    assert "footnote" in first and "footnote" not in content
    assert "<abbr" in first and "<abbr" not in content
    assert metadata == {}


def test_the_plugin_replaces_only_pelicans_markdown_reader() -> None:
    register()  # as Pelican does when the plugin is listed
    readers = Readers(settings())
    assert type(readers.readers["md"]) is ReusedMarkdownReader
    assert type(readers.readers["markdown"]) is ReusedMarkdownReader
    assert not isinstance(readers.readers["html"], MarkdownReader)


@pytest.mark.parametrize("mode", ["stock", "outside"])
def test_without_pelicans_internals_pelicans_reader_stays(
    mode: str, dependency_paths
) -> None:
    register()
    with dependency_paths(mode):
        readers = Readers(settings())
    assert type(readers.readers["md"]) is MarkdownReader


def test_a_plain_text_runs_only_paragraph_blocks(files: list[Path]) -> None:
    reader = ReusedMarkdownReader(settings())
    plain = next(f for f in files if f.name == "plain_paragraphs.md")
    reader.read(str(plain))
    markdown = reader._markdown
    blocks = markdown.parser.blockprocessors
    used = {
        tuple(name for name, _ in active)
        for (stage, active) in markdown._registries
        if stage == id(blocks)
    }
    # "(hai): 1. Xong." has ": " and "1. ", so deflist and olist stay.
    assert used == {("empty", "olist", "deflist", "paragraph")}


def test_a_plain_text_runs_no_inline_pattern(files: list[Path]) -> None:
    reader = ReusedMarkdownReader(settings())
    plain = next(f for f in files if f.name == "plain_paragraphs.md")
    reader.read(str(plain))
    # The registry its conversion used (keyed by active pattern names) is empty.
    markdown = reader._markdown
    assert (id(markdown.inlinePatterns), ()) in markdown._registries
    emphasis = next(f for f in files if f.name == "inline_emphasis.md")
    content, _ = reader.read(str(emphasis))
    assert "<em>nghiêng</em>" in content and "<strong>đậm</strong>" in content
