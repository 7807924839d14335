"""The SPARQL endpoint over real HTTP on a free loopback port, queried with SPARQLWrapper."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph.io import save_graph
from graph.serve import ServeConfig, negotiate, running_server

PERSONS = "SELECT ?name WHERE { ?a a sg:Person ; rdfs:label ?name } ORDER BY ?name"
NAMES = ["Mark Rutte", "Sergei Lavrov", "Volodymyr Zelensky"]
DERIVED = "https://w3id.org/stancegraph/graph/derived"


@pytest.fixture(scope="module")
def server(toy_graph, tmp_path_factory):
    path = save_graph(toy_graph, tmp_path_factory.mktemp("serve") / "graph.ttl")
    with running_server(ServeConfig(path, port=0, timeout=10, max_results=100)) as running:
        yield running


def client(server, fmt, query):
    sparql = SPARQLWrapper(server.endpoint)
    sparql.setReturnFormat(fmt)
    sparql.setQuery(query)
    return sparql


def http(url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_select_as_sparql_json(server):
    result = client(server, JSON, PERSONS).query()
    assert result.response.headers["content-type"].startswith("application/sparql-results+json")
    bindings = result.convert()["results"]["bindings"]
    assert [b["name"]["value"] for b in bindings] == NAMES


def test_select_as_sparql_xml(server):
    result = client(server, XML, PERSONS).query()
    assert result.response.headers["content-type"].startswith("application/sparql-results+xml")
    document = result.convert()
    assert [n.firstChild.data for n in document.getElementsByTagName("literal")] == NAMES


def test_select_as_csv(server):
    result = client(server, CSV, PERSONS).query()
    assert result.response.headers["content-type"].startswith("text/csv")
    assert result.convert().decode().splitlines() == ["name", *NAMES]


def test_select_as_tsv(server):
    result = client(server, TSV, PERSONS).query()
    assert result.response.headers["content-type"].startswith("text/tab-separated-values")
    assert result.convert().decode().splitlines() == ["?name", *(f'"{n}"' for n in NAMES)]


def test_ask_as_json(server):
    assert client(server, JSON, "ASK { ?s sg:stance sg:Oppose }").query().convert()["boolean"]


@pytest.mark.parametrize(("fmt", "media", "rdflib_format"), [
    (TURTLE, "text/turtle", "turtle"),
    (JSONLD, "application/ld+json", "json-ld"),
])  # fmt: skip
def test_construct_as_turtle_and_json_ld(server, fmt, media, rdflib_format):
    query = "CONSTRUCT { ?a rdfs:label ?n } WHERE { ?a a sg:Person ; rdfs:label ?n }"
    result = client(server, fmt, query).query()
    assert result.response.headers["content-type"].startswith(media)
    graph = Graph().parse(data=result.response.read(), format=rdflib_format)
    assert sorted(str(o) for o in graph.objects()) == NAMES


def test_describe_is_a_graph_answer(server):
    status, headers, body = http(
        server.endpoint
        + "?"
        + urllib.parse.urlencode(
            {"query": "DESCRIBE <https://w3id.org/stancegraph/id/actor/nato>"}
        ),
        headers={"Accept": "text/turtle"},
    )
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert "NATO" in body.decode()


def test_post_bodies_and_form_posts_work(server):
    status, _, body = http(
        server.endpoint,
        data=PERSONS.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert status == 200 and body.decode().splitlines()[1] == NAMES[0]
    sparql = client(server, JSON, PERSONS)
    sparql.setMethod(POST)
    assert len(sparql.query().convert()["results"]["bindings"]) == 3


def test_update_gets_403_and_changes_nothing(server):
    sparql = SPARQLWrapper(server.endpoint)
    sparql.setMethod(POST)
    sparql.setQuery("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(urllib.error.HTTPError) as err:
        sparql.query()
    assert err.value.code == 403
    status, _, _ = http(server.endpoint + "?" + urllib.parse.urlencode({"query": "CLEAR DEFAULT"}))
    assert status == 403
    assert client(server, JSON, "ASK { ?s ?p ?o }").query().convert()["boolean"]


def test_service_gets_403(server):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    status, _, body = http(server.endpoint + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 403 and b"SERVICE" in body


def test_malformed_query_gets_400_with_the_parser_message(server):
    with pytest.raises(QueryBadFormed) as err:
        client(server, JSON, "SELECT * WHERE { ?s ?p }").query()
    assert "malformed SPARQL: error at 1:" in str(err.value)


def test_result_cap_truncates_and_says_so(toy_graph, tmp_path):
    path = save_graph(toy_graph, tmp_path / "graph.ttl")
    with running_server(ServeConfig(path, port=0, max_results=2)) as capped:
        result = client(capped, JSON, PERSONS).query()
        answer = result.convert()
        assert len(answer["results"]["bindings"]) == 2
        assert result.response.headers["X-Stancegraph-Truncated"] == "max-results=2"
        # clients show the body, not the headers: the JSON answer says it too
        assert answer["stancegraph"] == {"truncated": True, "maxResults": 2}


def test_query_past_the_time_limit_gets_an_error_and_the_server_keeps_serving(tmp_path):
    lines = [f"<http://e/s{i}> <http://e/p> <http://e/o{i % 7}> ." for i in range(3000)]
    path = tmp_path / "big.nt"
    path.write_text("\n".join(lines) + "\n")
    cross_join = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"  # 2.7e10 rows
    with running_server(ServeConfig(path, port=0, timeout=1.0)) as slow:
        with pytest.raises(urllib.error.HTTPError) as err:
            client(slow, JSON, cross_join).query()
        assert err.value.code == 503
        assert b"time limit of 1 s" in err.value.read()
        count = client(slow, JSON, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").query().convert()
        assert count["results"]["bindings"][0]["n"]["value"] == "3000"


def test_query_page_is_html_without_external_resources(server):
    status, headers, body = http(server.url)
    page = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "<textarea" in page and "actors-on-topic" in page
    assert not re.search(r"(src|href)\s*=|<link|@import|url\(", page, re.IGNORECASE)
    assert "<script>" in page  # the page's script is inline


def test_unacceptable_format_gets_406(server):
    status, _, body = http(
        server.endpoint + "?" + urllib.parse.urlencode({"query": PERSONS}),
        headers={"Accept": "image/png"},
    )
    assert status == 406 and b"application/sparql-results+json" in body


def test_negotiation_prefers_the_clients_order_and_q_values():
    assert negotiate(None, None) == ("json", "turtle")
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", None)[0] == "xml"
    assert negotiate("text/html,application/xml;q=0.9,*/*;q=0.8", None) == ("xml", "rdfxml")
    assert negotiate("application/ld+json", None) == (None, "json-ld")
    assert negotiate("text/csv", "json") == ("json", "json-ld")


def test_serve_cli_reports_a_bad_graph_on_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    done = subprocess.run(
        [sys.executable, "-m", "graph", "serve", str(bad), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "bad.ttl" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def _toy_store(toy_graph, tmp_path):
    """The toy graph committed to a store, with one actor key in its bookkeeping graph."""
    from graph.records import Actor
    from graph.store import close_store, commit_article, graph_quads, key_quads, open_store

    directory = tmp_path / "store"
    store = open_store(directory, create=True)
    commit_article(store, graph_quads(toy_graph) + key_quads([Actor("ames|2", "Ames", "Person")]))
    assert bool(store.query("ASK { GRAPH ?g { ?s <urn:stancegraph:store:key> ?k } }"))
    store.flush()
    del store
    close_store(directory)
    return directory


def test_serves_a_store_directory(toy_graph, tmp_path):
    # The store's bookkeeping graph (actor keys) is not part of the served graph.
    keys = "ASK { ?s <urn:stancegraph:store:key> ?k }"
    with running_server(ServeConfig(_toy_store(toy_graph, tmp_path), port=0)) as served:
        result = client(served, JSON, PERSONS).query().convert()
        assert client(served, JSON, keys).query().convert()["boolean"] is False
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == NAMES


def test_a_served_store_names_only_its_derived_graph(toy_graph, tmp_path):
    from graph.store import close_store, open_store

    directory = _toy_store(toy_graph, tmp_path)
    store = open_store(directory)
    store.update(f"INSERT DATA {{ GRAPH <{DERIVED}> {{ <urn:x:c> <urn:x:size> 2 }} }}")
    store.flush()
    del store
    close_store(directory)
    hidden = "ASK { GRAPH ?g { ?s <urn:stancegraph:store:key> ?k } }"
    with running_server(ServeConfig(directory, port=0)) as served:
        graphs = client(served, JSON, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        named = [b["g"]["value"] for b in graphs.query().convert()["results"]["bindings"]]
        assert client(served, JSON, hidden).query().convert()["boolean"] is False
    assert named == [DERIVED]


def test_serves_a_store_copied_into_memory(toy_graph, tmp_path):
    directory = _toy_store(toy_graph, tmp_path)
    with running_server(ServeConfig(directory, port=0, memory=True)) as served:
        result = client(served, JSON, PERSONS).query().convert()
        assert served.pool.triples == len(toy_graph)
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == NAMES


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_command_answers_and_stops_cleanly(toy_graph, tmp_path):
    path = save_graph(toy_graph, tmp_path / "graph.ttl")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "graph", "serve", str(path), "--port", str(port), "--timeout", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/sparql" in line, line + process.stderr.read()
        sparql = SPARQLWrapper(f"http://127.0.0.1:{port}/sparql")
        sparql.setReturnFormat(CSV)
        sparql.setQuery(PERSONS)
        assert sparql.query().convert().decode().splitlines() == ["name", *NAMES]
    finally:
        process.terminate()
        process.wait(30)
    assert "Traceback" not in process.stderr.read()


def test_an_oversized_body_gets_413(server):
    # The client waits for the server's word before sending the body (Expect:
    # 100-continue), so the refusal is read without racing a megabyte of upload.
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(server.endpoint)
    head = (
        f"POST {url.path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
        "Content-Type: application/sparql-query\r\n"
        "Content-Length: 1000031\r\nExpect: 100-continue\r\n\r\n"
    )
    with socket.create_connection((url.hostname, url.port), timeout=30) as sock:
        sock.sendall(head.encode("ascii"))
        status_line = sock.makefile("rb").readline()
    assert status_line.split()[1] == b"413", status_line
    assert client(server, JSON, PERSONS).query().convert()["results"]["bindings"]


def test_cheap_query_answers_while_two_slow_ones_run(tmp_path):
    """With the default workers, two queries that run to the time limit leave a third
    worker free: the cheap query's answer comes back before either slow one ends."""
    import threading

    lines = [f"<http://e/s{i}> <http://e/p> <http://e/o{i % 7}> ." for i in range(3000)]
    path = tmp_path / "big.nt"
    path.write_text("\n".join(lines) + "\n")
    cross_join = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    finished: list[str] = []
    with running_server(ServeConfig(path, port=0, timeout=20.0)) as served:

        def slow() -> None:
            # stopped at the end of the test: whatever error the client raises then
            with contextlib.suppress(Exception):
                client(served, JSON, cross_join).query()
            finished.append("slow")

        threads = [threading.Thread(target=slow) for _ in range(2)]
        for thread in threads:
            thread.start()
        while served.pool._idle.qsize() > 1:  # both slow queries have a worker
            threading.Event().wait(0.05)
        answer = client(served, JSON, "ASK { ?s ?p ?o }").query().convert()
        finished.append("cheap")
        assert answer["boolean"] is True
        assert finished == ["cheap"]
        served.pool.close()  # stop the slow queries rather than wait for the limit
        for thread in threads:
            thread.join(30)


def test_serving_a_store_sees_what_add_commits(corpus, tmp_path):
    """A store is served live: an article added while the server runs is in its answers
    and in the page's triple count."""
    articles = sorted(corpus.glob("*.txt"))
    store = tmp_path / "db"

    def add(path) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "graph", "add", str(path), "--store", str(store)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr

    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sg:Article }"
    add(articles[0])
    with running_server(ServeConfig(store, port=0)) as served:
        before = client(served, JSON, count).query().convert()
        assert before["results"]["bindings"][0]["n"]["value"] == "1"
        add(articles[1])
        after = client(served, JSON, count).query().convert()
        assert after["results"]["bindings"][0]["n"]["value"] == "2"
        status, _, page = http(served.url)
        total = client(served, JSON, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").query()
        n = int(total.convert()["results"]["bindings"][0]["n"]["value"])
        assert status == 200 and f"{n:,} triples" in page.decode()
        assert "stancegraph add" in page.decode()
