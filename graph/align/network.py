"""The actor x topic stance matrix and the congruence, conflict and signed actor networks.

As in Discourse Network Analysis: two actors are *congruent* on a topic when they take the
same side on it and in *conflict* when they take opposite sides; the signed ("subtract")
network weighs each pair by congruence minus conflict. An actor's side on a topic is the
sign of its support minus oppose statements there, so repeating a claim does not outweigh
holding it on another topic. On top come explicit agree/disagree statements
(``sg:targetActor``) and affiliation ties (a minister and the country they speak for).

Pairs are counted topic by topic with numpy, so the cost is the sum over topics of the
squared number of actors with a side on it, not the square of all actors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from .observe import StanceObservation, Tie

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "MAX_TOPIC_ACTORS",
    "NORMALISATIONS",
    "Normalisation",
    "SignedNetwork",
    "StanceMatrix",
    "TieWeights",
    "conflict_network",
    "congruence_network",
    "signed_network",
    "stance_matrix",
]

Normalisation = Literal["none", "jaccard", "cosine"]
#: ``none``: raw topic counts; ``jaccard``: divided by the topics either actor took a side
#: on; ``cosine``: divided by the geometric mean of both actors' numbers of topics, so very
#: active actors do not dominate (DNA's normalisation options).
NORMALISATIONS: tuple[str, ...] = ("none", "jaccard", "cosine")


@dataclass(frozen=True)
class TieWeights:
    """How much an explicit relation or an affiliation counts, in units of one shared topic.

    An affiliation counts as much as full agreement on everything (weight 1 under Jaccard
    or cosine normalisation): a minister speaks *for* the country. Each explicit
    agree/disagree statement counts as one topic.
    """

    affiliation: float = 1.0
    relation: float = 1.0


@dataclass(frozen=True, eq=False)
class StanceMatrix:
    """Sparse actor x topic matrix: support and oppose statement counts per cell."""

    actors: tuple[str, ...]
    topics: tuple[str, ...]
    rows: np.ndarray  # actor index of each non-empty cell
    cols: np.ndarray  # topic index of each non-empty cell
    support: np.ndarray
    oppose: np.ndarray

    @property
    def position(self) -> np.ndarray:
        """Each cell's side: +1 support, -1 oppose, 0 neutral or undecided."""
        return np.sign(self.support - self.oppose).astype(np.int8)

    def cell(self, actor: str, topic: str) -> int:
        """The side ``actor`` takes on ``topic`` (0 when none)."""
        a, t = self.actors.index(actor), self.topics.index(topic)
        hit = np.flatnonzero((self.rows == a) & (self.cols == t))
        return int(self.position[hit[0]]) if hit.size else 0


def stance_matrix(observations: Iterable[StanceObservation]) -> StanceMatrix:
    """Count support and oppose statements per (actor, topic); neutral ones add a 0 cell."""
    cells: dict[tuple[str, str], list[int]] = {}
    for obs in observations:
        counts = cells.setdefault((obs.actor, obs.topic), [0, 0])
        if obs.polarity > 0:
            counts[0] += 1
        elif obs.polarity < 0:
            counts[1] += 1
    actors = tuple(sorted({a for a, _ in cells}))
    topics = tuple(sorted({t for _, t in cells}))
    a_index = {a: i for i, a in enumerate(actors)}
    t_index = {t: i for i, t in enumerate(topics)}
    keys = sorted(cells, key=lambda k: (t_index[k[1]], a_index[k[0]]))
    return StanceMatrix(
        actors=actors,
        topics=topics,
        rows=np.fromiter((a_index[a] for a, _ in keys), dtype=np.int64, count=len(keys)),
        cols=np.fromiter((t_index[t] for _, t in keys), dtype=np.int64, count=len(keys)),
        support=np.fromiter((cells[k][0] for k in keys), dtype=np.int64, count=len(keys)),
        oppose=np.fromiter((cells[k][1] for k in keys), dtype=np.int64, count=len(keys)),
    )


