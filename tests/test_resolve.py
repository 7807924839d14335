"""Cross-article resolution: actors merged by key and by surname, statements remapped."""

from __future__ import annotations

import pytest

from graph.names import actor_key
from graph.records import Actor, Article, Extraction, Statement, Topic
from graph.resolve import resolve


def _article(n: int) -> Article:
    return Article(id=f"a{n}", text=f"text {n}", source=f"{n}.txt")


def _statement(article: Article, speaker: str, **kw) -> Statement:
    return Statement(
        article_id=article.id,
        speaker=speaker,
        cue="said",
        quote="q",
        evidence=article.text,
        char_start=0,
        char_end=len(article.text),
        stance="neutral",
        topic=Topic(key="t", label="t"),
        **kw,
    )


def _extraction(n: int, actors: list[Actor], statements: list[str], **kw) -> Extraction:
    article = _article(n)
    return Extraction(
        article=article,
        actors=tuple(actors),
        statements=tuple(_statement(article, s, **kw) for s in statements),
    )


BLUE = Actor(key="dana blue", label="Dana Blue", type="Person", role="Senator")
BLUE_SHORT = Actor(key="blue", label="Blue", type="Person")
PARTY = Actor(key="green party", label="Green Party", type="Organization")


@pytest.mark.parametrize(
    ("label", "key"),
    [("Dana Blue", "dana blue"), ("  Zoë   Kraus ", "zoe kraus"), ("KYIV", "kyiv")],
)
def test_actor_key_folds_case_accents_and_space(label, key):
    assert actor_key(label) == key


def test_surname_in_another_article_is_the_full_name():
    result = resolve(
        [
            _extraction(1, [BLUE], ["dana blue"]),
            _extraction(2, [BLUE_SHORT], ["blue"], reported_by="blue"),
        ]
    )
    actors = {a.key: a for a in result.actors}
    assert set(actors) == {"dana blue"}
    merged = actors["dana blue"]
    assert merged.type == "Person"
    assert merged.role == "Senator"
    assert "Blue" in merged.aliases
    assert {s.speaker for s in result.statements} == {"dana blue"}
    assert result.statements[1].reported_by == "dana blue"


def test_shared_surname_is_left_alone():
    other = Actor(key="sam blue", label="Sam Blue", type="Person")
    short = Actor(key="blue", label="Blue", type="Person")
    result = resolve([_extraction(1, [BLUE, other], []), _extraction(2, [short], ["blue"])])
    assert {a.key for a in result.actors} == {"blue", "dana blue", "sam blue"}
    assert result.statements[0].speaker == "blue"


def test_a_one_word_organisation_is_not_a_surname():
    # "Ford" the company is no "Dana Ford": across articles only people are abbreviated
    company = Actor(key="blue", label="Blue", type="Organization")
    result = resolve([_extraction(1, [BLUE], []), _extraction(2, [company], ["blue"])])
    assert {a.key for a in result.actors} == {"blue", "dana blue"}


def test_surnames_of_organisations_are_not_merged():
    result = resolve(
        [_extraction(1, [PARTY], []), _extraction(2, [Actor("party", "Party", "Group")], [])]
    )
    assert {a.key for a in result.actors} == {"green party", "party"}


def test_affiliation_follows_the_merge_and_the_majority():
    a = Actor(key="lee park", label="Lee Park", type="Person", affiliation="north")
    b = Actor(key="lee park", label="Lee Park", type="Person", affiliation="south")
    c = Actor(key="park", label="Park", type="Person", affiliation="south")
    result = resolve([_extraction(1, [a], []), _extraction(2, [b], []), _extraction(3, [c], [])])
    (actor,) = [x for x in result.actors if x.key == "lee park"]
    assert actor.affiliation == "south"


def test_resolution_is_deterministic():
    inputs = [_extraction(1, [BLUE, PARTY], ["dana blue"]), _extraction(2, [BLUE_SHORT], ["blue"])]
    assert resolve(inputs) == resolve(list(inputs))
    assert [a.key for a in resolve(inputs).actors] == sorted(a.key for a in resolve(inputs).actors)


# --- names, within an article, across a corpus ----------------------------------------------

from itertools import permutations  # noqa: E402

