"""Why each cluster holds together and what divides it from the others, with evidence.

A cluster *agrees* on a topic when at least two of its members take a side there and at
least two thirds of those take the same side (a lone member's positions are its
agreement with itself, so a one-actor cluster is explained by what it said). Two clusters
are *divided* on a topic when their majority sides there are opposite; explicit
disagreements between their members divide them too. The ties inside a cluster (who
speaks for whom, who said they agree with whom) explain members that share no topic.
Every claim points at the statements (and sentences) that make it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .network import SignedNetwork
from .observe import StanceObservation, Tie

__all__ = ["Agreement", "ClusterExplanation", "Division", "explain_clusters"]

_SIDE = {1: "support", -1: "oppose"}
#: How many topics, divisions and evidence statements an explanation keeps: enough to read,
#: bounded so a million-article corpus does not write a million evidence links per cluster.
MAX_TOPICS = 5
MAX_DIVISIONS = 3
MAX_EVIDENCE = 5
MAX_PAIRED = 50
#: Share of a cluster's members with a side on a topic that must take the same side.
AGREEMENT_SHARE = 2 / 3


@dataclass(frozen=True)
class Agreement:
    """A topic the cluster's members take the same side on, and the statements saying so."""

    topic: str
    label: str
    stance: str  # support | oppose
    members: tuple[str, ...]
    statements: tuple[str, ...]  # the first MAX_EVIDENCE of them, as evidence
    count: int = 0  # all statements taking that side, evidence or not


@dataclass(frozen=True)
class Division:
    """What separates this cluster from ``other``: opposite sides on a topic, or an explicit
    disagreement (``topic`` is then empty)."""

    other: str  # key of the other cluster
    topic: str
    label: str
    stance: str  # this cluster's side
    other_stance: str
    statements: tuple[str, ...]


@dataclass(frozen=True)
class ClusterExplanation:
    """One cluster: members, readable label, agreements and divisions, in words too."""

    key: str
    label: str
    members: tuple[str, ...]  # actor IRIs, most active first
    agreements: tuple[Agreement, ...]
    divisions: tuple[Division, ...]
    text: str
    bonds: tuple[str, ...] = ()  # ties inside the cluster, in words ("A speaks for B")
    bridges: tuple[tuple[str, str], ...] = ()  # (other cluster, "A agrees with B") across

    @property
    def evidence(self) -> tuple[str, ...]:
        """Statements behind the agreements, in order, without repeats."""
        seen = dict.fromkeys(s for a in self.agreements for s in a.statements)
        return tuple(seen)


def _majority(sides: list[int]) -> int:
    total = sum(sides)
    return (total > 0) - (total < 0)


