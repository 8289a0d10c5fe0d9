"""File helpers any part of hoptac may use: whole writes, stamps, links, the live site.

The build (`hoptac.build`) and the domain library (`hoptac.search`) both
write caches and take files from the last site; the helpers live here so that
the domain library never imports the build.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write a text file whole or not at all (a temporary file, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise with_path(exc, temporary) from None
    os.replace(temporary, path)


def with_path(error: OSError, path: Path | str) -> OSError:
    """Return the error naming `path` (a full disk says where it was full)."""
    if error.filename is not None:
        return error
    if error.errno is None:
        return OSError(f"{error} (writing {path})")
    strerror = error.strerror or os.strerror(error.errno)
    return type(error)(error.errno, strerror, str(path))


def file_stamp(path: Path | str) -> list[int]:
    """Return a file's [modification time (ns), size]: equal, it is unchanged."""
    stat = os.stat(path)
    return [stat.st_mtime_ns, stat.st_size]


def link_or_copy(source: Path | str, target: Path | str) -> None:
    """Put a file of the live site into a new build without copying its bytes.

    A hard link, which is safe because a build never writes into a file it
    takes from the live site (Pelican refuses to write one path twice), and
    the old site's name goes when the new one replaces it. Copies (keeping the
    modification time) where links are impossible. The target's folder is
    made when the link finds it missing (an incremental build links 7,000
    files into a few folders).
    """
    try:
        os.link(source, target)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
    except OSError:
        shutil.copy2(source, target)


def live_site(output: Path) -> Path:
    """Return the real folder of the live site (`output` itself if not a link).

    `output` is a link the build switches to each new version
    (`hoptac.build.live_site`); whoever reads the site for a while (the
    server, the archive) takes its real folder once and reads from there.
    """
    output = Path(output)
    if output.is_symlink():
        return output.parent / os.readlink(output)
    return output
