"""The order of the indexes (site and book) and the letter a name is filed under."""

from __future__ import annotations

import pytest

from akhbar.build import knowledge_dir
from akhbar.collation import FILING, Parts, filing, filing_letter, sort_key, split_name
from akhbar.i18n import jinja_env
from akhbar.knowledge import load_knowledge
from akhbar.pdf import TEMPLATES


def ordered(names: list[str], lang: str, person: bool = False) -> list[str]:
    return sorted(names, key=lambda n: sort_key(n, lang, person))


@pytest.mark.parametrize(
    ("lang", "names", "expected"),
    [
        # The fa countries of the seeds: Persian order, not the English slugs' (afghanistan,
        # iran, israel, lebanon, pakistan).
        (
            "fa",
            ["افغانستان", "ایران", "اسرائیل", "لبنان", "پاکستان"],
            ["اسرائیل", "افغانستان", "ایران", "پاکستان", "لبنان"],
        ),
        # پ چ ژ گ in their places: after ب ج ز ک, before the next letter.
        ("fa", ["تهران", "پاکستان", "بلوچستان"], ["بلوچستان", "پاکستان", "تهران"]),
        ("fa", ["حماس", "چین", "جده"], ["جده", "چین", "حماس"]),
        ("fa", ["سوریه", "ژاپن", "زاهدان"], ["زاهدان", "ژاپن", "سوریه"]),
        ("fa", ["لبنان", "گروه", "کشور"], ["کشور", "گروه", "لبنان"]),
        # Persian has و before ه (Arabic the other way round).
        ("fa", ["هند", "وزارت", "یمن"], ["وزارت", "هند", "یمن"]),
        ("ar", ["وزارة", "هند", "يمن"], ["هند", "وزارة", "يمن"]),
        # Arabic: the article ال passed over, alef with hamza is alef.
        ("ar", ["المجلس", "إيران", "باكستان"], ["إيران", "باكستان", "المجلس"]),
        (
            "ar",
            ["الولايات المتحدة", "لبنان", "أفغانستان"],
            ["أفغانستان", "لبنان", "الولايات المتحدة"],
        ),
        # English: case does not count.
        ("en", ["pakistan", "Iran", "Abbas"], ["Abbas", "Iran", "pakistan"]),
        # An outlet's or a group's "Al-" is part of its English name: under A.
        (
            "en",
            ["Iran Press", "Al-Vefagh", "Mehr News Agency"],
            ["Al-Vefagh", "Iran Press", "Mehr News Agency"],
        ),
    ],
)
def test_edition_alphabet(lang, names, expected):
    assert ordered(names, lang) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Arabic yeh and Persian yeh are one letter: «يمن» does not sort after «یزد».
        ("یمن", "يمن"),
        # Arabic kaf and Persian keheh are one letter.
        ("کشور", "كشور"),
    ],
)
def test_persian_spellings_are_one_letter(a, b):
    # Between two words that differ in the next letter, the spelling of the first does
    # not count: both spellings sort before «یو…» / «کو…» and after «یا…» / «کا…».
    before, after = a[0] + "ا", a[0] + "و"
    for word in (a, b):
        assert sort_key(before, "fa")[0] < sort_key(word, "fa")[0] < sort_key(after, "fa")[0]
    assert sort_key(a, "fa")[0] != sort_key(b, "fa")[0] or a == b  # ties broken, deterministically
    assert filing_letter(a, "fa") == filing_letter(b, "fa")


