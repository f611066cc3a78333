import re

import pytest
from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st

from akhbar.text import (
    _ASCII_DIGIT_PAIRS,
    _FOLD_PAIRS,
    _FOLD_TABLE,
    detect_language,
    display,
    fold,
    fold_word,
    replace_each,
    split_sentences,
    to_ascii_digits,
    truncate_words,
)

# Every key and replacement of the folding table, and letters it leaves alone.
_FOLD_ALPHABET = "".join(chr(k) for k in _FOLD_TABLE) + "".join(_FOLD_TABLE.values()) + "بپسaB "


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("لاریجانی", "لاريجاني"),  # Persian ی vs Arabic ي
        ("کشور", "كشور"),  # Persian ک vs Arabic ك
        ("همکاری‌های", "همکاریهای"),  # with and without ZWNJ
        ("مُؤكّداً", "موکدا"),  # diacritics off, ؤ -> و, ك -> ک
        ("إسلام آباد", "اسلام آباد"),  # hamza-under alef -> bare alef
        ("۱۰ میلیارد", "10 میلیارد"),  # Persian digits -> ASCII
        ("١٢ يوماً", "12 یوما"),  # Arabic-Indic digits, tanwin off
        ("ناتوی\u200bاسلامی", "ناتویاسلامی"),  # zero-width space dropped
        ("\u202eLarijani", "larijani"),  # bidi override dropped, case folded
        ("مدرسة", "مدرسه"),  # ta marbuta -> he
    ],
)
def test_fold_unifies_spellings(a, b):
    assert fold(a) == fold(b)
    assert fold_word(a) == fold(a)  # the same, kept


@given(st.text(alphabet=_FOLD_ALPHABET, max_size=60))
def test_folding_replacements_equal_the_translation_table(text):
    assert replace_each(text, _FOLD_PAIRS) == text.translate(_FOLD_TABLE)
    digits = {ord(old): new for old, new in _ASCII_DIGIT_PAIRS}
    assert to_ascii_digits(text) == text.translate(digits)


@pytest.mark.parametrize("space", [chr(c) for c in range(0x3001) if re.fullmatch(r"\s", chr(c))])
def test_fold_turns_every_run_of_spaces_into_one(space):
    # every character ``\s`` matches: tab, newline, no-break space, the em space, ...
    assert fold(f"{space} a{space}{space}b {space}") == "a b"


@pytest.mark.parametrize("pairs", [_FOLD_PAIRS, _ASCII_DIGIT_PAIRS])
def test_no_folding_replacement_is_itself_replaced(pairs):
    # replace_each equals str.translate only then: ("a", "b"), ("b", "c") turns "ab" into "cc".
    keys = {old for old, _new in pairs}
    assert not {ch for _old, new in pairs for ch in new} & keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("علی لاریجانی دبیر شورای عالی امنیت ملی کشورمان گفت", "fa"),  # Persian letters ی/ک/گ
        ("وصل أمين المجلس الأعلى للأمن القومي علي لاريجاني إلى إسلام آباد", "ar"),  # ي/ة
        ("Larijani arrived in Islamabad on Tuesday.", "en"),  # Latin only
        ("manouchehr mahdavi", "en"),  # a Latin byline
        ("التعاون بين إيران وباكستان يسهم في إرساء السلام الإقليمي", "ar"),  # ي, ة-free
        ("Iran و Pakistan همکاری می‌کنند", "fa"),  # mixed, Persian dominant
        ("سفير پاكستان در تهران گفت كه همكاري‌ها ادامه دارد", "fa"),  # Persian typed with ي/ك
        ("الحكومة الباكستانية والسياسة الخارجية", "ar"),  # ة outweighs shared letters
        # Arabic typed with the Persian ی/ک and ه for ة: its function words tell
        ("وقال المتحدث فی مؤتمره إن الجانبین تبادلا وجهات النظر", "ar"),
        ("وأضاف: إن إیران وباکستان تتمتعان بعلاقات عمیقه فی مجالات التجاره", "ar"),
        ("مع بعضها البعض فی هذا الإطار", "ar"),
        # Persian typed with ي/ك and no letter of its own: «با» outweighs six ي/ك
        ("وزير خارجه ايران با همتاي خود ديدار كرد", "fa"),
        ("سفير ايران در اسلام آباد گفت كه اين ديدار براي دو كشور مهم است", "fa"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("همکاریهای", "همکاری\u200cهای"),  # plural after a word-final ی (000)
        ("چالشهای", "چالش\u200cهای"),  # plural after a consonant (001)
        ("برنامهها", "برنامه\u200cها"),  # plural after a silent ه
        ("منطقهای", "منطقه\u200cای"),  # adjectival ای after ه, not «منطق‌های»
        ("بیانیهای", "بیانیه\u200cای"),  # indefinite ای after ه, not «بیانی‌های» (001)
        ("تنها", "تنها"),  # a word of its own: untouched
        ("اسلامآباد", "اسلام\u200cآباد"),  # a compound glued before آ (000, 001)
    ],
)
def test_display_persian_restores_stripped_zwnj(glued, expected):
    assert display(glued, "fa") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Arabic typed with ی/ک: no Persian plural «ها» or «ات» is split off its words
        "وقال المتحدث فی مؤتمره إن الجانبین تبادلا وجهات النظر",
        "مع بعضها البعض فی هذا الإطار",
    ],
)
def test_display_persian_puts_no_zwnj_into_arabic(text):
    # An Arabic paragraph in a Persian article is shown as written.
    assert display(text, "fa") == text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("کتاب  و\tقلم\u00a0ما", "کتاب و قلم ما"),  # runs of blanks and other blanks: one space
        ("کتاب و\nقلم", "کتاب و\nقلم"),  # a line break stays
        (" مـــرحبا ", "مرحبا"),  # a tatweel inside a word dropped, the edges trimmed
        ("کتاب \u0640 قلم", "کتاب – قلم"),  # a tatweel standing alone is a dash
    ],
)
def test_display_persian_spaces_and_tatweel(text, shown):
    assert display(text, "fa") == shown


