"""List what the archivist should check: restored titles, unsure tags, rare leaders.

That is: restored titles, leaders seen once, merged spellings, and tags the
tagger was unsure of.

Reads the Markdown under the content folder (nothing is changed). Restored titles
are those marked `Title_Restored: true`; merges follow the same rules and the same
`leaders.toml` as the site's leader pages; doubtful tags are recomputed from each
article's title and body and shown only while the tag is still in its front matter
(a hand correction ends the doubt).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from hoptac.article import LeaderRole, parse_front_matter, split_list
from hoptac.tagging import tag_article
from hoptac.tagging.leader_names import leaders_file, load_decisions, resolve_leaders

logger = logging.getLogger(__name__)


@dataclass
class Review:
    """What `hoptac review` reports, in the order it prints it."""

    restored_titles: list[dict] = field(default_factory=list)  # {file, title, url}
    leaders_seen_once: list[dict] = field(default_factory=list)  # {leader, title, file}
    merged_spellings: list[dict] = field(default_factory=list)  # {leader, spellings…}
    uncertain_tags: list[dict] = field(default_factory=list)  # {file, note}
    articles: int = 0
    unreadable: list[str] = field(default_factory=list)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content", default="content", help="content folder (default: content)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    content = Path(args.content)
    if not content.is_dir():
        print(f"review: no content folder at {content}", file=sys.stderr)
        return 1
    review = review_archive(content)
    if args.json:
        print(json.dumps(asdict(review), ensure_ascii=False, indent=1))
    else:
        print_review(review)
    return 0


def _is_true(value: str) -> bool:
    return value.strip().lower() in ("true", "yes", "1")


def review_archive(content: Path) -> Review:
    """Read every article under `content` and collect what needs an archivist's eye."""
    review = Review()
    mentions: list[tuple[str, str]] = []
    seen_in: dict[str, list[tuple[str, str]]] = defaultdict(
        list
    )  # name -> (file, office)
    for path in sorted(content.rglob("*.md")):
        relative = str(path.relative_to(content))
        try:
            meta, body = parse_front_matter(path.read_text(encoding="utf-8"), relative)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            review.unreadable.append(f"{relative}: {exc}")
            continue
        review.articles += 1
        keys = {k.lower(): v for k, v in meta.items()}
        title = keys.get("title", "")
        if _is_true(keys.get("title_restored", "")):
            review.restored_titles.append(
                {"file": relative, "title": title, "url": keys.get("source_url", "")}
            )
        offices = {}
        for text in keys.get("leader_roles", "").split(";"):
            if " = " in text:
                role = LeaderRole.parse(text.strip())
                offices[role.name] = role.title
        leaders = split_list(keys.get("leaders", ""))
        for name in leaders:
            mentions.append((name, offices.get(name, "")))
            seen_in[name].append((relative, offices.get(name, "")))
        tagged = set(leaders) | set(split_list(keys.get("provinces", "")))
        for note in tag_article(title, body).uncertain:
            kind, _, rest = note.partition(": ")
            subject = rest.split(" (")[0].split(" only ")[0].split(" left out")[0]
            # A doubt about a tag the front matter no longer has is settled; a
            # province left out stays worth a look unless it was added by hand.
            if ("left out" in rest) != (subject in tagged):
                review.uncertain_tags.append({"file": relative, "note": note})

    resolution = resolve_leaders(mentions, load_decisions(leaders_file(content.parent)))
    per_person: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, places in seen_in.items():
        per_person[resolution.canonical.get(name, name)].extend(places)
    for leader, places in sorted(per_person.items()):
        files = {f for f, _ in places}
        if len(files) == 1:
            review.leaders_seen_once.append(
                {"leader": leader, "title": places[0][1], "file": places[0][0]}
            )
    for leader, spellings in sorted(resolution.merged().items()):
        review.merged_spellings.append(
            {
                "leader": leader,
                "spellings": spellings,
                "why": sorted(
                    {
                        resolution.reasons[s]
                        for s in spellings
                        if s in resolution.reasons
                    }
                ),
            }
        )
    return review


def _table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    print(f"\n{title} ({len(rows)})")
    if not rows:
        return
    widths = [
        min(60, max(len(h), *(len(r[i]) for r in rows))) for i, h in enumerate(header)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        cells = [
            c if len(c) <= w else c[: w - 1] + "…"
            for c, w in zip(row, widths, strict=True)
        ]
        print(
            "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
        )


def print_review(review: Review) -> None:
    """Print the review as plain-text tables."""
    print(f"{review.articles} articles reviewed")
    _table(
        "Restored titles",
        ("file", "title"),
        [(r["file"], r["title"]) for r in review.restored_titles],
    )
    _table(
        "Leaders seen once",
        ("leader", "office", "file"),
        [(r["leader"], r["title"], r["file"]) for r in review.leaders_seen_once],
    )
    _table(
        "Merged spellings",
        ("leader", "spellings", "why"),
        [
            (r["leader"], "; ".join(r["spellings"]), "; ".join(r["why"]))
            for r in review.merged_spellings
        ],
    )
    _table(
        "Tags the tagger was unsure of",
        ("file", "note"),
        [(r["file"], r["note"]) for r in review.uncertain_tags],
    )
    for problem in review.unreadable:
        print(f"unreadable: {problem}", file=sys.stderr)
