"""SPARQL over a stancegraph: ad-hoc and named queries, results as tables, DataFrames, files.

Named queries live in ``ontology/queries/NAME.rq``. Each starts with a comment header that
says what it answers and which parameters it takes; parameters are passed to the engine as
``initBindings`` (rdflib) / SEP-0007 substitutions (Oxigraph through oxrdflib), never pasted
into the query text, so a user's value can never change the query's meaning.

The result model (:class:`QueryResult`) is engine-neutral: the CLI, the HTTP endpoint and
the notebook API all print or serialise the same thing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import GraphFileError, QueryError
from .ontology import QUERIES_DIR

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "GRAPH_FORMATS",
    "TABLE_FORMATS",
    "NamedQuery",
    "Parameter",
    "QueryResult",
    "bind_parameters",
    "compact",
    "declared_prefixes",
    "error_line",
    "format_term",
    "get_named_query",
    "inject_values",
    "inline_parameters",
    "is_update",
    "list_named_queries",
    "load_for_query",
    "open_oxigraph",
    "oxigraph_view",
    "page",
    "parse_named_query",
    "parse_params",
    "query_form",
    "run_named",
    "run_sparql",
    "serialize_result",
    "to_dataframe",
    "uses_service",
]

QueryKind = Literal["SELECT", "ASK", "CONSTRUCT"]
ParamType = Literal["string", "date", "integer", "iri", "key"]

#: Result formats for SELECT/ASK answers: name -> media type.
TABLE_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: Result formats for CONSTRUCT/DESCRIBE answers: name -> (media type, rdflib plugin).
GRAPH_FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("text/turtle", "turtle"),
    "json-ld": ("application/ld+json", "json-ld"),
    "nt": ("application/n-triples", "nt"),
    "rdfxml": ("application/rdf+xml", "xml"),
}

_PARAM_LINE = re.compile(r"^#\s+(?P<name>[A-Za-z_][\w-]*)\s+\((?P<spec>[^)]*)\)\s*(?P<doc>.*)$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Parameter:
    """One parameter of a named query, bound to the SPARQL variable of the same name."""

    name: str
    description: str
    required: bool = True
    type: ParamType = "string"


@dataclass(frozen=True)
class NamedQuery:
    """A query from ``ontology/queries/``: its name, what it answers, its parameters."""

    name: str
    summary: str
    sparql: str
    parameters: tuple[Parameter, ...] = ()
    path: Path | None = None

    def parameter(self, name: str) -> Parameter | None:
        """The declared parameter called ``name``, if any."""
        return next((p for p in self.parameters if p.name == name), None)


@dataclass(frozen=True)
class QueryResult:
    """An engine-neutral SPARQL answer.

    SELECT fills ``variables`` and ``rows`` (``None`` for an unbound cell); ASK fills
    ``boolean``; CONSTRUCT and DESCRIBE fill ``graph``. ``truncated`` says a result cap
    cut the answer short.
    """

    kind: QueryKind
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False
    namespaces: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def __len__(self) -> int:
        if self.kind == "SELECT":
            return len(self.rows)
        if self.kind == "ASK":
            return 1
        return len(self.graph) if self.graph is not None else 0


# ---------------------------------------------------------------- named queries


def parse_named_query(text: str, name: str, path: Path | None = None) -> NamedQuery:
    """Read a named query's header: first comment line = summary, then ``Parameters:``.

    A parameter line reads ``#   name  (required|optional[, type])  description``, with
    type one of string (default), date, integer, iri, key. A key is a name to look up by
    ``skos:hiddenLabel``: it is bound trimmed and lower-cased (as SPARQL's ``LCASE``), so
    the query can match it with one index lookup instead of lower-casing every name.
    """
    summary = ""
    params: list[Parameter] = []
    in_params = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        if not summary and body:
            summary = body
            continue
        if body.lower().rstrip(":") == "parameters":
            in_params = True
            continue
        if in_params:
            match = _PARAM_LINE.match(stripped)
            if match is None:
                in_params = bool(body) and params == []
                continue
            spec = [s.strip().lower() for s in match["spec"].split(",")]
            kind = next(
                (s for s in spec if s in ("string", "date", "integer", "iri", "key")), "string"
            )
            params.append(
                Parameter(
                    name=match["name"],
                    description=match["doc"].strip(),
                    required="optional" not in spec,
                    type=kind,  # type: ignore[arg-type]
                )
            )
    return NamedQuery(name=name, summary=summary, sparql=text, parameters=tuple(params), path=path)


@cache
def _shipped_queries() -> dict[str, NamedQuery]:
    return _read_queries(QUERIES_DIR)


def _load_named(directory: Traversable) -> dict[str, NamedQuery]:
    return _shipped_queries() if directory is QUERIES_DIR else _read_queries(directory)


def _read_queries(directory: Traversable) -> dict[str, NamedQuery]:
    queries: dict[str, NamedQuery] = {}
    files = sorted((f for f in directory.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    for file in files:
        name = file.name.removesuffix(".rq")
        path = file if isinstance(file, Path) else None
        queries[name] = parse_named_query(file.read_text("utf-8"), name, path)
    return queries


def list_named_queries(directory: Traversable = QUERIES_DIR) -> list[NamedQuery]:
    """Every named query shipped in ``ontology/queries/``, sorted by name."""
    return list(_load_named(directory).values())


def get_named_query(name: str, directory: Traversable = QUERIES_DIR) -> NamedQuery:
    """The named query called ``name``; an unknown name lists the known ones."""
    queries = _load_named(directory)
    if name not in queries:
        known = ", ".join(queries) or "none"
        raise QueryError(f"no named query {name!r}; known queries: {known}")
    return queries[name]


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """``["k=v", ...]`` from the command line -> ``{"k": "v"}`` (values may contain '=')."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        params[key.strip()] = value
    return params


def _term(param: Parameter, value: Any) -> Node:
    """Turn a user's value into an RDF term of the parameter's declared type."""
    if isinstance(value, Node):
        return value
    text = str(value)
    if param.type == "date":
        try:
            return RDFLiteral(date.fromisoformat(text).isoformat(), datatype=XSD.date)
        except ValueError:
            raise QueryError(
                f"parameter {param.name}={text!r}: expected a date YYYY-MM-DD"
            ) from None
    if param.type == "integer":
        try:
            return RDFLiteral(int(text), datatype=XSD.integer)
        except ValueError:
            raise QueryError(f"parameter {param.name}={text!r}: expected an integer") from None
    if param.type == "key":
        return RDFLiteral(text.strip().lower())
    if param.type == "iri":
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", text):
            raise QueryError(f"parameter {param.name}={text!r}: expected an absolute IRI")
        return URIRef(text)
    return RDFLiteral(text)


def bind_parameters(query: NamedQuery, params: Mapping[str, Any]) -> dict[str, Node]:
    """Check ``params`` against the query's declared parameters and type them as RDF terms.

    A query without declared parameters (an ad-hoc ``.rq`` file) binds any name given as a
    plain string literal.
    """
    if not query.parameters:
        return {k: _term(Parameter(k, ""), v) for k, v in params.items()}
    declared = ", ".join(p.name for p in query.parameters)
    bindings: dict[str, Node] = {}
    for key, value in params.items():
        param = query.parameter(key)
        if param is None:
            raise QueryError(f"{query.name} has no parameter {key!r}; it takes: {declared}")
        bindings[key] = _term(param, value)
    missing = [p.name for p in query.parameters if p.required and p.name not in bindings]
    if missing:
        needed = " ".join(f"--param {m}=..." for m in missing)
        raise QueryError(f"{query.name} needs {needed} ({query.parameter(missing[0]).description})")  # type: ignore[union-attr]
    return bindings


# ---------------------------------------------------------------- running


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:400] or type(exc).__name__


