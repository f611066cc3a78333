"""Typed records: one frozen dataclass per thing the publication knows.

``Article`` fields are in front-matter order; stages enrich an article with
``dataclasses.replace``.  ``Actor``, ``Topic`` and ``Source`` are value objects keyed and
hashed by slug.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The publication's languages (of articles, names and editions) and the direction each is
# written in: the one table every stage reads.
LANGUAGES = ("fa", "ar", "en")
DIRECTIONS = {"fa": "rtl", "ar": "rtl", "en": "ltr"}


@dataclass(frozen=True, slots=True)
class Names:
    """A name in the publication's three languages (any may be empty)."""

    fa: str = ""
    ar: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        """The name in *lang*, else English, else whatever exists."""
        return getattr(self, lang, "") or self.en or self.fa or self.ar


@dataclass(frozen=True, slots=True)
class Role:
    """An office held from ``start`` to ``end`` (ISO dates; ``end`` empty = still held)."""

    key: str  # slug of the office in knowledge/roles.yml, e.g. "pk-na-speaker"
    title: Names
    start: str = ""
    end: str = ""

    def held_on(self, date: str | None) -> bool:
        if not date:
            return not self.end
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True, slots=True, eq=False)
class Actor:
    slug: str
    type: str  # person | organisation | state
    country: str  # ISO 3166 alpha-2, lower case; "" for international bodies
    names: Names
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    def __hash__(self) -> int:
        return hash(self.slug)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Actor) and other.slug == self.slug


@dataclass(frozen=True, slots=True, eq=False)
class Topic:
    slug: str
    labels: Names
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> cue terms
    # lang -> cue terms that are everyday words too: never a topic alone (akhbar/topics.py)
    generic: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(self.slug)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Topic) and other.slug == self.slug


@dataclass(frozen=True, slots=True, eq=False)
class Source:
    slug: str
    names: Names
    aliases: tuple[str, ...] = ()
    url: str = ""

    def __hash__(self) -> int:
        return hash(self.slug)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Source) and other.slug == self.slug


@dataclass(frozen=True, slots=True)
class Section:
    """A run of paragraphs under an optional heading (a label line in the article)."""

    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """An amount or duration found in the text, with its normalised value."""

    text: str  # as written, e.g. "۱۰ میلیارد دلار"
    value: float
    unit: str  # ISO 4217 code for money (USD, EUR, IRR, PKR...), or "day", "year", "percent", "persons", "megawatt"...
    kind: str  # "amount" | "duration" | "percent" | "count" (of people) | "power"


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str  # actor slug, or "" when not resolved
    speaker_name: str  # the name as written in the text (or the last named speaker)
    text: str


@dataclass(frozen=True, slots=True)
class TopicScore:
    slug: str
    score: float


@dataclass(frozen=True, slots=True)
class Article:
    """One article, from raw seed to everything extracted (front-matter order)."""

    slug: str
    source_file: str
    lang: str
    title: str = ""
    title_origin: str = ""  # headline | lead | override
    kicker: str = ""
    date: str | None = None  # ISO YYYY-MM-DD, None = unknown
    date_origin: str = "unknown"  # header | dateline | override | unknown
    source: str = ""  # source slug, "" when unknown
    source_name: str = ""  # agency as written in the article
    source_via: str = ""  # source slug of the agency the publisher quotes, "" when none
    byline: str = ""
    key_points: tuple[str, ...] = ()
    key_points_origin: str = ""  # explicit | ranked | override
    actors: tuple[str, ...] = ()  # actor slugs, most mentioned first
    roles: tuple[str, ...] = ()  # offices named with no holder to give (roles.yml keys)
    topics: tuple[TopicScore, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sections: tuple[Section, ...] = ()
    warnings: tuple[str, ...] = ()
    content_hash: str = ""

    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person introduced by a role title but unknown to the knowledge file."""

    name: str
    role: str  # a key of roles.yml, or a title not on file as written («سرکنسول»), or ""
    source_file: str
