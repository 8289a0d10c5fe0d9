"""What an archived article may turn into on the web: links, inline JSON, spreadsheet cells.

Everything an ingested article carries is text; these are the few places where
text becomes something a browser or a spreadsheet acts on. The Markdown reader
and the site's plugins both call them (docs/SECURITY.md).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

# Schemes a link may have; anything else (javascript:, data:, vbscript:,
# file:, unknown ones) is not made a link.
LINK_SCHEMES = frozenset({"http", "https"})
# What browsers drop from a URL before reading its scheme: ASCII whitespace
# and C0 controls anywhere (`java\tscript:`), plus spaces at either end.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Kept as they are when a link is written out: URL syntax, and `%` escapes.
_URL_SAFE_CHARACTERS = ":/?#[]@!$&'()*+,;=%~-._"
# Characters that would end, or open, something around inline JSON in HTML.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
_SCRIPT_UNSAFE_PATTERN = re.compile("[<>&\u2028\u2029]")
# A spreadsheet reads a cell starting with these as a formula (OWASP's list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_link(url: str) -> str:
    """Return url if it may be a link's target (http(s) or relative), else "".

    Read as a browser would: character references decoded (`&#106;avascript:`),
    whitespace and control characters ignored, the scheme in any case. What is
    returned has characters a URL may not hold (`"`, `<`, spaces, non-ASCII)
    percent-encoded.

    >>> safe_link("https://dantri.com.vn/a.htm")
    'https://dantri.com.vn/a.htm'
    >>> safe_link("../bai-viet/x.html")
    '../bai-viet/x.html'
    >>> safe_link(" JaVa&#x09;Script:alert(1)")
    ''
    >>> safe_link('https://vn.vn/a b?q="x"')
    'https://vn.vn/a%20b?q=%22x%22'
    """
    if not url:
        return ""
    decoded = url
    for _ in range(3):  # `&amp;#106;` decodes twice when an HTML source is pasted
        unescaped = html.unescape(decoded)
        if unescaped == decoded:
            break
        decoded = unescaped
    compact = _IGNORED_IN_URL.sub("", decoded).lower()
    if compact.startswith(("\\", "/\\", "\\/")):
        return ""  # browsers read `\\host` as `//host`; nothing of ours needs it
    scheme = _SCHEME.match(compact)
    # No scheme before the first `/`, `?` or `#`: a relative reference.
    if scheme is not None and scheme.group(1) not in LINK_SCHEMES:
        return ""
    return quote(url.strip(), safe=_URL_SAFE_CHARACTERS)


def script_json(data: object) -> str:
    """Return data as JSON that is safe inside an HTML `<script>` element.

    `</script>` (or `<!--`) in a title would otherwise end the element.

    >>> script_json({"headline": "</script><script>alert(1)</script>"})
    '{"headline": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    return _SCRIPT_UNSAFE_PATTERN.sub(
        lambda match: _SCRIPT_UNSAFE.get(match.group(), f"\\u{ord(match.group()):04x}"),
        text,
    )


def spreadsheet_cell(value: str) -> str:
    """Return a CSV cell a spreadsheet shows as text, never runs as a formula.

    >>> spreadsheet_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> spreadsheet_cell("Hà Nội")
    'Hà Nội'
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
