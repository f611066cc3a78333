"""The briefing book: real seeds, real WeasyPrint, the PDF parsed back.

The three editions are built once per module from the real seeds (``build_pdf``, as
``akhbar/site.py`` calls it) and read back with poppler (``pdftotext``, ``pdffonts``,
``pdftoppm``) and pypdf.

Text read back from a PDF is compared after ``norm``: NFKC (presentation forms to
letters), ``akhbar.text.fold`` (which also drops the bidi marks pdftotext wraps RTL lines
in), no whitespace or ZWNJ, and every run of lam/alef letters sorted.  The last step is
for pdftotext, not for the PDF: a lam-alef ligature is one glyph whose ToUnicode string
is «لا», and pdftotext, which reorders the glyphs of an RTL line into logical order,
does not reverse the letters inside one glyph's string, so «لاریجانی» comes back as
«الریجانی».  Everything else (words, lines, paragraphs) comes back in logical order.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
import subprocess
import time
import unicodedata
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest

from akhbar.build import build_docs, knowledge_dir
from akhbar.collation import sort_key
from akhbar.i18n import format_date, to_digits
from akhbar.knowledge import load_knowledge
from akhbar.model import Article, Section
from akhbar.pdf import book_html, book_order, build_pdf
from akhbar.text import fold

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ("fa", "ar", "en")
# Regenerated on every run (gitignored); tests/artifacts/ keeps a reviewed copy.
ARTIFACTS = ROOT / "test-artifacts"
PAGE_IMAGE = "briefing-fa-page-3.png"

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdftoppm")),
    reason="poppler-utils is not installed",
)


def norm(text: str) -> str:
    """The comparison form of text written into, or read back from, a PDF: letters and
    digits only.  pdftotext places neutral punctuation between RTL runs by its own bidi
    reading («ایران، «یکصدا» reads back «ایران« ،یکصدا»), so punctuation is not compared."""
    text = fold(unicodedata.normalize("NFKC", text))
    text = re.sub(r"[\W_]+", "", text)
    return re.sub("[لا]+", lambda m: "".join(sorted(m.group())), text)


def poppler(*args: str | Path) -> str:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=True, encoding="utf-8"
    ).stdout


def page_text(pdf: Path, first: int, last: int | None = None) -> str:
    return poppler("pdftotext", "-enc", "UTF-8", "-f", first, "-l", last or first, pdf, "-")


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """The published articles and the three briefing books, with build times."""
    tmp = tmp_path_factory.mktemp("book")
    articles, _, _stories = build_docs(ROOT / "seeds", tmp / "docs", progress=lambda m: None)
    pdfs, seconds = {}, {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AKHBAR_NO_CACHE", "1")  # laid out by WeasyPrint, never a kept copy
        for edition in EDITIONS:
            start = time.perf_counter()
            pdfs[edition] = tmp / edition / "briefing.pdf"
            assert build_pdf(articles, edition, pdfs[edition])
            seconds[edition] = time.perf_counter() - start
    return articles, pdfs, seconds


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(knowledge_dir())


# --- the PDF read back ---------------------------------------------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_font_is_embedded(book, edition):
    articles, pdfs, _ = book
    rows = poppler("pdffonts", pdfs[edition]).splitlines()[2:]
    fonts = {row.split()[0].split("+")[-1]: row.split()[-5] for row in rows}
    assert fonts, "no fonts listed"
    assert set(fonts.values()) == {"yes"}, fonts
    assert "Vazirmatn" in fonts
    if any(a.lang == "ar" for a in articles):
        assert "Noto-Naskh-Arabic" in fonts


@functools.cache
def _book_text(pdf: Path) -> str:
    return norm(page_text(pdf, 1, 10_000))


def chapter_text(book, edition: str) -> str:
    """The whole book's text in the comparison form."""
    return _book_text(book[1][edition])


def seed_article(book, prefix: str) -> Article:
    (article,) = [a for a in book[0] if Path(a.source_file).name.startswith(prefix)]
    return article


SEEDS = sorted(p.name[:3] for p in (ROOT / "seeds").glob("*.txt"))

