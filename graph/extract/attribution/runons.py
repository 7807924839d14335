"""A quotation read as a run-on of the speaker before, claimed by the next sentence's cue.

"“We will cut the fees,” Roe said. “Is that fair?” Hale asked.": the sentence splitter
ends a sentence at the question mark, so “Is that fair?” first reads as Roe's quotation
running on; the next sentence's cue ("Hale asked.") takes it as its content, and the
quotation is that cue's statement alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .spans import Attribution


def _runs_on(found: Sequence[Attribution]) -> bool:
    """Whether a sentence's attributions all carry on a quotation from a sentence before
    (their cue lies before the sentence)."""
    return bool(found) and all(a.cue.i < a.sentence.start for a in found)


def _claims_before(found: Sequence[Attribution]) -> bool:
    """Whether a cue of the sentence takes the sentence before as its content."""
    return any(
        a.content is not None
        and a.content.end <= a.sentence.start
        and a.sentence.start <= a.cue.i < a.sentence.end
        for a in found
    )


def claimed_quotations(per_sentence: list[list[Attribution]]) -> Iterator[Attribution]:
    """The attributions of each sentence in turn, without a run-on whose quotation the
    next sentence's cue claims."""
    for at, found in enumerate(per_sentence):
        after = per_sentence[at + 1] if at + 1 < len(per_sentence) else []
        if _claims_before(after) and _runs_on(found):
            continue
        yield from found
