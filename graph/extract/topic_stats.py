"""Per-article statistics of topic reading, computed once per ``Doc`` and cached in
``doc.user_data``: how often each noun and each compound occurs, each key's first
surface form, the article's most frequent issue, the names that own each noun ("China's
entry"), and the roots of its noun chunks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from ..records import Topic
from .topic_phrases import _usable, noun_phrase_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__: list[str] = []


_STATS_KEY = "stancegraph.topic_stats"


def _doc_stats(doc: Doc) -> dict[str, Counter[str]]:
    """Per head lemma, how often each multi-word key occurs in the whole article (cached).

    The same pass records each key's first surface form, for :func:`_labels`.
    """
    stats = doc.user_data.get(_STATS_KEY)
    if stats is None:
        stats = {}
        labels: dict[str, str] = {}
        for token in doc:
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            key, label = noun_phrase_key(token)
            labels.setdefault(key, label)
            if " " in key:
                stats.setdefault(token.lemma_.lower(), Counter())[key] += 1
        doc.user_data[_STATS_KEY] = stats
        doc.user_data[_STATS_KEY + ".labels"] = labels
    return stats


def _head_counts(doc: Doc) -> Counter[str]:
    """How often each noun lemma occurs in the article (cached): how central an issue is."""
    cache_key = _STATS_KEY + ".heads"
    counts = doc.user_data.get(cache_key)
    if counts is None:
        counts = Counter(t.lemma_.lower() for t in doc if t.pos_ == "NOUN")
        doc.user_data[cache_key] = counts
    return counts


def _usual_compounds(doc: Doc, lemma: str) -> dict[str, int]:
    """Compounds that a bare head may stand for: frequent ones, or a large share of the
    head's uses ("the quotas" after "water quotas"), not a one-off
    ("border security" among many other uses of "security")."""
    total = max(1, _head_counts(doc).get(lemma, 1))
    return {k: n for k, n in _doc_stats(doc).get(lemma, {}).items() if n >= 2 or n * 3 >= total}


def _main_issue(doc: Doc) -> Topic | None:
    """The article's most frequent issue noun (uses that frame an "of" complement not
    counted), with its usual compound (cached)."""
    cache_key = _STATS_KEY + ".main"
    if cache_key not in doc.user_data:
        counts = Counter(
            t.lemma_.lower()
            for t in doc
            if t.pos_ == "NOUN" and _usable(t) and t.dep_ != "compound" and not _frames(t)
        )
        topic = None
        if counts:
            lemma = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            compounds = _usual_compounds(doc, lemma)
            key = (
                min(compounds.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
                if compounds
                else lemma
            )
            topic = Topic(key=key, label=_labels(doc).get(key, key))
        doc.user_data[cache_key] = topic
    return doc.user_data[cache_key]


def _frames(token: Token) -> bool:
    """Whether a noun is used to measure or frame the noun after its "of" ("dangerous
    levels of lead", "the majority of seats"): that use says how much of what, not what."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"} for obj in child.children)
        for child in token.rights
    )


def _owners(doc: Doc) -> dict[str, Counter[str]]:
    """Per noun lemma, the names the article gives as its possessor ("China's entry",
    "Varga's comments"), a person by surname (cached)."""
    cache_key = _STATS_KEY + ".owners"
    owners = doc.user_data.get(cache_key)
    if owners is None:
        owners = {}
        for token in doc:
            if token.pos_ != "NOUN":
                continue
            for child in token.children:
                if child.pos_ != "PROPN" or not (
                    child.dep_ == "poss" or any(c.dep_ == "case" for c in child.children)
                ):
                    continue
                name = next((e for e in doc.ents if e.start <= child.i < e.end), None)
                words = [t.text for t in (name or [child]) if t.is_alpha or t.text[-1:] == "."]
                if name is not None and name.label_ == "PERSON":
                    words = words[-1:]
                if words:
                    owner = " ".join(words)
                    owners.setdefault(token.lemma_.lower(), Counter())[owner] += 1
        doc.user_data[cache_key] = owners
    return owners


def _labels(doc: Doc) -> dict[str, str]:
    """The first surface form of each key in the article, to label a topic reached by its head."""
    _doc_stats(doc)
    return doc.user_data[_STATS_KEY + ".labels"]


def _chunk_roots(span: Span) -> list[Token]:
    """Roots of the noun chunks inside ``span``.

    ``Span.noun_chunks`` walks the whole document on every call; over an article's
    statements that is quadratic, so the document's chunk roots are found once and cached.
    """
    doc = span.doc
    cache_key = _STATS_KEY + ".chunks"
    roots = doc.user_data.get(cache_key)
    if roots is None:
        roots = [chunk.root.i for chunk in doc.noun_chunks] if doc.has_annotation("DEP") else []
        doc.user_data[cache_key] = roots
    lo, hi = bisect_left(roots, span.start), bisect_left(roots, span.end)
    return [doc[i] for i in roots[lo:hi]]
