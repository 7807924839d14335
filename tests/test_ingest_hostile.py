"""A corpus of broken and hostile files builds through a real ``python -m graph build``:
within a minute of CPU time, one line per skipped or repaired file, no traceback, exit
code 0 (the build writes a graph of the articles that could be read).

CPU time, not wall time: on a shared machine a busy neighbour stretches wall time many
times over, while a build that hangs on a file burns CPU."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from hostile import HOSTILE_FILES, write_hostile_corpus

ROOT = Path(__file__).resolve().parent.parent


def test_hostile_corpus_builds_with_one_line_per_skipped_or_repaired_file(tmp_path):
    corpus = write_hostile_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [sys.executable, "-m", "graph", "build", str(corpus), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert cpu < 60, f"the hostile corpus took {cpu:.0f} s of CPU time"
    assert (out / "graph.ttl").is_file()

    warnings = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    named: dict[str, list[str]] = {name: [] for name in HOSTILE_FILES}
    for line in warnings:
        (name,) = [n for n in HOSTILE_FILES if f"{corpus / n}:" in line]
        named[name].append(line)
    for name, fate in HOSTILE_FILES.items():
        lines = named[name]
        if name.endswith(".jsonl"):
            # each bad line is an article skipped, said once, then one count for the file
            assert len(lines) == 2, lines
            assert lines[-1].endswith("read 1 article(s), skipped 1 bad line(s)")
        elif fate is None:
            assert len(lines) <= 1, lines
        else:
            assert len(lines) == 1, (name, lines)
            assert (fate == "skipped") == ("skipped" in lines[0]), lines


def test_jsonl_line_cut_mid_string_says_at_column_once(tmp_path):
    from graph.ingest import read_articles

    path = tmp_path / "cut.jsonl"
    path.write_text('{"text": "Mayor Lena Ortiz said the bus pl\n', encoding="utf-8")
    warnings: list[str] = []
    assert list(read_articles([path], warnings.append)) == []
    assert warnings[0] == (
        f"{path}:1: skipped, not valid JSON (Invalid control character at column 43)"
    )
