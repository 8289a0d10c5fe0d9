"""Titles rebuilt from URL slugs: the syllable model, the article's own words and case."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoptac.ingest import titles
from hoptac.ingest.readers import read_articles
from hoptac.ingest.titles import (
    ModelCounter,
    TitleModel,
    dump_model,
    load_model,
    restore_title,
    shipped_model,
    slug_words,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "titles"


def read_fixture(name: str) -> tuple[str, str]:
    """Return a dantri fixture's URL and its body (it has no title line)."""
    lines = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    url = next(
        line.split("=", 1)[1].strip() for line in lines if line.startswith("# url")
    )
    return url, "\n".join(line for line in lines if not line.startswith("# "))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Errors of the slug-by-slug rebuild this model replaces.
        # A province opening the title is a heading when the article does not
        # write it before the next word (`_implied_colon`).
        ("city_name_from_article", "Hà Nội: Mưa rào nhiệt độ giảm sâu"),
        ("common_words_from_article", "May mắn tìm lại ví đánh rơi trên xe buýt"),
        # Acronyms keep the capitals (and the dot) the article writes them with.
        ("acronym_tphcm_joined", "TPHCM: Cách ly tập trung người về từ vùng dịch"),
        ("acronym_tp_dot_hcm", "ĐH Quốc gia TP.HCM trao bằng cho tân cử nhân"),
        ("acronyms_cdc_gs", "GS Nguyễn Văn Kính CDC Mỹ khuyên tiêm vắc xin"),
        ("acronyms_psg_uefa", "PSG bị UEFA phạt nặng vì vi phạm luật tài chính"),
        # A name no corpus knows, spelled and capitalised as the article does.
        ("person_name_from_article", "Ông Lò Văn Puốn hiến đất xây trường cho bản"),
        # Nothing folds to `xkzqw`: the word stays as typed.
        ("slug_word_without_candidate", "Ứng dụng xkzqw gây sốt trên mạng"),
    ],
)
def test_restore_title_from_the_article_and_the_model(name: str, expected: str) -> None:
    url, body = read_fixture(name)
    assert restore_title(url, body) == expected


def test_the_dantri_reader_rebuilds_the_title() -> None:
    path = FIXTURES / "city_name_from_article.txt"
    (article,) = read_articles(path, path.read_bytes())
    assert article.title == "Hà Nội: Mưa rào nhiệt độ giảm sâu"
    assert article.paragraphs[0].startswith("Người dân di chuyển")


def test_the_shipped_model_loads_and_knows_common_syllables() -> None:
    model = shipped_model()
    assert model.provenance["counted_from"].startswith("article bodies only")
    assert model.unigrams["người"] > model.unigrams.get("ngươi", 0) > 0
    assert "hà nội" in model.bigrams
    assert model.candidates["nguoi"][0] == "người"
    assert model.case_pairs.get("hà nội", model.case_forms.get("nội")) != "nội"


def test_words_missing_from_the_article_come_from_the_model() -> None:
    url, body = read_fixture("words_only_the_model_knows")
    assert restore_title(url, body) == "Thời tiết dịp nghỉ lễ nắng nóng gay gắt"
    # With no model, nothing knows these words: they stay as the slug typed them.
    assert restore_title(url, body, model=TitleModel()) == (
        "Thoi tiet dip nghi le nang nong gay gat"
    )


def test_the_article_outweighs_the_corpus() -> None:
    # `Lâm` (a name) beats the far commoner `làm` when the article says so.
    url = "https://x.vn/lam-dong-hop-tac-ha-noi-20210428063920741.htm"
    text = "Lâm Đồng và Hà Nội ký kết hợp tác phát triển du lịch."
    assert restore_title(url, text) == "Lâm Đồng hợp tác Hà Nội"


def test_a_slug_of_one_word_names_no_title() -> None:
    assert restore_title("https://x.vn/video-20210428063920741.htm", "Bài viết.") == ""


