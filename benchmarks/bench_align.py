"""How long alignment takes on a corpus-sized graph: 10,000 actors, 100,000 statements.

Planted coalitions (:func:`graph.align.synthetic.planted_coalitions`: opposing camps per
issue, cross-cutting topics, 10% of statements on the wrong side) are timed twice in one
run:

- from records: stance matrix -> signed network -> clustering -> explanations, each stage
  timed, with the adjusted Rand index against the planted camps;
- from RDF: the statements written with ``graph.build`` into a store (Oxigraph through
  oxrdflib by default, rdflib's in-memory store with ``--store memory`` or ``both``), then
  ``align_graph`` on it (reading included) and ``add_alignment`` writing the result back.

Usage::

    .venv/bin/python benchmarks/bench_align.py                        # 10,000 / 100,000
    .venv/bin/python benchmarks/bench_align.py --actors 1000 --statements 10000 --store both
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.align import (  # noqa: E402
    adjusted_rand_index,
    align_graph,
    partition,
    read_observations,
    signed_edges,
    stance_matrix,
)
from graph.align.explain import explain_clusters  # noqa: E402
from graph.align.synthetic import planted_coalitions  # noqa: E402
from graph.build import add_alignment, build_graph, new_graph  # noqa: E402
from graph.records import Actor, Article, Statement, Topic  # noqa: E402

_SIDE = {1: "support", -1: "oppose", 0: "neutral"}


def _timed(label: str, times: dict[str, float], func, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Run and time one stage: wall clock, and this process's CPU time, because the
    machine is shared and wall time alone measures the neighbours too."""
    start, cpu = time.perf_counter(), time.process_time()
    value = func(*args, **kwargs)
    times[label] = time.perf_counter() - start
    used = time.process_time() - cpu
    print(f"  {label:<34} {times[label]:8.2f} s wall {used:8.2f} s cpu", flush=True)
    return value


def _records(planted):  # type: ignore[no-untyped-def]
    articles = [
        Article(
            id=f"a{i}", text=f"article {i}", source=f"a{i}.txt", published=f"2025-01-{i + 1:02d}"
        )
        for i in range(28)
    ]
    actors = [Actor(key=a, label=a.title(), type="Person") for a in sorted(planted.truth)]
    statements = [
        Statement(
            article_id=f"a{i % 28}",
            speaker=o.actor,
            cue="said",
            quote="",
            evidence=f"{o.actor} {_SIDE[o.polarity]}s {o.topic}.",
            char_start=i,
            char_end=i + 1,
            stance=_SIDE[o.polarity],  # type: ignore[arg-type]
            topic=Topic(key=o.topic, label=o.topic),
        )
        for i, o in enumerate(planted.stances)
    ]
    return articles, actors, statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--coalitions", type=int, default=100)
    parser.add_argument("--shared-topics", type=int, default=500)
    parser.add_argument(
        "--store", choices=("oxigraph", "memory", "both", "none"), default="oxigraph"
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    planted = planted_coalitions(
        args.actors,
        args.statements,
        coalitions=args.coalitions,
        shared_topics=args.shared_topics,
        seed=args.seed,
    )
    print(
        f"{args.actors:,} actors, {args.statements:,} statements, {args.coalitions} planted "
        f"coalitions, {args.shared_topics} cross-cutting topics"
    )
    print("from records:")
    times: dict[str, float] = {}
    matrix = _timed("stance matrix", times, stance_matrix, planted.stances)
    net = _timed("signed network (cosine)", times, signed_edges, matrix, normalise="cosine")
    membership = _timed("clustering (Leiden + moves)", times, partition, net, seed=0)
    _timed("explanations", times, explain_clusters, net, membership, planted.stances, (), {})
    ari = adjusted_rand_index([planted.truth[a] for a in net.nodes], list(membership))
    total = sum(times.values())
    print(
        f"  {net.source.size:,} signed edges, {int(membership.max()) + 1} clusters, "
        f"adjusted Rand {ari:.3f}; total {total:.2f} s, clustering {times['clustering (Leiden + moves)'] / total:.0%} of it"
    )

    stores = {"both": ("Oxigraph", "default"), "oxigraph": ("Oxigraph",), "memory": ("default",)}
    if args.store == "none":
        return
    articles, actors, statements = _records(planted)
    read_times: dict[str, float] = {}
    for store in stores[args.store]:
        name = "Oxigraph" if store == "Oxigraph" else "rdflib memory"
        print(f"from RDF ({name}):")
        times = {}
        graph = _timed(
            "build_graph", times, build_graph, articles, actors, statements, graph=new_graph(store)
        )
        print(f"  {len(graph):,} triples")
        _timed("read_observations", times, read_observations, graph)
        result = _timed("align_graph (read + align)", times, align_graph, graph, seed=0)
        _timed(
            "add_alignment (write back)",
            times,
            add_alignment,
            graph,
            result.clusters,
            result.edges,
            modularity=result.modularity,
            polarization=result.polarization,
        )
        cluster_of = {m: c.key for c in result.clusters for m in c.members}
        iri_truth = {
            f"https://w3id.org/stancegraph/id/actor/{a}": t for a, t in planted.truth.items()
        }
        names = sorted(iri_truth)
        ari = adjusted_rand_index(
            [iri_truth[n] for n in names], [cluster_of.get(n, n) for n in names]
        )
        print(
            f"  {len(result.clusters)} clusters, adjusted Rand {ari:.3f}, modularity "
            f"{result.modularity:.3f}, polarization {result.polarization:.3f}, "
            f"{len(result.edges):,} edges written back"
        )
        read_times[name] = times["read_observations"]
    if len(read_times) == 2:
        ratio = read_times["rdflib memory"] / read_times["Oxigraph"]
        print(f"reading statements: rdflib memory / Oxigraph = {ratio:.2f}x")


if __name__ == "__main__":
    main()