_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
)
_WORD = re.compile(r"[A-Za-z_][\w.-]*(?::[\w.%-]*)?")
# The query's own PREFIX lines, bound in CONSTRUCT answers so Turtle output uses them.
_DECLARED_PREFIX = re.compile(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>")
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _tokens(sparql: str, *, variables: bool = False) -> Iterator[tuple[int, str]]:
    """Offsets and text of the keywords and braces of a query (and, if asked, of its
    variables, as ``?name``), nothing else.

    A small scanner: comments, strings, IRIs, variables and prefixed names are skipped, so
    a ``#`` in an IRI, a ``{`` in a string or ``ex:service`` is never taken for syntax.
    Keywords come upper-cased.
    """
    i, n = 0, len(sparql)
    while i < n:
        ch = sparql[i]
        if ch == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end + 1
        elif ch in "\"'":
            match = _STRING.match(sparql, i)
            i = match.end() if match else i + 1
        elif ch == "<":
            match = _IRIREF.match(sparql, i)
            i = match.end() if match else i + 1
        elif ch in "?$:":
            match = _WORD.match(sparql, i + 1)
            if variables and ch != ":" and match:
                yield i, f"?{match.group()}"
            i = match.end() if match else i + 1
        elif ch.isalpha() or ch == "_":
            match = _WORD.match(sparql, i)
            assert match is not None
            word = match.group()
            if ":" not in word:
                yield i, word.upper()
            i = match.end()
        elif ch in "{}":
            yield i, ch
            i += 1
        else:
            i += 1


#: The first keyword of a SPARQL Update request (after PREFIX and BASE declarations).
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)


