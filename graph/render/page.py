"""The HTML page: one file, every script and style inline, the data in JSON blocks."""

from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from .data import PageData

__all__ = ["PHYSICS_MAX_NODES", "page_html", "vis_options"]

#: Above this many nodes physics starts off: stabilisation would keep the page blank for long.
PHYSICS_MAX_NODES = 150


def vis_options(*, large: bool, physics: bool) -> dict[str, Any]:
    """vis-network options: precomputed positions, and less drawing work on large graphs."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"}},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5},
        "interaction": {
            "hover": not large,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -90,
                "springLength": 140,
                "avoidOverlap": 0.6,
            },
            "stabilization": {"enabled": True, "iterations": 100, "fit": True},
        },
    }


def _asset(name: str) -> str:
    return (resources.files("graph") / "data" / name).read_text(encoding="utf-8")


def page_html(data: PageData, *, physics: bool, title: str = "stancegraph") -> str:
    """The whole page: one file, every script and style inline, data in two JSON blocks.

    The statements table has a block of its own, after the page's script: it is most of the
    bytes of a large page, so the first frame is drawn while the browser is still reading it,
    and the page parses it only when a click, a filter or a tooltip first needs it.
    """
    from jinja2 import Environment
    from jinja2.utils import htmlsafe_json_dumps
    from markupsafe import Markup
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = data.nodes  # appending directly: from_nx is quadratic
    net.edges = data.edges
    net.options = vis_options(large=bool(data.meta.get("large")), physics=physics)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    lib = Path(net.template_dir) / "lib"
    inline = {
        "vis_js": (lib / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (lib / "vis-9.1.2" / "vis-network.css").read_text(encoding="utf-8"),
        "page_js": _asset("render_page.js"),
        "page_css": _asset("render_page.css"),
    }
    for name, text in inline.items():
        # An inlined asset holding a closing tag would end its element early.
        if "</script" in text.lower() or "</style" in text.lower():
            raise ValueError(f"{name} cannot be inlined: it contains a closing tag")
    meta = {k: v for k, v in data.meta.items() if k != "statements"}
    meta["title"] = title
    payload = {"nodes": nodes, "edges": edges, "options": json.loads(options), "meta": meta}
    env = Environment(autoescape=True, keep_trailing_newline=True)
    template = env.from_string(_asset("render_page.html"))
    return template.render(
        title=title,
        payload=htmlsafe_json_dumps(payload, dumps=_compact_dumps),
        statements=htmlsafe_json_dumps(
            [_quote_as_span(row) for row in data.meta["statements"]], dumps=_compact_dumps
        ),
        # base64 and quotes only: safe in the attribute unescaped, and readable there
        script_hashes=Markup(" ".join(_csp_hash(inline[n]) for n in ("vis_js", "page_js"))),
        **{name: Markup(text) for name, text in inline.items()},
    )


def _quote_as_span(row: list[Any]) -> list[Any]:
    """The row with its quote (index 4) as [start, end] in its sentence (index 5), if found
    there: a third less to write and to parse. Offsets count UTF-16 units, as JavaScript does.
    """
    quote, sentence = row[4], row[5]
    start = sentence.find(quote) if quote and sentence else -1
    if start < 0:
        return row
    begin = _utf16_len(sentence[:start])
    return [*row[:4], [begin, begin + _utf16_len(quote)], *row[5:]]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _csp_hash(script: str) -> str:
    """A CSP source allowing exactly this inline script: injected markup could run nothing."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _compact_dumps(obj: Any, **kwargs: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), **kwargs)
