"""hazm's tables kept in the cache folder (``akhbar.text.keep_tables_in``): a process reads
them instead of building them with hazm; a stale or unreadable file is built again and
rewritten; nothing is written without a cache folder; display and lemmas are the same
either way."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import hazm.word_tokenizer
import pytest
from conftest import SEEDS

from akhbar import text, topics
from akhbar.build import build_docs

ROOT = Path(__file__).resolve().parent.parent
# Glued words whose ZWNJs display puts back from the words (a plural, a compound), from the
# verb forms («میشود», «رسیدهایم») and a preverb («برمیگردد»).
SENTENCE = "همکاریهای دو کشور میشود و رسیدهایم؛ روبهرو برمیگردد و سالهای بیانیهای"
# Words lemmatized from the words, the verb forms of one word and of several.
LEMMAS = ("کتاب‌ها", "می‌روم", "گفته_شده_است", "نچشیده_است", "درختان", "اجتماعی")
CACHES = (
    text.persian_lemmatizer,
    text.persian_adjectives,
    text._persian_tables,
    text._persian_lexicon,
    text.restore_zwnj,
    text._indefinite_reading,
    topics.persian_forms,
    topics._hazm,
)


def _in_a_new_process(script: str) -> subprocess.CompletedProcess[str]:
    """*script* run by a fresh interpreter of the checkout, which must end well."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def _quiet(_message: str) -> None:
    pass


@pytest.fixture
def builds(monkeypatch):
    """A process without the tables in memory; counts how often hazm builds them (it
    reads its word list once a build)."""
    count = {"builds": 0}
    real = hazm.word_tokenizer.words_list

    def words_list(*args, **kwargs):
        count["builds"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(hazm.word_tokenizer, "words_list", words_list)
    monkeypatch.setattr(text, "_tables_folder", None)
    for cached in CACHES:
        cached.cache_clear()
    yield count
    for cached in CACHES:
        cached.cache_clear()


def _use(folder: Path | None) -> None:
    """Start again as a new process would, with the tables kept in *folder*."""
    text.keep_tables_in(folder)
    for cached in CACHES:
        cached.cache_clear()


def _results() -> dict[str, object]:
    return {
        "display": text.display(SENTENCE, "fa"),
        "lemmas": [text.persian_lemmatizer().lemmatize(w) for w in LEMMAS],
    }


@pytest.fixture(scope="module")
def kept(tmp_path_factory):
    """A cache folder holding the tables (the verb forms of several words written when
    one was first looked up), and what display and the lemmatizer give with hazm's own
    tables (nothing kept)."""
    folder = tmp_path_factory.mktemp("kept")
    before = text._tables_folder
    try:
        _use(None)
        expected = _results()
        _use(folder)
        text._persian_tables()
        assert [p.name for p in (folder / "persian").iterdir()] == ["lexicon.json"]
        _use(folder)  # a next process: reads the words, builds the phrases when needed
        assert text.persian_lemmatizer().lemmatize("گفته_شده_است") == "گفت#گو"
    finally:
        _use(before)
    return folder, expected


def test_a_second_process_reads_the_kept_tables_instead_of_building_them(kept, tmp_path):
    folder, expected = kept
    shutil.copytree(folder, tmp_path / "cache")
    files = sorted((tmp_path / "cache" / "persian").iterdir())
    assert [p.name for p in files] == ["lexicon.json", "verb-phrases.json"]
    before = {p.name: p.read_bytes() for p in files}
    script = f"""
import json, sys
from pathlib import Path
import hazm.word_tokenizer
from hazm.lemmatizer import Conjugation
def refuse(*args, **kwargs):
    raise AssertionError("hazm built its tables")
hazm.word_tokenizer.words_list = refuse
Conjugation.get_all = refuse
from akhbar import text
text.keep_tables_in(Path({str(tmp_path / "cache")!r}))
print(json.dumps({{
    "display": text.display({SENTENCE!r}, "fa"),
    "lemmas": [text.persian_lemmatizer().lemmatize(w) for w in {LEMMAS!r}],
}}, ensure_ascii=False))
"""
    done = _in_a_new_process(script)
    assert json.loads(done.stdout) == expected
    assert {p.name: p.read_bytes() for p in files} == before  # read, not written again


def _stale(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "key": "0" * 64}, ensure_ascii=False), encoding="utf-8")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _wrong_shape(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({"key": data["key"], "words": 3}), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "spoil", "first_builds"),
    [
        # Kept and of this key: read, hazm builds nothing.
        ("lexicon.json", None, 0),
        # Made by another version of hazm or of this code: built again.
        ("lexicon.json", _stale, 1),
        # Half a file (a crash while copying it): built again.
        ("lexicon.json", _truncated, 1),
        # JSON of this key but not the tables (written by something else): built again.
        ("lexicon.json", _wrong_shape, 1),
        # No file: built.
        ("lexicon.json", Path.unlink, 1),
        # The verb forms of several words, read when such a form is looked up: the rest
        # is read, and they are built (and kept) when «گفته_شده_است» is lemmatized.
        ("verb-phrases.json", _truncated, 0),
        ("verb-phrases.json", _stale, 0),
        ("verb-phrases.json", Path.unlink, 0),
    ],
)
def test_a_stale_or_unreadable_table_is_built_again_and_rewritten(
    kept, tmp_path, builds, name, spoil, first_builds
):
    folder, expected = kept
    cache = tmp_path / "cache"
    shutil.copytree(folder, cache)
    path = cache / "persian" / name
    if spoil is not None:
        spoil(path)
    _use(cache)
    assert text.display(SENTENCE, "fa") == expected["display"]
    assert builds["builds"] == first_builds
    assert _results() == expected
    rebuilt = first_builds + (spoil is not None and name == "verb-phrases.json")
    assert builds["builds"] == rebuilt
    # Rewritten as the kept ones were: the next process reads them.
    for kept_file in (folder / "persian").iterdir():
        assert (cache / "persian" / kept_file.name).read_bytes() == kept_file.read_bytes()
    _use(cache)
    assert _results() == expected
    assert builds["builds"] == rebuilt


