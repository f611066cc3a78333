"""Source attribution: formulas, end lines, fallbacks, and the boilerplate stripped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_knowledge import read_seed, real_knowledge

from akhbar.fields import structure
from akhbar.keypoints import strip_boilerplate
from akhbar.model import Names, Source
from akhbar.sources import find_attribution, find_source, strip_attribution


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
        # IRIB's provincial dateline, with its name in the ezafe form
        (["به گزارش خبرگزاری صدا و سیمای مرکز فارس ، استاندار گفت: کار آغاز شد."],
         ("irib", "خبرگزاری صدا و سیمای مرکز فارس")),
        # the weekday the outlet reported on is no part of its name
        (["به گزارش روز پنجشنبه ایرنا به نقل از منابع محلی، دو نفر زخمی شدند."], ("irna", "ایرنا")),
        (["به گزارش روز جمعه ایرنا از دفتر وزیر، دیدار انجام شد."], ("irna", "ایرنا")),
        (["به گزارش چهارشنبه شب ایرنا، دیدار انجام شد."], ("irna", "ایرنا")),
        # the day after the name ends it too; guard: a name closed by «امروز» or a
        # weekday alone keeps it
        (["به گزارش روزنامه «نمونه تایمز» روز شنبه، سه مامور تعلیق شدند."],
         ("", "روزنامه «نمونه تایمز»")),
        (["به گزارش خبرگزاری فرانسه روز پنج شنبه، دو نفر زخمی شدند."], ("afp", "خبرگزاری فرانسه")),
        (["به گزارش ایرنا روز گذشته، دیدار انجام شد."], ("irna", "ایرنا")),
        (["ذكرت صحيفة النموذج يوم السبت، أن المعبر أغلق."], ("", "صحيفة النموذج")),
        (["به گزارش روزنامه کابل امروز، دیدار انجام شد."], ("", "روزنامه کابل امروز")),
        (["به گزارش هفته نامه جمعه، دیدار انجام شد."], ("", "هفته نامه جمعه")),
        # a formula glued to the full stop before it opens a paragraph
        (["وزیر به تهران می‌رود.به گزارش ایلنا به نقل از رویترز، وزیر گفت که سفر قطعی است."],
         ("ilna", "ایلنا")),
        # guard: a formula in mid-sentence names no publisher
        (["وزیر به تهران می‌رود و به گزارش ایلنا سفر قطعی است."], ("", "")),
        # Arabic: a formula closed by «أن» with no comma, the name without its hamza
        (["وأفادت وكالة مهر للانباء ان الوزير اشار خلال لقائه الى العلاقات."],
         ("mehr", "وكالة مهر للانباء")),
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
        # a formula and nothing after it: empty, not an error
        ("خبرگزآری 0:", ""),
        # Arabic wire datelines: place/day month/agency-, with or without a space
        ("بغداد/3 آذار/مارس/واع- قال الوزير إن", "قال الوزير إن"),
        ("بغداد/3 آذار/مارس/واع-قال الوزير إن", "قال الوزير إن"),
        # place - agency -
        ("دمشق- وكالة الأنباء المحلية - وخلال الحفل", "وخلال الحفل"),
        # agency - (a press word in its name)
        ("شام نيوز - استقبل الوزير", "استقبل الوزير"),
        # place: date (agency), a dateline line alone: nothing left
        ("دمشق: 5 – مارس 2023م (وكالة الأنباء المحلية)", ""),
        # a headline with two dashes and no agency stays whole
        ("ایران - پاکستان - هند در یک قاب", "ایران - پاکستان - هند در یک قاب"),
        # an outlet's colon, a press word in its name
        ("تهران آنلاین: وزیر به کابل رفت.", "وزیر به کابل رفت."),
        # a known outlet's colon, no press word in its name: the title loses the tag
        ("رادیوفردا: دادستان از اعدام چند تن خبر داد.", "دادستان از اعدام چند تن خبر داد."),
        ("آفتاب: مشرف حکومت نظامی اعلام کرد.", "مشرف حکومت نظامی اعلام کرد."),
        # a speaker's colon stays
        ("ظریف: مذاکرات ادامه دارد", "ظریف: مذاکرات ادامه دارد"),
        # a place's colon opening the lead is a dateline
        ("طهران: زار الرئيس الباكستاني طهران لمدة يوم واحد.", "زار الرئيس الباكستاني طهران لمدة يوم واحد."),
        ("إسلام آباد: وصل وزير الخارجية الإيراني إلى العاصمة.", "وصل وزير الخارجية الإيراني إلى العاصمة."),
        # «پرس» inside a verb is no press word
        ("وی پرسید: چرا مرز بسته است؟", "وی پرسید: چرا مرز بسته است؟"),
        # agency؛ reporter -
        ("باشگاه خبرنگاران جوان؛ علی رضایی - وزیر به کابل رفت.", "وزیر به کابل رفت."),
        # outlet؛ desk:
        ("بازار؛ گروه اقتصادی: صادرات افزایش یافت.", "صادرات افزایش یافت."),
        # «به گزارش» an unknown outlet's reporter and province, up to its comma
        ("به گزارش خبرنگار نمونه استان خراسان رضوی، وزیر وارد مشهد شد.", "وزیر وارد مشهد شد."),
        # «به گزارش» an unknown outlet quoting another
        ("به گزارش نمونه‌نیوز به نقل از خبرگزاری تسنیم ، مرز باز شد.", "مرز باز شد."),
        # … quoting a channel of a longer name, closed by «؛»
        ("به گزارش نمونه‌تودی به نقل از کانال رادیو و تلویزیون اردو سحر؛ مرز باز شد.",
         "مرز باز شد."),
        # an unknown outlet's reporter and a subject before the comma: kept whole
        ("به گزارش خبرنگار نمونه دومین نمایشگاه کتاب در تهران، امروز افتتاح شد.",
         "به گزارش خبرنگار نمونه دومین نمایشگاه کتاب در تهران، امروز افتتاح شد."),
        # a reporter's desk of three words before a known agency
        ("به گزارش خبرنگار حج و زیارت خبرگزاری فارس، زائران از مرز عبور کردند.",
         "زائران از مرز عبور کردند."),
        # guard: a subject after the agency and before the comma stays
        ("به گزارش خبرنگار حج و زیارت خبرگزاری فارس دومین کاروان زائران، امروز وارد شد.",
         "دومین کاروان زائران، امروز وارد شد."),
        # IRIB's provincial centre after the agency, before or after the comma
        ("به گزارش خبرگزاری صداوسیما مرکز کرمان، استاندار گفت: جاده باز شد.",
         "استاندار گفت: جاده باز شد."),
        ("به گزارش خبرگزاری صدا و سیما ، مرکز خراسان رضوی، وزیر گفت: مرز باز است.",
         "وزیر گفت: مرز باز است."),
        ("به گزارش خبرگزاری صدا و سیمای مرکز سیستان و بلوچستان ، فرماندار گفت: کار آغاز شد.",
         "فرماندار گفت: کار آغاز شد."),
        # … and the formula alone, cut at its comma
        ("به گزارش خبرگزاری صداوسیما مرکز کرمان", ""),
        # guard: «مرکز» naming a body, no provincial centre, is the subject
        ("به گزارش ایرنا، مرکز آمار ایران اعلام کرد: تورم کاهش یافت.",
         "مرکز آمار ایران اعلام کرد: تورم کاهش یافت."),
        ("به گزارش ایرنا مرکز آمار ایران اعلام کرد: تورم کاهش یافت.",
         "مرکز آمار ایران اعلام کرد: تورم کاهش یافت."),
        ("به گزارش ایرنا، مرکز کرمان را سیل فرا گرفت.", "مرکز کرمان را سیل فرا گرفت."),
        # the agency's abbreviation in brackets closes its name
        ("به گزارش خبرگزاری جمهوری اسلامی (ایرنا)، وزیر گفت: مرز باز است.",
         "وزیر گفت: مرز باز است."),
        ("به گزارش خبرگزاری دانشجویان ایران(ایسنا)،«علی نمونه» گفت: مرز باز است.",
         "«علی نمونه» گفت: مرز باز است."),
        ("به گزارش خبرگزاری صداوسیما (ایریب)، وزیر گفت: مرز باز است.", "وزیر گفت: مرز باز است."),
        # a place, a dash and a known agency before a colon
        ("اسلام اباد ـ ا.ف.ب: قتل 14 شخصا على الأقل.", "قتل 14 شخصا على الأقل."),
        ("طهران-فارس:- هنأ المتحدث الوزير.", "هنأ المتحدث الوزير."),
        # a place, the day, the month and the year before a slash
        ("طهران 28 يونيو 2018 / استدعت ايران السفير.", "استدعت ايران السفير."),
        ("بكين 3 كانون الثاني 2019م / أعلنت الحكومة.", "أعلنت الحكومة."),
        # guard: a sentence with a date in it and a slash later
        ("أعلنت الحكومة يوم 28 يونيو 2018 أن نسبة النمو 3 / 4.",
         "أعلنت الحكومة يوم 28 يونيو 2018 أن نسبة النمو 3 / 4."),
        # guard: a speaker after the place's dash keeps the sentence whole
        ("طهران - الخارجية: نرفض الاتهامات.", "طهران - الخارجية: نرفض الاتهامات."),
        # an outlet named a news site («الإخباري», «الإخبارية») and a dash opening the lead
        ("المرصد الإخباري - أعلن الجيش مقتل ثلاثة مسلحين.", "أعلن الجيش مقتل ثلاثة مسلحين."),
        ("شبكة الفجر الاخبارية - قتل جنديان في هجوم.", "قتل جنديان في هجوم."),
        # guard: a source that is no outlet before the dash keeps the sentence whole
        ("مصدر أمني - قتل جنديان في هجوم.", "مصدر أمني - قتل جنديان في هجوم."),
        # a place, a dash, known agencies set off by «،», a dash
        ("جنيف – أ ب، رويترز - انتخب المجلس رئيسا جديدا له.", "انتخب المجلس رئيسا جديدا له."),
        ("جنيف - أ ف ب، رويترز - انتخب المجلس رئيسا جديدا له.", "انتخب المجلس رئيسا جديدا له."),
        # guard: one name of the list no agency keeps the sentence whole
        ("جنيف – أ ب، سمير - انتخب المجلس رئيسا جديدا له.",
         "جنيف – أ ب، سمير - انتخب المجلس رئيسا جديدا له."),
    ],
)  # fmt: skip
def test_strip_attribution(text, expected):
    assert strip_attribution(text) == expected


def test_strip_dateline_of_a_known_agency_without_a_press_word():
    text = "ایرنا - تهران: وزیر گفت"
    assert strip_attribution(text, ()) == text  # no press word, no agency known: kept
    assert strip_attribution(text, real_knowledge().sources) == "وزیر گفت"
    assert strip_attribution(text) == "وزیر گفت"  # the shipped sources.yml by default


# An outlet an editor adds to sources.yml, and nowhere in the code.
_NEW_OUTLET = Source("sample", Names(fa="خبرگزاری نمونه", en="Sample News"), ("نمونه",))


@pytest.mark.parametrize(
    ("text", "sources", "expected"),
    [
        # an agency known only from the knowledge: the formula without its comma goes,
        # the subject stays
        (
            "به گزارش نمونه وزیر نیرو اظهار داشت: سد مرزی تا پایان سال تکمیل می‌شود.",
            (_NEW_OUTLET,),
            "وزیر نیرو اظهار داشت: سد مرزی تا پایان سال تکمیل می‌شود.",
        ),
        # the same sentence when the outlet is not in the knowledge: kept whole
        (
            "به گزارش نمونه وزیر نیرو اظهار داشت: سد مرزی تا پایان سال تکمیل می‌شود.",
            (),
            "به گزارش نمونه وزیر نیرو اظهار داشت: سد مرزی تا پایان سال تکمیل می‌شود.",
        ),
        # its Latin name as an agency tail
        ("Iran and Pakistan agreed to expand border trade - Sample News", (_NEW_OUTLET,),
         "Iran and Pakistan agreed to expand border trade"),
        # its name in a wire dateline
        ("Tehran (Sample News) - Iran and Pakistan agreed.", (_NEW_OUTLET,),
         "Iran and Pakistan agreed."),
        # outlets of sources.yml the code never named: Mizan, Didban Iran
        ("به گزارش میزان رئیس قوه قضاییه گفت: پرونده بررسی می‌شود.", None,
         "رئیس قوه قضاییه گفت: پرونده بررسی می‌شود."),
        ("به گزارش دیده‌بان ایران وزیر گفت: طرح اجرا می‌شود.", None, "وزیر گفت: طرح اجرا می‌شود."),
        # the subject written before the formula's comma stays (a formula's name, as
        # lead_formula reads it for the publisher, runs to that comma)
        (
            "به گزارش خبرگزاری فارس نمایشگاه مشترک عکس ایران و پاکستان، امروز در تهران افتتاح شد.",
            None,
            "نمایشگاه مشترک عکس ایران و پاکستان، امروز در تهران افتتاح شد.",
        ),
        # a Latin acronym in a wire dateline followed by a dash, unknown or misprinted
        ("أتلانتا، الولايات المتحدة الأمريكية (CNC) -- تعرفت CNN على عدد من الروس.", None,
         "تعرفت CNN على عدد من الروس."),
        # an agency in parentheses inside the sentence, no dash: not a dateline
        ("وقال المدير في مقابلة مع مراسل (إرنا) اليوم، إن المعبر سيفتح.", None,
         "وقال المدير في مقابلة مع مراسل (إرنا) اليوم، إن المعبر سيفتح."),
        ("ووفقا لما أوردته وكالة الأنباء السعودية (واس)، تأتي الاتفاقية في إطار التعاون.", None,
         "ووفقا لما أوردته وكالة الأنباء السعودية (واس)، تأتي الاتفاقية في إطار التعاون."),
        # a body in parentheses after a place, no dash: not a dateline (a guard)
        ("الأمم المتحدة (يونيسف) تحذر من المجاعة.", None, "الأمم المتحدة (يونيسف) تحذر من المجاعة."),
    ],
)  # fmt: skip
def test_agencies_are_known_by_the_knowledge(text, sources, expected):
    assert strip_attribution(text, sources) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «از سوی دیگر،» after the formula opens the sentence: it is not the place
        ("به گزارش خبرگزاری مهر، از سوی دیگر، امانی به اسلام آباد رفت.",
         "از سوی دیگر، امانی به اسلام آباد رفت."),
        # a real place is: «از قزوین،»
        ("به گزارش خبرگزاری مهر، از قزوین، امانی به اسلام آباد رفت.", "امانی به اسلام آباد رفت."),
        # the Arabic formula as find_attribution reads it, «نقلت» included
        ("نقلت وكالة تسنيم، أن الوزير وصل إلى إسلام آباد.", "أن الوزير وصل إلى إسلام آباد."),
        # a known outlet's reporter and the desk's province, up to the formula's comma
        ("به گزارش خبرنگار تابناک استان یزد، علی رضایی، وزیر راه امروز وارد یزد شد.",
         "علی رضایی، وزیر راه امروز وارد یزد شد."),
        ("به گزارش خبرنگار ایرنا شهرستان زابل، فرماندار از بازگشایی مرز خبر داد.",
         "فرماندار از بازگشایی مرز خبر داد."),
        ("به گزارش خبرگزاری مهر منطقه آزاد چابهار، مدیرعامل سازمان گفت: بندر آماده است.",
         "مدیرعامل سازمان گفت: بندر آماده است."),
        # guard: the province names the subject when the predicate follows the comma
        ("به گزارش خبرنگار ایرنا استان سیستان و بلوچستان، امروز شاهد بارش باران بود.",
         "استان سیستان و بلوچستان، امروز شاهد بارش باران بود."),
        ("به گزارش خبرنگار مهر استان گیلان، در هفته گذشته میزبان گردشگران بود.",
         "استان گیلان، در هفته گذشته میزبان گردشگران بود."),
        # guard: no reporter's or desk's word, the province after the agency is the subject
        ("به گزارش ایرنا استان سیستان و بلوچستان، میزبان نمایشگاه مرزی شد.",
         "استان سیستان و بلوچستان، میزبان نمایشگاه مرزی شد."),
        # guard: after the formula's comma the province is the subject
        ("به گزارش خبرنگار تابناک، استان کرمان، امروز میزبان وزیر بود.",
         "استان کرمان، امروز میزبان وزیر بود."),
        # guard: a province of more words before the comma is a clause
        ("به گزارش خبرنگار تابناک استان کرمان امروز میزبان وزیر بود، وزیر گفت.",
         "استان کرمان امروز میزبان وزیر بود، وزیر گفت."),
    ],
)  # fmt: skip
def test_key_points_strip_the_formula_as_the_lead_does(text, expected):
    assert strip_attribution(text) == expected
    assert strip_boilerplate(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency in parentheses after «وفقا لـ» is the claim's source, no dateline: kept
        # (was stripped to «، فقد بدأ …»)
        ("ووفقًا لوكالة الأنباء الرسمية (إرنا)، فقد بدأ الهجوم باستهداف مبنى القضاء.",
         "ووفقًا لوكالة الأنباء الرسمية (إرنا)، فقد بدأ الهجوم باستهداف مبنى القضاء."),
        ("بحسب وكالة الأنباء الرسمية (إرنا) فإن الهجوم بدأ صباحا.",
         "بحسب وكالة الأنباء الرسمية (إرنا) فإن الهجوم بدأ صباحا."),
        # guard: a place and the agency in parentheses is a dateline
        ("طهران (إرنا) - بدأ الهجوم باستهداف مبنى القضاء.", "بدأ الهجوم باستهداف مبنى القضاء."),
        ("دبي، الإمارات العربية المتحدة (CNN)-- قال الوزير إن الحدود مفتوحة.",
         "قال الوزير إن الحدود مفتوحة."),
    ],
)  # fmt: skip
def test_an_according_to_phrase_is_no_dateline(text, expected):
    assert strip_attribution(text) == expected
    assert not strip_attribution(text).startswith("،")


def test_the_arabic_formula_is_stripped_from_the_lead_only():
    text = "وفقا لوكالة الأنباء الإيرانية، قتل خمسة أشخاص في الهجوم على المحكمة."
    assert strip_attribution(text) == "قتل خمسة أشخاص في الهجوم على المحكمة."
    assert strip_boilerplate(text) == "قتل خمسة أشخاص في الهجوم على المحكمة."
    # in a later sentence it says whose claim the sentence is: kept
    assert strip_attribution(text, lead=False) == text
    assert strip_boilerplate(text, lead=False) == text
    # guard: a dateline goes from any sentence
    dateline = "طهران (إرنا) - بدأ الهجوم باستهداف مبنى القضاء."
    assert strip_attribution(dateline, lead=False) == "بدأ الهجوم باستهداف مبنى القضاء."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet's desk and a dash or a colon
        ("گروه استان‌ها- فرماندار شهر گفت: جاده باز شد.", "فرماندار شهر گفت: جاده باز شد."),
        ("سرویس بین الملل: وزیر خارجه وارد پکن شد.", "وزیر خارجه وارد پکن شد."),
        # an outlet's name that is a day and a month, or a month before «؛»
        ("19 دی: شمار کشته‌ها به ده نفر رسید.", "شمار کشته‌ها به ده نفر رسید."),
        ("۱۲ خرداد ۱۴۰۲: مرز بازگشایی شد.", "مرز بازگشایی شد."),
        ("خرداد؛نخست وزیر اعلام کرد که سفر انجام شد.", "نخست وزیر اعلام کرد که سفر انجام شد."),
        # guard: a group speaking is no desk
        ("گروه طالبان: مسئولیت حمله را نمی‌پذیریم.", "گروه طالبان: مسئولیت حمله را نمی‌پذیریم."),
        # guard: a name that is a month speaks before a colon
        ("اسد: ارتش پیروز خواهد شد.", "اسد: ارتش پیروز خواهد شد."),
        # guard: a date inside the sentence stays
        ("وزیر روز 19 دی وارد شد.", "وزیر روز 19 دی وارد شد."),
    ],
)  # fmt: skip
def test_a_desk_or_a_date_opening_the_lead_is_stripped(text, expected):
    assert strip_attribution(text) == expected
    assert strip_attribution(text, lead=False) == text  # a later sentence keeps its words


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_stripped_leads_keep_no_agency_name(seed):
    _, paragraphs = read_seed(seed)
    stripped = [strip_attribution(p) for p in paragraphs[:3]]
    assert stripped != paragraphs[:3]
    assert not any(p.startswith(("به گزارش", "إيران برس")) for p in stripped)


def _longest_name_by_definition(text: str, index, min_words: int) -> tuple[str, str]:
    """Every span of up to MAX_NAME_WORDS tokens at every token, longest first; a month's
    name beside a date («مهر ۲۴») names no outlet (``sources._is_month``)."""
    from akhbar.actors import tokenize
    from akhbar.sources import MAX_NAME_WORDS, _is_month

    toks = tokenize(text)
    best: tuple[int, str, str] = (0, "", "")
    for i in range(len(toks)):
        for j in range(min(len(toks), i + MAX_NAME_WORDS), i, -1):
            entry = index.names.get("".join(t.text for t in toks[i:j]))
            if entry and entry[1] >= min_words and j - i > best[0] and not _is_month(toks, i, j):
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


# -- the outlets of the beat, publisher and quoted agency ------------------------------


def attribution_of(paragraphs: list[str]) -> tuple[str, str, str]:
    from akhbar.sources import find_attribution

    found = find_attribution(paragraphs, real_knowledge().sources)
    return found.source, found.name, found.via


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CNN Arabic's dateline: a place in Arabic, «(CNN)» and an em dash
        (["دبي، الإمارات العربية المتحدة (CNN)— قال الوزير"], ("cnn", "CNN")),
        # «(CNN)--» with no place and no space
        (["(CNN)-- وصف وزير الخارجية الإيراني"], ("cnn", "CNN")),
        # «(CNN) --» with a space before the dashes
        (["طهران، إيران (CNN) -- أعلنت الشركة"], ("cnn", "CNN")),
        # Al Arabiya in the Arabic formula (the one-word name is allowed in a formula)
        (["ذكرت قناة العربية، أن الوزير وصل"], ("al-arabiya", "قناة العربية")),
        # Sky News Arabia in an end line
        (["نص الخبر", "المصدر: سكاي نيوز عربية"], ("sky-news-arabia", "سكاي نيوز عربية")),
        # France 24 in an end line, with its digits
        (["نص الخبر", "المصدر: فرانس 24"], ("france-24", "فرانس 24")),
        # BBC without a service: BBC, not one of its services
        (["به گزارش بی‌بی‌سی، وزیر گفت"], ("bbc", "بی‌بی‌سی")),
        # «بي بي سي» in an Arabic end line
        (["نص", "المصدر: بي بي سي"], ("bbc", "بي بي سي")),
        # the Persian service named in full
        (["به گزارش بی بی سی فارسی، وزیر گفت"], ("bbc-persian", "بی بی سی فارسی")),
        # Reuters in Persian letters
        (["به گزارش رویترز، پاکستان اعلام کرد"], ("reuters", "رویترز")),
        # Reuters in the Arabic short form «رويتر»
        (["نص", "المصدر: رويتر"], ("reuters", "رويتر")),
        # AFP's Persian name
        (["به گزارش خبرگزاری فرانسه، پاکستان اعلام کرد"], ("afp", "خبرگزاری فرانسه")),
        # AFP's Arabic name «فرانس برس»
        (["ذكرت وكالة فرانس برس، أن"], ("afp", "وكالة فرانس برس")),
        # AP in Arabic
        (["ذكرت وكالة أسوشيتد برس، أن"], ("ap", "وكالة أسوشيتد برس")),
        # Anadolu in Arabic
        (["ذكرت وكالة الأناضول، أن"], ("anadolu", "وكالة الأناضول")),
        # Xinhua's English dateline
        (["BEIJING (Xinhua) - China said"], ("xinhua", "Xinhua")),
        # Xinhua in Persian
        (["به گزارش خبرگزاری شینهوا، چین اعلام کرد"], ("xinhua", "خبرگزاری شینهوا")),
        # Al Jazeera's Arabic end line
        (["نص", "المصدر: الجزيرة نت"], ("al-jazeera", "الجزيرة نت")),
        # Dawn's end line
        (["text", "Source: Dawn"], ("dawn", "Dawn")),
        # an interview with the outlet's own reporter: the outlet publishes
        (["علی احمدی امروز در گفت‌وگو با خبرنگار فارس در ایلام اظهار داشت: تغییر"], ("fars", "فارس")),
        # the reporter with a desk glued to the word, then the agency
        (["رسول منتجب‌نیا در گفت‌وگو با خبرنگارسیاسی فارس ضمن تکذیب گفت"], ("fars", "فارس")),
        # «به خبرنگار X گفت»
        (["مسئول برگزاری این نمایشگاه به خبرنگار ایرنا در خرم آباد گفت: کاریکاتور"], ("irna", "ایرنا")),
    ],
)  # fmt: skip
def test_outlets_of_the_beat(text, expected):
    assert source_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the publisher is Fars, AFP is quoted
        (["به گزارش فارس به نقل از خبرگزاری فرانسه، پاکستان اعلام کرد"], ("fars", "فارس", "afp")),
        # «به‌نقل» with a ZWNJ, Reuters quoted
        (["به گزارش ایسنا به‌نقل از رویترز، پاکستان اعلام کرد"], ("isna", "ایسنا", "reuters")),
        # «ازرويترز» glued, Arabic letters in Persian text, the formula's comma far away
        (["به گزارش خبرگزاري فارس به نقل ازرويترز اين در حالي است كه عربستان، بزرگترين صادر كننده"], ("fars", "خبرگزاري فارس", "reuters")),
        # no formula's comma: the sentence's first comma closes a long name, the known one kept
        (["به گزارش خبرگزاري فارس دومين نمايشگاه پيشكسوتان هنرهاي سنتي ايران همزمان با اولين نمايشگاه، برپا شد"], ("fars", "خبرگزاري فارس", "")),
        # the quoted one is not an outlet: nothing quoted is recorded
        (["به گزارش فارس به نقل از وزارت ارتباطات، وارسته گفت"], ("fars", "فارس", "")),
        # an unknown publisher quoting a known agency: the agency is never the publisher
        (["به گزارش پایگاه خبری فلان به نقل از رویترز، دیدار"], ("", "پایگاه خبری فلان", "reuters")),
        # Arabic «نقلا عن»
        (["ذكرت وكالة تسنيم نقلا عن وكالة رويترز، أن"], ("tasnim", "وكالة تسنيم", "reuters")),
        # no quoted agency
        (["به گزارش خبرگزاری مهر، وزیر گفت"], ("mehr", "خبرگزاری مهر", "")),
        # an unknown outlet quoting a known agency, no comma after either: a name, or a
        # kashida dash, follows the agency
        (["به گزارش صدای شهر به نقل از ایرنا سید عباس عراقچی در اسلام آباد با وزیر دیدار کرد."],
         ("", "صدای شهر", "irna")),
        (["به گزارش صدای شهر به نقل از ابنا ـ مردم شهر کراچی دست به تظاهرات زدند."],
         ("", "صدای شهر", "abna")),
        # «به نقل از» a known agency opening a paragraph, no «به گزارش» (Arabic ي/ك): the
        # agency quoted, the publisher unnamed
        (["وزیر کشور ایران گفت که اسنادی در دست است.",
          "به نقل از خبرگزاري رويترز، وزير كشور ايران امروز از دولت پاكستان خواست."],
         ("", "", "reuters")),
        # guards: a person or an office quoted so is no agency; a known agency followed by
        # more words before the comma is a sentence
        (["به نقل از وزیر خارجه، پاکستان آماده گفت‌وگو است."], ("", "", "")),
        (["به نقل از رویترز گزارش شده است که، پاکستان آماده است."], ("", "", "")),
    ],
)  # fmt: skip
def test_publisher_and_quoted_agency(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # AFP's correspondent named in the lead of another outlet's article
        ["قام وزير الخارجية العماني بزيارة إلى الحرم القدسي، حسب مراسل وكالة أنباء فرانس برس ."],
        # a Persian lead citing Reuters mid-sentence
        ["پاکستان به گزارش خبرگزاری رویترز از تصمیم خود عقب نشست و گفت که دیدار لغو شد"],
        # an agency in a long last paragraph, inside the text
        ["متن", "وی افزود که خبرگزاری تسنیم پیش از این گزارش داده بود که این دیدار در ماه آینده در اسلام آباد و با حضور وزیران برگزار می‌شود"],
        # a person quoted as telling another outlet's reporter is not a formula at the start
        ["ظریف گفت که پاکستان دوست ایران است"],
    ],
)  # fmt: skip
def test_an_agency_mentioned_in_the_body_is_not_the_source(text):
    assert source_of(text) == ("", "")


def _card(record: dict, edition: str) -> str:
    from akhbar.i18n import jinja_env
    from akhbar.mkdocs_hook import TEMPLATES

    knowledge = real_knowledge()
    return (
        jinja_env(edition, TEMPLATES)
        .get_template("card.html.j2")
        .render(
            edition=edition,
            dirs={"fa": "rtl", "ar": "rtl", "en": "ltr"},
            url=lambda path: path,
            source_of=knowledge.source,
            actor_of=knowledge.actor,
            actor_html=lambda slug: slug,
            topic_html=lambda slug: slug,
            r=record,
        )
    )


_RECORD = {"date": "2025-11-27", "lang": "fa", "byline": "", "actors": [], "topics": [], "key_points": [], "figures": [], "quotes": []}  # fmt: skip


@pytest.mark.parametrize(
    ("edition", "expected"),
    [
        # the publisher, then the quoted agency with the edition's label
        ("fa", "خبرگزاری فارس</bdi></a> <span class=\"akhbar-via\">(به نقل از <bdi>خبرگزاری فرانسه</bdi>)</span>"),
        ("ar", "وكالة فارس للأنباء</bdi></a> <span class=\"akhbar-via\">(نقلاً عن <bdi>وكالة الصحافة الفرنسية</bdi>)</span>"),
        ("en", "Fars News Agency</bdi></a> <span class=\"akhbar-via\">(quoting <bdi>Agence France-Presse</bdi>)</span>"),
    ],
)  # fmt: skip
def test_card_shows_the_quoted_agency_after_the_source(edition, expected):
    record = {**_RECORD, "source": "fars", "source_name": "فارس", "source_via": "afp"}
    assert expected in _card(record, edition)


def test_card_without_a_quoted_agency_or_an_older_record():
    record = {**_RECORD, "source": "fars", "source_name": "فارس", "source_via": ""}
    assert "akhbar-via" not in _card(record, "en")
    older = {k: v for k, v in record.items() if k != "source_via"}  # front matter before the field
    assert "akhbar-via" not in _card(older, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «به‌گزارش» with a ZWNJ and a place closed by «؛»
        (["به‌گزارش خبرگزاری برنا از کرمانشاه؛ مدیرعامل پتروشیمی گفت"], ("borna", "خبرگزاری برنا", "")),
        # «به گزارش» whose sentence has no comma: the outlet in its first words
        (["به گزارش خبرگزاري فارس دستور جلسات كميسيون‌هاي مختلف مجلس در هفته آينده اعلام شد."], ("fars", "خبرگزاري فارس", "")),
        # the same, quoting Reuters, the «ازرويترز» glued
        (["به گزارش خبرگزاري فارس به نقل ازرويترز اين در حالي است كه عربستان صادر كننده است"], ("fars", "خبرگزاري فارس", "reuters")),
        # «به نقل از» far into a long formula belongs to the sentence: no quoted agency
        (["به گزارش خبرگزاري فارس دستور جلسات كميسيون‌هاي مختلف مجلس را به نقل از رويترز اعلام كرد، و"], ("fars", "خبرگزاري فارس", "")),
        # the first outlet named is the publisher, not the longer name after it
        (["به گزارش ایرنا خبرگزاری فرانسه اعلام کرد، پاکستان"], ("irna", "ایرنا خبرگزاری فرانسه اعلام کرد", "")),
        # an agency itself named as the one spoken to («خبرگزاري» in Arabic letters): it
        # may be another outlet's interview retold, no publisher
        (["سعيد عابدين كه در گفت و گو با خبرگزاري فارس، سخن مي‌گفت"], ("", "", "")),
    ],
)  # fmt: skip
def test_persian_formulas_as_written(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="an interview with a foreign outlet's reporter, retold by an article with no "
    "attribution formula, is taken for the outlet's own interview",
)
def test_an_interview_retold_from_another_outlet_is_not_its_source():
    assert source_of(["ظریف در گفت‌وگو با خبرنگار رویترز گفت که ایران آماده است"]) == ("", "")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the Arabic label with its article
        ("المصدر: الوفاق/وكالات", "الوفاق/وكالات"),
        # the plural, «sources»
        ("المصادر: رويترز", "رويترز"),
        # Persian, plural
        ("منابع: ایرنا", "ایرنا"),
        # a full-width colon
        ("Source： Dawn", "Dawn"),
        # a credit line, «taken from:»
        ("برگرفته شده از: سایت بی بی سی", "سایت بی بی سی"),
    ],
)  # fmt: skip
def test_one_source_line_for_structure_publisher_and_key_points(line, name):
    body = ["وزیر خارجه پاکستان امروز وارد تهران شد و با همتای ایرانی خود دیدار کرد.", line]
    assert structure(body, "fa").source_line == name  # not text: the structure sets it apart
    assert find_attribution([line], real_knowledge().sources).name == name.split("/")[0]
    assert strip_boilerplate(line) == ""  # never a key point


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline «CITY - AGENCY -»
        (["دهلی نو - ایرنا - اوراسیا تایمز نوشت: بندر چابهار اهمیت دارد."], ("irna", "ایرنا")),
        # «CITY/ day month/ month/ AGENCY -», spaces after the slashes
        (["اسلام اباد/ 23 حزيران/ يونيو/ ارنا - يقوم قائد الجيش بزيارة."], ("irna", "ارنا")),
        # a dateline line «CITY - (AGENCY)» before the lead
        (["كابول - (د ب أ)", "أفاد مسؤول أفغاني بترحيل لاجئين."], ("dpa", "د ب أ")),
        # guard: two dashes between places name no agency
        (["ایران - پاکستان - هند در یک قاب"], ("", "")),
        # «٬» closes the formula as a comma does: the outlet is not in sources.yml, and
        # the interview with another agency it retells is not the publisher's
        (
            ["به گزارش رادیو نمونه٬ علی رضایی، سخنگوی مرزبانی، به خبرگزاری فرانسه گفته که مرز بسته است."],
            ("", "رادیو نمونه"),
        ),
        # a desk word «حوزه» before a known outlet
        (["به گزارش حوزه افغانستان باشگاه خبرنگاران، وزارت بازرگانی اعلام کرد."], ("yjc", "باشگاه خبرنگاران")),
    ],
)  # fmt: skip
def test_datelines_and_commas_of_the_lead(text, expected):
    assert source_of(text) == expected


def test_a_credit_outside_the_text_names_the_publisher():
    """A byline's agency, passed as a credit, names the publisher after the formulas."""
    found = find_attribution(["متن خبر بدون فرمول."], real_knowledge().sources, ["خبرگزاری رویترز"])
    assert (found.source, found.name) == ("reuters", "خبرگزاری رویترز")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a name, a bar, the agency
        ("پروانه علی زاده │خبرگزاری رویترز", ("پروانه علی زاده", "خبرگزاری رویترز")),
        # a name, the agency, other credits after a comma
        ("صلاح شرارة رويترز، د ب أ", ("صلاح شرارة", "رويترز")),
        # a headline ending in an agency's name is no byline
        ("اعتقال مراسل رويترز", None),
        # nor a sentence with a date
        ("علی رضایی │ ایرنا ۱۲ مهر", None),
        # an unknown agency after the bar
        ("علی رضایی │ رادیو نمونه", None),
    ],
)
def test_byline_credit(line, expected):
    from akhbar.sources import byline_credit

    assert byline_credit(line, real_knowledge().sources) == expected


