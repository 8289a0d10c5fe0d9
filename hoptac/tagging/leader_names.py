"""What a Vietnamese personal name looks like, and which spellings name one person.

Two jobs, one home:

- **Is this a name?** Every syllable of a Vietnamese name is a well-formed
  syllable (onset, vowel nucleus, coda); `Trọngmong` is not one, so a name that
  ends in it was glued to the next word by the source (`Nguyễn Phú Trọngmong
  rằng…`) and ends at `Trọng`. `Ursula` is not one either: a name made of such
  words is foreign, and only read where a foreign office introduces it.
- **Who is this?** Spellings of one person — a typo (`Vũ Đưc Đam`), the old or
  new tone placement, missing diacritics, with or without the middle name when
  the office matches — resolve to one leader, whose canonical spelling is the
  one the archive uses most. The archivist's decisions (merge these, keep those
  apart, this is the spelling) live in `leaders.toml`: the package's
  `hoptac/data/leaders.toml`, overridden by one at the archive's root.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hoptac.vietnamese import canonical_tones, fold_diacritics, nfc, toneless

logger = logging.getLogger(__name__)

DEFAULT_LEADERS_FILE = Path(__file__).resolve().parents[1] / "data" / "leaders.toml"

_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_NUCLEUS = "(?:[aăâeêioôơuưy]{1,3})"
_CODA = "(?:ch|nh|ng|c|m|n|p|t)?"
_SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_CODA}")
# Highland family names that do not follow Kinh syllable structure.
HIGHLAND_SURNAMES = frozenset(
    {"Ksor", "Kpă", "Rơ", "Siu", "Rơ Chăm", "Nay", "Y", "H", "Ayun", "Niê", "Rah Lan"}
)


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether a word is one well-formed Vietnamese syllable (`Trọng`, not `Trọngmong`)."""
    return bool(_SYLLABLE.fullmatch(toneless(word)))


@lru_cache(maxsize=65536)
def unglue(word: str) -> str:
    """Return the syllable a glued word starts with: `Trọngmong` -> `Trọng`.

    Only where the rest is lower case and itself made of syllables (the next
    word with its space lost); otherwise the word as it is.
    """
    if is_syllable(word):
        return word
    if fold_diacritics(word) == word:
        # no Vietnamese marks: a foreign word (`Liga`), not a glued one, unless
        # a common word without marks was glued on (`Phạm Bình Minhcho biết`)
        head, tail = word[:-3], word[-3:]
        return head if tail == "cho" and len(head) > 3 and is_syllable(head) else word
    for cut in range(len(word) - 1, 0, -1):
        head, tail = word[:cut], word[cut:]
        if tail.islower() and is_syllable(head) and _is_syllables(tail):
            return head
    return word


