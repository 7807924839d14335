"""A noun phrase as a topic: its normalised key and label, and whether it can be one.

:func:`noun_phrase_key` drops determiners, numbers and judging words, lemmatises, and
writes a name the article also gives as an acronym as that acronym. The predicates say
whether a head noun can name an issue at all (not an actor, a listener, a generic or
vague noun, a part of the body in an idiom, a unit, a U.S. party notation, or a verdict
on the topic).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .lexicon import PARTY_LETTERS
from .topic_words import (
    _ACRONYM_SKIP,
    _DROP_DEPS,
    _NOT_TOPIC_ENTS,
    _QUANTITY_ENTS,
    _VAGUE,
    AUDIENCE_NOUNS,
    BODY_NOUNS,
    DROP_MODIFIERS,
    GENERIC_NOUNS,
    UNIT_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["noun_phrase_key"]


_MAX_WORDS = 4


def _is_nominal(token: Token) -> bool:
    """A noun, or a gerund in a noun's place ("sending troops is ..."), not a participle
    clause hanging from a verb ("..., adding that ...")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in _NOMINAL_DEPS


#: Dependencies through which a gerund fills a noun's place.
_NOMINAL_DEPS: frozenset[str] = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "dobj",
        "obj",
        "pobj",
        "pcomp",
        "attr",
        "oprd",
        "appos",
        "conj",
    }
)


def _keeps(token: Token) -> bool:
    """Whether a modifier names the issue: classifying words stay, judging words go."""
    from .stance import valence

    if token.is_punct or token.dep_ in _DROP_DEPS or token.ent_type_ in _QUANTITY_ENTS:
        return False
    if any(c.dep_ == "case" for c in token.children):
        return False  # a possessor however parsed ("Varga's" as a modifier) is who, not what
    if token.ent_type_ in {"GPE", "NORP"}:
        return False  # "Chilean troops" and "Danish troops" are both about troops
    if len(token) > 2 and token.text[-2] in "'\u2018\u2019" and token.text[-1] in "sS":
        return False  # a possessor the tokenizer left whole ("Varga‘s") is who, not what
    if token.lower_ in DROP_MODIFIERS or token.lemma_.lower() in DROP_MODIFIERS:
        return False
    if token.like_num:
        return False
    if token.pos_ in {"ADJ", "ADV"}:
        # "firm", "greater", "biggest" judge or compare; "naval", "Chilean" classify
        return token.tag_ not in {"JJR", "JJS", "RBR", "RBS"} and not valence(token)
    return True


def _np_words(head: Token, limit: int | None = _MAX_WORDS) -> list[Token]:
    """The head and the modifiers that name the issue, in text order (the last ``limit``)."""
    words = [head]
    for child in head.lefts:
        if _cut_off(child, head):
            continue
        if "".join(t.lower_ for t in child.subtree) in DROP_MODIFIERS:
            continue  # a hedge the tokenizer split ("so-called")
        if child.dep_ in {"compound", "amod", "nmod", "npadvmod"} and _keeps(child):
            # keep the whole modifier ("Article 5-like"), minus its own determiners
            words.extend(t for t in child.subtree if _keeps(t))
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    return words[-limit:] if limit else words


def _cut_off(modifier: Token, head: Token) -> bool:
    """Whether a free-standing punctuation mark separates a modifier from its head
    ("MARCH 3 - A port strike": the dateline is no part of the strike)."""
    doc = head.doc
    return any(
        doc[i].is_punct and doc[i].whitespace_ and doc[i - 1].whitespace_
        for i in range(modifier.right_edge.i + 1, head.i)
    )


def _word_key(token: Token, is_head: bool) -> str:
    if token.pos_ == "PROPN" and not token.ent_type_ and token.is_title:
        # "the U.S. Tariffs" in wire copy that capitalises after "U.S.": a word the
        # article also writes in lower case as a noun is that noun
        lemma = _noun_lemmas(token.doc).get(token.lower_)
        if lemma:
            return lemma
    if is_head or token.pos_ == "NOUN":
        return token.lemma_.lower()
    return token.lower_


_NOUN_LEMMAS_KEY = "stancegraph.noun_lemmas"


def _noun_lemmas(doc: Doc) -> dict[str, str]:
    """Lower-case form -> lemma of every common noun of the article (cached per doc)."""
    found = doc.user_data.get(_NOUN_LEMMAS_KEY)
    if found is None:
        found = {t.lower_: t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.is_lower}
        doc.user_data[_NOUN_LEMMAS_KEY] = found
    return found


