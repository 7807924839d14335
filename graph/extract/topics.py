"""Topics: what a stance is about, normalised so that different wordings share one.

A statement's topic is the main noun phrase of its content: the object of a position cue
("opposed *the new dam*"), else the object or subject of the content's main verb.
That phrase is normalised into a key:

* determiners, demonstratives, possessives, numbers and hedging adjectives are dropped
  ("these potential water quotas" -> "water quota");
* words are lemmatised, so plural and singular meet;
* light nouns hand over to their complement ("the framework for water quotas",
  "the prospect of sending inspectors");
* a bare head noun takes the article's most frequent compound with that head, so "the
  quotas" joins "water quotas" when the article speaks of those. The
  statistics are computed once per ``Doc`` and cached in ``doc.user_data``.

Keys are plain lower-case words, so the same issue in two articles shares one ``sg:Topic``.

Examples:
    >>> from graph.nlp import load_pipeline
    >>> doc = load_pipeline()("Norvale wants water quotas. He said these quotas are vital.")
    >>> sent = list(doc.sents)[1]
    >>> topic_for(doc[8], None, sent).key
    'water quota'
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..records import Topic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


__all__ = [
    "AUDIENCE_NOUNS",
    "DROP_MODIFIERS",
    "GENERIC_NOUNS",
    "LIGHT_NOUNS",
    "TopicQuery",
    "article_topics",
    "merge_variants",
    "noun_phrase_key",
    "topic_for",
]


def _table(words: str) -> frozenset[str]:
    """A word table written as prose: whitespace-separated, one entry per word."""
    return frozenset(words.split())


#: Modifiers that say how sure, how many or which, not what: they never change the issue.
DROP_MODIFIERS: frozenset[str] = _table(
    """
    potential possible any some such this that these those the a an other another
    further new current present so-called alleged proposed planned future latest recent
    certain various several many much more most few main major minor overall actual real
    whole full entire own same following previous particular specific additional broad
    pct percent per cent mln bln million billion trillion dlr dlrs dollar dollars
    """
)

#: Nouns that frame another issue ("the framework for X", "the prospect of X"): the topic is X.
LIGHT_NOUNS: frozenset[str] = _table(
    """
    framework prospect possibility idea issue question matter subject topic notion
    concept plan proposal proposals development developments necessity need role part
    kind type form sort aspect details detail terms level issue form way means
    discussion discussions talk talks negotiation negotiations debate commitment
    readiness openness willingness insistence attempt effort bid call demand request
    offer support opposition backing criticism rejection announcement announcements
    """
)

#: Nouns too general to be an issue by themselves ("things", "the issue", "both sides",
#: "a big deal", "the end of X", "his father"): they hand over to their complement
#: ("changes to the tax code" -> tax code) and otherwise never stand alone as a topic.
GENERIC_NOUNS: frozenset[str] = _table(
    """
    thing word issue matter question problem point people change deal side
    stuff kind sort lot fact way
    friend father mother son daughter brother sister wife husband family man woman
    boy girl child kid guy person folk everybody everyone somebody someone
    """
)

#: Phrases too vague to name an issue on their own.
_VAGUE: frozenset[str] = _table(
    """
    thing something anything everything nothing way lot time one it this that what
    sense case event fact view respect regard term
    """
)
#: Listeners and venues of a statement ("told reporters", "at a news conference"), not topics.
AUDIENCE_NOUNS: frozenset[str] = _table(
    """
    reporter journalist press conference meeting interview session briefing audience
    crowd supporter viewer reader listener radio television newspaper
    """
)
#: Entity types that are actors, places or quantities, never an issue by themselves.
_NOT_TOPIC_ENTS: frozenset[str] = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "NORP",
        "DATE",
        "TIME",
        "CARDINAL",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "ORDINAL",
    }
)
_QUANTITY_ENTS: frozenset[str] = frozenset(
    {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
)
_DROP_DEPS: frozenset[str] = frozenset(
    {"det", "predet", "poss", "nummod", "quantmod", "punct", "case", "advmod", "cc", "neg"}
)
_ARG_DEPS: tuple[str, ...] = ("dobj", "obj", "nsubjpass", "attr", "nsubj", "oprd")
_PREPS_OF_TOPIC: frozenset[str] = frozenset(
    {"for", "against", "on", "about", "of", "to", "over", "regarding", "concerning"}
)
_STATS_KEY = "stancegraph.topic_stats"
_MAX_WORDS = 4
#: How much a later candidate phrase is discounted against the syntactic first choice.
_POSITION_DECAY = 0.35


def _is_nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} or (token.pos_ == "VERB" and token.tag_ == "VBG")


def _keeps(token: Token) -> bool:
    """Whether a modifier names the issue: classifying words stay, judging words go."""
    from .stance import valence

    if token.is_punct or token.dep_ in _DROP_DEPS or token.ent_type_ in _QUANTITY_ENTS:
        return False
    if token.ent_type_ in {"GPE", "NORP"}:
        return False  # "Chilean troops" and "Danish troops" are both about troops
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
        if child.dep_ in {"compound", "amod", "nmod", "npadvmod"} and _keeps(child):
            # keep the whole modifier ("Article 5-like"), minus its own determiners
            words.extend(t for t in child.subtree if _keeps(t))
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    return words[-limit:] if limit else words


def _word_key(token: Token, is_head: bool) -> str:
    if token.pos_ == "PROPN" and not token.ent_type_ and token.is_title:
        # "the U.S. Tariffs" in wire copy that capitalises after "U.S.": a word the
        # article also writes in lower case as a noun is that noun
        lemma = _noun_lemmas(token.doc).get(token.lower_)
        if lemma:
            return lemma
    if token.pos_ == "NOUN" or (is_head and token.pos_ != "PROPN"):
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
        pieces.append((_word_key(t, t.i == head.i), label))
        i += 1
    pieces = pieces[-_MAX_WORDS:]
    key = " ".join(k for k, _ in pieces)
    return key.replace("\u2019", "'"), " ".join(label for _, label in pieces)


#: Words a name's acronym skips ("Organization of Petroleum Exporting Countries" -> OPEC).
_ACRONYM_SKIP: frozenset[str] = _table("of and for the on in & -")
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


def _doc_stats(doc: Doc) -> dict[str, Counter[str]]:
    """Per head lemma, how often each multi-word key occurs in the whole article (cached).

    The same pass records each key's first surface form, for :func:`_labels`.
    """
    stats = doc.user_data.get(_STATS_KEY)
    if stats is None:
        stats = {}
        labels: dict[str, str] = {}
        for token in doc:
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            key, label = noun_phrase_key(token)
            labels.setdefault(key, label)
            if " " in key:
                stats.setdefault(token.lemma_.lower(), Counter())[key] += 1
        doc.user_data[_STATS_KEY] = stats
        doc.user_data[_STATS_KEY + ".labels"] = labels
    return stats


def _head_counts(doc: Doc) -> Counter[str]:
    """How often each noun lemma occurs in the article (cached): how central an issue is."""
    cache_key = _STATS_KEY + ".heads"
    counts = doc.user_data.get(cache_key)
    if counts is None:
        counts = Counter(t.lemma_.lower() for t in doc if t.pos_ == "NOUN")
        doc.user_data[cache_key] = counts
    return counts


def _usual_compounds(doc: Doc, lemma: str) -> dict[str, int]:
    """Compounds that a bare head may stand for: frequent ones, or a large share of the
    head's uses ("the quotas" after "water quotas"), not a one-off
    ("border security" among many other uses of "security")."""
    total = max(1, _head_counts(doc).get(lemma, 1))
    return {k: n for k, n in _doc_stats(doc).get(lemma, {}).items() if n >= 2 or n * 3 >= total}


def _main_issue(doc: Doc) -> Topic | None:
    """The article's most frequent issue noun, with its usual compound (cached)."""
    cache_key = _STATS_KEY + ".main"
    if cache_key not in doc.user_data:
        counts = Counter(
            t.lemma_.lower()
            for t in doc
            if t.pos_ == "NOUN" and _usable(t) and t.dep_ != "compound"
        )
        topic = None
        if counts:
            lemma = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            compounds = _usual_compounds(doc, lemma)
            key = (
                min(compounds.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
                if compounds
                else lemma
            )
            topic = Topic(key=key, label=_labels(doc).get(key, key))
        doc.user_data[cache_key] = topic
    return doc.user_data[cache_key]


def _labels(doc: Doc) -> dict[str, str]:
    """The first surface form of each key in the article, to label a topic reached by its head."""
    _doc_stats(doc)
    return doc.user_data[_STATS_KEY + ".labels"]


def _descend(token: Token, depth: int = 0) -> Token:
    """From a verb or a light noun to the noun phrase it is about.

    "the framework for X" -> X; "a promise to take part in funding X" -> X;
    "sending inspectors" -> inspectors.
    """
    if depth > 4:
        return token
    light = token.pos_ == "NOUN" and (
        token.lemma_.lower() in LIGHT_NOUNS | GENERIC_NOUNS or _frames_recurring(token)
    )
    if token.pos_ == "VERB" or light:
        for child in token.children:
            if token.pos_ == "VERB" and child.dep_ in {"dobj", "obj"}:
                return _descend(child, depth + 1)
        for child in token.rights:
            if child.dep_ == "prep" and (token.pos_ == "VERB" or child.lower_ in _PREPS_OF_TOPIC):
                for obj in child.children:
                    if obj.dep_ in {"pobj", "pcomp"}:
                        return _descend(obj, depth + 1)
            if child.dep_ in {"acl", "xcomp", "relcl"} and child.pos_ == "VERB":
                return _descend(child, depth + 1)
    return token


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
        and not (token.pos_ == "NOUN" and token.lemma_.lower() in _actor_nouns())
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


_OBJECT_DEPS: tuple[str, ...] = ("dobj", "obj", "nsubjpass", "attr", "oprd", "acomp")


def _chunk_roots(span: Span) -> list[Token]:
    """Roots of the noun chunks inside ``span``.

    ``Span.noun_chunks`` walks the whole document on every call; over an article's
    statements that is quadratic, so the document's chunk roots are found once and cached.
    """
    doc = span.doc
    cache_key = _STATS_KEY + ".chunks"
    roots = doc.user_data.get(cache_key)
    if roots is None:
        roots = [chunk.root.i for chunk in doc.noun_chunks] if doc.has_annotation("DEP") else []
        doc.user_data[cache_key] = roots
    lo, hi = bisect_left(roots, span.start), bisect_left(roots, span.end)
    return [doc[i] for i in roots[lo:hi]]


def _candidates(cue: Token, content: Span | None) -> list[Token]:
    """Heads of candidate noun phrases, best first: objects before subjects."""
    found: list[Token] = []
    if cue.dep_ in {"acl", "relcl"} and cue.head.pos_ in {"NOUN", "PROPN"}:
        # "the bridge closure, blamed by residents on the port authority", "the offer, which
        # the company called final": the cue qualifies the noun it hangs from, and that is the topic
        found.append(cue.head)
    has_clause = any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children)
    # A position cue names its topic as its object: "opposed X", "called for X"; a
    # reporting verb's object is its audience ("told reporters").
    if not has_clause:
        for child in cue.children:
            if child.dep_ in {"dobj", "obj"}:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in _PREPS_OF_TOPIC - {"to"}:
                found.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
    if content is not None and len(content):
        ids = {t.i for t in content}
        roots = [t for t in content if t.head.i not in ids or t.head.i == t.i]
        subjects: list[Token] = []
        for root in roots:
            found.extend(c for c in root.children if c.dep_ in _OBJECT_DEPS and c.i in ids)
            for child in root.children:
                if child.dep_ in {"xcomp", "ccomp", "advcl"} and child.i in ids:
                    found.extend(c for c in child.children if c.dep_ in _OBJECT_DEPS)
                    found.append(child)
                elif child.dep_ == "prep" and child.i in ids and child.lower_ in _PREPS_OF_TOPIC:
                    # "about X", "on X", "against X"; not "in a general way", "on Monday"
                    found.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
            subjects.extend(c for c in root.children if c.dep_ in {"nsubj", "csubj"})
        found.extend(subjects)
        found.extend(_chunk_roots(content))
    return found


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


