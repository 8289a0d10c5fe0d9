"""The offline archive: a dated zip of the built site that works after unzipping anywhere."""

from __future__ import annotations

import logging
import zipfile
from datetime import date
from pathlib import Path

from hoptac.files import live_site

logger = logging.getLogger(__name__)


def write_archive(output_dir: Path, dest_dir: Path, day: date | None = None) -> Path:
    """Zip every file of output_dir under a `hoptac-YYYY-MM-DD/` folder; return the zip.

    The live site's real folder is read, so a build that goes live meanwhile
    does not mix two sites in one zip.
    """
    output_dir = live_site(Path(output_dir))
    if not (output_dir / "index.html").exists():
        raise FileNotFoundError(
            f"{output_dir}/index.html missing: run `invoke build` first"
        )
    name = f"hoptac-{(day or date.today()).isoformat()}"
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{name}.zip"
    partial = target.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(output_dir.rglob("*")):
            if path.is_file():
                archive.write(path, f"{name}/{path.relative_to(output_dir).as_posix()}")
    partial.replace(target)
    logger.info("archive: wrote %s", target)
    return target
