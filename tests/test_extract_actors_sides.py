"""Actors' roles and sides from the titles news prose gives politicians and their staff.

Each case is a short sentence written for the test and parsed by the real spaCy pipeline.
"""

from __future__ import annotations

import pytest
from extraction_helpers import actors_of as _actors


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a plural title abbreviation before coordinated names: each name holds it
        (
            "Republican Sens. Linda Marsh and Gary Pruitt said the ferry plan was sound.",
            "Sen.",
            "republican party",
        ),
        (
            "Ohio Democratic Sens. Linda Marsh and Gary Pruitt backed the ferry plan.",
            "Sen.",
            "democratic party",
        ),
        ("Reps. Linda Marsh and Gary Pruitt said the ferry plan was sound.", "Rep.", None),
    ],
)
def test_plural_title_abbreviation_is_every_name_s(nlp, text, role, affiliation):
    actors = _actors(nlp, text)
    for key in ("linda marsh", "gary pruitt"):
        assert (actors[key].role, actors[key].affiliation) == (role, affiliation)


def test_plural_title_abbreviation_is_one_token(nlp):
    doc = nlp("The plan was backed by Sens. Linda Marsh and Gary Pruitt.")
    assert "Sens." in [t.text for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic front-runner Mark Dunbar told voters the ferry plan was sound.",
        "Mark Dunbar, the Democratic front-runner, told voters the ferry plan was sound.",
        "Democratic frontrunner Mark Dunbar told voters the ferry plan was sound.",
    ],
)
def test_race_leader_is_a_title(nlp, text):
    dunbar = _actors(nlp, text)["mark dunbar"]
    assert dunbar.affiliation == "democratic party"
    assert dunbar.role in ("front-runner", "frontrunner")


def test_kin_of_a_titled_person_holds_no_title(nlp):
    text = "Mark Dunbar, nephew of the Ohio governor, told voters the ferry plan was sound."
    assert _actors(nlp, text)["mark dunbar"].role is None


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a person's staff speak for the person's side ...
        (
            "Democratic Senator Maria Lindqvist toured Ohio. Lindqvist spokesman Tom Harrow "
            "said the senator would not debate.",
            "spokesman",
            "democratic party",
        ),
        (
            "Democratic Senator Maria Lindqvist toured Ohio. Tom Harrow, Lindqvist's outreach "
            "director, said the senator would not debate.",
            "outreach director",
            "democratic party",
        ),
        (
            "Democratic Senator Maria Lindqvist toured Ohio. Tom Harrow, a spokesman for "
            "Lindqvist, said the senator would not debate.",
            "spokesman",
            "democratic party",
        ),
        # ... or for the campaign the story names for the person
        (
            "Senator Maria Lindqvist toured Ohio. The Lindqvist campaign said she would not "
            "debate. Lindqvist strategist Tom Harrow said she would win.",
            "strategist",
            "lindqvist campaign",
        ),
        # a former aide speaks for no one's side now
        (
            "Democratic Senator Maria Lindqvist toured Ohio. Tom Harrow, a former Lindqvist "
            "aide, said the senator would not debate.",
            "former aide",
            None,
        ),
        # a person with no side gives their staff none
        (
            "Senator Maria Lindqvist toured Ohio. Lindqvist spokesman Tom Harrow said the "
            "senator would not debate.",
            "spokesman",
            None,
        ),
    ],
)
def test_staff_speak_for_the_side_of_the_person_served(nlp, text, role, affiliation):
    harrow = _actors(nlp, text)["tom harrow"]
    assert (harrow.role, harrow.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    "text",
    [
        "Republican strategist Dale Pickett said the ferry plan was doomed.",
        "Dale Pickett, a Republican strategist in Ohio, said the ferry plan was doomed.",
    ],
)
def test_party_strategist_speaks_for_the_party(nlp, text):
    pickett = _actors(nlp, text)["dale pickett"]
    assert (pickett.role, pickett.affiliation) == ("strategist", "republican party")


def test_coordinated_title_after_the_head_is_the_person_s(nlp):
    text = "Dale Pickett, a veteran organizer and spokesman of the Norland Farmers Union, spoke."
    assert _actors(nlp, text)["dale pickett"].affiliation == "norland farmers union"


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # "her"/"his" before the office: the person of that gender named last
        (
            "Democratic Senator Maria Lindqvist toured Ohio. Her campaign manager, Tom Harrow, "
            "said the senator would not debate.",
            "tom harrow",
            "democratic party",
        ),
        (
            "Republican Governor Paul Becker toured Ohio. His running mate, Senator Mark "
            "Dunbar, said the governor would not debate.",
            "mark dunbar",
            "republican party",
        ),
        # kin serve no one
        (
            "Democratic Senator Maria Lindqvist toured Ohio. Her son, Tom Harrow, said the "
            "senator would not debate.",
            "tom harrow",
            None,
        ),
        # a possessor whose name ends in s
        (
            "Democratic Senator Maria Jennings toured Ohio. Jennings' spokesman Tom Harrow "
            "said the senator would not debate.",
            "tom harrow",
            "democratic party",
        ),
    ],
)
def test_staff_of_a_possessor(nlp, text, key, affiliation):
    assert _actors(nlp, text)[key].affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a nationality before a description, no office: no government's side
        ("The famous Canadian novelist Mark Dunbar said the ferry plan was doomed.", None, None),
        # before an office it is the government's
        (
            "Canadian Ambassador to Japan Mark Dunbar said the ferry plan was doomed.",
            "Ambassador to Japan",
            "canada",
        ),
        ("Canadian diplomat Mark Dunbar said the ferry plan was doomed.", "diplomat", "canada"),
    ],
)
def test_nationality_is_a_side_only_before_an_office(nlp, text, role, affiliation):
    dunbar = _actors(nlp, text).get("mark dunbar")
    assert (dunbar.role, dunbar.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        # a country named only as where things happen is no side for officials
        (
            "Floods in Peru displaced thousands of farmers. Aid workers in Peru asked for "
            "tents. Secretary Tom Hale said the relief flights would continue.",
            None,
        ),
        # a country that acts is the story's own
        (
            "Peru asked for tents after the floods. Peru wants more aid. Secretary Tom Hale "
            "said the relief flights would continue.",
            "peru",
        ),
    ],
)
def test_officials_serve_the_country_that_acts_not_the_place(nlp, text, affiliation):
    assert _actors(nlp, text)["tom hale"].affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a party committee's member is titled, and speaks for the party
        (
            "Ohio Republican committeeman Bill Mott said the ferry plan was sound.",
            "committeeman",
            "republican party",
        ),
        # a state named like a capital is no government's side
        (
            "Washington state delegate Bill Mott said the ferry plan was sound.",
            "state delegate",
            None,
        ),
        (
            "Bill Mott, a Washington state delegate, said the ferry plan was sound.",
            "Washington state delegate",
            None,
        ),
    ],
)
def test_committee_members_and_state_delegates(nlp, text, role, affiliation):
    mott = _actors(nlp, text)["bill mott"]
    assert (mott.role, mott.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Lindqvist toured Ohio. Tom Harrow, an adviser to the Lindqvist "
        "campaign, said the senator would not debate.",
        "Senator Maria Lindqvist toured Ohio. Tom Harrow, a Lindqvist campaign adviser, said "
        "the senator would not debate.",
    ],
)
def test_campaign_named_for_a_person_in_an_apposition(nlp, text):
    assert _actors(nlp, text)["tom harrow"].affiliation == "lindqvist campaign"
