"""Key points: explicit lists, boilerplate, ranking rules, and a ROUGE quality gate."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bench_scripts import bench
from hypothesis import given
from hypothesis import strategies as st

from akhbar import keypoints
from akhbar.keypoints import (
    _repeats,
    candidate_sentences,
    content_terms,
    explicit_key_points,
    key_points,
    rank_key_points,
    strip_boilerplate,
)
from akhbar.text import detect_language, display, fold, tokens

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EVAL_DIR = ROOT.parent / "shared" / "eval"
FLOORS = Path(__file__).with_name("eval_floor.json")

_DATE_HEADER_RE = re.compile(r"^\s*date \S+\s*")


def seed_text(prefix: str) -> str:
    """A seed's text without the ` date 2025-11-27 ` header some seeds start with."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return _DATE_HEADER_RE.sub("", path.read_text(encoding="utf-8"))


def seed_paragraphs(prefix: str) -> list[str]:
    """Paragraphs split on blank lines; 003 and 004 put one paragraph on each line."""
    text = seed_text(prefix)
    splitter = r"\n" if prefix in ("003", "004") else r"\n\s*\n"
    return [p.strip() for p in re.split(splitter, text) if p.strip()]


# A synthetic Persian article: six distinct sentences, the title matching the fifth.
ARTICLE_FA = [
    "دبیر شورای عالی امنیت ملی ایران برای گفت‌وگو با مقامات پاکستان وارد اسلام‌آباد شد.",
    "او در نخستین دیدار با وزیر خارجه پاکستان درباره تجارت مرزی و امنیت منطقه گفت‌وگو کرد.",
    "دو طرف بر گسترش خطوط ریلی میان زاهدان و کویته به عنوان مسیر اصلی ترانزیت تاکید کردند.",
    "رئیس مجلس ملی پاکستان نیز از حمایت مردم این کشور از فلسطین و غزه سخن گفت.",
    "توافق تازه حجم مبادلات تجاری دو کشور را تا سقف ده میلیارد دلار افزایش می‌دهد.",
    "این سفر دو روزه با دیدار با علما و رهبران مذهبی پاکستان در سفارت ایران پایان یافت.",
]
TITLE_FA = "افزایش مبادلات تجاری ایران و پاکستان تا ده میلیارد دلار"


def test_explicit_points_of_seed_003_are_the_five_listed_lines() -> None:
    lines = seed_text("003").splitlines()
    assert explicit_key_points(lines) == [
        "لاريجاني: العلاقات الإيرانية الباكستانية قابلة للتحول إلى شراكة استراتيجية",
        "إشادة باتفاق باكستان والسعودية لمواجهة التهديدات المشتركة",
        "تأكيد على ضرورة التعاون الأمني والدفاعي والسياسي والاقتصادي",
        "تقدير لموقف باكستان خلال الحرب الصهيونية ضد إيران",
        "دعوة لتعزيز التنسيق السياسي والدبلوماسي والتبادل التجاري",
    ]
    points, origin = key_points(lines, "ar")
    assert origin == "explicit"
    assert len(points) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Persian label with ":" and the first point on the label line; a blank line ends it
        (
            "مقدمه خبر.\nنکات کلیدی: نکته اول\nنکته دوم\n\nپاراگراف بعدی.",
            ["نکته اول", "نکته دوم"],
        ),
        # «مهم‌ترین نکات» with ZWNJ and Arabic ي in the label, bullets removed
        ("مهم‌ترين نكات)\n- یک\n- دو", ["یک", "دو"]),
        # English label; the next ")" label ends the list
        (
            "Key points:\nTrade to reach $10bn\nRail link agreed\nBackground) Talks began.",
            ["Trade to reach $10bn", "Rail link agreed"],
        ),
        # a label with nothing under it is not a list
        ("النقاط الرئيسية)\n\nنص المقال.", None),
        # no label at all
        ("متن خبر بدون فهرست نکات.\nجمله دوم.", None),
    ],
)
def test_explicit_key_points(text: str, expected: list[str] | None) -> None:
    assert explicit_key_points(text.splitlines()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mehr: agency and comma
        (
            "به گزارش خبرگزاری مهر، در دیداری صمیمانه دو طرف گفت‌وگو کردند.",
            "در دیداری صمیمانه دو طرف گفت‌وگو کردند.",
        ),
        # ABNA with tatweels around «ابنا» and no comma
        ("به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ در نشست مشترک بررسی شد.", "در نشست مشترک بررسی شد."),
        # IRIB: service name, agency, then the dateline «از اسلام آباد، »
        (
            "به گزارش سرویس بین الملل خبرگزاری صدا و سیما، از اسلام آباد، روابط عمومی مجلس اعلام کرد.",
            "روابط عمومی مجلس اعلام کرد.",
        ),
        # Fars written with Arabic ي/ك, a place before the comma
        (
            "به گزارش خبرگزاري فارس از قزوين، مدير كل گفت: اين طرح اجرا مي شود.",
            "مدير كل گفت: اين طرح اجرا مي شود.",
        ),
        # Fars standfirst prefix
        (
            "خبرگزاري فارس: رئيس اداره گفت: خدمات ارايه مي شود.",
            "رئيس اداره گفت: خدمات ارايه مي شود.",
        ),
        # Iran Press prefix followed by a section label: both go
        (
            "إيران برس - إيران: أهمية الخبر) تأتي هذه التصريحات في وقت حساس.",
            "تأتي هذه التصريحات في وقت حساس.",
        ),
        # CNN Arabic dateline
        (
            "دبي، الإمارات العربية المتحدة (CNN) -- قال الوزير إن المحادثات مستمرة.",
            "قال الوزير إن المحادثات مستمرة.",
        ),
        # source line: all boilerplate
        ("المصدر: الوفاق/وكالات", ""),
        # the CNN Arabic verification disclaimer: all boilerplate
        (
            "ويشار على أن موقع CNN بالعربية لا يمكنه التأكد بشكل مستقل من الأنباء.",
            "",
        ),
        # English dateline with agency
        (
            "Tehran (IRNA) - Iran and Pakistan agreed to expand border trade.",
            "Iran and Pakistan agreed to expand border trade.",
        ),
        # agency tail
        (
            "Iran and Pakistan agreed to expand border trade - Fars News",
            "Iran and Pakistan agreed to expand border trade",
        ),
        # a sentence mentioning a report mid-way is left alone
        (
            "وزیر خارجه به گزارش رسانه‌ها واکنش نشان داد.",
            "وزیر خارجه به گزارش رسانه‌ها واکنش نشان داد.",
        ),
    ],
)
def test_strip_boilerplate(text: str, expected: str) -> None:
    assert strip_boilerplate(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same sentence twice (once with Arabic letters): one is kept
        (
            "تجارت ایران و پاکستان به ده میلیارد دلار می‌رسد.\n"
            "تجارت ايران و پاكستان به ده ميليارد دلار مي‌رسد.",
            1,
        ),
        # the lead repeated with a different attribution: one is kept
        (
            "لاریجانی گفت روابط ایران و پاکستان عمیق و تاریخی است و گسترش می‌یابد.\n"
            "وی افزود روابط ایران و پاکستان عمیق و تاریخی است و گسترش می‌یابد.",
            1,
        ),
        # two sentences about the same actors saying different things: both kept
        (
            "لاریجانی گفت روابط ایران و پاکستان عمیق و تاریخی است.\n"
            "لاریجانی از افزایش مبادلات تجاری تا ده میلیارد دلار خبر داد.",
            2,
        ),
    ],
)
def test_near_duplicates_are_dropped(text: str, expected: int) -> None:
    assert len(candidate_sentences(text.splitlines(), "fa")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading line without closing punctuation
        ("قدردانی ایران از مواضع ملت و دولت پاکستان", 0),
        # a kicker ending in ":"
        ("لاريجاني، مُؤكّداً أن العلاقات بين البلدين عميقة ومتجذّرة:", 0),
        # a Latin byline in an Arabic article
        ("manouchehr mahdavi", 0),
        # too short to be a point
        ("وی افزود: بله.", 0),
        # a real sentence
        ("وصل أمين المجلس الأعلى للأمن القومي علي لاريجاني إلى إسلام آباد.", 1),
    ],
)
def test_fragments_are_not_candidates(text: str, expected: int) -> None:
    lang = detect_language(text) if detect_language(text) != "en" else "ar"
    assert len(candidate_sentences([text], lang)) == expected