def test_display_persian_drops_only_the_zwnj_that_joins_nothing():
    # A ZWNJ beside a space joins nothing; one between a number and its word is the
    # outlet's and stays («۶۰‌بازی»): no space is ever put inside a word.
    assert display("امباپه در ۶۰ \u200cبازی با ۴۵\u200c گل", "fa") == "امباپه در ۶۰ بازی با ۴۵ گل"
    shown = display("امباپه در ۶۰\u200cبازی با ۴۵\u200cگل و ۵\u200cپاس\u200cگل", "fa")
    assert shown == "امباپه در ۶۰\u200cبازی با ۴۵\u200cگل و ۵\u200cپاس\u200cگل"
    assert display(shown, "fa") == shown


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # «سفر» is five times as frequent as «سفره»; after ر a ZWNJ shows nothing.
        ("سفرهای", "سفرهای"),
        # «تیمه» is listed with neither a tag nor a frequency (a rare form): a plural.
        ("تیمهای", "تیم\u200cهای"),
        ("بخشهای", "بخش\u200cهای"),  # «بخش» 177M, «بخشه» unlisted frequency: a plural
        ("انتهای", "انتهای"),  # «انتها» + a glued ezafe ی, not «انت‌های»
        ("درنهایت", "درنهایت"),  # «در» + «نهایت» (hazm lists it glued): not «درن‌هایت»
        ("درنهایت توافق شد", "درنهایت توافق شد"),  # in a sentence too
        ("بینهایت", "بی\u200cنهایت"),  # as hazm lists it, not the plural «بین‌هایت»
        ("امهات", "امهات"),  # an Arabic plural hazm lists whole, not «امه‌ات»
        ("وجوهات", "وجوهات"),  # the same: not «وجوه‌ات»
        ("ترکیبها", "ترکیب\u200cها"),  # a plural: «بها» (price) at its end is no word of it
        ("رسیدهایم", "رسیده\u200cایم"),  # a verb form, not «رسید‌هایم»
        ("همکاریهای", "همکاری\u200cهای"),  # never «همکار یه‌ای» (a space inside)
        ("روبهرو", "روبه\u200cرو"),  # a compound hazm lists, ZWNJ after ه
        ("مشترکاند", "مشترک\u200cاند"),  # the copula after an adjective
        ("راهحلها", "راه\u200cحل\u200cها"),  # a listed compound's plural
        ("هستهای", "هسته\u200cای"),  # «هست» is a verb: only «هسته‌ای» is a reading
        ("نشستهای قبلی", "نشستهای قبلی"),  # meetings, or «you have sat»: as written
        ("نامهای او", "نامهای او"),  # names, or a letter (3 : 1): left as written
        ("سالهای", "سال\u200cهای"),  # «سال» 24M, «ساله» 1,173: a plural
        ("میشود", "می\u200cشود"),  # the verbal prefix
        ("آنها", "آنها"),  # a standard glued spelling (knowledge/spelling.yml)
        ("بیشترین", "بیشترین"),  # hazm lists «بیشتر» glued: the standard spelling
        ("بدترین", "بدترین"),  # a two-letter stem: glued as a rule («بدتر», «بهتر»)
        ("بزرگترین", "بزرگ\u200cترین"),  # an adjective + «ترین» (hazm tags «بزرگ» AJ)
        ("دفتر", "دفتر"),  # a word of its own, not «دف» + «تر»
        ("فیلتر", "فیلتر"),  # «فیل» is no adjective
        ("بالاترین", "بالاترین"),  # after ا a ZWNJ shows nothing
        ("امامزاده", "امامزاده"),  # a word hazm lists, not a family name
        ("نیکپور", "نیکپور"),  # a three-letter first part: too short to be sure
        ("فریمند", "فریمند"),  # a name, not «فری» + «مند»
        ("توانمندی", "توانمندی"),  # hazm lists «توانمند» glued: written so
        ("علاقمندی", "علاقمندی"),  # listed glued as a word of its own, not «علاق‌مندی»
        ("علاقهمندان", "علاقه\u200cمندان"),  # a listed compound + a glued ending
        ("گفتوگو", "گفت\u200cوگو"),  # a pair linked by و
        ("گفتوگوهای", "گفت\u200cوگوهای"),  # its plural: no ZWNJ after و
        ("بهعنوان", "به\u200cعنوان"),  # a compound preposition (knowledge/spelling.yml)
        ("برمیگردد", "برمی\u200cگردد"),  # a preverb before «می»
        ("منطقهای", "منطقه\u200cای"),  # hazm lists «منطقه‌ای»; «منطق‌های» is rare
        ("زندگیاش", "زندگی\u200cاش"),  # a possessive after ی
        ("دنیای", "دنیای"),  # «دنیا» + a glued ezafe ی
        # hazm lists «تیان‌جین» (Tianjin) with neither a tag nor a frequency, and «تیان»
        # is no word: a foreign name, left as written
        ("تیانجین", "تیانجین"),
        # listed so too, but «سانتی‌متر» is a listed word with a frequency, + «ی»
        ("سانتیمتری", "سانتی\u200cمتری"),
        ("بیثباتی", "بی\u200cثباتی"),  # listed so too; «بی» and «ثبات» are words
        # hazm lists «دستگیر» glued 1,350,868 times, «دست‌گیر» 872: its «ی» form is
        # written glued as the outlet wrote it, though hazm lists «دست‌گیری»
        ("دستگیری", "دستگیری"),
        ("پیشگیری", "پیشگیری"),
        ("یکصد", "یکصد"),  # the hundreds are one word (knowledge/spelling.yml)
        ("یکصدم", "یکصدم"),
        ("یکصدمین", "یکصدمین"),
        ("یکصدا", "یک\u200cصدا"),  # guard: another word, hazm lists «یک‌صدا»
        # guards: a stem hazm does not list glued; a listed stem in ه + «ای»
        ("همجواری", "هم\u200cجواری"),
        ("بیانیهای", "بیانیه\u200cای"),
        # «توره» is listed with neither a tag nor a frequency: a name ending in «ام»
        # (Torkham), not «توره» + the ending of the first person
        ("از گذرگاه تورهام گذشتند", "از گذرگاه تورهام گذشتند"),
        # guards: the first and second person after a stem with a frequency; «ای»
        # after a rare stem
        ("من خستهام", "من خسته\u200cام"),
        ("برنامهام", "برنامه\u200cام"),
        ("خانهات", "خانه\u200cات"),
        ("اساسنامهای", "اساسنامه\u200cای"),
    ],
)
def test_display_persian_restores_only_the_zwnj_it_is_sure_of(glued, expected):
    assert display(glued, "fa") == expected


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # Comparatives and superlatives of an adjective hazm tags AJ.
        ("مهمترین", "مهم\u200cترین"),  # the most important
        ("سریعتر", "سریع\u200cتر"),  # faster: an unlisted comparative
        ("طولانیتر", "طولانی\u200cتر"),  # after a word-final ی
        ("پیشرفتهترین", "پیشرفته\u200cترین"),  # after a silent ه
        # Compound family names: a listed word + a name ending of knowledge/spelling.yml.
        ("حیدرینژاد", "حیدری\u200cنژاد"),
        ("حبیبزاده", "حبیب\u200cزاده"),
        ("جمالیپور", "جمالی\u200cپور"),  # «جمالی» listed without a frequency
        ("منتجبنیا", "منتجب\u200cنیا"),
        # ... or a word hazm lists with a frequency + «ی» before it, as family names have.
        ("قانعیفرد", "قانعی\u200cفرد"),  # «قانع» + «ی» + «فرد»
        ("مظاهریکیا", "مظاهری\u200cکیا"),  # «مظاهر» + «ی» + «کیا»
        ("غازیپور", "غازیپور"),  # a place hazm lists glued: as written
        # Compounds: a listed word + a second part of knowledge/spelling.yml.
        ("خدمترسانی", "خدمت\u200cرسانی"),
        ("آمادهسازی", "آماده\u200cسازی"),  # after a silent ه
        ("تحریمکننده", "تحریم\u200cکننده"),
        ("آزادیخواهان", "آزادی\u200cخواهان"),  # hazm lists «آزادی‌خواه» with its ZWNJ
    ],
)
def test_display_persian_restores_comparatives_and_family_names(glued, expected):
    assert display(glued, "fa") == expected


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # A word, «به» and the same word again.
        ("گامبهگام", "گام\u200cبه\u200cگام"),  # step by step
        ("دستبهدست", "دست\u200cبه\u200cدست"),  # hand to hand
        ("خانهبهخانه", "خانه\u200cبه\u200cخانه"),  # house to house, after a silent ه
        ("شهربهشهر", "شهربه\u200cشهر"),  # after ر only the ZWNJ after «به»
        # The compass points and place names (compound_parts of knowledge/spelling.yml).
        ("جنوبشرقی", "جنوب\u200cشرقی"),  # south-east
        ("شمالغربی", "شمال\u200cغربی"),  # north-west
        ("آذربایجانشرقی", "آذربایجان\u200cشرقی"),  # East Azerbaijan
        ("دانشپرور", "دانش\u200cپرور"),  # «پرور» follows a ZWNJ in hazm's compounds
        # As written:
        ("مغربی", "مغربی"),  # Maghrebi: one letter before «غربی»
        ("مشرقی", "مشرقی"),  # the same
        ("شهیدپرور", "شهیدپرور"),  # after د a ZWNJ shows nothing
    ],
)
def test_display_persian_restores_repeated_words_and_compass_points(glued, expected):
    assert display(glued, "fa") == expected


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # A word hazm lists with a ZWNJ and a part of speech but no frequency, when no
        # other reading of the glued word exists.
        ("روزبهروز", "روزبه\u200cروز"),  # day by day
        ("هیئتامنا", "هیئت\u200cامنا"),  # a board of trustees
        ("سهجانبه", "سه\u200cجانبه"),  # trilateral (seed 004)
        ("دوازدهروزه", "دوازده\u200cروزه"),  # twelve-day
        # As written: a rival reading, or no word hazm lists with a ZWNJ.
        ("پستهای", "پستهای"),  # «پست» (no frequency) beside «پسته»: no reading wins
        ("عدمتعهد", "عدمتعهد"),  # hazm lists no «عدم‌تعهد»
    ],
)
def test_display_persian_restores_a_compound_hazm_lists_without_frequency(glued, expected):
    assert display(glued, "fa") == expected


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # «آ» inside a glued word after a letter that joins opens a compound's second part.
        ("روانآب", "روان\u200cآب"),  # runoff: «روان» + «آب»
        ("علیآقا", "علی\u200cآقا"),  # a given name + «آقا»
        ("همشهریآنلاین", "همشهری\u200cآنلاین"),  # an outlet's name
        ("جوادیآملی", "جوادی\u200cآملی"),  # family names in «ی»: «جواد», «آمل» + «ی»
        ("روانآبهای", "روان\u200cآب\u200cهای"),  # the second part's own ZWNJ too
        # As written:
        ("بالآخره", "بالآخره"),  # finally: «آخره» is no word of its own
        ("قرآنی", "قرآنی"),  # «قرآن» is a word hazm lists glued
        ("منشآتی", "منشآتی"),  # so is «منشآت»
        ("مآخذی", "مآخذی"),  # «آ» after one letter: an Arabic loan
        ("امتآق", "امتآق"),  # after three letters before a two-letter part: as written
        ("ذوالآثار", "ذوالآثار"),  # after the Arabic article «ال»
        ("خبرآنلاین", "خبرآنلاین"),  # after ر a ZWNJ shows nothing
        ("کارآمدتر", "کارآمدتر"),  # the same
    ],
)
def test_display_persian_splits_a_compound_before_its_madda(glued, expected):
    assert display(glued, "fa") == expected


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # «Xهای»: a plural's ezafe links the word after it; «Xه‌ای» when none can follow.
        ("تصمیم گرفتیم مجموعهای از تورها", "تصمیم گرفتیم مجموعه\u200cای از تورها"),  # از
        ("رابطهای که از نوع", "رابطه\u200cای که از نوع"),  # که
        ("نامهای با موضوع", "نامه\u200cای با موضوع"),  # با
        ("آن را نشانهای دانست.", "آن را نشانهای دانست."),  # a verb: no evidence
        ("عقد رابطهای.", "عقد رابطه\u200cای."),  # the sentence's end
        ("عبور دورهای.", "عبور دورهای."),  # after ر a glued plural is standard: as written
        ("یک نامهای فرستاد", "یک نامه\u200cای فرستاد"),  # after «یک», a singular
        ("نزدیک نامهای فرستاد", "نزدیک نامهای فرستاد"),  # «…یک» ends another word
        ("متوجه حرفهای من", "متوجه حرفهای من"),  # a pronoun may be linked: as written
        ("در نشستهای قبلی", "در نشستهای قبلی"),  # an adjective may be linked
        ("سه نامهای (الف)", "سه نامهای (الف)"),  # a gloss may follow a plural
        ("کارهای که", "کارهای که"),  # «کاره» is rare beside «کار»: the plural
        ("سفرهای.", "سفرهای."),  # after ر the plural is written glued: never «سفره‌ای»
    ],
)
def test_display_persian_reads_xhay_from_the_next_word(glued, expected):
    assert display(glued, "fa") == expected


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        # The word before and the stem make a listed noun: a compound's plural, as written.
        ("دست آوردهای دو کشور", "دست آوردهای دو کشور"),  # «دستاورد», not «آورده‌ای»
        ("کار کردهای این نهاد", "کار کردهای این نهاد"),  # «کارکرد»
        # No such noun: the participle + «ای» as before.
        ("تو چه آوردهای؟", "تو چه آورده\u200cای؟"),
        ("آوردهای", "آورده\u200cای"),
    ],
)
def test_display_persian_reads_a_spaced_compound_s_plural(glued, expected):
    assert display(glued, "fa") == expected


