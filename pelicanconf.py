"""Pelican settings for the hoptac archive (read once by Pelican; plugins get them as a dict)."""

from __future__ import annotations

import logging

AUTHOR = "hoptac"
SITENAME = "Hợp tác địa phương"
SITESUBTITLE = "Kho lưu trữ tin tức về hợp tác giữa các tỉnh, thành phố Việt Nam"
SITEURL = ""
DEFAULT_LANG = "vi"
LOCALE = ("vi_VN.UTF-8", "C.UTF-8", "")
TIMEZONE = "Asia/Ho_Chi_Minh"

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
THEME = "theme"
# Every `{{ value }}` in the templates is escaped: what an article carries is
# text. Only HTML the build made safe is marked `|safe` (docs/SECURITY.md).
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
# Raw HTML in content/*.md is escaped as text. True lets it through, sanitised
# with nh3 (no scripts, handlers or non-http(s) links). docs/SECURITY.md.
HOPTAC_TRUSTED_HTML = False
# Feed and entry ids start with this tag URI (RFC 4151); keep it forever.
HOPTAC_SITE_ID = "tag:hoptac.vn,2019:"
PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "hoptac_markdown",  # one Markdown instance for every file
    "hoptac_taxonomy",
    "hoptac_search",
    "hoptac_incremental",  # unchanged pages are kept, not rendered again
]
DIRECT_TEMPLATES = ["index", "archives", "search", "404"]

# Opens from disk: every link is relative (the offline archive depends on it).
RELATIVE_URLS = True

ARTICLE_URL = "bai-viet/{slug}.html"
ARTICLE_SAVE_AS = "bai-viet/{slug}.html"
PAGE_URL = "trang/{slug}.html"
PAGE_SAVE_AS = "trang/{slug}.html"

# Articles are classified by provinces, leaders, topics and pairs (plugins);
# Pelican's own author, category and tag pages would only duplicate them.
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""

DEFAULT_PAGINATION = 20
PAGINATION_PATTERNS = (
    (1, "{name}{extension}", "{name}{extension}"),
    (2, "{name}-trang-{number}{extension}", "{name}-trang-{number}{extension}"),
)
SUMMARY_MAX_LENGTH = 60

FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Pelican's content cache makes a rebuild after one changed article cheap.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
# Uncompressed: gzip took 1 s of each build, and the cache is a few MB.
GZIP_CACHE = False

# Only Markdown content; the reStructuredText reader would warn about Vietnamese.
READERS = {"rst": None}

# Offline copies have no SITEURL; their feeds use relative links on purpose.
LOG_FILTER = [(logging.WARN, "Feeds generated without SITEURL%s")]
