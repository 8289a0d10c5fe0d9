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

from hoptac.gazetteer import ProvinceGazetteer
from hoptac.tagging.provinces import SURNAMES, find_places
from hoptac.vietnamese import UPPER_LETTERS, fold_diacritics, fold_key

logger = logging.getLogger(__name__)

# Offices, longest first within the alternation (built below).
OFFICES = (
    "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng",
    "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Bộ trưởng", "Thứ trưởng",
    "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Giám đốc Sở",
    "Phó Giám đốc Sở", "Giám đốc Công an", "Phó Giám đốc Công an",
    "Giám đốc Bệnh viện", "Phó Giám đốc Bệnh viện", "Giám đốc Trung tâm",
    "Phó Giám đốc Trung tâm", "Giám đốc Đại học", "Giám đốc Học viện",
    "Giám đốc Kho bạc", "Giám đốc Ban", "Giám đốc Cảng vụ",
    "Cục trưởng", "Phó Cục trưởng", "Tổng cục trưởng", "Phó Tổng cục trưởng",
    "Vụ trưởng", "Phó Vụ trưởng", "Chánh Văn phòng", "Phó Chánh Văn phòng",
    "Trưởng ban", "Phó Trưởng ban", "Trưởng Ban", "Phó Trưởng Ban", "Chủ nhiệm",
    "Phó Chủ nhiệm", "Viện trưởng", "Phó Viện trưởng", "Chánh án", "Phó Chánh án",
    "Chánh Thanh tra", "Tổng Thư ký", "Tổng Kiểm toán", "Thống đốc", "Phó Thống đốc",
    "Đại sứ", "Tổng Lãnh sự", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Tổng Tham mưu trưởng",
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá",
    "Trưởng Công an", "Trưởng đoàn ĐBQH", "Trưởng Đoàn ĐBQH", "Phó Trưởng đoàn ĐBQH",
    "Trưởng phòng", "Phó Trưởng phòng", "Hiệu trưởng", "Phó Hiệu trưởng",
    "Chủ tịch UBND", "Phó Chủ tịch UBND", "Chủ tịch HĐND", "Phó Chủ tịch HĐND",
    "UVTW Đảng", "UVTW", "UVTƯ Đảng", "UVTƯ", "UVTV", "Ủy viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng", "Ủy viên BCH Trung ương Đảng", "Ủy viên BCH Trung ương",
    "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành Trung ương Đảng", "UV BCT", "Ủy viên BCT",
)  # fmt: skip
# The press capitalises offices unevenly: `Tổng Thư ký` and `Tổng thư ký` are one office.
_SPELLINGS = set(OFFICES) | {
    o.split()[0]
    + " "
    + " ".join(w if w.isupper() else w.lower() for w in o.split()[1:])
    for o in OFFICES
    if " " in o
}
_OFFICE = re.compile(
    r"(?<![\w])(?:(?:Quyền|Nguyên|nguyên)\s+)?("
    + "|".join(re.escape(o) for o in sorted(_SPELLINGS, key=len, reverse=True))
    + r")(?![\w])"
)
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
    ]
)
HONORIFIC = re.compile(
    r"(?:ông|bà|đồng chí|Ông|Bà|Đồng chí|GS|PGS|TS|ThS|BS|GS\.TS|PGS\.TS|TS\.BS)\.?\s+$"
)
HONORIFIC_WORDS = frozenset({"Ông", "Bà", "Đồng chí"})
_NAME_RUN = re.compile(
    rf"(?<![\w])[{UPPER_LETTERS}][^\W\d_]*(?:[ ]+[{UPPER_LETTERS}][^\W\d_]*)*"
)
ORGANISATION_BEFORE = re.compile(
    r"(?:Bệnh viện|bệnh viện|Trường|trường|Học viện|Viện|Đại học|Công ty|Tập đoàn|Ngân hàng"
    r"|Báo|báo|Đài|Nhà máy|Cảng|Quỹ|Chùa|chùa|Đền|đền)\s+$"
)
# Family names never used as a middle name.
COMMON_SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Huỳnh",
        "Phan",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Ngô",
        "Trịnh",
    ]
)
# Words that start the next sentence or list item, never end a name.
NOT_NAME_ENDINGS = frozenset(
    [
        "Theo",
        "Tại",
        "Trong",
        "Ông",
        "Bà",
        "Chủ",
        "Tổng",
        "Cục",
        "Trường",
        "Sở",
        "Bộ",
        "Phó",
        "Các",
        "Những",
        "Ngoài",
        "Sau",
        "Khi",
        "Với",
    ]
)
# Heads of companies, clubs and boards are not public officials.
NOT_AN_OFFICE = re.compile(
    r"HĐQT|Hội đồng quản trị|Tập đoàn|Tổng công ty|Công ty|CLB|Câu lạc bộ|Hội đồng thành viên"
)
NOT_PEOPLE = frozenset({"ho chi minh", "ha noi"})


