"""Property tests: hostile records -> build -> SHACL -> Turtle / N-Triples / JSON-LD and back.

Records come from extraction, which copies names and sentences straight out of scraped
text, so every string field here is drawn from the nastiest Unicode hypothesis can make
(control characters, lone surrogates, right-to-left marks, emoji, quotes of every kind,
angle brackets, IRI-like and very long strings). The promises: ``build_graph`` never
raises, the graph conforms to ``ontology/shapes.ttl``, every IRI is a valid RFC 3987 IRI,
and each serialisation parses back to an isomorphic graph.
"""

from __future__ import annotations

import itertools

from hostile import SETTINGS, assert_sound, hostile_text, records
from hypothesis import given
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from graph.build import AlignmentEdge, add_alignment, build_graph
from graph.records import Actor, Article, Cluster, Statement, Topic


@SETTINGS
@given(records())
def test_build_hostile_records_conform_and_round_trip(data):
    article, actors, statements = data
    graph = build_graph([article], actors, statements)
    assert_sound(graph)


@SETTINGS
@given(records(), st.data())
def test_build_hostile_clusters_and_alignment_conform_and_round_trip(data, draw):
    article, actors, statements = data
    graph = build_graph([article], actors, statements)
    keys = sorted({a.key for a in actors})
    members = tuple(sorted(draw.draw(st.lists(st.sampled_from(keys), min_size=1, unique=True))))
    cluster = Cluster(
        key=draw.draw(hostile_text),
        label=draw.draw(hostile_text),
        members=members,
        explanation=draw.draw(hostile_text),
    )
    edges = [
        AlignmentEdge(a, b, draw.draw(st.floats(-1e6, 1e6, allow_nan=False)))
        for a, b in itertools.pairwise(keys)
    ]
    add_alignment(graph, [cluster], edges, modularity=0.5, polarization=-0.25)
    assert_sound(graph)


def test_build_the_same_hostile_records_twice_is_isomorphic():
    article = Article(id="h", text="\u202e\x00", source="<a>", title='"""', url="http://x/a b")
    actor = Actor(key="<x>", label="\ud800", type="Person", aliases=("", "\x00"))
    topic = Topic(key="", label="")
    statement = Statement("h", "<x>", "", "", "", 0, 1, "oppose", topic)
    first = build_graph([article], [actor], [statement])
    second = build_graph([article], [actor], [statement])
    assert isomorphic(first, second)
    assert_sound(first)


def test_build_a_repeated_statement_identity_replaces_the_first():
    article = Article(id="h", text="t", source="s")
    actor = Actor(key="x", label="X", type="Person")
    topic = Topic("k", "k")
    first = Statement("h", "x", "said", "yes", "e1", 0, 5, "support", topic)
    second = Statement("h", "x", "said", "yes", "e2", 0, 5, "oppose", topic)
    graph = build_graph([article], [actor], [first, second])
    assert_sound(graph)
    assert isomorphic(graph, build_graph([article], [actor], [second]))


def test_build_two_claims_of_one_cue_on_one_topic_are_two_statements():
    from graph.namespaces import RDF, SG

    article = Article(id="h", text="t", source="s")
    actor = Actor(key="x", label="X", type="Person")
    topic = Topic("k", "k")
    first = Statement("h", "x", "said", "they would come", "e", 0, 5, "support", topic)
    second = Statement("h", "x", "said", "they would stay", "e", 0, 5, "support", topic)
    graph = build_graph([article], [actor], [first, second])
    assert_sound(graph)
    assert len(set(graph.subjects(RDF.type, SG.Statement))) == 2
