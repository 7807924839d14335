"""Alignment: signed actor networks, coalitions (clusters) and why they hold together.

The stage reads any rdflib graph (:mod:`.observe`), builds the actor x topic stance matrix
and the congruence, conflict and signed networks (:mod:`.network`), clusters the signed
network (:mod:`.community`), explains every cluster with its statements
(:mod:`.explain`), and lists actors that changed sides over time (:mod:`.timeline`).
:func:`align_graph` composes them; :func:`graph.build.add_alignment` writes the result
back as triples.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from rdflib import Graph

from ..iris import mint_cluster_iri
from ..records import AlignmentEdge, Cluster
from .community import canonical_labels, cluster_signed, partition
from .explain import Agreement, ClusterExplanation, Division, explain_clusters
from .network import (
    NORMALISATIONS,
    Normalisation,
    SignedNetwork,
    StanceMatrix,
    TieWeights,
    conflict_network,
    congruence_network,
    signed_edges,
    signed_network,
    stance_matrix,
)
from .observe import (
    Observations,
    StanceObservation,
    Tie,
    parse_day,
    read_observations,
    sentences,
)
from .scores import adjusted_rand_index, between_camps, polarization, signed_modularity
from .tally import Position, Tallies, TopicTally, tally
from .timeline import StanceChange, Window, stance_changes, windows_between

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EDGES_PER_ACTOR",
    "MAX_EDGES",
    "NORMALISATIONS",
    "ActorNetworks",
    "Agreement",
    "AlignmentResult",
    "ClusterExplanation",
    "Division",
    "Normalisation",
    "Observations",
    "Position",
    "SignedNetwork",
    "StanceChange",
    "StanceMatrix",
    "StanceObservation",
    "Tallies",
    "Tie",
    "TieWeights",
    "TopicTally",
    "Window",
    "actor_networks",
    "adjusted_rand_index",
    "align_graph",
    "align_observations",
    "between_camps",
    "cluster_signed",
    "conflict_network",
    "congruence_network",
    "graph_tallies",
    "parse_day",
    "partition",
    "polarization",
    "read_observations",
    "sentences",
    "signed_edges",
    "signed_modularity",
    "signed_network",
    "stance_changes",
    "stance_matrix",
    "tally",
    "windows_between",
]

#: Alignment edges written back to RDF, strongest first: every edge of an article or a
#: small corpus, a bounded number (7 triples each) for a large one.
MAX_EDGES = 20_000
#: Alignment edges written back per actor of the signed network, at most: news has about
#: one per actor, but actors who all take sides on the same few topics (one endless line
#: of text) have ``n**2 / 2`` pairs, whose triples would cost more than the text. Only
#: what is written back is capped (the strongest edges); clusters use every edge.
EDGES_PER_ACTOR = 10
#: The default normalisation: cosine keeps a prolific actor from pulling everyone it
#: agrees with once into its cluster, and keeps topic weights on the scale of ties.
DEFAULT_NORMALISATION: Normalisation = "cosine"


@dataclass(frozen=True)
class AlignmentResult:
    """Clusters with explanations, the signed edges, and partition quality.

    Cluster members and edge ends are actor IRIs (the graph knows actors by IRI only);
    :func:`graph.build.add_alignment` accepts them as they are.
    """

    clusters: tuple[Cluster, ...]
    edges: tuple[AlignmentEdge, ...]
    modularity: float | None = None
    polarization: float | None = None
    explanations: tuple[ClusterExplanation, ...] = ()
    unclustered: tuple[str, ...] = ()  # actors in no cluster: no side, or between two
    #: actors with comparable ties to two opposed clusters, left out of both: actor IRI ->
    #: the two cluster keys (a key is ``None`` if that cluster lost all its members too)
    between: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    changes: tuple[StanceChange, ...] = ()
    labels: dict[str, str] = field(default_factory=dict, compare=False)
    evidence: dict[str, str] = field(default_factory=dict, compare=False)
    undated: int = 0
    #: Positions, topic tallies and cluster splits, written with the clusters so the named
    #: queries need not count statements. :func:`align_graph` counts them over the whole
    #: graph, also when it clusters a window of dates.
    tallies: Tallies = field(default_factory=Tallies, compare=False, repr=False)


@dataclass(frozen=True)
class ActorNetworks:
    """The three DNA actor networks of a graph, as networkx graphs labelled by rdfs:label."""

    congruence: nx.Graph
    conflict: nx.Graph
    signed: nx.Graph


def actor_networks(
    graph: Graph,
    *,
    normalise: Normalisation = DEFAULT_NORMALISATION,
    since: date | None = None,
    until: date | None = None,
    weights: TieWeights = TieWeights(),
) -> ActorNetworks:
    """Congruence, conflict and signed actor networks of ``graph`` for analysis in networkx.

    Nodes are actor IRIs with a ``label`` attribute; the signed network also carries every
    weight component (``congruence``, ``conflict``, ``agree``, ``disagree``,
    ``affiliation``) on its edges.
    """
    observations = read_observations(graph, since=since, until=until)
    matrix = stance_matrix(observations.stances)
    result = []
    for network in (
        congruence_network(matrix, normalise=normalise),
        conflict_network(matrix, normalise=normalise),
    ):
        for node, data in network.nodes(data=True):
            data["label"] = observations.labels.get(node, node)
        result.append(network)
    signed = signed_network(
        matrix, observations.ties, normalise=normalise, weights=weights, labels=observations.labels
    )
    return ActorNetworks(result[0], result[1], signed)


def align_observations(
    observations: Observations,
    *,
    seed: int = 0,
    normalise: Normalisation = DEFAULT_NORMALISATION,
    weights: TieWeights = TieWeights(),
    resolution: float = 1.0,
    max_edges: int = MAX_EDGES,
    actors: tuple[str, ...] = (),
) -> AlignmentResult:
    """Cluster and explain already-read observations (what :func:`align_graph` does after
    reading the graph; benchmarks and notebooks can call it on synthetic data).

    The edges returned are the strongest, at most ``max_edges`` and at most
    :data:`EDGES_PER_ACTOR` per actor of the signed network, so their number grows
    linearly with the actors however densely they are tied."""
    matrix = stance_matrix(observations.stances)
    net = signed_edges(matrix, observations.ties, normalise=normalise, weights=weights)
    membership = partition(net, seed=seed, resolution=resolution)
    net, membership, between = _leave_out_between(net, membership)
    explanations = explain_clusters(
        net, membership, observations.stances, observations.ties, observations.labels
    )
    clusters = tuple(
        Cluster(
            key=e.key,
            label=e.label,
            members=tuple(sorted(e.members)),
            shared_topics=tuple(g.topic for g in e.agreements),
            dividing_topics=tuple(dict.fromkeys(d.topic for d in e.divisions if d.topic)),
            explanation=e.text,
            evidence=e.evidence,
        )
        for e in explanations
    )
    limit = min(max_edges, EDGES_PER_ACTOR * len(net.nodes))
    order = sorted(
        range(net.source.size),
        key=lambda k: (-abs(net.weight[k]), net.nodes[net.source[k]], net.nodes[net.target[k]]),
    )
    edges = tuple(
        AlignmentEdge(net.nodes[net.source[k]], net.nodes[net.target[k]], float(net.weight[k]))
        for k in order[:limit]
        if abs(net.weight[k]) > 1e-9
    )
    clustered = set(net.nodes)
    tallies = _tallies(observations.stances, clusters, actors, observations.labels)
    return AlignmentResult(
        clusters=clusters,
        edges=edges,
        modularity=signed_modularity(net, membership),
        polarization=polarization(net, membership),
        explanations=tuple(explanations),
        unclustered=tuple(a for a in sorted(set(actors) | set(between)) if a not in clustered),
        between=between,
        labels=observations.labels,
        evidence=observations.evidence,
        undated=observations.undated,
        tallies=tallies,
    )


def _leave_out_between(
    net: SignedNetwork, membership: np.ndarray
) -> tuple[SignedNetwork, np.ndarray, dict[str, tuple[str | None, str | None]]]:
    """The network and partition without the actors :func:`between_camps` finds, and
    those actors with the keys of the two clusters they are drawn to."""
    torn = between_camps(net, membership)
    if not torn:
        return net, membership, {}
    kept = np.array([i not in torn for i in range(len(net.nodes))])
    remaining = canonical_labels(membership[kept])
    key_of: dict[int, str] = {}
    for old, new in zip(membership[kept], remaining, strict=True):
        key_of.setdefault(int(old), f"cluster-{int(new) + 1}")
    between = {net.nodes[i]: (key_of.get(pair[0]), key_of.get(pair[1])) for i, pair in torn.items()}
    return net.without(torn), remaining, between


def align_graph(
    graph: Graph,
    *,
    seed: int = 0,
    normalise: Normalisation = DEFAULT_NORMALISATION,
    since: date | None = None,
    until: date | None = None,
    weights: TieWeights = TieWeights(),
    resolution: float = 1.0,
    max_edges: int = MAX_EDGES,
) -> AlignmentResult:
    """Cluster the actors of ``graph`` into coalitions, each with its explanation.

    Args:
        graph: any rdflib graph built by :mod:`graph.build` (in memory or Oxigraph).
        seed: the same seed gives the same clusters.
        normalise: ``none``, ``jaccard`` or ``cosine`` weighting of shared topics.
        since, until: cluster only statements whose article date is in the window; the
            result also lists actors whose side on a topic differs before, inside and
            after it. Without a window, changes are listed between article dates.
        weights: what an affiliation and an explicit agree/disagree statement count for.
        resolution: above 1 gives more, smaller clusters.
        max_edges: at most this many alignment edges (strongest first) are returned,
            and at most :data:`EDGES_PER_ACTOR` per clustered actor.
    """
    from ..namespaces import RDF, SG

    observations = read_observations(graph, since=since, until=until)
    actors = tuple(sorted(str(a) for a in graph.subjects(RDF.type, SG.Actor)))
    result = align_observations(
        observations,
        seed=seed,
        normalise=normalise,
        weights=weights,
        resolution=resolution,
        max_edges=max_edges,
        actors=actors,
    )
    everything = read_observations(graph) if since or until else observations
    days = [o.day for o in everything.stances if o.day is not None]
    changes = stance_changes(everything.stances, windows_between(days, since, until))
    cited = {s for e in result.explanations for s in e.evidence}
    cited |= {s for e in result.explanations for d in e.divisions for s in d.statements}
    cited |= {s for c in changes for s in c.statements_before + c.statements_after}
    return AlignmentResult(
        clusters=result.clusters,
        edges=result.edges,
        modularity=result.modularity,
        polarization=result.polarization,
        explanations=result.explanations,
        unclustered=result.unclustered,
        between=result.between,
        changes=tuple(changes),
        labels=everything.labels,
        evidence=sentences(graph, sorted(s for s in cited if s)),
        undated=observations.undated,
        tallies=_tallies(everything.stances, result.clusters, actors, everything.labels)
        if since or until
        else result.tallies,
    )


def _tallies(
    stances: tuple[StanceObservation, ...],
    clusters: tuple[Cluster, ...],
    actors: tuple[str, ...],
    names: Mapping[str, str],
) -> Tallies:
    """Tallies of ``stances``, with the splits of ``clusters`` under the IRIs they get."""
    named = [(str(mint_cluster_iri(c.members)), c.members) for c in clusters]
    return tally(stances, named, actors=actors)


def graph_tallies(graph: Graph) -> Tallies:
    """Positions, topic tallies and cluster splits of a graph whose clusters are already
    written (a hand-built graph, or one from an older stancegraph): what
    :func:`graph.build.add_tallies` writes into the derived graph."""
    from ..namespaces import RDF, SG

    members: dict[str, list[str]] = {}
    for cluster, member in graph.subject_objects(SG.member):
        members.setdefault(str(cluster), []).append(str(member))
    clusters = [(iri, tuple(sorted(found))) for iri, found in sorted(members.items())]
    actors = tuple(str(a) for a in graph.subjects(RDF.type, SG.Actor))
    observations = read_observations(graph)
    return tally(observations.stances, clusters, actors=actors)
