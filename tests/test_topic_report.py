"""The topic report: every topic with its surface forms and stance counts, and the
starter codebook written from it."""

from __future__ import annotations

import pytest

from graph.codebook import parse_codebook
from graph.topic_report import codebook_yaml, statement_form, surface_form, topic_report


@pytest.mark.parametrize(
    ("key", "text", "form"),
    [
        ("security guarantee", "He wants security guarantees now.", "security guarantees"),
        ("tariff", "The U.S. tariffs hurt.", "tariffs"),
        ("energy policy", "Their energy policies failed.", "energy policies"),
        # one word between two words of the key is still this topic
        ("oil fee", "an oil import fee", "oil import fee"),
        ("water quota", "They discussed the quota on water.", None),
        ("troop", "Nothing about it.", None),
    ],
)
def test_topic_report_surface_form_finds_the_wording(key, text, form):
    assert surface_form(key, text) == form


@pytest.mark.parametrize(
    ("key", "texts", "form"),
    [
        # the whole key where a text has it
        ("water quota", ["Ostrava backed water quotas."], "water quotas"),
        ("water quota", ["No word of it.", "Ostrava backed water quotas."], "water quotas"),
        # else the head word alone, so a shorter wording still shows
        ("water quota", ["Ostrava said the quotas were unfair."], "quotas"),
        ("water quota", ["Ostrava said the levy was unfair."], None),
        ("levy", ["Ostrava said nothing."], None),
    ],
)
def test_topic_report_statement_form_falls_back_to_the_head(key, texts, form):
    assert statement_form(key, texts) == form


def test_topic_report_counts_stances_articles_and_forms(toy_graph):
    rows = {r.label: r for r in topic_report(toy_graph)}
    troops = rows["Western troops"]
    assert (troops.statements, troops.support, troops.oppose, troops.neutral) == (3, 1, 2, 0)
    assert troops.articles == 2 and troops.speakers == 3
    assert dict(troops.forms) == {"western troops": 3}
    assert "Western troops" in troops.example
    guarantees = rows["security guarantees"]
    assert (guarantees.support, guarantees.oppose, guarantees.articles) == (2, 1, 2)
    assert rows["ceasefire"].neutral == 1


def test_topic_report_most_used_first_and_min_statements(toy_graph):
    rows = topic_report(toy_graph)
    assert [r.label for r in rows] == ["security guarantees", "Western troops", "ceasefire"]
    assert [r.label for r in topic_report(toy_graph, min_statements=2)] == [
        "security guarantees",
        "Western troops",
    ]


def test_topic_report_codebook_parses_and_codes_the_topics(toy_graph):
    text = codebook_yaml(topic_report(toy_graph))
    book = parse_codebook(text, "starter.yaml")
    assert [i.label for i in book.issues] == ["security guarantees", "Western troops", "ceasefire"]
    issue = book.code("Lavrov rejected security guarantees.")
    assert issue is not None and issue.label == "security guarantees"


def test_topic_report_notebook_api_frame_and_codebook(toy_graph, tmp_path):
    from graph.api import KnowledgeGraph
    from graph.codebook import load_codebook

    kg = KnowledgeGraph(toy_graph)
    frame = kg.topics()
    assert list(frame["label"]) == ["security guarantees", "Western troops", "ceasefire"]
    troops = frame.set_index("label").loc["Western troops"]
    assert (troops["support"], troops["oppose"], troops["forms"]) == (1, 2, {"western troops": 3})
    assert len(kg.topics(min_statements=2)) == 2
    written = kg.topic_codebook(tmp_path / "codebook.yaml")
    assert [i.label for i in load_codebook(written).issues][:2] == [
        "security guarantees",
        "Western troops",
    ]
