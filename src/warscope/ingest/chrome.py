"""Page chrome in scraped text: widget and navigation lines, share buttons, copyright footers.

Scrapers that save a page's visible text keep lines such as "top of page", "Tag Cloud" or
"Share on Facebook" around the article. They are not reporting and must not reach the NLP stages.
A copyright footer is dropped too, but first read for the outlet's name and the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whole lines (case-insensitive, surrounding punctuation ignored) that are page furniture.
CHROME_LINES = {
    "top of page", "bottom of page", "back to top", "skip to content", "skip to main content",
    "featured review", "featured reviews", "featured posts", "featured", "tag cloud", "tags",
    "recent posts", "recent articles", "related posts", "related articles", "related", "related stories",
    "more stories", "most read", "most popular", "trending", "categories", "archive", "archives",
    "share", "share this", "share this article", "share this story", "share this post", "share article",
    "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest",
    "email", "e-mail", "print", "copy link", "link copied", "save", "comment", "comments",
    "leave a comment", "leave a reply", "0 comments", "no comments", "subscribe", "subscribe now",
    "sign in", "log in", "login", "sign up", "register", "menu", "home", "search", "close",
    "advertisement", "advertisements", "sponsored", "read more", "continue reading", "listen",
    "listen to article", "follow us", "follow", "newsletter", "cookie settings", "accept cookies",
    "all rights reserved", "privacy policy", "terms of use", "terms of service", "contact us",
    "about us", "next article", "previous article", "next post", "previous post", "see also",
    "image", "photo", "video", "watch", "loading", "loading...", "view comments", "show comments",
}
_SHARE_RE = re.compile(
    r"^(share|post|send|pin)( (this|it))?( (on|to|via) (facebook|twitter|x|linkedin|whatsapp|telegram|"
    r"reddit|email|pinterest))$|^(follow us on|like us on) \w+$|^\d+ (comments?|shares?|views?)$",
    re.I,
)
_COPYRIGHT_RE = re.compile(
    r"^\s*(?:\(c\)|©|copyright(?:\s*(?:\(c\)|©))?)\s*(?P<year>(?:19|20)\d{2})(?:\s*[-–]\s*(?:19|20)\d{2})?"
    r"[\s,.]*(?P<name>[^|.\n]{2,80}?)?[\s.]*(?:all rights reserved\.?)?\s*$",
    re.I,
)
_PUNCT_EDGES = " \t\u00a0|•·›»«‹<>-–—:;,.!?()[]{}*#"


@dataclass
class Cleaned:
    text: str
    copyright_name: str | None = None
    copyright_year: int | None = None
    removed_lines: int = 0


def is_chrome_line(line: str) -> bool:
    core = line.strip(_PUNCT_EDGES).lower()
    if not core:
        return False
    return core in CHROME_LINES or bool(_SHARE_RE.match(core))


def parse_copyright(line: str) -> tuple[str | None, int] | None:
    m = _COPYRIGHT_RE.match(line.strip())
    if not m:
        return None
    name = (m.group("name") or "").strip(" .,") or None
    if name and name.lower().startswith("all rights"):
        name = None
    return name, int(m.group("year"))


def strip_chrome(text: str) -> Cleaned:
    """Drop chrome lines; keep paragraph breaks; read the copyright footer."""
    kept: list[str] = []
    name: str | None = None
    year: int | None = None
    removed = 0
    for line in text.splitlines():
        if is_chrome_line(line):
            removed += 1
            continue
        cp = parse_copyright(line)
        if cp is not None:
            removed += 1
            name = name or cp[0]
            year = year or cp[1]
            continue
        kept.append(line.rstrip())
    body = "\n".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return Cleaned(text=body, copyright_name=name, copyright_year=year, removed_lines=removed)


def split_title(text: str) -> tuple[str | None, str]:
    """Take the first heading-like line off plain text: short, no sentence-final stop, a paragraph of its own."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    words = line.split()
    if not sep or not (2 <= len(words) <= 20) or len(line) > 160:
        return None, text
    if line[-1] in ".;,:" and not line.endswith("..."):
        return None, text
    # A heading stands alone: a blank line or a longer paragraph follows it.
    next_par = rest.lstrip("\n").split("\n", 1)[0]
    if not (rest.startswith("\n") or len(next_par) > len(line)):
        return None, text
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    if capitalised < len(words) / 2 and len(words) > 12:
        return None, text
    return line, rest.strip("\n")
