"""The topics of a graph as an analyst reviews them: wordings, counts, stances.

Extraction names each statement's topic from its own words, normalised (lemmas, heads,
no determiners or judging words), so one issue may still come out as several topics
("tariff", "chip tariff"). :func:`topic_report` lists every topic with how the
statements wrote it (its surface forms), how many statements support, oppose or are
neutral on it, and in how many articles, so that the analyst can merge and rename them.
:func:`codebook_yaml` writes that list as a starter codebook (see :mod:`graph.codebook`):
edit it (put the keywords of topics to merge under one issue, give issues the labels
you want, delete the rest) and rebuild with ``stancegraph build --codebook FILE``.

Examples:
    >>> surface_form("security guarantee", "He wants security guarantees now.")
    'security guarantees'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .namespaces import SG

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["TopicRow", "codebook_yaml", "statement_form", "surface_form", "topic_report"]

_STANCES = {str(SG.Support): "support", str(SG.Oppose): "oppose", str(SG.Neutral): "neutral"}

_STATEMENTS = """
SELECT ?topic ?label ?stance ?quote ?evidence ?article ?speaker WHERE {
  ?s a sg:Statement ; sg:topic ?topic .
  OPTIONAL { ?topic skos:prefLabel ?pref }
  OPTIONAL { ?topic rdfs:label ?rdfs }
  BIND(COALESCE(?pref, ?rdfs) AS ?label)
  OPTIONAL { ?s sg:stance ?stance }
  OPTIONAL { ?s sg:quote ?quote }
  OPTIONAL { ?s sg:evidence ?evidence }
  OPTIONAL { ?s sg:article ?article }
  OPTIONAL { ?s sg:speaker ?speaker }
}
"""


@dataclass(frozen=True)
class TopicRow:
    """One topic of a graph with its counts and the wordings its statements used."""

    iri: str
    label: str
    statements: int
    support: int
    oppose: int
    neutral: int
    articles: int
    speakers: int
    forms: tuple[tuple[str, int], ...]  # surface form, statements using it; most used first
    example: str  # one sentence about the topic, to judge what it means

    def as_dict(self) -> dict[str, Any]:
        """The row as plain values under the column names (``topic`` is the IRI)."""
        return {
            "topic": self.iri,
            "label": self.label,
            "statements": self.statements,
            "support": self.support,
            "oppose": self.oppose,
            "neutral": self.neutral,
            "articles": self.articles,
            "speakers": self.speakers,
            "forms": self.forms,
            "example": self.example,
        }

    @property
    def key(self) -> str:
        """The topic's slug, the last segment of its IRI."""
        return self.iri.rstrip("/").rsplit("/", 1)[-1]


_WORD = re.compile(r"[\w][\w'’.\-]*")


def _stem(word: str) -> str:
    """What inflected forms of a key word begin with: "policy" -> "polic", "tariff"."""
    word = word.casefold()
    if len(word) > 3 and word.endswith("y"):
        return word[:-1]
    if len(word) > 4 and word.endswith("e"):
        return word[:-1]
    return word


def surface_form(key: str, text: str) -> str | None:
    """How ``text`` writes the topic ``key``: the shortest stretch whose words begin,
    in order, like the key's words ("security guarantees" for "security guarantee"), at
    most one other word between two of them. ``None`` when the text does not name it."""
    stems = [_stem(w) for w in key.split() if w]
    if not stems:
        return None
    words = list(_WORD.finditer(text))
    best: tuple[int, int] | None = None
    for i, first in enumerate(words):
        if not first.group().casefold().startswith(stems[0]):
            continue
        j, end = i, i
        for stem in stems[1:]:
            nxt = next(
                (
                    k
                    for k in range(end + 1, min(end + 3, len(words)))
                    if words[k].group().casefold().startswith(stem)
                ),
                None,
            )
            if nxt is None:
                break
            end = nxt
        else:
            j = end
            if best is None or words[j].end() - first.start() < best[1] - best[0]:
                best = (first.start(), words[j].end())
    if best is None:
        return None
    return text[best[0] : best[1]].strip(".,;:'’\"")


