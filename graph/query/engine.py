"""Running SPARQL: on rdflib's engine for a graph in memory, on Oxigraph for a store or a
graph file, with one engine-neutral answer (:class:`~graph.query.results.QueryResult`).

Every engine sees the same dataset: the asserted graph as the default graph, and what
alignment computed in the named graph :data:`~graph.namespaces.DERIVED_GRAPH`. A graph
kept in one piece (an in-memory build, a Turtle file) is split into the two by its terms
(:func:`graph.build.split_derived`) before it is queried.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib import Literal as RDFLiteral
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import GraphFileError, QueryError
from ..namespaces import DERIVED_GRAPH
from .fast import answer_page, fast_page
from .named import NamedQuery, bind_parameters, get_named_query
from .results import QueryResult
from .sparql import (
    check_page,
    declared_prefixes,
    inject_values,
    inline_parameters,
    is_update,
    one_line,
    page,
    query_form,
)

__all__ = [
    "load_for_query",
    "open_oxigraph",
    "oxigraph_view",
    "rdflib_dataset",
    "run_named",
    "run_sparql",
]


def run_sparql(
    graph: Graph,
    sparql: str,
    bindings: Mapping[str, Node] | None = None,
    *,
    max_results: int | None = None,
) -> QueryResult:
    """Run a SPARQL query (no updates) on ``graph`` and return an engine-neutral result.

    The query's default graph is the asserted graph; the derived graph is the named graph
    :data:`~graph.namespaces.DERIVED_GRAPH` (``GRAPH sgg:derived { ... }``), whether
    ``graph`` is a store or a graph in memory (which is split so, see
    :func:`rdflib_dataset`). ``bindings`` are joined as a VALUES block
    (:func:`~graph.query.sparql.inject_values`). Malformed SPARQL raises
    :class:`QueryError` with the parser's message on one line. The graph's bound
    prefixes (``sg:``, ``sgd:``, ``dcterms:`` ...) are predeclared.
    """
    from rdflib.plugins.sparql import prepareQuery

    if not sparql.strip():
        raise QueryError("empty query")
    sparql = inject_values(sparql, bindings or {})
    if _is_rdflib_memory(graph):
        graph = rdflib_dataset(graph)
    try:
        if _is_rdflib_memory(graph):
            # Parse separately so a syntax error is reported as such, not as an engine error.
            prepared: Any = prepareQuery(sparql, initNs=dict(graph.namespaces()))
        else:
            prepared = sparql
    except Exception as exc:  # pyparsing and rdflib raise assorted types for bad syntax
        if is_update(sparql):
            raise QueryError("SPARQL Update is not allowed here: queries only") from None
        raise QueryError(f"malformed SPARQL: {one_line(exc)}") from None
    try:
        result = graph.query(prepared)
    except QueryError:
        raise
    except SyntaxError as exc:  # Oxigraph's parser, through oxrdflib
        if is_update(sparql):
            raise QueryError("SPARQL Update is not allowed here: queries only") from None
        raise QueryError(f"malformed SPARQL: {one_line(exc)}") from None
    except Exception as exc:  # engine errors on a query that parsed (or Oxigraph's parser)
        raise QueryError(f"SPARQL failed: {one_line(exc)}") from None
    namespaces = tuple((p, str(n)) for p, n in graph.namespaces()) + declared_prefixes(sparql)
    return _from_rdflib(result, max_results, namespaces)


def _is_rdflib_memory(graph: Graph) -> bool:
    """Whether ``graph.query`` runs rdflib's own engine (and so wants a prepared query)."""
    return type(graph.store).__module__.startswith("rdflib.")


def _plain(term: Node | None) -> Node | None:
    """Oxigraph spells plain strings ``"x"^^xsd:string``; rdflib writes ``"x"``. Same term
    in RDF 1.1, so normalise to rdflib's form and both engines give equal rows.
    """
    if isinstance(term, RDFLiteral) and term.datatype == XSD.string:
        return RDFLiteral(str(term))
    return term


def _from_rdflib(
    result: Any, max_results: int | None, namespaces: tuple[tuple[str, str], ...]
) -> QueryResult:
    """rdflib's ``Result`` (from either engine) -> :class:`QueryResult`, cut at the cap."""
    if result.type == "ASK":
        return QueryResult("ASK", boolean=bool(result.askAnswer), namespaces=namespaces)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        for prefix, ns in namespaces:
            out.bind(prefix, ns, override=True)
        truncated = False
        for n, triple in enumerate(result):
            if max_results is not None and n >= max_results:
                truncated = True
                break
            out.add(tuple(_plain(t) for t in triple))  # type: ignore[arg-type]
        return QueryResult("CONSTRUCT", graph=out, truncated=truncated, namespaces=namespaces)
    variables = tuple(str(v) for v in result.vars)
    rows: list[tuple[Node | None, ...]] = []
    truncated = False
    for row in result:
        if max_results is not None and len(rows) >= max_results:
            truncated = True
            break
        rows.append(tuple(_plain(t) for t in row))
    return QueryResult(
        "SELECT", variables=variables, rows=tuple(rows), truncated=truncated, namespaces=namespaces
    )


