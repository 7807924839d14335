"""The persistent corpus store: a stancegraph kept in an on-disk Oxigraph database.

An in-memory rdflib graph holds ~3 GB per million triples and answers corpus-sized SPARQL
in seconds to minutes; Oxigraph (RocksDB) holds the same graph on disk and answers in
milliseconds. This module is the only one that talks to pyoxigraph. It never invents
triples: :mod:`graph.build` makes them into small rdflib graphs, and this module commits
them, one article per transaction, so a killed process leaves whole articles only.

The directory is an ordinary Oxigraph store (``oxigraph serve --location DIR`` opens it)
plus a small marker file saying stancegraph made it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from .errors import GraphFileError
from .namespaces import bind_prefixes
from .records import ACTOR_TYPES, Actor, Statement
from .resolve import Form, merge_forms

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "MARKER",
    "actor_descriptions",
    "canonical_graph",
    "check_format",
    "clear_pending",
    "close_store",
    "commit_article",
    "form_quads",
    "graph_quads",
    "graph_triples",
    "is_pending",
    "is_store",
    "key_quads",
    "memory_store",
    "move_speakers",
    "open_for_reading",
    "open_read_only",
    "open_store",
    "pending_quad",
    "publisher_iris",
    "relabel_topics",
    "replace_alignment",
    "replace_triples",
    "repoint_actors",
    "speaker_links",
    "statement_forms",
    "store_graph",
    "stored_actors",
    "stored_article_ids",
    "stored_forms",
    "stored_topic_labels",
    "topic_label_sets",
    "triple_count",
]

#: Written into every store directory stancegraph creates; tells a store from any folder.
MARKER = "stancegraph-store.json"
#: Incremented when what a build writes changes in a way an add cannot patch into stored
#: articles: format 2 gives articles ``sg:articleKey``, which only a build writes; format 3
#: keeps each article's actor names (:data:`FORMS_GRAPH`) and mints statement IRIs from
#: the speaker's name in its article.
_FORMAT_VERSION = 3

_SG = "https://w3id.org/stancegraph#"
#: Bookkeeping outside the user's graph: actor IRI -> the key it was minted from. IRIs are
#: lossy slugs of keys, and resolving new mentions against stored actors needs the keys.
#: A named graph keeps these out of the default graph that queries and exports read.
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
_PREFIXES = f"""
PREFIX sg: <{_SG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a directory holding a stancegraph (or plain Oxigraph) store."""
    path = Path(path)
    return path.is_dir() and ((path / MARKER).is_file() or (path / "CURRENT").is_file())


# RocksDB allows one writer per directory, even within one process: a process reuses its
# handle (a notebook that builds a store and then queries it holds one lock, not two).
_OPEN: dict[Path, ox.Store] = {}


def _locked(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text or "resource temporarily unavailable" in text


def open_store(path: str | Path, *, create: bool = False) -> ox.Store:
    """Open the store at ``path`` for reading and writing.

    Args:
        create: make a new store when ``path`` does not exist or is an empty directory.

    Raises:
        GraphFileError: not a store, no such store, or the store is in use.
    """
    import pyoxigraph as ox

    path = Path(path)
    if path.exists() and not path.is_dir():
        raise GraphFileError(f"{path}: is a file, not a store directory")
    empty = not path.exists() or not any(path.iterdir())
    if empty and not create:
        raise GraphFileError(f"{path}: no store here (create one with stancegraph build --store)")
    if not empty and not is_store(path):
        raise GraphFileError(
            f"{path}: exists and is not a stancegraph store; choose an empty or new directory"
        )
    cached = _OPEN.get(path.resolve())
    if cached is not None:
        return cached
    try:
        store = ox.Store(str(path))
    except OSError as exc:
        if _locked(exc):
            raise GraphFileError(
                f"{path}: the store is in use by another process (an add or serve); "
                "wait for it to finish"
            ) from None
        raise GraphFileError(f"{path}: cannot open the store: {_line(exc)}") from None
    marker = path / MARKER
    if not marker.exists():
        marker.write_text(json.dumps({"stancegraph_store": _FORMAT_VERSION}) + "\n")
    _OPEN[path.resolve()] = store
    return store


def open_for_reading(path: str | Path) -> ox.Store:
    """The store at ``path`` for a reader: this process's own writable handle if it holds
    one, else a read-only view that takes no lock and writes nothing.

    Raises:
        GraphFileError: not a store, or it cannot be read.
    """
    path = Path(path)
    cached = _OPEN.get(path.resolve())
    if cached is not None:
        return cached
    if not is_store(path):
        raise GraphFileError(f"{path}: no store here (create one with stancegraph build --store)")
    return open_read_only(path)


def check_format(path: str | Path) -> None:
    """Refuse to add to a store an older stancegraph made, rather than mix in articles
    the listings would order and the older ones they would leave out without a word.

    Raises:
        GraphFileError: the store's marker names an older format.
    """
    marker = Path(path) / MARKER
    try:
        found = json.loads(marker.read_text()).get("stancegraph_store", _FORMAT_VERSION)
    except (OSError, ValueError, AttributeError):
        return  # no readable marker: a plain Oxigraph store, or one being created
    if isinstance(found, int) and found < _FORMAT_VERSION:
        raise GraphFileError(
            f"{path}: this store was made by an older stancegraph (store format {found}; "
            f"this version writes {_FORMAT_VERSION}) and cannot be added to; build a new "
            "store from the same articles (stancegraph build ... --store NEW_DIR). It can "
            "still be read, exported and queried with your own SPARQL"
        )


def open_read_only(path: str | Path, attempts: int = 5) -> ox.Store:
    """A read-only view of a store, also while another process holds it open for writing.

    Raises :class:`GraphFileError` (one line) when it cannot be opened. RocksDB may delete files the view's manifest still lists while the writer compacts;
    opening again reads the new manifest, so a few attempts are made before giving up.
    """
    import time

    import pyoxigraph as ox

    path = Path(path)
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt == attempts - 1:
                raise GraphFileError(
                    f"{path}: the store is being written by another process and cannot be "
                    f"read now ({_line(exc)[:120]}); try again when it finishes"
                ) from None
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def close_store(path: str | Path) -> None:
    """Forget this process's handle on the store at ``path``.

    The write lock is released once the last graph using the handle is gone too.
    """
    _OPEN.pop(Path(path).resolve(), None)


def _line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


# --- rdflib <-> Oxigraph terms ------------------------------------------------------------


def _plain(term: Any) -> Any:
    """rdflib's form of an RDF 1.1 simple literal: no datatype rather than xsd:string.

    oxrdflib returns ``"x"^^xsd:string``, which rdflib neither compares equal to
    ``Literal("x")`` nor treats as isomorphic; code written against in-memory graphs
    would silently miss matches.
    """
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _ox_term(term: Any, cache: dict[Any, Any]) -> Any:
    import pyoxigraph as ox

    hit = cache.get(term)
    if hit is not None:
        return hit
    out: Any
    if isinstance(term, URIRef):
        out = ox.NamedNode(str(term))
    elif isinstance(term, Literal):
        if term.language:
            out = ox.Literal(str(term), language=term.language)
        elif term.datatype is not None:
            out = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        else:
            out = ox.Literal(str(term))
    elif isinstance(term, BNode):
        out = ox.BlankNode(str(term))
    else:
        raise TypeError(f"cannot store RDF term {term!r}")
    if isinstance(term, URIRef):  # IRIs repeat (predicates, classes, actors); text rarely
        cache[term] = out
    return out


_TERMS: dict[Any, Any] = {}


def graph_quads(graph: Graph) -> list[ox.Quad]:
    """Every triple of an rdflib graph as an Oxigraph quad in the default graph."""
    import pyoxigraph as ox

    if len(_TERMS) > 200_000:
        _TERMS.clear()
    default = ox.DefaultGraph()
    return [
        ox.Quad(_ox_term(s, _TERMS), _ox_term(p, _TERMS), _ox_term(o, _TERMS), default)
        for s, p, o in graph
    ]


def _store_class() -> type:
    from oxrdflib import OxigraphStore

    class PlainLiteralOxigraphStore(OxigraphStore):  # type: ignore[misc]
        """oxrdflib, returning simple literals the way rdflib's own stores do."""

        def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def]
            for (s, p, o), contexts in super().triples(triple_pattern, context):
                yield (s, p, _plain(o)), contexts

        def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # type: ignore[no-untyped-def]
            result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
            if result.type == "SELECT":
                # The generator itself, not ``result.bindings``: that property converts
                # every row up front, and a caller capping rows would pay for all of them.
                lazy = getattr(result, "_genbindings", None)
                raw = lazy if lazy is not None else result.bindings
                result.bindings = (
                    {var: _plain(value) for var, value in row.items()} for row in raw
                )
            elif result.type == "CONSTRUCT" and result.graph is not None:
                plain = Graph()
                plain += ((s, p, _plain(o)) for s, p, o in result.graph)
                result.graph = plain
            return result

    return PlainLiteralOxigraphStore


