"""Contrasts the writer states between two actors, with no one quoted.

"X and Y stood on opposing sides of Z", "X and Y differ on Z", "the rift between X and
Y", "X's views could not be more different from Y's": the sentence says that two actors
disagree, though neither is reported as saying anything. Each such sentence gives one
statement of the first actor named, with the second as its target and the relation
``disagree`` (a stated contrast has no direction, so the first named stands for both).
The statement's cue is the word that states the contrast; its content is what the two
differ on, when the sentence says it ("of Z", "on Z", "over Z").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..relations import stated_difference
from .spans import Attribution, _subtree_span

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .speakers import _Speakers

__all__ = [
    "CONTRAST_ADJECTIVES",
    "RIFT_NOUNS",
    "by_contrast",
    "stated_contrasts",
    "writers_contrasts",
]

#: Adjectives that make two sides, views or positions opposed ones.
CONTRAST_ADJECTIVES: frozenset[str] = frozenset(
    ["opposing", "opposite", "different", "differing", "conflicting", "contrasting", "divergent"]
)
#: Nouns of what actors hold or stand on: "opposing sides", "conflicting views".
_SIDE_NOUNS: frozenset[str] = frozenset(
    ["side", "view", "position", "stance", "opinion", "approach", "camp"]
)
#: Verbs that, with two coordinated subjects, say the two disagree: "X and Y differ on Z".
_RECIPROCAL_VERBS: frozenset[str] = frozenset(
    ["differ", "disagree", "clash", "diverge", "feud", "quarrel", "spar"]
)
#: Nouns of a rift, whose "between X and Y" names the two sides.
RIFT_NOUNS: frozenset[str] = frozenset(
    ["division", "split", "rift", "disagreement", "difference", "gulf", "feud", "dispute", "divide"]
)
#: Prepositions that give what the two differ on.
_ABOUT: frozenset[str] = frozenset(["of", "on", "over", "about", "in"])


def _pair(head: Token) -> tuple[Token, Token] | None:
    """``head`` and the first actor coordinated with it ("X and Y"), if any; also through
    an apposition ("the candidates X and Y", a dateline's city the parser made the head)."""
    level = [head]
    for _ in range(3):
        for node in level:
            for child in node.children:
                if child.dep_ == "conj":
                    return node, child
        level = [c for node in level for c in node.children if c.dep_ == "appos"]
    return None


def _about(tokens: list[Token]) -> Span | None:
    """What the contrast is about: the object of an "of", "on" or "over" under ``tokens``."""
    for token in tokens:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in _ABOUT:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return _subtree_span(token.doc, objects)
    return None


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _coordinated(verb: Token) -> tuple[Token, Token, Token, Span | None] | None:
    """ "X and Y differ on Z", "X and Y stood on opposing sides of Z", "X and Y hold
    conflicting views on Z": the two subjects, the cue and what they differ on."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    pair = _pair(subjects[0]) if subjects else None
    if pair is None or _negated(verb):
        return None
    if verb.lemma_.lower() in _RECIPROCAL_VERBS:
        if any(p.dep_ == "prep" and p.lower_ in {"with", "from"} for p in verb.children):
            return None  # "X and Y differ from Z": a contrast with a third actor
        return (*pair, verb, _about([verb]))
    for child in verb.children:
        nouns = [child] if child.dep_ in {"dobj", "attr"} else []
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "at"}:
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        for noun in nouns:
            opposed = any(
                m.dep_ == "amod" and m.lower_ in CONTRAST_ADJECTIVES for m in noun.children
            )
            if noun.lemma_.lower() in _SIDE_NOUNS and opposed:
                return (*pair, verb, _about([noun, verb]))
            if noun.lower_ == "odds":  # "X and Y are at odds over Z"
                return (*pair, verb, _about([verb]))
    return None


def _rift(noun: Token) -> tuple[Token, Token, Token, Span | None] | None:
    """ "The rift between X and Y", "the division between X and Y over Z"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            for pobj in prep.children:
                pair = _pair(pobj) if pobj.dep_ == "pobj" else None
                if pair is not None:
                    return (*pair, noun, _about([noun]))
    return None


def stated_contrasts(sentence: Span, speakers: _Speakers) -> list[Attribution]:
    """The contrasts the sentence states between two actors, as statements of the first
    actor named against the second (see the module docstring)."""
    found: list[Attribution] = []
    index = speakers.index
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"}:
            contrast = _coordinated(token)
        elif token.pos_ == "NOUN" and lemma in RIFT_NOUNS:
            contrast = _rift(token)
        else:
            contrast = None
        if contrast is None:
            continue
        first, second, cue, about = contrast
        speaker = index.actor_of(first) or speakers.of(first, set())
        target = index.actor_of(second) or speakers.of(second, {speaker} if speaker else set())
        if speaker is None or target is None or speaker == target:
            continue
        found.append(
            Attribution(
                cue=cue,
                cue_text=cue.text,
                speaker=speaker,
                content=about,
                sentence=sentence,
                target_actor=target,
                relation="disagree",
                takes_side=False,
                source=first,
            )
        )
    for token in sentence:
        # "X's views could not be more different from Y's": the owner of the subject
        if token.dep_ != "poss" or token.head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if token.lower_ in {"his", "her", "its", "their", "our", "my", "your"}:
            continue
        difference = stated_difference(sentence, token)
        if difference is None or difference[0] != "disagree":
            continue
        speaker = index.actor_of(token) or speakers.of(token, set())
        target_span = difference[1]
        target = index.actor_of(target_span.root) or speakers.of(
            target_span.root, {speaker} if speaker else set()
        )
        if speaker is None or target is None or speaker == target:
            continue
        found.append(
            Attribution(
                cue=token.head.head,
                cue_text=token.head.head.text,
                speaker=speaker,
                content=None,
                sentence=sentence,
                target_actor=target,
                relation="disagree",
                takes_side=False,
                source=token,
            )
        )
    return found


def writers_contrasts(
    sentences: Iterable[Span], per_sentence: list[list[Attribution]], speakers: _Speakers
) -> Iterator[Attribution]:
    """The contrasts the writer states between two actors ("X and Y were on opposing
    sides of Z"), for actors with no statement of their own in that sentence."""
    spoken_in = {(a.speaker, a.sentence.start) for found in per_sentence for a in found}
    for sentence in sentences:
        for contrast in stated_contrasts(sentence, speakers):
            if contrast.cue.i in speakers.in_quotes:
                continue  # a speaker's words, not the writer's
            if (contrast.speaker, sentence.start) in spoken_in:
                continue
            spoken_in.add((contrast.speaker, sentence.start))
            yield contrast


def _opens_with_contrast(sentence: Span) -> bool:
    """ "By contrast, X said ...", "In contrast, X ...": the sentence sets what follows
    against what came before (not "in contrast to Y", which names whom)."""
    words = [t for t in sentence if not t.is_space][:3]
    if len(words) < 3 or words[0].lower_ not in {"by", "in"} or words[1].lower_ != "contrast":
        return False
    return words[2].text == "," and not any(c.dep_ == "prep" for c in words[1].children)


def by_contrast(found: list[Attribution], before: list[list[Attribution]]) -> list[Attribution]:
    """ "By contrast, X said ...": X disagrees with whoever spoke last before (the first
    speaker of the latest sentence with someone else speaking); statements with a
    relation of their own keep it."""
    if not found or not _opens_with_contrast(found[0].sentence):
        return found
    result = []
    for a in found:
        others = (
            next((b.speaker for b in sentence if b.speaker not in (a.speaker, a.reported_by)), None)
            for sentence in reversed(before)
        )
        other = next((o for o in others if o is not None), None)
        if a.relation or other is None:
            result.append(a)
        else:
            result.append(replace(a, target_actor=other, relation="disagree"))
    return result
