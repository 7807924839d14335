"""Topics: the content's main noun phrase, normalised so that wordings of one issue meet."""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.extract.topics import (
    TopicQuery,
    article_topics,
    merge_variants,
    noun_phrase_key,
    topic_for,
)
from graph.records import Article, Topic


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def _content(cue):
    comps = [c for c in cue.children if c.dep_ in {"ccomp", "xcomp"}]
    if not comps:
        return None
    sub = list(comps[0].subtree)
    return cue.doc[sub[0].i : sub[-1].i + 1]


def _topic(nlp, text: str, cue: str, nth: int = 0, sentence: int = 0):
    doc = nlp(text)
    token = _token(doc, cue, nth)
    return topic_for(token, _content(token), list(doc.sents)[sentence])


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("these potential security guarantees", "security guarantee"),
        ("the security guarantees", "security guarantee"),
        ("any NATO presence", "NATO presence"),
        ("robust trade agreements", "trade agreement"),
        ("the 25 pct tax rate", "tax rate"),
        # hedges the tokenizer splits or that say when, not what
        ("the so-called harbour levy", "harbour levy"),
        ("the ongoing port inquiry", "port inquiry"),
        ("the apparent truck attack", "truck attack"),
        ("enough votes", "vote"),
        ("numerous trade barriers", "trade barrier"),
    ],
)
def test_extract_topics_noun_phrase_key_drops_what_is_not_the_issue(nlp, phrase, key):
    doc = nlp(f"They discussed {phrase}.")
    head = [c.root for c in doc.noun_chunks][-1]
    got, _ = noun_phrase_key(head)
    assert got.casefold() == key.casefold()


@pytest.mark.parametrize("apostrophe", ["\u2018", "\u2019", "'"])
def test_extract_topics_possessor_is_not_the_issue(nlp, apostrophe):
    # a possessor is who, not what, also when the tokenizer leaves "‘s" attached to it
    doc = nlp(f"Critics downplayed Marta Varga{apostrophe}s attack on the judges.")
    assert noun_phrase_key(_token(doc, "attack"))[0] == "attack"


def test_extract_topics_bare_head_takes_the_article_compound(nlp):
    text = (
        "The council demanded security guarantees for the region. "
        "The minister said the guarantees were essential. "
        "Officials said these guarantees would take months."
    )
    doc = nlp(text)
    sents = list(doc.sents)
    keys = set()
    for sent in sents:
        cue = next(t for t in sent if t.lemma_ in {"demand", "say"})
        keys.add(topic_for(cue, _content(cue), sent).key)
    assert keys == {"security guarantee"}


def test_extract_topics_position_cue_object(nlp):
    topic = _topic(
        nlp, "The party has consistently opposed any expansion of the airport.", "opposed"
    )
    assert topic.key == "expansion"


def test_extract_topics_light_noun_hands_over(nlp):
    topic = _topic(nlp, "The leaders outlined the framework for the trade agreement.", "outlined")
    assert topic.key == "trade agreement"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a removal, a ground or an objection is about what follows it, as its stance is
        ("The tenants demanded the withdrawal of the parking fee.", "demanded"),
        ("The tenants called for an end to the parking fee.", "called"),
        ("The tenants voiced concern about the parking fee.", "voiced"),
    ],
)
def test_extract_topics_removal_and_objection_hand_over(nlp, text, cue):
    assert _topic(nlp, text, cue).key == "parking fee"


def test_extract_topics_a_named_actors_stance_is_what_is_judged(nlp):
    # criticising Roe's stance on the fee opposes her stance, not the fee
    text = "The tenants criticized Senator Ann Roe's stance on the parking fee."
    assert _topic(nlp, text, "criticized").key == "stance"
    # a stance with no named holder still hands over
    text = "The tenants criticized the stance on the parking fee."
    assert _topic(nlp, text, "criticized").key == "parking fee"


def test_extract_topics_object_before_actor_subject(nlp):
    topic = _topic(nlp, "The minister said that Norway would raise fishing quotas.", "said")
    assert topic.key == "fishing quota"


def test_extract_topics_audience_is_not_the_topic(nlp):
    topic = _topic(nlp, "The mayor told reporters that the new stadium would be built.", "told")
    assert topic.key == "stadium"


def test_extract_topics_gerund_object(nlp):
    topic = _topic(
        nlp, "Several nations suggested deploying peacekeepers to the border.", "suggested"
    )
    assert topic.key == "peacekeeper"


def test_extract_topics_label_keeps_proper_nouns(nlp):
    topic = _topic(nlp, "The minister rejected NATO membership.", "rejected")
    assert topic.label == "NATO membership" and topic.key == "nato membership"


def test_extract_topics_never_empty(nlp):
    topic = _topic(nlp, "He said so.", "said")
    assert topic.key and topic.label


