"""Search the archive's full-text index from the terminal.

A word typed with diacritics means that word (`Lâm Đồng` is not `làm đóng`);
one typed without them means every word spelled so (`ha noi lam dong`).
"Quoted words" are a phrase; abbreviations (`TPHCM`, and those the archive
introduces, such as `UBKT`) are understood. Articles with every word come
first. Hits are printed in rank order: score, date, Source_ID, title and URL
(or, with --json, `total`, `complete` and one JSON object with `source_id`,
`title`, `url`, `date`, `provinces`, `score` per hit).
Exit status: 0 with hits, 1 without, 2 when the query or the index is unusable.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from hoptac import facets
from hoptac.search.index import COOPERATION_KINDS
from hoptac.search.live import IndexUnreadable, open_checked
from hoptac.search.query import SORTS, Filters, QueryError

logger = logging.getLogger(__name__)

DEFAULT_INDEX = Path("output") / "search" / "whoosh"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `hoptac search` arguments to its subparser."""
    parser.add_argument("query", help="words to search for")
    parser.add_argument(
        "--index",
        type=Path,
        default=DEFAULT_INDEX,
        help=f"the Whoosh index directory (default: {DEFAULT_INDEX})",
    )
    parser.add_argument("-n", type=int, default=10, help="how many hits (default 10)")
    parser.add_argument("--json", action="store_true", help="print hits as JSON")
    for facet in facets.FACETS:  # the registry's facets, one option each
        parser.add_argument(
            f"--{facet.param}",
            dest=facet.filter,
            action="append",
            default=[],
            help=f"only articles with this {facet.param} (repeatable)",
        )
    parser.add_argument(
        "--from", dest="date_from", default="", help="from this date (YYYY[-MM[-DD]])"
    )
    parser.add_argument(
        "--to", dest="date_to", default="", help="up to this date (YYYY[-MM[-DD]])"
    )
    parser.add_argument(
        "--cooperation",
        default="",
        choices=["", "any", *COOPERATION_KINDS],
        help="only coverage of cooperation between provinces (any, or one kind)",
    )
    parser.add_argument(
        "--sort", default="relevance", choices=SORTS, help="order (default relevance)"
    )


def run(args: argparse.Namespace) -> int:
    """Run one search and print its hits; return the exit status."""
    if not 1 <= args.n <= 100:
        print("hoptac search: -n must be between 1 and 100", file=sys.stderr)
        return 2
    filters = Filters(
        **{facet.filter: getattr(args, facet.filter) for facet in facets.FACETS},
        date_from=args.date_from,
        date_to=args.date_to,
        cooperation=args.cooperation,
    )
    try:
        index = open_checked(args.index, warm=False)
        result = index.search(args.query, filters, per_page=args.n, sort=args.sort)
    except (FileNotFoundError, IndexUnreadable, QueryError) as exc:
        print(f"hoptac search: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a query reading a damaged file
        print(f"hoptac search: {IndexUnreadable(args.index, exc)}", file=sys.stderr)
        return 2
    if args.json:
        hits = [
            {
                "source_id": h.source_id,
                "title": h.title,
                "url": h.url,
                "date": h.date,
                "provinces": h.provinces,
                "score": h.score,
            }
            for h in result.hits
        ]
        json.dump(
            {
                "query": args.query,
                "total": result.total,
                "complete": result.complete,
                "hits": hits,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
    else:
        print(f"{result.total} kết quả cho “{args.query}”")
        if result.total and not result.complete:
            print("Không bài nào có đủ mọi từ; các bài dưới đây chỉ có một phần.")
        elif result.complete < result.total:
            print(f"{result.complete} bài có đủ mọi từ, xếp trước.")
        for rank, hit in enumerate(result.hits, 1):
            provinces = ", ".join(hit.provinces)
            date = hit.date or "chưa rõ năm"
            print(f"{rank:>3}. [{hit.score:.3f}] {date}  {hit.source_id}")
            print(f"     {hit.title}")
            print(f"     {hit.url}" + (f"  ({provinces})" if provinces else ""))
    return 0 if result.hits else 1
