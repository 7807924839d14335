"""Transcripts: a paragraph that opens with its speaker's name and a colon ("KELLER: I
think ...", "“MR. ROE: ..."), and the speaker before a colon that introduces what they say
("Brown: the data show ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    TITLE_WORDS,
)
from .spans import _Candidate, _strip, _subtree_span
from .speakers import _Speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Marks that may open a transcript's paragraph before its speaker label.
_LABEL_OPENERS = frozenset({'"', "“", "``", "'"})

# Most words a speaker label has: a title and a name of up to three words.
_LABEL_WORDS = 4


# Nouns of documents, outlets and bodies: a label headed by one is no person speaking.
_NOT_PEOPLE = DOCUMENT_NOUNS | OUTLET_NOUNS | ORG_NOUNS


def _paragraph_start(sentence: Span) -> bool:
    """Whether a sentence opens a paragraph (it follows a line break or opens the text)."""
    start = sentence.start
    return start == 0 or (sentence.doc[start - 1].is_space and "\n" in sentence.doc[start - 1].text)


def _label(sentence: Span) -> tuple[Span, Token] | None:
    """The name before a colon that opens a paragraph: "KELLER: ...", "“MR. ROE: ...".

    The name is one to four upper-case or title-case words (a title's full stop aside),
    alone between the paragraph's start, or its opening quote mark, and the colon.
    """
    if not _paragraph_start(sentence):
        return None
    doc = sentence.doc
    start = sentence.start
    while start < sentence.end and doc[start].is_space:
        start += 1
    if start < sentence.end and doc[start].text in _LABEL_OPENERS:
        start += 1
    words = 0
    for tok in doc[start : min(sentence.end, start + 2 * _LABEL_WORDS)]:
        if tok.text == ":":
            return (doc[start : tok.i], tok) if words else None
        if tok.text == "." and tok.i > start and _is_title(doc[tok.i - 1]):
            continue  # "MR. ROE"
        if words == _LABEL_WORDS or not (
            (tok.is_alpha and (tok.is_upper or tok.is_title)) or _is_title(tok)
        ):
            return None
        words += 1
    return None


def _is_title(token: Token) -> bool:
    """Whether a word is a title before a name ("Mr.", "SEN", "Governor")."""
    lower = token.lower_
    return lower in TITLE_WORDS or f"{lower}." in TITLE_WORDS


def _name_words(name: Span) -> list[Token]:
    """A label's words without its leading titles and their full stops."""
    words = [t for t in name if t.text != "."]
    while len(words) > 1 and _is_title(words[0]):
        words = words[1:]
    return words


def transcript_labels(doc: Doc) -> set[str]:
    """Labels that take turns in a transcript: a dialogue's speakers, by lower-cased name.

    An upper-case name before a colon is a speaker's label when it opens at least two
    paragraphs and another such name does too: a heading such as "UPDATE:" or
    "Analysis:" does not take turns with another.
    """
    counts: dict[str, int] = {}
    for sentence in doc.sents:
        found = _label(sentence)
        if found is not None and all(t.is_upper for t in found[0] if t.is_alpha):
            form = " ".join(t.lower_ for t in _name_words(found[0]))
            counts[form] = counts.get(form, 0) + 1
    recurring = {form for form, n in counts.items() if n >= 2}
    return recurring if len(recurring) >= 2 else set()


def _speaker_label(sentence: Span, speakers: _Speakers, turns: set[str]) -> _Candidate | None:
    """ "KELLER: We have to cut taxes now.": a transcript's speaker label.

    The name before a colon at the start of a paragraph is the speaker of the rest of
    the paragraph when the name takes turns with another in the article (``turns``),
    when it is the surname of a person the article names, or when it is already an
    actor's mention; outside a dialogue, what follows must be a claim (:func:`_claim`).
    A label alone in its sentence has no content yet: the turn goes on
    in the next sentence.
    """
    found = _label(sentence)
    if found is None:
        return None
    name, colon = found
    doc = sentence.doc
    after = [t for t in doc[colon.i + 1 : sentence.end] if not t.is_space]
    if after and sum(t.is_alpha for t in after) < 2:
        return None  # "QUADE: 1,769.": a tally, no claim
    words = _name_words(name)
    form = " ".join(t.lower_ for t in words)
    if len(form) == 1:
        return None  # "Q:" and "A:" mark an interview's turns, not who takes them
    if form not in turns and after and not _claim(doc[colon.i + 1 : sentence.end]):
        return None  # "Roe: Survive the first round.": a heading on Roe, no turn of hers
    index = speakers.index
    key = index.surnames.get(form) or next(
        (index.by_token[t.i] for t in words if t.i in index.by_token), None
    )
    if key is None:
        if form not in turns:
            return None
        label = " ".join(t.text.capitalize() if t.is_upper else t.text for t in words)
        key = index.add(label, "Person", alias=label)
        index.mention(doc[words[0].i : words[-1].i + 1], key)
    content = _strip(doc[colon.i + 1 : sentence.end]) if after else None
    return _Candidate(colon, ":", [key], content, False, subjects={key: words[-1]})


# Subjects of a clause: what a claim after a colon has and a title's subtitle lacks.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


# Tags of quotation marks, single and double, straight and curly; a possessive
# apostrophe ("the workers' port") is tagged POS and opens no quotation.
_QUOTE_TAGS = frozenset({"``", "''"})

# Tags of a finite verb: a headline's claim may drop its subject ("Urges X to ...").
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _claim(after: Span) -> bool:
    """Whether the words after a colon say something: a quotation, a clause with a
    subject ("the plan is a mistake") or a finite verb ("Urges voters to stay"), not a
    noun phrase ("A Town Adrift") or a bare command ("Keep the base happy."). Words in a
    headline's title case need a subject or a finite verb too: a quotation mark there
    may only close the title of a work."""
    said = any(t.dep_ in _SUBJECTS or t.tag_ in _FINITE_TAGS for t in after)
    long_words = [t for t in after if t.is_alpha and len(t) > 3]
    if long_words and all(t.is_title for t in long_words):
        return said
    return said or any(t.tag_ in _QUOTE_TAGS and t.pos_ == "PUNCT" for t in after)


def _addressed(key: str, name: Span, after: Span, speakers: _Speakers) -> bool:
    """Whether the actor found for a label is only the one it addresses: in "MORA:
    Minister Dunn, were you told ...?" the parse may hang "Dunn" on the label, but Dunn is
    spoken to, not speaking."""
    actor_of = speakers.index.actor_of
    return not any(actor_of(t) == key for t in name) and any(actor_of(t) == key for t in after)


def _colon_source(sentence: Span, speakers: _Speakers) -> _Candidate | None:
    """ "Mora: the plan is a mistake", "... - Acme Research: “All samples ...”".

    A short name at the start of a sentence (or after a dash) followed by a colon
    introduces what that source says, in headlines and in lists of quotes, when what
    follows is a claim (:func:`_claim`).
    """
    doc = sentence.doc
    start = sentence.start
    while start < sentence.end and doc[start].is_space:
        start += 1
    for tok in sentence:
        if tok.text in ("-", "—", "–") and tok.i < sentence.end - 3:
            start = tok.i + 1
        if tok.text != ":":
            continue
        name = doc[start : tok.i]
        if not 1 <= len(name) <= 5 or tok.i + 2 >= sentence.end:
            return None
        head = name.root
        if name[0].lower_ in ("from", "more"):
            # "More from the report: “...”": the object of "from" is the source
            pobj = next((t for t in name if t.dep_ == "pobj" and t.head.lower_ == "from"), None)
            head = pobj if pobj is not None else head
        if head.pos_ not in ("PROPN", "NOUN") or any(t.pos_ == "VERB" for t in name):
            return None
        if sum(t.is_alpha for t in doc[tok.i + 1 : sentence.end]) < 2:
            return None  # "Brown: 1,769.", "float:left": a tally or code, no claim
        if (
            head.pos_ == "NOUN"
            and head.is_lower
            and not any(t.i in speakers.index.by_token for t in name)
            and (
                head.lemma_.lower() not in _NOT_PEOPLE
                or any(c.dep_ == "poss" for c in head.children)
            )
        ):
            return None  # "A reminder: ...", "Editor's note: ...": the writer's own aside
        if not _claim(doc[tok.i + 1 : sentence.end]):
            return None  # "Harbor Notes: A Town Adrift": a title and its subtitle
        key = speakers.of(head, set(), generic=True)
        if key is None or _addressed(key, name, doc[tok.i + 1 : sentence.end], speakers):
            return None
        content = _subtree_span(doc, list(doc[tok.i + 1 : sentence.end]))
        if content is not None and content.start <= tok.i:
            # the parse hung the label on the claim's verb: the claim is what follows
            content = _strip(doc[tok.i + 1 : sentence.end])
        return _Candidate(tok, ":", [key], content, False, subjects={key: head})
    return None
