"""Topic scoring: stemmers, cue matching on word forms, the scoring formula."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_knowledge import read_seed, real_knowledge

from akhbar import topics as topic_stage
from akhbar.model import Names, Topic, TopicScore
from akhbar.text import detect_language
from akhbar.topics import arabic_stem, english_stem, persian_forms, score_topics


def seed_topics(prefix: str) -> list[str]:
    _, paragraphs = read_seed(prefix)
    lang = detect_language(" ".join(paragraphs))
    return [s.slug for s in score_topics(paragraphs, lang, "", real_knowledge().topics)]


# -- acceptance --------------------------------------------------------------------------


def test_seed_000_topics():
    assert {"islamic-unity", "trade-economy", "security"} <= set(seed_topics("000"))


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("001", {"security", "parliament", "israel-conflict"}),  # speaker's meeting, 12-day war
        ("002", {"diplomacy", "security"}),  # Arabic: a visit and talks
        ("003", {"security", "trade-economy"}),  # Arabic: security and trade cooperation
        ("004", {"diplomacy", "israel-conflict", "palestine-gaza", "defence"}),  # Gaza, defence
    ],
)
def test_seed_topics(seed, expected):
    found = seed_topics(seed)
    assert expected <= set(found)
    assert len(found) <= topic_stage.MAX_TOPICS


def test_passing_mention_is_not_a_topic():
    # 000 mentions the nuclear programme in one paragraph of fifteen.
    assert "nuclear" not in seed_topics("000")


# -- stemmers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الاقتصادية", "اقتصاد"),  # article + -ية in two steps
        ("والاقتصادي", "اقتصاد"),  # و + article, nisba -ي
        ("اقتصادي", "اقتصاد"),  # the cue form meets the text form
        ("الأمنية", "امن"),  # hamza folded, -ية off
        ("أمن", "امن"),  # a three-letter root is left alone
        ("التجارة", "تجار"),  # ة folded to ه, then off
        ("بالتعاون", "تعاون"),  # ب + article
        ("للأمن", "امن"),  # ل + article with the alef dropped
        ("المسلمين", "مسلم"),  # -ين plural
        ("الإرهابيون", "ارهاب"),  # -ون then -ي
        ("العلاقات", "علاق"),  # -ات plural
        ("وزير", "وزیر"),  # و is part of the word: three letters would remain
        ("بحث", "بحث"),  # ب is part of the word
        ("قواتها", "قوات"),  # -ها, then -ات would leave two letters: kept
        ("التعاون", "تعاون"),  # -ون would leave three letters: part of the word
    ],
)
def test_arabic_stem(text, expected):
    assert arabic_stem(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanctions", "sanction"),  # lower case, plural -s
        ("talks", "talk"),  # plural -s
        ("countries", "country"),  # -ies -> -y
        ("meeting", "meet"),  # -ing
        ("visited", "visit"),  # -ed
        ("gas", "gas"),  # too short to strip
        ("process", "process"),  # -ss is not a plural
    ],
)
def test_english_stem(text, expected):
    assert english_stem(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("امنیتی", "امنیت"),  # stem: -ی off
        ("تحریمها", "تحریم"),  # lemma: plural -ها off (ZWNJ lost)
        ("همکاریهای", "همکاری"),  # lemma of a glued plural with ezafe
        ("کشورها", "کشور"),  # plural
    ],
)
def test_persian_forms_include_base(text, expected):
    assert expected in persian_forms(text)


def test_persian_verb_is_not_reduced_to_a_noun_cue():
    # «هستم» (I am) must not meet the cue «هسته‌ای» (nuclear) or its stem.
    assert "هستهای" not in persian_forms("هستم")


# -- scoring -----------------------------------------------------------------------------

TOPICS = (
    Topic("security", Names(en="Security"), {"fa": ("امنیت",), "ar": ("أمن",), "en": ("security",)}),
    Topic("trade", Names(en="Trade"), {"fa": ("تجارت", "مبادلات تجاری"), "ar": ("التجارة",), "en": ("trade",)}),
    Topic("unity", Names(en="Unity"), {"fa": ("امت اسلامی",), "ar": ("الأمة الإسلامية",), "en": ("Islamic unity",)}),
)  # fmt: skip
FILLER = " ".join(["کلمه"] * 80)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "همکاری امنیتی و امنیت مرزها " + FILLER, ["security"]),  # امنیتی via the stem
        ("fa", "امنیت " + FILLER, []),  # a single hit is never a topic
        ("fa", "مبادلات تجاری و تجارت " + FILLER, ["trade"]),  # multi-word cue + single
        ("fa", "امت اسلامی و امت اسلامی " + FILLER, ["unity"]),  # sequence matched twice
        ("fa", "امت و اسلامی و امت و اسلامی " + FILLER, []),  # words apart: no sequence
        ("ar", "التعاون الأمني والأمن الإقليمي " + FILLER, ["security"]),  # Arabic stems
        ("ar", "تعزيز التجارة والتجاري " + FILLER, ["trade"]),  # و + article off
        ("en", "Security talks on security and trade " + " ".join(["word"] * 60), ["security"]),
    ],
)
def test_cue_matching(lang, text, expected):
    assert [s.slug for s in score_topics([text], lang, "", TOPICS)] == expected


def test_formula_title_weight_rounding_and_order():
    body = ["امنیت و امنیت و تجارت و تجارت " + " ".join(["کلمه"] * 293)]  # 300 words
    scores = score_topics(body, "fa", "تجارت", TOPICS)
    # trade: (2 + 2 * 1) * 100 / 300 = 1.333; security: 2 * 100 / 300 = 0.667
    assert scores == [TopicScore("trade", 1.333), TopicScore("security", 0.667)]


def test_ties_are_ordered_by_slug_and_capped():
    many = tuple(Topic(f"t{n}", Names(en=str(n)), {"en": (f"cue{chr(97 + n)}",)}) for n in range(7))
    text = " ".join(f"cue{chr(97 + n)} cue{chr(97 + n)}" for n in reversed(range(7)))
    scores = score_topics([text], "en", "", many)
    assert [s.slug for s in scores] == ["t0", "t1", "t2", "t3", "t4"]
    assert len({s.score for s in scores}) == 1


def test_threshold_drops_diluted_topics():
    long_text = "امنیت امنیت " + " ".join(["کلمه"] * 1000)  # 2 hits per ~1000 words
    assert score_topics([long_text], "fa", "", TOPICS) == []


def test_empty_article_has_no_topics():
    assert score_topics([], "fa", "", TOPICS) == []


def _count_every_position(words, cues):
    """The definition of a cue count: at each position, the longest cue found there (then
    the first in order) is one hit and the count goes on after it; else the next word."""
    hits, i = 0, 0
    while i < len(words):
        found = [
            cue
            for form in words[i]
            for cue in cues.get(form, ())
            if i + len(cue) <= len(words) and all(c in words[i + k] for k, c in enumerate(cue))
        ]
        if found:
            hits += 1
            i += len(min(found, key=lambda c: (-len(c), c)))
        else:
            i += 1
    return hits


_FORMS = st.frozensets(st.sampled_from("abcde"), min_size=1, max_size=2)
_CUE = st.lists(st.sampled_from("abcde"), min_size=1, max_size=3).map(tuple)


@given(st.lists(_FORMS, max_size=40), st.lists(_CUE, max_size=6))
@settings(max_examples=300, deadline=None)
def test_cue_count_tries_only_where_a_cue_starts_and_counts_as_defined(words, cue_list):
    cues: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(set(cue_list), key=lambda c: (-len(c), c)):
        cues.setdefault(cue[0], []).append(cue)
    assert topic_stage._count(words, cues) == _count_every_position(words, cues)


# -- generic words, the lead, long articles, the beat's topics --------------------------

AR_FILLER = " ".join(["كلمة"] * 80)
FA_FILLER = " ".join(["کلمه"] * 80)
EN_FILLER = " ".join(["word"] * 80)


def real_topics(paragraphs: list[str], lang: str, title: str = "") -> list[str]:
    return [s.slug for s in score_topics(paragraphs, lang, title, real_knowledge().topics)]


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # «مسؤول» (an official) again and again is not diplomacy
        ("ar", "قال مسؤول إن المسؤول والمسؤولين " + AR_FILLER, "diplomacy"),
        # «زيارة» (a visit: of a hospital, a grave...) alone is not diplomacy
        ("ar", "زيارة وزيارة والزيارة زيارة " + AR_FILLER, "diplomacy"),
        # «تاريخ» is also a date: never culture
        ("ar", "بتاريخ 20 أغسطس وتاريخ القرار التاريخية " + AR_FILLER, "culture-religion"),
        # «دیدار» (a meeting, a football match) alone is not diplomacy
        ("fa", "دیدار دیدار دیدار دیدار " + FA_FILLER, "diplomacy"),
        # «رزمایش کمک مومنانه» is a charity drive, not a military drill
        ("fa", "رزمایش کمک مومنانه و رزمایش " + FA_FILLER, "defence"),
        # «بندر» in a name and a place name is not a port
        ("fa", "عواد بندر و بندر " + FA_FILLER, "transit-transport"),
        # a province alone is not a border
        ("fa", "استان سیستان و بلوچستان و سیستان و بلوچستان " + FA_FILLER, "borders"),
        # «القوات المسلحة» (the armed forces) is not militancy
        ("ar", "القوات المسلحة والقوات المسلحة " + AR_FILLER, "terrorism-borders"),
        # «الدولة الإسلامية» is not Islamic unity
        ("ar", "تنظيم الدولة الإسلامية والدولة الإسلامية " + AR_FILLER, "islamic-unity"),
        # "meeting" and "visit": one generic cue
        ("en", "visit visit visit " + EN_FILLER, "diplomacy"),
    ],
)  # fmt: skip
def test_a_generic_word_alone_is_never_a_topic(lang, text, absent):
    assert absent not in real_topics([text], lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # two different generic cues: a visit and a meeting
        ("ar", "زيارة ولقاء " + AR_FILLER, "diplomacy"),
        # a generic cue with a specific one
        ("ar", "زيارة ومحادثات " + AR_FILLER, "diplomacy"),
        # «الحدود» and «التهريب», both generic, make borders
        ("ar", "الحدود والتهريب " + AR_FILLER, "borders"),
    ],
)  # fmt: skip
def test_two_generic_cues_or_a_specific_one_make_a_topic(lang, text, expected):
    assert expected in real_topics([text], lang)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a settlement's name is no topic word: «شهر زیارت» (Ziarat) is no pilgrimage
        ("مهاجمان به پاسگاهی در شهر 'زیارت' حمله کردند و معاون شهربانی شھر زیارت گفت "
         + FA_FILLER, False),
        ("سیل به روستای زیارت رسید و روستای زیارت آسیب دید " + FA_FILLER, False),
        # guard: the pilgrimage itself, and an adjective after «شهر», still count
        ("زائران برای زیارت به شهر مشهد رفتند و زیارت آنان ادامه دارد " + FA_FILLER, True),
    ],
)  # fmt: skip
def test_a_place_name_is_no_topic_word(text, present):
    assert ("culture-religion" in real_topics([text], "fa")) is present


def test_a_title_made_from_the_lead_is_not_counted_again():
    from akhbar.extract import Extractor

    # One «تحریم» in the lead of a 120-word article: counted once it is one hit (no
    # topic); counted again in the title made from the lead, it was three.
    lead = "به گزارش خبرگزاری مهر، وزیر درباره تحریم سخن گفت و " + " ".join(["کلمه"] * 30) + "."
    text = "date 2025-01-01\n" + lead + "\n\n" + " ".join(["کلمه"] * 90) + "."
    article = Extractor(real_knowledge()).extract(text.encode("utf-8"), "lead.txt").article
    assert article.title_origin == "lead"
    assert "trade-economy" not in [t.slug for t in article.topics]


def _long_arabic_feature() -> list[str]:
    """A 1,500-word Arabic feature on al-Qaeda in Iran: six mentions with clitics."""
    mentions = [
        "وجود تنظيم القاعدة في إيران",
        "قادة لتنظيم القاعدة",
        "علاقة طهران بالقاعدة",
        "وبتنظيم القاعدة أيضا",
        "عناصر القاعدة والإرهاب",
        "التنظيم الإرهابي",
    ]
    filler = " ".join(["كلمة"] * 250)
    return [f"{m} {filler}" for m in mentions]


def test_a_long_article_gets_its_topic():
    paragraphs = _long_arabic_feature()
    assert sum(len(p.split()) for p in paragraphs) > 1500
    assert "terrorism-borders" in real_topics(paragraphs, "ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبتنظيم", "تنظیم"),  # و + ب before the noun
        ("ولتنظيم", "تنظیم"),  # و + ل
        ("للقاعدة", "قاعد"),  # ل + article
        ("فلسطين", "لسطین"),  # ف + ل is not a clitic pair: as before
    ],
)
def test_arabic_stem_two_proclitics(text, expected):
    assert arabic_stem(text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # militancy, Arabic, with clitics
        ("ar", "هجوم لتنظيم القاعدة وعناصر داعش " + AR_FILLER, "terrorism-borders"),
        # militancy, Persian
        ("fa", "حمله طالبان پاکستان و گروهک جیش الظلم " + FA_FILLER, "terrorism-borders"),
        # militancy, English
        ("en", "TTP militants and al-Qaeda " + EN_FILLER, "terrorism-borders"),
        # nuclear, Persian: Natanz and centrifuges
        ("fa", "تاسیسات نطنز و سانتریفیوژ " + FA_FILLER, "nuclear"),
        # nuclear, Arabic: the reactor and the centrifuges
        ("ar", "المفاعل وأجهزة الطرد المركزي " + AR_FILLER, "nuclear"),
        # energy and pipelines, Persian: the peace pipeline and gas
        ("fa", "خط لوله صلح و صادرات گاز " + FA_FILLER, "energy"),
        # energy and pipelines, Arabic
        ("ar", "خط أنابيب الغاز والنفط " + AR_FILLER, "energy"),
        # energy, English
        ("en", "the IP gas pipeline and LNG " + EN_FILLER, "energy"),
        # refugees, Persian: Afghan refugees and undocumented nationals
        ("fa", "پناهندگان افغان و اتباع غیرمجاز " + FA_FILLER, "refugees-migration"),
        # refugees, Arabic
        ("ar", "اللاجئين الأفغان وترحيل المهاجرين " + AR_FILLER, "refugees-migration"),
        # refugees, English
        ("en", "Afghan refugees and deportation " + EN_FILLER, "refugees-migration"),
        # borders, Persian
        ("fa", "مرزبانی و گذرگاه مرزی تفتان " + FA_FILLER, "borders"),
        # borders, Arabic
        ("ar", "حرس الحدود والمعبر الحدودي " + AR_FILLER, "borders"),
        # borders, English
        ("en", "border guards at the Taftan border crossing " + EN_FILLER, "borders"),
    ],
)  # fmt: skip
def test_the_beats_topics(lang, text, expected):
    assert expected in real_topics([text], lang)


@pytest.mark.parametrize(
    ("slug", "labels"),
    [
        ("terrorism-borders", ("تروریسم و شبه‌نظامیان", "الإرهاب والجماعات المسلحة", "Terrorism and militancy")),
        ("borders", ("مرز و امنیت مرزی", "الحدود وأمن الحدود", "Borders")),
        ("energy", ("انرژی و خطوط لوله", "الطاقة وخطوط الأنابيب", "Energy and pipelines")),
        ("refugees-migration", ("پناهندگان و مهاجرت", "اللاجئون والهجرة", "Refugees and migration")),
        ("nuclear", ("برنامه هسته‌ای", "البرنامج النووي", "Nuclear programme")),
    ],
)  # fmt: skip
def test_the_beats_topic_labels(slug, labels):
    topic = next(t for t in real_knowledge().topics if t.slug == slug)
    assert (topic.labels.fa, topic.labels.ar, topic.labels.en) == labels


@pytest.mark.parametrize(
    ("lang", "text", "absent", "present"),
    [
        # «القوات المسلحة» and «قاعدة جوية» are defence's words: not militancy's generic
        # «المسلحين» and «القاعدة», even with an attack
        ("ar", "هجوم على قاعدة جوية للقوات المسلحة والقوات المسلحة " + AR_FILLER, "terrorism-borders", "defence"),
        # «انرژی اتمی» is the nuclear programme's, not energy's «انرژی»
        ("fa", "سازمان انرژی اتمی و انرژی اتمی و غنی‌سازی " + FA_FILLER, "energy", "nuclear"),
    ],
)  # fmt: skip
def test_a_longer_cue_of_another_topic_claims_its_words(lang, text, absent, present):
    found = real_topics([text], lang)
    assert absent not in found
    assert present in found
