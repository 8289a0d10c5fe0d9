"""Build the search index once the articles are written (Pelican plugin).

Receives `article_writer_finalized`, turns every article into a
`hoptac.search.index.SearchDocument`, builds the Whoosh index into
`<output>/<HOPTAC_SEARCH_DIR>/whoosh/` and writes the browser export beside it.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from pelican import signals

from hoptac.search.index import SearchDocument, invert_documents, write_index
from hoptac.search.shards import write_search_shards

from .settings import DEFAULTS

logger = logging.getLogger(__name__)

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|tr|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Return the reader-visible text of an article's HTML, one block a line."""
    text = _BLOCK_END.sub("\n", markup)
    return html.unescape(_TAG.sub("", text)).strip()


def _names(value: object) -> list[str]:
    """Return a metadata value as a list of names (str, list, or taxonomy objects)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list | tuple):
        names: list[str] = []
        for item in value:
            names += (
                _names(item)
                if isinstance(item, str)
                else [str(getattr(item, "name", item))]
            )
        return names
    return [str(getattr(value, "name", value))]


def search_document(article: object) -> SearchDocument:
    """Return the search document of one Pelican article."""
    meta = getattr(article, "metadata", {})
    date = getattr(article, "date", None)
    if meta.get("hoptac_undated"):
        date = None  # the taxonomy plugin's sort date, not a date the source gave
    return SearchDocument(
        source_id=str(meta.get("source_id") or getattr(article, "slug", "")),
        title=html_to_text(str(getattr(article, "title", ""))),
        url=str(getattr(article, "url", "")),
        date=date.date().isoformat()
        if date is not None and hasattr(date, "date")
        else "",
        summary=html_to_text(str(meta.get("summary") or "")),
        body=html_to_text(str(getattr(article, "content", ""))),
        provinces=_names(meta.get("provinces")),
        leaders=_names(meta.get("leaders")),
        topics=_names(meta.get("topics")),
    )


def check_settings(settings: dict) -> dict:
    """Return the plugin settings with defaults; raise ValueError on a bad one."""
    values = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    if not isinstance(values["HOPTAC_SEARCH_BUCKETS"], int) or not (
        1 <= values["HOPTAC_SEARCH_BUCKETS"] <= 4096
    ):
        raise ValueError("hoptac_search: HOPTAC_SEARCH_BUCKETS must be 1..4096")
    return values


def write_search_index(generator: object, writer: object = None) -> None:
    """Build the index and the browser export from the generator's articles."""
    settings = check_settings(generator.settings)
    out = Path(generator.output_path) / settings["HOPTAC_SEARCH_DIR"]
    articles = list(generator.articles)
    inverted = invert_documents(search_document(a) for a in articles)
    stats = write_index(inverted, out / "whoosh")
    export = write_search_shards(inverted, out, settings["HOPTAC_SEARCH_BUCKETS"])
    logger.info(
        "hoptac_search: %d articles indexed in %.2f s, browser export in %.2f s",
        stats.documents,
        stats.seconds,
        export.seconds,
    )


def register() -> None:
    """Connect the plugin's receiver (module level: Pelican keeps weak references)."""
    signals.article_writer_finalized.connect(write_search_index)
