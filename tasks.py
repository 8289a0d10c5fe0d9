"""Invoke tasks: thin wrappers that call the hoptac library (`invoke --list`)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
CONFIG = {
    "settings_base": "pelicanconf.py",
    "settings_publish": "publishconf.py",
    "content": "content",
    "output": "output",
    "samples": "samples",
    "host": "127.0.0.1",
    "port": 8000,
}


@task(help={"paths": "files or folders to ingest (default: the shipped samples)"})
def ingest(c, paths=None, force=False):
    """Turn raw articles into tagged Markdown under content/."""
    from hoptac.cli import main

    args = ["ingest", *(paths.split() if paths else [CONFIG["samples"]])]
    args += ["--content", CONFIG["content"]] + (["--force"] if force else [])
    if main(args) not in (0,):
        sys.exit(1)


@task
def clean(c):
    """Remove the generated site (every version of it) and Pelican's cache."""
    from hoptac.build.live_site import remove_site

    remove_site(ROOT / CONFIG["output"])
    shutil.rmtree(ROOT / "cache", ignore_errors=True)


def _progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _build(settings: str, verify: bool = False) -> float:
    """Build with the given settings file; with `verify`, hold it to a full build."""
    from hoptac.build import BuildError
    from hoptac.build.driver import before_exit, build_site
    from hoptac.build.verify import verify_site

    settings_path, output = ROOT / CONFIG[settings], ROOT / CONFIG["output"]
    try:
        seconds = build_site(settings_path, output, progress=_progress)
        differences = verify_site(settings_path, output) if verify else []
    except BuildError as exc:
        sys.exit(f"build failed, output/ left as it was: {exc}")
    if differences:
        print("\n".join(differences), file=sys.stderr)
        sys.exit(
            f"verify: the build differs from a full build in {len(differences)} ways"
        )
    if verify:
        _progress("verify: the build equals a full build")
    before_exit()
    return seconds


@task(help={"verify": "also build everything into a scratch folder and compare"})
def build(c, verify=False):
    """Build the site into output/ (the last good site stays if the build fails)."""
    seconds = _build("settings_base", verify)
    print(f"Built in {seconds:.1f} s: open {ROOT / CONFIG['output'] / 'index.html'}")


@task
def regenerate(c):
    """Build, then build again whenever content/, the theme, plugins or settings change.

    Each build is the ordinary one: the last good site stays live when one fails.
    """
    from hoptac.build import BuildError
    from hoptac.build.driver import build_site
    from hoptac.build.watch import snapshot, watch

    settings_path, output = ROOT / CONFIG["settings_base"], ROOT / CONFIG["output"]
    watched = [
        ROOT / CONFIG["content"],
        ROOT / "theme",
        ROOT / "plugins",
        settings_path,
        ROOT / "topics.toml",
        ROOT / "places.toml",
    ]

    def rebuild(changed: list[str]) -> None:
        if changed:
            shown = ", ".join(os.path.relpath(p, ROOT) for p in changed[:3])
            more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
            _progress(f"regenerate: {shown}{more} changed")
        try:
            seconds = build_site(settings_path, output, progress=_progress)
        except BuildError as exc:
            _progress(f"regenerate: build failed, output/ left as it was: {exc}")
            return
        _progress(f"regenerate: built in {seconds:.1f} s: {output / 'index.html'}")

    since = snapshot(watched)  # a change during the first build is seen after it
    rebuild([])
    _progress(
        "regenerate: watching content/, theme/, plugins/ and settings (Ctrl+C stops)"
    )
    try:
        watch(watched, rebuild, since=since)
    except KeyboardInterrupt:
        _progress("regenerate: stopped")


@task
def publish(c):
    """Build with publishconf.py (absolute feed URLs from HOPTAC_SITEURL)."""
    _build("settings_publish")


@task(help={"dest": "folder for the zip (default: dist/)"})
def archive(c, dest="dist"):
    """Zip output/ as a dated offline archive that opens from disk, search included."""
    from hoptac.archive import write_archive

    path = write_archive(ROOT / CONFIG["output"], ROOT / dest)
    print(f"Wrote {path}: unzip anywhere and open index.html")


@task
def rebuild(c):
    """Build from scratch: no content cache, every page rendered.

    `invoke build` keeps the pages whose inputs did not change.
    """
    clean(c)
    build(c)


@task(help={"query": "words to search for", "n": "how many hits"})
def search(c, query, n=10):
    """Search the built site's index from the terminal."""
    from hoptac.cli import main

    sys.exit(main(["search", query, "-n", str(n)]))


@task(help={"port": "port on 127.0.0.1 (default 8000)"})
def serve(c, port=CONFIG["port"]):
    """Serve output/ on 127.0.0.1 with the /api/search JSON endpoint."""
    from hoptac.search.server import ServeError
    from hoptac.search.server import serve as serve_site

    def ready(url: str) -> None:
        print(f"Serving {CONFIG['output']}/ at {url} (Ctrl+C to stop)", flush=True)

    try:
        serve_site(ROOT / CONFIG["output"], CONFIG["host"], int(port), on_ready=ready)
    except ServeError as exc:
        print(f"serve: {exc}", file=sys.stderr)
        sys.exit(2)


@task(
    help={
        "quick": "the shipped samples only, under a minute",
        "scale": "add one ingest and build of the 38,000 baomoi + dantri articles",
        "repeat": "runs per timing (default 3, quick 1)",
    }
)
def bench(c, quick=False, scale=False, repeat=0):
    """Measure the pipeline against its peers and write bench/RESULTS.md.

    Reads ../shared/corpus when present, else the shipped samples.
    """
    _install_browser(c)
    try:
        import pagefind  # noqa: F401
        import playwright  # noqa: F401
    except ImportError:
        c.run(f"{sys.executable} -m pip install -q -e '.[test,bench]'")
    if not shutil.which("wrk"):
        # Optional: without it the harness uses its own bounded Python client.
        c.run("apt-get install -y -qq wrk", warn=True, pty=False)
    args = ["--quick"] * quick + ["--scale"] * scale
    args += [f"--repeat={repeat}"] if repeat else []
    c.run(f"{sys.executable} bench/harness.py {' '.join(args)}", pty=False)


@task(help={"corpus": "folder holding dantri-unc/ and baomoi-2017.jsonl.gz"})
def title_model(c, corpus=""):
    """Recount hoptac/data/title_model.gz, the syllable model behind restored titles."""
    args = f" --corpus {corpus}" if corpus else ""
    c.run(f"{sys.executable} bench/build_title_model.py{args}")


def _install_browser(c) -> None:
    if not Path("/usr/bin/chromium").exists():
        c.run("apt-get update -qq && apt-get install -y -qq chromium", pty=False)


@task
def test(c):
    """Install what the tests need (Chromium, axe-core) and run lint and every test."""
    _install_browser(c)
    if not shutil.which("java"):  # the Nu HTML Checker (vnu.jar) runs on it
        c.run(
            "apt-get update -qq && apt-get install -y -qq default-jre-headless",
            pty=False,
        )
    if not (ROOT / "tests/js/node_modules/axe-core").exists():
        c.run("npm ci --prefix tests/js --no-audit --no-fund")
    c.run(f"{sys.executable} -m ruff check .")
    c.run(f"{sys.executable} -m pytest")
