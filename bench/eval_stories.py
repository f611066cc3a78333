"""Story clustering against a gold of story membership, and its cost at scale.

Usage::

    .venv/bin/python bench/eval_stories.py [--eval-dir DIR] [--misses] [--json]
    .venv/bin/python bench/eval_stories.py --corpus /tmp/c1000   # after bench/corpus.py 1000 /tmp/c1000

Data: the 120 items of ``fa_dev.jsonl`` and ``ar_dev.jsonl`` in ``--eval-dir`` (default
``../shared/eval`` next to the repository; read in place, never copied), each given to
:class:`akhbar.extract.Extractor` as a seed with its outlet's date (``bench/evaldata.py``),
and the five seeds of ``seeds/``.  The gold, ``bench/stories_gold.yml``, lists the stories
of more than one article by item id (see bench/README.md, "Stories"); every other item is
a story of its own.

Printed:

* pairwise precision and recall: of the pairs of articles put in one story, how many are
  in one gold story, and of the gold's pairs, how many were found;
* B-cubed precision, recall and F1 (Bagga and Baldwin 1998): per article, the share of
  its story that is in its gold story and the reverse, averaged over articles;
* the same with every item undated (``--undated`` adds this run: articles then join by
  their other signals only);
* the clustering's CPU time and peak memory (``tracemalloc``; extraction not counted).

With ``--corpus DIR`` the articles are ``DIR/seeds/*.txt`` (``bench/corpus.py``) and only
the cost and the story sizes are printed: the corpus recombines the seeds' paragraphs, so
it has no gold.

Figures (``bench/eval_stories.py --undated``), on 125 articles, 23 gold pairs in 11
stories::

    dated     pairwise P 1.000 R 0.739   B-cubed P 1.000 R 0.964 F1 0.982
    undated   pairwise P 1.000 R 0.478   B-cubed P 1.000 R 0.929 F1 0.963
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere, without installing
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402
from evaldata import DEFAULT_EVAL_DIR, LANGS, load, seed_bytes  # noqa: E402

from akhbar.build import knowledge_dir  # noqa: E402
from akhbar.extract import Extractor  # noqa: E402
from akhbar.knowledge import Knowledge, load_knowledge  # noqa: E402
from akhbar.model import Article  # noqa: E402
from akhbar.stories import Story, cluster  # noqa: E402

GOLD = Path(__file__).resolve().parent / "stories_gold.yml"


def gold_labels(path: Path, ids: list[str]) -> dict[str, str]:
    """Item id -> story label; an item the gold does not list is a story of its own."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = {i: f"alone:{i}" for i in ids}
    for section in ("stories", "seeds"):
        for label, members in (data.get(section) or {}).items():
            for member in members:
                if member not in labels:
                    raise SystemExit(f"Error reading '{path}': {member!r} is no item nor seed")
                labels[member] = label
    return labels


def articles(eval_dir: Path, extractor: Extractor, dated: bool) -> list[Article]:
    """The evaluation items and the seeds, extracted; each article's slug is its id."""
    result = []
    for lang in LANGS:
        for record in load(eval_dir, lang):
            extracted = extractor.extract(seed_bytes(record, dated), record["id"]).article
            result.append(replace(extracted, slug=record["id"]))
    for path in sorted((REPO / "seeds").glob("*.txt")):
        data = path.read_bytes()
        if not dated:  # the seeds' date headers off too
            data = b"\n".join(ln for ln in data.split(b"\n") if not ln.startswith(b"date "))
        result.append(replace(extractor.extract(data, path.name).article, slug=path.name[:3]))
    return result


def pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    by_group: dict[str, list[str]] = {}
    for item, group in groups.items():
        by_group.setdefault(group, []).append(item)
    return {p for members in by_group.values() for p in itertools.combinations(sorted(members), 2)}


