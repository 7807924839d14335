"""A learned check on attributions: more candidates, each kept or dropped by a small model.

The rules (:func:`.assembly.find_attributions`) propose attributions; this module adds
candidates of its own where a verb that is often a cue in PolNeAR train (the cue table
``cue_words.tsv``) has a subject the rules did not read as speaking, and where a quotation
is signed with a dash ("“...” ― Jane Roe"). Each candidate is described by a few features
of the parse (:func:`features`: how often its cue word is a cue, where it came from, what
kind of word the cue is, whether it is quoted, the source and its distance, the content's
length) and scored by a logistic regression (:class:`FilterModel`) trained on PolNeAR train
(``python -m training.attribution_filter``, ``make attribution-filter``). The model checks
the candidates of the proposers it names (the shipped one, this module's verbs): one is
kept when its score reaches the model's threshold. The others are kept as proposed: the
rules say what the project calls a statement, which PolNeAR (annotated for another
purpose) does not always share. A quotation's continuation into later sentences goes with
the statement it continues.

The weights are a small JSON file (``graph/data/attribution/filter.json``); the model is a
dot product in pure Python, so the check costs little beside the parse.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..actors import ActorIndex
from ..lexicon import POSITION_VERBS, REPORTING_VERBS
from .assembly import find_attributions, wire_headline
from .cues import CUE_TABLE, cue_table
from .questions import in_question
from .spans import Attribution
from .speakers import _Speakers
from .subjects import _it_is, _member_of
from .verbs import _content, _subjects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "FILTER_PATH",
    "Candidate",
    "FilterModel",
    "candidates",
    "cue_table",
    "features",
    "filtered_attributions",
    "load_filter",
]

#: The shipped weights.
FILTER_PATH = CUE_TABLE.parent / "filter.json"
#: A verb no rule read is a candidate cue when this share of its uses in PolNeAR train,
#: and this many, were cues.
CANDIDATE_SHARE = 0.03
CANDIDATE_LEAST = 2
# Dashes that sign a quotation: "“...” ― Jane Roe".
_DASHES = frozenset({"―", "—", "–", "--"})
_CLOSING = frozenset({"”", '"', "''"})
_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they", "you", "who", "which", "that"})


@dataclass(frozen=True)
class Candidate:
    """An attribution proposed for the check, and which proposer found it."""

    attribution: Attribution
    origin: str  # "rule", "verb" or "dash"


def _share(lemma: str) -> tuple[float, int]:
    """How often a lemma is a cue (smoothed toward none) and how often it was one."""
    cues, uses = cue_table().get(lemma, (0, 0))
    return (cues + 0.1) / (uses + 1.0), cues


@dataclass(frozen=True)
class FilterModel:
    """A logistic regression over named features, the score a candidate must reach, and
    which proposers' candidates it checks (the others are kept as proposed)."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    checks: tuple[str, ...] = ("verb",)

    def score(self, values: Mapping[str, float]) -> float:
        """The probability the model gives a candidate with these feature values."""
        z = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, values: Mapping[str, float]) -> bool:
        """Whether a candidate's score reaches the threshold."""
        return self.score(values) >= self.threshold

    def to_json(self) -> str:
        """The model as the JSON :func:`load_filter` reads (weights sorted by name)."""
        body = {
            "bias": round(self.bias, 6),
            "checks": list(self.checks),
            "threshold": round(self.threshold, 4),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v},
        }
        return json.dumps(body, indent=1, sort_keys=True) + "\n"


@cache
def load_filter(path: Path = FILTER_PATH) -> FilterModel | None:
    """The model at ``path`` (read once per process), or None when there is none."""
    if not path.is_file():
        return None
    body = json.loads(path.read_text(encoding="utf-8"))
    return FilterModel(
        weights={str(k): float(v) for k, v in body["weights"].items()},
        bias=float(body["bias"]),
        threshold=float(body["threshold"]),
        checks=tuple(str(c) for c in body.get("checks", ("verb",))),
    )


