"""Find officials named with a title: `Phó Bí thư Thành ủy Nguyễn Văn Phong`.

A leader is a full name (family name first, two to four syllables) joined to an
office: the office before the name (`Chủ tịch UBND TP. Hà Nội - Nguyễn Đức
Chung`, chains like `UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Trường
Lưu`) or after it (`ông Lê Hữu Minh, Quyền Giám đốc Sở Du lịch tỉnh …`).
People without an office (a patient, a singer, `anh Nguyễn Văn A`) are not leaders.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from hoptac.gazetteer import (
    FOREIGN_PLACES,
    LAO_PROVINCES,
    SEAS,
    ProvinceGazetteer,
    load_landmarks,
)
from hoptac.matching import WordStartPattern, trie_alternation
from hoptac.tagging.leader_names import (
    HIGHLAND_SURNAMES,
    is_syllable,
    is_vietnamese_name,
    unglue,
)
from hoptac.tagging.provinces import COMMUNE_WORD, bare_name, find_places
from hoptac.tagging.provinces import SURNAMES as _VIETNAMESE_SURNAMES
from hoptac.vietnamese import LOWER_LETTERS, UPPER_LETTERS, fold_key

logger = logging.getLogger(__name__)

# Family names that open a person's name: the Vietnamese ones, and Chinese ones
# read the Sino-Vietnamese way that no Vietnamese family name spells (`Đại sứ
# Trung Quốc Hồng Tiểu Dũng`, `Bí thư Châu ủy … Vân Nam Hồng Chính Hoa`).
_CHINESE_SURNAMES = frozenset({"Hồng", "Hùng"})
SURNAMES = _VIETNAMESE_SURNAMES | _CHINESE_SURNAMES

# Offices, longest first within the alternation (built below).
OFFICES = (
    "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng",
    "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Bộ trưởng", "Thứ trưởng",
    "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Giám đốc Sở",
    "Phó Giám đốc Sở", "Giám đốc Công an", "Phó Giám đốc Công an",
    "Giám đốc Bệnh viện", "Phó Giám đốc Bệnh viện", "Giám đốc Trung tâm",
    "Phó Giám đốc Trung tâm", "Giám đốc Đại học", "Giám đốc Học viện",
    "Giám đốc Kho bạc", "Giám đốc Ban", "Giám đốc Cảng vụ",
    # the press's abbreviations of state bodies (`Giám đốc ĐH Quốc gia TPHCM`,
    # `Phó Giám đốc KBNN tỉnh`, `Phó Tổng Giám đốc BHXH Việt Nam`)
    "Giám đốc ĐH", "Giám đốc ĐHQG", "Giám đốc KBNN", "Giám đốc BHXH",
    "Tổng Giám đốc BHXH", "Giám đốc Bảo hiểm xã hội", "Tổng Giám đốc Bảo hiểm xã hội",
    "Cục trưởng", "Phó Cục trưởng", "Tổng cục trưởng", "Phó Tổng cục trưởng",
    "Vụ trưởng", "Phó Vụ trưởng", "Chánh Văn phòng", "Phó Chánh Văn phòng",
    "Trưởng ban", "Phó Trưởng ban", "Trưởng Ban", "Phó Trưởng Ban", "Chủ nhiệm",
    "Phó Chủ nhiệm", "Viện trưởng", "Phó Viện trưởng", "Chánh án", "Phó Chánh án",
    "Chánh Thanh tra", "Tổng Thư ký", "Tổng Kiểm toán", "Thống đốc", "Phó Thống đốc",
    # a minister of state abroad (`Quốc vụ khanh Bộ Ngoại giao` of Cambodia, of Britain)
    "Quốc vụ khanh",
    "Đại sứ", "Tổng Lãnh sự", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Tổng Tham mưu trưởng",
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá",
    "Trưởng Công an", "Trưởng đoàn ĐBQH", "Trưởng Đoàn ĐBQH", "Phó Trưởng đoàn ĐBQH",
    "Trưởng Đoàn đại biểu Quốc hội", "Ủy viên Ban Thường trực",
    "Cố vấn An ninh Quốc gia", "Thư ký báo chí", "Cố vấn đặc biệt", "Cố vấn Nhà nước",
    "Thượng nghị sĩ", "Hạ nghị sĩ", "Đội phó", "Đảng ủy viên",
    "Ủy viên DKTW", "Ủy viên DKTW Đảng", "Ủy viên BCH TW", "Ủy viên BCH TW Đảng",
    "Ủy viên TW Đảng", "Ủy viên dự khuyết TW", "UV dự khuyết BCH TW Đảng", "UV dự khuyết",
    "Trưởng phòng", "Phó Trưởng phòng", "Trưởng Phòng", "Phó Trưởng Phòng",
    # an aide of a leader (a bare `Trợ lý` is a coach's, an interpreter's, a referee's)
    "Trợ lý Tổng Bí thư", "Trợ lý Thủ tướng", "Trợ lý Chủ tịch nước", "Trợ lý Bộ trưởng",
    "Trợ lý Phó Thủ tướng", "Trợ lý Chủ tịch Quốc hội", "Trợ lý Tổng thống", "Chánh văn phòng",
    "Trưởng Công an", "Trưởng công an", "Tổng thống", "Phó Tổng thống", "Ngoại trưởng",
    "Bí thư Đảng ủy", "Chủ tịch UBND xã", "Hiệu trưởng", "Phó Hiệu trưởng",
    "Chủ tịch UBND", "Phó Chủ tịch UBND", "Chủ tịch HĐND", "Phó Chủ tịch HĐND",
    "UVTW Đảng", "UVTW", "UVTƯ Đảng", "UVTƯ", "UVTV", "Ủy viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng", "Ủy viên BCH Trung ương Đảng", "Ủy viên BCH Trung ương",
    "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành Trung ương Đảng", "UV BCT", "Ủy viên BCT",
    "Tổng Thanh tra", "Phó Tổng Thanh tra", "Phó Chánh Thanh tra", "Đại biểu Quốc hội",
    "Đại biểu HĐND", "ĐBQH", "ĐB", "Thượng tá", "Trung tá", "Thiếu tá", "Thủ trưởng",
    "Phó Thủ trưởng", "Chỉ huy trưởng", "Phó Chỉ huy trưởng", "Thẩm phán", "Kiểm sát viên",
    "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Đặc phái viên", "Người phát ngôn",
    "Trưởng thôn", "Trưởng ấp", "Trưởng bản", "Chủ tịch Ủy ban", "Phó Chủ tịch Ủy ban",
    "Ủy viên dự khuyết", "Ủy viên UBND", "Ủy viên Thường vụ", "PCT UBND", "CT UBND",
    "PCT HĐND", "CT HĐND", "GĐ Sở", "PGĐ Sở", "GĐ Công an", "PGĐ Công an",
    "Ủy viên TƯ Đảng", "Ủy viên T.Ư Đảng", "UVT.Ư Đảng", "UVT.Ư", "UV TƯ", "UVTƯ",
    "Ủy viên Trung ương", "Ủy viên Ban Chấp hành Đảng bộ", "Ủy viên BCH Đảng bộ",
    "Phó Trưởng đoàn chuyên trách", "Đại biểu Quốc hội chuyên trách", "Xứ ủy viên",
    "Tỉnh trưởng", "Phó Tỉnh trưởng", "Ủy viên BTV", "Ủy viên chuyên trách",
    "Ủy viên Ủy ban Trung ương MTTQ", "Ủy viên Ủy ban MTTQ", "Thị trưởng", "Phó Thị trưởng",
    "Tổng Lãnh sự", "Lãnh sự", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
    "Công sứ", "Tham tán", "Tham tán Công sứ", "Phó Tổng Lãnh sự", "Trưởng ty", "Phó Trưởng ty",
    # an embassy's secretaries, diplomats by rank (`Bí thư thứ nhất Đại sứ quán`)
    "Bí thư thứ nhất", "Bí thư thứ hai", "Bí thư thứ ba",
    "Chi cục trưởng", "Phó Chi cục trưởng", "Vụ phó", "Hàm Vụ phó", "Cục phó",
    "UV BCH", "UVBCH", "UV BCH Trung ương", "Giám đốc Vườn quốc gia", "Phó Giám đốc Vườn quốc gia",
    "Phó Giám đốc phụ trách", "Ủy viên Đoàn Chủ tịch", "Phát ngôn viên",
    "Ủy viên Ủy ban Thường vụ Quốc hội", "Ủy viên UBTVQH", "Thường trực Ban Bí thư",
    "Giám đốc Đài", "Giám đốc BVĐK", "Giám đốc BV", "Quận trưởng", "Ủy viên Quốc vụ",
    "Huyện trưởng", "Đô trưởng", "Phó Ban", "Châu trưởng", "Chánh Thanh tra Sở",
    "Đội trưởng Đội", "Phó Bí thư Tỉnh ủy", "Phó Bí thư Thành ủy", "Phó Bí thư Huyện ủy",
    # `Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh`: a standing member of the
    # provincial (TU), city (TƯ/ThU) or district (HU) party committee
    "TVTU", "TVTƯ", "TVThU", "TVHU", "UVTVTU", "UVBTV", "UV BTV", "TUV", "HUV",
    "Ủy viên Hội đồng", "Ủy viên Thường trực", "Thường vụ Tỉnh ủy", "Thường vụ Thành ủy", "Thường vụ Huyện ủy",
    # (`Ủy viên Ban Chấp hành Đảng, Bí thư Tỉnh ủy`, `Chánh VP UBND`, `Chi cục phó`)
    "Ủy viên Ban Chấp hành", "Ủy viên BCH", "Chánh VP", "Chi cục phó", "Chánh tòa",
    # a public project board by its abbreviation (`Trưởng BQL dự án cầu Móng Sến`)
    "Trưởng BQL", "Giám đốc BQL",
    # (`Giám đốc Khu Quản lý Giao thông đô thị số 2`, `Phó phòng Giáo dục …`)
    "Giám đốc Khu Quản lý", "Phó phòng",
    # a department of a public hospital or university (`Trưởng khoa Cấp cứu Bệnh
    # viện Bạch Mai`): most sets count its head, as they count `Trưởng phòng`
    "Trưởng khoa", "Phó Trưởng khoa",
)  # fmt: skip
# Ranks name an officer by themselves, here and abroad (`Thiếu tướng Setyo Wasisto`).
RANKS = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
    "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
    "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
)  # fmt: skip


# The press capitalises offices unevenly: `Tổng Thư ký` and `Tổng thư ký` are one office.
def _capitalisations(office: str, first_lower: bool) -> set[str]:
    """Each word after the first in either case (`Phó giám đốc Sở`, `Phó Giám đốc
    sở`), abbreviations as they are; the first word also in lower case if asked."""
    first, *rest = office.split()
    forms = (
        {first, first.lower()}
        if first_lower
        else {first, first[:1].upper() + first[1:]}
    )
    for word in rest:
        cases = (
            {word} if word.isupper() else {word.lower(), word[:1].upper() + word[1:]}
        )
        forms = {f"{f} {c}" for f in forms for c in cases}
    return forms


# Offices that name their body may also be written in lower case (`nguyên giám đốc
# sở Y tế`, `ủy viên BTV Tỉnh ủy`); a bare `giám đốc` or `chủ tịch` is generic.
_NAMES_A_BODY = re.compile(
    r"\b(?:Sở|Công an|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|UBND|HĐND|Ủy ban|Quốc hội|BTV|Ban Thường"
    r" vụ|Bộ Chính trị|Trung ương|Ban Chấp hành|BCH|MTTQ)\b"
)
# Each office has its deputy (`Phó Giám đốc Kho bạc`, `Phó Chánh án`).
_DEPUTIES = {
    f"Phó {office}"
    for office in OFFICES
    if not office.startswith("Phó ") and office not in RANKS and not office.isupper()
}
_SPELLINGS = {
    form
    for office in {*OFFICES, *_DEPUTIES}
    for form in _capitalisations(office, bool(_NAMES_A_BODY.search(office)))
}
# Ranks and a few offices the press also writes in lower case before a name
# (`trung tướng Mai Hoàng`, `các đại biểu Quốc hội: A, B`); other offices in lower
# case are mostly generic (`các chủ tịch xã`).
_LOWER_CASE_OFFICES = {r.lower() for r in RANKS} | {
    "đại biểu Quốc hội", "đại biểu quốc hội", "chủ nhiệm Ủy ban", "phó chủ nhiệm Ủy ban",
    "đại biểu", "Đại biểu", "phát ngôn viên", "người phát ngôn",
}  # fmt: skip
# Any office in lower case as a list's heading (`còn có 3 thứ trưởng gồm: A, B`).
_IN_LOWER_CASE = trie_alternation({o.lower() for o in (*OFFICES, *_DEPUTIES)} - {"đb"})
# Any office in lower case before the state body it names (`thứ trưởng Bộ GD&ĐT
# Nguyễn Văn Phúc`, `bí thư Huyện ủy …`): the body makes it one.
_BEFORE_A_STATE_BODY = (
    r"(?=\s+(?:Bộ|Sở|Cục|Tổng cục|Chi cục|Vụ|UBND|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy"
    r"|Ban|Phòng|Viện|Văn phòng|Thanh tra|Công an|Kho bạc)\b"
    # … or before the unit it heads (`cựu chủ tịch tỉnh Đồng Nai`)
    r"|\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+[A-ZĐ])"
)
_OFFICE = re.compile(
    r"(?<![\w])(?:(?:Quyền|quyền|Nguyên|nguyên|Cựu|cựu|Tân|tân)\s+)?("
    + trie_alternation(_SPELLINGS | _LOWER_CASE_OFFICES)
    + rf"|{_IN_LOWER_CASE}(?=\s*(?:gồm|là)?\s*:)"
    + rf"|{_IN_LOWER_CASE}{_BEFORE_A_STATE_BODY})(?![\w])"
)
_HEADING_OFFICE = re.compile(rf"(?:các|\d+|hai|ba|bốn|năm|sáu)?\s*{_IN_LOWER_CASE}")
# Lower-case words that end an office: a verb or a preposition means the name is
# not the office holder (`Bí thư Thành ủy đã gặp ông …`).
STOP_WORDS = frozenset(
    [
        "đã",
        "đang",
        "sẽ",
        "cho",
        "của",
        "với",
        "là",
        "được",
        "bị",
        "khi",
        "tại",
        "về",
        "theo",
        "cùng",
        "có",
        "không",
        "này",
        "đó",
        "người",
        "các",
        "những",
        "trong",
        "sau",
        "trước",
        "vừa",
        "mới",
        "cũng",
        "thì",
        "mà",
        "nhưng",
        "do",
        "vì",
        "nên",
        "rằng",
        "gặp",
        "tiếp",
        "làm",
        "dẫn",
        "chủ",
        "trì",
        "phát",
        "biểu",
        "yêu",
        "cầu",
        "đề",
        "nghị",
        "hoặc",
        "hay",
        "chúc",
        "mừng",
        "trao",
        "tặng",
        "thăm",
        "nói",
        "biết",
        "khẳng",
        "nhấn",
        "gửi",
        "nhận",
        "đón",
        "bổ",
        "nhiệm",
        "ký",
        "mời",
        "họp",
        "trả",
        "lời",
        "hỏi",
        "thay",  # `giữ chức Giám đốc Sở …, thay ông A`: A held it before
        "quyết",  # `Bộ trưởng … quyết định điều động bà A`: A is the decision's
        # ceremonies (`… đánh trống khai hội`, `cắt băng khai mạc`, `dâng hương`)
        "đánh",
        "trống",
        "cắt",
        "dâng",
        "thắp",
        "khai",
        "mạc",
        "tuyên",
        "bấm",
        "ra",
        "đến",
    ]
)
OFFICE_ENDS = re.compile(
    r"\s(?:tiến hành|cho biết|chia sẻ|phát biểu|đề nghị|đề xuất|yêu cầu|chủ trì|bày tỏ"
    r"|nhấn mạnh|khẳng định|đánh giá|thông tin|xác nhận|kiểm tra|tham dự|cảm ơn|lý giải"
    r"|mong muốn|hứa|trình bày|chúc mừng|thăm|dẫn đầu|làm trưởng đoàn"
    r"|kêu gọi|trao đổi|trả lời|thông báo|cũng như|nói|đã|đang|sẽ|vừa|cũng|là|được|bị"
    r"|tại|khi|trong|với|theo|để|cho|nên|thì|mà|làm|gặp|tiếp|(?<![Tt]hư\s)(?<![Đđ]ăng\s)ký|trao|tặng|đến|ra|có"
    r"|không|này|đó|hiện|từng|cùng|từ|nêu|nhận|đi|lên|xuống|vào|trả|thừa|ghi|giải|phải|chỉ"
    r"|hy sinh|qua đời|từ trần|giữ chức|đánh trống|cắt băng|dâng hương|thắp hương|khai mạc"
    r"|dự(?! án| toán| báo| thảo| bị| trữ| kiến| khuyết| thi)|vẫn|liền|bèn)(?!\w)"
)
HONORIFIC = re.compile(
    # (not inside a word: `Cục Viễn thông Trần Mạnh Tuấn`)
    r"(?<!\w)(?:ông|bà|đồng chí|Ông|Bà|Đồng chí|[Nn]gài|đ/c|Đ/c|GS|PGS|TS|ThS|BS|GS\.TS|PGS\.TS|TS\.BS"
    r"|BSCKII|BSCKI|ThS\.BS|PGS\.TS\.BS|Thầy|thầy|Cô|cô|các ông|các bà|các đồng chí)[.:]?\s+$"
)
HONORIFIC_WORDS = frozenset({"Ông", "Bà", "Đồng chí", "Thầy"})
# Two capitalised words or more: a single one is no full name (most runs are a
# sentence's first word), so it is not even handed over.
# A word may hold an apostrophe (`H’Bút`) or a hyphen before a lower-case part
# (`Sỉ-vi-lay`, `Jong-un`); `Phước-Chủ tịch` is a name and an office.
_NAME_WORD = (
    # `Vi-La-Vone`: a transcription of three capitalised parts or more (two are
    # names of places or a name glued to an office: `Rịa-Vũng Tàu`, `Phước-Chủ tịch`)
    rf"(?:[{UPPER_LETTERS}][^\W\d_]*(?:-[{UPPER_LETTERS}][^\W\d_]*){{2,}}(?![\w-])"
    rf"|[{UPPER_LETTERS}][^\W\d_]*(?:['’][^\W\d_]+|-+[{LOWER_LETTERS}][^\W\d_]*)*)"
)
_NAME_RUN = WordStartPattern(rf"{_NAME_WORD}(?:[ ]+{_NAME_WORD})+")
# Words right before a run of capitalised words that make the run the name of a
# place, street, school, ship, award or institution (`đường Lê Duẩn`, `trường
# THPT Ngô Đình Diệm`, `tàu Trần Đại Nghĩa`): a person's name may follow that
# name (`Bệnh viện Bạch Mai Nguyễn Văn A`), never start the run.
ORGANISATION_BEFORE = frozenset(
    w.lower()
    for w in (
        "Bệnh viện", "Trường", "Học viện", "Viện", "Đại học", "Công ty", "Tập đoàn",
        "Ngân hàng", "Báo", "Đài", "Nhà máy", "Cảng", "Quỹ", "Chùa", "Đền", "đường",
        "phố", "đại lộ", "ngõ", "hẻm", "chợ", "cầu", "tàu", "sân", "giải",
        "giải thưởng", "Huân chương", "Huy chương", "lăng", "tượng đài", "công viên",
        "khu", "nhà thờ", "thôn", "ấp", "làng", "châu", "dòng", "lớp", "mang tên",
        "tên", "hiệu",
        # papers and broadcasters (`Bưu điện Hoa Nam Buổi sáng`, `Thời báo Hoàn cầu`)
        "Bưu điện", "Thời báo", "Nhật báo", "Tuần báo", "Tạp chí", "tờ", "kênh", "hãng",
    )
)  # fmt: skip
# Words of one syllable that open a thing's name, before its namesake, inside a
# run of capitalised words (not `Châu`, also a family name).
_NAMESAKE_OPENERS = frozenset(
    ["viện", "trường", "quỹ", "cầu", "chùa", "đền", "đường", "phố", "chợ", "lăng"]
)
# Administrative units: a commune's or ward's name follows (`UBND xã Ngọc Tảo`),
# but so does the holder of an office when the unit goes without saying
# (`Chủ tịch UBND quận Nguyễn Song Hào`): a run of three words is taken as a name.
ADMINISTRATIVE_UNIT_BEFORE = frozenset(
    ["xã", "phường", "thị trấn", "thị xã", "huyện", "quận"]
)
# Common words ending in one of those (`Bộ Tài nguyên và Môi trường Trần Hồng Hà`).
NOT_ORGANISATION_BEFORE = frozenset(
    ["môi trường", "thị trường", "công trường", "hiện trường", "lập trường",
     "chiến trường", "nông trường", "phi trường", "thương trường", "thành phố",
     "nông thôn"]  # (`Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường`)
)  # fmt: skip
# Abbreviations that open the name of a school or a hospital (`THPT Nguyễn Trãi`).
INSTITUTION_ABBREVIATIONS = frozenset(
    {"THPT", "THCS", "TH", "PTTH", "PTCS", "PTDTNT", "PTDT", "ĐH", "CĐ", "BV", "BVĐK"}
)
# Parts of the day that open a sentence before a date (`Sáng 12/6, …`).
_TIME_WORDS = frozenset({"Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày"})
# Family names never used as a middle name.
COMMON_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô",
     "Trịnh"]
)  # fmt: skip
# Words that start the next sentence or list item, never end a name.
NOT_NAME_ENDINGS = frozenset(
    ["Theo", "Tại", "Trong", "Ông", "Bà", "Chủ", "Tổng", "Cục", "Sở", "Bộ",
     "Phó", "Các", "Những", "Ngoài", "Sau", "Khi", "Với", "Cùng", "Đoàn", "Ban", "Hội",
     "Tỉnh", "Quận", "Huyện", "Xã", "Phường", "UBND", "Đảng", "Chiều", "Tối", "Trưa",
     "Đêm", "Hôm", "Tuy", "Nhưng", "Còn", "Ảnh", "Video", "Clip", "Giám", "Bí",
     "Báo", "Chỉ", "Kết",
     # a sentence's first word after a caption's name (`… Vũ Xuân Sáng Nhà tôi …`)
     "Nhà", "Người", "Việc", "Đây", "Đó", "Để", "Nếu", "Vì", "Mặc", "Trước", "Lúc",
     "Tháng", "Dù"]  # (`… Tuấn Báo cáo …`, `… Harris Chỉ huy …`, `Kết luận`)
)  # fmt: skip
# `Trường` ends many names (`Trịnh Xuân Trường`) but opens a school's name
# (`… Nguyễn Văn A Trường mầm non …`): judged by the word after it.
_SCHOOL_AFTER = re.compile(
    r"\s+(?:mầm|tiểu|trung học|đại học|cao đẳng|học|dạy|chuyên|phổ thông|quân sự"
    r"|chính trị|nghề|bồi dưỡng|THPT|THCS|ĐH|CĐ)\b"
)
# Heads of companies, clubs, associations and school boards are not public
# officials; nor is an "ambassador" of a brand or a trade. Checked per office in
# a chain: `Phó Chủ tịch Hội Kiến trúc sư, Trưởng Ban Đô thị HĐND TP` holds one.
# Words of firms' names (`Mỹ Lan Group`, `Cty`).
_FIRM_WORDS = frozenset(
    {"Cty", "Group", "Corp", "Corporation", "JSC", "Ltd", "Holdings"}
)
NOT_AN_OFFICE = re.compile(
    r"HĐQT|Hội đồng quản trị|[Tt]ập [Đđ]oàn|[Tt]ổng [Cc]ông ty|[Cc]ông ty|CLB|Câu lạc bộ"
    r"|[Cc]âu lạc bộ|Hội đồng [Tt]hành viên|Hội đồng [Tt]rường|(?<![Qq]uốc )(?<![Xx]ã )(?<![Ll]ễ )(?<![Đđ]ại )\bHội(?! đồng| nghị| thảo| đàm| ý| họp| chợ| diễn| An\b| nhập| thi\b| trường"
    # the socio-political organisations are part of the state's system, their
    # heads officials by law (Luật Cán bộ, công chức): not societies
    r"| (?:Liên hiệp |LH )?[Pp]hụ nữ| LHPN| [Nn]ông dân| [Cc]ựu chiến binh| CCB)\b|[Hh]iệp hội|[Tt]ổng hội"
    r"|Đoàn [Ll]uật sư|Đại sứ (?:nghề|kỹ năng|thương hiệu|thiện chí|[Dd]u lịch|[Vv]ăn hóa)"
    r"|Đoàn trường|(?<![Cc]ông sứ )(?<![Tt]ham tán )(?<! nhất )(?<! hai )(?<! ba )Đại sứ quán|[Cc]hỉ huy trưởng (?:công trình|công trường|dự án)|[Ll]ãnh sự quán|Ban [Kk]iểm soát|[Nn]gân hàng(?! [Nn]hà nước)|[Qq]uỹ(?! đất)|Liên đoàn(?! [Ll]ao động)|(?<![Hh]ỗ trợ )(?<![Pp]hát triển )[Dd]oanh nghiệp|Vingroup|\w*Bank\b"
    # `Chủ tịch SSI`, `Chủ tịch FLC`: a firm's initials (not `UBND`, `HĐND`, `MTTQ` …)
    r"|[Cc]hủ [Tt]ịch (?!UB|HĐ|MT|QH|EC\b|CH|TP|LĐ|CĐ)(?:[A-ZĐ]{2,6}\b|[A-Z][a-z]+[A-Z]\w*)"
    # a firm by its abbreviation or its English word (`Chủ tịch CĐ Cty`, `Mỹ Lan Group`)
    rf"|\b(?:{'|'.join(sorted(_FIRM_WORDS))}|VFF|VPF|LĐBĐ)\b"
    # a delegate to a congress, not to an elected body
    r"|[Đđ]ại biểu Đại hội|[Bb]an [Tt]rọng tài|[Đđ]ội bóng|[Đđ]ội tuyển"
    # friendship groups of deputies or councillors (`Liên minh Hữu nghị Nhật - Việt`)
    r"|[Cc]hủ tịch hội\b(?! đồng)|Liên minh [Hh]ữu nghị|[Nn]hóm [Nn]ghị sĩ|[Hh]ội [Nn]ghị sĩ|[Ll]iên hiệp các tổ chức hữu nghị"
    # private hospitals: international ones and the chains
    r"|(?:Bệnh viện|BV)\s+(?:[Đđ]a khoa\s+|ĐK\s*)?(?:[Qq]uốc tế|QT)\b|\bĐKQT\b|Hệ thống [Yy] tế"
    r"|(?:Bệnh viện|BV)\s+(?:[Đđ]a khoa\s+|ĐK\s*)?(?:Hồng Ngọc|Thu Cúc|Tâm Anh|Việt Pháp|FV|Hoàn Mỹ|Vinmec|Hưng Việt)\b"
    # a department named by no capitalised word nor a hospital or a school
    # (`Trưởng khoa đầu tiên`)
    rf"|[Tt]rưởng [Kk]hoa(?!\s+[{UPPER_LETTERS}])(?!.*\b(?:Bệnh viện|BV|BVĐK|Trường|Đại học|ĐH|Học viện)\b)"
)
NOT_PEOPLE = frozenset({"hochiminh", "hanoi"})
# … except the city's namesake, right after his title (`Chủ tịch Hồ Chí Minh`).
_NAMED_BY_TITLE = frozenset({"hochiminh"})
# When an office was held (`ông A, khi đó là Chi cục trưởng`, `Tổng thống Mỹ lúc
# bấy giờ là Barack Obama`).
_THEN = "khi đó|lúc đó|khi ấy|lúc ấy|lúc bấy giờ"
# A predicate that gives the office of the person just named.
_PREDICATE = re.compile(
    r",?\s+(?:\([^()]{0,120}\),?\s+)?"
    # (`ông Gan Kim Yong - người được bổ nhiệm làm …`)
    r"(?:[-–]\s+)?(?:người\s+)?"
    # (`ông Moon Jae-in theo đường lối tự do trở thành …`: his line, then the office)
    r"(?:theo đường lối(?:\s+[^\s,.;]+){1,2}?\s+)?"
    # when the office was held (`ông A, khi đó là Chi cục trưởng …`)
    rf"(?:(?:hiện nay|hiện|nay|đã|vừa|từng|thôi|tiếp tục|sẽ|đang|{_THEN}|thời điểm đó)"
    r"\s+){0,2}"
    r"(?:là|làm|về làm|trở thành|giữ chức(?: vụ)?|đảm nhiệm(?: chức vụ)?|giữ cương vị|được bầu làm"
    r"|được đảm nhận(?: chức(?: vụ)?)?|(?:tái đắc cử|đắc cử|trúng cử) chức(?: vụ)?"
    # leaving an office names it too (`cho ông A thôi Ủy viên Bộ Chính trị`)
    r"|(?<=thôi )(?:chức(?: vụ)?)|thôi(?=\s)"
    r"|được (?:bổ nhiệm|bầu|chỉ định|đề cử)(?: làm| giữ chức| vào (?:vị trí|chức vụ|cương vị))?"
    # a posting, then the office (`được điều động giữ chức Bí thư Tỉnh ủy …`)
    r"|được (?:điều động|luân chuyển|phân công),?(?: làm| giữ chức(?: vụ)?"
    r"| vào (?:vị trí|chức vụ|cương vị))"
    r"|tái đắc cử|đắc cử|trúng cử"
    # `được HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh`: a body, then the decision
    # (the Front elects by consultation: `được hiệp thương cử giữ chức`)
    r"|được hiệp thương(?: cử)?(?: giữ chức(?: vụ)?| làm)?"
    r"|được (?:[^\s,.;]+\s+){1,3}?(?:miễn nhiệm|bầu|bổ nhiệm|điều động)"
    r"(?: chức(?: vụ)?| giữ chức| làm)?)\s+"
)
# Heads of state and government may be named without their country
# (`Tổng thống Barack Obama`); other offices need it (`Chủ tịch Samsung …` is a firm's).
_HEAD_OF_STATE_OFFICES = (
    "Tổng thống", "Thủ tướng", "Ngoại trưởng", "Quốc vương", "Nhà vua", "Hoàng đế",
    "Thủ hiến", "Thị trưởng", "Tỉnh trưởng", "tỉnh trưởng", "Quận trưởng",
    "Huyện trưởng", "Đô trưởng", "Châu trưởng", "Tổng Bí thư", "Chủ tịch nước",
    "Chủ tịch Hội đồng Nhà nước", *RANKS,
    # Việt Nam's assembly has one chamber: a chamber's speaker is foreign
    "Chủ tịch Hạ viện", "Chủ tịch Thượng viện", "Nữ hoàng",
    # a government's spokesman (`Thư ký báo chí Yoon Young-chan của ông Moon`)
    "Thư ký báo chí",
    # a general (`Tướng Mahamat Kaka`), a special counsel, the FBI's director
    "Tướng", "Công tố viên đặc biệt", "Giám đốc Cục Điều tra Liên bang",
    "giám đốc Cục Điều tra Liên bang",
    # the heads of the American federal police and intelligence agencies
    "Giám đốc FBI", "Giám đốc CIA", "giám đốc FBI", "giám đốc CIA",
    "Giám đốc NSA", "giám đốc NSA", "Giám đốc Cơ quan An ninh Quốc gia",
    # offices no Vietnamese holds: an emir, Iran's supreme leader, a national
    # security adviser
    "Tiểu vương", "Tiểu quốc vương", "Lãnh tụ tối cao", "Cố vấn An ninh Quốc gia",
    "cố vấn an ninh quốc gia",
    # … and the head of its intelligence community
    "Giám đốc Tình báo Quốc gia", "Giám đốc Cơ quan Tình báo Quốc gia",
    "giám đốc tình báo quốc gia",
    # members of a chamber (`Hạ nghị sỹ Joseph P. Kennedy`)
    "Thượng nghị sĩ", "Thượng nghị sỹ", "Hạ nghị sĩ", "Hạ nghị sỹ", "tổng thống",
    "thượng nghị sĩ", "thượng nghị sỹ",
)  # fmt: skip


def _spellings_abroad(offices: tuple[str, ...]) -> frozenset[str]:
    """The press capitalises an office's later words unevenly (`Chánh văn phòng
    Nội các`, `Chánh Văn phòng nội các`); offices in lower case stay as they are
    (`tổng thống` names its holder only in a plural heading)."""
    return frozenset(
        form
        for office in offices
        for form in (
            _capitalisations(office, False) if office[:1].isupper() else {office}
        )
    )


_HEAD_OF_STATE = _spellings_abroad(_HEAD_OF_STATE_OFFICES)
# Offices that foreign leaders hold, followed by their country or body, then a
# name that is not Vietnamese (`Tổng thống Mỹ Joe Biden`, `Thủ tướng Lào
# Phankham Viphavanh`, `Chủ tịch Ủy ban châu Âu Ursula von der Leyen`).
_FOREIGN_OFFICES = (
    *_HEAD_OF_STATE_OFFICES,
    "Chủ tịch", "Tổng Thư ký", "Tổng Thư kí", "Đại sứ",
    "Tổng Giám đốc", "Người phát ngôn", "người phát ngôn",
    "Phát ngôn viên", "phát ngôn viên",
    "Đặc phái viên", "Đặc sứ", "Chỉ huy", "Chỉ huy cảnh sát", "Cảnh sát trưởng",
    "Tư lệnh", "Chánh Văn phòng Nội các", "Chánh Văn phòng",
    "Thống đốc", "Chủ tịch Quốc hội",
    "Tổng Lãnh sự", "Lãnh sự",
    "Công sứ", "Tham tán", "Tham tán Công sứ", "Bí thư thứ nhất", "Bí thư thứ hai",
    "Bí thư thứ ba", "Nhà lãnh đạo",
    "nhà lãnh đạo", "Chủ tịch Hội đồng", "Lãnh đạo",
    "Tham mưu trưởng", "Tổng Tham mưu trưởng", "tham mưu trưởng",
    # a European commissioner (`Ủy viên châu Âu phụ trách cạnh tranh A`), an
    # ambassador to the UN, a ministry's spokesman (`đại diện chính thức của Bộ
    # Quốc phòng Nga A`)
    "Ủy viên", "Đại diện thường trực", "đại diện thường trực", "Đại diện chính thức",
    "đại diện chính thức", "Trợ lý Tổng thống", "trợ lý tổng thống", "trợ lý Tổng thống",
    # in lower case only before their country (`cựu thủ tướng Thái Lan A`,
    # `Phó thủ tướng Campuchia A`, `nghị sĩ Hạ viện Mỹ A`): `_PLURAL_ONLY`
    "thủ tướng", "ngoại trưởng", "nghị sĩ", "nghị sỹ", "hạ nghị sĩ", "hạ nghị sỹ",
    "đại sứ", "quốc vương", "chánh văn phòng",
    "Chủ tịch HĐND", "Nghị sĩ", "Nghị sỹ", "Tổng chưởng lý", "Cao ủy",
    # (`Thư ký Báo chí Nhà Trắng Jen Psaki`, `Cố vấn Nhà nước Myanmar, bà Aung San
    # Suu Kyi`, `thị trưởng thành phố London Sadiq Khan`)
    "Cố vấn Nhà nước", "thị trưởng", "Cố vấn An ninh",
    # (`Đại diện Thương mại Mỹ Robert Lighthizer`, `Người đứng đầu Lầu Năm Góc A`)
    "Đại diện Thương mại", "Người đứng đầu", "người đứng đầu",
    # the law officers, public by themselves (`Tổng chưởng lý Jeff Sessions`,
    # `Chánh án Tòa liên bang Raus bin Sharif`: `_PUBLIC_BY_ITSELF`); the Joint
    # Chiefs' chairman; a body's director before its name abroad (`Giám đốc Quỹ
    # Tiền tệ Quốc tế Christine Lagarde`: a place abroad needed)
    "Chánh án", "Tổng Chưởng lý", "Chưởng lý", "Giám đốc",
    "Chủ tịch Hội đồng Tham mưu trưởng Liên quân", "Tham mưu trưởng Liên quân",
    # (`Chánh Văn phòng An ninh quốc gia Wi Sung-lac`, `Trưởng Cơ quan công tố Kim
    # Soo-nam`: public by themselves)
    "Chánh Văn phòng An ninh Quốc gia", "Trưởng Cơ quan Công tố",
)  # fmt: skip
# One trie for the plain offices: this pattern is tried at every position near a
# foreign name.
_FOREIGN_OFFICE = (
    r"(?P<office>(?:(?:Quyền|Tân|tân)\s+)?(?:[Pp]hó\s+)?(?:(?:[Bb]ộ trưởng|[Tt]hứ trưởng|Tổng cục trưởng|Cục trưởng|Cao ủy|Giám đốc Cơ quan|Lãnh đạo Cơ quan|Người đứng đầu Cơ quan)(?:\s+(?!"
    # a ministry's name, not what the sentence says of its minister
    r"(?:của|dưới|thời|đương|đầu|là|được|đã|khi|Tổng|Thủ|Chủ|Phó|bằng|những"
    # (`Bộ trưởng Bộ Công an làm việc với Ngài A`: what the minister does)
    r"|làm|với|gặp|tiếp|cùng|tại|ở|cho|về|thăm|hội|điện|nói|trao|tặng|đón|mời|Ngài)\b)"
    r"[^\W\d_]+){0,6}?"
    # … which may join fields with commas and `và` (`Bộ Ngoại giao và Hợp tác
    # quốc tế`, `Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản`)
    r"(?:(?:,\s+[A-ZĐ][^\W\d_]*(?:\s+[a-zđ][^\W\d_]*)?)*"
    r"\s+và\s+[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}?)?|"
    + trie_alternation(_spellings_abroad(_FOREIGN_OFFICES))
    + r")(?:\s+đặc mệnh toàn quyền)?)"
)
# A word of a foreign name, or an initial (`George W. Bush`); a full stop after a
# word ends the sentence, not the name.
_FOREIGN_NAME_WORD = rf"[{UPPER_LETTERS}](?:\.|[\w'’-]*)"
# Cambodian honorifics before a name (`Samdech Moha Bovor Thipadei Hun Manet`)
_KHMER_HONORIFICS = ("Samdech", "Techo", "Akka", "Moha", "Sena", "Padei", "Bovor", "Thipadei")  # fmt: skip
_KHMER_HONORIFIC = "|".join(_KHMER_HONORIFICS)
# Malay and Cambodian honorifics, read off a foreign name's words
_RANKS_LOWER = frozenset(rank.lower() for rank in RANKS)
_HONORIFIC_WORD = re.compile(rf"Dato['’]?|Datuk|Seri|Sri|Tan|Tun|{_KHMER_HONORIFIC}")
_FOREIGN_PARTICLE = r"(?:von|der|van|de|da|dos|bin|al|el|la|le|di|du|ibn)"


