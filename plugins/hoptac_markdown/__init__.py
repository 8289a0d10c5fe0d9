"""hoptac_markdown: Pelican's Markdown reader, with one Markdown instance per build."""

from .hoptac_markdown import register

__all__ = ["register"]
