"""Where a page links to: the live server (``/id/state/KEN``) or the static site (relative
``../state/KEN.html``). Templates only ever ask a :class:`Links` for a URL."""

from __future__ import annotations

from urllib.parse import quote

from ccpcj_kg.model.namespaces import CCPCJ, ID

_SAFE = "/:@!$&'()*+,;=-._~"


def entity_path(iri: str) -> str | None:
    """``https://w3id.org/ccpcj-kg/id/state/KEN`` → ``state/KEN`` (None outside ``/id/``)."""
    if iri.startswith(ID) and len(iri) > len(ID):
        return iri[len(ID):]
    return None


def entity_iri(path: str) -> str:
    return ID + path


class Links:
    """URLs from one page: ``base`` leads back to the site root; ``suffix`` is ``.html`` on the
    static site (files) and empty on the server (routes)."""

    def __init__(self, base: str = "/", suffix: str = "", lang: str | None = None) -> None:
        self.base, self.suffix, self.lang = base, suffix, lang

    def in_language(self, lang: str) -> Links:
        """The same links, each entity page's asking for ``lang`` (``?lang=fr``): a reader who chose
        a language in the URL keeps it from page to page (Accept-Language needs no help)."""
        return Links(self.base, self.suffix, lang)

    @classmethod
    def for_site_page(cls, relative_file: str) -> Links:
        """Links for the static page written at ``relative_file`` (e.g. ``id/state/KEN.html``)."""
        depth = relative_file.count("/")
        return cls("../" * depth or "./", ".html")

    def entity(self, iri: str, fmt_suffix: str | None = None) -> str | None:
        """The page of a resource (or its ``.ttl``/``.jsonld``), or of an ontology term; None when
        the IRI is not ours (the template then shows it as an outside link)."""
        path = entity_path(iri)
        if path is not None:
            query = f"?lang={quote(self.lang, safe='')}" if self.lang and not fmt_suffix else ""
            return f"{self.base}id/{quote(path, safe=_SAFE)}{fmt_suffix or self.suffix}{query}"
        if iri.startswith(CCPCJ) and len(iri) > len(CCPCJ):
            return f"{self.page('ontology')}#{quote(iri[len(CCPCJ):], safe='')}"
        return None

    def page(self, name: str) -> str:
        """A named page: ``""`` (home), ``search``, ``sparql-editor``, ``queries``, ``queries/NAME``, ``ontology``…"""
        if not name:
            return self.base + ("index.html" if self.suffix else "")
        return f"{self.base}{quote(name, safe='/')}{self.suffix}"

    def static(self, path: str) -> str:
        return f"{self.base}static/{path}"

    def raw(self, path: str) -> str:
        """A file as is (``queries/NAME.csv``, ``void.ttl``)."""
        return f"{self.base}{quote(path, safe='/.')}"
