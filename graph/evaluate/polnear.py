"""PolNeAR's brat attributions: reading a split, and scoring attribution against it.

A predicted statement matches a PolNeAR attribution when its sentence holds the gold cue
and its speaker matches the gold source text (:func:`source_matches`); a pronoun source
counts for any speaker of a statement whose sentence holds the cue, because the
pronoun's antecedent is not annotated; a role description ("the governor") counts for a
speaker whose ``sg:role`` has that head noun. Attributions without a source are left out
(nothing to match).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..records import Statement
from .matching import is_description, is_pronoun, source_matches
from .readback import GraphStatement, graph_statements
from .scores import (
    SPAN_PARTS,
    AttributionScore,
    Progress,
    SpanScore,
    excerpt,
    overlaps,
    score_spans,
)


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: its cue fragments and its source text (may be empty)."""

    id: str
    cue: tuple[tuple[int, int], ...]
    source: str
    content: tuple[tuple[int, int], ...] = ()
    source_spans: tuple[tuple[int, int], ...] = ()


_BRAT_TEXT = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_BRAT_EVENT = re.compile(r"^(E\d+)\t(\S+)")


def _offset_map(raw: str) -> Callable[[int], int]:
    """Raw-file offsets -> offsets in the ingested (cleaned) text the graph was built from."""
    from ..ingest import clean_text

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
            p.speaker == q.speaker and any(overlaps(p.start, p.end, a, b) for a, b in g.content)
            for g, q in matched
        ):
            score.predicted -= 1
            continue
        name_ = p.speaker_names[0] if p.speaker_names else p.speaker
        score.details.append(f"extra {name_} {p.cue!r}: {excerpt(p.evidence)}")
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
    from ..ingest import read_articles
    from ..pipeline import build_corpus

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
