"""Recognise coverage of cooperation between Vietnamese provinces acting as localities.

An article is cooperation coverage when its title or lead reports one locality
working with another (`visit`), signing or reviewing an agreement or programme
(`agreement`), aiding another (`support`) or taking part in a joint programme,
conference or network of localities (`linkage`). The evidence is read unit by
unit — the title, then the body's sentences — and a unit counts only when it
names two Vietnamese provinces (or one and `tỉnh bạn`, `hai địa phương` …)
together with cooperation wording, the wording is not about a cooperative
(`hợp tác xã`) or a foreign partner, and, for aid, the giver is a locality
rather than the central government. See docs/COOPERATION_LABELLING.md for the
definition the development set was labelled by.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hoptac.tagging.provinces import find_places
from hoptac.vietnamese import expand_abbreviations, normalize_for_matching

if TYPE_CHECKING:
    from hoptac.tagging import Tags

logger = logging.getLogger(__name__)

KINDS = ("visit", "agreement", "support", "linkage")
KIND_SENTENCES = 6  # the event's kind is told within the first few sentences
LEAD_SENTENCES = 3  # cooperation news says so in the title or the first sentences
BODY_SENTENCES = 40  # later sentences only confirm; reading all costs time
MIN_PARTIES = 2

# Cooperation wording by kind, on text in matching form (NFC, `hòa`/`ủy` tones).
_CUES: dict[str, str] = {
    "support": (
        r"hỗ trợ|trao tặng|tặng|ủng hộ|chi viện|giúp đỡ|kết nghĩa|đỡ đầu"
        r"|trợ giúp|xuất quân|tiếp nhận (?:kinh phí|số tiền)|trao kinh phí"
    ),
    "agreement": (
        r"ký kết|ký biên bản|thỏa thuận hợp tác|chương trình hợp tác|bản ghi nhớ"
        r"|biên bản ghi nhớ|sơ kết|tổng kết|kết quả hợp tác|thỏa thuận liên kết"
    ),
    "linkage": (
        r"liên kết(?! chuỗi)|kết nối(?: \w+){0,2} (?:giao thương|cung cầu|cung - cầu|du lịch"
        r"|tiêu thụ)|xúc tiến|diễn đàn|tổ thường trực"
    ),
    "visit": (
        r"làm việc (?:với|tại)|thăm và làm việc|thăm, làm việc|tiếp và làm việc"
        r"|đoàn công tác|đoàn đại biểu|trao đổi kinh nghiệm|học tập kinh nghiệm"
        r"|hội nghị hợp tác|đoàn khảo sát"
    ),
    "generic": r"hợp tác|hai địa phương|hai tỉnh|hai thành phố|2 địa phương|tỉnh bạn",
}
_CUE_PATTERNS = {
    kind: re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    for kind, alternation in _CUES.items()
}
# Wording that looks like cooperation but is not: cooperatives, international
# cooperation, supply chains of firms. Masked before cues are looked for.
_NOT_LOCALITIES = re.compile(
    r"(?<!\w)(?:hợp tác xã|liên minh hợp tác xã|liên minh HTX|HTX|hợp tác quốc tế"
    r"|hợp tác kinh doanh|hợp tác đầu tư nước ngoài|liên kết chuỗi|hỗ trợ kỹ thuật"
    r"|(?:đoàn )?đại biểu Quốc hội|đoàn ĐBQH"
    r"|làm việc với (?:cơ quan|công an|Công an|phóng viên|PV|báo|lực lượng))(?!\w)",
    re.IGNORECASE,
)
# A partner abroad: the unit is about foreign relations, not provinces together.
# Country names that are also Vietnamese given names (`Đức`, `Nga`, `Anh`, `Mỹ`)
# count only in their unambiguous forms.
_COUNTRIES = (
    r"Lào(?! Cai)|Campuchia|Trung Quốc|Nhật Bản|Hàn Quốc|Thái Lan|Singapore|Hoa Kỳ"
    r"|Maroc|Australia|Cuba|Séc|Hồng Kông|Hồng Công|Đài Loan|Myanmar|Ấn Độ"
)
_FOREIGN = re.compile(
    rf"(?<!\w)(?:{_COUNTRIES}|Vân Nam|Quảng Tây|Quảng Đông"
    r"|\((?:Pháp|Nga|Mỹ|Đức|Anh|Ý)\)|Cộng hòa Pháp|Liên bang Nga|CHLB Đức|Vương quốc Anh"
    r"|Tỉnh trưởng|tỉnh trưởng|Đô trưởng|Thị trưởng|Thống đốc tỉnh|Viêng Chăn|Vientiane"
    r"|Champasak|Sê Kông|Sekong|Hủa Phăn|Houaphanh|Xieng Khoang|Khăm Muộn|Savannakhet"
    r"|Attapu|Salavan|Prey Veng|Luang Prabang|nước bạn|hai nước|Việt - Lào|Việt Nam - Lào"
    r"|Việt Nam – Lào|Việt - Nhật|APEC|ASEAN|[Cc]hâu Á - Thái Bình Dương)(?!\w)"
)
# Units about cooperatives, associations or clubs are not about localities.
_NON_LOCALITY_BODIES = re.compile(
    r"(?<!\w)(?:hợp tác xã|HTX|Hợp tác xã|CLB|câu lạc bộ|Câu lạc bộ|Hiệp hội|hiệp hội"
    r"|cơ quan báo chí|Group|Tập đoàn|tập đoàn)(?!\w)"
)
# Offices in a leader's chain of titles that name central bodies without the
# centre acting (`Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội`).
_CENTRAL_TITLES = re.compile(
    r"Ủy viên(?: dự khuyết)? (?:Bộ Chính trị|Ban Chấp hành Trung ương(?: Đảng)?"
    r"|BCH Trung ương(?: Đảng)?|Trung ương(?: Đảng)?|T\.Ư Đảng|TƯ Đảng)"
    r"|Bí thư Trung ương Đảng|(?:Trưởng|Phó Trưởng) đoàn Đại biểu Quốc hội|Đại biểu Quốc hội"
    r"|Trưởng đoàn ĐBQH|Đoàn ĐBQH",
    re.IGNORECASE,
)
# `tỉnh Bình Dương cũ`: a province before the 2025 merger, part of its successor.
_FORMER_UNIT = re.compile(
    r"(?:tỉnh|thành phố|Thành phố|TP\.?)\s+(?:[A-ZĐ]\w*\s+){1,3}cũ\b"
)
# Names that contain a province's name without naming it.
_NOT_PLACES = re.compile(r"Thái Bình Dương|Thai Binh Duong")
_GLUED_NAMES = re.compile(r"(?<=[a-zà-ỹđ])-(?=[A-ZĐ])")
# In a title naming two provinces, working together is said in few words.
_TITLE_TOGETHER = re.compile(
    r"(?<!\w)(?:hợp tác|cùng|chung tay|hợp lực|nghĩa tình)(?!\w)", re.IGNORECASE
)
# Kind hints that are not evidence of cooperation by themselves.
_PROGRAMME_PERIOD = re.compile(r"giai đoạn\s+(?:19|20)\d\d", re.IGNORECASE)
# The central state as the actor: a ministry, the government, the party centre.
_CENTRAL = re.compile(
    r"(?<!\w)(?:Thủ tướng|Phó Thủ tướng|Chính phủ|Trung ương|Bộ trưởng|Thứ trưởng"
    r"|Bộ [A-ZĐ]\w*|Tổng Bí thư|Chủ tịch nước|Quốc hội|Ban Chỉ đạo|Ban chỉ đạo"
    r"|Ban Cứu trợ|Ban Vận động Cứu trợ Trung ương|Tổng cục|Cục [A-ZĐ]\w*|Nhà nước"
    r"|Bạch Mai|Chợ Rẫy|Bệnh viện Trung ương|bệnh viện tuyến trên|tuyến trung ương)(?!\w)"
)
# A province named as where something happens or goes is not the giver of aid.
_DESTINATION = re.compile(
    r"(?<!\w)(?:tại|ở|từ|về|đến|lên|xuống|vào|ra|trên địa bàn)\s+(?:tỉnh\s+|thành phố\s+"
    r"|Thành phố\s+|TP\.?\s*)?[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3}"
)
# Firms as the actor, and the local bodies that make an actor a locality.
_FIRMS = re.compile(r"(?<!\w)(?:doanh nghiệp|[Cc]ông ty|nhà đầu tư|ngân hàng)(?!\w)")
_LOCAL_BODY = re.compile(
    r"(?<!\w)(?:Tỉnh ủy|Thành ủy|UBND|Ủy ban nhân dân|Sở|HĐND|Hội đồng nhân dân"
    r"|chính quyền|lãnh đạo|[Đđ]oàn)(?!\w)"
)
# A delegation sent by the centre (`Đoàn công tác của Bộ Chính trị`).
_CENTRAL_DELEGATION = re.compile(
    r"(?:đoàn công tác|đoàn đại biểu|đoàn khảo sát|đoàn kiểm tra)\s+(?:của\s+)?"
    r"(?:Bộ [A-ZĐ]|Ban [\w ]{0,20}Trung ương|Trung ương|Chính phủ|Quốc hội|Thủ tướng)",
    re.IGNORECASE,
)
# Words just before an aid verb that make the province before it the receiver.
_PASSIVE = re.compile(
    r"(?:được|nhận|đón nhận|tiếp nhận)(?:\s+\w+){0,2}\s*$", re.IGNORECASE
)
_WORKING_TOGETHER = re.compile(r"(?<!\w)hợp tác(?!\w)", re.IGNORECASE)
# A side that names no province itself: `tỉnh bạn`, `hai địa phương`.
_PAIR_WORDS = re.compile(
    r"(?<!\w)(?:tỉnh bạn|thành phố bạn|hai địa phương|2 địa phương|hai tỉnh|2 tỉnh"
    r"|hai thành phố|ba địa phương|3 địa phương|ba tỉnh|3 tỉnh)(?!\w)",
    re.IGNORECASE,
)
# The capital named by its role (`Lực lượng y tế Thủ đô hỗ trợ TP HCM`).
_CAPITAL = re.compile(r"(?<!\w)Thủ đô(?!\s+(?:Viêng Chăn|Vientiane|[A-ZĐ]))")
_PROGRAMME_SPAN = re.compile(
    r"giai đoạn\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|\n+")
# Heads of a side, most senior first (`Phó` titles after the full ones).
_HEAD_TITLES = (
    re.compile(r"(?<!Phó )Bí thư (?:Tỉnh|Thành) ủy"),
    re.compile(r"(?<!Phó )Bí thư"),
    re.compile(r"(?<!Phó )Chủ tịch (?:UBND|Ủy ban nhân dân)"),
    re.compile(r"(?<!Phó )Chủ tịch"),
    re.compile(r"Phó Bí thư"),
    re.compile(r"Phó Chủ tịch"),
)


@dataclass
class Cooperation:
    """Cooperation coverage found in one article: its main kind and its parties."""

    kind: str
    parties: list[str]
    leaders: list[str] = field(default_factory=list)  # `Name (Province)`
    fields: list[str] = field(default_factory=list)
    period: str = ""  # `2016–2020`

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "parties": self.parties,
            "leaders": self.leaders,
            "fields": self.fields,
            "period": self.period,
        }


@dataclass
class _Unit:
    """The title or one sentence, with the evidence it carries."""

    text: str
    provinces: list[str]
    kinds: dict[str, int]  # cue hits by kind
    cooperative: bool = False


@dataclass
class Assessment:
    """The detector's answer and, when it is no, the reason in a few words."""

    cooperation: Cooperation | None
    reason: str = ""


