"""Material's templates folder as the editions search it: without listing its 14,000 icons.

Before the hook's ``on_files``, MkDocs lists every file of the theme's folders (its Jinja
loader's ``list_templates``) to copy the static ones into the site, and its own filter
drops all but ``assets/`` (Material's ``.icons`` alone are ~14,300 SVG files).  The
editions copy none of them: ``akhbar.assets`` stores Material's assets once, at the
site's root.  That listing cost ~0.18 s of CPU an edition, a sixth of a rebuild.

``linked_dir`` makes a folder holding a symbolic link to each entry of Material's
(``.icons``, ``partials``, ``assets``, ``base.html``...).  The hook puts it in place of
Material's folder in the theme's search path (``config.theme.dirs``, in ``on_config``):
Jinja opens every template and icon through the links, and its listing does not follow
links to folders (``FileSystemLoader(followlinks=False)``, MkDocs' default), so nothing
under them is walked.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path


def theme_templates() -> Path:
    """Material's templates folder."""
    import material

    return Path(material.__file__).resolve().parent / "templates"


def linked_dir(source: Path, root: Path) -> Path:
    """A folder under *root* holding a symbolic link to each entry of *source*, named by
    a digest of *source*'s path and its entries' names (another install of the theme
    gets another folder); made once, atomically (the editions are built side by side)."""
    names = sorted(os.listdir(source))
    digest = hashlib.sha256(json.dumps([str(source), names]).encode("utf-8")).hexdigest()
    target = root / f"{source.name}-{digest[:16]}"
    if target.is_dir():
        return target
    root.mkdir(parents=True, exist_ok=True)
    making = root / f".{target.name}.{os.getpid()}"
    shutil.rmtree(making, ignore_errors=True)
    making.mkdir()
    for name in names:
        (making / name).symlink_to(source / name, target_is_directory=(source / name).is_dir())
    try:
        making.rename(target)
    except OSError:  # another edition's process made it first
        shutil.rmtree(making, ignore_errors=True)
    return target


def unlisted(dirs: list[str], root: Path | None) -> list[str]:
    """The theme's search path *dirs* with Material's folder replaced by its
    ``linked_dir`` under *root* (*dirs* as they are when *root* is None: no cache)."""
    if root is None:
        return dirs
    material = theme_templates()
    found = [d for d in dirs if Path(d).resolve() == material]
    if not found:
        return dirs
    linked = str(linked_dir(material, root))
    return [linked if d in found else d for d in dirs]
