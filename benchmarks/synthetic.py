"""Synthetic corpora of records, shaped like a news debate, for build and query benchmarks.

Real corpora are skewed: a few actors and topics take most statements. Here actor activity
and topic popularity follow a Zipf-like law, actors sit in planted camps that take a line
on each topic (with noise), some statements are relayed by outlets and a few are explicit
agreements or disagreements, so every named query has work to do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from graph.iris import content_hash
from graph.names import actor_key
from graph.records import Actor, Article, Statement, Topic

__all__ = ["SyntheticCorpus", "synthetic_corpus"]

_WORDS = [
    "border",
    "troops",
    "sanctions",
    "ceasefire",
    "guarantees",
    "aid",
    "tariffs",
    "energy",
    "grain",
    "missiles",
    "elections",
    "refugees",
    "drones",
    "talks",
    "peacekeepers",
    "loans",
    "reconstruction",
    "nuclear",
    "airspace",
    "treaty",
    "exports",
    "courts",
    "police",
    "budget",
    "pensions",
    "climate",
    "vaccines",
    "migration",
    "housing",
]
_CUES = ("said", "criticized", "welcomed", "rejected", "warned", "backed", "argued", "denied")
_STANCES = ("support", "oppose", "neutral")


@dataclass(frozen=True)
class SyntheticCorpus:
    """Records ready for :func:`graph.build.build_graph`, and what they were made from."""

    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]


def _zipf_weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(n)]


def synthetic_corpus(
    statements: int, *, per_article: int = 8, camps: int = 4, seed: int = 0
) -> SyntheticCorpus:
    """A corpus of about ``statements`` statements in ``statements / per_article`` articles."""
    rng = random.Random(seed)
    n_actors = max(12, statements // 15)
    n_topics = max(8, statements // 40)
    countries = [Actor(actor_key(f"Country {i}"), f"Country {i}", "Country") for i in range(40)]
    outlets = [f"Outlet {i}" for i in range(25)]
    people = []
    for i in range(n_actors):
        label = f"Person {i}"
        country = countries[i % len(countries)]
        people.append(
            Actor(
                actor_key(label),
                label,
                "Person",
                aliases=(f"P{i}",),
                role="Minister" if i % 3 == 0 else None,
                affiliation=country.key,
            )
        )
    topics = [
        Topic(f"{_WORDS[i % len(_WORDS)]} {i}", f"{_WORDS[i % len(_WORDS)]} {i}")
        for i in range(n_topics)
    ]
    line = {(c, t.key): rng.choice((1, -1)) for c in range(camps) for t in topics}
    speakers = rng.choices(people, weights=_zipf_weights(len(people)), k=statements)
    about = rng.choices(topics, weights=_zipf_weights(len(topics)), k=statements)
    articles: list[Article] = []
    records: list[Statement] = []
    for start in range(0, statements, per_article):
        n = len(articles)
        text = f"Synthetic article {n} (seed {seed})."
        article = Article(
            id=content_hash(text),
            text=text,
            source=f"synthetic/{n}.txt",
            title=f"Synthetic article {n}",
            published=f"202{4 + n % 2}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            outlet=outlets[n % len(outlets)],
        )
        articles.append(article)
        offset = 0
        for j in range(start, min(start + per_article, statements)):
            speaker, topic = speakers[j], about[j]
            camp = int(speaker.label.split()[-1]) % camps
            roll = rng.random()
            side = line[(camp, topic.key)] * (-1 if roll < 0.15 else 1)
            stance = "neutral" if roll > 0.9 else ("support" if side > 0 else "oppose")
            cue = rng.choice(_CUES)
            sentence = f"{speaker.label} {cue} that the {topic.label} plan matters."
            target = rng.choice(people) if rng.random() < 0.03 else None
            records.append(
                Statement(
                    article_id=article.id,
                    speaker=speaker.key,
                    cue=cue,
                    quote=f"the {topic.label} plan matters",
                    evidence=sentence,
                    char_start=offset,
                    char_end=offset + len(sentence),
                    stance=stance,  # type: ignore[arg-type]
                    topic=topic,
                    reported_by=actor_key(article.outlet)
                    if article.outlet and rng.random() < 0.2
                    else None,
                    target_actor=target.key if target else None,
                    relation=rng.choice(("agree", "disagree")) if target else None,
                )
            )
            offset += len(sentence) + 1
    outlet_actors = [Actor(actor_key(o), o, "Outlet") for o in outlets]
    return SyntheticCorpus(tuple(articles), (*countries, *people, *outlet_actors), tuple(records))
