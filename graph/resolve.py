"""Alias merging within and across articles: per-article actors -> canonical actors.

Two passes, both pure and independent of input order:

1. Within an article, a person named by one word ("Blue", "Mr. Blue", "Dana") is the
   person of the same article whose full name has that surname or first name; when two
   do ("Dana Blue", "Eric Blue"), the one the article names first (news style introduces
   its subject first). Only people named in full before the word is first used alone
   (after the headline) count: "Reed" used before the story names Sam Reed is another.
2. Across the corpus each article-level key is a :class:`Form`, tallied over the
   articles that use it. Full names that agree on first name (or its familiar form:
   "Peggy" beside a "Margaret"), surname and suffix, with compatible middle names or
   initials, are one person ("Dana J. Blue", "Dana Blue"). A one-word name goes to the corpus's only person it can name, or, among
   several, to the one the corpus's own articles use it for alone in at least
   :data:`DOMINANT_SHARE` of cases; otherwise it stays apart.

Every decision depends on tallies only (sums over articles), so a corpus resolved in one
go and one resolved in parts (a store's adds, whose stored forms are summed with the new
ones) give the same actors. Each actor lists the names merged into it (``aliases``) and
why (``notes``).

Affiliations are kept at two levels. An actor's ``affiliation`` sums up the corpus: the
side most articles state for it (ties: a party, government or company before a country,
then by name). Each statement's ``speaker_affiliation`` is the side its own article
states for its speaker (chosen by the same rule among that article's forms), so a person
stated a party's senator in one article and a government's minister in another keeps
each article's side, and an article that states none lends none from the others.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

from .extract.actors.epithets import full_first_names
from .names import Name, actor_key, can_name
from .names import parse_name as _parse_name
from .records import TYPE_RANK, Actor, Extraction, Statement

__all__ = [
    "DOMINANT_SHARE",
    "Form",
    "Resolution",
    "article_forms",
    "article_sides",
    "corpus_forms",
    "merge_forms",
    "parse_name",
    "remap",
    "resolve",
    "resolve_forms",
    "within_article",
]


@cache
def _titles() -> frozenset[str]:
    # imported when first needed (extraction sits below resolution in the pipeline)
    from .extract.lexicon import TITLE_WORDS

    return frozenset(TITLE_WORDS | {w.rstrip(".") for w in TITLE_WORDS})


def parse_name(text: str) -> Name | None:
    """``text`` as a person's name, titles of office and address dropped ("Sen. Dana
    Blue" -> dana blue, titled): :func:`graph.names.parse_name` with the title words."""
    return _parse_name(text, _titles())


#: A one-word name shared by several people goes to one of them only when the corpus
#: uses it alone for that one in at least this share of the articles that resolve it.
DOMINANT_SHARE = 0.75


@dataclass(frozen=True)
class Form:
    """One article-level actor key, tallied over the articles that use it.

    Counts are of articles, so two forms of the same key (two parts of a corpus) add
    up with :func:`merge_forms` to what the whole corpus gives.
    """

    key: str
    articles: int
    names: tuple[tuple[str, int], ...]  # surface name -> articles using it, sorted
    types: tuple[tuple[str, int], ...]
    roles: tuple[tuple[str, int], ...] = ()
    affiliations: tuple[tuple[str, int], ...] = ()  # article-level keys

    @property
    def type(self) -> str:
        return max((t for t, _ in self.types), key=lambda t: TYPE_RANK[t])

    def name(self) -> str:
        """The surface the key was made from (else the most used one)."""
        own = [n for n, _ in self.names if actor_key(n) == self.key]
        return _best(own, dict(self.names)) if own else _best(dict(self.names), dict(self.names))


def _tally(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((k, v) for k, v in counter.items() if v))


def merge_forms(*forms: Form) -> Form:
    """One form from tallies of the same key (from different parts of a corpus)."""
    names: Counter[str] = Counter()
    types: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    affiliations: Counter[str] = Counter()
    for form in forms:
        names.update(dict(form.names))
        types.update(dict(form.types))
        roles.update(dict(form.roles))
        affiliations.update(dict(form.affiliations))
    return Form(
        key=forms[0].key,
        articles=sum(f.articles for f in forms),
        names=_tally(names),
        types=_tally(types),
        roles=_tally(roles),
        affiliations=_tally(affiliations),
    )


def _best(names: Iterable[str], counts: Mapping[str, int]) -> str:
    """The most used name; ties: mixed case over capitals, longer, then alphabetical."""
    return min(names, key=lambda n: (-counts.get(n, 0), n.isupper(), -len(n), n))


