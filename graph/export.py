"""Export a stancegraph for other tools: Turtle, N-Triples, JSON-LD, TriG, N-Quads,
GraphML (Gephi).

An export holds the asserted graph (what the articles say, the ontology's contract) unless
``derived`` is asked for. Then TriG and N-Quads keep the derived graph apart, as the named
graph :data:`~graph.namespaces.DERIVED_GRAPH`, as a store holds it; Turtle, N-Triples
and JSON-LD hold one graph, so the derived triples are merged into it (the ontology's
derived terms tell them apart); GraphML adds the clusters and alignment edges.

RDF formats are lossless. GraphML is a projection for network tools: actors (and,
optionally, topics) as nodes; stances, stances toward actors, affiliations and derived
alignment as weighted edges. Gephi reads only flat attributes, so nodes and edges carry
plain values (strings, integers, floats, booleans), never ``None``, lists, empty strings
or text XML cannot hold; an attribute without a value is left out.

Examples:
    >>> from graph.io import load_graph
    >>> from graph.export import export_graph
    >>> export_graph(load_graph("out/graph.ttl"), "out/graph.graphml")  # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import StancegraphError
from .io import atomic_write
from .namespaces import RDF, RDFS, SG, XSD
from .ontology import CONTEXT_PATH

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EXPORT_FORMATS",
    "ExportError",
    "export_graph",
    "format_from_suffix",
    "jsonld_context",
    "serialize",
    "to_networkx",
]

#: Export format name -> file suffix.
EXPORT_FORMATS: dict[str, str] = {
    "ttl": ".ttl",
    "nt": ".nt",
    "jsonld": ".jsonld",
    "trig": ".trig",
    "nq": ".nq",
    "graphml": ".graphml",
}
_RDFLIB_FORMAT = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nq": "nquads"}
#: The formats that hold named graphs.
_DATASET_FORMATS = frozenset({"trig", "nq"})
_ACTOR_KINDS: dict[Node, str] = {
    SG.Person: "Person",
    SG.Organization: "Organization",
    SG.Country: "Country",
    SG.Outlet: "Outlet",
    SG.Group: "Group",
}
_STANCES: dict[Node, str] = {SG.Support: "support", SG.Oppose: "oppose", SG.Neutral: "neutral"}
# XML 1.0 cannot hold C0 controls (bar tab/newline/CR), lone surrogates or U+FFFE/U+FFFF;
# lxml refuses to write them, so GraphML gets U+FFFD instead.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Tooltips in Gephi, not documents: a sentence is enough.
_MAX_EVIDENCE = 500


class ExportError(StancegraphError):
    """An export format or destination that cannot be used."""

    exit_code = 2


def format_from_suffix(path: str | Path) -> str | None:
    """The export format a file name asks for (``.graphml`` -> ``graphml``), if any."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "jsonld"
    return next((name for name, ext in EXPORT_FORMATS.items() if ext == suffix), None)


