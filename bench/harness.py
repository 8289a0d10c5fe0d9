"""The benchmark harness: the whole pipeline measured against its peers.

Prints every figure as it is measured and writes them, with the machine's
description, to `bench/RESULTS.md` (`invoke bench`):

- ingest throughput (articles/s) on the dantri corpus and on a slice of the
  baomoi JSON Lines (whose records state no date: `--date 2017` supplies one);
- full build time, ours (theme + plugins) and plain Pelican (default theme, no
  plugins) on the same Markdown, as a ratio from the same run;
- incremental build time after one article changes, as a fraction of a full build;
- search: index size on disk, bytes a browser transfers for a first and a
  second query, and query time in Chromium, each beside Pagefind run on the
  same built site (indexing the same article pages);
- `/api/search` latency (p50, p99) and throughput with 20 and 100 clients;
- peak memory of ingest, build (with its forked index writer) and index;
- search and tagging quality on the development sets (full mode).

Timings are medians of `--repeat` runs; comparisons are ratios from the same
run, because this machine is shared and noisy. `--quick` runs on the shipped
samples in under a minute; without `../shared/corpus` (or
`$HOPTAC_CORPUS`, `bench/corpus_refs.py`) the harness says so and
runs quick. `--scale` adds one ingest and build of the baomoi records plus the
dantri corpus (38,000 articles) with peak memory.

Run: python bench/harness.py [--quick] [--scale] [--repeat N] [--no-write]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_load
from corpus_refs import CORPUS, PROJECT
from measure import SAMPLE_SECONDS, Run, machine_description, median, run_measured

RESULTS = PROJECT / "bench" / "RESULTS.md"
PYTHON = sys.executable
BAOMOI = CORPUS / "baomoi-2017.jsonl.gz"
BAOMOI_DATE = "2017"  # the year of the crawl (the file's name); records state none
BAOMOI_SLICE = 5_000


def shown_path(path: Path) -> str:
    """`path` relative to the project (`../shared/corpus/...`), as reports name inputs.

    An absolute path would describe only the machine that ran the harness.
    """
    return os.path.relpath(path, PROJECT)


QUERIES = [
    "ha noi",
    "Hà Nội",
    "da nang",
    "xúc tiến thương mại",
    "an toàn giao thông",
    "TPHCM",
    "lam dong",
    "thủ tướng",
    "covid",
    "hoa binh",
]

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

OUR_BUILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from hoptac.build.driver import before_exit, build_site
    content, output, cache, load_cache = sys.argv[1:5]
    overrides = {"CACHE_PATH": cache, "LOAD_CONTENT_CACHE": load_cache == "1"}
    build_site(Path("pelicanconf.py"), Path(output), Path(content), overrides)
    before_exit()  # as `invoke build` does
    """
)

INDEX_ONLY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from hoptac.search.index import documents_from_markdown, invert_documents, write_index
    from hoptac.search.shards import write_search_shards
    content, out = Path(sys.argv[1]), Path(sys.argv[2])
    inverted = invert_documents(documents_from_markdown(content.rglob("*.md")))
    write_index(inverted, out / "whoosh")
    write_search_shards(inverted, out)
    """
)


def say(text: str) -> None:
    print(text, flush=True)


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def count_markdown(content: Path) -> int:
    return sum(1 for _ in content.rglob("*.md"))


def ingest(
    inputs: list[Path],
    content: Path,
    date: str = "",
    sample_seconds: float | None = SAMPLE_SECONDS,
) -> tuple[Run, int]:
    """Ingest inputs into a fresh content folder; return the run and articles written.

    Memory is sampled only when `sample_seconds` is given: reading every
    process's `smaps_rollup` ten times a second takes a few per cent of the
    machine (`smaps_account` in a perf profile), so timed runs go unsampled.

    The folder must not exist: runs are not timed into an archive the harness has
    just deleted. On ext4, creating files soon after thousands were deleted costs
    up to ten times more CPU (the inode allocator checks each recently deleted
    inode, `recently_deleted` in a perf profile), which measures the previous
    run's clean-up, not ingest.
    """
    if content.parent.exists():
        raise ValueError(f"{content.parent} exists: ingest runs into a fresh folder")
    command = [PYTHON, "-m", "hoptac", "ingest", *map(str, inputs)]
    command += ["--content", str(content), "--json"]
    if date:
        command += ["--date", date]
    # Exit status 1: some inputs were refused (each named in the output).
    run = run_measured(command, PROJECT, allowed=(0, 1), sample_seconds=sample_seconds)
    return run, _count_status(run.stdout, "written")


def _count_status(output: str, status: str) -> int:
    """Count the JSON lines of `hoptac ingest --json` with this status."""
    count = 0
    for line in output.splitlines():
        if line.startswith("{"):
            try:
                count += json.loads(line).get("status") == status
            except ValueError:
                continue
    return count


def build_ours(
    content: Path,
    output: Path,
    cache: Path,
    load_cache: bool,
    sample_seconds: float | None = None,
) -> Run:
    """Build our site; memory is sampled only when `sample_seconds` is given."""
    command = [PYTHON, "-c", OUR_BUILD, str(content), str(output), str(cache)]
    command.append("1" if load_cache else "0")
    return run_measured(command, PROJECT, sample_seconds=sample_seconds)


def build_plain(
    content: Path, output: Path, scratch: Path, sample_seconds: float | None = None
) -> Run:
    """Build plain Pelican's site; memory as `build_ours`."""
    settings = scratch / "plain_settings.py"
    settings.write_text(PLAIN_SETTINGS.format(content=str(content.resolve())))
    command = [PYTHON, "-m", "pelican", "-s", str(settings), "-o", str(output), "-q"]
    return run_measured(command, scratch, sample_seconds=sample_seconds)