def store_graph(store: ox.Store) -> Graph:
    """An rdflib :class:`~rdflib.Graph` over the store's default graph (via oxrdflib).

    SPARQL given to ``graph.query`` runs natively in Oxigraph; triple patterns and
    iteration work as on any rdflib graph.
    """
    graph = Graph(store=_store_class()(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    bind_prefixes(graph)
    return graph


def canonical_graph(graph: Graph) -> Graph:
    """An in-memory copy of ``graph`` with literals in Oxigraph's canonical lexical form.

    Oxigraph stores values, so ``"1.0"^^xsd:decimal`` comes back as ``"1"``; passing both
    sides through it makes an in-memory graph and a stored one comparable with
    :func:`rdflib.compare.isomorphic`.
    """
    import pyoxigraph as ox

    scratch = ox.Store()
    scratch.extend(graph_quads(graph))
    return copy_to_memory(scratch)


def copy_to_memory(store: ox.Store) -> Graph:
    """The store's default graph as a plain in-memory rdflib graph (small stores only)."""
    out = Graph()
    bind_prefixes(out)
    out += store_graph(store)
    return out


def memory_store(store: ox.Store) -> ox.Store:
    """The default graph of an on-disk store, copied into an in-memory Oxigraph store.

    On disk every triple lookup is a RocksDB read (~10 microseconds); in memory it is
    faster, but scanning a whole predicate is slower (``python -m benchmarks --only
    queries`` times both: most named queries gain, ``statements`` loses). The copy costs
    RAM (about 600 MB per million triples) and time to load (8 to 10 s per million
    triples here), which a long-running server or notebook pays once. Only the default graph is copied: the store's bookkeeping graphs stay behind.
    """
    import pyoxigraph as ox

    copy = ox.Store()
    copy.extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return copy


def triple_count(store: ox.Store) -> int:
    """Triples in the store's default graph."""
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(next(iter(rows))[0].value)  # type: ignore[arg-type, index]


# --- what is already stored ---------------------------------------------------------------


def _select(store: ox.Store, query: str) -> Iterator[Any]:
    yield from store.query(_PREFIXES + query)  # type: ignore[misc]


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

    from .iris import mint_actor_iri

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
    from .iris import mint_actor_iri
    from .resolve import actor_key

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


# --- writing ------------------------------------------------------------------------------


def commit_article(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Add one article's triples in one transaction: all of them or none survive a kill."""
    store.extend(quads)


def _derived_query() -> str:
    """Every derived triple (:data:`graph.build.DERIVED_CLASSES` and
    :data:`~graph.build.DERIVED_PROPERTIES`), as one CONSTRUCT."""
    from .build import DERIVED_CLASSES, DERIVED_PROPERTIES

    kinds = " ".join(f"<{k}>" for k in DERIVED_CLASSES)
    props = " ".join(f"<{p}>" for p in DERIVED_PROPERTIES)
    return f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ VALUES ?kind {{ {kinds} }} ?s a ?kind ; ?p ?o . }}
  UNION {{ VALUES ?p {{ {props} }} ?s ?p ?o . }}
}}
"""


_DERIVED = _derived_query()


def _data_block(triples: Iterable[ox.Triple]) -> str:
    import pyoxigraph as ox

    return (ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def replace_alignment(store: ox.Store, alignment: Graph) -> None:
    """Swap the stored clusters, alignment edges and tallies for ``alignment``'s, atomically.

    Only the difference is written: an add of a few articles changes a few tallies and
    clusters, and rewriting all of them (hundreds of thousands of triples in a large
    store) took most of the add. One SPARQL update is one Oxigraph transaction, so
    readers never see a store with the old clusters gone and the new ones missing.
    """
    import pyoxigraph as ox

    new = {ox.Triple(q.subject, q.predicate, q.object) for q in graph_quads(alignment)}
    old = set(store.query(_PREFIXES + _DERIVED))  # type: ignore[arg-type]
    removed, added = old - new, new - old
    parts = []
    if removed:
        parts.append(f"DELETE DATA {{\n{_data_block(removed)}\n}}")
    if added:
        parts.append(f"INSERT DATA {{\n{_data_block(added)}\n}}")
    if parts:
        store.update(" ;\n".join(parts))


# --- resolution bookkeeping -------------------------------------------------------------


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
    indexed: Iterable[str],
) -> None:
    """Apply a resolution that changed stored actors, in one transaction.

    ``moved``: speaker key within an article -> (old actor key, new actor key), for its
    statements; ``gone``: actor keys no longer actors -> the actor they became (every
    remaining reference follows); ``rewritten``: the triples of stored actors whose
    record changed (made by :mod:`graph.build`), replacing their old description;
    ``indexed``: actor keys whose statement index is rebuilt from their statements.
    """
    from .build import ACTOR_PROPERTIES
    from .iris import mint_actor_iri, mint_statement_index_iri

    def iri(key: str) -> str:
        return f"<{mint_actor_iri(key)}>"

    props = " ".join(f"<{p}>" for p in ACTOR_PROPERTIES)
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
    subjects = sorted({str(s) for s in rewritten.subjects()})
    for subject in subjects:
        parts.append(
            f"DELETE {{ <{subject}> ?p ?o }} WHERE {{ VALUES ?p {{ {props} }} <{subject}> ?p ?o }}"
        )
    if len(rewritten):
        parts.append(f"INSERT DATA {{\n{_data_block(_triples(rewritten))}\n}}")
    for key in sorted(set(indexed) | set(gone)):
        index = f"<{mint_statement_index_iri(str(mint_actor_iri(key)))}>"
        parts.append(f"DELETE WHERE {{ {index} sg:statementKey ?k }}")
        parts.append(f"DELETE WHERE {{ {iri(key)} sg:statementIndex ?i }}")
        if key not in gone:
            parts.append(
                f"""INSERT {{ {iri(key)} sg:statementIndex {index} .
         {index} sg:statementKey ?k }}