def query_form(sparql: str) -> str | None:
    """The first keyword after the prologue: SELECT, ASK, CONSTRUCT, DESCRIBE, INSERT ..."""
    for _, token in _tokens(sparql):
        if token not in ("PREFIX", "BASE"):
            return token
    return None


def is_update(sparql: str) -> bool:
    """Whether ``sparql`` is a SPARQL Update request rather than a query."""
    return query_form(sparql) in UPDATE_KEYWORDS


def uses_service(sparql: str) -> bool:
    """Whether the query federates with ``SERVICE`` (which would make the engine fetch URLs)."""
    return any(token == "SERVICE" for _, token in _tokens(sparql))


def error_line(message: str, sparql: str | None = None) -> int | None:
    """The query line a parser error points at (rdflib ``line:N``, Oxigraph ``at N:M``).

    Oxigraph reports where its parser gave up, which after a line break is the start of
    the next line; given the query text, that position is moved back over whitespace to
    the last thing written, the line a person has to fix.
    """
    rdflib_form = re.search(r"\(line:(\d+),", message)
    if rdflib_form:
        return int(rdflib_form.group(1))
    oxigraph_form = re.search(r"\berror at (\d+):(\d+)", message)
    if not oxigraph_form:
        return None
    line, column = int(oxigraph_form.group(1)), int(oxigraph_form.group(2))
    if sparql is None:
        return line
    lines = sparql.split("\n")
    offset = sum(len(text) + 1 for text in lines[: line - 1]) + column - 1
    offset = min(offset, len(sparql))
    while offset > 0 and sparql[offset - 1].isspace():
        offset -= 1
    return sparql.count("\n", 0, max(offset - 1, 0)) + 1


def declared_prefixes(sparql: str) -> tuple[tuple[str, str], ...]:
    """The query's own ``PREFIX p: <ns>`` declarations, so a CONSTRUCT answer uses them."""
    return tuple((prefix or "", ns) for prefix, ns in _DECLARED_PREFIX.findall(sparql))


def _where_braces(sparql: str) -> list[int]:
    """Offsets of the ``{`` that open the WHERE pattern of the query and of each subquery.

    The WHERE keyword marks them; without it (``SELECT * { ... }``, ``ASK { ... }``) the
    first brace opens the query's pattern.
    """
    braces: list[int] = []
    first_brace = -1
    saw_where = False
    for at, token in _tokens(sparql):
        if token == "WHERE":
            saw_where = True
        elif token == "{":
            if saw_where:
                braces.append(at)
            elif first_brace < 0:
                first_brace = at
            saw_where = False
    # ``SELECT * { ... }`` has no WHERE keyword; a CONSTRUCT's first brace is its template.
    outer_unmarked = first_brace >= 0 and (not braces or first_brace < braces[0])
    if outer_unmarked and query_form(sparql) != "CONSTRUCT":
        braces.insert(0, first_brace)
    if not braces:
        raise QueryError("malformed SPARQL: no group pattern { ... } to bind parameters in")
    return braces