def wait_for_removals(folder: Path, seconds: float = 120) -> None:
    """Wait until the old sites our builds remove in the background are gone.

    A build hands its replaced site to `rm -rf` and ends (hoptac.build.driver); the
    removal must not run into the next timed build, ours or plain Pelican's.
    """
    deadline = time.monotonic() + seconds
    while list(folder.glob("*.previous-*")):
        if time.monotonic() > deadline:
            say(f"  (old sites in {folder} still being removed after {seconds:.0f} s)")
            return
        time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    import urllib.request

    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server for {url} exited ({process.returncode})")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server for {url} did not answer in {seconds} s")


def start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


# ---------------------------------------------------------------- sections


def section_ingest(args, scratch: Path, inputs: list[Path], report: dict) -> None:
    say("\n== ingest")
    runs, cpus, written, peak = [], [], 0, 0.0
    # Each run into a folder of its own, all removed after the last one (see
    # `ingest`); the last becomes the archive the other sections read.
    # Timed unsampled, as the builds are; one more run gives the peak memory.
    folders = [scratch / f"ingest-run-{n}" for n in range(args.repeat + 1)]
    for folder in folders[:-1]:
        run, written = ingest(inputs, folder / "content", sample_seconds=None)
        runs.append(run.seconds)
        cpus.append(run.cpu_seconds)
    peak = ingest(inputs, folders[-1] / "content")[0].peak_mib
    folders[-1].rename(scratch / "archive")
    rows = [
        {
            "input": "samples (shipped)" if args.quick else "dantri corpus + seeds",
            "articles": written,
            "seconds": median(runs),
            "per_second": written / median(runs),
            "cpu_ms_per_article": 1000 * median(cpus) / max(written, 1),
            "peak_mib": peak,
        }
    ]
    say(
        f"  {rows[0]['input']}: {written} articles, {rows[0]['per_second']:.0f}/s, "
        f"{rows[0]['cpu_ms_per_article']:.1f} ms CPU/article"
    )
    if not args.quick and BAOMOI.is_file():
        sliced = scratch / "baomoi-slice.jsonl"
        with gzip.open(BAOMOI, "rt", encoding="utf-8") as source:
            lines = [line for _, line in zip(range(BAOMOI_SLICE), source, strict=False)]
        sliced.write_text("".join(lines), encoding="utf-8")
        slice_runs, slice_cpus, slice_written, slice_peak = [], [], 0, 0.0
        for n in range(args.repeat):
            run, slice_written = ingest(
                [sliced], scratch / f"baomoi-{n}" / "content", BAOMOI_DATE, None
            )
            slice_runs.append(run.seconds)
            slice_cpus.append(run.cpu_seconds)
        slice_peak = ingest(
            [sliced], scratch / f"baomoi-{args.repeat}" / "content", BAOMOI_DATE
        )[0].peak_mib
        for n in range(args.repeat + 1):
            shutil.rmtree(scratch / f"baomoi-{n}", ignore_errors=True)
        rows.append(
            {
                "input": f"baomoi JSON Lines, first {BAOMOI_SLICE:,} records "
                f"(`--date {BAOMOI_DATE}`)",
                "articles": slice_written,
                "seconds": median(slice_runs),
                "per_second": slice_written / median(slice_runs),
                "cpu_ms_per_article": 1000 * median(slice_cpus) / max(slice_written, 1),
                "peak_mib": slice_peak,
            }
        )
        say(
            f"  baomoi slice: {slice_written} articles, {rows[1]['per_second']:.0f}/s, "
            f"{rows[1]['cpu_ms_per_article']:.1f} ms CPU/article"
        )
    for folder in folders[:-1]:
        shutil.rmtree(folder, ignore_errors=True)
    report["ingest"] = rows
    report["ingest_bomb"] = measure_gzip_bomb()


