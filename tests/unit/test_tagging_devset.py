"""Tagging quality on the hand-annotated development set must not regress."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "tagging_quality.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("tagging_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_devset_stays_at_the_issue_targets() -> None:
    import json

    bench = load_bench()
    rows = bench.load_devset()
    # Rows taken from the baomoi corpus are read from it (bench/corpus_refs.py);
    # without it they are left out and the rest is scored.
    stored = [json.loads(line) for line in bench.DEVSET.read_text("utf-8").splitlines()]
    corpus_here = (bench.CORPUS / "baomoi-2017.jsonl.gz").is_file()
    assert len(rows) == len([r for r in stored if corpus_here or "ref" not in r])
    assert sum(r["split"] == "heldout" for r in rows) >= (40 if corpus_here else 30)
    summary, disagreements, _ = bench.evaluate(rows)
    # Issue 14: leaders precision >= 0.95 and F1 >= 0.93; provinces F1 >= 0.97.
    # The held-out part is small (19 leaders: one miss is 0.05), so its floor
    # for leaders' precision sits one article lower.
    for split in ("heldout", "all"):
        assert summary[split]["provinces"]["f1"] >= 0.97, disagreements
        assert summary[split]["leaders"]["f1"] >= 0.93, disagreements
    assert summary["all"]["leaders"]["precision"] >= 0.95, disagreements
    assert summary["heldout"]["leaders"]["precision"] >= 0.90, disagreements
    # `fresh` (18 articles annotated after tuning, never tuned on) guards
    # against regressions only: its first score is in bench/RESULTS.md.
    if corpus_here:  # its rows all come from the baomoi corpus
        assert summary["fresh"]["leaders"]["precision"] >= 0.90, disagreements
        assert summary["fresh"]["provinces"]["f1"] >= 0.90, disagreements


def test_heldout_rows_are_chosen_by_hash_not_by_hand() -> None:
    import hashlib

    for row in load_bench().load_devset():
        if not row["group"].startswith("trap-"):
            continue
        digest = int(hashlib.sha1(row["id"].encode()).hexdigest(), 16)
        assert (row["split"] == "heldout") == (digest % 10 < 4), row["id"]


def test_fresh2_is_split_by_hash_and_holds_no_corpus_text() -> None:
    import hashlib
    import json

    bench = load_bench()
    rows = [
        json.loads(line)
        for line in bench.FRESH2.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 40
    for row in rows:
        digest = int(hashlib.sha1(f"fresh2-split:{row['id']}".encode()).hexdigest(), 16)
        assert row["split"] == ("untouched" if digest % 5 >= 2 else "tune2"), row["id"]
        assert "body" not in row  # the baomoi corpus is not copied into the project
        assert row["end"] > row["start"] and len(row["sha1"]) == 12
    # Scoring it needs the shared corpus: `bench/tagging_quality.py` does, and
    # checks every span's hash (its figures are in bench/RESULTS.md).


def _page_rows(path: Path) -> list[dict]:
    import json

    return [
        json.loads(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


# The sets of stored news pages of other outlets (fresh3 onwards): (split, hidden,
# fewest rows, the earlier sets none of its pages may repeat, whether the check
# also compares titles and wants one row a page). fresh4, fresh8, fresh9, fresh19
# and fresh24 were hidden until their rows were seen by mistake (docs/TAGGING.md);
# they are visible, tuned-on sets since 3 December 2026 (fifth session).
PAGE_SETS = [
    ("fresh3", False, 50, (), False),
    ("fresh4", False, 50, ("fresh3",), False),
    ("fresh5", False, 50, ("fresh3", "fresh4"), False),
    ("fresh6", False, 50, ("fresh3", "fresh4", "fresh5"), True),
    ("fresh7", False, 50, ("fresh3", "fresh4", "fresh5", "fresh6"), True),
    ("fresh8", False, 60, ("fresh3", "fresh4", "fresh5", "fresh6"), True),
    (
        "fresh9",
        False,
        60,
        ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"),
        True,
    ),
    (
        "fresh10",
        False,
        60,
        ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9"),
        True,
    ),
    (
        "fresh11",
        False,
        60,
        (
            "fresh3",
            "fresh4",
            "fresh5",
            "fresh6",
            "fresh7",
            "fresh8",
            "fresh9",
            "fresh10",
        ),
        True,
    ),
    (
        "fresh12",
        False,
        60,
        tuple(f"fresh{n}" for n in range(3, 12)),
        True,
    ),
    ("fresh13", False, 60, tuple(f"fresh{n}" for n in range(3, 13)), True),
    ("fresh14", False, 60, tuple(f"fresh{n}" for n in range(3, 14)), True),
    ("fresh15", False, 40, tuple(f"fresh{n}" for n in range(3, 15)), True),
    ("fresh16", False, 40, tuple(f"fresh{n}" for n in range(3, 16)), True),
    ("fresh17", False, 40, tuple(f"fresh{n}" for n in (*range(3, 17), 19)), True),
    ("fresh19", False, 40, tuple(f"fresh{n}" for n in range(3, 17)), True),
    ("fresh18", False, 40, tuple(f"fresh{n}" for n in (*range(3, 18), 19)), True),
    ("fresh20", False, 35, tuple(f"fresh{n}" for n in range(3, 20)), True),
    ("fresh21", False, 35, tuple(f"fresh{n}" for n in range(3, 21)), True),
    ("fresh22", False, 45, tuple(f"fresh{n}" for n in range(3, 22)), True),
    ("fresh24", False, 45, tuple(f"fresh{n}" for n in (*range(3, 22), 22)), True),
    ("fresh28", False, 45, tuple(f"fresh{n}" for n in (*range(3, 23), 24)), True),
    ("fresh29", False, 45, tuple(f"fresh{n}" for n in (*range(3, 23), 24)), True),
    (
        "fresh34",
        False,
        45,
        tuple(f"fresh{n}" for n in (*range(3, 23), 24, 28, 29)),
        True,
    ),
    (
        "fresh42",
        False,
        45,
        tuple(f"fresh{n}" for n in (*range(3, 23), 24, 28, 29, 34)),
        True,
    ),
    (
        "fresh46",
        False,
        40,
        tuple(f"fresh{n}" for n in (*range(3, 23), 24, 28, 29, 34, 42)),
        True,
    ),
]


@pytest.mark.parametrize(("split", "hidden", "fewest", "earlier", "strict"), PAGE_SETS)
def test_page_sets_are_well_formed_new_and_scored_or_hidden(
    split: str, hidden: bool, fewest: int, earlier: tuple[str, ...], strict: bool
) -> None:
    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    path = getattr(bench, split.upper())
    assert path in [p for p, _ in bench.annotated_sets()]
    # Hidden sets are scored, their disagreements never printed without
    # --show-heldout; the visible ones are printed, to be looked at.
    if split != "fresh3":
        assert split in bench.SPLITS and (split in bench.HIDDEN) == hidden
    rows = _page_rows(path)
    assert len(rows) >= fewest
    names = {p.name for p in ProvinceGazetteer.load()}
    assert len({row["id"] for row in rows}) == len(rows)
    if strict:
        assert len({row["source"] for row in rows}) == len(rows)
    before = [
        row for name in earlier for row in _page_rows(getattr(bench, name.upper()))
    ]
    # No page of an earlier set again, by address (and by title).
    assert not {row["source"] for row in rows} & {row["source"] for row in before}
    if strict:
        titles = {row["title"] for row in before if row["title"]}
        assert not {row["title"] for row in rows if row["title"]} & titles
    for row in rows:
        assert row["split"] == split and row["group"].startswith(f"{split}-")
        assert row["source"].startswith("http"), row["id"]
        assert "dantri" not in row["source"] and "baomoi" not in row["source"]
        assert set(row["provinces"]) <= names, row["id"]
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    # A hidden set is scored by bench/tagging_quality.py only, so that nothing
    # here prints how the tagger fares on it.
    if not hidden:
        summary, _, _ = bench.evaluate(bench.load_devset(path))
        assert set(summary) == {split, "all"}


@pytest.mark.parametrize("split", ["fresh8", "fresh9", "fresh19", "fresh24"])
def test_hidden_page_set_ids_run_in_order_and_name_each_leader_once(split: str) -> None:
    rows = _page_rows(getattr(load_bench(), split.upper()))
    numbers = [int(row["id"].removeprefix(f"{split}-")) for row in rows]
    # (rows dropped later leave gaps: fresh9's pages that fresh10 also took)
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    for row in rows:
        assert len(set(row["leaders"])) == len(row["leaders"]), row["id"]


def _articles_used(rows: list[dict]) -> tuple[set[str], set[str]]:
    """The dantri files and the baomoi ids that a set's rows take their text from."""
    files, baomoi = set(), set()
    for row in rows:
        if "ref" in row:
            baomoi.add(row["ref"]["id"])
        elif row["id"].startswith("baomoi_"):
            baomoi.add(row["id"].removeprefix("baomoi_"))
        else:
            files.add(row.get("file", row["id"]))
    return files, baomoi


