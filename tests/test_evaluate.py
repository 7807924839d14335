"""Scoring against gold YAML and PolNeAR brat files, on small hand-made graphs and files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.build import add_actor, add_alignment, build_graph
from graph.errors import InputError
from graph.evaluate import (
    StatementScore,
    evaluate_gold,
    graph_statements,
    load_gold,
    load_polnear_article,
    names_match,
    score_article,
    score_polnear_article,
    source_matches,
)
from graph.ingest import read_articles
from graph.records import Actor, Cluster, Statement, Topic

ARTICLE = (
    "Foreign Minister Anna Berg criticized the plan as reckless. "
    "The ministry of Norland welcomed the talks. "
    "Berg said the deal would fail."
)

GOLD = """\
article: tiny.txt
actors:
  - id: berg
    name: Anna Berg
    aliases: [Berg]
    type: Person
    affiliation: norland
  - id: norland
    name: Norland
    aliases: [the ministry of Norland]
    type: Country
    affiliation: null
  - id: osten
    name: Osten
    aliases: []
    type: Country
    affiliation: null
statements:
  - id: s1
    speaker: berg
    cue: criticized
    sentence: "Foreign Minister Anna Berg criticized the plan as reckless."
    stance: oppose
  - id: s2
    speaker: norland
    cue: welcomed
    sentence: "The ministry of Norland welcomed the talks."
    stance: support
  - id: s3
    speaker: berg
    cue: said
    sentence: "Berg said the deal would fail."
    stance: neutral
camps:
  - [berg, norland]
  - [osten]
