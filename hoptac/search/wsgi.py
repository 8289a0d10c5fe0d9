"""`/api/search` as a WSGI application, for a production server on a real host.

The static site goes to any web server or CDN as it is; only the API needs
Python. With waitress (`pip install 'hoptac[serve]'`):

    HOPTAC_INDEX=output/search/whoosh \\
        waitress-serve --host 127.0.0.1 --port 8080 --call hoptac.search.wsgi:create_app

and let the front web server pass `/api/search` to it. The answers are those of
`invoke serve` (`hoptac.search.server.answer_search`); a rebuilt index is picked
up on the next query.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from hoptac.search.live import LiveIndex
from hoptac.search.server import ALLOWED_METHODS, API_PATH, JSON_HEADERS, answer_search

logger = logging.getLogger(__name__)

DEFAULT_INDEX = Path("output") / "search" / "whoosh"

StartResponse = Callable[[str, list[tuple[str, str]]], object]


def create_app(index_dir: Path | str | None = None) -> Callable:
    """Return the WSGI application for the index in `index_dir` (or $HOPTAC_INDEX)."""
    live = LiveIndex(Path(index_dir or os.environ.get("HOPTAC_INDEX") or DEFAULT_INDEX))

    def application(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        if environ.get("PATH_INFO", "") != API_PATH:
            return _plain(start_response, "404 Not Found", b"not found\n")
        if method == "OPTIONS":
            start_response("204 No Content", [("Allow", ALLOWED_METHODS)])
            return [b""]
        if method not in ("GET", "HEAD"):
            return _plain(
                start_response,
                "405 Method Not Allowed",
                b"method not allowed\n",
                [("Allow", ALLOWED_METHODS)],
            )
        status, body = answer_search(live, environ.get("QUERY_STRING", ""))
        headers = [*JSON_HEADERS, ("Content-Length", str(len(body)))]
        start_response(f"{status.value} {status.phrase}", headers)
        return [b""] if method == "HEAD" else [body]

    return application


def _plain(
    start_response: StartResponse,
    status: str,
    body: bytes,
    extra: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    headers = [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Length", str(len(body))),
        *(extra or []),
    ]
    start_response(status, headers)
    return [body]