def _article(extractor, lines: list[str]):
    return extractor.extract("\n\n".join(lines).encode(), "x.txt").article


LONG_FA = (
    "وزارت امور خارجه پاکستان حمله تروریستی در استان سیستان و بلوچستان را محکوم کرد و "
    "خواستار همکاری دو کشور برای مقابله با گروه‌های مسلح در مرز مشترک شد."
)


def test_a_formula_in_the_first_paragraphs_after_the_page_chrome(extractor):
    """The headline and the page's stamps come before the lead: the formula in the
    second paragraph of the text is still read."""
    article = _article(
        extractor,
        [
            "محکومیت حمله تروریستی در جنوب شرق ایران",
            "(last modified 1397-11-25T08:23:30+00:00 )",
            "دلو 25, 1397 12:53 Asia/Kabul",
            LONG_FA,
            "به گزارش ایرنا، سخنگوی وزارت امور خارجه پاکستان با خانواده شهیدان ابراز همدردی کرد.",
            LONG_FA.replace("پاکستان", "ایران"),
        ],
    )
    assert article.source == "irna"
    assert sum("page chrome left out" in w for w in article.warnings) == 2


def test_a_formula_opening_the_last_paragraph_is_no_publisher(extractor):
    """«به گزارش X،» opening the last of several paragraphs retells X in the text."""
    article = _article(
        extractor,
        [
            LONG_FA,
            LONG_FA.replace("پاکستان", "هند"),
            LONG_FA.replace("پاکستان", "چین"),
            "به گزارش الجزیره، نیروهای پلیس بلافاصله پس از حمله به محل حادثه اعزام شدند.",
        ],
    )
    assert article.source == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (["به گزارش رادیو فردا، مرز دوباره باز شد."], ("radio-farda", "رادیو فردا")),
        (["به گزارش فرارو، انفجاری در کویته رخ داد."], ("fararu", "فرارو")),
        (["به گزارش عصر ایران، زائران در مرز تحصن کردند."], ("asr-iran", "عصر ایران")),
        (["به گزارش تابناک، وزیر خارجه به اسلام آباد رفت."], ("tabnak", "تابناک")),
        (["به گزارش گروه سیاسی دفاع‌پرس، رئیس جمهور به پاکستان رفت."], ("defa-press", "گروه سیاسی دفاع‌پرس")),
        (["به گزارش ایران اینترنشنال، مرز بسته شد."], ("iran-international", "ایران اینترنشنال")),
        (["به گزارش یورونیوز فارسی، مرز بسته شد."], ("euronews-persian", "یورونیوز فارسی")),
        (["به گزارش دویچه وله فارسی، مرز بسته شد."], ("dw-persian", "دویچه وله فارسی")),
        (["به گزارش ایندیپندنت فارسی، مرز بسته شد."], ("independent-persian", "ایندیپندنت فارسی")),
        (["به گزارش ای. آر. وای نیوز، ارتش عملیات کرد."], ("ary-news", "ای. آر. وای نیوز")),
        (["به گزارش باشگاه خبرنگاران جوان، مرز باز شد."], ("yjc", "باشگاه خبرنگاران جوان")),
    ],
)  # fmt: skip
def test_persian_outlets_of_the_beat(text, expected):
    assert source_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency named as the one spoken to is not the publisher
        (["دادستان شهر در گفت‌وگو با خبرگزاری فارس اظهار داشت: مهاجمان شناسایی شدند."], ("", "")),
        (["وقال المتحدث في حديث لوكالة فرانس برس إن الوضع هادئ."], ("", "")),
        (["The minister told Reuters that the talks would go on."], ("", "")),
        (["متن خبر.", "وی در گفت‌وگو با خبرگزاری فارس گفت: مرز باز است."], ("", "")),
        (["متن خبر.", "وی به خبرگزاری فرانسه گفت که مرز باز است."], ("", "")),
        # its own reporter is: the outlet publishes
        (["دادستان شهر در گفت‌وگو با خبرنگار فارس اظهار داشت: مهاجمان شناسایی شدند."], ("fars", "فارس")),
        # a credit line still names the publisher
        (["متن خبر.", "این گزارش را خبرگزاری تسنیم منتشر کرد"], ("tasnim", "خبرگزاری تسنیم")),
    ],
)  # fmt: skip
def test_an_agency_spoken_to_is_not_the_publisher(text, expected):
    assert source_of(text) == expected


