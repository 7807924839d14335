"""Pronoun antecedents: a pronoun agrees in gender with its person, the gender a text
marks or a first name given to women or men only says; among those it may stand for, it
continues the last subject. Every sentence was written for the test."""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.extract.lexicon.first_names import first_name_gender
from graph.records import Article


def _speakers(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    extraction = extract_article(doc, Article(id="test", text=text, source="test.txt"))
    return [(s.speaker, s.cue) for s in extraction.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" cannot be Tom Hale, the subject: it is the woman named after him
        (
            "Tom Hale said the board fired Anna Berg. She said the decision was unfair.",
            [("tom hale", "said"), ("anna berg", "said")],
        ),
        # "she" continues the subject, a woman, not the man named nearer
        (
            "Anna Berg said the board fired Tom Hale. She said the decision was unfair.",
            [("anna berg", "said"), ("anna berg", "said")],
        ),
        # an honorific marks the gender as well
        (
            "Mr. Tom Hale said the board fired Anna Berg. She said the decision was unfair.",
            [("tom hale", "said"), ("anna berg", "said")],
        ),
        # people of one gender: the pronoun continues the last subject, not the nearest
        (
            "Ruth Okafor told Linda Marsh the levy would fail. She said voters were tired.",
            [("ruth okafor", "told"), ("ruth okafor", "said")],
        ),
    ],
)
def test_pronoun_agrees_in_gender_then_continues_the_subject(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Anna", "female"), ("tom", "male"), ("Jordan", None), ("Xiaoming", None)],
)
def test_first_name_gender_only_for_names_of_one_gender(name, gender):
    assert first_name_gender(name) == gender


def test_opposed_his_plan_is_the_person_the_text_is_about(nlp):
    """ "worried about his plan" after a paragraph about Tom Vale is Tom Vale's plan, not
    that of the official named in the speaker's own title."""
    text = (
        "Tom Vale has backed a canal tax for years. "
        "Critics said the tax would hurt ferry crews. "
        "Mara Lind, a former port director under Governor Ivo Marsh, spoke on Monday. "
        "\u201cI am deeply worried about his plan,\u201d Lind said."
    )
    doc = nlp(text)
    extraction = extract_article(doc, Article(id="test", text=text, source="test.txt"))
    worried = [s for s in extraction.statements if s.speaker == "mara lind"]
    assert [(s.relation, s.target_actor) for s in worried] == [("disagree", "tom vale")]
