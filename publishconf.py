"""Settings for publishing to a public host: pelicanconf plus absolute feed URLs."""

from __future__ import annotations

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("HOPTAC_SITEURL", "")
RELATIVE_URLS = not SITEURL
DELETE_OUTPUT_DIRECTORY = False
