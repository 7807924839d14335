"""What pyproject.toml cannot declare: the top-level ontology/ folder, installed as package data.

``ontology/`` (the ontology, SHACL shapes, JSON-LD context and named queries) stays where
users look for it; the build maps it onto ``graph.ontology_data``, which
:mod:`graph.ontology` reads through :mod:`importlib.resources`. Everything else is in
pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["graph", "graph.*"]), "graph.ontology_data"],
    package_dir={"graph.ontology_data": "ontology"},
    package_data={
        "graph": ["data/*", "py.typed"],
        "graph.ontology_data": ["*.ttl", "*.jsonld", "queries/*.rq"],
    },
    include_package_data=False,
)
