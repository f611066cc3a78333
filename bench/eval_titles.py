"""Evaluate the titles the pipeline builds against the outlets' own headlines.

Usage::

    .venv/bin/python bench/eval_titles.py [--eval-dir DIR] [--json] [--show]

Data: ``fa_dev.jsonl`` and ``ar_dev.jsonl`` in ``--eval-dir`` (default ``../shared/eval``
next to the repository; see its README), read in place and never copied.  The items'
``text`` carries no headline line, so the title scored is the one the pipeline builds
from the text alone: each item's text goes through ``akhbar.extract.Extractor.extract``
as a seed's bytes (the same preparation as ``bench/eval_keypoints.py``: ``[n]`` marks a
paragraph break), and the article's ``title`` is compared with the outlet's ``title``.

Figures per language: ROUGE-1/2/L F1 (the functions of ``bench/eval_keypoints.py``:
folded, stemmed tokens, stopwords kept), the mean length of ours and theirs in words and
characters, the share of our titles ending in «…» (a cut sentence) and the share longer
than ``akhbar.fields.TITLE_MAX`` characters and the share longer than ``LONG`` (a whole first sentence kept because it
could not be compressed below it).  ``--show`` prints every pair.

Figures (N = 60 per language)::

                R1     R2     RL    ours words/chars  theirs      «…»   >100
    before  fa  0.158  0.042  0.140  17.0 /  92.9   10.4 / 58.4   90 %    0 %
            ar  0.307  0.141  0.284  15.5 /  95.9    9.6 / 58.5   95 %    0 %
    after   fa  0.187  0.050  0.148  29.3 / 158.6   10.4 / 58.4    0 %   70 %
            ar  0.370  0.176  0.337  20.1 / 122.1    9.6 / 58.5    0 %   50 %

Compression (whole constituents deleted, ``akhbar.fields.compress``; ``TITLE_MAX`` now
90, so the shares are over 90 and over 120 characters: over 120 is a sentence that could
not be compressed safely and stays whole)::

                R1     R2     RL    ours words/chars  theirs      >90   >120
    before  fa  0.187  0.050  0.148  29.3 / 158.6   10.4 / 58.4   78 %   57 %
            ar  0.370  0.176  0.337  20.1 / 122.1    9.6 / 58.5   65 %   40 %
    after   fa  0.200  0.051  0.161  24.2 / 130.0   10.4 / 58.4   65 %   42 %
            ar  0.375  0.179  0.343  17.4 / 105.8    9.6 / 58.5   52 %   33 %

A Persian adjunct whose first comma is inside a list runs on to a later comma
(«با هدف A و B، C و D در استان، …» goes whole)::

    after   fa  0.204  0.054  0.165  23.9 / 128.6   10.4 / 58.4   65 %   40 %
            ar  (unchanged)

The long Persian titles left are mostly a statement after a colon with no clause
boundary a headline could end on (16 of the 24 over 120 characters: 12 «name: …», 4 where
the lead's own words before the colon stay, «وی که … افزود: …», «در بیانیه … آمده است: …»,
because no speaker name was found), and leads that open with an occasion adjunct not
closed by a comma («در نشست مشترک X با Y Z بررسی شد»: where the adjunct ends and the
subject begins takes a parser, not a pattern).

Titles cut at their first whole clause (``akhbar.fields._clause_ends``: Persian
clauses end on a verb also before «که», «تا», «زیرا» the verb does not govern; Arabic
before «، و» + a verb, «وقال», a relative clause after a definite noun, an adjunct (the
«في» boundary had never matched); over ``LONG`` characters, the first whole clause)::

                R1     R2     RL    ours words/chars  theirs      >90   >120
    before  fa  0.203  0.055  0.165  24.2 / 127.6   10.4 / 58.4   65 %   40 %
            ar  0.375  0.178  0.343  17.3 / 105.3    9.6 / 58.5   52 %   33 %
    after   fa  0.206  0.057  0.169  22.1 / 116.6   10.4 / 58.4   58 %   35 %
            ar  0.395  0.189  0.366  14.3 /  88.2    9.6 / 58.5   40 %   12 %

The Persian titles left over 120 characters (21 of 60) are one clause with no boundary
to end on: a «name: statement» whose statement is one long clause (10), a lead that keeps
its attribution because no speaker label was found («وی که … افزود: …», «در بیانیه …
آمده است: …», «رویترز … به نقل از X افزود: …»: 5), a long subject or a chain of adjuncts
with no comma («تیم … در سالن … در نخستین دیدار خود در رقابت‌های … به مصاف عراق رفت»,
«مدیران X و مسئولان Y … تأکید کردند»: 6; one ends «وضع کرده تا …», a participle the
lemmatizer does not take for a verb).  Shortening them takes deleting inside a clause (a
subject's coordinated tail, an adjunct not closed by a comma), which needs a parser to
do safely.

An outlet's headline is written, not extracted: it often names the story in words the
text never uses, so ROUGE against it measures closeness, not correctness.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:  # the ROUGE functions and the data loader are shared
    sys.path.insert(0, str(BENCH))

import eval_keypoints as ek  # noqa: E402

from akhbar.fields import TITLE_MAX  # noqa: E402

DEFAULT_EVAL_DIR = ek.DEFAULT_EVAL_DIR
LANGS = ek.LANGS
ELLIPSIS = "…"
# A title this long is a whole sentence that could not be compressed safely.
LONG = 120


def _words(text: str) -> int:
    return len(text.split())


def evaluate(items: list[ek.Item], show: bool = False) -> dict[str, float]:
    """Mean ROUGE F1 of our titles against the outlets' and the length figures."""
    totals = dict.fromkeys(
        (
            "R1",
            "R2",
            "RL",
            "ours_words",
            "ours_chars",
            "theirs_words",
            "theirs_chars",
            "ellipsis",
            "over_max",
            "over_120",
        ),
        0.0,
    )
    for item in items:
        ours = ek.pipeline_article(item).title
        theirs = item.title
        candidate, reference = ek.rouge_tokens(ours, item.lang), ek.rouge_tokens(theirs, item.lang)
        totals["R1"] += ek.rouge_n(candidate, reference, 1)
        totals["R2"] += ek.rouge_n(candidate, reference, 2)
        totals["RL"] += ek.rouge_l(candidate, reference)
        totals["ours_words"] += _words(ours)
        totals["ours_chars"] += len(ours)
        totals["theirs_words"] += _words(theirs)
        totals["theirs_chars"] += len(theirs)
        totals["ellipsis"] += ours.rstrip().endswith(ELLIPSIS)
        totals["over_max"] += len(ours) > TITLE_MAX
        totals["over_120"] += len(ours) > LONG
        if show:
            print(f"{item.id}\n  theirs: {theirs}\n  ours:   {ours}")
    count = max(len(items), 1)
    return {name: value / count for name, value in totals.items()}


