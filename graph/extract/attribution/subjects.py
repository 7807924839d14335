"""The noun phrases that name a cue's subject: its members ("X and Y"), collectives ("a
group of farm ministers"), shares of a poll ("60 pct of the voters"), respondents ("those
polled"), subjects the parser left stranded or read as the head of a reduced relative
("Ann Roe, a lawyer, called ..."), the subjects of gerunds and absolutes ("angered
allies by saying", "with one saying"), second verbs of speech the parser hung on the
first one's content, and the authors of documents ("the IMF's report"). :mod:`.speakers`
turns what these find into actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import COGNITION_VERBS, GROUP_NOUNS, REPORTING_VERBS
from .cues import _COLLECTIVES, _NOT_SOURCES, _QUANTIFIED_PREPS, _QUANTIFIERS, _QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..actors import ActorIndex


# Verbs whose clause a second verb of speech may be hung on ("X said that ... and warned").
_SPEECH_OR_THOUGHT = REPORTING_VERBS | COGNITION_VERBS


def _share(subject: Token) -> bool:
    """A poll's share of people ("56 percent", "a majority of farmers", "6 in 10 men").

    Whatever verb follows, a share of respondents states a position: "56 percent would
    vote for X" is as much an attribution as "56 percent said".
    """
    if subject.lemma_.lower() in _NOT_SOURCES or subject.pos_ == "NUM":
        return True
    return any(
        c.dep_ == "nummod" and any(g.dep_ == "quantmod" and g.lower_ == "in" for g in c.children)
        for c in subject.children
    )


def _picked_from(subject: Token) -> Token | None:
    """The group a quantifier picks its members from: "some of [the farmers]", "many in
    [the crowd]", "a handful of [growers]"."""
    if subject.lower_ not in _QUANTIFIERS:
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in _QUANTIFIED_PREPS:
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _counted_end(of: Token) -> int:
    """End of whom a share counts: its "of" phrase, up to a participle that says how
    they were counted ("of the drivers polled", not what follows it: "of the drivers
    polled mainly as a way to ...")."""
    end = of.right_edge.i + 1
    for counted in (g for g in of.children if g.dep_ == "pobj"):
        for acl in (c for c in counted.rights if c.dep_ == "acl" and c.right_edge.i > c.i):
            end = min(end, acl.i + 1)
    return end


# Verbs of leading: "a group led by X" has X among its members.
_LEAD_VERBS = frozenset({"lead", "head", "spearhead"})


def _members(subject: Token) -> list[Token]:
    """A subject with the ones it names alongside it: coordinated subjects, "delegates
    including X" (X speaks too) and "a group of members led by X and Y" (so do X and Y).
    """
    found: list[Token] = []
    listed = [subject, *(c for c in subject.conjuncts if c.dep_ == "conj")]
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        # "Roe, Hale and Vesk said", "the mayor, Roe, and the chief, Hale, said": the
        # parser may hang the rest of a list of names on the first one's apposition
        if not any(c.dep_ == "conj" for c in appos.conjuncts):
            continue
        if subject.pos_ == "PROPN" and appos.pos_ == "PROPN":
            listed.append(appos)  # "..., Roe and others": the apposition is a name
        listed += [
            c
            for c in appos.conjuncts
            if c.pos_ == "PROPN" or any(g.dep_ == "appos" and g.pos_ == "PROPN" for g in c.children)
        ]
    for member in listed:
        found.append(member)
        gathered = [g for p in member.children if p.lower_ == "of" for g in p.children]
        for child in (*member.children, *(c for g in gathered for c in g.children)):
            led = child.dep_ == "acl" and child.lemma_.lower() in _LEAD_VERBS
            if child.lower_ != "including" and not led:
                continue
            for pobj in child.children:
                if led and pobj.dep_ == "agent":
                    pobj = next((g for g in pobj.children if g.dep_ == "pobj"), pobj)
                if pobj.dep_ == "pobj":
                    found.append(pobj)
                    found.extend(c for c in pobj.conjuncts if c.dep_ == "conj")
    return found


def _collective(subject: Token) -> bool:
    """ "a group of farm ministers": a body named by whom it gathers, a source of its own."""
    return subject.lemma_.lower() in _COLLECTIVES and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in GROUP_NOUNS for g in c.children)
        for c in subject.children
    )


def _member_of(subject: Token, key: str, index: ActorIndex) -> None:
    """ "the small members including Norway and Chile": they belong to the group."""
    head = subject
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "including":
        return
    group = index.actor_of(head.head.head)
    draft = index.drafts[key]
    if group and group != key and index.drafts[group].type == "Group" and not draft.affiliation:
        draft.affiliation = group


