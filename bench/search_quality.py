"""Search quality on the dantri corpus + seeds: ours vs a plain Whoosh baseline.

Development queries (places, officials, multi-syllable words) are judged
mechanically: an article is relevant when its title or body contains the
query's syllables in sequence (NFC, one tone placement, case and the press
abbreviations normalised; `TP.HCM` counts as `Thành phố Hồ Chí Minh`). Each
query runs accented and unaccented, on our index and on a Whoosh index with
StandardAnalyzer over title + body (its QueryParser, default settings).
Prints recall@10 and MRR@10 per system and form, and whether unaccented
queries find everything their accented forms find.

Run: python bench/search_quality.py [--index DIR]   (DIR: an existing index of
the same corpus, e.g. `output/search/whoosh` of a site built from it)
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

from search_corpus import corpus_available, load_documents
from whoosh import index as whoosh_index
from whoosh.analysis import StandardAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from hoptac.search.analysis import exact_terms
from hoptac.search.index import build_index, documents_from_markdown
from hoptac.search.query import QueryError, SearchIndex
from hoptac.vietnamese import expand_abbreviations, fold_diacritics

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
    args = parser.parse_args()
    if not corpus_available():
        print("../shared/corpus/dantri-unc is absent: nothing to measure.")
        return 0
    if args.content:
        documents = documents_from_markdown(args.content.rglob("*.md"))
    else:
        documents = load_documents()
    work = Path(tempfile.mkdtemp(prefix="hoptac-search-quality-"))
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
    if args.per_query:
        for query, figures in per_query.items():
            cells = "  ".join(f"{k} {r:.2f}/{m:.2f}" for k, (r, m) in figures.items())
            print(f"{query:<24} {cells}")
    print(json.dumps(report, indent=1, ensure_ascii=False))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
