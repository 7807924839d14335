"""Tallies of who said what on which topic, kept in the graph beside the clusters.

A SPARQL engine answers "how many statements support this topic" or "who opposes what
this actor supports" by joining every statement with its speaker, stance and topic; on
a million triples in Oxigraph that is seconds to minutes, because each join step is an
index lookup per statement. DNA tools keep the actor x topic matrix instead. These
records are that matrix, counted once per build from the same observations alignment
reads, and written as triples (:func:`graph.build.add_tallies`) so the named queries
read a few thousand tallies instead of every statement.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..records import Split
from .observe import StanceObservation

__all__ = [
    "KEY_BASE",
    "Position",
    "Tallies",
    "TopicTally",
    "activity_key",
    "cluster_splits",
    "name_ranks",
    "positions_by_actor",
    "rank_key",
    "tally",
]

#: A position's key is its topic's rank times this, plus its holder's rank; so sorting
#: keys sorts by topic name, then by actor name, with one integer comparison. A split's
#: is its topic's rank times this, plus its cluster's place among the clusters.
#: ``ontology/queries/actors-on-topic.rq`` divides keys by it to get the topic's rank.
KEY_BASE = 10**9


@dataclass(frozen=True)
class Position:
    """One actor's standing on one topic: how many of its statements take each side.

    ``support_example`` and ``oppose_example`` name one statement of each side (the first
    by IRI, so the same graph gives the same example), for queries that quote a sentence.
    ``key`` orders positions by topic name, then holder name (:func:`rank_key`).
    """

    actor: str  # actor IRI
    topic: str  # topic IRI
    support: int = 0
    oppose: int = 0
    neutral: int = 0
    support_example: str | None = None
    oppose_example: str | None = None
    key: int = 0


@dataclass(frozen=True)
class TopicTally:
    """A topic's statements by side, and how many actors spoke on it and took each side."""

    topic: str  # topic IRI
    support: int
    oppose: int
    neutral: int
    actors: int
    supporters: int = 0
    opponents: int = 0
    conflicts: int = 0  # (supporter, opponent) pairs of two different actors

    @property
    def statements(self) -> int:
        return self.support + self.oppose + self.neutral


@dataclass(frozen=True)
class Tallies:
    """Positions (actor x topic), topic tallies and each speaker's statement count."""

    positions: tuple[Position, ...] = ()
    topics: tuple[TopicTally, ...] = ()
    speakers: tuple[tuple[str, int], ...] = ()  # (actor IRI, statements it made)
    splits: tuple[Split, ...] = ()
    actor_keys: tuple[tuple[str, int], ...] = ()  # (actor IRI, key: most statements first)


_SIDE = {1: "support", -1: "oppose", 0: "neutral"}


def tally(
    stances: Iterable[StanceObservation],
    clusters: Iterable[tuple[str, Sequence[str]]] = (),
    *,
    actors: Iterable[str] = (),
    names: Mapping[str, str] | None = None,
) -> Tallies:
    """Count observations per (actor, topic), per topic and per speaker, and find the
    topics that split each cluster (given as its IRI and member IRIs). ``actors`` who
    said nothing count 0, so every actor has a count a query can sort on. ``names``
    (IRI -> label, for actors and topics) give the positions' keys their order.

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
    actors = tuple(actors)
    actor_rank = name_ranks({a for a, _ in counts} | set(actors), names or {})
    topic_rank = name_ranks({t for _, t in counts}, names or {})
    positions = tuple(
        Position(
            actor=actor,
            topic=topic,
            support=c["support"],
            oppose=c["oppose"],
            neutral=c["neutral"],
            support_example=examples.get((actor, topic, 1)),
            oppose_example=examples.get((actor, topic, -1)),
            key=rank_key(topic_rank[topic], actor_rank[actor]),
        )
        for (actor, topic), c in sorted(counts.items())
    )
    by_topic: dict[str, list[Position]] = defaultdict(list)
    for position in positions:
        by_topic[position.topic].append(position)
    topics = tuple(_topic_tally(topic, held) for topic, held in sorted(by_topic.items()))
    said_by = {actor: len(said) for actor, said in spoken.items()}
    said_by.update((actor, 0) for actor in actors if actor not in said_by)
    speakers = tuple(sorted(said_by.items()))
    actor_keys = tuple((a, activity_key(n, actor_rank[a])) for a, n in speakers)
    held = positions_by_actor(positions)
    clusters = tuple(clusters)
    place = {iri: n for n, iri in enumerate(sorted(iri for iri, _ in clusters), start=1)}
    splits = tuple(
        replace(s, key=rank_key(topic_rank[s.topic], place[iri]))
        for iri, members in clusters
        for s in cluster_splits(iri, members, held)
    )
    return Tallies(
        positions=positions,
        topics=topics,
        speakers=speakers,
        splits=splits,
        actor_keys=actor_keys,
    )


def _topic_tally(topic: str, held: Sequence[Position]) -> TopicTally:
    supporters = sum(1 for p in held if p.support)
    opponents = sum(1 for p in held if p.oppose)
    return TopicTally(
        topic=topic,
        support=sum(p.support for p in held),
        oppose=sum(p.oppose for p in held),
        neutral=sum(p.neutral for p in held),
        actors=len(held),
        supporters=supporters,
        opponents=opponents,
        conflicts=supporters * opponents - sum(1 for p in held if p.support and p.oppose),
    )


def name_ranks(iris: Iterable[str], names: Mapping[str, str]) -> dict[str, int]:
    """Each IRI's place (from 1) in alphabetical order of names, lower-cased as SPARQL's
    LCASE does; ties and nameless IRIs go by IRI. Written into keys, so queries sort by
    name on integers."""
    order = sorted(iris, key=lambda iri: (names.get(iri, iri).lower(), iri))
    return {iri: n for n, iri in enumerate(order, start=1)}


def rank_key(major: int, minor: int) -> int:
    """One integer sorting by ``major``, then ``minor``: a position by its topic's rank,
    then its holder's; a split by its topic's, then its cluster's place. Unique per
    (topic, actor) or (topic, cluster), so a query finds the position or split from it
    with one lookup."""
    if not 0 < minor < KEY_BASE:
        raise ValueError(f"rank {minor} out of range for keys")
    return major * KEY_BASE + minor


def activity_key(statements: int, actor_rank: int) -> int:
    """The integer that sorts actors by how many statements they made, most first, then
    by name: what the actors listing shows, sorted on one integer per actor."""
    if not 0 <= statements < KEY_BASE:
        raise ValueError(f"statement count {statements} out of range for keys")
    return rank_key(KEY_BASE - statements, actor_rank)


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