def test_model_round_trips_and_counts_bodies_only_as_given() -> None:
    counter = ModelCounter()
    for _ in range(3):
        counter.add("Sáng nay, UBND TP Hà Nội họp về hợp tác với Lâm Đồng.")
        counter.add("Hà Nội và Lâm Đồng ký kết hợp tác.")
    model = counter.model(min_bigram=2, min_trigram=2, provenance={"counted_from": "x"})
    again = load_model(dump_model(model))
    assert again.unigrams == model.unigrams and again.trigrams == model.trigrams
    assert again.case_forms["ubnd"] == "UBND"
    assert again.case_forms["nội"] == "Nội"
    assert again.candidates["lam"] == ["lâm"]
    assert again.provenance == {"counted_from": "x"}
    # `Sáng` starts its sentence: its capital says nothing.
    assert "sáng" not in again.case_forms


def _counted_model() -> TitleModel:
    counter = ModelCounter()
    for _ in range(3):
        counter.add("Hà Nội và Lâm Đồng ký kết hợp tác. Đà Lạt hợp tác với Hà Nội.")
        counter.add("Người dân Hà Nội đi làm sớm. Hà Nội mưa to. Đồng hồ chạy.")
    return counter.model(min_bigram=2, min_trigram=2)


def test_the_file_carries_the_smoothing_derived_from_its_counts() -> None:
    model = _counted_model()
    derived = titles._smoothing(model)  # from the counts, as before format 2
    again = load_model(dump_model(model))
    assert again.smoothing is not None and again.smoothing.rest2  # read, not derived
    for name in ("low", "unseen", "rest1", "rest2", "rare_pairs"):
        assert getattr(again.smoothing, name) == getattr(derived, name), name
    # Candidates keep the order of frequency (`hà` is commoner than `hạ`, absent).
    assert again.candidates == model.candidates


def test_rare_pairs_are_derived_again_for_other_parameters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = _counted_model()
    data = dump_model(model)
    monkeypatch.setattr(titles, "MAX_CANDIDATES", 0)  # every syllable is "rare"
    monkeypatch.setattr(titles, "RARE_SEEN", 1)
    again = load_model(data)
    assert again.smoothing.rare_pairs == titles._rare_pairs(again)
    assert ("ha", "nội") in again.smoothing.rare_pairs


def test_a_format_1_file_still_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _counted_model()
    monkeypatch.setattr(titles, "MODEL_FORMAT", "hoptac-title-model/1")
    monkeypatch.setattr(titles, "_count_stats", lambda m: titles._Stats(*[[]] * 7))
    monkeypatch.setattr(titles, "_rare_pairs", lambda m: set())
    old = dump_model(model)  # format 1 reads only the count and form sections
    monkeypatch.undo()
    again = load_model(old)
    assert again.unigrams == model.unigrams and again.trigrams == model.trigrams
    assert again.candidates == model.candidates
    assert again.smoothing.rest1 == titles._smoothing(model).rest1


def test_a_tiny_model_alone_restores_a_title(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = ModelCounter()
    for _ in range(3):
        counter.add("Người dân Hà Nội đi làm sớm. Hà Nội mưa to.")
    model = counter.model(min_bigram=2, min_trigram=2)
    monkeypatch.setattr(titles, "shipped_model", lambda: model)
    url = "https://x.vn/ha-noi-mua-to-nguoi-dan-di-lam-som-20210428063920741.htm"
    assert restore_title(url, "") == "Hà Nội mưa to người dân đi làm sớm"


def test_tone_placement_follows_the_article() -> None:
    url = "https://x.vn/thuy-dien-hoa-binh-xa-lu-20210428063920741.htm"
    text = "Nhà máy thuỷ điện Hoà Bình mở thêm cửa xả lũ."
    assert restore_title(url, text) == "Thuỷ điện Hoà Bình xả lũ"


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        # python-slugify keeps `u23` whole; dantri's slugifier writes `u-23`.
        ("u23-viet-nam-thang-6-2", "U23 Việt Nam thắng 6/2"),
        ("u-23-viet-nam-thang-6-2", "U23 Việt Nam thắng 6/2"),
        ("iphone-va-ipad-giam-gia", "iPhone và iPad giảm giá"),
    ],
)
def test_joins_and_mixed_case_follow_the_article(slug: str, expected: str) -> None:
    text = "U23 Việt Nam thắng ngày 6/2. Apple giảm giá iPhone và iPad."
    assert restore_title(f"https://x.vn/{slug}-20210101010101010.htm", text) == expected


