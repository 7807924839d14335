"""A store's directory: opening it (one writer, any number of readers), its marker file
and the store format it records.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GraphFileError

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "FORMAT_VERSION",
    "MARKER",
    "OLDEST_MIGRATABLE",
    "check_format",
    "close_store",
    "is_store",
    "open_for_reading",
    "open_read_only",
    "open_store",
    "store_format",
    "write_format",
]

#: Written into every store directory stancegraph creates; tells a store from any folder.
MARKER = "stancegraph-store.json"
#: Incremented when what a build writes changes in a way an add cannot patch into stored
#: articles. Format 3 keeps each article's actor names and mints statement IRIs from the
#: speaker's name in its article; format 4 keeps derived data in the derived named graph
#: and no index data in RDF (``stancegraph migrate STORE`` turns a format 3 store into 4).
FORMAT_VERSION = 4
#: The oldest store format ``stancegraph migrate`` brings up to date: older stores lack
#: the bookkeeping an add resolves new articles against.
OLDEST_MIGRATABLE = 3


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a directory holding a stancegraph (or plain Oxigraph) store."""
    path = Path(path)
    return path.is_dir() and ((path / MARKER).is_file() or (path / "CURRENT").is_file())


# RocksDB allows one writer per directory, even within one process: a process reuses its
# handle (a notebook that builds a store and then queries it holds one lock, not two).
_OPEN: dict[Path, ox.Store] = {}


def _locked(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text or "resource temporarily unavailable" in text


def open_store(path: str | Path, *, create: bool = False) -> ox.Store:
    """Open the store at ``path`` for reading and writing.

    Args:
        create: make a new store when ``path`` does not exist or is an empty directory.

    Raises:
        GraphFileError: not a store, no such store, or the store is in use.
    """
    import pyoxigraph as ox

    path = Path(path)
    if path.exists() and not path.is_dir():
        raise GraphFileError(f"{path}: is a file, not a store directory")
    empty = not path.exists() or not any(path.iterdir())
    if empty and not create:
        raise GraphFileError(f"{path}: no store here (create one with stancegraph build --store)")
    if not empty and not is_store(path):
        raise GraphFileError(
            f"{path}: exists and is not a stancegraph store; choose an empty or new directory"
        )
    cached = _OPEN.get(path.resolve())
    if cached is not None:
        return cached
    try:
        store = ox.Store(str(path))
    except OSError as exc:
        if _locked(exc):
            raise GraphFileError(
                f"{path}: the store is in use by another process (an add or serve); "
                "wait for it to finish"
            ) from None
        raise GraphFileError(f"{path}: cannot open the store: {_line(exc)}") from None
    if not (path / MARKER).exists():
        write_format(path)
    _OPEN[path.resolve()] = store
    return store


def open_for_reading(path: str | Path) -> ox.Store:
    """The store at ``path`` for a reader: this process's own writable handle if it holds
    one, else a read-only view that takes no lock and writes nothing.

    Raises:
        GraphFileError: not a store, or it cannot be read.
    """
    path = Path(path)
    cached = _OPEN.get(path.resolve())
    if cached is not None:
        return cached
    if not is_store(path):
        raise GraphFileError(f"{path}: no store here (create one with stancegraph build --store)")
    return open_read_only(path)


def store_format(path: str | Path) -> int:
    """The store format the marker of the store at ``path`` names (the current one when it
    has no readable marker: a plain Oxigraph store, or one being created)."""
    try:
        found = json.loads((Path(path) / MARKER).read_text()).get("stancegraph_store")
    except (OSError, ValueError, AttributeError):
        return FORMAT_VERSION
    return found if isinstance(found, int) else FORMAT_VERSION


def write_format(path: str | Path, version: int = FORMAT_VERSION) -> None:
    """Record in the store's marker that it is in store format ``version``."""
    (Path(path) / MARKER).write_text(json.dumps({"stancegraph_store": version}) + "\n")


def check_format(path: str | Path) -> None:
    """Refuse to add to a store an older stancegraph made; it can still be read, and
    ``stancegraph migrate`` brings one of format :data:`OLDEST_MIGRATABLE` or later up
    to date.

    Raises:
        GraphFileError: the store's marker names an older format (one line, naming the
            command that migrates it).
    """
    found = store_format(path)
    if found < OLDEST_MIGRATABLE:
        raise GraphFileError(
            f"{path}: store format {found} is too old to add to or migrate; build a new "
            "store from the same articles (stancegraph build ... --store NEW_DIR)"
        )
    if found < FORMAT_VERSION:
        raise GraphFileError(
            f"{path}: store format {found} is older than this version's {FORMAT_VERSION}; "
            f"migrate it first with: stancegraph migrate {path}"
        )


def open_read_only(path: str | Path, attempts: int = 5) -> ox.Store:
    """A read-only view of a store, also while another process holds it open for writing.

    Raises :class:`GraphFileError` (one line) when it cannot be opened. RocksDB may delete files the view's manifest still lists while the writer compacts;
    opening again reads the new manifest, so a few attempts are made before giving up.
    """
    import time

    import pyoxigraph as ox

    path = Path(path)
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt == attempts - 1:
                raise GraphFileError(
                    f"{path}: the store is being written by another process and cannot be "
                    f"read now ({_line(exc)[:120]}); try again when it finishes"
                ) from None
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def close_store(path: str | Path) -> None:
    """Forget this process's handle on the store at ``path``.

    The write lock is released once the last graph using the handle is gone too.
    """
    _OPEN.pop(Path(path).resolve(), None)


def _line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
