"""Structure, date and title of an article: small functions, one fallback chain each.

structure (lines -> kicker, headline, sections, byline)
    kicker + headline: a first line ending in ':' followed by a short line without final
    punctuation (002) > a short first line without final punctuation > none.
    byline: a short last line in another script than the article, or «By …» / «نویسنده:».
    source line: a last line «المصدر: …» / «منبع: …» is evidence for the source, not text.
    sections: a line starting with a label that ends in ')' (003: «الصورة العامة) …»),
    possibly after an agency dateline («إيران برس - إيران: »), opens a section; a short
    line without final punctuation between paragraphs (001, 002 «*شراكة …») is a heading.

date
    ``date`` header > a dateline in the first or last two lines (ISO, Gregorian in
    English/Arabic month names, Solar Hijri in Persian converted with jdatetime) >
    unknown.  An editor override replaces whatever was found (overrides win).
    Never the build's clock.

title
    editor override > the article's own headline > a headline built from the lead: for
    «X … تاکید کرد: Y» / «أكد X أن Y» give «X: Y» with X the speaker's name, else the lead's
    first sentence; agency boilerplate stripped; at most ``TITLE_MAX`` characters, cut at
    a word boundary.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from akhbar.model import Section
from akhbar.text import detect_language, split_sentences, to_ascii_digits, truncate_words

# Headlines in the beat's outlets run 40-90 characters; 100 keeps a whole clause.
TITLE_MAX = 100
# A headline, kicker or sub-heading line is short: the seeds' longest is 62 characters
# and their shortest body paragraph 150.
HEADING_MAX = 110
HEADING_MAX_WORDS = 14
# A byline is a name or two: "manouchehr mahdavi".
BYLINE_MAX_WORDS = 5

_FINAL_PUNCT = tuple(".!?؟…»\"”'")
_LABEL_RE = re.compile(
    r"^(?:(?P<dateline>[^\s:()][^:()\n]{1,40}?\s+[-ـ–]\s+[^:()\n]{2,25}):\s*)?"
    r"(?P<label>[^()\n.:،,؛]{2,40}?)\s*\)\s*(?P<rest>.*)$"
)
_SOURCE_LINE_RE = re.compile(r"^(?:المصدر|المصادر|منبع|منابع|Source)\s*:\s*(?P<name>.+)$", re.I)
_BYLINE_PREFIX_RE = re.compile(r"^(?:By\s+|نویسنده\s*:\s*|گزارش\s*:\s*|بقلم\s*:?\s*)", re.I)


@dataclass(frozen=True, slots=True)
class Structure:
    kicker: str
    headline: str
    sections: tuple[Section, ...]
    byline: str
    source_line: str  # the agency as named on a closing «المصدر:» line


def _is_short_line(line: str) -> bool:
    return len(line) <= HEADING_MAX and len(line.split()) <= HEADING_MAX_WORDS


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(_FINAL_PUNCT) or line.rstrip().endswith((":", "؛", ";"))


def _is_byline(line: str, article_lang: str) -> bool:
    if _BYLINE_PREFIX_RE.match(line):
        return True
    words = line.split()
    if not words or len(words) > BYLINE_MAX_WORDS or _ends_sentence(line):
        return False
    return detect_language(line) != article_lang and not any(ch.isdigit() for ch in line)


def structure(lines: list[str], lang: str) -> Structure:
    """Find kicker, headline, byline, the source line and the sections (chain above)."""
    body = list(lines)
    kicker = headline = byline = source_line = ""
    if len(body) > 2 and body[0].endswith(":") and _is_short_line(body[0]):
        if _is_short_line(body[1]) and not _ends_sentence(body[1]):
            kicker, headline, body = body[0].rstrip(":").strip(), body[1], body[2:]
    elif len(body) > 1 and _is_short_line(body[0]) and not _ends_sentence(body[0]):
        headline, body = body[0], body[1:]
    if body and (m := _SOURCE_LINE_RE.match(body[-1])):
        source_line, body = m.group("name").strip(), body[:-1]
    if len(body) > 1 and _is_byline(body[-1], lang):
        byline, body = _BYLINE_PREFIX_RE.sub("", body[-1]).strip(), body[:-1]
    return Structure(kicker, headline, tuple(_sections(body)), byline, source_line)


def _sections(lines: list[str]) -> list[Section]:
    sections: list[Section] = []
    heading, paragraphs = "", []
    labelled = False  # inside a «label)» section: its short lines are items, not headings

    def close() -> None:
        if heading or paragraphs:
            sections.append(Section(heading, tuple(paragraphs)))

    for i, line in enumerate(lines):
        label = _LABEL_RE.match(line)
        if label:
            close()
            heading, paragraphs, labelled = label.group("label").strip(), [], True
            if label.group("rest").strip():
                paragraphs.append(label.group("rest").strip())
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        is_subheading = (
            not labelled
            and i > 0
            and nxt
            and _is_short_line(line)
            and not _ends_sentence(line)
            and not _is_short_line(nxt)
            and not _LABEL_RE.match(nxt)
        )
        if is_subheading:
            close()
            heading, paragraphs = line.lstrip("*•-# ").strip(), []
            continue
        paragraphs.append(line)
    close()
    return sections


# --- date ---------------------------------------------------------------------------

_MONTHS = {
    # English
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], 1)},
    # Arabic (Egyptian/Gulf usage) and Levantine month names
    **{m: i for i, m in enumerate(
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
         "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"], 1)},
    **{m: i for i, m in enumerate(
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
         "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"], 1)},
    # Persian renderings of Gregorian months
    **{m: i for i, m in enumerate(
        ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
         "سپتامبر", "اکتبر", "نوامبر", "دسامبر"], 1)},
}
_JALALI_MONTHS = {
    m: i
    for i, m in enumerate(
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
         "دی", "بهمن", "اسفند"], 1)
}
_ISO_RE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_DMY_RE = re.compile(r"\b(\d{1,2})\s+([^\d\s،,]+(?:\s[^\d\s،,]+)?)\s*،?,?\s+(\d{4})\b")
_MDY_RE = re.compile(r"\b([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})\b")
# The beat's archive starts in 2000; anything earlier in a dateline is a misreading.
_EARLIEST_YEAR = 2000


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if date.year >= _EARLIEST_YEAR else None


def date_from_text(lines: list[str]) -> str | None:
    """A dateline date in the first or last two lines, as ISO, or None."""
    for line in [*lines[:2], *lines[-2:]]:
        line = to_ascii_digits(line)
        if (m := _ISO_RE.search(line)) and (found := _valid(int(m[1]), int(m[2]), int(m[3]))):
            return found
        for m in _DMY_RE.finditer(line):
            day, month_name, year = int(m[1]), m[2].strip(), int(m[3])
            if month_name in _JALALI_MONTHS and 1300 <= year <= 1500:
                import jdatetime

                try:
                    return jdatetime.date(year, _JALALI_MONTHS[month_name], day).togregorian().isoformat()
                except ValueError:
                    continue
            if (month := _MONTHS.get(month_name.casefold())) and (found := _valid(year, month, day)):
                return found
        for m in _MDY_RE.finditer(line):
            if (month := _MONTHS.get(m[1].casefold())) and (found := _valid(int(m[3]), month, int(m[2]))):
                return found
    return None


# --- title --------------------------------------------------------------------------

_FA_SAID_RE = re.compile(
    r"^(?P<x>.{3,160}?)\s+(?:تاکید|تأکید|اعلام|تصریح|خاطرنشان|اظهار)\s*(?:کرد|کردند|داشت)\s*:\s*(?P<y>.+)$"
    r"|^(?P<x2>.{3,160}?)\s+(?:گفت|گفتند|افزود)\s*:\s*(?P<y2>.+)$"
)
_AR_SAID_RE = re.compile(
    r"^(?:أكد|أكّد|قال|شدد|شدّد|صرح|صرّح|أعلن|اعتبر)\s+(?P<x>.{3,160}?)،?\s+(?:أن|أنّ|إن|إنّ)\s+(?P<y>.+)$"
)


def title_from_lead(lead: str, lang: str, speaker: Callable[[str], str]) -> str:
    """Build a headline from the lead sentence (chain in the module docstring).

    *lead* must already be free of agency boilerplate; *speaker* maps a clause to the
    display name of the person it names, or "".
    """
    sentences = split_sentences(lead)
    if not sentences:
        return ""
    first = sentences[0].strip()
    match = (_FA_SAID_RE if lang == "fa" else _AR_SAID_RE).match(first)
    if match:
        clause = match.group("x") or match.group("x2") or ""
        statement = (match.group("y") or match.group("y2") or "").strip()
        name = speaker(clause)
        if name and statement:
            return truncate_words(f"{name}: {statement.rstrip('.')}", TITLE_MAX)
    return truncate_words(first.rstrip("."), TITLE_MAX)
