"""PolNeAR brat files -> a spaCy DocBin whose entities are the attribution roles.

Usage: ``python -m training.convert SPLIT_DIR OUT.spacy [--pipeline NAME] [--exclude DIR]``

PolNeAR is univocal (each token has at most one role in at most one attribution), so an
article's attributions are one tag sequence: every cue, source and content fragment
becomes an entity labelled CUE, SOURCE or CONTENT. Articles annotated by several people
keep one annotator's file (the same choice the evaluation makes). Texts are read the way
``stancegraph`` ingests them, and tokenised by the pipeline the model will run inside, so
training and extraction see the same tokens. Articles whose text is also in an
evaluation set (``--exclude``, e.g. ``../shared/eval/articles``, which holds PolNeAR train
texts) are left out, so the evaluation never scores text the model was trained on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from graph.evaluate import load_polnear_article, polnear_pairs
from graph.ingest import clean_text
from graph.nlp import default_pipeline_name

LABELS = ("CUE", "SOURCE", "CONTENT")


def _pieces(doc: Doc, start: int, end: int, label: str) -> list[Span]:
    """A character span as entity spans: token-aligned, split at line breaks, trimmed.

    An entity can neither start nor end on whitespace, and one that runs over a paragraph
    break would cross a sentence boundary the parser always sets there.
    """
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return []
    pieces: list[Span] = []
    begin = span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or (doc[i].is_space and "\n" in doc[i].text):
            if (piece := trimmed(doc, begin, i, label)) is not None:
                pieces.append(piece)
            begin = i + 1
    return pieces


def trimmed(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """Tokens ``start:end`` as an entity without the white space at either end, if any
    token is left."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return Span(doc, start, end, label=label) if start < end else None


def article_doc(nlp_vocab_tokenizer, text_path: Path, ann: Path) -> Doc:  # type: ignore[no-untyped-def]
    """One article as a Doc whose entities are its attribution roles."""
    raw = text_path.read_text(encoding="utf-8", errors="replace")
    doc = nlp_vocab_tokenizer(clean_text(raw))
    gold, _ = load_polnear_article(ann, text_path)
    spans: list[Span] = []
    for attribution in gold:
        for label, frags in (
            ("CUE", attribution.cue),
            ("SOURCE", attribution.source_spans),
            ("CONTENT", attribution.content),
        ):
            for a, b in frags:
                spans.extend(_pieces(doc, a, b, label))
    doc.ents = filter_spans(spans)
    return doc


def _fingerprint(text: str) -> str:
    """The words of a text, whatever its spacing and line breaks."""
    return " ".join(clean_text(text).split())


def held_out(directories: list[Path]) -> set[str]:
    """Fingerprints of every ``.txt`` under ``directories`` (missing ones are skipped)."""
    found: set[str] = set()
    for directory in directories:
        for path in sorted(directory.rglob("*.txt")) if directory.is_dir() else []:
            found.add(_fingerprint(path.read_text(encoding="utf-8", errors="replace")))
    return found


def convert(
    split_dir: Path,
    out: Path,
    pipeline: str | None = None,
    limit: int = 0,
    exclude: list[Path] | None = None,
) -> tuple[int, int]:
    """Write the split's articles to ``out``; returns (articles written, left out)."""
    import spacy

    name = pipeline or default_pipeline_name()
    nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler"])
    pairs = polnear_pairs(split_dir)
    if limit:
        pairs = pairs[:limit]
    keep_out = held_out(exclude or [])
    total = len(pairs)
    pairs = [
        (text, ann)
        for text, ann in pairs
        if _fingerprint(text.read_text(encoding="utf-8", errors="replace")) not in keep_out
    ]
    db = DocBin(store_user_data=False)
    for text_path, ann in pairs:
        db.add(article_doc(nlp.tokenizer, text_path, ann))
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return len(pairs), total - len(pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="PolNeAR split directory (text/, attributions/)")
    parser.add_argument("out", type=Path, help="DocBin file to write (.spacy)")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline whose tokenizer to use")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="leave out articles whose text is in this folder's .txt files (repeatable)",
    )
    args = parser.parse_args(argv)
    n, left = convert(args.split, args.out, args.pipeline, args.limit, args.exclude)
    print(f"{args.out}: {n} articles ({left} left out: in an evaluation set)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
