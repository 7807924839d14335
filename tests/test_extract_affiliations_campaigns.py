"""Sides of candidates and their staff in campaign news: campaigns named for a person and
the parties candidates run for. Each case is a sentence written for the test (made-up
names) and parsed by the real spaCy pipeline.
"""

from __future__ import annotations

import pytest
from extraction_helpers import actors_of as _actors
from extraction_helpers import extract

# Two people of one surname: the surname alone names neither, but still names the campaign.
_TWO_HARTLEYS = "Dana Hartley and her husband, Mark Hartley, toured Ohio on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        _TWO_HARTLEYS + '"We will win," said Bryan Kolb, the Hartley campaign\'s Ohio director.',
        _TWO_HARTLEYS + '"We will win," Hartley campaign spokesman Bryan Kolb said.',
        _TWO_HARTLEYS + '"We will win," said Bryan Kolb, Hartley\'s campaign manager.',
    ],
)
def test_a_shared_surname_still_names_the_campaign(nlp, text):
    actors = _actors(nlp, text)
    assert "bryan kolb" in actors, sorted(actors)
    assert actors["bryan kolb"].affiliation == "hartley campaign"
    assert "hartley" not in actors or actors["hartley"].type == "Person"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a copula other than "be" says what its subject is as well
        (
            "Tom Hale became the Republican nominee in July. He said the tax was unfair.",
            "republican party",
        ),
        (
            "Tom Hale remains the Democratic front-runner. He said the tax was unfair.",
            "democratic party",
        ),
        (
            "Tom Hale, who became the presumptive Republican nominee last week, said the tax "
            "was unfair.",
            "republican party",
        ),
        # the nomination a candidacy the name owns is for
        (
            "Tom Hale toured Ohio on Monday. Hale's bid for the Republican nomination gained "
            "ground, and he said the tax was unfair.",
            "republican party",
        ),
    ],
)
def test_a_clause_about_a_candidate_gives_the_party(nlp, text, party):
    actors = _actors(nlp, text)
    assert actors["tom hale"].affiliation == party


def test_an_apposition_past_a_verb_is_another_name_s(nlp):
    # the parser may hang the chairman's title on the subject of the sentence
    text = (
        "Hours later, Perry Lund and Ana Ruiz are together again, this time at the Norvale "
        "Institute, the think tank founded by Gil Amos, the chairman of Dana Hartley's "
        "campaign. Dana Hartley and Mark Hartley spoke on Monday. Lund said the tax was unfair."
    )
    actors = _actors(nlp, text)
    assert actors["perry lund"].affiliation is None


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        # the subject of the sentence before
        (
            "Tom Hale rallied in Ohio on Monday. The Republican front-runner has said he "
            "will cut taxes.",
            "tom hale",
            "republican party",
        ),
        # the subject, not the last name: "Hale's plan" is not who blasted it
        (
            "Ann Roe has a word for Tom Hale's plan: No. The Democratic presidential "
            "candidate blasted the plan on Monday.",
            "ann roe",
            "democratic party",
        ),
        # a definite owner says whose nominee: the party named before, or a party word
        (
            "The Republican Party met in Ohio. Tom Hale spoke on Monday. The party's "
            "presumptive nominee said he would win.",
            "tom hale",
            "republican party",
        ),
        (
            "Tom Hale spoke on Monday. The GOP's presumptive nominee said he would win.",
            "tom hale",
            "republican party",
        ),
        # the owner of something the subject condemns is not the subject
        (
            "Tom Hale spoke in Ohio. While Ann Roe has condemned the GOP candidate's "
            "proposal, she has offered none.",
            "tom hale",
            "republican party",
        ),
    ],
)
def test_a_party_description_resumes_the_candidate(nlp, text, person, party):
    actors = _actors(nlp, text)
    assert actors[person].affiliation == party


@pytest.mark.parametrize(
    "text",
    [
        # a candidate not yet known
        "Tom Hale said the tax was unfair. The eventual Republican nominee will face Ann Roe.",
        # quoted words of the speaker, about someone else
        'Tom Hale spoke in Ohio. "I think the Republican nominee has no plan," he said.',
    ],
)
def test_a_party_description_of_no_one_named_gives_no_party(nlp, text):
    actors = _actors(nlp, text)
    assert actors["tom hale"].affiliation is None


