"""Stance from cue polarity, negation, modality and evaluation, pinned by short sentences."""

from __future__ import annotations

import pytest

from graph.extract.stance import classify_stance, cue_polarity, evaluation, valence


def _cue(doc, word: str):
    return next(t for t in doc if t.text == word)


def _stance(nlp, text: str, cue: str, *, with_content: bool = False) -> str:
    doc = nlp(text)
    token = _cue(doc, cue)
    content = None
    if with_content:
        comps = [c for c in token.children if c.dep_ in {"ccomp", "xcomp", "dobj"}]
        if comps:
            sub = list(comps[0].subtree)
            content = doc[sub[0].i : sub[-1].i + 1]
    return classify_stance(token, content, next(iter(doc.sents)))


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # the cue's own polarity
        ("The minister criticized the plan.", "criticized", "oppose"),
        ("The union rejected the offer on Monday.", "rejected", "oppose"),
        ("The guild has long opposed every extension of the quay.", "opposed", "oppose"),
        ("The mayor warned that the bridge could collapse.", "warned", "oppose"),
        ("The senator welcomed the agreement.", "welcomed", "support"),
        ("The governor backed the new budget.", "backed", "support"),
        ("The party called for early elections.", "called", "support"),
        ("The group urged the city to build more housing.", "urged", "support"),
        ("The bank proposed a new lending scheme.", "proposed", "support"),
        ("The president requested more funding for schools.", "requested", "support"),
        # a light verb takes its object's polarity
        ("The leader expressed openness to new talks.", "expressed", "support"),
        ("The mayor voiced concern about the budget.", "voiced", "oppose"),
        ("The ministry announced plans for new tariffs.", "announced", "support"),
        # negation of the cue or of the content's main verb
        ("The mayor did not support the plan.", "support", "oppose"),
        ("He said he would not lend his van to the choir.", "said", "oppose"),
        ("She stated that the company will never sell the factory.", "stated", "oppose"),
        # requests and pledges against something
        ("The clerks said the county was trying to prevent a fare war.", "said", "oppose"),
        ("The clan vowed to punish the theft of its cattle.", "vowed", "oppose"),
        # evaluation in the content
        ("He said the proposal was absolutely unacceptable.", "said", "oppose"),
        ("She said the reforms were essential for growth.", "said", "support"),
        ("The chairman said the pension offer was disappointing.", "said", "oppose"),
        ("\u201cIt was a sensible, measured decision,\u201d a lawyer said.", "said", "support"),
        # a forecast consequence judges; a reported past event is a fact, with no side
        ("The senator argued the tax plan would hurt small farms.", "argued", "oppose"),
        ("The minister said the floods destroyed the bridge.", "said", "neutral"),
        # a negated negative is positive
        (
            "The courier said she did not anticipate any delay in the parcels.",
            "said",
            "support",
        ),
        # no side: no comment, hedged predictions, observers describing
        ("The company declined to comment.", "declined", "neutral"),
        ("The governor refused to confirm the report.", "refused", "neutral"),
        ("Analysts said the dispute could drag on for months.", "said", "neutral"),
        ("Diplomats said the envoy would travel to the capital next week.", "said", "neutral"),
        ("Observers say the talks are likely to resume.", "say", "neutral"),
        # a plain report of one's own plan supports it
        ("The company said it would open a new plant next year.", "said", "support"),
    ],
)
def test_extract_stance_sentences(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # evaluative words of the content turn the stance toward its subject
        ("The union leader said the merger was a reckless gamble.", "said", "oppose"),
        ("The alderman said the zoning review was doomed to collapse.", "said", "oppose"),
        ("The farmers said the new quota was too strict.", "said", "oppose"),
        ("The mayor said the plan was not a mistake.", "said", "support"),
        ("The abbot said he had grave concerns about the quarry.", "said", "oppose"),
        ("The senator talked up the new transit plan.", "talked", "support"),
        # a side remark about others is not the point of the content
        (
            "Faced with angry voters, the council has kept the tax rate, the mayor said.",
            "said",
            "neutral",
        ),
        # no polarity signal: facts, forecasts about others, procedure
        ("The minister said unemployment rose last year.", "said", "neutral"),
        ("The governor said tax revenue will remain flat next year.", "said", "neutral"),
        ("The spokesman said the complaint would be reviewed.", "said", "neutral"),
        ("The council agreed to postpone the vote on the budget.", "agreed", "neutral"),
        ("She expected prices to fall in the spring.", "expected", "neutral"),
        # demands, wants and readiness take a side; negation or prevention reverses it
        ("The mayor said the city must build more schools.", "said", "support"),
        ("The mayor said the city should not raise bus fares.", "said", "oppose"),
        ("The company said it was ready to resume talks.", "said", "support"),
        ("The army said it was prepared to confront any intruders.", "said", "oppose"),
        # the speaker's own side acting, and decisions announced in the agentless passive
        ("\u201cWe are going to take this district,\u201d the candidate said.", "said", "support"),
        ("The ministry said the old bridge would be replaced next year.", "said", "support"),
        ("The gym said there would be no rise in membership fees this winter.", "said", "oppose"),
        # a position noun decides whatever its object is like
        (
            "The mayor said she had deep concerns about a popular and well-funded plan.",
            "said",
            "oppose",
        ),
        # failing to heed something judges whoever did it
        ("The nurses said the reform overlooked the needs of patients.", "said", "oppose"),
        # an attributive comparison is no judgement
        ("The trader said the weaker yen is having an effect on exports.", "said", "neutral"),
        # a superlative predicated of something judges it
        ("The mayor said the ferry was the worst option.", "said", "oppose"),
        # voting and deciding take a side on the act; asking a question takes none
        ("The council voted to ban fireworks in the park.", "voted", "oppose"),
        ("The board decided to expand the museum.", "decided", "support"),
        ("The reporter asked whether the mayor would resign.", "asked", "neutral"),
        ("The union asked the company to raise wages.", "asked", "support"),
        # backing a ban opposes what it bans, and so does asking for a removal, in a noun,
        # an undertaking or a subjunctive passive
        ("The councillor backed a ban on leaf blowers.", "backed", "oppose"),
        ("The tenants demanded the withdrawal of the parking fee.", "demanded", "oppose"),
        ("The mayor said she supports efforts to dismantle the toll.", "said", "oppose"),
        ("The tenants demanded that the parking fee be withdrawn.", "demanded", "oppose"),
        ("The tenants demanded that the parking fee be kept.", "demanded", "support"),
        # a ground denied rejects what it would ground
        ("The mayor said there was no justification for the parking fee.", "said", "oppose"),
        # putting a measure before a body backs it; introducing a product is no stand
        ("The senator introduced a bill to widen the canal.", "introduced", "support"),
        ("The firm introduced a new phone.", "introduced", "neutral"),
        ("The senator co-sponsored a bill to widen the canal.", "co-sponsored", "support"),
        # an act of prevention opposes its object; striving "for" something backs it, and
        # a span of time after "for" is no object of striving
        ("The senator blocked the nomination of the judge.", "blocked", "oppose"),
        ("The senator voted for the canal bill.", "voted", "support"),
        ("The union fought for a shorter week.", "fought", "support"),
        ("The union has fought the toll for years.", "fought", "oppose"),
        ("The union lobbied against the merger.", "lobbied", "oppose"),
        # "back" after a verb of force resists; siding "with" joins
        ("The senator pushed back on the toll plan.", "pushed", "oppose"),
        ("The senator sided with the farmers on the toll.", "sided", "support"),
        # an attack taken, or a stand taken against, opposes; one who holds a side holds it
        ("The senator took aim at the toll plan.", "took", "oppose"),
        ("The senator took a stand against the toll plan.", "took", "oppose"),
        ("Ana Petrov, a longtime critic of the toll plan, spoke first.", "critic", "oppose"),
        ("Ana Petrov is a staunch supporter of the toll plan.", "supporter", "support"),
        # asking someone else to give up their post opposes them
        ("The union called on the harbour master to resign.", "called", "oppose"),
        ("The union urged the harbour master to step down.", "urged", "oppose"),
        # a judgement nested in a noun's clause is not the content's point
        (
            "The coach said fans were waiting for a sign that the team is a winner.",
            "said",
            "neutral",
        ),
        # an analyst named by apposition is an observer; a forecast is no act
        (
            "Ann Lee, an analyst at a bank, said we have raised our growth forecast.",
            "said",
            "neutral",
        ),
        ("She said demand was thin and she expected the kiosks to shut.", "said", "neutral"),
        # "against" opposes its object whatever the verb; contesting a ruling opposes it
        ("The group campaigned against the new highway.", "campaigned", "oppose"),
        ("The senator said she would vote against the bill.", "said", "oppose"),
        ("The company appealed the ruling.", "appealed", "oppose"),
        ("The police appealed for calm.", "appealed", "support"),
        # a degree adverb carries no valence of its own; certainty is no judgement
        ("The coach said the defence was pretty bad.", "said", "oppose"),
        ("He said it was clear what the council would do.", "said", "neutral"),
        # a hypothetical condition, and judging a matter settled, take no side
        (
            "The board is empowered to shut the park if it thinks fit, the warden said.",
            "said",
            "neutral",
        ),
        ("\u201cWe consider the case finished,\u201d the judge said.", "said", "neutral"),
        # what something is called judges it
        ("The mayor called the scheme a disaster.", "called", "oppose"),
        # a change in amount is no judgement; undoing a law opposes it
        ("The minister said exports would increase next year.", "said", "neutral"),
        ("The activists pledged to repeal the law.", "pledged", "oppose"),
        # a claim under a cue of insistence is judged by what it claims
        ("The governor insisted the new plan was flawed.", "insisted", "oppose"),
        # "cannot ... unless": what the act is made to depend on is asked for
        (
            "The hospital cannot keep its wards open unless it receives more funding, "
            "the director said.",
            "said",
            "support",
        ),
    ],
)
def test_extract_stance_composition(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("He said he would not lend his van to the choir.", "said", "oppose"),
        ("She said the reforms were essential for growth.", "said", "support"),
        ("The minister said the plan was reckless.", "said", "oppose"),
    ],
)
def test_extract_stance_with_content_span(nlp, text, cue, expected):
    assert _stance(nlp, text, cue, with_content=True) == expected


