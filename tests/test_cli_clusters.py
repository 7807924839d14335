"""``stancegraph clusters`` through typer's CliRunner: table, JSON, windows, bad input."""

from __future__ import annotations

import json

import pytest
from align_fixtures import debate_graph
from typer.testing import CliRunner

from graph.cli import app
from graph.io import save_graph

runner = CliRunner()


@pytest.fixture(scope="module")
def debate_ttl(tmp_path_factory):
    return save_graph(debate_graph(), tmp_path_factory.mktemp("debate") / "graph.ttl")


def _json(*args: str) -> dict:
    result = runner.invoke(app, ["clusters", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_cli_clusters_table_shows_members_agreements_and_scores(debate_ttl):
    result = runner.invoke(app, ["clusters", str(debate_ttl)])
    assert result.exit_code == 0, result.output
    for text in ("Vera Ost", "Pavel Nord", "support security", "signed modularity"):
        assert text in result.output
    assert "polarization" in result.output
    assert "unclustered (take no side): Ann Pundit, Daily Wire" in result.output
    assert "Dan West" in result.output.split("stance changes")[1]


def test_cli_clusters_json_has_explanations_with_sentences(debate_ttl):
    payload = _json(str(debate_ttl))
    by_member = {m["label"]: c for c in payload["clusters"] for m in c["members"]}
    west = by_member["Vera Ost"]
    assert by_member["Ostland"] is west and by_member["Mark Stern"] is west
    assert by_member["Pavel Nord"] is by_member["Igor Nord"] is by_member["Nordia"]
    agreed = {a["label"]: a for a in west["agreements"]}
    sentences = [s["sentence"] for s in agreed["security guarantees"]["statements"]]
    assert "mark stern supports security guarantees (early 2)." in sentences
    assert any(d["label"] == "security guarantees" for d in west["divisions"])
    assert 0 < payload["polarization"] <= 1
    assert [u["label"] for u in payload["unclustered"]] == ["Ann Pundit", "Daily Wire"]


def test_cli_clusters_window_lists_stance_changes(debate_ttl):
    payload = _json(str(debate_ttl), "--since", "2025-08-20", "--until", "2025-08-31")
    members = {m["label"] for c in payload["clusters"] for m in c["members"]}
    assert "Igor Nord" not in members
    assert payload["undated_statements_left_out"] == 2
    assert [(c["actor"], c["before"], c["after"]) for c in payload["stance_changes"]] == [
        ("Dan West", "support", "oppose")
    ]


@pytest.mark.parametrize("how", ["none", "jaccard", "cosine"])
def test_cli_clusters_normalisations_and_seed_are_deterministic(debate_ttl, how):
    first = _json(str(debate_ttl), "--normalise", how, "--seed", "7")
    assert first == _json(str(debate_ttl), "--normalise", how, "--seed", "7")
    assert first["normalise"] == how


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2025-02-30"], "expected a date as YYYY-MM-DD"),
        (["--since", "2025-09-01", "--until", "2025-08-01"], "window is empty"),
        (["--normalise", "euclid"], "--normalise euclid"),
        (["--format", "xml"], "--format xml"),
    ],
)
def test_cli_clusters_bad_options_one_line(debate_ttl, args, message):
    result = runner.invoke(app, ["clusters", str(debate_ttl), *args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_clusters_missing_and_malformed_graph(tmp_path):
    missing = runner.invoke(app, ["clusters", str(tmp_path / "nope.ttl")])
    assert missing.exit_code != 0 and "no such file" in missing.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    malformed = runner.invoke(app, ["clusters", str(bad)])
    assert malformed.exit_code != 0 and "Traceback" not in malformed.output
    assert len(malformed.output.strip().splitlines()) == 1


def test_cli_clusters_empty_graph_has_no_clusters(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("@prefix sg: <https://w3id.org/stancegraph#> .\n", encoding="utf-8")
    payload = _json(str(empty))
    assert payload["clusters"] == [] and payload["modularity"] is None


def test_cli_clusters_survives_a_malformed_but_parsable_graph(tmp_path):
    """Literal speakers, missing or unknown stances, self-ties and bad dates: no traceback."""
    d = "https://w3id.org/stancegraph/id/"
    hostile = tmp_path / "hostile.ttl"
    hostile.write_text(
        f"""@prefix sg: <https://w3id.org/stancegraph#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<{d}statement/1> sg:speaker "a literal" ; sg:stance sg:Support ; sg:topic "t" ;
    sg:article <{d}article/x> .
<{d}statement/2> sg:speaker <{d}actor/b> ; sg:topic <{d}topic/t> .
<{d}statement/3> sg:speaker <{d}actor/c> ; sg:stance sg:Oppose ; sg:topic <{d}topic/t> ;
    sg:targetActor <{d}actor/c> ; sg:relation sg:agreesWith .
<{d}statement/4> sg:speaker <{d}actor/e> ; sg:stance <http://example.org/x> ;
    sg:topic <{d}topic/t> .
<{d}article/x> dcterms:issued "not a date" .
<{d}actor/c> sg:affiliation <{d}actor/c> .
""",
        encoding="utf-8",
    )
    for args in ([], ["--since", "2020-01-01"], ["--format", "json"]):
        result = runner.invoke(app, ["clusters", str(hostile), *args])
        assert result.exit_code == 0, result.output
    payload = _json(str(hostile))
    assert sorted(m["label"] for c in payload["clusters"] for m in c["members"]) == [
        "a literal",
        "c",
    ]
