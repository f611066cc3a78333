"""Quotes: who said what.

``extract_quotes(paragraphs, lang, resolve) -> list[Quote]`` finds statements opened by an
introducer («گفت:», «وأضاف:», «said:» ...) and attributes each to a speaker.
``resolve(name_text) -> slug or ""`` is the caller's actor matcher.

Quote text: what follows the colon, up to the closing quotation mark when the quote opens
with one, else up to the next introducer's sentence or the end of the paragraph («said
that», and a colon before «إن» with no quotation mark: the end of the sentence), and in
Persian before a «وی ... تأکید کرد» sentence of the reporter's, in Arabic before the
reporter's comment «، الأمر الذي ...» and, in a «فيما ...» clause opening the sentence,
where its main clause begins; a colon ending its paragraph takes the quotation that opens
the next one; surrounding quotation marks stripped («quot;», an HTML entity left in the
text, read as «"»; «“…“» opened and closed by the same mark read as «“…”»), display
text kept as written.  A quote needs ``MIN_QUOTE_WORDS`` words; a short quotation its
clause runs on after is a name, not a quote («"مؤتمر ميونيخ للأمن"»).

Speaker, one fallback chain:

1. the subject of the clause: Persian/English, the sentence text before the verb (after
   a «... کرد و» joiner, first «،» segment that is not an adverbial, cut at «با», «در»,
   «ضمن» ..., and at times of day); Arabic, the words after the verb («وصرّح لاريجاني
   حول ...:»), or before it when the verb comes last («لاريجاني قال:»), never a
   conjunction («فيما تقول X»), an adverbial («وبعد ذلك أعلنت X»), a circumstantial
   clause («وأوضح وهو يتحدث ...»: no subject) or a noun the verb's clause describes
   («صورا قال إنها»: speaker unknown unless the words after resolve); a quotation framed
   in a reported clause («أن الوزير X أبلغ ... أنه "..."») is X's;
2. the actor that subject names (``_resolve_prefix``: its shortest prefix that ``resolve``
   maps to a slug, unless a longer one maps it elsewhere or to no one);
3. a pronoun («وی», «او», «he») or no subject at all («وأضاف:»): Arabic first tries the
   subject of an earlier verb in the same sentence («كتب أمين المجلس ...، وأضاف:») if it
   resolves, then every language takes the last named speaker of the article, with
   the name as written at that mention (not an outlet relaying a speaker: «مهر نوشت:
   وی ادامه داد:»);
   a first-person subject («من», «نحن») is no one named: unknown;
4. a plural verb («تاکید کردند:», «قالوا:»): a group, speaker "" and the subject phrase
   cut to ``GROUP_NAME_WORDS`` words;
5. otherwise speaker "" and the first ``SPEAKER_NAME_WORDS`` words of the subject.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from akhbar.actors import AR_TITLES, GIVEN_NAMES, HONORIFICS
from akhbar.model import Quote
from akhbar.sources import CENTRE_RE, DATELINE_PLACES, MONTHS, WEEKDAYS, strip_attribution
from akhbar.text import (
    AR_DEFINITE_STARTS,
    DOT_STOPS,
    FULL_STOPS,
    GLUED_FULL_STOP,
    detect_language,
    fold,
    fold_word,
    loose_any,
    loose_pattern,
    pair_curly_quotes,
    sentence_ends,
)

# Shortest statement worth keeping; shorter "quotes" are headings or labels («گفت: بله»).
MIN_QUOTE_WORDS = 3
# A quotation shorter than this that its clause runs on after is a name or a term, not
# the statement («"مؤتمر ميونيخ للأمن"»: names of bodies and events run to four words).
NAME_QUOTE_WORDS = 5
# An unresolved speaker keeps this many words: a name is one to three words long.
SPEAKER_NAME_WORDS = 3
# An Arabic name as written runs to four words («محمد جواد اتنا اشاري»), none definite.
AR_NAME_WORDS = 4
# A group subject («علما، رهبران مذهبی و سیاسی پاکستان ...») is cut here.
GROUP_NAME_WORDS = 5
# Prefixes tried against resolve(): titles with a name run to about eight words.
MAX_SUBJECT_WORDS = 8

# --- tables ------------------------------------------------------------------------------

# Participles of the same speaker as the sentence's verb («قائلاً:», «مشيرا إلى أن»).
AR_PARTICIPLES = (
    "قائلا",
    "قائلة",
    "مضيفا",
    "مضيفة",
    "مشيرا",
    "مشيرة",
    "مؤكدا",
    "مؤكدة",
    "واصفا",
    "واصفة",
    "معتبرا",
    "معتبرة",
    "موضحا",
    "موضحة",
    "مبينا",
    "مبينة",
    "مشددا",
    "مشددة",
    "لافتا",
    "لافتة",
    # «ورد الوزير بالقول "..."», «وعلق X على الحادثة بالقول إن ...»: the verb's subject
    "بالقول",
    "بقوله",
    "بقولها",
)

# Verbs that open a statement with a colon; the plural ending is added by the pattern.
INTRODUCERS = {
    "fa": (
        "گفت",
        "افزود",
        "تاکید کرد",
        "اظهار داشت",
        "اظهار کرد",
        "اعلام کرد",
        "اعلام نمود",
        "تصریح کرد",
        "خاطرنشان کرد",
        "خاطرنشان ساخت",
        "خاطر نشان کرد",
        "خاطر نشان ساخت",
        "یادآور شد",
        "یاد آور شد",
        "ادامه داد",
        "بیان کرد",
        "بیان داشت",
        "عنوان کرد",
        "تاکید نمود",
        "اضافه کرد",
        "اعلام داشت",
        "مدعی شد",
        "ادعا کرد",
        "ابراز امیدواری کرد",
        "اظهار امیدواری کرد",
        # the noun's «ی» dropped, as some outlets type it: «ابراز امیدوار کرده است که …»
        "ابراز امیدوار کرد",
        "ابراز اطمینان کرد",
        "ابراز نگرانی کرد",
        "اضافه نمود",
        "اظهار نمود",
        "تصریح نمود",
        "بیان نمود",
        "توضیح داد",
        "خبر داد",
        "هشدار داد",
        "یادآوری کرد",
        "متذکر شد",
        "نوشت",
        "می گوید",
        "می افزاید",
        # the present's plural is not the singular with «ند» (``FA_PLURAL_VERBS``)
        "می گویند",
        "می افزایند",
        "ابراز داشت",
        "ابلاغ کرد",
        # a report's words, with a colon or «که» as every verb here: «… گزارش داد:»,
        # «رسانه‌ها گزارش دادند که …»
        "گزارش داد",
        # a threat and a confirmation with their clause: «X اسلام‌آباد را تهدید کرد که …»
        # (``FA_ADDRESSEE_VERBS``), «X تایید می‌کند که …»
        "تهدید کرد",
        "تایید کرد",
        "تایید می کند",
        # «تأیید» as «تائید» with the hamza on its seat: «منابع … تائید کردند که …»
        "تائید کرد",
        "تائید می کند",
    ),
    "ar": (
        "قال",
        "أضاف",
        "صرح",
        "أكد",
        "تابع",
        "أوضح",
        "شدد",
        "أشار",
        "لفت",
        "أعلن",
        "ذكر",
        "اعتبر",
        "كتب",
        "أعرب",
        # «وعبرت عن مخاوفها من أن ...» («عبر» alone is also "via": only with «عن»)
        "عبر عن",
        "عبرت عن",
        "عبروا عن",
        "تساءل",
        "أفاد",
        "حذر",
        "كشف",
        "أورد",
        "نوه",
        "نبه",
        "أردف",
        "استطرد",
        # «وزاد:» (also "increased": only with a colon right after it, AR_COLON_ONLY)
        "زاد",
        "اعترف",
        "ادعى",
        "رأى",
        "زعم",
        "وصف",
        "وصفه",
        "وصفها",
        "أجاب",
        # a denial with its clause: «ونفى البيت الأبيض أن تكون ...» (a bare denial, «نفى
        # الاتهامات», opens no statement: the pattern needs «أن»); it names its speaker
        # for the verbs after it, but its clause is not shown as his words (_DENIAL_RE)
        "نفى",
        "نفت",
        # a source's words: «وجاء في التقرير أن ...», «وجاء في وسائل إعلام محلية أن ...»
        "جاء في",
        "أشار إلى",
        "لفت إلى",
        "نبه إلى",
        "شدد على",
        # an admission, only with its clause (AR_CLAUSE_ONLY): «وتقر قوات الدفاع بأن ...»
        "أقر",
        "تقر",
        "يقر",
        # present tense: «ويقول:», «وتقول وسائل إعلام إن» (and AR_SUBJECT_FIRST)
        "يقول",
        "تقول",
        "يضيف",
        "تضيف",
        "يرى",
        "ترى",
        # participles of the same speaker as the sentence's verb (AR_PARTICIPLES), and
        # «مشيرا إلى أن» with its preposition
        *AR_PARTICIPLES,
        "مشيرا إلى",
        "مشيرة إلى",
        "مشددا على",
        "مشددة على",
        "لافتا إلى",
        "لافتة إلى",
    ),
    "en": ("said", "added", "stated", "told", "noted", "stressed", "declared", "wrote"),
}
# Persian verbs of INTRODUCERS that are plural as written («منابع می‌گویند که …»).
FA_PLURAL_VERBS = ("می گویند", "می افزایند")
_FA_PLURAL_VERBS = frozenset("".join(fold(v).split()) for v in FA_PLURAL_VERBS)
# Verbs that open a statement only with «أن»/«بأن», never with a colon or a quotation
# («أقر البرلمان "قانون الانتخابات الجديد"» approves a law).
AR_CLAUSE_ONLY = ("أقر", "تقر", "يقر")
# Verbs that open a statement only with a colon right after them, nothing between: «وزاد:
# "..."» adds, «وزاد عدد القتلى» increases.
AR_COLON_ONLY = ("زاد",)
PLURAL_ENDINGS = {"fa": "ند", "ar": "وا", "en": ""}
FEMININE_ENDINGS = {"ar": "ت"}
# Arabic verbs whose statement is a call, not a clause: «دعا X إلى ...», «طالب X بـ...».
# «طالب» is also a noun (a student): written alone it must carry «و»/«ف»/«قد» or an ending.
AR_CALL_VERBS = (
    "دعا",
    "دعت",
    "دعوا",
    "طالب",
    "طالبت",
    "طالبوا",
    # a recommendation: «أوصت الشرطة بتوجيه تهمتين ...»
    "أوصى",
    "أوصت",
    "أوصوا",
)
# Arabic verbs that take a direct object after their subject: «وحذرت القوات المسلحة
# الإيرانية إسلام أباد من أن ...».  A body named first after the verb is the subject, and
# the name after it is the object (one warned), never the body's holder as a person's
# name after a role is («وحذر وزير الخارجية محمد علي من أن»).
AR_OBJECT_TAKING_VERBS = ("حذر", "أدان", "انتقد", "اتهم", "هدد", "حث", "ناشد", "دعا", "طالب")
# Bodies that open such a subject: no one's name is set after them as their holder's.
AR_BODY_NOUNS = (
    "القوات", "قوات", "الحكومة", "حكومة", "الوزارة", "وزارة", "السلطات", "سلطات", "الشرطة",
    "شرطة", "الجيش", "الخارجية", "الداخلية", "الرئاسة", "السفارة", "سفارة", "المنظمة",
    "منظمة", "الحركة", "حركة", "الجماعة", "جماعة", "القيادة", "قيادة", "الأجهزة", "أجهزة",
)  # fmt: skip
# Verbs of condemning, and the abstract nouns right after them that are their object,
# never a subject: «وأدان الصمت الدولي تجاه ... قائلا، إن» (the subject unsaid, the last
# speaker's).  Written with or without the article.
AR_CONDEMNING_VERBS = ("أدان", "انتقد", "رفض", "استنكر", "شجب")
AR_CONDEMNED_NOUNS = (
    "صمت", "هجوم", "هجمات", "تدخل", "اعتداء", "اعتداءات", "قرار", "تصريحات", "تفجير",
    "تفجيرات", "جريمة", "جرائم", "حادث", "اتهامات", "عدوان", "احتلال", "قصف", "غارة",
    "غارات", "إجراءات", "ممارسات", "تهديدات", "حصار", "اغتيال", "تجاهل", "تقاعس",
    "مزاعم", "ادعاءات", "عملية", "سياسة", "سياسات", "موقف",
)  # fmt: skip
# Arabic claims whose statement is a noun phrase after a particle: «وأفادت تقارير
# بالإفراج عن ...» (the statement keeps its «بـ», as a call's does), «وأعلن X عن تشكيل
# لجنة ...» (after «عن»).  With «أن» these verbs are plain reported speech.
AR_OBJECT_VERBS = {
    "ب": ("أفاد", "أفادت", "أفادوا"),
    "عن": ("أعلن", "أعلنت", "أعلنوا"),
}
# Arabic announcements whose statement is a noun, not a clause: «وكان X قد أعلن نية
# الإدارة نقل سفارتها», «أعلن عزمه خوض الانتخابات», «وأكد X خبر القبض على والده».  The
# noun tells where the subject ends and the statement starts, so only these nouns open
# one (any other object may be the end of the subject or an act: «أعلن الحداد»).
AR_ANNOUNCING_VERBS = ("أعلن", "أعلنت", "أعلنوا", "أكد", "أكدت", "أكدوا")
AR_ANNOUNCED_NOUNS = (
    "عزم",
    "نية",
    "بدء",
    "انطلاق",
    "انتهاء",
    "استقالة",
    "ترشح",
    "خبر",
    "نبأ",
    "مقتل",
    "وفاة",
    "رفض",
    "موافقة",
    "تأييد",
    "انسحاب",
    "تعليق",
)
# Words that govern a noun of AR_ANNOUNCED_NOUNS after them, so it is no announced object:
# «على خلفية مقتل ...», «إثر مقتل ...», «بعد انسحاب ...».  Folded.
AR_NOT_ANNOUNCED_AFTER = (
    "خلفية", "إثر", "اثر", "عقب", "بعد", "قبل", "بسبب", "جراء", "على", "في", "عن", "من",
    "إلى", "الى", "حول", "بشأن",
)  # fmt: skip
# Nouns of intent: «أكدت X عزم بلادها المضي قدما في ...» is the reporter's summary of a
# stance, no words of the speaker's (an announcement, «أعلن عزمه خوض الانتخابات», is one).
AR_INTENT_NOUNS = ("عزم", "نية", "رفض", "موافقة", "تأييد")
# Nouns of a wish: «أعرب عن أمله في أن ...» hopes, it states nothing; the words keep the
# noun («أمله في أن يفي ...»).
AR_HOPE_NOUNS = ("أمل", "تمني", "تمنيات")
# Arabic reported speech: the verb's clause opens with «إن»/«أن» («وقال X إن ...»).  The
# bare forms are left out of the statement (the page shows what was said); a pronoun
# ending is part of it («إنها تدين ...», «بأنها كانت "مثمرة"»: the clause's subject);
# «بأن» is the descriptive «وصف ... بأنه».
AR_COMPLEMENTS = ("إن", "أن", "بأن")
AR_COMPLEMENT_PRONOUNS = ("ه", "ها", "هم", "هما", "نا", "ني")
# An «أن» after these words is not the clause of a speech verb («بعد أن», «يجب أن»).
AR_NOT_SPEECH_BEFORE_AN = (
    "بعد",
    "قبل",
    "منذ",
    "دون",
    "بدون",
    "يجب",
    "ينبغي",
    "يمكن",
    "حتى",
    "لا بد",
    # the reporter's own addition or concession: «أعلنت X تعطيل المدارس، فضلا عن أن غدا
    # عطلة», «رغم أن ...»
    "فضلا عن",
    "علاوة على",
    "إضافة إلى",
    "بالإضافة إلى",
    "رغم",
    "برغم",
    "بالرغم من",
    "الرغم من",
    # what is planned or expected, the reporter's narration: «والمقرر أن يتم ...», «ومن
    # المنتظر أن ...»
    "المقرر",
    "والمقرر",
    "المنتظر",
    "والمنتظر",
    "المتوقع",
    "والمتوقع",
    "المفترض",
    "والمفترض",
)
# A verb right after these words is no statement: «وفق ما ذكرت» (an attribution), «كلما
# قال» (a habit).
AR_NOT_STATEMENT_AFTER = ("ما", "لما", "كلما", "مثلما")
# After these a verb's letters are its verbal noun: «مسؤول، طلب عدم ذكر اسمه، إن ...»
# (not mentioning): no verb of its own, the sentence's verb keeps the statement.
AR_VERBAL_NOUN_AFTER = ("عدم",)
# Verbal nouns right after a verb of saying are its object, never its subject: «وأكد
# استعداد الجمهورية ...», «وأعلن قبوله دعوة من ...» (indefinite, in construct, maybe with
# a possessive pronoun).  Its subject is the sentence's before, or no one named.
AR_OBJECT_NOUNS = (
    "استعداد", "محاولة", "ضرورة", "أهمية", "رغبة", "دعم", "قبول", "عزم", "رفض", "ترحيب",
    "تأييد", "حرص", "التزام", "تمسك", "إصرار", "نية", "إمكانية", "موافقة", "استمرار",
    "أمل", "عدم", "حاجة", "وجوب", "تطلع", "اهتمام", "تضامن", "إدانة", "مواصلة",
)  # fmt: skip
# Words that open a speaker's own words, never a name, when right after a verb of saying
# («وقال يجب ان ننتبه بان ...»: direct speech with no mark; "must", "should", "we").
AR_SPEECH_STARTS = ("يجب", "ينبغي", "يتعين", "لابد", "علينا", "نحن", "إننا")
_SPEECH_START_RE = re.compile(rf"(?<!\S)(?:{loose_any(AR_SPEECH_STARTS)})(?!\w)")
# Nouns whose «من X» names a sender, not the subject: «دعوة من الرئيس X».
AR_SENT_FROM_NOUNS = ("دعوة", "بدعوة", "رسالة", "برسالة")
# A verb right after a relative pronoun states what its antecedent said («التنظيم الذي
# زعم في صيف 2017 أن ...»): a statement, whose speaker is the antecedent, not the words
# after the verb; shown only when those resolve to an actor, else unknown.
AR_RELATIVES = (
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "والذي",
    "والتي",
    "والذين",
)
# A verb right after these is in a time clause («بعدما أفادت السلطات بـ...»): a statement
# whose subject follows the verb; with none, unknown (the main clause's subject is not
# the last speaker).
AR_TIME_CLAUSES = ("بعدما", "عندما", "حينما", "حين")
# A verb right after these is in a "while" clause («فيما تقول إسرائيل إنها ...»): the same,
# its subject follows the verb; a statement of its own, not part of the sentence's.
AR_WHILE_CLAUSES = ("فيما", "وفيما", "بينما", "وبينما")
# An indefinite noun in the accusative right before a verb («صورا قال إنها ...», «بيانا
# قال فيه ...») is what the verb's clause describes, never its subject (a subject before
# its verb is in the nominative): a relative clause with no relative pronoun.  These words
# end so and are no such noun.
AR_NOT_ANTECEDENTS = (
    "كما",
    "لما",
    "مثلما",
    "إنما",
    "ربما",
    "أيضا",
    "هكذا",
    "لذا",
    "إذا",
    "عندما",
    "حينما",
    "بعدما",
    "فيما",
    "بينما",
    "طالما",
    "كلما",
    "حاليا",
    "مؤخرا",
    "سابقا",
    "لاحقا",
    "رسميا",
    "مجددا",
    "شخصيا",
    "علنا",
    "أخيرا",
    "أولا",
    "ثانيا",
    "جدا",
    "تماما",
    "دائما",
    "أحيانا",
    "غالبا",
    "فورا",
    "قريبا",
    "حديثا",
    "هنا",
    "معا",
    "أبدا",
)
# «جاء في» names a source, not a time or a frame: «جاء في وقت ...», «جاء في إطار ...»,
# «جاء في المرتبة الأولى» open no statement.
AR_NOT_SOURCE_AFTER_JAA = (
    "وقت",
    "الوقت",
    "إطار",
    "سياق",
    "ظل",
    "أعقاب",
    "أعقابه",
    "حين",
    "المرتبة",
    "المركز",
    "مقدمة",
)
# The reporter's comment on what was said or done, after a «،»: «أعلنت المحكمة تعليقها
# للقرار، الأمر الذي أثار الفوضى», «قال إن ...، وهو ما تنفيه طهران», and the reporter's
# setting of it, «...، وجاء هذا التطور بعد لقاء ...».  Words not in quotation marks end
# before it: it is never the speaker's.
AR_COMMENT_CLAUSES = (
    "الأمر الذي",
    "وهو الأمر الذي",
    "وهو ما",
    "وهذا ما",
    "ما أدى",
    "مما أدى",
    "ما أسفر",
    "مما أسفر",
    "وجاء هذا",
    "وجاء ذلك",
    "جاء ذلك",
    "وجاءت هذه",
    "وجاءت تلك",
    "ويأتي هذا",
    "ويأتي ذلك",
    "وتأتي هذه",
    # the writer's reading of it: «…، في خطوة تعكس موقف البلاد», «…، ما يعكس محدودية …»
    "في خطوة",
    "وفي خطوة",
    "ما يعكس",
    "مما يعكس",
    # the reporter's time and setting: «…، وذلك بعد ظهور النتائج», «…، وذلك في أول …»
    "وذلك بعد",
    "وذلك قبل",
    "وذلك عقب",
    "وذلك إثر",
    "وذلك خلال",
    "وذلك منذ",
    "وذلك في",
)
# The reporter's asides: «يُشار إلى أن …», «تجدر الإشارة إلى أن …».  They open the
# reporter's next sentence even where its full stop is missing.
AR_ASIDES = ("يشار إلى أن", "ويشار إلى أن", "تجدر الإشارة إلى أن", "وتجدر الإشارة إلى أن")
# The reporter's setting of what was said, opened by «و», ends the words with no «،»
# before it too («... ويلبي حاجاتها الوطنية ويأتي ذلك ردا على تهديدات ...»), and so does
# an aside.
AR_BARE_SETTING_CLAUSES = (
    *(c for c in AR_COMMENT_CLAUSES if c.startswith(("وجاء", "ويأتي", "وتأتي"))),
    *AR_ASIDES,
)
# The reporter's attribution ending a sentence: «…، حسبما أوردت رويترز.», «…، وفق ما
# نقلته وكالة إرنا اليوم.», «… بحسب ما أفاد مسؤول محلي.»: a «ما» of these, a verb of
# reporting and its source to the sentence's end.  It is never the speaker's words, and
# with no speaker before it, it makes no one the speaker (a fact sourced, no statement).
AR_ATTRIBUTION_TAILS = (
    "حسبما",
    "بحسبما",
    "حسب ما",
    "بحسب ما",
    "وفق ما",
    "وفقما",
    "وفقا لما",
    "وفقاً لما",
    "طبقا لما",
    "طبقاً لما",
)
AR_TAIL_VERBS = (
    "أورد",
    "نقل",
    "أفاد",
    "ذكر",
    "أعلن",
    "قال",
    "أوضح",
    "أكد",
    "نشر",
    "بث",
    "كشف",
    "صرح",
    "جاء",
    # a hint or a pointer: «بحسب ما كانت ألمحت إليه الحكومة»
    "ألمح",
    "لمح",
    "أشار",
)
# «كان» (and «قد») between «ما» and the verb: «بحسب ما كانت ألمحت إليه الحكومة».
AR_TAIL_AUXILIARIES = ("كان", "كانت", "كانوا", "قد")
# The same attribution with no «ما» and no verb, after a «،»: «…، حسب وكالة خاما برس
# الأفغانية للأنباء اليوم الأربعاء.», «…، وفق مصادر محلية.», «…، نقلا عن صحيفة دون.»:
# the phrase and a source of these heads (an outlet, a report, a source) to the end.
AR_SOURCE_TAIL_WORDS = ("حسب", "بحسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً", "نقلا عن",
                        "نقلاً عن")  # fmt: skip
AR_SOURCE_TAIL_HEADS = (
    "وكالة", "وكالات", "صحيفة", "صحف", "موقع", "مواقع", "قناة", "شبكة", "إذاعة", "تلفزيون",
    "التلفزيون", "الإعلام", "وسائل", "مصادر", "مصدر", "تقارير", "تقرير", "بيان", "مراسل",
    "مراسلة", "مسؤولين", "مسؤولون", "شهود",
)  # fmt: skip
# News agencies a source tail names bare («، حسب رويترز», «، وفقا لـفرانس برس»); a
# name in quotation marks after the tail's word is one too («، حسب "رويترز"»).
AR_SOURCE_TAIL_NAMES = (
    "رويترز", "فرانس برس", "أسوشيتد برس", "أسوشيتدبرس", "الأناضول", "شينخوا", "إرنا",
    "سبوتنيك", "بلومبرغ", "بلومبيرغ", "د ب أ",
)  # fmt: skip
# The reporter's note on how the speaker told it, ending the words: «… فروا بعد تعرضهم
# "لخسائر فادحة" دون الخوض في التفاصيل.», «…، دون أن يوضح عددهم.»: never the speaker's.
AR_RESERVE_TAILS = (
    "دون الخوض",
    "دون أن يوضح",
    "دون أن توضح",
    "دون أن يحدد",
    "دون أن تحدد",
    "دون أن يذكر",
    "دون أن تذكر",
    "دون أن يكشف",
    "دون أن تكشف",
    "دون ذكر",
    "دون تحديد",
    "دون توضيح",
    "دون الكشف",
    "دون إعطاء",
    "دون تقديم",
    "دون الإشارة",
)
# A second verb of saying in the sentence ends the words before it: a participle after a
# «،» or «؛» («…، مؤكدا على عزم البلدين …», «…؛ لافتا في هذا السياق الى …»), a verb after
# «،» + «و»/«ف»/«كما»/«ثم»/«فيما»/«بينما» («…، وأكد رئيس الوزراء استعداد …», «…، فيما
# أعربت إيران عن استعدادها …»), and «لكنه» + a verb
# («… لكنه أضاف أنه …»).  What follows is another statement, of the speaker or of whoever
# the verb names, or the reporter's narration; never part of the first one.  The
# participles are the masculine singular, their other forms made by the pattern.
AR_SAYING_PARTICIPLES = (
    "مؤكدا", "مشيرا", "مضيفا", "موضحا", "معتبرا", "مبينا", "لافتا", "مشددا", "منوها",
    "معربا", "محذرا", "قائلا", "واصفا", "متسائلا", "مستدركا", "مردفا", "مستطردا",
)  # fmt: skip
AR_SAYING_VERBS = (
    "قال", "أضاف", "أكد", "أوضح", "شدد", "أشار", "لفت", "اعتبر", "تابع", "صرح", "نوه",
    "أردف", "استطرد", "بين", "رأى", "حذر", "أعرب", "دعا", "طالب", "عبر",
)  # fmt: skip
AR_SAYING_JOINS = ("و", "ف", "كما", "وكما", "ثم", "فيما", "وفيما", "بينما", "وبينما")
# «لكنه» before a verb of saying in the statement's sentence («قال إنه "..." لكنه أضاف أنه
# "..."»): the speaker goes on, with another statement of his own, not one inside the
# first («قال X إن Y أكد أن»: ``_nested``).
AR_BUT_HE = ("لكنه", "ولكنه", "لكنها", "ولكنها", "لكنهم", "ولكنهم")
_BUT_HE = frozenset(fold_word(w) for w in AR_BUT_HE)
# «الأمر الذي» opens the reporter's comment even with no «،» before it («أعلن استقالته
# الأمر الذي ترتب عليه ...»), unless a word of the sentence governs it («هو الأمر الذي
# نريده», «إن الأمر الذي ...», «في الأمر الذي»).
AR_BARE_COMMENT_CLAUSES = ("الأمر الذي", "وهو الأمر الذي")
AR_GOVERN_COMMENT = (
    *AR_COMPLEMENTS,
    "لأن",
    "فإن",
    "هو",
    "هي",
    "وهو",
    "وهي",
    "هذا",
    "هذه",
    "ذلك",
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "حول",
    "بشأن",
    "تجاه",
    "إزاء",
    "بخصوص",
    "أن",
    "ليس",
)
# A concessive that opens another party's view: «على رغم اعتبار وزير الخارجية ...»,
# «رغم تحذيرات واشنطن», «بالرغم من أن واشنطن حذرت ...».  The speaker's words end before
# it when it names a view (AR_VIEW_NOUNS) or a clause with a verb of saying.
AR_CONCESSIVES = ("على رغم", "على الرغم من", "رغم", "بالرغم من", "برغم")
AR_VIEW_NOUNS = (
    "اعتبار",
    "تأكيد",
    "تأكيدات",
    "تحذير",
    "تحذيرات",
    "تصريح",
    "تصريحات",
    "قول",
    "إعلان",
    "نفي",
    "مطالبة",
    "مطالبات",
    "دعوة",
    "دعوات",
    "تهديد",
    "تهديدات",
    "انتقاد",
    "انتقادات",
    "اتهام",
    "اتهامات",
    "معارضة",
    "اعتراض",
    "اعتراضات",
    "رأي",
    "موقف",
    "مخاوف",
)
# Words before the speaker's words end at such a clause: fewer and the clause is the
# sentence's own («رغم اعتبار ...» opening it is no reporter's addition).
AR_RUN_ON_MIN_WORDS = 3
# The reporter's narration after the words and a «،»: what the speaker did besides
# («…"انتصار للديمقراطية"، ووعد بطاعته للبرلمان», «…، لكنه تعهد بمواصلة العمل»), a
# contrast («…، غير أنها رفضت …») or the scene («…، وسط موجة من الاتصالات …»).  A clause
# the speaker said goes on with «وأن»/«وإن», not so.
AR_NARRATION_VERBS = ("وعد", "تعهد", "رفض", "امتنع", "اعترف")
AR_NARRATION_OPENERS = ("غير أن", "غير أنه", "غير أنها", "غير أنهم", "وسط")
# «… في كشمير حيث تكرر إطلاق النار …»: the reporter's background on the place named,
# opened by «حيث» and a verb of what happened there.
AR_WHERE_VERBS = ("تكرر", "تكررت", "شهد", "شهدت", "اندلع", "اندلعت", "وقع", "وقعت")
# Nouns of persons and outlets that «لـ» written onto them makes the one spoken to, never
# part of the speaker's name: «قالت وزارة الداخلية لسفير إيران إن», «وقال لوكالة الأنباء
# إن», «أكد لصحيفة محلية أن».  The subject ends before such a word.
AR_ADDRESSEE_NOUNS = (
    "سفير",
    "سفيرة",
    "سفراء",
    "وزير",
    "وزيرة",
    "رئيس",
    "رئيسة",
    "مبعوث",
    "ممثل",
    "ممثلي",
    "وفد",
    "وكالة",
    "صحيفة",
    "قناة",
    "موقع",
    "شبكة",
    "إذاعة",
    "تلفزيون",
    "مراسل",
    "مراسلة",
)
# Words of a «كان X قد قال» clause around its subject, dropped.
AR_KANA = ("كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "فكان")
# A subject naming a reporter: what they say is a question put to the speaker, never a
# statement of their own («وتساءل أحد الصحفيين: ...؟»).
REPORTERS = {
    "fa": ("خبرنگار", "خبرنگاران", "مجری"),
    "ar": (
        "صحفي",
        "الصحفي",
        "الصحفيين",
        "صحافي",
        "الصحافي",
        "الصحافيين",
        "مراسل",
        "المراسل",
        "مذيع",
    ),
    "en": ("reporter", "reporters", "journalist", "journalists", "interviewer"),
}

# Words that open an adverbial «،» segment, never the subject.
ADVERBIAL_STARTS = {
    "fa": (
        "در",
        "با",
        "به",
        "از",
        "ضمن",
        "طی",
        "پس",
        "پیش",
        "قبل",
        "بعد",
        "برای",
        "بنابر",
        "بنا",
        "بر",
        "طبق",
        # «براساس مصاحبه‌ای که …، X گفت»: what the words are based on, never the subject
        "براساس",
        "برپایه",
        "مطابق",
        "درباره",
        # «همزمان با برگزاری …، X اعلام کرد»: a time, never the subject
        "همزمان",
        "هم‌زمان",
        # «هنوز اطلاعاتی … نداریم»: a clause (a sub-heading glued to the sentence), never
        # the subject
        "هنوز",
    ),
    "ar": (
        "في",
        "خلال",
        "على",
        "من",
        "بعد",
        "قبل",
        "لدى",
        "ولدى",
        "عند",
        "وفي",
        "وقبل",
        # «وبعد سؤاله الأخير أضاف "..."»: a time, never the subject
        "وبعد",
        "وخلال",
        "وعند",
        "عقب",
        "وعقب",
        "ومن",
        "وبحسب",
        "ووفقا",
        "ووفق",
        "وحسب",
        "بحسب",
        "وفقا",
        "وفق",
        "حسب",
        # «ونقلاً عن رويترز فإن X أشار ...»: quoting, never the subject
        "نقلا",
        "ونقلا",
        # a fronted topic: «وعن توقعات السلطات لعدد الزوار، قالت إن ...»
        "عن",
        "وعن",
    ),
    "en": ("in", "on", "at", "during", "after", "before", "speaking", "according", "while"),
}
# Nouns of a manner of speaking with «بـ» («بصوت متهدج», «بلهجة حازمة», «بنبرة غاضبة»):
# an adverbial after the verb, never the speaker's name.
AR_MANNER_NOUNS = ("بصوت", "بلهجة", "بنبرة", "بحزن", "بغضب", "بمرارة", "بأسى", "بحماس")
# Where the subject ends inside its segment.
SUBJECT_CUTS = {
    # «بنا به نوشته ...», «به خبرنگار ...», days: never part of a name.
    "fa": (
        "با",
        "در",
        "ضمن",
        "از",
        "بر",
        "طی",
        "همچنین",
        "نیز",
        "هم",
        "به",
        "بنا",
        "طبق",
        "امروز",
        "دیروز",
        "دیشب",
        # «ناوقت دیروز» (late yesterday), as Afghan outlets write it
        "ناوقت",
        # a time: «سرکنسولگری پاکستان چندی پیش …», «X لحظاتی پیش گزارش داد»
        "چندی",
        "اخیرا",
        # «مقامات ایران بارها ادعا کرده‌اند که …»: how often, never a name's word
        "بارها",
        "لحظاتی",
        "ساعاتی",
        "دقایقی",
        "هفته",
        # a relative clause or «پس از ...» after the name: «درکوش که ...», «ابراهیم پس از ...»
        "که",
        "پس",
        "روز",
        "شنبه",
        "یکشنبه",
        "دوشنبه",
        "سه‌شنبه",
        "چهارشنبه",
        "پنجشنبه",
        # a dash opens an aside: «وزیر خارجه - که دیروز آمد - گفت»
        "-",
        "–",
        "—",
    ),
    "ar": (
        "حول",
        # the topic: «وأضاف وليبور بشأن توقيت الشحن:»
        "بشأن",
        "بخصوص",
        "حيال",
        "إزاء",
        "أمام",
        "في",
        "خلال",
        "عبر",
        *AR_PARTICIPLES,
        "لدى",
        "بعد",
        "مع",
        "على",
        "إلى",
        "عن",
        # a preposition with its pronoun: «شددوا خلالها على أن» names no one
        "خلاله",
        "خلالها",
        "فيه",
        "فيها",
        "عنه",
        "عنها",
        "منه",
        "منها",
        "عليه",
        "عليها",
        "مجددا",
        # adverbs: «وقد أكد رسميا مقتل ...», «كما أعلن مؤخرا», «أعلنت مرارا أن»
        "رسميا",
        "مؤخرا",
        "سابقا",
        "لاحقا",
        "مرارا",
        "تكرارا",
        "أيضا",
        "كذلك",
        "أن",
        "إن",
        "أنه",
        "بأن",
        "بأنه",
        "بأنها",
        "قد",
        "بدوره",
        "بدورها",
        # the time of a past statement: «وقال خان وقتها:»
        "وقتها",
        "حينها",
        "آنذاك",
        "حينئذ",
        # quoting another: «وأفادت "اكسبرس تريبيون" نقلا عن مصادر ...»
        "نقلا",
        "ونقلا",
        # a reply or a comment: «وقال المتحدث ردا على سؤال»
        "ردا",
        "تعليقا",
        "تعقيبا",
        # the addressee is not the speaker: «وقال مخاطبا ترامب:», «وأكد الوزير لنظيره:»
        "لنظيره",
        "لنظيرته",
        "لنظيرها",
        "لنظرائه",
        "له",
        "لها",
        "لهم",
        "مخاطبا",
        "مخاطبة",
        "موجها",
        "موجهة",
        # days and times: «وقال خامنئي يوم الأحد إن»
        "يوم",
        "أمس",
        "اليوم",
        "الليلة",
        "صباح",
        "مساء",
        # a time adverb after the verb: «كتب صباحاً على تويتر» names no one
        "صباحا",
        "ظهرا",
        "عصرا",
        "ليلا",
        "فجرا",
        # a time phrase ends the name: «وأضاف السفير X عشية زيارة Y»
        "عشية",
        "غداة",
        "إثر",
        "اثر",
        "قبيل",
        "الأسبوع",
        "الشهر",
        "الأحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "أواخر",
        "أوائل",
        "منتصف",
        "مطلع",
        # a circumstantial clause: «وأوضح وهو يتحدث مع الصحفيين:» has no subject of its
        # own, «قال نديم شاه وهو مسؤول كبير» ends the name
        "وهو",
        "وهي",
        "وهم",
        "وهما",
        # a dash opens an aside: «وقال مستخدمو تويتر - بعد أن ... - إن»
        "-",
        "–",
        "—",
        # the manner of speaking: «وقالت بصوت متهدج إن», «وأضاف بلهجة حازمة:»
        *AR_MANNER_NOUNS,
    ),
    "en": ("in", "on", "at", "during", "after", "before", "to", "that", "while", "also"),
}
# Words that end a subject after its first word, but may open one (an outlet: «عصر ایران
# نوشت:»); folded as they are compared.
LATE_CUTS = {
    "fa": (
        # times of day: «رضوانی ظهر امروز ... گفت», «علیزاده شامگاه پنج‌شنبه ...»
        "صبح",
        "ظهر",
        "عصر",
        "شب",
        "امشب",
        "شامگاه",
        "بامداد",
        # «در پایان» written as one word: «قناعت درپایان ... افزود»
        "درپایان",
        "درحاشیه",
        "درادامه",
        # «بروز دوشنبه» (on Monday), as Afghan outlets write it
        "بروز",
        # a reporter's post after the name: «مدثر شاه خبرنگار … گفته است» (the named
        # reporter speaks; the post is no part of the name)
        "خبرنگار",
    ),
}
# Persian prepositions that are part of a name or an office after the word before them
# (a body's verbal noun, «کمیسیون رسیدگی به مشکلات مهاجرین», «اداره مبارزه با مواد
# مخدر») or before the word after them («وزیر دولت در امور اطلاعات»): no cut there.
FA_NAME_LINKS_AFTER = {"رسیدگی": "به", "رسیدهگی": "به", "مبارزه": "با"}
FA_NAME_LINKS_BEFORE = {"امور": "در"}
_FA_LINKS_AFTER = {fold_word(k): fold_word(v) for k, v in FA_NAME_LINKS_AFTER.items()}
_FA_LINKS_BEFORE = {fold_word(k): fold_word(v) for k, v in FA_NAME_LINKS_BEFORE.items()}
# Persian words of a part that take their whole with «از»: «یکی از شهروندان گفت» is said
# by "one of the citizens", not by "one".
PARTITIVES = {"fa": ("یکی", "برخی", "بعضی", "تعدادی", "شماری", "بسیاری", "عده‌ای", "هیچ‌یک")}
_PARTITIVES = {lang: frozenset(fold(w) for w in words) for lang, words in PARTITIVES.items()}
_OF = frozenset({fold("از")})
# Words dropped before the subject («همچنین وی ...», «كما ...», «اما وکلا می‌گویند»).
LEADING_FILLERS = {
    # «همچنان» as Afghan outlets write «همچنین»; a conjunction of contrast is no name's
    "fa": (
        *("همچنین", "همچنان", "سپس", "نیز", "ضمنا", "و", "-", "–", "—"),
        *("اما", "ولی", "لیکن", "ولیکن"),
    ),
    # «إذ قال:» (for he said): a conjunction, the subject is the sentence's before;
    # «أفادت بذلك وسائل إعلام»: what was told, the subject follows it
    "ar": ("و", "كما", "ثم", "وقد", "لكن", "ولكن", "إذ", "بذلك", "بهذا", *AR_KANA),
    "en": ("also", "then", "and"),
}
# Arabic: also the particles that carry the pronoun («لكنه قال», «إلا أنه قال»).
PRONOUNS = {
    "fa": ("وی", "او", "ایشان"),
    "ar": (
        "هو",
        "هي",
        "لكنه",
        "لكنها",
        "ولكنه",
        "ولكنها",
        "لأنه",
        "لأنها",
        "إلا",
        "أنه",
        "إنه",
        "أنها",
        "إنها",
    ),
    "en": ("he", "she"),
}


# The speaker in the first person: the interviewee or a writer, named nowhere in the
# sentence («من همیشه با ... ؛ مادرم به من گفتند:»): unknown, never a name of "I".
FIRST_PERSON = {
    "fa": ("من", "ما"),
    "ar": ("أنا", "نحن"),
    "en": ("i", "we"),
}


def _folded(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(fold(w) for w in words) for lang, words in table.items()}


# The word lists above as they are compared (folded), once.
_ADVERBIALS, _CUTS, _LATE_CUTS, _FILLERS, _PRONOUNS, _REPORTERS, _FIRST_PERSON = map(
    _folded,
    (
        ADVERBIAL_STARTS,
        SUBJECT_CUTS,
        LATE_CUTS,
        LEADING_FILLERS,
        PRONOUNS,
        REPORTERS,
        FIRST_PERSON,
    ),
)
_NOT_AFTER = frozenset(fold(w) for w in AR_NOT_STATEMENT_AFTER)
_VERBAL_NOUN_AFTER = frozenset(fold(w) for w in AR_VERBAL_NOUN_AFTER)
_OBJECT_NOUNS = frozenset(fold(w) for w in AR_OBJECT_NOUNS)
_SENT_FROM_NOUNS = frozenset(fold(w) for w in AR_SENT_FROM_NOUNS)
_OBJECT_TAKING = frozenset(fold(w) for w in AR_OBJECT_TAKING_VERBS)
_CALLS = frozenset(fold(w) for w in AR_CALL_VERBS)
_BODY_NOUNS = frozenset(fold_word(w) for w in AR_BODY_NOUNS)
_CONDEMNING = frozenset(fold(w) for w in AR_CONDEMNING_VERBS)
_CONDEMNED = frozenset(fold_word(w) for w in AR_CONDEMNED_NOUNS)
_RELATIVES = frozenset(fold(w) for w in AR_RELATIVES)
_TIME_CLAUSES = frozenset(fold(w) for w in AR_TIME_CLAUSES)
_WHILE_CLAUSES = frozenset(fold(w) for w in AR_WHILE_CLAUSES)
_WHILE_ON = frozenset(fold(w) for w in AR_WHILE_CLAUSES if not w.startswith("و"))
_NOT_ANTECEDENTS = frozenset(fold(w) for w in AR_NOT_ANTECEDENTS)
_NOT_SPEECH_AN = frozenset(fold(w) for w in AR_NOT_SPEECH_BEFORE_AN)
_KANA = frozenset(fold(w) for w in AR_KANA)
_NOT_SOURCE_AFTER_JAA = frozenset(fold(w) for w in AR_NOT_SOURCE_AFTER_JAA)
_ADDRESSEES = frozenset(fold(w) for w in AR_ADDRESSEE_NOUNS)

# «... خبر داد و گفت:» - a finished verb and «و» start a new clause with the same subject
# («حکم دادگاه به پرونده ارتباط دارد و قضات گفته‌اند که»: the judges, not the ruling).
_FA_CLAUSE_VERBS = (
    r"(?<!\w)(?:کرد|کردند|شد|شدند|داد|دادند|دانست|است|بود|نمود|خواند|می‌?کند|می‌?کنند"
    r"|دارد|دارند|داشت|داشتند)"
)
# A «که» after a finished verb opens a clause with a subject of its own: «سرکنسولگری …
# بازگشایی شده بود که X … گفت», «این در حالی است که X گفت» (X speaks).
# So does the «که» of «در حالی … که» after any verb («این بازداشت‌ها در حالی صورت
# می‌گیرد که نخست‌وزیر … گفته بود که …»: the prime minister speaks).
FA_WHILE_VERB_WORDS = 4
_FA_JOINER_RE = re.compile(
    r"(?:"
    + _FA_CLAUSE_VERBS
    + r"\s+(?:و|که)"
    + r"|(?<!\w)در\s+حالی[\s\u200c]*که"
    + rf"|(?<!\w)در\s+حالی(?:\s+(?!که(?!\w))[^\s،,.!?؟:«»]+){{1,{FA_WHILE_VERB_WORDS}}}?\s+که"
    + r")\s+"
)
# A Persian verb right after a joiner's «و» has no subject of its own: it shares the
# subject of the clause before («… ضروری است و تأکید کردند که …»).
_FA_AND_BEFORE_VERB_RE = re.compile(_FA_CLAUSE_VERBS + r"\s+و\s*$")
# A Persian clause that ends with «و» before the next verb of saying.
_FA_AND_RE = re.compile(r"\sو\s*$")
# A lead-in clause «با بیان اینکه ... ،» holds verbs of its own: a joiner inside it, before
# the «،» that closes it, joins two of its clauses, not the sentence's («X با بیان اینکه
# ویروس ... درگیر می‌کند و سپس ...، اظهار کرد:» is X's statement).
_FA_THAT_RE = re.compile(r"(?<!\w)(?:اینکه|این\s*\u200c?\s*که)(?!\w)")
FA_THEN = tuple(
    f"{when} از {this}" for when in ("قبل", "پیش", "پس", "بعد") for this in ("آن", "این")
)
# Openings that announce a sentence and are never its subject («شایان ذکر است ...»), and
# the time phrases that may follow them («هفته گذشته آیت‌الله ...»); folded.
FA_LEADING_PHRASES = (
    "شایان ذکر است",
    "گفتنی است",
    "لازم به ذکر است",
    "قابل ذکر است",
    "یادآور می‌شود",
    "هفته گذشته",
    "روز گذشته",
    "ماه گذشته",
    "سال گذشته",
    "شب گذشته",
    # the scene of the words, before their speaker: «در این دیدار X ابراز امیدواری کرد
    # که», «در ادامه X گفت» (longer phrases first)
    "در این تماس تلفنی",
    "در این دیدار",
    "در این ملاقات",
    "در این نشست",
    "در این جلسه",
    "در این گفتگو",
    "در این گفت‌وگو",
    "در این تماس",
    "در این مراسم",
    "در این سفر",
    "در ادامه",
    "در پایان",
    "در همین حال",
    "در این حال",
    # written as one word, with or without the zero-width joiner: «در همین‌حال»
    "در همین‌حال",
    "در این‌حال",
    "در این میان",
    "در همین راستا",
    "در این راستا",
    "در این رابطه",
    "در این زمینه",
    "از سوی دیگر",
    "از طرف دیگر",
    # a time before or after what was just told: «قبل از آن X اعلام کرده بود که» (not
    # before «که»: «پس از آن که X گفت، …» opens a clause of its own)
    *FA_THEN,
)
_FA_LEADING = tuple(tuple(fold_word(w) for w in p.split()) for p in FA_LEADING_PHRASES)
_FA_THEN = frozenset(tuple(fold_word(w) for w in p.split()) for p in FA_THEN)
_THAT = fold_word("که")
# Scene phrases that may name their scene: «در ادامه این نشست X گفت», «در پایان این دیدار»
# (the demonstrative and its noun go with the phrase).
FA_SCENE_OF = ("در ادامه", "در پایان")
_FA_SCENE_OF = frozenset(tuple(fold_word(w) for w in p.split()) for p in FA_SCENE_OF)
FA_DEMONSTRATIVES = ("این", "آن", "همین", "همان")
_FA_DEMONSTRATIVES = frozenset(fold_word(w) for w in FA_DEMONSTRATIVES)
# A time that opens a sentence before its subject («روز دوشنبه گذشته X گفت که»,
# «امروز (شنبه) X اعلام کرد», «چندی پیش X …»): a run of these words (and a date's
# numbers, a day in brackets) that opens with one of FA_TIME_OPENINGS; never the subject.
# «صبح», «عصر» ... open a run only before another time word («عصر ایران» is an outlet).
FA_TIME_OPENINGS = (
    "روز",
    "امروز",
    "دیروز",
    "امشب",
    "دیشب",
    "ناوقت",
    "شامگاه",
    "بامداد",
    "چندی",
    "اخیرا",
    "اخیراً",
    # «پیشتر X گفته بود»: earlier, never part of the name
    "پیشتر",
    "پیش‌تر",
    "قبلا",
    "قبلاً",
    "سابقا",
    "سابقاً",
    "لحظاتی",
    "ساعاتی",
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "پنج‌شنبه",
    "جمعه",
)
FA_TIME_WORDS = (
    *FA_TIME_OPENINGS,
    "صبح",
    "ظهر",
    "عصر",
    "شب",
    "گذشته",
    "پیش",
    "قبل",
    "جاری",
    "آینده",
    "اخیر",
    "هفته",
    "ماه",
    "سال",
)
_FA_TIME_OPENINGS = frozenset(fold_word(w) for w in FA_TIME_OPENINGS)
_FA_TIME_WORDS = frozenset(fold_word(w) for w in FA_TIME_WORDS)
_DAY_IN_BRACKETS_RE = re.compile(r"^\([^()]{1,40}\)$")
# A weekday written onto the time of day («سه‌شنبه‌شب», «جمعه‌صبح»): a time, never a word
# of the name before it.
FA_DAY_PARTS = ("شب", "صبح", "عصر", "ظهر")
_FA_GLUED_TIMES = frozenset(
    fold_word(day) + fold_word(part) for day in WEEKDAYS for part in FA_DAY_PARTS
)
# A weekday written in two words («سه شنبه», «پنج شنبه»): its number is no numeral of a
# subject («روز سه شنبه دو فرمانده … گفتند» is said by the two commanders, not by «سه»).
FA_DAY_NUMBERS = ("یک", "دو", "سه", "چهار", "پنج")
_FA_DAY_NUMBERS = frozenset(fold_word(w) for w in FA_DAY_NUMBERS)
_FA_SATURDAY = fold_word("شنبه")
# A month, Iranian or Afghan («۳۱ اسد», «۲ قوس»), is a time word right after its day.
_FA_MONTHS = frozenset(fold_word(m) for m in MONTHS)
# A bracket of a date inside a time («صبح روز جمعه ( ۲ قوس) پولیس …»), its words apart.
FA_BRACKET_WORDS = 5
# A Persian subject phrase never holds the object marker «را» nor opens with a modal: such
# a phrase is the tail of a clause («باید محاسن و مسائل جنبی آن را ...»).
FA_CLAUSE_WORDS = ("را",)
FA_CLAUSE_STARTS = ("باید", "نباید", "می‌توان", "نمی‌توان")
_FA_CLAUSE_WORDS = frozenset(fold_word(w) for w in FA_CLAUSE_WORDS)
_FA_CLAUSE_STARTS = frozenset(fold_word(w) for w in FA_CLAUSE_STARTS)
# «رویترز ... به نقل از سمیر غضبان گفت:», «این روزنامه از قول یک منبع آگاه نوشت که»: the
# one quoted speaks, not who reports it.
_FA_QUOTING_RE = re.compile(r"(?<!\w)(?:به\s+نقل\s+از|از\s+قول)\s+")
# ... but a verb of relaying between the one quoted and the verb («رسانه‌ها از قول Y نقل
# کرده‌اند دولت … اعلام کرده است …»): the verb's subject is a third one, inside the relayed
# words, and where it starts is not known.
_FA_RELAYING_RE = re.compile(r"(?<![\w\u200c])نقل[\s\u200c]+(?:کرد|کردند|کرده|می[\s\u200c]*کن)")
_FA_REPORT_RE = re.compile(r"^\s*به\s+گزارش\s")
# «… و به نقل از X» inside a report formula: a second source the formula names.
_FA_REPORT_RELAY_RE = re.compile(r"(?<![\w\u200c])و\s+(به\s+نقل\s+از\s)")
# What someone said, named before them: «اظهارات X», «سخنان X», «گفته‌های X».
FA_SPEECH_NOUNS = ("اظهارات", "سخنان", "گفته‌های", "گفته های", "گفته")
_FA_SPEECH_NOUN_RE = re.compile(r"^\s*" + loose_any(FA_SPEECH_NOUNS) + r"(?![\w\u200c])\s*")

# Persian: a sentence or «،» clause inside a colon's words that opens with «وی»/«او» and
# has a verb of saying is the reporter's narration, not the speaker's words («...: حذف
# آب راکد نقش مهمی دارد. وی بر لزوم مشارکت مردم تأکید کرد.»); the words end before it.
FA_NARRATION_VERBS = (
    *INTRODUCERS["fa"],
    "تأکید کرد",
    "اشاره کرد",
    "خبر داد",
    "توصیه کرد",
    "درخواست کرد",
    "خواستار شد",
    "خواست",
    "ابراز امیدواری کرد",
    # «وی از X به عنوان Y یاد کرد»: how the speaker named X, told by the reporter
    "یاد کرد",
)
_FA_NARRATION_RE = re.compile(
    r"(?:(?<=[.!?؟])\s+|\s*،\s*)(?:و\s+)?(?:وی|او)\s[^.!?؟«»]*?(?<!\w)"
    + loose_any(sorted(FA_NARRATION_VERBS, key=len, reverse=True))
    + r"(?:ند)?(?!\w)"
)

# Persian: a later sentence of a colon's words not in quotation marks that reads as the
# reporter's account of others: one opening with a time closed by «،» («روز جمعه، …») or
# with an event it follows («در پی هشدار هند، …»), or whose subject goes on with «نیز»
# and whose verb is a third person's past («وزارت خارجه نیز سفیر را احضار کرده است.»).
# So is one whose subject is a party named by its head (FA_PARTY_HEADS: «گروه تروریستی
# X مسئولیت … را برعهده گرفت.») and whose verb is a third person's past (FA_PARTY_PAST).
# The words then end with their first sentence: those between are not surely the
# speaker's either.  A sentence speaking as «ما»/«من» is the speaker's.
FA_EVENT_OPENINGS = ("در پی", "به دنبال", "پس از")
_FA_EVENT_OPENING_RE = re.compile(r"^" + loose_any(FA_EVENT_OPENINGS) + r"\s[^.!?؟،]{1,80}،")
FA_ALSO = "نیز"
FA_ALSO_WORDS = 6  # «نیز» after a subject of at most five words
FA_THIRD_PAST = ("کرد", "کردند", "کرده است", "کرده اند", "شد", "شدند", "شده است",
                 "شده اند", "داد", "دادند", "داده است", "بود", "بودند")  # fmt: skip
_FA_THIRD_PAST_END_RE = re.compile(
    r"(?<![\w\u200c])" + loose_any(sorted(FA_THIRD_PAST, key=len, reverse=True)) + r"\s*[.!?؟]?\s*$"
)
FA_PARTY_HEADS = ("گروه", "تحریک", "جنبش", "حزب", "جبهه", "سازمان", "ائتلاف")
_FA_PARTY_HEADS = frozenset(fold_word(w) for w in FA_PARTY_HEADS)
FA_PARTY_PAST = (*FA_THIRD_PAST, "گرفت", "گرفتند", "گرفته است", "گرفته اند", "پذیرفت",
                 "پذیرفتند", "پذیرفته است", "پذیرفته اند")  # fmt: skip
_FA_PARTY_PAST_END_RE = re.compile(
    r"(?<![\w\u200c])" + loose_any(sorted(FA_PARTY_PAST, key=len, reverse=True)) + r"\s*[.!?؟]?\s*$"
)
FA_FUTURE = ("خواهد", "خواهند")
_FA_FUTURE = frozenset(fold_word(w) for w in FA_FUTURE)
FA_FIRST_PERSON = ("ما", "من")
_FA_FIRST_PERSON = frozenset(fold_word(w) for w in FA_FIRST_PERSON)
_FA_FIRST_PERSON_VERB_RE = re.compile(r"^(?:ن?می|خواه|هست|دار|باش)\S*یم$")
# A stop and the space after it, or a stop glued between two words («… است.این …»,
# ``text.GLUED_FULL_STOP``); a dotted abbreviation's is none (``_fa_sentence_ends``).
_FA_SENTENCE_SPLIT_RE = re.compile(rf"(?<=[.!?؟])\s+|(?<={GLUED_FULL_STOP})")


def _fa_sentence_ends(text: str) -> list[re.Match[str]]:
    """The sentence ends of Persian *text* (``_FA_SENTENCE_SPLIT_RE``), not the stops of
    dotted abbreviations («بی.بی.سی», ``text.sentence_ends``)."""
    return list(sentence_ends(text, _FA_SENTENCE_SPLIT_RE))


def _fa_sentences(text: str) -> list[str]:
    """Persian *text* split at its sentence ends (``_fa_sentence_ends``)."""
    pieces, start = [], 0
    for end in _fa_sentence_ends(text):
        pieces.append(text[start : end.start()])
        start = end.end()
    return [*pieces, text[start:]]


_FA_ENDS = (".", "!", "?", "؟", "»", "”", '"', ")")
# the letter a Persian verb of the third person ends in («کرد», «است», «می‌شود», «گفت»)
FA_VERB_LAST_LETTERS = ("د", "ت")
_FA_VERB_LAST_LETTERS = tuple(fold_word(w) for w in FA_VERB_LAST_LETTERS)


# Persian words not in quotation marks end before the reporter's account that follows
# them in the same sentence: «اما» (after «،», «؛» or a space) and another party's verb of
# denial or saying, or its negation, that ends the sentence («… کشته شد، اما طالبان آن
# را تکذیب کرده اند.», «… انجام شده اما هیچ منبع رسمی آن را تأیید نکرده است.», «…؛ اما
# دولت هنوز چیزی نگفته است.»), or «و» and a time clause («و بعد از اینکه …») before a
# later verb of saying («… این گروه اعلام کرده است …»).  A speaker in the first person
# («تکذیب کرده‌ایم») is the speaker's own.
FA_CONTRASTS = ("اما", "ولی")
FA_OTHERS_VERBS = (
    *(
        f"{noun} {aux}"
        for noun in ("تکذیب", "رد", "انکار", "تأیید", "تایید", "اعلام")
        for aux in (
            *("کرده اند", "کرده است", "کرده بودند", "کردند", "کرد", "می کنند", "می کند"),
            *("نکرده اند", "نکرده است", "نکرده بودند", "نکردند", "نکرد"),
            *("نمی کنند", "نمی کند"),
        )
    ),
    *("گفته اند", "گفته است", "گفته بودند", "گفتند", "می گویند"),
    *("نگفته اند", "نگفته است", "نگفته بودند", "نگفتند", "نمی گویند"),
)
_FA_OTHERS_DENY_RE = re.compile(
    r"(?:\s*[،؛]\s*|\s+)"
    + loose_any(FA_CONTRASTS)
    + r"\s[^.!?؟«»،:]*?(?<![\w\u200c])"
    + loose_any(sorted(FA_OTHERS_VERBS, key=len, reverse=True))
    + r"\s*[.!?؟]?\s*$"
)
FA_TIME_CLAUSES = tuple(
    f"{when} از {that}" for when in ("بعد", "پس", "قبل", "پیش") for that in ("اینکه", "آنکه")
)
_FA_AND_TIME_CLAUSE_RE = re.compile(r"\s+و\s+" + loose_any(FA_TIME_CLAUSES) + r"(?![\w\u200c])")
# «…؛ ادعایی که تا کنون …»: after «؛», a noun with «ی» and «که» opens the reporter's
# comment on the words before it, not more of them.
_FA_COMMENT_RE = re.compile(r"\s*؛\s*[^\s؛،,.!?؟«»]+ی\s+[کك]ه(?![\w\u200c])")
# The stored text cut off inside a word or before its last word («… تأکید کرد که یکی
# از اع»): a last sentence with no end mark whose last word is a function word or is two
# letters and no word that ends a sentence is no one's words.
FA_NEVER_LAST = ("از", "با", "در", "به", "را", "تا", "که", "و", "یا", "این", "آن", "برای")
FA_SHORT_LAST = ("شد", "زد", "رد", "نه", "ما", "او", "من", "وی", "بد", "کم")
_FA_NEVER_LAST = frozenset(fold_word(w) for w in FA_NEVER_LAST)
_FA_SHORT_LAST = frozenset(fold_word(w) for w in FA_SHORT_LAST)
# A sentence that opens with the reporter's aside («گفتنی است، …», «لازم به ذکر است که
# …») adds background of his own: the words end before it, and what follows it is his too.
FA_ASIDES = ("گفتنی است", "لازم به ذکر است", "شایان ذکر است")
_FA_ASIDE_RE = re.compile(r"(?:^|(?<=[.!?؟])\s+)" + loose_any(FA_ASIDES) + r"(?![\w\u200c])")


def _fa_own_words(text: str) -> str:
    """Persian words not in quotation marks without the reporter's account after them
    (FA_OTHERS_VERBS, FA_TIME_CLAUSES, a comment after «؛», a sentence of FA_ASIDES and
    all after it) and without a last sentence the stored text cuts off (FA_NEVER_LAST);
    "" when nothing is left."""
    aside = _FA_ASIDE_RE.search(text)
    if aside:
        text = text[: aside.start()].rstrip()
    denied = _FA_OTHERS_DENY_RE.search(text)
    if denied:
        text = text[: denied.start()]
    comment = _FA_COMMENT_RE.search(text)
    if comment:
        text = text[: comment.start()]
    for joined in _FA_AND_TIME_CLAUSE_RE.finditer(text):
        if _FA_RE.search(text, joined.end()):
            text = text[: joined.start()]
            break
    words = _words(text)
    last = fold_word(words[-1]) if words else ""
    if words and not text.rstrip().endswith((".", "!", "?", "؟", "»", "”", '"')):
        cut = last in _FA_NEVER_LAST or (len(last) <= 2 and last not in _FA_SHORT_LAST)
        if cut:
            ends = [m.end() for m in _fa_sentence_ends(text)]
            text = text[: ends[-1]].rstrip() if ends else ""
    return text


# Persian: the reported words of a plural speaker («مقامات … ادعا کرده‌اند که A و چندین
# بار در این باره به پاکستان اعتراض کرده بودند.») end before a last «و» clause in the
# pluperfect of the third plural: what the speakers had done, told by the reporter.
FA_THEIR_PAST_WORDS = 8
_FA_AND_THEIR_PAST_RE = re.compile(
    rf"\s+و\s+(?:(?!و\s)[^\s.!?؟،«»]+\s+){{0,{FA_THEIR_PAST_WORDS}}}?"
    r"[^\s.!?؟،«»]*ه[\s\u200c]*بودند\s*[.!?؟]?\s*$"
)
_FA_PLUPERFECT_RE = re.compile(r"ه[\s\u200c]*بود")


def _fa_without_their_past(text: str, verb: str) -> str:
    """Persian words of a plural speaker without a last «و» clause in the pluperfect of
    the third plural, unless *verb* (the one of saying) is in the pluperfect itself."""
    if _FA_PLUPERFECT_RE.search(verb):
        return text
    told = _FA_AND_THEIR_PAST_RE.search(text)
    return text[: told.start()] if told else text


def _fa_not_cut_off(text: str, paragraph: str) -> str:
    """Persian words that run to the end of the article's last paragraph with no mark to
    end them and no verb's last letter (FA_VERB_LAST_LETTERS) on their last word («…
    ادعا کرده است که ایران ۸ عضو گروه جیش»): the stored text stops inside the sentence,
    so its last sentence is left out."""
    if paragraph.rstrip().endswith(_FA_ENDS) or not paragraph.rstrip().endswith(text.rstrip()):
        return text
    words = _words(text)
    if words and fold_word(words[-1]).endswith(_FA_VERB_LAST_LETTERS):
        return text  # «… صورت خواهد گرفت», «… کشته شد»: a verb ends it, as sentences end
    ends = [m.end() for m in _fa_sentence_ends(text)]
    return text[: ends[-1]].rstrip() if ends else ""


def fa_tells_statement(sentence: str) -> bool:
    """Persian: whether *sentence* tells what a party said, a verb of saying after its
    subject («شرکت … تائید کرد …»), not in the first person («ما گفتیم …»): after a
    colon's unquoted words it is the reporter's, and they end before it."""
    words = [fold_word(w) for w in _words(sentence)]
    if any(w in _FA_FIRST_PERSON or _FA_FIRST_PERSON_VERB_RE.match(w) for w in words):
        return False
    said = _FA_RE.search(sentence)
    return bool(said and _words(sentence[: said.start()]))


def _fa_narrates(sentence: str) -> bool:
    """Persian: whether *sentence*, after a colon's first sentence, is the reporter's
    account of others (see FA_EVENT_OPENINGS), or of what a party said (a verb of saying
    after its subject)."""
    words = [fold_word(w) for w in _words(sentence)]
    if any(w in _FA_FIRST_PERSON or _FA_FIRST_PERSON_VERB_RE.match(w) for w in words):
        return False
    head = sentence.split("،", 1)
    if len(head) == 2 and (opening := _words(head[0])) and _leading_time(opening) == len(opening):
        return True
    if _FA_EVENT_OPENING_RE.match(sentence):
        return True
    if fa_tells_statement(sentence):
        return True  # another party's statement told by the reporter
    future = len(words) > 1 and words[-2] in _FA_FUTURE  # «خواهد کرد» is no past
    if words and words[0] in _FA_PARTY_HEADS and _FA_PARTY_PAST_END_RE.search(sentence):
        return not future
    also = fold_word(FA_ALSO)
    return also in words[1:FA_ALSO_WORDS] and bool(_FA_THIRD_PAST_END_RE.search(sentence))


# The page's call to join or follow it on a channel, glued to the last sentence of the
# text («… ارائه می دهد.برای ورود به کانال تلگرام ما کلیک کنید.»): a call to the
# reader is no one's words; they end before it.
FA_CALL_PLACES = ("کانال", "تلگرام", "اینستاگرام", "ایتا", "روبیکا")
FA_CALL_VERBS = ("کلیک کنید", "بپیوندید", "عضو شوید", "دنبال کنید")
_FA_CALL_RE = re.compile(
    r"(?<=[.!?؟])\s*(?:[^.!?؟«»]*?(?<![\w\u200c])"
    + loose_any(FA_CALL_PLACES)
    + r"(?![\w\u200c])[^.!?؟«»]*?(?<![\w\u200c])"
    + loose_any(FA_CALL_VERBS)
    + r")[.!]?\s*$"
)


def _fa_without_call(text: str) -> str:
    """Persian words without a call to the reader closing them (``FA_CALL_VERBS``)."""
    call = _FA_CALL_RE.search(text)
    return text[: call.start()].rstrip() if call else text


def _fa_unclosed(words: str) -> str:
    """Persian words of a colon opened by «« that no «» closes: all of them, less the
    mark (the statement runs to its end, not to its first sentence's); "" otherwise."""
    words = words.strip()
    if words[:1] != "«" or "»" in words:
        return ""
    return words[1:].strip()


def _fa_first_sentence(text: str) -> str:
    """Persian words of a colon not in quotation marks up to their first sentence's end
    when a later sentence is the reporter's narration (``_fa_narrates``), else whole."""
    sentences = _fa_sentences(text)
    if len(sentences) > 1 and any(_fa_narrates(s) for s in sentences[1:]):
        return sentences[0]
    return text


OPEN_MARKS = {"«": "»", "“": "”", '"': '"', "„": "“"}
_STRIP_MARKS = "«»“”„\"' \t"

# A reporter relaying another between its verb and the words: «وقالت مهر نقلا عن بيان
# لقوات الأمن "..."»: the one after it speaks, the reporter only passes the words on.
AR_RELAYED_FROM = ("نقلا عن", "نقلاً عن")

# --- compiling ---------------------------------------------------------------------------

_loose = loose_pattern


FA_NON_JOINING = "دذرزژ"


def _verbs(lang: str) -> str:
    return "|".join(_loose(v) for v in sorted(INTRODUCERS[lang], key=len, reverse=True))


# Persian: the subject comes before the verb, the colon right after it.
# The perfect tense too («افزوده است:», «گفته‌اند:»), the pluperfect («گفته بود که»,
# «اعلام کرده بودند:»), the perfect with no «است» before «که» or before the reported clause
# of a verb of FA_ELLIPTIC_VERBS («… توصیف کرده و هشدار داده تعلیق معاهده …»), and «؛» for
# the colon («گفت؛ ...», as Afghan outlets write it).
_FA_RE = re.compile(
    # (a present «می…» glued to the word before when that word ends in a letter that never
    # joins the next, so the missing space does not show: «این کشورمی‌گوید، …»)
    rf"(?:(?<!\w)|(?<=\w[{FA_NON_JOINING}])(?=م[یيى]))(?P<verb>{_verbs('fa')})"
    r"(?:(?P<plural>ند)|ه[\s\u200c]*(?:است|(?P<perfect_plural>اند)"
    r"|بود(?P<past_plural>ند)?(?![\w\u200c]))|ه(?=\s+[کك]ه(?![\w\u200c]))|(?P<elliptic>ه)(?=\s))?"
    # «گفت: ...», or reported speech «گفت که ...» to the end of the sentence («گفته است
    # که: “...“»: the colon after «که» is no word of it; «كه» as legacy texts type it)
    r"(?:\s*[:؛]|\s+(?P<that>[کك]ه)(?![\w\u200c])\s*(?::\s*)?"
    # «او افزوده است "…"»: a quotation right after the verb, no colon (``FA_MARK_VERBS``)
    r"|\s+(?=(?P<mark>[\"«“])\S)"
    # «X گفت Y.», «X اعلام کرد، Y.»: the reported clause with no «که» (``FA_BARE_VERBS``)
    r"|(?P<bare>\s*،\s*|\s+)(?!و\s|[کك]ه\s|[.!?؟:؛«»])(?=\w))"
)
# Arabic: optional «و»/«ف», the verb, its subject and complements, then what opens the
# statement: a colon (not a time's «8:45»), «إن»/«أن» (reported speech) or a quotation
# mark («وأضاف "..."»).
_AR_COMPLEMENT = (
    loose_any(sorted(AR_COMPLEMENTS, key=len, reverse=True))
    + "(?:"
    + "|".join(sorted(AR_COMPLEMENT_PRONOUNS, key=len, reverse=True))
    + ")?"
)
# Not after a letter or its harakat: «يُذكر أن» (passive: "it is mentioned") is no verb of ours.
_AR_WORD_START = r"(?<![\w\u064b-\u065f\u0670])"
_AR_OPENER = (
    r"(?P<rest>[^:.!?؟·•\n]{0,160}?)"
    rf"(?:(?<!\d)\s*:(?!\d)|(?:\s+|(?<=[،,]))(?P<comp>{_AR_COMPLEMENT})(?=[\s\"«“])"
    # a mark that opens the words, or one with a space after it («مقتضب " المضادات ...»)
    r"|\s*(?P<mark>[\"«“])(?=\S)|\s+(?P<spaced>\")(?=\s\w)"
    # a mark glued to the name instead of the words: «وقال نتنياهو" لأنني ...»
    r"|(?<=\w)(?P<glued>\")(?=\s\w))"
)
_AR_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>(?:و|ف)?(?:{_verbs('ar')}))(?P<plural>وا)?(?P<fem>ت)?(?!\w)"
    + _AR_OPENER
)
# A complement as a word of its own, anywhere.
_AR_BARE_COMPLEMENT_RE = re.compile(rf"(?<!\w){_AR_COMPLEMENT}(?!\w)")
# A statement opened by a colon or a complement, as a relative clause's must be.
_AR_CLAUSE_OPENED_RE = re.compile(rf"(?:(?<!\w){_AR_COMPLEMENT}\s*|:\s*)$")
# What opens the statement, searched again after an opener that opens none («وقال X - بعد
# أن ... - إن», «وذكر حزب "مصر القوية" ... أن»).
_AR_OPENER_RE = re.compile(_AR_OPENER)
# Words that open on «با»/«بت» and are no «بـ» and a noun: names of places and people
# («وأفاد مسؤولان في جنوب غرب باكستان عن إصابة ...»: the subject's last word), «باسم»;
# a place's adjective too («وأفاد مسؤول أمني باكستاني أن ...»: ``AR_NISBA_ENDINGS``).
AR_NOT_BI = (
    "باسم", "باكستان", "باريس", "باكو", "بانكوك", "بايدن", "باراك", "باقري", "بابل",
    "باسيج", "بالوش", "باجوا", "باتريك", "بانو", "بامبيو", "باخموت", "بتسلئيل",
)  # fmt: skip
# The endings that make a name an adjective («باكستاني», «باكستانية», «باكستانيون»).
AR_NISBA_ENDINGS = ("ي", "ية", "يا", "يين", "يون", "يان", "يتين", "يتان")
# A «بـ» word that opens a call's or a claim's statement: a verbal noun («بإلغاء»,
# «بالإفراج», «بتشكيل»), one with a pronoun ending («بعرضه على المستشفى»: no name ends
# so) or a quotation («بـ"انتحار"»); never a word of AR_NOT_BI («متحدث باسم الجيش»).
_AR_BI = (
    r"(?=ب(?!(?:"
    + "|".join(w.removeprefix("ب") for w in AR_NOT_BI)
    + r")(?:"
    + "|".join(sorted(AR_NISBA_ENDINGS, key=len, reverse=True))
    + r")?(?!\w))(?:إ|ا|ال|ت|ـ|\"|«|\w{2,}(?:ه|ها|هم)(?!\w)))"
)
# Arabic calls: «ودعا X إلى ...», «وطالبت X بإلغاء ...» (the statement keeps its «بـ»).
_AR_RELAYED_FROM_RE = re.compile(rf"(?<!\w){loose_any(AR_RELAYED_FROM)}\s+")
_AR_CALL_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>(?:و|ف)?(?:{'|'.join(_loose(v) for v in AR_CALL_VERBS)}))(?!\w)"
    r"(?P<rest>[^:.!?؟·•\n\"«“]{0,80}?)\s+(?:(?P<ila>إلى|الى)\s+|" + _AR_BI + ")"
)
# Words that take the particle themselves: «وأعلن الرئيس في بيان صدر عن البيت الأبيض …،
# أن …» — the «عن» of «صدر» opens no statement of «أعلن»; nor that of an office «المسؤول
# عن», a claim «المسؤولية عن», a source «نقلا عن», a result «الناجم عن».
AR_OWN_PARTICLE_WORDS = (
    "صدر", "صدرت", "الصادر", "الصادرة", "صادر", "صادرة", "نقلا", "نقل", "نقلته", "تحدث",
    "تحدثت", "أسفر", "أسفرت", "الناجم", "الناجمة", "الناتج", "الناتجة", "بعيدا", "عوضا",
    "بدلا", "نيابة", "دفاعا", "المسؤول", "المسؤولة", "مسؤول", "مسؤولة", "المسؤولين",
    "المسؤولون", "المسؤولان", "ممثلا", "الصادرين", "المسؤولية", "مسؤولية", "مسؤوليته",
    "مسؤوليتها", "مسؤوليتهم",
    # verbal nouns that take «عن» («إنهاء الهدنة دون التخلي عن الحوار»): the verb's
    # object runs on through them
    "التخلي", "تخلي", "التنازل", "تنازل", "الكشف", "الإفراج", "الدفاع", "التوقف",
    "الامتناع", "العفو", "التراجع", "الابتعاد", "البحث",
)  # fmt: skip
_OWN_PARTICLE = frozenset(fold_word(w) for w in AR_OWN_PARTICLE_WORDS)
_AR_OBJECT_RES = tuple(
    re.compile(
        rf"{_AR_WORD_START}(?P<verb>(?:و|ف)?(?:{'|'.join(_loose(v) for v in verbs)}))(?!\w)"
        r"(?P<rest>[^:.!?؟·•\n\"«“]{0,80}?)\s+"
        + (_AR_BI if particle == "ب" else rf"{_loose(particle)}\s+")
    )
    for particle, verbs in AR_OBJECT_VERBS.items()
)