def test_extract_topics_adverbial_phrases_are_not_topics(nlp):
    topic = _topic(
        nlp, "In a general sense, the minister said, the tariffs would hurt farmers.", "said"
    )
    assert topic.key != "sense"
    topic = _topic(nlp, "The minister said in an interview that tariffs would rise.", "said")
    assert topic.key == "tariff"


def test_extract_topics_participle_cue_qualifies_its_noun(nlp):
    topic = _topic(
        nlp,
        "The police closed the road after the bridge collapse, blamed by both towns on the builder.",
        "blamed",
    )
    assert topic.key == "bridge collapse"


def test_extract_topics_one_off_wording_is_settled_by_the_article(nlp):
    """A remark put in a word the article uses once ("lifeboats") keeps that word when
    read alone; read with the article's statements, it is about the issue they share
    when it names it."""
    text = (
        "The council demanded lower fishing quotas. "
        "The ministry defended the fishing quotas. "
        "Fishermen said the quotas were too high. "
        "The union said that lifeboats were needed under any new quota deal."
    )
    queries = _queries(
        nlp,
        text,
        [
            ("demanded", "council"),
            ("defended", "ministry"),
            ("said", "fishermen"),
            ("said", "union"),
        ],
    )
    last = queries[-1]
    assert topic_for(last.cue, last.content, last.sentence).key == "lifeboat"
    assert article_topics(queries)[-1].key == "fishing quota"


def test_extract_topics_announcement_of_something_is_about_it(nlp):
    topic = _topic(
        nlp, "Ana Petrov criticized the announcement of the fishing quotas.", "criticized"
    )
    assert topic.key == "fishing quota"


def test_extract_topics_capitalised_common_noun_is_that_noun(nlp):
    # wire copy that capitalises the word after "U.S." ("the U.S. Quotas"): the article
    # also writes it in lower case, so both are one topic
    text = "Norway set quotas on Monday. Ana Petrov criticized the U.S. Quotas yesterday."
    doc = nlp(text)
    second = list(doc.sents)[1]
    cue = _token(doc, "criticized")
    assert topic_for(cue, None, second).key == "quota"


def _queries(nlp, text: str, cues: list[tuple[str, str]]):
    """One TopicQuery per sentence: (cue word, speaker), content = the cue's clause."""
    doc = nlp(text)
    queries = []
    for sent, (word, speaker) in zip(doc.sents, cues, strict=True):
        cue = next(t for t in sent if t.text == word)
        queries.append(TopicQuery(cue, _content(cue), sent, speaker))
    return queries


_QUOTA_STORY = (
    "The council demanded lower fishing quotas. "
    "The ministry defended the fishing quotas. "
    "Petrov said the quotas were unfair. "
)


@pytest.mark.parametrize(
    ("last", "speaker", "key"),
    [
        # the same speaker going on in the next sentence, in a word used once: same topic
        ("She said the harbour was empty.", "petrov", "fishing quota"),
        # another speaker answering, in a word used once: the topic answered
        ("The mayor said the harbour was empty.", "mayor", "fishing quota"),
        # another speaker whose position cue names its own object: their own topic
        ("The mayor praised the new harbour.", "mayor", "harbour"),
    ],
)
def test_extract_topics_same_speaker_going_on_keeps_the_topic(nlp, last, speaker, key):
    cues = [("demanded", "council"), ("defended", "ministry"), ("said", "petrov")]
    cue = "praised" if "praised" in last else "said"
    queries = _queries(nlp, _QUOTA_STORY + last, [*cues, (cue, speaker)])
    assert article_topics(queries)[-1].key == key


def test_extract_topics_pointer_takes_the_previous_topic(nlp):
    queries = _queries(
        nlp,
        "The council backed the new stadium. The mayor called it a mistake.",
        [("backed", "council"), ("called", "mayor")],
    )
    assert [t.key for t in article_topics(queries)] == ["stadium", "stadium"]


@pytest.mark.parametrize(
    ("keys", "merged"),
    [
        # a wording with an extra modifier joins the one the article uses most
        (["tax cut", "1981 tax cut", "tax cut"], ["tax cut", "tax cut", "tax cut"]),
        (["oil import fee", "variable oil import fee"], ["oil import fee"] * 2),
        # a bare head is left to the article's compound statistics, not merged here
        (
            ["attack", "tanker attack", "tanker attack"],
            ["attack", "tanker attack", "tanker attack"],
        ),
        # different heads never meet
        (["oil price", "oil production"], ["oil price", "oil production"]),
    ],
)
def test_extract_topics_modifier_variants_are_one_topic(keys, merged):
    topics = merge_variants([Topic(k, k) for k in keys])
    assert [t.key for t in topics] == merged


