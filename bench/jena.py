"""Apache Jena SHACL from Debian's libapache-jena-java (`make jena`), as the benches' anchor.

Debian's jena-core moves Jena's shaded Xerces classes from ``org.apache.jena.ext.xerces`` to
``xerces`` but leaves their message bundles behind, so the first XSD datatype Jena builds fails
("internal error" in XSSimpleTypeDecl). The bundles are copied to where the classes look for
them, in a folder put on the class path; nothing else is changed.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

JARS = Path("/usr/share/java")
_JENA = ("arq", "base", "cmds", "core", "iri", "shacl", "dboe-base", "dboe-index", "dboe-storage",
         "dboe-trans-data", "dboe-transaction", "tdb", "tdb2", "rdfconnection")  # fmt: skip
_DEPS = ("commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io", "commons-lang3",
         "dexx.collection", "gson", "guava", "httpclient", "httpcore", "jackson-core", "jackson-databind",
         "jackson-annotations", "jsonld-java", "jakarta.json-api", "protobuf", "slf4j-api", "slf4j-nop", "thrift",
         "titanium-json-ld", "caffeine")  # fmt: skip
_SHADED = "org/apache/jena/ext/xerces/"


def available() -> bool:
    return shutil.which("java") is not None and (JARS / "jena-shacl.jar").exists()


def _bundles(cache: Path) -> Path:
    """A class-path folder with Xerces' message bundles where Debian's relocated classes look."""
    out = cache / "jena-xerces-bundles"
    if not (out / "xerces").exists():
        with zipfile.ZipFile(JARS / "jena-core.jar") as jar:
            for name in jar.namelist():
                if name.startswith(_SHADED) and name.endswith(".properties"):
                    target = out / "xerces" / name[len(_SHADED) :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(jar.read(name))
    return out


def shacl_command(shapes: Path, data: Path, cache: Path) -> list[str]:
    """``shacl validate`` of Jena's command line tools (jena-cmds), the report on stdout."""
    jars = [JARS / f"jena-{j}.jar" for j in _JENA] + [JARS / f"{d}.jar" for d in _DEPS]
    classpath = ":".join(str(p) for p in [*jars, _bundles(cache)])
    return ["java", "-cp", classpath, "shacl.shacl", "validate", "--shapes", str(shapes), "--data", str(data)]
