"""Property tests over the whole pipeline: hostile files -> ingest -> extract -> build -> render.

The text is what scrapers and copy-paste produce: arbitrary Unicode (control characters,
bytes that are not UTF-8, right-to-left text, emoji), no sentence punctuation, only
quotation marks, unbalanced quotes, and reporting sentences whose speakers are hostile
names (quotes, angle brackets, IRI-like strings, very long names). Whatever comes in,
``build_corpus`` returns, the graph conforms to the shapes, every IRI is valid, Turtle,
N-Triples and JSON-LD parse back isomorphic, and the HTML page is written with no markup
of the input left unescaped.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hostile import HOSTILE, SETTINGS, assert_sound, hostile_text
from hypothesis import event, given
from hypothesis import strategies as st

from graph.build import build_graph
from graph.pipeline import build_corpus
from graph.records import Actor, Article, Statement, Topic
from graph.render import render_graph

INJECTION = "</script><script>alert(1)</script>"
NAMES = st.one_of(
    st.sampled_from(
        [
            "Sergei Lavrov",
            'Mark "the Hammer" Rutte',
            "<b>Zelensky</b>",
            "https://evil.example/actor",
            "Dr. " + "Verylongname" * 40,
            "محمد بن سلمان",
            "Emmanuel Macron 👍",
            INJECTION,
        ]
    ),
    hostile_text,
)
TEMPLATES = [
    "{a} said that {b}.",
    "{a} criticized {b}",
    "“{b},” {a} told reporters.",
    '"{b}" {a} said "',
    "{a} warned {b} {a} rejected",
    "According to {a}, {b}.",
    "{a}: «{b}»",
]
sentence = st.builds(
    lambda template, a, b: template.format(a=a, b=b),
    st.sampled_from(TEMPLATES),
    NAMES,
    st.one_of(hostile_text, st.sampled_from(["troops must stay", "the plan would fail"])),
)
article_text = st.one_of(
    hostile_text,
    st.lists(sentence, min_size=1, max_size=4).map(" ".join),
    st.sampled_from(
        [
            '""""“”«»‘’\'\'\'',
            "“Russia will never accept this,” Lavrov said. “Never",
            "Putin said " * 200,
            "\u202eLavrov said the deal was dead\u202c and Rutte agreed",
            "\x00\x01\x02 Zelensky said \x1b[31mno\x1b[0m",
        ]
    ),
)
encoding = st.sampled_from(["utf-8", "utf-16", "cp1252", "surrogatepass"])


def _write(path: Path, text: str, how: str) -> None:
    if how == "surrogatepass":  # lone surrogates: bytes that are not valid UTF-8
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    else:
        path.write_bytes(text.encode(how, "replace"))


@pytest.mark.slow
@SETTINGS
@given(st.lists(article_text, min_size=1, max_size=3), encoding)
def test_pipeline_hostile_articles_build_validate_round_trip_and_render(texts, how):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, text in enumerate(texts):
            _write(folder / f"{i}.txt", text, how)
        warnings: list[str] = []
        result = build_corpus([folder], warn=warnings.append)
        assert all("\n" not in w for w in warnings)
        found = len(result.statements)
        event(f"statements extracted: {found if found < 3 else '3 or more'}")
        assert_sound(result.graph)
        page = render_graph(result.graph, Path(tmp) / "graph.html")
        html = page.read_text(encoding="utf-8")
        assert html.lstrip().lower().startswith("<!doctype html")
        assert INJECTION not in html


@SETTINGS
@given(st.lists(st.sampled_from(HOSTILE) | hostile_text, min_size=2, max_size=5, unique=True))
def test_render_hostile_names_are_escaped(names):
    """Actor labels, roles and sentences never reach the page as markup."""
    names = [*names, INJECTION]
    actors = [
        Actor(key=f"k{i}", label=name, type="Person", role=name, aliases=(name,))
        for i, name in enumerate(names)
    ]
    article = Article(id="a", text=INJECTION, source=INJECTION, title=INJECTION)
    statements = [
        Statement(
            "a",
            f"k{i}",
            INJECTION,
            INJECTION,
            f"{name} said {INJECTION}",
            0,
            10,
            "oppose" if i % 2 else "support",
            Topic(key=name or "t", label=INJECTION),
            target_actor=f"k{(i + 1) % len(names)}",
        )
        for i, name in enumerate(names)
    ]
    graph = build_graph([article], actors, statements)
    assert_sound(graph)
    with tempfile.TemporaryDirectory() as tmp:
        for topics in (False, True):
            html = render_graph(graph, Path(tmp) / "graph.html", topics=topics).read_text(
                encoding="utf-8"
            )
            assert INJECTION not in html
            assert "<script>alert(1)" not in html
