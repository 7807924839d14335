"""Errors a user can act on. The CLI prints their message on one line and exits non-zero.

Anything raised as a :class:`StancegraphError` is the user's input or environment, never a
bug: the message says what was wrong and where (file, line), and that nothing was written.
"""

from __future__ import annotations

__all__ = [
    "GraphFileError",
    "InputError",
    "OutputError",
    "PipelineError",
    "QueryError",
    "StancegraphError",
]


class StancegraphError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 1


class InputError(StancegraphError):
    """An input path or file that cannot be read as articles."""

    exit_code = 2


class GraphFileError(StancegraphError):
    """A graph file (Turtle, N-Triples, JSON-LD) or store that cannot be loaded."""

    exit_code = 2


class OutputError(StancegraphError):
    """An output file that cannot be written (read-only folder, no permission, disk full);
    the file that was there before is left as it was."""

    exit_code = 1


class QueryError(StancegraphError):
    """A SPARQL query that does not parse or cannot run."""

    exit_code = 2


class PipelineError(StancegraphError):
    """A spaCy pipeline that cannot be loaded."""

    exit_code = 2
