"""Verb cues: a reporting, position or cognition verb, its speakers and its content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    CALL_PARTICLES,
    CLAUSE_ONLY_VERBS,
    DOCUMENT_NOUNS,
    GATHERING_NOUNS,
    POSITION_VERBS,
    RELAY_VERBS,
    REPORTING_VERBS,
)
from .cues import (
    _CLAUSAL,
    _HYPOTHETICAL,
    _LIGHT_VERBS,
    _LISTENER_VERBS,
    _NEUTRAL_RELAYS,
    _NOMINAL_DEPS,
    _OBJECTS,
    _OPENING,
    _PARTICIPLE_CUES,
    _POSITION_PREPS,
    _QUOTES,
    _SPEECH_PARTICIPLES,
    _STATEMENT_VERBS,
    _TALK_VERBS,
)
from .spans import (
    _after_colon,
    _before_trailing_cue,
    _beside,
    _Candidate,
    _quote_before,
    _quoted,
    _rest,
    _strip,
    _subtree_span,
)
from .speakers import _Speakers
from .subjects import (
    _absolute,
    _author,
    _collective,
    _it_is,
    _listed_verb,
    _means_gerund,
    _member_of,
    _members,
    _predicate_after_apposition,
    _said_to,
    _share,
    _stranded_subject,
    _trailing_name,
    anyone_saying,
    hung_on_content,
    stranded_in_participle,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _content(cue: Token, lemma: str) -> Span | None:
    """What the cue introduces: its clause, or for a position verb its object."""
    doc = cue.doc
    clauses = [c for c in cue.children if c.dep_ in _CLAUSAL and not _beside(c)]
    if not clauses and lemma in REPORTING_VERBS:
        # "X said Friday the bank, as ..., should have": a long subject makes the parser
        # call the complement an adverbial clause; one with no "because"/"if" is the content
        clauses = [
            c
            for c in cue.children
            if c.dep_ == "advcl"
            and c.tag_ in ("VB", "VBD", "VBZ", "VBP")
            and not any(g.dep_ == "mark" for g in c.children)
            and c.i > cue.i
        ]
    if not clauses and lemma in _LISTENER_VERBS:
        # "told a panel chaired by Y that ...": the parser may hang the "that" clause on
        # the listener; a clause marked by "that" (no relative pronoun) is what was told
        clauses = [
            c
            for o in cue.children
            if o.dep_ in _OBJECTS
            for c in o.children
            if c.dep_ in ("acl", "relcl")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ]
    if clauses:
        return _subtree_span(doc, clauses)
    if lemma not in _LISTENER_VERBS and (lemma not in CLAUSE_ONLY_VERBS or lemma in POSITION_VERBS):
        objects = [c for c in cue.children if c.dep_ in _OBJECTS]
        if objects:
            return _subtree_span(doc, objects)
    if lemma in POSITION_VERBS:
        allowed = (
            {"about", "of", "on"} if lemma in _TALK_VERBS else _POSITION_PREPS | CALL_PARTICLES
        )
        preps = [
            c
            for c in cue.children
            if c.dep_ in ("prep", "prt")
            and c.lower_ in allowed
            # "spoke on Monday": a date says when, not what about
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        ]
        if lemma == "call" and not any(p.lower_ in CALL_PARTICLES for p in preps):
            return None
        if preps:
            return _subtree_span(doc, preps)
    return None


def _owned(subject: Token, speakers: _Speakers) -> bool:
    """ "The Brown campaign", "Berg's lawyers": a body or aide named by whom it serves."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "poss") and speakers.index.actor_of(c) for c in subject.children
    )


def _inverted(cue: Token) -> bool:
    """A cue that opens its sentence, its speaker right after it and then a colon or a
    quotation: "Added the minister: ...", "Said Brown, “...”"."""
    return _inverted_speaker(cue) is not None


