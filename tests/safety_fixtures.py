"""Seed folders full of bad input, for the robustness and site-safety tests.

``write_bad_seeds`` writes every bad input of the "bad input, nothing lost, safe output"
issue into one folder and returns what the build must do with each file: the reason a
skipped file must be reported with, or ``PUBLISHED`` (with the warning it must carry, if
any).  ``write_payload_seeds`` writes one article made of markup payloads beside two
real seeds.
"""

from __future__ import annotations

import codecs
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def real_seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def real_text(prefix: str) -> str:
    return real_seed(prefix).read_text(encoding="utf-8")


# Markup a reader must see as literal text, and that must never run or become markup.
PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "<!-- c -->",
)
# Lines that are Markdown block syntax at the start of a line.
BLOCK_LINES = (
    "# not a heading",
    "* not a list item",
    "| not | a | table |",
    "> not a quote",
    "```not code```",
    "---",
)

PAYLOAD_ARTICLE = "\n\n".join(
    [
        " date 2025-11-20 Payloads <script>alert(1)</script> in an English article",
        "Islamabad, Nov 20 (IRNA) - The text below is markup that must be shown as text: "
        + " and ".join(PAYLOADS)
        + ".",
        *BLOCK_LINES,
        "Pakistan and Iran discussed trade <script>alert(1)</script> and border security "
        "<img src=x onerror=alert(1)> on Thursday, [x](javascript:alert(1)) said <!-- c -->.",
    ]
)

# Title lines that break naive YAML front matter (trafilatura issue 814 and friends).
BREAKER_ARTICLE = "\n\n".join(
    [
        "date 2025-11-21 ظریف: «گفت‌وگو» --- ادامه دارد: key: value & *alias #tag",
        "به گزارش خبرگزاری مهر، وزیر امور خارجه پاکستان گفت: «همکاری: ادامه دارد» و "
        "---\ntitle: injected\n--- در این دیدار درباره تجارت مرزی گفت‌وگو شد.",
        "key: value\n---\nother: 1",
    ]
)

# «لاریجانی» with a zero-width space inside, and a right-to-left override before a name.
INVISIBLE_ARTICLE = "\n\n".join(
    [
        "date 2025-11-22 به گزارش خبرگزاری ایرنا، لاری\u200bجانی در اسلام‌آباد با مقامات "
        "پاکستانی درباره امنیت مرزها و تجارت دیدار کرد.",
        "\u202eعلی لاریجانی\u202c دبیر شورای عالی امنیت ملی گفت: همکاری دو کشور ادامه دارد.",
    ]
)

PUBLISHED = "published"


@dataclass(frozen=True, slots=True)
class Expect:
    outcome: str  # PUBLISHED, or a text the skip reason must contain
    warning: str = ""  # a text one of the file's warnings must contain


def _swap_ya(text: str) -> str:
    """Persian ی/ک written with their Arabic forms ي/ك: the same text after folding."""
    return text.replace("ی", "ي").replace("ک", "ك")


