import pytest

from akhbar.fields import (
    TITLE_MAX,
    _clause_end_ok,
    _fa_open_subclause,
    _fa_takes_clause,
    compress,
    date_from_text,
    is_caption,
    is_chrome,
    is_date_chrome,
    is_page_label,
    is_page_tool,
    join_broken_lines,
    split_end_mark,
    structure,
    title_from_lead,
)

CAPTION_EN = (
    "Soldiers stand near a vehicle at a border crossing in a northern town on January 2,"
    " 2019. - Residents had hoped on January 2 that talks between the two sides could end"
    " years of conflict, despite fears of more violence. Negotiators said on January 1 that"
    " the two sides had made progress in the latest round of talks. (Photo by A NAME / AFP)"
)


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


# A photo's caption repeating a paragraph, as pages print it above the text.
CAPTION_AR = (
    "يذكر أن هذه ليست المرة الأولى التي يغلق فيها المعبر الحدودي، إذ تكرر ذلك عدة مرات "
    "خلال الأشهر الماضية في ظروف مشابهة"
)
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
        (
            [LONG_AR, "النقاط الرئيسية)", "نقطة أولى", "نقطة ثانية", LONG_AR],
            ["", "النقاط الرئيسية"],
        ),
        # «اهلبیت(ع)» has an opening parenthesis: not a label
        (["به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ در نشست مشترک گفت."], [""]),
    ],
)
def test_sections(lines, headings):
    assert [s.heading for s in structure(lines, "ar").sections] == headings


_MARKED_1 = "وأكد المصدر أن بين القتلى شرطيين كانا يقفان خارج مبنى السفارة."
_MARKED_2 = "أما التلفزيون الرسمي فقال إن ثمانية أشخاص قتلوا في الانفجار."


@pytest.mark.parametrize(
    ("paragraph", "paragraphs"),
    [
        # a « * » paragraph mark after a sentence's stop opens a paragraph: no text
        (f"{_MARKED_1} * {_MARKED_2}", [_MARKED_1, _MARKED_2]),
        # after a quotation's closing mark, and in Persian
        (
            'وقال المسؤول إن "الانفجار سببته سيارة ملغومة". * ' + _MARKED_2,
            ['وقال المسؤول إن "الانفجار سببته سيارة ملغومة".', _MARKED_2],
        ),
        (
            "نیروهای امدادی به محل حادثه اعزام شده‌اند. * دولت پاکستان سه روز عزای عمومی اعلام کرد.",
            [
                "نیروهای امدادی به محل حادثه اعزام شده‌اند.",
                "دولت پاکستان سه روز عزای عمومی اعلام کرد.",
            ],
        ),
        # guards: a « * » inside a sentence or between numbers, a footnote marker glued to
        # its word, a number after the mark
        (f"بلغ عدد الضحايا 5 * 3 في الحساب الأول. {_MARKED_2}", None),
        (f"وقال شهود إن الضحايا* كانوا من المارة قرب السفارة. {_MARKED_2}", None),
        (f"{_MARKED_1}* {_MARKED_2}", None),
        (f"{_MARKED_1} * 8 أشخاص قتلوا في الانفجار قرب السفارة.", None),
    ],
)
def test_paragraph_marks_inside_a_paragraph_split_it(paragraph, paragraphs):
    shape = structure([LONG_AR, paragraph], "ar")
    shown = [p for s in shape.sections for p in s.paragraphs]
    assert shown == [LONG_AR, *(paragraphs or [paragraph])]


def test_latin_byline_at_the_end_of_an_arabic_article():
    shape = structure([LONG_AR, LONG_AR, "manouchehr mahdavi"], "ar")
    assert shape.byline == "manouchehr mahdavi"
    assert all("manouchehr" not in p for s in shape.sections for p in s.paragraphs)


@pytest.mark.parametrize(
    ("last", "lang", "byline"),
    [
        # a section's or a menu's name is no byline, in the article's script or not
        ("أهم أخبار مصر", "ar", ""),
        ("مطالب مرتبط", "fa", ""),
        ("Top News", "ar", ""),
        # a short Arabic-script line is no name of another language by its letters alone
        ("محمد رضا", "ar", ""),
        # guards: «بقلم …» and a Latin name are bylines
        ("بقلم: أحمد علي", "ar", "أحمد علي"),
        ("sara ahmadi", "fa", "sara ahmadi"),
    ],
)
def test_a_byline_is_a_name(last, lang, byline):
    long = LONG_AR if lang == "ar" else LONG_FA
    assert structure([long, long, last], lang).byline == byline


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


LONG_FA = (
    "گروهی از رانندگان کامیون در گذرگاه مرزی میان دو کشور همسایه در اعتراض به طولانی شدن "
    "صف‌ها و نبود امکانات رفاهی دست به تجمع زدند و خواستار رسیدگی فوری مسئولان شدند."
)
LEAD_AR_TUESDAY = (
    "ذكرت صحيفة محلية اليوم الثلاثاء، أن وزير التجارة سيزور العاصمة المجاورة الأسبوع "
    "المقبل لبحث توسيع التبادل التجاري وفتح معابر حدودية جديدة بين البلدين."
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the page's today and its «updated» line are its clock; the labelled publication
        # stamp, in numeric Solar Hijri day-month-year, is the article's date
        (
            ["۰۵ دی ۱۴۰۳", "به روز شده در: ۰۵ دی ۱۴۰۳ - ۰۹:۱۰", "کد خبر ۱۲۳۴",
             "تاریخ انتشار: ۱۰:۲۰ - ۱۲-۰۳-۱۳۹۸", LONG_FA, LONG_FA],
            "2019-06-02",
        ),
        # year first, Solar Hijri and Gregorian
        (["تاریخ انتشار: ۱۳۹۸/۰۳/۱۲", LONG_FA, LONG_FA], "2019-06-02"),
        ([LONG_AR, LONG_AR, "أضيف بتاريخ :2019/04/11", "تعليقات الزوار"], "2019-04-11"),
        # day and month told apart only when one is over 12
        (["تاريخ النشر: 25/04/2019", LONG_AR, LONG_AR], "2019-04-25"),
        (["تاريخ النشر: 11/04/2019", LONG_AR, LONG_AR], None),
        # an «updated» or today line alone, or with a bare stamp of the same day: unknown
        (["به روز شده در: ۰۵ دی ۱۴۰۳ - ۰۹:۱۰", LONG_FA, LONG_FA], None),
        (["۰۵ دی ۱۴۰۳", "به روز شده در: ۰۵ دی ۱۴۰۳ - ۰۹:۱۰", LONG_FA, LONG_FA], None),
        (["آخر تحديث 2 مارس 2024", LONG_AR, LONG_AR], None),
        (["Updated: March 2, 2024", LONG_AR, LONG_AR], None),
        (["امروز: ۰۵ دی ۱۴۰۳", LONG_FA, LONG_FA], None),
        # a date in running prose in the last lines is an event's date, not a dateline
        (
            [LONG_FA, LONG_FA, "در پی این دیدار، هیئتی از روز ۱۵ اسفند ۱۴۰۱ با هدف پیگیری "
             "توافق‌ها گفت‌وگوهای فشرده‌ای را با طرف مقابل در پایتخت کشور ثالث آغاز کرد."],
            None,
        ),
        # two bare stamps that disagree: unknown
        (["۱۲ مهر ۱۴۰۲", LONG_FA, LONG_FA, LONG_FA, "۱۵ آبان ۱۴۰۲"], None),
        # a stamp on a Monday over a lead that calls today a Tuesday is the page's today
        (["الإثنين 29 أبريل 2024", LEAD_AR_TUESDAY, LONG_AR], None),
        # guards: the same stamp on the lead's Tuesday is its date; month names as written
        # with Arabic letters or without hamza are read
        (["الثلاثاء 30 أبريل 2024", LEAD_AR_TUESDAY, LONG_AR], "2024-04-30"),
        (["جمعه 2 فروردين 1398 - 10:23", LONG_FA, LONG_FA], "2019-03-22"),
        (["13 اغسطس 2023", LONG_AR, LONG_AR], "2023-08-13"),
        # guard: «انتشار» opening a headline is no label
        (["انتشار گزارش ۱۵ اسفند ۱۴۰۱", LONG_FA, LONG_FA], "2023-03-06"),
        # a clock with the place it keeps time for is the page's today
        (["جمعه ۳۱ فروردین ۱۴۰۳ تهران ۱۱:۳۱", LONG_FA, LONG_FA], None),
        # a page that reprints a story and links to its source dates its own copy
        (["دوشنبه 5 آذر 1403", "خبرگزاری نمونه مشاهده در مرجع", LONG_FA, LONG_FA], None),
        # guards: the same bare stamp on a page of its own is its date; a reprint's
        # labelled publication stamp is
        (["دوشنبه 5 آذر 1403", LONG_FA, LONG_FA], "2024-11-25"),
        (["تاریخ انتشار: ۵ آذر ۱۴۰۳", "خبرگزاری نمونه مشاهده در مرجع", LONG_FA, LONG_FA],
         "2024-11-25"),
        # a publication stamp with an English ordinal day, or glued to its label
        (["تاريخ النشر: 1st, July 2025 GMT", LONG_AR, LONG_AR], "2025-07-01"),
        (["تاریخ انتشار۲۹ دی ۱۳۸۹ ساعت ۱۳:۵۷", LONG_FA, LONG_FA], "2011-01-19"),
        # a bar of the day in three calendars is the site's today, alone or with a bare
        # stamp of the same day
        (["۱۴ آبان ۱۴۰۲ | ۲۰ ربیع الثانی ۱۴۴۵ | Nov 5, 2023", LONG_AR, LONG_AR], None),
        (["٥ نوفمبر 2023 - ۱۴ آبان ۱۴۰۲ - ۲۰ ربيع الثاني ۱۴۴۵", "۱۴ آبان ۱۴۰۲", LONG_AR,
          LONG_AR], None),
        # guards: the article's own stamp under the bar dates it; a stamp of two calendars
        # is the article's date
        (["۱۴ آبان ۱۴۰۲ | ۲۰ ربیع الثانی ۱۴۴۵ | Nov 5, 2023", "۵ مهر ۱۳۹۵", LONG_FA,
          LONG_FA], "2016-09-26"),
        (["۱۴ آبان ۱۴۰۲ | Nov 5, 2023", LONG_FA, LONG_FA], "2023-11-05"),
        # an English month abbreviated
        (["Published: Mar 29, 2024", LONG_AR, LONG_AR], "2024-03-29"),
    ],
)  # fmt: skip
def test_a_pages_clock_is_no_publication_date(lines, expected):
    assert date_from_text(lines) == expected


def _speaker(clause: str) -> str:
    return (
        "ایاز صادق" if "ایاز صادق" in clause else ("علي لاريجاني" if "لاريجاني" in clause else "")
    )


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
        (
            "در دیداری صمیمانه دو طرف گفتگو کردند. جمله دوم.",
            "fa",
            "در دیداری صمیمانه دو طرف گفتگو کردند",
        ),
    ],
)
def test_title_from_lead(lead, lang, expected_start):
    title = title_from_lead(lead, lang, _speaker)
    assert title.startswith(expected_start)
    assert len(title) <= TITLE_MAX


def _no_speaker(clause: str) -> str:
    return ""


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # a Persian lead longer than TITLE_MAX with no clean shorter clause: the whole
        # sentence, with its verb («استعفا داد», resigned), never cut before it with «…»
        (
            "وزیر کشور پاکستان پس از انتشار گزارش کمیسیون ویژه مجلس درباره حمله تروریستی "
            "هفته گذشته در کویته و کشته شدن بیش از سی نفر از زائران ایرانی امروز استعفا داد.",
            "fa",
            "وزیر کشور پاکستان پس از انتشار گزارش کمیسیون ویژه مجلس درباره حمله تروریستی "
            "هفته گذشته در کویته و کشته شدن بیش از سی نفر از زائران ایرانی امروز استعفا داد",
        ),
        # a long Persian sentence is cut at a clause boundary: after a verb, before «و»
        (
            "مرز ریمدان میان ایران و پاکستان پس از هفت ماه تعطیلی امروز بازگشایی شد و "
            "کامیون‌های حامل کالاهای اساسی و سوخت از دو سوی مرز به حرکت درآمدند.",
            "fa",
            "مرز ریمدان میان ایران و پاکستان پس از هفت ماه تعطیلی امروز بازگشایی شد",
        ),
        # «به گزارش فارس، »: the attribution opening is dropped
        (
            "به گزارش فارس، نخست وزیر پاکستان امروز وارد تهران شد.",
            "fa",
            "نخست وزیر پاکستان امروز وارد تهران شد",
        ),
        # «به گزارش خبرنگار تابناک استان X، »: the desk's province goes with the formula
        (
            "به گزارش خبرنگار تابناک استان یزد، علی رضایی، وزیر راه امروز وارد یزد شد.",
            "fa",
            "علی رضایی، وزیر راه امروز وارد یزد شد",
        ),
        # … but a province before the predicate is the subject
        (
            "به گزارش خبرنگار تابناک استان یزد، امروز میزبان وزیر راه بود.",
            "fa",
            "استان یزد، امروز میزبان وزیر راه بود",
        ),
        # «به گزارش خبرگزاری مهر، » with a subject written before the first comma: the
        # subject stays
        (
            "به گزارش خبرگزاری مهر نمایشگاه مشترک عکس ایران و پاکستان، امروز در تهران افتتاح شد.",
            "fa",
            "نمایشگاه مشترک عکس ایران و پاکستان، امروز در تهران افتتاح شد",
        ),
        # «این روزنامه در ادامه افزود: »: the outlet speaking is dropped
        (
            "این روزنامه در ادامه افزود: دولت پاکستان تعرفه واردات از ایران را کاهش می‌دهد.",
            "fa",
            "دولت پاکستان تعرفه واردات از ایران را کاهش می‌دهد",
        ),
        # a quote lead with a speaker the knowledge does not hold: «X: statement», X as
        # written, without his title
        (
            "علی‌آقا فرهادی مدیرکل حفاظت محیط زیست استان قزوین امروز در جمع خبرنگاران "
            "اظهار داشت: جریمه شکار غیرمجاز ده برابر شد.",
            "fa",
            "علی‌آقا فرهادی: جریمه شکار غیرمجاز ده برابر شد",
        ),
        # «وی … افزود:»: a pronoun names nobody; the whole sentence (a guard: so before)
        (
            "وی افزود: جریمه شکار غیرمجاز ده برابر شد.",
            "fa",
            "وی افزود: جریمه شکار غیرمجاز ده برابر شد",
        ),
        # a perfect written with ZWNJ or glued («گفته‌اند», «گفتهاند», «اعلام کرده‌است»)
        # takes its «که» clause: the title is never the bare frame «مقام‌ها گفته‌اند»
        (
            "مقام های محلی گفته‌اند که بر اثر وقوع سیلاب شدید در شمال شرق کشور که روز یکشنبه "
            "رخ داد، دست کم ۱۵ تن جان باخته و بیش از ۱۰۰ تن دیگر در ولایت بدخشان زخمی شده اند.",
            "fa",
            "مقام های محلی گفته‌اند که بر اثر وقوع سیلاب شدید در شمال شرق کشور که رخ داد، دست "
            "کم ۱۵ تن جان باخته و بیش از ۱۰۰ تن دیگر در ولایت بدخشان زخمی شده اند",
        ),
        (
            "مقام های محلی گفتهاند که بر اثر وقوع سیلاب شدید در شمال شرق کشور که روز یکشنبه "
            "رخ داد، دست کم ۱۵ تن جان باخته و بیش از ۱۰۰ تن دیگر در ولایت بدخشان زخمی شده اند.",
            "fa",
            "مقام های محلی گفتهاند که بر اثر وقوع سیلاب شدید در شمال شرق کشور که رخ داد، دست "
            "کم ۱۵ تن جان باخته و بیش از ۱۰۰ تن دیگر در ولایت بدخشان زخمی شده اند",
        ),
        # Arabic «قالت وكالة … إن»: the agency speaking is dropped
        (
            "قالت وكالة الأنباء الإيرانية الرسمية إن وزير الخارجية الباكستاني وصل إلى طهران.",
            "ar",
            "وزير الخارجية الباكستاني وصل إلى طهران",
        ),
        # Arabic «ذكرت صحيفة … أن»
        (
            "ذكرت صحيفة دون الباكستانية أن الحدود مع إيران أغلقت ثلاثة أيام.",
            "ar",
            "الحدود مع إيران أغلقت ثلاثة أيام",
        ),
        # a CNN dateline «دبي، الإمارات العربية المتحدة (CNN) --» is dropped, and the
        # speaker named with his title («role، name،») is labelled by what comes first
        (
            "دبي، الإمارات العربية المتحدة (CNN) -- قال وزير الخارجية السعودي، عادل الجبير، "
            "الأحد، إن إيران توفر أكثر من 90 في المائة من المتفجرات.",
            "ar",
            "وزير الخارجية السعودي: إيران توفر أكثر من 90 في المائة من المتفجرات",
        ),
        # «نفى X أن Y» (denied): never «X: Y», which would state what X denies (a guard)
        (
            "نفى البيت الأبيض أن تكون الإدارة الأمريكية قد ناقشت ضم المستوطنات.",
            "ar",
            "نفى البيت الأبيض أن تكون الإدارة الأمريكية قد ناقشت ضم المستوطنات",
        ),
        # a long Arabic lead ends before a clause opener («، مشيرا إلى»), not before an
        # appositive name («الرئيس التركي، رجب طيب أردوغان،»)
        (
            "أعلن الرئيس التركي، رجب طيب أردوغان، سيطرة قواته على مدينة عفرين شمال سوريا بالكامل، "
            "مشيرا إلى أن العمليات العسكرية ستتواصل حتى تطهير المنطقة.",
            "ar",
            "أعلن الرئيس التركي، رجب طيب أردوغان، سيطرة قواته على مدينة عفرين شمال سوريا بالكامل",
        ),
    ],
)
def test_title_is_a_headline_not_a_cut_lead(lead, lang, expected):
    title = title_from_lead(lead, lang, _no_speaker)
    assert title == expected
    assert not title.endswith("…")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a headline never opens with «و» (and): the conjunction of running text goes
        (
            "و ندد المتحدث باسم الوزارة بالهجوم على المعبر الحدودي.",
            "ندد المتحدث باسم الوزارة بالهجوم على المعبر الحدودي",
        ),
        (
            "ووصل وزير الداخلية إلى طهران في زيارة رسمية.",
            "وصل وزير الداخلية إلى طهران في زيارة رسمية",
        ),
        (
            "وأثار الهجوم المسلح ردود فعل واسعة في المنطقة.",
            "أثار الهجوم المسلح ردود فعل واسعة في المنطقة",
        ),
        (
            "وقال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.",
            "وزير الخارجية: المحادثات ستستأنف الأسبوع المقبل",
        ),
        # a verb opening with «ت/ي/ن» before its definite subject; a reporter's «ونقلت»
        (
            "وتناول اللقاء العلاقات الثنائية بين البلدين وسبل تعزيزها.",
            "تناول اللقاء العلاقات الثنائية بين البلدين وسبل تعزيزها",
        ),
        (
            "ويزور اللواء رئيس الأركان العاصمة الباكستانية في زيارة تستمر ثلاثة أيام.",
            "يزور اللواء رئيس الأركان العاصمة الباكستانية في زيارة تستمر ثلاثة أيام",
        ),
        # guards: a word whose «و» is its own letter keeps it
        (
            "وتيرة التصعيد ترتفع على الحدود بين البلدين منذ أسابيع.",
            "وتيرة التصعيد ترتفع على الحدود بين البلدين منذ أسابيع",
        ),
        (
            "ويليام بيرنز يزور إسلام آباد في جولة إقليمية.",
            "ويليام بيرنز يزور إسلام آباد في جولة إقليمية",
        ),
        (
            "وصل وزير الداخلية إلى طهران في زيارة رسمية.",
            "وصل وزير الداخلية إلى طهران في زيارة رسمية",
        ),
        (
            "واشنطن تعلن فرض عقوبات جديدة على شركات نفطية.",
            "واشنطن تعلن فرض عقوبات جديدة على شركات نفطية",
        ),
        (
            "وزير الخارجية يصل إلى إسلام آباد في زيارة رسمية.",
            "وزير الخارجية يصل إلى إسلام آباد في زيارة رسمية",
        ),
    ],
)
def test_an_arabic_title_opens_with_no_conjunction(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a fronted «بحسب …» up to «فقد» / «فإن»: the clause after it (was the attribution)
        (
            "وبحسب البيان الصادر اليوم عن مكتب رئيس الوزراء في إسلام أباد فقد غادر الوفد "
            "العاصمة متوجها إلى الحدود.",
            "غادر الوفد العاصمة متوجها إلى الحدود",
        ),
        (
            "ووفقا للبيان، فإن الوزير سيزور طهران الأسبوع المقبل.",
            "الوزير سيزور طهران الأسبوع المقبل",
        ),
        # the outlet's or the place's dateline set off by a dash (was kept)
        (
            "نبأ – فاجأ وزير الخارجية نظيره بهدية خلال الزيارة.",
            "فاجأ وزير الخارجية نظيره بهدية خلال الزيارة",
        ),
        # guards: «بحسب» with no «فقد» is the sentence's own; dashes setting off an aside
        (
            "حسب المصادر الأمنية قتل خمسة مسلحين في الاشتباك.",
            "حسب المصادر الأمنية قتل خمسة مسلحين في الاشتباك",
        ),
        (
            "الوزير – في زيارة مفاجئة – يصل اليوم إلى طهران.",
            "الوزير – في زيارة مفاجئة – يصل اليوم إلى طهران",
        ),
    ],
)
def test_an_arabic_title_skips_a_fronted_attribution_and_dateline(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # a known place of two words set off by a dash opens the lead: the dateline, never
        # the title's speaker
        ("اسلام آباد - یک نماینده مجلس ضمن دفاع از طرح گفت: این گزارش منصفانه نیست.", "fa",
         "یک نماینده مجلس: این گزارش منصفانه نیست"),
        ("إسلام آباد - وصل وزير الخارجية إلى العاصمة في زيارة تستغرق يومين.", "ar",
         "وصل وزير الخارجية إلى العاصمة في زيارة تستغرق يومين"),
        # a place and a colon: «كابول:» as «كابل:»
        ("كابول: قتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الحدود.", "ar",
         "قتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الحدود"),
        # guard: two words before a dash that are no known place stay
        ("وزير الخارجية – سيصل اليوم إلى طهران في زيارة رسمية.", "ar",
         "وزير الخارجية – سيصل اليوم إلى طهران في زيارة رسمية"),
    ],
)  # fmt: skip
def test_a_known_place_opening_the_lead_is_its_dateline(lead, lang, expected):
    assert title_from_lead(lead, lang, _no_speaker) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a kicker paragraph closed by «؛» is no headline's sentence: the lead after it is
        (["در پی انتشار گزارش هایی مبنی بر خارجی بودن منشاء ذرات اورانیوم غنی شده یافت شده در کشور؛",
          "آژانس بین المللی انرژی اتمی با کارشناسان خارجی جلسه ای برگزار می کند."],
         "آژانس بین المللی انرژی اتمی با کارشناسان خارجی جلسه ای برگزار می کند"),
        # guard: alone, it is the only text there is
        (["در پی انتشار گزارش هایی مبنی بر خارجی بودن منشاء ذرات اورانیوم غنی شده یافت شده در کشور؛"],
         "در پی انتشار گزارش هایی مبنی بر خارجی بودن منشاء ذرات اورانیوم غنی شده یافت شده در کشور؛"),
    ],
)  # fmt: skip
def test_a_kicker_closed_by_a_semicolon_is_no_title(paragraphs, expected):
    assert title_from_lead(paragraphs, "fa", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # «أعلن X بان Y», X too long a label: the cut before «بان» dropped what was announced
        ("اعلن مدير الادارة العامة لشؤون الموانئ والملاحة البحرية في محافظة بوشهر بان اكثر من "
         "ثلاثة آلاف سفينة تجارية رست في موانئ المحافظة خلال الاشهر الستة الماضية للتبادل "
         "التجاري مع دول الجوار.", "ar",
         "مدير الادارة العامة لشؤون الموانئ والملاحة البحرية: اكثر من ثلاثة آلاف سفينة تجارية رست "
         "في موانئ المحافظة خلال الاشهر الستة الماضية للتبادل التجاري مع دول الجوار"),
        # «في إطار» waits for its noun: a parenthesis after it stays
        ("يلعب المنتخبان آخر مباراة في إطار (بطولة الكأس الدولية للشباب) في العاصمة وسط "
         "اجراءات أمنية مشددة لحماية الضيوف من الرؤساء والوزراء.", "ar",
         "يلعب المنتخبان آخر مباراة في إطار (بطولة الكأس الدولية للشباب) في العاصمة"),
        # «وكان» opens a clause of its own; one of «كان» and a preposition is cut whole
        ("وصلت أول رحلة للحجاج من البلد الشقيق إلى مطار المدينة الدولي بالمدينة المنورة "
         "وكان في استقبال الحجاج في المطار كل من السفير والقنصل العام وعدد من المسؤولين.",
         "ar", "وصلت أول رحلة للحجاج من البلد الشقيق إلى مطار المدينة الدولي بالمدينة المنورة"),
        # «از Xی است که …»: the clause says which X, kept
        ("کارشناسان می‌گویند وضعیت آب در این استان در حال حاضر به مراتب بدتر از بحرانی است "
         "که خشکسالی در دهه گذشته به جا گذاشته است.", "fa",
         "کارشناسان می‌گویند وضعیت آب در این استان در حال حاضر به مراتب بدتر از بحرانی است "
         "که خشکسالی در دهه گذشته به جا گذاشته است"),
        # guards: a parenthesis after a place still goes; a copula's «ی» noun after no
        # preposition leaves its relative clause out
        ("يلعب المنتخبان آخر مباراة في نيودلهي (العاصمة الهندية) اليوم وسط اجراءات أمنية "
         "مشددة لحماية الضيوف من الرؤساء والوزراء والسفراء.", "ar",
         "يلعب المنتخبان آخر مباراة في نيودلهي"),
        ("وزیر خارجه گفت گذرگاه مرزی میرجاوه نقطه تلاقی اقتصاد دو کشور همسایه است که در آن "
         "روزانه صدها کامیون بار جابجا می‌شود و تجارت مرزی رونق گرفته است.", "fa",
         "وزیر خارجه گفت گذرگاه مرزی میرجاوه نقطه تلاقی اقتصاد دو کشور همسایه است"),
        # guard: «، وكان …» set off by its comma is no clause of its own
        ("وصل وزير الداخلية الباكستاني إلى طهران، وكان في استقباله نظيره الإيراني.", "ar",
         "وصل وزير الداخلية الباكستاني إلى طهران، وكان في استقباله نظيره الإيراني"),
        # guard: «أعلن … وقالت إن»: the «إن» is the second verb's, the cut stays
        ("اعلنت الحكومة امس تأييدها لاجراء محادثات بين البلدين بشأن النزاع على الحدود "
         "الشرقية للبلاد وقالت انها تعارض استخدام القوة ضد جارها الغربي.", "ar",
         "اعلنت الحكومة امس تأييدها لاجراء محادثات بين البلدين بشأن النزاع على الحدود "
         "الشرقية للبلاد"),
    ],
)  # fmt: skip
def test_a_title_keeps_the_news_its_cut_would_lose(lead, lang, expected):
    assert title_from_lead(lead, lang, _no_speaker) == expected


