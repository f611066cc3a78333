"""Names -> the order an edition's indexes list them in, and the letter each is filed under.

One sort key serves the site's index pages (actors, topics, sources) and the briefing
book's indexes, so the two agree.  The order is the CLDR collation of the edition's
language, through ICU (``pyicu-wheels``: PyICU in a wheel with ICU inside, so a plain
``pip install`` brings it): Persian has پ چ ژ گ after ب ج ز ک and و before ه, Arabic
its own order (ه before و), and ی/ي, ک/ك are one letter (they differ at the third level
only, which breaks ties deterministically).

Chain of a name's key (``sort_key``):
  name > in a person's name, the leading honorifics passed over («سید», «آیت‌الله»,
  «الشيخ», "Dr.") > a person is keyed by family name, then given name; the family name
  is the one ``knowledge/filing.yml`` gives, else the last word with the particles before
  it («بن سلمان», «آل خليفة», "bin Salman") > in Arabic every word's article «ال» passed
  over («الولايات المتحدة» under و, «الخامنئي» under خ), in English a person's "al-"
  ("al-Sudani" under S; "Al-Vefagh", an outlet, stays under A) > ICU's key of the edition's language > the name itself (ties).

``filing_letter`` is the letter a book index files an entry under: the first letter of
its key's first part, with the spellings ICU counts as one letter merged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from akhbar import safe_yaml
from akhbar.errors import FilingError as FilingError

FILING = Path(__file__).resolve().parent.parent / "knowledge" / "filing.yml"

# Arabic's article, at the start of a word of at least two more letters («الصين» -> «صين»,
# not «الله» in «عبد الله» -> «له»: ICU then still sorts it, by its letters).
_ARABIC_ARTICLE_RE = re.compile(r"(?<!\w)ال(?=\w\w)")
# English transliterations' article: "al-Sudani", "Al-Adl".
_LATIN_ARTICLE_RE = re.compile(r"(?<![\w-])[aA]l-(?=\w)")
_SPACES_RE = re.compile(r"\s+")
# Spellings one letter of an index: alef forms, Arabic and Persian yeh and kaf, teh
# marbuta and heh; the edition's own form is the one shown.
_LETTER_FOLD = {
    "fa": str.maketrans(
        {"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ؤ": "و"}
    ),
    "ar": str.maketrans(
        {"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ی": "ي", "ى": "ي", "ک": "ك", "ة": "ه", "ؤ": "و"}
    ),
}


@dataclass(frozen=True, slots=True)
class Filing:
    """The filing rules of one edition (``knowledge/filing.yml``)."""

    honorifics: tuple[tuple[str, ...], ...]  # each as its words, longest first
    particles: frozenset[str]
    family: dict[str, str]  # actor slug -> family name in this edition


@cache
def filing(lang: str, path: Path = FILING) -> Filing:
    """The filing rules of edition *lang*, read and checked once."""
    try:
        data = safe_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise FilingError(f"{path}: {error}") from error
    if not isinstance(data, dict) or set(data) != {"honorifics", "particles", "family"}:
        raise FilingError(f"{path}: needs exactly the keys honorifics, particles, family")

    def words(key: str) -> list[str]:
        value = (data[key] or {}).get(lang, [])
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise FilingError(f"{path}: '{key}.{lang}' must be a list of words")
        return value

    family = {}
    for slug, names in (data["family"] or {}).items():
        if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
            raise FilingError(f"{path}: 'family.{slug}' must map editions to names")
        if lang in names:
            family[slug] = names[lang]
    honorifics = sorted((tuple(h.split()) for h in words("honorifics")), key=len, reverse=True)
    return Filing(tuple(honorifics), frozenset(words("particles")), family)


@cache
def _collator(lang: str) -> Any:
    import icu  # the ICU library, loaded by the first index that needs it

    return icu.Collator.createInstance(icu.Locale(lang))


@dataclass(frozen=True, slots=True)
class Parts:
    """A name as an index files it: ``family`` first (for a person), then ``given``."""

    family: str  # empty for anything but a person
    given: str


def split_name(name: str, lang: str, person: bool = False, slug: str = "") -> Parts:
    """*name*'s parts in edition *lang*: honorifics dropped and family name apart for a
    *person* (*slug* finds the family name ``filing.yml`` may give)."""
    words = _SPACES_RE.sub(" ", unicodedata.normalize("NFC", name)).strip().split(" ")
    if not person:
        return Parts("", " ".join(words))
    rules = filing(lang)
    words = _without_honorifics(words, rules)
    family = rules.family.get(slug, "")
    if family and " ".join(words).endswith(family):
        given = " ".join(words)[: -len(family)].strip()
        return Parts(family, given)
    start = len(words) - 1
    while start > 0 and words[start - 1] in rules.particles:
        start -= 1
    if start == 0:  # a single name, or particles all through: no family name apart
        return Parts(" ".join(words), "")
    return Parts(" ".join(words[start:]), " ".join(words[:start]))


def _without_honorifics(words: list[str], rules: Filing) -> list[str]:
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for honorific in rules.honorifics:
            if len(words) > len(honorific) and tuple(words[: len(honorific)]) == honorific:
                words = words[len(honorific) :]
                stripped = True
                break
    return words


def _filed_form(text: str, lang: str, person: bool) -> str:
    """*text* as it is alphabetised: Arabic's article passed over, and in English a
    person's "al-" (English lists keep "Al-Vefagh" and "Al Jazeera" under A)."""
    if lang == "ar":
        return _ARABIC_ARTICLE_RE.sub("", text)
    if lang == "en" and person:
        return _LATIN_ARTICLE_RE.sub("", text)
    return text


@lru_cache(maxsize=1 << 12)
def sort_key(
    name: str, lang: str, person: bool = False, slug: str = ""
) -> tuple[bytes, bytes, str, str]:
    """The key that orders *name* in edition *lang*'s indexes (see the module's chain)."""
    parts = split_name(name, lang, person, slug)
    collator = _collator(lang)
    first = parts.family if person else parts.given
    second = parts.given if person else ""
    return (
        bytes(collator.getSortKey(_filed_form(first, lang, person))),
        bytes(collator.getSortKey(_filed_form(second, lang, person))),
        name,
        slug,
    )


def filing_letter(name: str, lang: str, person: bool = False, slug: str = "") -> str:
    """The letter an index files *name* under: «سید عباس عراقچی» -> «ع»."""
    parts = split_name(name, lang, person, slug)
    filed = _filed_form(parts.family if person else parts.given, lang, person).lstrip(" -«\"'(")
    if not filed:
        return ""
    letter = filed[0]
    if lang in _LETTER_FOLD:
        return letter.translate(_LETTER_FOLD[lang])
    return unicodedata.normalize("NFKD", letter)[0].upper()