def _check_names(names: Iterable[str]) -> None:
    for name in names:
        if not _VAR_NAME.match(name):
            raise QueryError(f"parameter name {name!r}: use letters, digits and _")


def inject_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """Bind variables by a VALUES block at the start of every WHERE pattern.

    Values are written with rdflib's ``n3()``, which escapes quotes, backslashes and
    newlines, so a value is always one RDF term and never SPARQL syntax. A VALUES join at
    the top of the group is visible to every FILTER in it, on any SPARQL 1.1 engine
    (Oxigraph's own substitution insists the variable be projected). Subqueries get the
    block too, since a subquery sees nothing of the query around it. Named queries are
    bound by :func:`inline_parameters` instead.
    """
    if not bindings:
        return sparql
    _check_names(bindings)
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }}"
    # On the brace's own line, so the parser's line numbers still match the user's file.
    for at in reversed(_where_braces(sparql)):
        sparql = f"{sparql[: at + 1]}{block}{sparql[at + 1 :]}"
    return sparql


_BOUND_OPEN = re.compile(r"(?i)\bBOUND\s*\(\s*$")
_BOUND_CLOSE = re.compile(r"\s*\)")


def inline_parameters(sparql: str, bindings: Mapping[str, Node], declared: Iterable[str]) -> str:
    """A named query with its parameters written in as constants.

    Each ``?name`` of a given parameter becomes its value, written with rdflib's ``n3()``
    (quotes, backslashes and newlines escaped: always one RDF term, never SPARQL syntax),
    and ``BOUND(?name)`` of a declared parameter becomes ``(1 = 1)`` or ``(1 = 0)``. Unlike a
    VALUES join, a constant lets the engine apply a FILTER as soon as the pattern it tests
    is read: Oxigraph otherwise joins everything before testing a filter on a VALUES-bound
    variable (4 s instead of 60 ms for a conflicts page at a million triples). The named
    queries use parameters only inside expressions, where a constant is valid.
    """
    wanted = set(declared) | set(bindings)
    _check_names(wanted)
    pieces: list[str] = []
    last = 0
    for at, token in _tokens(sparql, variables=True):
        var = token[1:]
        if not token.startswith("?") or var not in wanted or at < last:
            continue
        end = at + len(token)
        opening = _BOUND_OPEN.search(sparql, last, at)
        closing = _BOUND_CLOSE.match(sparql, end)
        if opening is not None and closing is not None and opening.end() == at:
            # (1 = 1), not true: rdflib takes a bare boolean constant in FILTER as true.
            truth = "(1 = 1)" if var in bindings else "(1 = 0)"
            pieces += [sparql[last : opening.start()], truth]
            last = closing.end()
        elif var in bindings:
            pieces += [sparql[last:at], bindings[var].n3()]
            last = end
    return "".join(pieces) + sparql[last:]


_MODIFIER = re.compile(r"(?i)\b(LIMIT|OFFSET)\s+(\d+)")
#: A comment line that marks where a subquery may stop: see :func:`page`.
_WINDOW = re.compile(r"(?m)^([ \t]*)#[ \t]*page-window(?:[ \t]+x([1-9][0-9]?))?[ \t]*$")
#: A comment line that hands the page's last row number to the query: see :func:`page`.
_ROWS = re.compile(r"(?m)^([ \t]*)#[ \t]*page-rows[ \t]+\?([A-Za-z_][A-Za-z0-9_]*)[ \t]*$")


def _check_page(limit: int | None, offset: int) -> None:
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("--limit and --offset must be >= 0")