def open_oxigraph(source: str | Path, *, memory: bool = False) -> Any:
    """A graph file or store directory as a ``pyoxigraph.Store`` (files are parsed in memory).

    Oxigraph parses ~25x faster than rdflib and answers the named queries 4x to over
    1000x faster (``benchmarks/bench_query.py``), so the CLI, the endpoint and the
    notebook API all query through it. A store directory opens read-only, on disk; with
    ``memory`` its graph is copied into RAM instead (:func:`graph.store.memory_store`).
    """
    import pyoxigraph as ox

    from ..io import format_for
    from ..store import is_store, memory_store

    source = Path(source)
    if source.is_dir():
        if not is_store(source):
            raise GraphFileError(f"{source}: is a directory, not a graph file or a store")
        try:
            store = ox.Store.read_only(str(source))
        except OSError as exc:
            raise GraphFileError(f"{source}: cannot open the store: {one_line(exc)}") from None
        return memory_store(store) if memory else store
    if not source.exists():
        raise GraphFileError(f"{source}: no such file or directory")
    if source.stat().st_size == 0:
        raise GraphFileError(f"{source}: the file is empty")
    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "json-ld": ox.RdfFormat.JSON_LD,
        "xml": ox.RdfFormat.RDF_XML,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
    }
    store = ox.Store()
    try:
        store.bulk_load(path=str(source), format=formats[format_for(source)])
    except (SyntaxError, OSError, ValueError, KeyError):
        # Oxigraph is strict (e.g. remote JSON-LD contexts); rdflib may still read the
        # file, and when it cannot, its loader says why on one line.
        from ..io import load_graph

        store = ox.Store()
        store.bulk_extend(_quads(load_graph(source)))
    _separate_derived(store)
    return store


def _quads(graph: Graph) -> Any:
    """The quads of ``graph``: its asserted triples in the default graph, its derived ones
    in the derived graph."""
    from ..build import split_derived
    from ..store import graph_quads

    if isinstance(graph, ConjunctiveGraph):
        return _dataset_quads(graph)
    asserted, derived = split_derived(graph)
    return graph_quads(asserted) + graph_quads(derived, DERIVED_GRAPH)


def _dataset_quads(dataset: ConjunctiveGraph) -> Any:
    from ..store import graph_quads

    out = []
    for context in dataset.contexts():
        name = context.identifier
        out += graph_quads(context, None if name == _default_name(dataset) else name)
    return out


def _default_name(dataset: ConjunctiveGraph) -> Any:
    if isinstance(dataset, Dataset):
        return dataset.default_graph.identifier
    return dataset.default_context.identifier


def _separate_derived(store: Any) -> None:
    """Move derived triples a graph file kept in its default graph (a Turtle file holds one
    graph) into the derived graph, unless the file had a derived graph of its own."""
    import pyoxigraph as ox

    from ..build import DERIVED_CLASSES, DERIVED_PROPERTIES

    derived = ox.NamedNode(str(DERIVED_GRAPH))
    if next(iter(store.quads_for_pattern(None, None, None, derived)), None) is not None:
        return
    kinds = " ".join(f"<{k}>" for k in DERIVED_CLASSES)
    props = " ".join(f"<{p}>" for p in DERIVED_PROPERTIES)
    pattern = f"""{{ VALUES ?kind {{ {kinds} }} ?s a ?kind ; ?p ?o }}
        UNION {{ VALUES ?p {{ {props} }} ?s ?p ?o }}"""
    store.update(
        f"DELETE {{ ?s ?p ?o }} INSERT {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }} "
        f"WHERE {{ {pattern} }}"
    )


def rdflib_dataset(graph: Graph) -> Graph:
    """An in-memory graph as a dataset rdflib's engine queries: its asserted triples in
    the default graph, its derived ones in :data:`~graph.namespaces.DERIVED_GRAPH` (a
    copy; a dataset is returned as it is)."""
    from ..build import split_derived

    if isinstance(graph, ConjunctiveGraph):
        return graph
    asserted, derived = split_derived(graph)
    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace, override=True)
    dataset.default_graph.__iadd__(asserted)
    dataset.graph(DERIVED_GRAPH).__iadd__(derived)
    return dataset


