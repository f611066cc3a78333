"""Loading and validating the knowledge files; shared helpers for the knowledge tests."""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

import pytest

from akhbar.knowledge import Knowledge, KnowledgeError, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge"
SEEDS = ROOT / "seeds"
_HEADER_RE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


@cache
def real_knowledge() -> Knowledge:
    return load_knowledge(KNOWLEDGE_DIR)


def read_seed(prefix: str) -> tuple[str | None, list[str]]:
    """(date, paragraphs) of a seed: the « date YYYY-MM-DD» header stripped, one
    paragraph per non-empty line (some seeds separate paragraphs by single newlines)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    raw = path.read_text(encoding="utf-8")
    m = _HEADER_RE.match(raw)
    date = m.group(1) if m else None
    raw = raw[m.end() :] if m else raw
    return date, [line.strip() for line in raw.splitlines() if line.strip()]


# -- the real files ----------------------------------------------------------------------


def test_real_files_load():
    k = real_knowledge()
    assert len(k.actors) >= 60
    assert {t.slug for t in k.topics} >= {
        "islamic-unity", "trade-economy", "security", "defence", "diplomacy", "parliament",
        "terrorism-borders", "palestine-gaza", "israel-conflict", "nuclear", "energy",
        "transit-transport", "culture-religion",
    }  # fmt: skip
    assert {s.slug for s in k.sources} >= {"abna", "irib", "mehr", "al-vefagh", "iran-press"}


@pytest.mark.parametrize(
    ("role", "date", "expected"),
    [
        ("ir-snsc-secretary", "2025-11-27", ["ali-larijani"]),  # Larijani from 2025-08-05
        ("ir-snsc-secretary", "2024-01-01", ["ali-akbar-ahmadian"]),  # his predecessor
        ("ir-president", "2024-03-01", ["ebrahim-raisi"]),  # before the helicopter crash
        ("ir-president", "2025-01-01", ["masoud-pezeshkian"]),  # from 2024-07-28
        ("pk-na-speaker", "2025-11-25", ["ayaz-sadiq"]),  # from 2024-03-01
        ("pk-president", None, ["asif-ali-zardari"]),  # no date: whoever has no end
        ("ir-parliament-speaker", "2015-01-01", ["ali-larijani"]),  # 2008-2020 term
    ],
)
def test_office_holders(role, date, expected):
    assert [a.slug for a in real_knowledge().holders(role, date)] == expected


def test_version_is_sha256_of_the_files_and_changes_with_them(tmp_path):
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, folder)
    first = load_knowledge(folder).version
    assert re.fullmatch(r"[0-9a-f]{64}", first)
    assert load_knowledge(folder).version == first  # stable
    topics = folder / "topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_knowledge(folder).version != first


# -- validation --------------------------------------------------------------------------

_MINIMAL = {
    "roles.yml": "- {key: ir-snsc-secretary, country: ir, titles: {en: SNSC Secretary}}\n",
    "actors.yml": "- {slug: ali-larijani, type: person, country: ir, names: {en: Ali Larijani}}\n",
    "sources.yml": "- {slug: mehr, names: {fa: خبرگزاری مهر}}\n",
    "topics.yml": "- {slug: security, labels: {en: Security}, cues: {en: [security]}}\n",
}


def _folder(tmp_path: Path, file: str, text: str) -> Path:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for name, content in _MINIMAL.items():
        (folder / name).write_text(text if name == file else content, encoding="utf-8")
    return folder


def test_minimal_folder_loads(tmp_path):
    k = load_knowledge(_folder(tmp_path, "", ""))
    assert [a.slug for a in k.actors] == ["ali-larijani"]


@pytest.mark.parametrize(
    ("file", "text", "expected"),
    [
        # a type outside person/organisation/state
        ("actors.yml", "- {slug: ali-larijani, type: human, names: {en: A}}",
         "knowledge/actors.yml: entry 'ali-larijani': 'type' must be one of person, organisation, state"),
        # an unknown key (a typo of aliases)
        ("actors.yml", "- {slug: ali-larijani, type: person, names: {en: A}, alias: [x]}",
         "knowledge/actors.yml: entry 'ali-larijani': 'alias' is not a known key"),
        # a slug with capitals
        ("actors.yml", "- {slug: Ali, type: person, names: {en: A}}",
         "knowledge/actors.yml: entry 'Ali': 'slug' must match [a-z0-9-]+"),
        # the same slug twice
        ("actors.yml", "- {slug: a, type: state, names: {en: A}}\n- {slug: a, type: state, names: {en: B}}",
         "knowledge/actors.yml: entry 'a': 'slug' is a duplicate"),
        # a role key not in roles.yml
        ("actors.yml", "- {slug: a, type: person, names: {en: A}, roles: [{key: pk-king}]}",
         "knowledge/actors.yml: entry 'a': 'roles.key' 'pk-king' is not a role in roles.yml"),
        # a date that is not ISO
        ("actors.yml", "- {slug: a, type: person, names: {en: A}, roles: [{key: ir-snsc-secretary, start: 5/8/2025}]}",
         "knowledge/actors.yml: entry 'a': 'roles.start' must be an ISO date YYYY-MM-DD"),
        # a term ending before it starts
        ("actors.yml", "- {slug: a, type: person, names: {en: A}, roles: [{key: ir-snsc-secretary, start: 2025-08-05, end: 2024-01-01}]}",
         "knowledge/actors.yml: entry 'a': 'roles.end' 2024-01-01 is before start 2025-08-05"),
        # names given as a plain string
        ("actors.yml", "- {slug: a, type: state, names: Iran}",
         "knowledge/actors.yml: entry 'a': 'names' must be a mapping of fa, ar, en"),
        # a name in a language the publication does not have
        ("actors.yml", "- {slug: a, type: state, names: {ur: ایران}}",
         "knowledge/actors.yml: entry 'a': 'names.ur' is not one of fa, ar, en"),
        # aliases given as a string instead of a list
        ("actors.yml", "- {slug: a, type: state, names: {en: A}, aliases: Iran}",
         "knowledge/actors.yml: entry 'a': 'aliases' must be a list of non-empty strings"),
        # an upper-case country code
        ("actors.yml", "- {slug: a, type: state, country: IR, names: {en: A}}",
         "knowledge/actors.yml: entry 'a': 'country' must be an ISO alpha-2 code"),
        # one alias naming two actors (after folding: ي = ی)
        ("actors.yml", "- {slug: a, type: person, names: {fa: لاریجانی}}\n- {slug: b, type: person, names: {ar: لاريجاني}}",
         "knowledge/actors.yml: entry 'b': 'aliases' 'لاريجاني' already names 'a'"),
        # a role without titles
        ("roles.yml", "- {key: ir-snsc-secretary, country: ir}",
         "knowledge/roles.yml: entry 'ir-snsc-secretary': 'titles' is required"),
        # cues in an unknown language
        ("topics.yml", "- {slug: security, labels: {en: S}, cues: {de: [Sicherheit]}}",
         "knowledge/topics.yml: entry 'security': 'cues.de' is not one of fa, ar, en"),
        # a source with an unknown key
        ("sources.yml", "- {slug: mehr, names: {en: Mehr}, website: x}",
         "knowledge/sources.yml: entry 'mehr': 'website' is not a known key"),
        # a mapping where a list of entries is expected
        ("sources.yml", "mehr: {names: {en: Mehr}}", "knowledge/sources.yml: must be a list of entries"),
        # broken YAML
        ("topics.yml", "- {slug: [", "knowledge/topics.yml: is not valid YAML"),
    ],
)  # fmt: skip
def test_validation_errors_name_file_entry_and_key(tmp_path, file, text, expected):
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(_folder(tmp_path, file, text))
    assert str(info.value).startswith(expected)
    assert isinstance(info.value, ValueError)


def test_missing_file_is_a_knowledge_error(tmp_path):
    folder = _folder(tmp_path, "", "")
    (folder / "roles.yml").unlink()
    with pytest.raises(KnowledgeError, match=r"knowledge/roles\.yml: cannot be read"):
        load_knowledge(folder)
