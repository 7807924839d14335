"""The store's fast paths: a page of a shipped named query read from what the store's
private listing file keeps (:mod:`graph.store.listing`) instead of computed.

:func:`answer_page` reads a page of a kept answer: the shipped ``.rq`` file's own
answer, computed whole when the store last changed, filtered by the page's parameters
(:mod:`graph.store.answers`); for conflicts, whose whole answer pairs every supporter
with every opponent, the page is walked from the positions instead
(:mod:`graph.store.pairs`). When a run of conflicts rows has more than one row,
:func:`fast_page` says which topic, supporter and opponent the page holds, and the query,
joined with those, gives their rows in its own order. ``tests/test_store_answers.py``,
``tests/test_store_listing.py`` and ``tests/test_store_conflicts.py`` compare both with
the plain query row by row, pages included. A query file of the user's, parameters a
kept answer cannot filter on, or a store whose listing is missing or stale, takes the
plain query.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph
from rdflib.term import Node

from .named import NamedQuery, get_named_query
from .sparql import _where_braces

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["answer_page", "fast_page"]

_CONFLICT_VARIABLES = "?t ?topicLabel ?a ?supporter ?b ?opponent"


def answer_page(
    graph: Graph,
    query: NamedQuery,
    limit: int,
    offset: int,
    bindings: Mapping[str, Node] | None = None,
) -> tuple[tuple[str, ...], list[tuple[Node | None, ...]]] | None:
    """The variables and rows ``offset`` to ``offset + limit`` of a shipped named query,
    read from what the store keeps of it. ``None`` when the plain query must run instead
    (not a store on disk, a query file of the user's, a missing or stale listing)."""
    from ..store import store_of
    from ..store.listing import listing_answer

    if query.sparql != get_named_query(query.name).sparql:
        return None
    found = store_of(graph)
    if found is None:
        return None
    return listing_answer(*found, query.name, query.sparql, bindings or {}, limit, offset)


def fast_page(
    graph: Graph,
    query: NamedQuery,
    limit: int,
    offset: int,
    bindings: Mapping[str, Node] | None = None,
    sparql: str | None = None,
) -> tuple[str, int] | None:
    """How to get rows ``offset`` to ``offset + limit`` of the shipped ``conflicts`` query
    on a store with a current listing: the query (``sparql``, its text with ``bindings``
    written in) joined with the page's rows, and how many of its first rows to skip
    (they rank before ``offset``). ``None`` when the plain query must run instead."""
    from ..store import store_of

    if query.name != "conflicts":
        return None
    if query.sparql != get_named_query(query.name).sparql:
        return None
    found = store_of(graph)
    if found is None:
        return None
    return _conflicts(found, sparql or query.sparql, bindings or {}, limit, offset)


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
