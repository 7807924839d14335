"""Score extraction, read back from the built graph, against gold annotations.

Two kinds of gold are supported:

* the project's gold YAML (``GOLD_FORMAT.md``): statement precision/recall/F1, stance
  accuracy on matched statements with its confusion matrix (gold x predicted), speaker
  recall, affiliation accuracy and camp agreement;
* PolNeAR's brat files (a split directory with ``text/`` and ``attributions/``):
  attribution precision/recall/F1.

Scoring reads the RDF graph, not the Python records, so what is measured is what a user
queries. Matching rules, in one place:

* a predicted statement matches a gold statement when its evidence sentence overlaps the
  gold sentence (character offsets in the article) and its speaker's ``rdfs:label`` or a
  ``skos:altLabel`` equals the gold name or an alias (case-insensitive; a person also
  matches by surname); each prediction matches at most one gold statement;
* a predicted statement matches a PolNeAR attribution when its sentence holds the gold cue
  and its speaker matches the gold source text (same normalisation, plus head-noun match for
  unnamed sources like "a source" ~ "sources"); a pronoun source counts for any speaker of
  a statement whose sentence holds the cue, because the pronoun's antecedent is not
  annotated; a role description ("the governor") counts for a speaker whose ``sg:role``
  has that head noun. Attributions without a source are left out (nothing to match).

Examples:
    >>> from graph.evaluate import f1
    >>> round(f1(8, 10, 10), 3)
    0.8
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from .errors import InputError
from .iris import mint_article_iri
from .namespaces import RDF, RDFS, SG, SKOS
from .records import STANCES, Statement

__all__ = [
    "SPAN_PARTS",
    "AttributionScore",
    "GoldActor",
    "GoldArticle",
    "GoldAttribution",
    "GoldStatement",
    "GraphStatement",
    "SpanScore",
    "StatementScore",
    "evaluate_gold",
    "evaluate_polnear",
    "f1",
    "graph_statements",
    "group_totals",
    "load_gold",
    "load_polnear_article",
    "names_match",
    "polnear_part_scores",
    "score_article",
    "score_polnear_article",
    "score_spans",
    "source_matches",
]

Progress = Callable[[int], None]

# ---------------------------------------------------------------------------- gold records


@dataclass(frozen=True)
class GoldActor:
    """An actor of the gold file: its id, every surface form and its affiliation id."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str = "Person"
    affiliation: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldStatement:
    """A gold statement: who, which cue, in which sentence, with which stance."""

    id: str
    speaker: str
    cue: str
    sentence: str
    stance: str
    start: int = -1  # offsets of ``sentence`` in the article text, -1 when not found
    end: int = -1
    target: str = ""  # what the stance is about, free text


@dataclass(frozen=True)
class GoldRelation:
    """An explicit agreement or disagreement between two gold actors in one sentence."""

    source: str
    target: str
    relation: str
    sentence: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class GoldArticle:
    """One gold YAML file with its article text resolved."""

    path: Path
    article_path: Path
    actors: dict[str, GoldActor]
    statements: tuple[GoldStatement, ...]
    camps: tuple[tuple[str, ...], ...] = ()
    relations: tuple[GoldRelation, ...] = ()


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: its cue fragments and its source text (may be empty)."""

    id: str
    cue: tuple[tuple[int, int], ...]
    source: str
    content: tuple[tuple[int, int], ...] = ()
    source_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class GraphStatement:
    """A statement as read back from the graph, with its speaker's surface forms."""

    iri: str
    speaker: str
    speaker_names: tuple[str, ...]
    cue: str
    evidence: str
    start: int
    end: int
    stance: str
    topic: str = ""  # topic IRI
    speaker_roles: tuple[str, ...] = ()  # sg:role of the speaker ("Governor")
    target_names: tuple[str, ...] = ()  # sg:targetActor's labels, when there is one
    relation: str = ""  # "agree" / "disagree" from sg:relation


# ---------------------------------------------------------------------------- scores


def _confusion() -> dict[str, dict[str, int]]:
    """An empty stance confusion matrix: gold stance -> predicted stance -> count."""
    return {gold: dict.fromkeys(STANCES, 0) for gold in STANCES}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def f1(matched: int, predicted: int, gold: int) -> float:
    """F1 from counts (0 when nothing was predicted or nothing was gold)."""
    if not predicted or not gold or not matched:
        return 0.0
    p, r = matched / predicted, matched / gold
    return 2 * p * r / (p + r)


