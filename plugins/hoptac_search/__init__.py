"""hoptac_search: write the Whoosh index and its browser export into the site."""

from .hoptac_search import register

__all__ = ["register"]
