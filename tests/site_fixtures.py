"""Fixtures for the browser tests: one real build, served under a sub-path, and Chromium.

* ``site_server``: a threaded HTTP server on 127.0.0.1 (a free port) that serves the build
  under ``/akhbar/`` only, so every test also checks that the site works below a sub-path;
* ``site_dir``: ``build_site.py`` run once per session into a temporary folder, with
  ``AKHBAR_SITE_URL`` set to the server's address, search shards of at most two articles
  (``AKHBAR_SEARCH_SHARD_PAGES``), so every search test goes through merged shards, and
  lists of four articles a page (``AKHBAR_LIST_PAGE_SIZE``), so that long lists are
  paged;
* ``articles``: the published articles' front matter from ``docs/articles``, keyed by the
  three-digit prefix of their seed (``"000"``);
* ``browser``: Debian's Chromium through Playwright (no browser download).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "/akhbar/"
EDITIONS = ("fa", "ar", "en")
# Each edition's writing direction, as a reader sees it.
DIRS = {"fa": "rtl", "ar": "rtl", "en": "ltr"}
# A search loads Pagefind's script, WebAssembly and index chunks: on a loaded two-core
# machine that took more than Playwright's 10 s once.
SEARCH_TIMEOUT_MS = 30_000
# Articles per search shard in the session build: the five seeds make three shards
# (``akhbar.search.shard_count``), each article's by a digest of its URL.
SHARD_PAGES = 2
# Articles a list shows a page: the home page shows four of the five, the timeline and
# the lists of actors and topics named in all five take two pages.
LIST_PAGE_SIZE = 4
CHROMIUM = Path("/usr/bin/chromium")
# No sandbox (containers), no GPU, and nothing Chromium would fetch on its own behalf.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]


class _SubPathHandler(SimpleHTTPRequestHandler):
    """Serves the folder under ``SUB_PATH``; anything else is a 404."""

    def translate_path(self, path: str) -> str:
        clean = urllib.parse.urlsplit(path).path
        if not clean.startswith(SUB_PATH) and clean != SUB_PATH.rstrip("/"):
            return str(Path(self.directory) / "__outside_the_sub_path__")
        return super().translate_path(path[len(SUB_PATH) - 1 :])

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass


@dataclass(frozen=True, slots=True)
class Server:
    root: Path  # the folder served under SUB_PATH
    host: str  # "127.0.0.1:PORT"

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT/akhbar/``."""
        return f"http://{self.host}{SUB_PATH}"

    def url(self, path: str = "") -> str:
        """Absolute URL of a site path (``fa/actors/ali-larijani/``), percent-encoded."""
        return self.base + urllib.parse.quote(path)


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("akhbar") / "site"
    root.mkdir()
    handler = partial(_SubPathHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(root=root, host=f"127.0.0.1:{httpd.server_address[1]}")
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def site_dir(site_server: Server) -> Path:
    """The whole site, built once into the folder the server serves."""
    out = site_server.root
    env = dict(
        os.environ,
        AKHBAR_SITE_URL=site_server.base,
        AKHBAR_SEARCH_SHARD_PAGES=str(SHARD_PAGES),
        AKHBAR_LIST_PAGE_SIZE=str(LIST_PAGE_SIZE),
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_site.py"), "--site", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"build failed:\n{result.stderr}"
    assert (out / "fa" / "index.html").is_file(), result.stderr
    return out


@pytest.fixture(scope="session")
def articles(site_dir: Path) -> dict[str, dict[str, Any]]:
    """Front matter of every published article, keyed by its seed's prefix ("000")."""
    from akhbar.render import read_front_matter

    result = {}
    for path in sorted((ROOT / "docs" / "articles").glob("*.md")):
        record = read_front_matter(path.read_text(encoding="utf-8"))
        prefix = Path(record["source_file"]).name[:3]
        result[prefix] = record
    return result


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("no Chromium at /usr/bin/chromium")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Any, site_dir: Path) -> Iterator[Any]:
    """A fresh page in its own context (no cache or storage shared between tests)."""
    context = browser.new_context(locale="fa-IR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        yield page
    finally:
        context.close()


def newest_first(records: list[dict[str, Any]]) -> list[str]:
    """Slugs newest first, undated last, then by slug (the site's documented order)."""
    dated = sorted((r for r in records if r.get("date")), key=lambda r: r["slug"])
    dated = sorted(dated, key=lambda r: r["date"], reverse=True)
    undated = sorted((r for r in records if not r.get("date")), key=lambda r: r["slug"])
    return [r["slug"] for r in dated + undated]


def slug_of(href: str) -> str:
    """The article slug in a link to ``.../articles/<slug>/``."""
    match = re.search(
        r"/articles/([^/]+)/?$", urllib.parse.unquote(urllib.parse.urlsplit(href).path)
    )
    return match.group(1) if match else ""


def fetch(url: str) -> tuple[int, str, bytes]:
    """(status, content type, body) of a plain HTTP GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, "", b""


class _Links(HTMLParser):
    """Every href/src of <a>, <link>, <script>, <img>, <source>."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("a", "link", "script", "img", "source"):
            self.found += [v for n, v in attrs if v and n in ("href", "src")]


# The seeds' site has ~300 URLs; a bound so that a link loop cannot hang a test.
MAX_URLS = 5000


@dataclass
class Crawl:
    pages: set[str]  # HTML pages fetched with status 200
    checked: set[str]  # every URL requested
    broken: list[str]  # "url (status) linked from referrer"


def crawl(server: Server) -> Crawl:
    """Follow every link and asset on the local server from the root page, over HTTP."""
    start = server.base
    seen, queue, pages, broken = {start}, [(start, "")], set(), []
    while queue:
        url, referrer = queue.pop()
        status, content_type, body = fetch(url)
        if status != 200:
            broken.append(f"{url} ({status}) linked from {referrer}")
            continue
        if content_type != "text/html":
            continue
        pages.add(url)
        parser = _Links()
        parser.feed(body.decode("utf-8", "replace"))
        for href in parser.found:
            target = urllib.parse.urljoin(url, href)
            target = urllib.parse.quote(urllib.parse.urldefrag(target).url, safe=":/?&=%@+,;")
            parts = urllib.parse.urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != server.host:
                continue  # mailto:, data:, and the outside world are not the site's links
            if target not in seen:
                seen.add(target)
                queue.append((target, url))
        if len(seen) >= MAX_URLS:
            raise AssertionError(f"over {MAX_URLS} URLs: a link loop?")
    return Crawl(pages, seen, broken)


LASTMOD_RE = re.compile(rb"<lastmod>[^<]*</lastmod>")


def normalised_site(site: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file of a built site by path, without what the tools stamp (see
    ``test_site_safety``): sitemaps' ``<lastmod>``, the gzip header, Pagefind's language
    order.  Paths starting with one of *skip* are left out."""
    files = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        if name.startswith(skip):
            continue
        data = path.read_bytes()
        if name.endswith("sitemap.xml.gz"):
            data = LASTMOD_RE.sub(b"", gzip.decompress(data))
        elif name.endswith("sitemap.xml"):
            data = LASTMOD_RE.sub(b"", data)
        elif name.endswith("pagefind-entry.json"):
            data = json.dumps(json.loads(data), sort_keys=True).encode()
        files[name] = data
    return files