_LONG_FA = "مردم شهر در اعتراض به حمله اخیر بازارها را تعطیل کردند و تردد به حداقل رسید."
_TEXT = [_LONG_FA] * 3  # the lead window's paragraphs, before the last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening formula names an outlet not in sources.yml: a later short
        # formula, the page cut after it, names whom the text quotes
        (["به گزارش «نمونه نیوز» ، " + _LONG_FA, *_TEXT, "به گزارش بی.بی.سی اردو، شخصی"], ("", "نمونه نیوز")),
        (["به گزارش نمونه نیوز، " + _LONG_FA, *_TEXT, "این گزارش را خبرگزاری تسنیم منتشر کرد"], ("", "نمونه نیوز")),
        # with no opening formula, a closing formula is no credit line either
        ([_LONG_FA, *_TEXT, "به گزارش بی.بی.سی اردو، شخصی"], ("", "")),
        # guard: a credit line closing a text without a formula names the publisher
        ([_LONG_FA, *_TEXT, "این گزارش را خبرگزاری تسنیم منتشر کرد"], ("tasnim", "خبرگزاری تسنیم")),
        # guard: the opening formula's known outlet wins as before
        (["به گزارش ایسنا، " + _LONG_FA, *_TEXT, "به گزارش بی.بی.سی اردو، شخصی"], ("isna", "ایسنا")),
    ],
)  # fmt: skip
def test_a_later_formula_is_never_the_publisher(text, expected):
    assert source_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known outlet and a colon open the text: the publisher, over the agency
        # interviewed and any formula after it
        (
            ["رادیوفردا: دادستان شهر از اعدام چند تن خبر داد.", "وی در گفت‌وگو با خبرگزاری فارس اظهار داشت: پاسخ دادیم."],
            ("radio-farda", "رادیوفردا"),
        ),
        (
            ["آفتاب‌نیوز :", "آفتاب: مشرف در سراسر کشور حکومت نظامی اعلام کرد.", "به گزارش خبرگزاری آسوشیتدپرس این تصمیم ساعاتی پیش گرفته شد."],
            ("aftab-news", "آفتاب‌نیوز"),
        ),
        (["آفتاب: مشرف در سراسر کشور حکومت نظامی اعلام کرد."], ("aftab-news", "آفتاب")),
        # guards: a speaker or a place before a colon names no outlet
        (["ظریف: ایران آماده گفت‌وگو با همه همسایگان است."], ("", "")),
        (["پاکستان: روابط با تهران پایدار است و ادامه دارد."], ("", "")),
        # a known outlet and a colon further into the paragraph is a mention
        (["دادستان گفت رادیوفردا: این خبر را منتشر کرد."], ("", "")),
    ],
)  # fmt: skip
def test_an_outlet_opening_the_text_with_a_colon(text, expected):
    assert source_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # label lines of the page are not counted among the three paragraphs read
        (
            ["پخش زنده", "امروز: -", "سخنگوی وزارت خارجه گفت: ایران کشور برادر است.", "به گزارش سرویس بین الملل خبرگزاری صدا و سیما از اسلام آباد، او افزود: روابط پایدار است."],
            ("irib", "خبرگزاری صدا و سیما"),
        ),
        (
            ["bato-adv", "کد خبر: ۵۶۶۵۵۶", "خودروی حامل سه فرمانده در انفجار بمب منهدم شد.", "تاریخ انتشار: ۱۵:۳۸ - ۱۷ مرداد ۱۴۰۱", "رسانه‌های پاکستانی امروز از کشته شدن سه فرمانده خبر دادند.", "به گزارش ایرنا از منابع خبری پاکستان، خودروی آنان منهدم شد."],
            ("irna", "ایرنا"),
        ),
        # guard: past three paragraphs of text, a formula retells another outlet
        (
            ["پخش زنده", "نخست وزیر پاکستان امروز به تهران رفت و با مقامات دیدار کرد.", "او با رئیس جمهور ایران درباره مرز گفت‌وگو کرد.", "دو طرف چند سند همکاری امضا کردند.", "به گزارش ایرنا، فرمانده ارتش نیز همراه اوست."],
            ("", ""),
        ),
    ],
)  # fmt: skip
def test_label_lines_do_not_use_up_the_lead_window(text, expected):
    assert source_of(text) == expected