def test_points_come_in_reading_order() -> None:
    points = rank_key_points(ARTICLE_FA, "fa", TITLE_FA, n=3)
    positions = [next(i for i, s in enumerate(ARTICLE_FA) if fold(s) == fold(p)) for p in points]
    assert positions == sorted(positions)
    # the title pulls the fifth sentence in, after the lead
    assert positions[0] == 0
    assert 4 in positions


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, 3),  # below the range: 3
        (3, 3),  # in range
        (4, 4),  # in range
        (5, 5),  # top of the range
        (9, 5),  # above the range: 5
    ],
)
def test_number_of_points_is_clamped(n: int, expected: int) -> None:
    assert len(rank_key_points(ARTICLE_FA, "fa", TITLE_FA, n=n)) == expected


def test_fewer_points_only_when_the_article_is_short() -> None:
    assert len(rank_key_points(ARTICLE_FA[:2], "fa", n=3)) == 2


def test_points_are_whole_sentences() -> None:
    # a Persian sentence cut at 250 characters loses its verb: points are never cut
    long_sentence = " ".join(["همکاری اقتصادی ایران و پاکستان"] * 12) + " گسترش یافت."
    (point,) = rank_key_points([long_sentence], "fa")
    assert point == long_sentence
    assert not point.endswith("…")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a Persian statement whose speaker was cut off: «اظهار داشت: …»
        ("اظهار داشت: همکاری‌های اقتصادی ایران و پاکستان گسترش می‌یابد.", "fa", 0),
        # the same with «گفت:» and «افزود:»
        ("گفت: همکاری‌های اقتصادی ایران و پاکستان گسترش می‌یابد.", "fa", 0),
        ("افزودند: همکاری‌های اقتصادی ایران و پاکستان گسترش می‌یابد.", "fa", 0),
        # a sentence starting with a colon
        (": همکاری‌های اقتصادی ایران و پاکستان گسترش می‌یابد.", "fa", 0),
        # the speaker is there: a whole sentence (a guard)
        ("وزیر خارجه اظهار داشت: همکاری‌های اقتصادی ایران و پاکستان گسترش می‌یابد.", "fa", 1),
        # «گفتنی است» (it is worth saying) opens a whole sentence (a guard)
        ("گفتنی است همکاری‌های اقتصادی ایران و پاکستان گسترش می‌یابد.", "fa", 1),
        # Arabic «وأضاف: …» and «قائلا: …»: the quote without its speaker
        ("وأضاف: إن التعاون بين إيران وباكستان سيتوسع في مجال الطاقة.", "ar", 0),
        ("قائلا: إن التعاون بين إيران وباكستان سيتوسع في مجال الطاقة.", "ar", 0),
        # Arabic «وأضاف أن …» is a whole sentence (a guard)
        ("وأضاف أن التعاون بين إيران وباكستان سيتوسع في مجال الطاقة.", "ar", 1),
        # opinion pages' disclaimers are never a point
        ("هذا المقال بقلم محمد أحمد، وهو كاتب ومحلل سياسي مقيم في إسلام آباد.", "ar", 0),
        ("والآراء الواردة أدناه تعبر عن رأي الكاتب ولا تعكس بالضرورة رأي شبكة CNN.", "ar", 0),
        ("The views expressed in this commentary are solely those of the author.", "en", 0),
    ],
)
def test_attribution_fragments_and_disclaimers_are_not_points(
    text: str, lang: str, expected: int
) -> None:
    assert len(candidate_sentences([text], lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject before the first comma stays: only a place or a second source may
        # follow the agency («از قزوین», «به نقل از …»)
        (
            "به گزارش خبرگزاری فارس نمایشگاه مشترک عکس ایران و پاکستان، امروز در تهران افتتاح شد.",
            "نمایشگاه مشترک عکس ایران و پاکستان، امروز در تهران افتتاح شد.",
        ),
        # a speaker before «اظهار داشت:» stays
        (
            "به گزارش ایسنا وزیر نیرو اظهار داشت: سد مرزی تا پایان سال تکمیل می‌شود.",
            "وزیر نیرو اظهار داشت: سد مرزی تا پایان سال تکمیل می‌شود.",
        ),
        # the ABNA formula in display form («–» for the tatweel)
        (
            "به گزارش خبرگزاری اهلبیت (ع) – ابنا – در نشست مشترک دو طرف همکاری‌ها بررسی شد.",
            "در نشست مشترک دو طرف همکاری‌ها بررسی شد.",
        ),
        # Arabic «ذكرت وكالة X، »
        (
            "ذكرت وكالة الأنباء الإيرانية، أن وزير الخارجية الباكستاني وصل إلى طهران.",
            "أن وزير الخارجية الباكستاني وصل إلى طهران.",
        ),
        # a page's stamp before the lead, its weekday glued to the first word
        (
            "۱۳۹۰ اردیبهشت ۲۴, شنبهنمایندگان پارلمان در یک نشست مشترک بیانیه‌ای منتشر کردند.",
            "نمایندگان پارلمان در یک نشست مشترک بیانیه‌ای منتشر کردند.",
        ),
    ],
)
def test_agency_formulas_keep_the_subject(text: str, expected: str) -> None:
    assert strip_boilerplate(text) == expected


