"""Alignment: signed actor networks and clusters (coalitions) from a stancegraph."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from .build import AlignmentEdge
from .records import Cluster

__all__ = ["AlignmentResult", "align_graph"]


@dataclass(frozen=True)
class AlignmentResult:
    """Clusters with explanations, the signed edges, and partition quality."""

    clusters: tuple[Cluster, ...]
    edges: tuple[AlignmentEdge, ...]
    modularity: float | None = None
    polarization: float | None = None


def align_graph(graph: Graph, *, seed: int = 0) -> AlignmentResult:
    """Cluster the actors of ``graph`` (placeholder until the signed network lands)."""
    return AlignmentResult(clusters=(), edges=())
