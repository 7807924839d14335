"""Attribution: words that look like cues but report no one's position, on real spaCy parses.

Every sentence here was written for the test; none comes from the example or the gold
articles.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.records import Article


def _said(nlp, text: str) -> list[tuple[str, str]]:
    ex = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    return [(s.speaker, s.cue) for s in ex.statements]


@pytest.mark.parametrize(
    "text",
    [
        # a telephone call is no demand
        "Shortly after Dara Quill's conference call ended, the Norvale council met.",
        "The mayor was joined on the call by Dara Quill, head of the Norvale dock union.",
    ],
)
def test_call_without_what_is_called_for_is_no_cue(nlp, text: str) -> None:
    assert [cue for _, cue in _said(nlp, text)] == []


def test_call_for_something_stays_a_cue(nlp) -> None:
    text = "Dara Quill renewed her call for a ban on night flights."
    assert ("dara quill", "call for") in _said(nlp, text)
