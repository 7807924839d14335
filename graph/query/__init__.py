"""SPARQL over a stancegraph: ad-hoc and named queries, results as tables, DataFrames, files.

:mod:`.named` reads the named queries of ``ontology/queries/`` and checks their
parameters; :mod:`.sparql` handles query text (request kinds, parameters written in as
RDF terms, pages); :mod:`.engine` runs queries on rdflib or Oxigraph; :mod:`.results`
holds the engine-neutral answer and its formats.
"""

from __future__ import annotations

from .engine import (
    load_for_query,
    open_oxigraph,
    oxigraph_view,
    rdflib_dataset,
    run_named,
    run_sparql,
)
from .named import (
    NamedQuery,
    Parameter,
    bind_parameters,
    get_named_query,
    list_named_queries,
    parse_named_query,
    parse_params,
)
from .results import (
    GRAPH_FORMATS,
    TABLE_FORMATS,
    QueryResult,
    compact,
    format_term,
    serialize_result,
    to_dataframe,
)
from .sparql import (
    UPDATE_KEYWORDS,
    declared_prefixes,
    error_line,
    inject_values,
    inline_parameters,
    is_update,
    page,
    query_form,
    uses_service,
)

__all__ = [
    "GRAPH_FORMATS",
    "TABLE_FORMATS",
    "UPDATE_KEYWORDS",
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
    "rdflib_dataset",
    "run_named",
    "run_sparql",
    "serialize_result",
    "to_dataframe",
    "uses_service",
]
