from __future__ import annotations

from pathlib import Path

import pytest

from hoptac.ingest.readers import read_articles
from hoptac.tagging import tag_article
from hoptac.tagging.leaders import find_leaders
from hoptac.tagging.topics import TopicList, assign_topics

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"


def provinces(text: str) -> list[str]:
    return tag_article("", text).provinces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn công tác của Thành uỷ Hà Nội làm việc tại tỉnh Lâm Đồng.",
            ["Hà Nội", "Lâm Đồng"],
        ),
        ("Lãnh đạo TP.HCM và TPHCM cùng Sài Gòn.", ["Hồ Chí Minh"]),
        ("Hợp tác với TT-Huế và BR-VT.", ["Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"]),
        ("Thanh Hoá và Thanh Hóa là một.", ["Thanh Hóa"]),
        ("Đoàn thăm huyện Lâm Hà và huyện Đạ Tẻh.", ["Lâm Đồng"]),
        ("Giữ gìn hòa bình thế giới.", []),
        # the city is not named; the Mausoleum (a landmark) is in Hà Nội
        ("Tư tưởng Hồ Chí Minh và Lăng Chủ tịch Hồ Chí Minh.", ["Hà Nội"]),
        (
            "Đoàn TNCS Hồ Chí Minh tổ chức hội thảo tại Thành phố Hồ Chí Minh.",
            ["Hồ Chí Minh"],
        ),
        ("Phó Chủ tịch Nguyễn Hòa Bình phát biểu.", []),
        ("Quán ăn trên phố Huế và đường Lạng Sơn.", []),
        ("Trường mầm non Nam Hà (xã Nam Hà).", []),
        ("Tỉnh Hà Nam (Trung Quốc) ghi nhận ca bệnh.", []),
        ("Thủ tướng thăm tỉnh Đắk Lắk và Đăk Lăk.", ["Đắk Lắk"]),
    ],
)
def test_province_rules(text: str, expected: list[str]) -> None:
    assert provinces(text) == expected


def test_districts_keep_the_name_used_at_the_time() -> None:
    tags = tag_article("", "Làm việc với lãnh đạo huyện Đạ TẻH và huyện Lâm Hà.")
    assert tags.districts == ["Đạ Tẻh (Lâm Đồng)", "Lâm Hà (Lâm Đồng)"]
    assert tags.provinces_2025 == ["Lâm Đồng"]


def test_provinces_2025_follow_the_merger_map() -> None:
    tags = tag_article("", "Bình Dương, Bà Rịa - Vũng Tàu và Thừa Thiên Huế.")
    assert tags.provinces_2025 == ["Hồ Chí Minh", "Huế"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Phó Bí thư Thành ủy Nguyễn Văn Phong dẫn đầu đoàn.",
            "Nguyễn Văn Phong",
            "Phó Bí thư Thành ủy",
        ),
        (
            "Chủ tịch UBND TP. Hà Nội - Nguyễn Đức Chung cho rằng",
            "Nguyễn Đức Chung",
            "Chủ tịch UBND TP. Hà Nội",
        ),
        (
            "Tham dự có UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Trường Lưu; các sở.",
            "Lê Trường Lưu",
            "UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh",
        ),
        (
            "ông Lê Hữu Minh, Quyền Giám đốc Sở Du lịch tỉnh Thừa Thiên Huế đề xuất.",
            "Lê Hữu Minh",
            "Quyền Giám đốc Sở Du lịch tỉnh Thừa Thiên Huế",
        ),
        (
            "Bộ trưởng Bộ Y tế Nguyễn Thanh Long cho biết.",
            "Nguyễn Thanh Long",
            "Bộ trưởng Bộ Y tế",
        ),
    ],
)
def test_leaders_are_named_with_their_office(text: str, name: str, title: str) -> None:
    roles = {r.name: r for r in tag_article("", text).leader_roles}
    assert name in roles
    assert roles[name].title == title


@pytest.mark.parametrize(
    "text",
    [
        "Anh Nguyễn Văn A, một bệnh nhân, đã khỏi bệnh.",
        "Ca sĩ Mỹ Tâm biểu diễn tại Hà Nội.",
        "Chủ tịch HĐQT Tập đoàn Vingroup Phạm Nhật Vượng phát biểu.",
        "Làm việc với huyện Lâm Hà, Phó Bí thư Thành ủy khẳng định.",
    ],
)
def test_people_without_an_office_are_not_leaders(text: str) -> None:
    assert tag_article("", text).leaders == []


def test_seed_leaders_and_the_bodies_they_serve() -> None:
    path = SEEDS / "003_3cb4a89ac6d46a88.txt"
    article = next(read_articles(path, path.read_bytes()))
    roles = {r.name: r for r in tag_article(article.title, article.body).leader_roles}
    assert set(roles) >= {
        "Lê Trường Lưu",
        "Phan Ngọc Thọ",
        "Nguyễn Đức Chung",
        "Lê Hữu Minh",
    }
    assert roles["Lê Trường Lưu"].province == "Thừa Thiên Huế"
    assert roles["Nguyễn Đức Chung"].province == "Hà Nội"

    path = SEEDS / "000_d1db765ffe64c507.txt"
    article = next(read_articles(path, path.read_bytes()))
    tags = tag_article(article.title, article.body)
    assert tags.leaders == ["Nguyễn Văn Phong"]
    assert (
        str(tags.leader_roles[0]) == "Nguyễn Văn Phong = Phó Bí thư Thành ủy (Hà Nội)"
    )


def test_topics_come_from_the_editable_list() -> None:
    topic_list = TopicList.parse(
        'threshold = 2\n["du lịch"]\nphrases = ["du lịch", "du khách"]\n'
        '["y tế"]\nphrases = ["bệnh viện"]\n',
        "test",
    )
    assert assign_topics("Hợp tác du lịch", "Du khách đến.", topic_list) == ["du lịch"]
    assert assign_topics("", "Một bệnh viện.", topic_list) == []
    with pytest.raises(ValueError, match="comma"):
        TopicList.parse('["a, b"]\nphrases = ["x"]\n', "bad.toml")


# -- issue 14: leaders are people, provinces are places ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # glued to the next word by the source
        (
            "Tổng Bí thư Nguyễn Phú Trọngmong rằng quan hệ phát triển.",
            "Nguyễn Phú Trọng",
        ),
        (
            "Bộ trưởng Bộ Y tế Nguyễn Thanh Longđề nghị TPHCM báo cáo.",
            "Nguyễn Thanh Long",
        ),
        # an initial in a Vietnamese letter before a transliterated name
        ("Tổng thống Pháp Ê.Ma-crông bắt tay với cử tri.", "Ê.Ma-crông"),
        # … a common word without marks glued to a name without marks
        (
            "Phó Thủ tướng Phạm Bình Minhcho biết: còn hơn 4 tháng.",
            "Phạm Bình Minh",
        ),
        # a family name the old list lacked
        ("bà Lữ Thị Kim Hoa - Trưởng Phòng GD-ĐT quận bị kỷ luật.", "Lữ Thị Kim Hoa"),
        # the office given in a predicate
        ("Ông Nguyễn Thiện Nhân làm Bí thư Thành ủy TPHCM.", "Nguyễn Thiện Nhân"),
        # foreign officials named with their office, as written
        ("Tổng thống Mỹ Joe Biden phát biểu tại hội nghị.", "Joe Biden"),
        ("Thủ tướng Lào Phankham Viphavanh đã ký lệnh.", "Phankham Viphavanh"),
        (
            "Chủ tịch Ủy ban châu Âu Ursula von der Leyen cho biết.",
            "Ursula von der Leyen",
        ),
    ],
)
def test_a_leader_name_ends_where_the_name_ends(text: str, expected: str) -> None:
    assert tag_article("", text).leaders == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Đại sứ Hàn Quốc tại Việt Nam đã gặp đại diện doanh nghiệp.",
        "Thủ tướng Thái Lan tuyên bố phong tỏa.",
        "Chủ tịch Liên minh châu Âu Ursula nói.",
        "Giải thưởng Chất lượng Quốc tế châu Á - Thái Bình Dương do Thủ tướng trao.",
        "Bí thư Đoàn trường THPT Đoàn Văn Tố cho biết.",
        "Bí thư Thành ủy đến thăm trường THPT Ngô Đình Diệm ở quận.",
        "Phó Chủ tịch quận ăn sáng trên đường Lê Duẩn.",
        "ông Nguyễn Hòa Bình - Chủ tịch tập đoàn Next Tech nói.",
        "ông Hứa Ngọc Nghĩa là Trưởng Ban Kiểm soát ngân hàng.",
        "Đại sứ kỹ năng nghề Việt Nam Nguyễn Văn Thiết là giảng viên.",
        "Trưởng Đoàn Vũng Tàu phát biểu.",
        "Phó hiệu trưởng trường mầm non Đại Mỗ A, quận Nam Từ Liêm phát biểu.",
    ],
)
def test_places_schools_streets_and_firms_are_not_leaders(text: str) -> None:
    assert tag_article("", text).leaders == []


def test_each_office_goes_to_its_own_holder_when_offices_cross() -> None:
    text = (
        "Cùng ứng cử còn có ông Nguyễn Trúc Anh - Giám đốc Sở Quy hoạch - Kiến trúc "
        "Hà Nội, Thiếu tướng Nguyễn Quốc Duyệt - Tư lệnh Bộ Tư lệnh Thủ đô, bà "
        "Nguyễn Thị Hà Tuyên - Phó hiệu trưởng Trường THPT Hoàng Văn Thụ và ông Vũ "
        "Tiến Vượng - nghiên cứu viên Học viện Nông nghiệp Việt Nam."
    )
    roles = {r.name: r.title for r in tag_article("", text).leader_roles}
    assert roles["Nguyễn Trúc Anh"] == "Giám đốc Sở Quy hoạch - Kiến trúc Hà Nội"
    assert roles["Nguyễn Quốc Duyệt"] == "Thiếu tướng, Tư lệnh Bộ Tư lệnh Thủ đô"
    assert "Thiếu tướng" not in roles["Nguyễn Trúc Anh"]
    assert roles["Nguyễn Thị Hà Tuyên"].startswith("Phó hiệu trưởng")
    assert "Hoàng Văn Thụ" not in roles  # a school's name
    assert "Vũ Tiến Vượng" not in roles  # a researcher, no office


def test_a_chain_of_people_keeps_each_office_apart() -> None:
    text = (
        "Dự hội nghị có ông Vũ Xuân Hùng, Vụ trưởng Vụ Đào tạo chính quy; ông Phan "
        "Thiên Định, Bí thư Thành ủy Huế; Ông Nguyễn Tân, Giám đốc Sở Giáo dục và Đào "
        "tạo tỉnh Thừa Thiên Huế; cùng các ông Lê Văn A, Trần Văn B."
    )
    roles = {r.name: r for r in tag_article("", text).leader_roles}
    assert roles["Vũ Xuân Hùng"].title == "Vụ trưởng Vụ Đào tạo chính quy"
    assert roles["Phan Thiên Định"].title == "Bí thư Thành ủy Huế"
    assert roles["Nguyễn Tân"].province == "Thừa Thiên Huế"
    assert "Lê Văn A" not in roles and "Trần Văn B" not in roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hãng tàu đi khắp châu Á - Thái Bình Dương và Ấn Độ Dương.", []),
        ("Tổng thống Gabon phát biểu tại hội nghị của Nhà Trắng.", []),
        ("Tổng cục Quảng Điện của Trung Quốc ra văn bản.", []),
        ("Đại sứ quán Hoa Kỳ tại Seoul chúc mừng.", []),
        (
            "Du khách đổ về Phong Nha - Kẻ Bàng và vịnh Hạ Long.",
            ["Quảng Bình", "Quảng Ninh"],
        ),
        (
            "Tour Cát Bà, Mộc Châu, Mai Châu kín chỗ.",
            ["Hải Phòng", "Sơn La", "Hòa Bình"],
        ),
        ("Ông thuê nhà ở xã Đồng Nai, huyện Bù Đăng.", ["Bình Phước"]),
        ("Bài viết về hiến máu đầu xuân.\nThái Bình", []),
        (
            "Phút 66, đội chủ nhà Nam Định ghi bàn. HLV của CLB Hải Phòng nói trận đấu "
            "khó, cầu thủ Thái Bình không ghi được bàn thắng.",
            [],
        ),
        (
            "Người dân tỉnh Nam Định xem cầu thủ ghi bàn trong trận đấu ở V-League.",
            ["Nam Định"],
        ),
    ],
)
def test_oceans_abroad_bylines_and_clubs_are_not_provinces(
    text: str, expected: list[str]
) -> None:
    assert tag_article("", text).provinces == expected


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Tổng thống Barack Obama. Chuyến thăm diễn ra.",
            ["Barack Obama = Tổng thống"],
        ),
        ("Tổng thống Mỹ George W. Bush nói.", ["George W. Bush = Tổng thống Mỹ"]),
        ("Tổng thống Mỹ Trump nói.", []),  # one word is not a full name
        ("cố Chủ tịch Samsung Lee Kun-hee qua đời.", []),  # a firm's chairman
        (
            "Bộ trưởng Phát triển Kinh tế Liên bang Nga Maxim Oreshkin, Chủ tịch nước "
            "Trần Đại Quang dự.",
            [
                "Trần Đại Quang = Chủ tịch nước",
                "Maxim Oreshkin = Bộ trưởng Phát triển Kinh tế Liên bang Nga",
            ],
        ),
        (
            "Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Trần Đại Quang, Thủ tướng "
            "Nguyễn Xuân Phúc dự lễ.",
            [
                "Nguyễn Phú Trọng = Tổng Bí thư",
                "Trần Đại Quang = Chủ tịch nước",
                "Nguyễn Xuân Phúc = Thủ tướng",
            ],
        ),
        ("Thứ trưởng Bộ Y tế Trần Lê Tuấn nói.", ["Trần Lê Tuấn = Thứ trưởng Bộ Y tế"]),
        ("ông Phạm Huy, Đại sứ quán Mỹ cấp visa.", []),
        ("ông Trương Trọng Nghĩa, Phó chủ nhiệm Đoàn Luật sư TPHCM nói.", []),
        ("Chủ tịch La Liga Javier Tebas nói.", []),  # no `La Li` cut from `Liga`
        (
            "Tổng thống Mỹ Donald Trump\nChuyến thăm bắt đầu.",
            ["Donald Trump = Tổng thống Mỹ"],
        ),
        (
            "nguyên Bí thư Tỉnh ủy Bình Định Nguyễn Văn Thiện Chiều 5/6 ra tòa.",
            ["Nguyễn Văn Thiện = nguyên Bí thư Tỉnh ủy Bình Định (Bình Định)"],
        ),
    ],
)
def test_foreign_names_and_lists_of_officials(text: str, roles: list[str]) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # an office before a list: every name with no office of its own holds it
        (
            "Dự lễ có các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh và Vương "
            "Đình Huệ.",
            [
                "Trương Hòa Bình = Phó Thủ tướng",
                "Phạm Bình Minh = Phó Thủ tướng",
                "Vương Đình Huệ = Phó Thủ tướng",
            ],
        ),
        (
            "Dự có nguyên Chủ tịch Quốc hội Nguyễn Văn An, Nguyễn Sinh Hùng; "
            "ông Lê Văn Nam, Giám đốc Sở Y tế.",
            [
                "Nguyễn Văn An = nguyên Chủ tịch Quốc hội",
                "Nguyễn Sinh Hùng = nguyên Chủ tịch Quốc hội",
                "Lê Văn Nam = Giám đốc Sở Y tế",
            ],
        ),
        # a degree between the office and the name
        (
            "Thứ trưởng Bộ Y tế, GS.TS Nguyễn Thanh Long cho biết.",
            ["Nguyễn Thanh Long = Thứ trưởng Bộ Y tế"],
        ),
        # offices in any capitalisation; the acting head; deputies and inspectors
        (
            "bà Lê Thị Thúy Sen, Vụ Trưởng Vụ Truyền thông Ngân hàng Nhà nước cho biết.",
            ["Lê Thị Thúy Sen = Vụ Trưởng Vụ Truyền thông Ngân hàng Nhà nước"],
        ),
        (
            "Tổng Thanh tra Chính phủ Phan Văn Sáu và Đại biểu Quốc hội Lưu Bình "
            "Nhưỡng lên tiếng.",
            [
                "Phan Văn Sáu = Tổng Thanh tra Chính phủ",
                "Lưu Bình Nhưỡng = Đại biểu Quốc hội",
            ],
        ),
        # a verb ends A's office: the street named after a person later is no holder
        (
            "ông Nguyễn Sỹ Khánh, Quyền Chủ tịch UBND TP Nha Trang cho biết nhà hàng "
            'trên đường Phạm Văn Đồng bị tố "chặt chém".',
            [
                "Nguyễn Sỹ Khánh = Quyền Chủ tịch UBND TP Nha Trang (Khánh Hòa)",
            ],
        ),
        # officers abroad by rank; envoys `về vấn đề` / ambassadors `tại` a place
        (
            "Người phát ngôn Cảnh sát Quốc gia Indonesia, Thiếu tướng Setyo Wasisto "
            "cho biết.",
            ["Setyo Wasisto = Thiếu tướng"],
        ),
        (
            "Ông gặp Đặc phái viên Liên hợp quốc về vấn đề Syria Staffan de Mistura.",
            ["Staffan de Mistura = Đặc phái viên Liên hợp quốc về vấn đề Syria"],
        ),
        ("Đại sứ Mỹ tại Nga John Sullivan nói.", ["John Sullivan = Đại sứ Mỹ tại Nga"]),
        # a building site's commander holds no public office
        ("Ông Hà Huy Đông, Chỉ huy trưởng công trình nút giao cho biết.", []),
    ],
)
def test_lists_degrees_and_more_offices(text: str, roles: list[str]) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with marks, `cho` (for), `có`, `phở` are not `chợ`, `cô`, `phố`
        ("Mở thêm đường băng cho Tân Sơn Nhất.", ["Hồ Chí Minh"]),
        ("Tô phở Hà Nội giá 50.000 đồng.", ["Hà Nội"]),
        ("Hàng về chợ Hà Nội, phố Huế.", []),
        # without marks every folded word may be the place word
        ("Hang ve cho Ha Noi moi ngay.", []),
        ("Hạ cánh xuống sân bay Cát Bi chiều qua.", ["Hải Phòng"]),
        ("Nhiều người gốc Hà Tây.", ["Hà Nội"]),
    ],
)
def test_place_words_keep_their_marks(text: str, expected: list[str]) -> None:
    assert tag_article("", text).provinces == expected


