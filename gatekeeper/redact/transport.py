"""Text damaged on its way here: copied out of a web form, an e-mail gateway, an old student
information system or a PDF, a report arrives with its letters in the wrong encoding ("JosÃ©",
"SÃ£o TomÃ©", "familyâ€™s"), as HTML ("Hait&iacute;an", "<br>"), as quoted-printable mail
("espa=C3=B1ol", a soft line break "Eas=" at a line's end), as RTF source ("\\ldblquote", "\\par"),
with a word processor's invisible characters between sentences, with a PDF page's footer between
two lines of a sentence, or wrapped at a margin with a hyphen ("Domin-" over "ican"). Read as it
is, a forbidden word in such a text is no word at all, and an HTML paragraph break is no
sentence's end.

``repaired`` gives a view of such a text with the damage undone, and the way back from each
character of the view to the original's offsets: the redactor decides on the view and withholds
from the original, which police receive as it came (an approver who reads the police copy sees
the same damage the school sent). Text without such damage costs one regular-expression search.

Mojibake is undone by ftfy, the library made for exactly this (it knows the sloppy Windows
codecs, double encodings, and when a run of accented letters is just French); HTML entities by
the standard library's ``html.unescape``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from ftfy import fix_encoding

# Any sign of damage at all; a text without one is returned as it is.
_HINT = re.compile(
    r"&(?:#\d{2,7}|#[xX][0-9A-Fa-f]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|<(?:br|p|div|li|hr|h[1-6]|blockquote)\b"
    r"|=[0-9A-F]{2}|=\r?\n"
    r"|-[ \t]*\r?\n"
    r"|\\(?:rtf1|par|line|ldblquote|rquote)\b"
    r"|[\u00ad\u200b-\u200d\u2060\ufeff]"
    r"|\b(?:Page|PAGE|Pg|pg)\.?[ \t]*\d{1,3}[ \t]*(?:of|OF|/)[ \t]*\d{1,3}\b"
    r"|[\u00c2-\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]",
    re.IGNORECASE,
)

# An HTML character reference: "&eacute;", "&#39;", "&#x27;", "&nbsp;".
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9A-Fa-f]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A tag that ends a line where it stands ("<br>", "</p>", "<div class=...>"): in the view, a line
# break, so the sentence before it ends there. Table and inline tags stay: a pasted HTML row's
# "<th>Residence</th><td>...</td>" is read as a labelled field.
_BLOCK_TAG = re.compile(r"</?(?:br|p|div|li|hr|h[1-6]|blockquote)\b[^<>\n]{0,200}?/?>", re.IGNORECASE)

# Quoted-printable: encoded bytes ("=C3=A9") and soft line breaks ("=" at a line's end). Only a
# text that carries an encoded byte of a letter outside ASCII, or an encoded space or equals sign,
# is read as quoted-printable: a key=value export's empty value ("ethnicity=" over the next key)
# is no soft break.
_QP_SIGN = re.compile(r"=[C-F][0-9A-F]=[89AB][0-9A-F]|=20\b|=3D")
_QP_BYTES = re.compile(r"(?:=[0-9A-F]{2})+")
_QP_SOFT = re.compile(r"=\r?\n")
_QP_SOFT_LINE = re.compile(r"^(?P<line>[^\n]*=)\r?\n", re.MULTILINE)

# A word wrapped at a margin with a hyphen: "Domin-" at a line's end, "ican" on the next ("Somal-"
# over "i." too).
_WRAPPED = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})-[ \t]*\r?\n[ \t]*([^\W\d_]+)(?![^\W\d_])")

# RTF pasted as its source ("{\rtf1\ansi ... \par}"): a control word, with the one space that
# ends it, or a character by its code ("\'e9", "\u233?"), and the groups' braces
_RTF_SIGN = re.compile(r"\{\\rtf\d|\\par\b")
_RTF = re.compile(r"\\(?:([a-z]{1,32})(-?\d{1,10})?[ ]?|'([0-9a-fA-F]{2})|([~_-]))|[{}]")
_RTF_WORDS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "lquote": "\u2018", "rquote": "\u2019",
    "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "emspace": " ", "enspace": " ",
}  # fmt: skip
_RTF_SYMBOLS = {"~": " ", "_": "-", "-": ""}

# A page's running header or footer that a PDF copy drops between two lines of a sentence
# ("... the Cape" / "Boston Public Schools | Office of Safety Services   Page 3 of 4" / "Verdean
# kids ..."): the line with its page number, read as if it were not there, so the sentence is
# whole again. The line is dropped from the view only where it says nothing itself (the caller's
# ``says_nothing``): a footer that holds a forbidden word is read where it stands.
_PAGE_LINE = re.compile(
    r"\n[ \t]*(?P<line>[^\n]{0,120}?\b(?:Page|PAGE|Pg|pg)\.?[ \t]*\d{1,3}[ \t]*(?:of|OF|/)[ \t]*\d{1,3}\b"
    r"[^\n]{0,120}?)[ \t]*(?=\n[ \t]*\S)"
)

# A run of characters that mojibake leaves: a lead byte's letter ("Ã", "Â", "â") before a
# continuation byte's ("©", "€", "™").
_MOJIBAKE = re.compile(
    r"[\u00c2-\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_TOKEN = re.compile(r"\S+")
# Characters a word processor leaves that show as nothing: zero-width space, non-joiner and joiner,
# word joiner, byte-order mark, soft hyphen. A sentence that starts after one still starts there.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]+")


@dataclass(frozen=True, slots=True)
class Repaired:
    """A view of a text with its damage undone: ``starts[i]``/``ends[i]`` are the original offsets
    of what produced the view's character ``i``."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    size: int

    def orig_start(self, i: int) -> int:
        return self.starts[i] if i < len(self.starts) else self.size

    def orig_end(self, e: int) -> int:
        return self.ends[e - 1] if e > 0 else 0


