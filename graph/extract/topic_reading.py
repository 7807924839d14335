"""One statement's topic, read from its own words.

The candidates are the object of a position cue, then the objects and subjects of the
content's verbs, then its noun chunks; verbs, light nouns and nouns the article uses once
that frame an issue it returns to ("the timing of the ban") hand over to what they are
about. A phrase the article uses once is marked as such (not anchored), for the
article's statements together to settle; a remark that names nothing is read as the main
issue and marked as pointing back, as is one whose candidate only refers back ("it",
"this matter", "the proposal", "that power", "willingness to act on this matter"), for
:func:`graph.extract.topics.article_topics` to settle. The phrase naming the speaker
(their party notation, their role) is never the topic. A position cue aimed at a person
("accused Varga of ...") is about that person, keyed by surname. The object of a verb
of change is the change the article names with a compound ("cut fares" is its "fare
cut"), when it names one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Topic
from .stance import felt_side
from .stance.words import ATTACK_OBJECTS, STAND_OBJECTS
from .topic_phrases import _np_words, _usable, noun_phrase_key
from .topic_stats import (
    _chunk_roots,
    _doc_stats,
    _head_counts,
    _labels,
    _main_issue,
    _usual_compounds,
)
from .topic_words import (
    _ANAPHORIC_NOUNS,
    _OBJECT_DEPS,
    _POINTERS,
    _PREPS_OF_TOPIC,
    _VAGUE,
    CHANGE_VERBS,
    GENERIC_NOUNS,
    LIGHT_NOUNS,
    MEASURE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["topic_for"]


#: Prepositions by which a measuring noun names what it measures ("the decline in
#: output", "the price of copper"); "prices for the depot" measure no depot.
_PREPS_OF_MEASURE = frozenset({"of", "in"})


#: Prepositions by which a reporting verb with a clause names what it is about.
_PREPS_OF_REMARK = frozenset({"of", "about", "on", "over", "regarding", "concerning"})


#: Nouns that hand over to their complement: light nouns and generic ones ("the framework
#: for X", "the issue of X").
_HANDING_OVER = LIGHT_NOUNS | GENERIC_NOUNS
#: Nouns that only point back with a demonstrative ("this matter"), or with "the" alone
#: ("the proposal").
_POINTING_NOUNS = LIGHT_NOUNS | _VAGUE
_DEFINITE_POINTING_NOUNS = LIGHT_NOUNS | _ANAPHORIC_NOUNS
#: Nouns of a position someone holds: "Roe's stance on X" is what is judged, not X.
_HELD_POSITIONS = frozenset({"position", "stance", "view", "attitude", "approach", "record"})


def _held_by_name(token: Token) -> bool:
    """A position a named actor holds ("Roe's stance on the levy"): criticising it opposes
    Roe's stance, which says nothing of the critic's side on the levy."""
    return token.lemma_.lower() in _HELD_POSITIONS and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children
    )


#: How much a later candidate phrase is discounted against the syntactic first choice.
_POSITION_DECAY = 0.35


def _descend(token: Token, depth: int = 0) -> Token:
    """From a verb, a light noun or a measuring noun to the noun phrase it is about.

    "the framework for X" -> X; "a promise to take part in funding X" -> X;
    "sending inspectors" -> inspectors; "the decline in X", "the price of X" -> X.
    """
    if depth > 4:
        return token
    measure = token.pos_ == "NOUN" and token.lemma_.lower() in MEASURE_NOUNS
    light = (
        token.pos_ == "NOUN"
        and (token.lemma_.lower() in _HANDING_OVER or _frames_recurring(token))
        and not _held_by_name(token)
    )
    if token.pos_ == "VERB" or light or measure:
        for child in token.children:
            if token.pos_ == "VERB" and child.dep_ in {"dobj", "obj"}:
                return _descend(child, depth + 1)
        # "the decline in production", "the share of rented homes": an amount of the issue
        preps = _PREPS_OF_MEASURE if measure else _PREPS_OF_TOPIC
        for child in token.rights:
            if child.dep_ == "prep" and (token.pos_ == "VERB" or child.lower_ in preps):
                objs = [
                    _descend(o, depth + 1) for o in child.children if o.dep_ in {"pobj", "pcomp"}
                ]
                if objs:
                    # "any mention of Varga's inquiry" parsed with two objects: the issue
                    return next((o for o in objs if _usable(o)), objs[0])
            if child.dep_ in {"acl", "xcomp", "relcl"} and child.pos_ == "VERB":
                return _descend(child, depth + 1)
        if light and not measure:
            stranded = _stranded_complement(token)
            if stranded is not None:
                return _descend(stranded, depth + 1)
    return token


def _stranded_complement(token: Token) -> Token | None:
    """The complement a light noun object leaves to its verb ("saw growing support in
    the senate for the levy": the parse hangs "for the levy" on "saw"; "expressed
    openness to funding the harbour"). "To" with a noun is where to ("sent support to
    Norvale"); with a gerund it is what the noun is about."""
    verb = token.head
    if token.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB":
        return None
    for prep in verb.rights:
        if prep.i <= token.i or prep.dep_ != "prep" or prep.lower_ not in _PREPS_OF_TOPIC:
            continue
        if prep.lower_ == "to":
            return next((o for o in prep.children if o.dep_ == "pcomp" and o.tag_ == "VBG"), None)
        return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _frames_recurring(token: Token) -> bool:
    """Whether a noun the article uses once frames one it keeps returning to: "the
    activities of the research vessel", "a message of unity" are about the vessel, unity."""
    heads = _head_counts(token.doc)
    if heads.get(token.lemma_.lower(), 0) > 1:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _PREPS_OF_TOPIC
        and any(
            obj.dep_ == "pobj" and heads.get(obj.lemma_.lower(), 0) > 1 for obj in prep.children
        )
        for prep in token.rights
    )


