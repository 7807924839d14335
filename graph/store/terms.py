"""rdflib <-> Oxigraph: terms, quads, and an rdflib graph over a store.

A store holds the asserted graph as its default graph and what alignment computed in the
derived named graph (:data:`~graph.namespaces.DERIVED_GRAPH`); its bookkeeping lives in
private named graphs of its own.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from ..namespaces import DERIVED_GRAPH, bind_prefixes

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "canonical_graph",
    "copy_to_memory",
    "graph_quads",
    "memory_store",
    "store_graph",
    "store_of",
    "triple_count",
]


def _plain(term: Any) -> Any:
    """rdflib's form of an RDF 1.1 simple literal: no datatype rather than xsd:string.

    oxrdflib returns ``"x"^^xsd:string``, which rdflib neither compares equal to
    ``Literal("x")`` nor treats as isomorphic; code written against in-memory graphs
    would silently miss matches.
    """
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _ox_term(term: Any, cache: dict[Any, Any]) -> Any:
    import pyoxigraph as ox

    hit = cache.get(term)
    if hit is not None:
        return hit
    out: Any
    if isinstance(term, URIRef):
        out = ox.NamedNode(str(term))
    elif isinstance(term, Literal):
        if term.language:
            out = ox.Literal(str(term), language=term.language)
        elif term.datatype is not None:
            out = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        else:
            out = ox.Literal(str(term))
    elif isinstance(term, BNode):
        out = ox.BlankNode(str(term))
    else:
        raise TypeError(f"cannot store RDF term {term!r}")
    if isinstance(term, URIRef):  # IRIs repeat (predicates, classes, actors); text rarely
        cache[term] = out
    return out


_TERMS: dict[Any, Any] = {}


def graph_quads(graph: Graph, name: Any = None) -> list[ox.Quad]:
    """Every triple of an rdflib graph as an Oxigraph quad in the default graph, or in the
    named graph ``name`` (an IRI) when given."""
    import pyoxigraph as ox

    if len(_TERMS) > 200_000:
        _TERMS.clear()
    target = ox.DefaultGraph() if name is None else ox.NamedNode(str(name))
    return [
        ox.Quad(_ox_term(s, _TERMS), _ox_term(p, _TERMS), _ox_term(o, _TERMS), target)
        for s, p, o in graph
    ]


def _store_class() -> type:
    from oxrdflib import OxigraphStore

    class PlainLiteralOxigraphStore(OxigraphStore):  # type: ignore[misc]
        """oxrdflib, returning simple literals the way rdflib's own stores do."""

        def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def]
            for (s, p, o), contexts in super().triples(triple_pattern, context):
                yield (s, p, _plain(o)), contexts
            if context is not None and context.identifier == DATASET_DEFAULT_GRAPH_ID:
                derived = Graph(identifier=DERIVED_GRAPH)
                for (s, p, o), contexts in super().triples(triple_pattern, derived):
                    yield (s, p, _plain(o)), contexts

        def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # type: ignore[no-untyped-def]
            result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
            if result.type == "SELECT":
                # The generator itself, not ``result.bindings``: that property converts
                # every row up front, and a caller capping rows would pay for all of them.
                lazy = getattr(result, "_genbindings", None)
                raw = lazy if lazy is not None else result.bindings
                result.bindings = (
                    {var: _plain(value) for var, value in row.items()} for row in raw
                )
            elif result.type == "CONSTRUCT" and result.graph is not None:
                plain = Graph()
                plain += ((s, p, _plain(o)) for s, p, o in result.graph)
                result.graph = plain
            return result

    return PlainLiteralOxigraphStore


#: The directory of each on-disk store an rdflib graph reads (see :func:`store_of`).
#: Keyed by the graph's id, not the graph: rdflib graphs with the same identifier are
#: equal, so every store's graph would be one key, and the first to go would take the
#: others' directories with it.
_PATHS: dict[int, Path] = {}


def store_of(graph: Graph) -> tuple[ox.Store, Path] | None:
    """The Oxigraph store and its directory behind a graph :func:`store_graph` opened on
    an on-disk store, else ``None``."""
    path = _PATHS.get(id(graph))
    inner = getattr(graph.store, "_inner", None)
    return None if path is None or inner is None else (inner, path)


def store_graph(store: ox.Store, path: str | Path | None = None) -> Graph:
    """An rdflib :class:`~rdflib.Graph` over the store (via oxrdflib).

    SPARQL given to ``graph.query`` runs natively in Oxigraph, with the asserted graph as
    its default graph and the derived graph named. Triple patterns and iteration read
    both, as a graph in memory holds both: the store reads like the graph a build makes.
    Added triples go to the default graph. ``path``: the store's directory, when it is on
    disk (its private listing index lives there).
    """
    graph = Graph(store=_store_class()(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    bind_prefixes(graph)
    if path is not None:
        _PATHS[id(graph)] = Path(path)
        weakref.finalize(graph, _PATHS.pop, id(graph), None)
    return graph


def canonical_graph(graph: Graph) -> Graph:
    """An in-memory copy of ``graph`` with literals in Oxigraph's canonical lexical form.

    Oxigraph stores values, so ``"1.0"^^xsd:decimal`` comes back as ``"1"``; passing both
    sides through it makes an in-memory graph and a stored one comparable with
    :func:`rdflib.compare.isomorphic`.
    """
    import pyoxigraph as ox

    scratch = ox.Store()
    scratch.extend(graph_quads(graph))
    return copy_to_memory(scratch)


def copy_to_memory(store: ox.Store) -> Graph:
    """The store's asserted and derived graphs as one plain in-memory rdflib graph, as a
    build makes it (small stores only)."""
    out = Graph()
    bind_prefixes(out)
    out += store_graph(store)
    return out


def memory_store(store: ox.Store) -> ox.Store:
    """The asserted and derived graphs of an on-disk store, copied into an in-memory
    Oxigraph store.

    On disk every triple lookup is a RocksDB read (~10 microseconds); in memory it is
    faster, but scanning a whole predicate is slower (``python -m benchmarks --only
    queries`` times both: most named queries gain, ``statements`` loses). The copy costs
    RAM (about 600 MB per million triples) and time to load (8 to 10 s per million
    triples here), which a long-running server or notebook pays once. Only the default
    and derived graphs are copied: the store's private graphs stay behind.
    """
    import pyoxigraph as ox

    copy = ox.Store()
    copy.extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    copy.extend(store.quads_for_pattern(None, None, None, ox.NamedNode(str(DERIVED_GRAPH))))
    return copy


def triple_count(store: ox.Store) -> int:
    """Triples in the store's default graph (the asserted graph)."""
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(next(iter(rows))[0].value)  # type: ignore[arg-type, index]