def unglue_foreign(word: str, text: str, before: str) -> str:
    """Return the foreign word a glued one starts with: `DeVosđã` -> `DeVos`;
    `Trumptin` -> `Trump` when the text writes the name unglued elsewhere
    (`Donald Trump`, `before` being the name's word before this one).

    The rest must be lower case and made of syllables, two letters or more,
    with a Vietnamese mark unless the text writes the name unglued; the head
    is at least three plain letters (`José`, `Véran`, `Johnson` are not glued).
    """
    for cut in range(3, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if not (head.isascii() and head.isalpha() and tail.islower()):
            continue
        if not _is_syllables(tail):
            continue
        if fold_diacritics(tail) != tail or re.search(
            rf"(?<!\w){re.escape(before)} {re.escape(head)}(?![\w-])", text
        ):
            return head
    return word


def _is_syllables(text: str) -> bool:
    plain = toneless(text)
    return bool(re.fullmatch(f"(?:{_SYLLABLE.pattern})+", plain))


def is_vietnamese_name(words: list[str]) -> bool:
    """Whether every word of a name is a Vietnamese syllable (highland names aside)."""
    if words and (
        words[0] in HIGHLAND_SURNAMES or " ".join(words[:2]) in HIGHLAND_SURNAMES
    ):
        return True
    # `Ayun H’Bút`: a highland given name joins a letter and a syllable.
    return all(
        all(
            is_syllable(part) or part in HIGHLAND_SURNAMES
            for part in re.split("['’]", w)
        )
        for w in words
    )


def name_key(name: str) -> str:
    """Return the key spellings of one name share: folded, lower case, one space."""
    return " ".join(fold_diacritics(canonical_tones(nfc(name))).lower().split())


# -- one person, one page ---------------------------------------------------------


@dataclass
class LeaderDecisions:
    """The archivist's decisions: spellings to merge, names to keep apart."""

    # spelling as written -> the canonical name it belongs to
    merge: dict[str, str] = field(default_factory=dict)
    # names never merged automatically, even when they look alike
    keep_apart: set[str] = field(default_factory=set)


def leaders_file(archive_root: Path | None = None) -> Path:
    """The archivist's decisions: $HOPTAC_LEADERS, else `leaders.toml` at the
    archive's root, else the package's (the same order as `topics.toml`)."""
    chosen = os.environ.get("HOPTAC_LEADERS")
    if chosen:
        return Path(chosen)
    local = (archive_root or Path(".")) / "leaders.toml"
    return local if local.is_file() else DEFAULT_LEADERS_FILE


def load_decisions(path: Path | None = None) -> LeaderDecisions:
    """Read merges and splits from a `leaders.toml`; a broken file is logged, not fatal."""
    path = path or DEFAULT_LEADERS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LeaderDecisions()
    except (OSError, tomllib.TOMLDecodeError) as exc:
        logger.warning("leaders: cannot read %s (%s); no merges applied", path, exc)
        return LeaderDecisions()
    decisions = LeaderDecisions()
    for person in data.get("person", []):
        canonical = nfc(str(person.get("name", ""))).strip()
        if not canonical:
            continue
        for spelling in person.get("spellings", []):
            decisions.merge[nfc(str(spelling)).strip()] = canonical
    decisions.keep_apart = {nfc(str(n)).strip() for n in data.get("keep_apart", [])}
    return decisions


@dataclass
class Resolution:
    """Where each spelling seen goes: canonical name, and the spellings merged."""

    canonical: dict[str, str] = field(default_factory=dict)  # spelling -> canonical
    spellings: dict[str, list[str]] = field(default_factory=dict)  # canonical -> seen
    reasons: dict[str, str] = field(default_factory=dict)  # spelling -> why merged

    def merged(self) -> dict[str, list[str]]:
        """Canonical names that absorbed at least one other spelling."""
        return {c: s for c, s in self.spellings.items() if len(s) > 1}


def is_well_toned(word: str) -> bool:
    """Whether a syllable's tone fits its ending: `Đức`, not `Đưc` (a stop takes sắc/nặng)."""
    plain = toneless(word)
    if not re.search("(?:c|ch|p|t)$", plain):
        return True
    marks = unicodedata.normalize("NFD", word)
    return "\u0301" in marks or "\u0323" in marks


def _defective(name: str) -> bool:
    """A spelling that lost something: no marks at all, or a tone that cannot be."""
    return fold_diacritics(name) == name or not all(
        is_well_toned(w) for w in name.split()
    )


def resolve_leaders(
    mentions: Iterable[tuple[str, str]], decisions: LeaderDecisions | None = None
) -> Resolution:
    """Group spellings of one person: `mentions` are (name as written, office) pairs.

    Rules, in order: the archivist's merges; a spelling that lost its marks
    (`Vu Duc Dam`) or carries a tone its syllable cannot have (`Vũ Đưc Đam`: a
    syllable ending in c/ch/p/t takes sắc or nặng) joins the one well-formed
    spelling that folds alike — when two do (`Thành`/`Thanh` are two people),
    it is left alone; a two-word name joins the longer name it shortens when
    they hold one office (`Nguyễn Phúc` / `Nguyễn Xuân Phúc`, both `Thủ
    tướng`), and so does a foreign name written with an initial (`V.Putin`
    / `Vladimir Putin`). The canonical spelling is the archivist's, else the full,
    well-formed, most frequent one. Names the archivist keeps apart are never
    merged by a rule.
    """
    decisions = decisions or LeaderDecisions()
    counts: Counter[str] = Counter()
    offices: dict[str, set[str]] = defaultdict(set)
    for name, office in mentions:
        name = canonical_tones(nfc(name))
        counts[name] += 1
        offices[name].add(_office_core(office))
    parent: dict[str, str] = {n: n for n in counts}
    reasons: dict[str, str] = {}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def union(keep: str, other: str, why: str) -> None:
        if keep in decisions.keep_apart or other in decisions.keep_apart:
            return
        ra, rb = find(keep), find(other)
        if ra != rb:
            parent[rb] = ra
            reasons.setdefault(other, why)

    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[name_key(name)].append(name)
    for names in by_key.values():
        sound = [n for n in names if not _defective(n)]
        for name in names:
            if _defective(name) and len(sound) == 1:
                union(sound[0], name, "the same name with marks lost or misplaced")
    for short in counts:
        words = short.split()
        if len(words) != 2:
            continue
        longer = [
            full
            for full in counts
            if len(full.split()) >= 3
            and name_key(full.split()[0]) == name_key(words[0])
            and name_key(full.split()[-1]) == name_key(words[1])
            and offices[short] & offices[full] - {""}
        ]
        if len(longer) == 1:
            union(longer[0], short, "without the middle name, in the same office")
    for short in counts:
        initialled = re.fullmatch(r"([A-Z])\.\s?(\S+)", short)
        if not initialled:
            continue
        initial, family = initialled.groups()
        longer = [
            full
            for full in counts
            if full != short
            and full.split()[0].startswith(initial)
            and full.split()[-1] == family
            and len(full.split()) >= 2
            and offices[short] & offices[full] - {""}
        ]
        if len(longer) == 1:  # `V.Putin` and `Vladimir Putin`, both `Tổng thống`
            union(longer[0], short, "an initial for the given name, in the same office")
    for spelling, canonical in decisions.merge.items():
        if spelling in counts:
            parent.setdefault(canonical, canonical)
            counts.setdefault(canonical, 0)
            ra, rb = find(canonical), find(spelling)
            if ra != rb:
                parent[rb] = ra
            reasons[spelling] = "merged by the archivist (leaders.toml)"

    groups: dict[str, list[str]] = defaultdict(list)
    for name in parent:
        groups[find(name)].append(name)
    resolution = Resolution(reasons=reasons)
    chosen_by_archivist = set(decisions.merge.values())
    for members in groups.values():
        canonical = max(
            members,
            key=lambda n: (
                n in chosen_by_archivist,
                not _defective(n),
                len(n.split()),  # the full name over a shortened one
                counts[n],
                n,
            ),
        )
        seen = sorted((m for m in members if counts[m]), key=lambda m: -counts[m])
        resolution.spellings[canonical] = seen
        for member in members:
            resolution.canonical[member] = canonical
    return resolution


def _office_core(office: str) -> str:
    """The office itself, without its body's place: `Thủ tướng Chính phủ` -> `thủ tướng`."""
    from hoptac.tagging.leader_vocabulary import OFFICE  # the one list of offices

    found = OFFICE.search(office)
    return found.group(1).lower() if found else ""


def leader_slugs(names: Iterable[str], slug: Callable[[str], str]) -> dict[str, str]:
    """The page slug of each name: names that fold to one slug get `-2`, `-3` … in
    name order, as the site gives them; used to find the URLs a merge retires."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in dict.fromkeys(names):
        groups[slug(name)].append(name)
    slugs = {}
    for base, members in groups.items():
        for number, name in enumerate(sorted(members), start=1):
            slugs[name] = base if number == 1 else f"{base}-{number}"
    return slugs


def retired_slugs(resolution: Resolution, slug: Callable[[str], str]) -> dict[str, str]:
    """Slug a spelling's own page had before a merge -> the canonical name it joined.

    Only slugs no live page uses: those are the URLs that must still open.
    """
    before = leader_slugs(resolution.canonical, slug)
    live = set(leader_slugs(resolution.spellings, slug).values())
    return {
        old: resolution.canonical[name]
        for name, old in before.items()
        if old not in live
    }