from graph.names import Name  # noqa: E402
from graph.records import Mention  # noqa: E402
from graph.resolve import parse_name, within_article  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dana Blue", Name("dana", "blue")),
        ("Dana Q. Blue", Name("dana", "blue", "q")),
        ("Dana Quinn Blue", Name("dana", "blue", "q")),
        ("L. Dana Blue III", Name("dana", "blue", "", "iii")),
        ("Sen. Dana Blue Jr.", Name("dana", "blue", "", "jr", titled=True)),
        ("Mr. Blue", Name("", "blue", titled=True)),
        ("Blue's", Name("", "blue")),
        ("Dana de Blue", Name("dana", "de blue")),
        ("Kim Soo-ah", Name("kim", "soo-ah")),
        # not names: lower-case words, a bare initial
        ("popularity of Mr. Blue", None),
        ("Blue confidant", None),
        ("J. Blue", None),
    ],
)
def test_resolve_parse_name_takes_a_persons_name_apart(text, name):
    assert parse_name(text) == name


def _people(n: int, names: dict[str, int], speaker: str) -> Extraction:
    """An article naming each person (label -> first offset) with one statement."""
    article = Article(id=f"a{n}", text="Headline\n" + "x" * 400, source=f"{n}.txt")
    actors = tuple(Actor(actor_key(label), label, "Person") for label in names)
    mentions = tuple(
        Mention(article.id, at, at + 5, label, "Person", actor_key(label))
        for label, at in names.items()
    )
    return Extraction(article, actors, (_statement(article, speaker),), mentions)


@pytest.mark.parametrize(
    ("names", "speaker", "expected"),
    [
        # one person of that surname named before: the surname is them
        ({"Dana Blue": 20, "Blue": 50}, "blue", "dana blue"),
        # a first name alone, a title and surname
        ({"Dana Blue": 20, "Dana": 50}, "dana", "dana blue"),
        ({"Dana Blue": 20, "Mr. Blue": 50}, "mr. blue", "dana blue"),
        # two of that surname: the one the article names first
        ({"Sam Blue": 20, "Dana Blue": 30, "Blue": 90}, "blue", "sam blue"),
        # the surname used before anyone of that name is introduced is someone else
        ({"Blue": 20, "Dana Blue": 90}, "blue", "blue"),
    ],
)
def test_resolve_within_article_surname_goes_to_the_person_named_before(names, speaker, expected):
    local = within_article(_people(1, names, speaker))
    assert [s.speaker for s in local.statements] == [expected]


def test_resolve_within_article_headline_mentions_do_not_count():
    # "Blue" in the headline (offset 0) and in the body after Dana Blue is introduced
    extraction = _people(1, {"Dana Blue": 20, "Blue": 50}, "blue")
    headline = Mention("a1", 0, 4, "Blue", "Person", "blue")
    extraction = Extraction(
        extraction.article,
        extraction.actors,
        extraction.statements,
        (*extraction.mentions, headline),
    )
    assert [s.speaker for s in within_article(extraction).statements] == ["dana blue"]


@pytest.mark.parametrize(
    ("articles", "speaker", "expected"),
    [
        # middle initial, suffix, first-name-first order: one person
        ([["Dana Blue"], ["Dana Q. Blue"]], "dana blue", "dana q. blue"),
        ([["Dana Blue III"], ["Blue"]], "blue", "dana blue iii"),
        ([["Kim Soo-ah"], ["Kim"]], "kim", "kim soo-ah"),
        ([["Dana Blue"], ["Dana"]], "dana", "dana blue"),
        # two middle initials: two people, and the bare name is neither
        ([["Dana Q. Blue"], ["Dana R. Blue"], ["Dana Blue"]], "dana blue", "dana blue"),
        # a suffix is who someone is
        ([["Dana Blue"], ["Dana Blue Jr."]], "dana blue jr.", "dana blue jr."),
        # a familiar form of a first name the corpus writes in full is that person; two
        # familiar forms of one name, with the full one nowhere, are not
        ([["Margaret Blue"], ["Peggy Blue"]], "peggy blue", "margaret blue"),
        ([["Peggy Blue"], ["Maggie Blue"]], "maggie blue", "maggie blue"),
        # two people, no article tells which one the surname is: apart
        ([["Dana Blue"], ["Sam Blue"], ["Blue"]], "blue", "blue"),
        # the corpus uses the surname alone for one of them: that one
        (
            [
                ["Dana Blue", "Blue"],
                ["Dana Blue", "Blue"],
                ["Dana Blue", "Blue"],
                ["Sam Blue"],
                ["Blue"],
            ],
            "blue",
            "dana blue",
        ),
    ],
)
def test_resolve_corpus_name_variants(articles, speaker, expected):
    extractions = []
    for n, labels in enumerate(articles):
        offsets = {label: 20 + 30 * i for i, label in enumerate(labels)}
        said = (
            speaker
            if actor_key(speaker) in {actor_key(x) for x in labels}
            else actor_key(labels[0])
        )
        extractions.append(_people(n, offsets, said))
    result = resolve(extractions)
    spoke = {s.article_id: s.speaker for s in result.statements}
    target = next(n for n, labels in enumerate(articles) if speaker in map(actor_key, labels))
    assert spoke[f"a{target}"] == expected