def run(eval_dir: Path, show: bool = False) -> dict[str, dict]:
    """Figures per language: ``{lang: {"n": N, "titles": {R1, R2, RL, ...}}}``."""
    results: dict[str, dict] = {}
    for lang in LANGS:
        path = eval_dir / f"{lang}_dev.jsonl"
        if not path.is_file():
            raise FileNotFoundError(path)
        items = [item for item in ek.load_items(path) if item.title]
        results[lang] = {"n": len(items), "titles": evaluate(items, show)}
    return results


def format_table(results: dict[str, dict]) -> str:
    lines = [
        f"{'':4} {'N':>3} {'R1':>6} {'R2':>6} {'RL':>6}   {'ours w/ch':>11}   "
        f"{'theirs w/ch':>11}   {'…':>5} {'>' + str(TITLE_MAX):>5} {'>' + str(LONG):>5}"
    ]
    for lang, result in results.items():
        t = result["titles"]
        lines.append(
            f"{lang:<4} {result['n']:>3} {t['R1']:6.3f} {t['R2']:6.3f} {t['RL']:6.3f}   "
            f"{t['ours_words']:5.1f}/{t['ours_chars']:5.1f}   "
            f"{t['theirs_words']:5.1f}/{t['theirs_chars']:5.1f}   "
            f"{t['ellipsis']:5.0%} {t['over_max']:5.0%} {t['over_120']:5.0%}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", action="store_true", help="print every title pair")
    args = parser.parse_args(argv)
    try:
        results = run(args.eval_dir, args.show)
    except FileNotFoundError as missing:
        print(
            f"Evaluation file not found: '{missing.args[0]}'. Pass --eval-dir pointing at the "
            "folder holding fa_dev.jsonl and ar_dev.jsonl.",
            file=sys.stderr,
        )
        return 2
    print(json.dumps(results, indent=2, sort_keys=True) if args.json else format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
