"""Skip rendering the pages whose inputs are those of the last good build.

Pelican renders every page on every build; its content cache only spares the
reading. A page written by `Writer.write_file` depends on its template, on
what `hoptac.build.inputs.BuildInputs` holds (settings, theme, plugins,
hoptac's code and data, the installed versions of the packages that render),
on what any page may show of every content of the archive (lists, counts,
links, timelines: `shown_elsewhere`) and, for an article or page, on its own
text. Their hash is the page's fingerprint. When a page's fingerprint is the
one recorded for the live site and the live file is still the one written
then (same size and modification time), the file is taken from the live site
(hard-linked, `hoptac.files.link_or_copy`) instead of being rendered again.

So changing an article's text past its summary re-renders that article's
page (and the feeds carrying it) alone; changing any metadata (a title, a
date, a tag, a cooperation key), its summary (its first words), a template
or a setting re-renders everything. Feeds (`Writer.write_feed`) are kept the
same way, their inputs being the text of the articles they carry, and so are
the files another plugin writes through `write_derived` from what
`shown_elsewhere` gives alone (the data exports, the sitemap). Static files
are written on every build; the search index has its own update in place.
Compiled templates are kept too (Jinja's bytecode cache). The manifest of
fingerprints lives in CACHE_PATH; the build's session
(`hoptac.build.session.BuildSession`) names the live site's real folder in
`previous` when the content cache is loaded (`invoke build`, not `invoke
rebuild`), and holds this run's `BuildState` in `pages`.

Knowing which files a page wrote takes Pelican's `Writer._written_files`
(`hoptac.compat.pelican`): with a Pelican release hoptac was not tested with,
Pelican's own writer renders every page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from pelican import signals
from pelican.contents import Content
from pelican.writers import Writer

from hoptac.build.contents import generator_contents
from hoptac.build.inputs import plain_data
from hoptac.build.session import BuildSession
from hoptac.compat import pelican as pelican_compat
from hoptac.files import link_or_copy, with_path, write_atomically

logger = logging.getLogger(__name__)

MANIFEST_NAME = "hoptac-pages.json"
# In the compiled templates' folder: the inputs digest they were compiled under.
TEMPLATES_INPUTS_NAME = "inputs.txt"
MANIFEST_VERSION = 1


def _digest(data: object, text: str = "") -> str:
    """Return the hash of JSON-able data and, beside it, of a long text."""
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    digest = hashlib.sha1(encoded.encode("utf-8"))
    # The text is hashed as it is: escaping it for JSON took two thirds of
    # the time of an incremental build's 2,655 content keys (0.18 s).
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def content_key(content: Content, metadata: object = None) -> str:
    """Return the hash of one article or page: where it lives, metadata and text.

    `metadata`: the content's metadata as `plain_data` gives it, if known.
    """
    if metadata is None:
        metadata = plain_data(content.metadata)
    text = pelican_compat.html_as_read(content)
    return _digest([content.source_path, metadata], text)


def shown_elsewhere(content: Content, metadata: object) -> list:
    """What of a content any page may show, besides its own page and its feeds.

    Its metadata (title, dates, places, leaders, cooperation keys…), where it
    lives, and its summary (the `Summary` key, else Pelican's first words of
    the text), which themes show in lists. Every page depends on these of
    every content (`BuildState.shape`); the rest of its text shows only on
    the pages it is given to (its own) and in the feeds that carry it.
    Pelican computes the summary once (memoized), for the meta descriptions.
    """
    return [
        content.source_path,
        metadata,
        content.url,
        content.save_as,
        str(getattr(content, "summary", "") or ""),
    ]


class BuildState:
    """What one build knows: the archive's shape, the last manifest, pages kept."""

    def __init__(self, session: BuildSession, generators: list):
        self.session = session
        self.output = session.output
        self.previous = session.previous
        self.manifest_path = session.cache / MANIFEST_NAME
        contents = generator_contents(generators)
        # Each content's metadata as data, for the shape and its own key.
        self._metadata = {id(c): plain_data(c.metadata) for c in contents}
        self.shape = _digest(
            {
                "inputs": session.inputs,
                "contents": sorted(
                    shown_elsewhere(c, self._metadata[id(c)]) for c in contents
                ),
            }
        )
        self.calls: dict[str, dict] = {}
        self.kept = 0
        self.rendered = {"pages": 0, "feeds": 0, "derived": 0}
        self._content_keys: dict[int, str] = {}
        self.previous_calls = self._load_manifest()

    def _load_manifest(self) -> dict[str, dict]:
        if self.previous is None or not self.previous.is_dir():
            return {}
        try:
            manifest = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if manifest.get("version") != MANIFEST_VERSION:
            return {}
        return manifest.get("calls", {})

    def content_key(self, content: Content) -> str:
        key = self._content_keys.get(id(content))
        if key is None:
            key = self._content_keys[id(content)] = content_key(
                content, self._metadata.get(id(content))
            )
        return key

    def fingerprint(self, name: str, template: object, kwargs: dict) -> str:
        own = sorted(
            self.content_key(value)
            for value in kwargs.values()
            if isinstance(value, Content)
        )
        return _digest([self.shape, name, getattr(template, "name", ""), own])

    def derived_fingerprint(self, key: str) -> str:
        """Files made from the archive's metadata alone: the shape is their input."""
        return _digest([self.shape, "derived", key])

    def feed_fingerprint(self, path: str, elements: list, options: list) -> str:
        """A feed shows its articles' text: their keys, in order, are its inputs."""
        keys = [self.content_key(e) for e in elements if isinstance(e, Content)]
        return _digest([self.shape, "feed", path, keys, plain_data(options)])

    def restore(self, name: str, fingerprint: str) -> list[str] | None:
        """Link a page's files from the live site if they are still its own."""
        previous = self.previous_calls.get(name)
        if previous is None or previous["fingerprint"] != fingerprint:
            return None
        files = previous["files"]
        live, output = str(self.previous), str(self.output)  # str: 7,000 files
        for relative, (size, mtime_ns) in files.items():
            try:
                stat = os.stat(os.path.join(live, relative))
            except OSError:
                return None
            if stat.st_size != size or stat.st_mtime_ns != mtime_ns:
                return None
        for relative in files:
            link_or_copy(os.path.join(live, relative), os.path.join(output, relative))
        return list(files)

    def record(self, name: str, fingerprint: str, relatives: list[str]) -> None:
        files = {}
        output = str(self.output)
        for relative in relatives:
            stat = os.stat(os.path.join(output, relative))
            files[relative] = [stat.st_size, stat.st_mtime_ns]
        self.calls[name] = {"fingerprint": fingerprint, "files": files}

    def save(self) -> None:
        write_atomically(
            self.manifest_path,
            json.dumps({"version": MANIFEST_VERSION, "calls": self.calls}),
        )
        logger.info(
            "hoptac_incremental: %d pages, %d feeds and %d derived files rendered, "
            "%d kept from the last build",
            self.rendered["pages"],
            self.rendered["feeds"],
            self.rendered["derived"],
            self.kept,
        )
        rendered = sum(self.rendered.values())
        self.session.phase_ended(
            "pages",
            count=rendered + self.kept,
            detail=f"{rendered + self.kept} pages and feeds: {rendered} "
            f"rendered, {self.kept} kept from the last build",
            timed=False,  # written before the search index was waited for
        )