@pytest.mark.parametrize(
    ("text", "cue", "key"),
    [
        # a generic head hands over to its complement
        ("The union criticized the changes to the pension scheme.", "criticized", "pension scheme"),
        ("The mayor said the issue of the stadium was settled.", "said", "stadium"),
        # with a noun modifier it names something
        ("The minister rejected the trade deal.", "rejected", "trade deal"),
    ],
)
def test_extract_topics_generic_nouns_never_stand_alone(nlp, text, cue, key):
    assert _topic(nlp, text, cue).key == key


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said both sides were angry.",
        "The mayor said things were a big deal.",
    ],
)
def test_extract_topics_generic_noun_alone_is_no_topic(nlp, text):
    assert _topic(nlp, text, "said").key not in {"side", "thing", "deal", "big deal", "place"}


def test_extract_topics_a_place_names_no_issue(nlp):
    text = "The coach said the squad looked sharp in the place it picked."
    assert _topic(nlp, text, "said").key == "squad"


@pytest.mark.parametrize(
    ("text", "cue", "key"),
    [
        # the verdict ("a reckless gamble", "a disaster") is not the topic; what it judges is
        ("The senator said the pipeline was a reckless gamble.", "said", "pipeline"),
        ("The critics said the merger would be a costly mistake.", "said", "merger"),
        # a neutral predicate noun may be the topic
        ("The senator said the priority was the pipeline.", "said", "pipeline"),
    ],
)
def test_extract_topics_evaluative_predicate_is_not_the_topic(nlp, text, cue, key):
    assert _topic(nlp, text, cue).key == key


@pytest.mark.parametrize(
    ("text", "head", "key", "label"),
    [
        # an expansion the article also writes as an acronym is keyed by the acronym
        (
            "The Nordic Fishing Council (NFC) met. Ministers backed Nordic Fishing Council quotas.",
            "quotas",
            "nfc quota",
            "NFC quotas",
        ),
        ("Ministers backed NFC quotas.", "quotas", "nfc quota", "NFC quotas"),
        # an expansion followed by its acronym gives the acronym once
        (
            "Ministers backed a Nordic Fishing Council (NFC) quota for cod.",
            "quota",
            "nfc quota",
            "NFC quota",
        ),
        # without the acronym in the article the name stays as written
        ("Ministers backed Nordic Fishing Council quotas.", "quotas", None, None),
    ],
)
def test_extract_topics_acronym_and_expansion_are_one_topic(nlp, text, head, key, label):
    doc = nlp(text)
    got_key, got_label = noun_phrase_key(_token(doc, head))
    if key is None:
        assert "nfc" not in got_key and "Council" in got_label
    else:
        assert (got_key, got_label) == (key, label)


def test_extract_topics_speaker_goes_on_with_their_latest_topic(nlp):
    # a topic no other statement shares is how the speaker goes on, not an issue of its own;
    # a speaker's first remark keeps its own topic
    queries = _queries(
        nlp,
        "Petrov demanded lower fishing quotas. The ministry defended the fishing quotas. "
        "The mayor praised the new harbour. Petrov said the weather was awful.",
        [
            ("demanded", "petrov"),
            ("defended", "ministry"),
            ("praised", "mayor"),
            ("said", "petrov"),
        ],
    )
    assert [t.key for t in article_topics(queries)] == [
        "fishing quota",
        "fishing quota",
        "harbour",
        "fishing quota",
    ]


_HARBOUR_AND_BAN = (
    "The harbour was quiet. Gulls left the harbour. Boats filled the harbour. "
    "Fog hid the harbour. Nets lay in the harbour. "
    "The union fought the export ban. The board defended the export ban. "
    "The mayor praised the export ban. "
)


@pytest.mark.parametrize(
    ("last", "key"),
    [
        # a one-off wording that names the topic most statements share is about it
        ("Dalmer warned of ruin from the export rules.", "export ban"),
        # one that names nothing of it keeps its own
        ("Dalmer warned of ruin for exporters.", "ruin"),
    ],
)
def test_extract_topics_one_off_remark_naming_the_shared_topic_takes_it(nlp, last, key):
    doc = nlp(_HARBOUR_AND_BAN + last)
    cues = [("fought", "union"), ("defended", "board"), ("praised", "mayor"), ("warned", "dalmer")]
    queries = []
    for sent, (word, speaker) in zip(list(doc.sents)[5:], cues, strict=True):
        cue = _token(sent, word)
        queries.append(TopicQuery(cue, _content(cue), sent, speaker))
    assert article_topics(queries)[-1].key == key


_QUOTAS_AND_BAN = (
    "The council demanded lower fishing quotas. The ministry defended the fishing quotas. "
    "Fishermen criticised the fishing quotas. The union fought the export ban. "
)