def test_display_persian_keeps_the_spelling_of_a_text_that_has_zwnjs():
    # An outlet that writes ZWNJs spells its glued words as it means them.
    text = "کشورهای منطقه‌ای و شرکتهای خارجی"
    assert display(text, "fa") == text
    # So does a paragraph of an article that has ZWNJs elsewhere (akhbar.extract).
    assert display("شرکتهای خارجی", "fa", restore=False) == "شرکتهای خارجی"
    assert display("شرکتهای خارجی", "fa") == "شرکت\u200cهای خارجی"


@pytest.mark.parametrize(
    "text",
    [
        "۲/۷ میلیارد دلار",  # a decimal with a slash, not «۲ / ۷»
        "در تاریخ ۱۴۰۳/۰۸/۱۲ اعلام شد",  # a Solar Hijri date
        "رشد 3.5% بود",  # a decimal point and a percent sign, not «3٫5 ٪»
        "قیمت نفت 68/5 دلار شد",  # a decimal with a slash in ASCII digits
        "کد alert(1) را نوشت",  # Latin with brackets, not «alert (1)»
        "نشانی https://example.com/a_b?x=1 است",  # a URL kept whole
        "گفت : «سلام» ...",  # the outlet's spacing and dots
        "در ۶۰بازی",  # a number glued to its word stays glued
        "با جذب714 میلیارد ریال",  # never «جذب 714»: no space inside a word
        "امام خمینی(ره) فرمود",  # never «خمینی (ره)»
    ],
)
def test_display_persian_keeps_numbers_latin_and_urls(text):
    assert display(text, "fa") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An Arabic quotation in a Persian text typed with ی/ک keeps its letters.
        (
            "روزنامه «العربي الجديد» نوشت که ایران آماده است",
            "روزنامه «العربي الجديد» نوشت که ایران آماده است",
        ),
        # Legacy Persian typed with ي/ك gets ی/ک ...
        ("وي گفت كه همكاري ادامه دارد", "وی گفت که همکاری ادامه دارد"),
        # ... but not in a word with ة or ى, which no Persian word has,
        ("وي در الجزيرة گفت كه مصطفى آمد", "وی در الجزيرة گفت که مصطفى آمد"),
        # nor in a quotation whose words start with the article ال.
        ("وي گفت «العربي الجديد» را خواند", "وی گفت «العربي الجديد» را خواند"),
    ],
)
def test_display_persian_keeps_arabic_letters_in_arabic_spans(text, expected):
    assert display(text, "fa") == expected


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_display_gives_a_displayed_paragraph_back_unchanged(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    lang = detect_language(text)
    for paragraph in filter(None, (line.strip() for line in text.splitlines())):
        shown = display(paragraph, lang)
        assert display(shown, lang) == shown


@pytest.mark.parametrize(
    "text",
    [
        # Legacy ي/ك: the first display turns them into ی/ک; the second sees a text
        # typed with ی/ک and must put back nothing more.
        "مقامهاي دولت عراق با نمايندگان شركتهاي نفتي ديدار كردند",
        "وي گفت «العربي الجديد» را خواند و همكاريهاي دو كشور ادامه دارد",
        "همکاریهای ایران و پاکستان، ۲/۷ میلیارد دلار",
    ],
)
def test_display_persian_is_idempotent(text):
    shown = display(text, "fa")
    assert display(shown, "fa") == shown


@given(st.text(alphabet="همکاریهایتبشسنديكةى «»()/.۲7a\u200c", max_size=40))
def test_display_persian_is_idempotent_on_any_text(text):
    shown = display(text, "fa")
    assert display(shown, "fa") == shown


def test_display_persian_restores_zwnj_but_arabic_letters_untouched():
    assert "همکاری\u200cهای" in display("همکاریهای اقتصادی", "fa")
    arabic = "علي لاريجاني في باكستان"
    assert display(arabic, "ar") == arabic  # hazm never rewrites ي/ك
    assert display("مـــرحبا", "ar") == "مرحبا"  # tatweel removed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مـــرحبا", "مرحبا"),  # a stretched word: the tatweel goes
        ("مَـرحبا", "مَرحبا"),  # after a haraka too
        # a proclitic written apart from its number: the tatweel is the outlet's and
        # stays, never a stray letter («ب 7.5»)
        ("تقدر كلفته بـ 7.5 مليارات", "تقدر كلفته بـ 7.5 مليارات"),
        ("الـ 12 يوما", "الـ 12 يوما"),  # the article apart from its number
        ('قال لـ"الشرق" إن', 'قال لـ"الشرق" إن'),  # apart from a quoted name
        # glued to a number or a Latin word: the letter never joins it, the tatweel stays
        ("بـ7.5 مليار", "بـ7.5 مليار"),
        ("قال لـCNN إن", "قال لـCNN إن"),
    ],
)
def test_display_arabic_drops_only_the_tatweel_inside_a_word(text, expected):
    assert display(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lam-alef ligature typed as one presentation glyph is its two letters
        ("85 مليون دوﻻر", "85 مليون دولار"),
        ("ﺍﻟﻌﺮﺍﻕ", "العراق"),  # a word typed wholly in presentation forms
        ("لا إله إلا الله", "لا إله إلا الله"),  # guard: ordinary letters untouched
    ],
)
def test_display_arabic_writes_presentation_forms_as_letters(text, expected):
    assert display(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("یک. دو؟ سه!", ["یک.", "دو؟", "سه!"]),  # Persian question mark splits
        ("قيمة 2.5 مليار. ثم", ["قيمة 2.5 مليار.", "ثم"]),  # decimal point is not an end
        ("بدون نقطه", ["بدون نقطه"]),  # no terminal punctuation: one sentence
        # a full stop glued between two words ends a sentence
        ("به تهران سفر کند.این مقام افزود: سفر کوتاه است.",
         ["به تهران سفر کند.", "این مقام افزود: سفر کوتاه است."]),
        ("وصل الوزير.وقال إن الزيارة مهمة.", ["وصل الوزير.", "وقال إن الزيارة مهمة."]),
        # a tanwin before the glued stop: the word still ends there
        ("فاز الحزب بـ 126 مقعداً.وما لم تحدث مفاجأة سيحكم.",
         ["فاز الحزب بـ 126 مقعداً.", "وما لم تحدث مفاجأة سيحكم."]),
        # a stop glued after a quotation's closing mark or after «ﷺ» ends a sentence
        ("بسبب ”الأمن العام”.وتعد الزيارة كبيرة.", ["بسبب ”الأمن العام”.", "وتعد الزيارة كبيرة."]),
        ("قال إنها «مهمة جدا».ورغم ذلك رحل.", ["قال إنها «مهمة جدا».", "ورغم ذلك رحل."]),
        ('وصف الاتفاق بـ"التاريخي".وأضاف أنه باق.', ['وصف الاتفاق بـ"التاريخي".', "وأضاف أنه باق."]),
        ("حفيد النبي ﷺ.وقال الوزير إنه سيسافر.", ["حفيد النبي ﷺ.", "وقال الوزير إنه سيسافر."]),
        # an aside's closing bracket after a word, then a glued stop
        ("دفع مبلغا (نحو مليون دولار).وزيرة الخارجية نفت ذلك.",
         ["دفع مبلغا (نحو مليون دولار).", "وزيرة الخارجية نفت ذلك."]),
        # guard: a Latin word after the bracket and the stop
        ("نشر (الموقع).com الخبر", ["نشر (الموقع).com الخبر"]),
        # guards: a number or a Latin word in quotes, a URL after the mark
        ("بلغ ”2”.5 في المئة", ["بلغ ”2”.5 في المئة"]),
        ('نشر "اخبار".com الخبر', ['نشر "اخبار".com الخبر']),
        ('قال "ok".وقال', ['قال "ok".وقال']),
        # guards: Persian digits, a one-letter abbreviation, a URL, Latin initials
        ("رشد ۲.۵ درصد بود", ["رشد ۲.۵ درصد بود"]),
        ("سال ۱۴۰۰ ه.ش آغاز شد", ["سال ۱۴۰۰ ه.ش آغاز شد"]),
        ("نشانی www.irna.ir است", ["نشانی www.irna.ir است"]),
        ("U.S.A was", ["U.S.A was"]),
        # dotted letter names of an abbreviation end no sentence, apart or together
        ("به نقل از ای. آر. وای نیوز، ارتش عملیات کرد.",
         ["به نقل از ای. آر. وای نیوز، ارتش عملیات کرد."]),
        ("به گزارش بی. بی. سی، وزیر آمد. سپس رفت.",
         ["به گزارش بی. بی. سی، وزیر آمد.", "سپس رفت."]),
        ("بی.بی.سی گزارش داد.", ["بی.بی.سی گزارش داد."]),
        ("سی. ان. ان گزارش داد. بعد رفت.", ["سی. ان. ان گزارش داد.", "بعد رفت."]),
        ("نقلت أ. ف. ب. عن مصدر أمني قوله.", ["نقلت أ. ف. ب. عن مصدر أمني قوله."]),
        ("وقال د. محمد إن الوضع هادئ.", ["وقال د. محمد إن الوضع هادئ."]),  # a title
        # guards: a sentence ending on a short word still ends
        ("او گفت نه. من رفتم.", ["او گفت نه.", "من رفتم."]),
        ("دو نفر کشته شد. او رفت.", ["دو نفر کشته شد.", "او رفت."]),
        ("قال إنه لن يعود. لم يرد.", ["قال إنه لن يعود.", "لم يرد."]),
        # a middle dot or a bullet after a word is a full stop
        ("قتل ثلاثة جنود في الهجوم· وأصيب آخرون· ولم تتبن أي جهة الهجوم·",
         ["قتل ثلاثة جنود في الهجوم·", "وأصيب آخرون·", "ولم تتبن أي جهة الهجوم·"]),
        ("وصل الوفد إلى العاصمة• وبدأت المحادثات فورا.",
         ["وصل الوفد إلى العاصمة•", "وبدأت المحادثات فورا."]),
        # a word written with dots between its letters is one word (was split at each dot)
        ("إن جماعة الإر.ها.بیة تقتل الأبرياء. وأضاف أنها خطيرة.",
         ["إن جماعة الإر.ها.بیة تقتل الأبرياء.", "وأضاف أنها خطيرة."]),
        ("إن الجماعات الإرهاب.ي.ة تعمل.", ["إن الجماعات الإرهاب.ي.ة تعمل."]),
        ("گروه تروری.ست.ی حمله کرد.", ["گروه تروری.ست.ی حمله کرد."]),
        # a stop glued between two names of Latin letters is an abbreviation's (IP, NP)
        ("طرح خط لوله آی.پی با تهران است. او رفت.",
         ["طرح خط لوله آی.پی با تهران است.", "او رفت."]),
        ("قرارداد ان.پی، امضا شد.", ["قرارداد ان.پی، امضا شد."]),
        ("مانع طرح آی.پی است.", ["مانع طرح آی.پی است."]),
        # guards: two short words glued by a stop that are no letter names; a letter
        # name glued to a longer word
        ("سفر او انجام شد.به گزارش مهر، او رفت.", ["سفر او انجام شد.", "به گزارش مهر، او رفت."]),
        ("این را گفت او.پیامبر آمد.", ["این را گفت او.", "پیامبر آمد."]),
        # guards: one glued stop still ends a sentence, beside a dotted word too
        ("وصل الوزير.وقال إن الإر.ها.بیة خطر.", ["وصل الوزير.", "وقال إن الإر.ها.بیة خطر."]),
        # guards: set off by spaces it separates menu items; opening a line, a list item
        ("الرئيسية · أخبار · رياضة", ["الرئيسية · أخبار · رياضة"]),
        ("• راهنما • پشتو", ["• راهنما • پشتو"]),
    ],
)  # fmt: skip
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_split_sentences_gives_a_list_of_its_own_to_each_caller():
    first = split_sentences("او رفت. من ماندم.")
    first.append("جمله دیگر.")
    assert split_sentences("او رفت. من ماندم.") == ["او رفت.", "من ماندم."]


