"""``stancegraph`` commands of this module (registered on import by ``graph.cli``)."""

from __future__ import annotations

from ._app import app, command  # noqa: F401
