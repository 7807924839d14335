"""``stancegraph add`` killed with SIGKILL at random points keeps every article it committed
whole, and adding again gives the store one clean build of the same articles gives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from graph.namespaces import RDF, SG
from graph.pipeline import build_corpus
from graph.store import canonical_graph, copy_to_memory, is_pending, open_read_only

ROOT = Path(__file__).resolve().parent.parent

# Made-up people, places and policies; later articles name people by surname only, so
# resolving them needs the whole corpus.
PEOPLE = [
    ("Senator", "Alma", "Rivet"),
    ("Minister", "Tobias", "Quill"),
    ("Mayor", "Ines", "Varga"),
    ("Governor", "Pavel", "Lund"),
    ("Councillor", "Mira", "Stenholm"),
    ("Judge", "Oren", "Calloway"),
]
POLICIES = ["harbour tax", "rail bridge", "water levy", "school merger", "border fence"]
VERBS = [("said", "support"), ("warned", "oppose"), ("argued", "support")]


def write_corpus(directory: Path, count: int = 16, seed: int = 7) -> Path:
    """``count`` short articles of made-up statements; a third name speakers by surname."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        lines = [f"Dispute over the {rng.choice(POLICIES)} number {n}", ""]
        for _ in range(3):
            title, first, last = rng.choice(PEOPLE)
            policy = rng.choice(POLICIES)
            verb, side = rng.choice(VERBS)
            name = last if n % 3 == 2 else f"{title} {first} {last}"
            claim = "would help the region" if side == "support" else "would hurt families"
            lines.append(f"{name} {verb} on Monday that the {policy} {claim}.")
            lines.append(f'"The {policy} is a mistake," {name} told reporters in Harwick.')
        (directory / f"article{n:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def run_add(corpus: Path, store: Path, kill_after: str | None, delay: float) -> int:
    """Run ``python -m graph add``; SIGKILL it ``delay`` s after the phase line starting with
    ``kill_after`` appears on stderr (never when ``None``). Returns the exit status."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph", "add", str(corpus), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    timer: threading.Timer | None = None
    for line in proc.stderr:
        if kill_after is not None and timer is None and line.startswith(kill_after):
            timer = threading.Timer(delay, lambda: os.kill(proc.pid, signal.SIGKILL))
            timer.start()
    return proc.wait(timeout=300)


def article_parts(graph: Graph) -> dict[URIRef, set[tuple]]:
    """For each article, its statements' triples, leaving out which actor they point at
    (settled across the corpus only at the end of an add)."""
    actor_refs = {SG.speaker, SG.reportedBy, SG.targetActor}
    out: dict[URIRef, set[tuple]] = {}
    for statement, article in graph.subject_objects(SG.article):
        part = out.setdefault(article, set())
        for p, o in graph.predicate_objects(statement):
            part.add((statement, p, None if p in actor_refs else o))
    for article in graph.subjects(RDF.type, SG.Article):
        out.setdefault(article, set())
    return out


def test_store_killed_at_random_points_keeps_whole_articles_and_resumes_to_a_clean_build(
    tmp_path,
):
    corpus = write_corpus(tmp_path / "articles")
    clean = build_corpus([corpus])
    expected = article_parts(canonical_graph(clean.graph))
    assert len(clean.articles) == 16 and len(clean.statements) > 16

    rng = random.Random(18)
    store = tmp_path / "db"
    kills = [
        ("extracting statements", rng.uniform(0.2, 1.5)),  # while articles are committed
        ("resolving actors across the store", rng.uniform(0.0, 0.3)),  # while settling
    ]
    partial = 0
    for phase, delay in kills:
        status = run_add(corpus, store, phase, delay)
        if status != -signal.SIGKILL:
            continue  # finished before the kill landed: nothing to check at this point
        view = open_read_only(store)
        found = article_parts(copy_to_memory(view))
        partial += len(found) > 0 and is_pending(view)
        for article, parts in found.items():
            assert parts == expected[article], f"{article} is not whole after a kill"
        del view
    assert partial, "no kill landed while the add was under way"

    assert run_add(corpus, store, None, 0) == 0
    view = open_read_only(store)
    assert not is_pending(view)
    assert isomorphic(canonical_graph(clean.graph), canonical_graph(copy_to_memory(view)))