def page(sparql: str, limit: int | None = None, offset: int = 0) -> str:
    """The query with its outermost LIMIT and OFFSET set: one page of its answer.

    The page is pushed into the query rather than cut from the rows, so an engine stops
    early where it can and the page is the same whatever the engine. The query's own
    ORDER BY still decides which rows come first.

    A named query may also mark a subquery with a ``# page-window`` comment line after
    its ORDER BY: the subquery that picks, in the answer's order, the things each giving
    one or more rows (an actor's statements, the articles). Paging turns the comment into
    ``LIMIT offset + limit``, so only those are read further; unpaged, or run by another
    engine, it stays a comment and the query gives its whole answer. ``# page-window x2``
    makes it twice that, for a subquery whose things may each give no row of the page
    but are provably fewer than twice as many as the rows it needs (see conflicts.rq).
    ``# page-rows ?name`` becomes ``BIND(offset + limit AS ?name)``, for a query that
    works out from counts which of its groups of rows reach the page (see
    actors-on-topic.rq); unpaged, ``?name`` stays unbound.
    """
    if limit is None and not offset:
        return sparql
    _check_page(limit, offset)
    if limit is not None:
        rows = offset + limit
        sparql = _WINDOW.sub(lambda m: f"{m.group(1)}LIMIT {rows * int(m.group(2) or 1)}", sparql)
        sparql = _ROWS.sub(lambda m: f"{m.group(1)}BIND({rows} AS ?{m.group(2)})", sparql)
    braces = [at for at, token in _tokens(sparql) if token == "}"]
    if not braces:
        raise QueryError("malformed SPARQL: no group pattern { ... } to page")
    end = braces[-1] + 1
    head, tail = sparql[:end], sparql[end:]
    kept = {m.group(1).upper(): int(m.group(2)) for m in _MODIFIER.finditer(tail)}
    tail = _MODIFIER.sub("", tail).rstrip()
    if limit is None:
        limit = kept.get("LIMIT")
    total_offset = kept.get("OFFSET", 0) + offset
    clauses = ([f"LIMIT {limit}"] if limit is not None else []) + (
        [f"OFFSET {total_offset}"] if total_offset else []
    )
    return f"{head}{tail}\n{' '.join(clauses)}\n"


def run_sparql(
    graph: Graph,
    sparql: str,
    bindings: Mapping[str, Node] | None = None,
    *,
    max_results: int | None = None,
) -> QueryResult:
    """Run a SPARQL query (no updates) on ``graph`` and return an engine-neutral result.

    Malformed SPARQL raises :class:`QueryError` with the parser's message on one line.
    The graph's bound prefixes (``sg:``, ``sgd:``, ``dcterms:`` ...) are predeclared.
    """
    from rdflib.plugins.sparql import prepareQuery

    if not sparql.strip():
        raise QueryError("empty query")
    sparql = inject_values(sparql, bindings or {})
    try:
        if _is_rdflib_memory(graph):
            # Parse separately so a syntax error is reported as such, not as an engine error.
            prepared: Any = prepareQuery(sparql, initNs=dict(graph.namespaces()))
        else:
            prepared = sparql
    except Exception as exc:  # pyparsing and rdflib raise assorted types for bad syntax
        if is_update(sparql):
            raise QueryError("SPARQL Update is not allowed here: queries only") from None
        raise QueryError(f"malformed SPARQL: {_one_line(exc)}") from None
    try:
        result = graph.query(prepared)
    except QueryError:
        raise
    except SyntaxError as exc:  # Oxigraph's parser, through oxrdflib
        if is_update(sparql):
            raise QueryError("SPARQL Update is not allowed here: queries only") from None
        raise QueryError(f"malformed SPARQL: {_one_line(exc)}") from None
    except Exception as exc:  # engine errors on a query that parsed (or Oxigraph's parser)
        raise QueryError(f"SPARQL failed: {_one_line(exc)}") from None
    namespaces = tuple((p, str(n)) for p, n in graph.namespaces()) + declared_prefixes(sparql)
    return _from_rdflib(result, max_results, namespaces)


