"""A process killed with SIGKILL mid-add leaves a readable store of whole articles."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from graph.namespaces import SG
from graph.pipeline import build_corpus
from graph.store import copy_to_memory, open_store, stored_article_ids

BATCH = 6

ADD_SCRIPT = textwrap.dedent(
    """
    import sys
    from graph.pipeline import build_corpus

    done = 0

    def progress(n):
        global done
        done += n
        print(done, flush=True)

    build_corpus([sys.argv[1]], store=sys.argv[2], store_batch=int(sys.argv[3]), progress=progress)
    print("finished", flush=True)
    """
)


def write_big_corpus(example: Path, directory: Path, count: int = 48) -> Path:
    """Many distinct articles, each two paragraphs of the example in some order."""
    lines = [line for line in example.read_text(encoding="utf-8").splitlines() if line.strip()]
    directory.mkdir(parents=True, exist_ok=True)
    pairs = itertools.islice(itertools.permutations(range(len(lines)), 2), count)
    for n, (i, j) in enumerate(pairs):
        (directory / f"a{n:03d}.txt").write_text(f"{lines[i]}\n{lines[j]}\n", encoding="utf-8")
    return directory


def article_statements(graph: Graph) -> dict[URIRef, Graph]:
    """For each article, the triples of its statements."""
    out: dict[URIRef, Graph] = {}
    for statement, article in graph.subject_objects(SG.article):
        part = out.setdefault(article, Graph())
        for p, o in graph.predicate_objects(statement):
            part.add((statement, p, o))
    return out


def test_store_killed_mid_add_holds_whole_articles_and_resumes(example_path, tmp_path):
    corpus = write_big_corpus(example_path, tmp_path / "articles")
    reference_path = tmp_path / "reference"
    reference = build_corpus([corpus], store=reference_path, store_batch=BATCH)
    expected = article_statements(copy_to_memory(open_store(reference_path)))
    assert len(reference.articles) == 48

    killed = tmp_path / "killed"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", ADD_SCRIPT, str(corpus), str(killed), str(BATCH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 120
    for line in proc.stdout:
        # Past the first batch: it is committed and the next one is being extracted.
        if line.strip().isdigit() and int(line) > BATCH + 1:
            os.kill(proc.pid, signal.SIGKILL)
            break
        assert time.monotonic() < deadline, "the add never got past its first batch"
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the add finished before it could be killed"

    store = open_store(killed)
    stored = stored_article_ids(store)
    assert BATCH <= len(stored) < 48
    found = article_statements(copy_to_memory(store))
    for article, statements in found.items():
        assert isomorphic(statements, expected[article]), f"{article} is not whole"

    resumed = build_corpus([corpus], store=killed, store_batch=BATCH)
    assert len(resumed.skipped) == len(stored)
    assert stored_article_ids(open_store(killed)) == set(
        stored_article_ids(open_store(reference_path))
    )
