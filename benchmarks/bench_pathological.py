"""Hostile shapes of input against real news: CPU time per token of a whole build.

Run: ``python benchmarks/bench_pathological.py [--sizes 10000 20000 ...] [--shapes ...]``

Every shape is built with :func:`graph.pipeline.build_corpus` (parse, extraction,
resolution, graph, clusters) in this one process, after one warm-up build, at each size
(tokens, doubling by default from 10k to 160k), and its CPU time per token is compared
with the same number of tokens of real news built the same way (PolNeAR train articles as
separate files when ``../shared/datasets/polnear`` exists, else the example article
repeated). Time is this process's CPU time (``time.process_time``), which a busy
neighbour on a shared machine inflates far less than wall time.

A shape PASSes when it costs at most 3x news per token at every size and its ratio does
not grow with size (the largest size's ratio at most 1.5x the smallest's): a cost that is
linear in the input, with a bounded constant.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: PolNeAR train articles in ``../shared`` of the repository, or of the folder holding it
#: (a git worktree).
POLNEAR_TRAIN = next(
    (
        path
        for base in (ROOT.parent, ROOT.parent.parent)
        if (path := base / "shared" / "datasets" / "polnear" / "data" / "train" / "text").is_dir()
    ),
    ROOT.parent / "shared" / "datasets" / "polnear" / "data" / "train" / "text",
)
EXAMPLE = ROOT / "examples" / "security_guarantees.txt"
#: Most a shape may cost per token, as a multiple of real news.
MAX_RATIO = 3.0
#: Most the ratio may grow from the smallest size to the largest.
MAX_GROWTH = 1.5

WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "on",
    "trade",
    "and",
    "tariffs",
    "officials",
    "government",
    "plan",
    "budget",
    "reform",
    "vote",
    "senators",
    "party",
    "leaders",
    "support",
    "oppose",
    "criticized",
    "warned",
    "urged",
]
FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kira",
    "Luis",
    "Maya",
    "Nils",
]
LAST = [
    "Smith",
    "Jones",
    "Petrov",
    "Garcia",
    "Tanaka",
    "Novak",
    "Silva",
    "Berg",
    "Costa",
    "Weber",
    "Haas",
    "Moreau",
]


def news_texts() -> list[str]:
    """Real news, one article per text, in a fixed order."""
    from graph.ingest import read_articles

    if POLNEAR_TRAIN.is_dir():
        files = sorted(POLNEAR_TRAIN.glob("*.txt"))
        return [a.text for a in read_articles(files)]
    return [a.text for a in read_articles([EXAMPLE])] * 400


def take_news(tokens: int, texts: list[str]) -> list[str]:
    """Whole articles from the start of ``texts`` until about ``tokens`` words."""
    taken, count = [], 0
    for text in texts:
        if count >= tokens:
            break
        taken.append(text)
        count += len(text.split())
    return taken


def _words(n: int, rng: random.Random) -> list[str]:
    return [rng.choice(WORDS) for _ in range(n)]


def _names(n: int, rng: random.Random) -> list[str]:
    return [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(n)]


# Each shape: tokens -> {file name: content}. Sizes are approximate, in words.
def one_line(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    return {"line.txt": " ".join(_words(n, rng))}


def one_sentence(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    words = _words(n, rng)
    clauses = [" ".join(words[i : i + 12]) for i in range(0, n, 12)]
    return {"sentence.txt": "The minister said " + ", ".join(clauses) + "."}


def long_article(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    return {"article.txt": "\n\n".join(take_news(n, news))}


def quotation_marks(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    parts = [f'"{" ".join(_words(2, rng))}"' for _ in range(n // 4)]
    return {"quotes.txt": " ".join(parts)}


def name_list(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    names = _names(n // 3, rng)
    return {"names.txt": "The signatories were " + ", ".join(names) + "."}


def one_word_paragraphs(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    return {"paragraphs.txt": "\n\n".join(_words(n // 2, rng))}


def giant_token(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    """News of ``n`` words with one token of 10 characters per word of news in it."""
    text = "\n\n".join(take_news(n, news))
    middle = len(text) // 2
    return {"token.txt": text[:middle] + " " + "x" * (10 * n) + " " + text[middle:]}


def many_short_articles(n: int, rng: random.Random, news: list[str]) -> dict[str, str]:
    lines = [
        json.dumps({"text": f"{name} said the {' '.join(_words(6, rng))}."})
        for name in _names(n // 10, rng)
    ]
    return {"articles.jsonl": "\n".join(lines) + "\n"}


SHAPES: dict[str, Callable[[int, random.Random, list[str]], dict[str, str]]] = {
    "one line, no punctuation": one_line,
    "one sentence": one_sentence,
    "one long article": long_article,
    "quotation marks": quotation_marks,
    "names in a comma list": name_list,
    "one-word paragraphs": one_word_paragraphs,
    "a giant token": giant_token,
    ".jsonl of short articles": many_short_articles,
}


def build_cost(files: dict[str, str]) -> tuple[float, int]:
    """CPU seconds of one build of ``files`` and the tokens spaCy's tokenizer finds."""
    from graph.ingest import read_articles
    from graph.nlp import load_pipeline
    from graph.pipeline import build_corpus

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, content in files.items():
            path = Path(tmp) / name
            path.write_text(content, encoding="utf-8")
            paths.append(path)
        tokenizer = load_pipeline().tokenizer
        tokens = sum(len(tokenizer(a.text)) for a in read_articles(paths, lambda _m: None))
        start = time.process_time()
        build_corpus(paths, warn=lambda _m: None)
        return time.process_time() - start, tokens


def news_files(n: int, news: list[str]) -> dict[str, str]:
    return {f"news{i:04d}.txt": text for i, text in enumerate(take_news(n, news))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000, 160_000]
    )
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=sorted(SHAPES))
    args = parser.parse_args()

    news = news_texts()
    build_cost(news_files(500, news))  # warm up: the pipeline, lazy tables, imports
    baseline: dict[int, float] = {}
    print(f"{'shape':28} {'tokens':>8} {'CPU s':>8} {'us/token':>9} {'x news':>7}")
    for size in args.sizes:
        seconds, tokens = build_cost(news_files(size, news))
        baseline[size] = seconds / max(tokens, 1)
        print(
            f"{'real news (separate files)':28} {tokens:8d} {seconds:8.2f} "
            f"{1e6 * baseline[size]:9.1f} {1.0:7.2f}"
        )
    failed = []
    for shape in args.shapes:
        ratios = []
        for size in args.sizes:
            files = SHAPES[shape](size, random.Random(size), news)
            seconds, tokens = build_cost(files)
            per_token = seconds / max(tokens, 1)
            ratios.append(per_token / baseline[size])
            print(
                f"{shape:28} {tokens:8d} {seconds:8.2f} {1e6 * per_token:9.1f} {ratios[-1]:7.2f}",
                flush=True,
            )
        ok = max(ratios) <= MAX_RATIO and ratios[-1] <= MAX_GROWTH * max(ratios[0], 1.0)
        print(
            f"{'':28} {'PASS' if ok else 'FAIL'}: at most {MAX_RATIO:g}x news per token, "
            f"growth {ratios[-1] / ratios[0]:.2f}x from {args.sizes[0]:,} to "
            f"{args.sizes[-1]:,} tokens",
            flush=True,
        )
        if not ok:
            failed.append(shape)
    print("PASS" if not failed else f"FAIL: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