@pytest.mark.parametrize(
    ("last", "cue"),
    [
        ("Dalmer said the timing of the export ban was cynical.", "said"),
        ("Dalmer faulted the timing of the export ban.", "faulted"),
        ("Dalmer said that was the textbook definition of an export ban.", "said"),
        (
            "Dalmer asked how the port could balance the requirements of the export ban "
            "with local jobs.",
            "asked",
        ),
    ],
)
def test_extract_topics_noun_used_once_hands_over_to_the_issue_it_frames(nlp, last, cue):
    # "timing", "requirements" occur once; the export ban is what the article returns to
    assert _topic(nlp, _QUOTAS_AND_BAN + last, cue, sentence=4).key == "export ban"


@pytest.mark.parametrize(
    ("text", "cue", "key"),
    [
        (
            "Senator Marta Varga accused Tomas Dobrik of blocking the water bill.",
            "accused",
            "dobrik",
        ),
        ("Ivo Brandt praised Marta Varga for her courage.", "praised", "varga"),
    ],
)
def test_extract_topics_person_a_position_cue_aims_at_is_the_topic(nlp, text, cue, key):
    # criticism or praise of a person is about that person, by surname
    assert _topic(nlp, text, cue).key == key


def test_extract_topics_person_in_a_reported_clause_is_not_the_topic(nlp):
    topic = _topic(nlp, "Marta Varga said Tomas Dobrik opposed the water bill.", "said")
    assert topic.key == "water bill"


def test_extract_topics_main_issue_skips_nouns_that_measure_an_of_complement(nlp):
    from graph.extract.topic_stats import _main_issue

    doc = nlp(
        "Farmers want water quotas. Dangerous levels of salt were found. Levels of lead rose. "
        "Officials said levels of salt fell. Higher levels of nitrate worry the council."
    )
    main = _main_issue(doc)
    # "level" is the most frequent noun, but each use says how much salt, lead or nitrate
    assert main is not None and main.key == "salt"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the harbour fee was a provincial levy.",
        "Diplomats said the harbour fee appeared to be a provincial levy.",
    ],
)
def test_extract_topics_copula_subject_before_its_predicate_noun(nlp, text):
    # the predicate noun describes the subject; the subject is what the remark is about
    assert _topic(nlp, text, "said").key == "harbour fee"


def test_extract_topics_definite_predicate_yields_to_a_recurring_subject(nlp):
    text = (
        "Farmers fear drought. The drought worsened. Drought hit the farmers again. "
        "The harbour fee rose twice. "
        "Officials said the harbour fee was the benchmark."
    )
    assert _topic(nlp, text, "said", sentence=4).key == "harbour fee"


def test_extract_topics_dateline_is_no_part_of_the_phrase(nlp):
    doc = nlp("VELDRA, Oct 4 - A dock strike halted the port, union leaders said.")
    assert noun_phrase_key(_token(doc, "strike"))[0] == "dock strike"


def test_extract_topics_participle_clause_is_no_topic(nlp):
    # "..., adding ..." is how the remark goes on, not what it is about
    topic = _topic(nlp, "Dorna said the harbour policy is sound, adding that it works.", "said")
    assert topic.key == "harbour policy"


def test_extract_topics_gerund_in_a_noun_place_is_a_topic(nlp):
    assert _topic(nlp, "The council opposed building the dam.", "opposed").key == "dam"


@pytest.mark.parametrize(
    ("last", "cue", "key"),
    [
        # a bare definite light noun names again what was just proposed
        ("A spokesman for Dorna said the proposal would be reviewed.", "said", "wind tax"),
        ("The mayor did not confirm the move.", "confirm", "wind tax"),
        # so does one with a possessive pronoun
        ("The mayor said his proposal would be reviewed.", "said", "wind tax"),
        # with words of its own it names its own issue
        ("The mayor praised the harbour plan.", "praised", "harbour plan"),
    ],
)
def test_extract_topics_bare_definite_points_back(nlp, last, cue, key):
    queries = _queries(
        nlp,
        "Velkan said he would propose a wind tax. " + last,
        [("propose", "velkan"), (cue, "mayor")],
    )
    assert article_topics(queries)[-1].key == key


_DEPOT = "Ostrava said the grain depot was empty. Lindqvist said the grain depot was closed. "


@pytest.mark.parametrize(
    ("head", "keys"),
    [
        # a noun and its complement are one issue
        ("convoys", ["fuel convoy"] * 4),
        # a noun that measures its complement is not it
        ("prices", ["fuel price", "grain depot", "grain depot", "fuel price"]),
    ],
)
def test_extract_topics_noun_and_its_complement_are_one_topic(nlp, head, keys):
    text = (
        f"Critics said the fuel {head} were too small. "
        + _DEPOT
        + f"Mirela said the fuel {head} for the grain depot would rise."
    )
    speakers = ["critics", "ostrava", "lindqvist", "mirela"]
    queries = _queries(nlp, text, [("said", s) for s in speakers])
    assert [t.key for t in article_topics(queries)] == keys


