"""Train the attribution check (``graph/data/attribution/filter.json``) on PolNeAR train.

Usage: ``python -m training.attribution_filter CACHE_DIR SPLIT_DIR OUT.json [--folds K]``

``CACHE_DIR`` holds the split's articles parsed once (``python -m training.parse_cache``).
For each article, every candidate attribution (:func:`graph.extract.attribution.filter.candidates`)
is labelled the way ``stancegraph evaluate --polnear`` scores a statement: right when its
sentence holds the cue of a sourced PolNeAR attribution whose source names its speaker
(any speaker for a pronoun source, as the scoring has it), and for a continuation, when
its sentence overlaps the content of one by its speaker. A candidate at the cue of an
attribution without a source is left out (the scoring neither counts nor blames it).

A logistic regression (L2-regularised, fitted by Newton's method in numpy) is fitted on
the candidates' features; the threshold is the one that maximises attribution F1 (all the
gold attributions counted, so missing ones weigh) over ``--folds`` folds of articles, each
scored by a model fitted on the others. The model written is fitted on every article.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from graph.evaluate.matching import is_pronoun, source_matches
from graph.evaluate.polnear import GoldAttribution, load_polnear_article
from graph.extract import sentence_offsets
from graph.extract.actors import ActorIndex, index_actors
from graph.extract.attribution.filter import Candidate, FilterModel, candidates, features
from graph.extract.learned import mention_phrase
from graph.extract.quotation import quotation_tokens
from graph.ingest import read_articles


@dataclass(frozen=True)
class Example:
    """One candidate's features, its article's number, and the gold attributions it matches.

    A candidate is right when it matches one, or continues one's content (``neutral``).
    """

    article: int
    values: dict[str, float]
    golds: tuple[int, ...]
    neutral: bool = False
    #: (article, sentence, cue, speaker): the graph holds one statement per key
    key: tuple[int, int, int, str] = (0, 0, 0, "")

    @property
    def right(self) -> bool:
        """Whether the candidate is to be kept."""
        return bool(self.golds) or self.neutral


def _names(candidate: Candidate, index: ActorIndex) -> list[str]:
    a = candidate.attribution
    names: list[str] = []
    draft = index.drafts.get(a.speaker)
    if draft is not None:
        names += [draft.label, *draft.aliases]
        if draft.role:
            names.append(draft.role)
    if a.source is not None:
        names.append(mention_phrase(a.source, a.cue).text)
    return names


def label(
    candidate: Candidate, gold: Sequence[GoldAttribution], index: ActorIndex
) -> tuple[tuple[int, ...], bool] | None:
    """The sourced gold attributions (by position) a candidate matches, and whether it is
    by the source of one whose content its sentence overlaps (a quotation's continuation:
    neither right nor wrong, as the scoring has it).

    None for a candidate at the cue of an attribution without a source only (not scored).
    """
    a = candidate.attribution
    start, end = sentence_offsets(a.sentence)
    names = _names(candidate, index)
    at_cue = [i for i, g in enumerate(gold) if any(start <= s and e <= end for s, e in g.cue)]
    matches = tuple(
        i
        for i in at_cue
        if gold[i].source.strip()
        and (is_pronoun(gold[i].source) or source_matches(gold[i].source, names))
    )
    if matches:
        return matches, False
    for g in gold:
        overlap = any(s < end and start < e for s, e in g.content)
        if overlap and g.source.strip() and source_matches(g.source, names):
            return (), True
    if at_cue and not any(gold[i].source.strip() for i in at_cue):
        return None
    return (), False


def read_cache(cache_dir: Path, split_dir: Path, limit: int = 0) -> tuple[list[Example], int]:
    """Every candidate of the cached articles as an example, and the number of gold ones."""
    import spacy
    from spacy.tokens import DocBin

    from graph.nlp import default_pipeline_name

    nlp = spacy.load(default_pipeline_name(), exclude=["tok2vec", "tagger", "parser", "ner"])
    vocab = nlp.vocab
    examples: list[Example] = []
    gold_total = 0  # gold attributions read so far, numbering them across articles
    sourced = 0
    n = 0
    for chunk in sorted(cache_dir.glob("*.spacy")):
        names = chunk.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
        docs = list(DocBin().from_disk(chunk).get_docs(vocab))
        for doc, line in zip(docs, names, strict=True):
            text_name, ann_name = line.split("\t")
            text_path = split_dir / "text" / text_name
            article = next(iter(read_articles([text_path])))
            gold, _ = load_polnear_article(split_dir / "attributions" / ann_name, text_path)
            sourced += sum(1 for g in gold if g.source.strip())
            index = index_actors(doc, article.id)
            index.author = article.author
            quoted = quotation_tokens(doc)
            for candidate in candidates(doc, index):
                verdict = label(candidate, gold, index)
                if verdict is not None:
                    golds = tuple(gold_total + i for i in verdict[0])
                    a = candidate.attribution
                    key = (n, a.sentence.start, a.cue.i, a.speaker)
                    examples.append(
                        Example(n, features(candidate, quoted, index), golds, verdict[1], key)
                    )
            gold_total += len(gold)
            n += 1
            if limit and n >= limit:
                return examples, sourced
    return examples, sourced


def _matrix(examples: Sequence[Example], names: Sequence[str]) -> np.ndarray:
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for row, example in enumerate(examples):
        for name, value in example.values.items():
            if name in column:
                x[row, column[name]] = value
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    """Logistic regression weights (the last one the bias) by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def f1_at(examples: Sequence[Example], kept: Sequence[bool], gold: int) -> float:
    """Attribution F1 of keeping these candidates: each matches one gold attribution at
    most, in text order; continuations over a content are not counted."""
    matched: set[int] = set()
    for e, k in zip(examples, kept, strict=True):
        free = [g for g in e.golds if g not in matched] if k else []
        matched.update(free[:1])
    predicted = len({e.key for e, k in zip(examples, kept, strict=True) if k and not e.neutral})
    return 2 * len(matched) / (predicted + gold) if predicted + gold else 0.0


