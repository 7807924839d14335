"""Affiliations read from the sentence of a mention: nationalities, offices, bodies a
person heads. Each case is a sentence written for the test (made-up names) and parsed by
the real spaCy pipeline.
"""

from __future__ import annotations

import pytest
from extraction_helpers import actors_of as _actors

from graph.extract import extract_article
from graph.extract.lexicon import demonym_country
from graph.records import Article


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Nicaraguan", "Nicaragua"),  # -n
        ("Jordanian", "Jordan"),  # -ian
        ("Paraguayan", "Paraguay"),  # -an
        ("Panamanian", "Panama"),  # -nian
        ("Congolese", "Congo"),  # -lese
        ("Senegalese", "Senegal"),  # -ese
        ("Maltese", "Malta"),  # -ese for -a
        ("Bahraini", "Bahrain"),  # -i
        ("South African", "South Africa"),  # a name of two words
        ("Ugandans", "Uganda"),  # the plural noun
        ("Dutch", "Netherlands"),  # irregular: from the table
        ("West German", "West Germany"),  # a historical state
        ("Zairean", "Zaire"),  # a state of the past pycountry keeps, its regular adjective
        ("Yugoslav", "Yugoslavia"),  # irregular: from the table
    ],
)
def test_adjectives_of_nationality_name_their_country(adjective, country):
    assert demonym_country(adjective) == country


