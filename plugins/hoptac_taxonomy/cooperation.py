"""Cooperation coverage: events for pairs and provinces, the network, the feeds.

Reads the front-matter contract (`Cooperation_Kind`, `Cooperation_Parties`,
`Cooperation_Leaders`, `Cooperation_Fields`, `Cooperation_Period`); an article
without `Cooperation_Kind` is not cooperation coverage. `attach_cooperation`
runs inside the taxonomy's one pass and gives templates:

- `hoptac.cooperation` (a `Cooperation`): its `articles` (newest first), the
  cooperating `pairs` ranked by events, the `mention_pairs` (named together only)
  and the `network` drawing;
- on a pair: `events` (a timeline, oldest first, undated last) and `co_mentions`;
- on a province: `events` and `cooperation_partners` [(partner, events, pair)];
- on an article: `article.hoptac.cooperation` (a `CooperationFacts` or None).
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from hoptac.article import split_list
from hoptac.facets import COOPERATION_KINDS
from hoptac.gazetteer import ProvinceGazetteer, name_slug
from hoptac.province_map import HEIGHT, WIDTH, project

logger = logging.getLogger(__name__)

# Reader-facing names of the contract's kinds, in the order the site lists
# them (the registry, hoptac.facets).
KIND_LABELS = {kind.name: kind.label for kind in COOPERATION_KINDS}
COOPERATION_FEED = "feeds/hop-tac.atom.xml"
PAIR_FEED = "feeds/cap/{slug}.atom.xml"
# Network edges: the pair with most events is drawn this wide, the others in
# proportion, never thinner than the minimum (map units).
EDGE_MIN, EDGE_MAX = 1.5, 9.0
_LEADER = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


@dataclass
class CooperationFacts:
    """An article's cooperation keys, as read from its front matter."""

    kind: str
    parties: list[str] = field(default_factory=list)
    leaders: list[tuple[str, str]] = field(default_factory=list)  # (name, province)
    fields: list[str] = field(default_factory=list)
    period: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass
class Side:
    """One party of an event: the province entry and its leaders named there."""

    province: object  # Entry
    leaders: list = field(default_factory=list)  # [(name, Entry | None)]


@dataclass
class Event:
    """One cooperation article seen from a pair or a province."""

    article: object
    facts: CooperationFacts
    sides: list[Side] = field(default_factory=list)
    pair: object = None  # the pair Entry, on a province's timeline of two parties

    @property
    def undated(self) -> bool:
        return bool(self.article.metadata.get("hoptac_undated"))


@dataclass
class NetworkNode:
    entry: object
    x: float
    y: float
    events: int


@dataclass
class NetworkEdge:
    pair: object
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    events: int


@dataclass
class Network:
    width: int = WIDTH
    height: int = HEIGHT
    nodes: list[NetworkNode] = field(default_factory=list)
    edges: list[NetworkEdge] = field(default_factory=list)


@dataclass
class Cooperation:
    """The site's cooperation coverage."""

    articles: list = field(default_factory=list)
    pairs: list = field(default_factory=list)  # [Entry] with events, ranked
    mention_pairs: list = field(default_factory=list)  # [Entry] without events
    kinds: Counter = field(default_factory=Counter)
    network: Network = field(default_factory=Network)

    @property
    def dated(self) -> list:
        """The dated coverage, newest first: what the site-wide feed carries."""
        return _dated_newest_first(self.articles)


def read_facts(metadata: dict) -> CooperationFacts | None:
    """The cooperation keys of an article's metadata, or None when it is not coverage."""
    kind = str(metadata.get("cooperation_kind", "")).strip()
    if not kind:
        return None
    leaders = []
    for item in _items(metadata, "cooperation_leaders"):
        match = _LEADER.match(item)
        leaders.append((match[1], match[2].strip()) if match else (item, ""))
    return CooperationFacts(
        kind=kind,
        parties=list(dict.fromkeys(_items(metadata, "cooperation_parties"))),
        leaders=leaders,
        fields=_items(metadata, "cooperation_fields"),
        period=str(metadata.get("cooperation_period", "")).strip(),
    )