def test_a_disclaimer_is_never_the_title():
    paragraphs = [
        "(CNN)-- هذا المقال بقلم محمد أحمد، والآراء الواردة أدناه تعبر عن رأي الكاتب ولا تعكس "
        "بالضرورة رأي شبكة CNN.",
        "تشهد العلاقات بين إيران وباكستان تقاربا غير مسبوق في ملفات الأمن والطاقة.",
    ]
    title = title_from_lead(paragraphs, "ar", _no_speaker)
    assert title == "تشهد العلاقات بين إيران وباكستان تقاربا غير مسبوق في ملفات الأمن والطاقة"


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # an occasion «در آیین …،», the speaker's title «، رئیس …،» and an adjunct «ضمن
        # …،» are deleted whole; the subject and the verb stay
        (
            "در آیین بازگشایی گذرگاه مرزی میرجاوه در استان سیستان و بلوچستان، علی احمدی، "
            "رئیس سازمان توسعه تجارت ایران، ضمن قدردانی از همکاری مرزبانان دو کشور، بر "
            "افزایش مبادلات تجاری با پاکستان تأکید کرد.",
            "fa",
            "علی احمدی بر افزایش مبادلات تجاری با پاکستان تأکید کرد",
        ),
        # a relative clause «که … بود،» after the subject and the time «عصر امروز» go;
        # the main clause's verb «به پیروزی رسید» stays last
        (
            "تیم ملی کشتی آزاد ایران که برای حضور در رقابت‌های قهرمانی آسیا به بیشکک سفر "
            "کرده بود، عصر امروز در نخستین دیدار خود مقابل تیم پاکستان به پیروزی رسید.",
            "fa",
            "تیم ملی کشتی آزاد ایران در نخستین دیدار خود مقابل تیم پاکستان به پیروزی رسید",
        ),
        # «با بیان اینکه …،» (a second statement) and the title after the name go
        (
            "علی رضایی، استاندار سیستان و بلوچستان، با بیان اینکه صادرات استان به پاکستان در "
            "سال گذشته دو برابر شد، از افتتاح بازارچه مرزی جدید در شهرستان سراوان خبر داد.",
            "fa",
            "علی رضایی از افتتاح بازارچه مرزی جدید در شهرستان سراوان خبر داد",
        ),
        # a parenthetical «(جمعه)» goes, but «صبح امروز» after «از» is part of «از صبح
        # امروز»: it stays (deleting it would leave «از در»)
        (
            "رقابت‌های کشتی قهرمانی رده‌های پایه آسیا با حضور ورزشکارانی از بیست کشور قاره "
            "از صبح امروز (جمعه) در شهر بیشکک قرقیزستان آغاز شد.",
            "fa",
            "رقابت‌های کشتی قهرمانی رده‌های پایه آسیا با حضور ورزشکارانی از بیست کشور قاره "
            "از صبح امروز در شهر بیشکک قرقیزستان آغاز شد",
        ),
        # a comma inside a list («سفیران پاکستان، ترکیه و …») is not the end of the
        # adjunct: it runs on to the next comma and goes whole, list included (before:
        # the sentence stayed whole, 160 characters)
        (
            "در دیدار با سفیران پاکستان، ترکیه و آذربایجان در تهران، وزیر امور خارجه ایران بر "
            "گسترش همکاری‌های اقتصادی و امنیتی منطقه‌ای میان کشورهای عضو اکو تأکید کرد.",
            "fa",
            "وزیر امور خارجه ایران بر گسترش همکاری‌های اقتصادی و امنیتی منطقه‌ای میان "
            "کشورهای عضو اکو تأکید کرد",
        ),
        # «با هدف A و B، C و D در استان،» : the purpose, a list, goes whole; subject, time,
        # place and verb stay (before: the sentence stayed whole, 170 characters)
        (
            "دومین جشنواره فیلم کوتاه سیستان و بلوچستان با هدف شناسایی و حمایت از استعدادها، "
            "معرفی و ترویج فرهنگ بومی در استان، در روزهای ۱۲ و ۱۳ مهرماه در شهر زاهدان "
            "برگزار می‌شود.",
            "fa",
            "دومین جشنواره فیلم کوتاه سیستان و بلوچستان در روزهای ۱۲ و ۱۳ مهرماه در شهر زاهدان "
            "برگزار می‌شود",
        ),
        # the adjunct never runs on past a quotation mark or a colon: in «در دیدار با A،
        # B و «C» …،» the quotation may hold the subject; nothing is deleted
        (
            "در دیدار با سفیران پاکستان، ترکیه و اعضای «گروه دوستی» پارلمان در تهران، وزیر "
            "امور خارجه ایران بر گسترش همکاری‌های اقتصادی و امنیتی منطقه‌ای تأکید کرد.",
            "fa",
            "در دیدار با سفیران پاکستان، ترکیه و اعضای «گروه دوستی» پارلمان در تهران، وزیر "
            "امور خارجه ایران بر گسترش همکاری‌های اقتصادی و امنیتی منطقه‌ای تأکید کرد",
        ),
        # a reason «با توجه به …،» is an adjunct and goes whole; the main clause stays
        # (before: the sentence whole, 147 characters)
        (
            "با توجه به نتیجه‌بخش بودن نصب آزمایشی نرم‌افزار در سیصد دفتر روستایی استان "
            "سیستان و بلوچستان، این نرم‌افزار به زودی در تمام دفاتر کشور نصب خواهد شد.",
            "fa",
            "این نرم‌افزار به زودی در تمام دفاتر کشور نصب خواهد شد",
        ),
        # Arabic: the day «، يوم الأحد،» and the trailing «، مشيرا إلى أن …» go; still
        # over TITLE_MAX (95 characters), the clause ends before its adjunct of place «في
        # عملية أمنية …» (verb, subject and object stay)
        (
            "أعلن الجيش الباكستاني، يوم الأحد، مقتل عشرة مسلحين في عملية أمنية بإقليم بلوشستان "
            "المحاذي للحدود مع إيران، مشيرا إلى أن العملية ستتواصل حتى تطهير المنطقة بالكامل.",
            "ar",
            "أعلن الجيش الباكستاني مقتل عشرة مسلحين",
        ),
        # a day opening the sentence goes whole, «و» glued to it or not: never «ويوم،»
        (
            "ويوم الاثنين، استضافت القنصلية العامة في مدينة كويتا، عاصمة الولاية الحدودية، "
            "احتفالا بالذكرى السنوية لتأسيس العلاقات بين البلدين.",
            "ar",
            "استضافت القنصلية العامة في مدينة كويتا، عاصمة الولاية الحدودية، احتفالا بالذكرى "
            "السنوية لتأسيس العلاقات بين البلدين",
        ),
        (
            "اليوم السبت، التقى رئيس الوزراء وزير الخارجية في مقر الحكومة بالعاصمة إسلام آباد "
            "لبحث العلاقات الثنائية.",
            "ar",
            "التقى رئيس الوزراء وزير الخارجية في مقر الحكومة بالعاصمة إسلام آباد لبحث العلاقات "
            "الثنائية",
        ),
        # a relative clause between commas «، اللتان …،» goes; the verb's complement stays
        # (before: the clause was cut inside it, «اللتان توترت علاقاتهما»)
        (
            "اتفقت باكستان والهند، اللتان توترت علاقاتهما خلال الأشهر الماضية بسبب الهجوم في "
            "كشمير، على استئناف المحادثات الثنائية بينهما.",
            "ar",
            "اتفقت باكستان والهند على استئناف المحادثات الثنائية بينهما",
        ),
        # the title after a name «، الرئيس السابق …،» and the source «بحسب …» go
        (
            "ألقت قوات الأمن الباكستانية القبض على أحمد علي، الرئيس السابق لهيئة مكافحة الفساد "
            "في إقليم السند، بحسب ما ذكره محاميه لوسائل الإعلام المحلية.",
            "ar",
            "ألقت قوات الأمن الباكستانية القبض على أحمد علي",
        ),
        # an Arabic clause never ends on a preposition: «تصعيدا من | قبل الهند» is no
        # boundary; it ends before the adjunct «في قضية …» (before: the «في» boundary never
        # matched and the sentence stayed whole, 124 characters)
        (
            "استنكرت الخارجية الباكستانية ما اعتبرته تصعيدا من قبل الهند في قضية الأسرى "
            "الباكستانيين المحتجزين في سجون نيودلهي منذ سنوات.",
            "ar",
            "استنكرت الخارجية الباكستانية ما اعتبرته تصعيدا من قبل الهند",
        ),
    ],
)
def test_title_is_the_lead_compressed(lead, lang, expected):
    title = title_from_lead(lead, lang, _no_speaker)
    assert title == expected
    assert not title.endswith("…")


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # Persian: a clause ends on its verb before «تا» when the verb does not govern it
        # (before: the sentence whole, 149 characters)
        (
            "نمایشگاه بین\u200cالمللی کتاب تهران با حضور ناشرانی از سی کشور جهان در مصلای امام خمینی آغاز به کار کرد تا علاقه\u200cمندان تا پایان هفته آینده از آن دیدن کنند.",
            "fa",
            "نمایشگاه بین\u200cالمللی کتاب تهران با حضور ناشرانی از سی کشور جهان در مصلای امام خمینی آغاز به کار کرد",
        ),
        # a guard: «اعلام کرد | که …» is no end (the clause after is what was announced),
        # and no other whole clause: the sentence whole
        (
            "سخنگوی وزارت امور خارجه ایران در نشست هفتگی خبری با خبرنگاران داخلی و خارجی اعلام کرد که مرز میرجاوه از فردا بازگشایی خواهد شد.",
            "fa",
            "سخنگوی وزارت امور خارجه ایران در نشست هفتگی خبری با خبرنگاران داخلی و خارجی اعلام کرد که مرز میرجاوه از فردا بازگشایی خواهد شد",
        ),
        # «تأیید» written «تائید» governs its «که» clause too: no end before it; the
        # weekday goes with its date and the date's comma
        (
            "منابع به شبکه خبری محلی روز دوشنبه، ۶ حوت، تائید کردند که جاده اصلی شهر برای سومین روز متوالی بسته است.",
            "fa",
            "منابع به شبکه خبری محلی تائید کردند که جاده اصلی شهر برای سومین روز متوالی بسته است",
        ),
        # «… است | که در آن …»: after a noun «که» opens a relative clause; the clause before
        # is whole (before: 134 characters)
        (
            "بازارچه مرزی میرجاوه نقطه اصلی مبادله کالا میان ایران و پاکستان است که در آن روزانه صدها کامیون حامل کالاهای اساسی و سوخت تردد می\u200cکنند.",
            "fa",
            "بازارچه مرزی میرجاوه نقطه اصلی مبادله کالا میان ایران و پاکستان است",
        ),
        # a guard: «این در حالی است | که …» is no end (the copula after «این»); the
        # connective goes, the clause after it is whole
        (
            "این در حالی است که دولت پاکستان هفته گذشته تعرفه واردات برق و گاز از ایران را برای سومین بار در سال جاری افزایش داده است.",
            "fa",
            "دولت پاکستان هفته گذشته تعرفه واردات برق و گاز از ایران را برای سومین بار در سال جاری افزایش داده است",
        ),
        # «نه‌تنها X نیافت | بلکه Y»: never cut before «بلکه», half the statement (before:
        # «… نه‌تنها کاهش نیافت»)
        (
            "صادرات استان سیستان و بلوچستان به پاکستان در سال گذشته نه\u200cتنها کاهش نیافت بلکه با عبور از مرز یک میلیارد دلار رکورد تازه\u200cای ثبت کرد.",
            "fa",
            "صادرات استان سیستان و بلوچستان به پاکستان در سال گذشته نه\u200cتنها کاهش نیافت بلکه با عبور از مرز یک میلیارد دلار رکورد تازه\u200cای ثبت کرد",
        ),
        # a guard for negation: the clause before «زیرا» keeps its negated verb «برگزار نشد»
        (
            "جلسه مشترک کمیسیون اقتصادی ایران و پاکستان در اسلام\u200cآباد هفته گذشته برگزار نشد زیرا هیئت ایرانی به دلیل شرایط جوی نتوانست به موقع در محل حاضر شود.",
            "fa",
            "جلسه مشترک کمیسیون اقتصادی ایران و پاکستان در اسلام\u200cآباد هفته گذشته برگزار نشد",
        ),
        # Arabic: a clause ends before «، وقال»; «نفى» (denied) stays (before: the whole
        # sentence, 182 characters)
        (
            "نفى رئيس الوزراء الباكستاني التهم التي وجهتها إليه هيئة مكافحة الفساد بارتكاب جرائم رشوة، وقال في خطاب تلفزيوني ألقاه من مقر إقامته بعد دقائق من إعلان الهيئة إن الادعاءات لا أساس لها.",
            "ar",
            "نفى رئيس الوزراء الباكستاني التهم التي وجهتها إليه هيئة مكافحة الفساد بارتكاب جرائم رشوة",
        ),
        # a relative clause after a definite noun «المحادثات الأفغانية | التي …» may go
        # (before: 145 characters)
        (
            "حضت باكستان الولايات المتحدة الأمريكية على استبعاد الجماعات المسلحة من المحادثات الأفغانية التي تدعمها واشنطن لإنهاء الحرب في أفغانستان منذ سنوات.",
            "ar",
            "حضت باكستان الولايات المتحدة الأمريكية على استبعاد الجماعات المسلحة من المحادثات الأفغانية",
        ),
        # a guard: «إن الكلمة التي ألقاها … | في …» waits for its predicate; no end inside
        (
            "وصف وزير الخارجية الإيراني، محمد جواد ظريف، إن الكلمة التي ألقاها رئيس الوزراء الباكستاني عمران خان في الأمم المتحدة بالتاريخية والشجاعة في الدفاع عن المسلمين.",
            "ar",
            "وصف وزير الخارجية الإيراني، محمد جواد ظريف، إن الكلمة التي ألقاها رئيس الوزراء الباكستاني عمران خان في الأمم المتحدة بالتاريخية والشجاعة في الدفاع عن المسلمين",
        ),
        # never before an adjunct right after the subject («أصدرت نيابة أمن الدولة العليا |
        # في باكستان قرارا»: no object yet); the clause runs on to its object (before: 174
        # characters, the «في» boundary never matched)
        (
            "أصدرت نيابة أمن الدولة العليا في باكستان قرارا بحبس زعيم المعارضة لمدة 15 يوما احتياطيا على ذمة التحقيقات التي تجرى معه بمعرفة النيابة، مع عرضه على مستشفى السجن بناء على طلبه.",
            "ar",
            "أصدرت نيابة أمن الدولة العليا في باكستان قرارا بحبس زعيم المعارضة لمدة 15 يوما احتياطيا على ذمة التحقيقات",
        ),
        # never before a relative clause on the subject («اختار نواب الحزب | الذي … زوجها
        # مرشحا»): the verb's object comes after it
        (
            "اختار نواب حزب الشعب الباكستاني الذي كانت تتزعمه رئيسة الوزراء الراحلة بالإجماع زوجها مرشحا لرئاسة الجمهورية في الانتخابات المقبلة.",
            "ar",
            "اختار نواب حزب الشعب الباكستاني الذي كانت تتزعمه رئيسة الوزراء الراحلة بالإجماع زوجها مرشحا لرئاسة الجمهورية",
        ),
        # a verb of beginning waits for the present verb that says what began, and a
        # direction for its place («بدأ المهربون في الإقليم جنوب | غربي البلاد يتخلون …»)
        (
            "بدأ مهربو المخدرات في إقليم بلوشستان جنوب غربي باكستان يتخلون بالتدريج عن تجارة الأفيون، مقابل تهريب الوقود.",
            "ar",
            "بدأ مهربو المخدرات في إقليم بلوشستان جنوب غربي باكستان يتخلون بالتدريج عن تجارة الأفيون، مقابل تهريب الوقود",
        ),
        # a guard for negation: «لم يكن أمام X … | إلا أن يستقيل» is one statement, never cut
        # before its exception (before: «لم يكن أمام وزير الداخلية الباكستاني», a stub that
        # says the opposite)
        (
            "لم يكن أمام وزير الداخلية الباكستاني بعد الهجوم على الزوار الإيرانيين في كويته إلا أن يستقيل من منصبه تحت ضغط البرلمان والأحزاب المعارضة والصحف.",
            "ar",
            "لم يكن أمام وزير الداخلية الباكستاني بعد الهجوم على الزوار الإيرانيين في كويته إلا أن يستقيل من منصبه تحت ضغط البرلمان والأحزاب المعارضة والصحف",
        ),
        # «عبر X | في باكستان عن …»: «عبر» needs «عن»; the clause ends at «، وانتقدوا»
        # (before: 159 characters)
        (
            "عبر عدد من الأحزاب والمعارضين السياسيين في باكستان عن تضامنهم مع زعيم حزب الإنصاف المعتقل، وانتقدوا السلطات بسبب اقتحام منزله ومصادرة متعلقاته الشخصية في لاهور.",
            "ar",
            "عبر عدد من الأحزاب والمعارضين السياسيين في باكستان عن تضامنهم مع زعيم حزب الإنصاف المعتقل",
        ),
        # «X: statement»: the statement's first whole clause, before «تا» (before: 137
        # characters)
        (
            "محمد وارسته مدیرکل پست استان اصفهان امروز در جمع خبرنگاران اظهار داشت: نرم\u200cافزار بانکی متمرکز به زودی در تمام دفاتر روستایی کشور نصب خواهد شد تا روستاییان برای دریافت خدمات بانکی به شهر سفر نکنند.",
            "fa",
            "محمد وارسته: نرم\u200cافزار بانکی متمرکز به زودی در تمام دفاتر روستایی کشور نصب خواهد شد",
        ),
    ],
)
def test_title_is_the_first_whole_clause(lead, lang, expected):
    title = title_from_lead(lead, lang, _no_speaker)
    assert title == expected


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # a cut never leaves an auxiliary waiting for its clause («…، وكان»)
        (
            "ووصل وزير الخارجية العماني بدر البوسعيدي إلى إسلام آباد، وكان في استقباله وزير "
            "الخارجية الباكستاني، محمد إسحاق دار في مطار العاصمة.",
            "ar",
            "وصل وزير الخارجية العماني بدر البوسعيدي إلى إسلام آباد، وكان في استقباله وزير "
            "الخارجية الباكستاني، محمد إسحاق دار",
        ),
        # nor inside a relative clause of the subject: the main verb's object comes later
        (
            "أعادت الهجمات الصاروخية التي شنتها الجماعة على مواقع في عمق الأراضي الأفغانية "
            "تسليط الضوء على التوتر الحدودي بين البلدين.",
            "ar",
            "أعادت الهجمات الصاروخية التي شنتها الجماعة على مواقع في عمق الأراضي الأفغانية "
            "تسليط الضوء على التوتر الحدودي بين البلدين",
        ),
        # nor right after «بأنها» and one word: «روحان في جسد واحد» is one predicate; the
        # clause ends before «وقال:»
        (
            "وصف السفير العماني لدى طهران العلاقات بين عمان وإيران بأنها روحان في جسد واحد "
            "وقال: إن مسقط تقدر دور طهران في إرساء الاستقرار في منطقة الخليج.",
            "ar",
            "وصف السفير العماني لدى طهران العلاقات بين عمان وإيران بأنها روحان في جسد واحد",
        ),
        # nor in a nominal statement before its predicate («… غير كاف»)
        (
            "اعتبر وزير التجارة العماني أن حجم التبادل التجاري بين مسقط وإسلام آباد عند "
            "المليار و200 مليون دولار في الوقت الراهن غير كاف، مؤكدا عزم البلدين على زيادته.",
            "ar",
            "وزير التجارة العماني: حجم التبادل التجاري بين مسقط وإسلام آباد عند المليار و200 "
            "مليون دولار في الوقت الراهن غير كاف",
        ),
        # nor before the «على» its verb takes: «أكد A و B … على عمق العلاقات»
        (
            "أكد كل من وزير الخارجية العماني ونظيره الباكستاني خلال لقائهما في مسقط على عمق "
            "العلاقات التاريخية والأخوية بين البلدين الجارين.",
            "ar",
            "أكد كل من وزير الخارجية العماني ونظيره الباكستاني خلال لقائهما في مسقط على عمق "
            "العلاقات التاريخية والأخوية بين البلدين الجارين",
        ),
        # a «أن» inside a quotation after a colon is no «قال X أن Y»
        (
            'وقال وزير الخارجية العماني في مستهل اللقاء: "نشكر أخي على حضوره، ونؤكد أن '
            'البلدين كانا دائما إلى جانب بعضهما".',
            "ar",
            'قال وزير الخارجية العماني في مستهل اللقاء: "نشكر أخي على حضوره، ونؤكد أن '
            'البلدين كانا دائما إلى جانب بعضهما"',
        ),
        # Persian: a time phrase after a quantity is a duration, kept whole
        (
            "وزارت کشور افغانستان اعلام کرد که ۵۰ نفر طی دو روز گذشته (دوشنبه و سه‌شنبه) از "
            "زندان‌های ولایت هرات و ولایت نیمروز آزاد شدند.",
            "fa",
            "وزارت کشور افغانستان اعلام کرد که ۵۰ نفر طی دو روز گذشته از زندان‌های ولایت هرات "
            "و ولایت نیمروز آزاد شدند",
        ),
        # an adjunct inside a «که» clause goes only with the whole clause
        (
            "وزیر کشور پاکستان که به منظور دیدار با مقام‌های ایرانی و زیارت به شهر مشهد سفر "
            "کرده بود، با استاندار خراسان رضوی دیدار کرد.",
            "fa",
            "وزیر کشور پاکستان با استاندار خراسان رضوی دیدار کرد",
        ),
    ],
)
def test_title_ends_after_a_whole_clause(lead, lang, expected):
    assert title_from_lead(lead, lang, _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # a lead pointing back («بهذا التصريح», «وفي هذا الاجتماع،», «وبدوره،») is no
        # title: the first sentence that stands alone is
        (
            [
                "وأدلى وزير الخارجية العماني بهذا التصريح خلال اجتماع لجنة الشؤون الخارجية.",
                "وفي هذا الاجتماع، استعرض رئيس اللجنة أداء الحكومة خلال العام الماضي كله.",
                "وبدوره، تطرق الوزير إلى الزيارات التي قام بها رئيس الحكومة لمختلف البلدان.",
                "وافتتح وزير التجارة العماني معرضا للصناعات الباكستانية في مسقط.",
            ],
            "ar",
            "وافتتح وزير التجارة العماني معرضا للصناعات الباكستانية في مسقط",
        ),
        # «في السياق،» opens a lead that points back
        (
            [
                "في السياق، أكد الوزيران عمق العلاقات بين البلدين الجارين.",
                "ووقع البلدان مذكرة تفاهم للتعاون في مجال الطاقة المتجددة.",
            ],
            "ar",
            "وقع البلدان مذكرة تفاهم للتعاون في مجال الطاقة المتجددة",
        ),
        # guard: «هذا الأسبوع» is today's week, not a reference back
        (
            ["وقعت عمان وباكستان هذا الأسبوع اتفاقية للتعاون في مجال الطاقة.", "جملة ثانية هنا."],
            "ar",
            "وقعت عمان وباكستان هذا الأسبوع اتفاقية للتعاون في مجال الطاقة",
        ),
        # when every sentence points back, the first is taken
        (
            ["وأدلى الوزير بهذا التصريح خلال اجتماع لجنة الشؤون الخارجية في البرلمان."],
            "ar",
            "أدلى الوزير بهذا التصريح خلال اجتماع لجنة الشؤون الخارجية في البرلمان",
        ),
    ],
)
def test_title_is_no_lead_that_points_back(lead, lang, expected):
    assert title_from_lead(lead, lang, _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # «مسئولیت این حملات را …»: the attacks are told in no sentence of this one; the
        # next sentence that stands alone is the title
        (
            [
                "گروه مسلح جدایی‌طلب، شاخه‌ای از یک جنبش قومی، مسئولیت این حملات را بر عهده گرفت.",
                "سه مأمور پولیس در انفجار بمب کنار جاده در ولایت هلمند کشته شدند.",
            ],
            "سه مأمور پولیس در انفجار بمب کنار جاده در ولایت هلمند کشته شدند",
        ),
        # «این تعداد» stands for the count the sentence before it gave: that one
        (
            [
                "۳ هزار و ۱۲۰ تن از کارگران مهاجر در یک هفته به کشور بازگشتند.",
                "وزارت کار با نشر گزارشی از بازگشت این تعداد از کارگران خبر داده است.",
            ],
            "۳ هزار و ۱۲۰ تن از کارگران مهاجر در یک هفته به کشور بازگشتند",
        ),
        # also when the sentence before opens on «در ادامه X» (in continuation of X)
        (
            [
                "در ادامه اخراج کارگران، ۲ هزار تن در یک روز از مرز وارد کشور شدند.",
                "وزارت کار امروز از بازگشت این تعداد از کارگران خبر داده است.",
            ],
            "در ادامه اخراج کارگران، ۲ هزار تن در یک روز از مرز وارد کشور شدند",
        ),
        # guard: a clause before it in the sentence tells what «این حمله» stands for
        (
            [
                "افراد مسلح در کراچی دو نگهبان را کشتند و یک گروه مسئولیت این حمله را پذیرفت.",
                "پولیس شهر از بازداشت دو مظنون در یک خانه در شرق شهر خبر داد.",
            ],
            "افراد مسلح در کراچی دو نگهبان را کشتند و یک گروه مسئولیت این حمله را پذیرفت",
        ),
        # guard: the noun said before the demonstrative in the same sentence
        (
            [
                "در یک حمله به ایست بازرسی در شمال شهر، در این حمله چهار سرباز جان باختند.",
                "جمله دوم این خبر است.",
            ],
            "در یک حمله به ایست بازرسی در شمال شهر، در این حمله چهار سرباز جان باختند",
        ),
        # guard: an event said before it in the sentence («رویداد») is what «این اقدام»
        # stands for
        (
            [
                "رئیس اداره ورزش شهر ضمن اعلام برگزاری رویداد مسابقات محلی، هدف از این اقدام "
                "را تشویق جوانان به ورزش عنوان کرد.",
                "وی گفت: این مسابقات هر سال در فصل بهار برگزار می‌شود.",
            ],
            "رئیس اداره ورزش شهر ضمن اعلام برگزاری رویداد مسابقات محلی، هدف از این اقدام را "
            "تشویق جوانان به ورزش عنوان کرد",
        ),
        # guard: «این کشور» names the country said before it; «این هفته» is a time
        (
            [
                "وزیر خارجه پاکستان این هفته با همتای خود در پایتخت این کشور دیدار کرد.",
                "جمله دوم این خبر است.",
            ],
            "وزیر خارجه پاکستان این هفته با همتای خود در پایتخت این کشور دیدار کرد",
        ),
    ],
)
def test_a_persian_title_is_no_sentence_whose_demonstrative_points_back(lead, expected):
    assert title_from_lead(lead, "fa", _no_speaker) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day of a solar month after its weekday goes with it, not left between commas
        (
            "اداره مهاجرین ولایت هرات می‌گوید که 312 خانواده مهاجر مقیم ایران روز یکشنبه، 9 "
            "عقرب از طریق گذرگاه اسلام قلعه به کشور بازگشته اند.",
            "اداره مهاجرین ولایت هرات می‌گوید که 312 خانواده مهاجر مقیم ایران از طریق گذرگاه "
            "اسلام قلعه به کشور بازگشته اند",
        ),
        # guard: a date after a preposition, alone, stays («تا پایان ۱۸ سنبله»)
        (
            "رئیس اداره مهاجرین ولایت هرات خبر داد که ۴۰ هزار تن از ابتدای سال تا پایان ۱۸ "
            "سنبله از مرز اسلام قلعه به کشور بازگشته اند.",
            "رئیس اداره مهاجرین ولایت هرات خبر داد که ۴۰ هزار تن از ابتدای سال تا پایان ۱۸ "
            "سنبله از مرز اسلام قلعه به کشور بازگشته اند",
        ),
    ],
)
def test_a_persian_weekday_goes_with_its_solar_date(sentence, expected):
    assert compress(sentence, "fa", target=60) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # «این در حالی است که» sets the sentence against one before it: not the title's start
        (
            ["این در حالیاست که هنوز سه روز تا پایان مهلت ثبت نام داوطلبان باقی مانده است."],
            "هنوز سه روز تا پایان مهلت ثبت نام داوطلبان باقی مانده است",
        ),
        (
            ["این در حالی بود که وزیر کشور از استعفای خود خبر داده بود."],
            "وزیر کشور از استعفای خود خبر داده بود",
        ),
        # guard: «این در حالی که» is no such opening, nor «این» alone
        (
            ["این در حالی که وزیر کشور به تهران بازگشت."],
            "این در حالی که وزیر کشور به تهران بازگشت",
        ),
        (
            ["این طرح در مجلس به تصویب رسید و به دولت ابلاغ شد."],
            "این طرح در مجلس به تصویب رسید و به دولت ابلاغ شد",
        ),
    ],
)
def test_title_drops_a_contrast_opening(lead, expected):
    assert title_from_lead(lead, "fa", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        # a credit line of one word is no headline
        (["وكالات", LONG_AR, LONG_AR], ""),
        # nor a section and a country
        (["العالم - إیران", LONG_AR, LONG_AR], ""),
        # nor a dateline line: place, date, agency
        (["دمشق: 5 – مارس 2023م (وكالة الأنباء المحلية)", LONG_AR, LONG_AR], ""),
        # a label before a headline: the headline is the line after it
        (["العالم - إیران", "التعاون بين إيران وباكستان يسهم في السلام", LONG_AR], "التعاون بين إيران وباكستان يسهم في السلام"),
        # guard: a headline of four words stays one
        (["شهباز شریف در تهران", LONG_AR, LONG_AR], "شهباز شریف در تهران"),
    ],
)  # fmt: skip
def test_labels_are_no_headline(lines, headline):
    shape = structure(lines, "ar")
    assert shape.headline == headline
    body = [p for s in shape.sections for p in s.paragraphs]
    assert lines[0] in body or lines[0] == headline  # a label stays in the text