# Seed 002 (Arabic) has harakat in its key points («مجدداً», «مؤكّداً», «أُ»), and two
# extraction defects meet there; the PDF itself shows the text correctly (see the page
# images).  1. WeasyPrint 70 maps each glyph to text first come, first served; a glyph
# first drawn inside a multi-glyph cluster («أُ»: alef-hamza + damma) maps to "" for
# the rest of the document, so «أمين» reads back as «مين» (WeasyPrint issue #2841, open).
# 2. A mark drawn with a text rise (GPOS mark positioning) splits its line for pdftotext,
# which then puts the start of the RTL line after its end.
EXTRACTION_GAPS = {"002"}


def _gap(edition: str, prefix: str):
    marks = []
    if prefix in EXTRACTION_GAPS:
        reason = "pdftotext loses or reorders letters around Arabic harakat (WeasyPrint #2841)"
        marks.append(pytest.mark.xfail(strict=True, reason=reason))
    return pytest.param(edition, prefix, marks=marks, id=f"{edition}-{prefix}")


@pytest.mark.parametrize(("edition", "prefix"), [(e, p) for e in EDITIONS for p in SEEDS])
def test_title_reads_back(book, edition, prefix):
    article = seed_article(book, prefix)
    assert norm(article.title) in chapter_text(book, edition)


@pytest.mark.parametrize(("edition", "prefix"), [_gap(e, p) for e in EDITIONS for p in SEEDS])
def test_key_points_read_back_in_logical_order(book, edition, prefix):
    article = seed_article(book, prefix)
    text = chapter_text(book, edition)
    # From the title's first appearance (its contents entry) on, the key points in order.
    position = text.find(norm(article.title))
    assert position >= 0
    for point in article.key_points:
        found = text.find(norm(point), position)
        assert found > position, f"key point not found in order: {point[:40]}"
        position = found


@pytest.mark.parametrize("edition", EDITIONS)
def test_outline_lists_exactly_the_articles(book, edition):
    from pypdf import PdfReader

    articles, pdfs, _ = book
    reader = PdfReader(pdfs[edition])
    outline = reader.outline
    # One level-1 entry per article, newest first; no cover, contents or index entries.
    assert all(not isinstance(entry, list) for entry in outline), "nested outline entries"
    assert [norm(entry.title) for entry in outline] == [norm(a.title) for a in book_order(articles)]
    assert 1 + len(articles) <= len(reader.pages) <= 10 * len(articles) + 5


@pytest.mark.parametrize(
    ("edition", "digits"), [("fa", "۰۱۲۳۴۵۶۷۸۹"), ("ar", "٠١٢٣٤٥٦٧٨٩"), ("en", "0123456789")]
)
def test_page_numbers_in_the_edition_digits(book, edition, digits):
    from pypdf import PdfReader

    pdf = book[1][edition]
    pages = len(PdfReader(pdf).pages)
    for number in range(2, pages + 1):
        lines = [line.strip() for line in page_text(pdf, number).splitlines() if line.strip()]
        # The page number is the page's last line (the footer), alone, without bidi marks.
        footer = re.sub(r"[\u202a-\u202e]", "", lines[-1])
        assert footer == to_digits(str(number), edition), f"page {number}: {footer!r}"
        assert set(footer) <= set(digits)


@pytest.mark.parametrize("edition", EDITIONS)
def test_cover_states_the_newest_article_date_not_today(book, knowledge, edition):
    articles, pdfs, _ = book
    newest = max(a.date for a in articles if a.date)
    today = dt.date.today().isoformat()
    # The HTML, exactly: the cover's last line is the newest article's date.
    html = book_html(articles, edition, knowledge)
    cover = html[html.index('<section class="cover">') : html.index('<nav class="toc">')]
    assert f"<bdi>{format_date(newest, edition)}</bdi></p>" in cover
    if today != newest:
        assert format_date(today, edition) not in html
    # The PDF: every word of that date is on page 1.  Word by word because pdftotext
    # misplaces digit runs next to parentheses in RTL lines: «۶ آذر ۱۴۰۴ (۲۷ نوامبر ۲۰۲۵)»,
    # drawn correctly, reads back as «۶ آذر ۲۷( ۱۴۰۴ نوامبر )۲۰۲۵».
    words = set(re.sub(r"[\u202a-\u202e()]", " ", page_text(pdfs[edition], 1)).split())
    assert set(re.sub("[()]", " ", format_date(newest, edition)).split()) <= words


