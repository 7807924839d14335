"""Actors of one article: titles, affiliations, demonyms, metonyms, aliases, datelines.

Each case is a short sentence written for the test and parsed by the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.extract.lexicon import DEMONYMS, country_name
from graph.records import Actor, Article, Extraction, Statement


def _extract(nlp, text: str) -> Extraction:
    return extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))


def _actors(nlp, text: str) -> dict[str, Actor]:
    return {a.key: a for a in _extract(nlp, text).actors}


def _sole_speaker(nlp, text: str) -> tuple[Statement, Actor]:
    """The text's only statement and the actor who made it."""
    extraction = _extract(nlp, text)
    (statement,) = extraction.statements
    return statement, {a.key: a for a in extraction.actors}[statement.speaker]


@pytest.mark.parametrize(
    ("text", "key", "role", "affiliation"),
    [
        # a demonym before the title says which country the office belongs to
        (
            "Russian Foreign Minister Ivan Petrov said the talks had failed.",
            "ivan petrov",
            "Foreign Minister",
            "russia",
        ),
        # an organisation before the title
        (
            "NATO Secretary General Anna Berg said the alliance was ready.",
            "anna berg",
            "Secretary General",
            "nato",
        ),
        # a name NER types as an organisation is a person right after a title
        (
            "German Chancellor Olaf Scholz said that Europe must act.",
            "olaf scholz",
            "Chancellor",
            "germany",
        ),
        # a possessive country before an office
        (
            "Chile's Central Bank governor Pedro Alves said rates would fall.",
            "pedro alves",
            None,
            "chile",
        ),
        # an apposition after the name
        (
            "John Smith, Canada's ambassador to the UN, said the vote was a mistake.",
            "john smith",
            "ambassador",
            "canada",
        ),
        # an official of a national department speaks for the country
        (
            "U.S. Treasury Department Undersecretary for Trade Helen Parks said tariffs would stay.",
            "helen parks",
            None,
            "united states",
        ),
    ],
)
def test_titles_give_role_and_affiliation(nlp, text, key, role, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    person = actors[key]
    assert person.type == "Person"
    if role is not None:
        assert person.role == role
    assert person.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "speaker", "type_", "affiliation"),
    [
        ("Moscow rejected the proposal.", "russia", "Country", None),
        ("Kyiv welcomed the decision.", "ukraine", "Country", None),
        ("The Kremlin said the sanctions were illegal.", "kremlin", "Organization", "russia"),
        (
            "The White House said the talks would continue.",
            "white house",
            "Organization",
            "united states",
        ),
        ("Chilean officials said the deal was fair.", "chilean official", "Group", "chile"),
        (
            "A spokeswoman for the Acme Corporation said the plant would close.",
            "spokeswoman",
            "Group",
            None,
        ),
    ],
)
def test_metonyms_demonyms_and_groups_resolve(nlp, text, speaker, type_, affiliation):
    extraction = _extract(nlp, text)
    actors = {a.key: a for a in extraction.actors}
    assert [s.speaker for s in extraction.statements] == [speaker]
    assert actors[speaker].type == type_
    if affiliation is not None:
        assert actors[speaker].affiliation == affiliation


def test_group_named_with_for_is_affiliated(nlp):
    _, speaker = _sole_speaker(nlp, "A spokeswoman for NATO said the alliance was ready.")
    assert speaker.affiliation == "nato"


def test_surname_is_the_person_named_in_full(nlp):
    extraction = _extract(nlp, "Maria Lopez arrived late. Lopez said the plan works.")
    actors = {a.key: a for a in extraction.actors}
    assert set(actors) == {"maria lopez"}
    assert "Lopez" in actors["maria lopez"].aliases
    assert [s.speaker for s in extraction.statements] == ["maria lopez"]


def test_later_part_of_a_long_name_is_the_person(nlp):
    text = "Bank president Antonio Ruiz Vega spoke. Ruiz Vega said the bank needs money."
    extraction = _extract(nlp, text)
    assert [s.speaker for s in extraction.statements] == ["antonio ruiz vega"]


def test_dateline_is_no_actor_but_gives_the_home_country(nlp):
    text = "PARIS, May 3 - Prime Minister Jean Dupont said taxes in France would rise."
    extraction = _extract(nlp, text)
    actors = {a.key: a for a in extraction.actors}
    assert [s.speaker for s in extraction.statements] == ["jean dupont"]
    assert actors["jean dupont"].affiliation == "france"


