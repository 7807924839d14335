"""A read-only SPARQL 1.1 Protocol endpoint over a stancegraph (FastAPI + uvicorn + Oxigraph).

Queries run in worker processes that hold the graph in Oxigraph. A worker that overruns
the time limit is killed and replaced: neither rdflib nor Oxigraph can interrupt a query
from another thread, and a process can always be stopped. The HTTP process itself never
evaluates SPARQL, so a runaway query cannot stall the server.

Read-only by construction: workers only ever call ``Store.query``, which cannot modify;
SPARQL Update requests are refused with 403 before they reach a worker, and so is
``SERVICE`` (federation would make the server fetch arbitrary URLs).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GraphFileError, StancegraphError
from .query import declared_prefixes, open_oxigraph
from .store import is_store

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = [
    "Answer",
    "QueryPool",
    "RunningServer",
    "ServeConfig",
    "create_app",
    "negotiate",
    "parse_request",
    "running_server",
    "serve",
]

log = logging.getLogger(__name__)

#: Media types per result format, in order of preference when a client accepts anything.
TABLE_TYPES: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_TYPES: dict[str, tuple[str, ...]] = {
    "turtle": ("text/turtle", "application/x-turtle", "application/turtle"),
    "json-ld": ("application/ld+json", "application/x-json+ld", "application/json"),
    "nt": ("application/n-triples", "text/plain"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
}
#: ``format=`` values (what SPARQLWrapper, Virtuoso and Fuseki clients send) -> formats.
FORMAT_PARAM: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "json-ld"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "n3": (None, "turtle"),
    "json-ld": (None, "json-ld"),
    "jsonld": (None, "json-ld"),
    "nt": (None, "nt"),
    "n-triples": (None, "nt"),
    "ntriples": (None, "nt"),
    "rdf+xml": (None, "rdfxml"),
    "rdfxml": (None, "rdfxml"),
    "rdf": (None, "rdfxml"),
}
TRUNCATED_HEADER = "X-Stancegraph-Truncated"
#: Longest request body accepted; a query this long is a mistake or an attack.
MAX_BODY_BYTES = 1_000_000


#: Seconds a query may run by default: an interactive endpoint answers in that time or
#: says it could not; a longer analysis belongs in ``stancegraph query`` or a notebook.
DEFAULT_TIMEOUT = 5.0
#: Query workers by default: two expensive queries may run while a third worker still
#: answers the cheap ones at once.
DEFAULT_WORKERS = 3


@dataclass(frozen=True)
class ServeConfig:
    """What to serve and how: the graph file or store, where, and the query limits."""

    source: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = DEFAULT_TIMEOUT
    max_results: int = 10_000
    workers: int = DEFAULT_WORKERS
    memory: bool = False


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type, body and extra headers."""

    status: int
    media_type: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain", (message.rstrip("\n") + "\n").encode("utf-8"))


# ---------------------------------------------------------------- content negotiation


def _accepted(accept: str) -> list[tuple[str, float, int]]:
    """``Accept`` header -> (media range, q, position), ignoring malformed parts."""
    ranges: list[tuple[str, float, int]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q, position))
    return ranges


def _best(ranges: list[tuple[str, float, int]], types: dict[str, tuple[str, ...]]) -> str | None:
    """The format whose media type the client rates highest (ties: earlier in Accept)."""
    best: tuple[float, int, float, str] | None = None
    for order, (fmt, media_types) in enumerate(types.items()):
        for media in media_types:
            kind = media.split("/")[0]
            for rng, q, position in ranges:
                if q <= 0:
                    continue
                specificity = 2 if rng == media else 1 if rng == f"{kind}/*" else 0
                if rng not in (media, f"{kind}/*", "*/*"):
                    continue
                key = (q, specificity, -position - order / 100, fmt)
                if best is None or key[:3] > best[:3]:
                    best = key
    return best[3] if best else None


def negotiate(accept: str | None, fmt: str | None) -> tuple[str | None, str | None]:
    """The result formats for a table (SELECT/ASK) and a graph (CONSTRUCT/DESCRIBE) answer.

    A ``format`` parameter wins over ``Accept``; no preference gives SPARQL JSON and
    Turtle. ``None`` means the client accepts nothing we can write (406).
    """
    if fmt:
        key = fmt.strip().lower()
        if key in FORMAT_PARAM:
            return FORMAT_PARAM[key]
        accept = key  # a media type given as format=
    if not accept or not accept.strip():
        return "json", "turtle"
    ranges = _accepted(accept)
    return _best(ranges, TABLE_TYPES), _best(ranges, GRAPH_TYPES)