LONG_AR = (
    "في لقاء جمع وزير الداخلية بنظيره الباكستاني، شدد الطرفان على ضرورة تعزيز التعاون "
    "الثنائي في المجالات الأمنية والدفاعية والسياسية والاقتصادية بين البلدين الجارين."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month named as an outlet is, beside a day, a year or a weekday, is the month
        (["جمعه ۱۲ مهر ۱۳۹۸ - ۱۰:۲۰:۰۰", LONG_FA], ("", "")),
        (["شنبه ۱۲ میزان ۱۳۹۸ - کابل: وزیر گفت که مرز باز است.", LONG_FA], ("", "")),
        (["مهر ماه - تهران: وزیر گفت که مرز باز است و کامیون‌ها عبور می‌کنند.", LONG_FA],
         ("", "")),
        # guards: the same one-word names open a formula or a dateline
        (["به گزارش مهر، وزیر گفت که مرز باز است و کامیون‌ها عبور می‌کنند.", LONG_FA],
         ("mehr", "مهر")),
        (["میزان - کابل: وزیر گفت که مرز باز است و کامیون‌ها عبور می‌کنند.", LONG_FA],
         ("mizan", "میزان")),
        # an Arabic formula with «و» before its verb, in the text's first paragraph
        (["وأفادت وكالة مهر للأنباء، أنه بناء على طلب الوزير أرسلت شحنة مساعدات إلى الجارة.",
          LONG_AR], ("mehr", "وكالة مهر للأنباء")),
        # guard: further on it retells another outlet
        ([LONG_AR, "وأفادت وكالة مهر للأنباء، أن الشحنة وصلت إلى الميناء صباح اليوم."], ("", "")),
        # a known outlet and a dash opening the text, spaced or not
        (["عصرايران - اعلن وزير الداخلية أن الحكومة خصصت مبلغا للمتضررين.", LONG_AR],
         ("asr-iran", "عصرايران")),
        (["فرارو- نخست وزیر پاکستان در مصاحبه‌ای گفت که ایران همسایه ماست.", LONG_FA],
         ("fararu", "فرارو")),
        # a line of a place, a dash and a known outlet
        (["إسلام آباد- سكاي نيوز عربية", LONG_AR], ("sky-news-arabia", "سكاي نيوز عربية")),
        # a line of a known outlet and its desk in brackets
        (["ملفات سوريا (متابعات)", LONG_AR], ("syria-files", "ملفات سوريا")),
        # a dateline whose dashes have no spaces
        (["دهلی نو-ایرنا- رسانه‌های هند امروز از سرنگونی یک جنگنده خبر دادند.", LONG_FA],
         ("irna", "ایرنا")),
        # a line of the agency credited, a dash and the outlet that republishes it
        (["د ب أ- صوت الخليج", LONG_AR], ("dpa", "د ب أ")),
        (["أ ف ب - الوطن نيوز", LONG_AR], ("afp", "أ ف ب")),
        # a place, the agency in brackets and the republishing outlet glued after it
        (["كابل (ا ف ب)الصباحنيوز:أعلنت الحكومة أن المعبر الحدودي سيفتح الأسبوع المقبل.",
          LONG_AR], ("afp", "ا ف ب")),
        (["طهران (د.ب.أ) البيان: أعلنت الحكومة أن المعبر الحدودي سيفتح الأسبوع المقبل.",
          LONG_AR], ("dpa", "د.ب.أ")),
        # guards: a label of a one-word outlet and a country may be a section; a headline
        # of two states; a place and a body in brackets; a body in brackets before a
        # speaker's colon; a line of two places
        (["طهران (الخارجية)الإيرانية: نرفض الاتهامات الموجهة إلى بلادنا بشأن الحدود.",
          LONG_AR], ("", "")),
        (["باكستان - أفغانستان الحدود", LONG_AR], ("", "")),
        (["إيران - باكستان", LONG_AR], ("", "")),
        # the text's first line of a known outlet, a dash and its desk or region: the
        # outlet's own dateline, a one-word name too
        (["العالم ـ إيران", LONG_AR], ("al-alam", "العالم")),
        (["العالم - باكستان", LONG_AR], ("al-alam", "العالم")),
        (["العالم ـ آسیا", LONG_FA], ("al-alam", "العالم")),
        # guards: not further on, not before a word that is no place or desk, not an
        # unknown name
        ([LONG_AR, "العالم - إيران", LONG_AR], ("", "")),
        (["العالم - رياضة", LONG_AR], ("", "")),
        (["الدنيا - إيران", LONG_AR], ("", "")),
        # a place, a dash (a spaced tatweel too) and a known agency before a colon
        (["اسلام اباد ـ ا.ف.ب: قتل 14 شخصا على الأقل عندما فجر انتحاري نفسه في تجمع.",
          LONG_AR], ("afp", "ا.ف.ب")),
        (["كويتا - أ ف ب: قتل 14 شخصا على الأقل عندما فجر انتحاري نفسه في تجمع.", LONG_AR],
         ("afp", "أ ف ب")),
        # guards: a place before a dash and a speaker's colon, a word's own tatweel
        (["طهران - الخارجية: نرفض الاتهامات الموجهة إلى بلادنا بشأن الحدود الشرقية.",
          LONG_AR], ("", "")),
        (["اسلام اباد - عمران خان: نرفض الاتهامات الموجهة إلى بلادنا بشأن الحدود.",
          LONG_AR], ("", "")),
        (["ایران - پاکستان: فصل تازه", LONG_FA], ("", "")),
        (["طهران (وكالات)", LONG_AR], ("", "")),
        (["استان - فارس", LONG_FA], ("", "")),
        (["فارس (جنوب)", LONG_FA], ("", "")),
    ],
)  # fmt: skip
def test_an_outlet_named_in_the_first_lines(text, expected):
    assert source_of(text) == expected