def test_truncate_words_cuts_at_a_word_boundary():
    text = "کلمه " * 40
    cut = truncate_words(text.strip(), 30)
    assert len(cut) <= 30
    assert cut.endswith("…")
    assert cut[:-1].split() == ["کلمه"] * len(cut[:-1].split())


def test_hazm_reads_its_word_list_once_and_conjugates_each_verb_once(monkeypatch):
    import hazm.word_tokenizer
    from hazm.lemmatizer import Conjugation

    from akhbar import text

    calls = {"words_list": 0}
    conjugated: list[str] = []
    real_words_list = hazm.word_tokenizer.words_list
    real_get_all = Conjugation.get_all

    def words_list(*args, **kwargs):
        calls["words_list"] += 1
        return real_words_list(*args, **kwargs)

    def get_all(self, verb):
        conjugated.append(verb)
        return real_get_all(self, verb)

    monkeypatch.setattr(hazm.word_tokenizer, "words_list", words_list)
    monkeypatch.setattr(Conjugation, "get_all", get_all)
    monkeypatch.setattr(text, "_tables_folder", None)  # nothing kept: built by hazm
    caches = (
        text.persian_lemmatizer,
        text._persian_tables,
        text._persian_lexicon,
        text.restore_zwnj,
    )
    for cached in caches:
        cached.cache_clear()
    try:
        assert text.display("همکاریهای", "fa") == "همکاری\u200cهای"
        assert text.persian_lemmatizer().lemmatize("کتاب‌ها") == "کتاب"
    finally:
        for cached in caches:
            cached.cache_clear()
    assert calls == {"words_list": 1}  # display and the lemmatizer share one list
    assert conjugated
    assert len(conjugated) == len(set(conjugated))