def statement_form(key: str, texts: list[str]) -> str | None:
    """How a statement writes the topic ``key``: the whole key in the first of ``texts``
    that has it, else the key's head word alone ("guarantees" for "security guarantee"
    when the statement says "the guarantees"), so that every wording an analyst may want
    to merge shows up. ``None`` when no text names it."""
    words = key.split()
    for candidate in [key, words[-1]] if len(words) > 1 else [key]:
        form = next((f for f in (surface_form(candidate, t) for t in texts) if f), None)
        if form:
            return form
    return None


def topic_report(graph: Graph, *, min_statements: int = 1) -> list[TopicRow]:
    """Every topic of ``graph`` with at least ``min_statements`` statements, most used
    first: label, surface forms, stance counts, articles and speakers."""
    from .query import oxigraph_view, run_sparql

    result = run_sparql(oxigraph_view(graph), _STATEMENTS)
    labels: dict[str, str] = {}
    stances: dict[str, Counter[str]] = {}
    forms: dict[str, Counter[str]] = {}
    articles: dict[str, set[str]] = {}
    speakers: dict[str, set[str]] = {}
    examples: dict[str, str] = {}
    named: set[str] = set()
    for topic, label, stance, quote, evidence, article, speaker in result.rows:
        iri = str(topic)
        labels.setdefault(iri, str(label) if label is not None else "")
        stances.setdefault(iri, Counter())[_STANCES.get(str(stance), "neutral")] += 1
        key = labels[iri] or iri.rsplit("/", 1)[-1].replace("-", " ")
        texts = [str(t) for t in (quote, evidence) if t is not None]
        form = statement_form(key, texts)
        found = forms.setdefault(iri, Counter())
        if form:
            found[form.casefold() if not any(c.isupper() for c in form[1:]) else form] += 1
        if article is not None:
            articles.setdefault(iri, set()).add(str(article))
        if speaker is not None:
            speakers.setdefault(iri, set()).add(str(speaker))
        if evidence is not None and ((form and iri not in named) or iri not in examples):
            # an example that names the topic beats one that does not
            examples[iri] = str(evidence)
            if form:
                named.add(iri)
    rows = []
    for iri, counts in stances.items():
        total = sum(counts.values())
        if total < min_statements:
            continue
        rows.append(
            TopicRow(
                iri=iri,
                label=labels[iri] or iri.rsplit("/", 1)[-1],
                statements=total,
                support=counts["support"],
                oppose=counts["oppose"],
                neutral=counts["neutral"],
                articles=len(articles.get(iri, ())),
                speakers=len(speakers.get(iri, ())),
                forms=tuple(sorted(forms[iri].items(), key=lambda kv: (-kv[1], kv[0]))),
                example=examples.get(iri, ""),
            )
        )
    rows.sort(key=lambda r: (-r.statements, r.label.casefold(), r.iri))
    return rows


def codebook_yaml(rows: list[TopicRow]) -> str:
    """A starter codebook with one issue per topic, keywords = its label and surface
    forms, for the analyst to merge and rename (format: :mod:`graph.codebook`)."""
    import yaml

    issues = []
    for row in rows:
        keywords = list(dict.fromkeys([row.label, *(form for form, _ in row.forms)]))
        issues.append(
            {
                "key": row.key,
                "label": row.label,
                "keywords": keywords,
                "description": (
                    f"{row.statements} statements ({row.support} support, {row.oppose} "
                    f"oppose, {row.neutral} neutral) in {row.articles} article(s)"
                ),
            }
        )
    header = (
        "# Starter codebook from `stancegraph topics`: merge issues by moving keywords\n"
        "# under one issue, rename labels, delete what is not an issue; issues earlier in\n"
        "# the file win. Apply with: stancegraph build ARTICLES --codebook THIS_FILE\n"
    )
    return header + yaml.safe_dump(
        {"issues": issues}, sort_keys=False, allow_unicode=True, width=100
    )
