"""`invoke regenerate`'s watch: which changes it sees, and that it rebuilds on them."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from hoptac.build.watch import changed_files, snapshot, watch


def touch(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    # A later modification time than any before, whatever the clock's grain.
    stamp = path.stat().st_mtime_ns + 10_000_000
    os.utime(path, ns=(stamp, stamp))


def test_snapshot_sees_added_changed_and_removed_files(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "2020").mkdir(parents=True)
    kept, edited, removed = (content / "2020" / f"{n}.md" for n in "abc")
    for path in (kept, edited, removed):
        touch(path, "Title: x\n")
    settings = tmp_path / "pelicanconf.py"
    touch(settings, "A = 1\n")
    watched = [content, settings, tmp_path / "missing.toml"]
    before = snapshot(watched)
    assert changed_files(before, snapshot(watched)) == []

    touch(edited, "Title: y\n")
    removed.unlink()
    added = content / "2020" / "d.md"
    touch(added, "Title: d\n")
    touch(settings, "A = 2\n")
    # An editor's swap file is not an input.
    touch(content / "2020" / ".a.md.swp", "")
    assert changed_files(before, snapshot(watched)) == sorted(
        str(p) for p in (edited, removed, added, settings)
    )


def test_watch_rebuilds_after_a_change_and_stops_when_asked(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    touch(article, "Title: a\n")
    calls: list[list[str]] = []
    built = threading.Event()
    stop = threading.Event()

    def rebuild(changed: list[str]) -> None:
        calls.append(changed)
        built.set()

    since = snapshot([tmp_path])
    watcher = threading.Thread(
        target=watch, args=([tmp_path], rebuild, stop, 0.01, since), daemon=True
    )
    watcher.start()
    try:
        touch(article, "Title: b\n")
        assert built.wait(30), "no rebuild after a change"
    finally:
        stop.set()
        watcher.join(30)
    assert not watcher.is_alive()
    assert calls[0] == [str(article)]
