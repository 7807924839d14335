"""Explicit agreement and disagreement between actors, pinned by short sentences."""

from __future__ import annotations

import pytest

from graph.extract.relations import find_relation


def _relation_of(nlp, text: str, speaker: str) -> tuple[str, str] | None:
    """The relation found for the word ``speaker`` in ``text``, with its target's head."""
    doc = nlp(text)
    mention = next(t for t in doc if t.text == speaker)
    found = find_relation(doc[:], mention)
    return (found[0], found[1].root.text) if found is not None else None


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("The mayor agrees with Governor Smith about the budget.", "mayor", ("agree", "Smith")),
        ("Putin said that he agrees with Trump about the plan.", "Putin", ("agree", "Trump")),
        ("The senator disagreed with Johnson on taxes.", "senator", ("disagree", "Johnson")),
        ("The minister did not agree with Brown.", "minister", ("disagree", "Brown")),
        ("The union backed Smith's plan to cut hours.", "union", ("agree", "Smith")),
        ("The council rejected Microsoft's proposal.", "council", ("disagree", "Microsoft")),
        ("The governor praised Obama for the decision.", "governor", ("agree", "Obama")),
        (
            "He accused Norway of being unfair.",
            "He",
            ("disagree", "Norway"),
        ),
        (
            "Lavrov criticized Western suggestions as unacceptable.",
            "Lavrov",
            ("disagree", "Western"),
        ),
        ("Twelve states opposed Berlin's proposal.", "states", ("disagree", "Berlin")),
        (
            "Contrary to Rutte's assertion, Politico reported that the plan was dead.",
            "Politico",
            ("disagree", "Rutte"),
        ),
        (
            "Unlike Germany, France said it would sign the treaty.",
            "France",
            ("disagree", "Germany"),
        ),
        (
            "Smith's remarks contrasted with those of Mayor Jones.",
            "Smith",
            ("disagree", "Jones"),
        ),
        # a position named by who is carrying it out: "the plan Y announced"
        (
            "The council rejected the plan Microsoft announced.",
            "council",
            ("disagree", "Microsoft"),
        ),
        # an attitude toward an actor's position
        (
            "Peter Brown was not happy with the tariffs Norway imposed.",
            "Brown",
            ("disagree", "Norway"),
        ),
        ("Peter Brown is pleased with Norway's offer.", "Brown", ("agree", "Norway")),
        # restating another's position is siding with them
        (
            "Lena Moss reiterated the Harlow Commission's position on rents.",
            "Moss",
            ("agree", "Harlow"),
        ),
        ("The mayor restated Governor Pike's view.", "mayor", ("agree", "Pike")),
        # an opposed position of someone else's, named by a pronoun the caller resolves
        ("Mara Lind attacked his record on housing.", "Lind", ("disagree", "his")),
        ("\u201cI am deeply worried about her plan,\u201d Lind said.", "I", ("disagree", "her")),
        # a judged reaction toward an actor's measure
        (
            "The angry response of Danish farmers to the Swedish quota surprised traders.",
            "farmers",
            ("disagree", "Swedish"),
        ),
    ],
)
def test_extract_relations_constructions(nlp, text, speaker, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == speaker)
    found = find_relation(next(iter(doc.sents)), token)
    assert found is not None
    relation, target = found
    assert (relation, target.text) == (expected[0], expected[1]) or (
        relation == expected[0] and expected[1] in target.text
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor said the bridge would open in May.", "mayor"),
        ("The minister criticized the plan.", "minister"),  # a position, not an actor
        ("Smith praised his own team.", "Smith"),
        ("Mara Lind backed his plan for the harbour.", "Lind"),  # often the speaker's own
        ("The senator rejected the claim, Jones said.", "Jones"),  # not the speaker's verb
        # an offer to someone names its recipient, not a side
        ("Germany's generous offer to Norway surprised traders.", "Germany"),
    ],
)
def test_extract_relations_none(nlp, text, speaker):
    doc = nlp(text)
    token = next(t for t in doc if t.text == speaker)
    assert find_relation(next(iter(doc.sents)), token) is None


def test_extract_relations_accepts_a_span_speaker(nlp):
    doc = nlp("Prime Minister Anna Berg agreed with Norway on fishing quotas.")
    found = find_relation(doc[:], doc[2:5])
    assert found is not None and found[0] == "agree" and found[1].text == "Norway"


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("Ames said the company's pension proposals were disappointing.", "Ames", "disagree"),
        ("The senator said Johnson's plan was excellent.", "senator", "agree"),
        ("The senator said Johnson's plan was not acceptable.", "senator", "disagree"),
    ],
)
def test_extract_relations_judged_position(nlp, text, speaker, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == speaker)
    found = find_relation(doc[:], token)
    assert found is not None and found[0] == expected


def test_extract_relations_judged_position_needs_an_owner(nlp):
    doc = nlp("The senator said the weather was excellent.")
    assert find_relation(doc[:], doc[1]) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The official said the perception of Norway in parliament was very bad.", "official"),
        ("They said Norway's largest shipyard was not happy.", "They"),
        ("\u201cRobust security guarantees will be essential,\u201d Rutte said.", "Rutte"),
    ],
)
def test_extract_relations_judgements_of_no_position(nlp, text, speaker):
    doc = nlp(text)
    token = next(t for t in doc if t.text == speaker)
    assert find_relation(doc[:], token) is None


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("The senator differed with Hale on taxes.", "senator", ("disagree", "Hale")),
        ("Ruiz's plan differs from the Bell proposal.", "Ruiz", ("disagree", "Bell")),
        ("The mayor is at odds with Governor Hale over the budget.", "mayor", ("disagree", "Hale")),
        (
            "Ruiz's sentiments could not be more different from Bell's.",
            "Ruiz",
            ("disagree", "Bell"),
        ),
        ("The mayor said he was not different from Hale.", "mayor", ("agree", "Hale")),
        ("I disagree with what he said, Ruiz told reporters.", "I", ("disagree", "he")),
    ],
)
def test_extract_relations_stated_difference(nlp, text, speaker, expected):
    """Difference from another actor, or from what another actor said, is disagreement."""
    assert _relation_of(nlp, text, speaker) == expected