@cache
def jsonld_context() -> dict[str, Any]:
    """The ``@context`` of ``ontology/context.jsonld``, embedded so no fetch is needed."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def _unambiguous_context(graph: Graph, context: dict[str, Any]) -> dict[str, Any]:
    """``context`` without the prefixes that an IRI of ``graph`` uses as its scheme.

    An IRI such as ``sg:Actor`` (scheme ``sg``) written into JSON-LD whose context defines
    ``sg`` would read back as ``https://w3id.org/stancegraph#Actor``. Such prefixes are
    dropped and the context's terms that used them are spelt out in full, so the document
    still parses back to the same graph.
    """
    schemes = {
        str(term).split(":", 1)[0]
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and ":" in term
    }
    clashes = schemes & set(context)
    if not clashes:
        return context

    def expand(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: expand(v) if k in ("@id", "@type") else v for k, v in value.items()}
        if isinstance(value, str) and ":" in value:
            prefix, rest = value.split(":", 1)
            if prefix in clashes and isinstance(context.get(prefix), str):
                return context[prefix] + rest
        return value

    return {key: expand(value) for key, value in context.items() if key not in clashes}


def _jsonld(graph: Graph) -> str:
    """JSON-LD with the project context: compacted, unless compaction would lose data.

    rdflib's compaction tests a property's first value for truth, so an empty string
    followed by another value of the same property is dropped. A graph holding an empty
    string is written in expanded form under the same context instead, which reads back
    the same. Either way integers are written as JSON numbers.
    """
    context = _unambiguous_context(graph, jsonld_context())
    empty = (Literal(""), Literal("", datatype=XSD.string))
    if not any(next(graph.triples((None, None, e)), None) for e in empty):
        document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    else:
        document = {"@context": context, "@graph": json.loads(graph.serialize(format="json-ld"))}
    integer_terms = frozenset(
        term
        for term, definition in context.items()
        if isinstance(definition, dict) and definition.get("@type") in _INTEGER_TYPES
    )
    body = {k: _native_integers(v, integer_terms) for k, v in document.items() if k != "@context"}
    return json.dumps({"@context": context, **body}, indent=2, ensure_ascii=False)


_INTEGER_TYPES = frozenset({"xsd:integer", str(XSD.integer)})
#: Larger integers stay strings (typed by the context): readers that hold JSON numbers as
#: doubles, as JavaScript does, would round them (I-JSON, RFC 7493).
_SAFE_INTEGER = 2**53 - 1
# Only the canonical form becomes a number: "007" as a number would read back as "7".
_CANONICAL_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")


def _number_or_text(value: Any) -> Any:
    if (
        isinstance(value, str)
        and _CANONICAL_INTEGER.fullmatch(value)
        and abs(int(value)) <= _SAFE_INTEGER
    ):
        return int(value)
    return value


def _native_integers(node: Any, integer_terms: frozenset[str], *, typed: bool = False) -> Any:
    """``node`` with its integer literals as JSON numbers where that reads back the same.

    ``typed``: ``node`` is the value of a term the context types as ``xsd:integer``, where a
    number and the string of its digits mean the same literal.
    """
    if isinstance(node, list):
        return [_native_integers(v, integer_terms, typed=typed) for v in node]
    if isinstance(node, str):
        return _number_or_text(node) if typed else node
    if not isinstance(node, dict):
        return node
    if "@value" in node and (typed or node.get("@type") in _INTEGER_TYPES):
        number = _number_or_text(node["@value"])
        if isinstance(number, int):
            return {"@value": number}
        return node
    return {
        key: _native_integers(value, integer_terms, typed=key in integer_terms)
        for key, value in node.items()
    }


def serialize(graph: Graph, fmt: str, *, topics: bool = True, derived: bool = False) -> bytes:
    """``graph`` in one of :data:`EXPORT_FORMATS`, as bytes (UTF-8): its asserted graph, and
    with ``derived`` its derived graph too (see the module's description)."""
    from .build import split_derived

    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "graphml":
        import networkx as nx

        network = to_networkx(graph, topics=topics, derived=derived)
        text = "\n".join(nx.generate_graphml(network))
        return text.encode("utf-8") + b"\n"
    asserted, computed = split_derived(graph)
    if fmt in _DATASET_FORMATS:
        return _dataset(asserted, computed if derived else None).serialize(
            format=_RDFLIB_FORMAT[fmt], encoding="utf-8"
        )
    if derived:
        asserted += computed
    if fmt == "jsonld":
        return _jsonld(asserted).encode("utf-8")
    return asserted.serialize(format=_RDFLIB_FORMAT[fmt]).encode("utf-8")


def _dataset(asserted: Graph, derived: Graph | None) -> Graph:
    """The asserted graph as a dataset's default graph, the derived one (if any) named."""
    from rdflib import Dataset

    from .namespaces import DERIVED_GRAPH

    dataset = Dataset()
    for prefix, namespace in asserted.namespaces():
        dataset.bind(prefix, namespace, override=True)
    dataset.default_graph.__iadd__(asserted)
    if derived is not None:
        dataset.graph(DERIVED_GRAPH).__iadd__(derived)
    return dataset


def export_graph(
    graph: Graph,
    path: str | Path,
    fmt: str | None = None,
    *,
    topics: bool = True,
    derived: bool = False,
) -> Path:
    """Write ``graph`` to ``path`` atomically (format from ``fmt`` or the suffix): its
    asserted graph, with ``derived`` its derived graph too.

    The output is serialised in memory first, so a failure leaves no partial file and an
    existing file at ``path`` is replaced only by a complete one.
    """
    fmt = fmt or format_from_suffix(path)
    if fmt is None:
        raise ExportError(
            f"{path}: cannot tell the format from the suffix; pass --format "
            f"({', '.join(EXPORT_FORMATS)})"
        )
    data = serialize(graph, fmt, topics=topics, derived=derived)
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))


