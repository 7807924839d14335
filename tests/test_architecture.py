"""The package's shape: no import cycle, imports only point down the layers, short modules.

Every import statement in ``graph/`` counts, wherever it is: at the top of a module,
inside a function (a deferred import is still a dependency) or under ``TYPE_CHECKING``
(a type a module names is one too). Importing ``graph.a.b`` from outside package
``graph.a`` also runs ``graph/a/__init__.py``, so it depends on ``graph.a`` too; the root
package ``graph`` is left out of that rule, since its ``__init__`` imports nothing eagerly.

Layers, lowest first. A module may import any module of a lower layer, and any module of
its own component (``graph.extract.stance`` may import ``graph.extract.lexicon``); two
components of one layer are independent and import neither each other nor anything
higher. The pipeline stages run ingest -> extract -> resolve -> build -> align, and what
reads a built graph sits above them.

====  ==========================================  =============================================
rank  components                                  role
====  ==========================================  =============================================
0     errors, records, namespaces, ontology,      vocabulary: exceptions, the records passed
      examples                                    between stages, RDF namespaces, packaged
                                                  ontology files and example article
1     iris, nlp, names                            IRIs minted from records; the spaCy pipeline;
                                                  actor keys and name forms
2     ingest, codebook                            reading articles and a user's topic codebook
3     extract                                     records from text
4     resolve                                     one actor per real-world actor
5     store                                       a graph persisted on disk: it commits the
                                                  triples it is given and never makes them, so
                                                  it sits below build
6     io                                          loading and saving a graph, file or store
7     build, align                                records -> triples; clusters, alignment and
                                                  positions from a graph. Independent stages:
                                                  the pipeline runs one after the other, and
                                                  what passes between them is records
8     render, query, export, validate             what reads a built graph: the HTML view,
                                                  named queries, exports, SHACL validation
9     serve, topic_report                         built on the named queries
10    shards, assemble                            extraction of a shard of articles in one
                                                  process; records -> per-article groups,
                                                  settled topic labels, clusters of a graph
11    distributed                                 running extraction on a dask cluster
12    extractor                                   extraction here, in a pool, or on dask
13    store_add, migrate                          adding articles to a store, then settling
                                                  it; a store brought to the current format
14    pipeline                                    the stages composed
15    api, evaluate                               the notebook API; scoring against gold
16    graph (the package ``__init__``)            ``import graph as sg``
17    cli                                         the ``stancegraph`` command
18    __main__                                    ``python -m graph``
====  ==========================================  =============================================

A module whose component is not in the table fails the test: a new top-level module
needs a place in it. The allow-lists below hold what was already there when this test
was written; each entry names the file, and an entry that no longer applies fails too,
so the lists can only shrink. A cycle is tolerated only while an allowed upward import
closes it: without those imports the package has none.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "graph"

#: Longest module, in lines.
MAX_LINES = 500

LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "records", "namespaces", "ontology", "examples"),
    ("iris", "lemmas", "names"),
    ("nlp",),
    ("ingest", "codebook"),
    ("extract",),
    ("resolve",),
    ("store",),
    ("io",),
    ("build", "align"),
    ("render", "query", "export", "validate"),
    ("serve", "topic_report"),
    ("shards", "assemble"),
    ("distributed",),
    ("extractor",),
    ("store_add", "migrate"),
    ("pipeline",),
    ("api", "evaluate"),
    ("graph",),
    ("cli",),
    ("__main__",),
)

# Known upward imports (file relative to the checkout -> modules it may still import
# against the layers). An import cycle is tolerated only while one of these closes it.
# Empty: every import points down.
UPWARD_ALLOWED: dict[str, frozenset[str]] = {}

# Known modules over the length limit. Empty: none is.
LONG_ALLOWED: frozenset[str] = frozenset()


# ---------------------------------------------------------------------------- reading


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """``graph/extract/stance.py`` -> ``graph.extract.stance``; a package is its folder."""
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(root: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package, by dotted name."""
    return {module_name(path, root): path for path in sorted(root.rglob("*.py"))}


def imported(path: Path, name: str, known: set[str]) -> set[str]:
    """The package's modules that the module at ``path`` imports (itself left out).

    ``from .x import y`` imports module ``x.y`` when there is one, else module ``x``; a
    name that is no module stands for the nearest enclosing module that is one.
    """
    root = name.split(".")[0]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            targets += [f"{origin}.{alias.name}" for alias in node.names]
    found: set[str] = set()
    for target in targets:
        if target.split(".")[0] != root:
            continue
        while target not in known and "." in target:
            target = target.rpartition(".")[0]
        if target in known and target != name:
            found.add(target)
    return found


def dependencies(root: Path = PACKAGE) -> nx.DiGraph:
    """Module -> module it depends on, with parent packages' ``__init__`` as described."""
    found = modules(root)
    known = set(found)
    graph = nx.DiGraph()
    graph.add_nodes_from(known)
    for name, path in found.items():
        for target in imported(path, name, known):
            graph.add_edge(name, target)
            parent = target.rpartition(".")[0]
            while parent.count(".") >= 1 and not name.startswith(parent + "."):
                if parent in known and parent != name:
                    graph.add_edge(name, parent)
                parent = parent.rpartition(".")[0]
    return graph