def _best_threshold(
    examples: Sequence[Example], scores: np.ndarray, gold: int
) -> tuple[float, float]:
    """The threshold of best F1 (against ``gold`` attributions) and that F1."""
    best = (0.5, 0.0)
    for t in np.arange(0.05, 1.0, 0.01):
        f1 = f1_at(examples, list(scores >= t), gold)
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def train(
    examples: Sequence[Example],
    gold: int,
    folds: int = 5,
    l2: float = 1.0,
    least: int = 5,
    checks: tuple[str, ...] = ("verb",),
) -> FilterModel:
    """The model fitted on the candidates of the ``checks`` proposers, with the threshold
    chosen over folds (the other candidates kept, as at run time).

    Features seen in fewer than ``least`` candidates are left out.
    """
    everything = examples
    checked = [any(e.values.get(f"origin={c}", 0.0) for c in checks) for e in everything]
    examples = [e for e, c in zip(everything, checked, strict=True) if c]
    seen = Counter(name for e in examples for name in e.values)
    names = sorted(name for name, n in seen.items() if n >= least)
    x = _matrix(examples, names)
    y = np.array([e.right for e in examples], dtype=float)
    articles = np.array([e.article for e in examples])
    scores = np.zeros(len(examples))
    for k in range(folds):
        held = articles % folds == k
        if held.all() or not held.any():
            scores[:] = 0.5
            continue
        w = fit(x[~held], y[~held], l2)
        scores[held] = 1.0 / (1.0 + np.exp(-np.clip(x[held] @ w[:-1] + w[-1], -30, 30)))
    all_scores = np.ones(len(everything))
    all_scores[np.array(checked)] = scores
    threshold, f1 = _best_threshold(everything, all_scores, gold)
    rules = [e.values.get("origin=rule", 0.0) > 0 for e in everything]
    print(
        f"{len(everything)} candidates, {len(examples)} checked ({int(y.sum())} right), "
        f"{gold} gold attributions; rules alone F1 {f1_at(everything, rules, gold):.3f}, "
        f"checked (over {folds} folds) F1 {f1:.3f} at threshold {threshold:.2f}",
        file=sys.stderr,
    )
    w = fit(x, y, l2)
    weights = {name: float(v) for name, v in zip(names, w[:-1], strict=True)}
    return FilterModel(weights=weights, bias=float(w[-1]), threshold=threshold, checks=checks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path, help="parsed articles (training.parse_cache)")
    parser.add_argument("split", type=Path, help="PolNeAR split directory (text/, attributions/)")
    parser.add_argument("out", type=Path, help="JSON file to write")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--limit", type=int, default=0, help="first N cached articles only")
    args = parser.parse_args(argv)
    examples, gold = read_cache(args.cache, args.split, args.limit)
    model = train(examples, gold, args.folds, args.l2)
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"{args.out}: {len(model.weights)} weights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
