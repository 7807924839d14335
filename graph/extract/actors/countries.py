"""Countries: wire-copy datelines, demonyms, capitals and the country a story is about."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..lexicon import CAPITALS, FORMER_CAPITALS, country_name, demonym_country
from .index import ActorIndex, clean_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Titles of national government: with no country named, the official serves the
# government of the dateline's country ("LISBON - Prime Minister X said").
GOVERNMENT_TITLES = frozenset(
    {
        "minister",
        "premier",
        "president",
        "chancellor",
        "ambassador",
        "government",
        "secretary",
        "undersecretary",
    }
)


_DASHES = frozenset({"-", "--", "—", "–"})


def read_dateline(doc: Doc) -> tuple[set[int], str | None]:
    """Tokens of wire-copy datelines ("LISBON, May 4 -") and the country of the first.

    A dateline names where the story was filed, not an actor; its city, when a capital,
    says which government "the minister" or "government officials" belong to.
    """
    tokens: set[int] = set()
    country: str | None = None
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
    for start in starts:
        first = doc[start]
        if not (first.is_upper and first.is_alpha and len(first) > 2):
            continue
        for tok in doc[start + 1 : start + 12]:
            if "\n" in tok.text:
                break
            if tok.text in _DASHES and _inside_word(tok):
                break  # "one-third": a hyphen inside a word, no dateline's dash
            if tok.text in _DASHES or _day_and_dash(tok):
                tokens.update(range(start, tok.i + 1))
                if country is None:
                    city_end = start
                    while city_end < tok.i and doc[city_end].is_upper and doc[city_end].is_alpha:
                        city_end += 1
                    # a capital, not a country: stories filed from a regional bureau
                    # ("QATAR -") are about somewhere else
                    country = CAPITALS.get(doc[start:city_end].text.casefold())
                break
    return tokens, country


def _day_and_dash(tok: Token) -> bool:
    """Whether ``tok`` is a day with its dash attached and a space after ("May 3- ")."""
    return bool(tok.whitespace_) and tok.text[-1:] in "-—–" and tok.text[:-1].isdigit()


def _inside_word(dash: Token) -> bool:
    """Whether ``dash`` is a hyphen joining two words with no space on either side
    ("one-third"), unlike a dateline's dash ("BEIJING—Anna", "LIMA, May 3- ")."""
    doc = dash.doc
    if dash.text != "-" or dash.i == 0 or dash.i + 1 >= len(doc) or dash.whitespace_:
        return False
    before, after = doc[dash.i - 1], doc[dash.i + 1]
    return not before.whitespace_ and before.text[-1:].isalnum() and after.text[:1].isalnum()


def named_in_body(doc: Doc, country: str, dateline: set[int]) -> bool:
    """Whether the story names ``country`` (or its people) outside its dateline."""
    return any(
        ent.label_ in ("GPE", "NORP")
        and ent.start not in dateline
        and country_of_tokens(ent) == country
        for ent in doc.ents
    )


def index_dateline(doc: Doc) -> set[int]:
    """Dateline tokens of ``doc`` (computed once per doc by :func:`index_actors`)."""
    return doc.user_data.get("stancegraph_dateline", set())


def past_dateline(tok: Token) -> bool:
    """Whether ``tok`` follows the dateline's dash inside a date NER ran across it ("[May
    3 - U.S. Trade] Representative"): a word of the story, not of the date."""
    doc = tok.doc
    dateline = index_dateline(doc)
    if tok.ent_type_ != "DATE" or tok.i in dateline:
        return False
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start in dateline


def country_of_tokens(tokens: Span) -> str | None:
    """A country named or implied by demonym/capital in ``tokens``, as a country label; a
    capital is the state of the past it was the capital of when the story names that state
    and not today's (:func:`date_capitals`)."""
    text = clean_label(tokens.text)
    folded = text.casefold()
    former = tokens.doc.user_data.get("stancegraph_capitals", {}).get(folded)
    return country_name(text) or demonym_country(text) or former or CAPITALS.get(folded)


def date_capitals(doc: Doc, dateline: set[int]) -> str | None:
    """Read the capitals of states of the past as those states in a story that names such
    a state and not the country of today ("MOSCOW -" of a story about the Soviet Union);
    the dateline's country so read, if it is one of them."""
    named = {
        country_name(clean_label(e.text)) or demonym_country(clean_label(e.text))
        for e in doc.ents
        if e.label_ in ("GPE", "NORP") and e.start not in dateline
    }  # by the state's name or adjective, not its capital's
    former = {
        city: state
        for city, state in FORMER_CAPITALS.items()
        if state in named and CAPITALS.get(city) not in named
    }
    doc.user_data["stancegraph_capitals"] = former
    if not dateline:
        return None
    end = start = min(dateline)
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    return former.get(doc[start:end].text.casefold())


def countries_as_places(doc: Doc) -> None:
    """Retype as GPE the entities NER typed as mere locations that name a country ("Faroe
    Islands"), and capitals it typed as a person ("Lisbon said") when no person of that
    surname is named in full: a country is a side whatever NER calls it."""
    ents = list(doc.ents)
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}

    def place(e: Span) -> bool:
        if e.label_ == "PERSON":
            return len(e) == 1 and e.text not in surnames and e.text.casefold() in CAPITALS
        return e.label_ == "LOC" and country_of_tokens(e) is not None

    if any(place(e) for e in ents):
        doc.ents = [Span(doc, e.start, e.end, label="GPE") if place(e) else e for e in ents]


def trim_dateline_dates(doc: Doc, dateline: set[int]) -> None:
    """Cut at the dateline's dash a date NER ran across it into a country's name ("[May 3
    - Norway] wants"): the country after the dash opens the story and is a side."""
    spans: list[Span] = []
    changed = False
    for e in doc.ents:
        cut = e.start
        while cut < e.end and cut in dateline:
            cut += 1
        rest = doc[cut : e.end]
        country = e.label_ == "DATE" and e.start < cut < e.end and country_of_tokens(rest)
        if not country:
            spans.append(e)
            continue
        changed = True
        spans.append(Span(doc, e.start, cut, label=e.label_))
        spans.append(Span(doc, cut, e.end, label="NORP" if demonym_country(rest.text) else "GPE"))
    if changed:
        doc.ents = spans


def country_key(index: ActorIndex, token: Token) -> str | None:
    country = demonym_country(token.text) or country_name(token.text)
    return index.add(country, "Country", alias=token.text) if country else None


# Prepositions that make a country a place where things happen ("fighting in Ruritania"),
# not a side whose officials speak.
_LOCATIVE = frozenset({"in", "into", "inside", "within", "throughout", "across"})


def default_country(index: ActorIndex, doc: Doc) -> None:
    """Officials of no named country serve the country the story is clearly most about.

    "President Smith" in a story that names one country ten times and another four:
    only when one country is named at least twice and more often than any other, places
    where things happen ("in Ruritania") not counted.
    """
    counts = Counter(
        k
        for s, _e, k in index.spans
        if index.drafts[k].type == "Country" and not (s > 0 and doc[s - 1].lower_ in _LOCATIVE)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    country = ranked[0][0]
    index.main_country = country
    for draft in index.drafts.values():
        governs = bool(draft.role and set(draft.role.casefold().split()) & GOVERNMENT_TITLES)
        if draft.type == "Person" and governs and not draft.affiliation:
            draft.affiliation = country
