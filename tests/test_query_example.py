"""Every named query on the example article: the rows a reader of the article expects.

Extraction keeps improving, so these pin the rows the article plainly states (who said
what, with which cue and stance) rather than whole tables; conflicts and cluster splits
are also checked against an oracle computed from the triples in plain Python.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product

from graph.namespaces import RDFS, SG
from graph.query import format_term, run_named


def rows(graph, name, **params):
    result = run_named(graph, name, params)
    return [dict(zip(result.variables, (format_term(t) for t in row), strict=True))
            for row in result.rows]  # fmt: skip


def test_actors_have_kinds_roles_and_affiliations(example_graph):
    actors = {r["name"]: r for r in rows(example_graph, "actors")}
    lavrov = actors["Sergei Lavrov"]
    assert (lavrov["type"], lavrov["role"], lavrov["affiliation"]) == (
        "Person", "Foreign Minister", "Russia",
    )  # fmt: skip
    assert (actors["Volodymyr Zelensky"]["role"], actors["Volodymyr Zelensky"]["affiliation"]) == (
        "President",
        "Ukraine",
    )
    assert actors["NATO"]["type"] == "Organization"
    assert actors["Russia"]["type"] == "Country"
    assert int(actors["Volodymyr Zelensky"]["statements"]) >= 3


def test_statements_include_trumps_refusal_as_oppose(example_graph):
    found = rows(example_graph, "statements")
    assert any(
        r["speaker"] == "Donald Trump"
        and r["stance"] == "Oppose"
        and "would not send U.S. troops" in r["evidence"]
        for r in found
    )
    assert len(found) >= 10


def test_statements_by_actor_lavrov_criticized_is_oppose(example_graph):
    found = rows(example_graph, "statements-by-actor", actor="Lavrov")
    assert {r["speaker"] for r in found} == {"Sergei Lavrov"}
    criticized = [r for r in found if r["cue"] == "criticized"]
    assert len(criticized) == 1
    assert criticized[0]["stance"] == "Oppose"
    assert "absolutely unacceptable" in criticized[0]["evidence"]


def test_actors_on_topic_troops(example_graph):
    found = rows(example_graph, "actors-on-topic", topic="troops")
    stances = {(r["actor"], r["stance"]) for r in found}
    assert ("Donald Trump", "Oppose") in stances  # "he would not send U.S. troops"
    assert all("troops" in r["topicLabel"].lower() for r in found)


def test_reported_by_names_the_relaying_outlets(example_graph):
    found = rows(example_graph, "reported-by")
    relays = {(r["reporterName"], r["speaker"]) for r in found}
    assert ("Politico", "Elbridge Colby") in relays
    assert ("Kremlin", "Vladimir Putin") in relays
    assert all(r["reporterName"] != r["speaker"] for r in found)


def test_stances_over_time_lists_trumps_statements_undated(example_graph):
    found = rows(example_graph, "stances-over-time", actor="Trump")
    assert ("Oppose", "asserted") in {(r["stance"], r["cue"]) for r in found}
    assert {r["date"] for r in found} == {""}  # the example file carries no date
    articles = {r["article"] for r in found}
    assert len(articles) == 1 and "" not in articles


def test_clusters_group_russia_and_ukraine_sides(example_graph):
    members = [set(r["members"].split(", ")) for r in rows(example_graph, "clusters")]
    assert any({"Vladimir Putin", "Sergei Lavrov", "Russia"} <= m for m in members)
    assert any({"Volodymyr Zelensky", "Ukraine", "Mark Rutte", "NATO"} <= m for m in members)


def _stances(graph):
    """(speaker label, topic label) -> set of stance terms, straight from the triples."""
    out = defaultdict(set)
    for statement in graph.subjects(SG.stance, None):
        speaker = graph.value(graph.value(statement, SG.speaker), RDFS.label)
        topic = graph.value(graph.value(statement, SG.topic), RDFS.label)
        out[(str(speaker), str(topic))].add(graph.value(statement, SG.stance))
    return out


def test_conflicts_match_an_oracle_from_the_triples(example_graph):
    stances = _stances(example_graph)
    expected = {
        (a, b, t)
        for ((a, t), (b, t2)) in product(stances, stances)
        if t == t2 and a != b and SG.Support in stances[(a, t)] and SG.Oppose in stances[(b, t2)]
    }
    found = {
        (r["supporter"], r["opponent"], r["topicLabel"]) for r in rows(example_graph, "conflicts")
    }
    assert found == expected
    assert found, "the article has opposite stances on shared topics"


def test_cluster_splits_match_an_oracle_from_the_triples(example_graph):
    stances = _stances(example_graph)
    expected = set()
    for cluster in example_graph.subjects(SG.member, None):
        label = str(example_graph.value(cluster, RDFS.label))
        names = {
            str(example_graph.value(m, RDFS.label))
            for m in example_graph.objects(cluster, SG.member)
        }
        topics = {t for (a, t) in stances if a in names}
        for topic in topics:
            pro = {a for a in names if SG.Support in stances.get((a, topic), ())}
            con = {a for a in names if SG.Oppose in stances.get((a, topic), ())}
            if any(a != b for a in pro for b in con):
                expected.add((label, topic))
    found = {(r["clusterLabel"], r["topic"]) for r in rows(example_graph, "cluster-splits")}
    assert found == expected


def test_topics_match_counts_from_the_triples(example_graph):
    counts = defaultdict(lambda: defaultdict(int))
    for statement in example_graph.subjects(SG.stance, None):
        topic = str(example_graph.value(example_graph.value(statement, SG.topic), RDFS.label))
        counts[topic][example_graph.value(statement, SG.stance)] += 1
    found = {r["topic"]: r for r in rows(example_graph, "topics")}
    assert set(found) == set(counts)
    for topic, by_stance in counts.items():
        row = found[topic]
        assert (int(row["support"]), int(row["oppose"]), int(row["neutral"])) == (
            by_stance[SG.Support],
            by_stance[SG.Oppose],
            by_stance[SG.Neutral],
        )
    troops = [r for t, r in found.items() if "troops" in t.lower()]
    assert sum(int(r["oppose"]) for r in troops) >= 1  # Trump rules troops out
