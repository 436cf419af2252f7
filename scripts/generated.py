"""The one way the generator scripts (make_links, make_labels, make_un_names) write their files.

Each script renders its files as text; this module either writes them or, with ``--check``, exits 1
naming every file that differs from what the script would write (the tests run the checks, so a
curator's edit of an input that a generated file depends on is caught).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(texts: Mapping[str, str], script: str, description: str) -> None:
    """Write ``texts`` (repository-relative path → content), or compare them under ``--check``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if a file would change")
    args = parser.parse_args()
    if args.check:
        stale = [rel for rel, text in texts.items()
                 if not (ROOT / rel).exists() or (ROOT / rel).read_text(encoding="utf-8") != text]
        for rel in stale:
            print(f"{rel}: differs from what {script} writes", file=sys.stderr)
        sys.exit(1 if stale else 0)
    for rel, text in texts.items():
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {rel}", file=sys.stderr)