def test_no_point_repeats_the_title() -> None:
    # the title was made from the lead sentence whole: the first point is another one
    title = strip_boilerplate(ARTICLE_FA[0]).rstrip(".")
    points = rank_key_points(ARTICLE_FA, "fa", title, n=3)
    assert all(not title.startswith(p.rstrip(".")) for p in points)
    assert fold(points[0]) != fold(ARTICLE_FA[0])


@pytest.mark.parametrize(
    ("paragraphs", "lang", "title", "repeat"),
    [
        # the lead adds only who said it and when: it says what the title says
        (
            [
                "أعلن مسؤولون باكستانيون اليوم الأربعاء بأن باكستان وقعت اتفاقا مع إيران لإقامة "
                "خط أنابيب لنقل الغاز.",
                "وأعرب وزير البترول الباكستاني عن سعادته لإبرام الاتفاق بعد سنوات من المفاوضات.",
                "ويمتد الخط من حقل بارس الجنوبي إلى إقليم السند في جنوب باكستان.",
                "وتعارض الولايات المتحدة المشروع بسبب العقوبات المفروضة على طهران.",
            ],
            "ar",
            "مسؤولون باكستانيون: باكستان وقعت اتفاقا مع إيران لإقامة خط أنابيب لنقل الغاز",
            True,
        ),
        (
            [
                "سخنگوی وزارت خارجه روز شنبه اعلام کرد که مرز میرجاوه به روی زائران باز است.",
                "هزاران زائر پاکستانی در هفته گذشته در شهر تفتان منتظر مانده بودند.",
                "مقام‌های محلی زاهدان برای اسکان موقت زائران چادر برپا کرده‌اند.",
                "این مرز پس از حمله تروریستی ماه گذشته بسته شده بود.",
            ],
            "fa",
            "سخنگوی وزارت خارجه: مرز میرجاوه به روی زائران باز است",
            True,
        ),
        # guard: a lead that adds a fact to the title is still a point
        (
            [
                "أعلن مسؤولون باكستانيون اليوم الأربعاء بأن باكستان وقعت اتفاقا مع إيران لإقامة "
                "خط أنابيب لنقل الغاز بقيمة سبعة مليارات دولار يمتد ألفي كيلومتر.",
                "وأعرب وزير البترول الباكستاني عن سعادته لإبرام الاتفاق بعد سنوات من المفاوضات.",
                "ويمتد الخط من حقل بارس الجنوبي إلى إقليم السند في جنوب باكستان.",
                "وتعارض الولايات المتحدة المشروع بسبب العقوبات المفروضة على طهران.",
            ],
            "ar",
            "مسؤولون باكستانيون: باكستان وقعت اتفاقا مع إيران لإقامة خط أنابيب لنقل الغاز",
            False,
        ),
    ],
)
def test_a_lead_that_only_frames_the_title_is_no_point(paragraphs, lang, title, repeat) -> None:
    points = rank_key_points(paragraphs, lang, title, n=3)
    assert (fold(points[0]) != fold(paragraphs[0])) is repeat


@pytest.mark.parametrize(
    ("prefix", "lang"),
    [
        ("000", "fa"),  # ABNA, Persian
        ("001", "fa"),  # IRIB, Persian
        ("002", "ar"),  # Al-Vefagh, Arabic
        ("004", "fa"),  # Mehr, Persian
    ],
)
def test_points_are_in_the_article_language(prefix: str, lang: str) -> None:
    points, origin = key_points(seed_paragraphs(prefix), lang)
    assert origin == "ranked"
    assert len(points) == 3
    assert all(detect_language(p) == lang for p in points)


@pytest.mark.parametrize(
    ("prefix", "lang"), [("000", "fa"), ("001", "fa"), ("002", "ar"), ("004", "fa")]
)
def test_points_of_displayed_paragraphs_are_not_tidied_again(prefix, lang, monkeypatch) -> None:
    shown = [display(p, lang) for p in seed_paragraphs(prefix)]
    expected = rank_key_points(shown, lang)
    monkeypatch.setattr(
        keypoints, "display", lambda text, lang: pytest.fail("display called again")
    )
    assert rank_key_points(shown, lang, displayed=True) == expected