def noun_phrase_key(head: Token) -> tuple[str, str]:
    """(key, label) of the noun phrase headed by ``head``, normalised.

    The label keeps the words as written (minus dropped modifiers); the key lemmatises them.
    A name the article also writes as an acronym is keyed and labelled by the acronym
    ("North Atlantic Treaty Organization troops" -> "NATO troops" when the article says
    NATO), so both wordings, and other articles using the acronym, share the topic.
    """
    pieces: list[tuple[str, str]] = []
    words = _np_words(head, limit=None)
    i = 0
    while i < len(words):
        acronym, end = _acronym_at(words, i)
        if acronym:
            pieces.append((acronym.lower(), acronym))
            i = end
            continue
        t = words[i]
        label = t.text if t.pos_ == "PROPN" or t.ent_type_ or t.text.isupper() else t.lower_
        piece = (_word_key(t, t.i == head.i), label)
        if not pieces or pieces[-1] != piece:  # "Nordic Fisheries Council (NFC)": NFC once
            pieces.append(piece)
        i += 1
    pieces = pieces[-_MAX_WORDS:]
    key = " ".join(k for k, _ in pieces)
    return key.replace("\u2019", "'"), " ".join(label for _, label in pieces)


_ACRONYMS_KEY = "stancegraph.acronyms"


def _acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the article writes: upper-case words of two to six letters (cached)."""
    found = doc.user_data.get(_ACRONYMS_KEY)
    if found is None:
        found = frozenset(
            t.text for t in doc if t.text.isupper() and t.text.isalpha() and 2 <= len(t) <= 6
        )
        doc.user_data[_ACRONYMS_KEY] = found
    return found


def _acronym_at(words: list[Token], start: int) -> tuple[str, int]:
    """The article's acronym for the longest capitalised name at ``words[start]``, and
    where the name ends; ("", start) when there is none."""
    if not words[start].is_title:
        return "", start
    known = _acronyms(words[start].doc)
    end = start + 1
    while (
        end < len(words)
        and words[end].i - words[end - 1].i <= 2  # a hyphen or "of" may sit between
        and (words[end].is_title or words[end].lower_ in _ACRONYM_SKIP)
    ):
        end += 1
    for stop in range(end, start + 1, -1):
        letters = "".join(
            part[0].upper()
            for t in words[start:stop]
            if t.lower_ not in _ACRONYM_SKIP
            for part in t.text.split("-")
            if part
        )
        if len(letters) >= 2 and letters in known:
            return letters, stop
    return "", start


def _usable(token: Token) -> bool:
    return (
        _is_nominal(token)
        and token.lower_ not in _VAGUE
        and not _generic(token)
        and not _judgement(token)
        and token.lower_ not in DROP_MODIFIERS
        and not token.is_stop
        and token.ent_type_ not in _NOT_TOPIC_ENTS
        and token.lemma_.lower() not in AUDIENCE_NOUNS
        and not _body_or_unit(token)
        and not _party_notation(token)
        and not (token.pos_ == "NOUN" and token.lemma_.lower() in _actor_nouns())
    )


#: Parts of the body and units: no issue standing alone.
_BODY_OR_UNIT = BODY_NOUNS | UNIT_NOUNS
#: Dashes between the party letter and the state of a notation ("(D-Wash.)").
_NOTATION_DASHES = frozenset("-\u2013\u2014")


def _party_notation(token: Token) -> bool:
    """Whether ``token`` is in a U.S. party notation after a legislator's name ("Rep. Ana
    Petrov (D-Wash.)"): which party and state, not what the remark is about."""
    doc = token.doc
    for i in range(max(0, token.i - 4), token.i + 1):
        if doc[i].text != "(" or i + 2 >= len(doc) or doc[i + 1].text not in PARTY_LETTERS:
            continue
        close = next((t.i for t in doc[i + 1 : i + 8] if t.text == ")"), None)
        if close is not None and close > token.i and doc[i + 2].text in _NOTATION_DASHES | {")"}:
            return True
    return False


def _body_or_unit(token: Token) -> bool:
    """A part of the body ("has their backs", "more spine") or a unit ("a mile away")
    standing alone: an idiom or a quantity, not an issue; with a noun modifier it may
    name one ("heart surgery" is headed by "surgery", so only the bare noun is refused)."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in _BODY_OR_UNIT
        and not any(c.dep_ == "compound" for c in token.children)
    )


def _generic(token: Token) -> bool:
    """A generic noun standing alone ("the issue", "a big deal"); with a noun modifier it
    names something ("the trade deal", "the border issue")."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in GENERIC_NOUNS
        and not any(c.dep_ == "compound" for c in token.children)
    )


def _judgement(token: Token) -> bool:
    """Whether a predicate noun is a verdict on the topic, not the topic: "the plan is a
    reckless gamble", "called the deal a disaster" (the plan, the deal are the topic)."""
    from .stance import valence

    if token.dep_ not in {"attr", "oprd"}:
        return False
    return bool(valence(token)) or any(c.dep_ == "amod" and valence(c) for c in token.children)


@cache
def _actor_nouns() -> frozenset[str]:
    """Nouns that name who speaks ("officials", "the committee", "the minister"), not what
    about: extraction's tables of titles, groups, organisations and outlets."""
    from .lexicon import GROUP_NOUNS, ORG_NOUNS, OUTLET_NOUNS, TITLE_WORDS

    return frozenset(GROUP_NOUNS | ORG_NOUNS | OUTLET_NOUNS | TITLE_WORDS)