def test_tokens_are_a_new_list_each_time():
    from akhbar.text import tokens

    first = tokens("همکاریهای ایران و پاکستان")
    first.append("changed")  # a caller may use its list as it likes
    assert tokens("همکاریهای ایران و پاکستان") == ["همکاریهای", "ایران", "و", "پاکستان"]


def _language_by_loop(text: str) -> str:
    """detect_language as a loop over the characters, then over the words."""
    from akhbar import text as t

    arabic_script = latin = persian = arabic = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff":
            arabic_script += 1
            if ch in t._STRONG_PERSIAN:
                persian += t.STRONG_LETTER_WEIGHT
            elif ch in t._STRONG_ARABIC:
                arabic += t.STRONG_LETTER_WEIGHT
            elif ch in t._WEAK_PERSIAN:
                persian += 1
            elif ch in t._WEAK_ARABIC:
                arabic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if arabic_script <= latin:
        return "en"
    # Function words: the runs of letters between any other characters.
    for word in re.split("[^\u0621-\u064a\u0671-\u06d3]+", text):
        if word in t._PERSIAN_WORDS:
            persian += t.FUNCTION_WORD_WEIGHT
        elif word in t._ARABIC_WORDS:
            arabic += t.FUNCTION_WORD_WEIGHT
    return "fa" if persian >= arabic else "ar"