# (start, end, replacement, aligned): a piece of the text and what the view reads there; an
# aligned replacement maps character by character where it matches the original
_Edit = tuple[int, int, str, bool]


def repaired(
    text: str, is_word: Callable[[str], bool], says_nothing: Callable[[str], bool] = lambda _: False
) -> Repaired | None:
    """``text`` with its transport damage undone, or None if it shows none. ``is_word`` says
    whether a wrapped word's two halves make a word ("Chi-" and "nese" do; "self-" and "harm"
    keep their hyphen); ``says_nothing`` whether a page's header or footer line may be read as if
    it were not there."""
    if _HINT.search(text) is None:
        return None
    view: Repaired | None = None
    steps: tuple[Callable[[str], list[_Edit]], ...] = (
        _quoted_printable,
        _invisible,
        _rtf,
        _markup,
        _mojibake,
        lambda t: _page_lines(t, says_nothing),
        lambda t: _wrapped(t, is_word),
    )
    for step in steps:
        current = view.text if view is not None else text
        edits = step(current)
        if edits:
            view = _compose(view, _apply(current, edits))
    return view


def _invisible(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _INVISIBLE.finditer(text):
        s, e = m.span()
        # between a word's end and a capital, one stood for a space ("Cape\u00adVerdean"); inside a
        # word, for nothing ("immi\u00adgra\u00adtion")
        apart = s > 0 and e < len(text) and text[s - 1].islower() and text[e].isupper()
        edits.append((s, e, " " if apart else "", False))
    return edits


def _rtf(text: str) -> list[_Edit]:
    if _RTF_SIGN.search(text) is None:
        return []
    edits: list[_Edit] = []
    for m in _RTF.finditer(text):
        word, arg, hexa, sym = m.group(1), m.group(2), m.group(3), m.group(4)
        if word is not None:
            if word == "u" and arg is not None:
                code = int(arg) % 65536
                rep = chr(code) if code and not 0xD800 <= code < 0xE000 else ""
                end = m.end()
                if end < len(text) and text[end] == "?":
                    end += 1  # the fallback character a reader without Unicode shows
                edits.append((m.start(), end, rep, False))
                continue
            rep = _RTF_WORDS.get(word, "")
        elif hexa is not None:
            rep = bytes([int(hexa, 16)]).decode("cp1252", errors="replace")
        elif sym is not None:
            rep = _RTF_SYMBOLS[sym]
        else:
            rep = ""  # a group's brace
        edits.append((m.start(), m.end(), rep, False))
    return edits


def _page_lines(text: str, says_nothing: Callable[[str], bool]) -> list[_Edit]:
    if "\n" not in text:
        return []
    edits: list[_Edit] = []
    for m in _PAGE_LINE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] == "\n":
            continue  # a page's line between paragraphs parts nothing
        if says_nothing(m.group("line")):
            edits.append((m.start(), m.end(), "", False))
    return edits


