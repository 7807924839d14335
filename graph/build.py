"""Records -> rdflib graph. The only module that adds triples.

Every other stage hands records here, so the shape of the graph (and its agreement with
``ontology/shapes.ttl``) is decided in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .iris import (
    is_valid_iri,
    mint_actor_iri,
    mint_alignment_iri,
    mint_article_iri,
    mint_cluster_iri,
    mint_position_iri,
    mint_split_iri,
    mint_topic_iri,
    statement_iri,
)
from .names import actor_key, lookup_keys
from .namespaces import (
    DCTERMS,
    DERIVED_CLASSES,
    DERIVED_PROPERTIES,
    PROV,
    RDF,
    RDFS,
    SDO,
    SG,
    SG_DATA,
    SKOS,
    TALLY_PROPERTIES,
    bind_prefixes,
)
from .records import Actor, AlignmentEdge, Article, Cluster, Statement, Tallies, Topic

__all__ = [
    "ACTOR_PROPERTIES",
    "DERIVED_CLASSES",
    "DERIVED_PROPERTIES",
    "STANCE_TERMS",
    "TALLY_PROPERTIES",
    "AlignmentEdge",
    "add_actor",
    "add_alignment",
    "add_article",
    "add_statement",
    "add_tallies",
    "add_topic",
    "build_graph",
    "name_keys",
    "new_graph",
    "outlet_actor",
    "remove_alignment",
    "remove_tallies",
    "set_lookup_labels",
    "split_derived",
    "statement_iri",
]

STANCE_TERMS: dict[str, URIRef] = {
    "support": SG.Support,
    "oppose": SG.Oppose,
    "neutral": SG.Neutral,
}
_ACTOR_CLASSES: dict[str, URIRef] = {
    "Person": SG.Person,
    "Organization": SG.Organization,
    "Country": SG.Country,
    "Outlet": SG.Outlet,
    "Group": SG.Group,
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Lone surrogates cannot be encoded at all and U+FFFE/U+FFFF and C0 controls are not XML
# characters: one replacement character each keeps every serialisation (and offsets) whole.
_UNSERIALISABLE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def new_graph(store: str | object = "default") -> Graph:
    """An empty graph with the project's prefixes bound."""
    graph = Graph(store=store)  # type: ignore[arg-type]
    bind_prefixes(graph)
    return graph


def _text(value: str) -> Literal:
    """A plain literal (xsd:string in RDF 1.1), so SPARQL matches "text" as users write it."""
    return Literal(_CONTROL.sub(" ", _UNSERIALISABLE.sub("\ufffd", value)))


def _label(*candidates: str | None) -> Literal:
    """The first candidate with visible text: shapes require a non-empty label."""
    for candidate in candidates:
        if candidate and _text(candidate).strip():
            return _text(candidate)
    return _text("(unnamed)")


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def outlet_actor(name: str) -> Actor:
    """The actor record for an article's outlet (publisher)."""
    return Actor(key=actor_key(name), label=name, type="Outlet")


def add_article(graph: Graph, article: Article) -> URIRef:
    """Add an article's metadata; returns its IRI (a hash of its text).

    Its label is its title, else its content hash: where the file was read from is no
    part of the graph, so the same texts give the same graph from any folder.
    """
    iri = mint_article_iri(article.id)
    graph.add((iri, RDF.type, SG.Article))
    graph.add((iri, DCTERMS.identifier, _text(article.id)))
    graph.add((iri, RDFS.label, _label(article.title, article.id)))
    if article.title:
        graph.add((iri, DCTERMS.title, _text(article.title)))
    if article.published and _ISO_DATE.match(article.published) and _is_date(article.published):
        graph.add((iri, DCTERMS.issued, Literal(article.published, datatype=XSD.date)))
    if article.url and is_valid_iri(article.url):
        graph.add((iri, SDO.url, URIRef(article.url)))
    if article.outlet:
        outlet = outlet_actor(article.outlet)
        add_actor(graph, outlet)
        graph.add((iri, DCTERMS.publisher, mint_actor_iri(outlet.key)))
    return iri


#: What :func:`add_actor` writes about an actor: a stored actor's description is
#: replaced by deleting exactly these before writing it again.
ACTOR_PROPERTIES = (
    RDF.type,
    RDFS.label,
    SKOS.altLabel,
    SKOS.hiddenLabel,
    SG.resolutionNote,
    SG.role,
    SG.affiliation,
)


