"""Defaults of the hoptac_taxonomy plugin; any of them can be set in pelicanconf.py."""

from __future__ import annotations

DEFAULTS = {
    "PROVINCE_URL": "tinh/{slug}.html",
    "PROVINCE_SAVE_AS": "tinh/{slug}.html",
    "PROVINCES_SAVE_AS": "tinh/index.html",
    "LEADER_URL": "lanh-dao/{slug}.html",
    "LEADER_SAVE_AS": "lanh-dao/{slug}.html",
    "LEADERS_SAVE_AS": "lanh-dao/index.html",
    "TOPIC_URL": "chu-de/{slug}.html",
    "TOPIC_SAVE_AS": "chu-de/{slug}.html",
    "TOPICS_SAVE_AS": "chu-de/index.html",
    "PAIR_URL": "cap/{slug}.html",
    "PAIR_SAVE_AS": "cap/{slug}.html",
    "PAIRS_SAVE_AS": "cap/index.html",
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
