"""Bring a store made by an older stancegraph to the current store format.

Format 3 kept derived data (clusters, alignment edges, positions, counts) and index data
(sort keys, position keys, statement indexes) in the default graph. Migrating removes
both from it, computes the derived graph again from the asserted data, as a build would,
ranks the store's private statements listing (:mod:`graph.store.listing`) and records the
new format; the articles, actors and statements are kept as they are.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .assemble import align_derived
from .errors import GraphFileError
from .store import (
    FORMAT_VERSION,
    OLDEST_MIGRATABLE,
    drop_legacy,
    is_store,
    open_store,
    replace_derived,
    store_format,
    store_graph,
    write_format,
    write_listing,
)

__all__ = ["derived_graph", "migrate_store"]


def derived_graph(graph: Graph, seed: int = 0) -> Graph:
    """What alignment computes from ``graph``'s statements, as the triples of the derived
    graph: clusters, alignment edges, positions, counts, splits."""
    return align_derived(graph, seed)[1]


def migrate_store(path: str | Path, *, seed: int = 0) -> int:
    """Migrate the store at ``path`` to the current format; returns the format it had.

    A store already in the current format has its derived graph computed again.

    Raises:
        GraphFileError: no store at ``path``, or one too old to migrate.
    """
    path = Path(path)
    if not is_store(path):
        raise GraphFileError(f"{path}: no store here")
    found = store_format(path)
    if found < OLDEST_MIGRATABLE:
        raise GraphFileError(
            f"{path}: store format {found} cannot be migrated; build a new store from the "
            "same articles (stancegraph build ... --store NEW_DIR)"
        )
    store = open_store(path)
    drop_legacy(store)
    replace_derived(store, derived_graph(store_graph(store), seed))
    write_listing(store, path)
    write_format(path, FORMAT_VERSION)
    return found
