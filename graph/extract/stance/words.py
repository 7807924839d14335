"""Word tables stance reads: cues, operators of wanting and obligation, hedges, observers.

Each table is general English, written as prose (one entry per word) and documented
where it is defined.
"""

from __future__ import annotations

__all__ = [
    "ARGUING_VERBS",
    "ATTACK_OBJECTS",
    "BAN_NOUNS",
    "BLAME_VERBS",
    "CANNOT_MODALS",
    "CAUSE_VERBS",
    "CLAUSE_CHAIN",
    "COMMIT_MODALS",
    "CONCEDED_WEIGHT",
    "CONCESSIONS",
    "CONDITIONS",
    "CONTENT_DEPS",
    "CONTRASTS",
    "COPULAR_VERBS",
    "COUNTER_VERBS",
    "CUE_OPPOSE",
    "CUE_SUPPORT",
    "DECISION_NOUNS",
    "DEONTIC",
    "DISMISS_PARTICLES",
    "DISMISS_VERBS",
    "EFFORT_VERBS",
    "EMOTIONS",
    "EPISTEMIC",
    "EXCESS",
    "EXPRESSIVE_VERBS",
    "FINDING_VERBS",
    "FIRST_PERSON",
    "FORECAST_MODALS",
    "GENERIC_SUBJECTS",
    "HEDGES",
    "IMPRESSION_VERBS",
    "LEGISLATION_NOUNS",
    "LIGHT_VERBS",
    "LOYALTY_PREPS",
    "MEASURE_NOUNS",
    "MERIT_NOUNS",
    "NEED_NOUNS",
    "NEGATIONS",
    "NOUN_OPPOSE",
    "NOUN_SUPPORT",
    "NO_COMMENT_OBJECTS",
    "NO_COMMENT_VERBS",
    "OBSERVER_NOUNS",
    "OPENNESS",
    "OPINION_NOUNS",
    "OUTLOOK_NOUNS",
    "PREDICATIVE",
    "PREVENT_VERBS",
    "PROCEDURE_NOUNS",
    "PROCEDURE_VERBS",
    "PURPOSE_VERBS",
    "QUANTITY_VERBS",
    "QUIT_PARTICLES",
    "QUIT_VERBS",
    "REACTION_VERBS",
    "REFRAIN_PARTICLES",
    "RETRACT_PARTICLES",
    "SCHEDULING_VERBS",
    "SELF_WORDS",
    "SIDING_VERBS",
    "SPEECH_NOUNS",
    "STAND_OBJECTS",
    "STATIVE",
    "STRIVE_VERBS",
    "STRONG",
    "TABLING_VERBS",
    "UNDERTAKING_NOUNS",
    "VOLITION",
    "WITHHOLDING_VERBS",
    "WORRY_WORDS",
]


def _table(words: str) -> frozenset[str]:
    """A word table written as prose: whitespace-separated, one entry per word."""
    return frozenset(words.split())


