"""The asserted graph is the contract: no index terms in the ontology, its shapes, its
JSON-LD context or an export; a graph written with the contract's terms only validates and
answers the named queries that read no derived data; derived data comes on request."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.build import split_derived
from graph.errors import QueryError
from graph.export import serialize
from graph.namespaces import DERIVED_GRAPH, SG
from graph.query import list_named_queries, oxigraph_view, run_named
from graph.validate import validate_graph

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "tests" / "fixtures" / "contract" / "contract-only.ttl"
INDEX_TERMS = (
    "sortKey", "articleKey", "statementIndex", "statementKey", "positionKey", "supporterKey",
    "opponentKey", "neutralKey", "actorKey", "splitKey", "hasSplitKey", "conflictCount",
)  # fmt: skip
#: The terms of the contract (DESIGN.md) a hand-written graph may use.
CONTRACT_TERMS = {
    "Actor", "Person", "Organization", "Country", "Outlet", "Group", "Statement", "Topic",
    "Article", "Stance", "Support", "Oppose", "Neutral", "Cluster", "speaker", "reportedBy",
    "stance", "topic", "targetActor", "cue", "quote", "evidence", "charStart", "charEnd",
    "article", "affiliation", "role", "agreesWith", "disagreesWith", "member",
}  # fmt: skip


def contract_graph() -> Graph:
    return Graph().parse(CONTRACT)


@pytest.mark.parametrize(
    "path", ["ontology/stancegraph.ttl", "ontology/shapes.ttl", "ontology/context.jsonld"]
)
def test_the_ontology_files_hold_no_index_term(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    found = [t for t in INDEX_TERMS if re.search(rf"\b{t}\b", text)]
    assert found == []


def test_the_fixture_uses_only_contract_terms():
    used = {
        str(term).removeprefix(str(SG._NS))
        for triple in contract_graph()
        for term in triple
        if str(term).startswith(str(SG._NS))
    }
    assert used and used <= CONTRACT_TERMS


def test_a_graph_with_only_the_contract_terms_validates():
    report = validate_graph(contract_graph())
    assert report.conforms, [v.message for v in report.violations]


@pytest.mark.parametrize(
    ("name", "params", "expected"),
    [
        ("statements", {}, ["Olsby defended the levy, saying it keeps the piers open.",
                            "Arkwright rejected Olsby's levy outright."]),
        ("reported-by", {}, ["Olsby defended the levy, saying it keeps the piers open."]),
    ],
)  # fmt: skip
def test_a_contract_only_graph_answers_the_queries_of_asserted_data(name, params, expected):
    for graph in (contract_graph(), oxigraph_view(contract_graph())):
        rows = run_named(graph, name, params).rows
        assert [str(row[-1]) for row in rows] == expected


def test_a_query_of_derived_data_says_a_contract_only_graph_has_none():
    with pytest.raises(QueryError, match="no derived graph"):
        run_named(contract_graph(), "clusters")


def test_a_built_graph_holds_no_index_term(toy_graph):
    names = {str(p).removeprefix(str(SG._NS)) for p in toy_graph.predicates()}
    assert not names & set(INDEX_TERMS)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "trig", "nq"])
def test_an_export_holds_the_asserted_graph_unless_derived_is_asked_for(toy_graph, fmt):
    asserted, derived = split_derived(toy_graph)
    assert len(derived) > 20
    parse_as = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nq": "nquads"}
    plain = Dataset().parse(data=serialize(toy_graph, fmt), format=parse_as[fmt])
    assert isomorphic(Graph() + plain.default_graph, asserted)
    assert len(plain.graph(DERIVED_GRAPH)) == 0
    both = Dataset().parse(data=serialize(toy_graph, fmt, derived=True), format=parse_as[fmt])
    if fmt in ("trig", "nq"):  # the derived graph apart, as a store holds it
        assert isomorphic(Graph() + both.default_graph, asserted)
        assert isomorphic(Graph() + both.graph(DERIVED_GRAPH), derived)
    else:  # one graph: merged
        assert isomorphic(Graph() + both.default_graph, toy_graph)


def test_every_named_query_is_plain_short_sparql():
    for query in list_named_queries():
        lines = query.sparql.splitlines()
        assert len(lines) < 40, query.name
        assert not re.search(r"page-(window|rows)", query.sparql), query.name
