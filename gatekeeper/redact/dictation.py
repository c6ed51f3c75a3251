"""Dictated text: speech-to-text writes the punctuation it heard as words ("he had a knife period new
paragraph mom was called comma she speaks ..."), so the text has no sentence or clause the
statement rules can stop at, and a statement about the family took the incident's facts with it.

``punctuated`` gives a view of such a text with each spoken mark written as the mark, padded with
spaces to the same length (and the next word capitalised after a sentence's end), so every offset
found on the view is an offset of the original: the redactor decides on the view and withholds
from the original, which police receive as it was dictated.
"""

from __future__ import annotations

import re

# A spoken mark, with the word before it: "6th period", "lunch period", "her period" are a school's
# or a body's, not a full stop.
_SPOKEN = re.compile(
    r"(?<=[^\W_])(?P<pre>[ \t]+)(?P<mark>period[ \t]+new[ \t]+paragraph|period[ \t]+new[ \t]+line|new[ \t]+paragraph|"
    r"new[ \t]+line|full[ \t]+stop|period|comma|question[ \t]+mark|exclamation[ \t]+(?:point|mark))\b(?=[ \t]|$)",
    re.IGNORECASE,
)
_NOT_A_STOP = re.compile(
    r"(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|"
    r"lunch|free|class|passing|grace|time|waiting|trial|probation|probationary|reporting|advisory|study|"
    r"her|my|a|the|this|that|each|every|same|one|which|what)$",
    re.IGNORECASE,
)
_MARKS = {"comma": ",", "question": "?", "exclamation": "!"}


def _spoken_marks(text: str) -> list[re.Match[str]]:
    """The spoken marks of ``text`` (a school's "third period" aside); none without the words."""
    low = text.lower()
    if "period" not in low and "comma" not in low and "new paragraph" not in low:
        return []
    return [m for m in _SPOKEN.finditer(text) if not _is_school_period(text, m)]


def dictated(text: str) -> bool:
    """Two spoken marks or more where written ones are fewer: a dictation, not a report that says
    "third period" once."""
    return _is_dictation(text, _spoken_marks(text))


def _is_dictation(text: str, marks: list[re.Match[str]]) -> bool:
    return len(marks) >= 2 and text.count(".") + text.count(",") < len(marks)


def _is_school_period(text: str, m: re.Match[str]) -> bool:
    if not m.group("mark").lower().startswith("period"):
        return False
    ws = text.rfind(" ", 0, m.start()) + 1
    return _NOT_A_STOP.match(text, ws, m.start()) is not None


def punctuated(text: str) -> str:
    """``text`` with its spoken marks written, same length; ``text`` itself if it is no dictation."""
    marks = _spoken_marks(text)
    if not _is_dictation(text, marks):
        return text
    chars = list(text)
    for m in marks:
        word = m.group("mark").split()[0].lower()
        mark = _MARKS.get(word, ".")
        s, e = m.start(), m.end()
        chars[s] = mark
        for i in range(s + 1, e):
            chars[i] = " "
        if mark != ",":
            j = e
            while j < len(text) and text[j] in " \t":
                j += 1
            if j < len(text) and text[j].isalpha():
                chars[j] = text[j].upper()
    return "".join(chars)