#: Cues that oppose their object or complement by their meaning alone (lemmas).
CUE_OPPOSE: frozenset[str] = _table(
    """
    criticize criticise oppose reject warn condemn deny denounce decry deplore accuse
    blame caution dismiss object protest refuse veto slam attack threaten fault question
    dispute challenge lament complain resist rebuff scorn mock ridicule assail lambaste
    blast bash castigate contest disagree disavow rebut counter doubt fear worry regret
    chide scold berate reproach repudiate renounce disparage belittle slam boycott
    sanction
    """
)
#: Cues of blame, a subset of :data:`CUE_OPPOSE`: withholding blame ("did not condemn",
#: "declined to criticise") takes no side, it does not praise.
BLAME_VERBS: frozenset[str] = _table(
    """
    criticize criticise condemn denounce decry deplore blame fault slam attack assail
    lambaste blast bash castigate chide scold berate reproach disparage belittle mock
    ridicule scorn accuse
    """
)
#: Cues that support their object or complement: backing, requests, proposals, pledges.
CUE_SUPPORT: frozenset[str] = _table(
    """
    support welcome back praise endorse propose request urge seek suggest advocate
    promise pledge commit approve agree recommend favor favour demand applaud hail
    defend champion embrace accept plan aim want intend offer push press ask encourage
    commend laud celebrate thank congratulate vow insist appeal petition lobby campaign
    prefer wish hope envision envisage outline pursue prioritize prioritise guarantee
    assure reassure tout promote announce sponsor cosponsor co-sponsor
    """
)
#: Verbs of striving that, with "for", back what they strive for: "voted for the bill",
#: "fought for the subsidy", "lobbied for a ban".
STRIVE_VERBS: frozenset[str] = _table(
    "vote fight argue campaign lobby plead press push agitate clamor clamour rally"
)
#: Verbs of feeling whose object feels it, by the side the one who feels takes on what
#: stirred it ("the plan angered Roe": Roe opposes the plan); after VerbNet's class 31.1,
#: narrowed to feelings about a matter.
REACTION_VERBS: dict[str, int] = {
    **dict.fromkeys(
        _table(
            """
            anger infuriate enrage incense outrage upset dismay alarm disappoint frustrate
            irk annoy irritate exasperate offend displease disturb trouble worry
            appall appal disgust sadden aggrieve rile
            """
        ),
        -1,
    ),
    **dict.fromkeys(
        _table("please delight gratify satisfy reassure encourage hearten impress cheer"), 1
    ),
    "sit": 1,  # "sat well with": only with "well"
}
#: Verbs that, with the particle "back", resist what they answer: "pushed back on the
#: plan", "hit back at the critics", "fought back against the cuts".
COUNTER_VERBS: frozenset[str] = _table("push hit strike fight snap")
#: Verbs that, with "with", join a side: "sided with the farmers".
SIDING_VERBS: frozenset[str] = _table("side align")
#: Objects that make "take" an attack ("took aim at", "took a swipe at", "took issue
#: with") and those that make it a stand whose preposition says which side ("took a stand
#: against", "took a stance on").
ATTACK_OBJECTS: frozenset[str] = _table("aim shot swipe jab dig potshot issue")
STAND_OBJECTS: frozenset[str] = _table("stand stance")
#: Verbs that put a measure before a body, and the measures they put: whoever introduces
#: or files "a bill", "an amendment" or "a resolution" backs it.
TABLING_VERBS: frozenset[str] = _table("introduce file submit")
LEGISLATION_NOUNS: frozenset[str] = _table("bill measure amendment resolution legislation motion")
#: Nouns that are cues of their own ("X's proposal", "X's criticism"), by polarity.
NOUN_SUPPORT: frozenset[str] = _table(
    """
    proposal proposals plan plans call calls demand demands request requests offer
    pledge promise insistence attempt effort bid push plea appeal support backing
    endorsement commitment readiness openness willingness suggestion recommendation
    initiative advocacy need praise
    """
)
NOUN_OPPOSE: frozenset[str] = _table(
    """
    criticism objection objections opposition rejection denial warning warnings threat
    threats accusation accusations condemnation protest protests refusal veto concern
    concerns complaint complaints doubt doubts fear fears resistance anger outrage fury
    ire
    """
)
#: Verbs that, with a particle of removal, dismiss their object: "shrugged off the
#: criticism", "brushed aside the warnings", "waved away the concerns".
DISMISS_VERBS: frozenset[str] = _table("shrug brush wave laugh sweep swat")
DISMISS_PARTICLES: frozenset[str] = _table("off aside away")
#: Nouns of what is said or put about, which a verb of dismissal can brush off (with the
#: cue nouns): "shrugged off the remarks", "laughed off the rumours".
SPEECH_NOUNS: frozenset[str] = _table(
    """
    remark comment statement claim allegation charge question suggestion idea notion
    report rumour rumor speculation talk criticism advice pressure complaint
    """
)
#: Modals that, negated with a personal subject, forbid rather than report: "you can't
#: blame them" defends; "the union will not condemn it" withholds.
CANNOT_MODALS: frozenset[str] = _table("can ca")
#: Subjects of a general "can't": "you", "one", "I", "we" can't blame them.
GENERIC_SUBJECTS: frozenset[str] = _table("you one i we")
#: Verbs that, with their preposition, keep to something and so back it: "stood by the
#: deal", "stuck to its plan", "stood behind the strikers".
LOYALTY_PREPS: dict[str, frozenset[str]] = {
    "stand": frozenset({"by", "behind"}),
    "stick": frozenset({"to", "by"}),
}
#: "declined to comment", "refused to confirm": the speaker takes no side.
NO_COMMENT_VERBS: frozenset[str] = frozenset(["decline", "refuse"])
#: Verbs whose open complement is an act left undone: "refused to back Y", "failed to
#: condemn Y".
WITHHOLDING_VERBS: frozenset[str] = NO_COMMENT_VERBS | {"fail"}
NO_COMMENT_OBJECTS: frozenset[str] = _table(
    """
    comment state confirm elaborate say discuss specify disclose speculate answer
    """
)
#: Verbs whose object is what the subject works against: "prevent a war" opposes a war.
PREVENT_VERBS: frozenset[str] = _table(
    """
    prevent avoid stop block halt end oppose hinder resist reject ban limit curb
    prohibit counter fight combat deter thwart obstruct undermine derail delay postpone
    abandon scrap cancel drop withdraw suspend freeze cut reduce restrict deny refuse
    shelve veto tackle confront shut repeal overturn reverse abolish dismantle rescind
    revoke defeat eliminate
    """
)
#: Verbs and adjectives of wanting, planning and readiness: what they take is what their
#: subject stands for ("is considering sending troops", "were prepared to step in").
VOLITION: frozenset[str] = _table(
    """
    want wish hope plan intend aim seek try attempt strive work prepare consider mean
    vote decide choose opt ready prepared willing determined committed eager keen resolved
    """
)
#: Verbs of giving up a post or a race, alone or with their particle: demanding that
#: someone "resign", "step down" or "drop out" opposes them.
QUIT_VERBS: frozenset[str] = _table("resign quit withdraw abdicate")
#: Verbs of refraining and the prepositions of what is refrained from: "refrain from",
#: "abstain from", "hold off on", "hold back from"; the act refrained from is not done.
REFRAIN_PARTICLES: dict[str, frozenset[str]] = {
    "refrain": frozenset({"from"}),
    "abstain": frozenset({"from"}),
    "desist": frozenset({"from"}),
    "hold": frozenset({"on", "from"}),
}
#: Nouns of a choice made, whose infinitive is the holder's own act: "its decision to
#: close the depot", "her choice to stay".
DECISION_NOUNS: frozenset[str] = _table("decision choice determination resolve")
QUIT_PARTICLES: dict[str, frozenset[str]] = {
    "step": frozenset({"down", "aside"}),
    "drop": frozenset({"out"}),
    "bow": frozenset({"out"}),
    "pull": frozenset({"out"}),
    "stand": frozenset({"down", "aside"}),
}
#: Verbs of effort that want something only with what they work at or for: "is working
#: to define", "strove for a deal"; "working it hard" is labour.
EFFORT_VERBS: frozenset[str] = _table("work strive")
#: Modals of obligation ("must", "should", "need to", "have to"): the content is a demand.
DEONTIC: frozenset[str] = _table("must should ought need")
#: Modals of the future and of ability: "would not send", "will open", "cannot accept".
COMMIT_MODALS: frozenset[str] = _table("will would 'll shall can could 'd wo ca")
#: Predicates that state a belief or a state of affairs rather than an act of the subject.
STATIVE: frozenset[str] = _table(
    """
    be have know think believe see feel seem appear look understand remember realize
    realise hear find note notice mean matter exist remain consider
    """
)
#: Pronouns that, as the subject of reported speech, refer back to the speaker's side:
#: "the company said it would", "we will", "its proposals would".
SELF_WORDS: frozenset[str] = _table("i we me us my our ours it its they their he his she her")
#: The speaker's words for itself inside a quotation: "we will", "our plan".
FIRST_PERSON: frozenset[str] = _table("i we me us my our ours")
#: Adjectives of feeling, which no one can be obliged to have: "must be happy" infers.
EMOTIONS: frozenset[str] = _table(
    """
    happy glad pleased delighted relieved satisfied grateful thrilled proud angry annoyed
    upset furious disappointed dismayed frustrated irritated outraged incensed worried
    nervous anxious unhappy
    """
)
#: Verbs of scheduling: put on "talks", "a vote", "discussion" they are procedure, not a
#: stand against the thing discussed ("agreed to postpone the vote").
SCHEDULING_VERBS: frozenset[str] = _table("shelve postpone delay defer adjourn suspend")
PROCEDURE_NOUNS: frozenset[str] = _table(
    """
    discussion discussions talk talks debate debates vote votes meeting meetings session
    hearing hearings decision consideration negotiation negotiations
    """
)
#: Verbs that utter a feeling: the feeling's own valence is their polarity
#: ("expressed frustration", "voiced satisfaction").
EXPRESSIVE_VERBS: frozenset[str] = _table("express voice")
#: Adjectives of openness to something ("open to talks"), with the attitudes of favour.
OPENNESS: frozenset[str] = _table("open amenable")
#: Verbs that take their object's polarity inside the content ("had concerns about").
LIGHT_VERBS: frozenset[str] = _table("have express voice raise share deserve merit")
#: Verbs of examining a matter: "would be reviewed" announces procedure, not a decision.
PROCEDURE_VERBS: frozenset[str] = _table(
    "review consider discuss examine study debate decide evaluate assess investigate"
)
#: Nouns of prohibition and of removal, the nominals of the verbs of prevention: backing
#: "a ban on X", "an end to X" or "the withdrawal of X" opposes X.
BAN_NOUNS: frozenset[str] = _table(
    """
    ban moratorium embargo prohibition halt end withdrawal repeal abolition elimination
    removal scrapping cancellation suspension lifting rollback dismantling
    """
)
#: Nouns of an undertaking or a request, whose infinitive is the act undertaken or asked
#: for: backing "efforts to dismantle X" or "calls to scrap X" opposes X as backing
#: "dismantling X" does.
UNDERTAKING_NOUNS: frozenset[str] = _table(
    "effort attempt bid push drive campaign move plan proposal initiative call demand request"
)
#: Adjectives of certainty, which VADER scores as if they praised: "it is clear that".
EPISTEMIC: frozenset[str] = _table(
    """
    clear obvious evident certain sure true apparent plain confident convinced uncertain
    unclear unsure doubtful
    """
)
#: Verbs of a change in amount, which VADER scores as if they judged ("gain", "lose").
QUANTITY_VERBS: frozenset[str] = _table(
    """
    increase decrease rise fall drop decline gain lose grow shrink climb slip slide surge
    jump plunge soar tumble rebound double triple halve
    """
)
#: Nouns of a merit or a harm: "the merits of X", "the drawbacks of X" judge X (the sign
#: is the word's valence).
MERIT_NOUNS: frozenset[str] = _table(
    """
    benefit advantage merit virtue importance upside
    danger risk harm drawback downside flaw peril pitfall shortcoming
    """
)
#: Nouns of what lies ahead and of a climate of opinion: what is predicated of them ("the
#: prospects are good", "the mood in the party is grim") forecasts or assesses, it takes
#: no side.
OUTLOOK_NOUNS: frozenset[str] = _table(
    "prospect outlook chance odds forecast perception mood sentiment atmosphere"
)
#: Words of worry: negated ("was not worried about", "did not worry about") they say a
#: thing causes no alarm, an assessment that neither backs nor rejects it.
WORRY_WORDS: frozenset[str] = _table("concerned worried worry")
#: Nouns of a level or a share: a predicate nominal headed by one ("is a critical
#: threshold", "was a record level") says where a figure stands, not whether it is wanted.
MEASURE_NOUNS: frozenset[str] = _table(
    "level threshold rate share percentage proportion ceiling floor benchmark"
)
#: Nouns of an opinion held: the adjective of one had ("had a favourable view of X", "has
#: a low opinion of it") is the holder's attitude toward what follows "of".
OPINION_NOUNS: frozenset[str] = _table("view opinion impression")
#: Nouns of a need or a ground for an act: with what they are for ("no reason to wait",
#: "a need for new rules", "no justification for the fee") they back the act, and denied
#: they reject it.
NEED_NOUNS: frozenset[str] = _table("need reason justification rationale excuse")
#: Verbs that find or see a need: "saw no need for", "found no reason to".
FINDING_VERBS: frozenset[str] = _table("see find")
#: Verbs of aiming, whose passive names a thing's purpose: "aimed at", "directed towards".
PURPOSE_VERBS: frozenset[str] = _table("aim direct gear target orient")
#: Verbs whose object says what their subject is, as a copula's does.
COPULAR_VERBS: frozenset[str] = _table("pose constitute represent")
#: Verbs of causing: what a plan "would bring" or "would cause" judges the plan.
CAUSE_VERBS: frozenset[str] = _table("raise cause bring create generate produce")
#: Verbs of making a case: what is argued is defended, even without evaluative words.
ARGUING_VERBS: frozenset[str] = _table("argue contend insist maintain")

