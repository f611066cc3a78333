"""Article pages from one rendered shell, instead of one theme render per article.

Material's page template costs ~5 ms a page, and an edition has an article page per
article.  Every article page sits at the same depth (``articles/<slug>/``) and the theme
shows only three things of it: its title (``page.meta.title``), its URL (canonical and
alternate links) and its content.  So the theme renders one *shell* page whose title, URL
and content are sentinels, and every article page is the shell with the three filled in,
in one pass (so article text can never be taken for a sentinel).

The hook checks the shell against one article page the theme renders in full (the
*witness*); if they differ, every article page is rendered by the theme as usual.
"""

from __future__ import annotations

import re

TITLE = "AkhbarShellTitle5f0c"
SLUG = "akhbar-shell-5f0c"
BODY = "AkhbarShellBody5f0c"
SHELL_SRC = f"articles/{SLUG}.md"
SHELL_URL = f"articles/{SLUG}/"
# The body is an HTML block with a heading, as every article's is (the theme adds an
# <h1> of its own to a page without one).
BODY_HTML = f'<div class="akhbar-shell"><h1>{BODY}</h1></div>'
_SENTINEL_RE = re.compile(f"{TITLE}|{re.escape(SHELL_URL)}|{re.escape(BODY_HTML)}")

# Front-matter keys the theme reads besides the title; a page that sets one is rendered
# by the theme itself.
THEME_KEYS = frozenset(
    {
        "description",
        "author",
        "hide",
        "template",
        "status",
        "icon",
        "subtitle",
        "search",
        "tags",
        "robots",
    }
)


def shell_source() -> str:
    """The Markdown the shell page is built from."""
    return f"---\ntitle: {TITLE}\n---\n\n{BODY_HTML}\n"


def fill(shell: str, title: str, url: str, content: str) -> str:
    """The page *shell* with its sentinels replaced, in one pass."""
    values = {TITLE: title, SHELL_URL: url, BODY_HTML: content}
    return _SENTINEL_RE.sub(lambda m: values[m.group()], shell)


def is_sound(shell: str) -> bool:
    """Whether the theme printed each sentinel where expected (body once, title and URL)."""
    return shell.count(BODY_HTML) == 1 and TITLE in shell and SHELL_URL in shell