@pytest.mark.parametrize(
    ("lines", "headline", "chrome", "byline"),
    [
        # a «last modified» stamp, a date line and the headline printed again
        (
            ["محکومیت حمله در جنوب شرق ایران", "(last modified 1397-11-25T08:23:30+00:00 )",
             "دلو 25, 1397 12:53 Asia/Kabul", "• محکومیت حمله در جنوب شرق ایران", LONG_AR, LONG_AR],
            "محکومیت حمله در جنوب شرق ایران",
            ["(last modified 1397-11-25T08:23:30+00:00 )", "دلو 25, 1397 12:53 Asia/Kabul",
             "• محکومیت حمله در جنوب شرق ایران"],
            "",
        ),
        # a publication stamp is no headline: the line after it is looked at
        (
            ["تاريخ النشر: ٢٣ يونيو ٢٠٢٣ - ١٧:٣٦", "التعاون بين إيران وباكستان يسهم في السلام", LONG_AR],
            "التعاون بين إيران وباكستان يسهم في السلام",
            ["تاريخ النشر: ٢٣ يونيو ٢٠٢٣ - ١٧:٣٦"],
            "",
        ),
        # a CMS stamp after a deck line, a relative time
        (
            ["جهة تعلن مسؤوليتها عن اختراق الحدود", "ومقتل عدد من الجنود",
             "migrate reporter 1 شعبان 1438 /  27  أبريل  2017   12:27 م", "منذ ساعة", LONG_AR],
            "جهة تعلن مسؤوليتها عن اختراق الحدود",
            ["migrate reporter 1 شعبان 1438 /  27  أبريل  2017   12:27 م", "منذ ساعة"],
            "",
        ),
        # a byline with the agency: the reporter is the byline, the agency a credit
        (
            ["عشرات القتلى في تصعيد على الحدود", "صلاح شرارة رويترز، د ب أ", "١٢ أكتوبر ٢٠٢٥", LONG_AR],
            "عشرات القتلى في تصعيد على الحدود",
            ["صلاح شرارة رويترز، د ب أ", "١٢ أكتوبر ٢٠٢٥"],
            "صلاح شرارة",
        ),
        # guard: a date line inside the text (a timeline's part) stays a heading
        (
            ["عشرات القتلى في تصعيد على الحدود", LONG_AR, "١٢ أكتوبر ٢٠٢٥", LONG_AR],
            "عشرات القتلى في تصعيد على الحدود",
            [],
            "",
        ),
    ],
)  # fmt: skip
def test_page_chrome_is_left_out_of_the_text(lines, headline, chrome, byline):
    shape = structure(lines, "ar")
    assert shape.headline == headline
    assert list(shape.chrome) == chrome
    assert shape.byline == byline
    text = [shape.headline, *(h for s in shape.sections for h in (s.heading, *s.paragraphs))]
    assert not any(c in text for c in chrome)
    if byline:
        assert shape.credit == "رويترز"


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # «… حاکی است که …»: the clause after «که» is what the reports say
        (
            ["با تشدید تنش‌ها میان دو کشور همسایه در ماه‌های اخیر، گزارش‌ها حاکی است که روند "
             "بازگرداندن پناهجویان از مرزهای شرقی، به شدت افزایش یافته است."],
            "fa",
            "با تشدید تنش‌ها میان دو کشور همسایه در ماه‌های اخیر، گزارش‌ها حاکی است که روند "
            "بازگرداندن پناهجویان از مرزهای شرقی، به شدت افزایش یافته است",
        ),
        # «انها ماضية قدما | في …»: «انها» without hamza is «أنها», its predicate follows
        (
            ["نشرت صحيفة محلية تقريرا اوردت فيه ان الحكومة تقول انها ماضية قدما في مد خط "
             "أنابيب لاستيراد الغاز الطبيعي من الجارة، وهو المشروع الذي تعارضه دول كبرى."],
            "ar",
            "نشرت صحيفة محلية تقريرا اوردت فيه ان الحكومة تقول انها ماضية قدما في مد خط "
            "أنابيب لاستيراد الغاز الطبيعي من الجارة",
        ),
        # «ندد X باسم Y | في …»: «باسم» belongs to the name; «ندد» still needs «ب…»
        (
            ["ندد مساعد المتحدث باسم حرس الحدود في الولاية الجنوبية السيد منظور أحمد بالهجوم "
             "على نقطة الصفر الحدودية الذي أدى إلى مقتل ثلاثة من الجنود."],
            "ar",
            "ندد مساعد المتحدث باسم حرس الحدود في الولاية الجنوبية السيد منظور أحمد بالهجوم "
            "على نقطة الصفر الحدودية",
        ),
        # never cut on the subject's apposed name: the object comes after it
        (
            ["واستعرض وزير خارجية الجمهورية ، سعيد أحمدي ، الذي وصل العاصمة مساء اليوم على رأس "
             "وفد كبير ، في تصريح للصحفيين أهداف زيارته الرسمية الأولى إلى البلاد وقال إنها "
             "جاءت تلبية لدعوة نظيره."],
            "ar",
            "واستعرض وزير خارجية الجمهورية ، سعيد أحمدي في تصريح للصحفيين أهداف زيارته "
            "الرسمية الأولى إلى البلاد",
        ),
        # «به گزارش «X»» without a comma and «OUTLET ACRONYM :» are no part of the title
        (
            ["به گزارش «نمونه اقتصادی» تجارت با همسایگان موضوع مورد توجه کشورهای منطقه است."],
            "fa",
            "تجارت با همسایگان موضوع مورد توجه کشورهای منطقه است",
        ),
        (
            ["نمونهNMN : علی رضایی، یک عضو مجلس پیشنهاد کرده است که مرز بازگشایی شود."],
            "fa",
            "علی رضایی، یک عضو مجلس پیشنهاد کرده است که مرز بازگشایی شود",
        ),
        # «در دیدار با X، ROLE …» with no comma after the role: the role's end is unknown,
        # so the occasion stays whole (deleting it at X's comma made the MP the minister)
        (
            ["حسن کریمی، یک عضو مجلس ایران در دیدار با علی رضایی، وزیر امور خارجه آن کشور "
             "پیشنهاد کرده است که برای تأمین حقابه از رود مرزی، از همسایه شرقی تضمین گرفته شود."],
            "fa",
            "حسن کریمی، یک عضو مجلس ایران در دیدار با علی رضایی، وزیر امور خارجه آن کشور "
            "پیشنهاد کرده است که برای تأمین حقابه از رود مرزی، از همسایه شرقی تضمین گرفته شود",
        ),
        # a dateline of an outlet not in sources.yml, «CITY (OUTLET)-», is no part of it
        (
            ["أربيل (نموذج24)- وقعت اشتباكات صباح الجمعة قرب معبر حدودي رئيسي بين البلدين."],
            "ar",
            "وقعت اشتباكات صباح الجمعة قرب معبر حدودي رئيسي بين البلدين",
        ),
        # a reprint's disclaimer is no title
        (
            ["نمونه - منبع دیگر /متن پیش رو در منبع دیگر منتشر شده و بازنشرش به معنای تاییدش نیست",
             "گروهی از شورشیان دست‌کم ۲۶ گردشگر را در منطقه کوهستانی به قتل رساندند."],
            "fa",
            "گروهی از شورشیان دست‌کم ۲۶ گردشگر را در منطقه کوهستانی به قتل رساندند",
        ),
        # a page's stamp glued before the lead is no part of the headline
        (["۱۳۹۱ خرداد ۳۰, سهشنبهیوسف رضا گیلانی به اتهام اهانت به دادگاه مجرم شناخته شد."],
         "fa",
         "یوسف رضا گیلانی به اتهام اهانت به دادگاه مجرم شناخته شد"),
        # condolences wait for whom they are for («وقدم تعازيه | في وفاة …»)
        (["أعرب رئيس الوزراء الباكستاني، اليوم الاثنين، عن صدمته وقدم تعازيه في الوفاة المفاجئة لوزير الخارجية الإيراني في حادث تحطم طائرة."],
         "ar",
         "أعرب رئيس الوزراء الباكستاني عن صدمته وقدم تعازيه في الوفاة المفاجئة لوزير الخارجية الإيراني"),
    ],
)  # fmt: skip
def test_title_keeps_what_the_clause_needs(lead, lang, expected):
    assert title_from_lead(lead, lang, _no_speaker) == expected


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        # a dateline line of a place and an agency in brackets, known or not
        (["كابول - (د ب أ)", LONG_AR, LONG_AR], ""),
        (["إسلام آباد - (مراسلنا الخاص)", LONG_AR, LONG_AR], ""),
        # a place and a known outlet's name after a dash, no brackets
        (["إسلام آباد- سكاي نيوز عربية", LONG_AR, LONG_AR], ""),
        # guard: a headline ending with its agency is still a headline
        (["باكستان وإيران تتفقان على فتح معبر حدودي جديد - رويترز", LONG_AR, LONG_AR],
         "باكستان وإيران تتفقان على فتح معبر حدودي جديد - رويترز"),
        # place, outlets, a day and its month, the agency, set off by «/»
        (["کابل/ رادیو نمونه / 5 حمل/ آژانس نمونه", LONG_FA, LONG_FA], ""),
        (["Written by admin", "کویته/ خبرگزاری نمونه / 3 قوس 1398", LONG_FA, LONG_FA], ""),
        # guards: a headline with «/» and no date, or with a sentence in a part
        (["کابل/ قندهار / هرات: سه شهر در انتظار باران", LONG_FA, LONG_FA],
         "کابل/ قندهار / هرات: سه شهر در انتظار باران"),
        (["دیدار وزیران / 5 حمل / در کابل برگزار شد", LONG_FA, LONG_FA],
         "دیدار وزیران / 5 حمل / در کابل برگزار شد"),
        # place, country, a day and its month, the agencies, the outlet, set off by commas
        (["كويتا,باكستان,14 مارس,وكالات، موقع المثال", LONG_AR, LONG_AR], ""),
        (["لاهور، باكستان، 2 يونيو، وكالات", LONG_AR, LONG_AR], ""),
        # guards: three parts by commas is a list; a part of many words is a headline
        (["غزة، 5 مايو، غارات جديدة", LONG_AR, LONG_AR], "غزة، 5 مايو، غارات جديدة"),
        (["لاهور، باكستان، 2 يونيو، مظاهرات واسعة في المدن الكبرى", LONG_AR, LONG_AR],
         "لاهور، باكستان، 2 يونيو، مظاهرات واسعة في المدن الكبرى"),
    ],
)  # fmt: skip
def test_a_dateline_line_is_no_headline(lines, headline):
    assert structure(lines, "ar").headline == headline


