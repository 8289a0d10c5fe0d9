"""Read Markdown as Pelican does, faster: one Markdown, and only the processors
and patterns a text could need.

Pelican's `MarkdownReader` builds a new `Markdown` for each file: loading the
`extra`, `codehilite` and `meta` extensions and building the parser again took
a fifth of the reading time. `Markdown.reset()` clears the state one document
leaves (footnotes, abbreviations, `Meta`), which is what the library provides
it for. The reader turns the `meta` preprocessor off while it converts
formatted fields (`Summary`), so it is put back before each file.

Then `TriggeredMarkdown` skips the inline patterns, block processors and
preprocessors whose characters a text does not contain (most news articles
have no `*`, `[`, `<`, `&`, `#`, `>` or backtick). Reading 2,674 articles and
fixtures took 5.0 s with Pelican's reader and 2.5 s with inline triggers
alone; block triggers took the 2,655 dantri articles from 3.0 to 2.35 s
(best of 3). The output is the same as Pelican's on them and on 12,695
archive articles. `tests/unit/test_markdown_reader.py` holds content and
metadata equal to Pelican's reader on documents exercising every trigger.

Both need internals (`hoptac.compat.pelican`, `hoptac.compat.markdown`): with a
Pelican release hoptac was not tested with, Pelican's reader stays; with such
a Markdown release, the reused Markdown is a plain one.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from markdown import Markdown
from markdown.extensions.meta import MetaPreprocessor
from markdown.preprocessors import Preprocessor
from markdown.util import Registry
from pelican import signals
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open

from hoptac import web_safety
from hoptac.compat import markdown as markdown_compat
from hoptac.compat import pelican as pelican_compat

from .safe_html import TREEPROCESSOR_NAME, TRIGGERS, add_safe_content_extension

logger = logging.getLogger(__name__)

# Beside Pelican's content cache: the reader rules it was written with.
READER_RULES_NAME = "hoptac-reader-rules.txt"
# Pelican's content caches in CACHE_PATH: `<Generator>-Readers` (reader layer,
# the default) and `<Generator>` (generator layer).
PELICAN_CONTENT_CACHES = ("*Generator-Readers", "*Generator")
_pending_stamps: dict[str, str] = {}

# The meta extension's own registration (markdown.extensions.meta.MetaExtension).
META_NAME, META_PRIORITY = "meta", 27

# What the text must contain for each inline pattern of Markdown and its
# `extra` extension to match anything: its regular expression starts with (or
# needs) one of these. Patterns not listed always run.
INLINE_TRIGGERS = {
    "backtick": ("`",),
    "escape": ("\\",),
    "footnote": ("[",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("[",),
    "image_reference": ("[",),
    "short_reference": ("[",),
    "short_image_ref": ("[",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    "html": ("<",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
    "em_strong2": ("_",),  # Markdown before 3.11
    "not_strong": ("*", "_"),  # Markdown before 3.11
}


# The same for the preprocessors, read from the source text.
PREPROCESSOR_TRIGGERS = {
    "fenced_code_block": ("```", "~~~"),
    "html_block": ("<", "&"),  # raw HTML (entities too, to be safe)
}
# The same for the block processors, read from the source and the preprocessed
# text together (tabs expanded; raw HTML stashed as \x02 placeholders). Nested
# blocks (list items, quotes) only lose text at line starts, so what a nested
# block contains, the texts contain. Processors not listed (empty, paragraph)
# always run.
BLOCK_TRIGGERS = {
    "indent": ("    ",),  # a block indented by tab_length (4)
    "code": ("    ",),
    "defindent": ("    ",),
    "hashheader": ("#",),
    "setextheader": ("=", "-"),
    "hr": ("-", "_", "*"),
    "olist": tuple(f"{digit}. " for digit in "0123456789"),
    "ulist": ("* ", "+ ", "- "),
    "quote": (">",),
    "reference": ("]:",),
    "footnote": ("[^",),
    "abbr": ("*[",),
    "deflist": (": ",),
    "table": ("|",),
    "markdown_block": ("\x02",),  # works on stashed raw HTML only
}
# Tree processors whose work needs these in the texts.
TREEPROCESSOR_TRIGGERS = {
    "attr_list": ("{",),
    "unescape": ("\\",),  # undoes the escape pattern's placeholders
    TREEPROCESSOR_NAME: TRIGGERS,  # only links and attr_list carry URLs
}


def _ranked(registry: Registry, triggers: dict) -> list[tuple[str, float, tuple]]:
    """Return a registry's items, first to run first, each with its triggers."""
    return [
        (name, priority, triggers.get(name, ("",)))
        for name, priority in markdown_compat.ranked(registry)
    ]