def _owns_particle(rest: str) -> bool:
    """The word before an object verb's particle takes it itself (AR_OWN_PARTICLE_WORDS)."""
    words = _words(rest)
    return bool(words) and fold_word(words[-1]) in _OWN_PARTICLE


# Arabic statements carried by a reporter: «ونقلت وكالة الأنباء عن مسؤول قوله إن ...»,
# «نسبت إلى X قولها:»; the one quoted speaks.
# The reporter may be a name in quotation marks: «ونقلت وكالة "فارس" للأنباء عن X قوله».
_AR_QUOTED_WORD = r"[\"«“][^\"«»“”\n]{1,30}[\"»”]"
_AR_CARRIED_RE = re.compile(
    rf"{_AR_WORD_START}(?:و|ف)?(?:نقلت|نقل|نسبت|نسب)(?!\w)"
    rf"(?:[^:.!?؟·•\n\"«“]|{_AR_QUOTED_WORD}){{0,80}}?\s"
    r"(?:عن|إلى|الى)\s+(?P<who>[^:.!?؟·•\n\"«“]{1,80}?)"
    # «عن قاسمي قوله، إن "..."»: a «،» may follow «قوله»
    r"(?:\s+(?P<say>قوله|قولها|قولهم)[،,]?(?P<aside>\s+[^:.!?؟·•\n\"«“]{1,60}?)?"
    rf"(?:\s*:|\s+(?P<comp>{_AR_COMPLEMENT})(?=[\s\"«“])|\s*(?P<mark>[\"«“])(?=\S))"
    rf"|\s+(?P<that>{_AR_COMPLEMENT})(?=[\s\"«“]))"
)