def _assert_new_articles(files: set[str], baomoi: set[str], earlier_sets) -> None:
    """None of the articles is one an earlier corpus set took."""
    for earlier in earlier_sets:
        earlier_files, earlier_baomoi = _articles_used(_page_rows(earlier))
        assert not files & earlier_files and not baomoi & earlier_baomoi


def _assert_dantri_rows_hold_the_readers_text(bench, dantri_rows: list[dict]) -> None:
    """With the shared corpus here, each dantri row holds the reader's title and
    the article's first paragraphs (NFC)."""
    import unicodedata

    from hoptac.ingest.readers import read_dantri

    dantri_dir = bench.CORPUS / "dantri-unc"
    if not dantri_dir.is_dir():
        return
    for row in dantri_rows:
        source = dantri_dir / f"{row['file']}.txt"
        article = read_dantri(source, source.read_text(encoding="utf-8"))
        paragraphs = [unicodedata.normalize("NFC", p) for p in article.paragraphs]
        lines = row["body"].split("\n")
        assert unicodedata.normalize("NFC", article.title) == row["title"]
        assert paragraphs[: len(lines)] == lines, row["id"]


# The visible corpus sets drawn before each later round: a set takes no article
# that one of them took (the sets of one round take other corpora or other
# digits of the key's sha1, so cannot meet).
_DRAWN_BY_FRESH31 = (
    "devset",
    "fresh2",
    "fresh23",
    "fresh25",
    "fresh27",
    "fresh30",
    "fresh31",
)
_DRAWN_BY_FRESH33 = (*_DRAWN_BY_FRESH31, "fresh32", "fresh33")
_DRAWN_BY_FRESH36 = (*_DRAWN_BY_FRESH33, "fresh35", "fresh36")
_DRAWN_BY_FRESH39 = (*_DRAWN_BY_FRESH36, "fresh37", "fresh38", "fresh39")
_DRAWN_BY_FRESH41 = (*_DRAWN_BY_FRESH39, "fresh40", "fresh41")


