"""``stancegraph query``, ``queries`` and ``serve``: SPARQL from the shell and over HTTP."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import QueryError
from ._app import command, console, err_console, is_large, phase

_FORMATS = ("table", "csv", "json")


@command("query")
def query_command(
    graph: Annotated[
        Path, typer.Argument(help="Graph file (.ttl .nt .jsonld ...) or store directory.")
    ],
    sparql: Annotated[
        str | None, typer.Argument(help="A SPARQL query (or use -f / --name).")
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")
    ] = None,
    name: Annotated[
        str | None,
        typer.Option("--name", "-n", help="Run a named query (see `stancegraph queries`)."),
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Parameter NAME=VALUE (repeatable).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv or json (SPARQL JSON).")
    ] = "table",
    max_results: Annotated[int | None, typer.Option(help="Stop after this many rows.")] = None,
    limit: Annotated[
        int | None,
        typer.Option(help="One page of a SELECT answer: at most this many rows, in its order."),
    ] = None,
    offset: Annotated[int, typer.Option(help="Skip this many rows first (with --limit).")] = 0,
    memory: Annotated[
        bool, typer.Option("--memory", help="Copy a store into RAM first (faster queries).")
    ] = False,
) -> None:
    """Run a SPARQL query on a graph: inline, from a file, or a named query with parameters.

    Prefixes sg:, sgd:, rdfs:, skos:, dcterms:, prov:, schema: are predeclared.

    stancegraph query out/graph.ttl 'SELECT ?n WHERE { ?a a sg:Person ; rdfs:label ?n }'

    stancegraph query out/graph.ttl -f ontology/queries/actors.rq

    stancegraph query out/graph.ttl --name actors-on-topic --param topic=troops

    stancegraph query corpus/ --name statements --limit 100 --offset 100
    """
    from ..query import (
        error_line,
        get_named_query,
        load_for_query,
        parse_named_query,
        parse_params,
        run_named,
        serialize_result,
    )

    if fmt not in _FORMATS:
        raise QueryError(f"--format {fmt}: use one of {', '.join(_FORMATS)}")
    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        raise QueryError("give exactly one of: a SPARQL string, -f FILE.rq, --name NAME")
    if file is not None:
        try:
            text = file.read_text("utf-8")
        except OSError as exc:
            raise QueryError(f"{file}: cannot read the query: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise QueryError(f"{file}: the query file is not UTF-8") from None
        query = parse_named_query(text, file.stem, file)
    elif name is not None:
        query = get_named_query(name)
    else:
        query = parse_named_query(sparql or "", "query")
    params = parse_params(param or [])
    if (limit is not None and limit < 1) or offset < 0:
        raise QueryError("--limit must be >= 1 and --offset >= 0")
    with phase(f"reading {graph}" + (" into memory" if memory else ""), log=is_large(graph)):
        source = load_for_query(graph, memory=memory)
    try:
        result = run_named(
            source, query, params, max_results=max_results, limit=limit, offset=offset
        )
    except QueryError as exc:
        line = error_line(str(exc), query.sparql)
        if file is None or line is None:
            raise
        raise QueryError(f"{file}:{line}: {exc}") from None
    if result.kind == "CONSTRUCT":
        out = serialize_result(result, "json-ld" if fmt == "json" else "turtle")
        sys.stdout.write(out.decode("utf-8"))
    elif fmt == "table":
        console.print(_table(result))
    else:
        sys.stdout.write(serialize_result(result, fmt).decode("utf-8"))
        if fmt == "json":
            sys.stdout.write("\n")
    if result.truncated and limit is not None and len(result.rows) == limit:
        err_console.print(
            f"[yellow]note:[/] more rows follow; the next page is --offset {offset + limit}"
        )
    elif result.truncated:
        err_console.print(f"[yellow]note:[/] stopped after {max_results} rows (--max-results)")


def _table(result):  # type: ignore[no-untyped-def]
    """A rich table of a SELECT or ASK answer, IRIs shortened with the graph's prefixes."""
    from rich.table import Table

    from ..query import format_term

    if result.kind == "ASK":
        table = Table("answer")
        table.add_row("yes" if result.boolean else "no")
        return table
    table = Table(*result.variables, caption=f"{len(result.rows)} row(s)", show_lines=False)
    for row in result.rows:
        table.add_row(*(format_term(t, result.namespaces) for t in row))
    return table


@command("queries")
def queries_command() -> None:
    """List the named queries with their parameters (run one with `query --name`)."""
    from rich.table import Table

    from ..query import list_named_queries

    table = Table("name", "answers", "parameters")
    for query in list_named_queries():
        params = "\n".join(
            f"{p.name}{'' if p.required else ' (optional)'}: {p.description}"
            for p in query.parameters
        )
        table.add_row(query.name, query.summary, params or "-")
    console.print(table)


@command("serve")
def serve_command(
    graph: Annotated[
        Path,
        typer.Argument(
            help="Graph file (.ttl .nt .jsonld ...) or store directory, served read-only."
        ),
    ],
    host: Annotated[
        str, typer.Option(help="Interface to listen on (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    timeout: Annotated[
        float, typer.Option(help="Seconds a query may run before it is stopped.")
    ] = 5.0,
    max_results: Annotated[
        int, typer.Option(help="At most this many rows or triples per answer.")
    ] = 10_000,
    workers: Annotated[
        int,
        typer.Option(
            help="Query worker processes (each holds the graph); with 3, a cheap query "
            "still answers while two slow ones run."
        ),
    ] = 3,
    memory: Annotated[
        bool,
        typer.Option(
            "--memory",
            help="Each worker copies a store into RAM: faster lookups, slower scans "
            "(see the README's benchmarks); ~600 MB and ~10 s to load per million triples.",
        ),
    ] = False,
) -> None:
    """Serve a graph as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    Open http://HOST:PORT/ in a browser for a query page. Updates get 403; a query past
    --timeout is stopped and answered with 503, and the server keeps serving. A store is
    served live: answers include what a running `stancegraph add` commits. An answer cut
    at --max-results says so in a header and, in JSON, in its body.
    """
    from ..errors import StancegraphError
    from ..serve import ServeConfig, serve

    if timeout <= 0 or max_results < 1 or workers < 1 or not 0 <= port <= 65535:
        raise StancegraphError(
            "--timeout must be > 0, --max-results and --workers >= 1, --port 0-65535"
        )
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(
            f"[yellow]warning:[/] listening on {host}: anyone who can reach it can query this graph",
            highlight=False,
        )
    config = ServeConfig(
        source=graph,
        host=host,
        port=port,
        timeout=timeout,
        max_results=max_results,
        workers=workers,
        memory=memory,
    )
    serve(
        config,
        announce=lambda url: console.print(
            f"SPARQL endpoint: {url}sparql  (query page: {url})", highlight=False
        ),
        loading=lambda: phase(
            f"loading {graph} into {workers} query worker(s)", log=is_large(graph)
        ),
    )
