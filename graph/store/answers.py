"""The named queries' answers, ranked, in the store's private listing file
(:mod:`graph.store.listing`), so a page of one is read by rank instead of computed.

Each table is the answer Oxigraph gives to the shipped ``.rq`` file itself, run whole
when the listing is written, with its parameters left unbound. A parameter the query
would filter on is projected as an extra column instead (a name key, a reporter, a
cluster), or a lower-cased label the page filters with ``instr`` (a topic word): the
query's patterns and ORDER BY are the file's own, so the rows of one parameter value
are the file's rows for that value, in its order (``tests/test_store_answers.py``
compares them with the plain query on rdflib and Oxigraph, page by page). Each table
records a hash of the query text it was computed from: a query file that changed since
takes the plain query.

Terms are kept as text with a one-letter kind: ``I`` IRI, ``B`` blank node, ``S`` plain
string, ``L`` language-tagged (tag, space, value), ``T`` typed (datatype, space, value);
neither a language tag nor an IRI holds a space.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef

from ..ontology import QUERIES_DIR

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "ANSWERS",
    "AnswerTable",
    "answer_filter",
    "answer_text",
    "decode_term",
    "encode_node",
    "encode_term",
    "projected",
    "read_answer",
    "source_hash",
    "write_answers",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


@dataclass(frozen=True)
class AnswerTable:
    """How one named query's whole answer is kept: ``extra`` projections after the
    query's own columns, and ``swap``, pieces of the file's text (each found once)
    replaced, to leave out a filter on a parameter the page applies instead."""

    name: str
    extra: tuple[str, ...] = ()
    swap: tuple[tuple[str, str], ...] = ()


#: Any actor with a name key, once: stands for the pattern that matches one key.
_KEYED = "{ SELECT DISTINCT ?who WHERE { ?who skos:hiddenLabel [] } }"


#: The queries kept, with what each keeps beside its columns.
ANSWERS: dict[str, AnswerTable] = {
    t.name: t
    for t in (
        AnswerTable("statements"),
        AnswerTable("actors"),
        AnswerTable("clusters"),
        AnswerTable("topics"),
        AnswerTable(
            "statements-by-actor",
            ("?who",),
            (("?who skos:hiddenLabel ?actor ;", f"{_KEYED}\n  ?who"),),
        ),
        AnswerTable("stances-over-time", ("?who",), (("?who skos:hiddenLabel ?actor .", _KEYED),)),
        AnswerTable("reported-by", ("?r",)),
        AnswerTable("cluster-splits", ("?c", "(LCASE(STR(?clusterLabel)) AS ?clusterKey)")),
        AnswerTable(
            "actors-on-topic",
            ("(LCASE(STR(?topicLabel)) AS ?topicMatch)",),
            (("FILTER(CONTAINS(LCASE(STR(?topicLabel)), LCASE(STR(?topic))))", ""),),
        ),
    )
}

_KEYS = """
SELECT DISTINCT ?who ?key WHERE { ?who <http://www.w3.org/2004/02/skos/core#hiddenLabel> ?key }
"""
_MEMBERS = """
SELECT DISTINCT ?c ?who WHERE {
  GRAPH <https://w3id.org/stancegraph/graph/derived> {
    ?c <https://w3id.org/stancegraph#member> ?who
  }
}
"""


def source_hash(text: str) -> str:
    """What a table records of the query text it was computed from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shipped_text(name: str) -> str | None:
    """The text of the shipped ``name.rq``, if there is one."""
    file = QUERIES_DIR.joinpath(f"{name}.rq")
    return file.read_text("utf-8") if file.is_file() else None


def answer_text(table: AnswerTable, text: str) -> str | None:
    """The query ``text`` with the table's extra columns projected and its swaps made;
    ``None`` when the text is not shaped as the table expects (one outer ``SELECT``
    line, each swapped piece present once)."""
    for old, new in table.swap:
        if text.count(old) != 1:
            return None
        text = text.replace(old, new)
    lines = text.splitlines()
    selects = [n for n, line in enumerate(lines) if line.startswith("SELECT ")]
    if len(selects) != 1:
        return None
    at = selects[0]
    lines[at] = lines[at].rstrip() + "".join(f" {e}" for e in table.extra)
    return "\n".join(lines) + "\n"


