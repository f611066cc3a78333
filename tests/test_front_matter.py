"""Articles' front matter parsed once per content (``akhbar.front_matter``): the store gives
back exactly what parsing gives, and a new or changed file is parsed again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from akhbar import front_matter

ARTICLE = "---\nslug: {slug}\ntitle: «{title}»\nscore: 0.125\nactors:\n- iran\n---\n\n<article>{title}</article>\n"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts parsed as YAML, in order (the real parser runs)."""
    seen: list[str] = []

    def counting(text: str):  # type: ignore[no-untyped-def]
        seen.append(text)
        return get_data(text)

    monkeypatch.setattr(front_matter, "get_data", counting)
    return seen


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _as_parsed(folder: Path) -> list[tuple[str, dict, str]]:
    """What reading each file and parsing it gives, as the build did before the store."""
    out = []
    for path in sorted(folder.glob("*.md")):
        markdown, meta = get_data(path.read_text(encoding="utf-8-sig"))
        out.append((path.name, meta, markdown))
    return out


def _read(folder: Path, store: Path | None) -> list[tuple[str, dict, str]]:
    return [
        (path.name, meta, body)
        for path, meta, body, _digest in front_matter.read_articles(folder, store)
    ]


def test_unchanged_files_are_parsed_once(tmp_path: Path, parses: list[str]) -> None:
    docs, store = tmp_path / "articles", tmp_path / "store.json"
    for k in range(3):
        _write(docs, f"a{k}.md", ARTICLE.format(slug=f"a{k}", title=f"خبر {k}"))
    first = _read(docs, store)
    assert len(parses) == 3
    assert first == _as_parsed(docs)
    assert _read(docs, store) == first
    assert len(parses) == 3  # nothing parsed the second time


def test_a_changed_file_is_parsed_again_and_a_removed_one_forgotten(
    tmp_path: Path, parses: list[str]
) -> None:
    docs, store = tmp_path / "articles", tmp_path / "store.json"
    _write(docs, "a.md", ARTICLE.format(slug="a", title="یک"))
    gone = _write(docs, "b.md", ARTICLE.format(slug="b", title="دو"))
    _read(docs, store)
    _write(docs, "a.md", ARTICLE.format(slug="a", title="یک، ویرایش‌شده"))
    gone.unlink()
    parses.clear()
    assert _read(docs, store) == _as_parsed(docs)
    assert len(parses) == 1
    assert len(json.loads(store.read_text(encoding="utf-8"))) == 1


def test_what_json_cannot_give_back_is_parsed_every_time(tmp_path: Path, parses: list[str]) -> None:
    docs, store = tmp_path / "articles", tmp_path / "store.json"
    # A hand-written front matter: an unquoted date is a date object, a number key an int.
    _write(docs, "a.md", "---\nslug: a\ndate: 2025-11-27\n1: one\n---\n\ntext\n")
    for _ in range(2):
        [(_, meta, _body)] = _read(docs, store)
        assert meta["date"] == dt.date(2025, 11, 27)
        assert meta[1] == "one"
    assert len(parses) == 2


def test_line_ends_are_read_as_before(tmp_path: Path) -> None:
    docs, store = tmp_path / "articles", tmp_path / "store.json"
    _write(docs, "a.md", ARTICLE.format(slug="a", title="crlf").replace("\n", "\r\n"))
    assert _read(docs, store) == _as_parsed(docs)
    assert _read(docs, store) == _as_parsed(docs)


@pytest.mark.parametrize("damage", ["", "{not json", '{"k": 3}', "[1, 2]"])
def test_a_damaged_store_is_ignored_and_written_again(
    tmp_path: Path, parses: list[str], damage: str
) -> None:
    docs, store = tmp_path / "articles", tmp_path / "store.json"
    _write(docs, "a.md", ARTICLE.format(slug="a", title="x"))
    store.write_text(damage, encoding="utf-8")
    assert _read(docs, store) == _as_parsed(docs)
    assert len(parses) == 1
    parses.clear()
    assert _read(docs, store) == _as_parsed(docs)
    assert parses == []


def test_no_store_when_caching_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from akhbar.settings import Settings

    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")
    assert front_matter.store_for(tmp_path, Settings.from_environment()) is None
    monkeypatch.delenv("AKHBAR_NO_CACHE")
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    settings = Settings.from_environment()
    assert front_matter.store_for(tmp_path / "a", settings) != front_matter.store_for(
        tmp_path / "b", settings
    )
    assert front_matter.store_for(tmp_path / "a", settings).is_relative_to(tmp_path / "cache")


@pytest.mark.parametrize(
    ("text", "stored_body"),
    [
        # as the build writes every article: the body is the text after the front matter
        (ARTICLE.format(slug="a", title="یک"), None),
        # no front matter: get_data's body is the whole text, stored as it is not cut
        ("just text\n", None),
        # a front matter that is not a mapping: get_data keeps the whole text
        ("---\n- a list\n---\n\nbody\n", "---\n- a list\n---\n\nbody\n"),
    ],
)
def test_the_store_holds_a_body_only_when_it_is_not_the_text_after_the_front_matter(
    tmp_path: Path, text: str, stored_body: str | None
) -> None:
    """The store keeps the parsed front matter, not a second copy of every article; what
    reading gives back is what parsing gives, from the store as from the file."""
    docs, store = tmp_path / "articles", tmp_path / "store.json"
    _write(docs, "a.md", text)
    assert _read(docs, store) == _as_parsed(docs)
    stored = json.loads(store.read_text(encoding="utf-8"))
    assert [body for _meta, body in stored.values()] == [stored_body]
    assert _read(docs, store) == _as_parsed(docs)
