"""``stancegraph add`` killed with SIGKILL at random points keeps every article it committed
whole, and adding again gives the store one clean build of the same articles gives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
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


def committed_articles(store: Path) -> int:
    """How many articles a store holds while an add is under way (0 when it cannot be read
    yet)."""
    try:
        view = open_read_only(store)
    except Exception:  # the writer has not created the store yet
        return 0
    count = sum(
        1
        for _ in view.quads_for_pattern(
            None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SG.Article)), None
        )
    )
    return count if is_pending(view) else 0


def run_add(
    corpus: Path, store: Path, kill_after: str | None, delay: float, after_articles: int = 0
) -> int:
    """Run ``python -m graph add``; SIGKILL it ``delay`` s after the phase line starting with
    ``kill_after`` appears on stderr (never when ``None``) and, when ``after_articles`` is
    set, once the store holds that many articles of the add under way. Returns the exit
    status."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph", "add", str(corpus), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None

    def kill_later() -> None:
        while after_articles and proc.poll() is None:
            if committed_articles(store) >= after_articles:
                break
            time.sleep(0.02)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)

    killer: threading.Thread | None = None
    for line in proc.stderr:
        if kill_after is not None and killer is None and line.startswith(kill_after):
            killer = threading.Thread(target=kill_later, daemon=True)
            killer.start()
    status = proc.wait(timeout=300)
    if killer is not None:
        killer.join(timeout=60)
    return status


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
        # while articles are being committed: after the first few are in, at a random moment
        ("extracting statements", rng.uniform(0.0, 0.2), rng.randint(1, 5)),
        # while settling (may finish before the kill lands)
        ("resolving actors across the store", rng.uniform(0.0, 0.3), 0),
    ]
    partial = 0
    for phase, delay, after in kills:
        status = run_add(corpus, store, phase, delay, after)
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