WHERE {{ ?s sg:speaker {iri(key)} ; sg:sortKey ?k }}"""
            )
    if parts:
        store.update(_PREFIXES + " ;\n".join(parts))


def _triples(graph: Graph) -> list[ox.Triple]:
    import pyoxigraph as ox

    return [ox.Triple(q.subject, q.predicate, q.object) for q in graph_quads(graph)]


def statement_forms(statements: Iterable[Statement]) -> list[tuple[str, str]]:
    """(statement IRI, speaker key within its article) of each statement."""
    from .build import statement_iri

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
    store.update(_PREFIXES + " ;\n".join(parts))


# --- an add in progress -------------------------------------------------------------------
# An add commits each article as it is extracted, with its actors resolved within the
# article only; resolving them across the corpus and clustering happen once at the end.
# A bookkeeping flag, written with every such article and removed when the end is written,
# tells the next add that a killed one left that work undone.

_PENDING_SUBJECT = "urn:stancegraph:store:add"
_PENDING = "urn:stancegraph:store:pending"


def pending_quad() -> ox.Quad:
    """The flag committed with each article of an add, until the add is settled."""
    import pyoxigraph as ox

    return ox.Quad(
        ox.NamedNode(_PENDING_SUBJECT),
        ox.NamedNode(_PENDING),
        ox.Literal("true"),
        ox.NamedNode(FORMS_GRAPH),
    )


def is_pending(store: ox.Store) -> bool:
    """True when articles were committed whose add did not reach its end."""
    quad = pending_quad()
    return any(store.quads_for_pattern(quad.subject, quad.predicate, None, quad.graph_name))


def clear_pending(store: ox.Store) -> None:
    """Mark the store settled: cross-corpus resolution and clusters are up to date."""
    quad = pending_quad()
    store.remove(quad)


def speaker_links(store: ox.Store) -> set[tuple[str, str]]:
    """(speaker key within its article, speaker actor IRI) over every stored statement."""
    rows = _select(
        store,
        f"""SELECT DISTINCT ?form ?speaker WHERE {{
              GRAPH <{FORMS_GRAPH}> {{ ?s <{_SPEAKER_FORM}> ?form }}
              ?s sg:speaker ?speaker }}""",
    )
    return {(form.value, speaker.value) for form, speaker in rows}


def move_speakers(store: ox.Store, moves: Iterable[tuple[str, str, str]]) -> None:
    """Re-point statements (speaker key within the article, old IRI, new IRI), in one
    transaction."""
    parts = [
        f"""DELETE {{ ?s sg:speaker <{old}> }} INSERT {{ ?s sg:speaker <{new}> }}