@pytest.mark.parametrize(
    ("split", "earlier", "keys"),
    [
        ("fresh23", ("devset", "fresh2"), None),
        # fresh25 drew only keys whose sha1 ends in 0-7 (fresh26, built at the
        # same time and hidden, drew the others)
        ("fresh25", ("devset", "fresh2", "fresh23"), "01234567"),
        # fresh27: the same half, baomoi records only after the first 8,000
        ("fresh27", ("devset", "fresh2", "fresh23", "fresh25"), "01234567"),
        # fresh31 drew only dantri files whose key's sha1 ends in 4-7
        (
            "fresh31",
            ("devset", "fresh2", "fresh23", "fresh25", "fresh26", "fresh27"),
            "4567",
        ),
        # fresh30 drew baomoi records only, among the file's first 8,000, whose
        # key's sha1 ends in 0-3
        ("fresh30", ("devset", "fresh2", "fresh23", "fresh25", "fresh27"), "0123"),
        # fresh33 drew only dantri files whose key's sha1 ends in 0-3
        ("fresh33", _DRAWN_BY_FRESH31, "0123"),
        # fresh32 drew baomoi records only, after the file's first 8,000, whose
        # key's sha1 ends in 4-7
        ("fresh32", _DRAWN_BY_FRESH31, "4567"),
        # fresh35 drew only dantri files whose key's sha1 ends in 0-7
        ("fresh35", _DRAWN_BY_FRESH33, "01234567"),
        # fresh38 drew only dantri files whose key's sha1 ends in 0-7
        ("fresh38", _DRAWN_BY_FRESH36, "01234567"),
        # fresh40 drew only dantri files whose key's sha1 ends in 0-7
        ("fresh40", _DRAWN_BY_FRESH39, "01234567"),
        # fresh44 drew only dantri files whose key's sha1 ends in 0-7
        ("fresh44", _DRAWN_BY_FRESH41, "01234567"),
        # fresh36 drew baomoi records only, among the file's first 8,000, whose
        # key's sha1 ends in 4-7
        ("fresh36", _DRAWN_BY_FRESH33, "4567"),
        # fresh37 drew baomoi records only, after the file's first 8,000, whose
        # key's sha1 ends in 0-3
        ("fresh37", _DRAWN_BY_FRESH36, "0123"),
        # fresh39 drew baomoi records only, after the file's first 8,000, whose
        # key's sha1 ends in 4-7
        ("fresh39", _DRAWN_BY_FRESH36, "4567"),
        # fresh41 drew baomoi records only, among the file's first 8,000, whose
        # key's sha1 ends in 0-7
        ("fresh41", _DRAWN_BY_FRESH39, "01234567"),
        # fresh43 drew baomoi records only, after the file's first 8,000, whose
        # key's sha1 ends in 0-7
        ("fresh43", _DRAWN_BY_FRESH41, "01234567"),
        # fresh45 drew baomoi records only, anywhere in the file, whose key's
        # sha1 ends in 0-7
        ("fresh45", (*_DRAWN_BY_FRESH41, "fresh42", "fresh43", "fresh44"), "01234567"),
        # fresh48 drew dantri files and baomoi records whose key's sha1 ends in
        # 0-7 (fresh47, built at the same time and hidden, drew the others)
        (
            "fresh48",
            (*_DRAWN_BY_FRESH41, "fresh42", "fresh43", "fresh44", "fresh45", "fresh46"),
            "01234567",
        ),
        # fresh50 drew dantri files and baomoi records whose key's sha1 ends in
        # 0-7 (fresh49, built at the same time and hidden, drew the others)
        (
            "fresh50",
            (
                *_DRAWN_BY_FRESH41,
                "fresh26",
                *("fresh42", "fresh43", "fresh44", "fresh45", "fresh46"),
                *("fresh47", "fresh48"),
            ),
            "01234567",
        ),
        # fresh51 drew dantri files and baomoi records whose key's sha1 ends in
        # 0-7, none that an earlier set took (hidden fresh47 and fresh49 too)
        (
            "fresh51",
            (
                *_DRAWN_BY_FRESH41,
                "fresh26",
                *("fresh42", "fresh43", "fresh44", "fresh45", "fresh46"),
                *("fresh47", "fresh48", "fresh49", "fresh50"),
            ),
            "01234567",
        ),
        # fresh52 drew dantri files and baomoi records whose key's sha1 ends in
        # 0-7, none that an earlier set took (hidden fresh47 and fresh49 too)
        (
            "fresh52",
            (
                *_DRAWN_BY_FRESH41,
                "fresh26",
                *("fresh42", "fresh43", "fresh44", "fresh45", "fresh46"),
                *("fresh47", "fresh48", "fresh49", "fresh50", "fresh51"),
            ),
            "01234567",
        ),
        # fresh56 drew dantri files and baomoi records whose key's sha1 ends in
        # 0-7, none that an earlier set took (devset to fresh55, hidden ones too)
        (
            "fresh56",
            (
                *_DRAWN_BY_FRESH41,
                "fresh26",
                *("fresh42", "fresh43", "fresh44", "fresh45", "fresh46"),
                *("fresh47", "fresh48", "fresh49", "fresh50", "fresh51"),
                *("fresh52", "fresh53", "fresh54", "fresh55"),
            ),
            "01234567",
        ),
        # fresh57 drew dantri files and baomoi records whose key's sha1 ends in
        # 0-7, none that an earlier set took (devset to fresh56, hidden ones too)
        (
            "fresh57",
            (
                *_DRAWN_BY_FRESH41,
                "fresh26",
                *("fresh42", "fresh43", "fresh44", "fresh45", "fresh46"),
                *("fresh47", "fresh48", "fresh49", "fresh50", "fresh51"),
                *("fresh52", "fresh53", "fresh54", "fresh55", "fresh56"),
            ),
            "01234567",
        ),
        # fresh60 drew dantri files and baomoi records whose key's sha1 ends in
        # 0-7, none that an earlier set took (devset to fresh58, hidden ones too)
        (
            "fresh60",
            (
                *_DRAWN_BY_FRESH41,
                "fresh26",
                *("fresh42", "fresh43", "fresh44", "fresh45", "fresh46"),
                *("fresh47", "fresh48", "fresh49", "fresh50", "fresh51"),
                *("fresh52", "fresh53", "fresh54", "fresh55", "fresh56"),
                *("fresh57", "fresh58"),
            ),
            "01234567",
        ),
    ],
)
def test_corpus_set_takes_new_articles_and_holds_no_baomoi_text(
    split: str, earlier: tuple[str, ...], keys: str | None
) -> None:
    import hashlib

    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    path = getattr(bench, split.upper())
    assert path in [p for p, _ in bench.annotated_sets()]
    assert split in bench.SPLITS and split not in bench.HIDDEN
    stored = _page_rows(path)
    assert len(stored) >= 40
    numbers = [int(row["id"].removeprefix(f"{split}-")) for row in stored]
    # (rows dropped later leave gaps: fresh31's articles that fresh27 also took)
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    names = {p.name for p in ProvinceGazetteer.load()}
    for row in stored:
        assert row["split"] == split and row["group"].startswith(f"{split}-")
        assert set(row["provinces"]) <= names, row["id"]
        assert len(set(row["leaders"])) == len(row["leaders"]), row["id"]
        if row["source"] == "baomoi":  # the baomoi corpus is not copied
            assert "ref" in row and "title" not in row and "body" not in row
        else:
            assert row["source"] == "dantri" and row["file"].startswith("news_")
            assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    # Each article once, and none that an earlier corpus set already took.
    files, baomoi = _articles_used(stored)
    dantri_rows = [r for r in stored if r["source"] == "dantri"]
    assert len(files) == len(dantri_rows)
    assert len(baomoi) == len(stored) - len(dantri_rows)
    _assert_new_articles(
        files, baomoi, [getattr(bench, name.upper()) for name in earlier]
    )
    if keys is not None:
        for key in files | baomoi:
            assert hashlib.sha1(key.encode()).hexdigest()[-1] in keys, key
    # With the shared corpus here: the dantri rows hold the reader's title and
    # the article's first paragraphs; every row is scored (visible set).
    _assert_dantri_rows_hold_the_readers_text(bench, dantri_rows)
    rows = bench.load_devset(path)
    for row in rows:
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    if not rows:  # a baomoi-only set without the shared corpus: nothing to score
        assert not (bench.CORPUS / "baomoi-2017.jsonl.gz").is_file() and not dantri_rows
        return
    summary, _, _ = bench.evaluate(rows)
    assert set(summary) == {split, "all"}


