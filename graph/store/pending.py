"""An add in progress: the flag that says a store is not settled, and the reads and
rewrites that settle it.

An add commits each article as it is extracted, with its actors resolved within the
article only; resolving them across the corpus and clustering happen once at the end. A
bookkeeping flag, written with every such article and removed when the end is written,
tells the next add that a killed one left that work undone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .bookkeeping import _SPEAKER_FORM, FORMS_GRAPH, PREFIXES, _select, data_block

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "actor_descriptions",
    "clear_pending",
    "is_pending",
    "move_speakers",
    "pending_quad",
    "publisher_iris",
    "replace_triples",
    "speaker_links",
    "topic_label_sets",
]

_PENDING_SUBJECT = "urn:stancegraph:store:add"
_PENDING = "urn:stancegraph:store:pending"


def pending_quad() -> ox.Quad:
    """The flag committed with each article of an add, until the add is settled."""
    import pyoxigraph as ox

    return ox.Quad(
        ox.NamedNode(_PENDING_SUBJECT),
        ox.NamedNode(_PENDING),
        ox.Literal("true"),
        ox.NamedNode(FORMS_GRAPH),
    )


def is_pending(store: ox.Store) -> bool:
    """True when articles were committed whose add did not reach its end."""
    quad = pending_quad()
    return any(store.quads_for_pattern(quad.subject, quad.predicate, None, quad.graph_name))


def clear_pending(store: ox.Store) -> None:
    """Mark the store settled: cross-corpus resolution and clusters are up to date."""
    store.remove(pending_quad())


def speaker_links(store: ox.Store) -> set[tuple[str, str]]:
    """(speaker key within its article, speaker actor IRI) over every stored statement."""
    rows = _select(
        store,
        f"""SELECT DISTINCT ?form ?speaker WHERE {{
              GRAPH <{FORMS_GRAPH}> {{ ?s <{_SPEAKER_FORM}> ?form }}
              ?s sg:speaker ?speaker }}""",
    )
    return {(form.value, speaker.value) for form, speaker in rows}


def move_speakers(store: ox.Store, moves: Iterable[tuple[str, str, str]]) -> None:
    """Re-point statements (speaker key within the article, old IRI, new IRI), in one
    transaction."""
    parts = [
        f"""DELETE {{ ?s sg:speaker <{old}> }} INSERT {{ ?s sg:speaker <{new}> }}
WHERE {{ GRAPH <{FORMS_GRAPH}> {{ ?s <{_SPEAKER_FORM}> {json.dumps(form)} }}
        ?s sg:speaker <{old}> }}"""
        for form, old, new in sorted(moves)
    ]
    if parts:
        store.update(PREFIXES + " ;\n".join(parts))


def actor_descriptions(store: ox.Store, properties: Iterable[str]) -> dict[str, set[ox.Triple]]:
    """Actor IRI -> the stored triples about it whose predicate is one of ``properties``
    (the ones :func:`graph.build.add_actor` writes)."""
    props = " ".join(f"<{p}>" for p in properties)
    out: dict[str, set[ox.Triple]] = {}
    query = f"CONSTRUCT {{ ?a ?p ?o }} WHERE {{ ?a a sg:Actor ; ?p ?o . VALUES ?p {{ {props} }} }}"
    for triple in store.query(PREFIXES + query):  # type: ignore[union-attr]
        out.setdefault(triple.subject.value, set()).add(triple)  # type: ignore[union-attr]
    return out


def publisher_iris(store: ox.Store) -> set[str]:
    """IRIs of the actors that are some stored article's outlet."""
    rows = _select(store, "SELECT DISTINCT ?o WHERE { ?a dcterms:publisher ?o }")
    return {row[0].value for row in rows}


def topic_label_sets(store: ox.Store) -> dict[str, tuple[set[str], set[str]]]:
    """Topic IRI -> (its ``rdfs:label`` values, its ``skos:prefLabel`` values)."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    rows = _select(
        store,
        "SELECT ?t ?p ?l WHERE { ?t a sg:Topic ; ?p ?l . VALUES ?p { rdfs:label skos:prefLabel } }",
    )
    for topic, prop, label in rows:
        pair = out.setdefault(topic.value, (set(), set()))
        pair[0 if prop.value.endswith("#label") else 1].add(label.value)
    return out


def replace_triples(
    store: ox.Store, removed: Iterable[ox.Triple], added: Iterable[ox.Triple]
) -> None:
    """Delete ``removed`` and insert ``added`` in the default graph, in one transaction."""
    removed, added = list(removed), list(added)
    parts = []
    if removed:
        parts.append(f"DELETE DATA {{\n{data_block(removed)}\n}}")
    if added:
        parts.append(f"INSERT DATA {{\n{data_block(added)}\n}}")
    if parts:
        store.update(" ;\n".join(parts))