def test_pdf_dates_are_the_newest_article_date(book):
    from pypdf import PdfReader

    articles, pdfs, _ = book
    newest = max(a.date for a in articles if a.date).replace("-", "")
    info = PdfReader(pdfs["fa"]).metadata
    assert info["/CreationDate"].startswith(f"D:{newest}")
    assert info["/ModDate"].startswith(f"D:{newest}")


def test_two_builds_are_byte_identical(book, tmp_path, monkeypatch):
    articles, pdfs, _ = book
    again = tmp_path / "briefing.pdf"
    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")
    assert build_pdf(articles, "fa", again)  # laid out again
    assert again.read_bytes() == pdfs["fa"].read_bytes()


def test_the_same_book_is_copied_and_a_changed_one_laid_out(book, tmp_path, monkeypatch):
    import weasyprint

    articles, pdfs, _ = book
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    assert build_pdf(articles, "en", tmp_path / "first.pdf")  # nothing kept yet
    assert (tmp_path / "first.pdf").read_bytes() == pdfs["en"].read_bytes()

    def no_layout(*args, **kwargs):
        raise AssertionError("laid out again")

    monkeypatch.setattr(weasyprint, "HTML", no_layout)
    assert not build_pdf(articles, "en", tmp_path / "second.pdf")
    assert (tmp_path / "second.pdf").read_bytes() == pdfs["en"].read_bytes()
    retitled = [replace(book_order(articles)[0], title="A new headline"), *book_order(articles)[1:]]
    with pytest.raises(AssertionError, match="laid out again"):
        build_pdf(retitled, "en", tmp_path / "third.pdf")
    with pytest.raises(AssertionError, match="laid out again"):
        build_pdf(articles, "fa", tmp_path / "fa.pdf")  # each edition its own book


