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


def _colon_speakers(nlp, text: str) -> list[str]:
    return [speaker for speaker, cue in _said(nlp, text) if cue == ":"]


@pytest.mark.parametrize(
    "text",
    [
        # a heading on each candidate, a bare command: no turn of theirs
        "Dara Quill and Tom Hale are running for mayor of Norvale.\n\n"
        "Quill: Win in a walk.\n\nHale: Survive the first round.",
        # a title and its subtitle
        "The Norvale Weekly: a town at war with its harbor.",
    ],
)
def test_colon_before_no_claim_is_no_statement(nlp, text: str) -> None:
    assert _colon_speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dara Quill and Tom Hale are running for mayor of Norvale.\n\n"
            "Quill: the port fees are far too high.",
            "dara quill",
        ),
        ("The fees rose again. Acme Research: “All samples passed the test.”", "acme research"),
    ],
)
def test_colon_before_a_claim_stays_a_statement(nlp, text: str, speaker: str) -> None:
    assert _colon_speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holders follow "among": the possessor is the one they back
        (
            "Dara Quill's deep support among dock workers gives her an advantage.",
            [("dock worker", "support")],
        ),
        # with no holders named, the possessor holds the position
        ("Tom Hale made his support for the port tax clear.", [("tom hale", "support")]),
    ],
)
def test_possessor_of_support_among_holders_is_its_target(nlp, text, expected) -> None:
    assert _said(nlp, text) == expected


def test_question_before_its_own_cue_is_no_run_on(nlp) -> None:
    # the question mark ends the sentence: the question is Hale's, not Quill's quote
    text = (
        '"We will cut the port fees," Dara Quill said.\n\n'
        '"That would be you?" Tom Hale asked.\n\n'
        '"That would be me, yes," Quill said.'
    )
    ex = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    asked = [s for s in ex.statements if "That would be you" in s.evidence or s.cue == "asked"]
    assert [(s.speaker, s.cue) for s in asked] == [("tom hale", "asked")]


def test_as_they_say_is_no_ones_statement(nlp) -> None:
    text = (
        "The Norvale Democrats met in March.\n\n"
        '"Eight years ago she was the favorite, and a fellow came along and, as they say in '
        'chess, he beat her. She was winning!" Tom Hale said.'
    )
    assert _said(nlp, text) == [("tom hale", "said")]


def test_what_was_asked_with_a_wh_word_is_no_statement(nlp) -> None:
    text = (
        "After Tom Beck asked the author who he thought would win the race, "
        'Dara Quill replied, "I would bet on Hale."'
    )
    said = _said(nlp, text)
    assert ("dara quill", "replied") in said
    assert [cue for _, cue in said if cue == "thought"] == []


def test_a_relative_clause_on_the_one_asked_is_no_question(nlp) -> None:
    # "who opposed the port tax" says who Quill is: her position, not what was asked
    text = "Tom Beck asked Dara Quill, who opposed the port tax, to explain her vote."
    assert ("dara quill", "opposed") in _said(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Given the scorn he has heaped on Norvalians, it is hard to imagine Tom Hale "
        "winning the port district.",
        "The Norvale Farmers Union met on Monday. It is hard to imagine the port tax "
        "passing this year.",
    ],
)
def test_it_is_hard_to_imagine_is_no_ones_statement(nlp, text: str) -> None:
    assert _said(nlp, text) == []


def test_label_addressing_someone_is_not_their_statement(nlp) -> None:
    # "Secretary Vance" after the label is spoken to, not speaking
    text = (
        "On Wednesday at the forum, candidate Ana Vance said the mother of a sailor is "
        "mistaken.\n\nThe exchange, in part:\n\n"
        '"RIVAS:\u00a0 Secretary Vance, on the night of the raid in Norvale, you wrote to your '
        "son Piotr that the rebels were to blame, yet some of the families say you misled "
        'them. Listen.\n\n"RIVAS: Secretary Vance, did you deceive them?\n'
    )
    assert _said(nlp, text) == [("ana vance", "said")]