def test_a_province_alone_on_its_line_is_no_ones_name() -> None:
    # table cells: `Giang`, `Ninh` end a line, not a person's family name
    text = "Các tỉnh:\nAn Giang\nCà Mau\nTây Ninh\nGia Lai\nđều tham gia."
    assert tag_article("", text).provinces == [
        "An Giang",
        "Cà Mau",
        "Tây Ninh",
        "Gia Lai",
    ]
    # `Trung Ương` folds like the family name `Uông`
    text = "Bệnh viện Trung Ương Thái Nguyên ký hợp tác."
    assert tag_article("", text).provinces == ["Thái Nguyên"]
    # island districts: `huyện đảo`, and `đặc khu` since 2025
    assert tag_article("", "Chiến sĩ ở huyện đảo Trường Sa.").provinces == ["Khánh Hòa"]
    assert tag_article("", "Du lịch đặc khu Phú Quốc.").provinces == ["Kiên Giang"]


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        # a list after one type word: the items are districts of the province most
        # of them are in, not the province or the town elsewhere of the same name
        (
            "Lãnh đạo các huyện Hồng Dân, Phước Long, Đông Hải, Hòa Bình dự.",
            ["Bạc Liêu"],
        ),
        ("Lúa ở hai huyện Quảng Ninh, Lệ Thủy bị ngập.", ["Quảng Bình"]),
        ("Các quận Hoàn Kiếm, Ba Đình và Hoàng Mai cấm đường.", ["Hà Nội"]),
        ("Đoàn thăm thành phố Hà Nội, Hải Phòng.", ["Hà Nội", "Hải Phòng"]),
        # an industrial park or a street named after a famous site elsewhere
        ("Khu công nghiệp Tân Trào ở Hải Phòng mở rộng.", ["Hải Phòng"]),
        ("Khu di tích Tân Trào đón khách.", ["Tuyên Quang"]),
    ],
)
def test_lists_of_districts_and_names_after_landmarks(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


def test_a_firm_named_peace_is_not_the_province() -> None:
    assert tag_article("", "tập đoàn Hòa Bình xây dựng nhà.").provinces == []
    assert tag_article("", "Chủ tịch của Hòa Bình Group nói.").provinces == []
    assert tag_article("", "Lãnh đạo tỉnh Hòa Bình dự.").provinces == ["Hòa Bình"]


def test_a_town_named_bare_only_when_no_other_province_has_the_name() -> None:
    # `Hoàng Mai` is a town of Nghệ An and a district of Hà Nội: bare, neither
    assert tag_article("", "Giá nhà ở Hoàng Mai tăng.").provinces == []
    assert tag_article("", "Thị xã Hoàng Mai, Nghệ An.").provinces == ["Nghệ An"]
    # `Phan Thiết` is one town only
    assert tag_article("", "Du lịch Phan Thiết hút khách.").provinces == ["Bình Thuận"]
    # `Bình Minh` (dawn) is a town only with its type word
    assert tag_article("", "Nhựa Bình Minh báo lãi.").provinces == []
    # a place abroad running past a town's name (`Triều Tiên`: Korea)
    assert tag_article("", "ngoài khơi phía Đông Triều Tiên.").provinces == []
    assert tag_article("", "Lào Cai đón khách.").provinces == ["Lào Cai"]


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("Tàu đến ga Hà Nội lúc 5 giờ.", ["Hà Nội"]),  # a station names its city
        ("Hôm nay, tại Phủ Chủ tịch, ông A đón khách.", ["Hà Nội"]),
        ("Đón đoàn tại Cửa khẩu Hữu Nghị.", ["Lạng Sơn"]),
        ("Tàu cá đánh bắt ở vùng biển Trường Sa.", []),  # a sea area
        ("Hôm qua NSND Thanh Hoa hát.", []),  # unaccented in accented text: a name
        ("Chị Thanh Hoa đi chợ.", []),
        ("Giông lốc ảnh hưởng các xã Phú An, Phú Lâm, Phú Thọ.", []),  # communes
        ("phường Định Công, Hoàng Mai, Hà Nội", ["Hà Nội"]),  # an address
    ],
)
def test_stations_palaces_sea_areas_singers_and_communes(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


# What the fresh sets of other outlets taught (docs/TAGGING.md), leaders.
@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # rarer family names (Uông, Khang, Tập) and highland names with an apostrophe
        (
            "nguyên Phó Chủ tịch Quốc hội Uông Chu Lưu phát biểu.",
            ["Uông Chu Lưu = nguyên Phó Chủ tịch Quốc hội"],
        ),
        (
            "các đại biểu Quốc hội: Lê Văn Bình, Khang Thị Mai, Triệu Thị Hoa dự.",
            [
                "Lê Văn Bình = đại biểu Quốc hội",
                "Khang Thị Mai = đại biểu Quốc hội",
                "Triệu Thị Hoa = đại biểu Quốc hội",
            ],
        ),
        (
            "Chủ tịch Trung Quốc Tập Cận Bình đến.",
            ["Tập Cận Bình = Chủ tịch Trung Quốc"],
        ),
        (
            "bà Ayun H’Lan - Phó Chủ tịch HĐND tỉnh Gia Lai phát biểu.",
            ["Ayun H’Lan = Phó Chủ tịch HĐND tỉnh Gia Lai (Gia Lai)"],
        ),
        # `Môi trường` ends a ministry's name; it opens no school's
        (
            "Thứ trưởng Bộ Tài nguyên và Môi trường Lê Công Hà nói.",
            ["Lê Công Hà = Thứ trưởng Bộ Tài nguyên và Môi trường"],
        ),
        # the province's last word is not the name's first
        (
            "Phó Chủ tịch UBND tỉnh Lai Châu Hà Văn Hải làm việc.",
            ["Hà Văn Hải = Phó Chủ tịch UBND tỉnh Lai Châu (Lai Châu)"],
        ),
        # `Lao Động Hà` folds like `Đông Hà`, a city: the written name decides
        (
            "Cục trưởng Cục An toàn Lao Động Hà Tất Thắng nói.",
            ["Hà Tất Thắng = Cục trưởng Cục An toàn Lao Động"],
        ),
        # a commune's name after `xã`; a full name after an implied unit
        ("Chủ tịch UBND xã Thạch Tiến cho biết.", []),
        (
            "Chủ tịch UBND quận Nguyễn Song Hà phát động.",
            ["Nguyễn Song Hà = Chủ tịch UBND quận"],
        ),
        # `T.Ư`, a ward's party committee, a full-time deputy head, lower-case ranks
        (
            "bà Nguyễn Thị Thu, UVT.Ư Đảng, Bí thư Tỉnh ủy Ninh Bình phát biểu.",
            ["Nguyễn Thị Thu = UVT.Ư Đảng, Bí thư Tỉnh ủy Ninh Bình (Ninh Bình)"],
        ),
        (
            "ông Lê Văn Châu - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND "
            "tỉnh Hà Tĩnh cho biết.",
            [
                "Lê Văn Châu = Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND "
                "tỉnh Hà Tĩnh (Hà Tĩnh)"
            ],
        ),
        (
            "ông Hoàng Văn Thắng, Phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Quảng Trị "
            "phát biểu.",
            [
                "Hoàng Văn Thắng = Phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Quảng Trị "
                "(Quảng Trị)"
            ],
        ),
        ("trung tướng Mai Hoàng nói.", ["Mai Hoàng = trung tướng"]),
        # officials of Lao and Cambodian provinces, the office before or after
        (
            "ông Alounxay Sounanalath - Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak nói.",
            [
                "Alounxay Sounanalath = Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak",
            ],
        ),
        (
            "Ngài Svay Sam Eang, Tỉnh trưởng tỉnh Stung Treng cho biết.",
            ["Svay Sam Eang = Tỉnh trưởng tỉnh Stung Treng"],
        ),
        # … but a firm's chairman introduced the same way is no official
        ("ông Tony Fernandes, Chủ tịch Hãng hàng không AirAsia nói.", []),
        ("Ông Trần Văn Hưng, Chủ tịch SSI là diễn giả của hội thảo.", []),
        # Lao names in Vietnamese syllables, an office glued by a hyphen or before
        (
            "và đồng chí My Na Phon Xay Sổm Phu-Phó Bí thư Tỉnh ủy tỉnh Attapeu.",
            ["My Na Phon Xay Sổm Phu = Phó Bí thư Tỉnh ủy tỉnh Attapeu"],
        ),
        (
            "chúc mừng Tỉnh trưởng tỉnh Salavan Đao Vông Phon Kẹo và dự họp.",
            ["Đao Vông Phon Kẹo = Tỉnh trưởng tỉnh Salavan"],
        ),
        # a delegation of deputies is not Mr Đoàn; a meeting (`hội nghị`) is no society
        (
            "Trần Thị Hạnh - Phó trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh. "
            "đồng chí Lê Minh Tâm, Phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh chủ trì "
            "hội nghị.",
            [
                "Trần Thị Hạnh = Phó trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh",
                "Lê Minh Tâm = Phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh",
            ],
        ),
        # a country and an initial, or `according to Reuters`, are no names
        ("Tổng thống Tuy-ni-di B.Ca-ít Xây-ét nói.", []),
        ("Theo Roi-tơ, Tổng thống nói.", []),
        # a decision about the person after `đối với`; a term does not interrupt
        (
            "Miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh khóa III, nhiệm kỳ 2016 – 2021 "
            "đối với ông Cao Văn Huy do chuyển công tác.",
            ["Cao Văn Huy = Phó Chủ tịch UBND tỉnh khóa III, nhiệm kỳ 2016 – 2021"],
        ),
        # … but a commendation from an office is not that office
        ("Tặng Bằng khen của Chủ tịch UBND tỉnh đối với ông Lê Văn An.", []),
        # offices that name their body, in any case after the first word
        (
            "ông Nguyễn Văn Thành - nguyên ủy viên BTV Tỉnh ủy, nguyên Trưởng Ban Dân vận "
            "Tỉnh ủy phát biểu.",
            [
                "Nguyễn Văn Thành = nguyên ủy viên BTV Tỉnh ủy, nguyên Trưởng Ban Dân vận "
                "Tỉnh ủy"
            ],
        ),
        (
            "Ông Phạm Xuân Tài, Phó giám đốc Sở Văn hóa và Thể thao Hà Nội, đánh giá.",
            ["Phạm Xuân Tài = Phó giám đốc Sở Văn hóa và Thể thao Hà Nội (Hà Nội)"],
        ),
        # a list after an office and its body, opened by a colon
        (
            "Dự có các Phó Chủ tịch UBND tỉnh: Nguyễn Hữu Dũng, Hoàng Công Thủy.",
            [
                "Nguyễn Hữu Dũng = Phó Chủ tịch UBND tỉnh",
                "Hoàng Công Thủy = Phó Chủ tịch UBND tỉnh",
            ],
        ),
        # `Trường` ends a name unless a school's name follows
        (
            "Ông Trịnh Xuân Trường, Chủ tịch UBND tỉnh phát biểu.",
            ["Trịnh Xuân Trường = Chủ tịch UBND tỉnh"],
        ),
        (
            "Đồng chí Ngọ Văn Ngôn, Phó Bí thư Huyện ủy dự.",
            ["Ngọ Văn Ngôn = Phó Bí thư Huyện ủy"],
        ),
        # company-grade ranks; an office glued to the name ends it
        ("Đại úy Nguyễn Văn Hùng phát biểu.", ["Nguyễn Văn Hùng = Đại úy"]),
        (
            "quyết định Thiếu tướng Nguyễn Minh Tuấn Giám đốc Công an tỉnh.",
            # (the glued office is his too, read as if the comma were there)
            ["Nguyễn Minh Tuấn = Thiếu tướng, Giám đốc Công an tỉnh"],
        ),
        # an envoy's post after `tại`; foreign officials with a Vietnamese family
        # name's first word, an unknown province, or the office before `ông`
        (
            "Tổng Lãnh sự Việt Nam tại Côn Minh Nguyễn Mai Hường cùng dự.",
            ["Nguyễn Mai Hường = Tổng Lãnh sự Việt Nam tại Côn Minh"],
        ),
        (
            "Ông Kim Jung-taek, Phó Chủ tịch Hội đồng nhân dân thành phố Ansan dự.",
            ["Kim Jung-taek = Phó Chủ tịch Hội đồng nhân dân thành phố Ansan"],
        ),
        (
            "Thống đốc tỉnh Ulianovsk Aleksei Russkikh khẳng định.",
            ["Aleksei Russkikh = Thống đốc tỉnh Ulianovsk"],
        ),
        (
            "sự tham dự của Phó Tỉnh trưởng tỉnh Gyeonggi – ông Kim Hyun-gon và đoàn.",
            ["Kim Hyun-gon = Phó Tỉnh trưởng tỉnh Gyeonggi"],
        ),
        # … but not the office of the one whose spokesman or wife is named (the
        # spokesman holds the spokesman's: fresh36)
        (
            "Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov nói.",
            ["Dmitry Peskov = Người phát ngôn của Tổng thống Nga"],
        ),
        (
            "Các đồng chí: Trần Quốc Cường, Bí thư Tỉnh ủy; Bounkhong Lachiemphone, "
            "Tỉnh trưởng tỉnh Udomxay.",
            [
                "Trần Quốc Cường = Bí thư Tỉnh ủy",
                "Bounkhong Lachiemphone = Tỉnh trưởng tỉnh Udomxay",
            ],
        ),
        # the city's namesake right after his title
        ("Nhân dân tưởng nhớ Chủ tịch Hồ Chí Minh.", ["Hồ Chí Minh = Chủ tịch"]),
        ("Chủ tịch TP Hồ Chí Minh nói.", []),
        # consuls and envoys, their post at home; `Tân` (newly appointed); the
        # full name of a state or ruling party before the country
        (
            "Ông A tiếp Tổng Lãnh sự Nga Alexei Popov.",
            ["Alexei Popov = Tổng Lãnh sự Nga"],
        ),
        (
            "Đại sứ Mỹ tại Việt Nam Marc Knapper nói.",
            ["Marc Knapper = Đại sứ Mỹ tại Việt Nam"],
        ),
        (
            "lệnh của tân Tổng thống Donald Trump. Người dân",
            ["Donald Trump = tân Tổng thống"],
        ),
        (
            "Tổng Bí thư Đảng Nhân dân Cách mạng Lào Thongloun Sisoulith dự.",
            ["Thongloun Sisoulith = Tổng Bí thư Đảng Nhân dân Cách mạng Lào"],
        ),
        # cities abroad of two words; a country in brackets after the place
        ("Thị trưởng New York Eric Adams dự.", ["Eric Adams = Thị trưởng New York"]),
        (
            "tiếp Thống đốc tỉnh Moskva (Nga) Andrei Vorobyov",
            ["Andrei Vorobyov = Thống đốc tỉnh Moskva (Nga)"],
        ),
        # a foreign department director or councillor; a Lao name in three parts
        (
            "ông Hitomi Tatsuya, Giám đốc Sở Ngoại vụ tỉnh Nara (Nhật Bản) cho biết",
            ["Hitomi Tatsuya = Giám đốc Sở Ngoại vụ tỉnh Nara"],
        ),
        (
            "đồng chí Vi-La-Vone Phăn-Tha-Vông, Ủy viên Thường trực, Phó Trưởng ban "
            "Tuyên huấn Trung ương Đảng dự",
            [
                "Vi-La-Vone Phăn-Tha-Vông = Ủy viên Thường trực, Phó Trưởng ban Tuyên "
                "huấn Trung ương Đảng"
            ],
        ),
        # … while two capitalised parts stay a place's (`Bà Rịa-Vũng Tàu`)
        (
            "Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Nguyễn Văn Trình nói.",
            [
                "Nguyễn Văn Trình = Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu (Bà Rịa - Vũng Tàu)"
            ],
        ),
        # `Thường vụ Tỉnh ủy` for its member; a province in brackets in the gap
        (
            "Giám đốc Bệnh viện huyện Nghi Xuân (Hà Tĩnh) ông Hà Thanh Sơn cho biết",
            ["Hà Thanh Sơn = Giám đốc Bệnh viện huyện Nghi Xuân (Hà Tĩnh) (Hà Tĩnh)"],
        ),
    ],
)
def test_officials_the_fresh_sets_taught(text: str, roles: list[str]) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