# An academic or medical degree before a name (`PGS.TS`, `BSCK2`, `NGƯT`)
_DEGREE = (
    r"(?:GS|PGS|TS|ThS|BS|BSCK\w*|NGND|NGƯT|NSND|NSƯT|KTS|LS)(?:\.\s?(?:GS|TS|BS|ThS))*"
)
_DEGREE_AT_END = re.compile(
    r",?\s*(?:GS|PGS|TS|ThS|BS|NGND|NGƯT)(?:\.\s?(?:GS|TS|BS|ThS))*\.?\s*$"
)
# What separates the names of a list: `A, B`, `A và B`, `A, và B`.
# (`các đại biểu A (Cà Mau), B (Quảng Trị)`: each name may carry its province)
_LIST_GAP = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?:,\s*(?:và\s+)?|\s+và\s+)"
    r"(?:(?:[ôÔ]ng|[bB]à|[Đđ]ồng chí)\s+)?"  # `: Đồng chí A, đồng chí B`
)


@dataclass(frozen=True)
class LeaderMention:
    """One official in one article: the name as written and the office it holds."""

    name: str
    title: str
    province: str
    start: int
    doubt: str = ""  # why the archivist may want to check it (`hoptac review`)


@dataclass
class _Person:
    """A full name found in the text, with where it is and how it is introduced."""

    name: str
    start: int
    end: int
    honorific: bool


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """Folded names of provinces, districts and foreign places: not people."""
    keys = set()
    for province in ProvinceGazetteer.load():
        keys.add(fold_key(province.name))
        for district in province.districts:
            keys.update(district.keywords)
            words = district.name.split()
            if len(words) >= 3:  # `Nam Từ Liêm` is also called `Từ Liêm`
                keys.add(fold_key(" ".join(words[1:])))
    keys.update(fold_key(p) for p in (*FOREIGN_PLACES, *SEAS, *_landmark_spellings()))
    return frozenset(keys)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Names of provinces, districts and places abroad as written, in lower case:
    where folding would confuse (`Lao Động Hà` is not `Đông Hà`)."""
    names = set()
    for province in ProvinceGazetteer.load():
        names.update(s.lower() for s in (province.name, *province.spellings))
        for district in province.districts:
            names.add(bare_name(district.name).lower())
            words = district.name.lower().split()
            if len(words) >= 3:  # `Nam Từ Liêm` is also called `Từ Liêm`
                names.add(" ".join(words[1:]))
    names.update(p.lower() for p in (*FOREIGN_PLACES, *SEAS, *_landmark_spellings()))
    return frozenset(names)


def _landmark_spellings() -> list[str]:
    """Well-known places (`Ban Quản lý … Yên Tử`): no one's name."""
    return [s for landmark in load_landmarks() for s in landmark.spellings]


