"""Extraction overhead: spaCy's parse alone vs parse + extraction, on the same texts.

Run: ``python benchmarks/bench_extract.py [--limit N] [--rounds R] [--attribution MODE[,MODE...]]``

Texts are PolNeAR's train articles when ``../shared/datasets/polnear`` exists (real news,
the first N in name order), else the example article repeated. Both timings run in this
one process, on the same loaded pipeline, interleaved for R rounds; the best round of
each is reported. The ratio is taken on CPU time of this process (``time.process_time``),
which a busy neighbour on a shared machine does not inflate the way it inflates wall
time; wall time is printed too. The target is extraction within 1.25x of the parse alone
with the rules, 1.5x with the learned check (``checked``) or the attribution model
(``--attribution model``, or ``both``, the default; its tagging counts as extraction). Several
settings named together (``--attribution checked,both``) are timed in the same rounds,
so their ratios can be compared with each other.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POLNEAR_TRAIN = ROOT.parent / "shared" / "datasets" / "polnear" / "data" / "train" / "text"
EXAMPLE = ROOT / "examples" / "security_guarantees.txt"


def load_articles(limit: int):  # type: ignore[no-untyped-def]
    """The benchmark's articles and a one-line description of where they came from."""
    from graph.ingest import read_articles

    if POLNEAR_TRAIN.is_dir():
        files = sorted(POLNEAR_TRAIN.glob("*.txt"))[:limit]
        return list(read_articles(files)), f"{len(files)} PolNeAR train articles"
    articles = list(read_articles([EXAMPLE]))
    return articles * limit, f"the example article x{limit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=80, help="number of articles")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds")
    parser.add_argument(
        "--attribution",
        default=None,
        help="checked, rules, model or both, or several joined by commas "
        "(default: the build default)",
    )
    args = parser.parse_args()

    from graph.errors import PipelineError
    from graph.extract import extract_article
    from graph.extract.learned import (
        DEFAULT_ATTRIBUTION,
        check_mode,
        load_model,
        needs_model,
        tag_roles,
    )
    from graph.nlp import load_pipeline

    try:
        modes = [
            check_mode(m.strip()) for m in (args.attribution or DEFAULT_ATTRIBUTION).split(",")
        ]
    except PipelineError as exc:
        parser.error(str(exc))
    nlp = load_pipeline()
    if any(needs_model(mode) for mode in modes):
        load_model()
    articles, source = load_articles(args.limit)
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:2]))  # warm up: lazy model data, caches
    tokens = 0
    parse_times: list[tuple[float, float]] = []
    full_times: dict[str, list[tuple[float, float]]] = {mode: [] for mode in modes}
    statements = dict.fromkeys(modes, 0)
    for _ in range(args.rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=16))
        parse_times.append((time.process_time() - cpu, time.perf_counter() - wall))
        tokens = sum(len(d) for d in docs)
        del docs

        for mode in modes:
            wall, cpu = time.perf_counter(), time.process_time()
            statements[mode] = 0
            parsed = nlp.pipe(texts, batch_size=16)
            if needs_model(mode):
                parsed = tag_roles(parsed, batch_size=16)
            for article, doc in zip(articles, parsed, strict=True):
                statements[mode] += len(extract_article(doc, article, mode).statements)
            full_times[mode].append((time.process_time() - cpu, time.perf_counter() - wall))

    parse = min(parse_times)
    print(f"texts: {source}, {tokens} tokens, {args.rounds} round(s)")
    print(f"{'':32}{'CPU s':>8}{'tokens/CPU s':>14}{'wall s':>8}{'statements':>12}")
    rows = [("spaCy nlp.pipe alone", parse, "")]
    rows += [(f"parse + extract ({m})", min(full_times[m]), str(statements[m])) for m in modes]
    for name, (cpu_s, wall_s), count in rows:
        print(f"{name:32}{cpu_s:>8.2f}{tokens / cpu_s:>14.0f}{wall_s:>8.2f}{count:>12}")
    for mode in modes:
        full = min(full_times[mode])
        print(
            f"extraction overhead ({mode}): {full[0] / parse[0]:.3f}x the parse alone in CPU "
            f"time ({full[1] / parse[1]:.3f}x wall); target <= {1.25 if mode == 'rules' else 1.5}x"
        )


if __name__ == "__main__":
    main()