def test_the_build_keeps_the_tables_in_its_cache_folder_only(tmp_path, builds, monkeypatch):
    """A build with a cache folder keeps the tables there, a next build with another
    extraction cache reads them, a build without a cache folder builds them and writes
    nothing; the three write the same Markdown."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    monkeypatch.delenv("AKHBAR_NO_CACHE", raising=False)
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache1"))
    build_docs(seeds, tmp_path / "docs1", _quiet)
    assert builds["builds"] == 1
    # The seeds' words never look up a verb form of several words: those are not written
    # (the adjectives are, by the process that first sets the actors' matcher up).
    kept = {p.name for p in (tmp_path / "cache1" / "persian").iterdir()}
    assert kept - {"adjectives.json"} == {"lexicon.json"}

    shutil.copytree(tmp_path / "cache1" / "persian", tmp_path / "cache2" / "persian")
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache2"))
    _use(None)
    build_docs(seeds, tmp_path / "docs2", _quiet)
    assert builds["builds"] == 1  # read from cache2

    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")
    _use(None)
    build_docs(seeds, tmp_path / "docs3", _quiet)
    assert builds["builds"] == 2
    assert text._tables_folder is None
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "cache1",
        "cache2",
        "docs1",
        "docs2",
        "docs3",
        "seeds",
    ]

    def markdown(docs: Path) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted((docs / "articles").glob("*.md"))}

    assert markdown(tmp_path / "docs1") == markdown(tmp_path / "docs2")
    assert markdown(tmp_path / "docs1") == markdown(tmp_path / "docs3")
    assert len(markdown(tmp_path / "docs1")) == 5


def test_kept_tables_lemmatize_as_hazm_does(kept, builds):
    """A sample of the verb forms (of one word and of several) and of the words,
    lemmatized over the kept tables, as hazm's own Lemmatizer does."""
    from hazm import Lemmatizer

    folder, _expected = kept
    reference = Lemmatizer()
    _use(folder)
    lemmatizer = text.persian_lemmatizer()
    words = list(reference.words)[::20]
    forms = [*list(reference.verbs)[::7], *words, *(w + "ها" for w in words), "foo", ""]
    assert [lemmatizer.lemmatize(f) for f in forms] == [reference.lemmatize(f) for f in forms]
    assert builds["builds"] == 1  # the reference's


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        # Words with an underscore, Latin or digits (``tokens`` keeps them whole), open no
        # verb form of several words: the forms are not read.
        ("covid_19", "covid_19"),
        ("user_name", "user_name"),
        # A Persian word and an underscore that opens no such form («کتاب»).
        ("کتاب_ها", "کتاب_ها"),
    ],
)
def test_a_word_that_opens_no_verb_phrase_reads_no_verb_phrases(
    kept, tmp_path, builds, word, lemma
):
    folder, _expected = kept
    shutil.copytree(folder, tmp_path / "cache")
    (tmp_path / "cache" / "persian" / "verb-phrases.json").unlink()
    _use(tmp_path / "cache")
    assert text.persian_lemmatizer().lemmatize(word) == lemma
    assert builds["builds"] == 0
    assert not (tmp_path / "cache" / "persian" / "verb-phrases.json").exists()


