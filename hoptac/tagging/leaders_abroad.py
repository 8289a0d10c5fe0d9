"""Officials of other countries, named with their office: `Tổng thống Mỹ Joe
Biden`, `Cui Tiankai, đại sứ Trung Quốc tại Mỹ`, Lao officials named in
Vietnamese syllables (`Tỉnh trưởng tỉnh Hủa Phăn Phết Sả May Xay Nha Thi Chắc`).

A foreign name is read only beside an office and a state or body abroad: a run
of non-Vietnamese words is no name by itself. `leaders.find_leaders` calls these
readings after the Vietnamese ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hoptac.gazetteer import (
    FOREIGN_PLACES,
    LAO_PROVINCES,
)
from hoptac.matching import trie_alternation
from hoptac.tagging.leader_names import (
    is_syllable,
    is_vietnamese_name,
    unglue,
    unglue_foreign,
)
from hoptac.tagging.leader_vocabulary import (
    ENVOY,
    FIRM_WORDS,
    HELD_AT,
    HONORIFIC_WORDS,
    KHMER_HONORIFICS,
    LEADING_HONORIFICS,
    LIST_GAP,
    MEDIA_WORDS,
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
    capitalisations,
    folded_key,
    opens_an_office,
    place_keys,
)
from hoptac.tagging.provinces import find_places
from hoptac.vietnamese import LOWER_LETTERS, UPPER_LETTERS

# Heads of state and government may be named without their country
# (`Tổng thống Barack Obama`); other offices need it (`Chủ tịch Samsung …` is a firm's).
_HEAD_OF_STATE_OFFICES = (
    "Tổng thống", "Thủ tướng", "Ngoại trưởng", "Quốc vương", "Nhà vua", "Hoàng đế",
    "Thủ hiến", "Thị trưởng", "Tỉnh trưởng", "tỉnh trưởng", "Quận trưởng",
    "Huyện trưởng", "Đô trưởng", "Châu trưởng", "Tổng Bí thư", "Chủ tịch nước",
    "Chủ tịch Hội đồng Nhà nước", *RANKS,
    # (ranks in lower case too: `trung tướng Stephen Townsend`, `trung tá Lori
    # Hodge`; not a bare `tướng`, which sports pages give coaches)
    *(rank.lower() for rank in RANKS),
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
    # a state's leader (`nhà lãnh đạo Kim Jong-un`, `nhà lãnh đạo Aung Suu Kyi`:
    # the fixtures README's deciding case)
    "Nhà lãnh đạo", "nhà lãnh đạo",
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
            capitalisations(office, False) if office[:1].isupper() else {office}
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
    "Bí thư thứ ba", "Chủ tịch Hội đồng", "Lãnh đạo",
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
    r"(?P<office>(?:(?:Quyền|Tân|tân)\s+)?(?:[Pp]hó\s+)?(?:(?:[Bb]ộ trưởng|[Tt]hứ trưởng|Tổng cục trưởng|Cục trưởng|Cao ủy|[Gg]iám đốc (?:Cơ quan|Cục)|Lãnh đạo Cơ quan|Người đứng đầu Cơ quan)(?:\s+(?!"
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
_KHMER_HONORIFIC = "|".join(KHMER_HONORIFICS)
# Malay and Cambodian honorifics, read off a foreign name's words
_RANKS_LOWER = frozenset(rank.lower() for rank in RANKS)
_HONORIFIC_WORD = re.compile(rf"Dato['’]?|Datuk|Seri|Sri|Tan|Tun|{_KHMER_HONORIFIC}")
_FOREIGN_PARTICLE = r"(?:von|der|van|de|da|dos|bin|al|el|la|le|di|du|ibn)"
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
ABROAD = frozenset({*FOREIGN_PLACES, "EU", "Liên hợp quốc", "LHQ", "Liên Hợp Quốc",
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


_AGENCY_DIRECTOR = re.compile(r"[Gg]iám đốc (?:Cơ quan|Cục)\s")


@lru_cache(maxsize=1)
def _one_word_countries() -> frozenset[str]:
    return frozenset(p for p in FOREIGN_PLACES if " " not in p and len(p) >= 5)


@lru_cache(maxsize=4096)
def _misspelt_country(word: str) -> bool:
    """A word one letter longer or shorter than a country's one-word name
    (`Israeel`, `Israeli`, `Phlippines`): a typo or an adjective before a
    leader's name, no part of it. (Not one letter changed: `Angela` is one
    letter off `Angola`, `Susan` off `Sudan`.)"""
    if len(word) < 6 or word in _one_word_countries():
        return False  # (`Marc` is `Maroc` less a letter)
    for country in _one_word_countries():
        if abs(len(country) - len(word)) != 1 or country[0] != word[0]:
            continue
        short, long_ = sorted((word, country), key=len)
        if any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_))):
            return True
    return False


@lru_cache(maxsize=1)
def _foreign_pattern() -> re.Pattern:
    places = sorted(ABROAD, key=len, reverse=True)
    # (`Thủ tướng Nhật Shinzo Abe`: Japan's short name, not `Nhật Bản`'s first
    # word; `tổng thống Hàn Park Geun-hye`: Korea's)
    place = "|".join(re.escape(p) for p in places) + r"|Nhật(?!\s+Bản)|Hàn(?!\s+Quốc)"
    # An envoy's post may be at home (`Đại sứ Mỹ tại Việt Nam Marc Knapper`).
    posts = sorted({*places, *_HOME_POSTS}, key=len, reverse=True)
    post = "|".join(re.escape(p) for p in posts)
    # words of a name share a line: `Donald Trump\nChuyến …` is two lines
    # (`Bộ trưởng Bộ Phát triển Kinh tế Nga Maxim Oreshkin`: the ministry is no name)
    name = (
        rf"(?:{INITIALLED.pattern}|(?!Bộ\s|TP\b){_FOREIGN_NAME_WORD}"
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
        rf"|thứ nhất|cấp cao|tối cao|chính thức(?:\s+của)?|kỳ cựu(?:\s+của)?|(?P<party>(?:[Đđ]ảng\s+)?(?:Dân chủ|Cộng hòa))|nước chủ nhà"
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
        rf"(?:\s*\((?:{place})\)|\s+(?:ở|của|thuộc)\s+(?:{place}))\s+)?)?(?:{STATE_FORM}\s+(?:\([^()]{{1,20}}\)\s+)?)?"
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
        rf"(?:\s+(?:(?:{THEN})\s+là"
        rf"(?:\s+(?:ông|bà|ngài|Ngài))?|ông|bà|ngài|Ngài)(?=\s)"
        # (`Cố vấn an ninh quốc gia Mỹ, ông H. R. McMaster`: checked in
        # `foreign_leaders`, the name may hold an office of its own)
        rf"|,(?:\s*(?P<comma_honorific>ông|bà)(?=\s))?)?\s+"
        # (`Đại sứ Israel tại Liên hợp quốc (LHQ) Danny Danon`)
        rf"(?:(?:về vấn đề|về|tại|ở)\s+(?:{post})(?:\s*\([^()]{{1,20}}\))?\s+)?)?"
        rf"(?:(?:{_KHMER_HONORIFIC}|Ngài)\s+)*"  # honorifics before the name
        rf"(?P<name>{name})"
    )


# A foreign leader by an initial and a family name (`Tổng thống Nga V.Putin`).
# (`V.Soi-blơ`, `E.Sác-lơ`: a transcription's syllables joined by hyphens)
# (two initials: `H.R. McMaster`)
INITIALLED = re.compile(
    # (a Vietnamese letter may be the initial: `Tổng thống Ê.Ma-crông`)
    r"(?<!\w)(?:[A-ZĐÂĂÊÔƠƯ]\.\s?){1,2}[A-ZĐ][^\W\d_]+(?:-[^\W\d_]+)*(?!\w|\.\w)"
)
PARTICLED = re.compile(
    rf"(?<!\w)[{UPPER_LETTERS}][\w'’-]+(?:[ ]{_FOREIGN_PARTICLE})+[ ][{UPPER_LETTERS}][\w'’-]+"
)
# The full names of states and ruling parties before a country's short name
# (`Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào`, `Tổng Bí thư Đảng Nhân dân Cách
# mạng Lào`).
STATE_FORM = (
    r"(?:Hợp ch[ủú]ng quốc|Cộng hòa(?i:(?: dân chủ nhân dân| nhân dân| liên bang| dân chủ| thống nhất"
    r"| xã hội chủ nghĩa| hồi giáo)?)|CHDCND|Vương quốc|Liên bang|Đảng Nhân dân Cách mạng|Đảng Cộng sản"
    r"|Đảng|CHDC|[Ll]iên [Bb]ang)"
)
_HOME_POSTS = (
    "Việt Nam", "Hà Nội", "TP.HCM", "TP. Hồ Chí Minh", "TP Hồ Chí Minh",
    "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng",
)  # fmt: skip
_KOREAN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
# A leader's spokesman named after the leader (`người phát ngôn của Tổng thống
# Putin, ông Dmitry Peskov`): the office is the spokesman's.
# (… and a leader's adviser or aide: `cố vấn cấp cao tại Nhà Trắng Kellyanne Conway`)
SPOKESMAN = re.compile(
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
# (… or an election: `cuộc bầu cử tổng thống Donald Trump thắng`)
_CANDIDATE_BEFORE = re.compile(
    r"(?:[Ứứ]ng (?:cử )?viên|tranh cử|bầu cử|chạy đua|cuộc đua)[^\S\n]+$"
)
# (Presidents and senators are named in lower case without their country too,
# `cựu tổng thống Barack Obama`, unless a candidate is: `_CANDIDATE_BEFORE`.)
_PLURAL_ONLY = frozenset(
    {"thủ tướng", "ngoại trưởng", "nghị sĩ", "nghị sỹ", "hạ nghị sĩ", "hạ nghị sỹ"}
    | {"đại sứ", "quốc vương", "chánh văn phòng", "tham mưu trưởng"}
)
_PLURAL_BEFORE = re.compile(
    r"\b(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Nn]hững|\d+)\s+(?:cựu\s+)?$"
)
# A foreign name in a list: capitalised words, initials and particles, not a
# Vietnamese one (those are read by the list rule of `_find_leaders`).
# Capitals only (`AFP`, `TTXVN`), or two before small letters (`TTXViệt`): an
# agency's or a paper's credit, no word of a name; Roman numerals aside.
_CREDIT_WORD = re.compile(
    rf"(?![IVXLC]+\b)[{UPPER_LETTERS}]{{2,}}(?:[{LOWER_LETTERS}][\w]*)?[.,:]?"
)
_LISTED_FOREIGN_NAME = re.compile(
    rf"[{UPPER_LETTERS}][\w'’-]*(?:[ ]+(?:[A-Z]\.|{_FOREIGN_PARTICLE}|[{UPPER_LETTERS}][\w'’-]*)){{1,3}}"
    rf"(?![\w])"
)


def foreign_leaders(
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
            or SOMEONE_ELSES.search(text, max(0, match.start() - 30), match.start())
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
                if folded_key(" ".join(words[k : k + n])) in place_keys()
            ),
            default=0,
        )
        # (`Thủ tướng Israeel Benjamin Netanyahu`: a country the text misspells)
        if not cut and len(words) >= 2 and _misspelt_country(words[0]):
            cut = 1
        # (`Nhà vua Saudi Arabia Salman`: the place goes on into the run)
        place = match.group("place")
        if place and words and folded_key(f"{place} {words[0]}") in place_keys():
            cut = max(cut, 1)
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
            and not ENVOY.match(office)
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
            # (`cựu giám đốc Cục Điều tra Liên bang (FBI) James Comey`: an
            # agency's director; a firm has no `Cục` or `Cơ quan`)
            and not _AGENCY_DIRECTOR.match(office)
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
        # a credit or a source after a caption's name (`Đại sứ Peru Augusto Morelli
        # TTXVN`, `Donald Trump AFP`, `… TTXViệt Nam`; not a regnal number:
        # `Vua Charles III`), or an honorific opening the next sentence
        # (two capitals inside a name are initials: `Retno LP Marsudi`)
        credit = next(
            (
                i
                for i, w in enumerate(words)
                if i
                and (
                    _CREDIT_WORD.fullmatch(w)
                    and (i == len(words) - 1 or sum(c.isupper() for c in w) > 2)
                    # (… or the next sentence's person: `James Comey Ông Comey`)
                    or w in ("Ông", "Bà")
                )
            ),
            None,
        )
        if credit is not None:
            words = words[:credit]
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
        while words and words[-1] in TIME_WORDS:
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
        # (… or glued to a foreign name: `Bộ trưởng Giáo dục Mỹ Betsy DeVosđã`,
        # `Tổng thống Donald Trumptin tưởng`)
        if len(words) > 1 and words[0] not in SURNAMES and not is_syllable(words[-1]):
            words[-1] = unglue_foreign(words[-1], text, words[-2])
        if FIRM_WORDS.intersection(words):
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
        initialled = len(words) == 1 and INITIALLED.fullmatch(words[0])
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
            rf"[\s,]*(?:(?:{THEN})\s+là|(?:vừa\s+)?bị sa thải)?"
            r"(?:\s*(?<!\w)(?:ông|bà|ngài|Ngài))?[\s,]*$",
            "",
            text[match.start() : name_start],
        ).strip()
        found.append(LeaderMention(name, title, "", name_start))
        # `các Thượng nghị sĩ John McCain, Marco Rubio và Sherrod Brown`: a plural
        # office before a list gives it to every name of the list
        if plural:
            position = name_start + len(name)
            while gap := LIST_GAP.match(text, position):
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
    # checked in `offices_after_foreign_names`)
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


def offices_after_foreign_names(
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
        while len(words) > 2 and words[0] in PHOTO_CREDITS:
            words = words[1:]  # a caption's credit (`Ảnh: Reuters Essam al-Bedaiwi`)
        for i, word in enumerate(words):
            if (
                word in HONORIFIC_WORDS
                or word in NOT_NAME_ENDINGS
                or word in LEADING_HONORIFICS
                or word in ABROAD
                or word in ("Tướng", *RANKS)
            ):
                words = words[i + 1 :]
                break
        while words and (
            cut := next(
                (
                    n
                    for n in (3, 2, 1)
                    if folded_key(" ".join(words[:n])) in place_keys()
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
        if len(words) > 2 and opens_an_office(text, words[-1], end):
            words.pop()
        name = " ".join(words).rstrip(".,'’")
        if (
            len(words) < 2
            or name in named
            or FIRM_WORDS.intersection(words)
            or MEDIA_WORDS.intersection(words)
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
        initial = INITIALLED.search(text, after.start("rest"), after.end() + 40)
        if initial and initial.start() <= after.end() + 2:
            continue  # (`Jared Kushner, Cố vấn An ninh Quốc gia H.R. McMaster`)
        # (the title ends at the sentence's verb, not at whose office it is:
        # `người phát ngôn cho Tổng thống Philippines`)
        verb = next(
            (
                v
                for v in OFFICE_ENDS.finditer(after.group("rest"))
                if v.group().strip() not in HELD_AT
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


def leaders_in_vietnamese_syllables(text: str, named: set[str]) -> list[LeaderMention]:
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
                office = list(OFFICE.finditer(text, line_start + 1, match.start()))
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
                office = OFFICE.match(rest)
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
    names = sorted(ABROAD - _JUST_NAMED, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")