def _quoted_printable(text: str) -> list[_Edit]:
    if _QP_SIGN.search(text) is None and not _qp_wrapped(text):
        return []
    edits: list[_Edit] = [(m.start(), m.end(), "", False) for m in _QP_SOFT.finditer(text)]
    for m in _QP_BYTES.finditer(text):
        raw = bytes(int(m.group(0)[i + 1 : i + 3], 16) for i in range(0, len(m.group(0)), 3))
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            decoded = raw.decode("cp1252", errors="replace")
        edits.append((m.start(), m.end(), decoded, False))
    edits.sort()
    return edits


def _qp_wrapped(text: str) -> bool:
    """Two soft line breaks or more, each ending a line as long as quoted-printable wraps them
    (76 characters at most, most near it): a mail body, even where no encoded byte is left (a
    released copy whose accented words were withheld must read as the first did)."""
    soft = [m for m in _QP_SOFT_LINE.finditer(text)]
    return len(soft) >= 2 and all(60 <= len(m.group("line")) <= 76 for m in soft)


def _markup(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    if "&" in text:
        for m in _ENTITY.finditer(text):
            ch = html.unescape(m.group(0)).replace("\u00a0", " ")
            if ch != m.group(0):
                edits.append((m.start(), m.end(), ch, False))
    if "<" in text:
        edits.extend((m.start(), m.end(), "\n", False) for m in _BLOCK_TAG.finditer(text))
    edits.sort()
    return edits


def _mojibake(text: str) -> list[_Edit]:
    if _MOJIBAKE.search(text) is None:
        return []
    edits: list[_Edit] = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if _MOJIBAKE.search(token) is None:
            continue
        fixed = fix_encoding(token)
        if fixed != token:
            edits.append((m.start(), m.end(), fixed, True))
    return edits


def _wrapped(text: str, is_word: Callable[[str], bool]) -> list[_Edit]:
    if "\n" not in text or "-" not in text:
        return []
    edits: list[_Edit] = []
    for m in _WRAPPED.finditer(text):
        joined = (m.group(1) + m.group(2)).casefold()
        if is_word(joined):
            edits.append((m.end(1), m.start(2), "", False))
    return edits


def _apply(text: str, edits: list[_Edit]) -> Repaired:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for s, e, rep, aligned in edits:
        if s < pos:
            continue  # overlapping edits: the first one stands
        out.append(text[pos:s])
        starts.extend(range(pos, s))
        ends.extend(range(pos + 1, s + 1))
        if aligned:
            for tag, i1, i2, j1, j2 in SequenceMatcher(None, text[s:e], rep, autojunk=False).get_opcodes():
                if tag == "equal":
                    starts.extend(range(s + i1, s + i2))
                    ends.extend(range(s + i1 + 1, s + i2 + 1))
                else:
                    lo, hi = s + i1, s + i2
                    if lo == hi:  # a character put in: it stands for its neighbours
                        lo, hi = max(s, lo - 1), min(e, hi + 1)
                    starts.extend([lo] * (j2 - j1))
                    ends.extend([hi] * (j2 - j1))
        else:
            starts.extend([s] * len(rep))
            ends.extend([e] * len(rep))
        out.append(rep)
        pos = e
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Repaired("".join(out), tuple(starts), tuple(ends), len(text))


def _compose(first: Repaired | None, second: Repaired) -> Repaired:
    """``second`` (a view of ``first``'s view) mapped back to the original text."""
    if first is None:
        return second
    return Repaired(
        second.text,
        tuple(first.orig_start(s) for s in second.starts),
        tuple(first.orig_end(e) for e in second.ends),
        first.size,
    )
