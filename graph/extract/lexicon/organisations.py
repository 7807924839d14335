"""Well-known news organisations and political parties, and how party membership is written."""

from __future__ import annotations

__all__ = [
    "OUTLETS",
    "PARTIES",
    "PARTY_LETTERS",
    "PARTY_MEMBERS",
]

#: Well-known news organisations (general English knowledge, a broad list of major wire
#: services, broadcasters and papers, not taken from any article): a speaker named so is
#: an Outlet, whatever type NER gave it.
OUTLETS: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "Reuters",
        "Associated Press",
        "AP",
        "Agence France-Presse",
        "AFP",
        "Bloomberg",
        "Politico",
        "Axios",
        "CNN",
        "Fox News",
        "NBC",
        "NBC News",
        "CBS",
        "CBS News",
        "ABC",
        "ABC News",
        "MSNBC",
        "NPR",
        "PBS",
        "BBC",
        "Sky News",
        "Al Jazeera",
        "The New York Times",
        "New York Times",
        "The Washington Post",
        "Washington Post",
        "The Wall Street Journal",
        "Wall Street Journal",
        "USA Today",
        "Los Angeles Times",
        "The Guardian",
        "Guardian",
        "The Times",
        "Financial Times",
        "The Economist",
        "Le Monde",
        "Der Spiegel",
        "Bild",
        "TASS",
        "RIA Novosti",
        "Interfax",
        "Xinhua",
        "Kyodo",
        "Yonhap",
        "Tass",
        "Anadolu",
        "The Hill",
        "BuzzFeed",
        "BuzzFeed News",
        "HuffPost",
        "Huffington Post",
        "Breitbart",
        "Breitbart News",
        "Vox",
        "Slate",
        "Time",
        "Newsweek",
        "The Atlantic",
        "The New Yorker",
        "Daily Mail",
        "Telegraph",
        "The Telegraph",
        "Independent",
        "The Independent",
        "Pravda",
        "Izvestia",
        "Kommersant",
        "Yomiuri",
        "Asahi",
        "Nikkei",
    )
)
#: Political parties as news prose names them before a title or as a member noun
#: ("Republican Senator X", "a Labour MP", "X, a Democrat"), folded -> the party's usual
#: English name. General English, capitalised forms only: "conservative" in lower case is
#: an outlook, not a party. Ambiguous words ("Liberal" names a party in several
#: countries, "Independent" no party at all) are left out.
PARTIES: dict[str, str] = {
    "democratic": "Democratic Party",
    "democrat": "Democratic Party",
    "democrats": "Democratic Party",
    "republican": "Republican Party",
    "republicans": "Republican Party",
    "gop": "Republican Party",
    "labour": "Labour Party",
    "tory": "Conservative Party",
    "tories": "Conservative Party",
    "conservative": "Conservative Party",
    "conservatives": "Conservative Party",
    "green": "Green Party",
    "greens": "Green Party",
    "lib dem": "Liberal Democrats",
    "lib dems": "Liberal Democrats",
    "liberal democrat": "Liberal Democrats",
    "liberal democrats": "Liberal Democrats",
    "social democrat": "Social Democratic Party",
    "social democrats": "Social Democratic Party",
    "christian democrat": "Christian Democrats",
    "christian democrats": "Christian Democrats",
}
#: Forms of :data:`PARTIES` that name the party's members, not the party: "Democrats
#: said" is a group of them (affiliated with the party), "Democratic" is the party.
PARTY_MEMBERS: frozenset[str] = frozenset(
    {
        "democrats",
        "republicans",
        "tories",
        "conservatives",
        "greens",
        "lib dems",
        "social democrats",
        "christian democrats",
    }
)
#: U.S. party notation after a legislator's name, "(D-Tex.)", "(R-Iowa)", "(D)": the
#: letter -> the party. "I" (independent) names no party.
PARTY_LETTERS: dict[str, str | None] = {
    "D": "Democratic Party",
    "R": "Republican Party",
    "I": None,
}
