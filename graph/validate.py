"""SHACL validation of a stancegraph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph
from rdflib.namespace import SH

from .ontology import load_ontology, load_shapes

__all__ = ["ValidationReport", "Violation", "validate_graph"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, and the shape's message."""

    focus: str
    path: str
    message: str
    severity: str
    value: str = ""  # the offending value, where the shape names one


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, with every violation in a stable order."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate ``graph`` against the shapes, with the ontology for subclass reasoning.

    No RDFS/OWL inference is run: the build types every actor explicitly, so shapes check
    the graph as users will query it.
    """
    from pyshacl import validate

    conforms, results, text = validate(
        graph,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        allow_warnings=True,
        advanced=False,
    )
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        violations.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=str(results.value(result, SH.resultPath) or ""),
                message=str(results.value(result, SH.resultMessage) or ""),
                severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                value=str(results.value(result, SH.value) or ""),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations), text=text)
