"""The ``stancegraph`` command line: thin wrappers over functions the notebooks call too.

Each command lives in its own module; importing them registers them on :data:`app`.
"""

from __future__ import annotations

from . import build, clusters, evaluate, migrate, query, render, store, topics, validate  # noqa: F401
from ._app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