@dataclass(frozen=True)
class LeaderMention:
    """One official in one article: the name as written and the office it holds."""

    name: str
    title: str
    province: str
    start: int


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """Folded names of every province and district: `Lâm Hà` is a place, not a person."""
    keys = set()
    for province in ProvinceGazetteer.load():
        keys.add(fold_key(province.name))
        for district in province.districts:
            keys.update(district.keywords)
    return frozenset(keys)


def _split_name(run: str, after_organisation: bool = False) -> tuple[str, str] | None:
    """Split a run of capitalised words into (organisation or place, person's name).

    After `Bệnh viện`, `Trường` and the like the run opens with the
    organisation's own name (`Bạch Mai`), so the person's name cannot start it.
    """
    words = run.split()
    for start in range(1 if after_organisation else 0, len(words)):
        size = len(words) - start
        if size < 2 or size > 4:
            continue
        if words[start] not in SURNAMES:
            continue
        if start and fold_key(words[start - 1] + words[start]) in _place_keys():
            continue  # `An Giang Lê Văn Phước`: `Giang` ends a place name here
        if start + 1 < len(words) - 1 and words[start + 1] in COMMON_SURNAMES:
            continue  # `Mai Nguyễn …`: the name starts at the common family name
        name_words = words[start:]
        if name_words[-1] in NOT_NAME_ENDINGS:
            continue
        if any(w.isupper() and len(w) > 1 for w in name_words):
            continue  # `UBND`, `HĐND`: an abbreviation, not a name
        name = " ".join(name_words)
        if (
            fold_diacritics(name).lower() in NOT_PEOPLE
            or fold_key(name) in _place_keys()
        ):
            continue
        return " ".join(words[:start]), name
    return None


def _office_before(text: str, name_start: int) -> tuple[str, int] | None:
    """Return (office as written, its start) that the name right after it holds."""
    window_start = max(0, name_start - 160)
    window = text[window_start:name_start]
    offices = list(_OFFICE.finditer(window))
    if not offices:
        return None
    last = offices[-1]
    gap = window[last.end() :]
    if len(gap) > 75 or re.search(r"[.;:!?()“”\"\n]", gap.replace("TP.", "TP ")):
        return None
    if any(
        word in STOP_WORDS for word in re.findall(r"[^\W\d_]+", gap) if word.islower()
    ):
        return None
    start = last.start()
    # Chains: `UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh` belong to one person.
    for earlier in reversed(offices[:-1]):
        between = window[earlier.end() : start]
        if len(between) < 45 and re.fullmatch(r"[^.;:!?()“”\"\n]*,\s*", between):
            start = earlier.start()
        else:
            break
    title = re.sub(r"[\s,–-]*(?:ông|bà|đồng chí)?\s*$", "", window[start:])
    return title, window_start + start


def _office_after(text: str, name_end: int) -> str:
    """Return the office written after a name (`…, Quyền Giám đốc Sở Du lịch tỉnh X`)."""
    after = text[name_end : name_end + 160]
    match = re.match(r"\s*(?:,|-|–)\s*", after)
    if not match:
        return ""
    rest = after[match.end() :].replace("TP.", "TP ")
    # A dash ends the office unless it joins two capitalised words (`Văn hóa – Thể thao`).
    stop = re.compile(rf"[;:.()“”\"\n]|\s[-–]\s(?![{UPPER_LETTERS}])|\s[-–]$")
    end = stop.search(rest)
    rest = rest[: end.start()] if end else rest
    # Chains: `…, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Cà Mau`.
    segments = []
    for segment in rest.split(","):
        if not _OFFICE.match(segment.strip()):
            break
        segments.append(segment.strip())
    if not segments:
        return ""
    span = re.split(r"\s(?:và|cùng)\s+(?:ông|bà|Ông|Bà)\b", ", ".join(segments))[0]
    words = span.split()
    while words and (words[-1].islower() or words[-1] in "-–"):
        words.pop()  # trailing verbs: `… tỉnh Thừa Thiên Huế đề xuất`
    return " ".join(words)


def find_leaders(text: str) -> list[LeaderMention]:
    """Find officials named with an office in normalised (not abbreviation-expanded) text."""
    mentions: list[LeaderMention] = []
    for run in _NAME_RUN.finditer(text):
        before = text[max(0, run.start() - 14) : run.start()]
        split = _split_name(run.group(), bool(ORGANISATION_BEFORE.search(before)))
        if not split:
            continue
        prefix, name = split
        name_start = run.end() - len(name)
        title = ""
        found = _office_before(text, name_start)
        if found:
            title = found[0]
        elif HONORIFIC.search(before) or prefix in HONORIFIC_WORDS:
            title = _office_after(text, run.end())
        if not title or NOT_AN_OFFICE.search(title):
            continue
        places = find_places(title).provinces
        mentions.append(
            LeaderMention(name, title, places[0].name if places else "", name_start)
        )
    return mentions
