"""align_graph on a hand-built stancegraph shaped like the example's debate.

Two camps argue over security guarantees: a president and a secretary general with their
country and alliance support them; a president, a foreign minister and their country
oppose. A third president changes sides between two articles. An outlet only relays and a
commentator stays neutral: neither takes a side.
"""

from __future__ import annotations

from datetime import date

import pytest
from rdflib.compare import isomorphic

from graph.align import align_graph, read_observations
from graph.build import add_alignment, build_graph, new_graph
from graph.iris import mint_actor_iri
from graph.records import Actor, Article, Statement, Topic
from graph.validate import validate_graph

GUARANTEES = Topic("security guarantees", "security guarantees")
PRESENCE = Topic("alliance presence", "alliance presence")
ACTORS = (
    Actor("ostland", "Ostland", "Country"),
    Actor("alliance", "Alliance", "Organization"),
    Actor("vera ost", "Vera Ost", "Person", role="President", affiliation="ostland"),
    Actor("mark stern", "Mark Stern", "Person", role="Secretary General", affiliation="alliance"),
    Actor("nordia", "Nordia", "Country"),
    Actor("igor nord", "Igor Nord", "Person", role="President", affiliation="nordia"),
    Actor("pavel nord", "Pavel Nord", "Person", role="Foreign Minister", affiliation="nordia"),
    Actor("westland", "Westland", "Country"),
    Actor("dan west", "Dan West", "Person", role="President", affiliation="westland"),
    Actor("daily wire", "Daily Wire", "Outlet"),
    Actor("ann pundit", "Ann Pundit", "Person"),
)
EARLY = Article("early", "early text", "early.txt", published="2025-08-10")
LATE = Article("late", "late text", "late.txt", published="2025-08-24")
UNDATED = Article("undated", "undated text", "undated.txt")


def _s(article, i, speaker, stance, topic=GUARANTEES, target=None, reporter=None):
    sentence = f"{speaker} {stance}s {topic.label} ({article.id} {i})."
    return Statement(
        article_id=article.id,
        speaker=speaker,
        cue="said",
        quote=topic.label,
        evidence=sentence,
        char_start=i * 100,
        char_end=i * 100 + len(sentence),
        stance=stance,
        topic=topic,
        reported_by=reporter,
        target_actor=target,
    )


STATEMENTS = (
    _s(EARLY, 1, "vera ost", "support", reporter="daily wire"),
    _s(EARLY, 2, "mark stern", "support"),
    _s(EARLY, 3, "dan west", "support"),
    _s(
        EARLY,
        4,
        "igor nord",
        "support",
        Topic("ostland's security", "Ostland's security"),
        "dan west",
    ),
    _s(LATE, 1, "pavel nord", "oppose"),
    _s(LATE, 2, "nordia", "oppose", PRESENCE),
    _s(LATE, 3, "alliance", "support", PRESENCE),
    _s(LATE, 4, "vera ost", "support"),
    _s(LATE, 5, "dan west", "oppose"),
    _s(LATE, 6, "ann pundit", "neutral"),
    _s(UNDATED, 1, "ostland", "support"),
    _s(UNDATED, 2, "pavel nord", "oppose", target="mark stern"),
)


def _graph(store: str = "default"):
    graph = new_graph(store)
    return build_graph([EARLY, LATE, UNDATED], ACTORS, STATEMENTS, graph=graph)


def _cluster_of(result, key: str) -> str | None:
    iri = str(mint_actor_iri(key))
    found = [c.key for c in result.clusters if iri in c.members]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.fixture(scope="module")
def result():
    return align_graph(_graph(), seed=0)


def test_align_graph_finds_the_two_camps(result):
    west = {_cluster_of(result, k) for k in ("vera ost", "ostland", "mark stern", "alliance")}
    east = {_cluster_of(result, k) for k in ("igor nord", "pavel nord", "nordia")}
    assert len(west) == 1 and len(east) == 1
    assert west != east and None not in west | east


