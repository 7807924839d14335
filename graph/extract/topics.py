"""Topics: what a stance is about, normalised so that different wordings share one.

A statement's topic is the main noun phrase of its content: the object of a position cue
("opposed *the new dam*"), else the object or subject of the content's main verb.
That phrase is normalised into a key:

* determiners, demonstratives, possessives, numbers and hedging adjectives are dropped
  ("these potential water quotas" -> "water quota");
* words are lemmatised, so plural and singular meet;
* light nouns hand over to their complement ("the framework for water quotas",
  "the prospect of sending inspectors"), but a position a named actor holds does not
  ("Roe's stance on quotas" is Roe's stance: criticising it says nothing of quotas);
* a bare head noun takes the article's most frequent compound with that head, so "the
  quotas" joins "water quotas" when the article speaks of those. The
  statistics are computed once per ``Doc`` and cached in ``doc.user_data``.

Keys are plain lower-case words, so the same issue in two articles shares one ``sg:Topic``;
a bare noun the article gives an owner ("China's entry", "Varga's comments") is keyed with
the owner's name, so that a word as general as "entry" does not join unrelated debates.

This module reads an article's statements together (:func:`article_topics`); the parts
live beside it: word tables in :mod:`.topic_words`, phrase keys in :mod:`.topic_phrases`,
per-article statistics in :mod:`.topic_stats`, one statement's reading in
:mod:`.topic_reading`.

Examples:
    >>> from graph.nlp import load_pipeline
    >>> doc = load_pipeline()("Norvale wants water quotas. He said these quotas are vital.")
    >>> sent = list(doc.sents)[1]
    >>> topic_for(doc[8], None, sent).key
    'water quota'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Topic
from .topic_phrases import noun_phrase_key
from .topic_reading import _mentions, _read, _Reading, topic_for
from .topic_stats import _owners
from .topic_words import (
    _PREPS_OF_TOPIC,
    _SPEECH_NOUNS,
    AUDIENCE_NOUNS,
    CHANGE_NOUNS,
    DROP_MODIFIERS,
    GENERIC_NOUNS,
    LIGHT_NOUNS,
    MEASURE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


__all__ = [
    "AUDIENCE_NOUNS",
    "DROP_MODIFIERS",
    "GENERIC_NOUNS",
    "LIGHT_NOUNS",
    "MEASURE_NOUNS",
    "TopicQuery",
    "article_topics",
    "merge_variants",
    "noun_phrase_key",
    "topic_for",
]


@dataclass(frozen=True)
class TopicQuery:
    """One statement of an article, as its topic is read: cue, content, sentence, speaker."""

    cue: Token
    content: Span | None
    sentence: Span
    speaker: str = ""


def _continues(later: TopicQuery, earlier: TopicQuery) -> bool:
    """Whether ``later`` goes on with what ``earlier`` said: a quote continued past its
    attributing sentence, or the same speaker in the same or the next sentence."""
    sentence = later.sentence
    if not sentence.start <= later.cue.i < sentence.end:
        return True  # the cue is in an earlier sentence: a continuation of that quote
    if later.speaker != earlier.speaker or not later.speaker:
        return False
    return sentence.start in {earlier.sentence.start, earlier.sentence.end}


def _same_wording(
    later: TopicQuery, reading: _Reading, earlier: TopicQuery, before: _Reading
) -> bool:
    """Whether two statements of one sentence read the same one-off phrase ("the
    official told him, with a grin, ...", reported by two speakers): one wording, one
    topic."""
    return later.sentence.start == earlier.sentence.start and reading.topic == before.topic


def article_topics(queries: Sequence[TopicQuery]) -> list[Topic]:
    """The topics of an article's statements, read together so that mentions of one
    thing share one topic.

    * A statement whose own words name no issue the article returns to takes the topic
      most statements share (at least three) when it names a word of it; else the topic
      of the statement it continues (the same quote, the same speaker going on in the
      next sentence, or another speaker the sentence gives the same words) and, when it
      only points back ("it", "this matter"), the topic of the statement before it.
    * Wordings of one thing differing by modifiers ("the tax cut", "the 1981 tax cut",
      "the budget", "the Norvale budget") are one topic: the one the article uses most;
      so are two topics the article writes as a noun and its complement ("the raid on
      the fuel depot"), or gives as two names of one thing ("the scheme, which the mayor
      branded a lifeline"), or a speaker goes on to name with a bare "the X" the article
      never introduced ("the tax" right after the same speaker spoke of a levy).
    * A topic no other statement shares goes to the shared topic its modifier heads
      ("fare policy" to "bus fare"; a change in amount, "fare increase", does not),
      else to its speaker's latest topic, or for a speaker's first remark to the topic
      of the statement it answers (see :func:`_speaker_threads`).
    * A bare noun topic the article gives an owner takes the owner's name
      ("norvale entry"), and what one person said is one topic ("Varga's comments",
      "Varga's attack on the judge"; see :func:`_owned`).
    """
    readings = _to_shared_topic(queries, [_read(q.cue, q.content, q.sentence) for q in queries])
    topics = [r.topic for r in readings]
    order = sorted(range(len(queries)), key=lambda i: (queries[i].sentence.start, queries[i].cue.i))
    previous: int | None = None
    for i in order:
        reading = readings[i]
        if (
            previous is not None
            and not reading.anchored
            and (
                reading.pointer
                or _continues(queries[i], queries[previous])
                or _same_wording(queries[i], reading, queries[previous], readings[previous])
            )
        ):
            topics[i] = topics[previous]
        previous = i
    merged = merge_variants(topics)
    if queries:
        merged = _join_complements(queries[0].sentence.doc, merged)
        merged = _new_name_for_the_last(queries, merged, order)
    threads = _speaker_threads(queries, merged, order)
    return _owned(queries[0].sentence.doc, threads) if queries else threads


def _owned(doc: Doc, topics: Sequence[Topic]) -> list[Topic]:
    """A bare noun topic the article gives an owner ("China's entry", "Varga's comments")
    is that owner's: keyed with the name, so that across a corpus one "entry" or one
    "comment" does not join unrelated debates. Each key is renamed alike, never onto
    another key of the article; what one person said, however worded ("Varga's comments",
    "Varga's attack on the judge"), is one topic, the one more statements have."""
    owners = _owners(doc)
    # surnames of the people the article names ("Marta Varga's" ends in "Varga")
    people = {
        next((t.text for t in reversed(e) if t.is_alpha), "")
        for e in doc.ents
        if e.label_ == "PERSON"
    }
    counts = Counter(t.key for t in topics)
    renamed: dict[str, Topic] = {}
    said: dict[str, list[str]] = {}  # a person -> the keys of what they said
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        found = owners.get(key) if " " not in key else None
        if not found:
            continue
        owner = min(found.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        label = next(t.label for t in topics if t.key == key)
        new = Topic(key=f"{owner.casefold()} {key}", label=f"{owner} {label}")
        if new.key in counts:
            continue
        if owner in people and key in _SPEECH_NOUNS:
            # what one person said, however worded, is one topic: the most frequent
            said.setdefault(owner, []).append(key)
            new = renamed.get(said[owner][0], new)
        renamed[key] = new
    return [renamed.get(t.key, t) for t in topics]


def _unintroduced(sentence: Span, key: str) -> bool:
    """Whether ``sentence`` writes ``key`` as "the X", with nothing else, and the article
    has not used the noun before: a new word for something already named."""
    if " " in key:
        return False
    doc = sentence.doc
    for token in sentence:
        if token.pos_ != "NOUN" or token.lemma_.lower() != key:
            continue
        children = list(token.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
            continue
        if any(c.dep_ not in {"det", "punct"} for c in children):
            continue
        return not any(t.pos_ == "NOUN" and t.lemma_.lower() == key for t in doc[: token.i])
    return False


def _new_name_for_the_last(
    queries: Sequence[TopicQuery], topics: list[Topic], order: Sequence[int]
) -> list[Topic]:
    """A topic first worded as a bare "the X" the article never introduced, by the
    speaker of the statement before ("opposed to the tax" from one who just spoke of a
    levy), is what that statement was about."""
    relabel: dict[str, Topic] = {}
    seen: set[str] = set()
    previous: int | None = None
    for i in order:
        key = topics[i].key
        if key not in seen:
            seen.add(key)
            if (
                previous is not None
                and topics[previous].key != key
                and queries[i].speaker == queries[previous].speaker
                and _unintroduced(queries[i].sentence, key)
            ):
                relabel[key] = relabel.get(topics[previous].key, topics[previous])
        previous = i
    return [relabel.get(t.key, t) for t in topics]


def _to_shared_topic(queries: Sequence[TopicQuery], readings: list[_Reading]) -> list[_Reading]:
    """Remarks worded once (not anchored) that name a word of the topic most statements
    share, when at least three do, take that topic."""
    shared = Counter(r.topic.key for r in readings if r.anchored)
    if not shared:
        return readings
    top_key, top_n = min(shared.items(), key=lambda kv: (-kv[1], kv[0]))
    if top_n < 3:
        return readings
    top = next(r.topic for r in readings if r.topic.key == top_key)
    return [
        _Reading(top, anchored=True, pointer=False)
        if not r.anchored and _mentions(q.content or q.sentence, top)
        else r
        for q, r in zip(queries, readings, strict=True)
    ]


def _speaker_threads(
    queries: Sequence[TopicQuery], topics: list[Topic], order: Sequence[int]
) -> list[Topic]:
    """A topic no other statement of the article shares is not an issue of its debate.

    A compound is a kind of the shared topic its modifier heads ("fare policy" in an
    article on bus fares). Otherwise the remark goes on with what its speaker was
    talking about before (their latest topic, in text order). A speaker's first remark answers the statement just before it
    (in the same or the previous sentence) and takes its topic when that topic is shared,
    unless a position cue names its own object ("opposed the new levy").
    """
    counts = Counter(t.key for t in topics)
    result = list(topics)
    latest: dict[str, Topic] = {}
    previous: int | None = None
    for i in order:
        speaker = queries[i].speaker
        kind = _kind_of(topics[i].key, topics, counts)
        if counts[topics[i].key] == 1 and kind is not None:
            result[i] = kind
        elif counts[topics[i].key] == 1:
            if speaker in latest:
                result[i] = latest[speaker]
            elif (
                previous is not None
                and counts[result[previous].key] > 1
                and _adjacent(queries[i], queries[previous])
                and not _names_object(queries[i].cue)
            ):
                result[i] = result[previous]
        if speaker:
            latest[speaker] = result[i]
        previous = i
    return result


def _kind_of(key: str, topics: Sequence[Topic], counts: Counter[str]) -> Topic | None:
    """The shared topic a one-off compound is a kind of: the one whose head is a modifier
    of the compound ("fare policy" when the article debates "bus fares"). A change in
    amount is no kind of what it changes ("fare increase" stays apart from "bus fares")."""
    *modifiers, head = key.split()
    if head in CHANGE_NOUNS:
        return None
    found = [t for t in topics if counts[t.key] > 1 and t.key.rsplit(" ", 1)[-1] in modifiers]
    return min(found, key=lambda t: (-counts[t.key], t.key)) if found else None


def _adjacent(later: TopicQuery, earlier: TopicQuery) -> bool:
    """Whether ``later`` is in the same sentence as ``earlier`` or the next one."""
    return later.sentence.start in {earlier.sentence.start, earlier.sentence.end}


def _names_object(cue: Token) -> bool:
    """Whether a position cue names what it is about as its object ("opposed X",
    "warned of X")."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
        return False
    return any(
        c.dep_ in {"dobj", "obj"}
        or (c.dep_ == "prep" and c.lower_ in _PREPS_OF_TOPIC - {"to"} and any(c.children))
        for c in cue.children
    )


def merge_variants(topics: Sequence[Topic]) -> list[Topic]:
    """One topic for keys with the same head whose words include one another.

    Each key joins the most frequent key of its family ("tax cut" x3 takes in
    "1981 tax cut"); ties go to the shorter key. A bare head joins a compound only when
    that is the one compound of the head and a name says whose it is ("the budget", "the
    Norvale budget"); beside "the tanker attack", "the attack" may be another one. Keys
    with different heads never meet ("oil price" and "oil production").
    """
    counts = Counter(t.key for t in topics)
    labels: dict[str, str] = {}
    for t in topics:
        labels.setdefault(t.key, t.label)
    words = {k: frozenset(k.split()) for k in counts}

    def rank(key: str) -> tuple[int, int, str]:
        return (-counts[key], len(words[key]), key)

    heads = {k: k.rsplit(" ", 1)[-1] for k in counts}
    # a bare head with one compound of it among the topics, named by whose it is ("the
    # Norvale budget"), is a wording of that compound
    compounds = Counter(heads[k] for k in counts if " " in k)
    named = {k for k in counts if " " in k and _named_kind(labels[k])}
    target: dict[str, str] = {}
    for key in counts:
        head = heads[key]
        family = [
            other
            for other in counts
            if other == key
            or (
                heads[other] == head
                and (
                    min(len(words[other]), len(words[key])) > 1
                    or (compounds[head] == 1 and bool(named & {key, other}))
                )
                and (words[other] <= words[key] or words[key] <= words[other])
            )
        ]
        target[key] = min(family, key=rank)
    for _ in range(3):  # follow chains ("price" -> "oil price" -> ...) to their end
        target = {k: target[v] for k, v in target.items()}
    return [Topic(key=target[t.key], label=labels[target[t.key]]) for t in topics]


def _named_kind(label: str) -> bool:
    """Whether a compound's modifiers are all names ("Norvale budget"): whose it is."""
    return all(word[:1].isupper() for word in label.split()[:-1])


class _Wordings:
    """An article's topic keys by their head noun, with the words of each noun phrase
    the article writes read once (:func:`noun_phrase_key`)."""

    def __init__(self, keys: Collection[str]) -> None:
        self.by_head: dict[str, list[str]] = {}
        for key in keys:
            self.by_head.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
        self._key_words = {key: set(key.split()) for key in keys}
        self._phrase_words: dict[int, set[str]] = {}

    def words(self, token: Token) -> set[str]:
        """The words of the key of the noun phrase headed by ``token``."""
        if token.i not in self._phrase_words:
            self._phrase_words[token.i] = set(noun_phrase_key(token)[0].split())
        return self._phrase_words[token.i]

    def keys_of(self, token: Token, *, bare_head_all: bool = False) -> list[str]:
        """The keys the noun phrase headed by ``token`` is a wording of; with
        ``bare_head_all``, a bare head ("the vessel") is a wording of all keys it heads."""
        keys = self.by_head.get(token.lemma_.lower(), [])
        if not keys:
            return []
        words = self.words(token)
        if bare_head_all and len(words) == 1:
            return list(keys)
        return [k for k in keys if self._key_words[k] <= words]


def _complement_links(doc: Doc, keys: Collection[str]) -> list[tuple[str, str]]:
    """Pairs of ``keys`` the article writes as a noun and its complement ("the raid on
    the fuel depot": raid, fuel depot). A noun that measures its complement ("the
    price of copper") is no such link."""
    wordings = _Wordings(keys)
    # the nouns that head a wording of some key, in the order of the article
    heads = [t for t in doc if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in wordings.by_head]
    links: list[tuple[str, str]] = []
    for token in heads:
        if token.pos_ != "NOUN" or token.lemma_.lower() in MEASURE_NOUNS:
            continue
        outers = wordings.keys_of(token)
        for prep in token.rights:
            if prep.dep_ != "prep" or prep.lower_ not in _PREPS_OF_TOPIC:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() not in wordings.by_head:
                    continue
                inners = wordings.keys_of(obj)
                links.extend((a, b) for a in outers for b in inners if a != b)
    return links + _same_name_links(heads, wordings) + _renaming_links(heads, wordings)


#: Dependencies of the words of a name ("Sea Star", "Sismik 1").
_NAME_DEPS = frozenset({"compound", "nummod", "flat"})


def _same_name_links(heads: list[Token], wordings: _Wordings) -> list[tuple[str, str]]:
    """Pairs of keys whose nouns (of ``heads``) the article puts beside one name ("the
    research ship Sea Star", "the vessel Sea Star"): two words for one thing."""
    named: dict[str, set[str]] = {}
    for token in heads:
        if token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                name = " ".join(
                    t.lower_
                    for t in child.subtree
                    if t.i == child.i or (t.head.i == child.i and t.dep_ in _NAME_DEPS)
                )
                # a bare head ("the vessel") may stand for any of its compounds
                named.setdefault(name, set()).update(wordings.keys_of(token, bare_head_all=True))
    return [(a, b) for keys in named.values() for a in keys for b in keys if a < b]


#: Verbs by which a writer or speaker gives a thing another name ("the scheme, which the
#: mayor branded a lifeline", "a fee the critics called a fine").
_NAMING_VERBS = frozenset(
    {"bill", "call", "dub", "term", "label", "brand", "describe", "characterize", "style"}
)


def _renaming_links(heads: list[Token], wordings: _Wordings) -> list[tuple[str, str]]:
    """Pairs of keys the article gives as two names of one thing: a noun (of ``heads``)
    and what a clause on it calls it ("the scheme, which the mayor branded a lifeline",
    "the fee they called a fine"), or a common noun in apposition ("the fee, a charge on
    parking")."""
    links: list[tuple[str, str]] = []
    for token in heads:
        others: list[Token] = []
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                others.append(child)
            elif child.dep_ in {"relcl", "acl"} and child.lemma_.lower() in _NAMING_VERBS:
                # "which they called a toll": the relative word is one object, the name the other
                relative = any(c.tag_ in {"WDT", "WP"} for c in child.children)
                for part in child.children:
                    if part.pos_ == "NOUN" and (
                        part.dep_ in {"oprd", "attr"} or (part.dep_ == "dobj" and relative)
                    ):
                        others.append(part)
                    elif part.dep_ == "prep" and part.lower_ == "as":
                        others.extend(
                            o for o in part.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                        )
        for other in others:
            names = wordings.keys_of(other)
            links.extend((a, b) for a in wordings.keys_of(token) for b in names if a != b)
    return links


def _join_complements(doc: Doc, topics: Sequence[Topic]) -> list[Topic]:
    """Topics the article joins in one phrase, one as the other's complement ("the
    raid on the fuel depot" joins "raid" and "fuel depot") or as another name of
    it ("the scheme, branded a lifeline"), are one issue: the one more statements have
    (ties: the first in alphabetical order)."""
    counts = Counter(t.key for t in topics)
    parent = {k: k for k in counts}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for a, b in _complement_links(doc, counts):
        ra, rb = root(a), root(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda k: (-counts[k], k))
            parent[drop] = keep
    first = {t.key: t for t in reversed(topics)}
    return [first[root(t.key)] for t in topics]
