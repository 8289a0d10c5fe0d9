"""The directly written Whoosh segment reads exactly like Whoosh's own writer's,
and so does the segment written through Whoosh's writer when its internals are
not used (`hoptac.compat.whoosh`)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from hoptac import forked
from hoptac.compat import whoosh as whoosh_compat
from hoptac.search import postings
from hoptac.search.index import (
    INDEX_NAME,
    MIN_PAIR_DOCS,
    PAIR_FIELD,
    IndexBuilder,
    analyze_document,
    build_schema,
    documents_from_markdown,
    invert_documents,
    stored_values,
    write_index,
)
from hoptac.search.postings import InvertedIndex

# `dependency_paths`' modes: the internals, HOPTAC_STOCK_PATHS, an untested release.
PATH_MODES = ("internals", "stock", "outside")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "search"


@pytest.fixture(scope="module")
def documents():
    # Enough copies that common terms span several Whoosh postings blocks (128).
    base = documents_from_markdown(FIXTURES.glob("*.md"))
    return [
        dataclasses.replace(doc, source_id=f"{doc.source_id}-{copy}")
        for copy in range(30)
        for doc in base
    ]


@pytest.fixture(scope="module", params=PATH_MODES)
def readers(request, documents, tmp_path_factory, dependency_paths):
    """Open our index, written as each mode of `dependency_paths` does, and one
    Whoosh's writer made of the same terms."""
    inverted = invert_documents(documents)
    ours_dir = tmp_path_factory.mktemp("ours") / "whoosh"
    encoded = []
    with pytest.MonkeyPatch.context() as patch, dependency_paths(request.param):
        encode = whoosh_compat.TermEncoder.encode
        patch.setattr(
            whoosh_compat.TermEncoder,
            "encode",
            lambda self, fields: encoded.append(fields) or encode(self, fields),
        )
        write_index(inverted, ours_dir)
    # The internals wrote it, or Whoosh's writer did.
    assert bool(encoded) == (request.param == "internals")
    kept_pairs = set(inverted.postings[PAIR_FIELD])
    theirs_dir = tmp_path_factory.mktemp("theirs")
    ix = whoosh_index.create_in(str(theirs_dir), inverted.schema, indexname=INDEX_NAME)
    writer = ix.writer()
    for doc in documents:
        terms = analyze_document(doc)
        terms[PAIR_FIELD] = [p for p in terms[PAIR_FIELD] if p in kept_pairs]
        writer.add_document(**terms, **stored_values(doc))
    writer.commit()
    ours = whoosh_index.open_dir(str(ours_dir), indexname=INDEX_NAME).searcher()
    theirs = ix.searcher()
    yield ours, theirs
    ours.close()
    theirs.close()


def test_same_documents_lengths_and_stored_fields(readers, documents):
    ours, theirs = readers
    assert ours.doc_count_all() == theirs.doc_count_all() == len(documents)
    for name, fieldobj in ours.schema.items():
        if fieldobj.scorable:
            assert ours.avg_field_length(name) == theirs.avg_field_length(name)
        for docnum in range(len(documents)):
            assert ours.doc_field_length(docnum, name) == theirs.doc_field_length(
                docnum, name
            ), (name, docnum)
    for docnum in range(len(documents)):
        assert ours.stored_fields(docnum) == theirs.stored_fields(docnum)


def test_same_terms_and_postings(readers):
    ours, theirs = readers
    a, b = ours.reader(), theirs.reader()
    blocks_spanned = 0
    for name, fieldobj in ours.schema.items():
        if not fieldobj.indexed:
            continue
        terms = list(a.lexicon(name))
        assert terms == list(b.lexicon(name)), name
        for term in terms:
            mine = list(a.postings(name, term).items_as("weight"))
            assert mine == list(b.postings(name, term).items_as("weight")), term
            values = list(a.postings(name, term).all_items())
            assert values == list(b.postings(name, term).all_items()), term
            mine_info, their_info = a.term_info(name, term), b.term_info(name, term)
            for statistic in ("max_weight", "min_length", "max_length",
                              "doc_frequency", "min_id", "max_id", "weight"):  # fmt: skip
                assert (
                    getattr(mine_info, statistic)() == getattr(their_info, statistic)()
                ), (term, statistic)
            blocks_spanned += len(mine) > 128
    assert blocks_spanned > 0  # the multi-block path was exercised


def test_dropped_documents_leave_the_others_in_order(documents):
    """Drafts are known only once all is read: the rest keep their numbers' order."""
    builder = IndexBuilder()
    for doc in documents:
        builder.add(doc)
    keep = [doc.source_id for doc in documents[::2]]
    index = builder.finish(keep)
    assert [s["source_id"] for s in index.stored] == keep
    reference = invert_documents(documents[::2])
    assert index.postings == reference.postings
    assert index.lengths == reference.lengths


def test_logged_postings_equal_postings_added_one_by_one(documents):
    """The builder's numpy grouping (pruning pairs in it) equals the plain path."""
    one_copy = [doc for doc in documents if doc.source_id.endswith("-0")]
    built = invert_documents(one_copy)
    reference = InvertedIndex(build_schema())
    for doc in one_copy:
        reference.add_document(analyze_document(doc), stored_values(doc))
    assert reference.prune(PAIR_FIELD, MIN_PAIR_DOCS) > 0  # some pairs went
    assert built.postings == reference.postings
    for name, terms in built.postings.items():
        assert list(terms) == list(reference.postings[name])  # first-seen order
    assert built.lengths == reference.lengths


def _segment_files(index_dir: Path) -> dict[str, bytes]:
    """Return the segment's files by name less the segment's random id."""
    return {
        path.name.partition(".")[2]: path.read_bytes()
        for path in index_dir.iterdir()
        if path.suffix not in (".toc", ".json")  # the TOC names the segment
    }


@pytest.fixture
def counted_forks(monkeypatch):
    forks = []
    fork = forked.os.fork

    def counting_fork():
        pid = fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(forked.os, "fork", counting_fork)
    monkeypatch.setattr(postings, "SPLIT_MIN_TERMS", 0)
    return forks


def test_terms_encoded_by_two_processes_write_the_same_files(
    documents, tmp_path, counted_forks
):
    inverted = invert_documents(documents)
    write_index(inverted, tmp_path / "one")
    assert counted_forks == []
    write_index(inverted, tmp_path / "two", fork=True)
    assert len(counted_forks) == 1
    one, two = _segment_files(tmp_path / "one"), _segment_files(tmp_path / "two")
    assert {"trm", "pst"} <= set(one)
    assert one == two


def test_a_failed_forked_encoding_leaves_the_last_index(
    documents, tmp_path, counted_forks, monkeypatch
):
    inverted = invert_documents(documents)
    index_dir = tmp_path / "whoosh"
    write_index(inverted, index_dir)
    before = _segment_files(index_dir)
    parent = os.getpid()
    encode = whoosh_compat.TermEncoder.encode

    def failing_encode(self, fields):
        if os.getpid() != parent:
            raise ValueError("broken term")
        return encode(self, fields)

    monkeypatch.setattr(whoosh_compat.TermEncoder, "encode", failing_encode)
    with pytest.raises(RuntimeError, match="forked process"):
        write_index(inverted, index_dir, fork=True)
    assert len(counted_forks) == 1
    assert _segment_files(index_dir) == before