# "took aim at X", "took a stand against X": light objects of "take", no topic.
_TAKEN_OBJECTS = ATTACK_OBJECTS | STAND_OBJECTS


def _candidates(cue: Token, content: Span | None, felt: bool) -> list[Token]:
    """Heads of candidate noun phrases, best first: objects before subjects (``felt``: the
    cue is a verb of feeling, see :func:`_read`)."""
    found: list[Token] = []
    if cue.dep_ in {"acl", "relcl"} and cue.head.pos_ in {"NOUN", "PROPN"}:
        # "the bridge closure, blamed by residents on the port authority", "the offer, which
        # the company called final": the cue qualifies the noun it hangs from, and that is the topic
        found.append(cue.head)
    has_clause = any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children)
    # A position cue names its topic as its object: "opposed X", "called for X"; a
    # reporting verb's object is its audience ("told reporters").
    # What a remark is about, named beside its clause: "said of the raid: ...", "spoke
    # about the levy, saying ...".
    # the object of a verb of feeling is who feels it ("the plan angered Roe")
    for child in cue.children:
        if felt and child.dep_ in {"dobj", "obj", "nsubjpass"}:
            continue
        if cue.lemma_.lower() == "take" and child.lemma_.lower() in _TAKEN_OBJECTS:
            continue  # "took aim at X", "took a stand against X": the light noun is no topic
        if child.dep_ in {"dobj", "obj"} and (not has_clause or _subject_cut_off(cue)):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in _PREPS_OF_TOPIC - {"to"}:
            if has_clause and child.lower_ not in _PREPS_OF_REMARK:
                continue
            found.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
    if content is not None and len(content):
        ids = {t.i for t in content}
        roots = [t for t in content if t.head.i not in ids or t.head.i == t.i]
        subjects: list[Token] = []
        for root in roots:
            local = [c for c in root.children if c.dep_ in _OBJECT_DEPS and c.i in ids]
            for child in root.children:
                if child.dep_ in {"xcomp", "ccomp", "advcl"} and child.i in ids:
                    local.extend(c for c in child.children if c.dep_ in _OBJECT_DEPS)
                    local.append(child)
                elif child.dep_ == "prep" and child.i in ids and child.lower_ in _PREPS_OF_TOPIC:
                    # "about X", "on X", "against X"; not "in a general way", "on Monday"
                    local.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
            own = [c for c in root.children if c.dep_ in {"nsubj", "csubj"}]
            nouns = [c for c in own if c.pos_ == "NOUN"]
            if any(_describes(c, nouns) for c in local):
                # "the raid appeared to be a reprisal": a noun subject is what the
                # predicate noun describes, and that is the topic
                local = nouns + local
            found.extend(local)
            subjects.extend(own)
        found.extend(subjects)
        found.extend(_chunk_roots(content))
    return found


