"""A private index of the statements listing: the order of ``statements.rq``'s rows, kept
in a small SQLite table next to the Oxigraph files, with the positions the conflicts
query pairs (:mod:`graph.store.pairs`) in the same file.

Sorting every statement by article date, article and text order takes seconds in a
large store; the table holds that order (one row per answer row: its rank and its
statement's IRI) so a page is found by rank with one B-tree lookup. It is the store's own
business: never exported, served or validated, and never RDF. A generation token, written
into a private named graph of the store in the same transaction as the derived graph and
into the table, tells a reader whether the table still describes the store; when it does
not (a store another process is adding to, or one made before the table existed), the
query layer runs the plain query instead.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .pairs import PairRun, conflict_page, write_positions

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "LISTING",
    "forget_listing",
    "listing_conflicts",
    "listing_ranks",
    "listing_skip",
    "write_listing",
]

#: The side table's file name in the store directory.
LISTING = "stancegraph-listing.sqlite"
_STATE_GRAPH = "urn:stancegraph:store:state"
_GENERATION = "urn:stancegraph:store:listing-generation"

#: The rows of ``ontology/queries/statements.rq`` in its order, as statement IRIs: the same
#: patterns and the same ORDER BY (``tests/test_store_listing.py`` compares the two).
_ORDER = """
PREFIX sg: <https://w3id.org/stancegraph#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?statement WHERE {
  ?statement a sg:Statement ;
             sg:speaker/rdfs:label ?speaker ;
             sg:cue ?cue ;
             sg:stance ?stanceTerm ;
             sg:topic/rdfs:label ?topic ;
             sg:evidence ?evidence ;
             sg:article ?article ;
             sg:charStart ?start .
  OPTIONAL { ?article dcterms:issued ?date }
  BIND(COALESCE(STR(?date), "undated") AS ?day)
}
ORDER BY ?day ?article ?start ?statement ?topic
"""


def _generation(store: ox.Store) -> str | None:
    import pyoxigraph as ox

    quads = store.quads_for_pattern(
        ox.NamedNode(_STATE_GRAPH), ox.NamedNode(_GENERATION), None, ox.NamedNode(_STATE_GRAPH)
    )
    found = next(iter(quads), None)
    return None if found is None else str(found.object.value)  # type: ignore[union-attr]


def forget_listing(store: ox.Store) -> None:
    """Mark the table stale before the store's statements change (an add)."""
    store.update(f"DROP SILENT GRAPH <{_STATE_GRAPH}>")


def write_listing(store: ox.Store, path: str | Path) -> None:
    """Rank the statements listing's rows again, list the positions of the conflicts
    query (:mod:`graph.store.pairs`) and record the new generation in the store
    and in the table (the table is written whole to a new file, then moved in place)."""
    import pyoxigraph as ox

    token = uuid.uuid4().hex
    solutions: Any = store.query(_ORDER)
    rows = [(n, str(row[0].value)) for n, row in enumerate(solutions)]
    target = Path(path) / LISTING
    scratch = target.with_suffix(".tmp")
    scratch.unlink(missing_ok=True)
    with sqlite3.connect(scratch) as db:
        db.execute("CREATE TABLE listing (rank INTEGER PRIMARY KEY, statement TEXT NOT NULL)")
        db.execute("CREATE TABLE state (generation TEXT NOT NULL)")
        db.executemany("INSERT INTO listing VALUES (?, ?)", rows)
        db.execute("CREATE INDEX by_statement ON listing (statement, rank)")
        write_positions(store, db)
        db.execute("INSERT INTO state VALUES (?)", (token,))
    db.close()
    scratch.replace(target)
    store.update(
        f"DROP SILENT GRAPH <{_STATE_GRAPH}> ; INSERT DATA {{ GRAPH <{_STATE_GRAPH}> "
        f"{{ <{_STATE_GRAPH}> <{_GENERATION}> {ox.Literal(token)} }} }}"
    )


def _open(store: ox.Store, path: str | Path) -> sqlite3.Connection | None:
    """The table, when it exists and describes the store as it is now."""
    file = Path(path) / LISTING
    if not file.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        row = db.execute("SELECT generation FROM state").fetchone()
    except sqlite3.Error:
        return None
    if row is None or row[0] != _generation(store):
        db.close()
        return None
    return db


def listing_ranks(
    store: ox.Store, path: str | Path, limit: int, offset: int
) -> tuple[list[str], int] | None:
    """The statements of the listing's rows ``offset`` to ``offset + limit`` (in order, each
    once) and how many rows of the first of them come before ``offset``; ``None`` when
    the table is missing or stale."""
    db = _open(store, path)
    if db is None:
        return None
    with db:
        found = db.execute(
            "SELECT statement FROM listing WHERE rank >= ? AND rank < ? ORDER BY rank",
            (offset, offset + limit),
        ).fetchall()
        statements = list(dict.fromkeys(s for (s,) in found))
        skip = listing_skip(db, statements[0], offset) if statements else 0
    db.close()
    return statements, skip


def listing_skip(db: sqlite3.Connection, statement: str, offset: int) -> int:
    """How many rows of ``statement`` rank before ``offset``."""
    row = db.execute(
        "SELECT COUNT(*) FROM listing WHERE statement = ? AND rank < ?", (statement, offset)
    ).fetchone()
    return int(row[0])


def listing_conflicts(
    store: ox.Store, path: str | Path, word: str | None, limit: int, offset: int
) -> tuple[list[PairRun], int] | None:
    """The runs of ``conflicts.rq``'s rows ``offset`` to ``offset + limit`` (topics whose
    lower-cased label contains ``word``, when given) and how many rows of the first come
    before ``offset``; ``None`` when the table is missing or stale."""
    db = _open(store, path)
    if db is None:
        return None
    try:
        with db:
            return conflict_page(db, word, limit, offset)
    except sqlite3.OperationalError:  # a table written before positions were listed
        return None
    finally:
        db.close()