@pytest.mark.parametrize(
    "text",
    [
        # a later mention's party outranks the chamber an earlier one stated
        "House Speaker Tom Hale met the team on Monday. Hale, the top Republican in "
        "Congress, said the meeting went well.",
        # a party among the words of the body a clause says the person leads
        "Tom Hale, who leads House Republicans, said the plan was reckless.",
        '"It is reckless," said Tom Hale, who heads the Senate Republican caucus.',
    ],
)
def test_a_party_outranks_the_chamber_across_mentions_and_clauses(nlp, text):
    actors = _actors(nlp, text)
    assert actors["tom hale"].affiliation == "republican party"


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        # the chamber or seat a candidate runs for is no side of theirs
        ("White House hopeful Ann Roe said the plan was reckless.", None),
        ("Senate candidate Ann Roe said the plan was reckless.", None),
        ("Ann Roe, a candidate for the Senate, said the plan was reckless.", None),
        # the party they run for is
        ("Republican Senate candidate Ann Roe said the plan was reckless.", "republican party"),
        # and a school's candidate for a degree studies there
        (
            "Ann Roe, a doctoral candidate at Norvale University, said the plan was reckless.",
            "norvale university",
        ),
    ],
)
def test_the_office_a_candidate_seeks_is_no_side(nlp, text, affiliation):
    actors = _actors(nlp, text)
    assert actors["ann roe"].affiliation == affiliation


@pytest.mark.parametrize(
    "text",
    [
        # staff titled by the word alone serve the campaign the story named before
        "Tom Hale toured Ohio. The Hale campaign paid the firm in March. Steven Kolb, a "
        "campaign spokesman, said the office was needed.",
        "Tom Hale toured Ohio. Hale's campaign paid the firm in March. \"The office was "
        'needed," said campaign manager Steven Kolb.',
    ],
)
def test_campaign_staff_serve_the_campaign_named_before(nlp, text):
    actors = _actors(nlp, text)
    assert actors["steven kolb"].affiliation == "hale campaign"


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        # the subject's own candidacy, whatever the verb
        (
            "Tom Hale is ending his campaign for the Republican nomination after a loss, he said.",
            "tom hale",
            "republican party",
        ),
        (
            "In her pursuit of the Democratic nomination for president, Ann Roe has stressed "
            "her ties to the governor, she said.",
            "ann roe",
            "democratic party",
        ),
        # a pronoun of the other gender owns someone else's candidacy
        (
            "Tom Hale attacked Ann Roe's record during her bid for the Democratic "
            "nomination, he said.",
            "tom hale",
            None,
        ),
    ],
)
def test_the_subject_s_own_candidacy_gives_the_party(nlp, text, person, party):
    actors = _actors(nlp, text)
    assert actors[person].affiliation == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a country before a legislator's title says whose legislature: the party outranks it
        (
            "U.S. Senator Tom Hale, an Ohio Republican, said the meeting went well.",
            "republican party",
        ),
        # not a minister's: the government's side stays
        (
            "U.S. Defense Secretary Tom Hale, a Republican, said the meeting went well.",
            "united states",
        ),
    ],
)
def test_a_party_outranks_a_legislator_s_country(nlp, text, party):
    actors = _actors(nlp, text)
    assert actors["tom hale"].affiliation == party


@pytest.mark.parametrize(
    "text",
    [
        # the object of the verb the "as" phrase is on, with the party named before
        "The Republican Party met in Ohio. Ann Roe said she would not endorse Tom Hale as "
        'the party\'s nominee. "It went well," Hale said.',
        'Ann Roe has refused to back Tom Hale as the Republican nominee. "It went well," '
        "Hale said.",
        # the subject, when the verb has no person as object
        "Tom Hale, as the Republican nominee, said the meeting went well.",
    ],
)
def test_a_candidacy_as_phrase_gives_the_party(nlp, text):
    actors = _actors(nlp, text)
    assert actors["tom hale"].affiliation == "republican party"


def test_a_body_opening_a_title_is_the_person_titled(nlp):
    # the parser makes "House" the subject's conjunct and hangs Marsh on Hale
    text = (
        "Presumptive Republican presidential nominee Tom Hale and U.S. House of "
        "Representatives Speaker Ann Marsh pledged on Thursday to work together to unite "
        "their party."
    )
    extraction = extract(nlp, text)
    labels = {a.key: a.label for a in extraction.actors}
    assert {labels[s.speaker] for s in extraction.statements} == {"Tom Hale", "Ann Marsh"}


def test_a_cabinet_serves_the_administration_named_anywhere(nlp):
    # the administration is named only as an owner, never as a speaker
    text = (
        "President Tom Hale spoke on Monday. Critics attacked the Hale administration's "
        "trade policy. U.S. Commerce Secretary Ann Marsh said the tariff would stay."
    )
    actors = _actors(nlp, text)
    assert actors["ann marsh"].affiliation == "hale administration"


def test_a_former_secretary_does_not_serve_the_administration(nlp):
    text = (
        "President Tom Hale spoke on Monday. Critics attacked the Hale administration's "
        "trade policy. Former U.S. Commerce Secretary Ann Marsh said the tariff would stay."
    )
    actors = _actors(nlp, text)
    assert actors["ann marsh"].affiliation != "hale administration"


def test_a_party_rival_in_apposition_gives_the_party(nlp):
    text = "Senator Tom Hale of Ohio, a Democratic rival, assailed her for supporting the war."
    actors = _actors(nlp, text)
    assert actors["tom hale"].affiliation == "democratic party"
