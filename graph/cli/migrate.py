"""``stancegraph migrate``: bring a store made by an older stancegraph to the current format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import command, console


@command("migrate")
def migrate_command(
    store: Annotated[Path, typer.Argument(help="The store directory to migrate.")],
    seed: Annotated[int, typer.Option(help="Seed for clustering, as in build.")] = 0,
) -> None:
    """Migrate a store to the current store format: derived data into its own graph."""
    from ..migrate import migrate_store
    from ..store import FORMAT_VERSION

    found = migrate_store(store, seed=seed)
    console.print(f"{store}: store format {found} -> {FORMAT_VERSION}; derived graph rebuilt")
