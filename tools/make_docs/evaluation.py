"""``docs/evaluation.md``: the current scores, from ``stancegraph evaluate`` on ../shared."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from ._common import GENERATED_NOTE, SHARED, run

__all__ = ["evaluation_page"]

#: A per-article row of ``stancegraph evaluate``'s table ("  05_greece_turkey ...").
ARTICLE_ROW = re.compile(r"^\s*\d\d_\w")


def evaluation_page(shared: Path = SHARED) -> str | None:
    """``docs/evaluation.md`` from the current scores, or ``None`` without ``shared``."""
    eval_dir, polnear = shared / "eval", shared / "datasets" / "polnear" / "data" / "dev"
    if not (eval_dir / "gold").is_dir():
        return None
    with tempfile.TemporaryDirectory(prefix="stancegraph-eval-") as tmp:
        workdir = Path(tmp)
        gold = run(
            f"stancegraph evaluate {eval_dir} --group tuned='0*' --group unseen='1*,2*'", workdir
        )
        polnear_out = (
            run(f"stancegraph evaluate --polnear {polnear}", workdir) if polnear.is_dir() else None
        )
    shown_eval, shown_polnear = "../shared/eval", "../shared/datasets/polnear/data/dev"
    # Totals only: the page reports where extraction stands, not which article it fails.
    gold = "\n".join(
        line
        for line in gold.replace(str(eval_dir), shown_eval).splitlines()
        if not ARTICLE_ROW.match(line) and not line.endswith(" ...")  # rows, and phases
    )
    lines = [
        GENERATED_NOTE.format(source="`stancegraph evaluate` on ../shared (tools/make_docs/)"),
        "# Evaluation",
        "",
        "Current scores of extraction and clustering, read back from the built graphs. What "
        "each column means, and how a predicted statement is matched to a gold one, is in "
        "[the evaluate command's reference](reference/cli.md#stancegraph-evaluate) and "
        "[design/extraction.md](design/extraction.md#measuring).",
        "",
        "The rules were tuned on the articles `00`-`09` (group `tuned`) and PolNeAR train; "
        "the articles `11`-`23` (group `unseen`) and PolNeAR dev were only measured, so "
        "their rows are what to expect on new text.",
        "",
        "## Gold articles",
        "",
        "```console",
        f"$ stancegraph evaluate {shown_eval} --group tuned='0*' --group unseen='1*,2*'",
        gold,
        "```",
    ]
    if polnear_out is not None:
        polnear_out = "\n".join(
            line
            for line in polnear_out.replace(str(polnear), shown_polnear).splitlines()
            if not line.endswith(" ...")
        )
        lines += [
            "",
            "## PolNeAR dev: attribution",
            "",
            "```console",
            f"$ stancegraph evaluate --polnear {shown_polnear}",
            polnear_out,
            "```",
        ]
    return "\n".join(lines) + "\n"
