"""Attributions proposed by the trained attribution tagger, resolved by the rules' machinery.

The tagger (``graph/data/attribution``, trained on PolNeAR; see its ``MODEL_CARD.md``)
labels each token of a parsed article CUE, SOURCE, CONTENT or nothing, with token vectors
of its own (a small hash-embedding CNN) and a transition model; a tagger trained over the
English pipeline's vectors instead reads those the parse already left in ``doc.tensor``
(:func:`tag_roles`). This module links the spans it finds (a cue to the
source and content nearest to it in its sentence) and turns the source into an actor with
the same speaker resolution the rules use (names, pronouns through coreference, titles,
groups, affiliations). Stance and topic then come from the content span as for any
attribution.

Four settings (``stancegraph build --attribution``):

* ``checked``: the rules' attributions and more candidates of the parse's, each kept or
  dropped by a small model trained on PolNeAR (:mod:`.attribution.filter`);
* ``rules``: the hand-written rules over the parse alone (:mod:`.attribution`);
* ``model``: the tagger's attributions alone (content from the parse when it tags none);
* ``both``: the checked attributions, and the tagger's at cues they do not hold, by
  speakers they do not have in that sentence, where they read like a statement
  (:func:`compose`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import PipelineError
from ..ingest import MAX_TITLE_CHARS
from .actors import ActorIndex
from .attribution.assembly import opening_line
from .attribution.cues import learned_cues
from .attribution.spans import Attribution
from .attribution.speakers import _Speakers
from .attribution.subjects import _member_of
from .attribution.verbs import _content, _subjects
from .lexicon import REPORTING_VERBS
from .quotation import quotation_tokens

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ATTRIBUTION_MODES",
    "DEFAULT_ATTRIBUTION",
    "MODEL_DIR",
    "ROLES_KEY",
    "AttributionMode",
    "compose",
    "load_model",
    "mention_phrase",
    "model_attributions",
    "tag_roles",
]

AttributionMode = Literal["checked", "rules", "model", "both"]
ATTRIBUTION_MODES: tuple[AttributionMode, ...] = ("checked", "rules", "model", "both")
#: The default: the rules' statements and the parse's further candidates the learned check
#: keeps, and the tagger's statements at cues they do not hold. It finds more statements
#: than ``checked`` alone on the held-out sets and no fewer on the others, for the tagger's
#: CPU time (the model card has the numbers); ``checked`` runs no tagger.
DEFAULT_ATTRIBUTION: AttributionMode = "both"
#: The shipped tagger: a spaCy pipeline directory of ``tok2vec`` (a copy of the English
#: pipeline's) and the ``attribution`` entity recogniser.
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "attribution"
#: ``doc.spans`` key of the tagger's CUE / SOURCE / CONTENT spans.
ROLES_KEY = "stancegraph_roles"
_TAGGER = "attribution"
#: A tagged cue the rules did not read is kept when one of its words is a cue in at least
#: this share of its uses in PolNeAR train (and in three uses at least).
TAGGED_CUE_SHARE = 0.25
_TAGGED_CUES = learned_cues(share=TAGGED_CUE_SHARE, least=3)
# Pronouns the rules resolve by which group spoke last, a memory the tagger's pass lacks.
_GROUP_PRONOUNS = frozenset({"they", "them"})
# A sentence continues the quotation before it when most of its words are content.
_CONTINUATION_SHARE = 0.6
# Dependencies below a source's head that are not part of how the source is named.
_NOT_NAME = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "parataxis"})


def needs_model(mode: str) -> bool:
    """Whether the setting runs the tagger."""
    return mode in ("model", "both")


def check_mode(mode: str) -> AttributionMode:
    """The setting itself, or a one-line error naming the valid ones."""
    if mode not in ATTRIBUTION_MODES:
        raise PipelineError(
            f"unknown attribution setting {mode!r}: choose one of {', '.join(ATTRIBUTION_MODES)}"
        )
    return mode  # type: ignore[return-value]


@cache
def load_model(path: str | None = None) -> Language:
    """Load (once per process) the shipped attribution tagger, or the one at ``path``."""
    import spacy

    where = Path(path) if path else MODEL_DIR
    try:
        nlp = spacy.load(where)
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PipelineError(f"cannot load the attribution model at {where}: {first}") from None
    if _TAGGER not in nlp.pipe_names or "tok2vec" not in nlp.pipe_names:
        raise PipelineError(f"{where}: not an attribution model (needs tok2vec and attribution)")
    return nlp


def tag_roles(
    docs: Iterable[Doc], *, batch_size: int = 16, model: str | None = None
) -> Iterator[Doc]:
    """Each parsed doc with the tagger's spans in ``doc.spans[ROLES_KEY]``, in order.

    The tagger is an entity recogniser: it runs with the doc's entities cleared (it would
    otherwise keep to spaCy's entities) and they are put back after. It reads the token
    vectors in ``doc.tensor``; a doc parsed by another pipeline, whose vectors differ in
    width, gets the tagger's own copy of ``tok2vec`` first.
    """
    from spacy.util import minibatch

    nlp = load_model(model)
    tagger = nlp.get_pipe(_TAGGER)
    tok2vec = nlp.get_pipe("tok2vec")
    width = tok2vec.model.get_dim("nO")  # type: ignore[attr-defined]
    labels = tagger.labels  # type: ignore[attr-defined]
    for batch in minibatch(docs, batch_size):
        saved = [doc.ents for doc in batch]
        for vocab in {id(doc.vocab): doc.vocab for doc in batch}.values():
            for label in labels:
                vocab.strings.add(label)  # the docs' vocabulary names the roles too
        for doc in batch:
            tensor = doc.tensor
            if len(doc) and (tensor.ndim != 2 or tensor.shape != (len(doc), width)):
                tok2vec(doc)
            doc.set_ents([], default="missing")
        for doc in tagger.pipe(batch):  # type: ignore[attr-defined]
            doc.spans[ROLES_KEY] = list(doc.ents)
        for doc, ents in zip(batch, saved, strict=True):
            doc.set_ents(list(ents), default="outside")
        yield from batch


def mention_phrase(token: Token, cue: Token | None = None) -> Span:
    """How a speaker is named around its head word: "a spokesman for the campaign".

    The head's subtree without clauses, appositions or anything from the cue on.
    """
    doc = token.doc
    start, end = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in _NOT_NAME or (cue is not None and child.right_edge.i >= cue.i > token.i):
            continue
        start = min(start, child.left_edge.i)
        end = max(end, child.right_edge.i + 1)
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > token.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _distance(a: Span, b: Span) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _link_source(cue: Span, sources: list[Span]) -> Span | None:
    """The source of a cue: one whose head word hangs on the cue's, else the nearest."""
    if not sources:
        return None
    cue_tokens = {t.i for t in cue}

    def rank(source: Span) -> tuple[bool, int]:
        head = source.root.head
        linked = head.i in cue_tokens or (cue.root.head.i == head.i and head.i not in cue_tokens)
        return (not linked, _distance(cue, source))

    return min(sources, key=rank)


