"""Kinds of actor in news prose: titles, institutions, outlets, companies, groups, persons."""

from __future__ import annotations

from .table import words

__all__ = [
    "BUSINESS_NOUNS",
    "COMPANY_SUFFIXES",
    "DOCUMENT_NOUNS",
    "GOVERNMENT_NOUNS",
    "GROUP_NOUNS",
    "LABOUR_WORDS",
    "LEGISLATURE_NOUNS",
    "MEMBER_BODIES",
    "OFFICE_FIELDS",
    "ORG_NOUNS",
    "OUTLET_NOUNS",
    "PERSON_NOUNS",
    "PERSON_TITLES",
    "PLURAL_TITLE_ABBREVIATIONS",
    "PUBLIC_BODY_WORDS",
    "TITLE_ABBREVIATIONS",
    "TITLE_WORDS",
]

#: Nouns naming a national government body: with no country named, it is the
#: government of the dateline's country ("the Foreign Ministry", "the cabinet").
GOVERNMENT_NOUNS: frozenset[str] = words(
    """
    ministry department government cabinet parliament congress senate embassy army navy
    military forces police administration treasury
    """
)
#: Last words of the names of legislatures and their chambers ("the House", "the U.S.
#: Senate", "Parliament"): a legislator sits in one, but speaks for a party.
LEGISLATURE_NOUNS: frozenset[str] = words(
    """
    house senate congress parliament assembly chamber legislature
    """
)
#: Nouns for the members of one body, each with the word that names the body ("the
#: senators" sit in "the Senate"): a share of them counted in a poll speaks for it.
MEMBER_BODIES: dict[str, str] = {
    "congressman": "congress",
    "congresswoman": "congress",
    "senator": "senate",
    "parliamentarian": "parliament",
    "assemblyman": "assembly",
    "assemblywoman": "assembly",
    "councillor": "council",
    "councilor": "council",
    "councilman": "council",
    "councilwoman": "council",
}
#: Portfolios of government offices, the words every government's ministries and
#: cabinet posts are named with ("Foreign Affairs", "Commerce Secretary", "Ministry of
#: Trade and Industry"): before a title or after its "of"/"for" they name the office,
#: not a body of their own.
OFFICE_FIELDS: frozenset[str] = words(
    """
    the of and for foreign affairs defense defence finance interior justice home state
    economy economic economics health education trade commerce agriculture agricultural
    labor labour energy transport transportation industry industrial environment housing
    culture tourism international fisheries mines mining planning development budget
    information communications telecommunications social welfare security immigration
    veterans farm agrarian reform
    """
)
#: Role words that precede a name in news prose ("Foreign Minister Anna Berg").
TITLE_WORDS: frozenset[str] = words(
    """
    president vice prime minister secretary general undersecretary under deputy assistant
    chancellor premier king queen prince princess emperor sheikh chairman chairwoman chair
    chief director spokesman spokeswoman spokesperson ambassador envoy senator
    representative rep. sen. gov. reps. sens. govs. governor mayor leader speaker commissioner
    commander admiral colonel lieutenant captain major sergeant officer official
    minister foreign defense defence finance interior state attorney justice judge
    ceo cfo coo executive founder head counsel adviser advisor aide negotiator
    diplomat delegate lawmaker congressman congresswoman mp candidate nominee
    front-runner frontrunner strategist committeeman committeewoman
    pope bishop cardinal archbishop rabbi imam ayatollah president-elect
    economist analyst professor dr. mr. mrs. ms. sir lord lady dame
    treasurer trustee manager administrator inspector auditor coordinator researcher
    campaigner whip
    """
)
#: Title words that name a person's office by themselves (not modifiers such as
#: "foreign" or "vice"): a name right after one is a person's, whatever NER says.
PERSON_TITLES: frozenset[str] = TITLE_WORDS - words(
    """
    vice prime under deputy assistant foreign defense defence finance interior state
    justice chief head executive rep. sen. gov. reps. sens. govs. leader speaker official major
    """
)
#: Nouns that type a named actor as a news outlet ("the newspaper X", "the daily X").
OUTLET_NOUNS: frozenset[str] = words(
    """
    outlet newspaper paper daily weekly magazine agency broadcaster network channel
    tabloid website site journal newsletter station radio television tv
    """
)
#: Nouns that refer back to an organisation named before ("the firm said", "the
#: company", "the ministry"): a definite one is the most recent organisation.
ORG_NOUNS: frozenset[str] = words(
    """
    company firm network union ministry agency bank group association party committee
    alliance organization organisation corporation council board institute foundation
    broadcaster newspaper paper channel station fund commission campaign federation
    confederation league coalition caucus authority administration
    """
)
#: Last words of company names ("Acme Holdings Corp", "Kato Co Ltd"): such a name is a
#: company, what "the company" or "the firm" refers back to.
COMPANY_SUFFIXES: frozenset[str] = words(
    """
    co corp corporation inc incorporated ltd limited plc llc lp ag sa gmbh nv bv spa
    company companies
    """
)
#: Words that make an organisation's name a labour union's ("Guild", "Federation",
#: "... of Mine Workers"): what "the union" refers back to.
LABOUR_WORDS: frozenset[str] = words(
    """
    union unions guild federation brotherhood teamsters workers employees
    """
)
#: Words that name a public, party, religious or academic body, no business: "the
#: company" does not name it.
PUBLIC_BODY_WORDS: frozenset[str] = words(
    """
    office bureau court service convention university college school church club center
    centre republican democratic national
    """
)
#: Nouns for businesses and their kinds ("chip makers", "exporters", "companies"): a
#: group of them speaks as a group, and a nationality in front ("Korean exporters")
#: says where they are from, not that they speak for that country's government.
BUSINESS_NOUNS: frozenset[str] = words(
    """
    company companies firm firms maker makers manufacturer manufacturers producer
    producers exporter exporters importer importers supplier suppliers carrier carriers
    automaker automakers chipmaker chipmakers
    """
)
#: Nouns that name unnamed sources or collectives; a subject headed by one is a Group
#: ("a diplomat", "officials", "some Asian nations").
GROUP_NOUNS: frozenset[str] = (
    words(
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
PERSON_NOUNS: frozenset[str] = words(
    """
    host hosts pundit pundits anchor anchors
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
    chorus subsidiary museum chain left right figure
    """
)
#: Nouns naming a document or record that can be the source of a claim ("the report
#: said"): a source, but not a person. Some only in the plural: "the ministry's figures
#: show", but "the party's leading figure said" is a person.
DOCUMENT_NOUNS: frozenset[str] = words(
    """
    statement report poll survey study analysis website site message letter document
    memo data record release filing ruling article book post tweet email note estimate
    sign placard banner poster leaflet video videos footage clip transcript ad ads
    advertisement commercial spot editorial editorials column complaint lawsuit suit brief
    speech review research evidence statistics database account commentary figures
    """
)
#: Titles as news prose abbreviates them before a name ("Sen. Ann Roe", "Gov. Tim Hale"):
#: "the senator" later in the story is the person titled "Sen." before.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "lt.": "lieutenant",
    "gen.": "general",
    "col.": "colonel",
    "capt.": "captain",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "cmdr.": "commander",
    "amb.": "ambassador",
    "atty.": "attorney",
    "supt.": "superintendent",
    "pres.": "president",
}
#: Plural title abbreviations before coordinated names ("Sens. Ann Roe and Bill Dane"),
#: each with the singular every one of the names holds.
PLURAL_TITLE_ABBREVIATIONS: dict[str, str] = {"sens.": "Sen.", "reps.": "Rep.", "govs.": "Gov."}
