"""graph.render.render_graph: one self-contained file, escaped, deterministic, atomic."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from graph.build import new_graph
from graph.render import render_graph

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "render"))
from render_graphs import (
    HOSTILE_CLOSE,
    HOSTILE_IMG,
    HOSTILE_LINK,
    HOSTILE_SCRIPT,
    HOSTILE_SVG,
    hostile_graph,
    small_graph,
)

DATA_OPEN = '<script type="application/json" id="sg-data">'
STATEMENTS_OPEN = '<script type="application/json" id="sg-statements">'


def block(html: str, opening: str) -> Any:
    start = html.index(opening) + len(opening)
    return json.loads(html[start : html.index("</script>", start)])


def unspan(row: list[Any]) -> list[Any]:
    """A statement row with its quote written out again (the page may give it as a span of
    the sentence, in UTF-16 units)."""
    quote = row[4]
    if isinstance(quote, list):
        units = row[5].encode("utf-16-le")
        quote = units[2 * quote[0] : 2 * quote[1]].decode("utf-16-le")
    return [*row[:4], quote, *row[5:]]


def payload(html: str) -> dict:
    """The page's data block, with its statements table put back into ``meta``."""
    data = block(html, DATA_OPEN)
    data["meta"]["statements"] = [unspan(row) for row in block(html, STATEMENTS_OPEN)]
    return data


@pytest.fixture(scope="module")
def small_html(tmp_path_factory) -> str:
    path = render_graph(small_graph(), tmp_path_factory.mktemp("page") / "graph.html")
    return path.read_text(encoding="utf-8")


def test_render_page_is_one_file_with_nothing_to_fetch(small_html):
    # no element loads anything: every script and style is inline
    assert not re.search(r"<(script|img|iframe|link|audio|video|source)\b[^>]*\bsrc=", small_html)
    links = re.findall(r"<link\b[^>]*>", small_html)
    assert links == ['<link rel="icon" href="data:,">']  # stops Chromium asking for /favicon.ico
    assert not re.search(r"@import|@font-face", small_html)
    assert "vis.Network" in small_html  # vis-network itself is inlined
    # vis-network, the JSON data, the statements table, the page script
    assert small_html.count("</script>") == 4


