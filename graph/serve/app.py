"""The HTTP side of the endpoint: the FastAPI app, and running it.

:func:`serve` runs it in the foreground until interrupted; :func:`running_server` in a
background thread, for tests and notebooks.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import StancegraphError
from .page import query_page
from .pool import QueryPool, ServeConfig
from .protocol import MAX_BODY_BYTES, negotiate, parse_request

if TYPE_CHECKING:
    from fastapi import FastAPI


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
