"""Tallies of who said what on which topic: the actor x topic matrix of Discourse Network
Analysis.

Counted once per build from the same observations alignment reads, and written with the
clusters into the derived graph (:func:`graph.build.add_tallies`): positions (one actor's
counts on one topic), topic tallies, speakers' statement counts, and the topics that split
a cluster.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..records import Position, Split, Tallies, TopicTally
from .observe import StanceObservation

__all__ = [
    "Position",
    "Tallies",
    "TopicTally",
    "cluster_splits",
    "positions_by_actor",
    "tally",
]

_SIDE = {1: "support", -1: "oppose", 0: "neutral"}


def tally(
    stances: Iterable[StanceObservation],
    clusters: Iterable[tuple[str, Sequence[str]]] = (),
    *,
    actors: Iterable[str] = (),
) -> Tallies:
    """Count observations per (actor, topic), per topic and per speaker, and find the
    topics that split each cluster (given as its IRI and member IRIs). ``actors`` who
    said nothing count 0, so every actor has a count.

    An observation is one statement on one topic; a statement on two topics counts once
    for each topic but once only for its speaker.
    """
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str, int], str] = {}
    spoken: dict[str, set[str]] = defaultdict(set)
    for obs in stances:
        pair = (obs.actor, obs.topic)
        counts[pair][_SIDE[obs.polarity]] += 1
        spoken[obs.actor].add(obs.statement)
        key = (obs.actor, obs.topic, obs.polarity)
        if obs.polarity and (key not in examples or obs.statement < examples[key]):
            examples[key] = obs.statement
    positions = tuple(
        Position(
            actor=actor,
            topic=topic,
            support=c["support"],
            oppose=c["oppose"],
            neutral=c["neutral"],
            support_example=examples.get((actor, topic, 1)),
            oppose_example=examples.get((actor, topic, -1)),
        )
        for (actor, topic), c in sorted(counts.items())
    )
    by_topic: dict[str, list[Position]] = defaultdict(list)
    for position in positions:
        by_topic[position.topic].append(position)
    topics = tuple(_topic_tally(topic, held) for topic, held in sorted(by_topic.items()))
    said_by = {actor: len(said) for actor, said in spoken.items()}
    said_by.update((actor, 0) for actor in actors if actor not in said_by)
    held = positions_by_actor(positions)
    splits = tuple(s for iri, members in clusters for s in cluster_splits(iri, members, held))
    return Tallies(
        positions=positions, topics=topics, speakers=tuple(sorted(said_by.items())), splits=splits
    )


def _topic_tally(topic: str, held: Sequence[Position]) -> TopicTally:
    return TopicTally(
        topic=topic,
        support=sum(p.support for p in held),
        oppose=sum(p.oppose for p in held),
        neutral=sum(p.neutral for p in held),
        actors=len(held),
        supporters=sum(1 for p in held if p.support),
        opponents=sum(1 for p in held if p.oppose),
    )


def positions_by_actor(positions: Iterable[Position]) -> dict[str, list[Position]]:
    """Each actor's positions, for looking up a cluster's members."""
    out: dict[str, list[Position]] = defaultdict(list)
    for position in positions:
        out[position.actor].append(position)
    return out


def cluster_splits(
    cluster: str, members: Sequence[str], by_actor: Mapping[str, Sequence[Position]]
) -> tuple[Split, ...]:
    """Topics on which one member of a cluster supports and another member opposes, with
    the members on each side.

    One actor on both sides of a topic does not split the cluster by itself; it takes two
    different members, as in DNA's conflict between actors.
    """
    pro: dict[str, set[str]] = defaultdict(set)
    con: dict[str, set[str]] = defaultdict(set)
    for member in members:
        for p in by_actor.get(member, ()):
            if p.support:
                pro[p.topic].add(p.actor)
            if p.oppose:
                con[p.topic].add(p.actor)
    return tuple(
        Split(cluster, t, supporters=tuple(sorted(pro[t])), opponents=tuple(sorted(con[t])))
        for t in sorted(pro.keys() & con.keys())
        if len(pro[t] | con[t]) > 1
    )
