"""The search server and CLI under hostile input, idle clients, rebuilds and damage."""

from __future__ import annotations

import contextlib
import http.client
import json
import shutil
import socket
import threading
import time
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoptac import cli
from hoptac.build.driver import build_site
from hoptac.search import live as live_module
from hoptac.search.live import IndexUnreadable, LiveIndex, open_checked
from hoptac.search.server import (
    ServeError,
    SiteHandler,
    answer_search,
    make_server,
    serve,
)

PROJECT = Path(__file__).resolve().parents[2]
SEARCH_FIXTURES = PROJECT / "tests" / "fixtures" / "search"
# More articles share these words than a term entry holds inline, so the
# index gets a real postings file (.pst) to damage.
SHARED_WORDS = "hợp tác giữa các địa phương"


def write_archive(content: Path, retitle: str = "") -> None:
    articles = content / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for path in SEARCH_FIXTURES.glob("*.md"):
        shutil.copy(path, articles / path.name)
    for number in range(12):
        title = f"Bản tin số {number} {SHARED_WORDS}"
        if number == 0 and retitle:
            title = retitle
        (articles / f"shared_{number}.md").write_text(
            f"Title: {title}\nDate: 2020-01-{number + 1:02d}\n"
            f"Slug: shared-{number}\nSource_ID: shared_{number}\n\n"
            f"Nội dung số {number} nói về {SHARED_WORDS}.\n",
            encoding="utf-8",
        )


def build(root: Path) -> Path:
    overrides = {"CACHE_PATH": str(root / "cache"), "LOAD_CONTENT_CACHE": False}
    build_site(PROJECT / "pelicanconf.py", root / "output", root / "content", overrides)
    return root / "output"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("robust-site")
    write_archive(root / "content")
    return build(root)


@pytest.fixture(scope="module")
def server(site):
    server = make_server(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def request(server, method: str, path: str) -> tuple[int, dict, bytes]:
    return call(server.server_address[:2], method, path)


def call(address: tuple, method: str, path: str) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection(*address, timeout=10)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, dict(response.headers), response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("page", ["²", "①", "١", "³²", "1e3", "0x1", " 1 2"])
def test_unusual_page_numbers_are_a_bad_request_not_a_server_error(server, page):
    status, _, body = request(server, "GET", f"/api/search?q=ha&page={quote(page)}")
    assert status == HTTPStatus.BAD_REQUEST, body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["q", "page", "from", "to", "year", "province", "x"]),
            st.text(max_size=30),
        ),
        max_size=6,
    )
)
def test_no_query_string_gets_a_server_error(site, pairs):
    live = _shared_live(site)
    query = "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs)
    status, _ = answer_search(live, query)
    assert status in (HTTPStatus.OK, HTTPStatus.BAD_REQUEST)


_LIVE: dict[Path, LiveIndex] = {}


def _shared_live(site: Path) -> LiveIndex:
    if site not in _LIVE:
        _LIVE[site] = LiveIndex(site / "search" / "whoosh")
    return _LIVE[site]


