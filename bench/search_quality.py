"""Search quality on the dantri corpus + seeds: ours vs a plain Whoosh baseline.

Development queries (places, officials, multi-syllable words) are judged
mechanically: an article is relevant when its title or body contains the
query's syllables in sequence (NFC, one tone placement, case and the press
abbreviations normalised; `TP.HCM` counts as `Thành phố Hồ Chí Minh`). Each
query runs accented and unaccented, on our index and on a Whoosh index with
StandardAnalyzer over title + body (its QueryParser, default settings).
Prints recall@10 and MRR@10 per system and form, and whether unaccented
queries find everything their accented forms find.

Then our own set (`OWN_SET`, 74 queries of seven kinds: accented, unaccented,
tone variants, people, place pairs, abbreviations, phrases), each judged by
phrase match of what the reader meant (`relevant_to`): the accented form of an
unaccented query, every place of a pair, any spelling of an abbreviation
(the form as written, or the name's syllables). A third of each kind (every
third query) is held out: never looked at while tuning. Prints recall@10,
MRR@10 and R-precision per kind, tuned and held-out.

Run: python bench/search_quality.py [--index DIR] [--content DIR | --ingest]
(DIR: an existing index of the same corpus, e.g. `output/search/whoosh` of a
site built from it; `--content` ingested Markdown, tags included; `--ingest`
ingests the corpus into a scratch folder first.)
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import CORPUS, corpus_available, load_documents
from whoosh import index as whoosh_index
from whoosh.analysis import StandardAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from hoptac.search.analysis import exact_terms
from hoptac.search.index import build_index, documents_from_markdown
from hoptac.search.query import QueryError, SearchIndex
from hoptac.vietnamese import expand_abbreviations, fold_diacritics

# (kind, query as typed, what it means: phrases that must all be in the text,
# each one a list of alternatives; None: the query itself, accented).
OWN_SET: list[tuple[str, str, list[list[str]] | None]] = [
    ("accented", "Đà Nẵng", None),
    ("accented", "Lâm Đồng", None),
    ("accented", "Hải Phòng", None),
    ("accented", "Quảng Ninh", None),
    ("accented", "Cần Thơ", None),
    ("accented", "Nghệ An", None),
    ("accented", "biến đổi khí hậu", None),
    ("accented", "bảo hiểm y tế", None),
    ("accented", "thị trường chứng khoán", None),
    ("accented", "giá vàng", None),
    ("unaccented", "da nang", [["Đà Nẵng"]]),
    ("unaccented", "lam dong", [["Lâm Đồng"]]),
    ("unaccented", "hai phong", [["Hải Phòng"]]),
    ("unaccented", "quang ninh", [["Quảng Ninh"]]),
    ("unaccented", "can tho", [["Cần Thơ"]]),
    ("unaccented", "nghe an", [["Nghệ An"]]),
    ("unaccented", "thuy dien", [["thủy điện"]]),
    ("unaccented", "may bay", [["máy bay"]]),
    ("unaccented", "tai nan giao thong", [["tai nạn giao thông"]]),
    ("unaccented", "bao hiem xa hoi", [["bảo hiểm xã hội"]]),
    ("tone", "Thanh Hoá", [["Thanh Hóa"]]),
    ("tone", "Khánh Hoà", [["Khánh Hòa"]]),
    ("tone", "Hoà Bình", [["Hòa Bình"]]),
    ("tone", "thuỷ điện", [["thủy điện"]]),
    ("tone", "uỷ ban nhân dân", [["Ủy ban nhân dân"]]),
    ("tone", "sức khoẻ", [["sức khỏe"]]),
    ("tone", "văn hoá", [["văn hóa"]]),
    ("tone", "hoá chất", [["hóa chất"]]),
    ("people", "Nguyễn Xuân Phúc", None),
    ("people", "Nguyễn Phú Trọng", None),
    ("people", "Vũ Đức Đam", None),
    ("people", "Nguyễn Đức Chung", None),
    ("people", "Nguyễn Thị Kim Ngân", None),
    ("people", "Phạm Minh Chính", None),
    ("people", "Vương Đình Huệ", None),
    ("people", "Park Hang-seo", None),
    ("people", "Donald Trump", None),
    ("people", "nguyen xuan phuc", [["Nguyễn Xuân Phúc"]]),
    ("place pairs", "Hà Nội Lâm Đồng", [["Hà Nội"], ["Lâm Đồng"]]),
    ("place pairs", "Hà Nội Đà Nẵng", [["Hà Nội"], ["Đà Nẵng"]]),
    ("place pairs", "Hải Phòng Quảng Ninh", [["Hải Phòng"], ["Quảng Ninh"]]),
    ("place pairs", "Đà Nẵng Quảng Nam", [["Đà Nẵng"], ["Quảng Nam"]]),
    ("place pairs", "Hà Nội Bắc Ninh", [["Hà Nội"], ["Bắc Ninh"]]),
    ("place pairs", "Nghệ An Hà Tĩnh", [["Nghệ An"], ["Hà Tĩnh"]]),
    ("place pairs", "Cần Thơ An Giang", [["Cần Thơ"], ["An Giang"]]),
    ("place pairs", "Bình Dương Đồng Nai", [["Bình Dương"], ["Đồng Nai"]]),
    ("place pairs", "Thừa Thiên Huế Đà Nẵng", [["Thừa Thiên Huế"], ["Đà Nẵng"]]),
    ("place pairs", "Hà Nội Hải Phòng", [["Hà Nội"], ["Hải Phòng"]]),
    ("place pairs", "Khánh Hòa Lâm Đồng", [["Khánh Hòa"], ["Lâm Đồng"]]),
    ("place pairs", "ha noi quang ninh", [["Hà Nội"], ["Quảng Ninh"]]),
    ("abbreviations", "UBKT", [["UBKT", "Ủy ban Kiểm tra"]]),
    ("abbreviations", "PCCC", [["PCCC", "phòng cháy chữa cháy"]]),
    (
        "abbreviations",
        "Bộ VH-TT&DL",
        [
            [
                "Bộ VH-TT&DL",
                "Bộ VHTTDL",
                "Bộ Văn hóa, Thể thao và Du lịch",
                "Bộ Văn hóa - Thể thao và Du lịch",
                "Bộ Văn hóa - Thể thao & Du lịch",
            ]
        ],
    ),
    ("abbreviations", "GTVT", [["GTVT", "giao thông vận tải"]]),
    ("abbreviations", "CSGT", [["CSGT", "cảnh sát giao thông"]]),
    ("abbreviations", "THPT", [["THPT", "trung học phổ thông"]]),
    ("abbreviations", "BHXH", [["BHXH", "bảo hiểm xã hội"]]),
    ("abbreviations", "ATGT", [["ATGT", "an toàn giao thông"]]),
    ("abbreviations", "HĐQT", [["HĐQT", "hội đồng quản trị"]]),
    ("abbreviations", "NHNN", [["NHNN", "Ngân hàng Nhà nước"]]),
    ("abbreviations", "CNTT", [["CNTT", "công nghệ thông tin"]]),
    ("abbreviations", "BĐS", [["BĐS", "bất động sản"]]),
    ("abbreviations", "TP.HCM", [["Thành phố Hồ Chí Minh"]]),
    ("abbreviations", "UBND", [["Ủy ban nhân dân"]]),
    ("phrases", '"xúc tiến thương mại"', [["xúc tiến thương mại"]]),
    ("phrases", '"an toàn thực phẩm"', [["an toàn thực phẩm"]]),
    ("phrases", '"biến đổi khí hậu"', [["biến đổi khí hậu"]]),
    ("phrases", '"hợp tác đầu tư"', [["hợp tác đầu tư"]]),
    ("phrases", '"chuyển đổi số"', [["chuyển đổi số"]]),
    ("phrases", '"tai nạn giao thông"', [["tai nạn giao thông"]]),
    ("phrases", '"ô nhiễm môi trường"', [["ô nhiễm môi trường"]]),
    ("phrases", '"nông thôn mới"', [["nông thôn mới"]]),
    ("phrases", '"cải cách hành chính"', [["cải cách hành chính"]]),
    ("phrases", '"giá xăng"', [["giá xăng"]]),
]
KINDS = ("accented", "unaccented", "tone", "people", "place pairs",
         "abbreviations", "phrases")  # fmt: skip


def held_out(position_in_kind: int) -> bool:
    """Every third query of a kind is held out (never tuned on)."""
    return position_in_kind % 3 == 2


def relevant_to(
    texts: dict[str, list[str]], query: str, meaning: list[list[str]] | None
) -> set[str]:
    """Return the articles holding every phrase of the meaning (any alternative)."""
    if meaning is None:
        meaning = [[query]]
    needles = [
        [exact_terms(expand_abbreviations(alt)) for alt in alternatives]
        for alternatives in meaning
    ]
    return {
        sid
        for sid, terms in texts.items()
        if all(
            any(contains_sequence(terms, needle) for needle in alternatives)
            for alternatives in needles
        )
    }


def own_set_figures(ours: SearchIndex, documents, per_query: bool) -> dict:
    """Return recall@10, MRR@10 and R-precision per kind and split."""
    texts = {d.source_id: exact_terms(d.title + "\n" + d.body) for d in documents}
    by_split: dict[str, dict[str, list[tuple[float, float, float]]]] = {
        "tuned": {},
        "held_out": {},
    }
    seen_in_kind: dict[str, int] = {}
    skipped = []
    for kind, query, meaning in OWN_SET:
        position = seen_in_kind.get(kind, 0)
        seen_in_kind[kind] = position + 1
        relevant = relevant_to(texts, query, meaning)
        if not relevant:
            skipped.append(query)
            continue
        try:
            ranked, _ = ours.ranked(query)
        except QueryError:
            ranked = []
        order = [str(ours._stored[d]["source_id"]) for d, _ in ranked]
        recall, mrr = scores(order, relevant)
        r_precision = len(set(order[: len(relevant)]) & relevant) / len(relevant)
        split = "held_out" if held_out(position) else "tuned"
        by_split[split].setdefault(kind, []).append((recall, mrr, r_precision))
        if per_query and split == "tuned":
            print(
                f"{kind:<14} {query:<28} R={len(relevant):<5} recall@10 {recall:.2f} "
                f"MRR {mrr:.2f} R-prec {r_precision:.2f}"
            )
    out: dict[str, object] = {"skipped_no_relevant": skipped}
    for split, kinds in by_split.items():
        rows = {}
        every = []
        for kind in KINDS:
            values = kinds.get(kind, [])
            every += values
            if values:
                rows[kind] = _means(values)
        rows["all"] = _means(every)
        out[split] = rows
    return out


def _means(values: list[tuple[float, float, float]]) -> dict[str, float]:
    return {
        "queries": len(values),
        "recall@10": round(statistics.mean(v[0] for v in values), 3),
        "mrr@10": round(statistics.mean(v[1] for v in values), 3),
        "r_precision": round(statistics.mean(v[2] for v in values), 3),
    }


QUERIES = [
    "Hà Nội",
    "Đà Nẵng",
    "Lâm Đồng",
    "Thừa Thiên Huế",
    "TP.HCM",
    "Quảng Ninh",
    "Cần Thơ",
    "Hải Phòng",
    "Nghệ An",
    "Thanh Hóa",
    "Khánh Hòa",
    "Hòa Bình",
    "Bình Dương",
    "Đồng Nai",
    "Quảng Nam",
    "Nguyễn Xuân Phúc",
    "Nguyễn Phú Trọng",
    "Vũ Đức Đam",
    "Nguyễn Văn Phong",
    "xúc tiến thương mại",
    "an toàn giao thông",
    "tai nạn giao thông",
    "biến đổi khí hậu",
    "bảo hiểm y tế",
    "giá vàng",
    "thị trường chứng khoán",
    "máy bay",
    "thủy điện",
    "học sinh giỏi",
    "hợp tác đầu tư",
]


def contains_sequence(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    first = needle[0]
    return any(
        haystack[i] == first and haystack[i : i + n] == needle
        for i in range(len(haystack) - n + 1)
    )


def judge(documents, queries) -> dict[str, set[str]]:
    texts = {d.source_id: exact_terms(d.title + "\n" + d.body) for d in documents}
    return {
        q: {
            sid
            for sid, terms in texts.items()
            if contains_sequence(terms, exact_terms(expand_abbreviations(q)))
        }
        for q in queries
    }


def build_baseline(documents, directory: Path):
    schema = Schema(
        source_id=ID(stored=True), content=TEXT(analyzer=StandardAnalyzer())
    )
    ix = whoosh_index.create_in(str(directory), schema)
    writer = ix.writer(procs=1, limitmb=256)
    for doc in documents:
        writer.add_document(
            source_id=doc.source_id, content=doc.title + "\n" + doc.body
        )
    writer.commit()
    return ix


def scores(top: list[str], relevant: set[str]) -> tuple[float, float]:
    hits = [sid in relevant for sid in top[:10]]
    recall = sum(hits) / min(10, len(relevant))
    mrr = next((1 / (i + 1) for i, hit in enumerate(hits) if hit), 0.0)
    return recall, mrr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="existing index of this corpus")
    parser.add_argument("--per-query", action="store_true", help="print each query")
    parser.add_argument(
        "--content", type=Path, help="ingested content (Markdown) instead of raw files"
    )
    parser.add_argument(
        "--ingest", action="store_true", help="ingest the corpus first (tags too)"
    )
    args = parser.parse_args()
    if not corpus_available():
        print("../shared/corpus/dantri-unc is absent: nothing to measure.")
        return 0
    work = Path(tempfile.mkdtemp(prefix="hoptac-search-quality-"))
    if args.ingest and not args.content:
        import subprocess

        args.content = work / "content"
        subprocess.run(
            [sys.executable, "-m", "hoptac", "ingest", str(CORPUS), "--content",
             str(args.content), "--sources", str(work / "sources"), "--json"],
            check=False, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    if args.content:
        documents = documents_from_markdown(args.content.rglob("*.md"))
    else:
        documents = load_documents()
    index_dir = args.index
    if index_dir is None:
        index_dir = work / "whoosh"
        build_index(documents, index_dir)
    ours = SearchIndex(index_dir)
    started = time.perf_counter()
    baseline_ix = build_baseline(documents, work)
    print(f"baseline index built in {time.perf_counter() - started:.1f} s")
    relevance = judge(documents, QUERIES)
    results: dict[str, dict[str, list[tuple[float, float]]]] = {}
    missed_unaccented = 0
    per_query: dict[str, dict[str, tuple[float, float]]] = {}
    found_accented = 0
    with baseline_ix.searcher() as baseline:
        qparser = QueryParser("content", baseline_ix.schema)
        for query in QUERIES:
            relevant = relevance[query]
            if not relevant:
                continue
            for form, text in (
                ("accented", query),
                ("unaccented", fold_diacritics(query)),
            ):
                try:
                    ranked, _ = ours.ranked(text)
                except QueryError:
                    ranked = []
                top = [str(ours._stored[d]["source_id"]) for d, _ in ranked]
                results.setdefault(f"ours/{form}", {}).setdefault("s", []).append(
                    scores(top, relevant)
                )
                per_query.setdefault(query, {})[f"ours/{form}"] = scores(top, relevant)
                if form == "accented":
                    accented_all = set(top)
                else:
                    found_accented += len(accented_all)
                    missed_unaccented += len(accented_all - set(top))
                hits = baseline.search(qparser.parse(text), limit=10)
                top = [hit["source_id"] for hit in hits]
                per_query[query][f"whoosh/{form}"] = scores(top, relevant)
                results.setdefault(f"whoosh_standard/{form}", {}).setdefault(
                    "s", []
                ).append(scores(top, relevant))
    judged = sum(1 for q in QUERIES if relevance[q])
    report = {
        "queries_judged": judged,
        "relevant_per_query_median": statistics.median(
            len(relevance[q]) for q in QUERIES if relevance[q]
        ),
        "unaccented_finds_what_accented_finds": {
            "accented_hits": found_accented,
            "missed_by_unaccented": missed_unaccented,
        },
    }
    for system, data in results.items():
        recall = statistics.mean(r for r, _ in data["s"])
        mrr = statistics.mean(m for _, m in data["s"])
        report[system] = {"recall@10": round(recall, 3), "mrr@10": round(mrr, 3)}
    report["own_set"] = own_set_figures(ours, documents, args.per_query)
    if args.per_query:
        for query, figures in per_query.items():
            cells = "  ".join(f"{k} {r:.2f}/{m:.2f}" for k, (r, m) in figures.items())
            print(f"{query:<24} {cells}")
    print(json.dumps(report, indent=1, ensure_ascii=False))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
