"""stancegraph: news articles -> a knowledge graph of actors, stances and coalitions.

The import package is ``graph``; in a notebook::

    import graph as sg
    kg = sg.build([sg.example_article()])   # or sg.load("out/graph.ttl")
    kg.query("actors-on-topic", topic="troops")          # a pandas DataFrame
    kg.clusters(); kg.render(); kg.to_networkx()

Attributes load on first use, so ``import graph`` (and ``stancegraph --help``) stays
instant: spaCy, rdflib, pandas and pyvis are imported only by what needs them.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "HTMLView",
    "KnowledgeGraph",
    "__version__",
    "build",
    "example_article",
    "load",
    "named_queries",
]

if TYPE_CHECKING:
    from .api import HTMLView, KnowledgeGraph, load, named_queries
    from .examples import example_article


class _Build:
    """``sg.build(paths, *, seed=0, pipeline=None)``: build a stancegraph from articles.

    The package also has a module called ``build`` (records -> triples). Importing it
    would normally replace this attribute with the module, so ``sg.build(...)`` would
    stop working the moment anything imported :mod:`graph.build`. This object stays the
    function, and attribute access falls through to the module, so ``graph.build.X``
    keeps working too.
    """

    def __call__(self, paths: Any, **kwargs: Any) -> Any:
        from .api import build

        return build(paths, **kwargs)

    def __getattr__(self, name: str) -> Any:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.build"), name)

    def __repr__(self) -> str:
        return "<function graph.build(paths, *, seed=0, pipeline=None)>"


class _Package(types.ModuleType):
    """The ``graph`` module, keeping ``graph.build`` the notebook function (see _Build)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "build" and isinstance(value, types.ModuleType):
            return  # the module stays importable: sys.modules["graph.build"]
        super().__setattr__(name, value)


build = _Build()
sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in ("HTMLView", "KnowledgeGraph", "load", "named_queries"):
        from . import api

        return getattr(api, name)
    if name == "example_article":
        from .examples import example_article

        return example_article
    raise AttributeError(f"module 'graph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
