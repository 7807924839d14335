"""Codebooks: issues from YAML, matched onto statements; one-line errors with file:line."""

from __future__ import annotations

import pytest

from graph.codebook import apply_codebook, load_codebook, parse_codebook
from graph.errors import InputError
from graph.records import Statement, Topic

BOOK = """\
issues:
  - key: troops
    label: Foreign troops
    keywords: [troop, boots on the ground]
  - key: guarantees
    label: Security guarantees
    keywords: [security guarantee]
    patterns: ['article\\s*5']
"""


def _statement(topic: str, quote: str = "", evidence: str = "") -> Statement:
    return Statement(
        article_id="a",
        speaker="x",
        cue="said",
        quote=quote,
        evidence=evidence or quote or topic,
        char_start=0,
        char_end=1,
        stance="support",
        topic=Topic(topic, topic),
    )


def test_codebook_keywords_patterns_and_priority():
    book = parse_codebook(BOOK, "book.yaml")
    assert [i.key for i in book.issues] == ["troops", "guarantees"]
    assert book.code("no troops will be sent").key == "troops"
    assert book.code("Security-Guarantees for the region").key == "guarantees"
    assert book.code("Article 5-like protection").key == "guarantees"
    assert book.code("a troupe of dancers") is None
    # file order decides when both occur
    assert book.code("troops as part of security guarantees").key == "troops"


def test_codebook_topic_label_before_quote_before_evidence():
    book = parse_codebook(BOOK, "book.yaml")
    coded = apply_codebook(
        [
            _statement("security guarantee", quote="sending troops"),
            _statement("funding", quote="more troops", evidence="..."),
            _statement("weather", evidence="it was sunny"),
        ],
        book,
    )
    assert [s.topic.key for s in coded] == ["guarantees", "troops", "weather"]
    assert coded[0].topic.label == "Security guarantees"


def test_codebook_top_level_list_is_accepted():
    book = parse_codebook("- label: Tariffs\n  keywords: [tariff]\n", "b.yaml")
    assert book.issues[0].key == "tariffs" and book.issues[0].label == "Tariffs"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("issues:\n  - key: [unclosed\n", r"b\.yaml:\d+: not valid YAML"),
        ("", r"b\.yaml: the codebook is empty"),
        ("topics: []\n", r"b\.yaml:1: no 'issues:' list"),
        ("issues:\n  - key: a\n", r"b\.yaml:2: issue 'a' has no keywords or patterns"),
        (
            "issues:\n  - key: a\n    keywords: [x]\n    colour: red\n",
            r"b\.yaml:4: unknown field 'colour'",
        ),
        ("issues:\n  - key: a\n    patterns: ['(']\n", r"b\.yaml:3: bad pattern '\('"),
        (
            "issues:\n  - key: a\n    keywords: [x]\n  - key: a\n    keywords: [y]\n",
            r"b\.yaml:4: issue 'a' is already defined on line 2",
        ),
        ("issues:\n  - keywords: [x]\n", r"b\.yaml:2: an issue needs a 'key' or a 'label'"),
        ("issues:\n  - key: a\n    keywords: {x: 1}\n", r"b\.yaml:3: 'keywords' must be a list"),
    ],
)
def test_codebook_errors_name_file_and_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_codebook(text, "b.yaml")


def test_codebook_load_missing_and_binary(tmp_path):
    with pytest.raises(InputError, match="no such codebook file"):
        load_codebook(tmp_path / "none.yaml")
    bad = tmp_path / "bin.yaml"
    bad.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(InputError, match="not UTF-8"):
        load_codebook(bad)
    good = tmp_path / "ok.yaml"
    good.write_text(BOOK, encoding="utf-8")
    assert len(load_codebook(good).issues) == 2


def test_codebook_on_extracted_example(example_build):
    """Coding the example's statements puts every guarantee statement under one issue."""
    book = parse_codebook(BOOK, "book.yaml")
    coded = apply_codebook(example_build.statements, book)
    keys = {s.topic.key for s in coded if "guarantee" in s.quote.lower()}
    assert keys and keys <= {"guarantees", "troops"}


def test_codebook_build_corpus_codes_statements(tmp_path, example_path):
    from graph.namespaces import RDFS, SG
    from graph.pipeline import build_corpus

    book = tmp_path / "book.yaml"
    book.write_text(BOOK, encoding="utf-8")
    result = build_corpus([example_path], codebook=book)
    keys = {s.topic.key for s in result.statements}
    assert "guarantees" in keys
    labels = {
        str(o)
        for t in result.graph.subjects(RDFS.label, None)
        for o in result.graph.objects(t, RDFS.label)
        if (t, None, SG.Topic) in result.graph
    }
    assert "Security guarantees" in labels


def test_codebook_build_corpus_bad_codebook_is_one_line(tmp_path, example_path):
    from graph.pipeline import build_corpus

    book = tmp_path / "book.yaml"
    book.write_text("issues:\n  - key: a\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"book\.yaml:2:"):
        build_corpus([example_path], codebook=book)