@pytest.mark.parametrize(
    "prefix",
    [
        "000",  # starts «به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ»
        "004",  # starts «به گزارش خبرگزاری مهر، »
    ],
)
def test_no_boilerplate_in_persian_seed_points(prefix: str) -> None:
    points, _origin = key_points(seed_paragraphs(prefix), "fa")
    assert points
    for point in points:
        assert "به گزارش" not in point
        assert "خبرگزاری" not in fold(point).replace("ي", "ی")
        assert not point.startswith("date ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic and Persian letters fold together; stopwords go; «-ستان» names stay whole
        ("همکاری‌های ايران و پاكستان", ["همکاری", "ایران", "پاکستان"]),
        # hazm's Stemmer would cut «تاکید» to «تاک»: kept whole
        ("تاکید کرد", ["تاکید"]),
    ],
)
def test_persian_terms(text: str, expected: list[str]) -> None:
    assert content_terms(text, "fa") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ال/و/ل prefixes and ات/ون suffixes go, stems keep >= 3 letters
        ("والعلاقات للتعاون", ["علاق", "تعاون"]),
        # «الله» is too short to lose anything; stopwords «في» and «إلى» go
        ("في الله إلى", ["الله"]),
    ],
)
def test_arabic_terms(text: str, expected: list[str]) -> None:
    assert content_terms(text, "ar") == expected


def test_eval_script_exits_non_zero_without_data(tmp_path: Path) -> None:
    assert bench("eval_keypoints").main(["--eval-dir", str(tmp_path)]) != 0


@pytest.fixture(scope="module")
def keypoint_scores() -> dict:
    if not EVAL_DIR.is_dir():
        pytest.skip(f"evaluation data not found at {EVAL_DIR}")
    return bench("eval_keypoints").run(EVAL_DIR)


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_key_points_hold_their_floors(keypoint_scores: dict, lang: str) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[lang]
    ours = keypoint_scores[lang]["systems"]["keypoints"]
    for metric, floor in floors.items():
        assert ours[metric] >= floor, (lang, metric, ours[metric], floor)


@pytest.mark.xfail(
    strict=True,
    reason="known gap: measured as the pipeline runs, no point may repeat the title, and "
    "every point is a sentence that can be read alone: RL fa 0.217 (Lead-3 0.211), ar 0.336 "
    "(Lead-3 0.348); the target is Lead-3 + 0.02 in both.  Arabic cannot reach it by choosing "
    "sentences: the best three of each item's first 15 candidate sentences, chosen by looking at "
    "the reference, give RL 0.379 (fa 0.267); with 10/60 ar leads saying no more than the title "
    "and the reference restating the lead, a ranker would need 97 % of that; with the outlet's "
    "own headline 0.238 / 0.363, with no rule against repeating the title 0.223 / 0.364",
)
@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_key_points_beat_lead3_by_two_points(keypoint_scores: dict, lang: str) -> None:
    systems = keypoint_scores[lang]["systems"]
    assert systems["keypoints"]["RL"] >= systems["lead-3"]["RL"] + 0.02, (lang, systems)


def _dense_textrank(docs: list[list[str]]) -> list[float]:
    """TextRank's iteration as first written: every pair, zero weights included."""
    from akhbar.keypoints import TEXTRANK_DAMPING, TEXTRANK_ITERATIONS, overlap_weights

    weights = overlap_weights(docs)
    n = len(docs)
    totals = [sum(row) or 1.0 for row in weights]
    rank = [1.0] * n
    for _ in range(TEXTRANK_ITERATIONS):
        rank = [
            (1 - TEXTRANK_DAMPING)
            + TEXTRANK_DAMPING * sum(weights[j][i] * rank[j] / totals[j] for j in range(n))
            for i in range(n)
        ]
    return rank


@given(st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=6), max_size=12))
def test_textrank_equals_its_dense_definition(docs: list[list[str]]) -> None:
    from akhbar.keypoints import _textrank

    assert _textrank(docs) == _dense_textrank(docs)  # to the last bit


@pytest.mark.parametrize(
    ("lang", "lead_margin"),
    [
        ("fa", 1 - 1 / 4**1.5),  # Persian: the 4th sentence is worth an eighth of the lead
        ("ar", 1 - 1 / 4),  # Arabic: a quarter of the lead
        ("en", 1 - 1 / 4),  # any other language: the default prior
    ],
)
def test_position_prior_per_language(lang: str, lead_margin: float) -> None:
    from akhbar.keypoints import W_POSITION, score_sentences

    # Four sentences of distinct numbers: the same terms, centrality and brevity in every
    # language, so the lead's lead over the 4th sentence is the position prior alone.
    sentences = [" ".join(str(10 * k + j) for j in range(8)) + "." for k in range(1, 5)]
    scores = score_sentences(sentences, lang)
    assert scores[0] - scores[3] == pytest.approx(W_POSITION * lead_margin)


# --- A point states something on its own -----------------------------------------------
#
# Each sentence sits between a lead and another whole sentence; with three points asked
# for, all three are points unless the middle one cannot be read alone.