def _inverted_speaker(cue: Token) -> Token | None:
    """The speaker named right after a sentence-opening cue, before a colon or quotation."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBN") or cue.i != cue.sent.start:
        return None
    obj = next((c for c in cue.children if c.dep_ in _OBJECTS and c.i > cue.i), None)
    if obj is None or obj.left_edge.i != cue.i + 1 or obj.right_edge.i + 2 >= cue.sent.end:
        return None
    after = doc[obj.right_edge.i + 1]
    if after.text == ":" or (after.text == "," and doc[after.i + 1].text in _OPENING):
        return obj
    return None


def _inverted_candidate(
    cue: Token, lemma: str, sentence: Span, speakers: _Speakers
) -> _Candidate | None:
    """ "Commented one diplomat: “...”", "Added the mayor, “...”": cue, speaker, words."""
    speaker = _inverted_speaker(cue)
    if speaker is None:
        return None
    key = speakers.of(speaker, set(), generic=True)
    content = _quoted(sentence) or _strip(sentence.doc[speaker.right_edge.i + 2 : sentence.end])
    if key is None or content is None:
        return None
    return _Candidate(cue, lemma, [key], content, False, subjects={key: speaker})


def _said_as_thing(cue: Token) -> bool:
    """ "trouble with what X said", "whatever X wrote": a free relative names the words
    as a thing someone else talks about; they are not stated in this sentence."""
    return not any(c.dep_ in _CLAUSAL for c in cue.children) and any(
        c.dep_ == "dobj" and c.lower_ in ("what", "whatever") and c.i < cue.i for c in cue.children
    )


def _subjects(cue: Token) -> tuple[list[Token], bool]:
    """Subject tokens of a cue (with coordinated ones) and whether they were inherited."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # "Voters, Roe suggested, need not worry": the parser gives the set-off cue the
        # main clause's subject too; the one next to the cue, no comma between, speaks
        doc = cue.doc
        near = [
            s
            for s in subjects
            if s.i < cue.i and not any(t.text == "," for t in doc[s.right_edge.i + 1 : cue.i])
        ]
        subjects = near or subjects
    if not subjects and (_absolute(cue) or _predicate_after_apposition(cue)):
        subjects = [cue.head]
    inherited = False
    if (
        cue.dep_ == "pcomp"
        and cue.head.lower_ == "with"
        and subjects
        and all(s.lower_ in _PART_OF_GROUP and s.n_lefts + s.n_rights == 0 for s in subjects)
    ):
        # "senators balked, with some saying ...": the members speak for the group
        group = [c for c in cue.head.head.children if c.dep_ == "nsubj"]
        subjects = group or subjects
    if (
        cue.dep_ == "conj"
        and subjects
        and all(s.lower_ in _PART_OF_GROUP and s.n_lefts + s.n_rights == 0 for s in subjects)
    ):
        # "analysts expect a rise and many believe ...": the members of the group the
        # first clause names
        group = [c for c in cue.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        subjects = group or subjects
    if not subjects:
        agents = [c for c in cue.children if c.dep_ == "agent"]
        subjects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
    if (
        not subjects
        and cue.lemma_.lower() in _PASSIVE_STANDS
        and any(c.dep_ == "auxpass" for c in cue.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.children)
    ):
        # "the members were opposed to the tax": a stand, held by the passive's subject
        # (the parser may hang the subject on the auxiliary: "X is opposed")
        auxes = [c for c in cue.children if c.dep_ == "auxpass"]
        subjects = [c for c in cue.children if c.dep_ == "nsubjpass"] or [
            g for a in auxes for g in a.children if g.dep_ == "nsubj"
        ]
    if not subjects and cue.dep_ == "conj":
        # "X stated ... and cautioned ...": the second verb shares the first one's subject
        head = cue.head
        while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects and head.dep_ == "advcl" and (head.tag_ == "VBG" or _listed_verb(head)):
            # "X turned on Y, calling it lazy and accusing it of ...": the participles
            # share the subject the first one takes from its clause
            subjects, _ = _subjects(head)
        inherited = True
    if not subjects and _listed_verb(cue):
        subjects, inherited = _listed_verb(cue), True
    if not subjects and cue.dep_ == "xcomp":
        # "it is hard to imagine ...": the "it" of an adjective speaks for no one
        subjects = [c for c in cue.head.children if c.dep_ == "nsubj" and not _it_is(c)]
        if not subjects and _said_to(cue.head):
            # "X is said to oppose Y": X's position, relayed by no one named
            subjects = [c for c in cue.head.children if c.dep_ == "nsubjpass"]
        inherited = True
    if not subjects and _means_gerund(cue):
        # "X stirred anger by saying that ...": the one who acted by speaking spoke
        subjects = [c for c in cue.head.head.children if c.dep_ == "nsubj"]
        inherited = True
    if (
        not subjects
        and cue.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and cue.lemma_.lower() in _PARTICIPLE_CUES
        and (
            cue.head.lemma_.lower() not in _STATEMENT_VERBS
            or cue.head.lemma_.lower() in _NEUTRAL_RELAYS
            # "X defended the plan, saying ...": a deed, not speech, came before
            or cue.head.lemma_.lower() not in REPORTING_VERBS
            # "X defended it, calling him “a troublemaker”": naming someone is an act
            # of its own whatever came before
            or any(c.dep_ == "oprd" for c in cue.children)
            # "X warned that A, arguing that B": two complements, two claims
            or (
                any(c.dep_ == "ccomp" for c in cue.children)
                and any(c.dep_ == "ccomp" for c in cue.head.children)
            )
        )
    ):
        # "X bristled at the idea, saying it ...", "X said ..., adding that ...": the
        # participle is an act of speech of its own (after a cue that takes a side,
        # "X warned ..., saying ..." is one statement)
        head = cue.head
        if (
            cue.lemma_.lower() in _SPEECH_PARTICIPLES
            and head.dep_ in _CLAUSAL
            and head.head.lemma_.lower() in REPORTING_VERBS
        ):
            # "X said the policy is right, adding ...": the parser hangs the participle on
            # the reported clause, but a policy adds nothing: the speaker above does
            head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return [m for subject in subjects for m in _members(subject)], inherited


def _cue_text(cue: Token, lemma: str) -> str:
    """The cue as written; a light verb keeps its object ("expressed openness")."""
    if lemma in _LIGHT_VERBS:
        for child in cue.children:
            if child.dep_ in _OBJECTS and child.pos_ == "NOUN":
                return f"{cue.text} {child.text}"
    if lemma == "call":
        for child in cue.children:
            if child.dep_ in ("prep", "prt") and child.lower_ in CALL_PARTICLES:
                return f"{cue.text} {child.text}"
    return cue.text


def _beside_quote(
    cue: Token, lemma: str, sentence: Span, speakers: _Speakers, previous: Span | None
) -> _Candidate | None:
    """ "“...,” she continued.", "A sign read “...”": a quotation right beside the cue."""
    doc = cue.doc
    near = range(max(sentence.start, cue.i - 4), min(sentence.end, cue.i + 3))
    after = _after_colon(cue, sentence)
    if after is not None and doc[after.start - 1].text not in _OPENING:
        after = None  # "She continued:" introduces a quotation, not any next sentence
    if cue.dep_ in _NOMINAL_DEPS or not (after or any(doc[i].text in _QUOTES for i in near)):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    content = _quoted(sentence) or _quote_before(cue, sentence, previous) or after
    if content is None or content.start <= cue.i < content.end or not subjects:
        return None
    keys = {k: s for s in subjects if (k := speakers.of(s, set(), generic=True))}
    if not keys:
        return None
    return _Candidate(cue, lemma, list(keys), content, False, subjects=keys)


# Verbs whose passive with "to" states its subject's stand: "X is opposed to Y".
_PASSIVE_STANDS = frozenset({"oppose"})


# Quantifiers that, as the subject of "with ... saying", pick members of a group named
# before ("senators balked, with some saying ...").
_PART_OF_GROUP = frozenset({"one", "some", "many", "most", "several", "another", "others", "each"})


def _document_participle(cue: Token, lemma: str, speakers: _Speakers) -> _Candidate | None:
    """ "X issued a statement saying ...", "X's letter calling for ...": the writer speaks.

    A participle of a statement verb hanging off a document noun reports what the
    document says; its author is the noun's owner ("X's letter", "a letter by X") or,
    when the document is the object of a verb, that verb's subject.
    """
    noun = cue.head
    content = _content(cue, lemma)
    if content is None:
        return None
    author = _author(noun, speakers.index)
    if author is None and noun.dep_ in ("dobj", "obj"):
        author = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if author is None:
        return None
    key = speakers.of(author, set(), generic=True)
    if key is None:
        return None
    return _Candidate(cue, lemma, [key], content, False, subjects={key: author})


def _verb_candidate(
    cue: Token, lemma: str, sentence: Span, speakers: _Speakers, previous: Span | None = None
) -> _Candidate | None:
    if lemma in REPORTING_VERBS and _inverted(cue):
        return _inverted_candidate(cue, lemma, sentence, speakers)
    if anyone_saying(cue):
        return None  # "as they say in baseball": a saying, said by no one in particular
    agentive = cue.dep_ == "acl" and any(c.dep_ == "agent" for c in cue.children)
    if (
        cue.dep_ == "acl"
        and cue.tag_ == "VBG"
        and cue.head.lemma_.lower() in DOCUMENT_NOUNS
        and (lemma in _PARTICIPLE_CUES or lemma in REPORTING_VERBS)
    ):
        return _document_participle(cue, lemma, speakers)
    # "..., with one saying ...": a clause of its own, with its own subject
    clause = (
        (cue.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in cue.children))
        or _absolute(cue)
        or _predicate_after_apposition(cue)
        or (_means_gerund(cue) and lemma in REPORTING_VERBS)
    )
    if cue.dep_ in _NOMINAL_DEPS and not agentive and not clause:
        return None
    if (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBN"
        and not any(c.dep_ == "nsubj" for c in cue.children)
    ):
        if _as_by(cue):
            # "could not pay now, as demanded by the banks": the banks' position is
            # what the clause it modifies is about
            return _agent_position(cue, lemma, speakers)
        return None  # "Asked whether ..., X replied": the question, not a statement
    if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL for c in cue.children):
        return None  # "if Poland rejected ...": a supposition, nobody's statement
    if stranded_in_participle(cue):
        return None  # "X, addressing the council, said ...": the cue after it speaks
    if lemma == "address" and any(
        c.dep_ in _OBJECTS and c.lemma_.lower() in GATHERING_NOUNS for c in cue.children
    ):
        return None  # "addressed a rally" says where, not what
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children) and cue.dep_ != "xcomp":
        return None  # "possible for Poland to discuss ...": a purpose or possibility
    if _said_as_thing(cue):
        return None
    content = _content(cue, lemma)
    if content is None and any(c.dep_ == "agent" for c in cue.children):
        # "the plan was described by X as a mistake": what X describes is the subject
        passive = [c for c in cue.children if c.dep_ in ("nsubjpass", "oprd", "advcl")]
        passive += [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"]
        if any(c.dep_ == "nsubjpass" for c in passive):
            content = _subtree_span(cue.doc, passive)
    if agentive and content is None and cue.head.i < cue.i:
        # "the fire, blamed by X on Y": what X blames is the noun the clause modifies
        content = _subtree_span(cue.doc, [cue.head])
        if content is not None and content.end > cue.i:
            content = cue.doc[content.start : cue.i]
    if (
        content is None
        and cue.dep_ == "advcl"
        and lemma in REPORTING_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    ):
        content = _rest(cue)  # "As X has pointed out, the plan ...": the clause it marks
    if content is None and lemma in REPORTING_VERBS and lemma not in POSITION_VERBS:
        content = (
            _quoted(sentence)
            or _before_trailing_cue(cue, sentence)
            or _quote_before(cue, sentence, previous)
            or _after_colon(cue, sentence)
        )
        if content is None:
            return None
    if content is None and lemma in POSITION_VERBS and lemma not in REPORTING_VERBS:
        return None
    if content is None and lemma in REPORTING_VERBS:
        content = _quote_before(cue, sentence, previous)  # "“Why?” Hale asked."
    if lemma in REPORTING_VERBS and hung_on_content(cue):
        return _Candidate(cue, lemma, [], content, False, orphan=True)
    subjects, inherited = _subjects(cue)
    keys: list[str] = []
    tokens: dict[str, Token] = {}
    if not subjects:
        if cue.tag_ == "VBG" or cue.dep_ in ("advcl", "xcomp"):
            return None  # a participle ("..., saying ...") adds to its head's statement
        if any(c.dep_ == "nsubjpass" for c in cue.children):
            return None  # "X is expected to ...": someone's expectation, nobody named
        stranded = _stranded_subject(cue)
        if stranded is not None:
            key = speakers.of(stranded, set(), generic=lemma in REPORTING_VERBS)
            if key:
                keys.append(key)
                tokens[key] = stranded
        elif (name := _trailing_name(cue, sentence)) is not None:
            key = speakers.of_name(name, lemma in RELAY_VERBS)
            if key:
                keys.append(key)
        else:
            return None
    else:
        seen: set[str] = set()
        # a source no rule knows must at least say something: a clause or a quotation
        # ("the businessman said China ..."), not just act on an object
        clausal = content is not None and (
            any(c.dep_ in _CLAUSAL or c.dep_ == "advcl" for c in cue.children)
            or any(t.text in _QUOTES for t in sentence)
            or content.start >= sentence.end  # "X responded:" and the next paragraph
        )
        generic = lemma in REPORTING_VERBS and not inherited
        for subject in subjects:
            others = {speakers.index.actor_of(s) for s in subjects if s.i != subject.i}
            known = speakers.index.actor_of(subject)
            # a document ("a new poll shows ...") or a source that says something
            document = subject.lemma_.lower() in DOCUMENT_NOUNS
            key = speakers.of(
                subject,
                {k for k in others if k},
                generic=(generic and (clausal or document))
                or (
                    not inherited
                    and (_share(subject) or _owned(subject, speakers) or _collective(subject))
                ),
            )
            if key and not known and lemma in RELAY_VERBS and subject.pos_ == "PROPN":
                # a name no table knows that "reports" is a news outlet
                draft = speakers.index.drafts[key]
                if draft.type == "Organization":
                    draft.type = "Outlet"
            if key and key not in seen:
                seen.add(key)
                keys.append(key)
                tokens[key] = subject
                _member_of(subject, key, speakers.index)
    if not keys:
        if inherited and cue.dep_ == "conj" and lemma in REPORTING_VERBS:
            # "X said that Y must ... and warned that ...": the parser hung the
            # second cue on the content; its speaker is the one of the cue above it
            return _Candidate(cue, lemma, [], content, False, orphan=True)
        return None
    return _Candidate(cue, lemma, keys, content, inherited, subjects=tokens)


def _as_by(cue: Token) -> bool:
    """ "as sought by X", "as proposed by X": a participle marked by "as" with its agent."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) and any(
        c.dep_ == "agent" for c in cue.children
    )


def _agent_position(cue: Token, lemma: str, speakers: _Speakers) -> _Candidate | None:
    """The agent of an "as ... by X" participle holds the position the clause is about."""
    subjects, _ = _subjects(cue)
    keys = {k: s for s in subjects if (k := speakers.of(s, set(), generic=True))}
    if not keys:
        return None
    content = _rest(cue)
    return _Candidate(cue, lemma, list(keys), content, False, subjects=keys)
