"""Pelican's internals that hoptac's plugins use.

- `read_markdown`: the Markdown reader (plugins/hoptac_markdown) converts
  every file with one reused `Markdown`, and so must do what Pelican's
  `MarkdownReader.read` does with it: keep it in the reader's private `_md`
  (the formatted fields are converted with it) and parse the metadata with
  the private `_parse_metadata`. Otherwise Pelican's own reader is kept.
- `written_files`: the incremental writer (plugins/hoptac_incremental) learns
  which files rendering a page wrote from `Writer._written_files`. Otherwise
  Pelican's own writer renders every page on every build.
- `list_files_in_path_order`: the search plugin has the articles generator
  read files in path order by wrapping its `get_files` (Pelican lists them as
  a set, in hash-seed order), so the index numbers documents the same way in
  every run (ties rank by document number). Otherwise the index build orders
  the documents by path itself (`IndexBuilder.finish`), slower.

Each is used only with the releases in `TESTED` (and not with
`HOPTAC_STOCK_PATHS=1`).

- `html_as_read`: an article's HTML before Pelican resolves its links, which
  Pelican keeps only in the private `Content._content` (its `content`
  resolves links to articles not read yet, and caches that). The search
  document and the page fingerprint need it with any release; there is no
  stock way, so a release without it stops the build with this module's name
  rather than index empty texts.
"""

from __future__ import annotations

from hoptac import compat

DISTRIBUTION = "pelican"
# The releases the suite ran on (lowest, highest); pyproject.toml pins the same top.
TESTED = ("4.11.0", "4.12.0")


def internals_usable() -> bool:
    """Whether the plugins may use Pelican's internals (a tested release)."""
    return compat.internals_usable(DISTRIBUTION, *TESTED)


def read_markdown(reader: object, source_path: str, markdown: object, text: str):
    """Convert a file's text as `MarkdownReader.read` does, with `markdown`.

    Returns (content, metadata).
    """
    reader._source_path = source_path
    reader._md = markdown
    content = markdown.convert(text)
    meta = getattr(markdown, "Meta", None)
    return content, reader._parse_metadata(meta) if meta else {}


def written_files(writer: object) -> set[str]:
    """Return the set of paths the writer has written (Pelican adds to it)."""
    return writer._written_files


def list_files_in_path_order(generator: object) -> bool:
    """Have the generator list its content files sorted by path; return
    whether it could (False: the caller must order what it reads itself)."""
    if not internals_usable():
        return False
    listed = generator.get_files
    generator.get_files = lambda *args, **kwargs: sorted(listed(*args, **kwargs))
    return True


def html_as_read(content: object) -> str:
    """Return a content object's HTML as its reader gave it ("" for none)."""
    try:
        html = content._content
    except AttributeError:
        raise RuntimeError(
            f"pelican {compat.installed_version(DISTRIBUTION)} keeps no "
            "Content._content: hoptac.compat.pelican must learn where it went"
        ) from None
    return html or ""