def _items(metadata: dict, key: str) -> list[str]:
    value = metadata.get(key, "")
    return split_list(value) if isinstance(value, str) else list(value)


def pair_identity(first: str, second: str) -> tuple[str, str]:
    """A pair's name and slug from its two provinces, already in gazetteer order."""
    return f"{first} – {second}", f"{name_slug(first)}--{name_slug(second)}"


def attach_cooperation(
    index,
    articles: list,
    gazetteer: ProvinceGazetteer,
    pair_entry: Callable[[str, str], object],
) -> Cooperation:
    """Read every article's cooperation keys and give pairs and provinces their events.

    `pair_entry(name, slug)` returns the taxonomy's pair entry, made when a
    cooperation names a pair no co-mention made (a round-up of many provinces).
    """
    cooperation = Cooperation()
    partner_events: dict[str, Counter] = defaultdict(Counter)
    pair_of: dict[tuple[str, str], object] = {}
    for article in articles:
        facts = read_facts(article.metadata)
        article.hoptac.cooperation = facts
        if facts is None:
            continue
        if facts.kind not in KIND_LABELS:
            logger.warning(
                "hoptac_taxonomy: %s: unknown Cooperation_Kind %r",
                article.source_path,
                facts.kind,
            )
        cooperation.articles.append(article)
        cooperation.kinds[facts.kind] += 1
        parties = []
        for name in facts.parties:
            province = gazetteer.get(name)
            if province is None or province.name not in index.provinces:
                logger.warning(
                    "hoptac_taxonomy: %s: cooperation party %r is not among "
                    "its Provinces",
                    article.source_path,
                    name,
                )
                continue
            parties.append(province)
        parties.sort(key=lambda p: p.code)
        sides = {p.name: _side(index, gazetteer, p.name, facts) for p in parties}
        article.hoptac.cooperation_sides = list(sides.values())
        for province in parties:
            entry = index.provinces[province.name]
            entry.events.append(Event(article, facts, list(sides.values())))
        for first, second in combinations(parties, 2):
            name, slug = pair_identity(first.name, second.name)
            pair = pair_entry(name, slug)
            if not pair.members:
                pair.members = (
                    index.provinces[first.name],
                    index.provinces[second.name],
                )
            if article not in pair.articles:
                pair.articles.append(article)
            pair.events.append(
                Event(article, facts, [sides[first.name], sides[second.name]], pair)
            )
            pair_of[first.name, second.name] = pair_of[second.name, first.name] = pair
            partner_events[first.name][second.name] += 1
            partner_events[second.name][first.name] += 1

    for pair in index.pairs.values():
        in_events = {id(e.article) for e in pair.events}
        pair.co_mentions = [a for a in pair.articles if id(a) not in in_events]
        pair.events = timeline(pair.events)
    for name, entry in index.provinces.items():
        entry.events = timeline(entry.events)
        entry.cooperation_partners = [
            (index.provinces[partner], count, pair_of[name, partner])
            for partner, count in sorted(
                partner_events[name].items(), key=lambda item: (-item[1], item[0])
            )
        ]
    ranked = sorted(index.pairs.values(), key=_rank)
    cooperation.pairs = [p for p in ranked if p.events]
    cooperation.mention_pairs = [p for p in ranked if not p.events]
    cooperation.network = network(cooperation.pairs, gazetteer)
    return cooperation


def _side(index, gazetteer: ProvinceGazetteer, province: str, facts) -> Side:
    """The province's leaders among the article's `Name (Province)` items."""
    leaders = []
    for name, where in facts.leaders:
        found = gazetteer.get(where) if where else None
        if found is not None and found.name == province:
            leaders.append((name, index.leaders.get(name)))
    return Side(index.provinces[province], leaders)


def timeline(events: list[Event]) -> list[Event]:
    """Events oldest first, as a history reads; undated ones after them."""
    return sorted(events, key=lambda e: (e.undated, e.article.date))