def _subject_cut_off(cue: Token) -> bool:
    """Whether the parse took the subject of the cue's clause for the cue's object ("added
    the cost of the dam would fall": "the cost" object of "added", "fall" with no subject)."""
    return any(
        c.dep_ == "ccomp"
        and c.pos_ in {"VERB", "AUX"}
        and not any(d.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for d in c.children)
        for c in cue.children
    )


def _describes(token: Token, subjects: list[Token]) -> bool:
    """Whether a predicate noun describes its noun subject rather than names the topic.

    An indefinite predicate classifies ("the fee was a provincial levy"); a definite one
    identifies ("the priority is the pipeline") and is the topic, unless the subject is
    the issue the article uses more often ("the tax cut is not the root cause of ...").
    """
    if token.dep_ not in {"attr", "oprd"} or not subjects:
        return False
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an"})
        for c in token.children
    )
    if not definite:
        return True
    heads = _head_counts(token.doc)
    return max(heads.get(s.lemma_.lower(), 0) for s in subjects) > heads.get(
        token.lemma_.lower(), 0
    )


def topic_for(cue: Token, content: Span | None, sentence: Span) -> Topic:
    """The normalised topic of one statement read on its own.

    Args:
        cue: the reporting or position word.
        content: what was said (the cue's complement or the quote), when known.
        sentence: the evidence sentence; its ``doc`` is the whole article, used for
            per-article phrase statistics.
    """
    return _read(cue, content, sentence).topic


@dataclass(frozen=True)
class _Reading:
    """A statement's topic as read from its own words, and how firmly they name it."""

    topic: Topic
    #: the phrase names an issue the article returns to (its head occurs again)
    anchored: bool
    #: the content names nothing and points back ("it was a mistake", "this matter")
    pointer: bool


def _person_aimed_at(cue: Token, felt: bool) -> Token | None:
    """The person a position cue is aimed at as its object ("accused Varga of ...",
    "praised Varga"): such a remark is about that person."""
    if felt or any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
        return None  # "the plan angered Roe": Roe feels, the plan is what it is about
    for child in cue.children:
        if child.dep_ in {"dobj", "obj"} and child.ent_type_ == "PERSON":
            return child
    return None


