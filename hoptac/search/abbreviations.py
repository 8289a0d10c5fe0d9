"""Abbreviations the search understands beyond the hand list: learned, and corrected.

The press introduces an abbreviation once, `Ủy ban Kiểm tra (UBKT)` or
`UBKT (Ủy ban Kiểm tra)`, then writes only `UBKT`. The index build collects
those pairs from every article (`AbbreviationLearner`), keeps for each form the
name most often given for it, and applies the archivist's file
(`abbreviations.toml` at the archive root: `[add]` forms and `remove`) on top.
The result is one list of concepts (a name and its forms), written beside the
index and into the browser export; a query naming any form of a concept, or
the name itself, matches every article that wrote any of them
(`hoptac.search.query`). The hand list of `hoptac.vietnamese` is not repeated
here: it is expanded inside the texts themselves at index time.
"""

from __future__ import annotations

import json
import logging
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from hoptac.search.analysis import exact_terms, fold_term
from hoptac.vietnamese import ABBREVIATIONS, SEARCH_ABBREVIATIONS, fold_key, nfc

logger = logging.getLogger(__name__)

ABBREVIATIONS_FILE = "abbreviations.json"  # beside the index and in the export
ARCHIVIST_FILE = "abbreviations.toml"  # at the archive root
# `VH-TT&DL`, `UBKT`, `TP.HCM`: capitals (Đ included), with `-`, `&` or `.` inside.
FORM = r"[A-ZĐ](?:[A-ZĐ]|[-&.](?=[A-ZĐ]))+"
_FORM = re.compile(FORM)
_BRACKETED = re.compile(r"\(([^()\n]{3,90})\)")
# A form right before a bracket (searched only there: scanning every
# position for a form cost 1.8 s over 2,655 articles).
_FORM_BEFORE = re.compile(rf"(?<![\w-])({FORM})\s*$")
_NAME_THEN_FORM = re.compile(rf"\(({FORM})\)")
MIN_FORM_LETTERS = 3  # two capitals in brackets are too often something else
# Words the initials skip: `Văn hóa, Thể thao và Du lịch` is `VH-TT&DL`.
SKIPPED_WORDS = {"và"}
_WORD = re.compile(r"[^\W_]+")
_SENTENCE_STOP = re.compile(r"[.;:!?\n]")
MAX_NAME_WORDS = 12
_HAND_KEYS = {fold_key(key) for key in ABBREVIATIONS}


@dataclass
class Concept:
    """A name and the abbreviations written for it."""

    name: str
    forms: list[str]
    source: str  # hand | learned | archivist
    count: int = 0  # articles that introduced a form with this name
    # The same name written otherwise (`Văn hóa - Thể thao & Du lịch`).
    other_names: list[str] = field(default_factory=list)

    def alternatives(self) -> list[list[str]]:
        """Return every way to write the concept, as exact search terms.

        The name, then each form as its syllables (`vh tt dl`) and, when it
        has separators, as one word (`vhttdl`).
        """
        out = [exact_terms(self.name)]
        for name in self.other_names:
            if exact_terms(name) not in out:
                out.append(exact_terms(name))
        # `Văn hóa, Thể thao và Du lịch` is also written `… Thể thao & Du lịch`.
        for terms in list(out):
            shorter = [t for t in terms if t not in SKIPPED_WORDS]
            if shorter and shorter not in out:
                out.append(shorter)
        for form in self.forms:
            for terms in (exact_terms(form), [fold_key(form)]):
                if terms and terms not in out:
                    out.append(terms)
        return out


def name_key(name: str) -> tuple[str, ...]:
    """Return what identifies a name: its terms without `và` (`&` is written too)."""
    return tuple(t for t in exact_terms(name) if t not in SKIPPED_WORDS)


def form_letters(form: str) -> str:
    """Return the initials a form stands for, folded: `VH-TT&DL` -> `vhttdl`."""
    return fold_key(form)


def _initials_match(words: list[str], letters: str) -> bool:
    """Whether the words' initials spell letters, skipping `và` inside."""
    wanted = list(letters)
    for index, word in enumerate(words):
        initial = fold_term(word.lower())[:1]
        if wanted and initial == wanted[0]:
            wanted.pop(0)
        elif word.lower() in SKIPPED_WORDS and 0 < index < len(words) - 1:
            continue
        else:
            return False
    return not wanted


def _name_before(text: str, end: int, letters: str) -> str | None:
    """Return the words right before `end` whose initials spell letters."""
    # The name lies within the same sentence, just before the bracket.
    start = max(0, end - 200)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, start, end)]
    words = list(_WORD.finditer(text, stops[-1] if stops else start, end))
    if not words or text[words[-1].end() : end].strip(" ,"):
        return None
    if fold_term(words[-1].group().lower())[:1] != letters[-1:]:
        return None  # most brackets: the last word cannot end the name
    for size in range(len(letters), min(len(words), MAX_NAME_WORDS) + 1):
        chosen = words[-size:]
        if _initials_match([m.group() for m in chosen], letters):
            return text[chosen[0].start() : chosen[-1].end()]
    return None


def _usable_form(form: str) -> bool:
    letters = form_letters(form)
    return (
        len(letters) >= MIN_FORM_LETTERS
        and letters not in _HAND_KEYS
        and sum(c.isalpha() for c in form) == len(letters)
    )


