"""pyvis HTML of a stancegraph (placeholder until the interactive page lands)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .io import atomic_write

__all__ = ["render_graph"]


def render_graph(graph: Graph, path: str | Path) -> Path:
    """Write an HTML page for ``graph`` to ``path``."""
    return atomic_write(path, lambda tmp: tmp.write_text("<!doctype html><title>stancegraph</title>"))
