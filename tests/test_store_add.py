"""The persistent store: same graph as in memory, idempotent adds, resolution against it."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from graph.build import build_graph
from graph.cli import app
from graph.errors import GraphFileError
from graph.io import load_graph
from graph.iris import mint_actor_iri, mint_article_iri
from graph.namespaces import RDF, RDFS, SG
from graph.pipeline import (
    build_corpus,
    group_by_article,
    resolve_against,
    settle_topic_labels,
)
from graph.records import Actor, Article, Extraction, Statement, Topic
from graph.store import (
    canonical_graph,
    commit_article,
    copy_to_memory,
    graph_quads,
    open_store,
    stored_actors,
    stored_article_ids,
    triple_count,
)

runner = CliRunner()


@pytest.fixture(scope="module")
def memory_build(corpus):
    return build_corpus([corpus])


@pytest.fixture(scope="module")
def stored(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "db"
    return path, build_corpus([corpus], store=path)


def test_store_build_is_the_in_memory_graph(memory_build, stored):
    _, result = stored
    assert len(memory_build.statements) > 0
    assert isomorphic(canonical_graph(memory_build.graph), canonical_graph(result.graph))


def test_store_adding_the_same_directory_twice_changes_nothing(corpus, stored):
    path, first = stored
    before = copy_to_memory(open_store(path))
    count = triple_count(open_store(path))
    again = build_corpus([corpus], store=path)
    assert again.articles == ()
    assert again.unchanged  # nothing new on a settled store: nothing recomputed
    assert len(again.skipped) == len(first.articles) > 1
    assert triple_count(open_store(path)) == count
    assert isomorphic(before, copy_to_memory(open_store(path)))


def test_store_added_in_two_steps_holds_every_article_once(corpus, memory_build, tmp_path):
    files = sorted(corpus.glob("*.txt"))
    path = tmp_path / "db"
    first = build_corpus(files[:4], store=path)
    second = build_corpus([corpus], store=path)
    assert len(first.articles) == 4
    assert len(second.articles) == len(files) - 4
    assert len(second.skipped) == 4
    store = open_store(path)
    assert stored_article_ids(store) == {a.id for a in memory_build.articles}
    graph = load_graph(path)
    stored_statements = set(graph.subjects(RDF.type, SG.Statement))
    assert len(stored_statements) == len(memory_build.statements)
    assert len(second.alignment.clusters) == len(set(graph.subjects(RDF.type, SG.Cluster)))


def test_store_opens_through_load_graph_with_plain_literals(stored):
    path, result = stored
    graph = load_graph(path)
    assert len(graph) == len(result.graph)
    article = result.articles[0]
    iri = mint_article_iri(article.id)
    assert (iri, RDF.type, SG.Article) in graph
    rows = list(graph.query("SELECT ?id WHERE { ?a a sg:Article ; dcterms:identifier ?id }"))
    assert Literal(article.id) in {row[0] for row in rows}
    assert graph.value(iri, URIRef("http://purl.org/dc/terms/identifier")) == Literal(article.id)


def test_store_copied_into_memory_answers_every_named_query_alike(stored):
    from graph.query import list_named_queries, load_for_query, run_named

    path, _ = stored
    disk, memory = load_for_query(path), load_for_query(path, memory=True)
    actor = str(run_named(disk, "actors").rows[0][0])  # the most active speaker
    topic = str(run_named(disk, "topics").rows[0][0]).split()[-1]
    values = {"actor": actor, "topic": topic}
    for query in list_named_queries():
        params = {p.name: values[p.name] for p in query.parameters if p.required}
        ours, theirs = run_named(memory, query, params), run_named(disk, query, params)
        assert ours.rows == theirs.rows, query.name
        assert ours.rows or query.name == "cluster-splits", f"{query.name}: empty on both"
    assert not bool(memory.query("ASK { ?s <urn:stancegraph:store:key> ?k }"))


def test_store_not_a_store_directory_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(GraphFileError, match="not a stancegraph store"):
        open_store(tmp_path, create=True)
    with pytest.raises(GraphFileError, match="not a graph file or a store"):
        load_graph(tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_store_actors_read_back_as_records(tmp_path):
    actors = (
        Actor("ukraine", "Ukraine", "Country"),
        Actor(
            "volodymyr zelensky",
            "Volodymyr Zelensky",
            "Person",
            aliases=("Zelensky",),
            role="President",
            affiliation="ukraine",
        ),
        Actor("j.-p. o'neill", "J.-P. O'Neill", "Person"),
    )
    store = open_store(tmp_path / "db", create=True)
    commit_article(store, graph_quads(build_graph([], actors, [])))
    back, lost = stored_actors(store)
    assert lost == ()
    assert back == tuple(sorted(actors, key=lambda a: a.key))


def _statement(article: str, speaker: str, topic: str = "security guarantees") -> Statement:
    return Statement(
        article_id=article,
        speaker=speaker,
        cue="said",
        quote="q",
        evidence="e",
        char_start=0,
        char_end=1,
        stance="support",
        topic=Topic(topic, topic),
    )


def test_store_resolution_sums_stored_forms_with_the_new_ones():
    from graph.resolve import article_forms

    def extraction(n: int, actor: Actor) -> Extraction:
        article = Article(id=f"x{n}", text="t", source="s")
        return Extraction(article, (actor,), (_statement(article.id, actor.key),))

    full = Actor("volodymyr zelensky", "Volodymyr Zelensky", "Person")
    stored = [extraction(1, full), extraction(2, full)]
    known = tuple(f for e in stored for f in article_forms(e).values())
    new = Actor("volodymyr zelensky", "VOLODYMYR ZELENSKY", "Person", aliases=("Zelenskyy",))
    resolution = resolve_against([extraction(3, new)], known)
    (actor,) = [a for a in resolution.actors if a.key == "volodymyr zelensky"]
    assert actor.label == "Volodymyr Zelensky"  # used by two articles, the capitals by one
    assert {"VOLODYMYR ZELENSKY", "Zelenskyy"} <= set(actor.aliases)
    assert [s.speaker for s in resolution.statements] == ["volodymyr zelensky"]


def test_store_groups_carry_each_actor_with_the_first_article_using_it():
    actors = (
        Actor("ukraine", "Ukraine", "Country"),
        Actor("zelensky", "Zelensky", "Person", affiliation="ukraine"),
        Actor("unreferenced", "Somebody", "Person"),
    )
    articles = (Article("a", "t", "s"), Article("b", "u", "s"), Article("c", "v", "s"))
    statements = (_statement("a", "zelensky"), _statement("b", "zelensky"))
    groups, rest = group_by_article(articles, [], actors, statements)
    assert [a.key for a in groups[0].actors] == ["ukraine", "zelensky"]
    assert groups[1].actors == ()  # already written with the first article
    assert groups[2].actors == ()
    assert [a.key for a in rest] == ["unreferenced"]
    graph = build_graph([], groups[0].actors, [])
    assert (mint_actor_iri("ukraine"), RDFS.label, Literal("Ukraine")) in graph


def test_store_topic_labels_settle_on_one_per_topic():
    first = _statement("a", "x", "nato")
    second = Statement(**{**first.__dict__, "topic": Topic("nato", "NATO")})
    settled = settle_topic_labels([first, second])
    assert {s.topic.label for s in settled} == {"NATO"}
    # a stored label takes part like any other: the same label, in whatever order
    kept = settle_topic_labels([first, second], {str(_topic_iri("nato")): "Nato"})
    assert {s.topic.label for s in kept} == {"NATO"}
    stored_first = settle_topic_labels([second], {str(_topic_iri("nato")): "nato"})
    assert {s.topic.label for s in stored_first} == {"NATO"}


def _topic_iri(key: str) -> URIRef:
    from graph.iris import mint_topic_iri

    return mint_topic_iri(key)


def test_store_cli_add_reports_skipped_articles(corpus, tmp_path):
    store = tmp_path / "db"
    files = sorted(corpus.glob("*.txt"))[:3]
    first = runner.invoke(app, ["add", *map(str, files), "--store", str(store)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["add", *map(str, files), "--store", str(store)])
    assert second.exit_code == 0, second.output
    assert "already stored, skipped" in second.output
    row = next(line for line in second.output.splitlines() if "already stored" in line)
    assert "3" in row


def test_store_cli_build_with_store_writes_no_turtle(corpus, tmp_path):
    files = sorted(corpus.glob("*.txt"))[:2]
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["build", *map(str, files), "--store", str(tmp_path / "db"), "-o", str(out), "--no-html"],
    )
    assert result.exit_code == 0, result.output
    assert not (out / "graph.ttl").exists()
    assert "triples in store" in result.output
    assert len(load_graph(tmp_path / "db")) > 0


def test_store_cli_add_into_a_file_is_one_line_error(corpus, tmp_path):
    target = tmp_path / "file.ttl"
    target.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["add", str(corpus), "--store", str(target)])
    assert result.exit_code == 2
    assert "not a store directory" in result.output
    assert "Traceback" not in result.output


def test_store_cli_add_to_a_store_of_an_older_format_is_refused_untouched(corpus, tmp_path):
    import json

    from graph.store import MARKER, open_read_only, triple_count

    store = tmp_path / "db"
    files = sorted(corpus.glob("*.txt"))
    assert runner.invoke(app, ["add", str(files[0]), "--store", str(store)]).exit_code == 0
    (store / MARKER).write_text(json.dumps({"stancegraph_store": 3}) + "\n")
    before = triple_count(open_read_only(store))
    result = runner.invoke(app, ["add", str(files[1]), "--store", str(store)])
    assert result.exit_code == 2, result.output
    assert f"stancegraph migrate {store}" in result.output and "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if "migrate" in line]) == 1
    assert triple_count(open_read_only(store)) == before
    queried = runner.invoke(app, ["query", str(store), "--name", "topics"])
    assert queried.exit_code == 0, queried.output  # still readable


def test_store_readable_while_another_process_holds_it(corpus, tmp_path):
    import subprocess
    import sys

    path = tmp_path / "db"
    _made_store(corpus, path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
            "print(len(list(s.quads_for_pattern(None, None, None, ox.DefaultGraph()))), "
            "flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        count = int(holder.stdout.readline())
        assert count > 0
        # A reader (query, render, clusters) gets a read-only view of the held store.
        assert len(load_graph(path)) == count
        # A second writer is refused with one line, and the store is left as it was.
        add = subprocess.run(
            [sys.executable, "-m", "graph", "add", str(corpus), "--store", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert add.returncode == 2
        assert "in use by another process" in add.stderr
        assert "Traceback" not in add.stderr
    finally:
        holder.kill()
        holder.wait()


def _made_store(corpus, path) -> None:
    import subprocess
    import sys

    article = str(sorted(corpus.glob("*.txt"))[0])
    made = subprocess.run(
        [sys.executable, "-m", "graph", "add", article, "--store", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr


def test_store_add_runs_while_another_process_reads(corpus, tmp_path):
    """A query or a notebook's ``load`` in another process takes no lock: ``add`` goes on."""
    import subprocess
    import sys

    path = tmp_path / "db"
    _made_store(corpus, path)
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; import graph.api as sg; kg = sg.load(sys.argv[1]); "
            "print(len(kg.graph), flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout is not None
        before = int(reader.stdout.readline())
        add = subprocess.run(
            [sys.executable, "-m", "graph", "add", str(corpus), "--store", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert add.returncode == 0, add.stderr
    finally:
        reader.kill()
        reader.wait()
    assert len(load_graph(path)) > before


def test_store_reading_leaves_no_file_behind(stored):
    path, _ = stored
    before = sorted(p.name for p in path.iterdir())
    for _ in range(3):
        assert len(load_graph(path)) > 0
    assert sorted(p.name for p in path.iterdir()) == before


def test_store_readable_on_a_read_only_mount(stored, read_only_view):
    path, _ = stored
    mount = read_only_view(path)
    result = runner.invoke(app, ["query", str(mount), "--name", "actors"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


SURNAME_FIRST = "Port plan stalls\n\nMr. Kowalski said on Monday that the port plan would fail.\n"
FULL_NAME_LATER = (
    "Mayor backs bridge\n\nAnna Kowalski, the mayor of Gdansk, said on Tuesday that the bridge "
    "plan was sound. Kowalski said the port plan would fail.\n"
)


def test_store_add_in_two_halves_is_one_build(tmp_path):
    # the first half knows only "Mr. Kowalski"; the second names her in full, so the
    # stored actor is merged and its statements re-pointed, as one build would have it
    (tmp_path / "a1.txt").write_text(SURNAME_FIRST)
    (tmp_path / "a2.txt").write_text(FULL_NAME_LATER)
    one = build_corpus([tmp_path / "a1.txt", tmp_path / "a2.txt"])
    assert [a.key for a in one.actors if a.type == "Person"] == ["anna kowalski"]
    build_corpus([tmp_path / "a1.txt"], store=tmp_path / "db")
    build_corpus([tmp_path / "a2.txt"], store=tmp_path / "db")
    stored = copy_to_memory(open_store(tmp_path / "db"))
    assert isomorphic(canonical_graph(one.graph), canonical_graph(stored))


def test_store_same_files_from_two_folders_give_isomorphic_graphs(corpus, tmp_path):
    files = sorted(corpus.glob("*.txt"))[:3]
    graphs = []
    for folder in ("one", "two/deeper"):
        (tmp_path / folder).mkdir(parents=True)
        for f in files:
            (tmp_path / folder / f.name).write_text(f.read_text())
        graphs.append(build_corpus([tmp_path / folder]).graph)
    assert isomorphic(graphs[0], graphs[1])
    assert str(tmp_path) not in graphs[0].serialize(format="nt")