def test_extract_stance_noun_cue_with_adjective(nlp):
    doc = nlp("The furious reply of the tenants surprised the landlord.")
    assert cue_polarity(_cue(doc, "reply")) == -1
    doc = nlp("The network defended its proposal.")
    assert cue_polarity(_cue(doc, "proposal")) == 1


def test_extract_stance_evaluation_flips_under_negation(nlp):
    doc = nlp("The deal is not good.")
    assert evaluation(list(doc)) < 0
    doc = nlp("The deal is good.")
    assert evaluation(list(doc)) > 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a contrast discounts the conceded side, whichever comes first
        ("The plan is excellent but the timing is bad.", -1),
        ("The timing is bad but the plan is excellent.", 1),
        ("Although the timing is bad, the plan is excellent.", 1),
    ],
)
def test_extract_stance_contrast_discounts_the_conceded_clause(nlp, text, sign):
    assert evaluation(list(nlp(text))) * sign > 0


def test_extract_stance_lexicon_loaded(nlp):
    """VADER's English lexicon is read from its package; topic nouns carry no stance."""
    doc = nlp("a wonderful terrible war")
    assert valence(doc[1]) > 0 and valence(doc[2]) < 0
    assert evaluation([doc[3]]) == 0.0


def test_extract_stance_example_acceptance(example_build):
    """The end-to-end criterion: Lavrov's criticism and Trump's refusal come out Oppose."""
    by_cue = {
        (s.cue.split()[0].lower(), s.evidence[:40]): s.stance for s in example_build.statements
    }
    criticized = [v for (cue, _), v in by_cue.items() if cue == "criticized"]
    asserted = [v for (cue, _), v in by_cue.items() if cue == "asserted"]
    assert criticized == ["oppose"]
    assert asserted == ["oppose"]


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        # the speaker's own side acting, named rather than a pronoun
        ("The minister said Norlandic troops would cross the river.", ("Norlandic",), "support"),
        ("The minister said Ostenian troops would cross the river.", ("Norlandic",), "neutral"),
        ("The minister said Norlandic troops would cross the river.", (), "neutral"),
        # a body "of" the speaker's side, with its partners
        (
            "The minister said the teams of Norland and its partners are collaborating to "
            "build a framework.",
            ("Norland",),
            "support",
        ),
        (
            "The minister said the teams of Ostenia and its partners are collaborating to "
            "build a framework.",
            ("Norland",),
            "neutral",
        ),
    ],
)
def test_extract_stance_own_side_named(nlp, text, own, expected):
    doc = nlp(text)
    cue = _cue(doc, "said")
    assert classify_stance(cue, None, next(iter(doc.sents)), own) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a noun cue taken back by a verb of withdrawal is rejected
        ("The ministry withdrew its proposal on Monday.", "proposal", -1),
        ("The senator walked back his remarks.", "remarks", -1),
        ("The ministry presented its proposal on Monday.", "proposal", 1),
    ],
)
def test_extract_stance_retracted_noun_cue(nlp, text, cue, expected):
    assert cue_polarity(_cue(nlp(text), cue)) == expected


