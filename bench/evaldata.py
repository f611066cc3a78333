"""The evaluation sets in ``../shared/eval``, read in place, as the pipeline reads a seed.

Each item of ``fa_dev.jsonl`` / ``ar_dev.jsonl`` is an outlet's article (``text``) with its
own ``title``, ``summary`` (lead) and publication date.  ``seed_bytes`` writes the item as an
editor would drop it into ``seeds/``: a ``date YYYY-MM-DD`` header when the outlet's metadata
gives the day, then the paragraphs (the 2025 Persian items mark breaks with a literal
``[n]``).  The headline is not given: the pipeline makes its own.

The date, from the outlet's metadata (never from the text, which the pipeline reads itself):

* ``date`` as an RFC 2822 string (BBC, CNN): its day;
* ``date`` as a Jalali string («۱۴ شهریور ۱۴۰۴ - ۱۳:۵۶», Tasnim and the other 2025 items):
  read as the pipeline reads a dateline (``akhbar.fields.date_from_text``);
* no ``date`` (Fars): the news id in the URL begins with the Jalali day, ``YYMMDD``
  (``8707060255`` is 1387/07/06) or, from 1391 on, ``13YYMMDD`` (``13911222000865``).
"""

from __future__ import annotations

import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path

from akhbar.fields import date_from_text

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
LANGS = ("fa", "ar")

_FARS_ID_RE = re.compile(r"farsnews\.ir/news/(13\d{6}|\d{6})\d")


def load(eval_dir: Path, lang: str) -> list[dict]:
    """The records of ``<lang>_dev.jsonl``; a clear error naming the file otherwise."""
    path = Path(eval_dir) / f"{lang}_dev.jsonl"
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise SystemExit(
            f"Error reading '{path}': {error} (see ../shared/eval/README.md)"
        ) from error
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise SystemExit(f"Error reading line {number} of '{path}': {error}") from error
    return records


def _jalali(year: int, month: int, day: int) -> str | None:
    import jdatetime

    try:
        return jdatetime.date(year, month, day).togregorian().isoformat()
    except ValueError:
        return None


def item_date(record: dict) -> str | None:
    """ISO date of the item from the outlet's metadata (see the module docstring), or None."""
    raw = record.get("date") or ""
    if raw:
        try:
            return parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError):
            return date_from_text([raw])  # a Jalali date, read as a dateline is
    fars = _FARS_ID_RE.search(record.get("url") or "")
    if fars:
        ymd = fars.group(1)
        year = int(ymd[:4]) if len(ymd) == 8 else 1300 + int(ymd[:2])
        return _jalali(year, int(ymd[-4:-2]), int(ymd[-2:]))
    return None


def paragraphs(record: dict) -> list[str]:
    """The item's paragraphs, as the outlet broke them."""
    text = record["text"].replace("[n]", "\n")
    return [p.strip() for p in text.splitlines() if p.strip()]


def seed_bytes(record: dict, dated: bool = True) -> bytes:
    """The item as a seed file: a ``date`` header (when known and *dated*), then paragraphs."""
    date = item_date(record) if dated else None
    head = f"date {date}\n\n" if date else ""
    return (head + "\n\n".join(paragraphs(record)) + "\n").encode("utf-8")
