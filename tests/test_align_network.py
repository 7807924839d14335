"""The stance matrix and the congruence, conflict and signed networks, by hand-counted cases."""

from __future__ import annotations

import math

import pytest

from graph.align import (
    StanceObservation,
    Tie,
    TieWeights,
    conflict_network,
    congruence_network,
    signed_edges,
    signed_network,
    stance_matrix,
)


def obs(actor: str, topic: str, polarity: int, n: int = 0) -> StanceObservation:
    return StanceObservation(f"{actor}-{topic}-{polarity}-{n}", actor, topic, polarity)


# a and b agree on t1 and t2, disagree on t3; c opposes t1; d only neutral.
OBS = [
    obs("a", "t1", 1),
    obs("a", "t2", 1),
    obs("a", "t3", 1),
    obs("b", "t1", 1),
    obs("b", "t2", 1),
    obs("b", "t3", -1),
    obs("c", "t1", -1),
    obs("d", "t1", 0),
]


def test_align_matrix_side_is_net_sign_of_statements():
    m = stance_matrix(
        [obs("a", "t", 1, 1), obs("a", "t", 1, 2), obs("a", "t", -1, 3), obs("b", "t", 0)]
    )
    assert m.cell("a", "t") == 1
    assert m.cell("b", "t") == 0


def test_align_congruence_and_conflict_count_topics():
    m = stance_matrix(OBS)
    congruence = congruence_network(m)
    conflict = conflict_network(m)
    assert congruence.edges["a", "b"]["weight"] == 2
    assert conflict.edges["a", "b"]["weight"] == 1
    assert conflict.edges["a", "c"]["weight"] == 1
    assert not congruence.has_edge("a", "c")
    assert "d" not in congruence  # neutral only: takes no side


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("none", 2 - 1),
        ("jaccard", (2 - 1) / 3),  # a and b: 3 topics between them
        ("cosine", (2 - 1) / math.sqrt(3 * 3)),
    ],
)
def test_align_signed_weight_is_congruence_minus_conflict_normalised(how, expected):
    g = signed_network(stance_matrix(OBS), normalise=how)
    assert g.edges["a", "b"]["weight"] == pytest.approx(expected)


def test_align_cosine_discounts_prolific_actors():
    m = stance_matrix(OBS)
    raw = signed_network(m, normalise="none").edges["a", "c"]["weight"]
    cos = signed_network(m, normalise="cosine").edges["a", "c"]["weight"]
    assert raw == -1
    assert cos == pytest.approx(-1 / math.sqrt(3 * 1))


def test_align_unknown_normalisation_is_refused():
    with pytest.raises(ValueError, match="normalisation"):
        signed_network(stance_matrix(OBS), normalise="euclid")  # type: ignore[arg-type]


def test_align_ties_add_signed_weight():
    ties = [
        Tie("c", "b", -1, "relation", "s9"),
        Tie("minister", "c", 1, "affiliation"),
    ]
    net = signed_edges(
        stance_matrix(OBS), ties, normalise="none", weights=TieWeights(affiliation=2.0)
    )
    g = net.to_networkx()
    assert g.edges["b", "c"]["weight"] == -1 - 1  # opposite on t1, and an explicit disagreement
    assert g.edges["b", "c"]["disagree"] == 1
    assert g.edges["minister", "c"]["weight"] == 2.0
    assert g.edges["minister", "c"]["affiliation"] == 1
    assert "d" not in g  # no side and no tie
    assert net.total_conflict.sum() == pytest.approx(1 + 1 + 1 + 1)  # a-b, a-c, b-c, b-c explicit


def test_align_edges_are_unique_and_ordered():
    net = signed_edges(stance_matrix([*OBS, obs("a", "t4", 1), obs("b", "t4", 1)]))
    pairs = list(zip(net.source.tolist(), net.target.tolist(), strict=True))
    assert pairs == sorted(set(pairs))
    assert all(s < t for s, t in pairs)


def test_align_giant_topic_is_sampled_deterministically_and_keeps_camps():
    """A topic with more actors than the cap pairs each with a seeded sample, rescaled."""
    from graph.align import adjusted_rand_index, partition

    stances = [obs(f"p{i:03d}", "hot", 1) for i in range(150)]
    stances += [obs(f"o{i:03d}", "hot", -1) for i in range(150)]
    exact = signed_edges(stance_matrix(stances))
    sampled = signed_edges(stance_matrix(stances), max_topic_actors=40)
    again = signed_edges(stance_matrix(stances), max_topic_actors=40)
    assert exact.source.size == 300 * 299 // 2
    assert 300 * 15 < sampled.source.size <= 300 * 20  # 20 random cycles, repeats merged
    assert (sampled.weight == again.weight).all() and (sampled.source == again.source).all()
    # Each sampled pair stands for (n - 1) / 40 pairs: total agreement and conflict hold.
    assert sampled.congruence.sum() == pytest.approx(exact.congruence.sum(), rel=0.05)
    assert sampled.conflict.sum() == pytest.approx(exact.conflict.sum(), rel=0.05)
    truth = [node[0] for node in sampled.nodes]
    assert adjusted_rand_index(truth, list(partition(sampled))) == 1.0


@pytest.mark.parametrize(
    "module", ["graph.align.network", "graph.align.community", "graph.align.observe"]
)
def test_align_docstring_examples_run(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