@pytest.mark.parametrize(
    "text",
    [
        # the country is not named in the story: a correspondent abroad
        "PARIS, May 3 - Prime Minister Jean Dupont said taxes would rise.",
        # a country, not a capital: a regional bureau
        "BELGIUM, May 3 - Prime Minister Jean Dupont said taxes in Belgium would rise.",
    ],
)
def test_dateline_gives_no_country_when_it_may_be_foreign(nlp, text):
    actors = {a.key: a for a in _extract(nlp, text).actors}
    assert actors["jean dupont"].affiliation is None


def test_a_hyphenated_word_after_a_capitalised_paragraph_opening_is_no_dateline(nlp):
    # "BWS figures show nearly two-fifths ...": the hyphen of "two-fifths" is no
    # dateline's dash, so the paragraph keeps its statement
    from graph.extract.actors.countries import read_dateline

    text = (
        "The Bureau of Water Safety (BWS) began a review on Tuesday.\n\n"
        "BWS figures show nearly two-fifths of the region's wells are dry.\n"
    )
    assert read_dateline(nlp(text)) == (set(), None)
    assert [s.cue for s in _extract(nlp, text).statements] == ["show"]


@pytest.mark.parametrize(
    "text",
    [
        # a dash right after the city, with or without a space after it
        "BEIJING—Li Wen said exports to China would fall.",
        "BEIJING - Li Wen said exports to China would fall.",
        # a hyphen after the date with no space before it
        "BEIJING, March 3- Li Wen said exports to China would fall.",
    ],
)
def test_dateline_dash_need_not_be_spaced(nlp, text):
    from graph.extract.actors.countries import read_dateline

    tokens, country = read_dateline(nlp(text))
    assert country == "China"
    assert 0 in tokens


def test_acronym_in_parentheses_is_the_same_body(nlp):
    text = (
        "The Bureau of Fair Trade (BFT) opened an inquiry. "
        "BFT officials said the inquiry would take a year."
    )
    _, speaker = _sole_speaker(nlp, text)
    assert speaker.affiliation == "bureau of fair trade"


def test_outlet_named_beside_an_outlet_noun(nlp):
    _, speaker = _sole_speaker(
        nlp, "The newspaper Daily Planet reported that the mayor would resign."
    )
    assert speaker.type == "Outlet"


def test_only_speakers_and_their_affiliations_are_kept(nlp):
    text = "Spain has opposed the plan. The ship sailed past Lisbon and Alaska."
    keys = set(_actors(nlp, text))
    assert keys == {"spain"}


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("U.S.", "United States"),
        ("the United States", "United States"),
        ("Russian Federation", "Russia"),
        ("Britain", "United Kingdom"),
        ("Germany", "Germany"),
        ("Iran, Islamic Republic of", "Iran"),
        # states of the past, which news archives name
        ("Zaire", "Zaire"),
        ("Yugoslavia", "Yugoslavia"),
        ("USSR", "Soviet Union"),
        ("Kampuchea", "Cambodia"),
        ("Atlantis", None),
    ],
)
def test_country_names(written, country):
    assert country_name(written) == country


def test_demonyms_name_countries_pycountry_knows():
    # the demonym table must point at names country_name() resolves, so keys agree
    unknown = {c for c in DEMONYMS.values() if country_name(c) is None}
    assert unknown <= {"Soviet Union", "Palestine", "West Germany", "East Germany"}, unknown


def test_members_listed_with_including_belong_to_the_group(nlp):
    text = "The smaller members including Norway and Chile had all supported the reform."
    actors = {a.key: a for a in _extract(nlp, text).actors}
    assert actors["norway"].affiliation == actors["chile"].affiliation
    assert actors[actors["norway"].affiliation].type == "Group"


def test_an_office_every_government_has_is_that_government(nlp):
    text = (
        "ROME, June 2 - Foreign Ministry officials said the treaty was ready. "
        "Italy will sign it on Friday."
    )
    statement, speaker = _sole_speaker(nlp, text)
    assert statement.speaker == "foreign ministry official"
    assert speaker.affiliation == "italy"


def test_regional_adjective_names_a_region_of_the_story(nlp):
    text = "South Asia rejected the plan. Some South Asian delegates said they were still hopeful."
    extraction = _extract(nlp, text)
    actors = {a.key: a for a in extraction.actors}
    delegates = extraction.statements[-1].speaker
    assert actors[delegates].affiliation == extraction.statements[0].speaker