def test_page_image(book):
    """Renders page 3 of the fa book (the first chapter) for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    stem = ARTIFACTS / PAGE_IMAGE.removesuffix(".png")
    poppler(
        "pdftoppm", "-png", "-r", "60", "-f", "3", "-l", "3", "-singlefile", book[1]["fa"], stem
    )
    image = stem.with_suffix(".png")
    assert image.read_bytes().startswith(b"\x89PNG")
    assert image.stat().st_size < 200_000
    kept = ROOT / "tests" / "artifacts" / PAGE_IMAGE
    assert kept.exists()
    assert kept.stat().st_size < 200_000


def test_build_times(book):
    # Three A4 books of a handful of articles each; generous for a loaded machine.
    assert all(seconds < 30 for seconds in book[2].values()), book[2]


# --- the HTML, without WeasyPrint -----------------------------------------------------------


@pytest.mark.parametrize(("edition", "direction"), [("fa", "rtl"), ("ar", "rtl"), ("en", "ltr")])
def test_html_edition_and_article_directions(book, knowledge, edition, direction):
    articles = book[0]
    html = book_html(articles, edition, knowledge)
    assert f'<html lang="{edition}" dir="{direction}">' in html
    assert html.count("<h1>") == len(articles)
    for article in articles:
        article_dir = "ltr" if article.lang == "en" else "rtl"
        assert f'<ul lang="{article.lang}" dir="{article_dir}">' in html or not article.key_points
    assert 'class="book-index" id="index-actors"' in html
    assert 'class="book-index" id="index-topics"' in html


def test_html_escapes_article_text(knowledge):
    article = Article(
        slug="x",
        source_file="seeds/x.txt",
        lang="en",
        title="<script>alert(1)</script> & «ظریف: نه»",
        date="2025-01-02",
        sections=(Section("", ("a < b",)),),
    )
    html = book_html([article], "en", knowledge)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; «ظریف: نه»" in html
    assert "a &lt; b" in html


def test_html_without_dated_articles_has_no_pdf_date(knowledge):
    article = Article(slug="x", source_file="seeds/x.txt", lang="fa", title="بی‌تاریخ")
    html = book_html([article], "fa", knowledge)
    assert "dcterms.created" not in html
    assert "تاریخ نامعلوم" in html or "Date unknown" in html


def test_book_order_is_newest_first_undated_last():
    articles = [
        Article(slug="b", source_file="", lang="fa", date=None),
        Article(slug="c", source_file="", lang="fa", date="2025-01-01"),
        Article(slug="a", source_file="", lang="fa", date=None),
        Article(slug="d", source_file="", lang="fa", date="2025-03-01"),
    ]
    assert [a.slug for a in book_order(articles)] == ["d", "c", "a", "b"]


@pytest.mark.parametrize(
    ("lang", "names", "expected"),
    [
        # Persian letters in the Persian alphabet's order, not code-point order (پ < ت).
        ("fa", ["تهران", "پاکستان", "ایران"], ["ایران", "پاکستان", "تهران"]),
        # گ after ک, and Arabic ك sorted as Persian ک.
        ("fa", ["گروه", "كشور", "لبنان"], ["كشور", "گروه", "لبنان"]),
        # Arabic: the article ال is not sorted on; hamza forms of alef are alef.
        ("ar", ["المجلس", "إيران", "باكستان"], ["إيران", "باكستان", "المجلس"]),
        # English: case-insensitive.
        ("en", ["pakistan", "Iran", "Abbas"], ["Abbas", "Iran", "pakistan"]),
    ],
)
def test_collation(lang, names, expected):
    assert sorted(names, key=lambda n: sort_key(n, lang)) == expected


@pytest.mark.parametrize(
    ("edition", "letter", "name"),
    [
        # A person under their family name's letter: «سید عباس عراقچی» under ع, not س.
        ("fa", "ع", "سید عباس عراقچی"),
        ("ar", "خ", "السيد علي الخامنئي"),
        ("en", "A", "Abbas Araghchi"),
        # A state under its own first letter; Arabic's article passed over.
        ("ar", "و", "الولايات المتحدة"),
    ],
)
def test_index_files_entries_under_their_letter(knowledge, edition, letter, name):
    article = Article(
        slug="x",
        source_file="",
        lang="fa",
        date="2025-06-01",
        actors=("abbas-araghchi", "ali-khamenei", "united-states", "pakistan"),
    )
    html = book_html([article], edition, knowledge)
    index = html[html.index('id="index-actors"') : html.index('id="index-topics"')]
    filed = {}
    for heading, entries in re.findall(
        r'<h3 class="index-letter">(.*?)</h3>\s*<ul>(.*?)</ul>', index, re.S
    ):
        for entry in re.findall(r'<bdi class="entry">(.*?)</bdi>', entries):
            filed[entry] = heading
    assert filed[name] == letter


@pytest.mark.parametrize(
    ("edition", "expected"),
    [
        # One alphabetical run, people by family name (خامنه‌ای under خ, عراقچی under ع),
        # by the key of the site's index pages.
        ("fa", ["آمریکا", "پاکستان", "سید علی خامنه‌ای", "سید عباس عراقچی"]),
        ("en", ["Abbas Araghchi", "Ali Khamenei", "Pakistan", "United States"]),
    ],
)
def test_index_order_is_the_sites(knowledge, edition, expected):
    article = Article(
        slug="x",
        source_file="",
        lang="fa",
        date="2025-06-01",
        actors=("united-states", "abbas-araghchi", "pakistan", "ali-khamenei"),
    )
    html = book_html([article], edition, knowledge)
    index = html[html.index('id="index-actors"') : html.index('id="index-topics"')]
    names = re.findall(r'<bdi class="entry">(.*?)</bdi>', index)
    assert names == expected


# --- a book of the newest articles only ------------------------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_html_of_the_newest_articles_says_how_many_of_how_many(book, knowledge, edition):
    articles = book[0]
    html = book_html(articles, edition, knowledge, limit=2)
    newest = book_order(articles)[:2]
    assert html.count("<h1>") == 2
    assert [norm(t) for t in re.findall(r"<h1>(.*?)</h1>", html)] == [norm(a.title) for a in newest]
    scope = re.search(r'<p class="scope">([^<]*)</p>', html)
    assert scope is not None
    assert to_digits("2", edition) in scope.group(1)
    assert to_digits(str(len(articles)), edition) in scope.group(1)
    # The indexes name only what the book's chapters name.
    actors_in_book = {slug for a in newest for slug in a.actors}
    left_out = {slug for a in articles for slug in a.actors} - actors_in_book
    index = html[html.index('id="index-actors"') :]
    for slug in left_out:
        assert knowledge.actor(slug).names.get(edition) not in index
    # A book holding every article says nothing of the kind.
    assert 'class="scope"' not in book_html(articles, edition, knowledge, limit=len(articles))


def test_pdf_of_the_newest_articles(book, tmp_path, monkeypatch):
    from pypdf import PdfReader

    articles = book[0]
    monkeypatch.setenv("AKHBAR_BOOK_ARTICLES", "2")
    out = tmp_path / "briefing.pdf"
    build_pdf(articles, "ar", out)
    outline = PdfReader(out).outline
    assert [norm(entry.title) for entry in outline] == [
        norm(a.title) for a in book_order(articles)[:2]
    ]
    cover = norm(page_text(out, 1))
    assert norm("أحدث ٢ من ٥ مقالة") in cover


@pytest.mark.parametrize("value", ["0", "all", "-5"])
def test_a_bad_book_size_stops_the_build_before_anything_is_built(tmp_path, monkeypatch, value):
    from akhbar.build import Report
    from akhbar.errors import BuildError
    from akhbar.site import build_site

    monkeypatch.setenv("AKHBAR_BOOK_ARTICLES", value)
    with pytest.raises(BuildError, match="AKHBAR_BOOK_ARTICLES must be a whole number of articles"):
        build_site([], tmp_path / "docs", tmp_path / "site", Report(), lambda _m: None)
    assert not (tmp_path / "site").exists()
    assert not (tmp_path / "site.tmp").exists()


def test_each_book_process_is_sent_only_its_articles(book, tmp_path, monkeypatch):
    """build_pdfs sends a book's process the articles the book holds and how many were
    published, not every article; the books are those build_pdf makes of every article."""
    import akhbar.pdf
    from akhbar.site import build_pdfs

    articles = book[0]
    monkeypatch.setenv("AKHBAR_BOOK_ARTICLES", "2")
    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")  # every book laid out
    real = akhbar.pdf.build_pdf
    calls = tmp_path / "calls.txt"  # written by the processes that make the books

    def recording(chosen, edition, out, total=None, settings=None):
        with calls.open("a", encoding="utf-8") as log:
            log.write(f"{edition} {len(chosen)} {total}\n")
        return real(chosen, edition, out, total=total, settings=settings)

    monkeypatch.setattr(akhbar.pdf, "build_pdf", recording)
    build_pdfs(articles, tmp_path / "site", lambda _m: None)
    assert sorted(calls.read_text(encoding="utf-8").splitlines()) == [
        f"{edition} 2 {len(articles)}" for edition in sorted(EDITIONS)
    ]
    whole = tmp_path / "whole.pdf"
    real(articles, "ar", whole)  # every article given, the newest 2 taken
    assert (tmp_path / "site" / "ar" / "briefing.pdf").read_bytes() == whole.read_bytes()


OFFICES_LABEL = {"fa": "سمت‌های یادشده", "ar": "المناصب المذكورة", "en": "Offices named"}


@pytest.mark.parametrize("edition", EDITIONS)
def test_offices_named_with_no_holder_are_listed_by_title(knowledge, edition):
    # An undated article naming «نخست وزیر پاکستان»: the office in the edition's language
    # beside the actors, and no holder.
    article = Article(
        slug="x",
        source_file="x.txt",
        lang="fa",
        title="نخست وزیر پاکستان گفت",
        roles=("pk-prime-minister",),
        sections=(Section("", ("نخست وزیر پاکستان گفت",)),),
    )
    html = book_html([article], edition, knowledge)
    start = html.index('<dl class="meta">')
    meta = html[start : html.index("</dl>", start)]
    title = knowledge.role("pk-prime-minister").titles.get(edition)
    assert f"<bdi>{title}</bdi>" in meta
    assert OFFICES_LABEL[edition] in meta
    assert "Sharif" not in html
    assert "شریف" not in html


# --- the metadata table's side --------------------------------------------------------------

BBOX_WORD_RE = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
# The table's labels (the edition's «Date», «Source», «Actors», «Topics»).
META_LABELS = {
    "fa": ("تاریخ", "منبع", "کنشگران", "موضوعات"),
    "ar": ("التاريخ", "المصدر", "الفاعلون", "الموضوعات"),
    "en": ("Date", "Source", "Actors", "Topics"),
}


def words_with_boxes(pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(xMin, xMax, yMid, word) of every word on *page*, as ``pdftotext -bbox`` reads it."""
    out = poppler("pdftotext", "-bbox", "-f", page, "-l", page, pdf, "-")
    return [
        (float(x0), float(x1), (float(y0) + float(y1)) / 2, unescape(word))
        for x0, y0, x1, y1, word in BBOX_WORD_RE.findall(out)
    ]