def test_a_rare_syllable_is_a_candidate_beside_its_usual_neighbour() -> None:
    # `đụng` is only the 11th commonest syllable folding to `dung`.
    url = "https://x.vn/cuoc-dung-do-tai-bien-gioi-20210101010101010.htm"
    assert restore_title(url, "Hai nước nổ súng.") == "Cuộc đụng độ tại biên giới"


def test_a_word_the_slugifier_glued_is_found_as_the_article_writes_it() -> None:
    # dantri's slugifier drops the `/` of `đồng/kg`: the slug says `dongkg`.
    url = "https://dantri.com.vn/x/18-trieu-dongkg-oc-huong-20210101010101010.htm"
    text = "Giá ốc hương lên 18 triệu đồng/kg tại chợ."
    assert restore_title(url, text) == "18 triệu đồng/kg ốc hương"


def test_a_syllable_the_article_repeats_does_not_win_out_of_its_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The article says `sử dụng` again and again; the title's `dung` sits
    # before `chip`, where the corpus writes `dùng`: the article's habit
    # makes `dụng` likelier, not likely wherever it folds.
    counter = ModelCounter()
    for _ in range(6):
        counter.add("Hãng điện thoại dùng chip mới. Người dùng chip cũ than phiền.")
        counter.add("Việc sử dụng điện thoại tăng. Họ sử dụng nhiều hơn.")
    model = counter.model(min_bigram=2, min_trigram=2)
    monkeypatch.setattr(titles, "shipped_model", lambda: model)
    url = "https://x.vn/dien-thoai-dung-chip-moi-20210101010101010.htm"
    text = "Sử dụng điện thoại. " * 8 + "Máy mới ra mắt."
    assert restore_title(url, text) == "Điện thoại dùng chip mới"


def test_a_slip_of_the_article_loses_to_its_usual_spelling() -> None:
    # The article writes `săp` once (a slip the corpus never saw) and
    # `sắp` twice: the slip is no candidate.
    url = "https://x.vn/my-tam-sap-cuoi-ban-trai-20210101010101010.htm"
    text = (
        "Mỹ Tâm săp cưới bạn trai vào cuối năm. Tin Mỹ Tâm sắp lên xe hoa "
        "khiến người hâm mộ vui. Cô sắp có đám cưới."
    )
    assert restore_title(url, text) == "Mỹ Tâm sắp cưới bạn trai"
    known = {"sắp": 3469, "sập": 900}
    counts = {"sắp": 2, "săp": 1, "ròm": 8, "sập": 1}
    assert titles._written(["sắp", "săp", "sập"], counts, known) == ["sắp", "sập"]
    # A syllable the corpus lacks, written more often than any it knows, is
    # a name or a new word: it stays.
    assert titles._written(["ròm", "sập"], counts, known) == ["ròm", "sập"]
    assert titles._written(["săp"], counts, known) == ["săp"]