# What fresh7 taught (docs/TAGGING.md): envoys, ministers abroad, brackets, names.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an envoy or a minister before a foreign name needs no country
        ("Đại sứ Park Noh-wan mong muốn tỉnh kết nghĩa.", ["Park Noh-wan"]),
        ("Bộ trưởng Quốc phòng mới James Mattis đến.", ["James Mattis"]),
        # … but a chairman does, and a ministry's unknown name is no person's
        ("Chủ tịch Samsung Lee Kun-hee đến.", []),
        ("bà Vivian Balakrishna, Bộ trưởng Bộ Smart Nation Initiative cho biết", []),
        # what the sentence says of a minister is not the ministry's name
        (
            "Bộ trưởng Tư pháp dưới thời Tổng thống Barack Obama nói.",
            ["Barack Obama"],
        ),
        # the ministry, its country, then the name
        (
            "Bộ trưởng Bộ Công Thương Lào Khemmani Pholsena phát biểu.",
            ["Khemmani Pholsena"],
        ),
        ("Tổng thống Hợp chủng quốc Hoa Kỳ Donald Trump mời.", ["Donald Trump"]),
        (
            "Thủ tướng tiếp Thống đốc tỉnh Nagano (Nhật Bản) Abe Shuichi.",
            ["Abe Shuichi"],
        ),
        (
            "Đại sứ đặc mệnh toàn quyền Liên bang Nga tại Việt Nam Konstantin Vnukov dự.",
            ["Konstantin Vnukov"],
        ),
        (
            "Tổng lãnh sự Liên bang Nga tại Đà Nẵng, ông Andrei Plam khẳng định",
            ["Andrei Plam"],
        ),
        # a Vietnamese name glued to the next word is read as Vietnamese
        ("Bộ trưởng Y tế Nguyễn Thanh Longđề nghị thành phố", ["Nguyễn Thanh Long"]),
        # envoys' and old offices; a verb ends a name that ends like a sentence's word
        ("Công sứ Lại Ngọc Đoàn phát biểu tại buổi lễ.", ["Lại Ngọc Đoàn"]),
        (
            "liệt sĩ Hoàng Văn Lai, nguyên Trưởng ty Công an tỉnh Quảng Nam.",
            ["Hoàng Văn Lai"],
        ),
        # standing members' abbreviations in a chain after the name
        (
            "các đồng chí: Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh;",
            ["Tống Quang Thìn"],
        ),
        # a caption's note between the name and the office
        (
            "Ông Nguyễn Tiến Hải (bìa trái), Bí thư Tỉnh ủy An Giang trao quà",
            ["Nguyễn Tiến Hải"],
        ),
        # the office stands though the sentence goes on to name a society
        (
            "tiếp ông Park Noh Wan, Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh đến thăm"
            " nhân dịp thành lập Hội hữu nghị.",
            ["Park Noh Wan"],
        ),
        # a name that folds like a district (Giang Thành) but is written otherwise
        (
            "Ông Giang Thanh Khoa, Phó Chủ tịch UBND tỉnh An Giang, nghỉ hưu.",
            ["Giang Thanh Khoa"],
        ),
        # … and a place that runs across a family name (`Bo Ly Khăm Xay`)
        ("đón đoàn đại biểu tỉnh Bo Ly Khăm Xay tại trụ sở.", []),
        # five syllables after ông
        (
            "Ông Phan Đỗ Minh Thanh Anh - Phó giám đốc Sở Dân tộc trao quà",
            ["Phan Đỗ Minh Thanh Anh"],
        ),
        # a list of deputies, each with a province in brackets
        (
            "chất vấn của các đại biểu Trương Minh Hoàng (Cà Mau), Ly Kiều Vân (Quảng Trị) và",
            ["Trương Minh Hoàng", "Ly Kiều Vân"],
        ),
    ],
)
def test_officials_fresh7_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


def test_an_office_ending_in_ong_keeps_its_last_word() -> None:
    roles = tag_article(
        "", "Giám đốc Sở Thông tin Truyền thông Phan Lan Tú cho hay"
    ).leader_roles
    assert [str(r) for r in roles] == [
        "Phan Lan Tú = Giám đốc Sở Thông tin Truyền thông"
    ]


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("Diễn đàn Hợp tác kinh tế châu Á-Thái Bình Dương (APEC) họp.", []),
        ("Chủ tịch nước tiếp khách tại Phủ chủ tịch chiều 24/10.", ["Hà Nội"]),
        ("Doanh nghiệp Bình Dương xuất khẩu.", ["Bình Dương"]),
        # an ocean with a mistyped tone; a province beside a name that only
        # shares a word with a place abroad keeps its marks' reading
        ("Hội nghị khu vực Châu Á – Thái Bình Dường bàn về khí hậu.", []),
        ("Tỉnh Thái Bình dưỡng sức cho vụ mùa.", ["Thái Bình"]),
        ("Bí thư Tỉnh ủy Tuyên Quang Chẩu Văn Lâm phát biểu.", ["Tuyên Quang"]),
        # a numbered district after a Vietnamese body is TP HCM's; not abroad
        ("Phòng Cảnh sát PCCC quận 9 cũng đã điều động sáu xe.", ["Hồ Chí Minh"]),
        ("Tòa án quận 9 của Mỹ ra phán quyết.", []),
        # a landmark of one province holding another's name
        ("Giải đấu diễn ra tại Nhà thi đấu TDTT Phú Thọ (quận 11).", ["Hồ Chí Minh"]),
        # a campaign is fought where it is named after
        ("Bác quyết định mở chiến dịch Điện Biên Phủ năm 1953.", ["Điện Biên"]),
    ],
)
def test_oceans_after_a_hyphen_and_the_palace_in_lower_case(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # each office has its deputy; lower-case quyền; a state body's office is
        # public whatever words its name goes on with
        (
            "ông Bùi Văn Sang, Phó Giám đốc Kho bạc Nhà nước tỉnh Phú Yên; nguyên",
            ["Bùi Văn Sang = Phó Giám đốc Kho bạc Nhà nước tỉnh Phú Yên (Phú Yên)"],
        ),
        (
            "Ông Hoàng Vũ Thảnh - quyền Chủ tịch UBND TP Vũng Tàu cho biết",
            ["Hoàng Vũ Thảnh = quyền Chủ tịch UBND TP Vũng Tàu (Bà Rịa - Vũng Tàu)"],
        ),
        (
            "Theo ông Đặng Quyết Tiến, Phó Cục trưởng Cục Tài chính doanh nghiệp (Bộ Tài chính), cho biết",
            ["Đặng Quyết Tiến = Phó Cục trưởng Cục Tài chính doanh nghiệp"],
        ),
        # Hội An is a city, not a society; a lower-case hội is no society either
        (
            "Ông Nguyễn Văn Sơn, Chủ tịch UBND TP Hội An cho biết",
            ["Nguyễn Văn Sơn = Chủ tịch UBND TP Hội An (Quảng Nam)"],
        ),
        ("Kiến trúc sư Trần Ngọc Chính, Chủ tịch Tổng hội Xây dựng nói.", []),
        # ceremony verbs between an office and a later name end the office
        (
            "Ông Nguyễn Đức Long, Chủ tịch UBND tỉnh Quảng Ninh đánh trống khai hội Xuân Yên Tử.",
            ["Nguyễn Đức Long = Chủ tịch UBND tỉnh Quảng Ninh (Quảng Ninh)"],
        ),
        # dots inside an abbreviation between an office and a name
        (
            "Trưởng ban Tuyên giáo T.Ư Võ Văn Thưởng: Không để",
            ["Võ Văn Thưởng = Trưởng ban Tuyên giáo T.Ư"],
        ),
    ],
)
def test_offices_the_corpus_audit_found(text: str, roles: list[str]) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


def test_a_reporters_place_and_name_on_the_last_line_is_a_byline() -> None:
    assert tag_article("x", "Học sinh đi thi.\nHải Dương - Đức Anh").provinces == []
    assert tag_article("x", "Học sinh đi thi.\nHà Nội - Hải Phòng").provinces == [
        "Hà Nội",
        "Hải Phòng",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a highland province's name opens the run, then a Vietnamese name
        (
            "Theo Chủ tịch UBND tỉnh Đắk Lắk Phạm Ngọc Nghị, việc tăng",
            ["Phạm Ngọc Nghị"],
        ),
        # abbreviated units and long brackets between the office and the name
        ("Phó chủ tịch UBND Q.1 Đoàn Ngọc Hải trực tiếp chỉ huy", ["Đoàn Ngọc Hải"]),
        (
            "Phó Chủ tịch UBND Q. Thanh Khê Nguyễn Thanh Xuân cho rằng",
            ["Nguyễn Thanh Xuân"],
        ),
        (
            "Phó Chủ tịch UBND xã Phổ Cường (huyện Đức Phổ, tỉnh Quảng Ngãi) Võ Cương cho biết",
            ["Võ Cương"],
        ),
        # `… là ông X` names the holder of an office that names its body, not a firm's
        ("Bí thư Tỉnh ủy là ông Phạm Duy Cường. Vào ngày", ["Phạm Duy Cường"]),
        ("Tập đoàn Aquaone - Chủ tịch là bà Đỗ Thị Kim Liên (hay Shark Liên).", []),
    ],
)
def test_names_after_places_units_and_holders(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("Du khách viếng Lăng Bác.", ["Hà Nội"]),
        ("Lễ hội chùa Hương khai mạc.", ["Hà Nội"]),
        ("Chinh phục đỉnh Fansipan.", ["Lào Cai"]),
        # a bare Đền Hùng: many provinces have one; its festival and pageant are
        # Phú Thọ's (fresh48, fresh56)
        ("Khánh thành Đền Hùng ở công viên Tao Đàn.", []),
        ("Người dân trẩy hội Đền Hùng.", ["Phú Thọ"]),
        ("Hoa hậu đền Hùng Giáng My có cuộc sống sung túc.", ["Phú Thọ"]),
        # `Hà thành`, Hà Nội's common name (`Hà Thành` is also a given name)
        ("Cô là hot girl số 1 Hà thành.", ["Hà Nội"]),
        ("Ông Nguyễn Hà Thành cho biết.", []),
        ("Trú tại huyện Hương Sơn.", ["Hà Tĩnh"]),  # the district, not the pagoda
    ],
)
def test_landmarks_that_name_one_province(text: str, provinces: list[str]) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chủ tịch nước gặp Tổng thống Nga V.Putin bên lề Diễn đàn", ["V.Putin"]),
        ("Bộ trưởng Tài chính Đức V.Soi-blơ bác bỏ yêu cầu", ["V.Soi-blơ"]),
        ("Tổng thống Mỹ D. Trump nói.", ["D. Trump"]),
        ("ông V.Putin nói.", []),  # no office
    ],
)
def test_foreign_leaders_by_initial_and_family_name(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        # in a match report a paper names its province, a results line names clubs
        (
            "Trận đấu căng thẳng, HLV Park khen cầu thủ ghi bàn, tỷ số 1-2. "
            "Báo Hà Tĩnh tường thuật trực tiếp.",
            ["Hà Tĩnh"],
        ),
        (
            "Trận đấu căng thẳng, HLV khen cầu thủ.\nHoàng Anh Gia Lai – TPHCM: 1-2\n",
            [],
        ),
        ("Đội Sài Gòn FC tập luyện tại Hà Nội.", ["Hà Nội"]),  # a club by its name
        # communes in brackets after a count
        (
            "huyện Bến Cầu có 6/8 xã đạt 75% (Long Khánh, Long Phước, Long Thuận)",
            ["Tây Ninh"],
        ),
        ("Khởi công Cảng hàng không quốc tế Long Thành.", ["Đồng Nai"]),
        ("Hội thảo diễn ra tại Nhà Quốc hội.", []),  # a description, not a place's name
    ],
)
def test_clubs_papers_communes_and_airports(text: str, provinces: list[str]) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Bộ Tài chính còn có 3 thứ trưởng gồm: Tạ Anh Tuấn, Nguyễn Đức Chi.",
            ["Tạ Anh Tuấn", "Nguyễn Đức Chi"],
        ),
        (
            "Phó Chánh án TAND tối cao: Đồng chí Nguyễn Trí Tuệ, đồng chí Nguyễn Văn Du.",
            ["Nguyễn Trí Tuệ", "Nguyễn Văn Du"],
        ),
        ("Ông A được giữ chức Giám đốc Sở Công Thương, thay ông Trần Anh Chung.", []),
        ("Tổng thống Lula da Silva chủ trì lễ đón.", ["Lula da Silva"]),
        ("Tỉnh trưởng Udon Thani, Sayam Sirimongkorn dự.", ["Sayam Sirimongkorn"]),
        ("nhậm chức Bộ trưởng Quốc phòng Mỹ, Donald Trump ký sắc lệnh", []),
        ("bà Park Hee Young, Quận trưởng quận Yongsan cho biết", ["Park Hee Young"]),
        ("Chủ tịch HĐND tỉnh Chu Lê Chinh phát biểu.", ["Chu Lê Chinh"]),
        ("Phó Chủ tịch UBND thành phố Trần Văn Miên ghi nhận", ["Trần Văn Miên"]),
        ("Ông Đoàn Văn Đảnh, Chủ tịch Hội Nông dân tỉnh cho biết", ["Đoàn Văn Đảnh"]),
        ("Ông Nguyễn Văn Bình, Phó Chủ tịch Hội Du lịch tỉnh cho biết", []),
        (
            "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Phùng Quốc Hiển trình bày",
            ["Phùng Quốc Hiển"],
        ),
    ],
)
def test_officials_fresh11_and_fresh12_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


def test_lao_names_with_spaced_dashes_are_read_as_written() -> None:
    text = (
        "Về phía tỉnh Khăm Muộn có đồng chí Sẻng - phết Hùng - bun - nhuông, Phó Bí thư"
        " Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muộn. Đoàn Hà Nội - các tỉnh Lào dự."
    )
    roles = [str(r) for r in tag_article("", text).leader_roles]
    assert roles == [
        "Sẻng - phết Hùng - bun - nhuông = Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Khăm Muộn"
    ]


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("Lãnh đạo dự lễ. Ảnh: Báo Ninh Bình\nNội dung khác.", []),
        ("Lãnh đạo dự lễ (Ảnh: Hoàng Nam/Báo Hà Tĩnh).", []),
        ("Nguồn: Báo Thanh Hóa", []),
        ("Theo Báo Thanh Hóa, tỉnh tổ chức lễ hội.", ["Thanh Hóa"]),  # a paper names it
        ("Ảnh: Đoàn công tác tại Hà Nội", ["Hà Nội"]),  # a caption, not a credit
    ],
)
def test_photo_and_source_credits_name_no_province(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("huyện Hòa Bình, tỉnh Bạc Liêu", ["Bạc Liêu"]),  # Bạc Liêu's district
        ("thành phố Hòa Bình có mưa", ["Hòa Bình"]),  # the province's capital
        ("huyện Điện Biên có mưa", ["Điện Biên"]),  # Điện Biên's own district
        ("thị xã Quảng Trị có mưa", ["Quảng Trị"]),  # a town, not a commune (xã)
    ],
)
def test_a_district_named_like_a_province(text: str, provinces: list[str]) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # `các đồng chí:` introduces the list's names
        (
            "có các đồng chí: Thái Kỳ, Ủy viên Thường vụ Bộ Chính trị, Bí thư Ban Bí thư;",
            ["Thái Kỳ"],
        ),
        (
            "ông Vương Tiểu Hồng, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc",
            ["Vương Tiểu Hồng"],
        ),
        ("Bộ trưởng Bộ Công an Trung Quốc Mạnh Kiến Trụ nói", ["Mạnh Kiến Trụ"]),
        ("Thứ trưởng Bộ Ngoại giao Australia John Smith nói", ["John Smith"]),
        # the office in brackets after each name is that name's, not the next one's
        (
            "gồm: đồng chí Nguyễn Phú Trọng (Tổng bí thư); đồng chí Trần Quốc Vượng"
            " (Chủ nhiệm Ủy ban Kiểm tra Trung ương).",
            ["Nguyễn Phú Trọng", "Trần Quốc Vượng"],
        ),
        (
            "Bà Nguyễn Thị Bình (nguyên Phó Chủ tịch nước, Chủ tịch danh dự Viện Phan Châu"
            " Trinh) chia sẻ",
            ["Nguyễn Thị Bình"],
        ),
    ],
)
def test_officials_fresh13_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Đô trưởng Viêng Chăn Athsaphangthong Siphandone thăm",
            ["Athsaphangthong Siphandone"],
        ),
        ("ông Phết Sả May, Huyện trưởng huyện Khăm Cợt dự", ["Phết Sả May"]),
        ("Phó Chủ tịch Thường trực UBND tỉnh Võ Đức Trong.\nTố Tuấn", ["Võ Đức Trong"]),
        (
            "Thủ tướng Malaysia Dato’ Sri Ismail Sabri bin Yaakob nói",
            ["Ismail Sabri bin Yaakob"],
        ),
        ("Ông Phó ban trọng tài Dương Văn Hiền giám sát trận đấu.", []),
    ],
)
def test_officials_fresh14_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        (
            "Tai nạn trên cao tốc Đà Nẵng - Quảng Ngãi.",
            [],
        ),  # a road named after its ends
        ("Quãng lộ Phụng Hiệp - Cà Mau được nâng cấp.", []),
        (
            "cao tốc Hà Nội - Lào Cai đoạn qua Lào Cai",
            ["Lào Cai"],
        ),  # named as a place too
        (
            "tuyến đường sắt Cát Linh - Hà Đông",
            ["Hà Nội"],
        ),  # a district: in its province
    ],
)
def test_roads_named_after_provinces(text: str, provinces: list[str]) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("Bị can trú xã Quế Long, Quế Sơn bị bắt.", ["Quảng Nam"]),
        ("Nhà máy VinFast (Cát Hải) tăng sản lượng.", ["Hải Phòng"]),
        ("Ông A trú xã Tân Phú, Châu Thành.", []),  # six provinces have a Châu Thành
    ],
)
def test_a_district_named_bare_after_its_commune_or_in_brackets(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


def test_a_two_word_name_opening_a_list_item_takes_the_office_after_it() -> None:
    text = (
        "có các đồng chí: Thái Kỳ, Ủy viên Thường vụ Bộ Chính trị; Vương Nghị, Ủy viên"
        " Quốc vụ, Bộ trưởng Bộ Ngoại giao."
    )
    assert tag_article("", text).leaders == ["Thái Kỳ", "Vương Nghị"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ông Hà Trung Kiên, Giám đốc Sở Tài chính phát biểu.", ["Hà Trung Kiên"]),
        (
            "Chủ tịch Hồ Chí Minh, Chủ tịch Mao Trạch Đông cùng",
            ["Hồ Chí Minh", "Mao Trạch Đông"],
        ),
        (
            "Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith phát biểu.",
            ["Thongloun Sisoulith"],
        ),
        ("mang tên nguyên Tổng Bí thư Trường Chinh-người cộng sản kiên cường", []),
        ("Phó Bí thư Tỉnh ủy Lâm Đông phát biểu.", ["Lâm Đông"]),  # not Lâm Đồng
        ("Chủ tịch HĐND tỉnh Rah Lan Chung phát biểu.", ["Rah Lan Chung"]),
        ("Chủ tịch Hội đồng thành phố Daegu Lee Mankyu phát biểu.", ["Lee Mankyu"]),
        (
            "ông Kirth Tharith, Tổng cục trưởng Tổng cục Di trú, phát biểu",
            ["Kirth Tharith"],
        ),
        ("Cô Đỗ Thị Như Mai, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh dự.", []),
    ],
)
def test_officials_fresh15_and_fresh16_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


