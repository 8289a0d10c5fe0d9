"""Find the provinces and districts an article names.

Matching runs on folded text that keeps letter case, so every spelling of a
name (`Thanh Hoá`/`Thanh Hóa`, `Đắk Lắk`/`Đắc Lắc`, NFD or not) meets the same
pattern while `hòa bình` (peace) stays apart from `Hòa Bình` (the province).
Context rules then drop what is not a province here: people's names, streets
and wards, the president's name, places abroad.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from hoptac.gazetteer import (
    FOREIGN_PLACES,
    SEAS,
    District,
    Landmark,
    Province,
    ProvinceGazetteer,
    load_landmarks,
)
from hoptac.matching import WordStartPattern, trie_alternation
from hoptac.vietnamese import canonical_tones, fold_diacritics, fold_key, nfc, toneless

logger = logging.getLogger(__name__)

# `Hồ Chí Minh` alone is the president far more often than the city.
CITY_ONLY_WITH_PREFIX = {"Hồ Chí Minh"}
CITY_PREFIX = re.compile(r"(?:Thanh pho|thanh pho|THANH PHO|TP\.?|Tp\.?)\s*$")
# Words after which a province name names something smaller or not a place.
SMALLER_PLACE = re.compile(
    r"(?:\b(?:xa|phuong|thi tran|ap|thon|ban|(?<![Tt]hanh )(?<!THANH )pho|duong|ngo|hem|khu pho|to dan pho"
    r"|tuyen pho|lang|Lang|song|ben xe|cho|khach san|tau|doi|cau thu|CLB|clb|doi bong)"
    r"|\b(?:ong|ba|anh|chi|em|chau|be|co|chu|bac|cu|thay|dong chi|nghe si|ca si|nhac si"
    r"|NSND|NSUT"
    r"|hoa si|nha van|tac gia|benh nhan|BN|chang|nang)|(?:SHB|\bB\.|\bCLB|\bcau lac bo|\bdoi bong|\bdoi nha"
    # the coal industry's club (`Than Quảng Ninh`; not `Công ty Than …`)
    r"|(?<!ty )(?<!doan )\bThan))\s*$"
)
# The same words as written with their marks: in text with diacritics `cho` (for),
# `có` (has) or `bán` (sells) before a province is not `chợ`, `cô` or `bản`.
_BARE_NAME = r"([A-ZĐ][^\W\d_]*(?:\s[A-ZĐ][^\W\d_]*){1,2})"
BARE_DISTRICT_AFTER = re.compile(
    # after a commune and a comma, the name ending there
    # (not a list: `các phường Yên Thế, Đống Đa` are wards)
    rf"(?<!các )(?<!Các )(?<!những )(?<!\d )"
    rf"\b(?:[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+[A-ZĐ][^\W\d_]*(?:\s[A-ZĐ][^\W\d_]*){{0,2}},\s*"
    rf"{_BARE_NAME}(?![^\W\d_]|\s[A-ZĐ])"
    # or alone in brackets after a word
    rf"|(?<=[^\W\d_])\s\({_BARE_NAME}\)"
)
# `huyện`, `quận` before a province's name: a district of that name
DISTRICT_WORD_BEFORE = re.compile(r"([Hh]uyện|[Qq]uận)\s+$")
# A commune, ward or township as written (`thị xã` is a town, `phố phường` all
# of a city's streets).
COMMUNE_WORD = r"(?:(?<![Tt]hị )(?<!THỊ )[Xx]ã|(?<!phố )[Pp]hường|[Tt]hị trấn)"
SMALLER_PLACE_WRITTEN = re.compile(
    rf"(?:\b(?:{COMMUNE_WORD}|[Ấấ]p|[Tt]hôn|[Bb]ản|(?<![Tt]hành )(?<!THÀNH )[Pp]hố"
    r"|[Đđ]ường|[Xx]a lộ|[Đđ]ại lộ|[Nn]gõ|[Hh]ẻm|[Kk]hu phố|[Kk]hu|[Tt]ổ dân phố|[Tt]uyến phố|[Ll]àng|[Ss]ông"
    r"|[Bb]ến xe|[Cc]hợ|[Kk]hách sạn|[Tt]àu|[Đđ]ội|[Cc]ầu thủ|CLB|clb|[Đđ]ội bóng)"
    r"|\b(?:ông|bà|anh|chị|em|cháu|bé|cô|chú|bác|cụ|thầy|đồng chí|nghệ sĩ|ca sĩ|nhạc sĩ"
    r"|Ông|Bà|Chị|Cháu|Bé|Cô|Chú|Bác|Cụ|Thầy|NSND|NSƯT|Nghệ sĩ|Ca sĩ|Nhạc sĩ"
    r"|họa sĩ|hoạ sĩ|nhà văn|tác giả|bệnh nhân|BN|chàng|nàng|[Tt]ài khoản|nick|nickname)|(?:SHB|\bB\.|\bCLB|\b[Cc]âu lạc bộ|\b[Đđ]ội nhà"
    r"|(?<!ty )(?<!đoàn )\bThan))\s*$"
)
# Words after which a province's name is not the place: a stadium, a regime, a
# Chinese agency (`Quảng Điện`). (A campaign named after a place is fought there:
# `chiến dịch Điện Biên Phủ`; `chiến dịch Hồ Chí Minh` is the president's name,
# which names the city only after `TP`.)
NOT_THE_PLACE_BEFORE = re.compile(
    r"(?:\bsân|[Cc]hính quyền|\bngụy|[Qq]uân đội|\bđội|\bđội tuyển"
    r"|\bCLB|\bclb|[Cc]âu lạc bộ)(?:\s+(?:TP\.?|Thành phố))?\s*$"
)
# Words before a landmark's name that make it the name of something elsewhere: an
# industrial park, a firm or a street may be named after a famous site (`Khu công nghiệp
# Tân Trào` is in Hải Phòng, not at the Tân Trào relic in Tuyên Quang).
NAMED_AFTER_LANDMARK = re.compile(
    r"(?:[Kk]hu [Cc]ông nghiệp|[Cc]ụm [Cc]ông nghiệp|\bKCN|\bCCN|[Cc]ông ty"
    r"|\btàu|\bđường|\bphố)\s*$"
)
# Provinces whose names are also words (`hòa bình`, `thái bình`: peace), and what
# before them makes them a firm's or a hotel's name (`tập đoàn Hòa Bình`).
NAMES_THAT_ARE_WORDS = frozenset({"Hòa Bình", "Thái Bình"})
_FIRM_KIND = r"[Cc]ông ty(?: TNHH| CP| [Cc]ổ phần)?|[Tt]ập đoàn"
FIRM_BEFORE = re.compile(
    rf"(?:{_FIRM_KIND}|[Kk]hách sạn|[Nn]hà hàng"
    # a board of peace (`Hội đồng Hòa Bình về Dải Gaza`)
    r"|[Hh]ội đồng)\s*$"
)
# A school or a firm named after a town (`Trường THCS Thuận An`, `Tập đoàn Thuận
# An`): schools take their commune's or ward's name, which a town elsewhere may
# share, so the bare town names no province there.
# A school's kind after `trường` (the leader reader's too: a school's namesake).
SCHOOL_KINDS = (
    r"[Mm]ầm non|[Tt]iểu học|THCS|THPT|[Tt]rung học(?: cơ sở| phổ thông)?"
    r"|[Pp]hổ thông|PTDTNT|TH"
)
_SCHOOL_OR_FIRM_BEFORE = re.compile(
    rf"(?:[Tt]rường (?:{SCHOOL_KINDS}|MN)|{_FIRM_KIND})\s*$"
)
# A Vietnamese body before a numbered district (`Công an quận 1`).
_VIETNAMESE_BODY_BEFORE = re.compile(
    r"(?:UBND|Ủy ban nhân dân|Công an|CA|Quận ủy|PCCC|TAND|VKSND|Tòa án nhân dân"
    r"|Viện kiểm sát nhân dân|Trung tâm Y tế|Phòng Giáo dục(?: và Đào tạo)?|Phòng GD-ĐT"
    r"|Bệnh viện|Chủ tịch|Bí thư)\s+$"
)
# Numbered urban districts (quận 1 … quận 12) are TP HCM's.
NUMBERED_DISTRICT = re.compile(r"\b[Qq]uận (?:1[0-2]|[1-9])(?![\d/.,]\d)\b")

# A house number before a place's name and a ward or district after it: the
# street named after it (`số 408 Điện Biên Phủ, P11, Q10`; but `Công ty Xây dựng
# Số 2 Đồng Nai` is a firm's number).
HOUSE_NUMBER_BEFORE = re.compile(r"\b(?:[Ss]ố|[Ss]ố nhà)\s+\d+[\w/-]*\s+$")
WARD_AFTER = re.compile(
    r"(?:\s+[A-ZĐ][^\W\d_]*)?\s*,?\s*(?:P\.?\s?\d|[Pp]hường|Q\.?\s?\d|[Qq]uận)"
)
# `Duyên Hải miền Trung`, `Duyên hải Bắc Bộ`: a region of the coast.
REGION_AFTER = re.compile(
    r"\s+(?:[Mm]iền (?:Trung|Bắc|Nam)|(?:Nam|Bắc) Trung Bộ|Bắc Bộ)\b"
)
# A player's name, then the club in brackets, in a squad list.
PLAYER_BEFORE_BRACKET = re.compile(r"[A-ZĐ][^\W\d_]*\s*\([^()\n]{0,20}$")
VENUE_BEFORE_BRACKET = re.compile(
    r"(?:[Ss]ân|CLB|[Cc]âu lạc bộ|[Nn]hà thi đấu|[Cc]ung|tại|ở)\s+[^()\n]{0,30}"
    r"\([^()\n]{0,20}$"
)
SQUAD_LIST_BEFORE = re.compile(
    r"(?:thủ môn|hậu vệ|tiền vệ|tiền đạo)[^.\n:]{0,30}:[^.\n]*$"
)
# Towns whose bare names are more often a word, a firm's or a person's name
# (`bình minh`: dawn; `Nhựa Bình Minh`, a byline's `Bình Minh`): only with a type
# word (`thị xã Bình Minh`).
# (`Sông Cầu` is mostly the river; `Hương Thủy`, `Hương Trà` are mostly women's
# names, reporters' in bylines among them: `Theo Hương Trà / VOV`.)
TOWN_NAMES_THAT_ARE_WORDS = frozenset(
    {"Binh Minh", "Thai Hoa", "Song Cau", "Huong Thuy", "Huong Tra"}
)
FIRM_AFTER = re.compile(r"\s+(?:Group|Corporation|Corp|JSC|Company)\b")
# In a match report a province name is the club unless a place word leads it.
SPORTS_TERMS = (
    "V-League", "V.League", "CLB", "HLV", "cầu thủ", "bàn thắng", "ghi bàn",
    "đội khách", "đội chủ nhà", "tiền đạo", "thủ môn", "trụ hạng", "Cúp Quốc gia",
    "hạng Nhất", "tỷ số", "tỉ số", "cặp đấu", "tứ kết", "bán kết", "trận đấu",
    "giải đấu", "đội bóng", "Sân ",
)  # fmt: skip
PLACE_WORD_BEFORE = re.compile(
    # (`giờ Hà Nội`: the time zone of a match abroad, no club)
    r"(?:tỉnh|[Tt]hành phố|TP\.?|[Tt]hủ đô|\btại|\bở|[Nn]gười dân|địa bàn|quê|\bgiờ)\s*$"
)
# Vietnamese family names (Kinh and the most common of other peoples).
SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Đào",
        "Trương",
        "Lâm",
        "Mai",
        "Tô",
        "Hà",
        "Trịnh",
        "Lưu",
        "Cao",
        "Chu",
        "Tạ",
        "Thái",
        "Lương",
        "Quách",
        "Đoàn",
        "Vương",
        "Kiều",
        "Tống",
        "Lại",
        "Khúc",
        "Giang",
        "La",
        "Châu",
        "Bành",
        "Bạch",
        "Tôn",
        "Thạch",
        "Kim",
        "Tăng",
        "Triệu",
        "Ưng",
        "Đàm",
        "Khổng",
        "Lò",
        "Cầm",
        "Quàng",
        "Lường",
        "Sùng",
        "Giàng",
        "Thào",
        "Hầu",
        "Ksor",
        "Nông",
        "Doãn",
        "Phùng",
        "Lục",
        "Mạc",
        "Cù",
        "Hứa",
        "Nghiêm",
        "Lã",
        "Phí",
        "Từ",
        "Hàn",
        "Đậu",
        "Diệp",
        "Giáp",
        "Tiêu",
        "Ngũ",
        "Khương",
        "Âu",
        "Bế",
        "Đới",
        "Lưu",
        "Chế",
        "Mẫn",
        "Thân",
        "Văn",
        "Viên",
        "Ninh",
        "Kha",
    ]
)
# Rarer family names met in the news (`Chử Xuân Dũng`, `Du Trường Giang`, `Ngụy Phượng Hòa`).
SURNAMES = SURNAMES | frozenset(
    [
        # (`ông Long Văn Sơn, Chủ tịch UBND huyện Hữu Lũng`: each met before
        # `Văn` or `Thị` after ông or bà in the shared corpus; not `Đồng`, `Trà`
        # or `Hán`, which open place names: `Đồng Thắng`, `Trà Bùi`, `Hán Nôm`,
        # nor `Xa`, a syllable of Lao names: `Sai Thong Xa Ya Vong`)
        "Quản",
        "Long",
        "Sái",
        "Lang",
        "Biện",
        "Lư",
        "Mạch",
        "Dư",
        "Chử",
        "Du",
        "Ngụy",
        "Khuất",
        "Nhữ",
        "Ôn",
        "Thiều",
        "Điểu",
        "Quan",
        "Mông",
        "Kpă",
        "Rơ",
        "Siu",
        "Lữ",
        "Tất",
        "Ma",
        "Mã",
        "Lỗ",
        "Trình",
        "Vi",
        "Hoa",
        "Tòng",
        "Sầm",
        "Bàn",
        "Lộc",
        "Hoàng Phủ",
        "Nhan",
        "Mạc",
        "Yên",
        "Uông",
        "Quế",
        "Ngọ",
        "Khang",
        "Tập",
        "Lầu",
        "Mùa",
        "Hờ",
        "Chảo",
        "Tẩn",
        "Phàn",
        "Lềm",
        "Vừ",
        "Ayun",
        # Hmong, Dao and Thai family names of the northern uplands
        # (`Ly Kiều Vân`, `Hạng A Lềnh`, `Vàng A Dính`, `Lù Văn Que`)
        "Ly",
        "Hạng",
        "Vàng",
        "Lù",
        "Thèn",
        "Lèo",
        "Lô",
        "Cấn",
        "Liêu",
        # (`Chẩu Văn Lâm`, `Vì Văn Sơn`, `Điêu Chính Tơ`, `Tráng A Tủa`, `Nịnh Văn Minh`)
        "Chẩu",
        "Hun",  # Cambodian (`Hun Sen`, `Hun Manet`)
        "Cảnh",  # Chinese, read the Sino-Vietnamese way (`Cảnh Sảng`, `Tần Cương`)
        "Tần",
        "Vì",
        "Khằm",
        "Sằm",
        "Điêu",
        "Tráng",
        "Nịnh",
        "Lừu",
        "Xồng",
        # Chinese family names read the Sino-Vietnamese way (`Mạnh Kiến Trụ`)
        "Mạnh",
        "Lật",
        "Giả",
        "Mao",
        "Như",
    ]
)
# Folded, for the folded text provinces are matched in.
# (`Uông` folds like `Ương`: `Bệnh viện Trung Ương Thái Nguyên` names no one.)
FOLDED_SURNAMES = frozenset(fold_diacritics(s).lower() for s in SURNAMES) - {
    "van",
    "than",
    "uong",
}
# Common middle names, folded: `Nguyễn Thị Hà Nam`, `Trần Văn Thái Bình` are people.
MIDDLE_NAMES = frozenset(
    ["van", "thi", "huu", "duc", "cong", "dinh", "quang", "xuan", "ngoc", "minh"]
)
ABROAD = re.compile(
    r"^\s*(?:\(|,\s*|-\s*)?(?:Trung Quoc|TQ|Lao(?! Cai)|Campuchia|Han Quoc)\b"
)
# A landmark's namesake abroad: `Phủ Chủ tịch nước Lào`, `Nhà Quốc hội Campuchia`.
LANDMARK_ABROAD = re.compile(
    # (`cửa khẩu Hữu Nghị Quan`: the Chinese side of the gate)
    r"\s+Quan\b|\s*(?:nước\s+)?(?:Cộng hòa\s+)?(?:CHDCND\s+)?(?:Lào|Campuchia|Trung Quốc|Hàn Quốc"
    r"|Nhật Bản|Thái Lan|Nga|Pháp|Mỹ|Cuba|Myanmar|Singapore|Indonesia|Malaysia|Philippines)\b"
)
# (`huyện đảo`, and `đặc khu` for the island districts from 2025: `đặc khu Phú Quốc`)
_DISTRICT_TYPES = (
    # (a district's party committee names it: `Bí thư Huyện ủy Mèo Vạc`)
    r"(?:huyen dao|Huyen dao|dac khu|Dac khu|Huyen uy|Thi uy|Quan uy|quan|huyen"
    r"|thi xa|thanh pho|TP\.?|Quan|Huyen|Thi xa|Thanh pho)"
)
_CAPITALISED = r"(?:[A-Z][A-Za-z]*)(?:[ ]+[A-Z][A-Za-z]*){0,3}"
DISTRICT_MENTION = WordStartPattern(rf"{_DISTRICT_TYPES}[ ]+({_CAPITALISED})")
# The type word as written: `Đại sứ quán Hoa Kỳ` folds to `quan Hoa` too.
DISTRICT_TYPE_WRITTEN = re.compile(
    r"(?:quận|huyện|thị xã|thành phố|TP\.?|Quận|Huyện|Thị xã|Thành phố|huyện đảo"
    r"|Huyện đảo|đặc khu|Đặc khu|Huyện [uủ][yỷ]|Thị [uủ][yỷ]|Quận [uủ][yỷ])[ ]*$"
)

# A list of districts after one type word: `các huyện Hồng Dân, Phước Long, Đông Hải
# và Hòa Bình` (folded text; each item one to three capitalised words).
_ITEM = r"[A-Z][a-z]*(?:[ ]+[A-Z][a-z]*){0,2}"
# Tried only where a district mention starts (`DISTRICT_MENTION`).
DISTRICT_LIST = re.compile(
    rf"(?:[Qq]uan|[Hh]uyen|[Tt]hi xa|[Tt]hanh pho)[ ]+"
    rf"({_ITEM}(?:(?:[ ]*,[ ]*(?:va[ ]+)?|[ ]+va[ ]+){_ITEM})+)"
)
# A list of communes or wards (`các xã: Phú An, Phú Lâm, Phú Thọ`): every item is
# a commune's name, whatever province or town it is also the name of. Plural only:
# `phường Định Công, Hoàng Mai, Hà Nội` is an address, ward, district, province.
COMMUNE_LIST = WordStartPattern(
    r"(?:cac|nhung|Cac|Nhung|hai|ba|bon|nam|\d+)[ ]+(?:xa|phuong|thi tran)[ ]*:?[ ]+"
    rf"({_ITEM}(?:(?:[ ]*,[ ]*(?:va[ ]+)?|[ ]+va[ ]+){_ITEM})+)"
)
COMMUNE_TYPE_WRITTEN = re.compile(r"(?:xã|phường|thị trấn)[ ]*:?[ ]*$")
# `có 6/8 xã đạt 75% (Long Khánh, Long Phước, …)`: the communes in brackets
COMMUNE_LIST_IN_BRACKETS = WordStartPattern(
    r"(?:cac|nhung|hai|ba|bon|nam|\d+(?:/\d+)?)[ ]+(?:xa|phuong|thi tran)[ ][^()\n]{0,40}\("
    rf"({_ITEM}(?:(?:[ ]*,[ ]*(?:va[ ]+)?|[ ]+va[ ]+){_ITEM})+)\)"
)
COMMUNE_TYPE_IN = re.compile(r"(?:xã|phường|thị trấn) ")
_LIST_SEPARATOR = re.compile(r"[ ]*,[ ]*(?:va[ ]+)?|[ ]+va[ ]+")


@dataclass
class PlaceMentions:
    """Provinces and districts found in one text, in order of first mention."""

    provinces: list[Province] = field(default_factory=list)
    districts: list[tuple[str, District]] = field(
        default_factory=list
    )  # (as written, unit)
    # Decisions the archivist may want to check (`hoptac review`), one line each.
    notes: list[str] = field(default_factory=list)
    # how each province was found: `name`, `landmark Phong Nha`, `unaccented` …
    evidence: dict[str, set[str]] = field(default_factory=dict, repr=False)
    dropped: dict[str, str] = field(default_factory=dict, repr=False)

    def add_province(self, province: Province, how: str = "name") -> None:
        if province not in self.provinces:
            self.provinces.append(province)
        self.evidence.setdefault(province.name, set()).add(how)

    def explain(self) -> None:
        """Write the notes: provinces known only weakly, and those left out."""
        for name, ways in self.evidence.items():
            if all(w.startswith(("landmark", "town")) for w in ways):
                # a landmark or a town named bare (`Thuận An`), no type word: the
                # same name may be a smaller place elsewhere
                self.notes.append(f"Provinces: {name} only from {sorted(ways)[0]}")
            elif ways == {"unaccented"} and fold_diacritics(name) != name:
                self.notes.append(f"Provinces: {name} only written without diacritics")
        for name, why in self.dropped.items():
            if name not in self.evidence:
                self.notes.append(f"Provinces: {name} left out ({why})")


@dataclass(frozen=True)
class _Matchers:
    pattern: WordStartPattern
    by_form: dict[str, Province]
    districts_by_key: dict[str, list[District]]
    province_keys: frozenset[str]
    city_pattern: WordStartPattern
    cities_by_form: dict[str, District]
    landmarks_by_form: dict[str, Landmark]
    not_province_pattern: re.Pattern
    # A form of one word folded from a spelling with marks -> those spellings:
    # the text must be written so (`Huệ`, a person, folds like `Huế`).
    accent_exact: dict[str, tuple[str, ...]]


def _matchers() -> _Matchers:
    return _matchers_for(ProvinceGazetteer.load())


@lru_cache(maxsize=1)
def _matchers_for(gazetteer: ProvinceGazetteer) -> _Matchers:
    # Every spelling comes from the gazetteer (its name and the aliases of
    # `places.toml`), matched folded, as written and in capitals; a province's
    # own name is its, whatever another's alias says (as in the gazetteer).
    by_form: dict[str, Province] = {}
    for province in gazetteer:
        form = fold_diacritics(province.name)
        by_form[form] = by_form[form.upper()] = province
    accent_exact: dict[str, tuple[str, ...]] = {}
    for province in gazetteer:
        forms = {fold_diacritics(spelling) for spelling in province.spellings}
        for spelling in province.spellings:
            form = fold_diacritics(spelling)
            if " " not in form and form != spelling:
                accent_exact[form] = (*accent_exact.get(form, ()), spelling)
                upper = form.upper()
                accent_exact[upper] = (*accent_exact.get(upper, ()), spelling.upper())
        for form in list(forms):
            forms.add(form.upper())
        for form in forms:
            by_form.setdefault(form, province)
    # A form also listed without marks (an archive's `Hue`) may be written so.
    unmarked = {s for p in gazetteer for s in p.spellings if fold_diacritics(s) == s}
    accent_exact = {
        form: spellings
        for form, spellings in accent_exact.items()
        if form not in unmarked and form.title() not in unmarked
    }
    pattern = _word_alternation(by_form)
    districts_by_key: dict[str, list[District]] = {}
    for province in gazetteer:
        for district in province.districts:
            # Bare names only: `quanhoa` is Quan Hóa's own name, not `quận Hóa`.
            bare = {fold_key(district.name), fold_key(bare_name(district.name))} | {
                k
                for k in district.keywords
                if not k.startswith(("thanhpho", "thixa", "quan", "huyen", "district"))
                and not re.fullmatch(r"q\d+", k)
            }
            for key in bare:
                districts_by_key.setdefault(key, [])
                if district not in districts_by_key[key]:
                    districts_by_key[key].append(district)
    province_keys = frozenset(fold_key(p.name) for p in gazetteer)
    # District-level cities and towns are named without a type word (`Phú Quốc`,
    # `Sa Pa`, `Quy Nhơn`); only names of two or more syllables that no province and
    # no other district shares.
    cities: dict[str, list[District]] = {}
    for province in gazetteer:
        for district in province.districts:
            form = fold_diacritics(bare_name(district.name))
            if district.kind in ("Thành phố", "Thị xã") and " " in form:
                cities.setdefault(form, []).append(district)
    cities_by_form = {
        form: found[0]
        for form, found in cities.items()
        if len(found) == 1
        # `Hoàng Mai` is a town of Nghệ An and a district of Hà Nội: neither bare
        and len({d.province_key for d in districts_by_key.get(fold_key(form), ())}) == 1
        and form not in TOWN_NAMES_THAT_ARE_WORDS
        and fold_key(form) not in province_keys
        and form not in by_form
    }
    landmarks_by_form: dict[str, Landmark] = {}
    for landmark in load_landmarks():
        for spelling in landmark.spellings:
            landmarks_by_form.setdefault(fold_diacritics(spelling), landmark)
    # One scan finds cities and landmarks; a landmark's spelling wins a tie.
    city_pattern = _word_alternation({*cities_by_form, *landmarks_by_form})
    # Oceans and places abroad whose names hold a province's (`Thái Bình Dương`).
    # (All of them: a place abroad may also run into a town's name, `phía Đông
    # Triều Tiên`.)
    not_provinces = {fold_diacritics(p) for p in (*SEAS, *FOREIGN_PLACES)}
    # (Also after a hyphen: `châu Á-Thái Bình Dương`, `quan hệ Mỹ-Triều Tiên`.)
    not_province_pattern = re.compile(
        rf"(?<!\w)({trie_alternation(not_provinces)})(?![\w]|-\w)"
    )
    return _Matchers(
        pattern,
        by_form,
        districts_by_key,
        province_keys,
        city_pattern,
        cities_by_form,
        landmarks_by_form,
        not_province_pattern,
        accent_exact,
    )


@lru_cache(maxsize=1)
def _abroad_after() -> re.Pattern:
    """A place abroad right after a district's name: the district is its namesake."""
    places = "|".join(
        re.escape(p) for p in sorted(FOREIGN_PLACES, key=len, reverse=True)
    )
    return re.compile(
        rf"\s*(?:,|-|–|\()\s*(?:tỉnh\s+|nước\s+|thành phố\s+)?(?:{places})\b"
    )