def _read(cue: Token, content: Span | None, sentence: Span) -> _Reading:
    doc = sentence.doc
    # a verb of feeling: who feels is its object, what stirs the feeling the matter
    felt = felt_side(cue) is not None
    person = _person_aimed_at(cue, felt)
    if person is not None:
        name = next((e for e in doc.ents if e.start <= person.i < e.end), None)
        surname = (name[-1] if name is not None else person).text
        return _Reading(Topic(key=surname.casefold(), label=surname), anchored=True, pointer=False)
    heads: list[Token] = []
    candidates = _candidates(cue, content, felt)
    # "this matter", also behind a light noun ("willingness to act on this matter")
    pointer = bool(candidates) and (
        _points_back(candidates[0]) or _points_back(_descend(candidates[0]))
    )
    for candidate in candidates:
        candidate = _descend(candidate)
        if (
            _usable(candidate)
            and candidate.i != cue.i
            and candidate not in heads
            and not _speaks(candidate, cue, felt)
        ):
            heads.append(candidate)
    if not heads:
        chunks = [c for c in _chunk_roots(content or sentence) if _usable(c)]
        heads = [c for c in chunks if c.i != cue.i and not _speaks(c, cue, felt)]
    if not heads:
        # Nothing nameable ("She accused the council of being unfair"): such a remark is
        # about what the article is about.
        main = _main_issue(doc)
        if main is not None:
            return _Reading(main, anchored=False, pointer=True)
        text = " ".join((content or sentence).text.split()[:6]) or cue.text
        return _Reading(Topic(key=text.casefold(), label=text), anchored=False, pointer=True)
    # The syntactic favourite wins unless a later candidate is an issue the article keeps
    # returning to: analysts code few concepts per article, and so should we.
    freq = _head_counts(doc)
    head = max(
        enumerate(heads),
        key=lambda ih: (_POSITION_DECAY ** ih[0]) * freq.get(ih[1].lemma_.lower(), 1),
    )[1]
    key, label = noun_phrase_key(head)
    # a word the article uses once is how this remark is put, not an issue of the
    # article: the article's statements together settle what it is about
    one_off = _one_off(doc, head, key)
    if " " not in key and (change := _change_named(doc, head)) is not None:
        # "cutting taxes" where the article speaks of "the tax cut": one topic
        key, label = change
    elif " " not in key:
        # A bare head ("the quotas") takes the article's usual compound for it; a head
        # with adjectives keeps them ("nuclear power" is no "offshore wind power").
        compounds = _usual_compounds(doc, head.lemma_.lower())
        if compounds:
            best = min(compounds.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
            key, label = best, _labels(doc).get(best, label)
    return _Reading(Topic(key=key, label=label), anchored=not one_off, pointer=pointer and one_off)


def _change_named(doc: Doc, head: Token) -> tuple[str, str] | None:
    """The article's compound for a change done to the head ("tax cut" for the "taxes"
    of "cutting taxes"), when the head is the object of a verb of change and the article
    uses that compound."""
    verb = head.head
    nouns = CHANGE_VERBS.get(verb.lemma_.lower()) if head.dep_ in {"dobj", "obj"} else None
    if not nouns or verb.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    found = [
        (n, key)
        for noun in sorted(nouns)
        for key, n in _doc_stats(doc).get(noun, {}).items()
        if key.split()[-2:] == [lemma, noun]
    ]
    if not found:
        return None
    key = min(found, key=lambda nk: (-nk[0], len(nk[1]), nk[1]))[1]
    return key, _labels(doc).get(key, key)


def _speaks(token: Token, cue: Token, felt: bool) -> bool:
    """Whether ``token`` belongs to the phrase naming who speaks: the cue's subject with
    everything it carries ("Rep. Ana Petrov (D-Wash.), a member of the panel, said"), or
    the agent of a passive cue ("was criticised by the union"). The speaker, their party
    notation and their role are not what the remark is about. A verb of feeling's subject
    or agent is what stirs the feeling ("the toll angered X", "X was angered by the
    toll"), the matter itself: the one who feels is its object."""
    if felt:
        return any(
            child.dep_ in {"dobj", "obj", "nsubjpass"}
            and child.left_edge.i <= token.i <= child.right_edge.i
            for child in cue.children
        )
    if token.head.i == cue.i and token.dep_ in {"nsubj", "nsubjpass"}:
        return True
    return any(
        child.dep_ in {"nsubj", "agent"} and child.left_edge.i <= token.i <= child.right_edge.i
        for child in cue.children
    )


def _one_off(doc: Doc, head: Token, key: str) -> bool:
    """Whether the phrase headed by ``head`` is mentioned once only in the article, and
    none of its words is an issue the article returns to."""
    heads = _head_counts(doc)
    words = [t for t in _np_words(head) if t.pos_ == "NOUN"] or [head]
    return all(heads.get(t.lemma_.lower(), 0) <= 1 for t in words) and key.count(" ") < 2


def _mentions(span: Span, topic: Topic) -> bool:
    """Whether ``span`` names a word of ``topic``'s key (lemmas, so plural meets singular)."""
    words = set(topic.key.split())
    return any(t.lemma_.lower() in words for t in span if t.pos_ in {"NOUN", "PROPN"})


def _points_back(token: Token) -> bool:
    """Whether a candidate only refers back: "it", "this", "this matter", "that power"
    (a noun the article uses only there)."""
    if token.lower_ in _POINTERS and token.pos_ in {"PRON", "DET"}:
        return True
    if _bare_definite(token):
        return True
    if not any(c.dep_ == "det" and c.lower_ in _POINTERS for c in token.children):
        return False
    # "this matter", or a noun the article uses nowhere else ("harness that power"):
    # the demonstrative points back to what was just named in other words
    lemma = token.lemma_.lower()
    return lemma in _POINTING_NOUNS or (
        token.pos_ == "NOUN" and _head_counts(token.doc).get(lemma, 0) <= 1
    )


def _bare_definite(token: Token) -> bool:
    """A definite light noun with nothing of its own ("the proposal would be reviewed",
    "did not confirm the move"): it points back to what was just named."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _DEFINITE_POINTING_NOUNS:
        return False
    children = list(token.children)
    # "the", or a possessive pronoun alone ("his proposal"), makes it definite
    definite = any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in children
    )
    return definite and not any(
        c.dep_ in {"compound", "amod", "nmod", "prep", "acl", "relcl", "nummod"}
        or (c.dep_ == "poss" and c.pos_ != "PRON")
        for c in children
    )
