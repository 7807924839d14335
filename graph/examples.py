"""The example article, shipped with the package: a first try or a notebook needs no checkout.

The repository's ``examples/`` folder is its source; the build installs the article as
package data (``graph.example_data``, see ``setup.py``).
"""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

__all__ = ["EXAMPLE_NAME", "example_article"]

#: The example: a news report on security guarantees for Ukraine.
EXAMPLE_NAME = "security_guarantees.txt"


def example_article() -> Path:
    """The path of the example article, wherever stancegraph is installed or run from.

    Examples:
        >>> import graph as sg
        >>> sg.example_article().name
        'security_guarantees.txt'
    """
    try:
        resource = resources.files("graph.example_data") / EXAMPLE_NAME
    except ModuleNotFoundError:
        # A source checkout on sys.path: the folder the build would have packaged.
        return Path(__file__).resolve().parent.parent / "examples" / EXAMPLE_NAME
    if isinstance(resource, Path):
        return resource
    # Installed inside an archive (a zipapp): copied out once, as readers want a file.
    copy = Path(tempfile.gettempdir()) / f"stancegraph-{EXAMPLE_NAME}"
    copy.write_bytes(resource.read_bytes())
    return copy