#: Words that mark a prediction or a guess rather than a position.
HEDGES: frozenset[str] = _table(
    """
    may might could perhaps possibly probably likely unlikely appear seem expect predict
    forecast anticipate speculate estimate suppose
    """
)
#: Linking verbs of impression: "it looks good", "that sounds like a plan" give an
#: impression, as "it seems" does, not a verdict.
IMPRESSION_VERBS: frozenset[str] = _table("look sound")
#: Speakers whose trade is to describe a dispute rather than take part in it; what they
#: say is neutral unless they clearly evaluate ("analysts said talks would drag on").
OBSERVER_NOUNS: frozenset[str] = _table(
    """
    analyst diplomat observer expert economist commentator newspaper paper journalist
    reporter correspondent scholar academic researcher historian pollster survey poll
    study
    """
)
#: Dependents that state a clause's polarity.
NEGATIONS: frozenset[str] = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "nobody", "nothing"}
)
#: Complements of a cue that hold its content.
CONTENT_DEPS: frozenset[str] = frozenset(
    {"ccomp", "xcomp", "dobj", "obj", "advcl", "prep", "pobj", "attr", "acomp", "oprd", "dative"}
)
#: |valence| at which evaluation alone decides.
STRONG = 1.0
#: Conjunctions and subordinators of contrast, and how much the conceded side counts.
CONTRASTS: frozenset[str] = frozenset({"but", "yet"})
CONCESSIONS: frozenset[str] = frozenset({"although", "though", "while", "whereas"})
CONCEDED_WEIGHT = 0.5
#: Subordinators of a hypothetical condition.
CONDITIONS: frozenset[str] = frozenset({"if", "unless", "whether"})
#: Links from a predicate up to the content's main clause.
CLAUSE_CHAIN: frozenset[str] = frozenset(
    {
        "ROOT",
        "ccomp",
        "xcomp",
        "conj",
        "advcl",
        "acomp",
        "attr",
        "oprd",
        "pcomp",
        "prep",
        "parataxis",
    }
)
#: The valence of an adjective under "too".
EXCESS = 2.0
#: Dependencies of a predicate adjective or participle ("was doomed", "seemed concerned").
PREDICATIVE: frozenset[str] = frozenset({"acomp", "oprd", "ROOT", "ccomp", "conj", "xcomp"})
#: Modals that turn an event verb into a forecast the speaker stands behind.
FORECAST_MODALS: frozenset[str] = frozenset({"would", "will", "'ll", "could", "might", "can"})
#: Verb + particle that take back what their object says: "walked back", "took back".
RETRACT_PARTICLES: frozenset[str] = frozenset({"walk", "take", "row"})