def test_a_bare_town_named_like_a_township_of_the_text_is_the_township() -> None:
    text = "Ngư dân ở cảng cá Thuận An (trú tại thị trấn Thuận An, Phú Vang, Thừa Thiên Huế)."
    assert tag_article("", text).provinces == ["Thừa Thiên Huế"]


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        (
            "Tại huyện Kỳ Sơn, lũ quét gây thiệt hại.",
            ["Nghệ An"],
        ),  # not Hòa Bình's former one
        (
            "Đoàn huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc) thăm Mèo Vạc. Tiễn đoàn huyện Phú Ninh.",
            [],
        ),
        (
            "thuộc thành phố Trùng Khánh, Trung Quốc.",
            [],
        ),  # Chongqing, not Cao Bằng's district
    ],
)
def test_districts_and_their_namesakes(text: str, provinces: list[str]) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        (
            "Trường Tiểu học Bình Thuận (xã Bình Thuận, huyện Tây Sơn) khai giảng.",
            ["Bình Định"],
        ),
        ("Bác nói chuyện với nhân dân thị xã Thanh Hóa.", ["Thanh Hóa"]),
        ("dạo một vòng khắp phố phường Hà Nội.", ["Hà Nội"]),
    ],
)
def test_a_province_named_like_a_commune_of_the_text(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ông Nguyễn Tiến Thành, 52 tuổi, hiện giữ chức Phó bí thư Tỉnh ủy.",
            ["Nguyễn Tiến Thành"],
        ),
        (
            "ông Nguyễn Văn An đã được bầu giữ chức Chủ tịch HĐND tỉnh.",
            ["Nguyễn Văn An"],
        ),
        ("Ông Nguyễn Văn Hùng-giám đốc Sở GD&ĐT cho biết", ["Nguyễn Văn Hùng"]),
        ("Chủ tịch HĐND tỉnh Y Biêr Niê; Phó Chủ tịch", ["Y Biêr Niê"]),
        # bare offices share the body of the next one, a society's here
        (
            "ông Nguyễn Đăng Phát - Phó Chủ tịch, Tổng thư ký Hội hữu nghị Việt - Nga",
            [],
        ),
        ("Ông Lê Văn Bình, Tổng thư ký Quốc hội, cho biết", ["Lê Văn Bình"]),
        ("Chủ tịch Quỹ văn hóa Phan Châu Trinh, là Chủ tịch danh dự của viện.", []),
    ],
)
def test_officials_fresh17_and_fresh18_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


def test_an_area_named_like_a_province_is_no_province() -> None:
    assert tag_article("", "Triển lãm tại TP.Đà Lạt (khu Hòa Bình).").provinces == [
        "Lâm Đồng"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ông Đào Minh Tân - Đội trưởng Đội QLTT số 12 cho biết", ["Đào Minh Tân"]),
        (
            "Trung tá Hà Văn Hùng, Phó Đội trưởng Đội CSGT Bàn Cờ, cho biết",
            ["Hà Văn Hùng"],
        ),
        ("Đội trưởng đội bóng Nguyễn Văn An ghi bàn.", []),
        (
            "theo ông Phan Thanh Liêm - chánh thanh tra Sở NN&PTNT tỉnh Kiên Giang",
            ["Phan Thanh Liêm"],
        ),
        ("Ông Như Văn Cẩn, Vụ trưởng Vụ Nuôi trồng thủy sản, nói", ["Như Văn Cẩn"]),
        (
            "Ông Trần Văn Chuyện được HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh.",
            ["Trần Văn Chuyện"],
        ),
    ],
)
def test_officials_the_second_corpus_audit_found(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tham dự có Thứ trưởng Bộ TT&TT Phan Tâm, Phó Cục trưởng Cục Viễn thông Trần"
            " Mạnh Tuấn, cùng đại diện các doanh nghiệp",
            ["Phan Tâm", "Trần Mạnh Tuấn"],
        ),
        (
            "nhà giáo Lê Doãn Trung - Phó Hiệu trưởng Trường Trung học phổ thông Nguyễn Việt"
            " Khái, Tp Cà Mau",
            ["Lê Doãn Trung"],
        ),
    ],
)
def test_an_office_after_a_name_and_the_next_name(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("Xe chạy trên xa lộ Hà Nội thì gặp nạn.", []),  # a road in TP HCM
        ("Hàng qua cửa khẩu Hữu Nghị Quan sang Việt Nam.", []),  # the Chinese side
        ("Đón đoàn tại Cửa khẩu Hữu Nghị.", ["Lạng Sơn"]),
    ],
)
def test_roads_and_the_other_side_of_a_gate(text: str, provinces: list[str]) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Chủ tịch Hội đồng Nhà nước Esteban Lazo Hernández sẽ thăm Việt Nam.",
            ["Esteban Lazo Hernández"],
        ),
        (
            "Ông Phùng Quang Hùng - phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh phát biểu",
            ["Phùng Quang Hùng"],
        ),
        (
            "Đồng chí Nguyễn Văn An - Đại sứ Việt Nam tại Nhật Bản và các cán bộ Đại sứ quán.",
            ["Nguyễn Văn An"],
        ),
    ],
)
def test_officials_fresh20_and_fresh21_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an armed service between the office and the country
        ("Tư lệnh hải quân Indonesia Yudo Margono cho biết.", ["Yudo Margono"]),
        ("Trung tướng Lục quân Mỹ Stephen Townsend dự báo.", ["Stephen Townsend"]),
        # the country just named, a seat of government, an honorific before the name
        ("Ngoại trưởng nước này Javad Zarif nêu rõ.", ["Javad Zarif"]),
        ("Chánh Văn phòng Nhà Trắng Reince Priebus cho biết.", ["Reince Priebus"]),
        ("Thủ hiến Scotland bà Nicola Sturgeon cho rằng.", ["Nicola Sturgeon"]),
        # after a comma the person may be someone else's
        (
            "Trong báo cáo với Tổng thống Nga, ông Yury Slyusar - Tổng Giám đốc Tập đoàn"
            " máy bay cho biết.",
            [],
        ),
        # a chamber's speaker is foreign; `liên bang` in lower case is a state form
        ("Chủ tịch Hạ viện Paul Ryan lên tiếng.", ["Paul Ryan"]),
        ("Bộ trưởng Tư pháp liên bang Michael Keenan khẳng định.", ["Michael Keenan"]),
        ("Cố vấn An ninh quốc gia Mỹ Michael Flynn bày tỏ.", ["Michael Flynn"]),
        ("Nữ hoàng Anh Elizabeth II đã tiếp.", ["Elizabeth II"]),
        ("Tổng Thư ký IPU Martin Chungong phát biểu.", ["Martin Chungong"]),
        (
            "Thủ tướng Vương quốc Campuchia Samdech Techo Hun Sen tiếp đoàn.",
            ["Hun Sen"],
        ),
        ("Thư ký báo chí Yoon Young-chan của ông Moon cho biết.", ["Yoon Young-chan"]),
    ],
)
def test_foreign_officials_the_corpus_audit_and_fresh23_taught(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # `nông thôn` is no hamlet, `Khối các cơ quan` no list
        (
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường ký.",
            ["Nguyễn Xuân Cường"],
        ),
        (
            "Bí thư Đảng ủy Khối các cơ quan TƯ Nguyễn Quang Dương phát biểu.",
            ["Nguyễn Quang Dương"],
        ),
        # the labour federation in lower case is the trade union, not a sport's
        (
            "Bà Phan Thị Hương, Phó chủ tịch Liên đoàn lao động huyện Hậu Lộc.",
            ["Phan Thị Hương"],
        ),
        # `là ông` after an office of a state body
        ("Phó Chánh Thanh tra Bộ GDĐT là ông Ngô Minh Hưng.", ["Ngô Minh Hưng"]),
        ("Tập đoàn Hòa Phát có Chủ tịch là ông Trần Đình Long.", []),
        # a bare `Trợ lý` is a coach's or an interpreter's
        ("Trợ lý ngôn ngữ Lê Huy Khoa luôn song hành.", []),
        ("HLV trưởng: Đinh Hồng Vinh. Trợ lý: Lưu Danh Minh.", []),
        ("Trợ lý Thủ tướng Nguyễn Văn An cho biết.", ["Nguyễn Văn An"]),
    ],
)
def test_officials_fresh23_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ông Trần Văn Sáu - Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Đồng Tháp.",
            ["Trần Văn Sáu"],
        ),
        (
            "Đồng chí Trương Ngọc Hưng - Ủy viên Ban Thường trực, Trưởng Ban phong trào"
            " Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa.",
            ["Trương Ngọc Hưng"],
        ),
        # the next person's rank after `và` opens that person's part
        (
            "Đại tá Hồ Văn Mười, Giám đốc Công an tỉnh và Đại tá Nguyễn Tường Vũ, Phó"
            " Giám đốc Công an tỉnh.",
            ["Hồ Văn Mười", "Nguyễn Tường Vũ"],
        ),
        # highland names of a letter and a syllable, with an office
        ("Phó Bí thư Tỉnh ủy U Huấn đến thăm.", ["U Huấn"]),
        ("Phó Chủ tịch UBND tỉnh Y Ngọc đến thăm.", ["Y Ngọc"]),
        ("Các đồng chí: U Huấn- Ủy viên dự khuyết Trung ương Đảng.", ["U Huấn"]),
        ("Chủ tịch UBND xã A Vao cho biết.", []),  # the commune's name
        ("Trường Đại học Y Dược Huế tuyển sinh.", []),
        # a dash right after a name ends it (`Tuy`, `Đoàn` are also given names)
        ("Các đồng chí: Nguyễn Đức Tuy- Phó Bí thư Tỉnh ủy.", ["Nguyễn Đức Tuy"]),
        (
            "Theo ông Lương Văn Đoàn - Chủ tịch UBND huyện Vị Xuyên.",
            ["Lương Văn Đoàn"],
        ),
        # what a road is named after
        ("Tuyến đường được đặt tên Đại tướng Võ Nguyên Giáp.", []),
    ],
)
def test_officials_fresh22_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        # a body named after its fields keeps its commas, and the crossing case
        (
            "Phó Thủ tướng Vũ Đức Đam, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"
            " Nguyễn Ngọc Thiện đề nghị.",
            [
                ("Vũ Đức Đam", "Phó Thủ tướng"),
                ("Nguyễn Ngọc Thiện", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
            ],
        ),
        (
            "Ông Lê Tiến Dũng, Trưởng Ban Quản lý Di tích và Rừng Quốc gia Yên Tử nói.",
            # (a landmark is no one's name: the office names the whole board)
            [("Lê Tiến Dũng", "Trưởng Ban Quản lý Di tích và Rừng Quốc gia Yên Tử")],
        ),
        # `đăng ký` is registering, not signing; the central bank in lower case
        (
            "Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm Phạm Tuấn Ngọc cho biết.",
            [("Phạm Tuấn Ngọc", "Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm")],
        ),
        (
            "Các ông Chu Tiểu Xuyên - Thống đốc Ngân hàng nhà nước, Lưu Hạc - cố vấn.",
            [("Chu Tiểu Xuyên", "Thống đốc Ngân hàng nhà nước")],
        ),
        (
            "Phát ngôn viên Lầu Năm Góc John Kirby thông báo.",
            [("John Kirby", "Phát ngôn viên Lầu Năm Góc")],
        ),
    ],
)
def test_offices_the_second_corpus_audit_taught(
    text: str, leaders: list[tuple[str, str]]
) -> None:
    assert [(m.name, m.title) for m in find_leaders(text)] == leaders


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        # a family name of the northern uplands; `Quang Chẩu` is no `Quảng Châu`
        (
            "Theo Bí thư Tỉnh ủy Tuyên Quang Chẩu Văn Lâm, khi Quốc hội thảo luận.",
            ["Chẩu Văn Lâm"],
            ["Tuyên Quang"],
        ),
        ("Tàu đi qua Thái Bình Dương.", [], []),
        (
            "Trạm thu phí BOT Hà Nội - Bắc Giang trên Quốc lộ 1 đoạn Hà Nội-Bắc Giang.",
            [],
            [],
        ),
        # leaving an office names it
        (
            "Việc cho ông Đinh La Thăng thôi Ủy viên Bộ Chính trị, thôi chức Bí thư.",
            ["Đinh La Thăng"],
            [],
        ),
        ("Ông Nguyễn Văn An thôi việc ở công ty.", [], []),
        ("Thư ký báo chí Nhà Trắng, ông Sean Spicer cho biết.", ["Sean Spicer"], []),
    ],
)
def test_names_and_places_fresh25_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a ward named after a person, placed in its district
        (
            "Bà Nguyễn Thị Huệ, Chủ tịch UBND phường Bùi Thị Xuân, quận Hai Bà Trưng"
            " đã có mặt.",
            ["Nguyễn Thị Huệ"],
        ),
        # a long chain of offices in brackets after the name
        (
            "Ông Nguyễn Thanh Quang (Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Tuyên"
            " giáo Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố Đà Nẵng) được"
            " chỉ định.",
            ["Nguyễn Thanh Quang"],
        ),
    ],
)
def test_officials_the_third_corpus_audit_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("Toàn bộ thủy thủ đã thiệt mạng.\nTheo Hương Trà / VOV", []),
        ("Kho quân lương ở bờ sông Như Nguyệt (Sông Cầu ngày nay).", []),
        ("Đoàn về thị xã Sông Cầu, tỉnh Phú Yên.", ["Phú Yên"]),
        ("Đoàn về thị xã Hương Thủy.", ["Thừa Thiên Huế"]),
    ],
)
def test_towns_whose_bare_names_are_rivers_or_people(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a firm's department whose name has a dash of its own
        (
            "Bà Lê Thị Kiều Hương, Trưởng Phòng Tổ chức - Hành chính Công ty CP Kềm"
            " Nghĩa cho biết.",
            [],
        ),
        (
            "Ông Nguyễn Văn An, Giám đốc Sở Tài chính - Kế hoạch tỉnh cho biết.",
            ["Nguyễn Văn An"],
        ),
        # a namesake opened by one word of the thing's kind
        ("Chủ tịch hội đồng Viện Phan Châu Trinh phát biểu.", []),
        (
            "Theo Chủ tịch UBND xã Châu Lộc Nguyễn Duy Hưng, cô H. đã đi.",
            ["Nguyễn Duy Hưng"],
        ),
    ],
)
def test_firms_and_namesakes_the_role_audit_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        (
            "Đồng chí Thái Thanh Quý, Ủy viên DKTW Đảng, Bí thư Tỉnh ủy làm trưởng đoàn.",
            ["Thái Thanh Quý"],
            [],
        ),
        (
            "Tiếp đoàn có Chủ tịch HĐND Thủ đô Viêng Chăn Anouphap Tounalom.",
            ["Anouphap Tounalom"],
            [],
        ),
        ("Tỉnh trưởng Chungcheongnam Kim Tae Heum tiếp đoàn.", ["Kim Tae Heum"], []),
        (
            "Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia Sok Chenda Sophea đến.",
            ["Sok Chenda Sophea"],
            [],
        ),
        (
            "Ngài Elbridge A. Colby , Thứ trưởng Bộ Chiến tranh Hoa Kỳ cho biết.",
            ["Elbridge A. Colby"],
            [],
        ),
        (
            "Thủ tướng Vương quốc Campuchia Samdech Moha Bovor Thipadei Hun Manet tiếp.",
            ["Hun Manet"],
            [],
        ),
        (
            "Bộ trưởng Quốc phòng Mỹ khi đó là ông James Mattis đã đến.",
            ["James Mattis"],
            [],
        ),
        (
            "Tiếp ông Izumi Hiroto, Cố vấn đặc biệt Thủ tướng Nhật Bản.",
            ["Izumi Hiroto"],
            [],
        ),
        (
            "Tiếp Trưởng ban Tổ chức Trung ương, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt-Nhật"
            " Phạm Minh Chính.",
            ["Phạm Minh Chính"],
            [],
        ),
        (
            "Bị cáo Lê Mạnh Hà (58 tuổi, Trưởng phòng Thanh tra tỉnh) bị truy tố.",
            ["Lê Mạnh Hà"],
            [],
        ),
        ("Các Bộ trưởng bằng những thông tin liên quan tới Real Madrid.", [], []),
        # buildings and addresses named after leaders and places
        ("Đoàn viếng Lăng Chủ tịch Hồ Chí Minh.", [], ["Hà Nội"]),
        ("Đoàn thăm Khu tưởng niệm cố Thủ tướng Võ Văn Kiệt.", [], []),
        ("Cháy nhà dân tại số 355 Điện Biên Phủ, P4Q3 lúc 3 giờ.", [], []),
        ("Công ty Xây dựng Số 2 Đồng Nai bán cổ phần.", [], ["Đồng Nai"]),
        ("Hội đồng Hòa Bình về Dải Gaza họp.", [], []),
        ("Các vùng Tây Bắc, Tây Nguyên, Duyên Hải miền Trung có mưa.", [], []),
        ("Thấp nhất là ở Mẫu Sơn với -0,4 độ C.", [], ["Lạng Sơn"]),
        # clubs after players' names in a squad list
        (
            "Tập trung 26 tuyển thủ gồm 3 thủ môn: Nguyên Mạnh (SLNA), Bửu Ngọc (Đồng"
            " Tháp), Tuấn Linh (Than Quảng Ninh); 9 hậu vệ: Xuân Hùng (Hà Nội).",
            [],
            [],
        ),
        (
            "Văn Toàn tới một tiệm cắt tóc trên đường Hoàng Diệu (Hải Dương).",
            [],
            ["Hải Dương"],
        ),
    ],
)
def test_names_and_places_fresh28_and_fresh29_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nhận lời mời của Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump.",
            ["Donald Trump"],
        ),
        (
            "Trưởng ban Công tác đại biểu của UB Thường vụ Quốc hội Nguyễn Thị Thanh nói.",
            ["Nguyễn Thị Thanh"],
        ),
        ("Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ Bob Corker nói.", ["Bob Corker"]),
        (
            "Chủ tịch Ủy ban Châu Âu Ursula von der Leyen nhấn mạnh.",
            ["Ursula von der Leyen"],
        ),
        ("Người phát ngôn Nhà Xanh Park Soo-hyun nhấn mạnh.", ["Park Soo-hyun"]),
    ],
)
def test_officials_fresh27_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        (
            "Ông Nguyễn Văn An, cựu Chủ tịch UBND tỉnh Nam Định cho biết.",
            ["Nguyễn Văn An"],
            ["Nam Định"],
        ),
        (
            "Ông Martin Schulz, cựu Chủ tịch Nghị viện Châu Âu nói.",
            ["Martin Schulz"],
            [],
        ),
        ("Tổng thống Syria Bashar al-Assad nói.", ["Bashar al-Assad"], []),
        ("Hạ nghị sỹ Joseph P. Kennedy chào đón cô Samira.", ["Joseph P. Kennedy"], []),
        ("Tổng chưởng lý bang Washington Bob Ferguson nói.", ["Bob Ferguson"], []),
        ("Thủ tướng Nhật Shinzo Abe tới.", ["Shinzo Abe"], []),
        ("Thủ tướng Nhật Bản Abe tới.", [], []),
        ("Chủ tịch Đảng Nhân dân Campuchia Hun Sen đến.", ["Hun Sen"], []),
        (
            "Thủ tướng Vương quốc Campuchia Samdech Techo Hun Sen tiếp đoàn.",
            ["Hun Sen"],
            [],
        ),
        (
            "Tổng thống đương nhiệm Donald Trump và ứng viên Joe Biden.",
            ["Donald Trump"],
            [],
        ),
        ("Tp.HCM có nhiều tỷ phú xổ số.", [], ["Hồ Chí Minh"]),
        # a school's namesake after its kind's abbreviation
        (
            "Thầy Phan Đức, Hiệu trưởng Trường THPT chuyên Nguyễn Tất Thành, nói.",
            ["Phan Đức"],
            [],
        ),
    ],
)
def test_names_and_places_fresh30_and_fresh31_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