def test_unknown_source_noun_keeps_whom_it_speaks_for(nlp):
    # a noun no table knows still names its source with the "for <name>" phrase, however
    # many words the name takes, and the country named in it is whom it speaks for
    _, speaker = _sole_speaker(
        nlp, "A courier for Lisbon's Harbour Safety Review Board vowed to appeal the ruling."
    )
    assert speaker.label == "courier for Lisbon's Harbour Safety Review Board"
    assert speaker.affiliation == "portugal"


def test_businesses_are_from_a_country_not_speaking_for_it(nlp):
    # a nationality on businesses says where they are from; on officials, whom they serve
    extraction = _extract(
        nlp, "Brazilian exporters said the quota was unfair. Brazilian officials said it was fair."
    )
    actors = {a.key: a for a in extraction.actors}
    assert actors["brazilian exporter"].affiliation is None
    assert actors["brazilian official"].affiliation == "brazil"


def test_a_named_apposition_says_who_the_subject_is(nlp):
    extraction = _extract(
        nlp, "The country's largest bank, Acme Holdings Corp, said rates would rise."
    )
    assert [s.speaker for s in extraction.statements] == ["acme holdings corp"]


def test_the_union_is_the_union_named_before(nlp):
    # "the union" names the organisation whose name says it is a union, not the company
    # mentioned after it
    text = (
        "A committee of the National Federation of Dock Workers met on Monday. Talks with "
        "Acme Shipping Corp stalled. The union said the offer was unfair."
    )
    (statement,) = _extract(nlp, text).statements
    assert statement.speaker == "national federation of dock workers"


def test_the_company_is_a_company_named_before(nlp):
    text = "Reuters reported the deal. Acme Shipping Corp was sold. The company said it would grow."
    speakers = [s.speaker for s in _extract(nlp, text).statements]
    assert speakers[-1] == "acme shipping corp"


def test_an_official_of_the_union_serves_that_union(nlp):
    text = (
        "A committee of the National Federation of Dock Workers met on Monday. "
        "\u201cWe will keep working,\u201d said Tom Reyes, a union official."
    )
    actors = {a.key: a for a in _extract(nlp, text).actors}
    assert actors["tom reyes"].affiliation == "national federation of dock workers"


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # U.S. party notation after a legislator's name gives the party
        ("Rep. Mary Stone (D-La.) said the bill was a mistake.", "mary stone", "democratic party"),
        (
            "Sen. Tom Hale (R-Iowa) said on Monday that he opposed it.",
            "tom hale",
            "republican party",
        ),
        # the party outranks the chamber named in the title
        (
            "House Majority Leader Ann Fox (R-Ohio) said the vote would wait.",
            "ann fox",
            "republican party",
        ),
        # a bare letter is the same notation
        ("Former Governor Lee Park (D) said the plan had failed.", "lee park", "democratic party"),
        # wire style puts the notation between commas
        (
            "Senator Bob Hale, R-Kan., said the tariff was a mistake.",
            "bob hale",
            "republican party",
        ),
        ("Rep. Ann Lee, D-New York, said the bill was fair.", "ann lee", "democratic party"),
        # or between a comma and the sentence's end
        (
            '"The tariff is a mistake," said Senator Bob Hale, R-Kan.',
            "bob hale",
            "republican party",
        ),
        # newspaper style puts a period and a comma between party and state
        ("Sen. Tom Hale (R., Iowa) said the plan was good.", "tom hale", "republican party"),
        # an independent sits for no party
        ("Sen. Joan Wells (I-Maine) said the bill was fair.", "joan wells", None),
        # a party adjective before the title
        (
            "Republican Senator Ruth Kemp said the treaty was weak.",
            "ruth kemp",
            "republican party",
        ),
    ],
)
def test_actors_party_notation_and_party_words(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    assert actors[key].affiliation == affiliation
    if affiliation:
        assert actors[affiliation].type == "Organization"


def test_actors_party_members_are_a_group_of_the_party(nlp):
    extraction = _extract(nlp, "Democrats said the budget was cruel.")
    actors = {a.key: a for a in extraction.actors}
    (statement,) = extraction.statements
    assert actors[statement.speaker].type == "Group"
    assert actors[statement.speaker].affiliation == "democratic party"
    assert "Democrats" not in actors["democratic party"].aliases


def test_actors_party_adjective_on_an_unnamed_source(nlp):
    _, speaker = _sole_speaker(nlp, "A Democratic aide said the meeting went well.")
    assert speaker.affiliation == "democratic party"


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a plural title before coordinated names belongs to each of them
        (
            "Republican senators Ann Roe and Bill Dane said the deal was weak.",
            "senator",
            "republican party",
        ),
        (
            "Labour lawmakers Ann Roe and Bill Dane criticised the deal.",
            "lawmaker",
            "labour party",
        ),
    ],
)
def test_actors_plural_title_is_shared_by_coordinated_names(nlp, text, role, affiliation):
    actors = _actors(nlp, text)
    for key in ("ann roe", "bill dane"):
        assert actors[key].role == role, key
        assert actors[key].affiliation == affiliation, key


