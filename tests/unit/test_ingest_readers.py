from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from hoptac.ingest.decoding import decode_source
from hoptac.ingest.pipeline import safe_source_name
from hoptac.ingest.readers import (
    RESTORED_TITLE_MAX_WORDS,
    clean_source_id,
    read_articles,
    title_from_first_sentence,
)
from hoptac.ingest.records import InputError, RawArticle
from hoptac.ingest.titles import restore_title, slug_words
from hoptac.vietnamese import TONE_MARKS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def read_one(path: Path, data: bytes | None = None) -> RawArticle:
    items = list(read_articles(path, path.read_bytes() if data is None else data))
    assert len(items) == 1
    if isinstance(items[0], InputError):
        raise items[0]
    return items[0]


def test_scraped_page_keeps_the_article_and_drops_the_furniture() -> None:
    article = read_one(FIXTURES / "scraped_page_with_clock_line_and_furniture.txt")
    assert article.title == "Thừa Thiên Huế- Hà Nội: Cùng hợp tác để phát triển"
    assert article.date == "2019-06-14T18:26"
    assert article.byline == "Anh Phong"
    assert article.source_name == "TTH.VN"  # the lead opens `TTH.VN - …`
    body = article.body
    assert body.startswith("TTH.VN - Tăng cường trao đổi kinh nghiệm")
    assert "Bí thư Tỉnh ủy Thừa Thiên Huế Lê Trường Lưu" in body
    for furniture in (
        "ĐÁNH GIÁ",
        "BẠN CÓ THỂ QUAN TÂM",
        "Return to top",
        "nguồn vốn tín dụng",
    ):
        assert furniture not in body
    # The glued line of related-article links is not article text.
    assert "Chủ động phòng ngừa suy thoái" not in body


def test_scraped_page_without_a_year_is_partially_dated_not_invented() -> None:
    article = read_one(
        FIXTURES / "scraped_page_with_partial_date_and_comment_snippets.txt"
    )
    assert article.title == "Nâng cao hiệu quả hợp tác Hà Nội và Lâm Đồng"
    assert article.date == ""
    assert article.date_partial == "26–27/10"
    assert any("without a year" in m for m in article.messages)
    # The comment box and the unrelated snippets after it are cut.
    assert "Bếp ăn tập thể" not in article.body
    assert "Hội khỏe Phù Đổng" not in article.body
    assert article.body.rstrip().endswith(
        "niềm tự hào của nhân dân hai tỉnh, thành phố."
    )


def test_dantri_title_line_and_headers() -> None:
    article = read_one(FIXTURES / "dantri_with_title_line.txt")
    assert article.source_id == "news_society_002"
    assert article.date and len(article.date) == 10
    assert article.source_name == "Dân trí"
    assert article.source_url.startswith("https://dantri.com.vn/")
    assert article.title not in article.paragraphs


def test_dantri_caption_first_line_gets_the_title_back_from_the_url() -> None:
    article = read_one(FIXTURES / "dantri_first_line_is_a_photo_caption.txt")
    assert article.title.startswith("Ổ dịch Hà Nam phức tạp, Hà Nội") or (
        slug_words(article.source_url)[:4] == ["o", "dich", "ha", "nam"]
        and "Hà Nam" in article.title
        and "Hà Nội" in article.title
    )
    # The caption stays in the body: its words were published.
    assert article.paragraphs[0].startswith("Phó Chủ tịch UBND TP Hà Nội Chử Xuân Dũng")
    assert any("rebuilt from the URL" in m for m in article.messages)
    assert article.title_restored


def test_a_dantri_title_line_is_not_marked_restored() -> None:
    assert not read_one(FIXTURES / "dantri_with_title_line.txt").title_restored


def test_restore_title_uses_the_article_s_own_accents() -> None:
    text = "Lâm Đồng và Hà Nội ký kết hợp tác phát triển du lịch."
    title = restore_title(
        "https://x.vn/ha-noi-lam-dong-hop-tac-du-lich-20210428063920741.htm", text
    )
    assert title == "Hà Nội Lâm Đồng hợp tác du lịch"


def test_nfd_source_becomes_nfc() -> None:
    raw = (FIXTURES / "dantri_stored_in_nfd.txt").read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
    article = read_one(FIXTURES / "dantri_stored_in_nfd.txt")
    assert unicodedata.is_normalized("NFC", article.title + article.body)