class IncrementalWriter(Writer):
    """Pelican's Writer, which keeps pages whose fingerprint has not changed."""

    @property
    def _state(self) -> BuildState | None:
        return BuildSession.of(self.settings).pages

    def write_file(self, name, template, context, *args, **kwargs):  # noqa: D102
        state = self._state
        if state is None or not name:
            return super().write_file(name, template, context, *args, **kwargs)
        return self._keep_or_render(
            state,
            "pages",
            name,
            state.fingerprint(name, template, kwargs),
            lambda: super(IncrementalWriter, self).write_file(
                name, template, context, *args, **kwargs
            ),
        )

    def write_feed(self, elements, context, path=None, *args, **kwargs):  # noqa: D102
        state = self._state
        if state is None or not path:
            return super().write_feed(elements, context, path, *args, **kwargs)
        shown = elements[: self.settings["FEED_MAX_ITEMS"]]
        options = [list(args), sorted(kwargs.items())]
        return self._keep_or_render(
            state,
            "feeds",
            path,
            state.feed_fingerprint(path, shown, options),
            lambda: super(IncrementalWriter, self).write_feed(
                elements, context, path, *args, **kwargs
            ),
        )

    def write_derived(self, key: str, write) -> None:
        """Write files that follow from the archive's metadata alone, or keep the
        live ones. `write()` writes them and returns their paths."""
        state = self._state
        if state is None:
            write()
            return

        written = pelican_compat.written_files(self)

        def render() -> None:
            for path in write():
                written.add(os.path.join(self.output_path, path))

        self._keep_or_render(
            state, "derived", f"derived:{key}", state.derived_fingerprint(key), render
        )

    def _keep_or_render(
        self, state: BuildState, kind: str, key: str, fingerprint: str, render
    ):
        """Take the live files of `key` if its fingerprint holds, else render."""
        written_files = pelican_compat.written_files(self)
        kept = state.restore(key, fingerprint)
        if kept is not None:
            written_files.update(
                os.path.join(self.output_path, relative) for relative in kept
            )
            state.kept += 1
            state.record(key, fingerprint, kept)
            return None
        before = set(written_files)
        try:
            result = render()
        except OSError as exc:  # a full disk says which file it was writing
            raise with_path(exc, os.path.join(self.output_path, key)) from exc
        written = [
            os.path.relpath(path, self.output_path) for path in written_files - before
        ]
        state.rendered[kind] += 1
        state.record(key, fingerprint, written)
        return result


