"""``ontology/shapes.ttl`` driven by small Turtle fixtures, as pySHACL's own tests are.

``tests/fixtures/valid/*.ttl`` must conform. Each ``tests/fixtures/invalid/*.ttl`` breaks one
rule and says in its header which node (``# focus:``) and which properties (``# expect:``,
``(node)`` for a node-level constraint) the violations must name, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import NamespaceManager

from graph.namespaces import bind_prefixes
from graph.validate import validate_graph

FIXTURES = Path(__file__).parent / "fixtures"
VALID = sorted((FIXTURES / "valid").glob("*.ttl"))
INVALID = sorted((FIXTURES / "invalid").glob("*.ttl"))


def _header(path: Path, key: str) -> list[str]:
    prefix = f"# {key}:"
    return [
        line.removeprefix(prefix).strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith(prefix)
    ]


def _qname(manager: NamespaceManager, iri: str) -> str:
    if not iri:
        return "(node)"
    return manager.normalizeUri(iri) if iri.startswith("http") else iri


def test_validate_fixture_folders_are_not_empty():
    assert len(VALID) >= 5
    assert len(INVALID) >= 20


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_validate_valid_fixture_conforms(path):
    report = validate_graph(Graph().parse(path))
    assert report.conforms, report.text
    assert report.violations == ()


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_validate_invalid_fixture_names_its_node_and_property(path):
    graph = Graph().parse(path)
    bind_prefixes(graph)
    report = validate_graph(graph)
    assert not report.conforms
    violations = [v for v in report.violations if v.severity == "Violation"]
    assert violations
    (focus,) = _header(path, "focus")
    if focus == "(blank node)":
        assert all(not v.focus.startswith("http") for v in violations)
    else:
        assert {v.focus for v in violations} == {focus}
    paths = {_qname(graph.namespace_manager, v.path) for v in violations}
    assert paths == set(_header(path, "expect"))