def add_actor(graph: Graph, actor: Actor, lookup: Iterable[str] | None = None) -> URIRef:
    """Add an actor typed sg:Actor and its kind, with its label, aliases, role, affiliation.

    ``lookup``: the lower-cased forms to write as ``skos:hiddenLabel`` (from
    :func:`graph.names.lookup_keys` over every actor of the graph, so a surname shared with
    another actor is not one of them); by default every name and each of its endings
    (:func:`name_keys`).
    """
    iri = mint_actor_iri(actor.key)
    graph.add((iri, RDF.type, SG.Actor))
    graph.add((iri, RDF.type, _ACTOR_CLASSES[actor.type]))
    label = _label(actor.label, actor.key)
    graph.set((iri, RDFS.label, label))
    for alias in sorted(set(actor.aliases) - {actor.label}):
        graph.add((iri, SKOS.altLabel, _text(alias)))
    keys = name_keys([str(label), *actor.aliases]) if lookup is None else set(lookup)
    for key in sorted(keys):
        graph.add((iri, SKOS.hiddenLabel, _text(key)))
    for note in actor.notes:
        graph.add((iri, SG.resolutionNote, _text(note)))
    if actor.role:
        graph.add((iri, SG.role, _text(actor.role)))
    if actor.affiliation and actor.affiliation != actor.key:
        graph.add((iri, SG.affiliation, mint_actor_iri(actor.affiliation)))
    return iri


def name_keys(names: Iterable[str]) -> set[str]:
    """The lower-cased forms a user may look an actor up by: each name, and each ending of
    it after a space ("dana j. blue", "j. blue", "blue").

    Written as ``skos:hiddenLabel`` (SKOS: labels for search, never displayed), they let a
    query find an actor with one index lookup instead of lower-casing every name in the
    graph. ``LCASE`` in SPARQL is Unicode lower-casing, which :meth:`str.lower` matches.
    """
    keys: set[str] = set()
    for name in names:
        text = name.lower()
        if text:
            keys.add(text)
        keys.update(text[i + 1 :] for i, ch in enumerate(text) if ch == " " and text[i + 1 :])
    return keys


def set_lookup_labels(graph: Graph, actors: Iterable[Actor]) -> None:
    """Make the ``skos:hiddenLabel`` forms of ``actors`` those of one build of all of them
    (for a graph assembled from parts built apart, each with only its own actors); an
    article's outlet keeps the forms of its name."""
    actors = list(actors)
    lookup = lookup_keys(actors)
    outlets = {str(o) for o in graph.objects(None, DCTERMS.publisher)}
    for actor in actors:
        iri = mint_actor_iri(actor.key)
        keep = set(lookup[actor.key])
        if str(iri) in outlets:
            keep |= name_keys([str(n) for n in graph.objects(iri, RDFS.label)])
        for old in list(graph.objects(iri, SKOS.hiddenLabel)):
            if str(old) not in keep:
                graph.remove((iri, SKOS.hiddenLabel, old))


def add_topic(graph: Graph, topic: Topic) -> URIRef:
    """Add a topic as an sg:Topic / skos:Concept with one label."""
    iri = mint_topic_iri(topic.key)
    graph.add((iri, RDF.type, SG.Topic))
    graph.add((iri, RDF.type, SKOS.Concept))
    graph.set((iri, RDFS.label, _label(topic.label, topic.key)))
    graph.set((iri, SKOS.prefLabel, _label(topic.label, topic.key)))
    return iri


def add_statement(graph: Graph, statement: Statement) -> URIRef:
    """Add one statement with its speaker, the side its article states the speaker speaks
    for, stance, topic and provenance.

    The speaker, reporter, target and affiliation actors must be added by the caller (they
    carry labels and types the statement does not know); the topic is added here.
    """
    iri = statement_iri(statement)
    # The IRI is the statement's identity (sentence, speaker, cue, topic): a second record
    # with that identity replaces the first instead of giving it two stances.
    graph.remove((iri, None, None))
    article = mint_article_iri(statement.article_id)
    graph.add((iri, RDF.type, SG.Statement))
    graph.add((iri, SG.speaker, mint_actor_iri(statement.speaker)))
    graph.add((iri, SG.stance, STANCE_TERMS[statement.stance]))
    graph.add((iri, SG.topic, add_topic(graph, statement.topic)))
    graph.add((iri, SG.cue, _text(statement.cue)))
    if statement.quote:
        graph.add((iri, SG.quote, _text(statement.quote)))
    graph.add((iri, SG.evidence, _text(statement.evidence)))
    graph.add((iri, SG.charStart, Literal(statement.char_start, datatype=XSD.integer)))
    graph.add((iri, SG.charEnd, Literal(statement.char_end, datatype=XSD.integer)))
    graph.add((iri, SG.article, article))
    graph.add((iri, PROV.wasDerivedFrom, article))
    if statement.speaker_affiliation and statement.speaker_affiliation != statement.speaker:
        graph.add((iri, SG.speakerAffiliation, mint_actor_iri(statement.speaker_affiliation)))
    if statement.reported_by and statement.reported_by != statement.speaker:
        graph.add((iri, SG.reportedBy, mint_actor_iri(statement.reported_by)))
    if statement.target_actor and statement.target_actor != statement.speaker:
        graph.add((iri, SG.targetActor, mint_actor_iri(statement.target_actor)))
        if statement.relation:
            relation = SG.agreesWith if statement.relation == "agree" else SG.disagreesWith
            graph.add((iri, SG.relation, relation))
    return iri


