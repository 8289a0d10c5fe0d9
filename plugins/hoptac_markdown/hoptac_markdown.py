"""Read Markdown as Pelican does, reusing one `markdown.Markdown` for every file.

Pelican's `MarkdownReader` builds a new `Markdown` for each file: loading the
`extra`, `codehilite` and `meta` extensions and building the parser again took
a fifth of the reading time (0.9 of 4.9 s for 2,674 articles). `Markdown.reset()`
clears the state one document leaves (footnotes, abbreviations, `Meta`), which
is what the library provides it for. The reader turns the `meta` preprocessor
off while it converts formatted fields (`Summary`), so it is put back before
each file. `tests/unit/test_markdown_reader.py` holds the output equal to
Pelican's reader on every shipped article and fixture.
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions.meta import MetaPreprocessor
from pelican import signals
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open

# The meta extension's own registration (markdown.extensions.meta.MetaExtension).
META_NAME, META_PRIORITY = "meta", 27


class ReusedMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, converting every file with the same Markdown."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._markdown: Markdown | None = None

    def _reset_markdown(self) -> Markdown:
        markdown = self._markdown
        if markdown is None:
            markdown = self._markdown = Markdown(**self.settings["MARKDOWN"])
            return markdown
        markdown.reset()
        if META_NAME not in markdown.preprocessors:
            markdown.preprocessors.register(
                MetaPreprocessor(markdown), META_NAME, META_PRIORITY
            )
        return markdown

    def read(self, source_path: str) -> tuple[str, dict]:
        self._source_path = source_path
        self._md = self._reset_markdown()
        with pelican_open(source_path) as text:
            content = self._md.convert(text)
        meta = getattr(self._md, "Meta", None)
        metadata = self._parse_metadata(meta) if meta else {}
        return content, metadata


def use_reused_reader(readers: object) -> None:
    """Replace the Markdown reader where Pelican's would be used."""
    for extension, reader_class in list(readers.reader_classes.items()):
        if reader_class is MarkdownReader:
            readers.reader_classes[extension] = ReusedMarkdownReader


def register() -> None:
    signals.readers_init.connect(use_reused_reader)