@lru_cache(maxsize=1)
def _big_place_names() -> frozenset[str]:
    """Names of provinces and of places abroad as written, in lower case."""
    names = {
        s.lower()
        for province in ProvinceGazetteer.load()
        for s in (province.name, *province.spellings)
    }
    names.update(p.lower() for p in (*FOREIGN_PLACES, *SEAS))
    return frozenset(names)


# Where in the term an office holder is, before or after the country
# (`Tổng thống đắc cử Joe Biden`, `Tổng thống Mỹ vừa mãn nhiệm Barack Obama`)
_TERM_STAGE = (
    "vừa mãn nhiệm|sắp mãn nhiệm|đương nhiệm|mới đắc cử|vừa đắc cử|đắc cử|tiền nhiệm"
    "|vừa nhậm chức|mới nhậm chức|mới được bổ nhiệm|vừa được bổ nhiệm"
)


# The country or body just named (`Ngoại trưởng nước này Javad Zarif`, `Chủ tịch
# ủy ban này Mac Thornberry`): abroad when a foreign name follows.
_JUST_NAMED = frozenset(
    {"nước này", "ủy ban này", "Ủy ban này", "cơ quan này", "bộ này"}
)
# Countries, bodies and seats of government an office abroad names (`Tổng thống
# Mỹ`, `Tổng Thư ký Interpol`, `Chánh văn phòng Nhà Trắng`).
_ABROAD = frozenset({*FOREIGN_PLACES, "EU", "Liên hợp quốc", "LHQ", "Liên Hợp Quốc",
                     "NATO", "WHO", "IMF", "WB", "ASEAN", "IPU", "AIPA", "UNESCO", "WTO", "OECD", "Ủy ban châu Âu",
                     # intergovernmental bodies (`Tổng Thư ký Interpol Jurgen Stock`)
                     "Interpol", "INTERPOL", "FAO", "UNICEF", "UNDP", "IAEA", "OPEC", "ADB", "APEC",
                     "ILO", "UNHCR", "UNFPA", "WFP", "UNIDO", "UNEP", "OSCE", "ICAO", "UNAIDS",
                     "OPCW", "Fed", "Cục Dự trữ Liên bang Mỹ", "UNWTO",
                     # parties abroad (`Lãnh đạo Công đảng đối lập Jeremy Corbyn`)
                     "Công đảng", "Công đảng Anh", "đảng Bảo thủ", "Đảng Bảo thủ",
                     "Ngân hàng Trung ương châu Âu", "ECB", "Nhà trắng", "Nghị viện Châu Âu",
                     "Ngân hàng Thế giới", "Quỹ Tiền tệ Quốc tế", "Tổ chức Y tế Thế giới",
                     "Hội đồng châu Âu", "Nghị viện châu Âu", "Liên minh châu Âu",
                     "Gabon", "Liên Hiệp Quốc", "Lầu Năm Góc",
                     # seats of government that stand for their state, and the
                     # country or body just named
                     "Nhà Trắng", "Điện Kremlin", "điện Kremlin", "Nhà Xanh", *_JUST_NAMED,
                     "Ủy ban Châu Âu"})  # fmt: skip


# A state's ministries and courts: an office in them is public whatever the
# country, which the article may name elsewhere.
_MINISTRIES = (
    r"Ngoại giao|Quốc phòng|Nội vụ|Tư pháp|An ninh [Nn]ội địa|Tài chính|Thương mại"
    r"|Y tế|Năng lượng|Giáo dục|Ngân khố|Công an|An ninh [Qq]uốc gia"
)
_COURTS = r"Tòa án [Tt]ối cao|Tòa (?:án )?[Ll]iên bang|Tòa án [Hh]iến pháp"
# Offices that are public by themselves before a foreign name, no country
# needed: the law officers (`Tổng chưởng lý Jeff Sessions`) and governors
# (`Thống đốc Jerry Brown`, `Phó Thống đốc Hiroshi Shimo`).
_PUBLIC_BY_ITSELF = re.compile(
    r"(?:Tổng )?[Cc]hưởng lý|Chánh án|Thống đốc"
    r"|Chánh [Vv]ăn phòng [Aa]n ninh [Qq]uốc gia|Trưởng [Cc]ơ quan [Cc]ông tố"
)


@lru_cache(maxsize=1)
def _foreign_pattern() -> re.Pattern:
    places = sorted(_ABROAD, key=len, reverse=True)
    # (`Thủ tướng Nhật Shinzo Abe`: Japan's short name, not `Nhật Bản`'s first word)
    place = "|".join(re.escape(p) for p in places) + r"|Nhật(?!\s+Bản)"
    # An envoy's post may be at home (`Đại sứ Mỹ tại Việt Nam Marc Knapper`).
    posts = sorted({*places, *_HOME_POSTS}, key=len, reverse=True)
    post = "|".join(re.escape(p) for p in posts)
    # words of a name share a line: `Donald Trump\nChuyến …` is two lines
    # (`Bộ trưởng Bộ Phát triển Kinh tế Nga Maxim Oreshkin`: the ministry is no name)
    name = (
        rf"(?:{_INITIALLED.pattern}|(?!Bộ\s|TP\b){_FOREIGN_NAME_WORD}"
        # (`Bashar al-Assad`, `Abdel Fattah al-Sisi`)
        rf"(?:[ ]+(?:{_FOREIGN_PARTICLE}[ ]+)*(?:{_FOREIGN_NAME_WORD}|(?:al|el|ad|as)-"
        rf"[{UPPER_LETTERS}][\w'’-]*)){{1,4}})"
    )
    return re.compile(
        # (`Bộ Tư lệnh Thái Bình Dương`: a command, not its commander's office)
        rf"(?<![\w])(?<!Bộ ){_FOREIGN_OFFICE}"
        # (`Giám đốc Cục Điều tra Liên bang (FBI) James Comey`)
        # (`Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào A`)
        rf"(?:\s*\([A-Z]{{2,8}}\))?\s+(?:(?:Chính phủ\s+)?nước\s+|của\s+)?"
        # (`Tổng thống đương nhiệm Donald Trump`, `Tổng thống đắc cử Joe Biden`)
        rf"(?:(?:{_TERM_STAGE}|mãn nhiệm|tạm quyền"
        # (`Thượng nghị sĩ Dân chủ Martin Heinrich`, `Thủ tướng nước chủ nhà A`)
        rf"|thứ nhất|cấp cao|chính thức(?:\s+của)?|kỳ cựu(?:\s+của)?|(?P<party>(?:[Đđ]ảng\s+)?(?:Dân chủ|Cộng hòa))|nước chủ nhà"
        # (`cựu Tổng thống bị phế truất Park Geun-hye`)
        rf"|bị phế truất|bị luận tội|bị lật đổ)\s+)?"
        # an armed service (`Tư lệnh hải quân Indonesia`, `Trung tướng Lục quân Mỹ`)
        rf"(?:(?:[Cc]ác\s+)?(?P<service>(?:[Ll]ục|[Hh]ải|[Kk]hông) quân|[Qq]uân đội"
        rf"|[Ll]ực lượng vũ trang|[Ll]ực lượng (?:[Kk]hông|[Hh]ải|[Ll]ục) quân)\s+|(?:Hạ viện|Thượng viện|Duma [Qq]uốc gia|Duma)\s+)?"
        # a committee of a chamber (`Chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ`)
        rf"(?:Ủy ban(?:\s+[^\W\d_]+){{1,4}}?\s+(?:Thượng viện|Hạ viện|Hội đồng Liên bang"
        rf"|Duma [Qq]uốc gia)\s+)?"
        # a ministry or a government, then its country (`người phát ngôn Bộ Thống
        # nhất Hàn Quốc A`, `người phát ngôn Chính phủ Hy Lạp A`)
        rf"(?:(?:Bộ\s+[{UPPER_LETTERS}][^\W\d_]*(?:\s+[{LOWER_LETTERS}][^\W\d_]*)?"
        rf"|Chính phủ|[Nn]ội các|Quốc hội|Nghị viện)\s+(?=(?:{place})\s)"
        # … or a ministry, a court of the state (`Người phát ngôn Bộ Ngoại giao
        # Heather Nauert`, `Chánh án Tòa án Tối cao John Roberts`)
        rf"|(?P<ministry>Bộ\s+(?:{_MINISTRIES})|{_COURTS})\s+)?"
        # (`Công sứ Đại sứ quán Hàn Quốc tại Việt Nam Park Sang-Shik`)
        rf"(?:(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)\s+)?"
        rf"(?:(?P<unit>tỉnh|thành phố|[Tt]hủ đô|bang|TP\.?|[Qq]uận|huyện)\s+"
        # `Thống đốc tỉnh Nagano (Nhật Bản) Abe Shuichi`: a place the gazetteer
        # does not know, its country in brackets
        rf"(?:(?P<unknown>{_FOREIGN_NAME_WORD}(?:[ ]{_FOREIGN_NAME_WORD})?)"
        # (… or after `ở`: `Thống đốc bang Karnataka ở Ấn Độ Vajubhai Vala`)
        rf"(?:\s*\((?:{place})\)|\s+(?:ở|của|thuộc)\s+(?:{place}))\s+)?)?(?:{_STATE_FORM}\s+(?:\([^()]{{1,20}}\)\s+)?)?"
        # (`Chủ tịch Ủy ban châu Âu (EC) Ursula …`, `Tỉnh trưởng Udon Thani, Sayam …`)
        rf"(?:(?P<place>{place})(?:\s*\([^()]{{1,20}}\))?"
        # … or after it (`Tổng thống Mỹ vừa mãn nhiệm Barack Obama`, a party's
        # standing: `Công đảng đối lập`)
        # (… or was dismissed: `Giám đốc Cục Điều tra Liên bang Mỹ (FBI) bị sa thải A`)
        rf"(?:\s+(?:{_TERM_STAGE}|đối lập|cầm quyền|(?:vừa\s+)?bị sa thải)(?=\s))?"
        # a deputy's portfolio (`Phó Thủ tướng Nga phụ trách công nghiệp quốc
        # phòng Dmitry Rogozin`)
        rf"(?:\s+(?:phụ trách|chuyên trách)(?:\s+[{LOWER_LETTERS}][^\W\d_]*){{1,7}}?"
        rf"(?=\s+[{UPPER_LETTERS}]))?"
        # (`Thủ hiến Scotland bà Nicola Sturgeon`; after a comma the person may
        # be someone else's: `báo cáo với Tổng thống Nga, ông A - Tổng Giám đốc`)
        # (`Tổng thống Mỹ lúc bấy giờ là Barack Obama`: who held it then)
        rf"(?:\s+(?:(?:{_THEN})\s+là"
        rf"(?:\s+(?:ông|bà|ngài|Ngài))?|ông|bà|ngài|Ngài)(?=\s)"
        # (`Cố vấn an ninh quốc gia Mỹ, ông H. R. McMaster`: checked in
        # `_foreign_leaders`, the name may hold an office of its own)
        rf"|,(?:\s*(?P<comma_honorific>ông|bà)(?=\s))?)?\s+"
        # (`Đại sứ Israel tại Liên hợp quốc (LHQ) Danny Danon`)
        rf"(?:(?:về vấn đề|về|tại|ở)\s+(?:{post})(?:\s*\([^()]{{1,20}}\))?\s+)?)?"
        rf"(?:(?:{_KHMER_HONORIFIC}|Ngài)\s+)*"  # honorifics before the name
        rf"(?P<name>{name})"
    )


# A foreign leader by an initial and a family name (`Tổng thống Nga V.Putin`).
# (`V.Soi-blơ`, `E.Sác-lơ`: a transcription's syllables joined by hyphens)
# (two initials: `H.R. McMaster`)
_INITIALLED = re.compile(
    # (a Vietnamese letter may be the initial: `Tổng thống Ê.Ma-crông`)
    r"(?<!\w)(?:[A-ZĐÂĂÊÔƠƯ]\.\s?){1,2}[A-ZĐ][^\W\d_]+(?:-[^\W\d_]+)*(?!\w|\.\w)"
)


_PARTICLED = re.compile(
    rf"(?<!\w)[{UPPER_LETTERS}][\w'’-]+(?:[ ]{_FOREIGN_PARTICLE})+[ ][{UPPER_LETTERS}][\w'’-]+"
)


# The full names of states and ruling parties before a country's short name
# (`Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào`, `Tổng Bí thư Đảng Nhân dân Cách
# mạng Lào`).
_STATE_FORM = (
    r"(?:Hợp ch[ủú]ng quốc|Cộng hòa(?i:(?: dân chủ nhân dân| nhân dân| liên bang| dân chủ| thống nhất"
    r"| xã hội chủ nghĩa| hồi giáo)?)|CHDCND|Vương quốc|Liên bang|Đảng Nhân dân Cách mạng|Đảng Cộng sản"
    r"|Đảng|CHDC|[Ll]iên [Bb]ang)"
)
_HOME_POSTS = (
    "Việt Nam", "Hà Nội", "TP.HCM", "TP. Hồ Chí Minh", "TP Hồ Chí Minh",
    "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng",
)  # fmt: skip


