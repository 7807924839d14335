"""Records -> RDF: deterministic IRIs, shapes-valid graphs, alignment write-back."""

from __future__ import annotations

from rdflib import Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from graph.build import AlignmentEdge, add_alignment, build_graph
from graph.iris import mint_actor_iri, mint_article_iri, slug
from graph.namespaces import SG
from graph.records import Actor, Article, Cluster, Statement, Topic
from graph.validate import validate_graph

ARTICLE = Article(
    id="abc123",
    text="The minister said no.",
    source="t.txt",
    title="A title",
    published="2024-05-01",
    outlet="Daily Example",
    url="https://example.org/a",
)
ACTORS = (
    Actor(
        key="jane doe",
        label="Jane Doe",
        type="Person",
        aliases=("Doe",),
        role="Minister",
        affiliation="freedonia",
    ),
    Actor(key="freedonia", label="Freedonia", type="Country"),
)
TOPIC = Topic(key="tariffs", label="tariffs")
STATEMENT = Statement(
    article_id="abc123",
    speaker="jane doe",
    cue="said",
    quote="no",
    evidence="The minister said no.",
    char_start=0,
    char_end=21,
    stance="oppose",
    topic=TOPIC,
    reported_by="freedonia",
)


def _graph():
    return build_graph([ARTICLE], ACTORS, [STATEMENT])


def test_build_same_records_give_isomorphic_graphs():
    assert isomorphic(_graph(), _graph())


def test_build_graph_conforms_to_shapes():
    report = validate_graph(_graph())
    assert report.conforms, report.text


def test_build_statement_carries_contract_terms():
    g = _graph()
    (st,) = g.subjects(RDF.type, SG.Statement)
    assert g.value(st, SG.speaker) == mint_actor_iri("jane doe")
    assert g.value(st, SG.stance) == SG.Oppose
    assert str(g.value(st, SG.cue)) == "said"
    assert int(g.value(st, SG.charEnd)) == 21
    assert g.value(st, SG.article) == mint_article_iri("abc123")
    assert g.value(st, SG.reportedBy) == mint_actor_iri("freedonia")


def test_build_actor_types_labels_and_affiliation():
    g = _graph()
    jane = mint_actor_iri("jane doe")
    assert {SG.Actor, SG.Person} <= set(g.objects(jane, RDF.type))
    assert str(g.value(jane, RDFS.label)) == "Jane Doe"
    assert str(g.value(jane, SKOS.altLabel)) == "Doe"
    assert g.value(jane, SG.affiliation) == mint_actor_iri("freedonia")


def test_build_article_outlet_becomes_an_outlet_actor():
    from rdflib.namespace import DCTERMS

    g = _graph()
    publisher = g.value(mint_article_iri("abc123"), DCTERMS.publisher)
    assert set(g.subjects(RDF.type, SG.Outlet)) == {publisher}
    assert str(g.value(publisher, RDFS.label)) == "Daily Example"


def test_build_invalid_statement_is_reported_by_shapes():
    bad = Statement(
        article_id="missing",
        speaker="nobody",
        cue="said",
        quote="",
        evidence="x",
        char_start=5,
        char_end=2,
        stance="support",
        topic=TOPIC,
    )
    report = validate_graph(build_graph([], [], [bad]))
    assert not report.conforms
    paths = {v.path.rsplit("#", 1)[-1] for v in report.violations}
    assert {"speaker", "charStart", "article"} <= paths


def test_build_alignment_replaces_earlier_clusters_and_edges():
    g = _graph()
    cluster = Cluster(key="c", label="Jane Doe, Freedonia", members=("freedonia", "jane doe"))
    add_alignment(g, [cluster], [AlignmentEdge("jane doe", "freedonia", 2.0)])
    add_alignment(g, [cluster], [AlignmentEdge("jane doe", "freedonia", 2.0)])
    assert len(set(g.subjects(RDF.type, SG.Cluster))) == 1
    assert len(set(g.subjects(RDF.type, SG.AlignmentEdge))) == 1
    jane, fr = mint_actor_iri("jane doe"), mint_actor_iri("freedonia")
    assert (jane, SG.agreesWith, fr) in g and (fr, SG.agreesWith, jane) in g
    assert validate_graph(g).conforms


