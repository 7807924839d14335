"""Re-adding articles a store already holds, against adding them the first time.

Run: ``python benchmarks/bench_readd.py [--train DIR] [--every 14] [--count 60]``

Takes every 14th PolNeAR train article (60 of them) from ``../shared/datasets/polnear``
(or ``--train DIR``, a folder of ``.txt`` articles), adds them to a new store with
:func:`graph.pipeline.build_corpus`, then adds the same folder again, in this one process
after the spaCy pipeline is loaded. Prints both times (CPU time of this process, which a
busy neighbour on a shared machine inflates far less than wall time, and wall time), the
ratio of CPU times, and PASS when the re-add costs under 10% of the first add. Exits 0
without measuring, saying why, when the articles are absent.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: ``../shared`` of the repository, or of the folder holding it (a git worktree).
CANDIDATES = [
    base / "shared" / "datasets" / "polnear" / "data" / "train" / "text"
    for base in (ROOT.parent, ROOT.parent.parent)
]
#: Most a re-add may cost, as a share of the first add.
MAX_SHARE = 0.10


def timed(call):  # type: ignore[no-untyped-def]
    """(result, CPU seconds, wall seconds) of ``call()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = call()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=None)
    parser.add_argument("--every", type=int, default=14)
    parser.add_argument("--count", type=int, default=60)
    args = parser.parse_args()
    train = args.train or next((c for c in CANDIDATES if c.is_dir()), None)
    if train is None or not train.is_dir():
        print(f"SKIP: no articles at {args.train or CANDIDATES[0]}")
        return 0

    from graph.nlp import load_pipeline
    from graph.pipeline import build_corpus

    files = sorted(train.glob("*.txt"))[:: args.every][: args.count]
    load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        for f in files:
            shutil.copy(f, corpus / f.name)
        store = Path(tmp) / "store"
        first, first_cpu, first_wall = timed(lambda: build_corpus([corpus], store=store))
        again, again_cpu, again_wall = timed(lambda: build_corpus([corpus], store=store))
    assert not again.articles and len(again.skipped) == len(first.articles)
    share = again_cpu / first_cpu
    print(f"articles        {len(first.articles)}")
    print(f"first add       {first_cpu:8.2f} s CPU {first_wall:8.2f} s wall")
    print(f"re-add          {again_cpu:8.2f} s CPU {again_wall:8.2f} s wall")
    print(f"ratio           {share:8.3f} (CPU; at most {MAX_SHARE:g})")
    ok = share < MAX_SHARE
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
