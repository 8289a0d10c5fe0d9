"""Assign topics from the controlled list an archivist edits (`topics.toml`)."""

from __future__ import annotations

import logging
import os
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from hoptac.matching import WordStartPattern, trie_alternation
from hoptac.vietnamese import normalize_for_matching

logger = logging.getLogger(__name__)

TITLE_WEIGHT = 3
PER_PHRASE_CAP = 2  # one phrase repeated ten times is still one idea
MAX_TOPICS = 4


@dataclass(frozen=True)
class TopicList:
    """The controlled topics: phrase -> topic, and the score an article needs."""

    phrases: dict[str, str]
    threshold: int
    pattern: WordStartPattern
    source: str

    @classmethod
    def parse(cls, text: str, source: str) -> TopicList:
        data = tomllib.loads(text)
        threshold = int(data.get("threshold", 3))
        phrases: dict[str, str] = {}
        for topic, entry in data.items():
            if not isinstance(entry, dict):
                continue
            if "," in topic:
                raise ValueError(f"{source}: topic {topic!r} contains a comma")
            for phrase in entry.get("phrases", []):
                if key := normalize_for_matching(phrase).lower():
                    phrases[key] = topic
        # At one place the longest phrase wins (`an ninh mạng` over `an ninh`).
        pattern = WordStartPattern(rf"(?:{trie_alternation(phrases)})(?![\w])")
        return cls(phrases, threshold, pattern, source)


def topics_file() -> Path | None:
    """The archivist's topic list: $HOPTAC_TOPICS, else ./topics.toml, else none."""
    chosen = os.environ.get("HOPTAC_TOPICS")
    if chosen:
        return Path(chosen)
    local = Path("topics.toml")
    return local if local.exists() else None


@lru_cache(maxsize=4)
def load_topics(path: Path | None = None) -> TopicList:
    """Load a topic list; the one shipped in the package when no path is given."""
    if path is None:
        text = (
            resources.files("hoptac").joinpath("data", "topics.toml").read_text("utf-8")
        )
        return TopicList.parse(text, "hoptac/data/topics.toml")
    return TopicList.parse(path.read_text(encoding="utf-8"), str(path))


def assign_topics(title: str, body: str, topic_list: TopicList) -> list[str]:
    """Return the topics whose phrases score at least the threshold, best first."""
    scores: Counter = Counter()
    for text, weight in ((title, TITLE_WEIGHT), (body, 1)):
        hits = Counter(m.group() for m in topic_list.pattern.finditer(text.lower()))
        for phrase, count in hits.items():
            scores[topic_list.phrases[phrase]] += weight * min(count, PER_PHRASE_CAP)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [topic for topic, score in ranked if score >= topic_list.threshold][
        :MAX_TOPICS
    ]
