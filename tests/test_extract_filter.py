"""The attribution check: candidates, the logistic regression, training, the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract import extract_article
from graph.extract.actors import index_actors
from graph.extract.attribution.filter import (
    FILTER_PATH,
    FilterModel,
    candidates,
    load_filter,
)
from graph.records import Article

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "polnear_tiny"


def _article(text: str) -> Article:
    return Article(id="t1", text=text, source="test.txt", title="", published=None)


def _said(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Cue -> speaker label of the statements the default setting finds in ``text``."""
    extraction = extract_article(nlp(text), _article(text), "checked")
    labels = {a.key: a.label for a in extraction.actors}
    return {s.cue: labels.get(s.speaker, s.speaker) for s in extraction.statements}


def test_filter_model_scores_and_round_trips(tmp_path: Path) -> None:
    model = FilterModel(weights={"a": 2.0, "b": -1.0}, bias=-0.5, threshold=0.5)
    assert model.keeps({"a": 1.0})
    assert not model.keeps({"b": 1.0})
    assert model.score({}) == pytest.approx(1 / (1 + 2.718281828**0.5), rel=1e-6)
    path = tmp_path / "filter.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_filter(path)
    assert again == model


def test_filter_absent_model_is_none(tmp_path: Path) -> None:
    assert load_filter(tmp_path / "none.json") is None


def test_filter_trains_on_a_tiny_brat_fixture(tmp_path: Path) -> None:
    from training.attribution_filter import read_cache, train
    from training.parse_cache import main as parse_cache

    cache = tmp_path / "cache"
    assert parse_cache([str(TINY), str(cache)]) == 0
    examples, gold = read_cache(cache, TINY)
    assert gold == 5  # the fixture's attributions, each with a source
    assert any(e.right for e in examples)
    model = train(examples, gold, folds=2, least=1)
    assert 0.0 < model.threshold < 1.0
    assert "share" in model.weights


def test_filter_shipped_model_is_small_and_loads() -> None:
    if not FILTER_PATH.is_file():
        pytest.skip("no shipped attribution check")
    assert FILTER_PATH.stat().st_size < 64_000
    model = load_filter()
    assert model is not None
    assert model.weights and 0.0 < model.threshold < 1.0


def test_filter_keeps_a_plain_statement(nlp) -> None:
    said = _said(nlp, "Senator Tom Hadley said that the dam would flood the valley.")
    assert said == {"said": "Tom Hadley"}


def test_filter_finds_no_statement_in_a_plain_event(nlp) -> None:
    assert _said(nlp, "Ann Gray boarded the ferry to Norvale on Monday.") == {}


def test_filter_keeps_a_verb_the_rules_do_not_read(nlp) -> None:
    text = "Senator Lena Brill encouraged voters to visit the harbour."
    doc = nlp(text)
    assert extract_article(doc, _article(text), "rules").statements == ()
    assert _said(nlp, text) == {"encouraged": "Lena Brill"}


def test_filter_drops_a_verb_that_reports_an_act(nlp) -> None:
    text = "The Norvale union struck the ferry company in March."
    doc = nlp(text)
    found = candidates(doc, index_actors(doc, "t1"))
    assert [(c.origin, c.attribution.cue.text) for c in found] == [("verb", "struck")]
    assert _said(nlp, text) == {}


def test_filter_keeps_every_statement_of_the_rules(nlp) -> None:
    text = (
        "Mayor Tom Hadley supports the harbour toll. Senator Lena Brill said the toll "
        "would ruin the port, and the fishermen's union wants it scrapped."
    )
    doc = nlp(text)
    rules = {(s.cue, s.speaker) for s in extract_article(doc, _article(text), "rules").statements}
    checked = {(s.cue, s.speaker) for s in extract_article(nlp(text), _article(text)).statements}
    assert rules and rules <= checked


def test_filter_reads_a_quotation_signed_with_a_dash(nlp) -> None:
    text = "“The toll will ruin the harbour and every family in it.” ― Marta Velloso"
    said = _said(nlp, text)
    assert said.get("―") == "Marta Velloso"


def test_filter_reads_a_dash_glued_to_the_closing_quotation_mark(nlp) -> None:
    text = "“The toll will ruin every family in it.”― Jane Roe"
    doc = nlp(text)
    found = candidates(doc, index_actors(doc, "t1"))
    assert [(c.origin, c.attribution.cue_text) for c in found] == [("dash", "―")]
    assert _said(nlp, text) == {"―": "Jane Roe"}


def test_filter_reads_a_dash_after_a_space_of_its_own(nlp) -> None:
    text = "“The toll will ruin every family in it. Why did we vote for it?”\u00a0― Jane Roe"
    doc = nlp(text)
    found = candidates(doc, index_actors(doc, "t1"))
    assert [(c.origin, c.attribution.cue.text) for c in found if c.origin == "dash"] == [
        ("dash", "―")
    ]
    (dash,) = [c.attribution for c in found if c.origin == "dash"]
    assert dash.content is not None and dash.content.text.endswith("for it?")


def test_filter_a_cue_inside_a_quotation_signed_with_a_dash_is_the_signers(nlp) -> None:
    text = (
        "“During the debate Tom Hadley said farmers live in misery. "
        "He is ignorant of our lives.” ― Jane Roe"
    )
    rules = extract_article(nlp(text), _article(text), "rules").statements
    assert "said" in {s.cue for s in rules}
    assert _said(nlp, text) == {"―": "Jane Roe"}
