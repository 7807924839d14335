"""PolNeAR brat files -> how often each word is (part of) an attribution cue.

Usage: ``python -m training.cue_words SPLIT_DIR OUT.tsv [--exclude DIR] [--min-cues N]``

Every word of the split's texts is counted, and counted again when it lies inside a cue
span of an attribution that has a source. Words are grouped by the lemma the English
pipeline's rule lemmatizer gives them read as a verb (its first guess, the one a parse
gives), so "bemoaned" and "bemoans" count together. The table keeps lemmas seen as a cue
at least ``--min-cues`` times: ``lemma<TAB>cues<TAB>occurrences``, most frequent cue
first. Articles whose text is also in an evaluation set (``--exclude``) are left out.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from graph.evaluate import load_polnear_article, polnear_pairs
from graph.ingest import clean_text
from graph.nlp import default_pipeline_name

from .convert import _fingerprint, held_out

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def count_words(split_dir: Path, exclude: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """(times inside a sourced cue, occurrences) of each lowercased word of a split."""
    keep_out = held_out(exclude)
    cues: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for text_path, ann in polnear_pairs(split_dir):
        raw = text_path.read_text(encoding="utf-8", errors="replace")
        if _fingerprint(raw) in keep_out:
            continue
        text = clean_text(raw)
        gold, _ = load_polnear_article(ann, text_path)
        starts = {c for g in gold if g.source.strip() for a, b in g.cue for c in range(a, b)}
        for match in _WORD.finditer(text):
            word = match.group().lower()
            words[word] += 1
            cues[word] += match.start() in starts
    return cues, words


def by_lemma(
    cues: Counter[str], words: Counter[str], pipeline: str | None = None
) -> dict[str, tuple[int, int]]:
    """The counts of each word summed over the words sharing its verb lemma."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(pipeline or default_pipeline_name())
    lemmatizer = nlp.get_pipe("lemmatizer")
    table: dict[str, tuple[int, int]] = {}
    for word in sorted(w for w in words if cues[w]):
        doc = Doc(nlp.vocab, words=[word])
        doc[0].pos_ = "VERB"
        guesses = lemmatizer.rule_lemmatize(doc[0])  # type: ignore[attr-defined]
        lemma = guesses[0] if guesses else word
        seen, total = table.get(lemma, (0, 0))
        table[lemma] = (seen + cues[word], total + words[word])
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="PolNeAR split directory (text/, attributions/)")
    parser.add_argument("out", type=Path, help="table to write (.tsv)")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline whose lemmatizer to use")
    parser.add_argument("--min-cues", type=int, default=3, help="keep lemmas cued this often")
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="leave out articles whose text is in this folder's .txt files (repeatable)",
    )
    args = parser.parse_args(argv)
    cues, words = count_words(args.split, args.exclude)
    table = by_lemma(cues, words, args.pipeline)
    rows = sorted(
        ((lemma, c, n) for lemma, (c, n) in table.items() if c >= args.min_cues),
        key=lambda r: (-r[1], r[0]),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(f"{lemma}\t{c}\t{n}\n" for lemma, c, n in rows), encoding="utf-8")
    print(f"{args.out}: {len(rows)} lemmas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