def _is_rdflib_memory(graph: Graph) -> bool:
    """Whether ``graph.query`` runs rdflib's own engine (and so wants a prepared query)."""
    return type(graph.store).__module__.startswith("rdflib.")


def _plain(term: Node | None) -> Node | None:
    """Oxigraph spells plain strings ``"x"^^xsd:string``; rdflib writes ``"x"``. Same term
    in RDF 1.1, so normalise to rdflib's form and both engines give equal rows.
    """
    if isinstance(term, RDFLiteral) and term.datatype == XSD.string:
        return RDFLiteral(str(term))
    return term


def _from_rdflib(
    result: Any, max_results: int | None, namespaces: tuple[tuple[str, str], ...]
) -> QueryResult:
    """rdflib's ``Result`` (from either engine) -> :class:`QueryResult`, cut at the cap."""
    if result.type == "ASK":
        return QueryResult("ASK", boolean=bool(result.askAnswer), namespaces=namespaces)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        for prefix, ns in namespaces:
            out.bind(prefix, ns, override=True)
        truncated = False
        for n, triple in enumerate(result):
            if max_results is not None and n >= max_results:
                truncated = True
                break
            out.add(tuple(_plain(t) for t in triple))  # type: ignore[arg-type]
        return QueryResult("CONSTRUCT", graph=out, truncated=truncated, namespaces=namespaces)
    variables = tuple(str(v) for v in result.vars)
    rows: list[tuple[Node | None, ...]] = []
    truncated = False
    for row in result:
        if max_results is not None and len(rows) >= max_results:
            truncated = True
            break
        rows.append(tuple(_plain(t) for t in row))
    return QueryResult(
        "SELECT", variables=variables, rows=tuple(rows), truncated=truncated, namespaces=namespaces
    )


def open_oxigraph(source: str | Path, *, memory: bool = False) -> Any:
    """A graph file or store directory as a ``pyoxigraph.Store`` (files are parsed in memory).

    Oxigraph parses ~25x faster than rdflib and answers the named queries 4x to over
    1000x faster (``benchmarks/bench_query.py``), so the CLI, the endpoint and the
    notebook API all query through it. A store directory opens read-only, on disk; with
    ``memory`` its graph is copied into RAM instead (:func:`graph.store.memory_store`).
    """
    import pyoxigraph as ox

    from .io import format_for
    from .store import is_store, memory_store

    source = Path(source)
    if source.is_dir():
        if not is_store(source):
            raise GraphFileError(f"{source}: is a directory, not a graph file or a store")
        try:
            store = ox.Store.read_only(str(source))
        except OSError as exc:
            raise GraphFileError(f"{source}: cannot open the store: {_one_line(exc)}") from None
        return memory_store(store) if memory else store
    if not source.exists():
        raise GraphFileError(f"{source}: no such file or directory")
    if source.stat().st_size == 0:
        raise GraphFileError(f"{source}: the file is empty")
    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "json-ld": ox.RdfFormat.JSON_LD,
        "xml": ox.RdfFormat.RDF_XML,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
    }
    store = ox.Store()
    try:
        store.bulk_load(path=str(source), format=formats[format_for(source)])
    except (SyntaxError, OSError, ValueError, KeyError):
        # Oxigraph is strict (e.g. remote JSON-LD contexts); rdflib may still read the
        # file, and when it cannot, its loader says why on one line.
        from .io import load_graph

        store = ox.Store()
        store.bulk_extend(_quads(load_graph(source)))
    return store


def _quads(graph: Graph) -> Any:
    from .store import graph_quads

    return graph_quads(graph)


def oxigraph_view(graph: Graph) -> Graph:
    """The same triples as an rdflib graph whose SPARQL runs in Oxigraph (a copy).

    A graph that already runs on Oxigraph (a store) is returned as it is.
    """
    if not _is_rdflib_memory(graph):
        return graph
    import pyoxigraph as ox

    from .store import store_graph

    store = ox.Store()
    store.bulk_extend(_quads(graph))
    view = store_graph(store)
    for prefix, namespace in graph.namespaces():
        if prefix not in dict(view.namespaces()):
            view.bind(prefix, namespace)
    return view


