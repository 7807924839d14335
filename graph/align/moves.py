"""Signed steps after Leiden: move single actors, join agreeing clusters, join camps that
share their main opponent (structural balance)."""

from __future__ import annotations

import numpy as np

from .network import SignedNetwork

__all__ = [
    "UNITE_SHARE",
    "balance",
    "refine",
    "unite",
]


def refine(net: SignedNetwork, membership: np.ndarray, *, max_passes: int = 20) -> np.ndarray:
    """Move single actors to where the full signed modularity is higher, until none moves.

    Leiden optimises the positive null model only; the full signed modularity (Gómez et
    al.) also expects conflict between actors who both have much of it, which pulls an
    actor whose few statements came out noisy back to the camp it fights the same enemies
    with. Only moves into a cluster the actor agrees with on balance are allowed, and whole
    clusters are never merged: in a landscape of several debates, camps that merely share
    an enemy are not one coalition, and planted tests showed merging collapses them. Each
    move strictly raises the objective, so this terminates; the order is fixed, so it is
    deterministic.
    """
    n = len(net.nodes)
    membership = membership.copy()
    pos, neg = np.clip(net.weight, 0, None), np.clip(-net.weight, 0, None)
    m_pos, m_neg = pos.sum(), neg.sum()
    a_pos = 1 / (2 * m_pos) if m_pos else 0.0
    a_neg = 1 / (2 * m_neg) if m_neg else 0.0
    k_pos = np.bincount(net.source, pos, n) + np.bincount(net.target, pos, n)
    k_neg = np.bincount(net.source, neg, n) + np.bincount(net.target, neg, n)
    # Both directions of every edge, grouped by their first end (CSR adjacency).
    heads = np.concatenate((net.source, net.target))
    tails = np.concatenate((net.target, net.source))
    both = np.concatenate((net.weight, net.weight))
    order = np.argsort(heads, kind="stable")
    tails, both = tails[order], both[order]
    indptr = np.concatenate(([0], np.cumsum(np.bincount(heads, minlength=n))))
    size = int(membership.max()) + 1 if n else 0
    big_pos = np.bincount(membership, k_pos, size)
    big_neg = np.bincount(membership, k_neg, size)
    for _ in range(max_passes):
        moved = False
        for i in range(n):
            own = membership[i]
            nbr = membership[tails[indptr[i] : indptr[i + 1]]]
            if nbr.size == 0:
                continue
            big_pos[own] -= k_pos[i]
            big_neg[own] -= k_neg[i]
            clusters, inverse = np.unique(np.append(nbr, own), return_inverse=True)
            w_to = np.bincount(inverse[:-1], both[indptr[i] : indptr[i + 1]], clusters.size)
            gain = (
                w_to - a_pos * k_pos[i] * big_pos[clusters] + a_neg * k_neg[i] * big_neg[clusters]
            )
            gain[(w_to <= 0) & (clusters != own)] = -np.inf
            best = int(np.argmax(gain))
            if clusters[best] != own and gain[best] > gain[inverse[-1]] + 1e-12:
                membership[i] = own = clusters[best]
                moved = True
            big_pos[own] += k_pos[i]
            big_neg[own] += k_neg[i]
        if not moved:
            break
    return membership


#: Two clusters with no conflict between them are joined when the agreement between them
#: is at least this share of all the agreement the smaller one has with other clusters:
#: its main friend, not a stray tie.
UNITE_SHARE = 0.5


def unite(net: SignedNetwork, membership: np.ndarray) -> np.ndarray:
    """Join clusters that agree with each other and have no conflict at all between them.

    Modularity splits a camp that is most of the network into parts (its null model
    expects as many ties inside the whole camp as it has), so one article whose speakers
    all back the same side comes out as several clusters. Two clusters are one coalition
    when every tie between them is agreement and that agreement is the smaller one's main
    outside tie (:data:`UNITE_SHARE`); a single conflicting tie keeps them apart, as do
    camps of separate debates joined by a stray agreement. The strongest such pair is
    joined first, then the candidates are recomputed; deterministic.
    """
    membership = membership.copy()
    positive = np.clip(net.weight, 0, None)
    while True:
        cs, ct = membership[net.source], membership[net.target]
        between = cs != ct
        if not between.any():
            return membership
        size = int(membership.max()) + 1
        lo = np.minimum(cs[between], ct[between])
        hi = np.maximum(cs[between], ct[between])
        pairs, inverse = np.unique(lo * size + hi, return_inverse=True)
        agree = np.bincount(inverse, positive[between], pairs.size)
        fight = np.bincount(inverse, np.clip(net.weight[between], None, 0), pairs.size)
        outside = np.bincount(lo, positive[between], size) + np.bincount(
            hi, positive[between], size
        )
        counts = np.bincount(membership, minlength=size)
        first, second = pairs // size, pairs % size
        smaller = np.where(counts[first] <= counts[second], first, second)
        ok = (agree > 0) & (fight == 0) & (agree >= UNITE_SHARE * outside[smaller])
        if not ok.any():
            return membership
        k = int(np.flatnonzero(ok)[np.argmax(agree[ok])])
        membership[membership == second[k]] = first[k]


