"""Where the title before a name begins: the words left of a name that modify it
("Bulgarian Foreign Minister", "GOP presidential contender and former surgeon"), and the
plural title coordinated names share ("Republican senators Ann Roe and Bill Dane").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    GROUP_NOUNS,
    OFFICE_FIELDS,
    ORG_NOUNS,
    PERSON_TITLES,
    PLURAL_TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from .countries import index_dateline, past_dateline
from .index import entity_at, is_acronym, is_title_token, name_tokens
from .kinds import source_noun
from .parties import PERSONAL_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# Tokens that may sit in a title left of a name: nouns, adjectives and names ("former",
# "Foreign", "U.S."); determiners, verbs and punctuation end it.
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})


# Degree adverbs: a word they modify is an evaluation ("most able"), never part of a title.
_DEGREE_WORDS = frozenset({"most", "more", "very", "so", "too", "least", "less", "quite"})


# Nouns of bodies and groups: a source noun of these is no title before a name.
_BODIES_AND_GROUPS = ORG_NOUNS | GROUP_NOUNS


def _names_a_body(doc: Doc, i: int, sent_start: int) -> bool:
    """Whether token ``i`` is a word of a person's name that a body named for the person
    follows ("Hadley campaign", "the Ann Roe team"), within the sentence."""
    j = i
    while j + 1 < len(doc) and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].pos_ == "PROPN":
        j += 1
    body = doc[j + 1] if j + 1 < len(doc) else None
    return (
        i >= sent_start
        and doc[i].ent_type_ == "PERSON"
        and doc[i].pos_ == "PROPN"
        and body is not None
        and body.lower_ in PERSONAL_BODIES
        and body.pos_ == "NOUN"
    )


# Titles of envoys, whose office names where they are posted ("Ambassador to Japan").
_POSTED_TITLES = frozenset({"ambassador", "envoy", "delegate", "representative", "emissary"})


def _office_prep(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the preposition of an office's name after a title: "for" of
    "Undersecretary for Energy", "of" of "Secretary of State", "to" of "Ambassador to X"."""
    if i < 1:
        return False
    title = doc[i - 1]
    if doc[i].lower_ == "to":
        return title.lower_ in _POSTED_TITLES
    return doc[i].lower_ in ("for", "of") and is_title_token(title)


def _hyphenated_title(doc: Doc, i: int, sent_start: int) -> bool:
    """Whether token ``i`` ends a title word joined by a hyphen ("secretary-general")."""
    if i - 2 < sent_start or doc[i - 1].text != "-" or not doc[i].is_alpha:
        return False
    first = doc[i - 2]
    return not (first.whitespace_ or doc[i - 1].whitespace_) and first.lower_ in TITLE_WORDS


def _joins_two_fields(doc: Doc, i: int, name_start: int, sent_start: int) -> bool:
    """Whether token ``i`` is the "and" between two portfolios of one office ("Mines and
    Energy Minister", "Fisheries and Forestry Minister")."""
    if doc[i].lower_ not in ("and", "&") or i - 1 < sent_start or i + 1 >= name_start:
        return False
    return doc[i - 1].lower_ in OFFICE_FIELDS and doc[i + 1].lower_ in OFFICE_FIELDS


def _joins_two_titles(doc: Doc, i: int, name_start: int, sent_start: int) -> bool:
    """Whether token ``i`` is the "and" between two titles of the one person named after
    them ("GOP presidential contender and former surgeon", "candidate and Texas Senator"):
    the word before it is a singular noun for a person, and a title follows it."""
    if doc[i].lower_ != "and" or i - 1 < sent_start or i + 1 >= name_start:
        return False
    before = doc[i - 1]
    if before.tag_ not in ("NN", "NNP") or before.ent_type_:
        return False
    if before.lower_ in PERSON_TITLES or before.lemma_.lower() in PERSON_TITLES:
        return True
    return source_noun(before) and before.lower_ not in _BODIES_AND_GROUPS