def one_megabyte_line() -> bytes:
    """One line of real Persian news text, 1 MiB long (cut at a character boundary)."""
    words = " ".join(ln.strip() for ln in real_text("000").splitlines()[1:] if ln.strip())
    line = (words + " ") * (1024 * 1024 // len(words.encode()) + 1)
    return line.encode()[: 1024 * 1024].decode("utf-8", "ignore").encode()


def write_bad_seeds(folder: Path) -> dict[str, Expect]:
    """Every bad input at once, plus the real seeds (some re-encoded); returns expectations."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, Expect]] = {
        # Nothing to publish.
        "empty.txt": (b"", Expect("empty article")),
        "whitespace.txt": (b"  \n\t\r\n   \n", Expect("empty article")),
        "date-only.txt": (b" date 2025-11-27 \n\n", Expect("empty article")),
        # Not text at all.
        "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), Expect("PNG")),
        "document.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", Expect("PDF")),
        "latin1.txt": ("café crème brûlée à la française".encode("latin-1"), Expect("undecodable")),
        # Over the size limit, refused with the limit stated.
        "huge-5mb.txt": ((real_text("004") + "\n") * (5 * 1024 * 1024 // 3800), Expect("limit")),
        # Real articles in every encoding agencies send.
        "000_plain.txt": (real_seed("000").read_bytes(), Expect(PUBLISHED)),
        "001_bom.txt": (codecs.BOM_UTF8 + real_seed("001").read_bytes(), Expect(PUBLISHED)),
        "002_utf16le.txt": (
            codecs.BOM_UTF16_LE + real_text("002").encode("utf-16-le"),
            Expect(PUBLISHED),
        ),
        "003_utf16be.txt": (
            codecs.BOM_UTF16_BE + real_text("003").encode("utf-16-be"),
            Expect(PUBLISHED),
        ),
        "004_cp1256.txt": (
            real_text("004").replace("ی", "ي").encode("cp1256", "replace"),
            Expect(PUBLISHED),
        ),
        # Bad date headers: a warning, the date stays unknown, the article is published.
        "date-impossible.txt": (
            b"date 2025-13-45 Pakistan and Iran signed a border trade memorandum in Quetta on "
            b"Monday, officials said.",
            Expect(PUBLISHED, "not a real date"),
        ),
        "date-yesterday.txt": (
            "date yesterday لاريجاني: التعاون مع باكستان يسهم في أمن المنطقة واستقرارها، "
            "بحسب ما أفادت وكالة إرنا.".encode(),
            Expect(PUBLISHED, "not YYYY-MM-DD"),
        ),
        # Markup, front-matter breakers, invisible characters inside names.
        "markup.txt": (PAYLOAD_ARTICLE.encode(), Expect(PUBLISHED)),
        "breakers.txt": (BREAKER_ARTICLE.encode(), Expect(PUBLISHED)),
        "invisible.txt": (INVISIBLE_ARTICLE.encode(), Expect(PUBLISHED)),
        # Duplicates: the same bytes, and the same text after folding (ي/ی, ك/ک swapped).
        "zz-copy.txt": (real_seed("000").read_bytes(), Expect("duplicate of")),
        "zz-folded.txt": (_swap_ya(real_text("001")).encode(), Expect("duplicate of")),
    }
    for name, (data, _expect) in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    return {name: expect for name, (_data, expect) in files.items()}


def write_payload_seeds(folder: Path) -> None:
    """The markup-payload article and two real seeds (one Persian, one Arabic)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "payload.txt").write_text(PAYLOAD_ARTICLE, encoding="utf-8")
    for prefix in ("000", "003"):
        shutil.copy(real_seed(prefix), folder / real_seed(prefix).name)


def copy_assets(docs: Path) -> None:
    """The hand-written part of docs/ (styles, fonts, search script) into a docs folder."""
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets", dirs_exist_ok=True)


# Chromium in a child process: Playwright's sync API allows one running instance per
# thread, and each test module that imports a session fixture gets its own instance, so
# modules that import ``site_fixtures.browser`` would clash with one more.  A child process
# is independent of whichever browser fixture the session holds.
_VISIT_SCRIPT = r"""
import json, sys
from playwright.sync_api import sync_playwright
spec = json.load(sys.stdin)
out = []
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=spec["chromium"], args=spec["args"])
    for url in spec["urls"]:
        seen = {"url": url, "dialogs": [], "errors": [], "failed": []}
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(20000)
        page.on("dialog", lambda d, s=seen: (s["dialogs"].append(d.message), d.dismiss()))
        page.on("pageerror", lambda e, s=seen: s["errors"].append(str(e)))
        # A failed request is also logged as a console error; it is reported by URL instead.
        page.on("console", lambda m, s=seen: s["errors"].append(m.text)
                if m.type == "error" and not m.text.startswith("Failed to load resource") else None)
        page.on("response", lambda r, s=seen: s["failed"].append(r.url) if r.status >= 400 else None)
        page.goto(url)
        page.wait_for_load_state("networkidle")
        seen["text"] = page.inner_text("article") if page.query_selector("article") else ""
        seen["links"] = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        if spec["axe"]:
            page.add_script_tag(path=spec["axe"])
            seen["violations"] = page.evaluate(
                "async () => (await axe.run(document)).violations.map(v => ({id: v.id, "
                "impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => "
                "String(n.target[0]))}))"
            )
        context.close()
        out.append(seen)
    browser.close()
json.dump(out, sys.stdout)
"""


def visit(urls: list[str], axe: Path | None = None) -> list[dict[str, object]]:
    """Open each URL in headless Chromium; what the page did (and axe's violations)."""
    import json
    import subprocess
    import sys

    from site_fixtures import CHROMIUM, CHROMIUM_ARGS

    spec = {"chromium": str(CHROMIUM), "args": CHROMIUM_ARGS, "urls": urls,
            "axe": str(axe) if axe else ""}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", _VISIT_SCRIPT],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)