WHERE {{ GRAPH <{FORMS_GRAPH}> {{ ?s <{_SPEAKER_FORM}> {json.dumps(form)} }}
        ?s sg:speaker <{old}> }}"""
        for form, old, new in sorted(moves)
    ]
    if parts:
        store.update(_PREFIXES + " ;\n".join(parts))


def actor_descriptions(store: ox.Store) -> dict[str, set[ox.Triple]]:
    """Actor IRI -> the triples :func:`graph.build.add_actor` writes about it, as stored."""
    from .build import ACTOR_PROPERTIES

    props = " ".join(f"<{p}>" for p in ACTOR_PROPERTIES)
    out: dict[str, set[ox.Triple]] = {}
    query = f"CONSTRUCT {{ ?a ?p ?o }} WHERE {{ ?a a sg:Actor ; ?p ?o . VALUES ?p {{ {props} }} }}"
    for triple in store.query(_PREFIXES + query):  # type: ignore[union-attr]
        out.setdefault(triple.subject.value, set()).add(triple)  # type: ignore[union-attr]
    return out


def publisher_iris(store: ox.Store) -> set[str]:
    """IRIs of the actors that are some stored article's outlet."""
    rows = _select(store, "SELECT DISTINCT ?o WHERE { ?a dcterms:publisher ?o }")
    return {row[0].value for row in rows}


def topic_label_sets(store: ox.Store) -> dict[str, tuple[set[str], set[str]]]:
    """Topic IRI -> (its ``rdfs:label`` values, its ``skos:prefLabel`` values)."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    rows = _select(
        store,
        """SELECT ?t ?p ?l WHERE { ?t a sg:Topic ; ?p ?l . VALUES ?p { rdfs:label skos:prefLabel } }""",
    )
    for topic, prop, label in rows:
        pair = out.setdefault(topic.value, (set(), set()))
        pair[0 if prop.value.endswith("#label") else 1].add(label.value)
    return out


def replace_triples(
    store: ox.Store, removed: Iterable[ox.Triple], added: Iterable[ox.Triple]
) -> None:
    """Delete ``removed`` and insert ``added`` in the default graph, in one transaction."""
    removed, added = list(removed), list(added)
    parts = []
    if removed:
        parts.append(f"DELETE DATA {{\n{_data_block(removed)}\n}}")
    if added:
        parts.append(f"INSERT DATA {{\n{_data_block(added)}\n}}")
    if parts:
        store.update(" ;\n".join(parts))


def graph_triples(graph: Graph) -> list[ox.Triple]:
    """Every triple of an rdflib graph as an Oxigraph triple."""
    return _triples(graph)
