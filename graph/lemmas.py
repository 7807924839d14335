"""Repairs to the English pipeline's lemmas, as a component after its lemmatizer.

A joint word the tokenizer keeps whole ("co-sponsored", see :mod:`graph.nlp`) is unknown
to spaCy's rule lemmatizer, which strips it wrongly ("co-sponsore"); cue tables and topics
are keyed by lemma, so it is lemmatized by its part after the hyphen ("co-sponsor").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "JOINT_WORD", "add_lemma_repairs"]

#: Words of a joint act kept whole by the tokenizer ("co-sponsored", "co-founder").
JOINT_WORD = r"^[Cc]o-[a-z]{3,}$"
#: The component's name in the pipeline.
COMPONENT = "stancegraph_lemmas"


def add_lemma_repairs(nlp: Language) -> None:
    """Add the repairs right after the pipeline's lemmatizer (none without one)."""
    from spacy.language import Language

    if "lemmatizer" not in nlp.pipe_names or COMPONENT in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=_make_repairs)
    nlp.add_pipe(COMPONENT, after="lemmatizer")


def _make_repairs(nlp: Language, name: str):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc as _Doc

    joint = re.compile(JOINT_WORD).match
    lemmatizer = nlp.get_pipe("lemmatizer")
    parts: dict[tuple[str, str], str] = {}

    def part_lemma(rest: str, pos: str) -> str:
        if (rest, pos) not in parts:
            word = _Doc(nlp.vocab, words=[rest], pos=[pos or "X"])[0]
            found = lemmatizer.rule_lemmatize(word) if hasattr(lemmatizer, "rule_lemmatize") else []
            parts[rest, pos] = found[0] if found else rest
        return parts[rest, pos]

    def repair(doc: Doc) -> Doc:
        for token in doc:
            if "-" in token.text and joint(token.text):
                head, _, rest = token.text.partition("-")
                token.lemma_ = f"{head.lower()}-{part_lemma(rest.lower(), token.pos_)}"
        return doc

    return repair