def measure_gzip_bomb() -> dict:
    """Run `bench/ingest_limits.py`: a gzip bomb refused, with ingest's peak memory."""
    done = subprocess.run(
        [PYTHON, str(PROJECT / "bench" / "ingest_limits.py")],
        capture_output=True,
        text=True,
    )
    bomb = json.loads(done.stdout)
    say(
        f"  gzip bomb: {'refused' if bomb['refused'] else 'NOT refused'}, "
        f"peak {bomb['peak_rss_mib']:.0f} MiB (limit {bomb['limit_mib']})"
    )
    return bomb


def section_build(args, scratch: Path, content: Path, report: dict) -> None:
    from hoptac.build.live_site import remove_site

    say("\n== build")
    ours_out = scratch / "site"
    # The incremental runs keep their own site and cache from one to the next.
    incremental_out = scratch / "site-incremental"
    incremental_cache = scratch / "cache-incremental"

    def full_builds(sample_seconds: float | None) -> tuple[Run, Run]:
        shutil.rmtree(scratch / "plain-out", ignore_errors=True)
        plain = build_plain(content, scratch / "plain-out", scratch, sample_seconds)
        # Like plain's, our full build starts with no output folder and no
        # cache; replacing a live site is timed by the incremental runs.
        remove_site(ours_out)  # `output` is a link to the live version
        shutil.rmtree(scratch / "cache-full", ignore_errors=True)
        ours = build_ours(
            content, ours_out, scratch / "cache-full", False, sample_seconds
        )
        return plain, ours

    # Incremental: a warm cache, then one article's body changes each time.
    remove_site(incremental_out)
    shutil.rmtree(incremental_cache, ignore_errors=True)
    build_ours(content, incremental_out, incremental_cache, load_cache=True)
    articles = sorted(content.rglob("*.md"))
    plain_runs, our_runs, incremental = [], [], []
    # Each round times plain, ours and one incremental build back to back, so
    # each ratio compares runs minutes apart at most on this shared machine.
    for number in range(args.repeat):  # timed unsampled (see bench/measure.py)
        plain_run, our_run = full_builds(None)
        plain_runs.append(plain_run.seconds)
        our_runs.append(our_run.seconds)
        changed = articles[number * 7 % len(articles)]
        with changed.open("a", encoding="utf-8") as handle:
            handle.write("\nMột câu được thêm để đo bản dựng lại.\n")
        wait_for_removals(scratch)  # the last incremental build's old site
        run = build_ours(content, incremental_out, incremental_cache, True)
        incremental.append(run.seconds)
        wait_for_removals(scratch)  # not timed against the next round
    plain_memory, our_memory = full_builds(SAMPLE_SECONDS)
    plain_peak, our_peak = plain_memory.peak_mib, our_memory.peak_mib
    plain, ours = median(plain_runs), median(our_runs)
    ratio = median([o / p for p, o in zip(plain_runs, our_runs, strict=True)])
    say(f"  plain Pelican {plain:.1f} s, ours {ours:.1f} s: {ratio:.2f}x")
    say(
        "  each round (plain / ours / incremental): "
        + ", ".join(
            f"{p:.1f}/{o:.1f}/{i:.1f}"
            for p, o, i in zip(plain_runs, our_runs, incremental, strict=True)
        )
    )
    incr = median(incremental)
    fraction = median([i / o for o, i in zip(our_runs, incremental, strict=True)])
    say(f"  incremental after one change: {incr:.1f} s = {fraction:.0%} of full")
    report["build"] = {
        "articles": count_markdown(content),
        "repeat": args.repeat,
        "plain_seconds": plain,
        "ours_seconds": ours,
        "ratio": ratio,
        "incremental_seconds": incr,
        "incremental_fraction": fraction,
        "plain_peak_mib": plain_peak,
        "ours_peak_mib": our_peak,
        "plain_runs": plain_runs,
        "ours_runs": our_runs,
        "incremental_runs": incremental,
    }
    index_run = run_measured(
        [PYTHON, "-c", INDEX_ONLY, str(content), str(scratch / "index-only")], PROJECT
    )
    report["build"]["index_only_seconds"] = index_run.seconds
    report["build"]["index_only_peak_mib"] = index_run.peak_mib


