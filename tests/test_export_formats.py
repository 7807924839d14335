"""``graph.export`` and ``stancegraph export``: lossless RDF, Gephi-safe GraphML."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from hostile import SETTINGS, records
from hypothesis import given
from lxml import etree
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from graph.build import build_graph
from graph.cli import app
from graph.export import export_graph, serialize, to_networkx
from graph.io import load_graph
from graph.namespaces import RDF, RDFS, SG, XSD

FIXTURES = Path(__file__).parent / "fixtures"
ALIGNED = FIXTURES / "valid" / "cluster_and_alignment.ttl"
TARGETED = FIXTURES / "valid" / "statement_reported_and_targeted.ttl"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
# What Gephi's GraphML importer understands as attribute types.
PLAIN_TYPES = {"string", "int", "long", "float", "double", "boolean"}
runner = CliRunner()


def _parse(data: bytes, fmt: str) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format={"ttl": "turtle"}.get(fmt, fmt))


@pytest.mark.parametrize("fmt", ["ttl", "nt", "json-ld"])
def test_export_rdf_formats_parse_back_isomorphic(example_graph, fmt):
    name = fmt.replace("-", "")
    assert isomorphic(_parse(serialize(example_graph, name, derived=True), fmt), example_graph)


def test_export_jsonld_is_compacted_with_the_project_context():
    data = json.loads(serialize(load_graph(ALIGNED), "jsonld"))
    context = json.loads((Path("ontology") / "context.jsonld").read_text())["@context"]
    assert data["@context"] == context
    nodes = data["@graph"]
    statement = next(n for n in nodes if n.get("@type") == "Statement")
    assert statement["speaker"].endswith("actor/jane-doe")
    assert statement["stance"] in ("sg:Oppose", "https://w3id.org/stancegraph#Oppose")
    assert int(statement["charEnd"]) == 32  # typed xsd:integer by the context


def _graphml_tree(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def assert_gephi_safe(data: bytes) -> None:
    """Flat typed keys of the element's kind, each at most once, never empty, None or nested."""
    root = _graphml_tree(data)
    keys = {k.get("id"): k for k in root.iter(f"{GRAPHML}key")}
    assert keys
    for key in keys.values():
        assert key.get("attr.type") in PLAIN_TYPES, etree.tostring(key)
    for kind, tag in (("node", "node"), ("edge", "edge")):
        allowed = {k for k, v in keys.items() if v.get("for") == kind}
        for element in root.iter(f"{GRAPHML}{tag}"):
            data_keys = [d.get("key") for d in element.iter(f"{GRAPHML}data")]
            assert len(set(data_keys)) == len(data_keys), etree.tostring(element)[:300]
            assert set(data_keys) <= allowed, etree.tostring(element)[:300]
            for datum in element.iter(f"{GRAPHML}data"):
                assert len(datum) == 0  # no nested elements
                assert (datum.text or "") not in ("", "None"), etree.tostring(element)[:300]


def test_export_graphml_of_example_is_gephi_safe_and_counts_its_nodes(example_graph):
    data = serialize(example_graph, "graphml")
    assert_gephi_safe(data)
    back = nx.read_graphml(__import__("io").BytesIO(data))
    actors = set(map(str, example_graph.subjects(RDF.type, SG.Actor)))
    actor_nodes = {n for n, d in back.nodes(data=True) if d["kind"] == "actor"}
    assert actor_nodes == actors
    assert all(d["weight"] > 0 for _, _, d in back.edges(data=True))


def test_export_graphml_topic_nodes_carry_their_counts(example_graph):
    network = to_networkx(example_graph)
    topics = {n: d for n, d in network.nodes(data=True) if d["kind"] == "topic"}
    assert topics
    for node, data in topics.items():
        stances = [(s, t) for s, t, d in network.in_edges(node, data=True) if d["kind"] == "stance"]
        assert data["statements"] == data["support"] + data["oppose"] + data["neutral"] > 0
        assert data["actors"] == len({s for s, _ in stances}) > 0


