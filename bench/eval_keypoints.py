"""Evaluate key-point extraction against the outlets' own leads (ROUGE-1/2/L F1).

Usage::

    .venv/bin/python bench/eval_keypoints.py [--eval-dir DIR] [--json] [--show N]

``--show N`` prints, for the first N items of each language, the reference, the title
the pipeline made and its key points with their ROUGE-L, to read them by eye.

Data: ``fa_dev.jsonl`` and ``ar_dev.jsonl`` in ``--eval-dir`` (default
``../shared/eval`` next to the repository; see its README).  The data is read in place and
never copied into the repository.  Each item's ``text`` is the article body and
``summary`` the outlet's lead (standfirst), used as the single reference.

Systems, all scored in the same run on the same items:

* ``keypoints``: the key points of the pipeline as it runs: the item's text goes through
  ``akhbar.extract.Extractor.extract`` (as a seed's bytes), and the article's
  ``key_points`` are scored, exactly as the site shows them (display form, cut to 250
  characters), joined.  The title the ranker is given is therefore the one the pipeline
  derives: the items' text carries no headline line, so it is the title built from the
  lead (``akhbar.fields``), never the outlet's ``title``, which a seed would not have.
* ``kp-outlet-title``: for comparison only, ``akhbar.keypoints.key_points`` on the same
  paragraphs given the outlet's own ``title`` (what the pipeline would do if the seed
  carried that headline line).
* ``lead-1`` / ``lead-3``: the first 1 / 3 sentences of the article.  They are taken from
  the same candidate list the ranker sees (``candidate_sentences``: agency prefixes and
  datelines stripped, headings and fragments dropped), so the comparison measures the
  choice of sentences and not the clean-up; this makes the baselines stronger than a raw
  Lead-k, which also reports «به گزارش خبرگزاری فارس، ...» and «دبي، ... (CNN) --».

Preparing the data (documented quirks of the sets):

* the 2025 Persian items mark paragraph breaks with a literal ``[n]``: turned into a
  blank line; paragraphs are split on newlines;
* some Fars items use Arabic ك/ي: nothing to do, every comparison is on folded text;
* the reference: the Fars standfirsts start with «خبرگزاری فارس: », agency boilerplate
  that is not content, so ``strip_boilerplate`` is applied to the reference too;
* does ``text`` contain the summary?  Checked: no item's text has the summary as a
  paragraph of its own (it is never a repeated standfirst), 4/60 Persian and 15/60
  Arabic texts contain it verbatim inside their first sentence (CNN and BBC write the
  standfirst from the lead).  Those items are kept: that overlap is exactly what a lead
  is, and it helps Lead-k and our ranker alike since both may pick the first sentence.

ROUGE is implemented here: every text is tokenised with ``akhbar.text.tokens`` (NFKC,
folded: ي/ی and ك/ک unified, diacritics, tatweel and ZWNJ removed, digits to ASCII,
``\\w+`` runs) and each token is stemmed with ``akhbar.keypoints.stem`` (hazm ``Stemmer``
for Persian, light prefix/suffix stripping for Arabic); stopwords are kept, as in the
reference ROUGE.  ROUGE-N is clipped n-gram overlap; ROUGE-L is the longest common
subsequence of the two whole token sequences; each is F1 (beta = 1), averaged over items.

Figures of the pipeline as it runs (N = 60 per language, mean F1; titles cut at their
first whole clause by ``akhbar.fields``, a position prior per language,
``POSITION_DECAY``: 1.5 for Persian, 1.0 for Arabic)::

    system           fa R1  R2     RL    | ar R1  R2     RL
    keypoints        0.281  0.150  0.217 | 0.367  0.282  0.336
    kp-outlet-title  0.304  0.173  0.238 | 0.394  0.314  0.363
    lead-3           0.279  0.148  0.211 | 0.380  0.298  0.348

Every point is a sentence that can be read alone (``keypoints.states_alone``): no
question, heading, unfinished sentence or its other half, no middle or end of a
quotation whose speaker is in an earlier sentence, no cause split off («زیرا …»).  Of
the 1,391 candidates of the two sets that rule sets aside 35 fa and 42 ar (fa: 13
questions, 13 inside a quotation or after an unfinished sentence, 7 unfinished, 1
heading, 1 cause; ar: 31 inside a quotation, 4 questions, 3 unfinished, 2 headings, 2
quotation ends).  It costs ROUGE (before it: keypoints RL fa 0.211, ar 0.340; R1 fa
0.278, ar 0.371): those sentences are short and often quote the lead's speaker, and
one fa item (an interview) loses 0.43 RL as its ranking shifts.  Lead-3 keeps them (it
reads ``candidate_sentences``, which the rule does not change).

No point repeats the title, so when the title is the lead sentence whole (or the lead
adds to it only who said it and when: ``keypoints.FRAMING_WORDS``), the lead is no point
and the reference restates it (19/60 fa, 10/60 ar): that costs Arabic most.
``TITLE_MAX`` at 60, 70, 80 or 90 gives the same figures within 0.003 RL: where a title
ends is set by its clause boundaries.  The target (Lead-3 + 0.02) is not reached: the
leads left repeating the title are one clause that cannot be cut safely.  An upper bound
for any ranker of these candidates: the best three of each item's first 15 (the points
allowed, chosen by looking at the reference) give RL fa 0.267, ar 0.379 against a target
of 0.231 and 0.368.  Without the rule that no point repeats the title
(``REPEATS_TITLE_NEW_WORDS`` at 0), the ranker gives RL fa 0.223, ar 0.364: under the
target too; a raw Lead-3 (the first three sentences of the text as it stands, nothing
stripped) scores as the Lead-3 above (fa 0.212, ar 0.348).  Tried on the ranker and not
kept, each lowering RL in both languages or leaving it: MMR redundancy between the
points, MMR against the title, a bonus for a figure or a quotation mark, a penalty or a
bonus for background openings («وكان», «ويذكر أن»), for sentences pointing back, for
quotation marks and for a verb of saying at the start, and shortening the chosen
sentences by the title's compressions; only the per-language position prior helps, and
only Persian.

Why the ranker's weights (``akhbar/keypoints.py``): its score ablated, ranked with the
outlet's title (3 points each, measured before ``states_alone``; "position only" is
Lead-3 cut to 250 characters, which shows the cut itself is worth +0.005 RL at most)::

    position only            0.284  0.143  0.212 | 0.386  0.304  0.354
    + title                  0.300  0.158  0.225 | 0.387  0.308  0.357
    + title + brevity        0.306  0.160  0.231 | 0.400  0.315  0.367
    + centrality 0.2 (used)  0.302  0.160  0.231 | 0.399  0.318  0.367
    centrality 0.6           0.298  0.157  0.228 | 0.389  0.311  0.360
    no position              0.294  0.148  0.224 | 0.349  0.264  0.321

Lead-1 (which the script prints too) is far ahead of any 3 sentences because the
reference is one sentence written from the lead: F1 punishes the two extra points
whatever they say.  The brief's target is 3 points against Lead-3 + 0.02 RL (not
reached: fa is 0.004 and ar 0.012 below Lead-3 itself); the weights were tuned on these
same 120 items (there is no held-out set), so expect any margin to shrink on unseen
text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere, without installing
    sys.path.insert(0, str(REPO))

from akhbar.build import knowledge_dir  # noqa: E402
from akhbar.extract import Extractor  # noqa: E402
from akhbar.keypoints import (  # noqa: E402
    candidate_sentences,
    key_points,
    stem,
    strip_boilerplate,
)
from akhbar.knowledge import load_knowledge  # noqa: E402
from akhbar.model import Article  # noqa: E402
from akhbar.text import display, tokens  # noqa: E402

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
LANGS = ("fa", "ar")
SYSTEMS = ("keypoints", "kp-outlet-title", "lead-1", "lead-3")
N_POINTS = 3


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    lang: str
    title: str
    text: str  # the article as a seed would hold it (paragraphs on their own lines)
    paragraphs: list[str]
    reference: str


def load_items(path: Path) -> list[Item]:
    """Read one ``*_dev.jsonl`` file into items ready to summarise."""
    items = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"].replace("[n]", "\n\n")
                items.append(
                    Item(
                        id=record.get("id", f"{path.name}:{number}"),
                        lang=record["lang"],
                        title=record.get("title") or "",
                        text=text,
                        paragraphs=[p for p in text.splitlines() if p.strip()],
                        reference=strip_boilerplate(record["summary"]),
                    )
                )
            except (json.JSONDecodeError, KeyError) as error:
                raise SystemExit(f"Error reading line {number} of '{path}': {error}") from error
    return items


def rouge_tokens(text: str, lang: str) -> list[str]:
    """Folded, stemmed tokens (stopwords kept) used for every ROUGE score."""
    return [stem(t, lang) for t in tokens(text)]


def _ngrams(words: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _f1(overlap: float, candidate_total: int, reference_total: int) -> float:
    if not overlap or not candidate_total or not reference_total:
        return 0.0
    precision, recall = overlap / candidate_total, overlap / reference_total
    return 2 * precision * recall / (precision + recall)


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    """ROUGE-N F1 with clipped counts."""
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((cand & ref).values())
    return _f1(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (one row of the DP table at a time)."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(candidate: list[str], reference: list[str]) -> float:
    """ROUGE-L F1 over the whole token sequences."""
    return _f1(lcs_length(candidate, reference), len(candidate), len(reference))


_EXTRACTOR: list[Extractor] = []


def extractor() -> Extractor:
    """The pipeline's extractor with the project's knowledge (built once per process)."""
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor(load_knowledge(knowledge_dir())))
    return _EXTRACTOR[0]


def pipeline_article(item: Item) -> Article:
    """*item* extracted as the build extracts a seed holding its text."""
    return extractor().extract(item.text.encode("utf-8"), f"{item.id}.txt").article


def system_outputs(item: Item, article: Article | None = None) -> dict[str, list[str]]:
    """The sentences each system returns for *item* (*article*: its extraction, if done)."""
    article = article or pipeline_article(item)
    with_title, _origin = key_points(item.paragraphs, item.lang, item.title, N_POINTS)
    lead = [display(s, item.lang) for s in candidate_sentences(item.paragraphs, item.lang)[:3]]
    return {
        "keypoints": list(article.key_points),
        "kp-outlet-title": with_title,
        "lead-1": lead[:1],
        "lead-3": lead[:3],
    }


def evaluate(items: list[Item]) -> dict[str, dict[str, float]]:
    """Mean ROUGE-1/2/L F1 per system over *items*."""
    sums = {name: {"R1": 0.0, "R2": 0.0, "RL": 0.0} for name in SYSTEMS}
    for item in items:
        reference = rouge_tokens(item.reference, item.lang)
        for name, sentences in system_outputs(item).items():
            candidate = rouge_tokens(" ".join(sentences), item.lang)
            sums[name]["R1"] += rouge_n(candidate, reference, 1)
            sums[name]["R2"] += rouge_n(candidate, reference, 2)
            sums[name]["RL"] += rouge_l(candidate, reference)
    count = max(len(items), 1)
    return {
        name: {metric: value / count for metric, value in scores.items()}
        for name, scores in sums.items()
    }


def run(eval_dir: Path) -> dict[str, dict]:
    """Scores per language: ``{lang: {"n": N, "systems": {system: {R1, R2, RL}}}}``."""
    results: dict[str, dict] = {}
    for lang in LANGS:
        path = eval_dir / f"{lang}_dev.jsonl"
        if not path.is_file():
            raise FileNotFoundError(path)
        items = load_items(path)
        results[lang] = {"n": len(items), "systems": evaluate(items)}
    return results


def show(eval_dir: Path, count: int) -> None:
    """Print the reference, the pipeline's title and key points of *count* items a
    language, with the points' ROUGE-L against the reference."""
    for lang in LANGS:
        path = eval_dir / f"{lang}_dev.jsonl"
        if not path.is_file():
            raise FileNotFoundError(path)
        for item in load_items(path)[:count]:
            article = pipeline_article(item)
            reference = rouge_tokens(item.reference, lang)
            candidate = rouge_tokens(" ".join(article.key_points), lang)
            print(f"== {item.id}  RL {rouge_l(candidate, reference):.3f}")
            print(f"   reference: {item.reference}")
            print(f"   title:     {article.title}")
            for point in article.key_points:
                print(f"   * {point}")


def format_table(results: dict[str, dict]) -> str:
    lines = []
    for lang, result in results.items():
        lines.append(f"{lang} (N = {result['n']})")
        lines.append(f"  {'system':<15} {'R1':>6} {'R2':>6} {'RL':>6}")
        for name, scores in result["systems"].items():
            lines.append(
                f"  {name:<15} {scores['R1']:6.3f} {scores['R2']:6.3f} {scores['RL']:6.3f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--show", type=int, default=0, metavar="N", help="print the first N items' points"
    )
    args = parser.parse_args(argv)
    try:
        if args.show:
            show(args.eval_dir, args.show)
            return 0
        results = run(args.eval_dir)
    except FileNotFoundError as missing:
        print(
            f"Evaluation file not found: '{missing.args[0]}'. Pass --eval-dir pointing at the "
            "folder holding fa_dev.jsonl and ar_dev.jsonl.",
            file=sys.stderr,
        )
        return 2
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    else:
        print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