def section_search(args, scratch: Path, site: Path, report: dict) -> None:
    say("\n== search (ours beside Pagefind, same site, same article pages)")
    import browser_search

    shutil.rmtree(site / "pagefind", ignore_errors=True)
    pagefind = run_measured(
        [PYTHON, "-m", "pagefind", "--site", str(site), "--glob", "bai-viet/**/*.html"],
        PROJECT,
    )
    search = site / "search"
    whoosh = tree_bytes(search / "whoosh")
    sizes = {
        "ours_browser_export": tree_bytes(search) - whoosh,
        "ours_whoosh": whoosh,
        "pagefind": tree_bytes(site / "pagefind"),
        "pagefind_seconds": pagefind.seconds,
        "pagefind_peak_mib": pagefind.peak_mib,
    }
    say(
        f"  index on disk: ours {sizes['ours_browser_export'] / 2**20:.1f} MiB "
        f"(+ Whoosh {whoosh / 2**20:.1f} MiB), Pagefind {sizes['pagefind'] / 2**20:.1f} MiB"
    )
    port = free_port()
    server = start([PYTHON, "-m", "http.server", "-b", "127.0.0.1", str(port),
                    "-d", str(site)])  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{port}/index.html", server)
        queries = QUERIES[:3] if args.quick else QUERIES
        browser = browser_search.measure(f"http://127.0.0.1:{port}", queries)
    finally:
        stop(server)
    for name, values in browser.items():
        say(
            f"  {name}: first query {values['first_query_kib_median']:.0f} KiB "
            f"(max {values['first_query_kib_max']:.0f}), second "
            f"{values['second_query_kib_median']:.0f} KiB, "
            f"{values['second_query_ms_median']:.0f} ms"
        )
    report["search"] = {"sizes": sizes, "browser": browser, "queries": len(queries)}


def section_api(args, site: Path, report: dict) -> None:
    say("\n== /api/search")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    code = (
        "from pathlib import Path; from hoptac.search.server import serve; "
        f"serve(Path({str(site)!r}), port={port})"
    )
    server = start([PYTHON, "-c", code])
    seconds = 3 if args.quick else 10
    paths = api_load.search_paths(QUERIES)
    figures: dict[str, dict] = {}
    try:
        wait_for(base + "/index.html", server)
        # The first seconds after start: every query still uncached.
        figures["20 clients, first 3 s after start"] = api_load.load(base, paths, 20, 3)
        for clients in (20, 100):
            api_load.load(base, paths, clients, 2)  # warm-up at this concurrency
            runs = [
                api_load.load(base, paths, clients, seconds) for _ in range(args.repeat)
            ]
            figures[f"{clients} clients"] = _median_runs(runs)
        figures["static file, 20 clients"] = api_load.load(
            base, ["/index.html"], 20, seconds
        )
    finally:
        stop(server)
    for name, values in figures.items():
        say(
            f"  {name}: p50 {values['p50_ms']:.1f} ms, p99 {values['p99_ms']:.1f} ms, "
            f"{values['requests_per_s']:.0f} req/s ({values['tool']})"
        )
    report["api"] = figures


def _median_runs(runs: list[dict]) -> dict:
    """Return the median of each figure over several load runs."""
    out = dict(runs[0])
    for key in ("p50_ms", "p99_ms", "requests_per_s"):
        out[key] = median([run[key] for run in runs])
    return out


def section_quality(report: dict) -> None:
    say("\n== quality (development sets)")
    for name, script in (
        ("search", "search_quality.py"),
        ("tagging", "tagging_quality.py"),
        ("cooperation", "cooperation_quality.py"),
    ):
        command = [PYTHON, str(PROJECT / "bench" / script)]
        if name == "tagging":
            command.append("--quiet")
        elif name == "cooperation":
            command += ["--errors", "none"]
        else:  # tags and all, as the archive has them
            command.append("--ingest")
        output = run_measured(command, PROJECT).stdout
        start_at = output.rfind("\n{")
        report[f"quality_{name}"] = json.loads(output[start_at + 1 :])
        say(f"  {name}: done")


def section_scale(scratch: Path, report: dict) -> None:
    say("\n== scale: baomoi + dantri in one archive")
    content = scratch / "scale" / "content"
    run_one, written_dantri = ingest(
        [CORPUS / "dantri-unc", PROJECT / "samples" / "seeds"], content
    )
    # A second ingest into the same archive: only the baomoi records need a date.
    command = [PYTHON, "-m", "hoptac", "ingest", str(BAOMOI), "--content", str(content),
               "--json", "--date", BAOMOI_DATE]  # fmt: skip
    run_two = run_measured(command, PROJECT, allowed=(0, 1))
    written_baomoi = _count_status(run_two.stdout, "written")
    errors = _count_status(run_two.stdout, "error")
    articles = count_markdown(content)
    say(f"  ingest: {articles} articles ({errors} baomoi records refused)")
    # One run each, timed and sampled at once (a second pair would take minutes):
    # every 2 s rather than 0.1 s, so the sampling costs the builds little.
    plain = build_plain(content, scratch / "scale" / "plain-out", scratch, 2.0)
    say(f"  plain Pelican: {plain.seconds:.0f} s, peak {plain.peak_mib / 1024:.2f} GiB")
    ours = build_ours(
        content, scratch / "scale" / "site", scratch / "scale" / "cache", False, 2.0
    )
    say(f"  ours: {ours.seconds:.0f} s, peak {ours.peak_mib / 1024:.2f} GiB")
    report["scale"] = {
        "articles": articles,
        "dantri_written": written_dantri,
        "baomoi_written": written_baomoi,
        "baomoi_errors": errors,
        "ingest_seconds": run_one.seconds + run_two.seconds,
        "ingest_peak_mib": max(run_one.peak_mib, run_two.peak_mib),
        "plain_seconds": plain.seconds,
        "plain_peak_mib": plain.peak_mib,
        "ours_seconds": ours.seconds,
        "ours_peak_mib": ours.peak_mib,
    }