@pytest.mark.parametrize(
    ("middle", "key"),
    [
        # right after a statement on a shared topic, a new speaker's one-off answers it
        ("", "fishing quota"),
        # further away it is a remark of its own
        ("Rain fell on the harbour. ", "weather"),
    ],
)
def test_extract_topics_first_remark_answers_the_statement_before(nlp, middle, key):
    doc = nlp(_QUOTA_STORY + middle + "Ilves said the weather was awful.")
    sents = list(doc.sents)
    cues = [("demanded", "council"), ("defended", "ministry"), ("said", "petrov")]
    queries = [
        TopicQuery(_token(sent, word), _content(_token(sent, word)), sent, speaker)
        for sent, (word, speaker) in zip(sents, cues, strict=False)
    ]
    last = _token(sents[-1], "said")
    queries.append(TopicQuery(last, _content(last), sents[-1], "ilves"))
    assert article_topics(queries)[-1].key == key


def test_extract_topics_two_nouns_for_one_name_are_one_topic(nlp):
    # "the research ship Nordlys 2" and "the vessel Nordlys 2" are one thing
    text = (
        "Critics said the Danish research ship Nordlys 2, escorted by tugs, would sail. "
        "Ostrava said that if the Danish vessel Nordlys 2 began work, the navy would act. "
        "Lindqvist said the research vessel was old."
    )
    queries = _queries(nlp, text, [("said", "critics"), ("said", "ostrava"), ("said", "lindqvist")])
    keys = [t.key for t in article_topics(queries)]
    assert len(set(keys)) == 1 and keys[0] in {"research ship", "research vessel"}


_TOLL_STORY = (
    "Lindqvist said the toll was too high. "
    "Mirela said the toll was unfair. "
    "Petrov said the harbour levy was vital. "
    "Ilves said the harbour levy was late."
)


_ONE_NAME = ["harbour levy"] * 5


@pytest.mark.parametrize(
    ("naming", "keys"),
    [
        # "the levy, which they billed as a toll": the levy and the toll are one thing
        ("the harbour levy, which the council billed as a toll", _ONE_NAME),
        ("the harbour levy, which the council called a toll", _ONE_NAME),
        ("the harbour levy, a toll on ships", _ONE_NAME),
        # a clause that gives no other name joins nothing
        (
            "the harbour levy, which the council drafted",
            ["harbour levy", "toll", "toll", "harbour levy", "harbour levy"],
        ),
    ],
)
def test_extract_topics_a_thing_and_its_other_name_are_one_topic(nlp, naming, keys):
    text = f"Ostrava said the union would study {naming}. " + _TOLL_STORY
    speakers = ["ostrava", "lindqvist", "mirela", "petrov", "ilves"]
    queries = _queries(nlp, text, [("said", s) for s in speakers])
    assert [t.key for t in article_topics(queries)] == keys


_OPPOSED = "said shippers angry about the toll had gone quiet."


@pytest.mark.parametrize(
    ("third", "speaker", "keys"),
    [
        # the same speaker going on with a word the article never introduced: the fee
        (f"Ostrava {_OPPOSED}", "ostrava", ["harbour fee"] * 5),
        # a word the article introduces is a topic of its own
        (
            "Ostrava said a new toll on ships was unfair.",
            "ostrava",
            ["harbour fee"] * 2 + ["toll"] * 3,
        ),
        # so is one another speaker brings in
        (f"Varga {_OPPOSED}", "varga", ["harbour fee"] * 2 + ["toll"] * 3),
    ],
)
def test_extract_topics_an_unintroduced_definite_renames_the_last_topic(nlp, third, speaker, keys):
    text = (
        "Petrov said the harbour fee was needed. Ostrava said she would fight the harbour fee. "
        + third
        + " Lindqvist said the toll was fair. Mirela said the toll was too low."
    )
    speakers = ["petrov", "ostrava", speaker, "lindqvist", "mirela"]
    queries = _queries(nlp, text, [("said", s) for s in speakers])
    assert [t.key for t in article_topics(queries)] == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a reporting verb's "of"/"about" object names what its clause is about
        ("A port manager said of the harbour levy that dockers were angry.", "harbour levy"),
        ("Ostrava talked about the harbour levy, saying the dockers were angry.", "harbour levy"),
        # a date or a venue beside the clause names nothing
        ("Ostrava said on Monday that the dockers were angry.", "docker"),
    ],
)
def test_extract_topics_what_a_remark_is_said_of_is_its_topic(nlp, text, key):
    cue = "talked" if "talked" in text else "said"
    assert _topic(nlp, text, cue).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a noun that measures an issue hands over to the issue it measures
        ("Miners said the steep fall in copper output worried them.", "copper output"),
        ("Analysts said the level of household debt would rise.", "household debt"),
        ("Analysts said the price of copper would rise.", "copper"),
        # with nothing to measure it is the issue
        ("Analysts said copper prices would rise.", "copper price"),
    ],
)
def test_extract_topics_a_measure_hands_over_to_what_it_measures(nlp, text, key):
    assert _topic(nlp, text, "said").key == key


