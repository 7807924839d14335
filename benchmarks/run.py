"""Every benchmark in one run: ``python -m benchmarks`` (or ``make bench``).

Prints, measured in this run on this machine:

1. extraction throughput (tokens/s) against spaCy's ``nlp.pipe`` alone on the same texts;
2. extraction with 1 worker against 2 workers on >= 500 articles;
3. build + cluster time for 1k, 10k and 100k synthetic statements (store and memory);
4. the named queries' median latency at ~1M triples, Oxigraph store against rdflib's
   in-memory graph, with the ratio;
5. peak memory (max RSS) of each part, each run in its own process so one part's memory
   does not hide in another's;

then the other engineers' ``benchmarks/bench_*.py`` scripts, verbatim. Texts are the
PolNeAR train articles when ``../shared/datasets/polnear`` is present, else generated.

Each part runs as ``python -m benchmarks.run --part NAME`` and reports one JSON line; the
parent prints the tables and checks the targets. Timings on a shared machine move with
its load, so the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_TRAIN = ROOT.parent / "shared" / "datasets" / "polnear" / "data" / "train" / "text"
OTHER_BENCHES = ("bench_extract.py", "bench_align.py", "bench_query.py", "bench_render.py")

#: Arguments of the named queries that need one, matching the synthetic corpus.
QUERY_PARAMS: dict[str, str] = {
    "topic": "border",
    "actor": "Person 1",
    "cluster": "Person 2",
    "reporter": "Outlet 3",
}
#: One page of an answer (``stancegraph query --limit 100``): what a person reads first.
PAGE = 100


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


# --- corpora ------------------------------------------------------------------------------


def news_articles(count: int) -> tuple[list[Any], str]:
    """``count`` real articles (PolNeAR train) or, without it, generated news-like ones."""
    from graph.ingest import article_from_text, read_articles

    if POLNEAR_TRAIN.is_dir():
        files = sorted(POLNEAR_TRAIN.glob("*.txt"))[:count]
        articles = list(read_articles(files))
        return articles, f"{len(articles)} PolNeAR train articles"
    example = (ROOT / "examples" / "security_guarantees.txt").read_text(encoding="utf-8")
    lines = [line for line in example.splitlines() if line.strip()]
    rng = random.Random(0)
    articles = [
        article_from_text("\n".join(rng.sample(lines, 6)) + f"\nReport {i}.", f"generated/{i}")
        for i in range(count)
    ]
    return articles, f"{count} generated articles (PolNeAR absent)"


# --- parts (each runs in its own process) -------------------------------------------------


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def part_extraction(articles: int, rounds: int) -> dict[str, Any]:
    """Parse alone vs parse + extraction, same pipeline, interleaved rounds, best of each."""
    from graph.nlp import load_pipeline
    from graph.pipeline import Extractor

    texts, source = news_articles(articles)
    nlp = load_pipeline()
    list(nlp.pipe([a.text for a in texts[:5]]))  # warm caches
    pipe_runs, extract_runs = [], []
    tokens = 0
    for _ in range(rounds):
        wall, cpu = _clock()
        tokens = sum(len(doc) for doc in nlp.pipe((a.text for a in texts), batch_size=16))
        pipe_runs.append((time.perf_counter() - wall, time.process_time() - cpu))
        wall, cpu = _clock()
        with Extractor(workers=1) as extractor:
            list(extractor.extract(texts))
        extract_runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    pipe_wall, pipe_cpu = min(r[0] for r in pipe_runs), min(r[1] for r in pipe_runs)
    ext_wall, ext_cpu = min(r[0] for r in extract_runs), min(r[1] for r in extract_runs)
    return {
        "source": source,
        "tokens": tokens,
        "rounds": rounds,
        "pipe_tps_wall": tokens / pipe_wall,
        "extract_tps_wall": tokens / ext_wall,
        "ratio_wall": pipe_wall / ext_wall,
        "pipe_tps_cpu": tokens / pipe_cpu,
        "extract_tps_cpu": tokens / ext_cpu,
        "ratio_cpu": pipe_cpu / ext_cpu,
        "peak_mb": peak_rss_mb(),
        "load": load_average(),
    }


def part_workers(articles: int) -> dict[str, Any]:
    """Wall time to extract the same articles with 1 and with 2 workers.

    Both include loading the pipeline (1 worker loads it in this process; 2 workers
    spawn two processes that each load it), as a user running the command would wait.
    """
    from graph.pipeline import Extractor

    texts, source = news_articles(articles)
    times = {}
    results = {}
    for workers in (1, 2):
        started = time.perf_counter()
        with Extractor(workers=workers) as extractor:
            results[workers] = list(extractor.extract(texts))
        times[workers] = time.perf_counter() - started
    same = [e.statements for e in results[1]] == [e.statements for e in results[2]]
    return {
        "source": source,
        "articles": len(texts),
        "one": times[1],
        "two": times[2],
        "speedup": times[1] / times[2],
        "same_records": same,
        "peak_mb": peak_rss_mb(),
        "load": load_average(),
    }


def _store_build(corpus: Any, path: Path) -> dict[str, Any]:
    """Commit a synthetic corpus one article per transaction, as ``add`` does; cluster;
    write the store's private listing file (kept answers and positions), as ``add`` does
    after clustering.

    Wall and CPU seconds of each step: on a shared machine CPU time is what this
    process itself spent, which neighbours do not inflate.
    """
    from graph.build import build_graph
    from graph.pipeline import OPTIMIZE_AFTER, _align, group_by_article, group_graph
    from graph.store import (
        commit_article,
        graph_quads,
        key_quads,
        open_store,
        replace_alignment,
        store_graph,
        triple_count,
        write_listing,
    )
    from graph.store.listing import LISTING

    store = open_store(path, create=True)
    wall, cpu = _clock()
    groups, rest = group_by_article(corpus.articles, (), corpus.actors, corpus.statements)
    for group in groups:
        commit_article(store, graph_quads(group_graph(group)) + key_quads(group.actors))
    if rest:
        commit_article(store, graph_quads(build_graph([], rest, [])) + key_quads(rest))
    if len(groups) >= OPTIMIZE_AFTER:
        store.optimize()  # as add does after a large batch
    built, built_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = _clock()
    alignment, derived = _align(store_graph(store), 0)
    replace_alignment(store, derived)
    clustered, clustered_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = _clock()
    write_listing(store, path)
    return {
        "alignment": alignment,
        "build": built,
        "build_cpu": built_cpu,
        "cluster": clustered,
        "cluster_cpu": clustered_cpu,
        "listing": time.perf_counter() - wall,
        "listing_cpu": time.process_time() - cpu,
        "listing_mb": (path / LISTING).stat().st_size / 2**20,
        "triples": triple_count(store),
    }


def part_build(statements: int, memory: bool) -> dict[str, Any]:
    """Build + cluster ``statements`` synthetic statements into a store (and in memory)."""
    from benchmarks.synthetic import synthetic_corpus

    corpus = synthetic_corpus(statements)
    out: dict[str, Any] = {"statements": len(corpus.statements), "articles": len(corpus.articles)}
    # RocksDB may still be writing (a background flush) as the store is let go: the
    # scratch directory's removal must not fail the benchmark
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        done = _store_build(corpus, Path(tmp) / "store")
        gc.collect()
    out.update(
        store_build=done["build"],
        store_build_cpu=done["build_cpu"],
        store_cluster=done["cluster"],
        store_cluster_cpu=done["cluster_cpu"],
        store_triples=done["triples"],
        clusters=len(done["alignment"].clusters),
        store_peak_mb=peak_rss_mb(),
    )
    if memory:
        from graph.build import build_graph
        from graph.pipeline import _align

        wall, cpu = _clock()
        graph = build_graph(corpus.articles, corpus.actors, corpus.statements)
        out["memory_build"] = time.perf_counter() - wall
        out["memory_build_cpu"] = time.process_time() - cpu
        wall, cpu = _clock()
        _, derived = _align(graph, 0)
        graph += derived
        out["memory_cluster"] = time.perf_counter() - wall
        out["memory_cluster_cpu"] = time.process_time() - cpu
        out["memory_triples"] = len(graph)
    out["peak_mb"] = peak_rss_mb()
    out["load"] = load_average()
    return out


def _named_queries() -> list[Any]:
    from graph.query import list_named_queries

    return list_named_queries()


def _params(query: Any) -> dict[str, str]:
    return {p.name: QUERY_PARAMS[p.name] for p in query.parameters if p.name in QUERY_PARAMS}


def _plain_page(graph: Any, query: Any) -> Any:
    """The first page of the plain ``.rq`` file, as any SPARQL engine runs it: the text
    with its parameters written in and LIMIT set, nothing else."""
    from graph.query import bind_parameters, inline_parameters, page, run_sparql

    bindings = bind_parameters(query, _params(query))
    text = inline_parameters(query.sparql, bindings, (p.name for p in query.parameters))
    return run_sparql(graph, page(text, PAGE))


def _time_query(
    graph: Any, query: Any, runs: int, budget: float = 20.0, *, plain: bool = False
) -> tuple[float, int]:
    """Median of ``runs`` runs, or of those that fit in ``budget`` seconds (at least one):
    through the store's path (:func:`graph.query.run_named`), or with ``plain`` the
    plain ``.rq`` on the engine."""
    from graph.query import run_named

    times, cpu_times, rows = [], [], 0
    for _ in range(runs):
        wall, cpu = _clock()
        if plain:
            result = _plain_page(graph, query)
        else:
            result = run_named(graph, query, _params(query), limit=PAGE)
        times.append(time.perf_counter() - wall)
        cpu_times.append(time.process_time() - cpu)
        rows = len(result)
        if sum(times) > budget:
            break
    _time_query.last_cpu = statistics.median(cpu_times)  # type: ignore[attr-defined]
    return statistics.median(times), rows


def part_store(triples: int, path: str, dump: str) -> dict[str, Any]:
    """Build a ~``triples`` store from synthetic records (as ``add`` does); dump it."""
    import pyoxigraph as ox

    from benchmarks.synthetic import synthetic_corpus
    from graph.namespaces import DERIVED_GRAPH
    from graph.store import open_store

    statements = max(100, int(triples / 12.7))  # asserted triples per statement
    corpus = synthetic_corpus(statements)
    done = _store_build(corpus, Path(path))
    # The asserted and the derived graph, as one build makes them (the store's private
    # bookkeeping left out), for rdflib to parse as one graph.
    store = open_store(Path(path))
    with open(dump, "wb") as out:
        for graph in (ox.DefaultGraph(), ox.NamedNode(DERIVED_GRAPH)):
            store.dump(out, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
    del store
    return {
        "statements": statements,
        "triples": done["triples"],
        "build": done["build"],
        "build_cpu": done["build_cpu"],
        "cluster": done["cluster"],
        "cluster_cpu": done["cluster_cpu"],
        "listing": done["listing"],
        "listing_cpu": done["listing_cpu"],
        "listing_mb": done["listing_mb"],
        "clusters": len(done["alignment"].clusters),
        "peak_mb": peak_rss_mb(),
        "load": load_average(),
    }


def part_oxquery(
    path: str, query_name: str, runs: int, memory: bool = False, plain: bool = False
) -> dict[str, Any]:
    """Median latency of one named query on the store: on disk as ``query`` opens it, or
    copied into RAM as ``serve --memory`` does (the copy's load time is reported apart);
    with ``plain``, of the plain ``.rq`` file on Oxigraph instead of the store's path.
    """
    from graph.query import load_for_query

    query = next(q for q in _named_queries() if q.name == query_name)
    started = time.perf_counter()
    graph = load_for_query(path, memory=memory)
    loaded = time.perf_counter() - started
    median, rows = _time_query(graph, query, runs, plain=plain)
    return {
        "median": median,
        "cpu": _time_query.last_cpu,  # type: ignore[attr-defined]
        "rows": rows,
        "loaded": loaded,
        "peak_mb": peak_rss_mb(),
    }


class _Timeout(BaseException):  # not an Exception: run_sparql wraps those
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def part_rdflib(dump: str, limit: int) -> dict[str, Any]:
    """The same triples parsed into rdflib's in-memory graph; each named query once.

    rdflib's engine is pure Python, so an alarm can stop a query that runs past
    ``limit`` seconds; it is then reported as "more than ``limit``".
    """
    from rdflib import Graph

    from graph.namespaces import bind_prefixes

    graph = Graph()
    bind_prefixes(graph)
    started = time.perf_counter()
    graph.parse(dump, format="nt")
    loaded = time.perf_counter() - started
    signal.signal(signal.SIGALRM, _alarm)
    timings: dict[str, Any] = {}
    for query in _named_queries():
        signal.alarm(limit)
        try:
            median, rows = _time_query(graph, query, 1)
            timings[query.name] = {"median": median, "rows": rows}
        except _Timeout:
            timings[query.name] = {"median": None, "rows": None}
        finally:
            signal.alarm(0)
    return {
        "triples": len(graph),
        "parse": loaded,
        "queries": timings,
        "limit": limit,
        "peak_mb": peak_rss_mb(),
        "load": load_average(),
    }


PARTS: dict[str, Callable[..., dict[str, Any]]] = {
    "extraction": part_extraction,
    "workers": part_workers,
    "build": part_build,
    "store": part_store,
    "oxquery": part_oxquery,
    "rdflib": part_rdflib,
}


# --- the parent: run parts in child processes, print ----------------------------------------


def run_part(
    name: str, timeout: float | None = None, label: str | None = None, **kwargs: Any
) -> dict[str, Any] | None:
    """Run one part in a fresh interpreter; its last stdout line is its JSON result."""
    command = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--part",
        name,
        "--kwargs",
        json.dumps(kwargs),
    ]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        print(f"  {label or name}: stopped after {timeout:.0f} s")
        return None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        print(f"  {label or name}: failed (exit {done.returncode}): {tail}")
        return None
    return json.loads(lines[-1])


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:,.1f}"


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def print_extraction(r: dict[str, Any], checks: list[tuple[str, bool]]) -> None:
    print(
        f"\n## Extraction throughput ({r['source']}, {r['tokens']:,} tokens, best of {r['rounds']})"
    )
    print(f"{'':26}{'wall tokens/s':>15}{'CPU tokens/s':>15}")
    print(f"{'spaCy nlp.pipe alone':26}{r['pipe_tps_wall']:>15,.0f}{r['pipe_tps_cpu']:>15,.0f}")
    print(
        f"{'stancegraph extraction':26}{r['extract_tps_wall']:>15,.0f}{r['extract_tps_cpu']:>15,.0f}"
    )
    print(f"{'ratio (target >= 0.8)':26}{r['ratio_wall']:>15.2f}{r['ratio_cpu']:>15.2f}")
    print(f"peak memory {r['peak_mb']:,.0f} MiB; {r['load']}")
    checks.append(("extraction >= 0.8x nlp.pipe (CPU time)", r["ratio_cpu"] >= 0.8))


def print_workers(r: dict[str, Any], checks: list[tuple[str, bool]]) -> None:
    print(f"\n## Workers ({r['source']}, pipeline load included)")
    print(f"1 worker  {r['one']:8.1f} s")
    print(f"2 workers {r['two']:8.1f} s   speed-up {r['speedup']:.2f}x (target >= 1.5x)")
    print(f"same records from 1 and 2 workers: {r['same_records']}")
    print(f"peak memory {r['peak_mb']:,.0f} MiB (parent); {r['load']}")
    checks.append(("2 workers >= 1.5x faster than 1 on >= 500 articles", r["speedup"] >= 1.5))
    checks.append(("same records whatever the number of workers", r["same_records"]))


def print_build(rows: Sequence[dict[str, Any]]) -> None:
    print("\n## Build + cluster (synthetic statements; store = one transaction per article)")
    print("seconds as wall / CPU of the benchmark process")
    print(
        f"{'statements':>10}{'triples':>11}{'store build':>15}{'cluster':>15}"
        f"{'memory build':>15}{'cluster':>15}{'clusters':>9}{'peak MiB':>9}"
    )

    def pair(r: dict[str, Any], key: str) -> str:
        return f"{r[key]:.1f} / {r[key + '_cpu']:.1f}" if key in r else "-"

    for r in rows:
        print(
            f"{r['statements']:>10,}{r['store_triples']:>11,}{pair(r, 'store_build'):>15}"
            f"{pair(r, 'store_cluster'):>15}{pair(r, 'memory_build'):>15}"
            f"{pair(r, 'memory_cluster'):>15}{r['clusters']:>9}{r['peak_mb']:>9,.0f}"
        )
    if rows:
        print(rows[-1]["load"])


def print_queries(
    oxi: dict[str, Any], mem: dict[str, Any] | None, checks: list[tuple[str, bool]]
) -> None:
    print(
        f"\n## Named queries at {oxi['triples']:,} triples ({oxi['statements']:,} statements; "
        f"median of runs, the first page of {PAGE} rows as `query --limit {PAGE}` asks)"
    )
    print(
        f"store built in {oxi['build']:.1f} s ({oxi['build_cpu']:.1f} s CPU), clustered in "
        f"{oxi['cluster']:.1f} s ({oxi['cluster_cpu']:.1f} s CPU) "
        f"({oxi['clusters']} clusters), listing written in {oxi['listing']:.1f} s "
        f"({oxi['listing_cpu']:.1f} s CPU, {oxi['listing_mb']:,.1f} MiB); peak memory of "
        f"build, and of any query process, {oxi['peak_mb']:,.0f} MiB"
    )
    if mem:
        print(
            f"rdflib in-memory: parsed in {mem['parse']:.1f} s, peak memory {mem['peak_mb']:,.0f} MiB"
        )
    loads = [t["loaded"] for t in oxi.get("in_memory", {}).values() if t.get("loaded")]
    if loads:
        print(
            f"in memory: the store copied into RAM (`serve --memory`) in "
            f"{statistics.median(loads):.1f} s (median over query processes)"
        )
    print(
        f"{'query':22}{'rows':>6}{'on disk ms':>12}{'(CPU ms)':>10}{'plain .rq ms':>14}"
        f"{'in RAM ms':>11}{'rdflib ms':>12}{'ratio':>10}"
    )
    worst = {"disk": 0.0, "memory": 0.0}
    for name, t in oxi["queries"].items():
        ram = oxi.get("in_memory", {}).get(name) or {"median": None}
        if ram["median"] is None:
            worst["memory"] = float("inf")
        else:
            worst["memory"] = max(worst["memory"], ram["median"])
        if t["median"] is None:
            worst["disk"] = float("inf")
            print(f"{name:22}{'-':>6}{'(timed out)':>12}{'':>10}{_ms(ram['median']):>11}")
            continue
        worst["disk"] = max(worst["disk"], t["median"])
        other = (mem or {}).get("queries", {}).get(name)
        if other is None:
            theirs, ratio = "-", "-"
        elif other["median"] is None:
            theirs = f"> {mem['limit'] * 1000:,}"  # type: ignore[index]
            ratio = f"> {mem['limit'] / t['median']:,.0f}x"  # type: ignore[index]
        else:
            theirs = _ms(other["median"])
            ratio = f"{other['median'] / t['median']:,.0f}x"
        cpu = _ms(t.get("cpu"))
        bare = oxi.get("plain", {}).get(name)
        plain = "-" if bare is None else _ms(bare["median"]) if bare["median"] else "(stopped)"
        print(
            f"{name:22}{t['rows']:>6,}{_ms(t['median']):>12}{cpu:>10}{plain:>14}"
            f"{_ms(ram['median']):>11}{theirs:>12}{ratio:>10}"
        )
    print(
        "on disk: through the store's path (run_named); plain .rq: the query file with LIMIT "
        f"{PAGE} on Oxigraph, on disk, one process per query, stopped after "
        f"{oxi.get('plain_limit', 0):,.0f} s. ratio: rdflib's in-memory graph against the store "
        "on disk"
    )
    print(oxi["load"])
    size = f"{oxi['triples']:,} triples"
    checks.append(
        (f"every named query < 100 ms median at {size} (store on disk)", worst["disk"] < 0.1)
    )
    if oxi.get("in_memory"):
        checks.append(
            (f"every named query < 100 ms median at {size} (store in RAM)", worst["memory"] < 0.1)
        )
    checks.append((f"{size} build + query within 4 GB peak", oxi["peak_mb"] < 4096))


def run_queries(args: argparse.Namespace, checks: list[tuple[str, bool]]) -> None:
    """Build the big store once, then each named query in its own process (with a limit).

    With ``--keep DIR`` the store, its dump and the build's timings are kept in DIR, and a
    later run with the same DIR and size times the queries on them without building again.
    """
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        where = Path(args.keep or tmp)
        where.mkdir(parents=True, exist_ok=True)
        dump, path = str(where / "graph.nt"), str(where / "store")
        built = where / f"build-{args.triples}.json"
        if built.is_file():
            oxi = json.loads(built.read_text())
            print(f"(store, dump and build timings reused from {where})")
        else:
            oxi = run_part("store", triples=args.triples, path=path, dump=dump)
            if oxi and args.keep:
                built.write_text(json.dumps(oxi))
        if not oxi:
            return
        oxi["plain_limit"] = args.plain_limit
        kinds = [("queries", False, False), ("plain", False, True)]
        if args.in_ram:
            kinds.append(("in_memory", True, False))
        for key, memory, plain in kinds:
            oxi[key] = {}
            for query in _named_queries():
                r = run_part(
                    "oxquery",
                    timeout=args.plain_limit if plain else args.rdflib_limit + 120,
                    label=f"query {query.name}"
                    + (" (in RAM)" if memory else " (plain .rq)" if plain else ""),
                    path=path,
                    query_name=query.name,
                    runs=args.runs,
                    memory=memory,
                    plain=plain,
                )
                oxi[key][query.name] = r or {"median": None, "rows": None, "peak_mb": 0}
                if r:
                    oxi["peak_mb"] = max(oxi["peak_mb"], r["peak_mb"])
        mem = run_part("rdflib", dump=dump, limit=args.rdflib_limit) if args.rdflib_limit else None
    print_queries(oxi, mem, checks)


def run_others(timeout: float) -> None:
    for name in OTHER_BENCHES:
        path = ROOT / "benchmarks" / name
        if not path.exists():
            continue
        print(f"\n## {name} (run as: python benchmarks/{name})", flush=True)
        try:
            done = subprocess.run(
                [sys.executable, str(path)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            print(done.stdout.rstrip() or "(no output)")
            if done.returncode != 0:
                print(f"exit {done.returncode}: " + " | ".join(done.stderr.splitlines()[-3:]))
        except subprocess.TimeoutExpired:
            print(f"stopped after {timeout:.0f} s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--part", help=argparse.SUPPRESS)
    parser.add_argument("--kwargs", default="{}", help=argparse.SUPPRESS)
    parser.add_argument(
        "--only",
        default="extraction,build,queries,others,workers",
        help="comma-separated parts to run (default: all; workers last, when the "
        "machine is likeliest to be quiet)",
    )
    parser.add_argument("--articles", type=int, default=100, help="articles for extraction")
    parser.add_argument("--worker-articles", type=int, default=500)
    parser.add_argument("--sizes", default="1000,10000,100000", help="statements to build")
    parser.add_argument("--memory-up-to", type=int, default=10_000, help="also build in memory")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--keep", help="keep (or reuse) the query part's store in this directory")
    parser.add_argument(
        "--rdflib-limit", type=int, default=30, help="seconds per rdflib query (0: skip rdflib)"
    )
    parser.add_argument(
        "--plain-limit", type=float, default=300, help="seconds for the plain .rq of one query"
    )
    parser.add_argument(
        "--in-ram", action="store_true", help="also time each query on the store copied into RAM"
    )
    parser.add_argument("--others-timeout", type=float, default=600)
    args = parser.parse_args(argv)

    if args.part:
        result = PARTS[args.part](**json.loads(args.kwargs))
        print(json.dumps(result), flush=True)
        return 0

    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    checks: list[tuple[str, bool]] = []
    print(f"# stancegraph benchmarks — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"python -m benchmarks --only {','.join(parts)}; {load_average()}", flush=True)
    if "extraction" in parts:
        r = run_part("extraction", articles=args.articles, rounds=2)
        if r:
            print_extraction(r, checks)
    if "build" in parts:
        rows = []
        for size in (int(s) for s in args.sizes.split(",")):
            r = run_part("build", statements=size, memory=size <= args.memory_up_to)
            if r:
                rows.append(r)
        print_build(rows)
    if "queries" in parts:
        run_queries(args, checks)
    if "others" in parts:
        run_others(args.others_timeout)
    if "workers" in parts:
        r = run_part("workers", articles=args.worker_articles)
        if r:
            print_workers(r, checks)
    if checks:
        print("\n## Targets")
        for label, ok in checks:
            print(f"{_verdict(ok)}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
