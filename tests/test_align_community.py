"""Signed clustering: planted coalitions are recovered, deterministically, with quality scores."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from graph.align import (
    EDGES_PER_ACTOR,
    Observations,
    SignedNetwork,
    adjusted_rand_index,
    align_graph,
    align_observations,
    between_camps,
    cluster_signed,
    partition,
    polarization,
    signed_edges,
    signed_modularity,
    stance_matrix,
)
from graph.align.observe import StanceObservation
from graph.align.synthetic import planted_coalitions
from graph.build import build_graph
from graph.records import Actor, Article, Statement, Topic

_SIDE = {1: "support", -1: "oppose", 0: "neutral"}


def planted_graph(actors: int, statements: int, coalitions: int, seed: int = 0):
    """Planted coalitions written as RDF through graph.build, as extraction would."""
    planted = planted_coalitions(
        actors,
        statements,
        coalitions=coalitions,
        topics_per_issue=10,
        shared_topics=10,
        seed=seed,
    )
    article = Article(id="planted", text="x", source="planted.txt", published="2024-01-01")
    people = [Actor(key=a, label=a.title(), type="Person") for a in sorted(planted.truth)]
    records = [
        Statement(
            article_id="planted",
            speaker=o.actor,
            cue="said",
            quote="",
            evidence=f"{o.actor} on {o.topic}",
            char_start=i,
            char_end=i + 1,
            stance=_SIDE[o.polarity],  # type: ignore[arg-type]
            topic=Topic(key=o.topic, label=o.topic),
        )
        for i, o in enumerate(planted.stances)
    ]
    return build_graph([article], people, records), planted.truth


def _ari_by_label(result, truth: dict[str, int]) -> float:
    """ARI over planted actors, matching graph members back by label."""
    cluster_of = {result.labels[m].lower(): c.key for c in result.clusters for m in c.members}
    names = sorted(truth)
    return adjusted_rand_index(
        [truth[n] for n in names], [cluster_of.get(n, f"none-{n}") for n in names]
    )


@pytest.mark.parametrize(("actors", "coalitions"), [(10, 2), (100, 4)])
def test_align_recovers_planted_coalitions_from_rdf(actors, coalitions):
    graph, truth = planted_graph(actors, actors * 10, coalitions)
    result = align_graph(graph, seed=0)
    assert _ari_by_label(result, truth) >= 0.9
    assert len(result.clusters) == coalitions


@pytest.mark.slow
def test_align_recovers_10000_planted_actors():
    planted = planted_coalitions(10_000, 100_000, coalitions=100, shared_topics=500, seed=1)
    result = align_observations(Observations(planted.stances, (), {}, {}), seed=0)
    cluster_of = {m: c.key for c in result.clusters for m in c.members}
    names = sorted(planted.truth)
    # an actor left between two camps counts as a cluster of its own
    found = [cluster_of.get(n, f"between-{n}") for n in names]
    assert adjusted_rand_index([planted.truth[n] for n in names], found) >= 0.9
    assert len(result.between) <= len(names) // 100
    assert result.polarization is not None and result.polarization > 0.5


def test_align_same_seed_same_clusters_and_seed_is_used():
    planted = planted_coalitions(60, 600, coalitions=3, seed=3)
    obs = Observations(planted.stances, (), {}, {})
    first = align_observations(obs, seed=5)
    again = align_observations(obs, seed=5)
    assert first.clusters == again.clusters
    assert first.edges == again.edges


def test_align_cluster_signed_on_networkx():
    g = nx.Graph()
    camps = [("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("d", "e", 1), ("e", "f", 1)]
    g.add_weighted_edges_from(
        [*camps, ("d", "f", 1), ("a", "d", -1), ("c", "f", -1), ("b", "e", 0.5)]
    )
    assert [sorted(c) for c in cluster_signed(g, seed=1)] == [["a", "b", "c"], ["d", "e", "f"]]


def test_align_actor_with_only_enemies_stays_alone():
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "b", 1), ("loner", "a", -1), ("loner", "b", -1)])
    assert [sorted(c) for c in cluster_signed(g)] == [["a", "b"], ["loner"]]


def test_align_modularity_and_polarization_of_two_camps():
    planted = planted_coalitions(20, 400, coalitions=2, shared_topics=0, noise=0.0)
    net = signed_edges(stance_matrix(planted.stances), normalise="cosine")
    truth = np.array([planted.truth[a] for a in net.nodes])
    found = partition(net, seed=0)
    assert adjusted_rand_index(list(truth), list(found)) == 1.0
    # Noise-free opposing camps: all conflict runs between them, none inside.
    assert polarization(net, found) == pytest.approx(1.0)
    one = np.zeros(len(net.nodes), dtype=np.int64)
    assert polarization(net, one) == 0.0
    q = signed_modularity(net, found)
    assert q is not None and q > signed_modularity(net, one)


@pytest.mark.parametrize(
    ("truth", "predicted", "expected"),
    [
        ([0, 0, 1, 1], [5, 5, 7, 7], 1.0),
        ([0, 0, 1, 1], [0, 1, 0, 1], -0.5),
        ([0, 0, 1, 1], [0, 0, 1, 2], 0.5714285714),  # scikit-learn's documented values
        ([0, 0, 0, 0], [0, 1, 2, 3], 0.0),
    ],
)
def test_align_adjusted_rand_index_known_values(truth, predicted, expected):
    assert adjusted_rand_index(truth, predicted) == pytest.approx(expected)


def test_align_enemy_of_my_enemy_joins_when_the_main_opponent_is_shared():
    g = nx.Graph()
    g.add_weighted_edges_from(
        [("a1", "a2", 1), ("e1", "e2", 1), ("a1", "e1", -1), ("west", "e2", -1)]
    )
    clusters = [sorted(c) for c in cluster_signed(g)]
    assert ["a1", "a2", "west"] in clusters
    assert ["e1", "e2"] in clusters


def test_align_enemy_of_my_enemy_joins_even_when_nobody_agrees():
    # no agreement anywhere: the two actors fighting the same opponent still form a camp
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "c", -1), ("b", "c", -1)])
    assert [sorted(c) for c in cluster_signed(g)] == [["a", "b"], ["c"]]


def test_align_separate_debates_stay_apart():
    g = nx.Graph()
    # Two debates, each with two camps; no camp's main opponent is in the other debate.
    for p in ("x", "y"):
        g.add_weighted_edges_from(
            [(f"{p}a1", f"{p}a2", 1), (f"{p}b1", f"{p}b2", 1), (f"{p}a1", f"{p}b1", -2)]
        )
    g.add_weighted_edges_from([("xa1", "yb1", -0.5)])
    clusters = {frozenset(c) for c in cluster_signed(g)}
    assert clusters == {
        frozenset({"xa1", "xa2"}),
        frozenset({"xb1", "xb2"}),
        frozenset({"ya1", "ya2"}),
        frozenset({"yb1", "yb2"}),
    }


def test_align_balance_leaves_an_actor_that_agrees_with_another_camp():
    """x shares camp a's enemy, but agrees (a little) with camp c: it is not given to a."""
    from graph.align import SignedNetwork
    from graph.align.community import balance

    g = nx.Graph()
    camps_ab = [("a1", "a2", 1), ("e1", "e2", 1), ("a1", "e1", -1), ("x", "e2", -2)]
    g.add_weighted_edges_from([*camps_ab, ("x", "c1", 0.1), ("c1", "c2", 1)])
    net = SignedNetwork.from_networkx(g)
    camps = {"a1": 0, "a2": 0, "c1": 1, "c2": 1, "e1": 2, "e2": 2, "x": 3}
    found = balance(net, np.array([camps[n] for n in net.nodes]))
    assert found.tolist() == [camps[n] for n in net.nodes]
    without_c = SignedNetwork.from_networkx(g.subgraph(["a1", "a2", "e1", "e2", "x"]))
    joined = balance(without_c, np.array([camps[n] for n in without_c.nodes]))
    assert joined[without_c.nodes.index("x")] == joined[without_c.nodes.index("a1")]