@pytest.mark.parametrize(
    ("remark", "cue"),
    [("The skipper said so.", "said"), ("VARGA WARNS AGAIN", "WARNS")],
)
def test_extract_topics_the_speaker_is_not_the_topic(nlp, remark, cue):
    # a remark that names nothing but its speaker is about the article's issue
    doc = nlp("The harbour fee rose. " + remark)
    token = _token(doc, cue)
    assert topic_for(token, None, token.sent).key == "harbour fee"


_POWER_STORY = (
    "Critics said offshore wind power was costly. Engineers said offshore wind power was cheap. "
)


@pytest.mark.parametrize(
    ("remark", "key"),
    [
        # a bare head takes the article's usual compound for it
        ("Varga praised the power.", "offshore wind power"),
        # a head with adjectives keeps them: they may name another kind of the thing
        ("Varga praised nuclear power.", "nuclear power"),
        # a head with a noun of its own keeps it
        ("Varga praised tidal power.", "tidal power"),
    ],
)
def test_extract_topics_bare_head_takes_the_usual_compound(nlp, remark, key):
    doc = nlp(_POWER_STORY + remark)
    cue = _token(doc, "praised")
    assert topic_for(cue, None, cue.sent).key == key


@pytest.mark.parametrize(
    ("remark", "key"),
    [
        # the parse hangs "for the ferry levy" on the verb: the light noun still hands over
        (
            "Halvorsen said she noticed growing backing among farmers for the ferry levy.",
            "ferry levy",
        ),
        # a complement of the light noun itself
        ("Halvorsen said she noticed growing backing for the ferry levy.", "ferry levy"),
        # a noun that is no light noun keeps its place
        ("Halvorsen said he saw a warship near the coast.", "warship"),
    ],
)
def test_extract_topics_a_light_object_takes_the_complement_its_verb_holds(nlp, remark, key):
    assert _topic(nlp, remark, "said").key == key


@pytest.mark.parametrize(
    ("remark", "cue", "key"),
    [
        # the parse takes the clause's subject for the cue's object: it is still the topic
        (
            "Dalberg added the harbour toll would in the long run cover those repairs.",
            "added",
            "harbour toll",
        ),
        # a clause with a subject of its own leaves the cue's object aside
        (
            "Dalberg warned the tourists that the harbour toll would fall.",
            "warned",
            "harbour toll",
        ),
    ],
)
def test_extract_topics_a_subject_parsed_as_the_cue_object_is_the_topic(nlp, remark, cue, key):
    assert _topic(nlp, remark, cue).key == key


def test_extract_topics_two_speakers_of_one_wording_share_its_topic(nlp):
    text = (
        "Ostrava said the ferry toll was unfair. Marek said the ferry toll was fair. "
        "Lindqvist said the harbour fee was needed. Petrov said the harbour fee was too high. "
        "Petrov said the grin on his face was wide."
    )
    speakers = ["ostrava", "marek", "lindqvist", "petrov", "petrov"]
    queries = _queries(nlp, text, [("said", s) for s in speakers])
    # a second speaker reported in the same sentence, with the same one-off wording
    last = queries[-1]
    queries.append(TopicQuery(last.cue, last.content, last.sentence, "ostrava"))
    # Petrov goes on about the fee; Ostrava's share of the same words does too, rather
    # than going back to what she spoke of before
    assert [t.key for t in article_topics(queries)][-2:] == ["harbour fee", "harbour fee"]


@pytest.mark.parametrize(
    ("last", "key"),
    [
        # a one-off compound is a kind of the shared topic its modifier heads
        ("Varga said the fare policy was worrying.", "bus fare"),
        # with no such topic the remark goes on with its speaker's last one
        ("Varga said the ferry policy was worrying.", "harbour fee"),
        # a change in amount is no kind of what it changes
        ("Varga said the fare increase was worrying.", "harbour fee"),
    ],
)
def test_extract_topics_a_one_off_compound_joins_the_topic_its_modifier_heads(nlp, last, key):
    text = (
        "Marek said bus fares were rising. Ilves said bus fares would fall. "
        "Varga said the harbour fee was high. Lindqvist said the harbour fee was needed. " + last
    )
    speakers = ["marek", "ilves", "varga", "lindqvist", "varga"]
    queries = _queries(nlp, text, [("said", s) for s in speakers])
    assert article_topics(queries)[-1].key == key


