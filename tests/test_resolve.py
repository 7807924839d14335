"""Cross-article resolution: actors merged by key and by surname, statements remapped."""

from __future__ import annotations

import pytest

from graph.records import Actor, Article, Extraction, Statement, Topic
from graph.resolve import actor_key, resolve


def _article(n: int) -> Article:
    return Article(id=f"a{n}", text=f"text {n}", source=f"{n}.txt")


def _statement(article: Article, speaker: str, **kw) -> Statement:
    return Statement(
        article_id=article.id,
        speaker=speaker,
        cue="said",
        quote="q",
        evidence=article.text,
        char_start=0,
        char_end=len(article.text),
        stance="neutral",
        topic=Topic(key="t", label="t"),
        **kw,
    )


def _extraction(n: int, actors: list[Actor], statements: list[str], **kw) -> Extraction:
    article = _article(n)
    return Extraction(
        article=article,
        actors=tuple(actors),
        statements=tuple(_statement(article, s, **kw) for s in statements),
    )


BLUE = Actor(key="dana blue", label="Dana Blue", type="Person", role="Senator")
BLUE_SHORT = Actor(key="blue", label="Blue", type="Person")
PARTY = Actor(key="green party", label="Green Party", type="Organization")


@pytest.mark.parametrize(
    ("label", "key"),
    [("Dana Blue", "dana blue"), ("  Zoë   Kraus ", "zoe kraus"), ("KYIV", "kyiv")],
)
def test_actor_key_folds_case_accents_and_space(label, key):
    assert actor_key(label) == key


def test_surname_in_another_article_is_the_full_name():
    result = resolve(
        [
            _extraction(1, [BLUE], ["dana blue"]),
            _extraction(2, [BLUE_SHORT], ["blue"], reported_by="blue"),
        ]
    )
    actors = {a.key: a for a in result.actors}
    assert set(actors) == {"dana blue"}
    merged = actors["dana blue"]
    assert merged.type == "Person"
    assert merged.role == "Senator"
    assert "Blue" in merged.aliases
    assert {s.speaker for s in result.statements} == {"dana blue"}
    assert result.statements[1].reported_by == "dana blue"


def test_shared_surname_is_left_alone():
    other = Actor(key="sam blue", label="Sam Blue", type="Person")
    short = Actor(key="blue", label="Blue", type="Person")
    result = resolve([_extraction(1, [BLUE, other], []), _extraction(2, [short], ["blue"])])
    assert {a.key for a in result.actors} == {"blue", "dana blue", "sam blue"}
    assert result.statements[0].speaker == "blue"


def test_a_one_word_organisation_is_not_a_surname():
    # "Ford" the company is no "Dana Ford": across articles only people are abbreviated
    company = Actor(key="blue", label="Blue", type="Organization")
    result = resolve([_extraction(1, [BLUE], []), _extraction(2, [company], ["blue"])])
    assert {a.key for a in result.actors} == {"blue", "dana blue"}


def test_surnames_of_organisations_are_not_merged():
    result = resolve(
        [_extraction(1, [PARTY], []), _extraction(2, [Actor("party", "Party", "Group")], [])]
    )
    assert {a.key for a in result.actors} == {"green party", "party"}


def test_affiliation_follows_the_merge_and_the_majority():
    a = Actor(key="lee park", label="Lee Park", type="Person", affiliation="north")
    b = Actor(key="lee park", label="Lee Park", type="Person", affiliation="south")
    c = Actor(key="park", label="Park", type="Person", affiliation="south")
    result = resolve([_extraction(1, [a], []), _extraction(2, [b], []), _extraction(3, [c], [])])
    (actor,) = [x for x in result.actors if x.key == "lee park"]
    assert actor.affiliation == "south"


def test_resolution_is_deterministic():
    inputs = [_extraction(1, [BLUE, PARTY], ["dana blue"]), _extraction(2, [BLUE_SHORT], ["blue"])]
    assert resolve(inputs) == resolve(list(inputs))
    assert [a.key for a in resolve(inputs).actors] == sorted(a.key for a in resolve(inputs).actors)