_LEAD = {
    "ar": "وصل وزير الخارجية الإيراني إلى إسلام آباد في زيارة رسمية تستمر يومين.",
    "fa": "وزیر خارجه ایران برای دیداری رسمی دو روزه وارد اسلام‌آباد شد.",
}
_OTHER = {
    "ar": "وبحث الوزير مع نظيره الباكستاني العلاقات الثنائية والتعاون الحدودي.",
    "fa": "وزیر خارجه با همتای پاکستانی خود درباره روابط دوجانبه گفت‌وگو کرد.",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the outlet's own question (a sub-heading): it states nothing
        ("هل هناك قراصنة روس يشاركون في الحرب الدائرة في سوريا؟", "ar"),
        # a Persian question, closed by «؟» and a stray space
        ("آیا پاکستان می‌تواند میان ایران و عربستان میانجی‌گری کند؟ ", "fa"),
        # a short line closed by a quotation mark and no full stop: a heading
        ('استقالة نائبة رئيس المنظمة بعد تفاقم "فضيحة الدعارة"', "ar"),
        # the same with «» and a bracket
        ("نشست مشترک ایران و پاکستان درباره «امنیت مرزها»)", "fa"),
        # a quotation's last sentence: its opening and speaker are in the sentence before
        ('ونعتقد أن هذا النفوذ غير مفيد لمستقبل لبنان على المدى البعيد."', "ar"),
        # the same, the full stop after the quotation mark and a space before it
        ('النظام الإيراني حاول زعزعة استقرار سوريا والعراق واليمن ولبنان ".', "ar"),
        # the same with «»
        ("این یک وظیفه است که همه دستگاه‌ها باید انجام دهند.»", "fa"),
        # a quotation's first sentence, left open: the statement is cut, though its
        # speaker is named
        ('وقال تيلرسون: "نقف متكاتفين مع تركيا في مواجهة التهديدات الإرهابية.', "ar"),
        # left unfinished by the outlet: it goes on in the next sentence
        ("وقال نتنياهو إنه يعرف الحقيقة ويقول لكم في هذه القاعة ...", "ar"),
        # the same with «…»
        ("رسانه‌های غربی: ایران نشان داد آماده جنگ است و هم هشداری به اسرائیل…", "fa"),
        # the cause of the sentence before it, split off
        ("زیرا این سیستم سرعت عمل نداشته و پاسخگوی نیازهای امروز نیست.", "fa"),
        ("چرا که مرزهای شرقی کشور همچنان ناامن است و قاچاق ادامه دارد.", "fa"),
        ("لأن الحدود بين البلدين لا تزال مفتوحة أمام المهربين والمسلحين.", "ar"),
    ],
)
def test_sentences_that_state_nothing_alone_are_not_points(text: str, lang: str) -> None:
    points = rank_key_points([_LEAD[lang], text, _OTHER[lang]], lang, displayed=True)
    assert points == [_LEAD[lang], _OTHER[lang]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guard: a quoted question names who asked: a statement
        ('وقال الرئيس في كلمته: "متى ستنتهي هذه المعاملة غير الإنسانية للعاملات؟"', "ar"),
        # guard: the question is inside a quotation opened in the same sentence
        ('وأضاف ماتيس: "هم يتلقون الأوامر من جهة معينة فهل كانت جهة محلية؟"', "ar"),
        # guard: a question reported after its speaker and a colon
        ("وی پرسید: چرا دولت برای مهار قاچاق در مرزهای شرقی برنامه‌ای ندارد؟", "fa"),
        # guard: a whole quotation closed in the same sentence
        ("وی گفت: «این یک وظیفه است که همه دستگاه‌ها باید انجام دهند.»", "fa"),
        # guard: a short real sentence with its full stop
        ("ووقع البلدان مذكرة تفاهم للتعاون الأمني.", "ar"),
        # guard: a short sentence closed by a quoted name after its full stop
        ('وأطلق الجيش على العملية اسم "غصن الزيتون."', "ar"),
        # guard: «لأن X، فإن Y» is a whole sentence (cause and effect)
        ("لأن الحدود مفتوحة أمام المهربين، فإن البلدين اتفقا على دوريات مشتركة.", "ar"),
        # guard: «چون X، Y» is a whole sentence
        ("چون مرز بسته شد، صادرات میوه به پاکستان متوقف شد.", "fa"),
        # guard: «..» closes a sentence in Arabic tweets and quotations, not unfinished
        ("جنودنا تمكنوا حتى اللحظة من تطهير 300 كيلومتر مربع في عفرين..", "ar"),
    ],
)
def test_statements_that_stand_alone_stay_points(text: str, lang: str) -> None:
    points = rank_key_points([_LEAD[lang], text, _OTHER[lang]], lang, displayed=True)
    assert points == [_LEAD[lang], text.strip(), _OTHER[lang]]


def test_the_dots_of_and_so_on_end_no_sentence() -> None:
    # the outlet's «و ...» ("and so on") closes a list, not the sentence: one point, whole
    paragraph = (
        "امام جمعه دلوار گفت: قیام رئیسعلی دلواری به رهبری عالمان دینی نظیر علامه بلادی، "
        "مجتهد برازجانی و ... صفحات درخشانی در تاریخ کشور ثبت نمود و ماندگار شد."
    )
    points = rank_key_points([_LEAD["fa"], paragraph, _OTHER["fa"]], "fa", n=5, displayed=True)
    assert points == [_LEAD["fa"], paragraph, _OTHER["fa"]]


@pytest.mark.parametrize(
    ("paragraph", "lang", "kept"),
    [
        # a quotation over three sentences: the 2nd and 3rd have lost their speaker, the
        # 1st is cut inside the quotation
        (
            'وقال أردوغان: "جنودنا تمكنوا من تطهير 300 كيلومتر مربع من عفرين حتى الآن.. '
            "جنودنا يمضون غير آبهين بالجبال والحجارة والتلال في المنطقة.. "
            'وسنواصل العملية العسكرية حتى تحقيق جميع أهدافها في الشمال السوري."',
            "ar",
            [],
        ),
        # the same in Persian «»
        (
            "وزیر کشور گفت: «مرزهای شرقی کشور امروز از هر زمان دیگری امن‌تر است. "
            "قاچاق سوخت در این مرزها به کمتر از نیمی رسیده است. "
            "همکاری مرزبانان دو کشور در ماه‌های آینده ادامه خواهد یافت.»",
            "fa",
            [],
        ),
        # a quotation cut at an honorific's full stop «(ع).»
        (
            'وأضاف المحافظ قائلاً: "مشهد مدينة لجميع المسلمين ونحن سعداء باستضافة زوار الإمام '
            'الرضا (ع). نأمل أن تتعزز العلاقات بين البلدين الجارين في المستقبل القريب."',
            "ar",
            [],
        ),
        # a Persian statement opened by «گفت:» with no quotation mark runs on: the
        # sentences after it are its words, not the outlet's
        (
            "نخست‌وزیر پیشین پاکستان گفت: ما در کنار ملت ایران هستیم و خواهیم ایستاد. "
            "ملت ایران با مقاومت خود چهره‌ای نو از کشورشان به نمایش گذاشتند.",
            "fa",
            ["نخست‌وزیر پیشین پاکستان گفت: ما در کنار ملت ایران هستیم و خواهیم ایستاد."],
        ),
    ],
)
def test_a_quotation_split_over_sentences_gives_no_point(
    paragraph: str, lang: str, kept: list[str]
) -> None:
    # five points asked for: every sentence that can be one is
    points = rank_key_points([_LEAD[lang], paragraph, _OTHER[lang]], lang, n=5, displayed=True)
    assert points == [_LEAD[lang], *kept, _OTHER[lang]]