def explain_clusters(
    net: SignedNetwork,
    membership: np.ndarray,
    stances: Sequence[StanceObservation],
    ties: Sequence[Tie],
    labels: dict[str, str],
) -> list[ClusterExplanation]:
    """Explanations for every cluster of ``membership`` (index 0 first)."""
    cluster_of = {node: int(c) for node, c in zip(net.nodes, membership, strict=True)}
    count = int(membership.max()) + 1 if membership.size else 0
    keys = [f"cluster-{c + 1}" for c in range(count)]
    sizes = np.bincount(membership, minlength=count)
    grouped: dict[int, list[str]] = defaultdict(list)
    for node, c in cluster_of.items():
        grouped[c].append(node)

    # Each member's side per topic, with its statements.
    by_cell: dict[tuple[str, str], list[StanceObservation]] = defaultdict(list)
    for obs in stances:
        if obs.polarity != 0 and obs.actor in cluster_of:
            by_cell[(obs.actor, obs.topic)].append(obs)
    side_of: dict[tuple[int, str], dict[str, int]] = defaultdict(dict)
    for (actor, topic), found in by_cell.items():
        side = _majority([o.polarity for o in found])
        if side:
            side_of[(cluster_of[actor], topic)][actor] = side

    activity = Counter(o.actor for o in stances if o.polarity != 0)
    for tie in ties:
        activity[tie.source] += 1
        activity[tie.target] += 1

    def name(iri: str) -> str:
        return labels.get(iri, iri.rsplit("/", 1)[-1])

    def evidence(
        cluster: int, topic: str, side: int, limit: int | None = MAX_EVIDENCE
    ) -> tuple[str, ...]:
        members = side_of[(cluster, topic)]
        found = sorted(
            {
                o.statement
                for actor, s in members.items()
                if s == side
                for o in by_cell[(actor, topic)]
                if o.polarity == side
            }
        )
        return tuple(found[:limit])

    agreements: dict[int, list[Agreement]] = defaultdict(list)
    majority: dict[tuple[int, str], tuple[int, int]] = {}
    for (cluster, topic), members in side_of.items():
        side = _majority(list(members.values()))
        agreeing = sorted(a for a, s in members.items() if s == side)
        majority[(cluster, topic)] = (side, len(agreeing))
        enough = len(agreeing) >= 2 or sizes[cluster] == 1
        if side and enough and len(agreeing) >= AGREEMENT_SHARE * len(members):
            every = evidence(cluster, topic, side, limit=None)
            agreements[cluster].append(
                Agreement(
                    topic,
                    name(topic),
                    _SIDE[side],
                    tuple(agreeing),
                    every[:MAX_EVIDENCE],
                    len(every),
                )
            )

    divisions: dict[int, list[Division]] = defaultdict(list)
    sides_on: dict[str, dict[int, list[int]]] = defaultdict(lambda: {1: [], -1: []})
    for (cluster, topic), (side, _) in majority.items():
        if side:
            sides_on[topic][side].append(cluster)
    for topic, sides in sorted(sides_on.items()):
        # Clusters are numbered largest first; the largest few per side bound the cost.
        pro, con = sorted(sides[1])[:MAX_PAIRED], sorted(sides[-1])[:MAX_PAIRED]
        for a, b in ((a, b) for a in pro for b in con):
            pro_proof, con_proof = evidence(a, topic, 1), evidence(b, topic, -1)
            label = name(topic)
            divisions[a].append(
                Division(keys[b], topic, label, "support", "oppose", pro_proof + con_proof)
            )
            divisions[b].append(
                Division(keys[a], topic, label, "oppose", "support", con_proof + pro_proof)
            )
    for tie in ties:
        ca, cb = cluster_of.get(tie.source), cluster_of.get(tie.target)
        if (
            tie.kind == "relation"
            and tie.sign < 0
            and ca is not None
            and cb is not None
            and ca != cb
        ):
            for x, y in ((ca, cb), (cb, ca)):
                divisions[x].append(
                    Division(keys[y], "", "", "disagree", "disagree", (tie.statement or "",))
                )

    # Ties inside a cluster explain members that share no topic: who speaks for whom,
    # who said they agree with whom.
    speaks_for: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    bonds: dict[int, list[str]] = defaultdict(list)
    bridges: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tie in ties:
        ca, cb = cluster_of.get(tie.source), cluster_of.get(tie.target)
        if ca is None or cb is None:
            continue
        if ca != cb:
            # An explicit agreement across camps is worth saying: it held less than what
            # split them, and a reader looking for it should find where it went.
            if tie.kind == "relation" and tie.sign > 0:
                said = f"{name(tie.source)} agrees with {name(tie.target)}"
                bridges[ca].append((keys[cb], said))
                bridges[cb].append((keys[ca], said))
            continue
        if tie.kind == "affiliation":
            speaks_for[ca][tie.target].append(name(tie.source))
        elif tie.sign > 0:
            bonds[ca].append(f"{name(tie.source)} agrees with {name(tie.target)}")
    for c, orgs in speaks_for.items():
        spoken = [
            f"{', '.join(sorted(set(people)))} {'speaks' if len(set(people)) == 1 else 'speak'}"
            f" for {name(org)}"
            for org, people in sorted(orgs.items(), key=lambda kv: name(kv[0]))
        ]
        bonds[c] = spoken + bonds[c]

    explanations = []
    for c in range(count):
        ordered = sorted(grouped[c], key=lambda n: (-activity[n], name(n), n))
        agreed = sorted(agreements[c], key=lambda g: (-len(g.members), -g.count, g.label))
        divided = _top_divisions(divisions[c])
        label = ", ".join(name(m) for m in ordered[:3])
        if len(ordered) > 3:
            label += f" (+{len(ordered) - 3})"
        explanations.append(
            ClusterExplanation(
                key=keys[c],
                label=label,
                members=tuple(ordered),
                agreements=tuple(agreed[:MAX_TOPICS]),
                divisions=tuple(divided),
                text="",
                bonds=tuple(dict.fromkeys(bonds[c])),
                bridges=tuple(dict.fromkeys(bridges[c])),
            )
        )
    return _with_division_labels(explanations)


def _top_divisions(found: list[Division]) -> list[Division]:
    """Per other cluster, explicit disagreements first, then the topics with most evidence."""
    by_other: dict[str, list[Division]] = defaultdict(list)
    for d in found:
        by_other[d.other].append(d)
    chosen: list[Division] = []
    for other in sorted(by_other, key=lambda k: (-len(by_other[k]), int(k.rsplit("-", 1)[1]))):
        merged: dict[str, Division] = {}
        for d in by_other[other]:
            key = d.topic or "\x00explicit"
            if key in merged:
                d = Division(
                    d.other,
                    d.topic,
                    d.label,
                    d.stance,
                    d.other_stance,
                    tuple(dict.fromkeys(merged[key].statements + d.statements)),
                )
            merged[key] = d
        ranked = sorted(merged.values(), key=lambda d: (bool(d.topic), -len(d.statements), d.label))
        chosen.extend(ranked[:MAX_DIVISIONS])
    return chosen


def _with_division_labels(explanations: list[ClusterExplanation]) -> list[ClusterExplanation]:
    """Write each explanation's text, naming the other clusters by their labels."""
    label_of = {e.key: e.label for e in explanations}
    result = []
    for e in explanations:
        parts: list[str] = []
        if e.agreements:
            agreed = "; ".join(
                f"{g.stance} {g.label} ({len(g.members)} member{'s' if len(g.members) != 1 else ''}, "
                f"{g.count} statement{'s' if g.count != 1 else ''})"
                for g in e.agreements
            )
            parts.append(f"Agrees: {agreed}.")
        if e.bonds:
            parts.append(f"Ties: {'; '.join(e.bonds)}.")
        others: dict[str, list[str]] = defaultdict(list)
        for d in e.divisions:
            if d.topic:
                others[d.other].append(f"{d.label} ({d.stance} vs {d.other_stance})")
            else:
                others[d.other].append("explicit disagreement")
        for other, what in others.items():
            parts.append(f"Divided from [{label_of.get(other, other)}] on: {'; '.join(what)}.")
        for other, said in e.bridges:
            parts.append(f"Across to [{label_of.get(other, other)}]: {said}.")
        result.append(
            ClusterExplanation(
                e.key,
                e.label,
                e.members,
                e.agreements,
                e.divisions,
                " ".join(parts),
                e.bonds,
                e.bridges,
            )
        )
    return result