# ---------------------------------------------------------------- worker processes


def _ox_to_rdflib(term: Any) -> Any:
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))  # an RDF-star triple term, shown as text


def _prefixes() -> dict[str, str]:
    from rdflib import Graph

    from .namespaces import bind_prefixes

    graph = Graph()
    bind_prefixes(graph)
    return {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}


def evaluate(store: Any, request: Mapping[str, Any], *, union: bool = True) -> Answer:
    """Run one query on an Oxigraph store and serialise the answer (runs in a worker).

    ``union`` makes a file's named graphs (TriG, N-Quads) part of the default graph; a
    store's named graphs are its own bookkeeping, not the user's graph, and stay out.
    """
    import pyoxigraph as ox

    from .query import GRAPH_FORMATS, TABLE_FORMATS, QueryResult, serialize_result

    cap: int = request["max_results"]
    prefixes = request["prefixes"]
    try:
        raw = store.query(request["query"], prefixes=prefixes, use_default_graph_as_union=union)
        if isinstance(raw, ox.QueryBoolean):
            result = QueryResult("ASK", boolean=bool(raw))
        elif isinstance(raw, ox.QuerySolutions):
            variables = tuple(v.value for v in raw.variables)
            rows: list[tuple[Any, ...]] = []
            truncated = False
            for solution in raw:
                if len(rows) >= cap:
                    truncated = True
                    break
                rows.append(tuple(_ox_to_rdflib(solution[v]) for v in variables))
            result = QueryResult("SELECT", variables, tuple(rows), truncated=truncated)
        else:
            from rdflib import Graph

            graph = Graph()
            for prefix, ns in [*prefixes.items(), *declared_prefixes(request["query"])]:
                graph.bind(prefix, ns, override=True)
            truncated = False
            for n, triple in enumerate(raw):
                if n >= cap:
                    truncated = True
                    break
                graph.add(
                    (
                        _ox_to_rdflib(triple.subject),
                        _ox_to_rdflib(triple.predicate),
                        _ox_to_rdflib(triple.object),
                    )
                )
            result = QueryResult("CONSTRUCT", graph=graph, truncated=truncated)
    except SyntaxError as exc:
        return Answer.error(400, f"malformed SPARQL: {' '.join(str(exc).split())}")
    except OSError as exc:
        return Answer.error(500, f"query failed: {' '.join(str(exc).split())}")
    fmt = request["graph_format"] if result.kind == "CONSTRUCT" else request["table_format"]
    if fmt is None:
        offered = GRAPH_FORMATS if result.kind == "CONSTRUCT" else TABLE_FORMATS
        types = [v[0] if isinstance(v, tuple) else v for v in offered.values()]
        return Answer.error(406, f"a {result.kind} answer can be sent as: {', '.join(types)}")
    body = serialize_result(result, fmt)
    if result.truncated and fmt == "json":
        body = _say_truncated(body, cap)
    media = GRAPH_FORMATS[fmt][0] if result.kind == "CONSTRUCT" else TABLE_FORMATS[fmt]
    headers = {TRUNCATED_HEADER: f"max-results={cap}"} if result.truncated else {}
    return Answer(200, media, body, headers)


def _say_truncated(body: bytes, cap: int) -> bytes:
    """A SPARQL JSON answer that also says, in its body, that rows were cut.

    SPARQL clients show the body, not the headers; the results format lets a document
    carry members of its own beside ``head`` and ``results``, which clients ignore.
    """
    import json

    document = json.loads(body)
    document["stancegraph"] = {"truncated": True, "maxResults": cap}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _store_state(path: Path) -> tuple[tuple[str, int, int], ...]:
    """What a store's files look like now: it changes whenever a writer commits."""
    import os

    try:
        return tuple(
            sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path))
        )
    except OSError:
        return ()


