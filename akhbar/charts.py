"""Coverage charts: articles a month by language, laid out for a small static SVG.

``layout(months, rtl)`` is pure: from a chart's months (``plan.coverage``: oldest first,
each with its articles by language) it places a stacked bar a month, the labels under
them and the scale, in the units of the SVG's ``viewBox``; ``templates/site/chart.svg.j2``
draws it, with the edition's words, digits and calendar.  Time runs from the start side:
left to right in en, right to left in fa and ar (each bar mirrored).  Coordinates are
written with one decimal, so the same data gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from akhbar.model import LANGUAGES

# The viewBox: 360 units wide, drawn at most 30rem wide (600 px on a desktop, the screen's
# width on a phone), so that a label of 9 units reads at 9 to 15 px.
WIDTH = 360
HEIGHT = 128
PLOT_TOP = 14  # room for the scale's figure above the tallest bar
PLOT_BOTTOM = 100
LABEL_BASELINE = 116
START_MARGIN = 28  # the scale's figure, on the start side
END_MARGIN = 4
BAR_GAP = 0.25  # of a month's width, between two bars
# A month's width at most: a chart of a few months is a few slim bars from the start
# side, not one bar across the chart.
MAX_STEP = 32
# Months labelled: the first and the last, when there is room between them for a label
# («اردیبهشت ۱۴۰۴», "September 2025": ~60 units at 9); else the last alone.
LABEL_WIDTH = 64
# Okabe-Ito colours (told apart with every colour vision), each 3:1 or more on white.
COLOURS = {"fa": "#0072B2", "ar": "#009E73", "en": "#D55E00"}


@dataclass(frozen=True, slots=True)
class Segment:
    lang: str
    count: int
    y: str
    height: str
    colour: str


@dataclass(frozen=True, slots=True)
class Bar:
    month: str
    total: int
    x: str
    width: str
    centre: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[Bar, ...]  # the bars whose month is written under them
    top: int  # the tallest bar's articles: the scale
    top_x: str
    top_y: str
    axis: tuple[str, str, str]  # the baseline: x1, x2, y
    label_y: str
    languages: tuple[str, ...]  # the languages drawn, in LANGUAGES' order
    order: tuple[str, ...]  # LANGUAGES: the order of a month's counts
    colours: dict[str, str]


def _u(value: float) -> str:
    return f"{value:.1f}"


def layout(months: list[Any], rtl: bool) -> Layout | None:
    """The chart of *months* (``[[key, [fa, ar, en]], ...]``, oldest first); None with no
    months."""
    if not months:
        return None
    top = max(max(sum(counts) for _, counts in months), 1)
    span = WIDTH - START_MARGIN - END_MARGIN
    step = min(span / len(months), MAX_STEP)
    scale = (PLOT_BOTTOM - PLOT_TOP) / top

    def x_of(x: float, width: float = 0.0) -> float:
        """*x* measured from the left in en, from the right in fa and ar."""
        return WIDTH - x - width if rtl else x

    bars = []
    for index, (month, counts) in enumerate(months):
        left = START_MARGIN + index * step + step * BAR_GAP / 2
        width = step * (1 - BAR_GAP)
        base = float(PLOT_BOTTOM)
        segments = []
        for lang, count in zip(LANGUAGES, counts, strict=True):
            if count:
                height = count * scale
                base -= height
                segments.append(Segment(lang, count, _u(base), _u(height), COLOURS[lang]))
        bars.append(
            Bar(
                month,
                sum(counts),
                _u(x_of(left, width)),
                _u(width),
                _u(x_of(left + width / 2)),
                tuple(segments),
            )
        )
    room = step * (len(bars) - 1) >= LABEL_WIDTH
    labels = [bars[0], bars[-1]] if room else [bars[-1]]
    drawn = {s.lang for bar in bars for s in bar.segments}
    return Layout(
        width=WIDTH,
        height=HEIGHT,
        bars=tuple(bars),
        labels=tuple(labels),
        top=top,
        top_x=_u(x_of(START_MARGIN / 2)),
        top_y=_u(PLOT_TOP + 3),
        axis=(_u(x_of(START_MARGIN)), _u(x_of(WIDTH - END_MARGIN)), _u(PLOT_BOTTOM)),
        label_y=_u(LABEL_BASELINE),
        languages=tuple(lang for lang in LANGUAGES if lang in drawn),
        order=LANGUAGES,
        colours=COLOURS,
    )