def _trailing_name(cue: Token, sentence: Span) -> Span | None:
    """The name after a sentence-final cue with no subject: "..., reports DailyNews."."""
    doc = cue.doc
    start = cue.i + 1
    end = start
    stop = min(sentence.end, start + 6)  # a name of more than five words is none
    while end < stop and not doc[end].is_punct and not doc[end].is_space:
        end += 1
    rest = doc[end : sentence.end]
    if start == end or end - start > 5 or any(not (t.is_punct or t.is_space) for t in rest):
        return None
    name = doc[start:end]
    if not any(c.isalpha() for c in name.text) or name[0].pos_ in ("DET", "PRON", "ADP"):
        return name if name[0].lower_ in ("he", "she", "they") else None
    return name


def _stranded_subject(cue: Token) -> Token | None:
    """The speaker a finite cue with no subject lost to the phrase before it ("On the
    trail for his son, former mayor Ann Vesk said ..."): a name set off just before the
    cue (past commas, adverbs and dates), a noun there hanging on nouns and prepositions
    only, the noun a relative clause ending there describes ("Vesk, who ..., said"), or
    the subject of a clause coordinated before it ("Vesk stood up and, ..., said")."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("ROOT", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in cue.children):
        return None
    doc = cue.doc
    i = cue.i - 1
    while i >= cue.sent.start and (
        doc[i].is_punct or doc[i].is_space or doc[i].pos_ == "ADV" or doc[i].ent_type_ == "DATE"
    ):
        i -= 1
    if i < cue.sent.start:
        return None
    found = token = doc[i]
    if found.dep_ == "appos" and found.pos_ == "PROPN":
        return found  # a name set off before the cue: "..., retired judge Ann Vesk said"
    nominal = True  # no verb between the noun found and the top of its phrase
    while token.head.i != token.i and token.head.i < cue.i:
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
            found, nominal = token.head, True
        elif token.head.pos_ in ("VERB", "AUX"):
            nominal = False
        token = token.head
    if token.head.i != cue.i:
        return None
    if not nominal:
        shared = token.pos_ in ("VERB", "AUX") and any(c.dep_ == "cc" for c in token.children)
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        subject = subjects[0] if subjects else None
        if _relative_stranded(subjects):
            return subject  # "Vesk, meanwhile, who sits on the board, said ..."
        return subject if shared or _set_off_participle(token, subject) else None
    if found.i == token.i and found.dep_ in ("dobj", "npadvmod", "attr", "dep"):
        return None  # the parser's own reading of the noun beside the cue
    return found if found.pos_ in ("NOUN", "PROPN") else None


def _relative_stranded(subjects: list[Token]) -> bool:
    """Whether a clause's two subjects are a noun and the relative pronoun after it
    ("Vesk, meanwhile, who sits ..."): the parser read the relative clause as the
    noun's own, and the noun is the subject of the verb the clause is set off before."""
    return (
        len(subjects) == 2
        and subjects[0].pos_ in ("PROPN", "NOUN")
        and subjects[1].lower_ in ("who", "which")
        and subjects[0].i < subjects[1].i
    )


def _set_off_participle(verb: Token, subject: Token | None) -> bool:
    """ "Vesk, addressing the council, said ...": the parser gave the subject to a
    participle set off between it and the cue; the subject is the cue's."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBG", "VBN")
        and subject is not None
        and subject.i < verb.i
        and verb.doc[verb.i - 1].text == ","
    )


def stranded_in_participle(verb: Token) -> bool:
    """The participle holds the subject of the cue it is set off before (see above)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _set_off_participle(verb, subject):
        return False
    stranded = _stranded_subject(verb.head)
    return stranded is not None and stranded.i == subject.i


def _respondents(those: Token) -> Span | None:
    """ "those surveyed", "those polled": a bare participle right after "those" names them."""
    after = next((c for c in those.rights if c.i == those.i + 1), None)
    if after is None or after.dep_ != "acl" or after.tag_ != "VBN" or after.n_rights:
        return None
    return those.doc[those.i : after.i + 1]


def _author(document: Token, index: ActorIndex) -> Token | None:
    """Who wrote a document: "the IMF's report", "a report by the IMF", "an editorial in X".

    Not "a survey of farmers": an "of" object is what the document is about.
    """
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child  # "the IMF's report", "his book"
        if child.dep_ == "compound" and index.actor_of(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "in"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and (index.actor_of(pobj) or pobj.pos_ == "PROPN"):
                return pobj
    return None


def _predicate_after_apposition(cue: Token) -> bool:
    """ "Ann Roe, a city lawyer, called the fee “unfair.”": the parser may hang the
    sentence's verb on the name as if it were a reduced relative ("the fee, set by the
    city"). A past form right after the comma that closes the name's apposition, with no
    agent, is the name's predicate when nothing else is: the name is the sentence's root,
    or the subject of a verb inside the quotation the cue introduces."""
    head = cue.head
    doc = cue.doc
    if not (
        cue.dep_ == "acl"
        and cue.tag_ in ("VBD", "VBN")
        and head.pos_ in ("PROPN", "NOUN")
        and head.i < cue.i
        and doc[cue.i - 1].text == ","
        and any(c.dep_ == "appos" and c.i < cue.i for c in head.children)
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in cue.children)
    ):
        return False
    if head.dep_ == "ROOT":
        return True
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.i > cue.i
        and any(t.text in _QUOTES for t in doc[cue.i : verb.i])
    )


