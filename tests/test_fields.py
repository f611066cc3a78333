import pytest

from akhbar.fields import TITLE_MAX, date_from_text, structure, title_from_lead


def test_kicker_and_headline_of_002():
    lines = [
        "لاريجاني، مُؤكّداً أن العلاقات بين البلدين عميقة ومتجذّرة:",
        "التعاون بين إيران وباكستان يسهم في إرساء السلام الإقليمي",
        "وصل أمين المجلس الأعلى للأمن القومي علي لاريجاني، يوم الثلاثاء، إلى إسلام آباد، في إطار زيارة تستمر يومين، لإجراء مباحثات.",
        "المصدر: الوفاق/وكالات",
    ]
    shape = structure(lines, "ar")
    assert shape.kicker == "لاريجاني، مُؤكّداً أن العلاقات بين البلدين عميقة ومتجذّرة"
    assert shape.headline == "التعاون بين إيران وباكستان يسهم في إرساء السلام الإقليمي"
    assert shape.source_line == "الوفاق/وكالات"
    assert [p for s in shape.sections for p in s.paragraphs] == [lines[2]]


LONG_AR = "في لقاء جمع السيد علي لاريجاني بوزير الداخلية الباكستاني، شدد الطرفان على ضرورة تعزيز التعاون الثنائي في المجالات الأمنية والدفاعية والسياسية والاقتصادية."


@pytest.mark.parametrize(
    ("lines", "headings"),
    [
        # 003: labels ending in ')' after an agency dateline open sections
        (
            [LONG_AR, f"إيران برس - إيران: أهمية الخبر) {LONG_AR}", f"الصورة العامة) {LONG_AR}"],
            ["", "أهمية الخبر", "الصورة العامة"],
        ),
        # a short line without final punctuation between paragraphs is a sub-heading
        ([LONG_AR, "*شراكة استراتيجية مستدامة", LONG_AR], ["", "شراكة استراتيجية مستدامة"]),
        # short item lines inside a labelled list stay items, not headings
        ([LONG_AR, "النقاط الرئيسية)", "نقطة أولى", "نقطة ثانية", LONG_AR], ["", "النقاط الرئيسية"]),
        # «اهلبیت(ع)» has an opening parenthesis: not a label
        (["به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ در نشست مشترک گفت."], [""]),
    ],
)
def test_sections(lines, headings):
    assert [s.heading for s in structure(lines, "ar").sections] == headings


def test_latin_byline_at_the_end_of_an_arabic_article():
    shape = structure([LONG_AR, LONG_AR, "manouchehr mahdavi"], "ar")
    assert shape.byline == "manouchehr mahdavi"
    assert all("manouchehr" not in p for s in shape.sections for p in s.paragraphs)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["تهران، ۶ آذر ۱۴۰۴ - متن خبر"], "2025-11-27"),  # Solar Hijri dateline
        (["Islamabad, November 25, 2025 - text"], "2025-11-25"),  # English month first
        (["طهران - 27 نوفمبر 2025 - نص"], "2025-11-27"),  # Arabic month name
        (["بيروت، 3 تشرين الثاني 2025"], "2025-11-03"),  # Levantine month name
        (["posted 2025-08-22 by the desk"], "2025-08-22"),  # ISO
        (["أواخر تشرين الأول/ نوفمبر"], None),  # 002: a month without a year is no date
        (["في 31 فبراير 2025"], None),  # impossible day
        (["بلا تاريخ"] * 3 + ["27 نوفمبر 2025"] + ["x"] * 3, None),  # only datelines count
    ],
)
def test_date_from_text(lines, expected):
    assert date_from_text(lines) == expected


def _speaker(clause: str) -> str:
    return "ایاز صادق" if "ایاز صادق" in clause else ("علي لاريجاني" if "لاريجاني" in clause else "")


@pytest.mark.parametrize(
    ("lead", "lang", "expected_start"),
    [
        # «X … تاکید کرد: Y» -> «X: Y» with X the speaker's name
        (
            "سردار ایاز صادق رئیس مجلس ملی پاکستان در دیدار با علی لاریجانی تاکید کرد: تهران و اسلام‌آباد با چالش‌های مشترکی روبه‌رو هستند.",
            "fa",
            "ایاز صادق: تهران و اسلام‌آباد با چالش‌های مشترکی",
        ),
        # «أكد X أن Y» -> «X: Y»
        (
            "أكد أمين المجلس الأعلى للأمن القومي الإيراني، علي لاريجاني، أن العلاقات بين طهران وإسلام آباد عميقة.",
            "ar",
            "علي لاريجاني: العلاقات بين طهران وإسلام آباد عميقة",
        ),
        # no statement: the lead sentence itself
        ("در دیداری صمیمانه دو طرف گفتگو کردند. جمله دوم.", "fa", "در دیداری صمیمانه دو طرف گفتگو کردند"),
    ],
)
def test_title_from_lead(lead, lang, expected_start):
    title = title_from_lead(lead, lang, _speaker)
    assert title.startswith(expected_start)
    assert len(title) <= TITLE_MAX


def test_title_from_a_long_lead_is_cut_at_a_word_boundary():
    lead = "در این نشست " + "همکاری‌های اقتصادی و امنیتی " * 10 + "بررسی شد."
    title = title_from_lead(lead, "fa", _speaker)
    assert len(title) <= TITLE_MAX
    assert title.endswith("…")
    assert title[:-1].split()[-1] in lead.split()
