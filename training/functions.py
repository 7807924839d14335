"""Registered functions the training config names (``spacy train --code training/functions.py``)."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language


@spacy.registry.callbacks("stancegraph.same_tokens.v1")
def same_tokens(pipeline: str) -> Callable[[Language], Language]:
    """Give the blank training pipeline the tokenizer and norms of ``pipeline``.

    The model reads the token vectors of that pipeline's ``tok2vec``, which embeds each
    token's NORM: training docs must be tokenised and normalised exactly as at run time.
    """

    def before_init(nlp: Language) -> Language:
        source = spacy.load(pipeline, exclude=["tagger", "parser", "attribute_ruler", "ner"])
        nlp.tokenizer.from_bytes(source.tokenizer.to_bytes())
        nlp.vocab.lookups = source.vocab.lookups
        return nlp

    return before_init