# Prepositions of a gerund that tells how or when the main verb's subject acted:
# "angered allies by saying ...", "drew fire after claiming ...".
_MEANS_PREPS = frozenset({"by", "after", "before", "while"})


def _means_gerund(cue: Token) -> bool:
    """ "X angered allies by saying ...": a gerund after "by", "after", "before" or "while"
    that hangs on a verb."""
    return (
        cue.dep_ == "pcomp"
        and cue.tag_ == "VBG"
        and cue.head.lower_ in _MEANS_PREPS
        and cue.head.dep_ == "prep"
        and cue.head.head.pos_ in ("VERB", "AUX")
    )


def _absolute(cue: Token) -> bool:
    """ "..., with one protester saying ...": the noun after "with" is the participle's subject."""
    return (
        cue.dep_ == "acl"
        and cue.tag_ == "VBG"
        and cue.head.dep_ == "pobj"
        and cue.head.head.lower_ == "with"
        and cue.head.i < cue.i
    )


def hung_on_content(cue: Token) -> bool:
    """ "X said that Y had lied and warned that ...", "X fear that Y has erred and warn
    that ...": the parser hung the second verb of speech on what the first one reports.
    A verb in the tense of the cue above, with a clause of its own, after a first
    conjunct in another tense, is said by that cue's speaker, not the clause's subject."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    first = cue.head
    while first.dep_ == "conj":
        first = first.head
    outer = first.head
    return (
        first.dep_ == "ccomp"
        and outer.i < first.i
        and outer.lemma_.lower() in _SPEECH_OR_THOUGHT
        and _tense(cue) == _tense(outer) != _tense(first)
        and any(c.dep_ == "ccomp" for c in cue.children)
    )


def _tense(verb: Token) -> str:
    """A verb's tag, with the plain present's two tags as one ("they fear", "and warn")."""
    return "VBP" if verb.tag_ == "VB" else verb.tag_


# Verbs whose passive relays a position of its subject: "X is said to oppose Y", "X is
# reported to have backed Y", "X is believed to favor Y" ("X is expected to ..." is a
# forecast of what X will do).
_RELAYING_PASSIVES = frozenset({"say", "report", "believe", "think", "understand", "know"})


def _said_to(verb: Token) -> bool:
    """Whether ``verb`` is a relaying passive ("is said", "was reported") over an
    infinitive that states its subject's position."""
    return verb.lemma_.lower() in _RELAYING_PASSIVES and any(
        c.dep_ == "auxpass" for c in verb.children
    )


def _listed_verb(cue: Token) -> list[Token]:
    """The subject of a finite verb the parser cut off from the list of verbs it ends
    ("when X speculated about A, referred to B and considered C": "referred" hung beside
    "speculated", not coordinated to it): the subject of the clause just before it, of
    the same head, when a comma and nothing else (no subject, no conjunction) comes
    between."""
    if (
        cue.dep_ != "advcl"
        or cue.tag_ not in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in cue.children)
        or cue.left_edge.i != cue.i
        or cue.doc[cue.i - 1].text != ","
    ):
        return []
    before = [c for c in cue.head.children if c.dep_ in ("advcl", "conj") and c.i < cue.i]
    if not before or before[-1].tag_ != cue.tag_:
        return []
    return [c for c in before[-1].children if c.dep_ == "nsubj"]


# Verbs of the set phrases "as they say", "as you know": a saying, no one's claim.
_SAYINGS = frozenset({"say", "know"})


def anyone_saying(cue: Token) -> bool:
    """ "as they say in sailing", "as you know": an "as" clause of saying or knowing in the
    present tense, with no auxiliary and nothing said or told, whose subject is anyone
    at all (not "as they said in a statement" or "as they have said for years", which
    tell what some group said)."""
    marks = any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    return (
        marks
        and cue.tag_ == "VBP"
        and cue.lemma_.lower() in _SAYINGS
        and any(c.dep_ == "nsubj" and c.lower_ in ("they", "you") for c in cue.children)
        and not any(
            c.dep_ in ("aux", "auxpass", "neg", "dobj", "dative", "ccomp", "npadvmod")
            or (c.dep_ == "prep" and c.lower_ != "in")
            for c in cue.children
        )
    )


def _it_is(subject: Token) -> bool:
    """The "it" of "it is hard to imagine", "it is fair to say", "it is clear that": a
    placeholder for the infinitive or that-clause put after "be" and its adjective, no
    one who imagines or says. In "it is ready to back ..." the infinitive hangs on the
    adjective, and "it" is whoever is ready."""
    verb = subject.head
    return (
        subject.lower_ == "it"
        and subject.dep_ == "nsubj"
        and verb.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" for c in verb.children)
        and any(
            (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
            or c.dep_ == "ccomp"
            for c in verb.children
        )
    )
