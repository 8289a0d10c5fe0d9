"""The benchmark corpus for search: dantri-unc plus the seeds, read directly.

Until `hoptac ingest` is available these files are read here (headers, title,
one sentence a line) rather than through ingest, and written as minimal
Markdown (Title, Date, Slug, Source_ID) for the Pelican builds the benchmarks
time. Provinces, leaders and topics are not tagged here.
"""

from __future__ import annotations

import re
from pathlib import Path

from hoptac.search.index import SearchDocument
from hoptac.vietnamese import nfc

PROJECT = Path(__file__).resolve().parent.parent
# `../shared` beside the project; a worktree sits one level deeper.
CORPUS = next(
    (
        base / "shared" / "corpus" / "dantri-unc"
        for base in (PROJECT.parent, PROJECT.parent.parent)
        if (base / "shared" / "corpus" / "dantri-unc").is_dir()
    ),
    PROJECT.parent / "shared" / "corpus" / "dantri-unc",
)
SEEDS = PROJECT / "samples" / "seeds"
_HEADER = re.compile(r"^#\s*(\w+)\s*=\s*(.*)$")


def corpus_available() -> bool:
    return CORPUS.is_dir()


def read_raw(path: Path) -> SearchDocument:
    """Read one dantri-unc or seed file as a search document."""
    lines = nfc(path.read_text(encoding="utf-8")).splitlines()
    headers: dict[str, str] = {}
    while lines and _HEADER.match(lines[0]):
        key, value = _HEADER.match(lines.pop(0)).groups()
        headers[key] = value.strip()
    lines = [line.strip() for line in lines if line.strip()]
    title, body = (lines[0], lines[1:]) if lines else (path.stem, [])
    date = headers.get("date", "")
    if re.fullmatch(r"\d{8}", date):
        date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    source_id = headers.get("doc_id", path.stem)
    return SearchDocument(
        source_id=source_id,
        title=title,
        url=f"bai-viet/{slug(source_id)}.html",
        date=date,
        body="\n".join(body),
    )


def slug(source_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", source_id.lower()).strip("-")


def load_documents() -> list[SearchDocument]:
    """Return the 2,653 dantri articles and the seeds as search documents."""
    paths = sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    return [read_raw(p) for p in paths]


def write_markdown(documents: list[SearchDocument], content: Path) -> None:
    """Write documents as minimal archive Markdown under content/articles/."""
    articles = content / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for doc in documents:
        meta = [
            f"Title: {' '.join(doc.title.split())}",
            f"Slug: {slug(doc.source_id)}",
            f"Source_ID: {doc.source_id}",
        ]
        if doc.date:
            meta.insert(1, f"Date: {doc.date}")
        else:
            meta.insert(1, "Date: 2019-01-01")  # Pelican needs one; seeds lack a year
        body = "\n\n".join(doc.body.splitlines())
        path = articles / f"{slug(doc.source_id)}.md"
        path.write_text("\n".join(meta) + "\n\n" + body + "\n", encoding="utf-8")
