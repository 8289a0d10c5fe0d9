"""Turn raw articles (files or folders) into tagged Markdown under content/.

Formats: scraped page text, the dantri corpus format, saved HTML, JSON Lines
(`.jsonl`, `.jsonl.gz`) and Markdown with front matter (re-tagged, body kept).
Sources are preserved byte for byte under sources/. Statuses: written,
unchanged, skipped (a hand-edited file left alone, or a file a folder walk
ignored), error. The exit status is 1 when any input failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path

from hoptac.ingest.decoding import DEFAULT_EXPANDED_LIMIT, DEFAULT_SIZE_LIMIT
from hoptac.ingest.pipeline import Ingestor
from hoptac.ingest.records import IngestResult

logger = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders to ingest"
    )
    parser.add_argument(
        "--content", default="content", help="content folder (default: content)"
    )
    parser.add_argument(
        "--sources",
        default=None,
        help="where raw sources are preserved (default: sources/ beside the content folder)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per article"
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite Markdown files edited by hand"
    )
    parser.add_argument(
        "--cooperation-only",
        action="store_true",
        help="archive only coverage of cooperation between provinces; "
        "report other articles skipped (their sources are still kept)",
    )
    parser.add_argument(
        "--date",
        default="",
        metavar="YYYY[-MM[-DD]]",
        help="date for inputs that state none (a year or month is kept as such)",
    )
    parser.add_argument(
        "--max-size",
        type=int,
        default=DEFAULT_SIZE_LIMIT,
        metavar="BYTES",
        help=f"largest article file or JSON Lines record (default {DEFAULT_SIZE_LIMIT:,})",
    )
    parser.add_argument(
        "--max-expanded",
        type=int,
        default=DEFAULT_EXPANDED_LIMIT,
        metavar="BYTES",
        help="largest a compressed input may expand to "
        f"(default {DEFAULT_EXPANDED_LIMIT:,})",
    )


def run(args: argparse.Namespace) -> int:
    content = Path(args.content)
    sources = (
        Path(args.sources) if args.sources else content.resolve().parent / "sources"
    )
    missing = [p for p in args.paths if not Path(p).exists()]
    try:
        ingestor = Ingestor(
            content,
            sources,
            force=args.force,
            supplied_date=args.date,
            size_limit=args.max_size,
            expanded_limit=args.max_expanded,
            cooperation_only=args.cooperation_only,
        )
    except ValueError as exc:
        print(f"hoptac ingest: --date: {exc}", file=sys.stderr)
        return 2
    # A file name that is not UTF-8 still gets its line, escaped.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    counts: Counter = Counter()
    for path in missing:
        counts["error"] += 1
        message = f"{path}: no such file or folder"
        if args.json:
            print(json.dumps({"input": path, "status": "error", "messages": [message]}))
        else:
            print(f"error: {message}", file=sys.stderr)
    paths = [Path(p) for p in args.paths if Path(p).exists()]
    started = time.perf_counter()
    if args.json:
        for result in ingestor.ingest(paths):
            _count(counts, result)
            print(json.dumps(result.as_json(), ensure_ascii=False), flush=True)
    else:
        _run_with_progress(ingestor, paths, counts)
        _print_summary(counts, time.perf_counter() - started)
    return 1 if counts["error"] else 0


def _count(counts: Counter, result: IngestResult) -> None:
    counts[
        "ignored" if result.status == "skipped" and not result.output else result.status
    ] += 1
    counts["merged"] += result.merged
    counts["renamed"] += result.renamed


def _run_with_progress(ingestor: Ingestor, paths: list[Path], counts: Counter) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    files = list(ingestor.expand(paths))
    console = Console(stderr=True)
    for result in ingestor.ignored:
        _count(counts, result)
        console.print(f"[dim]ignored[/dim] {result.messages[-1]}", highlight=False)
    with Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(files))
        for prepared in ingestor.prepare(files):
            progress.update(task, description=prepared.path.name[:40])
            for result in ingestor.store(prepared):
                _count(counts, result)
                if result.status == "error":
                    console.print(
                        f"[red]error[/red] {'; '.join(result.messages)}",
                        highlight=False,
                    )
                elif result.status == "skipped":
                    console.print(
                        f"[yellow]skipped[/yellow] {result.messages[-1]}",
                        highlight=False,
                    )
            progress.advance(task)


def summary_notes(counts: Counter) -> list[str]:
    """Sentences that explain the counts: merged sources, new ids, ignored files."""
    notes = []
    if counts["merged"]:
        notes.append(
            f"{counts['merged']} of them merged into an existing article as a further "
            "source (the same words from another file: Also_Source_IDs)"
        )
    if counts["renamed"]:
        notes.append(
            f"{counts['renamed']} given a new id (a different article under an id "
            "already used: Original_Source_ID keeps the one it came with)"
        )
    if counts["ignored"]:
        notes.append(
            f"{counts['ignored']} file(s) in the folders ignored: not a known input "
            "format (name a file itself to read it anyway)"
        )
    return notes


def _print_summary(counts: Counter, seconds: float) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="hoptac ingest", show_edge=False)
    table.add_column("status")
    table.add_column("articles", justify="right")
    for status in ("written", "unchanged", "skipped", "error"):
        table.add_row(status, str(counts[status]))
    total = sum(counts[s] for s in ("written", "unchanged", "skipped", "error"))
    table.add_row("total", f"{total} in {seconds:.1f} s")
    console = Console()
    console.print(table)
    for note in summary_notes(counts):
        console.print(f"- {note}", highlight=False)