def detect_cooperation(title: str, body: str, tags: Tags) -> Cooperation | None:
    """Return the cooperation an article covers, or None when it covers none."""
    return assess_cooperation(title, body, tags).cooperation


def assess_cooperation(
    title: str, body: str, tags: Tags, matching_text: str | None = None
) -> Assessment:
    """Decide whether an article is cooperation coverage, saying why when it is not.

    `matching_text`: `title` and `body` joined by a line break, already in
    matching form with abbreviations expanded (the tagger has it at hand).
    Only the title and lead are read unless they report cooperation: most
    articles are not cooperation coverage and cost little.
    """
    if len(tags.provinces) < MIN_PARTIES:
        return Assessment(None, "names fewer than two provinces")
    if matching_text is None:
        matching_text = _matching(f"{title}\n{body}")
    title_text, _, body_text = matching_text.partition("\n")
    sentences = _sentences(body_text)[:BODY_SENTENCES]
    if not _any_cue(title_text) and not any(
        _any_cue(s) for s in sentences[:LEAD_SENTENCES]
    ):
        return Assessment(None, "no cooperation wording in the title or lead")
    if _FOREIGN.search(title_text):
        return Assessment(
            None, "cooperation with a partner abroad, not between provinces"
        )
    title_unit = _read_unit(title_text, giver="")
    if (
        not title_unit.cooperative
        and len(title_unit.provinces) >= MIN_PARTIES
        and _TITLE_TOGETHER.search(_NOT_LOCALITIES.sub(" ", title_text))
        and not _NON_LOCALITY_BODIES.search(title_text)
        and not _central_acts(title_text)
    ):
        title_unit.cooperative = True  # `Long An - TP HCM hợp tác …`
    giver = _title_giver(title_unit)
    lead = [_read_unit(s, giver) for s in sentences[:LEAD_SENTENCES]]
    cooperative_lead = [u for u in lead if u.cooperative]
    title_provinces = set(
        title_unit.provinces if title_unit.kinds else _provinces_in(title_text)
    )
    # The title or lead must report the cooperation; later sentences only confirm.
    decided = (
        title_unit.cooperative
        or (bool(title_unit.kinds) and bool(cooperative_lead))
        or len(cooperative_lead) >= 2
        or (
            bool(cooperative_lead)
            and cooperative_lead[0] is lead[0]
            and bool(title_provinces & set(lead[0].provinces))
        )
    )
    if not decided and not (cooperative_lead and cooperative_lead[0] is lead[0]):
        return Assessment(None, _reason_not([title_unit, *lead]))
    later = [_read_unit(s, giver) for s in sentences[LEAD_SENTENCES:]]
    if not decided and not any(u.cooperative for u in later):
        return Assessment(None, _reason_not([title_unit, *lead]))
    evidence = [u for u in [title_unit, *lead, *later] if u.cooperative]
    if title_unit.kinds and not _NON_LOCALITY_BODIES.search(title_text):
        evidence.append(_Unit(title_text, sorted(title_provinces), title_unit.kinds))
    parties = _parties(evidence, tags.provinces)
    if len(parties) < MIN_PARTIES:
        return Assessment(None, "cooperation wording names fewer than two provinces")
    return Assessment(
        Cooperation(
            kind=_main_kind(title_unit, [*lead, *later][:KIND_SENTENCES]),
            parties=parties,
            leaders=_leaders(tags, parties, matching_text),
            fields=list(tags.topics),
            period=_period(evidence, [title_unit, *lead]),
        )
    )


