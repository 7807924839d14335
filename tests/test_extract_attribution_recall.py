"""Attribution: more constructions that report a position, on real spaCy parses.

Every sentence here was written for the test; none comes from the example or the gold
articles.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.records import Article


def _said(nlp, text: str) -> list[tuple[str, str]]:
    article = Article(id="test", text=text, source="test.txt")
    return [(s.speaker, s.cue) for s in extract_article(nlp(text), article).statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund of speech after "by"/"after": the one who acted spoke
        (
            "Peter Brown angered the farmers by saying that the subsidy was a waste.",
            [("peter brown", "saying")],
        ),
        (
            "Maria Lopez drew fire last week after claiming that the mayor had lied.",
            [("maria lopez", "claiming")],
        ),
        # a gerund that is no speech stays no statement
        ("Peter Brown angered the farmers by selling the land.", []),
    ],
)
def test_means_gerund(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(nlp, text) == expected


def test_named_owner_of_a_noun_cue_is_its_own_statement(nlp) -> None:
    text = (
        "Peter Brown angered the farmers by saying that the subsidy was a waste, "
        "given Brown's plan to cut the budget."
    )
    assert _said(nlp, text) == [("peter brown", "saying"), ("peter brown", "plan")]


def test_pronoun_owner_of_a_noun_cue_is_the_same_statement(nlp) -> None:
    text = "Peter Brown said his plan to cut the budget would save money."
    assert _said(nlp, text) == [("peter brown", "said")]