def _bucket(n: int, edges: Iterable[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def features(
    candidate: Candidate, quoted: set[int], index: ActorIndex | None = None
) -> dict[str, float]:
    """The parse's description of a candidate, as named values for :class:`FilterModel`.

    ``quoted`` holds the doc's tokens inside quotation marks; ``index``, when given, says
    what kind of actor the speaker is.
    """
    a = candidate.attribution
    cue, source, content, sentence = a.cue, a.source, a.content, a.sentence
    lemma = _lemma(cue)
    share, cues = _share(lemma)
    continued = not (sentence.start <= cue.i < sentence.end)
    found: dict[str, float] = {
        f"origin={candidate.origin}": 1.0,
        f"lemma={lemma}": 1.0,
        "share": share,
        "logit_share": math.log(share / (1.0 - min(share, 0.99))),
        "log_cues": math.log1p(cues),
        f"pos={cue.pos_}": 1.0,
        f"dep={cue.dep_}": 1.0,
        f"tag={cue.tag_}": 1.0,
        "listed": float(lemma in REPORTING_VERBS or lemma in POSITION_VERBS),
        "continued": float(continued),
        "cue_quoted": float(cue.i in quoted),
        "sentence_quotes": float(any(t.i in quoted for t in sentence)),
        "relayed": float(a.reported_by is not None),
        "content": float(content is not None and len(content) > 0),
        f"content_len={_bucket(len(content) if content is not None else 0, (0, 3, 8, 20))}": 1.0,
        f"sentence_len={_bucket(len(sentence), (8, 20, 40))}": 1.0,
    }
    if index is not None and a.speaker in index.drafts:
        found[f"speaker_type={index.drafts[a.speaker].type}"] = 1.0
    if continued:
        return found
    marks = [c.lower_ for c in cue.children if c.dep_ == "mark"]
    if marks:
        found[f"mark={marks[0]}"] = 1.0
    deps = {c.dep_ for c in cue.children}
    for dep in ("ccomp", "dobj", "xcomp", "prep", "neg", "aux", "advmod"):
        found[f"child={dep}"] = float(dep in deps)
    objects = [c for c in cue.children if c.dep_ in ("dobj", "pobj", "attr")]
    if objects:
        found["object_share"] = _share(_lemma(objects[0]))[0]
    if source is None:
        found["no_source"] = 1.0
        return found
    distance = abs(source.i - cue.i)
    found.update(
        {
            f"distance={_bucket(distance, (1, 3, 6, 12))}": 1.0,
            "source_after": float(source.i > cue.i),
            "source_quoted": float(source.i in quoted),
            f"source_ent={source.ent_type_ or '-'}": 1.0,
            f"source_pos={source.pos_}": 1.0,
            "source_pronoun": float(source.lower_ in _PRONOUNS),
            "source_plural": float(source.tag_ in ("NNS", "NNPS")),
        }
    )
    return found


def _verb_candidates(
    doc: Doc, rules: list[Attribution], speakers: _Speakers, quoted: set[int]
) -> list[Attribution]:
    """Verbs often a cue in PolNeAR train whose subject the rules did not read as speaking,
    outside what the rules' speakers say."""
    cue_tokens = {a.cue.i for a in rules}
    # a verb inside what a rule's speaker says is part of that statement ("X said Y had
    # discussed ..."): nesting is the rules' to resolve
    for a in rules:
        if a.content is not None:
            cue_tokens.update(range(a.content.start, a.content.end))
    spoken: dict[int, set[str]] = {}
    for a in rules:
        spoken.setdefault(a.sentence.start, set()).update({a.speaker, a.reported_by or ""})
    found: list[Attribution] = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.i in cue_tokens or token.i in quoted:
            continue
        lemma = _lemma(token)
        share, cues = _share(lemma)
        if share < CANDIDATE_SHARE or cues < CANDIDATE_LEAST:
            continue
        source = _subject(token)
        if source is None:
            continue
        key = speakers.of(source, set(), generic=True)
        sentence = token.sent
        if key is None or key in spoken.get(sentence.start, set()):
            continue
        content = _content(token, lemma if lemma in REPORTING_VERBS else "say")
        found.append(
            Attribution(
                cue=token,
                cue_text=token.text,
                speaker=key,
                content=content,
                sentence=sentence,
                source=source,
            )
        )
    return found


def _subject(verb: Token) -> Token | None:
    """A verb's subject in the parse, or for a participle ("..., saying ...") its head's."""
    subjects, _ = _subjects(verb)
    if subjects:
        return subjects[0]
    head = verb
    while head.dep_ in ("advcl", "xcomp", "pcomp", "prep", "conj") and head.head.i != head.i:
        head = head.head
        found = [c for c in head.children if c.dep_ == "nsubj"]
        if found:
            # "it is hard to imagine ...": the placeholder "it" imagines nothing
            return None if _it_is(found[0]) else found[0]
    return None


def _dash_candidates(doc: Doc, speakers: _Speakers) -> list[Attribution]:
    """Quotations signed with a dash and a name: "“We will win.” ― Jane Roe"."""
    found: list[Attribution] = []
    for token in doc[1:]:
        # the tokenizer may glue the closing mark to the dash: "...”― Jane Roe"
        glued = token.text[:1] in _CLOSING and token.text[1:] in _DASHES
        before = token.i - 1
        while before > 0 and doc[before].is_space:
            before -= 1  # "...”\u00a0― Jane Roe": a space of its own before the dash
        if not glued and (token.text not in _DASHES or doc[before].text not in _CLOSING):
            continue
        after = token.i + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after >= len(doc) or doc[after].pos_ != "PROPN":
            continue
        end = after
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        name = doc[end]
        key = speakers.of(name, set(), generic=True)
        if key is None:
            continue
        close = token.i if glued else before
        start = close - 1
        while start > 0 and doc[start].text not in ("“", '"', "``"):
            start -= 1
        content = doc[start + 1 : close] if start + 1 < close else None
        found.append(
            Attribution(
                cue=token,
                cue_text=token.text[1:] if glued else token.text,
                speaker=key,
                content=content,
                sentence=token.sent,
                source=name,
            )
        )
    return found


def candidates(doc: Doc, index: ActorIndex) -> list[Candidate]:
    """The rules' attributions and this module's own, in text order; one whose cue is
    inside a quotation signed with a dash gives way to the signer's."""
    rules = list(find_attributions(doc, index))
    speakers = _Speakers(index)
    quoted = index.quoted
    speakers.in_quotes = speakers.antecedents.quoted = quoted
    found = [Candidate(a, "rule") for a in rules]
    found += [Candidate(a, "verb") for a in _verb_candidates(doc, rules, speakers, quoted)]
    signed = _dash_candidates(doc, speakers)
    # a cue inside a quotation signed with a dash is part of what the signer said, as it is
    # inside any quotation with its cue ("“He said we lose.” ― Jane Roe" is Jane Roe's)
    inside = {t.i for a in signed if a.content is not None for t in a.content}
    found = [c for c in found if c.attribution.cue.i not in inside]
    found += [Candidate(a, "dash") for a in signed]
    found = [
        c
        for c in found
        if not wire_headline(c.attribution.sentence) and not in_question(c.attribution.cue)
    ]
    return sorted(found, key=lambda c: (c.attribution.sentence.start, c.attribution.cue.i))


def _kept(
    found: list[Candidate], model: FilterModel, quoted: set[int], index: ActorIndex
) -> list[Candidate]:
    """The candidates the model keeps (those it does not check, all); a continuation goes
    with the statement it continues."""
    decided: dict[tuple[int, str], bool] = {}
    kept: list[Candidate] = []
    for candidate in found:
        a = candidate.attribution
        if a.sentence.start <= a.cue.i < a.sentence.end:
            keep = candidate.origin not in model.checks or model.keeps(
                features(candidate, quoted, index)
            )
            decided[(a.cue.i, a.speaker)] = decided.get((a.cue.i, a.speaker), False) or keep
    for candidate in found:
        a = candidate.attribution
        if decided.get((a.cue.i, a.speaker), candidate.origin not in model.checks):
            kept.append(candidate)
    return kept


def filtered_attributions(
    doc: Doc, index: ActorIndex, model: FilterModel | None = None
) -> list[Attribution]:
    """The candidates (:func:`candidates`) the model keeps; the rules alone without one."""
    model = model or load_filter()
    if model is None:
        return list(find_attributions(doc, index))
    quoted = index.quoted
    kept = _kept(candidates(doc, index), model, quoted, index)
    for candidate in kept:
        a = candidate.attribution
        if candidate.origin != "rule" and a.source is not None:
            _member_of(a.source, a.speaker, index)
    return [c.attribution for c in kept]
