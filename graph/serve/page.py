"""The browser page of the endpoint: a query box, the named queries as examples, a table.

The page is ``page.html``, package data beside this module; ``{{name}}`` marks where a
value goes in.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .protocol import TRUNCATED_HEADER


def query_page(triples: int, *, live: bool = True) -> str:
    """The browser page: a query box, the named queries as examples, results as a table."""
    import html
    import json

    from ..query import bind_parameters, inline_parameters, list_named_queries

    examples: dict[str, str] = {}
    for named in list_named_queries():
        sample = {}
        for param in named.parameters:
            if param.required:
                quoted = param.description.split('"')
                sample[param.name] = quoted[1] if len(quoted) > 2 else ""
        # Written in as the named-query runner does: constants, names lower-cased.
        bindings = bind_parameters(named, sample)
        params = [p.name for p in named.parameters]
        examples[named.name] = inline_parameters(named.sparql, bindings, params)
    first = examples.get(
        "actors", next(iter(examples.values()), "SELECT * WHERE { ?s ?p ?o } LIMIT 20")
    )
    options = "".join(
        f'<option value="{html.escape(name)}">{html.escape(name)}</option>' for name in examples
    )
    data = json.dumps(examples).replace("</", "<\\/")
    freshness = (
        "answers include what <code>stancegraph add</code> commits while it runs"
        if live
        else "a snapshot taken when the server started: restart it to see later changes"
    )
    return _fill(
        _template(),
        {
            "triples": f"{triples:,}",
            "freshness": freshness,
            "options": options,
            "examples": data,
            "first": html.escape(first),
            "truncated_header": TRUNCATED_HEADER,
        },
    )


@cache
def _template() -> str:
    return resources.files(__package__).joinpath("page.html").read_text(encoding="utf-8")


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each ``{{name}}`` replaced by ``values[name]``, in one pass."""
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)
