"""A link checker for the static site: every ``href``/``src`` that stays inside the folder must
name a file that exists (and a ``#fragment`` an ``id`` in it)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src", "data-src", "data-index"):
                self.links.append(value)
            if name == "id":
                self.ids.add(value)


def read(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def broken_links(folder: Path) -> list[str]:
    """``page: link`` for every internal link of every HTML page that leads nowhere."""
    folder = folder.resolve()
    ids: dict[Path, set[str]] = {}
    found: list[str] = []
    pages = sorted(folder.rglob("*.html"))
    parsed = {p: read(p) for p in pages}
    for p, links in parsed.items():
        ids[p] = links.ids
    for p, links in parsed.items():
        for link in links.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("data:") or link.startswith("mailto:"):
                continue  # outside the site
            target = p if not parts.path else (p.parent / unquote(parts.path)).resolve()
            if folder not in target.parents and target != folder:
                found.append(f"{p.relative_to(folder)}: {link} (leaves the site)")
            elif target.is_dir():
                found.append(f"{p.relative_to(folder)}: {link} (a folder, no index)")
            elif not target.is_file():
                found.append(f"{p.relative_to(folder)}: {link}")
            elif parts.fragment and target.suffix == ".html":
                anchors = ids.get(target) if target in ids else read(target).ids
                if unquote(parts.fragment) not in anchors:
                    found.append(f"{p.relative_to(folder)}: {link} (no such anchor)")
    return found