@pytest.mark.parametrize("word", ["Asian", "African", "Texan", "Christian", "Republican"])
def test_adjectives_of_no_country_name_none(word):
    assert demonym_country(word) is None


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        # a regular adjective of nationality no table lists
        ("Costa Rican President Luis Mora said the talks would resume.", "luis mora", "costa rica"),
        ("Ugandan delegates said the quota was fair.", "ugandan delegate", "uganda"),
        # a country whose everyday English name pycountry does not list
        (
            "Ivory Coast Agriculture Minister Jean Kone said the quota was fair.",
            "jean kone",
            "ivory coast",
        ),
        # "Commerce" before a cabinet title is the office, not a body: the official
        # serves the government of the capital the story is filed from
        (
            "WASHINGTON, May 3 - Commerce Secretary Ed Lamb said the quota was fair, "
            "and the United States would keep it.",
            "ed lamb",
            "united states",
        ),
        # a capitalised "Committee" before a title is the committee named before
        (
            "The Senate Fisheries Committee met on Monday. Committee chairman Ed Lamb said "
            "the bill would pass.",
            "ed lamb",
            "senate fisheries committee",
        ),
        # a person who heads a body speaks for the side that owns or qualifies it
        (
            "Rui Costa, who heads Brazil's delegation, said the quota was unfair.",
            "rui costa",
            "brazil",
        ),
        (
            "Rosa Lim, who heads the Philippine delegation, said the tax was unfair.",
            "rosa lim",
            "philippines",
        ),
        # a party outranks the chamber its member sits in
        (
            "House Democratic Leader Nan Peel said the bill would pass.",
            "nan peel",
            "democratic party",
        ),
        (
            "Rep. Jim Dole, a member of the House Democratic leadership, said the bill would pass.",
            "jim dole",
            "democratic party",
        ),
        # the chamber alone is the side when no party is named
        ("Senate Majority Leader Tom Hale said the bill would pass.", "tom hale", "senate"),
        # a party's people speak for it, whatever their noun
        (
            "Ann Roe, a Democratic strategist, said the party was united.",
            "ann roe",
            "democratic party",
        ),
        # officials in a capital are that country's
        ("Officials in Ankara said the deal was fair.", "official", "turkey"),
        (
            "A government spokesman in Athens said the deal was fair.",
            "government spokesman",
            "greece",
        ),
        # an unnamed official's nationality
        ("The Turkish premier said the deal was fair.", "turkish premier", "turkey"),
        # the body a person speaks for, by participle, preposition or relative clause
        (
            "Speaking for the Acme Workers Union, Ann Roe said the offer was unfair.",
            "ann roe",
            "acme workers union",
        ),
        (
            "Ann Roe, representing the Acme Workers Union, said the offer was unfair.",
            "ann roe",
            "acme workers union",
        ),
        (
            "Ann Roe, speaking on behalf of the Acme Workers Union, said the offer was unfair.",
            "ann roe",
            "acme workers union",
        ),
        (
            "Ann Roe, from the Acme Workers Union, said the offer was unfair.",
            "ann roe",
            "acme workers union",
        ),
        ("Ann Roe at Acme Bank said rates would rise.", "ann roe", "acme bank"),
        # an envoy's title names where they are posted, not whom they speak for
        ("U.S. Ambassador to Japan Ann Roe said the quota was unfair.", "ann roe", "united states"),
        # a party member's apposition outranks the committee of the title
        (
            "Senate Finance Committee chairman Lloyd Platt, a Texas Democrat, said the bill "
            "would pass.",
            "lloyd platt",
            "democratic party",
        ),
        (
            "Senate Finance Committee chairman Lloyd Platt said the bill would pass.",
            "lloyd platt",
            "senate finance committee",
        ),
        # an acronym read before the article spells it out names the body spelled out
        (
            "IBC president Jorge Ruiz said the quota was unfair. The Brazilian Coffee "
            "Institute (IBC) met on Monday.",
            "jorge ruiz",
            "brazilian coffee institute",
        ),
        # legislators speak for the legislature, not for the country's government
        (
            "At least a dozen members of the U.S. Congress said the bill would pass.",
            "member",
            "u.s. congress",
        ),
        # a department after "for" is the body spoken for, not a portfolio of the title
        (
            "Ann Roe, a spokeswoman for the Labor Department, said wages would rise.",
            "ann roe",
            "labor department",
        ),
        # a surname NER typed as a body, after a first name it left out, is a person's
        # when the apposition gives a party or a title
        (
            "Ana Petrov, a Democrat from Ohio, said the bill would fail.",
            "ana petrov",
            "democratic party",
        ),
        # a name of unlisted first name NER mistook for a place is a person's when the
        # apposition gives a title only people hold
        (
            "The vote is near. Kaveh Nouri, a spokesman for the Labor Department, said "
            "the bill would fail.",
            "kaveh nouri",
            "labor department",
        ),
        # a government's analyst serves it
        (
            "Ed Lamb, a senior analyst at the Agriculture Department, said prices would rise.",
            "ed lamb",
            "agriculture department",
        ),
        # the party outranks the chamber among a group's modifiers too
        (
            "Senate GOP leaders said the remarks were wrong.",
            "senate gop leader",
            "republican party",
        ),
        # the campaign named for a person is the side of its staff
        (
            "Tom Hale is running. A Hale campaign spokeswoman said the remarks were fair.",
            "hale campaign spokeswoman",
            "hale campaign",
        ),
        (
            "Tom Hale spoke. Ann Roe, Hale's campaign manager, said the remarks were fair.",
            "ann roe",
            "hale campaign",
        ),
        # a person's name before a staff title names the person served
        (
            "Democrat Sarah Whitfield said the plan was good. Whitfield spokesman John Harper "
            "said the candidate would win.",
            "john harper",
            "democratic party",
        ),
        # a campaign named for a person after "for" is the side of its staff, named or not
        (
            "Sarah Whitfield said the plan was good. John Harper, a spokesman for the "
            "Whitfield campaign, said the candidate would win.",
            "john harper",
            "whitfield campaign",
        ),
        (
            "Sarah Whitfield said the plan was good. A spokesman for the Whitfield campaign "
            "said the candidate would win.",
            "spokesman",
            "whitfield campaign",
        ),
        # staff of a person of no side, or of only a chamber, take no side: not the chamber
        (
            "Sarah Whitfield said the plan was good. John Harper, a senior adviser to "
            "Whitfield, said the campaign was confident.",
            "john harper",
            None,
        ),
        (
            "Senate Majority Leader Sarah Whitfield said the plan was good. John Harper, a "
            "spokesman for Whitfield, said the vote would wait.",
            "john harper",
            None,
        ),
        # unnamed staff take the side of the person they serve
        (
            "Sen. Tom Hale (R-Iowa) said the plan was good. A Hale aide said the senator "
            "would vote no.",
            "hale aide",
            "republican party",
        ),
        (
            "Sen. Tom Hale (R-Iowa) said the plan was good. A spokeswoman for Hale said the "
            "senator would vote no.",
            "spokeswoman",
            "republican party",
        ),
        # a title joined by a hyphen is one title, however the parser hangs its parts
        (
            "The Norland Labour Party (NLP) met on Monday. NLP secretary-general Ed Lamb "
            "said the tax would be withdrawn.",
            "ed lamb",
            "norland labour party",
        ),
        # "the ruling party" is the party named before as the ruling one
        (
            "Norland's ruling Unity Party will review the tax. Officials of the ruling "
            "party said the tax would be withdrawn.",
            "official",
            "unity party",
        ),
        # a title the name is in apposition to, with the title's "of" phrase
        (
            "The talks ended today. The head of the Norland delegation, Ed Lamb, said the "
            "quota was unfair.",
            "ed lamb",
            "norland",
        ),
        # a country owning a body of its own speaks through the body's name, not for it
        (
            "Ed Lamb, manager of Norway's National Salmon Growers Federation, said the "
            "quota was unfair.",
            "ed lamb",
            "national salmon growers federation",
        ),
        # a name and the nouns after it describe a body, the side of its staff
        (
            "Ann Roe, a spokeswoman for the Norland refugee agency, said the camps were full.",
            "ann roe",
            "norland refugee agency",
        ),
        (
            "A spokeswoman for the Norland refugee agency said the camps were full.",
            "spokeswoman",
            "norland refugee agency",
        ),
        # a body an apposition spells out before its acronym is the side, not the name
        # that begins it
        (
            "Ann Roe, the Norland High Commissioner for Fisheries (NHCF), said the quota was "
            "unfair.",
            "ann roe",
            "norland high commissioner for fisheries",
        ),
        # an advocacy group's researchers and campaigners serve it
        (
            "Ann Roe, a researcher at the Norland Rights Council, said the deportations were "
            "illegal.",
            "ann roe",
            "norland rights council",
        ),
        (
            "Ann Roe, a campaigner with the Norland Rights Council, said the deportations were "
            "illegal.",
            "ann roe",
            "norland rights council",
        ),
        # an undersecretary serves the government of the capital the story is filed from
        (
            "WASHINGTON, May 3 - Ed Lamb, deputy undersecretary of agriculture, said the "
            "quota was fair, and the United States would keep it.",
            "ed lamb",
            "united states",
        ),
        # the portfolio of the served person's title names no body
        (
            "WASHINGTON, May 3 - Ed Lamb, an aide to Agriculture Secretary Ann Roe, said "
            "the quota was fair, and the United States would keep it.",
            "ed lamb",
            "united states",
        ),
        # a party's name before a title is no portfolio
        (
            "LONDON, May 3 - Ann Roe, a Labour spokeswoman, said the quota was fair.",
            "ann roe",
            "labour party",
        ),
        # "opposition party leaders" are of the party named as in opposition, not the
        # ruling one named last
        (
            "Norland's opposition Green League attacked the tax. The ruling Unity Party will "
            "review it. Opposition party leaders said the tax must go.",
            "opposition party leader",
            "green league",
        ),
        # a country NER types as a mere location is still a side
        (
            "Talks ended today. Faroe Islands delegate Ed Lamb said the quota was unfair.",
            "ed lamb",
            "faroe islands",
        ),
        # "her spokesman" serves the woman named before
        (
            "Democrat Sarah Whitfield said the plan was good. Her spokesman said the "
            "candidate would win.",
            "her spokesman",
            "democratic party",
        ),
        # a party member's word with the name in apposition: the person speaks, for the
        # party
        (
            "The committee's ranking Democrat, Maria Lopez, said the bill would fail.",
            "maria lopez",
            "democratic party",
        ),
        # a party's whip speaks for the party
        (
            "Maria Lopez, the House Republican whip, said the bill would fail.",
            "maria lopez",
            "republican party",
        ),
        # adjectives between a person's name and the campaign named for them
        (
            "Sarah Whitfield is running for president. Maria Lopez, a spokeswoman for "
            "Whitfield's presidential campaign, said the candidate would win.",
            "maria lopez",
            "whitfield campaign",
        ),
        # an analyst at a public office serves it, as a government's analyst does
        (
            "The Norland Budget Office released its estimate. Ed Lamb, an analyst at the "
            "Norland Budget Office, said the deficit would grow.",
            "ed lamb",
            "norland budget office",
        ),
        # a government's office owned by a country named around its name
        (
            "Chile's Ministry of Mines and Energy said copper output would fall.",
            "ministry of mines and energy",
            "chile",
        ),
        ("The Government of Chile said the quota was fair.", "government of chile", "chile"),
        # an organisation that owns a body is its side
        (
            "The European Community's Council of Ministers said the tax was legal.",
            "council of ministers",
            "european community",
        ),
        # a nationality NER left out of a body's name
        (
            "The West German Federal Cartel Office said the merger was legal.",
            "federal cartel office",
            "west germany",
        ),
        # "its" office belongs to the body named last before it
        (
            "Acme Corp posted a loss. Ann Roe, its chief executive, said the plant would close.",
            "ann roe",
            "acme corp",
        ),
        # the office or body the clause the name is the subject of gives
        (
            "Ann Roe heads the Acme Workers Union. She said the offer was unfair.",
            "ann roe",
            "acme workers union",
        ),
        (
            "Ann Roe is president of the Acme Workers Union. She said the offer was unfair.",
            "ann roe",
            "acme workers union",
        ),
        (
            "Ann Roe, who was named chairman of the Acme Growers Federation last year, said "
            "prices would fall.",
            "ann roe",
            "acme growers federation",
        ),
        # "administration officials" serve the administration the story named
        (
            "The Morrow Administration opposes the tax. Administration officials said the tax "
            "would hurt growth.",
            "administration official",
            "morrow administration",
        ),
    ],
)
def test_affiliation_from_the_sentence(nlp, text, key, affiliation):
    actors = _actors(nlp, text)
    assert key in actors, sorted(actors)
    assert actors[key].affiliation == affiliation