def test_render_page_csp_allows_only_its_own_scripts_and_no_connections(small_html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', small_html)
    assert csp is not None
    policy = dict(part.strip().split(" ", 1) for part in csp.group(1).split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["connect-src"] == "'none'"
    assert "unsafe-inline" not in policy["script-src"]
    assert policy["script-src"].count("'sha256-") == 2


def test_render_page_hostile_text_appears_only_escaped_inside_the_json(tmp_path):
    html = render_graph(hostile_graph(), tmp_path / "hostile.html").read_text(encoding="utf-8")
    for raw in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_SVG, HOSTILE_CLOSE, "<img", "<svg"):
        assert raw not in html
    assert html.count("</script>") == 4
    # ...while the data still carries the text verbatim, to be shown as text
    data = payload(html)
    labels = {a["label"] for a in data["meta"]["actors"]}
    assert HOSTILE_IMG in labels
    assert HOSTILE_LINK in labels
    assert data["meta"]["articles"][0][1] == ""  # javascript: URL dropped
    assert any(HOSTILE_CLOSE in row[4] for row in data["meta"]["statements"])


def test_render_page_writes_a_quote_found_in_its_sentence_as_a_span(tmp_path):
    from graph.build import build_graph
    from graph.records import Actor, Article, Statement, Topic

    sentence = "Ama Osei (\U0001f91d) said the \U0001f91d deal is fair, and Kofi Mensah agreed."
    actors = [
        Actor("ama osei", "Ama Osei", "Person"),
        Actor("kofi mensah", "Kofi Mensah", "Person"),
    ]
    article = Article(id="one", text=sentence, source="one.txt")
    stated = [
        Statement("one", "ama osei", "said", "the \U0001f91d deal is fair", sentence, 0,
                  len(sentence), "support", Topic("deal", "deal")),
        Statement("one", "kofi mensah", "agreed", "words not in the sentence", sentence, 0,
                  len(sentence), "support", Topic("deal", "deal")),
    ]  # fmt: skip
    html = render_graph(build_graph([article], actors, stated), tmp_path / "q.html")
    rows = block(html.read_text(encoding="utf-8"), STATEMENTS_OPEN)
    quotes = sorted((row[3], row[4]) for row in rows)
    # UTF-16 units: the emoji counts two, as in JavaScript's String.slice
    assert quotes == [("agreed", "words not in the sentence"), ("said", [19, 38])]
    assert sorted(unspan(row)[4] for row in rows) == [
        "the \U0001f91d deal is fair",
        "words not in the sentence",
    ]


def test_render_page_title_is_escaped(tmp_path):
    html = render_graph(small_graph(), tmp_path / "t.html", title=HOSTILE_SCRIPT)
    text = html.read_text(encoding="utf-8")
    assert HOSTILE_SCRIPT not in text
    assert "&lt;script&gt;" in text


def test_render_page_same_graph_same_bytes(tmp_path):
    first = render_graph(small_graph(), tmp_path / "a.html").read_bytes()
    second = render_graph(small_graph(), tmp_path / "b.html").read_bytes()
    assert first == second


def test_render_page_physics_default_by_size_and_override(tmp_path):
    graph = small_graph()
    auto = payload(render_graph(graph, tmp_path / "a.html").read_text(encoding="utf-8"))
    off = payload(render_graph(graph, tmp_path / "b.html", physics=False).read_text("utf-8"))
    assert auto["options"]["physics"]["enabled"] is True  # 7 nodes
    assert off["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in off["nodes"])  # drawn from precomputed positions


def test_render_page_failure_leaves_the_previous_file(tmp_path, monkeypatch):
    path = render_graph(small_graph(), tmp_path / "graph.html")
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("graph.render.page_html", boom)
    with pytest.raises(RuntimeError):
        render_graph(small_graph(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_render_page_of_an_empty_graph(tmp_path):
    data = payload(render_graph(new_graph(), tmp_path / "e.html").read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["edges"] == []


def _many_actors(n: int):
    from graph.build import build_graph
    from graph.records import Actor, Article, Statement, Topic

    actors = [Actor(key=f"actor {i}", label=f"Actor {i}", type="Person") for i in range(n)]
    text = "Actor 0 said it. Actor 1 said it."
    article = Article(id="many", text=text, source="many.txt")
    statements = [
        Statement("many", actors[i].key, "said", "it", f"Actor {i} said it.", 17 * i, 17 * i + 16,
                  "support", Topic("it", "it"), target_actor=actors[1 - i].key)
        for i in (0, 1)
    ]  # fmt: skip
    return build_graph([article], actors, statements)


def test_render_page_physics_starts_off_past_its_size(tmp_path):
    from graph.render import PHYSICS_MAX_NODES

    data = payload(
        render_graph(_many_actors(PHYSICS_MAX_NODES + 1), tmp_path / "p.html").read_text("utf-8")
    )
    assert data["options"]["physics"]["enabled"] is False
    assert data["meta"]["large"] is False
    assert all("label" in n for n in data["nodes"])


def test_render_page_large_graph_labels_busiest_nodes_and_draws_straight_edges(tmp_path):
    from graph.render.data import LARGE_GRAPH_LABELS, LARGE_GRAPH_NODES

    graph = _many_actors(LARGE_GRAPH_NODES + 1)
    data = payload(render_graph(graph, tmp_path / "big.html").read_text(encoding="utf-8"))
    assert data["meta"]["large"] is True
    assert len(data["nodes"]) == LARGE_GRAPH_NODES + 1
    labelled = [n["label"] for n in data["nodes"] if "label" in n]
    assert len(labelled) == LARGE_GRAPH_LABELS
    assert {"Actor 0", "Actor 1"} <= set(labelled)  # the two speakers
    assert data["edges"] and all("smooth" not in e and "dashes" not in e for e in data["edges"])
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True


def test_render_page_same_from_an_oxigraph_store(tmp_path):
    from rdflib import Graph

    memory = small_graph()
    oxigraph = Graph(store="Oxigraph")
    for triple in memory:
        oxigraph.add(triple)
    first = render_graph(memory, tmp_path / "memory.html").read_bytes()
    assert render_graph(oxigraph, tmp_path / "oxigraph.html").read_bytes() == first