# Verbs of telling someone, with the addressee after them: «أن الوزير X أبلغ الأمين العام
# في رسالته أنه "..."» (a reported clause that frames a quotation): the words quoted are
# the one who told, named between «أن» and the verb, not the reporting body's.
AR_TELLING_VERBS = ("أبلغ", "أبلغت", "أخبر", "أخبرت")
_AR_TOLD_RE = re.compile(
    r"(?<!\w)(?:إن|أن|ان|بأن)\s+"
    rf"(?P<who>(?:[^\s:.!?؟\"«“،]+\s+){{0,{MAX_SUBJECT_WORDS - 1}}}?[^\s:.!?؟\"«“،]+)\s+"
    rf"(?P<verb>{'|'.join(_loose(v) for v in AR_TELLING_VERBS)})(?!\w)"
    r"(?P<rest>[^:.!?؟·•\n\"«“،]{0,120}?)\s"
    rf"{_AR_COMPLEMENT}\s*(?P<mark>[\"«“])(?=\S)"
)


# Verbs of a reporter relaying what another said: «وأفادت وكالة مهر، أنه قالت X، اليوم،
# في مؤتمرها الصحفي، بدأ ...».  When the clause they report opens with a verb of saying
# and its own subject, that subject speaks; the reporter only relays.
AR_RELAY_VERBS = ("أفاد", "ذكر", "نقل", "أورد")
_AR_RELAYS = frozenset(fold(v) for v in AR_RELAY_VERBS)
_AR_INNER_SAYING_RE = re.compile(
    rf"\s*(?:قد\s+)?(?P<verb>{'|'.join(_loose(v) for v in INTRODUCERS['ar'] if ' ' not in v)})"
    r"(?P<fem>ت)?(?!\w)\s+(?P<who>[^،,:.!?؟\"«“\n]{2,60}?)\s*[،,]\s*"
)
# News outlets a reporter's verb names as its subject: «وأفادت وكالة مهر للأنباء أن
# الوزير التقى ...», «وذكرت صحيفة الفجر، أن ...» is the article's sourcing, what it
# narrates no one's words (as the Persian «به گزارش X»).  Folded, with the article too.
AR_OUTLET_HEADS = ("وكالة", "وكالات", "صحيفة", "قناة", "موقع", "شبكة", "إذاعة", "تلفزيون",
                   "مجلة")  # fmt: skip
_OUTLET_HEADS = frozenset(fold_word(p + w) for w in AR_OUTLET_HEADS for p in ("", "ال"))
# Adverbial «،» segments skipped between the relayed speaker and the words (a time, a
# place: «اليوم (الجمعة)، في مؤتمرها الصحفي،»); more and where the words open is unsure.
AR_RELAY_ADVERBIALS = 3


# «كما بيّن أن ...», «وبيّنت أنها ...»: «بيّن» ("made clear") opens a statement only with
# its «أن» right after it, so with no subject of its own (the last speaker's); written
# with its shadda, or after «كما»: a bare «بين» is mostly "between".
_AR_SHOWED_RE = re.compile(
    r"(?:(?<!\w)كما\s+(?P<plain>بين)|" + _AR_WORD_START + r"(?:و|ف)?(?P<marked>بي\u0651ن))"
    r"(?P<fem>ت)?\s+(?P<comp>أن|أنه|أنها|ان|انه|انها)(?!\w)"
)


_NOT_ANNOUNCED_AFTER = frozenset(fold_word(w) for w in AR_NOT_ANNOUNCED_AFTER)
_INTENT_NOUN_RE = re.compile(
    rf"(?:ال)?(?:{'|'.join(_loose(n) for n in AR_INTENT_NOUNS)})"
    r"(?:ة|ت|ه|ها|هم|هما|نا)*(?!\w)"
)
_CONFIRM = fold("أكد")


def _affirmed_intent(match: re.Match[str], paragraph: str) -> bool:
    """Whether *match* of ``_AR_ANNOUNCED_RE`` is «أكد» with a noun of AR_INTENT_NOUNS
    («أكدت الوزيرة عزم بلادها ...»): a stance summed up, no statement."""
    verb = _ar_bare(match.group("verb"))
    return verb.removesuffix(fold("وا")).removesuffix("ت") == _CONFIRM and bool(
        _INTENT_NOUN_RE.match(paragraph, match.end())
    )


_AR_HOPE_RE = re.compile(
    rf"(?<!\w)(?:ال)?(?:{'|'.join(_loose(n) for n in AR_HOPE_NOUNS)})(?:ه|ها|هم|هما|نا)?"
    r"(?:\s+(?:في|ب))?\s*$"
)


_AR_HOPE_START_RE = re.compile(
    rf"(?:ال)?(?:{'|'.join(_loose(n) for n in AR_HOPE_NOUNS)})(?:ه|ها|هم|هما|نا)?"
    rf"\s+(?:(?:في|ب)\s+)?{_AR_COMPLEMENT}(?!\w)"
)


def _announced(noun: str) -> str:
    """A pattern for *noun* with the article or a pronoun ending («نية», «نيته», «النية»)."""
    pronouns = "(?:ه|ها|هم|هما|نا)"
    stem = f"{noun[:-1]}(?:ة|ت{pronouns})" if noun.endswith("ة") else f"{noun}{pronouns}?"
    return f"(?:ال)?{stem}"


_AR_ANNOUNCED_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>(?:و|ف)?(?:{'|'.join(_loose(v) for v in AR_ANNOUNCING_VERBS)}))"
    r"(?!\w)(?P<rest>[^:.!?؟·•\n\"«“]{0,80}?)\s+"
    rf"(?=(?:{'|'.join(_announced(n) for n in AR_ANNOUNCED_NOUNS)})(?!\w))"
)
# «أصدر X بيانا جاء فيه: ...», «تقريرا ... ومما جاء فيه "..."», «جاء فيها أن ...»: the words
# of a document, its issuer's (named before it); the statement opens right after «فيه».
_AR_DOCUMENT_SAYS_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>(?:و|ف)?(?:{_loose('جاء')}|{_loose('ورد')}))\s+"
    r"(?:فيه|فيها)(?!\w)\s*(?:(?P<colon>:)\s*|(?:أن|إن)\s+)?"
)
# «وبحسب X فإن ...», «ووفقا لـX، فإن ...»: X's reported statement, the clause after «فإن»
# (a fact merely sourced, «قتل 5 بحسب الوكالة», has no «فإن» and is no statement).
AR_ACCORDING_TO = ("بحسب", "حسب", "وفقا ل", "وفقاً ل", "طبقا ل", "طبقاً ل")
_AR_ACCORDING_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>و?(?:{'|'.join(_loose(w) for w in AR_ACCORDING_TO)}))"
    r"(?P<who>[^:.!?؟·•\n\"«“،]{2,60}?)،?\s+فإن\s+"
)
# «كما أوضح X، فإنه ...» ("as X made clear, ..."): X's reported statement, the clause
# after «فإن»/«فإنه» (the «ه» no one's: «فإنه تم نقل ...»).  Never when a word after
# X's first carries a pronoun ending («كما أوضح الوزير موقفه، فإن ...»: the verb's object).
AR_AS_SAID = ("أوضح", "ذكر", "قال", "أفاد")
_AR_AS_SAID_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>و?كما\s+(?:{'|'.join(_loose(w) for w in AR_AS_SAID)})ت?)\s+"
    r"(?P<who>[^:.!?؟·•\n\"«“،]{2,60}?)،?\s+فإن(?:ه)?\s+"
)
_AR_OBJECT_PRONOUN_RE = re.compile(r"(?<!\S)(?!ال)\S+(?:ه|ها|هم|هما)(?!\S)")
_MA = fold("ما")
# The body that made a document or an inquiry, named after it: «التحقيقات التي أجرتها
# شرطة المرور», «تقرير صادر عن الأمم المتحدة».
_AR_MADE_BY_RE = re.compile(
    r"(?<!\w)(?:(?:التي|الذي)\s+(?:أجرت|أصدرت|نشرت|أعدت|أجرى|أصدر|نشر|أعد)(?:ها|ه)"
    r"|(?:ال)?صادرة?\s+عن)\s+(?P<who>.+)"
)
# «أعلنت الجماعة مسؤوليتها عن الهجوم»: a claim of responsibility is an act, no words said;
# a verb whose object, before what would open its statement, is «مسؤولية» opens none.
_AR_RESPONSIBILITY_RE = re.compile(r"(?<!\w)(?:ال)?مس[ؤئو]ولي(?:ة|ت(?:ه|ها|هم|هما|نا))(?!\w)")
_AR_ACCORDING_START_RE = re.compile(rf"\s*و?(?:{'|'.join(_loose(w) for w in AR_ACCORDING_TO)})")
# «مشيرا إلى وجود ...»: a participle whose statement is a noun phrase, not a clause.  Only
# a noun that states a fact opens one (AR_POINTED_NOUNS: «وجود أوجه قصور», «عدم ...»);
# any other is what was pointed to, no words said («مشيرا إلى سلسلة انفجارات وقعت …»).
AR_POINTED_NOUNS = ("وجود", "عدم", "ضرورة", "أهمية", "امتثال", "استعداد", "استمرار")
# Present verbs read only with a subject of their own right after them, a plain noun
# phrase, and a bare «أن»/«إن» («فيما يؤكد الجيش أن ...»): with none («... يزور طهران،
# ويؤكد في مؤتمر صحافي إن»), with more words before the complement («أن إيران تؤكد دوما
# على التعايش ... وتعتقد بأن») or negated («ولم تؤكد روسيا الخبر»), who speaks and where
# the words open is unsure.  Not verbs of INTRODUCERS: nothing else reads them.
AR_SUBJECT_FIRST = ("يؤكد", "تؤكد")
AR_NEGATIONS = ("لم", "ولم", "لا", "ولا", "لن", "ولن")
_NEGATIONS = frozenset(fold_word(w) for w in AR_NEGATIONS)
_AR_SUBJECT_FIRST_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>(?:و|ف)?(?:{'|'.join(_loose(v) for v in AR_SUBJECT_FIRST)}))"
    r"\s+(?P<who>[^:.!?؟·•\n\"«“،,]{2,80}?)\s+(?:أن|إن|ان)\s+(?=\w)"
)
_AR_POINTING_RE = re.compile(
    rf"{_AR_WORD_START}(?P<verb>{_loose('مشيرا')}|{_loose('مشيرة')})\s+(?:إلى|الى)\s+"
    rf"(?=(?:ال)?(?:{'|'.join(_loose(n) for n in AR_POINTED_NOUNS)})(?!\w))"
)
# English: subject before the verb; «said:», «told reporters:», «said on Monday that».
_EN_RE = re.compile(
    rf"(?<!\w)(?P<verb>{_verbs('en')})(?!\w)(?P<rest>[^:.!?\n]{{0,80}}?)\s*(?::|\bthat\b)",
    re.IGNORECASE,
)
_PATTERNS = {"fa": _FA_RE, "ar": _AR_RE, "en": _EN_RE}
# Quote first, speaker after: «"..."، قال X.», «“...,” Larijani said.», «“...,” said X.»:
# a sentence that opens with a quotation of ``TRAILING_QUOTE_CHARS`` or more, then the
# verb and its subject up to the end of the sentence or a «،».
TRAILING_VERBS = {
    "ar": ("قال", "يقول", "أضاف", "يضيف", "أكد", "تابع"),
    "en": ("said", "says", "added", "told reporters"),
}
# Shorter quotations before a verb are names or terms («"فاغنر"، قال ...» is rare).
TRAILING_QUOTE_CHARS = 12
_QUOTE_FIRST = (
    r"(?:^|(?<=[.!?؟]\s))(?P<mark>[\"«“])"
    rf"(?P<q>[^\"«»“”\n]{{{TRAILING_QUOTE_CHARS},}}?)[\"»”]\s*[،,]?\s*"
)
_AR_TRAILING_RE = re.compile(
    _QUOTE_FIRST
    + r"(?:هكذا\s+)?"
    + rf"(?P<verb>(?:{'|'.join(_loose(v) for v in TRAILING_VERBS['ar'])})(?:ت)?)\s+"
    r"(?P<who>[^.،,!?؟:\n\"«“]{2,60}?)\s*(?=[.،,!؟]|$)"
)
_EN_VERBS = "|".join(TRAILING_VERBS["en"])
_EN_TRAILING_RE = re.compile(
    _QUOTE_FIRST + rf"(?:(?P<who>[A-Z][^.,!?:\n\"“]{{1,60}}?|he|she)\s+(?P<verb>{_EN_VERBS})"
    rf"|(?P<verb2>{_EN_VERBS})\s+(?P<who2>[A-Z][^.,!?:\n\"“]{{1,60}}?))\s*(?=[.,]|$)"
)
_TRAILING = {"ar": _AR_TRAILING_RE, "en": _EN_TRAILING_RE}
# Arabic attribution after the words, unquoted: «وقع تبادل اطلاق النار الخميس، كما أفاد
# بيان لوزارة الدفاع.», «قتل أربعة أشخاص، على ما أعلن مسؤولون مساء الخميس.».  The sentence
# before the «،» is the speaker's, who is named to the sentence's end (or to a participle
# of theirs: «، كما أكد الطبيب X، مشيرا إلى أن») and must open with a speaker's noun:
# «، كما أعلن الجيش حالة الطوارئ» is another event, not an attribution.
AR_POSTPOSED_OPENERS = ("كما", "على ما", "وفق ما")
AR_POSTPOSED_VERBS = ("أفاد", "أكد", "أوضح", "ذكر", "أعلن", "قال")
AR_POSTPOSED_HEADS = (
    "بيان", "البيان", "الوزارة", "وزارة", "مسؤولون", "مسؤولين", "المسؤولون", "مسؤول",
    "المسؤول", "مصادر", "المصادر", "الطبيب", "طبيب", "الشرطة", "الجيش", "المتحدث",
    "متحدث", "الناطق", "الحكومة", "السلطات", "الرئاسة", "السفارة", "شهود", "سكان",
)  # fmt: skip
_AR_POSTPOSED_HEADS = frozenset(fold(w) for w in AR_POSTPOSED_HEADS)
# Verbs with no object after «كما» («كما أفاد X»); the others only with a one-word speaker.
_AR_POSTPOSED_BARE = frozenset(fold(v) for v in ("أفاد", "قال"))
_AR_STATEMENT_OF_RE = re.compile(r"(?:ال)?بيان\s+ل(?=\S{2})")
_AR_POSTPOSED_RE = re.compile(
    r"(?:^|(?<=[.!?؟]\s)|(?<=\n))(?P<words>[^.!?؟:\n\"«»“”]{20,400}?)\s*[،,]\s*"
    + r"(?:(?P<as>كما)|"
    + loose_any(AR_POSTPOSED_OPENERS[1:])
    + r")\s+(?P<verb>(?:"
    + "|".join(_loose(v) for v in AR_POSTPOSED_VERBS)
    + r")(?:ت|وا)?)\s+(?P<who>[^.!?؟:،,\n\"«»“”]{2,60}?)\s*(?=[.!?؟]|[،,]\s*"
    + loose_any(AR_PARTICIPLES)
    + r"(?!\w)|$)"
)


def _ar_postposed(paragraph: str) -> list[_Found]:
    """Statements whose unquoted words come first and speaker after (``_AR_POSTPOSED_RE``);
    words holding a verb of saying of their own are some other statement's."""
    found = []
    for match in _AR_POSTPOSED_RE.finditer(paragraph):
        who = match.group("who").strip()
        head = fold_word(who.split()[0])
        if head not in _AR_POSTPOSED_HEADS or _AR_BARE_COMPLEMENT_RE.search(who):
            continue
        if any(
            w[:1] == "و" and (w[1:3] == "ال" or fold_word(w[1:]) in _AR_POSTPOSED_HEADS)
            for w in who.split()[1:]
        ):
            continue  # «وفق ما ذكرت الشرطة ومسؤول حكومي»: two speakers, no one alone
        verb = _ar_bare(match.group("verb"))
        if match.group("as") and verb not in _AR_POSTPOSED_BARE and len(who.split()) > 1:
            continue  # «، كما أكد الجيش دعمه»: the verb may take an object after its subject
        statement = _AR_STATEMENT_OF_RE.match(who)
        if statement:
            who = who[statement.end() :]  # «بيان لوزارة الدفاع»: the ministry's
        if _AR_VERB_RE.search(match.group("words")):
            continue
        found.append(
            _Found(
                clause_start=match.start("words"),
                verb_start=match.start("verb"),
                colon_end=match.start("words"),
                subject=who,
                plural=False,
                conjoined=True,
                that=False,
                feminine=_ar_feminine(match.group("verb")),
                clause="trailing",
                words_end=match.end("words"),
            )
        )
    return found


# Arabic verbs anywhere, to find the subject of an earlier verb in the sentence.
_AR_VERB_RE = re.compile(rf"{_AR_WORD_START}(?:و|ف)?(?:{_verbs('ar')})(?:وا)?(?:ت)?(?!\w)")
_AR_PARTICIPLES = frozenset(fold(v) for v in AR_PARTICIPLES)
_JAA = fold("جاء")
_ILA = fold_word("إلى")
_AR_CLAUSE_ONLY = frozenset(fold(v) for v in AR_CLAUSE_ONLY)
_AR_COLON_ONLY = frozenset(fold(v) for v in AR_COLON_ONLY)
# «وصف» with no pronoun object: its object is written out before «بأن».
_DESCRIBE = frozenset(fold(v) for v in ("وصف", "وصفت", "وصفوا"))
_BY_SAYING = frozenset(fold(v) for v in ("بالقول", "بقوله", "بقولها"))
_ADDING = frozenset(fold(v) for v in ("مضيفا", "مضيفة"))
# Reported words whose subject is the speaker («إنه», «إننا», «أنها» ...).
_AR_SELF_RE = re.compile(r"[إأا]ن(?:ه|ها|نا|ني|هم)(?!\w)")
_BARE_COMPLEMENTS = frozenset(fold(c) for c in AR_COMPLEMENTS)
# Feminine verbs («قالت», «تقول», «قائلة»): the plain verbs of the table are masculine.
_AR_FEMININE_FORMS = frozenset(
    fold(v) for v in ("تقول", "تضيف", "ترى", "دعت", *AR_PARTICIPLES) if v.endswith("ة")
) | {fold(v) for v in ("تقول", "تضيف", "ترى", "تؤكد", "دعت", "نفت")}
_AR_VERBS = frozenset(fold(v.split()[0]) for v in INTRODUCERS["ar"])
_AR_KNOWN = _AR_VERBS | {fold(v) for v in AR_CALL_VERBS}
# A full stop and the space after it (a middle dot or a bullet after a word: ``text.DOT_STOPS``).
_SENTENCE_END_RE = re.compile(
    rf"[{FULL_STOPS}]\s+|(?<=[^\s{DOT_STOPS}])[{DOT_STOPS}]\s+|{GLUED_FULL_STOP}"
)