def test_a_bare_office_of_someone_the_article_gives_a_firms_office_is_the_firms() -> (
    None
):
    text = (
        "Chủ tịch SHB Đỗ Quang Hiển: cơm chưa ăn gạo còn đó\n"
        "Đề cập tới việc chia cổ tức, Chủ tịch Đỗ Quang Hiển ví von."
    )
    assert tag_article("", text).leaders == []
    # … but a public office stays public
    text = (
        "Chủ tịch Nguyễn Văn An nói.\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh, cho biết."
    )
    assert tag_article("", text).leaders == ["Nguyễn Văn An"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ông Nguyễn Văn An, thứ trưởng Bộ Y tế, cho biết.", ["Nguyễn Văn An"]),
        ("Ông Nguyễn Văn An, bí thư Huyện ủy Gia Lâm cho biết.", ["Nguyễn Văn An"]),
        (
            "Ông Nguyễn Văn An, chi cục trưởng Chi cục Thủy sản cho biết.",
            ["Nguyễn Văn An"],
        ),
        ("Ông Nguyễn Văn An, giám đốc công ty Hòa Phát cho biết.", []),
    ],
)
def test_a_lower_case_office_of_a_state_body_after_a_name(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


def test_a_full_name_right_after_an_honorific_keeps_its_first_family_name() -> None:
    assert tag_article("", "Khu lưu niệm cố Tổng Bí thư Lê Duẩn.").leaders == []
    text = "Thầy Lưu Nguyễn Bỉnh Khoa, Phó Hiệu trưởng Trường THPT Lê Quý Đôn, nói."
    assert tag_article("", text).leaders == ["Lưu Nguyễn Bỉnh Khoa"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Về phía Nga có Bộ trưởng Bộ Quốc phòng Sergey Shoigu; Bộ trưởng Bộ Công"
            " thương Denis Manturov.",
            ["Sergey Shoigu", "Denis Manturov"],
        ),
        ("Bộ trưởng Bộ Smart Nation Vivian Balakrishnan phát biểu.", []),
        ("Phó Thủ tướng thứ nhất Nga Igor Shuvalov tiếp.", ["Igor Shuvalov"]),
        ("Giám đốc FBI Robert Mueller cho biết.", ["Robert Mueller"]),
        ("Lãnh đạo Triều Tiên Kim Jong Un thị sát.", ["Kim Jong Un"]),
        ("Lãnh đạo Sở Y tế Hà Nội cho biết.", []),
        ("Bộ trưởng Trương Minh Tuấn Báo cáo về kết quả.", ["Trương Minh Tuấn"]),
    ],
)
def test_officials_abroad_fresh32_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        (
            "Ông Kim Ngọc Thái được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam"
            " tỉnh.",
            ["Kim Ngọc Thái"],
            [],
        ),
        ("Thống đốc Kim Dong-yeon đã gặp đoàn.", ["Kim Dong-yeon"], []),
        ("Thống đốc Nam Kỳ La Grandière chấp thuận.", [], []),
        (
            "Tham dự có Samdech Men Som On, Phó Chủ tịch Trung ương Đảng Campuchia.",
            ["Men Som On"],
            [],
        ),
        (
            "Có ngài Men Vibol, Chủ tịch Đảng nhân dân Campuchia tỉnh Svay Rieng.",
            ["Men Vibol"],
            [],
        ),
        ("Bí thư Đảng ủy tỉnh Giang Tô tiếp đoàn.", [], []),
        # numbered districts are TP HCM's, in an address with a ward
        ("Cảnh sát PCCC quận 9 điều xe tới phường Hiệp Phú.", [], ["Hồ Chí Minh"]),
        ("Tòa án quận 9 sẽ sớm đưa ra phán quyết về sắc lệnh.", [], []),
    ],
)
def test_names_and_places_fresh34_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Chủ tịch Hà Nội thời điểm đó là ông Nguyễn Đức Chung thông tin.",
            ["Nguyễn Đức Chung"],
        ),
        (
            "Quyết định công nhận quyền Hiệu trưởng Trường ĐH Tôn Đức Thắng đối với TS"
            " Trần Trọng Đạo.",
            ["Trần Trọng Đạo"],
        ),
        (
            "Chỉ định ông Jeff Sessions, Thượng nghị sĩ bang Alabama, cho vị trí này.",
            ["Jeff Sessions"],
        ),
        (
            "Ông Lavrov cho hay trợ lý tổng thống Nga Yuri Ushakov đã thông báo.",
            ["Yuri Ushakov"],
        ),
        # the object of a decision holds none of its maker's offices
        (
            "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ quyết định điều động bà Nguyễn Thu"
            " Trang, chuyên viên Vụ Quan hệ quốc tế.",
            [],
        ),
        # two words ending in a middle name are no full name; a full one keeps its end
        ("Trước chuyến thị sát của Bí thư Thành ủy, anh Phạm Văn viết: Cán bộ.", []),
        (
            "Tổng cục trưởng Tổng cục Đường bộ Việt Nam Nguyễn Văn Huyện vừa ký.",
            ["Nguyễn Văn Huyện"],
        ),
    ],
)
def test_officials_fresh35_and_fresh36_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Được các Thượng nghị sĩ John McCain, Marco Rubio, Claire McCaskill và"
            " Sherrod Brown ủng hộ.",
            ["John McCain", "Marco Rubio", "Claire McCaskill", "Sherrod Brown"],
        ),
        (
            "Các thẩm phán do các cựu tổng thống Barack Obama, Jimmy Carter và George W."
            " Bush bổ nhiệm.",
            ["Barack Obama", "Jimmy Carter", "George W. Bush"],
        ),
        # a single office before the first name of two is that name's alone
        ("Tổng thống Mỹ Donald Trump và Shinzo Abe gặp nhau.", ["Donald Trump"]),
        ("Ứng viên tổng thống Marine Le Pen phát biểu.", []),
    ],
)
def test_a_plural_office_abroad_before_a_list(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    "text",
    [
        "Theo người phát ngôn của Tổng thống Putin ông Dmitry Peskov, Nga không can thiệp.",
        "Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov nói.",
    ],
)
def test_a_leaders_spokesman_named_after_the_leader(text: str) -> None:
    assert tag_article("", text).leaders == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        (
            "Các Thượng nghị sĩ John McCain, Christopher Coons và John Barrasso đứng đó.",
            ["John McCain", "Christopher Coons", "John Barrasso"],
            [],
        ),
        (
            "Theo đại biểu Quốc hội (ĐBQH) Hoàng Xuân Hàm cho hay.",
            ["Hoàng Xuân Hàm"],
            [],
        ),
        (
            "(PLO– Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký quyết định.",
            ["Nguyễn Hoài Anh"],
            ["Thanh Hóa"],
        ),
        (
            "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng Sáng 12/6, phát biểu tại hội trường.",
            ["Đinh Tiến Dũng"],
            [],
        ),
        ("Cũng theo Tổng Bí thư, vụ Trịnh Xuân Thanh và đồng phạm bị truy tố.", [], []),
        (
            "Công tố viên đặc biệt Robert Mueller thuê thêm luật sư.",
            ["Robert Mueller"],
            [],
        ),
        (
            "Lý Hoàng Minh, nguyên Đội phó Đội 3, phụ trách quận Ninh Kiều.",
            ["Lý Hoàng Minh"],
            ["Cần Thơ"],
        ),
        (
            "Cảnh cáo ông Trương Đạt, Đảng ủy viên, Phó Giám đốc Sở Tài chính tỉnh.",
            ["Trương Đạt"],
            [],
        ),
        ("Ông Nguyễn Đức Chi, Chủ tịch Hội đồng Thành viên SCIC cho biết.", [], []),
        ("Cuộc gặp với Tổng thống Mỹ Donald Trump'.", ["Donald Trump"], []),
        ("Tàu chạy trên tuyến đường sắt Hà Nội - Hải Phòng.", [], []),
        # a capitalised state office right after a name, the comma lost
        (
            "Ông Phạm Đại Dương Bí thư Tỉnh ủy Phú Yên phát biểu.",
            ["Phạm Đại Dương"],
            ["Phú Yên"],
        ),
        (
            "Trả lời câu hỏi, thứ trưởng Bộ GD&ĐT Nguyễn Văn Phúc cho biết.",
            ["Nguyễn Văn Phúc"],
            [],
        ),
        (
            "Tham mưu trưởng hải quân Indonesia Yudo Margono cho biết.",
            ["Yudo Margono"],
            [],
        ),
        (
            "Tham mưu trưởng Không quân Mỹ, Tướng David Goldfein nói.",
            ["David Goldfein"],
            [],
        ),
        ("Tổng thống Chad Idriss Deby (Ảnh: Getty).", ["Idriss Deby"], []),
    ],
)
def test_names_and_places_fresh37_to_fresh39_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        ("Lưu lượng xe trên cao tốc TPHCM - Long Thành - Dầu Giây tăng.", [], []),
        ("Cao tốc Nội Bài - Hạ Long vừa được khánh thành.", [], []),
        ("Đường sắt Cát Linh - Hà Đông sắp vận hành.", [], ["Hà Nội"]),
        ("Đô đốc Hải quân Charles Richard nói.", ["Charles Richard"], []),
        (
            "Đô đốc Harry B. Harris Chỉ huy Bộ Tư lệnh Thái Bình Dương nói.",
            ["Harry B. Harris"],
            [],
        ),
        ("Tư lệnh quân đội Indonesia Hadi Tjahjanto cho biết.", ["Hadi Tjahjanto"], []),
        (
            "Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản Hiroshige Seko nói.",
            ["Hiroshige Seko"],
            [],
        ),
    ],
)
def test_names_and_places_fresh40_and_fresh41_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        (
            "Bị cáo Đinh Quốc Thái - cựu chủ tịch tỉnh Đồng Nai - khai tại tòa.",
            ["Đinh Quốc Thái"],
            ["Đồng Nai"],
        ),
        (
            "Đặng Quốc Khánh - UV dự khuyết BCH TW Đảng, Bí thư Tỉnh ủy Hà Giang.",
            ["Đặng Quốc Khánh"],
            ["Hà Giang"],
        ),
        ("Sự vắng mặt đáng tiếc nhất là Mạc Hồng Quân của Than Quảng Ninh.", [], []),
        ("Công ty Than Quảng Ninh khai thác.", [], ["Quảng Ninh"]),
        (
            "Người phát ngôn Bộ Ngoại giao Trung Quốc Cảnh Sảng cho biết.",
            ["Cảnh Sảng"],
            [],
        ),
        (
            "HLV Park công bố danh sách. Cầu thủ Adriano Schmidt (Hải Phòng) vắng mặt ở"
            " trận đấu, ghi bàn ở V-League.",
            [],
            [],
        ),
        (
            "Trận đấu diễn ra trên sân Thống Nhất (TP.HCM), HLV Park và các cầu thủ ghi"
            " bàn.",
            [],
            ["Hồ Chí Minh"],
        ),
        # a venue's place in brackets stays in a match report, its club does not
        (
            "Chiều 4/6, trên sân Gò Đậu (Bình Dương) đã diễn ra trận đấu giữa B.Bình"
            " Dương và Viettel ở vòng 1/8 Cúp Quốc gia, HLV và cầu thủ ghi bàn.",
            [],
            ["Bình Dương"],
        ),
        (
            "Trận đấu giữa Sông Lam Nghệ An và Viettel ở vòng 1/8 Cúp Quốc gia, HLV và"
            " cầu thủ ghi bàn.",
            [],
            [],
        ),
    ],
)
def test_names_and_places_fresh42_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Ông Ashton Carter, cựu Bộ trưởng Quốc phòng Mỹ dưới thời Tổng thống Barack"
            " Obama nói rằng.",
            [
                "Barack Obama = Tổng thống",
                "Ashton Carter = cựu Bộ trưởng Quốc phòng Mỹ",
            ],
        ),
        (
            "Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái, cử tri Lê Viết Hải hỏi.",
            [],
        ),
        (
            "Thứ trưởng Bộ NN&PTNT Trần Thanh Nam Kết luận Hội nghị.",
            ["Trần Thanh Nam = Thứ trưởng Bộ NN&PTNT"],
        ),
        ("Mời cựu Đại sứ Du lịch Việt Nam Lý Nhã Kỳ tham dự.", []),
    ],
)
def test_officials_fresh43_taught(text: str, roles: list[str]) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Thượng nghị sĩ Dân chủ Martin Heinrich cáo buộc ông Sessions.",
            ["Martin Heinrich"],
        ),
        ("Thủ tướng nước chủ nhà Angela Merkel nói rằng.", ["Angela Merkel"]),
        (
            "Cựu Giám đốc Cục Điều tra Liên bang Mỹ James Comey đã xác nhận.",
            ["James Comey"],
        ),
        ("Theo cựu cố vấn an ninh quốc gia Mỹ Michael Flynn.", ["Michael Flynn"]),
        ("Tổng thống Cộng hòa Séc Milos Zeman nói.", ["Milos Zeman"]),
    ],
)
def test_officials_abroad_fresh45_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names", "provinces"),
    [
        (
            "Ông Nguyễn Thế Thảo tiếp tục được bầu làm chủ tịch UBND TP Hà Nội.",
            ["Nguyễn Thế Thảo"],
            ["Hà Nội"],
        ),
        ("Ông Phạm Đình Cự tái đắc cử chức chủ tịch UBND tỉnh.", ["Phạm Đình Cự"], []),
        ("Các tiểu vùng Tứ giác Long Xuyên, Đồng Tháp Mười có lũ.", [], []),
        (
            "Đồng chí Trần Quang Minh, Bí thư Huyện ủy Mèo Vạc phát biểu.",
            ["Trần Quang Minh"],
            ["Hà Giang"],
        ),
    ],
)
def test_names_and_places_fresh46_taught(
    text: str, names: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert (tags.leaders, tags.provinces) == (names, provinces)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a chain whose second body joins its fields by `và`: the office leads
        # into the second name, not back to the first
        (
            "Dự có Bộ trưởng Bộ Công Thương Trần Tuấn Anh, Bộ trưởng Bộ Kế hoạch và"
            " Đầu tư Nguyễn Chí Dũng.",
            [
                "Trần Tuấn Anh = Bộ trưởng Bộ Công Thương",
                "Nguyễn Chí Dũng = Bộ trưởng Bộ Kế hoạch và Đầu tư",
            ],
        ),
        # … but `và` before a degree opens a second person
        (
            "PGS.TS Lê Thị Hồng Hanh, Giám đốc Trung tâm Hô hấp Bệnh viện Bạch Mai và"
            " BSCK2 Lê Thanh Chương cho biết.",
            ["Lê Thị Hồng Hanh = Giám đốc Trung tâm Hô hấp Bệnh viện Bạch Mai"],
        ),
        # the press's abbreviations of state bodies
        (
            "PGS.TS Vũ Hải Quân, Giám đốc ĐH Quốc gia TPHCM hứa sẽ hoàn thành.",
            ["Vũ Hải Quân = Giám đốc ĐH Quốc gia TPHCM"],
        ),
        (
            "Ông Phạm Lương Sơn, Phó Tổng Giám đốc BHXH Việt Nam cho biết.",
            ["Phạm Lương Sơn = Phó Tổng Giám đốc BHXH Việt Nam"],
        ),
        (
            "Ông Trần Minh Đạo, Phó Giám đốc KBNN tỉnh Phú Yên bị kỷ luật.",
            ["Trần Minh Đạo = Phó Giám đốc KBNN tỉnh Phú Yên (Phú Yên)"],
        ),
    ],
)
def test_officials_fresh26_taught(text: str, roles: list[str]) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tổng thống Italia Sergio Mattarella tặng huân chương.",
            ["Sergio Mattarella"],
        ),
        ("Thư ký Báo chí Nhà Trắng Jen Psaki cho biết.", ["Jen Psaki"]),
        (
            "Người phát ngôn của chính phủ, ông Yoshihide Suga, nói.",
            ["Yoshihide Suga"],
        ),
        (
            "Ông cho biết Cố vấn Nhà nước Myanmar, bà Aung San Suu Kyi, đã hỏi.",
            ["Aung San Suu Kyi"],
        ),
        ("Ông chỉ trích thị trưởng thành phố London Sadiq Khan.", ["Sadiq Khan"]),
        # Chinese names romanised the Singaporean way read as Vietnamese syllables
        (
            "Bộ trưởng Công thương Chan Chun Sing sẽ thay ông Gan Kim Yong - người"
            " được bổ nhiệm làm Bộ trưởng Y tế.",
            ["Chan Chun Sing", "Gan Kim Yong"],
        ),
        # `Giao thông` ends in `ông`, which is no honorific there
        ("Bộ trưởng Giao thông Mỹ Elaine Chao cho biết.", ["Elaine Chao"]),
        # a minister's deeds are no ministry's name; `Ngài` is no part of a name
        (
            "Thượng tướng Tô Lâm làm việc với Ngài Jurgen Stock, Tổng Thư ký Interpol.",
            # (Interpol's head, his office after his name: fresh48-026 counts him)
            ["Tô Lâm", "Jurgen Stock"],
        ),
        ("Đón đoàn có Tổng Thư ký Interpol Ngài Jurgen Stock.", ["Jurgen Stock"]),
    ],
)
def test_officials_abroad_fresh26_and_fresh48_taught(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "roles", "provinces"),
    [
        # a rarer family name; the unit's name ends the office
        (
            "Tố cáo đối với ông Long Văn Sơn, Chủ tịch UBND huyện Hữu Lũng bao che vi"
            " phạm.",
            ["Long Văn Sơn = Chủ tịch UBND huyện Hữu Lũng (Lạng Sơn)"],
            ["Lạng Sơn"],
        ),
        # … but a commune's name goes on with its district's
        (
            "Ông Nguyễn Quang Biên, Trưởng công an xã Thọ Thành huyện Yên Thành kể lại.",
            [
                "Nguyễn Quang Biên = Trưởng công an xã Thọ Thành huyện Yên Thành (Nghệ An)"
            ],
            ["Nghệ An"],
        ),
        # a caption runs into the next sentence's time
        (
            "Tổng thống Nga Vladimir Putin  Ngày 7.7, hai nhà lãnh đạo gặp nhau.",
            ["Vladimir Putin = Tổng thống Nga"],
            [],
        ),
        # an account's name is no place
        ("Tài khoản Thái Bình chia sẻ: đừng để max.", [], []),
    ],
)
def test_offices_and_places_fresh50_taught(
    text: str, roles: list[str], provinces: list[str]
) -> None:
    tags = tag_article("", text)
    assert ([str(r) for r in tags.leader_roles], tags.provinces) == (roles, provinces)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ông Trump sa thải Giám đốc Cục Điều tra Liên bang (FBI) James Comey.",
            ["James Comey"],
        ),
        (
            "Ông Song Young-moo được chỉ định làm Bộ trưởng Quốc phòng.",
            ["Song Young-moo"],
        ),
        # after a predicate a head of government in lower case is the office
        ("Ông Moon chỉ định ông Lee Nak-yon làm thủ tướng.", ["Lee Nak-yon"]),
        ("Ông Nguyễn Văn An làm bộ trưởng rất giỏi.", []),
        # a foreign name with no honorific, its office after it held abroad
        (
            "CNN dẫn lời Sean Spicer, người phát ngôn Nhà Trắng, cho biết.",
            ["Sean Spicer"],
        ),
        ("Theo Jen Psaki, Thư ký báo chí Nhà Trắng, lịch đã định.", ["Jen Psaki"]),
        # … not a paper's name before a source, nor a one-word name
        ("Theo The Japan Times, Bộ trưởng Quốc phòng Nhật Bản đã bác bỏ.", []),
        ("Bà DeVos, tân Bộ trưởng Giáo dục Mỹ, tuyên thệ.", []),
        # … nor a firm's head
        ("Theo Tony Fernandes, Chủ tịch AirAsia, hãng sẽ bay.", []),
    ],
)
def test_officials_abroad_from_the_corpus_sets_taught(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a body's name right after a name whose comma was lost
        (
            "Dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng Ban Bí thư đã họp.",
            ["Nguyễn Phú Trọng = Tổng Bí thư"],
        ),
        # a pen name no family name opens
        (
            "Từ trái sang: Tổng Bí thư Trường Chinh, Chủ tịch Hồ Chí Minh.",
            ["Trường Chinh = Tổng Bí thư", "Hồ Chí Minh = Chủ tịch"],
        ),
        # a leader's adviser, the seat of government standing for the leader
        (
            "Theo cố vấn cấp cao tại Nhà Trắng Kellyanne Conway, lịch chưa định.",
            ["Kellyanne Conway = cố vấn cấp cao tại Nhà Trắng"],
        ),
        (
            "Người phát ngôn của Tổng thống Putin, ông Dmitry Peskov cho biết.",
            ["Dmitry Peskov = Người phát ngôn của Tổng thống Putin"],
        ),
    ],
)
def test_offices_of_leaders_aides_taught(text: str, roles: list[str]) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a head of government in lower case before the country
        (
            "Ông gặp cựu thủ tướng Thái Lan Thaksin Shinawatra hôm qua.",
            ["Thaksin Shinawatra"],
        ),
        ("Phó thủ tướng Campuchia Men Sam An cho biết.", ["Men Sam An"]),
        ("Nghị sĩ Hạ viện Mỹ John Lewis qua đời.", ["John Lewis"]),
        # … a candidate holds no office yet
        ("Ứng cử viên tổng thống Pháp Marine Le Pen nói.", []),
        ("Ứng viên Tổng thống Pháp Francois Fillon xin lỗi.", []),
        ("Cựu Tổng thống bị phế truất Park Geun-hye bị bắt.", ["Park Geun-hye"]),
        # offices in predicates, and a leader's aides
        ("Ông Luis Lopez đã được bổ nhiệm vào vị trí Bộ trưởng Y tế.", ["Luis Lopez"]),
        (
            "Ông Moon bổ nhiệm nhà ngoại giao Kang Kyung-wha giữ chức ngoại trưởng của"
            " nước này.",
            ["Kang Kyung-wha"],
        ),
        (
            "Cố vấn an ninh quốc gia của Nhà Trắng, ông H. McMaster, phát biểu.",
            ["H. McMaster"],
        ),
        (
            "Cựu Thư ký cấp cao của Tổng thống Hàn Quốc, ông Ahn Chong Bum bị bắt.",
            ["Ahn Chong Bum"],
        ),
    ],
)
def test_officials_abroad_fresh51_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


