"""Take the README's screenshot: the home page of the sample site, as a reader sees it.

Run after `invoke ingest build`, with Debian's chromium and Playwright's driver
(both installed by `invoke test`):

    python3 tools/readme_screenshot.py [output/index.html] [docs/screenshot.png]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from hoptac.testing import launch_chromium

VIEWPORT = {"width": 1280, "height": 860}


def main(argv: list[str]) -> int:
    page_file = Path(argv[0] if argv else "output/index.html").resolve()
    target = Path(argv[1] if len(argv) > 1 else "docs/screenshot.png")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport=VIEWPORT, color_scheme="light")
        page.goto(page_file.as_uri())
        page.screenshot(path=str(target))
        browser.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