def _hidden_half_rows(bench, split: str) -> tuple[list[dict], list[dict]]:
    """A corpus set of the hidden half built like fresh26: its rows and their
    dantri rows, each row's form checked (numbered ids, known provinces, unique
    leaders, baomoi rows as references only, keys whose sha1 ends in 8-f)."""
    import hashlib

    from hoptac.gazetteer import ProvinceGazetteer

    path = getattr(bench, split.upper())
    assert path in [p for p, _ in bench.annotated_sets()]
    stored = _page_rows(path)
    numbers = [int(row["id"].removeprefix(f"{split}-")) for row in stored]
    assert numbers == list(range(1, len(stored) + 1))
    names = {p.name for p in ProvinceGazetteer.load()}
    for row in stored:
        assert row["split"] == split and row["group"].startswith(f"{split}-")
        assert set(row["provinces"]) <= names, row["id"]
        assert len(set(row["leaders"])) == len(row["leaders"]), row["id"]
        if row["source"] == "baomoi":  # the baomoi corpus is not copied
            assert "ref" in row and "title" not in row and "body" not in row
            key = row["ref"]["id"]
        else:
            assert row["source"] == "dantri" and row["file"].startswith("news_")
            assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
            key = row["file"]
        assert hashlib.sha1(key.encode()).hexdigest()[-1] in "89abcdef", row["id"]
    return stored, [r for r in stored if r["source"] == "dantri"]


