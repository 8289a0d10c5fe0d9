"""Search size and speed on the dantri corpus + seeds, side by side with Pagefind.

Builds the corpus twice with Pelican (plain: no plugins; ours: with the search
plugin), runs Pagefind on the plain site, then measures:
- build wall time and peak memory (ours vs plain Pelican, Pagefind indexing);
- index bytes on disk (output/search vs pagefind/);
- bytes a cold query transfers in Chromium (ours from search.html, Pagefind
  through its JS API), and our ranking time once the shards are loaded;
- /api/search latency with 20 concurrent clients on loopback, against a
  static file served by the same server under the same load.

Run: python bench/search_size.py [--keep DIR] [--skip-build]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import PROJECT, corpus_available, load_documents, write_markdown

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
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def timed(command: list[str]) -> tuple[float, int]:
    """Run a command; return (wall seconds, peak RSS in KiB) via /usr/bin/time."""
    started = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-v", *command], capture_output=True, text=True, cwd=PROJECT
    )
    seconds = time.perf_counter() - started
    if result.returncode:
        print(result.stdout[-2000:], result.stderr[-4000:])
        raise SystemExit(f"failed: {' '.join(command)}")
    peak = int(
        re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)[1]
    )
    return seconds, peak


def pelican(content: Path, output: Path, cache: Path, plain: bool) -> list[str]:
    settings = [
        f'PATH="{content}"',
        f'CACHE_PATH="{cache}"',
        "LOAD_CONTENT_CACHE=false",
    ]
    if plain:
        settings += ["PLUGINS=[]", 'DIRECT_TEMPLATES=["index","archives"]']
    return [
        sys.executable,
        "-m",
        "pelican",
        str(content),
        "-o",
        str(output),
        "-s",
        str(PROJECT / "pelicanconf.py"),
        "-e",
        *settings,
    ]


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(site: Path, port: int) -> subprocess.Popen:
    """Serve a site on loopback: ours with /api/search, a plain one statically."""
    if (site / "search" / "whoosh").is_dir():
        code = (
            "from pathlib import Path; from hoptac.search.server import serve;"
            f"serve(Path({str(site)!r}), port={port})"
        )
        command = [sys.executable, "-c", code]
    else:
        command = [sys.executable, "-m", "http.server", "-b", "127.0.0.1", str(port)]
        command += ["-d", str(site)]
    process = subprocess.Popen(
        command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=1)
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("server did not start")


def browser_figures(ours: Path, plain: Path) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    ours_port, plain_port = free_port(), free_port()
    servers = [start_server(ours, ours_port), start_server(plain, plain_port)]
    figures: dict[str, list] = {"ours": [], "pagefind": [], "ours_ms": []}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
            )
            for query in QUERIES:
                for name, port in (("ours", ours_port), ("pagefind", plain_port)):
                    context = browser.new_context()  # cold: empty cache
                    page = context.new_page()
                    sizes: list[int] = []

                    def count(response, sizes=sizes, port=port) -> None:
                        path = response.url.split(f":{port}", 1)[-1]
                        search_file = "/search/" in path or "/theme/js/search" in path
                        if search_file or "/pagefind/" in path:
                            # A response without a body (redirect) counts nothing.
                            with contextlib.suppress(Exception):
                                sizes.append(len(response.body()))

                    page.on("response", count)
                    if name == "ours":
                        page.goto(
                            f"http://127.0.0.1:{port}/search.html?q={quote(query)}"
                        )
                        page.wait_for_selector("#search-app[data-ready=true]")
                        page.evaluate("q => hoptacSearch.search(q, {}, 1)", query)
                        figures["ours_ms"].append(
                            page.evaluate("hoptacSearch.lastQueryMs")
                        )
                    else:
                        page.goto(f"http://127.0.0.1:{port}/index.html")
                        page.evaluate(
                            """async q => {
                              const pf = await import('/pagefind/pagefind.js');
                              await pf.init();
                              const r = await pf.search(q);
                              const top = r.results.slice(0, 10);
                              await Promise.all(top.map(x => x.data()));
                            }""",
                            query,
                        )
                    page.wait_for_timeout(200)
                    figures[name].append(sum(sizes))
                    context.close()
            browser.close()
    finally:
        for server in servers:
            server.terminate()
            server.wait(5)
    return figures


def api_latency(
    site: Path, clients: int = 20, per_client: int = 25
) -> dict[str, float]:
    port = free_port()
    server = start_server(site, port)
    results: dict[str, list[float]] = {"api": [], "static": []}
    lock = threading.Lock()

    def client(index: int, kind: str) -> None:
        times = []
        for i in range(per_client):
            if kind == "api":
                query = QUERIES[(index + i) % len(QUERIES)]
                url = f"http://127.0.0.1:{port}/api/search?q={quote(query)}"
            else:
                url = f"http://127.0.0.1:{port}/index.html"
            started = time.perf_counter()
            with urllib.request.urlopen(url, timeout=30) as response:
                response.read()
            times.append((time.perf_counter() - started) * 1000)
        with lock:
            results[kind] += times

    try:
        for kind in ("static", "api"):
            threads = [
                threading.Thread(target=client, args=(i, kind)) for i in range(clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    finally:
        server.terminate()
        server.wait(5)
    figures = {}
    for kind, times in results.items():
        times.sort()
        figures[f"{kind}_p50_ms"] = statistics.median(times)
        figures[f"{kind}_p99_ms"] = times[int(len(times) * 0.99) - 1]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work directory to keep")
    parser.add_argument("--skip-build", action="store_true", help="reuse --keep builds")
    parser.add_argument("--only-api", action="store_true", help="API latency only")
    parser.add_argument(
        "--content", type=Path, help="archive content to build (from `hoptac ingest`)"
    )
    args = parser.parse_args()
    if not corpus_available():
        print("../shared/corpus/dantri-unc is absent: nothing to measure.")
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="hoptac-search-bench-"))
    content, plain, ours = work / "content", work / "plain", work / "ours"
    if args.content:
        content = args.content.resolve()
    report: dict[str, object] = {}
    if not args.skip_build:
        for path in (plain, ours, work / "cache-plain", work / "cache-ours"):
            shutil.rmtree(path, ignore_errors=True)
        if args.content:
            report["articles"] = len(list(content.rglob("*.md")))
        else:
            shutil.rmtree(content, ignore_errors=True)
            documents = load_documents()
            write_markdown(documents, content)
            report["articles"] = len(documents)
        plain_s, plain_kib = timed(pelican(content, plain, work / "cache-plain", True))
        ours_s, ours_kib = timed(pelican(content, ours, work / "cache-ours", False))
        pf_s, pf_kib = timed([sys.executable, "-m", "pagefind", "--site", str(plain)])
        report["build_seconds"] = {
            "plain_pelican": round(plain_s, 2),
            "pelican_with_search": round(ours_s, 2),
            "ratio": round(ours_s / plain_s, 2),
            "pagefind_indexing": round(pf_s, 2),
        }
        report["peak_memory_mib"] = {
            "plain_pelican": plain_kib // 1024,
            "pelican_with_search": ours_kib // 1024,
            "pagefind_indexing": pf_kib // 1024,
        }
        print(json.dumps(report, indent=1), flush=True)
    if args.only_api:
        print(json.dumps({"api_20_clients": api_latency(ours)}, indent=1))
        return 0
    ours_index = tree_bytes(ours / "search")
    pagefind_index = tree_bytes(plain / "pagefind")
    report["index_bytes"] = {
        "ours_total": ours_index,
        "ours_whoosh": tree_bytes(ours / "search" / "whoosh"),
        "ours_browser_shards": ours_index - tree_bytes(ours / "search" / "whoosh"),
        "pagefind": pagefind_index,
        "ratio": round(ours_index / pagefind_index, 2),
    }
    figures = browser_figures(ours, plain)
    report["cold_query_bytes"] = {
        "queries": QUERIES,
        "ours": figures["ours"],
        "pagefind": figures["pagefind"],
        "ours_max": max(figures["ours"]),
        "pagefind_max": max(figures["pagefind"]),
        "ratio_of_medians": round(
            statistics.median(figures["ours"]) / statistics.median(figures["pagefind"]),
            2,
        ),
    }
    report["browser_ranking_ms_after_load"] = {
        "median": statistics.median(figures["ours_ms"]),
        "max": max(figures["ours_ms"]),
    }
    report["api_20_clients"] = api_latency(ours)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
