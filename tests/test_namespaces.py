"""The ontology in code (graph/namespaces.py) and in Turtle stay in step."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from graph.namespaces import SG
from graph.ontology import ONTOLOGY_PATH, load_ontology

CONTRACT = {
    "classes": [
        "Actor",
        "Person",
        "Organization",
        "Country",
        "Outlet",
        "Group",
        "Statement",
        "Topic",
        "Article",
        "Stance",
        "Cluster",
    ],
    "object_properties": [
        "speaker",
        "reportedBy",
        "stance",
        "topic",
        "targetActor",
        "article",
        "affiliation",
        "agreesWith",
        "disagreesWith",
        "member",
    ],
    "datatype_properties": ["cue", "quote", "evidence", "charStart", "charEnd", "role"],
    "individuals": ["Support", "Oppose", "Neutral"],
}


def _declared(graph: Graph) -> set[str]:
    ns = str(SG._NS)
    return {str(s)[len(ns) :] for s in graph.subjects() if str(s).startswith(ns)}


def test_namespaces_every_code_term_is_declared_in_the_ontology():
    in_code = {name for name in SG.__annotations__ if not name.startswith("_")}
    assert in_code == _declared(load_ontology())


@pytest.mark.parametrize("name", [n for names in CONTRACT.values() for n in names])
def test_namespaces_contract_term_has_label_and_comment(name):
    onto = load_ontology()
    term = SG[name]
    assert onto.value(term, RDFS.label) is not None, name
    assert onto.value(term, RDFS.comment) is not None, name


@pytest.mark.parametrize("name", CONTRACT["object_properties"] + CONTRACT["datatype_properties"])
def test_namespaces_properties_have_domain_and_range(name):
    onto = load_ontology()
    assert onto.value(SG[name], RDFS.domain) is not None
    assert onto.value(SG[name], RDFS.range) is not None


def test_namespaces_stance_has_exactly_three_individuals():
    onto = load_ontology()
    assert set(onto.subjects(RDF.type, SG.Stance)) == {SG.Support, SG.Oppose, SG.Neutral}


def test_namespaces_actor_kinds_subclass_actor_and_actor_is_a_prov_agent():
    onto = load_ontology()
    for kind in ("Person", "Organization", "Country", "Outlet", "Group"):
        assert (SG[kind], RDFS.subClassOf, SG.Actor) in onto
    assert (SG.Actor, RDFS.subClassOf, PROV.Agent) in onto
    assert (SG.Topic, RDFS.subClassOf, SKOS.Concept) in onto


def test_namespaces_misspelt_term_raises():
    with pytest.raises(AttributeError):
        SG.speakr  # noqa: B018


def test_namespaces_ontology_file_is_an_owl_ontology():
    assert ONTOLOGY_PATH.exists()
    assert any(load_ontology().subjects(RDF.type, OWL.Ontology))
