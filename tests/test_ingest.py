import codecs

import pytest

from akhbar.errors import InputError
from akhbar.ingest import MAX_BYTES, decode, parse, read

PERSIAN = "به گزارش خبرگزاری مهر، سفیر پاکستان در تهران گفت: همکاری‌ها ادامه دارد."
LEGACY_PERSIAN = "پاکستان و چين گفتگو کردند"
ARABIC = "وصل أمين المجلس الأعلى للأمن القومي علي لاريجاني إلى إسلام آباد."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PERSIAN.encode("utf-8"), "utf-8"),  # plain UTF-8
        (codecs.BOM_UTF8 + PERSIAN.encode("utf-8"), "utf-8-sig"),  # UTF-8 with BOM
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16"),  # UTF-16 LE with BOM
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),  # UTF-16 BE with BOM
        (ARABIC.encode("cp1256"), "windows-1256"),  # legacy Arabic code page
        (
            LEGACY_PERSIAN.encode("cp1256"),
            "windows-1256",
        ),  # legacy Persian (Arabic ي, as cp1256 has no ی)
    ],
)
def test_decode_encodings(data, encoding):
    decoded = decode(data, "seeds/x.txt")
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") in (PERSIAN, ARABIC, LEGACY_PERSIAN)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),  # an image renamed .txt
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),  # a PDF renamed .txt
        (b"abc\x00def", "NUL"),  # binary with NUL bytes
        (b"\xff\xfe\x00\x00" + b"a\x00\x00\x00", "UTF-32"),  # UTF-32 refused with a reason
        (b"caf\xe9 cr\xe8me br\xfbl\xe9e", "undecodable"),  # Latin-1 is not published as mojibake
        (b"x" * (MAX_BYTES + 1), "limit"),  # over the size limit, stated
    ],
)
def test_decode_refuses_with_a_reason_naming_the_file(data, reason):
    with pytest.raises(InputError) as info:
        decode(data, "seeds/bad.txt")
    assert "seeds/bad.txt" in str(info.value)
    assert reason in str(info.value)


@pytest.mark.parametrize(
    ("text", "date", "warned"),
    [
        (
            " date 2025-11-27 متن خبر",
            "2025-11-27",
            False,
        ),  # the seeds' header, lead on the same line
        ("date 2025-13-45 متن", None, True),  # impossible month: warning, unknown
        ("date yesterday متن", None, True),  # not a date at all
        ("متن بدون تاریخ", None, False),  # no header
    ],
)
def test_parse_header(text, date, warned):
    parsed = parse(text, "seeds/x.txt")
    assert parsed.header_date == date
    assert bool(parsed.warnings) == warned
    assert parsed.lines[0] == "متن" or parsed.lines[0].startswith("متن")


@pytest.mark.parametrize(
    "data",
    [
        b"",  # empty file
        b"  \n\t\n  ",  # whitespace only
        b" date 2025-11-27 \n\n",  # only a date header
        "\u200b\u202e\n".encode(),  # only invisible characters
    ],
)
def test_read_refuses_empty_articles(data):
    with pytest.raises(InputError, match="empty article"):
        read(data, "seeds/empty.txt")
