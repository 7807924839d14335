"""An article's attributions, sentence by sentence, with quotations over sentences."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors import ActorIndex
from ..lexicon import (
    BELIEF_ADJECTIVES,
    COGNITION_VERBS,
    NOUN_CUES,
    POSITION_VERBS,
    QUOTE_ONLY_VERBS,
    RAISED_NOUNS,
    RELAY_VERBS,
    REPORTING_VERBS,
    STANCE_AGENT_NOUNS,
)
from .constructions import (
    SOURCE_HEADS,
    _according_to,
    _attitude,
    _noun_cue,
    _stance_agent,
    _stand,
)
from .contrasts import by_contrast
from .cues import (
    _ATTITUDES,
    _DECLINE_VERBS,
    _LEMMA_FIXES,
    _OPENING,
    _QUOTES,
    LEARNED_VERBS,
)
from .frames import (
    _ANSWER_VERBS,
    _cognition,
    _declined,
    _made_clear,
    _quoted_as,
    _taken_stand,
    _unanswered,
    saying_as,
)
from .nesting import _claims, _resolve_nesting
from .questions import in_question
from .reactions import reaction
from .runons import claimed_quotations
from .spans import (
    Attribution,
    _Candidate,
    _opens_paragraph,
    _paragraph_reopens,
    _strip,
    _subtree_span,
)
from .speakers import _Speakers
from .transcripts import _colon_source, _paragraph_start, _speaker_label, transcript_labels
from .verbs import _beside_quote, _cue_text, _verb_candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def find_attributions(doc: Doc, index: ActorIndex) -> Iterator[Attribution]:
    """Every attributed statement of a parsed article, sentence by sentence.

    A sentence that only continues a quotation ("... ,” she said. “We will ...”) belongs
    to the speaker of the quotation begun in the sentence before; sentences that open a
    quotation whose cue comes only at its end (“We will fight. We will win,” she said.)
    belong to that cue's speaker.
    """
    speakers = _Speakers(index)
    speakers.in_quotes = speakers.antecedents.quoted = index.quoted
    speakers.antecedents.add_surnames(doc)
    speakers.antecedents.add_reflexive_genders(doc)
    inside = False
    previous: list[Attribution] = []
    last_sentence: Span | None = None
    per_sentence: list[list[Attribution]] = []
    # sentences of a quotation still open, with no cue outside it: their speaker may be
    # named when the quotation closes
    pending: list[tuple[int, Span]] = []
    turns = transcript_labels(doc)
    # the attributions of a transcript's speaker label, while its paragraph goes on
    turn: list[Attribution] = []
    # a label the parser made a sentence of its own ("QUADE:"), with that sentence
    held: tuple[_Candidate, Span] | None = None
    for sentence in doc.sents:
        if wire_headline(sentence):
            per_sentence.append([])
            continue
        label: _Candidate | None = None
        if held is not None and not _paragraph_start(sentence):
            # the turn starts with the label's sentence and the one after it
            label, label_sentence = held
            label.content = _strip(sentence)
            sentence = doc[label_sentence.start : sentence.end]
            per_sentence.pop()
        elif turn and not _paragraph_start(sentence):
            # "KELLER: We must act. The deficit is too high.": the rest of a speaker's turn
            # is the speaker's, cues in it included
            turn = _continued(turn, sentence)
            per_sentence.append(turn)
            previous = turn
            last_sentence = sentence
            continue
        held = None
        if label is None:
            if turn:
                # the turn's paragraph is over, and with it the quotation its mark opened
                inside = False
                pending = []
            turn = []
            label = _speaker_label(sentence, speakers, turns)
            if label is not None:
                # a turn opens its own quotation, whatever the paragraph before left open
                inside = False
                pending = []
            if label is not None and label.content is None:
                held = (label, sentence)
                per_sentence.append([])
                previous = []
                last_sentence = sentence
                continue
        opening = _opening(sentence)
        if opening is not None and _opens_paragraph(opening):
            # a paragraph opening without a quotation mark ends the quotation the one before
            # left open; one opening with a mark opens a quotation, whatever came before
            carried = inside and _paragraph_reopens(opening)
            pending = pending if carried and _quotation_paragraph(pending) else []
            inside = False
        quoted = inside
        opened_before = inside or bool(pending)
        first = True
        in_quotes: set[int] = set()
        cands: dict[int, _Candidate] = {}
        cites: list[Token] = []
        # the first colon, where a transcript's speaker label ends ("BROWN: I think ...")
        colon: int | None = None
        for token in sentence:
            text, lower, dep = token.text, token.lower_, token.dep_
            lemma = token.lemma_.lower()
            lemma = _LEMMA_FIXES.get((lemma, lower[:4]), lemma)
            if text == ":" and colon is None:
                colon = token.i
            if first and not token.is_space:
                first = False
                quoted = quoted or text in _OPENING
            # quotation marks: which tokens are inside a quotation, and whether one is
            # still open at the end of the sentence
            if text in _QUOTES:
                inside = text in ("“", "``") or (text != "”" and not inside)
                continue
            if inside:
                in_quotes.add(token.i)
            if lower in SOURCE_HEADS and (cand := _according_to(token, speakers)):
                cands[token.i] = cand
            elif dep in ("acomp", "oprd") and (
                lower in _ATTITUDES or lemma in _ATTITUDES or lower in BELIEF_ADJECTIVES
            ):
                cand = _attitude(token, speakers)
                if cand:
                    cands[token.i] = cand
            elif dep == "prep" and lower in ("against", "in", "for"):
                cand = _stand(token, speakers)
                if cand:
                    cands[cand.cue.i] = cand
            elif token.pos_ == "NOUN" and lemma in STANCE_AGENT_NOUNS:
                if cand := _stance_agent(token, speakers):
                    cands[token.i] = cand
            elif token.pos_ == "NOUN" and (
                lemma in NOUN_CUES or (participle := _proposing(token)) is not None
            ):
                cand = _noun_cue(token, speakers)
                if cand:
                    if lemma not in NOUN_CUES and participle is not None:
                        cand.cue_text = participle.text  # "the ministry's proposed tax"
                    cands[token.i] = cand
            elif token.pos_ == "VERB":
                if lemma == "cite" and token.tag_ == "VBG":
                    cites.append(token)
                    continue
                cand = _verb_cue(token, lemma, sentence, speakers, last_sentence)
                cand = cand or reaction(token, lemma, speakers)
                if cand:
                    cands[token.i] = cand
        if label is not None:
            # a turn's words are the labelled speaker's, as a quotation is its speaker's
            cands = {label.cue.i: label}
        first_cue = min(cands, default=sentence.end)
        if label is None and colon is not None and colon < first_cue:
            # "BROWN: I think ...": a transcript's speaker label comes before any cue of
            # what the speaker says
            cand = _colon_source(sentence, speakers)
            if cand and cand.cue.i < first_cue:
                for other in cands.values():
                    # "Berg: “The data show ...”": a cue inside the quotation is part of it
                    other.dropped = other.dropped or other.cue.i in in_quotes
                cands[cand.cue.i] = cand
        continues = (
            label is None
            and quoted
            and bool(previous)
            and sum(1 for t in sentence if t.is_alpha) >= 2
            and (
                any(t.text in _QUOTES for t in previous[0].sentence)
                # "Brown continued:" then the quotation in the next paragraph
                or previous[0].sentence.text.rstrip().endswith(":")
            )
        )
        only_quoted = quoted and all(c.cue.i in in_quotes for c in cands.values())
        if continues and only_quoted:
            # "... ,” she said. “I disagree with what he said.”": a cue inside the
            # quotation is part of what the quotation's speaker says
            cands = {}
        if not cands:
            relayed = _reporter_of(previous)
            if continues or _reported_on(relayed, sentence, speakers.in_quotes):
                continued = _continued(previous if continues else relayed, sentence)
                if continues:
                    continued = _own_relation(continued, sentence, speakers)
                per_sentence.append(continued)
                previous = continued
                pending = []
            else:
                previous = []
                per_sentence.append([])
                opened = quoted and inside  # still inside the quotation at its end
                pending = [*pending, (len(per_sentence) - 1, sentence)] if opened else []
            last_sentence = sentence
            continue
        _resolve_nesting(cands, cites, speakers, in_quotes)
        verbal = {k for c in cands.values() if not c.noun and not c.dropped for k in c.speakers}
        for cand in cands.values():
            if cand.noun and set(cand.speakers) <= verbal and not _named_owner(cand):
                cand.dropped = True  # "X said its offer ...": one statement
        found: list[Attribution] = []
        for cand in sorted(cands.values(), key=lambda c: c.cue.i):
            if cand.dropped:
                continue
            cue_text = cand.cue_text or (
                "according to" if cand.lemma == "according to" else _cue_text(cand.cue, cand.lemma)
            )
            # "quoted X as saying ...": stance and topic are read from the verb of speech
            said = (saying_as(cand.cue) if cand.lemma == "quote" else None) or cand.cue
            for speaker in cand.speakers:
                speakers.spoke(cand.cue, speaker)
                mention = cand.subjects.get(speaker) or cand.subjects.get(cand.reported_by or "")
                relation, target = speakers.relation(sentence, mention, speaker)
                found.extend(
                    Attribution(
                        cue=said,
                        cue_text=cue_text,
                        speaker=speaker,
                        content=claim,
                        sentence=sentence,
                        reported_by=cand.reported_by if cand.reported_by != speaker else None,
                        target_actor=target,
                        relation=relation,
                        source=cand.subjects.get(speaker),
                    )
                    for claim in _claims(cand.content, cand.cue)
                )
        closing = [a for a in found if a.cue.i not in in_quotes]
        if pending and opened_before and closing:
            # the quotation the pending sentences opened closes here, with its cue
            for at, earlier in pending:
                per_sentence[at] = _continued(closing, earlier)
        found = by_contrast(found, per_sentence)
        per_sentence.append(found)
        pending = [(len(per_sentence) - 1, sentence)] if only_quoted and inside else []
        previous = found
        last_sentence = sentence
        if label is not None:
            turn = found
    yield from claimed_quotations(per_sentence)


def _opening(sentence: Span) -> Token | None:
    """A sentence's first token that is not white space."""
    return next((t for t in sentence if not t.is_space), None)


def _quotation_paragraph(pending: list[tuple[int, Span]]) -> bool:
    """Whether the sentences of an open quotation began with a paragraph opened by a
    quotation mark, a quotation that may run on into the next paragraph (“We will fight.
    ¶ “We will win,” she said.), not a mark left unmatched in the writer's own text."""
    opening = _opening(pending[0][1]) if pending else None
    return opening is not None and _paragraph_reopens(opening)


def opening_line(sentence: Span) -> bool:
    """Whether a sentence is the text's first line, with more text after it: where news
    text puts its headline."""
    doc = sentence.doc
    if any(not t.is_space for t in doc[: sentence.start]):
        return False
    ends = sentence[-1].is_space and "\n" in sentence[-1].text
    after = doc[sentence.end] if sentence.end < len(doc) else None
    return (ends or (after is not None and after.is_space and "\n" in after.text)) and any(
        not t.is_space for t in doc[sentence.end :]
    )


def wire_headline(sentence: Span) -> bool:
    """Whether a sentence is a wire story's headline: the text's first line, alone in its
    paragraph and all in capitals ("MINISTERS SAY TALKS WILL GO ON"). A headline is the
    desk's summary of the story, not a statement of its own."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 3 and all(t.is_upper for t in words) and opening_line(sentence)


def _named_owner(cand: _Candidate) -> bool:
    """Whether a noun cue's owner is named again ("X said ..., given X's plan to ..."),
    a position of its own rather than the pronoun of the statement it is part of."""
    return any(t.pos_ == "PROPN" and t.dep_ == "poss" for t in cand.subjects.values())


def _continued(source: list[Attribution], sentence: Span) -> list[Attribution]:
    """The attributions of ``source``'s last cue carried over to another sentence."""
    content = _subtree_span(sentence.doc, [sentence.root])
    return [
        Attribution(a.cue, a.cue_text, a.speaker, content, sentence, a.reported_by)
        for a in source
        if a.cue.i == source[-1].cue.i
    ]


def _own_relation(
    found: list[Attribution], sentence: Span, speakers: _Speakers
) -> list[Attribution]:
    """A quotation's run-on sentence with the relation its speaker states in the first
    person ("“... ,” she said. “We part ways with the mayor here.”")."""
    mention = next(
        (t for t in sentence if t.lower_ in ("i", "we") and t.dep_ in ("nsubj", "nsubjpass")),
        None,
    )
    if mention is None:
        return found
    result = []
    for a in found:
        relation, target = speakers.relation(sentence, mention, a.speaker)
        result.append(replace(a, target_actor=target, relation=relation) if target else a)
    return result


# Modals of reported speech: in past-tense news, "would", "could", "should" and "might"
# carry on the indirect speech of the sentence before ("X said ... . The cuts would ...").
_BACKSHIFT_MODALS = frozenset({"would", "could", "should", "might"})

# Speech verbs whose indirect content may run on into the next sentence.
_RUN_ON_CUES = frozenset({"say", "tell", "add", "suggest", "argue", "explain", "warn", "predict"})


def _reporter_of(previous: list[Attribution]) -> list[Attribution]:
    """The reporter's own act when the last attribution relays someone else's position.

    "Brown said a group of members opposed the tax. Some of them would change sides.":
    what runs on is Brown's indirect speech, under his "said", not the group's stand.
    """
    reporter = previous[-1].reported_by if previous else None
    if reporter is None:
        return previous
    last = previous[-1]
    verb = next((t for t in last.cue.ancestors if t.lemma_.lower() in _RUN_ON_CUES), None)
    if verb is None:
        return previous
    return [Attribution(verb, verb.text, reporter, last.content, last.sentence)]


def _reported_on(previous: list[Attribution], sentence: Span, quoted: set[int]) -> bool:
    """Whether a sentence with no cue carries on the indirect speech of the one before.

    "Brown said the council erred. The cuts would hurt the poor.": the one sentence outside
    quotation marks right after a past-tense speech verb's reported clause, with a verb in the
    backshifted modal of reported speech (not in a relative clause), is still Brown's. A sentence in the
    writer's plain past or present tense is background, and so is one after a cue that comes
    after what it reports.
    """
    if not previous or any(t.i in quoted or t.text in _QUOTES for t in sentence):
        return False
    last = previous[-1]
    if last.cue.lemma_.lower() not in _RUN_ON_CUES or last.cue.i in quoted:
        return False
    if last.cue.tag_ != "VBD" or not last.sentence.start <= last.cue.i < last.sentence.end:
        # only a past-tense cue backshifts what it reports ("says" does not), and only
        # in the sentence right after the cue's own
        return False
    if any(t.text in _QUOTES for t in last.sentence):
        return False  # a quotation's run-on is read by the quotation marks
    if last.content is not None and last.content.end <= last.cue.i:
        # "The fee would rise, Brown said.": a cue after what it reports closes the report
        return False
    if sum(1 for t in sentence if t.is_alpha) < 4:
        return False
    # a modal in a relative clause ("relief which could come from a fee") describes
    # a thing; the backshift is of the sentence's own clauses
    return any(
        t.tag_ == "MD"
        and t.lower_ in _BACKSHIFT_MODALS
        and not any(_relative(a) or _held_by_other(a) for a in (t.head, *t.head.ancestors))
        for t in sentence
    )


def _held_by_other(clause: Token) -> bool:
    """Whether a clause is what a speech or thought verb of the sentence's own reports
    ("Under half agreed that fares would rise", "Some fear the levy could pass"): its
    modal is that verb's holder's, not a run-on of the speaker before."""
    if clause.dep_ != "ccomp":
        return False
    lemma = clause.head.lemma_.lower()
    return lemma in REPORTING_VERBS or lemma in POSITION_VERBS or lemma in COGNITION_VERBS


def _relative(verb: Token) -> bool:
    """Whether a verb heads a relative clause opened by a relative word ("relief which
    could come", "a fund from which it would pay"); a clause the parser hangs on a noun
    without one ("a danger some members would defect") is the sentence's own."""
    words = [g for c in verb.children for g in (c, *c.children) if c.dep_ != "relcl"]
    return verb.dep_ == "relcl" and any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") or (t.lower_ == "that" and t.head.i == verb.i)
        for t in words
    )


