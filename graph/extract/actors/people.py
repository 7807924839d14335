"""People: names NER found or missed, each with the role and affiliation of its title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import OUTLETS, PARTIES, PERSON_TITLES, TITLE_WORDS, country_name
from ..lexicon.first_names import first_name_gender
from .countries import GOVERNMENT_TITLES
from .index import ActorIndex, clean_label, entity_at, is_title_token
from .parties import is_party, party_notation, party_outranks, seat_of, side
from .prefixes import shared_prefix, title_prefix
from .staff import principal
from .titles import appos_role, prefix_role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def add_person(
    index: ActorIndex, name: Span, *, outlet_hint: bool = False, prefix: Span | None = None
) -> str:
    """Register a person (or an outlet NER mistook for one) named by ``name``, titled by
    ``prefix`` when the title is not right before it (a name a parenthesis splits)."""
    doc = name.doc
    prefix = prefix or title_prefix(doc, name) or shared_prefix(name)
    role, affiliation, outlet = (None, None, False)
    if prefix is not None:
        role, affiliation, outlet = prefix_role(index, prefix)
    if not outlet and not (role and affiliation and not seat_of(index, affiliation, role)):
        # "Senate Finance Committee chairman X, a Texas Democrat,", "U.S. Senator X, an
        # Iowa Republican,": the party outranks the committee, or the legislature's country
        a_role, a_aff, a_outlet = appos_role(index, name.root)
        if a_aff and affiliation and is_party(index, a_aff) and seat_of(index, affiliation, role):
            affiliation = a_aff
        elif a_aff:
            affiliation = side(index, affiliation, a_aff)
        role, outlet = role or a_role, a_outlet
    if role and not affiliation and set(role.casefold().split()) & GOVERNMENT_TITLES:
        affiliation = index.home_country
    ent_start = name.start
    text = clean_label(name.text)
    if text.casefold() in OUTLETS or outlet or outlet_hint:
        key = index.add(text, "Outlet", alias=text)
        index.mention(name, key)
        return key
    written, party = party_notation(index, name)
    if party:
        affiliation = party  # the party outranks the chamber: "House Speaker X (R-Wis.)"
    known = index.surnames.get(text.casefold()) or None
    if known is None:
        known = index.add(text, "Person", alias=text, role=role, affiliation=affiliation)
    else:
        index.add(text, "Person", key=known, alias=text, role=role, affiliation=affiliation)
    if affiliation and is_party(index, affiliation) and party_outranks(index, known):
        # "House Speaker Ann Roe ... Roe, the top Republican in Congress,": the party
        # another mention states outranks the chamber the first one did (or the country
        # of "U.S. House Speaker")
        index.drafts[known].affiliation = affiliation
    if written and party and party != known:
        index.drafts[known].affiliation = party
    boss = principal(index, name, prefix, known)
    if boss is not None:
        index.staff.append((known, boss))
    index.mention(doc[ent_start : name.end], known)
    if prefix is not None and any(t.lower_ == "and" for t in prefix):
        # "GOP contender and former surgeon X": the nouns of both titles are X too
        for tok in prefix:
            if tok.pos_ == "NOUN":
                index.by_token.setdefault(tok.i, known)
    if (prefix or name).start > 0:
        _title_body_is_the_person(index, doc[(prefix or name).start - 1], known)
    return known


def _title_body_is_the_person(index: ActorIndex, last: Token, person: str) -> None:
    """ "Tom Hale and U.S. House of Representatives Speaker Ann Marsh pledged": the
    parser may make the body that opens a title (its last word ``last``, right before the
    title or name) the conjunct of a subject and hang the name on it as an apposition;
    that body's words stand for the person whose title they are, not for the body."""
    ent = entity_at(last)
    if ent is None or ent.end != last.i + 1 or ent.label_ not in ("ORG", "GPE"):
        return
    if not any(t.dep_ == "conj" and not (ent.start <= t.head.i < ent.end) for t in ent):
        return
    for word in ent:
        index.by_token.setdefault(word.i, person)