@lru_cache(maxsize=1)
def _landmark_names() -> frozenset[str]:
    return frozenset(landmark.name for landmark in load_landmarks())


@lru_cache(maxsize=1)
def _numbered_abroad() -> re.Pattern:
    """A place abroad right after a numbered district (`quận 16 Paris`)."""
    places = "|".join(
        re.escape(p) for p in sorted(FOREIGN_PLACES, key=len, reverse=True)
    )
    return re.compile(rf"[ ,(]*(?:của |ở |tại )?(?:thủ đô |thành phố )?(?:{places})\b")


@lru_cache(maxsize=1)
def _abroad_spellings() -> frozenset[str]:
    return frozenset(canonical_tones(p).lower() for p in (*SEAS, *FOREIGN_PLACES))


def _abroad_as_written(written: str, a: int, b: int, start: int, end: int) -> bool:
    """Whether the words text[a:b] around a province's name text[start:end] are an
    ocean's or a place abroad's with their marks (or the words outside the
    province's name carry none: `Thái Bình Duong`)."""
    outside = written[: max(0, start - a)] + written[max(0, end - a) :]
    return (
        fold_diacritics(outside) == outside
        or canonical_tones(written).lower() in _abroad_spellings()
        # a tone mistyped in a capitalised word around the whole name (`Thái
        # Bình Dường`; not `Tuyên Quang Chẩu`, which only shares `Quang`)
        or (
            a <= start
            and end <= b
            and all(w[:1].isupper() for w in outside.split())
            and toneless(written) in _abroad_toneless()
        )
    )