def component(name: str) -> str:
    """``graph.extract.stance`` -> ``extract``; the root package is ``graph``."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def rank(name: str) -> int | None:
    for i, layer in enumerate(LAYERS):
        if component(name) in layer:
            return i
    return None


def upward(graph: nx.DiGraph) -> dict[str, set[str]]:
    """Imports of a higher layer, or of another component of the same layer."""
    bad: dict[str, set[str]] = {}
    for name, target in graph.edges:
        if component(name) == component(target):
            continue
        mine, theirs = rank(name), rank(target)
        if mine is not None and theirs is not None and theirs >= mine:
            bad.setdefault(name, set()).add(target)
    return bad


def cycles(graph: nx.DiGraph) -> list[set[str]]:
    """Sets of modules that import each other, directly or through others."""
    return [set(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]


def relative(path: Path, root: Path = ROOT) -> str:
    return path.relative_to(root).as_posix()


# ---------------------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def deps() -> nx.DiGraph:
    return dependencies()


def test_architecture_every_module_has_a_layer():
    unplaced = sorted(relative(path) for name, path in modules().items() if rank(name) is None)
    assert not unplaced, f"give these a layer in LAYERS (tests/test_architecture.py): {unplaced}"


def test_architecture_imports_point_down_the_layers(deps):
    paths = modules()
    found = {relative(paths[name]): targets for name, targets in upward(deps).items()}
    new = {
        path: sorted(targets - UPWARD_ALLOWED.get(path, frozenset()))
        for path, targets in found.items()
        if targets - UPWARD_ALLOWED.get(path, frozenset())
    }
    assert not new, f"imports of a higher layer or a sibling component: {new}"
    stale = {
        path: sorted(allowed - found.get(path, set()))
        for path, allowed in UPWARD_ALLOWED.items()
        if allowed - found.get(path, set())
    }
    assert not stale, f"no longer imported: remove from UPWARD_ALLOWED: {stale}"


def test_architecture_has_no_import_cycle(deps):
    paths = modules()
    names = {relative(path): name for name, path in paths.items()}
    allowed = [
        (names[path], target)
        for path, targets in UPWARD_ALLOWED.items()
        if path in names
        for target in targets
    ]
    remaining = deps.copy()
    remaining.remove_edges_from(allowed)
    found = [sorted(relative(paths[name]) for name in cycle) for cycle in cycles(remaining)]
    assert not found, f"import cycles: {found}"


def test_architecture_modules_are_short():
    lengths = {
        relative(path): len(path.read_text(encoding="utf-8").splitlines())
        for path in modules().values()
    }
    long = {path: n for path, n in lengths.items() if n > MAX_LINES}
    new = {path: n for path, n in long.items() if path not in LONG_ALLOWED}
    assert not new, f"modules over {MAX_LINES} lines: {new}"
    stale = sorted(LONG_ALLOWED - set(long))
    assert not stale, f"no longer over {MAX_LINES} lines: remove from LONG_ALLOWED: {stale}"


# ------------------------------------------------------- the checks, on a made-up package


def _package(root: Path, files: dict[str, str]) -> Path:
    package = root / "graph"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


def test_architecture_reading_resolves_relative_deferred_and_type_only_imports(tmp_path):
    package = _package(
        tmp_path,
        {
            "__init__.py": "",
            "records.py": "",
            "extract/__init__.py": "from .stance import cue\n",
            "extract/stance.py": (
                "from typing import TYPE_CHECKING\n"
                "from ..records import Statement\n"
                "if TYPE_CHECKING:\n    from graph.build import add\n"
                "def f():\n    from ..resolve import key\n"
            ),
            "resolve.py": "import graph.records\n",
            "build.py": "from .extract.stance import cue\n",
        },
    )
    graph = dependencies(package)
    assert set(graph.successors("graph.extract.stance")) == {
        "graph.records",
        "graph.build",
        "graph.resolve",
    }
    assert set(graph.successors("graph.extract")) == {"graph.extract.stance"}
    assert set(graph.successors("graph.resolve")) == {"graph.records"}
    # build reaches extract.stance through extract/__init__.py as well
    assert set(graph.successors("graph.build")) == {"graph.extract.stance", "graph.extract"}
    assert upward(graph) == {"graph.extract.stance": {"graph.build", "graph.resolve"}}
    assert cycles(graph) == [{"graph.extract.stance", "graph.build", "graph.extract"}]


def test_architecture_siblings_of_one_layer_are_independent(tmp_path):
    package = _package(
        tmp_path,
        {
            "__init__.py": "",
            "query.py": "",
            "render/__init__.py": "from ..query import run\nfrom . import view\n",
            "render/view.py": "",
        },
    )
    assert upward(dependencies(package)) == {"graph.render": {"graph.query"}}
