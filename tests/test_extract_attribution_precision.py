"""Attribution: words that look like cues but report no one's position, on real spaCy parses.

Every sentence here was written for the test; none comes from the example or the gold
articles.
"""

from __future__ import annotations

import pytest
from extraction_helpers import extract

from graph.extract.attribution.subjects import _it_is


def _statements(nlp, text: str, attribution: str | None = None):
    return extract(nlp, text, attribution).statements


def _said(nlp, text: str, attribution: str | None = None) -> list[tuple[str, str]]:
    return [(s.speaker, s.cue) for s in _statements(nlp, text, attribution)]


@pytest.mark.parametrize(
    "text",
    [
        # a telephone call is no demand
        "Mira Sandolet's video call ran long, and the Ostrand council adjourned.",
        "Lena Varsk listened in on the call from her office in Ostrand.",
        # "on" before a date, "that" as a determiner: when the call was, not what for
        "Mira Sandolet's call on Monday with reporters lasted an hour.",
        "Mira Sandolet left Ostrand after her call that morning.",
    ],
)
def test_call_without_what_is_called_for_is_no_cue(nlp, text: str) -> None:
    assert [cue for _, cue in _said(nlp, text)] == []


def test_call_for_something_stays_a_cue(nlp) -> None:
    text = "Mira Sandolet renewed her call for a ban on night ferries."
    assert ("mira sandolet", "call for") in _said(nlp, text)


def test_call_on_someone_stays_a_cue(nlp) -> None:
    text = "Mira Sandolet renewed her call on the council to scrap the ferry levy."
    assert ("mira sandolet", "call on") in _said(nlp, text)


def _colon_speakers(nlp, text: str) -> list[str]:
    # the rules alone: what a colon introduces is theirs to judge
    return [speaker for speaker, cue in _said(nlp, text, "rules") if cue == ":"]


_RUNNING = "Lena Varsk and Tom Branwick are running for mayor of Ostrand.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # a heading on each candidate, a bare command: no turn of theirs
        _RUNNING + "Varsk: Keep the base happy.\n\nBranwick: Outlast the field.",
        # the same heading in title case
        _RUNNING + "Varsk: Keep the Base Happy.",
        # a title and its subtitle, in either case
        "The Ostrand Weekly: a town adrift on its own harbor.",
        "Harbor Notes: A Town Adrift.",
        # a possessive apostrophe opens no quotation
        _RUNNING + "Varsk: the ferry crews' last stand.",
    ],
)
def test_colon_before_no_claim_is_no_statement(nlp, text: str) -> None:
    assert _colon_speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_RUNNING + "Varsk: the ferry fees are far too high.", "lena varsk"),
        (_RUNNING + "Varsk: Ferry Fees Are Far Too High.", "lena varsk"),
        ("The fees rose again. Acme Research: “All samples passed the test.”", "acme research"),
    ],
)
def test_colon_before_a_claim_stays_a_statement(nlp, text: str, speaker: str) -> None:
    assert _colon_speakers(nlp, text) == [speaker]


def test_possessor_of_support_among_holders_is_its_target(nlp) -> None:
    # the holders follow "among": the possessor, and only the possessor, is what they back
    text = "Mira Sandolet's strong support among ferry crews helps her campaign."
    found = [
        (s.speaker, s.cue, text[s.content_span[0] : s.content_span[1]])
        for s in _statements(nlp, text)
        if s.content_span is not None
    ]
    assert found == [("ferry crew", "support", "Mira Sandolet's")]


def test_support_with_no_holders_named_is_the_possessors(nlp) -> None:
    text = "Tom Branwick has never hidden his support for the ferry levy."
    assert _said(nlp, text) == [("tom branwick", "support")]


def test_question_before_its_own_cue_is_no_run_on(nlp) -> None:
    # the question mark ends the sentence: the question is Branwick's, not Sandolet's quote
    text = (
        '"We will cut the ferry fees," Mira Sandolet said.\n\n'
        '"That would be your plan?" Tom Branwick asked.\n\n'
        '"That would be my plan, yes," Sandolet said.'
    )
    asked = [s for s in _statements(nlp, text) if "your plan" in s.evidence or s.cue == "asked"]
    assert [(s.speaker, s.cue) for s in asked] == [("tom branwick", "asked")]


def test_as_they_say_is_no_ones_statement(nlp) -> None:
    text = (
        "The Ostrand Greens met in May.\n\n"
        '"Four years ago she led every poll, then a newcomer showed up and, as they say in '
        'tennis, he broke her serve. She had it won!" Tom Branwick said.'
    )
    assert _said(nlp, text) == [("tom branwick", "said")]


@pytest.mark.parametrize(
    "text",
    [
        # past tense, an auxiliary: what the group said, not a saying
        "The ferry union met on Monday. As they said in a statement, the levy will ruin the port.",
        "The ferry union met on Monday. As they have said for years, the levy will ruin the port.",
        "The ferry union met on Monday. As they said, the levy will ruin the port.",
    ],
)
def test_as_a_group_said_stays_its_statement(nlp, text: str) -> None:
    assert ("ferry union", "said") in _said(nlp, text, "rules")


@pytest.mark.parametrize(
    "text",
    [
        # "who opposed the ferry levy" says who Sandolet is: her position, not what was asked
        "Tom Branwick asked Mira Sandolet, who opposed the ferry levy, to explain her vote.",
    ],
)
def test_a_relative_clause_on_the_one_asked_is_no_question(nlp, text: str) -> None:
    assert ("mira sandolet", "opposed") in _said(nlp, text)


def test_an_object_relative_clause_on_the_one_asked_is_no_question(nlp) -> None:
    text = "Tom Branwick asked Mira Sandolet, whom Lena Varsk has criticized for months, to resign."
    assert ("lena varsk", "criticized") in _said(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "With ferry crews so angry at him, it is hard to imagine Tom Branwick carrying "
        "the harbor ward.",
        "The Ostrand Farmers Union met on Monday. It is hard to imagine the ferry levy "
        "passing this year.",
        "The Ostrand Farmers Union met on Monday. It is fair to say the ferry levy will fail.",
    ],
)
def test_it_is_hard_to_imagine_is_no_ones_statement(nlp, text: str) -> None:
    assert _said(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("It is hard to imagine the ferry levy passing.", True),
        ("It is fair to say the ferry levy will fail.", True),
        ("It is clear that the ferry levy will fail.", True),
        # the infinitive hangs on the adjective: "it" is whoever is ready
        ("It is ready to back the ferry levy.", False),
        ("It is unlikely to back the ferry levy.", False),
        ("It was eager for a vote.", False),
    ],
)
def test_placeholder_it_is_only_before_an_extraposed_clause(nlp, text, placeholder) -> None:
    it = nlp(text)[0]
    assert _it_is(it) is placeholder


def test_label_addressing_someone_is_not_their_statement(nlp) -> None:
    # "Minister Varsk" after the label is spoken to, not speaking
    text = (
        "On Tuesday at the town hall, candidate Lena Varsk said the harbor pilot's widow is "
        "wrong.\n\nThe exchange, in part:\n\n"
        '"MORA:\u00a0 Minister Varsk, after the ferry sank off Ostrand, you told the press '
        "that the crew was at fault, yet several families say you kept facts from them. "
        'Listen.\n\n"MORA: Minister Varsk, were you honest with them?\n'
    )
    assert _said(nlp, text) == [("lena varsk", "said")]
