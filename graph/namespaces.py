"""The stancegraph ontology's terms in code.

The names below are a contract with README queries, notebooks and evaluation: terms may be
added, never renamed. ``_fail = True`` makes a misspelt term raise instead of silently
minting a new IRI. ``tests/test_namespaces.py`` keeps this list and
``ontology/stancegraph.ttl`` in step.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

__all__ = [
    "DCTERMS",
    "DERIVED_CLASSES",
    "DERIVED_GRAPH",
    "DERIVED_PROPERTIES",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SG",
    "SG_DATA",
    "SKOS",
    "TALLY_PROPERTIES",
    "XSD",
    "bind_prefixes",
]


class SG(DefinedNamespace):
    """stancegraph vocabulary: ``https://w3id.org/stancegraph#``."""

    _NS = Namespace("https://w3id.org/stancegraph#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Outlet: URIRef
    Group: URIRef
    Statement: URIRef
    Topic: URIRef
    Article: URIRef
    Stance: URIRef
    Cluster: URIRef
    # the three stance individuals
    Support: URIRef
    Oppose: URIRef
    Neutral: URIRef
    # statement properties
    speaker: URIRef
    reportedBy: URIRef
    stance: URIRef
    topic: URIRef
    targetActor: URIRef
    cue: URIRef
    quote: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    article: URIRef
    speakerAffiliation: URIRef
    # actor properties
    affiliation: URIRef
    role: URIRef
    resolutionNote: URIRef
    agreesWith: URIRef
    disagreesWith: URIRef
    betweenCamps: URIRef
    # cluster properties
    member: URIRef
    # additions beyond the core contract
    weight: URIRef
    modularity: URIRef
    polarization: URIRef
    explanation: URIRef
    AlignmentEdge: URIRef
    alignmentSource: URIRef
    alignmentTarget: URIRef
    alignmentRelation: URIRef
    statementCount: URIRef
    sharedTopic: URIRef
    dividingTopic: URIRef
    relation: URIRef
    Split: URIRef
    split: URIRef
    supporter: URIRef
    opponent: URIRef
    # tallies (derived, recomputed with the clusters)
    Position: URIRef
    holder: URIRef
    onTopic: URIRef
    supportCount: URIRef
    opposeCount: URIRef
    neutralCount: URIRef
    actorCount: URIRef
    supporterCount: URIRef
    opponentCount: URIRef
    supportExample: URIRef
    opposeExample: URIRef


#: The named graph holding what alignment computes from the asserted graph (clusters,
#: alignment edges, positions, splits, counts); the default graph holds what the articles say.
DERIVED_GRAPH = URIRef("https://w3id.org/stancegraph/graph/derived")

#: Classes of derived nodes: every triple about one belongs to the derived graph.
DERIVED_CLASSES: tuple[URIRef, ...] = (SG.Cluster, SG.AlignmentEdge, SG.Position, SG.Split)
#: Counts written on topics and actors by the tallies (positions are nodes of their own).
TALLY_PROPERTIES: tuple[URIRef, ...] = (
    SG.statementCount,
    SG.supportCount,
    SG.opposeCount,
    SG.neutralCount,
    SG.actorCount,
    SG.supporterCount,
    SG.opponentCount,
)
#: Derived properties of asserted nodes (actors, topics) and of clusters: their triples
#: belong to the derived graph too.
DERIVED_PROPERTIES: tuple[URIRef, ...] = (
    SG.agreesWith,
    SG.disagreesWith,
    SG.betweenCamps,
    SG.split,
    *TALLY_PROPERTIES,
)

#: Where instance IRIs (actors, statements, topics, articles, clusters) live.
SG_DATA = Namespace("https://w3id.org/stancegraph/id/")


def bind_prefixes(graph) -> None:  # type: ignore[no-untyped-def]
    """Bind the prefixes every serialisation should show, so Turtle stays readable."""
    graph.bind("sg", SG._NS, override=True)
    graph.bind("sgd", SG_DATA, override=True)
    graph.bind("prov", PROV)
    graph.bind("schema", SDO)
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)
    graph.bind("owl", OWL)
