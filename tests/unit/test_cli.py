from __future__ import annotations

import importlib
import subprocess
import sys

from hoptac.cli import SUBCOMMANDS, build_parser


def test_each_command_summary_is_its_module_docstring_first_line() -> None:
    for module_name, summary in SUBCOMMANDS.values():
        assert importlib.import_module(module_name).__doc__.splitlines()[0] == summary


def test_every_command_parses_when_none_is_named() -> None:
    parser = build_parser([])
    for name in SUBCOMMANDS:
        args = parser.parse_args([name] if name == "review" else [name, "x"])
        assert args.command == name and callable(args.run)


def test_ingest_does_not_load_the_search_engine() -> None:
    # A fresh interpreter: the commands import their modules only when chosen.
    code = (
        "import sys; from hoptac.cli import build_parser;"
        "build_parser(['ingest', 'x']).parse_args(['ingest', 'x']);"
        "print(sorted(m for m in sys.modules if m.startswith(('whoosh', 'hoptac.search'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
