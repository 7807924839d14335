"""A common noun alone names no one: who "the senator", "a friend", "people" or "the
report" are, or that they are no actor at all.

Each case is a short sentence written for the test and parsed by the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.records import Article, Extraction


def _extract(nlp, text: str) -> Extraction:
    return extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))


def _speaker_labels(nlp, text: str) -> set[str]:
    extraction = _extract(nlp, text)
    labels = {a.key: a.label for a in extraction.actors}
    return {labels[s.speaker] for s in extraction.statements}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a definite title refers back to the person titled so, abbreviations too
        (
            "Sen. Ann Roe (D-Ohio) toured the mill on Friday. Later the senator said the "
            "tariff would hurt dairy farmers.",
            {"Ann Roe"},
        ),
        (
            "Gov. Tim Hale visited the harbour on Monday. The governor said the ferry "
            "service would resume in May.",
            {"Tim Hale"},
        ),
        # "the woman" with no woman before it is nobody the text names: no statement
        ("The woman said the ferry service would resume in May.", set()),
        # one unnamed member is coded as the group: a friend -> the friends
        ("A friend said the ferry service would resume in May.", {"friends"}),
        # people in general are no one; people described are a group
        ("People said the ferry service would resume in May.", set()),
        (
            "People close to the harbour board said the ferry service would resume.",
            {"People close to the harbour board"},
        ),
        # a pair of actors named before is not one actor
        (
            "Both candidates said the ferry service would resume in May.",
            set(),
        ),
        # a document with no author named speaks for no one
        ("The ferry service lost money in May, records show.", set()),
        ("The statement said the ferry service would resume in May.", set()),
        # a campaign owned by a name is named with its owner, as its staff's side is
        (
            "Ann Roe's campaign said the ferry service would resume in May.",
            {"Ann Roe campaign"},
        ),
        # and "the campaign" after it is that campaign
        (
            "Ann Roe's campaign said the ferry would resume. The campaign also said the "
            "fares would fall.",
            {"Ann Roe campaign"},
        ),
        # a possessive pronoun is named by its antecedent
        (
            "Tom Hale toured the mill on Friday. His brother said the mill would close.",
            {"Tom Hale's brother"},
        ),
        # a document a pronoun owns speaks for the pronoun's antecedent
        (
            "Tom Hale toured the mill on Friday. His letter said the mill would close.",
            {"Tom Hale"},
        ),
        # a name's thing is no one
        ("Ann Roe's Facebook page said the mill would close.", set()),
    ],
)
def test_bare_nouns_resolve_or_name_no_one(nlp, text, speakers):
    assert _speaker_labels(nlp, text) == speakers


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        # a party's adjective before an event names no one
        ("The Republican debate showed the rift.", "The Republican debate", None),
        # before a noun for people it names a group
        ("Republican leaders said the rift was over.", "Republican leaders", "Group"),
        # a definite lone noun refers back; a government's body does not
        ("The senator said the rift was over.", "The senator", None),
        ("The ministry said the rift was over.", "The ministry", "Organization"),
    ],
)
def test_bare_nouns_mention_kind(nlp, text, phrase, kind):
    from graph.extract.actors import mention_kind

    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    assert mention_kind(span, "Organization" if kind == "Organization" else "Group") == kind


@pytest.mark.parametrize(
    ("text", "key", "type_"),
    [
        # the head of the title is someone who works for an outlet, not the outlet
        (
            "Syndicated radio host Tom Vale disagrees with their plan.",
            "tom vale",
            "Person",
        ),
        ("Newspaper columnist Ann Roe said the plan would fail.", "ann roe", "Person"),
    ],
)
def test_bare_nouns_who_works_for_an_outlet_is_a_person(nlp, text, key, type_):
    actors = {a.key: a for a in _extract(nlp, text).actors}
    assert actors[key].type == type_


def test_a_group_noun_opening_the_story_after_the_dateline_is_the_group(nlp):
    text = (
        "OSLO, Oct 14 - Officials said the plan was fair. Norway wants to join the group. "
        "The officials added that talks would resume."
    )
    extraction = _extract(nlp, text)
    actors = {a.key: a for a in extraction.actors}
    speakers = {s.speaker for s in extraction.statements} - {"norway"}
    assert speakers == {"official"}
    assert actors["official"].affiliation == "norway"


def test_a_title_opening_a_sentence_stays_the_title_of_the_name_after_it(nlp):
    actors = {a.key: a for a in _extract(nlp, "Senator Ann Roe said the plan was fair.").actors}
    assert actors["ann roe"].role == "Senator"