def _name_runs(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """(start, end) of runs of capitalised proper nouns outside ``covered``, in one pass."""
    runs: list[tuple[int, int]] = []
    start = -1
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.i not in covered:
            if start < 0:
                start = tok.i
            continue
        if start >= 0:
            runs.append((start, tok.i))
            start = -1
    if start >= 0:
        runs.append((start, len(doc)))
    return runs


def fallback_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Runs of capitalised names NER missed right after a title ("Undersecretary X Y"), a
    party member's label ("Democrat X Y"), or from a listed first name to a surname an
    apposition titles ("X Y, a Democrat from Ohio,")."""
    names: list[Span] = []
    for i, end in _name_runs(doc, covered):
        j = end - 1
        # titles NER folded into a name it got wrong ("General Ali Demir" as a work of
        # art) are the title, not the name
        while i < j and is_title_token(doc[i]):
            i += 1
        if j > i and _titled_by_apposition(doc[j], personal=not first_name_gender(doc[i].text)):
            # "Ana Petrov, a Democrat from Ohio,", "Kaveh Nouri, a spokesman for X,"
            names.append(doc[i : j + 1])
            continue
        if i == 0 or doc[i - 1].is_sent_end:
            continue
        before = doc[i - 1]
        after_office = before.lower_ in ("for", "of") and i >= 2
        # "Democrat Anne Fell", "Tory Bob Sand": a party member's label before a name
        member = before.is_title and before.ent_type_ == "NORP" and before.lower_ in PARTIES
        if not (is_title_token(before) or after_office or member):
            continue
        run = doc[i : j + 1]
        if len(run) < 2 or any(is_title_token(t) for t in run):
            continue
        if after_office:
            # after "for"/"of" the first word is still the office ("for Policy")
            if len(run) < 3:
                continue
            run = doc[i + 1 : j + 1]
        names.append(run)
    return names


def split_names(doc: Doc) -> dict[int, tuple[int, Span, Span]]:
    """Names a parenthetical title splits: "(then Senate Whip Ana) Petrov" is Petrov,
    titled by the words before the first name inside the parenthesis. Keyed by the
    surname's first token: (the first name's token, the surname, the title)."""
    found: dict[int, tuple[int, Span, Span]] = {}
    for close in doc:
        i = close.i
        if close.text != ")" or i < 2 or i + 1 >= len(doc):
            continue
        first, last = doc[i - 1], doc[i + 1]
        if not (first.pos_ == "PROPN" and first.is_title and first.is_alpha):
            continue
        if first.ent_type_ != "PERSON" and first_name_gender(first.text) is None:
            continue
        if not (last.pos_ == "PROPN" and last.is_alpha and last.text[:1].isupper()):
            continue
        if is_title_token(last) or last.sent.start != first.sent.start:
            continue
        prefix = title_prefix(doc, doc[i - 1 : i])
        if prefix is None or not any(is_title_token(t) for t in prefix):
            continue
        start = prefix.start
        while start > first.sent.start and doc[start - 1].pos_ == "ADV":
            start -= 1  # "(then Senate Whip", "(now"
        if start == first.sent.start or doc[start - 1].text != "(":
            continue
        end = i + 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        found[i + 1] = (i - 1, doc[i + 1 : end], prefix)
    return found


def whole_name(ent: Span) -> Span:
    """A person's name with the surname NER left out because it is also a word ("Ann
    [Bishop]", "Tom [King]"): the capitalised name word the entity is a compound of."""
    doc = ent.doc
    last = ent[-1]
    if ent.end < len(doc) and ent.label_ == "PERSON":
        nxt = doc[ent.end]
        if (
            last.dep_ == "compound"
            and last.head.i == nxt.i
            and nxt.pos_ == "PROPN"
            and nxt.is_title
            and not nxt.ent_type_
        ):
            return doc[ent.start : ent.end + 1]
    return ent


def titled_name(ent: Span) -> bool:
    """A name NER mistyped, right after a person's title ("Chancellor [Olaf Scholz]")."""
    if ent.start == 0 or not 2 <= len(ent) <= 3:
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return False
    if country_name(ent.text) or ent.text.casefold() in OUTLETS:
        return False
    return ent.doc[ent.start - 1].lower_ in PERSON_TITLES


def first_named(ent: Span) -> Span | None:
    """A surname NER typed as a body or place, after a listed first name it left out, when
    an apposition gives the person a title or a party ("Ana [Petrov], a Democrat from
    Ohio,"): the whole name, else None."""
    doc = ent.doc
    if ent.start == 0 or len(ent) > 2 or ent.label_ not in ("ORG", "GPE", "NORP"):
        return None
    first = doc[ent.start - 1]
    if first.ent_type_ or not (first.pos_ == "PROPN" and first.is_title and first.is_alpha):
        return None
    if first_name_gender(first.text) is None or not all(t.is_title for t in ent):
        return None
    return doc[first.i : ent.end] if _titled_by_apposition(ent.root) else None


def _titled_by_apposition(name: Token, *, personal: bool = False) -> bool:
    """Whether an apposition after the name's head word gives a title or a party; with
    ``personal``, a title only a person holds ("spokesman", not "official")."""
    titles = PERSON_TITLES if personal else TITLE_WORDS
    appos = [c for c in name.children if c.dep_ == "appos" and c.i > name.i]
    return any(c.lower_ in titles or c.lower_ in PARTIES for c in appos)


# Honorifics and title words that say a person's gender: "Mr. Blue", "Mrs. Roe", and
# the "-woman" titles ("spokeswoman", "chairwoman"; "-man" titles are used of women too).
_MALE_HONORIFICS = frozenset({"mr", "mr.", "sir"})
_FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame"})


def record_genders(index: ActorIndex, doc: Doc) -> None:
    """The gender the text marks for each person: an honorific right before a mention,
    or a "-woman" title in their role. Marks that disagree cancel out. A person the text
    does not mark takes the gender of a first name given to women or men only ("Anna
    Berg", "Tom Hale")."""
    marks: dict[str, set[str]] = {}
    for start, _end, key in index.spans:
        if index.drafts[key].type != "Person" or start == 0:
            continue
        before = doc[start - 1].lower_
        if doc[start].lower_ in _MALE_HONORIFICS | _FEMALE_HONORIFICS:
            before = doc[start].lower_  # the mention holds its honorific
        if before in _MALE_HONORIFICS:
            marks.setdefault(key, set()).add("male")
        elif before in _FEMALE_HONORIFICS:
            marks.setdefault(key, set()).add("female")
    for draft in index.drafts.values():
        role = (draft.role or "").casefold().split()
        if draft.type == "Person" and any(w.endswith("woman") for w in role):
            marks.setdefault(draft.key, set()).add("female")
    for draft in index.drafts.values():
        words = draft.label.split()
        if draft.type == "Person" and len(words) >= 2 and draft.key not in marks:
            gender = first_name_gender(words[0])
            if gender:
                marks[draft.key] = {gender}
    index.gender.update({k: g.pop() for k, g in marks.items() if len(g) == 1})
