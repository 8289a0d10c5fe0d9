"""One digest of everything a build's output follows from besides the content.

Every cache of the build keys on `BuildInputs.of(settings).digest` (made once a
build, kept in the `BuildSession`): when a setting, the theme, a plugin,
hoptac's own code or data, the archivist's data files or an installed
rendering package changes, nothing made from the old ones is reused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from datetime import date, datetime
from functools import cached_property
from importlib import metadata
from pathlib import Path

from hoptac.build.session import SESSION_SETTING
from hoptac.files import file_stamp

# hoptac's own files (its data/ included): the package this module is in.
HOPTAC_PACKAGE = Path(__file__).resolve().parents[1]

# Settings that name a build's own scratch places or switches, not its inputs.
VOLATILE_SETTINGS = {
    "OUTPUT_PATH",
    "CACHE_PATH",
    "LOAD_CONTENT_CACHE",
    SESSION_SETTING,
}
# Installed packages whose versions decide what a page or the index holds;
# Pelican's own requirements are added to them (`package_versions`).
RENDERING_PACKAGES = (
    "pelican",
    "markdown",
    "jinja2",
    "markupsafe",
    "whoosh-reloaded",
    "python-slugify",
    "unidecode",
    "vietnamadminunits",
    "numpy",
    "feedgenerator",
    "python-dateutil",
    "pygments",
)
# The archivist's data files the domain library reads from the archive's
# folder or the environment (see hoptac.tagging.topics).
ARCHIVE_DATA_FILES = ("topics.toml", "places.toml")
DATA_ENVIRONMENT = ("HOPTAC_TOPICS", "HOPTAC_PLACES")


def plain_data(value: object) -> object:
    """Return a value as JSON-able data, stable from one run to the next once
    encoded with sorted keys (dicts keep their own order here)."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain_data(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return str(value)  # URLWrappers, taxonomy objects: their name


def files_stamp(folder: Path) -> list:
    """Return (path, size, mtime) of every file under folder: cheap, and changes."""
    if not folder.is_dir():
        return []
    entries = []
    for path in folder.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            entries.append(
                [str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns]
            )
    return sorted(entries)


def _file_stamp_or_none(path: Path) -> list | None:
    try:
        return [str(path), *file_stamp(path)]
    except OSError:
        return None


def _requirement_name(requirement: str) -> str:
    for stop in "<>=!~;[ (":
        requirement = requirement.split(stop, 1)[0]
    return requirement.strip().lower()


def package_versions() -> dict[str, str]:
    """Return the installed version of every package that renders (absent: "")."""
    names = set(RENDERING_PACKAGES)
    with contextlib.suppress(metadata.PackageNotFoundError):
        names.update(
            _requirement_name(r)
            for r in metadata.requires("pelican") or []
            if "extra ==" not in r
        )
    versions = {}
    for name in sorted(names):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


@dataclass(frozen=True)
class BuildInputs:
    """Everything a build's output follows from besides the content itself.

    Every cache of the build (page fingerprints, the search index and its
    record of sources, the content check's record, the gazetteer's pickle,
    compiled templates) keys on `digest`: when any of these change, nothing
    made from the old ones is reused.
    """

    settings: object  # plain data of every setting but the volatile ones
    theme: list
    plugins: list
    code: list  # hoptac's own files, its data files included
    data: list  # the archivist's data files and environment
    packages: dict[str, str]
    python: str

    @classmethod
    def of(cls, settings: dict) -> BuildInputs:
        return cls(
            settings=plain_data(
                {
                    key: value
                    for key, value in settings.items()
                    if key.isupper() and key not in VOLATILE_SETTINGS
                }
            ),
            theme=files_stamp(Path(settings["THEME"])),
            plugins=[files_stamp(Path(p)) for p in settings.get("PLUGIN_PATHS", [])],
            code=files_stamp(HOPTAC_PACKAGE),
            data=[
                *(_file_stamp_or_none(Path(n).absolute()) for n in ARCHIVE_DATA_FILES),
                *(
                    [name, os.environ.get(name), _file_stamp_or_none(Path(value))]
                    for name in DATA_ENVIRONMENT
                    if (value := os.environ.get(name))
                ),
                # The archivist's leader merges (an archive's own leaders.toml).
                _leaders_stamp(settings),
            ],
            packages=package_versions(),
            python=sys.version,
        )

    @cached_property
    def digest(self) -> str:
        encoded = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def _leaders_stamp(settings: dict) -> list:
    from hoptac.tagging.leader_names import leaders_file  # tagging is not build code

    path = leaders_file(Path(settings.get("PATH", "content")).parent)
    return [str(path), *file_stamp(path)] if path.is_file() else []