def balance(net: SignedNetwork, membership: np.ndarray) -> np.ndarray:
    """Join clusters that have the same main opponent and no conflict with each other.

    Structural balance: the enemy of my enemy is my friend. The "northern" plan that
    Ana Petrov criticised belongs with the bloc her country opposes, though they share no topic.
    Two clusters merge only when (1) the cluster each is most in conflict with (the most
    conflict between them, whatever agreement a mediator adds across) is the same,
    (2) the net weight between them is not negative, (3) the smaller of the two is on
    balance in agreement with no other cluster, and (4) the full signed modularity rises.
    Condition (1) keeps separate debates apart: two camps whose fiercest opponents differ
    are not one coalition merely because both have opponents. Condition (3) keeps balance
    a rule for the friendless: a camp that agrees, on balance, with some other cluster was
    set apart from it for a reason and is not handed to its opponents' enemies instead.
    Deterministic: the best merge is taken, then the candidates are recomputed, until none
    is left.
    """
    n = len(net.nodes)
    membership = membership.copy()
    pos, neg = np.clip(net.weight, 0, None), np.clip(-net.weight, 0, None)
    m_pos, m_neg = pos.sum(), neg.sum()
    if m_neg == 0:
        return membership
    a_pos = 1 / (2 * m_pos) if m_pos else 0.0
    k_pos = np.bincount(net.source, pos, n) + np.bincount(net.target, pos, n)
    k_neg = np.bincount(net.source, neg, n) + np.bincount(net.target, neg, n)
    while True:
        size = int(membership.max()) + 1
        cs, ct = membership[net.source], membership[net.target]
        between = cs != ct
        lo = np.minimum(cs[between], ct[between])
        hi = np.maximum(cs[between], ct[between])
        pairs, inverse = np.unique(lo * size + hi, return_inverse=True)
        sums = np.bincount(inverse, net.weight[between], pairs.size)
        fights = np.bincount(inverse, np.clip(net.weight[between], None, 0), pairs.size)
        w = {(int(k // size), int(k % size)): float(x) for k, x in zip(pairs, sums, strict=True)}
        # The main opponent is the cluster with the most conflict, not the lowest net weight:
        # a mediator agreeing with both camps does not make them stop being opponents.
        enemy: dict[int, tuple[float, int]] = {}
        for k, x in zip(pairs, fights, strict=True):
            a, b = int(k // size), int(k % size)
            for c, e in ((a, b), (b, a)):
                if x < 0 and (c not in enemy or (x, e) < enemy[c]):
                    enemy[c] = (x, e)
        big_pos = np.bincount(membership, k_pos, size)
        big_neg = np.bincount(membership, k_neg, size)
        counts = np.bincount(membership, minlength=size)
        friends: dict[int, set[int]] = {}
        for (a, b), x in w.items():
            if x > 0:
                friends.setdefault(a, set()).add(b)
                friends.setdefault(b, set()).add(a)
        groups: dict[int, list[int]] = {}
        for c, (_, e) in sorted(enemy.items()):
            groups.setdefault(e, []).append(c)
        best: tuple[float, int, int] | None = None
        for members in groups.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    between_ab = w.get((min(a, b), max(a, b)), 0.0)
                    joining = b if (counts[b], b) <= (counts[a], a) else a
                    other = a if joining == b else b
                    if between_ab < 0 or friends.get(joining, set()) - {other}:
                        continue
                    gain = (
                        between_ab
                        - a_pos * big_pos[a] * big_pos[b]
                        + big_neg[a] * big_neg[b] / (2 * m_neg)
                    )
                    if gain > 1e-12 and (best is None or gain > best[0]):
                        best = (gain, a, b)
        if best is None:
            return membership
        membership[membership == best[2]] = best[1]
