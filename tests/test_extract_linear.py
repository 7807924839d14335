"""Lookups extraction makes per mention read a few tokens, never the whole document, and
agree with spaCy's document-wide answers."""

from __future__ import annotations

from graph.extract.actors.index import entity_at
from graph.nlp import load_pipeline

TEXT = (
    "Senator Alma Rivet of Norvale and Minister Tobias Quill met the Harwick Port Authority "
    "on Monday. Rivet said the United Nations would back the plan, and Quill disagreed."
)


def test_entity_at_is_the_entity_of_doc_ents_holding_the_token():
    doc = load_pipeline()(TEXT)
    assert doc.ents
    for token in doc:
        want = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        got = entity_at(token)
        if want is None:
            assert got is None, token
        else:
            assert got is not None and (got.start, got.end, got.label_) == (
                want.start,
                want.end,
                want.label_,
            )