def _source_token(cue: Span, sources: list[Span]) -> Token | None:
    """The head word of a cue's tagged source, else of the verb's subject in the parse."""
    source = _link_source(cue, sources)
    if source is not None:
        return source.root
    if cue.root.pos_ != "VERB":
        return None
    subjects, _ = _subjects(cue.root)
    return subjects[0] if subjects else None


def _link_content(cue: Span, contents: list[Span]) -> Span | None:
    """The content nearest the cue in its sentence."""
    return min(contents, key=lambda c: _distance(cue, c)) if contents else None


def _roles_by_sentence(doc: Doc) -> dict[int, dict[str, list[Span]]]:
    found: dict[int, dict[str, list[Span]]] = {}
    for span in doc.spans[ROLES_KEY]:
        sentence = doc[span.start].sent
        found.setdefault(sentence.start, {}).setdefault(span.label_, []).append(span)
    return found


def _continues(sentence: Span, contents: list[Span]) -> bool:
    words = sum(1 for t in sentence if t.is_alpha)
    inside = sum(1 for c in contents for t in c if t.is_alpha)
    return words >= 2 and inside >= _CONTINUATION_SHARE * words


def model_attributions(doc: Doc, index: ActorIndex) -> list[Attribution]:
    """The tagger's attributions of a doc that went through :func:`tag_roles`.

    Each CUE with a SOURCE in its sentence (or, for a verb, a subject in the parse) is a
    statement of the source's actor; a sentence of content with no cue of its own
    continues the statement before it.
    """
    if ROLES_KEY not in doc.spans:
        return []
    speakers = _Speakers(index)
    roles = _roles_by_sentence(doc)
    found: list[Attribution] = []
    previous: list[Attribution] = []
    for sentence in doc.sents:
        parts = roles.get(sentence.start, {})
        cues = parts.get("CUE", [])
        contents = parts.get("CONTENT", [])
        here: list[Attribution] = []
        for cue in cues:
            source = _source_token(cue, parts.get("SOURCE", []))
            if source is None:
                continue
            key = speakers.of(source, set(), generic=True)
            if key is None:
                continue
            _member_of(source, key, index)
            speakers.spoke(cue.root, key)
            lemma = cue.root.lemma_.lower()
            content = _link_content(cue, contents)
            if content is None:
                content = _content(cue.root, lemma if lemma in REPORTING_VERBS else "say")
            relation, target = speakers.relation(sentence, source, key)
            here.append(
                Attribution(
                    cue=cue.root,
                    cue_text=cue.text,
                    speaker=key,
                    content=content,
                    sentence=sentence,
                    target_actor=target,
                    relation=relation,
                    source=source,
                )
            )
        if not cues and previous and _continues(sentence, contents):
            content = max(contents, key=len)
            here = [
                Attribution(a.cue, a.cue_text, a.speaker, content, sentence, source=None)
                for a in previous
            ]
        found.extend(here)
        previous = here
    return found


