"""The store's private listing file: the named queries' answers, ranked
(:mod:`graph.store.answers`), and the positions the conflicts query pairs
(:mod:`graph.store.pairs`), in one SQLite file next to the Oxigraph files.

Sorting every statement by article date, article and text order takes seconds in a
large store; the file holds each answer in its order, so a page is found by rank with
one B-tree lookup. It is the store's own business: never exported, served or validated,
and never RDF. A generation token, written into a private named graph of the store
(after the derived graph) and into the file, tells a reader whether the file still
describes the store; when it does not (a store another process is adding to, or one
made before the file existed), the query layer runs the plain query instead.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answers import answer_filter, decode_term, projected, read_answer, write_answers
from .pairs import PairRun, conflict_page, write_positions

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "LISTING",
    "forget_listing",
    "listing_answer",
    "listing_conflicts",
    "write_listing",
]

#: The side table's file name in the store directory.
LISTING = "stancegraph-listing.sqlite"
_STATE_GRAPH = "urn:stancegraph:store:state"
_GENERATION = "urn:stancegraph:store:listing-generation"


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
    """Keep the named queries' answers again (:mod:`graph.store.answers`), list the
    positions of the conflicts query (:mod:`graph.store.pairs`) and record the new
    generation in the store and in the file (written whole to a new file, then moved in
    place); then flush the store's log into its table files."""
    import pyoxigraph as ox

    token = uuid.uuid4().hex
    target = Path(path) / LISTING
    scratch = target.with_suffix(".tmp")
    scratch.unlink(missing_ok=True)
    with sqlite3.connect(scratch) as db:
        db.execute("CREATE TABLE state (generation TEXT NOT NULL)")
        write_positions(store, db)
        write_answers(store, db)
        db.execute("INSERT INTO state VALUES (?)", (token,))
    db.close()
    scratch.replace(target)
    store.update(
        f"DROP SILENT GRAPH <{_STATE_GRAPH}> ; INSERT DATA {{ GRAPH <{_STATE_GRAPH}> "
        f"{{ <{_STATE_GRAPH}> <{_GENERATION}> {ox.Literal(token)} }} }}"
    )
    # Written last after a build or an add: the store's recent writes go from its log
    # into table files, so a read-only view opens without replaying the log (minutes
    # for a million triples' worth of article transactions).
    store.flush()


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


def listing_answer(
    store: ox.Store,
    path: str | Path,
    name: str,
    text: str,
    bindings: Mapping[str, Any],
    limit: int,
    offset: int,
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]] | None:
    """The variables and rows ``offset`` to ``offset + limit`` of the named query ``name`` (its file's
    ``text``, parameters ``bindings``) read from its kept answer
    (:mod:`graph.store.answers`); ``None`` when the table is missing or stale, keeps no
    answer of that text, or cannot filter by those parameters."""
    if name == "conflicts":
        return _conflict_rows(store, path, text, bindings, limit, offset)
    condition = answer_filter(name, bindings)
    if condition is None:
        return None
    db = _open(store, path)
    if db is None:
        return None
    try:
        with db:
            return read_answer(db, name, text, condition[0], condition[1], limit, offset)
    finally:
        db.close()


def _conflict_rows(
    store: ox.Store,
    path: str | Path,
    text: str,
    bindings: Mapping[str, Any],
    limit: int,
    offset: int,
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]] | None:
    """A page of ``conflicts.rq`` read from the positions alone, when each supporter and
    opponent pair on it gives one row (whose order is then the query's own)."""
    topic = bindings.get("topic")
    paged = listing_conflicts(
        store, path, None if topic is None else str(topic).lower(), limit, offset
    )
    if paged is None or any(run.row is None for run in paged[0]):
        return None
    runs, skip = paged
    rows = [tuple(decode_term(t) for t in run.row or ()) for run in runs]
    return projected(text), rows[skip : skip + limit]


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