def test_extract_relations_each_speaker_of_one_sentence(nlp):
    # the sentence's cues are found once and serve every speaker in it
    doc = nlp("Vera Lindqvist rejected Tomas Brandt's plan, and Ola Nystrom praised Lindqvist.")
    sentence = doc[:]
    first = find_relation(sentence, doc[0:2])
    second = find_relation(sentence, doc[10:12])
    assert first is not None and first[0] == "disagree" and "Brandt" in first[1].text
    assert second is not None and second[0] == "agree" and second[1].text == "Lindqvist"
    assert find_relation(sentence, doc[0:2]) == first


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        (
            "Lawmakers in Ostia rushed to distance themselves from Jon Ames's comments.",
            "Lawmakers",
            ("disagree", "Ames"),
        ),
        (
            "Ana Petrov flew to Lisbon, hoping to lobby against the new Norvale fishing levy.",
            "Petrov",
            ("disagree", "Norvale"),
        ),
        (
            "The union campaigned against Governor Hale's pension bill.",
            "union",
            ("disagree", "Hale"),
        ),
    ],
)
def test_extract_relations_distance_and_against(nlp, text, speaker, expected):
    """Distancing oneself from an actor's words, or acting against an actor's measure."""
    assert _relation_of(nlp, text, speaker) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union did not campaign against Governor Hale's bill.", "union"),
        ("The senator said he would vote against the bill.", "senator"),  # no owner
        ("Jon Ames said Ana Petrov lobbied against the Norvale levy.", "Ames"),  # not his verb
    ],
)
def test_extract_relations_against_needs_the_speakers_act_on_an_owned_measure(nlp, text, speaker):
    assert _relation_of(nlp, text, speaker) is None


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("The Norvale plan, backed by Ostia, passed easily.", "Ostia", ("agree", "Norvale")),
        ("Norvale's bid was opposed by Ostia and Lisbon.", "Lisbon", ("disagree", "Norvale")),
        (
            "An envoy said Norvale's hopes were high, with its bid backed by Ostia and Lisbon.",
            "Lisbon",
            ("agree", "Norvale"),
        ),
        (
            "Norvale will likely join, because Ostia supports its entry.",
            "Ostia",
            ("agree", "Norvale"),
        ),
    ],
)
def test_extract_relations_passive_agent_and_its(nlp, text, speaker, expected):
    """The speaker as the agent of a passive verb ("backed by X"), and "its" for the actor
    named before it in the sentence."""
    assert _relation_of(nlp, text, speaker) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("Ana Petrov said Jon Ames was reckless.", "Petrov", "Ames"),
        ("Ana Petrov said Jon Ames is a reckless leader.", "Petrov", "Ames"),
        ("Jon Ames was reckless, Ana Petrov said.", "Petrov", "Ames"),
        # a negated adjective in -ing the tagger may read as a participle
        (
            "\u201cJon Ames was unyielding and he blocked every reform,\u201d said Ana Petrov.",
            "Petrov",
            "Ames",
        ),
    ],
)
def test_extract_relations_blame_of_a_named_actor(nlp, text, speaker, expected):
    assert _relation_of(nlp, text, speaker) == ("disagree", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Petrov said Jon Ames was worried about the vote.",  # a state, not a judgement
        "Ana Petrov said Jon Ames was unhappy.",  # an attitude of Ames's own
        "Ana Petrov said Jon Ames was not reckless.",
        "Ana Petrov said Jon Ames was brilliant.",  # praise says nothing of her side
    ],
)
def test_extract_relations_no_blame(nlp, text):
    doc = nlp(text)
    mention = next(t for t in doc if t.text == "Petrov")
    assert find_relation(doc[:], mention) is None


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("Ana Petrov refused to back Jon Ames's plan.", "Petrov", ("disagree", "Ames")),
        ("Ana Petrov defended Jon Ames against the charges.", "Petrov", ("agree", "Ames")),
        ("The senators still stood by Jon Ames as their nominee.", "senators", ("agree", "Ames")),
        ("Ana Petrov stood behind Jon Ames.", "Petrov", ("agree", "Ames")),
    ],
)
def test_extract_relations_refusal_defence_and_standing_by(nlp, text, speaker, expected):
    assert _relation_of(nlp, text, speaker) == expected


def test_extract_relations_withheld_blame_takes_no_side(nlp):
    doc = nlp("Ana Petrov declined to criticise Jon Ames.")
    assert find_relation(doc[:], doc[1]) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officials said the raid answered the ferry attack, blamed by Norvale and Ostia on Lisbon.",
            "Ostia",
        ),
        ("Ana Petrov blamed the delays on Lisbon.", "Petrov"),
    ],
)
def test_extract_relations_blamed_on(nlp, text, speaker):
    """ "blamed Z on Y": Y is blamed, also with the blamer as a passive's agent."""
    assert _relation_of(nlp, text, speaker) == ("disagree", "Lisbon")
