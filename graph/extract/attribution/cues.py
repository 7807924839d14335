"""Word classes the attribution rules read cues and sources by."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from ..lexicon import (
    ATTITUDE_OPPOSE,
    ATTITUDE_SUPPORT,
    POSITION_VERBS,
    REPORTING_VERBS,
)
from ..quotation import QUOTE_MARKS

# Dependencies that hold what was said: "said [that X]", "wants [to X]", "“X,” he said".
_CLAUSAL = frozenset({"ccomp", "xcomp", "parataxis"})

# Objects that hold a position's target: "opposed [X]", "called [for X]".
_OBJECTS = frozenset({"dobj", "obj", "attr"})

_POSITION_PREPS = frozenset({"for", "against", "on", "with", "to", "about", "over"})

# Verbs whose object is the listener, not the content ("told reporters").
_LISTENER_VERBS = frozenset({"tell", "inform", "notify", "brief", "ask", "assure", "reassure"})

# Light verbs whose object carries the meaning ("expressed [openness]"): the cue keeps it.
_LIGHT_VERBS = frozenset({"express", "voice", "offer", "issue", "make", "raise"})

# A verb in one of these roles modifies a noun ("the reported deal"), it reports nothing.
_NOMINAL_DEPS = frozenset({"amod", "acl", "compound", "nmod", "pcomp"})

_QUOTES = QUOTE_MARKS

_OPENING = frozenset({'"', "“", "``", "''"})

# Plain saying verbs: "X said Y opposed Z" relays Y's position, it is not X's own.
_NEUTRAL_RELAYS = frozenset({"say", "tell", "add", "note"})

# Participles that report speech of their own ("..., saying that ..."), unlike "advocating".
_SPEECH_PARTICIPLES = frozenset(
    {"say", "add", "note", "argue", "claim", "warn", "insist", "explain", "tell", "write"}
)

# Nouns of a body of members: "a group of farmers", "a coalition of states".
_COLLECTIVES = frozenset({"group", "coalition", "bloc", "alliance"})

_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})

_HYPOTHETICAL = frozenset({"if", "unless", "whether"})

_FIRST_PERSON = frozenset({"i", "we"})

# Noun cues whose "of" object is what they are about ("criticism of X", "support of X").
_OF_TARGET_NOUNS = frozenset(
    {
        "criticism",
        "support",
        "opposition",
        "rejection",
        "praise",
        "endorsement",
        "backing",
        "denial",
        "attack",
        "attacks",
        "condemnation",
        "accusation",
        "accusations",
    }
)

# Lemmas the small English model gets wrong, keyed by (lemma, first letters of the word).
_LEMMA_FIXES = {
    ("hop", "hope"): "hope",
    ("retweete", "retw"): "retweet",
}

# Verbs of talk that state a position only about something ("spoke about X", not "spoke
# to reporters").
_TALK_VERBS = frozenset({"talk", "speak"})

# "declined to comment", "refused to confirm": a statement of no position.
_DECLINE_VERBS = frozenset({"decline", "refuse"})

# Cognition verbs of wanting, whose object alone is a position ("X wants change").
_DESIRE_VERBS = frozenset({"want", "prefer"})

# Cognition verbs of judging, a position with "as" ("X sees the plan as a mistake").
_VIEW_VERBS = frozenset({"see", "view", "regard"})

# Subjects that stand for one more member of a group just quoted ("Another said ...").
_ELLIPTIC = frozenset({"another", "one"})

# How far back (in tokens) "another" may look for the group whose member spoke.
_WINDOW_MEMBERS = 400

# Heads of a subject that count or measure rather than name someone ("67 percent say").
_NOT_SOURCES = frozenset(
    {"percent", "%", "third", "thirds", "half", "majority", "number", "share", "average"}
)

# Words that pick some of a group named after them ("some of the farmers", "many in the
# crowd"): the group is the source.
_QUANTIFIERS = frozenset(
    {"some", "many", "most", "several", "few", "all", "none", "each", "both", "handful", "dozens"}
)

# Prepositions that name the group a quantifier picks from.
_QUANTIFIED_PREPS = frozenset({"of", "among", "in"})

_ATTITUDES = ATTITUDE_SUPPORT | ATTITUDE_OPPOSE

# Unions the hot paths test against, built once rather than on every token.
_STATEMENT_VERBS = REPORTING_VERBS | POSITION_VERBS

_PARTICIPLE_CUES = _SPEECH_PARTICIPLES | POSITION_VERBS

# Cues that, under "X said ...", still report someone's position.
_RELAYED_CUES = REPORTING_VERBS | _ATTITUDES

# How often each lemma is (part of) an attribution cue in PolNeAR's training articles:
# ``lemma<TAB>cues<TAB>occurrences``, written by ``python -m training.cue_words``.
CUE_TABLE = Path(__file__).resolve().parents[2] / "data" / "attribution" / "cue_words.tsv"
# A verb no list names is a cue when at least this share of its uses, and this many, were.
LEARNED_SHARE = 0.5
LEARNED_LEAST = 4


@cache
def cue_table(path: Path = CUE_TABLE) -> Mapping[str, tuple[int, int]]:
    """(times a cue, occurrences) of each lemma in PolNeAR train; empty without the table."""
    table: dict[str, tuple[int, int]] = {}
    if not path.is_file():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            table[parts[0]] = (int(parts[1]), int(parts[2]))
    return table


def learned_cues(
    path: Path = CUE_TABLE, share: float = LEARNED_SHARE, least: int = LEARNED_LEAST
) -> frozenset[str]:
    """The lemmas the table says are cues in ``share`` of their uses, and ``least`` times.

    An absent table gives none: the hand lists then stand alone.
    """
    return frozenset(
        lemma
        for lemma, (cues, uses) in cue_table(path).items()
        if cues >= least and cues >= share * uses
    )


# Verbs learned to be cues that the hand lists above do not name: a verb cue like a
# position verb ("X bemoaned the delay", "X speculated that ...").
LEARNED_VERBS = learned_cues() - _STATEMENT_VERBS
