"""Named queries at corpus scale: rdflib's engine against Oxigraph, and the HTTP endpoint.

Builds a synthetic stancegraph with the project's own records and ``build_graph``
(Zipf-distributed speakers, a few hundred topics, dated articles), then times, in one
run on this machine:

- every named query on the in-memory rdflib graph and on the same triples in Oxigraph
  (through oxrdflib, as ``graph.io.load_graph`` opens a store), with the ratio;
- the endpoint: loading the graph into a worker, and the round trip of a query over HTTP.

Rows are checked equal between the engines (GROUP_CONCAT order aside) before any time is
reported, so a fast wrong answer cannot pass.

Usage::

    .venv/bin/python benchmarks/bench_query.py                    # 2,000 statements
    .venv/bin/python benchmarks/bench_query.py --statements 500
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.build import add_alignment, build_graph  # noqa: E402
from graph.io import save_graph  # noqa: E402
from graph.iris import content_hash  # noqa: E402
from graph.query import run_named  # noqa: E402
from graph.records import Actor, Article, Cluster, Statement, Topic  # noqa: E402

PARAMS = {
    "statements-by-actor": {"actor": "Actor 1"},
    "actors-on-topic": {"topic": "topic 3"},
    "stances-over-time": {"actor": "Actor 2"},
}
ORDER_FREE = {"clusters", "cluster-splits"}  # GROUP_CONCAT order differs between engines


def synthetic(statements: int, seed: int = 0):  # type: ignore[no-untyped-def]
    """A corpus with Zipf-like speakers: a few actors say most, as in real news."""
    rng = random.Random(seed)
    n_actors = max(20, statements // 20)
    n_articles = max(5, statements // 10)
    actors = [
        Actor(f"actor {i}", f"Actor {i}", "Person", role="Minister", affiliation="country 0")
        for i in range(n_actors)
    ] + [Actor("country 0", "Country 0", "Country"), Actor("outlet", "Outlet", "Outlet")]
    articles = []
    for i in range(n_articles):
        text = f"Article {i}. " + "Someone said something. " * 20
        day = 1 + i % 28
        articles.append(
            Article(content_hash(text), text, f"a{i}.txt", f"Article {i}", f"2025-02-{day:02d}")
        )
    topics = [Topic(f"topic {i}", f"topic {i}") for i in range(max(10, statements // 50))]
    weights = [1 / (rank + 1) for rank in range(n_actors)]
    records = []
    for i in range(statements):
        article = rng.choice(articles)
        speaker = rng.choices(actors[:n_actors], weights)[0]
        start = 12 + 24 * rng.randrange(20)
        sentence = article.text[start : start + 23]
        records.append(
            Statement(
                article.id,
                speaker.key,
                rng.choice(["said", "criticized", "welcomed", "rejected"]),
                sentence,
                sentence,
                start,
                start + 23,
                rng.choice(["support", "oppose", "neutral"]),
                rng.choice(topics),
                "outlet" if i % 7 == 0 else None,
            )
        )
    graph = build_graph(articles, actors, records)
    camps = [
        Cluster(f"c{k}", f"Camp {k}", tuple(a.key for a in actors[k:n_actors:3])) for k in range(3)
    ]
    add_alignment(graph, camps)
    return graph


def _canonical(rows, name):  # type: ignore[no-untyped-def]
    """Rows with GROUP_CONCAT lists sorted, for the queries whose lists have no set order."""
    if name not in ORDER_FREE:
        return [tuple(map(str, row)) for row in rows]
    return [tuple(", ".join(sorted(str(c).split(", "))) for c in row) for row in rows]


def timed(func):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = func()
    return value, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=2_000)
    args = parser.parse_args()

    import pyoxigraph as ox

    from graph.query import list_named_queries
    from graph.store import graph_quads, store_graph

    graph, seconds = timed(lambda: synthetic(args.statements))
    print(
        f"synthetic graph: {args.statements:,} statements, {len(graph):,} triples ({seconds:.1f} s)"
    )
    store = ox.Store()
    store.extend(graph_quads(graph))
    oxi = store_graph(store)

    print(f"{'query':22} {'rows':>7} {'rdflib s':>9} {'oxigraph s':>11} {'ratio':>7}")
    for query in list_named_queries():
        params = PARAMS.get(query.name, {})
        ours, t_rdflib = timed(lambda q=query, p=params: run_named(graph, q, p))
        theirs, t_oxi = timed(lambda q=query, p=params: run_named(oxi, q, p))
        same = _canonical(ours.rows, query.name) == _canonical(theirs.rows, query.name)
        if not same:
            raise SystemExit(f"{query.name}: the engines disagree; no timing reported")
        ratio = t_rdflib / t_oxi if t_oxi else float("inf")
        print(
            f"{query.name:22} {len(ours.rows):>7,} {t_rdflib:>9.3f} {t_oxi:>11.3f} {ratio:>6.1f}x"
        )

    from SPARQLWrapper import JSON, SPARQLWrapper

    from graph.serve import ServeConfig, running_server

    with tempfile.TemporaryDirectory() as tmp:
        path = save_graph(graph, Path(tmp) / "graph.ttl")
        started = time.perf_counter()
        with running_server(ServeConfig(path, port=0, timeout=60)) as server:
            seconds = time.perf_counter() - started
            print(f"endpoint ready (worker loaded {len(graph):,} triples) in {seconds:.2f} s")
            sparql = SPARQLWrapper(server.endpoint)
            sparql.setReturnFormat(JSON)
            sparql.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Statement }")
            runs = sorted(timed(lambda: sparql.query().convert())[1] for _ in range(21))
            print(
                f"HTTP round trip, COUNT of statements: median {runs[10] * 1000:.1f} ms (21 runs)"
            )
        with running_server(ServeConfig(path, port=0, max_results=1000)) as capped:
            encoded = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
            started = time.perf_counter()
            with urllib.request.urlopen(f"{capped.endpoint}?{encoded}") as response:
                header = response.headers.get("X-Stancegraph-Truncated")
                body = response.read()
            seconds = time.perf_counter() - started
            print(
                f"SELECT * over {len(graph):,} triples with max_results=1000: "
                f"{len(body):,} bytes in {seconds * 1000:.0f} ms, X-Stancegraph-Truncated: {header}"
            )


if __name__ == "__main__":
    main()