@pytest.mark.parametrize(
    ("slug", "text", "expected"),
    [
        # The corpus knows `Vũ Cát` (of `Vũ Cát Tường`); this article
        # writes `cát` (sand) and never the name.
        (
            "vu-cat-tac-hoanh-hanh-o-quang-nam",
            "Tình trạng khai thác cát trái phép diễn ra ở nhiều xã. Tàu hút "
            "cát hoạt động cả đêm.",
            "Vụ cát tặc hoành hành ở Quảng Nam",
        ),
        # The article writes the name: it stays.
        (
            "vu-cat-tuong-hat-o-quang-nam",
            "Ca sĩ Vũ Cát Tường hát ở nhiều nơi. Khán giả Quảng Nam đón cô.",
            "Vũ Cát Tường hát ở Quảng Nam",
        ),
        # The article writes neither syllable: nothing says it is no name.
        (
            "vu-cat-tuong-hat-o-quang-nam",
            "Khán giả Quảng Nam đón ca sĩ.",
            "Vũ Cát Tường hát ở Quảng Nam",
        ),
    ],
)
def test_a_name_of_the_corpus_the_article_never_writes_is_not_the_titles(
    slug: str, text: str, expected: str
) -> None:
    url = f"https://x.vn/{slug}-20210101010101010.htm"
    assert restore_title(url, text) == expected
    model = shipped_model()
    assert titles._is_name("vũ cát", model) and titles._is_name("hà nội", model)
    assert not titles._is_name("sông đuống", model)


def test_the_article_counts_only_tokens_that_fold_to_slug_words() -> None:
    article = titles._Article(
        "Đội U23 Việt Nam thắng. U23 Việt Nam vui. Hà Nội. Nội dung hay; Việt Namese",
        {"u", "23", "viet", "nam", "ha", "noi"},
    )
    # `U23` is two tokens, a letter run and a digit run, written glued.
    assert article.bigrams["u 23"] == 2 and article.trigrams["u 23 việt"] == 2
    # A sentence's end breaks pairs; `Namese` is not `nam`.
    assert "nội nội" not in article.bigrams
    assert article.unigrams["nam"] == 2 and article.unigrams["nội"] == 2
    # The second `U23` and the second `Nội` open their sentences.
    assert article.initial["u"] == 1 and article.initial["nội"] == 1
    assert article.initial["hà"] == 1 and article.initial["hà nội"] == 1
    # Inside a sentence `Việt Nam` is written with capitals; `Nội` opens one.
    assert article.case_votes("việt nam") == {"Việt Nam": 2}
    assert article.case_votes("nội") == {"Nội": 1}


def test_the_article_counts_syllables_written_near_slug_words() -> None:
    article = titles._Article(
        "Anh trồng thêm nhiều trúc quanh nhà. Trồng cây. Trúc xanh, vườn sau trồng rau.",
        {"trong", "truc", "nha"},
    )
    # Fewer than three tokens between, in one sentence: `trồng thêm nhiều trúc`
    # and `trúc quanh nhà`; `Trồng cây. Trúc` is two sentences, and `Trúc …
    # trồng` three tokens apart (`xanh`, `vườn`, `sau`: the comma is no token).
    assert article.near[("trồng", "truc")] == 1 and article.near[("trúc", "trong")] == 1
    assert article.near[("trúc", "nha")] == 1 and ("trồng", "nha") not in article.near
    assert article.near_uses("trồng", ["truc", "nha"]) == 1
    # In order, not side by side: `trồng … trúc` is a gapped pair, `trúc trồng` is not.
    assert article.skips == {"trồng trúc": 1, "trúc nhà": 1}


def test_numeric_article_ids_leave_the_slug() -> None:
    # dantri and tuoitre ids have 17 or more digits, vnexpress ids 7.
    assert slug_words("https://vnexpress.net/xe-dien-gia-re-4937349.html") == [
        "xe",
        "dien",
        "gia",
        "re",
    ]
    assert slug_words("https://dantri.com.vn/a/ha-noi-20210101010101010.htm") == [
        "ha",
        "noi",
    ]


