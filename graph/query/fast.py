"""The store's fast paths for the statements listing and the conflicts query: a page
found through the store's private listing index (:mod:`graph.store.listing`) instead of
sorting every statement, or every supporter paired with every opponent.

The page's rows are still the plain query's rows: the index only says which statements
(or which topic, supporter and opponent, with their labels) the page holds; the query,
joined with those, gives their rows in its own order (``tests/test_store_listing.py``
and ``tests/test_store_conflicts.py`` compare the two row by row, pages included). Any
other query, a query file of the user's, or a store whose index is missing or stale,
takes the plain query.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.term import Node

from .named import NamedQuery, get_named_query
from .sparql import _where_braces, inject_rows

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["fast_page"]

_CONFLICT_VARIABLES = "?t ?topicLabel ?a ?supporter ?b ?opponent"


def fast_page(
    graph: Graph,
    query: NamedQuery,
    limit: int,
    offset: int,
    bindings: Mapping[str, Node] | None = None,
    sparql: str | None = None,
) -> tuple[str, int] | None:
    """How to get rows ``offset`` to ``offset + limit`` of the shipped ``statements`` or
    ``conflicts`` query on a store with a current listing index: the query (``sparql``,
    its text with ``bindings`` written in, for conflicts) joined with the page's rows, and
    how many of its first rows to skip (they rank before ``offset``). ``None`` when the
    plain query must run instead."""
    from ..store import store_of

    if query.name not in ("statements", "conflicts"):
        return None
    if query.sparql != get_named_query(query.name).sparql:
        return None
    found = store_of(graph)
    if found is None:
        return None
    if query.name == "statements":
        return _statements(found, query.sparql, limit, offset)
    return _conflicts(found, sparql or query.sparql, bindings or {}, limit, offset)


def _statements(
    found: tuple[ox.Store, Path], text: str, limit: int, offset: int
) -> tuple[str, int] | None:
    from ..store import listing_ranks

    ranked = listing_ranks(*found, limit, offset)
    if ranked is None:
        return None
    statements, skip = ranked
    return inject_rows(text, "statement", map(URIRef, statements)), skip


def _conflicts(
    found: tuple[ox.Store, Path],
    text: str,
    bindings: Mapping[str, Node],
    limit: int,
    offset: int,
) -> tuple[str, int] | None:
    from ..store.listing import listing_conflicts

    topic = bindings.get("topic")
    word = None if topic is None else str(topic).lower()
    paged = listing_conflicts(*found, word, limit, offset)
    if paged is None:
        return None
    runs, skip = paged
    rows = " ".join(
        f"(<{r.topic}> {r.topic_label} <{r.supporter}> {r.supporter_label} "
        f"<{r.opponent}> {r.opponent_label})"
        for r in runs
    )
    at = _where_braces(text)[0]
    block = f" VALUES ({_CONFLICT_VARIABLES}) {{ {rows} }}"
    return f"{text[: at + 1]}{block}{text[at + 1 :]}", skip