class AbbreviationLearner:
    """Collect `name (FORM)` and `FORM (name)` pairs from the texts it sees.

    >>> learner = AbbreviationLearner()
    >>> learner.observe("Ủy ban Kiểm tra (UBKT) tỉnh họp. UBKT đã kết luận.")
    >>> [(c.name, c.forms) for c in learner.concepts()]
    [('Ủy ban Kiểm tra', ['UBKT'])]
    """

    def __init__(self) -> None:
        self._names: dict[str, Counter] = defaultdict(Counter)

    def observe(self, text: str) -> None:
        if "(" not in text:
            return
        found: set[tuple[str, str]] = set()
        for match in _NAME_THEN_FORM.finditer(text):
            form = match.group(1)
            if _usable_form(form):
                name = _name_before(text, match.start(), form_letters(form))
                if name:
                    found.add((form, name))
        for match in _BRACKETED.finditer(text):
            before = _FORM_BEFORE.search(
                text, max(0, match.start() - 24), match.start()
            )
            if before is None:
                continue
            form, inner = before.group(1), match.group(1).strip()
            words = _WORD.findall(inner)
            if (
                _usable_form(form)
                and len(words) <= MAX_NAME_WORDS
                and _initials_match(words, form_letters(form))
            ):
                found.add((form, inner))
        for form, name in found:  # an article counts once per pair
            self._names[nfc(form)][" ".join(nfc(name).split())] += 1

    def concepts(self) -> list[Concept]:
        """Return the learned concepts: each form with its most frequent name."""
        by_name: dict[tuple[str, ...], Concept] = {}
        for form in sorted(self._names):
            (name, count), *_ = sorted(
                self._names[form].items(), key=lambda item: (-item[1], item[0])
            )
            concept = by_name.setdefault(name_key(name), Concept(name, [], "learned"))
            if name != concept.name and name not in concept.other_names:
                concept.other_names.append(name)
            concept.forms.append(form)
            concept.count += count
        return sorted(by_name.values(), key=lambda c: exact_terms(c.name))


def read_archivist_file(path: Path | None) -> tuple[dict[str, str], set[str]]:
    """Return the archivist's added forms (form -> name) and removed forms.

    A file that cannot be read is logged and ignored: it never stops a build.
    """
    if path is None or not Path(path).is_file():
        return {}, set()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        logger.error("search abbreviations: %s ignored: %s", path, exc)
        return {}, set()
    added = {
        nfc(str(form)).strip(): nfc(str(name)).strip()
        for form, name in dict(data.get("add", {})).items()
        if str(form).strip() and str(name).strip()
    }
    removed = {nfc(str(form)).strip() for form in data.get("remove", [])}
    return added, removed


def merge_concepts(learned: list[Concept], archivist: Path | None) -> list[Concept]:
    """Return the hand list's and the learned concepts, with the archivist's
    additions and removals (the archivist wins, then the hand list)."""
    added, removed = read_archivist_file(archivist)
    hand = {f: n for f, n in SEARCH_ABBREVIATIONS.items() if f not in added}
    by_name: dict[tuple[str, ...], Concept] = {}
    for form, name in hand.items():
        if form not in removed:
            concept = by_name.setdefault(name_key(name), Concept(name, [], "hand"))
            concept.forms.append(form)
    for concept in learned:
        forms = [
            f
            for f in concept.forms
            if f not in removed and f not in added and f not in hand
        ]
        if not forms:
            continue
        key = name_key(concept.name)
        if key in by_name:  # the hand list's name, one more form
            known = by_name[key]
            known.forms += [f for f in forms if f not in known.forms]
            known.count += concept.count
            for name in [concept.name, *concept.other_names]:
                if name != known.name and name not in known.other_names:
                    known.other_names.append(name)
            continue
        by_name[key] = Concept(
            concept.name, forms, "learned", concept.count, concept.other_names
        )
    for form, name in sorted(added.items()):
        key = name_key(name)
        if not key or not _FORM.fullmatch(form) and not form_letters(form):
            continue
        concept = by_name.setdefault(key, Concept(name, [], "archivist"))
        concept.forms.append(form)
        concept.source = "archivist"
    return sorted(by_name.values(), key=lambda c: exact_terms(c.name))


def concepts_to_json(concepts: list[Concept]) -> dict[str, object]:
    """Return the data file: every concept, its forms and how to search it."""
    return {
        "version": 1,
        "hand": dict(ABBREVIATIONS),
        "concepts": [
            {
                "name": c.name,
                "forms": c.forms,
                "source": c.source,
                "count": c.count,
                "other_names": c.other_names,
                "alternatives": c.alternatives(),
            }
            for c in concepts
        ],
    }


def write_concepts(concepts: list[Concept], directory: Path) -> None:
    """Write the data file into directory (the index, the export)."""
    path = Path(directory) / ABBREVIATIONS_FILE
    path.unlink(missing_ok=True)  # may be a link to the live site's copy
    payload = json.dumps(concepts_to_json(concepts), ensure_ascii=False, indent=1)
    path.write_text(payload + "\n", encoding="utf-8")


def read_alternatives(directory: Path) -> list[list[list[str]]]:
    """Return each concept's alternatives from the data file in directory."""
    try:
        data = json.loads((Path(directory) / ABBREVIATIONS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [c["alternatives"] for c in data.get("concepts", [])]


def alternatives_by_first_fold(
    concepts: list[list[list[str]]],
) -> dict[str, list[list[list[str]]]]:
    """Return folded first syllable -> the concepts with an alternative starting so.

    The browser export files the same lists in the term bucket of that key.
    """
    index: dict[str, list[list[list[str]]]] = {}
    for alternatives in concepts:
        for key in dict.fromkeys(fold_term(alt[0]) for alt in alternatives if alt):
            index.setdefault(key, []).append(alternatives)
    return index