class _PRF:
    """Precision, recall and F1 from ``matched``, ``predicted`` and ``gold`` counts."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.matched, self.predicted, self.gold)


@dataclass
class StatementScore(_PRF):
    """Counts for one article (or the total) against gold YAML; ratios are derived."""

    article: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    stance_correct: int = 0
    speakers: int = 0
    speakers_found: int = 0
    affiliations: int = 0  # gold actors with an affiliation found in the graph
    affiliations_correct: int = 0
    affiliations_gold: int = 0  # gold actors with an affiliation
    camp_pairs: int = 0
    camp_pairs_correct: int = 0
    topic_pairs_gold: int = 0  # matched statement pairs whose gold targets are the same
    topic_pairs_predicted: int = 0  # matched statement pairs given the same sg:Topic
    topic_pairs_both: int = 0
    relations_gold: int = 0
    relations_predicted: int = 0  # statements with sg:targetActor and sg:relation
    relations_matched: int = 0
    #: matched statements counted by gold stance, then predicted stance
    stance_confusion: dict[str, dict[str, int]] = field(default_factory=_confusion)
    errors: list[str] = field(default_factory=list)
    #: what went wrong, one line each: missed gold statements, extra predictions, stance
    #: and affiliation mistakes (for ``stancegraph evaluate --details``)
    details: list[str] = field(default_factory=list)

    def add(self, other: StatementScore) -> None:
        for name in (
            "gold",
            "predicted",
            "matched",
            "stance_correct",
            "speakers",
            "speakers_found",
            "affiliations",
            "affiliations_correct",
            "affiliations_gold",
            "camp_pairs",
            "camp_pairs_correct",
            "topic_pairs_gold",
            "topic_pairs_predicted",
            "topic_pairs_both",
            "relations_gold",
            "relations_predicted",
            "relations_matched",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for gold, row in other.stance_confusion.items():
            for predicted, count in row.items():
                self.count_stance(gold, predicted, count)

    def count_stance(self, gold: str, predicted: str, count: int = 1) -> None:
        """Count a matched statement in the stance confusion matrix."""
        row = self.stance_confusion.setdefault(gold, dict.fromkeys(STANCES, 0))
        row[predicted] = row.get(predicted, 0) + count

    @property
    def stance_accuracy(self) -> float | None:
        return _ratio(self.stance_correct, self.matched)

    @property
    def speaker_recall(self) -> float | None:
        return _ratio(self.speakers_found, self.speakers)

    @property
    def affiliation_accuracy(self) -> float | None:
        return _ratio(self.affiliations_correct, self.affiliations)

    @property
    def camp_agreement(self) -> float | None:
        return _ratio(self.camp_pairs_correct, self.camp_pairs)

    @property
    def relation_f1(self) -> float | None:
        """F1 of explicit agree/disagree relations (speaker, target, kind, sentence)."""
        if not self.relations_gold and not self.relations_predicted:
            return None
        return f1(self.relations_matched, self.relations_predicted, self.relations_gold)

    @property
    def topic_f1(self) -> float | None:
        """Pairwise F1 of "same topic" over matched statements: do statements the gold
        says are about one issue share one sg:Topic, and only those?"""
        if not self.topic_pairs_gold and not self.topic_pairs_predicted:
            return None
        return f1(self.topic_pairs_both, self.topic_pairs_predicted, self.topic_pairs_gold)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in (
            "precision",
            "recall",
            "f1",
            "stance_accuracy",
            "speaker_recall",
            "affiliation_accuracy",
            "camp_agreement",
            "topic_f1",
            "relation_f1",
        ):
            value = getattr(self, name)
            data[name] = None if value is None else round(value, 4)
        return data


@dataclass
class SpanScore:
    """Spans of one attribution part (cue, source or content) against PolNeAR's.

    ``exact`` counts predicted spans with the gold span's boundaries, ``overlap`` those
    sharing a character with a gold span (one-to-one); edges are compared without
    whitespace, punctuation and quotation marks.
    """

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0

    def add(self, other: SpanScore) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.exact += other.exact
        self.overlap += other.overlap

    @property
    def exact_f1(self) -> float:
        return f1(self.exact, self.predicted, self.gold)

    @property
    def overlap_f1(self) -> float:
        return f1(self.overlap, self.predicted, self.gold)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = asdict(self)
        for name in ("exact", "overlap"):
            count = getattr(self, name)
            data[f"{name}_precision"] = _round(_ratio(count, self.predicted))
            data[f"{name}_recall"] = _round(_ratio(count, self.gold))
            data[f"{name}_f1"] = round(getattr(self, f"{name}_f1"), 4)
        return data


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


#: The parts of an attribution scored as spans, in PolNeAR's terms.
SPAN_PARTS = ("cue", "source", "content")


@dataclass
class AttributionScore(_PRF):
    """PolNeAR attribution counts for one article (or the total), and per-part span scores."""

    article: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    skipped_no_source: int = 0
    details: list[str] = field(default_factory=list)
    parts: dict[str, SpanScore] = field(
        default_factory=lambda: {part: SpanScore() for part in SPAN_PARTS}
    )

    def add(self, other: AttributionScore) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.skipped_no_source += other.skipped_no_source
        for part, score in other.parts.items():
            self.parts.setdefault(part, SpanScore()).add(score)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("precision", "recall", "f1"):
            value = getattr(self, name)
            data[name] = None if value is None else round(value, 4)
        data["parts"] = {part: score.as_dict() for part, score in self.parts.items()}
        return data


# ---------------------------------------------------------------------------- names

# Words that carry no identity: "the Pentagon" is "Pentagon", "a source" is "source".
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "another",
        "other",
        "some",
        "any",
        "one",
        "two",
        "several",
        "many",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)
_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "himself",
        "herself",
        "itself",
        "themselves",
        "ourselves",
        "myself",
        "yourself",
        "who",
        "whom",
        "which",
        "this",
        "that",
    ]
)
_NON_WORD = re.compile(r"[^\w]+")


def _fold(text: str) -> str:
    """Case- and accent-folded text with periods dropped, so "U.S." equals "US"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.casefold().replace(".", "")
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def _words(text: str) -> list[str]:
    return [w for w in _fold(text).split() if w not in _DETERMINERS]


