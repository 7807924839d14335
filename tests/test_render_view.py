"""graph.render.view: what the page shows is read faithfully from the RDF graph."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from graph.namespaces import RDF, SG
from graph.render import read_view, safe_url

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "render"))
from render_graphs import hostile_graph, small_graph


@pytest.fixture(scope="module")
def small():
    return small_graph()


def test_render_view_every_actor_of_the_graph_is_an_actor_of_the_page(small):
    view = read_view(small)
    assert len(view.actors) == len(set(small.subjects(RDF.type, SG.Actor))) == 7
    labels = [a.label for a in view.actors]
    assert labels == sorted(labels, key=str.casefold)
    types = {a.label: a.type for a in view.actors}
    assert types == {
        "European leaders": "Group",
        "NATO": "Organization",
        "Reuters": "Outlet",
        "Russia": "Country",
        "Sergei Lavrov": "Person",
        "Ukraine": "Country",
        "Volodymyr Zelensky": "Person",
    }


def test_render_view_reads_roles_affiliations_aliases(small):
    view = read_view(small)
    by_label = {a.label: a for a in view.actors}
    lavrov = by_label["Sergei Lavrov"]
    assert lavrov.role == "Foreign Minister"
    assert lavrov.aliases == ("Lavrov",)
    assert lavrov.affiliation == by_label["Russia"].iri


def test_render_view_reads_statements_with_provenance(small):
    view = read_view(small)
    assert len(view.statements) == 7
    by_iri = {a.iri: a for a in view.actors}
    titles = {a.iri: a.title for a in view.articles}
    lavrov = [s for s in view.statements if by_iri[s.speaker].label == "Sergei Lavrov"]
    assert sorted(s.evidence for s in lavrov) == [
        "Lavrov criticized Zelensky.",
        "Lavrov criticized the security guarantees.",
        "Lavrov said that the guarantees were a provocation.",
    ]
    assert {titles[s.article] for s in lavrov} == {"Moscow rejects guarantees", "Troops debate"}
    targeted = [s for s in lavrov if s.target]
    assert [by_iri[s.target].label for s in targeted] == ["Volodymyr Zelensky"]
    assert {s.stance for s in lavrov} == {1}  # oppose


def test_render_view_reads_clusters_largest_first_and_signed_alignment(small):
    view = read_view(small)
    assert [c.label for c in view.clusters] == ["Ukraine bloc", "Russia bloc"]
    assert [len(c.members) for c in view.clusters] == [3, 2]
    assert view.clusters[1].explanation == "oppose security guarantees"
    assert sorted((a.relation, a.weight) for a in view.alignments) == [
        ("agree", 0.5),
        ("agree", 1.0),
        ("disagree", -1.0),
        ("disagree", -0.8),
    ]


def test_render_view_bare_agrees_with_without_reified_edges_still_counts(small):
    graph = small_graph()
    for node in list(graph.subjects(RDF.type, SG.AlignmentEdge)):
        graph.remove((node, None, None))
    view = read_view(graph)
    assert sorted(a.weight for a in view.alignments) == [-1.0, -1.0, 1.0, 1.0]


def test_render_view_keeps_only_http_links():
    view = read_view(hostile_graph())
    assert [a.url for a in view.articles] == [""]  # the article's URL is javascript:


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1&c=2", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("file:///etc/passwd", False),
        ("//evil.example", False),
        ("", False),
    ],
)
def test_render_view_safe_url(url, kept):
    assert (safe_url(url) != "") is kept


def test_render_view_example_actor_count_matches_the_graph(example_graph):
    view = read_view(example_graph)
    assert len(view.actors) == len(set(example_graph.subjects(RDF.type, SG.Actor)))
    assert len(view.statements) == len(set(example_graph.subjects(RDF.type, SG.Statement)))


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("/home/me/corpus/a.txt", "a.txt"),
        ("C:\\corpus\\a.txt", "a.txt"),
        ("a.txt", "a.txt"),
        ("https://example.org/news/1", "https://example.org/news/1"),
    ],
)
def test_render_view_untitled_article_shows_its_file_name(label, shown):
    from graph.render.view import _source_name

    assert _source_name(label) == shown


def test_render_view_non_numeric_weight_falls_back_to_the_relation_sign():
    from rdflib import Literal

    graph = small_graph()
    for node in graph.subjects(RDF.type, SG.AlignmentEdge):
        graph.set((node, SG.weight, Literal("heavy")))
    weights = sorted(a.weight for a in read_view(graph).alignments)
    assert weights == [-1.0, -1.0, 1.0, 1.0]
