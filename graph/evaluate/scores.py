"""Counts and ratios of a scoring run: precision, recall, F1 and span agreement.

Each score is a mutable tally: per article first, then added into a total. Ratios are
derived from the counts, never stored, so a total is exact (micro-averaged).

Examples:
    >>> round(f1(8, 10, 10), 3)
    0.8
    >>> score_spans("He said yes.", [(3, 7)], [(3, 8)]).exact
    1
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..records import STANCES

#: Called with the number of articles just scored (a progress bar's ``advance``).
Progress = Callable[[int], None]


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


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the character spans [a_start, a_end) and [b_start, b_end) share a character."""
    return a_start < b_end and b_start < a_end


def excerpt(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters, for a line of details."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
            if i not in used and overlaps(a, b, c, d):
                used.add(i)
                score.overlap += 1
                break
    return score