def _rank(pair) -> tuple:
    latest = max((e.article.date for e in pair.events if not e.undated), default=None)
    return (
        -len(pair.events),
        -(latest.toordinal() if latest else 0),
        -pair.count,
        pair.name,
    )


def network(pairs: list, gazetteer: ProvinceGazetteer) -> Network:
    """Place the cooperating provinces by their coordinates; an edge per pair."""
    drawing = Network()
    if not pairs:
        return drawing
    top = max(len(p.events) for p in pairs)
    events_of: Counter = Counter()
    for pair in pairs:
        first, second = (gazetteer[m.name] for m in pair.members)
        (x1, y1), (x2, y2) = (
            project(first.lon, first.lat),
            project(second.lon, second.lat),
        )
        width = EDGE_MIN + (EDGE_MAX - EDGE_MIN) * (len(pair.events) - 1) / max(
            top - 1, 1
        )
        drawing.edges.append(
            NetworkEdge(pair, x1, y1, x2, y2, round(width, 1), len(pair.events))
        )
        for member in pair.members:
            events_of[member.name] += len(pair.events)
    # Thick edges first, so thin ones stay on top and reachable by pointer.
    drawing.edges.sort(key=lambda e: -e.width)
    members = {m.name: m for p in pairs for m in p.members}
    for name, count in events_of.most_common():
        province = gazetteer[name]
        x, y = project(province.lon, province.lat)
        drawing.nodes.append(NetworkNode(members[name], x, y, count))
    return drawing


def cooperation_feeds(index, settings: dict) -> Iterator[tuple[str, str, list]]:
    """(path, title, dated articles newest first) of each cooperation feed.

    A feed with no dated article is not written (pages link only to those that
    are): its `updated` would be the build's time, not the archive's.
    """
    cooperation = index.cooperation
    site = settings["SITENAME"]
    feeds = [
        (
            settings.get("HOPTAC_COOPERATION_FEED", COOPERATION_FEED),
            f"{site} — Tin hợp tác",
            cooperation.dated,
        )
    ]
    for pair in cooperation.pairs:
        feeds.append(
            (
                pair_feed_path(pair, settings),
                f"{site} — Hợp tác {pair.name}",
                _dated_newest_first([e.article for e in pair.events]),
            )
        )
    return iter([feed for feed in feeds if feed[2]])


def pair_feed_path(pair, settings: dict) -> str:
    pattern = settings.get("HOPTAC_PAIR_FEED", PAIR_FEED)
    return pattern.format(slug=pair.wrapper.slug)


def _dated_newest_first(articles: list) -> list:
    dated = [a for a in articles if not a.metadata.get("hoptac_undated")]
    return sorted(dated, key=lambda a: a.date, reverse=True)


def export_fields(article) -> dict:
    """The cooperation columns of data/articles.json and .csv."""
    facts = getattr(article.hoptac, "cooperation", None)
    if facts is None:
        return {
            "cooperation_kind": "",
            "cooperation_parties": [],
            "cooperation_leaders": [],
            "cooperation_fields": [],
            "cooperation_period": "",
        }
    return {
        "cooperation_kind": facts.kind,
        "cooperation_parties": facts.parties,
        "cooperation_leaders": [
            f"{name} ({where})" if where else name for name, where in facts.leaders
        ],
        "cooperation_fields": facts.fields,
        "cooperation_period": facts.period,
    }


def export_events(pair) -> list[dict]:
    """A pair's events for data/pairs.json."""
    return [
        {
            "date": "" if event.undated else event.article.date.isoformat(),
            "date_label": event.article.hoptac.date_label,
            "kind": event.facts.kind,
            "url": event.article.url,
            "id": event.article.metadata.get("source_id", event.article.slug),
            "leaders": {
                side.province.name: [name for name, _ in side.leaders]
                for side in event.sides
            },
            "period": event.facts.period,
        }
        for event in pair.events
    ]