def test_export_graphml_has_stance_alignment_and_affiliation_edges():
    network = to_networkx(load_graph(ALIGNED))
    jane = "https://w3id.org/stancegraph/id/actor/jane-doe"
    john = "https://w3id.org/stancegraph/id/actor/john-roe"
    tariffs = "https://w3id.org/stancegraph/id/topic/tariffs"
    stance = network.edges[jane, tariffs]
    assert (stance["kind"], stance["oppose"], stance["sign"], stance["weight"]) == (
        "stance",
        1,
        -1,
        1.0,
    )
    assert stance["evidence"] == "Jane Doe criticized the tariffs."
    agree = network.edges[jane, john]
    assert agree["kind"] == "agree"
    assert agree["alignment"] == 2.0
    assert network.nodes[jane]["cluster"] == "Jane Doe, John Roe"
    assert network.nodes[jane]["oppose"] == 1
    assert network.nodes[tariffs]["kind"] == "topic"


def test_export_graphml_target_actor_edges_and_no_topics_option():
    graph = load_graph(TARGETED)
    network = to_networkx(graph, topics=False)
    assert {d["kind"] for _, d in network.nodes(data=True)} == {"actor"}
    jane = "https://w3id.org/stancegraph/id/actor/jane-doe"
    john = "https://w3id.org/stancegraph/id/actor/john-roe"
    assert network.edges[jane, john]["kind"] == "target"
    assert network.edges[jane, john]["oppose"] == 1


def test_export_graphml_replaces_characters_xml_cannot_hold():
    graph = load_graph(ALIGNED)
    jane = URIRef("https://w3id.org/stancegraph/id/actor/jane-doe")
    graph.set((jane, RDFS.label, Literal("Jane\x00\x1b Doe \ufffe")))
    data = serialize(graph, "graphml")
    assert_gephi_safe(data)
    back = nx.read_graphml(__import__("io").BytesIO(data))
    assert back.nodes[str(jane)]["label"] == "Jane\ufffd\ufffd Doe \ufffd"


@SETTINGS
@given(records())
def test_export_graphml_of_hostile_records_is_gephi_safe(data):
    article, actors, statements = data
    payload = serialize(build_graph([article], actors, statements), "graphml")
    assert_gephi_safe(payload)
    assert nx.read_graphml(__import__("io").BytesIO(payload)).number_of_nodes() >= 1


def _keys_and_values(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _keys_and_values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys_and_values(value)


def test_export_jsonld_of_example_uses_the_contexts_terms_and_json_numbers(example_graph):
    document = json.loads(serialize(example_graph, "jsonld", derived=True))
    pairs = list(_keys_and_values(document["@graph"]))
    assert not [k for k, _ in pairs if ":" in k], "every property has a term in the context"
    for term in ("charStart", "charEnd", "statementCount"):
        values = [v for k, v in pairs if k == term]
        assert values and all(isinstance(v, int) for v in values), term
    assert isomorphic(Graph().parse(data=json.dumps(document), format="json-ld"), example_graph)


@pytest.mark.parametrize(
    ("lexical", "written"),
    [("42", 42), ("-7", -7), (str(2**60), str(2**60))],
)
def test_export_jsonld_writes_integers_as_numbers_only_where_they_read_back_the_same(
    lexical, written
):
    graph = load_graph(ALIGNED)
    statement = next(graph.subjects(RDF.type, SG.Statement))
    graph.set((statement, SG.charEnd, Literal(lexical, datatype=XSD.integer)))
    data = serialize(graph, "jsonld", derived=True)
    node = next(n for n in json.loads(data)["@graph"] if n["@id"] == str(statement))
    assert node["charEnd"] == written
    assert isomorphic(Graph().parse(data=data.decode("utf-8"), format="json-ld"), graph)


def test_export_jsonld_context_has_a_term_for_every_ontology_property():
    from rdflib import OWL

    from graph.export import jsonld_context
    from graph.ontology import load_ontology

    ontology = load_ontology()
    terms = {d if isinstance(d, str) else d["@id"] for d in jsonld_context().values()}
    properties = {
        p.n3(ontology.namespace_manager)
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
        for p in ontology.subjects(RDF.type, kind)
    }
    assert properties <= terms, sorted(properties - terms)


def test_export_graph_writes_atomically_and_infers_format_from_suffix(tmp_path):
    graph = load_graph(ALIGNED)
    for suffix in (".ttl", ".nt", ".jsonld", ".graphml"):
        path = export_graph(graph, tmp_path / f"g{suffix}")
        assert path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "g.graphml",
        "g.jsonld",
        "g.nt",
        "g.ttl",
    ]


