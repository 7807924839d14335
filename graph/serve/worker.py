"""The query worker process: it holds the graph in Oxigraph and answers one query at a time.

The HTTP process never evaluates SPARQL; it hands each request to a worker
(:mod:`.pool`), which can be killed when a query overruns the time limit. Workers only
ever call ``Store.query``, which cannot modify the graph.
"""

from __future__ import annotations

from collections.abc import Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import StancegraphError
from ..query import declared_prefixes, open_oxigraph
from ..store import is_store
from .protocol import TRUNCATED_HEADER, Answer


def _ox_to_rdflib(term: Any) -> Any:
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))  # an RDF-star triple term, shown as text


def answer_query(store: Any, request: Mapping[str, Any], *, union: bool = True) -> Answer:
    """Run one query on an Oxigraph store and serialise the answer (runs in a worker).

    ``union`` makes a file's named graphs (TriG, N-Quads) part of the default graph. A
    store (without ``union``) shows its asserted graph as the default graph and its
    derived graph as the one named graph ``GRAPH`` can reach: the store's private
    named graphs (its own bookkeeping, not the user's graph) stay out.
    """
    import pyoxigraph as ox

    from ..query import GRAPH_FORMATS, TABLE_FORMATS, QueryResult, serialize_result

    cap: int = request["max_results"]
    prefixes = request["prefixes"]
    try:
        raw = store.query(request["query"], prefixes=prefixes, **_dataset(union))
        if isinstance(raw, ox.QueryBoolean):
            result = QueryResult("ASK", boolean=bool(raw))
        elif isinstance(raw, ox.QuerySolutions):
            variables = tuple(v.value for v in raw.variables)
            rows: list[tuple[Any, ...]] = []
            truncated = False
            for solution in raw:
                if len(rows) >= cap:
                    truncated = True
                    break
                rows.append(tuple(_ox_to_rdflib(solution[v]) for v in variables))
            result = QueryResult("SELECT", variables, tuple(rows), truncated=truncated)
        else:
            from rdflib import Graph

            graph = Graph()
            for prefix, ns in [*prefixes.items(), *declared_prefixes(request["query"])]:
                graph.bind(prefix, ns, override=True)
            truncated = False
            for n, triple in enumerate(raw):
                if n >= cap:
                    truncated = True
                    break
                graph.add(
                    (
                        _ox_to_rdflib(triple.subject),
                        _ox_to_rdflib(triple.predicate),
                        _ox_to_rdflib(triple.object),
                    )
                )
            result = QueryResult("CONSTRUCT", graph=graph, truncated=truncated)
    except SyntaxError as exc:
        return Answer.error(400, f"malformed SPARQL: {' '.join(str(exc).split())}")
    except OSError as exc:
        return Answer.error(500, f"query failed: {' '.join(str(exc).split())}")
    fmt = request["graph_format"] if result.kind == "CONSTRUCT" else request["table_format"]
    if fmt is None:
        offered = GRAPH_FORMATS if result.kind == "CONSTRUCT" else TABLE_FORMATS
        types = [v[0] if isinstance(v, tuple) else v for v in offered.values()]
        return Answer.error(406, f"a {result.kind} answer can be sent as: {', '.join(types)}")
    body = serialize_result(result, fmt)
    if result.truncated and fmt == "json":
        body = _say_truncated(body, cap)
    media = GRAPH_FORMATS[fmt][0] if result.kind == "CONSTRUCT" else TABLE_FORMATS[fmt]
    headers = {TRUNCATED_HEADER: f"max-results={cap}"} if result.truncated else {}
    return Answer(200, media, body, headers)


def _dataset(union: bool) -> dict[str, Any]:
    """The graphs a served query sees: every graph of a file as one, or a store's asserted
    graph with its derived graph as the only named graph."""
    if union:
        return {"use_default_graph_as_union": True}
    import pyoxigraph as ox

    from ..namespaces import DERIVED_GRAPH

    return {"named_graphs": [ox.NamedNode(str(DERIVED_GRAPH))]}


def _say_truncated(body: bytes, cap: int) -> bytes:
    """A SPARQL JSON answer that also says, in its body, that rows were cut.

    SPARQL clients show the body, not the headers; the results format lets a document
    carry members of its own beside ``head`` and ``results``, which clients ignore.
    """
    import json

    document = json.loads(body)
    document["stancegraph"] = {"truncated": True, "maxResults": cap}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _store_state(path: Path) -> tuple[tuple[str, int, int], ...]:
    """What a store's files look like now: it changes whenever a writer commits."""
    import os

    try:
        return tuple(
            sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path))
        )
    except OSError:
        return ()


def _count(store: Any, union: bool) -> int:
    """Triples a ``COUNT(*)`` over the served graph answers (a store's own bookkeeping in
    named graphs left out, as queries leave it out)."""
    found = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **_dataset(union))
    return int(next(iter(found))["n"].value)


def worker_main(fd: int, source: str, memory: bool = False) -> None:
    """Worker process: load the graph, then answer queries until the pipe closes.

    A store served from disk is read through a read-only view, which sees what was
    committed when it opened; before each query the worker looks whether a writer
    (``stancegraph add``) has committed since, and opens a fresh view if so. A file or a
    store copied into RAM is a snapshot by nature (the page says so).
    """
    conn = Connection(fd)
    path = Path(source)
    live = is_store(source) and not memory
    union = not is_store(source)
    try:
        state = _store_state(path) if live else ()
        store = open_oxigraph(path, memory=memory)
        triples = _count(store, union)
    except StancegraphError as exc:
        conn.send(("error", str(exc)))
        return
    except Exception as exc:  # anything else still has to reach the parent as one line
        conn.send(("error", f"{source}: cannot load: {' '.join(str(exc).split())}"))
        return
    conn.send(("ready", triples))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            now = _store_state(path) if live else state
            if now != state:
                state, store = now, open_oxigraph(path)
            if request.get("count"):
                answer = Answer(200, "text/plain", str(_count(store, union)).encode())
            else:
                answer = answer_query(store, request, union=union)
        except Exception as exc:  # a bug must not kill the worker silently
            answer = Answer.error(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(answer)


# The worker takes the parent's sys.path (as multiprocessing's spawn does), so it imports
