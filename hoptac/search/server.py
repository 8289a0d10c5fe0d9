"""Serve the built site on loopback, with `/api/search` backed by the Whoosh index.

`GET /api/search?q=&province=&topic=&leader=&year=&from=&to=&cooperation=&sort=&page=`
answers JSON: `query`, `total`, `complete` (hits with every word, first),
`page`, `per_page`, `sort`, `terms`, `hits` (each with `source_id`, `title`,
`url`, `date`, `provinces`, `topics`, `leaders`, `cooperation`, `complete`,
`score` and `snippet`, escaped HTML with `<mark>` around matches) and `facets`
(`[value, count]` lists). `cooperation` is `any` or a kind; `sort` is
`relevance`, `newest` or `oldest`.
A query that cannot be run gets 400 and `{"error": message}`; no input gets a 500.

The answer itself (`answer_search`) is shared with the WSGI application in
`hoptac.search.wsgi`, which a production server such as waitress runs on a host.
"""

from __future__ import annotations

import errno
import json
import logging
import queue
import select
import sys
import threading
import time
from functools import partial
from http import HTTPStatus
from http.server import HTTPServer, SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from hoptac import facets
from hoptac.search.live import IndexUnreadable, LiveIndex
from hoptac.search.query import Filters, QueryError, check_sort

logger = logging.getLogger(__name__)

API_PATH = "/api/search"
MAX_QUERY_STRING = 4096
MAX_PAGE_DIGITS = 4
SINGLE_PARAMS = ("q", "from", "to", "page", "cooperation", "sort")


def list_params() -> dict[str, str]:
    """A parameter per facet of the registry (any number of times) -> its filter."""
    return {facet.param: facet.filter for facet in facets.FACETS}


JSON_HEADERS = (
    ("Content-Type", "application/json; charset=utf-8"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cache-Control", "no-store"),
)
ALLOWED_METHODS = "GET, HEAD, OPTIONS"


class ServeError(Exception):
    """The server cannot start: the port is taken, or the site or index is unusable."""


def parse_search_params(query_string: str) -> tuple[str, Filters, int, str]:
    """Return (text, filters, page, sort) from an API query string, or raise
    QueryError."""
    if len(query_string) > MAX_QUERY_STRING:
        raise QueryError("Yêu cầu quá dài.")
    try:
        params = parse_qs(query_string, keep_blank_values=True, max_num_fields=64)
    except ValueError:
        raise QueryError("Yêu cầu có quá nhiều tham số.") from None
    for name in SINGLE_PARAMS:
        if len(params.get(name, [])) > 1:
            raise QueryError(f"Tham số {name!r} chỉ được có một giá trị.")
    page_text = params.get("page", ["1"])[0].strip() or "1"
    # ASCII digits only: `²` and `①` are digits to str.isdigit but not to int().
    if not (
        page_text.isascii()
        and page_text.isdigit()
        and len(page_text) <= MAX_PAGE_DIGITS
    ):
        raise QueryError("Số trang không hợp lệ.")
    filters = Filters(
        date_from=params.get("from", [""])[0],
        date_to=params.get("to", [""])[0],
        cooperation=params.get("cooperation", [""])[0],
    )
    for param, attribute in list_params().items():
        setattr(filters, attribute, [v for v in params.get(param, []) if v.strip()])
    sort = check_sort(params.get("sort", [""])[0])
    return params.get("q", [""])[0], filters, int(page_text), sort


def answer_search(live: LiveIndex, query_string: str) -> tuple[HTTPStatus, bytes]:
    """Answer one API query: (status, JSON body). Bad input is 400, never 500."""
    try:
        text, filters, page, sort = parse_search_params(query_string)
        result = live.current().search(text, filters, page=page, sort=sort)
    except QueryError as exc:
        return HTTPStatus.BAD_REQUEST, _json({"error": str(exc)})
    except (ValueError, TypeError, UnicodeError) as exc:
        # Input the checks above did not foresee is still the client's mistake.
        logger.warning("search server: refused %r: %s", query_string[:200], exc)
        return HTTPStatus.BAD_REQUEST, _json({"error": "Yêu cầu không hợp lệ."})
    except Exception:
        logger.exception("search server: query %r failed", query_string[:200])
        message = "Chỉ mục tìm kiếm đang lỗi; hãy dựng lại trang (invoke build)."
        return HTTPStatus.SERVICE_UNAVAILABLE, _json({"error": message})
    return HTTPStatus.OK, result.json_bytes()


def _json(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


class BoundedThreadingServer(HTTPServer):
    """An HTTP server whose connections share a bounded pool of daemon threads.

    Each connection holds a thread while it is open, so idle keep-alive
    clients are cut after `SiteHandler.timeout`; connections past the pool
    wait in a queue, and past that queue are refused at once.
    """

    # The default backlog of 5 drops connections from 20 simultaneous clients,
    # which then wait a full second for the SYN to be retried.
    request_queue_size = 128
    max_threads = 128
    max_waiting = 1024

    def __init__(self, *args, **kwargs) -> None:
        self._waiting: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._idle = 0
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address) -> None:
        if self._waiting.qsize() >= self.max_waiting:
            logger.warning("search server: too many connections; refused one")
            self.shutdown_request(request)
            return
        self._waiting.put((request, client_address))
        with self._lock:
            if self._idle == 0 and len(self._threads) < self.max_threads:
                thread = threading.Thread(target=self._serve_connections, daemon=True)
                self._threads.append(thread)
                self._idle += 1
                thread.start()

    def _serve_connections(self) -> None:
        while True:
            item = self._waiting.get()
            if item is None:
                return
            with self._lock:
                self._idle -= 1
            request, client_address = item
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
                with self._lock:
                    self._idle += 1

    def has_waiting(self) -> bool:
        """True when connections wait for a thread."""
        return not self._waiting.empty()

    def thread_count(self) -> int:
        """How many connection threads exist (bounded by max_threads)."""
        return len(self._threads)

    def server_close(self) -> None:
        super().server_close()
        for _ in self._threads:
            self._waiting.put(None)

    def handle_error(self, request: object, client_address: tuple) -> None:
        # A client that hangs up or goes quiet is routine, not an error.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files from the site folder, the site's own 404 page, and the search API."""

    live_index: LiveIndex
    site_dir: Path
    # Keep-alive: every answer (files, JSON, errors) carries Content-Length.
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes: without TCP_NODELAY, Nagle
    # and delayed ACKs hold each keep-alive answer back by 40 ms.
    disable_nagle_algorithm = True
    # Seconds a client may stay silent (while sending its request or between
    # keep-alive requests) before its connection and thread are freed.
    timeout = 15
    # While other connections wait for a thread, a silent connection keeps its
    # thread this long (a new one) or one poll (a keep-alive one between requests).
    first_request_grace = 2.0
    poll_seconds = 0.25

    def handle(self) -> None:
        """Answer requests while the client sends them; free the thread when it is idle."""
        self.close_connection = True
        first = True
        while self._next_request_ready(first):
            first = False
            self.handle_one_request()
            if self.close_connection:
                return

    def _next_request_ready(self, first: bool) -> bool:
        started = time.monotonic()
        while True:
            if self._buffered():
                return True
            waited = time.monotonic() - started
            if waited >= self.timeout:
                return False
            if self.server.has_waiting() and (
                not first or waited >= self.first_request_grace
            ):
                return False
            readable, _, _ = select.select(
                [self.connection], [], [], min(self.poll_seconds, self.timeout - waited)
            )
            if readable:
                return True

    def _buffered(self) -> bool:
        """True when a pipelined request already sits in the read buffer."""
        self.connection.setblocking(False)
        try:
            return bool(self.rfile.peek(1))
        except (BlockingIOError, OSError, ValueError):
            return False
        finally:
            self.connection.settimeout(self.timeout)

    def do_GET(self) -> None:  # noqa: N802 (the http.server protocol)
        if urlsplit(self.path).path == API_PATH:
            self.answer_api(send_body=True)
        else:
            super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802
        if urlsplit(self.path).path == API_PATH:
            self.answer_api(send_body=False)
        else:
            super().do_HEAD()

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", ALLOWED_METHODS)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def answer_api(self, send_body: bool) -> None:
        status, body = answer_search(self.live_index, urlsplit(self.path).query)
        self.send_response(status)
        for name, value in JSON_HEADERS:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain=None) -> None:
        """Answer a missing page with the site's own 404 page, other errors plainly."""
        page = self.site_dir / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("search server: " + format, *args)