def test_the_time_zone_of_a_match_abroad_names_the_capital() -> None:
    text = "Trận đấu của CLB Real Madrid diễn ra vào tối 18/4 (giờ Hà Nội), V-League."
    assert tag_article("", text).provinces == ["Hà Nội"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a caption's name, then a sentence's first word
        (
            "Tổng thống Mỹ Donald Trump Hiện nay ông đang ở Florida.",
            ["Donald Trump"],
        ),
        # … but a transliteration's syllables are the name
        ("Đương kim Thủ tướng Tê-ri-xa Mây nói.", ["Tê-ri-xa Mây"]),
        # a firm's name after an office
        ("Tiến sĩ Nguyễn Thanh Mỹ, nguyên Chủ tịch Mỹ Lan Group, từng làm.", []),
    ],
)
def test_foreign_names_end_where_they_end(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a ministry between the office and the country; a deputy in lower case
        (
            "Người phát ngôn Bộ Thống nhất Hàn Quốc Lee Duk-haeng cho biết.",
            ["Lee Duk-haeng"],
        ),
        (
            "Phó phát ngôn viên của Bộ Thống nhất Hàn Quốc Lee Eugene cho biết.",
            ["Lee Eugene"],
        ),
        # a leader's wife opening a sentence with his office is no official …
        ("Phu nhân Tổng thống đắc cử Pháp Brigitte Trogneux nói.", []),
        # … but after her name, or with hers after his, the name is his
        (
            "Bà Melania Trump, phu nhân Tổng thống Mỹ Donald Trump, thăm trường.",
            ["Donald Trump"],
        ),
        (
            "Bà Louisa Adams là vợ của Tổng thống John Quincy Adams.",
            ["John Quincy Adams"],
        ),
        # Malay honorifics leave a one-word name: none
        ("Cựu Tổng thư ký Bộ Nội vụ Malaysia Tan Sri Aseh nói.", []),
    ],
)
def test_officials_abroad_fresh52_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a qualifier after the country
        ("Chính sách của Tổng thống Mỹ vừa mãn nhiệm Barack Obama.", ["Barack Obama"]),
        (
            "Tổng thống vừa mãn nhiệm François Hollande tiếp khách.",
            ["François Hollande"],
        ),
        # the head of an intelligence community; a central bank of a union
        (
            "Ông từng là cố vấn cho Giám đốc Tình báo Quốc gia James Clapper.",
            ["James Clapper"],
        ),
        (
            "Chủ tịch Ngân hàng Trung ương châu Âu (ECB) Mario Draghi nói.",
            ["Mario Draghi"],
        ),
    ],
)
def test_officials_abroad_from_a_corpus_audit_taught(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # offices abroad with their later words in either case
        ("Chánh văn phòng Nhà trắng Reince Priebus nhấn mạnh.", ["Reince Priebus"]),
        ("Phó đô đốc hải quân Pháp Antoine Beaussant nói.", ["Antoine Beaussant"]),
        # a government or a cabinet between the office and its country
        (
            "Người phát ngôn Chính phủ Hy Lạp Dimitris Tzanakopoulos khẳng định.",
            ["Dimitris Tzanakopoulos"],
        ),
        (
            "Chánh văn phòng Nội các Brazil Eliseu Padilha thông báo.",
            ["Eliseu Padilha"],
        ),
        # … a lower-case office stays plural-only without its country
        ("Cuộc bầu cử tổng thống Donald Trump thắng.", []),
    ],
)
def test_offices_abroad_in_either_case_taught(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a chain opened by a party committee's member
        (
            "Bà Phạm Thị Thanh Trà - Ủy viên Ban Chấp hành Đảng, Bí thư Tỉnh ủy Yên Bái"
            " đã chúc mừng.",
            [
                "Phạm Thị Thanh Trà = Ủy viên Ban Chấp hành Đảng, Bí thư Tỉnh ủy Yên Bái"
                " (Yên Bái)"
            ],
        ),
        # a double dash before the office; abbreviated offices; a rarer family name
        (
            "Ông Lê Doãn Hợp -- Nguyên Bộ trưởng Bộ TT&TT phát biểu.",
            ["Lê Doãn Hợp = Nguyên Bộ trưởng Bộ TT&TT"],
        ),
        (
            "Ông Võ Văn Hoan, Chánh VP UBND TP.HCM cho biết.",
            ["Võ Văn Hoan = Chánh VP UBND TP HCM (Hồ Chí Minh)"],
        ),
        (
            "Ông Sái Công Hồng - Phó Vụ trưởng Vụ Giáo dục Trung học đánh giá.",
            ["Sái Công Hồng = Phó Vụ trưởng Vụ Giáo dục Trung học"],
        ),
        # a public project board by its abbreviation, like `Trưởng Ban Quản lý`
        (
            "Ông Trần Minh Tuệ, Trưởng BQL dự án cầu Móng Sến cho biết.",
            ["Trần Minh Tuệ = Trưởng BQL dự án cầu Móng Sến"],
        ),
        # a department's fields after `và` in lower case; a caption's name, then
        # the next sentence's first word
        (
            "Giám đốc Sở Kế hoạch và đầu tư tỉnh Yên Bái Vũ Xuân Sáng Nhà tôi không"
            " phải biệt phủ.",
            ["Vũ Xuân Sáng = Giám đốc Sở Kế hoạch và đầu tư tỉnh Yên Bái (Yên Bái)"],
        ),
        (
            "Bộ trưởng Bộ Nông nghiệp và phát triển nông thôn Nguyễn Xuân Cường nói.",
            ["Nguyễn Xuân Cường = Bộ trưởng Bộ Nông nghiệp và phát triển nông thôn"],
        ),
        # an age by birth date before a predicate; a deputy head of a division; a
        # public traffic zone's director; an office whose unit, named next, is a
        # firm's
        (
            "Bổ nhiệm lại ông Lê Quang Vĩnh, sinh ngày 3/6/1961 giữ chức vụ Giám đốc"
            " Sở Công Thương tỉnh cho đến khi đủ tuổi nghỉ hưu.",
            ["Lê Quang Vĩnh = Giám đốc Sở Công Thương tỉnh"],
        ),
        (
            "Ông Nguyễn Tuyển, Phó phòng Quản lý vận tải, Sở Giao thông Vận tải Hà Nội,"
            " cho biết.",
            ["Nguyễn Tuyển = Phó phòng Quản lý vận tải"],
        ),
        (
            "Ông Lê Ngọc Hùng, Giám đốc Khu Quản lý Giao thông đô thị số 2 cho biết.",
            ["Lê Ngọc Hùng = Giám đốc Khu Quản lý Giao thông đô thị số 2"],
        ),
        (
            "Bà Phan Nguyên Lâm Viên, Phó phòng sales, công ty cổ phần du lịch Thành"
            " Công, cho biết.",
            [],
        ),
        # a foreign official introduced by ông, a department's head after the name
        (
            "Ông Rudolf Jindrak, Vụ trưởng Vụ Đối ngoại, Văn phòng Tổng thống; ông",
            ["Rudolf Jindrak = Vụ trưởng Vụ Đối ngoại"],
        ),
        # predicates: who held the office then, in a bracket or after a dash; a
        # posting (`về làm`); a leader's political line before the predicate
        (
            "Năm 2017, ông Đinh La Thăng (lúc đó là Bí thư Thành ủy) đã chỉ đạo.",
            ["Đinh La Thăng = Bí thư Thành ủy"],
        ),
        (
            "Ông Vũ Hồng Khanh - khi đó là Phó Chủ tịch UBND TP Hà Nội đã thừa nhận.",
            ["Vũ Hồng Khanh = Phó Chủ tịch UBND TP Hà Nội (Hà Nội)"],
        ),
        (
            "Trung ương phân công ông Nguyễn Thiện Nhân về làm Bí thư Thành ủy TP.HCM.",
            ["Nguyễn Thiện Nhân = Bí thư Thành ủy TP HCM (Hồ Chí Minh)"],
        ),
        (
            "Kể từ khi ông Moon Jae-in theo đường lối tự do trở thành Tổng thống Hàn"
            " Quốc vào đầu tháng này.",
            ["Moon Jae-in = Tổng thống Hàn Quốc"],
        ),
        # a senator's party between office and name
        (
            "Thượng nghị sĩ đảng Dân chủ Chris Murphy đã lên tiếng cảnh báo.",
            ["Chris Murphy = Thượng nghị sĩ đảng Dân chủ"],
        ),
    ],
)
def test_offices_around_names_that_corpus_audits_taught(
    text: str, roles: list[str]
) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a given name that also opens bodies, before a dash or a comma
        (
            "Ông Trần Quốc Hội – Phó Chủ tịch UBND xã Trà Giang cho biết.",
            ["Trần Quốc Hội = Phó Chủ tịch UBND xã Trà Giang"],
        ),
        (
            "Sau đó, ông Hà Ban, Phó trưởng ban Tổ chức Trung ương đã thông báo.",
            ["Hà Ban = Phó trưởng ban Tổ chức Trung ương"],
        ),
        # a district's party committee in lower case; a court's chamber
        (
            "Bà Hứa Thị Hồng Đang, phó bí thư Quận ủy, bị khiển trách.",
            ["Hứa Thị Hồng Đang = Phó bí thư Quận ủy"],
        ),
        (
            "Ông Đinh Văn Quế, nguyên Chánh Tòa Hình sự TAND Tối cao, khẳng định.",
            ["Đinh Văn Quế = nguyên Chánh Tòa Hình sự TAND Tối cao"],
        ),
        # a ward named after someone is the office's, not a second person
        (
            "Ông Lê Văn Hậu, Phó chủ tịch UBND phường Lê Thanh Nghị cho biết.",
            ["Lê Văn Hậu = Phó chủ tịch UBND phường Lê Thanh Nghị"],
        ),
        # a family name that opens places, before a middle name
        (
            "Ông Đồng Văn Tự, Vụ trưởng Vụ Quản lý công trình cho rằng.",
            ["Đồng Văn Tự = Vụ trưởng Vụ Quản lý công trình"],
        ),
        ("Du khách lên cao nguyên đá Đồng Văn, Hà Giang.", []),
    ],
)
def test_vietnamese_offices_from_a_second_corpus_audit_taught(
    text: str, roles: list[str]
) -> None:
    assert [str(r) for r in tag_article("", text).leader_roles] == roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a member of a chamber in lower case before a state abroad
        (
            "Thượng nghị sĩ Cộng hòa bang Maine Susan Collins nhận xét.",
            ["Susan Collins"],
        ),
        ("Ứng viên tổng thống bang Texas George Bush nói.", []),
        # the heads of an intelligence service and of the World Bank
        ("Giám đốc Cơ quan Tình báo quốc gia Dan Coats trả lời.", ["Dan Coats"]),
        ("Chủ tịch Ngân hàng Thế giới Jim Yong Kim ngồi cạnh.", ["Jim Yong Kim"]),
        # an American state the gazetteer now knows, in the press's Vietnamese
        (
            "“Ý tưởng tệ nhất”, nghị sĩ bang Nam Carolina Lindsey Graham cho biết.",
            ["Lindsey Graham"],
        ),
        # a capitalised deputy before a lower-case head of government
        ("Sau khi Phó thủ tướng Heng Swee Keat rút lui.", ["Heng Swee Keat"]),
        ("Các ứng viên thủ tướng Lawrence Wong nói.", []),
        # the trade representative; the head of a body abroad, newly appointed
        (
            "Thủ tướng tiếp Đại diện Thương mại Mỹ Robert Lighthizer.",
            ["Robert Lighthizer"],
        ),
        (
            "Người đứng đầu Lầu Năm Góc mới được bổ nhiệm Christopher Miller nói.",
            ["Christopher Miller"],
        ),
        # who held the office then; a post with its abbreviation; a deputy's
        # portfolio; an initial before a sentence's full stop
        ("Thư của Tổng thống Mỹ lúc bấy giờ là Barack Obama. Sau đó", ["Barack Obama"]),
        ("Đại sứ Israel tại Liên hợp quốc (LHQ) Danny Danon gửi thư.", ["Danny Danon"]),
        (
            "Phó Thủ tướng Nga phụ trách công nghiệp quốc phòng Dmitry Rogozin nói.",
            ["Dmitry Rogozin"],
        ),
        (
            "Ông hội đàm với Tổng thống Liên bang Nga V. Putin. (Ảnh: TTXVN)",
            ["V. Putin"],
        ),
        # an emir, a national security adviser, the Fed's chair, a congressman
        # by his party, a spokesman after a comma
        (
            "Phát biểu của Tiểu quốc vương Qatar, Sheikh Tamim bin Hamad Al Thani về",
            ["Sheikh Tamim bin Hamad Al Thani"],
        ),
        ("Ông từ bỏ điều tra cựu cố vấn an ninh quốc gia Mike Flynn.", ["Mike Flynn"]),
        ("Chủ tịch Fed Janet Yellen cho rằng lãi suất sẽ tăng.", ["Janet Yellen"]),
        (
            "Vụ bắn làm nghị sĩ đảng Cộng hòa Steve Scalise bị thương.",
            ["Steve Scalise"],
        ),
        (
            "Phát ngôn viên của Tổng thống Hàn Quốc, Yoon Young-Chan, nói.",
            ["Yoon Young-Chan"],
        ),
        ("Người phát ngôn của Tổng thống, Hà Nội cho biết.", []),
        # offices in lower case before their country; a party abroad and its
        # standing; a spokesman of a leader with a long name; the Kremlin's
        ("Sau khi bộ trưởng Quốc phòng Mỹ James Mattis chỉ trích.", ["James Mattis"]),
        ("Khi đó đại sứ Mỹ tại Trung Quốc David Rank từ chức.", ["David Rank"]),
        ("Theo chánh văn phòng Nhà Trắng Reince Priebus.", ["Reince Priebus"]),
        ("Lãnh đạo Công đảng đối lập Jeremy Corbyn kêu gọi.", ["Jeremy Corbyn"]),
        ("Ông Dmitry Peskov, phát ngôn viên của Điện Kremlin, nói.", ["Dmitry Peskov"]),
        # from the dantri files: a security adviser of a seat of government, an
        # intelligence director in lower case who held the office then
        ("Cố vấn An ninh Nhà Trắng Jake Sullivan cho biết.", ["Jake Sullivan"]),
        # offices written after a foreign name: a state abroad, or a leader
        # whose aide or adviser it is; not a firm's, a coach's, a paper's
        (
            "Ông Gary Kohn, cố vấn kinh tế hàng đầu của Tổng thống Donald Trump, nói.",
            ["Donald Trump", "Gary Kohn"],
        ),
        ("Jim Nicholson, cựu đại sứ Mỹ tại Vatican, nhận xét.", ["Jim Nicholson"]),
        (
            "Sau khi Heng Swee Keat, Phó thủ tướng Singapore rút lui.",
            ["Heng Swee Keat"],
        ),
        ("Maxine Waters, nghị sĩ đảng Dân chủ từ California, nói.", ["Maxine Waters"]),
        ("Hermann Gerland, trợ lý giám đốc của Bayern Munich nhớ lại.", []),
        ("Csaba Bundik, Cố vấn chiến lược của Hatch! cho biết.", []),
        # a hyphenated name after which the office follows
        (
            "Ông Khalid Al-Falih, Bộ trưởng Bộ Năng lượng và Công nghiệp Saudi Arabia,"
            " nói.",
            ["Khalid Al-Falih"],
        ),
        (
            "Kellyanne Conway, Trợ lý tổng thống Mỹ, hôm qua cho biết.",
            ["Kellyanne Conway"],
        ),
        # an aide of a public office abroad, or of a state body there; a
        # spokeswoman; an office and its country, then `, ông` and the name
        (
            "Ông tiếp bà Barbara Weisel, Trợ lý Đại diện thương mại Hoa Kỳ phụ trách.",
            ["Barbara Weisel"],
        ),
        (
            "Chris Oliver, trợ lý quản lý tại Cục Quản lý Đại dương và Khí quyển Quốc"
            " gia Mỹ (NOAA) nói.",
            ["Chris Oliver"],
        ),
        ("Lindsay Walters, nữ phát ngôn viên Nhà Trắng cho biết.", ["Lindsay Walters"]),
        (
            "Cố vấn an ninh quốc gia Mỹ, ông H. R. McMaster cho rằng.",
            ["H. R. McMaster"],
        ),
        (
            "Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov nói.",
            ["Dmitry Peskov"],
        ),
        # a state the gazetteer does not know and its country after `ở`; a
        # senior senator; a chairman of the Duma
        (
            "Thống đốc bang Karnataka ở Ấn Độ Vajubhai Vala hôm qua cho hay.",
            ["Vajubhai Vala"],
        ),
        (
            "Thượng nghị sĩ cấp cao Nga Konstantin Kosachev lên án.",
            ["Konstantin Kosachev"],
        ),
        ("Chủ tịch Duma quốc gia Nga V. Volodin khẳng định.", ["V. Volodin"]),
        # an aide of a leader the article names in full, by his family name
        (
            "Tổng thống Nga Vladimir Putin gặp ông. Phụ tá của Putin Yuri Ushakov nói.",
            ["Vladimir Putin", "Yuri Ushakov"],
        ),
        ("Phụ tá của Hatch Yuri Ushakov nói.", []),
        # the body just named, like the country just named
        ("Chủ tịch ủy ban này Mac Thornberry nhấn mạnh.", ["Mac Thornberry"]),
        ("Chủ tịch công ty này Mac Thornberry nói.", []),
        # a European commissioner and the portfolio
        (
            "Ủy viên EU chuyên trách vấn đề cứu trợ nhân đạo Janez Lenarcic cho hay.",
            ["Janez Lenarcic"],
        ),
        # an ambassador to the UN, an agency's head, an air force's and a
        # ministry's spokesmen
        ("Đại diện thường trực của Mỹ tại LHQ Nikki Haley cho biết.", ["Nikki Haley"]),
        (
            "Giám đốc Cơ quan Năng lượng Nguyên tử Iran Ali Akbar Salehi tuyên bố.",
            ["Ali Akbar Salehi"],
        ),
        ("Phát ngôn viên Lực lượng Không quân Mỹ Lori Hodge cho biết.", ["Lori Hodge"]),
        (
            "Theo đại diện chính thức của Bộ Quốc phòng Nga Igor Konashenkov. Ông nói.",
            ["Igor Konashenkov"],
        ),
        # chiefs of staff; an official spokeswoman; a committee of the
        # Federation Council
        (
            "Tổng tham mưu trưởng quân đội Philippines Eduardo Ano ngày 29.5 nói.",
            ["Eduardo Ano"],
        ),
        (
            "Phó tham mưu trưởng Các lực lượng vũ trang Iran Mostafa Izadi. Ảnh",
            ["Mostafa Izadi"],
        ),
        (
            "Phát ngôn viên chính thức của Bộ Ngoại giao Nga Maria Zakharova nói.",
            ["Maria Zakharova"],
        ),
        (
            "Chủ tịch Ủy ban Đối ngoại Hội đồng Liên bang Nga Konstantin Kosachev nói.",
            ["Konstantin Kosachev"],
        ),
        # the head of an agency abroad
        (
            "Lãnh đạo Cơ quan Bảo vệ Môi trường Mỹ (EPA) Scott Pruitt. (Nguồn: AFP)",
            ["Scott Pruitt"],
        ),
        # Iran's supreme leader (his title kept, as written); `kí` for `ký`
        (
            "Lãnh tụ tối cao của Iran Ayatollah Ali Khamenei đã lên tiếng.",
            ["Ayatollah Ali Khamenei"],
        ),
        (
            "Điện đàm với Tổng thư kí NATO Jens Stoltenberg, ông nói.",
            ["Jens Stoltenberg"],
        ),
        # a veteran member of a party abroad, the name after a comma
        (
            "Nghị sĩ kỳ cựu của Công đảng, Dennis Skinner nói: “Ông ấy đã làm rất tốt”.",
            ["Dennis Skinner"],
        ),
        # a mayor's city the gazetteer does not know, then the name
        ("Ông đánh bại Thị trưởng Bordeaux Alain Juppe ở vòng sơ bộ.", ["Alain Juppe"]),
        (
            "Thị trưởng Jakarta Basuki Tjahaja Purnama nói.",
            ["Basuki Tjahaja Purnama"],
        ),
        ("Thị trưởng Sadiq Khan nói.", ["Sadiq Khan"]),
        ("Báo cáo với Tổng thống Nga, ông Igor Sechin - Tổng Giám đốc Rosneft.", []),
        (
            "Ông Ernesto Abella, người phát ngôn cho Tổng thống Philippines, giải thích.",
            ["Ernesto Abella"],
        ),
        (
            "Sau khi Joseph Yun, đặc phái viên Bộ Ngoại giao Mỹ về Triều Tiên, tới.",
            ["Joseph Yun"],
        ),
        # the office after the comma opens the next person's name
        (
            "Người đồng cấp Đức Sigmar Gabriel, Bộ trưởng Vương Nghị cho biết.",
            ["Vương Nghị"],
        ),
        (
            "Trong cuộc phỏng vấn với Fox News, tân Tổng thống Mỹ Donald Trump nói.",
            ["Donald Trump"],
        ),
        # two initials; the office before them is theirs, not the name's before
        (
            "Con rể Jared Kushner, Cố vấn An ninh Quốc gia H.R. McMaster, cố vấn Hope.",
            ["H.R. McMaster"],
        ),
        (
            "Báo cáo được giám đốc tình báo quốc gia Mỹ khi đó là John Ratcliffe tổng hợp.",
            ["John Ratcliffe"],
        ),
        ("Thủ tướng giao bộ trưởng Quốc phòng chỉ đạo; ông đại sứ Thomas Vajda.", []),
    ],
)
def test_officials_abroad_from_a_second_corpus_audit_taught(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tổng giám đốc Tổ chức Y tế Thế giới (WHO) Tedros Adhanom Ghebreyesus nói.",
            ["Tedros Adhanom Ghebreyesus"],
        ),
        ("Cao ủy Đối ngoại EU Josep Borrell cho rằng.", ["Josep Borrell"]),
        # an armed service's head needs no country
        ("Tư lệnh Lực lượng vũ trang Hadi Tjahjanto tham dự.", ["Hadi Tjahjanto"]),
    ],
)
def test_officials_abroad_from_the_dantri_audit_taught(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


def test_spellings_differing_in_marks_stay_as_written_in_one_article() -> None:
    # the site gives them one page; the article keeps what it wrote
    text = (
        "Chủ tịch Quốc hội Cuba Esteban Lazo Hernández đến Hà Nội. Đoàn do đồng chí"
        " Esteban Lazo Hernandez, Chủ tịch Quốc hội Cuba dẫn đầu."
    )
    assert sorted(tag_article("", text).leaders) == [
        "Esteban Lazo Hernandez",
        "Esteban Lazo Hernández",
    ]
    # a shortened name of the same office is one leader
    text = "Thủ tướng Nguyễn Xuân Phúc đến dự. Thủ tướng Nguyễn Phúc phát biểu."
    assert tag_article("", text).leaders == ["Nguyễn Xuân Phúc"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # law officers, governors and a ministry's spokesman need no country
        ("Tổng chưởng lý Jeff Sessions cho biết.", ["Jeff Sessions"]),
        ("Tiếp Chánh án Tòa liên bang Raus bin Sharif.", ["Raus bin Sharif"]),
        ("Thủ tướng dự chiêu đãi của Thống đốc Fukuda Tomikazu.", ["Fukuda Tomikazu"]),
        ("Phát ngôn viên Bộ Nội vụ Najibullah Danish cho biết.", ["Najibullah Danish"]),
        # … but a region may open four capitalised words; a rank is no name
        ("Theo Thống đốc Bicol Al Francis Bichara, 4 người chết.", []),
        (
            "Người phát ngôn của Bộ Quốc phòng Ấn Độ, Trung Tá Sombit Ghosh nói.",
            ["Sombit Ghosh"],
        ),
        # a body abroad, the Joint Chiefs' chairman, a state's full form
        (
            "Giám đốc Quỹ Tiền tệ Quốc tế Christine Lagarde phát biểu.",
            ["Christine Lagarde"],
        ),
        (
            "Chủ tịch Hội đồng tham mưu trưởng liên quân Mỹ Joseph Dunford cảnh báo.",
            ["Joseph Dunford"],
        ),
        (
            "Lễ đón Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Phankham"
            " Viphavanh.",
            ["Phankham Viphavanh"],
        ),
        (
            "Lời mời của Tổng thống nước Cộng hòa Thống nhất Tanzania John Magufuli.",
            ["John Magufuli"],
        ),
        # a province's or a town's head abroad, a leader's aide, after the name
        (
            "Tiếp đón có ông Yom Jong-Hyun - Chủ tịch Hội đồng tỉnh Gyeonggi.",
            ["Yom Jong-Hyun"],
        ),
        (
            "Ông Antonino Camarda, thị trưởng của Castiglione di Sicilia cho hay.",
            ["Antonino Camarda"],
        ),
        (
            "Mike Dubke, Giám đốc truyền thông của Tổng thống Donald Trump từ chức.",
            ["Donald Trump", "Mike Dubke"],
        ),
        ("Anh Peter Smith, thị trưởng tương lai của mình.", []),
    ],
)
def test_officials_abroad_from_the_opened_sets_taught(
    text: str, names: list[str]
) -> None:
    assert sorted(tag_article("", text).leaders) == sorted(names)


