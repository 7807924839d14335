"""Hypothesis strategies for hostile input, shared by the property tests.

Every string field is drawn from the nastiest Unicode hypothesis can make (control
characters, lone surrogates, right-to-left marks, emoji, quotes of every kind, angle
brackets, IRI-like and very long strings): the kinds of text scrapers and copy-paste hand
to extraction, which copies names and sentences straight into records.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import rfc3987
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.export import serialize
from graph.records import ACTOR_TYPES, STANCES, Actor, Article, Statement, Topic
from graph.validate import validate_graph

# Seeded and bounded: every run (and CI) tests the same 25 examples per property, and no
# example database carries cases over from earlier runs.
SETTINGS = settings(
    max_examples=25,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Strings that have broken RDF tools before: each is a reason, not a special case.
HOSTILE = [
    "",
    " ",
    '"',
    '"""',
    "'''",
    "\\",
    "\\u0000",
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<https://w3id.org/stancegraph/id/actor/x>",
    "https://w3id.org/stancegraph#Actor",
    "_:b0",
    "sg:Actor",
    "a > b & c < d",
    "{}|^`",
    "%zz%",
    "#a#b#",
    "\x00\x01\x1b[31m\x7f",
    "\ud800\udfff",
    "\ufffe\uffff",
    "\u202eevil\u202c \u200f",
    "مرحبا بالعالم",
    "שלום",
    "👩🏽‍⚖️🇺🇦",
    "\r\n\t",
    "a\u2028b\u2029c",
    "Ｆｕｌｌｗｉｄｔｈ",
    "x" * 5000,
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),
    st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(max_size=10)),
)


@st.composite
def records(draw: st.DrawFn) -> tuple[Article, list[Actor], list[Statement]]:
    """One article, a few actors (affiliations among them) and statements by them."""
    article = Article(
        id=draw(st.sampled_from(["abc123", "0" * 20, "x"])),
        text=draw(hostile_text),
        source=draw(hostile_text),
        title=draw(st.none() | hostile_text),
        published=draw(
            st.none() | st.sampled_from(["2024-05-01", "2024-02-30", "1999-13-01", "soon"])
        ),
        outlet=draw(st.none() | hostile_text),
        url=draw(
            st.none()
            | hostile_text
            | st.sampled_from(["https://example.org/a?b=c#d", "http://x/a b", ":x", "mailto:"])
        ),
    )
    keys = draw(st.lists(hostile_text, min_size=1, max_size=4, unique=True))
    actors = [
        Actor(
            key=key,
            label=draw(hostile_text),
            type=draw(st.sampled_from(ACTOR_TYPES)),
            aliases=tuple(draw(st.lists(hostile_text, max_size=3))),
            role=draw(st.none() | hostile_text),
            affiliation=draw(st.none() | st.sampled_from(keys)),
        )
        for key in keys
    ]
    statements = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, 10_000))
        statements.append(
            Statement(
                article_id=article.id,
                speaker=draw(st.sampled_from(keys)),
                cue=draw(hostile_text),
                quote=draw(hostile_text),
                evidence=draw(hostile_text),
                char_start=start,
                char_end=start + draw(st.integers(1, 1000)),
                stance=draw(st.sampled_from(STANCES)),
                topic=Topic(key=draw(hostile_text), label=draw(hostile_text)),
                reported_by=draw(st.none() | st.sampled_from(keys)),
                target_actor=draw(st.none() | st.sampled_from(keys)),
            )
        )
    return article, actors, statements


def _iris(graph: Graph) -> set[str]:
    found: set[str] = set()
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                found.add(str(term))
            elif isinstance(term, Literal) and term.datatype is not None:
                found.add(str(term.datatype))
    return found


def assert_round_trips(graph: Graph) -> None:
    """Turtle, N-Triples, plain JSON-LD and the exported (context-compacted) JSON-LD."""
    for fmt in ("turtle", "nt", "json-ld"):
        data = graph.serialize(format=fmt)
        back = Graph().parse(data=data, format=fmt)
        assert isomorphic(graph, back), f"{fmt} does not parse back to the same graph"
    for fmt, rdflib_name in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        exported = serialize(graph, fmt, derived=True).decode("utf-8")
        back = Graph().parse(data=exported, format=rdflib_name)
        assert isomorphic(graph, back), f"export --format {fmt} does not parse back the same"


def assert_sound(graph: Graph) -> None:
    bad = sorted(iri for iri in _iris(graph) if rfc3987.match(iri, rule="IRI") is None)
    assert not bad, f"invalid IRIs: {bad[:3]}"
    report = validate_graph(graph)
    assert report.conforms, report.text[:2000]
    assert_round_trips(graph)


#: What ``write_hostile_corpus`` expects ``build`` to say about each file: "skipped" or
#: "repaired" (exactly one line naming it), or None (built, a line only if a guard cut it).
HOSTILE_FILES = {
    "empty.txt": "skipped",
    "random_bytes.txt": "skipped",
    "latin1.txt": "repaired",
    "one_mb_line.txt": "skipped",
    "only_quotes.txt": None,
    "rtl_emoji.txt": None,
    "iri_names.txt": None,
    "script.html": None,
    "half_broken.jsonl": "skipped",
}


def write_hostile_corpus(directory: Path) -> Path:
    """A folder of the files a scraped corpus holds when something went wrong upstream
    (names and sentences made up)."""
    rng = random.Random(18)
    directory.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "random_bytes.txt": bytes(rng.randrange(256) for _ in range(4096)),
        "latin1.txt": "Café owner Renée Dubois said the façade tax was unfair.\n".encode("latin-1"),
        "one_mb_line.txt": ("budget talks stall again " * 44_000).encode(),
        "only_quotes.txt": ('"' * 5_000 + "\u201c\u201d" * 2_000 + "'" * 1_000).encode(),
        "rtl_emoji.txt": (
            "\u202eمرحبا بالعالم\u202c שלום 👋🏽🇺🇦\n"
            "Dana Levi said on Monday that the harbour plan 🚢 would fail.\n"
        ).encode(),
        "iri_names.txt": (
            b"Mr. <http://evil.example/x> said the levy was fair.\n"
            b"urn:uuid:1234 Smith-Jones#frag said the levy > tax was a mistake.\n"
        ),
        "script.html": (
            b"<html><head><title><script>alert(1)</script></title></head><body><p>"
            b"Senator Bo Vance said on Friday that the <script>alert('x')</script> plan "
            b"was <b onclick='evil()'>wrong</b>.</p></body></html>"
        ),
        "half_broken.jsonl": (
            json.dumps({"text": "Mayor Lena Ortiz said the tram plan would help."})
            + "\n"
            + '{"text": "Mayor Lena Ortiz said the bus pl'
            + "\n"
        ).encode(),
    }
    for name, data in files.items():
        (directory / name).write_bytes(data)
    return directory