def test_actors_singular_title_is_the_first_name_alone(nlp):
    actors = _actors(nlp, "Senator Ann Roe and Bill Dane said the deal was weak.")
    assert actors["ann roe"].role == "Senator"
    assert actors["bill dane"].role is None


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # the head of a described body speaks for that body
        (
            "Karl Weber, president of the employers' federation, said wages must stay low.",
            "karl weber",
            "employers' federation",
        ),
        # a name after an organisation noun is the body, whatever type NER gives it
        (
            "Nora Quist, director of the advocacy group Clean Rivers Now, said the dam "
            "was a disaster.",
            "nora quist",
            "clean rivers now",
        ),
        # "the company" alone is the company named before
        (
            "Acme Mining Corp cut jobs. Lena Ford, chairman of the company, said more "
            "cuts would come.",
            "lena ford",
            "acme mining corp",
        ),
        # an acronym in parentheses inside the title names the body
        (
            "National Grain Board (NGB) chairman Paul Otto said exports would fall.",
            "paul otto",
            "national grain board",
        ),
        # a candidate's campaign is the side its staff speak for
        (
            "Dana Cole spoke in Ohio. Cole campaign spokesman Ray Burns declined to comment.",
            "ray burns",
            "cole campaign",
        ),
    ],
)
def test_actors_office_of_a_body(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    assert actors[key].affiliation == affiliation
    assert actors[affiliation].type == "Organization"


@pytest.mark.parametrize(
    ("text", "key", "body", "country"),
    [
        # the capitalised words before an acronym in parentheses name the body, and a
        # national board speaks for itself, its country being the board's affiliation
        (
            "MANILA, May 4 - Philippine Sugar Export Board (PSEB) chairman Luis Reyes "
            "said exports from the Philippines would fall.",
            "luis reyes",
            "philippine sugar export board",
            "philippines",
        ),
        # a government office named for its country speaks for the country
        (
            "Chilean Finance Ministry spokesman Pablo Soto said the budget was balanced.",
            "pablo soto",
            None,
            "chile",
        ),
    ],
)
def test_actors_national_board_is_its_own_side(nlp, text, key, body, country):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    if body is None:
        assert actors[key].affiliation == country
    else:
        assert actors[key].affiliation == body
        assert actors[body].affiliation == country


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # a party noun in apposition is the party the person sits for
        ("Tom Hale, a Democrat, said the bill was cruel.", "tom hale", "democratic party"),
        (
            "Greg Olsen, a Republican from Ohio, said the vote was wrong.",
            "greg olsen",
            "republican party",
        ),
        # a party word before a source noun or in a body's name
        ("A Green MP said the motorway should not be built.", "green mp", "green party"),
        ("Two Labour MPs said the budget was cruel.", "labour mp", "labour party"),
        (
            "The Republican National Committee said the rules were fair.",
            "republican national committee",
            "republican party",
        ),
        # "of State" names the office, not a body
        ("Former Secretary of State Jane Roe said the treaty was weak.", "jane roe", None),
        # another person's apposition is not this one's: Wick founded the forum, not Hale
        (
            '"Yes, I back Tom Hale," Bob Wick, founder of the Liberty Forum, tells the paper.',
            "bob wick",
            "liberty forum",
        ),
    ],
)
def test_actors_affiliation_read_from_the_actors_own_title(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    assert actors[key].affiliation == affiliation
    assert all(a.affiliation != "liberty forum" for k, a in actors.items() if k != "bob wick")


@pytest.mark.parametrize(
    ("text", "phrase", "proposed", "kind"),
    [
        # names, groups, organisations, countries, outlets are actors
        ("Ann Roe said the plan works.", "Ann Roe", "Person", "Person"),
        ("Western diplomats said the plan works.", "Western diplomats", "Group", "Group"),
        ("A farmer said the plan works.", "A farmer", "Person", "Person"),
        ("Another child said the plan works.", "Another child", "Person", "Person"),
        ("Dairy producers in Ohio said prices fell.", "Dairy producers in Ohio", "Group", "Group"),
        ("Sixty percent said the plan works.", "Sixty percent", "Group", "Group"),
        ("The Japanese side said the plan works.", "The Japanese side", "Group", "Group"),
        # the type comes from the noun: a company is no person
        (
            "The shipping company said prices fell.",
            "The shipping company",
            "Person",
            "Organization",
        ),
        # interjections, interview labels, politeness, pronouns, markup and dates are not
        ("Meh, he said.", "Meh", "Person", None),
        ("Question: what did he say?", "Question", "Person", None),
        ("My apologies, she said.", "My apologies", "Group", None),
        ("They said the plan works.", "They", "Group", None),
        ('The file had date="March in it.', 'date="March', "Organization", None),
        ("Last Tuesday said it all.", "Last Tuesday", "Person", None),
        # a lower-case word tagged as a name is a word, not a name
        ("Smith jabbed back at critics.", "jabbed", "Person", None),
        # a common noun that names no one by itself
        ("People said the plan works.", "People", "Group", None),
        ("The company said prices fell.", "The company", "Person", None),
        ("A close look shows the flaw.", "A close look", "Person", None),
        ("The only sure way is to wait, he said.", "The only sure way", "Person", None),
    ],
)
def test_actors_only_actors_are_actors(nlp, text, phrase, proposed, kind):
    from graph.extract.actors import mention_kind

    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    assert mention_kind(span, proposed) == kind


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Ann Roe spoke on Monday. She also said federal tax policy is right, adding, "It '
            'works."',
            {"ann roe"},
        ),
        # "spoke on Monday" states no position, so the quote after it has no speaker
        (
            'Ann Roe spoke on Monday. "Now the repair of that old mistake demands that the '
            'rules change."',
            set(),
        ),
    ],
)
def test_actors_a_thing_is_no_speaker(nlp, text, speakers):
    # a policy or a repair "adds" or "demands" nothing: no actor, no statement of its own
    extraction = _extract(nlp, text)
    assert {a.key for a in extraction.actors} <= {"ann roe"}
    assert {s.speaker for s in extraction.statements} == speakers


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        # a story that names the administration: its cabinet serves it
        (
            "U.S. Commerce Secretary Ann Lowe said the Carter Administration would act. "
            "Lowe said tariffs were likely.",
            "carter administration",
        ),
        # no administration named: the country
        ("U.S. Commerce Secretary Ann Lowe said tariffs were likely.", "united states"),
    ],
)
def test_actors_cabinet_serves_the_administration_named(nlp, text, affiliation):
    assert _actors(nlp, text)["ann lowe"].affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "key", "role"),
    [
        # praise before a name is no title
        ("He is also the most able candidate Ned Vole argues.", "ned vole", None),
        # a courtesy title is no office
        ("Mr. Ned Vole said the mill would close.", "ned vole", None),
        (
            "Deputy Foreign Minister Ann Lee said the talks failed.",
            "ann lee",
            "Deputy Foreign Minister",
        ),
    ],
)
def test_actors_role_is_a_title_not_praise(nlp, text, key, role):
    assert _actors(nlp, text)[key].role == role


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        # officials with no qualifier in a story filed from a capital it is about
        ("MADRID, May 2 - Spain will vote on Friday. Officials said the vote was close.", "spain"),
        # a correspondent abroad: the capital is not named in the story
        ("MADRID, May 2 - The vote is on Friday. Officials said it was close.", None),
    ],
)
def test_actors_bare_officials_serve_the_dateline_government(nlp, text, affiliation):
    extraction = _extract(nlp, text)
    actors = {a.key: a for a in extraction.actors}
    (statement,) = [s for s in extraction.statements if s.cue == "said"]
    assert actors[statement.speaker].affiliation == affiliation


