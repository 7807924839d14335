"""What pyproject.toml cannot declare: top-level folders installed as package data.

``ontology/`` (the ontology, SHACL shapes, JSON-LD context and named queries) and the
example article in ``examples/`` stay where users look for them; the build maps them onto
``graph.ontology_data`` and ``graph.example_data``, which :mod:`graph.ontology` and
:mod:`graph.examples` read through :mod:`importlib.resources`. The package data inside
``graph/`` (trained models, the endpoint's page template) is listed here too, so all of it
is in one place; everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["graph", "graph.*"]),
        "graph.ontology_data",
        "graph.example_data",
    ],
    package_dir={"graph.ontology_data": "ontology", "graph.example_data": "examples"},
    package_data={
        # Recursive: data/ may hold folders (a trained model is one).
        "graph": ["data/**/*", "py.typed"],
        "graph.serve": ["page.html"],
        "graph.ontology_data": ["*.ttl", "*.jsonld", "queries/*.rq"],
        "graph.example_data": ["security_guarantees.txt", "codebook.yaml"],
    },
    include_package_data=False,
)