# Participles that make the noun they modify someone's proposal: "the ministry's
# proposed tax" ("a planned trip" is a schedule, no position).
_PROPOSING = frozenset({"propose"})


def _proposing(noun: Token) -> Token | None:
    """The participle of "the council's proposed parking levy": a noun its possessor
    proposes, a position of the possessor's as much as "the government's proposal" is."""
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _PROPOSING
        ),
        None,
    )


def _raises_objection(token: Token, lemma: str) -> bool:
    """ "raised concerns about the deal": an objection raised is a position."""
    return lemma == "raise" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in RAISED_NOUNS for c in token.children
    )


def _verb_cue(
    token: Token, lemma: str, sentence: Span, speakers: _Speakers, last_sentence: Span | None
) -> _Candidate | None:
    """The candidate a verb cue gives, read by the construction its lemma calls for."""
    if in_question(token):
        return None
    if token.lower_ in _ATTITUDES and token.tag_ == "VBN" and lemma not in POSITION_VERBS:
        return _attitude(token, speakers)  # "X was outraged by Y": a passive of feeling
    if lemma == "quote" or (lemma in RELAY_VERBS and saying_as(token) is not None):
        # "quoted X as saying", "X was reported as saying"
        return _quoted_as(token, sentence, speakers)
    if lemma in _ANSWER_VERBS and (found := _unanswered(token, speakers)) is not None:
        return found
    if lemma == "make":
        return _made_clear(token, speakers)
    if lemma == "take":
        return _taken_stand(token, speakers)
    if lemma in _DECLINE_VERBS:
        return _declined(token, speakers)
    if lemma in QUOTE_ONLY_VERBS:
        return _beside_quote(token, lemma, sentence, speakers, last_sentence)
    if lemma in REPORTING_VERBS or lemma in POSITION_VERBS or _raises_objection(token, lemma):
        return _verb_candidate(token, lemma, sentence, speakers, last_sentence)
    if lemma in COGNITION_VERBS and token.dep_ in ("ROOT", "conj"):
        return _cognition(token, lemma, speakers)
    if lemma in LEARNED_VERBS:
        return _verb_candidate(token, lemma, sentence, speakers, last_sentence)
    return None
