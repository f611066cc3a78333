"""A synthetic corpus for the scale benchmark: N Persian and Arabic articles from seeds/.

``python bench/corpus.py N OUT`` writes ``OUT/seeds/0000000_<hash>.txt`` ... (N files).

Every article is made from the paragraphs of the seeds of one language, so it stays in
that language throughout:

* a headline (60 % of articles): «<person>: <the first words of a body paragraph>», short
  and without final punctuation, so the extractor takes it as the article's headline;
  the others are titled from their lead, as the seeds 000 and 003 are;
* a lead: the first paragraph of one of the seeds (it carries the agency formula, so
  sources vary with it);
* 3-14 body paragraphs drawn from every seed of the language (topics mix: the Larijani
  visit, the parliament meeting, the party meeting, the interior minister's talks), with
  an occasional sub-heading taken from the seeds' short lines;
* people swapped: every person of ``knowledge/actors.yml`` named in the text (by any of
  their names or aliases) is replaced, consistently through the article, by a person
  drawn from the same file, in the article's language;
* a date: 80 % carry a ``date YYYY-MM-DD`` header with a day drawn from 2024-01-01 to
  2026-12-31; the rest have no header (undated unless the text has a dateline).

Deterministic: one ``random.Random(SEED)`` drives everything; two runs with the same N
write byte-identical files.  Articles are unique after folding (a repeat is redrawn), so
the build's deduplication does not shrink the corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = 20251127  # the newest seed's date; any constant works, this one is easy to recall
HEADLINE_SHARE = 0.6  # the real seeds: 2 of 5 have their own headline line
DATED_SHARE = 0.8  # the real seeds: 3 of 5 have a date header; news archives are mostly dated
BODY_PARAGRAPHS = (3, 14)  # the seeds have 5-16 paragraphs
HEADING_SHARE = 0.15  # chance that a body paragraph is preceded by a sub-heading
FIRST_DAY = dt.date(2024, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)

_HEADER_RE = re.compile(r"^\s*date[ \t]+\S+[ \t]*", re.IGNORECASE)
_PERSIAN_LETTERS = frozenset("پچژگکی")
_SENTENCE_END_RE = re.compile(r"[.!?؟]")
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Pool:
    """The material of one language: leads, body paragraphs, sub-headings."""

    lang: str
    leads: tuple[str, ...]
    paragraphs: tuple[str, ...]
    headings: tuple[str, ...]
    people: tuple[str, ...]  # names of persons in this language (replacements)
    person_re: re.Pattern[str]  # any name or alias of a person, longest first
    alias_slug: dict[str, str]


def seed_language(text: str) -> str:
    """fa if the text uses letters that only Persian has, else ar."""
    return "fa" if any(ch in _PERSIAN_LETTERS for ch in text) else "ar"


def _is_heading(line: str) -> bool:
    return len(line) <= 80 and not _SENTENCE_END_RE.search(line[-1:]) and len(line.split()) <= 10


def _people(actors: list[dict], lang: str) -> tuple[list[str], dict[str, str]]:
    names, alias_slug = [], {}
    for actor in actors:
        if actor.get("type") != "person":
            continue
        name = actor.get("names", {}).get(lang)
        if not name:
            continue
        names.append(name)
        for alias in [name, *actor.get("aliases", [])]:
            if seed_language(alias) == lang or not alias.isascii():
                alias_slug.setdefault(alias, actor["slug"])
    return names, alias_slug


def load_pools(seeds: Path, knowledge: Path) -> dict[str, Pool]:
    actors = yaml.safe_load((knowledge / "actors.yml").read_text(encoding="utf-8"))
    material: dict[str, dict[str, list[str]]] = {}
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        lines[0] = _HEADER_RE.sub("", lines[0]).strip()
        lang = seed_language(text)
        bucket = material.setdefault(lang, {"leads": [], "paragraphs": [], "headings": []})
        # The lead: the first real paragraph (002 opens with a kicker and a headline).
        first = next(i for i, line in enumerate(lines) if not _is_heading(line) and len(line) > 120)
        bucket["leads"].append(lines[first])
        for line in lines[first + 1 :]:
            if _is_heading(line):
                if not line.isascii():  # 003's Latin byline is not a heading
                    bucket["headings"].append(line.lstrip("*"))
            elif len(line) > 60:
                bucket["paragraphs"].append(line)
    pools = {}
    for lang, bucket in sorted(material.items()):
        names, alias_slug = _people(actors, lang)
        aliases = sorted(alias_slug, key=lambda a: (-len(a), a))
        pattern = re.compile("|".join(re.escape(a) for a in aliases))
        pools[lang] = Pool(
            lang,
            tuple(bucket["leads"]),
            tuple(bucket["paragraphs"]),
            tuple(bucket["headings"]),
            tuple(names),
            pattern,
            alias_slug,
        )
    return pools


def _swap_people(text: str, pool: Pool, cast: dict[str, str], rng: random.Random) -> str:
    def replace(match: re.Match[str]) -> str:
        slug = pool.alias_slug[match.group(0)]
        if slug not in cast:
            cast[slug] = rng.choice(pool.people)
        return cast[slug]

    return pool.person_re.sub(replace, text)


def _headline(body: list[str], cast: dict[str, str], pool: Pool, rng: random.Random) -> str:
    sentence = rng.choice(body)
    words = _WORD_RE.findall(sentence)
    phrase = " ".join(words[: rng.randint(5, 9)]).rstrip(".،,:؛!؟?»«")
    speaker = rng.choice(sorted(cast.values()) or list(pool.people))
    return f"{speaker}: {phrase}"


def article(pool: Pool, rng: random.Random) -> str:
    cast: dict[str, str] = {}
    lead = _swap_people(rng.choice(pool.leads), pool, cast, rng)
    count = min(rng.randint(*BODY_PARAGRAPHS), len(pool.paragraphs))
    lines: list[str] = []
    body: list[str] = []
    for paragraph in rng.sample(pool.paragraphs, count):
        if pool.headings and rng.random() < HEADING_SHARE:
            lines.append(rng.choice(pool.headings))
        swapped = _swap_people(paragraph, pool, cast, rng)
        lines.append(swapped)
        body.append(swapped)
    first = [lead]
    if rng.random() < HEADLINE_SHARE:
        first.insert(0, _headline(body, cast, pool, rng))
    if rng.random() < DATED_SHARE:
        day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        first[0] = f" date {day.isoformat()} {first[0]}"
    return "\n\n".join([*first, *lines]) + "\n"


def generate(
    n: int, out: Path, seeds: Path = ROOT / "seeds", knowledge: Path = ROOT / "knowledge"
) -> list[Path]:
    """Write *n* articles to ``out/seeds``; Persian and Arabic alternate by the seeds' shares."""
    pools = load_pools(seeds, knowledge)
    langs = sorted(pools)
    weights = [len(pools[lang].leads) for lang in langs]  # 3 fa : 2 ar, as the seeds
    rng = random.Random(SEED)
    target = out / "seeds"
    target.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    written = []
    for index in range(n):
        lang = rng.choices(langs, weights)[0]
        while True:
            text = article(pools[lang], rng)
            key = " ".join(_HEADER_RE.sub("", text).split())
            if key not in seen:
                seen.add(key)
                break
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        path = target / f"{index:07d}_{digest}.txt"
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output folder (the articles go to OUT/seeds)")
    args = parser.parse_args(argv)
    written = generate(args.n, args.out)
    print(f"{len(written)} articles in {args.out / 'seeds'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
