"""Real headless Chromium for the browser tests; under CI a missing browser fails."""

from __future__ import annotations

import os

import pytest

from hoptac.testing import CHROMIUM, launch_chromium


# One module at a time: Playwright's sync API allows one running instance, and
# other modules start their own.
@pytest.fixture(scope="module")
def chromium():
    """The system Chromium through Playwright (skipped locally, failed in CI, if absent)."""
    if os.environ.get("CI"):
        from playwright import sync_api  # an ImportError fails the test under CI

        assert CHROMIUM.exists(), f"{CHROMIUM} is missing (invoke test installs it)"
    else:
        sync_api = pytest.importorskip("playwright.sync_api")
        if not CHROMIUM.exists():
            pytest.skip(f"{CHROMIUM} is missing (invoke test installs it)")
    with sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()
