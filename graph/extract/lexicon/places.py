"""Countries: demonyms, alternative names, capitals and metonyms, and the country a word names."""

from __future__ import annotations

from functools import cache

__all__ = [
    "CAPITALS",
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "FORMER_CAPITALS",
    "METONYMS",
    "country_name",
    "demonym_country",
]

#: English demonyms and adjectives of nationality -> the country's common English name.
#: General English facts covering the world's countries, not taken from any article;
#: pycountry has names but not demonyms.
DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan",
    "albanian": "Albania",
    "algerian": "Algeria",
    "american": "United States",
    "americans": "United States",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "armenian": "Armenia",
    "australian": "Australia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "belarusian": "Belarus",
    "belgian": "Belgium",
    "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina",
    "brazilian": "Brazil",
    "british": "United Kingdom",
    "briton": "United Kingdom",
    "bulgarian": "Bulgaria",
    "cambodian": "Cambodia",
    "canadian": "Canada",
    "chilean": "Chile",
    "chinese": "China",
    "colombian": "Colombia",
    "croatian": "Croatia",
    "cuban": "Cuba",
    "cypriot": "Cyprus",
    "czech": "Czechia",
    "czechoslovak": "Czechoslovakia",
    "danish": "Denmark",
    "dominican": "Dominican Republic",
    "dutch": "Netherlands",
    "ecuadorian": "Ecuador",
    "egyptian": "Egypt",
    "emirati": "United Arab Emirates",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "filipino": "Philippines",
    "philippine": "Philippines",
    "finnish": "Finland",
    "french": "France",
    "georgian": "Georgia",
    "german": "Germany",
    "ghanaian": "Ghana",
    "greek": "Greece",
    "honduran": "Honduras",
    "hungarian": "Hungary",
    "icelandic": "Iceland",
    "ivorian": "Ivory Coast",
    "indian": "India",
    "indonesian": "Indonesia",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "japanese": "Japan",
    "jordanian": "Jordan",
    "kazakh": "Kazakhstan",
    "kenyan": "Kenya",
    "korean": "South Korea",
    "south korean": "South Korea",
    "north korean": "North Korea",
    "kuwaiti": "Kuwait",
    "latvian": "Latvia",
    "lebanese": "Lebanon",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malaysian": "Malaysia",
    "mexican": "Mexico",
    "moldovan": "Moldova",
    "mongolian": "Mongolia",
    "moroccan": "Morocco",
    "nigerian": "Nigeria",
    "norwegian": "Norway",
    "pakistani": "Pakistan",
    "palestinian": "Palestine",
    "peruvian": "Peru",
    "polish": "Poland",
    "portuguese": "Portugal",
    "qatari": "Qatar",
    "romanian": "Romania",
    "salvadoran": "El Salvador",
    "salvadorean": "El Salvador",
    "russian": "Russia",
    "russians": "Russia",
    "saudi": "Saudi Arabia",
    "serbian": "Serbia",
    "singaporean": "Singapore",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "somali": "Somalia",
    "soviet": "Soviet Union",
    "spanish": "Spain",
    "sudanese": "Sudan",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "syrian": "Syria",
    "taiwanese": "Taiwan",
    "thai": "Thailand",
    "tunisian": "Tunisia",
    "turkish": "Turkey",
    "ukrainian": "Ukraine",
    "ukrainians": "Ukraine",
    "uzbek": "Uzbekistan",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "west german": "West Germany",
    "east german": "East Germany",
    "yemeni": "Yemen",
    "zimbabwean": "Zimbabwe",
    "kampuchean": "Cambodia",
    "yugoslav": "Yugoslavia",
}
#: Abbreviations and everyday English names that pycountry does not list, and historical
#: states news archives still mention -> the common English name used as the label.
#: General world knowledge, not taken from any article ("turkey", "iran", "syria" are
#: here because pycountry spells them "Türkiye", "Iran, Islamic Republic of", ...).
COUNTRY_ALIASES: dict[str, str] = {
    "u.s.": "United States",
    "us": "United States",
    "u.s.a.": "United States",
    "usa": "United States",
    "america": "United States",
    "united states": "United States",
    "the united states": "United States",
    "united states of america": "United States",
    "u.k.": "United Kingdom",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "england": "United Kingdom",
    "russia": "Russia",
    "russian federation": "Russia",
    "turkey": "Turkey",
    "turkiye": "Turkey",
    "iran": "Iran",
    "syria": "Syria",
    "south korea": "South Korea",
    "north korea": "North Korea",
    "vietnam": "Vietnam",
    "taiwan": "Taiwan",
    "bolivia": "Bolivia",
    "venezuela": "Venezuela",
    "tanzania": "Tanzania",
    "laos": "Laos",
    "moldova": "Moldova",
    "czech republic": "Czechia",
    "holland": "Netherlands",
    "the netherlands": "Netherlands",
    "palestine": "Palestine",
    "soviet union": "Soviet Union",
    "the soviet union": "Soviet Union",
    "ussr": "Soviet Union",
    "u.s.s.r.": "Soviet Union",
    "west germany": "West Germany",
    "east germany": "East Germany",
    "ivory coast": "Ivory Coast",
    "the ivory coast": "Ivory Coast",
    "cote d'ivoire": "Ivory Coast",
    "côte d'ivoire": "Ivory Coast",
    "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates",
    "kampuchea": "Cambodia",
}
#: Capitals of states of the past, which stories from their time name them by ("MOSCOW,
#: March 3 -" of a story about the Soviet Union). General historical facts, not taken
#: from any article.
FORMER_CAPITALS: dict[str, str] = {
    "moscow": "Soviet Union",
    "kiev": "Soviet Union",
    "belgrade": "Yugoslavia",
    "prague": "Czechoslovakia",
    "east berlin": "East Germany",
    "kinshasa": "Zaire",
    "rangoon": "Burma",
}
#: Capitals and seats of power used as metonyms for their country ("Washington says",
#: "Moscow rejected"). General English facts covering capitals worldwide, not taken
#: from any article; a capital as speaker is the country.
CAPITALS: dict[str, str] = {
    "washington": "United States",
    "moscow": "Russia",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "beijing": "China",
    "peking": "China",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "bonn": "West Germany",
    "rome": "Italy",
    "madrid": "Spain",
    "lisbon": "Portugal",
    "brussels": "Belgium",
    "the hague": "Netherlands",
    "amsterdam": "Netherlands",
    "vienna": "Austria",
    "bern": "Switzerland",
    "warsaw": "Poland",
    "prague": "Czechia",
    "budapest": "Hungary",
    "bucharest": "Romania",
    "sofia": "Bulgaria",
    "athens": "Greece",
    "ankara": "Turkey",
    "tehran": "Iran",
    "teheran": "Iran",
    "baghdad": "Iraq",
    "damascus": "Syria",
    "beirut": "Lebanon",
    "amman": "Jordan",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "jerusalem": "Israel",
    "tel aviv": "Israel",
    "tokyo": "Japan",
    "seoul": "South Korea",
    "pyongyang": "North Korea",
    "taipei": "Taiwan",
    "hanoi": "Vietnam",
    "manila": "Philippines",
    "jakarta": "Indonesia",
    "new delhi": "India",
    "delhi": "India",
    "islamabad": "Pakistan",
    "kabul": "Afghanistan",
    "ottawa": "Canada",
    "mexico city": "Mexico",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "bogota": "Colombia",
    "brasilia": "Brazil",
    "buenos aires": "Argentina",
    "santiago": "Chile",
    "lima": "Peru",
    "canberra": "Australia",
    "wellington": "New Zealand",
    "minsk": "Belarus",
    "tbilisi": "Georgia",
    "yerevan": "Armenia",
    "baku": "Azerbaijan",
    "stockholm": "Sweden",
    "oslo": "Norway",
    "copenhagen": "Denmark",
    "helsinki": "Finland",
    "dublin": "Ireland",
    "nicosia": "Cyprus",
    "belgrade": "Serbia",
    "zagreb": "Croatia",
    "kishinev": "Moldova",
    "chisinau": "Moldova",
    "vilnius": "Lithuania",
    "riga": "Latvia",
    "tallinn": "Estonia",
    "pretoria": "South Africa",
    "nairobi": "Kenya",
    "abuja": "Nigeria",
    "lagos": "Nigeria",
    "addis ababa": "Ethiopia",
    "tripoli": "Libya",
    "tunis": "Tunisia",
    "algiers": "Algeria",
    "rabat": "Morocco",
    "doha": "Qatar",
    "abu dhabi": "United Arab Emirates",
    "kuwait city": "Kuwait",
    "muscat": "Oman",
    "sanaa": "Yemen",
    "bangkok": "Thailand",
    "kuala lumpur": "Malaysia",
    "singapore": "Singapore",
}
#: Buildings and bodies named for the government that sits in them (general English and
#: world knowledge, not taken from any article): an Organization speaking for its
#: country ("the Elysee said").
METONYMS: dict[str, str] = {
    "kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "state department": "United States",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "elysee": "France",
    "elysee palace": "France",
    "quai d'orsay": "France",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    "bankova": "Ukraine",
}