# Names repeat within and across articles: fold each once.
_folded_key = lru_cache(maxsize=65536)(fold_key)


def _is_place(words: list[str]) -> bool:
    """Whether words name a place as written (`Giang Thanh Khoa` is a person;
    `Giang Thành` a district)."""
    written = " ".join(words)
    return _folded_key(written) in _place_keys() and written.lower() in _place_names()


# Family names that also open places or foreign names (`Đồng Tháp`, `Trà Vinh`,
# `Hán Nôm`, `Xa Ya Vong`): family names only before `Văn` or `Thị` (each met so
# after ông or bà in the shared corpus).
_SURNAMES_BEFORE_A_MIDDLE_NAME = frozenset(
    {"Đồng", "Trà", "Hán", "Xa", "Phương", "Ngân", "Thập", "Thiếu", "Bốc", "Cà"}
)
# Ê-đê and Ja-rai family names, which open a name only at a run's start: they
# usually end one (`Y Thanh Hà Niê K'Đăm`), but a general writes `Niê Ta`.
_HIGHLAND_FAMILY_NAMES = frozenset(
    {"Niê", "Mlô", "Êban", "Byă", "Ktla", "Adrơng", "Hđơk", "Knul", "Rcom", "Puih"}
)
# Leaders known by a pen name that no family name opens (`Tổng Bí thư Trường Chinh`).
PEN_NAMES = frozenset({"Trường Chinh"})  # (not the poet Tố Hữu: `thơ Tố Hữu`)


def _opens_name(words: list[str], i: int) -> bool:
    """Whether a person's name may start at words[i]: a family name, a highland
    one of two words (`Rah Lan Chung`), or an Ê-đê man's `Y` before two words or
    more (`Y Biêr Niê`)."""
    return (
        words[i] in SURNAMES
        or " ".join(words[i : i + 2]) in HIGHLAND_SURNAMES
        or " ".join(words[i : i + 2]) in PEN_NAMES
        # (`ông Đồng Văn Tự`: a family name that also opens places, before a
        # middle name and a given name)
        or (
            words[i] in _SURNAMES_BEFORE_A_MIDDLE_NAME
            and i + 2 < len(words)
            and words[i + 1] in ("Văn", "Thị")
        )
        or (words[i] == "Y" and len(words) - i >= 3)
        or (i == 0 and words[i] in _HIGHLAND_FAMILY_NAMES)
    )


# A unit of the next level after a unit's name: the name was the unit's own.
_HIGHER_UNIT_AFTER = re.compile(
    r"\s*(?:,|\(|-|–)\s*(?:[Qq]uận|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\b|[Tt]ỉnh|Q\.|TX\b)"
)
# What makes `U Huấn`, `A Pớt`, `Y Ngọc` a person (Ba Na, Xơ Đăng and Ê-đê names
# of a letter and one syllable): an office or `đồng chí` right before, or an
# office right after (`U Huấn- Ủy viên dự khuyết Trung ương Đảng`).
_SHORT_HIGHLAND_OPENERS = frozenset({"U", "A", "Y"})
_INTRODUCED_BEFORE = re.compile(r"(?:[Đđ]ồng chí|[ôÔ]ng|[bB]à)\s*:?\s+$")


def _short_highland_name(text: str, run: re.Match, words: list[str]) -> bool:
    """Whether a run of two words is a highland name of a letter and a syllable."""
    if not (
        len(words) == 2
        and words[0] in _SHORT_HIGHLAND_OPENERS
        and is_syllable(words[1])
        and words[1][:1].isupper()
    ):
        return False
    before = text[max(0, run.start() - 60) : run.start()]
    if _INTRODUCED_BEFORE.search(before):
        return True
    if _is_place(words) or re.search(
        r"\b(?:xã|phường|thị trấn|huyện|quận|thôn|bản|buôn|làng|ấp|plei|khu)\s+$",
        before,
        re.IGNORECASE,
    ):
        return False  # `UBND xã A Vao`: the commune's own name
    office = next(reversed(list(_OFFICE.finditer(before))), None)
    # the office and its body (`Phó Chủ tịch UBND tỉnh Y Ngọc`)
    if office and re.fullmatch(r"[^.,;:!?()“”\"\n]{0,40}", before[office.end() :]):
        return True
    after = re.match(r"\s*[-–,]\s*", text[run.end() : run.end() + 4])
    return bool(after and _OFFICE.match(text, run.end() + after.end()))


def _split_name(
    run: str,
    after_organisation: bool = False,
    titled: bool = False,
    longest: int = 4,
    after_unit: bool = False,
    introduced: bool = False,
) -> tuple[str, str] | None:
    """Split a run of capitalised words into (organisation or place, person's name).

    After `Bệnh viện`, `đường`, `tỉnh` and the like the run opens with that
    place's own name (`Bạch Mai`, `Lê Duẩn`), so the person's name cannot start it.
    """
    words = run.split()
    for start in range(1 if after_organisation else 0, len(words)):
        size = len(words) - start
        if size < 2 or size > longest:
            continue
        if size == 5 and _is_place(words[-2:]):
            continue  # `ông Trần Văn Bình Thanh Hóa`: a name, then a province
        if not _opens_name(words, start):
            continue
        if start and words[start] in ("Văn", "Thị") and words[start - 1] in SURNAMES:
            continue  # a middle name: `đường Phạm Văn Đồng` holds no `Văn Đồng`
        if start and words[start - 1] in INSTITUTION_ABBREVIATIONS:
            return None  # `THPT Ngô Đình Diệm` is a school
        if (
            start == 1
            and words[0].lower() in _NAMESAKE_OPENERS
            and len(words) <= 5
            and is_vietnamese_name(words[1:])
        ):
            return None  # `Viện Phan Châu Trinh`, `Cầu Nguyễn Văn Trỗi`: a namesake
        if (
            size == 2
            and start >= 2
            and words[start - 2] in ("Đội", "Trạm", "Đồn", "Phòng")
            and words[start - 1].isupper()
        ):
            return None  # `Đội CSGT Bàn Cờ`: a unit named after its area
        if (
            any(
                # a place that runs across the family name; one that opens the
                # name only if a province or a place abroad (`Hà Trung Kiên` is a
                # person though Hà Trung is a district)
                (
                    _is_place(words[k:end])
                    if k < start or after_unit
                    else " ".join(words[k:end]).lower() in _big_place_names()
                )
                for k in range(start + 1)
                for end in range(start + 2, len(words) + 1)
                if (k, end) != (start, len(words))  # the whole name: judged below
            )
            or any(
                " ".join(words[k : start + 1]).lower() in _place_names()
                for k in range(start)
            )
        ):
            continue  # `Nam Từ Liêm`, `tỉnh Lai Châu Hà Trọng Hải`: a place runs here
        if (
            len(words) - (start + 1) >= 3
            and words[start + 1] in COMMON_SURNAMES
            and words[start] not in COMMON_SURNAMES
            # (right after ông, bà or thầy the whole run is the name: `thầy Lưu
            # Nguyễn Bỉnh Khoa`)
            and not (
                introduced
                and len(words) - start == 4
                and (start == 0 or words[start - 1] in HONORIFIC_WORDS)
            )
        ):
            # `Mai Nguyễn Văn A`: the name starts at the common family name (but
            # `Chu Lê Chinh` is one name of three words)
            continue
        name_words = words[start:]  # (`_people` cut the next sentence's first word)
        if len(name_words) == 2 and name_words[1] in ("Văn", "Thị"):
            continue  # `anh Phạm Văn viết`: a pen name, no full name
        if any(w.isupper() and len(w) > 1 for w in name_words):
            continue  # `UBND`, `HĐND`: an abbreviation, not a name
        if not is_vietnamese_name(name_words):
            return None  # `Âu Ursula`: a foreign name, read only after a foreign office
        name = " ".join(name_words)
        if titled and start == 0 and _folded_key(name) in _NAMED_BY_TITLE:
            return "", name
        if (
            _folded_key(name) in NOT_PEOPLE
            # (as written: `Lâm Đông` is a person, `Lâm Đồng` a province)
            or _is_place(name_words)
            # (a province or a place abroad: `Thái Lan Prayut`; a district's name
            # opens people's names too: `Hà Trung Kiên`)
            or " ".join(name_words[:2]).lower() in _big_place_names()
        ):
            continue  # `Hàn Quốc`, `Thái Lan Prayut`, `Thái Bình Dương`
        return " ".join(words[:start]), name
    return None


_DELEGATION_AFTER = re.compile(
    r"\s+(?:công tác|đại biểu|thanh niên|kiểm tra|giám sát|khảo sát|thanh tra|liên ngành"
    r"|viên|[^\W\d_]*[A-ZĐ]|\W)"
)


_NAMED_INSTITUTION = re.compile(
    r"\b(?:Quỹ|Viện|Trường|Giải thưởng|Giải|Học viện|Bảo tàng|Thư viện|Nhà văn hóa|Bệnh viện)"
    # (`Trường THPT chuyên Lê Quý Đôn`: a school's kind in its abbreviation)
    rf"(?:\s+(?:[{LOWER_LETTERS}]\w*|THPT|THCS|TH|PTTH|PTCS|ĐH|CĐ)){{1,3}}\s+$"
)
# A unit named after its area: `Đội Cảnh sát giao thông Bàn Cờ` (two words).
_NAMED_UNIT = re.compile(r"\b(?:Đội|Trạm|Đồn)(?:\s+[^\s,.;:()]+){1,4}\s+$")


# Chinese family names as Singapore, Malaysia and Hong Kong romanise them: their
# names read as Vietnamese syllables (`Chan Chun Sing`, `Ong Ye Kung`, `Gan Kim
# Yong`) but no Vietnamese name is written so.
_ROMANISED_SURNAMES = frozenset(
    {
        "Chan", "Ong", "Gan", "Lee", "Tan", "Lim", "Wong", "Teo", "Goh", "Koh", "Yeo",
        "Heng", "Lau", "Chee", "Chua", "Low", "Yap", "Foo", "Seah", "Sim", "Toh",
        "Chong", "Leong", "Loke", "Liew", "Ng", "Yeoh", "Khaw", "Tay", "Chia", "Neo",
        "Quek", "Ang",
    }
)  # fmt: skip


# The names of bodies that may follow a name when a comma is lost.
_BODY_AFTER_NAME = re.compile(
    r"(?:Ban (?:Bí [Tt]hư|Chấp hành|Thường vụ|Tuyên giáo|Tổ chức|Kinh tế|Dân vận"
    r"|Nội chính|Đối ngoại)|Bộ (?:Chính trị|[A-ZĐ]\w*)|Sở [A-ZĐ]|UBND|HĐND|Tỉnh ủy"
    r"|Thành ủy|Huyện ủy|Quốc hội|Chính phủ|Văn phòng [A-ZĐ]|Ủy ban [A-ZĐ])(?!\w)"
)


def _people(text: str) -> tuple[list[_Person], list[tuple[int, int, int]]]:
    """Every Vietnamese full name in the text, glued tails cut off; and the spans
    of runs with a word that is no Vietnamese syllable (where foreign names are)."""
    people = []
    foreign: list[tuple[int, int]] = []
    for run in _NAME_RUN.finditer(text):
        words = run.group().split(" ")
        if len(words) < 2:
            continue  # most runs: a sentence's first word, a one-word place
        odd = [
            (not is_syllable(w) and not w.isupper())
            # (`Ong Văn Lình` is Vietnamese)
            or (i == 0 and w in _ROMANISED_SURNAMES and words[1] not in ("Văn", "Thị"))
            for i, w in enumerate(words)
        ]
        if any(odd):  # glued or foreign (abbreviations such as `UBND` are neither)
            # where a foreign name starts: a word no glue explains (`Oreshkin`),
            # after the name of a place the run opens with (`tỉnh Đắk Lắk Phạm
            # Ngọc Nghị`: a highland place, then a Vietnamese name)
            place = next(
                (n for n in range(len(words), 0, -1)
                 if " ".join(words[:n]).lower() in _place_names()),
                0,
            )  # fmt: skip
            named = next(
                (
                    i
                    for i, w in enumerate(words)
                    if i >= place and odd[i] and unglue(w) == w
                ),
                None,
            )
            name_at = (
                run.start() + len(" ".join(words[:named])) + bool(named)
                if named is not None
                else -1
            )
            if (
                named is not None
                and (
                    _folded_key(" ".join(words[named:])) in _place_keys()
                    # one word is no full name: `TP Yangsan` is a city
                    or len(words) - named < 2
                    # `tại Ekaterinburg Nguyễn Mai Hường`: a place abroad the gazetteer
                    # does not know, then a Vietnamese name (`Chủ tịch Lasuco Lê Văn
                    # Tam`: a firm's)
                    or (
                        re.search(
                            r"\s(?:tại|ở)\s$", text[max(0, name_at - 5) : name_at]
                        )
                        and any(
                            words[i] in SURNAMES and is_vietnamese_name(words[i:])
                            for i in range(named + 1, len(words) - 1)
                        )
                    )
                )
            ):
                name_at = -1  # `tỉnh Stung Treng`: a place abroad, no one's name
            foreign.append((run.start(), run.end(), name_at))
            if odd[0] and words[0] in _ROMANISED_SURNAMES:
                continue  # `Gan Kim Yong` holds no Vietnamese `Kim Yong`
        if _short_highland_name(text, run, words):
            people.append(_Person(run.group(), run.start(), run.end(), True))
            continue
        if not any(_opens_name(words, i) for i in range(len(words) - 1)):
            continue  # a name opens with a family name and has a word after it
        if text.startswith(("Đoàn Đại biểu", "Đoàn Thanh niên"), run.start()):
            continue  # a delegation of deputies or the Youth Union, not Mr Đoàn
        # `Nguyễn Phú Trọngmong`: the source lost a space; the name ends at `Trọng`.
        for i, word in enumerate(words):
            fixed = unglue(word)
            # `Nguyễn Văn Hùng-giám đốc Sở`: a dash without spaces before the office
            head, dash, tail = word.partition("-")
            if (
                dash
                and is_syllable(head)
                and tail[:1].islower()
                and _OFFICE.match(
                    text,
                    run.start() + len(" ".join(words[:i])) + bool(i) + len(head) + 1,
                )
            ):
                fixed = head
            if fixed != word:
                words = words[:i] + [fixed]
                break
        # `Tổng Bí thư Nguyễn Phú Trọng Ban Bí thư …`: a body's name right after
        # the name (the comma lost) is no part of it
        for j in range(2, min(len(words), 5)):
            at = run.start() + len(" ".join(words[:j])) + 1
            if (
                words[0] in SURNAMES
                and is_vietnamese_name(words[:j])
                and _BODY_AFTER_NAME.match(text, at)
            ):
                words = words[:j]
                break
        # `bà Nguyễn Minh Hằng Thứ trưởng Bộ …`: the comma lost, an office's
        # capitalised first word joins the run; the office goes on after it
        if len(words) > 2 and words == run.group().split(" "):
            office = _OFFICE.match(text, run.end() - len(words[-1]))
            if office and office.end() > run.end():
                words = words[:-1]
        # `… Thiện Chiều 5/6`: the next sentence's first word; but a verb right
        # after the run ends the name there (`Công sứ Lại Ngọc Đoàn phát biểu`)
        # (`Đoàn` is also a given name: a delegation is followed by what it is)
        # (a sentence's `Ông` opens the run: `Ông Trần Quốc Hội – Phó Chủ tịch …`)
        core = len(words) - (words[0] in ("Ông", "Bà"))
        ends_at_verb = (
            (core == 3 or (core == 2 and text[run.end() : run.end() + 1] in ",–-"))
            and (
                OFFICE_ENDS.match(text, run.end())
                # `… Võ Đức Trong.`: no sentence starts right before a full stop
                or re.match(r"[ ]*(?:[.,;:!?)–-]|$)", text[run.end() : run.end() + 3])
                is not None
                or (
                    words[-1] == "Đoàn" and not _DELEGATION_AFTER.match(text, run.end())
                )
            )
        )
        # `Đinh Tiến Dũng Sáng 12/6, …`: a caption, then the next sentence's time
        if (
            len(words) > 3
            and words[-1] in _TIME_WORDS
            and re.match(r"[ ]+\d", text[run.end() : run.end() + 3])
        ):
            words = words[:-1]
        while (
            len(words) > 1
            and words[-1] in NOT_NAME_ENDINGS
            and not ends_at_verb
            # (a middle name ends no name: `Nguyễn Văn Huyện` is one)
            and words[-2] not in ("Văn", "Thị")
        ):
            words = words[:-1]
        if words[-1] == "Trường" and _SCHOOL_AFTER.match(text, run.end()):
            words = words[:-1]
        run_text = " ".join(words)
        before = text[max(0, run.start() - 24) : run.start()]
        last_words = before.split()[-2:]
        if (
            words[0] in _CHINESE_SURNAMES
            and last_words
            and last_words[-1].islower()
            and last_words[-1] not in ("ông", "bà", "chí", "ngài")
        ):
            continue  # `sông Hồng  Liên quan …`: a river, then the next sentence
        if len(words) == 2 and _NAMED_UNIT.search(
            text, max(0, run.start() - 50), run.start()
        ):
            continue  # `Đội Cảnh sát giao thông Bàn Cờ`: the unit's area
        institution = _NAMED_INSTITUTION.search(before)
        if institution and len(words) <= 4:
            # `Quỹ văn hóa Phan Châu Trinh`: an institution's kind, then its
            # namesake (a longer run may go on with a person's name)
            continue
        named_body = (
            bool(institution)
            or (
                bool(last_words)
                and before[-1:].isspace()
                and (
                    last_words[-1].lower() in ORGANISATION_BEFORE
                    or " ".join(last_words).lower() in ORGANISATION_BEFORE
                )
                and " ".join(last_words).lower() not in NOT_ORGANISATION_BEFORE
            )
            or (
                bool(last_words)
                and before[-1:].isspace()
                and len(words) not in (3, 4)
                and (
                    last_words[-1] in ADMINISTRATIVE_UNIT_BEFORE
                    or " ".join(last_words) in ADMINISTRATIVE_UNIT_BEFORE
                )
            )
            or (
                # `Trưởng Đoàn Vũng Tàu`: the delegation's name, not Mr Đoàn.
                # `Phó chủ nhiệm Đoàn Luật sư`: a body's name after its office
                words[0] in ("Đoàn", "Hội", "Ban")
                and re.search(
                    r"(?:Trưởng|Phó|[Cc]hủ nhiệm|[Cc]hủ tịch|Bí thư)\s+$", before
                )
            )
        )
        # `Chủ tịch Hồ Chí Minh`: the title right before it makes the city's name his
        titled = before.endswith("Chủ tịch ")
        # `Ông Phan Đỗ Minh Thanh Anh`: after ông or bà, a name of five syllables
        introduced = (
            bool(HONORIFIC.search(before)) and before[-1:].isspace()
        ) or words[0] in HONORIFIC_WORDS
        # `Thị xã Hoàng Mai Trước đây …`: after a unit the run opens with its name
        after_unit = bool(last_words) and (
            last_words[-1].lower() in ADMINISTRATIVE_UNIT_BEFORE
            or " ".join(last_words).lower()
            in ADMINISTRATIVE_UNIT_BEFORE | {"thành phố"}
            or last_words[-1] in ("TP", "TP.")
        )
        if after_unit and _HIGHER_UNIT_AFTER.match(text, run.start() + len(run_text)):
            continue  # `phường Bùi Thị Xuân, quận Hai Bà Trưng`: a ward's name
        split = _split_name(
            run_text, named_body, titled, 5 if introduced else 4, after_unit, introduced
        )
        if not split:
            continue
        prefix, name = split
        end = run.start() + len(run_text)
        start = end - len(name)
        honorific = bool(
            HONORIFIC.search(text[max(0, start - 14) : start])
            or prefix in HONORIFIC_WORDS
            # an item of a list after `;` (`các đồng chí: A, X; Vương Nghị, Y`)
            or (
                not prefix
                and re.search(
                    r"(?:[;:]|\b(?:có|gồm))\s*$", text[max(0, start - 5) : start]
                )
            )
        )
        people.append(_Person(name, start, end, honorific))
    return people, foreign