def test_resolve_merged_actor_lists_its_names_and_why():
    result = resolve(
        [_people(1, {"Dana Q. Blue": 20}, "dana q. blue"), _people(2, {"Blue": 20}, "blue")]
    )
    (actor,) = result.actors
    assert (actor.key, actor.label, actor.aliases) == ("dana q. blue", "Dana Q. Blue", ("Blue",))
    assert actor.notes == ("Blue: the only person in the corpus it can name",)


def test_resolve_is_independent_of_order_and_of_parts():
    extractions = [
        _people(1, {"Dana Blue": 20, "Blue": 50}, "blue"),
        _people(2, {"Sam Blue": 20}, "sam blue"),
        _people(3, {"Blue": 20}, "blue"),
        _people(4, {"Dana Q. Blue": 20, "Sam Blue": 40, "Blue": 90}, "blue"),
        _people(5, {"Mr. Blue": 20}, "mr. blue"),
    ]
    whole = resolve(extractions)
    for order in permutations(extractions):
        assert resolve(order).actors == whole.actors
    first = resolve(extractions[:2])
    assert resolve(extractions[2:], known=first.forms).actors == whole.actors


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        # as many articles state each: a party before a country, a country before a group
        ([("green party", "Organization"), ("norland", "Country")], "green party"),
        ([("norland", "Country"), ("green voters", "Group")], "norland"),
        # more articles state one: that one
        (
            [("norland", "Country"), ("norland", "Country"), ("green party", "Organization")],
            "norland",
        ),
    ],
)
def test_resolve_affiliation_by_articles_then_kind_of_side(sides, expected):
    extractions = []
    for n, (side, kind) in enumerate(sides):
        actors = [
            Actor("dana blue", "Dana Blue", "Person", affiliation=side),
            Actor(side, side.title(), kind),  # type: ignore[arg-type]
        ]
        extractions.append(_extraction(n, actors, ["dana blue"]))
    (blue,) = [a for a in resolve(extractions).actors if a.key == "dana blue"]
    assert blue.affiliation == expected


def test_resolve_country_keeps_the_label_extraction_chose():
    canada = Actor("canada", "Canada", "Country", aliases=("Canadian",))
    resolution = resolve([_extraction(1, [canada], [])])
    assert [a.label for a in resolution.actors] == ["Canada"]
    assert resolution.actors[0].aliases == ("Canadian",)


def test_resolve_a_name_one_article_gives_a_person_is_that_person_elsewhere():
    # an article that names Dana Whitfield in full calls her "Crooked Dana" too; another
    # uses only the nickname: one person
    named = Extraction(
        Article(id="a1", text="Headline\n" + "x" * 400, source="1.txt"),
        (Actor("dana whitfield", "Dana Whitfield", "Person", aliases=("Crooked Dana",)),),
        (_statement(Article(id="a1", text="", source=""), "dana whitfield"),),
    )
    nickname = _people(2, {"Crooked Dana": 20}, "crooked dana")
    other = _people(3, {"Sam Marsh": 20}, "sam marsh")
    result = resolve([named, nickname, other])
    spoke = {s.article_id: s.speaker for s in result.statements}
    assert spoke == {"a1": "dana whitfield", "a2": "dana whitfield", "a3": "sam marsh"}
    (dana,) = [a for a in result.actors if a.key == "dana whitfield"]
    assert any(n.startswith("Crooked Dana:") for n in dana.notes)