@lru_cache(maxsize=1)
def _abroad_toneless() -> frozenset[str]:
    return frozenset(toneless(p) for p in (*SEAS, *FOREIGN_PLACES))


def _written_as_commune(text: str, name: str) -> bool:
    """Whether the text writes this name as a commune's, ward's or township's."""
    return any(
        written.startswith(name)
        and (len(written) == len(name) or not written[len(name)].isalnum())
        for written in _commune_names(text)
    )


@lru_cache(maxsize=4)
def _commune_names(text: str) -> tuple[str, ...]:
    """What the text writes after the words for a commune, ward or township: one
    scan of each text, however many names are asked about."""
    return tuple(m.group(1) for m in _AFTER_COMMUNE_WORD.finditer(text))


_AFTER_COMMUNE_WORD = re.compile(rf"\b{COMMUNE_WORD}\s+(\S+(?:\s\S+){{0,3}})")


def _named_abroad(text: str, name: str) -> bool:
    """Whether the text places a district of this name abroad anywhere: then every
    mention of it is the namesake (`… huyện Phú Ninh, tỉnh Vân Nam …` and later
    `đoàn huyện Phú Ninh`)."""
    return any(
        _abroad_after().match(text, m.end())
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    )


def bare_name(name: str) -> str:
    """`Cao Lãnh (Thành phố)` -> `Cao Lãnh`: the gazetteer tells apart a city and
    a district of one name by their kind; the text names either bare."""
    return re.sub(r"\s*\([^()]*\)$", "", name)


