"""The positions of the store's private listing index (:mod:`graph.store.listing`), kept
so a page of ``conflicts.rq`` is found without pairing and sorting every supporter with
every opponent.

Three tables hold what the query sorts by, read from the derived graph with the query's
own patterns and SPARQL's own ``LCASE`` (so the keys are the engine's, not Python's):
``topics`` (a topic, one of its labels and that label lower-cased), ``pro`` and ``con``
(a topic, a holder, one of the holder's labels lower-cased, and how many answer rows
that side gives: counts x examples x their sentences). A page is then walked in the
query's order: topics by (key, IRI), and inside a topic supporters by (key, IRI) times
opponents by (key, IRI), lazily, stopping once the page is full. Strings and IRIs compare
by code point in SQLite, Python and Oxigraph alike.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .answers import encode_term

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["PairRun", "conflict_page", "conflict_runs", "write_positions"]

_PREFIXES = """
PREFIX sg: <https://w3id.org/stancegraph#>
PREFIX sgg: <https://w3id.org/stancegraph/graph/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

_TOPICS = (
    _PREFIXES
    + """
SELECT DISTINCT ?t ?label (STR(LCASE(?label)) AS ?key) (LCASE(STR(?label)) AS ?match) WHERE {
  { SELECT DISTINCT ?t WHERE { GRAPH sgg:derived { ?p sg:onTopic ?t } } }
  ?t rdfs:label ?label .
}
"""
)


def _side(count: str, example: str) -> str:
    """One side's rows of ``conflicts.rq`` grouped by topic, holder and holder label."""
    return (
        _PREFIXES
        + f"""
SELECT ?t ?a ?label (STR(LCASE(?label)) AS ?key) (COUNT(*) AS ?n)
       (SAMPLE(?c) AS ?count) (SAMPLE(?sentence) AS ?text) WHERE {{
  GRAPH sgg:derived {{ ?p sg:onTopic ?t ; sg:holder ?a ; {count} ?c ; {example} ?s . }}
  ?a rdfs:label ?label .
  ?s sg:evidence ?sentence .
}}
GROUP BY ?t ?a ?label
"""
    )


def _value(term: Any) -> str:
    return str(term.value)


def _literal(term: Any) -> str:
    """A literal as N-Triples (language tag or datatype kept), to be written back as it is."""
    return str(term)


def write_positions(store: ox.Store, db: sqlite3.Connection) -> None:
    """Write the ``topics``, ``pro`` and ``con`` tables and their indexes into ``db``.

    Beside each label (as N-Triples, and as :func:`~graph.store.answers.encode_term`
    text), a side whose holder gives one row keeps that row's count and sentence, so a
    page made of such runs is read without a query."""
    db.execute("CREATE TABLE topics (t TEXT, label TEXT, key TEXT, match TEXT, term TEXT)")
    rows: Any = store.query(_TOPICS)
    db.executemany(
        "INSERT INTO topics VALUES (?, ?, ?, ?, ?)",
        (
            (_value(r[0]), _literal(r[1]), _value(r[2]), _value(r[3]), encode_term(r[1]))
            for r in rows
        ),
    )
    db.execute("CREATE INDEX topics_order ON topics (key, t)")
    for table, count, example in (
        ("pro", "sg:supportCount", "sg:supportExample"),
        ("con", "sg:opposeCount", "sg:opposeExample"),
    ):
        db.execute(
            f"CREATE TABLE {table} (t TEXT, a TEXT, label TEXT, key TEXT, n INTEGER, "
            "term TEXT, count TEXT, sentence TEXT)"
        )
        rows = store.query(_side(count, example))
        db.executemany(
            f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    _value(r[0]),
                    _value(r[1]),
                    _literal(r[2]),
                    _value(r[3]),
                    int(r[4].value),
                    encode_term(r[2]),
                    encode_term(r[5]) if int(r[4].value) == 1 else None,
                    encode_term(r[6]) if int(r[4].value) == 1 else None,
                )
                for r in rows
            ),
        )
        db.execute(f"CREATE INDEX {table}_order ON {table} (t, key, a)")


@dataclass(frozen=True)
class PairRun:
    """The answer rows of one supporter, opponent and topic (with one label each): ``rows``
    of them, next to each other in the query's order."""

    topic: str
    topic_label: str
    supporter: str
    supporter_label: str
    opponent: str
    opponent_label: str
    rows: int
    #: The run's one row as :func:`~graph.store.answers.encode_term` texts (supporter,
    #: opponent, topic, supports, opposes and the two sentences), when it has one.
    row: tuple[str | None, ...] | None = None


# key, holder, label (N-Triples), rows, then label, count and sentence as stored terms
_Side = tuple[str, str, str, int, str, str | None, str | None]


def _sides(db: sqlite3.Connection, table: str, topic: str) -> list[_Side]:
    found = db.execute(
        f"SELECT key, a, label, n, term, count, sentence FROM {table} WHERE t = ? ORDER BY key, a",
        (topic,),
    ).fetchall()
    return [(str(k), str(a), str(lb), int(n), t, c, x) for k, a, lb, n, t, c, x in found]


def _topic_rows(pro: list[_Side], con: list[_Side]) -> int:
    """How many answer rows one topic label gives: every pair but an actor with itself."""
    mine: dict[str, int] = {}
    for _, a, _, n, *_ in pro:
        mine[a] = mine.get(a, 0) + n
    both = sum(mine[a] * n for _, a, _, n, *_ in con if a in mine)
    return sum(s[3] for s in pro) * sum(s[3] for s in con) - both


def conflict_runs(
    db: sqlite3.Connection, word: str | None, offset: int
) -> Iterator[tuple[int, PairRun]]:
    """The runs of ``conflicts.rq``'s answer in its order, each with the number of its first
    row, from the run holding row ``offset`` on; ``word`` (lower-cased) keeps the topics
    whose lower-cased label contains it. A whole topic before ``offset`` is skipped by its
    row count, not walked."""
    if word is None:
        topics = db.execute("SELECT t, label, term FROM topics ORDER BY key, t")
    else:
        topics = db.execute(
            "SELECT t, label, term FROM topics WHERE instr(match, ?) > 0 ORDER BY key, t",
            (word,),
        )
    seen = 0
    for topic, label, term in topics.fetchall():
        pro, con = _sides(db, "pro", topic), _sides(db, "con", topic)
        total = _topic_rows(pro, con)
        if seen + total <= offset:
            seen += total
            continue
        for mine, theirs in itertools.product(pro, con):
            a, a_label, m = mine[1], mine[2], mine[3]
            b, b_label, n = theirs[1], theirs[2], theirs[3]
            if a == b:
                continue
            if seen + m * n > offset:
                row = None
                if m * n == 1:
                    row = (mine[4], theirs[4], term, mine[5], theirs[5], mine[6], theirs[6])
                yield seen, PairRun(topic, label, a, a_label, b, b_label, m * n, row)
            seen += m * n


def conflict_page(
    db: sqlite3.Connection, word: str | None, limit: int, offset: int
) -> tuple[list[PairRun], int]:
    """The runs holding rows ``offset`` to ``offset + limit`` and how many rows of the first
    come before ``offset``."""
    runs: list[PairRun] = []
    skip = 0
    for start, run in conflict_runs(db, word, offset):
        if not runs:
            skip = offset - start
        if start >= offset + limit:
            break
        runs.append(run)
    return runs, skip
