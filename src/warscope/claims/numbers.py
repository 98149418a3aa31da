"""Reading counts out of text: digits, number words, ACLED's vague quantities and their qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED's conventions for vague figures (codebook: "tens" 10, "dozens" 12, "hundreds" 100); a plural
# "thousands" follows the same rule of taking the smallest figure the word allows.
VAGUE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "scores": 20}
# A toll reported but not counted ("killing an unknown number of militants", "several were killed"):
# ACLED codes 10 (its notes say "Unknown fatalities coded as 10"; train rows agree for "several" too).
UNSPECIFIED = 10
_UNSPECIFIED_PHRASES: list[tuple[str, ...]] = [
    ("an", "unknown", "number"), ("an", "unspecified", "number"), ("an", "undetermined", "number"),
    ("an", "undisclosed", "number"), ("an", "unconfirmed", "number"), ("unknown", "number"),
    ("unspecified", "number"), ("undetermined", "number"), ("a", "number"), ("several",),
    # "killing a group of fighters" (ACLED: "Unclear fatalities coded as 10"); not "a group of 5"
    ("a", "group"),
]

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


def word_value(word: str) -> int | None:
    """Value of one token that is a number on its own ("13", "1,200", "eleven", "twenty-three")."""
    w = word.lower().strip()
    if _DIGITS.match(w):
        return int(w.replace(",", ""))
    if w in _UNITS:
        return _UNITS[w]
    if w in _TENS:
        return _TENS[w]
    if w == "dozen":
        return 12
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS and b in _UNITS and 0 < _UNITS[b] < 10:
            return _TENS[a] + _UNITS[b]
    return None


def is_number_word(tok: Token) -> bool:
    low = tok.lower_
    return word_value(low) is not None or low in _SCALES or low in VAGUE


@dataclass
class Count:
    """A count read from text, with the character range of the whole expression."""

    low: int | None
    best: int | None
    high: int | None
    start: int  # first token index of the expression (qualifier included)
    end: int  # token index past the last number token
    unspecified: bool = False  # "an unknown number", "several": a toll without a figure


# Qualifiers read before the number, longest first; each maps the figure N to (low, best, high).
_QUALIFIERS: list[tuple[tuple[str, ...], str]] = [
    (("more", "than"), "gt"), (("upwards", "of"), "ge"), (("in", "excess", "of"), "gt"),
    (("at", "the", "least"), "ge"), (("at", "least"), "ge"), (("no", "fewer", "than"), "ge"), (("no", "less", "than"), "ge"),
    (("as", "many", "as"), "le"), (("up", "to"), "le"), (("at", "most"), "le"),
    (("fewer", "than"), "lt"), (("less", "than"), "lt"), (("nearly",), "lt"), (("almost",), "lt"),
    (("over",), "gt"), (("some",), "eq"), (("about",), "eq"), (("around",), "eq"),
    (("roughly",), "eq"), (("approximately",), "eq"), (("an", "estimated"), "eq"),
    (("under",), "lt"),
]


def _apply(kind: str, n: int) -> tuple[int | None, int | None, int | None]:
    # ACLED takes the most conservative figure a qualifier allows as best.
    if kind == "gt":
        return n + 1, n + 1, None
    if kind == "ge":
        return n, n, None
    if kind == "le":
        return None, n, n
    if kind == "lt":
        return None, max(n - 1, 0), max(n - 1, 0)
    return n, n, n


def _number_run(tokens: list[Token], i: int) -> tuple[int | None, int]:
    """Value of the number starting at token i ("two hundred", "1,200", "a dozen") and the index past it."""
    tok = tokens[i]
    low = tok.lower_
    if low in VAGUE:
        return VAGUE[low], i + 1
    if low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower_ in ("dozen", "hundred", "thousand"):
        value = {"dozen": 12, "hundred": 100, "thousand": 1000}[tokens[i + 1].lower_]
        return value, i + 2
    value = word_value(low)
    if value is None:
        return None, i
    j = i + 1
    # "thirty-two" tokenised as "thirty", "-", "two"
    if low in _TENS and j + 1 < len(tokens) and tokens[j].text in ("-", "–") and tokens[j + 1].lower_ in _UNITS:
        unit = _UNITS[tokens[j + 1].lower_]
        if 0 < unit < 10:
            value, j = value + unit, j + 2
    elif low in _TENS and j < len(tokens) and 0 < _UNITS.get(tokens[j].lower_, 0) < 10:
        value, j = value + _UNITS[tokens[j].lower_], j + 1  # "seventy five" written without its hyphen
    total, current = 0, value
    while j < len(tokens):
        w = tokens[j].lower_
        if w in _SCALES:
            current *= _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        elif w == "and" and j + 1 < len(tokens) and word_value(tokens[j + 1].lower_) is not None and current >= 100:
            pass  # "two hundred and five"
        elif word_value(w) is not None and current % 100 == 0 and current >= 100 and word_value(w) < 100:
            current += word_value(w)
        else:
            break
        j += 1
    return total + current, j


def read_count(tokens: list[Token], i: int) -> Count | None:
    """Read a count whose number (or first qualifier word) is ``tokens[i]``."""
    kind = "eq"
    start = i
    if tuple(t.lower_ for t in tokens[i : i + 3]) == ("a", "total", "of") and i + 3 < len(tokens):
        i += 3  # "killing a total of 17 fighters": the figure follows
        if _number_run(tokens, i)[0] is None and not any(
                tuple(t.lower_ for t in tokens[i : i + len(w)]) == w for w, _ in _QUALIFIERS):
            return None
    if tokens[i].lower_ == "either" and i + 1 < len(tokens):
        i += 1  # "killing either one or four": the alternatives follow
    for words in _UNSPECIFIED_PHRASES:
        n = len(words)
        if tuple(t.lower_ for t in tokens[i : i + n]) == words and (n == 1 or tokens[i + n : i + n + 1]
                                                                   and tokens[i + n].lower_ == "of") and not (
                i + n + 1 < len(tokens) and word_value(tokens[i + n + 1].lower_) is not None):
            return Count(None, UNSPECIFIED, None, i, i + n, unspecified=True)
    for words, k in _QUALIFIERS:
        n = len(words)
        if tuple(t.lower_ for t in tokens[i : i + n]) == words:
            kind, start, i = k, i, i + n
            break
    if i >= len(tokens):
        return None
    # "between 10 and 15", "10 to 15", "10-15", "three or four"
    if tokens[i].lower_ == "between":
        a, j = _number_run(tokens, i + 1)
        if a is not None and j + 1 < len(tokens) and tokens[j].lower_ == "and":
            b, k2 = _number_run(tokens, j + 1)
            if b is not None:
                return Count(min(a, b), min(a, b), max(a, b), start, k2)
        return None
    m = re.fullmatch(r"(\d+)[-–](\d+)", tokens[i].text)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return Count(min(a, b), min(a, b), max(a, b), start, i + 1)
    value, j = _number_run(tokens, i)
    if value is None:
        return None
    if j + 1 < len(tokens) and tokens[j].lower_ in ("to", "or", "-", "–") and kind == "eq":
        b, k2 = _number_run(tokens, j + 1)
        if b is not None and b > value:
            return Count(value, value, b, start, k2)
    low, best, high = _apply(kind, value)
    return Count(low, best, high, start, j)