def _alternation(forms) -> re.Pattern:
    return re.compile(rf"(?<![\w-])({trie_alternation(forms)})(?![\w]|-\w)")


def _word_alternation(forms) -> WordStartPattern:
    """`_alternation`'s matches, for scanning a whole text (`matching` says why)."""
    return WordStartPattern(rf"({trie_alternation(forms)})(?![\w]|-\w)", joiners="-")


@lru_cache(maxsize=16384)
def _mark_key(text: str) -> str:
    """Compare spellings by their marks, not by tone placement, case or dashes."""
    key = re.sub(r"[\W_]", "", canonical_tones(nfc(text)).lower())
    return _DAK.sub("đắk", _LAK.sub("lắk", key))


# `Đắk Lắk` is written `Đắc Lắc`, `Đăk Lăk` … by the press and by the state alike.
_DAK = re.compile("đ[ăắ][ck]")
_LAK = re.compile("l[ăắ][ck]")


def _accepted_spellings() -> dict[str, frozenset[str]]:
    """Mark keys of the accented spellings each place name may be written in."""
    return _accepted_spellings_for(ProvinceGazetteer.load())


@lru_cache(maxsize=1)
def _accepted_spellings_for(gazetteer: ProvinceGazetteer) -> dict[str, frozenset[str]]:
    accepted: dict[str, set[str]] = {}
    for province in gazetteer:
        accepted[province.name] = {_mark_key(s) for s in province.spellings}
        for district in province.districts:
            accepted.setdefault(district.name, set()).update(
                (_mark_key(district.name), _mark_key(bare_name(district.name)))
            )
    for landmark in load_landmarks():
        accepted.setdefault(landmark.name, set()).update(
            _mark_key(s) for s in landmark.spellings
        )
    return {name: frozenset(keys) for name, keys in accepted.items()}


