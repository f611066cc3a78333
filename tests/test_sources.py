"""Source attribution: formulas, end lines, fallbacks, and the boilerplate stripped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_knowledge import read_seed, real_knowledge

from akhbar.sources import find_source, strip_attribution


def source_of(paragraphs: list[str]) -> tuple[str, str]:
    return find_source(paragraphs, real_knowledge().sources)


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000", "abna"),  # «به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ»
        ("001", "irib"),  # formula in the second paragraph, after a summary lead
        ("002", "al-vefagh"),  # end line «المصدر: الوفاق/وكالات»
        ("003", "iran-press"),  # dateline «إيران برس - إيران:»
        ("004", "mehr"),  # «به گزارش خبرگزاری مهر،»
    ],
)
def test_seed_sources(seed, expected):
    _, paragraphs = read_seed(seed)
    assert source_of(paragraphs)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plain Persian formula
        (["به گزارش خبرگزاری مهر، وزیر گفت"], ("mehr", "خبرگزاری مهر")),
        # ABNA with its abbreviation between tatweel dashes
        (["به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ در نشست"], ("abna", "خبرگزاری اهلبیت(ع) ـ ابنا")),
        # a desk before the agency and a place after it
        (["به گزارش سرویس بین الملل خبرگزاری صدا و سیما، از اسلام آباد، روابط"], ("irib", "خبرگزاری صدا و سیما")),
        # Arabic letters in a Persian formula still fold to the alias
        (["به گزارش ايرنا، رئيس"], ("irna", "ايرنا")),
        # Arabic dateline of a known agency
        (["مقدمة", "إيران برس - إيران: أهمية الخبر"], ("iran-press", "إيران برس")),
        # Arabic «ذكرت وكالة X،»
        (["ذكرت وكالة تسنيم للأنباء، أن الوزير"], ("tasnim", "وكالة تسنيم للأنباء")),
        # English wire dateline
        (["ISLAMABAD (Reuters) - Pakistan said"], ("reuters", "Reuters")),
        # Persian end line
        (["متن خبر", "منبع: ایرنا"], ("irna", "ایرنا")),
        # Arabic end line with agencies after a slash
        (["نص", "المصدر: الوفاق/وكالات"], ("al-vefagh", "الوفاق")),
        # a two-word name in the last paragraph, no formula
        (["متن خبر", "این گزارش را خبرگزاری تسنیم منتشر کرد"], ("tasnim", "خبرگزاری تسنیم")),
        # a one-word alias that is also a word (the month Mehr) is not enough
        (["در ۱۵ مهر دیدار شد"], ("", "")),
        # a formula naming an unknown outlet: no slug, the name as written
        (["به گزارش پایگاه خبری فلان، دیدار"], ("", "پایگاه خبری فلان")),
        # nothing at all
        (["لاریجانی گفت"], ("", "")),
        # a headline «X - Y:» is not a dateline
        (["ایران - پاکستان: فصل تازه"], ("", "")),
    ],
)  # fmt: skip
def test_find_source(text, expected):
    assert source_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mehr formula
        ("به گزارش خبرگزاری مهر، در دیداری صمیمانه، امانی", "در دیداری صمیمانه، امانی"),
        # ABNA formula with tatweel dashes
        ("به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ در نشست مشترک", "در نشست مشترک"),
        # desk, agency and place
        ("به گزارش سرویس بین الملل خبرگزاری صدا و سیما، از اسلام آباد، روابط عمومی", "روابط عمومی"),
        # «از سوی دیگر،» opens the sentence: not a place
        ("به گزارش خبرگزاری مهر، از سوی دیگر، امانی", "از سوی دیگر، امانی"),
        # Arabic dateline
        ("إيران برس - إيران: أهمية الخبر) تأتي", "أهمية الخبر) تأتي"),
        # English wire dateline
        ("ISLAMABAD (Reuters) - Pakistan said", "Pakistan said"),
        # a headline with a dash and a colon stays whole
        ("ایران - پاکستان: فصل تازه", "ایران - پاکستان: فصل تازه"),
        # a quote lead stays whole
        ("لاريجاني: العلاقات عميقة", "لاريجاني: العلاقات عميقة"),
        # no formula
        ("در این نشست بر وحدت تاکید شد", "در این نشست بر وحدت تاکید شد"),
    ],
)  # fmt: skip
def test_strip_attribution(text, expected):
    assert strip_attribution(text) == expected


def test_strip_dateline_of_a_known_agency_without_a_press_word():
    text = "ایرنا - تهران: وزیر گفت"
    assert strip_attribution(text) == text  # no press word, no sources: kept
    assert strip_attribution(text, real_knowledge().sources) == "وزیر گفت"


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_stripped_leads_keep_no_agency_name(seed):
    _, paragraphs = read_seed(seed)
    stripped = [strip_attribution(p) for p in paragraphs[:3]]
    assert stripped != paragraphs[:3]
    assert not any(p.startswith(("به گزارش", "إيران برس")) for p in stripped)


def _longest_name_by_definition(text: str, index, min_words: int) -> tuple[str, str]:
    """Every span of up to MAX_NAME_WORDS tokens at every token, longest first."""
    from akhbar.actors import tokenize
    from akhbar.sources import MAX_NAME_WORDS

    toks = tokenize(text)
    best: tuple[int, str, str] = (0, "", "")
    for i in range(len(toks)):
        for j in range(min(len(toks), i + MAX_NAME_WORDS), i, -1):
            entry = index.names.get("".join(t.text for t in toks[i:j]))
            if entry and entry[1] >= min_words and j - i > best[0]:
                best = (j - i, entry[0], text[toks[i].start : toks[j - 1].end])
                break
    return best[1], best[2]


def _source_words() -> list[str]:
    knowledge = real_knowledge()
    words = {"و", "در", "گفت", "قال", "في", "the", "said", "،", "ـ", "(", ")"}
    for source in knowledge.sources:
        for name in (source.names.fa, source.names.ar, source.names.en, *source.aliases):
            words.update((name or "").split())
    return sorted(words)


@given(
    st.lists(st.sampled_from(_source_words()), max_size=30),
    st.sampled_from([1, 2]),
)
def test_longest_source_name_is_the_definitions(words: list[str], min_words: int) -> None:
    from akhbar.sources import _lookup, _source_index

    text = " ".join(words)
    index = _source_index(real_knowledge().sources)
    assert _lookup(text, index, min_words) == _longest_name_by_definition(text, index, min_words)