def projected(text: str) -> tuple[str, ...]:
    """The variables a query's one outer ``SELECT`` line projects (plain variables only)."""
    line = next((x for x in text.splitlines() if x.startswith("SELECT ")), "")
    return tuple(re.findall(r"\?(\w+)", line))


def encode_term(term: Any) -> str | None:
    """An Oxigraph term as the text a table keeps (``None`` for an unbound one)."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return "I" + term.value
    if isinstance(term, ox.BlankNode):
        return "B" + term.value
    if isinstance(term, ox.Literal):
        if term.language:
            return f"L{term.language} {term.value}"
        if term.datatype.value == _XSD_STRING:
            return "S" + term.value
        return f"T{term.datatype.value} {term.value}"
    return "S" + str(term)


def decode_term(text: str | None) -> Any:
    """The rdflib term a table's text stands for, as a query through oxrdflib gives it
    (plain strings as plain literals)."""
    if text is None:
        return None
    kind, body = text[0], text[1:]
    if kind == "I":
        return URIRef(body)
    if kind == "B":
        return BNode(body)
    if kind == "S":
        return Literal(body)
    head, _, value = body.partition(" ")
    if kind == "L":
        return Literal(value, lang=head)
    return Literal(value, datatype=URIRef(head))


def encode_node(term: Any) -> str:
    """An rdflib term (a parameter's value) as the text a table keeps."""
    if isinstance(term, URIRef):
        return "I" + str(term)
    if isinstance(term, BNode):
        return "B" + str(term)
    if isinstance(term, Literal) and term.language:
        return f"L{term.language} {term}"
    if isinstance(term, Literal) and term.datatype not in (None, URIRef(_XSD_STRING)):
        return f"T{term.datatype} {term}"
    return "S" + str(term)


_BY_KEY = "{x0} IN (SELECT who FROM keys WHERE key = ?)"
_BY_CLUSTER = (
    "({x1} = ? OR {x0} IN (SELECT m.c FROM members AS m JOIN keys AS k ON k.who = m.who "
    "WHERE k.key = ?))"
)


def answer_filter(name: str, bindings: Mapping[str, Any]) -> tuple[str, list[str]] | None:
    """The SQL condition (over the extra columns ``{x0}``, ``{x1}``) and its values that keep
    the rows of ``name`` its parameters ``bindings`` (rdflib terms) ask for, as the query
    file's own filter or pattern would; ``None`` for parameters a kept answer cannot
    filter on."""
    given = {k: encode_node(v) for k, v in bindings.items()}
    if name in ("statements", "actors", "clusters", "topics"):
        return ("1", []) if not given else None
    if name == "statements-by-actor":
        return (_BY_KEY, [given["actor"]]) if set(given) == {"actor"} else None
    if name == "stances-over-time" and "actor" in given:
        return _dated(given)
    if name == "reported-by":
        return ("1", []) if "reporter" not in given else (_BY_KEY, [given["reporter"]])
    if name == "cluster-splits":
        if "cluster" not in given:
            return "1", []
        return _BY_CLUSTER, [given["cluster"], given["cluster"]]
    if name == "actors-on-topic" and "topic" in given:
        word = str(bindings["topic"]).lower()
        return "instr(substr({x0}, 2), ?) > 0", [word]
    return None


_DATE = f"T{_XSD_DATE} "
#: A date as the page compares it: xsd:date, four-digit year, no time zone.
_PLAIN_DATE = f"{_DATE}[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
#: Rows of the stances-over-time answer (whose ``c0`` is ``?date``) with a date of
#: another form: SPARQL may compare those otherwise than by their text.
ODD_DATES = "SELECT 1 FROM {tab} WHERE c0 IS NOT NULL AND NOT c0 GLOB ? LIMIT 1"


def _dated(given: Mapping[str, str]) -> tuple[str, list[str]] | None:
    """The filter of ``stances-over-time``: the actor's key, and ``since`` and ``until``
    compared as SPARQL compares two dates without time zone, by their text (the page
    checks the answer has no date of another form, see :data:`ODD_DATES`)."""
    if set(given) - {"actor", "since", "until"}:
        return None
    where, values = _BY_KEY, [given["actor"]]
    for key, op in (("since", ">="), ("until", "<=")):
        if key not in given:
            continue
        if not given[key].startswith(_DATE):
            return None
        where += f" AND c0 GLOB ? AND substr(c0, {len(_DATE) + 1}) {op} ?"
        values += [_PLAIN_DATE, given[key][len(_DATE) :]]
    return where, values


def _columns(n: int) -> str:
    return ", ".join(f"c{i}" for i in range(n))


def _rows(solutions: Any, width: int) -> Iterator[tuple[Any, ...]]:
    for rank, row in enumerate(solutions):
        yield (rank, *(encode_term(row[i]) for i in range(width)))


def write_answers(store: ox.Store, db: sqlite3.Connection) -> None:
    """Write every kept answer (table ``answer_<n>`` per query, ``answers`` naming them),
    and the name keys and cluster members their filters read."""
    db.execute(
        "CREATE TABLE answers (name TEXT PRIMARY KEY, tab TEXT, source TEXT, width INT, "
        "variables TEXT)"
    )
    for n, table in enumerate(ANSWERS.values()):
        text = shipped_text(table.name)
        query = None if text is None else answer_text(table, text)
        if text is None or query is None:
            continue
        solutions: Any = store.query(query)
        names = [v.value for v in solutions.variables]
        width = len(names)
        tab = f"answer_{n}"
        db.execute(f"CREATE TABLE {tab} (rank INTEGER PRIMARY KEY, {_columns(width)})")
        marks = ", ".join("?" * (width + 1))
        db.executemany(f"INSERT INTO {tab} VALUES ({marks})", _rows(solutions, width))
        for extra in range(width - len(table.extra), width):
            db.execute(f"CREATE INDEX {tab}_c{extra} ON {tab} (c{extra}, rank)")
        db.execute(
            "INSERT INTO answers VALUES (?, ?, ?, ?, ?)",
            (table.name, tab, source_hash(text), width, " ".join(names)),
        )
    for name, query, first, second in (
        ("keys", _KEYS, "key", "who"),
        ("members", _MEMBERS, "who", "c"),
    ):
        db.execute(f"CREATE TABLE {name} ({first} TEXT, {second} TEXT)")
        found: Any = store.query(query)
        db.executemany(
            f"INSERT INTO {name} ({', '.join(v.value for v in found.variables)}) VALUES (?, ?)",
            ((encode_term(r[0]), encode_term(r[1])) for r in found),
        )
        db.execute(f"CREATE INDEX {name}_{first} ON {name} ({first}, {second})")


def read_answer(
    db: sqlite3.Connection,
    name: str,
    text: str,
    where: str,
    values: list[Any],
    limit: int,
    offset: int,
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]] | None:
    """The query's own variables, and rows ``offset`` to ``offset + limit`` of the kept
    answer of ``name`` that pass ``where`` (SQL over the extra columns ``{x0}``... with
    ``values`` for its ``?``), decoded; ``None`` when no answer of ``text`` is kept, or
    when a date range meets a date of another form than the page compares."""
    try:
        found = db.execute(
            "SELECT tab, width, variables FROM answers WHERE name = ? AND source = ?",
            (name, source_hash(text)),
        ).fetchone()
    except sqlite3.OperationalError:  # a listing written before answers were kept
        return None
    if found is None:
        return None
    tab, width, names = found
    dated = name == "stances-over-time" and _PLAIN_DATE in values
    if dated and db.execute(ODD_DATES.format(tab=tab), (_PLAIN_DATE,)).fetchone():
        return None
    own = width - len(ANSWERS[name].extra)
    condition = where.format(**{f"x{i}": f"c{own + i}" for i in range(width - own)})
    rows = db.execute(
        f"SELECT {_columns(own)} FROM {tab} WHERE {condition} ORDER BY rank LIMIT ? OFFSET ?",
        (*values, limit, offset),
    ).fetchall()
    return tuple(names.split()[:own]), [tuple(decode_term(t) for t in row) for row in rows]