@pytest.mark.parametrize(
    ("lines", "lang", "headline", "chrome"),
    [
        # a photo's caption with its credit is chrome, never the headline
        (["نسخه قدیمی", "علی رضایی، وزیر نمونه /عکس از ایرنا", LONG_FA, LONG_FA], "fa", "",
         ["علی رضایی، وزیر نمونه /عکس از ایرنا", "نسخه قدیمی"]),
        (["عکس: خبرگزاری نمونه", LONG_FA, LONG_FA], "fa", "", ["عکس: خبرگزاری نمونه"]),
        (["جنود في موقع الانفجار (أحمد علي/رويترز)", LONG_AR, LONG_AR], "ar", "",
         ["جنود في موقع الانفجار (أحمد علي/رويترز)"]),
        (["وزير الخارجية خلال المؤتمر (أرشيفية)", LONG_AR, LONG_AR], "ar", "",
         ["وزير الخارجية خلال المؤتمر (أرشيفية)"]),
        # inside the text too
        ([LONG_AR, "صورة: وزير الخارجية في العاصمة", LONG_AR], "ar", "",
         ["صورة: وزير الخارجية في العاصمة"]),
        # guard: an agencies' credit line closing the text is no caption
        ([LONG_AR, LONG_AR, "(رويترز/أ ف ب)"], "ar", "", []),
        # a wire photo's caption closed by its credit in parentheses, however long, and
        # an image's alternative text are chrome
        (["Site icon Sample News", CAPTION_EN, LONG_AR, LONG_AR], "ar", "",
         ["Site icon Sample News", CAPTION_EN]),
        ([LONG_FA, "وزیر نمونه در نشست خبری سخن گفت و به پرسش‌ها پاسخ داد (عکس: خبرگزاری نمونه)",
          LONG_FA], "fa", "",
         ["وزیر نمونه در نشست خبری سخن گفت و به پرسش‌ها پاسخ داد (عکس: خبرگزاری نمونه)"]),
        # guards: a paragraph with a parenthesis that is no credit, a site's name in a
        # sentence
        ([LONG_AR, "قال الوزير إن الصورة (التي نشرتها الوزارة) مزيفة وطالب بالتحقيق فيها.",
          LONG_AR], "ar", "", []),
        ([LONG_AR, LONG_AR, "The site icon of the ministry was changed on Sunday."], "ar", "", []),
        # a label and a date or a clock time: chrome, never the headline
        (["به روز شده در: ۰۵ دی ۱۴۰۳ - ۰۹:۱۰", LONG_FA, LONG_FA], "fa", "",
         ["به روز شده در: ۰۵ دی ۱۴۰۳ - ۰۹:۱۰"]),
        (["آخر تحديث 12:30:05 بتوقيت مكة", "اتفاق على فتح معبر حدودي جديد", LONG_AR], "ar",
         "اتفاق على فتح معبر حدودي جديد", ["آخر تحديث 12:30:05 بتوقيت مكة"]),
        (["الساعة 04:15 م|3 مارس 2016", LONG_AR, LONG_AR], "ar", "",
         ["الساعة 04:15 م|3 مارس 2016"]),
        (["شنبه ۱۲ مهر ۱۴۰۲ - ۱۰:۲۰ | کد خبر: 4321", LONG_FA, LONG_FA], "fa", "",
         ["شنبه ۱۲ مهر ۱۴۰۲ - ۱۰:۲۰ | کد خبر: 4321"]),
        # an English stamp with its weekday and clock abbreviated
        (["Fri Apr 1, 2016 3:18pm GMT", LONG_AR, LONG_AR], "ar", "",
         ["Fri Apr 1, 2016 3:18pm GMT"]),
        # the masthead and a call to follow the outlet
        (["رئيس مجلسي الإدارة والتحرير", "تابع آخر الأخبار عبر تطبيقنا", LONG_AR, LONG_AR],
         "ar", "", ["رئيس مجلسي الإدارة والتحرير", "تابع آخر الأخبار عبر تطبيقنا"]),
        # guards: a headline's media tag is no credit; a short headline stays one
        (["تجمع اعتراضی زائران در گذرگاه مرزی (+عکس)", LONG_FA, LONG_FA], "fa",
         "تجمع اعتراضی زائران در گذرگاه مرزی (+عکس)", []),
        (["پاکستان وضعیت اضطراری اعلام کرد", LONG_FA, LONG_FA], "fa",
         "پاکستان وضعیت اضطراری اعلام کرد", []),
        # «تابع» with no platform opens a sentence, not a call to follow
        (["تابع الرئيس جولته في المحافظات الحدودية", LONG_AR, LONG_AR], "ar",
         "تابع الرئيس جولته في المحافظات الحدودية", []),
        # an «updated» line whose clock is in GMT («گرينويچ»)
        (["به روز شده: 09:25 گرينويچ - سه شنبه 14 مارس 2006", LONG_FA, LONG_FA], "fa", "",
         ["به روز شده: 09:25 گرينويچ - سه شنبه 14 مارس 2006"]),
        (["به روز شده: 18:02 گرینویچ - یکشنبه 02 آوریل 2006 - 13 فروردین 1385", LONG_FA,
          LONG_FA], "fa", "",
         ["به روز شده: 18:02 گرینویچ - یکشنبه 02 آوریل 2006 - 13 فروردین 1385"]),
        # the page's clock: a weekday, a date, the place it keeps time for, the time
        (["لینک‌های دسترسی", "یکشنبه ۱۲ آبان ۱۴۰۲ تهران ۰۹:۱۵", LONG_FA, LONG_FA], "fa", "",
         ["لینک‌های دسترسی", "یکشنبه ۱۲ آبان ۱۴۰۲ تهران ۰۹:۱۵"]),
        (["سه‌شنبه ۴ دی ۱۴۰۱ ایران ۲۲:۴۰", LONG_FA, LONG_FA], "fa", "",
         ["سه‌شنبه ۴ دی ۱۴۰۱ ایران ۲۲:۴۰"]),
        # the page's tools, glued or not, in the head or in the text
        (["این صفحه را برای دوستان خود بفرستیدصفحه بدون عکس", "پاکستان وضعیت اضطراری اعلام کرد",
          LONG_FA], "fa", "پاکستان وضعیت اضطراری اعلام کرد",
         ["این صفحه را برای دوستان خود بفرستیدصفحه بدون عکس"]),
        ([LONG_FA, "نسخه قابل چاپ", LONG_FA], "fa", "", ["نسخه قابل چاپ"]),
        # an aggregator's link to the story's source
        (["خبرگزاری نمونه مشاهده در مرجع", LONG_FA, LONG_FA], "fa", "",
         ["خبرگزاری نمونه مشاهده در مرجع"]),
        # a photo's description and caption, the same line twice in a row
        (["لینک‌های دسترسی", "علی رضایی، ساعتی پیش از سفر در جمع خبرنگاران",
          "علی رضایی، ساعتی پیش از سفر در جمع خبرنگاران", LONG_FA, LONG_FA], "fa", "",
         ["لینک‌های دسترسی", "علی رضایی، ساعتی پیش از سفر در جمع خبرنگاران",
          "علی رضایی، ساعتی پیش از سفر در جمع خبرنگاران"]),
        # a description closed by the photo agency alone («(الفرنسية)»: AFP)
        (["متظاهرون أمام مبنى البرلمان في العاصمة (الفرنسية)", LONG_AR, LONG_AR], "ar", "",
         ["متظاهرون أمام مبنى البرلمان في العاصمة (الفرنسية)"]),
        # guards: a date and a place with no clock is a headline; so is a headline that
        # names a viewing («مشاهده»), or ends on a media tag
        (["دیدار ۱۲ آبان ۱۴۰۲ در تهران", LONG_FA, LONG_FA], "fa", "دیدار ۱۲ آبان ۱۴۰۲ در تهران",
         []),
        (["مشاهده یک پهپاد در آسمان مرز شرقی", LONG_FA, LONG_FA], "fa",
         "مشاهده یک پهپاد در آسمان مرز شرقی", []),
        (["تظاهرات أمام مبنى البرلمان في العاصمة (فيديو)", LONG_AR, LONG_AR], "ar",
         "تظاهرات أمام مبنى البرلمان في العاصمة (فيديو)", []),
        # a stamp in Arabic-Indic digits, its clock «مساءً» or «صباحاً»
        (["الخميس ١٢ مارس ٢٠٢٠ الساعة ٩:١٥ صباحاً", LONG_AR, LONG_AR], "ar", "",
         ["الخميس ١٢ مارس ٢٠٢٠ الساعة ٩:١٥ صباحاً"]),
        (["السبت ٧ مايو ٢٠٢٢ الساعة ١١:٤٠ مساءً", LONG_AR, LONG_AR], "ar", "",
         ["السبت ٧ مايو ٢٠٢٢ الساعة ١١:٤٠ مساءً"]),
        # a publication stamp with an English ordinal day, or its label glued to the date
        (["تاريخ النشر: 3rd, June 2024 GMT", LONG_AR, LONG_AR], "ar", "",
         ["تاريخ النشر: 3rd, June 2024 GMT"]),
        (["تاریخ انتشار۱۴ مهر ۱۳۹۵ ساعت ۰۸:۲۰", LONG_FA, LONG_FA], "fa", "",
         ["تاریخ انتشار۱۴ مهر ۱۳۹۵ ساعت ۰۸:۲۰"]),
        # a print issue's number and its dates
        (["العدد 812 - الثلاثاء 10 مايو 2005م الموافق 01 ربيع الآخر 1426هـ", LONG_AR, LONG_AR],
         "ar", "", ["العدد 812 - الثلاثاء 10 مايو 2005م الموافق 01 ربيع الآخر 1426هـ"]),
        # a line with no word, wherever it stands
        ([">", LONG_AR, LONG_AR], "ar", "", [">"]),
        ([LONG_AR, "***", LONG_AR], "ar", "", ["***"]),
        # a credit line, then a photo's description and caption twice in a row
        (["> عمان «الأيام» رويترز :", ">", "لقطة من اللقاء", "لقطة من اللقاء", LONG_AR, LONG_AR],
         "ar", "", [">", "لقطة من اللقاء", "لقطة من اللقاء"]),
        # a photo's description and caption opening the page, twice in a row, each with
        # its stop: no headline, no text
        (["الوزير مرحبا بضيفه في القصر.", "الوزير مرحبا بضيفه في القصر.", LONG_AR, LONG_AR],
         "ar", "", ["الوزير مرحبا بضيفه في القصر.", "الوزير مرحبا بضيفه في القصر."]),
        # the page's cookie notice
        (["هذا الموقع يستخدم ملفات تعريف الارتباط", LONG_AR, LONG_AR], "ar", "",
         ["هذا الموقع يستخدم ملفات تعريف الارتباط"]),
        (["This website uses cookies", LONG_AR, LONG_AR], "ar", "",
         ["This website uses cookies"]),
        # guards: a headline with an issue's number, a headline naming a year or a number,
        # a headline about cookies, a sentence printed twice
        (["العدد 12 من المجلة يتناول ملف المياه", LONG_AR, LONG_AR], "ar",
         "العدد 12 من المجلة يتناول ملف المياه", []),
        (["انتشار۲۰ نفر از زائران در مرز", LONG_FA, LONG_FA], "fa",
         "انتشار۲۰ نفر از زائران در مرز", []),
        (["الاتحاد الأوروبي يفرض قواعد جديدة على ملفات تعريف الارتباط", LONG_AR, LONG_AR], "ar",
         "الاتحاد الأوروبي يفرض قواعد جديدة على ملفات تعريف الارتباط", []),
        ([LONG_AR, "وصل الوزير.", "وصل الوزير.", LONG_AR], "ar", "", []),
        # the page's labels, wherever they stand: an end mark, a story's number, tags,
        # comments, skip links, a player's and a form's notices
        (["لینک های دسترسی", LONG_FA, LONG_FA, "انتهای پیام/", "• کد خبر: 96122715016",
          "برچسب ها : پاکستان و ایران, مرز", "نظر شما"], "fa", "",
         ["لینک های دسترسی", "انتهای پیام/", "• کد خبر: 96122715016",
          "برچسب ها : پاکستان و ایران, مرز", "نظر شما"]),
        ([LONG_FA, "کلیدواژه", "کد مطلب : 37353", "لینک کوتاه :", LONG_FA], "fa", "",
         ["کلیدواژه", "کد مطلب : 37353", "لینک کوتاه :"]),
        (["المحتوى الرئيسى", LONG_AR, "Your browser doesn’t support HTML5 video", LONG_AR,
          "رمز الخبر: ۲۵۷۱۶", "تم أضافة تعليقك سوف يظهر بعد المراجعة"], "ar", "",
         ["المحتوى الرئيسى", "Your browser doesn’t support HTML5 video", "رمز الخبر: ۲۵۷۱۶",
          "تم أضافة تعليقك سوف يظهر بعد المراجعة"]),
        # a live player's button, an ad slot's name, a section's label, a comment counter
        # and heading, a breadcrumb, an embedded post's link, related links' head, the
        # page's date closing it
        (["پخش زنده", "bato-adv", "- سرویس: سیاسی", "- شناسه مطلب: 191519", LONG_FA, LONG_FA,
          "نظرات(۰ دیدگاه)", "بحث و گفتگو"], "fa", "",
         ["پخش زنده", "bato-adv", "- سرویس: سیاسی", "- شناسه مطلب: 191519", "نظرات(۰ دیدگاه)",
          "بحث و گفتگو"]),
        (["رادیو نمونه > سیاست > منطقه > سیل در ولایت شرقی | ||", LONG_FA,
          "Visit to Kabul pic.twitter.com/AbC123xYz", LONG_FA, "در همین زمینه :", "۱۳۹۲/۵/۹"],
         "fa", "",
         ["رادیو نمونه > سیاست > منطقه > سیل در ولایت شرقی | ||",
          "Visit to Kabul pic.twitter.com/AbC123xYz", "در همین زمینه :", "۱۳۹۲/۵/۹"]),
        (["خانه » اخبار » بین الملل", LONG_FA, LONG_FA], "fa", "", ["خانه » اخبار » بین الملل"]),
        # a comment form's call and the share buttons' label, Arabic or Persian-spelled
        ([LONG_AR, "شارک :", LONG_AR, "أرسل تعليقك"], "ar", "", ["شارک :", "أرسل تعليقك"]),
        ([LONG_AR, "شارك :", LONG_AR, "Share"], "ar", "", ["شارك :", "Share"]),
        # a Latin line over an Arabic text is the site's tagline, no headline
        (["The Swiss voice in the world since 1935", LONG_AR, LONG_AR], "ar", "", []),
        # guards: a headline or a sentence that opens with a label's words
        (["شارك الوزير في مؤتمر الأمن الإقليمي", LONG_AR, LONG_AR], "ar",
         "شارك الوزير في مؤتمر الأمن الإقليمي", []),
        (["نظرات کارشناسان درباره طرح جدید مرزی", LONG_FA, LONG_FA], "fa",
         "نظرات کارشناسان درباره طرح جدید مرزی", []),
        (["پخش زنده مسابقه از شبکه سه لغو شد", LONG_FA, LONG_FA], "fa",
         "پخش زنده مسابقه از شبکه سه لغو شد", []),
        (["سرویس قطار مرزی دوباره راه افتاد", LONG_FA, LONG_FA], "fa",
         "سرویس قطار مرزی دوباره راه افتاد", []),
        # guard: a line of the text with «>» or «»» is no breadcrumb, a date in the text
        # heads what follows
        ([LONG_FA, "قیمت دلار > ۵۰ هزار تومان شد", "۱۳۹۲/۵/۹", LONG_FA], "fa", "", []),
        (["برچسب‌گذاری کالاهای مرزی آغاز شد", LONG_FA, LONG_FA], "fa",
         "برچسب‌گذاری کالاهای مرزی آغاز شد", []),
        (["عاجل: انفجار في سوق المدينة", LONG_AR, LONG_AR], "ar", "عاجل: انفجار في سوق المدينة",
         []),
        # a photo's caption closed by its credit, however long, that the text repeats
        # (was the title)
        ([f"{CAPTION_AR} (ا ف ب)", LONG_AR, f"{CAPTION_AR}."], "ar", "",
         [f"{CAPTION_AR} (ا ف ب)"]),
        ([LONG_AR, f"{CAPTION_AR} (رويترز)", f"ويذكر أن {CAPTION_AR}."], "ar", "",
         [f"{CAPTION_AR} (رويترز)"]),
        # the page's empty stamps, past the head too; a section's name glued to a stamp
        ([".", "نشر في: آخر تحديث:", LONG_AR, LONG_AR], "ar", "", [".", "نشر في: آخر تحديث:"]),
        ([LONG_AR, "تاريخ النشر:", LONG_AR], "ar", "", ["تاريخ النشر:"]),
        (["الأحد 19 مايو 2024", "أخبار محلية12-3-2020 | 09:15", LONG_AR, LONG_AR], "ar", "",
         ["الأحد 19 مايو 2024", "أخبار محلية12-3-2020 | 09:15"]),
        # guards: a today label may head a part; a label with words after it is text; a
        # headline with a number glued to a word; a section and a stamp set apart
        ([LONG_AR, "اليوم:", LONG_AR], "ar", "", []),
        ([LONG_AR, "نشر الوزير بيانا:", LONG_AR], "ar", "", []),
        (["مقتل12 شخصا في انفجار بالسوق", LONG_AR, LONG_AR], "ar",
         "مقتل12 شخصا في انفجار بالسوق", []),
        # guards: a paragraph closed by an agency that the text does not repeat; a credit
        # whose words before it are too few to tell a caption
        ([LONG_AR, f"{CAPTION_AR} (ا ف ب)", LONG_AR], "ar", "", []),
        ([LONG_AR, "المعبر الحدودي (رويترز)", "أغلق المعبر الحدودي أمس أمام المسافرين."], "ar",
         "", []),
    ],
)  # fmt: skip
def test_page_chrome_is_no_headline(lines, lang, headline, chrome):
    shape = structure(lines, lang)
    assert shape.headline == headline
    assert list(shape.chrome) == chrome
    text = [h for s in shape.sections for h in (s.heading, *s.paragraphs)]
    assert not any(c in text for c in chrome)


# The page's published-at stamp and short link over the text, the numbered links to skip
# its menus (Persian, Dari, Arabic, English), a blog's comment box and a call to get the
# outlet's news on its channel: chrome, never the headline nor the text.  The standfirst
# printed again after the stamp is shown once.  Guards: a sentence naming a link, a
# stamp's label or a skip; a call with no news named; a paragraph said twice with text
# between.
@pytest.mark.parametrize(
    ("lines", "headline", "chrome"),
    [
        (["لینک کوتاه: https://example.com/?p=1234", "منتشر شده در 2:05 ب.ظ", LONG_FA, LONG_FA],
         "", ["لینک کوتاه: https://example.com/?p=1234", "منتشر شده در 2:05 ب.ظ"]),
        (["1. رفتن به محتوا", "2. رفتن به مطالب اصلی", "3. رفتن به دیگر صفحات رادیو نمونه",
          LONG_FA, LONG_FA], "",
         ["1. رفتن به محتوا", "2. رفتن به مطالب اصلی", "3. رفتن به دیگر صفحات رادیو نمونه"]),
        (["تخطي إلى المحتوى", "Skip to main menu", LONG_FA, LONG_FA], "",
         ["تخطي إلى المحتوى", "Skip to main menu"]),
        ([LONG_FA, LONG_FA, "هیچ نظری موجود نیست:", "ارسال یک نظر"], "",
         ["هیچ نظری موجود نیست:", "ارسال یک نظر"]),
        ([LONG_FA, LONG_FA,
          "تازه‌ترین اخبار و گزارش‌های منطقه را از طریق تلویزیون نمونه دریافت کنید"], "",
         ["تازه‌ترین اخبار و گزارش‌های منطقه را از طریق تلویزیون نمونه دریافت کنید"]),
        ([LONG_FA, "۱۹ میزان ۱۴۰۲ ساعت ۱۵:۰۱", LONG_FA, "وزیر امروز به کابل رسید."], "",
         [LONG_FA]),
        # guard: the first paragraph again after other chrome, or after a heading
        ([LONG_FA, "نظر شما", LONG_FA], "", ["نظر شما"]),
        # guards
        (["لینک کوتاه این خبر در شبکه‌ها دست به دست شد", LONG_FA, LONG_FA],
         "لینک کوتاه این خبر در شبکه‌ها دست به دست شد", []),
        (["منتشر شده در روزنامه دان، گزارش تازه جنجال ساخت", LONG_FA, LONG_FA],
         "منتشر شده در روزنامه دان، گزارش تازه جنجال ساخت", []),
        (["رفتن به محتوای اصلی پرونده وقت زیادی گرفت", LONG_FA, LONG_FA],
         "رفتن به محتوای اصلی پرونده وقت زیادی گرفت", []),
        ([LONG_FA, LONG_FA, "مردم کمک‌ها را از طریق هلال احمر دریافت کنید"], "", []),
        ([LONG_FA, "وزیر امروز به کابل رسید.", LONG_FA], "", []),
        ([LONG_FA, LONG_FA], "", []),
    ],
)  # fmt: skip
def test_page_stamps_links_and_calls_are_chrome(lines, headline, chrome):
    shape = structure(lines, "fa")
    assert shape.headline == headline
    assert list(shape.chrome) == chrome
    text = [p for s in shape.sections for p in s.paragraphs]
    assert text.count(LONG_FA) == lines.count(LONG_FA) - chrome.count(LONG_FA)


@pytest.mark.parametrize(
    ("line", "text", "mark"),
    [
        # the agency's end mark and its desk code closing the last paragraph
        ("وصل الوزير إلى العاصمة. // انتهى // 1950 ت م", "وصل الوزير إلى العاصمة.",
         "// انتهى // 1950 ت م"),
        ("وصل الوزير إلى العاصمة./انتهى/", "وصل الوزير إلى العاصمة.", "/انتهى/"),
        ("وصل الوزير إلى العاصمة. / انتهى / ١٢٤ ق ر", "وصل الوزير إلى العاصمة.",
         "/ انتهى / ١٢٤ ق ر"),
        # guards: words after the mark are no code; «انتهى» as a verb
        ("وصل الوزير. // انتهى // وقال الوزير", "وصل الوزير. // انتهى // وقال الوزير", ""),
        ("وقال إن الاجتماع انتهى دون اتفاق.", "وقال إن الاجتماع انتهى دون اتفاق.", ""),
        # a stray Latin letter after the closing stop of a line in Arabic script
        ("وصل الوزير إلى العاصمة. R", "وصل الوزير إلى العاصمة.", "R"),
        ("شمار اعدام‌ها امسال به ۳۶ تن رسید. R", "شمار اعدام‌ها امسال به ۳۶ تن رسید.", "R"),
        # guard: a letter that is a word of the sentence
        ("وصل الوزير إلى المبنى B", "وصل الوزير إلى المبنى B", ""),
    ],
)  # fmt: skip
def test_an_end_mark_closing_a_paragraph_is_chrome(line, text, mark):
    shape = structure([LONG_AR, line], "ar")
    assert [p for s in shape.sections for p in s.paragraphs] == [LONG_AR, text]
    assert list(shape.chrome) == ([mark] if mark else [])


@pytest.mark.parametrize(
    ("lines", "lang", "kicker", "headline"),
    [
        # a kicker that only says who reports is no headline: the title comes from the lead
        (["رسانه‌های ترکیه خبر دادند", LONG_FA, LONG_FA], "fa", "رسانه‌های ترکیه خبر دادند", ""),
        (["مصادر عسكرية باكستانية تكشف", LONG_AR, LONG_AR], "ar", "مصادر عسكرية باكستانية تكشف", ""),
        # ... and a short line after it is the headline
        (["منابع محلی گزارش دادند", "انفجار در بازار شهر مرزی", LONG_FA], "fa",
         "منابع محلی گزارش دادند", "انفجار در بازار شهر مرزی"),
        # guard: what the reporters reported makes a headline
        (["رسانه‌های ترکیه از بازگشایی مرز خبر دادند", LONG_FA, LONG_FA], "fa", "",
         "رسانه‌های ترکیه از بازگشایی مرز خبر دادند"),
    ],
)  # fmt: skip
def test_a_kicker_that_states_nothing_is_no_headline(lines, lang, kicker, headline):
    shape = structure(lines, lang)
    assert (shape.kicker, shape.headline) == (kicker, headline)


def test_a_pull_quote_is_no_lead_for_the_title():
    lead = [
        "• برخی رسانه‌ها نوشتند که فرمانده گروه مسلح در یک عملیات ویژه در منطقه مرزی بازداشت شد",
        "وزیر کشور امروز در جمع خبرنگاران خبر بازداشت فرمانده گروه مسلح را تأیید نکرد.",
    ]
    assert title_from_lead(lead, "fa", _no_speaker) == (
        "وزیر کشور امروز در جمع خبرنگاران خبر بازداشت فرمانده گروه مسلح را تأیید نکرد"
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # «در مراسم …،» is what «حضور» needs: deleting it would say «حضور در نشستی»
        (
            "رئیس‌جمهور در روز نخست سفر با نخست وزیر دیدار کرد و پس از حضور در مراسم امضای "
            "هشت سند همکاری، در نشستی خبری نتایج گفت‌وگوها را تشریح کرد.",
            "fa",
            "رئیس‌جمهور در روز نخست سفر با نخست وزیر دیدار کرد و پس از حضور در مراسم امضای "
            "هشت سند همکاری، در نشستی خبری نتایج گفت‌وگوها را تشریح کرد",
        ),
        # «بحلول» waits for its time: «يوم الاثنين» stays
        (
            "أعرب وزير الخارجية عن أمله في استكمال المفاوضات التجارية بين البلدين الجارين "
            "بحلول يوم الاثنين المقبل",
            "ar",
            "أعرب وزير الخارجية عن أمله في استكمال المفاوضات التجارية بين البلدين الجارين "
            "بحلول يوم الاثنين المقبل",
        ),
        # a time deleted before a comma leaves no space before it
        (
            "توتر أمني نشب صباح السبت، في منطقة حدودية نائية بين البلدين الجارين، أسفر عن مقتل "
            "شخصين وإصابة ثلاثة آخرين من حرس الحدود",
            "ar",
            "توتر أمني نشب، في منطقة حدودية نائية بين البلدين الجارين، أسفر عن مقتل شخصين وإصابة "
            "ثلاثة آخرين من حرس الحدود",
        ),
        # guard: an occasion after the subject, closed by a comma, still goes
        (
            "وزیر امور خارجه در دیدار با همتای خود در پایتخت، بر گسترش همکاری‌های تجاری و "
            "اقتصادی میان دو کشور تأکید کرد.",
            "fa",
            "وزیر امور خارجه بر گسترش همکاری‌های تجاری و اقتصادی میان دو کشور تأکید کرد",
        ),
    ],
)
def test_compression_keeps_what_a_word_waits_for(sentence, lang, expected):
    assert compress(sentence, lang, target=60) == expected


def test_a_hope_is_not_cut_from_what_is_hoped():
    lead = (
        "أعرب وزير الخارجية الإيراني عن أمله في استكمال المفاوضات مع الدول الست بحلول "
        "يوم الاثنين المقبل."
    )
    assert title_from_lead(lead, "ar", _no_speaker) == lead.rstrip(".")


