"""Find officials named with a title: `Phó Bí thư Thành ủy Nguyễn Văn Phong`.

A leader is a full name (family name first, two to four syllables) joined to an
office: the office before the name (`Chủ tịch UBND TP. Hà Nội - Nguyễn Đức
Chung`, chains like `UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Trường
Lưu`) or after it (`ông Lê Hữu Minh, Quyền Giám đốc Sở Du lịch tỉnh …`).
People without an office (a patient, a singer, `anh Nguyễn Văn A`) are not leaders.

This module reads Vietnamese names and gathers every reading in `find_leaders`;
officials of other countries are read in `leaders_abroad`, and the words both
share (offices, family names, honorifics) live in `leader_vocabulary`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from hoptac.gazetteer import (
    FOREIGN_PLACES,
    SEAS,
    ProvinceGazetteer,
)
from hoptac.matching import WordStartPattern
from hoptac.tagging.leader_names import (
    HIGHLAND_SURNAMES,
    is_syllable,
    is_vietnamese_name,
    unglue,
)
from hoptac.tagging.leader_vocabulary import (
    CHINESE_SURNAMES,
    ENVOY,
    HELD_AT,
    HONORIFIC_WORDS,
    IN_LOWER_CASE,
    LEADING_HONORIFICS,
    LIST_GAP,
    MEDIA_WORDS,
    NAMES_A_BODY,
    NOT_AN_OFFICE,
    NOT_NAME_ENDINGS,
    OFFICE,
    OFFICE_ENDS,
    PHOTO_CREDITS,
    RANKS,
    SOMEONE_ELSES,
    SURNAMES,
    THEN,
    TIME_WORDS,
    LeaderMention,
    folded_key,
    landmark_spellings,
    opens_an_office,
    place_keys,
)
from hoptac.tagging.leaders_abroad import (
    ABROAD,
    INITIALLED,
    PARTICLED,
    SPOKESMAN,
    STATE_FORM,
    foreign_leaders,
    leaders_in_vietnamese_syllables,
    offices_after_foreign_names,
)
from hoptac.tagging.provinces import (
    COMMUNE_WORD,
    SCHOOL_KINDS,
    bare_name,
    find_places,
)
from hoptac.vietnamese import LOWER_LETTERS, UPPER_LETTERS

logger = logging.getLogger(__name__)
_HEADING_OFFICE = re.compile(rf"(?:các|\d+|hai|ba|bốn|năm|sáu)?\s*{IN_LOWER_CASE}")
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
HONORIFIC = re.compile(
    # (not inside a word: `Cục Viễn thông Trần Mạnh Tuấn`)
    r"(?<!\w)(?:ông|bà|đồng chí|Ông|Bà|Đồng chí|[Nn]gài|đ/c|Đ/c|GS|PGS|TS|ThS|BS|GS\.TS|PGS\.TS|TS\.BS"
    r"|BSCKII|BSCKI|ThS\.BS|PGS\.TS\.BS|Thầy|thầy|Cô|cô|các ông|các bà|các đồng chí)[.:]?\s+$"
)
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
# (an Arabic family name with its article, in lower case, goes on a run: `Tổng
# thống Bashar al-Assad`, where `Bashar` alone is no run)
_NAME_RUN = WordStartPattern(
    rf"{_NAME_WORD}(?:[ ]+(?:{_NAME_WORD}|(?:al|el)-[{UPPER_LETTERS}][^\W\d_]*))+"
)
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
# Family names never used as a middle name.
COMMON_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô",
     "Trịnh"]
)  # fmt: skip
# `Trường` ends many names (`Trịnh Xuân Trường`) but opens a school's name
# (`… Nguyễn Văn A Trường mầm non …`): judged by the word after it.
_SCHOOL_AFTER = re.compile(
    r"\s+(?:mầm|tiểu|trung học|đại học|cao đẳng|học|dạy|chuyên|phổ thông|quân sự"
    r"|chính trị|nghề|bồi dưỡng|THPT|THCS|ĐH|CĐ)\b"
)
NOT_PEOPLE = frozenset({"hochiminh", "hanoi"})
# … except the city's namesake, right after his title (`Chủ tịch Hồ Chí Minh`).
_NAMED_BY_TITLE = frozenset({"hochiminh"})
# A predicate that gives the office of the person just named.
_PREDICATE = re.compile(
    r",?\s+(?:\([^()]{0,120}\),?\s+)?"
    # (`ông Gan Kim Yong - người được bổ nhiệm làm …`)
    r"(?:[-–]\s+)?(?:người\s+)?"
    # (`ông Moon Jae-in theo đường lối tự do trở thành …`: his line, then the office)
    r"(?:theo đường lối(?:\s+[^\s,.;]+){1,2}?\s+)?"
    # when the office was held (`ông A, khi đó là Chi cục trưởng …`)
    rf"(?:(?:hiện nay|hiện|nay|đã|vừa|từng|thôi|tiếp tục|sẽ|đang|{THEN}|thời điểm đó)"
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
# An academic or medical degree before a name (`PGS.TS`, `BSCK2`, `NGƯT`)
_DEGREE = (
    r"(?:GS|PGS|TS|ThS|BS|BSCK\w*|NGND|NGƯT|NSND|NSƯT|KTS|LS)(?:\.\s?(?:GS|TS|BS|ThS))*"
)
_DEGREE_AT_END = re.compile(
    r",?\s*(?:GS|PGS|TS|ThS|BS|NGND|NGƯT)(?:\.\s?(?:GS|TS|BS|ThS))*\.?\s*$"
)


@dataclass
class _Person:
    """A full name found in the text, with where it is and how it is introduced."""

    name: str
    start: int
    end: int
    honorific: bool


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
    names.update(p.lower() for p in (*FOREIGN_PLACES, *SEAS, *landmark_spellings()))
    return frozenset(names)


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


def _is_place(words: list[str]) -> bool:
    """Whether words name a place as written (`Giang Thanh Khoa` is a person;
    `Giang Thành` a district)."""
    written = " ".join(words)
    return folded_key(written) in place_keys() and written.lower() in _place_names()


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
    office = next(reversed(list(OFFICE.finditer(before))), None)
    # the office and its body (`Phó Chủ tịch UBND tỉnh Y Ngọc`)
    if office and re.fullmatch(r"[^.,;:!?()“”\"\n]{0,40}", before[office.end() :]):
        return True
    after = re.match(r"\s*[-–,]\s*", text[run.end() : run.end() + 4])
    return bool(after and OFFICE.match(text, run.end() + after.end()))


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
        if titled and start == 0 and folded_key(name) in _NAMED_BY_TITLE:
            return "", name
        if (
            folded_key(name) in NOT_PEOPLE
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
    # … or a school in lower case, its kind capitalised (`Hiệu trưởng trường Mầm
    # non Hoa Mai`: the school's namesake, not its principal)
    rf"|\b[Tt]rường\s+(?:{SCHOOL_KINDS}|[Mm]ẫu giáo|PTDTBT)"
    r"(?:\s+(?:THCS|THPT|chuyên|liên cấp)){0,2}\s+$"
)
# The levels of the youth union (`Thành Đoàn`, `Tỉnh Đoàn`), as a run's prefix.
_UNION_LEVELS = ("Thành", "Tỉnh", "Huyện", "Quận", "Thị")
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
                    folded_key(" ".join(words[named:])) in place_keys()
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
                and OFFICE.match(
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
        if (
            len(words) > 2
            and words == run.group().split(" ")
            and opens_an_office(text, words[-1], run.end())
        ):
            words = words[:-1]
        # `xã Ngọc Lương Ông Phương cho biết`: an honorific before a run's last
        # word opens the next sentence's one-word name (the commune's ends before)
        if len(words) > 2 and words[-2] in ("Ông", "Bà"):
            words = words[:-2]
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
                or re.match(r"[ ]*(?:[.,;:!?()–-]|$)", text[run.end() : run.end() + 3])
                is not None
                or (
                    words[-1] == "Đoàn" and not _DELEGATION_AFTER.match(text, run.end())
                )
            )
        )
        # `Đinh Tiến Dũng Sáng 12/6, …`: a caption, then the next sentence's time
        if (
            len(words) > 3
            and words[-1] in TIME_WORDS
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
            words[0] in CHINESE_SURNAMES
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
            # `các đại biểu Đoàn Việt Nam`: a delegation named by its country or
            # province (`Đoàn Thanh Bình` is a person, though a district's name)
            or (
                words[0] == "Đoàn"
                and (
                    (place := " ".join(words[1:]).lower()) == "việt nam"
                    or place in _big_place_names()
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
        if name.startswith("Đoàn ") and prefix.rpartition(" ")[2] in _UNION_LEVELS:
            continue  # `lãnh đạo Thành Đoàn Vũng Tàu`: a youth union, not Mr Đoàn
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


# Words a name found by `_introduced` opens with and does not keep: honorifics,
# and a caption's photo credit (`Ảnh: Reuters Essam al-Bedaiwi, Thống đốc …`).
_LEADING_WORDS = LEADING_HONORIFICS | PHOTO_CREDITS


@lru_cache(maxsize=1)
def _abroad_office() -> re.Pattern:
    """An office that opens with a public one and names a country or a seat of
    government (`người phát ngôn Nhà Trắng`, `Bộ trưởng Ngoại giao Nga`)."""
    places = sorted(ABROAD, key=len, reverse=True)
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
            (len(words) > 2 and words[0] in _LEADING_WORDS)
            or (
                is_bare
                and (words[0] in NOT_NAME_ENDINGS or words[0] in HONORIFIC_WORDS)
            )
        ):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if is_bare and MEDIA_WORDS.intersection(words):
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
            if before and not SOMEONE_ELSES.search(
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
# A body in brackets right after a name (`Chủ tịch Nguyễn Quốc Hội (CLB Hà Nội)`).
_BODY_IN_BRACKETS = re.compile(r"\s*\(([^()\n]{1,40})\)")
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
        OFFICE.search(part) or _HEADING_OFFICE.fullmatch(part.strip()) for part in parts
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
        for m in OFFICE.finditer(window)
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
    gap = re.sub(STATE_FORM, " ", gap)
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
        r"là\s+(?:(?:ông|bà|đồng chí)\s*)?$",
        gap,
    )
    if held_by:
        held = window[last.start() :]
        if not (
            NAMES_A_BODY.search(held)
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
    if ENVOY.fullmatch(last.group(1)):
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
            # `Đài Tiếng nói Việt Nam`: a broadcaster, no `nói`;
            # bodies for groups of people: `Cục Người có công`, `Ủy ban Nhà nước về
            # người Việt Nam ở nước ngoài`, `Hội … người khuyết tật`)
            rf"\b(?:[Đđ]ăng ký|Tiếng nói|hữu nghị|hội nghị|[Hh]àng không|[Pp]hòng không"
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


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


# An age or a birth year between a name and its office.
_HELD_THEN = re.compile(
    rf"^\s*(?:(?:{THEN}|thời điểm đó)\s+)?(?:đang\s+|hiện\s+)?là\s+"
)
_AGE_IN_BRACKET = re.compile(r"^\s*(?:\d{2} tuổi|[Ss]inh năm \d{4}|SN \d{4})\s*[,;]\s*")
# A degree or a profession written before the office in a candidate's line
# (`Ông Lê Văn Cường (Sinh năm 1978), Bác sĩ y khoa, Phó giám đốc Bệnh viện …`).
_PROFESSION = re.compile(
    r"(?:Bác s[ĩỹ]|Kỹ sư|Thạc s[ĩỹ]|Tiến s[ĩỹ]|Cử nhân|Dược s[ĩỹ]|Kiến trúc sư)"
    r"(?:\s+[^\W\d_]+){0,6}"
)
_AGE_CLAUSE = re.compile(
    r",\s*(?:sinh năm \d{4}|sinh ngày \d{1,2}/\d{1,2}/\d{4}|SN \d{4}|\d{2} tuổi)"
    # (`ông A, sinh ngày 3/6/1961 giữ chức vụ Giám đốc Sở …`: the predicate next)
    r"(?=\s*,|\s+(?:giữ|làm|là)\s)"
)
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
    if held and OFFICE.match(held) and _is_public_office(held):
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
            if OFFICE.match(after, 1)
            and (_STATE_BODY.search(after[:60]) or NAMES_A_BODY.search(after[:60]))
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
            leading = [m for m in OFFICE.finditer(rest) if m.start() > 0]
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
            if OFFICE.match(last.strip()) and leads_into_name:
                rest = head  # that rank or office leads into B's name
            break
    # Chains: `…, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Cà Mau`.
    segments = []
    predicate = _PREDICATE.match(after) is not None
    for segment in rest.split(","):
        # (`Phó chủ tịch, kiêm Tổng thư ký Hiệp hội Thép`: the chain goes on)
        segment = _capitalised_office(re.sub(r"^kiêm\s+", "", segment.strip()))
        if not segments and _PROFESSION.fullmatch(segment):
            continue  # `…, Bác sĩ y khoa, Phó giám đốc Bệnh viện …`: the degree first
        # `chỉ định ông Lee Nak-yon làm thủ tướng`: after a predicate a head of
        # government or a minister in lower case is the office itself
        if predicate and not segments and _HEAD_IN_LOWER_CASE.match(segment):
            segment = segment[0].upper() + segment[1:]
        if not OFFICE.match(segment):
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
            if v.group().strip() not in HELD_AT
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
            or NAMES_A_BODY.search(segment)
            or _HEAD_OF_A_NAMED_UNIT.match(segment)
        )
    ):
        return segment
    capitalised = segment[0].upper() + segment[1:]
    return capitalised if OFFICE.match(capitalised) else segment


def _second_person(after_and: str) -> bool:
    """Whether the words after `và` in an office start another person's part: a
    lower-case word, an honorific, a family name or an office (not `Du lịch` of
    `Bộ Văn hóa, Thể thao và Du lịch`)."""
    first, _, rest = after_and.partition(" ")
    return (
        not first[:1].isupper()
        or (first in SURNAMES and rest[:1].isupper())
        or bool(re.match(rf"{_INTRODUCING}\b|Đ/c\b|{_DEGREE}\b", after_and))
        or bool(OFFICE.match(after_and))
    )


def _doubt(text: str, person: _Person) -> str:
    """What makes a found leader less than certain, if anything."""
    words = person.name.split()
    if folded_key(" ".join(words[1:])) in place_keys() and len(words) >= 3:
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
            and LIST_GAP.fullmatch(text, previous_end, person.start)
            and not after.get(person.start)
        ):
            title = shared
        listed = found and not after.get(person.start)
        shared = found[0] if listed else (shared if title == shared else "")
        previous_end = person.end
        # `Chủ tịch Nguyễn Quốc Hội (CLB Hà Nội)`: a bare office whose body, in
        # brackets after the name, is a club's or a firm's
        body = _BODY_IN_BRACKETS.match(text, person.end)
        if (
            title
            and body
            and _GENERIC_OFFICE.fullmatch(title)
            and NOT_AN_OFFICE.search(body.group(1))
        ):
            title = body.group(1)
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
        for pattern in (INITIALLED, PARTICLED)
        for m in pattern.finditer(text)
    ]
    mentions.extend(foreign_leaders(text, foreign + unrun))
    named = {m.name for m in mentions}
    mentions.extend(
        m
        for m in _introduced(text, people, starts, foreign, owned)
        if m.name not in named
    )
    named = {m.name for m in mentions}
    mentions.extend(offices_after_foreign_names(text, foreign, starts, named))
    syllabic = leaders_in_vietnamese_syllables(text, {m.name for m in mentions})
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
        for m in SPOKESMAN.finditer(text)
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