# Offices of a public body, for names no family name opens: a firm's or a
# think tank's chairman is introduced the same way (`ông Tony Fernandes, Chủ tịch …`).
_PUBLIC_BODY = re.compile(
    r"Tỉnh ủy|Tỉnh trưởng|Thành ủy|Huyện ủy|Trung ương|Bộ trưởng|Thứ trưởng|Thủ tướng"
    r"|Tổng thống|Ngoại trưởng|Đại sứ|Quốc hội|Thượng viện|Hạ viện|Nghị viện|Chính phủ"
    r"|Nội các|Nhà Trắng|\bBộ\b|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Thống đốc"
    r"|Thị trưởng|Tư lệnh|Ủy ban châu Âu|\bEC\b|Liên hợp quốc|Hội đồng|[Ll]ãnh sự|Công sứ"
    r"|Tham tán|\bSở\b|Quận trưởng|Huyện trưởng|Đô trưởng|Châu trưởng|\b(?:Tổng )?[Cc]ục\b"
    r"|\bĐảng\b|[Nn]ghị s[ĩỹ]|Cố vấn Nhà nước|\bVụ\b|Vụ trưởng|Vụ phó|Điện Kremlin"
    r"|Lầu Năm Góc|" + "|".join(RANKS)
)
_NAMED_BODY = re.compile(
    r"\b(?:tỉnh|thành phố|Bộ|Quốc hội|Thượng viện|Hạ viện|Nghị viện|Chính phủ"
    r"|Hội đồng|Tỉnh ủy|Đảng)\b"
)
_LIST_ITEM_BEFORE = re.compile(r"(?:[,;:]\s*|\bvà\s+|^|\n)$")
# A name after ông, bà, ngài or đồng chí.
_INTRODUCING = r"(?:[ôÔ]ng|[bB]à|[Nn]gài|[đĐ]ồng chí|Samdech)"
_INTRODUCED = WordStartPattern(
    rf"{_INTRODUCING}\s+(?:(?:TS|ThS|GS|PGS)\.?\s+)?"
    # (a middle initial: `Ngài Elbridge A. Colby`)
    rf"({_NAME_WORD}(?:[ ]+(?:[A-Z]\.(?=[ ]{_NAME_WORD})|{_NAME_WORD})){{1,5}})"
)


# Words a name found by `_introduced` may open with and does not keep.
_LEADING_HONORIFICS = frozenset({*_KHMER_HONORIFICS, "Ngài", "Ông", "Bà"})
# Words of the foreign press's names: `The Japan Times`, `Nikkei Asian Review`.
_MEDIA_WORDS = frozenset(
    {"The", "Times", "Post", "News", "Journal", "Herald", "Daily", "Tribune"}
    | {"Telegraph", "Guardian", "Review", "Agency", "Press", "Today", "Weekly"}
)


@lru_cache(maxsize=1)
def _abroad_office() -> re.Pattern:
    """An office that opens with a public one and names a country or a seat of
    government (`người phát ngôn Nhà Trắng`, `Bộ trưởng Ngoại giao Nga`)."""
    places = sorted(_ABROAD, key=len, reverse=True)
    return re.compile(
        rf"^(?:(?:nguyên|cựu|Nguyên|Cựu|tân|Tân)\s+)?(?:(?:{_PUBLIC_BODY.pattern}"
        rf"|[Nn]gười phát ngôn|[Pp]hát ngôn viên|[Tt]hư ký báo chí).*"
        rf"\b(?:{'|'.join(map(re.escape, places))})\b"
        # (`bổ nhiệm … Kang Kyung-wha giữ chức ngoại trưởng`)
        r"|(?:Phó )?(?:Thủ tướng|Tổng thống|Ngoại trưởng)(?: của nước(?: này)?)?$)"
    )


def _introduced(
    text: str,
    people: list[_Person],
    starts: list[int],
    foreign: list[tuple[int, int, int]],
    owned: list[tuple[int, int]],
) -> list[LeaderMention]:
    """Officials whose names no family name opens, with their office written right
    after the name: introduced by ông, bà, ngài or đồng chí (`ông Alounxay
    Sounanalath - Tỉnh trưởng tỉnh Champasak`, also in Vietnamese syllables:
    `Ngài Svay Sam Eang, Tỉnh trưởng …`), or a foreign name in a list (`Bounkhong
    Lachiemphone, Tỉnh trưởng tỉnh Udomxay`)."""
    found = []
    introduced = {m.span(1) for m in _INTRODUCED.finditer(text)}
    # A foreign name with no ông or bà: only as an item of a list (after `,`, `;`,
    # `:`, `và` or at a line's start), its office naming a body (`tỉnh`, `Bộ` …).
    listed = {
        (name_at, end)
        for _, end, name_at in foreign
        if name_at >= 0 and _LIST_ITEM_BEFORE.search(text, max(0, name_at - 6), name_at)
    }
    # … or anywhere, its office after it held abroad (`CNN dẫn lời Sean Spicer,
    # người phát ngôn Nhà Trắng, cho biết`)
    # (from the run's start when its first words read as syllables: `Sean Spicer`)
    bare = {
        (name_at if name_at >= 0 else run_at, end)
        for run_at, end, name_at in foreign
        if name_at >= 0 or 2 <= len(text[run_at:end].split()) <= 4
    } - listed
    for start, end in sorted(introduced | listed | bare):
        if any(start <= p.start < end for p in people) or any(
            m.start == start for m in found
        ):
            continue
        # how the name was found, before its first words are dropped
        is_introduced, is_bare = (start, end) in introduced, (start, end) in bare
        words = text[start:end].split()
        while words and words[-1] in NOT_NAME_ENDINGS:
            words.pop()
        # Words a name does not open with: honorifics (`Samdech Moha Bovor
        # Thipadei Hun Manet`, a list's `Ngài Jurgen Stock`) and, before a bare
        # name, `Theo` ("according to": `Theo Sean Spicer, …`) or `Bà` (`Bà DeVos`).
        while len(words) > 1 and (
            (len(words) > 2 and words[0] in _LEADING_HONORIFICS)
            or (
                is_bare
                and (words[0] in NOT_NAME_ENDINGS or words[0] in HONORIFIC_WORDS)
            )
        ):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if is_bare and _MEDIA_WORDS.intersection(words):
            continue  # `Theo The Japan Times, Bộ trưởng …`: a paper, then a source
        if (
            len(words) < 2
            # a Vietnamese name `_people` did not take (`Kim Jung-taek` is Korean)
            or (words[0] in SURNAMES and is_vietnamese_name(words))
            # (`ngài ITO Naoki`, `ông Junichi KAWAUE`: a Japanese family name in
            # capitals is no abbreviation)
            or any(
                w.isupper()
                and len(w) > 1
                and not re.fullmatch(r"[A-Z]\.", w)
                and not (
                    w.isascii()
                    and w.isalpha()
                    and not all(is_syllable(x) for x in words[:i] + words[i + 1 :])
                )
                for i, w in enumerate(words)
            )
            or any(
                " ".join(words[:n]).lower() in _place_names()
                for n in range(1, len(words) + 1)
            )
        ):
            continue  # (as written: `My Na Phon` is no `Mỹ`)
        name = " ".join(words)
        title, _ = _office_after(text, start + len(name), starts)
        if not title and is_introduced:
            # `Phó Tỉnh trưởng tỉnh Gyeonggi – ông Kim Hyun-gon`: the office before,
            # unless it is someone else's (`người phát ngôn của Tổng thống Nga, ông …`)
            before = _office_before(text, _honorific_start(text, start), owned, starts)
            if before and not _SOMEONE_ELSES.search(
                text, max(0, before[1] - 30), before[1]
            ):
                title = before[0]
        body = (
            _PUBLIC_BODY
            if is_introduced
            else _abroad_office()
            if is_bare
            else _NAMED_BODY
        )
        if title and _is_public_office(title) and body.search(title):
            places = find_places(title).provinces
            province = places[0].name if places else ""
            found.append(LeaderMention(name, title, province, start))
    return found


# Words before an office that make it another person's: a spokesman, spouse,
# assistant or envoy of its holder.
# (`với sự tham dự của …` introduces the holder; `nhậm chức Tổng thống` is a
# predicate about someone named before.)
_SOMEONE_ELSES = re.compile(
    r"(?:(?<!tham dự )(?<!có mặt )(?<!chứng kiến )của|phu nhân|vợ|chồng|con trai|con gái"
    r"|trợ lý|cố vấn|phát ngôn(?: viên)?|thư ký|đại diện cho|người|cựu|và|với|gặp"
    r"|tiếp|chức|làm|thành|hay)\s+$"
)


def _honorific_start(text: str, name_start: int) -> int:
    """Where `ông`, `bà`, `ngài` or `đồng chí` before a name starts."""
    found = re.search(
        rf"{_INTRODUCING}\s+$", text[max(0, name_start - 14) : name_start]
    )
    return name_start - (len(found.group()) if found else 0)


# State bodies: an office of one is public whatever words its name goes on with
# (`Phó Cục trưởng Cục Tài chính doanh nghiệp`, `Chi cục Quản lý thị trường`).
_STATE_BODY = re.compile(
    r"\b(?:Cục|Tổng cục|Chi cục|Sở|Bộ|Vụ|UBND|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Kho bạc"
    r"|Công an|Viện kiểm sát|Tòa án|TAND|VKSND|Thanh tra|KBNN|BHXH|Bảo hiểm xã hội)\b"
)


# Offices that name no body of their own (`Phó Chủ tịch`, `Tổng thư ký`).
_GENERIC_OFFICE = re.compile(
    r"(?:(?:[Nn]guyên|[Qq]uyền)\s+)?(?:[Pp]hó\s+)?(?:[Cc]hủ tịch|[Tt]ổng [Tt]hư ký|[Tt]hư ký"
    r"|[Gg]iám đốc|[Tt]rưởng [Bb]an|[Ủủ]y viên)"
)


def _is_public_office(title: str) -> bool:
    """Whether one office of a chain is a public one (not a firm's, club's or society's)."""
    parts = [p for p in re.split(r",|;|\s[-–]\s", title) if p.strip()]
    # `Phó Chủ tịch, Tổng thư ký Hội hữu nghị …`: bare offices share the body of
    # the first office that names one
    first = next((p for p in parts if not _GENERIC_OFFICE.fullmatch(p.strip())), None)
    if (
        first is not parts[0]
        and first is not None
        and NOT_AN_OFFICE.search(first)
        and not _STATE_BODY.search(first)
    ):
        return False
    holds = [
        _OFFICE.search(part) or _HEADING_OFFICE.fullmatch(part.strip())
        for part in parts
    ]
    for i, office in enumerate(holds):
        if not office:
            continue
        # parts with no office of their own go on with this one's body
        # (`Trưởng Phòng Tổ chức - Hành chính Công ty CP Kềm Nghĩa`: a firm's)
        last = next((j for j in range(i + 1, len(parts)) if holds[j]), len(parts))
        part = " - ".join(parts[i:last])
        firm = NOT_AN_OFFICE.search(part)
        if not firm or _STATE_BODY.search(part, office.start(), firm.start()):
            return True
    return False


# A ministry's or a department's fields after `và`, written in lower case (`Sở Kế
# hoạch và đầu tư`, `Bộ Nông nghiệp và phát triển nông thôn`).
_FIELDS_IN_LOWER_CASE = (
    "môi trường|công nghệ|đào tạo|đầu tư|xã hội|du lịch|phát triển nông thôn"
    "|truyền thông|thể thao"
)


def _office_before(
    text: str, name_start: int, owned: list[tuple[int, int]], people_starts: list[int]
) -> tuple[str, int] | None:
    """Return (office as written, its start) that the name right after it holds."""
    window_start = max(0, name_start - 160)
    window = text[window_start:name_start]
    offices = [
        m
        for m in _OFFICE.finditer(window)
        if not _inside(window_start + m.start(), owned)
        # (an office's abbreviation in brackets closed before the name:
        # `đại biểu Quốc hội (ĐBQH) A`)
        and not (
            window.count("(", 0, m.start()) > window.count(")", 0, m.start())
            and ")" in window[m.end() :]
        )
    ]
    # (`Tham tán Công sứ Đại sứ quán Việt Nam tại Lào A`: the embassy is the
    # body of the office before it, not an office)
    while len(offices) > 1 and window.startswith(" quán", offices[-1].end()):
        offices.pop()
    if not offices:
        return None
    last = offices[-1]
    # `Thứ trưởng Bộ Y tế, GS.TS Nguyễn Thanh Long`: a degree leads into the name;
    # a term (`khóa XII, nhiệm kỳ 2021 - 2026`) is part of the office.
    gap = _TERM.sub(" ", _DEGREE_AT_END.sub(" ", window[last.end() :]))
    # `Phó Chánh án TAND tối cao: Đồng chí A`: the honorific of a list's item
    gap = re.sub(r"(?<=:)\s*(?:[ôÔ]ng|[bB]à|[Đđ]ồng chí)\s+$", " ", gap)
    # `Giám đốc Bệnh viện huyện Nghi Xuân (Hà Tĩnh) ông Hà Thanh Sơn`
    gap = re.sub(r"\s*\([^()]{1,50}\)", " ", gap)
    # `Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Nguyễn Phú Trọng`
    gap = re.sub(_STATE_FORM, " ", gap)
    if re.fullmatch(r"[^.;:!?()“”\"\n]{0,40}:\s*", gap):
        # `các Phó Thủ tướng: A, B, C`, `các Phó Chủ tịch UBND tỉnh: A, B` open a
        # list of holders
        gap = gap.replace(":", " ")
    # bodies whose names have lower-case words of their own: the Assembly's
    # committee, the party committee of the central agencies, the boards of
    # industrial parks (`Đảng ủy Khối các cơ quan TƯ`, `Ban Quản lý các KCN`)
    gap = re.sub(r"(?i:\bvề các vấn đề xã hội\b|\b(?:khối|quản lý) các\b)", " ", gap)
    # `Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội X`: `của` a state body
    gap = re.sub(
        r"\bcủa\s+(?=Quốc hội|QH\b|Chính phủ|Bộ\s|UBND|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy|MTTQ"
        r"|Nhà Trắng|Điện Kremlin|UB\s|Ủy ban)",
        " ",
        gap,
    )
    # `Bí thư Tỉnh ủy là ông Phạm Duy Cường`: the office, then who holds it (an
    # office that names its body: `Tập đoàn X - Chủ tịch là bà Y` is a firm's)
    # (`Chủ tịch Hà Nội thời điểm đó là ông A`: then)
    held_by = re.search(
        r"\s(?:(?:hiện|khi đó|lúc đó|khi ấy|lúc ấy|thời điểm đó|thời điểm ấy),?\s)?"
        r"là\s+(?:ông|bà|đồng chí)\s*$",
        gap,
    )
    if held_by:
        held = window[last.start() :]
        if not (
            _NAMES_A_BODY.search(held)
            or _STATE_BODY.search(held)
            or find_places(held[: held_by.start() + len(last.group())]).provinces
        ):
            return None
        gap = gap[: held_by.start()] + " "
    # `miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông A`: a decision on A
    # (a degree before the name is gone already: `đối với TS Trần Trọng Đạo`)
    # (`miễn nhiệm chức vụ Chủ tịch UBND tỉnh Bắc Kạn của ông A`: whose office)
    personnel = re.search(
        r"\s(?:đối với\s+(?:(?:ông|bà|đồng chí)\s*)?|của\s+(?:ông|bà|đồng chí)\s*)$",
        gap,
    )
    if personnel:
        # (the decision's word may open a chain: `miễn nhiệm Phó Chủ tịch, kiêm
        # Trưởng ban Dân tộc HĐND tỉnh đối với ông A`)
        chain_start = last.start()
        for earlier in reversed(offices[:-1]):
            between = window[earlier.end() : chain_start]
            if len(between) < 45 and re.fullmatch(
                r"[^.;:!?()“”\"\n]*,\s*(?:kiêm\s+)?", between
            ):
                chain_start = earlier.start()
            else:
                break
        if not _PERSONNEL_BEFORE.search(window[:chain_start]):
            return None
        gap = gap[: personnel.start()] + " "
    # `Tổng Lãnh sự Việt Nam tại Côn Minh Nguyễn Mai Hường`: an envoy's post
    if _ENVOY.fullmatch(last.group(1)):
        gap = re.sub(r"\stại\s", " ", gap)
    # (`Trưởng ban Tuyên giáo T.Ư Võ Văn Thưởng`: dots inside an abbreviation;
    # `Phó chủ tịch UBND Q.1`, `Q. Thanh Khê`: abbreviated units)
    dotless = re.sub(r"(?<=[A-ZĐ])\.(?=[A-ZĐƯ])", "", gap.replace("TP.", "TP "))
    dotless = re.sub(r"\b(?:Q|P|TX|TT|H)\.\s?(?=[\dA-ZĐ])", "X ", dotless)
    if len(gap) > 75 or re.search(r"[.;:!?()“”\"\n]", dotless):
        return None
    # (`Cục Đăng ký quốc gia giao dịch bảo đảm`: registering, not signing;
    # `Nhóm Nghị sĩ hữu nghị`: friendship, not a proposal)
    words = re.findall(
        r"[^\W\d_]+",
        re.sub(
            # (`Cục Hàng không`, `Phòng không`: aviation and air defence, no `không`;
            # bodies for groups of people: `Cục Người có công`, `Ủy ban Nhà nước về
            # người Việt Nam ở nước ngoài`, `Hội … người khuyết tật`)
            rf"\b(?:[Đđ]ăng ký|hữu nghị|hội nghị|[Hh]àng không|[Pp]hòng không"
            r"|[Nn]gười có công|về người Việt Nam ở nước ngoài"
            r"|[Nn]gười (?:khuyết tật|cao tuổi|mù|lao động|nghèo)"
            rf"|{_FIELDS_IN_LOWER_CASE})\b",
            " ",
            gap,
        ),
    )
    if re.search(r",\s*(?:vụ|cử tri|phóng viên|luật sư|bị cáo)\s+$", gap):
        # `Cũng theo Tổng Bí thư, vụ Trịnh Xuân Thanh`: a case's name; `…, cử tri
        # Lê Viết Hải`: someone else asks the unnamed official
        return None
    if any(word in STOP_WORDS for word in words if word.islower()) or re.search(
        rf"\bvà\s+(?![{UPPER_LETTERS}])(?!{_FIELDS_IN_LOWER_CASE})", gap
    ):
        return None  # `… và ông B`: the office was someone else's
    gap_start = window_start + last.end()
    if any(gap_start <= p < name_start for p in people_starts):
        return None  # another person stands between the office and this name
    start = last.start()
    # Chains: `UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh` belong to one person.
    for earlier in reversed(offices[:-1]):
        between = window[earlier.end() : start]
        if (
            len(between) < 45
            and re.fullmatch(r"[^.;:!?()“”\"\n]*,\s*", between)
            and not any(
                window_start + earlier.start() <= p < window_start + start
                for p in people_starts
            )
        ):
            start = earlier.start()
        else:
            break
    title = re.sub(
        r"[\s,:–-]*(?:đối với\s+|của\s+|(?:hiện\s+)?là\s+|gồm\s*:?\s*)?"
        r"(?:(?<!\w)(?:[ôÔ]ng|[bB]à|[Đđ]ồng chí))?[\s:]*$",
        "",
        _DEGREE_AT_END.sub("", window[start:]),
    )
    return title, window_start + start