def test_align_graph_leaves_actors_without_a_side_unclustered(result):
    for key in ("daily wire", "ann pundit"):
        assert _cluster_of(result, key) is None
        assert str(mint_actor_iri(key)) in result.unclustered


def test_align_graph_explains_agreement_with_sentences(result):
    west = _cluster_of(result, "vera ost")
    explanation = next(e for e in result.explanations if e.key == west)
    agreed = {g.label: g for g in explanation.agreements}
    assert agreed["security guarantees"].stance == "support"
    sentences = {result.evidence[s] for s in agreed["security guarantees"].statements}
    assert "vera ost supports security guarantees (early 1)." in sentences
    assert "Vera Ost speaks for Ostland" in explanation.text
    east = _cluster_of(result, "pavel nord")
    divided = {(d.other, d.label) for d in explanation.divisions}
    assert (east, "security guarantees") in divided
    assert (east, "") in divided  # the explicit disagreement with the secretary general
    assert 0 < result.polarization <= 1
    assert result.modularity is not None and result.modularity > 0


def test_align_graph_explicit_agreement_is_a_positive_edge(result):
    igor, dan = str(mint_actor_iri("igor nord")), str(mint_actor_iri("dan west"))
    edge = next(e for e in result.edges if {e.source, e.target} == {igor, dan})
    assert edge.weight > 0


def test_align_graph_written_back_validates_and_reads_by_sparql(result):
    graph = _graph()
    add_alignment(
        graph,
        result.clusters,
        result.edges,
        modularity=result.modularity,
        polarization=result.polarization,
    )
    report = validate_graph(graph)
    assert report.conforms, report.text
    rows = graph.query(
        """
        PREFIX sg: <https://w3id.org/stancegraph#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label ?topic WHERE {
          ?c a sg:Cluster ; rdfs:label ?label ; sg:member ?m ; sg:dividingTopic/rdfs:label ?topic .
          ?m rdfs:label "Pavel Nord" .
        }"""
    )
    east = next(c.label for c in result.clusters if str(mint_actor_iri("pavel nord")) in c.members)
    assert {(str(r[0]), str(r[1])) for r in rows} == {
        (east, "security guarantees"),
        (east, "alliance presence"),
    }
    weights = graph.query(
        """
        PREFIX sg: <https://w3id.org/stancegraph#>
        SELECT ?w WHERE { ?e sg:alignmentRelation sg:disagreesWith ; sg:weight ?w }"""
    )
    assert weights and all(float(r[0]) < 0 for r in weights)


def test_align_graph_same_seed_gives_isomorphic_write_back():
    graphs = []
    for _ in range(2):
        graph = _graph()
        found = align_graph(graph, seed=3)
        add_alignment(graph, found.clusters, found.edges, modularity=found.modularity)
        graphs.append(graph)
    assert isomorphic(*graphs)


def test_align_graph_window_and_stance_changes():
    late = align_graph(_graph(), since=date(2025, 8, 20))
    members = {m for c in late.clusters for m in c.members}
    assert str(mint_actor_iri("igor nord")) not in members  # spoke only before the window
    assert late.undated == 2
    changes = {
        (late.labels[c.actor], late.labels[c.topic], c.before, c.after) for c in late.changes
    }
    assert changes == {("Dan West", "security guarantees", "support", "oppose")}
    change = late.changes[0]
    assert change.window_before.until == date(2025, 8, 19)
    assert change.window_after.since == date(2025, 8, 20)


def test_align_graph_without_window_compares_article_dates(result):
    assert [(result.labels[c.actor], c.before, c.after) for c in result.changes] == [
        ("Dan West", "support", "oppose")
    ]


def test_align_graph_reads_an_oxigraph_store_the_same(result):
    oxigraph = _graph("Oxigraph")
    assert len(oxigraph) == len(_graph())
    assert read_observations(oxigraph) == read_observations(_graph())
    assert align_graph(oxigraph, seed=0).clusters == result.clusters