def test_an_outlet_opening_the_text_keeps_the_agency_its_formula_quotes():
    found = find_attribution(
        ["عصر بازار- سخنگوی وزارت امور خارجه گفت: طرح راهرو برای منطقه مفید است.",
         "به گزارش پایگاه خبری «عصربازار» به نقل از ایرنا، سخنگو در نشست خبری سخن گفت."],
        real_knowledge().sources,
    )  # fmt: skip
    assert found == ("asr-bazar", "عصر بازار", "irna")
    assert strip_attribution("دهلی نو-ایرنا- رسانه‌های هند خبر دادند.") == "رسانه‌های هند خبر دادند."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet of one word not known, a press word glued to its end, and a dash
        ("نمونه‌خبر -در سانحه رانندگی در جاده مرزی دو نفر کشته شدند.",
         "در سانحه رانندگی در جاده مرزی دو نفر کشته شدند."),
        ("نمونه‌پرس-وزیر کشور امروز به زاهدان سفر کرد.", "وزیر کشور امروز به زاهدان سفر کرد."),
        # guards: a word of the language, the press word alone, an outlet with no dash
        ("باخبر - وزیر کشور امروز به زاهدان سفر کرد.",
         "باخبر - وزیر کشور امروز به زاهدان سفر کرد."),
        ("خبر - وزیر کشور امروز به زاهدان سفر کرد.", "خبر - وزیر کشور امروز به زاهدان سفر کرد."),
        ("نمونه‌خبر از سفر وزیر کشور به زاهدان خبر داد.",
         "نمونه‌خبر از سفر وزیر کشور به زاهدان خبر داد."),
    ],
)  # fmt: skip
def test_an_unknown_outlet_glued_to_a_press_word_opens_no_title(text, expected):
    assert strip_attribution(text) == expected
    # further in the text, the same words are left as they are
    assert strip_attribution(text, lead=False) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantified phrase names no outlet (was «یکی از خبرگزاری های معتبر»)
        (["به گزارش یکی از خبرگزاری های معتبر، اتوبوس زائران هدف حمله قرار گرفت."], ("", "", "")),
        (["به گزارش برخی رسانه‌ها، مرز دوباره باز شد."], ("", "", "")),
        (["به گزارش یک منبع آگاه، نشست به تعویق افتاد."], ("", "", "")),
        # guard: an outlet unknown to the knowledge is still shown as written
        (["به گزارش ملت ایران، دختر نوجوان به مدرسه بازگشت."], ("", "ملت ایران", "")),
        # guard: a known outlet, and one whose name opens with a word like «یکتا»
        (["به گزارش خبرگزاری فارس، مرز بسته شد."], ("fars", "خبرگزاری فارس", "")),
        (["به گزارش یکتا نیوز، مرز بسته شد."], ("", "یکتا نیوز", "")),
    ],
)  # fmt: skip
def test_a_generic_phrase_in_the_formula_is_no_source(text, expected):
    assert attribution_of(text) == expected


