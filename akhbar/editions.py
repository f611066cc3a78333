"""The editions' MkDocs builds, run by ``akhbar.site.build_editions`` as one command:

    python -m akhbar.editions SETTINGS PLAN CONFIG DOCS OUT WORKERS EDITION...

(*SETTINGS*: the build's ``akhbar.settings.Settings``, as JSON; *PLAN*: a file holding the
pickled ``akhbar.plan.Publication``, or ``-`` to plan from DOCS' front matter.)

This process imports MkDocs, the theme and the hook's modules once, then builds each
edition in a process forked from it (``akhbar.parallel``), *WORKERS* at a time, after
reading the article files and making every page's key once for all of them
(``akhbar.edition_plan.prepare``).  Each edition starts with them, and not with the
memory of the build's own process: a rebuild of the three editions at 1,000 articles takes ~2.7 s of
CPU, a quarter less than with a ``mkdocs build`` command each.

It prints a JSON line as each edition is done: ``{"edition", "seconds", "log"}``
(MkDocs' warnings) or ``{"edition", "error"}``; it exits with 1 when an edition failed.
A process that ended abnormally has its edition built again in this one.

When the three editions are built at once and the build holds their plan, it runs no
command: ``build_each`` forks them from the build's own process, which has the plan and
the knowledge in memory already (``akhbar.site.build_editions``).  A large site's
editions, built fewer at a time, plan their own in this command's processes.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import logging
import os
import pickle
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from akhbar.edition_plan import ArticleFiles, Prepared, prepare, read_docs_articles
from akhbar.parallel import each_forked
from akhbar.plan import Publication
from akhbar.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def edition_config(
    edition: str,
    config: Path,
    docs: Path,
    out: Path,
    settings: Settings,
    publication: Publication | None = None,
    knowledge: Any = None,
    prepared: Prepared | None = None,
) -> Any:
    """MkDocs' config of *edition*: *config* read with the build's folders, and the edition,
    *settings*, *publication*, *knowledge* and *prepared* (when given) for the hook in
    ``extra.akhbar`` (``mkdocs_hook.Edition``)."""
    from mkdocs.config import load_config

    loaded = load_config(
        str(config), docs_dir=str(docs.resolve()), site_dir=str((out / edition).resolve())
    )
    loaded.extra["akhbar"] = {"edition": edition, "settings": settings.as_dict()}
    if publication is not None:
        loaded.extra["akhbar"]["publication"] = publication
    if knowledge is not None:
        loaded.extra["akhbar"]["knowledge"] = knowledge
    if prepared is not None:
        loaded.extra["akhbar"]["prepared"] = prepared
    return loaded


def build_edition(
    edition: str,
    config: Path,
    docs: Path,
    out: Path,
    settings: Settings,
    publication: Publication | None = None,
    knowledge: Any = None,
    prepared: Prepared | None = None,
) -> dict[str, Any]:
    """``mkdocs build --dirty`` of *edition* into ``out/<edition>``, in this process."""
    from mkdocs.commands.build import build

    # mkdocs.yml's paths (the theme's custom_dir, the hook) are the checkout's; the
    # folder is restored after (an edition is built in the build's own process when the
    # one forked for it failed).
    previous = os.getcwd()
    os.chdir(ROOT)
    messages = io.StringIO()
    handler = logging.StreamHandler(messages)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    start = time.perf_counter()
    try:
        # Always dirty: a full build starts from an empty folder (see build_editions), and
        # the hook decides which article pages the theme renders (akhbar.page_shell).
        loaded = edition_config(
            edition, config, docs, out, settings, publication, knowledge, prepared
        )
        build(loaded, dirty=True)
    except Exception as exc:  # MkDocs' own abort, a template's or the hook's error
        return {"error": f"{messages.getvalue()}{type(exc).__name__}: {exc}".strip()}
    finally:
        logger.removeHandler(handler)
        os.chdir(previous)
    return {"seconds": time.perf_counter() - start, "log": messages.getvalue()}


def build_each(
    editions: list[str],
    config: Path,
    docs: Path,
    out: Path,
    workers: int,
    settings: Settings,
    publication: Publication | None = None,
    knowledge: Any = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each edition and its outcome (see ``build_edition``) as it is done, *workers*
    forked at a time (``akhbar.parallel``); *knowledge*: read from the settings' folder
    when None."""
    import mkdocs.commands.build  # noqa: F401

    import akhbar.mkdocs_hook  # noqa: F401 - its modules, imported once for every edition
    from akhbar.i18n import get_translations
    from akhbar.knowledge import load_knowledge

    # The knowledge files read once for every edition (~0.25 s of YAML an edition).
    knowledge = knowledge or load_knowledge(settings.knowledge_dir)
    # MkDocs' config read once here: the theme, the Markdown extensions and the hook are
    # imported and the installed themes listed (MkDocs caches both) for every edition.  A
    # config that cannot be read is left for each edition to report as its own failure.
    with contextlib.suppress(Exception):  # reported by build_edition, edition by edition
        edition_config(editions[0], config, docs, out, settings)
    for edition in editions:  # each edition's catalog compiled from its .po once (~0.06 s)
        get_translations(edition)
    files = None
    if publication is None and workers >= len(editions):
        # Built all at once, the editions share a plan made here (~0.5 s an edition at
        # 1,000 articles); built fewer at a time (a large site), each makes its own, so
        # that this process does not hold one more copy beside them.
        publication, files = _plan_of_docs(docs, settings, knowledge)
    # What the editions share of the plan (the article files read, every page's key, ~0.3 s
    # at 1,000 articles), made here once rather than in each edition.
    prepared = None if publication is None else prepare(publication, docs, files)
    builds = {
        edition: partial(
            build_edition, edition, config, docs, out, settings, publication, knowledge, prepared
        )
        for edition in editions
    }
    # What this process holds (the plan, the knowledge, MkDocs' modules) is left out of
    # the editions' garbage collections: a collection in a forked edition would otherwise
    # walk it all and write into every page of it, copying the pages it shares.
    gc.freeze()
    try:
        yield from each_forked(builds, workers)
    finally:
        gc.unfreeze()


def _plan_of_docs(
    docs: Path, settings: Settings, knowledge: Any
) -> tuple[Publication | None, ArticleFiles | None]:
    """The publication of the articles' front matter in *docs* and their stories, as an
    edition plans it (``mkdocs_hook.Edition``), and the article files; None when an
    article has no front matter with a slug (the editions then say so)."""
    from akhbar import front_matter
    from akhbar.build import read_stories
    from akhbar.plan import plan_records

    folder = docs / "articles"
    try:
        records, files = read_docs_articles(folder, front_matter.store_for(folder, settings))
    except ValueError:
        return None, None
    stories = read_stories(docs) or ()
    return plan_records(records, knowledge, settings, stories=stories), files


def main(argv: list[str]) -> int:
    settings, plan, config, docs, out, workers, *editions = argv
    publication = None if plan == "-" else pickle.loads(Path(plan).read_bytes())
    failed = False
    built = build_each(
        editions,
        Path(config),
        Path(docs),
        Path(out),
        int(workers),
        Settings.from_dict(json.loads(settings)),
        publication,
    )
    for edition, outcome in built:
        print(json.dumps({"edition": edition, **outcome}), flush=True)
        failed = failed or "error" in outcome
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
