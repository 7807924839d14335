"""Named queries: the ``.rq`` files of ``ontology/queries/``, their headers and parameters.

Each file starts with a comment header that says what it answers and which parameters it
takes. A user's value is checked against the parameter's declared type and turned into
one RDF term here; :mod:`graph.query.sparql` writes it into the query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from rdflib import Literal as RDFLiteral
from rdflib import URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError
from ..ontology import QUERIES_DIR

__all__ = [
    "NamedQuery",
    "Parameter",
    "bind_parameters",
    "get_named_query",
    "list_named_queries",
    "parse_named_query",
    "parse_params",
]

ParamType = Literal["string", "date", "integer", "iri", "key"]

_PARAM_LINE = re.compile(r"^#\s+(?P<name>[A-Za-z_][\w-]*)\s+\((?P<spec>[^)]*)\)\s*(?P<doc>.*)$")


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
