"""Word lists extraction reads: reporting verbs, titles, demonyms, capitals, outlets.

Rules are data: every table here is general English (how news prose attributes speech,
how titles and nationalities are written, well-known facts such as capitals and news
organisations), never words of a particular article. Each table says why it exists.
"""

from .nouns import (
    BUSINESS_NOUNS,
    COMPANY_SUFFIXES,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    LABOUR_WORDS,
    LEGISLATURE_NOUNS,
    MEMBER_BODIES,
    OFFICE_FIELDS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    TITLE_WORDS,
)
from .organisations import OUTLETS, PARTIES, PARTY_LETTERS, PARTY_MEMBERS
from .places import CAPITALS, COUNTRY_ALIASES, DEMONYMS, METONYMS, country_name, demonym_country
from .speech import (
    ATTITUDE_OPPOSE,
    ATTITUDE_SUPPORT,
    CALL_PARTICLES,
    CLAUSE_ONLY_VERBS,
    COGNITION_VERBS,
    COPULAS,
    NOUN_CUES,
    POSITION_VERBS,
    QUOTE_ONLY_VERBS,
    RELAY_VERBS,
    REPORTING_VERBS,
    SIDE_DECLARING_VERBS,
)

__all__ = [
    "ATTITUDE_OPPOSE",
    "ATTITUDE_SUPPORT",
    "BUSINESS_NOUNS",
    "CALL_PARTICLES",
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
    "LEGISLATURE_NOUNS",
    "MEMBER_BODIES",
    "METONYMS",
    "NOUN_CUES",
    "OFFICE_FIELDS",
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
    "SIDE_DECLARING_VERBS",
    "TITLE_WORDS",
    "country_name",
    "demonym_country",
]
