"""Markdown that turns an article into text and links, never into a script.

An archived article's Markdown came from a scraped page: its raw HTML is
escaped as text unless the archivist trusts it (`HOPTAC_TRUSTED_HTML`), and
then it is sanitised with nh3. Either way a link or image keeps its target only
when it is http(s) or relative (`hoptac.web_safety.safe_link`), and only the
attributes Markdown itself writes survive (`{: onclick=… }` from attr_list
does not). docs/SECURITY.md says what is trusted.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as etree

import nh3
from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

from hoptac.web_safety import LINK_SCHEMES, safe_link

# Attributes Markdown and its `extra` extensions write; attr_list may add any.
KEPT_ATTRIBUTES = frozenset(
    {
        "id",
        "class",
        "title",
        "alt",
        "href",
        "src",
        "lang",
        "dir",
        "colspan",
        "rowspan",
        "align",
        "start",
        "rel",
        "role",
        "width",
        "height",
    }
)
URL_ATTRIBUTES = ("href", "src")
# The table extension aligns cells with a style; no other style is kept.
TABLE_ALIGN_STYLE = re.compile(r"text-align: (left|right|center);")
# nh3's own allow-list plus the attributes every element may keep.
SANITISER_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES) | {
    "*": {"id", "class", "title", "lang", "dir"}
}
# What in a text can make the tree carry a URL or an added attribute:
# links `[`, autolinks `<`, attr_list `{` (the reader runs us only then).
TRIGGERS = ("[", "<", "{")
TREEPROCESSOR_NAME = "hoptac_safe_links"


def sanitise_html(text: str) -> str:
    """Return trusted raw HTML with scripts, handlers and unsafe URLs removed."""
    return nh3.clean(
        text,
        attributes=SANITISER_ATTRIBUTES,
        url_schemes=set(LINK_SCHEMES),
        # No rel: an `<a>` whose unsafe href was removed may not have one.
        link_rel=None,
    )


class SafeLinksTreeprocessor(Treeprocessor):
    """Unlink unsafe targets and drop attributes Markdown itself would not write."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            attributes = element.attrib
            if not attributes:
                continue
            for name in [n for n in attributes if n not in KEPT_ATTRIBUTES]:
                if not (
                    name == "style" and TABLE_ALIGN_STYLE.fullmatch(attributes[name])
                ):
                    del attributes[name]
            for name in URL_ATTRIBUTES:
                if name in attributes:
                    target = safe_link(attributes[name])
                    if target:
                        attributes[name] = target
                    else:
                        self._unlink(element, name)

    @staticmethod
    def _unlink(element: etree.Element, name: str) -> None:
        if element.tag == "img":
            # An image without a source: its description, as text.
            alt = element.get("alt", "")
            element.attrib.clear()
            element.tag, element.text = "span", alt
        else:
            # Its text, as text: an `<a>` without href may not keep a title.
            title = element.get("title")
            element.attrib.clear()
            element.tag = "span"
            if title:
                element.set("title", title)


class SanitisePostprocessor(Postprocessor):
    """Sanitise the finished HTML once trusted raw HTML is back in it."""

    def run(self, text: str) -> str:
        return sanitise_html(text)


class SafeContentExtension(Extension):
    """Escape raw HTML (or sanitise it when trusted) and keep only safe links."""

    def __init__(self, trusted_html: bool = False) -> None:
        super().__init__()
        self.trusted_html = bool(trusted_html)

    def __str__(self) -> str:
        # Pelican's settings hold this instance; the incremental build hashes
        # the settings as text, so the text must not change from run to run.
        return f"SafeContentExtension(trusted_html={self.trusted_html})"

    __repr__ = __str__

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        if self.trusted_html:
            # After raw HTML is put back (raw_html, 30) and `&` restored (20).
            md.postprocessors.register(SanitisePostprocessor(md), "hoptac_sanitise", 5)
        else:
            # Without them, `<`, `>` and `&` of raw HTML are escaped as text.
            for registry, name in (
                (md.preprocessors, "html_block"),
                (md.inlinePatterns, "html"),
            ):
                if name in registry:
                    registry.deregister(name)
        # After attr_list (8) and unescape (0): the final attributes.
        md.treeprocessors.register(SafeLinksTreeprocessor(md), TREEPROCESSOR_NAME, -1)


def add_safe_content_extension(markdown_settings: dict, trusted_html: bool) -> None:
    """Put the extension last in Pelican's MARKDOWN settings.

    Last, because `extra` registers its own raw-HTML preprocessor: it must be
    there to be taken out. Pelican's reader appends the `extension_configs`
    extensions to `extensions` itself; doing it here first keeps ours after them.
    """
    extensions = markdown_settings.setdefault("extensions", [])
    extensions[:] = [e for e in extensions if not isinstance(e, SafeContentExtension)]
    for name in markdown_settings.get("extension_configs", {}):
        if name not in extensions:
            extensions.append(name)
    if "markdown.extensions.meta" not in extensions:
        extensions.append("markdown.extensions.meta")
    extensions.append(SafeContentExtension(trusted_html=trusted_html))
