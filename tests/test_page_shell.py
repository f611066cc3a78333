"""Article pages filled into the theme's shell are the pages the theme renders itself.

Real in-process ``mkdocs build --dirty`` of the English edition of the seeds, three ways:
with the shell; with the shell judged unsound (every page rendered by the theme, the
fallback); and with a witness that disagrees with the shell (the fallback again).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_fixtures import copy_assets

from akhbar import page_shell

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from akhbar.build import build_docs

    folder = tmp_path_factory.mktemp("docs")
    build_docs(ROOT / "seeds", folder, lambda _m: None)
    copy_assets(folder)
    return folder


def _build(docs: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    from mkdocs.commands.build import build

    from akhbar.editions import edition_config
    from akhbar.settings import Settings

    build(
        edition_config("en", ROOT / "mkdocs.yml", docs, site, Settings.from_environment()),
        dirty=True,
    )
    pages = sorted((site / "en" / "articles").glob("*/index.html"))
    return {p.parent.name: p.read_bytes() for p in pages}


def _spy_fill(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = page_shell.fill

    def fill(shell: str, title: str, url: str, content: str) -> str:
        calls.append(url)
        return real(shell, title, url, content)

    monkeypatch.setattr(page_shell, "fill", fill)
    return calls


def test_shell_pages_equal_theme_pages(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _spy_fill(monkeypatch)
    filled = _build(docs, tmp_path / "shell", monkeypatch)
    # One witness check plus one fill for each of the other four articles.
    assert len(filled) == 5
    assert len(calls) == 1 + 4
    monkeypatch.setattr(page_shell, "is_sound", lambda shell: False)
    rendered = _build(docs, tmp_path / "theme", monkeypatch)
    assert filled == rendered
    assert all(b"AkhbarShell" not in page for page in filled.values())


def test_witness_that_disagrees_turns_the_shell_off(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = _build(docs, tmp_path / "reference", monkeypatch)
    real = page_shell.fill
    # A shell that would put the title in the wrong place: the witness must catch it.
    monkeypatch.setattr(page_shell, "fill", lambda s, t, u, c: real(s, t + " (draft)", u, c))
    assert _build(docs, tmp_path / "checked", monkeypatch) == reference
