"""Seed files -> decoded text -> header and paragraphs.

Decoding chain (first that applies wins):

1. larger than ``MAX_BYTES`` -> refused, with the limit stated;
2. a byte-order mark: UTF-8, UTF-16 LE/BE (UTF-32 is refused: no agency sends it);
3. a known binary signature (PNG, PDF, JPEG, GIF, ZIP, GZIP) or NUL bytes -> not text;
4. strict UTF-8;
5. Windows-1256 (legacy Arabic/Persian), accepted only when the result is mostly Arabic
   script, so Latin-1 noise is never published as mojibake;
6. otherwise refused as undecodable, naming the first bad byte offset.

Header: a first line starting with ``date YYYY-MM-DD`` (the seeds put the lead on the same
line after it).  A malformed value (``date 2025-13-45``, ``date yesterday``) is a warning and
the date stays unknown.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass

from akhbar.errors import InputError
from akhbar.text import strip_invisible

# Real agency articles are 2-40 KB; 2 MiB leaves room for long reports and transcripts
# while keeping every later stage (all linear) well under a second per article.
MAX_BYTES = 2 * 1024 * 1024

_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
)

_HEADER_RE = re.compile(r"^\s*date[ \t]+(\S*)[ \t]*", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class Parsed:
    header_date: str | None  # a valid ISO date from the header, else None
    lines: tuple[str, ...]  # non-empty lines, stripped, in order (the paragraphs)
    warnings: tuple[str, ...]


def _arabic_script_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= ch <= "\u06ff" for ch in letters) / len(letters)


def decode(data: bytes, path: str) -> Decoded:
    """Decode seed bytes following the chain in the module docstring."""
    if len(data) > MAX_BYTES:
        raise InputError(
            path, f"file is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit for one article"
        )
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        raise InputError(path, "UTF-32 text is not supported; save it as UTF-8")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"starts with a {encoding} byte-order mark but byte {exc.start} is invalid",
                ) from None
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(path, f"not text: the file is {what}")
    if b"\x00" in data:
        raise InputError(path, "not text: the file contains NUL bytes (binary data)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _arabic_script_share(text) >= 0.6:
        return Decoded(text, "windows-1256")
    raise InputError(
        path,
        f"undecodable: not UTF-8 (invalid byte at offset {first_bad}) "
        "and not Windows-1256 Persian/Arabic; save it as UTF-8",
    )


def parse(text: str, path: str) -> Parsed:
    """Split decoded text into the header date and its non-empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    warnings: list[str] = []
    header_date: str | None = None
    match = _HEADER_RE.match(text)
    if match:
        value = match.group(1)
        text = text[match.end() :]
        if _ISO_DATE_RE.match(value):
            try:
                header_date = dt.date.fromisoformat(value).isoformat()
            except ValueError:
                warnings.append(f"{path}: 'date' header {value!r} is not a real date; date unknown")
        else:
            warnings.append(f"{path}: 'date' header {value!r} is not YYYY-MM-DD; date unknown")
    lines = tuple(
        line
        for line in (ln.strip() for ln in text.split("\n"))
        if line and strip_invisible(line).strip()
    )
    return Parsed(header_date, lines, tuple(warnings))


def read(data: bytes, path: str) -> tuple[Decoded, Parsed]:
    """Decode and parse one seed; raise :class:`InputError` when there is no article."""
    decoded = decode(data, path)
    parsed = parse(decoded.text, path)
    if not parsed.lines:
        what = "only a 'date' header" if parsed.header_date or parsed.warnings else "no text"
        raise InputError(path, f"empty article: the file has {what}")
    return decoded, parsed