@given(st.text(alphabet="پچژگةىیکيكابتاستراکهفیإنa Z1۱éЖ\u200c", max_size=40))
def test_detect_language_counts_as_a_loop_over_the_letters_would(text):
    assert detect_language(text) == _language_by_loop(text)


@pytest.mark.parametrize(
    "word",
    [
        "التعاون",  # the article alone
        "والتعاون",  # and + the article
        "بالتعاون",  # with + the article
        "للتعاون",  # to + the article, its alef dropped
        "وللتعاون",  # and + to + the article
    ],
)
def test_one_arabic_proclitic_table(word):
    # the key points' stemmer and the topics' stemmer read the same table: every form
    # with a proclitic comes to the stem of the bare word, in both
    from akhbar.keypoints import stem
    from akhbar.topics import arabic_stem

    assert stem(fold(word), "ar") == stem(fold("تعاون"), "ar")
    assert arabic_stem(word) == arabic_stem("تعاون")


def test_a_glued_full_stop_ends_the_sentence_before_a_speaker():
    from akhbar.quotes import extract_quotes

    paragraph = (
        "وزارت نفت خواسته است تا هیاتی به تهران اعزام کند.این مقام پاکستانی افزود: "
        "این سفر به زمانی دیگر موکول شده است."
    )
    (quote,) = extract_quotes([paragraph], "fa", lambda name: "")
    assert quote.speaker_name == "این مقام پاکستانی"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same «“» opens and closes: every second one closes
        ("گفت: “مدارک اعتبار داشت.“ سپس رفت.", "گفت: “مدارک اعتبار داشت.” سپس رفت."),
        ("“یک“ و “دو“", "“یک” و “دو”"),
        # guards: marks that pair as “…” are kept; an unclosed one stays open
        ("گفت: “مدارک” و “اسناد”", "گفت: “مدارک” و “اسناد”"),
        ("گفت: “مدارک اعتبار داشت", "گفت: “مدارک اعتبار داشت"),
    ],
)
def test_pair_curly_quotes(text: str, expected: str) -> None:
    from akhbar.text import pair_curly_quotes

    assert pair_curly_quotes(text) == expected
    assert len(pair_curly_quotes(text)) == len(text)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # «و ...» stands for the rest of a list: the sentence goes on
        (
            "نظیر علامه بلادی، مجتهد برازجانی و ... صفحات درخشانی ثبت نمود. وی رفت.",
            ["نظیر علامه بلادی، مجتهد برازجانی و ... صفحات درخشانی ثبت نمود.", "وی رفت."],
        ),
        (
            "الوزراء والسفراء و... حضروا الاجتماع. ثم انتهى.",
            ["الوزراء والسفراء و... حضروا الاجتماع.", "ثم انتهى."],
        ),
        # guard: dots after any other word end a sentence
        ("او رفت... سپس آمد.", ["او رفت...", "سپس آمد."]),
        ("وزیر وارد شد... و سپس رفت.", ["وزیر وارد شد...", "و سپس رفت."]),
    ],
)
def test_the_dots_of_and_so_on_end_no_sentence(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected


# A word closed by a haraka and a letter («شخصًا.», «أيضًا.») ends its sentence: that
# letter is no dotted abbreviation's.  Guards: abbreviations of one letter and of letters.
@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("ارتفع عدد القتلى إلى 30 شخصًا. وأضاف المصدر أن الجرحى كثيرون.", 2),
        ("وصل الوزير إلى كراتشي أيضًا. ثم عاد إلى العاصمة.", 2),
        ("قال د. أحمد إن الحدود مغلقة.", 1),
        ("نقلت أ. ف. ب عن مسؤول أن الحدود مغلقة.", 1),
    ],
)
def test_a_word_closed_by_a_haraka_ends_a_sentence(paragraph, count):
    assert len(split_sentences(paragraph)) == count


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a legacy text typing ی but ك: its ك are Persian ک, as in its other paragraphs
        ("دولت پاكستان اجرای این طرح را متوقف كرد.", "دولت پاکستان اجرای این طرح را متوقف کرد."),
        # and one typing ک but ي
        (
            "وزير کشور پاکستان گفت اين طرح اجرا مي شود.",
            "وزیر کشور پاکستان گفت این طرح اجرا می شود.",
        ),
        # guards: a text of ی/ک keeps an Arabic word's ي; both legacy letters as before
        (
            "این کتاب «في ظلال» نام دارد و در کابل چاپ شد.",
            "این کتاب «في ظلال» نام دارد و در کابل چاپ شد.",
        ),
        ("وزير كشور پاكستان گفت.", "وزیر کشور پاکستان گفت."),
    ],
)
def test_legacy_letters_are_read_letter_by_letter(text: str, shown: str) -> None:
    assert display(text, "fa", restore=False) == shown


def test_fold_reads_urdu_heh_as_heh() -> None:
    # Pakistani names as some Persian outlets type them, with Urdu letters
    assert fold("نصیر بہوتا") == fold("نصیر بهوتا") == fold("نصیر بھوتا")
    assert fold("الصلوۃ") == fold("الصلوة")