# What a place, a road or a school is named after (`mang tên`, `đặt tên`).
_NAMED_AFTER = re.compile(
    r"(?:\b(?:mang|đặt|lấy)\s+tên|(?<!\w)(?:[Ll]ăng|[Nn]hà sàn|[Kk]hu tưởng niệm"
    r"|[Nn]hà tưởng niệm|[Nn]hà lưu niệm|[Kk]hu lưu niệm|[Tt]ượng đài|[Đđ]ền thờ"
    r"|[Kk]hu di tích"
    r"|[Bb]ảo tàng)(?:\s+cố)?)\s+$"
)


def _syllable_count(name: str) -> int:
    """Syllables of a name: `Ksor H’Bút` has three."""
    return len(re.findall(r"[^\W\d_]+", name))


_TERM = re.compile(r",?\s*(?:khóa [IVXLC\d]+|nhiệm kỳ \d{4}\s*[-–]\s*\d{4})(?=[\s,])")
# Words that make an office a decision about the person after `đối với`.
_PERSONNEL_BEFORE = re.compile(
    r"(?:chức vụ|chức danh|nhiệm vụ|miễn nhiệm|bổ nhiệm|bầu|cách chức|giữ chức|làm"
    r"|công nhận|thôi)"
    r"\s+(?:(?:Quyền|quyền|Nguyên|nguyên)\s+)?$"
)
_ENVOY = re.compile(
    r"(?:Phó )?(?:Đại sứ|Tổng [Ll]ãnh sự|Lãnh sự|Công sứ|Tham tán(?: [Cc]ông sứ)?"
    r"|Bí thư thứ (?:nhất|hai|ba))"
)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


# An age or a birth year between a name and its office.
_HELD_THEN = re.compile(
    rf"^\s*(?:(?:{_THEN}|thời điểm đó)\s+)?(?:đang\s+|hiện\s+)?là\s+"
)
_AGE_IN_BRACKET = re.compile(r"^\s*(?:\d{2} tuổi|sinh năm \d{4}|SN \d{4})\s*[,;]\s*")
_AGE_CLAUSE = re.compile(
    r",\s*(?:sinh năm \d{4}|sinh ngày \d{1,2}/\d{1,2}/\d{4}|SN \d{4}|\d{2} tuổi)"
    # (`ông A, sinh ngày 3/6/1961 giữ chức vụ Giám đốc Sở …`: the predicate next)
    r"(?=\s*,|\s+(?:giữ|làm|là)\s)"
)

# Words in an office that say where or of what it is held, not a verb.
_HELD_AT = frozenset({"tại", "trong", "với", "theo", "từ", "cho"})


# An office ending with a unit's name, then the sentence's lower-case words.
_UNIT = r"(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|TP)"
# A commune, ward or township whose name follows (often a person's: `phường Lê
# Thanh Nghị`, `xã Nguyễn Văn Thảnh`)
_UNIT_NAMED_AFTER = re.compile(rf"(?<!\w){COMMUNE_WORD}\s+$")
_UNIT_THEN_VERB = re.compile(
    rf"(.*\b{_UNIT}(?:\s+[{UPPER_LETTERS}][^\s,;]*)+)"
    rf"\s+(?!{_UNIT}\b)[{LOWER_LETTERS}].*"
)


_HEAD_IN_LOWER_CASE = re.compile(
    rf"(?:phó )?(?:(?:thủ tướng|tổng thống|ngoại trưởng)"
    rf"(?: [{UPPER_LETTERS}]\S*)*(?: của nước(?: này)?)?$"
    rf"|(?:bộ|thứ) trưởng (?:Bộ )?[{UPPER_LETTERS}])"
)


def _office_after(
    text: str, name_end: int, people_starts: list[int]
) -> tuple[str, int]:
    """Return the office written after a name (`…, Quyền Giám đốc Sở Du lịch tỉnh X`)
    and where it ends; ("", name_end) when there is none."""
    after = text[name_end : name_end + 200]
    # `ông Đỗ Trọng Hưng, sinh năm 1971, Phó bí thư …`, `…, 52 tuổi, hiện giữ chức …`
    age = _AGE_CLAUSE.match(after)
    if age:
        name_end += age.end()
        after = text[name_end : name_end + 200]
    # `đồng chí Trần Quốc Vượng (Chủ nhiệm Ủy ban Kiểm tra Trung ương)`
    bracket = re.match(r"\s*\(([^()\n]{4,160})\)", after)
    # (`Lê Mạnh Hà (58 tuổi, Trưởng phòng Thanh tra tỉnh)`: the age first)
    held = bracket and _AGE_IN_BRACKET.sub("", bracket.group(1))
    # (`ông Đinh La Thăng (lúc đó là Bí thư Thành ủy)`: when he held it)
    held = held and _HELD_THEN.sub("", held)
    if held and _OFFICE.match(held) and _is_public_office(held):
        return held.strip(), name_end + bracket.end()
    # `Ông Nguyễn Tiến Hải (bìa trái), Bí thư Tỉnh ủy …`: a caption's note first
    # (a predicate first: `…, hiện giữ chức Phó bí thư …`; `Hùng-giám đốc Sở`)
    match = (
        _PREDICATE.match(after)
        or re.match(r"(?:\s*\([^()\n]{1,30}\))?\s*(?:,|--?|–|—)\s*", after)
        # a capitalised office right after the name, the comma lost (`ông Phạm Đại
        # Dương Bí thư Tỉnh ủy Phú Yên phát biểu`)
        or (
            re.match(r"[ ](?=[A-ZĐ])", after)
            if _OFFICE.match(after, 1)
            and (_STATE_BODY.search(after[:60]) or _NAMES_A_BODY.search(after[:60]))
            else None
        )
    )
    if not match:
        return "", name_end
    offset = name_end + match.end()
    rest = after[match.end() :].replace("TP.", "TP ")
    # A dash ends the office unless it joins two capitalised words (`Văn hóa – Thể thao`).
    stop = re.compile(rf"[;:()“”\"\n]|\.(?!\w)|\s[-–]\s(?![{UPPER_LETTERS}])|\s[-–]$")
    end = stop.search(rest)
    rest = rest[: end.start()] if end else rest
    # The next person's name ends this one's office (`ông A - Giám đốc Sở X,
    # Thiếu tướng B - Tư lệnh …`): B's rank is not A's.
    for p in people_starts:
        if offset < p < offset + len(rest):
            # `ông A, Phó chủ tịch UBND phường Lê Thanh Nghị`: a unit named after
            # someone; the name is the unit's, the office goes on
            if _UNIT_NAMED_AFTER.search(rest, 0, p - offset):
                continue
            rest = rest[: p - offset]
            # `ông A, cựu Bộ trưởng Quốc phòng Mỹ dưới thời Tổng thống B`: B's
            # office is the one right before B; A keeps what comes before it
            leading = [m for m in _OFFICE.finditer(rest) if m.start() > 0]
            if (
                leading
                and "," not in rest[leading[-1].start() :]
                and re.search(
                    r"\s(?:dưới thời|thời|của|với)\s+$", rest[: leading[-1].start()]
                )
            ):
                rest = re.sub(
                    r"\s(?:dưới thời|thời|của|với)\s+$", "", rest[: leading[-1].start()]
                )
                break
            head, comma, last = rest.rpartition(",")
            # … unless a verb ends that office first (`…, Quyền Chủ tịch UBND TP
            # cho biết … đường Phạm Văn Đồng`): then it is still A's.
            leads_into_name = (
                not re.search(
                    # (… nor into a school's or an institute's namesake: `Phó Hiệu
                    # trưởng Trường Trung học phổ thông Nguyễn Việt Khái`)
                    r"(?:(?<!\w)(?:ông|bà|đồng chí)\s*"
                    r"|\b(?:Trường|Viện|Quỹ|Học viện)\b[^,]*)$",
                    last,
                )
                and not any(
                    # `A, Giám đốc Sở X và ông B`, `… và Đại tá B`: a second
                    # person (`Bộ Văn hóa, Thể thao và Du lịch`, `Bộ Kế hoạch và
                    # Đầu tư`: a body's name)
                    _second_person(last[j.end() :].strip())
                    for j in re.finditer(r"\b(?:và|cùng|với)\b", last)
                )
                and not OFFICE_ENDS.search(last)
            )
            if _OFFICE.match(last.strip()) and leads_into_name:
                rest = head  # that rank or office leads into B's name
            break
    # Chains: `…, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Cà Mau`.
    segments = []
    predicate = _PREDICATE.match(after) is not None
    for segment in rest.split(","):
        segment = _capitalised_office(segment.strip())
        # `chỉ định ông Lee Nak-yon làm thủ tướng`: after a predicate a head of
        # government or a minister in lower case is the office itself
        if predicate and not segments and _HEAD_IN_LOWER_CASE.match(segment):
            segment = segment[0].upper() + segment[1:]
        if not _OFFICE.match(segment):
            # `Phó phòng sales, công ty cổ phần du lịch …`: the unit the office
            # is held in, named next, is a firm
            if (
                segments
                and NOT_AN_OFFICE.match(segment)
                and not _STATE_BODY.match(segment)
            ):
                return "", name_end
            break
        segments.append(segment)
    if not segments:
        return "", name_end
    # (`Giám đốc Công an tỉnh và Đại tá B, …`: B's rank opens B's part)
    span = re.split(
        r"\s(?:và|cùng)\s+(?:(?:các\s+)?(?:ông|bà|Ông|Bà|đồng chí|đại biểu)\b|các\s|những\s"
        rf"|(?:{'|'.join(RANKS)})(?:\s|$)|{_DEGREE}(?:\s|$))",
        ", ".join(segments),
    )[0]
    # The office ends where the sentence's verb starts: `… tỉnh Thừa Thiên Huế đề
    # xuất`; office names keep their own lower-case words (`Vụ Đào tạo chính quy`).
    verb = OFFICE_ENDS.search(span)
    words = (span[: verb.start()] if verb else span).split()
    while words and words[-1] in ("-", "–", "và", "cùng"):
        words.pop()
    title = " ".join(words)
    # The unit's name ends the office: `Chủ tịch UBND huyện Hữu Lũng bao che …`
    unit = _UNIT_THEN_VERB.match(title)
    if unit:
        title = unit.group(1)
    title = title.removesuffix(" của nước")  # `… ngoại trưởng của nước này`
    # The whole office up to the sentence's verb, with the body it is held at
    # (`Trưởng Ban Kiểm soát tại Ngân hàng …` is a bank's), not what the
    # sentence goes on to say (`… tại TP. HCM đến thăm … Hội hữu nghị`).
    scope = next(
        (
            v.start()
            for v in OFFICE_ENDS.finditer(span)
            if v.group().strip() not in _HELD_AT
        ),
        len(span),
    )
    if not _is_public_office(span[:scope]):
        return "", name_end
    return title, offset + len(title)


# A village's or a school's head in lower case before its name (`trưởng thôn
# Châu Phong`, `hiệu trưởng trường THPT Phan Đình Phùng`): the name makes it one.
_HEAD_OF_A_NAMED_UNIT = re.compile(
    rf"(?:phó\s+)?(?:trưởng (?:thôn|ấp|bản)|hiệu trưởng(?= trường))\s+(?:trường\s+)?[{UPPER_LETTERS}\d]"
)


def _capitalised_office(segment: str) -> str:
    """An office written in lower case after a name, capitalised when it names a
    state body (`ông A, thứ trưởng Bộ Y tế`, `bí thư Huyện ủy Gia Lâm`); a bare
    one stays as written (`ông A, giám đốc một công ty`)."""
    if (
        not segment[:1].islower()
        # (`nguyên Bộ trưởng`, `đại biểu Quốc hội`: read in lower case as written)
        or re.match(r"(?:nguyên|quyền|cựu|tân|đại biểu|người|phát ngôn)\b", segment)
        or not (
            _STATE_BODY.search(segment)
            or _NAMES_A_BODY.search(segment)
            or _HEAD_OF_A_NAMED_UNIT.match(segment)
        )
    ):
        return segment
    capitalised = segment[0].upper() + segment[1:]
    return capitalised if _OFFICE.match(capitalised) else segment


def _second_person(after_and: str) -> bool:
    """Whether the words after `và` in an office start another person's part: a
    lower-case word, an honorific, a family name or an office (not `Du lịch` of
    `Bộ Văn hóa, Thể thao và Du lịch`)."""
    first, _, rest = after_and.partition(" ")
    return (
        not first[:1].isupper()
        or (first in SURNAMES and rest[:1].isupper())
        or bool(re.match(rf"{_INTRODUCING}\b|Đ/c\b|{_DEGREE}\b", after_and))
        or bool(_OFFICE.match(after_and))
    )


_KOREAN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
# A leader's spokesman named after the leader (`người phát ngôn của Tổng thống
# Putin, ông Dmitry Peskov`): the office is the spokesman's.
# (… and a leader's adviser or aide: `cố vấn cấp cao tại Nhà Trắng Kellyanne Conway`)
_SPOKESMAN = re.compile(
    r"(?P<office>(?:[Nn]gười phát ngôn|[Pp]hát ngôn viên|[Tt]hư ký(?: báo chí| cấp cao)?"
    r"|[Pp]hụ tá"
    r"|[Cc]ố vấn(?: (?:cấp cao|kinh tế|an ninh quốc gia|đặc biệt|hàng đầu|trưởng))*"
    r"|[Đđ]ặc phái viên)\s+"
    r"(?:(?:(?:của|tại)\s+)?(?:(?:Tổng thống|Thủ tướng|Chủ tịch|[Cc]hính phủ|Bộ Ngoại giao"
    # (after a comma the honorific may be left out: `phát ngôn viên của Tổng
    # thống, Park Soo-hyun`; the name is then read only if it is a foreign one)
    rf"|Nội các)(?:\s+[{UPPER_LETTERS}][\w'’-]+){{0,4}}?(?:\s*,?\s*(?:ông|bà)\s+"
    r"|(?P<bare>\s*,\s*))"
    # a seat of government stands for its leader: the name may follow it
    r"|(?:Điện Kremlin|Nhà Trắng)(?:\s*,?\s*(?:ông|bà))?\s+)"
    # (a leader the article names in full, by his family name: `phụ tá của Putin
    # Yuri Ushakov`)
    rf"|của\s+(?!Nhà\b|Điện\b|Bộ\b)(?P<whose>[{UPPER_LETTERS}][\w'’-]+)\s+))"
    # (an initial: `ông H. McMaster`; a rank before the name is not part of it:
    # `Người phát ngôn Chính phủ Thái Lan, Tướng Sansern Kaewkamnerd`)
    rf"(?:(?:Tướng|{'|'.join(RANKS)})\s+)?(?P<name>[{UPPER_LETTERS}](?:[\w'’-]+|\.)(?:[ ][{UPPER_LETTERS}][\w'’-]+){{1,3}})"
)
# Offices in lower case that name their holders only in a plural heading
# (opening a sentence: after `bà A,` or in `vợ Tổng thống A` the name is his)
_SPOUSE_BEFORE = re.compile(r"(?:^|[.!?:\n]\s*)Phu nhân\s+$")
_CANDIDATE_BEFORE = re.compile(r"(?:[Ứứ]ng (?:cử )?viên|tranh cử)\s+$")
_PLURAL_ONLY = frozenset(
    {"tổng thống", "thượng nghị sĩ", "thượng nghị sỹ", "thủ tướng", "ngoại trưởng"}
    | {"nghị sĩ", "nghị sỹ", "hạ nghị sĩ", "hạ nghị sỹ", "đại sứ", "quốc vương"}
    | {"chánh văn phòng", "tham mưu trưởng"}
)
_PLURAL_BEFORE = re.compile(
    r"\b(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Nn]hững|\d+)\s+(?:cựu\s+)?$"
)
# A foreign name in a list: capitalised words, initials and particles, not a
# Vietnamese one (those are read by the list rule of `_find_leaders`).
_LISTED_FOREIGN_NAME = re.compile(
    rf"[{UPPER_LETTERS}][\w'’-]*(?:[ ]+(?:[A-Z]\.|{_FOREIGN_PARTICLE}|[{UPPER_LETTERS}][\w'’-]*)){{1,3}}"
    rf"(?![\w])"
)


