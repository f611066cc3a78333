"""The build, one stage a line: read seeds > extract > deduplicate > slugs > write docs/.

Disk I/O happens only here and in the site/PDF stages.  Per-article problems are
collected in the :class:`Report` and the build goes on; a failed build leaves the previous
``docs/articles`` in place (it is written to a temporary folder, then swapped in).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from akhbar.errors import InputError, OutputCollisionError, OverrideError
from akhbar.model import Article
from akhbar.overrides import parse_override
from akhbar.render import render_article
from akhbar.text import fold

ARTICLES_DIR = "articles"


@dataclass
class Report:
    """Accounts for every input file: published + skipped = read."""

    read: list[str] = field(default_factory=list)
    published: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    candidates: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append({"file": path, "reason": reason})

    def as_json(self) -> dict[str, Any]:
        return {
            "read": len(self.read),
            "published_count": len(self.published),
            "skipped_count": len(self.skipped),
            **asdict(self),
        }

    def summary(self) -> str:
        lines = [
            f"{len(self.read)} read, {len(self.published)} published, {len(self.skipped)} skipped, "
            f"{len(self.warnings)} warnings, {len(self.candidates)} candidate actors"
        ]
        lines += [f"  skipped {s['file']}: {s['reason']}" for s in self.skipped]
        lines += [f"  warning: {w}" for w in self.warnings]
        lines += [
            f"  candidate actor: {c['name']} ({c['role']}) in {c['source_file']}" for c in self.candidates
        ]
        return "\n".join(lines)


Progress = Callable[[str], None]


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def discover(seeds: Path) -> tuple[list[Path], dict[str, Path]]:
    """Seed files (everything but overrides and hidden files) and overrides by stem."""
    inputs, overrides = [], {}
    for path in sorted(seeds.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix in (".yml", ".yaml"):
            overrides[path.stem] = path
        else:
            inputs.append(path)
    return inputs, overrides


def extract_all(
    seeds: Path, report: Report, progress: Progress = stderr_progress
) -> list[Article]:
    """Read and extract every seed; problems go to *report*, never lost silently."""
    from akhbar.extract import Extractor
    from akhbar.knowledge import load_knowledge

    extractor = Extractor(load_knowledge(knowledge_dir()))
    inputs, overrides = discover(seeds)
    articles: list[Article] = []
    for index, path in enumerate(inputs, 1):
        name = f"{seeds.name}/{path.name}"
        report.read.append(name)
        if index % 50 == 0 or index == len(inputs):
            progress(f"extract: {index}/{len(inputs)} articles")
        if path.suffix != ".txt":
            report.skip(name, "not a .txt article (seeds are plain-text .txt files)")
            continue
        override: dict[str, Any] | None = None
        if path.stem in overrides:
            override_name = f"{seeds.name}/{overrides[path.stem].name}"
            try:
                override = parse_override(overrides[path.stem].read_bytes(), override_name)
            except OverrideError as exc:
                report.errors.append(str(exc))
                report.warnings.append(f"{name}: published without its override ({exc})")
        try:
            extraction = extractor.extract(path.read_bytes(), name, override)
        except InputError as exc:
            report.skip(name, exc.reason)
            continue
        articles.append(extraction.article)
        report.warnings.extend(extraction.article.warnings)
        report.candidates.extend(
            {"name": c.name, "role": c.role, "source_file": c.source_file}
            for c in extraction.candidates
        )
    unused = sorted(set(overrides) - {p.stem for p in inputs})
    report.warnings.extend(
        f"{seeds.name}/{overrides[stem].name}: override has no article {stem}.txt" for stem in unused
    )
    return articles


def deduplicate(articles: list[Article], report: Report) -> list[Article]:
    """One page per article: identical bytes, or identical text after folding, are one."""
    seen: dict[str, Article] = {}
    kept = []
    for article in articles:
        key = fold(" ".join(article.paragraphs()))
        if key in seen:
            first = seen[key]
            report.skip(
                article.source_file, f"duplicate of {first.source_file} (same text after folding)"
            )
            report.published = [p for p in report.published if p["file"] != article.source_file]
            continue
        seen[key] = article
        kept.append(article)
    return kept


def assign_slugs(articles: list[Article], report: Report) -> list[Article]:
    """Make slugs unique and stable: a clash gets the content hash's first 8 characters."""
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.slug] = counts.get(article.slug, 0) + 1
    result = []
    for article in articles:
        if counts[article.slug] > 1:
            new = f"{article.slug}-{article.content_hash[:8]}"
            report.warnings.append(
                f"{article.source_file}: slug {article.slug!r} is shared by {counts[article.slug]} "
                f"articles; published as {new!r}"
            )
            article = replace(article, slug=new)
        result.append(article)
    return result


def write_docs(articles: list[Article], docs: Path) -> None:
    """Render every article into docs/articles, swapped in whole (refusing clashes)."""
    target = docs / ARTICLES_DIR
    tmp = docs / f".{ARTICLES_DIR}.tmp"
    old = docs / f".{ARTICLES_DIR}.old"
    for stale in (tmp, old):
        shutil.rmtree(stale, ignore_errors=True)
    tmp.mkdir(parents=True)
    written: dict[str, str] = {}
    try:
        for article in sorted(articles, key=lambda a: a.slug):
            name = f"{article.slug}.md"
            if name.casefold() in written:
                raise OutputCollisionError(
                    f"{ARTICLES_DIR}/{name} would be written twice: by {written[name.casefold()]} "
                    f"and by {article.source_file}"
                )
            written[name.casefold()] = article.source_file
            path = tmp / name
            if path.resolve().parent != tmp.resolve():
                raise OutputCollisionError(f"{article.source_file}: slug {article.slug!r} escapes {tmp}")
            path.write_text(render_article(article), encoding="utf-8", newline="\n")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)


def knowledge_dir() -> Path:
    return Path(os.environ.get("AKHBAR_KNOWLEDGE", Path(__file__).resolve().parent.parent / "knowledge"))


def build_docs(
    seeds: Path, docs: Path, progress: Progress = stderr_progress
) -> tuple[list[Article], Report]:
    """Seeds -> docs/articles; returns the published articles and the report."""
    report = Report()
    articles = extract_all(seeds, report, progress)
    articles = deduplicate(articles, report)
    articles = assign_slugs(articles, report)
    report.published = [
        {"file": a.source_file, "slug": a.slug, "lang": a.lang, "title": a.title} for a in articles
    ]
    write_docs(articles, docs)
    progress(f"docs: wrote {len(articles)} articles to {docs / ARTICLES_DIR}")
    return articles, report


def write_report(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(report.as_json(), ensure_ascii=False, indent=2, sort_keys=False) + "\n",
        encoding="utf-8",
    )
