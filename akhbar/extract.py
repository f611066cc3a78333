"""One seed's bytes -> one fully extracted :class:`Article` (pure: no disk I/O).

Stages, in order: decode and parse (``ingest``) > language > structure (kicker,
headline, sections, byline) > display forms > date > source > actors (needs the date for
role-only mentions) > title (needs the actors to name a speaker) > key points > topics >
figures > quotes > override.  Each field's fallback chain is documented in the module
that extracts it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Set
from dataclasses import dataclass, replace
from typing import Any

from akhbar import actors as actor_stage
from akhbar import fields, ingest, keypoints, sources, topics
from akhbar.figures import extract_figures
from akhbar.knowledge import Knowledge
from akhbar.model import Article, Candidate, Section
from akhbar.overrides import apply_override
from akhbar.quotes import extract_quotes
from akhbar.render import slugify
from akhbar.text import ZWNJ, detect_language, display


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    candidates: tuple[Candidate, ...]
    encoding: str


class Extractor:
    """Holds what is built once per build (the knowledge and its matcher)."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.matcher = actor_stage.ActorMatcher(knowledge)
        self._actors = {a.slug: a for a in knowledge.actors}

    def _speaks(self, name: str, slug: str) -> bool:
        """Whether actor *slug*, found in a quote's subject *name*, is its speaker: a
        person, or an actor named at the subject's head, not a state or body that only
        qualifies it («وسائل الإعلام التركية», «رئیس شرکت نفت عربستان»)."""
        actor = self._actors.get(slug)
        if actor is not None and actor.type == "person":
            return True
        return any(s == slug and start == 0 for s, start, _ in self.matcher.find(name))

    def speaker_name(
        self,
        clause: str,
        lang: str,
        date: str | None = None,
        titled: Mapping[str, str] | None = None,
        in_full: Set[str] = frozenset(),
    ) -> str:
        """Display name (in *lang*) of the person *clause* names first, or "": read in
        the article's context as its actors are (``ActorMatcher.speaker``: one-word
        names with the persons *in_full* named in full, offices with the holder *titled*
        in the article or on *date*)."""
        slug = self.matcher.speaker(clause, date, titled or {}, in_full, lang)
        actor = self._actors.get(slug)
        return actor.names.get(lang) if actor and actor.type == "person" else ""

    def extract(self, data: bytes, path: str, override: dict[str, Any] | None = None) -> Extraction:
        """Extract everything from one seed; raises ``InputError`` when there is no article."""
        decoded, parsed = ingest.read(data, path)
        # a sentence broken by hard line breaks is read as one line
        lang = detect_language("\n".join(parsed.lines))
        raw_lines = fields.join_broken_lines(parsed.lines, lang)
        shape = fields.structure(raw_lines, lang)
        # the article's language is its text's: a long caption in another language over
        # it (an agency's English caption over an Arabic report) is chrome, not the text
        text_lang = detect_language("\n".join(p for s in shape.sections for p in s.paragraphs))
        if text_lang != lang and any(s.paragraphs for s in shape.sections):
            lang = text_lang
            raw_lines = fields.join_broken_lines(parsed.lines, lang)
            shape = fields.structure(raw_lines, lang)
        warnings = list(parsed.warnings)

        # An article that writes ZWNJs anywhere spells as its outlet chose: display puts
        # none back in its glued words (it does in an article whose ZWNJs were stripped).
        restore = ZWNJ not in decoded.text

        def shown(text: str) -> str:
            return display(text, lang, restore)

        if shape.headline and self.matcher.names_only(shape.headline):
            # a photo's caption naming who is pictured («الرئيس الصيني وولي العهد
            # السعودي») is no headline, nor text
            shape = replace(shape, headline="", chrome=(*shape.chrome, shape.headline))
        sections = tuple(
            Section(shown(s.heading), tuple(shown(p) for p in s.paragraphs)) for s in shape.sections
        )
        paragraphs = [p for s in sections for p in s.paragraphs]
        if not paragraphs:
            paragraphs = [shown(shape.headline or shape.kicker)]
            sections = (Section("", tuple(paragraphs)),)

        date, date_origin = parsed.header_date, "header"
        if date is None:
            date, date_origin = fields.date_from_text(raw_lines), "dateline"
        if date is None:
            date_origin = "unknown"
            warnings.append(f"{path}: no date found (no 'date' header nor dateline); date unknown")

        warnings.extend(f"{path}: page chrome left out of the text: {c!r}" for c in shape.chrome)
        # The publisher: the text's first paragraphs after the headline and the chrome,
        # its last ones, and the agencies the page credits (a closing «المصدر:» line, a
        # byline «… │خبرگزاری رویترز»).
        source, source_name, source_via = sources.find_attribution(
            list(shape.lines or raw_lines),
            self.knowledge.sources,
            [c for c in (shape.source_line, shape.credit) if c],
        )
        if not source and source_via:
            # «… بحسب "رويترز"»: the agency the page retells is known, its publisher not
            warnings.append(f"{path}: no known publisher named; it quotes {source_via}")
        elif not source:
            warnings.append(f"{path}: no known agency named; source unknown")

        # Who the article is about: its text without the agency formula and dateline that
        # open the lead («دبي، الإمارات العربية المتحدة (CNN)--» places the newsroom, not
        # the story).
        known = self.knowledge.sources
        about = [keypoints.strip_boilerplate(paragraphs[0], known), *paragraphs[1:]]
        actor_slugs, mentions = actor_stage.match_actors(about, date, self.matcher)
        titled = self.matcher.titled_in(about)
        in_full = self.matcher.named_in_full(about)
        # Offices named with nobody to give them: shown as offices, never as today's holder.
        offices = tuple(dict.fromkeys(m.role for m in mentions if not m.slug))
        candidates = actor_stage.find_candidates(about, self.matcher, path)

        kicker = shown(shape.kicker)
        # The paragraphs as written, lead included: the title and the key points strip its
        # agency formula as the actors' text is stripped (sources.strip_attribution, which
        # keeps a subject written before the first comma: «به گزارش خبرگزاری فارس دومین
        # نمایشگاه …، …»).
        if shape.headline:
            title, title_origin = shown(shape.headline), "headline"
        else:
            title = fields.title_from_lead(
                paragraphs,
                lang,
                lambda c: self.speaker_name(c, lang, date, titled, in_full),
                known,
            )
            title_origin = "lead"

        explicit = keypoints.explicit_key_points(raw_lines)
        if explicit:
            points, points_origin = [shown(p) for p in explicit], "explicit"
        else:
            points = keypoints.rank_key_points(
                paragraphs, lang, title, displayed=True, sources=known
            )
            points_origin = "ranked"

        article = Article(
            slug=slugify(title) or "article",
            source_file=path,
            lang=lang,
            title=title,
            title_origin=title_origin,
            kicker=kicker,
            date=date,
            date_origin=date_origin,
            source=source,
            source_name=source_name,
            source_via=source_via,
            byline=shape.byline,
            key_points=tuple(points),
            key_points_origin=points_origin,
            actors=tuple(actor_slugs),
            roles=offices,
            # A title made from the lead is the lead's words again: not counted twice.
            topics=tuple(
                topics.score_topics(
                    paragraphs, lang, "" if title_origin == "lead" else title, self.knowledge.topics
                )
            ),
            figures=tuple(extract_figures(paragraphs, lang)),
            quotes=tuple(
                extract_quotes(
                    about,  # a dateline is no speaker («دبي، الإمارات … (CNN)-- قال …»)
                    lang,
                    lambda n: self.matcher.resolve_name(n, date, titled, in_full),
                    self._speaks,
                )
            ),
            sections=sections,
            warnings=tuple(warnings),
            content_hash=hashlib.sha256(data).hexdigest(),
        )
        if override:
            article = apply_override(article, override)
            if "slug" not in override and "title" in override:
                article = replace(article, slug=slugify(article.title) or article.slug)
        return Extraction(article, tuple(candidates), decoded.encoding)
