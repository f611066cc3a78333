"""The folded words added beside each article for search (``mkdocs_hook.folded_words``)."""

from akhbar.mkdocs_hook import folded_words
from akhbar.text import fold


def test_arabic_letters_are_added_in_their_persian_form_once():
    text = "قال لاريجاني إن لاريجاني يزور باكستان"
    words = folded_words(text).split()
    assert words.count("لاریجانی") == 1
    assert "باکستان" in words
    assert "قال" not in words  # folding leaves it as it is: it is indexed already


def test_persian_text_adds_only_what_folding_changes():
    text = "همکاری\u200cهای ایران و پاکستان ۱۰ میلیارد"
    assert folded_words(text).split() == ["همکاریهای", "10"]


def test_every_folded_word_is_findable():
    text = "Larijani met Naqvi in «إسلام‌آباد» on ٢٠٢٥-١١-٢٧; الوفاق reported it."
    indexed = set(text.casefold().split()) | set(folded_words(text).split())
    assert set(fold(text).split()) <= indexed
