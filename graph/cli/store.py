"""``stancegraph add``: add articles to a persistent store, incrementally and idempotently."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import command, console
from .build import (
    DEFAULT_MAX_BYTES,
    AttributionOpt,
    CodebookOpt,
    DaskOpt,
    MaxBytesOpt,
    PathsArg,
    PipelineOpt,
    SeedOpt,
    WorkersOpt,
    report_shacl,
    run_build,
    summary_table,
)


@command("add")
def add_command(
    paths: PathsArg,
    store: Annotated[
        Path,
        typer.Option(help="The Oxigraph store directory to add to (created when missing)."),
    ],
    pipeline: PipelineOpt = None,
    seed: SeedOpt = 0,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    workers: WorkersOpt = 1,
    dask: DaskOpt = None,
    codebook: CodebookOpt = None,
    attribution: AttributionOpt = None,
) -> None:
    """Add articles to a store: ones already stored are skipped, clusters are recomputed.

    Each article is committed in its own transaction as soon as it is extracted, so an
    interrupted add keeps every article it committed; running it again adds the rest and
    finishes resolving actors and clustering. With nothing new, the store is not touched.
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
        attribution=attribution,
    )
    table = summary_table(result)
    table.title = "stancegraph add"
    console.print(table)
    report_shacl(result)
    console.print(f"store {store}", highlight=False)
