"""Where the time goes: cProfile of the extract stage and of one MkDocs edition.

``python bench/hotspots.py [N] [--articles K] [--edition fa]``

1. A corpus of N articles (``bench/corpus.py``) in a temporary folder.
2. extract: knowledge loading and ``Extractor.extract`` on the first K seeds, serially in
   this process (the build spreads the same work over processes; the per-article cost is
   the same), then the build's own ``build_docs`` for the docs folder.
3. mkdocs: ``mkdocs build --dirty`` of one edition under ``python -m cProfile``, its front
   matter parsed into the store first, as ``build_site.py`` runs it.

Prints the top functions by own time and by cumulative time for each, as file:function.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
TOP = 25


def top(stats: pstats.Stats, key: str, title: str) -> None:
    print(f"\n### {title} (by {key})")
    stats.sort_stats(key)
    width = 0
    rows = []
    for func in stats.fcn_list[:TOP]:  # type: ignore[attr-defined]
        _cc, nc, tt, ct, _ = stats.stats[func]  # type: ignore[attr-defined]
        filename, line, name = func
        short = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        label = f"{short}:{line}:{name}"
        width = max(width, len(label))
        rows.append((label, nc, tt, ct))
    print(f"{'function':<{width}} {'calls':>9} {'own s':>8} {'cum s':>8}")
    for label, nc, tt, ct in rows:
        print(f"{label:<{width}} {nc:>9} {tt:>8.2f} {ct:>8.2f}")


def profile_extract(work: Path, articles: int) -> None:
    sys.path.insert(0, str(ROOT))
    from akhbar.build import knowledge_dir
    from akhbar.extract import Extractor
    from akhbar.knowledge import load_knowledge

    seeds = sorted((work / "seeds").glob("*.txt"))[:articles]
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    extractor = Extractor(load_knowledge(knowledge_dir()))
    for path in seeds:
        extractor.extract(path.read_bytes(), path.name, None)
    profiler.disable()
    seconds = time.perf_counter() - start
    print(
        f"\n## extract: {len(seeds)} articles serially in {seconds:.1f} s "
        f"({seconds / len(seeds) * 1000:.0f} ms per article, knowledge loading included)"
    )
    stats = pstats.Stats(profiler)
    top(stats, "tottime", "extract")
    top(stats, "cumulative", "extract")


def profile_mkdocs(work: Path, edition: str) -> None:
    from akhbar.build import build_docs

    os.environ["AKHBAR_CACHE_DIR"] = str(work / ".cache")
    build_docs(work / "seeds", work / "docs", lambda message: None)
    import shutil

    shutil.copytree(ROOT / "docs" / "assets", work / "docs" / "assets", dirs_exist_ok=True)
    from akhbar import front_matter
    from akhbar.editions import build_edition
    from akhbar.settings import Settings

    # As build_site.py runs an edition: the front matter parsed into its store first, then
    # ``mkdocs build --dirty`` (the hook fills the article pages into the theme's shell).
    settings = Settings.from_environment()
    folder = work / "docs" / "articles"
    front_matter.read_articles(folder, front_matter.store_for(folder, settings))
    config = ROOT / "mkdocs.yml"
    out = work / "prof"
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(build_edition, edition, config, work / "docs", work / "site", settings)
    profiler.dump_stats(out)
    seconds = time.perf_counter() - start
    print(f"\n## mkdocs: the {edition} edition in {seconds:.1f} s under cProfile")
    stats = pstats.Stats(str(out))
    top(stats, "tottime", f"mkdocs {edition}")
    top(stats, "cumulative", f"mkdocs {edition}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=200, help="articles profiled serially")
    parser.add_argument("--edition", default="fa", choices=("fa", "ar", "en"))
    parser.add_argument(
        "--skip", choices=("extract", "mkdocs"), help="profile only the other stage"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(BENCH))
    from corpus import generate

    with tempfile.TemporaryDirectory(prefix="akhbar-profile-") as tmp:
        work = Path(tmp)
        generate(args.n, work)
        if args.skip != "extract":
            profile_extract(work, args.articles)
        if args.skip != "mkdocs":
            profile_mkdocs(work, args.edition)
    return 0


if __name__ == "__main__":
    sys.exit(main())