def load_for_query(source: str | Path, *, memory: bool = False) -> Graph:
    """Open a graph file or store for querying, on Oxigraph (a store in RAM with ``memory``)."""
    from .io import load_graph
    from .store import store_graph

    source = Path(source)
    if source.is_dir() and not memory:
        return load_graph(source)  # the store's own opener: a read-only view, no lock
    return store_graph(open_oxigraph(source, memory=memory))


#: Derived data some named queries read instead of counting or sorting statements: the
#: terms that show a query reads it, the term whose presence means the graph should have
#: it, the term that shows it has it, and its name.
_DERIVED_DATA = (
    (("sg:statementCount", "sg:onTopic", "sg:split ", "sg:conflictCount", "sg:supporterKey"),
     "speaker", "statementCount", "tallies (sg:Position, sg:statementCount)"),
    (("sg:positionKey",), "holder", "positionKey", "position keys (sg:positionKey)"),
    (("sg:hasSplitKey",), "split", "splitKey", "split keys (sg:splitKey)"),
    (("sg:actorKey",), "speaker", "actorKey", "actor keys (sg:actorKey)"),
    (("sg:statementKey",), "speaker", "statementKey", "speakers' statement keys (sg:statementKey)"),
    (("sg:sortKey",), "speaker", "sortKey", "statement sort keys (sg:sortKey)"),
    (("sg:articleKey",), "speaker", "articleKey", "article keys (sg:articleKey)"),
)  # fmt: skip


def _check_derived(graph: Graph, query: NamedQuery) -> None:
    """Refuse, rather than answer with nothing, a query that reads terms a graph lacks.

    Graphs made by this stancegraph have them; one written by hand or by an older
    version may not, and the query would silently find no rows.
    """
    from .namespaces import SG

    def has(term: str) -> bool:
        return next(iter(graph.triples((None, SG[term], None))), None) is not None

    for markers, present_if, term, what in _DERIVED_DATA:
        if any(m in query.sparql for m in markers) and has(present_if) and not has(term):
            raise QueryError(
                f"{query.name}: this graph has statements but no {what}, which this query "
                "reads; rebuild it with stancegraph build (or, for tallies, in Python: "
                "add_tallies(graph, graph_tallies(graph)))"
            )


