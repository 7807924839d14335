"""Statements and actors read back from a built graph, as scoring sees them.

Scoring reads the RDF graph, not the Python records, so what is measured is what a user
queries: a statement's evidence offsets, cue, stance, topic, relation, speaker labels,
roles and side; an actor's labels and the clusters it is a member of; and which graph actor a gold
actor is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from ..iris import mint_article_iri
from ..namespaces import RDF, RDFS, SG, SKOS
from .gold import GoldActor
from .matching import names_match


@dataclass(frozen=True)
class GraphStatement:
    """A statement as read back from the graph, with its speaker's surface forms."""

    iri: str
    speaker: str
    speaker_names: tuple[str, ...]
    cue: str
    evidence: str
    start: int
    end: int
    stance: str
    topic: str = ""  # topic IRI
    speaker_roles: tuple[str, ...] = ()  # sg:role of the speaker ("Governor")
    target_names: tuple[str, ...] = ()  # sg:targetActor's labels, when there is one
    relation: str = ""  # "agree" / "disagree" from sg:relation
    quote: str = ""  # sg:quote, what the statement says
    speaker_affiliation: str = ""  # sg:speakerAffiliation's IRI: the side its article states


def actor_names(graph: Graph, actor: URIRef) -> tuple[str, ...]:
    names = [str(o) for o in graph.objects(actor, RDFS.label)]
    names += sorted(str(o) for o in graph.objects(actor, SKOS.altLabel))
    return tuple(names)


def _iri(node: object) -> URIRef | None:
    return node if isinstance(node, URIRef) else None


def _int(node: object) -> int:
    """An integer literal's value; -1 when absent or not an integer."""
    try:
        return int(node.toPython()) if isinstance(node, Literal) else -1
    except (TypeError, ValueError):
        return -1


_RELATION_NAMES: dict[URIRef | None, str] = {SG.agreesWith: "agree", SG.disagreesWith: "disagree"}
_STANCE_NAMES: dict[URIRef | None, str] = {
    SG.Support: "support",
    SG.Oppose: "oppose",
    SG.Neutral: "neutral",
}


def graph_statements(graph: Graph, article_id: str | None = None) -> list[GraphStatement]:
    """Every ``sg:Statement`` of the graph (of one article when ``article_id`` is given)."""
    article = mint_article_iri(article_id) if article_id is not None else None
    found: list[GraphStatement] = []
    for node in graph.subjects(RDF.type, SG.Statement):
        if article is not None and (node, SG.article, article) not in graph:
            continue
        speaker = _iri(graph.value(node, SG.speaker))
        target = _iri(graph.value(node, SG.targetActor))
        start = _int(graph.value(node, SG.charStart))
        end = _int(graph.value(node, SG.charEnd))
        found.append(
            GraphStatement(
                iri=str(node),
                speaker=str(speaker) if speaker is not None else "",
                speaker_names=actor_names(graph, speaker) if speaker is not None else (),
                cue=str(graph.value(node, SG.cue) or ""),
                evidence=str(graph.value(node, SG.evidence) or ""),
                start=start,
                end=end,
                stance=_STANCE_NAMES.get(_iri(graph.value(node, SG.stance)), "neutral"),
                topic=str(graph.value(node, SG.topic) or ""),
                speaker_roles=tuple(sorted(str(r) for r in graph.objects(speaker, SG.role)))
                if speaker is not None
                else (),
                target_names=actor_names(graph, target) if target is not None else (),
                relation=_RELATION_NAMES.get(_iri(graph.value(node, SG.relation)), ""),
                quote=str(graph.value(node, SG.quote) or ""),
                speaker_affiliation=str(_iri(graph.value(node, SG.speakerAffiliation)) or ""),
            )
        )
    # in text order: statements of one sentence by where their quote stands in it, so a
    # tie between two of them is settled by the text rather than by their IRIs
    found.sort(key=lambda s: (s.start, s.end, s.evidence.find(s.quote) if s.quote else -1, s.iri))
    return found


def graph_actors(graph: Graph) -> list[tuple[URIRef, tuple[str, ...], bool]]:
    """Every actor with its surface forms and whether it is a person."""
    return [
        (actor, actor_names(graph, actor), (actor, RDF.type, SG.Person) in graph)
        for actor in sorted(
            a for a in set(graph.subjects(RDF.type, SG.Actor)) if isinstance(a, URIRef)
        )
    ]


def find_actor(
    graph: Graph,
    gold: GoldActor,
    actors: list[tuple[URIRef, tuple[str, ...], bool]],
    speaking: dict[URIRef, int],
) -> URIRef | None:
    """The graph actor that is this gold actor: exact label first, then alias, then surname.

    Ties go to the actor with more statements (the one the article is about), then IRI.
    """
    person = gold.type == "Person"

    def rank(actor: tuple[URIRef, tuple[str, ...], bool]) -> int | None:
        _iri, names, _ = actor
        if names and names_match([gold.name], names[:1], person=False):
            return 0
        if names_match(gold.names, names, person=False):
            return 1
        if person and names_match(gold.names, names, person=True):
            return 2
        return None

    ranked = [
        (r, -speaking.get(a[0], 0), str(a[0]), a[0]) for a in actors if (r := rank(a)) is not None
    ]
    return min(ranked)[3] if ranked else None


def clusters_of(graph: Graph) -> dict[URIRef, set[URIRef]]:
    membership: dict[URIRef, set[URIRef]] = defaultdict(set)
    for cluster in graph.subjects(RDF.type, SG.Cluster):
        for member in graph.objects(cluster, SG.member):
            if isinstance(member, URIRef) and isinstance(cluster, URIRef):
                membership[member].add(cluster)
    return membership