@pytest.mark.parametrize(
    ("lang", "name", "slug", "parts"),
    [
        # The last word is the family name; an honorific is not the given name.
        ("fa", "سید عباس عراقچی", "", Parts("عراقچی", "عباس")),
        ("fa", "آیت‌الله سید علی خامنه‌ای", "", Parts("خامنه‌ای", "علی")),
        ("fa", "حجت‌الاسلام محمد مخبر", "", Parts("مخبر", "محمد")),
        ("ar", "السيد علي الخامنئي", "", Parts("الخامنئي", "علي")),
        ("ar", "الشيخ أحمد الطيب", "", Parts("الطيب", "أحمد")),
        ("en", "Dr. Ali Larijani", "", Parts("Larijani", "Ali")),
        # A particle belongs to the family name with the word after it.
        ("ar", "محمد بن سلمان", "", Parts("بن سلمان", "محمد")),
        ("ar", "حمد بن عيسى آل خليفة", "", Parts("آل خليفة", "حمد بن عيسى")),
        ("en", "Mohammed bin Salman", "", Parts("bin Salman", "Mohammed")),
        # The knowledge gives a two-word family name.
        ("fa", "علی باقری کنی", "ali-bagheri-kani", Parts("باقری کنی", "علی")),
        (
            "ar",
            "حسين أمير عبد اللهيان",
            "hossein-amir-abdollahian",
            Parts("أمير عبد اللهيان", "حسين"),
        ),
        # One word: that is the name, honorific or not.
        ("fa", "سید", "", Parts("سید", "")),
    ],
)
def test_split_name(lang, name, slug, parts):
    assert split_name(name, lang, person=True, slug=slug) == parts


@pytest.mark.parametrize(
    ("lang", "names", "expected"),
    [
        # People by family name: امانی, خامنه‌ای, لاریجانی, نقوی (not by «سید» or «علی»).
        (
            "fa",
            ["سید علی خامنه‌ای", "علی لاریجانی", "سید محسن نقوی", "محمدعلی امانی"],
            ["محمدعلی امانی", "سید علی خامنه‌ای", "علی لاریجانی", "سید محسن نقوی"],
        ),
        # «السيد» passed over, and so is the article of «الخامنئي».
        (
            "ar",
            ["السيد علي الخامنئي", "عباس عراقجي", "شهباز شريف"],
            ["السيد علي الخامنئي", "شهباز شريف", "عباس عراقجي"],
        ),
        # "al-" passed over: al-Sudani under S, after Sharif.
        (
            "en",
            ["Mohammed Shia al-Sudani", "Shehbaz Sharif", "Ali Larijani"],
            ["Ali Larijani", "Shehbaz Sharif", "Mohammed Shia al-Sudani"],
        ),
        # Same family name: by given name.
        ("en", ["Shehbaz Sharif", "Nawaz Sharif"], ["Nawaz Sharif", "Shehbaz Sharif"]),
    ],
)
def test_people_by_family_name(lang, names, expected):
    assert ordered(names, lang, person=True) == expected


@pytest.mark.parametrize(
    ("lang", "name", "person", "letter"),
    [
        # Filed under the family name's letter, not the honorific's.
        ("fa", "سید عباس عراقچی", True, "ع"),
        ("ar", "السيد علي الخامنئي", True, "خ"),
        ("en", "Dr. Ali Larijani", True, "L"),
        # Alef forms under alef; Arabic's article passed over; the edition's own kaf.
        ("fa", "آمریکا", False, "ا"),
        ("ar", "إيران", False, "ا"),
        ("ar", "الولايات المتحدة", False, "و"),
        ("fa", "كشور", False, "ک"),
        ("en", "pakistan", False, "P"),
    ],
)
def test_filing_letter(lang, name, person, letter):
    assert filing_letter(name, lang, person) == letter


def test_filing_rules_name_known_actors():
    knowledge = load_knowledge(knowledge_dir())
    for lang in ("fa", "ar", "en"):
        for slug, family in filing(lang, FILING).family.items():
            actor = knowledge.actor(slug)
            assert actor is not None, f"filing.yml: {slug} is not in actors.yml"
            assert actor.type == "person"
            assert actor.names.get(lang).endswith(family), (slug, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # The template filter of the site's index pages orders by the same key.
        ("fa", ["سید عباس عراقچی", "علی لاریجانی"]),
        ("en", ["Abbas Araghchi", "Ali Larijani"]),
    ],
)
def test_collate_filter(lang, expected):
    knowledge = load_knowledge(knowledge_dir())
    actors = [knowledge.actor("ali-larijani"), knowledge.actor("abbas-araghchi")]
    env = jinja_env(lang, TEMPLATES)
    rendered = env.from_string(
        '{{ actors | collate("names.'
        + lang
        + '") | map(attribute="names.'
        + lang
        + '") | join("|") }}'
    )
    assert rendered.render(actors=actors).split("|") == expected