def test_extract_stance_conceded_clause_is_not_the_claim(nlp):
    """A clause under "while" is granted; what the main verb aims at is the stand."""
    doc = nlp(
        "Mira Olsen said that while the army would not be sent, "
        "the government aims to back the talks."
    )
    start = next(t.i for t in doc if t.text == "government") - 1
    content = doc[start : len(doc) - 1]
    assert content.text == "the government aims to back the talks"
    assert classify_stance(_cue(doc, "said"), content, doc[:]) == "support"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Lena Varga argued that the new levy was not the cause of the shortfall.",
            "argued",
            "support",
        ),
        (
            "Lena Varga said that the new levy was not the cause of the shortfall.",
            "said",
            "neutral",
        ),
        ("Analysts argued that the levy would raise prices.", "argued", "neutral"),
    ],
)
def test_extract_stance_arguing_makes_a_case(nlp, text, cue, expected):
    """Arguing a claim defends it; saying the same is a report; observers stay neutral."""
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a conjoined passive shares its head's subject: an announced arrangement
        (
            "The union said its members would be covered by the pension plan "
            "and would be paid in full next year.",
            "said",
            "support",
        ),
        # a passive of perception is no decision
        (
            "Marlow said the pact would be seen as an example for neighbouring towns.",
            "said",
            "neutral",
        ),
        # words the speaker reports inside the content are read from their own complement
        (
            '"I have said many times that I would not repeat what Brandt said," Okafor said.',
            "said",
            "oppose",
        ),
        # the purpose of the speaker's act: campaigning against something opposes it
        (
            "Delacroix said she would travel to Vienna next week to campaign against "
            "the proposed tariff.",
            "said",
            "oppose",
        ),
        # an attitude predicated in the content, toward an act or a thing
        ("Tenley said the regulators were unwilling to release the data.", "said", "oppose"),
        ("Tenley said the farmers were unhappy with the new quota.", "said", "oppose"),
        ("Tenley said the growers were pleased with the new quota.", "said", "support"),
        ("Tenley said it was critical that the bill passes.", "said", "support"),
        # a predicate nominal judges through what it is "of" or "for"
        ('"The leak is a reason for panic," Varga said.', "said", "oppose"),
        ("Varga said the scheme was a recipe for disaster.", "said", "oppose"),
        ("Varga said the pact was a template for other valleys.", "said", "neutral"),
        # a linking verb of impression gives an impression, not a verdict
        ('"It looks rather nice from here," Pellam said.', "said", "neutral"),
        # an agentless passive request supports what is asked
        (
            "Growers are being encouraged to plant drought-resistant crops, Osei said.",
            "said",
            "support",
        ),
        # a conjoined circumstance ("and when they ...") is not the speaker's act
        (
            "Dealers keep stocking up and once they have stocked enough the rates will drop, Osei said.",
            "said",
            "neutral",
        ),
        # adjectives of what was had describe it; a plan one has is still judged
        ('"We\'ve had three really excellent harvests," Pellam said.', "said", "neutral"),
        ('"We have a sensible plan," Pellam said.', "said", "support"),
        # a contraction with a curly apostrophe is the copula, as with a straight one
        ("\u201cIt\u2019s a test that the council failed,\u201d Pellam said.", "said", "neutral"),
        ("\u201cIt\u2019s a disaster,\u201d Pellam said.", "said", "oppose"),
    ],
)
def test_extract_stance_content_operators(nlp, text, cue, expected):
    """Operators inside the content: passives, reported words, purposes, attitudes."""
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a consequence forecast for a thing is no refusal; an actor's act is
        ("Halvorsen said the plan would cut costs for farmers.", "said", "neutral"),
        ("Halvorsen said the deficit would not fall this year.", "said", "neutral"),
        ("Halvorsen said his party would block the bill.", "said", "oppose"),
        ("Halvorsen said the union would not accept the offer.", "said", "oppose"),
        # a demand that something be stopped opposes it
        ("Halvorsen said the levy should be abolished.", "said", "oppose"),
        ("Halvorsen said the levy should be extended.", "said", "support"),
        # being against or in favour of something
        ("Halvorsen said he was against the levy.", "said", "oppose"),
        ("Halvorsen said he was in favor of the levy.", "said", "support"),
        # a need for something, and its denial; an objection one does not have
        ("Halvorsen stressed the need for a new levy.", "stressed", "support"),
        ("Halvorsen said there was no need for a new levy.", "said", "oppose"),
        ("Halvorsen said he had no objection to the levy.", "said", "support"),
        # the size of a change is not a judgement
        ("Halvorsen said the economy grew strongly last year.", "said", "neutral"),
        # misconduct judges whoever did it, in the past too
        ("Halvorsen said the ministry had lied about the costs.", "said", "oppose"),
        ("Halvorsen said the ministry was wasting money.", "said", "oppose"),
    ],
)
def test_extract_stance_acts_and_positions(nlp, text, cue, expected):
    """Refusals against forecasts, demands to stop, prepositional positions, needs."""
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a thing would change or bring judges the thing; cutting it turns the sign
        ("Halvorsen said the levy would reduce poverty.", "support"),
        ("Halvorsen said the levy would increase poverty.", "oppose"),
        ("Halvorsen said the levy would raise the risk of a recession.", "oppose"),
        ("Halvorsen said the levy would bring prosperity and profits.", "support"),
        # an actor cutting something is a stand against it; a past change is a fact
        ("Halvorsen said the government would reduce the deficit.", "oppose"),
        ("Halvorsen said the levy reduced poverty last year.", "neutral"),
        # an actor facing something is no change it brings
        ("Halvorsen said the levy will face a hard fight in the assembly.", "neutral"),
    ],
)
def test_extract_stance_consequences_of_a_thing(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is said of a date or an amount assesses it; it takes no side
        ("Halvorsen said 2019 and 2020 were good years for growers.", "neutral"),
        ("Halvorsen said the levy was a good idea.", "support"),
        # effort wants something only with what it works at or for
        ("\u201cBoy, you are working that horse hard,\u201d Halvorsen said.", "neutral"),
        ("Halvorsen said the ministry was working to end the levy.", "oppose"),
        ("\u201cWe are working on a compromise,\u201d Halvorsen said.", "support"),
    ],
)
def test_extract_stance_periods_and_effort(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # openness and feelings, as adjectives or as passive participles
        ("Okafor said she was open to new talks.", "said", "support"),
        ("Okafor said she was disappointed by the decision.", "said", "oppose"),
        ("Okafor said she was pleased with the decision.", "said", "support"),
        # the feeling a light verb utters judges
        ("Okafor expressed frustration with the talks.", "expressed", "oppose"),
        ("Okafor expressed satisfaction with the talks.", "expressed", "support"),
        # "against" on a particle, "out at": attacks
        ("Okafor pushed back against the proposal.", "pushed", "oppose"),
        ("Okafor lashed out at Brandt.", "lashed", "oppose"),
        # demanding that someone give up a post or a race opposes them
        ("Okafor said Brandt should drop out of the contest.", "said", "oppose"),
        ("Okafor said Brandt should step down.", "said", "oppose"),
        ("Okafor said Brandt should resign.", "said", "oppose"),
        ("Okafor said Brandt should stay in the race.", "said", "support"),
        # fitness, excess, overdue change, talks that bore fruit
        ("Okafor said Brandt was unfit to be president.", "said", "oppose"),
        ("Okafor said the proposal went too far.", "said", "oppose"),
        ("Okafor said the reform was long overdue.", "said", "support"),
        ("Okafor said the talks had been fruitful.", "said", "support"),
        # a decision still to come is procedure; a decision to act wants the act
        ("Okafor said the board would decide next week.", "said", "neutral"),
        ("Okafor said the board would decide to close the plant.", "said", "support"),
    ],
)
def test_extract_stance_political_idiom(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # an "as" clause names what its speaker sought, whatever the main clause says of it
        (
            "Pereira said the museum would not open on Sundays this year, as requested by visitors.",
            "requested",
            "support",
        ),
        ("The port reopened on Friday, as demanded by the dockers.", "demanded", "support"),
        # blame withheld takes no side; support withheld still opposes
        (
            "Moreau was scolded by his cousins for never denouncing the graffiti at the library.",
            "denouncing",
            "neutral",
        ),
        ("Lindqvist declined to criticise the new mayor.", "criticise", "neutral"),
        ("Lindqvist did not back the new mayor.", "back", "oppose"),
    ],
)
def test_extract_stance_as_clause_and_withheld_blame(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


def test_extract_stance_as_clause_with_its_head_as_content(nlp):
    """The "as" clause supports the act it hangs on, even when that act is negated."""
    doc = nlp(
        "Pereira said the museum would not open on Sundays this year, as requested by visitors."
    )
    start = next(t.i for t in doc if t.text == "museum") - 1
    end = next(t.i for t in doc if t.text == "year") + 1
    content = doc[start:end]
    assert content.text == "the museum would not open on Sundays this year"
    assert classify_stance(_cue(doc, "requested"), content, doc[:]) == "support"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a merit or a harm "of" something judges that thing
        ("Tovah summarised the merits of the night bus to the parish council.", "support"),
        ("Tovah summarised the downsides of the night bus to the parish council.", "oppose"),
        # other nouns "of" something name it, they do not judge it
        ("Tovah summarised the timetable of the night bus to the parish council.", "neutral"),
        # nouns of measure name an amount, they do not judge: a rise is no merit
        ("Tovah said the value of the florin fell sharply.", "neutral"),
        ("Tovah said the strength of the florin was hurting exporters.", "neutral"),
    ],
)
def test_extract_stance_merit_of_a_thing(nlp, text, expected):
    cue = text.split()[1]
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # setting oneself apart from something, or brushing it off, opposes it
        (
            "Several trustees moved to dissociate themselves from the Pemberton memo.",
            "dissociate",
            "oppose",
        ),
        ("Ilves distanced herself from the port deal.", "distanced", "oppose"),
        ("Ilves shrugged off the criticism from the unions.", "shrugged", "oppose"),
        ("Ilves brushed aside the warnings of the auditors.", "brushed", "oppose"),
        # the same verbs without the reflexive or the particle do not
        ("Ilves waved to the crowd in the square.", "waved", "neutral"),
        # a particle of removal dismisses only something said or urged
        ("Ilves waved off the rumours about the port deal.", "waved", "oppose"),
        ("Ilves waved off the ferry at the pier.", "waved", "neutral"),
    ],
)
def test_extract_stance_distancing_and_dismissal(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is said of an outlook forecasts; what is said of the thing judges it
        ("Halvorsen said the chances of the orchard cooperative were excellent.", "neutral"),
        ("Halvorsen said the outlook for the harbour scheme is bleak.", "neutral"),
        ("Halvorsen said the harbour scheme was good.", "support"),
    ],
)
def test_extract_stance_outlook_is_a_forecast(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a thing is aimed at judges it
        ("Dunmore said the new rules were aimed at punishing small farmers.", "oppose"),
        ("Dunmore said the grants were geared towards helping young bakers.", "support"),
        # a place aimed at names no purpose
        ("Dunmore said the cameras were directed at the harbour.", "neutral"),
    ],
)
def test_extract_stance_purpose_judges_the_thing(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consequence under "if", said of others or of a dummy "it", forecasts
        (
            "\u201cIf the choir took one more tenor, it would be unfair to turn away the rest,\u201d "
            "Osei said.",
            "neutral",
        ),
        ("Osei said the rehearsals would become chaotic if the choir grew again.", "neutral"),
        # the speaker's own side under "if" pledges
        ("Osei said that if elected, we would scrap the toll.", "oppose"),
    ],
)
def test_extract_stance_hypothetical_consequence(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported speech: "he" is the speaker, his plan is his stand
        ("Tamsin Hale said he would build the canal.", "support"),
        # quoted words: "he" is someone else, his plan is a fact reported
        ("\u201cHe will build the canal,\u201d Tamsin Hale said.", "neutral"),
        ('"He will build the canal," Tamsin Hale said.', "neutral"),
        # quoted words: "we" is still the speaker's side
        ("\u201cWe will build the canal,\u201d Tamsin Hale said.", "support"),
    ],
)
def test_extract_stance_third_person_in_a_quote_is_not_the_speaker(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


def test_extract_stance_in_quote(nlp):
    from graph.extract.stance.syntax import in_quote

    doc = nlp('Brill said "we agree" and left.\n"Then we go," Brill said.')
    words = {(t.i, t.text): in_quote(t) for t in doc if t.text in {"agree", "left", "go", "Brill"}}
    assert [text for _, text in words] == ["Brill", "agree", "left", "go", "Brill"]
    assert list(words.values()) == [False, True, False, True, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "must" of inference: a feeling, or the perfect
        ("Ferro said the bakers must be thrilled about their new oven.", "neutral"),
        ("Ferro said the bakers must be happy with their new oven.", "neutral"),
        ("Ferro said the growers must have sold the land already.", "neutral"),
        # "must" of obligation: a demand
        ("Ferro said the growers must be paid in full.", "support"),
    ],
)
def test_extract_stance_epistemic_must(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive of possibility with a means puts a remedy forward
        ("Quist said the deficit could be narrowed by selling state land.", "support"),
        ("Quist said costs can be lowered by merging the two agencies.", "support"),
        # without the means it is a guess
        ("Quist said the deficit could be narrowed.", "neutral"),
    ],
)
def test_extract_stance_proposed_means(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen said the mood among the growers was grim.",
        "\u201cSentiment toward the tram line among shopkeepers is dreadful,\u201d Halvorsen said.",
    ],
)
def test_extract_stance_climate_of_opinion_is_assessed(nlp, text):
    assert _stance(nlp, text, "said") == "neutral"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # blame the speaker leaves undone takes no side ...
        ("Lindqvist did not condemn the raid on the depot.", "condemn", "neutral"),
        # ... blame the speaker forbids defends
        ("Don't blame the mayor for the floods.", "blame", "support"),
        ("You can't blame the mayor for the floods.", "blame", "support"),
        # a future, or a second verb sharing its subject, still leaves the blame undone
        ("The guild will not condemn the prank at the fair.", "condemn", "neutral"),
        (
            "Pallas visited the bakery and did not condemn the prank at the fair.",
            "condemn",
            "neutral",
        ),
        # an imperative conjoined to an imperative still forbids
        ("Stay calm and don't blame the mayor for the floods.", "blame", "support"),
    ],
)
def test_extract_stance_blame_withheld_or_forbidden(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal that is the predicate demands, whoever is quoted as its subject
        ("\u201cHe really should,\u201d Lindqvist said.", "support"),
        ("\u201cShe ought to sign the treaty,\u201d Lindqvist said.", "support"),
        ("\u201cShe ought to resign,\u201d Lindqvist said.", "oppose"),
    ],
)
def test_extract_stance_bare_modal_is_a_demand(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "far from" negates what it takes
        ("Brandt said the toll plan was far from perfect.", "oppose"),
        # a copula-like verb's object says what its subject is
        ("Brandt said the toll plan posed a threat to the harbour.", "oppose"),
        # not ruling something out keeps it open
        ("Brandt said he would not rule out a new toll.", "support"),
        ("Brandt said he would rule out a new toll.", "oppose"),
        # "it is time to X" asks for X
        ("Brandt said it was time to scrap the toll.", "oppose"),
        ("Brandt said it was time to build the bridge.", "support"),
        # confidence in a forecast forecasts
        ("Brandt said he was confident the toll would pass.", "neutral"),
        # what a thing deserves judges it
        ("Brandt said the toll plan deserved support.", "support"),
        ("Brandt said the toll plan was unconstitutional.", "oppose"),
    ],
)
def test_extract_stance_negation_copulas_and_demands(nlp, text, expected):
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # what follows "as" says what the object is
        ("Ruiz described the ferry proposal as unworkable.", "described", "oppose"),
        ("Ruiz described the ferry talks as constructive.", "described", "support"),
        # doubt about an outcome, or a verdict put off, assesses
        ("Ruiz said the outcome of the ferry talks was uncertain.", "said", "neutral"),
        ("Ruiz said it was too early to say whether the ferry deal would hold.", "said", "neutral"),
        ("Ruiz said the ferry deal was too costly.", "said", "oppose"),
        # keeping to something backs it; a merit something has judges it
        ("Ruiz said his party stood by the ferry deal.", "said", "support"),
        ("Ruiz stood by the ferry deal.", "stood", "support"),
        ("Ruiz said his party would stick by the ferry deal.", "said", "support"),
        ("Ruiz said the ferry plan had merit.", "said", "support"),
        ("Ruiz said the ferry plan had serious flaws.", "said", "oppose"),
    ],
)
def test_extract_stance_as_predicate_doubt_and_loyalty(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a worry denied reassures: it neither backs nor rejects what it is about
        (
            "Ostrova was not worried about sharing a stage with the harbour guild.",
            "worried",
            "neutral",
        ),
        ("The abbot did not seem concerned about the orchard lease.", "concerned", "neutral"),
        ("Keld did not worry about the ferry timetable.", "worry", "neutral"),
        # a worry stated still opposes, and other attitudes still reverse under negation
        ("Ostrova was worried about sharing a stage with the harbour guild.", "worried", "oppose"),
        ("The abbot was not happy with the orchard lease.", "happy", "oppose"),
    ],
)
def test_extract_stance_denied_worry_is_neutral(nlp, text, cue, expected):
    """'Not worried about X' says X raises no alarm, an assessment rather than backing."""
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # refraining from an act is not doing it
        ("The guild said it would refrain from endorsing Varro.", "said", "oppose"),
        ("Pellam said she would hold off on buying the mill.", "said", "oppose"),
        ("The wardens said they would abstain from backing the bylaw.", "said", "oppose"),
        # "hold" without "off" or "back" refrains from nothing
        ("The guild said it would hold a vote on the bylaw.", "said", "support"),
    ],
)
def test_extract_stance_refraining_rejects_the_act(nlp, text, cue, expected):
    """'Refrain from', 'abstain from', 'hold off on' turn the act into its rejection."""
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # the infinitive of a noun of choice is its holder's own act
        (
            "The rowing club's decision to sell the boathouse surprised Tamsin.",
            "to sell the boathouse",
            "support",
        ),
        (
            "The rowing club's decision to scrap the regatta surprised Tamsin.",
            "to scrap the regatta",
            "oppose",
        ),
        (
            "Orrin's choice to hold back from signing the petition irked the mayor.",
            "to hold back from signing the petition",
            "oppose",
        ),
    ],
)
def test_extract_stance_decision_noun_is_the_holders_act(nlp, text, content, expected):
    """'X's decision to do Y' is X's stand on Y, read with the noun as the cue."""
    doc = nlp(text)
    start = text.index(content)
    span = doc.char_span(start, start + len(content), alignment_mode="expand")
    cue = next(t for t in doc if t.lemma_ in {"decision", "choice"})
    assert classify_stance(cue, span, next(iter(doc.sents))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement of a level says where a figure stands, not whether it is wanted
        ("Halvorsen said that vacancies under four pct were a healthy level.", "neutral"),
        ("Halvorsen said that a river above nine metres was a dangerous level.", "neutral"),
        # the same words of a plan still judge it
        ("Halvorsen said the orchard tithe was a dangerous scheme for growers.", "oppose"),
    ],
)
def test_extract_stance_judging_a_level_takes_no_side(nlp, text, expected):
    """'X is a critical threshold' places a figure; 'X is a dangerous scheme' judges X."""
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a reaction drawn by a thing is the reacting side's stand on it
        ("The canal toll drew anger in Ravensby.", "anger", "oppose"),
        ("The orchard scheme sparked fury among beekeepers.", "fury", "oppose"),
        ("The new lighthouse drew praise from the pilots.", "praise", "support"),
    ],
)
def test_extract_stance_reaction_noun_takes_its_side(nlp, text, cue, expected):
    """Anger, fury and praise are positions, whatever the thing they are about."""
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indirect question takes no side, whatever its clause would say as a claim
        ("Idris Vale asked whether the wardens supported the moorings bill.", "neutral"),
        ("Idris Vale asked if the parish should buy the old granary.", "neutral"),
        # unless its own words judge
        ("Idris Vale asked why the wardens had wasted money on a reckless scheme.", "oppose"),
        # a request is still a request
        ("Idris Vale asked the wardens to buy the old granary.", "support"),
    ],
)
def test_extract_stance_indirect_question_takes_no_side(nlp, text, expected):
    """'Asked whether X' inquires; 'asked them to X' requests."""
    assert _stance(nlp, text, "asked") == expected


