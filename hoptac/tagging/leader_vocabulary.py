"""The words both readings of leaders share: offices and ranks, family names,
honorifics, the words that end a name or an office, firms' words, and the
mention a reading produces.

One home for each list: `leaders` (officials at home) and `leaders_abroad`
(officials of other countries) read with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hoptac.gazetteer import (
    FOREIGN_PLACES,
    SEAS,
    ProvinceGazetteer,
    load_landmarks,
)
from hoptac.matching import trie_alternation
from hoptac.tagging.provinces import SURNAMES as _VIETNAMESE_SURNAMES
from hoptac.vietnamese import UPPER_LETTERS, fold_key

# Family names that open a person's name: the Vietnamese ones, and Chinese ones
# read the Sino-Vietnamese way that no Vietnamese family name spells (`Đại sứ
# Trung Quốc Hồng Tiểu Dũng`, `Bí thư Châu ủy … Vân Nam Hồng Chính Hoa`, `Thôi
# Thiên Khải`, `Nhậm Quốc Cường`); not those that are common words at a
# sentence's start or in places (`Phòng`, `Thường`, `Bạc`, `Lạc`).
CHINESE_SURNAMES = frozenset({"Hồng", "Hùng", "Thôi", "Nhậm", "Diêm", "Lệnh"})
SURNAMES = _VIETNAMESE_SURNAMES | CHINESE_SURNAMES
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
    # the state's news agency and broadcasters, government agencies by law
    "Tổng Giám đốc TTXVN", "Tổng Giám đốc Thông tấn xã", "Tổng Giám đốc Đài",
    "Tổng Giám đốc VTV", "Tổng Giám đốc VOV",
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
def capitalisations(office: str, first_lower: bool) -> set[str]:
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
NAMES_A_BODY = re.compile(
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
    for form in capitalisations(office, bool(NAMES_A_BODY.search(office)))
}
# Ranks and a few offices the press also writes in lower case before a name
# (`trung tướng Mai Hoàng`, `các đại biểu Quốc hội: A, B`); other offices in lower
# case are mostly generic (`các chủ tịch xã`).
_LOWER_CASE_OFFICES = {r.lower() for r in RANKS} | {
    "đại biểu Quốc hội", "đại biểu quốc hội", "chủ nhiệm Ủy ban", "phó chủ nhiệm Ủy ban",
    "đại biểu", "Đại biểu", "phát ngôn viên", "người phát ngôn",
}  # fmt: skip
# Any office in lower case as a list's heading (`còn có 3 thứ trưởng gồm: A, B`).
IN_LOWER_CASE = trie_alternation({o.lower() for o in (*OFFICES, *_DEPUTIES)} - {"đb"})
# Any office in lower case before the state body it names (`thứ trưởng Bộ GD&ĐT
# Nguyễn Văn Phúc`, `bí thư Huyện ủy …`): the body makes it one.
_BEFORE_A_STATE_BODY = (
    r"(?=\s+(?:Bộ|Sở|Cục|Tổng cục|Chi cục|Vụ|UBND|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy"
    r"|Ban|Phòng|Viện|Văn phòng|Thanh tra|Công an|Kho bạc)\b"
    # … or before the unit it heads (`cựu chủ tịch tỉnh Đồng Nai`)
    r"|\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+[A-ZĐ])"
)
OFFICE = re.compile(
    r"(?<![\w])(?:(?:Quyền|quyền|Nguyên|nguyên|Cựu|cựu|Tân|tân)\s+)?("
    + trie_alternation(_SPELLINGS | _LOWER_CASE_OFFICES)
    + rf"|{IN_LOWER_CASE}(?=\s*(?:gồm|là)?\s*:)"
    + rf"|{IN_LOWER_CASE}{_BEFORE_A_STATE_BODY})(?![\w])"
)


def opens_an_office(text: str, word: str, end: int) -> bool:
    """Whether a name run's last word, ending at `end`, is the first word of an
    office that goes on after the run: the comma after the name was lost
    (`bà Nguyễn Minh Hằng Thứ trưởng Bộ …`, `ông Choi Youngsam Đại sứ …`)."""
    office = OFFICE.match(text, end - len(word))
    return bool(office) and office.end() > end


# The sentence's words after an office and its holder: where the office's text
# ends (`… tỉnh Thừa Thiên Huế đề xuất`, `… cho biết`).
OFFICE_ENDS = re.compile(
    r"\s(?:tiến hành|cho biết|chia sẻ|phát biểu|đề nghị|đề xuất|yêu cầu|chủ trì|bày tỏ"
    r"|nhấn mạnh|khẳng định|đánh giá|thông tin|xác nhận|kiểm tra|tham dự|cảm ơn|lý giải"
    r"|mong muốn|hứa|trình bày|chúc mừng|thăm|dẫn đầu|làm trưởng đoàn"
    r"|kêu gọi|trao đổi|trả lời|thông báo|cũng như|(?<![Tt]iếng\s)nói|đã|đang|sẽ|vừa|cũng|là|được|bị"
    r"|tại|khi|trong|với|theo|để|cho|nên|thì|mà|làm|gặp|tiếp|(?<![Tt]hư\s)(?<![Đđ]ăng\s)ký|trao|tặng|đến|ra|có"
    r"|không|này|đó|hiện|từng|cùng|từ|nêu|nhận|đi|lên|xuống|vào|trả|thừa|ghi|giải|phải|chỉ"
    r"|hy sinh|qua đời|từ trần|giữ chức|đánh trống|cắt băng|dâng hương|thắp hương|khai mạc"
    r"|dự(?! án| toán| báo| thảo| bị| trữ| kiến| khuyết| thi)|vẫn|liền|bèn)(?!\w)"
)
HONORIFIC_WORDS = frozenset({"Ông", "Bà", "Đồng chí", "Thầy"})
# Parts of the day that open a sentence before a date (`Sáng 12/6, …`).
TIME_WORDS = frozenset({"Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày"})
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
# Words of firms' names (`Mỹ Lan Group`, `Cty`).
FIRM_WORDS = frozenset(
    {"Cty", "Group", "Corp", "Corporation", "JSC", "Ltd", "Holdings"}
)
# Heads of companies, clubs, associations and school boards are not public
# officials; nor is an "ambassador" of a brand or a trade. Checked per office in
# a chain: `Phó Chủ tịch Hội Kiến trúc sư, Trưởng Ban Đô thị HĐND TP` holds one.
NOT_AN_OFFICE = re.compile(
    r"HĐQT|Hội đồng [Qq]uản trị|Hội đồng (?:dòng họ|gia tộc)|\b(?:dân lập|tư thục)\b|[Tt]ập [Đđ]oàn|[Tt]ổng [Cc]ông ty|[Cc]ông ty|CLB|Câu lạc bộ"
    r"|[Cc]âu lạc bộ|Hội đồng [Tt]hành viên|Hội đồng [Tt]rường|(?<![Qq]uốc )(?<![Xx]ã )(?<![Ll]ễ )(?<![Đđ]ại )\bHội(?! đồng| nghị| thảo| đàm| ý| họp| chợ| diễn| An\b| nhập| thi\b| trường"
    # the socio-political organisations are part of the state's system, their
    # heads officials by law (Luật Cán bộ, công chức): not societies
    r"| (?:Liên hiệp |LH )?[Pp]hụ nữ| LHPN| [Nn]ông dân| [Cc]ựu chiến binh| CCB)\b|[Hh]iệp [Hh]ội|[Tt]ổng [Hh]ội"
    r"|Đoàn [Ll]uật sư|Đại sứ (?:nghề|kỹ năng|thương hiệu|thiện chí|[Dd]u lịch|[Vv]ăn hóa)"
    r"|Đoàn trường|(?<![Cc]ông sứ )(?<![Tt]ham tán )(?<! nhất )(?<! hai )(?<! ba )Đại sứ quán|[Cc]hỉ huy trưởng (?:công trình|công trường|dự án)|[Ll]ãnh sự quán|Ban [Kk]iểm soát|[Nn]gân hàng(?! [Nn]hà nước)|[Qq]uỹ(?! đất)|Liên đoàn(?! [Ll]ao động)|(?<![Hh]ỗ trợ )(?<![Pp]hát triển )[Dd]oanh nghiệp|Vingroup|\w*Bank\b|\w+Corp\b"
    # `Chủ tịch SSI`, `Chủ tịch FLC`: a firm's initials (not `UBND`, `HĐND`, `MTTQ` …)
    r"|[Cc]hủ [Tt]ịch (?!UB|HĐ|MT|QH|EC\b|CH|TP|LĐ|CĐ)(?:[A-ZĐ]{2,6}\b|[A-Z][a-z]+[A-Z]\w*)"
    # a firm by its abbreviation or its English word (`Chủ tịch CĐ Cty`, `Mỹ Lan Group`)
    rf"|\b(?:{'|'.join(sorted(FIRM_WORDS))}|VFF|VPF|LĐBĐ)\b"
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
# When an office was held (`ông A, khi đó là Chi cục trưởng`, `Tổng thống Mỹ lúc
# bấy giờ là Barack Obama`).
THEN = "khi đó|lúc đó|khi ấy|lúc ấy|lúc bấy giờ"
# Cambodian honorifics before a name (`Samdech Moha Bovor Thipadei Hun Manet`)
KHMER_HONORIFICS = ("Samdech", "Techo", "Akka", "Moha", "Sena", "Padei", "Bovor", "Thipadei")  # fmt: skip
# What separates the names of a list: `A, B`, `A và B`, `A, và B`.
# (`các đại biểu A (Cà Mau), B (Quảng Trị)`: each name may carry its province)
LIST_GAP = re.compile(
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


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """Folded names of provinces, districts and foreign places: not people."""
    keys = set()
    for province in ProvinceGazetteer.load():
        keys.add(fold_key(province.name))
        for district in province.districts:
            keys.update(district.keywords)
            words = district.name.split()
            if len(words) >= 3:  # `Nam Từ Liêm` is also called `Từ Liêm`
                keys.add(fold_key(" ".join(words[1:])))
    keys.update(fold_key(p) for p in (*FOREIGN_PLACES, *SEAS, *landmark_spellings()))
    return frozenset(keys)


def landmark_spellings() -> list[str]:
    """Well-known places (`Ban Quản lý … Yên Tử`): no one's name."""
    return [s for landmark in load_landmarks() for s in landmark.spellings]


