"""Sides stated around a name: a party in a clause about a person (a copular predicate or
a candidacy for a party's nomination), a nationality before a lower-case body. Each case
is a sentence written for the test (made-up names) and parsed by the real spaCy pipeline.
"""

from __future__ import annotations

import pytest
from extraction_helpers import actors_of as _actors

from graph.extract import extract_article
from graph.records import Article


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # the predicate of a clause whose subject is the name
        (
            "Tom Hale is a Democratic consultant. Hale said the tariff was fair.",
            "tom hale",
            "democratic party",
        ),
        ("Ann Roe is a Republican. She said the tariff was fair.", "ann roe", "republican party"),
        # a candidacy for a party's nomination
        (
            "Ann Roe, who is running for the Democratic nomination, said the tariff was fair.",
            "ann roe",
            "democratic party",
        ),
        (
            "Ann Roe, who won the Republican Party's nomination last year, said the tariff "
            "was fair.",
            "ann roe",
            "republican party",
        ),
        (
            '"We will win," said Tom Hale, who was Republican Senate majority leader.',
            "tom hale",
            "republican party",
        ),
        (
            "Tom Hale hopes to win the GOP nomination. He said the tariff was fair.",
            "tom hale",
            "republican party",
        ),
    ],
)
def test_party_from_a_clause(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    assert actors[key].affiliation == affiliation


@pytest.mark.parametrize(
    "text",
    [
        # what the person says of a party is no membership
        "Ann Roe is a critic of the Republican Party. She said the tariff was fair.",
        "Ann Roe criticized the Republican nomination process. She said the tariff was fair.",
    ],
)
def test_a_party_the_clause_only_mentions_is_no_side(nlp, text):
    assert _actors(nlp, text)["ann roe"].affiliation is None


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean trade ministry said the plan was fair.",
        "The Chilean foreign trade ministry said the plan was fair.",
    ],
)
def test_a_lower_case_body_of_a_nationality_is_that_country_s_body(nlp, text):
    # the tagger may read a lower-case "ministry" as a name: it is a common noun
    actors = _actors(nlp, text)
    body = next(a for a in actors.values() if a.key.endswith("ministry"))
    assert body.type == "Organization"
    assert body.affiliation == "chile"


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        (
            "The official Norwegian news agency NTX said the talks would resume.",
            "ntx",
            "norway",
        ),
        ("The Chilean state copper company Codemar said output would fall.", "codemar", "chile"),
    ],
)
def test_a_description_before_a_body_s_name_gives_its_country(nlp, text, key, affiliation):
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    actors = {a.key: a for a in extraction.actors}
    assert actors[key].affiliation == affiliation
    # the description is the body, no speaker of its own
    assert {s.speaker for s in extraction.statements} == {key}


def test_a_share_of_a_poll_s_sample_speaks_for_the_side_the_poll_counted_before(nlp):
    text = (
        "The Senate debated the ferry tax. A survey found that 35 pct of the senators "
        "questioned backed the tax, and 55 pct of the respondents said it would pass."
    )
    actors = _actors(nlp, text)
    assert actors["55 pct of the respondents"].affiliation == "senate"


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Workers Union rejected the offer. Tom Hale, the chief negotiator for the "
        "union, said the offer was unfair.",
        "The Acme Workers Union rejected the offer. Tom Hale, who heads the union, said the "
        "offer was unfair.",
        "The Acme Workers Union rejected the offer. Tom Hale, speaking for the union, said the "
        "offer was unfair.",
        "The Acme Workers Union rejected the offer. Tom Hale, a member of the union, said the "
        "offer was unfair.",
    ],
)
def test_the_body_named_before_is_the_one_a_bare_noun_after_a_name_refers_back_to(nlp, text):
    assert _actors(nlp, text)["tom hale"].affiliation == "acme workers union"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a date NER ran across the dateline's dash into the country opening the story
        (
            "GENEVA, April 14 - Chile wants to join the group. Chile applied last year. "
            "Officials said the talks would resume.",
            "official",
        ),
        # no capital in the dateline: the government of the country the story is about
        (
            "GENEVA, April 14 - The group met. Chile wants to join it, and Chile applied "
            "last year. A government spokesman said the talks would resume.",
            "government spokesman",
        ),
    ],
)
def test_officials_of_no_named_country_serve_the_country_the_story_is_about(nlp, text, key):
    assert _actors(nlp, text)[key].affiliation == "chile"


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # a capital of a state of the past, in a story that names that state
        (
            "MOSCOW, March 3 - The Soviet Union wants talks. Foreign Minister Ivan Petrov "
            "said the talks would resume. Moscow has said it would attend.",
            "ivan petrov",
            "soviet union",
        ),
        # and the state of today in a story that names it
        (
            "MOSCOW, March 3 - Russia wants talks. Foreign Minister Ivan Petrov said the "
            "talks would resume. Moscow has said it would attend.",
            "ivan petrov",
            "russia",
        ),
    ],
)
def test_a_capital_is_the_state_the_story_names(nlp, text, key, affiliation):
    assert _actors(nlp, text)[key].affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # a state's outlet in apposition after its name, or around it
        (
            "The talks will resume, said Norpress, the official Norwegian news agency.",
            "norpress",
            "norway",
        ),
        ("Norway's official NTX news agency said the talks would resume.", "ntx", "norway"),
        # a nationality alone says where an outlet is from, not whose voice it is
        ("The Norwegian newspaper Dagsposten said the talks would resume.", "dagsposten", None),
    ],
)
def test_a_body_described_as_the_state_s_speaks_for_its_country(nlp, text, key, affiliation):
    assert _actors(nlp, text)[key].affiliation == affiliation