def test_actors_surname_that_is_also_a_word_completes_the_name(nlp):
    text = "He will face former Iowa Lt. Gov. Ann Judge (D) in November. Judge said she would win."
    extraction = _extract(nlp, text)
    actors = {a.key: a for a in extraction.actors}
    assert actors["ann judge"].affiliation == "democratic party"
    assert [s.speaker for s in extraction.statements] == ["ann judge"]


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # the campaign of a person named before is the side its staff speak for, however
        # the tagger reads the surname before "campaign"
        (
            "Senator Maria Lindqvist spoke in Ohio. Lindqvist campaign spokesman Tom Harrow "
            "said the senator would not debate.",
            "tom harrow",
            "lindqvist campaign",
        ),
        # a title the name stands in apposition to
        (
            "The presumptive Republican nominee, Dan Morrow, said he would win Ohio.",
            "dan morrow",
            "republican party",
        ),
        (
            "The Bulgarian foreign minister, Ivan Petrov, said talks would resume.",
            "ivan petrov",
            "bulgaria",
        ),
        # a party member's label before a name NER missed
        (
            "Republican Dan Morrow and Democrat Anne Fell said the bill would pass.",
            "anne fell",
            "democratic party",
        ),
    ],
)
def test_actors_side_from_campaign_apposed_title_and_party_label(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert actors[key].affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an English adjective before the first name of a person named in full
        (
            "Dana Whitfield toured Iowa on Monday. Crooked Dana told reporters she would win.",
            "dana whitfield",
        ),
        # a name whose first word is no adjective stays a person of its own
        (
            "Kelly Rowe toured Iowa on Monday. Megan Kelly told reporters she would win.",
            "megan kelly",
        ),
    ],
)
def test_actors_epithet_before_a_first_name_is_a_nickname(nlp, text, speaker):
    assert {s.speaker for s in _extract(nlp, text).statements} == {speaker}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a familiar form of the first name is the person named in full, and the bare
        # surname is no longer shared by two people
        (
            "Senator Margaret Weiss spoke on Monday. Peggy Weiss later said the toll was "
            "unfair. Weiss also said the fee was too high.",
            {"margaret weiss"},
        ),
        # another given name is another person
        (
            "Senator Margaret Weiss spoke on Monday. Anna Weiss later said the toll was unfair.",
            {"anna weiss"},
        ),
        # the full form is not a familiar form of its own nickname
        (
            "Senator William Weiss spoke on Monday. Bill Weiss later said the toll was "
            "unfair. Weiss also said the fee was too high.",
            {"william weiss"},
        ),
        # two names the table relates sideways ("bill" beside "fred") are two people
        (
            "Senator Bill Weiss spoke on Monday. Fred Weiss later said the toll was unfair.",
            {"fred weiss"},
        ),
    ],
)
def test_actors_familiar_first_name_is_the_same_person(nlp, text, speakers):
    assert {s.speaker for s in _extract(nlp, text).statements} == speakers


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # "X of <body>", "X, who heads <body>,", "X, a member of <body>,"
        (
            "Tom Hale of the Norland Farmers Union said prices would fall.",
            "tom hale",
            "norland farmers union",
        ),
        (
            "Tom Hale, who heads the Norland Farmers Union, said prices would fall.",
            "tom hale",
            "norland farmers union",
        ),
        (
            "Tom Hale, a member of the Norland Farmers Union, said prices would fall.",
            "tom hale",
            "norland farmers union",
        ),
        # an unnamed group named by the kind of a body the story named before
        (
            "The Norland Workers Union voted on Monday. Union leaders said the strike would go on.",
            "union leader",
            "norland workers union",
        ),
    ],
)
def test_actors_side_from_a_body_attached_to_the_mention(nlp, text, key, affiliation):
    assert _actors(nlp, text)[key].affiliation == affiliation


def test_actors_gender_from_honorifics_rules_out_pronouns(nlp):
    from graph.extract.actors import index_actors

    doc = nlp("Mrs. Ann Roe met Tom Blue on Monday. Mr. Blue said the talks had failed.")
    index = index_actors(doc, "test")
    assert index.gender == {"ann roe": "female", "tom blue": "male"}
    assert index.unlike("she") == {"tom blue"}
    assert index.unlike("his") == {"ann roe"}
    assert index.unlike("they") == set()


def test_actors_a_verb_glued_to_a_name_is_no_part_of_it(nlp):
    # a title-case headline runs the verb into the name NER finds
    text = "Ann Roe Tells Farmers They Need To Sell Now\n\nAnn Roe said prices would fall."
    assert {a.key for a in _extract(nlp, text).actors} == {"ann roe"}
