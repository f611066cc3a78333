"""Every office named with no person beside it, in every evaluation item, and its holder.

Usage::

    .venv/bin/python bench/eval_roles.py [--eval-dir DIR] [--json]

Each item of ``fa_dev`` / ``ar_dev`` (``../shared/eval``) goes through ``Extractor.extract``
as a seed would (``evaldata.seed_bytes``: the outlet's date as a header); then its
paragraphs are read again by ``akhbar.actors.match_actors`` for the role-only mentions it
counted.  One line a mention: the item, its date, the office, the phrase with a few words
around it, and the holder given, with how (``titled``: the person the article itself
names beside that title; ``dated``: the knowledge's one holder on the date) or ``-`` when
nobody is given (no date, nobody known then, or several).  It is written to be read by
eye: a holder is right only when that person held the office on that day and the text
means the office then, not a former or a foreign one.  The summary counts mentions,
holders given by how, and offices left unresolved, per language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere, without installing
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaldata  # noqa: E402

from akhbar.actors import match_actors  # noqa: E402
from akhbar.build import knowledge_dir  # noqa: E402
from akhbar.extract import Extractor  # noqa: E402
from akhbar.knowledge import load_knowledge  # noqa: E402

CONTEXT_CHARS = 40  # text shown each side of a phrase: enough to see who is meant


def _context(paragraph: str, start: int, end: int) -> str:
    """The phrase at *start*:*end* of *paragraph*, in brackets, with the text around it."""
    before = paragraph[max(0, start - CONTEXT_CHARS) : start]
    return f"…{before}[{paragraph[start:end]}]{paragraph[end : end + CONTEXT_CHARS]}…"


def run(eval_dir: Path) -> dict:
    knowledge = load_knowledge(knowledge_dir())
    extractor = Extractor(knowledge)
    matcher = extractor.matcher
    mentions = []
    for lang in evaldata.LANGS:
        for record in evaldata.load(eval_dir, lang):
            article = extractor.extract(
                evaldata.seed_bytes(record), f"eval/{record['id']}.txt"
            ).article
            paragraphs = article.paragraphs()
            titled = matcher.titled_in(paragraphs)
            _, found = match_actors(paragraphs, article.date, matcher)
            for mention in found:
                holder = knowledge.actor(mention.slug) if mention.slug else None
                mentions.append(
                    {
                        "id": record["id"],
                        "lang": lang,
                        "date": article.date,
                        "role": mention.role,
                        "phrase": mention.text,
                        "context": _context(
                            paragraphs[mention.paragraph],
                            mention.offset,
                            mention.offset + len(mention.text),
                        ),
                        "holder": mention.slug,
                        "holder_name": holder.names.en if holder else "",
                        "how": (
                            "titled"
                            if mention.slug and titled.get(mention.role) == mention.slug
                            else "dated"
                            if mention.slug
                            else ""
                        ),
                    }
                )
    return {"mentions": mentions, "summary": summarise(mentions)}


def summarise(mentions: list[dict]) -> dict:
    out = {}
    for lang in (*evaldata.LANGS, "all"):
        mine = [m for m in mentions if lang in ("all", m["lang"])]
        how = Counter(m["how"] or "unresolved" for m in mine)
        out[lang] = {
            "mentions": len(mine),
            "items": len({m["id"] for m in mine}),
            "titled": how["titled"],
            "dated": how["dated"],
            "unresolved": how["unresolved"],
            "unresolved_undated": sum(1 for m in mine if not m["how"] and not m["date"]),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=evaldata.DEFAULT_EVAL_DIR)
    parser.add_argument("--json", action="store_true", help="print every mention as JSON")
    args = parser.parse_args(argv)
    result = run(args.eval_dir)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for m in result["mentions"]:
        holder = f"{m['holder_name'] or m['holder']} ({m['how']})" if m["holder"] else "-"
        print(f"{m['id']} {m['lang']} {m['date'] or 'undated'} {m['role']} -> {holder}")
        print(f"    {m['context']}")
    summary = result["summary"]
    width = max(len(k) for k in summary["all"])
    print(f"{'':{width}}  " + "  ".join(f"{lang:>6}" for lang in summary))
    for key in summary["all"]:
        print(f"{key:{width}}  " + "  ".join(f"{summary[lang][key]!s:>6}" for lang in summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