def title_prefix(doc: Doc, name: Span) -> Span | None:
    """Words right before a name that modify it: "Bulgarian Foreign Minister" + name."""
    sent_start = name.sent.start
    i = name.start - 1
    while i >= sent_start:
        tok = doc[i]
        if any(c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS for c in tok.children):
            return None  # "the most able candidate X argues": praise, not a title
        if _names_a_body(doc, i, sent_start):
            # "Hadley campaign spokesman": the person's name belongs to the body's name
            i -= 1
        elif _hyphenated_title(doc, i, sent_start):
            i -= 3  # "secretary-general": one title in three tokens, however parsed
        elif _joins_two_fields(doc, i, name.start, sent_start):
            i -= 1  # "Fisheries and Forestry Minister": one office of two portfolios
        elif _joins_two_titles(doc, i, name.start, sent_start):
            i -= 1  # "GOP contender and former surgeon X": both titles are X's
        elif tok.pos_ in _TITLE_POS and (
            tok.ent_type_ not in ("PERSON", "DATE", "TIME")
            or past_dateline(tok)
            or (tok.ent_type_ == "PERSON" and is_title_token(tok))  # "[Sheikh Ali Saad]"
        ):
            office = tok.head.i == i - 1 and _office_prep(doc, i - 1)
            # "Democratic presidential candidates Ann Roe and ...": the name is the
            # title's apposition, not its head
            titled = name.root.dep_ == "appos" and name.root.head.i == tok.i
            # "Fisheries and Forestry Minister": the parser may hang what follows the "and" of
            # two portfolios on the first one
            joined = any(
                _joins_two_fields(doc, j, name.start, sent_start) for j in range(tok.head.i, i)
            )
            within = name.start <= tok.head.i < name.end or tok.head.i > tok.i
            if not (within or office or titled or joined):
                break
            if tok.i in index_dateline(doc):
                break
            i -= 1
        elif tok.text == ")" and i - 2 >= sent_start and doc[i - 2].text == "(":
            # "Grain Export Board (GEB) chairman": the acronym names the body
            if not is_acronym(doc[i - 1]):
                break
            i -= 3
            while (
                i >= sent_start and doc[i].is_title and doc[i].is_alpha and doc[i].pos_ == "PROPN"
            ):
                if i in index_dateline(doc):
                    break
                i -= 1
        elif tok.tag_ == "POS" and i - 1 >= sent_start and doc[i - 1].pos_ == "PROPN":
            # "Chile's labour minister": the possessor is who the office belongs to
            i -= 1
            if doc[i].ent_type_ == "PERSON":
                # "Roe's spokesman": the person served, whose name ends the title
                while i - 1 >= sent_start and doc[i].ent_iob_ == "I":
                    i -= 1
                i -= 1
                break
        elif (
            tok.ent_type_ == "PERSON" and {t.lower_ for t in doc[i + 1 : name.start]} & TITLE_WORDS
        ):
            # "Roe spokesman X": the person served, whose name ends the title
            while i - 1 >= sent_start and doc[i].ent_iob_ == "I":
                i -= 1
            i -= 1
            break
        elif i - 1 >= sent_start and _office_prep(doc, i):
            # "Undersecretary for Energy", "Secretary of State", "Ambassador to Japan": the
            # office belongs to the title
            # (the parser often hangs the name below the office, so heads are no guide here)
            i -= 2
            while i >= sent_start and doc[i].pos_ in _TITLE_POS and doc[i].ent_type_ != "PERSON":
                if doc[i].head.i < doc[i].i and not is_title_token(doc[i]):
                    break
                i -= 1
            break
        else:
            break
    return doc[i + 1 : name.start] if i + 1 < name.start else None


def shared_prefix(name: Span) -> Span | None:
    """The plural title of the first of coordinated names ("Republican senators Ann Roe
    and Bill Dane"): every name of the coordination holds it. A singular title ("Senator
    Ann Roe and Bill Dane") is the first name's alone."""
    root = name.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.i == name.root.i:
        return None
    doc = name.doc
    first = entity_at(doc[root.i])
    if first is None or first.label_ != "PERSON":
        return None
    prefix = title_prefix(doc, name_tokens(first))
    if prefix is None:
        return None
    if (
        prefix[-1].tag_ not in ("NNS", "NNPS")
        and prefix[-1].lower_ not in PLURAL_TITLE_ABBREVIATIONS
    ):
        return None
    return prefix