@pytest.mark.parametrize(
    ("remark", "cue"),
    [
        # the party notation and role of the speaker are who speaks, not what about
        ("Rep. Ana Petrov (D-Wash.) said.", "said"),
        ("Sen. Ana Petrov (R-Ore.), a member of the panel, said.", "said"),
        # and so is the agent of a passive cue
        ("It was criticised by Rep. Ana Petrov (D-Wash.).", "criticised"),
    ],
)
def test_extract_topics_the_speaker_phrase_is_not_the_topic(nlp, remark, cue):
    doc = nlp("The harbour fee rose. " + remark)
    token = _token(doc, cue)
    assert topic_for(token, None, token.sent).key == "harbour fee"


@pytest.mark.parametrize(
    ("text", "cue", "key"),
    [
        # relational nouns hand over to what they are about
        ("Petrov said any mention of the grain tariff was missing.", "said", "grain tariff"),
        (
            "Petrov criticized the council's position on the grain tariff.",
            "criticized",
            "grain tariff",
        ),
        ("Petrov welcomed the signs of a truce.", "welcomed", "truce"),
        ("Petrov praised a message of unity.", "praised", "unity"),
    ],
)
def test_extract_topics_relational_nouns_hand_over(nlp, text, cue, key):
    assert _topic(nlp, text, cue).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a part of the body in an idiom is no issue
        ("Petrov said she has their backs on the grain tariff.", "grain tariff"),
        ("Petrov said the council showed no spine on the grain tariff.", "grain tariff"),
    ],
)
def test_extract_topics_body_idioms_are_no_topic(nlp, text, key):
    assert _topic(nlp, text, "said").key == key


def test_extract_topics_a_demonstrative_noun_used_once_points_back(nlp):
    # "that power" names again, in other words, what the speaker before was about
    queries = _queries(
        nlp,
        "Norvale backed the tidal barrage. Engineers hope to harness that power soon.",
        [("backed", "norvale"), ("hope", "engineers")],
    )
    assert [t.key for t in article_topics(queries)] == ["tidal barrage", "tidal barrage"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # money alone is no issue; a unit hands over to what it measures
        ("Petrov said farmers lost money on the grain tariff.", "grain tariff"),
        ("Petrov said farmers lost a dollar on every tonne of barley.", "barley"),
    ],
)
def test_extract_topics_money_and_units_are_no_topic(nlp, text, key):
    assert _topic(nlp, text, "said").key == key


def test_extract_topics_a_unit_alone_is_no_topic(nlp):
    assert _topic(nlp, '"We rode for nearly a mile," Petrov said.', "said").key != "mile"


@pytest.mark.parametrize(
    ("topics", "merged"),
    [
        # the one compound of a bare head that names whose it is: one thing
        (
            [("norvale budget", "Norvale budget"), ("budget", "budget"), ("budget", "budget")],
            ["budget", "budget", "budget"],
        ),
        # a compound of common nouns may be another one ("the tanker attack", "the attack")
        (
            [("tanker attack", "tanker attack"), ("attack", "attack"), ("attack", "attack")],
            ["tanker attack", "attack", "attack"],
        ),
        # with two compounds of the head, the bare head may stand for either
        (
            [
                ("norvale budget", "Norvale budget"),
                ("army budget", "army budget"),
                ("budget", "budget"),
            ],
            ["norvale budget", "army budget", "budget"],
        ),
    ],
)
def test_extract_topics_bare_head_and_its_one_named_compound_are_one_topic(topics, merged):
    got = merge_variants([Topic(k, label) for k, label in topics])
    assert [t.key for t in got] == merged


def test_extract_topics_a_light_noun_with_two_objects_takes_the_issue(nlp):
    # the parse may hang a possessor and its noun both on "of" ("any mention of
    # Norvalians' inquiry"): the noun that can be an issue is the complement
    from spacy.tokens import Doc

    from graph.extract.topic_reading import _descend

    words = ["any", "mention", "of", "Norvalians", "'", "inquiry"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, False, True, False],
        heads=[1, 1, 1, 2, 3, 2],
        deps=["det", "ROOT", "prep", "pobj", "case", "pobj"],
        pos=["DET", "NOUN", "ADP", "PROPN", "PART", "NOUN"],
        lemmas=["any", "mention", "of", "Norvalians", "'", "inquiry"],
        ents=["O", "O", "O", "B-NORP", "O", "O"],
    )
    assert _descend(doc[1]).text == "inquiry"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a bare noun the article gives an owner is that owner's, for every statement on it
        (
            "Velkan backed Norvale's entry into the customs union. Critics said the entry "
            "was a mistake.",
            ["norvale entry", "norvale entry"],
        ),
        # a person owns by surname
        (
            "Velkan criticized Ana Petrov's remarks. Critics said the remarks were harsh.",
            ["petrov remark", "petrov remark"],
        ),
        # without an owner the noun stays as it is
        (
            "Velkan backed the entry into the customs union. Critics said the entry was a mistake.",
            ["entry", "entry"],
        ),
    ],
)
def test_extract_topics_an_owned_noun_is_keyed_with_its_owner(nlp, text, keys):
    cue = "backed" if "backed" in text else "criticized"
    queries = _queries(nlp, text, [(cue, "velkan"), ("said", "critics")])
    assert [t.key for t in article_topics(queries)] == keys