def test_a_source_link_and_a_source_line_in_the_head_credit_the_agency():
    shape = structure(["خبرگزاری فارس مشاهده در مرجع", LONG_FA, LONG_FA], "fa")
    assert (shape.headline, shape.credit) == ("", "خبرگزاری فارس")
    shape = structure(["منبع: خبرگزاری جمهوری اسلامی ایران", LONG_FA, LONG_FA], "fa")
    assert (shape.headline, shape.credit) == ("", "خبرگزاری جمهوری اسلامی ایران")
    assert shape.chrome == ("منبع: خبرگزاری جمهوری اسلامی ایران",)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # never inside a quotation: the parenthetical in «…» stays, the one outside goes
        (
            "رئیس‌جمهور (در پیامی کوتاه) نوشت «همکاری دو کشور (به ویژه در حوزه انرژی) ادامه "
            "خواهد یافت» و از مردم منطقه تشکر کرد.",
            "fa",
            "رئیس‌جمهور نوشت «همکاری دو کشور (به ویژه در حوزه انرژی) ادامه خواهد یافت» و از "
            "مردم منطقه تشکر کرد",
        ),
        # a phrase that holds a whole quotation may go with it
        (
            "اعتذر الوزير للشعب عن التأخير في تقديم المساعدات للمتضررين، مشيرا إلى \"أوجه قصور "
            "كبيرة\" في عمل الأجهزة المعنية",
            "ar",
            "اعتذر الوزير للشعب عن التأخير في تقديم المساعدات للمتضررين",
        ),
        # «زمانی که …،» is a clause of time: «که …،» never goes without «زمانی»
        (
            "به گفته مقام‌ها طرح انتقال آب به استان‌های شرقی زمانی که تکمیل شود، برای کشاورزان "
            "منطقه فواید زیادی خواهد داشت.",
            "fa",
            "به گفته مقام‌ها طرح انتقال آب به استان‌های شرقی زمانی که تکمیل شود، برای کشاورزان "
            "منطقه فواید زیادی خواهد داشت",
        ),
        # guard: a relative clause after another noun still goes
        (
            "وزیر کشور که برای بازدید از پایانه‌های مرزی به استان سفر کرده بود، از تکمیل "
            "پروژه خبر داد.",
            "fa",
            "وزیر کشور از تکمیل پروژه خبر داد",
        ),
        # «، وزیر … اعلام کرد،» holds a verb: no apposition to delete between two names
        (
            "علی رضایی، وزیر ارتباطات دولت امروز (شنبه) اعلام کرد، حسن کریمی، رئیس سازمان از "
            "هفته آینده به سه استان مرزی سفر می‌کند.",
            "fa",
            "علی رضایی، وزیر ارتباطات دولت امروز اعلام کرد، حسن کریمی، رئیس سازمان از هفته "
            "آینده به سه استان مرزی سفر می‌کند",
        ),
        # «، ROLE …،» after a clause that ends on its verb is the next clause's subject,
        # no apposition (deleting it left nobody threatening), nor part of the adjunct
        (
            "در پی حمله هوایی کشور همسایه به روستاهای مرزی که به کشته شدن چند چوپان منجر شد، "
            "سخنگوی وزارت دفاع، پایتخت همسایه را تهدید کرد که در صورت تکرار منتظر پاسخ باشد.",
            "fa",
            "سخنگوی وزارت دفاع، پایتخت همسایه را تهدید کرد که در صورت تکرار منتظر پاسخ باشد",
        ),
        # guard: the role after a name still goes
        (
            "حسن کریمی، سخنگوی وزارت دفاع، پایتخت همسایه را تهدید کرد که در صورت تکرار حمله "
            "به روستاهای مرزی منتظر پاسخ باشد.",
            "fa",
            "حسن کریمی پایتخت همسایه را تهدید کرد که در صورت تکرار حمله به روستاهای مرزی منتظر "
            "پاسخ باشد",
        ),
        # a demonstrative after a phrase points back at it: the phrase stays
        (
            "نمایندگان مجلس روز چهارشنبه در جلسه بررسی درخواست کشور همسایه برای اعزام نیرو به "
            "منطقه، با این موضوع مخالفت کردند.",
            "fa",
            "نمایندگان مجلس در جلسه بررسی درخواست کشور همسایه برای اعزام نیرو به منطقه، با این "
            "موضوع مخالفت کردند",
        ),
        # guard: one that points elsewhere («این رزمایش», named before) does not keep it
        (
            "بر اساس اعلام تلویزیون دولتی کشور، در این رزمایش کشتی‌های جنگی به اهدافی در دریا "
            "موشک شلیک کردند.",
            "fa",
            "در این رزمایش کشتی‌های جنگی به اهدافی در دریا موشک شلیک کردند",
        ),
        # a count after an adjunct counts what the adjunct tells: 30 of whom, which two?
        (
            "در پی سقوط یک اتوبوس مسافربری به دره‌ای در جاده کوهستانی استان مرزی کشور، ۱۲ تن جان "
            "باختند.",
            "fa",
            "در پی سقوط یک اتوبوس مسافربری به دره‌ای در جاده کوهستانی استان مرزی کشور، ۱۲ تن جان "
            "باختند",
        ),
        (
            "در دیدار وزیر راه کشورمان با وزیران کشور همسایه در پایتخت، دو کشور برای ازسرگیری "
            "تردد قطار باری به توافق رسیدند.",
            "fa",
            "در دیدار وزیر راه کشورمان با وزیران کشور همسایه در پایتخت، دو کشور برای ازسرگیری "
            "تردد قطار باری به توافق رسیدند",
        ),
        # the comma closes a list's first item, not the adjunct: «در نشست …» holds the
        # preposition («بر») of the whole list, which would be left without it
        (
            "مسئولان بهداشت استان در نشست تخصصی بررسی آمادگی برای مقابله با بیماری بر ضرورت "
            "افزایش آمادگی، همکاری بین‌بخشی و جلب مشارکت مردمی برای کنترل پشه ناقل تأکید کردند.",
            "fa",
            "مسئولان بهداشت استان در نشست تخصصی بررسی آمادگی برای مقابله با بیماری بر ضرورت "
            "افزایش آمادگی، همکاری بین‌بخشی و جلب مشارکت مردمی برای کنترل پشه ناقل تأکید کردند",
        ),
    ],
)  # fmt: skip
def test_compression_alters_no_quotation_nor_clause(sentence, lang, expected):
    assert compress(sentence, lang, target=60) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # «X، ROLE … اعلام کرد، Y» and «X می گوید، Y»: X's statement Y
        (
            "علی رضایی، وزیر ارتباطات دولت امروز (شنبه) اعلام کرد، حسن کریمی، رئیس سازمان از "
            "هفته آینده به سه استان مرزی سفر می‌کند.",
            "علی رضایی: حسن کریمی، رئیس سازمان از هفته آینده به سه استان مرزی سفر می‌کند",
        ),
        (
            "وزیر امور خارجه کشور همسایه می گوید، گروه‌های مسلح با طراحان حمله در ارتباط بوده‌اند.",
            "وزیر امور خارجه کشور همسایه: گروه‌های مسلح با طراحان حمله در ارتباط بوده‌اند",
        ),
        # no speaker to name: the title is never the frame alone
        (
            "وی در نشست خبری روز گذشته با حضور خبرنگاران داخلی و خارجی می گوید، گروه‌های مسلح با "
            "طراحان حمله در مرز شرقی در ارتباط بوده‌اند و این ارتباط از ماه‌ها پیش ادامه داشته است.",
            "وی در نشست خبری با حضور خبرنگاران داخلی و خارجی می گوید، گروه‌های مسلح با طراحان "
            "حمله در مرز شرقی در ارتباط بوده‌اند",
        ),
    ],
)  # fmt: skip
def test_a_speech_frame_is_never_the_title_alone(lead, expected):
    assert title_from_lead([lead], "fa", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a line ending on a preposition or a relative pronoun was broken in its sentence
        (["وی گفت: هیچ گزارشی از", "خسارت در استان دریافت نشده است."],
         ["وی گفت: هیچ گزارشی از خسارت در استان دریافت نشده است."]),
        (["والمشروع الذي", "بدأ في 2009 جُمد في 2013.", "وتوقف العمل."],
         ["والمشروع الذي بدأ في 2009 جُمد في 2013.", "وتوقف العمل."]),
        # a quotation left open is joined up to the line that closes it
        (['ونقلت عن مدير شركة "Gulf', 'Oil" قوله: "لا يمكن تنفيذ', 'المشروع الآن"، وفق التقارير.'],
         ['ونقلت عن مدير شركة "Gulf Oil" قوله: "لا يمكن تنفيذ المشروع الآن"، وفق التقارير.']),
        # guards: a heading and a section label stay lines of their own; a sentence ended
        # by a stop is not joined; a quotation that no near line closes is left as it is
        (["سفر وزیر خارجه", "وزیر خارجه امروز به اسلام‌آباد سفر کرد."],
         ["سفر وزیر خارجه", "وزیر خارجه امروز به اسلام‌آباد سفر کرد."]),
        (["الف) دیدارها", "وزیر با همتای خود دیدار کرد."],
         ["الف) دیدارها", "وزیر با همتای خود دیدار کرد."]),
        (["قال الوزير إنه سيزور طهران في.", "وصل الوفد."],
         ["قال الوزير إنه سيزور طهران في.", "وصل الوفد."]),
        # a name ending on «علي» (folded as the preposition «على»)
        (["رئيس التحرير", "عبدالرحيم علي", "وصل الوفد."],
         ["رئيس التحرير", "عبدالرحيم علي", "وصل الوفد."]),
        (['عنوان "بلا نهاية', "سطر أول", "سطر ثان", "سطر ثالث", "سطر رابع", "سطر خامس"],
         ['عنوان "بلا نهاية', "سطر أول", "سطر ثان", "سطر ثالث", "سطر رابع", "سطر خامس"]),
    ],
)  # fmt: skip
def test_a_sentence_broken_by_line_breaks_is_one_line(lines, expected):
    assert join_broken_lines(lines) == expected


@pytest.mark.parametrize(
    ("lines", "lang", "expected"),
    [
        # an Arabic noun's adjective carried to the next line: one sentence, no headline
        (["نقلت صحف", "مصرية، أنَّ وزير النقل استقبل أمس، السفير", "الهندي في القاهرة."],
         "ar", ["نقلت صحف مصرية، أنَّ وزير النقل استقبل أمس، السفير الهندي في القاهرة."]),
        (["أعلنت الشركة", "الصينية توقيع عقد جديد."],
         "ar", ["أعلنت الشركة الصينية توقيع عقد جديد."]),
        # guards: a verb («تأتي») or a noun («العملية») of the same shape opens a sentence;
        # a definite adjective after a noun in construct («وزارة» / «الخارجية») is not its
        # adjective; a Persian line («عملیات …») is read by no Arabic rule; a line that
        # ends a sentence stays whole
        (["وصل الرئيس إلى المدينة", "تأتي الزيارة بعد شهر."],
         "ar", ["وصل الرئيس إلى المدينة", "تأتي الزيارة بعد شهر."]),
        (["انتهاء الهجوم على المدينة", "العملية استمرت يومين."],
         "ar", ["انتهاء الهجوم على المدينة", "العملية استمرت يومين."]),
        (["افتتاح معرض الكتاب", "بداية، رحب الوزير بالضيوف."],
         "ar", ["افتتاح معرض الكتاب", "بداية، رحب الوزير بالضيوف."]),
        (["اجتماع في وزارة", "الخارجية تعلن موعد الزيارة."],
         "ar", ["اجتماع في وزارة", "الخارجية تعلن موعد الزيارة."]),
        (["تدفین کشته شدگان", "عملیات تدفین امروز انجام شد."],
         "fa", ["تدفین کشته شدگان", "عملیات تدفین امروز انجام شد."]),
        (["وصل الوفد إلى المدينة.", "الباكستانية وصلت أيضا."],
         "ar", ["وصل الوفد إلى المدينة.", "الباكستانية وصلت أيضا."]),
        # a headline with no stop over a lead that opens on a body or a state
        (["طهران تستدعي السفير الباكستاني", "الخارجية الإيرانية استدعت السفير اليوم."],
         "ar", ["طهران تستدعي السفير الباكستاني", "الخارجية الإيرانية استدعت السفير اليوم."]),
        (["إدانة عربية للهجوم الإرهابي", "السعودية تدين الهجوم على المسجد."],
         "ar", ["إدانة عربية للهجوم الإرهابي", "السعودية تدين الهجوم على المسجد."]),
    ],
)  # fmt: skip
def test_an_arabic_adjective_opening_a_line_continues_its_noun(lines, lang, expected):
    assert join_broken_lines(lines, lang) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a Persian sentence whose last words and verb were carried to the next line
        (["مردم این منطقه پیوسته هدف حمله گروه‌های تندرو – تکفیری", "قرار می گیرند.",
          "منبع : ایرنا"],
         ["مردم این منطقه پیوسته هدف حمله گروه‌های تندرو – تکفیری قرار می گیرند.",
          "منبع : ایرنا"]),
        (["نیروهای امنیتی در این عملیات چند تن از اعضای این گروه", "را بازداشت کردند. سپس رفتند."],
         ["نیروهای امنیتی در این عملیات چند تن از اعضای این گروه را بازداشت کردند. سپس رفتند."]),
        # guards: a label of a few words; a next line that opens a speech or a long
        # sentence; a line ended by a stop; a next line of a few words with no verb
        (["اخبار پاکستان", "قرار می گیرند."], ["اخبار پاکستان", "قرار می گیرند."]),
        (["سفر وزیر خارجه ایران به پاکستان", "وی گفت: ما آمدیم."],
         ["سفر وزیر خارجه ایران به پاکستان", "وی گفت: ما آمدیم."]),
        (["سفر وزیر خارجه ایران به پاکستان", "وزیر خارجه امروز به اسلام‌آباد سفر کرد."],
         ["سفر وزیر خارجه ایران به پاکستان", "وزیر خارجه امروز به اسلام‌آباد سفر کرد."]),
        (["وزیر خارجه امروز به اسلام‌آباد سفر کرد.", "جلسه تمام شد."],
         ["وزیر خارجه امروز به اسلام‌آباد سفر کرد.", "جلسه تمام شد."]),
        (["سفر وزیر خارجه ایران به پاکستان", "پایان خبر."],
         ["سفر وزیر خارجه ایران به پاکستان", "پایان خبر."]),
    ],
)  # fmt: skip
def test_a_persian_sentence_s_last_words_on_the_next_line_are_joined(lines, expected):
    assert join_broken_lines(lines, "fa") == expected


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # a stamp with any region's time zone is chrome, not only Kabul's or Tehran's
        ("آذر ۱۶, ۱۳۹۷ ۱۸:۰۶ Asia/Dushanbe", True),
        ("حمل 3, 1399 09:10 Asia/Karachi", True),
        ("March 3, 2020 10:00 Europe/London", True),
        ("June 1, 2021 08:00 America/Argentina/Buenos_Aires", True),
        ("دلو 25, 1397 12:53 Asia/Kabul", True),
        # guard: a zone name with no date or time is no stamp, a line of words is none
        ("Asia/Dushanbe", False),
        ("سفر وزیر به دوشنبه Asia/Dushanbe", False),
    ],
)
def test_a_stamp_with_a_time_zone_name_is_chrome(line, chrome):
    assert is_date_chrome(line) is chrome


def test_a_stamp_with_a_time_zone_name_is_no_headline():
    shape = structure(["آذر ۱۶, ۱۳۹۷ ۱۸:۰۶ Asia/Dushanbe", "محکومیت حمله در بندر", LONG_AR], "fa")
    assert shape.headline == "محکومیت حمله در بندر"
    assert shape.chrome == ("آذر ۱۶, ۱۳۹۷ ۱۸:۰۶ Asia/Dushanbe",)


@pytest.mark.parametrize(
    ("prefix", "takes"),
    [
        ("مقام های پاکستانی گفته‌اند", True),
        ("مقام های پاکستانی گفتهاند", True),
        ("سخنگوی وزارت گفته‌است", True),
        ("وزارت بهداشت اعلام کرده‌اند", True),
        ("وزیر نوشته‌است", True),
        # guard: a perfect that says nothing takes no clause («که» opens a relative one)
        ("نیروهای امدادی به روستاها رفته‌اند", False),
        ("سیلاب‌ها وارد شهر شده‌اند", False),
    ],
)
def test_a_perfect_of_saying_takes_its_clause(prefix, takes):
    assert _fa_takes_clause(prefix) is takes


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # a stamp with an advertisement's label glued to it; a stamp and the story's
        # number under any of its labels; the number and the desk set off by a dash
        ("۱۴۰۲ مهر ۱۲, چهارشنبهتبلیغات", True),
        ("۱۴۰۲ مهر ۱۲, چهارشنبه تبلیغات", True),
        ("دوشنبه ۵ آبان ۱۴۰۱ ساعت ۰۸:۱۵ | کد مطلب: ۵۱۲۰۹", True),
        ("شناسهٔ خبر: 4412907 - سرویس سیاسی", True),
        ("کد خبر: 881 - سرویس: بین‌الملل", True),
        ("۲۱ آذر ۱۴۰۰ - ۱۰:۲۰ | شناسه مطلب: ۹۹۰", True),
        # guards: a desk alone, a label alone, a headline after a stamp's dash, a desk
        # and a headline with no date nor number, an ad label with words after it
        ("سرویس سیاسی", False),
        ("تبلیغات", False),
        ("آبان ۱۲ - سقوط دولت ائتلافی", False),
        ("سرویس قطار - بازگشایی مرز", False),
        ("سرویس قطار مرزی دوباره راه افتاد", False),
        ("تبلیغات انتخاباتی آغاز شد", False),
    ],
)  # fmt: skip
def test_a_stamp_of_a_story_number_a_desk_or_an_ad_label_is_chrome(line, chrome):
    assert is_date_chrome(line) is chrome


@pytest.mark.parametrize(
    ("lines", "kicker", "headline", "chrome", "agency"),
    [
        # a stamp line is never the headline
        (["۱۴۰۲ مهر ۱۲, چهارشنبهتبلیغات", LONG_FA, LONG_FA], "", "",
         ["۱۴۰۲ مهر ۱۲, چهارشنبهتبلیغات"], ""),
        (["شناسهٔ خبر: 4412907 - سرویس سیاسی", LONG_FA, LONG_FA], "", "",
         ["شناسهٔ خبر: 4412907 - سرویس سیاسی"], ""),
        # the page's tools with a source line among them: chrome, its agency credited
        (["نسخه قابل چاپ منبع: ایرنا | لینک خبر", LONG_FA, LONG_FA], "", "",
         ["نسخه قابل چاپ منبع: ایرنا | لینک خبر"], "ایرنا"),
        # a headline's kicker alone, naming who the lead names: the kicker
        (["سخنگوی دولت:", "سخنگوی دولت امروز در نشست خبری گفت: " + LONG_FA, LONG_FA],
         "سخنگوی دولت", "", [], ""),
        # guards: a line before a quotation whose words the lead does not open on; a
        # headline under a stamp
        (["وزیر گفت:", "ما برای گفت‌وگو آماده‌ایم و " + LONG_FA, LONG_FA], "", "", [], ""),
        (["شناسهٔ خبر: 4412907 - سرویس سیاسی", "انفجار در بازار شهر مرزی", LONG_FA], "",
         "انفجار در بازار شهر مرزی", ["شناسهٔ خبر: 4412907 - سرویس سیاسی"], ""),
    ],
)  # fmt: skip
def test_page_chrome_of_the_head_is_no_headline_nor_text(lines, kicker, headline, chrome, agency):
    shape = structure(lines, "fa")
    assert (shape.kicker, shape.headline) == (kicker, headline)
    assert list(shape.chrome) == chrome
    assert shape.credit == agency
    text = [p for s in shape.sections for p in s.paragraphs]
    assert not any(c in text for c in chrome)
    assert (kicker + ":" in text) is False


