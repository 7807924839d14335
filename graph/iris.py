"""The one place where IRIs are minted.

IRIs are deterministic functions of normalised keys, so the same input always gives an
isomorphic graph, and ingesting an article twice adds nothing. No blank nodes are used for
actors, statements, topics or articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import URIRef

from .namespaces import SG_DATA

if TYPE_CHECKING:
    from .records import Statement

__all__ = [
    "content_hash",
    "is_valid_iri",
    "mint_actor_iri",
    "mint_alignment_iri",
    "mint_article_iri",
    "mint_cluster_iri",
    "mint_position_iri",
    "mint_split_iri",
    "mint_statement_iri",
    "mint_topic_iri",
    "slug",
    "statement_iri",
]

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 80
_LOSSY = re.compile(r"[^a-z0-9 .'’\-]")
# RFC 3987 in brief: a scheme, then unreserved, sub-delim and non-ASCII "ucschar" characters
# or %-escapes, at most one fragment. (Stricter than the RFC: no IPv6 brackets, no private
# use characters.)
_ICHAR = (
    r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?"
    r"\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    r"\U00010000-\U0001fffd\U00020000-\U0002fffd\U00030000-\U0003fffd"
    r"\U00040000-\U0004fffd\U00050000-\U0005fffd\U00060000-\U0006fffd"
    r"\U00070000-\U0007fffd\U00080000-\U0008fffd\U00090000-\U0009fffd"
    r"\U000a0000-\U000afffd\U000b0000-\U000bfffd\U000c0000-\U000cfffd"
    r"\U000d0000-\U000dfffd\U000e1000-\U000efffd]|%[0-9A-Fa-f]{2})"
)
_IRI = re.compile(rf"^[A-Za-z][A-Za-z0-9+.\-]*:{_ICHAR}*(?:#{_ICHAR}*)?$")


def content_hash(text: str) -> str:
    """Hex SHA-256 of an article's text, shortened: its identity across runs and stores."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def is_valid_iri(value: str) -> bool:
    """Whether ``value`` can be written as an absolute IRI (e.g. an article's URL)."""
    return bool(_IRI.match(value))


def slug(key: str) -> str:
    """Normalise any string into an IRI-safe path segment.

    Accents are folded and anything outside ``[a-z0-9]`` becomes ``-``. Long or empty keys
    get a hash suffix so distinct keys never collide on a truncated prefix.
    """
    unaccented = "".join(
        c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c)
    ).lower()
    base = _NON_SLUG.sub("-", unaccented).strip("-")
    # Accents fold away; spaces, hyphens, dots and apostrophes are one separator ("J.-P." is "J P"
    # ); anything else lost (punctuation, non-Latin script) gets a hash so keys stay
    # distinct.
    lossy = _LOSSY.search(unaccented)
    if not base or len(base) > _MAX_SLUG or lossy:
        digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        base = f"{base[:_MAX_SLUG].strip('-')}-{digest}" if base else digest
    return base


def mint_actor_iri(key: str) -> URIRef:
    """IRI of a canonical actor, from its resolved key."""
    return URIRef(f"{SG_DATA}actor/{slug(key)}")


def mint_topic_iri(key: str) -> URIRef:
    """IRI of a topic, from its normalised key."""
    return URIRef(f"{SG_DATA}topic/{slug(key)}")


def mint_article_iri(article_id: str) -> URIRef:
    """IRI of an article, from its content hash."""
    return URIRef(f"{SG_DATA}article/{slug(article_id)}")


def mint_statement_iri(
    article_id: str,
    char_start: int,
    char_end: int,
    speaker: str,
    cue: str,
    topic: str,
    quote: str = "",
) -> URIRef:
    """IRI of a statement: one speaker's claim (cue, topic and what it says) in one
    sentence of one article; two claims of one cue on one topic stay two statements."""
    parts = [article_id, str(char_start), str(char_end), speaker, cue, topic]
    raw = "\x1f".join([*parts, quote] if quote else parts)
    digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return URIRef(f"{SG_DATA}statement/{slug(article_id)}-{digest}")


def mint_cluster_iri(members: tuple[str, ...] | list[str]) -> URIRef:
    """IRI of a cluster, from its sorted member keys, so it is stable across runs."""
    return _digest_iri("cluster", sorted(members), length=12)


def _digest_iri(kind: str, parts: Iterable[str], length: int = 16) -> URIRef:
    """``sgd:kind/<sha1 of the parts>``: an IRI for a node named by the things it joins."""
    raw = "\x1f".join(parts)
    digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:length]
    return URIRef(f"{SG_DATA}{kind}/{digest}")


def mint_position_iri(actor: str, topic: str) -> URIRef:
    """IRI of an actor's position on a topic (both given as IRIs), stable across runs."""
    return _digest_iri("position", (actor, topic))


def mint_split_iri(cluster: str, topic: str) -> URIRef:
    """IRI of a cluster's split over a topic (both given as IRIs)."""
    return _digest_iri("split", (cluster, topic))


def mint_alignment_iri(a: str, b: str) -> URIRef:
    """IRI of the reified alignment edge between two actors (order does not matter)."""
    return _digest_iri("alignment", sorted((a, b)))


def statement_iri(statement: Statement) -> URIRef:
    """The IRI a statement record is stored under."""
    return mint_statement_iri(
        statement.article_id,
        statement.char_start,
        statement.char_end,
        statement.speaker_form or statement.speaker,
        statement.cue,
        statement.topic.key,
        statement.quote,
    )