# An unknown outlet's report formula with a second source, closed by a comma, a bar or
# (a short second source) a colon; a place before it: gone.  A longer run before a
# colon may hold the speaker, and a subject after the outlet: kept.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("به گزارش صدای مردم به نقل از پارسا: دختری ۱۶ ساله به مدرسه بازگشت.", "دختری ۱۶ ساله"),
        (
            "به گزارش گروه بین الملل باشگاه خبری نو به نقل از شبکه خبری العالم، منابع محلی گفتند.",
            "منابع محلی",
        ),
        (
            "به گزارش گروه خارجی پایگاه امروز به نقل از العالم ، این دختر در سال 2010، در خانه بود.",
            "این دختر",
        ),
        ("سیستان: به گزارش پیام شرق | گروه مسلح مسئولیت حمله را بر عهده گرفت.", "گروه مسلح"),
        ("به گزارش پیام شرق | گروه مسلح مسئولیت حمله را بر عهده گرفت.", "گروه مسلح"),
        # guards
        ("به گزارش صدای مردم به نقل از رویترز وزیر خارجه گفت: ما آماده ایم.", "به گزارش"),
        ("به گزارش صدای مردم وزیر خارجه گفت: ما آماده ایم.", "به گزارش"),
        ("تهران امروز: دیدار وزیران برگزار شد.", "تهران امروز"),
    ],
)
def test_unknown_outlet_report_formula(sentence, expected):
    assert strip_attribution(sentence, []).startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown outlet's name with no comma after it runs on into the subject's
        # name: it stops before the given name
        (["به گزارش صدای معاصر منیر اکرم، نماینده پاکستان در سازمان ملل، گفت که برنامه احیا شود."],
         ("", "صدای معاصر", "")),
        # a name that opens with a given name is left unnamed
        (["به گزارش منیر اکرم، نماینده پاکستان در سازمان ملل، گفت که برنامه احیا شود."],
         ("", "", "")),
        # guards: a given name before a press word may be the outlet's own; a known
        # outlet is found as before
        (["به گزارش حسن نیوز، وزیر گفت که مرز باز است."], ("", "حسن نیوز", "")),
        (["به گزارش خبرگزاری مهر، وزیر گفت که مرز باز است."], ("mehr", "خبرگزاری مهر", "")),
    ],
)  # fmt: skip
def test_an_unknown_outlet_stops_before_a_persons_name(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «وأفادت وكالة X، انه …» after a summary lead that it says again: the text's own
        # formula
        (["أدان المتحدث باسم الخارجية الهجوم على المسجد في باكستان.",
          "وأفادت وكالة مهر للأنباء، انه أدان المتحدث باسم الخارجية سعيد خطيب زاده الهجوم."],
         ("mehr", "وكالة مهر للأنباء", "")),
        # guard: after a lead it does not say again, another outlet retold: quoted only
        ([LONG_AR, "وأفادت وكالة مهر للأنباء، أن الشحنة وصلت إلى الميناء صباح اليوم."],
         ("", "", "mehr")),
        # the agency's name in quotation marks, no comma after it
        (["ونقلت وكالة “فرانس برس” عن محامي الدفاع قوله إن الحكم صدر غيابيا بحق رئيس الوزراء."],
         ("afp", "وكالة فرانس برس", "")),
        (["قضت المحكمة بسجن رئيس الوزراء السابق عشر سنوات.",
          "ونقلت وكالة “فرانس برس” عن محامي الدفاع قوله إن الحكم سياسي."],
         ("", "", "afp")),
        # the agency's correspondent reports
        (["افاد مراسل وكالة رسا للانباء، ان المؤتمر عقد في قم بمشاركة عدد من الاساتذة.",
          LONG_AR], ("rasa", "وكالة رسا للانباء", "")),
        # two agencies in a dateline: the first is the publisher
        (["فيينا – أ ب، رويترز - اختيرت باكستان رئيسة لمجلس محافظي الوكالة الدولية.", LONG_AR],
         ("ap", "أ ب، رويترز", "")),
        # guards: a correspondent named mid-sentence; a headline of places and dashes
        (["قام الوزير بزيارة إلى المدينة، حسب مراسل وكالة رسا للانباء، ان المؤتمر عقد."],
         ("", "", "")),
        (["طهران – باكستان، الهند - تعاون اقتصادي بين البلدين في مجالات عدة.", LONG_AR],
         ("", "", "")),
    ],
)  # fmt: skip
def test_arabic_agency_formulas_further_shapes(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's place and a known agency of one word alone on a line
        (["كراتشي-سانا", LONG_AR], ("sana", "سانا", "")),
        # the same with a slash, a line of its own after the headline's summary
        (["قال الوزير إن المهلة أسبوع", "أنقرة/ الأناضول", LONG_AR],
         ("anadolu", "الأناضول", "")),
        # a place, a dash and an agency's spaced initials, no dash after them
        (["طهران - أ ش أ رحب وزير الخارجية بالاتفاق الموقع بين البلدين اليوم."],
         ("mena", "أ ش أ", "")),
        # a place, a date and the agency in brackets, no dash after it
        (["لاهور 3 مارس 2016 (شينخوا) أعلنت الحكومة خطة جديدة للطاقة في الإقليم."],
         ("xinhua", "شينخوا", "")),
        # an outlet's short name, a dash and a place before the text: known, credited
        (["شينخوا- بكين- رحبت الصين بالاتفاق الموقع بين البلدين الجارين."],
         ("xinhua", "شينخوا", "")),
        # an unknown outlet's credit line over the text: shown as written
        (["صوت الناس – متابعة", LONG_AR], ("", "صوت الناس", "")),
        # guards: a one-word alias after a place that is no dateline's; initials that are
        # no agency's; an unknown outlet before a place is not credited; a place before
        # «متابعة» is no outlet; «وكالات» credits no one
        (["شيراز-فارس", LONG_AR], ("", "", "")),
        (["طهران - أ ب ت رحب وزير الخارجية بالاتفاق الموقع بين البلدين."], ("", "", "")),
        (["نجمة- إسلام آباد- أعلن وزير الداخلية قرارا جديدا بشأن الزوار."], ("", "", "")),
        (["بغداد – متابعة", LONG_AR], ("", "", "")),
        (["بيشاور/وكالات", LONG_AR], ("", "", "")),
        (["شيراز/ فارس", LONG_AR], ("", "", "")),
        (["سياسة/ اقتصاد", LONG_AR], ("", "", "")),
    ],
)  # fmt: skip
def test_arabic_datelines_name_their_agency(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("طهران - أ ش أ رحب وزير الخارجية بالاتفاق.", "رحب وزير الخارجية"),
        ("نجمة- إسلام آباد- أعلن وزير الداخلية قرارا جديدا.", "أعلن وزير الداخلية"),
        ("به گزارش افغان نیوز: بر اساس اعلامیه ارتش، عملیات انجام شد.", "بر اساس اعلامیه"),
        # guards: initials of no known agency; two words before a place set off by dashes
        # inside the sentence; a speaker's colon after a press word and more words
        ("طهران - أ ب ت رحب وزير الخارجية بالاتفاق.", "طهران - أ ب ت"),
        ("وقال الوزير - إسلام آباد - إن الاتفاق مهم.", "وقال الوزير"),
        ("به گزارش افغان نیوز وزیر دفاع گفت: مرز باز است.", "به گزارش افغان نیوز وزیر"),
        ("به گزارش خبرنگار ما وزیر گفت: مرز باز است.", "به گزارش خبرنگار ما وزیر"),
    ],
)
def test_outlet_datelines_are_stripped(text, expected):
    assert strip_attribution(text).startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency credited for a claim of the first paragraphs: the agency quoted, never
        # the publisher
        (["أفرجت السلطات عن المعتقلين، وفق ما ذكرته وكالة الأناضول.", LONG_AR],
         ("", "", "anadolu")),
        (["أغلقت باكستان المعبر الحدودي حتى إشعار آخر، حسب وكالة خاما برس الأفغانية للأنباء، اليوم."],
         ("", "", "khaama-press")),
        (["اتفق البلدان على تشكيل لجنة مشتركة، بحسب ما نقلت وكالة أسوشيتد برس الباكستانية عن بيان."],
         ("", "", "app")),
        # the agency's name in quotation marks, «وكالة» inside them, before them or not
        # written; a credit opening the paragraph with «و»
        (['وأكد المسؤول أن عدد الجرحى بلغ 40 شخصا، حسب "رويترز".', LONG_AR],
         ("", "", "reuters")),
        (['انعقد المؤتمر في العاصمة لجمع التعهدات، بحسب "وكالة الأنباء الفرنسية".', LONG_AR],
         ("", "", "afp")),
        (["وبحسب ما ذكرته وكالة أنباء “رويترز”، فقد أعلنت اللجنة موعد الحفل.", LONG_AR],
         ("", "", "reuters")),
        (['جاء ذلك في اتصال هاتفي، حسبما نقلت وكالة "إرنا" الإيرانية شبه الرسمية.', LONG_AR],
         ("", "", "irna")),
        # the Persian credit «بر اساس گزارش X،», the agency's name whole
        (["سیل در شمال کشور جاری شد.", "بر اساس گزارش شینهوا، سیل در شمال غرب کشور جان ده نفر را گرفت و بیست تن دیگر زخمی شدند."],
         ("", "", "xinhua")),
        (["بر اساس گزارش آژانس خبری رویترز، آمریکا دو شرکت را تحریم کرد."],
         ("", "", "reuters")),
        (["بر اساس گزارش وزارت خارجه، آمریکا دو شرکت را تحریم کرد."], ("", "", "")),
        (["بر اساس گزارش فارس نیوز، آمریکا دو شرکت را تحریم کرد."], ("", "", "")),
        # «به گزارش X،» after other sentences of a paragraph credits that claim: the
        # agency quoted, not the publisher; guard: in mid-sentence it credits nothing
        (["نیروها محاصره را پایان دادند. گزارش‌ها حاکی است حمله «از پیش طراحی شده بود.» به گزارش رویترز، ده تن کشته شدند."],
         ("", "", "reuters")),
        (["نیروها محاصره را پایان دادند و به گزارش رویترز، ده تن کشته شدند."], ("", "", "")),
        # guards: a quoted phrase that is no known name whole; quoted words of a speaker
        # after «حسب»
        (['جاء ذلك خلال المؤتمر، حسب "مصادر مطلعة".', LONG_AR], ("", "", "")),
        (['جاء ذلك خلال المؤتمر، حسب "رويترز الجديدة للأخبار".', LONG_AR], ("", "", "")),
        (['وقع الاتفاق، حسب "المصادر"، وفق ما ذكرته الوزارة.', LONG_AR], ("", "", "")),
        # guards: the agency's correspondent named so is no credit; an agency not in the
        # knowledge is not recorded; a known publisher keeps its own formula
        (["قام الوزير بزيارة إلى المدينة، حسب مراسل وكالة الأناضول، اليوم.", LONG_AR],
         ("", "", "")),
        (["أغلقت باكستان المعبر، حسب وكالة فلان للأنباء."], ("", "", "")),
        (["ذكرت وكالة مهر للأنباء، أن المعبر أغلق، وفق ما ذكرته وكالة الأناضول."],
         ("mehr", "وكالة مهر للأنباء", "")),
    ],
)  # fmt: skip
def test_an_agency_credited_in_the_text_is_quoted(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «حسب ما أوردته وكالة X،» in mid-sentence; «ووفقاً لوكالة X،» with «و» glued
        (["انفجرت سيارة قرب المبنى. وأفاد ضابط في الشرطة حسب ما أوردته وكالة الأنباء "
          "الفرنسية، أن القتلى ثلاثة.", LONG_AR],
         ("", "", "afp")),
        (["هاجم مسلحون دورية على الحدود. ووفقاً لوكالة مهر نيوز، فإن المهاجمين فروا.", LONG_AR],
         ("", "", "mehr")),
        # «مهر نيوز», the agency's name as the Arabic press writes it, whole in marks
        (['وأغلق المعبر الحدودي حتى إشعار آخر، بحسب "مهر نيوز".', LONG_AR],
         ("", "", "mehr")),
        # the known name in quotation marks after the agency's description
        (["وقال الوزير إن بلاده ترفض التصعيد، وفق ما أوردت وكالة الأنباء الإيرانية "
          'الرسمية "إرنا".', LONG_AR],
         ("", "", "irna")),
        # the agency as the speaker of a claim in mid-paragraph
        (["أعلنت السلطات إعدام المتهم صباح اليوم. وقالت وكالة إرنا الرسمية والإذاعة إن "
          "الحكم نفذ في السجن.", LONG_AR],
         ("", "", "irna")),
        (["وقع زلزال في الإقليم. ونقلت وكالة “فارس” للأنباء عن مسؤول قوله إن الأضرار كبيرة.",
          LONG_AR],
         ("", "", "fars")),
        # the agency the claim was made to: the same credit
        (["احترقت عدة منازل في القرية. وأفاد قائد الشرطة المحلية فلان الفلاني لوكالة "
          "فرانس برس، إن الوضع تحت السيطرة.", LONG_AR],
         ("", "", "afp")),
        (['ارتفعت الحصيلة إلى عشرين قتيلا. وفي تصريح لوكالة "رويترز" للأنباء، قال مسؤول '
          "إن المستشفيات ممتلئة.", LONG_AR],
         ("", "", "reuters")),
        # guards: a publisher known keeps no agency named for one claim; a speech verb
        # and «لوكالة» in two clauses; an agency not in the knowledge; «وكالة» of no press
        (["ذكرت وكالة مهر للأنباء، أن المعبر أغلق. وقالت وكالة رويترز إن الحركة توقفت."],
         ("mehr", "وكالة مهر للأنباء", "")),
        (["ذكرت وكالة الأناضول، أن المعبر أغلق. وقال مسؤول لوكالة فرانس برس إن الحركة توقفت."],
         ("anadolu", "وكالة الأناضول", "")),
        (["قال الوزير إن المبنى التابع لوكالة فرانس برس تضرر في القصف.", LONG_AR],
         ("", "", "")),
        (["وقالت وكالة الطاقة الذرية إن المنشأة تعمل.", LONG_AR], ("", "", "")),
        (["وقال مسؤول لوكالة فلان للأنباء إن الطريق مغلق.", LONG_AR], ("", "", "")),
    ],
)  # fmt: skip
def test_an_agency_named_mid_text_is_the_one_quoted(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural common noun names no outlet
        (["به گزارش رسانه‌های ایران، او گفت که مهاجران باید بازگردند."], ("", "", "")),
        (["به گزارش رسانههای پاکستان، مرز بسته شد."], ("", "", "")),
        (["به گزارش منابع خبری، دو وزیر دیدار کردند."], ("", "", "")),
        # a place's dateline and a colon before the formula; an unknown outlet quoting
        # another: the publisher as written
        (["لاهور: به گزارش نمونه نیوز به نقل از روزنامه فلان، وزیر گفت که مرز باز است."],
         ("", "نمونه نیوز", "")),
        # a colon closes the formula when the name ends with a press word
        (["به گزارش افغان نیوز: بر اساس اعلامیه ارتش پاکستان، عملیات انجام شد."],
         ("", "افغان نیوز", "")),
        # guards: an outlet whose name opens like the plural nouns is not one of them; a
        # known outlet after a place
        (["به گزارش رسانه نو، مرز بسته شد."], ("", "رسانه نو", "")),
        (["لاهور: به گزارش خبرگزاری مهر، وزیر گفت که مرز باز است."],
         ("mehr", "خبرگزاری مهر", "")),
    ],
)  # fmt: skip
def test_persian_formula_shapes_of_set_fourteen(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("كراتشي-سانا", True),
        ("بيشاور/وكالات", True),
        ("صوت الناس – متابعة", True),
        # guards: a headline of places, a section of an outlet and a country
        ("كراتشي - إسلام آباد", False),
        ("العالم - إيران", False),
    ],
)
def test_a_dateline_line_is_no_text(line, chrome):
    shape = structure([line, LONG_AR, LONG_AR], "ar")
    assert (line in shape.chrome) is chrome
    assert line in shape.lines  # the publisher's evidence all the same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «وكالة أنباء فارس» (with a nisba after it) credited for a claim: the agency quoted
        (["أكد مسؤول إيراني أن المعابر تعمل بشكل طبيعي، بحسب وكالة أنباء فارس الإيرانية."],
         ("", "", "fars")),
        # a dateline «PLACE - AGENCY:» on a line of its own
        (["إسلام أباد - أ ف ب:", "اتفق الجيشان على الامتناع عن انتهاك وقف إطلاق النار في الإقليم."],
         ("afp", "أ ف ب", "")),
        # guards: a speaker's label after a place is no agency; an unknown name credits none
        (["إسلام أباد - وزير الخارجية:", "اتفق الجيشان على الامتناع عن انتهاك وقف إطلاق النار."],
         ("", "", "")),
        (["أكد مسؤول إيراني أن المعابر تعمل بشكل طبيعي، بحسب وكالة أنباء محلية."],
         ("", "", "")),
    ],
)  # fmt: skip
def test_arabic_agency_names_and_colon_datelines(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("إسلام أباد - أ ف ب:", True),
        # guard: a place and a speaker before a colon is text
        ("إسلام أباد - وزير الخارجية:", False),
    ],
)
def test_a_colon_dateline_line_is_no_text(line, chrome):
    lead = "اتفق الجيشان على الامتناع عن انتهاك وقف إطلاق النار في الإقليم المتنازع عليه منذ سنوات."
    shape = structure([line, lead, lead], "ar")
    shown = [p for s in shape.sections for p in s.paragraphs]
    assert (line in shape.chrome) is chrome
    assert (line in shown) is not chrome


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural common noun after a demonstrative names no outlet
        (["به گزارش این رسانههای پاکستان، کمک‌ها دیروز به مرز رسید و توزیع شد."], ("", "", "")),
        (["به گزارش همین رسانه‌ها، کمک‌ها دیروز به مرز رسید و توزیع شد."], ("", "", "")),
        # an outlet's tag and a colon opening the text: Ariana News
        (["آریانا نیوز: ارتش گفته است که کار نصب حصار در امتداد مرز تکمیل شده است."],
         ("ariana-news", "آریانا نیوز", "")),
        # guards: an unknown outlet's own name is kept as written; «این» opening a
        # name that is no plural noun is no demonstrative of one
        (["به گزارش صدای کابل، کمک‌ها دیروز به مرز رسید و توزیع شد."], ("", "صدای کابل", "")),
        (["به گزارش اینترنشنال، کمک‌ها دیروز به مرز رسید و توزیع شد."], ("", "اینترنشنال", "")),
    ],
)  # fmt: skip
def test_generic_reporters_and_outlet_tags(text, expected):
    assert attribution_of(text) == expected


