"""Word lists extraction reads: reporting verbs, titles, demonyms, capitals, outlets.

Rules are data: every table here is general English (how news prose attributes speech,
how titles and nationalities are written, well-known facts such as capitals and news
organisations), never words of a particular article. Each table says why it exists.
"""

from __future__ import annotations

from functools import cache

__all__ = [
    "ATTITUDE_OPPOSE",
    "ATTITUDE_SUPPORT",
    "BUSINESS_NOUNS",
    "CAPITALS",
    "CLAUSE_ONLY_VERBS",
    "COGNITION_VERBS",
    "COMPANY_SUFFIXES",
    "COPULAS",
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "DOCUMENT_NOUNS",
    "GOVERNMENT_NOUNS",
    "GROUP_NOUNS",
    "LABOUR_WORDS",
    "METONYMS",
    "NOUN_CUES",
    "ORG_NOUNS",
    "OUTLETS",
    "OUTLET_NOUNS",
    "PARTIES",
    "PARTY_LETTERS",
    "PARTY_MEMBERS",
    "PERSON_NOUNS",
    "PERSON_TITLES",
    "POSITION_VERBS",
    "QUOTE_ONLY_VERBS",
    "RELAY_VERBS",
    "REPORTING_VERBS",
    "TITLE_WORDS",
    "country_name",
]


def _words(text: str) -> frozenset[str]:
    """A word list written as running text (one table per paragraph stays readable)."""
    return frozenset(text.split())


#: Verbs that attribute speech or thought to their subject; their clausal complement is
#: the claim. Lemmas, so "said", "says" and "saying" all match.
REPORTING_VERBS: frozenset[str] = _words(
    """
    say tell state announce declare assert affirm reaffirm claim insist maintain argue
    contend add note observe remark comment explain emphasize emphasise stress underline
    underscore highlight point indicate suggest hint imply signal specify clarify confirm
    deny acknowledge admit concede report write tweet post reveal disclose predict forecast
    estimate warn caution threaten vow pledge promise guarantee assure reassure reiterate
    repeat recall conclude believe think feel hope fear expect doubt worry question
    complain charge allege accuse blame criticize criticise condemn denounce decry
    praise hail welcome applaud commend reject dismiss refuse oppose support back endorse
    favor favour advocate urge demand request ask call propose recommend appeal press
    agree disagree concur dispute challenge counter contest rebut object protest
    express voice reply respond retort answer testify describe characterize label
    outline envision envisage propose describe acknowledge concede boast lament regret
    welcome brief inform notify announce cite blame laud tout show find retweet rule shout
    joke quip yell scream exclaim chant interject mutter whisper
    """
)

#: Verbs that state a position rather than relay speech ("Russia has opposed X"): their
#: direct object (or "for"/"against" object) is what the stance is about, and they count
#: even without a clausal complement.
POSITION_VERBS: frozenset[str] = _words(
    """
    oppose reject dismiss refuse criticize criticise condemn denounce decry support back
    endorse favor favour advocate urge demand request propose recommend welcome praise
    hail applaud commend agree disagree dispute challenge contest protest object resist
    veto block fight accuse blame warn threaten vow pledge promise call seek press push
    outline express voice offer suggest insist point boast vote slam blast lambaste
    assail mock ridicule rail defend tout champion embrace echo discuss address portray
    dislike like trust relish promote talk speak refer ask thank congratulate mention
    downplay
    """
)

#: Reporting verbs with other everyday senses ("maintain a house", "expect a delivery",
#: "add a clause"): they attribute only with a clausal complement or a quotation.
CLAUSE_ONLY_VERBS: frozenset[str] = _words(
    """
    maintain expect hope think believe feel fear add note point recall repeat write post
    doubt worry conclude signal hint imply predict forecast estimate rule
    label answer reply respond brief inform charge observe remark comment explain counter
    press push appeal object protest guarantee promise state find
    joke quip yell scream exclaim chant interject mutter whisper
    """
)

#: Nouns naming a national government body: with no country named, it is the
#: government of the dateline's country ("the Foreign Ministry", "the cabinet").
GOVERNMENT_NOUNS: frozenset[str] = _words(
    """
    ministry department government cabinet parliament congress senate embassy army navy
    military forces police administration treasury
    """
)

