"""Tallies kept in the derived graph (positions, topic and speaker counts, cluster splits),
the name keys queries look actors up by, parameters written into named queries, and the
pages the named queries give."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import URIRef

from graph.align.observe import StanceObservation
from graph.align.tally import tally
from graph.build import name_keys
from graph.errors import QueryError
from graph.query import inline_parameters, run_named
from graph.records import Split

ROOT = Path(__file__).resolve().parents[1]


def obs(statement: str, actor: str, topic: str, polarity: int) -> StanceObservation:
    return StanceObservation(statement, actor, topic, polarity)


def test_tally_counts_sides_per_actor_and_topic_and_statements_once_per_speaker():
    found = tally(
        [
            obs("s2", "ann", "tax", 1),
            obs("s1", "ann", "tax", 1),
            obs("s3", "ann", "tax", -1),
            obs("s4", "bob", "tax", -1),
            obs("s5", "bob", "aid", 0),
            obs("s5", "bob", "tax", 0),  # one statement on two topics
        ]
    )
    ann_tax, bob_aid, bob_tax = (
        next(p for p in found.positions if (p.actor, p.topic) == key)
        for key in (("ann", "tax"), ("bob", "aid"), ("bob", "tax"))
    )
    assert (ann_tax.support, ann_tax.oppose, ann_tax.neutral) == (2, 1, 0)
    assert (ann_tax.support_example, ann_tax.oppose_example) == ("s1", "s3")
    assert (bob_aid.support, bob_aid.oppose, bob_aid.neutral) == (0, 0, 1)
    assert bob_aid.support_example is None and bob_aid.oppose_example is None
    assert (bob_tax.oppose, bob_tax.neutral) == (1, 1)
    tax = next(t for t in found.topics if t.topic == "tax")
    assert (tax.support, tax.oppose, tax.neutral, tax.statements) == (2, 2, 1, 5)
    assert (tax.actors, tax.supporters, tax.opponents) == (2, 1, 2)
    assert dict(found.speakers) == {"ann": 3, "bob": 2}


def test_a_cluster_is_split_only_by_two_different_members():
    stances = [
        obs("s1", "ann", "tax", 1),
        obs("s2", "ann", "tax", -1),  # ann alone on both sides: no split
        obs("s3", "bob", "aid", 1),
        obs("s4", "cy", "aid", -1),
        obs("s5", "dee", "aid", -1),  # dee is not in the cluster
    ]
    found = tally(stances, [("urn:c1", ("ann", "bob", "cy"))])
    assert found.splits == (Split("urn:c1", "aid", ("bob",), ("cy",)),)


def test_name_keys_are_lower_cased_names_and_their_endings_after_a_space():
    assert name_keys(["Sergei V. Lavrov", "Lavrov"]) == {
        "sergei v. lavrov",
        "v. lavrov",
        "lavrov",
    }
    assert name_keys([""]) == set()


def test_parameters_are_written_in_as_single_terms_and_bound_becomes_a_constant():
    from rdflib import Literal

    text = "SELECT ?x WHERE { ?x ?p ?o FILTER(!BOUND(?topic) || CONTAINS(?o, ?topic)) }"
    given = inline_parameters(text, {"topic": Literal('a" ) } DROP ALL #')}, ["topic"])
    assert "BOUND" not in given and "!(1 = 1) ||" in given
    assert 'CONTAINS(?o, "a\\" ) } DROP ALL #")' in given
    absent = inline_parameters(text, {}, ["topic"])
    assert "!(1 = 0) ||" in absent and "CONTAINS(?o, ?topic)" in absent
    with pytest.raises(QueryError):
        inline_parameters(text, {}, ["no-dashes"])


def test_a_quoted_parameter_cannot_change_a_named_query(toy_graph):
    rows = run_named(toy_graph, "actors-on-topic", {"topic": 'troops") || true || ("'}).rows
    assert list(rows) == []


def test_cluster_splits_of_an_unsplit_cluster_named_by_a_member_is_empty(toy_graph):
    """Lavrov's cluster takes one side on everything; only Zelensky's is split."""
    assert run_named(toy_graph, "cluster-splits", {"cluster": "Lavrov"}).rows == ()
    split = run_named(toy_graph, "cluster-splits", {"cluster": "zelensky"}).rows
    assert [(str(r[0]), str(r[1])) for r in split] == [("Cluster 2", "Western troops")]


def test_reported_by_an_unknown_reporter_is_empty(toy_graph):
    assert run_named(toy_graph, "reported-by", {"reporter": "Nobody"}).rows == ()
    assert run_named(toy_graph, "reported-by", {"reporter": "reuters"}).rows


@pytest.fixture(scope="module")
def synthetic_store_graph(tmp_path_factory):
    """A few hundred synthetic statements, built, clustered and tallied, in Oxigraph."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import synthetic_corpus
    from graph.build import build_graph
    from graph.pipeline import _align
    from graph.query import oxigraph_view

    corpus = synthetic_corpus(600, seed=3)
    graph = build_graph(corpus.articles, corpus.actors, corpus.statements)
    _, derived = _align(graph, 0)
    graph += derived
    return oxigraph_view(graph)


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("conflicts", {}),
        ("conflicts", {"topic": "border"}),
        ("actors-on-topic", {"topic": "troops"}),
        ("topics", {}),
        ("actors", {}),
        ("cluster-splits", {}),
        ("statements-by-actor", {"actor": "Person 1"}),
        ("stances-over-time", {"actor": "Person 1"}),
        ("reported-by", {}),
        ("statements", {}),
    ],
)
def test_every_page_is_the_slice_of_the_whole_answer(synthetic_store_graph, name, params):
    """A page (LIMIT and OFFSET on the plain query) is the slice of the whole answer."""
    whole = run_named(synthetic_store_graph, name, params).rows
    assert len(whole) > 12, f"{name}: too small an answer to page"
    for limit, offset in ((1, 0), (5, 0), (7, 3), (10, len(whole) // 2), (10, len(whole) - 4)):
        page = run_named(synthetic_store_graph, name, params, limit=limit, offset=offset).rows
        assert page == whole[offset : offset + limit], (name, limit, offset)


def test_conflicts_pairs_match_the_statements(synthetic_store_graph):
    """Every conflict row is a real pair: its two counts are the actors' statements."""
    rows = run_named(synthetic_store_graph, "conflicts", {"topic": "border"}).rows
    assert rows
    for row in rows[:5]:
        supporter, opponent, topic, supports, opposes = (str(v) for v in row[:5])
        for who, side, count in ((supporter, "Support", supports), (opponent, "Oppose", opposes)):
            sparql = f"""
            PREFIX sg: <https://w3id.org/stancegraph#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
              ?s sg:speaker/rdfs:label "{who}" ; sg:stance sg:{side} ;
                 sg:topic/skos:prefLabel "{topic}" .
            }}"""
            got = next(iter(synthetic_store_graph.query(sparql)))[0]
            assert str(got) == count, (who, side, topic)


@pytest.mark.parametrize("refused", ["topics", "actors", "conflicts", "clusters"])
def test_a_query_refuses_a_graph_without_the_derived_graph_it_reads(toy_graph, refused):
    from graph.build import split_derived

    asserted, _ = split_derived(toy_graph)
    with pytest.raises(QueryError, match="no derived graph"):
        run_named(asserted, refused)
    assert run_named(asserted, "statements").rows  # a query that does not read it


def _sides(graph):
    """Per topic IRI, its supporters and opponents (actor IRIs), counted from statements."""
    from collections import defaultdict

    from graph.align.observe import read_observations

    observations = read_observations(graph)
    pro, con = defaultdict(set), defaultdict(set)
    for o in observations.stances:
        if o.polarity:
            (pro if o.polarity > 0 else con)[o.topic].add(o.actor)
    return pro, con, observations.labels


def test_conflicts_are_every_pair_by_topic_then_supporter_then_opponent_name(
    synthetic_store_graph,
):
    """The whole answer, worked out here from the statements: every pair of two different
    actors on opposite sides of a topic, sorted by names (case ignored)."""
    pro, con, labels = _sides(synthetic_store_graph)

    def order(iri):
        return (labels[iri].lower(), iri)

    expected = [
        (labels[a], labels[b], labels[t])
        for t in sorted(pro.keys() & con.keys(), key=order)
        for a in sorted(pro[t], key=order)
        for b in sorted(con[t], key=order)
        if a != b
    ]
    rows = run_named(synthetic_store_graph, "conflicts").rows
    assert len(expected) > 100
    assert [tuple(str(v) for v in row[:3]) for row in rows] == expected


def test_actors_on_topic_lists_each_side_by_actor_name(synthetic_store_graph):
    pro, con, labels = _sides(synthetic_store_graph)
    rows = run_named(synthetic_store_graph, "actors-on-topic", {"topic": "troops"}).rows
    topics = sorted({t for t in pro.keys() | con.keys() if "troops" in labels[t]},
                    key=lambda t: (labels[t].lower(), t))  # fmt: skip
    for stance, sides in (("Support", pro), ("Oppose", con)):
        for t in topics:
            got = [str(r[2]) for r in rows if str(r[0]) == labels[t] and str(r[1]) == stance]
            assert got == sorted((labels[a] for a in sides[t]), key=str.lower), (t, stance)
    assert [str(r[0]) for r in rows] == sorted((str(r[0]) for r in rows), key=str.lower)


def test_cluster_splits_list_each_clusters_splits_by_topic_name(synthetic_store_graph):
    """The whole answer against the splits worked out in Python from the statements."""
    from graph.align import graph_tallies
    from graph.namespaces import RDFS

    pro, con, labels = _sides(synthetic_store_graph)
    found = graph_tallies(synthetic_store_graph).splits
    assert len(found) > 12

    def cluster(s):
        return str(synthetic_store_graph.value(URIRef(s.cluster), RDFS.label))

    def names(iris):
        return ", ".join(sorted(labels[a] for a in iris))

    expected = [
        (cluster(s), labels[s.topic], names(s.supporters), names(s.opponents))
        for s in sorted(found, key=lambda s: (cluster(s), labels[s.topic].lower(), s.topic))
    ]
    for s in found:  # each side is who is on it among the members, from the statements
        assert set(s.supporters) <= pro[s.topic] and set(s.opponents) <= con[s.topic]
    rows = run_named(synthetic_store_graph, "cluster-splits").rows
    assert [tuple(str(v) for v in row) for row in rows] == expected


def test_actors_come_most_statements_first_then_by_name(synthetic_store_graph):
    from collections import Counter

    from graph.namespaces import RDF, RDFS, SG

    g = synthetic_store_graph
    said = Counter(g.objects(None, SG.speaker))
    expected = sorted(
        ((str(g.value(a, RDFS.label)), said[a]) for a in g.subjects(RDF.type, SG.Actor)),
        key=lambda row: (-row[1], row[0].lower()),
    )
    rows = run_named(g, "actors").rows
    assert len(rows) > 12 and [(str(r[0]), int(r[4])) for r in rows] == expected


def test_topic_tallies_count_actors_on_each_side():
    found = tally(
        [obs("s1", "a1", "t1", 1), obs("s2", "a2", "t1", -1), obs("s3", "a3", "t2", 1),
         obs("s4", "a1", "t2", 0), obs("s5", "a1", "t1", -1)],
    )  # fmt: skip
    sides = {t.topic: (t.actors, t.supporters, t.opponents) for t in found.topics}
    assert sides == {"t1": (2, 1, 2), "t2": (2, 1, 0)}
    assert dict(found.speakers) == {"a1": 3, "a2": 1, "a3": 1}


def test_statements_follow_article_dates_then_text(toy_graph):
    """Toy articles: a1 dated 2025-03-01, a2 2025-04-10, a3 undated."""
    rows = run_named(toy_graph, "statements").rows
    evidence = [str(r[4]) for r in rows]
    assert evidence == [
        "Lavrov criticized plans to deploy Western troops.",
        "Zelensky called for Western troops.",
        "Rutte said security guarantees must be credible.",
        "Lavrov rejected security guarantees.",
        "NATO ruled out sending Western troops.",
        "Russia said a ceasefire was possible.",
        "Zelensky welcomed the security guarantees.",
    ]


def test_a_store_replaces_its_derived_graph_whole_and_keeps_the_asserted_one(toy_graph):
    import pyoxigraph as ox

    from graph.align.observe import read_observations
    from graph.build import add_tallies, new_graph, split_derived
    from graph.namespaces import DERIVED_GRAPH
    from graph.store import graph_quads, replace_derived

    asserted, derived = split_derived(toy_graph)
    store = ox.Store()
    store.extend(graph_quads(asserted) + graph_quads(derived, DERIVED_GRAPH))
    named = ox.NamedNode(str(DERIVED_GRAPH))

    def triples(graph_name):
        return {
            (q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, graph_name)
        }

    before = triples(ox.DefaultGraph())
    # A smaller derived graph (no clusters; the tallies of three statements only).
    fewer = new_graph()
    add_tallies(fewer, tally(read_observations(toy_graph).stances[:3]))
    replace_derived(store, fewer)
    wanted = {(q.subject, q.predicate, q.object) for q in graph_quads(fewer)}
    assert triples(named) == wanted and len(wanted) < len(derived)
    assert triples(ox.DefaultGraph()) == before


def test_page_sets_only_the_outermost_limit_and_offset():
    from graph.query import page

    text = "SELECT ?x WHERE {\n  { SELECT ?x WHERE { ?x ?p ?o } LIMIT 50 }\n}\nORDER BY ?x\n"
    paged = page(text, 10, 5)
    assert paged.count("LIMIT 50") == 1 and paged.rstrip().endswith("LIMIT 10 OFFSET 5")
    assert page(text) == text
