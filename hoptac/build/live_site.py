"""The live site: `output` is a symbolic link to the version readers see.

A build writes into `output.building-<pid>` beside `output`; once it
succeeded, that folder is renamed `output.site-<n>-<pid>` and `output` is
switched to it by renaming a new link over the old one: one `rename(2)`, so a
reader (a browser, `invoke serve`, `invoke archive`) always finds a whole site
under `output/`, the previous one or the new one, even when the build is
killed at any moment. The replaced version is renamed
`output.previous-<pid>` and removed in the background.

A folder named for a process that no longer runs is what a killed build
left: the next build removes it (`remove_leftovers`). The live version is
never removed. An `output` that is still a real folder (from before this
scheme) becomes the first version the first time a build runs.

Whoever reads the live site for a while (the server, the archive) takes its
real path once with `hoptac.files.live_site(output)` and reads from there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from hoptac.files import live_site

logger = logging.getLogger(__name__)

# The kinds of folders a build leaves beside `output`, by their name's middle.
BUILDING, VERSION, PREVIOUS, LINK = "building", "site", "previous", "link"


@dataclass(frozen=True)
class Sibling:
    """A folder (or link) one build made beside `output`."""

    path: Path
    kind: str
    number: int  # a version's number; 0 for the other kinds
    pid: int  # the process of the build that made it


def _sibling_pattern(output: Path) -> re.Pattern:
    return re.compile(
        rf"{re.escape(output.name)}\.({BUILDING}|{VERSION}|{PREVIOUS}|{LINK})"
        r"-(?:(\d+)-)?(\d+)"
    )


def siblings(output: Path) -> list[Sibling]:
    """Return the folders and links builds made beside `output`."""
    output = Path(output)
    pattern = _sibling_pattern(output)
    found = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(output.parent):
            match = pattern.fullmatch(entry.name)
            if match:
                kind, number, pid = match.groups()
                found.append(
                    Sibling(Path(entry.path), kind, int(number or 0), int(pid))
                )
    return sorted(found, key=lambda s: (s.kind, s.number, s.pid))


def staging_folder(output: Path) -> Path:
    """Return the folder this process builds the next version in."""
    output = Path(output)
    return output.with_name(f"{output.name}.{BUILDING}-{os.getpid()}")


def _process_runs(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _next_version(output: Path) -> Path:
    versions = [s.number for s in siblings(output) if s.kind == VERSION]
    number = max(versions, default=0) + 1
    return output.with_name(f"{output.name}.{VERSION}-{number}-{os.getpid()}")


def _switch_link(output: Path, version: Path) -> None:
    """Point `output` at `version` with one rename of a new link over it."""
    link = output.with_name(f"{output.name}.{LINK}-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    # Relative: the project folder can be moved or zipped with its site.
    os.symlink(version.name, link, target_is_directory=True)
    os.replace(link, output)


def adopt_real_folder(output: Path) -> None:
    """Turn an `output` that is a real folder into the first version, linked.

    The one moment without `output/` is between two renames, once, on the
    first build after an upgrade.
    """
    output = Path(output)
    if output.is_symlink() or not output.is_dir():
        return
    version = _next_version(output)
    os.rename(output, version)
    _switch_link(output, version)
    logger.info("live site: %s is now a link to %s", output, version.name)


def publish(staging: Path, output: Path) -> Path | None:
    """Make the built `staging` folder the live site; return the replaced one.

    The replaced version is renamed `output.previous-<pid>` for the caller to
    remove (it may still be read by whoever resolved the link before).
    """
    output = Path(output)
    adopt_real_folder(output)  # normally done at the start of the build
    replaced = live_site(output) if output.is_symlink() else None
    version = _next_version(output)
    os.rename(staging, version)
    _switch_link(output, version)
    if replaced is None or not replaced.exists():
        return None
    previous = output.with_name(f"{output.name}.{PREVIOUS}-{os.getpid()}")
    if previous.exists():  # an earlier build of this process, still going
        remove_folder(previous)
    os.rename(replaced, previous)
    return previous


def remove_leftovers(output: Path) -> list[Path]:
    """Remove what killed builds left beside `output`; return what went.

    Only folders of processes that no longer run (or of this one), never the
    live version. Folders go in the background (`remove_in_background`).
    """
    output = Path(output)
    live = live_site(output).name if output.is_symlink() else None
    removed = []
    for sibling in siblings(output):
        if sibling.path.name == live:
            continue
        if sibling.pid != os.getpid() and _process_runs(sibling.pid):
            continue  # another build, still going
        if sibling.pid == os.getpid() and sibling.kind == PREVIOUS:
            continue  # this process handed it to `rm` already
        if sibling.kind == LINK or sibling.path.is_symlink():
            sibling.path.unlink(missing_ok=True)
        elif sibling.kind == BUILDING and sibling.pid == os.getpid():
            shutil.rmtree(sibling.path, ignore_errors=True)  # about to be reused
        else:
            remove_in_background(sibling.path)
        removed.append(sibling.path)
    if removed:
        logger.info(
            "live site: removing %d folders killed builds left: %s",
            len(removed),
            ", ".join(p.name for p in removed),
        )
    return removed


def remove_site(output: Path) -> None:
    """Remove `output`, every version and every leftover (`invoke clean`)."""
    output = Path(output)
    for sibling in siblings(output):
        remove_folder(sibling.path)
    remove_folder(output)


def remove_folder(path: Path) -> None:
    """Remove a folder, or a link without what it points to."""
    if path.is_symlink():
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


# Removals still running; kept so each is reaped, not left a zombie.
_removals: list[subprocess.Popen] = []


def remove_in_background(folder: Path) -> None:
    """Remove a replaced site without making the build wait for it.

    The new site is already live; unlinking the old one's 7,000 names is a
    good part of an incremental build. `rm -rf` runs in its own session and
    may outlive this process: it removes a folder nobody reads any more, so
    finishing after the build ends is harmless, and if it is stopped the
    next build removes what is left. Without `rm` the folder is removed here.
    """
    _removals[:] = [process for process in _removals if process.poll() is None]
    rm = shutil.which("rm") if os.name == "posix" else None
    if rm is None:
        shutil.rmtree(folder, ignore_errors=True)
        return
    _removals.append(
        subprocess.Popen(
            [rm, "-rf", "--", str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    )
