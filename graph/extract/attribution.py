"""Who said what: attributions read off spaCy's dependency parse, one pass per sentence.

An attribution is a cue (a reporting verb such as "said", a position verb such as
"opposed", or "according to"), one or more speakers (actor keys) and the content (the
clausal complement or object). Nesting is resolved within the sentence: in "X reported
that Y said ..." Y is the speaker and X only relays it (``reported_by``).
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..resolve import actor_key
from .actors import (
    ActorIndex,
    group_actor,
    mention_kind,
    phrase_affiliation,
    refer_back,
    trailing_phrase_end,
)
from .coref import Antecedents, antecedent
from .lexicon import (
    ATTITUDE_OPPOSE,
    ATTITUDE_SUPPORT,
    CALL_PARTICLES,
    CAPITALS,
    CLAUSE_ONLY_VERBS,
    COGNITION_VERBS,
    COPULAS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    NOUN_CUES,
    ORG_NOUNS,
    OUTLET_NOUNS,
    OUTLETS,
    POSITION_VERBS,
    QUOTE_ONLY_VERBS,
    RELAY_VERBS,
    REPORTING_VERBS,
    TITLE_WORDS,
    country_name,
)
from .stance import valence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Attribution", "find_attributions"]

# Dependencies that hold what was said: "said [that X]", "wants [to X]", "“X,” he said".
_CLAUSAL = frozenset({"ccomp", "xcomp", "parataxis"})
# Objects that hold a position's target: "opposed [X]", "called [for X]".
_OBJECTS = frozenset({"dobj", "obj", "attr"})
_POSITION_PREPS = frozenset({"for", "against", "on", "with", "to", "about", "over"})
# Verbs whose object is the listener, not the content ("told reporters").
_LISTENER_VERBS = frozenset({"tell", "inform", "notify", "brief", "ask", "assure", "reassure"})
# Light verbs whose object carries the meaning ("expressed [openness]"): the cue keeps it.
_LIGHT_VERBS = frozenset({"express", "voice", "offer", "issue", "make"})
# A verb in one of these roles modifies a noun ("the reported deal"), it reports nothing.
_NOMINAL_DEPS = frozenset({"amod", "acl", "compound", "nmod", "pcomp"})
_QUOTES = frozenset({'"', "“", "”", "''", "``"})
_OPENING = frozenset({'"', "“", "``", "''"})
# Plain saying verbs: "X said Y opposed Z" relays Y's position, it is not X's own.
_NEUTRAL_RELAYS = frozenset({"say", "tell", "add", "note"})
# Participles that report speech of their own ("..., saying that ..."), unlike "advocating".
_SPEECH_PARTICIPLES = frozenset(
    {"say", "add", "note", "argue", "claim", "warn", "insist", "explain", "tell", "write"}
)
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
_HYPOTHETICAL = frozenset({"if", "unless", "whether"})
_FIRST_PERSON = frozenset({"i", "we"})
# Noun cues whose "of" object is what they are about ("criticism of X", "support of X").
_OF_TARGET_NOUNS = frozenset(
    {
        "criticism",
        "support",
        "opposition",
        "rejection",
        "praise",
        "endorsement",
        "backing",
        "denial",
        "attack",
        "attacks",
        "condemnation",
        "accusation",
        "accusations",
    }
)
# Lemmas the small English model gets wrong, keyed by (lemma, first letters of the word).
_LEMMA_FIXES = {("hop", "hope"): "hope", ("retweete", "retw"): "retweet"}
# Verbs of talk that state a position only about something ("spoke about X", not "spoke
# to reporters").
_TALK_VERBS = frozenset({"talk", "speak"})
# "declined to comment", "refused to confirm": a statement of no position.
_DECLINE_VERBS = frozenset({"decline", "refuse"})
# Heads of a subject that count or measure rather than name someone ("67 percent say").
# Cognition verbs of wanting, whose object alone is a position ("X wants change").
_DESIRE_VERBS = frozenset({"want", "prefer"})
# Cognition verbs of judging, a position with "as" ("X sees the plan as a mistake").
_VIEW_VERBS = frozenset({"see", "view", "regard"})
# Subjects that stand for one more member of a group just quoted ("Another said ...").
_ELLIPTIC = frozenset({"another", "one"})
# How far back (in tokens) "another" may look for the group whose member spoke.
_WINDOW_MEMBERS = 400
_NOT_SOURCES = frozenset({"percent", "%", "third", "thirds", "half", "majority", "number", "share"})


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


@dataclass(frozen=True)
class Attribution:
    """One speaker's statement in one sentence: cue, content and provenance."""

    cue: Token
    cue_text: str
    speaker: str
    content: Span | None
    sentence: Span
    reported_by: str | None = None
    target_actor: str | None = None
    relation: str | None = None  # "agree" | "disagree" with target_actor
    source: Token | None = None  # the speaker's mention in the sentence, when there is one


def _subtree_span(doc: Doc, tokens: list[Token]) -> Span | None:
    if not tokens:
        return None
    start = min(t.left_edge.i for t in tokens)
    end = max(t.right_edge.i for t in tokens) + 1
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    return doc[start:end] if start < end else None