@pytest.mark.parametrize(
    ("lines", "chrome"),
    [
        # the end of the agency's message with the desk's code after it
        ([LONG_FA, "انتهای پیام/۲۱۵/"], ["انتهای پیام/۲۱۵/"]),
        ([LONG_FA, "پایان پیام 17"], ["پایان پیام 17"]),
        # the site's menu before the text
        (["زبان ها", "صفحه نخست", "ورزشی", "بین‌الملل", "فرهنگی", LONG_FA, LONG_FA],
         ["زبان ها", "صفحه نخست", "ورزشی", "بین‌الملل", "فرهنگی"]),
        # guards: words after the end label; a section and its country, a credit, fewer
        # than four names
        ([LONG_FA, "انتهای پیام شماره یک"], []),
        (["العالم - ایران", "وکالات", "تهران", "سیاسی", LONG_FA, LONG_FA], []),
        (["صفحه نخست", "سیاسی", "اقتصادی", LONG_FA, LONG_FA], []),
        # a menu with a person's page and a section joined to its part by a dash among
        # its items: no office named in it is read, no item is the headline
        (["صفحه نخست", "وزیر کشور", "اخبار محمدحسن نامدار شیرازی", "اقتصادی", "ورزشی",
          "جهان- آسیا", "صفحات داخلی", LONG_FA, LONG_FA],
         ["صفحه نخست", "وزیر کشور", "اخبار محمدحسن نامدار شیرازی", "اقتصادی", "ورزشی",
          "جهان- آسیا", "صفحات داخلی"]),
        # the page's categories
        (["دسته بندی: سیاسی ، اقتصادی", LONG_FA, LONG_FA], ["دسته بندی: سیاسی ، اقتصادی"]),
        # guards: a longer line first, or last before the text, is no menu item (a
        # headline after the menu)
        (["اخبار محمدحسن نامدار شیرازی", "صفحه نخست", "سیاسی", "اقتصادی", LONG_FA, LONG_FA],
         []),
        (["صفحه نخست", "سیاسی", "اقتصادی", "ورزشی", "سفر وزیر کشور به کراچی", LONG_FA,
          LONG_FA], ["صفحه نخست", "سیاسی", "اقتصادی", "ورزشی"]),
    ],
)  # fmt: skip
def test_an_end_label_with_a_code_and_a_site_menu_are_chrome(lines, chrome):
    shape = structure(lines, "fa")
    assert list(shape.chrome) == chrome
    text = [h for s in shape.sections for h in (s.heading, *s.paragraphs)]
    assert not any(c in text for c in chrome)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a «لكن / غير أن» clause restricts the fact: the title never ends before it
        (
            "أعلن مسؤولون إعادة فتح المعبر الحدودي بين البلدين الجارين أمام الشاحنات، بعد "
            "إغلاق دام ثلاثة أسابيع كاملة، لكن فقط لعبور المرحلين من اللاجئين.",
            "أعلن مسؤولون إعادة فتح المعبر الحدودي بين البلدين الجارين أمام الشاحنات، بعد "
            "إغلاق دام ثلاثة أسابيع كاملة، لكن فقط لعبور المرحلين من اللاجئين",
        ),
        (
            "أعلنت السلطات الباكستانية استئناف الرحلات الجوية إلى العاصمة الأفغانية كابول، "
            "عقب توقف طويل دام أسابيع عدة، غير أن الرحلات مقصورة على الحالات الإنسانية.",
            "أعلنت السلطات الباكستانية استئناف الرحلات الجوية إلى العاصمة الأفغانية كابول، "
            "عقب توقف طويل دام أسابيع عدة، غير أن الرحلات مقصورة على الحالات الإنسانية",
        ),
        # a figure keeps the source it is according to, or the title ends before it
        (
            "قتل 40 شخصا وجرح العشرات في زلزال قوي بلغت قوته 6,3 درجات حسب مركز الرصد "
            "الوطني و 5.9 درجات بحسب المعهد الأميركي، وضرب المناطق الجبلية في شمال البلاد.",
            "قتل 40 شخصا وجرح العشرات في زلزال قوي بلغت قوته 6,3 درجات حسب مركز الرصد "
            "الوطني و 5.9 درجات بحسب المعهد الأميركي، وضرب المناطق الجبلية",
        ),
        # guard: a clause with no figure is still cut before its source
        (
            "أعلنت وزارة الداخلية الباكستانية تشديد الإجراءات الأمنية على الحدود مع إيران "
            "وأفغانستان، حسب ما ذكرته صحيفة محلية واسعة الانتشار في العاصمة إسلام آباد "
            "صباح اليوم.",
            "أعلنت وزارة الداخلية الباكستانية تشديد الإجراءات الأمنية على الحدود مع إيران "
            "وأفغانستان",
        ),
        # guard: with no restriction after it, the clause still ends at its comma
        (
            "أعلن مسؤولون إعادة فتح المعبر الحدودي بين البلدين الجارين أمام الشاحنات "
            "والمسافرين، بعد إغلاق دام ثلاثة أسابيع كاملة، في أعقاب اشتباكات عنيفة بين "
            "قوات البلدين على طول الحدود.",
            "أعلن مسؤولون إعادة فتح المعبر الحدودي بين البلدين الجارين أمام الشاحنات والمسافرين",
        ),
    ],
)
def test_an_arabic_title_keeps_a_restriction_and_a_figures_source(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a statement opening on a fronted adjunct is never cut before its main clause
        (
            "وقال قائد الجيش: في ضوء العلاقات الوثيقة التي تربط البلدين الجارين منذ عقود "
            "طويلة، فإن التعاون الدفاعي بين الجيشين سيشهد مزيدا من النمو في الأعوام المقبلة.",
            "قال قائد الجيش: في ضوء العلاقات الوثيقة التي تربط البلدين الجارين منذ عقود "
            "طويلة، فإن التعاون الدفاعي بين الجيشين سيشهد مزيدا من النمو",
        ),
        (
            "وفي اجتماع اللجنة الاقتصادية العليا برئاسة وزير المالية في العاصمة والذي حضره "
            "كبار المسؤولين، تم بحث مشروع استيراد الكهرباء من الدولة المجاورة.",
            "في اجتماع اللجنة الاقتصادية العليا برئاسة وزير المالية في العاصمة والذي حضره "
            "كبار المسؤولين، تم بحث مشروع استيراد الكهرباء من الدولة المجاورة",
        ),
        # guard: a clause with no fronted adjunct still ends before its relative clause
        (
            "استقبل رئيس الوزراء الباكستاني وزير الخارجية الإيراني الذي يزور العاصمة "
            "إسلام آباد على رأس وفد رفيع المستوى يضم عددا من المسؤولين الاقتصاديين والتجاريين.",
            "استقبل رئيس الوزراء الباكستاني وزير الخارجية الإيراني",
        ),
    ],
)
def test_an_arabic_title_keeps_the_main_clause_after_a_fronted_adjunct(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # «جاء ذلك لدى …» says when the story before it happened: no title
        (
            [
                "جاء ذلك لدى لقاء السفير الإيراني، رئيس حكومة الإقليم الجنوبي في مقر الحكومة.",
                "وأكد السفير أهمية توسيع التبادل التجاري بين البلدين الجارين.",
            ],
            "أكد السفير أهمية توسيع التبادل التجاري بين البلدين الجارين",
        ),
        (
            [
                "ويأتي هذا في وقت تتصاعد فيه التوترات على الحدود بين البلدين الجارين.",
                "وأغلقت السلطات المعبر الحدودي أمام الشاحنات والمسافرين.",
            ],
            "أغلقت السلطات المعبر الحدودي أمام الشاحنات والمسافرين",
        ),
        # guard: «جاء» with a subject of its own
        (
            ["جاء الرد الباكستاني سريعا على الاتهامات الموجهة إلى إسلام آباد.", "جملة ثانية."],
            "جاء الرد الباكستاني سريعا على الاتهامات الموجهة إلى إسلام آباد",
        ),
    ],
)
def test_an_arabic_title_is_no_back_reference(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a weekday's day and month go with it: no «، 09 نوفمبر ،» left in the title
        (
            "قتل 30 شخصا على الأقل وأصيب العشرات بجروح في انفجار قوي، اليوم السبت 09 نوفمبر، "
            "في محطة القطارات الرئيسية في عاصمة الإقليم الجنوبي الغربي من البلاد المضطربة.",
            "قتل 30 شخصا على الأقل وأصيب العشرات بجروح في انفجار قوي في محطة القطارات الرئيسية",
        ),
        # a figure's source after a comma is not compressed away
        (
            "أعلنت السلطات أن حصيلة ضحايا الزلزال الذي ضرب المناطق الشمالية ارتفعت إلى 120 "
            "قتيلا، حسب هيئة إدارة الكوارث الوطنية.",
            "أعلنت السلطات أن حصيلة ضحايا الزلزال الذي ضرب المناطق الشمالية ارتفعت إلى 120 "
            "قتيلا، حسب هيئة إدارة الكوارث الوطنية",
        ),
    ],
)
def test_an_arabic_title_drops_a_whole_date_and_keeps_a_figures_source(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # a section's name before the bar of its stamp
        ("سياسة | 26-02-2019, 08:48 |", True),
        ("عرب وعالم | 5-8-2021 | 10:12", True),
        # guards: a section's name before no whole date, a sentence before a bar
        ("سياسة | 26 قتيلا", False),
        ("الرئيس | 2019", False),
        ("قال الوزير إن الحكومة ستعلن النتائج | 26-02-2019", False),
    ],
)
def test_a_section_before_its_stamp_is_chrome(line, chrome):
    assert is_date_chrome(line) is chrome


def test_an_outlet_s_credit_with_its_account_is_chrome():
    # «عكاظ» (الرياض) okaz_online@: the outlet, its city and its account over the lead
    shape = structure(["«عكاظ» (الرياض) okaz_online@", LONG_AR], "ar")
    assert "«عكاظ» (الرياض) okaz_online@" in shape.chrome
    # guard: a sentence of the text that names an account stays
    line = "وكتب رئيس الوزراء على حسابه @PakPMO أن الحكومة ستدعم المتضررين من الفيضانات."
    assert line not in structure([line, LONG_AR], "ar").chrome


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("إضغط هنا للإشتراك", True),  # a call to subscribe under a follow call
        ("اضغط هنا", True),
        # guards: a line that says more, a sentence of the text
        ("اضغط هنا لمشاهدة الفيديو الكامل للمؤتمر", False),
        ("وقال الوزير اضغط هنا", False),
        # tools in a row, with bars and marks between them: still only tools
        ("| اضغط هنا - انقر هنا |", True),
        ("«اضغط هنا» ۱", False),  # a digit no tool covers
        ("اضغط هنا ب", False),  # a letter after the tools
    ],
)
def test_a_call_to_subscribe_is_a_page_tool(line, tool):
    assert is_page_tool(line) is tool


def test_the_font_size_buttons_are_chrome():
    shape = structure(["+A -A", LONG_AR], "ar")
    assert "+A -A" in shape.chrome
    kept = structure(["Plan A-B", LONG_AR], "ar")
    assert "Plan A-B" not in kept.chrome


@pytest.mark.parametrize(
    ("head", "credit"),
    [
        # a credit line «taken from:» names the source, no headline
        ("برگرفته شده از: سایت بی بی سی", "سایت بی بی سی"),
        ("برگرفته از: روزنامه دان", "روزنامه دان"),
        # the site's banner: its name and its address between dashes
        ("- خبرگزاری نمونه نیوز - https://namoone.example.co -", "خبرگزاری نمونه نیوز"),
        ("نمونه نیوز | www.namoone.example.com", "نمونه نیوز"),
    ],
)  # fmt: skip
def test_a_credit_line_and_the_site_banner_are_no_headline(head, credit):
    shape = structure([head, LONG_FA, LONG_FA], "fa")
    assert (shape.headline, shape.credit) == ("", credit)
    assert shape.chrome == (head,)


@pytest.mark.parametrize(
    "line",
    [
        # a headline naming a site's address is no banner
        "سایت namoone.example.com در پاکستان فیلتر شد",
        # a place and an agency, a dash between them
        "اسلام آباد - ایرنا",
        # a figure with a point is no address
        "پاکستان - 12.5 درصد رشد",
    ],
)
def test_a_line_with_a_dash_or_an_address_is_no_banner(line):
    assert structure([line, LONG_FA, LONG_FA], "fa").credit == ""


@pytest.mark.parametrize(
    "line",
    [
        # the BBC player's notice, with and without its stop, spaced or joined
        "پخش این فایل در دستگاه شما پشتیبانی نمی شود.",
        "پخش این فایل در دستگاه شما پشتیبانی نمی‌شود",
        # the head of the related topics
        "موضوعات مرتبط",
    ],
)
def test_a_players_notice_and_related_topics_are_page_chrome(line):
    shape = structure([line, LONG_FA, LONG_FA], "fa")
    assert shape.headline == ""
    assert shape.chrome == (line,)


# A page's date with a Persian clock's half of the day («ب.ظ»), and a stamp whose time,
# story number and section share one part: chrome, never a headline.  Guards: a line
# with words of the text after the stamp, a sentence naming a clock time.
@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("۱۵ مهر ۱۳۹۲ (۰۹:۱۰ق.ظ)", True),
        ("۳ دی ۱۳۹۵ (۰۴:۲۰ ب.ظ)", True),
        ("۲ مرداد ۱۳۹۳ | ۱۴:۰۵ کد : ۲۳۴۵۶۷ اخبار داغ", True),
        ("۰۸:۴۰ کد خبر: ۵۵۵۱۱", True),
        ("۲ مرداد ۱۳۹۳ | ۱۴:۰۵ کد : ۲۳۴۵۶۷ دولت پاکستان بیانیه داد", False),
        ("جلسه ساعت ۱۲ ب.ظ آغاز شد", False),
        # a published-at label before such a clock; guard: a sentence naming the label
        ("منتشر شده در 3:15 ب.ظ", True),
        ("منتشر شده در ۹:۴۰ ق.ظ", True),
        ("منتشر شده در روزنامه دان ساعت 3 ب.ظ خبر داد", False),
    ],
)
def test_persian_stamp_lines(line, chrome):
    assert is_date_chrome(line) is chrome


def test_stamp_line_is_no_headline():
    lines = [
        "۲ مرداد ۱۳۹۳ | ۱۴:۰۵ کد : ۲۳۴۵۶۷ اخبار داغ",
        "",
        "نخستین دور گفتگوهای دو کشور در اسلام آباد آغاز شد.",
        "به گزارش خبرنگار ما، هیات‌ها امروز دیدار کردند.",
    ]
    st = structure([x for x in lines if x], "fa")
    assert st.headline == ""
    assert lines[0] in st.chrome


# A Persian date opening the lead, set off by its comma (a weekday before it, the other
# calendar's date in brackets after it): not the headline's first words.  Guards: a
# number before a noun, a date that is the sentence's subject.
@pytest.mark.parametrize(
    ("lead", "expected_start"),
    [
        ("روز سه شنبه، ۱۲ آذر (۳ دسامبر)، دادگاه عالی پاکستان وزیر را احضار کرد.", "دادگاه عالی"),
        ("۱۲ آذر، دادگاه عالی پاکستان وزیر را احضار کرد.", "دادگاه عالی"),
        ("۱۲ آذر ۱۳۹۰، دادگاه عالی پاکستان وزیر را احضار کرد.", "دادگاه عالی"),
        ("۱۲ نفر، از جمله دو کودک، در این حمله کشته شدند.", "۱۲ نفر"),
        ("۱۲ آذر روز دانشجو نامیده شده است.", "۱۲ آذر"),
    ],
)
def test_title_drops_a_leading_persian_date(lead, expected_start):
    assert title_from_lead(lead, "fa", _no_speaker).startswith(expected_start)


def _paragraphs(shape):
    return [p for s in shape.sections for p in s.paragraphs]


# A web archive's label over the page it keeps and an image's tag are chrome wherever
# they stand, and the head's date stamp after them is read as chrome too (the label,
# closed by its colon, ended the head before).  Guards: a line of the text closed by a
# colon, a sentence naming an archive.
def test_web_archive_label_and_image_tag_are_chrome():
    lines = [
        "واضح آرشیو وب فارسی:خبرگزاری پارس:",
        '<image>data:image/s3,"s3://crabby-images/f5e0f/f5e0f57ba6f4a13c2bcf90d6e32d24f5b7ba1c85" alt=""</image>',
        "۳ تیر ۱۳۹۲ (۰۹:۱۵ق.ظ)",
        LONG_FA,
        "مدیر گمرک افزود: صف کامیون‌ها تا فردا کوتاه خواهد شد.",
    ]
    shape = structure(lines, "fa")
    assert shape.headline == ""
    assert set(lines[:3]) <= set(shape.chrome)
    assert _paragraphs(shape) == lines[3:]


@pytest.mark.parametrize(
    "line",
    [
        "مدیر آرشیو ملی گفت:",
        "آرشیو وب فارسی یکی از منابع پژوهشگران است که اسناد قدیمی را نگه می‌دارد.",
        "<image> در متن </imagex> گفت",
    ],
)
def test_lines_naming_an_archive_stay(line):
    shape = structure([line, LONG_FA, LONG_FA], "fa")
    assert line in [*_paragraphs(shape), shape.headline, shape.kicker]


# A link to more of the site's videos ends no head: the stamp and the story's number
# after it are chrome as they are at the page's top.  Guard: a sentence about a film.
def test_more_videos_link_and_the_stamps_after_it_are_chrome():
    lines = [
        "فیلم بیشتر »»",
        "کد خبر ۴۴۱۲۰۹",
        "تاریخ انتشار: ۱۱:۰۵ - ۱۲-۰۴-۱۳۹۵",
        "کد ۴۴۱۲۰۹",
        LONG_FA,
        LONG_FA.replace("کامیون", "اتوبوس"),
    ]
    shape = structure(lines, "fa")
    assert set(lines[:4]) <= set(shape.chrome)
    assert _paragraphs(shape) == lines[4:]
    film = "فیلم بیشتر این مستند در مرز دو کشور ساخته شده است."
    assert film in _paragraphs(structure([film, LONG_FA], "fa"))


# A section's name or a caption of a word or two over the lead, with no headline: chrome.
# Guards: a headline over the lead, a dateline with its agency, a short sub-heading
# inside the text, a short sentence.
@pytest.mark.parametrize("label", ["جهان اسلام", "افغانستان", "نیروهای مرزبانی"])
def test_a_section_name_over_the_lead_is_chrome(label):
    shape = structure([label, LONG_FA, LONG_FA], "fa")
    assert label in shape.chrome
    assert _paragraphs(shape) == [LONG_FA, LONG_FA]
    assert label in shape.lines  # still the publisher's evidence


# The agencies' credit alone with its dash over the lead, or under the headline: a
# dateline, chrome.  Guards: a paragraph that opens on «وكالات الأنباء», the bare credit.
@pytest.mark.parametrize("credit", ["وكالات-", "(وكالات) -", "وكالات –", "وكالات ـ"])
def test_the_agencies_credit_with_a_dash_is_chrome(credit):
    shape = structure([credit, LONG_AR, LONG_AR], "ar")
    assert credit in shape.chrome
    assert _paragraphs(shape) == [LONG_AR, LONG_AR]
    headline = "أمير قطر ورئيس الوزراء الباكستاني يبحثان تعزيز التعاون"
    shape = structure([headline, credit, LONG_AR, LONG_AR], "ar")
    assert shape.headline == headline
    assert credit in shape.chrome
    assert _paragraphs(shape) == [LONG_AR, LONG_AR]


@pytest.mark.parametrize(
    "line",
    [
        "وكالات الأنباء الرسمية نقلت عن الوزير أن المحادثات ستستأنف الأسبوع المقبل.",
        "وكالات الإغاثة - وفق بيانها - بدأت توزيع المساعدات على المتضررين في الإقليم.",
    ],
)
def test_a_paragraph_opening_on_agencies_stays(line):
    shape = structure([LONG_AR, line, LONG_AR], "ar")
    assert line in _paragraphs(shape)
    shape = structure([line, LONG_AR, LONG_AR], "ar")
    assert line not in shape.chrome


@pytest.mark.parametrize(
    "lines",
    [
        # a place and a known agency's dateline is chrome (``sources.is_dateline_line``);
        # two places are no dateline
        ["تهران - شیراز", LONG_FA, LONG_FA],
        [LONG_FA, "واکنش‌ها", LONG_FA],
        ["کامیون‌ها برگشتند.", LONG_FA, LONG_FA],
        ["نیروهای مرزبانی", "صف کامیون‌ها", LONG_FA],
        ["وكالات", LONG_AR, LONG_AR],
    ],
)
def test_short_lines_of_the_text_stay(lines):
    shape = structure(lines, "fa")
    shown = [*_paragraphs(shape), *(s.heading for s in shape.sections), shape.headline]
    assert all(line in shown for line in lines)


# An outlet's credit opening the lead after a bullet («* X ووكالات») is no part of the
# headline.  Guard: a list item whose subject is ministers and the agencies of a body.
@pytest.mark.parametrize(
    ("lead", "expected_start"),
    [
        ("* الشرق اليوم ووكالات أعلن مسؤول أمني مقتل عشرة أشخاص في انفجار.", "أعلن مسؤول"),
        ("• صحيفة النهار ووكالات - أعلن مسؤول أمني مقتل عشرة أشخاص في انفجار.", "أعلن مسؤول"),
        ("* وزراء ووكالات الأمم المتحدة اجتمعوا في جنيف لبحث الأزمة.", "* وزراء ووكالات"),
    ],
)
def test_title_drops_an_outlets_credit(lead, expected_start):
    assert title_from_lead(lead, "ar", _no_speaker).startswith(expected_start)


# The site's channels in the page's head, the outlet's name over each: chrome, never the
# headline.  Guard: a headline saying a pair of words twice.
def test_a_channel_menu_is_no_headline():
    menu = "قناة صدى الشرق صدى الشرق رياضة صدى الشرق اقتصاد صدى الشرق سياحة"
    shape = structure([menu, LONG_AR, LONG_AR], "ar")
    assert shape.headline == ""
    assert menu in shape.chrome
    title = "وزير الخارجية يلتقي وزير الخارجية الباكستاني"
    assert structure([title, LONG_AR, LONG_AR], "ar").headline == title


# A title is cut only where its clause is whole: never before the object an Arabic verb
# takes after an adjunct set off by a comma («التقى X في طهران، بنظيره …»), never on an
# indefinite place the adjunct after it names («من بلدة | في جنوب …»), never before the
# «که» after a Persian «بود» (what happened then).  Guards: a direct object before the
# adjunct, a place named or definite, a clause before «زیرا».
@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        ("التقى وزير الداخلية الإيراني اللواء أحمد وحيدي مساء أمس في إسلام آباد، بنظيره "
         "الباكستاني محسن نقوي الذي يزور المنطقة حاليا لبحث التعاون الأمني.",
         "ar",
         "التقى وزير الداخلية الإيراني اللواء أحمد وحيدي في إسلام آباد، بنظيره الباكستاني "
         "محسن نقوي الذي يزور المنطقة حاليا لبحث التعاون الأمني"),
        ("قتل مسلحون مجهولون ثلاثة من عناصر حرس الحدود الإيرانيين بعد اختطافهم من بلدة في "
         "جنوب غرب البلاد خلال الشهر الماضي وفق مصادر محلية.",
         "ar",
         "قتل مسلحون مجهولون ثلاثة من عناصر حرس الحدود الإيرانيين"),
        ("خبرنگار محلی در سال گذشته، در خودروی خود در جاده مرزی بود که هدف تیراندازی افراد "
         "مسلح ناشناس قرار گرفت و همکارش، از ناحیه دست به شدت زخمی شد.",
         "fa",
         "خبرنگار محلی در سال گذشته، در خودروی خود در جاده مرزی بود که هدف تیراندازی افراد "
         "مسلح ناشناس قرار گرفت"),
        # guards
        ("التقى وزير الخارجية الإيراني رئيس الوزراء الباكستاني شهباز شريف في إسلام آباد "
         "لبحث العلاقات الثنائية والتعاون الاقتصادي بين البلدين الجارين.",
         "ar",
         "التقى وزير الخارجية الإيراني رئيس الوزراء الباكستاني شهباز شريف"),
        ("اعتقلت قوات الأمن الباكستانية عشرة مشتبه بهم في مدينة كويته خلال عملية أمنية "
         "واسعة ضد الجماعات المسلحة في إقليم بلوشستان المضطرب.",
         "ar",
         "اعتقلت قوات الأمن الباكستانية عشرة مشتبه بهم في مدينة كويته"),
        ("اعتقلت قوات الأمن الباكستانية عشرة مشتبه بهم في المنطقة الحدودية خلال عملية أمنية "
         "واسعة ضد الجماعات المسلحة في إقليم بلوشستان المضطرب.",
         "ar",
         "اعتقلت قوات الأمن الباكستانية عشرة مشتبه بهم في المنطقة الحدودية"),
        ("کامیون‌های حامل کالا در گذرگاه مرزی متوقف شده بودند زیرا سامانه گمرکی از صبح دیروز "
         "دچار اختلال شده بود و رانندگان ساعت‌ها در صف ماندند.",
         "fa",
         "کامیون‌های حامل کالا در گذرگاه مرزی متوقف شده بودند"),
    ],
)  # fmt: skip
def test_title_is_cut_only_where_its_clause_is_whole(lead, lang, expected):
    assert title_from_lead([lead], lang, _no_speaker) == expected


# «که» after a past «بود» leaves no clause open; after a noun or another verb it does.
@pytest.mark.parametrize(
    ("prefix", "open_"),
    [
        ("او در اتوبوس بود که هدف حمله قرار گرفت", False),
        ("افرادی که در حادثه زخمی شده بودند", True),
        ("وزیر گفت که مرز بسته شد", True),
        ("او در اتوبوس بود اینکه هدف قرار گرفت", True),
    ],
)
def test_a_clause_after_a_past_copula_is_closed(prefix, open_):
    assert _fa_open_subclause(prefix) is open_


