"""Frozen records that flow through the pipeline, each carrying its provenance.

Stages exchange these small immutable values rather than spaCy objects, so that a stage can
be tested with hand-made records, results can cross process boundaries (``--workers``,
Dask) and nothing downstream can mutate what an earlier stage found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["Person", "Organization", "Country", "Outlet", "Group"]
StanceValue = Literal["support", "oppose", "neutral"]
RelationValue = Literal["agree", "disagree"]

ACTOR_TYPES: tuple[str, ...] = ("Person", "Organization", "Country", "Outlet", "Group")

#: When mentions or articles disagree on an actor's type, the more specific reading wins:
#: a person is a person even where NER said organisation, an outlet is an outlet.
TYPE_RANK: dict[str, int] = {
    "Group": 0,
    "Organization": 1,
    "Country": 2,
    "Outlet": 3,
    "Person": 4,
}
STANCES: tuple[str, ...] = ("support", "oppose", "neutral")


@dataclass(frozen=True)
class Article:
    """A source document. ``id`` is a hash of ``text``, so re-ingesting adds nothing."""

    id: str
    text: str
    source: str
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    author: str | None = None  # the writer, when the source names one (never guessed)


@dataclass(frozen=True)
class Mention:
    """One surface mention of an actor in one article (before cross-article resolution)."""

    article_id: str
    start: int
    end: int
    text: str
    type: ActorType
    actor_key: str


@dataclass(frozen=True)
class Actor:
    """A canonical actor. ``key`` is the normalised identity that IRIs are minted from."""

    key: str
    label: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None  # key of another Actor
    notes: tuple[str, ...] = ()  # why names were merged into it ("Blue: ...")


@dataclass(frozen=True)
class Topic:
    """What a stance is about; ``key`` is the normalised label shared across wordings."""

    key: str
    label: str


@dataclass(frozen=True)
class Statement:
    """One attributed claim or position, found in one sentence of one article."""

    article_id: str
    speaker: str  # Actor key
    cue: str
    quote: str
    evidence: str
    char_start: int  # offsets of the evidence sentence in the article text
    char_end: int
    stance: StanceValue
    topic: Topic
    reported_by: str | None = None  # Actor key
    target_actor: str | None = None  # Actor key
    relation: RelationValue | None = None  # explicit agreement with/against target_actor
    # character offsets of the cue, the speaker's mention and the content in the article,
    # for scoring the parts of an attribution; not part of the graph
    cue_span: tuple[int, int] | None = None
    source_span: tuple[int, int] | None = None
    content_span: tuple[int, int] | None = None
    # the speaker's key within its article: with the sentence, cue and topic the
    # statement's identity, which stays put when the corpus later merges the speaker
    speaker_form: str | None = None
    # the country or organisation the speaker speaks for as this article states it (an
    # Actor key); the actor's own ``affiliation`` sums up the whole corpus
    speaker_affiliation: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one article: its actors and statements."""

    article: Article
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    mentions: tuple[Mention, ...] = ()
    #: what the user should know about how the article was read, one line each
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Split:
    """A topic on which members of one cluster take opposite sides, and who is on each."""

    cluster: str  # cluster IRI
    topic: str  # topic IRI
    supporters: tuple[str, ...]  # member IRIs, sorted
    opponents: tuple[str, ...]


@dataclass(frozen=True)
class Cluster:
    """An alignment cluster (coalition) and why it holds together."""

    key: str
    label: str
    members: tuple[str, ...]  # Actor keys, sorted
    shared_topics: tuple[str, ...] = ()  # Topic keys its members agree on
    dividing_topics: tuple[str, ...] = ()  # Topic keys that split it from another cluster
    explanation: str = ""
    evidence: tuple[str, ...] = field(default=())  # statement IRIs


@dataclass(frozen=True)
class AlignmentEdge:
    """A derived, weighted agreement (weight > 0) or disagreement (< 0) between two actors."""

    source: str  # Actor key
    target: str  # Actor key
    weight: float


@dataclass(frozen=True)
class Position:
    """One actor's standing on one topic: how many of its statements take each side.

    ``support_example`` and ``oppose_example`` name one statement of each side (the first
    by IRI, so the same graph gives the same example), for queries that quote a sentence.
    """

    actor: str  # actor IRI
    topic: str  # topic IRI
    support: int = 0
    oppose: int = 0
    neutral: int = 0
    support_example: str | None = None
    oppose_example: str | None = None


@dataclass(frozen=True)
class TopicTally:
    """A topic's statements by side, and how many actors spoke on it and took each side."""

    topic: str  # topic IRI
    support: int
    oppose: int
    neutral: int
    actors: int
    supporters: int = 0
    opponents: int = 0

    @property
    def statements(self) -> int:
        return self.support + self.oppose + self.neutral


@dataclass(frozen=True)
class Tallies:
    """Positions (actor x topic), topic tallies, each speaker's statement count, splits."""

    positions: tuple[Position, ...] = ()
    topics: tuple[TopicTally, ...] = ()
    speakers: tuple[tuple[str, int], ...] = ()  # (actor IRI, statements it made)
    splits: tuple[Split, ...] = ()