def test_a_persian_statement_after_a_colon_ends_where_another_speaker_speaks() -> None:
    # guard: «وی افزود:» opens a statement of its own, named: a point
    said = "نخست‌وزیر پیشین پاکستان گفت: ما در کنار ملت ایران هستیم و خواهیم ایستاد."
    added = "وی افزود: حضور من در فرودگاه تقدیر از همین استقامت بزرگ ملت ایران است."
    paragraph = f"{said} {added}"
    points = rank_key_points([_LEAD["fa"], paragraph, _OTHER["fa"]], "fa", n=5, displayed=True)
    assert points == [_LEAD["fa"], said, added, _OTHER["fa"]]


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # another party's statement told by the reporter ends the colon's words: it and
        # the sentences after it are the outlet's, stops glued to the next word or not
        (
            "منابع محلی اعلام کردند: یک هواپیما در کوه سقوط کرد.این هواپیما صبح از کراچی "
            "پرواز کرده بود.شرکت هواپیمایی در پایتخت تائید کرد شمار مسافران ۱۵۲ نفر است. "
            "گروه‌های امداد و نجات پلیس به محل حادثه اعزام شده‌اند.",
            [
                "منابع محلی اعلام کردند: یک هواپیما در کوه سقوط کرد.",
                "شرکت هواپیمایی در پایتخت تائید کرد شمار مسافران ۱۵۲ نفر است.",
                "گروه‌های امداد و نجات پلیس به محل حادثه اعزام شده‌اند.",
            ],
        ),
        # a statement in quotation marks after the colon is closed with them: the
        # sentence after it is the outlet's
        (
            "وزیر نیرو گفت: «سد مرزی تا پایان سال تکمیل می‌شود». این سد در سال گذشته با "
            "بودجه دولتی آغاز شده بود.",
            [
                "وزیر نیرو گفت: «سد مرزی تا پایان سال تکمیل می‌شود».",
                "این سد در سال گذشته با بودجه دولتی آغاز شده بود.",
            ],
        ),
        # guards: the speaker's own «ما گفتیم …» and a sentence with no one else's
        # statement stay the speaker's words
        (
            "وزیر نیرو گفت: سد مرزی تا پایان سال تکمیل می‌شود. ما گفتیم که آب کشاورزان "
            "منطقه تامین خواهد شد.",
            ["وزیر نیرو گفت: سد مرزی تا پایان سال تکمیل می‌شود."],
        ),
        (
            "وزیر نیرو گفت: سد مرزی تا پایان سال تکمیل می‌شود.آب کشاورزان منطقه از این "
            "سد تامین خواهد شد.",
            ["وزیر نیرو گفت: سد مرزی تا پایان سال تکمیل می‌شود."],
        ),
    ],
)
def test_a_persian_colon_statement_ends_at_another_partys_statement(
    paragraph: str, kept: list[str]
) -> None:
    points = rank_key_points([_LEAD["fa"], paragraph, _OTHER["fa"]], "fa", n=5, displayed=True)
    assert points == [_LEAD["fa"], *kept, _OTHER["fa"]]


@pytest.mark.parametrize(
    ("paragraph", "lang", "point"),
    [
        # a newsroom's or a known place's dateline opening a later paragraph
        (
            "مركز الأخبار ـ رغم انقطاع الإنترنت نزل المحتجون اليوم إلى شوارع المدينة.",
            "ar",
            "رغم انقطاع الإنترنت نزل المحتجون اليوم إلى شوارع المدينة.",
        ),
        (
            "مرکز خبر- پلیس پاکستان ده‌ها نفر از معترضان را در پایتخت بازداشت کرد.",
            "fa",
            "پلیس پاکستان ده‌ها نفر از معترضان را در پایتخت بازداشت کرد.",
        ),
        (
            "كراتشي ـ أعلنت الشرطة اعتقال ثلاثة مشتبه بهم في الهجوم على الحافلة.",
            "ar",
            "أعلنت الشرطة اعتقال ثلاثة مشتبه بهم في الهجوم على الحافلة.",
        ),
        # guards: a month's second name, a name that may be the subject, an aside
        # between dashes
        (
            "وفي آذار- مارس الماضي سافر الفريق الوطني إلى الدولة المجاورة للمرة الأولى.",
            "ar",
            None,
        ),
        (
            "الحكومة المحلية - أعلنت إغلاق المعبر الحدودي أمام الشاحنات لمدة أسبوع.",
            "ar",
            None,
        ),
        (
            "كراتشي – المدينة الأكبر في البلاد – شهدت أمس احتجاجات واسعة على الغلاء.",
            "ar",
            None,
        ),
    ],
)
def test_a_paragraphs_dateline_is_no_part_of_its_point(
    paragraph: str, lang: str, point: str | None
) -> None:
    points = rank_key_points([_LEAD[lang], paragraph, _OTHER[lang]], lang, n=5, displayed=True)
    assert points == [_LEAD[lang], point or paragraph, _OTHER[lang]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the keyword line closing a Fars item: a list of labels, no statement
        (
            "واژه‌های کلیدی: امام خمینی(ره)، جمهوریت، اسلامیت، جمهوری اسلامی، "
            "حقوق اساسی، قانون اساسی.",
            "fa",
        ),
        # without the ZWNJ, and «کلیدواژه‌ها»
        ("واژه های کلیدی: ایران، پاکستان، مرز، تجارت، امنیت، انرژی.", "fa"),
        ("کلیدواژه‌ها: ایران، پاکستان، مرز، تجارت، امنیت، انرژی.", "fa"),
        # Arabic «الكلمات المفتاحية:» and «كلمات مفتاحية:»
        ("الكلمات المفتاحية: باكستان، إيران، الحدود، التجارة، الأمن، الطاقة.", "ar"),
        ("كلمات مفتاحية: باكستان، إيران، الحدود، التجارة، الأمن، الطاقة.", "ar"),
    ],
)
def test_keyword_lines_are_never_points(text: str, lang: str) -> None:
    assert strip_boilerplate(text) == ""
    points = rank_key_points([_LEAD[lang], text, _OTHER[lang]], lang, displayed=True)
    assert points == [_LEAD[lang], _OTHER[lang]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown outlet after a desk: «به گزارش بخش … خبرگزاری X، »
        ("به گزارش بخش بین الملل خبرگزاری نمونه، این حمله بامداد امروز صورت گرفت.",
         "این حمله بامداد امروز صورت گرفت."),
        # «به گزارش گروه … از روزنامه X Y Z، »
        ("به گزارش گروه بین الملل از روزنامه اردو زبان نمونه، به گفته مسئولان، بازارچه احداث می شود.",
         "به گفته مسئولان، بازارچه احداث می شود."),
        # a chained «به نقل از X، » after the report formula
        ("به گزارش ایرنا، به نقل از این تارنما، بندر چابهار برای هند اهمیت زیادی دارد.",
         "بندر چابهار برای هند اهمیت زیادی دارد."),
        # guard: «به نقل از X، » opening a sentence alone says whose claim it is
        ("به نقل از رویترز، مرز دو کشور بسته شد.", "به نقل از رویترز، مرز دو کشور بسته شد."),
        # «٬» closes the formula as a comma: the name after it stays
        ("به گزارش رادیو نمونه٬ علی رضایی، سخنگوی مرزبانی، گفت که مرز بسته است.",
         "علی رضایی، سخنگوی مرزبانی، گفت که مرز بسته است."),
        # «به گزارش «X»» with no comma
        ("به گزارش «نمونه اقتصادی» تجارت با همسایگان افزایش یافت.", "تجارت با همسایگان افزایش یافت."),
        # a dateline of an outlet not in sources.yml: «CITY (OUTLET)- »
        ("أربيل (نموذج24)- وقعت اشتباكات قرب المعبر.", "وقعت اشتباكات قرب المعبر."),
        # a reprint's disclaimer is no point
        ("نمونه - منبع /متن پیش رو در منبع منتشر شده و بازنشرش به معنای تاییدش نیست", ""),
    ],
)  # fmt: skip
def test_outlet_prefixes_are_stripped(text: str, expected: str) -> None:
    assert strip_boilerplate(text) == expected


