"""Where the ontology, shapes, JSON-LD context and named queries live, loaded once."""

from __future__ import annotations

from functools import cache
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
]

#: The repository's ``ontology/`` folder, beside the ``graph`` package.
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_PATH = ONTOLOGY_DIR / "stancegraph.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_PATH = ONTOLOGY_DIR / "context.jsonld"
QUERIES_DIR = ONTOLOGY_DIR / "queries"


@cache
def load_ontology() -> Graph:
    """The OWL ontology as an rdflib graph (cached: callers must not modify it)."""
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@cache
def load_shapes() -> Graph:
    """The SHACL shapes as an rdflib graph (cached: callers must not modify it)."""
    return Graph().parse(SHAPES_PATH, format="turtle")
