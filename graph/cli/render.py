"""``stancegraph render``: a graph file -> one self-contained, offline HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import command, console, is_large, phase


@command("render")
def render_command(
    graph: Annotated[Path, typer.Argument(help="Graph file (.ttl .nt .jsonld ...).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "graph.html"
    ),
    topics: Annotated[
        bool, typer.Option("--topics", help="Draw topic nodes with actor -> topic stance edges.")
    ] = False,
    physics: Annotated[
        bool | None,
        typer.Option(
            "--physics/--no-physics",
            help="Start with physics on (default: on up to 150 nodes, off above).",
        ),
    ] = None,
    max_edges: Annotated[
        int | None,
        typer.Option(
            min=1, help="Draw at most this many edges, the strongest first (default: 10000)."
        ),
    ] = None,
    title: Annotated[str, typer.Option(help="Page title.")] = "stancegraph",
    seed: Annotated[int, typer.Option(help="Seed of the layout.")] = 0,
) -> None:
    """Write an interactive HTML page of GRAPH that works offline and can be shared as one file."""
    from ..errors import InputError
    from ..io import check_writable, load_graph
    from ..render import render_graph

    if out.is_dir():
        raise InputError(f"{out}: is a directory; give a file name such as {out / 'graph.html'}")
    check_writable(out)
    large = is_large(graph)
    with phase(f"reading {graph}", log=large):
        loaded = load_graph(graph)
    limit = {} if max_edges is None else {"max_edges": max_edges}
    with phase(f"drawing {out}", log=large):
        path = render_graph(
            loaded, out, topics=topics, physics=physics, title=title, seed=seed, **limit
        )
    console.print(f"wrote {path}", highlight=False, soft_wrap=True)