def build_graph(
    articles: Iterable[Article],
    actors: Iterable[Actor],
    statements: Iterable[Statement],
    *,
    graph: Graph | None = None,
) -> Graph:
    """Add articles, actors and statements to ``graph`` (a new one by default).

    The actors' lookup forms (``skos:hiddenLabel``) are worked out over ``actors`` as a
    whole (:func:`graph.names.lookup_keys`).
    """
    graph = new_graph() if graph is None else graph
    for article in articles:
        add_article(graph, article)
    actors = list(actors)
    lookup = lookup_keys(actors)
    for actor in actors:
        add_actor(graph, actor, lookup[actor.key])
    for statement in statements:
        add_statement(graph, statement)
    return graph


def _remove(graph: Graph, kinds: Iterable[URIRef], props: Iterable[URIRef]) -> None:
    for kind in kinds:
        for node in list(graph.subjects(RDF.type, kind)):
            graph.remove((node, None, None))
    for prop in props:
        graph.remove((None, prop, None))


def remove_alignment(graph: Graph) -> None:
    """Drop derived clusters and alignment edges, so they can be recomputed."""
    _remove(
        graph,
        (SG.Cluster, SG.AlignmentEdge),
        (SG.agreesWith, SG.disagreesWith, SG.betweenCamps),
    )


def remove_tallies(graph: Graph) -> None:
    """Drop positions, splits and counts, so they can be recomputed."""
    _remove(graph, (SG.Position, SG.Split), (SG.split, *TALLY_PROPERTIES))


def _count(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def add_tallies(graph: Graph, tallies: Tallies) -> None:
    """Write positions (actor x topic), topic tallies, speakers' statement counts and the
    clusters' splits.

    Zero counts are left out of positions (a position holds a side only when one of its
    statements takes it), so ``?p sg:opposeCount ?n`` lists exactly the opponents. Topic
    tallies are written whole, zeros included, since every topic has them. Earlier
    tallies are replaced.
    """
    remove_tallies(graph)
    for topic in tallies.topics:
        iri = URIRef(topic.topic)
        graph.add((iri, SG.statementCount, _count(topic.statements)))
        graph.add((iri, SG.supportCount, _count(topic.support)))
        graph.add((iri, SG.opposeCount, _count(topic.oppose)))
        graph.add((iri, SG.neutralCount, _count(topic.neutral)))
        graph.add((iri, SG.actorCount, _count(topic.actors)))
        graph.add((iri, SG.supporterCount, _count(topic.supporters)))
        graph.add((iri, SG.opponentCount, _count(topic.opponents)))
    for actor, said in tallies.speakers:
        graph.add((URIRef(actor), SG.statementCount, _count(said)))  # 0 for the silent
    for position in tallies.positions:
        node = mint_position_iri(position.actor, position.topic)
        graph.add((node, RDF.type, SG.Position))
        graph.add((node, SG.holder, URIRef(position.actor)))
        graph.add((node, SG.onTopic, URIRef(position.topic)))
        for prop, value in (
            (SG.supportCount, position.support),
            (SG.opposeCount, position.oppose),
            (SG.neutralCount, position.neutral),
        ):
            if value:
                graph.add((node, prop, _count(value)))
        if position.support_example:
            graph.add((node, SG.supportExample, URIRef(position.support_example)))
        if position.oppose_example:
            graph.add((node, SG.opposeExample, URIRef(position.oppose_example)))
    for split in tallies.splits:
        node = mint_split_iri(split.cluster, split.topic)
        graph.add((URIRef(split.cluster), SG.split, node))
        graph.add((node, RDF.type, SG.Split))
        graph.add((node, SG.onTopic, URIRef(split.topic)))
        for member in split.supporters:
            graph.add((node, SG.supporter, URIRef(member)))
        for member in split.opponents:
            graph.add((node, SG.opponent, URIRef(member)))


def split_derived(graph: Graph) -> tuple[Graph, Graph]:
    """``graph`` as its asserted triples and its derived ones (two new graphs).

    A derived triple is one about a derived node (:data:`DERIVED_CLASSES`) or one of
    :data:`DERIVED_PROPERTIES`; everything else is what the articles say. A graph kept
    in one piece (an in-memory build, a Turtle file) is split so, before its derived part
    goes into the derived named graph.
    """
    derived_nodes = {s for kind in DERIVED_CLASSES for s in graph.subjects(RDF.type, kind)}
    derived_props = set(DERIVED_PROPERTIES)
    asserted, derived = new_graph(), new_graph()
    for triple in graph:
        s, p, _ = triple
        (derived if s in derived_nodes or p in derived_props else asserted).add(triple)
    return asserted, derived


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 4))), datatype=XSD.decimal)


