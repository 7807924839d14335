"""The persistent corpus store: a stancegraph kept in an on-disk Oxigraph database.

An in-memory rdflib graph holds ~3 GB per million triples and answers corpus-sized SPARQL
in seconds to minutes; Oxigraph (RocksDB) holds the same graph on disk and answers in
milliseconds. This package is the only one that talks to pyoxigraph for writing. It never
invents triples: :mod:`graph.build` makes them into small rdflib graphs, and the store
commits them, one article per transaction, so a killed process leaves whole articles only.

The directory is an ordinary Oxigraph store (``oxigraph serve --location DIR`` opens it)
plus a small marker file saying stancegraph made it and in which store format. The
default graph holds the asserted graph; the named graph
:data:`~graph.namespaces.DERIVED_GRAPH` what alignment computed; private named graphs
(``urn:stancegraph:store:...``) the store's own bookkeeping, which is never exported,
served or validated.
"""

from __future__ import annotations

from .bookkeeping import (
    FORMS_GRAPH,
    KEYS_GRAPH,
    commit_article,
    form_quads,
    graph_triples,
    key_quads,
    relabel_topics,
    repoint_actors,
    statement_forms,
    stored_actors,
    stored_article_ids,
    stored_forms,
    stored_topic_labels,
)
from .derived import drop_legacy, replace_derived
from .files import (
    FORMAT_VERSION,
    MARKER,
    OLDEST_MIGRATABLE,
    check_format,
    close_store,
    is_store,
    open_for_reading,
    open_read_only,
    open_store,
    store_format,
    write_format,
)
from .listing import forget_listing, write_listing
from .pending import (
    actor_descriptions,
    clear_pending,
    is_pending,
    move_speakers,
    pending_quad,
    publisher_iris,
    replace_triples,
    speaker_links,
    topic_label_sets,
)
from .terms import (
    canonical_graph,
    copy_to_memory,
    graph_quads,
    memory_store,
    store_graph,
    store_of,
    triple_count,
)

#: The name earlier versions gave :func:`replace_derived`.
replace_alignment = replace_derived

__all__ = [
    "FORMAT_VERSION",
    "FORMS_GRAPH",
    "KEYS_GRAPH",
    "MARKER",
    "OLDEST_MIGRATABLE",
    "actor_descriptions",
    "canonical_graph",
    "check_format",
    "clear_pending",
    "close_store",
    "commit_article",
    "copy_to_memory",
    "drop_legacy",
    "forget_listing",
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
    "replace_derived",
    "replace_triples",
    "repoint_actors",
    "speaker_links",
    "statement_forms",
    "store_format",
    "store_graph",
    "store_of",
    "stored_actors",
    "stored_article_ids",
    "stored_forms",
    "stored_topic_labels",
    "topic_label_sets",
    "triple_count",
    "write_format",
    "write_listing",
]
