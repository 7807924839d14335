"""Word tables of topic reading: which modifiers, nouns and dependencies name an issue.

Every table is English, not any article's: modifiers that hedge or count, nouns that only
frame another issue, nouns too general to stand alone, parts of the body (idioms),
listeners and venues, nouns and units that measure, and the dependency labels and
prepositions through which a phrase names what it is about.
"""

from __future__ import annotations

from .stance.words import BAN_NOUNS, NEED_NOUNS, NOUN_OPPOSE

__all__ = [
    "AUDIENCE_NOUNS",
    "BODY_NOUNS",
    "CHANGE_NOUNS",
    "CHANGE_VERBS",
    "DROP_MODIFIERS",
    "GENERIC_NOUNS",
    "LIGHT_NOUNS",
    "MEASURE_NOUNS",
    "UNIT_NOUNS",
]


def _table(words: str) -> frozenset[str]:
    """A word table written as prose: whitespace-separated, one entry per word."""
    return frozenset(words.split())


#: Nouns of a change in amount: a compound they head is an act on what its modifier names
#: ("tax cut", "fare increase"), not a kind of it, and taking a side on the change is
#: not taking the same side on the thing (backing a tax cut opposes taxes).
CHANGE_NOUNS: frozenset[str] = _table(
    """
    cut increase hike rise raise reduction decrease boost rollback freeze cap
    """
)
#: Verbs of a change in amount and the nouns that name the same change: "cutting taxes"
#: is the article's "tax cut", "raising fares" its "fare increase" or "fare hike".
CHANGE_VERBS: dict[str, frozenset[str]] = {
    "cut": _table("cut reduction"),
    "slash": _table("cut reduction"),
    "reduce": _table("cut reduction"),
    "lower": _table("cut reduction"),
    "raise": _table("increase hike rise raise"),
    "increase": _table("increase hike rise"),
    "hike": _table("hike increase rise"),
    "boost": _table("boost increase"),
    "freeze": _table("freeze"),
    "cap": _table("cap"),
}
#: Modifiers that say how sure, how many, which or when, not what: they never change the issue.
DROP_MODIFIERS: frozenset[str] = _table(
    """
    potential possible any some such this that these those the a an other another
    further new current present so-called alleged proposed planned future latest recent
    ongoing continuing upcoming apparent suspected presumed purported probable likely
    certain various several many much more most few main major minor overall actual real
    enough less fewer least numerous multiple countless
    whole full entire own same following previous particular specific additional broad
    pct percent per cent mln bln million billion trillion dlr dlrs dollar dollars
    """
)


#: Nouns that frame another issue: "the framework for X", "the prospect of X".
_FRAMING_NOUNS: frozenset[str] = _table(
    """
    framework prospect possibility idea issue question matter subject topic notion
    concept plan proposal proposals development developments necessity need role part
    kind type form sort aspect details detail terms level issue form way means
    discussion discussions talk talks negotiation negotiations debate commitment
    readiness openness willingness insistence attempt effort bid call demand request
    offer support opposition backing criticism rejection announcement announcements
    mention reference sign signal indication position stance attitude approach message
    """
)
#: Nouns that frame another issue, and nouns of prohibition, removal, need or objection
#: ("an end to X", "no justification for X", "concerns about X"): the topic is X, toward
#: which the stance is read.
LIGHT_NOUNS: frozenset[str] = _FRAMING_NOUNS | BAN_NOUNS | NEED_NOUNS | NOUN_OPPOSE


#: Nouns too general to be an issue by themselves ("things", "the issue", "both sides",
#: "a big deal", "the end of X", "his father"): they hand over to their complement
#: ("changes to the tax code" -> tax code) and otherwise never stand alone as a topic.
GENERIC_NOUNS: frozenset[str] = _table(
    """
    thing word issue matter question problem point people change deal side
    stuff kind sort lot fact way place money
    friend father mother son daughter brother sister wife husband family man woman
    boy girl child kid guy person folk everybody everyone somebody someone
    """
)


#: Phrases too vague to name an issue on their own.
_VAGUE: frozenset[str] = _table(
    """
    thing something anything everything nothing way lot time one it this that what
    sense case event fact view respect regard term
    """
)


#: Parts of the body: in political speech they figure in idioms ("has their backs",
#: "showed more spine", "a slap in the face", "the upper hand"), never as the issue.
BODY_NOUNS: frozenset[str] = _table(
    """
    back backbone spine hand finger thumb fist arm elbow shoulder neck head face eye
    ear nose mouth lip tongue tooth teeth cheek chin brow forehead heart stomach belly
    gut leg knee foot feet toe heel skin bone blood hair nerve
    """
)


#: Nouns for what someone said ("Varga's comments", "Varga's attack on the judge").
_SPEECH_NOUNS: frozenset[str] = _table(
    "comment remark statement word suggestion claim assertion attack rhetoric"
)


#: Listeners and venues of a statement ("told reporters", "at a news conference"), not topics.
AUDIENCE_NOUNS: frozenset[str] = _table(
    """
    reporter journalist press conference meeting interview session briefing audience
    crowd supporter viewer reader listener radio television newspaper
    """
)


#: Entity types that are actors, places or quantities, never an issue by themselves.
_NOT_TOPIC_ENTS: frozenset[str] = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "NORP",
        "DATE",
        "TIME",
        "CARDINAL",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "ORDINAL",
    }
)


_QUANTITY_ENTS: frozenset[str] = frozenset(
    {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
)


_DROP_DEPS: frozenset[str] = frozenset(
    {"det", "predet", "poss", "nummod", "quantmod", "punct", "case", "advmod", "cc", "neg"}
)


_PREPS_OF_TOPIC: frozenset[str] = frozenset(
    {"for", "against", "on", "about", "of", "to", "over", "regarding", "concerning"}
)


#: Words a name's acronym skips ("Organization of Petroleum Exporting Countries" -> OPEC).
_ACRONYM_SKIP: frozenset[str] = _table("of and for the on in & -")


_OBJECT_DEPS: tuple[str, ...] = ("dobj", "obj", "nsubjpass", "attr", "oprd", "acomp")


#: Words that point back to something said before rather than name it.
_POINTERS: frozenset[str] = _table("it this that these those")


#: Nouns that, with "the" and nothing else, name again something just mentioned
#: ("the move", "the measure", "the step").
_ANAPHORIC_NOUNS: frozenset[str] = _table("move measure step decision plan idea scheme action")


#: Units of measure ("every tonne of grain", "a mile from the port"): with a complement
#: they measure it, alone they name no issue.
UNIT_NOUNS: frozenset[str] = _table(
    """
    tonne ton barrel pound kilo kilogram gram ounce gallon litre liter bushel bale acre
    hectare metre meter mile kilometre kilometer
    """
)


#: Nouns that measure what their complement names ("the price of copper", "the level of
#: imports", "the cost of the program", "every tonne of grain"): an amount of an issue,
#: not the issue itself.
MEASURE_NOUNS: frozenset[str] = UNIT_NOUNS | _table(
    """
    price cost level rate share value amount number volume figure percentage total
    size growth fall rise decline increase drop
    """
)