#: Adjectives of attitude that state a position when predicated of an actor with what
#: the attitude is toward: "X was not happy with Y", "X is wary of Y", "X remains eager
#: to Y". Feelings and readiness only; adjectives of expectation ("optimistic",
#: "confident") predict rather than take a side, and stay with the reporting verbs.
ATTITUDE_SUPPORT: frozenset[str] = _words(
    """
    happy pleased satisfied glad delighted content enthusiastic supportive receptive
    eager keen willing favorable favourable grateful
    """
)
ATTITUDE_OPPOSE: frozenset[str] = _words(
    """
    unhappy displeased dissatisfied discontented angry furious upset annoyed irritated
    disappointed frustrated dismayed outraged incensed indignant resentful wary
    skeptical sceptical critical opposed hostile reluctant unwilling averse
    """
)

#: Linking verbs that predicate an attitude of their subject ("was", "remained", "grew").
COPULAS: frozenset[str] = _words("be seem appear remain become grow feel look sound stay")

#: Verbs of belief and intention ("X wants to ...", "X knows that ..."): a position when
#: they take a clause, and only at the top of a sentence (nested, they are the content
#: of someone else's statement).
COGNITION_VERBS: frozenset[str] = _words(
    """
    want plan intend decide know wish prefer consider see understand realize realise
    recognize recognise remember suspect assume figure guess mean aim view regard
    """
)

#: Verbs with many other senses ("prices continued to fall", "she read the report") that
#: attribute only right beside a quotation: "“...,” she continued", "A sign read “...”".
QUOTE_ONLY_VERBS: frozenset[str] = _words("continue read")

#: Verbs whose subject relays someone else's words: "X reported that Y said ..." makes
#: Y the speaker and X the intermediary (sg:reportedBy), not a second speaker.
RELAY_VERBS: frozenset[str] = _words("report cite quote relay")

#: Particles that make a position out of "call": "call for", "call on".
CALL_PARTICLES: frozenset[str] = frozenset({"for", "on", "upon"})

#: Nouns that name an act of saying or a position; "X's assertion", "remarks from X",
#: "a Chilean bid to". Venues ("interview") and deeds ("attack") are not among them.
NOUN_CUES: frozenset[str] = _words(
    """
    assertion remark remarks statement statements comment comments claim claims
    declaration announcement warning warnings proposal proposals suggestion suggestions
    demand demands call calls criticism argument arguments view views stance
    insistence pledge promise promises denial objection objections plea appeal request
    offer threat threats accusation accusations attempt attempts response responses
    plan plans refusal rejection opposition support backing praise
    """
)

#: Role words that precede a name in news prose ("Foreign Minister Anna Berg").
TITLE_WORDS: frozenset[str] = _words(
    """
    president vice prime minister secretary general undersecretary under deputy assistant
    chancellor premier king queen prince princess emperor sheikh chairman chairwoman chair
    chief director spokesman spokeswoman spokesperson ambassador envoy senator
    representative rep. sen. gov. governor mayor leader speaker commissioner
    commander admiral colonel lieutenant captain major sergeant officer official
    minister foreign defense defence finance interior state attorney justice judge
    ceo cfo coo executive founder head counsel adviser advisor aide negotiator
    diplomat delegate lawmaker congressman congresswoman mp candidate nominee
    pope bishop cardinal archbishop rabbi imam ayatollah president-elect
    economist analyst professor dr. mr. mrs. ms. sir lord lady dame
    treasurer trustee manager administrator inspector auditor coordinator
    """
)

#: Title words that name a person's office by themselves (not modifiers such as
#: "foreign" or "vice"): a name right after one is a person's, whatever NER says.
PERSON_TITLES: frozenset[str] = TITLE_WORDS - _words(
    """
    vice prime under deputy assistant foreign defense defence finance interior state
    justice chief head executive rep. sen. gov. leader speaker official major
    """
)

#: Nouns that type a named actor as a news outlet ("the newspaper X", "the daily X").
OUTLET_NOUNS: frozenset[str] = _words(
    """
    outlet newspaper paper daily weekly magazine agency broadcaster network channel
    tabloid website site journal newsletter station radio television tv
    """
)

#: Nouns that refer back to an organisation named before ("the firm said", "the
#: company", "the ministry"): a definite one is the most recent organisation.
ORG_NOUNS: frozenset[str] = _words(
    """
    company firm network union ministry agency bank group association party committee
    alliance organization organisation corporation council board institute foundation
    broadcaster newspaper paper channel station fund commission campaign federation
    confederation league coalition caucus authority
    """
)