def _singular(word: str) -> str:
    """A crude singular, enough to equate "sources" with "source", "officials" with "official"."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def names_match(gold_names: Iterable[str], predicted_names: Iterable[str], *, person: bool) -> bool:
    """True when some gold surface form is some predicted one (or, for people, a surname).

    Examples:
        >>> names_match(["Ivan Petrov", "Petrov"], ["Iwan Petrov"], person=True)
        True
        >>> names_match(["the United States"], ["United States"], person=False)
        True
        >>> names_match(["Anna Berg"], ["Anna Lind"], person=True)
        False
    """
    gold = {" ".join(_words(n)) for n in gold_names} - {""}
    pred = {" ".join(_words(n)) for n in predicted_names} - {""}
    if gold & pred:
        return True
    if not person:
        return False
    # A person is often named by surname only; the gold's surname must be the predicted
    # name's last word (not its first: "Anna Berg" is not "Anna Lind").
    gold_surnames = {n.split()[-1] for n in gold if len(n.split()[-1]) > 2}
    pred_surnames = {n.split()[-1] for n in pred}
    return bool(gold_surnames & pred_surnames)


def is_pronoun(text: str) -> bool:
    """True for a source that is only a pronoun ("he", "They")."""
    words = _fold(text).split()
    return bool(words) and all(w in _PRONOUNS for w in words)


def is_description(text: str) -> bool:
    """A source that names a role, not a person: "the governor", "the president".

    Like a pronoun it points back to someone named earlier; it matches a speaker whose
    ``sg:role`` has the same head noun.
    """
    words = [w for w in text.split() if w.casefold() not in _DETERMINERS]
    return bool(words) and all(w[:1].islower() for w in words) and not is_pronoun(text)


def source_matches(source: str, predicted_names: Iterable[str]) -> bool:
    """Whether a PolNeAR source text names the predicted speaker.

    Sources are noun phrases as written ("Clinton's campaign", "a senior official",
    "Jon Ames"), predictions are canonical labels, so this is looser than
    :func:`names_match`: equal after dropping determiners, or same head word (singular),
    or every word of the shorter contained in the longer.

    Examples:
        >>> source_matches("a source", ["sources"])
        True
        >>> source_matches("Republican nominee Jon Ames", ["Ames", "Jon Ames"])
        True
        >>> source_matches("Hillary Clinton", ["Tim Kaine"])
        False
    """
    src = [_singular(w) for w in _words(source)]
    if not src:
        return False
    for name in predicted_names:
        pred = [_singular(w) for w in _words(name)]
        if not pred:
            continue
        if src == pred or src[-1] == pred[-1]:
            return True
        shorter, longer = sorted((src, pred), key=len)
        if set(shorter) <= set(longer):
            return True
    return False


# ---------------------------------------------------------------------------- graph


def _actor_names(graph: Graph, actor: URIRef) -> tuple[str, ...]:
    names = [str(o) for o in graph.objects(actor, RDFS.label)]
    names += sorted(str(o) for o in graph.objects(actor, SKOS.altLabel))
    return tuple(names)


def _iri(node: object) -> URIRef | None:
    return node if isinstance(node, URIRef) else None


def _int(node: object) -> int:
    """An integer literal's value; -1 when absent or not an integer."""
    try:
        return int(node.toPython()) if isinstance(node, Literal) else -1
    except (TypeError, ValueError):
        return -1


_RELATION_NAMES: dict[URIRef | None, str] = {SG.agreesWith: "agree", SG.disagreesWith: "disagree"}
_STANCE_NAMES: dict[URIRef | None, str] = {
    SG.Support: "support",
    SG.Oppose: "oppose",
    SG.Neutral: "neutral",
}


