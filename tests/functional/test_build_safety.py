"""A killed build never leaves a broken site, nor a process behind it.

Builds run in a subprocess that kills itself with SIGKILL at chosen moments
(while reading, while the index is written, while pages are written, just
before and just after the live site is switched); `output/` must always be a
whole site, the old one or the new one, and the next build removes what the
killed one left. Children of a killed build die with it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hoptac.build import BuildError, live_site
from hoptac.build.driver import build_site
from hoptac.forked import Forked, start_process
from hoptac.search.query import SearchIndex

PROJECT = Path(__file__).resolve().parents[2]

# Runs one build; kills itself (SIGKILL) at the moment named by argv[4],
# after writing the pids of its descendants to argv[5].
KILLED_BUILD = textwrap.dedent(
    """
    import os, signal, sys, threading
    from pathlib import Path

    from pelican import signals

    from hoptac.build import live_site
    from hoptac.build.driver import build_site

    content, output, cache, moment, descendants_file, forks_file = sys.argv[1:7]

    real_fork = os.fork

    def counting_fork():
        # Every fork of the build and of its children: the threads running.
        with open(forks_file, "a") as record:
            record.write(f"{os.getpid()} {threading.active_count()}\\n")
        return real_fork()

    os.fork = counting_fork

    def descendants(pid):
        found = []
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as listing:
                for child in listing.read().split():
                    found += [int(child), *descendants(int(child))]
        return found

    def die(*args, **kwargs):
        with open(descendants_file, "w") as record:
            record.write(" ".join(map(str, descendants(os.getpid()))))
        os.kill(os.getpid(), signal.SIGKILL)

    read = []
    written = []
    if moment == "reading":
        def on_read(content):
            read.append(content)
            if len(read) == 3:
                die()
        signals.content_object_init.connect(on_read)
    elif moment == "index":
        signals.article_generator_finalized.connect(die)
    elif moment == "writing":
        def on_written(path, context):
            written.append(path)
            if len(written) == 1:
                die()
        signals.content_written.connect(on_written)
    elif moment in ("before-switch", "after-switch"):
        real_switch = live_site._switch_link

        def switch(output, version):
            if moment == "after-switch":
                real_switch(output, version)
            die()

        live_site._switch_link = switch
    overrides = {"CACHE_PATH": cache, "LOAD_CONTENT_CACHE": True}
    build_site(Path("pelicanconf.py"), Path(output), Path(content), overrides)
    """
)

MOMENTS = ["reading", "index", "writing", "before-switch", "after-switch"]


def site_files(output: Path) -> dict[str, bytes]:
    """Return every file of the site under `output`, read through the link."""
    return {
        str(p.relative_to(output)): p.read_bytes()
        for p in output.rglob("*")
        if p.is_file()
    }


def pages(files: dict[str, bytes]) -> set[str]:
    return {name for name in files if not name.startswith("search/")}


def cache_stamps(cache: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in cache.rglob("*")
        if p.is_file()
    }


def wait_until_gone(pids: list[int], seconds: float = 15) -> list[int]:
    """Wait for processes to end; return those still running after `seconds`."""
    deadline = time.monotonic() + seconds
    running = pids
    while running and time.monotonic() < deadline:
        running = [pid for pid in running if Path(f"/proc/{pid}").exists()]
        running = [pid for pid in running if not _is_zombie(pid)]
        time.sleep(0.05)
    return running


def _is_zombie(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return status.rsplit(")", 1)[1].split()[0] == "Z"


def wait_for_removals(folder: Path, seconds: float = 30) -> None:
    """Wait for the background removals of replaced and left-over sites."""
    output = folder / "output"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        live = live_site.live_site(output)
        if [s for s in live_site.siblings(output) if s.path != live] == []:
            return
        time.sleep(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_build_killed_at_any_moment_leaves_a_whole_site(
    small_archive: Path, tmp_path: Path
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    overrides = {"CACHE_PATH": str(cache), "LOAD_CONTENT_CACHE": True}
    build_site(PROJECT / "pelicanconf.py", output, small_archive, overrides)
    article = sorted((small_archive / "articles").glob("*.md"))[0]
    for moment in MOMENTS:
        old = site_files(output)
        with article.open("a", encoding="utf-8") as handle:
            handle.write(f"\nMột câu thêm trước khi dừng ({moment}).\n")
        record = tmp_path / f"descendants-{moment}"
        forks = tmp_path / f"forks-{moment}"
        finished = subprocess.run(
            [sys.executable, "-c", KILLED_BUILD, str(small_archive), str(output)]
            + [str(cache), moment, str(record), str(forks)],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert finished.returncode == -signal.SIGKILL, finished.stderr[-2000:]
        # Its children (the index process, its helpers) die with it ...
        children = [int(pid) for pid in record.read_text().split()]
        assert wait_until_gone(children) == [], moment
        # ... and none of them goes on writing the cache.
        before = cache_stamps(cache)
        time.sleep(0.5)
        assert cache_stamps(cache) == before, moment
        # Nothing forked while a thread ran (no fork-with-threads warning).
        counts = [line.split()[1] for line in forks.read_text().splitlines()]
        assert counts and set(counts) == {"1"}, moment
        # The live site is whole: the last one, or (switched) the new one.
        # (An updated search index has files of its own: it must open.)
        now = site_files(output)
        assert pages(now) == pages(old), moment
        assert SearchIndex(output / "search" / "whoosh").doc_count == 8
        changed = {name for name in now if now[name] != old.get(name)}
        if moment == "after-switch":
            assert any(
                "Một câu thêm trước khi dừng (after-switch)".encode() in now[n]
                for n in changed
            )
        else:
            assert now == old, moment
    # The next build removes every leftover, never the live site.
    assert len(live_site.siblings(output)) > 1  # the killed builds' folders
    build_site(PROJECT / "pelicanconf.py", output, small_archive, overrides)
    wait_for_removals(tmp_path)
    live = live_site.live_site(output)
    assert [s.path for s in live_site.siblings(output)] == [live]
    assert sorted(p.name for p in tmp_path.glob("output*")) == ["output", live.name]


def test_the_index_process_writes_no_cache_after_its_build_died(
    small_archive: Path, tmp_path: Path
) -> None:
    """Killed as the index process starts writing, nothing it would have saved
    appears in the cache afterwards."""
    output, cache = tmp_path / "output", tmp_path / "cache"
    record, forks = tmp_path / "descendants", tmp_path / "forks"
    finished = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, str(small_archive), str(output)]
        + [str(cache), "index", str(record), str(forks)],
        cwd=PROJECT,
        capture_output=True,
        timeout=300,
    )
    assert finished.returncode == -signal.SIGKILL
    children = [int(pid) for pid in record.read_text().split()]
    assert children, "the index process was running"
    assert wait_until_gone(children) == []
    time.sleep(1)  # a survivor would be writing the index and its cache now
    assert not (cache / "hoptac-search.pickle").exists()
    assert not (cache / "hoptac-search-sources.json").exists()
    assert not output.exists()


def test_a_real_output_folder_becomes_the_first_version_without_loss(
    sample_site: Path, small_archive: Path, tmp_path: Path
) -> None:
    output = tmp_path / "output"
    shutil.copytree(sample_site, output)  # a site built before output was a link
    (output / "kept.html").write_text("the site from before", encoding="utf-8")
    bad = sorted((small_archive / "articles").glob("*.md"))[0]
    text = bad.read_text(encoding="utf-8")
    bad.write_text(re.sub(r"(?m)^Date: .*$", "Date: 2019-W24-5", text), "utf-8")
    with pytest.raises(BuildError, match="2019-W24-5"):
        build_site(PROJECT / "pelicanconf.py", output, small_archive)
    assert output.is_symlink()
    assert (output / "kept.html").read_text(encoding="utf-8") == "the site from before"
    assert (output / "index.html").is_file()


def test_leftovers_of_running_builds_and_the_live_site_are_kept(
    tmp_path: Path,
) -> None:
    output = tmp_path / "output"
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        names = {
            "live": f"output.site-3-{dead.pid}",
            "killed version": f"output.site-4-{dead.pid}",
            "killed staging": f"output.building-{dead.pid}",
            "killed link": f"output.link-{dead.pid}",
            "removal cut short": f"output.previous-{dead.pid}",
            "running staging": f"output.building-{running.pid}",
        }
        for name in names.values():
            (tmp_path / name).mkdir()
            (tmp_path / name / "index.html").write_text("x", encoding="utf-8")
        os.symlink(names["live"], output)
        (tmp_path / names["killed link"] / "index.html").unlink()
        (tmp_path / names["killed link"]).rmdir()
        os.symlink(names["live"], tmp_path / names["killed link"])
        live_site.remove_leftovers(output)
        wait_for_removals(tmp_path, seconds=10)
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            ["output", names["live"], names["running staging"]]
        )
        assert (output / "index.html").read_text(encoding="utf-8") == "x"
    finally:
        running.kill()
        running.wait()


def test_clean_removes_the_link_every_version_and_leftovers(tmp_path: Path) -> None:
    output = tmp_path / "output"
    for name in ("output.site-1-1", "output.building-2", "output.previous-3"):
        (tmp_path / name).mkdir()
    os.symlink("output.site-1-1", output)
    (tmp_path / "outside").mkdir()
    live_site.remove_site(output)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outside"]


CHILD_OF_KILLED_PARENT = textwrap.dedent(
    """
    import os, signal, sys, time
    from hoptac.forked import Forked, start_process

    def sleep_long():
        time.sleep(120)

    def grandchild_then_sleep(path):
        helper = Forked("helper", time.sleep, 120)  # a child of the child
        with open(path, "w") as record:
            record.write(f"{os.getpid()} {helper.process.pid}")
        time.sleep(120)

    child = start_process(grandchild_then_sleep, sys.argv[1], name="child")
    while not os.path.exists(sys.argv[1]) or not open(sys.argv[1]).read():
        time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_children_and_their_children_die_with_a_killed_parent(tmp_path: Path) -> None:
    record = tmp_path / "pids"
    finished = subprocess.run(
        [sys.executable, "-c", CHILD_OF_KILLED_PARENT, str(record)],
        cwd=PROJECT,
        timeout=60,
    )
    assert finished.returncode == -signal.SIGKILL
    pids = [int(pid) for pid in record.read_text().split()]
    assert len(pids) == 2
    assert wait_until_gone(pids, seconds=10) == []