def _actor_ref(ref: str) -> URIRef:
    """An actor key, or an actor IRI as read back from a graph (alignment knows only IRIs)."""
    return URIRef(ref) if ref.startswith(f"{SG_DATA}actor/") else mint_actor_iri(ref)


def _topic_ref(ref: str) -> URIRef:
    """A topic key, or a topic IRI as read back from a graph."""
    return URIRef(ref) if ref.startswith(f"{SG_DATA}topic/") else mint_topic_iri(ref)


def add_alignment(
    graph: Graph,
    clusters: Iterable[Cluster],
    edges: Iterable[AlignmentEdge] = (),
    *,
    modularity: float | None = None,
    polarization: float | None = None,
    between: Mapping[str, Iterable[str | None]] | None = None,
) -> list[URIRef]:
    """Write clusters and signed alignment edges back, replacing earlier ones.

    ``between`` maps an actor left out of two opposed clusters to their keys
    (``Cluster.key``); each becomes ``sg:betweenCamps`` from the actor to that cluster.

    Each edge becomes ``sg:agreesWith``/``sg:disagreesWith`` both ways (the properties are
    symmetric) plus a reified ``sg:AlignmentEdge`` whose ``sg:weight`` SPARQL can read.
    """
    remove_alignment(graph)
    iris: list[URIRef] = []
    by_key: dict[str, URIRef] = {}
    for cluster in clusters:
        iri = mint_cluster_iri(cluster.members)
        iris.append(iri)
        by_key[cluster.key] = iri
        graph.add((iri, RDF.type, SG.Cluster))
        graph.add((iri, RDFS.label, _label(cluster.label, cluster.key)))
        for member in cluster.members:
            graph.add((iri, SG.member, _actor_ref(member)))
        if cluster.explanation:
            graph.add((iri, SG.explanation, _text(cluster.explanation)))
        for topic_key in cluster.shared_topics:
            graph.add((iri, SG.sharedTopic, _topic_ref(topic_key)))
        for topic_key in cluster.dividing_topics:
            graph.add((iri, SG.dividingTopic, _topic_ref(topic_key)))
        for evidence in cluster.evidence:
            graph.add((iri, PROV.wasDerivedFrom, URIRef(evidence)))
        if modularity is not None:
            graph.add((iri, SG.modularity, _decimal(modularity)))
        if polarization is not None:
            graph.add((iri, SG.polarization, _decimal(polarization)))
    for actor, keys in sorted((between or {}).items()):
        for key in keys:
            if key is not None and key in by_key:
                graph.add((_actor_ref(actor), SG.betweenCamps, by_key[key]))
    graph.addN((*triple, graph) for triple in _edge_triples(edges))
    return iris


def _edge_triples(edges: Iterable[AlignmentEdge]) -> Iterator[tuple[URIRef, URIRef, Node]]:
    """The triples of signed alignment edges: both symmetric links and the reified edge."""
    for edge in edges:
        if edge.weight == 0 or edge.source == edge.target:
            continue
        a, b = sorted((edge.source, edge.target))
        src, dst = _actor_ref(a), _actor_ref(b)
        relation = SG.agreesWith if edge.weight > 0 else SG.disagreesWith
        node = mint_alignment_iri(a, b)
        yield src, relation, dst
        yield dst, relation, src
        yield node, RDF.type, SG.AlignmentEdge
        yield node, SG.alignmentSource, src
        yield node, SG.alignmentTarget, dst
        yield node, SG.alignmentRelation, relation
        yield node, SG.weight, _decimal(edge.weight)
