"""Extraction: a parsed spaCy ``Doc`` of one article -> actors and statements.

The stages inside are small and separately testable: :mod:`.actors` (who is named, with
roles and affiliations), :mod:`.coref` (who "he" and "the minister" are),
:mod:`.attribution` (who said what), then :mod:`.stance` and :mod:`.topics` label each
statement. Only records leave this package, never spaCy objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Article, Extraction, Statement, Topic
from .actors import ActorIndex, index_actors, staff_sides
from .attribution import Attribution, find_attributions
from .attribution.filter import filtered_attributions
from .learned import DEFAULT_ATTRIBUTION, ROLES_KEY, compose, mention_phrase, model_attributions
from .stance import classify_stance
from .topics import TopicQuery, article_topics

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["extract_article", "sentence_offsets"]


def sentence_offsets(sentence: Span) -> tuple[int, int]:
    """Character offsets of a sentence without the whitespace spaCy keeps at its edges."""
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.start_char + len(text.rstrip())
    return start, max(end, start)


def _own_names(index: ActorIndex, key: str) -> tuple[str, ...]:
    """The speaker's names and those of the side it speaks for, with their adjectives."""
    names: list[str] = []
    seen: set[str] = set()
    while key and key in index.drafts and key not in seen:
        seen.add(key)
        draft = index.drafts[key]
        names += [draft.label, *draft.aliases]
        key = draft.affiliation or ""
    return tuple(names)


def _char_span(span: Span | None) -> tuple[int, int] | None:
    return (span.start_char, span.end_char) if span is not None and len(span) else None


def _parts(
    attribution: Attribution,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, tuple[int, int] | None]:
    """Character spans of the cue, the speaker's mention and the content."""
    cue = attribution.cue
    doc = cue.doc
    start = cue.idx
    # The text from the cue on, read off its tokens (each at least one character long),
    # not off ``doc.text``, which joins the whole document anew on every call.
    after = doc[cue.i : cue.i + len(attribution.cue_text)].text_with_ws
    written = after[: len(attribution.cue_text)]
    end = start + len(attribution.cue_text) if written == attribution.cue_text else start + len(cue)
    source = attribution.source
    return (
        (start, end),
        _char_span(mention_phrase(source, cue)) if source is not None else None,
        _char_span(attribution.content),
    )


def _statement(
    attribution: Attribution, article: Article, index: ActorIndex, topic: Topic
) -> Statement:
    start, end = sentence_offsets(attribution.sentence)
    content = attribution.content
    cue_span, source_span, content_span = _parts(attribution)
    return Statement(
        article_id=article.id,
        speaker=attribution.speaker,
        cue=attribution.cue_text,
        quote=content.text if content is not None else "",
        evidence=article.text[start:end],
        char_start=start,
        char_end=end,
        stance=classify_stance(
            attribution.cue,
            content,
            attribution.sentence,
            _own_names(index, attribution.speaker),
        )
        if attribution.takes_side
        else "neutral",
        topic=topic,
        reported_by=attribution.reported_by,
        target_actor=attribution.target_actor,
        relation=attribution.relation,  # type: ignore[arg-type]
        cue_span=cue_span,
        source_span=source_span,
        content_span=content_span,
    )


def _attributions(doc: Doc, index: ActorIndex, mode: str) -> list[Attribution]:
    """The rules' attributions, the checked candidates, the tagger's, or the checked ones
    and the tagger's (see :mod:`.learned`); a doc the tagger did not tag gets the checked."""
    if mode == "rules":
        return list(find_attributions(doc, index))
    if mode == "model" and ROLES_KEY in doc.spans:
        return model_attributions(doc, index)
    checked = filtered_attributions(doc, index)
    if mode == "both" and ROLES_KEY in doc.spans:
        return compose(checked, model_attributions(doc, index))
    return checked


def _topics(attributions: list[Attribution]) -> list[Topic]:
    """Each attribution's topic, read per article: mentions of one thing share one topic.

    A contrast the writer states ("X and Y differ on Z") takes no side, so it does not
    steer how the article's statements are grouped into topics: its topic is read alone.
    """

    def query(a: Attribution) -> TopicQuery:
        return TopicQuery(a.cue, a.content, a.sentence, a.speaker)

    sided = [a for a in attributions if a.takes_side]
    shared = iter(article_topics([query(a) for a in sided]))
    return [next(shared) if a.takes_side else article_topics([query(a)])[0] for a in attributions]


def extract_article(
    doc: Doc, article: Article, attribution: str = DEFAULT_ATTRIBUTION
) -> Extraction:
    """Everything one article says: its actors and attributed statements.

    ``attribution`` says who finds the statements: ``"checked"``, ``"rules"``,
    ``"model"`` or ``"both"`` (the default; the model settings need the doc to have gone
    through :func:`graph.extract.learned.tag_roles`; without its spans they give the
    checked statements).

    Only actors that speak, relay or are spoken to, and people named with their office,
    are kept (with the countries and organisations they are affiliated with): a place
    mentioned in passing is no actor.
    """
    index = index_actors(doc, article.id)
    # only a writer the source names speaks in the first person; none is invented
    index.author = article.author
    attributions = _attributions(doc, index, attribution)
    # topics are read per article: mentions of one thing share one topic
    topics = _topics(attributions)
    statements = tuple(
        _statement(a, article, index, t) for a, t in zip(attributions, topics, strict=True)
    )
    index.resolve_regions()
    # staff serve the campaign a statement named ("the Roe campaign said") or their boss's side
    staff_sides(index)
    # people named with their office are actors of the story even when they say nothing
    used = {a.key for a in index.drafts.values() if a.type == "Person" and a.affiliation}
    used |= {s.speaker for s in statements}
    used |= {s.reported_by for s in statements if s.reported_by}
    used |= {s.target_actor for s in statements if s.target_actor}
    mentions = tuple(m for m in index.mentions if m.actor_key in used)
    return Extraction(
        article=article,
        actors=index.actors(used),
        statements=statements,
        mentions=mentions,
        notes=_reading_notes(doc),
    )


def _reading_notes(doc: Doc) -> tuple[str, ...]:
    """What the pipeline had to do to read the text, in words (see :mod:`graph.nlp`)."""
    from ..nlp import FORCED_BREAKS, MAX_SENTENCE_TOKENS

    forced = doc.user_data.get(FORCED_BREAKS, 0)
    if not forced:
        return ()
    return (
        f"{forced} run(s) of over {MAX_SENTENCE_TOKENS} tokens without a sentence end "
        "were cut into sentences",
    )
