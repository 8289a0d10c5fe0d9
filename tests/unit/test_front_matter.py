"""Front matter has one parser (`hoptac.article.read_front_matter`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoptac.article import FrontMatterError, parse_front_matter, read_front_matter
from hoptac.ingest.pipeline import is_hand_edited, with_checksum

TEXT = "Title: Một\nDate: 2020-01-02\ndate: 2020-01-03\nTopics: A, B\n\nThân bài.\n"


def test_it_says_where_each_key_is_and_which_are_repeated() -> None:
    found = read_front_matter(TEXT, "a.md")
    assert found.meta == {
        "Title": "Một",
        "Date": "2020-01-02",
        "date": "2020-01-03",
        "Topics": "A, B",
    }
    assert found.body == "Thân bài.\n"
    assert found.lines == {"Title": 1, "Date": 2, "date": 3, "Topics": 4}
    assert found.repeated == [("date", 2, 3)]  # Pelican reads keys in any case
    assert parse_front_matter(TEXT, "a.md") == (found.meta, found.body)


def test_a_broken_line_names_file_and_line() -> None:
    with pytest.raises(FrontMatterError, match=r"^a\.md:2: front matter key 'Hà"):
        read_front_matter("Title: Một\nHà Nội, Lâm Đồng\n\nThân.\n", "a.md")


def test_no_front_matter_leaves_the_text_whole() -> None:
    found = read_front_matter("Thân bài, không có khóa.\n")
    assert (found.meta, found.body, found.repeated) == (
        {},
        "Thân bài, không có khóa.\n",
        [],
    )


def test_ingest_reads_its_checksum_through_the_same_parser() -> None:
    written = with_checksum("Title: Một\nSource_ID: a\n\nThân bài.\n")
    assert not is_hand_edited(written)
    assert is_hand_edited(written.replace("Thân bài.", "Thân bài đã sửa."))
    # A line a person broke makes the file theirs, not ingest's to rewrite.
    assert is_hand_edited(written.replace("Source_ID: a", "Source_ID: a\nHà Nội"))
    # The key in the body is not the front matter's.
    assert is_hand_edited("Title: Một\n\nIngest_Checksum: 0\n")


def test_a_byte_order_mark_is_dropped_as_pelican_drops_it() -> None:
    found = read_front_matter("\ufeffTitle: Một\n\nThân.\n")
    assert found.meta == {"Title": "Một"}


def _markdown_meta(text: str) -> dict[str, list[str]]:
    """The metadata Pelican's Markdown reader starts from (the `meta` extension)."""
    from markdown import Markdown

    markdown = Markdown(extensions=["markdown.extensions.meta"])
    markdown.convert(text.removeprefix("\ufeff"))
    return markdown.Meta


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TRICKY = [
    "Title:\tTab\nDate: 2020-01-02  \n\nThân.\n",
    "Title: CRLF\r\nTopics: A, B\r\n\r\nThân.\r\n",
    "Title: Một: hai\nSummary:\n\nThân.\n",
    "\ufeffTitle: BOM\n\nThân.\n",
    "Title: Chỉ khóa\n",
]


@pytest.mark.parametrize(
    "text",
    TRICKY
    + [p.read_text("utf-8") for p in sorted(FIXTURES.rglob("*.md"))
       if p.name != "README.md"],
)  # fmt: skip
def test_what_it_reads_pelican_reads_alike(text: str) -> None:
    """Where the one parser accepts a file, Pelican's reader sees the same keys
    and values (it is stricter: a line Pelican would fold into the body stops
    the build instead)."""
    try:
        found = read_front_matter(text)
    except FrontMatterError:
        return
    if not found.meta or found.repeated:
        return
    assert _markdown_meta(text) == {k.lower(): [v] for k, v in found.meta.items()}
