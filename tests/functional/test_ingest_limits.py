"""Limits that hold before memory goes, and no worker outliving a killed ingest (issue 12)."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from hoptac.cli import main
from hoptac.ingest.pipeline import Ingestor

PROJECT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT / "tests" / "fixtures" / "ingest"
MIB = 1024 * 1024


def ingest_json(capsys, *args: str) -> tuple[int, list[dict]]:
    status = main(["ingest", *args, "--json"])
    lines = capsys.readouterr().out.splitlines()
    return status, [json.loads(line) for line in lines]


def record(number: int) -> bytes:
    return json.dumps(
        {"id": number, "title": f"Bài {number}", "body": "Hà Nội và Lâm Đồng."},
        ensure_ascii=False,
    ).encode("utf-8")


def gzip_bomb(path: Path, expanded: int, line: bytes = b"0" * MIB) -> Path:
    """A small .jsonl.gz that expands to `expanded` bytes (one valid record first)."""
    with gzip.open(path, "wb", compresslevel=1) as stream:
        stream.write(record(1) + b"\n")
        for _ in range(expanded // len(line)):
            stream.write(line)
    return path


def peak_memory_of(function) -> int:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_gzip_bomb_is_refused_before_any_record(tmp_path: Path) -> None:
    bomb = gzip_bomb(tmp_path / "bomb.jsonl.gz", 64 * MIB)
    assert bomb.stat().st_size < MIB
    ingestor = Ingestor(tmp_path / "content", tmp_path / "sources")
    results: list = []
    peak = peak_memory_of(lambda: results.extend(ingestor.ingest([bomb])))
    (result,) = results
    assert result.status == "error"
    assert "decompression bomb" in result.messages[0]
    assert str(bomb) in result.messages[0]
    assert not list((tmp_path / "content").rglob("*.md"))
    assert peak < 16 * MIB


def test_expanded_size_limit_is_checked_while_streaming(tmp_path, capsys) -> None:
    export = tmp_path / "export.jsonl.gz"
    export.write_bytes(
        gzip.compress(b"\n".join(record(n) for n in range(1, 3000)), compresslevel=1)
    )
    status, results = ingest_json(
        capsys,
        str(export),
        "--content",
        str(tmp_path / "content"),
        "--max-expanded",
        "10000",
    )
    assert status == 1
    (result,) = results
    assert "expands to over 10,000 bytes" in result["messages"][0]
    assert "--max-expanded" in result["messages"][0]


def test_a_huge_text_file_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(200 * MIB)  # sparse: 200 MB to stat, none on disk
    ingestor = Ingestor(tmp_path / "content", tmp_path / "sources")
    results: list = []
    peak = peak_memory_of(lambda: results.extend(ingestor.ingest([huge])))
    (result,) = results
    assert result.status == "error"
    assert "209,715,200 bytes, over the limit" in result.messages[0]
    assert peak < 8 * MIB


def test_an_overlong_record_is_refused_and_the_next_one_read(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    with export.open("wb") as stream:
        stream.write(record(1) + b"\n")
        stream.write(b'{"id": 2, "title": "x", "body": "' + b"a" * (30 * MIB) + b'"}\n')
        stream.write(record(3) + b"\n")
    ingestor = Ingestor(tmp_path / "content", tmp_path / "sources", size_limit=MIB)
    results: list = []
    peak = peak_memory_of(lambda: results.extend(ingestor.ingest([export])))
    assert [r.status for r in results] == ["written", "error", "written"]
    assert (
        f"{export}:2: record over the limit of 1,048,576 bytes"
        in (results[1].messages[0])
    )
    assert peak < 12 * MIB
    assert (
        tmp_path / "sources" / "export.jsonl"
    ).stat().st_size == export.stat().st_size


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\r\n\t\r\n"])
def test_empty_or_blank_json_lines_is_an_error(tmp_path, capsys, text) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(text, encoding="utf-8")
    status, results = ingest_json(
        capsys, str(export), "--content", str(tmp_path / "content")
    )
    assert status == 1
    (result,) = results
    assert result["status"] == "error"
    assert result["messages"] == [
        f"{export}: no JSON Lines records (the file is empty or blank)"
    ]


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its entry remains


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: ingest has no pool")
def test_workers_of_a_killed_ingest_end_with_it(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = (FIXTURES / "scraped_page_with_clock_line_and_furniture.txt").read_text(
        encoding="utf-8"
    )
    for number in range(400):
        (inbox / f"bai-{number:03}.txt").write_text(
            page.replace("Cùng hợp tác", f"Cùng hợp tác {number}", 1), encoding="utf-8"
        )
    ingest = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hoptac",
            "ingest",
            str(inbox),
            "--json",
            "--content",
            str(tmp_path / "content"),
        ],  # fmt: skip
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            assert ingest.poll() is None, "ingest ended before its pool started"
            workers = _children(ingest.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the pool never started"
        os.kill(ingest.pid, signal.SIGKILL)
        ingest.wait()
        deadline = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)]
    finally:
        ingest.kill()
        for pid in _children(ingest.pid) | workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