def _strip(span: Span) -> Span | None:
    """A span without the punctuation and spaces at its ends."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if start < end else None


def _content(cue: Token, lemma: str) -> Span | None:
    """What the cue introduces: its clause, or for a position verb its object."""
    doc = cue.doc
    clauses = [c for c in cue.children if c.dep_ in _CLAUSAL]
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


def _quoted(sentence: Span) -> Span | None:
    """The text between the first pair of quotation marks in a sentence, if any."""
    opened = None
    for tok in sentence:
        if tok.text in _QUOTES:
            if opened is None:
                opened = tok.i + 1
            elif tok.i > opened:
                return sentence.doc[opened : tok.i]
    if opened is not None and opened < sentence.end - 1:
        # a quotation that runs on into the next sentence
        end = sentence.end
        while end > opened and (sentence.doc[end - 1].is_punct or sentence.doc[end - 1].is_space):
            end -= 1
        return sentence.doc[opened:end] if end > opened else None
    return None


# Words that may follow a sentence-final cue ("..., the Daily Planet reported in May.").
_TRAILER_DEPS = frozenset(
    {"prep", "pobj", "npadvmod", "det", "amod", "compound", "nummod", "dobj", "advmod"}
)


def _before_trailing_cue(cue: Token, sentence: Span) -> Span | None:
    """The claim around a cue set off by commas, when the parse gives it no complement.

    "It disbanded after the election, the Planet reported." (the clause before), "That, an
    aide explained, is by design." (the rest, around the aside) and "As the Planet noted,
    the mayor raised $1 million." (the clause the "as" phrase modifies).
    """
    doc = cue.doc
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return _rest(cue)
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > cue.i:
        return None
    start = subject.left_edge.i
    if start - sentence.start < 2 or doc[start - 1].text != ",":
        return None
    end = cue.i + 1
    while end < sentence.end and (doc[end].dep_ in _TRAILER_DEPS or doc[end].is_space):
        end += 1
    before = doc[sentence.start : start - 1]
    after = doc[end : sentence.end]
    if any(not (t.is_punct or t.is_space) for t in after):
        if after[0].text != ",":
            return None
        # an aside in the middle: the claim runs on after it
        before = before if len(before) >= len(after) else after[1:]
    elif len(before) < 4:
        return None
    return _subtree_span(doc, list(before)) if len(before) else None


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


def _subjects(cue: Token) -> tuple[list[Token], bool]:
    """Subject tokens of a cue (with coordinated ones) and whether they were inherited."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    inherited = False
    if not subjects:
        agents = [c for c in cue.children if c.dep_ == "agent"]
        subjects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
    if not subjects and cue.dep_ == "conj":
        # "X stated ... and cautioned ...": the second verb shares the first one's subject
        head = cue.head
        while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        inherited = True
    if not subjects and cue.dep_ == "xcomp":
        subjects = [c for c in cue.head.children if c.dep_ == "nsubj"]
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
    expanded: list[Token] = []
    for subject in subjects:
        for member in (subject, *(c for c in subject.conjuncts if c.dep_ == "conj")):
            expanded.append(member)
            # "delegates including Finance Minister X said": X speaks too
            for child in member.children:
                if child.lower_ == "including":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            expanded.append(pobj)
                            expanded.extend(c for c in pobj.conjuncts if c.dep_ == "conj")
    return expanded, inherited


def _trailing_name(cue: Token, sentence: Span) -> Span | None:
    """The name after a sentence-final cue with no subject: "..., reports DailyNews."."""
    doc = cue.doc
    start = cue.i + 1
    end = start
    while end < sentence.end and not doc[end].is_punct and not doc[end].is_space:
        end += 1
    rest = doc[end : sentence.end]
    if start == end or end - start > 5 or any(not (t.is_punct or t.is_space) for t in rest):
        return None
    name = doc[start:end]
    if not any(c.isalpha() for c in name.text) or name[0].pos_ in ("DET", "PRON", "ADP"):
        return name if name[0].lower_ in ("he", "she", "they") else None
    return name