def test_iris_slug_is_stable_and_safe():
    assert slug("Vladimir Putin") == "vladimir-putin"
    assert slug("Zürich") == slug("Zürich")
    assert slug("a<b>c") != slug("a b c")
    assert slug("") and slug("!!!")
    assert len(slug("x" * 1000)) < 100


def _lookup_forms(graph, key: str) -> set[str]:
    return {str(o) for o in graph.objects(mint_actor_iri(key), SKOS.hiddenLabel)}


def test_build_a_surname_shared_by_two_people_looks_up_only_the_one_called_by_it():
    dana = Actor(key="dana blake", label="Dana Blake", type="Person", aliases=("Blake",))
    eric = Actor(key="eric blake", label="Eric Blake", type="Person")
    graph = build_graph([], [dana, eric], [])
    assert "blake" in _lookup_forms(graph, "dana blake")
    assert "blake" not in _lookup_forms(graph, "eric blake")
    assert _lookup_forms(graph, "eric blake") == {"eric blake"}
    # alone in its graph, Eric Blake is found by his surname
    assert "blake" in _lookup_forms(build_graph([], [eric], []), "eric blake")


def test_build_set_lookup_labels_makes_parts_built_apart_read_as_one_build():
    from graph.build import set_lookup_labels

    dana = Actor(key="dana blake", label="Dana Blake", type="Person", aliases=("Blake",))
    eric = Actor(key="eric blake", label="Eric Blake", type="Person")
    parts = build_graph([], [dana], [])
    parts += build_graph([], [eric], [])
    assert "blake" in _lookup_forms(parts, "eric blake")
    set_lookup_labels(parts, [dana, eric])
    assert isomorphic(parts, build_graph([], [dana, eric], []))


def test_build_statement_records_the_side_its_article_states():
    from dataclasses import replace

    party = Actor(key="green party", label="Green Party", type="Organization")
    g = build_graph(
        [ARTICLE],
        (*ACTORS, party),
        [
            replace(STATEMENT, speaker_affiliation="green party"),
            replace(STATEMENT, cue="added", speaker_affiliation="jane doe"),  # itself: no side
        ],
    )
    sides = {
        str(g.value(s, SG.cue)): g.value(s, SG.speakerAffiliation)
        for s in g.subjects(RDF.type, SG.Statement)
    }
    assert sides == {"said": mint_actor_iri("green party"), "added": None}
    assert g.value(mint_actor_iri("jane doe"), SG.affiliation) == mint_actor_iri("freedonia")
    assert validate_graph(g).conforms


# Two made-up articles naming one person, once as a party's senator and once as a
# country's minister.
_SIDE_ARTICLES = {
    "harbour.txt": "Senate weighs the harbour bill\n\nRepublican Senator Dana Whitfield said on "
    "Tuesday that the harbour bill would ruin the fishing towns. Whitfield added that she "
    "would vote against it.\n",
    "treaty.txt": "Norland presses for a treaty\n\nNorland's Foreign Minister Dana Whitfield "
    "said on Friday that the treaty would protect the northern waters. Whitfield told "
    "reporters that the talks would resume in May.\n",
}


def _sides(graph) -> dict[str, set[str]]:
    """Article title -> labels of the sides its statements state for their speakers."""
    found: dict[str, set[str]] = {}
    for statement in graph.subjects(RDF.type, SG.Statement):
        title = str(graph.value(graph.value(statement, SG.article), RDFS.label))
        side = graph.value(statement, SG.speakerAffiliation)
        if graph.value(graph.value(statement, SG.speaker), RDFS.label) == Literal("Dana Whitfield"):
            found.setdefault(title, set()).add(str(graph.value(side, RDFS.label)) if side else "")
    return found


def test_build_one_person_two_sides_each_statement_its_own(tmp_path):
    from graph.pipeline import build_corpus

    for name, text in _SIDE_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    memory = build_corpus([tmp_path])
    people = [a for a in memory.actors if a.label == "Dana Whitfield"]
    assert len(people) == 1  # one actor across the corpus, with one corpus-wide affiliation
    assert people[0].affiliation in {"republican party", "norland"}
    want = {
        "Senate weighs the harbour bill": {"Republican Party"},
        "Norland presses for a treaty": {"Norland"},
    }
    assert _sides(memory.graph) == want
    report = validate_graph(memory.graph)
    assert report.conforms, report.text
    stored = build_corpus([tmp_path], store=tmp_path / "store")
    assert _sides(stored.graph) == want