def _cp1258(text: str) -> bytes:
    """Encode Vietnamese as Windows-1258 does: base letters plus combining tones."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        marks = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in marks if c in TONE_MARKS)
        letter = unicodedata.normalize(
            "NFC", "".join(c for c in marks if c not in TONE_MARKS)
        )
        out += letter.encode("cp1258") + tone.encode("cp1258")
    return out


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Hµ Néi vµ L©m §ång hîp t¸c ph¸t triÓn du lÞch".encode("latin-1"), "TCVN3"),
        (
            "Haø Noäi vaø Laâm Ñoàng hôïp taùc phaùt trieån du lòch".encode("latin-1"),
            "VNI",
        ),
    ],
)
def test_unreadable_inputs_say_what_is_wrong(data: bytes, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        decode_source(data)


def test_size_limit_is_reported() -> None:
    with pytest.raises(InputError, match="over the limit"):
        decode_source(b"x" * 2000, size_limit=1000)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1258"])
def test_other_encodings_are_decoded(encoding: str) -> None:
    text = "Hà Nội hợp tác với Thừa Thiên Huế về du lịch"
    data = _cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    decoded, _ = decode_source(data)
    assert decoded == text


def test_photo_caption_as_title_gives_a_restored_title(tmp_path: Path) -> None:
    page = tmp_path / "caption.txt"
    page.write_text(
        "Toàn cảnh hội nghị (Ảnh: Văn Hùng)\n\nNội dung bài viết. Câu hai.\n",
        encoding="utf-8",
    )
    article = read_one(page)
    assert article.title == "Nội dung bài viết"
    assert article.title_restored
    assert article.paragraphs[0] == "Toàn cảnh hội nghị (Ảnh: Văn Hùng)"
    assert any("photo caption" in m for m in article.messages)


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "bai-viet.html"
    paragraphs = "".join(
        f"<p>Đoạn {i}: Hà Nội và Lâm Đồng đẩy mạnh hợp tác trong lĩnh vực du lịch, "
        "nông nghiệp công nghệ cao và xúc tiến thương mại giữa hai địa phương.</p>"
        for i in range(6)
    )
    page.write_text(
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        "<title>Hà Nội - Lâm Đồng hợp tác | Báo X</title>"
        "<meta property='og:title' content='Hà Nội - Lâm Đồng hợp tác'>"
        "<meta property='article:published_time' content='2021-05-02T08:30:00+07:00'>"
        "<link rel='canonical' href='https://dantri.com.vn/xa-hoi/ha-noi-lam-dong.htm'>"
        "</head><body><nav><a href='/'>Trang chủ</a><a href='/the-thao'>Thể thao</a></nav>"
        f"<article><h1>Hà Nội - Lâm Đồng hợp tác</h1>{paragraphs}</article>"
        "<footer>Bản quyền thuộc về Báo X. Liên hệ quảng cáo.</footer></body></html>",
        encoding="utf-8",
    )
    article = read_one(page)
    assert article.title == "Hà Nội - Lâm Đồng hợp tác"
    assert article.date.startswith("2021-05-02")
    assert article.source_name == "Dân trí"
    assert len(article.paragraphs) == 6
    assert "Bản quyền" not in article.body


def test_html_without_an_article_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Trang chủ</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article"):
        read_one(page)


def test_json_lines_tolerate_field_names_and_report_bad_lines(tmp_path: Path) -> None:
    records = [
        json.dumps(
            {"id": "a1", "title": "Hà Nội hợp tác", "body": "Đoạn một.\nĐoạn hai."}
        ),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"doc_id": "a2", "headline": "Không có nội dung"}),
        "",
        json.dumps(
            {
                "id": "a3",
                "title": "Lâm Đồng",
                "content": "Nội dung.",
                "date": "20190614",
            },
            ensure_ascii=False,
        ),
    ]
    path = tmp_path / "export.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(records).encode("utf-8")))
    items = list(read_articles(path, path.read_bytes()))
    articles = [i for i in items if isinstance(i, RawArticle)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [a.source_id for a in articles] == ["a1", "a3"]
    assert articles[0].paragraphs == ["Đoạn một.", "Đoạn hai."]
    assert articles[1].date == "2019-06-14"
    assert articles[1].location.endswith("export.jsonl.gz:6")
    assert errors[0].endswith(
        ":2: malformed JSON (Expecting property name enclosed in double quotes at column 2)"
    )
    assert ":3: a record must be a JSON object" in errors[1]
    assert ":4: record has no body" in errors[2]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hà Nội và Lâm Đồng ký kết hợp tác. Hai bên thống nhất.",
            "Hà Nội và Lâm Đồng ký kết hợp tác",
        ),
        (
            "(Dân trí) - Sáng 12/3, đoàn công tác tỉnh Lâm Đồng làm việc với Hà Nội.",
            "Sáng 12/3, đoàn công tác tỉnh Lâm Đồng làm việc với Hà Nội",
        ),
        (
            "TTH.VN - Tăng cường trao đổi kinh nghiệm giữa hai địa phương!",
            "Tăng cường trao đổi kinh nghiệm giữa hai địa phương!",
        ),
        (
            "\n\n  Vì sao Huế và Đà Nẵng liên kết?\nĐoạn sau.",
            "Vì sao Huế và Đà Nẵng liên kết?",
        ),
        # Cut at a word boundary, and not on a word that leaves the phrase hanging.
        (
            "Ủy ban nhân dân thành phố Hà Nội và Ủy ban nhân dân tỉnh Lâm Đồng "
            "đã ký kết chương trình hợp tác giai đoạn 2021 - 2025, nhằm phát triển",
            "Ủy ban nhân dân thành phố Hà Nội và Ủy ban nhân dân tỉnh Lâm Đồng",
        ),
        (
            "Hợp tác, liên kết, phát triển, bền vững, toàn diện, hiệu quả, lâu dài, "
            "thiết thực, cụ thể, rõ ràng",
            "Hợp tác, liên kết, phát triển, bền vững, toàn diện, hiệu quả, lâu dài, "
            "thiết thực",
        ),
        ("!!!", "!!!"),
    ],
)
def test_title_from_first_sentence(text: str, title: str) -> None:
    restored = title_from_first_sentence(text)
    assert restored == title
    assert len(restored.split()) <= RESTORED_TITLE_MAX_WORDS


def test_json_lines_record_without_a_title_is_kept_with_a_restored_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps({"id": "b1", "title": "  ", "body": "Huế và Đà Nẵng ký kết. Sau."})
        + "\n",
        encoding="utf-8",
    )
    article = read_one(path)
    assert article.title == "Huế và Đà Nẵng ký kết"
    assert article.title_restored
    assert any("no title" in m for m in article.messages)


def test_html_page_without_a_title_is_kept_with_a_restored_one(tmp_path: Path) -> None:
    page = tmp_path / "khong-tieu-de.html"
    paragraphs = "".join(
        f"<p>Câu {i}: Hà Nội và Lâm Đồng đẩy mạnh hợp tác trong lĩnh vực du lịch, "
        "nông nghiệp công nghệ cao và xúc tiến thương mại giữa hai địa phương.</p>"
        for i in range(6)
    )
    page.write_text(
        f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8"
    )
    article = read_one(page)
    assert article.title.startswith("Câu 0: Hà Nội và Lâm Đồng đẩy mạnh hợp tác")
    assert article.title_restored


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a1", "a1"),
        ("a, b", "a-b"),
        ("dòng\nhai\tba", "dòng hai ba"),
        ("x\x00y", "xy"),
    ],
)
def test_source_ids_survive_front_matter(value: str, expected: str) -> None:
    messages: list[str] = []
    assert clean_source_id(value, messages) == expected
    assert bool(messages) == (value != expected)


def test_a_huge_source_id_is_shortened_but_stays_distinct() -> None:
    one, two = (clean_source_id(c * 5000, []) for c in "ab")
    assert len(one) <= 100 and one != two


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("bai.txt", "bai.txt"),
        ("bài viết.txt", "bài viết.txt"),  # one space is safe: names stay as they were
        ("bài, viết.txt", "bài-viết.txt"),
        ("bài  viết.txt", "bài-viết.txt"),
        ("bài\tviết\n.txt", "bài-viết-.txt"),
        ("#1?.txt", "1-.txt"),
        ("-.txt", "source.txt"),
        ("a.txt ", "a.txt"),
        ("x, y.jsonl.gz", "x-y.jsonl.gz"),
        (".ẩn.txt", "ẩn.txt"),
        ("...", "source"),
        ("\udcff.txt", "source.txt"),
    ],
)
def test_safe_source_name(name: str, safe: str) -> None:
    assert safe_source_name(name) == safe


def test_json_lines_without_a_size_limit_read_every_record(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    records = [{"id": n, "title": f"Bài {n}", "body": "Hà Nội." * 50} for n in (1, 2)]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    items = list(read_articles(path, path.read_bytes(), size_limit=0))
    assert [a.source_id for a in items if isinstance(a, RawArticle)] == ["1", "2"]
