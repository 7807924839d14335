"""``python -m tools.make_docs``: rewrite the generated docs, or ``--check`` them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from . import PARTS, ROOT, SHARED, check, generate


def _changed(pages: dict[Path, str]) -> Iterator[Path]:
    for path in check(pages):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(pages[path], "utf-8")
        yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.make_docs", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only list the files that differ")
    parser.add_argument(
        "--only", default=",".join(PARTS), help="comma-separated: " + ", ".join(PARTS)
    )
    parser.add_argument(
        "--shared", type=Path, default=SHARED, help=f"the shared data (default: {SHARED})"
    )
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"--only: unknown part(s) {', '.join(unknown)}")
    if "evaluation" in parts and not (args.shared / "eval" / "gold").is_dir():
        print(f"evaluation: skipped, {args.shared} is absent", file=sys.stderr)
    pages = generate(parts, args.shared)
    if args.check:
        stale = check(pages)
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run make docs)")
        return 1 if stale else 0
    for path in _changed(pages):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
