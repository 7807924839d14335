"""The store's fast path for the statements listing: a page found through the store's
private listing index (:mod:`graph.store.listing`) instead of sorting every statement.

The page's rows are still the plain ``statements.rq``'s rows: the index only says which
statements the page holds; the query, joined with those statements, gives their rows in
its own order (``tests/test_store_listing.py`` compares the two row by row, pages
included). Any other query, a query file of the user's, or a store whose index is
missing or stale, takes the plain query.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from .named import NamedQuery, get_named_query
from .sparql import inject_rows

__all__ = ["fast_page"]


def fast_page(graph: Graph, query: NamedQuery, limit: int, offset: int) -> tuple[str, int] | None:
    """How to get rows ``offset`` to ``offset + limit`` of the shipped ``statements`` query
    on a store with a current listing index: the query joined with the page's statements,
    and how many of its first rows to skip (they rank before ``offset``). ``None`` when
    the plain query must run instead."""
    from ..store import listing_ranks, store_of

    if query.name != "statements" or query.sparql != get_named_query("statements").sparql:
        return None
    found = store_of(graph)
    if found is None:
        return None
    ranked = listing_ranks(*found, limit, offset)
    if ranked is None:
        return None
    statements, skip = ranked
    return inject_rows(query.sparql, "statement", map(URIRef, statements)), skip
