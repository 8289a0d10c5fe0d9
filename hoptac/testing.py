"""How tests and benchmarks start a real browser: Debian's Chromium, headless.

Never a downloaded browser: Playwright's own downloads fail on this project's
machines, so it drives the system `chromium` (`apt-get install -y chromium`,
which `invoke test` does when it is missing).
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# axe-core as `npm ci --prefix tests/js` installs it (a checkout, not a wheel).
AXE_SCRIPT = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "js"
    / "node_modules"
    / "axe-core"
    / "axe.min.js"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch_chromium(playwright: object):  # -> playwright Browser
    """Launch the system Chromium with the project's flags."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