def _read(cue: Token, content: Span | None, sentence: Span) -> _Reading:
    doc = sentence.doc
    heads: list[Token] = []
    candidates = _candidates(cue, content)
    pointer = bool(candidates) and _points_back(candidates[0])
    for candidate in candidates:
        candidate = _descend(candidate)
        if _usable(candidate) and candidate.i != cue.i and candidate not in heads:
            heads.append(candidate)
    if not heads:
        chunks = [c for c in _chunk_roots(content or sentence) if _usable(c)]
        heads = [c for c in chunks if c.i != cue.i]
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
    main = _main_issue(doc)
    one_off = _one_off(doc, head, key)
    if (
        main is not None
        and _head_counts(doc).get(main.key.split()[-1], 0) >= 2
        and one_off
        and _mentions(content or sentence, main)
    ):
        # "we're in no hurry" about the contract, "sending inspectors as part of a
        # water agreement": a word the article uses once is how this remark is put;
        # when the remark also names the issue the article keeps returning to, it is
        # about that issue.
        return _Reading(main, anchored=True, pointer=False)
    if " " not in key:
        # A bare head ("the quotas") takes the article's usual compound for it.
        compounds = _usual_compounds(doc, key)
        if compounds:
            best = min(compounds.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
            key, label = best, _labels(doc).get(best, label)
    return _Reading(Topic(key=key, label=label), anchored=not one_off, pointer=pointer and one_off)


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


#: Words that point back to something said before rather than name it.
_POINTERS: frozenset[str] = _table("it this that these those")


def _points_back(token: Token) -> bool:
    """Whether a candidate only refers back: "it", "this", "this matter"."""
    if token.lower_ in _POINTERS and token.pos_ in {"PRON", "DET"}:
        return True
    return token.lemma_.lower() in LIGHT_NOUNS | _VAGUE and any(
        c.dep_ == "det" and c.lower_ in _POINTERS for c in token.children
    )


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


def article_topics(queries: Sequence[TopicQuery]) -> list[Topic]:
    """The topics of an article's statements, read together so that mentions of one
    thing share one topic.

    * A statement whose own words name no issue the article returns to takes the topic
      of the statement it continues (the same quote, or the same speaker going on in the
      next sentence) and, when it only points back ("it", "this matter"), the topic of
      the statement before it.
    * Wordings of one thing differing by modifiers ("the tax cut", "the 1981 tax cut")
      are one topic: the one the article uses most.
    """
    readings = [_read(q.cue, q.content, q.sentence) for q in queries]
    topics = [r.topic for r in readings]
    shared = Counter(r.topic.key for r in readings if r.anchored)
    if shared:
        top_key, top_n = min(shared.items(), key=lambda kv: (-kv[1], kv[0]))
        top = next(r.topic for r in readings if r.topic.key == top_key)
        for i, (q, r) in enumerate(zip(queries, readings)):
            if top_n >= 3 and not r.anchored and _mentions(q.content or q.sentence, top):
                topics[i] = top
                readings[i] = _Reading(top, anchored=True, pointer=False)
    order = sorted(range(len(queries)), key=lambda i: (queries[i].sentence.start, queries[i].cue.i))
    previous: int | None = None
    for i in order:
        reading = readings[i]
        if (
            previous is not None
            and not reading.anchored
            and (reading.pointer or _continues(queries[i], queries[previous]))
        ):
            topics[i] = topics[previous]
        previous = i
    return _speaker_threads(queries, merge_variants(topics), order)


def _speaker_threads(
    queries: Sequence[TopicQuery], topics: list[Topic], order: Sequence[int]
) -> list[Topic]:
    """A topic no other statement of the article shares is not an issue of its debate:
    the remark goes on with what its speaker was talking about before (their latest topic,
    in text order). A speaker's first remark keeps its own topic."""
    counts = Counter(t.key for t in topics)
    result = list(topics)
    latest: dict[str, Topic] = {}
    for i in order:
        speaker = queries[i].speaker
        if counts[topics[i].key] == 1 and speaker in latest:
            result[i] = latest[speaker]
        if speaker:
            latest[speaker] = result[i]
    return result


def merge_variants(topics: Sequence[Topic]) -> list[Topic]:
    """One topic for keys with the same head whose words include one another.

    Each key joins the most frequent key of its family ("tax cut" x3 takes in
    "1981 tax cut"); ties go to the shorter key. Keys with different heads never meet
    ("oil price" and "oil production").
    """
    counts = Counter(t.key for t in topics)
    labels: dict[str, str] = {}
    for t in topics:
        labels.setdefault(t.key, t.label)
    words = {k: frozenset(k.split()) for k in counts}

    def rank(key: str) -> tuple[int, int, str]:
        return (-counts[key], len(words[key]), key)

    target: dict[str, str] = {}
    for key in counts:
        head = key.rsplit(" ", 1)[-1]
        family = [
            other
            for other in counts
            if other == key
            or (
                other.rsplit(" ", 1)[-1] == head
                and min(len(words[other]), len(words[key])) > 1
                and (words[other] <= words[key] or words[key] <= words[other])
            )
        ]
        target[key] = min(family, key=rank)
    for _ in range(3):  # follow chains ("price" -> "oil price" -> ...) to their end
        target = {k: target[v] for k, v in target.items()}
    return [Topic(key=target[t.key], label=labels[target[t.key]]) for t in topics]