# A Persian article as outlets write one: an agency, a speaker, a figure, a place.
PERSIAN_ARTICLE = (
    "سفر وزیر خارجه به اسلام‌آباد\n\n"
    "به گزارش خبرگزاری مهر، وزیر امور خارجه روز دوشنبه در دیدار با همتای پاکستانی خود "
    "گفت که همکاری‌های دو کشور در زمینه تجارت مرزی گسترش می‌یابد.\n\n"
    "وی افزود: حجم مبادلات دو کشور به سه میلیارد دلار رسیده است."
)


def test_a_persian_article_is_extracted_without_importing_hazm_once_its_tables_are_kept(
    kept, tmp_path
):
    """What extraction uses of hazm (stopwords, stemmer, lemmatizer, adjectives) is read
    from its files and the kept tables: hazm, and nltk with it, is not imported."""
    folder, _expected = kept
    shutil.copytree(folder, tmp_path / "cache")
    script = f"""
import json, sys
from pathlib import Path
from akhbar import text
from akhbar.extract import Extractor
from akhbar.knowledge import load_knowledge
from akhbar.settings import Settings
text.keep_tables_in(Path({str(tmp_path / "cache")!r}))
extractor = Extractor(load_knowledge(Settings.from_environment().knowledge_dir))
article = extractor.extract({PERSIAN_ARTICLE!r}.encode(), "seeds/x.txt").article
print(json.dumps({{
    "lang": article.lang,
    "key_points": len(article.key_points),
    "imported": sorted(m for m in ("hazm", "nltk") if m in sys.modules),
}}))
"""
    done = _in_a_new_process(script)
    outcome = json.loads(done.stdout)
    assert outcome["lang"] == "fa"
    assert outcome["key_points"] > 0
    assert outcome["imported"] == []


def test_the_stemmer_stems_as_hazm_does():
    """hazm's Stemmer, its suffixes read from its constants: the same stem for each word
    of hazm's list and for words with its suffixes."""
    from hazm import Lemmatizer, Stemmer

    reference = Stemmer().stem
    stem = text.persian_stemmer()
    words = list(Lemmatizer().words)[::3]
    endings = ("ها", "های", "هایشان", "ی", "ای", "ترین", "م", "ش", "\u200cها", "ۀ", "\u0654")
    forms = [*words, *(w + e for w in words[::7] for e in endings), "", "ab", "من", "کتابم"]
    assert [stem(f) for f in forms] == [reference(f) for f in forms]


def test_the_stopwords_are_hazms():
    from hazm import stopwords_list

    assert list(text.persian_stopwords()) == stopwords_list()


def test_the_adjectives_are_kept_and_read_by_the_next_process(tmp_path, builds):
    """hazm's adjectives (AJ) read from its word list, kept in the cache folder, and read
    from there (not from the word list) by the next process; a stale file is replaced."""
    from hazm.utils import words_list

    expected = frozenset(word for word, _f, tags in words_list() if "AJ" in tags)
    assert {"ظریف", "شریف", "روحانی"} <= expected
    assert not {"خبرگزاری", "اسلام‌آباد"} & expected  # nouns only
    _use(tmp_path)
    assert text.persian_adjectives() == expected
    path = tmp_path / "persian" / "adjectives.json"
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == text._tables_key()
    kept_bytes = path.read_bytes()
    _use(tmp_path)
    real = text._hazm_file
    text._hazm_file = lambda name: pytest.fail(f"read {name} again")
    try:
        assert text.persian_adjectives() == expected
    finally:
        text._hazm_file = real
    _stale(path)
    _use(tmp_path)
    assert text.persian_adjectives() == expected
    assert path.read_bytes() == kept_bytes
