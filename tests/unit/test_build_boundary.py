"""The domain library never imports the build (`hoptac.build`)."""

from __future__ import annotations

import ast
from pathlib import Path

HOPTAC = Path(__file__).resolve().parents[2] / "hoptac"


def imported_modules(path: Path, package_root: Path = HOPTAC) -> list[tuple[int, str]]:
    """Return (line, module) of every import in a file of the package, anywhere
    in it (inside functions too); relative imports made absolute, and `from a
    import b` counted as importing both `a` and `a.b`."""
    parts = list(path.relative_to(package_root.parent).with_suffix("").parts)
    package = parts[:-1]  # an __init__.py's package is its folder as well
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def build_imports(path: Path, package_root: Path = HOPTAC) -> list[str]:
    """Return one line for each import of `hoptac.build` in the file."""
    return [
        f"{path.relative_to(package_root.parent)}:{line}: imports {module}"
        for line, module in imported_modules(path, package_root)
        if module == "hoptac.build" or module.startswith("hoptac.build.")
    ]


def test_no_module_outside_hoptac_build_imports_it() -> None:
    build = HOPTAC / "build"
    outside = [p for p in sorted(HOPTAC.rglob("*.py")) if build not in p.parents]
    assert len(outside) > 20  # the walk found the library
    assert [line for path in outside for line in build_imports(path)] == []


def test_every_way_of_importing_the_build_is_seen(tmp_path: Path) -> None:
    root = tmp_path / "hoptac"
    samples = {
        "search/a.py": "import hoptac.build.driver\n",
        "search/b.py": "from hoptac.build import BuildError\n",
        "search/c.py": "from hoptac import build\n",
        "search/d.py": "from ..build.inputs import BuildInputs\n",
        "e.py": "from .build import session\n",
        "search/f.py": "def later():\n    from hoptac.build.driver import build_site\n",
        "search/g.py": "from hoptac.files import write_atomically\n",
        "search/h.py": "from . import build\n",  # hoptac.search.build: not ours
    }
    found = {}
    for name, text in samples.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        found[name] = build_imports(path, root)
    assert [name for name, lines in found.items() if lines] == [
        "search/a.py",
        "search/b.py",
        "search/c.py",
        "search/d.py",
        "e.py",
        "search/f.py",
    ]
    assert found["search/f.py"] == [
        "hoptac/search/f.py:2: imports hoptac.build.driver",
        "hoptac/search/f.py:2: imports hoptac.build.driver.build_site",
    ]
