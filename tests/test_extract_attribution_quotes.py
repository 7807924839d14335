"""Attribution over quotation marks, sentences and paragraphs: which sentences carry on a
quotation, and which are the writer's own.

Every sentence here was written for the test; none comes from the example or the gold
articles.
"""

from __future__ import annotations

from graph.extract import extract_article
from graph.records import Article


def _statements(nlp, text: str) -> list[tuple[str, str]]:
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    return [(s.speaker, s.evidence) for s in extraction.statements]


def _speakers(nlp, text: str) -> list[str]:
    return [speaker for speaker, _ in _statements(nlp, text)]


def test_a_paragraph_without_a_quotation_mark_ends_an_unmatched_quotation(nlp):
    """A mark left unmatched earlier in the text does not make the writer's next paragraph
    a quotation's run-on."""
    text = (
        "The bakery lists ''seasonal tarts.'.' in its window.\n\n"
        "''Flour costs keep climbing,'' Lena Ortiz said.\n\n"
        "Few shops sell bread cheaper than the one on Elm Road."
    )
    assert _speakers(nlp, text) == ["lena ortiz"]


def test_a_quotation_running_over_paragraphs_before_its_cue_keeps_its_speaker(nlp):
    text = (
        "\u201cWe will fight hard. We cannot lose.\n\n"
        "\u201cWe will win in May,\u201d Lena Ortiz said.\n\n"
        "The shop closed early."
    )
    assert _statements(nlp, text) == [
        ("lena ortiz", "\u201cWe will fight hard."),
        ("lena ortiz", "We cannot lose."),
        ("lena ortiz", "\u201cWe will win in May,\u201d Lena Ortiz said."),
    ]


def test_a_sentence_after_a_trailing_cue_is_not_its_reported_speech(nlp):
    """A cue after what it reports closes the report: the backshifted modal of the next
    sentence is the writer's, not the speaker's."""
    text = (
        "The ferry line has raised its fares and would add a night boat, Dana Pruitt said. "
        "The new boat would carry up to forty cars."
    )
    assert _speakers(nlp, text) == ["dana pruitt"]


def test_a_sentence_after_a_leading_cue_carries_on_its_reported_speech(nlp):
    text = (
        "Dana Pruitt said the ferry line had raised its fares. "
        "The new boat would carry up to forty cars."
    )
    assert _speakers(nlp, text) == ["dana pruitt", "dana pruitt"]


def test_a_paragraphs_opening_quotation_mark_is_part_of_its_first_sentence(nlp):
    """A paragraph opening with a mark ('' or “) starts its sentence with the mark: the mark
    is no sentence of its own, and the quotation's speaker has one statement."""
    text = (
        "The council met on Friday.\n\n"
        "''That's what matters for the town to see: That the plan works, and that the"
        " budget is growing,'' Ola Berg said Friday night.\n\n"
        "''The costs are going to fall, the roads are going to improve, but the tunnel is"
        " still going to be slow,'' she added."
    )
    statements = _statements(nlp, text)
    assert [speaker for speaker, _ in statements] == ["ola berg", "ola berg"]
    assert all(evidence.startswith("''") for _, evidence in statements)


def test_a_modal_reported_by_a_verb_of_the_sentence_is_no_run_on(nlp):
    """The backshifted modal sits in what the sentence's own "agreed" reports: the
    sentence is not the speaker before carrying on."""
    text = (
        "Dana Pruitt said the ferry line had raised its fares.\n\n"
        "Under half agreed with the harbor board that the fares would fall again soon."
    )
    assert _speakers(nlp, text) == ["dana pruitt"]
