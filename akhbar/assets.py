"""The site's stylesheets, scripts, images and fonts: stored once, at ``site/assets/``.

They are the same in every edition (Material's theme files do not depend on the
language, and ``docs/assets`` is one folder), so the editions do not copy them: every
page links ``<edition>/../assets/``, a path relative to the page (``base_url``), which
holds under any sub-path the site is deployed to.  Of Material's files only those a page
fetches are published: its stylesheets, its script bundle and the favicon; not the
source maps (a browser fetches one only for its developer tools), nor lunr and the
search worker (the search is Pagefind's, ``mkdocs.yml`` has no search plugin).
Stored three times, Material's files alone were 2.5 MB an edition.
"""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

# The folder, at the site's root and in docs/, of the files stored once.
FOLDER = "assets"
# The publication's own stylesheet, fonts, icons and search script, shipped with the code
# in the checkout's docs/: every site has them, whatever docs folder the articles are
# written to (``build_site.py --docs=…``).
SHIPPED = Path(__file__).resolve().parent.parent / "docs" / FOLDER
# Material's files that no page fetches.
_UNUSED_THEME_FILE_RE = re.compile(r"\.map$|^assets/javascripts/(?:lunr|workers)/")


def _theme_dir() -> Path:
    import material

    return Path(material.__file__).resolve().parent / "templates"


@cache
def theme_files() -> dict[str, Path]:
    """Material's files a page fetches: path under the site's root -> the file."""
    base = _theme_dir()
    return {
        rel: path
        for path in sorted((base / FOLDER).rglob("*"))
        if path.is_file()
        and not _UNUSED_THEME_FILE_RE.search(rel := path.relative_to(base).as_posix())
    }


@cache
def theme_links() -> dict[str, str]:
    """The paths (under the site's root) of Material's stylesheets and script bundle,
    whose names hold a digest of their content: ``main_css``, ``palette_css``,
    ``bundle_js``."""
    names = list(theme_files())

    def one(pattern: str) -> str:
        found = [n for n in names if re.fullmatch(pattern, n)]
        if len(found) != 1:
            raise RuntimeError(f"Material's theme holds {len(found)} files like {pattern}")
        return found[0]

    return {
        "main_css": one(r"assets/stylesheets/main\.\w+\.min\.css"),
        "palette_css": one(r"assets/stylesheets/palette\.\w+\.min\.css"),
        "bundle_js": one(r"assets/javascripts/bundle\.\w+\.min\.js"),
    }


def is_shared(src_uri: str) -> bool:
    """Whether the file at *src_uri* (of an edition's files) is one stored once."""
    return src_uri.startswith(FOLDER + "/")


def folders(docs: Path | None) -> list[Path]:
    """The folders of the publication's own assets, later ones winning: the shipped
    ``SHIPPED`` and *docs*' ``assets/`` when it is another folder."""
    found = [SHIPPED]
    if docs is not None and (docs / FOLDER).is_dir() and (docs / FOLDER).resolve() != SHIPPED:
        found.append(docs / FOLDER)
    return found


def write_shared(out: Path, docs: Path | None) -> None:
    """``out/assets/``: Material's files a page fetches and the publication's own
    (``folders``: the shipped ones, then *docs*' ``assets/``, which win where they hold
    the same path).  Files already there and the same are kept (with their times),
    others replaced; files no longer published are removed."""
    files = dict(theme_files())
    for folder in folders(docs):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                files[FOLDER + "/" + path.relative_to(folder).as_posix()] = path
    target = out / FOLDER
    for rel, source in files.items():
        dest = out / rel
        if dest.is_file() and dest.read_bytes() == source.read_bytes():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)
    if target.is_dir():
        for path in sorted(target.rglob("*"), reverse=True):
            rel = path.relative_to(out).as_posix()
            if path.is_file() and rel not in files:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
