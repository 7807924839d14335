"""The endpoint's query page in real headless Chromium: run queries, see tables and errors.

Every request that does not go to the test server is aborted, so the page must work with
no CDN. Skipped with a reason when Debian's chromium or Playwright is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.io import save_graph
from graph.serve import ServeConfig, running_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Debian's chromium is not at {CHROMIUM}"),
]


@pytest.fixture(scope="module")
def server(toy_graph, tmp_path_factory):
    path = save_graph(toy_graph, tmp_path_factory.mktemp("page") / "graph.ttl")
    with running_server(ServeConfig(path, port=0, timeout=10)) as running:
        yield running


@pytest.fixture(scope="module")
def page(server) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        page.blocked = []
        page.dialogs = []

        def route(r: Any) -> None:
            if r.request.url.startswith(server.url):
                r.continue_()
            else:
                page.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.goto(server.url)
        yield page
        browser.close()


def run(page: Any, query: str | None = None, fmt: str = "table") -> None:
    if query is not None:
        page.fill("#query", query)
    page.select_option("#format", fmt)
    page.click("button[type=submit]")
    page.wait_for_function("document.getElementById('status').textContent.includes('ms')")


def test_the_default_example_runs_into_a_table(page):
    assert page.input_value("#example") == "actors"
    run(page)
    headers = page.locator("#out th").all_text_contents()
    assert headers == ["name", "type", "role", "affiliation", "statements"]
    first = page.locator("#out tr").nth(1).locator("td").all_text_contents()
    assert first == ["Sergei Lavrov", "Person", "Foreign Minister", "Russia", "2"]
    assert page.blocked == []


def test_a_parameterised_example_comes_with_a_sample_value(page):
    page.select_option("#example", "actors-on-topic")
    # Written in as a constant, as the named-query runner does.
    assert 'LCASE(STR("troops"))' in page.input_value("#query")
    run(page)
    actors = page.locator("#out tr td:nth-child(3)").all_text_contents()
    assert actors == ["Volodymyr Zelensky", "NATO", "Sergei Lavrov"]


def test_other_formats_show_as_text(page):
    run(page, "SELECT ?n WHERE { ?a a sg:Country ; rdfs:label ?n } ORDER BY ?n", "csv")
    assert page.text_content("#out pre").splitlines() == ["n", "Russia", "Ukraine"]


def test_errors_show_the_status_and_the_parser_message(page):
    run(page, "SELECT * WHERE { ?s ?p }")
    assert page.text_content("#status").startswith("400")
    assert "malformed SPARQL" in page.text_content("#error")
    run(page, "DELETE WHERE { ?s ?p ?o }")
    assert page.text_content("#status").startswith("403")


def test_result_text_is_shown_as_text_never_as_markup(page):
    run(page, 'SELECT ?x WHERE { BIND("<img src=x onerror=alert(1)>" AS ?x) }')
    assert page.text_content("#out td") == "<img src=x onerror=alert(1)>"
    assert page.locator("#out img").count() == 0
    assert page.dialogs == []
