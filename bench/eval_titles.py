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

Figures (N = 60 per language): titles compressed by deleting whole constituents
(``akhbar.fields.compress``) and cut at their first whole clause
(``akhbar.fields._clause_ends``); the shares are of titles over ``TITLE_MAX`` (90) and
over ``LONG`` (120) characters, a sentence that could not be shortened safely::

            R1     R2     RL    ours words/chars  theirs      >90   >120
        fa  0.205  0.057  0.168  22.1 / 117.1   10.4 / 58.4   60 %   35 %
        ar  0.403  0.197  0.372  14.7 /  90.2    9.6 / 58.5   45 %   13 %

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
