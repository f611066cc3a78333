"""Command line: ``build_site.py [docs|site|extract FILE... --json] [--strict]``.

* no command (or ``site``): seeds -> docs/ -> site/ (every edition) and the report;
* ``docs``: seeds -> docs/ only;
* ``extract FILE...``: print everything extracted from each file (``--json`` for scripts),
  each with the slug of its ``story`` among the files given;
* ``stories FILE...``: the stories of the files given (``akhbar.stories``, with the
  editor's ``stories.yml`` of the seeds folder), each with why its articles belong together.

``--strict`` turns warnings (and skipped files) into exit status 1.  Exit status 2 is a
usage error or a build that could not run at all.

The build's settings (``akhbar.settings``) are made here, once, from the environment and
the flags, and passed down to every stage.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

from akhbar.build import build_docs_apart, stderr_progress, write_report
from akhbar.errors import AkhbarError, InputError, OverrideError
from akhbar.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build_site.py", description="Build the Akhbar briefing from raw articles."
    )
    parser.add_argument(
        "command", nargs="?", default="site", choices=("site", "docs", "extract", "stories")
    )
    parser.add_argument("files", nargs="*", type=Path, help="article files (extract, stories)")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of raw articles")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="Markdown output folder")
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="site output folder")
    parser.add_argument("--report", type=Path, help="where to write the build report (JSON)")
    parser.add_argument(
        "--site-url",
        help="the published address (default: AKHBAR_SITE_URL; none: relative links only)",
    )
    parser.add_argument("--json", action="store_true", help="extract: print JSON")
    parser.add_argument(
        "--no-pdf",
        action="store_true",
        help="site: skip the PDF briefing books (a quicker preview)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 on any warning or skip")
    return parser


def _extract(
    files: list[Path], as_json: bool, strict: bool, settings: Settings, seeds: Path | None = None
) -> int:
    """``extract`` (or, with *seeds*, ``stories``: the stories of *files*, with the
    editor's edits of the *seeds* folder)."""
    from akhbar.build import STORY_EDITS, Report, assign_slugs
    from akhbar.cache import share_charsets

    share_charsets()  # before the extraction's patterns are compiled
    from akhbar.extract import Extractor
    from akhbar.knowledge import load_knowledge
    from akhbar.overrides import parse_override
    from akhbar.stories import cluster, parse_edits, stories_json

    knowledge = load_knowledge(settings.knowledge_dir)
    extractor = Extractor(knowledge)
    results, articles, problems = [], [], 0
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"{path}: cannot read: {exc.strerror}", file=sys.stderr)
            problems += 1
            continue
        override_path = path.with_suffix(".yml")
        override = None
        try:
            if override_path.exists():
                override = parse_override(override_path.read_bytes(), str(override_path))
            extraction = extractor.extract(data, str(path), override)
        except (InputError, OverrideError) as exc:
            print(str(exc), file=sys.stderr)
            problems += 1
            continue
        articles.append(extraction.article)
        record = asdict(extraction.article)
        record["candidates"] = [asdict(c) for c in extraction.candidates]
        record["encoding"] = extraction.encoding
        problems += len(extraction.article.warnings)
        for warning in extraction.article.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        results.append(record)
    # Slugs as a build makes them (two files of one slug told apart), then the stories.
    slugs = [a.slug for a in assign_slugs(articles, Report())]
    edits = None
    try:
        if seeds is not None and (seeds / STORY_EDITS).is_file():
            edits = parse_edits((seeds / STORY_EDITS).read_bytes(), str(seeds / STORY_EDITS))
        stories = cluster(
            [replace(a, slug=s) for a, s in zip(articles, slugs, strict=True)],
            edits=edits,
            knowledge=knowledge,
        )
    except OverrideError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    story_of = {slug: story.slug for story in stories for slug in story.articles}
    for record, slug in zip(results, slugs, strict=True):
        record["slug"] = slug
        record["story"] = story_of[slug]
    if seeds is not None:
        if as_json:
            json.dump(stories_json(stories), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for story in stories:
                dates = " – ".join(dict.fromkeys(d for d in (story.start, story.end) if d))
                print(f"{story.slug}: {len(story.articles)} articles, {dates or 'undated'}")
                for link in story.why:
                    why = f" <- {link.via}: {', '.join(link.signals)}" if link.via else ""
                    print(f"  {link.article}{why}")
        return 1 if strict and problems else 0
    if as_json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for record in results:
            print(f"{record['source_file']}: [{record['lang']}] {record['title']}")
            print(f"  date {record['date'] or 'unknown'}  source {record['source'] or 'unknown'}")
            print(f"  story {record['story']}")
            print(f"  actors {', '.join(record['actors'])}")
            print(f"  topics {', '.join(t['slug'] for t in record['topics'])}")
            for point in record["key_points"]:
                print(f"  • {point}")
    return 1 if strict and problems else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_environment(site_url=args.site_url or None)
    except AkhbarError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 2
    if args.command in ("extract", "stories"):
        if not args.files:
            print(f"{args.command}: name at least one article file", file=sys.stderr)
            return 2
        seeds = args.seeds if args.command == "stories" else None
        return _extract(args.files, args.json, args.strict, settings, seeds)
    if args.files:
        print(f"{args.command}: takes no file arguments", file=sys.stderr)
        return 2
    if not args.seeds.is_dir():
        print(f"seeds folder {args.seeds} does not exist", file=sys.stderr)
        return 2
    try:
        from akhbar.knowledge import load_knowledge

        knowledge = load_knowledge(settings.knowledge_dir)
        made = build_docs_apart(
            args.seeds, args.docs, stderr_progress, settings=settings, knowledge=knowledge
        )
        report = made.report
        if args.command == "site":
            from akhbar.site import build_site

            build_site(
                made.articles,
                args.docs,
                args.site,
                report,
                stderr_progress,
                pdf=not args.no_pdf,
                settings=settings,
                stories=made.stories,
                knowledge=knowledge,
            )
    except AkhbarError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 2
    # A docs-only build leaves site/ alone: its report goes to build/ unless named.
    report_path = args.report or (
        (args.site if args.command == "site" else ROOT / "build") / "build-report.json"
    )
    write_report(report, report_path)
    print(report.summary(), file=sys.stderr)
    print(f"report: {report_path}", file=sys.stderr)
    if args.strict and (report.warnings or report.skipped or report.errors):
        return 1
    return 0
