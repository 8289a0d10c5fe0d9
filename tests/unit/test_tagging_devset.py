"""Tagging quality on the hand-annotated development set must not regress."""

from __future__ import annotations

import importlib.util
from pathlib import Path

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


def test_fresh3_rows_are_well_formed_and_scored() -> None:
    import json

    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    assert bench.FRESH3 in [path for path, _ in bench.annotated_sets()]
    rows = [
        json.loads(line)
        for line in bench.FRESH3.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 50
    names = {p.name for p in ProvinceGazetteer.load()}
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["split"] == "fresh3" and row["group"].startswith("fresh3-")
        assert row["source"].startswith("http"), row["id"]
        assert "dantri" not in row["source"] and "baomoi" not in row["source"]
        assert set(row["provinces"]) <= names, row["id"]
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    summary, _, _ = bench.evaluate(bench.load_devset(bench.FRESH3))
    assert set(summary) == {"fresh3", "all"}


def test_fresh4_rows_are_well_formed_and_hidden() -> None:
    import json

    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    assert bench.FRESH4 in [path for path, _ in bench.annotated_sets()]
    # Hidden: scored, its disagreements never printed without --show-heldout.
    assert "fresh4" in bench.HIDDEN and "fresh4" in bench.SPLITS
    rows = [
        json.loads(line)
        for line in bench.FRESH4.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 50
    names = {p.name for p in ProvinceGazetteer.load()}
    assert len({row["id"] for row in rows}) == len(rows)
    fresh3 = [
        json.loads(line)
        for line in bench.FRESH3.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert not {row["source"] for row in rows} & {row["source"] for row in fresh3}
    for row in rows:
        assert row["split"] == "fresh4" and row["group"].startswith("fresh4-")
        assert row["source"].startswith("http"), row["id"]
        assert "dantri" not in row["source"] and "baomoi" not in row["source"]
        assert set(row["provinces"]) <= names, row["id"]
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    # No tagger run here: the set is scored by bench/tagging_quality.py only,
    # so that nothing prints how the tagger fares on it while tuning.


def test_fresh5_rows_are_well_formed_visible_and_new() -> None:
    import json

    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    assert bench.FRESH5 in [path for path, _ in bench.annotated_sets()]
    # Visible: its disagreements are printed like fresh3's.
    assert "fresh5" in bench.SPLITS and "fresh5" not in bench.HIDDEN
    rows = [
        json.loads(line)
        for line in bench.FRESH5.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 50
    names = {p.name for p in ProvinceGazetteer.load()}
    assert len({row["id"] for row in rows}) == len(rows)
    earlier = [
        json.loads(line)
        for path in (bench.FRESH3, bench.FRESH4)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert not {row["source"] for row in rows} & {row["source"] for row in earlier}
    for row in rows:
        assert row["split"] == "fresh5" and row["group"].startswith("fresh5-")
        assert row["source"].startswith("http"), row["id"]
        assert "dantri" not in row["source"] and "baomoi" not in row["source"]
        assert set(row["provinces"]) <= names, row["id"]
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    summary, _, _ = bench.evaluate(bench.load_devset(bench.FRESH5))
    assert set(summary) == {"fresh5", "all"}


def test_fresh6_rows_are_well_formed_visible_and_new() -> None:
    import json

    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    assert bench.FRESH6 in [path for path, _ in bench.annotated_sets()]
    # Visible: its disagreements are printed like fresh3's and fresh5's.
    assert "fresh6" in bench.SPLITS and "fresh6" not in bench.HIDDEN
    rows = [
        json.loads(line)
        for line in bench.FRESH6.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 50
    names = {p.name for p in ProvinceGazetteer.load()}
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["source"] for row in rows}) == len(rows)
    earlier = [
        json.loads(line)
        for path in (bench.FRESH3, bench.FRESH4, bench.FRESH5)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    # No page of an earlier set again, by address or by title.
    assert not {row["source"] for row in rows} & {row["source"] for row in earlier}
    titles = {row["title"] for row in earlier if row["title"]}
    assert not {row["title"] for row in rows if row["title"]} & titles
    for row in rows:
        assert row["split"] == "fresh6" and row["group"].startswith("fresh6-")
        assert row["source"].startswith("http"), row["id"]
        assert "dantri" not in row["source"] and "baomoi" not in row["source"]
        assert set(row["provinces"]) <= names, row["id"]
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    summary, _, _ = bench.evaluate(bench.load_devset(bench.FRESH6))
    assert set(summary) == {"fresh6", "all"}


def test_fresh7_rows_are_well_formed_visible_and_new() -> None:
    import json

    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    assert bench.FRESH7 in [path for path, _ in bench.annotated_sets()]
    # Visible: its disagreements are printed like fresh3's, fresh5's and fresh6's.
    assert "fresh7" in bench.SPLITS and "fresh7" not in bench.HIDDEN
    rows = [
        json.loads(line)
        for line in bench.FRESH7.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 50
    names = {p.name for p in ProvinceGazetteer.load()}
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["source"] for row in rows}) == len(rows)
    earlier = [
        json.loads(line)
        for path in (bench.FRESH3, bench.FRESH4, bench.FRESH5, bench.FRESH6)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    # No page of an earlier set again, by address or by title.
    assert not {row["source"] for row in rows} & {row["source"] for row in earlier}
    titles = {row["title"] for row in earlier if row["title"]}
    assert not {row["title"] for row in rows if row["title"]} & titles
    for row in rows:
        assert row["split"] == "fresh7" and row["group"].startswith("fresh7-")
        assert row["source"].startswith("http"), row["id"]
        assert "dantri" not in row["source"] and "baomoi" not in row["source"]
        assert set(row["provinces"]) <= names, row["id"]
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    summary, _, _ = bench.evaluate(bench.load_devset(bench.FRESH7))
    assert set(summary) == {"fresh7", "all"}


def test_fresh8_rows_are_well_formed_hidden_and_new() -> None:
    import json

    from hoptac.gazetteer import ProvinceGazetteer

    bench = load_bench()
    assert bench.FRESH8 in [path for path, _ in bench.annotated_sets()]
    # Hidden like fresh4: scored, its disagreements never printed without
    # --show-heldout. It is the final honest estimate.
    assert "fresh8" in bench.HIDDEN and "fresh8" in bench.SPLITS
    rows = [
        json.loads(line)
        for line in bench.FRESH8.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 60
    names = {p.name for p in ProvinceGazetteer.load()}
    assert [row["id"] for row in rows] == [
        f"fresh8-{n:03d}" for n in range(1, len(rows) + 1)
    ]
    assert len({row["source"] for row in rows}) == len(rows)
    earlier = [
        json.loads(line)
        for path in (bench.FRESH3, bench.FRESH4, bench.FRESH5, bench.FRESH6)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    # No page of an earlier set again, by address or by title.
    assert not {row["source"] for row in rows} & {row["source"] for row in earlier}
    titles = {row["title"] for row in earlier if row["title"]}
    assert not {row["title"] for row in rows if row["title"]} & titles
    for row in rows:
        assert row["split"] == "fresh8" and row["group"].startswith("fresh8-")
        assert row["source"].startswith("http"), row["id"]
        assert "dantri" not in row["source"] and "baomoi" not in row["source"]
        assert set(row["provinces"]) <= names, row["id"]
        assert len(set(row["leaders"])) == len(row["leaders"]), row["id"]
        assert len(row["title"]) + len(row["body"]) <= 1600, row["id"]
    # No tagger run here: the set is scored by bench/tagging_quality.py only,
    # so that nothing prints how the tagger fares on it.