def test_fresh26_takes_new_articles_of_its_hash_half_and_holds_no_baomoi_text() -> None:
    """fresh26 was hidden until its final score (3 December 2026), then opened for
    tuning once fresh47 took its place: its form is checked here. The other half
    of the keys (sha1's last digit 0-7) went to fresh25."""
    bench = load_bench()
    assert "fresh26" in bench.SPLITS and "fresh26" not in bench.HIDDEN
    stored, dantri_rows = _hidden_half_rows(bench, "fresh26")
    assert len(stored) >= 40
    # Each article once, and none that devset, fresh2 or fresh23 already took.
    files, baomoi = _articles_used(stored)
    assert len(files) == len(dantri_rows)
    assert len(baomoi) == len(stored) - len(dantri_rows)
    _assert_new_articles(files, baomoi, (bench.DEVSET, bench.FRESH2, bench.FRESH23))
    # With the shared corpus here: the dantri rows hold the reader's title and
    # the article's first paragraphs, and the baomoi references resolve.
    _assert_dantri_rows_hold_the_readers_text(bench, dantri_rows)
    for row in bench.load_devset(bench.FRESH26):
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]


# The hidden corpus sets built like fresh26 after it, each with the sets drawn
# before it (the page sets take no corpus article).
_HIDDEN_AFTER_FRESH26 = (*_DRAWN_BY_FRESH41, "fresh26")
_DRAWN_BY_FRESH48 = (
    *_HIDDEN_AFTER_FRESH26,
    *("fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48"),
)
_DRAWN_BY_FRESH53 = (
    *_DRAWN_BY_FRESH48,
    *("fresh49", "fresh50", "fresh51", "fresh52", "fresh53"),
)
_DRAWN_BY_FRESH59 = (
    *_DRAWN_BY_FRESH53,
    *("fresh54", "fresh55", "fresh56", "fresh57", "fresh58"),
)