def _plain(value: object) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def _label(graph: Graph, node: URIRef) -> str:
    label = graph.value(node, RDFS.label)
    return _plain(label) if label is not None else _plain(node).rsplit("/", 1)[-1]


def _kind(graph: Graph, node: URIRef) -> str:
    kinds = sorted(_ACTOR_KINDS[t] for t in graph.objects(node, RDF.type) if t in _ACTOR_KINDS)
    return kinds[0] if kinds else "Actor"


def _number(value: object) -> float:
    try:
        return float(value.toPython() if isinstance(value, Literal) else value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _statements(graph: Graph) -> Iterator[tuple[Node, URIRef, str, list[URIRef], str]]:
    """(statement, speaker, stance, topics, evidence) for every well-formed statement."""
    for statement in graph.subjects(RDF.type, SG.Statement):
        speaker = graph.value(statement, SG.speaker)
        stance_node = graph.value(statement, SG.stance)
        stance = _STANCES.get(stance_node) if stance_node is not None else None
        if not isinstance(speaker, URIRef) or stance is None:
            continue
        topics = sorted(t for t in graph.objects(statement, SG.topic) if isinstance(t, URIRef))
        evidence = graph.value(statement, SG.evidence)
        yield statement, speaker, stance, topics, _plain(evidence or "")[:_MAX_EVIDENCE]


def _empty_edge() -> dict[str, Any]:
    return {
        "kinds": set(),
        "stances": Counter(),
        "evidence": "",
        "alignment": 0.0,
    }


def to_networkx(graph: Graph, *, topics: bool = True, derived: bool = True) -> nx.DiGraph:
    """The actor network of ``graph`` (plus topics) with flat, Gephi-safe attributes.

    Nodes: ``label``, ``kind`` (actor/topic), ``type``, ``role``, ``affiliation``,
    ``cluster``, ``statements``, ``support``, ``oppose``, ``neutral``, ``iri``; a topic's
    counts are its statements', plus ``actors`` (how many spoke on it). An attribute
    without a value (an actor with no role, no cluster) is left out, never empty.
    Edges (directed; alignment is stored once per pair): ``kind`` (``stance``, ``target``,
    ``affiliation``, ``agree``, ``disagree``, joined by ``+`` when a pair has several),
    ``weight`` (statement count, alignment strength or 1, summed), ``support``/``oppose``/
    ``neutral`` counts, ``sign`` (support minus oppose), ``alignment`` (signed weight),
    ``affiliated`` (an affiliation tie) and
    ``evidence`` (one sentence). Without ``derived``, the derived graph's clusters and
    alignment edges are left out: the network of the asserted graph alone.
    """
    import networkx as nx

    actors = sorted(s for s in set(graph.subjects(RDF.type, SG.Actor)) if isinstance(s, URIRef))
    clusters: dict[Node, str] = {}
    for cluster in sorted(graph.subjects(RDF.type, SG.Cluster) if derived else (), key=str):
        if not isinstance(cluster, URIRef):
            continue
        name = _label(graph, cluster)
        for member in graph.objects(cluster, SG.member):
            clusters.setdefault(member, name)

    per_actor: dict[URIRef, Counter[str]] = defaultdict(Counter)
    per_topic: dict[URIRef, Counter[str]] = defaultdict(Counter)
    speakers: dict[URIRef, set[URIRef]] = defaultdict(set)
    edges: dict[tuple[URIRef, URIRef], dict[str, Any]] = defaultdict(_empty_edge)
    topic_nodes: set[URIRef] = set()
    for statement, speaker, stance, stmt_topics, evidence in _statements(graph):
        per_actor[speaker][stance] += 1
        for topic in stmt_topics:
            per_topic[topic][stance] += 1
            speakers[topic].add(speaker)
        targets: list[tuple[str, Node]] = [("stance", t) for t in stmt_topics] if topics else []
        targets += [("target", t) for t in graph.objects(statement, SG.targetActor)]
        for kind, target in targets:
            if not isinstance(target, URIRef) or target == speaker:
                continue
            if kind == "stance":
                topic_nodes.add(target)
            said = edges[(speaker, target)]
            said["kinds"].add(kind)
            said["stances"][stance] += 1
            said["evidence"] = said["evidence"] or evidence
    for actor in actors:
        for affiliation in graph.objects(actor, SG.affiliation):
            if isinstance(affiliation, URIRef) and affiliation != actor:
                edges[(actor, affiliation)]["kinds"].add("affiliation")
    for node in graph.subjects(RDF.type, SG.AlignmentEdge) if derived else ():
        first = graph.value(node, SG.alignmentSource)
        second = graph.value(node, SG.alignmentTarget)
        if not isinstance(first, URIRef) or not isinstance(second, URIRef) or first == second:
            continue
        weight = _number(graph.value(node, SG.weight))
        aligned = edges[(first, second) if str(first) < str(second) else (second, first)]
        aligned["kinds"].add("agree" if weight > 0 else "disagree")
        aligned["alignment"] += weight

    network = nx.DiGraph()
    for actor in actors:
        counts = per_actor.get(actor, Counter())
        role = graph.value(actor, SG.role)
        tie = graph.value(actor, SG.affiliation)
        network.add_node(
            str(actor),
            **_present(
                label=_label(graph, actor),
                kind="actor",
                type=_kind(graph, actor),
                role=_plain(role) if role is not None else "",
                affiliation=_label(graph, tie) if isinstance(tie, URIRef) else "",
                cluster=clusters.get(actor, ""),
                statements=sum(counts.values()),
                support=counts["support"],
                oppose=counts["oppose"],
                neutral=counts["neutral"],
                iri=_plain(actor),
            ),
        )
    for topic in sorted(topic_nodes):
        counts = per_topic[topic]
        network.add_node(
            str(topic),
            **_present(
                label=_label(graph, topic),
                kind="topic",
                type="Topic",
                statements=sum(counts.values()),
                support=counts["support"],
                oppose=counts["oppose"],
                neutral=counts["neutral"],
                actors=len(speakers[topic]),
                iri=_plain(topic),
            ),
        )
    for (source, target), edge in sorted(edges.items()):
        if str(source) not in network or str(target) not in network:
            continue  # an edge to something that is not an actor or exported topic
        stances: Counter[str] = edge["stances"]
        count = sum(stances.values())
        kinds = sorted(edge["kinds"])
        structural = 1.0 if "affiliation" in kinds else 0.0
        network.add_edge(
            str(source),
            str(target),
            **_present(
                kind="+".join(kinds),
                weight=float(count) + abs(edge["alignment"]) + structural,
                support=stances["support"],
                oppose=stances["oppose"],
                neutral=stances["neutral"],
                sign=stances["support"] - stances["oppose"],
                alignment=float(edge["alignment"]),
                affiliated="affiliation" in kinds,
                evidence=edge["evidence"],
            ),
        )
    return network


def _present(**attributes: Any) -> dict[str, Any]:
    """The attributes that have a value: an empty string in Gephi is a value, not a gap."""
    return {key: value for key, value in attributes.items() if value != ""}
