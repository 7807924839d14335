"""Reading and writing graph files: formats by suffix, one-line errors, atomic writes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from .errors import GraphFileError
from .namespaces import bind_prefixes

__all__ = ["FORMATS", "atomic_write", "format_for", "load_graph", "save_graph"]

#: Serialisation formats by file suffix (rdflib plugin names).
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".trig": "trig",
    ".nq": "nquads",
}


def format_for(path: str | Path) -> str:
    """The rdflib format name for a path, from its suffix (Turtle when unknown)."""
    return FORMATS.get(Path(path).suffix.lower(), "turtle")


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file; any parse problem becomes one :class:`GraphFileError` line."""
    path = Path(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no such file or directory")
    if path.is_dir():
        raise GraphFileError(f"{path}: is a directory, not a graph file")
    if path.stat().st_size == 0:
        raise GraphFileError(f"{path}: the file is empty")
    graph = Graph()
    bind_prefixes(graph)
    try:
        graph.parse(path, format=format_for(path))
    except Exception as exc:  # rdflib raises many unrelated types for bad input
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        raise GraphFileError(f"{path}: not a valid {format_for(path)} graph: {detail}") from None
    return graph


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Write through ``write(tmp)`` to a temporary file beside ``path``, then rename it.

    A crash or kill mid-write leaves the previous file whole: the rename is atomic on one
    filesystem.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def save_graph(graph: Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Serialise ``graph`` atomically to ``path`` (format from the suffix unless given)."""
    fmt = fmt or format_for(path)
    return atomic_write(path, lambda tmp: graph.serialize(destination=tmp, format=fmt))
