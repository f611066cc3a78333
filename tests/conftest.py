"""Shared fixtures: the real seeds and the real knowledge files."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_path(prefix: str) -> Path:
    """The seed whose file name starts with *prefix* (e.g. "003")."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def extractor():
    from akhbar.build import knowledge_dir
    from akhbar.extract import Extractor
    from akhbar.knowledge import load_knowledge

    return Extractor(load_knowledge(knowledge_dir()))


@pytest.fixture(scope="session")
def seed_articles(extractor):
    """Every seed extracted once: {"000": Article, ...}."""
    result = {}
    for path in sorted(SEEDS.glob("*.txt")):
        result[path.name[:3]] = extractor.extract(path.read_bytes(), f"seeds/{path.name}").article
    return result