def test_align_spokesperson_stays_with_the_body_she_speaks_for():
    """A spokeswoman whose one remark agrees with the other camp still stands with her
    organisation: the affiliation binds, where a heavier edge would only split camps."""
    from graph.align import StanceObservation as O
    from graph.align import Tie

    stances = [
        O("s1", "org", "wages", 1),
        O("s2", "org", "hiring", 1),
        O("s3", "boss", "wages", 1),
        O("s4", "boss", "hiring", 1),
        O("s5", "union", "wages", -1),
        O("s6", "union", "hiring", -1),
        O("s7", "steward", "wages", -1),
        O("s8", "steward", "hiring", -1),
        O("s9", "spokeswoman", "strike", 1),
        O("s10", "union", "strike", 1),
        O("s11", "steward", "strike", 1),
    ]
    ties = (Tie("spokeswoman", "org", 1, "affiliation"),)
    net = signed_edges(stance_matrix(stances), ties, normalise="cosine")
    found = dict(zip(net.nodes, partition(net, seed=0), strict=True))
    assert found["spokeswoman"] == found["org"] == found["boss"]
    assert found["union"] == found["steward"] != found["org"]


def test_align_affiliation_in_open_conflict_does_not_bind():
    from graph.align import StanceObservation as O
    from graph.align import Tie
    from graph.align.community import speaking_for

    stances = [
        O(f"s{i}", a, t, p)
        for i, (a, t, p) in enumerate(
            [("rebel", "x", 1), ("rebel", "y", 1), ("party", "x", -1), ("party", "y", -1)]
        )
    ]
    ties = (Tie("rebel", "party", 1, "affiliation"),)
    net = signed_edges(stance_matrix(stances), ties, normalise="none")
    group = dict(zip(net.nodes, speaking_for(net), strict=True))
    assert group["rebel"] != group["party"]


