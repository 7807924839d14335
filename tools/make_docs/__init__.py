"""Regenerate everything README.md and docs/ show that the code can say: ``make docs``.

Three kinds of generated text, so that none of it can go stale:

* ``docs/reference/cli.md``, ``ontology.md``, ``queries.md``: written whole from the typer
  app, ``ontology/stancegraph.ttl`` and the headers of ``ontology/queries/*.rq``.
* Console output: every block between ``<!-- output: stancegraph ARGS -->`` and
  ``<!-- end output -->`` in README.md and docs/ is replaced by that command's real
  output, run on the example article (built once into a temporary directory).
* ``docs/evaluation.md``: ``stancegraph evaluate`` on the shared evaluation set and
  PolNeAR dev, when ``../shared`` is there (left alone otherwise).

``python -m tools.make_docs`` rewrites the files; ``--check`` only reports which differ.
``--only reference,outputs,evaluation`` picks parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ._common import DOCS, EVALUATION, REFERENCE, ROOT, SHARED
from .evaluation import evaluation_page
from .outputs import OUTPUT_BLOCK, documents, fill_outputs, output_pages
from .reference import cli_reference, ontology_reference, queries_reference, reference_pages

__all__ = [
    "DOCS",
    "EVALUATION",
    "OUTPUT_BLOCK",
    "PARTS",
    "REFERENCE",
    "ROOT",
    "SHARED",
    "check",
    "cli_reference",
    "documents",
    "evaluation_page",
    "fill_outputs",
    "generate",
    "ontology_reference",
    "output_pages",
    "queries_reference",
    "reference_pages",
]

PARTS = ("reference", "outputs", "evaluation")


def generate(parts: Iterable[str] = PARTS, shared: Path = SHARED) -> dict[Path, str]:
    """Every generated file's text now, by path (only the parts asked for)."""
    parts = set(parts)
    pages: dict[Path, str] = {}
    if "reference" in parts:
        pages.update(reference_pages())
    if "evaluation" in parts:
        page = evaluation_page(shared)
        if page is not None:
            pages[EVALUATION] = page
    if "outputs" in parts:
        paths = [p for p in documents() if p not in pages]
        pages.update(output_pages(paths))
    return pages


def check(pages: dict[Path, str]) -> list[Path]:
    """The files whose text on disk differs from ``pages``."""
    return [p for p, text in pages.items() if not p.exists() or p.read_text("utf-8") != text]
