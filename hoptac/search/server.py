"""Serve the built site on loopback, with `/api/search` backed by the Whoosh index.

`GET /api/search?q=&province=&topic=&leader=&year=&from=&to=&cooperation=&sort=&page=`
answers JSON: `query`, `total`, `complete` (hits with every word, first),
`page`, `per_page`, `sort`, `terms`, `hits` (each with `source_id`, `title`,
`url`, `date`, `provinces`, `topics`, `leaders`, `cooperation`, `complete`,
`score` and `snippet`, escaped HTML with `<mark>` around matches) and `facets`
(`[value, count]` lists). `cooperation` is `any` or a kind; `sort` is
`relevance`, `newest` or `oldest`.
A query that cannot be run gets 400 and `{"error": message}`.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from hoptac.search.query import Filters, QueryError, SearchIndex, check_sort

logger = logging.getLogger(__name__)

API_PATH = "/api/search"
MAX_QUERY_STRING = 4096
SINGLE_PARAMS = ("q", "from", "to", "page", "cooperation", "sort")
LIST_PARAMS = {"province": "provinces", "topic": "topics", "leader": "leaders"}


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
    if not page_text.isdigit() or len(page_text) > 4:
        raise QueryError("Số trang không hợp lệ.")
    filters = Filters(
        years=params.get("year", []),
        date_from=params.get("from", [""])[0],
        date_to=params.get("to", [""])[0],
        cooperation=params.get("cooperation", [""])[0],
    )
    for param, attribute in LIST_PARAMS.items():
        setattr(filters, attribute, [v for v in params.get(param, []) if v.strip()])
    filters.years = [v for v in filters.years if v.strip()]
    sort = check_sort(params.get("sort", [""])[0])
    return params.get("q", [""])[0], filters, int(page_text), sort


class SiteServer(ThreadingHTTPServer):
    """A thread per request; a listen backlog deep enough for bursts of clients.

    The default backlog of 5 drops connections from 20 simultaneous clients,
    which then wait a full second for the SYN to be retried.
    """

    request_queue_size = 128
    daemon_threads = True

    def handle_error(self, request: object, client_address: tuple) -> None:
        # A client that hangs up mid-answer is routine under load, not an error.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files from the site folder, and the search API."""

    search_index: SearchIndex
    # Keep-alive: every answer (files, JSON, errors) carries Content-Length.
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes: without TCP_NODELAY, Nagle
    # and delayed ACKs hold each keep-alive answer back by 40 ms.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802 (the http.server protocol)
        parts = urlsplit(self.path)
        if parts.path == API_PATH:
            self.answer_search(parts.query)
        else:
            super().do_GET()

    def answer_search(self, query_string: str) -> None:
        try:
            text, filters, page, sort = parse_search_params(query_string)
            result = self.search_index.search(text, filters, page=page, sort=sort)
        except QueryError as exc:
            self.send_json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
            return
        except Exception:
            logger.exception("search server: query %r failed", query_string[:200])
            self.send_json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "Lỗi máy chủ."})
            return
        self.send_body(HTTPStatus.OK, result.json_bytes())

    def send_json(self, status: HTTPStatus, payload: dict) -> None:
        self.send_body(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def send_body(self, status: HTTPStatus, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("search server: " + format, *args)


def make_server(
    site_dir: Path,
    index_dir: Path | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
) -> SiteServer:
    """Return a server for the site (not yet serving); port 0 picks a free one."""
    site_dir = Path(site_dir)
    index = SearchIndex(index_dir or site_dir / "search" / "whoosh")
    started = time.perf_counter()
    warmed = index.warm()
    logger.info(
        "search server: %d frequent terms scored in %.1f s",
        warmed,
        time.perf_counter() - started,
    )
    handler = type("BoundSiteHandler", (SiteHandler,), {"search_index": index})
    return SiteServer((host, port), partial(handler, directory=str(site_dir)))


# How often a thread must offer the GIL to the others (Python's default: 5 ms).
# With a hundred keep-alive clients, each a thread, the default lets some wait
# a second for their turn (p99 1.1 s); 0.5 ms keeps p99 near 50 ms for 4% of
# throughput. Set by `serve`, which owns its process, not by `make_server`.
SWITCH_INTERVAL = 0.0005


def serve(site_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the site until interrupted."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    server = make_server(site_dir, host=host, port=port)
    logger.info("search server: http://%s:%d/", *server.server_address[:2])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(
    site_dir: Path, index_dir: Path | None = None
) -> tuple[SiteServer, threading.Thread]:
    """Start a loopback server on a free port in a daemon thread (tests, benchmarks)."""
    server = make_server(site_dir, index_dir)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