def _foreign_leaders(
    text: str, spans: list[tuple[int, int, int]]
) -> list[LeaderMention]:
    """Officials of other countries and bodies, named with their office.

    Only around runs of capitalised words that hold a non-Vietnamese word: the
    pattern is costly to try at every position of every article.
    """
    found = []
    matches = (
        match
        for start, end, _ in spans
        for match in _foreign_pattern().finditer(text, max(0, start - 90), end + 60)
        if match.start("name") < end
        and start < match.end("name")
        or match.start("name") == start
    )
    for match in matches:
        office = re.sub(
            r"^(?:(?:Quyền|Tân|tân)\s+)?(?:[Pp]hó\s+)?", "", match.group("office")
        )
        if re.match(r"(?:(?:Quyền|Tân|tân)\s+)?Phó\s", match.group("office")):
            office = office[:1].upper() + office[1:]  # `Phó thủ tướng A`: the office
        if office == "Chủ tịch HĐND" and not match.group("place"):
            continue  # a council abroad (`Thủ đô Viêng Chăn`); at home, read as Vietnamese
        plural = _PLURAL_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if _SPOUSE_BEFORE.search(
            text[max(0, match.start() - 24) : match.start()]
        ) and not re.match(r"\s*,?\s*(?:bà|ông)\s", text[match.end("name") :]):
            continue  # `Phu nhân Tổng thống Pháp Brigitte Trogneux`: his wife's name
        if _CANDIDATE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # `ứng cử viên tổng thống Pháp Marine Le Pen`: not (yet) the office
        if (
            # (`bộ trưởng Quốc phòng Mỹ James Mattis`: in lower case, before its
            # country only)
            (office in _PLURAL_ONLY or re.match(r"(?:bộ|thứ) trưởng\b", office))
            and not plural
            # (a party abroad names the chamber: `nghị sĩ đảng Cộng hòa A`)
            and not (
                match.group("place") or match.group("unit") or match.group("party")
            )
        ):
            continue  # `ứng viên tổng thống Marine Le Pen`: only `các tổng thống A, B`
        if (
            match.group("place")
            and "," in text[match.end("place") : match.start("name")]
            and re.search(
                r"(?:chức|làm|thành|cựu)\s+$",
                text[max(0, match.start() - 12) : match.start()],
            )
        ):
            continue  # `nhậm chức Bộ trưởng Quốc phòng Mỹ, Donald Trump ký …`
        if match.group("comma_honorific") and (
            re.match(r"\s*(?:,|[-–])\s*(?:[Pp]hó\s+)?[A-ZĐ]", text[match.end("name") :])
            or _SOMEONE_ELSES.search(text, max(0, match.start() - 30), match.start())
        ):
            # `báo cáo với Tổng thống Nga, ông A - Tổng Giám đốc …`: A's own;
            # `người phát ngôn của Tổng thống Nga, ông A`: an aide's
            continue
        spans = [w.span() for w in re.finditer(r"\S+", match.group("name"))]
        words = match.group("name").split()
        # `Tổng thống Mỹ Trump`: the country, then a one-word name (not a full one)
        # (`tỉnh Stung Treng` after `Tỉnh trưởng`: a place of two or three words)
        # (`Bộ trưởng Bộ Công Thương Lào Khemmani Pholsena`: the ministry, the
        # country, then the name)
        cut = max(
            (
                k + n
                for k in range(len(words))
                for n in (3, 2, 1)
                if _folded_key(" ".join(words[k : k + n])) in _place_keys()
            ),
            default=0,
        )
        if match.group("unknown"):
            pass  # the place and its country are read: the name follows
        elif (
            (
                match.group("unit")
                # a mayor's city the gazetteer does not know, then the name
                # (`Thị trưởng Bordeaux Alain Juppe`, `Thị trưởng Jakarta Basuki
                # Tjahaja Purnama`)
                or (office.lower() in ("thị trưởng", "đô trưởng") and len(words) >= 3)
            )
            and not match.group("place")
            and not cut
        ):
            # `Thống đốc tỉnh Ulianovsk Aleksei Russkikh`: an unknown place of one
            # word, then the name (`thành phố New York Bill …`: no telling where)
            # (a Korean district, then a name of three syllables: `quận Yongsan
            # Sung Jang Hyun`)
            # (… or a Slavic name of three words: `thành phố Kazanlak Nikolay
            # Zlatanov Dimitrov`)
            longest = (
                4
                if (match.group("unit") or "").lower() == "quận"
                or (len(words) == 4 and not any(is_syllable(w) for w in words))
                else 3
            )
            if not 3 <= len(words) <= longest or re.fullmatch(
                _FOREIGN_PARTICLE, words[1]
            ):
                continue  # (`bang Río de Janeiro`: the place's own particle)
            cut = 1
        elif (
            not (match.group("place") or match.group("party"))
            and not cut
            and office not in _HEAD_OF_STATE
            # an envoy or a minister before a foreign name needs no country
            # (`Đại sứ Bruno Angelet`, `Bộ trưởng Quốc phòng Lloyd Austin`);
            # a chairman does (`Chủ tịch Samsung …` is a firm's)
            and not _ENVOY.match(office)
            # (`Tư lệnh Lực lượng vũ trang Hadi Tjahjanto`: an armed service's head)
            and not (office == "Tư lệnh" and match.group("service"))
            # (`Bộ trưởng Bộ Smart Nation …`: where the ministry's name ends, unknown;
            # a name of Vietnamese words ends before the foreign one: `Bộ trưởng
            # Bộ Quốc phòng Sergey Shoigu`)
            and not re.fullmatch(
                r"(?:Bộ|Thứ|Tổng cục|Cục) trưởng(?! (?:Bộ|Tổng cục|Cục)\b).*", office
            )
            and not (
                re.fullmatch(r"(?:Bộ|Thứ) trưởng Bộ(?: [^\W\d_]+){1,5}", office)
                and all(is_syllable(w) for w in office.split()[3:])
            )
            # (a Korean governor named the Korean way: `Thống đốc Kim Dong-yeon`)
            and not (office == "Thống đốc" and _KOREAN_NAME.fullmatch(" ".join(words)))
            # (`Người phát ngôn Bộ Ngoại giao Heather Nauert`: a ministry's)
            and not match.group("ministry")
            # (`Tổng chưởng lý Jeff Sessions`, `Thống đốc Fukuda Tomikazu`: a name
            # with a word no Vietnamese syllable; a name of four capitalised
            # words may open with a region: `Thống đốc Bicol Al Francis Bichara`)
            and not (
                _PUBLIC_BY_ITSELF.fullmatch(office)
                and not all(is_syllable(w) for w in words)
                and sum(w[:1].isupper() for w in words) <= 3
            )
        ):
            continue
        words = words[cut:]
        name_start = match.start("name") + (spans[cut][0] if cut < len(spans) else 0)
        # `Bộ trưởng Y tế Nguyễn Thanh Longđề nghị`: the source lost a space (a
        # Vietnamese name, read as such below; `Olivier Véran` is not glued)
        for i, word in enumerate(words if words and words[0] in SURNAMES else ()):
            if unglue(word) != word:
                words = words[:i] + [unglue(word)]
                break
        while words and (
            words[-1] in NOT_NAME_ENDINGS or re.fullmatch(_FOREIGN_PARTICLE, words[-1])
        ):
            words.pop()
        while words and words[-1] in _TIME_WORDS:
            words.pop()  # `… Vladimir Putin  Ngày 7.7`: a caption, then the next sentence
        # `Tổng thống Mỹ Donald Trump Hiện …`: a caption's name, then a sentence's
        # first word (a marked Vietnamese syllable after a foreign name)
        while (
            len(words) > 1
            and not words[-1].isascii()
            and is_syllable(words[-1])
            # (not a transliteration's syllables: `Tê-ri-xa Mây`)
            and any(not is_syllable(w) and "-" not in w for w in words[:-1])
        ):
            words.pop()
        if _FIRM_WORDS.intersection(words):
            continue  # `Chủ tịch Mỹ Lan Group`: a firm's
        while words and (words[0] in NOT_NAME_ENDINGS or words[0] == "Tướng"):
            words = words[1:]  # `Theo Roi-tơ`: "according to Reuters"; `…, Tướng A`
        # a rank capitalised twice (`…, Trung Tá Sombit Ghosh`) or a body's
        # abbreviation (`Thống đốc BoC Stephen S. Poloz`) before the name
        while len(words) > 2:
            if " ".join(words[:2]).lower() in _RANKS_LOWER:
                words = words[2:]
            elif re.fullmatch(r"[A-Z][a-z]?[A-Z]{1,4}", words[0]):
                words = words[1:]
            else:
                break
        if len(words) > 2 and words[0] in ("U", "Daw"):
            words = words[1:]  # Burmese honorifics: `Tổng thống Myanmar U Win Myint`
        # Malay honorifics (`Thủ tướng Malaysia Dato’ Sri Ismail Sabri bin Yaakob`)
        # and Cambodian ones (`Thủ tướng Campuchia Samdech Techo Hun Sen`)
        while len(words) > 1 and _HONORIFIC_WORD.fullmatch(words[0]):
            words = words[1:]
        if words and re.fullmatch(rf"[{UPPER_LETTERS}]\.?", words[-1]):
            continue  # `Tổng thống U-crai-na P. Pô-rô-sen-cô`: a country, an initial
        if (
            office in ("Tổng Bí thư", "Chủ tịch nước")
            and not match.group("place")
            and all(is_syllable(p) for w in words for p in w.split("-"))
        ):
            continue  # `Tổng Bí thư Trường Chinh-người cộng sản`: a Vietnamese one
        initialled = len(words) == 1 and _INITIALLED.fullmatch(words[0])
        if (
            (len(words) < 2 and not initialled)
            or (
                words[0] in SURNAMES
                and is_vietnamese_name(words)
                # (after Khmer honorifics the Vietnamese reading finds no office)
                and not re.search(r"Samdech|Techo", text[match.start() : name_start])
            )
        ):
            continue  # Vietnamese-form names (`Lý Hiển Long`) are read as such
        name = " ".join(words).rstrip(".,'’")
        # (`Thứ trưởng Ngoại giao Nga, ông Sergei Ryabkov`: the honorific is no office)
        title = re.sub(
            rf"[\s,]*(?:(?:{_THEN})\s+là|(?:vừa\s+)?bị sa thải)?"
            r"(?:\s*(?<!\w)(?:ông|bà|ngài|Ngài))?[\s,]*$",
            "",
            text[match.start() : name_start],
        ).strip()
        found.append(LeaderMention(name, title, "", name_start))
        # `các Thượng nghị sĩ John McCain, Marco Rubio và Sherrod Brown`: a plural
        # office before a list gives it to every name of the list
        if plural:
            position = name_start + len(name)
            while gap := _LIST_GAP.match(text, position):
                listed = _LISTED_FOREIGN_NAME.match(text, gap.end())
                if not listed or listed.group().split()[0] in SURNAMES:
                    break
                found.append(LeaderMention(listed.group(), title, "", listed.start()))
                position = listed.end()
    return found


# Offices the press writes after a foreign name, often in lower case (`Cui
# Tiankai, đại sứ Trung Quốc tại Mỹ`, `Gary Kohn, cố vấn kinh tế hàng đầu của
# Tổng thống Donald Trump`).
_OFFICES_AFTER_A_FOREIGN_NAME = (
    "cố vấn", "trợ lý", "đại sứ", "đặc phái viên", "đặc sứ", "người phát ngôn",
    "phát ngôn viên", "thị trưởng", "thống đốc", "nghị sĩ", "nghị sỹ", "thượng nghị sĩ",
    "thượng nghị sỹ", "hạ nghị sĩ", "hạ nghị sỹ", "bộ trưởng", "thứ trưởng",
    "ngoại trưởng", "tổng thống", "thủ tướng", "chánh văn phòng", "tư lệnh",
    "tổng thư ký", "thư ký báo chí", "tổng chưởng lý", "giám đốc fbi", "giám đốc cia",
    "giám đốc cơ quan tình báo", "giám đốc cục điều tra liên bang",
    "chủ tịch ủy ban", "chủ tịch hạ viện", "chủ tịch thượng viện",
    # (a province's or a town's head abroad: `Yom Jong-Hyun - Chủ tịch Hội đồng
    # tỉnh Gyeonggi`, `Antonino Camarda, thị trưởng của Castiglione di Sicilia`;
    # a leader's aide: `Mike Dubke, Giám đốc truyền thông của Tổng thống`)
    "tỉnh trưởng", "chủ tịch hội đồng tỉnh", "chủ tịch chính phủ tỉnh",
    "giám đốc truyền thông",
)  # fmt: skip
_OFFICE_AFTER_A_FOREIGN_NAME = re.compile(
    # (the comma lost after an honorific's name: `ông Choi Youngsam Đại sứ …`,
    # checked in `_offices_after_foreign_names`)
    r"(?:\s*,|\s+[-–]|(?P<bare>[ ](?=(?-i:[A-ZĐ]))))\s*(?P<office>(?:(?:cựu|nguyên|tân|nữ)\s+)?(?:phó\s+)?(?i:"
    + trie_alternation(_OFFICES_AFTER_A_FOREIGN_NAME)
    + r"))(?!\w)(?P<rest>[^,.;:()“”\"\n]{0,90})",
    re.IGNORECASE,
)
# An aide's or an adviser's office names whose it is (`của Tổng thống Mỹ`, `của
# ông Trump`, `Nhà Trắng`); a seat of government or a chamber names a state.
_A_LEADERS = re.compile(
    # (`Kellyanne Conway, Trợ lý tổng thống Mỹ`, `Barbara Weisel, Trợ lý Đại diện
    # thương mại Hoa Kỳ`)
    r"^(?:(?:cựu|nguyên)\s+)?(?:[Tt]rợ lý|[Cc]ố vấn)\s+(?:[Tt]ổng thống|[Tt]hủ tướng"
    r"|[Bb]ộ trưởng|[Nn]goại trưởng|Đại diện [Tt]hương mại)|"
    r"\b(?:của|cho)\s+(?:[Tt]ổng thống|[Tt]hủ tướng|[Pp]hó [Tt]ổng thống|[Tt]ổng [Tt]hư ký"
    r"|ông\s+[A-Z])"
    r"|Nhà [Tt]rắng|[Đđ]iện Kremlin|Lầu Năm Góc|Hạ viện|Thượng viện|Quốc hội"
    # (`Kim Ki-choon – cựu chánh Văn phòng Tổng thống`)
    r"|[Vv]ăn phòng (?:[Tt]ổng thống|[Tt]hủ tướng)|Phủ [Tt]ổng thống"
)
# Offices of a province or a town abroad, public whichever it is: Việt Nam has
# no governors, mayors or provincial governments so named (`thị trưởng của
# Castiglione di Sicilia`, `Phó tỉnh trưởng tỉnh Khăm Muộn`).
_LOCAL_OFFICE_ABROAD = re.compile(
    r"(?i:(?:(?:cựu|nguyên|tân)\s+)?(?:phó\s+)?(?:tỉnh trưởng|thị trưởng|thống đốc"
    r"|chủ tịch (?:hội đồng|chính phủ) tỉnh)"
    r"(?:\s+(?:của|tỉnh|bang|thành phố|thị trấn|thủ phủ))?)\s+[A-ZĐ]"
)
_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?:ông|bà|ngài|Ông|Bà|Ngài)\s+$")
_UNIT_BEFORE = re.compile(
    r"(?<!\w)(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Bb]ang|[Tt]hủ đô|[Qq]uận|[Hh]uyện|[Vv]ùng|[Đđ]ảo)\s+$"
)
_SOURCE_BEFORE = re.compile(
    r"(?:[Tt]heo|với|dẫn lời|tờ|báo|hãng|kênh|đài)\s+(?:The\s+)?$"
)
# (firms, clubs and associations: `NOT_AN_OFFICE`)
_NOT_A_STATES = re.compile(r"\b(?:HLV|hãng|giải)\b")


