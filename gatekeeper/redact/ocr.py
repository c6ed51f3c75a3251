"""Scanned statements typed up by character recognition: "rn" read for "m", "0" for "o", "1" for
"l" or "i", "l" for "I" ("rnosque", "n0 papers", "Sornali", "pi1ls", "lNCIDENT"); and the same done
on purpose, a digit or sign for the letter it looks like ("p4p3rs", "f4ce m4tch", "Cl3arv1ew").

A word is corrected only when it is not an English word and one reading of it is ("rnosque" ->
"mosque"; "born", "turn" and "Room 101" are left alone), so text without such damage is untouched
and costs one regular-expression pass. The corrected text is what the scanner reads; its offsets
map back to the original, so a finding withholds the damaged spelling police would otherwise get.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from gatekeeper.redact.transport import Repaired

# A word with a letter pair or digit character recognition confuses, among letters
# (or, typed on purpose, a digit or sign for a letter: "n0 p4p3rs", "und0cum3nted", "f4ce m4tch")
_SUSPECT = re.compile(
    r"(?<![\w'@$])(?=[A-Za-z0-9@$]*(?:rn|[A-Za-z][013457@$]|[013457@$][A-Za-z]|l[A-Z]{2}))[A-Za-z0-9@$]{2,}(?![\w'@$])"
)
# A digit or sign written for the letter it looks like, beside letters (leetspeak)
_LEET = {"3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}


def correct(text: str, is_word: Callable[[str], bool], is_term: Callable[[str], bool]) -> Repaired | None:
    """``text`` with each damaged word replaced by its English reading (the transport view's kind of
    map back to the original's offsets), or None if none is. A
    capitalised word is a name unless its reading is a lexicon term ("Sornali" -> "Somali", but
    "Fields Corne" is no "Fields Come")."""
    if _SUSPECT.search(text) is None:
        return None
    out: list[str] = []
    starts: list[int] = []
    widths: list[int] = []
    pos = 0
    changed = False
    for m in _SUSPECT.finditer(text):
        word = m.group(0)
        if not any(c.isalpha() for c in word) or is_word(word.lower()):
            continue
        if len(word) == 2 and word[0].isdigit():
            continue  # a label, not a word: "4L", "3D", "5K" (outsider round 25: "KILMER BLOCK 4L")
        titled = word[:1].isupper() and not word.isupper()
        reading = _reading(word, is_term if titled else is_word)
        if reading is None:
            continue
        for i in range(pos, m.start()):
            out.append(text[i])
            starts.append(i)
            widths.append(1)
        for ch, (s, w) in reading:
            out.append(ch)
            starts.append(m.start() + s)
            widths.append(w)
        pos = m.end()
        changed = True
    if not changed:
        return None
    for i in range(pos, len(text)):
        out.append(text[i])
        starts.append(i)
        widths.append(1)
    ends = tuple(s + w for s, w in zip(starts, widths, strict=True))
    return Repaired("".join(out), tuple(starts), ends, len(text))


def _reading(word: str, is_word: Callable[[str], bool]) -> list[tuple[str, tuple[int, int]]] | None:
    """The first reading of ``word`` that is an English word: each character with the offset and
    width of what it replaces."""
    upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
    # each position: the choices for it (character, width in the original)
    slots: list[tuple[int, list[tuple[str, int]]]] = []
    i = 0
    while i < len(word):
        c = word[i]
        if word.startswith("rn", i):
            slots.append((i, [("rn", 2), ("m", 2)]))
            i += 2
            continue
        if c == "0":
            slots.append((i, [("O" if upper else "o", 1)]))
        elif c == "1":
            slots.append((i, [("L" if upper else "l", 1), ("I" if upper else "i", 1)]))
        elif c in _LEET:
            slots.append((i, [(_LEET[c].upper() if upper else _LEET[c], 1)]))
        elif c == "l" and upper:
            slots.append((i, [("I", 1)]))
        else:
            slots.append((i, [(c, 1)]))
        i += 1
    if len(slots) > 40:
        return None
    choices = [opts for _, opts in slots]
    for tried, combo in enumerate(product(*choices)):
        if tried >= 16:
            return None
        cand = "".join(ch for ch, _ in combo)
        if cand != word and is_word(cand.lower()):
            out: list[tuple[str, tuple[int, int]]] = []
            for (at, _), (ch, w) in zip(slots, combo, strict=True):
                if len(ch) == w:  # unchanged or one for one: a character each
                    out.extend((c, (at + k, 1)) for k, c in enumerate(ch))
                else:  # "rn" read as "m"
                    out.append((ch, (at, w)))
            return out
    return None
