"""The `hoptac` command line: `hoptac ingest`, `hoptac search` and `hoptac review`.

Each subcommand lives with its domain code (`hoptac.ingest.command`,
`hoptac.search.command`), which adds its own arguments and runs it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

logger = logging.getLogger(__name__)

# name -> (module, the first line of its docstring). Only the chosen command's
# module is imported: `hoptac ingest` need not load the search engine.
SUBCOMMANDS = {
    "ingest": (
        "hoptac.ingest.command",
        "Turn raw articles (files or folders) into tagged Markdown under content/.",
    ),
    "search": (
        "hoptac.search.command",
        "Search the archive's full-text index from the terminal.",
    ),
    "review": (
        "hoptac.review",
        "List what the archivist should check: restored titles, unsure tags, rare leaders.",
    ),
}


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with the arguments of the command `argv` names (all when none)."""
    parser = argparse.ArgumentParser(
        prog="hoptac",
        description="Archive Vietnamese news about cooperation between provinces.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    words = [a for a in (sys.argv[1:] if argv is None else argv) if a[:1] != "-"]
    chosen = words[0] if words and words[0] in SUBCOMMANDS else None
    for name, (module_name, summary) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=summary)
        if chosen in (None, name):
            module = importlib.import_module(module_name)
            sub.description = module.__doc__
            module.add_arguments(sub)
            sub.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    args = build_parser(argv).parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return args.run(args)
    except BrokenPipeError:
        # `hoptac … | head`: the reader has what it wanted; say nothing more.
        sys.stderr.close()
        return 0