def test_a_later_sentence_keeps_its_arabic_attribution() -> None:
    # «وفقا لـ X، » opening a later sentence says whose claim it is: the point keeps it,
    # and no point opens with the «،» a removed attribution would leave
    lead = "وفقا لوكالة الأنباء الإيرانية، هاجم مسلحون مبنى القضاء في مدينة زاهدان صباح اليوم."
    later = [
        "ووفقًا لوكالة الأنباء الرسمية (إرنا)، فقد بدأ الهجوم باستهداف مبنى القضاء التابع "
        "لوزارة العدل.",
        "وفقا لوكالة الأنباء الإيرانية، قتل ستة أشخاص وأصيب عشرون آخرون في الهجوم.",
    ]
    points = rank_key_points([lead, *later], "ar", n=3)
    assert points == [
        "هاجم مسلحون مبنى القضاء في مدينة زاهدان صباح اليوم.",
        *later,
    ]


def test_a_decimal_written_with_a_slash_ends_no_sentence() -> None:
    paragraph = (
        "از کل واردات ۶۰ میلیارد دلاری این بازار، فقط ۳۷۴ میلیون دلار آن یعنی ۶/. درصد از نیاز "
        "کالایی این کشور مربوط به کالاهای ایرانی بوده است. سهم دیگر کشورها بیشتر بوده است."
    )
    points = rank_key_points([paragraph], "fa")
    assert any("۶/. درصد" in p for p in points)
    assert not any(p.startswith("درصد") for p in points)


def test_related_story_links_after_the_text_are_no_points() -> None:
    from akhbar.fields import structure

    lines = [
        "وزارت خارجه ایران امروز در خبرنامه‌ای گفته است که نماینده مجلس درباره احتمال بروز یک "
        "فاجعه انسانی به خاطر بحران آب در استان مرزی هشدار داده است.",
        "به نقل از خبرنامه وزارت خارجه، نماینده پیشنهاد دریافت تضمین‌های عملی را کرده است.",
        "وزیر خارجه: همه گزینه‌ها برای تحقق حقابه در دستور کار قرار دارد",
        "سخنگو: حقابه ایران از رود مرزی جزء موضوعات ثابت گفت‌وگوهای ما با همسایه است",
    ]
    shape = structure(lines, "fa")
    assert list(shape.chrome) == lines[2:]
    body = [p for s in shape.sections for p in s.paragraphs]
    assert body == lines[:2]
    # guard: one short closing line is text, not a list of links
    assert not structure(lines[:3], "fa").chrome


def test_sentences_ending_in_a_middle_dot_are_points() -> None:
    # an outlet that writes «·» for the full stop: each sentence is a point of its own
    # (was one "sentence" of the whole paragraph, too long to be any point)
    paragraph = (
        "قتل ثلاثة جنود في هجوم على دورية للجيش قرب الحدود الشرقية أمس· "
        "وأصيب سبعة آخرون بجروح نقلوا على إثرها إلى المستشفى العسكري في المدينة· "
        "وقالت مصادر أمنية إن المهاجمين فروا إلى الجبال المجاورة بعد الهجوم· "
        + "ويعد هذا الهجوم الأعنف في المنطقة منذ سنوات طويلة رغم الحملات الأمنية المتكررة· "
        * 4
    )
    points = rank_key_points([paragraph], "ar")
    assert len(points) == 3
    assert all(p.endswith("·") and p.count("·") == 1 for p in points)


def test_a_quotation_closed_by_its_opening_mark_leaves_no_quotation_open() -> None:
    # «“…“»: the second mark closes the quotation, so the sentence is a point and the ones
    # after it are not inside a quotation (was one point: every sentence after «“» open)
    paragraphs = [
        "مدیرکل اتباع خارجه وزارت کشور به خبرگزاری مهر گفته است که: “مدارک آمایش اتباع "
        "افغانی تا پانزدهم شهریور اعتبار داشت و تمدید آن به دستور وزارت کشور بستگی دارد“. "
        "این مقام آخرین مهلت تمدید مدارک پناهندگان عراقی را پایان وقت اداری امروز اعلام کرد.",
        "به گفته او حدود هشتصد و چهل هزار افغانی در کشور غیرمجاز محسوب می‌شوند و باید "
        "کشور را ترک کنند مگر آن که دولت افغانستان درخواست تمدید را پیگیری کند.",
    ]
    assert len(rank_key_points(paragraphs, "fa")) == 3


