"""Who speaks: a subject, possessive or "according to" object turned into an actor key."""

from __future__ import annotations

from bisect import insort
from typing import TYPE_CHECKING

from ...names import actor_key
from ..actors import (
    ActorIndex,
    add_person,
    anaphoric,
    group_actor,
    lone_noun_actor,
    lone_singular,
    member_body,
    mention_kind,
    names_outlet,
    one_member,
    phrase_affiliation,
    plural,
    refer_back,
    share_side,
    trailing_phrase_end,
)
from ..coref import Antecedents, antecedent
from ..lexicon import (
    CAPITALS,
    DOCUMENT_NOUNS,
    OUTLET_NOUNS,
    OUTLETS,
    PERSON_NOUNS,
    TITLE_WORDS,
    country_name,
)
from .cues import (
    _COLLECTIVES,
    _ELLIPTIC,
    _FIRST_PERSON,
    _INDEFINITE,
    _NOT_SOURCES,
    _WINDOW_MEMBERS,
)
from .subjects import (
    _author,
    _collective,
    _counted_end,
    _members,
    _picked_from,
    _respondents,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
        group = _picked_from(token)
        if group is not None:
            # "some of the farmers said": members of a group speak for it
            return self.of(group, skip, generic=generic)
        if token.pos_ == "NOUN" and DOCUMENT_NOUNS & {token.lemma_.lower(), token.lower_}:
            author = _author(token, index)
            if author is not None:
                # "a report by the IMF said", "the IMF's statement said": its author speaks
                return self.of(author, skip, generic=generic)
        for child in token.children:
            if child.dep_ == "appos":
                key = index.actor_of(child)
                if key:
                    return key
        if token.lower_ in OUTLET_NOUNS and names_outlet(
            {t.lower_ for t in token.subtree if t.i <= token.i}
        ):
            # "the newspaper Daily Planet": the name beside the noun is the outlet (not
            # "the U.N. refugee agency": an agency of another trade)
            for child in token.children:
                if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
                    return self._generic(child, outlet=True)
        if token.pos_ == "PROPN" or (
            token.is_title and (token.dep_ == "poss" or token.pos_ in ("NOUN", "ADJ"))
        ):
            # a surname NER did not tag, of a person named in full elsewhere in the
            # article (the tagger reads a possessive one as a noun: "Roe’s decision", and
            # one that opens a sentence as a noun or an adjective: "Roe railed against")
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
        if token.lower_ == "those" and (asked := _respondents(token)) is not None:
            key = index.add(asked.text, "Group", key=actor_key(asked.text), alias=asked.text)
            index.mention(asked, key)
            return key  # "those surveyed said": the people a poll asked
        if token.lower_ in ("who", "that", "which") and token.head.dep_ == "relcl":
            # "Ann Gray, a farmer who said ...": the noun the clause modifies
            noun = token.head.head
            if noun.i != token.i and noun.pos_ in ("NOUN", "PROPN"):
                return self.of(_described(noun), skip, generic=generic)
        if token.pos_ == "PRON" or token.lower_ in ("who", "that", "which"):
            return antecedent(token, self.antecedents, skip)
        det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
        person_noun = anaphoric(token) and token.lower_ in PERSON_NOUNS
        if (token.lower_ in TITLE_WORDS and det not in _INDEFINITE) or person_noun:
            # "Deputy Minister for Energy Jane Doe": the name hangs below the title
            for t in token.subtree:
                key = index.actor_of(t)
                if key and index.drafts[key].type == "Person":
                    return key
            key = antecedent(token, self.antecedents, skip)
            if key and person_noun:
                return key  # "the woman said": the person the story spoke of last
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
        from ..relations import find_relation

        found = find_relation(sentence, mention)
        if found is None:
            return None, None
        relation, span = found
        if span.root.lower_ in ("his", "her"):
            # "wary of his plan": whom the text is about, not whoever was named last
            target = self.antecedents.owner_before(span.root, {speaker})
        else:
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
        # "62 pct of those asked": a poll's share is named with its number
        share = token.lemma_.lower() in _NOT_SOURCES or token.lower_ == "pct"
        kept = ("compound", "amod", "poss", "nummod") if share else ("compound", "amod", "poss")
        while start > token.left_edge.i and doc[start - 1].dep_ in kept:
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
            if kind == "Person":
                # a name NER missed still takes the title or apposition beside it ("Aki
                # Tanaka, Norland's top negotiator, said")
                key = add_person(self.index, span)
            else:
                key = self.index.add(text, kind, alias=text)
        else:
            # one unnamed someone ("a senior banker said") is a person; many, or a
            # document ("the report said"), a group
            single = (
                token.tag_ == "NN" and token.lemma_.lower() not in DOCUMENT_NOUNS | _COLLECTIVES
            )
            lemma = " ".join([t.lower_ for t in span[:-1]] + [token.lemma_.lower()])
            kind = mention_kind(span, "Person" if single else "Group")
            if kind is None:
                return None  # "the only sure way", "people": no one in particular
            type_ = kind
            # "a lawyer for Lisbon's port authority": whom the source speaks for is part
            # of how it is named, whatever the noun
            end = trailing_phrase_end(token)
            if _collective(token):
                # "a group of farm ministers (led by ...)": named by whom it gathers
                gathered = max(g.i for p in token.children if p.lower_ == "of" for g in p.children)
                end = max(end, gathered + 1)
                lemma = f"{lemma} {doc[token.i + 1 : end].text.lower()}"
            elif share and (of := next((p for p in token.children if p.lower_ == "of"), None)):
                # "48 pct of the members surveyed": a share is named with whom it counts
                end = max(end, _counted_end(of))
                lemma = f"{lemma} {doc[token.i + 1 : end].text.lower()}"
            affiliation = phrase_affiliation(self.index, token, end)
            if affiliation is None:
                # "48 pct of the senators polled", "the congressmen": the body they sit in
                share_of = share_side(self.index, token) if share else None
                affiliation = share_of or member_body(self.index, token)
            owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
            if owner is not None and not share:
                start = min(start, owner.left_edge.i)  # "Ann Roe's campaign", not "campaign"
            span = doc[start:end]
            text = span.text.strip()
            if owner is not None and not share:
                # "his brother" is named by whose brother he is: "Tom Hale's brother"
                text = f"{self._owner_name(owner)} {doc[owner.right_edge.i + 1 : end].text}"
                lemma = text.lower()
            if one_member(token):
                # "a friend said": one of the friends, as analysts code unnamed sources
                text, type_ = plural(token), "Group"
            elif lone_singular(span) and not share:
                # "the woman who ...", "a company he owns": one someone the words do not
                # name; a government's body is the government of the story's country
                return lone_noun_actor(self.index, token)
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

    def _owner_name(self, owner: Token) -> str:
        """How a possessor is written before what it owns: an actor's name ("Roe's" ->
        "Ann Roe's"), a possessive pronoun as its antecedent's ("his" -> "Tom Hale's")
        where the story says whose it is, anything else as written."""
        key = self.index.actor_of(owner)
        if key is None and owner.pos_ == "PRON" and owner.lower_ not in ("my", "our", "your"):
            key = antecedent(owner, self.antecedents, set())
        if key is not None:
            return f"{self.index.drafts[key].label}'s"
        return owner.doc[owner.left_edge.i : owner.right_edge.i + 1].text

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


def _described(noun: Token) -> Token:
    """The name a description of a relative clause describes: "Ann Roe, a senator who
    ..." and "Ann Roe is a senator who ..." are about Ann Roe, not any senator; any other
    noun describes itself."""
    if noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
    return noun


def _subject_keys(verb: Token, speakers: _Speakers, *, passive: bool = False) -> dict[str, Token]:
    """The actors of a verb's subjects (coordinated ones too), each with its token; of a
    passive's subjects with ``passive``."""
    keys: dict[str, Token] = {}
    dep = "nsubjpass" if passive else "nsubj"
    for subject in (c for c in verb.children if c.dep_ == dep):
        for member in _members(subject):
            key = speakers.of(member, set(keys), generic=_collective(member))
            if key and key not in keys:
                keys[key] = member
    return keys