def graph_statements(graph: Graph, article_id: str | None = None) -> list[GraphStatement]:
    """Every ``sg:Statement`` of the graph (of one article when ``article_id`` is given)."""
    article = mint_article_iri(article_id) if article_id is not None else None
    found: list[GraphStatement] = []
    for node in graph.subjects(RDF.type, SG.Statement):
        if article is not None and (node, SG.article, article) not in graph:
            continue
        speaker = _iri(graph.value(node, SG.speaker))
        target = _iri(graph.value(node, SG.targetActor))
        start = _int(graph.value(node, SG.charStart))
        end = _int(graph.value(node, SG.charEnd))
        found.append(
            GraphStatement(
                iri=str(node),
                speaker=str(speaker) if speaker is not None else "",
                speaker_names=_actor_names(graph, speaker) if speaker is not None else (),
                cue=str(graph.value(node, SG.cue) or ""),
                evidence=str(graph.value(node, SG.evidence) or ""),
                start=start,
                end=end,
                stance=_STANCE_NAMES.get(_iri(graph.value(node, SG.stance)), "neutral"),
                topic=str(graph.value(node, SG.topic) or ""),
                speaker_roles=tuple(sorted(str(r) for r in graph.objects(speaker, SG.role)))
                if speaker is not None
                else (),
                target_names=_actor_names(graph, target) if target is not None else (),
                relation=_RELATION_NAMES.get(_iri(graph.value(node, SG.relation)), ""),
            )
        )
    found.sort(key=lambda s: (s.start, s.end, s.iri))
    return found


def _graph_actors(graph: Graph) -> list[tuple[URIRef, tuple[str, ...], bool]]:
    """Every actor with its surface forms and whether it is a person."""
    return [
        (actor, _actor_names(graph, actor), (actor, RDF.type, SG.Person) in graph)
        for actor in sorted(
            a for a in set(graph.subjects(RDF.type, SG.Actor)) if isinstance(a, URIRef)
        )
    ]


def find_actor(
    graph: Graph,
    gold: GoldActor,
    actors: list[tuple[URIRef, tuple[str, ...], bool]],
    speaking: dict[URIRef, int],
) -> URIRef | None:
    """The graph actor that is this gold actor: exact label first, then alias, then surname.

    Ties go to the actor with more statements (the one the article is about), then IRI.
    """
    person = gold.type == "Person"

    def rank(actor: tuple[URIRef, tuple[str, ...], bool]) -> int | None:
        _iri, names, _ = actor
        if names and names_match([gold.name], names[:1], person=False):
            return 0
        if names_match(gold.names, names, person=False):
            return 1
        if person and names_match(gold.names, names, person=True):
            return 2
        return None

    ranked = [
        (r, -speaking.get(a[0], 0), str(a[0]), a[0]) for a in actors if (r := rank(a)) is not None
    ]
    return min(ranked)[3] if ranked else None


def _clusters_of(graph: Graph) -> dict[URIRef, set[URIRef]]:
    membership: dict[URIRef, set[URIRef]] = defaultdict(set)
    for cluster in graph.subjects(RDF.type, SG.Cluster):
        for member in graph.objects(cluster, SG.member):
            if isinstance(member, URIRef) and isinstance(cluster, URIRef):
                membership[member].add(cluster)
    return membership


# ---------------------------------------------------------------------------- gold YAML


def _yaml_error(path: Path, exc: Exception) -> InputError:
    mark = getattr(exc, "problem_mark", None)
    where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
    problem = getattr(exc, "problem", None) or str(exc)
    return InputError(f"{where}: not valid YAML: {' '.join(str(problem).split())}")


