"""Topics and sources of the evaluation articles, as the full extraction finds them.

Usage::

    .venv/bin/python bench/eval_topics.py [--eval-dir DIR] [--show N] [--json]

Data: ``fa_dev.jsonl`` and ``ar_dev.jsonl`` in ``--eval-dir`` (default ``../shared/eval``
next to the repository; see its README), read in place and never copied.  Each item's
``text`` (the 2025 Persian items' literal ``[n]`` turned into a paragraph break) is given
to :class:`akhbar.extract.Extractor` as a raw article would be, without its headline: the
title is then made from the lead, as for most real seeds.

Printed per language:

* topics: how many articles got no topic, the mean number of topics, how many articles
  each topic was given to;
* sources: how many articles were credited to the outlet the data names
  (``source_agency``, mapped to a slug below), to another known source, or to none;
* with ``--show N``: the first N articles' titles, topics (with scores) and sources, to
  read the assignments for precision by eye.

The outlets of the data that have no entry in knowledge/sources.yml count as "expected
none" (their articles should then get no known source, never a wrong one).

Figures (N = 60 per language)::

    articles with no topic    fa 32      ar 9
    topics an article         fa 0.70    ar 1.70
    sources right             fa 54      ar 19   (CNN Arabic, «(CNN)—»)
    sources wrong             fa 0       ar 0
    sources none              fa 6       ar 41   (BBC Arabic never names itself; two
                                                  Fars items name Fars only as the
                                                  agency spoken to, no publisher)

The sets are general news, mostly off the beat (sport, local Iranian news, Syria, Egypt):
an article with no topic is often right.  The rules of akhbar/topics.py keep a word that
is also an everyday word from making a topic alone (football's «دیدار» is no diplomacy,
«بندر» in a name no transport).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere, without installing
    sys.path.insert(0, str(REPO))

from akhbar.extract import Extractor  # noqa: E402
from akhbar.knowledge import load_knowledge  # noqa: E402

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
LANGS = ("fa", "ar")
# The data's ``source_agency`` (its start, before any parenthesis) -> our slug.
AGENCY_SLUGS = {
    "Fars News Agency": "fars",
    "Tasnim News Agency": "tasnim",
    "BBC": "bbc-arabic",
    "CNN": "cnn",
    "Borna News": "borna",
    "Hamshahri Online": "hamshahri",
    "Khabar Online": "khabar-online",
}


def load_raw(path: Path) -> list[dict]:
    items = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record["raw"] = record["text"].replace("[n]", "\n\n")
            except (json.JSONDecodeError, KeyError) as error:
                raise SystemExit(f"Error reading line {number} of '{path}': {error}") from error
            items.append(record)
    return items


def run(eval_dir: Path, show: int = 0) -> dict[str, dict]:
    knowledge = load_knowledge(REPO / "knowledge")
    known = {s.slug for s in knowledge.sources}
    extractor = Extractor(knowledge)
    results: dict[str, dict] = {}
    for lang in LANGS:
        items = load_raw(eval_dir / f"{lang}_dev.jsonl")
        per_topic: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        no_topic, n_topics, cpu = 0, 0, 0.0
        shown = []
        for number, item in enumerate(items):
            start = time.process_time()
            article = extractor.extract(item["raw"].encode("utf-8"), f"{lang}-{number}.txt").article
            cpu += time.process_time() - start
            slugs = [t.slug for t in article.topics]
            per_topic.update(slugs)
            no_topic += not slugs
            n_topics += len(slugs)
            expected = AGENCY_SLUGS.get(item["source_agency"].split(" (")[0], "")
            expected = expected if expected in known else ""
            if article.source == expected:
                sources["right" if expected else "right (none expected)"] += 1
            elif not article.source:
                sources["none"] += 1
            else:
                sources["wrong"] += 1
            if len(shown) < show:
                shown.append(
                    {
                        "id": item["id"],
                        "title": item["title"],
                        "topics": [f"{t.slug} {t.score}" for t in article.topics],
                        "source": article.source,
                        "source_name": article.source_name,
                        "source_via": getattr(article, "source_via", ""),
                        "expected_source": expected,
                    }
                )
        results[lang] = {
            "n": len(items),
            "no_topic": no_topic,
            "mean_topics": round(n_topics / max(len(items), 1), 2),
            "per_topic": dict(sorted(per_topic.items(), key=lambda kv: (-kv[1], kv[0]))),
            "sources": dict(sorted(sources.items())),
            "cpu_ms_per_article": round(1000 * cpu / max(len(items), 1), 1),
            "shown": shown,
        }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--show", type=int, default=0, help="print the first N assignments")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = run(args.eval_dir, args.show)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    for lang, r in results.items():
        print(
            f"{lang}: {r['n']} articles, {r['no_topic']} with no topic "
            f"({100 * r['no_topic'] / max(r['n'], 1):.0f} %), {r['mean_topics']} topics an article, "
            f"extraction {r['cpu_ms_per_article']} ms CPU an article"
        )
        print("  topics: " + ", ".join(f"{k} {v}" for k, v in r["per_topic"].items()))
        print("  sources: " + ", ".join(f"{k} {v}" for k, v in r["sources"].items()))
        for s in r["shown"]:
            via = f" via {s['source_via']}" if s["source_via"] else ""
            print(f"  - {s['id']}: {s['title']}")
            print(f"      topics: {', '.join(s['topics']) or '-'}")
            print(
                f"      source: {s['source'] or '-'} «{s['source_name']}»{via} (expected {s['expected_source'] or '-'})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
