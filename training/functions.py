"""Registered functions the training config names (``spacy train --code training/functions.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.training import Example


@spacy.registry.callbacks("stancegraph.same_tokens.v1")
def same_tokens(pipeline: str) -> Callable[[Language], Language]:
    """Give the blank training pipeline the tokenizer and norms of ``pipeline``.

    The model reads the token vectors of that pipeline's ``tok2vec``, which embeds each
    token's NORM: training docs must be tokenised and normalised exactly as at run time.
    """

    def before_init(nlp: Language) -> Language:
        source = spacy.load(pipeline, exclude=["tagger", "parser", "attribute_ruler", "ner"])
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        tokenizer.from_bytes(cast(Tokenizer, source.tokenizer).to_bytes())
        nlp.vocab.lookups = source.vocab.lookups
        return nlp

    return before_init


@spacy.registry.readers("stancegraph.parsed_corpus.v1")
def parsed_corpus(path: str, pipeline: str) -> Callable[[Language], Iterator[Example]]:
    """The ``DocBin`` corpus at ``path``, its docs tagged and parsed by ``pipeline``.

    The tagger reads each token's part-of-speech tag and dependency label as features, as
    it does at run time over the docs the English pipeline has parsed; the articles are
    parsed on the first pass and kept for the later ones.
    """
    from spacy.training import Corpus, Example

    corpus = Corpus(path)
    parsed: list[Example] = []

    def read(nlp: Language) -> Iterator[Example]:
        if not parsed:
            parser = spacy.load(pipeline, exclude=["ner"], vocab=nlp.vocab)
            examples = list(corpus(nlp))
            docs = parser.pipe((eg.predicted for eg in examples), batch_size=16)
            for doc, eg in zip(docs, examples, strict=True):
                _split_at_sentences(eg.reference, doc)
                parsed.append(Example(doc, eg.reference))
        yield from parsed

    return read


def _split_at_sentences(reference: Doc, parsed: Doc) -> None:
    """Cut the reference's role spans where the parse starts a sentence.

    An entity recogniser cannot continue a span over a sentence start of a parsed doc, at
    run time as in training, so a content that runs over two sentences is two spans.
    """
    from spacy.tokens import Span

    from training.convert import trimmed

    starts = {t.i for t in parsed if t.is_sent_start and t.i}
    pieces: list[Span] = []
    for ent in reference.ents:
        begin = ent.start
        for i in range(ent.start + 1, ent.end + 1):
            if i == ent.end or i in starts:
                if (piece := trimmed(reference, begin, i, ent.label_)) is not None:
                    pieces.append(piece)
                begin = i
    reference.set_ents(pieces, default="unmodified")