#: Above this many actors with a side on one topic, each is paired with about this many
#: others (seeded random cycles) and the counts are scaled up, so one topic everybody talks
#: about costs ``n * MAX_TOPIC_ACTORS / 2`` pairs, not ``n**2 / 2`` (20,000 actors: 20 M, not
#: 200 M). Exact below it.
MAX_TOPIC_ACTORS = 2_000


def _partners(size: int, limit: int, salt: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Index pairs among ``size`` actors of one topic, and the weight each pair stands for.

    All pairs when ``size <= limit``; otherwise ``limit / 2`` random cycles through all of
    them (seeded by the topic), a random ``limit``-regular graph whose pairs each stand for
    ``(size - 1) / limit`` pairs, so expected congruence and conflict are unchanged. Random
    cycles, not a ring of neighbours: a ring lattice is itself modular and would split a
    camp into arcs.
    """
    if size <= limit:
        iu, ju = np.triu_indices(size, 1)
        return iu, ju, 1.0
    rng = np.random.default_rng(salt)
    rounds = max(1, limit // 2)
    cycles = np.stack([rng.permutation(size) for _ in range(rounds)])
    first = cycles.ravel()
    second = np.roll(cycles, -1, axis=1).ravel()
    return first, second, (size - 1) / (2 * rounds)


def _topic_pairs(
    matrix: StanceMatrix, max_actors: int = MAX_TOPIC_ACTORS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unique actor pairs (lo < hi) with their congruent and conflicting topic counts."""
    position = matrix.position
    keep = position != 0
    rows, cols, pos = matrix.rows[keep], matrix.cols[keep], position[keep].astype(np.int64)
    order = np.lexsort((rows, cols))
    rows, cols, pos = rows[order], cols[order], pos[order]
    bounds = np.flatnonzero(np.diff(cols)) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [cols.size]))
    n = len(matrix.actors)
    keys: list[np.ndarray] = []
    signs: list[np.ndarray] = []
    for start, end in zip(starts, ends, strict=True):
        if end - start < 2:
            continue
        idx, p = rows[start:end], pos[start:end]
        iu, ju, scale = _partners(end - start, max_actors, int(cols[start]))
        lo, hi = np.minimum(idx[iu], idx[ju]), np.maximum(idx[iu], idx[ju])
        keys.append(lo * n + hi)
        signs.append(p[iu] * p[ju] * scale)
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros((0, 2))
    all_keys, all_signs = np.concatenate(keys), np.concatenate(signs)
    unique, inverse = np.unique(all_keys, return_inverse=True)
    congruent = np.bincount(inverse, weights=np.clip(all_signs, 0, None), minlength=unique.size)
    conflicting = np.bincount(inverse, weights=np.clip(-all_signs, 0, None), minlength=unique.size)
    return unique // n, unique % n, np.column_stack((congruent, conflicting))


def _normaliser(
    matrix: StanceMatrix, lo: np.ndarray, hi: np.ndarray, shared: np.ndarray, how: str
) -> np.ndarray:
    if how not in NORMALISATIONS:
        raise ValueError(f"normalisation must be one of {', '.join(NORMALISATIONS)}, not {how!r}")
    if how == "none":
        return np.ones(lo.size)
    sided = np.bincount(matrix.rows[matrix.position != 0], minlength=len(matrix.actors)).astype(
        float
    )
    if how == "jaccard":
        return sided[lo] + sided[hi] - shared
    return np.sqrt(sided[lo] * sided[hi])


