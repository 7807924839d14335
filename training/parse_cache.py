"""PolNeAR texts parsed and tagged once, saved as DocBin chunks for the filter's training.

Usage: ``python -m training.parse_cache SPLIT_DIR OUT_DIR [--exclude DIR] [--chunk N]``

Each article is read the way ``stancegraph build`` reads it, parsed by the English
pipeline and tagged by the shipped attribution tagger (:func:`graph.extract.learned.tag_roles`);
the docs go to ``OUT_DIR/NNN.spacy`` in chunks of ``--chunk`` articles, with the article
file names in ``OUT_DIR/NNN.txt``. A chunk already written is kept, so an interrupted run
resumes. Articles come in a stable shuffled order, so the first chunks are a sample of every
publisher. Articles whose text is in an evaluation set (``--exclude``) are left out.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from graph.evaluate import polnear_pairs

from .convert import _fingerprint, held_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    parser.add_argument("--chunk", type=int, default=50)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)

    from spacy.tokens import DocBin

    from graph.extract.learned import tag_roles
    from graph.ingest import read_articles
    from graph.nlp import load_pipeline

    keep_out = held_out(args.exclude)
    pairs = [
        (text, ann)
        for text, ann in polnear_pairs(args.split)
        if _fingerprint(text.read_text(encoding="utf-8", errors="replace")) not in keep_out
    ]
    # publishers are interleaved (a stable shuffle), so the first chunks are a fair sample
    pairs.sort(key=lambda pair: hashlib.sha1(pair[0].name.encode()).hexdigest())
    if args.limit:
        pairs = pairs[: args.limit]
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = load_pipeline()
    for n, at in enumerate(range(0, len(pairs), args.chunk)):
        chunk = pairs[at : at + args.chunk]
        target = args.out / f"{n:03d}.spacy"
        if target.exists():
            continue
        articles = [next(iter(read_articles([text]))) for text, _ in chunk]
        docs = tag_roles(nlp.pipe([a.text for a in articles], batch_size=16))
        db = DocBin(store_user_data=True)
        for doc in docs:
            db.add(doc)
        db.to_disk(target)
        (args.out / f"{n:03d}.txt").write_text(
            "".join(f"{text.name}\t{ann.name}\n" for text, ann in chunk), encoding="utf-8"
        )
        print(f"{target}: {len(chunk)} articles", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
