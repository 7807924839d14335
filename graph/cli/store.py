"""``stancegraph add``: add articles to a persistent store, incrementally and idempotently."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import command, console
from .build import report_shacl, run_build, summary_table


@command("add")
def add_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Article files (.txt .md .html .jsonl) or directories.")
    ],
    store: Annotated[
        Path,
        typer.Option(help="The Oxigraph store directory to add to (created when missing)."),
    ],
    pipeline: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline name or path (default: installed English model)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for clustering.")] = 0,
    max_bytes: Annotated[
        int, typer.Option(help="Skip files (and .jsonl lines) larger than this many bytes.")
    ] = 5 * 1024 * 1024,
    workers: Annotated[
        int, typer.Option(help="Extraction processes on this machine (same graph for any N).")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Run extraction on the Dask scheduler at this address (tcp://host:8786)."
        ),
    ] = None,
    codebook: Annotated[
        Path | None,
        typer.Option(
            help="Codebook YAML: named issues and their keywords/patterns; statements that "
            "match an issue take it as their topic."
        ),
    ] = None,
) -> None:
    """Add articles to a store: ones already stored are skipped, clusters are recomputed.

    Each article is committed in its own transaction, so an interrupted add leaves whole
    articles only; running it again adds the rest.
    """
    result = run_build(
        paths,
        pipeline=pipeline,
        seed=seed,
        max_bytes=max_bytes,
        store=store,
        workers=workers,
        dask=dask,
        codebook=codebook,
    )
    table = summary_table(result)
    table.title = "stancegraph add"
    console.print(table)
    report_shacl(result)
    console.print(f"store {store}", highlight=False)
