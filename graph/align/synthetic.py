"""Planted coalitions: synthetic stance data with a known answer, for tests and benchmarks.

The structure mirrors a real debate landscape: coalitions come in opposing pairs, each
pair arguing over its own issue's topics (one side's position vector is the other's
negation); a share of statements goes to cross-cutting topics where every coalition has
its own random line; and a share of statements takes the wrong side at random (noise).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .observe import StanceObservation

__all__ = ["PlantedCoalitions", "planted_coalitions"]


@dataclass(frozen=True)
class PlantedCoalitions:
    """Synthetic observations and the coalition each actor was planted in."""

    stances: tuple[StanceObservation, ...]
    truth: dict[str, int]  # actor -> coalition


def planted_coalitions(
    actors: int,
    statements: int,
    *,
    coalitions: int = 2,
    topics_per_issue: int = 10,
    shared_topics: int = 10,
    shared_share: float = 0.2,
    noise: float = 0.1,
    seed: int = 0,
) -> PlantedCoalitions:
    """``statements`` stance observations by ``actors`` actors in ``coalitions`` camps.

    Args:
        coalitions: how many camps; camps 2i and 2i+1 take opposite sides on issue i.
        topics_per_issue: topics per issue (each pair of opposing camps has its own).
        shared_topics: cross-cutting topics every camp speaks on with its own random line.
        shared_share: share of statements on cross-cutting topics.
        noise: probability that a statement takes the side opposite to its camp's line.
    """
    rng = random.Random(seed)
    issues = (coalitions + 1) // 2
    line = {
        (camp, f"issue{camp // 2}-t{t}"): 0
        for camp in range(coalitions)
        for t in range(topics_per_issue)
    }
    for issue in range(issues):
        for t in range(topics_per_issue):
            side = rng.choice((1, -1))
            line[(2 * issue, f"issue{issue}-t{t}")] = side
            if 2 * issue + 1 < coalitions:
                line[(2 * issue + 1, f"issue{issue}-t{t}")] = -side
    for camp in range(coalitions):
        for t in range(shared_topics):
            line[(camp, f"shared-t{t}")] = rng.choice((1, -1))
    width = len(str(actors))
    names = [f"actor{i:0{width}d}" for i in range(actors)]
    truth = {name: i % coalitions for i, name in enumerate(names)}
    stances = []
    for s in range(statements):
        actor = names[s % actors]
        camp = truth[actor]
        if shared_topics and rng.random() < shared_share:
            topic = f"shared-t{rng.randrange(shared_topics)}"
        else:
            topic = f"issue{camp // 2}-t{rng.randrange(topics_per_issue)}"
        side = line[(camp, topic)]
        if rng.random() < noise:
            side = -side
        stances.append(StanceObservation(f"statement{s}", actor, topic, side))
    return PlantedCoalitions(tuple(stances), truth)
