"""``python -m benchmarks`` runs end to end at toy sizes (no timings asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def test_store_benchmarks_print_every_table_at_toy_sizes():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--only",
            "build,queries",
            "--sizes",
            "200",
            "--memory-up-to",
            "200",
            "--triples",
            "4000",
            "--runs",
            "1",
            "--rdflib-limit",
            "10",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "## Build + cluster" in out
    assert "## Named queries at" in out
    assert "failed" not in out, out
    for query in (ROOT / "ontology" / "queries").glob("*.rq"):
        assert query.stem in out
    assert "## Targets" in out


def test_store_benchmark_corpus_is_deterministic():
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import synthetic_corpus

    first, second = synthetic_corpus(300, seed=1), synthetic_corpus(300, seed=1)
    assert first == second
    assert len(first.statements) == 300
    assert {s.article_id for s in first.statements} == {a.id for a in first.articles}