def _sentence_end(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first sentence end in ``text[pos:endpos]``: a stop that is no dotted
    abbreviation's («ای. آر. وای», ``text.sentence_ends``)."""
    return next(sentence_ends(text, _SENTENCE_END_RE, pos, endpos), None)


# A dateline opening a paragraph, never part of a speaker's clause: «طهران/21 كانون
# الأول/ديسمبر/إرنا- أكد ...» (a city, «/», a date and an agency, then a dash), «طهران-
# وكالة نادي المراسلين الشباب للأنباء - ...», «صدى نيوز - استدعت ...» (an outlet of
# one to three words and a spaced dash).
_DATELINE_RE = re.compile(
    r"\s*(?:[^\s/:،.-]+(?:\s[^\s/:،.-]+)?/[^\n.:،]{1,60}?[-–—]"
    r"|[^\s/:،.-]+(?:\s[^\s/:،.-]+)?\s*[-–—]\s*[^\n.:،\-–—]{2,60}?\s[-–—]"
    r"|(?:[^\s/:،.-]+\s){0,2}[^\s/:،.-]+\s[-–—](?=\s))\s*"
)
# A Persian outlet's or city's dateline opening a paragraph, its dash glued or spaced:
# «عصر بازار- X گفت», «دهلی نو-ایرنا- …», «فرارو - …» (one to three words, and maybe an
# agency and a second dash), never part of the subject; not when «که» follows the dash
# (an aside: «وزیر - که …- گفت»).
_FA_DATELINE_RE = re.compile(
    r"\s*(?:[^\s/:،.\-–—«»]+\s){0,2}[^\s/:،.\-–—«»]+\s?[-–—]"
    r"(?:\s?[^\s/:،.\-–—«»]+(?:\s[^\s/:،.\-–—«»]+)?\s?[-–—])?\s+(?!که(?![\w\u200c]))"
)
# An agency's name glued by a dash to the first word of the paragraph («موج-مدیر راه‌آهن
# … گفت»): its dateline, no word of the subject.
FA_GLUED_DATELINE_RE = re.compile(r"\s*[^\s/:،.\-–—«»\d]{2,}[-–—](?=[^\s\d/:،.\-–—«»])")
_SEGMENT_RE = re.compile(r"\s*[،,]\s*")
_FA_SEGMENT_RE = re.compile(r"\s*[،,؛]\s*")
_AR_BARE_SETTING_RE = re.compile(
    r"(?<!\S)" + loose_any(sorted(AR_BARE_SETTING_CLAUSES, key=len, reverse=True)) + r"(?!\w)"
)
_AR_COMMENT_RE = re.compile(
    r"\s*[،,]\s*" + loose_any(sorted(AR_COMMENT_CLAUSES, key=len, reverse=True)) + r"(?!\w)"
)
# The source a tail names, to the sentence's end: words, or a name in quotation marks
# («وفق ما نقلته وكالة "إرنا" الرسمية»).
_AR_TAIL_SOURCE = rf"(?:[^.!?؟:\n\"«“”»]|{_AR_QUOTED_WORD}){{0,100}}[.!?؟]?\s*$"
_AR_TAIL_RE = re.compile(
    r"[\s،,]*(?<!\w)"
    + loose_any(sorted(AR_ATTRIBUTION_TAILS, key=len, reverse=True))
    + r"\s+(?:"
    + loose_any(AR_TAIL_AUXILIARIES)
    + r"\s+){0,2}(?:"
    + "|".join(_loose(v) for v in AR_TAIL_VERBS)
    + r")(?:ت|ته|تها|ه|ها|وا|وه)?(?!\w)"
    + _AR_TAIL_SOURCE
)
_AR_SOURCE_TAIL_RE = re.compile(
    r"\s*[،,]\s*"
    + loose_any(sorted(AR_SOURCE_TAIL_WORDS, key=len, reverse=True))
    + r"\s+(?:(?:ل|لل|ال)?(?:"
    + "|".join(_loose(h.removeprefix("ال")) for h in AR_SOURCE_TAIL_HEADS)
    + rf")(?!\w)|(?={_AR_QUOTED_WORD}[.!?؟]?\s*$)|(?:لـ?)?(?:"
    + "|".join(_loose(n) for n in AR_SOURCE_TAIL_NAMES)
    + r")(?!\w))"
    + _AR_TAIL_SOURCE
)
_AR_RESERVE_TAIL_RE = re.compile(
    r"[\s،,]*(?<!\w)(?:من\s+|ب)?"
    + loose_any(sorted(AR_RESERVE_TAILS, key=len, reverse=True))
    + r"(?!\w)[^.!?؟:\n\"«“”»]{0,80}[.!?؟]?\s*$"
)
_AR_BARE_COMMENT_RE = re.compile(
    r"(?<!\w)" + loose_any(sorted(AR_BARE_COMMENT_CLAUSES, key=len, reverse=True)) + r"(?!\w)"
)
_GOVERN_COMMENT = frozenset(fold_word(w) for w in AR_GOVERN_COMMENT)
_AR_SAYING_VERB = r"(?:" + "|".join(_loose(v) for v in AR_SAYING_VERBS) + r")(?:ت|وا|ا|تا)?(?!\w)"
# a reporter's relay after «،» + «و»/«كما» («…، كما نقلت وكالة "مهر" بيانا …»): another
# source's report, as a verb of saying is another statement
_AR_RELAY_VERB = r"(?:" + "|".join(_loose(v) for v in AR_RELAY_VERBS) + r")(?:ت|وا)?(?!\w)"
_AR_SECOND_SAYING_RE = re.compile(
    r"\s*[،,؛;]\s*(?:"
    + "|".join(_loose(p.removesuffix("ا")) for p in AR_SAYING_PARTICIPLES)
    + r")(?:ين|تين|ان|تان|ا|ة)(?!\w)"
    + r"|\s*[،,؛;]\s*(?:"
    + "|".join(_loose(j) for j in sorted(AR_SAYING_JOINS, key=len, reverse=True))
    + r")\s*(?:"
    + _AR_SAYING_VERB
    + "|"
    + _AR_RELAY_VERB
    + ")"
    + r"|[\s،,؛;]*(?<!\w)و?"
    + _loose("لكن")
    + r"(?:ه|ها|هم|هما)?(?:\s+"
    + _AR_SAYING_VERB
    # («… لكنه» ending the words: the next statement's verb, «أضاف أنه», follows it)
    + r"|\s*$)"
)
# «، كما» + a verb in the imperfect's third person + a definite subject: the reporter
# adds another event («…، كما يجتمع البرلمان الباكستاني غدا …»); the words before it end.
# The speaker's own «كما» goes on in the first person («كما نؤكد») or with «أن» («كما أن
# …»), and a verb of saying after «كما» is ``_AR_SECOND_SAYING_RE``'s.
_AR_NARRATION_RE = re.compile(
    r"\s*[،,]\s*(?:"
    + loose_any(sorted(AR_NARRATION_OPENERS, key=len, reverse=True))
    + r"|(?:و|و?لكن(?:ه|ها|هم)\s+)(?:"
    + "|".join(_loose(v) for v in AR_NARRATION_VERBS)
    + r")(?:ت|وا)?)(?!\w)"
)
_AR_WHERE_RE = re.compile(r"(?<!\w)حيث\s+" + loose_any(AR_WHERE_VERBS) + r"(?!\w)")
_AR_ALSO_EVENT_RE = re.compile(
    r"\s*[،,]\s*" + _loose("كما") + r"\s+[يت]\w{2,}\s+" + _loose("ال") + r"\w{2,}"
)
_AR_CONCESSIVE_RE = re.compile(
    r"(?<!\w)"
    + loose_any(sorted(AR_CONCESSIVES, key=len, reverse=True))
    + r"\s+(?:(?:"
    + "|".join(_loose(n) for n in AR_VIEW_NOUNS)
    + r")(?!\w)|(?:أن|أنّ|ان)\s+(?:\S+\s+){0,3}?(?:"
    + _verbs("ar")
    + r")(?:ت|وا)?(?!\w))"
)
# «التي/الذي/الذين» + a verb of saying + its own subject (a word that is no particle, up
# to four) + what it said («من أنها», «أن», «بأن», «من»): another party's statement.
_AR_RELATIVE_SAYING_RE = re.compile(
    r"(?<!\w)(?:التي|الذي|الذين|اللتين|اللذين)\s+(?:"
    + _verbs("ar")
    + r")(?:ت|وا)?\s+(?!"
    + loose_any((*AR_GOVERN_COMMENT, "أنه", "أنها", "بأن", "إنه"))
    + r"(?!\w))[^\s،,.]{2,}(?:\s+[^\s،,.]+){0,3}?\s+(?:من|أن|بأن|إن)(?!\w)"
)
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class _Found:
    """One introducer in a paragraph."""

    clause_start: int  # where the sentence holding the introducer starts
    verb_start: int
    colon_end: int
    subject: str  # Arabic/English words between the verb and the colon
    plural: bool
    conjoined: bool  # Arabic verb written with «و»: the subject comes after it
    that: bool  # «said that», «قال إن»: indirect speech to the end of the sentence
    feminine: bool = False  # Arabic «قالت», «تقول», «قائلة»: a woman or a body speaks
    # Arabic: a feminine reporter relays a feminine body («ونقلت الوكالة عن الشرطة أن»): a
    # later «وأشارت» may be either's, so no gendered verb goes on with the body
    either: bool = False
    participle: bool = False  # Arabic «قائلاً:»: the speaker is the sentence's subject
    # Arabic «ورد X بالقول»: the sentence's verb is no speech verb, so without a subject
    # the speaker is unknown, not the last one
    by_saying: bool = False
    # Arabic «جاء فيه:»: a document's words, its issuer's
    document: bool = False
    # Arabic verb in a clause: "relative" («الذي زعم»), "time" («بعدما أفاد»), "passive"
    # («أُعلن»), else ""
    clause: str = ""
    # Arabic «وصف X Y بأنه»: an object between the subject and «بأن»
    described: bool = False
    # Arabic «أكد X صحة النبأ موضحا أن»: the verb's object may follow its subject
    object_run: bool = False
    # Arabic participle after a statement in its sentence («...، مضيفا أن»): that
    # statement's speaker goes on
    continues: bool = False
    # Arabic reported speech opened by «إن»/«أن» after the verb («وقال X إن ...»): a verb
    # of saying inside that clause is part of what X says (``_nested``)
    reported: bool = False
    # a reported clause whose verb inside quotes its subject's own words («وقالت الوزارة
    # إن الوزير أكد أن "..."»): those words are the statement, the clause gives none
    silent: bool = False
    # Arabic attribution after unquoted words (``_ar_postposed``): where the words end
    words_end: int = -1
    # Persian «X گفت که Y … و افزود: …»: a verb joined by «و» to the reported clause of
    # the statement before it in its sentence goes on with that statement's speaker X,
    # never a subject inside the clause (Y)
    resumes: bool = False
    # Arabic call whose object comes first after the verb («ودعا أنصاره إلى ...»): the
    # caller is the speaker of a statement before it in its sentence, else unknown (the
    # sentence may name a subject that made no statement: «وكان X حمّل ... ودعا أنصاره»)
    addressed: bool = False
    # Arabic call joined by «و» after a «،» to a verb of saying of its sentence
    # (``_joined_call``): with no statement before it to go on with, the subject of that
    # verb when it names a known actor, else a demand of no one named, no statement
    joined_call: bool = False
    # Persian «به گفته X، Y.»: Y is what X said, X the subject (``_fa_according``)
    according: bool = False
    # Arabic verb of AR_OBJECT_TAKING_VERBS: a body's subject may run on into the object
    object_taking: bool = False


# --- subjects ----------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _first_word(text: str) -> str:
    words = _words(text)
    return fold_word(words[0]).strip(".,،:") if words else ""


def _drop_fillers(text: str, lang: str) -> str:
    fillers = _FILLERS.get(lang, frozenset())
    words = _words(text)
    while words and fold_word(words[0]) in fillers:
        words.pop(0)
    if lang == "ar" and words and _ar_conjoined_noun(fold_word(words[0])):
        words[0] = words[0][1:]  # «وجماعة جيش العدل ... تقول»: the conjunction is no name's
    return " ".join(words)


def _ar_conjoined_noun(word: str) -> bool:
    """Whether a folded Arabic *word* is «و» written onto a head noun («وجماعة», «وحركة»),
    not a noun that starts with «و» (AR_WAW_NOUNS)."""
    return word[:1] == "و" and word not in _WAW_NOUNS and word[1:] in _AR_HEADS


# A closing quotation mark glued to the next word («وأضاف "صالحي"اليوم الأربعاء»): two
# words, the name and the next.
_GLUED_CLOSE_RE = re.compile(r"(?<=\w)([\"»”])(?=\w)")


# Words the preposition «على» (written «علي» by some outlets) takes right after a verb
# of saying («وقال علي هامش المؤتمر»): after them «علي» is no name.  Folded.
AR_ALA_OBJECTS = (
    "هامش", "لسان", "ضرورة", "أهمية", "أن", "أنه", "أنها", "خلفية", "صعيد", "حد", "سبيل",
    "مستوى", "رأس", "ذلك", "هذا", "هذه", "حساب", "موقع", "صفحته", "منصة", "تويتر",
)  # fmt: skip
_ALA_OBJECTS = frozenset(fold(w) for w in AR_ALA_OBJECTS)


def _names_ali(word: str, before: list[str], after: str) -> bool:
    """Whether Arabic *word* is the name «علي» (Ali), not the preposition «على» it folds
    as: set off by «،» after a role («نائب الوالي، علي رضا مرحمتي،»), or opening the
    subject before a word of a name («وقال علي كريمي إن»: no article, not a noun the
    preposition takes), or after a role before a given name or an «عبد…» name
    («نائب وزير الداخلية لشؤون الأمن علي عبدالله»)."""
    if word not in _AR_NAME_SPELLINGS:
        return False
    if before:
        given = fold_word(after).strip(".,،")
        return before[-1].endswith("،") or given in GIVEN_NAMES or given.startswith("عبد")
    folded = fold_word(after).strip(".,،")
    return bool(folded) and not folded.startswith("ال") and folded not in _ALA_OBJECTS


_ASIDE_DASHES = frozenset("-–—")


def _cut(text: str, lang: str) -> str:
    """The subject phrase: *text* up to the first cut word."""
    cuts, late = _CUTS.get(lang, frozenset()), _LATE_CUTS.get(lang, frozenset())
    words: list[str] = []
    linked = -1  # where a Persian name link (``_fa_name_link``) was read on
    tokens = _words(_GLUED_CLOSE_RE.sub(r"\1 ", text))
    for i, word in enumerate(tokens):
        folded = fold_word(word).strip(".,،")
        partitive = len(words) == 1 and fold_word(words[0]) in _PARTITIVES.get(lang, ())
        apposed = _names_ali(word, words, tokens[i + 1] if i + 1 < len(tokens) else "")
        cut = folded in cuts and not (partitive and folded in _OF) and not apposed
        if cut and lang == "fa" and _fa_name_link(words, folded, tokens[i + 1 : i + 2]):
            cut, linked = False, linked if linked >= 0 else len(words)
        cut = cut or (lang == "ar" and _addressee(folded))
        # «لـ» + a definite noun right after the verb is whom it was said to («وأكدوا
        # للقاضي أنهم ...»), never the speaker
        cut = cut or (lang == "ar" and i == 0 and folded[:2] == "لل" and len(folded) > 4)
        cut = cut or (lang == "fa" and (folded in _FA_GLUED_TIMES or _spaced_weekday(tokens, i)))
        # a dash opens an aside, after the name («مشرف -وهو حليف رئيسي للولايات المتحدة-»)
        # or right after the verb («وقال -بعدما وجه انتقادات ...- إن»: no name of its own)
        cut = cut or (lang in ("ar", "fa") and word[:1] in _ASIDE_DASHES and (words or i == 0))
        if cut or (words and folded in late):
            break
        words.append(word)
    if linked >= 0:
        before = [fold_word(w) for w in words[:linked]]
        office = next((k for k, w in enumerate(before) if w in _FA_OFFICES), 0)
        if len(words) - office > ROLE_PHRASE_WORDS:
            words = words[:linked]  # too long to be shown whole: cut at the link, as before
    return " ".join(words).strip(" ،,:")


def _fa_name_link(words: list[str], folded: str, after: list[str]) -> bool:
    """Persian: whether the cut word *folded*, after *words* and before *after*, links
    the words of one name or office (FA_NAME_LINKS_AFTER, FA_NAME_LINKS_BEFORE); a
    subject so read on stays cut at it when its office phrase (from its first office
    word before the link) runs past ROLE_PHRASE_WORDS, which would show it cut short elsewhere."""
    if not words or not after:
        return False
    return (
        _FA_LINKS_AFTER.get(fold_word(words[-1])) == folded
        or _FA_LINKS_BEFORE.get(fold_word(after[0])) == folded
    )


def _addressee(word: str) -> bool:
    """Whether a folded Arabic *word* is «لـ» and a noun of AR_ADDRESSEE_NOUNS
    («لسفير», «لوكالة»): the one spoken to."""
    return word[:1] == "ل" and word[1:] in _ADDRESSEES


def _drop_leading_phrases(text: str) -> str:
    """Persian: *text* without its announcing openings and time phrases."""
    words = _words(text)
    dropped = True
    while dropped:
        dropped = False
        for phrase in _FA_LEADING:
            if tuple(fold_word(w) for w in words[: len(phrase)]) == phrase:
                if phrase in _FA_THEN and [fold_word(w) for w in words[len(phrase) :][:1]] == [
                    _THAT
                ]:
                    continue
                words, dropped = words[len(phrase) :], True
                if phrase in _FA_SCENE_OF and words and fold_word(words[0]) in _FA_DEMONSTRATIVES:
                    words = words[2:]
        time = _leading_time(words)
        if time:
            words, dropped = words[time:], True
    return " ".join(words)


def _leading_time(words: list[str]) -> int:
    """Persian: how many of *words* make the time that opens them (FA_TIME_OPENINGS),
    0 when they open with none."""
    first = fold_word(words[0]) if words else ""
    second = fold_word(words[1]) if len(words) > 1 else ""
    if _spaced_weekday(words, 0):
        n = 2
    elif not _fa_time(first) and not (first in _FA_TIME_WORDS and second in _FA_TIME_WORDS):
        return 0  # «صبح امروز X گفت» is a time, «عصر ایران نوشت» an outlet
    else:
        n = 1
    while n < len(words):
        if _spaced_weekday(words, n):
            n += 2
            continue
        word = fold_word(words[n])
        bracket = _date_in_brackets(words[n:])
        if bracket:
            n += bracket
            continue
        month = word in _FA_MONTHS and fold_word(words[n - 1]).isdigit()
        if not (
            word in _FA_TIME_WORDS or word.isdigit() or month or _DAY_IN_BRACKETS_RE.match(words[n])
        ):
            break
        n += 1
    return n


def _spaced_weekday(words: list[str], i: int) -> bool:
    """Persian: whether *words* hold a weekday written in two words at *i* («سه شنبه»)."""
    return (
        i + 1 < len(words)
        and fold_word(words[i]) in _FA_DAY_NUMBERS
        and fold_word(words[i + 1]).strip(".,،") == _FA_SATURDAY
    )


def _fa_time(word: str) -> bool:
    """Persian: whether a folded *word* opens a time (FA_TIME_OPENINGS, a weekday written
    onto the time of day)."""
    return word in _FA_TIME_OPENINGS or word in _FA_GLUED_TIMES


def _date_in_brackets(words: list[str]) -> int:
    """Persian: how many of *words* make the day or date in brackets that opens them
    («(شنبه)», «( ۲ قوس)»), 0 when they open with none."""
    if not words[0].startswith("("):
        return 0
    for n in range(1, min(len(words), FA_BRACKET_WORDS) + 1):
        if words[n - 1].endswith(")"):
            inside = [fold_word(w) for w in " ".join(words[:n]).strip("()").split()]
            dated = all(
                w in _FA_TIME_WORDS or w.isdigit() or w in _FA_MONTHS or w in _FA_GLUED_TIMES
                for w in inside
            )
            return n if inside and dated else 0
    return 0


def _is_clause_tail(subject: str) -> bool:
    """Persian: whether a would-be subject is the tail of a clause (see FA_CLAUSE_WORDS)."""
    words = [fold_word(w) for w in _words(subject)]
    return bool(words) and (
        words[0] in _FA_CLAUSE_STARTS or any(w in _FA_CLAUSE_WORDS for w in words)
    )


def _subject_before(clause: str, lang: str, plural: bool = False) -> str | None:
    """Subject of a sentence whose verb comes last (Persian, English, some Arabic).

    A plural subject is a list and keeps its «،» («علما، رهبران مذهبی و ...»).  Persian:
    the clause after a «... کرد و» joiner, else the whole sentence when that part is the
    tail of a clause; None when no part gives a subject phrase (a clause, not a name).
    """
    if lang != "fa":
        return _segment_subject(clause, lang, plural)
    parts = [p for p in _joined_parts(clause) if p.strip()]
    for part in (parts[-1] if parts else "", clause) if len(parts) > 1 else (clause,):
        subject = _segment_subject(part, lang, plural)
        if subject is not None:
            return subject
    return None


def _joined_parts(clause: str) -> list[str]:
    """Persian: *clause* split at its «... کرد و» joiners, except a joiner inside a lead-in
    clause opened by «اینکه» and not yet closed by «،» (see _FA_THAT_RE)."""
    parts, start = [], 0
    for joiner in _FA_JOINER_RE.finditer(clause):
        head = clause[start : joiner.start()]
        if _FA_THAT_RE.search(head.split("،")[-1]):
            continue
        parts.append(head)
        start = joiner.end()
    return [*parts, clause[start:]]


# Persian adverbials naming what the words are based on («براساس گزارش‌ها», «به گفته X»,
# «طبق اعلام X»): when one opens the segment right before the verb, with no «،» to end
# it, the subject stands inside it, not before.
FA_SOURCE_STARTS = ("براساس", "بر اساس", "برپایه", "بر پایه", "طبق", "مطابق", "به گفته",
                    "بنابر", "بنا بر", "به نقل از")  # fmt: skip
_FA_SOURCE_RE = re.compile(r"\s*" + loose_any(FA_SOURCE_STARTS) + r"(?![\w\u200c])")


# Persian conjunctions that open a clause of its own after a «،» or «؛» («X … منتشر
# نکرده‌اند، اما منابع امنیتی … تأیید کردند که …», «… مشخص نیست؛ گرچه روزنامه … گزارش
# داد که …»): the verb's subject is in that clause, never in the one before.
# A concessive («گرچه», «اگرچه», «هرچند») opens such a clause even with no mark before it.
FA_CONCESSIVES = ("گرچه", "اگرچه", "هرچند")
FA_CLAUSE_CONJUNCTIONS = ("اما", "ولی", "لیکن", "ولیکن", *FA_CONCESSIVES)
_FA_CLAUSE_CONJUNCTIONS = frozenset(fold_word(w) for w in FA_CLAUSE_CONJUNCTIONS)
_FA_CONCESSIVES = frozenset(fold_word(w) for w in FA_CONCESSIVES)


def _last_clause(segments: list[str]) -> list[str]:
    """Persian: the «،» *segments* of a clause from the last one opened by a conjunction
    of FA_CLAUSE_CONJUNCTIONS (or from the last concessive inside one), that word
    dropped; all of them when none is."""
    for i in range(len(segments) - 1, -1, -1):
        words = _words(segments[i])
        for j in range(len(words) - 1, -1, -1):
            word = fold_word(words[j])
            if word in _FA_CONCESSIVES or (i and not j and word in _FA_CLAUSE_CONJUNCTIONS):
                return [" ".join(words[j + 1 :]), *segments[i + 1 :]]
    return segments


# A place of the beat's datelines (``DATELINE_PLACES``) alone before the first «،» of a
# Persian clause («مشهد، به نقل از …، X گفت»), or left of a report formula («به گزارش
# خبرنگار باشگاه خبرنگاران مشهد،»): a dateline, never the subject.
_FA_DATELINE_PLACES = frozenset(" ".join(fold_word(w) for w in p.split()) for p in DATELINE_PLACES)


def _fa_dateline_place(segment: str) -> bool:
    return " ".join(fold_word(w) for w in _words(segment)) in _FA_DATELINE_PLACES


def _segment_subject(clause: str, lang: str, plural: bool) -> str | None:
    adverbials = _ADVERBIALS.get(lang, frozenset())
    segments = (_FA_SEGMENT_RE if lang == "fa" else _SEGMENT_RE).split(clause)
    last = _last_clause(segments) if lang == "fa" else segments
    joined, segments = last is not segments, last
    for i, segment in enumerate(segments):
        segment = _drop_fillers(segment, lang)
        if lang == "fa":
            segment = _drop_fillers(_drop_leading_phrases(segment), lang)
            opening = not i and not joined
            if _FA_REPORT_RE.match(segment):
                # «به گزارش ایسنا رییس جمهوری …» with no «،» after the agency: the
                # subject follows the formula
                segment = strip_attribution(segment) or segment
                opening = True
                relay = _FA_REPORT_RELAY_RE.search(segment)
                if relay:
                    # «به گزارش ایسنا-منطقه خراسان و به نقل از روابط عمومی X، Y گفت»:
                    # the agency's desk and the body relayed are the formula's; the
                    # subject follows them
                    segment = segment[relay.start(1) :]
            if opening and i + 1 < len(segments) and _fa_dateline_place(segment):
                continue
            elif i and CENTRE_RE.match(segment) and _FA_REPORT_RE.match(segments[i - 1]):
                # «به گزارش خبرگزاری صدا و سیما ، مرکز خراسان رضوی، …»: the agency's
                # provincial desk, part of the formula
                continue
            quoting = _FA_QUOTING_RE.search(segment)
            if quoting and _FA_RELAYING_RE.search(clause):
                return None  # «X از قول Y نقل کرده‌اند Z اعلام کرده است»: Z's, via Y
            if quoting and _first_word(segment) not in adverbials:
                # «به نقل از اظهارات مقام‌های محلی»: the officials, not their statements
                quoted = _FA_SPEECH_NOUN_RE.sub("", segment[quoting.end() :], count=1)
                # «رسانه‌ها به نقل از وی اعلام کردند»: a plural verb's subject relays what
                # «وی» said and is named as the group's (a pronoun is no group's name)
                relayed = plural and _is_pronoun(quoted, lang) and len(_words(quoted)) == 1
                # «روزنامه X به نقل از منابعی»: sources named by nothing but that word are
                # no speaker; the outlet that relays them is
                unnamed = (
                    len(_words(quoted)) == 1
                    and _fa_anonymous(quoted)
                    and bool(segment[: quoting.start()].strip())
                )
                if not unnamed:
                    segment = segment[: quoting.start()] if relayed else quoted
        if segment and _first_word(segment) not in adverbials:
            subject = _cut("، ".join([segment, *segments[i + 1 :]]) if plural else segment, lang)
            if lang == "fa" and _is_clause_tail(subject):
                return None
            if joined and _is_pronoun(subject, lang):
                # «X از او خواسته‌اند …، اما او … گفته بود که»: «او» may be anyone the
                # clause before named, not the last speaker
                return None
            return subject
    if lang == "fa" and _FA_SOURCE_RE.match(segments[-1]):
        # «براساس گزارش‌ها نخست وزیر گفت:»: the subject is inside the adverbial that
        # opens the verb's own segment; where it starts is not known, and the verb has one
        return None
    return ""


# Heads that name two parties at once: an Arabic dual («الجيشان الهندي والباكستاني», «وزيرا
# الخارجية»), «دو طرف», «طرفین».  Their words are both parties', never the first one
# named's alone: no actor speaks them.
JOINT_HEADS = (
    "الجيشان", "الجيشين", "البلدان", "البلدين", "الطرفان", "الطرفين", "الجانبان",
    "الجانبين", "الوزيران", "الوزيرين", "وزيرا", "وزيري", "الرئيسان", "الرئيسين",
    "الزعيمان", "الزعيمين", "الحكومتان", "الحكومتين", "الدولتان", "الدولتين",
    "طرفین", "طرفين", "دو طرف", "دو کشور", "دو وزیر", "دو رئیس", "both",
)  # fmt: skip
_JOINT_HEADS = frozenset(fold_word(w) for w in JOINT_HEADS if " " not in w)
_JOINT_PAIRS = frozenset(tuple(fold_word(x) for x in w.split()) for w in JOINT_HEADS if " " in w)


def _two_parties(words: list[str]) -> bool:
    """Whether *words* open with a head naming two parties at once (``JOINT_HEADS``)."""
    first = [fold_word(w.strip(' ،,:«»“”"')) for w in words[:2]]
    return bool(first) and (first[0] in _JOINT_HEADS or tuple(first) in _JOINT_PAIRS)


def _partitive(words: list[str]) -> bool:
    """Persian: whether *words* open with a part of a whole («یکی از», «برخی از»): one
    of a group speaks, not the group nor a person named after it («یکی از نزدیکان X»)."""
    return (
        len(words) > 2 and fold_word(words[0]) in _PARTITIVES["fa"] and fold_word(words[1]) in _OF
    )


def _is_pronoun(subject: str, lang: str) -> bool:
    return _first_word(subject) in _PRONOUNS.get(lang, frozenset())


# Demonstratives that open a subject pointing back to someone named before («هذا
# المسؤول»); folded.
DEMONSTRATIVES = {"ar": ("هذا", "هذه", "ذلك", "تلك", "هؤلاء")}
_DEMONSTRATIVES = _folded(DEMONSTRATIVES)


def _is_pointer(subject: str, lang: str) -> bool:
    return _first_word(subject) in _DEMONSTRATIVES.get(lang, frozenset())


# Arabic nouns of someone close to a person, in construct with that person: «أحد كبار
# مساعدي عمران خان», «مستشار الرئيس», «نجل X» is the aide, the adviser, the son, never X
# (an unnamed person: shown as written, no actor).  «أحد»/«إحدى» and «كبار» may open them.
# Folded.
AR_ASSOCIATE_NOUNS = (
    "مساعد", "مساعدي", "مساعدو", "مستشار", "مستشاري", "مستشارو", "مقرب", "مقربي", "مقربو",
    "أنصار", "أتباع", "قادة", "نجل", "ابن", "ابنة", "شقيق", "شقيقة", "زوجة", "محامي",
    "محامو", "حارس", "حراس",
)  # fmt: skip
_ASSOCIATES = frozenset(fold_word(w) for w in AR_ASSOCIATE_NOUNS)
_SENIOR = frozenset(fold_word(w) for w in ("أحد", "إحدى", "كبار"))


def _associate_end(folded: list[str]) -> int:
    """Where the associate noun (AR_ASSOCIATE_NOUNS) that opens the folded words ends, with
    «أحد»/«كبار» before it; 0 when they do not open so."""
    i = 0
    while i < len(folded) and folded[i] in _SENIOR:
        i += 1
    return i + 1 if i < len(folded) and folded[i] in _ASSOCIATES else 0


def _associate_named(folded: list[str], end: int) -> bool:
    """Whether the associate noun ending at *end* (``_associate_end``) is in construct with
    whose it is: always after «أحد»/«كبار» (a group: «أحد مساعدي الرئيس X»); a bare one
    only before a name («نجل عمران خان»), for after a role the name is its holder's
    («مستشار الأمن القومي X», «مساعد وزير الداخلية X»)."""
    if not end or end >= len(folded):
        return False
    return end > 1 or not (_definite(folded[end]) or folded[end] in _AR_HEADS)


def _associate_of(subject: str, slug: str, resolve: Callable[[str], str]) -> bool:
    """Whether *subject* names someone close to the actor *slug* rather than the actor
    (AR_ASSOCIATE_NOUNS): the first words after the associate noun that resolve name
    *slug* («مساعدي عمران خان»).  A role there names another («مستشار رئيس الوزراء
    X»: the prime minister, then the adviser X)."""
    words = _words(subject)[:MAX_SUBJECT_WORDS]
    folded = [fold_word(w) for w in words]
    i = _associate_end(folded)
    if not _associate_named(folded, i):
        return False
    for n in range(i + 1, len(words) + 1):
        found = resolve(" ".join(words[i:n]).strip(' ،,:«»“”"'))
        if found:
            return found == slug
    return False


def _resolve_prefix(
    subject: str, resolve: Callable[[str], str], speaks: Callable[[str, str], bool]
) -> tuple[str, str]:
    """The actor who can speak that *subject* names, as (slug, name); ("", "") if none.

    The shortest prefix that ``resolve`` maps to such an actor names it, unless a longer
    prefix says otherwise, for the longest phrase decides: a longer prefix resolving to
    another speaker makes it that one («رئيس الوزراء الباكستاني عمران خان» on a date
    when another held the office), one resolving to no one leaves the subject unresolved
    (an office alias written without its country and then another office's words:
    «سخنگوی وزارت خارجه پاکستان» is not Iran's «سخنگوی وزارت خارجه», even with no
    holder on file; «... السابق», a former holder).  A state or body that only qualifies
    the subject's head («وسائل الإعلام التركية», «رئیس شرکت نفت عربستان») is not the
    speaker: *speaks* tells a person or an actor named at the head of the prefix from
    such a modifier."""
    words = _words(subject)[:MAX_SUBJECT_WORDS]
    if _partitive(words):
        return "", ""  # «یکی از نزدیکان X» is one of X's circle, never X
    if _two_parties(words):
        return "", ""  # «الجيشان الهندي والباكستاني»: both armies, not the first
    modifiers: set[str] = set()
    found = ("", "")
    size = 0  # the words of the name found
    for n in range(1, len(words) + 1):
        name = " ".join(words[:n]).strip(' ،,:«»“”"')
        apposed = any(w.endswith(("،", ",")) for w in words[: n - 1])
        if not name or (apposed and n < len(words) and not words[n - 1].endswith(("،", ","))):
            continue  # «أمين المجلس، علي لاريجاني،»: an apposed name is read whole
        slug = resolve(name)
        if found[0] and not slug:
            return "", ""
        if not slug or slug in modifiers or slug == found[0]:
            continue
        if speaks(name, slug):
            found, size = (slug, name), n
        elif not found[0]:
            modifiers.add(slug)
    if found[0] and _associate_of(subject, found[0], resolve):
        return "", ""  # «أحد كبار مساعدي عمران خان»: his aide, unnamed
    if found[0] and speaks("", found[0]):
        end = _name_end(words, size, found[0], resolve, speaks)
        found = (found[0], " ".join(words[:end]).strip(' ،,:«»“”"'))
    return found


# --- finding introducers and quote text --------------------------------------------------


def _sentence_start(paragraph: str, pos: int, floor: int) -> int:
    start = floor
    for match in sentence_ends(paragraph, _SENTENCE_END_RE, floor, pos):
        start = match.end()
    return start


def _ar_bare(verb: str) -> str:
    """An Arabic verb as written, folded, without «و»/«ف» and harakat."""
    word = fold_word(verb.split()[0])
    if word[:1] not in "وف" or _ar_known(word):
        return word
    return word[1:]


def _bare_complement(comp: str, paragraph: str, end: int) -> bool:
    """Whether the complement *comp* (ending at *end*) is left out of the statement.

    «إن»/«أن»/«بأن» are; a pronoun ending is the clause's subject and stays («إنها تدين»,
    «بأنها كانت "مثمرة"»), except «بأنه» before a quotation: the description quoted is the
    statement («وصفه بأنه "خطوة ذكية"»).
    """
    folded = fold(comp)
    if folded in _BARE_COMPLEMENTS:
        return True
    return folded.startswith(fold("ب")) and paragraph[end:].lstrip()[:1] in OPEN_MARKS


def _ar_known(word: str) -> bool:
    """Whether *word* is a verb of the tables, with its feminine or plural ending."""
    return word in _AR_KNOWN or word[:-1] in _AR_KNOWN or word[:-2] in _AR_KNOWN


def _ar_feminine(verb: str) -> bool:
    word = _ar_bare(verb)
    if word in _AR_FEMININE_FORMS:
        return True
    return word.endswith("ت") and word[:-1] in _AR_VERBS


def _word_before(paragraph: str, pos: int) -> str:
    words = _words(paragraph[max(0, pos - 30) : pos])
    return fold_word(words[-1]).strip("،,(") if words else ""


def _plain_subject(rest: str) -> bool:
    """Whether *rest*, the words between a verb and its complement, is a short noun phrase:
    some words, none of them a preposition or a time the subject is cut at."""
    words = [fold_word(w).strip("،,") for w in _words(rest)]
    return 0 < len(words) <= MAX_SUBJECT_WORDS and not any(w in _CUTS["ar"] for w in words)


# «مما» before a verb makes it the reporter's comment on what came before («…، مما يؤكد
# أن الهجوم كان مدبرا»: "which shows that"), no one's statement.
AR_WHICH = ("مما",)
_WHICH = frozenset(fold_word(w) for w in AR_WHICH)
# Words before «يؤكد X أن» that make it no one's statement: a negation or «مما».
_NOT_SUBJECT_FIRST = _NEGATIONS | _WHICH


def _ar_introducers(paragraph: str) -> list[_Found]:
    """Arabic statements: «وقال X:», «وقال X إن ...», «وأضاف "..."», «ودعا X إلى ...»."""
    found: list[_Found] = []
    relaying: set[int] = set()  # where a reporter's verb relays a speaker (``_relayed``)
    for match in _AR_RE.finditer(paragraph):
        if _word_before(paragraph, match.start()) in _WHICH:
            continue
        modal = _SPEECH_START_RE.search(paragraph, match.start("rest"), match.end())
        subject = paragraph[match.start("rest") : modal.start()] if modal else ""
        if modal and not _AR_VERB_RE.search(subject) and not re.search(r"[\"«“:]", subject):
            # «وقال يجب ان ننتبه بان ...»: a modal after the verb opens the words (direct
            # speech with no mark), never a name; the subject is what stands before it
            verb = paragraph[match.start() : match.start("rest")]
            found.append(_ar_found(paragraph, verb, match.start(), subject, modal.start(), False))
            continue
        opener = _ar_opener(paragraph, match)
        if opener is None:
            continue
        verb, verb_start, rest = (
            paragraph[match.start() : match.start("rest")],
            match.start(),
            paragraph[match.start("rest") : opener.end("rest")],
        )
        # «كتب ... أنه سيزور ...، وأضاف:»: the colon belongs to the last verb.
        # A participle is not a verb of its own: «أكد X على ...، مشيرا إلى أن» is X's one
        # statement, the participle's content folded into it.
        later = [
            m
            for m in _AR_VERB_RE.finditer(rest)
            if _ar_bare(m.group(0)) not in _AR_PARTICIPLES
            and _word_before(paragraph, match.start("rest") + m.start())
            not in _RELATIVES | _VERBAL_NOUN_AFTER
        ]
        if later:
            verb = later[-1].group(0)
            verb_start = match.start("rest") + later[-1].start()
            rest = rest[later[-1].end() :]
        if _ar_bare(verb) == _JAA and fold_word(_first_word(rest)) in _NOT_SOURCE_AFTER_JAA:
            continue  # «وجاء في وقت ...»: a frame, not a source
        comp = opener.group("comp")
        if comp is not None:
            # A pronoun ending belongs to the statement («إنها تدين»); «بأنه» does not.
            bare = _bare_complement(comp, paragraph, opener.end())
            start = opener.end() if bare else opener.start("comp")
            hope = _AR_HOPE_RE.search(paragraph, 0, opener.start("comp"))
            if hope:
                # «أعرب عن أمله في أن يفي ...»: a wish, shown as one with its noun, never
                # as a statement of fact
                start = hope.start()
        elif opener.group("glued") or opener.group("spaced"):
            start = opener.start("glued") if opener.group("glued") else opener.start("spaced")
        else:
            start = opener.end() - (1 if opener.group("mark") else 0)
        that = comp is not None or (not opener.group("mark") and _colon_that(paragraph, start))
        if comp is not None and _ar_bare(verb).removesuffix("ت") in _AR_RELAYS:
            relays, inner = _relayed(paragraph, opener.end())
            if relays:
                # the reporter only relays: the speaker is the one the clause names, and
                # the reporter's verb opens no statement of its own («بالعاصمة» after it)
                found.extend([inner] if inner else [])
                relaying.add(verb_start)
                continue
        relayed_from = _AR_RELAYED_FROM_RE.search(rest)
        if relayed_from:
            # «وقالت مهر نقلا عن بيان لقوات الأمن "..."»: the words are the one relayed
            rest = rest[relayed_from.end() :]
        elif comp is not None and _outlet_reports(verb, rest):
            continue  # an outlet reports what happened: sourcing, no statement
        intro = replace(
            _ar_found(paragraph, verb, verb_start, rest, start, that=that),
            reported=that,
        )
        if relayed_from:
            # who is relayed speaks when a known actor, else no one (never the reporter)
            intro = replace(intro, clause="relative")
        if _runs_into_participle(rest):
            # «أكد X صحة النبأ موضحا أن»: the participle opens the statement, and the words
            # before it are the verb's subject and object
            intro = replace(intro, object_run=True)
        # «وصف X تصريحات Y بأنها ...»: the verb's object stands before «بأن»
        described = comp is not None and fold(comp).startswith(fold("ب"))
        if described and _ar_bare(verb) in _DESCRIBE and len(_words(rest)) == 1:
            # «ووصفت الهجوم بأنه ...»: the verb takes an object before «بأن», so one word
            # there is the object and the subject is left unsaid (the last speaker's, or
            # the one who condemned earlier in its sentence: «أدان X الهجوم، ووصف ...»)
            intro = replace(intro, subject="")
            if _joined_call(paragraph, verb_start, verb, condemning=True):
                intro = replace(intro, addressed=True, joined_call=True)
        found.append(
            replace(intro, described=described, object_taking=_ar_verb_in(verb, _OBJECT_TAKING))
        )
    for match in _AR_CALL_RE.finditer(paragraph):
        verb = match.group("verb")
        bare = _ar_bare(verb)
        if (
            bare == fold("طالب")
            and fold_word(verb) == bare
            and _word_before(paragraph, match.start()) != fold("قد")
        ):
            continue  # «طالب» alone is the noun «a student»
        before_bi = [fold_word(w).strip("،,") for w in _words(match.group("rest"))[-2:]]
        if not match.group("ila") and len(before_bi) == 2 and before_bi[0] in _RELATIVES:
            # «طالبت X وقف التصريحات، التي وصفتها بـ"غير اللائقة"»: the «بـ» is the
            # relative's verb's, and what the call asks for is not a clause
            continue
        intro = _ar_found(paragraph, verb, match.start(), match.group("rest"), match.end(), True)
        words = _words(intro.subject)
        if words and _joined_call(paragraph, match.start(), verb):
            # «وصف السفير ...، وطالب السلطات الإيرانية بالعمل على ...»: a call joined to a
            # verb of its sentence goes on with that verb's subject; the words after it are
            # the ones called on
            found.append(replace(intro, subject="", addressed=True, joined_call=True))
        elif words and _call_object(words[0], paragraph):
            # «ودعا أنصاره إلى ...»: the object first, the caller unsaid
            found.append(replace(intro, subject="", addressed=True))
        else:
            found.append(replace(intro, subject=_caller(intro.subject)))

    def verb_with_that(match: re.Match[str]) -> _Found:
        """A statement opened by the match's verb, its content clause in ``rest``."""
        return _ar_found(
            paragraph,
            match.group("verb"),
            match.start(),
            match.group("rest"),
            match.end(),
            that=True,
        )

    for regex in _AR_OBJECT_RES:
        found.extend(
            verb_with_that(match)
            for match in regex.finditer(paragraph)
            # «أعلنت X تعطيل المدارس، فضلا عن ...»: the reporter's addition, not the object
            if " ".join(map(fold_word, _words(paragraph[: match.end()])[-2:])) not in _NOT_SPEECH_AN
            and not _owns_particle(match.group("rest"))
        )
    for match in _AR_CARRIED_RE.finditer(paragraph):
        comp = match.group("comp") or match.group("that")
        words = [fold_word(w) for w in _words(match.group("who"))]
        if match.group("that") and (
            words[-1] in _NOT_SPEECH_AN or " ".join(words[-2:]) in _NOT_SPEECH_AN
        ):
            continue  # «نقل الكهرباء إلى الميناء، والمقرر أن يتم ...»: no one's words
        if comp is not None:
            bare = _bare_complement(comp, paragraph, match.end())
            start = match.end() if bare else match.start("comp")
        else:
            start = match.end() - (1 if match.group("mark") else 0)
        say = fold(match.group("say") or "")
        found.append(
            _Found(
                clause_start=0,
                verb_start=match.start(),
                colon_end=start,
                subject=match.group("who").strip(),
                plural=say == fold("قولهم"),
                conjoined=True,
                that=comp is not None,
                feminine=say == fold("قولها")
                or (not say and _ar_feminine_body(match.group("who"))),
                either=not say
                and _ar_feminine_body(match.group("who"))
                and fold_word(_words(match.group(0))[0]).endswith("ت"),
            )
        )
    found.extend(
        verb_with_that(match)
        for match in _AR_ANNOUNCED_RE.finditer(paragraph)
        # «أكد صحة هذا النبأ»: news already told, confirmed, not announced
        if _word_before(paragraph, match.end()) not in _DEMONSTRATIVES["ar"]
        # «أعلنت X تجميد علاقاتها ... على خلفية مقتل جنود»: the noun is another word's
        # («خلفية», a preposition), not what was announced
        and _word_before(paragraph, match.end()) not in _NOT_ANNOUNCED_AFTER
        and not _affirmed_intent(match, paragraph)
    )
    for match in _AR_ACCORDING_RE.finditer(paragraph):
        who = match.group("who").strip().lstrip("ـ")
        if _first_word(who) == _MA:
            continue  # «بحسب ما ذكرت الوكالة فإن»: the verb after «ما» names the source
        if match.group("verb").endswith("ل") and who.startswith("ل"):
            who = "ا" + who  # «وفقا للتحقيقات»: «لـ» and the article «ال» written «لل»
        body = _AR_MADE_BY_RE.search(who)
        if body:
            who = body.group("who")  # «للتحقيقات التي أجرتها شرطة المرور»: the police
        found.append(
            _Found(
                clause_start=0,
                verb_start=match.start(),
                colon_end=match.end(),
                subject=who,
                plural=False,
                conjoined=True,
                that=True,
            )
        )
    for match in _AR_AS_SAID_RE.finditer(paragraph):
        who = match.group("who").strip()
        if (
            _AR_VERB_RE.search(who)
            or _AR_BARE_COMPLEMENT_RE.search(who)
            or _AR_OBJECT_PRONOUN_RE.search(who, len(_first_word(who)))
        ):
            continue  # a clause or the verb's object, not the speaker alone
        found.append(
            _Found(
                clause_start=0,
                verb_start=match.start(),
                colon_end=match.end(),
                subject=who,
                plural=False,
                conjoined=True,
                that=True,
                feminine=match.group("verb").endswith("ت"),
            )
        )
    for match in _AR_TOLD_RE.finditer(paragraph):
        who = match.group("who")
        if _AR_VERB_RE.search(who) or _AR_BARE_COMPLEMENT_RE.search(who):
            continue  # a clause, not the one who told
        if _AR_VERB_RE.search(match.group("rest")):
            continue  # «أبلغت X ... واصفا ... بأنها»: the complement is another verb's
        found.append(
            _Found(
                clause_start=0,
                verb_start=match.start("who"),
                colon_end=match.start("mark"),
                subject=who,
                plural=False,
                conjoined=True,
                that=False,
                feminine=_ar_feminine(match.group("verb")),
            )
        )
    for match in _AR_SHOWED_RE.finditer(paragraph):
        verb = "plain" if match.group("plain") else "marked"
        bare = _bare_complement(match.group("comp"), paragraph, match.end())
        intro = _ar_found(
            paragraph,
            paragraph[
                match.start(verb) : match.end("fem") if match.group("fem") else match.end(verb)
            ],
            match.start(verb) if verb == "plain" else match.start(),
            "",
            match.end() if bare else match.start("comp"),
            that=True,
        )
        found.append(replace(intro, conjoined=True, feminine=bool(match.group("fem"))))
    for match in _AR_DOCUMENT_SAYS_RE.finditer(paragraph):
        colon = match.group("colon") is not None or paragraph[match.end() :][:1] in OPEN_MARKS
        intro = _ar_found(paragraph, match.group("verb"), match.start(), "", match.end(), not colon)
        found.append(replace(intro, document=True))
    found.extend(_trailing(paragraph, "ar"))
    for match in _AR_SUBJECT_FIRST_RE.finditer(paragraph):
        if _word_before(paragraph, match.start()) in _NOT_SUBJECT_FIRST:
            continue
        if _plain_subject(match.group("who")):
            verb = match.group("verb")
            intro = _ar_found(paragraph, verb, match.start(), match.group("who"), match.end(), True)
            found.append(replace(intro, reported=True))
    for match in _AR_POINTING_RE.finditer(paragraph):
        found.append(
            _ar_found(paragraph, match.group("verb"), match.start(), "", match.end(), that=True)
        )
    # at one verb, the statement that opens first («أعلن عزمه ...، مؤكدا أن»)
    found.sort(key=lambda f: (f.verb_start, f.colon_end))
    kept: list[_Found] = []
    for intro in found:
        if intro.verb_start in relaying:
            continue
        if intro.words_end >= 0:
            kept.append(intro)  # «…، كما أفاد X.»: read whole by ``_ar_postposed``
            continue
        word = _word_before(paragraph, intro.verb_start)
        if word in _NOT_AFTER or word in _VERBAL_NOUN_AFTER:
            continue
        if _AR_RESPONSIBILITY_RE.search(paragraph, intro.verb_start, intro.colon_end):
            continue
        if word == "و" and not intro.conjoined and not intro.clause:
            # «... الباكستانية و قال ان»: «و» written apart is still the conjunction; its
            # subject follows the verb or it continues the last speaker, never a noun of the
            # clause before it
            intro = replace(intro, conjoined=True)
        if not intro.participle and _passive(paragraph[intro.verb_start : intro.verb_start + 8]):
            intro = replace(intro, clause="passive")  # «وقد أُكد رسميا مقتل ...»: no one named
        if _qualifies_source(paragraph, kept[-1].colon_end if kept else 0, intro):
            continue
        if word in _WHILE_CLAUSES:
            intro = replace(intro, clause="time")
        elif (
            _indefinite_accusative(word)
            and not (intro.conjoined or intro.participle or intro.document)
            and paragraph[: intro.verb_start].rstrip()[-1:] not in "،,:؛;"
            and not _after_inna(paragraph, intro.verb_start)
        ):
            intro = replace(intro, clause="relative")
        elif word in _RELATIVES or word in _TIME_CLAUSES:
            if kept and _same_sentence(paragraph, kept[-1], intro):
                continue  # a clause inside what the sentence's speaker says, part of it
            if word in _RELATIVES and not _AR_CLAUSE_OPENED_RE.search(
                paragraph, intro.verb_start, intro.colon_end
            ):
                continue  # «التي أُعلن عن سقوطها»: a relative's verb states only with «أن»
            intro = replace(intro, clause="relative" if word in _RELATIVES else "time")
        if _inside_quotation(paragraph, intro.verb_start) and not _after_unclosed(paragraph, intro):
            continue  # a verb of the quoted words («"جماعة مارقة أعلنت مسؤوليتها"»)
        if kept and intro.verb_start < kept[-1].colon_end:
            continue
        if kept and word in _BUT_HE and _same_sentence(paragraph, kept[-1], intro):
            # the speaker goes on when the verb is of his gender, else no one's
            intro = replace(intro, resumes=intro.feminine == kept[-1].feminine)
        elif kept and _nested(paragraph, kept[-1], intro):
            if not _quoted_whole(paragraph, intro.colon_end):
                continue  # «قالت X إن Y اعترف بأن ...»: what Y said is part of what X says
            # «قالت X إن Y أكد أن "..."»: Y's own words, quoted; X's clause is only their frame
            kept[-1] = replace(kept[-1], silent=True)
        if intro.participle and kept and _same_sentence(paragraph, kept[-1], intro):
            # «...، مضيفًا أن "..."»: the statement ends before the participle, whose clause
            # is another of the same speaker's (a participle with a quotation of its own
            # too: «كما خص الكويت بقوله "..."»)
            if _ar_bare(paragraph[intro.verb_start : intro.colon_end].replace(":", " ")) in _ADDING:
                intro = replace(intro, continues=True)
            elif intro.that and _closed_before(paragraph, kept[-1], intro):
                # «قال X إن "..."، مؤكدا أن ...»: the quotation closed, what the participle
                # adds is no part of it, the same speaker's
                intro = replace(intro, continues=True)
            elif intro.that:
                # «وقال X إن ...، مشيرا إلى أن ...»: the words end before the participle,
                # whose clause is the verb's subject's when of its gender (the participle
                # agrees with it), else no one's
                intro = replace(intro, resumes=intro.feminine == kept[-1].feminine)
            elif paragraph[intro.colon_end : intro.colon_end + 1] not in OPEN_MARKS and not (
                kept[-1].subject and paragraph[intro.colon_end :].lstrip()[:1] in OPEN_MARKS
            ):
                # («قائلاً: "..."» with a space before the mark: only after a verb whose
                # subject is written, never one carried over from an earlier sentence)
                continue
        kept.append(intro)
    # Each statement's sentence starts after the previous statement's opening, the first
    # after a dateline.
    floor, result = _dateline_end(paragraph), []
    for intro in kept:
        if intro.clause != "trailing":
            intro = replace(intro, clause_start=_sentence_start(paragraph, intro.verb_start, floor))
        result.append(intro)
        floor = max(intro.colon_end, intro.verb_start if intro.clause == "trailing" else 0)
    return result


def _outlet_reports(verb: str, subject: str) -> bool:
    """Whether Arabic *verb* is a reporter's (AR_RELAY_VERBS) and *subject*, the words
    after it, opens with a news outlet (AR_OUTLET_HEADS): «وأفادت وكالة مهر للأنباء»."""
    return (
        _ar_bare(verb).removesuffix("ت") in _AR_RELAYS
        and _first_word(_drop_fillers(subject, "ar")) in _OUTLET_HEADS
    )


def _relayed(paragraph: str, start: int) -> tuple[bool, _Found | None]:
    """Whether the clause a reporter's verb (``AR_RELAY_VERBS``) reports from *start*
    opens with a verb of saying and its own subject («أنه قالت X، اليوم، في مؤتمرها
    الصحفي، بدأ ...»), and then X's statement when where the words open is known: after
    at most ``AR_RELAY_ADVERBIALS`` adverbial segments, in the same sentence.  A verb
    that opens its words itself («قالت X، اليوم، إن ...») is found as any other is."""
    match = _AR_INNER_SAYING_RE.match(paragraph, start)
    if match is None:
        return False, None
    who = match.group("who").strip()
    words = [fold_word(w) for w in _words(who)]
    if (
        not words
        or len(words) > MAX_SUBJECT_WORDS
        or words[0] in _CUTS["ar"]
        or _ar_adverbial(words[0])
        or _ar_pronoun(words[0])
        or _AR_VERB_RE.search(who)
        or _AR_BARE_COMPLEMENT_RE.search(who)
    ):
        return True, None
    own = _AR_RE.match(paragraph, match.start("verb"))
    if own is not None and _ar_opener(paragraph, own) is not None:
        return True, None
    stop = _sentence_end(paragraph, match.end())
    limit = stop.start() if stop else len(paragraph)
    pos = match.end()
    for _ in range(AR_RELAY_ADVERBIALS + 1):
        first = _first_word(paragraph[pos:limit])
        if not first:
            return True, None
        if first not in _CUTS["ar"] and not _ar_adverbial(first):
            verb = match.group("verb") + (match.group("fem") or "")
            return True, replace(
                _ar_found(paragraph, verb, match.start("verb"), who, pos, that=True),
                conjoined=True,
            )
        comma = _COMMA_RE.search(paragraph, pos, limit)
        if comma is None:
            return True, None
        pos = comma.end() + len(paragraph[comma.end() :]) - len(paragraph[comma.end() :].lstrip())
    return True, None


def _closed_before(paragraph: str, before: _Found, intro: _Found) -> bool:
    """Whether the words *before* opens are a quotation closed right before *intro*'s
    verb, only a «،» between («إن "..."، مؤكدا أن ...»)."""
    opening = paragraph[before.colon_end :].lstrip()
    if opening[:1] not in OPEN_MARKS:
        return False
    close = _closing_mark(paragraph, opening[0], len(paragraph) - len(opening) + 1)
    return 0 < close < intro.verb_start and not paragraph[close + 1 : intro.verb_start].strip(" ،,")


# «وقالت المصادر: إن ...»: a colon before the complement, no quotation mark.
_AR_COLON_THAT_RE = re.compile(rf"\s*{_AR_COMPLEMENT}(?!\w)")


def _colon_that(paragraph: str, start: int) -> bool:
    """Whether the words after a colon at *start* are reported speech: «إن»/«أن» opens
    them and no quotation mark stands in their sentence («وقالت المصادر: إن ... هناك.»).
    Such words end with their sentence, as after «قال إن»."""
    if not _AR_COLON_THAT_RE.match(paragraph, start):
        return False
    stop = _sentence_end(paragraph, start)
    sentence = paragraph[start : stop.start() if stop else len(paragraph)]
    return not any(mark in sentence for mark in _STRIP_MARKS.strip(" \t"))


def _runs_into_participle(rest: str) -> bool:
    """Arabic: whether the words after a verb run with no «،» and no cut word up to a
    participle («أكد ميرشكاري صحة هذا النبأ موضحا»)."""
    if _SEGMENT_RE.search(rest):
        return False
    cuts = _CUTS["ar"]
    first = next((w for w in map(fold_word, _words(rest)) if w in cuts), "")
    return first in _AR_PARTICIPLES


def _fa_dateline_end(paragraph: str) -> int:
    """Where a Persian dateline opening *paragraph* ends (``_FA_DATELINE_RE``), 0 without
    one or when its words hold a verb of saying (a subject and its verb, not a place)."""
    match = _FA_DATELINE_RE.match(paragraph) or FA_GLUED_DATELINE_RE.match(paragraph)
    if match is None or _FA_RE.search(match.group(0)):
        return 0
    return match.end()


def _dateline_end(paragraph: str) -> int:
    """Where a dateline opening *paragraph* ends (see _DATELINE_RE), 0 without one."""
    match = _DATELINE_RE.match(paragraph)
    return match.end() if match else 0


# How far the words between an Arabic verb and what opens its statement run, in all.
AR_OPENER_REACH = 160


# Particles that put their noun in the accusative («فإن مسؤولا محليا أشار»): a subject
# in the accusative after one of these is still the verb's subject.  Folded.
AR_INNA = ("إن", "أن", "فإن", "لأن", "بأن", "لكن", "ولكن")
_INNA = frozenset(fold(w) for w in AR_INNA)
# How many words before a verb an «إن» may govern its subject from («فإن مسؤولا أمنيا
# كبيرا قال»).
INNA_REACH_WORDS = 4


def _after_inna(paragraph: str, pos: int) -> bool:
    """Whether an «إن»-like particle stands among the few words before *pos*."""
    words = _words(paragraph[max(0, pos - 80) : pos])[-INNA_REACH_WORDS:]
    return any(fold_word(w) in _INNA for w in words)


def _indefinite_accusative(word: str) -> bool:
    """Whether a folded Arabic *word* is an indefinite noun in the accusative («صورا»,
    «بيانا»): it ends in «ا», not in a pronoun («جانبها»), carries no «و» and is no
    particle or adverb of AR_NOT_ANTECEDENTS."""
    return (
        len(word) >= 4
        and word.endswith("ا")
        and not word.endswith(("ها", "هما"))
        and word[:1] != "و"
        and word not in _NOT_ANTECEDENTS
    )


def _ar_opener(paragraph: str, match: re.Match[str]) -> re.Match[str] | None:
    """What opens the statement of the verb *match* found: its first opener, or the next one
    when that one opens none, within ``AR_OPENER_REACH`` characters; None if none does.

    An opener opens none when it is an «أن» of another word («وقال X - بعد أن وضعوا ... -
    إن»), a quotation of fewer than ``MIN_QUOTE_WORDS`` words that the sentence goes on
    after (a name or a term: «وذكر حزب "مصر القوية" على صفحته أن»), or a mark with a
    space after it that closes a quotation rather than opening one.  After «إلى» («مشيرا
    إلى», «أشار إلى») the statement opens right away: a quotation after other words is
    inside it («مشيرا إلى وجود أوجه قصور في "مجال القضاء"»).
    """
    opener: re.Match[str] | None = match
    rest_start = match.start("rest")
    towards = fold_word(match.group("verb").split()[-1]) == _ILA
    clause_only = _ar_bare(match.group("verb")) in _AR_CLAUSE_ONLY
    if _ar_bare(match.group("verb")) in _AR_COLON_ONLY:
        bare_colon = not any(match.group(g) for g in ("rest", "comp", "mark", "spaced", "glued"))
        return match if bare_colon and not match.group("plural") else None
    while opener is not None and opener.end("rest") - rest_start <= AR_OPENER_REACH:
        resume = _opens_nothing(paragraph, rest_start, opener, towards)
        if resume is None and clause_only and opener.group("comp") is None:
            return None
        if resume is None:
            return opener
        opener = _AR_OPENER_RE.match(paragraph, resume)
    return None


# What follows a speaker's name in quotation marks when the words open after it: a colon
# or a complement, maybe after a «،» (``after`` in ``_opens_nothing`` has lost the «،»).
_NAME_THEN_OPENER_RE = re.compile(rf"(?::(?!\d)|{_AR_COMPLEMENT}(?!\w))")


def _opens_nothing(
    paragraph: str, rest_start: int, opener: re.Match[str], towards: bool
) -> int | None:
    """Where to look for the next opener when *opener* opens no statement, else None."""
    if opener.group("comp") is not None:
        words = [fold_word(w) for w in _words(paragraph[rest_start : opener.end("rest")])]
        if words and (words[-1] in _NOT_SPEECH_AN or " ".join(words[-2:]) in _NOT_SPEECH_AN):
            return opener.end()  # «بعد أن», «يجب أن», «فضلا عن أن»
        # «واعتبرت X، التي تقول إنها ...، أن»: the first «إن» after a relative's verb is its
        verbs = list(_AR_VERB_RE.finditer(paragraph, rest_start, opener.start("comp")))
        if (
            verbs
            and _word_before(paragraph, verbs[-1].start()) in _RELATIVES
            and not _AR_BARE_COMPLEMENT_RE.search(paragraph, verbs[-1].end(), opener.start("comp"))
        ):
            return opener.end()
    elif opener.group("spaced"):
        if paragraph[: opener.start("spaced")].count('"') % 2 == 1:
            return opener.end()
        # «وصرح قائد الشرطة " محمد بالوش" ، أن ...»: a name in marks spaced inside them
        close = paragraph.find('"', opener.end())
        after = paragraph[close + 1 :].lstrip(" ،,") if close > 0 else ""
        quoted = len(_words(paragraph[opener.end() : close]))
        if close > 0 and quoted < NAME_QUOTE_WORDS and _NAME_THEN_OPENER_RE.match(after):
            return close + 1
    elif opener.group("mark"):
        close = paragraph.find(OPEN_MARKS[opener.group("mark")], opener.end())
        after = paragraph[close + 1 :].lstrip(" ،,") if close > 0 else ""
        quoted = len(_words(paragraph[opener.end() : close]))
        short = quoted < MIN_QUOTE_WORDS
        if close > 0 and short and after and after[0] not in ".!?؟\n":
            return close + 1
        # a name of a few words that the clause runs on after, with no «،» between
        # («وأعلن مسلحو "وحدات حماية الشعب" الأكراد المسؤولية», «في كلمة ضمن "مؤتمر
        # ميونيخ للأمن" بألمانيا، الأحد: "..."»)
        runs_on = paragraph[close + 1 : close + 2].isspace() and after[:1].isalpha()
        if close > 0 and quoted < NAME_QUOTE_WORDS and runs_on:
            return close + 1
        # the speaker's name in marks, then what opens the words: «قال رئيس المنظمة "علي
        # رضا بيمان باك" : ان ...», «وصرح "صالحي" بأن ...»
        if close > 0 and quoted < NAME_QUOTE_WORDS and _NAME_THEN_OPENER_RE.match(after):
            return close + 1
        if towards and _words(paragraph[rest_start : opener.start("mark")]):
            return None if close < 0 else close + 1
    return None


def _qualifies_source(paragraph: str, floor: int, intro: _Found) -> bool:
    """Whether *intro*'s verb, with no subject of its own, sits inside the «وفقا لـ/بحسب»
    phrase that opens its sentence («ووفقا لبيان قال إنه ...، أشار X»): it qualifies the
    source, and who "he" is comes only later in the sentence."""
    if intro.subject or intro.verb_start < floor:
        return False
    head = paragraph[_sentence_start(paragraph, intro.verb_start, floor) : intro.verb_start]
    return bool(_AR_ACCORDING_START_RE.match(head)) and not _SEGMENT_RE.search(head)


# Conjunctions after which a verb opens a clause of its own («…، إذ قال:», «ثم أكد»);
# folded.
AR_CONJUNCTIONS = ("إذ", "حيث", "كما", "ثم", "لكن", "ولكن", "بل")
_CONJUNCTIONS = frozenset(fold(w) for w in AR_CONJUNCTIONS)
# How many words the subject of a verb inside a reported clause may run to («أن الوسيط
# السريلانكي المدعو بوهاري سيد أبو طاهر اعترف»: a name with its role and description).
NESTED_SUBJECT_WORDS = 12


def _nested(paragraph: str, outer: _Found, intro: _Found) -> bool:
    """Whether *intro*'s verb is inside the clause *outer* reports («وقالت الشرطة إن
    الوسيط المدعو X اعترف بأن ...», «وقال إن أمريكا أعلنت مرارا أن ...»): a verb written
    without «و», in the same sentence, with only its subject between the clause's «إن»
    and it (no other verb of saying, no conjunction right before it; an apposition set
    off by «،» may follow the name) and none after it.  What it says is part of the outer statement: X says that Y
    admitted it; Y's words are not Y's to show, and the outer statement is never cut down
    to Y's name (when Y's words are quoted, they are Y's statement and the outer clause
    is none)."""
    if not outer.reported or outer.clause or intro.clause == "trailing":
        return False
    if intro.conjoined or intro.participle or intro.document:
        return False
    verb = _words(paragraph[intro.verb_start :])[:1]
    called = bool(verb) and _ar_verb_in(verb[0], _CALLS) and not intro.addressed
    if not called and _cut(_drop_fillers(intro.subject, "ar"), "ar"):
        # «... مشتبه به تقول إسلام أباد إنه»: its subject follows it (after a call's verb
        # stand the ones called on: «أن بكين طالبت باكستان بإجراء …» is the outer clause)
        return False
    if not _same_sentence(paragraph, outer, intro):
        return False
    between = paragraph[outer.colon_end : intro.verb_start]
    if _word_before(paragraph, intro.verb_start) in _CONJUNCTIONS:
        return False  # «…، إذ قال:»: a clause of its own
    segments = _SEGMENT_RE.split(between)
    return (
        (len(segments) == 1 or not segments[-1].strip())  # «الوزير، الذي زار طهران، أكد»
        and not _AR_VERB_RE.search(between)
        and len(_words(between)) <= NESTED_SUBJECT_WORDS
    )


def _same_sentence(paragraph: str, before: _Found, intro: _Found) -> bool:
    """Whether no sentence ends between the statement *before* opens and *intro*'s verb."""
    return _sentence_end(paragraph, before.colon_end, intro.verb_start) is None


def _after_unclosed(paragraph: str, intro: _Found) -> bool:
    """Whether *intro* opens a sentence of its own, with a subject of its own, after a «
    that never closes («قالت X إن «… الباكستاني. من جهته، قال آلن إن «…»»): the
    quotation ends with its sentence, and this is another statement."""
    opening = paragraph.rfind("«", 0, intro.verb_start)
    if opening < 0 or paragraph[:opening].count("«") != paragraph[:opening].count("»"):
        return False
    if _closing_mark(paragraph, "«", opening + 1) >= 0:
        return False
    if _sentence_end(paragraph, opening, intro.verb_start) is None:
        return False
    return bool(_cut(_drop_fillers(intro.subject, "ar"), "ar"))


def _inside_quotation(paragraph: str, pos: int) -> bool:
    """Whether *pos* is between an opening quotation mark and its closing one; a straight
    «"» that pairs with no closing one (``_closing_mark``) opens nothing."""
    before = paragraph[:pos]
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return True
    start = before.find('"')
    while start >= 0:
        close = _closing_mark(paragraph, '"', start + 1)
        if close >= pos:
            return True
        start = before.find('"', (close if close >= 0 else start) + 1)
    return False


def _passive(verb: str) -> bool:
    """An Arabic verb written with the passive's damma on its first letter («أُكد»,
    «وأُعلن»): a statement by no one."""
    bare = verb.split()[0]
    if bare[:1] in "وف" and len(bare) > 2 and bare[1] != "\u064f":
        bare = bare[1:]
    return len(bare) > 1 and bare[1] == "\u064f"


# Endings of a noun that holds a possessive pronoun («أنصاره», «مواطنيها», «أتباعهم»).
AR_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن")
# Words that end so and are names, not a noun with a pronoun («نبيه بري», «عبدالله»).
AR_NAMES_IN_HA = ("نبيه", "نزيه", "وجيه", "فقيه", "عبدالله", "عبيدالله", "زاده", "سيبويه")
_NAMES_IN_HA = frozenset(fold_word(w) for w in AR_NAMES_IN_HA)
# A sound masculine plural in its object case: «ال» + a stem of four letters or more +
# «ين» («المواطنين», «المتظاهرين»; never «البحرين», «الحسين»).
_AR_OBLIQUE_PLURAL_RE = re.compile(r"^ال\w{4,}ين$")


def _call_object(word: str, paragraph: str) -> bool:
    """*word*, first after a call's verb, is the one called on: a noun with a possessive
    pronoun («ودعا أنصاره إلى») or a plural in its object case («ودعا المواطنين إلى»).
    A bare «ه» ending counts only where the text writes «ة» (some write «ه» for it)."""
    bare = word.strip("،,")
    if _AR_OBLIQUE_PLURAL_RE.match(bare):
        return True
    if bare.startswith("ال") or len(bare) < 4 or fold_word(bare) in _NAMES_IN_HA:
        return False
    if bare.endswith(AR_POSSESSIVE_ENDINGS[1:]):
        return True
    return bare.endswith("ه") and "ة" in paragraph


def _joined_call(paragraph: str, pos: int, verb: str, condemning: bool = False) -> bool:
    """Whether the Arabic call *verb* at *pos* is joined by «و» after a «،» to a clause of
    its sentence that has a verb of saying of its own («وصف السفير ... بـ"..."، وطالب
    السلطات بـ...»), or with *condemning* one of AR_CONDEMNING_VERBS («أدان X الهجوم،
    ووصف مرتكبيه بأنهم»): its subject is that verb's, left unsaid."""
    if not fold_word(verb).startswith("و"):
        return False
    before = paragraph[:pos].rstrip()
    if not before.endswith(("،", ",")):
        return False
    start = _sentence_start(paragraph, pos, 0)
    if _AR_VERB_RE.search(paragraph, start, len(before)) is not None:
        return True
    return condemning and _AR_CONDEMNING_RE.search(paragraph, start, len(before)) is not None


_AR_CONDEMNING_RE = re.compile(
    rf"{_AR_WORD_START}(?:و|ف)?(?:{'|'.join(_loose(v) for v in AR_CONDEMNING_VERBS)})(?:ت|وا)?(?!\w)"
)


def _condemner(sentence: str) -> str:
    """Arabic: the subject of the last verb of condemning in *sentence*, the words up to
    its object («أدان وزير الداخلية X الهجوم بشدة»: up to «الهجوم», AR_CONDEMNED_NOUNS);
    "" when no such object ends it."""
    matches = list(_AR_CONDEMNING_RE.finditer(sentence))
    if not matches:
        return ""
    verb = matches[-1].group(0)
    words = _words(sentence[matches[-1].end() :])
    for i, word in enumerate(words[1:], 1):
        if _condemned_object(verb, word):
            return " ".join(words[:i])
    return ""


def _caller(rest: str) -> str:
    """The subject of an Arabic call in the words between its verb and «إلى»/«بـ», before
    the call's object: a head noun (AR_HEAD_NOUNS) that no head noun governs opens the
    object («دعت طهران حركة طالبان إلى ...» is Tehran's call to the Taliban; «دعا زعيم
    حركة ...» is the movement's leader's)."""
    words = _words(rest)
    for i in range(1, len(words)):
        if fold_word(words[i]) in _AR_HEADS and fold_word(words[i - 1]) not in _AR_HEADS:
            return " ".join(words[:i])
    return rest


# «أما X فأكدت أن»: «as for X», X the subject of the verb «ف» joins to it (never a
# preposition's object nor a time: «أما عن X فقال», «أما الآن فقال»).  Folded.
AR_TOPIC_PREPOSITIONS = (
    "عن", "في", "على", "من", "إلى", "الى", "حول", "بالنسبة", "بخصوص", "بشأن", "فيما",
    "لدى", "مع", "بعد", "قبل", "الآن", "اليوم", "أمس", "امس", "هنا", "هناك", "حاليا",
)  # fmt: skip
_AR_TOPIC_PREPOSITIONS = frozenset(fold(w) for w in AR_TOPIC_PREPOSITIONS)
# (a «،» may set the topic off: «أما X، فقال»)
_AR_TOPIC_RE = re.compile(r"(?<!\w)و?[أا]ما\s+(?P<topic>[^.!?؟:،,\n\"«»“”]{2,80}?)\s*[،,]?\s*$")


def _ar_topic(tail: str) -> re.Match[str] | None:
    """«أما X» ending *tail*, X no preposition's object nor a time."""
    match = _AR_TOPIC_RE.search(tail)
    first = fold_word(match.group("topic").split()[0]) if match else ""
    if not match or first in _AR_TOPIC_PREPOSITIONS or _ar_adverbial(first):
        return None
    return match


def _ar_topic_verb(paragraph: str, verb: str, verb_start: int) -> bool:
    """*verb* joined by «ف» to a topic «أما X» right before it: X is its subject when
    none follows the verb («أما الآن فقال الوزير»)."""
    return verb.startswith("ف") and _ar_topic(paragraph[:verb_start]) is not None


def _ar_found(
    paragraph: str, verb: str, verb_start: int, rest: str, start: int, that: bool
) -> _Found:
    word = _ar_bare(verb)
    # after a verb with its preposition («عبرت عن», «أشار إلى») come its objects
    # («مخاوفها»), not its subject; «جاء في» names its source there
    governed = len(verb.split()) > 1 and word != _JAA
    return _Found(
        clause_start=0,
        verb_start=verb_start,
        colon_end=start,
        subject="" if governed else rest.strip(),
        plural=word.endswith(fold("وا")) and word[:-2] in _AR_KNOWN,
        conjoined=word != fold_word(verb.split()[0])
        and not (not rest.strip() and _ar_topic_verb(paragraph, verb, verb_start)),
        that=that,
        feminine=_ar_feminine(verb),
        participle=word in _AR_PARTICIPLES,
        by_saying=word in _BY_SAYING,
    )


def _trailing(paragraph: str, lang: str) -> list[_Found]:
    """Statements whose quotation comes first and speaker after (see TRAILING_VERBS)."""
    regex = _TRAILING.get(lang)
    found = _ar_postposed(paragraph) if lang == "ar" else []
    for match in regex.finditer(paragraph) if regex else ():
        verb = "verb" if match.group("verb") else "verb2"
        who = match.group("who") if verb == "verb" else match.group("who2")
        start = match.start("mark")
        found.append(
            _Found(
                clause_start=start,
                verb_start=match.start(verb),
                colon_end=start,
                subject=who.strip(),
                plural=False,
                conjoined=True,
                that=False,
                feminine=lang == "ar" and _ar_feminine(match.group(verb)),
                clause="trailing",
            )
        )
    return found


def _introducers(paragraph: str, lang: str) -> list[_Found]:
    if lang == "ar":
        return _ar_introducers(paragraph)
    pattern = _PATTERNS[lang]
    found: list[_Found] = []
    floor = _fa_dateline_end(paragraph) if lang == "fa" else 0
    for match in pattern.finditer(paragraph):
        groups = match.groupdict()
        verb_start, rest = match.start(), groups.get("rest") or ""
        if groups.get("that") and _fa_object_before(
            paragraph, match, _sentence_start(paragraph, verb_start, floor)
        ):
            continue
        if lang == "fa" and _fa_predicative(paragraph, match):
            continue
        if groups.get("elliptic") and (
            groups.get("bare") is None
            or "".join(fold(groups["verb"]).split()) not in _FA_ELLIPTIC_VERBS
            or _first_word(paragraph[match.end() :]) in _FA_AUXILIARIES
        ):
            continue
        clause_start = _sentence_start(paragraph, verb_start, floor)
        if groups.get("bare") is not None and not _fa_bare_speech(paragraph, match, clause_start):
            continue
        if groups.get("mark") and not _fa_marked_speech(paragraph, match, clause_start):
            continue
        plural = any(groups.get(g) for g in ("plural", "perfect_plural", "past_plural"))
        plural = plural or "".join(fold(groups["verb"]).split()) in _FA_PLURAL_VERBS
        found.append(
            _Found(
                clause_start=clause_start,
                verb_start=verb_start,
                colon_end=match.end(),
                subject=rest.strip(),
                plural=plural,
                conjoined=False,
                that=bool(groups.get("that"))
                or groups.get("bare") is not None
                or (not groups.get("mark") and not match.group(0).rstrip().endswith(":")),
                # «X گفتند: Y ضروری است و تأکید کردند که Z»: in the sentence of the
                # statement before, joined to it by «و», the verb goes on with its speaker
                # (reported speech, «که», of the same number: «و گفت: …» after a
                # statement may open a person's words the statement relays)
                continues=lang == "fa"
                and bool(groups.get("that"))
                and 0 < floor == clause_start
                and bool(found)
                and found[-1].plural == plural
                and bool(_FA_AND_BEFORE_VERB_RE.search(paragraph[floor:verb_start])),
                resumes=lang == "fa"
                and 0 < floor == clause_start
                and bool(found)
                and found[-1].that
                and found[-1].plural == plural
                and bool(_FA_AND_RE.search(paragraph[floor:verb_start])),
            )
        )
        floor = match.end()
    found.extend(_trailing(paragraph, lang))
    if lang == "fa":
        found.extend(
            document
            for document in _fa_documents(paragraph)
            if not any(document.verb_start <= f.verb_start < document.colon_end for f in found)
        )
        for according in _fa_according(paragraph, _fa_dateline_end(paragraph)):
            end = _sentence_end(paragraph, according.colon_end)
            stop = end.end() if end else len(paragraph)
            if not any(according.verb_start <= f.verb_start < stop for f in found):
                found.append(according)
    return sorted(found, key=lambda f: (f.verb_start, f.colon_end))


# Persian: a document's words, «در بیانیه … آمده است:», «در این گزارش آمده است که …»,
# «در حکم دادگاه آمده است «…»»: spoken by the issuer named with the document (after the
# noun, «بیانیه وزارت خارجه», or «از سوی X»/«از طرف X») when it is a known actor or a
# body's name (BODY_HEADS), else by no one (not the last speaker: «در این بیانیه» points
# back to a document, not a person).
FA_DOCUMENTS = (
    "بیانیه",
    "گزارش",
    "حکم",
    "نامه",
    "پیام",
    "اطلاعیه",
    "اعلامیه",
    "خبرنامه",
    "متن",
    "قطعنامه",
    "سند",
    "توافقنامه",
    "توافق‌نامه",
)
_FA_DOCUMENT_RE = re.compile(
    r"(?<![\w\u200c])در\s+(?:(?:این|آن)\s+)?(?P<doc>"
    + "|".join(_loose(w) for w in sorted(FA_DOCUMENTS, key=len, reverse=True))
    + r")(?P<rest>[^.!?؟:«»“”\"\n]{0,150}?)\s*،?\s*"
    + _loose("آمده است")
    + r"(?:\s*[:؛]\s*|\s+(?P<that>[کك]ه)(?![\w\u200c])\s*(?::\s*)?|\s*(?=[«“\"]))"
)
# Who issued a document named before «آمده است»: «از سوی X», «از طرف X», up to the verb
# («… منتشر شد»).  An outlet there only published it («از سوی خبرگزاری رسمی عربستان
# منتشر شده»): no issuer.
_FA_ISSUED_BY_RE = re.compile(
    r"(?<!\w)از\s+(?:سوی|طرف)\s+(?P<who>.+?)"
    r"(?:\s+(?:منتشر|صادر|اعلام|ارائه|تهیه|امضا|تنظیم|پخش)|$)"
)
FA_OUTLET_HEADS = ("خبرگزاری", "روزنامه", "پایگاه", "تارنمای", "شبکه", "رسانه", "رسانه‌های",
                   "سایت", "وبسایت", "وب‌سایت")  # fmt: skip
_FA_OUTLET_HEADS = frozenset(fold_word(w) for w in FA_OUTLET_HEADS)


def _fa_documents(paragraph: str) -> list[_Found]:
    """Persian statements of a document (``_FA_DOCUMENT_RE``), its issuer as the subject."""
    found = []
    for match in _FA_DOCUMENT_RE.finditer(paragraph):
        rest = match.group("rest")
        issued = _FA_ISSUED_BY_RE.search(rest)
        if issued:
            issuer = _cut(issued.group("who"), "fa")
            issuer = "" if _first_word(issuer) in _FA_OUTLET_HEADS else issuer
        elif rest[:1].isspace() and not match.group(0).startswith(("در این", "در آن")):
            issuer = _cut(rest, "fa")  # the genitive: «بیانیه وزارت خارجه پاکستان»
        else:
            issuer = ""  # «بیانیه‌ای که …», «این گزارش»
        found.append(
            _Found(
                clause_start=match.start(),
                verb_start=match.start(),
                colon_end=match.end(),
                subject=issuer,
                plural=False,
                conjoined=True,
                that=match.group("that") is not None,
                document=True,
            )
        )
    return found


# Persian «به گفته X، Y.» opening a sentence: Y is X's statement, reported, when X names
# someone (a person, a body, «وی» for the last speaker), never anonymous sources or a part
# of some («به گفته منابع …», «به گفته برخی …», «به گفته یکی از مقام‌ها …»: no statement
# is taken), and when no verb of saying in Y has a speaker of its own.
_FA_ACCORDING_RE = re.compile(
    r"(?<![\w\u200c])به\s+گفت(?:ه\u200c?ی|ه\u0654|ۀ|ه)(?![\w\u200c])\s*"
    r"(?P<who>[^،,.!?؟:؛«»\n]{1,80}?)\s*[،,]\s*(?=\S)"
)
FA_ANONYMOUS = (
    "منابع", "منبع", "برخی", "بعضی", "بسیاری", "شماری", "تعدادی", "عده‌ای", "یکی", "یک",
    "شاهدان", "شاهد", "کارشناسان", "ناظران", "تحلیلگران", "مقامات", "مقام‌ها", "مسئولان",
    "ساکنان", "اهالی", "مردم", "گزارش‌ها", "گزارش", "رسانه‌ها", "کسانی", "افرادی",
)  # fmt: skip
_FA_ANONYMOUS = frozenset(fold_word(w) for w in FA_ANONYMOUS)
FA_ACCORDING_WORDS = 8  # a longer «X» is a clause, not who said it


def _fa_anonymous(who: str) -> bool:
    """Persian: whether *who* opens with a word of FA_ANONYMOUS, bare or made indefinite
    («منابعی», «مقاماتی»)."""
    first = _first_word(who)
    return first in _FA_ANONYMOUS or (first.endswith("ی") and first[:-1] in _FA_ANONYMOUS)


# «به گفته X، خبرنگار پاکستانی که … دنبال می‌کند، …»: a profession and a relative clause
# set off by «،» after the name describe the speaker; the words start after them.
FA_DESCRIBED_POSTS = ("خبرنگار", "روزنامه‌نگار", "کارشناس", "تحلیلگر", "فعال", "نویسنده",
                      "پژوهشگر", "استاد")  # fmt: skip
FA_DESCRIPTION_WORDS = 16
_FA_DESCRIPTION_RE = re.compile(
    r"\s*"
    + loose_any(FA_DESCRIBED_POSTS)
    + rf"(?![\w\u200c])(?:\s+[^\s،,.!?؟:«»]+){{0,{FA_DESCRIPTION_WORDS}}}?"
    + r"\s+[کك]ه(?![\w\u200c])[^،,.!?؟:«»]*،\s*"
)


def _fa_according(paragraph: str, floor: int) -> list[_Found]:
    """Persian statements opened by «به گفته X،» (``_FA_ACCORDING_RE``), after a
    description of X set off by «،» (``_FA_DESCRIPTION_RE``)."""
    found = []
    for match in _FA_ACCORDING_RE.finditer(paragraph):
        start = _sentence_start(paragraph, match.start(), floor)
        if paragraph[start : match.start()].strip() not in ("", "و", "همچنین"):
            continue
        words = [fold_word(w) for w in _words(match.group("who"))]
        named = [w for w in words if w not in _FA_DEMONSTRATIVES]
        if not named or len(words) > FA_ACCORDING_WORDS or named[0] in _FA_ANONYMOUS:
            continue
        described = _FA_DESCRIPTION_RE.match(paragraph, match.end())
        found.append(
            _Found(
                clause_start=match.start(),
                verb_start=match.start(),
                colon_end=described.end() if described else match.end(),
                subject=match.group("who"),
                plural=False,
                conjoined=False,
                that=True,
                according=True,
            )
        )
    return found


# Persian verbs whose «که» after them opens a relative clause on their object, not what
# was said: «از راه‌اندازی بخش عربی خبر داد که در کنار …» (the news is the «از» phrase).
FA_OBJECT_VERBS = ("خبر داد",)
_FA_OBJECT_VERBS = frozenset(fold(v).replace(" ", "") for v in FA_OBJECT_VERBS)
_RA = fold_word("را")
_FROM = fold_word("از")


# Persian reported speech with no «که»: «ارتش پاکستان اعلام کرد طی ۲۴ ساعت …»,
# «سخنگوی وزارت خارجه گفت، دولت …»: only after these verbs (folded, without spaces), in a
# sentence whose clause before the verb is a plain subject (no «که» of a relative or of
# «همانطور که», no «آنچه», «وقتی», «اگر», «پس از»: "as X said", "what X said", "when X
# said"), and when what follows is a clause of its own that asks nothing («گفت و گو»,
# «اعلام کرد اما …» are not).
FA_BARE_VERBS = ("گفت", "افزود", "اعلام کرد", "می گوید", "می افزاید", "هشدار داد",
                 "می گویند", "تاکید کرد")  # fmt: skip
# ... and these, only when what follows is a whole sentence: it ends, with its mark or
# the paragraph, on a verb's last letter (FA_VERB_LAST_LETTERS: «وی اظهار داشت این خط
# لوله … انتقال خواهد داد.»).
FA_BARE_SENTENCE_VERBS = ("اظهار داشت", "اظهار کرد")
_FA_BARE_SENTENCE_VERBS = frozenset("".join(fold(v).split()) for v in FA_BARE_SENTENCE_VERBS)
_FA_BARE_VERBS = frozenset("".join(fold(v).split()) for v in FA_BARE_VERBS)
# ... but not after the preposition these verbs take their object with: «وزیر بر لزوم
# همکاری تاکید کرد، همکاری‌ای که …» stressed the object, not the clause after it.
FA_BARE_OBJECTS = {"تاکید کرد": ("بر", "روی")}
_FA_BARE_OBJECTS = {
    "".join(fold(v).split()): frozenset(fold_word(w) for w in words)
    for v, words in FA_BARE_OBJECTS.items()
}
# Verbs whose perfect is written with no «است» before a reported clause with no «که»
# («اعلام کرده هشدار سیل …»); never «گفته», which is also the noun («به گفته X»,
# «گفته‌های وی»).
FA_ELLIPTIC_VERBS = ("اعلام کرد", "هشدار داد")
_FA_ELLIPTIC_VERBS = frozenset("".join(fold(v).split()) for v in FA_ELLIPTIC_VERBS)
# ... but not before the auxiliary that makes it a perfect of its own or a passive
# («هشدار داده است و …», «هشدار داده شده که …»).
FA_AUXILIARIES = ("است", "اند", "بود", "بودند", "شد", "شده", "شدند", "می‌شود", "می‌شوند")
_FA_AUXILIARIES = frozenset(fold_word(w) for w in FA_AUXILIARIES)
# Verbs whose object marked «را» is the one addressed, not a noun a «که» clause describes:
# «اسلام‌آباد را تهدید کرد که …» threatens Islamabad with what follows.
FA_ADDRESSEE_VERBS = ("تهدید کرد",)
_FA_ADDRESSEE_VERBS = frozenset("".join(fold(v).split()) for v in FA_ADDRESSEE_VERBS)
FA_BARE_NOT_BEFORE = (
    "که", "اینکه", "آنکه", "چنانکه", "همانطورکه", "همانگونهکه", "وقتی", "هنگامی", "زمانی",
    "اگر", "چون", "چرا", "آیا", "پس", "قبل", "بعد", "پیش", "هرچند", "اگرچه", "تا", "همانطور",
    "آنچه", "هرچه", "چه",
)  # fmt: skip
_FA_BARE_NOT_BEFORE = frozenset(fold_word(w) for w in FA_BARE_NOT_BEFORE)
FA_BARE_NOT_FIRST = (
    "و", "اما", "ولی", "لیکن", "بلکه", "زیرا", "چون", "تا", "سپس", "را", "که", "بدون",
    "بی", "بیآنکه", "ضمن", "درحالیکه", "درحالی", "حال", "هرچند", "اگرچه",
)  # fmt: skip
_FA_BARE_NOT_FIRST = frozenset(fold_word(w) for w in FA_BARE_NOT_FIRST)
# «گفت وگوهای …», «گفت و شنود»: the noun "talks", no verb
_FA_TALKS_RE = re.compile(r"^(?:و\s*)?(?:گو|شنود)")
# «می‌»/«نمی‌» right before the verb: another tense of it («می‌گفت»), not the verb.
_FA_PROGRESSIVE_RE = re.compile(r"(?<!\w)ن?می[\s\u200c]*$")
FA_BARE_MIN_WORDS = 4


# Persian «گفتن» with an object marked «را» and a predicate between them: «آن را بر روابط
# دو کشور تاثیرگذار گفته است» ("called it …") characterises, it reports no words.  «این
# را گفت که …» (nothing between), «را به خبرنگاران گفت» (the one addressed) and «را تایید
# کرد و گفت:» (another verb's object) say.
FA_PREDICATIVE_VERBS = ("گفت",)
_FA_PREDICATIVE_VERBS = frozenset(fold(v).replace(" ", "") for v in FA_PREDICATIVE_VERBS)
FA_PREDICATE_WORDS = 5  # at most this many words of the predicate between «را» and the verb
FA_ADDRESSED = ("به", "برای", "با")
_FA_ADDRESSED = frozenset(fold_word(w) for w in FA_ADDRESSED)
_AND = fold_word("و")
_FA_CLAUSE_MARK_RE = re.compile(r"[،,.!?؟:؛«»\"“”]")


def _fa_predicative(paragraph: str, match: re.Match[str]) -> bool:
    """Is this Persian verb «گفت» a predicative use, «X را [predicate] گفته است»
    (FA_PREDICATIVE_VERBS)?"""
    if "".join(fold(match.group("verb")).split()) not in _FA_PREDICATIVE_VERBS:
        return False
    before = paragraph[max(0, match.start() - 200) : match.start()]
    marks = list(_FA_CLAUSE_MARK_RE.finditer(before))
    words = [fold_word(w) for w in _words(before[marks[-1].end() if marks else 0 :])]
    if _RA not in words:
        return False
    between = words[len(words) - words[::-1].index(_RA) :]
    return (
        0 < len(between) <= FA_PREDICATE_WORDS
        and between[0] not in _FA_ADDRESSED
        and _AND not in between
    )


def _fa_bare_speech(paragraph: str, match: re.Match[str], clause_start: int) -> bool:
    """Does this Persian verb with no colon and no «که» open reported speech
    (``FA_BARE_VERBS``)?"""
    verb = "".join(fold(match.group("verb")).split())
    if verb not in _FA_BARE_VERBS | _FA_BARE_SENTENCE_VERBS:
        return False
    if _fa_object_before(paragraph, match):
        return False
    if _FA_PROGRESSIVE_RE.search(paragraph, clause_start, match.start()):
        return False  # «سخن می‌گفت، …»: "was speaking", the past's progressive
    before = _fa_past_relative(paragraph[clause_start : match.start()])
    words = [fold_word(w) for w in before.split()]
    pairs = {a + b for a, b in itertools.pairwise(words)}  # «هر چند», «همانطور که»
    if (set(words) | pairs) & (_FA_BARE_NOT_BEFORE | _FA_BARE_OBJECTS.get(verb, frozenset())):
        return False
    end = next(sentence_ends(paragraph, _SENTENCE_END_RE, match.end()), None)
    after = paragraph[match.end() : end.start() + 1 if end else len(paragraph)].strip()
    words = after.split()
    if verb in _FA_BARE_SENTENCE_VERBS and not (
        words and fold_word(words[-1].rstrip(".!")).endswith(_FA_VERB_LAST_LETTERS)
    ):
        return False
    return (
        len(words) >= FA_BARE_MIN_WORDS
        and fold_word(words[0]) not in _FA_BARE_NOT_FIRST
        and " ".join(fold_word(w) for w in words[:2]) not in ("در حالی", "در حالیکه")
        and not _FA_TALKS_RE.match(fold(after))
        and not after.endswith(("؟", "?"))
    )


# Persian verbs of saying a quotation may follow with no colon («او افزوده است "در موضوع
# بازگشت مهاجران، همکاری‌هایی صورت گرفته …"»), in a clause whose subject is plain (as
# ``FA_BARE_VERBS``), when the quotation closes and holds a sentence (FA_MARK_MIN_WORDS
# words or more, not a quoted name: «اعلام کرد «ناتو» …»).
FA_MARK_VERBS = ("گفت", "افزود", "اظهار داشت", "اظهار کرد", "تاکید کرد", "تصریح کرد",
                 "ادامه داد", "اضافه کرد", "می گوید", "می افزاید")  # fmt: skip
_FA_MARK_VERBS = frozenset("".join(fold(v).split()) for v in FA_MARK_VERBS)
FA_MARK_MIN_WORDS = 4


def _fa_marked_speech(paragraph: str, match: re.Match[str], clause_start: int) -> bool:
    """Does this Persian verb open the quotation right after it (FA_MARK_VERBS)?"""
    verb = "".join(fold(match.group("verb")).split())
    if verb not in _FA_MARK_VERBS:
        return False
    if _FA_PROGRESSIVE_RE.search(paragraph, clause_start, match.start()):
        return False
    before = _fa_past_relative(paragraph[clause_start : match.start()])
    words = [fold_word(w) for w in before.split()]
    pairs = {a + b for a, b in itertools.pairwise(words)}
    if (set(words) | pairs) & _FA_BARE_NOT_BEFORE or before.count('"') % 2:
        return False  # (an odd «"» before: the marks are not paired as written)
    opening = match.start("mark")
    close = _closing_mark(paragraph, paragraph[opening], opening + 1)
    return close > 0 and len(_words(paragraph[opening + 1 : close])) >= FA_MARK_MIN_WORDS


def _fa_past_relative(clause: str) -> str:
    """Persian: the words before a verb with a relative clause on its subject left out,
    when that clause opens with «که» right after a noun phrase and is closed by «،»
    («عبدالقدیر خان، دانشمند …، که متهم به … است، اعلام کرد …», «این دانشمند که …
    شناخته می‌شود، روز شنبه اعلام کرد …»): its «که» is no sign that the verb is in a
    clause of its own.  *clause* as it is otherwise, a «که» opening it, after an
    adverbial («در حالی که») or a word of FA_BARE_NOT_BEFORE («وقتی که») included."""
    words = clause.split()
    folded = [fold_word(w).strip("،,") for w in words]
    if _THAT not in folded:
        return clause
    at = folded.index(_THAT)
    head = folded[:at]
    if not head or head[0] in _ADVERBIALS["fa"] or set(head) & _FA_BARE_NOT_BEFORE:
        return clause
    rest = " ".join(words[at:])
    comma = rest.rfind("،")
    if comma < 0:
        return clause
    return " ".join([*words[:at], rest[comma + 1 :].strip()])


def _fa_object_before(paragraph: str, match: re.Match[str], clause_start: int = -1) -> bool:
    """Is the «که» after this Persian verb a relative clause on its object: a verb that
    takes its news as an object («از سفر وزیر خبر داد که …»), or an object marked «را»
    right before the verb («این موضوع را اعلام کرد که …»)?  With *clause_start* given,
    such a verb with no «از» in its clause before it («X روز جمعه خبر داد که …») has no
    object the «که» could describe: it opens what was told."""
    verb = "".join(fold(match.group("verb")).split())
    if verb in _FA_OBJECT_VERBS and clause_start >= 0:
        words = {fold_word(w) for w in _words(paragraph[clause_start : match.start()])}
        if _FROM not in words:
            return False
    return verb in _FA_OBJECT_VERBS or (
        _word_before(paragraph, match.start()) == _RA and verb not in _FA_ADDRESSEE_VERBS
    )


def _closing_mark(text: str, mark: str, start: int) -> int:
    """Where the quotation opened by *mark* before *start* closes in *text*, -1 if it does
    not.  The next straight «"» closes it unless glued to the word after it: that one
    opens another quotation («مضيفًا أن "باقي», «ب"البلد الصديق»), and the marks do not
    pair (-1: the caller falls back to the sentence).  A mark that differs from its
    closing one is balanced: a quotation inside the quotation («… شعار «تشکر» سر داده
    شد.») closes before it does."""
    closing = OPEN_MARKS[mark]
    if closing != mark:
        depth = 0
        for pos in range(start, len(text)):
            if text[pos] == mark:
                depth += 1
            elif text[pos] == closing:
                if not depth:
                    return pos
                depth -= 1
        return -1
    close = text.find(closing, start)
    if mark == '"' and close >= 0 and text[close + 1 : close + 2].isalnum():
        return -1
    return close


# Persian conjunctions that open a clause with a subject of its own («اعلام کرد که A اما
# یکی از قضات اظهار داشت: B»): reported words end before one, «،» or not.
FA_BUT = ("اما", "ولی", "لیکن", "ولیکن")
_FA_BUT_RE = re.compile(r"(?<![\w\u200c])(?:" + "|".join(FA_BUT) + r")(?![\w\u200c])")


def _statement_end(paragraph: str, intro: _Found, following: _Found | None, lang: str = "") -> int:
    """Where the statement *intro* opens may end: where the next statement's sentence
    starts; when both are in one sentence («قد أكد أن ...، وشدد ... أن»), the last «،»
    (or Persian «اما», FA_BUT) before the next verb (or that verb), a Persian «،» before
    an office in apposition no end (``_fa_apposition_comma``); a quotation that opens the
    statement is read to its closing mark whatever follows («إن "..."، في إشارة ...، لأنه يرى أنها»)."""
    if following is None:
        return len(paragraph)
    end = following.clause_start
    if end <= intro.colon_end:
        commas = [
            m.start()
            for m in _COMMA_RE.finditer(paragraph, intro.colon_end, following.verb_start)
            if not (lang == "fa" and _fa_apposition_comma(paragraph, m.start(), following))
        ]
        comma = max(
            [
                -1,
                *commas,
                *(
                    m.start()
                    for m in _FA_BUT_RE.finditer(paragraph, intro.colon_end, following.verb_start)
                    if lang == "fa"
                ),
            ]
        )
        end = comma if comma > intro.colon_end else following.verb_start
    opening = paragraph[intro.colon_end :].lstrip()
    if opening[:1] in OPEN_MARKS:
        start = len(paragraph) - len(opening)
        close = _closing_mark(paragraph, opening[0], start + 1)
        if close > 0:
            end = max(end, close + 1)
    return end


_COMMA_RE = re.compile(r"[،,]")
_FA_JOINED_VERB_RE = re.compile(r"(?<![\w\u200c])و\s*$")


def _fa_apposition_comma(paragraph: str, comma: int, following: _Found) -> bool:
    """Persian: whether the «،» at *comma* only sets a name's office after it, in
    apposition («در گفتگو با امیرخان متقی، وزیر خارجه افغانستان با مردم … ابراز همدردی
    کرده و گفته است که»), not the end of a statement: an office word (FA_OFFICE_WORDS)
    follows it, and the next verb of saying is joined by «و» to the verb before it, so
    no new subject opens after the «،»."""
    after = _words(paragraph[comma + 1 : following.verb_start])
    if not after or fold_word(after[0]) not in _FA_OFFICES:
        return False
    return bool(_FA_JOINED_VERB_RE.search(paragraph, comma, following.verb_start))


def _fronted(paragraph: str, intro: _Found) -> bool:
    """Arabic: whether *intro*'s verb is in a «فيما»/«بينما» or time clause that opens
    its sentence («وفيما أعلن الحزب أنه ...، نفى خان ...»): the main clause follows the
    statement in the same sentence."""
    if intro.clause != "time":
        return False
    words = _words(paragraph[intro.clause_start : intro.verb_start])
    return len(words) == 1 and fold_word(words[0]) in _WHILE_CLAUSES | _TIME_CLAUSES


def _fronted_end(paragraph: str, intro: _Found, end: int) -> int | None:
    """Where the statement of a fronted clause (``_fronted``) ends: at the first «،» of
    its sentence or the first verb of saying or denial («نفى خان ...», «قال ...») before
    it, where the main clause begins, or at *end* when the next statement starts in the
    sentence.  With none of these, a «فيما»/«بينما» with no «و» («فيما ذكرت الهيئة أن
    الزلزال حدث على عمق 20 كيلومترا.») goes on from the sentence before, with no main
    clause: the sentence's end; after «وفيما» the main clause may follow with no mark,
    so None (where the words end is not known)."""
    stop = _sentence_end(paragraph, intro.colon_end)
    limit = stop.start() if stop else len(paragraph)
    found = [
        m.start()
        for m in (
            _COMMA_RE.search(paragraph, intro.colon_end, limit),
            _AR_VERB_RE.search(paragraph, intro.colon_end, limit),
        )
        if m
    ]
    if end < limit:
        found.append(end)
    if found:
        return min(found)
    opening = _first_word(paragraph[intro.clause_start : intro.verb_start])
    return limit if opening in _WHILE_ON else None


def _quoted_whole(paragraph: str, start: int) -> bool:
    """Whether the words from *start* open with a quotation mark that closes."""
    opening = paragraph[start:].lstrip()
    offset = len(paragraph) - len(opening)
    return opening[:1] in OPEN_MARKS and _closing_mark(paragraph, opening[0], offset + 1) > 0


def _whole_quotation(text: str) -> str:
    """Reported speech that opens with a quotation of ``MIN_QUOTE_WORDS`` words or more,
    closed before a «،» or the end of the sentence: the quotation is the statement, what
    follows is the writer's («إن "جماعة مارقة أعلنت مسؤوليتها"، في إشارة إلى ...»)."""
    if text[:1] not in OPEN_MARKS:
        return ""
    close = text.find(OPEN_MARKS[text[0]], 1)
    after = text[close + 1 :].lstrip() if close > 0 else "-"
    quoted = text[1:close] if close > 0 else ""
    if len(_words(quoted)) < MIN_QUOTE_WORDS or (after and after[0] not in "،,.!?؟"):
        return ""
    return quoted.strip(_STRIP_MARKS)


# A conjunction the words end on when the next statement's sentence goes on with the same
# subject («... نخواهد کرد و افزود: ...», «... وقال إن ...»): the joiner, not the words.
_TRAILING_AND_RE = re.compile(r"[\s،,]+و$")


# A complement, maybe with a pronoun ending, opening the words («أنه», «إن», «بأنها»).
_AR_PARTICLE_LEAD_RE = re.compile(r"(?:ف?[إأا]ن|ب[أا]ن)(?P<pronoun>ه|ها|هم|هما|نا|ني)?\s+")
# Words that open a verb's clause after a complement's pronoun («إنها "تدين ..."», «انهم
# "كانوا ..."»): the pronoun is its subject and stays with the words.  An imperfect verb
# is told by its prefix.
AR_VERB_OPENERS = ("كان", "كانت", "كانوا", "قد", "لم", "لن", "لا", "ليس", "ليست", "ما")
_VERB_OPENERS = frozenset(fold_word(w) for w in AR_VERB_OPENERS)


def _pronoun_subject(quoted: str) -> bool:
    """Whether the words of a quotation after «إنه»/«أنها» open with a verb, the pronoun
    its subject: an imperfect («تدين», «يدافع», «سنترك») or a word of AR_VERB_OPENERS."""
    words = _words(quoted)
    first = words[0].strip(_STRIP_MARKS) if words else ""
    return fold_word(first) in _VERB_OPENERS or first[:1] in "يتنأس"


def _quote_text(paragraph: str, start: int, end: int, that: bool) -> str:
    text = _TRAILING_AND_RE.sub("", paragraph[start:end].strip())
    particle = _AR_PARTICLE_LEAD_RE.match(text)
    if particle and text[particle.end() :][:1] in OPEN_MARKS:
        # «أنه «هجوم طائفي ...»», «: إن "وفدا ..."»: the particle outside a quotation that is
        # the whole statement is no part of the words
        rest = text[particle.end() :]
        inner = rest.rstrip(".،,!؟? ")
        whole = inner[-1:] == OPEN_MARKS[rest[0]] and OPEN_MARKS[rest[0]] not in inner[1:-1]
        if whole and not (particle.group("pronoun") and _pronoun_subject(inner[1:-1])):
            return inner[1:-1].strip()
    if that:
        quoted = _whole_quotation(text)
        if quoted:
            return quoted
        stop = _sentence_end(text)
        text = text[: stop.start() + 1] if stop else text
        # «إن "..."». : the quotation is the whole statement, its full stop outside it
        inner = text.rstrip(".،,!؟?")[1:-1]
        if (
            text[:1] in OPEN_MARKS
            and text.rstrip(".،,!؟?")[-1:] == OPEN_MARKS[text[0]]
            and (OPEN_MARKS[text[0]] not in inner)
        ):
            text = inner
        elif text[:1] in OPEN_MARKS and OPEN_MARKS[text[0]] in text[1:]:
            return text.strip()  # «عن "تحييد" 1614 إرهابيا»: a quoted word opens it, kept whole
    elif text[:1] in OPEN_MARKS:
        close = _closing_mark(text, text[0], 1)
        if close > 0:
            text = text[1:close].rstrip(",،")  # «“...,” Larijani said.»: the comma is his
        else:
            # a quotation never closed: its sentence («: "نحن لا نريد ... الجارة. ووصف ...»)
            stop = _sentence_end(text)
            text = text[: stop.start() + 1] if stop else text
    stripped = _without_stray_close(text.strip(_STRIP_MARKS))
    # a quotation that closes the words keeps its mark when it opened inside them
    # («أن العلاقات “بالغة الأهمية”، واصفا …» cut before the participle)
    end = text.rstrip(" \t")
    opening = next((m for m, c in OPEN_MARKS.items() if c == end[-1:]), "") if end else ""
    if not opening:
        unclosed = False
    elif opening == end[-1]:
        unclosed = stripped.count(opening) % 2 == 1  # a straight «"»
    else:
        unclosed = stripped.count(opening) > stripped.count(end[-1])
    if unclosed:
        stripped += end[-1]
    return stripped


# Closing marks and the marks they close (a straight «"» closes itself).
_CLOSERS = {c: o for o, c in OPEN_MARKS.items()}
# Words at the start of a statement in which a mark closing no quotation is a stray one.
STRAY_CLOSE_WORDS = NAME_QUOTE_WORDS


def _without_stray_close(text: str) -> str:
    """*text* without a closing mark glued to one of its first words (STRAY_CLOSE_WORDS)
    that no mark before it opens and that no other mark of the text pairs with («أن جيش
    العدل" المعارض ... أعلن»: the outlet's opening mark is missing); the words' start is
    never taken inside a quotation, so the mark closes nothing of theirs."""
    for match in itertools.islice(_WORD_RE.finditer(text), STRAY_CLOSE_WORDS):
        word = match.group()
        opening = _CLOSERS.get(word[-1])
        if any(m in word[:-1] for m in OPEN_MARKS) or (opening and len(word) < 2):
            return text  # a quotation opens before it
        if not opening:
            continue
        if opening == word[-1]:
            paired = text.count(opening) % 2 == 0
        else:
            paired = text.count(opening) >= text.count(word[-1])
        return text if paired else text[: match.end() - 1] + text[match.end() :]
    return text


def _run_on(text: str) -> int | None:
    """Where Arabic words not in quotation marks run on into a clause of the reporter's
    with no «،» before it: a bare comment clause (AR_BARE_COMMENT_CLAUSES), a setting
    opened by «و» (AR_BARE_SETTING_CLAUSES), a background opened by «حيث» (AR_WHERE_VERBS),
    a concessive
    naming another party's view (AR_CONCESSIVES), or a relative clause whose verb of
    saying has its own subject («على إيران التي حذرت واشنطن من أنها ...»)."""
    cuts = []
    for match in _AR_BARE_COMMENT_RE.finditer(text):
        before = _words(text[: match.start()])
        if before and fold_word(before[-1].strip("،,")) not in _GOVERN_COMMENT:
            cuts.append(match.start())
    for regex in (_AR_CONCESSIVE_RE, _AR_RELATIVE_SAYING_RE, _AR_BARE_SETTING_RE, _AR_WHERE_RE):
        for match in regex.finditer(text):
            if len(_words(text[: match.start()])) >= AR_RUN_ON_MIN_WORDS:
                cuts.append(match.start())
    cuts = [c for c in cuts if not _inside_quotation(text, c)]
    return min(cuts) if cuts else None


def _without_comment(text: str) -> str:
    """Arabic words not in quotation marks up to the reporter's comment clause that
    follows them (AR_COMMENT_CLAUSES, ``_run_on``) or the attribution that ends them
    (AR_ATTRIBUTION_TAILS, AR_SOURCE_TAIL_WORDS), or the reporter's note on how it was told
    (AR_RESERVE_TAILS)."""
    end = _run_on(text)
    for match in _AR_SECOND_SAYING_RE.finditer(text):
        if match.start() and not _inside_quotation(text, match.start()):
            end = match.start() if end is None else min(end, match.start())
            break
    tails = (_AR_TAIL_RE, _AR_SOURCE_TAIL_RE, _AR_RESERVE_TAIL_RE, _AR_ALSO_EVENT_RE)
    for tail in (regex.search(text) for regex in tails):
        if tail and not _inside_quotation(text, tail.start()):
            end = tail.start() if end is None else min(end, tail.start())
    for regex in (_AR_COMMENT_RE, _AR_NARRATION_RE):
        for match in regex.finditer(text):
            if not _inside_quotation(text, match.start()):
                end = match.start() if end is None else min(end, match.start())
                break
    return text if end is None else text[:end].rstrip(" ،,")


# --- speakers ----------------------------------------------------------------------------


# How far back a bare verb or a pronoun finds its speaker: the speaker of a statement in
# this paragraph or the one before.  Further back, a reader can no longer be sure who
# «وأضاف» or «وی» is (precision first: unknown rather than wrong).
SPEAKER_REACH_PARAGRAPHS = 1


@dataclass(slots=True)
class _Speakers:
    """The last named speaker of the article, for pronouns and bare verbs."""

    slug: str = ""
    name: str = ""
    paragraph: int = -SPEAKER_REACH_PARAGRAPHS - 1
    feminine: bool | None = None  # Arabic: the verb's gender when they were named
    body: bool = False  # a body, not a person (``_is_body``)
    either: bool = False  # a gendered verb cannot tell them from their reporter
    # Arabic: a sentence since they last spoke has a verb of saying with a subject of its
    # own («وقال X إن …» that gave no statement): a bare verb after it is not theirs
    crossed: bool = False

    def remember(
        self,
        slug: str,
        name: str,
        paragraph: int,
        feminine: bool | None,
        body: bool = False,
        either: bool = False,
    ) -> None:
        self.slug, self.name, self.paragraph, self.feminine = slug, name, paragraph, feminine
        self.body, self.either = body, either

    def recall(
        self, paragraph: int, feminine: bool | None, person: bool = False
    ) -> tuple[str, str]:
        """The last speaker when certain: named close by, of the verb's gender, a person
        when a personal pronoun points to them (*person*)."""
        if not self.name or paragraph - self.paragraph > SPEAKER_REACH_PARAGRAPHS:
            return "", ""
        if self.crossed:
            return "", ""
        if feminine is not None and self.feminine is not None and feminine != self.feminine:
            return "", ""
        if feminine is not None and self.either:
            return "", ""
        if person and self.body:
            return "", ""
        self.paragraph = paragraph
        return self.slug, self.name


# Words that open the name of a body, never of a person: a personal pronoun («وی», «او»,
# «he») after its statement points to someone its words named («وزارت خارجه … گفته است
# که دهمرده … هشدار داده است … وی افزوده است:»), not to the body; who that is, is not
# known.  Folded.
BODY_HEADS = {
    "fa": (
        "وزارت",
        "وزارتخانه",
        "سازمان",
        "دولت",
        "ارتش",
        "پلیس",
        "پولیس",
        "اداره",
        "دفتر",
        "روابط",
        "شورا",
        "شورای",
        "مجلس",
        "پارلمان",
        "دادگاه",
        "خبرگزاری",
        "روزنامه",
        "پایگاه",
        "تارنمای",
        "شبکه",
        "رسانه",
        "رسانه‌های",
        "رسانه‌ها",
        "منابع",
        "سفارت",
        "سرکنسولگری",
        "کنسولگری",
        "نیروی",
        "نیروهای",
        "سپاه",
        "ستاد",
        "قرارگاه",
        "حزب",
        "گروه",
        "کمیسیون",
        "کمیته",
        "هیئت",
        "هیات",
        "دانشگاه",
        "شرکت",
        "بانک",
        "مرکز",
        "انجمن",
        "اتحادیه",
        "جبهه",
        "جنبش",
        "ائتلاف",
        "کاخ",
        "بیانیه",
    ),
    "en": ("ministry", "government", "army", "police", "office", "embassy", "agency"),
}
_BODY_HEADS = _folded(BODY_HEADS)


def _is_body(slug: str, name: str, lang: str, speaks: Callable[[str, str], bool]) -> bool:
    """Whether a Persian or English speaker is a body, not a person: a known actor that
    is no person, or a name opening with a word of BODY_HEADS."""
    if lang not in _BODY_HEADS:
        return False
    if slug:
        return not speaks("", slug)
    return _first_word(name) in _BODY_HEADS[lang]


_AR_SENTENCE_BREAK_RE = re.compile(r"[.!?؟\n]")


# Words right after a verb of saying that are no subject of it: a preposition's word
# («للصحافيين», «في بيان»), a complement, a time («اليوم», «أمس»); folded.
AR_NOT_SUBJECT_STARTS = ("ل", "في", "عن", "على", "خلال", "إن", "أن", "ان", "بأن", "إنه", "أنه")
AR_NOT_SUBJECT_WORDS = ("اليوم", "أمس", "مساء", "صباح", "لاحقا", "لاحقاً", "أيضا", "أيضاً")
_NOT_SUBJECT_WORDS = frozenset(
    fold_word(w) for w in (*AR_NOT_SUBJECT_STARTS, *AR_NOT_SUBJECT_WORDS)
)
_NOT_SUBJECT_PREFIX = fold_word("ل")


def _other_speaker_between(gap: str) -> bool:
    """Whether a whole Arabic sentence in *gap* opens with a verb of saying followed by a
    subject of its own («وقال محمد عثمان …»): someone else spoke since the last speaker."""
    for part in _AR_SENTENCE_BREAK_RE.split(gap)[:-1]:
        words = _words(part)
        if len(words) < 2 or not _AR_VERB_RE.fullmatch(words[0]):
            continue
        after = fold_word(words[1])
        if not after[:1].isalpha() or after in _NOT_SUBJECT_WORDS:
            continue
        if after.startswith(_NOT_SUBJECT_PREFIX) or _is_pronoun(words[1], "ar"):
            continue
        return True
    return False


def _said_just_before(before: str) -> bool:
    """Whether the Arabic sentence before the one that ends *before* has a verb of
    saying: a verb whose subject is dropped goes on with that speaker, not with one named
    before a sentence about someone else."""
    parts = _AR_SENTENCE_BREAK_RE.split(before)
    previous = [p for p in parts[:-1] if p.strip()]
    return bool(previous) and bool(_AR_VERB_RE.search(previous[-1]) or ":" in previous[-1])


def _ar_feminine_body(who: str) -> bool:
    """Whether Arabic *who* opens with a definite feminine noun («الدائرة», «الوزارة»): a
    bare «وأضاف» (masculine) after «نقلت X عن الدائرة … أن» is not the department's."""
    words = _words(who.strip())
    return bool(words) and words[0].startswith("ال") and words[0].endswith("ة")


def _ar_object_noun(word: str) -> bool:
    """Whether a folded Arabic *word* is a verbal noun of AR_OBJECT_NOUNS, alone or with a
    possessive pronoun («قبوله», «محاولتها»)."""
    if word in _OBJECT_NOUNS:
        return True
    for ending in ("هما", "هم", "ها", "ه"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            if base in _OBJECT_NOUNS or (base.endswith("ت") and base[:-1] + "ه" in _OBJECT_NOUNS):
                return True
    return False


def _ar_object_first(phrase: str) -> bool:
    """Whether the Arabic words after a verb open with its object, not its subject: a
    verbal noun («وأكد استعداد ...», «وأعلن قبوله دعوة ...») or a sender's message
    («دعوة من الرئيس ...», «رسالة من ...»)."""
    words = [fold_word(w).strip("،,") for w in _words(phrase)[:2]]
    if not words:
        return False
    sent = len(words) > 1 and words[0] in _SENT_FROM_NOUNS and words[1] == fold_word("من")
    return _ar_object_noun(words[0]) or sent


# Prepositions that open a verb's object («وأشار إلى الزيارة ...», «وتحدث عن ...»): a
# verb they follow has no subject after it.  As written: «علي» is a name.
AR_OBJECT_PREPOSITIONS = ("إلى", "الى", "على", "عن", "بـ", "ب")


def _preposition_first(verb: str, words: str) -> bool:
    """Whether the Arabic *verb* as matched ends on a preposition («أشار إلى»), or the
    *words* after it open with one (AR_OBJECT_PREPOSITIONS, «بـ» written apart or with
    its stroke: «بـ"ان ..."»): what follows is the verb's object, not its subject."""
    said = _words(verb)
    first = _words(words)[0].strip(_STRIP_MARKS + "،,") if _words(words) else ""
    return (
        (len(said) > 1 and said[-1] in AR_OBJECT_PREPOSITIONS)
        or first in AR_OBJECT_PREPOSITIONS
        or words.lstrip().startswith("بـ")
    )


def _earlier_subject(sentence: str, feminine: bool = False) -> str:
    """Arabic: the subject of the last verb in *sentence* («كتب أمين المجلس ...، وأضاف»);
    a participle has none of its own («...، مشددا على ضرورة ...، كما دعا»: not «ضرورة»),
    nor a verb whose object opens with a preposition («وأشار إلى الزيارة ...، وأكد»:
    not «الزيارة»).  A *feminine* verb goes on with no masculine verb's subject («وأعرب
    الرئيس ...، وأشادت الوزيرة ...، وقالت»: not the president, whose verb is masculine)."""
    matches = [
        m for m in _AR_VERB_RE.finditer(sentence) if _ar_bare(m.group(0)) not in _AR_PARTICIPLES
    ]
    if not matches:
        return ""
    if feminine and not _ar_feminine(matches[-1].group(0)):
        return ""
    words = _drop_fillers(sentence[matches[-1].end() :], "ar")
    if _preposition_first(matches[-1].group(0), words):
        return ""
    if _ar_object_first(words) or _outlet_reports(matches[-1].group(0), words):
        return ""  # an outlet's report names no speaker of what it tells
    return _cut(words, "ar")


_AR_INNA_RE = re.compile(r"(?<!\w)(?:فإن|فان)(?!\w)")
# «خبرا أوردت فيه أن باكستان تقول إنها»: a name of a few words right after «أن» and before
# the verb is its subject (a longer run is a clause of its own: «أن يكون أيضا تكتيكا ...»).
_AR_THAT_SUBJECT_RE = re.compile(r"(?<!\w)(?:إن|أن|ان)\s+(?P<who>(?:\S+\s+){0,2}\S+)\s*$")


def _ar_adverbial(word: str) -> bool:
    """Whether a folded Arabic *word* opens an adverbial, «و» written onto it or not
    («بعد», «وبعد ذلك»)."""
    adverbials = _ADVERBIALS["ar"]
    return word in adverbials or (word[:1] == "و" and word[1:] in adverbials)


def _ar_opens_with_verb(words: list[str]) -> bool:
    """Whether Arabic *words* open with «و» and a verb («وبدأت الجلسات ...»): a sentence
    whose subject follows that verb, so nothing before a later verb is its subject (see
    _ar_verb_first_subject)."""
    first = fold_word(words[0]) if words else ""
    return (
        first[:1] in "وف"
        and len(first) >= 4
        and first not in _WAW_NOUNS
        and first not in _FILLERS["ar"]
        and not _ar_adverbial(first)
    )


def _ar_subject_before(clause: str) -> str:
    """Arabic subject written right before its verb, in the same «،» segment:
    «لاريجاني وصف ...», «وكان وزير العمل قد قال ...», after «فإن» («وبحسب X فإن Y قال»);
    "" when the verb opens its segment, or its segment opens with an adverbial or «و» and
    another verb («وبعد ذلك أعلنت X», «وبدأت الجلسات بكلمات لمسؤولين شددوا»)."""
    segments = _SEGMENT_RE.split(clause) if clause.strip() else [""]
    tail = segments[-1]
    if not tail.strip() and len(segments) > 1 and _ar_topic(segments[-2]):
        tail = segments[-2]  # «أما X، فقال»: the topic set off by «،»
    if ":" in tail:
        return ""  # a label («الطعام: تقول المنظمة ...»), not a subject
    inna = list(_AR_INNA_RE.finditer(tail))
    that = _AR_THAT_SUBJECT_RE.search(tail)
    topic = _ar_topic(tail)
    if topic:
        tail = topic.group("topic")
    elif inna:
        tail = tail[inna[-1].end() :]
    elif that:
        tail = that.group("who")
    words = _words(_drop_fillers(tail, "ar"))
    while words and fold_word(words[-1]) == fold("قد"):
        words.pop()
    if (
        not words
        or _ar_adverbial(fold_word(words[0]))
        or _ar_pronoun(fold_word(words[0]))
        or _ar_opens_with_verb(words)
        or _AR_VERB_RE.search(" ".join(words))
    ):
        return ""
    # «لكن القيادي في الحركة عمران إسماعيل أوضح أن»: the name after the role speaks
    return _name_after_place(" ".join(words)) or _cut(" ".join(words), "ar")


# «وهي جماعة متشددة تقول إسلام آباد إنها ...»: a clause opened by a pronoun describes
# what comes before it; its verb's subject is after the verb.  Folded.
AR_CLAUSE_PRONOUNS = ("هو", "هي", "هم", "هن", "وهو", "وهي", "وهم", "وهن")
_AR_CLAUSE_PRONOUNS = frozenset(fold(w) for w in AR_CLAUSE_PRONOUNS)


def _ar_pronoun(word: str) -> bool:
    """Whether a folded Arabic *word* is a pronoun opening a clause, «و» on it or not."""
    return word in _AR_CLAUSE_PRONOUNS


# Nouns that start with «و» and open a sentence («وزير الخارجية رحب ...»): not «و» + verb.
AR_WAW_NOUNS = ("وزير", "وزيرة", "وزارة", "وكالة", "وفد", "وسائل", "ولي", "والي", "وكيل")
_WAW_NOUNS = frozenset(fold(w) for w in AR_WAW_NOUNS)


def _ar_verb_in(word: str, verbs: frozenset[str]) -> bool:
    """Whether the Arabic *word* is a verb of *verbs* (folded) as written, «و»/«ف» on it or
    not, with the feminine «ت» or the plural «وا» («وحذرت», «انتقدوا»)."""
    folded = fold_word(word)
    for bare in {folded, folded[1:]} if folded[:1] in "وف" else {folded}:
        if bare in verbs or (bare.endswith("ت") and bare[:-1] in verbs):
            return True
        if bare.endswith(fold("وا")) and bare[:-2] in verbs:
            return True
    return False


def _condemned_object(verb: str, noun: str) -> bool:
    """Whether Arabic *noun* right after *verb* is what the verb condemns
    (AR_CONDEMNED_NOUNS after AR_CONDEMNING_VERBS: «أدان الصمت الدولي»), not its subject."""
    word = fold_word(noun).strip("،,")
    bare = word[2:] if word.startswith(fold("ال")) else word
    return _ar_verb_in(verb, _CONDEMNING) and (word in _CONDEMNED or bare in _CONDEMNED)


def _adjunct_segment(segment: str) -> bool:
    """Whether an Arabic «،» segment opens with a preposition or a time the subject is cut
    at («على تويتر», «في تصريح صحفي», «يوم الأحد»), not a participle: an adjunct, its
    verb and subject in the segment before."""
    first = _first_word(segment).strip("،,")
    return first in _CUTS["ar"] and first not in _AR_PARTICIPLES


def _ar_verb_first_subject(clause: str) -> str:
    """Subject of a sentence opened by «و» and a verb of any kind («وانتقد المتحدث ...
    البيان قائلاً:»), before the adjuncts set off by «،» after it; "" when the sentence does not open so (unknown rather than a guess)
    or when the verb's object follows it (``_condemned_object``: the subject unsaid)."""
    segments = [seg for seg in _SEGMENT_RE.split(clause) if seg.strip()]
    while len(segments) > 1 and _adjunct_segment(segments[-1]):
        segments.pop()  # «وغرد X، على تويتر قائلا»: an adjunct set off after the subject
    words = _words(segments[-1]) if segments else []
    if len(words) < 2:
        return ""
    first = fold_word(words[0])
    if first[:1] not in "وف" or len(first) < 4 or first in _WAW_NOUNS:
        return ""
    if _condemned_object(words[0], words[1]) or _outlet_reports(words[0], " ".join(words[1:])):
        return ""
    return _cut(" ".join(words[1:]), "ar")


# Phrases that open a sentence turning to another party («من جهته، رحب X ...»): the
# sentence's verb comes right after them.
AR_TURNS = ("من جهته", "من جهتها", "من جانبه", "من جانبها", "بدوره", "بدورها", "في المقابل")
_TURNS = frozenset(
    " ".join(fold_word(w) for w in (p + t).split()) for t in AR_TURNS for p in ("", "و")
)


def _joined_subject(clause: str, resolve: Callable[[str], str]) -> str:
    """Arabic: the subject of another verb that a verb of saying with none of its own is
    joined to by «و» («وقبلت الوزارة الحكم في بيان وقالت "..."», «من جهته، رحب رئيس
    الوزراء ... بالقرار وقال إنه»): the words after that verb, when *clause* (its segment
    up to the verb of saying) opens with «و» and a verb, or after a turn (AR_TURNS) with
    a word that is no part of a name; "" when the segment holds a verb of saying (its
    subject is found so), opens otherwise, or the verb's object comes first."""
    segments = [seg for seg in _SEGMENT_RE.split(clause) if seg.strip()]
    if not segments or _AR_VERB_RE.search(segments[-1]):
        return ""
    words = _words(_drop_fillers(segments[-1], "ar"))
    if len(words) < 2:
        return ""
    if _ar_opens_with_verb(words):
        rest = " ".join(words[1:])
        if _indefinite_accusative(fold_word(words[1])) or _ar_object_first(rest):
            return ""  # «وعقد اجتماعا مع ... وقال»: its subject dropped as well
        return _cut(rest, "ar")
    first = fold_word(words[0])
    turn = " ".join(fold_word(w) for w in _words(" ".join(segments[:-1])))
    if (
        turn not in _TURNS
        or _definite(first)
        or first in _AR_HEADS
        or first in _AR_NAME_JOINS
        or resolve(words[0])
    ):
        return ""
    # «من جهته، رحب X ...»: a verb after the turn, told from a name's first word by the
    # known actor after it
    return _cut(" ".join(words[1:]), "ar")


# «، كما» ("as well") before a verb of saying with no subject of its own: the verb goes
# on with the subject of the verb before it.
_AR_ALSO_RE = re.compile(r"[\s،,]*\bو?كما\s*$")


def _also_subject(clause: str, resolve: Callable[[str], str]) -> str:
    """Arabic: the subject of the verb that *clause* opens with, when it ends on «كما»
    before the verb of saying («من جهته عبر X عن ارتياحه …، كما أعرب …»); a turn
    (AR_TURNS) before that verb goes.  "" when the clause opens otherwise (``_joined_subject``
    says when)."""
    m = _AR_ALSO_RE.search(clause)
    if not m or not m.start():
        return ""
    words = _words(clause[: m.start()])
    for n in (2, 1):
        if " ".join(fold_word(w) for w in words[:n]) in _TURNS:
            words = words[n:]
            break
    if not words or fold_word(words[0]).startswith(("ال", "و", "ف")):
        return ""
    return _joined_subject("و" + " ".join(words), resolve)


def _body_before_object(subject: str) -> str:
    """Arabic: after a verb of AR_OBJECT_TAKING_VERBS, the body phrase that opens
    *subject* («القوات المسلحة الإيرانية إسلام أباد» -> «القوات المسلحة الإيرانية»)
    when the name shown would be the words after it: those are the verb's object, for a
    body (AR_BODY_NOUNS) has no holder named so; "" otherwise."""
    head = _SEGMENT_RE.split(_drop_fillers(subject, "ar"))[0].strip()
    words = _words(head)
    if not words or fold_word(words[0]) not in _BODY_NOUNS:
        return ""
    shown = _ar_display(subject)
    if not shown or head.startswith(shown) or not head.endswith(shown):
        return ""
    return head[: -len(shown)].strip()


def _is_kicker(clause: str) -> bool:
    """Arabic: a clause of a name alone before a participle («لاريجاني، مؤكدا أن ...:»), no
    verb («و» + verb) to give the participle its speaker: a headline, not a statement."""
    words = _words(clause)
    return len(words) <= SPEAKER_NAME_WORDS and not (words and fold_word(words[0])[:1] in "وف")


def _is_reporter(subject: str, lang: str) -> bool:
    reporters = _REPORTERS.get(lang, frozenset())
    return any(fold_word(w) in reporters for w in _words(subject)[:SPEAKER_NAME_WORDS])


def _subject(found: _Found, clause: str, lang: str) -> str:
    """The subject phrase of the statement's verb, "" when the verb has none."""
    if lang != "ar":
        subject = _subject_before(clause, lang, found.plural)
        if not subject and lang == "en":
            subject = _cut(found.subject, lang)
        return subject
    # Arabic: after the verb («وقال لاريجاني:»); a participle's is the sentence's verb's
    # («صرح لاريجاني أمام الصحفيين قائلاً:»); before the verb when no «و» joins it to
    # what precedes («لاريجاني قال:», «وكان وزير العمل قد قال إن»).
    before = _ar_subject_before(clause) if not found.conjoined else ""
    if before and not found.participle:
        return before
    after = "" if found.participle else _drop_fillers(found.subject, lang)
    # «وأكد استعداد ...»: the verb's object, its subject the sentence's before or unnamed;
    # «واكد بـ "ان ..."»: a particle, no name, the subject unsaid as after a bare verb
    object_first = _ar_object_first(after) or _preposition_first("", after)
    subject = "" if object_first else _cut(after, lang)
    if not subject and clause.strip():
        subject = _earlier_subject(clause, found.feminine)
        if not subject and found.participle:
            subject = _ar_verb_first_subject(clause)
            # «وأعلن قبوله دعوة من X، معربا عن»: the subject dropped, who it is unknown
            return None if _ar_object_first(subject) else subject
        if not subject and not found.conjoined and not _AR_VERB_RE.search(clause):
            subject = _subject_before(clause, lang, found.plural)
            if subject and _ar_opens_with_verb(_words(subject)):
                subject = ""  # «وبدأت الجلسات ...»: a verb of its own, not a subject
    return subject


# A statement's document: what «قال البيان إن» says is its issuer's, when the text names
# the issuer just before («أصدر الجيش بيانا», «بيان صدر عن الرئاسة التركية»), else no one's.
DOCUMENTS = {
    "fa": ("بیانیه", "گزارش"),
    "ar": (
        "البيان",
        "بيان",
        "التقرير",
        "تقرير",
        "الرسالة",
        "الوثيقة",
        # an inquiry's or a count's findings («وفقا للتحقيقات الأولية فإن»): no one's words
        "التحقيقات",
        "تحقيقات",
        "التحقيق",
        "تحقيق",
        "الإحصاءات",
        "إحصاءات",
        "الدراسة",
        "دراسة",
    ),
    "en": ("statement", "report"),
}
_DOCUMENTS = _folded(DOCUMENTS)
_AR_ISSUER_RE = re.compile(
    r"(?:(?<!\w)(?:و|ف)?(?:أصدرت?|نشرت?)\s+(?P<a>[^.؟!\n]{2,80}?)\s+(?:بيانا|بيانًا|تقريرا)"
    r"|(?<!\w)(?:و|ف)?كانت?\s+(?P<b>[^.؟!\n،]{2,60}?)\s+قد\s+أصدرت?\s+(?:بيانا|بيانًا|تقريرا)"
    r"|(?:بيان|تقرير)[^.؟!\n]{0,30}?\s(?:صدر|الصادر)\s+عن\s+(?P<c>[^.؟!\n،]{2,60}))"
)


# Persian: a body issuing a statement («بانک مرکزی پاکستان با صدور بیانیه رسمی، …»,
# «روابط عمومی ارتش روز دوشنبه با انتشار بیانیه‌ای گفت …»): the issuer of «در این بیانیه
# آمده است:» and «این بیانیه افزود:» after it, the issuing word naming the same kind of
# document.
FA_ISSUED_DOCUMENTS = ("بیانیه", "اطلاعیه", "اعلامیه", "خبرنامه")
FA_ISSUING = ("صدور", "انتشار", "پخش")
_FA_ISSUING_RE = re.compile(
    r"(?<![\w\u200c])(?:با|طی)\s+"
    + loose_any(FA_ISSUING)
    + r"\s+(?:یک\s+)?(?P<doc>"
    + "|".join(_loose(w) for w in FA_ISSUED_DOCUMENTS)
    + r")(?:[\s\u200c]*ای)?(?![\w\u200c])"
)
_FA_DOCUMENT_NAMED_RE = re.compile(
    r"(?<![\w\u200c])(?P<doc>" + "|".join(_loose(w) for w in FA_ISSUED_DOCUMENTS) + r")"
)


def _fa_issuer(earlier: str) -> str:
    """Persian: the body that issued the document a statement with no issuer of its own
    names in the last sentence of *earlier* («در این بیانیه … آمده است:», «این بیانیه
    افزود:»), from the issuing phrases before that sentence (``_FA_ISSUING_RE``): ""
    unless every one of them names the same kind of document and the same body, which
    is no person's pronoun."""
    sentence = max(earlier.rfind(c) for c in ".!?؟\n") + 1
    named = list(_FA_DOCUMENT_NAMED_RE.finditer(earlier, sentence))
    if not named:
        return ""
    kind = fold_word(named[-1].group("doc"))
    issuers, issuer = set(), ""
    for match in _FA_ISSUING_RE.finditer(earlier, 0, sentence):
        start = max(earlier.rfind(c, 0, match.start()) for c in ".!?؟\n:؛") + 1
        subject = _subject_before(earlier[start : match.start()], "fa")
        if fold_word(match.group("doc")) != kind or not subject:
            return ""
        if _is_pronoun(subject, "fa"):
            return ""
        issuers.add(" ".join(fold_word(w) for w in _words(subject)))
        issuer = subject
    return issuer if len(issuers) == 1 else ""


def _is_document(subject: str, lang: str) -> bool:
    words = _words(subject)
    docs = _DOCUMENTS.get(lang, frozenset())
    return (bool(words) and fold_word(words[0]) in docs) or (
        len(words) > 1
        and fold_word(words[0]) in {fold("این"), fold("هذا"), fold("هذه")}
        and fold_word(words[1]) in docs
    )


def _issuer(before: str) -> str:
    """Arabic: the issuer of the last statement or report named in *before*, "" if none."""
    matches = list(_AR_ISSUER_RE.finditer(before))
    if not matches:
        return ""
    match = matches[-1]
    who = match.group("a") or match.group("b") or match.group("c") or ""
    # a letter split from its verb («ونشر ت وكالة رويترز») is no part of the name
    who = re.sub(r"^\w\s+", "", who.strip())
    return _cut(_SEGMENT_RE.split(_drop_fillers(who, "ar"))[0], "ar")


# Arabic words that take the next word as their complement in a role phrase («متحدث باسم
# الرئاسة», «وسائل إعلام», «شهود عيان»); folded.
AR_HEAD_NOUNS = (
    "متحدث",
    "متحدثة",
    "المتحدث",
    "المتحدثة",
    "ناطق",
    "الناطق",
    "باسم",
    "مصدر",
    "مصادر",
    "وسائل",
    "شهود",
    "فريق",
    "نجل",
    "محامي",
    "محامو",
    "قناة",
    "وكالة",
    # «وكالة أنباء فارس»: the agency's name after it
    "أنباء",
    "وزير",
    "وزيرة",
    "وزارة",
    "رئيس",
    "رئيسة",
    "زعيم",
    "قائد",
    "سفير",
    "سفيرة",
    "نائب",
    # «ممثل الأمين العام للأمم المتحدة», «ممثل الولي الفقيه»: the one represented after it
    "ممثل",
    "ممثلة",
    # «مساعد قائد قوى الأمن الداخلي»: an aide, and forces named by a genitive
    "مساعد",
    "قوى",
    "شرطة",
    "مسؤول",
    "مسؤولو",
    "لدى",
    # bodies named by a genitive: «منظمة العفو الدولية», «حركة حماس»
    "منظمة",
    "حركة",
    "مجلس",
    "لجنة",
    "هيئة",
    "جماعة",
    "حزب",
    "جبهة",
    "كتائب",
    "قوات",
    "شركة",
    "صحيفة",
    "جمعية",
    "اتحاد",
    "مكتب",
    "ائتلاف",
    "محكمة",
    "مركز",
    # a department or an outlet: «إدارة العلاقات العامة», «موقع محطة ABC»
    "إدارة",
    "موقع",
    "محطة",
    "حكومة",
)
_AR_HEADS = frozenset(fold(w) for w in AR_HEAD_NOUNS)
# Definite adjectives that are not nisbas («الأمم المتحدة», «الأمين العام»); folded.
AR_ADJECTIVES = (
    "المتحدة",
    "العام",
    "العامة",
    "الأعلى",
    # its feminine and the other elatives of bodies' names («المحكمة العليا»,
    # «اللجنة الوطنية الكبرى»)
    "العليا",
    "الكبرى",
    "العظمى",
    # «الولي الفقيه» (the Guardian Jurist), one title
    "الفقيه",
    "السابق",
    "السابقة",
    "الحالي",
    "المسلحة",
    # colours in bodies' names: «الهلال الأحمر», «البيت الأبيض»
    "الأحمر",
    "الأبيض",
)
_AR_ADJECTIVES = frozenset(fold(w) for w in AR_ADJECTIVES)
# Arabic name words that join the next word into one name («عبد الرحيم كردي», «أبو
# الفتوح», «محمد بن سلمان», «ذو الفقاري»): the next word, definite or not, is part of it; folded.
AR_NAME_JOINS = ("عبد", "أبو", "ابن", "بن", "أبي", "آل", "ذو", "ذي", "ذا")
_AR_NAME_JOINS = frozenset(fold_word(w) for w in AR_NAME_JOINS)
# English words written in a transliterated name that join its parts into one name
# («تايمز أوف إسلام آباد», «بنك أوف أمريكا», «جونسون أند جونسون»): never its end; the
# words after them, up to an article, are the name's.  Folded.
AR_FOREIGN_JOINS = ("أوف", "أند")
_AR_FOREIGN_JOINS = frozenset(fold_word(w) for w in AR_FOREIGN_JOINS)
# The longest role phrase shown for an unresolved Arabic speaker.
ROLE_PHRASE_WORDS = 6
# Quantifiers that take a genitive: «أحد المصابين» is one of the injured, never a man
# called «أحد» (Ahad); shown with the genitive, as a role phrase is.  Folded.
AR_PARTITIVES = ("أحد", "إحدى")
_AR_PARTITIVES = frozenset(fold_word(w) for w in AR_PARTITIVES)
# Words that give the name of someone the text introduced by a description: «أحد
# المصابين، ويدعى فريد الله، ...», «شاب يدعى X»; the name follows them.  Folded.
AR_NAMED_AS = ("يدعى", "ويدعى", "تدعى", "وتدعى", "اسمه", "واسمه", "اسمها", "واسمها")
_AR_NAMED_AS = frozenset(fold_word(w) for w in AR_NAMED_AS)


_NISBA_ENDINGS = tuple({fold(e) for e in ("ي", "ية", "يه")})


def _definite(word: str) -> bool:
    """A folded Arabic word with the article («الجيش»)."""
    return word.startswith(AR_DEFINITE_STARTS) and len(word) > 3


# «الله» closing a compound name («عطا الله», «خليل الله», «نصر الله»): part of the name,
# never a definite word after it that ends it.
_ALLAH = fold_word("الله")


def _name_definite(word: str) -> bool:
    """A folded Arabic word with the article that ends a name («عريقات التصريحات»), not
    «الله» of a compound name."""
    return _definite(word) and word != _ALLAH


def _nisba(word: str) -> bool:
    """A folded Arabic nisba adjective («الباكستاني», «تركية»)."""
    return word.endswith(_NISBA_ENDINGS) and len(word) > 3


# Words that are no part of a name: a subject that opens with one names no one («حيث
# قال», «وأضاف قوله»), and a name stops before one («غوتيرش ضمن خطابه» -> «غوتيرش»).
AR_NOT_NAMES = (
    *AR_RELATIVES,
    "حيث",
    "قوله",
    "قولها",
    "فيه",
    "فيها",
    "ضمن",
    "في",
    "خلال",
    "عبر",
    "أمام",
    "عن",
    "على",
    "إلى",
    "من",
    "لدى",
    "كما",
    "قد",
    "وقد",
    "ثم",
    "بينما",
    "أيضا",
    "أيضاً",
    # pronouns: «جماعة النصر هي حركة ...» ends the name at «هي»
    "هو",
    "هي",
    "هم",
    "هما",
)
_AR_NOT_NAMES = frozenset(fold_word(w) for w in AR_NOT_NAMES)
# Nouns that open a subject only in the construct state, naming no speaker of their own:
# «وأكد ذات المصدر» (the same source, named before), «وقال نص الحكم» (a document's text).
# A subject opened by one is shown as no name, never as the bare noun.
AR_CONSTRUCT_ONLY = ("ذات", "نفس", "نص", "فحوى", "مضمون")
_AR_CONSTRUCT_ONLY = frozenset(fold_word(w) for w in AR_CONSTRUCT_ONLY)
# Names that fold as a word of AR_NOT_NAMES: «علي» (Ali) folds as «على» (on); an
# apposition set off by «،» after a role («نائب الوالي، علي رضا مرحمتي،») is a name.
AR_NAME_SPELLINGS = ("علي",)
_AR_NAME_SPELLINGS = frozenset(AR_NAME_SPELLINGS)


def _quoted_runs(words: list[str]) -> list[str]:
    """*words* with each quotation of several words joined into one («صحيفة “باكستان
    توداي”»: a name is never cut inside its marks); an unclosed mark is left as it is."""
    runs: list[str] = []
    i = 0
    while i < len(words):
        close = OPEN_MARKS.get(words[i][:1])
        end = i
        if close and not words[i][1:].endswith(close):
            end = next((j for j in range(i + 1, len(words)) if close in words[j]), i)
        runs.append(" ".join(words[i : end + 1]))
        i = end + 1
    return runs


# A name in straight marks with spaces inside them («" صالحي"», «" محمد بالوش"»).
_SPACED_MARKS_RE = re.compile(r'"\s*([^"\s][^"\n]{0,40}?)\s*"')


# Religious titles that open a name (``AR_TITLES``): shown with the name after them,
# never alone.
_AR_TITLES = tuple(
    tuple(fold_word(w) for w in t.split()) for t in sorted(AR_TITLES, key=len, reverse=True)
)


def _titled_name(words: list[str], folded: list[str], closed: bool = False) -> str:
    """The title of AR_TITLES opening *words* and the name after it, of one to
    ``SPEAKER_NAME_WORDS`` words up to a word that is no part of a name (a definite word
    other than a nisba: «نواب الشعبين» is the name and the verb's object); "" when *words*
    open with no such title or no name follows it, or (*closed*) when the name runs to
    its word limit with more words after it, where it ends not known."""
    for title in _AR_TITLES:
        if tuple(folded[: len(title)]) != title:
            continue
        n = end = len(title)
        limit = min(len(words), n + SPEAKER_NAME_WORDS)
        while end < limit and not _ends_title_name(folded[end]):
            end += 1
        if closed and end == n + SPEAKER_NAME_WORDS and end < len(words):
            return ""
        return " ".join(words[:end]) if end > n else ""
    return ""


def _ends_title_name(word: str) -> bool:
    return (
        word in _AR_NOT_IN_NAMES
        or word in _AR_HEADS
        or _ar_verb_form(word)
        or (_definite(word) and not _nisba(word))
    )


def _ar_display(subject: str, object_after: bool = False) -> str:
    """An unresolved Arabic speaker as shown: a name up to its first definite word
    («عريقات التصريحات» -> «عريقات»); a role phrase whole, its genitives and adjectives
    («متحدث باسم الرئاسة الروسية», «الفيدرالية العربية لحقوق الإنسان») but not the verb's
    object after them; a name of two or three words after the role phrase instead of it
    («المستخدم محمد شعبان» -> «محمد شعبان»), or set off by «،» after it («نجل أبو
    الفتوح، حذيفة،» -> «حذيفة»); a religious title with the name after it (AR_TITLES).
    With *object_after* (the subject of a verb that takes an object right after it), the
    bare words after the role phrase are that object, no name: the role alone («رئيس
    الوزراء تنظيم احتجاج» -> «رئيس الوزراء»)."""
    segments = re.split(r"\s*[،,(]\s*", _SPACED_MARKS_RE.sub(r'"\1"', subject))
    # a word quoted whole is shown bare («"صالحي"»); a quoted name of words keeps its marks
    words = [
        w[1:-1] if len(w) > 2 and OPEN_MARKS.get(w[0]) == w[-1] and " " not in w else w
        for w in _quoted_runs(_words(segments[0]))
    ]
    if not words:
        return ""
    folded = [fold_word(w) for w in words]
    if folded[0] in _AR_NOT_NAMES and words[0] not in _AR_NAME_SPELLINGS:
        return ""  # «حيث قال», «وأضاف قوله»: no one is named (but «علي كريمي» is)
    if folded[0] in _AR_CONSTRUCT_ONLY and len(words) > 1:
        return ""  # «ذات المصدر», «نص الحكم»: no name
    named = _named_as(segments[1:]) or _titled_name(words, folded)
    if named:
        return named
    # the apposition needs its closing «،» («المسؤول الكردي ...، لرويترز إن» has none)
    if len(segments) > 2 and (_definite(folded[0]) or folded[0] in _AR_HEADS):
        apposed = _apposed_name(segments[1])
        if apposed:
            return apposed
    n = _associate_end(folded)
    if _associate_named(folded, n):
        # «أحد كبار مساعدي عمران خان», «نجل عمران خان»: someone unnamed, shown with whose
        # he is
        while n < min(len(words), ROLE_PHRASE_WORDS) and folded[n] not in _AR_NOT_IN_NAMES:
            n += 1
        return " ".join(words[:n])
    heads = _AR_HEADS | _AR_PARTITIVES
    if not _definite(folded[0]) and folded[0] not in heads:
        n, limit = 1, AR_NAME_WORDS
        while n < min(len(words), limit) and folded[n] not in _AR_NOT_NAMES:
            if folded[n - 1] in _AR_NAME_JOINS or folded[n] in _AR_FOREIGN_JOINS:
                limit += 1  # «عبد الرحيم», «تايمز أوف إنديا»: one name, its article no end
            elif _name_definite(folded[n]) or folded[n] in _AR_HEADS:
                break  # «أزهر صديق محامي مشرف»: a role after the name is no part of it
            n += 1
        while n > 1 and folded[n - 1] in _AR_NAME_JOINS | _AR_FOREIGN_JOINS:
            n -= 1  # never a name ending on «عبد» or «بن»
        return " ".join(words[:n])
    n, foreign = 1, False
    while n < min(len(words), ROLE_PHRASE_WORDS):
        prev, word = folded[n - 1], folded[n]
        if word in _AR_NOT_NAMES:
            break  # «موقع فونتانكا الاخباري والذي ...»: a relative («والذي») ends it
        # «صحيفة تايمز أوف إسلام آباد»: a transliterated name runs on to an article
        foreign = word in _AR_FOREIGN_JOINS or (foreign and not _definite(word))
        genitive = _definite(word) and not _definite(prev)
        adjective = _nisba(word) or word in _AR_ADJECTIVES
        prepositional = word[:1] in "بل" and n + 1 < len(words) and _definite(folded[n + 1])
        # «اللجنة المركزية للانتخابات»: «لـ» and the activity a body is for (a plural in
        # «ات»), never a person spoken to («للصحفيين»)
        purpose = word.startswith(fold("لل")) and word.endswith(fold("ات")) and len(word) > 5
        if not (prev in heads or foreign or genitive or adjective or prepositional or purpose):
            break
        n += 1
    while n > 1 and folded[n - 1] in _AR_FOREIGN_JOINS:
        n -= 1
    rest = folded[n:]
    if rest and rest[0] in HONORIFICS:
        # «مساعد قائد قوى الأمن الداخلي الإيراني الجنرال سعيد منتظر المهدي»: an honorific
        # after the role opens its holder's name, shown with it
        m = 1
        while m < min(len(rest), SPEAKER_NAME_WORDS + 1) and rest[m] not in _AR_NOT_NAMES:
            m += 1
        if m > 1:
            return " ".join(words[n : n + m])
    if rest and not (_definite(folded[n - 1]) or _nisba(folded[n - 1])):
        # a role ending on a noun with no article («مساعد محافظة») is in the construct
        # state: the words after it are its genitive («سيستان وبلوجستان»), not a name
        fits = not object_after and (
            len(words) <= ROLE_PHRASE_WORDS
            and not any(_name_definite(w) or w in _AR_NOT_NAMES for w in rest)
        )
        return " ".join(words if fits else words[:n])
    if (
        not object_after
        and 2 <= len(rest) <= SPEAKER_NAME_WORDS
        and (rest[0] not in _AR_NOT_NAMES or _names_ali(words[n], words[:n], words[n + 1]))
        and not any(_name_definite(w) for w in rest)
    ):
        return " ".join(words[n:])
    return " ".join(words[:n])


def _apposed_name(segment: str) -> str:
    """*segment* when it reads as a name set off by «،» after a role: one to three words,
    none definite, a verb or a word that is no part of a name, after an honorific or a
    rank that opens it («المتحدث باسم القوات المسلحة، اللواء عاصم سليم،»: the rank is
    shown with the name); else ""."""
    apposed = _words(segment)
    ranked = len(apposed) > 2 and fold_word(apposed[0]) in HONORIFICS
    named = _apposed_name(" ".join(apposed[1:])) if ranked else ""
    if named:
        return f"{apposed[0]} {named}"
    if 1 <= len(apposed) <= SPEAKER_NAME_WORDS and not any(
        _definite(w)
        or _ar_known(w)
        or (raw not in _AR_NAME_SPELLINGS and (w in _AR_NOT_NAMES or w in _ADVERBIALS["ar"]))
        for raw, w in zip(apposed, map(fold_word, apposed), strict=True)
    ):
        return " ".join(apposed)
    return ""


def _after_role(subject: str) -> str:
    """Arabic: the name set off by «،» right after a role phrase that holds a word the
    subject is cut at («الناطق باسم وزارة الداخلية في حكومة أفغانستان، عبدالنافع تكور،
    على تويتر»: the cut at «في» loses it), closed by the next «،»; "" if none."""
    segments = _SEGMENT_RE.split(_drop_fillers(subject, "ar"))
    if len(segments) < 3:
        return ""
    head = [fold_word(w) for w in _words(segments[0])]
    if not head or not (_definite(head[0]) or head[0] in _AR_HEADS):
        return ""
    if not any(w in _CUTS["ar"] for w in head[1:]):
        return ""
    name = _apposed_name(segments[1])
    return name if name and not any(fold_word(w) in _CUTS["ar"] for w in _words(name)) else ""


def _named_as(segments: list[str]) -> str:
    """The name a «،» segment of *segments* gives with «ويدعى»/«واسمه» (AR_NAMED_AS),
    closed by the next «،» («أحد المصابين، ويدعى فريد الله، ...» -> «فريد الله»): one to
    three words, none a verb or a word that is no part of a name, the first not
    definite; "" if there is none."""
    for segment in segments[:-1]:
        words = _words(segment)
        if not words or fold_word(words[0]) not in _AR_NAMED_AS:
            continue
        name = words[1:]
        folded = [fold_word(w) for w in name]
        if (
            1 <= len(name) <= SPEAKER_NAME_WORDS
            and not _definite(folded[0])
            and not any(w in _AR_NOT_IN_NAMES or _ar_verb_form(w) for w in folded)
        ):
            return " ".join(name)
        return ""
    return ""


# Words that never stand in a name or a role phrase as shown: prepositions (a role's
# links «لدى», «بـ», «لـ» excepted), pronouns and demonstratives, adverbs, particles,
# quantifiers and auxiliary verbs («فقد», «بعض», «العديد», «خان وقتها»); folded.
AR_NOT_IN_NAMES = (
    *AR_NOT_NAMES,
    "منذ",
    "بين",
    "ضد",
    "نحو",
    "مع",
    "حول",
    *DEMONSTRATIVES["ar"],
    "أنا",
    "نحن",
    "وقتها",
    "حينها",
    "آنذاك",
    "أمس",
    "اليوم",
    "حاليا",
    "مؤخرا",
    "كذلك",
    "فقط",
    "جدا",
    "ردا",
    "فقد",
    "لقد",
    "لا",
    "لم",
    "لن",
    "ما",
    "إن",
    "أن",
    "إذ",
    "إذا",
    "بل",
    "بعض",
    "بعضهم",
    "العديد",
    "جميع",
    "كان",
    "كانت",
    "يكون",
    "تكون",
)
_AR_NOT_IN_NAMES = frozenset(fold_word(w) for w in AR_NOT_IN_NAMES)


def _ar_reads_as_name(name: str) -> bool:
    """Whether an unresolved Arabic speaker *name* reads as a name or a role phrase: no
    word of AR_NOT_IN_NAMES nor a verb of the tables, and not opened by a preposition
    written onto the article («للتحقيقات»).  «علي» is a name (AR_NAME_SPELLINGS)."""
    words = [w for w in (w.strip(_STRIP_MARKS) for w in _words(name)) if w]
    folded = [fold_word(w) for w in words]
    if not folded or folded[0].startswith(("لل", "بال")):
        return False
    return not any(
        (f in _AR_NOT_IN_NAMES and w not in _AR_NAME_SPELLINGS) or _ar_verb_form(f)
        for w, f in zip(words, folded, strict=True)
    )


def _ar_verb_form(word: str) -> bool:
    """Whether a folded Arabic *word* is a verb of the tables as written, with «و»/«ف»,
    the feminine «ت» or the plural «وا» («وأكدت»), not a noun sharing its letters
    («أقران»)."""
    for bare in {word, word[1:]} if word[:1] in "وف" else {word}:
        if bare in _AR_KNOWN or (bare[-1:] == "ت" and bare[:-1] in _AR_KNOWN):
            return True
        if bare.endswith(fold("وا")) and bare[:-2] in _AR_KNOWN:
            return True
    return False


def _ar_shown(subject: str, object_after: bool = False) -> str:
    """An unresolved Arabic speaker as shown (``_ar_display``), "" when what would be
    shown does not read as a name or a role phrase (precision first: unknown)."""
    name = _ar_display(subject, object_after)
    return name if name and _ar_reads_as_name(name) else ""


# Words inside an Arabic role phrase that the subject otherwise stops at.
AR_ROLE_LINKS = ("لدى", "في")
_ROLE_LINKS = frozenset(fold(w) for w in AR_ROLE_LINKS)


def _role_run(subject: str) -> str:
    """Arabic: *subject* up to its first «،» with its role links left out («السفيرة
    الأمريكية لدى الأمم المتحدة نيكي هيلي»), "" without a link."""
    head = _SEGMENT_RE.split(_drop_fillers(subject, "ar"))[0]
    words = _words(head)
    links = [i for i, w in enumerate(words) if fold_word(w) in _ROLE_LINKS]
    if not links:
        return ""
    return " ".join(w for i, w in enumerate(words) if i not in set(links))


def _name_after_place(run: str) -> str:
    """Arabic: the name closing a role phrase that runs through a link (AR_ROLE_LINKS) and
    a place or body named with the article («القيادي في الحركة عمران إسماعيل» -> «عمران
    إسماعيل»): two or three words up to *run*'s end or a word the subject is cut at, none
    definite, a verb or a word that is no part of a name, the first a given name
    (GIVEN_NAMES: the words after such a phrase may be the verb's object); "" otherwise."""
    words = _words(_drop_fillers(_SEGMENT_RE.split(run)[0], "ar"))
    folded = [fold_word(w) for w in words]
    if len(folded) < 5 or not (_definite(folded[0]) or folded[0] in _AR_HEADS):
        return ""
    link = next((i for i, w in enumerate(folded[1:ROLE_PHRASE_WORDS], 1) if w in _ROLE_LINKS), 0)
    start = link + 1
    while link and start < len(folded) and (_definite(folded[start]) or folded[start] in _AR_HEADS):
        start += 1
    if not link or not _definite(folded[start - 1]):
        return ""
    end = start
    while (
        end < len(folded) and folded[end] not in _CUTS["ar"] and end - start <= SPEAKER_NAME_WORDS
    ):
        end += 1
    name = folded[start:end]
    if not 2 <= len(name) <= SPEAKER_NAME_WORDS or name[0] not in GIVEN_NAMES:
        return ""
    if any(
        (w in _AR_NOT_NAMES and raw not in _AR_NAME_SPELLINGS)
        or _ar_verb_form(w)
        or w in HONORIFICS
        for raw, w in zip(words[start:end], name, strict=True)
    ):
        return ""
    return " ".join(words[start:end])


def _person_after_role(
    phrase: str, resolve: Callable[[str], str], speaks: Callable[[str, str], bool]
) -> tuple[str, str]:
    """The person named last in *phrase*, as (slug, name); ("", "") if none.  A person
    speaks from anywhere in a phrase, so ``speaks("", slug)`` is true of persons only.
    A name read with the word before it is read whole when that names another person
    («بوتو زرداري في منشور»: Bilawal, not «زرداري» his father)."""
    words = _words(phrase)
    for i in range(len(words) - 1, 0, -1):
        slug = resolve(" ".join(words[i:]))
        if slug:
            longer = resolve(" ".join(words[i - 1 :]))
            if longer and longer != slug and speaks("", longer):
                slug = longer
            if not speaks("", slug):
                return "", ""
            return slug, _name_in(phrase, slug, resolve, speaks)
    return "", ""


def _name_in(
    phrase: str, slug: str, resolve: Callable[[str], str], speaks: Callable[[str, str], bool]
) -> str:
    """The name that makes *phrase* resolve to *slug*, as written: its shortest resolving
    last words, with the name words (no article) right before them, up to
    ``SPEAKER_NAME_WORDS`` («... لدى الأمم المتحدة نيكي هيلي» -> «نيكي هيلي»)."""
    words = _words(phrase)
    start = next(
        (i for i in range(len(words) - 1, -1, -1) if resolve(" ".join(words[i:])) == slug), 0
    )
    end = next(
        (n for n in range(start + 1, len(words)) if resolve(" ".join(words[start:n])) == slug),
        len(words),
    )  # the words after the name are its context («فائز عيسى [في] بيان متلفز»)
    end = _name_end(words, end, slug, resolve, speaks)
    while (
        start > 0
        and end - start < SPEAKER_NAME_WORDS
        and not _definite(fold_word(words[start - 1]))
        and fold_word(words[start - 1]) not in _AR_HEADS
    ):
        start -= 1
    return " ".join(words[start:end])


def _name_end(
    words: Sequence[str],
    end: int,
    slug: str,
    resolve: Callable[[str], str],
    speaks: Callable[[str, str], bool],
) -> int:
    """Where the name of *slug* ending at *end* ends when its next words are more of it: a
    word that names a person itself and, with the word before it, names *slug* («عاصم
    سلیم | باجوا»: one name, though «عاصم سلیم» alone is enough to tell him)."""
    while end < len(words) and not words[end - 1].endswith(("،", ",")):
        alone = resolve(words[end].strip(' ،,:«»“”"'))
        if not (alone and speaks("", alone)):
            break
        if resolve(" ".join(words[end - 1 : end + 1]).strip(' ،,:«»“”"')) != slug:
            break
        end += 1
    return end


# Persian clerical honorifics before a name, written in several words: they do not count
# among its words («حجت الاسلام و المسلمین حسین ابراهیمی» keeps «حسین ابراهیمی»); a
# one-word title («سردار») can be part of the name (Sardar Ayaz Sadiq) and counts.
FA_HONORIFICS = (
    "حجت",
    "الاسلام",
    "حجت‌الاسلام",
    "والمسلمین",
    "المسلمین",
    "حجت‌الاسلام‌والمسلمین",
    "آیت",
    "الله",
    "آیت‌الله",
    "العظمی",
    "آیت‌الله‌العظمی",
)
_FA_HONORIFICS = frozenset(fold_word(w) for w in FA_HONORIFICS)
# Military and police ranks that open a name as honorifics do, with the grade or corps
# written after them («ناخدا یکم علی جهانبخش», «سرتیپ دوم پاسدار محمد رضایی»): no words of
# the name's, which they would cut short.  «امیر» is one only before another rank («امیر
# دریادار …»; «امیر حاتمی» is a name).
FA_RANKS = (
    "ارتشبد",
    "سپهبد",
    "سرلشکر",
    "سرتیپ",
    "سرهنگ",
    "سرگرد",
    "سروان",
    "ستوان",
    "دریاسالار",
    "دریابان",
    "دریادار",
    "ناخدا",
    "ناوسروان",
    "ناوبان",
)
FA_RANK_GRADES = ("یکم", "دوم", "سوم", "پاسدار", "خلبان")
FA_RANK_BEFORE = ("امیر",)
_FA_RANKS = frozenset(fold_word(w) for w in FA_RANKS)
_FA_RANK_GRADES = frozenset(fold_word(w) for w in FA_RANK_GRADES)
_FA_RANK_BEFORE = frozenset(fold_word(w) for w in FA_RANK_BEFORE)
_FA_RANK_RUN = _FA_RANKS | _FA_RANK_GRADES


# Persian offices: a name cut to its words stops before one («محمد جلیلی مدیرعامل یک
# شرکت ...» -> «محمد جلیلی»); a subject that opens with one is a role phrase, cut as
# it was written.
FA_OFFICE_WORDS = (
    "رئیس",
    "رییس",
    "معاون",
    "مدیر",
    "مدیرکل",
    "مدیرعامل",
    "سخنگو",
    "سخنگوی",
    "مسئول",
    "مسوول",
    "دبیر",
    "دبیرکل",
    "وزیر",
    "نماینده",
    "عضو",
    "فرمانده",
    "فرماندار",
    "استاندار",
    "دادستان",
    "سرپرست",
    "کارشناس",
    "رئیس‌جمهور",
    "امام",
    "سفیر",
)
_FA_OFFICES = frozenset(fold_word(w) for w in FA_OFFICE_WORDS)


_ONE = fold_word("یک")


def _title_words(folded: list[str], ranks: bool = True) -> int:
    """Persian: how many of the *folded* words of a subject are the honorifics and (with
    *ranks*) the ranks that open it (FA_HONORIFICS, FA_RANKS)."""
    n = 0
    while n < len(folded):
        word = folded[n]
        honorific = word in _FA_HONORIFICS or (
            n and word == "و" and folded[n - 1] in _FA_HONORIFICS
        )
        rank = ranks and (
            word in _FA_RANKS
            or (word in _FA_RANK_BEFORE and n + 1 < len(folded) and folded[n + 1] in _FA_RANKS)
        )
        grade = ranks and n and word in _FA_RANK_GRADES and folded[n - 1] in _FA_RANK_RUN
        if not (honorific or rank or grade):
            break
        n += 1
    return n


def _quoted_name_words(words: list[str]) -> int:
    """How many of *words* make a name set in quotation marks that opens them, more words
    after it («اختر نذیر» مقام …); 0 when they open with none."""
    if len(words) < 2 or words[0][:1] not in OPEN_MARKS:
        return 0
    close = OPEN_MARKS[words[0][0]]
    for n, word in enumerate(words[:SPEAKER_NAME_WORDS], 1):
        if word.rstrip("،,:").endswith(close) and (n > 1 or len(word) > 2):
            return n if n < len(words) else 0
    return 0


# Persian compounds written with a space («بین المللی» for «بین‌المللی»): one word where a
# name's words are counted, so that it never ends inside one («یک سخنگوی ادارۀ بین»).
FA_SPACED_COMPOUNDS = ("بین المللی", "بین الملل", "بین الدولی")
_FA_SPACED_COMPOUNDS = frozenset(
    tuple(fold_word(w) for w in c.split()) for c in FA_SPACED_COMPOUNDS
)


def _fa_compounds(words: list[str]) -> list[str]:
    """*words* with each pair of FA_SPACED_COMPOUNDS joined into one (by its space)."""
    joined: list[str] = []
    for word in words:
        if joined and (fold_word(joined[-1]), fold_word(word)) in _FA_SPACED_COMPOUNDS:
            joined[-1] += " " + word
        else:
            joined.append(word)
    return joined


def _plain_display(subject: str) -> str:
    """An unresolved Persian or English speaker as shown, after the honorifics and ranks
    that open it («حجت الاسلام و المسلمین حسین ابراهیمی», «ناخدا یکم علی جهانبخش»): a name
    set in quotation marks before more words ends with them; the whole subject when it is no longer
    than a role phrase («روابط عمومی مجلس ملی پاکستان»: cut to three words it would read
    as Iran's parliament), else ``SPEAKER_NAME_WORDS`` words, a name stopping before an
    office after it (FA_OFFICE_WORDS).  Never ending on «و», nor inside quotation marks
    (««مسعود شریفی» افزود»); a role phrase the word limit would cut at its «و» («معاون
    ارتباطات و اطلاع رسانی دفتر رییس جمهور») is shown whole up to MAX_SUBJECT_WORDS
    words, else not at all: its head alone names no one; nor does a body's head (BODY_HEADS)
    the word limit would leave alone."""
    marked = _fa_compounds([w for w in _words(subject) if w.strip(_STRIP_MARKS)])
    words = [w.strip(_STRIP_MARKS) for w in marked]
    n = _title_words([fold_word(w) for w in words])
    folded = [fold_word(w) for w in words]
    quoted = _quoted_name_words(marked[n:])
    if quoted:
        keep = quoted  # ««اختر نذیر» مقام عالی …»: the name ends with its marks
    elif len(words) - _title_words(folded, ranks=False) <= ROLE_PHRASE_WORDS:
        keep = len(words) - n  # (a rank is a word of the phrase: «سردار ایاز صادق …»)
    elif n < len(words) and folded[n] in _FA_OFFICES:
        keep = SPEAKER_NAME_WORDS
    elif n + 1 < len(words) and folded[n] == _ONE and folded[n + 1] in _FA_OFFICES:
        keep = SPEAKER_NAME_WORDS + 1  # «یک عضو شورای تأمین …»: one (unnamed) member
    else:
        keep = 1
        while keep < SPEAKER_NAME_WORDS and folded[n + keep] not in _FA_OFFICES:
            keep += 1
    cut_at_and = n + keep < len(words) and "و" in (folded[n + keep - 1], folded[n + keep])
    if cut_at_and and folded[n] in _FA_OFFICES:
        return " ".join(words) if len(words) - n <= MAX_SUBJECT_WORDS else ""
    while keep > 1 and folded[n + keep - 1] == "و":
        keep -= 1
    if keep == 1 and n + 1 < len(words) and folded[n] in _BODY_HEADS["fa"]:
        return ""  # «ادارۀ رئیس جمهور …» cut to «ادارۀ»: a body's head alone names no one
    return " ".join(words[: n + keep])


# Persian: a clause before the verb in which no subject was found though it runs on past
# a scene's phrase («در حاشیه این نمایشگاه سناتور X قائم‌مقام … گفت:») names someone the
# subject rules do not read: the speaker is unknown, not the last one (unless the clause
# names the last one again).  A scene alone
# («در ادامه گفت:», «در این دیدار افزود:») goes on with the last speaker.
FA_SCENE_WORDS = 5


def _fa_unread_subject(clause: str) -> bool:
    """Whether the Persian *clause* (no subject found in it) is longer than a scene's
    phrase (FA_SCENE_WORDS) in its last «،» segment."""
    segment = _FA_SEGMENT_RE.split(clause.strip())[-1]
    return len(_words(_drop_fillers(segment, "fa"))) > FA_SCENE_WORDS


# Arabic titles set before a family name alone («الوزير قرشي», «السيد نقوي»).
AR_SURNAME_TITLES = (
    "الوزير", "الوزيرة", "الرئيس", "السيد", "السيدة", "الجنرال", "السفير", "السفيرة",
    "الشيخ", "الدكتور", "اللواء", "العميد", "المستشار",
)  # fmt: skip
_AR_SURNAME_TITLES = frozenset(fold_word(w) for w in AR_SURNAME_TITLES)
# The words before a family name that may hold the rest of the full name («شاه محمود قرشي»).
AR_GIVEN_NAME_WORDS = 3


def _ar_surname_of_named(
    subject: str,
    earlier: str,
    resolve: Callable[[str], str],
    speaks: Callable[[str, str], bool],
) -> str:
    """The person a title and a family name alone name («الوزير قرشي»): the one the
    article named in full earlier with that family name («شاه محمود قرشي»), when every
    other mention of it is the same person or the title-and-name form again; "" when
    another person, or a name not known, ends with it."""
    words = _words(subject)
    if len(words) != 2 or fold_word(words[0]) not in _AR_SURNAME_TITLES:
        return ""
    family = words[1].strip(' ،,:«»“”"')
    if len(family) < 3 or _definite(fold_word(family)):
        return ""  # «الوزير الباكستاني»: a title and an adjective, no name
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w\u200c]){re.escape(family)}(?![\w\u200c])", earlier):
        before = re.split(r"[،,.:؛\n«»“”\"()]", earlier[: m.start()])[-1].split()
        if before and fold_word(before[-1]) in _AR_SURNAME_TITLES:
            continue  # the same short form again
        slug = ""
        for k in range(min(len(before), AR_GIVEN_NAME_WORDS), 0, -1):
            if any(_definite(fold_word(w)) for w in before[-k:]):
                continue  # a role's words, no given name («وزير الخارجية قرشي»)
            given = " ".join(before[-k:])
            named = resolve(f"{given} {family}")
            if named and speaks("", named) and resolve(given) != named:
                slug = named
                break
        if not slug:
            return ""
        found.add(slug)
    return next(iter(found)) if len(found) == 1 else ""