AR_TEXT_BEFORE_LINK = [
    "أعلن الجيش صد هجوم شنه مسلحون على قاعدة بحرية في جنوب البلاد صباح اليوم.",
    "وقال متحدث عسكري إن قوات الأمن قتلت جميع المهاجمين بعد اشتباك دام ساعات.",
]


@pytest.mark.parametrize(
    "link",
    [
        "دولة جارة تغلق 12 سفارة في الخارج خوفاً من “رد انتقامي”",
        "مسؤول يحذر القوات الأجنبية في المدينة: لن نفرق بين المسلحين",
    ],
)
def test_one_arabic_related_link_closing_the_page_is_chrome(link) -> None:
    from akhbar.fields import structure

    shape = structure([*AR_TEXT_BEFORE_LINK, link], "ar")
    assert list(shape.chrome) == [link]
    assert [p for s in shape.sections for p in s.paragraphs] == AR_TEXT_BEFORE_LINK


@pytest.mark.parametrize(
    "last",
    [
        # the text's own last sentence, cut by the stored copy or left without its stop
        "وأضاف أن الحكومة ستواصل ملاحقة المسلحين في المنطقة",
        "ويرى مراقبون أن الهجوم يهدد مشروعات الطرق في الإقليم",
        "الهجوم هو الثاني من نوعه، خلال أسبوع واحد فقط",
        "الجيش يؤكد أن المسلحين تسللوا من الحدود الغربية",
        "القوات تواصل عمليات التمشيط في المنطقة المحيطة بالقاعدة العسكرية في",
        "ذلك الهجوم أثار مخاوف السكان في البلدات المجاورة",
        "المصدر: وكالة الأنباء الرسمية",
        "قوات الأمن تطارد مسلحين",
        "القوات تطارد المسلحين في الجبال بعد “هجوم القاعدة البحرية الكبير”.",
        # Persian: a last sentence often ends on its verb with no stop, as a headline does
        "وزیر کشور فردا برای بازدید از منطقه به شهر مرزی سفر خواهد کرد",
    ],
)
def test_a_closing_line_of_the_text_stays_text(last) -> None:
    from akhbar.fields import structure

    shape = structure([*AR_TEXT_BEFORE_LINK, last], "ar")
    assert last not in shape.chrome


@pytest.mark.parametrize(
    ("sentence", "lead", "expected"),
    [
        # a dateline set off by a spaced dash opens no key point, as it opens no title
        ("اسلام آباد - نماینده پارلمان گفت: انتقاد از گزارش آژانس بجاست.", True,
         "نماینده پارلمان گفت: انتقاد از گزارش آژانس بجاست."),
        ("نيودلهي - تلعب الهند وباكستان آخر مباراة اليوم.", True,
         "تلعب الهند وباكستان آخر مباراة اليوم."),
        # guards: not outside the lead; an aside between two dashes is no dateline
        ("اسلام آباد - نماینده پارلمان گفت.", False, "اسلام آباد - نماینده پارلمان گفت."),
        ("الوزير - في تصريح - يصل غدا إلى العاصمة.", True,
         "الوزير - في تصريح - يصل غدا إلى العاصمة."),
    ],
)  # fmt: skip
def test_a_lead_dateline_opens_no_key_point(sentence, lead, expected):
    assert strip_boilerplate(sentence, lead=lead) == expected


@pytest.mark.parametrize(
    ("sentence", "repeats"),
    [
        # a date's month frames the lead as a day's name does: the title's sentence again
        ("وصل وزير الداخلية الباكستاني إلى طهران في 8 يوليو في زيارة رسمية", True),
        ("وزیر کشور پاکستان ۸ ژوییه در سفری رسمی به تهران رسید", True),
        # guard: a clause of news beside the date is news
        ("وصل وزير الداخلية الباكستاني إلى طهران في 8 يوليو في زيارة رسمية لبحث أمن الحدود",
         False),
    ],
)  # fmt: skip
def test_a_month_name_is_no_news_beside_the_title(sentence, repeats):
    titles = {
        "ar": "وصل وزير الداخلية الباكستاني إلى طهران في زيارة رسمية",
        "fa": "وزیر کشور پاکستان در سفری رسمی به تهران رسید",
    }
    title = titles["ar" if "وصل" in sentence else "fa"]
    assert _repeats(set(tokens(sentence)), set(tokens(title))) is repeats


def test_key_points_read_the_month_names_of_the_date_tables():
    # one table for both: a month the date reader knows is a month word of the key points
    from akhbar import fields

    assert keypoints.MONTH_NAMES is fields.MONTH_NAMES
    assert keypoints.JALALI_MONTH_NAMES is fields.JALALI_MONTH_NAMES
    assert {"مهر", "نوامبر", "نوفمبر"} <= keypoints._MONTH_WORDS


def test_strip_boilerplate_answers_for_the_sources_and_place_it_is_given():
    """The same sentence read with other sources, or in and out of the lead, is read
    again: an agency one list knows and the other does not, a dateline only the lead
    drops."""
    from akhbar.model import Names, Source

    sample = (Source("sample", Names(fa="خبرگزاری نمونه", en="Sample News"), ("نمونه",)),)
    sentence = "به گزارش نمونه وزیر نیرو گفت: سد مرزی تا پایان سال تکمیل می‌شود."
    stripped = "وزیر نیرو گفت: سد مرزی تا پایان سال تکمیل می‌شود."
    for _ in range(2):
        assert strip_boilerplate(sentence, sample) == stripped
        assert strip_boilerplate(sentence, ()) == sentence
        assert strip_boilerplate(sentence, list(sample)) == stripped
    dateline = "اسلام آباد - نماینده پارلمان گفت."
    for _ in range(2):
        assert strip_boilerplate(dateline, lead=True) == "نماینده پارلمان گفت."
        assert strip_boilerplate(dateline, lead=False) == dateline