def test_heading_something_that_is_no_body_gives_no_side(nlp):
    text = "Tom Hale, who runs Brazil's largest bakery, said the quota was unfair."
    assert _actors(nlp, text)["tom hale"].affiliation is None


def test_people_in_a_capital_who_are_no_officials_speak_for_no_country(nlp):
    actors = _actors(nlp, "Bankers in Tokyo said the yen would rise.")
    assert actors["banker"].affiliation is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # where someone comes from is not whom they speak for
        ("Ann Roe from Brazil said the quota was unfair.", "ann roe"),
        # what the subject does to a body is no office in it
        ("Ann Roe criticized the Acme Workers Union. She said the offer was fair.", "ann roe"),
        # a seat of government after "at" is where someone is, not who employs them
        ("Ann Roe at the White House said the tax would hurt growth.", "ann roe"),
        # analysts employed by a firm speak for no side
        ("Ed Lamb, an oil analyst at Acme Securities, said prices would rise.", "ed lamb"),
        ("Acme Securities analyst Ed Lamb said prices would rise.", "ed lamb"),
        ("Analysts at Acme Securities said prices would rise.", "analyst"),
        # a country's trade body speaks for itself, not for the country
        (
            "The Tile Makers Association of Chile said tile prices would rise.",
            "tile makers association of chile",
        ),
        # "state" of "secretary of state" is the office
        ("Ann Roe, the secretary of state, said the deal was fair.", "ann roe"),
    ],
)
def test_no_side_stated(nlp, text, key):
    assert _actors(nlp, text)[key].affiliation is None


