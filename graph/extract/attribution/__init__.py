"""Who said what: attributions read off spaCy's dependency parse, one pass per sentence.

An attribution is a cue (a reporting verb such as "said", a position verb such as
"opposed", or "according to"), one or more speakers (actor keys) and the content (the
clausal complement or object). Nesting is resolved within the sentence: in "X reported
that Y said ..." Y is the speaker and X only relays it (``reported_by``).

The modules, each one job: :mod:`.cues` (word classes), :mod:`.spans` (the record and
the spans it holds), :mod:`.subjects` (the noun phrases a subject is: members, shares,
collectives, documents' authors), :mod:`.speakers` (a mention to an actor key), :mod:`.verbs` (verb
cues), :mod:`.frames` (cues beside the reporting verb: positions held, "quoted as",
declining to comment, "made it clear"), :mod:`.constructions` (noun, adjective and
preposition cues), :mod:`.reactions` (verbs of feeling: "the plan angered X"),
:mod:`.transcripts` (speaker labels before a colon), :mod:`.contrasts` ("By contrast, X
said"), :mod:`.nesting` (reporter versus speaker, two claims in one), :mod:`.runons` (a
quotation claimed by the next sentence's cue, not run on from the one before),
:mod:`.questions` (what was asked is nobody's statement),
:mod:`.filter` (candidates the rules did not read, checked by a learned model) and
:mod:`.assembly` (an article, sentence by sentence).
"""

from .assembly import find_attributions
from .spans import Attribution

__all__ = ["Attribution", "find_attributions"]
