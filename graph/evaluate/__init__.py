"""Score extraction, read back from the built graph, against gold annotations.

Two kinds of gold are supported:

* the project's gold YAML (``GOLD_FORMAT.md``): statement precision/recall/F1, stance
  accuracy on matched statements with its confusion matrix (gold x predicted), speaker
  recall, affiliation accuracy and camp agreement (:mod:`.gold` reads it,
  :mod:`.statements` scores against it);
* PolNeAR's brat files (a split directory with ``text/`` and ``attributions/``):
  attribution precision/recall/F1 (:mod:`.polnear`).

Scoring reads the RDF graph, not the Python records (:mod:`.readback`), so what is
measured is what a user queries. Whether two names are one actor is decided in one place,
:mod:`.matching`; the counts and their ratios are in :mod:`.scores`.

Examples:
    >>> from graph.evaluate import f1
    >>> round(f1(8, 10, 10), 3)
    0.8
"""

from __future__ import annotations

from .gold import GoldActor, GoldArticle, GoldRelation, GoldStatement, gold_files, load_gold
from .matching import is_description, is_pronoun, names_match, source_matches
from .polnear import (
    GoldAttribution,
    evaluate_polnear,
    load_polnear_article,
    polnear_pairs,
    polnear_part_scores,
    score_polnear_article,
)
from .readback import GraphStatement, find_actor, graph_statements
from .scores import (
    SPAN_PARTS,
    AttributionScore,
    Progress,
    SpanScore,
    StatementScore,
    f1,
    score_spans,
)
from .statements import evaluate_gold, group_totals, score_article

__all__ = [
    "SPAN_PARTS",
    "AttributionScore",
    "GoldActor",
    "GoldArticle",
    "GoldAttribution",
    "GoldRelation",
    "GoldStatement",
    "GraphStatement",
    "Progress",
    "SpanScore",
    "StatementScore",
    "evaluate_gold",
    "evaluate_polnear",
    "f1",
    "find_actor",
    "gold_files",
    "graph_statements",
    "group_totals",
    "is_description",
    "is_pronoun",
    "load_gold",
    "load_polnear_article",
    "names_match",
    "polnear_pairs",
    "polnear_part_scores",
    "score_article",
    "score_polnear_article",
    "score_spans",
    "source_matches",
]