def run_named(
    graph: Graph,
    name: str | NamedQuery,
    params: Mapping[str, Any] | None = None,
    *,
    max_results: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> QueryResult:
    """Run a named query (or a parsed ``.rq`` file) with its parameters bound safely.

    ``limit`` and ``offset`` ask for one page of the answer (see :func:`page`); the result
    says ``truncated`` when rows remain past the page.
    """
    query = get_named_query(name) if isinstance(name, str) else name
    bindings = bind_parameters(query, params or {})
    _check_derived(graph, query)
    sparql = inline_parameters(query.sparql, bindings, (p.name for p in query.parameters))
    if limit is None and not offset:
        return run_sparql(graph, sparql, max_results=max_results)
    _check_page(limit, offset)
    if query_form(sparql) != "SELECT":
        raise QueryError("--limit and --offset page SELECT queries only")
    # One row more than asked tells whether the answer goes on past this page.
    sparql = page(sparql, None if limit is None else limit + 1, offset)
    result = run_sparql(graph, sparql, max_results=max_results)
    if limit is None or len(result.rows) <= limit:
        return result
    return replace(result, rows=result.rows[:limit], truncated=True)


# ---------------------------------------------------------------- output


def compact(iri: str, namespaces: Sequence[tuple[str, str]]) -> str:
    """``https://w3id.org/stancegraph/id/actor/x`` -> ``sgd:actor/x``, for people to read."""
    best = ("", "")
    for prefix, ns in namespaces:
        if prefix and iri.startswith(ns) and len(ns) > len(best[1]):
            best = (prefix, ns)
    return f"{best[0]}:{iri[len(best[1]) :]}" if best[1] else iri


def format_term(term: Node | None, namespaces: Sequence[tuple[str, str]] = ()) -> str:
    """A cell as a person reads it: literal text, compacted IRIs, empty when unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return compact(str(term), namespaces)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, RDFLiteral)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _sparql_json(result: QueryResult) -> bytes:
    if result.kind == "ASK":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _sparql_xml(result: QueryResult) -> bytes:
    from xml.sax.saxutils import escape, quoteattr

    out = ['<?xml version="1.0" encoding="utf-8"?>']
    out.append('<sparql xmlns="http://www.w3.org/2005/sparql-results#">')
    out.append("<head>")
    out.extend(f"<variable name={quoteattr(v)}/>" for v in result.variables)
    out.append("</head>")
    if result.kind == "ASK":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            out.append("<result>")
            for var, term in zip(result.variables, row, strict=True):
                if term is None:
                    continue
                if isinstance(term, URIRef):
                    value = f"<uri>{escape(str(term))}</uri>"
                elif isinstance(term, BNode):
                    value = f"<bnode>{escape(str(term))}</bnode>"
                else:
                    assert isinstance(term, RDFLiteral)
                    attr = ""
                    if term.language:
                        attr = f" xml:lang={quoteattr(term.language)}"
                    elif term.datatype is not None and term.datatype != XSD.string:
                        attr = f" datatype={quoteattr(str(term.datatype))}"
                    value = f"<literal{attr}>{escape(str(term))}</literal>"
                out.append(f"<binding name={quoteattr(var)}>{value}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out).encode("utf-8")


def _sparql_csv(result: QueryResult) -> bytes:
    """SPARQL 1.1 CSV: plain values, blank nodes as ``_:id``, unbound as empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(format_term(t) for t in row)
    return buffer.getvalue().encode("utf-8")


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, RDFLiteral) and term.datatype in (XSD.integer, XSD.decimal, XSD.double):
        return str(term)  # the spec's abbreviated numeric form
    return term.n3()


def _sparql_tsv(result: QueryResult) -> bytes:
    """SPARQL 1.1 TSV: terms in Turtle syntax, so types and languages survive."""
    if result.kind == "ASK":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n".encode()
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines.extend("\t".join(_tsv_term(t) for t in row) for row in result.rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


_TABLE_WRITERS = {"json": _sparql_json, "xml": _sparql_xml, "csv": _sparql_csv, "tsv": _sparql_tsv}


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """Serialise an answer: json/xml/csv/tsv for SELECT and ASK; turtle/json-ld/nt/rdfxml
    for CONSTRUCT and DESCRIBE.
    """
    if result.kind == "CONSTRUCT":
        if fmt not in GRAPH_FORMATS:
            raise QueryError(
                f"a graph answer cannot be written as {fmt}; use {', '.join(GRAPH_FORMATS)}"
            )
        assert result.graph is not None
        data = result.graph.serialize(format=GRAPH_FORMATS[fmt][1])
        return data.encode("utf-8") if isinstance(data, str) else data
    if fmt not in _TABLE_WRITERS:
        raise QueryError(
            f"a {result.kind} answer cannot be written as {fmt}; use {', '.join(TABLE_FORMATS)}"
        )
    return _TABLE_WRITERS[fmt](result)


def _python_value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, RDFLiteral):
        value = term.toPython()
        if isinstance(value, RDFLiteral):  # an unknown datatype stays text
            return str(value)
        from decimal import Decimal

        return float(value) if isinstance(value, Decimal) else value
    return str(term)


def to_dataframe(result: QueryResult) -> pd.DataFrame:
    """A SELECT answer as a pandas DataFrame: one column per variable, Python values."""
    import pandas as pd

    if result.kind != "SELECT":
        raise QueryError(f"only SELECT answers are tables; this is a {result.kind} query")
    records = [[_python_value(t) for t in row] for row in result.rows]
    return pd.DataFrame.from_records(records, columns=list(result.variables))
