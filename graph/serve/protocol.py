"""The SPARQL 1.1 Protocol side of the endpoint: requests, answers, result formats.

Which query a GET or POST request carries (:func:`parse_request`), which result format
the client accepts (:func:`negotiate`), and the :class:`Answer` an endpoint sends back.
Pure functions of the request: no graph, no process, no web framework.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: Media types per result format, in order of preference when a client accepts anything.
TABLE_TYPES: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_TYPES: dict[str, tuple[str, ...]] = {
    "turtle": ("text/turtle", "application/x-turtle", "application/turtle"),
    "json-ld": ("application/ld+json", "application/x-json+ld", "application/json"),
    "nt": ("application/n-triples", "text/plain"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
}
#: ``format=`` values (what SPARQLWrapper, Virtuoso and Fuseki clients send) -> formats.
FORMAT_PARAM: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "json-ld"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "n3": (None, "turtle"),
    "json-ld": (None, "json-ld"),
    "jsonld": (None, "json-ld"),
    "nt": (None, "nt"),
    "n-triples": (None, "nt"),
    "ntriples": (None, "nt"),
    "rdf+xml": (None, "rdfxml"),
    "rdfxml": (None, "rdfxml"),
    "rdf": (None, "rdfxml"),
}
TRUNCATED_HEADER = "X-Stancegraph-Truncated"
#: Longest request body accepted; a query this long is a mistake or an attack.
MAX_BODY_BYTES = 1_000_000


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type, body and extra headers."""

    status: int
    media_type: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain", (message.rstrip("\n") + "\n").encode("utf-8"))


def _accepted(accept: str) -> list[tuple[str, float, int]]:
    """``Accept`` header -> (media range, q, position), ignoring malformed parts."""
    ranges: list[tuple[str, float, int]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q, position))
    return ranges


def _best(ranges: list[tuple[str, float, int]], types: dict[str, tuple[str, ...]]) -> str | None:
    """The format whose media type the client rates highest (ties: earlier in Accept)."""
    best: tuple[float, int, float, str] | None = None
    for order, (fmt, media_types) in enumerate(types.items()):
        for media in media_types:
            kind = media.split("/")[0]
            for rng, q, position in ranges:
                if q <= 0:
                    continue
                specificity = 2 if rng == media else 1 if rng == f"{kind}/*" else 0
                if rng not in (media, f"{kind}/*", "*/*"):
                    continue
                key = (q, specificity, -position - order / 100, fmt)
                if best is None or key[:3] > best[:3]:
                    best = key
    return best[3] if best else None


def negotiate(accept: str | None, fmt: str | None) -> tuple[str | None, str | None]:
    """The result formats for a table (SELECT/ASK) and a graph (CONSTRUCT/DESCRIBE) answer.

    A ``format`` parameter wins over ``Accept``; no preference gives SPARQL JSON and
    Turtle. ``None`` means the client accepts nothing we can write (406).
    """
    if fmt:
        key = fmt.strip().lower()
        if key in FORMAT_PARAM:
            return FORMAT_PARAM[key]
        accept = key  # a media type given as format=
    if not accept or not accept.strip():
        return "json", "turtle"
    ranges = _accepted(accept)
    return _best(ranges, TABLE_TYPES), _best(ranges, GRAPH_TYPES)


@dataclass(frozen=True)
class ParsedRequest:
    """What a SPARQL Protocol request asks for, or the error to answer with."""

    query: str | None = None
    error: Answer | None = None


def parse_request(
    method: str, content_type: str, params: Mapping[str, list[str]], body: bytes
) -> ParsedRequest:
    """Find the query in a GET or POST request, per the SPARQL 1.1 Protocol.

    GET ``?query=``; POST form-encoded ``query=``; POST ``application/sparql-query``
    body. Any update operation is refused with 403.
    """
    from urllib.parse import parse_qs

    media = content_type.split(";")[0].strip().lower()
    fields = {k: list(v) for k, v in params.items()}
    if len(body) > MAX_BODY_BYTES:
        return ParsedRequest(error=Answer.error(413, f"request body over {MAX_BODY_BYTES:,} bytes"))
    if method == "POST":
        if media == "application/sparql-update":
            return ParsedRequest(error=Answer.error(403, "SPARQL Update is not allowed: read-only"))
        if media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                return ParsedRequest(error=Answer.error(400, "the form body is not UTF-8"))
            for key, values in form.items():
                fields.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            try:
                fields.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                return ParsedRequest(error=Answer.error(400, "the query is not UTF-8"))
        else:
            return ParsedRequest(
                error=Answer.error(
                    415,
                    "POST a query as application/sparql-query or "
                    "application/x-www-form-urlencoded (query=...)",
                )
            )
    if "update" in fields:
        return ParsedRequest(error=Answer.error(403, "SPARQL Update is not allowed: read-only"))
    queries = fields.get("query", [])
    if len(queries) != 1:
        what = "no query" if not queries else "more than one query"
        return ParsedRequest(error=Answer.error(400, f"{what}: send exactly one query= parameter"))
    if not queries[0].strip():
        return ParsedRequest(error=Answer.error(400, "the query is empty"))
    return ParsedRequest(query=queries[0])
