"""The cooperation detector on real excerpts (fixtures) and on the traps it must avoid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoptac.article import LeaderRole
from hoptac.tagging import Tags, tag_article
from hoptac.tagging.cooperation import assess_cooperation, detect_cooperation

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cooperation"


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.jsonl").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "kind", "parties"),
    [
        ("visit_city_party_committee_works_with_province", "visit", ["Hà Nội", "Lào Cai"]),
        ("agreement_signed_for_a_period", "agreement", ["Hải Dương", "Phú Yên"]),
        ("support_city_funds_neighbouring_province", "support", ["Đà Nẵng", "Quảng Nam"]),
        (
            "linkage_conference_of_city_and_region_provinces",
            "linkage",
            ["Hồ Chí Minh", "Phú Thọ", "Điện Biên", "Hà Giang", "Yên Bái", "Hòa Bình",
             "Lai Châu", "Lào Cai", "Sơn La"],
        ),
    ],
)  # fmt: skip
def test_cooperation_coverage_is_recognised_with_its_kind_and_parties(
    name: str, kind: str, parties: list[str]
) -> None:
    article = fixture(name)
    found = tag_article(article["title"], article["body"]).cooperation
    assert found is not None
    assert found.kind == kind
    assert found.parties == parties


@pytest.mark.parametrize(
    "name",
    [
        "foreign_partner_province_and_lao_provinces",
        "ministry_works_with_one_city",
        "cooperatives_of_two_provinces",
        "clubs_playing_each_other",
        "weather_forecast_listing_provinces",
        "central_relief_listing_provinces",
        "passing_sentence_in_central_relief_news",
    ],
)
def test_provinces_named_together_without_cooperating_are_not_coverage(
    name: str,
) -> None:
    article = fixture(name)
    tags = tag_article(article["title"], article["body"])
    # The trap: two provinces are named (the province tagger now also drops
    # clubs' names in match reports, so that one may be caught a step earlier).
    assert len(tags.provinces) >= 2 or name == "clubs_playing_each_other"
    assert tags.cooperation is None
    assert tags.cooperation_reason


def test_a_programme_period_is_kept_with_an_en_dash() -> None:
    article = fixture("agreement_signed_for_a_period")
    found = tag_article(article["title"], article["body"]).cooperation
    assert found.period == "2020–2025"
    period = fixture("visit_city_party_committee_works_with_province")
    assert (
        tag_article(period["title"], period["body"]).cooperation.period == "2017–2020"
    )


def test_the_head_of_each_side_is_the_most_senior_official_named() -> None:
    title = "Hà Tĩnh - Nghệ An trao đổi kinh nghiệm phát triển kinh tế - xã hội"
    body = "Sáng 30/12, đoàn công tác tỉnh Hà Tĩnh làm việc với lãnh đạo tỉnh Nghệ An."
    tags = Tags(
        provinces=["Hà Tĩnh", "Nghệ An"],
        leader_roles=[
            LeaderRole("Trần Tiến Hưng", "Chủ tịch UBND tỉnh", "Hà Tĩnh"),
            LeaderRole("Hoàng Trung Dũng", "Bí thư Tỉnh ủy", "Hà Tĩnh"),
            LeaderRole("Lê Ngọc Hoa", "Phó Chủ tịch UBND tỉnh", "Nghệ An"),
            LeaderRole("Nguyễn Văn A", "Giám đốc Sở Y tế", "Nghệ An"),
        ],
        topics=["quốc phòng - an ninh"],
    )
    found = detect_cooperation(title, body, tags)
    assert found.kind == "visit"
    assert found.leaders == ["Hoàng Trung Dũng (Hà Tĩnh)", "Lê Ngọc Hoa (Nghệ An)"]
    assert found.fields == ["quốc phòng - an ninh"]


def test_aid_from_a_city_named_in_the_title_counts_for_the_provinces_listed() -> None:
    title = "Hà Nội hỗ trợ 19 tỷ đồng cho các địa phương bị hạn hán, ngập mặn"
    body = (
        "Số tiền 19 tỷ đồng được trích từ Quỹ cứu trợ thiên tai của thành phố, dành "
        "để trợ giúp nhân dân các tỉnh Kon Tum, Gia Lai, Lâm Đồng và Cà Mau."
    )
    found = tag_article(title, body).cooperation
    assert found.kind == "support"
    assert found.parties[0] == "Hà Nội"
    assert {"Kon Tum", "Gia Lai", "Lâm Đồng", "Cà Mau"} <= set(found.parties)


def test_the_capital_named_by_its_role_is_a_party() -> None:
    found = tag_article(
        "Lực lượng y tế Thủ đô hỗ trợ TP HCM chống dịch",
        "Giảng viên, bác sỹ và sinh viên Hà Nội đã lên đường chi viện TP Hồ Chí Minh.",
    ).cooperation
    assert found.kind == "support"
    assert set(found.parties) == {"Hà Nội", "Hồ Chí Minh"}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # The state funds provinces: they receive, none gives.
        (
            "Hỗ trợ 140 tỷ đồng cho các địa phương khắc phục hậu quả mưa bão",
            "Thủ tướng quyết định hỗ trợ Lạng Sơn 30 tỷ, Hà Giang 20 tỷ. "
            "Lai Châu được hỗ trợ 5 tỷ đồng, Yên Bái được hỗ trợ 5 tỷ đồng.",
        ),
        # Cooperatives of two provinces are not the provinces.
        (
            "Liên minh hợp tác xã Hà Nội ký kết hợp tác với Liên minh hợp tác xã Hải Phòng",
            "Các hợp tác xã của Hà Nội và Hải Phòng sẽ kết nối tiêu thụ nông sản.",
        ),
        # A province before the 2025 merger is part of its successor, not a partner.
        (
            "Trưởng đoàn đại biểu Quốc hội TP.HCM tặng 100 triệu đồng cho học sinh",
            "Bà Nguyễn Thị B, nguyên Chủ tịch Hội Chữ thập đỏ tỉnh Bình Dương cũ, "
            "trao tặng quà cho học sinh phường Phú Lợi, TP.HCM.",
        ),
        # `Thái Bình Dương` (the Pacific) names no province.
        (
            "APEC - Cơ chế hợp tác kinh tế hàng đầu châu Á - Thái Bình Dương",
            "Các nền kinh tế châu Á - Thái Bình Dương hợp tác với nhau trong APEC.",
        ),
        # A road `linking two provinces` is not the provinces working together.
        (
            "Địa phương quyết tâm làm, vì sao Bộ không hưởng ứng?",
            "Dự án tuyến đường bộ kết nối hai tỉnh Phú Yên và Gia Lai được kỳ vọng là "
            "tuyến giao thông huyết mạch.",
        ),
        # A deputy moves between two provinces' National Assembly delegations.
        (
            "Ông Đinh La Thăng chuyển sinh hoạt về đoàn Đại biểu Quốc hội Thanh Hóa",
            "Đoàn đại biểu Quốc hội tỉnh Thanh Hóa thống nhất để đại biểu Quốc hội "
            "Đinh La Thăng chuyển sinh hoạt từ đoàn TP Hồ Chí Minh về Thanh Hóa.",
        ),
        # A delegation of the Politburo, led by a city's secretary, inspects a province.
        (
            "Đoàn công tác của Bộ Chính trị làm việc tại Cà Mau",
            "Đoàn công tác của Bộ Chính trị do đồng chí Bí thư Thành ủy TP Hồ Chí Minh "
            "làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Cà Mau.",
        ),
        # Firms promote their brands: `xúc tiến` is theirs, not the provinces'.
        (
            "Cà phê Buôn Ma Thuột, nước mắm Phú Quốc suýt mất thương hiệu",
            "Một loạt doanh nghiệp như nước mắm Phú Quốc, kẹo dừa Bến Tre khi xúc tiến "
            "ra thị trường nước ngoài mới biết thương hiệu đã bị đăng ký.",
        ),
        # A central hospital sends doctors; the province is where they go.
        (
            "Thêm 10 bác sĩ BV Bạch Mai lên Hòa Bình hỗ trợ cứu chữa bệnh nhân",
            "Bệnh viện Bạch Mai ở Hà Nội cử thêm 10 bác sĩ lên Hòa Bình hỗ trợ.",
        ),
    ],
)
def test_traps_are_not_cooperation(title: str, body: str) -> None:
    assert tag_article(title, body).cooperation is None


def test_an_article_naming_one_province_says_why_it_is_not_coverage() -> None:
    tags = tag_article("Hà Nội hỗ trợ người nghèo", "Thành phố Hà Nội trao quà Tết.")
    assessment = assess_cooperation("Hà Nội hỗ trợ người nghèo", "", tags)
    assert assessment.cooperation is None
    assert assessment.reason == "names fewer than two provinces"


def test_as_json_gives_the_contract_keys() -> None:
    article = fixture("support_city_funds_neighbouring_province")
    found = tag_article(article["title"], article["body"]).cooperation
    assert set(found.as_json()) == {"kind", "parties", "leaders", "fields", "period"}


def test_an_office_naming_no_province_belongs_to_the_side_named_before_it() -> None:
    title = "Đẩy mạnh hợp tác giữa Hà Nội và Lào Cai"
    body = (
        "Chiều 17-5, Ban Thường vụ Thành ủy Hà Nội do đồng chí Hoàng Trung Hải, Ủy "
        "viên Bộ Chính trị, Bí thư Thành ủy chủ trì đã làm việc với Ban Thường vụ "
        "Tỉnh ủy Lào Cai do đồng chí Nguyễn Văn Vịnh, Ủy viên Trung ương Đảng, Bí "
        "thư Tỉnh ủy dẫn đầu.\nHai bên ký kết chương trình hợp tác.\n"
        "Về phía tỉnh Lào Cai có đồng chí Đặng Xuân Phong, Phó Bí thư Tỉnh ủy."
    )
    found = tag_article(title, body).cooperation
    assert found.parties == ["Hà Nội", "Lào Cai"]
    assert found.leaders == ["Hoàng Trung Hải (Hà Nội)", "Nguyễn Văn Vịnh (Lào Cai)"]


def test_the_place_of_a_meeting_is_not_a_leaders_side() -> None:
    title = "Hà Nội - Lào Cai hợp tác phát triển du lịch"
    body = (
        "Sáng 5/1, tại Hà Nội, đồng chí Nguyễn Văn Vịnh, Bí thư Tỉnh ủy, dẫn đầu "
        "đoàn công tác tỉnh Lào Cai làm việc với thành phố Hà Nội về hợp tác."
    )
    found = tag_article(title, body).cooperation
    assert found.leaders == ["Nguyễn Văn Vịnh (Lào Cai)"]
