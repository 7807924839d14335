"""Scoring a built graph against gold YAML, per article and in total.

What is scored: statements, their stances, speakers, affiliations, camps, topics and
explicit relations.

An actor's affiliation is scored as the article states it: for a speaker of the article,
the ``sg:speakerAffiliation`` of its statements there (when the graph records any); for
anyone else, the actor's ``sg:affiliation``.

Matching rules: a predicted statement matches a gold statement when its evidence sentence
overlaps the gold sentence (character offsets in the article) and its speaker's
``rdfs:label`` or a ``skos:altLabel`` equals the gold name or an alias (case-insensitive;
a person also matches by surname); each prediction matches at most one gold statement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from rdflib import Graph, URIRef

from ..errors import InputError
from ..namespaces import SG
from .gold import GoldArticle, GoldStatement, gold_files, load_gold
from .matching import fold, names_match
from .readback import (
    GraphStatement,
    actor_names,
    clusters_of,
    find_actor,
    graph_actors,
    graph_statements,
)
from .scores import Progress, StatementScore, excerpt, overlaps


def _evidence_overlaps(pred: GraphStatement, gold: GoldStatement) -> bool:
    if pred.start >= 0 and gold.start >= 0:
        return overlaps(pred.start, pred.end, gold.start, gold.end)
    a, b = " ".join(pred.evidence.split()), " ".join(gold.sentence.split())
    return bool(a and b) and (a in b or b in a)


def _target_overlap(target: str, quote: str) -> float:
    """Jaccard overlap of the content words (no stop words) of a gold target and a quote."""
    from spacy.lang.en.stop_words import STOP_WORDS

    a, b = (set(fold(text).split()) - STOP_WORDS for text in (target, quote))
    return len(a & b) / len(a | b) if a and b else 0.0


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
        best: tuple[tuple[int, float], int] | None = None
        for i, p in enumerate(predicted):
            if i in used or not _evidence_overlaps(p, s):
                continue
            if not names_match(actor.names, p.speaker_names, person=actor.type == "Person"):
                continue
            cue_score = (
                0
                if fold(p.cue) == fold(s.cue)
                else 1
                if fold(p.cue) in fold(s.cue) or fold(s.cue) in fold(p.cue)
                else 2
            )
            # two claims of one cue in one sentence pair up by what they are about
            rank = (cue_score, -_target_overlap(s.target, p.quote))
            if best is None or rank < best[0]:
                best = (rank, i)
        if best is None:
            score.details.append(f"missed {s.id} {s.speaker} {s.cue!r}: {excerpt(s.sentence)}")
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
                f"gold {s.stance}: {excerpt(s.sentence)}"
            )
    for i, p in enumerate(predicted):
        if i not in used:
            name = p.speaker_names[0] if p.speaker_names else p.speaker
            score.details.append(f"extra {name} {p.cue!r}: {excerpt(p.evidence)}")
    _score_relations(gold, predicted, score)
    for i, (g1, p1) in enumerate(pairs):
        for g2, p2 in pairs[i + 1 :]:
            same_gold = bool(g1.target) and fold(g1.target) == fold(g2.target)
            same_pred = bool(p1.topic) and p1.topic == p2.topic
            score.topic_pairs_gold += same_gold
            score.topic_pairs_predicted += same_pred
            score.topic_pairs_both += same_gold and same_pred
    speakers = {s.speaker for s in gold.statements if s.speaker in gold.actors}
    score.speakers, score.speakers_found = len(speakers), len(matched_speakers)

    actors = graph_actors(graph)
    per_article = (None, SG.speakerAffiliation, None) in graph
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
        affiliated = _affiliations(graph, iri, predicted, per_article)
        if target is not None and any(
            names_match(target.names, actor_names(graph, x), person=target.type == "Person")
            for x in affiliated
        ):
            score.affiliations_correct += 1
        else:
            got = ", ".join(actor_names(graph, x)[0] for x in affiliated if actor_names(graph, x))
            score.details.append(f"affiliation {a.id}: {got or 'none'}, gold {a.affiliation}")

    membership = clusters_of(graph)
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


def _affiliations(
    graph: Graph, actor: URIRef, predicted: Sequence[GraphStatement], per_article: bool
) -> list[URIRef]:
    """The sides an article states for ``actor``: where the graph records sides per
    article (``per_article``, any ``sg:speakerAffiliation``) and the actor speaks in this
    article, the ``sg:speakerAffiliation`` of its statements here (none when the article
    states none, whatever other articles say); otherwise its ``sg:affiliation``."""
    own = [p for p in predicted if p.speaker == str(actor)]
    if per_article and own:
        return sorted({URIRef(p.speaker_affiliation) for p in own if p.speaker_affiliation})
    return [x for x in graph.objects(actor, SG.affiliation) if isinstance(x, URIRef)]


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
                f"relation missed {r.source} {r.relation} {r.target}: {excerpt(r.sentence)}"
            )


def _article_id(path: Path) -> str:
    from ..ingest import read_articles

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
        from ..pipeline import build_corpus

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
