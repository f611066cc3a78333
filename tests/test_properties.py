"""Property tests: arbitrary text through ingest > extract > render never breaks the output.

Text is drawn from what agencies actually send and what breaks naive pipelines: Persian
and Arabic letters, ZWNJ, bidi controls and zero-width marks, digits in three scripts,
punctuation, Markdown and YAML metacharacters and HTML tags.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.errors import InputError
from akhbar.extract import Extractor
from akhbar.render import front_matter, read_front_matter, render_article

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ"
ARABIC = "ءأإؤئةيىكًٌٍَُِّْـ"
DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
INVISIBLE = "\u200c\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u2060"
PUNCTUATION = " ،؛؟.,:;!«»\"'()-–\n\t"
FRAGMENTS = [
    "# ", "* ", "| ", "> ", "`", "```", "---", "[", "]", "(", ")", "[x](javascript:alert(1))",
    "<script>", "</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "<!-- c -->", "&amp;", "{{ x }}", "{% raw %}", "key: value", "&a", "*b", "!!python/object",
    "date 2025-11-27 ", "date 2025-13-45 ", "date yesterday ", "\n\n", "\r\n",
    "لاریجانی", "لاری\u200bجانی", "علی لاريجاني", "خبرگزاری مهر", "IRNA", "پاکستان",
    "۱۰ میلیارد دلار", "٪۵", "گفت: «", "»", "قال: ", "said: \"",
]  # fmt: skip

_text = st.lists(
    st.one_of(
        st.text(PERSIAN + ARABIC + DIGITS + INVISIBLE + PUNCTUATION, min_size=1, max_size=12),
        st.sampled_from(FRAGMENTS),
    ),
    max_size=40,
).map("".join)

SLUG_RE = re.compile(r"^[\w-]+$")
HIDDEN_RE = re.compile(f"[{INVISIBLE.replace(chr(0x200C), '')}]")


@cache
def _extractor() -> Extractor:
    """Built once per module (hypothesis does not mix with function-scoped fixtures)."""
    from akhbar.build import knowledge_dir
    from akhbar.knowledge import load_knowledge

    return Extractor(load_knowledge(knowledge_dir()))


def _extract(data: bytes):  # type: ignore[no-untyped-def]
    try:
        return _extractor().extract(data, "seeds/generated.txt").article
    except InputError:
        return None  # a refusal with a reason is a correct answer


SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(_text)
def test_extract_never_raises_anything_but_input_error(text: str) -> None:
    _extract(text.encode("utf-8"))


@SETTINGS
@given(_text)
def test_front_matter_round_trips(text: str) -> None:
    article = _extract(text.encode("utf-8"))
    if article is None:
        return
    assert read_front_matter(render_article(article)) == _plain(front_matter(article))


@SETTINGS
@given(_text)
def test_body_never_carries_raw_markup(text: str) -> None:
    article = _extract(text.encode("utf-8"))
    if article is None:
        return
    body = render_article(article).split("\n---\n", 1)[1]
    assert "<script" not in body.lower()
    assert "<img" not in body.lower()


@SETTINGS
@given(_text)
def test_slug_is_a_clean_word(text: str) -> None:
    article = _extract(text.encode("utf-8"))
    if article is None:
        return
    assert SLUG_RE.match(article.slug), article.slug
    assert not HIDDEN_RE.search(article.slug)
    assert "\u200c" not in article.slug


@SETTINGS
@given(_text, st.sampled_from(["utf-8-sig", "utf-16", "utf-16-le", "cp1256", "latin-1"]))
def test_any_encoding_is_read_or_refused(text: str, encoding: str) -> None:
    data = text.encode(encoding, "replace")
    _extract(data)


def _plain(value):  # type: ignore[no-untyped-def]
    """Tuples as lists: what YAML gives back for a sequence."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