def _count(store: Any, union: bool) -> int:
    """Triples a ``COUNT(*)`` over the served graph answers (a store's own bookkeeping in
    named graphs left out, as queries leave it out)."""
    found = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", use_default_graph_as_union=union
    )
    return int(next(iter(found))["n"].value)


def worker_main(fd: int, source: str, memory: bool = False) -> None:
    """Worker process: load the graph, then answer queries until the pipe closes.

    A store served from disk is read through a read-only view, which sees what was
    committed when it opened; before each query the worker looks whether a writer
    (``stancegraph add``) has committed since, and opens a fresh view if so. A file or a
    store copied into RAM is a snapshot by nature (the page says so).
    """
    conn = Connection(fd)
    path = Path(source)
    live = is_store(source) and not memory
    union = not is_store(source)
    try:
        state = _store_state(path) if live else ()
        store = open_oxigraph(path, memory=memory)
        triples = _count(store, union)
    except StancegraphError as exc:
        conn.send(("error", str(exc)))
        return
    except Exception as exc:  # anything else still has to reach the parent as one line
        conn.send(("error", f"{source}: cannot load: {' '.join(str(exc).split())}"))
        return
    conn.send(("ready", triples))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            now = _store_state(path) if live else state
            if now != state:
                state, store = now, open_oxigraph(path)
            if request.get("count"):
                answer = Answer(200, "text/plain", str(_count(store, union)).encode())
            else:
                answer = evaluate(store, request, union=union)
        except Exception as exc:  # a bug must not kill the worker silently
            answer = Answer.error(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(answer)


# The worker takes the parent's sys.path (as multiprocessing's spawn does), so it imports
# the same stancegraph as the parent however that one was found: installed, or a checkout
# a notebook put on sys.path.
_WORKER_CODE = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[4]); "
    "from graph.serve import worker_main; "
    "worker_main(int(sys.argv[1]), sys.argv[2], sys.argv[3] == 'memory')"
)


class _Worker:
    """One worker process and the socket pair to it.

    A plain subprocess rather than multiprocessing: ``spawn`` re-imports the caller's main
    module (a user's script without a ``__main__`` guard would start servers recursively),
    and ``fork`` is unsafe in a process that runs threads.
    """

    def __init__(self, source: Path, memory: bool = False) -> None:
        self.source = source
        self.memory = memory
        self.process: subprocess.Popen[bytes] | None = None
        self.conn: Connection | None = None
        self.triples = 0

    def start(self) -> None:
        import json
        import sys

        ours, theirs = socket.socketpair()
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _WORKER_CODE,
                str(theirs.fileno()),
                str(self.source),
                "memory" if self.memory else "disk",
                json.dumps(sys.path),
            ],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        parent = Connection(ours.detach())
        while not parent.poll(0.2):
            if process.poll() is not None:
                parent.close()
                raise GraphFileError(f"{self.source}: the query worker exited while loading it")
        try:
            status, detail = parent.recv()
        except EOFError:
            status, detail = "error", f"{self.source}: the query worker exited while loading it"
        if status != "ready":
            process.kill()
            process.wait(5)
            parent.close()
            raise GraphFileError(detail)
        self.process, self.conn, self.triples = process, parent, detail

    def ask(self, request: Mapping[str, Any], timeout: float) -> Answer | None:
        """The worker's answer, or ``None`` when it did not answer within ``timeout``."""
        assert self.conn is not None
        self.conn.send(dict(request))
        if not self.conn.poll(timeout):
            return None
        answer: Answer = self.conn.recv()
        return answer

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        if self.conn is not None:
            self.conn.close()
        self.process = None
        self.conn = None