def test_align_members_of_one_alliance_at_odds_are_not_bound_together():
    """Two states affiliated to one alliance, more opposed to each other than bound to it
    (a topic and an explicit disagreement), stay apart; one remark at odds is not enough."""
    from graph.align import StanceObservation as O
    from graph.align import Tie
    from graph.align.community import speaking_for

    stances = [O("s1", "east", "sea", 1), O("s2", "west", "sea", -1)]
    ties = (
        Tie("east", "alliance", 1, "affiliation"),
        Tie("west", "alliance", 1, "affiliation"),
        Tie("east", "west", -1, "relation", "s1"),
    )
    net = signed_edges(stance_matrix(stances), ties, normalise="none")
    group = dict(zip(net.nodes, speaking_for(net), strict=True))
    assert group["east"] != group["west"]
    assert group["alliance"] in (group["east"], group["west"])
    net = signed_edges(stance_matrix(stances), ties[:2], normalise="none")
    group = dict(zip(net.nodes, speaking_for(net), strict=True))
    assert group["east"] == group["west"] == group["alliance"]


def test_align_the_member_colleagues_agree_with_stays_in_the_party():
    """Two members of one party at odds: the one a colleague agrees with stays in the
    party's group, whichever comes first by name."""
    from graph.align import StanceObservation as O
    from graph.align import Tie
    from graph.align.community import speaking_for

    stances = [O("s1", "ames", "dam", 1), O("s2", "zorn", "dam", -1)]
    ties = (
        Tie("ames", "party", 1, "affiliation"),
        Tie("zorn", "party", 1, "affiliation"),
        Tie("lind", "party", 1, "affiliation"),
        Tie("ames", "zorn", -1, "relation", "s1"),
        Tie("lind", "zorn", 1, "relation", "s3"),
    )
    net = signed_edges(stance_matrix(stances), ties, normalise="none")
    group = dict(zip(net.nodes, speaking_for(net), strict=True))
    assert group["zorn"] == group["party"] == group["lind"] != group["ames"]


def test_align_enemy_of_my_enemy_joins_even_when_a_mediator_agrees_with_both():
    """A mediator in camp e who also agrees with camp a makes the net weight between a and e
    positive; a and e are still opponents, so "west", fighting only e, joins a."""
    g = nx.Graph()
    g.add_weighted_edges_from(
        [
            ("a1", "a2", 1),
            ("e1", "e2", 1),
            ("a1", "e1", -1),
            ("mediator", "e1", 1.5),
            ("mediator", "e2", 1.5),
            ("mediator", "a1", 1.2),
            ("mediator", "a2", 0.5),
            ("west", "e2", -1),
        ]
    )
    clusters = [sorted(c) for c in cluster_signed(g)]
    assert ["e1", "e2", "mediator"] in clusters
    assert ["a1", "a2", "west"] in clusters


def _net(edges: list[tuple[str, str, float]]) -> SignedNetwork:
    g = nx.Graph()
    g.add_weighted_edges_from(edges)
    return SignedNetwork.from_networkx(g)