# Which side to keep when articles state as many for one actor: the side an actor speaks
# for is a party, government or company before a country, and a described group last.
_SIDE_RANK = {"Organization": 0, "Country": 1, "Outlet": 2, "Person": 3, "Group": 4}


def _side(affiliations: Counter[str], kinds: Mapping[str, str]) -> str:
    """The affiliation most articles state; ties by kind (:data:`_SIDE_RANK`), then name."""
    return min(
        affiliations,
        key=lambda k: (-affiliations[k], _SIDE_RANK.get(kinds.get(k, "Group"), 4), k),
    )


# --- within one article --------------------------------------------------------------


def within_article(extraction: Extraction) -> Extraction:
    """Merge one-word person names into the person of the same article they name.

    Keys are rewritten in the article's actors, statements and mentions; the merged
    names become aliases of the full one.
    """
    people = {a.key: a for a in extraction.actors if a.type == "Person"}
    parsed = {k: parse_name(_key_name(a)) for k, a in people.items()}
    full = {k: n for k, n in parsed.items() if n is not None and n.full}
    # A headline says "Reed" before the story names anyone: the body decides.
    text = extraction.article.text.strip()
    body = text.find("\n") + 1 if "\n" in text else 0
    first_seen: dict[str, int] = {}
    for mention in extraction.mentions:
        if mention.start >= body:
            at = first_seen.get(mention.actor_key, mention.start)
            first_seen[mention.actor_key] = min(at, mention.start)
    rename: dict[str, str] = {}
    for key, name in parsed.items():
        if name is None or name.full:
            continue
        # only someone named in full before the word is first used alone can be meant
        used = first_seen.get(key, 1 << 62)
        found = [k for k, n in full.items() if can_name(name, n) and first_seen.get(k, used) < used]
        if found:
            rename[key] = min(found, key=lambda k: (first_seen[k], k))
    if not rename:
        return extraction
    merged: dict[str, Actor] = {}
    for actor in sorted(extraction.actors, key=lambda a: a.key):
        target = rename.get(actor.key, actor.key)
        base = merged.get(target) or people.get(target) or actor
        aliases = set(base.aliases) | set(actor.aliases) | {actor.label}
        merged[target] = replace(
            base,
            aliases=tuple(sorted(aliases - {base.label})),
            role=base.role or actor.role,
            affiliation=base.affiliation or actor.affiliation,
        )

    actors = tuple(
        replace(a, affiliation=rename[a.affiliation]) if a.affiliation in rename else a
        for a in merged.values()
    )
    mentions = tuple(
        replace(m, actor_key=rename.get(m.actor_key, m.actor_key)) for m in extraction.mentions
    )
    statements = remap(extraction.statements, rename)
    return replace(extraction, actors=actors, statements=statements, mentions=mentions)


def _key_name(actor: Actor) -> str:
    """The name an actor's key was made from (its label, else the alias that gave it)."""
    for name in (actor.label, *sorted(actor.aliases)):
        if actor_key(name) == actor.key:
            return name
    return actor.label


# --- across the corpus -----------------------------------------------------------------


def article_forms(extraction: Extraction) -> dict[str, Form]:
    """One article's actors as forms (each counted once for this article)."""
    forms = {}
    for actor in extraction.actors:
        forms[actor.key] = Form(
            key=actor.key,
            articles=1,
            # the label extraction chose for the article outweighs its other forms there
            # ("Canada" over "Canadian"), so a country keeps its name
            names=tuple(
                sorted(
                    (n, 2 if n == actor.label else 1)
                    for n in {actor.label, *actor.aliases}
                    if n.strip()
                )
            ),
            types=((actor.type, 1),),
            roles=((actor.role, 1),) if actor.role else (),
            affiliations=((actor.affiliation, 1),) if actor.affiliation else (),
        )
    return forms


def _person_name(form: Form) -> Name | None:
    return parse_name(form.name()) if form.type == "Person" else None


def _people(
    names: dict[str, Name], forms: Mapping[str, Form]
) -> tuple[dict[str, str], dict[str, str]]:
    """Full-name forms -> the person they are (a member key), with why."""
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    canonical = full_first_names((n.surname, n.first) for n in names.values() if n.full)
    for key, name in names.items():
        if name.full:
            groups[(canonical(name.surname, name.first), name.surname, name.suffix)].append(key)
    person: dict[str, str] = {}
    why: dict[str, str] = {}
    for keys in groups.values():
        middles = {names[k].middle for k in keys if names[k].middle}
        # "George Bush" is no one in particular beside "George H. W." and "George W."
        parts = (
            [keys]
            if len(middles) <= 1
            else [[k for k in keys if names[k].middle == m] for m in sorted(middles)]
        )
        for part in parts:
            head = _head(part, forms)
            for key in part:
                person[key] = head
                if key != head:
                    why[key] = "same first name and surname"
        if len(middles) > 1:
            for key in keys:
                person.setdefault(key, key)
    return person, why