# Persian: a personal pronoun («وی») that opens the first statement of an article goes
# back to the subject of the sentence just before it, when that sentence is told of one
# person and no speaker was read yet («به گزارش ایرنا، رستم قاسمی طبق برنامه … دیدار
# می‌کند. وی … افزود:»).  The subject is the words after the report's formula up to a
# word no name has (SUBJECT_CUTS), or the name in guillemets that opens it; it is a known
# person, or two or three words with no office, body, plural, pronoun or «و» among them
# (FA_NOT_NAME_ENDINGS: «مقامات», «طالبان»).
FA_NOT_NAME_ENDINGS = ("ان", "ها", "های", "ات", "ین")
FA_NAME_MIN_WORDS = 2
_FA_NOT_NAME_ENDINGS = tuple(fold_word(w) for w in FA_NOT_NAME_ENDINGS)
# An Arabic article opening a later word of the name («بلیغ الرحمان», «شمس الدین»): a
# part of the name, whatever its ending.
_AL = fold_word("ال")
_FA_MARKED_NAME_RE = re.compile(r"«([^«»]+)»")
FA_ELLIPSES = ("...", "…")
FA_VERB_AFTER_ELLIPSIS_WORDS = 2


def _fa_subject_before_pronoun(
    before: str, resolve: Callable[[str], str], speaks: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """(slug, name) of the one person the sentence before the pronoun's has as its
    subject (see FA_NOT_NAME_ENDINGS), None when it is not certain."""
    sentences = [s for s in re.split(r"(?<=[.!?؟])\s+|\n+", before) if s.strip()]
    while (
        len(sentences) > 2
        and sentences[-3].rstrip().endswith(FA_ELLIPSES)
        and len(_words(sentences[-2])) <= FA_VERB_AFTER_ELLIPSIS_WORDS
    ):
        # «… خبرنگاری و رسانه و ... پرداخت.»: the verb the ellipsis is left before
        sentences[-3:-1] = [sentences[-3] + " " + sentences[-2]]
    if len(sentences) < 2:
        return None
    segments = _FA_SEGMENT_RE.split(sentences[-2].strip())
    while len(segments) > 1 and (
        _FA_REPORT_RE.match(segments[0]) or _fa_dateline_place(segments[0])
    ):
        segments = segments[1:]
    opening = _drop_fillers(_drop_leading_phrases(segments[0]), "fa")
    marked = _FA_MARKED_NAME_RE.match(opening)
    # ««اصغر کریمی» وابسته فرهنگی …»: the marks bound the name
    subject = marked.group(1).strip() if marked else _cut(opening, "fa")
    words = _words(subject)
    if not words or len(words) >= len(_words(opening)):
        return None  # no word ended the name: where it ends is not known
    folded = [fold_word(w) for w in words]
    if folded[0] in _BODY_HEADS["fa"]:
        return None
    slug, name = _resolve_prefix(subject, resolve, speaks)
    if slug:
        return (slug, name) if not _is_body(slug, name, "fa", speaks) else None
    if not FA_NAME_MIN_WORDS <= len(words) <= SPEAKER_NAME_WORDS:
        return None
    heads = _BODY_HEADS["fa"] | _FA_OFFICES | _PRONOUNS["fa"] | _FA_DEMONSTRATIVES
    if any(w in heads or w == "و" or w in _FA_NEVER_LAST for w in folded):
        return None
    plural = [w for i, w in enumerate(folded) if not (i and w.startswith(_AL))]
    if any(w.endswith(_FA_NOT_NAME_ENDINGS) for w in plural) or _is_clause_tail(subject):
        return None
    return "", subject


# Persian: a verb of saying joined by «و» to a clause before it («اما جانب افغانستان آن
# را مرز تحمیلی می‌داند و می‌گوید که …») goes on with that clause's subject.  Where the
# subject ends is certain only when the object is a pronoun before «را» (FA_OBJECT_PRONOUNS):
# the subject is all the words before it.
FA_OBJECT_PRONOUNS = ("آن", "این", "آنها", "آن‌ها", "او", "وی", "ایشان")
_FA_OBJECT_PRONOUNS = frozenset(fold_word(w) for w in FA_OBJECT_PRONOUNS)
_RA = fold_word("را")


def _fa_subject_before_object(clause: str) -> str | None:
    """The subject of a clause «S <pronoun> را … <verb> و» ending right before a verb of
    saying (see FA_OBJECT_PRONOUNS), None when the clause is not of that shape."""
    if not _FA_AND_RE.search(clause):
        return None
    segments = [s for s in _FA_SEGMENT_RE.split(clause) if s.strip()]
    words = _words(segments[-1]) if segments else []
    folded = [fold_word(w) for w in words]
    if len(folded) < 2 or not folded[-2].endswith(_FA_VERB_LAST_LETTERS):
        return None  # «… می‌داند و»: a finished verb before the «و»
    while folded and (folded[0] in _FA_CLAUSE_CONJUNCTIONS or folded[0] == "و"):
        words, folded = words[1:], folded[1:]
    if _RA not in folded:
        return None
    ra = folded.index(_RA)
    if ra < 2 or folded[ra - 1] not in _FA_OBJECT_PRONOUNS:
        return None
    subject = " ".join(words[: ra - 1])
    if _cut(subject, "fa") != subject or len(words[: ra - 1]) > MAX_SUBJECT_WORDS:
        return None
    if _is_pronoun(subject, "fa") or _is_clause_tail(subject):
        return None
    return subject


# Persian: «آقای X … را پذیرفته و گفته بود …»: a verb of saying joined by «و» to a clause
# opened by a courtesy title and a surname the article wrote before as the last word of
# a full name («مالک ممتاز حسین قادری»): the subject is the title and the surname.
FA_SURNAME_TITLES = ("آقای", "خانم")
_FA_SURNAME_TITLES = frozenset(fold_word(w) for w in FA_SURNAME_TITLES)
# words before a surname written alone, not as a name's last word
_FA_NOT_BEFORE_SURNAME = _FA_SURNAME_TITLES | frozenset(
    fold_word(w) for w in ("از", "به", "با", "در", "را", "که", "و", "بر", "برای", "وی", "او")
)


def _fa_surname_subject(clause: str, earlier: str) -> str | None:
    """The «title surname» opening *clause* (see FA_SURNAME_TITLES), None when it is not
    of that shape or the surname ended no name before."""
    if not _FA_AND_RE.search(clause):
        return None
    segments = [s for s in _FA_SEGMENT_RE.split(clause) if s.strip()]
    if len(segments) != 1:
        return None
    words = _words(_drop_fillers(segments[0], "fa"))
    if len(words) < 3 or fold_word(words[0]) not in _FA_SURNAME_TITLES:
        return None
    surname = fold_word(words[1])
    before = [fold_word(w) for w in _words(earlier)]
    named = any(
        w == surname and i and before[i - 1] not in _FA_NOT_BEFORE_SURNAME
        for i, w in enumerate(before)
    )
    return " ".join(words[:2]) if named else None


def _speaker(
    found: _Found,
    clause: str,
    lang: str,
    resolve: Callable[[str], str],
    speaks: Callable[[str, str], bool],
    last: _Speakers,
    paragraph: int,
    before: str = "",
    earlier: str = "",
) -> tuple[str, str] | None:
    """(slug, name) of who made the statement; None when it is a reporter's question.

    *before* is the text ahead of the statement (the previous paragraph and this one up
    to the verb), where a document's issuer is named; *earlier* all the text ahead of it
    (Persian: where a body issuing a statement is named, ``_fa_issuer``)."""
    if found.clause == "passive":
        return "", ""
    if found.clause == "trailing":
        # «"..."، قال X.»: the words after the verb, or the speaker a pronoun points to
        subject = _cut(_drop_fillers(found.subject, lang), lang)
        if not subject or _is_pronoun(subject, lang):
            person = lang != "ar" and bool(subject)
            return last.recall(paragraph, found.feminine if lang == "ar" else None, person)
        slug, name = _resolve_prefix(subject, resolve, speaks)
        if not slug:
            name = _ar_shown(subject) if lang == "ar" else _plain_display(subject)
        feminine = found.feminine if lang == "ar" else None
        if found.words_end >= 0 and not slug:
            # «…، على ما أعلن مسؤولون.»: an unknown or generic speaker; «وقال:» after it
            # is no one's
            last.remember("", "", paragraph, None)
            return slug, name
        last.remember(
            slug, name, paragraph, feminine, _is_body(slug, name, lang, speaks), found.either
        )
        return slug, name
    if found.clause:
        # a relative or time clause: the words after the verb, a known actor or (time
        # clause) a subject as written; never the last speaker
        subject = _cut(_drop_fillers(found.subject, lang), lang)
        slug, name = _resolve_prefix(subject, resolve, speaks) if subject else ("", "")
        if slug or found.clause == "relative" or not subject:
            return slug, name
        return "", _ar_shown(subject)
    if found.document:
        subject = ""
    elif found.according:
        subject = _cut(_drop_fillers(found.subject, lang), lang)
    else:
        subject = _subject(found, clause, lang)
    if subject is None and lang == "fa":
        subject = _fa_subject_before_object(clause) or _fa_surname_subject(clause, earlier)
    if subject is None:
        return "", ""  # the tail of a clause, not a subject: unknown rather than junk
    if found.document or _is_document(subject, lang):
        if lang != "ar":
            # «در بیانیه وزارت خارجه آمده است:»: the issuer named with it, a known actor
            # or a body's name as written («بیانیه ستاد برگزاری نماز جمعه»)
            issuer = found.subject if found.document else ""
            if not issuer and lang == "fa":
                issuer = _fa_issuer(earlier)
            slug, name = _resolve_prefix(issuer, resolve, speaks) if issuer else ("", "")
            if not slug and _first_word(issuer) in _BODY_HEADS.get(lang, ()):
                name = _plain_display(issuer)
            return slug, name
        issuer = _issuer(before)
        if not issuer:
            return "", ""
        slug, name = _resolve_prefix(issuer, resolve, speaks)
        return slug, name or _ar_shown(issuer)
    if _is_reporter(subject, lang):
        return None
    if _first_word(subject) in _FIRST_PERSON.get(lang, frozenset()):
        return "", ""
    if found.participle and not subject and _is_kicker(clause):
        return None  # a name and the participle, no verb: a kicker («لاريجاني، مؤكدا أن ...:»)
    if found.plural:
        words = _words(subject)[:GROUP_NAME_WORDS]
        while words and words[-1] in ("و", "،", ","):
            words.pop()  # a list cut short: «علما، رهبران مذهبی و»
        return "", " ".join(words).strip(" ،,")
    joint = _joint(subject, lang)
    if joint:
        return "", joint  # «أكد كل من عراقجي واسحاق دار ...»: both, no single speaker
    feminine = found.feminine if lang == "ar" else None
    if not subject and found.by_saying:
        return "", ""
    if not subject and lang == "ar" and found.conjoined and not found.participle:
        # «وقبلت الوزارة الحكم وقالت ...»: the verb joined to goes on with its subject,
        # not with the last speaker; a subject not known as an actor is unknown
        joined = _joined_subject(clause, resolve)
        if joined:
            slug, name = _resolve_prefix(joined, resolve, speaks)
            if slug:
                feminine = found.feminine
                body = _is_body(slug, name, lang, speaks)
                last.remember(slug, name, paragraph, feminine, body, found.either)
                return slug, name
            if _ar_opens_with_verb(_words(_drop_fillers(_SEGMENT_RE.split(clause)[-1], "ar"))):
                last.remember("", "", paragraph, None)  # nor for a bare verb after it
                return "", ""
    if not subject and lang == "fa" and _fa_unread_subject(clause):
        if last.name and fold(last.name) in fold(clause):
            return last.recall(paragraph, None)  # the last speaker named again in it
        return "", ""
    if (
        not subject
        and lang == "ar"
        and not found.participle
        and (also := _also_subject(clause, resolve))
    ):
        # «عبر X عن ارتياحه …، كما أعرب عن ثقته في أن»: X goes on; only a known actor
        slug, name = _resolve_prefix(also, resolve, speaks)
        last.remember(slug, name, paragraph, found.feminine, _is_body(slug, name, lang, speaks))
        return slug, name
    if lang == "fa" and last.paragraph < 0 and subject and _is_pronoun(subject, lang):
        # no speaker read yet: «وی» is the person the sentence before has as its subject
        named = _fa_subject_before_pronoun(before, resolve, speaks)
        if named:
            last.remember(*named, paragraph, None)
            return named
    if not subject or _is_pronoun(subject, lang) or _is_pointer(subject, lang):
        # «وأوضح هذا المسؤول أن»: the official just named; «وی» is a person, never a body
        if lang == "ar" and _ar_object_first(found.subject) and not _said_just_before(before):
            return "", ""  # «وقد أشاد X ... وأعلن قبوله ...»: X, not the last speaker
        person = lang != "ar" and _is_pronoun(subject, lang)
        return last.recall(paragraph, feminine, person)
    slug, name = "", ""
    if lang == "ar" and not found.participle and not found.described:
        # a person named after a role phrase that runs through «لدى»/«في» is the speaker,
        # not the role's holder: «وقالت السفيرة الأمريكية لدى الأمم المتحدة نيكي هيلي إن»
        slug, name = _person_after_role(_cut(_role_run(found.subject), lang), resolve, speaks)
    apposed = _after_role(found.subject) if lang == "ar" and not slug else ""
    if lang == "ar" and not slug and not found.participle and not found.described:
        # «وقال القيادي في الحركة عمران إسماعيل إن»: the name after the role is cut at «في»
        apposed = apposed or _name_after_place(found.subject)
    if apposed:
        # «الناطق باسم وزارة الداخلية في حكومة أفغانستان، عبدالنافع تكور،»: the name
        # the role is cut before is the speaker's
        slug, name = _resolve_prefix(apposed, resolve, speaks)
        name = name if slug else apposed
        last.remember(
            slug, name, paragraph, feminine, _is_body(slug, name, lang, speaks), found.either
        )
        return slug, name
    if not slug and _is_office(subject, lang):
        # «مكتب رئيس الوزراء» is the office, not its head: shown as written, unresolved
        name = _ar_shown(subject) if lang == "ar" else _plain_display(subject)
        last.remember("", name, paragraph, feminine, _is_body("", name, lang, speaks), found.either)
        return "", name
    if not slug and found.object_taking:
        # «وحذرت القوات المسلحة الإيرانية إسلام أباد من أن»: the body speaks, not the
        # one it warns
        subject = _body_before_object(subject) or subject
    if not slug:
        slug, name = _resolve_prefix(subject, resolve, speaks)
    if not slug and lang == "ar":
        slug = _ar_surname_of_named(subject, earlier, resolve, speaks)
        name = subject.strip(' ،,:«»“”"') if slug else name
    if not slug and found.participle and clause.rstrip().endswith(("،", ",")):
        # «وشن X هجوما على إيران، واصفا ...»: the words after the verb run on into its
        # object; only a known name is certain
        return "", ""
    if not slug and found.object_run and _bare_run(subject):
        # «وقد أكد ميرشكاري صحة هذا النبأ موضحا أن»: a run of bare words after the verb
        # holds its object too, and where the name ends is not known
        return "", ""
    if not slug and lang == "ar" and _borrowed_run(found, clause, subject):
        # «أكد سعيدي ضرورة تعزيز ...، وقال إن»: an earlier verb's unknown name runs on into
        # its object with no mark between; where the name ends is not known
        return "", ""
    if not slug:
        if lang == "ar":
            # a «،» closing the words after the verb closes an apposition («نجل X، حذيفة،»)
            closed = found.subject.rstrip().endswith(("،", ","))
            # «وأعلن رئيس الوزراء تنظيم احتجاج ...، وقال»: the subject an earlier verb's,
            # the words after its role that verb's object
            borrowed = not found.participle and subject == _earlier_subject(clause)
            name = _ar_shown(subject + ("،" if closed else ""), borrowed)
        else:
            name = _plain_display(subject)
    last.remember(slug, name, paragraph, feminine, _is_body(slug, name, lang, speaks), found.either)
    return slug, name


# Words that open the name of an office or department speaking for a person or body
# named after them («مكتب رئيس الوزراء», «دفتر رئیس‌جمهور», «روابط عمومی کاخ ...»): the
# office speaks, not the person; folded.
OFFICE_HEADS = {
    "fa": ("دفتر", "روابط"),
    "ar": ("مكتب", "المكتب", "العلاقات", "إدارة"),
}
_OFFICE_HEADS = _folded(OFFICE_HEADS)
# «كل من X وY»: a joint subject.
_JOINT = {"ar": (fold_word("كل"), fold_word("من"))}


def _is_office(subject: str, lang: str) -> bool:
    return _first_word(subject) in _OFFICE_HEADS.get(lang, frozenset())


def _joint(subject: str, lang: str) -> str:
    """The persons of a joint subject («كل من عراقجي واسحاق دار»), "" for any other."""
    words = _words(subject)
    if tuple(fold_word(w) for w in words[:2]) != _JOINT.get(lang):
        return ""
    return " ".join(words[2 : 2 + GROUP_NAME_WORDS]).strip(" ،,و")


def _bare_run(subject: str) -> bool:
    """Arabic: whether *subject* is two or more words opening with neither the article,
    a head noun nor an honorific (a name, or a name and what follows it)."""
    folded = [fold_word(w) for w in _words(subject)]
    return len(folded) > 1 and not (
        _definite(folded[0]) or folded[0] in _AR_HEADS or folded[0] in HONORIFICS
    )


def _borrowed_run(found: _Found, clause: str, subject: str) -> bool:
    """Arabic: whether *subject* is an earlier verb's (the statement's verb has none of
    its own) and reads as a run of bare words with no end in sight: a name with no
    article or head noun, not set off by «،», that the shown name would cut at its word
    limit («أكد سعيدي ضرورة تعزيز التبادل ...، وقال إن»: the name runs on into the
    verb's object)."""
    if found.participle or _cut(_drop_fillers(found.subject, "ar"), "ar"):
        return False
    if subject != _earlier_subject(clause):
        return False
    words = _words(subject)
    folded = [fold_word(w) for w in words]
    if len(words) < 2 or _definite(folded[0]) or folded[0] in _AR_HEADS:
        return False
    if _titled_name(words, folded, closed=True):
        return False  # «وأشار حجة الإسلام نواب إلى ...»: a title opens it, a word ends it
    segment = _words(_SEGMENT_RE.split(subject)[0])
    if len(segment) < len(words) and len(segment) <= SPEAKER_NAME_WORDS + 1:
        return False  # «وأعرب X Y Z، مدير ...، عن أسفه ... وقال إن»: set off by «،»
    # the words between the two verbs are the subject alone, the second verb right after
    # them («وتابع مساعد محافظة سيستان يقول إن»): it ends there
    verbs = list(_AR_VERB_RE.finditer(clause))
    between = _words(clause[verbs[-1].end() :].strip(" ،,"))
    while between and fold_word(between[-1]) == "و":
        between.pop()
    if len(_words(_ar_display(subject))) == 1 and _definite(folded[1]):
        # «واعتبر ارتفاع التعريفة الجمركية عقبة ... واضاف ان»: one bare word and a definite
        # one after it read as a noun in construct, the verb's object as well as a name
        # and that verb's object: who it is, is not known
        return folded[0] not in GIVEN_NAMES
    if len(between) <= len(words) and not clause.rstrip().endswith(("،", ",")):
        return False
    # the name shown stops before its word limit at an article or a role («نوري محمود
    # المتحدث باسم ...»): it ends there
    return len(_words(_ar_display(subject))) >= min(SPEAKER_NAME_WORDS, len(segment))


def _relays(paragraph: str, intro: _Found, following: list[_Found]) -> bool:
    """Persian: whether *intro* opens no words but the next statement's subject («مهر در
    خبری نوشت: وی ادامه داد: ...», «ایرنا نوشت: «X» افزود: ...»): an outlet relaying a
    speaker, who is not its pronoun's antecedent (the relayed «وی» is the speaker before)."""
    between = _before_next(paragraph, intro, following)
    return between is not None and len(_words(between)) <= SPEAKER_NAME_WORDS


def _before_next(paragraph: str, intro: _Found, following: list[_Found]) -> str | None:
    """The words from *intro*'s colon to the verb of the next introducer (the first of
    *following*), when they are in one sentence; None when there is none or a sentence
    ends between them."""
    if not following:
        return None
    between = paragraph[intro.colon_end : following[0].verb_start]
    return None if _sentence_end(between) else between


def _fa_nested(paragraph: str, intro: _Found, following: list[_Found]) -> bool:
    """Persian: whether *intro*'s reported clause («… گفته است که») is no more than the
    next verb's subject and the one it spoke to, in the same sentence («وزارت خارجه گفته
    است که معاون این وزارت به X، سفیر پاکستان گفته است که …»): the words are the inner
    speaker's, relayed; the outer verb has none of its own.  The clause before the
    first «،» is a subject, «به» and a short name after it, with no verb form ending
    it; what follows each «،» is a short title in apposition to that name."""
    if not intro.that or intro.document or intro.according:
        return False
    between = _before_next(paragraph, intro, following)
    if between is None or len(_words(between)) > NESTED_SUBJECT_WORDS:
        return False
    segments = [s for s in _FA_SEGMENT_RE.split(between.strip()) if s]
    first = [fold_word(w) for w in _words(segments[0])] if segments else []
    if any(w in _FA_CLAUSE_CONJUNCTIONS for w in first) or _TO not in first[1:]:
        return False
    to = first.index(_TO, 1)
    if not 1 <= len(first) - to - 1 <= SPEAKER_NAME_WORDS:
        return False
    last = first[-1]
    if last.endswith("ه") or last in _FA_AUXILIARIES or first[-2] in _FA_PROGRESSIVE:
        return False  # «… به مردم رسیده»: a clause of its own, not a name
    return all(
        0 < len(_words(s)) <= SPEAKER_NAME_WORDS
        and not {fold_word(w) for w in _words(s)} & _FA_ALSO_WORDS
        for s in segments[1:]
    )


_TO = fold_word("به")
_FA_PROGRESSIVE = frozenset(fold_word(w) for w in ("می", "نمی"))
_FA_ALSO_WORDS = frozenset(fold_word(w) for w in ("نیز", "هم", "همچنین"))


# Persian verbs of a report: an outlet's or a reporter's clause relays others' words.
FA_REPORT_VERBS = ("گزارش داد", "گزارش دادند", "گزارش داده", "نوشت", "نوشتند", "نوشته")
_FA_REPORT_VERBS = frozenset("".join(fold(v).split()) for v in FA_REPORT_VERBS)


def _fa_outlet_relays(paragraph: str, intro: _Found) -> bool:
    """Persian: whether *intro* is an outlet's or a reporter's report («آژانس خبری X گزارش
    داد که مقامات … اعلام کرده‌اند …»): a report verb (FA_REPORT_VERBS) or a subject
    opened by an outlet's head (FA_OUTLET_HEADS) or a reporter (REPORTERS).  The clause
    it reports is the words of the one it names, not the outlet's."""
    verb = "".join(fold(paragraph[intro.verb_start : intro.colon_end]).split())
    if any(verb.startswith(v) for v in _FA_REPORT_VERBS):
        return True
    subject = _words(paragraph[intro.clause_start : intro.verb_start])
    return bool(subject) and (
        fold_word(subject[0]) in _FA_OUTLET_HEADS or _is_reporter(subject[0], "fa")
    )


def _fa_reported_within(paragraph: str, intro: _Found, following: _Found | None) -> bool:
    """Persian: whether the next verb of saying is the verb of *intro*'s reported clause
    («شماری از پناهجویان می‌گویند که پولیس به مالکان خانه‌ها هشدار داده که …»): in the
    same sentence, the words between «که» and it are its subject alone (no «،», «اما», «و»
    after a verb, quotation mark or another sentence), longer than a relayed speaker's
    name (``_relays``).  X's words are Y's warning as X tell it, to the end of Y's clause;
    Y's clause is no statement of Y's, and X's words are never cut before their verb."""
    if following is None or not (intro.that and following.that):
        return False
    if intro.document or intro.according or following.document or following.according:
        return False
    if following.continues or following.resumes or following.clause_start > intro.colon_end:
        return False
    between = paragraph[intro.colon_end : following.verb_start]
    if _sentence_end(between) or _COMMA_RE.search(between) or _FA_BUT_RE.search(between):
        return False
    if any(mark in between for mark in (*OPEN_MARKS, *OPEN_MARKS.values(), "؛", ":")):
        return False
    if _FA_JOINER_RE.search(between) or _FA_AND_RE.search(between):
        return False
    words = _words(between)
    return SPEAKER_NAME_WORDS < len(words) <= NESTED_SUBJECT_WORDS


def _relays_person(
    paragraph: str,
    intro: _Found,
    following: list[_Found],
    resolve: Callable[[str], str],
    speaks: Callable[[str, str], bool],
) -> bool:
    """Persian: whether *intro*'s words name a known person first and then, in the same
    sentence, what he did and said («روابط عمومی ... اعلام کرد: شهباز شریف ... در این
    دیدار ...، بر ... تاکید کرد و گفت: ...»): the person's own verb gives his words, and
    what comes before it is the relayed lead-in, no statement of *intro*'s speaker."""
    between = _before_next(paragraph, intro, following)
    if between is None:
        return False
    subject = _subject_before(between, "fa")
    if not subject or _words(subject)[:1] != _words(between)[:1]:
        return False
    slug, _name = _resolve_prefix(subject, resolve, speaks)
    return bool(slug) and speaks("", slug)  # a person: a state's name opens a statement


def _quoted_name(
    paragraph: str,
    start: int,
    text: str,
    resolve: Callable[[str], str],
    speaks: Callable[[str, str], bool],
) -> bool:
    """Whether the statement opening at *start* is a name in quotation marks, not words
    said: a quotation of fewer than ``NAME_QUOTE_WORDS`` words that its sentence runs on
    after («اعلام کرد: «سردار ایاز صادق» رئیس مجلس ...»), or one that names a person
    and ends the sentence («... ووزير الخارجية الباكستاني "محمد إسحاق دار".»)."""
    opening = paragraph[start:].lstrip()
    close = paragraph.find(OPEN_MARKS.get(opening[:1], "\0"), len(paragraph) - len(opening) + 1)
    if close < 0 or len(_words(text)) >= NAME_QUOTE_WORDS:
        return False
    after = paragraph[close + 1 :].lstrip(" ،,")
    if after[:1].isalpha():
        return True
    slug = resolve(text)
    return bool(slug) and speaks("", slug) and len(_words(text)) <= SPEAKER_NAME_WORDS


def _closed_before_participle(paragraph: str, intro: _Found, following: _Found | None) -> bool:
    """Whether the statement of *intro* is a quotation after «إن/أن» that a «،» and the
    next statement's participle follow («قال X إن «الإنقاذ مستمر»، مضيفاً أن …»): the
    speaker's words, however short, not a name the sentence runs on after."""
    if not intro.that or following is None or not following.participle:
        return False
    opening = paragraph[intro.colon_end : following.verb_start].strip()
    if opening[:1] not in OPEN_MARKS:
        return False
    close = opening.find(OPEN_MARKS[opening[0]], 1)
    return close > 0 and opening[close + 1 :].strip() in {"،", ","}


def _next_quotation(paragraphs: list[str], index: int, intro: _Found) -> str:
    """The words of a colon that ends its paragraph, when the next paragraph opens with a
    quotation that closes in it («... إذ قال:» and then «"تمر باكستان الآن ..."»); ""
    otherwise."""
    paragraph = paragraphs[index]
    if intro.that or paragraph[intro.colon_end :].strip() or index + 1 >= len(paragraphs):
        return ""
    if not paragraph[: intro.colon_end].rstrip().endswith((":", "：")):
        return ""
    following = paragraphs[index + 1]
    if not _quoted_whole(following, 0):
        return ""
    return _quote_text(following, 0, len(following), False)


# An HTML entity left in the text for a straight quotation mark («وقال quot;نريد ان
# نعالج …quot;.», «&quot;»): read as the mark it stands for, never a word of a name.
_HTML_QUOTE_RE = re.compile(r"(?:&|(?<![A-Za-z]))quot;")


# A denial's clause is what the speaker says is not so («ونفت باكستان أن تكون السعودية
# طلبت منها وساطة»): shown as his words it would state the opposite of what he said.
_DENIAL_RE = re.compile(r"(?:و|ف)?(?:نفى|نفت|نفوا|ينفي|تنفي)(?!\w)")


# Primes typed for quotation marks: «“أهنّئكم … 2024″، مشيراً إلى أنه “وفقاً …”» closes
# its first quotation with «″» (a double prime), «‶» (a reversed one) opens one.
PRIME_CLOSE, PRIME_OPEN = "\u2033", "\u2036"


def _prime_marks(paragraph: str) -> str:
    """*paragraph* with a double prime read as «”» where a «“» is open before it, and a
    reversed one as «“» where a «”» or a prime closes after it (a prime after a figure
    with no quotation open, «5″», stays).  One letter for one: offsets are kept."""
    if PRIME_CLOSE not in paragraph and PRIME_OPEN not in paragraph:
        return paragraph
    chars, open_ = list(paragraph), False
    for i, char in enumerate(chars):
        if char == PRIME_OPEN and not open_:
            rest = paragraph[i + 1 :]
            if "”" in rest or PRIME_CLOSE in rest:
                chars[i], open_ = "“", True
        elif char == "“":
            open_ = True
        elif char == "”":
            open_ = False
        elif char == PRIME_CLOSE and open_:
            chars[i], open_ = "”", False
    return "".join(chars)


# Persian: a speaker named through a country pointer («وزارت خارجه این کشور»).  The
# country is the one that opens the sentence before the speaker's, or the one of the
# same label's statement that sentence goes on with (or, with no country opening it, of
# the same label's statement earlier in the paragraph); the same label given again for
# another country, or for one not known, is no speaker: one label never names two
# parties («امریکا … اعلام کرد … . وزارت خارجه این کشور گفت …» and later «پاکستان …
# توصیف کرده است. وزارت خارجه این کشور گفت …»).
FA_COUNTRY_POINTERS = ("این کشور", "آن کشور", "همین کشور", "همان کشور")
_FA_COUNTRY_POINTER_RE = re.compile(
    r"(?<![\w\u200c])" + loose_any(FA_COUNTRY_POINTERS) + r"(?![\w\u200c])"
)
FA_COUNTRY_OPENING_WORDS = 3  # the longest country name that opens a sentence


class _PointedCountries:
    """The country each pointer label of an article stood for (``FA_COUNTRY_POINTERS``)."""

    def __init__(self) -> None:
        self.countries: dict[str, str | None] = {}
        self.paragraphs: dict[str, int] = {}  # where each label was last given

    def name(
        self, who: tuple[str, str], sentence: str, index: int, resolve: Callable[[str], str]
    ) -> tuple[str, str]:
        label = " ".join(fold_word(w) for w in _words(who[1]))
        country = None
        if label and label in " ".join(fold_word(w) for w in _words(sentence)):
            country = self.countries.get(label)  # the same label's statement goes on
        else:
            words = _words(sentence)
            for n in range(FA_COUNTRY_OPENING_WORDS, 0, -1):
                slug = resolve(" ".join(words[:n]).strip(' ،,:«»“”"')) if len(words) > n else ""
                if slug:
                    country = slug
                    break
        if country is None and self.paragraphs.get(label) == index:
            return who  # no other country named since, in the same paragraph
        if label in self.countries and (country is None or self.countries[label] != country):
            return "", ""
        self.countries.setdefault(label, country)
        self.paragraphs[label] = index
        return who


def extract_quotes(
    paragraphs: list[str],
    lang: str,
    resolve: Callable[[str], str],
    speaks: Callable[[str, str], bool] | None = None,
) -> list[Quote]:
    """Every attributed statement in *paragraphs*, in reading order.

    An unknown *lang* is told from the paragraphs' letters (``detect_language``).
    ``speaks(name, slug)`` tells whether the actor *slug* that *name* resolves to can be
    the speaker named so: a person, or a state or body at the head of *name*, not one
    that only qualifies it («وسائل الإعلام التركية»); without it every actor can.
    """
    speaks = speaks or (lambda _name, _slug: True)
    if lang not in _PATTERNS:
        lang = detect_language(" ".join(paragraphs))
    paragraphs = [pair_curly_quotes(_prime_marks(_HTML_QUOTE_RE.sub('"', p))) for p in paragraphs]
    quotes: list[Quote] = []
    last = _Speakers()
    pointed = _PointedCountries()
    named_at = (-1, 0)  # where the words of the last statement with a named speaker end
    for index, paragraph in enumerate(paragraphs):
        found = _introducers(paragraph, lang)
        previous_end = 0
        relayed = -1  # where a relayed person's clause starts (``_relays_person``)
        said: tuple[str, str] | None = None  # the speaker of the paragraph's last statement
        # the speaker of a sentence opened by its verb whose reported clause has no one
        # else speak in it (``intro.continues``)
        reported: tuple[str, str] | None = None
        spoke: tuple[str, str] | None = None  # who made it, its words his own or not
        spoke_at = -1  # where its verb is
        quoted_until = -1  # where the quotation a statement opens with closes
        within = -1  # the last verb of a reported clause inside a statement before it
        for i, intro in enumerate(found):
            if i <= within:
                continue  # (``_fa_reported_within``) part of that statement's words
            following = found[i + 1] if i + 1 < len(found) else None
            end = _statement_end(paragraph, intro, following, lang)
            if (
                lang == "fa"
                and not _relays(paragraph, intro, found[i + 1 : i + 2])
                and not _fa_nested(paragraph, intro, found[i + 1 : i + 2])
            ):
                inner = i
                while inner + 1 < len(found) and _fa_reported_within(
                    paragraph, found[inner], found[inner + 1]
                ):
                    inner += 1
                if inner > i and _fa_outlet_relays(paragraph, intro):
                    previous_end = intro.colon_end
                    continue  # an outlet's report of what others said: theirs
                if inner > i:
                    within = inner
                    after = found[inner + 1] if inner + 1 < len(found) else None
                    end = _statement_end(paragraph, found[inner], after, lang)
            if (
                lang == "ar"
                and _fronted(paragraph, intro)
                and not _quoted_whole(paragraph, intro.colon_end)
            ):
                clause_end = _fronted_end(paragraph, intro, end)
                if clause_end is None:
                    previous_end = end
                    continue
                end = clause_end
            if intro.words_end >= 0:
                end = intro.words_end
            if intro.silent:
                previous_end = end
                continue
            if lang == "fa" and intro.verb_start < quoted_until:
                continue  # a verb inside a quotation is the quoted speaker's words
            if lang == "fa" and _quoted_whole(paragraph, intro.colon_end):
                opening = paragraph[intro.colon_end :].lstrip()
                start = len(paragraph) - len(opening) + 1
                quoted_until = _closing_mark(paragraph, opening[0], start)
            if lang == "fa" and _relays(paragraph, intro, found[i + 1 : i + 2]):
                previous_end = end
                continue
            if lang == "fa" and _fa_nested(paragraph, intro, found[i + 1 : i + 2]):
                previous_end = intro.colon_end
                continue
            if lang == "fa" and _relays_person(
                paragraph, intro, found[i + 1 : i + 2], resolve, speaks
            ):
                previous_end, relayed = end, intro.colon_end
                continue
            text = _quote_text(paragraph, intro.colon_end, end, intro.that)
            carried = _next_quotation(paragraphs, index, intro)
            if carried:
                text = carried
            elif lang == "ar" and (
                not _quoted_whole(paragraph, intro.colon_end) or text[:1] in OPEN_MARKS
            ):
                # (words that open on a quoted word keep their marks: «أن "الارهابيين" فروا
                # … دون الخوض في التفاصيل»)
                text = _without_comment(text)
            elif lang == "fa" and not intro.that and not _quoted_whole(paragraph, intro.colon_end):
                # (a quotation in marks is the speaker's own words, «او» inside it too)
                text = _fa_unclosed(paragraph[intro.colon_end : end]) or text
                narration = _FA_NARRATION_RE.search(text)
                text = _fa_first_sentence(text[: narration.start()] if narration else text)
            if lang == "fa" and not _quoted_whole(paragraph, intro.colon_end):
                text = _fa_own_words(text)
                if index == len(paragraphs) - 1:
                    text = _fa_not_cut_off(text, paragraph)
            if lang == "fa" and intro.plural and intro.that:
                # (after a closing mark too: «که «جیش العدل» در پاکستان … کرده بودند.»)
                verb = paragraph[intro.verb_start : intro.colon_end]
                text = _fa_without_their_past(text, verb)
            # a sentence that holds an earlier statement ended at a «،»: the clause starts
            # after it («گفت: ...، اسپنسر گراهام ... افزود:»); a participle's stays the
            # sentence's, whose verb gives its speaker
            clause_start = intro.clause_start
            if relayed >= 0:
                clause_start, relayed = relayed, -1
            elif (
                not intro.participle
                and clause_start < previous_end < intro.verb_start
                and paragraph[previous_end] in "،,"
            ):
                clause_start = previous_end + 1
            elif (
                lang == "fa"
                and clause_start < previous_end < intro.verb_start
                and _FA_BUT_RE.match(paragraph, previous_end)
            ):
                clause_start = _FA_BUT_RE.match(paragraph, previous_end).end()
            clause = paragraph[clause_start : intro.verb_start]
            previous_end = end
            before = (paragraphs[index - 1] + "\n" if index else "") + paragraph[: intro.verb_start]
            if _quoted_name(paragraph, intro.colon_end, text, resolve, speaks) and not (
                lang == "ar" and _closed_before_participle(paragraph, intro, following)
            ):
                continue
            if intro.continues:
                # «مضيفا» goes on with the speaker of words they said themselves (a colon,
                # a quotation, «إنه ...»); after «أن X فعل ...» it may be X's: unknown,
                # unless X said nothing there and the participle agrees with the verb
                # («وتابع قائد الشرطة أن الوزير كان …، مضيفا أن»: the commander adds)
                who = said or reported or ("", "")
            elif intro.resumes and spoke is not None:
                who = spoke
            elif intro.addressed:
                same = spoke_at >= 0 and not _sentence_end(paragraph, spoke_at, intro.verb_start)
                who = spoke if same and spoke else ("", "")
                if intro.joined_call and not (same and spoke):
                    joined = _earlier_subject(clause) or _condemner(clause)
                    slug, name = _resolve_prefix(joined, resolve, speaks) if joined else ("", "")
                    who = (slug, name) if slug else None
            else:
                earlier = "\n".join([*paragraphs[:index], paragraph[: intro.colon_end]])
                if lang == "ar":
                    at_index, at_end = named_at
                    gap = "\n".join(
                        [
                            *([paragraphs[at_index][at_end:]] if at_index < index else []),
                            *paragraphs[at_index + 1 : index],
                            paragraph[at_end if at_index == index else 0 : intro.verb_start],
                        ]
                    )
                    last.crossed = at_index >= 0 and _other_speaker_between(gap)
                who = _speaker(intro, clause, lang, resolve, speaks, last, index, before, earlier)
                last.crossed = False
            own = (
                not intro.that
                or _AR_SELF_RE.match(text)
                or _quoted_whole(paragraph, intro.colon_end)
                # «أعرب X عن أمله في أن ...، مضيفا أن»: a wish is its speaker's, no one
                # else's clause the participle could go on with
                or (lang == "ar" and _AR_HOPE_START_RE.match(text))
            )
            said = who if own else None
            reported = None
            following_participle = found[i + 1] if i + 1 < len(found) else None
            if (
                lang == "ar"
                and not own
                and who
                and who[1]
                and following_participle is not None
                and following_participle.continues
                and following_participle.feminine == intro.feminine
                and not intro.either
                and not clause.strip()
                and not _AR_VERB_RE.search(text)
            ):
                reported = who
            spoke, spoke_at = who, intro.verb_start
            if who and who[1]:
                named_at = (index, end)
            if lang == "ar" and _DENIAL_RE.match(paragraph, intro.verb_start):
                continue  # its speaker named (for «وأضاف» after it), its clause no quote
            if lang == "fa" and who and _FA_COUNTRY_POINTER_RE.search(who[1]):
                sentence = _fa_sentences(paragraph[:clause_start].rstrip())[-1]
                who = pointed.name(who, sentence, index, resolve)
            if lang == "fa":
                text = _fa_without_call(text)
            if who is not None and len(_words(text)) >= MIN_QUOTE_WORDS:
                quotes.append(Quote(*who, text))
    # a page that repeats a paragraph's head repeats its statement: it is listed once,
    # with or without its closing stop (the head printed as a standfirst drops it)
    once: dict[tuple[str, str, str], Quote] = {}
    for quote in quotes:
        once.setdefault((quote.speaker, quote.speaker_name, quote.text.rstrip(" .")), quote)
    return list(once.values())
