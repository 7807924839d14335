"""Query answers: the engine-neutral result, and its formats (SPARQL JSON, XML, CSV, TSV,
RDF for graph answers, pandas DataFrames).

The CLI, the HTTP endpoint and the notebook API all print or serialise the same
:class:`QueryResult`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "GRAPH_FORMATS",
    "TABLE_FORMATS",
    "QueryKind",
    "QueryResult",
    "compact",
    "format_term",
    "serialize_result",
    "to_dataframe",
]

QueryKind = Literal["SELECT", "ASK", "CONSTRUCT"]

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