def _offices_after_foreign_names(
    text: str, foreign: list[tuple[int, int, int]], starts: list[int], named: set[str]
) -> list[LeaderMention]:
    """Foreign officials named before their office, which names a state abroad or
    a leader whose aide or adviser they are (`Cui Tiankai, đại sứ Trung Quốc tại
    Mỹ`; not `Hermann Gerland, trợ lý giám đốc của Bayern Munich`)."""
    found = []
    places = _abroad_names()
    for run_at, end, name_at in foreign:
        # (a run stops at a hyphen: `Khalid Al-Falih`)
        if hyphened := re.match(r"(?:-[^\W\d_][\w'’]*)+", text[end : end + 40]):
            end += hyphened.end()
        if name_at < 0:
            # (a run whose odd words glue explains: `Kang Kyung-hwa`)
            if not 2 <= len(text[run_at:end].split()) <= 4:
                continue
            name_at = run_at
        # from the run's start when its first words read as syllables (`Heng Swee
        # Keat`), after a place abroad or an honorific (`Campuchia Heng Samrin`,
        # `Reuters Ông Yoon Young-chan`)
        words = text[run_at:end].split()
        for i, word in enumerate(words):
            if (
                word in HONORIFIC_WORDS
                or word in NOT_NAME_ENDINGS
                or word in _LEADING_HONORIFICS
                or word in _ABROAD
                or word in ("Tướng", *RANKS)
            ):
                words = words[i + 1 :]
                break
        while words and (
            cut := next(
                (
                    n
                    for n in (3, 2, 1)
                    if _folded_key(" ".join(words[:n])) in _place_keys()
                ),
                0,
            )
        ):
            words = words[cut:]
        if len(words) > 4:
            words = text[name_at:end].split()
        while words and words[-1] in NOT_NAME_ENDINGS:
            words.pop()
        # (`ông Choi Youngsam Đại sứ Hàn Quốc`: the office's first word, the
        # comma lost)
        office = len(words) > 2 and _OFFICE.match(text, end - len(words[-1]))
        if office and office.end() > end:
            words.pop()
        name = " ".join(words).rstrip(".,'’")
        if (
            len(words) < 2
            or name in named
            or _FIRM_WORDS.intersection(words)
            or _MEDIA_WORDS.intersection(words)
            or _SOURCE_BEFORE.search(
                text, max(0, end - len(name) - 12), end - len(name)
            )
        ):
            continue  # `Theo Fox News, …`: a source, not a person
        at = text.rindex(name, run_at, end)
        if _UNIT_BEFORE.search(text, max(0, at - 12), at):
            continue  # `lãnh đạo tỉnh Preah Sihanouk, Phó Tỉnh trưởng A`: a place
        after = _OFFICE_AFTER_A_FOREIGN_NAME.match(text, at + len(name))
        if (
            after
            and after.group("bare")
            and not _HONORIFIC_BEFORE.search(text, max(0, at - 6), at)
        ):
            after = None
        if not after or any(
            after.start() <= start < after.end()
            and not re.search(r"\bcủa\b", text[after.start() : start])
            for start in starts
        ):
            continue  # (`Fox News, tân Tổng thống Mỹ Donald Trump`: the next name's)
        # (a window, not the rest of the text: this runs for each foreign name)
        initial = _INITIALLED.search(text, after.start("rest"), after.end() + 40)
        if initial and initial.start() <= after.end() + 2:
            continue  # (`Jared Kushner, Cố vấn An ninh Quốc gia H.R. McMaster`)
        # (the title ends at the sentence's verb, not at whose office it is:
        # `người phát ngôn cho Tổng thống Philippines`)
        verb = next(
            (
                v
                for v in OFFICE_ENDS.finditer(after.group("rest"))
                if v.group().strip() not in _HELD_AT
            ),
            None,
        )
        rest = after.group("rest")[: verb.start()] if verb else after.group("rest")
        title = (after.group("office") + rest).strip()
        state = places.search(title)
        if state and "của" not in title:
            title = title[: state.end()]  # (`Phó thủ tướng Singapore rút lui`)
        office = after.group("office").lower()
        aide = re.search(r"cố vấn|trợ lý", office)
        # whose office it is may come after the sentence's verb (`người phát
        # ngôn cho Tổng thống Philippines`)
        held = after.group("office") + after.group("rest")
        if _NOT_A_STATES.search(held) or NOT_AN_OFFICE.search(held):
            continue
        if aide and "an ninh quốc gia" not in held.lower():
            # (… or a state body abroad: `Chris Oliver, trợ lý quản lý tại Cục
            # Quản lý Đại dương và Khí quyển Quốc gia Mỹ`)
            if not _A_LEADERS.search(held) and not (
                re.search(r"\b(?:Bộ|Cục|Cơ quan)\b", held) and places.search(held)
            ):
                continue  # `cố vấn chiến lược của Hatch!`: whose, unknown
        elif not (
            places.search(held)
            or _A_LEADERS.search(held)
            or re.search(r"an ninh quốc gia|fbi|cia|tình báo", held.lower())
            # (`Maxine Waters, nghị sĩ đảng Dân chủ từ California`)
            or re.search(r"\b[Đđ]ảng (?:Dân chủ|Cộng hòa)\b", held)
            or _LOCAL_OFFICE_ABROAD.match(held)
        ):
            continue  # `nghị sĩ` alone: of no known state
        found.append(
            LeaderMention(
                name, title, "", at, "the office is written after a foreign name"
            )
        )
        named.add(name)
    return found


# Lao names written in Vietnamese syllables (`Phôm Ma Phăn Thạ Lăng Si`, `Bun
# My-Phim Mạ Son`): no family name opens them and each word reads as a
# syllable, so neither the Vietnamese nor the foreign reading finds them. An
# office of a Lao province, or of Laos, right before or after marks them.
_SYLLABLES_WORD = rf"[{UPPER_LETTERS}][{LOWER_LETTERS}]*(?:-[{UPPER_LETTERS}{LOWER_LETTERS}][{LOWER_LETTERS}]*)*"
_LAO_NAME = rf"(?P<name>{_SYLLABLES_WORD}(?:[ ]{_SYLLABLES_WORD}){{2,6}})(?![\w-])"
_LAO_SPELLINGS = (*LAO_PROVINCES, "Lào")
_LAO = trie_alternation(_LAO_SPELLINGS)
_LAO_PLACE = re.compile(rf"(?<!\w)(?:{_LAO})(?!\w)")
# (honorifics and the middle names of Vietnamese names: `Ông Trần Quốc Vượng`)
_NOT_IN_LAO_NAMES = frozenset(
    {"Ông", "Bà", "Cai", "Ngài", "Đồng", "Văn", "Thị", "Quốc", "Hữu", "Đức"}
)
# (`Phó Bí thư, Trưởng ban Tổ chức Tỉnh ủy tỉnh Khăm Muộn A`, `Tỉnh trưởng tỉnh
# Hủa Phăn A`)
_LAO_OFFICE_BEFORE = re.compile(
    rf"(?:(?:tỉnh|[Tt]hủ đô|thành phố|nước|CHDCND)\s+)?(?P<place>{_LAO})\s+{_LAO_NAME}"
)
# (`các đồng chí: A - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Tỉnh trưởng`, `ông A,
# Phó bí thư Tỉnh uỷ, Phó tỉnh trưởng tỉnh Khăm Muộn`)
_LAO_OFFICE_AFTER = re.compile(
    rf"(?:(?<=[:;,\n])|(?<=ông )|(?<=Ông )|(?<=bà )|(?<=Bà )|(?<=ngài )|(?<=Ngài )|(?<=chí ))\s*{_LAO_NAME}"
    r"\s*(?:,|[-–])\s*"
)


# A dignitary abroad, styled `ngài`, named in Vietnamese syllables before the
# office (`ngài Ung Xiên, Quốc vụ khanh …`, `ngài Thống tướng Tia Banh, Phó Thủ
# tướng`): officials at home are `ông` or `đồng chí`, and their names are read
# with their family names.
_DIGNITARY_OFFICE_AFTER = re.compile(
    r"(?<=[Nn]gài )(?:(?:Thống tướng|Đại tướng|Thượng tướng|[Tt]iến s[ỹĩ]|Samdech)\s+)?"
    rf"(?P<name>{_SYLLABLES_WORD}(?:[ ]{_SYLLABLES_WORD}){{1,5}})(?![\w-])\s*(?:,|[-–])\s*"
)


def _leaders_in_vietnamese_syllables(text: str, named: set[str]) -> list[LeaderMention]:
    """Lao officials, and dignitaries styled `ngài`, named in Vietnamese syllables
    beside their office."""
    patterns = []
    if any(place in text for place in _LAO_SPELLINGS):
        patterns += [(_LAO_OFFICE_BEFORE, "before"), (_LAO_OFFICE_AFTER, "after")]
    if "gài " in text:
        patterns.append((_DIGNITARY_OFFICE_AFTER, "styled"))
    # (most articles have neither: the patterns are costly to try everywhere)
    found = []
    for pattern, where in patterns:
        for match in pattern.finditer(text):
            words = match.group("name").split()
            while words and (words[-1] in NOT_NAME_ENDINGS or words[-1] in RANKS):
                words.pop()
            if len(words) < (2 if where == "styled" else 3) or not all(
                is_syllable(part) for w in words for part in w.split("-")
            ):
                continue
            # a Vietnamese name is read as such (`Đại sứ Việt Nam tại Lào Nguyễn
            # Bá Hùng`); a Lao one seldom opens with a Vietnamese family name, and
            # holds neither an honorific nor a Vietnamese name (`Ông Trần A`)
            if (
                words[0] in SURNAMES and len(words) <= 4
            ) or _NOT_IN_LAO_NAMES.intersection(words):
                continue
            name = " ".join(words)
            if where == "before":
                # (the office after `và` is the second person's)
                line_start = max(
                    text.rfind(m, 0, match.start())
                    for m in (".", ";", "\n", ":", " và ")
                )
                office = list(_OFFICE.finditer(text, line_start + 1, match.start()))
                if not office or match.start() - office[-1].end() > 40:
                    continue
                # the chain of offices ending right before the place (`Phó Bí thư,
                # Trưởng ban Tổ chức Tỉnh ủy tỉnh Khăm Muộn A`), not the line's
                # first office (`Chủ tịch UBND tỉnh Nghệ An B tiếp đoàn … do …`)
                start = office[-1].start()
                for earlier in reversed(office[:-1]):
                    if not re.fullmatch(
                        r"[^.;:()\n]{0,40},\s*", text[earlier.end() : start]
                    ):
                        break
                    start = earlier.start()
                title = text[start : match.start("name")].strip(" ,")
            else:
                rest = text[match.end() : match.end() + 160]
                office = _OFFICE.match(rest)
                held = re.split(r"[;.\n]", rest)[0]
                # (the office names Laos or a Lao province, or the heading
                # before the list does, no Vietnamese province named since)
                lao = list(
                    _LAO_PLACE.finditer(
                        text, max(0, match.start() - 250), match.end() + len(held)
                    )
                )
                if not office or (
                    where == "after"
                    and (
                        not lao
                        or (
                            lao[-1].start() < match.start()
                            and find_places(
                                text[lao[-1].end() : match.start()]
                            ).provinces
                        )
                    )
                ):
                    continue
                verb = OFFICE_ENDS.search(held)
                title = (held[: verb.start()] if verb else held).strip()
            # (a longer reading of a name found already replaces it, below)
            if any(n == name or n.endswith(" " + name) for n in named):
                continue
            named.add(name)
            found.append(
                LeaderMention(
                    name,
                    title,
                    "",
                    match.start("name"),
                    "a Lao name in Vietnamese syllables, read from its Lao office"
                    if where != "styled"
                    else "a dignitary abroad styled ngài, named in Vietnamese syllables",
                )
            )
    return found


@lru_cache(maxsize=1)
def _abroad_names() -> re.Pattern:
    """Countries, bodies and seats of government abroad, as words."""
    names = sorted(_ABROAD - _JUST_NAMED, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")


def _doubt(text: str, person: _Person) -> str:
    """What makes a found leader less than certain, if anything."""
    words = person.name.split()
    if _folded_key(" ".join(words[1:])) in _place_keys() and len(words) >= 3:
        return "the given name is also a place's"
    if _PREDICATE.match(text[person.end : person.end + 80]):
        return "the office is given in a predicate (là, làm …)"
    if not person.honorific and len(words) == 2:
        return "a two-word name"
    return ""


# A Lao name transcribed with spaced dashes, given name and family name both in
# parts (`Sẻng - phết Hùng - bun - nhuông`, `Văn – xay Pheng -xum – ma`).
_SPACED_PARTS = (
    rf"[{UPPER_LETTERS}][^\W\d_]*(?:[ ]?[-–][ ]?[{LOWER_LETTERS}][^\W\d_]*)+"
)
_SPACED_NAME = re.compile(rf"(?<!\w){_SPACED_PARTS}(?:[ ]{_SPACED_PARTS})+")
_SPACED_DASH = re.compile(r"[ ]?[-–][ ]?")


def _close_spaced_names(text: str) -> str:
    """The text with each spaced-dash name's dashes and their spaces written as
    hyphens (`Sẻng---phết`): a word of a name, at the same offsets."""
    return _SPACED_NAME.sub(
        lambda m: _SPACED_DASH.sub(lambda d: "-" * len(d.group()), m.group()), text
    )


# A body named after its fields (`Bộ Văn hóa, Thể thao và Du lịch`, `Ủy ban Văn
# hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng`): its commas separate no
# offices, so they are read as a mark of the name (same offsets, put back in titles).
_FIELDS_BODY = re.compile(
    rf"\b(?:Bộ|Sở|Ủy ban|Phòng|Ban|Vụ|Cục|Trung tâm)\s+[{UPPER_LETTERS}][^\W\d_]*"
    rf"(?:\s[{LOWER_LETTERS}][^\W\d_]*)?(?:,\s[{UPPER_LETTERS}][^\W\d_]*"
    rf"(?:\s[{LOWER_LETTERS}][^\W\d_]*)?)+\svà\s[{UPPER_LETTERS}]"
)
_NAME_COMMA = "\u201a"  # a low single quotation mark: no separator to the tagger


def _mask_body_commas(text: str) -> str:
    return _FIELDS_BODY.sub(lambda m: m.group().replace(",", _NAME_COMMA), text)


# An office's `Văn phòng` capitalised twice before its body (`Chủ nhiệm Văn
# Phòng Quốc hội A`) reads as a name `Văn Phòng`: written as the office it is.
_OFFICE_TYPO = re.compile(
    r"(?<=\s)Văn Phòng(?=\s+(?:Quốc hội|Chính phủ|Chủ tịch nước|Trung ương|UBND|HĐND"
    r"|Tỉnh ủy|Thành ủy|Huyện ủy|Bộ\s|Sở\s|Đoàn\s))"
)


def find_leaders(text: str) -> list[LeaderMention]:
    """Find officials named with an office in normalised (not abbreviation-expanded) text."""
    closed = _mask_body_commas(_close_spaced_names(_OFFICE_TYPO.sub("Văn phòng", text)))
    if closed == text:
        return _find_leaders(text)
    # names and titles as written: the closed text keeps every offset
    return [
        LeaderMention(
            text[m.start : m.start + len(m.name)] if "--" in m.name else m.name,
            m.title.replace(_NAME_COMMA, ","), m.province, m.start, m.doubt,
        )
        for m in _find_leaders(closed)
    ]  # fmt: skip


def _find_leaders(text: str) -> list[LeaderMention]:
    people, foreign = _people(text)
    # A foreign name also stands between an office and the next name.
    starts = sorted([p.start for p in people] + [n for _, _, n in foreign if n >= 0])
    # Offices written after a name belong to it, so they cannot also be the
    # office before the next name (the crossing case).
    after: dict[int, str] = {}
    owned: list[tuple[int, int]] = []
    for person in people:
        title, end = _office_after(text, person.end, starts)
        if title:
            after[person.start] = title
            owned.append((person.end, end))
    mentions: list[LeaderMention] = []
    private: set[str] = set()  # names given a firm's or a society's office
    shared = ""  # an office before a name that the next names in a list share
    previous_end = -1
    for person in people:
        title = ""
        found = _office_before(text, person.start, owned, starts)
        if found and _NAMED_AFTER.search(text, max(0, found[1] - 30), found[1]):
            continue  # `được đặt tên Đại tướng Võ Nguyên Giáp`: a road's name
        if found:
            title = found[0]
            if after.get(person.start):
                title = f"{title}, {after[person.start]}"
        elif person.honorific or _syllable_count(person.name) >= 3:
            title = after.get(person.start, "")
        # `nguyên Chủ tịch Quốc hội Nguyễn Văn An, Nguyễn Sinh Hùng`, `các Phó Thủ
        # tướng: A, B và C`: a name right after a listed holder, with no office
        # of its own, holds the same office.
        if (
            not title
            and shared
            and _LIST_GAP.fullmatch(text, previous_end, person.start)
            and not after.get(person.start)
        ):
            title = shared
        listed = found and not after.get(person.start)
        shared = found[0] if listed else (shared if title == shared else "")
        previous_end = person.end
        if title and not _is_public_office(title):
            private.add(person.name)
        if not title or not _is_public_office(title):
            continue
        places = find_places(title).provinces
        mentions.append(
            LeaderMention(
                person.name,
                title,
                places[0].name if places else "",
                person.start,
                _doubt(text, person),
            )
        )
    # names no run holds: an initial (`V.Putin`) or a particle between single
    # words (`Lula da Silva`, `Ursula von der Leyen`)
    unrun = [
        (m.start(), m.end(), m.start())
        for pattern in (_INITIALLED, _PARTICLED)
        for m in pattern.finditer(text)
    ]
    mentions.extend(_foreign_leaders(text, foreign + unrun))
    named = {m.name for m in mentions}
    mentions.extend(
        m
        for m in _introduced(text, people, starts, foreign, owned)
        if m.name not in named
    )
    named = {m.name for m in mentions}
    mentions.extend(_offices_after_foreign_names(text, foreign, starts, named))
    syllabic = _leaders_in_vietnamese_syllables(text, {m.name for m in mentions})
    # (`Ông Phôm Ma Phăn Thạ Lăng Si`: `Ma` opened a Vietnamese reading of its end)
    mentions = [
        m for m in mentions if not any(x.name.endswith(" " + m.name) for x in syllabic)
    ]
    mentions.extend(syllabic)
    mentions.extend(
        LeaderMention(
            m.group("name"),
            re.sub(r"[\s,]*(?:(?<!\w)(?:ông|bà))?\s*$", "", m.group("office")),
            "",
            m.start("name"),
        )
        for m in _SPOKESMAN.finditer(text)
        if m.group("name") not in named
        and not (
            m.group("bare") and all(is_syllable(w) for w in m.group("name").split())
        )
        and (
            not m.group("whose")
            or any(n.endswith(f" {m.group('whose')}") for n in named)
        )
    )
    # `Chủ tịch SHB Đỗ Quang Hiển` … `Chủ tịch Đỗ Quang Hiển ví von`: a bare
    # office of someone the article names with a firm's office is that firm's
    return [
        m
        for m in mentions
        if m.name not in private or not _GENERIC_OFFICE.fullmatch(m.title)
    ]