def _written_as(written: str, name: str, accented_text: bool = True) -> bool:
    """Whether text written with marks spells this name (`Nhà Trắng` is not `Nha Trang`).

    Text without any marks may be any name that folds alike. In text with marks,
    a name written without them counts only as a listed spelling (`Vung Tau`,
    `Gia Lai`): `NSND Thanh Hoa` is a singer, not Thanh Hóa.
    """
    if fold_diacritics(written) == written and not accented_text:
        return True
    return _mark_key(written) in _accepted_spellings().get(name, ())


def _sports_report(text: str) -> bool:
    """Whether the text reports a match: then `Nam Định` is mostly the club."""
    return sum(term in text for term in SPORTS_TERMS) >= 3


# A club: `Sài Gòn FC`; a results line of a match report: `Hoàng Anh Gia Lai –
# TPHCM: 1-2` (a place word of an expanded abbreviation does not make it a place).
_CLUB_AFTER = re.compile(r"\s+FC\b")
_RESULTS_LINE = re.compile(r"\s[-–]\s.*:\s*\d+\s*[-–]\s*\d+\s*$", re.M)


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


# A road named after the places it joins names none of them (the fixtures'
# decision): a road's word, then capitalised words and dashes up to the name.
_ROAD_BEFORE = re.compile(
    # (`Quốc lộ 1 đoạn Hà Nội-Bắc Giang`, `BOT Hà Nội-Bắc Giang`)
    r"(?:[Cc]ao tốc|[Qq]uốc lộ|[Qq]uãng lộ|\bBOT|[Đđ]ường sắt)"
    r"(?:[ ]+(?:[A-ZĐ][^\s,.;:()]*|[-–]|\d+[A-Z]?|đoạn|tuyến|phố))*[ ]+$"
)
_ROAD_LINK_AFTER = re.compile(r"[ ]*[-–][ ]*[A-ZĐ]")
_ROAD_LINK_BEFORE = re.compile(r"[-–][ ]*$")