@pytest.mark.parametrize(
    ("edges", "torn"),
    [
        # m agrees with a camp member and with a member of the camp that opposes it
        (
            [
                ("a", "b", 1),
                ("c", "d", 1),
                ("a", "c", -1),
                ("b", "d", -1),
                ("m", "a", 1),
                ("m", "c", 1),
            ],
            {"m"},
        ),
        # m leans clearly one way: a strong tie to a, a weak one to c
        (
            [
                ("a", "b", 1),
                ("c", "d", 1),
                ("a", "c", -1),
                ("b", "d", -1),
                ("m", "a", 1),
                ("m", "b", 1),
                ("m", "c", 0.3),
            ],
            set(),
        ),
        # two camps that do not oppose each other: agreeing with both is no dilemma
        ([("a", "b", 1), ("c", "d", 1), ("m", "a", 1), ("m", "c", 1)], set()),
    ],
)
def test_align_between_camps_needs_comparable_ties_to_opposed_camps(edges, torn):
    net = _net(edges)
    membership = partition(net, seed=0)
    found = {net.nodes[i] for i in between_camps(net, membership)}
    assert found == torn


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ([0, 0, 1], [5, 5, 2], True),  # relabelled
        ([0, 0, 1], [0, 1, 1], False),
        ([0, 1, 2], [0, 0, 0], False),
    ],
)
def test_align_same_partition_ignores_labels(a, b, same):
    from graph.align.community import _same_partition

    assert _same_partition(a, b) is same


def test_align_leiden_rounds_are_capped(monkeypatch):
    """Leiden runs in rounds that stop at the cap even if the partition keeps changing."""
    import graph.align.community as community

    rounds = []
    monkeypatch.setattr(community, "_same_partition", lambda a, b: rounds.append(1) and False)
    monkeypatch.setattr(community, "MAX_LEIDEN_ROUNDS", 4)
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "b", 1), ("c", "d", 1), ("a", "c", -1)])
    assert len(cluster_signed(g)) == 2
    assert 0 < len(rounds) <= 3 * 4


def _agreeing_clique(names: str, weight: float = 1.0) -> list[tuple[str, str, float]]:
    return [(a, b, weight) for i, a in enumerate(names) for b in names[i + 1 :]]


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        # six speakers who all back one side, in two tighter knots: modularity alone
        # splits them (their agreement is the whole network's); one camp
        (
            [
                *_agreeing_clique("abc", 2),
                *_agreeing_clique("def", 2),
                ("a", "d", 0.5),
                ("b", "e", 0.5),
            ],
            [["a", "b", "c", "d", "e", "f"]],
        ),
        # the same six with one conflicting tie across: two camps stay two
        (
            [
                *_agreeing_clique("abc", 2),
                *_agreeing_clique("def", 2),
                ("a", "d", 0.5),
                ("b", "e", 0.5),
                ("c", "f", -0.5),
            ],
            [["a", "b", "c"], ["d", "e", "f"]],
        ),
        # two tight camps of separate debates, one stray agreement between big clusters:
        # not the main outside tie of either, so no merge
        (
            [
                *_agreeing_clique("abcd", 2),
                *_agreeing_clique("efgh", 2),
                ("a", "e", 0.2),
                ("a", "x", 1),
                ("e", "y", 1),
                ("x", "y", -3),
                ("x", "z", 2),
                ("y", "w", 2),
            ],
            None,
        ),
    ],
)
def test_align_unite_joins_clusters_that_only_agree(edges, expected):
    g = nx.Graph()
    for a, b, w in edges:
        g.add_edge(a, b, weight=w)
    clusters = sorted(sorted(c) for c in cluster_signed(g))
    if expected is not None:
        assert clusters == expected
    else:
        assert not any({"a", "e"} <= set(c) for c in clusters)


def _one_topic(actors: int, sparse_pairs: int = 0) -> Observations:
    """``actors`` actors all taking a side on one topic (every pair tied), or, with
    ``sparse_pairs``, that many pairs each alone on a topic of their own."""
    stances = []
    if sparse_pairs:
        for k in range(sparse_pairs):
            for actor in (f"a{2 * k}", f"a{2 * k + 1}"):
                stances.append(StanceObservation(f"s{actor}", actor, f"t{k}", 1))
    else:
        for k in range(actors):
            side = 1 if k % 2 else -1
            stances.append(StanceObservation(f"s{k}", f"a{k}", "t", side))
    return Observations(tuple(stances), (), {}, {})


def test_align_writes_at_most_edges_per_actor_of_a_dense_network():
    result = align_observations(_one_topic(60), seed=0)
    assert len(result.edges) == EDGES_PER_ACTOR * 60  # of 60 * 59 / 2 = 1770 pairs
    weights = [abs(e.weight) for e in result.edges]
    assert weights == sorted(weights, reverse=True)


def test_align_writes_every_edge_of_a_sparse_network():
    result = align_observations(_one_topic(0, sparse_pairs=30), seed=0)
    assert len(result.edges) == 30
