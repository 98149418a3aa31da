"""Name normalisation shared by the gazetteer build and the runtime lookups."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into a base letter plus accents.
_SPECIAL = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i",
     "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"}
)
# Apostrophe-like marks vanish (Qal`ah, Ma'rib, N'Djamena); dashes and dots become spaces.
_DROP = re.compile(r"[`'’‘ʻʼʿʾ´]")
_SPACE = re.compile(r"[\s\-‐–—_./,()]+")
_SKELETON_DROP = re.compile(r"[aeiouyw ]")


def fold(name: str) -> str:
    """Lower-case, diacritic-free, punctuation-light key: 'Nangarhār' -> 'nangarhar'."""
    s = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DROP.sub("", s)
    s = _SPACE.sub(" ", s).strip().lower()
    if s.startswith("the "):
        s = s[4:]
    return s


def skeleton(name: str) -> str:
    """Consonant skeleton for transliteration variants: Jowzjan/Jawzjan, Nangarhar/Ningarhar.

    Vowels, y/w and an 'h' after a consonant (Ghazni/Gazni) carry most of the variation between
    romanisations; doubled letters are collapsed.
    """
    s = fold(name)
    s = re.sub(r"(?<=[bcdfgjklmnpqrstvxz])h", "", s)
    s = _SKELETON_DROP.sub("", s)
    return re.sub(r"(.)\1+", r"\1", s)