#: Last words of company names ("Acme Holdings Corp", "Kato Co Ltd"): such a name is a
#: company, what "the company" or "the firm" refers back to.
COMPANY_SUFFIXES: frozenset[str] = _words(
    """
    co corp corporation inc incorporated ltd limited plc llc lp ag sa gmbh nv bv spa
    company companies
    """
)

#: Words that make an organisation's name a labour union's ("Guild", "Federation",
#: "... of Mine Workers"): what "the union" refers back to.
LABOUR_WORDS: frozenset[str] = _words(
    """
    union unions guild federation brotherhood teamsters workers employees
    """
)

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

#: Nouns for businesses and their kinds ("chip makers", "exporters", "companies"): a
#: group of them speaks as a group, and a nationality in front ("Korean exporters")
#: says where they are from, not that they speak for that country's government.
BUSINESS_NOUNS: frozenset[str] = _words(
    """
    company companies firm firms maker makers manufacturer manufacturers producer
    producers exporter exporters importer importers supplier suppliers carrier carriers
    automaker automakers chipmaker chipmakers
    """
)

#: Nouns that name unnamed sources or collectives; a subject headed by one is a Group
#: ("a diplomat", "officials", "some Asian nations").
GROUP_NOUNS: frozenset[str] = (
    _words(
        """
    official officials diplomat diplomats source sources analyst analysts expert experts
    leader leaders nation nations country countries government governments ally allies
    critic critics lawmaker lawmakers legislator legislators mp mps member members observer
    observers negotiator negotiators spokesman spokeswoman spokesperson aide aides
    adviser advisers advisor advisors partner partners investor investors economist
    economists trader traders banker bankers executive executives worker workers
    union unions delegate delegates representative representatives minister ministers
    senator senators candidate candidates voter voters supporter supporters opponent
    opponents republican republicans democrat democrats conservative conservatives
    liberal liberals activist activists resident residents protester protesters
    commentator commentators strategist strategists insider insiders person people
    participant participants envoy envoys delegation delegations administration
    authorities authority military officer officers commander commanders newspapers
    media press reports employees staff lawyers attorneys researchers scientists
    """
    )
    | BUSINESS_NOUNS
)

#: Everyday nouns for people and collectives that no other table lists ("a child said",
#: "witnesses said", "the court ruled", "the Japanese side said", "the industry wants"):
#: with the tables of titles, groups and organisations and the agent suffixes ("-er",
#: "-ist"), what a common noun must be to name an actor.
PERSON_NOUNS: frozenset[str] = _words(
    """
    child children kid kids man men woman women boy boys girl girls family families
    relative relatives parent parents mother mothers father fathers son sons daughter
    daughters wife husband widow witness witnesses victim victims student students
    citizen citizens refugee refugees migrant migrants troop troops rebel rebels inmate
    inmates crowd crowds fan fans nurse nurses patient patients police colleague
    colleagues friend friends neighbour neighbours neighbor neighbors guard guards pilot
    pilots crew crews staff team teams court courts tribunal panel jury regime camp
    coalition faction bloc opposition public electorate taxpayer taxpayers consumer
    consumers organizer organizers advocate advocates delegate delegates candidate
    candidates graduate graduates
    side sides industry industries lobby lobbies community communities leadership
    management establishment movement office bureau secretariat mission presidency
    state states city county province region republic kingdom world labor labour host
    architect architects individual individuals surrogate surrogates millennials mogul
    chorus subsidiary museum chain left right
    """
)

#: Nouns naming a document or record that can be the source of a claim ("the report
#: said"): a source, but not a person.
DOCUMENT_NOUNS: frozenset[str] = _words(
    """
    statement report poll survey study analysis website site message letter document
    memo data record release filing ruling article book post tweet email note estimate
    sign placard banner poster leaflet video videos footage clip transcript ad ads
    advertisement commercial spot editorial editorials column complaint lawsuit suit brief
    speech review research evidence statistics database account commentary
    """
)

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
    "danish": "Denmark",
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
    "hungarian": "Hungary",
    "icelandic": "Iceland",
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
    "yemeni": "Yemen",
    "zimbabwean": "Zimbabwe",
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
    "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates",
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
    """Every pycountry name (short, common, official), folded -> a common English name."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        label = getattr(country, "common_name", None) or country.name
        if "," in label:  # "Korea, Republic of": keep the table's everyday name instead
            label = label.split(",")[0]
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.casefold()] = label
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