def label_rows(pdf: Path, edition: str, page: int) -> dict[str, tuple[float, float, float, float]]:
    """For each table label on *page*: (label xMin, label xMax, values' xMin, values' xMax),
    the values being the other words on the label's line."""
    words = words_with_boxes(pdf, page)
    rows = {}
    for label in META_LABELS[edition]:
        # -bbox writes an RTL word's letters in visual order (reversed)
        found = [w for w in words if norm(label) in (norm(w[3]), norm(w[3][::-1]))]
        if not found:
            continue
        x0, x1, y, _ = found[0]  # the first on the page: the chapter's table, above the text
        line = [w for w in words if abs(w[2] - y) < 2 and w is not found[0]]
        if line:
            rows[label] = (x0, x1, min(w[0] for w in line), max(w[1] for w in line))
    return rows


@pytest.mark.parametrize(
    "edition",
    [
        "fa",  # labels on the right, the start of a right-to-left line
        "ar",  # the same in Arabic
        "en",  # labels on the left, the start of a left-to-right line
    ],
)
def test_metadata_labels_sit_at_the_start_side(book, edition):
    _, pdfs, _ = book
    rows = label_rows(pdfs[edition], edition, 3)  # page 3: the first chapter
    assert {"fa": "تاریخ", "ar": "التاريخ", "en": "Date"}[edition] in rows, rows
    assert len(rows) >= 3, rows  # date, source and actors at least
    for label, (x0, x1, v0, v1) in rows.items():
        if edition == "en":
            assert x1 < v0, (label, rows)
        else:
            assert x0 > v1, (label, rows)
    # The labels of one table line up on their side.
    edges = [x1 if edition != "en" else x0 for x0, x1, _, _ in rows.values()]
    assert max(edges) - min(edges) < 2, rows


META_IMAGE = "briefing-{edition}-metadata.png"


@pytest.mark.parametrize("edition", ["fa", "ar"])
def test_metadata_table_image(book, edition):
    """Renders the top of the first chapter (title and metadata table) for a person to
    look at; tests/artifacts/ keeps a reviewed copy."""
    ARTIFACTS.mkdir(exist_ok=True)
    name = META_IMAGE.format(edition=edition)
    stem = ARTIFACTS / name.removesuffix(".png")
    # A4 at 100 dpi is 827 x 1169 px: the top third holds the header and the table.
    page = ["-png", "-r", "100", "-f", "3", "-l", "3", "-singlefile"]
    area = ["-x", "0", "-y", "0", "-W", "827", "-H", "380"]
    poppler("pdftoppm", *page, *area, book[1][edition], stem)
    image = stem.with_suffix(".png")
    assert image.read_bytes().startswith(b"\x89PNG")
    kept = ROOT / "tests" / "artifacts" / name
    assert kept.exists()
    assert kept.stat().st_size < 200_000
