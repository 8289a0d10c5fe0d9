"""Where hoptac relies on a dependency's internals: one module per dependency.

The fast paths use names a library does not promise to keep (Whoosh's codec
layouts, Markdown's registry, Pelican's reader and writer attributes). Each
module here owns every such use for one library, declares the releases the
suite ran on (its `TESTED`; the upper bound pyproject.toml pins), and offers
the stock way as a fallback. `internals_usable` decides, once per process,
whether the installed release is one that was tested; outside that range
hoptac takes the stock path (slower, correct) and says so once.

Setting `HOPTAC_STOCK_PATHS=1` takes every stock path, whatever the versions:
the tests run both ways with it.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from importlib import metadata

logger = logging.getLogger(__name__)

STOCK_PATHS_SETTING = "HOPTAC_STOCK_PATHS"


def _release(text: str) -> tuple[int, ...]:
    """`3.7.1` → (3, 7, 1); a suffix such as `rc1` or `.post2` is dropped, and
    so are trailing zeros (`4.12.0` and `4.12` are one release)."""
    parts: list[int] = []
    for piece in text.split("."):
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def installed_version(distribution: str) -> str:
    """The installed release of `distribution`, or "" when it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def stock_paths_forced() -> bool:
    """Whether the archivist (or a test) asked for the stock paths everywhere."""
    return os.environ.get(STOCK_PATHS_SETTING, "").strip() not in ("", "0")


@cache
def internals_usable(distribution: str, lowest: str, highest: str) -> bool:
    """Whether hoptac may use `distribution`'s internals: lowest <= version <= highest.

    Both ends are releases the suite ran on (compared by release number: a
    `3.11.3rc1` counts as 3.11.3). Warns once per process and library when
    the installed release is outside; says nothing when the stock paths were
    asked for (`HOPTAC_STOCK_PATHS`).
    """
    if stock_paths_forced():
        return False
    version = installed_version(distribution)
    if version and _release(lowest) <= _release(version) <= _release(highest):
        return True
    logger.warning(
        "%s %s is not a release hoptac was tested with (%s to %s); "
        "using its stock path, which is slower",
        distribution,
        version or "(not found)",
        lowest,
        highest,
    )
    return False
