"""Reading what alignment needs out of any rdflib graph: stances, explicit relations, ties.

Only ``graph.triples`` with a bound predicate is used, one pass per predicate, so the same
code reads an in-memory rdflib graph and an Oxigraph-backed one (oxrdflib) in linear time;
rdflib's SPARQL joins are unusable at corpus scale (DESIGN.md: 78 s for one join at 1M
triples).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rdflib import Graph, URIRef

from ..names import match_key
from ..namespaces import DCTERMS, RDF, RDFS, SG, SKOS

__all__ = [
    "Observations",
    "StanceObservation",
    "Tie",
    "parse_day",
    "read_observations",
    "sentences",
]

#: sg:Support / sg:Oppose as +1 / -1; sg:Neutral takes no side and counts as 0.
_POLARITY: dict[URIRef, int] = {SG.Support: 1, SG.Oppose: -1, SG.Neutral: 0}
_RELATION: dict[str, int] = {str(SG.agreesWith): 1, str(SG.disagreesWith): -1}


@dataclass(frozen=True)
class StanceObservation:
    """One statement as alignment sees it: who, on what, which side, when, toward whom."""

    statement: str  # statement IRI
    actor: str  # speaker IRI
    topic: str  # topic IRI
    polarity: int  # +1 support, -1 oppose, 0 neutral
    target: str | None = None  # sg:targetActor IRI: the statement agrees/disagrees with them
    day: date | None = None  # dcterms:issued of the statement's article


@dataclass(frozen=True)
class Tie:
    """A positive or negative actor-actor tie that is not a shared stance on a topic.

    ``kind`` is ``"affiliation"`` (the actor speaks for a country or organisation) or
    ``"relation"`` (a statement agrees with or disagrees with its target actor).
    """

    source: str
    target: str
    sign: int  # +1 agree / affiliated, -1 disagree
    kind: str
    statement: str | None = None


@dataclass(frozen=True)
class Observations:
    """Everything alignment reads from a graph, plus the labels to explain it with."""

    stances: tuple[StanceObservation, ...]
    ties: tuple[Tie, ...]
    labels: dict[str, str]  # IRI -> rdfs:label, for actors, topics
    evidence: dict[str, str] = field(default_factory=dict)  # statement IRI -> sentence
    undated: int = 0  # stance statements left out of a window for lacking an article date


def sentences(graph: Graph, statements: Iterable[str]) -> dict[str, str]:
    """The ``sg:evidence`` sentence of each given statement.

    Read for the few statements an explanation cites, not for all of them: at 100,000
    statements the sentences are most of the text a full read would convert.
    """
    found: dict[str, str] = {}
    for statement in statements:
        for sentence in graph.objects(URIRef(statement), SG.evidence):
            found[statement] = str(sentence)
            break
    return found


def parse_day(value: object) -> date | None:
    """An ISO date (``YYYY-MM-DD``, or the date part of a dateTime) or ``None``."""
    text = str(value)[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _actors_by_name(graph: Graph) -> dict[str, str]:
    """Actor IRI per folded label or alias; names shared by two actors are left out."""
    names: dict[str, set[str]] = defaultdict(set)
    actors = {str(a) for a in graph.subjects(RDF.type, SG.Actor)}
    for predicate in (RDFS.label, SKOS.altLabel):
        for s, _, o in graph.triples((None, predicate, None)):
            if str(s) in actors and match_key(str(o)):
                names[match_key(str(o))].add(str(s))
    return {name: next(iter(found)) for name, found in names.items() if len(found) == 1}


#: Nouns for what an actor puts forward or applies for: a stance on "the board's proposal",
#: "the union's demands" or "Norland's entry" is a stance toward the actor whose proposal,
#: demand or entry it is.
POSITION_NOUNS: frozenset[str] = frozenset(
    [
        "proposal",
        "offer",
        "plan",
        "demand",
        "position",
        "policy",
        "decision",
        "initiative",
        "request",
        "claim",
        "insistence",
        "terms",
        "stance",
        "suggestion",
        "bid",
        "application",
        "candidacy",
        "nomination",
        "entry",
        "membership",
        "accession",
    ]
)

#: Position nouns as written without their plural "s" ("demands" -> "demand").
_SINGULAR: frozenset[str] = frozenset(n.removesuffix("s") for n in POSITION_NOUNS)
#: Possessive pronouns that stand for an owner named before them in the sentence.
_PRONOUNS: frozenset[str] = frozenset(["its", "their"])


def _actor_of(name: str, by_name: dict[str, str]) -> str | None:
    """The actor a topic names: the actor itself ("the United States"), or the actor whose
    proposal, offer, demand or plan it is ("Norvale proposal", "the union's demands")."""
    if name in by_name:
        return by_name[name]
    words = name.split()
    if len(words) < 2:
        return None
    noun = words[-1].removesuffix("s") if words[-1] not in POSITION_NOUNS else words[-1]
    if noun not in POSITION_NOUNS:
        return None
    owner = " ".join(words[:-1]).removesuffix("'s").removesuffix("’s").strip()
    return by_name.get(owner)


def _names(words: list[str], label: list[str]) -> bool:
    """True when ``words`` are the words of ``label``, the last one singular or plural."""
    return (
        len(words) == len(label) > 0
        and words[:-1] == label[:-1]
        and words[-1].removesuffix("s") == label[-1].removesuffix("s")
    )


def _owner_in(sentence: str, label: str, by_name: dict[str, str]) -> str | None:
    """The actor whose ``label`` (a folded topic label) the sentence names: "<actor>'s
    <label>", or "its <label>" after an "<actor>'s" earlier in the sentence ("Norland's
    hopes rose, with its application backed by Ostia": Norland).

    Examples:
        >>> names = {"norland": "N", "ostia": "O"}
        >>> _owner_in("Ostia backs Norland's entry.", "entry", names)
        'N'
        >>> _owner_in("Norland's hopes rose, with its application backed.", "application", names)
        'N'
        >>> _owner_in("Ostia weighs Norland's peace plans.", "peace plan", names)
        'N'
        >>> _owner_in("Ostia backs its entry.", "entry", names) is None
        True
    """
    text = re.sub(r"['’]s\b", " 's", match_key(sentence))
    words = [w.strip(',;:!?"()') for w in text.split()]
    wanted = label.split()
    last: str | None = None  # the last actor named as an owner so far
    for i, word in enumerate(words):
        following = words[i + 1 : i + 1 + len(wanted)]
        if word == "'s":
            # the longest run of words before the "'s" that names an actor
            last = next(
                (
                    by_name[" ".join(words[j:i])]
                    for j in range(max(0, i - 6), i)
                    if " ".join(words[j:i]) in by_name
                ),
                None,
            )
            if last is not None and _names(following, wanted):
                return last
        elif word in _PRONOUNS and last is not None and _names(following, wanted):
            return last
    return None


def _owned_topics(
    graph: Graph,
    topics: dict[str, list[str]],
    articles: dict[str, str],
    labels: dict[str, str],
    by_name: dict[str, str],
) -> dict[tuple[str, str], str]:
    """(article, topic) -> the actor it belongs to, for topics whose label ends in a
    position noun without naming its owner ("entry", "peace plan") that one article's
    sentences give one owner: "Norland's entry" in one sentence makes "support its
    entry" and "backed the entry" elsewhere in the article stances toward Norland. Topics
    are shared across articles, so each article settles its own owner; two owners in one
    article settle none. An owner the label itself names comes first (the caller's
    ``topic_actor``).
    """
    bare = {
        t
        for values in topics.values()
        for t in values
        if t in labels and match_key(labels[t]).rsplit(" ", 1)[-1].removesuffix("s") in _SINGULAR
    }
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for statement, values in topics.items():
        for topic in values:
            if topic not in bare:
                continue
            key = (articles.get(statement, ""), topic)
            for sentence in graph.objects(URIRef(statement), SG.evidence):
                owner = _owner_in(str(sentence), match_key(labels[topic]), by_name)
                if owner is not None:
                    owners[key].add(owner)
    return {key: next(iter(found)) for key, found in owners.items() if len(found) == 1}


#: Words that make an unnamed actor some of a body's members ("a group of Union members",
#: "some members of the board").
MEMBER_WORDS: frozenset[str] = frozenset(["member", "members"])
#: Words that, with numbers, say how much of a body an actor is when they are all that
#: comes before its first "of" ("40 pct of the delegates", "most of the board").
PORTION_WORDS: frozenset[str] = frozenset(
    [
        "some",
        "most",
        "many",
        "half",
        "several",
        "few",
        "a",
        "majority",
        "minority",
        "third",
        "quarter",
        "pct",
        "percent",
        "%",
        "dozen",
        "at",
        "least",
        "nearly",
        "about",
        "over",
    ]
)


def _portion(words: list[str]) -> bool:
    """Whether ``words`` open with a quantity and "of" ("40 pct of", "most of")."""
    if "of" not in words[1:]:
        return False
    before = words[: words.index("of")]
    return all(w in PORTION_WORDS or w.rstrip("%").replace(".", "").isdigit() for w in before)


def _member_group(label: str) -> bool:
    """Whether ``label`` names some of a body's members rather than someone speaking for it:
    its members as such, or a portion of it.

    Examples:
        >>> _member_group("group of Union members"), _member_group("members of the board")
        (True, True)
        >>> _member_group("35 pct of the delegates polled"), _member_group("most of the board")
        (True, True)
        >>> _member_group("Union spokesman"), _member_group("Memberton")
        (False, False)
        >>> _member_group("head of the board"), _member_group("Bank of Ostia")
        (False, False)
    """
    words = match_key(label).split()
    return bool(MEMBER_WORDS & set(words)) or _portion(words)


def _objects(graph: Graph, predicate: URIRef) -> dict[str, list[str]]:
    """Subject -> sorted objects for one predicate, in one pass over the store."""
    found: dict[str, list[str]] = defaultdict(list)
    for s, _, o in graph.triples((None, predicate, None)):
        found[str(s)].append(str(o))
    for values in found.values():
        values.sort()
    return found


def _first(graph: Graph, predicate: URIRef) -> dict[str, str]:
    return {s: values[0] for s, values in _objects(graph, predicate).items()}


def read_observations(
    graph: Graph, *, since: date | None = None, until: date | None = None
) -> Observations:
    """Stance observations and ties of ``graph``, restricted to ``[since, until]`` if given.

    A statement is kept in a window only when its article has a ``dcterms:issued`` date in
    it; undated statements are counted in ``undated`` instead, so the CLI can say so.
    Affiliation ties are timeless; in a window they are kept for actors who spoke in it, so
    a minister silent in the window is not pulled in through a country that spoke. Some
    of a body's members named as such (:func:`_member_group`) get no tie to the body.
    """
    speakers = _first(graph, SG.speaker)
    stances = _first(graph, SG.stance)
    topics = _objects(graph, SG.topic)
    targets = _first(graph, SG.targetActor)
    relations = _first(graph, SG.relation)
    articles = _first(graph, SG.article)
    issued = {a: parse_day(d) for a, d in _first(graph, DCTERMS.issued).items()}
    windowed = since is not None or until is not None
    labels = _first(graph, RDFS.label)
    # A stance whose topic *is* an actor ("Jon Ames criticised Norvale") or an actor's
    # own proposal ("opposed the Norvale proposal", or a bare "proposal" the article's
    # sentences call Norvale's) is a stance toward that actor, whether or not extraction
    # filled in sg:targetActor.
    by_name = _actors_by_name(graph)
    topic_actor = {
        t: actor
        for values in topics.values()
        for t in values
        if t in labels and (actor := _actor_of(match_key(labels[t]), by_name)) is not None
    }

    owned = _owned_topics(graph, topics, articles, labels, by_name)

    observations: list[StanceObservation] = []
    ties: list[Tie] = []
    undated = 0
    for statement in sorted(speakers):
        polarity = _POLARITY.get(URIRef(stances.get(statement, "")), 0)
        day = issued.get(articles.get(statement, ""))
        if windowed:
            if day is None:
                undated += 1
                continue
            if (since is not None and day < since) or (until is not None and day > until):
                continue
        actor = speakers[statement]
        target = targets.get(statement)
        if target is None:
            article = articles.get(statement, "")
            named = [
                found
                for t in topics.get(statement, ())
                if (found := topic_actor.get(t) or owned.get((article, t))) is not None
            ]
            target = named[0] if named else None
        if target == actor:
            target = None
        for topic in topics.get(statement, ()):
            observations.append(
                StanceObservation(statement, actor, topic, polarity, target=target, day=day)
            )
        # sg:relation says outright whether the speaker agrees with the target; without
        # it, the stance is read as toward the target (DESIGN: "stance toward another
        # actor or their position").
        sign = _RELATION.get(relations.get(statement, ""), polarity)
        if target is not None and sign != 0:
            ties.append(Tie(actor, target, sign, "relation", statement))

    active = {o.actor for o in observations if o.polarity != 0} | {
        end for tie in ties for end in (tie.source, tie.target)
    }
    # Some of a body's members, named as such ("a group of Union members"), speak for
    # themselves, often against the body's line: their own stances place them.
    for actor, affiliations in sorted(_objects(graph, SG.affiliation).items()):
        if _member_group(labels.get(actor, "")):
            continue
        for org in affiliations:
            if org != actor and (not windowed or actor in active):
                ties.append(Tie(actor, org, 1, "affiliation"))

    return Observations(
        stances=tuple(observations),
        ties=tuple(ties),
        labels=labels,
        undated=undated,
    )
