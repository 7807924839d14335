"""Unnamed sources and collectives ("a diplomat", "Asian bankers", "a spokesman for the
ministry"): one Group per described group, with whom it speaks for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...names import actor_key
from ..lexicon import (
    BUSINESS_NOUNS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    MEMBER_BODIES,
    ORG_NOUNS,
    TITLE_WORDS,
)
from .bodies import described_body
from .countries import country_key
from .index import LEADING_DETS, ActorIndex, entity_at
from .kinds import (
    GENERIC_PEOPLE,
    SINGLE_DETS,
    anaphoric,
    bare_noun,
    lone_singular,
    one_member,
    plural,
    seat_of_government,
)
from .organizations import COMMENTATOR_NOUNS, named_organization, public_body
from .parties import (
    OPPOSITION,
    national_side,
    party_key,
    party_named_as,
    personal_body,
    ruling_party,
    side,
)
from .staff import person_at

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Short place phrases that are part of how a source is named ("bankers in the city").
_PLACE_PREPS = frozenset({"in", "at", "from", "of", "for", "close", "familiar"})


def _group_label(head: Token) -> Span:
    """The noun phrase of a group without its article, with a short trailing place phrase."""
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and doc[start].lower_ in LEADING_DETS | SINGLE_DETS:
        start += 1
    end = head.i + 1
    rights = list(head.rights)
    if head.dep_ == "conj" and not rights:
        # "bankers and traders in the city": the place phrase after the last
        # conjunct may hang on the first
        rights = [c for c in head.head.rights if c.i > head.i and c.dep_ == "prep"]
    end = trailing_phrase_end(head, rights)
    return doc[start:end]


def trailing_phrase_end(head: Token, rights: list[Token] | None = None) -> int:
    """End of a source's noun phrase with its short place or affiliation phrase.

    "bankers in the city", "a spokesman for the ministry": five words at most, or eight
    when the object is a name ("a lawyer for the Acme Mining Workers' Fund"), since a
    name says whom the source speaks for however many words it takes; a verb ends it.
    """
    doc = head.doc
    end = head.i + 1
    for child in head.rights if rights is None else rights:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            right = child.right_edge.i + 1
            named = any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
            limit = _NAMED_PHRASE if named else _PLACE_PHRASE
            if right - end <= limit and not any(t.pos_ == "VERB" for t in doc[end:right]):
                end = right
        break
    return end


# Words a trailing place phrase may take, and a phrase whose object is a name.
_PLACE_PHRASE = 5


_NAMED_PHRASE = 8


def phrase_affiliation(index: ActorIndex, head: Token, end: int) -> str | None:
    """Whom an unnamed source speaks for, from its trailing phrase ("for Lisbon's port
    authority" speaks for Portugal): the first country or organisation named in it; or
    else from the words before it ("the Turkish premier", "a Labour aide")."""
    commentator = head.lower_ in COMMENTATOR_NOUNS
    for t in head.doc[head.i + 1 : end]:
        key = index.by_token.get(t.i)
        if key and index.drafts[key].type in ("Country", "Organization"):
            if commentator and not public_body(index, key):
                return None  # "an analyst at Acme Securities": the firm is the job
            return national_side(index, key)
    return _modifier_side(index, head, _modifiers(index, head))


def _described_body(index: ActorIndex, first: Token) -> str | None:
    """The body a name at ``first`` and the nouns after it describe ("the Norland refugee
    agency"), or None."""
    ent = entity_at(first)
    owner = index.by_token.get(first.i) if ent is not None else None
    return described_body(index, ent, owner) if ent is not None and owner else None


def _singulars(noun: Token) -> tuple[str, ...]:
    """Singular forms a plural noun may have ("Senators" -> "senator", "Congressmen" ->
    "congressman"), for a capitalised plural the lemmatizer leaves as it is."""
    word = noun.lower_
    forms = [noun.lemma_.lower(), word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def share_side(index: ActorIndex, share: Token) -> str | None:
    """Whom a poll's share speaks for, from the people it counts ("40 pct of Labour MPs"
    speak for Labour; "a third of the senators polled" for the Senate named before; a
    share "of the sample" for the side an earlier share of the poll counted), or None
    when its "of" phrase names no side."""
    of = next((p for p in share.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    if counted is None:
        return None
    if counted.lemma_.lower() in _SAMPLE_NOUNS:
        return _sampled_side(index, share)
    return _modifier_side(index, counted, _modifiers(index, counted)) or member_body(index, counted)


# Nouns for the people a poll asked, counted before: "55 percent of the respondents".
_SAMPLE_NOUNS = frozenset({"sample", "respondent"})


def _sampled_side(index: ActorIndex, share: Token) -> str | None:
    """The side of the last share of a poll before ``share`` that counts people of a side
    ("35 percent of the senators asked" speak for the Senate, and so does a later "55
    percent of the respondents")."""
    for token in reversed(share.doc[: share.i]):
        if token.lower_ in _SHARE_WORDS:
            side = share_side(index, token)
            if side is not None:
                return side
    return None


# Units that head a poll's share as the parser reads it: "22 pct of", "40 percent of".
_SHARE_WORDS = frozenset({"pct", "percent", "%"})


def member_body(index: ActorIndex, noun: Token) -> str | None:
    """The body named before ``noun`` whose members it names ("Congressmen" sit in
    "the Congress"), or None."""
    body = next((MEMBER_BODIES[w] for w in _singulars(noun) if w in MEMBER_BODIES), None)
    return named_organization(index, body, noun.i) if body is not None else None


def _modifiers(index: ActorIndex, head: Token) -> list[Token]:
    """The words before a source's noun that qualify it ("senior Japanese", "union")."""
    return [
        t
        for t in head.doc[head.left_edge.i : head.i]
        if t.dep_ in ("amod", "compound", "nmod", "poss")
        and t.pos_ != "DET"
        and t.i not in index.dateline
    ]


def _modifier_side(index: ActorIndex, head: Token, mods: list[Token]) -> str | None:
    """The country, party or organisation the modifiers of a source's noun name ("Korean
    officials", "Labour MPs", "union leaders" after the union was named); a nationality
    does not make businesses speak for their country ("Korean exporters")."""
    lemma = head.lemma_.lower()
    business = head.lower_ in BUSINESS_NOUNS or lemma in BUSINESS_NOUNS
    if mods:
        body = personal_body(index, head.doc[mods[0].i : head.i])
        if body is not None:
            return body[0]  # "a Hale campaign spokeswoman": the campaign's
    found = None
    for t in mods:
        key = index.by_token.get(t.i) or country_key(index, t)
        key = key or party_key(index, t.text)  # "Labour MPs", "a Democratic aide"
        if key is None and t.lower_ == "party" and any(m.lower_ in OPPOSITION for m in mods):
            # "opposition party leaders": of a party named as in opposition, not the last
            key = party_named_as(index, t, OPPOSITION)
        elif key is None and t.lower_ in ORG_NOUNS:
            # "union leaders" after the story named the union: that union's
            key = named_organization(index, t.lower_, t.i)
        if business and key and index.drafts[key].type == "Country":
            continue  # "Korean exporters" are from Korea, they do not speak for it
        if key and index.drafts[key].type in ("Country", "Organization", "Outlet"):
            # "Senate GOP leaders": the party outranks the chamber
            found = side(index, found, national_side(index, key) or key)
    return found


# Possessive pronouns that say whose staff a source is: "her spokesman".
_GENDERED = frozenset({"his", "her"})


# Nouns for the people of a government: "officials in Ankara" are that government's.
_OFFICIAL_NOUNS = frozenset({"official", "authority", "authorities", "government"})


def _governs(mods: list[Token]) -> bool:
    """Whether a group's modifiers make it a government's ("government spokesman")."""
    return bool({t.lower_ for t in mods} & GOVERNMENT_NOUNS)


def _seat_country(index: ActorIndex, head: Token) -> str | None:
    """The country whose capital or name follows ``head`` after "in" ("officials in
    Ankara"), or None."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for pobj in prep.children:
                key = index.by_token.get(pobj.i)
                if pobj.dep_ == "pobj" and key and index.drafts[key].type == "Country":
                    return key
    return None


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


# Prepositions whose phrase describes which one of a group a source is ("an official
# of a trade bureau", "a delegate from a producing country").
_DESCRIBING_PREPS = frozenset({"of", "from", "at", "with"})


# Longest description after a source's noun read as part of its name, in tokens.
_DESCRIPTION = 12


def _described(head: Token) -> int | None:
    """End of the phrase after a single unnamed source's noun that says which one it
    is ("an official with a regional water board in a Dutch province"), or None when
    there is none, or it runs into a verb or past :data:`_DESCRIPTION` tokens."""
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in _DESCRIBING_PREPS or prep.i != head.i + 1:
        return None
    if not any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in prep.children):
        return None
    end = prep.right_edge.i + 1
    doc = head.doc
    if end - head.i > _DESCRIPTION or any(t.pos_ in ("VERB", "AUX") for t in doc[head.i : end]):
        return None
    return end


def _generic_description(head: Token) -> int | None:
    """End of the words after a noun for people in general that say which people it
    means ("close to the talks", "briefed on the plan", "who saw the crash"), or None
    when there are none or more than :data:`_DESCRIPTION` tokens."""
    after = [c for c in head.rights if c.dep_ in ("amod", "acl", "relcl", "prep", "advmod")]
    if not after:
        return None
    end = max(c.right_edge.i for c in after) + 1
    return end if end - head.i <= _DESCRIPTION else None


def _described_country(index: ActorIndex, head: Token, end: int) -> str | None:
    """The country an adjective in a source's description names ("an official of a
    Chinese city" is China's), unless the source is a business."""
    if head.lower_ in BUSINESS_NOUNS or head.lemma_.lower() in BUSINESS_NOUNS:
        return None
    for t in head.doc[head.i + 1 : end]:
        if t.dep_ in ("amod", "compound") and t.is_title:
            key = country_key(index, t)
            if key:
                return key
    return None


def lone_noun_actor(index: ActorIndex, head: Token) -> str | None:
    """Whom a lone singular common noun names: "the ministry", "the administration" the
    government of the story's country; any other ("woman", "campaign") no one."""
    return index.home_country if seat_of_government(head) else None


def group_actor(index: ActorIndex, head: Token) -> str | None:
    """A Group for an unnamed source or collective headed by ``head`` ("a diplomat").

    One unnamed member of a group named before ("Asian bankers ... one banker said")
    is that group, as analysts code it.
    """
    lemma = head.lemma_.lower()
    if head.lower_ not in GROUP_NOUNS and lemma not in GROUP_NOUNS:
        return None
    if head.tag_ == "NN" and head.lower_ in BUSINESS_NOUNS and _definite(head):
        return None  # "the company" is the organisation named before, not a new group
    if anaphoric(head):
        # "the diplomat" after "a diplomat said" is that group; "the senator", "both
        # candidates" with no such group are people named before, not a group of their own
        return index.groups.get(lemma)
    if lemma in GENERIC_PEOPLE and bare_noun(head):
        return None  # "people said": no one in particular (not "people close to the talks")
    doc = head.doc
    mods = _modifiers(index, head)
    affiliation = _modifier_side(index, head, mods)
    served, mine = None, None
    if affiliation is None and (head.lower_ in TITLE_WORDS or lemma in TITLE_WORDS):
        # "a Roe aide", "Roe's spokeswoman": the staff of the person named; "her
        # spokesman": of the person "her" is, found once all are indexed
        served = next((k for t in mods if (k := person_at(index, t)) is not None), None)
        mine = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _GENDERED), None)
    if affiliation is None and served is None:
        # "a spokeswoman for the club", "officials of the ministry"
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from", "with", "to"):
                for pobj in prep.children:
                    key = index.by_token.get(pobj.i) or ruling_party(index, pobj)
                    if key and index.drafts[key].type == "Person":
                        served = key  # "an aide to Roe", "a spokeswoman for Roe"
                    elif key and index.drafts[key].type != "Group":
                        affiliation = national_side(index, key)
                    elif key is None and pobj.dep_ == "pobj":
                        # "a spokesman for the Hale campaign": the campaign's
                        words = [t for t in pobj.subtree if t.i <= pobj.i and t.dep_ != "det"]
                        body = personal_body(index, doc[words[0].i : pobj.i + 1])
                        affiliation = body[0] if body else _described_body(index, words[0])
                break
    if affiliation is None and (lemma in _OFFICIAL_NOUNS or _governs(mods)):
        # "officials in Ankara", "a government spokesman in Athens": the government
        # seated in the capital
        affiliation = _seat_country(index, head)
    if affiliation is None:
        # "the senators said": the members of a body named before speak for it
        affiliation = member_body(index, head)
    bare_officials = not mods and lemma == "official"
    if affiliation is None and (_governs(mods) or bare_officials):
        # "officials said" in a story filed from a capital it is about: that government's;
        # else the government of the country the story is clearly most about
        affiliation = index.home_country or index.main_country
    if affiliation is None:
        regional = [t for t in mods if t.ent_type_ == "NORP" and t.is_title]
        if regional:
            index.regional_mods[head.i] = " ".join(t.text for t in regional)
    span = _group_label(head)
    if span.start in index.dateline:
        span = doc[max(index.dateline) + 1 : span.end]
    single = any(c.dep_ in ("det", "nummod") and c.lower_ in SINGLE_DETS for c in head.children)
    described = _described(head) if single else None
    if described is not None:
        # "an official of a provincial trade bureau": a source of its own description,
        # not one more of the officials quoted before
        span = doc[span.start : described]
        affiliation = affiliation or _described_country(index, head, described)
    if lemma in GENERIC_PEOPLE and described is None:
        # "people close to the talks", "people who saw the crash": named by what says
        # which people they are
        described = _generic_description(head)
        if described is None:
            return None  # what says which people runs on too long to name them by
        span = doc[span.start : described]
    label = plural(head) if one_member(head) else span.text  # "a friend": the friends
    key = None
    if described is not None:
        key = actor_key(" ".join(t.lower_ for t in span))
    elif single or not mods:
        key = index.groups.get(lemma)
    if key is None and not one_member(head) and lone_singular(span):
        # "official says" in a headline, "the administration": a lone singular noun is
        # no group; a government's body is the government of the story's country
        return lone_noun_actor(index, head)
    if key is None:
        key = actor_key(" ".join([t.lower_ for t in mods] + [lemma]))
        if not single:
            index.groups[lemma] = key
        if key in index.drafts and index.drafts[key].type != "Group":
            return key
    key = index.add(label, "Group", key=key, alias=label, affiliation=affiliation)
    if served is not None:
        index.staff.append((key, served))
    elif mine is not None:
        index.staff_of_pronoun.append((key, mine.i, mine.lower_))
    if head.i in index.regional_mods:
        index.regional[key] = index.regional_mods.pop(head.i)
    if head.tag_ in ("NNS", "NNPS"):
        index.plural.add(key)
    index.mention(span, key)
    return key
