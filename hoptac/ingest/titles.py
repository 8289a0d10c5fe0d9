"""Titles lost by a scraper, rebuilt from the unaccented URL slug that still carries them.

Most dantri corpus files lack their title: the first line is the lead or a
photo caption, and only the URL (`…/ha-noi-nang-canh-bao-nguy-co-…-2021….htm`)
still names the article. Each slug word gets its accents back from the
article's own words (same syllable next to the same neighbour), then from a
vocabulary of syllable and pair frequencies built from real news text
(`hoptac/data/title_vocabulary.json.gz`, made by `build_vocabulary`).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from hoptac.vietnamese import (
    canonical_tones,
    fold_diacritics,
    nfc,
    normalize_for_matching,
)

logger = logging.getLogger(__name__)

VOCABULARY_FILE = "title_vocabulary.json.gz"
_SYLLABLE = re.compile(r"[^\W\d_]+|\d+")
_NONE: Counter = Counter()


def slug_words(url: str) -> list[str]:
    """Return the words of a URL's slug without its numeric id: `…/ha-noi-2021….htm` -> [ha, noi]."""
    slug = urlparse(url).path.rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(r"\.html?$", "", slug)
    slug = re.sub(r"-?\d{8,}$", "", slug)  # the site's numeric article id
    return [w for w in slug.split("-") if w]


def title_matches_slug(title: str, url: str) -> bool:
    """True when a line is the title the URL was made from."""
    words = slug_words(url)
    folded = [fold_diacritics(t).lower() for t in _SYLLABLE.findall(title)]
    return bool(words) and folded[: len(words)] == words


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, str], dict[str, str]]:
    try:
        data = resources.files("hoptac").joinpath("data", VOCABULARY_FILE).read_bytes()
    except FileNotFoundError:
        logger.warning(
            "titles: %s missing; accents come from the article alone", VOCABULARY_FILE
        )
        return {}, {}
    vocabulary = json.loads(gzip.decompress(data))
    return vocabulary["syllables"], vocabulary["pairs"]


def restore_title(url: str, text: str) -> str:
    """Rebuild an accented title from a URL slug, or "" when the slug has no words."""
    words = slug_words(url)
    if len(words) < 2:
        return ""
    syllables, pairs = _vocabulary()
    tokens = _SYLLABLE.findall(canonical_tones(nfc(text)))
    lowered = [t.lower() for t in tokens]
    folded = fold_diacritics(" ".join(lowered)).split(" ")
    local: Counter = Counter(zip(folded, lowered, strict=True))
    forms: dict[str, Counter] = {}
    for (key, token), count in Counter(zip(folded, tokens, strict=True)).items():
        if key not in forms:
            forms[key] = Counter()
        forms[key][token] = count
    local_pairs: Counter = Counter(zip(lowered, lowered[1:], strict=False))

    def candidates(word: str) -> set[str]:
        found = {form.lower() for form in forms.get(word, _NONE)}
        if word in syllables:
            found.add(syllables[word])
        return found or {word}

    def pair_score(left_key: str, left: str, right_key: str, right: str) -> int:
        global_pair = pairs.get(f"{left_key} {right_key}") == f"{left} {right}"
        return 100 * local_pairs[(left, right)] + 10 * global_pair

    chosen: list[str] = []
    for i, word in enumerate(words):
        options = candidates(word)
        following = candidates(words[i + 1]) if i + 1 < len(words) else set()

        def score(
            option: str, i: int = i, word: str = word, following=following
        ) -> tuple:
            before = pair_score(words[i - 1], chosen[-1], word, option) if chosen else 0
            after = max(
                (pair_score(word, option, words[i + 1], f) for f in following),
                default=0,
            )
            return (
                before + after,
                local[(word, option)],
                syllables.get(word) == option,
                option,
            )

        chosen.append(max(options, key=score))
    return _recase(chosen, forms)


def _recase(words: list[str], forms: dict[str, Counter]) -> str:
    """Capitalise the words the article capitalises inside sentences (names), and the first."""
    out = []
    for word in words:
        seen = forms.get(fold_diacritics(word), _NONE)
        capital = sum(
            n for form, n in seen.items() if form.lower() == word and form[0].isupper()
        )
        lower = seen.get(word, 0)
        out.append(word.capitalize() if capital > lower else word)
    title = " ".join(out)
    return title[:1].upper() + title[1:]


def build_vocabulary(texts: Iterable[str], min_pair_count: int = 3) -> dict:
    """Count accented syllables and pairs in texts: the data `restore_title` falls back on."""
    syllable_counts: Counter = Counter()
    pair_counts: Counter = Counter()
    for text in texts:
        for line in text.splitlines():
            tokens = [
                t.lower() for t in _SYLLABLE.findall(normalize_for_matching(line))
            ]
            syllable_counts.update(tokens)
            pair_counts.update(zip(tokens, tokens[1:], strict=False))
    best_syllable: dict[str, tuple[str, int]] = {}
    for syllable, count in syllable_counts.items():
        key = fold_diacritics(syllable)
        if key not in best_syllable or best_syllable[key][1] < count:
            best_syllable[key] = (syllable, count)
    syllables = {key: form for key, (form, _) in best_syllable.items() if key != form}
    best_pair: dict[str, tuple[str, int]] = {}
    for (left, right), count in pair_counts.items():
        if count < min_pair_count:
            continue
        key = f"{fold_diacritics(left)} {fold_diacritics(right)}"
        if key not in best_pair or best_pair[key][1] < count:
            best_pair[key] = (f"{left} {right}", count)
    pairs = {
        key: form
        for key, (form, _) in best_pair.items()
        if form != " ".join(syllables.get(k, k) for k in key.split())
    }
    return {"syllables": syllables, "pairs": pairs}


def write_vocabulary(corpus_dir: Path, output: Path) -> None:
    """Build the title vocabulary from a folder of dantri-format files."""
    texts = (
        "\n".join(p.read_text(encoding="utf-8").splitlines()[3:])
        for p in sorted(corpus_dir.glob("*.txt"))
    )
    vocabulary = build_vocabulary(texts)
    payload = json.dumps(
        vocabulary, ensure_ascii=False, separators=(",", ":"), sort_keys=True
    )
    output.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))
