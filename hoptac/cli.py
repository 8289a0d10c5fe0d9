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

SUBCOMMANDS = {
    "ingest": "hoptac.ingest.command",
    "search": "hoptac.search.command",
    "review": "hoptac.review",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hoptac",
        description="Archive Vietnamese news about cooperation between provinces.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in SUBCOMMANDS.items():
        module = importlib.import_module(module_name)
        sub = commands.add_parser(
            name, help=module.__doc__.splitlines()[0], description=module.__doc__
        )
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    args = build_parser().parse_args(argv)
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
