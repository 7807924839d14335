"""stancegraph: news articles -> a knowledge graph of actors, stances and coalitions.

The import package is ``graph``; in a notebook::

    import graph as sg
    kg = sg.build(["examples/security_guarantees.txt"])   # or sg.load("out/graph.ttl")
    kg.query("actors-on-topic", topic="troops")          # a pandas DataFrame
    kg.clusters(); kg.render(); kg.to_networkx()

Attributes load on first use, so ``import graph`` (and ``stancegraph --help``) stays
instant: spaCy, rdflib, pandas and pyvis are imported only by what needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["HTMLView", "KnowledgeGraph", "__version__", "build", "load", "named_queries"]

if TYPE_CHECKING:
    from .api import HTMLView, KnowledgeGraph, build, load, named_queries


def __getattr__(name: str) -> Any:
    if name in ("HTMLView", "KnowledgeGraph", "build", "load", "named_queries"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