def _head(keys: Iterable[str], forms: Mapping[str, Form]) -> str:
    """The form that names a merged actor: the most used, then the fullest name."""
    return min(keys, key=lambda k: (-forms[k].articles, -len(k.split()), k))


def _one_word(
    name: Name, names: dict[str, Name], person: dict[str, str], forms: Mapping[str, Form]
) -> tuple[str | None, str]:
    """The person a one-word name goes to across the corpus (or None), and why."""
    candidates = sorted({person[k] for k, n in names.items() if n.full and can_name(name, n)})
    if len(candidates) == 1:
        return candidates[0], "the only person in the corpus it can name"
    if not candidates:
        return None, ""
    # how often the articles naming each candidate use the word alone for them
    used: Counter[str] = Counter()
    for k, head in person.items():
        if head in candidates:
            for surface, count in forms[k].names:
                alone = parse_name(surface)
                if alone is not None and not alone.full and alone.surname == name.surname:
                    used[head] += count
    total = sum(used.values())
    if not total:
        return None, ""
    head, count = min(used.items(), key=lambda kv: (-kv[1], kv[0]))
    if count < DOMINANT_SHARE * total:
        return None, ""
    return head, f"the corpus uses it alone for this person in {count} of {total} articles"


def _named_elsewhere(
    forms: Mapping[str, Form], canonical: Mapping[str, str], names: Mapping[str, Name]
) -> dict[str, str]:
    """Full names no rule merged that articles naming one other person use for them
    (a nickname, "Crooked Dana", beside "Dana Whitfield"): that person."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, form in forms.items():
        if form.type == "Person":
            for surface, _ in form.names:
                owners[actor_key(surface)].add(canonical[key])
    heads_of_others = {v for k, v in canonical.items() if k != v}
    found = {}
    for key, name in names.items():
        heads = owners.get(key, set()) - {key}
        alone = canonical[key] == key and key not in heads_of_others
        if name.full and alone and len(heads) == 1:
            found[key] = next(iter(heads))
    return found


def resolve_forms(forms: Mapping[str, Form]) -> tuple[dict[str, str], tuple[Actor, ...]]:
    """Forms of a corpus -> (form key -> canonical key, the canonical actors by key)."""
    names = {k: n for k, f in forms.items() if (n := _person_name(f)) is not None}
    people, why = _people(names, forms)
    person = dict(people)
    for key, name in names.items():
        if not name.full:
            # decided against full names only, so no one-word decision depends on another
            head, reason = _one_word(name, names, people, forms)
            if head is not None:
                person[key], why[key] = head, reason
    canonical = {k: person.get(k, k) for k in forms}
    for key, head in _named_elsewhere(forms, canonical, names).items():
        canonical[key], why[key] = head, "an article that names this person in full uses it"
    kinds = {canonical[k]: f.type for k, f in forms.items() if canonical[k] == k}
    members: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        members[canonical[key]].append(key)
    actors = tuple(
        _actor(head, [forms[k] for k in members[head]], canonical, why, kinds)
        for head in sorted(members)
    )
    return canonical, actors


def _actor(
    head: str,
    forms: list[Form],
    canonical: Mapping[str, str],
    why: Mapping[str, str],
    kinds: Mapping[str, str],
) -> Actor:
    """One canonical actor from its member forms (every choice by counts, then by name)."""
    merged = merge_forms(*forms)
    names, types, roles = (
        Counter(dict(merged.names)),
        Counter(dict(merged.types)),
        Counter(dict(merged.roles)),
    )
    affiliations: Counter[str] = Counter()
    for key, count in merged.affiliations:
        affiliations[canonical.get(key, key)] += count
    type_ = max(types, key=lambda t: TYPE_RANK[t])
    pool = list(names)
    if type_ == "Person":
        full = [n for n in pool if (p := parse_name(n)) is not None and p.full]
        pool = full or pool
    label = _best(pool, names)
    affiliations.pop(head, None)
    notes = {f"{f.name()}: {why[f.key]}" for f in forms if f.key != head and f.key in why}
    if type_ == "Person":
        named = {f.name() for f in forms}
        notes |= {
            f"{alias}: used alone in an article that names this person in full"
            for alias in names
            if alias not in named and (p := parse_name(alias)) is not None and not p.full
        }
    return Actor(
        key=head,
        label=label,
        type=type_,  # type: ignore[arg-type]
        aliases=tuple(sorted(set(names) - {label})),
        role=_best(roles, roles) if roles else None,
        affiliation=_side(affiliations, kinds) if affiliations else None,
        notes=tuple(sorted(notes)),
    )


# --- the whole pass ----------------------------------------------------------------------


@dataclass(frozen=True)
class Resolution:
    """Canonical actors of a corpus and its statements with speakers remapped to them.

    ``forms`` are the tallies the actors were resolved from (a store keeps them, to
    resolve the next articles together with everything before).
    """

    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    forms: tuple[Form, ...] = ()
    canonical: tuple[tuple[str, str], ...] = ()  # form key -> actor key, where they differ
    #: (article id, actor key, affiliation key): the side each article states for an
    #: actor, at the time of that article, one per article and actor; an actor's
    #: ``affiliation`` is the side most articles state, so these differ where a person
    #: changed sides between articles. Each statement carries its speaker's side in its
    #: article as ``speaker_affiliation``.
    sides: tuple[tuple[str, str, str], ...] = ()


def corpus_forms(extractions: Iterable[Extraction]) -> tuple[dict[str, Form], list[Statement]]:
    """Article-level forms summed over ``extractions``, and their article-level statements
    (each keyed by its speaker's article-level key, its identity)."""
    forms, statements, _sides = _corpus(extractions)
    return forms, statements


def _corpus(
    extractions: Iterable[Extraction],
) -> tuple[dict[str, Form], list[Statement], list[tuple[str, str, str]]]:
    """:func:`corpus_forms`, and each article's (article id, actor key, affiliation key)
    as the article states them, in article-level keys."""
    found: dict[str, list[Form]] = defaultdict(list)
    statements: list[Statement] = []
    sides: list[tuple[str, str, str]] = []
    for extraction in extractions:
        local = within_article(extraction)
        for key, form in article_forms(local).items():
            found[key].append(form)
        statements += [replace(s, speaker_form=s.speaker) for s in local.statements]
        sides += [
            (local.article.id, a.key, a.affiliation)
            for a in local.actors
            if a.affiliation and a.affiliation != a.key
        ]
    return {k: merge_forms(*v) for k, v in found.items()}, statements, sides


def remap(statements: Iterable[Statement], canonical: Mapping[str, str]) -> tuple[Statement, ...]:
    """Statements with speaker, reporter and target rewritten to canonical keys."""

    def key(k: str | None) -> str | None:
        return canonical.get(k, k) if k else k

    return tuple(
        replace(
            s,
            speaker=key(s.speaker) or s.speaker,
            reported_by=key(s.reported_by),
            target_actor=key(s.target_actor),
            speaker_affiliation=key(s.speaker_affiliation),
        )
        for s in statements
    )


def article_sides(
    stated: Iterable[tuple[str, str, str]],
    canonical: Mapping[str, str],
    kinds: Mapping[str, str],
) -> dict[tuple[str, str], str]:
    """(article id, actor key) -> the side that article states for the actor.

    ``stated`` holds (article id, actor key, affiliation key) once per article-level form,
    in article-level keys; ``kinds`` maps actor keys to their types. Where several forms of
    one actor in one article state different sides, the choice is the one an actor's
    ``affiliation`` is made by (:func:`_side`), so an article built alone gives its actor
    that same side. A side that resolves to the actor itself is no side.
    """
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for article, actor, side in stated:
        head, other = canonical.get(actor, actor), canonical.get(side, side)
        if head != other:
            found[(article, head)][other] += 1
    return {pair: _side(counts, kinds) for pair, counts in found.items()}


def resolve(extractions: Iterable[Extraction], known: Iterable[Form] = ()) -> Resolution:
    """Canonical actors of a corpus and its statements remapped to them.

    ``known`` are forms already tallied (a store's); they are summed with the new ones.
    Deterministic and independent of order: the same articles, in any order or parts,
    give the same actors, sorted by key.
    """
    forms, statements, local_sides = _corpus(extractions)
    for form in known:
        forms[form.key] = merge_forms(form, forms[form.key]) if form.key in forms else form
    canonical, actors = resolve_forms(forms)
    kinds = {k: f.type for k, f in forms.items() if canonical.get(k, k) == k}
    sides = article_sides(local_sides, canonical, kinds)
    return Resolution(
        actors=actors,
        statements=tuple(
            replace(s, speaker_affiliation=sides.get((s.article_id, s.speaker)))
            for s in remap(statements, canonical)
        ),
        forms=tuple(forms[k] for k in sorted(forms)),
        canonical=tuple((k, v) for k, v in sorted(canonical.items()) if k != v),
        sides=tuple(sorted((article, actor, side) for (article, actor), side in sides.items())),
    )