def _author(document: Token, index: ActorIndex) -> Token | None:
    """Who wrote a document: "the IMF's report", "a report by the IMF", "an editorial in X".

    Not "a survey of farmers": an "of" object is what the document is about.
    """
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "compound" and index.actor_of(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "in"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and (index.actor_of(pobj) or pobj.pos_ == "PROPN"):
                return pobj
    return None


class _Speakers:
    """Turns a subject token into an actor key: names, pronouns, titles, groups."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.antecedents = Antecedents.of(index)
        self.group_speakers: list[tuple[int, str]] = []  # (cue token, key) in text order
        self.generic: set[str] = set()  # sources no rule knew, named by a bare noun phrase
        self.in_quotes: set[int] = set()  # tokens inside quotation marks
        self.members: list[tuple[int, str]] = []  # (token, group) of "one diplomat said"

    def spoke(self, cue: Token, key: str) -> None:
        """Remember a speaker, so "they" can find the group that spoke last."""
        if self.index.drafts[key].type == "Group":
            self.group_speakers.append((cue.i, key))

    def of(self, token: Token, skip: set[str], *, generic: bool = False) -> str | None:
        """The actor ``token`` (a subject or "according to" object) stands for.

        With ``generic``, a noun phrase no table knows still names a source ("the
        businessman", "a new poll", "Stevens"): reporting verbs say so.
        """
        if token.lower_ in _ELLIPTIC and not any(True for _ in token.children) and self.members:
            at, member = self.members[-1]
            if token.i - at < _WINDOW_MEMBERS and member not in skip:
                return member  # "one diplomat said ... Another said": one more of them
        key = self._of(token, skip, generic=generic)
        if (
            key is not None
            and token.pos_ == "NOUN"
            and token.tag_ == "NN"
            and key in self.index.plural
            and self.index.drafts[key].type == "Group"
        ):
            # "a diplomat" merged into "the diplomats" is one person: "he" may be them next
            insort(self.antecedents.persons, (token.i, key))
            self.members.append((token.i, key))
        return key

    def _of(self, token: Token, skip: set[str], *, generic: bool = False) -> str | None:
        index = self.index
        if token.i in index.dateline:
            # "PARIS, May 3 -" says where, not who; but the parser may make the city the
            # subject of "PARIS, May 3 - Chairman X said" and hang X on it as an apposition
            appos = [c for c in token.children if c.dep_ == "appos" and c.i not in index.dateline]
            tagged = [c for c in appos if index.actor_of(c)]
            return self.of((tagged or appos)[0], skip, generic=generic) if appos else None
        if token.i in self.in_quotes:
            # a noun inside a quotation is the speaker's words ("a comment by a judge"),
            # not a source of its own: only actors already known qualify
            generic = False
        if token.pos_ == "NOUN":
            # "Spain's foreign minister, Ana Ruiz, said": the person named beside a title
            # is the speaker, not the office
            for child in token.children:
                if child.dep_ != "appos":
                    continue
                named = index.actor_of(child)
                if named and index.drafts[named].type == "Person":
                    return named
                if named is None and child.pos_ == "PROPN" and token.lower_ in TITLE_WORDS:
                    return self._generic(child)  # a name the NER missed, set off by its title
        key = index.actor_of(token)
        if key:
            return key
        if token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS:
            author = _author(token, index)
            if author is not None:
                # "a report by the IMF said", "the IMF's statement said": its author speaks
                return self.of(author, skip, generic=generic)
        for child in token.children:
            if child.dep_ == "appos":
                key = index.actor_of(child)
                if key:
                    return key
        if token.lower_ in OUTLET_NOUNS:
            # "the newspaper Daily Planet": the name beside the noun is the outlet
            for child in token.children:
                if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
                    return self._generic(child, outlet=True)
        if token.pos_ == "PROPN":
            # a surname NER did not tag, of a person named in full elsewhere in the article
            known = index.surnames.get(token.lower_)
            if known:
                index.mention(token.doc[token.i : token.i + 1], known)
                return known
            # a capital or country NER missed ("Lisbon welcomed ..."), named by the whole
            # compound ("Central Asia" is no "Asia")
            ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
            start = token.i
            while start > token.left_edge.i and token.doc[start - 1].dep_ == "compound":
                start -= 1
            name = ent.text if ent is not None else token.doc[start : token.i + 1].text
            country = CAPITALS.get(name.casefold()) or country_name(name)
            if country and token.ent_type_ in ("", "GPE"):
                key = index.add(country, "Country", alias=token.text)
                index.mention(token.doc[token.i : token.i + 1], key)
                return key
        if token.lower_ in _FIRST_PERSON and token.i not in self.in_quotes:
            # "I think ..." in the writer's own voice (an opinion piece): the author, when
            # the source names one; no one else is the writer
            return index.add(index.author, "Person") if index.author else None
        if token.lower_ in ("they", "them") and self.group_speakers:
            at, key = self.group_speakers[-1]
            if token.i - at < 120 and key not in skip:
                return key  # "officials said ... they said": the group that spoke last
        if token.lower_ in ("who", "that", "which") and token.head.dep_ == "relcl":
            # "Ann Gray, a farmer who said ...": the noun the clause modifies
            noun = token.head.head
            if noun.i != token.i and noun.pos_ in ("NOUN", "PROPN"):
                return self.of(noun, skip, generic=generic)
        if token.pos_ == "PRON" or token.lower_ in ("who", "that", "which"):
            return antecedent(token, self.antecedents, skip)
        det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
        if token.lower_ in TITLE_WORDS and det not in _INDEFINITE:
            # "Deputy Minister for Energy Jane Doe": the name hangs below the title
            for t in token.subtree:
                key = index.actor_of(t)
                if key and index.drafts[key].type == "Person":
                    return key
            key = antecedent(token, self.antecedents, skip)
            if key:
                # "the party leader said": a surface form of that person
                start = token.left_edge.i
                while start < token.i and token.doc[start].dep_ == "det":
                    start += 1
                alias = token.doc[start : token.i + 1].text
                index.add(alias, index.drafts[key].type, key=key, alias=alias)
                return key
        if token.pos_ == "NOUN":
            key = refer_back(index, token) or group_actor(index, token)
            if key or not generic:
                return key
        if token.ent_type_ in ("LOC", "GPE", "NORP", "ORG") and token.i not in index.dateline:
            # a region or body NER knows but no table does ("Central Asia", "the Balkans")
            ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
            if ent is not None:
                while len(ent) > 1 and ent[0].dep_ == "det":
                    ent = ent[1:]
                key = index.add(ent.text, "Organization" if ent.label_ == "ORG" else "Group")
                index.mention(ent, key)
                return key
        lemma = token.lemma_.lower()
        if lemma in _NOT_SOURCES or token.pos_ == "NUM":
            # "two-thirds of Democratic insiders said": the people counted are the source
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return self.of(pobj, skip, generic=generic)
            # "Sixty percent said ...", "half say ...": a poll's share of respondents
            # who say something is the source, named by the share
            return self._generic(token) if generic and token.i not in index.dateline else None
        if not generic or token.i in index.dateline:
            return None
        if token.pos_ in ("PROPN", "NOUN"):
            return self._generic(token)
        return None

    def relation(
        self, sentence: Span, mention: Token | None, speaker: str
    ) -> tuple[str | None, str | None]:
        """Explicit agreement or disagreement of a speaker with another actor, if stated."""
        if mention is None:
            return None, None
        from .relations import find_relation

        found = find_relation(sentence, mention)
        if found is None:
            return None, None
        relation, span = found
        target = self.index.actor_of(span.root) or self.of(span.root, {speaker})
        if target is None and span.root.is_title and span.root.pos_ in ("ADJ", "PROPN"):
            # "criticized Northern plans": a collective named by an adjective
            target = self.index.add(span.text, "Group", alias=span.text)
            self.index.mention(span, target)
        if target is None or target == speaker:
            return None, None
        return relation, target

    def _generic(self, token: Token, *, outlet: bool = False) -> str | None:
        """An actor for a source named by a noun phrase that no rule recognised."""
        doc = token.doc
        start = token.i
        while start > token.left_edge.i and doc[start - 1].dep_ in ("compound", "amod", "poss"):
            start -= 1
        while start < token.i and (doc[start].is_punct or doc[start].tag_ == "POS"):
            start += 1
        span = doc[start : token.i + 1]
        text = span.text.strip()
        if not any(c.isalpha() for c in text):
            return None
        if token.pos_ == "PROPN":
            if outlet or text.casefold() in OUTLETS:
                type_ = "Outlet"
            elif token.ent_type_ in ("", "PERSON") and token.is_title:
                type_ = "Person"
            else:
                type_ = "Organization"
            kind = mention_kind(span, type_)  # type: ignore[arg-type]
            if kind is None:
                return None  # only actors are actors ("Meh", a mis-tagged verb)
            key = self.index.add(text, kind, alias=text)
        else:
            # one unnamed someone ("a senior banker said") is a person; many, or a
            # document ("the report said"), a group
            single = token.tag_ == "NN" and token.lemma_.lower() not in DOCUMENT_NOUNS
            lemma = " ".join([t.lower_ for t in span[:-1]] + [token.lemma_.lower()])
            kind = mention_kind(span, "Person" if single else "Group")
            if kind is None:
                return None  # "the only sure way", "people": no one in particular
            type_ = kind
            # "a lawyer for Lisbon's port authority": whom the source speaks for is part
            # of how it is named, whatever the noun
            end = trailing_phrase_end(token)
            affiliation = phrase_affiliation(self.index, token, end)
            span = doc[start:end]
            text = span.text.strip()
            key = self.index.add(
                text,
                type_,  # type: ignore[arg-type]
                key=actor_key(lemma),
                alias=text,
                affiliation=affiliation,
            )
        self.index.mention(span, key)
        self.generic.add(key)
        return key

    def of_name(self, name: Span, relay: bool) -> str | None:
        """A speaker written as a bare name after its cue (no parse role to go by)."""
        key = self.index.actor_of(name.root)
        if key:
            return key
        if name.root.pos_ == "PRON":
            return self.of(name.root, set())
        text = name.text
        type_ = "Outlet" if relay or text.casefold() in OUTLETS else "Organization"
        if mention_kind(name, type_) is None:  # type: ignore[arg-type]
            return None
        key = self.index.add(text, type_, alias=text)  # type: ignore[arg-type]
        self.index.mention(name, key)
        return key


@dataclass
class _Candidate:
    cue: Token
    lemma: str
    speakers: list[str]
    content: Span | None
    inherited: bool
    reported_by: str | None = None
    dropped: bool = False
    orphan: bool = False  # a cue whose subject is the outer cue's speaker
    cue_text: str | None = None  # when the cue is more than its verb
    noun: bool = False  # a noun cue ("X's proposal"): a statement of its own wherever it is
    subjects: dict[str, Token] = field(default_factory=dict)  # speaker key -> its mention


def _subject_keys(verb: Token, speakers: _Speakers) -> dict[str, Token]:
    """The actors of a verb's subjects (coordinated ones too), each with its token."""
    keys: dict[str, Token] = {}
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for member in (subject, *(c for c in subject.conjuncts if c.dep_ == "conj")):
            key = speakers.of(member, set(keys))
            if key and key not in keys:
                keys[key] = member
    return keys


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


def _colon_source(sentence: Span, speakers: _Speakers) -> _Candidate | None:
    """ "Lopez: the plan is a mistake", "... - Acme Research: “All samples ...”".

    A short name at the start of a sentence (or after a dash) followed by a colon
    introduces what that source says, in headlines and in lists of quotes.
    """
    doc = sentence.doc
    start = sentence.start
    while start < sentence.end and doc[start].is_space:
        start += 1
    for tok in sentence:
        if tok.text in ("-", "—", "–") and tok.i < sentence.end - 3:
            start = tok.i + 1
        if tok.text != ":":
            continue
        name = doc[start : tok.i]
        if not 1 <= len(name) <= 5 or tok.i + 2 >= sentence.end:
            return None
        head = name.root
        if name[0].lower_ in ("from", "more"):
            # "More from the report: “...”": the object of "from" is the source
            pobj = next((t for t in name if t.dep_ == "pobj" and t.head.lower_ == "from"), None)
            head = pobj if pobj is not None else head
        if head.pos_ not in ("PROPN", "NOUN") or any(t.pos_ == "VERB" for t in name):
            return None
        if sum(t.is_alpha for t in doc[tok.i + 1 : sentence.end]) < 2:
            return None  # "Brown: 1,769.", "float:left": a tally or code, no claim
        if (
            head.pos_ == "NOUN"
            and head.is_lower
            and not any(t.i in speakers.index.by_token for t in name)
            and (
                head.lemma_.lower() not in DOCUMENT_NOUNS | OUTLET_NOUNS | ORG_NOUNS
                or any(c.dep_ == "poss" for c in head.children)
            )
        ):
            return None  # "A reminder: ...", "Editor's note: ...": the writer's own aside
        key = speakers.of(head, set(), generic=True)
        if key is None:
            return None
        content = _subtree_span(doc, list(doc[tok.i + 1 : sentence.end]))
        if content is not None and content.start <= tok.i:
            # the parse hung the label on the claim's verb: the claim is what follows
            content = _strip(doc[tok.i + 1 : sentence.end])
        return _Candidate(tok, ":", [key], content, False, subjects={key: head})
    return None


def _quote_before(cue: Token, sentence: Span, previous: Span | None) -> Span | None:
    """ "“Will prices rise?” Brown asked.": the question ended the sentence before."""
    if previous is None or cue.i - sentence.start > 4:
        return None
    tokens = [t for t in previous if not t.is_space]
    if len(tokens) < 3 or tokens[-1].text not in _QUOTES:
        return None
    if tokens[0].text not in _OPENING and any(t.text in _QUOTES for t in tokens[:-1]):
        return None  # the sentence before is not all quotation (nor its last part)
    return _subtree_span(cue.doc, [previous.root])


def _after_colon(cue: Token, sentence: Span) -> Span | None:
    """ "Brown continued:" ending a paragraph: what follows is what was said."""
    doc = cue.doc
    end = sentence.end
    while end > sentence.start and doc[end - 1].is_space:
        end -= 1
    if end - 1 <= cue.i or doc[end - 1].text != ":" or end - 1 - cue.i > 4:
        return None
    if end >= len(doc):
        return None
    after = doc[end:]
    following = next((t.sent for t in after if not t.is_space), None)
    return _strip(following) if following is not None else None


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


def _verb_candidate(
    cue: Token, lemma: str, sentence: Span, speakers: _Speakers, previous: Span | None = None
) -> _Candidate | None:
    agentive = cue.dep_ == "acl" and any(c.dep_ == "agent" for c in cue.children)
    if cue.dep_ in _NOMINAL_DEPS and not agentive:
        return None
    if (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBN"
        and not any(c.dep_ == "nsubj" for c in cue.children)
    ):
        return None  # "Asked whether ..., X replied": the question, not a statement
    if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL for c in cue.children):
        return None  # "if Poland rejected ...": a supposition, nobody's statement
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children) and cue.dep_ != "xcomp":
        return None  # "possible for Poland to discuss ...": a purpose or possibility
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
    subjects, inherited = _subjects(cue)
    keys: list[str] = []
    tokens: dict[str, Token] = {}
    if not subjects:
        if cue.tag_ == "VBG" or cue.dep_ in ("advcl", "xcomp"):
            return None  # a participle ("..., saying ...") adds to its head's statement
        if any(c.dep_ == "nsubjpass" for c in cue.children):
            return None  # "X is expected to ...": someone's expectation, nobody named
        name = _trailing_name(cue, sentence)
        if name is None:
            return None
        key = speakers.of_name(name, lemma in RELAY_VERBS)
        if key:
            keys.append(key)
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
                generic=(generic and (clausal or document)) or (not inherited and _share(subject)),
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


