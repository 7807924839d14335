"""The ontology, shapes, JSON-LD context and named queries, read as package data.

The repository's top-level ``ontology/`` folder is their source; the build installs it as
the package ``graph.ontology_data`` (``setup.py`` maps one onto the other), so an installed
stancegraph reads them through :mod:`importlib.resources` wherever it was installed. Run
from a source checkout without installing, that package does not exist and the folder
itself is read.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from rdflib import Graph

__all__ = [
    "CONTEXT_PATH",
    "ONTOLOGY_DIR",
    "ONTOLOGY_PATH",
    "QUERIES_DIR",
    "SHAPES_PATH",
    "load_ontology",
    "load_shapes",
    "ontology_files",
]


def ontology_files() -> Traversable:
    """The folder holding ``stancegraph.ttl``, ``shapes.ttl``, ``context.jsonld``, ``queries/``."""
    try:
        return resources.files("graph.ontology_data")
    except ModuleNotFoundError:
        # A source checkout on sys.path: the folder the build would have packaged.
        return Path(__file__).resolve().parent.parent / "ontology"


#: The ontology files; each a :class:`~importlib.abc.Traversable` (``read_text``, ``joinpath``).
ONTOLOGY_DIR = ontology_files()
ONTOLOGY_PATH = ONTOLOGY_DIR / "stancegraph.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_PATH = ONTOLOGY_DIR / "context.jsonld"
QUERIES_DIR = ONTOLOGY_DIR / "queries"


def _parse_turtle(resource: Traversable) -> Graph:
    return Graph().parse(data=resource.read_text(encoding="utf-8"), format="turtle")


@cache
def load_ontology() -> Graph:
    """The OWL ontology as an rdflib graph (cached: callers must not modify it)."""
    return _parse_turtle(ONTOLOGY_PATH)


@cache
def load_shapes() -> Graph:
    """The SHACL shapes as an rdflib graph (cached: callers must not modify it)."""
    return _parse_turtle(SHAPES_PATH)
