"""How news prose attributes speech and positions: reporting verbs, position verbs, cues."""

from __future__ import annotations

from .table import words

__all__ = [
    "AGENT_SIDES",
    "ATTITUDE_OPPOSE",
    "ATTITUDE_SUPPORT",
    "BELIEF_ADJECTIVES",
    "CALL_PARTICLES",
    "CLAUSE_ONLY_VERBS",
    "COGNITION_VERBS",
    "COPULAS",
    "GATHERING_NOUNS",
    "NOUN_CUES",
    "POSITION_VERBS",
    "QUOTE_ONLY_VERBS",
    "RAISED_NOUNS",
    "RELAY_VERBS",
    "REPORTING_VERBS",
    "SIDE_DECLARING_VERBS",
    "STANCE_AGENT_NOUNS",
]

#: Verbs that attribute speech or thought to their subject; their clausal complement is
#: the claim. Lemmas, so "said", "says" and "saying" all match.
REPORTING_VERBS: frozenset[str] = words(
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
POSITION_VERBS: frozenset[str] = words(
    """
    oppose reject dismiss refuse criticize criticise condemn denounce decry support back
    endorse favor favour advocate urge demand request propose recommend welcome praise
    hail applaud commend agree disagree dispute challenge contest protest object resist
    veto block fight accuse blame warn threaten vow pledge promise call seek press push
    outline express voice offer suggest insist point boast vote slam blast lambaste
    assail mock ridicule rail defend tout champion embrace echo discuss address portray
    dislike like trust relish promote talk speak refer ask thank congratulate mention
    downplay sponsor cosponsor co-sponsor campaign lobby
    """
)
#: Reporting verbs with other everyday senses ("maintain a house", "expect a delivery",
#: "add a clause"): they attribute only with a clausal complement or a quotation.
CLAUSE_ONLY_VERBS: frozenset[str] = words(
    """
    maintain expect hope think believe feel fear add note point recall repeat write post
    doubt worry conclude signal hint imply predict forecast estimate rule
    label answer reply respond brief inform charge observe remark comment explain counter
    press push appeal object protest guarantee promise state find
    joke quip yell scream exclaim chant interject mutter whisper
    """
)
#: Adjectives of attitude that state a position when predicated of an actor with what
#: the attitude is toward: "X was not happy with Y", "X is wary of Y", "X remains eager
#: to Y". Feelings and readiness only; adjectives of expectation ("optimistic",
#: "confident") predict rather than take a side, and stay with the reporting verbs.
ATTITUDE_SUPPORT: frozenset[str] = words(
    """
    happy pleased satisfied glad delighted content enthusiastic supportive receptive
    eager keen willing favorable favourable grateful thrilled heartened proud
    """
)
ATTITUDE_OPPOSE: frozenset[str] = words(
    """
    unhappy displeased dissatisfied discontented angry furious upset annoyed irritated
    disappointed frustrated dismayed outraged incensed indignant resentful wary
    skeptical sceptical critical opposed hostile reluctant unwilling averse concerned
    worried horrified appalled alarmed troubled offended disgusted angered
    """
)
#: Adjectives of belief: with a clause they state a view as "believes that" does ("X is
#: confident that Y", "X remains hopeful that Y"); they take no side of their own, and
#: without a clause ("X is confident", "X is sure to win") they state no view.
BELIEF_ADJECTIVES: frozenset[str] = words(
    """
    sure certain confident convinced hopeful optimistic pessimistic adamant doubtful
    """
)
#: Linking verbs that predicate an attitude of their subject ("was", "remained", "grew").
COPULAS: frozenset[str] = words("be seem appear remain become grow feel look sound stay")
#: Verbs that declare a side with the particle "out" and a preposition: "came out
#: against X", "spoke out for X", "came out in favor of X".
SIDE_DECLARING_VERBS: frozenset[str] = words("come speak")
#: Verbs of belief and intention ("X wants to ...", "X knows that ..."): a position when
#: they take a clause, and only at the top of a sentence (nested, they are the content
#: of someone else's statement).
COGNITION_VERBS: frozenset[str] = words(
    """
    want plan intend decide know wish prefer consider see understand realize realise
    recognize recognise remember suspect assume figure guess mean aim view regard
    """
)
#: Verbs with many other senses ("prices continued to fall", "she read the report") that
#: attribute only right beside a quotation: "“...,” she continued", "A sign read “...”".
QUOTE_ONLY_VERBS: frozenset[str] = words("continue read")
#: Objections one "raises": "X raised concerns about Y" states a position as "X voiced
#: concern" does; "raised prices" or "raised money" states none.
RAISED_NOUNS: frozenset[str] = words(
    "concern concerns objection objections doubt doubts fear fears complaint complaints"
    " question questions alarm"
)
#: Audiences and gatherings one addresses: "addressed a party meeting" says where the
#: speaker spoke, while "addressed the shortage" takes up an issue.
GATHERING_NOUNS: frozenset[str] = words(
    """
    meeting conference rally audience crowd session convention assembly gathering forum
    summit congress parliament committee hearing seminar symposium luncheon dinner
    reporter journalist student supporter delegate worker nation people caucus chamber
    """
)
#: Verbs whose subject relays someone else's words: "X reported that Y said ..." makes
#: Y the speaker and X the intermediary (sg:reportedBy), not a second speaker.
RELAY_VERBS: frozenset[str] = words("report cite quote relay")
#: Particles that make a position out of "call": "call for", "call on".
CALL_PARTICLES: frozenset[str] = frozenset({"for", "on", "upon"})
#: Nouns that name an act of saying or a position; "X's assertion", "remarks from X",
#: "a Chilean bid to". Venues ("interview") and deeds ("attack") are not among them.
NOUN_CUES: frozenset[str] = words(
    """
    assertion remark remarks statement statements comment comments claim claims
    declaration announcement warning warnings proposal proposals suggestion suggestions
    demand demands call calls criticism argument arguments view views stance
    insistence pledge promise promises denial objection objections plea appeal request
    offer threat threats accusation accusations attempt attempts response responses
    plan plans refusal rejection opposition support backing praise decision decisions
    anger outrage fury ire condemnation contention
    """
)
#: Nouns for one who holds a side on something, by the side: "X is a critic of Y", "X,
#: a longtime supporter of Y, ..." state X's position on Y as "X criticises Y" does.
AGENT_SIDES: dict[str, int] = {
    **dict.fromkeys(words("supporter backer proponent champion defender"), 1),
    **dict.fromkeys(words("opponent critic foe detractor"), -1),
}
STANCE_AGENT_NOUNS: frozenset[str] = frozenset(AGENT_SIDES)