def test_extract_stance_answer_not_stopped_for_is_withheld(nlp):
    """'Didn't stop to answer questions' withholds a view, as 'declined to answer' does."""
    doc = nlp("Idris Vale didn't stop to answer questions as he left the depot.")
    assert cue_polarity(_cue(doc, "answer")) is None


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # what a speaker names its object judges it, even when the object is a plan
        ("Councillor Brandt called the harbour plan reckless.", "called", "oppose"),
        ("The growers deemed the orchard proposal unworkable.", "deemed", "oppose"),
        ("Councillor Brandt called the harbour plan a sensible step.", "called", "support"),
        ("The growers described the orchard proposal as a gift.", "described", "support"),
        # a name that does not judge takes no side
        ("Councillor Brandt called the vote a first step.", "called", "neutral"),
    ],
)
def test_extract_stance_naming_the_object_judges_it(nlp, text, cue, expected):
    """'Called X a disaster', 'deemed X unworkable': the name given decides, not X's own word."""
    assert _stance(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective of an opinion had is the holder's attitude to what it is of
        ("Most anglers said they had an unfavourable opinion of the weir scheme.", "oppose"),
        ("Tova Lind said she had a favourable impression of the tram extension.", "support"),
        # what was had otherwise describes
        ("Tova Lind said the bakery had strong sales last winter.", "neutral"),
    ],
)
def test_extract_stance_opinion_had_is_an_attitude(nlp, text, expected):
    """'Had a favourable view of X' holds a view of X; 'had strong sales' reports."""
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict on an outcome, as a predicate nominal, judges the subject
        ("Osric Dane said the tribunal's award was a victory for the dockers.", "support"),
        ("Osric Dane said the tribunal's award was a setback for the dockers.", "oppose"),
        ("Osric Dane said the tribunal's award was a blow to the dockers.", "oppose"),
        # the same noun naming an event judges nothing
        ("Osric Dane said the club's victory in April was expected.", "neutral"),
    ],
)
def test_extract_stance_verdict_nouns(nlp, text, expected):
    """'X was a victory / a setback / a blow': verdict nouns VADER lacks are weighed."""
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a need or a ground denied rejects what it would be for
        ("Ilse Moran said there was no reason to postpone the ferry vote.", "oppose"),
        ("Ilse Moran said she saw no need for a second toll booth.", "oppose"),
        # granted, it backs it
        ("Ilse Moran said she saw a need for stricter mooring rules.", "support"),
        # a reason with nothing it is for is no position
        ("Ilse Moran said there was no reason given.", "neutral"),
    ],
)
def test_extract_stance_need_or_reason_for_an_act(nlp, text, expected):
    """'No reason to X', 'saw no need for X' reject X; 'saw a need for X' backs it."""
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount called too great or too small is a complaint about the thing
        ("Bram Solt said the sea wall would cost too much.", "oppose"),
        ("Bram Solt said the wage deal gave too little to porters.", "oppose"),
        # an amount without "too" judges nothing
        ("Bram Solt said the sea wall would cost a lot.", "neutral"),
    ],
)
def test_extract_stance_too_much_is_a_complaint(nlp, text, expected):
    """'Would cost too much', 'gave too little': excess as an amount complains."""
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # falling short of a measure, or not going far enough, is a complaint
        ("Wren Adair said the tram budget fell short of what commuters need.", "oppose"),
        ("Wren Adair said the tram budget did not go far enough.", "oppose"),
        # going far enough meets it
        ("Wren Adair said the tram budget went far enough.", "support"),
    ],
)
def test_extract_stance_falling_short_and_far_enough(nlp, text, expected):
    """'Fell short', 'did not go far enough' judge by a measure the thing fails to meet."""
    assert _stance(nlp, text, "said") == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # rejecting a stand against something backs that something
        ("Ilves dismissed criticism of the port levy.", "dismissed", "support"),
        ("Ilves rejected calls to scrap the port levy.", "rejected", "support"),
        ("Ilves opposed a ban on night ferries.", "opposed", "support"),
        ("Ilves brushed aside concerns about the port levy.", "brushed", "support"),
        ("Ilves warned against efforts to scrap the port levy.", "warned", "support"),
        ("Ilves pushed back against calls to scrap the port levy.", "pushed", "support"),
        # the parser may hang the ban's "on" on the verb
        ("Ilves opposed the ban on night ferries.", "opposed", "support"),
        # "against" a plain thing stays against it
        ("Ilves voted against the port levy.", "voted", "oppose"),
        # backing one opposes its object
        ("Ilves supported calls to scrap the port levy.", "supported", "oppose"),
        # a plain rejection, and an objection whose "of" names who objected, stay against
        ("Ilves rejected the port levy.", "rejected", "oppose"),
        ("Ilves dismissed the complaints of the dockers.", "dismissed", "oppose"),
        # an objection the verb itself holds is no second negation
        ("Ilves reiterated the guild's opposition to a port levy.", "reiterated", "oppose"),
    ],
)
def test_extract_stance_rejecting_a_stand_against_backs_its_object(nlp, text, cue, expected):
    assert _stance(nlp, text, cue) == expected