@cache
def _pycountry_names() -> dict[str, str]:
    """Every pycountry name (short, common, official) of today's states and of those of the
    past, folded -> a common English name."""
    import pycountry

    names: dict[str, str] = {}
    # states of the past first ("Zaire", "Yugoslavia", "Burma"): news archives name them,
    # and a name today's states share stays today's
    for country in [*pycountry.historic_countries, *pycountry.countries]:
        label = getattr(country, "common_name", None) or country.name
        if "," in label:  # "Korea, Republic of": keep the table's everyday name instead
            label = label.split(",")[0]
        label = COUNTRY_ALIASES.get(label.casefold(), label)  # "USSR" is the Soviet Union
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.casefold()] = label
        names.setdefault(label.casefold(), label)
    return names


def country_name(text: str) -> str | None:
    """The common English name of a country written as ``text`` (name, alias), or None."""
    folded = " ".join(text.replace("’", "'").split()).casefold()
    if folded in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[folded]
    if folded.startswith("the "):
        folded = folded[4:]
        if folded in COUNTRY_ALIASES:
            return COUNTRY_ALIASES[folded]
    return _pycountry_names().get(folded)


# How English forms the adjective of a country's name: (ending of the adjective, ending
# of the name). "Kenyan" -> "Kenya", "Chilean" -> "Chile", "Jordanian" -> "Jordan",
# "Panamanian" -> "Panama", "Congolese" -> "Congo", "Senegalese" -> "Senegal",
# "Maltese" -> "Malta", "Bahraini" -> "Bahrain".
_DEMONYM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("nian", ""),
    ("ian", ""),
    ("an", ""),
    ("n", ""),
    ("lese", ""),
    ("ese", ""),
    ("ese", "a"),
    ("i", ""),
)


@cache
def demonym_country(text: str) -> str | None:
    """The country an adjective of nationality names ("Nicaraguan", "South African",
    "Ugandans"), or None.

    :data:`DEMONYMS` first (irregular forms: "Dutch", "Swiss", "Argentine"), then the
    regular English endings undone and the stem looked up as a country name, so every
    country pycountry knows has its regular adjective without a hand list. Only forms
    whose stem is a country name count: "Asian" and "Texan" name no country.
    """
    folded = " ".join(text.replace("’", "'").split()).casefold()
    if not folded or not folded.replace(" ", "").replace("-", "").isalpha():
        return None
    forms = [folded, folded[:-1]] if folded.endswith("s") and len(folded) > 4 else [folded]
    for form in forms:
        if form in DEMONYMS:
            return DEMONYMS[form]
    for form in forms:
        for ending, restored in _DEMONYM_ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                country = country_name(form[: len(form) - len(ending)] + restored)
                if country:
                    return country
    return None