def _matching(text: str) -> str:
    return expand_abbreviations(normalize_for_matching(text))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _any_cue(text: str) -> bool:
    masked = _NOT_LOCALITIES.sub(" ", text)
    return any(p.search(masked) for p in _CUE_PATTERNS.values())


def _provinces_in(text: str) -> list[str]:
    """Provinces a unit names, former ones (`tỉnh Bình Dương cũ`) left out."""
    text = _FORMER_UNIT.sub(" ", _NOT_PLACES.sub(" ", text))
    # `Quảng Trị-Quảng Bình-Hà Tĩnh`: names glued by hyphens are still names.
    text = _GLUED_NAMES.sub(" - ", text)
    provinces = [p.name for p in find_places(text).provinces]
    if _CAPITAL.search(text) and "Hà Nội" not in provinces:
        provinces.append("Hà Nội")
    return provinces


def _read_unit(text: str, giver: str) -> _Unit:
    masked = _NOT_LOCALITIES.sub(" ", text)
    kinds = {
        kind: len(found)
        for kind, pattern in _CUE_PATTERNS.items()
        if (found := pattern.findall(masked))
    }
    if not kinds:
        return _Unit(text, [], {})
    unit = _Unit(text, _provinces_in(text), kinds)
    unit.cooperative = _is_cooperative(unit, masked, giver)
    return unit