def _locate(text: str, sentence: str) -> tuple[int, int]:
    """Offsets of a gold sentence in the article, tolerant of whitespace differences."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = sentence.split()
    if not words:
        return -1, -1
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else (-1, -1)


def load_gold(path: str | Path, articles_dir: str | Path | None = None) -> GoldArticle:
    """Read one gold YAML file; any problem is one :class:`InputError` line with the file.

    The article is ``article:`` resolved beside the YAML file, in ``articles_dir``, or in
    ``../articles`` (the layout of the shared evaluation set).
    """
    import yaml

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such gold file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc) from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not isinstance(data, dict) or not data.get("article"):
        raise InputError(f"{path}: not a gold file (no 'article:' key)")
    candidates = [path.parent / str(data["article"])]
    if articles_dir is not None:
        candidates.insert(0, Path(articles_dir) / str(data["article"]))
    candidates.append(path.parent.parent / "articles" / str(data["article"]))
    article_path = next((c for c in candidates if c.is_file()), None)
    if article_path is None:
        raise InputError(f"{path}: article {data['article']!r} not found (use --articles DIR)")
    from .ingest import clean_text

    text = clean_text(article_path.read_text(encoding="utf-8", errors="replace"))
    try:
        actors = {
            str(a["id"]): GoldActor(
                id=str(a["id"]),
                name=str(a["name"]),
                aliases=tuple(str(x) for x in a.get("aliases") or ()),
                type=str(a.get("type") or "Person"),
                affiliation=str(a["affiliation"]) if a.get("affiliation") else None,
            )
            for a in data.get("actors") or ()
        }
        statements: list[GoldStatement] = []
        for s in data.get("statements") or ():
            start, end = _locate(text, str(s["sentence"]))
            statements.append(
                GoldStatement(
                    id=str(s.get("id", len(statements) + 1)),
                    speaker=str(s["speaker"]),
                    cue=str(s.get("cue") or ""),
                    sentence=str(s["sentence"]),
                    stance=str(s.get("stance") or "neutral"),
                    target=str(s.get("target") or ""),
                    start=start,
                    end=end,
                )
            )
        camps = tuple(tuple(str(m) for m in camp) for camp in data.get("camps") or ())
        relations = tuple(
            GoldRelation(
                str(r["source"]),
                str(r["target"]),
                str(r["relation"]),
                str(r["sentence"]),
                *_locate(text, str(r["sentence"])),
            )
            for r in data.get("relations") or ()
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: malformed gold entry: {exc}") from None
    return GoldArticle(path, article_path, actors, tuple(statements), camps, relations)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _evidence_overlaps(pred: GraphStatement, gold: GoldStatement) -> bool:
    if pred.start >= 0 and gold.start >= 0:
        return _overlaps(pred.start, pred.end, gold.start, gold.end)
    a, b = " ".join(pred.evidence.split()), " ".join(gold.sentence.split())
    return bool(a and b) and (a in b or b in a)


def score_article(gold: GoldArticle, graph: Graph, article_id: str) -> StatementScore:
    """Score one article's statements, speakers, affiliations and camps in ``graph``."""
    score = StatementScore(article=gold.path.stem)
    predicted = graph_statements(graph, article_id)
    score.gold, score.predicted = len(gold.statements), len(predicted)
    for s in gold.statements:
        if s.start < 0:
            score.errors.append(f"{s.id}: sentence not found in the article")
        if s.speaker not in gold.actors:
            score.errors.append(f"{s.id}: unknown speaker id {s.speaker!r}")

    # One-to-one greedy matching: each gold statement takes the overlapping prediction by
    # its speaker whose cue agrees best, so two statements in one sentence pair up right.
    used: set[int] = set()
    matched_speakers: set[str] = set()
    pairs: list[tuple[GoldStatement, GraphStatement]] = []
    for s in gold.statements:
        actor = gold.actors.get(s.speaker)
        if actor is None:
            continue
        best: tuple[int, int] | None = None
        for i, p in enumerate(predicted):
            if i in used or not _evidence_overlaps(p, s):
                continue
            if not names_match(actor.names, p.speaker_names, person=actor.type == "Person"):
                continue
            cue_score = (
                0
                if _fold(p.cue) == _fold(s.cue)
                else 1
                if _fold(p.cue) in _fold(s.cue) or _fold(s.cue) in _fold(p.cue)
                else 2
            )
            if best is None or cue_score < best[0]:
                best = (cue_score, i)
        if best is None:
            score.details.append(f"missed {s.id} {s.speaker} {s.cue!r}: {_short(s.sentence)}")
            continue
        used.add(best[1])
        score.matched += 1
        matched_speakers.add(s.speaker)
        pairs.append((s, predicted[best[1]]))
        score.count_stance(s.stance, predicted[best[1]].stance)
        if predicted[best[1]].stance == s.stance:
            score.stance_correct += 1
        else:
            score.details.append(
                f"stance {s.id} {s.speaker} {s.cue!r}: {predicted[best[1]].stance}, "
                f"gold {s.stance}: {_short(s.sentence)}"
            )
    for i, p in enumerate(predicted):
        if i not in used:
            name = p.speaker_names[0] if p.speaker_names else p.speaker
            score.details.append(f"extra {name} {p.cue!r}: {_short(p.evidence)}")
    _score_relations(gold, predicted, score)
    for i, (g1, p1) in enumerate(pairs):
        for g2, p2 in pairs[i + 1 :]:
            same_gold = bool(g1.target) and _fold(g1.target) == _fold(g2.target)
            same_pred = bool(p1.topic) and p1.topic == p2.topic
            score.topic_pairs_gold += same_gold
            score.topic_pairs_predicted += same_pred
            score.topic_pairs_both += same_gold and same_pred
    speakers = {s.speaker for s in gold.statements if s.speaker in gold.actors}
    score.speakers, score.speakers_found = len(speakers), len(matched_speakers)

    actors = _graph_actors(graph)
    speaking: dict[URIRef, int] = defaultdict(int)
    for p in predicted:
        speaking[URIRef(p.speaker)] += 1
    found = {a.id: find_actor(graph, a, actors, speaking) for a in gold.actors.values()}
    for a in gold.actors.values():
        if a.affiliation is None:
            continue
        score.affiliations_gold += 1
        iri = found[a.id]
        if iri is None:
            continue
        score.affiliations += 1
        target = gold.actors.get(a.affiliation)
        affiliated = [x for x in graph.objects(iri, SG.affiliation) if isinstance(x, URIRef)]
        if target is not None and any(
            names_match(target.names, _actor_names(graph, x), person=target.type == "Person")
            for x in affiliated
        ):
            score.affiliations_correct += 1
        else:
            got = ", ".join(_actor_names(graph, x)[0] for x in affiliated if _actor_names(graph, x))
            score.details.append(f"affiliation {a.id}: {got or 'none'}, gold {a.affiliation}")

    membership = _clusters_of(graph)
    camp_of = {m: i for i, camp in enumerate(gold.camps) for m in camp}
    members = sorted(camp_of)
    for i, first in enumerate(members):
        for second in members[i + 1 :]:
            score.camp_pairs += 1
            ia, ib = found.get(first), found.get(second)
            ca = membership.get(ia, set()) if ia is not None else set()
            cb = membership.get(ib, set()) if ib is not None else set()
            if not ca or not cb:
                continue  # a member in no cluster is wrong with everyone
            if (camp_of[first] == camp_of[second]) == bool(ca & cb):
                score.camp_pairs_correct += 1
    return score