def test_a_province_abroad_before_its_officers_office_is_no_name() -> None:
    text = "Lãnh đạo tỉnh Preah Sihanouk, Phó Tỉnh trưởng Em Pheap chúc mừng."
    assert "Preah Sihanouk" not in tag_article("", text).leaders


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a posting, then the office
        (
            "Ông Nguyễn Văn Phương được điều động giữ chức Bí thư Tỉnh ủy Quảng Trị.",
            ["Nguyễn Văn Phương"],
        ),
        ("Ông Lê Văn Tám được điều động về công tác tại Sở Y tế.", []),
        # a decision on whose office it is
        (
            "Thủ tướng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Bắc Kạn của ông"
            " Trương Chí Trung, để nhận nhiệm vụ mới.",
            ["Trương Chí Trung"],
        ),
        (
            "Thông báo việc thôi Phó Chủ tịch Ủy ban MTTQ tỉnh đối với đồng chí Âu Thế"
            " Thái.",
            ["Âu Thế Thái"],
        ),
        # an Ê-đê family name opens a general's name, not the end of another's
        (
            "Đại tướng trao quyết định cho Thiếu tướng Niê Ta, Chỉ huy trưởng Bộ CHQS"
            " tỉnh Đắk Lắk.",
            ["Niê Ta"],
        ),
        # `Văn Phòng` capitalised twice before its body is the office, not a name
        (
            "Dự có Chủ nhiệm Văn Phòng Quốc hội Nguyễn Hạnh Phúc.",
            ["Nguyễn Hạnh Phúc"],
        ),
    ],
)
def test_vietnamese_offices_from_the_opened_sets_taught(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the comma lost after a name: the office's capitalised first word is
        # no part of the name, and each office stays its holder's
        (
            "Dự có bà Nguyễn Minh Hằng Thứ trưởng Bộ Ngoại giao Việt Nam, ông Choi"
            " Youngsam Đại sứ Hàn Quốc tại Việt Nam.",
            ["Nguyễn Minh Hằng", "Choi Youngsam"],
        ),
        (
            "Ông Sherin Valery Vitalevich Chủ tịch chính phủ tỉnh Tula tiếp đoàn.",
            ["Sherin Valery Vitalevich"],
        ),
        # … but a sentence's lower-case office after a caption's name is not his
        ("Cái bắt tay với ông Trump Vị tổng thống trẻ tuổi của Pháp cũng tiếp.", []),
        # the Youth Union is no Mr Đoàn
        (
            "Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Nguyễn Văn An nói.",
            ["Nguyễn Văn An"],
        ),
    ],
)
def test_an_office_after_a_name_without_its_comma(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Lao office before the name, the province's name between
        (
            "Phó Bí thư, Trưởng ban Tổ chức Tỉnh ủy tỉnh Khăm Muộn Phôm Ma Phăn Thạ"
            " Lăng Si bày tỏ niềm vui.",
            ["Phôm Ma Phăn Thạ Lăng Si"],
        ),
        (
            "Tỉnh trưởng tỉnh Hủa Phăn Phết Sả May Xay Nha Thi Chắc phát biểu.",
            ["Phết Sả May Xay Nha Thi Chắc"],
        ),
        # … or after it, in a list under a Lao heading
        (
            "Đoàn tỉnh Luông Pha Bang có các đồng chí: Khăm Khăn Chăn Thạ Vy Sục - Bí"
            " thư Tỉnh ủy, Tỉnh trưởng; Sụ Căn Bun Nhông - Phó Bí thư Tỉnh ủy.",
            ["Khăm Khăn Chăn Thạ Vy Sục", "Sụ Căn Bun Nhông"],
        ),
        # the longer reading replaces the Vietnamese one of its end (`Ma …`)
        (
            "Ông Phôm Ma Phăn Thạ Lăng Si, Phó Bí thư Tỉnh ủy tỉnh Khăm Muộn nói.",
            ["Phôm Ma Phăn Thạ Lăng Si"],
        ),
        # a dignitary abroad styled `ngài`, named in Vietnamese syllables
        (
            "Đoàn gồm có: ngài Thống tướng Tia Banh, Phó Thủ tướng; ngài Va Kim Hông,"
            " Bộ trưởng Cao cấp; ngài Đại tướng Úc Kim Lẹ, Quốc vụ khanh, Bộ Nội vụ.",
            ["Tia Banh", "Va Kim Hông", "Úc Kim Lẹ"],
        ),
        ("Thưa ngài Chủ tịch, xin cảm ơn ngài.", []),
        # Vietnamese names near a Lao place stay Vietnamese
        ("Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng phát biểu.", ["Nguyễn Bá Hùng"]),
        (
            "Tỉnh Hủa Phăn và Thanh Hóa ký kết; Ông Trần Quốc Vượng, Bí thư Tỉnh ủy"
            " Thanh Hóa phát biểu.",
            ["Trần Quốc Vượng"],
        ),
    ],
)
def test_lao_names_in_vietnamese_syllables_beside_a_lao_office(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Chinese family names read the Sino-Vietnamese way
        ("Đại sứ Trung Quốc Thôi Thiên Khải gặp ông.", ["Thôi Thiên Khải"]),
        (
            "Phát ngôn viên Bộ Quốc phòng Trung Quốc Nhậm Quốc Cường cho biết.",
            ["Nhậm Quốc Cường"],
        ),
        (
            "Ông A tiếp Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu Dũng.",
            ["Hồng Tiểu Dũng"],
        ),
        ("Phát ngôn viên Bộ Ngoại giao Trung Quốc Hồng Lỗi cảnh báo.", ["Hồng Lỗi"]),
        # … not a river before the next sentence
        ("Vụ trưởng Đê điều nói về lũ sông Hồng  Liên quan đến đê.", []),
    ],
)
def test_chinese_family_names_read_the_sino_vietnamese_way(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        # a soft hyphen inside a word: the Pacific is one word
        ("Ngân hàng Châu Á - Thái Bình Dư\u00adơng (GPEA) cho vay.", []),
        # a school or a firm named after a town elsewhere names no province
        ("Cô giáo Trường Mầm non Tân An được khen thưởng.", []),
        ("Học sinh trường THCS Thuận An đoạt giải.", []),
        ("Tập đoàn Thuận An ký hợp đồng.", []),
        ("Thuận An là thành phố của tỉnh này.", ["Bình Dương"]),
    ],
)
def test_places_inside_other_names_from_the_opened_sets(
    text: str, provinces: list[str]
) -> None:
    assert tag_article("", text).provinces == provinces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an embassy is the body of the office before it
        (
            "Tham tán Công sứ Đại sứ quán Việt Nam tại Lào Phan Minh Chiến phát biểu.",
            ["Phan Minh Chiến"],
        ),
        ("Đại sứ quán Việt Nam tại Lào Nguyễn Bá Hùng phát biểu.", []),
        # a decision's word before a chain of offices (`miễn nhiệm A, kiêm B đối với`)
        (
            "HĐND tỉnh miễn nhiệm Phó Chủ tịch, kiêm Trưởng ban Dân tộc HĐND tỉnh Sóc"
            " Trăng đối với ông Thạch Thal.",
            ["Thạch Thal"],
        ),
        (
            "Có ông Nguyễn Trắc Toàn- Công sứ, Đại sứ quán Việt Nam tại Campuchia.",
            ["Nguyễn Trắc Toàn"],
        ),
        # public offices abroad that need no country
        ("Chánh Văn phòng An ninh quốc gia Wi Sung-lac cho biết.", ["Wi Sung-lac"]),
        ("Đơn từ chức của Trưởng Cơ quan công tố Kim Soo-nam.", ["Kim Soo-nam"]),
        # a dismissed director; aviation's `không` is no negation
        (
            "Cựu Giám đốc Cục Điều tra Liên bang Mỹ (FBI) bị sa thải James Comey nói.",
            ["James Comey"],
        ),
        (
            "Cục trưởng Cục Hàng không Việt Nam Đinh Việt Thắng cho biết.",
            ["Đinh Việt Thắng"],
        ),
        ("Cục trưởng Cục Người có công Đào Ngọc Lợi nói.", ["Đào Ngọc Lợi"]),
        ("Chủ tịch UBND tỉnh gặp người có công Nguyễn Văn An.", []),
        # a president's office after the name
        (
            "Tòa triệu tập ông Kim Ki-choon – cựu chánh Văn phòng Tổng thống.",
            ["Kim Ki-choon"],
        ),
        ("Ông John Smith, chánh văn phòng công ty cho biết.", []),
    ],
)
def test_envoys_and_offices_of_a_state_from_the_opened_sets(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names


def test_a_lao_leaders_office_is_the_chain_before_the_province() -> None:
    text = (
        "Chiều 30/4, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp đoàn tỉnh Hủa"
        " Phăn (Lào) do Tỉnh trưởng tỉnh Hủa Phăn Phết Sả May Xay Nha Thi Chắc dẫn đầu."
    )
    offices = {m.name: m.title for m in find_leaders(text)}
    assert offices["Phết Sả May Xay Nha Thi Chắc"] == "Tỉnh trưởng tỉnh Hủa Phăn"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the head of a public hospital's or university's department holds an office
        (
            "Theo bác sĩ Võ Mạnh Hùng - Trưởng khoa Bệnh nhiệt đới, Bệnh viện Sản Nhi"
            " Nghệ An, số ca bệnh tăng.",
            ["Võ Mạnh Hùng"],
        ),
        (
            "TS.BS Trần Minh Long, Phó trưởng khoa Hồi sức Ngoại cho biết bệnh nhân"
            " đã tỉnh.",
            ["Trần Minh Long"],
        ),
        (
            "PGS.TS Nguyễn Văn Toản, Trưởng Khoa Cơ khí, Trường Đại học Bách khoa nói.",
            ["Nguyễn Văn Toản"],
        ),
        # … not of a private hospital's, nor a department no word names
        (
            "Bác sĩ Nguyễn Văn Doanh, Trưởng khoa Khám bệnh - Bệnh viện ĐKQT Thu Cúc"
            " khuyên người dân.",
            [],
        ),
        (
            "Ông Phạm Văn Bình, Giám đốc Bệnh viện Đa khoa Quốc tế Hải Phòng cho biết.",
            [],
        ),
        ("Ông Đỗ Đình Địch, nguyên Trưởng khoa đầu tiên kể lại.", []),
    ],
)
def test_hospital_and_university_department_heads(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a village's or a school's head in lower case before its name
        (
            "Người bị tố cáo là ông Nguyễn Hữu Nam, trưởng thôn Châu Phong (xã Liên Hà).",
            ["Nguyễn Hữu Nam"],
        ),
        (
            "GS. Trần Văn Chứ, hiệu trưởng trường Đại học Lâm nghiệp cho biết.",
            ["Trần Văn Chứ"],
        ),
        ("Ông Nguyễn Văn An, trưởng thôn cho biết.", []),
        # a public centre whose name holds a firm's or a fund's word
        (
            "Ông Nguyễn Thanh Liêm, Giám đốc Trung tâm Hỗ trợ doanh nghiệp, Sở Kế hoạch"
            " và Đầu tư thành phố cho biết.",
            ["Nguyễn Thanh Liêm"],
        ),
        (
            "Bị can Trương Văn Học, nguyên Giám đốc Trung tâm Phát triển quỹ đất thuộc"
            " Sở TN&MT bị bắt.",
            ["Trương Văn Học"],
        ),
        ("Ông Nguyễn Văn Bình, Giám đốc Quỹ đầu tư ABC cho biết.", []),
        ("Bà Trần Thị Lan, Giám đốc doanh nghiệp tư nhân Hoa Mai cho biết.", []),
        # an embassy's secretaries are diplomats; its other staff are not
        (
            "Theo Bí thư thứ nhất Đại sứ quán Nhật Bản tại Lào Yoko Putamoto, Lào"
            " hấp dẫn.",
            ["Yoko Putamoto"],
        ),
        (
            "Ông Nguyễn Văn An, Bí thư thứ hai Đại sứ quán Việt Nam tại Lào cho biết.",
            ["Nguyễn Văn An"],
        ),
        ("Ông Nguyễn Văn An, lái xe Đại sứ quán Việt Nam tại Lào cho biết.", []),
        # an office, then who holds it, with no honorific (`… là A`)
        (
            "Nguyên Trưởng phòng Sở Xây dựng Thanh Hóa là Trần Vũ Quỳnh Anh dù gia"
            " cảnh bình thường.",
            ["Trần Vũ Quỳnh Anh"],
        ),
        ("Bí thư Tỉnh ủy Hà Giang là Triệu Tài Vinh.", ["Triệu Tài Vinh"]),
        ("Chủ tịch công ty là Nguyễn Văn Bình.", []),
        # the state's news agency and broadcasters are government agencies
        ("Ông Nguyễn Đức Lợi, Tổng Giám đốc TTXVN phát biểu.", ["Nguyễn Đức Lợi"]),
        (
            "Tổng Giám đốc Đài Tiếng nói Việt Nam Nguyễn Thế Kỷ phát biểu.",
            ["Nguyễn Thế Kỷ"],
        ),
        # the National Assembly by its abbreviation after `của`
        (
            "Theo Chủ nhiệm Ủy ban Pháp luật của QH Nguyễn Khắc Định đa số đồng ý.",
            ["Nguyễn Khắc Định"],
        ),
    ],
)
def test_heads_of_named_units_and_public_centres(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Vietnamese word glued to a foreign name ends it
        (
            "Bộ trưởng Giáo dục Mỹ Betsy DeVosđã phát biểu tại trường.",
            ["Betsy DeVos"],
        ),
        (
            "Tổng thống Mỹ Donald Trump đến Riyadh. Chính quyền Tổng thống Donald"
            " Trumptin tưởng các cơ quan.",
            ["Donald Trump"],
        ),
        # a credit after a caption's name is no part of it
        (
            "Chủ tịch nước tiếp Đại sứ Peru Augusto Morelli TTXViệt Nam / Cùng ngày.",
            ["Augusto Morelli"],
        ),
        ("Tổng thống Mỹ Donald Trump AFP Ông Trump nói.", ["Donald Trump"]),
        ("Ngoại trưởng Indonesia Retno LP Marsudi phát biểu.", ["Retno LP Marsudi"]),
        ("Quốc vương Anh Charles III phát biểu.", ["Charles III"]),
        # … nor the next sentence's person after an honorific
        (
            "Giám đốc FBI James Comey Ông Comey là người được kính trọng.",
            ["James Comey"],
        ),
        # a country's name, short or long, is no part of the name after it
        # … nor a country the text misspells or turns into an adjective (one
        # letter more or less; not one changed: `Angela` is one off `Angola`)
        (
            "Thủ tướng Israeel Benjamin Netanyahu gọi đó là thảm họa.",
            ["Benjamin Netanyahu"],
        ),
        ("Thủ tướng Israeli Benjamin Netanyahu nói.", ["Benjamin Netanyahu"]),
        ("Cựu Tổng thống Ukraina Leonid Kuchma nói.", ["Leonid Kuchma"]),
        ("Thủ tướng Angela Merkel nói.", ["Angela Merkel"]),
        (
            "Quốc vương Saudi Salman bin Abdulaziz al-Saud ra tận sân bay đón ông.",
            ["Salman bin Abdulaziz al-Saud"],
        ),
        ("Ông ăn tối với Nhà vua Saudi Arabia Salman (thứ 3 từ trái sang).", []),
        # … not a name that only holds a syllable's letters
        ("Thủ tướng Anh Boris Johnson gặp ông John Smith.", ["Boris Johnson"]),
        (
            "Tổng thống Hàn Quốc Moon Jae-in và Tổng thống Moon Jaein gặp nhau.",
            ["Moon Jae-in", "Moon Jaein"],
        ),
    ],
)
def test_where_a_foreign_name_ends(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an agency's director abroad, its office in any case, with or without
        # its country (a firm has no `Cục` or `Cơ quan`)
        (
            "Phiên điều trần của cựu giám đốc Cục Điều tra liên bang Mỹ (FBI)"
            " James Comey.",
            ["James Comey"],
        ),
        ("Giám đốc Cơ quan Điều tra Liên bang James Comey cho biết.", ["James Comey"]),
        (
            "Giám đốc Cơ quan Năng lượng Quốc tế (IEA) Fatih Birol nói.",
            ["Fatih Birol"],
        ),
        # … not a firm's director, nor a Vietnamese name read the foreign way
        ("Giám đốc Công ty Điều tra Liên bang James Comey cho biết.", []),
        ("Giám đốc Cục Quản lý Dược Trương Quốc Cường phát biểu.", []),
    ],
)
def test_agency_directors_abroad(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an Arabic family name with its article in lower case goes on the name
        ("Hôm qua, Tổng thống Bashar al-Assad đã nói.", ["Bashar al-Assad"]),
        ("Mosul và Thủ tướng Haider al-Abadi ban đầu hy vọng.", ["Haider al-Abadi"]),
        ("Tổng thống Ai Cập Abdel Fattah al-Sisi cho biết.", ["Abdel Fattah al-Sisi"]),
        ("Ông Ahmad al-Mesmari cho biết.", []),
        # a caption's photo credit right before the next name is no part of it
        (
            "Ảnh: Reuters Essam al-Bedaiwi, Thống đốc tỉnh Minya, Ai Cập cho biết.",
            ["Essam al-Bedaiwi"],
        ),
        (
            "Ảnh: Reuters Ông Yoon Young-chan, người phát ngôn Phủ Tổng thống Hàn"
            " Quốc cho biết.",
            ["Yoon Young-chan"],
        ),
    ],
)
def test_arabic_names_and_credits_before_names(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a head of state or government, a senator or a king in lower case
        # needs no country; a short country name is no part of the name
        ("Trong khi đó, cựu phó tổng thống Joe Biden vừa nhận tin vui.", ["Joe Biden"]),
        ("Sách được cựu tổng thống Mĩ Barack Obama khen.", ["Barack Obama"]),
        ("Cựu tổng thống Hàn Park Geun-hye bị bắt.", ["Park Geun-hye"]),
        ("Thượng nghị sĩ Mark Warner cũng lên tiếng.", ["Mark Warner"]),
        # … and so do officers by their rank in lower case (not a bare `tướng`)
        ("CNN dẫn lời trung tá Roger Cabiness.", ["Roger Cabiness"]),
        ("Sư đoàn dưới sự chỉ huy của thiếu tướng Ron Griffith.", ["Ron Griffith"]),
        ("Đội tuyển của tướng Park Hang-seo thắng.", []),
        # … nor a state's leader (the fixtures README's `nhà lãnh đạo Aung Suu Kyi`)
        ("KCNA cho hay nhà lãnh đạo Kim Jong-un giám sát vụ phóng.", ["Kim Jong-un"]),
        ("Họ trung thành với nhà lãnh đạo tối cao Kim Jong-un.", ["Kim Jong-un"]),
        # … not a candidate, nor an election's winner
        ("Ông Trump và ứng viên tổng thống Hillary Clinton tranh luận.", []),
        ("Cuộc chạy đua tổng thống Emmanuel Macron dẫn đầu.", []),
        # (an election at a line's end is no part of the next line's office)
        (
            "Nga can thiệp bầu cử\nTổng thống Nga Vladimir Putin vừa khen.",
            ["Vladimir Putin"],
        ),
    ],
)
def test_heads_of_state_in_lower_case(text: str, names: list[str]) -> None:
    assert tag_article("", text).leaders == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a delegation named by its country or province is no Mr Đoàn
        ("Phó Chủ tịch nước chụp ảnh với các đại biểu Đoàn Việt Nam.", []),
        ("Các đại biểu Đoàn Gia Lai dự hội nghị.", []),
        ("Phó Chủ tịch UBND tỉnh Đoàn Thanh Bình dự hội nghị.", ["Đoàn Thanh Bình"]),
        # … nor a school's namesake after its kind, the school in lower case
        (
            "Cô Lê Thị Toan - Hiệu trưởng trường Mầm non Hoa Mai xác nhận.",
            ["Lê Thị Toan"],
        ),
        ("Hiệu trưởng Trường Mầm non Mai Dịch cho biết.", []),
        (
            "Cục trưởng Cục Quản lý môi trường y tế Nguyễn Thị Liên Hương nói.",
            ["Nguyễn Thị Liên Hương"],
        ),
        # … nor a city's or province's youth union (`Thành Đoàn`, `Tỉnh Đoàn`)
        ("Giao cho lãnh đạo Thành Đoàn Vũng Tàu và các cơ quan liên quan.", []),
        (
            "Chị Nguyễn Thị Thu Hà, cựu Bí thư Tỉnh Đoàn Quảng Ninh, nói.",
            ["Nguyễn Thị Thu Hà"],
        ),
        # a bare office whose body, in brackets after the name, is a club's
        (
            "Trao đổi với báo chí, Chủ tịch Nguyễn Quốc Hội (CLB Hà Nội) cho biết.",
            [],
        ),
        ("Chủ tịch Trần Quốc Hội (Hà Tĩnh) cho biết.", ["Trần Quốc Hội"]),
        # private schools, boards, clans and firms named `…Corp` hold no office
        ("Ông Lê Nguyên Khang, Trưởng phòng An Toàn Thông Tin VCCorp cho biết.", []),
        ("Ông Đặng Duy Thiện, Chủ tịch Hội đồng dòng họ Đặng cho biết.", []),
        (
            "PGS Văn Như Cương, Chủ tịch Hội đồng Quản trị trường THPT Lương Thế"
            " Vinh nói.",
            [],
        ),
        ("Bà Nguyễn Thị Lan, Hiệu trưởng trường mầm non tư thục Hoa Mai nói.", []),
        # a chain goes on after `kiêm`: a society's office shared by a bare one
        (
            "Ông Chu Đức Khải, Phó chủ tịch, kiêm Tổng thư ký Hiệp Hội Thép Việt Nam"
            " (VSA) cho biết.",
            [],
        ),
        # a candidate's line: the birth year, a degree, then the office
        (
            "Ông Lê Văn Cường (Sinh năm 1978), Bác sĩ y khoa, Phó giám đốc Bệnh viện"
            " Đa khoa tỉnh Thanh Hóa.",
            ["Lê Văn Cường"],
        ),
        ("Ông Nguyễn Văn An, Tiến sĩ, Giám đốc Công ty Hoa Mai cho biết.", []),
        # an honorific before a run's last word opens the next sentence's name
        (
            "Ông Lê Xuân Phương, Chủ tịch UBND xã Ngọc Lương Ông Phương cho biết.",
            ["Lê Xuân Phương"],
        ),
        (
            "Phó Trưởng phòng Giáo dục quận Hai Bà Trưng Vũ Văn Hoạt cho biết.",
            ["Vũ Văn Hoạt"],
        ),
    ],
)
def test_delegations_and_honorifics_inside_name_runs(
    text: str, names: list[str]
) -> None:
    assert tag_article("", text).leaders == names