def test_a_site_address_over_the_text_is_no_colon_dateline():
    # a site's address and name closed by a colon, the outlet's formula after it
    text = [
        "SAMPLE-NEWS.COM صدای کابل:",
        "به گزارش «صدای کابل» به نقل از خبرنگار خبرگزاری فارس، کاروانی مورد حمله قرار گرفت.",
    ]
    assert attribution_of(text) == ("", "صدای کابل", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the agency's full name right after its short one is part of the credit
        ("به گزارش ایرنا خبرگزاری جمهوری اسلامی، وزیر نفت فردا به کراچی می رود.",
         "وزیر نفت فردا به کراچی می رود."),
        # guards: after a comma the agency is the subject; a person's name is no agency
        ("به گزارش ایرنا، خبرگزاری فارس، امروز خبر داد که نشست لغو شد.",
         "خبرگزاری فارس، امروز خبر داد که نشست لغو شد."),
        ("به گزارش ایرنا، علی رضایی، وزیر نمونه امروز به کابل رفت.",
         "علی رضایی، وزیر نمونه امروز به کابل رفت."),
    ],
)  # fmt: skip
def test_an_agency_full_name_after_its_short_name_is_part_of_the_credit(sentence, expected):
    assert strip_attribution(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet in guillemets, then the agency it quotes
        (["به گزارش «تابناک» به نقل از ایرنا از رسانه‌های پاکستان، اداره هواشناسی هشدار داد."],
         ("tabnak", "تابناک", "irna")),
        # guards: a person or a body quoted is not recorded; the agency further on is not
        (["به گزارش «تابناک» به نقل از وزیر کشور، طوفان به ساحل نزدیک می‌شود."],
         ("tabnak", "تابناک", "")),
        (["به گزارش «تابناک»، وزیر کشور به نقل از ایرنا گفت که طوفان نزدیک است."],
         ("tabnak", "تابناک", "")),
    ],
)  # fmt: skip
def test_the_agency_quoted_after_an_outlet_in_guillemets(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing source line with no colon, as «منبع: تسنیم» is read
        (["هواپیما در نزدیکی فرودگاه سقوط کرد و همه سرنشینان آن جان باختند.", "منبع تسنیم"],
         ("tasnim", "تسنیم", "")),
        (["سقط المبنى في وسط المدينة وقتل عشرة أشخاص على الأقل.", "المصدر الأناضول"],
         ("anadolu", "الأناضول", "")),
        # guards: no known name, whole; the word opening a sentence
        (["هواپیما در نزدیکی فرودگاه سقوط کرد.", "منبع تسنیم و منابع محلی"], ("", "", "")),
        (["هواپیما در نزدیکی فرودگاه سقوط کرد.", "منبع آگاه گفت"], ("", "", "")),
    ],
)  # fmt: skip
def test_a_closing_source_line_without_a_colon(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet not on file opens the text, a closing source line credits a known
        # agency: both, the agency as the one quoted (as after «به نقل از»)
        (["به گزارش شهرآرانیوز؛ قطار مسافری در نزدیکی لاهور از ریل خارج شد.",
          "امدادگران به محل حادثه اعزام شدند.", "منبع تسنیم"],
         ("", "شهرآرانیوز", "tasnim")),
        (["به گزارش پایگاه خبری نسیم شرق، سیل دو روستا را در بلوچستان ویران کرد.",
          "منبع: ایرنا"],
         ("", "پایگاه خبری نسیم شرق", "irna")),
        # a known outlet opens the text: it publishes, the agency credited is quoted
        (["به گزارش ایسنا، سیل دو روستا را در بلوچستان ویران کرد.", "منبع: تسنیم"],
         ("isna", "ایسنا", "tasnim")),
        # guards: the same agency; an agency already quoted by the formula; a line that
        # names no known source whole; a closing line alone is still the publisher
        (["به گزارش تسنیم، سیل دو روستا را در بلوچستان ویران کرد.", "منبع تسنیم"],
         ("tasnim", "تسنیم", "")),
        (["به گزارش راز نیوز به نقل از ایرنا، سیل دو روستا را ویران کرد.", "منبع تسنیم"],
         ("", "راز نیوز", "irna")),
        (["به گزارش شهرآرانیوز؛ قطار مسافری از ریل خارج شد.", "منبع تسنیم و منابع محلی"],
         ("", "شهرآرانیوز", "")),
        (["قطار مسافری در نزدیکی لاهور از ریل خارج شد و ده نفر زخمی شدند.", "منبع تسنیم"],
         ("tasnim", "تسنیم", "")),
    ],
)  # fmt: skip
def test_a_closing_source_line_after_an_opening_publisher_is_the_agency_quoted(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a closing source line with no colon, a known name whole: no paragraph
        ("منبع تسنیم", "تسنیم"),
        ("المصدر الأناضول", "الأناضول"),
        # guards: a sentence opening with the word, a name not on file
        ("منبع آگاه گفت", ""),
        ("منبع شهرآرانیوز", ""),
    ],
)  # fmt: skip
def test_a_closing_source_line_without_a_colon_is_no_paragraph(line, name):
    body = ["قطار مسافری در نزدیکی لاهور از ریل خارج شد و ده نفر زخمی شدند.", line]
    shape = structure(body, "fa")
    paragraphs = [p for s in shape.sections for p in s.paragraphs]
    assert shape.source_line == name
    assert (line in paragraphs) == (not name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet's first line before its desk, Saudi Arabia
        (["العالم - عربستان سعودی", "نیروهای زمینی عربستان برای دو ماه آموزش در پاکستان مستقر می‌شوند."],
         ("al-alam", "العالم", "")),
        # guards: further on, or before a section's name
        (["نیروهای زمینی عربستان برای دو ماه آموزش در پاکستان مستقر می‌شوند.", "العالم - عربستان سعودی"],
         ("", "", "")),
        (["العالم - اقتصاد جهان", "نیروهای زمینی عربستان در پاکستان مستقر می‌شوند."],
         ("", "", "")),
    ],
)  # fmt: skip
def test_an_outlet_line_before_its_saudi_desk(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summary sentence and the formula in one paragraph; the agency's short name in
        # brackets glued to its full name, then its regional desk
        (["سفیر پاکستان با استاندار خراسان دیدار کرد. به گزارش خبرگزاری دانشجویان "
          "ایران(ایسنا)-منطقه خراسان و به نقل از روابط عمومی استانداری، او گفت که روابط خوب است."],
         ("isna", "خبرگزاری دانشجویان ایران(ایسنا)", "")),
        (["سفیر پاکستان با استاندار خراسان دیدار کرد. به گزارش ایرنا، او گفت که روابط خوب است."],
         ("irna", "ایرنا", "")),
        # guards: the formula further on in the paragraph, or in a later one, retells: no
        # publisher, the agency the claim is credited to quoted
        (["پیام مشهد - وزیر کشور پاکستان گفت که زائران وارد ایران می‌شوند. به گزارش "
          "خبرگزاری صدا و سیما، وزیر به مشهد سفر کرده بود."], ("", "", "irib")),
        (["سفیر پاکستان با استاندار خراسان دیدار کرد. او گفت که روابط خوب است. به گزارش "
          "ایرنا، دو طرف توافق کردند."], ("", "", "irna")),
        (["سفیر پاکستان با استاندار خراسان دیدار کرد و گفت که روابط دو کشور خوب است.",
          "دو طرف درباره همکاری‌های اقتصادی گفت‌وگو کردند. به گزارش ایرنا، دو طرف توافق کردند."],
         ("", "", "irna")),
    ],
)  # fmt: skip
def test_a_formula_after_the_summary_sentence_of_the_first_paragraph(text, expected):
    assert attribution_of(text) == expected