# ---------------------------------------------------------------- results


def render(report: dict) -> str:
    """Return RESULTS.md for a report."""
    m = report["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `invoke bench{' --quick' if report['quick'] else ''}"
        f"{' --scale' if 'scale' in report else ''}` (`bench/harness.py`) on "
        f"{m['date']}. Do not edit by hand: run it again.",
        "",
        f"- Machine of the latest run: {m['cpu']}, {m['memory']} RAM, {m['system']}, Python {m['python']}",
        f"- Packages: {m['packages']}",
        f"- Input: {report['input']}",
        "- Sections measured (when, on which processor): "
        + "; ".join(
            f"{name} {when}"
            for name, when in sorted(report.get("measured", {}).items())
        ),
        f"- Timings are medians of {report['repeat']} runs; ratios come from the "
        "same run (the machine is shared and noisy). Peak memory is the largest "
        "total PSS (shared pages split between sharers) of a step's process tree, "
        "sampled every 100 ms; the timed ingests and builds run unsampled and their "
        "peaks come from one more run each (the scale builds: sampled every 2 s).",
        "",
        "## Ingest",
        "",
        "| input | articles | seconds | articles/s | CPU ms/article | peak memory |",
        "|---|---|---|---|---|---|",
    ]
    for row in report["ingest"]:
        cpu = row.get("cpu_ms_per_article")
        lines.append(
            f"| {row['input']} | {row['articles']:,} | {row['seconds']:.1f} | "
            f"{row['per_second']:.0f} | {f'{cpu:.1f}' if cpu else 'n/a'} | "
            f"{row['peak_mib']:.0f} MiB |"
        )
    lines += [
        "",
        "CPU ms/article: user and system CPU of ingest and its worker processes "
        "(median run), over the articles written; start-up (imports, the title "
        "model) included. Less disturbed by other load than the wall time. "
        "Each run writes a folder of its own and none is deleted before the last "
        "run ends: on ext4, creating files in the minutes after thousands were "
        "deleted costs several times the CPU (`bench/harness.py`, `ingest`).",
    ]
    bomb = report.get("ingest_bomb")
    if bomb:
        lines += [
            "",
            f"A gzip bomb ({bomb['bomb_bytes'] / 1e6:.2f} MB expanding to "
            f"{bomb['expanded_bytes'] / 2**30:.0f} GiB, `bench/ingest_limits.py`): "
            f"{'refused' if bomb['refused'] else 'NOT refused'}, "
            f"{bomb['archived_files']} article archived, peak memory "
            f"{bomb['peak_rss_mib']:.0f} MiB (must stay under {bomb['limit_mib']} MiB), "
            f"{bomb['seconds']:.1f} s.",
        ]
    b = report["build"]
    lines += [
        "",
        "## Build",
        "",
        f"{b['articles']:,} articles, the same Markdown for both builds, cold caches.",
        "",
        "| build | seconds | × plain Pelican | peak memory |",
        "|---|---|---|---|",
        f"| plain Pelican (default theme, no plugins) | {b['plain_seconds']:.1f} | "
        f"1.00 | {b['plain_peak_mib']:.0f} MiB |",
        f"| hoptac (theme, taxonomy, search index) | {b['ours_seconds']:.1f} | "
        f"{b['ratio']:.2f} | {b['ours_peak_mib']:.0f} MiB |",
        f"| hoptac, one article changed (warm cache) | {b['incremental_seconds']:.1f} "
        f"| {b['incremental_seconds'] / b['plain_seconds']:.2f} "
        f"({b['incremental_fraction']:.0%} of our full build) | |",
        f"| search index alone (Whoosh + browser export, no Pelican) | "
        f"{b['index_only_seconds']:.1f} | | {b['index_only_peak_mib']:.0f} MiB |",
    ]
    if b.get("plain_runs"):
        rounds = zip(
            b["plain_runs"], b["ours_runs"], b["incremental_runs"], strict=True
        )
        lines += [
            "",
            "Each round ran plain, ours, then ours with one article changed, back to "
            "back; the ratio and the fraction above are the medians of each round's. "
            "Rounds in the order run, plain / ours / one article changed (seconds; "
            "ours ÷ plain and changed ÷ ours in brackets): "
            + ", ".join(
                f"{p:.1f} / {o:.1f} / {i:.1f} ({o / p:.2f}×, {i / o:.0%})"
                for p, o, i in rounds
            )
            + ".",
        ]
    s = report["search"]
    sizes, browser = s["sizes"], s["browser"]
    ours, pf = browser["ours"], browser["pagefind"]
    lines += [
        "",
        "## Search: ours beside Pagefind",
        "",
        "Pagefind indexed the same built site's article pages "
        f"(`--glob 'bai-viet/**/*.html'`, {sizes['pagefind_seconds']:.1f} s, peak "
        f"{sizes['pagefind_peak_mib']:.0f} MiB). Browser figures: Chromium, "
        f"{s['queries']} query pairs, each in a fresh context.",
        "",
        "| | ours | Pagefind |",
        "|---|---|---|",
        f"| index on disk | {sizes['ours_browser_export'] / 2**20:.1f} MiB browser "
        f"export (+ {sizes['ours_whoosh'] / 2**20:.1f} MiB Whoosh index for the "
        f"API and CLI) | {sizes['pagefind'] / 2**20:.1f} MiB |",
        f"| first query, bytes transferred (median / max) | "
        f"{ours['first_query_kib_median']:.0f} / {ours['first_query_kib_max']:.0f} KiB"
        f" | {pf['first_query_kib_median']:.0f} / {pf['first_query_kib_max']:.0f} KiB |",
        f"| second query, bytes transferred (median) | "
        f"{ours['second_query_kib_median']:.0f} KiB | "
        f"{pf['second_query_kib_median']:.0f} KiB |",
        f"| second query, time in the page (median) | "
        f"{ours['second_query_ms_median']:.0f} ms | {pf['second_query_ms_median']:.0f} ms |",
        f"| ranking once shards are loaded (median / max) | "
        f"{ours['ranking_ms_median']:.1f} / {ours['ranking_ms_max']:.1f} ms | — |",
        "",
        "## `/api/search` on loopback",
        "",
        f"Steady-state rows are medians of {report['repeat']} runs after a warm-up; "
        "the first row is the first 3 s of a freshly started server.",
        "",
        "| load | p50 | p99 | requests/s | client |",
        "|---|---|---|---|---|",
    ]
    for name, values in report["api"].items():
        lines.append(
            f"| {name} | {values['p50_ms']:.1f} ms | {values['p99_ms']:.1f} ms | "
            f"{values['requests_per_s']:.0f} | {values['tool']} |"
        )
    if "quality_search" in report:
        q = report["quality_search"]
        lines += [
            "",
            "## Quality (development sets; the held-out sets are scored elsewhere)",
            "",
            f"Search, {q['queries_judged']} development queries judged mechanically "
            "(`bench/search_quality.py`):",
            "",
            "| system | recall@10 | MRR@10 |",
            "|---|---|---|",
        ]
        for system in ("ours/accented", "ours/unaccented",
                       "whoosh_standard/accented", "whoosh_standard/unaccented"):  # fmt: skip
            lines.append(
                f"| {system} | {q[system]['recall@10']:.3f} | {q[system]['mrr@10']:.3f} |"
            )
        own = q.get("own_set")
        if own:
            lines += [
                "",
                "Search, our own set: 74 queries of seven kinds, relevance by phrase "
                "match of what each query means (`bench/search_quality.py --ingest`; "
                "every third query of a kind is held out, never tuned on):",
                "",
                "| kind | split | queries | recall@10 | MRR@10 | R-precision |",
                "|---|---|---|---|---|---|",
            ]
            for split in ("tuned", "held_out"):
                for kind, v in own[split].items():
                    lines.append(
                        f"| {kind} | {split} | {v['queries']} | {v['recall@10']:.3f} "
                        f"| {v['mrr@10']:.3f} | {v['r_precision']:.3f} |"
                    )
        t = report["quality_tagging"]
        lines += [
            "",
            f"Tagging, {t['articles']} hand-annotated articles "
            "(`bench/tagging_quality.py`): `tune` is what the rules were tuned on, "
            "`heldout` was split off by a hash of the id before tuning and only "
            "scored, `fresh` was annotated after the first round of tuning (looked "
            "at in the second), `tune2` and `untouched` are the second fresh set "
            "(`fresh2.jsonl`, read from the shared corpus) split by a hash of the "
            "id before it was scored: `tune2` was looked at while tuning, "
            "`untouched` only scored (the honest estimate); `fresh3` is the "
            "third (`fresh3.jsonl`, pages of other outlets, annotated before it "
            "was first scored, looked at since); `fresh4` is the fourth "
            "(`fresh4.jsonl`, built like fresh3, only scored: its disagreements "
            "are never shown while tuning); `fresh5` is the fifth (`fresh5.jsonl`, "
            "built like fresh3, annotated before it was first scored, visible: "
            "looked at to find the causes fresh3 left); `fresh6` is the sixth "
            "(`fresh6.jsonl`, built the same way, visible: looked at to find the "
            "causes fresh5 left); `fresh7` is the seventh (`fresh7.jsonl`, built "
            "the same way for leader variety, visible: looked at to find the "
            "causes fresh6 left); `fresh8` is the eighth (`fresh8.jsonl`, "
            "built the same way, annotated and committed before its first "
            "score, hidden like fresh4: the final honest estimate); `fresh9` is "
            "the ninth (`fresh9.jsonl`, built the same way for leader variety "
            "and traps, committed before its first score, hidden); `fresh10` is the tenth "
            "(`fresh10.jsonl`, built the same way, committed before its first "
            "score, visible); `fresh11` is the eleventh (`fresh11.jsonl`, built "
            "the way fresh8 and fresh9 were, committed before its first score, "
            "visible); `fresh12` is the twelfth (`fresh12.jsonl`, built "
            "the same way from southern and national news, committed before its "
            "first score, visible); `fresh13` is the thirteenth "
            "(`fresh13.jsonl`, built the same way from national and "
            "international news, committed before its first score, visible); "
            "`fresh14` is the fourteenth (`fresh14.jsonl`, built the same way "
            "from provincial and district portals, papers and TV, committed "
            "before its first score, visible); `fresh15` is the fifteenth "
            "(`fresh15.jsonl`, built the same way from northern provinces' "
            "and national pages, committed before its first score, visible); "
            "`fresh16` is the sixteenth (`fresh16.jsonl`, built the same way "
            "from the central, highland and southern provinces, committed before "
            "its first score, visible); `fresh17` is the seventeenth "
            "(`fresh17.jsonl`, built the same way from the northern and "
            "central-coast provinces, committed before its first score, "
            "visible); `fresh18` is the eighteenth (`fresh18.jsonl`, built the same "
            "way from the southern and highland provinces, committed before its "
            "first score, visible); `fresh19` is the nineteenth (`fresh19.jsonl`, built the way "
            "fresh8 and fresh9 were from national and international news, "
            "committed before its first score, hidden: the final honest "
            "estimate); `fresh20` is the twentieth (`fresh20.jsonl`, built the "
            "same way from provinces' cooperation with foreign partners and "
            "ordinary news, committed before its first score, visible); `fresh21` is the twenty-first (`fresh21.jsonl`, built "
            "the same way from cooperation between Vietnamese provinces and "
            "ordinary provincial news, committed before its first score, "
            "visible); `traps` are the "
            "articles chosen for their traps (tune and heldout):",
            "",
            "| split | provinces P | provinces R | provinces F1 | leaders P "
            "| leaders R | leaders F1 |",
            "|---|---|---|---|---|---|---|",
        ]
        for split in (
            "tune", "heldout", "fresh", "tune2", "untouched", "fresh2", "fresh3",
            "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
            "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
            "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
            "traps", "all",
        ):  # fmt: skip
            if split not in t:
                continue
            places, people = t[split]["provinces"], t[split]["leaders"]
            lines.append(
                f"| {split} | {places['precision']:.3f} | {places['recall']:.3f} "
                f"| {places['f1']:.3f} | {people['precision']:.3f} "
                f"| {people['recall']:.3f} | {people['f1']:.3f} |"
            )
    if "quality_cooperation" in report:
        lines += ["", *render_cooperation(report["quality_cooperation"])]
    if "scale" in report:
        c = report["scale"]
        lines += [
            "",
            "## Scale: baomoi + dantri in one archive",
            "",
            f"{c['articles']:,} articles: the dantri corpus and seeds "
            f"({c['dantri_written']:,}), then the baomoi JSON Lines "
            f"({c['baomoi_written']:,} written, {c['baomoi_errors']} refused). The "
            f"baomoi records state no date; the harness supplies the crawl's year "
            f"with `hoptac ingest --date {BAOMOI_DATE}`, kept as `Date_Precision: year`.",
            "",
            "| step | seconds | peak memory |",
            "|---|---|---|",
            f"| ingest (both inputs) | {c['ingest_seconds']:.0f} | "
            f"{c['ingest_peak_mib'] / 1024:.2f} GiB |",
            f"| plain Pelican build | {c['plain_seconds']:.0f} | "
            f"{c['plain_peak_mib'] / 1024:.2f} GiB |",
            f"| hoptac build (theme, taxonomy, search) | {c['ours_seconds']:.0f} "
            f"({c['ours_seconds'] / c['plain_seconds']:.2f}× plain) | "
            f"{c['ours_peak_mib'] / 1024:.2f} GiB |",
        ]
    return "\n".join(lines) + "\n"