@pytest.mark.parametrize(
    ("slug", "text", "expected"),
    [
        # A date that ends a heading; not a time of day nor a date at the end.
        (
            "gia-vang-hom-nay-8-2-giam-manh",
            "Giá vàng giảm mạnh ngày 8/2.",
            "Giá vàng hôm nay 8/2: Giảm mạnh",
        ),
        ("sang-8-2-gia-vang-giam-manh", "Giá vàng giảm mạnh ngày 8/2.", None),
        ("gia-vang-giam-manh-ngay-8-2", "Giá vàng giảm mạnh ngày 8/2.", None),
        # A province that opens the title, unless the article writes it so.
        (
            "ha-noi-tai-nan-lien-mien",
            "Tai nạn liên miên tại Hà Nội. Người dân lo lắng.",
            "Hà Nội: Tai nạn liên miên",
        ),
        (
            "ha-noi-mua-rao-nhiet-do-giam",
            "Hôm nay Hà Nội mưa rào, nhiệt độ giảm.",
            None,
        ),
        # `Vụ …` names a case, and the colon comes where the news begins.
        (
            "vu-chay-nha-xuong-o-binh-duong-nhieu-cong-nhan-duoc-so-tan-kip-thoi",
            "Vụ cháy nhà xưởng ở Bình Dương xảy ra sáng qua. "
            "Nhiều công nhân được sơ tán kịp thời.",
            "Vụ cháy nhà xưởng ở Bình Dương: Nhiều công nhân được sơ tán kịp thời",
        ),
        # Too short to hold a case and its news.
        ("vu-chay-o-binh-duong", "Vụ cháy ở Bình Dương.", None),
    ],
)
def test_a_heading_the_slug_hides_gets_its_colon(
    slug: str, text: str, expected: str | None
) -> None:
    url = f"https://dantri.com.vn/xa-hoi/{slug}-20210101010101010.htm"
    title = restore_title(url, text)
    if expected is None:
        assert ":" not in title
    else:
        assert title == expected
    # Only outlets known to write such headings get one.
    other = restore_title(f"https://vnexpress.net/{slug}-4937349.html", text)
    assert ":" not in other and other.lower() == title.replace(":", "").lower()


@pytest.mark.parametrize(
    ("slug", "text", "expected"),
    [
        # `ĐH Công nghiệp` is a name, but the title's `công` belongs to
        # `công bố`, which the article only writes in lower case.
        (
            "hang-loat-dh-cong-bo-phuong-an",
            "Trường ĐH Công nghiệp và ĐH Công nghệ đã họp. "
            "Nhiều trường công bố phương án tuyển sinh. Bộ công bố lịch thi.",
            "Hàng loạt ĐH công bố phương án",
        ),
        # The article writes `Kiểm toán` in names three times and `kiểm
        # toán` as a word once; the corpus writes the word in lower case.
        (
            "cong-bo-ket-luan-kiem-toan",
            "Theo Kiểm toán Nhà nước, đoàn Kiểm toán đã họp với Kiểm toán khu "
            "vực. Công tác kiểm toán đã xong và kết luận được công bố.",
            "Công bố kết luận kiểm toán",
        ),
        # The corpus writes `thẩm mỹ` (aesthetics) in lower case; this
        # article only ever writes `Mỹ`.
        (
            "toa-phuc-tham-my-xem-xet",
            "Tòa án Mỹ đã họp. Chính phủ Mỹ kháng cáo, và tòa phúc thẩm "
            "của Mỹ sẽ xem xét. Người dân Mỹ chờ đợi.",
            "Tòa phúc thẩm Mỹ xem xét",
        ),
        # The article writes `Công` only in `Công nghiệp`; the title's
        # `công` sits between two lower-case pairs of the corpus.
        (
            "truong-ha-noi-cong-bo-thong-tin",
            "Trường ĐH Công nghiệp Hà Nội đã họp. Theo ĐH Công nghiệp, "
            "thí sinh xem thông tin trên trang của trường Công nghiệp.",
            "Trường Hà Nội công bố thông tin",
        ),
    ],
)
def test_capitals_follow_the_articles_words_not_its_names(
    slug: str, text: str, expected: str
) -> None:
    url = f"https://x.vn/{slug}-20210101010101010.htm"
    assert restore_title(url, text) == expected