def make_server(
    site_dir: Path,
    index_dir: Path | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
) -> BoundedThreadingServer:
    """Return a listening server for the site (not yet serving); port 0 picks a free one.

    Raises ServeError when the port is taken or the index cannot be read.
    """
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        raise ServeError(f"no site in {site_dir} (build it first: invoke build)")
    handler = type("BoundSiteHandler", (SiteHandler,), {"site_dir": site_dir})
    # Bind first: a taken port is reported at once, not after the index loads.
    try:
        server = BoundedThreadingServer(
            (host, port), partial(handler, directory=str(site_dir))
        )
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(
                f"port {port} on {host} is already in use; stop the other server "
                f"or choose another port (invoke serve --port {port + 1})"
            ) from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc}") from None
    started = time.perf_counter()
    try:
        handler.live_index = LiveIndex(index_dir or site_dir / "search" / "whoosh")
    except (IndexUnreadable, FileNotFoundError) as exc:
        server.server_close()
        raise ServeError(str(exc)) from None
    logger.info("search server: index ready in %.1f s", time.perf_counter() - started)
    return server


# How often a thread must offer the GIL to the others (Python's default: 5 ms).
# With a hundred keep-alive clients, each a thread, the default lets some wait
# a second for their turn (p99 1.1 s); 0.5 ms keeps p99 near 50 ms for 4% of
# throughput. Set by `serve`, which owns its process, not by `make_server`.
SWITCH_INTERVAL = 0.0005


def serve(
    site_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    on_ready=None,
) -> None:
    """Serve the site until interrupted; call `on_ready(url)` once the port listens."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    server = make_server(site_dir, host=host, port=port)
    url = "http://{}:{}/".format(*server.server_address[:2])
    logger.info("search server: %s", url)
    if on_ready:
        on_ready(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(
    site_dir: Path, index_dir: Path | None = None
) -> tuple[BoundedThreadingServer, threading.Thread]:
    """Start a loopback server on a free port in a daemon thread (tests, benchmarks)."""
    server = make_server(site_dir, index_dir)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