def test_extract_stance_rejected_objection_agrees_with_the_topic(nlp):
    # the topic is what the objection was about, and the stance is toward it
    from extraction_helpers import extract

    text = "Senator Tom Hadley dismissed criticism of the port levy on Monday."
    (statement,) = extract(nlp, text).statements
    assert (statement.topic.label, statement.stance) == ("port levy", "support")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # judging a stand against X judges X the other way
        ("Ilves said the ban on night ferries was a mistake.", "support"),
        ("Ilves said the criticism of the port levy was unfair.", "support"),
        ("Ilves said the plan to scrap the port levy was reckless.", "support"),
        ("Ilves said the port levy was a mistake.", "oppose"),
    ],
)
def test_extract_stance_judging_a_stand_against_judges_its_object(nlp, text, expected):
    assert _stance(nlp, text, "said", with_content=True) == expected


def test_extract_stance_a_danger_to_something_is_no_stand_against_it(nlp):
    from graph.extract.stance.operators import stands_against

    doc = nlp("A new threat to the harbour lay in the storm season.")
    threat = _cue(doc, "threat")
    assert not stands_against(threat)
    assert stands_against(_cue(nlp("The criticism of the harbour grew."), "criticism"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone else will do is a forecast; the speaker's own side pledges
        ("Halvorsen said the council will approve the harbour scheme.", "neutral"),
        ("Halvorsen said the guild would oppose the harbour scheme.", "neutral"),
        ("Halvorsen said we will oppose the harbour scheme.", "oppose"),
        ("Halvorsen said the council wants to block the harbour scheme.", "oppose"),
    ],
)
def test_extract_stance_anothers_act_to_come_is_a_forecast(nlp, text, expected):
    assert _stance(nlp, text, "said", with_content=True) == expected