def test_head_and_options_are_answered(server):
    status, headers, body = request(server, "HEAD", "/api/search?q=ha+noi")
    assert status == 200 and body == b""
    assert headers["Content-Type"].startswith("application/json")
    assert int(headers["Content-Length"]) > 0
    status, headers, _ = request(server, "OPTIONS", "/api/search")
    assert status == HTTPStatus.NO_CONTENT
    assert set(headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    status, _, body = request(server, "HEAD", "/index.html")
    assert status == 200 and body == b""


def test_a_missing_page_gets_the_sites_own_404_page(server, site):
    status, headers, body = request(server, "GET", "/bai-viet/khong-co/trang.html")
    assert status == 404
    assert headers["Content-Type"].startswith("text/html")
    assert body == (site / "404.html").read_bytes()
    assert "Không tìm thấy trang" in body.decode("utf-8")


def test_idle_connections_share_a_bounded_pool_and_time_out(site, monkeypatch):
    monkeypatch.setattr(SiteHandler, "first_request_grace", 0.2)
    server = make_server(site)
    server.max_threads = 8
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    idle = []
    try:
        for _ in range(60):
            idle.append(socket.create_connection(server.server_address[:2]))
        time.sleep(0.5)
        assert server.thread_count() <= 8
        # Once the idle clients time out, a real client is served.
        status, _, _ = request(server, "GET", "/api/search?q=ha")
        assert status == 200
        assert server.thread_count() <= 8
    finally:
        for sock in idle:
            sock.close()
        server.shutdown()
        server.server_close()


def test_a_taken_port_is_a_clear_error(server, site):
    host, port = server.server_address[:2]
    with pytest.raises(ServeError, match=f"port {port} .* already in use"):
        make_server(site, host=host, port=port)


def test_ready_is_announced_only_once_the_port_listens(site):
    announced = threading.Event()
    listening_when_announced = []

    def ready(url: str) -> None:
        host, port = url.removeprefix("http://").rstrip("/").split(":")
        with socket.socket() as probe:
            listening_when_announced.append(probe.connect_ex((host, int(port))) == 0)
        announced.set()

    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    runner = threading.Thread(
        target=serve, args=(site, "127.0.0.1", port, ready), daemon=True
    )
    runner.start()
    assert announced.wait(30)
    assert listening_when_announced == [True]


def test_the_server_answers_from_a_rebuilt_index(tmp_path, monkeypatch):
    monkeypatch.setattr(live_module, "RELOAD_CHECK_SECONDS", 0.0)
    write_archive(tmp_path / "content")
    output = build(tmp_path)
    server = make_server(output)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        word = "Xylograph"
        assert b'"total": 0' in request(server, "GET", f"/api/search?q={word}")[2]
        write_archive(tmp_path / "content", retitle=f"Bản tin {word} mới")
        build(tmp_path)
        status, _, body = request(server, "GET", f"/api/search?q={word}")
        assert status == 200 and b"shared_0" in body
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("suffix", [".toc", ".trm", ".pst", "_stored.col", "_len.col"])
def test_a_damaged_index_is_one_clear_line_and_exit_2(site, tmp_path, suffix, capsys):
    damaged = tmp_path / "whoosh"
    shutil.copytree(site / "search" / "whoosh", damaged)
    victims = [p for p in damaged.iterdir() if p.name.endswith(suffix)]
    assert victims and all(p.stat().st_size > 0 for p in victims), suffix
    for path in victims:
        with path.open("r+b") as handle:
            handle.truncate(path.stat().st_size // 2)

    assert cli.main(["search", "hợp tác", "--index", str(damaged)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be read" in err[0] and "invoke build" in err[0]

    with pytest.raises(IndexUnreadable):
        open_checked(damaged)
    with pytest.raises(ServeError, match="cannot be read"):
        make_server(site, index_dir=damaged)


def test_the_wsgi_application_under_waitress(site):
    import waitress

    from hoptac.search.wsgi import create_app

    server = waitress.create_server(
        create_app(site / "search" / "whoosh"), host="127.0.0.1", port=0, threads=4
    )

    def run() -> None:
        # waitress' loop fails once the test closes its socket under it.
        with contextlib.suppress(OSError):
            server.run()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        address = ("127.0.0.1", server.effective_port)

        query = f"q={quote('hợp tác')}&page=1"
        status, headers, body = call(address, "GET", f"/api/search?{query}")
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        # The same answer as `invoke serve` gives.
        assert body == answer_search(_shared_live(site), query)[1]
        assert json.loads(body)["total"] >= 12
        assert call(address, "GET", "/api/search?q=ha&page=%C2%B2")[0] == 400
        assert call(address, "HEAD", "/api/search?q=ha")[2] == b""
        assert call(address, "OPTIONS", "/api/search")[0] == 204
        assert call(address, "POST", "/api/search")[0] == 405
        assert call(address, "GET", "/index.html")[0] == 404
    finally:
        server.close()