@dataclass(frozen=True, eq=False)
class SignedNetwork:
    """Actors and their signed edges as parallel arrays (``source < target`` indices).

    ``weight`` = ``congruence - conflict`` (normalised) + relation and affiliation ties.
    Arrays rather than a networkx graph, because clustering 10,000 actors with millions of
    pairs through networkx would cost minutes and gigabytes; :meth:`to_networkx` gives
    the graph for analysis.
    """

    nodes: tuple[str, ...]
    source: np.ndarray
    target: np.ndarray
    congruence: np.ndarray
    conflict: np.ndarray
    agree: np.ndarray  # explicit agreement statements (either direction)
    disagree: np.ndarray
    affiliation: np.ndarray  # 1 where one end speaks for the other
    weight: np.ndarray
    weights: TieWeights = TieWeights()

    @property
    def total_conflict(self) -> np.ndarray:
        """Conflict on topics plus explicit disagreement: what polarization measures."""
        return self.conflict + self.weights.relation * self.disagree

    def to_networkx(self, labels: dict[str, str] | None = None) -> nx.Graph:
        """The signed network as a networkx graph with every weight component on its edges."""
        import networkx as nx

        graph = nx.Graph()
        for node in self.nodes:
            graph.add_node(node, label=(labels or {}).get(node, node))
        for k in range(self.source.size):
            graph.add_edge(
                self.nodes[self.source[k]],
                self.nodes[self.target[k]],
                weight=float(self.weight[k]),
                congruence=float(self.congruence[k]),
                conflict=float(self.conflict[k]),
                agree=int(self.agree[k]),
                disagree=int(self.disagree[k]),
                affiliation=int(self.affiliation[k]),
            )
        return graph

    def without(self, dropped: Iterable[int]) -> SignedNetwork:
        """The network without the nodes at ``dropped`` indices and their edges."""
        gone = set(dropped)
        kept = [i for i in range(len(self.nodes)) if i not in gone]
        index = np.full(len(self.nodes), -1, dtype=np.int64)
        index[kept] = np.arange(len(kept))
        edges = (index[self.source] >= 0) & (index[self.target] >= 0)
        return SignedNetwork(
            nodes=tuple(self.nodes[i] for i in kept),
            source=index[self.source[edges]],
            target=index[self.target[edges]],
            congruence=self.congruence[edges],
            conflict=self.conflict[edges],
            agree=self.agree[edges],
            disagree=self.disagree[edges],
            affiliation=self.affiliation[edges],
            weight=self.weight[edges],
            weights=self.weights,
        )

    @classmethod
    def from_networkx(cls, graph: nx.Graph, weight: str = "weight") -> SignedNetwork:
        """Wrap any signed networkx graph (edge attribute ``weight``) for clustering."""
        nodes = tuple(sorted(graph.nodes, key=str))
        index = {node: i for i, node in enumerate(nodes)}
        edges = sorted(
            (min(index[u], index[v]), max(index[u], index[v]), float(d.get(weight, 1.0)))
            for u, v, d in graph.edges(data=True)
            if u != v
        )
        w = np.array([e[2] for e in edges], dtype=float)
        zeros = np.zeros(len(edges))
        return cls(
            nodes=nodes,
            source=np.array([e[0] for e in edges], dtype=np.int64),
            target=np.array([e[1] for e in edges], dtype=np.int64),
            congruence=np.clip(w, 0, None),
            conflict=np.clip(-w, 0, None),
            agree=zeros,
            disagree=zeros,
            affiliation=zeros,
            weight=w,
        )