def render_cooperation(q: dict) -> list[str]:
    """The cooperation detector on its labelled set (`bench/cooperation_quality.py`)."""
    lines = [
        f"Cooperation coverage, {q['articles']} articles labelled by reading "
        "(`bench/cooperation_quality.py`, `docs/COOPERATION_LABELLING.md`); tuned on "
        "`tune` only, `heldout` never looked at while tuning:",
        "",
        "| split | articles (coverage) | detection P / R / F1 | kind accuracy | "
        "parties P / R / F1 | false positives, general news |",
        "|---|---|---|---|---|---|",
    ]
    for split in ("tune", "heldout", "all"):
        r = q[split]
        d, p = r["detection"], r["parties"]
        lines.append(
            f"| {split} | {r['articles']} ({r['positives']}) | "
            f"{d['precision']:.3f} / {d['recall']:.3f} / {d['f1']:.3f} | "
            f"{r['kind_accuracy']:.3f} | "
            f"{p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f} | "
            f"{r['general_news_false_positive_rate']:.3f} of {r['general_news']} |"
        )
    return lines


SECTIONS = ("ingest", "build", "search", "api", "quality", "scale")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shipped samples, < 1 min")
    parser.add_argument(
        "--scale", action="store_true", help="add the 38,000-article run"
    )
    parser.add_argument(
        "--repeat", type=int, help="runs per timing (default 3, quick 1)"
    )
    parser.add_argument(
        "--sections",
        help=f"comma-separated subset of {','.join(SECTIONS)}; the other sections "
        "keep their figures from bench/RESULTS.json",
    )
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not args.quick and not (CORPUS / "dantri-unc").is_dir():
        say(f"The shared corpus is not here ({CORPUS}): measuring the shipped samples.")
        args.quick = True
    wanted = set(SECTIONS[:4]) | ({"quality"} if not args.quick else set())
    wanted |= {"scale"} if args.scale else set()
    if args.sections:
        wanted = {name.strip() for name in args.sections.split(",")}
        if not wanted <= set(SECTIONS):
            parser.error(f"--sections: choose from {', '.join(SECTIONS)}")
    if "scale" in wanted and not BAOMOI.is_file():
        say(f"No baomoi records at {BAOMOI}: the scale run is skipped.")
        wanted.discard("scale")
    args.repeat = args.repeat or (1 if args.quick else 3)
    inputs = (
        [PROJECT / "samples"]
        if args.quick
        else [CORPUS / "dantri-unc", PROJECT / "samples" / "seeds"]
    )
    report: dict = {}
    previous = RESULTS.with_suffix(".json")
    if args.sections and previous.is_file():
        report = json.loads(previous.read_text(encoding="utf-8"))
        if report.get("quick") != args.quick:
            parser.error("--sections: the saved figures are of another input")
    # A section kept from an earlier run keeps the name of the machine it ran on.
    earlier_cpu = report.get("machine", {}).get("cpu")
    measured = report.setdefault("measured", {})
    for name, when in measured.items():
        if earlier_cpu and "(" not in when:
            measured[name] = f"{when} ({earlier_cpu})"
    machine = machine_description()
    report.update(
        {
            "machine": machine,
            "quick": args.quick,
            "repeat": args.repeat,
            "input": "the shipped samples (`samples/`)"
            if args.quick
            else f"the dantri corpus (`{shown_path(CORPUS / 'dantri-unc')}`) and the seeds",
        }
    )
    for name in wanted:
        measured[name] = f"{time.strftime('%Y-%m-%d %H:%M')} ({machine['cpu']})"
    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="hoptac-bench-"))
    try:
        content = scratch / "archive" / "content"
        if "ingest" in wanted:
            section_ingest(args, scratch, inputs, report)
        if wanted & {"build", "search", "api"} and not content.is_dir():
            ingest(inputs, content)  # the archive every build reads
        site = scratch / "site"
        if "build" in wanted:
            section_build(args, scratch, content, report)
        elif wanted & {"search", "api"}:
            build_ours(content, site, scratch / "cache-full", load_cache=False)
        if "search" in wanted:
            section_search(args, scratch, site, report)
        if "api" in wanted:
            section_api(args, site, report)
        if "quality" in wanted:
            section_quality(report)
        if "scale" in wanted:
            section_scale(scratch, report)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    say(f"\nmeasured in {time.perf_counter() - started:.0f} s")
    if not args.no_write:
        # bench/title_quality.py --write keeps its own section: carry it over.
        old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
        _, start, rest = old.partition("<!-- titles -->")
        block, end, _ = rest.partition("<!-- /titles -->")
        text = render(report) + (f"\n{start}{block}{end}\n" if end else "")
        RESULTS.write_text(text, encoding="utf-8")
        previous.write_text(
            json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        say(f"written: {RESULTS.relative_to(PROJECT)} (and .json)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
