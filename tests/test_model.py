"""The model's tables: one list of languages, one direction for each."""

from __future__ import annotations

import pytest

from akhbar import i18n, model, render


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fa", "rtl"),  # Persian
        ("ar", "rtl"),  # Arabic
        ("en", "ltr"),  # English
    ],
)
def test_one_direction_table(lang, expected):
    assert model.DIRECTIONS[lang] == expected
    assert render.direction(lang) == expected  # the article pages read the same table
    assert i18n.DIRECTIONS is model.DIRECTIONS  # and the editions


def test_every_language_has_a_direction():
    assert tuple(model.DIRECTIONS) == model.LANGUAGES
    assert i18n.LANGUAGES is model.LANGUAGES