class TriggeredMarkdown(Markdown):
    """Markdown that runs only the processors and patterns a text could need.

    Each stage tries its processors on every block or paragraph, most with a
    regular expression: inline patterns were 45% of converting a news article
    whose text has none of their characters (four articles in five), block
    processors another third. One whose trigger characters are absent from
    the text cannot match, so leaving it out changes nothing.
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        # The extensions have registered everything: rank once what stays fixed.
        self._inline = _ranked(self.inlinePatterns, INLINE_TRIGGERS)
        self._blocks = _ranked(self.parser.blockprocessors, BLOCK_TRIGGERS)
        self._trees = _ranked(self.treeprocessors, TREEPROCESSOR_TRIGGERS)
        self._full = (self.parser.blockprocessors, self.treeprocessors)
        # One registry per stage and set of active items (a handful in practice).
        self._registries: dict[tuple, Registry] = {}
        self._source = ""
        self.preprocessors.register(_ChooseProcessors(self), "choose_processors", 1)

    def _active(self, items: list, full: Registry, text: str) -> Registry:
        active = tuple(
            (name, priority)
            for name, priority, triggers in items
            if any(t in text for t in triggers)
        )
        key = (id(full), active)
        registry = self._registries.get(key)
        if registry is None:
            registry = self._registries[key] = Registry()
            for name, priority in active:
                registry.register(full[name], name, priority)
        return registry

    def choose_block_and_tree_processors(self, preprocessed: str) -> None:
        texts = self._source + "\n" + preprocessed
        blocks, trees = self._full
        self.parser.blockprocessors = self._active(self._blocks, blocks, texts)
        self.treeprocessors = self._active(self._trees, trees, texts)

    def convert(self, source: str) -> str:
        self._source = source
        inline = self.treeprocessors["inline"]
        inline.inlinePatterns = self._active(self._inline, self.inlinePatterns, source)
        # Pelican's reader takes `meta` out and back: ranked on each call.
        preprocessors = self.preprocessors
        self.preprocessors = self._active(
            _ranked(preprocessors, PREPROCESSOR_TRIGGERS), preprocessors, source
        )
        try:
            return super().convert(source)
        finally:
            self.preprocessors = preprocessors
            self.parser.blockprocessors, self.treeprocessors = self._full
            inline.inlinePatterns = self.inlinePatterns


class _ChooseProcessors(Preprocessor):
    """The last preprocessor: picks the block and tree processors the
    preprocessed text could need (`TriggeredMarkdown`)."""

    def run(self, lines: list[str]) -> list[str]:
        self.md.choose_block_and_tree_processors("\n".join(lines))
        return lines


class ReusedMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, converting every file with the same Markdown
    (a `TriggeredMarkdown` with a Markdown release hoptac was tested with)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._markdown: Markdown | None = None

    def _reset_markdown(self) -> Markdown:
        markdown = self._markdown
        if markdown is None:
            kind = TriggeredMarkdown if markdown_compat.internals_usable() else Markdown
            markdown = self._markdown = kind(**self.settings["MARKDOWN"])
            return markdown
        markdown.reset()
        if META_NAME not in markdown.preprocessors:
            markdown.preprocessors.register(
                MetaPreprocessor(markdown), META_NAME, META_PRIORITY
            )
        return markdown

    def read(self, source_path: str) -> tuple[str, dict]:
        markdown = self._reset_markdown()
        with pelican_open(source_path) as text:
            return pelican_compat.read_markdown(self, source_path, markdown, text)


def use_reused_reader(readers: object) -> None:
    """Replace the Markdown reader where Pelican's would be used (with a Pelican
    release hoptac was tested with; otherwise Pelican's reader stays)."""
    if not pelican_compat.internals_usable():
        return
    for extension, reader_class in list(readers.reader_classes.items()):
        if reader_class is MarkdownReader:
            readers.reader_classes[extension] = ReusedMarkdownReader


def add_safe_content(pelican: object) -> None:
    """Make every Markdown reader escape raw HTML unless HOPTAC_TRUSTED_HTML.

    Pelican's content cache holds HTML converted by an earlier reader: when
    the reader's rules (this package, `hoptac.web_safety`, the setting) are not
    the cache's, the cache files are removed, so no page keeps the old HTML.
    (Not by turning LOAD_CONTENT_CACHE off: the settings are an input of every
    page's fingerprint, and the next build would render every page again.)
    """
    settings = pelican.settings
    trusted = bool(settings.setdefault("HOPTAC_TRUSTED_HTML", False))
    add_safe_content_extension(settings["MARKDOWN"], trusted)
    rules = _reader_rules(trusted)
    cache = Path(settings["CACHE_PATH"])
    stamp = cache / READER_RULES_NAME
    try:
        cached = stamp.read_text(encoding="utf-8")
    except OSError:
        cached = ""
    if cached != rules:
        # Pelican names its content caches after the generator classes.
        for name in PELICAN_CONTENT_CACHES:
            for path in cache.glob(name):
                logger.info("hoptac_markdown: reader rules changed, removing %s", path)
                path.unlink(missing_ok=True)
    _pending_stamps[str(stamp)] = rules


def save_reader_rules(pelican: object) -> None:
    """Record the rules the content cache was written with (after a build)."""
    stamp = Path(pelican.settings["CACHE_PATH"]) / READER_RULES_NAME
    rules = _pending_stamps.pop(str(stamp), None)
    if rules is not None and pelican.settings.get("CACHE_CONTENT"):
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(rules, encoding="utf-8")


def _reader_rules(trusted: bool) -> str:
    digest = hashlib.sha1(f"trusted_html={trusted}".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")) + [
        Path(web_safety.__file__)
    ]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def register() -> None:
    signals.initialized.connect(add_safe_content)
    signals.finalized.connect(save_reader_rules)
    signals.readers_init.connect(use_reused_reader)
