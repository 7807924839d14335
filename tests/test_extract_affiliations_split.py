"""Affiliations of names whose titles news prose splits or runs into other words. Each
case is a sentence written for the test (made-up names) and parsed by the real spaCy
pipeline.
"""

from __future__ import annotations

import pytest
from extraction_helpers import actors_of as _actors

from graph.extract import extract_article
from graph.extract.actors.index import clean_label
from graph.records import Article


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # a parenthetical title around the first name: the person is the surname after it
        (
            "The plan of (then Democratic Senate Whip Ana) Kovac drew criticism. "
            "Kovac said the tariff was fair.",
            "kovac",
            "democratic party",
        ),
        # a date NER ran across the dateline's dash holds the start of the title
        (
            "OSLO, March 3 - Norwegian Trade Minister Ana Berg said on Monday the tariff was fair.",
            "ana berg",
            "norway",
        ),
        (
            "LIMA, March 3 - Peruvian Trade Minister Rosa Quispe said on Monday the tariff "
            "was fair.",
            "rosa quispe",
            "peru",
        ),
        # two titles joined by "and" before one name are both that person's
        (
            "GOP presidential contender and former surgeon Tom Hale said on Sunday the "
            "tariff was fair.",
            "tom hale",
            "republican party",
        ),
        # a party's members before names: each is of the party, not of "Republicans"
        (
            "Republicans Tom Hale of Ohio and Ann Roe of Texas said the tax was unfair.",
            "ann roe",
            "republican party",
        ),
        # a surname NER took for a place still takes the apposition beside it
        (
            "Real estate developer Tom Hale entered the race. Wilcox and Hale, a Sarasota "
            "Republican, argued that the tax was unfair.",
            "tom hale",
            "republican party",
        ),
        # an honorific NER took into the name does not end the title before it
        (
            "Kuwait's Oil Minister Sheikh Salim al-Haddad said output would hold.",
            "salim al-haddad",
            "kuwait",
        ),
        # a portfolio NER ran into the body's name is the office, not part of the body
        ("EC Farm Commissioner Tom Hale said the tax was fair.", "tom hale", "ec"),
        # an office of two portfolios joined by "and"
        (
            "JAKARTA, March 3 - Indonesia wants higher prices. Mines and Energy Minister Tom "
            "Hale said output would hold.",
            "tom hale",
            "indonesia",
        ),
        (
            "Australian Foreign Affairs and Trade Minister Tom Hale said the talks would resume.",
            "tom hale",
            "australia",
        ),
        (
            "SANTIAGO, March 3 - Chile wants land reform. Agrarian Reform Secretary "
            "Rosa Lim said the plan would go ahead.",
            "rosa lim",
            "chile",
        ),
        # a body's possessive before a name, its article inside the body's entity
        (
            "The Norland Research Service's Tom Hale said the levy would raise little.",
            "tom hale",
            "norland research service",
        ),
        # a party's members as the possessor of a title: the party
        (
            "Tom Hale, the Democrats' nominee, said the plan was fair.",
            "tom hale",
            "democratic party",
        ),
        # a surname NER missed takes the apposition beside it, and is the speaker
        (
            "The plan of Senator Tom Hale drew fire on Monday. Hale, a Republican, said the "
            "plan was fair.",
            "tom hale",
            "republican party",
        ),
    ],
)
def test_affiliation_of_a_name_in_a_title(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    assert actors[key].affiliation == affiliation


def test_the_first_name_inside_the_parenthesis_is_no_actor_of_its_own(nlp):
    text = '"Roe and (then Republican Senate Whip Mary) Pratt would not budge," said Ed Lamb.'
    actors = _actors(nlp, text)
    assert "mary" not in actors
    assert actors["pratt"].affiliation == "republican party"


def test_the_first_of_two_joined_titles_is_the_person_named_after_them(nlp):
    text = "GOP presidential contender and former surgeon Tom Hale said the tariff was fair."
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    assert {s.speaker for s in extraction.statements} == {"tom hale"}


def test_a_title_and_a_name_joined_by_and_are_two_people(nlp):
    text = "The spokesman and Tom Hale said the tariff was fair."
    actors = _actors(nlp, text)
    assert actors["tom hale"].role is None


@pytest.mark.parametrize("written", ["Ann Roe's", "Ann Roe’s", "Ann Roe‘s"])
def test_a_possessive_is_no_part_of_a_name_whatever_its_apostrophe(written):
    # web copy sets some apostrophes as opening quotes ("Roe‘s")
    assert clean_label(written) == "Ann Roe"