def test_a_spokeswoman_for_an_agency_of_another_trade_is_a_person(nlp):
    # "agency" names a news outlet only with a word of the news trade
    text = "Anna Berg, a spokeswoman for the Acme refugee agency, said the deal was illegal."
    assert _actors(nlp, text)["anna berg"].type == "Person"


def test_a_name_the_tagger_missed_takes_the_apposition_beside_it(nlp):
    # the named-entity tagger leaves "Aki Tanaka" untagged; the speaker rules still find
    # the person, and the apposition still gives the role and the side
    actors = _actors(nlp, "Aki Tanaka, Norland's top trade negotiator, said the tariff was unfair.")
    assert actors["aki tanaka"].type == "Person"
    assert actors["aki tanaka"].role == "top trade negotiator"
    assert actors["aki tanaka"].affiliation == "norland"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Velden refugee agency said the camps were full.", "velden refugee agency"),
        ("The Hale campaign said the tariff was unfair.", "hale campaign"),
    ],
)
def test_a_named_body_of_another_trade_is_an_organization(nlp, text, key):
    # an "agency" without a word of the news trade is no outlet, and a body named by a
    # noun for organisations is no person, whatever name stands before it
    actors = _actors(nlp, text)
    assert actors[key].type == "Organization"
    assert all(a.type != "Outlet" for a in actors.values())


def test_a_capital_ner_types_as_a_person_is_its_country(nlp):
    # "Lisbon said": the seat of government speaks for the country, not a person of
    # that name (none is named in full)
    text = "The two sides agreed a deal on trade. Lisbon said the deal would hold."
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    speakers = {s.speaker for s in extraction.statements}
    assert "portugal" in speakers
    assert "lisbon" not in speakers
