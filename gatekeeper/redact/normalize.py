"""Text and field-name normalisation, with an offset map back to the original text.

Word lists are literal, so every text is normalised before matching: NFKC, zero-width and other
format characters dropped, control characters dropped, accents stripped, a few look-alike letters
folded to Latin, casefolded, every dash or hyphen variant folded to ``-`` and every run of
whitespace collapsed to one space. ``starts[i]``/``ends[i]`` give the original offsets of the
character that produced normalised character ``i``; ``None`` means the identity map (the common
all-ASCII case, kept allocation-free for speed).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Characters deleted outright: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen,
# Mongolian vowel separator, combining grapheme joiner. (Every other format character, Unicode
# category Cf, is dropped as well.)
_DELETE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f")
# Dash and hyphen variants, all folded to "-".
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u02d7\u2e3a\u2e3b")
# Letters from other scripts that look like Latin ones (a homoglyph "Hаitian" must still match).
# The table is Unicode's confusables data (UTS #39, as packaged by confusable-homoglyphs): every
# non-ASCII character listed as confusable with an ASCII letter or digit maps to it, which is the
# UTS #39 skeleton restricted to single characters. The hand-written entries below come first.
_MANUAL = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ν": "v", "ο": "o", "α": "a",
        "ι": "i", "κ": "k", "τ": "t", "ρ": "p", "μ": "m", "ı": "i",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
        "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
        "Т": "t", "Х": "x", "І": "i", "Ј": "j", "Ѕ": "s",
        "Α": "a", "Β": "b", "Ε": "e", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o",
        "Ρ": "p", "Τ": "t", "Χ": "x", "Υ": "y", "Ζ": "z",
    }
)


def _uts39_table() -> dict[int, str]:
    table: dict[int, str] = {}
    data = json.loads(
        resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8")
    )
    for target, glyphs in data.items():
        if len(target) != 1 or not target.isascii() or not target.isalnum():
            continue
        for g in glyphs:
            c = g.get("c") if isinstance(g, dict) else None
            if isinstance(c, str) and len(c) == 1 and not c.isascii():
                table.setdefault(ord(c), target)
    for k, v in _MANUAL.items():
        table[k] = v if isinstance(v, str) else chr(v)
    return table


_CONFUSABLES = _uts39_table()

# ASCII text needs the slow path only for control characters or whitespace runs to collapse.
_ASCII_SLOW = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]|\s\s")
_ASCII_SPACE = str.maketrans("\t\n\r\x0b\x0c", "     ")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised view of a text: dashes kept as ``-`` in ``text``."""

    text: str
    starts: list[int] | None
    ends: list[int] | None

    def orig_start(self, i: int) -> int:
        return i if self.starts is None else self.starts[i]

    def orig_end(self, i: int) -> int:
        """Original end offset of the normalised span ending (exclusively) at ``i``."""
        return i if self.ends is None else self.ends[i - 1]


@lru_cache(maxsize=8192)
def _piece(ch: str, fold: bool) -> str:
    s = unicodedata.normalize("NFKC", ch)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = s.translate(_CONFUSABLES)
    return s.casefold() if fold else s


# What the per-character path must look at: anything but printable ASCII, and runs of spaces.
# Printable ASCII between them is copied a run at a time (a narrative with one accented name or
# one quote in another language stays fast).
_SPECIAL = re.compile(r"[^\x20-\x7e]|  +")


def normalize(text: str, *, fold: bool = True) -> Normalized:
    """Normalise ``text`` (see the module doc). Dashes stay as ``-``; callers decide about them."""
    if text.isascii() and _ASCII_SLOW.search(text) is None:
        t = text.translate(_ASCII_SPACE)
        return Normalized(t.lower() if fold else t, None, None)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last_space = False
    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i > pos:
            last_space = _run(text, pos, i, fold, parts, starts, ends, last_space)
        for k in range(i, m.end()):
            ch = text[k]
            if ch in _DELETE:
                continue
            if ch in _DASHES:
                piece = "-"
            elif ch.isspace():
                piece = " "
            else:
                cat = unicodedata.category(ch)
                if cat in ("Cf", "Cc", "Mn", "Me"):
                    continue
                piece = _piece(ch, fold)
            for c in piece:
                if c.isspace():
                    if last_space:
                        ends[-1] = k + 1
                        continue
                    c = " "
                elif c in _DASHES:
                    c = "-"
                parts.append(c)
                starts.append(k)
                ends.append(k + 1)
                last_space = c == " "
        pos = m.end()
    if pos < len(text):
        _run(text, pos, len(text), fold, parts, starts, ends, last_space)
    return Normalized("".join(parts), starts, ends)


def _run(
    text: str, i: int, j: int, fold: bool, parts: list[str], starts: list[int], ends: list[int], last_space: bool
) -> bool:
    """Copy printable ASCII ``text[i:j]`` (no two spaces in a row); returns whether it ends in a space."""
    if last_space and text[i] == " ":
        ends[-1] = i + 1
        i += 1
        if i == j:
            return True
    seg = text[i:j]
    parts.append(seg.lower() if fold else seg)
    starts.extend(range(i, j))
    ends.extend(range(i + 1, j + 1))
    return seg[-1] == " "


# ---------------------------------------------------------------------------------------------
# Field names
# ---------------------------------------------------------------------------------------------

_CAMEL_1 = re.compile(r"([a-z0-9])([A-Z])")
_CAMEL_2 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_SEPARATORS = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def _normalize_key_str(key: str) -> str:
    return _normalize_key(key)


def normalize_key(key: object) -> str:
    """See ``_normalize_key``; string keys are memoised (field names repeat across requests)."""
    if isinstance(key, str) and len(key) <= 200:
        return _normalize_key_str(key)
    return _normalize_key(key)


def _normalize_key(key: object) -> str:
    """``"Home Language"``, ``"homeLanguage"``, ``"HOME-LANGUAGE"``, ``"ｈｏｍｅ_ｌａｎｇｕａｇｅ"``
    all become ``"home_language"``. Zero-width and control characters are dropped first."""
    s = unicodedata.normalize("NFKC", str(key))
    s = "".join(
        c for c in s if c not in _DELETE and unicodedata.category(c) not in ("Cf", "Cc", "Mn", "Me")
    )
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = s.translate(_CONFUSABLES)
    s = _CAMEL_2.sub(r"\1_\2", s)
    s = _CAMEL_1.sub(r"\1_\2", s)
    s = s.casefold()
    # Anything that is not a letter or digit separates words (space - . / _ and the rest).
    return _SEPARATORS.sub("_", s).strip("_")
