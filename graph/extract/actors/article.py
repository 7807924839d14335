"""Every actor one article names: people first, then organisations and countries, then
the unnamed groups that are subjects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...names import actor_key
from ..lexicon import GROUP_NOUNS, OUTLETS, PARTIES, TITLE_WORDS
from ..quotation import quotation_tokens
from .bodies import described_around
from .clauses import clause_parties
from .countries import (
    countries_as_places,
    date_capitals,
    default_country,
    named_in_body,
    read_dateline,
    trim_dateline_dates,
)
from .descriptions import party_descriptions
from .epithets import familiar_target, nickname_target
from .groups import group_actor
from .index import ActorIndex, clean_label, name_tokens
from .kinds import ACTOR_LABELS, MISTYPED_LABELS, mention_kind
from .organizations import (
    acronym_after,
    commentators_speak_for_no_firm,
    entity_actor,
    office_of_organization,
    office_of_the_body_named,
    refer_back,
    spelled_out_sides,
)
from .parties import administration_staff, named_campaigns, party_member_noun, ruling_party
from .people import (
    add_person,
    fallback_names,
    first_named,
    record_genders,
    split_names,
    titled_name,
    whole_name,
)
from .serving import attached_bodies

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def index_actors(doc: Doc, article_id: str) -> ActorIndex:
    """Every actor the article names, with roles, affiliations and surname aliases."""
    index = ActorIndex(article_id=article_id, quoted=quotation_tokens(doc))
    countries_as_places(doc)
    index.dateline, home = read_dateline(doc)
    trim_dateline_dates(doc, index.dateline)
    home = date_capitals(doc, index.dateline) or home
    retag_opening_nouns(doc, index.dateline)
    retag_lower_case_names(doc)
    if home and not named_in_body(doc, home, index.dateline):
        home = None  # a foreign correspondent's dateline: not whose officials speak
    index.home_country = index.add(home, "Country") if home else None
    doc.user_data["stancegraph_dateline"] = index.dateline
    persons: list[Span] = []
    others: list[Span] = []
    split = split_names(doc)
    # "(then Senate Whip Ana) Petrov": one person, named by the surname
    inside = {first for first, _, _ in split.values()}
    persons.extend(surname for _, surname, _ in split.values())
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or ent.start in index.dateline:
            continue
        if ent.start in split or (len(ent) == 1 and ent.start in inside):
            continue
        if mention_kind(ent, "Person") is None:
            continue  # "Meh" or a markup fragment tagged as a name
        if ent.label_ == "PERSON" or titled_name(ent):
            persons.append(name_tokens(whole_name(ent)))
        elif (named := first_named(ent)) is not None:
            persons.append(named)  # "Ana [Petrov], a Democrat from Ohio,"
        else:
            others.append(ent)
    # tokens NER typed as something that cannot be a person's name; a "work of art" or
    # "product" made of capitalised words after a title may well be one
    covered = {
        i
        for ent in doc.ents
        if ent.label_ not in MISTYPED_LABELS
        for i in range(ent.start, ent.end)
    }
    persons.extend(fallback_names(doc, covered))
    persons.sort(key=lambda s: s.start)
    full = [clean_label(n.text).split() for n in persons]
    full = [w for w in full if len(w) >= 2 and " ".join(w).casefold() not in OUTLETS]
    first_names: dict[str, str | None] = {}
    for words in full:
        key = actor_key(" ".join(words))
        known = first_names.get(words[0].casefold(), key)
        first_names[words[0].casefold()] = key if known == key else None
    for words in full:
        person = nickname_target(words, first_names)
        if person is not None:
            # "Crooked Dana": the person of that first name, under a nickname
            index.surnames[" ".join(words).casefold()] = person
    for words in full:
        person = familiar_target(words, full)
        if person is not None and " ".join(words).casefold() not in index.surnames:
            # "Peggy Roe" where the article also says "Margaret Roe": one person
            index.surnames[" ".join(words).casefold()] = person
    # full names first, so a bare surname anywhere in the article finds its person; the
    # words after a first name all name the person ("Ruiz Vega", "Ruiz" of "Lucia
    # Ruiz Vega")
    for words in full:
        if " ".join(words).casefold() in index.surnames:
            continue  # a nickname
        key = actor_key(" ".join(words))
        rest = [w.casefold() for w in words[1:]]
        forms = {" ".join(rest[a:b]) for a in range(len(rest)) for b in range(a + 1, len(rest) + 1)}
        for form in forms:
            known = index.surnames.get(form, key)
            index.surnames[form] = key if known == key else None  # two people: ambiguous
    for name in persons:
        add_person(index, name, prefix=split[name.start][2] if name.start in split else None)
    for ent in others:
        if ent.start in index.by_token:
            continue
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in ent.root.children):
            continue  # "the ranking Democrat, Ann Roe,": the name says who, the word her side
        if index.surnames.get(clean_label(ent.text).casefold()):
            # "Wilcox and [Hale], a Sarasota Republican,": a surname NER mistyped, the
            # person named in full elsewhere, with the title or apposition beside it
            add_person(index, name_tokens(ent))
            continue
        entity_key = entity_actor(index, ent)
        if entity_key:
            index.mention(ent, entity_key)
            acronym_after(index, ent, entity_key)
            described_around(index, ent, entity_key)
    for token in doc:
        # "Hale, a Republican, said": a surname NER missed, the person named in full
        # elsewhere, with the apposition beside it
        if token.i in index.by_token or token.ent_type_ or token.pos_ != "PROPN":
            continue
        titled = any(c.dep_ == "appos" and c.i > token.i for c in token.children)
        if titled and token.is_title and token.is_alpha and index.surnames.get(token.lower_):
            add_person(index, doc[token.i : token.i + 1])
    named_campaigns(index, doc)
    office_of_the_body_named(index)
    spelled_out_sides(index)
    attached_bodies(index, persons)
    record_genders(index, doc)
    clause_parties(index, persons)
    party_descriptions(index, doc)
    default_country(index, doc)
    administration_staff(index)
    office_of_organization(index)
    # unnamed groups that are subjects ("health officials tried ..."), so that a
    # later "they said" can find them
    for token in doc:
        if party_member_noun(index, token):
            group_actor(index, token)  # "a Green MP said": NER and the tagger call it a name
            continue
        if token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.i not in index.by_token:
            if any(c.dep_ == "appos" and c.i in index.by_token for c in token.children):
                continue  # "the largest bank, Acme Corp, said": the name says who
            if refer_back(index, token) or ruling_party(index, token):
                continue  # "the union walked out": the union named before
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            if not (definite and token.lower_ in TITLE_WORDS):  # "the minister" is someone
                group_actor(index, token)
    commentators_speak_for_no_firm(index)
    return index


def retag_opening_nouns(doc: Doc, dateline: set[int]) -> None:
    """Read as the common noun it is a capitalised noun for people that the tagger took
    for a name because it opens its sentence or the story after the dateline ("Officials
    said", "OSLO, May 4 - Diplomats said"): an unnamed group, like "officials"."""
    for token in doc:
        opening = token.i == token.sent.start or (token.i > 0 and token.i - 1 in dateline)
        if not opening or token.pos_ != "PROPN" or token.ent_type_ or not token.is_title:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.is_title:
            continue  # "Senator Ann Roe said": a title of the name after it
        word = token.lower_
        if word in PARTIES or word.rstrip("s") in PARTIES:
            continue  # "Democrats said": a party's members, named for it
        if word.endswith("s") and word[:-1] in GROUP_NOUNS:
            token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", word[:-1]
        elif word in GROUP_NOUNS:
            token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", word


def retag_lower_case_names(doc: Doc) -> None:
    """Read as a common noun a lower-case word the tagger took for a name outside any
    entity ("the Chinese trade ministry"): English capitalises its names."""
    for token in doc:
        if token.pos_ == "PROPN" and token.is_lower and token.is_alpha and not token.ent_type_:
            token.pos_, token.tag_ = "NOUN", "NNS" if token.tag_ == "NNPS" else "NN"
