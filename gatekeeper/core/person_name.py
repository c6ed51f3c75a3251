"""What a person's name may look like, before it is released to police.

A released ``student.name`` (or first, middle, last name) is the student's name and nothing
else. A school system or a hurried clerk appends remarks to it ("Bob, undocumented, from Haiti,
lives in Mattapan"); such a value is refused with a clear error rather than released or trimmed
by guesswork. The rule, chosen to admit the names of Boston's students in any script and to
refuse what a name never holds:

- text, 1 to 100 characters (a part: up to 60);
- "LAST, First" as student-information systems export it: one comma between two names;
- only letters of any script (with their combining marks: "José", "Nguyễn", "محمد", "李"), spaces,
  hyphens, apostrophes (' ’ ʼ) and periods ("Jr.", "J. R."); no digits, commas, semicolons,
  colons, brackets, slashes, line breaks or other symbols, which is where remarks begin;
- at most 8 words for a whole name ("Juan Carlos de la Cruz Hernández López" has 7), 5 for a
  part; every word holds a letter;
- a name written with capitals that also holds an all-lower-case word is refused unless that word
  is a name particle ("de", "van", "bin", ...): "Bob undocumented from Haiti" is a name and a
  remark, "Ana de la Cruz" is a name. All-lower-case and all-capital names (exports) pass, and
  scripts without case are never judged by it.

Passing this shape is not enough: every name is also run through the withholding scanner
(``gatekeeper.service.requests.vet_names``). A finding in a category no name is made of
(immigration status, gang, language, face surveillance: policies/redaction/fields.yaml
``name_never_holds``) refuses the request. A finding in the categories real names share words with
(places, demonyms, faiths: "Kenya Banks", "Chelsea French", "Christian Church", which the corpora
require to survive) is a name, unless the value also holds a word that is a remark rather than a
name ("Bob From Haiti", "Ana Lives In Mattapan"), which is refused.
"""

from __future__ import annotations

import re
import unicodedata

from ftfy import fix_encoding

MAX_NAME_CHARS = 100
MAX_PART_CHARS = 60
MAX_NAME_WORDS = 8
MAX_PART_WORDS = 5

_JOINERS = frozenset("-\u2010'\u2019\u02bc.")
# Lower-case words that belong inside a name (Romance, Germanic, Arabic, Hebrew, Scandinavian...).
PARTICLES = frozenset(
    {
        "a", "abu", "af", "al", "av", "ap", "bat", "ben", "bin", "bint", "da", "das", "de", "degli",
        "dei", "del", "dela", "della", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "ibn",
        "la", "le", "les", "lo", "mac", "mc", "o", "op", "ould", "san", "st", "st.", "te", "ten", "ter",
        "thi", "thị", "van", "văn", "vander", "ver", "von", "wa", "y", "zu", "zum", "zur", "'t", "’t",
    }
)  # fmt: skip


# Words that join a remark, not a name (compared case-folded, so title case does not hide them).
REMARK_WORDS = frozenset(
    {
        "from", "in", "at", "on", "near", "of", "to", "with", "and", "or", "is", "was", "are", "has",
        "had", "not", "no", "lives", "living", "lived", "live", "born", "speaks", "speaking", "status",
        "since", "family", "parents", "mother", "father", "attends", "moved", "came", "arrived",
        "member", "prefers", "religion", "nationality", "country", "neighborhood", "neighbourhood",
    }
)  # fmt: skip


def holds_remark_word(value: str) -> bool:
    return any(w.casefold().strip(".") in REMARK_WORDS for w in value.split())


# A letter lost on the way to a replacement character: a capital where it starts a word
_LOST_FIRST = re.compile(r"(?<!\S)\ufffd")


def _as_sent(text: str) -> str:
    """A name as the school wrote it, where it was damaged on the way here: UTF-8 read as
    Windows-1252 ("AndrÃ© Toussaint" is "André Toussaint"), a letter lost to a replacement
    character ("Jos\ufffd Luis Hern\ufffdndez"). The name is released as it came; only its shape
    is judged as sent."""
    fixed = fix_encoding(text)
    if "\ufffd" in fixed:
        fixed = _LOST_FIRST.sub("X", fixed).replace("\ufffd", "x")
    return fixed


def name_problem(value: object, *, part: bool = False) -> str | None:
    """Why ``value`` is not a person's name (a message that never quotes it), or None."""
    if not isinstance(value, str):
        return "a name must be text"
    max_chars, max_words = (MAX_PART_CHARS, MAX_PART_WORDS) if part else (MAX_NAME_CHARS, MAX_NAME_WORDS)
    text = value.strip(" ")
    if not text:
        return "a name must not be empty"
    if len(text) > max_chars:
        return f"a name has at most {max_chars} characters"
    if not text.isascii():
        text = _as_sent(text)
    if not part and text.count(",") == 1:
        # Student-information systems export "LAST, First": one comma between two names, each of
        # which passes on its own. A remark after the comma ("Bob, undocumented") still fails there.
        family, given = (side.strip(" ") for side in text.split(","))
        if family and given and len((family + " " + given).split()) <= max_words:
            return name_problem(family) or name_problem(given)
    for ch in text:
        if ch == " " or ch in _JOINERS:
            continue
        cat = unicodedata.category(ch)
        if cat[0] not in "LM":
            return (
                "a name holds only letters, spaces, hyphens, apostrophes and periods; "
                "send remarks in the incident description, not in the name"
            )
    words = text.split()
    if len(words) > max_words:
        return f"a name has at most {max_words} words; send remarks in the incident description"
    if any(not any(unicodedata.category(c)[0] == "L" for c in w) for w in words):
        return "every word of a name holds a letter"
    has_capital = any(any(c.isupper() for c in w) for w in words)
    if has_capital:
        for w in words:
            lowered = w.casefold()
            if w == lowered and w != w.upper() and lowered not in PARTICLES:
                return (
                    "a name written with capitals holds a lower-case word that is not a name particle; "
                    "send only the student's name, and remarks in the incident description"
                )
    return None
