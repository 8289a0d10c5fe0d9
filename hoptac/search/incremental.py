"""Update the last build's search index in place instead of building it again.

After every build the index build leaves, in Pelican's cache folder, its
in-memory index and a hash of each article's search document. The next build
(`invoke build`; never `invoke rebuild`) hashes the documents as they arrive
and analyses only the new and changed ones. Then, the way Whoosh updates an
index: each changed or removed article is deleted (its document number stays
taken) and each new or changed one is added at the end, in Whoosh (a small new
segment beside the old ones) and in the browser export alike, so both number
documents the same way and rank ties the same way. Term shards the change did
not touch, and the documents' shards, are linked from the live site.

The cache is used only when the live site's index is the one it describes
(its files' sizes and times), the search code is unchanged, and deleted
documents stay under a fifth of the index; otherwise the index is built anew.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

from whoosh import index as whoosh_index

from hoptac.files import link_or_copy
from hoptac.search.index import (
    INDEX_NAME,
    INDEX_VERSION,
    PAIR_FIELD,
    SearchDocument,
    analyze_document,
    stored_values,
    write_live_stats,
)
from hoptac.search.postings import InvertedIndex

logger = logging.getLogger(__name__)

CACHE_NAME = "hoptac-search.pickle"
MAX_DELETED_SHARE = 0.2  # beyond this, a fresh index is smaller and as fast
# The files whose sizes and times identify the live index the cache describes.
STAMPED = ("meta.js", "whoosh")


def document_hash(doc: SearchDocument) -> str:
    """Return the hash of every field of a document, named (a new field counts)."""
    digest = hashlib.sha1()
    for item in fields(doc):
        value = getattr(doc, item.name)
        if isinstance(value, list | tuple):
            value = "\x1f".join(map(str, value))
        digest.update(f"{item.name}\x1d{value}\x1e".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def code_version(inputs: str = "") -> str:
    """Return a hash of the code that decides what the index holds, and of the
    build's inputs digest (`hoptac.build.inputs.BuildInputs`) when given."""
    here = Path(__file__).resolve().parent
    files = sorted(here.glob("*.py")) + [here.parent / "vietnamese.py"]
    digest = hashlib.sha1(f"{INDEX_VERSION}\x1e{inputs}".encode())
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _stamp(search_dir: Path) -> list:
    """Return (name, size, mtime) of the files that identify an index on disk."""
    entries = []
    for name in STAMPED:
        path = search_dir / name
        paths = sorted(path.iterdir()) if path.is_dir() else [path]
        for item in paths:
            stat = item.stat()
            entries.append(
                [str(item.relative_to(search_dir)), stat.st_size, stat.st_mtime_ns]
            )
    return entries


@dataclass
class SearchCache:
    """The index of the last build, and what it was built from."""

    code: str
    stamp: list
    hashes: dict[str, str]  # Source_ID -> document_hash
    docnums: dict[str, int]  # Source_ID -> document number
    inverted: InvertedIndex
    buckets: int  # the browser export's term buckets

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump(self, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)


def save_cache(
    path: Path,
    search_dir: Path,
    hashes: dict[str, str],
    inverted: InvertedIndex,
    buckets: int,
    inputs: str = "",
) -> None:
    """Remember the index just written into search_dir for the next build."""
    docnums = {
        str(stored["source_id"]): docnum
        for docnum, stored in enumerate(inverted.stored)
        if docnum not in inverted.deleted
    }
    stamp = _stamp(search_dir)
    code = code_version(inputs)
    SearchCache(code, stamp, hashes, docnums, inverted, buckets).save(path)


def load_cache(
    path: Path, live_search_dir: Path, inputs: str = ""
) -> SearchCache | None:
    """Return the cache if it describes the live site's index and was made
    from these inputs, else None."""
    try:
        with path.open("rb") as handle:
            cache = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    try:
        if cache.code != code_version(inputs) or cache.stamp != _stamp(live_search_dir):
            return None
    except OSError:
        return None  # the live site has no index
    return cache


@dataclass
class Update:
    """What changed since the cached index: Source_IDs gone, new documents."""

    removed: list[str] = field(default_factory=list)
    added: list[SearchDocument] = field(default_factory=list)  # new or changed

    def __bool__(self) -> bool:
        return bool(self.removed or self.added)


def plan_update(
    cache: SearchCache, documents: dict[str, SearchDocument], keep: set[str]
) -> Update | None:
    """Return the update from the cache to the kept documents (None: rebuild)."""
    update = Update()
    for source_id in sorted(cache.docnums):
        if source_id not in keep:
            update.removed.append(source_id)
    for source_id in sorted(keep):
        doc = documents.get(source_id)
        if doc is not None:  # analysed this build: new or changed
            if source_id in cache.docnums:
                update.removed.append(source_id)
            update.added.append(doc)
    deleted = len(cache.inverted.deleted) + len(update.removed)
    if deleted > MAX_DELETED_SHARE * (cache.inverted.doc_count + len(update.added)):
        return None
    return update


def stage_live_index(live_search_dir: Path, search_dir: Path) -> None:
    """Put the live index into this build's search_dir, for an update to change.

    The browser export is linked (an update replaces the files it rewrites,
    never writing through a link); Whoosh's files are copied, since Whoosh
    commits into its folder. Done while Pelican reads the articles: linking
    4,700 files took 0.9 s, most of an update's time.
    """
    shutil.copytree(
        live_search_dir,
        search_dir,
        copy_function=link_or_copy,
        ignore=shutil.ignore_patterns("whoosh"),
        dirs_exist_ok=True,
    )
    shutil.copytree(live_search_dir / "whoosh", search_dir / "whoosh")


def apply_update(
    cache: SearchCache,
    update: Update,
    live_search_dir: Path,
    search_dir: Path,
    buckets: int,
) -> InvertedIndex:
    """Write the updated Whoosh index and browser export into search_dir.

    search_dir holds what `stage_live_index` put there.
    """
    from hoptac.search.shards import write_search_shards

    started = time.perf_counter()
    inverted = cache.inverted
    touched: set[tuple[str, str]] = set()
    ix = whoosh_index.open_dir(str(search_dir / "whoosh"), indexname=INDEX_NAME)
    writer = ix.writer()
    try:
        removed = set()
        for source_id in update.removed:
            docnum = cache.docnums.pop(source_id)
            removed.add(docnum)
            writer.delete_document(docnum)
            touched.update(inverted.delete(docnum))
        known_pairs = inverted.postings.get(PAIR_FIELD, {})
        added = []
        for doc in update.added:
            terms = analyze_document(doc)
            # Pairs the archive had dropped as rare stay dropped: the index
            # keeps only those already in it (a full build recounts them).
            terms[PAIR_FIELD] = [p for p in terms[PAIR_FIELD] if p in known_pairs]
            values = stored_values(doc)
            writer.add_document(**terms, **values)
            docnum = inverted.add_document(terms, values)
            cache.docnums[doc.source_id] = docnum
            added.append(docnum)
            touched.update(
                (name, term) for name, names in terms.items() for term in names
            )
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=False)
    ix.close()
    write_live_stats(inverted, search_dir / "whoosh")
    write_search_shards(
        inverted, search_dir, buckets, previous=live_search_dir, touched=touched,
        new_docs=set(added), staged=True, removed_docs=removed,
    )  # fmt: skip
    logger.info(
        "search index: updated in place (%d removed, %d added) in %.2f s",
        len(update.removed),
        len(update.added),
        time.perf_counter() - started,
    )
    return inverted