def _fails() -> None:
    raise BuildError("content has errors: a.md")


def test_forked_gives_back_the_result_or_the_error() -> None:
    assert Forked("no", sum, [1, 2, 3]).result() == 6
    failing = Forked("no", _fails, passes=(BuildError,))
    with pytest.raises(BuildError, match="a.md"):
        failing.result()
    with pytest.raises(BuildError, match="a.md"):  # asked again, same answer
        failing.result()
    wrapped = Forked("the check failed", _fails)
    with pytest.raises(RuntimeError, match="the check failed: BuildError: .*a.md"):
        wrapped.result()
    lost = Forked("the helper died", os._exit, 3)
    with pytest.raises(RuntimeError, match="the helper died"):
        lost.result()


def test_a_child_left_running_is_stopped_at_exit(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, time
        from hoptac.forked import start_process
        child = start_process(time.sleep, 120, name="forgotten")
        print(child.pid, flush=True)
        """
    )
    started = time.monotonic()
    finished = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert finished.returncode == 0
    assert time.monotonic() - started < 30  # not joined for 120 s
    assert wait_until_gone([int(finished.stdout)], seconds=5) == []


def test_start_process_runs_the_target() -> None:
    process = start_process(os._exit, 7, name="exits")
    process.join()
    assert process.exitcode == 7


def test_a_build_shows_its_phases_when_asked_and_is_quiet_otherwise(
    small_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    lines: list[str] = []
    overrides = {"CACHE_PATH": str(tmp_path / "cache"), "LOAD_CONTENT_CACHE": True}
    build_site(
        PROJECT / "pelicanconf.py", tmp_path / "output", small_archive, overrides,
        progress=lines.append,
    )  # fmt: skip
    text = "\n".join(lines)
    for phase in (
        "build: read 8 articles (",
        "build: content checked: 8 articles, 8 read (",
        " rendered, 0 kept from the last build",
        " s waiting for the search index of 8 articles (",
        f"build: site live in {tmp_path / 'output'} (",
    ):
        assert phase in text
    assert capsys.readouterr().err.count("build:") == 0
    build_site(
        PROJECT / "pelicanconf.py", tmp_path / "output", small_archive, overrides
    )
    assert "build:" not in capsys.readouterr().err
