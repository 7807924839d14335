"""Store formats: a store an older stancegraph made (derived and index data in its default
graph) is still read, ``add`` refuses it naming ``stancegraph migrate``, and migrating
moves it to the current format: index data gone, the derived graph rebuilt apart."""

from __future__ import annotations

import json

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import GraphFileError
from graph.iris import mint_actor_iri
from graph.namespaces import DERIVED_GRAPH, RDF, SG
from graph.query import load_for_query, run_named
from graph.store import (
    FORMAT_VERSION,
    MARKER,
    check_format,
    close_store,
    graph_quads,
    open_read_only,
    open_store,
    store_format,
)

runner = CliRunner()
OLD = "https://w3id.org/stancegraph#"


def old_format_store(toy_graph, path):
    """A store as format 3 wrote it: every triple, derived ones included, in the default
    graph, with the index terms it kept for its listings."""
    from rdflib import Graph

    graph = Graph()
    graph += toy_graph
    for n, statement in enumerate(sorted(toy_graph.subjects(RDF.type, SG.Statement))):
        graph.add((statement, URIRef(OLD + "sortKey"), Literal(n, datatype=XSD.integer)))
        speaker = toy_graph.value(statement, SG.speaker)
        index = URIRef(f"{speaker}/statements")
        graph.add((speaker, URIRef(OLD + "statementIndex"), index))
        graph.add((index, URIRef(OLD + "statementKey"), Literal(n, datatype=XSD.integer)))
    for topic in toy_graph.subjects(RDF.type, SG.Topic):
        graph.add((topic, URIRef(OLD + "conflictCount"), Literal(1, datatype=XSD.integer)))
    store = open_store(path, create=True)
    store.extend(graph_quads(graph))
    store.flush()
    close_store(path)
    del store
    (path / MARKER).write_text(json.dumps({"stancegraph_store": 3}) + "\n")
    return path


@pytest.fixture()
def old_store(toy_graph, tmp_path):
    return old_format_store(toy_graph, tmp_path / "db")


def test_an_older_store_is_still_read(old_store):
    rows = run_named(load_for_query(old_store), "statements").rows
    assert len(rows) == 7


def test_add_refuses_an_older_store_with_one_line_naming_migrate(old_store):
    with pytest.raises(GraphFileError) as refused:
        check_format(old_store)
    message = str(refused.value)
    assert f"stancegraph migrate {old_store}" in message and "\n" not in message


def test_migrate_moves_an_older_store_to_the_current_format(old_store):
    import pyoxigraph as ox

    result = runner.invoke(app, ["migrate", str(old_store)])
    assert result.exit_code == 0, result.output
    close_store(old_store)
    assert store_format(old_store) == FORMAT_VERSION
    check_format(old_store)  # an add would now go ahead
    store = open_read_only(old_store)
    default = {
        q.predicate.value for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }
    assert not {p for p in default if p.startswith(OLD) and p.endswith("Key")}
    assert not default & {OLD + "statementIndex", OLD + "conflictCount", str(SG.member)}
    assert OLD + "speaker" in default
    derived = list(store.quads_for_pattern(None, None, None, ox.NamedNode(str(DERIVED_GRAPH))))
    assert derived
    graph = load_for_query(old_store)
    assert run_named(graph, "clusters").rows
    assert run_named(graph, "topics").rows
    lavrov = mint_actor_iri("sergei lavrov")
    assert (lavrov, RDF.type, SG.Actor) in graph


def test_migrate_refuses_what_is_no_store(tmp_path):
    result = runner.invoke(app, ["migrate", str(tmp_path)])
    assert result.exit_code != 0 and "no store here" in result.output
