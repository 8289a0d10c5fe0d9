"""CPU cost of restoring titles: mean `restore_title` CPU time per dantri article.

Takes the dantri corpus files that lost their title line (the ones ingest
restores), loads the model once (as the ingest parent does before forking),
then times `restore_title(url, body)` over them with `time.process_time`
(CPU, not wall time: the bench machine is shared). `--profile` prints the
cProfile top functions instead.

The first run is the one ingest sees (each article once); later runs restore
the same articles again, with the per-process caches (slug-word patterns,
corpus pair estimates) already holding what they need.

Run: python bench/title_cost.py [--files 600] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time

from build_title_model import CORPUS, dantri_files

from hoptac.ingest import titles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    items = [i for i in dantri_files(CORPUS) if not i.title and i.url][: args.files]
    work = [(i.url, "\n".join(i.body)) for i in items]
    started = time.process_time()
    titles.shipped_model()
    print(f"model load: {time.process_time() - started:.2f} s CPU")
    if hasattr(titles, "_place_openers"):  # the code before it had none
        # The provinces' names (for headings) come from the gazetteer, which
        # ingest's tagger loads anyway: once a process, not per article.
        started = time.process_time()
        titles._place_openers()
        print(f"gazetteer's place names: {time.process_time() - started:.2f} s CPU")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for url, body in work:
            titles.restore_title(url, body)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(18)
        return 0
    runs = []
    for _ in range(args.repeat):
        started = time.process_time()
        for url, body in work:
            titles.restore_title(url, body)
        runs.append(1000 * (time.process_time() - started) / len(work))
    print(
        f"restore_title over {len(work)} dantri articles: "
        + " / ".join(f"{ms:.2f}" for ms in runs)
        + " ms CPU per article (runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