# A credit names whose the photo or the text is, not a place (`Ảnh: Báo Ninh
# Bình`, `Ảnh: Hoàng Nam/Báo Hà Tĩnh`, `Nguồn: Báo Thanh Hóa`).
_CREDIT_BEFORE = re.compile(
    r"(?:[Ảả]nh|Nguồn|Video|Clip|Bài)(?:[ ,]+(?:minh họa|ảnh|và ảnh|tư liệu))?[ ]*:"
    r"[ ]*(?:[A-ZĐ][^\s.:;()]*[ /]+){0,3}$"
)
# … and the credit ends with the name (`Ảnh: Đoàn công tác tại Hà Nội` describes)
_CREDIT_END = re.compile(r"[ ]*(?:[)\n]|[.,;]?[ ]*$|[.,;][ ]*\n)")


# `(Báo Quảng Ngãi)- Trong 2 ngày …`: the outlet tags its lead, like `(QNO) -`.
_OUTLET_TAG = re.compile(
    r"\((?:Báo|Đài|Tạp chí|Truyền hình|Cổng thông tin|Cổng TTĐT)\s[^()\n]{1,40}\)\s*[-–]"
)


def _byline_starts(text: str) -> set[int]:
    """Where the last line starts when it holds only a short name: a byline."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    line = stripped[start:].strip(" .-–")
    # `Hải Dương - Đức Anh`: where the reporter files from, then the reporter
    parts = (
        re.split(r"\s[-–]\s", line)
        if line.count(" - ") + line.count(" – ") == 1
        else [line]
    )
    for words in (part.split() for part in parts):
        if not (0 < len(words) <= 3 and all(w[:1].isupper() for w in words)):
            return set()
    if len(parts) == 2 and find_places(parts[1]).provinces:
        return set()  # `Hà Nội - Hải Phòng`: a route, not a reporter
    if start and len(line.split()) > 1:
        return {start}
    return set()


def _is_person(before: str) -> bool:
    # A name never runs across a line break (`An Giang⏎Cà Mau`: two table cells).
    words = before[before.rfind("\n") + 1 :].split()
    if not words:
        return False
    last = words[-1]
    if not last[:1].isupper():
        return False
    if last.lower() in FOLDED_SURNAMES:
        return True
    return (
        len(words) >= 2
        and last.lower() in MIDDLE_NAMES
        and words[-2][:1].isupper()
        and words[-2].lower() in FOLDED_SURNAMES
    )


def find_places(text: str) -> PlaceMentions:
    """Find provinces and districts in normalised, abbreviation-expanded text."""
    folded = fold_diacritics(text)
    if len(folded) != len(text):  # stray combining marks: no offsets to share
        text = folded
    matchers = _matchers()
    found = PlaceMentions()
    gazetteer = ProvinceGazetteer.load()
    sports: list[bool] = []  # decided on the first mention that needs it
    bylines = _byline_starts(text)
    accented = folded != text
    mentions = list(DISTRICT_MENTION.finditer(folded))
    listed = _listed_districts(text, folded, matchers, mentions)
    communes = [
        m.span(1)
        for m in COMMUNE_LIST.finditer(folded)
        if COMMUNE_TYPE_WRITTEN.search(text[m.start() : m.start(1)])
    ] + [
        m.span(1)
        for m in COMMUNE_LIST_IN_BRACKETS.finditer(folded)
        if COMMUNE_TYPE_IN.search(text[m.start() : m.start(1)])
    ]

    def _is_sports_report() -> bool:
        if not sports:
            sports.append(_sports_report(text))
        return sports[0]

    def rejected(match: re.Match, name: str) -> bool:
        """Whether this mention is not the place: a person, street, club, ocean…"""
        start, end = match.span(1)
        before = folded[max(0, start - 40) : start]
        written_before = text[max(0, start - 40) : start]
        if not _written_as(text[start:end], name, accented):
            return True  # `Nhà Trắng` folds like `Nha Trang`
        # `Thái Bình Dương`: looked for around this mention only (a scan of the
        # whole text for every article cost more than all the checks below)
        # A place abroad that overlaps the name and runs past it (`Thái Bình
        # Dương`, `Đông Triều Tiên`); one inside it (`Lào` in `Lào Cai`) is no matter.
        # (In text with marks, as written: `Tuyên Quang Chẩu Văn Lâm` holds no
        # `Quảng Châu`.)
        if any(
            a < end
            and start < b
            and not (start <= a and b <= end)
            and (not accented or _abroad_as_written(text[a:b], a, b, start, end))
            for a, b in (
                m.span()
                for m in matchers.not_province_pattern.finditer(
                    folded, max(0, start - 40), end + 40
                )
            )
        ):
            return True
        # Folded words stand for any marks only in text written without marks.
        smaller = (
            SMALLER_PLACE_WRITTEN.search(written_before)
            if accented
            else SMALLER_PLACE.search(before)
        )
        if smaller or _is_person(before):
            return True
        if any(a <= start < b for a, b, _ in listed):
            return True  # an item of `các huyện A, B, Hòa Bình`: a district
        if any(a <= start < b for a, b in communes):
            return True  # an item of `các xã Phú An, Phú Thọ`: a commune
        if NOT_THE_PLACE_BEFORE.search(written_before):
            return True  # `sân Thanh Hóa`, `chính quyền Sài Gòn`
        if HOUSE_NUMBER_BEFORE.search(written_before) and WARD_AFTER.match(text, end):
            return True  # `số 355 Điện Biên Phủ, P4Q3`: a street of that name
        if REGION_AFTER.match(text, end):
            return True  # `Duyên Hải miền Trung`: the coast, not the town
        # (the name in brackets: `Bửu Ngọc (Đồng Tháp)`, `sân Gò Đậu (Bình Dương)`)
        in_brackets = re.match(r"[^()\n]{0,12}\)", text[end : end + 13]) is not None
        if (
            in_brackets
            and PLAYER_BEFORE_BRACKET.search(written_before)
            and (
                SQUAD_LIST_BEFORE.search(text, max(0, start - 300), start)
                # (in a match report, a player's club; a venue's place stays:
                # `sân Thống Nhất (TP.HCM)`)
                or (
                    _is_sports_report()
                    and not VENUE_BEFORE_BRACKET.search(written_before)
                )
            )
        ):
            return True  # `Bửu Ngọc (Đồng Tháp)` in a squad list: the club
        if not sports:
            sports.append(_sports_report(text))
        line_start = text.rfind("\n", 0, start) + 1
        if _CLUB_AFTER.match(text, end) or _RESULTS_LINE.search(
            text, line_start, _line_end(text, end)
        ):
            found.dropped.setdefault(name, "a club's name")
            return True  # `Sài Gòn FC`, `Hoàng Anh Gia Lai – TPHCM: 1-2`
        if sports[0] and not (
            PLACE_WORD_BEFORE.search(written_before)
            or written_before.endswith("Báo ")
            # (a venue's place in brackets: `trên sân Gò Đậu (Bình Dương)`)
            or (in_brackets and VENUE_BEFORE_BRACKET.search(written_before))
        ):
            found.dropped.setdefault(name, "a club's name in a match report")
            return True  # in a match report `Nam Định` is the club
        if line_start in bylines:
            found.dropped.setdefault(name, "a byline")
            return True
        if (
            # (only a province's or a landmark's name: a city line between two
            # districts of one province, `Cát Linh - Hà Đông`, lies in it; `cao
            # tốc Nội Bài - Hạ Long` names no airport's or bay's province)
            (
                fold_key(name) in matchers.province_keys
                or (
                    name in _landmark_names()
                    and re.search(r"[Cc]ao tốc|[Qq]uốc lộ", written_before)
                )
            )
            and _ROAD_BEFORE.search(written_before)
            and (
                _ROAD_LINK_AFTER.match(text, end)
                or _ROAD_LINK_BEFORE.search(written_before)
            )
        ):
            found.dropped.setdefault(name, "a road named after its ends")
            return (
                True  # `cao tốc Đà Nẵng - Quảng Ngãi`, `Quãng lộ Phụng Hiệp - Cà Mau`
            )
        if _CREDIT_BEFORE.search(written_before) and _CREDIT_END.match(text, end):
            found.dropped.setdefault(name, "a photo or source credit")
            return True  # `Ảnh: Báo Ninh Bình`, `Nguồn: Báo Thanh Hóa`
        if (tag := _OUTLET_TAG.match(text, line_start)) and start < tag.end():
            found.dropped.setdefault(name, "the outlet's tag before the lead")
            return True
        return False

    def how(match: re.Match) -> str:
        written = text[match.start(1) : match.end(1)]
        return (
            "unaccented" if folded[match.start(1) : match.end(1)] == written else "name"
        )

    # Landmarks and district-level cities share one scan of the text; a
    # landmark of one province may hold another's name (`Nhà thi đấu Phú Thọ`
    # is in TP HCM).
    towns = list(matchers.city_pattern.finditer(folded))
    landmark_spans = [
        (m.start(1), m.end(1), landmark.province)
        for m in towns
        if (landmark := matchers.landmarks_by_form.get(m.group(1)))
    ]
    for match in matchers.pattern.finditer(folded):
        province = matchers.by_form[match.group(1)]
        if any(
            a <= match.start(1) and match.end(1) <= b and other != province.name
            for a, b, other in landmark_spans
        ):
            continue
        before = folded[max(0, match.start() - 40) : match.start()]
        after = folded[match.end() : match.end() + 20]
        if province.name in CITY_ONLY_WITH_PREFIX and not CITY_PREFIX.search(before):
            continue
        exact = matchers.accent_exact.get(match.group(1))
        if exact and text[match.start() : match.end()] not in exact:
            continue  # `Huệ` folds like `Huế`
        if rejected(match, province.name) or ABROAD.match(after):
            continue
        if not re.search(
            r"(?:[Tt]ỉnh|TP\.?|[Tt]hành phố)\s*$",
            text[max(0, match.start(1) - 12) : match.start(1)],
        ) and _written_as_commune(text, text[match.start(1) : match.end(1)]):
            continue  # `Trường Tiểu học Bình Thuận (xã Bình Thuận, huyện Tây Sơn)`
        unit = DISTRICT_WORD_BEFORE.search(
            text[max(0, match.start(1) - 8) : match.start(1)]
        )
        if unit and not any(
            bare_name(d.name) == province.name
            and d.kind.lower() == unit.group(1).lower()
            for d in province.districts
        ):
            continue  # `huyện Hòa Bình` is Bạc Liêu's (the district finder reads it)
        if province.name in NAMES_THAT_ARE_WORDS and (
            FIRM_BEFORE.search(text[max(0, match.start(1) - 30) : match.start(1)])
            or FIRM_AFTER.match(text, match.end(1))
        ):
            continue
        found.add_province(province, how(match))

    for match in towns:
        landmark = matchers.landmarks_by_form.get(match.group(1))
        if landmark:
            written_before = text[max(0, match.start(1) - 30) : match.start(1)]
            if NAMED_AFTER_LANDMARK.search(written_before):
                continue
            if LANDMARK_ABROAD.match(text, match.end(1)):
                continue  # `Phủ Chủ tịch nước Lào`: the one abroad
            if not rejected(match, landmark.name):
                written = text[match.start(1) : match.end(1)]
                found.add_province(gazetteer[landmark.province], f"landmark {written}")
            continue
        district = matchers.cities_by_form[match.group(1)]
        if rejected(match, district.name):
            continue
        if _SCHOOL_OR_FIRM_BEFORE.search(
            text, max(0, match.start(1) - 40), match.start(1)
        ):
            continue  # `Trường Mầm non Tân An` (a ward of Hội An), `Tập đoàn Thuận An`
        if _written_as_commune(text, text[match.start(1) : match.end(1)]):
            continue  # `cảng cá Thuận An` … `thị trấn Thuận An, Phú Vang`: the township
        if all(d is not district for _, d in found.districts):
            found.districts.append((bare_name(district.name), district))
        found.add_province(
            gazetteer[district.province_key], f"town {bare_name(district.name)}"
        )

    for match in mentions:
        if not DISTRICT_TYPE_WRITTEN.search(text[match.start() : match.start(1)]):
            continue  # `Đại sứ quán Hoa Kỳ` folds to `quan Hoa Ky`
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            key = "".join(words[:size]).lower()
            if key in matchers.province_keys:
                break  # `thành phố Hà Nội` names the province, matched above
            candidates = matchers.districts_by_key.get(key)
            if not candidates:
                continue
            # a district's own name over another's former one (`huyện Kỳ Sơn` is
            # Nghệ An's; Hòa Bình's was merged into its city in 2019)
            as_written = text[
                match.start(1) : match.start(1) + len(" ".join(words[:size]))
            ]
            current = [d for d in candidates if bare_name(d.name) == as_written]
            if len(candidates) > 1 and len({d.province_key for d in current}) == 1:
                candidates = current
            if len(candidates) > 1:
                known = [
                    d
                    for d in candidates
                    if gazetteer[d.province_key] in found.provinces
                ]
                # A city and a district of one name in one province (`Cao Lãnh`):
                # the type word as written tells which.
                same = {d.province_key for d in candidates} == {
                    candidates[0].province_key
                }
                written_type = fold_key(text[match.start() : match.start(1)])
                if same:
                    known = [
                        d
                        for d in candidates
                        if fold_key(d.kind) == written_type
                        or (written_type == "tp" and d.kind == "Thành phố")
                    ] or candidates[:1]
                if len(known) != 1:
                    break  # `huyện Châu Thành` is in six provinces: leave it
                candidates = known
            start = match.start(1)
            end = start + len(" ".join(words[:size]))
            if _named_abroad(text, text[start:end]):
                break  # `huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc)`: a county abroad
            _add_district(found, text[start:end], candidates[0], gazetteer)
            break
    for start, end, district in listed:
        _add_district(found, text[start:end], district, gazetteer)
    # `trú xã Quế Long, Quế Sơn`, `Nhà máy VinFast (Cát Hải)`: a district named
    # bare after its commune or in brackets, when no other province has one so named
    for match in BARE_DISTRICT_AFTER.finditer(text):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        if _is_person(text[max(0, match.start(group) - 40) : match.start(group)]):
            continue
        candidates = matchers.districts_by_key.get(fold_key(name), [])
        if (
            len({d.province_key for d in candidates}) == 1
            and _written_as(name, bare_name(candidates[0].name), accented)
            and fold_key(name) not in matchers.province_keys
        ):
            _add_district(found, name, candidates[0], gazetteer)
    # `quận 9`: numbered districts are TP HCM's alone, in an address with a ward
    # or after a Vietnamese body (`Công an quận 1`, `Phòng Cảnh sát PCCC quận 9`;
    # not abroad: `quận 16 Paris`, `Tòa án quận 9` of the United States)
    for numbered in NUMBERED_DISTRICT.finditer(text):
        if not _numbered_abroad().match(text, numbered.end()) and (
            re.search(
                r"\b[Pp]hường\b",
                text[max(0, numbered.start() - 150) : numbered.end() + 150],
            )
            or _VIETNAMESE_BODY_BEFORE.search(
                text, max(0, numbered.start() - 30), numbered.start()
            )
        ):
            found.add_province(gazetteer["ho-chi-minh"], f"district {numbered.group()}")
            break
    found.explain()
    return found


def _add_district(
    found: PlaceMentions, written: str, district: District, gazetteer: ProvinceGazetteer
) -> None:
    """Tag a district mentioned with its type word (or in a list after one), and its province."""
    if all(
        d is not district
        and (bare_name(d.name), d.province_key)
        != (bare_name(district.name), district.province_key)
        for _, d in found.districts
    ):  # `Duyên Hải` the town and the district are one tag
        name = " ".join(w[:1].upper() + w[1:].lower() for w in written.split())
        found.districts.append((name, district))
    found.add_province(gazetteer[district.province_key])


def _listed_districts(
    text: str, folded: str, matchers: _Matchers, mentions: list[re.Match]
) -> list[tuple[int, int, District]]:
    """The items of lists of districts (`các huyện Hồng Dân, Phước Long, Đông Hải,
    Hòa Bình`) that are districts of the one province most of the items are in:
    spans and districts. Such an item is that district, not the province or the
    town elsewhere of the same name (`Hòa Bình`, `Phước Long`)."""
    found = []
    lists = (DISTRICT_LIST.match(folded, m.start()) for m in mentions)
    for match in (m for m in lists if m):
        if not DISTRICT_TYPE_WRITTEN.search(text[match.start() : match.start(1)]):
            continue
        items, at = [], match.start(1)
        for piece in _LIST_SEPARATOR.split(match.group(1)):
            items.append((at, at + len(piece), piece))
            at += len(piece)
            gap = _LIST_SEPARATOR.match(folded, at)
            at = gap.end() if gap else at
        by_province: dict[str, dict[int, District]] = {}
        for i, (_, _, piece) in enumerate(items):
            for district in matchers.districts_by_key.get(fold_key(piece), ()):
                by_province.setdefault(district.province_key, {})[i] = district
        ranked = sorted(by_province.items(), key=lambda kv: len(kv[1]), reverse=True)
        if not ranked or len(ranked[0][1]) < 2:
            continue
        if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
            continue  # as many items in another province: undecided
        for i, district in ranked[0][1].items():
            found.append((items[i][0], items[i][1], district))
    return found