def signed_edges(
    matrix: StanceMatrix,
    ties: Iterable[Tie] = (),
    *,
    normalise: Normalisation = "none",
    weights: TieWeights = TieWeights(),
    max_topic_actors: int = MAX_TOPIC_ACTORS,
) -> SignedNetwork:
    """The signed network of the actors that take a side on a topic or have a tie.

    Actors whose statements are all neutral and who have no tie are left out: they take
    no side, so no cluster can claim them. Topics with more than ``max_topic_actors``
    actors taking a side are sampled (see :data:`MAX_TOPIC_ACTORS`).
    """
    lo, hi, counts = _topic_pairs(matrix, max_topic_actors)
    shared = counts[:, 0] + counts[:, 1]
    denom = _normaliser(matrix, lo, hi, shared, normalise)
    denom = np.where(denom > 0, denom, 1.0)
    sided = {matrix.actors[i] for i in np.unique(matrix.rows[matrix.position != 0])}
    ties = tuple(ties)
    nodes = tuple(sorted(sided | {end for t in ties for end in (t.source, t.target)}))
    index = {node: i for i, node in enumerate(nodes)}
    remap = np.array([index.get(a, -1) for a in matrix.actors], dtype=np.int64)

    # Every contribution as (pair key, column, amount), summed per pair in one pass:
    # columns are congruence, conflict, agree, disagree, affiliation.
    n = max(len(nodes), 1)
    a, b = remap[lo], remap[hi]
    topic_keys = np.minimum(a, b) * n + np.maximum(a, b)
    tie_rows = [
        (
            index[t.source],
            index[t.target],
            4 if t.kind == "affiliation" else (2 if t.sign > 0 else 3),
        )
        for t in ties
        if t.source != t.target
    ]
    tie_arr = np.array(tie_rows, dtype=np.int64).reshape(len(tie_rows), 3)
    tie_keys = np.minimum(tie_arr[:, 0], tie_arr[:, 1]) * n + np.maximum(
        tie_arr[:, 0], tie_arr[:, 1]
    )
    keys = np.concatenate((topic_keys, topic_keys, tie_keys))
    columns = np.concatenate(
        (np.zeros(lo.size, dtype=np.int64), np.ones(lo.size, dtype=np.int64), tie_arr[:, 2])
    )
    amounts = np.concatenate((counts[:, 0] / denom, counts[:, 1] / denom, np.ones(len(tie_rows))))
    unique, inverse = np.unique(keys, return_inverse=True)
    table = np.zeros((unique.size, 5))
    np.add.at(table, (inverse, columns), amounts)
    table[:, 4] = np.minimum(table[:, 4], 1.0)  # affiliated both ways is still one tie
    keep = table.any(axis=1)
    unique, table = unique[keep], table[keep]
    weight = (
        table[:, 0]
        - table[:, 1]
        + weights.relation * (table[:, 2] - table[:, 3])
        + weights.affiliation * table[:, 4]
    )
    return SignedNetwork(
        nodes=nodes,
        source=unique // n,
        target=unique % n,
        congruence=table[:, 0],
        conflict=table[:, 1],
        agree=table[:, 2],
        disagree=table[:, 3],
        affiliation=table[:, 4],
        weight=weight,
        weights=weights,
    )


def signed_network(
    matrix: StanceMatrix,
    ties: Iterable[Tie] = (),
    *,
    normalise: Normalisation = "none",
    weights: TieWeights = TieWeights(),
    labels: dict[str, str] | None = None,
) -> nx.Graph:
    """The signed (congruence minus conflict, plus ties) actor network in networkx.

    Examples:
        >>> from graph.align.observe import StanceObservation as O
        >>> m = stance_matrix([O("s1", "a", "t", 1), O("s2", "b", "t", -1)])
        >>> signed_network(m).edges["a", "b"]["weight"]
        -1.0
    """
    net = signed_edges(matrix, ties, normalise=normalise, weights=weights)
    return net.to_networkx(labels)


def _one_sided(matrix: StanceMatrix, normalise: Normalisation, column: int) -> nx.Graph:
    import networkx as nx

    lo, hi, counts = _topic_pairs(matrix)
    shared = counts[:, 0] + counts[:, 1]
    denom = _normaliser(matrix, lo, hi, shared, normalise)
    graph = nx.Graph()
    graph.add_nodes_from(matrix.actors[i] for i in np.unique(matrix.rows[matrix.position != 0]))
    for k in np.flatnonzero(counts[:, column] > 0):
        weight = counts[k, column] / (denom[k] if denom[k] > 0 else 1.0)
        graph.add_edge(matrix.actors[lo[k]], matrix.actors[hi[k]], weight=float(weight))
    return graph


def congruence_network(matrix: StanceMatrix, *, normalise: Normalisation = "none") -> nx.Graph:
    """Actors linked by the (normalised) number of topics they take the same side on."""
    return _one_sided(matrix, normalise, 0)


def conflict_network(matrix: StanceMatrix, *, normalise: Normalisation = "none") -> nx.Graph:
    """Actors linked by the (normalised) number of topics they take opposite sides on."""
    return _one_sided(matrix, normalise, 1)