def cache_templates(generator: object) -> None:
    """Keep the compiled templates in CACHE_PATH for the next build.

    Jinja compiles each template a generator uses again in every process:
    0.06 s of every build. Its bytecode cache checks each template's source;
    the folder is emptied when the build's inputs (Jinja's version among
    them) are not those it was filled for.
    """
    settings = generator.settings
    if settings.get("CACHE_CONTENT") and generator.env.bytecode_cache is None:
        folder = Path(settings["CACHE_PATH"]) / "templates"
        inputs = BuildSession.of(settings).inputs
        stamp = folder / TEMPLATES_INPUTS_NAME
        try:
            current = stamp.read_text(encoding="utf-8") == inputs
        except OSError:
            current = False
        if not current:
            shutil.rmtree(folder, ignore_errors=True)
            write_atomically(stamp, inputs)
        generator.env.bytecode_cache = FileSystemBytecodeCache(str(folder))


def start_build(generators: list) -> None:
    settings = generators[0].settings
    if not pelican_compat.internals_usable():
        # Pelican's own writer renders every page: no manifest to keep.
        (Path(settings["CACHE_PATH"]) / MANIFEST_NAME).unlink(missing_ok=True)
        return
    session = BuildSession.of(settings)
    session.pages = BuildState(session, generators)


def get_writer(pelican: object) -> type | None:
    """The incremental writer, with a Pelican release hoptac was tested with
    (it reads Pelican's `_written_files`); None leaves Pelican's own."""
    return IncrementalWriter if pelican_compat.internals_usable() else None


def finish_build(pelican: object) -> None:
    session = BuildSession.of(pelican.settings)
    state, session.pages = session.pages, None
    if state is not None:
        state.save()


def register() -> None:
    signals.generator_init.connect(cache_templates)
    signals.all_generators_finalized.connect(start_build)
    signals.get_writer.connect(get_writer)
    signals.finalized.connect(finish_build)