def compose(rules: list[Attribution], model: list[Attribution]) -> list[Attribution]:
    """The rules' attributions (``both`` passes the checked ones), and the tagger's at
    cues the rules did not read.

    A tagged statement is added when no rule statement of its sentence has its speaker
    (or relays it) and none sits on a word of its cue, and when it reads like one (see
    :func:`_reads_like_a_statement`): a word of its cue is a cue in at least
    ``TAGGED_CUE_SHARE`` of its uses in PolNeAR train ("boarded" or "equaled" are not),
    it has a content, neither its cue nor its source is inside quotation marks, its
    source is no "they", and it is not in the headline (:func:`_headline`). The tagger's
    quote continuations are left to the rules, which follow quotation marks. The rules
    know relays, nesting and continuations; the tagger finds cues and sources the rules
    have no entry for.
    """
    spoken: dict[int, set[str]] = {}
    cues: set[int] = set()
    quoted = quotation_tokens(model[0].cue.doc) if model else set()
    for a in rules:
        spoken.setdefault(a.sentence.start, set()).update({a.speaker, a.reported_by or ""})
        cues.add(a.cue.i)
    added = [
        a
        for a in model
        if a.sentence.start <= a.cue.i < a.sentence.end
        and a.speaker not in spoken.get(a.sentence.start, set())
        and not any(i in cues for i in _cue_tokens(a.cue))
        and _reads_like_a_statement(a, quoted)
        and not _headline(a.sentence)
    ]
    return sorted([*rules, *added], key=lambda a: (a.sentence.start, a.cue.i))


def _headline(sentence: Span) -> bool:
    """Whether ``sentence`` is the text's headline: its first line, with text after it,
    no longer than a title runs (:data:`graph.ingest.MAX_TITLE_CHARS`). A headline sums up
    the story and is no statement of its own (the rules pass over one in capitals; the
    tagger, trained on a corpus that counts them, would read any)."""
    return opening_line(sentence) and len(sentence.text.strip()) <= MAX_TITLE_CHARS


def _reads_like_a_statement(attribution: Attribution, quoted: set[int]) -> bool:
    """Whether a tagged attribution has a known cue word, a content, and is not quoted.

    "they" is left to the rules, which know which group spoke last; this pass, which
    does not, would read it as the nearest name ("he" and "she" are resolved alike).
    """
    cue = attribution.cue
    words = _cue_tokens(cue)
    source = attribution.source
    return (
        any(cue.doc[i].lemma_.lower() in _TAGGED_CUES for i in words)
        and attribution.content is not None
        and not any(i in quoted for i in words)
        and (source is None or (source.i not in quoted and source.lower_ not in _GROUP_PRONOUNS))
    )


def _cue_tokens(cue: Token) -> range:
    """The token indices of the tagged cue span holding ``cue``."""
    for span in cue.doc.spans[ROLES_KEY]:
        if span.start <= cue.i < span.end:
            return range(span.start, span.end)
    return range(cue.i, cue.i + 1)