# Names repeat within and across articles: fold each once.
folded_key = lru_cache(maxsize=65536)(fold_key)
# Words a name found by `_introduced` may open with and does not keep.
LEADING_HONORIFICS = frozenset({*KHMER_HONORIFICS, "Ngài", "Ông", "Bà"})
# Photo agencies whose credit ends a caption right before the text's next name
# (`Ảnh: Reuters Essam al-Bedaiwi, Thống đốc …`).
PHOTO_CREDITS = frozenset({"Reuters", "AFP", "AP", "EPA", "Getty", "Xinhua", "TTXVN"})
# Words of the foreign press's names: `The Japan Times`, `Nikkei Asian Review`.
MEDIA_WORDS = frozenset(
    {"The", "Times", "Post", "News", "Journal", "Herald", "Daily", "Tribune"}
    | {"Telegraph", "Guardian", "Review", "Agency", "Press", "Today", "Weekly"}
)
# Words before an office that make it another person's: a spokesman, spouse,
# assistant or envoy of its holder.
# (`với sự tham dự của …` introduces the holder; `nhậm chức Tổng thống` is a
# predicate about someone named before.)
SOMEONE_ELSES = re.compile(
    r"(?:(?<!tham dự )(?<!có mặt )(?<!chứng kiến )của|phu nhân|vợ|chồng|con trai|con gái"
    r"|trợ lý|cố vấn|phát ngôn(?: viên)?|thư ký|đại diện cho|người|cựu|và|với|gặp"
    r"|tiếp|chức|làm|thành|hay)\s+$"
)
# Envoys' offices and diplomats' ranks: at home or abroad, they name a state.
ENVOY = re.compile(
    r"(?:Phó )?(?:Đại sứ|Tổng [Ll]ãnh sự|Lãnh sự|Công sứ|Tham tán(?: [Cc]ông sứ)?"
    r"|Bí thư thứ (?:nhất|hai|ba))"
)
# Words in an office that say where or of what it is held, not a verb.
HELD_AT = frozenset({"tại", "trong", "với", "theo", "từ", "cho"})