class QueryPool:
    """Worker processes that answer queries; one that overruns the time limit is replaced."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: list[_Worker] = []
        self._prefixes = _prefixes()
        self._closed = False

    @property
    def triples(self) -> int:
        """Triples when the workers loaded the graph (:meth:`count` gives them now)."""
        return self._workers[0].triples if self._workers else 0

    @property
    def live(self) -> bool:
        """True when answers follow a store's new commits; False for a snapshot."""
        return is_store(self.config.source) and not self.config.memory

    def start(self) -> None:
        """Start the workers; a graph that cannot be loaded raises :class:`GraphFileError`."""
        for _ in range(max(1, self.config.workers)):
            worker = _Worker(self.config.source, self.config.memory)
            worker.start()
            self._workers.append(worker)
            self._idle.put(worker)

    def close(self) -> None:
        self._closed = True
        for worker in self._workers:
            worker.kill()

    def _replace(self, worker: _Worker) -> None:
        """Restart a killed worker in the background and return it to the pool when ready."""
        for attempt in range(5):
            if self._closed:
                return
            try:
                worker.start()
            except Exception as exc:  # keep trying: the next request waits for a worker
                log.error("restarting a query worker failed (%s); retrying", exc)
                time.sleep(1 + attempt)
                continue
            self._idle.put(worker)
            return

    def count(self) -> int:
        """Triples in the served graph now (a store's latest commits included)."""
        answer = self._ask({"count": True})
        return int(answer.body) if answer.status == 200 else self.triples

    def run(self, query: str, table_format: str | None, graph_format: str | None) -> Answer:
        """Answer one query within the configured time limit."""
        from .query import is_update, uses_service

        if is_update(query):
            return Answer.error(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if uses_service(query):
            return Answer.error(403, "SERVICE (federated query) is disabled on this endpoint")
        return self._ask(
            {
                "query": query,
                "table_format": table_format,
                "graph_format": graph_format,
                "max_results": self.config.max_results,
                "prefixes": self._prefixes,
            }
        )

    def _ask(self, request: dict[str, Any]) -> Answer:
        """Hand ``request`` to an idle worker; stop it at the time limit."""
        wait = self.config.timeout + 60
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            return Answer.error(503, f"all query workers stayed busy for {wait:.0f} s; try again")
        try:
            answer = worker.ask(request, self.config.timeout)
        except (EOFError, OSError, BrokenPipeError):
            answer = Answer.error(500, "the query worker died (out of memory?); it is restarting")
            worker.kill()
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            return answer
        if answer is None:
            worker.kill()
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            return Answer.error(
                503,
                f"query stopped: it ran longer than the time limit of {self.config.timeout:g} s",
            )
        self._idle.put(worker)
        return answer


# ---------------------------------------------------------------- HTTP


@dataclass(frozen=True)
class ParsedRequest:
    """What a SPARQL Protocol request asks for, or the error to answer with."""

    query: str | None = None
    error: Answer | None = None


def parse_request(
    method: str, content_type: str, params: Mapping[str, list[str]], body: bytes
) -> ParsedRequest:
    """Find the query in a GET or POST request, per the SPARQL 1.1 Protocol.

    GET ``?query=``; POST form-encoded ``query=``; POST ``application/sparql-query``
    body. Any update operation is refused with 403.
    """
    from urllib.parse import parse_qs

    media = content_type.split(";")[0].strip().lower()
    fields = {k: list(v) for k, v in params.items()}
    if len(body) > MAX_BODY_BYTES:
        return ParsedRequest(error=Answer.error(413, f"request body over {MAX_BODY_BYTES:,} bytes"))
    if method == "POST":
        if media == "application/sparql-update":
            return ParsedRequest(error=Answer.error(403, "SPARQL Update is not allowed: read-only"))
        if media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                return ParsedRequest(error=Answer.error(400, "the form body is not UTF-8"))
            for key, values in form.items():
                fields.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            try:
                fields.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                return ParsedRequest(error=Answer.error(400, "the query is not UTF-8"))
        else:
            return ParsedRequest(
                error=Answer.error(
                    415,
                    "POST a query as application/sparql-query or "
                    "application/x-www-form-urlencoded (query=...)",
                )
            )
    if "update" in fields:
        return ParsedRequest(error=Answer.error(403, "SPARQL Update is not allowed: read-only"))
    queries = fields.get("query", [])
    if len(queries) != 1:
        what = "no query" if not queries else "more than one query"
        return ParsedRequest(error=Answer.error(400, f"{what}: send exactly one query= parameter"))
    if not queries[0].strip():
        return ParsedRequest(error=Answer.error(400, "the query is empty"))
    return ParsedRequest(query=queries[0])


def create_app(pool: QueryPool) -> FastAPI:
    """The FastAPI app: ``/sparql`` (the protocol endpoint) and ``/`` (a query page)."""
    from fastapi import FastAPI
    from fastapi.concurrency import run_in_threadpool
    from fastapi.responses import HTMLResponse, Response
    from starlette.requests import Request

    app = FastAPI(
        title="stancegraph SPARQL endpoint", docs_url=None, redoc_url=None, openapi_url=None
    )

    async def endpoint(request: Request) -> Response:
        declared = request.headers.get("content-length", "0")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return Response(f"request body over {MAX_BODY_BYTES:,} bytes\n", status_code=413)
        body = await request.body() if request.method == "POST" else b""
        params: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            params.setdefault(key, []).append(value)
        parsed = parse_request(
            request.method, request.headers.get("content-type", ""), params, body
        )
        if parsed.error is not None:
            answer = parsed.error
        else:
            fmt = params.get("format", params.get("output", [None]))[0]
            table_format, graph_format = negotiate(request.headers.get("accept"), fmt)
            assert parsed.query is not None
            answer = await run_in_threadpool(pool.run, parsed.query, table_format, graph_format)
        charset = (
            "; charset=utf-8" if answer.media_type.startswith(("text/", "application/")) else ""
        )
        headers = {"Vary": "Accept", **answer.headers}
        return Response(
            answer.body,
            status_code=answer.status,
            media_type=answer.media_type + charset,
            headers=headers,
        )

    async def index(request: Request) -> Response:
        if request.method == "POST" or "query" in request.query_params:
            return await endpoint(request)
        triples = await run_in_threadpool(pool.count)
        return HTMLResponse(query_page(triples, live=pool.live))

    # Plain Starlette routes: the handlers take the raw request, no dependency injection.
    app.add_route("/sparql", endpoint, methods=["GET", "POST"])
    app.add_route("/", index, methods=["GET", "POST"])
    return app


def query_page(triples: int, *, live: bool = True) -> str:
    """The browser page: a query box, the named queries as examples, results as a table."""
    import html
    import json

    from .query import bind_parameters, inline_parameters, list_named_queries

    examples: dict[str, str] = {}
    for named in list_named_queries():
        sample = {}
        for param in named.parameters:
            if param.required:
                quoted = param.description.split('"')
                sample[param.name] = quoted[1] if len(quoted) > 2 else ""
        # Written in as the named-query runner does: constants, names lower-cased.
        bindings = bind_parameters(named, sample)
        params = [p.name for p in named.parameters]
        examples[named.name] = inline_parameters(named.sparql, bindings, params)
    first = examples.get(
        "actors", next(iter(examples.values()), "SELECT * WHERE { ?s ?p ?o } LIMIT 20")
    )
    options = "".join(
        f'<option value="{html.escape(name)}">{html.escape(name)}</option>' for name in examples
    )
    data = json.dumps(examples).replace("</", "<\\/")
    freshness = (
        "answers include what <code>stancegraph add</code> commits while it runs"
        if live
        else "a snapshot taken when the server started: restart it to see later changes"
    )
    return _PAGE.format(
        triples=f"{triples:,}",
        freshness=freshness,
        options=options,
        examples=data,
        first=html.escape(first),
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>stancegraph SPARQL</title>
<style>
body{{font:14px system-ui,sans-serif;margin:1.5em;max-width:80em}}
textarea{{width:100%;height:16em;font:13px ui-monospace,monospace}}
table{{border-collapse:collapse;margin-top:1em}} td,th{{border:1px solid #ccc;padding:.25em .5em;
vertical-align:top;text-align:left}} th{{background:#f3f3f3}}
#error{{color:#b00;white-space:pre-wrap}} pre{{background:#f7f7f7;padding:.5em;overflow:auto}}
</style></head><body>
<h1>stancegraph SPARQL endpoint</h1>
<p>{triples} triples, read-only; {freshness}. Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, GET or POST).
Prefixes <code>sg:</code>, <code>sgd:</code>, <code>rdfs:</code>, <code>skos:</code>,
<code>dcterms:</code>, <code>prov:</code>, <code>schema:</code> are predeclared.</p>
<form id="form">
<label>Example: <select id="example">{options}</select></label>
<textarea id="query" name="query" spellcheck="false">{first}</textarea>
<label>Answer as: <select id="format">
<option value="table">table</option><option value="json">SPARQL JSON</option>
<option value="xml">SPARQL XML</option><option value="csv">CSV</option>
<option value="tsv">TSV</option><option value="turtle">Turtle</option>
<option value="json-ld">JSON-LD</option></select></label>
<button type="submit">Run</button> <span id="status"></span>
</form>
<div id="error"></div><div id="out"></div>
<script>
const examples = {examples};
const $ = (id) => document.getElementById(id);
$("example").value = "actors";
$("example").onchange = () => {{ $("query").value = examples[$("example").value]; }};
function cell(term) {{
  if (!term) return "";
  return term.value;
}}
$("form").onsubmit = async (event) => {{
  event.preventDefault();
  $("error").textContent = ""; $("out").textContent = ""; $("status").textContent = "running…";
  const choice = $("format").value;
  const format = choice === "table" ? "json" : choice;
  const started = performance.now();
  const response = await fetch("sparql?format=" + encodeURIComponent(format), {{
    method: "POST",
    headers: {{"Content-Type": "application/x-www-form-urlencoded"}},
    body: new URLSearchParams({{query: $("query").value}}),
  }});
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  if (!response.ok) {{
    $("status").textContent = response.status + " (" + ms + " ms)";
    $("error").textContent = text; return;
  }}
  const truncated = response.headers.get("{truncated}");
  $("status").textContent = ms + " ms" + (truncated ? ", cut at " + truncated : "");
  const type = response.headers.get("content-type") || "";
  if (choice === "table" && type.startsWith("application/sparql-results+json")) {{
    const data = JSON.parse(text);
    if ("boolean" in data) {{ $("out").textContent = data.boolean ? "yes" : "no"; return; }}
    const table = document.createElement("table");
    const head = table.insertRow();
    for (const v of data.head.vars) {{
      const th = document.createElement("th"); th.textContent = v; head.appendChild(th);
    }}
    for (const row of data.results.bindings) {{
      const tr = table.insertRow();
      for (const v of data.head.vars) tr.insertCell().textContent = cell(row[v]);
    }}
    $("out").appendChild(table);
    const n = document.createElement("p");
    n.textContent = data.results.bindings.length + " row(s)"; $("out").appendChild(n);
  }} else {{
    const pre = document.createElement("pre"); pre.textContent = text; $("out").appendChild(pre);
  }}
}};
</script></body></html>
""".replace("{truncated}", TRUNCATED_HEADER)


# ---------------------------------------------------------------- running


def _listen(host: str, port: int) -> socket.socket:
    """Bind the listening socket first, so a busy port is one clear error, not a log line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.create_server((host, port), family=family, reuse_port=False)
    except OSError as exc:
        raise StancegraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def _url(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(
    config: ServeConfig,
    announce: Callable[[str], None] | None = None,
    loading: Callable[[], contextlib.AbstractContextManager[Any]] | None = None,
) -> None:
    """Load the graph, listen, and answer SPARQL until interrupted (Ctrl-C).

    Args:
        announce: called with the base URL once the graph is loaded and the port bound.
        loading: a context manager shown while the workers load the graph (a spinner).
    """
    import uvicorn

    sock = _listen(config.host, config.port)
    pool = QueryPool(config)
    try:
        with loading() if loading is not None else contextlib.nullcontext():
            pool.start()
        server = uvicorn.Server(
            uvicorn.Config(create_app(pool), log_level="warning", access_log=False)
        )
        if announce is not None:
            announce(_url(sock, config.host))
        server.run(sockets=[sock])
    finally:
        pool.close()
        sock.close()


@dataclass
class RunningServer:
    """A server running in a background thread (for tests and notebooks)."""

    url: str
    pool: QueryPool
    server: Any
    thread: threading.Thread

    @property
    def endpoint(self) -> str:
        return f"{self.url}sparql"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.pool.close()


@contextlib.contextmanager
def running_server(config: ServeConfig) -> Iterator[RunningServer]:
    """Serve in a background thread until the block ends; ``port=0`` picks a free port."""
    import uvicorn

    sock = _listen(config.host, config.port)
    pool = QueryPool(config)
    try:
        pool.start()
        server = uvicorn.Server(
            uvicorn.Config(create_app(pool), log_level="warning", access_log=False)
        )
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        running = RunningServer(_url(sock, config.host), pool, server, thread)
        try:
            yield running
        finally:
            running.stop()
    finally:
        pool.close()
        sock.close()