def test_extract_topics_a_possessor_parsed_as_a_modifier_is_not_the_issue(nlp):
    # the parse may hang "Varga ’s" on the noun as a modifier: still who, not what
    from spacy.tokens import Doc

    doc = Doc(
        nlp.vocab,
        words=["Varga", "’s", "attacks"],
        spaces=[False, True, False],
        heads=[2, 0, 2],
        deps=["nmod", "case", "ROOT"],
        pos=["PROPN", "PART", "NOUN"],
        lemmas=["Varga", "’s", "attack"],
    )
    assert noun_phrase_key(doc[2])[0] == "attack"


@pytest.mark.parametrize(
    ("text", "same"),
    [
        # what one person said, however worded, is one topic
        (
            "Velkan criticized Marta Varga's remarks. Critics said Varga's attack on the "
            "judges was a mistake.",
            True,
        ),
        # a country's attack is no remark
        (
            "Velkan condemned Norvale's attack on the port. Critics said Norvale's "
            "statement was a mistake.",
            False,
        ),
    ],
)
def test_extract_topics_what_one_person_said_is_one_topic(nlp, text, same):
    cue = "criticized" if "criticized" in text else "condemned"
    queries = _queries(nlp, text, [(cue, "velkan"), ("said", "critics")])
    first, second = article_topics(queries)
    assert (first.key == second.key) is same


@pytest.mark.parametrize(
    ("text", "cue", "key"),
    [
        # "to" with a gerund after a light object says what it is about
        ("Petrov expressed openness to offering grain subsidies.", "expressed", "grain subsidy"),
    ],
)
def test_extract_topics_a_light_object_and_its_stranded_gerund(nlp, text, cue, key):
    assert _topic(nlp, text, cue).key == key


def test_extract_topics_a_pointer_behind_a_light_noun_points_back(nlp):
    queries = _queries(
        nlp,
        "Velkan proposed a wind tax. Petrov expressed willingness to act on this matter.",
        [("proposed", "velkan"), ("expressed", "petrov")],
    )
    assert [t.key for t in article_topics(queries)] == ["wind tax", "wind tax"]


@pytest.mark.parametrize(
    "remark",
    [
        "Velkan said Rep. Ana Petrov (D-Wash.) was right.",
        "Velkan said that Sen. Marta Varga (R-Ore.) would win.",
    ],
)
def test_extract_topics_a_party_notation_is_no_topic(nlp, remark):
    # a legislator's party and state, wherever the notation stands, is not the issue
    doc = nlp("The harbour fee rose. " + remark)
    cue = _token(doc, "said")
    assert topic_for(cue, _content(cue), cue.sent).key == "harbour fee"


def test_extract_topics_a_change_done_by_a_verb_is_the_article_s_compound(nlp):
    text = "Marek said the fare cut was fair. Varga said the council should not cut fares."
    queries = _queries(nlp, text, [("said", "marek"), ("said", "varga")])
    assert [t.key for t in article_topics(queries)] == ["fare cut", "fare cut"]


def test_extract_topics_the_light_noun_of_an_attack_taken_is_no_topic(nlp):
    text = "Senator Ana Petrov spoke on Monday. Petrov took aim at the harbour toll."
    extraction = extract_article(nlp(text), Article(id="t", text=text, source="t.txt"))
    assert [s.topic.key for s in extraction.statements] == ["harbour toll"]


@pytest.mark.parametrize(
    "text",
    [
        # a verb of feeling: what stirs it is the matter, the one who feels is no topic
        "Harbour tolls rise\n\nThe new toll did not sit well with the Norvale Farmers Union.",
        "Harbour tolls rise\n\nThe new toll angered the Norvale Farmers Union.",
        "Harbour tolls rise\n\nThe Norvale Farmers Union was angered by the new toll.",
    ],
)
def test_extract_topic_of_a_feeling_is_what_stirred_it(nlp, text):
    extraction = extract_article(nlp(text), Article(id="test", text=text, source="test.txt"))
    assert [s.topic.label for s in extraction.statements] == ["toll"]