def _title_giver(title: _Unit) -> str:
    """The province that gives aid in the title (`Hà Nội hỗ trợ 19 tỷ đồng cho …`)."""
    if "support" not in title.kinds or len(title.provinces) != 1:
        return ""
    masked = _NOT_LOCALITIES.sub(" ", title.text)
    return title.provinces[0] if _locality_gives(title, masked) else ""


def _is_cooperative(unit: _Unit, masked: str, giver: str = "") -> bool:
    """Two provinces (or one and `tỉnh bạn`) with cooperation wording, none of the traps."""
    if _FOREIGN.search(unit.text) or _NON_LOCALITY_BODIES.search(unit.text):
        return False  # a partner abroad; cooperatives, associations, clubs
    sides = set(unit.provinces)
    if giver and "support" in unit.kinds:
        sides.add(giver)
    if len(sides) < MIN_PARTIES and not (sides and _PAIR_WORDS.search(masked)):
        return False
    specific = {k: n for k, n in unit.kinds.items() if k != "generic"}
    if not specific and not (
        _WORKING_TOGETHER.search(masked) and _PAIR_WORDS.search(masked)
    ):
        # `hợp tác` alone, or `hai tỉnh` a road links: provinces merely named together
        return False
    if (
        set(specific) == {"support"}
        and not (giver and giver not in unit.provinces)
        and not _locality_gives(unit, masked)
    ):
        return False
    if giver and giver not in unit.provinces and "support" in unit.kinds:
        unit.provinces = [*unit.provinces, giver]
    return not _central_acts(masked)


