"""The notebook API (``import graph as sg``) on a hand-built graph."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph

import graph as sg
from graph.errors import QueryError
from graph.io import save_graph


@pytest.fixture(scope="module")
def kg(toy_graph, tmp_path_factory):
    return sg.load(save_graph(toy_graph, tmp_path_factory.mktemp("api") / "graph.ttl"))


def test_import_graph_loads_no_heavy_library():
    code = (
        "import sys, graph; "
        "print(sorted(m for m in ('rdflib', 'pandas', 'spacy', 'pyvis', 'fastapi') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_named_query_by_name_with_keyword_parameters(kg):
    frame = kg.query("actors-on-topic", topic="troops")
    assert list(frame.columns) == ["topicLabel", "stance", "actor", "statements"]
    assert frame[["stance", "actor"]].values.tolist() == [
        ["Support", "Volodymyr Zelensky"],
        ["Oppose", "NATO"],
        ["Oppose", "Sergei Lavrov"],
    ]
    assert frame["statements"].tolist() == [1, 1, 1]


def test_ad_hoc_select_ask_and_construct(kg):
    frame = kg.query("SELECT ?d WHERE { ?a dcterms:issued ?d } ORDER BY ?d")
    assert [d.isoformat() for d in frame["d"]] == ["2025-03-01", "2025-04-10"]
    assert kg.query("ASK { ?s sg:stance sg:Neutral }") is True
    construct = kg.query("CONSTRUCT WHERE { ?a a sg:Country }")
    assert isinstance(construct, Graph) and len(construct) == 2


def test_query_errors_raise_query_error(kg):
    with pytest.raises(QueryError, match="malformed SPARQL"):
        kg.query("SELECT WHERE")
    with pytest.raises(QueryError, match="needs --param actor"):
        kg.query("statements-by-actor")
    with pytest.raises(QueryError, match="no named query 'statments-by-actor'; known queries"):
        kg.query("statments-by-actor", actor="Lavrov")


def test_clusters_one_row_each_with_sorted_members(kg):
    frame = kg.clusters()
    assert frame["cluster"].tolist() == ["Cluster 2", "Cluster 1"]
    assert frame["members"].tolist() == [
        ["Mark Rutte", "NATO", "Ukraine", "Volodymyr Zelensky"],
        ["Russia", "Sergei Lavrov"],
    ]
    assert frame["size"].tolist() == [4, 2]


def test_actors_and_statements_frames(kg):
    assert len(kg.actors()) == 7
    assert set(kg.statements()["stance"]) == {"Support", "Oppose", "Neutral"}


def test_render_is_an_inline_iframe_with_the_page(kg, tmp_path):
    view = kg.render()
    markup = view._repr_html_()
    assert markup.startswith("<iframe srcdoc=")
    assert "Volodymyr Zelensky" in view.html
    saved = kg.render(tmp_path / "g.html")
    assert saved.path.read_text("utf-8") == saved.html


def test_to_networkx_has_actor_nodes_with_clusters(kg):
    net = kg.to_networkx()
    labels = {data["label"]: data for _, data in net.nodes(data=True)}
    assert labels["Sergei Lavrov"]["cluster"] == "Cluster 1"
    assert labels["Sergei Lavrov"]["oppose"] == 2


def test_repr_counts_what_is_in_the_graph(kg):
    assert "3 articles, 7 actors, 7 statements, 3 topics, 2 clusters" in repr(kg)
    assert "<table>" in kg._repr_html_()


def test_serve_from_a_notebook(kg):
    with kg.serve(timeout=10) as server:
        url = (
            server.endpoint
            + "?"
            + urllib.parse.urlencode(
                {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Statement }"}
            )
        )
        with urllib.request.urlopen(url, timeout=30) as response:
            doc = json.load(response)
    assert doc["results"]["bindings"][0]["n"]["value"] == "7"


def test_named_queries_table():
    frame = sg.named_queries()
    row = frame.set_index("name").loc["stances-over-time"]
    assert row["parameters"] == "actor, since (optional), until (optional)"


def test_build_runs_the_pipeline_and_answers_in_dataframes(example_path):
    kg = sg.build(example_path)
    assert kg.result is not None and len(kg.result.articles) == 1
    lavrov = kg.query("statements-by-actor", actor="Lavrov")
    assert ("criticized", "Oppose") in set(zip(lavrov["cue"], lavrov["stance"], strict=True))
    assert kg.validate().conforms


def test_sg_build_stays_the_function_after_the_build_module_is_imported():
    import types

    import graph.build as module

    assert not isinstance(sg.build, types.ModuleType)
    assert callable(sg.build)
    assert sg.build.add_actor is module.add_actor  # graph.build.X still reaches the module


def test_to_networkx_gives_the_signed_dna_network(kg):
    signed = kg.to_networkx("signed")
    labels = dict(signed.nodes(data="label"))
    weights = {frozenset((labels[a], labels[b])): w for a, b, w in signed.edges(data="weight")}
    # Zelensky supports what Lavrov opposes, on two topics: a negative tie.
    assert weights[frozenset(("Volodymyr Zelensky", "Sergei Lavrov"))] < 0
    with pytest.raises(ValueError, match="use actors, signed"):
        kg.to_networkx("nope")