def _score_relations(
    gold: GoldArticle, predicted: Sequence[GraphStatement], score: StatementScore
) -> None:
    """Match predicted explicit relations to gold ones, one to one."""
    related = [p for p in predicted if p.relation and p.target_names]
    score.relations_gold, score.relations_predicted = len(gold.relations), len(related)
    used: set[int] = set()
    for r in gold.relations:
        source, target = gold.actors.get(r.source), gold.actors.get(r.target)
        if source is None or target is None:
            continue
        sentence = GoldStatement("", r.source, "", r.sentence, "", r.start, r.end)
        for i, p in enumerate(related):
            if i in used or p.relation != r.relation or not _evidence_overlaps(p, sentence):
                continue
            if names_match(
                source.names, p.speaker_names, person=source.type == "Person"
            ) and names_match(target.names, p.target_names, person=target.type == "Person"):
                used.add(i)
                score.relations_matched += 1
                break
        else:
            score.details.append(
                f"relation missed {r.source} {r.relation} {r.target}: {_short(r.sentence)}"
            )


def gold_files(path: str | Path) -> list[Path]:
    """The gold YAML files of a file or directory, sorted; a one-line error if none."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"})
    if not files and (path / "gold").is_dir():
        files = sorted(p for p in (path / "gold").iterdir() if p.suffix in {".yaml", ".yml"})
    if not files:
        raise InputError(f"{path}: no gold .yaml files in this directory")
    return files


def _article_id(path: Path) -> str:
    from .ingest import read_articles

    articles = list(read_articles([path]))
    if not articles:
        raise InputError(f"{path}: the article could not be read")
    return articles[0].id


def evaluate_gold(
    gold: str | Path,
    *,
    articles_dir: str | Path | None = None,
    graph: Graph | None = None,
    pipeline: str | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    build: Callable[[Path], Graph] | None = None,
    attribution: str | None = None,
) -> tuple[list[StatementScore], StatementScore]:
    """Score every gold file; returns per-article scores and their (micro-averaged) total.

    Without ``graph``, each article is built on its own with :func:`build_corpus`, so the
    clusters scored are the ones that article alone yields.
    """
    files = gold_files(gold)[: limit or None]
    golds = [load_gold(f, articles_dir) for f in files]

    def _build(path: Path) -> Graph:
        from .pipeline import build_corpus

        return build_corpus([path], pipeline=pipeline, attribution=attribution).graph

    build = build or _build
    scores: list[StatementScore] = []
    total = StatementScore(article="total")
    for g in golds:
        article_graph = graph if graph is not None else build(g.article_path)
        score = score_article(g, article_graph, _article_id(g.article_path))
        scores.append(score)
        total.add(score)
        if progress is not None:
            progress(1)
    return scores, total


def group_totals(
    scores: Iterable[StatementScore], groups: dict[str, list[str]]
) -> dict[str, StatementScore]:
    """Totals over named groups of articles, each group given as glob patterns of names.

    An article belongs to every group one of whose patterns matches its name (the gold
    file's stem), so ``{"tuned": ["0*"], "new": ["1*", "2*"]}`` reports the two halves of a
    gold set apart. A pattern that matches no article is an error: a typo must not report
    an empty group as if it were measured.
    """
    from fnmatch import fnmatchcase

    scores = list(scores)
    totals: dict[str, StatementScore] = {}
    for label, patterns in groups.items():
        total = StatementScore(article=label)
        for pattern in patterns:
            if not any(fnmatchcase(s.article, pattern) for s in scores):
                raise InputError(f"group {label!r}: no article matches {pattern!r}")
        for score in scores:
            if any(fnmatchcase(score.article, pattern) for pattern in patterns):
                total.add(score)
        totals[label] = total
    return totals


# ---------------------------------------------------------------------------- PolNeAR

_BRAT_TEXT = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_BRAT_EVENT = re.compile(r"^(E\d+)\t(\S+)")


def _offset_map(raw: str) -> Callable[[int], int]:
    """Raw-file offsets -> offsets in the ingested (cleaned) text the graph was built from."""
    from .ingest import clean_text

    if clean_text(raw) == raw:
        return lambda i: i
    cache: dict[int, int] = {}

    def convert(i: int) -> int:
        if i not in cache:
            cache[i] = len(clean_text(raw[:i]))
        return cache[i]

    return convert


def load_polnear_article(ann: Path, text_path: Path) -> tuple[list[GoldAttribution], int]:
    """The attributions of one brat file with cue offsets in cleaned-text coordinates.

    Returns every attribution (those without a source have ``source == ""``: they are not
    scored, but a statement at their cue is no false positive either) and the number
    without a source. Text-bound lines whose text runs over a line break are read by
    offsets only.
    """
    raw = text_path.read_text(encoding="utf-8", errors="replace")
    convert = _offset_map(raw)
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8", errors="replace").splitlines():
        if m := _BRAT_TEXT.match(line):
            frags = []
            for frag in m.group(3).split(";"):
                parts = frag.split()
                if len(parts) == 2:
                    frags.append((int(parts[0]), int(parts[1])))
            spans[m.group(1)] = frags
        elif m := _BRAT_EVENT.match(line):
            roles = {}
            for arg in line.split("\t")[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    gold: list[GoldAttribution] = []
    skipped = 0
    for i, roles in enumerate(events):
        cue = spans.get(roles.get("Cue", ""), [])
        source = spans.get(roles.get("Source", ""), [])
        if not cue:
            continue
        skipped += not source
        content = spans.get(roles.get("Content", ""), [])
        gold.append(
            GoldAttribution(
                id=f"E{i + 1}",
                cue=tuple((convert(a), convert(b)) for a, b in cue),
                source=" ".join(raw[a:b] for a, b in source),
                content=tuple((convert(a), convert(b)) for a, b in content),
                source_spans=tuple((convert(a), convert(b)) for a, b in source),
            )
        )
    return gold, skipped


def polnear_pairs(split_dir: str | Path) -> list[tuple[Path, Path]]:
    """(text file, attribution file) pairs of a split; one annotator's file per article."""
    split = Path(split_dir)
    text_dir, ann_dir = split / "text", split / "attributions"
    if not split.is_dir():
        raise InputError(f"{split}: no such directory")
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{split}: not a PolNeAR split (needs text/ and attributions/)")
    pairs: dict[str, Path] = {}
    # Files are named <article>_<annotator>.ann; an article annotated twice keeps the
    # first annotator's file in name order, so the choice is deterministic.
    for ann in sorted(ann_dir.glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        text = text_dir / f"{base}.txt"
        if text.is_file() and base not in pairs:
            pairs[base] = ann
    if not pairs:
        raise InputError(f"{split}: no .ann file has a matching text/*.txt")
    return [(text_dir / f"{base}.txt", pairs[base]) for base in sorted(pairs)]


def score_polnear_article(
    name: str,
    gold: Sequence[GoldAttribution],
    predicted: Sequence[GraphStatement],
    skipped: int = 0,
) -> AttributionScore:
    """Match predicted statements to gold attributions one-to-one (named sources first).

    Two kinds of prediction are neither right nor wrong, and are not counted: one at the
    cue of an attribution left out for having no source, and one on a later sentence of a
    matched attribution's content by the same speaker (a quote running over sentences is
    one PolNeAR attribution but a statement per sentence here).
    """
    unsourced = [g for g in gold if not g.source.strip()]
    gold = [g for g in gold if g.source.strip()]
    score = AttributionScore(
        article=name, gold=len(gold), predicted=len(predicted), skipped_no_source=skipped
    )
    used: set[int] = set()
    matched: list[tuple[GoldAttribution, GraphStatement]] = []
    # Named sources go first so a pronoun's lenient rule cannot take their statement.
    order = sorted(gold, key=lambda g: is_pronoun(g.source))
    for g in order:
        pronoun = is_pronoun(g.source)
        at_cue: list[str] = []
        for i, p in enumerate(predicted):
            if i in used or p.start < 0:
                continue
            if not any(p.start <= a and b <= p.end for a, b in g.cue):
                continue
            if (
                pronoun
                or source_matches(g.source, p.speaker_names)
                or (is_description(g.source) and source_matches(g.source, p.speaker_roles))
            ):
                used.add(i)
                score.matched += 1
                matched.append((g, p))
                break
            at_cue.append(p.speaker_names[0] if p.speaker_names else p.speaker)
        else:
            if at_cue:
                score.details.append(f"speaker {g.id}: {', '.join(at_cue)}; gold {g.source!r}")
            else:
                score.details.append(f"missed {g.id}: gold {g.source!r} at {g.cue[0][0]}")
    for i, p in enumerate(predicted):
        if i in used:
            continue
        if any(any(p.start <= a and b <= p.end for a, b in g.cue) for g in unsourced) or any(
            p.speaker == q.speaker and any(_overlaps(p.start, p.end, a, b) for a, b in g.content)
            for g, q in matched
        ):
            score.predicted -= 1
            continue
        name_ = p.speaker_names[0] if p.speaker_names else p.speaker
        score.details.append(f"extra {name_} {p.cue!r}: {_short(p.evidence)}")
    return score


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without whitespace, punctuation or quotation marks at its edges."""
    piece = text[start:end]
    lead = re.match(r"^[\W_]*", piece)
    trail = re.search(r"[\W_]*$", piece)
    a = start + (lead.end() if lead else 0)
    b = end - (len(trail.group()) if trail else 0)
    return (a, b) if a < b else (start, end)


def score_spans(
    text: str, gold: Sequence[tuple[int, int]], predicted: Iterable[tuple[int, int]]
) -> SpanScore:
    """Exact and overlap matches of predicted character spans to gold ones (one-to-one)."""
    gold_spans = sorted({_trimmed(text, a, b) for a, b in gold})
    pred_spans = sorted({_trimmed(text, a, b) for a, b in predicted})
    score = SpanScore(gold=len(gold_spans), predicted=len(pred_spans))
    score.exact = len(set(gold_spans) & set(pred_spans))
    used: set[int] = set()
    for a, b in gold_spans:
        for i, (c, d) in enumerate(pred_spans):
            if i not in used and _overlaps(a, b, c, d):
                used.add(i)
                score.overlap += 1
                break
    return score


def polnear_part_scores(
    text: str, gold: Sequence[GoldAttribution], statements: Sequence[Statement]
) -> dict[str, SpanScore]:
    """Cue, source and content span scores of one article's statements.

    A gold part is the extent of its fragments; each distinct predicted span counts once
    (two speakers of one cue predict one cue span).
    """

    def extent(frags: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(min(a for a, _ in frags), max(b for _, b in frags))] if frags else []

    golds = {
        "cue": [s for g in gold for s in extent(g.cue)],
        "source": [s for g in gold for s in extent(g.source_spans)],
        "content": [s for g in gold for s in extent(g.content)],
    }
    preds = {
        "cue": [s.cue_span for s in statements if s.cue_span],
        "source": [s.source_span for s in statements if s.source_span],
        "content": [s.content_span for s in statements if s.content_span],
    }
    return {part: score_spans(text, golds[part], preds[part]) for part in SPAN_PARTS}


def evaluate_polnear(
    split_dir: str | Path,
    *,
    pipeline: str | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    on_articles: Callable[[int], None] | None = None,
    attribution: str | None = None,
) -> tuple[list[AttributionScore], AttributionScore]:
    """Build the split's texts as one corpus and score attribution per article and in total.

    Attribution is scored on the graph; the cue, source and content spans, which the graph
    does not hold, on the statement records it was built from.
    """
    from .ingest import read_articles
    from .pipeline import build_corpus

    pairs = polnear_pairs(split_dir)[: limit or None]
    if on_articles is not None:
        on_articles(len(pairs))
    result = build_corpus(
        [t for t, _ in pairs], pipeline=pipeline, progress=progress, attribution=attribution
    )
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for statement in result.statements:
        by_article[statement.article_id].append(statement)
    scores: list[AttributionScore] = []
    total = AttributionScore(article="total")
    for text_path, ann in pairs:
        articles = list(read_articles([text_path]))
        if not articles:
            continue
        gold, skipped = load_polnear_article(ann, text_path)
        predicted = graph_statements(result.graph, articles[0].id)
        score = score_polnear_article(text_path.stem, gold, predicted, skipped)
        score.parts = polnear_part_scores(articles[0].text, gold, by_article[articles[0].id])
        scores.append(score)
        total.add(score)
    return scores, total