# An Arabic sentence of background («ويعد …», «ويذكر أن …», «وكان … قد», «ومن المقرر
# أن …») is no headline when a sentence after it states the news.  Guards: background
# alone is still the headline; «من المقرر» and «كان» with no «و» may open the news.
@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (["ويعد افتتاح الجسر الجديد خطوة مهمة لتنمية التجارة بين البلدين الجارين.",
          "افتتح وزير النقل الإيراني جسرا حدوديا جديدا مع باكستان."],
         "افتتح وزير النقل الإيراني جسرا حدوديا جديدا مع باكستان"),
        (["ويذكر أن البلدين وقعا اتفاقية للنقل البري قبل عامين.",
          "افتتح وزير النقل الإيراني جسرا حدوديا جديدا مع باكستان."],
         "افتتح وزير النقل الإيراني جسرا حدوديا جديدا مع باكستان"),
        (["وكان الوزير قد زار المنطقة الحدودية الشهر الماضي.",
          "ومن المقرر أن يزور الوزير إسلام آباد الأسبوع المقبل.",
          "افتتح وزير النقل الإيراني جسرا حدوديا جديدا مع باكستان."],
         "افتتح وزير النقل الإيراني جسرا حدوديا جديدا مع باكستان"),
        # guards
        (["ويعد افتتاح الجسر الجديد خطوة مهمة لتنمية التجارة بين البلدين الجارين."],
         "ويعد افتتاح الجسر الجديد خطوة مهمة لتنمية التجارة بين البلدين الجارين"),
        (["من المقرر تشغيل خط قطار شحن بين البلدين الشهر المقبل.",
          "وأكد وزير النقل أن الخط سيخدم التجارة الإقليمية."],
         "من المقرر تشغيل خط قطار شحن بين البلدين الشهر المقبل"),
        (["كانت السلطات الباكستانية أغلقت المعبر الحدودي صباح اليوم.",
          "وأكد مسؤول أن الإغلاق سيستمر أياما."],
         "كانت السلطات الباكستانية أغلقت المعبر الحدودي صباح اليوم"),
    ],
)  # fmt: skip
def test_an_arabic_title_is_no_background(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


# An agency's name glued by a dash to the lead's first word («نمونه-مدیر …») is its
# dateline, as for the speakers: no part of the headline.  Guard: a pair of places
# joined by a dash inside the lead stays whole.
@pytest.mark.parametrize(
    ("lead", "expected_start"),
    [
        ("نمونه-مدیر کل گمرک استان از افزایش صادرات به پاکستان خبر داد و گفت: صادرات کالا "
         "در سه ماه گذشته دو برابر شده است.", "مدیر کل گمرک استان: صادرات کالا"),
        ("نمونه-گذرگاه مرزی میرجاوه پس از دو هفته بازگشایی شد.", "گذرگاه مرزی میرجاوه"),
        ("زائران پاکستانی گذرگاه مرزی تفتان-میرجاوه را مسدود کردند.",
         "زائران پاکستانی گذرگاه مرزی تفتان-میرجاوه"),
    ],
)  # fmt: skip
def test_title_drops_an_agency_glued_to_the_first_word(lead, expected_start):
    assert title_from_lead(lead, "fa", _no_speaker).startswith(expected_start)


@pytest.mark.parametrize(
    ("lines", "credit", "chrome", "first"),
    [
        # a wire header: the agency, a two-digit date and dot-joined categories, the place
        (
            [
                "T T",
                "۱۲ نفر",
                "# خبرگزاری جمهوری اسلامی 89/02/14 اقتصادی.پاکستان.انرژی.هند کراچی-وزیر نفت "
                "پاکستان گفت خط لوله گاز تا دو سال دیگر به مرز می‌رسد. وی افزود این طرح مهم است.",
            ],
            "خبرگزاری جمهوری اسلامی",
            ["T T", "۱۲ نفر", "# خبرگزاری جمهوری اسلامی 89/02/14 اقتصادی.پاکستان.انرژی.هند کراچی-"],
            "وزیر نفت پاکستان گفت",
        ),
        # guard: a name that is no known agency opens no wire header
        (
            [
                "روزنامه محلی ما 89/02/14 اقتصادی.پاکستان.انرژی.هند کراچی-وزیر نفت پاکستان گفت "
                "خط لوله گاز تا دو سال دیگر به مرز می‌رسد. وی افزود این طرح مهم است."
            ],
            "",
            [],
            "روزنامه محلی ما",
        ),
        # guard: fewer than three categories are no header's
        (
            [
                "خبرگزاری جمهوری اسلامی 89/02/14 اقتصاد.انرژی کراچی-وزیر نفت پاکستان گفت خط "
                "لوله گاز تا دو سال دیگر به مرز می‌رسد. وی افزود این طرح مهم است."
            ],
            "",
            [],
            "خبرگزاری جمهوری اسلامی",
        ),
        # guard: a count of people in a sentence is text
        (
            ["۱۲ نفر در این حادثه کشته شدند و پلیس تحقیقات خود را درباره علت آن آغاز کرده است."],
            "",
            [],
            "۱۲ نفر در این حادثه",
        ),
    ],
)
def test_wire_header_is_chrome_and_credits_its_agency(lines, credit, chrome, first):
    shape = structure(lines, "fa")
    assert shape.credit == credit
    assert sorted(shape.chrome) == sorted(chrome)
    text = [p for s in shape.sections for p in s.paragraphs]
    assert text[0].startswith(first)


@pytest.mark.parametrize(
    ("first", "chrome"),
    [
        # a dateline of short parts each closed by a dash, a tatweel as one: chrome
        ("بيروت ـ سياسة ـ النهار ـ", ["بيروت ـ سياسة ـ النهار ـ"]),
        ("بيروت - أخبار - النهار -", ["بيروت - أخبار - النهار -"]),
        # guard: a line not closed by a dash is no such dateline
        ("بيروت ـ النهار", []),
    ],
)
def test_dash_dateline_is_no_headline(first, chrome):
    lead = "أعلنت وزارة الخارجية اللبنانية اليوم عن زيارة الوزير إلى عمان الأسبوع المقبل."
    shape = structure([first, lead, "وقال الوزير إن الزيارة تأتي في إطار التنسيق."], "ar")
    assert shape.headline == ""
    assert list(shape.chrome) == chrome
    text = [p for s in shape.sections for p in s.paragraphs]
    assert (text[0] == lead) == bool(chrome)


@pytest.mark.parametrize(
    ("head", "chrome"),
    [
        # a call to readers on a platform, above the text: chrome, never the headline
        (
            [
                "قراؤنا من مستخدمي إنستجرام",
                "يمكنكم الآن متابعة آخر الأخبار من خلال حسابنا على إنستجرام",
            ],
            [
                "قراؤنا من مستخدمي إنستجرام",
                "يمكنكم الآن متابعة آخر الأخبار من خلال حسابنا على إنستجرام",
            ],
        ),
        # guard: the same words with no platform are the text's
        (["يمكنكم متابعة الجلسة في البرلمان"], []),
    ],
)
def test_call_to_readers_on_a_platform_is_chrome(head, chrome):
    lead = "أعلنت وزارة الخارجية اللبنانية اليوم عن زيارة الوزير إلى عمان الأسبوع المقبل."
    shape = structure([*head, lead, "وقال الوزير إن الزيارة تأتي في إطار التنسيق."], "ar")
    assert list(shape.chrome) == chrome
    assert shape.headline == ("" if chrome else head[0])


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # an Arabic sentence whose last words, opening on a preposition, were carried to
        # the next line (bare or with its pronoun)
        (["وقال الشهود إن القافلة التي كانت قادمة من المدينة تعرضت لإطلاق نار قرب الوادي",
          "على ضفاف النهر في الجنوب. وأضافوا أن الجنود ردوا."],
         ["وقال الشهود إن القافلة التي كانت قادمة من المدينة تعرضت لإطلاق نار قرب الوادي "
          "على ضفاف النهر في الجنوب. وأضافوا أن الجنود ردوا."]),
        (["وأفاد الشهود أن المسلحين أوقفوا السيارة وأنزلوا الركاب ثم أطلقوا النار", "عليهم.",
          "وفر المهاجمون."],
         ["وأفاد الشهود أن المسلحين أوقفوا السيارة وأنزلوا الركاب ثم أطلقوا النار عليهم.",
          "وفر المهاجمون."]),
        (["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود لا تنشط",
          "فيها عادة حركة «طالبان»."],
         ["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود لا تنشط "
          "فيها عادة حركة «طالبان»."]),
        # guards: a paragraph opening on a preposition and a comma, or a long clause; a
        # short line above (a heading); the name «علي»; a line ended by a stop
        (["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد",
          "من جانبه، أكد الوزير أن التحقيق مستمر."],
         ["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد",
          "من جانبه، أكد الوزير أن التحقيق مستمر."]),
        (["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد",
          "في غضون ذلك أعلنت الحكومة الحداد الوطني ثلاثة أيام في البلاد."],
         ["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد",
          "في غضون ذلك أعلنت الحكومة الحداد الوطني ثلاثة أيام في البلاد."]),
        (["مقتل جنود في هجوم شمالي البلاد", "في الجنوب قتل ثلاثة."],
         ["مقتل جنود في هجوم شمالي البلاد", "في الجنوب قتل ثلاثة."]),
        (["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد",
          "علي رضا وصل أمس."],
         ["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد",
          "علي رضا وصل أمس."]),
        (["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد.",
          "في الجنوب قتل ثلاثة."],
         ["وقال المسؤول إن الهجوم وقع في منطقة نائية قرب الحدود الشمالية للبلاد.",
          "في الجنوب قتل ثلاثة."]),
    ],
)  # fmt: skip
def test_an_arabic_sentence_s_last_words_on_the_next_line_are_joined(lines, expected):
    assert join_broken_lines(lines, "ar") == expected


_LINK_A = "- الإمارات تدين التفجير الإرهابي في العاصمة الباكستانية"
_LINK_B = "- مسلحون يهاجمون قافلة شاحنات جنوبي أفغانستان"
_POINT_A = "- تعزيز التعاون الأمني بين البلدين في المناطق الحدودية"
_POINT_B = "- زيادة حجم التبادل التجاري خلال السنوات المقبلة"


@pytest.mark.parametrize(
    ("lines", "chrome"),
    [
        # a run of dash-bulleted headlines set between two paragraphs, or closing the text
        ([LONG_AR, _LINK_A, _LINK_B, LONG_AR], [_LINK_A, _LINK_B]),
        ([LONG_AR, LONG_AR, _LINK_A, '- تركيا تغلق حدودها خشية "الوباء"'],
         [_LINK_A, '- تركيا تغلق حدودها خشية "الوباء"']),
        # headlines after a label announcing them, on its own line or before the headline
        ([LONG_AR, "اقرأ أيضا:", "طالبان تصدر جوازات سفر جديدة للمرة الأولى", LONG_AR],
         ["اقرأ أيضا:", "طالبان تصدر جوازات سفر جديدة للمرة الأولى"]),
        ([LONG_AR, "اقرأ أيضا: طالبان تصدر جوازات سفر جديدة للمرة الأولى", LONG_AR],
         ["اقرأ أيضا: طالبان تصدر جوازات سفر جديدة للمرة الأولى"]),
        # guards: the article's own list after a colon or a label; items ending on stops;
        # one bulleted line alone; a label followed by text
        ([LONG_AR, "وأكد الجانبان ما يلي:", _POINT_A, _POINT_B, LONG_AR], []),
        ([LONG_AR, "النقاط الرئيسية", _POINT_A, _POINT_B, LONG_AR], []),
        ([LONG_AR, "- تمت ترقيته إلى رتبة لواء في عام 2018.",
          "- عين مديرا للاستخبارات العسكرية في عام 2017.", LONG_AR], []),
        ([LONG_AR, _LINK_A, LONG_AR], []),
        ([LONG_AR, "اقرأ أيضا:", LONG_AR], []),
    ],
)  # fmt: skip
def test_related_links_set_into_the_text_are_chrome(lines, chrome):
    shape = structure(lines, "ar")
    text = [h for s in shape.sections for h in (s.heading, *s.paragraphs)]
    assert [c for c in chrome if c in shape.chrome] == chrome
    assert not any(c in text for c in chrome)
    kept = [line.removeprefix("- ") for line in lines if line not in chrome]
    assert all(any(line in t for t in text) for line in kept)  # a heading drops its dash


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # the site's disclaimer, however long
        ("إخلاء مسؤولية إن موقع الأخبار العاجلة يعمل بطريقة آلية دون تدخل بشري، ولذلك فإن "
         "جميع المقالات المنشورة مسؤولية أصحابها ولا تتحمل إدارة الموقع أي مسؤولية عنها.", True),
        ("إخلاء المسؤولية: المحتوى منقول من مصادره.", True),
        ("سلب مسئولیت: مطالب منتشر شده از منابع دیگر است.", True),
        ("Disclaimer: this content is aggregated automatically.", True),
        # guards: «إخلاء» opening news; a disclaimer's words inside a sentence
        ("إخلاء سبيل الصحفي المعتقل بعد عام من احتجازه.", False),
        ("وطالب المحامي بإخلاء مسؤولية موكله عن الحادث.", False),
    ],
)  # fmt: skip
def test_a_site_s_disclaimer_is_chrome(line, chrome):
    assert is_chrome(line) is chrome


_FA_BODY = (
    "به گزارش خبرنگار ما، نخستین نمایشگاه تخصصی ایران در لاهور با حضور پنجاه شرکت ایرانی "
    "برگزار شد و تا سه روز ادامه دارد."
)


@pytest.mark.parametrize(
    ("lines", "headline", "chrome"),
    [
        # a teaser for another story, tagged with its media, sharing no word with the page
        (["سقوط بالگرد امدادی در ارتفاعات البرز + فیلم", "نمایشگاه ایران در لاهور",
          _FA_BODY, _FA_BODY],
         "نمایشگاه ایران در لاهور", ["سقوط بالگرد امدادی در ارتفاعات البرز + فیلم"]),
        ([LONG_AR, "إقرأوا المزيد.. البحرية تفتتح قاعدة جديدة شرق المضيق + فيديو", LONG_AR],
         "", ["إقرأوا المزيد.. البحرية تفتتح قاعدة جديدة شرق المضيق + فيديو"]),
        # guard: the story's own headline with its media tag
        (["نمایشگاه تخصصی ایران در لاهور + فیلم", _FA_BODY, _FA_BODY],
         "نمایشگاه تخصصی ایران در لاهور + فیلم", []),
    ],
)  # fmt: skip
def test_a_media_teaser_for_another_story_is_chrome(lines, headline, chrome):
    lang = "ar" if lines[0] == LONG_AR else "fa"
    shape = structure(lines, lang)
    assert shape.headline == headline
    assert [c for c in shape.chrome if c in chrome] == chrome


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # «این کشور» stood for the country the dropped «در پی …،» named
        (
            "در پی حملات توپخانه‌ای نیروهای مرزی ترکمنستان بر روستاهای مرزی، وزارت خارجه "
            "ازبکستان سفیر این کشور در تاشکند را احضار کرد.",
            "fa",
            "در پی حملات توپخانه‌ای نیروهای مرزی ترکمنستان بر روستاهای مرزی، وزارت خارجه "
            "ازبکستان سفیر این کشور در تاشکند را احضار کرد",
        ),
        (
            "طالبت وزارة الخارجية الأوزبكية، في بيان عن قصف القوات التركمانية للقرى "
            "الحدودية، حكومة هذا البلد بوقف القصف فورا",
            "ar",
            "طالبت وزارة الخارجية الأوزبكية، في بيان عن قصف القوات التركمانية للقرى "
            "الحدودية، حكومة هذا البلد بوقف القصف فورا",
        ),
        # «و» before «به منظور …،» would be left joining nothing
        (
            "رئیس مجلس به دعوت همتای قزاق خود و به منظور شرکت در نشست پارلمانی کشورهای آسیای "
            "میانه، عازم آستانه شد.",
            "fa",
            "رئیس مجلس به دعوت همتای قزاق خود و به منظور شرکت در نشست پارلمانی کشورهای آسیای "
            "میانه، عازم آستانه شد",
        ),
        # guard: with no «و» before it and no country pointed at, the adjunct still goes
        (
            "در پی حملات توپخانه‌ای نیروهای مرزی ترکمنستان بر روستاهای مرزی، وزارت خارجه "
            "ازبکستان سفیر ترکمنستان در تاشکند را احضار کرد.",
            "fa",
            "وزارت خارجه ازبکستان سفیر ترکمنستان در تاشکند را احضار کرد",
        ),
        (
            "رئیس مجلس به دعوت همتای قزاق خود به منظور شرکت در نشست پارلمانی کشورهای آسیای "
            "میانه و دیدار با مقامات، عازم آستانه شد.",
            "fa",
            "رئیس مجلس به دعوت همتای قزاق خود عازم آستانه شد",
        ),
        # guard: a day names no country, it still goes before «این کشور»
        (
            "دولت قزاقستان روز سه شنبه اجازه صادرات گندم به ازبکستان در مقابل واردات گاز از "
            "این کشور را صادر کرد.",
            "fa",
            "دولت قزاقستان اجازه صادرات گندم به ازبکستان در مقابل واردات گاز از این کشور را "
            "صادر کرد",
        ),
    ],
)  # fmt: skip
def test_compression_leaves_no_dangling_and_nor_a_country_pointing_elsewhere(
    sentence, lang, expected
):
    assert compress(sentence, lang, target=60) == expected


@pytest.mark.parametrize(
    ("lead", "lang", "expected"),
    [
        # «المضي قدما | في …»: the adverb sits between the noun and what it goes on with
        (
            "أكدت وزيرة الخارجية القرغيزية روزا أتامباييفا عزم بلادها المضي قدما في بناء خط "
            "سكك حديدية لنقل البضائع من الصين مشيرة إلى أن التعاون مع بكين سيكون لمصلحة "
            "قرغيزستان ويلبي حاجاتها الوطنية.",
            "ar",
            "أكدت وزيرة الخارجية القرغيزية روزا أتامباييفا عزم بلادها المضي قدما في بناء خط "
            "سكك حديدية لنقل البضائع من الصين",
        ),
        # «التحقيق | في …»: an inquiry into what
        (
            "طلب وزير الداخلية القرغيزي أولان نيازبيكوف من السلطات الطاجيكية التحقيق في "
            '"الاعتداء المسلح" مساء الجمعة في قرية حدودية بإقليم باتكين جنوب غربي البلاد، '
            "والذي أسفر عن إصابة خمسة من حرس الحدود.",
            "ar",
            "طلب وزير الداخلية القرغيزي أولان نيازبيكوف من السلطات الطاجيكية التحقيق في "
            '"الاعتداء المسلح"',
        ),
        # «سيما | في …»: "especially" waits for what it singles out
        (
            "تحرص تركمانستان وأوزبكستان منذ سنوات على تعزيز العلاقات الثنائية بين البلدين "
            "الجارين سيما في مجالات النقل والطاقة والزراعة والتجارة الحدودية وتبادل الخبرات.",
            "ar",
            "تحرص تركمانستان وأوزبكستان منذ سنوات على تعزيز العلاقات الثنائية بين البلدين "
            "الجارين سيما في مجالات النقل والطاقة والزراعة والتجارة الحدودية وتبادل الخبرات",
        ),
        # «در حالی … | که …»: the frame waits for its «که»
        (
            "رسانه‌های ازبک در حالی از سفر قریب‌الوقوع وزیر خارجه این کشور به عشق‌آباد خبر "
            "می‌دهند که رؤسای جمهور دو کشور هفته گذشته برای گسترش روابط، تلفنی گفت‌وگو کردند.",
            "fa",
            "رسانه‌های ازبک در حالی از سفر قریب‌الوقوع وزیر خارجه این کشور به عشق‌آباد خبر "
            "می‌دهند که رؤسای جمهور دو کشور هفته گذشته برای گسترش روابط، تلفنی گفت‌وگو کردند",
        ),
        # «خبر داد | که …»: what was announced is the news
        (
            "رئیس اداره مهاجرت استان مرزی ترکمنستان روز جمعه خبر داد که «۳۰ هزار تبعه خارجی» "
            "از ابتدای سال جاری تا پایان تابستان از گذرگاه مرزی به کشورشان بازگردانده شده‌اند.",
            "fa",
            "رئیس اداره مهاجرت استان مرزی ترکمنستان خبر داد که «۳۰ هزار تبعه خارجی» از ابتدای "
            "سال جاری تا پایان تابستان از گذرگاه مرزی به کشورشان بازگردانده شده‌اند",
        ),
        # guard: a frame answered by its «که» holds nothing back
        (
            "وزیر خارجه ازبکستان در حالی که در راه عشق‌آباد بود، با همتای ترکمن خود تلفنی "
            "گفت‌وگو کرد و دو طرف درباره گسترش روابط تجاری و ترانزیتی میان دو کشور همسایه "
            "رایزنی کردند.",
            "fa",
            "وزیر خارجه ازبکستان با همتای ترکمن خود تلفنی گفت‌وگو کرد",
        ),
    ],
)  # fmt: skip
def test_a_title_keeps_the_complement_its_words_wait_for(lead, lang, expected):
    assert title_from_lead(lead, lang, _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # «تعرض القافلة | التي … لهجوم»: exposed to what is after the relative clause
        (
            "قتل 12 مدنيا الاثنين عند تعرض القافلة التي كانت تقلهم من العاصمة لهجوم شنه "
            "مسلحون مجهولون في منطقة جبلية نائية في شمال البلاد قرب الحدود مع طاجيكستان كما "
            "ذكرت السلطات المحلية.",
            "قتل 12 مدنيا عند تعرض القافلة التي كانت تقلهم من العاصمة لهجوم شنه مسلحون مجهولون",
        ),
        # «تعليق القرار | الذي … بتمديد …»: which decision is after the relative clause
        (
            "قررت المحكمة العليا الكازاخية تعليق القرار الذي اتخذه رئيس الوزراء في شهر أغسطس "
            "الماضي بتمديد مهمة قائد أركان الجيش الفريق أول نورلان يرمكبايف، الذي تنتهي فترة "
            "رئاسته للجيش الجمعة المقبلة؛ لثلاث سنوات إضافية.",
            "قررت المحكمة العليا الكازاخية تعليق القرار الذي اتخذه رئيس الوزراء في شهر أغسطس "
            "الماضي بتمديد مهمة قائد أركان الجيش الفريق أول نورلان يرمكبايف، الذي تنتهي فترة "
            "رئاسته للجيش؛ لثلاث سنوات إضافية",
        ),
        # a day with its date in both calendars' month names goes whole, not the day alone
        (
            "أمرت المحكمة الدستورية القرغيزية، الخميس 11 مايو/أيار 2023، بالإفراج عن رئيس "
            "البرلمان السابق، الذي أوقفته الشرطة في العاصمة، الثلاثاء 9 مايو/أيار، في قضية "
            "فساد كبرى.",
            "أمرت المحكمة الدستورية القرغيزية بالإفراج عن رئيس البرلمان السابق، الذي أوقفته "
            "الشرطة في العاصمة في قضية فساد كبرى",
        ),
        # «الخميس المقبل؛»: the day goes with its «المقبل» before a semicolon
        (
            "اجتمع وزراء خارجية دول آسيا الوسطى الخميس المقبل؛ لبحث التعاون الإقليمي في "
            "مجالات الطاقة والنقل والتجارة الحدودية وتبادل الخبرات الفنية بين الدول الخمس",
            "اجتمع وزراء خارجية دول آسيا الوسطى؛ لبحث التعاون الإقليمي",
        ),
        # guard: a decision whose «بـ» is said before the cut is cut as before
        (
            "أصدرت المحكمة العليا الكازاخية قرارا بتمديد مهمة قائد أركان الجيش الفريق أول "
            "نورلان يرمكبايف في منصبه ثلاث سنوات إضافية، وذلك رغم اعتراض عدد كبير من النواب "
            "في البرلمان على هذا التمديد.",
            "أصدرت المحكمة العليا الكازاخية قرارا بتمديد مهمة قائد أركان الجيش الفريق أول "
            "نورلان يرمكبايف",
        ),
    ],
)  # fmt: skip
def test_a_title_keeps_a_complement_said_after_a_relative_clause(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # «لفت» after its fronted subject's comma waits for «إلى»
        (
            "وأفادت وكالة كابار للأنباء ، أن قائد الجيش القرغيزي ، لفت خلال استقباله رئيس أركان الجيش "
            "الطاجيكي الفريق أول شير علي ميرزو في بيشكيك إلى العلاقات بين البلدين في الجوانب "
            "التاريخية والثقافية مؤكدا على رغبة الطرفين في تعزيزها.",
            "قائد الجيش القرغيزي ، لفت خلال استقباله رئيس أركان الجيش الطاجيكي الفريق أول شير "
            "علي ميرزو في بيشكيك إلى العلاقات بين البلدين",
        ),
    ],
)
def test_a_fronted_subjects_verb_keeps_its_preposition(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # «… مشيرة إلى أن Y»: Y is the participle's second statement, not the headline
        (
            "أكدت وزيرة الخارجية القرغيزية روزا أتامباييفا عزم بلادها المضي قدما في بناء خط "
            "سكك حديدية لنقل البضائع من الصين مشيرة إلى أن التعاون مع بكين سيكون لمصلحة "
            "قرغيزستان ويأتي ذلك ردا على تهديدات بفرض عقوبات على بيشكيك.",
            "أكدت وزيرة الخارجية القرغيزية روزا أتامباييفا عزم بلادها المضي قدما في بناء خط "
            "سكك حديدية لنقل البضائع من الصين",
        ),
        # guard: the verb's own «أن» still gives the speaker's statement
        (
            "أكدت وزيرة الخارجية القرغيزية روزا أتامباييفا أن التعاون مع بكين سيكون لمصلحة "
            "قرغيزستان.",
            "روزا أتامباييفا: التعاون مع بكين سيكون لمصلحة قرغيزستان",
        ),
    ],
)
def test_a_participles_statement_is_no_title(lead, expected):
    assert title_from_lead(lead, "ar", lambda span: "روزا أتامباييفا") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «در حالیکه …،» runs to the comma after its verb, not to a comma inside it
        (
            "در حالیکه اخراج کارگران خارجی از قزاقستان ادامه دارد و شماری از آنان می‌گویند "
            "به دلیل ترس از بازداشت، از خانه بیرون نمی‌روند، وزیر کار قزاقستان اعلام کرده است "
            "که با دولت ازبکستان درباره بازگشت آنان تفاهم شده است.",
            "وزیر کار قزاقستان اعلام کرده است که با دولت ازبکستان درباره بازگشت آنان تفاهم شده است",
        ),
        # guard: a «در حالی که» clause with one comma still goes
        (
            "در حالی که اخراج کارگران خارجی از قزاقستان ادامه دارد، وزیر کار قزاقستان اعلام "
            "کرده است که با دولت ازبکستان درباره بازگشت آنان به کشورشان تفاهم شده است.",
            "وزیر کار قزاقستان اعلام کرده است که با دولت ازبکستان درباره بازگشت آنان به "
            "کشورشان تفاهم شده است",
        ),
    ],
)
def test_a_while_clause_goes_whole_or_not_at_all(sentence, expected):
    assert compress(sentence, "fa", target=60) == expected


