"""Build the `fresh` title sets: real titles and URL slugs from outlets the model never saw.

Two never-tuned sets for `bench/title_quality.py --sets fresh,fresh-sapo`:
- `fresh`: vnexpress.net football articles of 2025 with their full bodies,
  from the public crawl in github.com/SENULT/Search_Engine
  (`data/raw/vnexpress*_bongda_part*.json`: title, url, content);
- `fresh-sapo`: Tuổi Trẻ, Thanh Niên and VnExpress articles of August 2026
  with only their lead paragraph as the body (the harder case: little text to
  learn names from), from github.com/mnngoisaoxanh/tintuchangngay
  (`data/news/2026-08-*.json`: title, link, summary).

The text belongs to the outlets, so the data file is not committed: this
script rebuilds it from the two snapshots (`fetch` puts them in
/work/.mirror/<owner>+<name>/repo) into a gzip of JSON lines, one
{set, url, title, body, source} per article, `source` naming the repository
and file it came from. None of these bodies is counted in the model (dantri
2019–2021 and baomoi 2017 only). A row is kept when its slug's words are the
title's (a slug with tag words in front is not the title's) and the body does
not begin with the title; the sample is a fixed-seed shuffle.

Run: python bench/fresh_titles.py [--mirror /work/.mirror] [--output FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
from pathlib import Path

from title_quality import FRESH_DATA, segments

from hoptac.ingest.titles import slug_words, title_matches_slug
from hoptac.vietnamese import nfc

SOURCES = {
    "fresh": ("SENULT/Search_Engine", "data/raw/", "vnexpress", 200),
    "fresh-sapo": ("mnngoisaoxanh/tintuchangngay", "data/news/", "2026-08-", 150),
}
SEED = 20261202


def _snapshot_files(
    mirror: Path, repo: str, folder: str, prefix: str
) -> dict[str, str]:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    names = subprocess.run(
        [
            "git",
            "--git-dir",
            str(git_dir),
            "ls-tree",
            "-r",
            "--name-only",
            "HEAD",
            folder,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    wanted = [
        n
        for n in names
        if n.rsplit("/", 1)[-1].startswith(prefix) and n.endswith(".json")
    ]
    return {
        name: subprocess.run(
            ["git", "--git-dir", str(git_dir), "show", f"HEAD:{name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name in sorted(wanted)
    }


def usable(url: str, title: str, body: str) -> bool:
    words = slug_words(url)
    lines = [line for line in body.splitlines() if line.strip()]
    return (
        len(words) >= 2
        and bool(lines)
        and segments(title, words) is not None
        and len(segments(title, words)) == len(words)
        # Every token of the title is in the slug (no title running past it).
        and title_matches_slug(title, url)
        and not title_matches_slug(lines[0], url)
    )


def build(mirror: Path) -> list[dict]:
    rows = []
    for name, (repo, folder, prefix, size) in SOURCES.items():
        seen, found = set(), []
        for path, text in _snapshot_files(mirror, repo, folder, prefix).items():
            for item in json.loads(text):
                url = item.get("url") or item.get("link") or ""
                title = nfc(item.get("title", "")).strip()
                body = nfc(item.get("content") or item.get("summary") or "").strip()
                if url in seen or not usable(url, title, body):
                    continue
                seen.add(url)
                found.append(
                    {
                        "set": name,
                        "url": url,
                        "title": title,
                        "body": body,
                        "source": f"github.com/{repo}/{path}",
                    }
                )
        random.Random(SEED).shuffle(found)
        rows += found[:size]
        print(f"{name}: {len(found)} usable, {min(size, len(found))} kept")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--output", type=Path, default=FRESH_DATA)
    args = parser.parse_args()
    rows = build(args.mirror)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.output, "wt", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.output}: {len(rows)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
