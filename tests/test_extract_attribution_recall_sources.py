"""Attribution: sources the parse hides, on real spaCy parses.

Every sentence here was written for the test; none comes from the example or the gold
articles.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.records import Article


def _said(nlp, text: str) -> list[tuple[str, str]]:
    found = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    return [(s.speaker, s.cue) for s in found.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the verb on the name as a reduced relative ("X, a Y, verbed")
        (
            "Mira Castell, a Norvale city councillor, called the parking fee “unfair.”",
            [("mira castell", "called")],
        ),
        (
            "Oskar Lindqvist, the former harbour commissioner, tweeted in reply: "
            "“The new toll will ruin the harbour of Norvale.”",
            [("oskar lindqvist", "tweeted")],
        ),
        # a true reduced relative with its agent is no statement of the name's
        ("Mira Castell, a councillor, chosen by the board, arrived on Monday.", []),
    ],
)
def test_predicate_after_apposition(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(nlp, text) == expected


def test_relative_clause_of_a_predicate_noun_is_the_subjects(nlp) -> None:
    # "X is a Y who pledged ...": the one who pledged is X, not some Y
    text = "Ana Petrov is a senator who has pledged to ban coal imports."
    assert _said(nlp, text) == [("ana petrov", "pledged")]


def test_relative_clause_read_as_the_names_own_leaves_the_name_to_the_cue(nlp) -> None:
    # the parser makes the name a second subject of the relative clause's verb
    text = "Ana Petrov, meanwhile, who sits on the budget panel, said the levy would hurt farmers."
    assert _said(nlp, text) == [("ana petrov", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale took aim at the harbour levy on Monday.", [("tom hale", "took aim at")]),
        ("Tom Hale took issue with the harbour levy.", [("tom hale", "took issue with")]),
        (
            "Tom Hale took a firm stance against the harbour levy.",
            [("tom hale", "took a firm stance against")],
        ),
        # "take" with any other object takes no stand
        ("Tom Hale took the train to Norvale on Monday.", []),
    ],
)
def test_taking_aim_is_a_stand(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Petrov has long been an opponent of the harbour levy.",
            [("ana petrov", "opponent of")],
        ),
        (
            "Ana Petrov, a vocal critic of the harbour levy, arrived in Norvale on Monday.",
            [("ana petrov", "critic of")],
        ),
        # with a verb of her own in the sentence, the noun adds no second statement
        (
            "Ana Petrov, a vocal critic of the harbour levy, said it would hurt farmers.",
            [("ana petrov", "said")],
        ),
        # a side's holders counted, none named
        ("The harbour levy has many critics in Norvale.", []),
    ],
)
def test_a_side_holders_noun_said_of_a_name(nlp, text: str, expected) -> None:
    assert _said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some Norvale farmers fear that Ana Petrov has already lost the vote and warn "
            "that the levy will ruin them.",
            [("norvale farmer", "fear"), ("norvale farmer", "warn")],
        ),
        (
            "Tom Hale complained Ana Petrov had misled the council and questioned why "
            "Oskar Lindqvist had not spoken.",
            [("tom hale", "complained"), ("tom hale", "questioned")],
        ),
        # in one tense both verbs may be the reported clause's: the parse stands
        (
            "Tom Hale said that Ana Petrov lied and warned that the levy would fail.",
            [("tom hale", "said"), ("ana petrov", "warned")],
        ),
    ],
)
def test_second_verb_of_speech_hung_on_the_content(nlp, text: str, expected) -> None:
    assert _said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Hale is firmly against raising the harbour levy.",
            [("tom hale", "is firmly against")],
        ),
        ("Tom Hale is in favor of raising the harbour levy.", [("tom hale", "is in favor of")]),
    ],
)
def test_a_stand_on_a_gerund(nlp, text: str, expected) -> None:
    assert _said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the adjective of feeling as a passive participle
        ("Tom Hale was outraged by the harbour raids.", [("tom hale", "was outraged")]),
        ("Tom Hale was pleased with the council vote.", [("tom hale", "was pleased")]),
        # a passive of a position verb stays the verb's own reading
        ("Tom Hale was opposed to the harbour levy.", [("tom hale", "was opposed")]),
    ],
)
def test_a_passive_of_feeling_is_an_attitude(nlp, text: str, expected) -> None:
    assert _said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale was horrified by the harbour raids.", [("tom hale", "was horrified")]),
        ("Tom Hale is proud of the council vote on the harbour.", [("tom hale", "is proud")]),
    ],
)
def test_more_adjectives_of_feeling(nlp, text: str, expected) -> None:
    assert _said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Petrov is said to oppose the harbour levy.", [("ana petrov", "oppose")]),
        ("Ana Petrov is reported to have rejected the offer.", [("ana petrov", "rejected")]),
        # a forecast of what she will do is no position of hers
        ("Ana Petrov is expected to back the harbour levy.", []),
    ],
)
def test_a_position_relayed_by_a_passive(nlp, text: str, expected) -> None:
    assert _said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Petrov was, in the words of Tom Hale, the torchbearer of the reform.",
            [("tom hale", "in the words of")],
        ),
        ("The harbour levy, as Tom Hale put it, is a disaster.", [("tom hale", "put it")]),
        ("The harbour levy is a disaster for farmers, per Tom Hale.", [("tom hale", "per")]),
        # "per" before no one is a rate
        ("The harbour levy costs forty dollars per year.", []),
    ],
)
def test_phrases_naming_whose_words_a_clause_is(nlp, text: str, expected) -> None:
    assert _said(nlp, text) == expected


def test_a_contention_is_its_owners_claim(nlp) -> None:
    text = "Tom Hale's contention was that the harbour levy is a disaster."
    assert _said(nlp, text) == [("tom hale", "contention")]


def test_a_list_of_names_read_as_an_apposition_is_all_speakers(nlp) -> None:
    # the parser reads the second name as the first one's apposition
    text = "Tom Hale, Oskar Lindqvist and Mira Castell called for a ban on coal."
    speakers = [speaker for speaker, _ in _said(nlp, text)]
    assert "tom hale" in speakers
    assert "oskar lindqvist" in speakers
    assert "mira castell" in speakers


def test_an_apposition_that_describes_a_name_adds_no_speaker(nlp) -> None:
    text = "Tom Hale, the mayor of Norvale, said the harbour levy was a disaster."
    assert _said(nlp, text) == [("tom hale", "said")]


def test_a_list_of_names_ending_in_others(nlp) -> None:
    text = "Tom Hale, Oskar Lindqvist and others said the harbour levy was a disaster."
    assert _said(nlp, text) == [("tom hale", "said"), ("oskar lindqvist", "said")]


def test_a_list_of_titles_each_with_its_name(nlp) -> None:
    # the second title and its name hang on the first one's name
    text = (
        "Norvale's mayor, Tom Hale, and its police chief, Oskar Lindqvist, said the "
        "harbour levy was a disaster."
    )
    assert _said(nlp, text) == [("tom hale", "said"), ("oskar lindqvist", "said")]


def test_a_verb_cut_off_from_its_list_keeps_the_lists_subject(nlp) -> None:
    # the parser hangs "referred" beside "speculated" rather than coordinating them
    text = (
        "The only time the levy came up was when Mira Castell spoke about the cost of the "
        "harbour, referred to the mayor's supposed arrogance and wondered whether the vote "
        "would be fair."
    )
    assert _said(nlp, text) == [("mira castell", "spoke"), ("mira castell", "referred")]
