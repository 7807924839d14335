"""Sentences set against what came before: "By contrast, X said ..." disagrees with the
actor who spoke last before, as the writer places the two on opposite sides."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .spans import Attribution

__all__ = ["by_contrast"]


def _opens_with_contrast(sentence: Span) -> bool:
    """ "By contrast, X said ...", "In contrast, X ...": the sentence sets what follows
    against what came before (not "in contrast to Y", which names whom)."""
    words = [t for t in sentence if not t.is_space][:3]
    if len(words) < 3 or words[0].lower_ not in {"by", "in"} or words[1].lower_ != "contrast":
        return False
    return words[2].text == "," and not any(c.dep_ == "prep" for c in words[1].children)


def by_contrast(found: list[Attribution], before: list[list[Attribution]]) -> list[Attribution]:
    """ "By contrast, X said ...": X disagrees with whoever spoke last before (the first
    speaker of the latest sentence with someone else speaking); statements with a
    relation of their own keep it."""
    if not found or not _opens_with_contrast(found[0].sentence):
        return found
    result = []
    for a in found:
        others = (
            next((b.speaker for b in sentence if b.speaker not in (a.speaker, a.reported_by)), None)
            for sentence in reversed(before)
        )
        other = next((o for o in others if o is not None), None)
        if a.relation or other is None:
            result.append(a)
        else:
            result.append(replace(a, target_actor=other, relation="disagree"))
    return result
