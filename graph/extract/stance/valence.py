"""The evaluative weight of a word: the VADER lexicon plus a table of policy words.

VADER (English, shipped in the ``vaderSentiment`` package) scores social-media words;
:data:`EVALUATIVE` adds or re-weighs the policy judgements news prose uses.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "EVALUATIVE",
    "valence",
]

#: Evaluative policy words VADER lacks or weighs for social media rather than news.
EVALUATIVE: dict[str, float] = {
    "essential": 1.5,
    "necessary": 1.2,
    "crucial": 1.5,
    "critical": 1.0,
    "vital": 1.5,
    "indispensable": 1.5,
    "important": 1.0,
    "key": 0.8,
    "imperative": 1.2,
    "constructive": 1.5,
    "productive": 1.5,
    "reasonable": 1.2,
    "fair": 1.2,
    "legitimate": 1.2,
    "robust": 1.0,
    "appropriate": 1.2,
    "inappropriate": -1.5,
    # policy judgements VADER does not list
    "sensible": 1.2,
    "prudent": 1.2,
    "pragmatic": 1.0,
    "balanced": 1.0,
    "workable": 1.2,
    "unworkable": -1.5,
    "unrealistic": -1.5,
    "counterproductive": -1.5,
    "excessive": -1.5,
    "arbitrary": -1.2,
    "optimistic": 1.5,
    # verdicts on an outcome, read as predicate nominals ("the ruling was a setback")
    "victory": 2.0,
    "breakthrough": 2.0,
    "achievement": 2.0,
    "boon": 2.0,
    "setback": -1.5,
    "blow": -1.5,
    "debacle": -2.5,
    "blunder": -2.0,
    "sham": -2.0,
    "favourable": 2.1,
    "unfavorable": -2.1,
    "unfavourable": -2.1,
    "unacceptable": -2.5,
    "inadmissible": -2.0,
    "illegitimate": -2.0,
    "illegal": -2.0,
    "unlawful": -2.0,
    "unconstitutional": -2.0,
    "irresponsible": -2.0,
    "reckless": -2.0,
    "dangerous": -2.0,
    "draconian": -2.0,
    "meaningless": -2.0,
    "disappointing": -2.0,
    "provocative": -1.5,
    "provocation": -1.5,
    "aggression": -2.0,
    "aggressor": -2.0,
    "aggressors": -2.0,
    "hinder": -1.5,
    "decimate": -2.5,
    "avenge": -2.0,
    "retaliate": -1.5,
    "escalate": -1.5,
    "escalation": -1.5,
    "exacerbate": -1.5,
    "endanger": -2.0,
    "jeopardize": -2.0,
    "jeopardise": -2.0,
    "undermine": -1.5,
    "violate": -2.0,
    "violation": -2.0,
    "failure": -1.5,
    "flawed": -1.5,
    # harms a thing has, which VADER leaves out ("the plan has flaws")
    "flaw": -1.5,
    "drawback": -1.2,
    "shortcoming": -1.2,
    "pitfall": -1.2,
    "misguided": -1.5,
    # concern and obstruction, which VADER leaves out or scores near zero
    "concerned": -1.5,
    "obstruction": -1.5,
    "obstruct": -1.5,
    "stumbling": -1.0,  # "a stumbling block"
    "unyielding": -1.5,
    "exclude": -1.5,
    "impoverish": -2.0,
    "cripple": -2.0,
    # failing to heed something judges whoever did it, past or not ("overlooked the cost")
    "overlook": -1.5,
    "neglect": -1.5,
    "ignore": -1.5,
    "disregard": -1.5,
    # misconduct judges whoever did it, as a past act too ("lied about the costs");
    # "lie" itself is left out, it also places things ("the problem lies in")
    "lied": -1.6,
    "deceive": -1.7,
    "mislead": -1.7,
    "cheat": -2.0,
    "betray": -3.0,
    "squander": -2.0,
    "waste": -1.8,
    "mismanage": -2.0,
    "bungle": -1.8,
    "defraud": -2.5,
    # fitness for an office or a task ("qualified" is left out: "qualified support" is
    # limited support), and talks that bore fruit or none
    "unfit": -2.0,
    "unqualified": -1.5,
    "overdue": 1.0,  # "the reform is long overdue": it should have come already
    "fruitful": 1.5,
    "fruitless": -1.5,
    "bolster": 1.2,
    "strengthen": 1.2,
    "safeguard": 1.2,
    "obstacle": -1.0,
    "impasse": -1.0,
    "deadlock": -1.0,
    "not": 0.0,
}
#: Parts of speech whose words evaluate; nouns mostly name the topic ("war", "crisis")
#: and would make every statement about a conflict negative.
_EVALUATIVE_POS: frozenset[str] = frozenset({"ADJ", "ADV", "VERB"})


@cache
def _vader() -> dict[str, float]:
    """The VADER lexicon (word -> valence in [-4, 4]); empty if the package is missing."""
    from importlib.resources import files

    try:
        text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                lexicon[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return lexicon


def valence(token: Token) -> float:
    """The evaluative weight of one word (0 for neutral words)."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in EVALUATIVE:
        return EVALUATIVE[lower]
    if lemma in EVALUATIVE:
        return EVALUATIVE[lemma]
    vader = _vader()
    return vader.get(lower, vader.get(lemma, 0.0))
