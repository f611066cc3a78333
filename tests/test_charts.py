"""The coverage chart's layout (``akhbar.charts``): where bars and labels go."""

from __future__ import annotations

import pytest

from akhbar.charts import END_MARGIN, MAX_STEP, START_MARGIN, WIDTH, layout

MONTHS = [["2025-08", [1, 0, 0]], ["2025-09", [0, 0, 0]], ["2025-10", [0, 2, 1]]]


@pytest.mark.parametrize(
    ("rtl", "oldest_first"),
    [
        (False, True),  # en: the oldest month on the left
        (True, False),  # fa, ar: the oldest month on the right
    ],
)
def test_time_runs_from_the_start_side(rtl: bool, oldest_first: bool) -> None:
    chart = layout(MONTHS, rtl)
    assert chart is not None
    xs = [float(bar.x) for bar in chart.bars]
    assert (xs == sorted(xs)) == oldest_first
    assert [bar.month for bar in chart.bars] == ["2025-08", "2025-09", "2025-10"]


def test_mirrored_layouts_match() -> None:
    ltr, rtl = layout(MONTHS, False), layout(MONTHS, True)
    assert ltr is not None
    assert rtl is not None
    for a, b in zip(ltr.bars, rtl.bars, strict=True):
        assert float(a.x) + float(a.width) + float(b.x) == pytest.approx(WIDTH)


def test_bars_stack_by_language_and_scale_to_the_tallest() -> None:
    chart = layout(MONTHS, False)
    assert chart is not None
    assert chart.top == 3
    assert [s.lang for s in chart.bars[2].segments] == ["ar", "en"]
    assert chart.bars[1].segments == ()  # a month without articles shows as such
    assert chart.languages == ("fa", "ar", "en")


@pytest.mark.parametrize(
    ("count", "labelled"),
    [
        (1, 1),  # one month: its label
        (2, 1),  # two slim bars side by side: no room for both labels, the newest
        (3, 2),  # the first and the last
        (36, 2),  # three years: the first and the last
    ],
)
def test_labels_do_not_overlap(count: int, labelled: int) -> None:
    months = [[f"{2020 + i // 12}-{i % 12 + 1:02d}", [1, 0, 0]] for i in range(count)]
    chart = layout(months, False)
    assert chart is not None
    assert len(chart.labels) == labelled
    assert chart.labels[-1] is chart.bars[-1]
    assert float(chart.bars[-1].x) + float(chart.bars[-1].width) <= WIDTH - END_MARGIN + 0.1
    step = float(chart.bars[1].x) - float(chart.bars[0].x) if count > 1 else MAX_STEP
    assert step <= MAX_STEP
    assert float(chart.bars[0].x) >= START_MARGIN


def test_no_months_no_chart() -> None:
    assert layout([], True) is None


def test_same_data_same_bytes() -> None:
    assert repr(layout(MONTHS, True)) == repr(layout(MONTHS, True))