# ---------------------------------------------------------------- the command


def test_export_cli_writes_each_format(tmp_path):
    for fmt in ("ttl", "nt", "jsonld", "graphml"):
        out = tmp_path / f"graph.{fmt}"
        result = runner.invoke(
            app, ["export", str(ALIGNED), "--format", fmt, "--derived", "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert f"wrote {out}" in result.output
    assert isomorphic(Graph().parse(tmp_path / "graph.nt"), load_graph(ALIGNED))
    assert isomorphic(Graph().parse(tmp_path / "graph.jsonld"), load_graph(ALIGNED))
    assert_gephi_safe((tmp_path / "graph.graphml").read_bytes())


def test_export_cli_to_stdout_in_a_real_process():
    proc = subprocess.run(
        [sys.executable, "-m", "graph", "export", str(ALIGNED), "--format", "nt", "--derived"],
        capture_output=True,
        check=True,
    )
    assert isomorphic(Graph().parse(data=proc.stdout.decode(), format="nt"), load_graph(ALIGNED))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "pdf"], "unknown export format 'pdf'"),
        (["-o", "{tmp}/graph.xyz"], "cannot tell the format from the suffix"),
        (["-o", "{tmp}"], "is a directory"),
    ],
)
def test_export_cli_bad_options_are_one_line_and_write_nothing(tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    (tmp_path / "keep.ttl").write_text("unchanged")
    result = runner.invoke(app, ["export", str(ALIGNED), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.ttl"]


def test_export_cli_malformed_graph_leaves_earlier_export_untouched(tmp_path):
    out = tmp_path / "graph.graphml"
    assert runner.invoke(app, ["export", str(ALIGNED), "-o", str(out)]).exit_code == 0
    before = out.read_bytes()
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ex: <http://e/> .\nex:a ex:b .\n")
    result = runner.invoke(app, ["export", str(broken), "-o", str(out)])
    assert result.exit_code == 2
    assert "broken.ttl:2: not a valid turtle graph" in result.output
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.ttl", "graph.graphml"]


def test_export_and_validate_read_a_store_directory_too(tmp_path):
    from graph.build import split_derived
    from graph.namespaces import DERIVED_GRAPH
    from graph.store import graph_quads, open_store

    store = open_store(tmp_path / "store", create=True)
    asserted, derived = split_derived(load_graph(ALIGNED))
    store.extend(graph_quads(asserted) + graph_quads(derived, DERIVED_GRAPH))
    store.flush()
    validated = runner.invoke(app, ["validate", str(tmp_path / "store")])
    assert validated.exit_code == 0, validated.output
    assert "conforms" in validated.output
    out = tmp_path / "store.nt"
    exported = runner.invoke(app, ["export", str(tmp_path / "store"), "--derived", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    # Oxigraph keeps values in canonical form ("2.0"^^xsd:decimal is "2"): compare with
    # what the store holds.
    stored = Graph()
    for triple in load_graph(tmp_path / "store"):
        stored.add(triple)
    assert len(stored) == len(load_graph(ALIGNED))
    assert isomorphic(Graph().parse(out), stored)
    graphml = runner.invoke(app, ["export", str(tmp_path / "store"), "-f", "graphml"])
    assert graphml.exit_code == 0
    assert_gephi_safe(graphml.stdout_bytes)


def test_export_jsonld_keeps_iris_whose_scheme_is_a_context_prefix():
    graph = load_graph(ALIGNED)
    article = URIRef("https://w3id.org/stancegraph/id/article/a1")
    graph.add((article, URIRef("https://schema.org/url"), URIRef("sg:Actor")))
    back = Graph().parse(data=serialize(graph, "jsonld", derived=True).decode(), format="json-ld")
    assert isomorphic(back, graph)


def test_export_jsonld_keeps_an_empty_string_beside_other_values():
    graph = load_graph(ALIGNED)
    jane = URIRef("https://w3id.org/stancegraph/id/actor/jane-doe")
    graph.add((jane, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), Literal("")))
    data = json.loads(serialize(graph, "jsonld", derived=True))
    assert data["@context"] == json.loads(Path("ontology/context.jsonld").read_text())["@context"]
    assert isomorphic(Graph().parse(data=json.dumps(data), format="json-ld"), graph)
