"""The pipeline loader and the sentence-boundary marks it adds before the parser."""

from __future__ import annotations

import pytest


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_nlp_line_break_starts_a_sentence(nlp):
    text = "Talks resumed in Geneva\nThe minister said the plan would fail."
    assert _sentences(nlp, text) == [
        "Talks resumed in Geneva",
        "The minister said the plan would fail.",
    ]


def test_nlp_capitalised_word_mid_sentence_is_no_boundary(nlp):
    text = "Officials held talks with the U.S. On trade, they said nothing."
    assert len(_sentences(nlp, text)) == 1


def test_nlp_wire_dateline_stays_with_its_sentence(nlp):
    sents = _sentences(nlp, "LISBON, May 4 - Portugal said it would veto the plan.")
    assert sents == ["LISBON, May 4 - Portugal said it would veto the plan."]


@pytest.mark.parametrize("words", [1, 2, 3000])
def test_nlp_marks_one_long_unpunctuated_line(words):
    """A line of words with no sentence end: only the first token starts a sentence."""
    import spacy

    from graph.nlp import _mark_paragraph_breaks

    doc = _mark_paragraph_breaks(spacy.blank("en")(" ".join(["word"] * words)))
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts == [0]
    assert all(t.is_sent_start is False for t in doc[1:])