@pytest.mark.parametrize(
    ("split", "earlier"),
    [
        ("fresh47", (*_HIDDEN_AFTER_FRESH26, "fresh43", "fresh44", "fresh45")),
        # (fresh50, built at the same time, drew the other half)
        ("fresh49", _DRAWN_BY_FRESH48),
        # (fresh52, built at the same time, drew the other half)
        ("fresh53", (*_DRAWN_BY_FRESH48, "fresh49", "fresh50", "fresh51")),
        # (fresh54 and fresh55 were drawn together from one half, fresh55 after)
        ("fresh54", _DRAWN_BY_FRESH53),
        ("fresh55", (*_DRAWN_BY_FRESH53, "fresh54")),
        # (drawn later from the same half, fresh54 and fresh55 left out)
        ("fresh58", (*_DRAWN_BY_FRESH53, "fresh54", "fresh55")),
        # (drawn after fresh58 from the same half; fresh56 and fresh57 drew the
        # other half and are listed as every earlier set is)
        ("fresh59", _DRAWN_BY_FRESH59),
        # (drawn together in the sixth session, fresh62 after fresh61, once
        # fresh59 and fresh60 were in)
        ("fresh61", (*_DRAWN_BY_FRESH59, "fresh59", "fresh60")),
        ("fresh62", (*_DRAWN_BY_FRESH59, "fresh59", "fresh60", "fresh61")),
        # (drawn together in the seventh session, fresh64 after fresh63)
        ("fresh63", (*_DRAWN_BY_FRESH59, "fresh59", "fresh60", "fresh61", "fresh62")),
        (
            "fresh64",
            (
                *_DRAWN_BY_FRESH59,
                *("fresh59", "fresh60", "fresh61", "fresh62", "fresh63"),
            ),
        ),
    ],
)
def test_hidden_corpus_set_takes_new_articles_of_its_hash_half(
    split: str, earlier: tuple[str, ...]
) -> None:
    """A hidden set built like fresh26: only its form is checked here, and no
    tagger runs on it."""
    bench = load_bench()
    # (fresh53's rows were seen by mistake, docs/TAGGING.md: visible since then)
    assert split in bench.SPLITS and (split in bench.HIDDEN) == (split != "fresh53")
    stored, dantri_rows = _hidden_half_rows(bench, split)
    assert len(stored) == 50
    # Each article once (25 of each source), and none that a set before it took.
    files, baomoi = _articles_used(stored)
    assert len(files) == len(dantri_rows) == 25
    assert len(baomoi) == len(stored) - len(dantri_rows) == 25
    _assert_new_articles(files, baomoi, [getattr(bench, n.upper()) for n in earlier])
    # With the shared corpus here: the dantri rows hold the reader's title and
    # the article's first paragraphs, and the baomoi references resolve.
    _assert_dantri_rows_hold_the_readers_text(bench, dantri_rows)
    for row in bench.load_devset(getattr(bench, split.upper())):
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
