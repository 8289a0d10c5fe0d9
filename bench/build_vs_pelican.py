"""Full build time of the dantri corpus + seeds: our theme and plugins vs plain Pelican.

Both builds read the same Markdown (made by `hoptac ingest`); plain Pelican uses
its default theme and no plugins. Each build runs in its own process, from a
cold cache, several times; the script prints medians and the ratio, plus the
ratio without the search plugin so the taxonomy's own cost is visible.

Run: python bench/build_vs_pelican.py [--content DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus" / "dantri-unc"

PLAIN_SETTINGS = """
AUTHOR = "bench"
SITENAME = "plain"
PATH = {content!r}
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
RELATIVE_URLS = True
READERS = {{"rst": None}}
DEFAULT_DATE = (1900, 1, 1)
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""

OURS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from hoptac.site_build import build_site
    overrides = {"PLUGINS": sys.argv[4].split(","), "LOAD_CONTENT_CACHE": False}
    build_site(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), overrides)
    """
)


def run_timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Run a command; return (seconds, peak resident memory of children in MiB)."""
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--content", type=Path, help="an ingested content folder to reuse"
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="hoptac-build-bench-"))
    content = args.content
    if content is None:
        if not CORPUS.is_dir():
            print(f"The shared corpus is not here ({CORPUS}): nothing to measure.")
            return 0
        content = scratch / "content"
        subprocess.run(
            [sys.executable, "-m", "hoptac", "ingest", str(CORPUS),
             str(PROJECT / "samples" / "seeds"), "--content", str(content), "--json"],
            check=True, capture_output=True,
        )  # fmt: skip
    count = len(list(content.rglob("*.md")))
    plain_conf = scratch / "plain.py"
    plain_conf.write_text(PLAIN_SETTINGS.format(content=str(content.resolve())))
    variants = {
        "plain Pelican": lambda out: [
            sys.executable, "-m", "pelican", "-s", str(plain_conf), "-o", str(out), "-q",
        ],
        "hoptac (taxonomy only)": lambda out: [
            sys.executable, "-c", OURS, str(PROJECT / "pelicanconf.py"), str(out),
            str(content), "hoptac_taxonomy",
        ],
        "hoptac (taxonomy + search)": lambda out: [
            sys.executable, "-c", OURS, str(PROJECT / "pelicanconf.py"), str(out),
            str(content), "hoptac_taxonomy,hoptac_search",
        ],
    }  # fmt: skip
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.repeat):
        for name, command in variants.items():
            out = scratch / "out"
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(PROJECT / "cache", ignore_errors=True)
            seconds, _ = run_timed(command(out), PROJECT)
            timings[name].append(seconds)
    base = statistics.median(timings["plain Pelican"])
    print(f"{count} articles, median of {args.repeat} full builds each (cold cache):")
    summary = {}
    for name, runs in timings.items():
        median = statistics.median(runs)
        summary[name] = {"seconds": round(median, 1), "ratio": round(median / base, 2)}
        print(f"  {name:28} {median:6.1f} s   {median / base:4.2f}x plain Pelican")
    print(json.dumps(summary))
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
