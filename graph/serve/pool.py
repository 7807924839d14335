"""The pool of query worker processes, and what the endpoint is configured with.

A worker that overruns the time limit is killed and replaced: neither rdflib nor
Oxigraph can interrupt a query from another thread, and a process can always be stopped.
"""

from __future__ import annotations

import logging
import queue
import socket
import subprocess
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import GraphFileError
from ..store import is_store
from .protocol import Answer

log = logging.getLogger(__name__)

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


def _prefixes() -> dict[str, str]:
    from rdflib import Graph

    from ..namespaces import bind_prefixes

    graph = Graph()
    bind_prefixes(graph)
    return {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}


# The worker takes the parent's sys.path (as multiprocessing's spawn does), so it imports
# the same stancegraph as the parent however that one was found: installed, or a checkout
# a notebook put on sys.path.
_WORKER_CODE = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[4]); "
    "from graph.serve.worker import worker_main; "
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
        from ..query import is_update, uses_service

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
