"""Tallies kept in the graph (positions, topic and speaker counts, cluster splits), the name
keys queries look actors up by, parameters written into named queries, and the pages the
named queries give when they read tallies instead of statements."""

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
    assert found.splits == (Split("urn:c1", "aid", ("bob",), ("cy",), key=1 * 10**9 + 1),)


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
    """Page windows (``# page-window``, ``x2``) never drop a row that belongs on a page."""
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


@pytest.mark.parametrize(
    ("removed", "refused", "message", "still_answers"),
    [
        ("statementCount", "topics", "no tallies", "statements"),
        ("sortKey", "statements", "no statement sort keys", "topics"),
        ("positionKey", "conflicts", "no position keys", "topics"),
        ("articleKey", "statements", "no article keys", "topics"),
        ("actorKey", "actors", "no actor keys", "topics"),
        ("statementKey", "statements-by-actor", "no speakers' statement keys", "topics"),
    ],
)
def test_a_query_refuses_a_graph_without_the_derived_terms_it_reads(
    toy_graph, removed, refused, message, still_answers
):
    from rdflib import Graph

    from graph.namespaces import SG

    bare = Graph()
    bare += toy_graph
    bare.remove((None, SG[removed], None))
    params = {"actor": "lavrov"} if refused.endswith("-by-actor") else {}
    with pytest.raises(QueryError, match=message):
        run_named(bare, refused, params)
    assert run_named(bare, still_answers).rows  # a query that does not read them


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


def test_position_keys_sort_by_topic_name_then_holder_name_and_are_unique():
    from graph.align.tally import KEY_BASE

    names = {"a1": "zed", "a2": "Alba", "a3": "bo", "t1": "troops", "t2": "Aid"}
    found = tally(
        [obs("s1", "a1", "t1", 1), obs("s2", "a2", "t1", -1), obs("s3", "a3", "t2", 1),
         obs("s4", "a1", "t2", 0)],
        names=names,
    )  # fmt: skip
    ordered = [(p.topic, p.actor) for p in sorted(found.positions, key=lambda p: p.key)]
    assert ordered == [("t2", "a3"), ("t2", "a1"), ("t1", "a2"), ("t1", "a1")]
    assert all(p.key // KEY_BASE in (1, 2) for p in found.positions)
    assert len({p.key for p in found.positions}) == len(found.positions)
    conflicts = {t.topic: t.conflicts for t in found.topics}
    assert conflicts == {"t1": 1, "t2": 0}
    # Actors: most statements first (a1: 2), then by name, case ignored (Alba before bo).
    assert [a for a, _ in sorted(found.actor_keys, key=lambda item: item[1])] == ["a1", "a2", "a3"]


def test_sort_keys_order_by_date_then_article_then_offset_with_undated_last():
    from graph.build import sort_key

    early, late = sort_key("2025-03-01", "a", 500), sort_key("2025-03-02", "a", 0)
    assert early < late < sort_key(None, "a", 0) < sort_key("not a date", "a", 1)
    assert sort_key("2025-03-01", "b", 10) < sort_key("2025-03-01", "b", 11)
    # Offsets never reach the next article's digits, even past the ingest limit.
    assert sort_key("2025-03-01", "b", 10**9) - sort_key("2025-03-01", "b", 0) < 10**6
    assert sort_key("9999-12-31", "z", 999_999) < 2**63  # an xsd:integer Oxigraph keeps inline


def test_an_article_key_is_where_its_statements_keys_start(synthetic_store_graph):
    from graph.namespaces import SG

    checked = 0
    for statement, article in synthetic_store_graph.subject_objects(SG.article):
        first = synthetic_store_graph.value(article, SG.articleKey).toPython()
        key = synthetic_store_graph.value(statement, SG.sortKey).toPython()
        assert first <= key < first + 10**6 and first % 10**6 == 0
        checked += 1
    assert checked > 500


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


def test_a_store_swaps_its_derived_triples_for_exactly_the_new_ones(toy_graph):
    import pyoxigraph as ox

    from graph.align.observe import read_observations
    from graph.build import add_tallies, new_graph
    from graph.store import _DERIVED, _PREFIXES, graph_quads, replace_alignment

    store = ox.Store()
    store.extend(graph_quads(toy_graph))
    before = len(store)
    # A smaller derived layer (no clusters; the tallies of three statements only).
    stances = read_observations(toy_graph).stances[:3]
    fewer = new_graph()
    add_tallies(fewer, tally(stances))
    replace_alignment(store, fewer)
    stored = {(t.subject, t.predicate, t.object) for t in store.query(_PREFIXES + _DERIVED)}
    wanted = {(q.subject, q.predicate, q.object) for q in graph_quads(fewer)}
    assert stored == wanted
    assert len(store) < before
    replace_alignment(store, fewer)  # nothing changed: nothing written
    assert {(t.subject, t.predicate, t.object) for t in store.query(_PREFIXES + _DERIVED)} == wanted


def test_page_hands_its_last_row_to_the_query_and_scales_windows():
    from graph.query import page

    text = "SELECT ?x WHERE {\n  {\n    SELECT ?x WHERE { ?x ?p ?o }\n    # page-window x2\n  }\n  # page-rows ?rows\n}\n"
    paged = page(text, 10, 5)
    assert "LIMIT 30" in paged and "BIND(15 AS ?rows)" in paged
    assert page(text) == text  # unpaged: comments stay comments
