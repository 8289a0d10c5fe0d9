"""Python-Markdown's internals that hoptac's Markdown reader uses.

`TriggeredMarkdown` (plugins/hoptac_markdown) runs only the processors and
patterns a text could need, and to rebuild a stage's registry with fewer
items it must know each item's priority: `Registry` keeps them only in its
private `_priority` list. With a release outside `TESTED` (or
`HOPTAC_STOCK_PATHS=1`) the reader converts with a plain `Markdown` instead:
the same HTML, every processor run on every text.
"""

from __future__ import annotations

from hoptac import compat

DISTRIBUTION = "markdown"
# The releases the suite ran on (lowest, highest); pyproject.toml pins the same top.
TESTED = ("3.11.3", "3.11.3")


def internals_usable() -> bool:
    """Whether the reader may trigger processors by the text's characters."""
    return compat.internals_usable(DISTRIBUTION, *TESTED)


def ranked(registry: object) -> list[tuple[str, float]]:
    """Return a registry's (name, priority) pairs, first to run first."""
    items = sorted(registry._priority, key=lambda item: item.priority, reverse=True)
    return [(item.name, item.priority) for item in items]
