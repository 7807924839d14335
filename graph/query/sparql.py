"""SPARQL text: what kind of request a text is, where its parser error is, parameters
written into it, and one page of it.

Nothing here changes what a query means: parameters become RDF terms (escaped, never
syntax) and a page sets the outermost LIMIT and OFFSET.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from rdflib.term import Node

from ..errors import QueryError

__all__ = [
    "UPDATE_KEYWORDS",
    "check_page",
    "declared_prefixes",
    "error_line",
    "inject_rows",
    "inject_values",
    "inline_parameters",
    "is_update",
    "one_line",
    "page",
    "query_form",
    "uses_service",
]


def one_line(exc: BaseException) -> str:
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


def inject_rows(sparql: str, name: str, terms: Iterable[Node]) -> str:
    """Join the outermost WHERE pattern with ``VALUES ?name { term ... }``: the query's
    answer for those values of ``?name`` only (terms written with ``n3()``, as in
    :func:`inject_values`)."""
    _check_names([name])
    block = f" VALUES ?{name} {{ {' '.join(term.n3() for term in terms)} }}"
    at = _where_braces(sparql)[0]
    return f"{sparql[: at + 1]}{block}{sparql[at + 1 :]}"


_BOUND_OPEN = re.compile(r"(?i)\bBOUND\s*\(\s*$")
_BOUND_CLOSE = re.compile(r"\s*\)")


def inline_parameters(sparql: str, bindings: Mapping[str, Node], declared: Iterable[str]) -> str:
    """A named query with its parameters written in as constants: the values are pasted
    into the text, each as one RDF term.

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


def check_page(limit: int | None, offset: int) -> None:
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("--limit and --offset must be >= 0")


def page(sparql: str, limit: int | None = None, offset: int = 0) -> str:
    """The query with its outermost LIMIT and OFFSET set: one page of its answer.

    The page is pushed into the query rather than cut from the rows, so an engine stops
    early where it can and the page is the same whatever the engine. The query's own
    ORDER BY still decides which rows come first; a LIMIT or OFFSET the query already
    ends with is combined with the page's.
    """
    if limit is None and not offset:
        return sparql
    check_page(limit, offset)
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