def _locality_gives(unit: _Unit, masked: str) -> bool:
    """Aid between localities: a province names the giver, not the state or a list."""
    for match in _CUE_PATTERNS["support"].finditer(masked):
        before = masked[: match.start()]
        clause = re.split(r"[;:]", before)[-1]
        if _PASSIVE.search(clause) or _CENTRAL.search(clause):
            continue
        clause = _DESTINATION.sub(" ", clause)
        if find_places(clause).provinces or _CAPITAL.search(clause):
            return True
        if re.search(r"kết nghĩa", match.group(), re.IGNORECASE):
            return True  # twinning has no giver
    return False


def _central_acts(masked: str) -> bool:
    """The state or a firm, not a locality, acts: it stands before the first cue."""
    first = min(
        (m.start() for p in _CUE_PATTERNS.values() if (m := p.search(masked))),
        default=len(masked),
    )
    if _CENTRAL_DELEGATION.search(masked):
        return True
    if _FIRMS.search(masked[:first]) and not _LOCAL_BODY.search(masked[:first]):
        return True  # firms act (`doanh nghiệp … khi xúc tiến`), not localities
    before = _CENTRAL_TITLES.sub(" ", masked[:first])
    central = _CENTRAL.search(before)
    if not central:
        return False
    # `Đoàn công tác Thành ủy Hà Nội ... Trung ương Đảng` — a locality named first wins.
    locality = re.search(
        r"(?<!\w)(?:Tỉnh ủy|Thành ủy|UBND|Ủy ban nhân dân|tỉnh|thành phố)", before
    )
    return not locality or central.start() < locality.start()


def _parties(evidence: list[_Unit], provinces: list[str]) -> list[str]:
    """Provinces named in the cooperative units, in the article's order."""
    named = {name for unit in evidence for name in unit.provinces}
    return [p for p in provinces if p in named] + sorted(named - set(provinces))