def test_a_quoted_agency_without_a_publisher_is_said_so(extractor) -> None:
    text = (
        'قتل ثلاثة أشخاص في انفجار وقع صباح اليوم في سوق مزدحم بالمدينة، بحسب "رويترز".\n\n'
        "وقالت الشرطة إن التحقيقات جارية لمعرفة ملابسات الانفجار ومن يقف وراءه.\n"
    )
    article = extractor.extract(text.encode(), "quoted.txt").article
    assert (article.source, article.source_via) == ("", "reuters")
    assert any("it quotes reuters" in w for w in article.warnings)
    assert not any("source unknown" in w for w in article.warnings)


def test_an_agency_named_mid_text_without_a_publisher_is_said_so(extractor) -> None:
    text = (
        "انفجرت سيارة مفخخة قرب مبنى حكومي في المدينة صباح اليوم. وقالت وكالة إرنا الرسمية "
        "إن ثلاثة أشخاص قتلوا في الانفجار.\n\n"
        "وقالت الشرطة إن التحقيقات جارية لمعرفة ملابسات الانفجار ومن يقف وراءه.\n"
    )
    article = extractor.extract(text.encode(), "named.txt").article
    assert (article.source, article.source_via) == ("", "irna")
    assert any("it quotes irna" in w for w in article.warnings)
