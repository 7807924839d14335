"""What a store keeps to add articles as one build would: the stored articles, actors and
topics, each article's actor names, and the rewrites a new resolution asks for.

The bookkeeping lives in private named graphs (:data:`KEYS_GRAPH`, :data:`FORMS_GRAPH`)
that queries, exports and validation never read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from ..iris import mint_actor_iri, statement_iri
from ..records import ACTOR_TYPES, Actor, Statement
from ..resolve import Form, merge_forms
from .terms import graph_quads

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "FORMS_GRAPH",
    "KEYS_GRAPH",
    "PREFIXES",
    "commit_article",
    "data_block",
    "form_quads",
    "graph_triples",
    "key_quads",
    "relabel_topics",
    "repoint_actors",
    "statement_forms",
    "stored_actors",
    "stored_article_ids",
    "stored_forms",
    "stored_topic_labels",
]

_SG = "https://w3id.org/stancegraph#"
#: Bookkeeping outside the user's graph: actor IRI -> the key it was minted from. IRIs are
#: lossy slugs of keys, and resolving new mentions against stored actors needs the keys.
KEYS_GRAPH = "urn:stancegraph:store:actor-keys"
_KEY = "urn:stancegraph:store:key"
#: Bookkeeping: each article's actors as its own text named them (JSON, on the article's
#: IRI) and each statement's speaker key within its article. Resolution of the next
#: articles sums these with the new ones, so a store resolves its actors as one build of
#: all its articles would, and can re-point statements when a name turns out to be
#: someone already stored.
FORMS_GRAPH = "urn:stancegraph:store:forms"
_FORMS = "urn:stancegraph:store:article-forms"
_SPEAKER_FORM = "urn:stancegraph:store:speaker-form"
PREFIXES = f"""
PREFIX sg: <{_SG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def _select(store: ox.Store, query: str) -> Iterator[Any]:
    yield from store.query(PREFIXES + query)  # type: ignore[misc]


def stored_article_ids(store: ox.Store) -> set[str]:
    """Content hashes of the articles already in the store (each committed whole)."""
    rows = _select(store, "SELECT ?id WHERE { ?a a sg:Article ; dcterms:identifier ?id }")
    return {row[0].value for row in rows}


def key_quads(actors: Iterable[Actor], *, every: bool = False) -> list[ox.Quad]:
    """Quads recording, in the store's bookkeeping graph, the keys names cannot give back.

    Most keys are a normalised name of the actor and are recovered by minting (see
    :func:`_key_for`); only the others are written, so the bookkeeping stays small, unless
    ``every`` is set (for actors whose stored names may mix with another article's).
    """
    import pyoxigraph as ox

    graph, key = ox.NamedNode(KEYS_GRAPH), ox.NamedNode(_KEY)
    out = []
    for actor in actors:
        iri = str(mint_actor_iri(actor.key))
        if every or _key_for(iri, [actor.label, *sorted(actor.aliases)]) != actor.key:
            out.append(ox.Quad(ox.NamedNode(iri), key, ox.Literal(actor.key), graph))
    return out


def _key_for(iri: str, names: Iterable[str]) -> str | None:
    """The actor key (among candidates from its names) whose minted IRI is ``iri``.

    For stores written without the key graph (a plain Oxigraph store loaded from an
    export): the resolver usually keys an actor by the normalised form of a name.
    """
    from ..names import actor_key

    candidates: list[str] = []
    for name in names:
        candidates += [actor_key(name), name, name.casefold()]
    for key in dict.fromkeys(candidates):
        if str(mint_actor_iri(key)) == iri:
            return key
    return None


def stored_actors(store: ox.Store) -> tuple[tuple[Actor, ...], tuple[str, ...]]:
    """The actors already stored, as records new mentions can be resolved against.

    Returns the actors (sorted by key) and the IRIs of any whose key could not be
    recovered from their names; those stay in the store but new mentions cannot merge
    into them.
    """
    import pyoxigraph as ox

    kinds = {f"{_SG}{kind}": kind for kind in ACTOR_TYPES}
    info: dict[str, dict[str, Any]] = {}
    rows = _select(
        store,
        """SELECT ?a ?p ?o WHERE {
             ?a a sg:Actor ; ?p ?o .
             VALUES ?p { rdf:type rdfs:label skos:altLabel sg:role sg:affiliation }
           }""",
    )
    for actor, prop, value in rows:
        entry = info.setdefault(actor.value, {"aliases": [], "types": []})
        name = prop.value.rsplit("#", 1)[-1]
        if name == "type":
            if value.value in kinds:
                entry["types"].append(kinds[value.value])
        elif name == "label":
            entry["label"] = value.value
        elif name == "altLabel":
            entry["aliases"].append(value.value)
        elif name == "role":
            entry.setdefault("role", value.value)
        elif name == "affiliation":
            entry.setdefault("affiliation", value.value)
    recorded = {
        q.subject.value: q.object.value  # type: ignore[union-attr]
        for q in store.quads_for_pattern(None, ox.NamedNode(_KEY), None, ox.NamedNode(KEYS_GRAPH))
    }
    keys: dict[str, str] = {}
    lost: list[str] = []
    for iri, entry in info.items():
        label = entry.get("label")
        key = recorded.get(iri) or _key_for(
            iri, [label, *sorted(entry["aliases"])] if label else entry["aliases"]
        )
        if key is None or not label:
            lost.append(iri)
        else:
            keys[iri] = key
    actors = []
    for iri, key in keys.items():
        entry = info[iri]
        types = sorted(entry["types"], key=lambda t: (t == "Outlet", t))
        actors.append(
            Actor(
                key=key,
                label=entry["label"],
                type=types[0] if types else "Group",
                aliases=tuple(sorted(entry["aliases"])),
                role=entry.get("role"),
                affiliation=keys.get(entry.get("affiliation", "")),
            )
        )
    return tuple(sorted(actors, key=lambda a: a.key)), tuple(sorted(lost))


def stored_topic_labels(store: ox.Store) -> dict[str, str]:
    """Topic IRI -> its stored label, so a later article cannot give a topic a second one."""
    rows = _select(store, "SELECT ?t ?l WHERE { ?t a sg:Topic ; rdfs:label ?l }")
    return {t.value: label.value for t, label in rows}


def commit_article(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Add one article's triples in one transaction: all of them or none survive a kill."""
    store.extend(quads)


def form_quads(
    article_iri: str, forms: Iterable[Form], statements: Iterable[tuple[str, str]]
) -> list[ox.Quad]:
    """Quads keeping one article's forms and its statements' speaker keys (statement IRI,
    key), committed with the article so both survive or neither does."""
    import pyoxigraph as ox

    graph = ox.NamedNode(FORMS_GRAPH)
    rows = [[f.key, f.names, f.types, f.roles, f.affiliations] for f in forms]
    out = [
        ox.Quad(
            ox.NamedNode(article_iri),
            ox.NamedNode(_FORMS),
            ox.Literal(json.dumps(rows, ensure_ascii=False, sort_keys=True)),
            graph,
        )
    ]
    speaker = ox.NamedNode(_SPEAKER_FORM)
    out += [ox.Quad(ox.NamedNode(iri), speaker, ox.Literal(key), graph) for iri, key in statements]
    return out


def stored_forms(store: ox.Store) -> tuple[Form, ...]:
    """Every stored article's forms, summed per key (sorted by key)."""
    import pyoxigraph as ox

    found: dict[str, list[Form]] = {}
    for quad in store.quads_for_pattern(
        None, ox.NamedNode(_FORMS), None, ox.NamedNode(FORMS_GRAPH)
    ):
        for key, names, types, roles, affiliations in json.loads(str(quad.object.value)):  # type: ignore[union-attr]
            form = Form(
                key=key,
                articles=1,
                names=tuple((n, c) for n, c in names),
                types=tuple((t, c) for t, c in types),
                roles=tuple((r, c) for r, c in roles),
                affiliations=tuple((a, c) for a, c in affiliations),
            )
            found.setdefault(key, []).append(form)
    return tuple(merge_forms(*found[k]) for k in sorted(found))


def repoint_actors(
    store: ox.Store,
    moved: dict[str, tuple[str, str]],
    gone: dict[str, str],
    rewritten: Graph,
) -> None:
    """Apply a resolution that changed stored actors, in one transaction.

    ``moved``: speaker key within an article -> (old actor key, new actor key), for its
    statements; ``gone``: actor keys no longer actors -> the actor they became (every
    remaining reference follows); ``rewritten``: the triples of stored actors whose
    record changed (made by :mod:`graph.build`), replacing their old description in the
    asserted graph.
    """

    def iri(key: str) -> str:
        return f"<{mint_actor_iri(key)}>"

    parts = []
    for form, (old, new) in sorted(moved.items()):
        parts.append(
            f"""DELETE {{ ?s sg:speaker {iri(old)} }} INSERT {{ ?s sg:speaker {iri(new)} }}
WHERE {{ GRAPH <{FORMS_GRAPH}> {{ ?s <{_SPEAKER_FORM}> {json.dumps(form)} }}
        ?s sg:speaker {iri(old)} }}"""
        )
    for old, new in sorted(gone.items()):
        parts.append(
            f"DELETE {{ ?s ?p {iri(old)} }} INSERT {{ ?s ?p {iri(new)} }} "
            f"WHERE {{ ?s ?p {iri(old)} }}"
        )
        parts.append(f"DELETE WHERE {{ {iri(old)} ?p ?o }}")
    for subject in sorted({str(s) for s in rewritten.subjects()}):
        parts.append(f"DELETE WHERE {{ <{subject}> ?p ?o }}")
    if len(rewritten):
        parts.append(f"INSERT DATA {{\n{data_block(graph_triples(rewritten))}\n}}")
    if parts:
        store.update(PREFIXES + " ;\n".join(parts))


def data_block(triples: Iterable[ox.Triple]) -> str:
    """Triples as N-Triples, for an INSERT DATA or DELETE DATA block."""
    import pyoxigraph as ox

    return (ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def graph_triples(graph: Graph) -> list[ox.Triple]:
    """Every triple of an rdflib graph as an Oxigraph triple."""
    import pyoxigraph as ox

    return [ox.Triple(q.subject, q.predicate, q.object) for q in graph_quads(graph)]


def statement_forms(statements: Iterable[Statement]) -> list[tuple[str, str]]:
    """(statement IRI, speaker key within its article) of each statement."""
    return [(str(statement_iri(s)), s.speaker_form or s.speaker) for s in statements]


def relabel_topics(store: ox.Store, labels: dict[str, str]) -> None:
    """Give stored topics new labels (topic IRI -> label), in one transaction."""
    if not labels:
        return
    parts = []
    for iri, label in sorted(labels.items()):
        for prop in ("rdfs:label", "skos:prefLabel"):
            parts.append(
                f"DELETE {{ <{iri}> {prop} ?l }} INSERT {{ <{iri}> {prop} {json.dumps(label)} }} "
                f"WHERE {{ OPTIONAL {{ <{iri}> {prop} ?l }} }}"
            )
    store.update(PREFIXES + " ;\n".join(parts))
