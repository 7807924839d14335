"""Actors who speak for one another, and the network with each such group as one node."""

from __future__ import annotations

import numpy as np

from .network import SignedNetwork

__all__ = [
    "contract",
    "speaking_for",
]


def speaking_for(net: SignedNetwork) -> np.ndarray:
    """Group index of every node: actors joined by affiliations that no conflict outweighs.

    A spokeswoman, a minister or a ministry's officials speak *for* their organisation or
    country, so they belong to its camp whatever the rest of the network says; a weighted
    edge alone could not ensure that, because raising it also raises the chance agreement
    the objective subtracts, and splits camps into their affiliation groups. Two groups are
    not joined when some pair across them is more in conflict than the affiliation binds:
    a member openly against its body, or two member states of one alliance at odds with
    each other, are left to the clustering; a remark at odds with one colleague is not
    enough (extraction noise would otherwise split every government). Strongest
    affiliations are joined first; of equal ones, first those whose ends agree more with
    other affiliated actors (so of two members at odds, the one colleagues side with
    stays), then in node order, so the result is deterministic.
    """
    n = len(net.nodes)
    parent = np.arange(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    bonds = np.flatnonzero((net.affiliation > 0) & (net.weight > 0))
    # Only actors with an affiliation are ever joined, so only edges among them matter.
    bound = np.zeros(n, dtype=bool)
    bound[net.source[bonds]] = bound[net.target[bonds]] = True
    links: dict[int, dict[int, float]] = {}
    for k in np.flatnonzero(bound[net.source] & bound[net.target]):
        a, b, w = int(net.source[k]), int(net.target[k]), float(net.weight[k])
        links.setdefault(a, {})[b] = w
        links.setdefault(b, {})[a] = w

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Of equally strong affiliations, those of actors who agree more with other affiliated
    # actors are joined first: when two members of a party are at odds, the one its
    # colleagues side with stays in the party's group and the other is left out.
    # (an actor's agreement counts every positive edge to another affiliated actor, less
    # the bond being ranked, which is the affiliation itself)
    agreeing = {i: sum(max(w, 0.0) for w in row.values()) for i, row in links.items()}
    order = sorted(
        bonds,
        key=lambda k: (
            -net.weight[k],
            -(
                agreeing.get(int(net.source[k]), 0.0)
                + agreeing.get(int(net.target[k]), 0.0)
                - 2 * max(float(net.weight[k]), 0.0)
            ),
            net.source[k],
            net.target[k],
        ),
    )
    for k in order:
        a, b = root(int(net.source[k])), root(int(net.target[k]))
        if a == b:
            continue
        small, big = (a, b) if len(members[a]) <= len(members[b]) else (b, a)
        bond = float(net.weight[k])
        worst = min(
            (w for m in members[small] for e, w in links.get(m, {}).items() if root(e) == big),
            default=0.0,
        )
        if -worst > bond:
            continue
        keep, gone = min(a, b), max(a, b)
        parent[gone] = keep
        members[keep] = members[keep] + members.pop(gone)
    roots = np.array([root(i) for i in range(n)], dtype=np.int64)
    _, group = np.unique(roots, return_inverse=True)
    return group.astype(np.int64)


def contract(net: SignedNetwork, group: np.ndarray) -> SignedNetwork:
    """``net`` with each group of nodes as one node; edges between groups are summed."""
    size = int(group.max()) + 1
    a, b = group[net.source], group[net.target]
    keep = a != b
    lo, hi = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    keys, inverse = np.unique(lo * size + hi, return_inverse=True)

    def summed(values: np.ndarray) -> np.ndarray:
        return np.bincount(inverse, values[keep], keys.size)

    names = tuple(net.nodes[int(np.flatnonzero(group == g)[0])] for g in range(size))
    return SignedNetwork(
        nodes=names,
        source=keys // size,
        target=keys % size,
        congruence=summed(net.congruence),
        conflict=summed(net.conflict),
        agree=summed(net.agree),
        disagree=summed(net.disagree),
        affiliation=np.zeros(keys.size),
        weight=summed(net.weight),
        weights=net.weights,
    )