"""


@pytest.fixture()
def tiny(tmp_path: Path) -> tuple[Path, Path, str]:
    (tmp_path / "tiny.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "tiny.yaml").write_text(GOLD, encoding="utf-8")
    article = next(iter(read_articles([tmp_path / "tiny.txt"])))
    return tmp_path / "tiny.yaml", tmp_path / "tiny.txt", article.id


def _statement(article_id: str, speaker: str, sentence: str, cue: str, stance: str) -> Statement:
    start = ARTICLE.index(sentence)
    return Statement(
        article_id=article_id,
        speaker=speaker,
        cue=cue,
        quote="",
        evidence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        stance=stance,  # type: ignore[arg-type]
        topic=Topic("plan", "plan"),
    )


def _graph(article_id: str, *, second_stance: str = "support", affiliation: str | None = "norland"):
    actors = [
        Actor("anna berg", "Anna Berg", "Person", ("Berg",), "Foreign Minister", affiliation),
        Actor("norland", "Norland", "Country"),
        Actor("someone", "Someone Else", "Person"),
    ]
    statements = [
        _statement(article_id, "anna berg", ARTICLE.split(". ")[0] + ".", "criticized", "oppose"),
        _statement(
            article_id,
            "norland",
            "The ministry of Norland welcomed the talks.",
            "welcomed",
            second_stance,
        ),
        # right sentence, wrong speaker: a false positive, and s3 stays unmatched
        _statement(article_id, "someone", "Berg said the deal would fail.", "said", "neutral"),
    ]
    return build_graph([], actors, statements)


def test_evaluate_gold_counts_matches_stance_speakers_and_affiliation(tiny):
    gold_path, _, article_id = tiny
    gold = load_gold(gold_path)
    score = score_article(gold, _graph(article_id, second_stance="oppose"), article_id)
    assert (score.gold, score.predicted, score.matched) == (3, 3, 2)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.stance_correct == 1  # the ministry's "welcomed" was predicted oppose
    assert (score.speakers, score.speakers_found) == (2, 2)
    assert (score.affiliations, score.affiliations_correct) == (1, 1)


def _sided_graph(article_id: str, side: str | None, other_article_side: str | None):
    """Anna Berg, "someone" in the corpus summary, speaks for ``side`` in this article and
    for ``other_article_side`` in another."""
    from dataclasses import replace

    actors = [
        Actor("anna berg", "Anna Berg", "Person", ("Berg",), "Foreign Minister", "someone"),
        Actor("norland", "Norland", "Country"),
        Actor("someone", "Someone Else", "Person"),
    ]
    here = _statement(article_id, "anna berg", ARTICLE.split(". ")[0] + ".", "criticized", "oppose")
    there = replace(here, article_id="elsewhere", speaker_affiliation=other_article_side)
    return build_graph([], actors, [replace(here, speaker_affiliation=side), there])


def test_evaluate_gold_affiliation_is_the_side_this_article_states(tiny):
    gold_path, _, article_id = tiny
    gold = load_gold(gold_path)
    # the article states Norland: right, whatever the corpus-wide affiliation is
    score = score_article(gold, _sided_graph(article_id, "norland", "someone"), article_id)
    assert (score.affiliations, score.affiliations_correct) == (1, 1)
    # another article states Norland, this one states nothing: not lent from the other
    score = score_article(gold, _sided_graph(article_id, None, "norland"), article_id)
    assert (score.affiliations, score.affiliations_correct) == (1, 0)
    assert any("affiliation berg: none" in d for d in score.details)


def test_evaluate_gold_stance_confusion_counts_matched_statements(tiny):
    """Rows are gold stances, columns predicted ones; unmatched statements count nowhere."""
    gold_path, _, article_id = tiny
    gold = load_gold(gold_path)
    score = score_article(gold, _graph(article_id, second_stance="oppose"), article_id)
    assert score.stance_confusion["oppose"] == {"support": 0, "oppose": 1, "neutral": 0}
    assert score.stance_confusion["support"] == {"support": 0, "oppose": 1, "neutral": 0}
    assert sum(score.stance_confusion["neutral"].values()) == 0  # s3 was not matched
    total = StatementScore(article="total")
    total.add(score)
    total.add(score)
    assert total.stance_confusion["support"]["oppose"] == 2
    assert total.as_dict()["stance_confusion"]["oppose"]["oppose"] == 2


def test_evaluate_gold_wrong_affiliation_and_missing_clusters(tiny):
    gold_path, _, article_id = tiny
    graph = _graph(article_id, affiliation="someone")
    score = score_article(load_gold(gold_path), graph, article_id)
    assert (score.affiliations, score.affiliations_correct) == (1, 0)
    # no clusters at all: every pair of camp members is wrong
    assert (score.camp_pairs, score.camp_pairs_correct) == (3, 0)


def test_evaluate_gold_camp_agreement_pairwise(tiny):
    gold_path, _, article_id = tiny
    graph = _graph(article_id)
    add_actor(graph, Actor("osten", "Osten", "Country"))
    add_alignment(
        graph,
        [
            Cluster("c1", "c1", ("anna berg", "norland")),
            Cluster("c2", "c2", ("osten",)),
        ],
    )
    score = score_article(load_gold(gold_path), graph, article_id)
    assert (score.camp_pairs, score.camp_pairs_correct) == (3, 3)
    add_alignment(graph, [Cluster("c1", "c1", ("anna berg", "norland", "osten"))])
    score = score_article(load_gold(gold_path), graph, article_id)
    assert score.camp_pairs_correct == 1  # berg-norland right; osten with either wrong


def test_evaluate_gold_one_prediction_matches_one_gold(tiny):
    """Two gold statements in one sentence need two predictions, not one counted twice."""
    gold_path, _, article_id = tiny
    text = GOLD.replace(
        'sentence: "Berg said the deal would fail."',
        'sentence: "Foreign Minister Anna Berg criticized the plan as reckless."',
    )
    text = text.replace("cue: said", "cue: criticized")
    gold_path.write_text(text, encoding="utf-8")
    score = score_article(load_gold(gold_path), _graph(article_id), article_id)
    assert score.matched == 2  # s1 and s2; s3 (same sentence as s1) finds no free prediction


def test_evaluate_gold_runs_a_build_function_per_article(tiny):
    gold_path, _, article_id = tiny
    built: list[Path] = []

    def build(path: Path):
        built.append(path)
        return _graph(article_id)

    scores, total = evaluate_gold(gold_path, build=build)
    assert [p.name for p in built] == ["tiny.txt"]
    assert total.matched == 2 and scores[0].article == "tiny"


@pytest.mark.parametrize(
    ("gold", "pred", "person", "expected"),
    [
        (["Sergei Lavrov", "Lavrov"], ["Sergei Lavrov"], True, True),
        (["Anna Berg"], ["Berg"], True, True),
        (["Mark Rutte"], ["Mark Carney"], True, False),
        (["United States", "U.S."], ["US"], False, True),
        (["The Kremlin"], ["Kremlin"], False, True),
        (["Norland"], ["Osten"], False, False),
    ],
)
def test_evaluate_names_match(gold, pred, person, expected):
    assert names_match(gold, pred, person=person) is expected


@pytest.mark.parametrize(
    ("source", "names", "expected"),
    [
        ("a source", ["sources"], True),
        ("Clinton's campaign", ["Clinton campaign"], True),
        ("Republican nominee Donald Trump", ["Donald Trump", "Trump"], True),
        ("Hillary Clinton", ["Tim Kaine"], False),
    ],
)
def test_evaluate_source_matches(source, names, expected):
    assert source_matches(source, names) is expected


def test_evaluate_load_gold_bad_yaml_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("article: x.txt\nactors:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.yaml:\d+: not valid YAML"):
        load_gold(bad)


def test_evaluate_load_gold_missing_article(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("article: nowhere.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"nowhere\.txt"):
        load_gold(gold)


BRAT_TEXT = "Officials said the vote was rigged. He denied it. The plan failed.\n"


def _span(word: str, nth: int = 0) -> str:
    at = -1
    for _ in range(nth + 1):
        at = BRAT_TEXT.index(word, at + 1)
    return f"{at} {at + len(word)}\t{word}"


BRAT_ANN = "\n".join(
    [
        f"T1\tSource {_span('Officials')}",
        f"T2\tCue {_span('said')}",
        f"T3\tContent {_span('the vote was rigged')}",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T4\tAttribution {_span('said')}",
        f"T5\tSource {_span('He')}",
        f"T6\tCue {_span('denied')}",
        "E2\tAttribution:T7 Cue:T6 Source:T5",
        f"T7\tAttribution {_span('denied')}",
        f"T8\tCue {_span('plan')}",
        "E3\tAttribution:T9 Cue:T8",
        f"T9\tAttribution {_span('plan')}",
        "",
    ]
)


def test_evaluate_polnear_pairs_cues_with_sources(tmp_path):
    text = tmp_path / "a.txt"
    ann = tmp_path / "a_x1.ann"
    text.write_text(BRAT_TEXT, encoding="utf-8")
    ann.write_text(BRAT_ANN, encoding="utf-8")
    gold, skipped = load_polnear_article(ann, text)
    assert skipped == 1
    said, denied = BRAT_TEXT.index("said"), BRAT_TEXT.index("denied")
    plan = BRAT_TEXT.index("plan")
    assert [(g.source, g.cue) for g in gold] == [
        ("Officials", ((said, said + 4),)),
        ("He", ((denied, denied + 6),)),
        ("", ((plan, plan + 4),)),  # no source: not scored
    ]
    article = next(iter(read_articles([text])))
    graph = build_graph(
        [],
        [Actor("official", "officials", "Group"), Actor("bob", "Bob Stone", "Person")],
        [
            Statement(
                article.id,
                "official",
                "said",
                "",
                "Officials said the vote was rigged.",
                0,
                35,
                "oppose",
                Topic("vote", "vote"),
            ),
            Statement(
                article.id,
                "bob",
                "denied",
                "",
                "He denied it.",
                36,
                49,
                "oppose",
                Topic("it", "it"),
            ),
            Statement(
                article.id,
                "bob",
                "failed",
                "",
                "The plan failed.",
                50,
                66,
                "oppose",
                Topic("plan", "plan"),
            ),
        ],
    )
    predicted = graph_statements(graph, article.id)
    score = score_polnear_article("a", gold, predicted, skipped)
    # the statement at the unsourced cue is neither right nor wrong
    assert (score.gold, score.predicted, score.matched) == (2, 2, 2)
    assert score.precision == 1.0 and score.recall == 1.0


def test_evaluate_cli_json_and_errors(tiny, tmp_path):
    from graph.cli import app

    runner = CliRunner()
    missing = runner.invoke(app, ["evaluate", str(tmp_path / "nope")])
    assert missing.exit_code != 0 and "nope" in missing.output and "Traceback" not in missing.output
    gold_path, _, article_id = tiny
    from graph.io import save_graph

    ttl = save_graph(_graph(article_id), tmp_path / "g.ttl")
    result = runner.invoke(app, ["evaluate", str(gold_path), "--graph", str(ttl), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["gold"]["total"]["matched"] == 2
    assert data["gold"]["total"]["f1"] == pytest.approx(2 / 3, abs=1e-3)
    assert data["gold"]["total"]["stance_confusion"]["oppose"]["oppose"] == 1
    table = runner.invoke(app, ["evaluate", str(gold_path), "--graph", str(ttl)])
    assert table.exit_code == 0, table.output
    assert "gold x predicted" in table.output


@pytest.mark.slow
def test_evaluate_shared_gold_first_article_runs(eval_dir):
    scores, total = evaluate_gold(eval_dir / "gold", limit=1)
    assert total.gold > 0 and len(scores) == 1
    assert not [e for e in scores[0].errors if "not found" in e]


def test_evaluate_polnear_dev_reads_gold(polnear_dir):
    from graph.evaluate import polnear_pairs

    pairs = polnear_pairs(polnear_dir / "dev")
    text, ann = pairs[0]
    gold, _ = load_polnear_article(ann, text)
    raw = text.read_text(encoding="utf-8")
    assert gold and all(raw[a:b].strip() for g in gold for a, b in g.cue)


def test_evaluate_gold_topic_pairs_and_details(tiny):
    """Statements the gold puts on one issue should share one sg:Topic, and only those."""
    gold_path, _, article_id = tiny
    text = GOLD.replace("    stance: oppose\n", "    stance: oppose\n    target: the plan\n", 1)
    text = text.replace("    stance: support\n", "    stance: support\n    target: the plan\n", 1)
    gold_path.write_text(text, encoding="utf-8")
    score = score_article(load_gold(gold_path), _graph(article_id), article_id)
    # both matched statements carry Topic("plan") and the gold says one target: one pair
    assert (score.topic_pairs_gold, score.topic_pairs_predicted, score.topic_pairs_both) == (
        1,
        1,
        1,
    )
    assert score.topic_f1 == 1.0
    assert any(line.startswith("missed s3") for line in score.details)
    assert any(line.startswith("extra Someone Else") for line in score.details)


def test_evaluate_polnear_role_description_matches_the_speakers_role(tmp_path):
    text = "The governor said the budget was late.\n"
    (tmp_path / "g.txt").write_text(text, encoding="utf-8")
    said = text.index("said")
    ann = tmp_path / "g_x1.ann"
    ann.write_text(
        f"T1\tSource 0 12\tThe governor\nT2\tCue {said} {said + 4}\tsaid\n"
        f"T3\tAttribution {said} {said + 4}\tsaid\nE1\tAttribution:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    gold, _ = load_polnear_article(ann, tmp_path / "g.txt")
    article = next(iter(read_articles([tmp_path / "g.txt"])))

    def score_for(role):
        graph = build_graph(
            [],
            [Actor("jo", "Jo Smith", "Person", role=role)],
            [
                Statement(
                    article.id,
                    "jo",
                    "said",
                    "",
                    text.strip(),
                    0,
                    len(text) - 1,
                    "neutral",
                    Topic("b", "b"),
                )
            ],
        )
        return score_polnear_article("g", gold, graph_statements(graph, article.id))

    assert score_for("Governor").matched == 1
    assert score_for("Mayor").matched == 0


def test_evaluate_gold_explicit_relations(tiny):
    gold_path, _, article_id = tiny
    gold_path.write_text(
        GOLD
        + "relations:\n  - source: berg\n    target: osten\n    relation: disagree\n"
        + '    sentence: "Foreign Minister Anna Berg criticized the plan as reckless."\n',
        encoding="utf-8",
    )
    graph = _graph(article_id)
    add_actor(graph, Actor("osten", "Osten", "Country"))
    from dataclasses import replace

    from graph.build import add_statement

    first = ARTICLE.split(". ")[0] + "."
    base = _statement(article_id, "anna berg", first, "criticized", "oppose")
    add_statement(graph, replace(base, cue="rejected", target_actor="osten", relation="agree"))
    score = score_article(load_gold(gold_path), graph, article_id)
    assert (score.relations_gold, score.relations_predicted, score.relations_matched) == (1, 1, 0)
    add_statement(graph, replace(base, cue="opposed", target_actor="osten", relation="disagree"))
    score = score_article(load_gold(gold_path), graph, article_id)
    assert (score.relations_predicted, score.relations_matched) == (2, 1)
    assert score.relation_f1 == pytest.approx(2 / 3)


def test_evaluate_polnear_quote_continuation_is_not_a_false_positive(tmp_path):
    text = '"We will win. We will win big," Smith said. Jones left.\n'
    (tmp_path / "q.txt").write_text(text, encoding="utf-8")
    said, content_end = text.index("said"), text.index(',"')
    ann = tmp_path / "q_x1.ann"
    ann.write_text(
        f"T1\tSource {said - 6} {said - 1}\tSmith\nT2\tCue {said} {said + 4}\tsaid\n"
        f"T3\tContent 1 {content_end}\t{text[1:content_end]}\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    gold, _ = load_polnear_article(ann, tmp_path / "q.txt")
    article = next(iter(read_articles([tmp_path / "q.txt"])))
    first_end = text.index("win.") + 4
    second_end = text.index("said.") + 5
    graph = build_graph(
        [],
        [Actor("smith", "Smith", "Person"), Actor("jones", "Jones", "Person")],
        [
            Statement(
                article.id,
                "smith",
                "said",
                "",
                text[:first_end],
                0,
                first_end,
                "support",
                Topic("w", "w"),
            ),
            Statement(
                article.id,
                "smith",
                "said",
                "",
                text[first_end + 1 : second_end],
                first_end + 1,
                second_end,
                "support",
                Topic("w", "w"),
            ),
            Statement(
                article.id,
                "jones",
                "left",
                "",
                "Jones left.",
                second_end + 1,
                len(text) - 1,
                "neutral",
                Topic("l", "l"),
            ),
        ],
    )
    score = score_polnear_article("q", gold, graph_statements(graph, article.id))
    # one match (the cue's sentence), the quote's first sentence is its continuation, and
    # Jones's sentence is a real false positive
    assert (score.gold, score.predicted, score.matched) == (1, 2, 1)


def test_evaluate_group_totals_sum_their_articles():
    from graph.evaluate import StatementScore, group_totals

    a = StatementScore(article="01_a", gold=4, predicted=2, matched=2)
    b = StatementScore(article="12_b", gold=6, predicted=6, matched=3)
    c = StatementScore(article="21_c", gold=1, predicted=1, matched=1)
    totals = group_totals([a, b, c], {"old": ["0*"], "new": ["1*", "2*"]})
    assert (totals["old"].gold, totals["old"].matched) == (4, 2)
    assert (totals["new"].gold, totals["new"].predicted, totals["new"].matched) == (7, 7, 4)


def test_evaluate_group_pattern_matching_nothing_is_an_error():
    from graph.errors import InputError
    from graph.evaluate import StatementScore, group_totals

    with pytest.raises(InputError, match="no article matches"):
        group_totals([StatementScore(article="01_a")], {"new": ["9*"]})


@pytest.mark.parametrize("spec", ["new", "=1*", "new=", "new=,"])
def test_cli_evaluate_malformed_group_is_one_line(spec, tmp_path):
    runner = CliRunner()
    from graph.cli import app

    gold = tmp_path / "g.yaml"
    gold.write_text("article: a.txt\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--group", spec])
    assert result.exit_code != 0
    assert "LABEL=GLOB" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("gold", "predicted", "exact", "overlap"),
    [
        ([(0, 4)], [(0, 4)], 1, 1),  # same span
        ([(0, 4)], [(0, 5)], 1, 1),  # a trailing comma is no difference
        ([(0, 4)], [(2, 9)], 0, 1),  # overlapping only
        ([(0, 4)], [(10, 14)], 0, 0),  # elsewhere
        ([(0, 4), (10, 14)], [(0, 14)], 0, 1),  # one prediction matches one gold span
    ],
)
def test_evaluate_score_spans_exact_and_overlap(gold, predicted, exact, overlap):
    from graph.evaluate import score_spans

    text = "said, then he said again"
    score = score_spans(text, gold, predicted)
    assert (score.exact, score.overlap) == (exact, overlap)
    assert (score.gold, score.predicted) == (len(gold), len(predicted))


def test_evaluate_statements_of_one_sentence_read_back_in_text_order():
    # two statements of one sentence: whichever IRI sorts first, the one whose quote
    # comes first in the sentence is read first, so ties in matching follow the text
    sentence = "Ann Roe backed the levy and rejected the toll."
    statements = [
        Statement("a1", "roe", "rejected", quote, sentence, 0, len(sentence), stance, topic)
        for quote, stance, topic in (
            ("the toll", "oppose", Topic("toll", "toll")),
            ("the levy", "support", Topic("levy", "levy")),
        )
    ]
    graph = build_graph([], [Actor("roe", "Ann Roe", "Person")], statements)
    assert [s.quote for s in graph_statements(graph, "a1")] == ["the levy", "the toll"]