def test_an_arabic_report_under_an_english_caption_is_arabic(extractor):
    # the caption is longer than the report: the article's language is its text's
    body = (
        "أعلن الجيش في بيان اليوم السبت أن مسلحين هاجموا دورية حدودية في المنطقة الجنوبية.\n\n"
        "وأضاف الجيش أن السلطات تجري اتصالات مع الجانب الآخر لمنع تكرار مثل هذه الحوادث.\n\n"
        "ووقع الهجوم في منطقة نائية قرب الحدود، ولم تعلن أي جهة مسؤوليتها عنه حتى الآن.\n"
    )
    data = f"Site icon Sample News\n\n{CAPTION_EN}\n\n{body}".encode()
    article = extractor.extract(data, "caption.txt").article
    assert article.lang == "ar"
    assert "الجيش" in article.title
    assert "Soldiers" not in article.title
    assert all("Soldiers" not in p for p in article.paragraphs())
    assert any("مسلحين هاجموا" in p for p in article.paragraphs())


@pytest.mark.parametrize(
    ("lines", "first", "chrome"),
    [
        # the formula broken before the outlet's name: one line, no word lost
        (
            ["به گزارش", "خبرگزاری مهر به نقل از یک روزنامه محلی، " + LONG_FA, LONG_FA],
            "به گزارش خبرگزاری مهر به نقل از یک روزنامه محلی، " + LONG_FA,
            (),
        ),
        (
            ["به‌گزارش", "ایرنا، " + LONG_FA, LONG_FA],
            "به‌گزارش ایرنا، " + LONG_FA,
            (),
        ),
        # guard: a section's name over the lead is still chrome
        (["سیاست خارجی", LONG_FA, LONG_FA], LONG_FA, ("سیاست خارجی",)),
    ],
)
def test_a_line_of_a_formula_opening_joins_the_next(lines, first, chrome):
    shape = structure(lines, "fa")
    assert shape.sections[0].paragraphs[0] == first
    assert shape.chrome == chrome


def test_a_formula_broken_before_the_outlet_credits_it(extractor):
    data = (
        "به گزارش\nخبرگزاری تسنیم به نقل از یک روزنامه محلی، " + LONG_FA + "\n\n" + LONG_FA
    ).encode()
    article = extractor.extract(data, "broken.txt").article
    assert article.source == "tasnim"
    assert article.paragraphs()[0].startswith("به گزارش خبرگزاری تسنیم")


def test_a_stray_letter_closes_no_line_in_latin_script():
    from akhbar.fields import split_end_mark

    assert split_end_mark("The minister arrived. A") == ("The minister arrived. A", "")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a verb that meets a person: the «، ROLE …» after its subject is its object
        (
            "التقى وزير الخارجية الإيراني محمد جواد ظريف في طهران يوم الأحد، سفير هذا البلد "
            "في طشقند وبحث معه العلاقات الثنائية.",
            "التقى وزير الخارجية الإيراني محمد جواد ظريف في طهران، سفير هذا البلد",
        ),
        (
            "استقبل رئيس الوزراء الباكستاني عمران خان، سفير إيران الجديد لدى إسلام آباد "
            "في مكتبه بالعاصمة وتسلم منه نسخة من أوراق اعتماده.",
            "استقبل رئيس الوزراء الباكستاني عمران خان، سفير إيران الجديد لدى إسلام آباد",
        ),
        # guard: the object already said, the «، ROLE …،» is an apposition and goes
        (
            "التقى شاه محمود قرشي، وزير خارجية باكستان منذ عام 2018، نظيره الإيراني "
            "في طهران لبحث أمن الحدود المشتركة بين البلدين الجارين.",
            "التقى شاه محمود قرشي نظيره الإيراني في طهران لبحث أمن الحدود المشتركة بين البلدين "
            "الجارين",
        ),
    ],
)
def test_an_arabic_title_keeps_the_object_of_a_verb_of_meeting(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the agency's formula gone with its comma: no «أن» left opening the title
        (
            "أفادت وكالة مهر للأنباء، أن وزير الداخلية الباكستاني وصل إلى طهران في زيارة رسمية.",
            "وزير الداخلية الباكستاني وصل إلى طهران في زيارة رسمية",
        ),
        # a definite subject, no comma, then a verb that needs «إلى»: never cut before it
        (
            "أفادت وكالة مهر للأنباء أن قائد القوة البحرية الإيرانية لفت خلال لقائه قائد "
            "البحرية الباكستانية الأدميرال محمد أمجد في طهران إلى التعاون بين البلدين.",
            "قائد القوة البحرية الإيرانية لفت خلال لقائه قائد البحرية الباكستانية الأدميرال "
            "محمد أمجد في طهران إلى التعاون بين البلدين",
        ),
        # guards: «إن» opening a sentence stays; the verb's preposition already said
        (
            "إن الحكومة الباكستانية قررت إغلاق المعبر الحدودي مع إيران حتى إشعار آخر.",
            "إن الحكومة الباكستانية قررت إغلاق المعبر الحدودي مع إيران حتى إشعار آخر",
        ),
        (
            "الرئيس الإيراني أعرب عن ارتياحه للعلاقات مع باكستان خلال لقائه سفير إسلام آباد "
            "الجديد في طهران أمس بحضور عدد من المسؤولين في وزارة الخارجية.",
            "الرئيس الإيراني أعرب عن ارتياحه للعلاقات مع باكستان خلال لقائه سفير إسلام آباد الجديد",
        ),
    ],
)
def test_an_arabic_title_after_an_agency_formula(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


# A web archive's label may carry the kept page's date and time after the site's colon:
# still chrome.  Guard: a sentence after the label is no date, and the line stays.
@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("واضح آرشیو وب فارسی:خبرگزاری مهر: سه‌شنبه ۱۲ مهر ۱۳۹۵ - ۰۸:۱۰", True),
        ("واضح آرشیو وب فارسی:ایرنا: ۳ تیر ۱۳۹۲", True),
        ("واضح آرشیو وب فارسی:ایرنا: وزیر نیرو امروز به کرمان رفت", False),
    ],
)
def test_web_archive_label_with_the_pages_date(line, chrome):
    assert is_page_label(line) is chrome


# A caption closed after its last stop by a photo's credit of a few words, «عکس: X», is
# chrome however long the caption.  Guards: a credit word opening a sentence of its own
# (a stop, a comma after it), a paragraph naming a photo in its middle.
@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "چند کودک پناهجو در اردوگاهی در حومه کویته کنار چادرهای تازه برپا شده با هم بازی"
            " می کنند. عکس: صندوق کودکان ملل متحد",
            True,
        ),
        (
            "سربازان ارتش در کنار رودخانه سیلابی مشغول ساختن یک پل موقت برای عبور اهالی روستا"
            " هستند. تصویر: خبرگزاری فارس",
            True,
        ),
        (
            "نمایشگاه تا آخر هفته برپا خواهد بود و بازدید از آن برای عموم مردم شهر آزاد است."
            " عکس: های این نمایشگاه را عکاسان جوان شهر گرفته‌اند.",
            False,
        ),
        (
            "وزیر در این نشست از همکاری رسانه‌ها تشکر کرد و گفت که روزنامه‌ها باید دقیق باشند."
            " تصویر: ما باید، همه با هم کار کنیم",
            False,
        ),
        (
            "مسئول نمایشگاه گفت عکس: نام یک بخش تازه است که در این دوره برای نخستین بار برپا شده"
            " و بازدیدکنندگان زیادی داشته است",
            False,
        ),
    ],
)
def test_caption_closed_by_a_photo_credit_after_its_stop(line, caption):
    assert is_caption(line) is caption


# A bare date between a speaker of a few words and the verb, «۴ نوامبر», says when: it is
# no part of the speaker's label in the title.  Guards: a short name holding a date
# («بنیاد ۱۵ خرداد») keeps it; a number with no month after it stays.
@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "روابط عمومی نیروی هوایی پاکستان ۲ دسامبر با انتشار بیانیه‌ای اعلام کرد: دو فروند"
            " هواپیمای تازه به ناوگان پیوست.",
            "روابط عمومی نیروی هوایی پاکستان: دو فروند هواپیمای تازه به ناوگان پیوست",
        ),
        (
            "وزارت امور خارجه افغانستان ۱۲ آبان در بیانیه‌ای اعلام کرد: گفت‌وگوها ادامه دارد.",
            "وزارت امور خارجه افغانستان: گفت‌وگوها ادامه دارد",
        ),
        (
            "بنیاد ۱۵ خرداد با انتشار بیانیه‌ای اعلام کرد: جایزه امسال به یک نویسنده جوان رسید.",
            "بنیاد ۱۵ خرداد: جایزه امسال به یک نویسنده جوان رسید",
        ),
        (
            "ستاد مدیریت بحران ولایت ۳ هرات اعلام کرد: راه‌ها باز شده است.",
            "ستاد مدیریت بحران ولایت ۳ هرات: راه‌ها باز شده است",
        ),
    ],
)
def test_a_date_before_the_verb_is_no_part_of_the_speaker(lead, expected):
    assert title_from_lead(lead, "fa", _no_speaker) == expected


# A comma inside a list is no clause's end: a purpose phrase («با هدف A، B، C، D و E
# برگزار شد») is not deleted up to one of its list's commas, and a title is not cut before
# a list's next item («… پیوندهای فرهنگی | ، تاریخی، مذهبی و …»).  Guards: a phrase closed
# by its comma still goes; a cut after a verb at a comma stays.
_LIST_ADJUNCT = (
    "این همایش بزرگ به همت رایزنی فرهنگی ایران در شهر لاهور با هدف معرفی فرهنگ دو کشور دوست،"
    " گسترش همکاری میان دانشگاه‌های دو طرف در همه زمینه‌ها، بررسی پیوندهای ادبی، تاریخی،"
    " هنری و دینی برگزار شد."
)
_LIST_CUT = (
    "هیئت‌های دو کشور در نشست سه روزه کمیسیون مشترک اقتصادی در شهر اسلام آباد درباره گسترش"
    " تجارت مرزی و راه‌اندازی بازارچه‌های تازه در استان‌های هم‌مرز، افزایش پروازهای مستقیم"
    " میان دو پایتخت، تقویت پیوندهای فرهنگی، تاریخی، مذهبی و جغرافیایی گفت‌وگو کردند."
)


def test_a_purpose_phrase_is_not_cut_inside_its_list():
    assert compress(_LIST_ADJUNCT, "fa") == _LIST_ADJUNCT.rstrip(".")
    title = title_from_lead(_LIST_ADJUNCT, "fa", _no_speaker)
    assert title.endswith("برگزار شد")
    assert "با هدف" in title


def test_a_title_is_not_cut_before_a_lists_next_item():
    assert _clause_end_ok(_LIST_CUT, _LIST_CUT.index("، تاریخی"), "clause", "fa") == ""
    assert title_from_lead(_LIST_CUT, "fa", _no_speaker).endswith("گفت‌وگو کردند")


def test_a_purpose_phrase_closed_by_its_comma_still_goes():
    lead = (
        "سفیر ایران در اسلام آباد با هدف گسترش همکاری‌های اقتصادی و تجاری میان دو کشور همسایه"
        " و دوست، با وزیر بازرگانی پاکستان در محل این وزارتخانه دیدار و گفت‌وگو کرد."
    )
    assert compress(lead, "fa") == (
        "سفیر ایران در اسلام آباد با وزیر بازرگانی پاکستان در محل این وزارتخانه دیدار و گفت‌وگو کرد"
    )
    said = "وزیر خارجه پاکستان صبح امروز وارد تهران شد، او فردا با همتای ایرانی خود دیدار خواهد کرد"
    assert _clause_end_ok(said, said.index("،"), "clause", "fa") == (
        "وزیر خارجه پاکستان صبح امروز وارد تهران شد"
    )


# Lines of page chrome wherever they stand: a desk's code between slashes, a link to skip
# the menu, the heading of a list of the latest news, the copy button's notice, the
# reader's vote.  Guards: a place between slashes, a number, a sentence opening with the
# heading's words.
@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("/ع/", True),
        ("/ک.ب/", True),
        ("Skip to main content", True),
        ("تازه‌ترین خبرها", True),
        ("تازهترین خبرها", True),
        ("لینک کپی شد", True),
        ("آیا این خبر مفید بود؟", True),
        ("/کابل/ وزیر گفت", False),
        ("/ 12 /", False),
        ("تازه‌ترین خبرها از سیل شمال کشور حکایت از خسارت زیاد دارد.", False),
        ("لینک کپی شد و به همه اعضای گروه فرستاده شد.", False),
    ],
)
def test_page_chrome_lines(line, tool):
    assert is_page_tool(line) is tool


# A call to join the outlet's channel glued after the last stop goes with the page's
# chrome, the sentence stays.  Guards: a sentence saying the same words with no stop
# before them; the call alone is left to the line rules.
@pytest.mark.parametrize(
    ("line", "kept", "mark"),
    [
        (
            "وزیر افزود: دانشگاه‌ها بورس تازه‌ای ارائه می دهند.برای ورود به کانال تلگرام ما کلیک کنید.",
            "وزیر افزود: دانشگاه‌ها بورس تازه‌ای ارائه می دهند.",
            "برای ورود به کانال تلگرام ما کلیک کنید.",
        ),
        (
            "جاده اصلی شهر بسته شده است. برای ورود به کانال تلگرام ما کلیک کنید",
            "جاده اصلی شهر بسته شده است.",
            "برای ورود به کانال تلگرام ما کلیک کنید",
        ),
        (
            "مدیر شبکه گفت برای ورود به کانال تلگرام ما کلیک کنید",
            "مدیر شبکه گفت برای ورود به کانال تلگرام ما کلیک کنید",
            "",
        ),
    ],
)
def test_a_closing_channel_call_is_chrome(line, kept, mark):
    assert split_end_mark(line) == (kept, mark)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a cut inside a relative clause on the subject drops what the verb is about: the
        # relative clause goes, the complement after its comma stays (was «… الذي نشر
        # روايته الأولى في القاهرة»)
        (
            "فاز الكاتب المصري الشاب “أحمد سليم” الذي نشر روايته الأولى في القاهرة قبل "
            "ثلاثة أعوام لتناولها قضايا الهجرة، بجائزة البوكر العربية لعام 2020، مناصفة "
            "مع الروائي العراقي “سعد محمود” من بغداد.",
            "فاز الكاتب المصري الشاب “أحمد سليم” بجائزة البوكر العربية لعام 2020",
        ),
        # guard: an attribution after the relative clause's comma is no complement
        (
            "اعتقلت الشرطة الباكستانية الشاب أحمد خان الذي هاجم مركز الاقتراع في مدينة "
            "كراتشي مساء الأحد الماضي خلال فرز الأصوات، بحسب ما أفاد مسؤول أمني في المدينة "
            "للصحفيين.",
            "اعتقلت الشرطة الباكستانية الشاب أحمد خان الذي هاجم مركز الاقتراع في مدينة كراتشي",
        ),
    ],
)
def test_an_arabic_title_keeps_the_complement_before_a_relative_clause(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


def test_an_arabic_title_never_ends_on_ma_glued_to_a_preposition():
    lead = (
        "أعلن وزير الخارجية أن بلاده ستستضيف قمة وزراء خارجية الدول الإسلامية في ديسمبر "
        "من العام المقبل وستدعو جميع الدول، بما في ذلك إيران، لحضور القمة في العاصمة."
    )
    title = title_from_lead(lead, "ar", _no_speaker)
    assert title.split()[-1] not in ("بما", "مما", "عما", "فيما")
    assert title.endswith("بما في ذلك إيران، لحضور القمة")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a place with its wire's credit in brackets, no dash: the dateline (was kept)
        (
            "كابل (وكالات) قتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الحدود.",
            "قتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الحدود",
        ),
        # a verb of arriving keeps where (was «حط رئيس الوزراء … داود خان»)
        (
            "حط رئيس الوزراء الأفغاني محمد داود خان أمس في بيشاور فجأةً قادما من دبي والتقى "
            "رئيس حكومة الإقليم محمود خان في أول زيارة يقوم بها رئيس أفغاني للإقليم منذ "
            "أكثر من عشر سنوات، وهي الزيارة التي تأتي بعد أسابيع من التوتر بين البلدين.",
            "حط رئيس الوزراء الأفغاني محمد داود خان في بيشاور",
        ),
        # guard: a bracket after a word that is no known place stays
        (
            "الوزير (المستقيل) غادر العاصمة متوجها إلى الحدود.",
            "الوزير (المستقيل) غادر العاصمة متوجها إلى الحدود",
        ),
    ],
)
def test_an_arabic_credit_dateline_goes_and_arrival_keeps_its_place(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker).startswith(expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a verb of acquitting waits for its person: the «، ROLE …،» is its object
        (
            "برأت محكمة الاستئناف العليا، وزير المالية السابق أحمد علي من تهمة الفساد التي "
            "صدرت بحقه، علما بأنه ما زال موقوفا في قضية ثانية.",
            "برأت محكمة الاستئناف العليا، وزير المالية السابق أحمد علي من تهمة الفساد",
        ),
        # a verb said again after an aside: the aside stays, never «أعلن X أعلن عن»
        (
            "أعلن زعيم حزب الشعب المعارض، رئيس الحكومة الأسبق للبلاد، أعلن عن فوز حزبه "
            "في الانتخابات المحلية في الإقليم، وذلك بعد ظهور النتائج الأولى للفرز.",
            "أعلن زعيم حزب الشعب المعارض، رئيس الحكومة الأسبق للبلاد، أعلن عن فوز حزبه",
        ),
        # brackets after «رقم» hold the number, no parenthetical
        (
            "ويمنح القانون رقم (12)، الذي أقره البرلمان بأغلبية كبيرة بعد نقاش طويل، صلاحيات "
            "أوسع للحكومة المحلية في الإقليم، ويحد من دور المحاكم.",
            "يمنح القانون رقم (12) صلاحيات أوسع للحكومة المحلية في الإقليم، ويحد من دور المحاكم",
        ),
        # guards: the aside after a name before another verb goes; a parenthetical too
        (
            "قال شاه محمود قرشي، وزير خارجية باكستان منذ عام 2018، إن بلاده ترفض أي تدخل "
            "أجنبي في شؤون جارتها الغربية وتدعم الحوار بين الأطراف كافة.",
            "شاه محمود قرشي: بلاده ترفض أي تدخل أجنبي في شؤون جارتها الغربية وتدعم الحوار بين "
            "الأطراف كافة",
        ),
        (
            "ويمنح القانون الجديد (المعدل)، الذي أقره البرلمان بأغلبية كبيرة بعد نقاش طويل، "
            "صلاحيات أوسع للحكومة المحلية في الإقليم، ويحد من دور المحاكم.",
            "يمنح القانون الجديد صلاحيات أوسع للحكومة المحلية في الإقليم، ويحد من دور المحاكم",
        ),
    ],
)
def test_an_arabic_title_keeps_an_object_a_number_and_no_doubled_verb(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected


def test_a_persian_number_in_brackets_after_its_noun_stays():
    sentence = (
        "مجلس با اصلاح ماده (۱۲) قانون انتخابات که سال گذشته به تصویب رسیده بود و اعتراض "
        "گسترده‌ای را برانگیخته بود موافقت کرد"
    )
    assert "ماده (۱۲)" in compress(sentence, "fa", target=60)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a verb of witnessing keeps the event it witnessed, past the place phrase
        (
            "شهدت مدينة باجور بإقليم خيبر بختونخوا شمال غربي باكستان هجوماً إرهابياً مسلحاً "
            "استهدف دورية لحرس الحدود الباكستاني، مما أسفر عن مقتل ستة عناصر.",
            "شهدت مدينة باجور بإقليم خيبر بختونخوا شمال غربي باكستان هجوماً إرهابياً مسلحاً",
        ),
        # a death keeps its cause
        (
            "لقي عشرات الأشخاص في أفغانستان مصرعهم بعد أن ضرب فيضان عنيف عدة قرى في ولاية "
            "بدخشان الواقعة شمال شرقي البلاد مساء أمس بالتوقيت المحلي للبلاد.",
            "لقي عشرات الأشخاص في أفغانستان مصرعهم بعد أن ضرب فيضان",
        ),
        # guard: a death whose cause is already said is still cut before a place
        (
            "قتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الحدود الشمالية الغربية مع "
            "أفغانستان في ساعة متأخرة من الليل، وفق ما أعلنه مسؤولون محليون للصحافة.",
            "قتل ثلاثة جنود في هجوم على نقطة تفتيش",
        ),
    ],
)
def test_an_arabic_title_keeps_the_event_a_place_witnessed_and_a_death_its_cause(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker).startswith(expected)


# A title never ends inside an open quotation (a «..» inside it ended the sentence): the
# sentence runs on to the closing mark when that fits, else the clause before the
# quotation, else the sentence with its whole quotation (an article always has a title).
# Guards: a closed quotation, a sentence with none.
@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            'وفي تدوينة له كتب الرئيس الأمريكي: "بعد محادثات طويلة.. سعيد بالإعلان عن الاتفاق".'
            " وقال مسؤول إن المحادثات ستستأنف.",
            'في تدوينة له كتب الرئيس الأمريكي: "بعد محادثات طويلة.. سعيد بالإعلان عن الاتفاق"',
        ),
        (
            'وفي تدوينة له عبر منصة "إكس" كتب الرئيس: "بعد مفاوضات شاقة برعاية دولية.. يسعدني'
            " أن أعلن اتفاق البلدين على وقف القتال فورا وبشكل كامل.. وأشكر كل من ساهم في"
            ' التوصل إلى هذا الاتفاق التاريخي".',
            'في تدوينة له عبر منصة "إكس" كتب الرئيس',
        ),
        (
            'كتب الرئيس: "بعد مفاوضات شاقة برعاية دولية.. يسعدني أن أعلن اتفاق البلدين على'
            " وقف القتال فورا وبشكل كامل.. وأشكر كل من ساهم في التوصل إلى هذا الاتفاق"
            ' التاريخي".',
            'كتب الرئيس: "بعد مفاوضات شاقة برعاية دولية.. يسعدني أن أعلن اتفاق البلدين على'
            " وقف القتال فورا وبشكل كامل.. وأشكر كل من ساهم في التوصل إلى هذا الاتفاق"
            ' التاريخي"',
        ),
        # guards
        (
            'وقال الوزير إن "الحكومة لن تتراجع عن قرارها" في اجتماع اليوم.',
            'قال الوزير إن "الحكومة لن تتراجع عن قرارها" في اجتماع اليوم',
        ),
        (
            "وصل وزير الخارجية إلى الدوحة في زيارة رسمية.. تستمر يومين.",
            "وصل وزير الخارجية إلى الدوحة في زيارة رسمية",
        ),
    ],
)
def test_a_title_never_ends_inside_an_open_quotation(lead, expected):
    assert title_from_lead(lead, "ar", _no_speaker) == expected
