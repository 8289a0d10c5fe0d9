"""Pelican's articles and pages as the build and its plugins use them."""

from __future__ import annotations

# Generator attributes holding content (Pelican 4: articles, drafts, pages…).
_CONTENT_LISTS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "pages",
    "hidden_pages",
    "hidden_translations",
    "draft_pages",
    "draft_translations",
)


def generator_contents(generators: list) -> list:
    """Return every article and page (drafts, hidden, translations) the generators hold."""
    contents: list = []
    for generator in generators:
        for name in _CONTENT_LISTS:
            contents += getattr(generator, name, None) or []
    return contents


def freeze_url(content: object) -> str:
    """Compute a content's `url` and `save_as` once; return the URL.

    Pelican formats both from the URL settings on every use; Pelican's own
    `override_url` and `override_save_as` (what a `URL:` metadata line sets)
    keep them. Call it once the content's metadata is settled: from
    `content_object_init` on for articles and pages.
    """
    content.override_url = url = content.url
    content.override_save_as = content.save_as
    return url