def scores(found: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise and B-cubed precision and recall of *found* (item -> story) against *gold*."""
    found_pairs, gold_pairs = pairs(found), pairs(gold)
    both = found_pairs & gold_pairs
    members_found = Counter(found.values())
    members_gold = Counter(gold.values())
    overlap = Counter((found[i], gold[i]) for i in gold)
    b_precision = sum(overlap[found[i], gold[i]] / members_found[found[i]] for i in gold) / len(
        gold
    )
    b_recall = sum(overlap[found[i], gold[i]] / members_gold[gold[i]] for i in gold) / len(gold)
    return {
        "pairs_found": len(found_pairs),
        "pairs_gold": len(gold_pairs),
        "pairwise_precision": len(both) / len(found_pairs) if found_pairs else 1.0,
        "pairwise_recall": len(both) / len(gold_pairs) if gold_pairs else 1.0,
        "bcubed_precision": b_precision,
        "bcubed_recall": b_recall,
        "bcubed_f1": 2 * b_precision * b_recall / (b_precision + b_recall),
    }


def timed(items: list[Article], knowledge: Knowledge) -> tuple[tuple[Story, ...], float, float]:
    """The stories, the CPU seconds and the peak MB of clustering *items*."""
    start = time.process_time()
    stories = cluster(items, knowledge=knowledge)
    seconds = time.process_time() - start
    tracemalloc.start()  # a second run: tracing slows Python several times
    cluster(items, knowledge=knowledge)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return stories, seconds, peak


def evaluate(eval_dir: Path, extractor: Extractor, dated: bool, misses: bool) -> dict:
    items = articles(eval_dir, extractor, dated)
    gold = gold_labels(GOLD, [a.slug for a in items])
    stories, seconds, peak = timed(items, extractor.knowledge)
    found = {slug: story.slug for story in stories for slug in story.articles}
    result = {"articles": len(items), **scores(found, gold), "seconds": seconds, "peak_mb": peak}
    if misses:
        false = pairs(found) - pairs(gold)
        missed = pairs(gold) - pairs(found)
        why = {link.article: link for story in stories for link in story.why}
        result["wrong_pairs"] = sorted(false)
        result["missed_pairs"] = sorted(missed)
        result["links"] = {a: [why[a].via, *why[a].signals] for a in sorted(why) if why[a].via}
    return result


def corpus(folder: Path, extractor: Extractor) -> dict:
    paths = sorted((folder / "seeds").glob("*.txt"))
    start = time.process_time()
    items = [extractor.extract(p.read_bytes(), f"seeds/{p.name}").article for p in paths]
    extract_seconds = time.process_time() - start
    # Slugs made unique as the build does for pages (a repeated title gets the file's stem).
    seen: Counter[str] = Counter(a.slug for a in items)
    items = [
        replace(a, slug=f"{a.slug}-{p.stem}") if seen[a.slug] > 1 else a
        for a, p in zip(items, paths, strict=True)
    ]
    stories, seconds, peak = timed(items, extractor.knowledge)
    sizes = Counter(len(s.articles) for s in stories)
    largest = max(stories, key=lambda s: len(s.articles))
    return {
        "articles": len(items),
        "extract_seconds": extract_seconds,
        "stories": len(stories),
        "sizes": dict(sorted(sizes.items())),
        "largest": {"size": len(largest.articles), "start": largest.start, "end": largest.end},
        "seconds": seconds,
        "peak_mb": peak,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--corpus", type=Path, help="a bench/corpus.py folder: cost only")
    parser.add_argument("--undated", action="store_true", help="also with every item undated")
    parser.add_argument("--misses", action="store_true", help="list wrong and missed pairs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    extractor = Extractor(load_knowledge(knowledge_dir()))
    if args.corpus:
        report = {"corpus": corpus(args.corpus, extractor)}
    else:
        report = {"dated": evaluate(args.eval_dir, extractor, True, args.misses)}
        if args.undated:
            report["undated"] = evaluate(args.eval_dir, extractor, False, args.misses)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for name, r in report.items():
        if name == "corpus":
            print(
                f"corpus    {r['articles']} articles (extraction {r['extract_seconds']:.1f} s): "
                f"{r['stories']} stories, sizes {r['sizes']}, largest {r['largest']}; "
                f"clustering {r['seconds']:.2f} s CPU, peak {r['peak_mb']:.1f} MB"
            )
            continue
        print(
            f"{name:9} pairwise P {r['pairwise_precision']:.3f} R {r['pairwise_recall']:.3f} "
            f"({r['pairs_found']} pairs found, {r['pairs_gold']} gold)   "
            f"B-cubed P {r['bcubed_precision']:.3f} R {r['bcubed_recall']:.3f} "
            f"F1 {r['bcubed_f1']:.3f}   {r['articles']} articles, "
            f"clustering {r['seconds']:.2f} s CPU, peak {r['peak_mb']:.1f} MB"
        )
        for key in ("wrong_pairs", "missed_pairs"):
            for a, b in r.get(key, ()):
                print(f"  {key[:-6]:6} {a} {b}")
        for article, link in r.get("links", {}).items():
            print(f"  link   {article} <- {' '.join(link)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
