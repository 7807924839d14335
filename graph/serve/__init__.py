"""A read-only SPARQL 1.1 Protocol endpoint over a stancegraph (FastAPI + uvicorn + Oxigraph).

Queries run in worker processes that hold the graph in Oxigraph (:mod:`.worker`, started
and replaced by :mod:`.pool`). A worker that overruns the time limit is killed and
replaced: neither rdflib nor Oxigraph can interrupt a query from another thread, and a
process can always be stopped. The HTTP process itself (:mod:`.app`) never evaluates
SPARQL, so a runaway query cannot stall the server.

Read-only by construction: workers only ever call ``Store.query``, which cannot modify;
SPARQL Update requests are refused with 403 before they reach a worker, and so is
``SERVICE`` (federation would make the server fetch arbitrary URLs) (:mod:`.protocol`).
"""

from __future__ import annotations

from .app import RunningServer, create_app, running_server, serve
from .page import query_page
from .pool import DEFAULT_TIMEOUT, DEFAULT_WORKERS, QueryPool, ServeConfig
from .protocol import Answer, negotiate, parse_request

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_WORKERS",
    "Answer",
    "QueryPool",
    "RunningServer",
    "ServeConfig",
    "create_app",
    "negotiate",
    "parse_request",
    "query_page",
    "running_server",
    "serve",
]
