"""Affiliations of names news prose splits or wraps in its titles. Each case is a sentence
written for the test (made-up names) and parsed by the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.records import Actor, Article


def _actors(nlp, text: str) -> dict[str, Actor]:
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    return {a.key: a for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # a parenthetical title around the first name: the person is the surname after it
        (
            "The plan of (then Democratic Senate Majority Leader Ana) Kovac drew criticism. "
            "Kovac said the tariff was fair.",
            "kovac",
            "democratic party",
        ),
    ],
)
def test_affiliation_of_a_name_in_a_title(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    assert actors[key].affiliation == affiliation


def test_the_first_name_inside_the_parenthesis_is_no_actor_of_its_own(nlp):
    text = (
        '"Roe and (then Republican Senate Whip Tom) Pratt were unyielding," said Ed Lamb.'
    )
    actors = _actors(nlp, text)
    assert "tom" not in actors
    assert actors["pratt"].affiliation == "republican party"
