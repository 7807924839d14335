"""The store's derived graph: what alignment computed from the asserted graph, kept in the
named graph :data:`~graph.namespaces.DERIVED_GRAPH` and replaced whole after a build or
an add.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph

from ..namespaces import DERIVED_CLASSES, DERIVED_GRAPH, DERIVED_PROPERTIES
from .bookkeeping import PREFIXES, data_block
from .terms import graph_quads

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["LEGACY_TERMS", "drop_legacy", "replace_derived"]

#: Terms of store formats before 4: index data kept in the default graph.
LEGACY_TERMS = tuple(
    f"https://w3id.org/stancegraph#{name}"
    for name in (
        "sortKey", "articleKey", "statementIndex", "statementKey", "positionKey",
        "supporterKey", "opponentKey", "neutralKey", "actorKey", "splitKey", "hasSplitKey",
        "conflictCount",
    )
)  # fmt: skip


def replace_derived(store: ox.Store, derived: Graph) -> None:
    """Replace the store's derived graph with ``derived``, whole, in one transaction.

    One SPARQL update is one Oxigraph transaction, so readers never see a store with the
    old clusters gone and the new ones missing.
    """
    import pyoxigraph as ox

    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in graph_quads(derived)]
    update = f"DROP SILENT GRAPH <{DERIVED_GRAPH}>"
    if triples:
        update += f" ;\nINSERT DATA {{ GRAPH <{DERIVED_GRAPH}> {{\n{data_block(triples)}\n}} }}"
    store.update(update)


def drop_legacy(store: ox.Store) -> None:
    """Remove from the default graph what stores before format 4 kept there: index terms
    (and the nodes that held an actor's statement keys) and derived data, in one
    transaction."""
    kinds = " ".join(f"<{k}>" for k in DERIVED_CLASSES)
    props = " ".join(f"<{p}>" for p in (*DERIVED_PROPERTIES, *LEGACY_TERMS))
    index = "<https://w3id.org/stancegraph#statementIndex>"
    store.update(
        PREFIXES
        + f"""DELETE {{ ?i ?p ?o }} WHERE {{ ?a {index} ?i . ?i ?p ?o }} ;
DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?kind {{ {kinds} }} ?s a ?kind ; ?p ?o }} ;
DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?o }}"""
    )
