"""The agency an article comes from, and the attribution boilerplate removed from its lead.

Fallback chain of ``find_source`` (first that names a known source wins):

1. an attribution formula at the start of one of the first three paragraphs (a headline
   or summary lead often comes before it): «به گزارش خبرگزاری مهر،», «به گزارش سرویس
   بین الملل خبرگزاری صدا و سیما، از اسلام آباد،», a dateline «إيران برس - إيران:»,
   «ذكرت وكالة X،», «ISLAMABAD (Reuters) -»;
2. a source line among the last two paragraphs: «المصدر: الوفاق/وكالات», «منبع: ایرنا»,
   «Source: Dawn»;
3. a source name of two words or more anywhere in the first or last paragraph
   (single-word aliases such as مهر, فارس, العالم are ordinary words too, so only the
   formulas above may use them);
4. a formula naming an outlet that is not in sources.yml: ("", name as written);
5. ("", "").

Formulas are a regex table compiled once; each rule is commented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from akhbar.actors import longest_name, name_prefixes, tokenize
from akhbar.model import Source

_DASH = r"[ـ\-–—]"  # tatweel is used as a dash in «اهلبیت(ع) ـ ابنا ـ»

LEAD_FORMULAS: tuple[re.Pattern[str], ...] = (
    # Persian «به گزارش <desk> <agency>،» with an optional «ـ abbreviation ـ» and an optional
    # «از <place>،» dateline of one or two words («از سوی/جمله/این» open a sentence instead).
    re.compile(
        rf"^\s*به\s+گزارش\s+(?P<name>[^،,:\n]+?)\s*(?:{_DASH}\s*(?P<abbr>[^ـ\-–—،,\s][^ـ\-–—،,\n]{{0,30}}?)\s*{_DASH}|[،,])\s*"
        r"(?:از\s+(?!سوی|جمله|این|آن)[^\s،,]+(?:\s+[^\s،,]+)?\s*[،,]\s*)?"
    ),
    # Arabic «ذكرت/أفادت/أوردت/نقلت وكالة X،» and «وفقا لوكالة X،» (comma-closed only).
    re.compile(
        r"^\s*(?:ذكرت|أفادت|افادت|أوردت|اوردت|نقلت|وفقا\s+ل|وفقاً\s+ل|بحسب)\s*"
        r"(?P<name>(?:وكالة|وکالة|صحيفة|قناة|موقع)\s+[^،,:\n]{2,40}?)\s*[،,]\s*"
    ),
    # Wire dateline «ISLAMABAD (Reuters) -».
    re.compile(r"^\s*(?:[A-Z][A-Za-z .,'-]{0,40})?\((?P<name>[^)\n]{2,40})\)\s*[-–—]+\s*"),
    # Dateline «<agency> - <place>:» (agency up to four words, place up to three).  A
    # headline «ایران - پاکستان: ...» has the same shape, so this rule only applies when the
    # agency is a known source or carries a press word (see _PRESS_WORD_RE).
    re.compile(
        r"^\s*(?P<name>[^\s:\-–—()]+(?:\s+[^\s:\-–—()]+){0,3})\s+[-–—]\s+"
        r"(?P<place>[^\s:\-–—()]+(?:\s+[^\s:\-–—()]+){0,2})\s*:\s*"
    ),
)
_DATELINE = LEAD_FORMULAS[-1]
_PRESS_WORD_RE = re.compile(
    r"برس|پرس|نيوز|نیوز|خبرگزاری|وكالة|وکالة|أنباء|انباء|press|news|agency|\btv\b", re.IGNORECASE
)
# Desk words before the agency name: «سرویس بین الملل خبرگزاری X» -> «خبرگزاری X».
_DESK_RE = re.compile(
    r"^(?:سرویس|گروه|خبرنگار|دبیرخانه)\b.*?\s+(?=خبرگزاری|روزنامه|پایگاه|شبکه|سایت)"
)
# End line «المصدر: الوفاق/وكالات», «منبع: X», «Source: X».
END_LINE_RE = re.compile(r"^\s*(?:المصدر|مصدر|منبع|Source)\s*:\s*(?P<name>.+?)\s*$", re.IGNORECASE)
_END_SPLIT_RE = re.compile(r"\s*[/،,+|]\s*")
LEAD_WINDOW = 3  # paragraphs searched for a lead formula
END_WINDOW = 2  # paragraphs searched for a source line
MAX_NAME_WORDS = 8  # longest source name, in words («خبرگزاری جمهوری اسلامی (ایرنا)» is 4)


class _Index(NamedTuple):
    names: dict[str, tuple[str, int]]  # joined folded name -> (slug, number of words)
    prefixes: frozenset[str]  # every start of a joined name


@cache
def _index(sources: tuple[tuple[str, tuple[str, ...]], ...]) -> _Index:
    names: dict[str, tuple[str, int]] = {}
    for slug, written in sources:
        for name in written:
            words = tokenize(name)
            if words:
                names["".join(w.text for w in words)] = (slug, len(words))
    return _Index(names, name_prefixes(names))


def _source_index(sources: Iterable[Source]) -> _Index:
    key = tuple(
        (s.slug, tuple(n for n in (s.names.fa, s.names.ar, s.names.en, *s.aliases) if n))
        for s in sources
    )
    return _index(key)


def _lookup(text: str, index: _Index, min_words: int = 1) -> tuple[str, str]:
    """The longest source name in *text* (the first of the longest): (slug, as
    written), or ("", "")."""
    toks = tokenize(text)
    best: tuple[int, str, str] = (0, "", "")
    for i in range(len(toks)):
        last = min(len(toks), i + MAX_NAME_WORDS)
        found = longest_name(toks[i].text, toks, i, last, index.names, index.prefixes, lambda e: e[1] >= min_words)
        if found and found[0] - i > best[0]:
            end, (slug, _words) = found
            best = (end - i, slug, text[toks[i].start : toks[end - 1].end])
    return best[1], best[2]


def _is_agency(name: str, sources: Iterable[Source] | None) -> bool:
    if _PRESS_WORD_RE.search(name):
        return True
    return sources is not None and bool(_lookup(name, _source_index(sources))[0])


def lead_formula(
    paragraph: str, sources: Iterable[Source] | None = None
) -> tuple[re.Match[str] | None, str]:
    """The attribution formula opening *paragraph* and the agency as written."""
    for pattern in LEAD_FORMULAS:
        m = pattern.match(paragraph)
        if not m:
            continue
        name = _DESK_RE.sub("", m.group("name").strip())
        if pattern is _DATELINE and not _is_agency(name, sources):
            continue
        abbr = m.groupdict().get("abbr")
        return m, f"{name} ـ {abbr.strip()}" if abbr else name
    return None, ""


def find_source(paragraphs: list[str], sources: Iterable[Source]) -> tuple[str, str]:
    """(source slug, agency name as written): see the module docstring for the chain."""
    sources = tuple(sources)
    index = _source_index(sources)
    unknown = ""
    for paragraph in paragraphs[:LEAD_WINDOW]:
        m, name = lead_formula(paragraph, sources)
        if m:
            slug, _ = _lookup(name, index)
            if slug:
                return slug, name
            unknown = unknown or name
    for paragraph in reversed(paragraphs[-END_WINDOW:]):
        m = END_LINE_RE.match(paragraph)
        if m:
            for part in _END_SPLIT_RE.split(m.group("name")):
                slug, _ = _lookup(part, index)
                if slug:
                    return slug, part
    for paragraph in (paragraphs[:1] + paragraphs[-1:]) if paragraphs else []:
        slug, written = _lookup(paragraph, index, min_words=2)
        if slug:
            return slug, written
    return "", unknown


def strip_attribution(paragraph: str, sources: Iterable[Source] | None = None) -> str:
    """*paragraph* without the agency formula at its start (see LEAD_FORMULAS).

    Pass *sources* to also strip datelines of known agencies without a press word.
    """
    m, _ = lead_formula(paragraph, sources)
    return paragraph[m.end() :] if m else paragraph
