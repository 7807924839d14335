"""Reading and writing graph files: formats by suffix, one-line errors, atomic writes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from .errors import GraphFileError, OutputError
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
    """Parse a graph file, or open a store directory; problems become one error line.

    A directory made by ``stancegraph build --store`` (an Oxigraph store) opens as an
    rdflib graph backed by it (oxrdflib): SPARQL runs in Oxigraph and nothing is loaded
    into memory, so every command that reads a graph file reads a store too. Readers
    never take the store's write lock: the view is read-only (a snapshot of what was
    committed when it opened), so an ``add`` can run beside any number of readers, a store
    on read-only media can be read, and reading leaves no file behind. A process that
    already holds the store open for writing (a notebook that just built it) reads
    through that handle instead.
    """
    path = Path(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no such file or directory")
    if path.is_dir():
        from .store import is_store, open_for_reading, store_graph

        if not is_store(path):
            raise GraphFileError(f"{path}: is a directory, not a graph file or a store")
        return store_graph(open_for_reading(path), path)
    if path.stat().st_size == 0:
        raise GraphFileError(f"{path}: the file is empty")
    graph = Graph()
    bind_prefixes(graph)
    try:
        graph.parse(path, format=format_for(path))
    except Exception as exc:  # rdflib raises many unrelated types for bad input
        raise GraphFileError(_parse_error(path, format_for(path), exc)) from None
    return graph


def _parse_error(path: Path, fmt: str, exc: Exception) -> str:
    """``path:LINE: not a valid <fmt> graph: why`` from whichever parser failed.

    Each rdflib parser reports position differently (notation3 ``lines``, JSON ``lineno``,
    SAX ``getLineNumber()``, N-Triples only the offending text), so the line is dug out
    per type; the reason is kept to one short line.
    """
    line: int | None = None
    why = str(exc)
    if hasattr(exc, "lines") and hasattr(exc, "_why"):  # notation3.BadSyntax (Turtle, TriG)
        line, why = int(exc.lines) + 1, str(exc._why)
    elif isinstance(exc, ValueError) and hasattr(exc, "lineno") and hasattr(exc, "msg"):
        line, why = int(exc.lineno), str(exc.msg)  # json.JSONDecodeError
    elif hasattr(exc, "getLineNumber") and hasattr(exc, "getMessage"):  # SAXParseException
        line, why = int(exc.getLineNumber()), str(exc.getMessage())
    elif isinstance(exc, UnicodeDecodeError):
        why = f"not UTF-8 text (byte {exc.start})"
    elif why.startswith("Invalid line: "):  # N-Triples / N-Quads name the line's text only
        line = _find_line(path, why.removeprefix("Invalid line: "))
    why = " ".join(why.split())[:200] or type(exc).__name__
    where = f"{path}:{line}" if line else str(path)
    return f"{where}: not a valid {fmt} graph: {why}"


def _find_line(path: Path, text: str) -> int | None:
    """The 1-based number of the first line of ``path`` that contains ``text``."""
    needle = text.strip()
    if not needle:
        return None
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if needle in line:
                    return number
    except OSError:
        return None
    return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _why(exc: OSError) -> str:
    return exc.strerror or " ".join(str(exc).split()) or type(exc).__name__


def check_writable(path: str | Path) -> None:
    """Fail now, in one line, if a file cannot be written at ``path`` (its folder is made
    if missing): commands call this before their work, not after it.

    Raises:
        OutputError: naming the path and the reason (read-only, no permission, ...).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here: {_why(exc)}") from None


def atomic_write(path: str | Path, write: Callable[[Path], object]) -> Path:
    """Write through ``write(tmp)`` to a temporary file beside ``path``, then rename it.

    A crash or kill mid-write leaves the previous file whole: the rename is atomic on one
    filesystem. A destination that cannot be written raises :class:`OutputError` (one
    line), the previous file untouched.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here: {_why(exc)}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        # (or the file's current mode), so a shared graph.html stays readable.
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here: {_why(exc)}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def save_graph(graph: Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Serialise ``graph`` atomically to ``path`` (format from the suffix unless given)."""
    fmt = fmt or format_for(path)
    return atomic_write(path, lambda tmp: graph.serialize(destination=tmp, format=fmt))
