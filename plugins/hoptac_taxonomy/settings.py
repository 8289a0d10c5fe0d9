"""Defaults of the hoptac_taxonomy plugin; any of them can be set in pelicanconf.py."""

from __future__ import annotations

from hoptac.facets import page_settings

DEFAULTS = {
    # PROVINCE_URL, PROVINCE_SAVE_AS, PROVINCES_SAVE_AS … of every page kind
    # of the registry (hoptac.facets.PAGE_KINDS): `tinh/{slug}.html` …
    **page_settings(),
    "HOPTAC_ARCHIVE_URL": "luu-tru/{period}.html",
    "HOPTAC_SOURCES_DIR": "nguon",
    "HOPTAC_DATA_DIR": "data",
    "HOPTAC_FEED_LIMIT": 20,
    "HOPTAC_HOME_PAIRS": 12,
    # The archive's own name for feed and entry ids (RFC 4151 tag URI prefix):
    # ids must not change when the site moves, so they are not made of SITEURL.
    "HOPTAC_SITE_ID": "tag:hoptac.vn,2019:",
    "HOPTAC_HOME_COOPERATION": 8,
    "HOPTAC_COOPERATION_FEED": "feeds/hop-tac.atom.xml",
    "HOPTAC_PAIR_FEED": "feeds/cap/{slug}.atom.xml",
}
