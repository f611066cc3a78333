import pytest

from akhbar.model import Article, Figure, Quote, Section, TopicScore
from akhbar.render import read_front_matter, render_article, slugify


def _article(**changes):
    base = {
        "slug": "s",
        "source_file": "seeds/x.txt",
        "lang": "fa",
        "title": "ظریف: «گفت‌وگو» ادامه دارد",
        "date": "2025-11-27",
        "date_origin": "header",
        "source": "mehr",
        "key_points": ("یک", "دو", "سه"),
        "actors": ("ali-larijani",),
        "topics": (TopicScore("security", 0.25),),
        "figures": (Figure("۱۰ میلیارد دلار", 1e10, "USD", "amount"),),
        "quotes": (Quote("ali-larijani", "لاریجانی", "همکاری ادامه دارد"),),
        "sections": (Section("", ("پاراگراف اول",)), Section("عنوان", ("پاراگراف دوم",))),
    }
    base.update(changes)
    return Article(**base)


@pytest.mark.parametrize(
    "title",
    [
        "ظریف: «گفت‌وگو» ادامه دارد",  # ': ' inside a Persian headline
        "---",  # a document separator
        "& anchor",  # a leading YAML anchor sigil
        "* alias",  # a leading YAML alias sigil
        "tab\there 'single' \"double\"",  # tabs and both quote kinds
        "key: value\n---\nother: 1",  # an attempt to inject front matter
    ],
)
def test_front_matter_round_trips(title):
    article = _article(title=title, kicker=title)
    data = read_front_matter(render_article(article))
    assert data["title"] == title
    assert data["kicker"] == title
    assert data["figures"][0]["value"] == 1e10
    assert data["quotes"][0]["speaker"] == "ali-larijani"


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",  # script tag
        "<img src=x onerror=alert(1)>",  # event handler
        "<!-- hidden -->",  # HTML comment
    ],
)
def test_body_escapes_markup(payload):
    text = render_article(_article(sections=(Section("", (payload,)),), title=payload))
    body = text.split("\n---\n", 1)[1]
    assert payload not in body
    assert payload.replace("<", "&lt;").replace(">", "&gt;") in body


def test_body_carries_language_and_direction():
    assert 'lang="ar" dir="rtl"' in render_article(_article(lang="ar"))
    assert 'lang="en" dir="ltr"' in render_article(_article(lang="en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("همکاری‌های ایران", "همکاری-های-ایران"),  # ZWNJ becomes '-', never dropped
        ("لاريجاني في باكستان", "لاريجاني-في-باكستان"),  # Arabic ي/ك stay Arabic
        ("مصطفى في القاهرة", "مصطفى-في-القاهرة"),  # ى and ة too
        ("سفر لاریجانی به پاکستان", "سفر-لاریجانی-به-پاکستان"),  # Persian ی/ک as written
        ("Ali\u202e Larijani\u200b!", "ali-larijani"),  # bidi/zero-width marks out
        ("../../etc/passwd", "etc-passwd"),  # no path parts survive
        ("a b c d e f g h i j", "a-b-c-d-e-f-g-h"),  # at most eight words
    ],
)
def test_slugify(text, expected):
    assert slugify(text) == expected