def oxigraph_view(graph: Graph) -> Graph:
    """The same data as an rdflib graph whose SPARQL runs in Oxigraph (a copy): asserted
    triples in the default graph, derived ones in the derived graph.

    A graph that already runs on Oxigraph (a store) is returned as it is.
    """
    if not _is_rdflib_memory(graph):
        return graph
    import pyoxigraph as ox

    from ..store import store_graph

    store = ox.Store()
    store.bulk_extend(_quads(graph))
    view = store_graph(store)
    for prefix, namespace in graph.namespaces():
        if prefix not in dict(view.namespaces()):
            view.bind(prefix, namespace)
    return view


def load_for_query(source: str | Path, *, memory: bool = False) -> Graph:
    """Open a graph file or store for querying, on Oxigraph (a store in RAM with ``memory``)."""
    from ..io import load_graph
    from ..store import store_graph

    source = Path(source)
    if source.is_dir() and not memory:
        return load_graph(source)  # the store's own opener: a read-only view, no lock
    return store_graph(open_oxigraph(source, memory=memory))  # a copy: no listing index


_HAS_STATEMENTS = "ASK { ?s <https://w3id.org/stancegraph#speaker> ?o }"
_HAS_DERIVED = f"ASK {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }}"


def _check_derived(graph: Graph, query: NamedQuery) -> None:
    """Refuse, rather than answer with nothing, a query that reads the derived graph of a
    graph that has statements but no derived graph.

    A graph made by this stancegraph has one; one made by another tool, written by hand
    or exported without ``--derived`` does not, and the query would find no rows.
    """
    if "sgg:derived" not in query.sparql and str(DERIVED_GRAPH) not in query.sparql:
        return
    if run_sparql(graph, _HAS_STATEMENTS).boolean and not run_sparql(graph, _HAS_DERIVED).boolean:
        raise QueryError(
            f"{query.name}: this graph has statements but no derived graph (clusters, "
            "positions, counts), which this query reads; build it with stancegraph build, "
            "export it with --derived, or migrate a store an older stancegraph made with "
            "stancegraph migrate STORE"
        )


def run_named(
    graph: Graph,
    name: str | NamedQuery,
    params: Mapping[str, Any] | None = None,
    *,
    max_results: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> QueryResult:
    """Run a named query (or a parsed ``.rq`` file) with its parameters written in as RDF
    terms (:func:`~graph.query.sparql.inline_parameters`).

    ``limit`` and ``offset`` ask for one page of the answer (see
    :func:`~graph.query.sparql.page`); the result says ``truncated`` when rows remain
    past the page. A page of the statements listing or of conflicts on a store is found
    through the store's private listing index when it is current (:mod:`graph.query.fast`);
    so is a page of any other shipped query whose answer the store keeps.
    """
    query = get_named_query(name) if isinstance(name, str) else name
    bindings = bind_parameters(query, params or {})
    if _is_rdflib_memory(graph):
        graph = rdflib_dataset(graph)
    _check_derived(graph, query)
    sparql = inline_parameters(query.sparql, bindings, (p.name for p in query.parameters))
    if limit is None and not offset:
        return run_sparql(graph, sparql, max_results=max_results)
    check_page(limit, offset)
    if query_form(sparql) != "SELECT":
        raise QueryError("--limit and --offset page SELECT queries only")
    # One row more than asked tells whether the answer goes on past this page.
    kept = None if limit is None else answer_page(graph, query, limit + 1, offset, bindings)
    if kept is not None and limit is not None:
        return _kept_result(graph, sparql, kept, limit, max_results)
    fast = None if limit is None else fast_page(graph, query, limit + 1, offset, bindings, sparql)
    if fast is not None and limit is not None:
        text, skip = fast
        result = run_sparql(graph, text, max_results=max_results)
        result = replace(result, rows=result.rows[skip : skip + limit + 1])
    else:
        sparql = page(sparql, None if limit is None else limit + 1, offset)
        result = run_sparql(graph, sparql, max_results=max_results)
    if limit is None or len(result.rows) <= limit:
        return result
    return replace(result, rows=result.rows[:limit], truncated=True)


def _kept_result(
    graph: Graph,
    sparql: str,
    kept: tuple[tuple[str, ...], list[tuple[Node | None, ...]]],
    limit: int,
    max_results: int | None,
) -> QueryResult:
    """A page read from the store's kept answer, as :func:`run_sparql` would give it."""
    variables, rows = kept
    namespaces = tuple((p, str(n)) for p, n in graph.namespaces()) + declared_prefixes(sparql)
    cap = limit if max_results is None else min(limit, max_results)
    return QueryResult(
        "SELECT",
        variables=variables,
        rows=tuple(rows[:cap]),
        truncated=len(rows) > cap,
        namespaces=namespaces,
    )
