""" "By contrast, X said" sets X against the speaker before; "in contrast to Y" names Y.

Every sentence here was written for the test; none comes from the example or the gold
articles.
"""

from __future__ import annotations

from graph.extract import extract_article
from graph.records import Article


def _relations(nlp, text: str) -> list[tuple[str, str, str, str]]:
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    return [
        (s.speaker, s.relation or "", s.target_actor or "", s.stance)
        for s in extraction.statements
        if s.relation
    ]


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
