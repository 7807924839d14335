"""``graph.ingest`` streams: memory follows one article, not the corpus.

Measured with tracemalloc on thousands of small files (and one long ``.jsonl``): the peak
while consuming the generator stays a fraction of the corpus size, while the control
(keeping every article) is above it, so the measure can tell the two apart.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from graph.ingest import iter_files, read_articles

FILES = 3000
FILLER = "The minister said the talks would continue next week. " * 36  # ~2 KB


def _corpus(root: Path) -> int:
    for i in range(FILES):
        folder = root / f"batch{i // 500:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{i:05d}.txt").write_text(f"Article {i}. {FILLER}", encoding="utf-8")
    return sum(p.stat().st_size for p in root.rglob("*.txt"))


def _peak(consume) -> int:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        consume()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("corpus")
    total = _corpus(root)
    warm = root.parent / "warm.txt"
    warm.write_text("warm up")
    list(read_articles([warm]))  # first-use imports and caches are not the corpus
    # pathlib interns every path part: listing once first grows Python's intern table now,
    # so its one-off resize is not counted as corpus memory below.
    sum(1 for _ in iter_files([root]))
    return root, total


def test_ingest_thousands_of_files_stream_with_bounded_memory(corpus):
    root, total = corpus
    count = 0

    def stream() -> None:
        nonlocal count
        for _ in read_articles([root]):
            count += 1

    peak = _peak(stream)
    assert count == FILES
    assert total > 5_000_000
    assert peak < total / 4, f"peak {peak:,} bytes for a {total:,}-byte corpus"


def test_ingest_keeping_every_article_is_what_the_bound_would_catch(corpus):
    root, total = corpus
    kept: list = []
    peak = _peak(lambda: kept.extend(read_articles([root])))
    assert len(kept) == FILES
    assert peak > total


def test_ingest_is_lazy_a_later_file_is_read_when_reached(tmp_path):
    (tmp_path / "a.txt").write_text("First article.")
    (tmp_path / "b.txt").write_text("Second article, old text.")
    articles = read_articles([tmp_path])
    assert next(articles).text == "First article."
    (tmp_path / "b.txt").write_text("Second article, new text.")
    assert next(articles).text == "Second article, new text."


def test_ingest_long_jsonl_streams_line_by_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(FILES):
            handle.write(json.dumps({"text": f"Article {i}. {FILLER}", "title": str(i)}) + "\n")
    total = path.stat().st_size
    list(read_articles([path], max_bytes=10))  # warm up (every line skipped, none kept)
    count = 0

    def stream() -> None:
        nonlocal count
        for _ in read_articles([path]):
            count += 1

    peak = _peak(stream)
    assert count == FILES
    assert peak < total / 4, f"peak {peak:,} bytes for a {total:,}-byte file"