def _main_kind(title: _Unit, lead: list[_Unit]) -> str:
    """The kind the title says, made precise by the lead; else the lead's.

    Aid or an agreement in the title decides. A visit in the title becomes an
    agreement or a linkage when the lead reports one signed, reviewed or joined.
    Without a kind in the title the lead's wording decides, an agreement first;
    a programme's period hints at an agreement before aid mentioned in passing.
    """
    in_title = {k for k in KINDS if title.kinds.get(k)}
    in_lead = {k for k in KINDS if any(u.kinds.get(k) for u in lead)}
    for kind in ("support", "agreement", "linkage"):
        if kind in in_title:
            return kind
    for kind in ("agreement", "linkage", "visit"):
        if kind in in_lead:
            return kind
    if any(_PROGRAMME_PERIOD.search(u.text) for u in [title, *lead]):
        return "agreement"
    return "support" if "support" in in_lead else "visit"


def _leaders(tags: Tags, parties: list[str], text: str = "") -> list[str]:
    """The most senior official named for each party: `Name (Province)`."""
    sides = {role.name: _side(role, parties, text) for role in tags.leader_roles}
    chosen = []
    for party in parties:
        ranked = [
            (rank, role.name)
            for role in tags.leader_roles
            if sides[role.name] == party
            for rank, pattern in enumerate(_HEAD_TITLES)
            if pattern.search(role.title)
        ]
        if ranked:
            chosen.append(f"{min(ranked)[1]} ({party})")
    return chosen


def _side(role, parties: list[str], text: str) -> str:
    """The party a leader speaks for.

    The province the office names decides (`Bí thư Tỉnh ủy Hà Nam`). An office
    that names none (`Bí thư Tỉnh ủy`, `Chủ tịch UBND tỉnh`) belongs to the party
    named last before the name in its sentence (`Về phía tỉnh Thái Bình có đồng
    chí …`, `Tỉnh ủy Lào Cai do đồng chí … dẫn đầu`), unless that party is where
    the meeting is (`tại Hà Nội`) or is a city while the office is a province's;
    else to the one party of the office's kind (`Thành ủy` of the one city);
    else to the province the tagger gave it.
    """
    if not text or find_places(expand_abbreviations(role.title)).provinces:
        return role.province
    local = _LOCAL_OFFICE.findall(role.title)
    wants_city = None
    if local:
        wants_city = any(
            w in ("Thành ủy", "thành phố", "Thành phố", "TP") for w in local
        )
    at = text.find(role.name)
    if at >= 0:
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        candidates = [
            p
            for p in find_places(text[start:at]).provinces
            if p.name in parties and not (wants_city is False and p.is_city)
        ]
        for province in reversed(candidates):
            before = text[start:at]
            spot = before.rfind(province.name)
            if spot >= 0 and _MEETING_PLACE.search(before[:spot]):
                continue  # `tại Hà Nội, đồng chí …`: the host's city, not the side
            return province.name
    if wants_city is not None:
        kind = [p for p in parties if _is_city(p) == wants_city]
        if len(kind) == 1:
            return kind[0]
    return role.province


# Words of an office that say which kind of locality it belongs to.
_LOCAL_OFFICE = re.compile(
    r"(?<!\w)(?:Tỉnh ủy|Thành ủy|tỉnh|thành phố|Thành phố|TP)(?!\w)"
)
_MEETING_PLACE = re.compile(r"(?<!\w)(?:tại|ở|đến|về)\s+(?:tỉnh|thành phố|TP\.?)?\s*$")


def _is_city(name: str) -> bool:
    from hoptac.gazetteer import ProvinceGazetteer

    return ProvinceGazetteer.load()[name].is_city


def _period(evidence: list[_Unit], lead: list[_Unit]) -> str:
    """A programme's period (`giai đoạn 2016 - 2020`), from the evidence or the lead."""
    for units, pattern in ((evidence, _PERIOD), (lead, _PROGRAMME_SPAN)):
        for unit in units:
            match = pattern.search(unit.text)
            if match and int(match.group(1)) < int(match.group(2)):
                return f"{match.group(1)}–{match.group(2)}"
    return ""


def _reason_not(units: list[_Unit]) -> str:
    texts = " ".join(u.text for u in units)
    if _FOREIGN.search(texts):
        return "cooperation with a partner abroad, not between provinces"
    if _CENTRAL.search(texts):
        return "the central state acts, not provinces together"
    return "provinces are not named together with cooperation wording"
