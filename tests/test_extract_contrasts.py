"""Contrasts the writer states between two actors become a disagreement of the first
named with the second; "By contrast, X said" sets X against the speaker before.

Every sentence here was written for the test; none comes from the example or the gold
articles.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.records import Article


def _relations(nlp, text: str) -> list[tuple[str, str, str, str]]:
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    return [
        (s.speaker, s.relation or "", s.target_actor or "", s.stance)
        for s in extraction.statements
        if s.relation
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Petrov and Governor Jon Ames stood on opposing sides of the harbour plan.",
        "Mayor Ana Petrov and Governor Jon Ames hold conflicting views on the harbour plan.",
        "Mayor Ana Petrov and Governor Jon Ames differ on the harbour plan.",
        "The rift between Mayor Ana Petrov and Governor Jon Ames over the harbour plan grew.",
    ],
)
def test_a_stated_contrast_is_a_disagreement(nlp, text):
    found = _relations(nlp, text)
    assert len(found) == 1
    speaker, relation, target, stance = found[0]
    assert "petrov" in speaker and relation == "disagree" and "ames" in target
    assert stance == "neutral"  # a contrast says they differ, not which side either takes


def test_a_difference_from_another_actors_views_is_a_disagreement(nlp):
    text = "Mayor Ana Petrov's feelings could not be more different from Governor Jon Ames's."
    found = _relations(nlp, text)
    assert [(relation, "petrov" in s, "ames" in t) for s, relation, t, _ in found] == [
        ("disagree", True, True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Petrov and Governor Jon Ames agree on the harbour plan.",
        "Mayor Ana Petrov and Governor Jon Ames were not on opposing sides of the plan.",
        "Mayor Ana Petrov and Governor Jon Ames differ from Senator Lia Moss on the plan.",
    ],
)
def test_no_contrast_between_the_two(nlp, text):
    assert not any(
        "petrov" in speaker and "ames" in target and relation == "disagree"
        for speaker, relation, target, _ in _relations(nlp, text)
    )


def test_a_speakers_own_statement_keeps_its_own_relation(nlp):
    # Petrov is quoted in the sentence: the contrast adds no second statement of hers
    text = "Mayor Ana Petrov said she and Governor Jon Ames differ on the harbour plan."
    assert len([s for s, *_ in _relations(nlp, text) if "petrov" in s]) <= 1


def test_by_contrast_sets_a_speaker_against_the_one_before(nlp):
    text = (
        "Governor Jon Ames said the harbour plan would pay for itself. "
        "By contrast, Mayor Ana Petrov said the plan would sink the city into debt."
    )
    found = _relations(nlp, text)
    assert [(s, r, t) for s, r, t, _ in found] == [("ana petrov", "disagree", "jon ames")]


def test_in_contrast_to_names_its_own_partner(nlp):
    # "in contrast to Y" says with whom; the speaker before is not assumed
    text = (
        "Governor Jon Ames said the harbour plan would pay for itself. "
        "In contrast to Senator Lia Moss, Mayor Ana Petrov said the plan was sound."
    )
    assert not any(t == "jon ames" for _, _, t, _ in _relations(nlp, text))