# Words that make a noun cue the marker of a relation, not a statement ("Contrary to
# X's assertion, ..."): the relation is read by .relations.
_MARKER_HEADS = frozenset({"contrary", "unlike", "despite", "contrast"})


def _noun_cue(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X's proposal to ...", "the sharp reply of X", "a Danish attempt to ...".

    The owner is a possessive, an "of"/"from"/"by" object, or a name modifying the noun;
    only actors a rule already knows (or a possessive pronoun's antecedent) qualify.
    """
    head = cue.head
    if head.lower_ in ("to", "with") and head.head.lower_ in _MARKER_HEADS:
        return None
    verb = head.head if cue.dep_ == "pobj" else head
    # "the angry reply of X highlighted the rift": a subject that an adjective judges
    # is a statement of its own, unless its verb reports what it says ("X's statement
    # said that ..."); "X's plan offers ..." describes the plan, not a reaction
    said = (
        cue.dep_ != "nsubj"
        or any(c.dep_ in _CLAUSAL for c in verb.children)
        or not any(c.dep_ == "amod" and abs(valence(c)) >= 1.0 for c in cue.children)
    )
    if cue.dep_ in ("dobj", "pobj", "nsubj") and (
        verb.lemma_.lower() in _MARKER_HEADS
        or (said and (verb.lemma_.lower() in _STATEMENT_VERBS or verb.lemma_.lower() == "cite"))
    ):
        return None  # "opposed X's proposal": the target of another statement
    owner: Token | None = None
    for child in cue.children:
        if child.dep_ == "poss" or (
            child.dep_ in ("compound", "amod", "nmod") and child.i in speakers.index.by_token
        ):
            owner = child
            break
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
            if child.lower_ == "of" and cue.lemma_.lower() in _OF_TARGET_NOUNS:
                continue  # "criticism of X": X is the target, not the critic
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            named = pobj is not None and (
                pobj.i in speakers.index.by_token
                or pobj.pos_ == "PROPN"
                # "the reply of European exporters": a group of people or businesses
                or (pobj.pos_ == "NOUN" and pobj.lemma_.lower() in GROUP_NOUNS)
            )
            if named or (pobj is not None and child.lower_ in ("from", "by")):
                owner = pobj
                break
    if owner is None and cue.dep_ == "dobj":
        # "the plan drew criticism from X", "faced calls from X": the source hangs on
        # the verb that receives the reaction
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.i > cue.i:
                owner = next((g for g in prep.children if g.dep_ == "pobj"), None)
                break
    if owner is None:
        return None
    key = speakers.of(owner, set(), generic=owner.pos_ == "NOUN" and owner.dep_ == "pobj")
    if key is None:
        return None
    content_tokens = [c for c in cue.children if c.i != owner.i and c.dep_ not in ("det", "poss")]
    if owner.head.head.i == head.i and cue.dep_ == "dobj":
        # what drew the reaction is what it is about
        content_tokens = [c for c in head.children if c.dep_ == "nsubj"] or content_tokens
    content = _subtree_span(cue.doc, content_tokens) if content_tokens else None
    cand = _Candidate(cue, cue.lemma_.lower(), [key], content, False, subjects={key: owner})
    cand.noun = True
    return cand


def _cognition(cue: Token, lemma: str, speakers: _Speakers) -> _Candidate | None:
    """ "X wants to ...", "X knows that ...": a position held, when it takes a clause."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp")]
    if not clauses and lemma in _DESIRE_VERBS:
        # "X wants a new road", "half preferred the mayor": the object is what they want
        clauses = [c for c in cue.children if c.dep_ in ("dobj", "obj")]
    if not clauses and lemma in _VIEW_VERBS and any(c.lower_ == "as" for c in cue.children):
        # "X sees the plan as a mistake": a judgement, its object and what it is seen as
        clauses = [c for c in cue.children if c.dep_ in ("dobj", "obj") or c.lower_ == "as"]
    if not clauses:
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    keys: dict[str, Token] = {}
    for subject in subjects:
        key = speakers.of(subject, set(), generic=_share(subject))
        if key:
            keys[key] = subject
    if not keys:
        return None
    return _Candidate(cue, lemma, list(keys), _subtree_span(cue.doc, clauses), False, subjects=keys)


