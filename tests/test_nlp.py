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


@pytest.mark.parametrize("words", [1, 2, 150])
def test_nlp_marks_one_long_unpunctuated_line(words):
    """A line of words with no sentence end: only the first token starts a sentence."""
    import spacy

    from graph.nlp import _mark_paragraph_breaks

    doc = _mark_paragraph_breaks(spacy.blank("en")(" ".join(["word"] * words)))
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts == [0]
    assert all(t.is_sent_start is False for t in doc[1:])


def test_nlp_long_run_without_sentence_end_is_cut_and_counted(nlp):
    from graph.nlp import FORCED_BREAKS, MAX_SENTENCE_TOKENS

    doc = nlp(" ".join(["the minister talks trade"] * 300))
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    assert doc.user_data[FORCED_BREAKS] == 1200 // MAX_SENTENCE_TOKENS - 1


def test_nlp_long_run_is_cut_after_a_comma_when_there_is_one():
    import spacy

    from graph.nlp import MAX_SENTENCE_TOKENS, _mark_paragraph_breaks

    names = ", ".join(f"Name{i}" for i in range(MAX_SENTENCE_TOKENS))
    doc = _mark_paragraph_breaks(spacy.blank("en")(names))
    cuts = [t for t in doc[1:] if t.is_sent_start]
    assert cuts and all(doc[t.i - 1].text == "," for t in cuts)


def test_nlp_punctuated_prose_is_never_cut(nlp):
    from graph.nlp import FORCED_BREAKS

    doc = nlp(" ".join(["The minister said the talks would resume."] * 200))
    assert FORCED_BREAKS not in doc.user_data


def test_nlp_cut_is_reported_naming_the_file(tmp_path):
    from graph.pipeline import build_corpus

    path = tmp_path / "transcript.txt"
    path.write_text(" ".join(["the minister talks trade"] * 120), encoding="utf-8")
    lines: list[str] = []
    build_corpus([path], warn=lines.append)
    assert any(str(path) in line and "cut into sentences" in line for line in lines)


def test_joint_words_stay_whole(nlp) -> None:
    doc = nlp("Senator Ada Vance co-sponsored a bill on ferries with a co-founder of the port.")
    words = [t.text for t in doc]
    assert "co-sponsored" in words and "co-founder" in words
    verb = doc[words.index("co-sponsored")]
    assert verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children)
    # a joint word's lemma is its prefix and the lemma of the word after the hyphen
    assert verb.lemma_ == "co-sponsor"
    assert doc[words.index("co-founder")].lemma_ == "co-founder"
    # other hyphenated words are split as before
    assert "pro" in [t.text for t in nlp("The pro-Lindor rebels met.")]


def test_no_sentence_starts_after_a_comma_and_closing_quotes(nlp) -> None:
    text = (
        "“The mayor told the crew that ‘the harbour stays open, and the ferry keeps "
        "running for as long as the islanders need it,’” Rep. Ann Roe (D-Ore.) said."
    )
    assert len(list(nlp(text).sents)) == 1