def test_resolve_lookup_keys_endings_only_where_they_name_one_actor():
    from graph.names import lookup_keys

    keys = lookup_keys(
        [
            Actor("dana blue", "Dana Blue", "Person", aliases=("Blue",)),
            Actor("eric blue", "Eric Blue", "Person"),
            Actor("sam v. reed", "Sam V. Reed", "Person"),
            Actor("blue ridge council", "Blue Ridge Council", "Organization"),
        ]
    )
    assert keys["dana blue"] == {"dana blue", "blue"}
    assert keys["eric blue"] == {"eric blue"}  # "blue" is what the texts call Dana
    assert keys["sam v. reed"] == {"sam v. reed", "v. reed", "reed"}
    assert keys["blue ridge council"] == {"blue ridge council"}


def test_resolve_match_key_folds_case_article_and_dots():
    from graph.names import match_key

    assert match_key("the U.S.  Senate") == "us senate"
    assert match_key("The") == ""


def test_resolve_keeps_the_side_each_article_states():
    # one person, a party in two articles and a government in a third: the actor's
    # affiliation is the party, and the third article's side is kept with its article
    extractions = []
    for n, side in enumerate(["green party", "green party", "norland"]):
        kind = "Country" if side == "norland" else "Organization"
        actors = [
            Actor("dana blue", "Dana Blue", "Person", affiliation=side),
            Actor(side, side.title(), kind),  # type: ignore[arg-type]
        ]
        extractions.append(_extraction(n, actors, ["dana blue"]))
    result = resolve(extractions)
    (blue,) = [a for a in result.actors if a.key == "dana blue"]
    assert blue.affiliation == "green party"
    ids = [e.article.id for e in extractions]
    assert [s for s in result.sides if s[1] == "dana blue"] == sorted(
        [
            (ids[0], "dana blue", "green party"),
            (ids[1], "dana blue", "green party"),
            (ids[2], "dana blue", "norland"),
        ]
    )


def test_resolve_names_parse_name_drops_only_the_titles_it_is_given():
    from graph.names import parse_name as parse_plain

    assert parse_plain("Sen. Dana Blue") == Name("sen.", "blue", "d")
    assert parse_plain("Sen. Dana Blue", frozenset({"sen."})) == Name("dana", "blue", titled=True)


def test_resolve_each_statement_keeps_its_own_articles_side():
    # one person stated a party member in one article and a government's minister in
    # another: the actor has one corpus-wide affiliation, each statement its article's side
    party = [
        Actor("dana blue", "Dana Blue", "Person", affiliation="green party"),
        Actor("green party", "Green Party", "Organization"),
    ]
    government = [
        Actor("blue", "Blue", "Person"),
        Actor("dana blue", "Dana Blue", "Person", affiliation="norland"),
        Actor("norland", "Norland", "Country"),
    ]
    silent = [Actor("dana blue", "Dana Blue", "Person"), Actor("norland", "Norland", "Country")]
    result = resolve(
        [
            _extraction(1, party, ["dana blue"]),
            _extraction(2, government, ["blue", "dana blue"]),
            _extraction(3, silent, ["dana blue", "norland"]),
        ]
    )
    (blue,) = [a for a in result.actors if a.key == "dana blue"]
    assert blue.affiliation is not None  # the corpus summary: one of the two, by rule
    sides = {(s.article_id, s.speaker): s.speaker_affiliation for s in result.statements}
    assert sides == {
        ("a1", "dana blue"): "green party",
        ("a2", "dana blue"): "norland",  # "Blue" is Dana Blue there, and speaks for Norland
        ("a3", "dana blue"): None,  # the third article states no side, whatever others say
        ("a3", "norland"): None,
    }


def test_resolve_side_is_chosen_as_the_actors_affiliation_is_within_one_article():
    # two forms of one person in one article state two sides: the statement gets the one
    # a build of that article alone gives the actor
    actors = [
        Actor("dana blue", "Dana Blue", "Person", affiliation="norland"),
        Actor("dana j. blue", "Dana J. Blue", "Person", affiliation="green party"),
        Actor("norland", "Norland", "Country"),
        Actor("green party", "Green Party", "Organization"),
    ]
    result = resolve([_extraction(1, actors, ["dana blue", "dana j. blue"])])
    (blue,) = [a for a in result.actors if a.type == "Person"]
    assert blue.affiliation == "green party"  # a party before a country on a tie
    assert {s.speaker_affiliation for s in result.statements} == {"green party"}


def test_remap_rewrites_the_speakers_side():
    from graph.resolve import remap

    (statement,) = remap(
        [_statement(_article(1), "blue", speaker_affiliation="green")], {"green": "green party"}
    )
    assert statement.speaker_affiliation == "green party"