_ATTITUDES = ATTITUDE_SUPPORT | ATTITUDE_OPPOSE
# Unions the hot paths test against, built once rather than on every token.
_STATEMENT_VERBS = REPORTING_VERBS | POSITION_VERBS
_PARTICIPLE_CUES = _SPEECH_PARTICIPLES | POSITION_VERBS
# Cues that, under "X said ...", still report someone's position.
_RELAYED_CUES = REPORTING_VERBS | _ATTITUDES
# What an attitude is toward: "happy with", "wary of", "angry at", "opposed to".
_ATTITUDE_PREPS = frozenset(
    {"with", "about", "at", "over", "by", "of", "on", "to", "toward", "towards", "regarding"}
)


# Modals of inference: "must be pleased", "may be unhappy" guess at someone's attitude.
_GUESS_MODALS = frozenset({"must", "may", "might", "could"})


def _attitude(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X was not happy with Y", "X is wary of Y", "X remained reluctant to Y".

    An attitude adjective predicated of an actor, with what it is toward (a
    prepositional object or a clause), states the actor's position as much as "X
    opposed Y" does. Only actors a rule knows qualify as subjects ("the market was
    happy" is nobody's position).
    """
    verb = cue.head
    if cue.dep_ != "acomp" or verb.lemma_.lower() not in COPULAS:
        return None
    if cue.i in speakers.in_quotes or any(c.lower_ in _GUESS_MODALS for c in verb.children):
        # "“Y must be happy with it”": a quotation is its speaker's words, and a guess
        # about Y's feelings is not Y's position
        return None
    objects = [
        c
        for c in cue.children
        if (c.dep_ == "prep" and c.lower_ in _ATTITUDE_PREPS) or c.dep_ in ("ccomp", "xcomp")
    ]
    if not objects:
        return None
    keys = _subject_keys(verb, speakers)
    if not keys:
        return None
    cand = _Candidate(
        cue, cue.lemma_.lower(), list(keys), _subtree_span(cue.doc, objects), False, subjects=keys
    )
    if verb.i < cue.i <= verb.i + 3:
        cand.cue_text = cue.doc[verb.i : cue.i + 1].text  # "was not happy"
    return cand


# Nouns that make a stance of "in": "X is in favor of Y", "X is in support of Y".
_STAND_NOUNS = frozenset({"favor", "favour", "support"})
# Cue lemmas of a stated stand, relayed like an attitude ("X said Y was against Z").
_STANDS = _STAND_NOUNS | {"against"}


def _stand(prep: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X is against Y", "X remains in favor of Y": a position stated with a preposition.

    As with attitude adjectives, only actors a rule knows qualify as subjects, and a
    guess ("X may be against it") is nobody's position.
    """
    verb = prep.head
    if prep.dep_ != "prep" or verb.lemma_.lower() not in COPULAS:
        return None
    if any(c.lower_ in _GUESS_MODALS for c in verb.children):
        return None
    cue, target = prep, next((c for c in prep.children if c.dep_ == "pobj"), None)
    if target is not None and prep.lower_ == "in":
        if target.lemma_.lower() not in _STAND_NOUNS:
            return None
        cue = target  # "in favor of Y": the noun carries the stance, its "of" the target
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if target is None:
        return None
    keys = _subject_keys(verb, speakers)
    if not keys:
        return None
    content = _subtree_span(prep.doc, [target])
    cand = _Candidate(cue, cue.lemma_.lower(), list(keys), content, False, subjects=keys)
    end = prep.i if cue.i == prep.i else cue.i + 1  # "is against", "is in favor of"
    cand.cue_text = prep.doc[verb.i : end + 1].text if verb.i < prep.i <= verb.i + 3 else None
    return cand


def _quoted_as(cue: Token, sentence: Span, speakers: _Speakers) -> _Candidate | None:
    """ "The agency quoted her as saying ...": she is the speaker, the agency relays her."""
    quoted = next((c for c in cue.children if c.dep_ in _OBJECTS), None)
    if quoted is None:
        return None
    speaker = speakers.of(quoted, set(), generic=True)
    if speaker is None:
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    reporter = speakers.of(subject, {speaker}, generic=True) if subject is not None else None
    clauses = [c for c in cue.children if c.dep_ in _CLAUSAL]
    content = _subtree_span(cue.doc, clauses) if clauses else _quoted(sentence)
    cand = _Candidate(cue, "quote", [speaker], content, False, subjects={speaker: quoted})
    cand.reported_by = reporter
    return cand


def _declined(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X declined to comment / to give details": a statement that takes no side."""
    for xcomp in cue.children:
        if xcomp.dep_ == "xcomp" and xcomp.lemma_.lower() in REPORTING_VERBS:
            subjects, _ = _subjects(cue)
            keys = [k for k in (speakers.of(s, set(), generic=True) for s in subjects) if k]
            if keys:
                end = max([xcomp.i] + [c.i for c in xcomp.children if c.dep_ in _OBJECTS])
                cand = _Candidate(cue, cue.lemma_.lower(), keys, None, False)
                cand.cue_text = cue.doc[cue.i : end + 1].text
                return cand
    return None


# Verbs of answering: "did not respond to requests for comment" declines to comment.
_ANSWER_VERBS = frozenset({"respond", "reply", "return", "answer"})
# What was not answered: a request, call or message.
_REQUEST_NOUNS = frozenset({"request", "call", "message", "inquiry", "query", "question", "email"})


def _unanswered(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X did not respond to requests for comment": a statement of no position."""
    if not any(c.dep_ == "neg" for c in cue.children):
        return None
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for request in prep.children:
            if request.dep_ == "pobj" and request.lemma_.lower() in _REQUEST_NOUNS:
                comment = next((t for t in request.subtree if t.lemma_.lower() == "comment"), None)
                if comment is None:
                    return None
                subjects, _ = _subjects(cue)
                keys = [k for k in (speakers.of(s, set(), generic=True) for s in subjects) if k]
                if not keys:
                    return None
                cand = _Candidate(cue, cue.lemma_.lower(), keys, None, False)
                start = min([cue.i] + [c.i for c in cue.children if c.dep_ in ("aux", "neg")])
                cand.cue_text = cue.doc[start : comment.i + 1].text
                return cand
    return None


def _made_clear(cue: Token, speakers: _Speakers) -> _Candidate | None:
    """ "X made it clear that ...", "X has made clear that ...": X states the clause."""
    clear = next(
        (c for c in cue.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp")),
        None,
    )
    if clear is None:
        return None
    clauses = [
        c
        for c in (*clear.children, *cue.children)
        if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > clear.i and c.pos_ in ("VERB", "AUX")
    ]
    if not clauses:
        return None
    subjects, inherited = _subjects(cue)
    keys = {k: s for s in subjects if (k := speakers.of(s, set()))}
    if not keys:
        return None
    cand = _Candidate(
        cue, "make clear", list(keys), _subtree_span(cue.doc, clauses), inherited, subjects=keys
    )
    cand.cue_text = cue.doc[cue.i : clear.i + 1].text
    return cand


def _rest(token: Token) -> Span | None:
    """The clause an "according to X" phrase modifies, without the phrase itself."""
    head = token.head
    if head.i == token.i:
        return None
    doc = token.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if token.left_edge.i <= start:
        start = token.right_edge.i + 1
    elif token.right_edge.i + 1 >= end:
        end = token.left_edge.i
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if start < end else None


def _according_to(token: Token, speakers: _Speakers) -> _Candidate | None:
    """ "according to X": X is the speaker of the clause it modifies."""
    for prep in token.children:
        if prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    key = speakers.of(pobj, set(), generic=True)
                    if key:
                        return _Candidate(token, "according to", [key], _rest(token), False)
    return None


def _cited(cite: Token, speakers: _Speakers) -> str | None:
    """Who a "citing ..." participle names: "citing X", "citing a report by X"."""
    for obj in cite.children:
        if obj.dep_ not in _OBJECTS:
            continue
        key = speakers.index.actor_of(obj)
        if key:
            return key
        if obj.lower_ in NOUN_CUES or obj.lemma_.lower() in NOUN_CUES:
            for child in obj.children:
                if child.dep_ == "poss":
                    return speakers.of(child, set())
                if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return speakers.of(pobj, set())
        return speakers.of(obj, set())
    return None


def _nearest_cue(token: Token, cues: dict[int, _Candidate]) -> tuple[_Candidate | None, bool]:
    """The closest ancestor cue of ``token`` and whether the path crossed an adverbial clause."""
    crossed = False
    while token.head.i != token.i:
        crossed = crossed or token.dep_ in ("advcl", "conj", "relcl")
        token = token.head
        if token.i in cues:
            return cues[token.i], crossed
    return None, crossed


def _in_adjunct(cue: Token, outer: Token) -> bool:
    """Whether ``cue`` sits in a prepositional phrase of what ``outer`` introduces.

    "X said prospects are good, [with the bid backed by Y]": Y's position is a detail
    of X's own claim, unlike "X said [that Y backed the bid]".
    """
    token = cue
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head  # "was [in favor] of": the stand's own phrase is no adjunct
    while token.i != outer.i and token.head.i != token.i:
        if token.dep_ == "prep":
            return True
        token = token.head
    return False


def _resolve_nesting(
    cands: dict[int, _Candidate],
    cites: list[Token],
    speakers: _Speakers,
    quoted: set[int],
) -> None:
    """Reporter versus speaker when one attribution sits inside another's content.

    ``quoted`` holds the tokens inside quotation marks: a cue there is part of what the
    outer speaker said ("“I get endorsed by X,” Y said" is Y's statement only).
    """
    for cite in cites:
        outer, _ = _nearest_cue(cite, cands)
        if outer is None or outer.lemma not in RELAY_VERBS or not outer.speakers:
            continue
        cited = _cited(cite, speakers)
        if cited and cited not in outer.speakers:
            outer.reported_by = outer.speakers[0]
            outer.speakers = [cited]
            reporter = speakers.index.drafts[outer.reported_by]
            if reporter.type == "Organization" and reporter.affiliation is None:
                reporter.type = "Outlet"  # reports citing its sources: a news organisation
    for cand in sorted(cands.values(), key=lambda c: c.cue.i):
        outer, crossed = _nearest_cue(cand.cue, cands)
        if outer is None or outer.dropped or not outer.speakers:
            continue
        if cand.lemma == "according to":
            # "X said ..., according to Z": Z relays X's statement
            outer.reported_by = outer.reported_by or cand.speakers[0]
            cand.dropped = True
            continue
        if cand.noun or cand.lemma == ":":
            continue  # a noun cue or a speaker label is a statement wherever it hangs
        if cand.orphan:
            cand.speakers = list(outer.speakers)
            cand.reported_by = outer.reported_by
            continue
        if cand.cue.i in quoted and outer.cue.i not in quoted:
            cand.dropped = True  # a verb inside the quotation is part of what was said
            continue
        if crossed:
            continue  # "..., though she voiced hope": a separate act of its own
        if cand.inherited:
            cand.dropped = True  # "urged to reject": one act, already counted
            continue
        if set(cand.speakers) <= set(outer.speakers):
            cand.dropped = True  # "X said that she agrees": the content of one act
            continue
        if (
            cand.lemma not in _RELAYED_CUES
            and cand.cue.lower_ not in _ATTITUDES
            and cand.lemma not in _STANDS
        ):
            # "officials said Chile is trying ...": an aim, not a statement; "X said Y was
            # unhappy with Z" reports Y's position, like "X said Y opposed Z"
            cand.dropped = True
            continue
        if set(cand.speakers) <= speakers.generic:
            cand.dropped = True  # "X said that a survey showed ...": the survey is X's evidence
            continue
        cand.reported_by = outer.reported_by or outer.speakers[0]
        if outer.lemma in RELAY_VERBS or outer.lemma in _NEUTRAL_RELAYS:
            cand.reported_by = outer.speakers[0]
            # "X reported that Y said": X only relays Y; but in "X said prospects are
            # good, with the plan backed by Y" X's own claim is the clause around Y's
            outer.dropped = outer.dropped or not _in_adjunct(cand.cue, outer.cue)


def _quotation_tokens(doc: Doc) -> set[int]:
    """Tokens inside quotation marks, across sentences (a quotation may run on)."""
    inside = False
    found: set[int] = set()
    for token in doc:
        if token.text in _QUOTES:
            inside = token.text in ("“", "``") or (token.text != "”" and not inside)
        elif inside:
            found.add(token.i)
    return found


def _trim(span: Span) -> Span | None:
    """A span without the punctuation, conjunctions and "that" at its ends."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "mark")):
        end -= 1
    return doc[start:end] if start < end else None


# Conjunctions that set one claim against another: "while X, Y" states X and Y.
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _clause(token: Token) -> bool:
    """Whether a verb heads a clause of its own (it has a subject)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _claims(content: Span | None, cue: Token) -> list[Span | None]:
    """The claims of one complement: two when it sets one clause against another.

    "said that while troops would not go, the government aims to help" and "that prices
    would rise and that wages would not" are two claims with their own targets, each a
    statement; anything else is one. Only a complement after its cue is split: "While
    A, B, they said" opens with the scene for one claim.
    """
    if content is None or content.start < cue.i:
        return [content]
    root = content.root
    doc = content.doc
    for child in root.children:
        if not (content.start <= child.i < content.end) or not _clause(child):
            continue
        contrast = child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _CONTRAST_MARKS for g in child.children
        )
        # "that A and that B": the second "that" marks a second complement
        second = child.dep_ == "conj" and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        )
        leading = child.left_edge.i <= content.start + 1
        # a contrast set first is the speaker's ("while A, B"); one trailing the claim
        # ("A, though B") is as often the writer's aside
        if not ((contrast and leading) or second):
            continue
        part = _subtree_span(doc, [child])
        if leading:
            rest = _trim(doc[child.right_edge.i + 1 : content.end])
        else:
            rest = _trim(doc[content.start : child.left_edge.i])
        if part is not None and rest is not None and len(rest) > 2:
            return [part, rest] if part.start < rest.start else [rest, part]
    return [content]


def find_attributions(doc: Doc, index: ActorIndex) -> Iterator[Attribution]:
    """Every attributed statement of a parsed article, sentence by sentence.

    A sentence that only continues a quotation ("... ,” she said. “We will ...”) belongs
    to the speaker of the quotation begun in the sentence before; sentences that open a
    quotation whose cue comes only at its end (“We will fight. We will win,” she said.)
    belong to that cue's speaker.
    """
    speakers = _Speakers(index)
    speakers.in_quotes = speakers.antecedents.quoted = _quotation_tokens(doc)
    inside = False
    previous: list[Attribution] = []
    last_sentence: Span | None = None
    per_sentence: list[list[Attribution]] = []
    # sentences of a quotation still open, with no cue outside it: their speaker may be
    # named when the quotation closes
    pending: list[tuple[int, Span]] = []
    for sentence in doc.sents:
        quoted = inside
        opened_before = inside
        first = True
        in_quotes: set[int] = set()
        cands: dict[int, _Candidate] = {}
        cites: list[Token] = []
        for token in sentence:
            text = token.text
            lemma = token.lemma_.lower()
            lemma = _LEMMA_FIXES.get((lemma, token.lower_[:4]), lemma)
            if first and not token.is_space:
                first = False
                quoted = quoted or text in _OPENING
            # quotation marks: which tokens are inside a quotation, and whether one is
            # still open at the end of the sentence
            if text in _QUOTES:
                inside = text in ("“", "``") or (text != "”" and not inside)
                continue
            if inside:
                in_quotes.add(token.i)
            if token.lower_ == "according":
                cand = _according_to(token, speakers)
                if cand:
                    cands[token.i] = cand
            elif token.dep_ == "acomp" and (token.lower_ in _ATTITUDES or lemma in _ATTITUDES):
                cand = _attitude(token, speakers)
                if cand:
                    cands[token.i] = cand
            elif token.dep_ == "prep" and token.lower_ in ("against", "in"):
                cand = _stand(token, speakers)
                if cand:
                    cands[cand.cue.i] = cand
            elif token.pos_ == "NOUN" and lemma in NOUN_CUES:
                cand = _noun_cue(token, speakers)
                if cand:
                    cands[token.i] = cand
            elif token.pos_ == "VERB":
                if lemma == "cite" and token.tag_ == "VBG":
                    cites.append(token)
                    continue
                if lemma == "quote":
                    cand = _quoted_as(token, sentence, speakers)
                    if cand:
                        cands[token.i] = cand
                elif lemma in _ANSWER_VERBS and _unanswered(token, speakers):
                    cands[token.i] = _unanswered(token, speakers)  # type: ignore[assignment]
                elif lemma == "make":
                    cand = _made_clear(token, speakers)
                    if cand:
                        cands[token.i] = cand
                elif lemma in _DECLINE_VERBS:
                    cand = _declined(token, speakers)
                    if cand:
                        cands[token.i] = cand
                elif lemma in QUOTE_ONLY_VERBS:
                    cand = _beside_quote(token, lemma, sentence, speakers, last_sentence)
                    if cand:
                        cands[token.i] = cand
                elif lemma in REPORTING_VERBS or lemma in POSITION_VERBS:
                    cand = _verb_candidate(token, lemma, sentence, speakers, last_sentence)
                    if cand:
                        cands[token.i] = cand
                elif lemma in COGNITION_VERBS and token.dep_ in ("ROOT", "conj"):
                    cand = _cognition(token, lemma, speakers)
                    if cand:
                        cands[token.i] = cand
        first_cue = min(cands, default=sentence.end)
        if any(t.text == ":" and t.i < first_cue for t in sentence):
            # "BROWN: I think ...": a transcript's speaker label comes before any cue of
            # what the speaker says
            cand = _colon_source(sentence, speakers)
            if cand and cand.cue.i < first_cue:
                for other in cands.values():
                    # "Berg: “The data show ...”": a cue inside the quotation is part of it
                    other.dropped = other.dropped or other.cue.i in in_quotes
                cands[cand.cue.i] = cand
        continues = (
            quoted
            and bool(previous)
            and sum(1 for t in sentence if t.is_alpha) >= 2
            and (
                any(t.text in _QUOTES for t in previous[0].sentence)
                # "Brown continued:" then the quotation in the next paragraph
                or previous[0].sentence.text.rstrip().endswith(":")
            )
        )
        only_quoted = quoted and all(c.cue.i in in_quotes for c in cands.values())
        if continues and only_quoted:
            # "... ,” she said. “I disagree with what he said.”": a cue inside the
            # quotation is part of what the quotation's speaker says
            cands = {}
        if not cands:
            if continues:
                continued = _continued(previous, sentence)
                per_sentence.append(continued)
                previous = continued
                pending = []
            else:
                previous = []
                per_sentence.append([])
                opened = quoted and inside  # still inside the quotation at its end
                pending = [*pending, (len(per_sentence) - 1, sentence)] if opened else []
            last_sentence = sentence
            continue
        _resolve_nesting(cands, cites, speakers, in_quotes)
        verbal = {k for c in cands.values() if not c.noun and not c.dropped for k in c.speakers}
        for cand in cands.values():
            if cand.noun and set(cand.speakers) <= verbal:
                cand.dropped = True  # "X said its offer ...": one statement
        found: list[Attribution] = []
        for cand in sorted(cands.values(), key=lambda c: c.cue.i):
            if cand.dropped:
                continue
            cue_text = cand.cue_text or (
                "according to" if cand.lemma == "according to" else _cue_text(cand.cue, cand.lemma)
            )
            for speaker in cand.speakers:
                speakers.spoke(cand.cue, speaker)
                mention = cand.subjects.get(speaker) or cand.subjects.get(cand.reported_by or "")
                relation, target = speakers.relation(sentence, mention, speaker)
                found.extend(
                    Attribution(
                        cue=cand.cue,
                        cue_text=cue_text,
                        speaker=speaker,
                        content=claim,
                        sentence=sentence,
                        reported_by=cand.reported_by if cand.reported_by != speaker else None,
                        target_actor=target,
                        relation=relation,
                        source=cand.subjects.get(speaker),
                    )
                    for claim in _claims(cand.content, cand.cue)
                )
        closing = [a for a in found if a.cue.i not in in_quotes]
        if pending and opened_before and closing:
            # the quotation the pending sentences opened closes here, with its cue
            for at, earlier in pending:
                per_sentence[at] = _continued(closing, earlier)
        per_sentence.append(found)
        pending = [(len(per_sentence) - 1, sentence)] if only_quoted and inside else []
        previous = found
        last_sentence = sentence
    for found in per_sentence:
        yield from found


def _continued(source: list[Attribution], sentence: Span) -> list[Attribution]:
    """The attributions of ``source``'s last cue carried over to another sentence."""
    content = _subtree_span(sentence.doc, [sentence.root])
    return [
        Attribution(a.cue, a.cue_text, a.speaker, content, sentence, a.reported_by)
        for a in source
        if a.cue.i == source[-1].cue.i
    ]
