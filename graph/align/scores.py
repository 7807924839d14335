"""Quality of a partition of a signed network: signed modularity, polarization, agreement
with a reference partition, and the actors it leaves between opposed camps."""

from __future__ import annotations

import numpy as np

from .network import SignedNetwork
from .units import speaking_for

__all__ = [
    "BETWEEN_SHARE",
    "adjusted_rand_index",
    "between_camps",
    "polarization",
    "signed_modularity",
]

#: An actor is between two camps when its net tie to an opposing camp is at least this
#: share of its net tie to its own: comparable pulls both ways, not a lean.
BETWEEN_SHARE = 0.5


def between_camps(net: SignedNetwork, membership: np.ndarray) -> dict[int, tuple[int, ...]]:
    """Actors the network leaves between opposed camps: node index -> the camps it is tied to.

    Clustering puts every actor somewhere; an actor who agrees with both sides of a
    conflict (backs one camp's proposal and agrees with its opponent's leader) lands in
    whichever camp the objective prefers, and the map then claims a side the text never
    gave it. An actor (with everyone who speaks for it, one unit as in :func:`partition`)
    is between camps when some other cluster that its own cluster opposes (a negative net
    weight between the two, the actor left out) draws at least ``BETWEEN_SHARE`` of the
    net positive weight its own cluster draws. Singletons are never between: they already
    claim no side. Deterministic; one pass over the edges.
    """
    n = len(net.nodes)
    if n == 0 or net.source.size == 0:
        return {}
    group = speaking_for(net) if net.affiliation.any() else np.arange(n, dtype=np.int64)
    size = int(membership.max()) + 1
    counts = np.bincount(membership, minlength=size)
    groups = int(group.max()) + 1
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(int(group[i]), []).append(i)
    # pull[g][c]: net weight between group g and the members of cluster c outside g
    pull: dict[int, dict[int, float]] = {}
    # cluster x cluster net weights, to tell whether two camps oppose each other
    across: dict[tuple[int, int], float] = {}
    for k in range(net.source.size):
        a, b, w = int(net.source[k]), int(net.target[k]), float(net.weight[k])
        ga, gb = int(group[a]), int(group[b])
        if ga == gb:
            continue
        ca, cb = int(membership[a]), int(membership[b])
        pull.setdefault(ga, {}).setdefault(cb, 0.0)
        pull[ga][cb] += w
        pull.setdefault(gb, {}).setdefault(ca, 0.0)
        pull[gb][ca] += w
        if ca != cb:
            key = (min(ca, cb), max(ca, cb))
            across[key] = across.get(key, 0.0) + w
    torn: dict[int, tuple[int, ...]] = {}
    for g in range(groups):
        nodes = members[g]
        own = int(membership[nodes[0]])
        if len(nodes) == counts[own] or g not in pull:
            continue
        home = max(pull[g].get(own, 0.0), 0.0)
        for other, w in sorted(pull[g].items()):
            if other == own or w <= 0 or w < BETWEEN_SHARE * home:
                continue
            # the camps' conflict without this group's own edges
            key = (min(own, other), max(own, other))
            if across.get(key, 0.0) - w >= 0:
                continue
            for i in nodes:
                torn[i] = tuple(sorted((own, other)))
            break
    return torn


def signed_modularity(net: SignedNetwork, membership: np.ndarray) -> float | None:
    """Signed modularity (Gómez, Jensen and Arenas 2009) of a partition, in [-1, 1].

    The positive part's modularity weighted by its share of all weight, minus the negative
    part's: high when agreement falls inside clusters and conflict between them.
    """
    n = len(net.nodes)
    same = membership[net.source] == membership[net.target]
    total = 0.0
    score = 0.0
    for sign in (1, -1):
        w = np.clip(sign * net.weight, 0, None)
        m = w.sum()
        if m == 0:
            continue
        strength = np.bincount(net.source, w, n) + np.bincount(net.target, w, n)
        per_cluster = np.bincount(membership, strength)
        q = w[same].sum() / m - ((per_cluster / (2 * m)) ** 2).sum()
        score += sign * m * q
        total += m
    return float(score / total) if total else None


def polarization(net: SignedNetwork, membership: np.ndarray) -> float | None:
    """Share of all conflict (opposed topics and explicit disagreement) between clusters.

    1.0 means every conflict runs between camps and none inside one; ``None`` when there is
    no conflict at all to share out.
    """
    conflict = net.total_conflict
    total = conflict.sum()
    if total == 0:
        return None
    between = membership[net.source] != membership[net.target]
    return float(conflict[between].sum() / total)


def adjusted_rand_index(truth: list, predicted: list) -> float:
    """Adjusted Rand index of two labelings of the same items (Hubert and Arabie 1985).

    1.0 for identical partitions, about 0 for chance agreement.
    """
    if len(truth) != len(predicted):
        raise ValueError("both labelings must cover the same items")
    _, t = np.unique(np.asarray(truth, dtype=object).astype(str), return_inverse=True)
    _, p = np.unique(np.asarray(predicted, dtype=object).astype(str), return_inverse=True)
    table = np.zeros((t.max() + 1, p.max() + 1), dtype=np.int64) if len(t) else np.zeros((1, 1))
    np.add.at(table, (t, p), 1)

    def pairs(x: np.ndarray) -> float:
        return float((x * (x - 1) / 2).sum())

    index = pairs(table)
    rows, cols = pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    total = len(t) * (len(t) - 1) / 2
    if total == 0:
        return 1.0
    expected = rows * cols / total
    maximum = (rows + cols) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)
