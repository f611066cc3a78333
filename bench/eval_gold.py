"""Score extraction against ``gold_dev.jsonl``: people, quotes and figures read by hand.

Usage::

    .venv/bin/python bench/eval_gold.py [--eval-dir DIR] [--json] [--misses]

``gold_dev.jsonl`` (``../shared/eval``, see its ``GOLD_DEV.md``) annotates 50 items of
``fa_dev`` / ``ar_dev``: the persons each names (``named``, or ``role_only`` when only an
office names them), the statements with their speaker and first words, and the figures.
Each item goes through ``Extractor.extract`` exactly as a seed would (``evaldata.seed_bytes``:
the outlet's date as a header, no headline).  It is a development set: read the misses
(``--misses``) for general rules, never tune to an item; the file can be wrong too.

Measures, per language:

* **persons**: the people a page lists are the article's knowledge persons (its ``actors``
  of type person).  One is right when any of its names or aliases, folded, is one of a gold
  person's surface forms or its ``name_en``, or its English name equals ``name_en``.
  Precision = right / listed; recall = gold persons found / gold persons.  Candidates (names
  introduced by a role, not in the knowledge; listed in the build report, not on pages) are
  scored apart: one is right when its folded words are those of a gold surface form, or all
  of one's words are among its own (a surname the text gives alone).
* **quotes**: a gold statement is found when the first words of its ``text_start`` (up to
  four, folded) stand in that order in one extracted quote's text.  Recall = found / gold.
  Precision is counted on items whose gold lists fewer than 8 statements (the annotation
  stops at 8): quotes matching no gold statement / quotes.  Speaker of a found statement:
  ``right`` when the quote's speaker (actor or name as written) is the gold speaker
  (``name_en``, or one of that person's or organisation's surface forms), ``wrong`` when it
  names someone else, ``office`` when it is an office or a pointer and no actor («رئیس اداره…», «این مسئول»:
  true, but it names no one), ``none`` when the quote has no speaker; gold statements with no speaker
  (``null``) are left out of the speaker count.
* **figures**: a gold figure is found when an extracted figure's text holds its first
  numeral (folded) and its value is within 0.5 % or its text is the same; values right =
  found with the same value (and a money unit the same code; ``persons`` and ``percent`` as
  our count and ``percent``) / found.  Recall = found / gold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere, without installing
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaldata  # noqa: E402

from akhbar.build import knowledge_dir  # noqa: E402
from akhbar.extract import Extractor  # noqa: E402
from akhbar.knowledge import load_knowledge  # noqa: E402
from akhbar.text import fold, tokens  # noqa: E402

QUOTE_PREFIX_WORDS = 4
FIGURE_TOLERANCE = 0.005
GOLD_QUOTE_LIMIT = 8
# A speaker given as an office or a pointer («رئیس اداره پیش‌بینی», «این مسئول», «المتحدث»),
# not a name: true of the gold speaker when the text introduced them so, but it names no one,
# so it is counted apart ("office"), neither right nor wrong.  Folded first words.
OFFICE_WORDS = frozenset(
    fold(w)
    for w in [
        "رئیس",
        "رییس",
        "معاون",
        "مدیر",
        "مدیرکل",
        "وزیر",
        "سخنگو",
        "فرمانده",
        "فرماندار",
        "استاندار",
        "امام",
        "خطیب",
        "نماینده",
        "عضو",
        "دبیر",
        "سرمربی",
        "مشاور",
        "سفیر",
        "دادستان",
        "قائم\u200cمقام",
        "این",
        "آن",
        "رئيس",
        "نائب",
        "وزير",
        "المتحدث",
        "متحدث",
        "قائد",
        "مدير",
        "سفير",
        "مستشار",
        "عضو",
        "الأمين",
        "الأمين_العام",
        "المسؤول",
        "مسؤول",
        "الناطق",
        "هذا",
        "هذه",
    ]
)
_NUMERAL_RE = re.compile(r"\d+(?:[./٫]\d+)?")


def _words(text: str) -> tuple[str, ...]:
    return tuple(tokens(text))


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return bool(n) and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _actor_forms(actor) -> set[str]:  # type: ignore[no-untyped-def]
    names = (actor.names.fa, actor.names.ar, actor.names.en, *actor.aliases)
    return {fold(n) for n in names if n}


def _gold_forms(entry: dict) -> set[str]:
    return {fold(s) for s in entry.get("surface", [])} | {fold(entry.get("name_en", ""))}


def _is_gold_person(actor, person: dict) -> bool:  # type: ignore[no-untyped-def]
    return fold(actor.names.en) == fold(person["name_en"]) or bool(
        _actor_forms(actor) & _gold_forms(person)
    )


def _candidate_right(name: str, person: dict) -> bool:
    words = set(_words(name))
    for surface in person.get("surface", []):
        gold = set(_words(surface))
        if gold and (gold == words or gold <= words):
            return True
    return False


def score_persons(article, candidates, gold: dict, actors: dict) -> dict:  # type: ignore[no-untyped-def]
    persons = [actors[s] for s in article.actors if s in actors and actors[s].type == "person"]
    golds = gold["persons"]
    listed_right = [a for a in persons if any(_is_gold_person(a, p) for p in golds)]
    found = [p for p in golds if any(_is_gold_person(a, p) for a in persons)]
    cands = [c.name for c in candidates]
    cands_right = [c for c in cands if any(_candidate_right(c, p) for p in golds)]
    found_any = [
        p
        for p in golds
        if any(_is_gold_person(a, p) for a in persons) or any(_candidate_right(c, p) for c in cands)
    ]
    return {
        "listed": len(persons),
        "listed_right": len(listed_right),
        "gold": len(golds),
        "gold_role_only": sum(p.get("how") == "role_only" for p in golds),
        "found": len(found),
        "found_role_only": sum(p.get("how") == "role_only" for p in found),
        "candidates": len(cands),
        "candidates_right": len(cands_right),
        "found_with_candidates": len(found_any),
        "wrong": [a.names.en for a in persons if a not in listed_right],
        "missed": [p["name_en"] for p in golds if p not in found],
        "wrong_candidates": [c for c in cands if c not in cands_right],
    }


def _speaker_forms(gold: dict, name_en: str) -> set[str]:
    forms = {fold(name_en)}
    for entry in (*gold["persons"], *gold.get("orgs_states", [])):
        if entry.get("name_en") == name_en:
            forms |= _gold_forms(entry)
    return forms


def _speaker_verdict(quote, name_en: str | None, gold: dict, actors: dict) -> str:  # type: ignore[no-untyped-def]
    if name_en is None:
        return "unscored"
    if not quote.speaker and not quote.speaker_name:
        return "none"
    forms = _speaker_forms(gold, name_en)
    actor = actors.get(quote.speaker)
    said_words = _words(quote.speaker_name)
    if actor is None and said_words and said_words[0] in OFFICE_WORDS:
        return "office"
    if actor is not None:
        right = fold(actor.names.en) == fold(name_en) or bool(_actor_forms(actor) & forms)
        return "right" if right else "wrong"
    said = set(_words(quote.speaker_name))
    for form in forms:
        words = set(_words(form))
        if words and (words <= said or said <= words):
            return "right"
    return "wrong"


def score_quotes(article, gold: dict, actors: dict) -> dict:  # type: ignore[no-untyped-def]
    texts = [_words(q.text) for q in article.quotes]
    matched: set[int] = set()
    verdicts = {"right": 0, "wrong": 0, "office": 0, "none": 0, "unscored": 0}
    missed, wrong = [], []
    for entry in gold["quotes"]:
        start = _words(entry["text_start"])[:QUOTE_PREFIX_WORDS]
        hit = next((i for i, t in enumerate(texts) if _contains(t, start)), None)
        if hit is None:
            missed.append(entry["text_start"])
            continue
        matched.add(hit)
        verdict = _speaker_verdict(article.quotes[hit], entry["speaker_en"], gold, actors)
        verdicts[verdict] += 1
        if verdict == "wrong":
            q = article.quotes[hit]
            wrong.append(f"{entry['speaker_en']} <- {q.speaker or q.speaker_name}: {q.text[:60]}")
    complete = len(gold["quotes"]) < GOLD_QUOTE_LIMIT
    return {
        "gold": len(gold["quotes"]),
        "found": len(gold["quotes"]) - len(missed),
        "extracted_complete": len(texts) if complete else 0,
        "unmatched_complete": len(texts) - len(matched) if complete else 0,
        **{f"speaker_{k}": v for k, v in verdicts.items()},
        "missed": missed,
        "wrong_speakers": wrong,
        "unmatched": [article.quotes[i].text[:80] for i in range(len(texts)) if i not in matched]
        if complete
        else [],
    }


def _unit_right(ours: str, theirs: str) -> bool:
    if theirs == "persons":
        return ours not in {"percent", "day", "week", "month", "year"} and len(ours) != 3
    return ours == theirs


def score_figures(article, gold: dict) -> dict:  # type: ignore[no-untyped-def]
    found = right = 0
    misses, wrong = [], []
    for entry in gold["figures"]:
        numeral = _NUMERAL_RE.search(fold(entry["text"]))
        value = float(entry["value"])
        candidates = [
            f
            for f in article.figures
            if (numeral and numeral.group(0) in fold(f.text)) or fold(f.text) == fold(entry["text"])
        ]
        if not candidates:
            misses.append(entry["text"])
            continue
        found += 1
        best = min(candidates, key=lambda f: abs(f.value - value))
        if abs(best.value - value) <= FIGURE_TOLERANCE * max(abs(value), 1) and _unit_right(
            best.unit, entry["unit"]
        ):
            right += 1
        else:
            wrong.append(
                f"{entry['text']} = {value:g} {entry['unit']} <- {best.value:g} {best.unit}"
            )
    return {
        "gold": len(gold["figures"]),
        "found": found,
        "right": right,
        "missed": misses,
        "wrong": wrong,
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def run(eval_dir: Path) -> dict:
    gold_path = Path(eval_dir) / "gold_dev.jsonl"
    golds = [
        json.loads(line)
        for line in gold_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    records = {r["id"]: r for lang in evaldata.LANGS for r in evaldata.load(eval_dir, lang)}
    knowledge = load_knowledge(knowledge_dir())
    actors = {a.slug: a for a in knowledge.actors}
    extractor = Extractor(knowledge)
    items = []
    for gold in golds:
        record = records[gold["id"]]
        extraction = extractor.extract(evaldata.seed_bytes(record), f"eval/{gold['id']}.txt")
        article = extraction.article
        items.append(
            {
                "id": gold["id"],
                "lang": gold["lang"],
                "date": article.date,
                "persons": score_persons(article, extraction.candidates, gold, actors),
                "quotes": score_quotes(article, gold, actors),
                "figures": score_figures(article, gold),
            }
        )
    return {"items": items, "summary": summarise(items)}


def summarise(items: list[dict]) -> dict:
    out = {}
    for lang in (*evaldata.LANGS, "all"):
        mine = [i for i in items if lang in ("all", i["lang"])]

        def total(part: str, key: str, mine: list[dict] = mine) -> int:
            return sum(i[part][key] for i in mine)

        speakers = total("quotes", "speaker_right") + total("quotes", "speaker_wrong")
        out[lang] = {
            "items": len(mine),
            "person_precision": _ratio(
                total("persons", "listed_right"), total("persons", "listed")
            ),
            "person_recall": _ratio(total("persons", "found"), total("persons", "gold")),
            "persons_listed": total("persons", "listed"),
            "persons_wrong": total("persons", "listed") - total("persons", "listed_right"),
            "role_only_found": f"{total('persons', 'found_role_only')}/{total('persons', 'gold_role_only')}",
            "candidate_precision": _ratio(
                total("persons", "candidates_right"), total("persons", "candidates")
            ),
            "candidates": total("persons", "candidates"),
            "person_recall_with_candidates": _ratio(
                total("persons", "found_with_candidates"), total("persons", "gold")
            ),
            "quote_recall": _ratio(total("quotes", "found"), total("quotes", "gold")),
            "quote_precision": _ratio(
                total("quotes", "extracted_complete") - total("quotes", "unmatched_complete"),
                total("quotes", "extracted_complete"),
            ),
            "speaker_accuracy": _ratio(total("quotes", "speaker_right"), speakers),
            "speakers_right_wrong_office_none": (
                f"{total('quotes', 'speaker_right')}/{total('quotes', 'speaker_wrong')}/"
                f"{total('quotes', 'speaker_office')}/{total('quotes', 'speaker_none')}"
            ),
            "figure_recall": _ratio(total("figures", "found"), total("figures", "gold")),
            "figure_values_right": _ratio(total("figures", "right"), total("figures", "found")),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=evaldata.DEFAULT_EVAL_DIR)
    parser.add_argument("--json", action="store_true", help="print every item's scores as JSON")
    parser.add_argument("--misses", action="store_true", help="print what each item got wrong")
    args = parser.parse_args(argv)
    result = run(args.eval_dir)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    if args.misses:
        for item in result["items"]:
            lines = []
            for part, keys in (
                ("persons", ("wrong", "missed", "wrong_candidates")),
                ("quotes", ("missed", "wrong_speakers", "unmatched")),
                ("figures", ("missed", "wrong")),
            ):
                for key in keys:
                    if item[part][key]:
                        lines.append(f"  {part} {key}: " + " | ".join(item[part][key]))
            if lines:
                print(f"{item['id']} ({item['lang']}, {item['date']})")
                print("\n".join(lines))
    summary = result["summary"]
    width = max(len(k) for k in summary["all"])
    print(f"{'':{width}}  " + "  ".join(f"{lang:>9}" for lang in summary))
    for key in summary["all"]:
        print(f"{key:{width}}  " + "  ".join(f"{summary[lang][key]!s:>9}" for lang in summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
