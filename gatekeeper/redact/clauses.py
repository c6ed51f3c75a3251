"""Statements, not words: a finding is withheld together with the clause that states it.

"born in [WITHHELD]" or "a [WITHHELD] interpreter" still tells police what was there; the law
forbids the statement, not only its value. So every finding grows to the clause around it, and
neighbouring withheld clauses become one marker.

Clauses come from a small rule set rather than a sentence-segmentation library: one regex pass
over the text (a few microseconds for a 3,000-character narrative; pysbd measured two orders of
magnitude slower) finds the boundaries, each with the offsets where the clause before it ends and
the clause after it starts:

- sentence ends (``.``, ``!``, ``?`` before a capital, a digit or a quote; not after a title or
  abbreviation such as "Ms." or "St.", nor after initials such as "C.F."), line breaks after such
  punctuation, blank lines and bullets (a wrapped line inside a sentence is not a boundary);
- ``;``, ``:``, ``,``, parentheses, spaced dashes, quotation marks;
- subordinating words ("who", "which", "because", "where", "that", ...) which start a clause and
  go with it;
- coordinating words ("and", "but", "or", "so"), which stay outside the withheld clause and count
  only between two clauses of some length ("her mother and father speak Kriolu" is one clause).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import ahocorasick


# Words after which a period does not end a sentence.
def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_ABBREV = _words("""mr mrs ms mx dr st ave av rd blvd pl sq ct ln hwy pkwy apt no nos vs etc jr sr sgt det lt capt
    ofc approx appt dept univ inc co corp gov rep sen prof fr rev gen col cmdr insp est ft mt ext
    sra srta mme mlle e.g i.e u.s a.k.a aka jan feb mar apr jun jul aug sep sept oct nov dec""")
# (shared with the scanner: a title written with its stop, "Mr. Marcus Everett", is no sentence end)
ABBREVIATIONS = _ABBREV


# Words that open a sentence and are nobody's surname: after a single letter and its stop ("Lunch
# A. During Passover", "Room B. The teacher") the stop ends a sentence (outsider round 32)
_OPENER = re.compile(
    r"[ \t]+(?:During|The|At|On|In|He|She|They|We|It|This|That|After|Before|When|While|Then|Today|Yesterday|"
    r"There|His|Her|Their|Our|My|Nobody|No|Both|All|Staff|Students)\b"
)


def _next_is_upper(text: str, i: int) -> bool:
    n = len(text)
    while i < n and not text[i].isalnum():
        i += 1
    return i >= n or text[i].isupper() or text[i].isdigit()


_STREET = _words("st ave av rd blvd pl sq ct ln hwy pkwy ter")


def _after_capitalized(text: str, i: int) -> bool:
    """True when the word before offset ``i`` starts with a capital ("Ruggles St.", not "the St.")."""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = text.rfind(" ", 0, j + 1) + 1
    return j >= 0 and text[k].isupper() and text[k : j + 1].lower() not in _FUNCTION_WORDS


_FUNCTION_WORDS = _words("the a an in on at from to of near off by")


_SUBORD = _words(
    """who whom whose which because since where wherever when whenever while whereas although though
    if unless that"""
)
# "Mom said [the family is from ...]": the reported statement is a clause of its own
_REPORT = _words(
    """says said say reports reported stated states explained explains mentioned mentions adds added
    admitted admits shared shares noted notes wrote writes disclosed confirmed indicated"""
)
# "told the assistant principal [he ...]": the person told stays with the speaker
_TELL = _words("tells told informed reminded assured")
_TOLD_OBJECT = re.compile(
    r"\s+(?:me|us|him|her|them|staff|police|(?:the|his|her|their|a|an|our)\s+[\w-]+(?:\s+[\w-]+)?"
    r"(?=\s+(?:that|he|she|they|his|her|their|the|it|i|we|she's|he's)\b))"
)
_AS_PRONOUN = re.compile(r"\s+(?:he|she|they|his|her|their)\b")
_COORD_WORDS = _words("and but or so yet plus")
_COORD = r"and|but|or|so|yet|plus"
_KIND = {
    **{w: "coord" for w in _COORD_WORDS},
    **{w: "sub" for w in _SUBORD},
    **{w: "rep" for w in _REPORT},
    **{w: "tell" for w in _TELL},
    "as": "as",
}
# ASCII upper to lower, keeping every offset (str.lower may lengthen some characters)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

_PUNCT = ",;:()[]{}\"\u201c\u201d\u00ab\u00bb'\u2013\u2014"
_SENT_END = ".!?"
_CLOSERS = "\"'\u201d\u2019)"
# A ticked or empty box starts an item of a form as a bullet does ("\u2611 Threat to harm others"),
# and a field after one is a field of its own ("... \u2611 Gang involvement suspected: ...")
_BOX_CHARS = "\u2610\u2611\u2612\u25a1\u25a0"
_BULLET = re.compile(r"[ \t]*(?:>(?:[ \t]*>)*[ \t]?|(?:[-*\u2022\u2023\u25e6" + _BOX_CHARS + r"]|\d+[.)])\s)")
# A line that starts a new sentence without the last one's full stop ("He hit J.R. with a chair" then
# "Family is from ..."): a subject that begins sentences, not a wrapped place name ("East" / "Boston").
_NEW_SENTENCE = re.compile(
    r"(?:He|She|They|His|Her|Their|The|We|I|It|This|That|There|Staff|Students?|Family|Mom|Dad|Mother|Father|"
    r"Parents?|Grandma|Grandmother|Later|Then|Also|Police|Nurse|Officers?|[A-Z]\.[A-Z]\.)(?:\s|$)"
)


_BLANK_LINE = re.compile(r"[ \t]*(?:\n|$)")


def field_break(text: str, lo: int, hi: int, *, dashes: bool = False) -> int:
    """The first place in ``[lo, hi)`` where one field of a form or list ends and the next begins:
    a line break before a labelled line or a bullet, or a spaced slash or bar before a label
    ("Weapon: knife / Home language: ..."); -1 if none. With ``dashes`` (where a finding's end is
    cut, never where one is dropped) also a spaced dash and a line starting a new sentence."""
    k = text.find("\n", lo, hi)
    while k >= 0:
        if LINE_HEAD.match(text, k + 1) or _BULLET.match(text, k + 1) or STAMP.match(text, k + 1):
            break
        if _BLANK_LINE.match(text, k + 1):
            break  # a blank line ends a paragraph, and every statement in it
        if dashes and k > 0 and text[k - 1].isalnum() and _NEW_SENTENCE.match(text, k + 1):
            break  # a value found by a rule ends where a new sentence starts a line
        k = text.find("\n", k + 1, hi)
    if dashes:
        # an aside between spaced dashes ("-- fam is from ... btw -- J.R. to nurse") ends there
        for sep in (" -- ", " \u2014 ", " \u2013 "):
            j = text.find(sep, lo, hi if k < 0 else k)
            if j >= 0:
                k = j
    for sep in (" / ", " | "):
        j = text.find(sep, lo, hi if k < 0 else k)
        while j >= 0:
            m = LINE_HEAD.match(text, j + 3)
            if m is not None and text[m.end() - 1] == ":":
                k = j
                break
            j = text.find(sep, j + 1, hi if k < 0 else k)
    return k


# A line of a form or a log starts with a label ("Witnesses: ...", "HOME LANGUAGE: ...", "Other:
# ...", an export's "IMMIG_FLAG=TRUE"), a bracketed stamp ("[3/19 1:09 PM] Rachel: ...") or is a rule
# ("----"): such a line is a statement of its own,
# whether it ends in punctuation or not, and a withheld line never takes its neighbour with it.
LINE_HEAD = re.compile(
    r"[ \t]*(?:\[|[-=_*]{3,}[ \t]*$"
    r"|[^\W\d_][\w'\u2019/&.()-]*(?:[ \t]+[\w'\u2019/&.()-]+){0,4}[ \t]*(?::(?!\d)|=(?!=)))",
    re.MULTILINE,
)


def _automaton() -> ahocorasick.Automaton:
    """Every boundary token as one Aho-Corasick automaton over the ASCII-lowered text: one C pass
    finds them all (a regex alternation measured tens of times slower), Python checks each hit."""
    auto = ahocorasick.Automaton()
    for ch in _PUNCT + _SENT_END + "\n":
        auto.add_word(ch, ("p", ch))
    for sep in (" / ", " * ", " | ", " \u2022 ", " - ", " -- ", *(f" {b} " for b in _BOX_CHARS)):
        auto.add_word(sep, ("sep", sep))
    for w, kind in _KIND.items():
        auto.add_word(" " + w, (kind, " " + w))
    for w in ("he", "she", "they", "his", "her", "their", "the", "we", "staff", "student"):
        auto.add_word(" " + w + " ", ("cap", " " + w + " "))
    auto.make_automaton()
    return auto


_AUTO = _automaton()
_WORD_KINDS = frozenset({"coord", "sub", "rep", "tell", "as"})

_LEAD_COORD = re.compile(rf"(?i:{_COORD})\s+")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")
_GAP_JOIN = re.compile(
    rf"[\s.,;:!?()\[\]\"'\u201c\u201d\u2018\u2019\u2013\u2014/-]*(?:\b(?:{_COORD}|then|also)\b[\s,;:()\"'\u201c\u201d-]*)?",
    re.IGNORECASE,
)
# Between two withheld clauses, words that only attribute or link them ("[W], which staff say [W]")
# say nothing on their own and would frame the markers: they go with them.
_GAP_FILLER = re.compile(
    r"[\s,;:()\"'\u2013\u2014-]*(?:(?:which|who|that|it|staff|say|says|said|believe|believes|believed|think|"
    r"thinks|thought|reportedly|apparently|allegedly|supposedly|according|to|per|they|he|she|also|and|then|the|ones|"
    r"is|was|are|were)\b[\s,;:()\"'\u2013\u2014-]*){1,6}"
    # ", which the SRO says", ", which Ms. Diaz believes": a relative clause that only attributes
    r"|[\s,;:-]*(?:which|that|who)\s+(?:[\w.'\u2019]+\s+){0,3}(?:says?|said|believes?|believed|thinks?|thought|"
    r"claims?|claimed|reports?|reported)\s*",
    re.IGNORECASE,
)
# Between two withheld clauses, a time that dates the first ("[W] when he was 12 and [W]", "[W] two
# years ago, and [W]") belongs to it; left alone between the markers it frames them.
_GAP_TIME = re.compile(
    r"[\s,;:()\u2013\u2014-]*(?:(?:when|while|since|after|before|until)\s+(?:he|she|they|i|we|you)\s+"
    r"(?:was|were|turned|got)\s+[\w\x27-]+(?:\s+(?:years?|yrs?|months?)(?:\s+old)?)?|(?:at|by)\s+(?:age\s+)?\d{1,2}|"
    r"(?:\w+\s+)?(?:years?|months?)\s+ago|(?:in|around|back\s+in)\s+(?:19|20)\d\d|as\s+a\s+(?:child|baby|kid|toddler|little\s+\w+))"
    r"[\s,;:()\u2013\u2014-]*(?:(?:and|then|but)\b[\s,;:-]*)?",
    re.IGNORECASE,
)
_EDGE = " \t\r\n,;:"
_HEADING_MAX = 60
_FROM_HANDLE = re.compile(r"\bfrom[ \t]+@?$", re.I)
_CODE_LINE = re.compile(r"[ \t]*[A-Za-z0-9]{1,3}(?:/[A-Za-z0-9]{1,3})+")
_STOP = re.compile(r"[.!?;:]")
# A line of a log that starts with a time ("1334 hrs Camera footage saved", "10:42 - AP arrived",
# "9:05 a.m. Nurse called") is an entry of its own, whatever the line before ended with.
STAMP = re.compile(r"[ \t]*(?:\d{1,2}:\d{2}|\d{3,4}[ \t]*(?:hrs?|hours)\b|\d{1,2}(?::\d{2})?[ \t]*[ap]\.?m\b)", re.I)


def _cuts(text: str) -> tuple[list[int], list[int]]:
    """Clause ends (a clause before the boundary stops here) and clause starts (one after it
    begins here), each sorted."""
    n = len(text)
    ends: list[int] = [n]
    starts: list[int] = [0]
    prev_end = 0
    low = text.translate(_ASCII_LOWER)
    for last, (kind, tok) in _AUTO.iter(low):
        b = last + 1
        a = b - len(tok)
        if kind == "cap":
            # "- lives JP He had a pepper spray": a new sentence begun without punctuation
            if not (text[a + 1].isupper() and a > 0 and text[a - 1].isalnum()):
                continue
            if tok in (" student ", " staff ") and b < n and text[b].isupper():
                continue  # a name goes on ("the Latino Student Union", "the Staff Lounge", round 32)
            ends.append(a)
            starts.append(a + 1)
            prev_end = a + 1
            continue
        if kind in _WORD_KINDS:
            if b < n and (low[b].isalnum() or low[b] in "'\u2019"):
                continue  # " so" in " some"
            a += 1  # the word starts after its leading space
            if kind == "as":
                if _AS_PRONOUN.match(low, b) is None:
                    continue
                kind = "sub"
            elif kind == "tell":
                o = _TOLD_OBJECT.match(low, b)
                b = o.end() if o is not None else b
                kind = "rep"
            if kind == "coord":
                # only between two clauses: at least three words before (since the last
                # boundary) and two after
                if len(_WORD.findall(text, max(prev_end, a - 60), a)) < 3:
                    continue
                stop = _STOP.search(text, b, min(n, b + 40))
                if len(_WORD.findall(text, b, stop.start() if stop is not None else min(n, b + 40))) < 2:
                    continue  # "speaks only French and Susu. Nurse Park": the next sentence does not count
            elif kind == "rep":
                ends.append(b)  # the reporting verb stays with its speaker
                starts.append(b)
                prev_end = b
                continue
            else:
                ends.append(a)
                starts.append(a)  # the subordinating word goes with its clause
                prev_end = a
                continue
        elif kind == "sep":
            pass
        elif tok in _SENT_END:
            if b < n and text[b] in _SENT_END:
                continue  # the run's last mark decides
            while b < n and text[b] in _CLOSERS:
                b += 1
            j = b
            while j < n and text[j].isspace():
                j += 1
            # (a sentence may start with an emoji: "... safe now. 🇨🇻🇨🇻 was on his case", round 30)
            if j < n and (
                j == b or not (text[j].isalnum() or text[j] in "\"'\u201c\u2018(>\u2022$#~{" or text[j] >= "\U0001f000")
            ):
                continue  # "3.5", "U.S.A" inside a sentence
            while a > 0 and text[a - 1] in _SENT_END:
                a -= 1
            w = text[text.rfind(" ", 0, a) + 1 : a].lstrip("(\"'\u201c").lower()
            nxt_upper = _next_is_upper(text, b)
            if w.endswith(("a.m", "p.m")) and nxt_upper:
                pass  # "at 10:15 a.m. Mom came in": a time ends sentences more often than not
            elif w in _STREET and _after_capitalized(text, a - len(w)):
                pass  # "lives on Ruggles St. A teacher saw": the street name ends the sentence
            elif len(w) == 1 and w.isalpha() and _OPENER.match(text, b) is not None:
                pass  # "Cafeteria, Lunch A. During Passover ...": a sentence's opening word, no surname
            elif (
                w in _ABBREV
                or (len(w) == 1 and w.isalpha())
                or ("." in w and len(w) <= 6 and not _DECIMAL.fullmatch(w))
            ):
                continue  # "U.S.", "e.g."; a decimal ends its sentence ("dropped to 7.1. The family", round 46)
            elif not nxt_upper and w.isdigit():
                continue  # "approx. 3 in. long", "no. 5 bus"
        elif tok == "\n":
            # a blank line, a bullet, or a line ending in punctuation ends a clause; a wrapped line
            # inside a sentence does not
            k = a
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            j = b
            while j < n and text[j] in " \t":
                j += 1
            blank = j < n and text[j] == "\n"
            if not (
                blank
                or (k > 0 and text[k - 1] in ".!?:;|")
                or text.startswith("|", j)  # a table's row ("| Race | Black |") is a line of its own
                or _BULLET.match(text, b)
                or LINE_HEAD.match(text, b)
                or STAMP.match(text, b)
                or LINE_HEAD.match(text, text.rfind("\n", 0, a) + 1)
                or (k > 0 and text[k - 1].isalnum() and _NEW_SENTENCE.match(text, j))
                # a short line before a capital is a heading ("Statement (scan), translated by
                # staff" over the statement), not a sentence wrapped at the margin
                or (a - (text.rfind("\n", 0, a) + 1) < _HEADING_MAX and j < n and text[j].isupper())
                # a form's code alone on its line ("B/M" over "5'9, 150, thin"), outsider round 36
                or _CODE_LINE.fullmatch(text, text.rfind("\n", 0, a) + 1, k) is not None
            ):
                continue
        elif tok in ",:":
            if b < n and text[b].isdigit():
                continue  # "10:15", "$1,200"
        elif tok == "'" and (
            not (a > 0 and (text[a - 1].isspace() or text[a - 1] in ".,!?"))
            # "M.A.'s family": an initial's possessive (round 50)
            or (text[a - 1] == "." and b < n and text[b] == "s" and (b + 1 == n or not text[b + 1].isalnum()))
        ):
            continue  # an apostrophe, not a quotation mark (one follows a space or punctuation)
        elif tok in _QUOTES and (_scare_quoted(text, a) or _embedded_quote(text, a)):
            continue  # 'He is "undocumented" according to a peer': one or two quoted words stay in the clause
        ends.append(a)
        starts.append(b)
        prev_end = b
    # an XML or HTML element pasted from a system ("<HomeLanguage>Vietnamese</HomeLanguage>") is a
    # field of its own: its opening tag starts a clause, its closing tag ends one, so a withheld
    # value takes its tags and never the neighbouring elements (outsider round 17)
    if "<" in text:
        for m in TAG.finditer(text):
            if m.group(2).lower() in _HTML_TAGS:
                continue  # an HTML row's "<th>Residence</th><td>...</td>" is one field: label and value
            k = m.end() if m.group(1) else m.start()
            ends.append(k)
            starts.append(k)
            if m.group(0).endswith("/>"):  # '<Eth code="B" desc="..."/>': the empty element is the field
                ends.append(m.end())
                starts.append(m.end())
    if "~~" in text or "{" in text or "[" in text or "</" in text:
        # a tracked change pasted as text ("~~outside his building on ...~~ {+outside the school+}",
        # "[-...-]", "<del>...</del>") is a clause of its own: a struck home goes, the inserted
        # school's street stays (outsider round 58)
        for m in _EDIT_OPEN.finditer(text):
            ends.append(m.start())
            starts.append(m.start())
        for m in _EDIT_CLOSE.finditer(text):
            ends.append(m.end())
            starts.append(m.end())
        for i, m in enumerate(_TILDES.finditer(text)):
            k = m.start() if i % 2 == 0 else m.end()
            ends.append(k)
            starts.append(k)
    if "  " in text or "\t" in text:
        # a fixed-width export's fields on one line, two spaces or a tab apart ("OTIENO, MICHAEL
        # Gr 10  Born: Nairobi, Kenya  Lang: ..."): each labelled field is a clause of its own
        # (outsider round 44)
        for m in GAP_FIELD.finditer(text):
            ends.append(m.start())
            starts.append(m.start("label"))
            # a line's last field, a flag's code, before the narrative goes on without a stop
            # ("LEP: Y Ling would not answer", "Interpreter Req: Y (Arabic) Dean Albanese and ...")
            code = CODE_VALUE.match(text, m.end())
            if code is not None:
                ends.append(code.end())
                starts.append(code.end())
    if "/" in text:
        # a terse note's fragments run together with bare slashes ("Switchblade in waistband/Rozzie
        # kid/H-Block per SRO"): two such slashes or more on a line part it (outsider round 28);
        # one alone is "and/or", "mom/dad", "Race/Ethnicity"
        ls = 0
        while ls <= n:
            le = text.find("\n", ls)
            le = n if le < 0 else le
            if text.count("/", ls, le) >= 2:
                slashes = [m.start() for m in _FRAGMENT_SLASH.finditer(text, ls, le)]
                if len(slashes) >= 2:
                    ends.extend(slashes)
                    starts.extend(k + 1 for k in slashes)
            ls = le + 1
    ends.sort()
    starts.sort()
    return ends, starts


_EDIT_OPEN = re.compile(r"\{[+-]|\[[+-](?![\d ])|<(?:del|ins|s|strike)>", re.I)
_EDIT_CLOSE = re.compile(r"(?<![\d ])[+-]\}|(?<![\d ])[+-]\]|</(?:del|ins|s|strike)>", re.I)
_TILDES = re.compile(r"~~")
# any of them (shared with the scanner, whose phrases end at one)
EDIT_MARK = re.compile("|".join(p.pattern for p in (_TILDES, _EDIT_OPEN, _EDIT_CLOSE)), re.I)
# a fixed-width export's next field on the same line, two spaces or a tab on (shared with the scanner)
GAP_FIELD = re.compile(r"[ \t]{2,}(?P<label>[A-Z][A-Za-z/#.]{0,16}(?:[ \t][A-Za-z/#.]{1,12}){0,2}[ \t]*[:=])(?!\d)")
# a flag's short code (and its gloss in brackets) before words that go on with a capital: where a
# labelled field's value ends when no stop ends it (shared with the redactor's labelled fields).
# Not a number: "Addr: 155 Babson St" is one value
CODE_VALUE = re.compile(
    r"[ \t]*(?:[YN]|Yes|No|YES|NO|[A-Z]{1,4}(?:-[A-Z]{1,4})?)(?:[ \t]*\([^()\n]{1,30}\))?(?=[ \t]+[A-Z][a-z])"
)
_DECIMAL = re.compile(r"\d+\.\d+")
_FRAGMENT_SLASH = re.compile(r"(?<=[^\W\d_]{3})/(?=[^\W\d_])(?<!\band/)(?<!\bhis/)(?<!\bhe/)")


_HTML_TAGS = frozenset(
    [
        "a", "b", "i", "u", "p", "br", "hr", "em", "strong", "span", "div", "font", "small", "big", "sub", "sup",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "col", "colgroup", "ul", "ol", "li",
        "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "blockquote", "html", "head",
        "body", "title", "label", "form", "input", "select", "option", "textarea", "section", "article",
        "header", "footer", "nav",
    ]
)
# an XML tag's name and its attributes, as a system writes them (shared with redactor's fields)
TAG_NAME = r"[A-Za-z][\w.:-]{0,40}"
TAG_ATTR = r"[ \t]+(?P<ak>[\w:-]+)=\"[^\"<>\n]*\""
TAG = re.compile(r"<(/)?(" + TAG_NAME + r")(?:" + TAG_ATTR + r")*[ \t]*/?>")


_QUOTES = "\"\u201c\u201d'\u2018\u2019"
_SHORT_QUOTE = re.compile(r"[\"\u201c\u2018'][^\W_]+(?:[ -][^\W_]+)?[\"\u201d\u2019']")


_OPEN_Q = '"\u201c'
_CLOSE_Q = '"\u201d'
_EMBED_BEFORE = re.compile(r"[a-z][a-z'\u2019]* $")
_EMBED_AFTER = re.compile(r" [a-z]")
_COMPLEMENT = re.compile(r"\b(?:is|are|was|were|be|been|being|as|to|from|of|in|at|on|called|named|speaks?|spoke)[ \t]$")
_SPOKEN = re.compile(r"[,;!?][ \t]|[,;!?]$|(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.$")


def _embedded_quote(text: str, a: int) -> bool:
    """The double quote at ``a`` opens or closes a quotation that sits inside a sentence as one of
    its parts ('goes to "la iglesia evangelica" every Sunday', 'speaks "3arabi" only'): lower-case
    words run on both sides, so the quotation is no clause of its own and goes with its sentence."""
    ch = text[a]
    if ch not in _OPEN_Q and ch not in _CLOSE_Q:
        return False
    opening = (a == 0 or text[a - 1].isspace()) and a + 1 < len(text) and not text[a + 1].isspace()
    if opening:
        o = a
        c = min((k for k in (text.find(q, a + 1, a + 200) for q in _CLOSE_Q) if k >= 0), default=-1)
    else:
        c = a
        o = max(text.rfind(q, max(0, a - 200), a) for q in _OPEN_Q)
    if o < 0 or c < 0 or "\n" in text[o:c]:
        return False
    if _SPOKEN.search(text, o + 1, c) is not None and _COMPLEMENT.search(text, max(0, o - 12), o) is None:
        # 'yelled "ustedes no son de aquí, go back ...," and': a quote with clauses of its own is
        # speech; 'the family is "Haïtienne, nou la depi 2 an" and' is still the sentence's part
        return False
    return _EMBED_BEFORE.search(text, max(0, o - 30), o) is not None and _EMBED_AFTER.match(text, c + 1) is not None


def _scare_quoted(text: str, a: int) -> bool:
    """The quote mark at ``a`` opens or closes one or two quoted words ("undocumented")."""
    if _SHORT_QUOTE.match(text, a) is not None:
        return True
    return any(m.end() == a + 1 for m in _SHORT_QUOTE.finditer(text, max(0, a - 40), a + 1))


def clause_regions(
    text: str,
    spans: Sequence[tuple[int, int]],
    keep: Sequence[tuple[int, int]] = (),
    quoted: frozenset[tuple[int, int]] = frozenset(),
    placed: frozenset[tuple[int, int]] = frozenset(),
    alone: frozenset[tuple[int, int]] = frozenset(),
) -> list[tuple[int, int]]:
    """The withheld regions for findings ``spans`` (original offsets,
    sorted): each finding's statement, overlapping ones united, and neighbours
    separated only by punctuation or a coordinating word joined into one. ``keep`` (the
    student's own name, released anyway) is cut out of the regions.

    A finding's statement is its clause, unless the finding modifies a person in
    a clause that says nothing else about it ("the Dominican boy from Bowdoin Street pulled a
    knife"): then it is that noun phrase, with a place or origin attached to it, and the rest of
    the clause (the incident) stays. A finding in ``quoted`` (text in another language) that fills
    a quotation is that quotation. A finding in ``placed`` (a place or a place of worship) in a
    phrase that ends its clause is that phrase ("drives the van [for his church, ...]"). A finding in
    ``alone`` (a handle) is itself."""
    if not spans:
        return []
    ends, starts = _cuts(text)
    regions: list[tuple[int, int]] = []
    bare: set[tuple[int, int]] = set()
    n = len(spans)
    k = 0
    while k < n:
        s, e = spans[k]
        k += 1
        i = bisect.bisect_right(starts, s) - 1
        cs = starts[i] if i >= 0 else 0
        j = bisect.bisect_left(ends, e)
        ce = ends[j] if j < len(ends) else len(text)
        if (s, e) in alone:
            # a handle or a device's name whose run-together words say it ("from the account
            # MattapanMade at 9:50"): an identifier, withheld alone; the clause is the incident's.
            # A "from" right before it goes too: "from [WITHHELD]" reads as an origin ("from the
            # account [WITHHELD]" does not)
            lead = _FROM_HANDLE.search(text, max(0, s - 30), s)
            regions.append((lead.start() if lead is not None else s, e))
            bare.add(regions[-1])
            continue
        bracket = _short_bracket(text, s, e)
        if bracket is not None:
            # "S-1 (B/M, 16) did pass through the detector": a short bracket is an aside, and the
            # sentence around it the incident (outsider round 22)
            regions.append(bracket)
            continue
        quote = _whole_quote(text, s, e) if (s, e) in quoted else None
        if quote is not None:
            # a quotation in another language, of three words or more ("found the message
            # '明天我带刀来，杀了王老师' on the whiteboard"): the quotation is the statement, the clause
            # around it the incident (outsider round 18). Only there: an English quotation's clause
            # frames it ("the family goes to 'St. Brendan' every Sunday")
            regions.append(quote)
            continue
        np_ = _noun_phrase(text, cs, s, e, ce)
        if np_ is None and (s, e) in placed:
            np_ = _trailing_phrase(text, cs, s, e, ce)
        if np_ is not None:
            ns, ne = np_
            # "... boy from Bowdoin Street": a finding hanging off the phrase goes with it
            while k < n:
                m = _ATTACH.match(text, ne)
                if m is None or m.end() != spans[k][0]:
                    break
                ne = spans[k][1]
                k += 1
            regions.append((ns, ne))
            continue
        while cs < ce and text[cs] in _EDGE:
            cs += 1
        lead = _LEAD_COORD.match(text, cs, s)
        if lead is not None:
            cs = lead.end()  # ", and he is from ...": the coordinator stays outside
        while ce > cs and text[ce - 1] in _EDGE:
            ce -= 1
        if ce <= cs:
            cs, ce = s, e
        # "(lives on Hyde Park Ave)" and a quoted statement go with their brackets/quotes
        while cs > 0 and ce < len(text) and (text[cs - 1], text[ce]) in _PAIRS:
            cs -= 1
            ce += 1
        regions.append((min(cs, s), max(ce, e)))
    regions.sort()
    merged: list[list[int]] = []
    for s, e in regions:
        if merged:
            last = merged[-1]
            if s <= last[1]:
                last[1] = max(last[1], e)
                continue
            g = _GAP_JOIN.match(text, last[1], s)
            if (
                (g is not None and g.end() == s)
                or _GAP_FILLER.fullmatch(text, last[1], s) is not None
                or _GAP_TIME.fullmatch(text, last[1], s) is not None
            ):
                last[1] = max(last[1], e)
                continue
        merged.append([s, e])
    for r in merged:
        if (r[0], r[1]) in bare:
            continue  # a handle alone says nothing more around it
        _with_topic(text, r)
        _with_lead(text, r, starts)
        _with_tail(text, r)
        _with_correction(text, r)
        _with_home_tail(text, r)
        _with_other_language(text, r)
        _with_pair(text, r)
        note = _NOTE.match(text, r[1])
        if note is not None:
            r[1] = note.end()  # "[W] (Span)": a short bracketed note on the withheld statement goes with it
        else:
            _with_aside(text, r)
        _with_apposition(text, r)
        _with_named_before(text, r)
        _with_knows_where(text, r)
        # a bracket opened inside the region closes with it ("Y (Spanish" + ")"), and one closed
        # inside it opened with it ("[" + "Somali; translated by ...] A witness ...")
        for o, c in (("(", ")"), ("[", "]")):
            if r[1] < len(text) and text[r[1]] == c and text.count(o, r[0], r[1]) > text.count(c, r[0], r[1]):
                r[1] += 1
            if r[0] > 0 and text[r[0] - 1] == o and text.count(c, r[0], r[1]) > text.count(o, r[0], r[1]):
                r[0] -= 1
            if r[0] > 0 and r[1] < len(text) and text[r[0] - 1] == o and text[r[1]] == c:
                r[0], r[1] = r[0] - 1, r[1] + 1  # "[Somali; translated by Mr. Osei]" withheld whole, brackets too
        _close_open(text, r)
        if ":" in text or "=" in text:
            r[0] = _with_label(text, r[0], r[1])
            r[1] = _with_value(text, r[0], r[1])
        _with_telling(text, r)
    if len(merged) > 1:
        # the extensions above can make neighbours meet ("[W][W]"): they become one again
        joined: list[list[int]] = [merged[0]]
        for r in merged[1:]:
            last = joined[-1]
            if r[0] <= last[1] or not text[last[1] : r[0]].strip():
                last[1] = max(last[1], r[1])
            else:
                joined.append(r)
        merged = joined
    if keep:
        return _cut_out(text, merged, sorted(keep))
    return [(s, e) for s, e in merged]


# Words right beside a withheld region that would say what kind of thing it was ("asked him if he was
# [WITHHELD]", "born in [WITHHELD]", "a [WITHHELD] interpreter"): they go with it, so the marker
# says nothing (issue 9; the same words the shared scorer counts as residue). Outsider round 38.
_TELLING_BEFORE = re.compile(
    r"\b(?:born(?:[ \t]+in)?|(?:came|moved|arrived|fled|immigrated|emigrated)(?:[ \t]+over)?(?:[ \t]+here)?"
    r"(?:[ \t]+from|[ \t]+to)?|from|newly[ \t]+arrived|native[ \t]+of|citizen[ \t]+of"
    r"|(?:who|he|she|they|family|parents?|mom|mother|dad|father)[ \t]+(?:is|are|was|were)"
    r"|speaks?|spoke|speaking|spoken|language[ \t]+is"
    r"|(?:lives?|living|resides?|residing|stays?|staying)(?:[ \t]+(?:in|on|at|near|off|by|with))?"
    r"|address[ \t]+is|member[ \t]+of|affiliated[ \t]+with|associated[ \t]+with|claims|repping|reps|attends"
    # (a translation's colon too: "Ms. Xu translated: [W]", outsider round 56)
    r"|goes[ \t]+to|interpreter[ \t]+for|translat\w*(?:[ \t]+(?:from|to)|:)?|status[ \t]+is|status)"
    r"[ \t]+(?:(?:the|a|an)[ \t]+)?[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
_TELLING_AFTER = re.compile(
    r"[\"'\u201d\u2019]?[ \t]+(?:interpreter|translator|speaker|speaking|family|families|immigrant|descent|heritage"
    r"|origin|church|mosque|temple|synagogue|congregation|gang|crew|set|member|members|national|background|community"
    r"|household|student|kid|boy|girl)s?\b",
    re.IGNORECASE,
)


def _with_telling(text: str, r: list[int]) -> None:
    m = _TELLING_BEFORE.search(text, max(0, r[0] - 40), r[0])
    if m is not None:
        r[0] = m.start()
    m = _TELLING_AFTER.match(text, r[1])
    if m is not None:
        r[1] = m.end()


def _short_bracket(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The round brackets, of 40 characters at most and one line, that hold ``text[s:e]``."""
    o = text.rfind("(", max(0, s - 40), s)
    if o < 0 or ")" in text[o:s] or "\n" in text[o:s]:
        return None
    c = text.find(")", e, min(len(text), e + 40))
    if c < 0 or "(" in text[e:c] or "\n" in text[e:c] or c - o > 40:
        return None
    return o, c + 1


_QUOTE_WORD = re.compile(r"[^\W_]+")
_SAID = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|telling|wrote|writes|written|texted|texts|posted|posts|"
    r"yelled|yells|shouted|shouts|screamed|screams|asked|asks|whispered|typed|reads|labell?ed|marked|captioned|"
    r"messages?|notes?|caption|comments?|texts?|dms?|story|sign)\b(?P<rest>[^.!?\n]{0,40})$",
    re.IGNORECASE,
)
_FRAMED = re.compile(
    r"\b(?:is|are|was|were|be|been|from|to|at|in|of|as|called|named|calls|like|speaks?|spoke|language)\b[ \t,:]*$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _whole_quote(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The quotation, marks included, that ``text[s:e]`` fills (its own closing stop aside),
    when it holds three words or more (or a line in a script without spaces)."""
    a = s
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    b = e
    while b < len(text) and text[b] in " \t.,!?;:\u3002\uff0c\uff01\uff1f":
        b += 1
    if a == 0 or b >= len(text) or (text[a - 1], text[b]) not in _PAIRS or text[a - 1] in "([":
        return None
    inner = text[a:b]
    if "\n" in inner or text[a - 1] in inner:
        return None
    # only a quotation said or written ("told a classmate '...'", "the message '...'"), never
    # one its clause frames ("the family is '...'", "goes to '...' every Sunday")
    head = text[max(0, a - 1 - 60) : a - 1]
    cue = _SAID.search(head)
    if cue is None or _FRAMED.search(cue.group("rest")) is not None:
        return None
    if len(_QUOTE_WORD.findall(inner)) < 3 and len(_CJK.findall(inner)) < 4:
        return None
    return a - 1, b + 1


# A clause cut just before its object ("that's where we been living [since the shelter]") would
# leave the verb that says what the object was: the region goes back to the verb's clause.
_LEAD_CUE = re.compile(
    # (and "moved": "[the meeting] be moved [because of Ash Wednesday]", outsider round 20)
    r"\b(?:living|staying|lives?|live|resides?|residing|stays?|born|speaks?|spoke|speaking|claims?|repping|reps|moved)"
    r"(?:[ \t]+(?:in|on|at|near|off|by|with))?[ \t]*$",
    re.IGNORECASE,
)


# A bracket that glosses the place or group before it ("he from the 9 (99 crew)"): withheld, it
# would leave those words standing for what it said; the short phrase from its preposition goes
# with it (outsider round 14). A grade's "9 (ESL)" has no preposition and keeps its number.
_GLOSSED = re.compile(
    r"\b(?:from|in|with|of|at|on|near|by|for|reps|repping|claims)[ \t]+(?:the[ \t]+)?"
    r"[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+){0,1}[ \t]*\($"
)


_ASIDE_CLAUSE = re.compile(r"[ \t]*(?:he|she|they|we|i|it|his|her|their|the family)\b[ \t]+\w+", re.IGNORECASE)


def _with_gloss(text: str, r: list[int]) -> None:
    s, e = r
    if s > 0 and text[s - 1] == "(" and e < len(text) and text[e] == ")":
        s, e = s - 1, e + 1
    if s < 2 or text[s] != "(" or text[e - 1] != ")" or "(" in text[s + 1 : e - 1]:
        return
    if _ASIDE_CLAUSE.match(text, s + 1) is not None:
        return  # "came in lightheaded (she has been fasting for ...)": an aside of its own, no gloss
    m = _GLOSSED.search(text, max(0, s - 40), s + 1)
    # a name before the bracket is a venue or a person the bracket locates ("Cathedral High School
    # (South End)", "Mom (Creole speaker)"): only common words and numbers go
    if m is not None and not any(w[:1].isupper() for w in m.group(0).split()):
        r[0], r[1] = m.start(), e


# "The student, who goes by "Q-Bandz," [is known as a member of ...]": a relative clause between
# the subject and a withheld predicate names whom it is about; it goes with it (outsider round 14).
_RELATIVE_BEFORE = re.compile(
    r",[ \t]*(?:who|whom|whose|which)\b[^.;:!?\n]{1,60}?,[\"'\u201d\u2019]?[ \t]*$", re.IGNORECASE
)


def _with_lead(text: str, r: list[int], starts: list[int]) -> None:
    _with_gloss(text, r)
    rel = _RELATIVE_BEFORE.search(text, max(0, r[0] - 80), r[0])
    if rel is not None:
        k = rel.start() + 1
        while k < r[0] and text[k] in " \t":
            k += 1
        r[0] = k
    lo = max(0, r[0] - 60)
    m = _LEAD_CUE.search(text, lo, r[0])
    if m is None:
        return
    i = bisect.bisect_right(starts, m.start()) - 1
    cs = starts[i] if i >= 0 else 0
    while cs < m.start() and text[cs] in _EDGE:
        cs += 1
    lead = _LEAD_COORD.match(text, cs, m.start())
    if lead is not None:
        cs = lead.end()
    if _SENT_STOP_IN.search(text, cs, m.start()) is None:
        r[0] = min(r[0], cs)


# "I am his mother but the papers, [the immigration, it is not finished]": a topic named first and
# taken up after a comma belongs to the withheld statement (outsider round 15). Only a determiner
# and a noun, after a coordinator or a sentence start: "He had a knife, [W]" keeps its clause.
_TOPIC = re.compile(
    r"(?:(?<=\bbut[ \t])|(?<=\band[ \t])|(?<=\bor[ \t])|(?<=\bso[ \t])|(?<=[.;:!?\n][ \t])|^)"
    r"(?:the|my|his|her|their|our|your)[ \t]+[^\W\d_]+[ \t]*,[ \t]*$",
    re.IGNORECASE,
)


def _with_topic(text: str, r: list[int]) -> None:
    if _RELATIVE.match(text, r[0]) is not None:
        return  # "the classmate, [who is ...], needed surgery": the main clause goes on
    m = _TOPIC.search(text, max(0, r[0] - 40), r[0])
    if m is not None:
        r[0] = m.start()


_SENT_STOP_IN = re.compile(r"[.!?\n]")
_TAIL_STOP = re.compile(r"[.!?;\n]")
_TAIL_LEAD = re.compile(
    # (not a new report: "[W]; says for self-def" is the student's account of the knife, round 28)
    r"[ \t]*[,;][ \t]*+(?!(?:and|but|so|then|or|yet|while|after|before|when|near|at|in|on|by|says|said|told|"
    r"claims|claimed|stated|states|admitted|admits|reports|reported|explained|insists|insisted)\b)"
    r"|[ \t]+(?=(?:since|until|till|as of|for the (?:last|past))\b)"  # "[W] since August": how long it has held
    # "[a newcomer] who arrived last year": a relative clause on the withheld noun says more of it
    r"|[ \t]+(?=(?:who|whose)\b)",
    re.IGNORECASE,
)
# two short comma-separated items right before a statement that follows a comma: it is one item of
# a list (a witness's description), and the items after it are the list's, not its aside
_LIST_BEFORE = re.compile(r"(?:[^\W_][^,.;:!?\n]{0,30},[ \t]*){2}$")


def _list_item(text: str, start: int) -> bool:
    """The statement starting at ``start`` is one item of a comma list (``_LIST_BEFORE``)."""
    return _LIST_BEFORE.search(text, max(0, start - 120), start) is not None
_NOTE = re.compile(r"[ \t]*\((?:[^()\n\"'\s]+[ \t]?){1,3}\)")
_RELATIVE = re.compile(r"(?:who|whom|whose|which|where|that)\b", re.IGNORECASE)
_AFTER_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|where)\s+$", re.IGNORECASE)
_MAX_TAIL_WORDS = 6
# a name opening a sentence, then a comma: what follows the comma is an apposition on the name,
# and the verb after it the sentence's ("Stephanie, [W], argued with ..."; not "Detective, [W], with
# his mother", a note's vocative)
_NAME_APPOSITION = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019.-]+)?,[ \t]*$")
_PREDICATE = re.compile(
    r"(?:[a-z]+ed|is|was|were|are|has|had|have|did|does|will|would|could|can|should|may|might|must|told|said|says|"
    r"ran|runs|took|takes|got|gets|went|goes|came|comes|left|made|saw|threw|hit|hits|pulled|brought|kept|gave|put|"
    r"stood|sat|fought|swung|stole|drew|held|ate|sold|bought|wrote|sent|spoke|broke|knew|began|tried|keeps|never|"
    r"then|also)\b"
)
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


# "he's '[a citizen], unlike that one'": a comparison with someone else says the same of them
# (outsider round 21)
# (and "[W], same block as the kids from the last incident": the same home, outsider round 30)
_UNLIKE = re.compile(
    r"[ \t]*,[ \t]*(?:unlike|not like|same as|just like|same (?:block|building|street|hood|neighborhood|"
    r"neighbourhood|area|projects|development|country|island|church|mosque|crew|set) as)[ \t]+"
    r"[^,.;:!?'\"\u2019\u201d\n]{1,40}"
    # "[he lives at Academy Homes], just across the street,": where the home stands from here
    # (outsider round 33)
    r"|[ \t]*,[ \t]*(?:just[ \t]+|right[ \t]+)?"
    r"(?:across[ \t]+the[ \t]+(?:street|road|way|avenue)|around[ \t]+the[ \t]+corner"
    r"|down[ \t]+the[ \t]+(?:street|block|road)|up[ \t]+the[ \t]+(?:street|block|road)|next[ \t]+door|over[ \t]+there"
    r"|right[ \t]+there|nearby|close[ \t]+by)(?=[ \t]*[,.;]|$)"
)


# A correction of the withheld statement right after it ("[W]; Monique corrected that, it is the
# Greenway Hitters", "[W]. Actually, it's ..."): the same statement, to the sentence's end
_CORRECTION = re.compile(
    r"[ \t]*[,;.:]?[ \t]*(?:(?:[A-Z][\w.'\u2019-]*|she|he|they|the\s+\w+|his\s+\w+|her\s+\w+)[ \t]+){0,3}?"
    r"(?:corrected|corrects|clarified|clarifies|correcting)(?:[ \t]+(?:that|it|this|him|her|them|me|us|the\s+\w+))?"
    r"(?:[ \t]+later)?[ \t]*[,:;\u2013\u2014-]"
    r"|[ \t]*[,;.:]?[ \t]*(?:actually|correction|rather|no wait)[ \t]*[,:;\u2013\u2014-]"
    # a fragment that corrects it: "[W]. The housing development, not the church." (round 30)
    r"|[ \t]*[.;]?[ \t]*(?:the|a|an)[ \t]+[\w' -]{1,40}?,[ \t]*not[ \t]+(?:the|a|an)[ \t]+\w+",
    re.IGNORECASE,
)


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` ends: a stop that is no abbreviation's or initial's
    ("Ms. French", "J. Ortiz", "which K.B. denied"), else the text's end."""
    for stop in _TAIL_STOP.finditer(text, pos):
        k = stop.start()
        # (an initial in a bracket too: "her ex-boyfriend (E.D., grade 12)", round 53)
        w = text[text.rfind(" ", 0, k) + 1 : k].lstrip("([\"'\u201c\u2018").lower()
        if text[k] == "." and (w in _ABBREV or _INITIALS.fullmatch(w) is not None):
            continue
        return k
    return len(text)


def _with_correction(text: str, r: list[int]) -> None:
    m = _CORRECTION.match(text, r[1])
    if m is not None:
        r[1] = _sentence_end(text, m.end())


def _with_tail(text: str, r: list[int]) -> None:
    """A note's short tail after a withheld statement, to the sentence end, is more of the same
    aside ("[W], fam came over in the fall", "[W], building 12", "[W]; interp req=Y"): it goes
    with it. A tail that a coordinator starts ("..., and had a knife") is a clause of its own, and
    so is the next item of a list the statement is one item of."""
    unlike = _UNLIKE.match(text, r[1])
    if unlike is not None:
        r[1] = unlike.end()
        return
    m = _TAIL_LEAD.match(text, r[1])
    if (
        m is None
        or _RELATIVE.match(text, r[0]) is not None
        or _AFTER_RELATIVE.search(text, max(0, r[0] - 12), r[0])
        or (
            _NAME_APPOSITION.search(text, max(0, r[0] - 40), r[0]) is not None
            and _PREDICATE.match(text, m.end()) is not None
        )
    ):
        # after a relative clause ("grandmother, who speaks ..., was contacted") or an apposition
        # on a name that opens the sentence ("Stephanie, one of the organizers from ..., argued
        # with") the main clause goes on
        return
    if _list_item(text, r[0]):
        return  # "5'9, thin, curly brown hair, [a navy kippah], a Bruins quarter-zip": a description's items
    end = _sentence_end(text, m.end())
    if end <= m.end() or "[WITHHELD]" in text[m.end() : end]:
        return
    if len(_WORD.findall(text, m.end(), end)) > _MAX_TAIL_WORDS or _CLOCK.search(text, m.end(), end):
        return  # a time is a log's fact ("dad picked up at 12:30")
    r[1] = end


# "[his home is in Fields Corner] and he knows where Minh lives too", "[her mother has no papers]
# and please don't call the police to her house": a clause joined on that speaks of the home the
# withheld statement placed says what it was (outsider round 16). Only a home's own words: "[W]
# and he went home for the knife" is the incident's.
_HOME_TAIL = re.compile(
    # (a title's stop is no sentence end: "so Ms. Ilunga sat in")
    r"[ \t]*,?[ \t]*(?:and|so)[ \t]+((?:[^,.!?;:\n\[\]]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,120}?)"
    r"(?=[,!?;:\n]|\.(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)|$)",
    re.IGNORECASE,
)
_HOME_WORDS = re.compile(
    r"\b(?:lives?|living|lived|address|where[ \t]+[\w'\u2019]+[ \t]+(?:lives?|stays?|are|is)"
    r"|(?:police|cops|officers?|ice|immigration)\b[^,.;]{0,25}\b(?:house|home|apartment|door)"
    r"|knows?[ \t]+(?:our|my|his|her|their|your)[ \t]+(?:house|home|apartment|building|address)"
    # outsider round 17: "his dad is [W] and has a check-in next week": the status's own appointments
    r"|check-?ins?|court[ \t]+dates?|(?:immigration|asylum)[ \t]+(?:hearing|lawyer|case|appointment)"
    # "[she is in the newcomer program] and still working on the paperwork issue", "[he is SLIFE]
    # and arrived in August": the status's papers and the arrival it dates
    # outsider round 20: "[his father was picked up] and is being held in a facility in New Hampshire"
    r"|held|detained|detention|deported|deportation|"
    # outsider round 21: "[her English is limited], so Ms. Ilunga sat in on the interview"
    r"sat[ \t]+in|interpreted|translated|"
    r"paperwork|arrived(?![ \t]+(?:late|early|at|to|on|back|with|in[ \t]+(?:class|school|the)))"
    # outsider round 32: "[were born in Cabo Verde] and came to Boston in 2019": the arrival it dates
    r"|came[ \t]+(?:over|here)|got[ \t]+here|moved[ \t]+(?:over|here)"  # "... and moved here in 9th grade" (round 49)
    # "[their status] and ... she fears it will affect their case" (round 50)
    r"|affect[ \t]+(?:their|his|her|the[ \t]+family'?s?)[ \t]+(?:case|status|application|papers)"
    r"|(?:came|moved|immigrated|emigrated|migrated)[ \t]+(?:here[ \t]+)?(?:to|into)[ \t]+(?:boston|the[ \t]+u\.?s\.?|"
    r"the[ \t]+states|america|this[ \t]+country|the[ \t]+united[ \t]+states|massachusetts))\b",
    re.IGNORECASE,
)


def _with_home_tail(text: str, r: list[int]) -> None:
    m = _HOME_TAIL.match(text, r[1])
    if m is not None and _HOME_WORDS.search(m.group(1)) is not None and not _CLOCK.search(m.group(1)):
        r[1] = m.end()


# "said [something in Creole] and then in English": the other language of the same saying; left
# alone, the marker reads as a language named before it (outsider round 17)
_ENGLISH_TOO = re.compile(
    r"[ \t]*,?[ \t]+(?:and|or|but)[ \t]+(?:then[ \t]+|also[ \t]+|again[ \t]+)?in[ \t]+(?:broken[ \t]+)?english\b",
    re.IGNORECASE,
)


def _with_other_language(text: str, r: list[int]) -> None:
    m = _ENGLISH_TOO.match(text, r[1])
    if m is not None:
        r[1] = m.end()


# "a 'set thing' between [Wash Street] and Fenwood": the second side of a pair the withheld
# statement opened is a name of the same kind (outsider round 17). Only when the region ends with
# "between" and a name, and the other side is a name too ("between a kid from X and Jayden" keeps Jayden).
# (outsider round 32: "beef between Creston Street crew and KOB since August": the first side with
# its crew word, the second followed by the sentence going on)
_BETWEEN = re.compile(
    r"\b[Bb]etween[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}[A-Z][\w'\u2019-]*"
    r"(?:[ \t]+(?:kids|boys|guys|girls|crew|side|set|gang))?$"
)
_PAIR_TAIL = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}[A-Z][\w'\u2019-]*"
    r"(?:[ \t]+(?:kids|boys|guys|girls|crew|side|set|gang))?(?=[ \t]*(?:[,.;:!?\n)]|$|and\b|&)"
    r"|[ \t]+(?:since|over|about|for|that|which|who|is|are|was|were|has|had|have|started|going|got|again|ever|"
    r"at|in|on|after|before|because)\b)"
)


# "[the Wayland Street] and Harlem Street conflict": the other side of a feud named after the
# withheld name (outsider round 20; a re-check found the second street once the first was gone)
_FEUD_TAIL = re.compile(
    r"[ \t]+(?:and|&|vs\.?|versus)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}"
    r"(?:conflict|beef|feud|war|rivalry|thing|situation|dispute|drama)\b"
)
_ENDS_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*$")


# "the dispute between the Cathedral and [Lenox crews]": a crew word after the second side names the
# first side too (outsider round 35)
_PAIR_HEAD = re.compile(
    r"\b[Bb]etween[ \t]+(?:the[ \t]+)?(?P<x>(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}[A-Z][\w'\u2019-]*)"
    r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?$"
)
_PLURAL_CREW = re.compile(r"\b(?:crews|gangs|sets|sides|cliques)\b", re.I)


def _with_pair(text: str, r: list[int]) -> None:
    if _PLURAL_CREW.search(text, r[0], r[1]) is not None:
        head = _PAIR_HEAD.search(text, max(0, r[0] - 80), r[0])
        if head is not None:
            r[0] = head.start("x")
    if _BETWEEN.search(text, r[0], r[1]) is None:
        if _ENDS_NAME.search(text, r[0], r[1]) is not None:
            m = _FEUD_TAIL.match(text, r[1])
            if m is not None:
                r[1] = m.end()
        return
    m = _PAIR_TAIL.match(text, r[1])
    if m is not None:
        r[1] = m.end()


# "[W] (the Alcott Heights units) off Blue Ledge.": a bracket set right after the withheld words,
# in mid-sentence, renames what they named; it and the sentence's short rest are the same statement.
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
_ASIDE_REST = re.compile(
    r"[ \t]+(?!(?:and|but|so|then|or|yet|while|after|before|when|because|since|until|who|which|where)\b)"
    r"[^.!?\n;,]{1,60}?(?=[.!?\n;,]|$)",
    re.IGNORECASE,
)


def _with_aside(text: str, r: list[int]) -> None:
    m = _ASIDE.match(text, r[1])
    if m is None or len(_WORD.findall(text, m.start(), m.end())) > 8 or _CLOCK.search(text, m.start(), m.end()):
        return
    if "[WITHHELD]" in m.group(0):
        return
    r[1] = m.end()
    rest = _ASIDE_REST.match(text, r[1])
    if rest is not None and len(_WORD.findall(rest.group(0))) <= _MAX_TAIL_WORDS and not _CLOCK.search(rest.group(0)):
        r[1] = rest.end()


# A name set between commas right after a withheld statement renames what it withheld, and the
# sentence goes on after it ("[their parish priest], Father Colm at St. Finnian's, be told first"):
# the name goes with the statement (outsider round 13). Only a short phrase that starts with a
# capital or a determiner and is followed by a lower-case continuation: no new clause.
_APPOSITION = re.compile(
    r",[ \t]+(?!(?:And|But|So|Then|Or|Yet|While|After|Before|When|Because|Since|Until|Who|Which|Where"
    r"|He|She|They|It|We|I)\b)"
    r"(?:[A-Z]|(?:the|a|an|his|her|their)[ \t])[^,;:!?\n()\[\]\"]{1,50},(?=[ \t]+[a-z])"
)


def _with_apposition(text: str, r: list[int]) -> None:
    m = _APPOSITION.match(text, r[1])
    if m is None or len(_WORD.findall(text, m.start(), m.end())) > 7 or _CLOCK.search(text, m.start(), m.end()):
        return
    if _list_item(text, r[0]):
        return  # "a thin mustache, [a white kufi], a tan parka, and": the list's next item
    r[1] = m.end() - 1


# "the kitchen at Cedar Hollow, [the DCF-contracted residential program in Jamaica Plain]": a withheld
# statement set after a name as its apposition says what the name is; left alone, the name is the
# home it describes (outsider round 47)
_NAMED_BEFORE = re.compile(
    r"\b(?:at|in|to|from|into|near|with)[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Z][\w'\u2019-]*[ \t]){0,3}[A-Z][\w'\u2019-]*),[ \t]*$"
)
_APPOSITIVE_HEAD = re.compile(
    r"(?:the|a|an)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?(?:program|shelter|home|house|motel|hotel|apartment|apartments|"
    r"building|development|complex|residence|placement|facility|unit|place|projects|group home)\b",
    re.IGNORECASE,
)


def _with_named_before(text: str, r: list[int]) -> None:
    if _APPOSITIVE_HEAD.match(text, r[0]) is None:
        return
    m = _NAMED_BEFORE.search(text, max(0, r[0] - 60), r[0])
    if m is not None:
        r[0] = m.start(1)


_KNOWS_WHERE = re.compile(
    r"\b(?:i|we|they|he|she)?[ \t]*(?:know|knows|knew)[ \t]+where[ \t]+\w+[ \t]+(?:lives?|stays?)[ \t]*[,:-][ \t]*$",
    re.IGNORECASE,
)


def _with_knows_where(text: str, r: list[int]) -> None:
    """A threat's "I know where you live," goes with the home it names ("... [on Lawrence Ave]",
    outsider round 50); alone, "I know where you live" stays."""
    m = _KNOWS_WHERE.search(text, max(0, r[0] - 40), r[0])
    if m is not None:
        r[0] = m.start()


_DASH_ASIDE = re.compile(r" [-\u2013\u2014] |\u2014")
_ASIDE_MAX = 120


def _close_open(text: str, r: list[int]) -> None:
    """A quotation or a dashed aside opened inside a withheld region closes with it ('saying "he's
    [W] so he don't care"', "since [W] - they share a unit ..., the brick buildings near [W] -
    he has"): the rest of it is still the statement. Only up to the sentence's end and within
    ``_ASIDE_MAX`` characters."""
    s, e = r
    stop = _TAIL_STOP.search(text, e)
    limit = min(stop.start() if stop is not None else len(text), e + _ASIDE_MAX)
    if text.count('"', s, e) % 2 == 1 or text.count("\u201c", s, e) > text.count("\u201d", s, e):
        k = min((i for i in (text.find('"', e, limit), text.find("\u201d", e, limit)) if i >= 0), default=-1)
        if k < 0 and stop is not None:
            k = text.find('"', stop.start(), stop.start() + 3)  # 'care lol."': the stop inside the quote
        if k >= 0:
            r[1] = e = k + 1
    if len(_DASH_ASIDE.findall(text, s, e)) % 2 == 1:
        m = _DASH_ASIDE.search(text, e, limit)
        if m is not None:
            r[1] = m.start()


# what may stand before a field that does not start its line: a slash, a bar, a box or a tick
_FIELD_AFTER = ("/", "|", *_BOX_CHARS, "\u2713", "\u2714", "\u2717", "\u2718", "[x]", "[X]", "[ ]")
_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[.;]?[ \t]*(?:\n|$| [/|] )")


def _with_value(text: str, s: int, e: int) -> int:
    """A label that is itself a finding ("Home language:", "ELL status:", "Race/Ethnicity:") at the
    head of a line: its value is the forbidden fact, so the field goes whole, up to the next field."""
    if e >= len(text) or text[e] != ":":
        return e
    ls = text.rfind("\n", 0, s) + 1
    # a field starts a line, or follows a slash, a bar or a ticked box (outsider round 13)
    if text[ls:s].strip() and not text[ls:s].rstrip().endswith(_FIELD_AFTER):
        return e
    m = LINE_HEAD.match(text, s)
    if m is None or m.end() != e + 1:
        return e
    k = field_break(text, e, len(text))
    end = k if k >= 0 else len(text)
    nl = text.find("\n", e, end)
    end = nl if nl >= 0 else end
    while end > e + 1 and text[end - 1] in " \t":
        end -= 1
    return end


def _with_label(text: str, s: int, e: int) -> int:
    """A labelled line whose whole value is withheld ("Known associations: [WITHHELD] (SRO)")
    still says what was there: the label goes too. The start of the region, moved back to the
    line's start when the label is all that precedes it and at most a bracketed note follows."""
    # a field starts a line, or follows a spaced slash or bar ("Injuries: none / Known associations: ...")
    # (rfind's -1 for a separator not there must not count: -1 + 3 started the label mid-word,
    # "No[WITHHELD]" for "Note: ...", outsider round 17)
    seps = [k + 3 for k in (text.rfind(" / ", 0, s), text.rfind(" | ", 0, s)) if k >= 0]
    ls = max([text.rfind("\n", 0, s) + 1, *seps])
    if ls == s or (text.find(":", ls, s) < 0 and text.find("=", ls, s) < 0):
        return s
    m = LINE_HEAD.match(text, ls)
    if m is None or text[m.end() - 1] not in ":=":
        return s
    # an export's quoted value counts as the whole value ('student.res_note = "[WITHHELD]"')
    gap = text[m.end() : s].strip()
    if gap and not (text[m.end() - 1] == "=" and gap in ("\"", "'")):
        return s
    if _TAIL.match(text, e) is None:
        return s
    return ls + len(text[ls : m.end()]) - len(text[ls : m.end()].lstrip(" \t"))


def _cut_out(text: str, regions: list[list[int]], keep: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in regions:
        cuts = [(a, b) for a, b in keep if a < e and s < b]
        if not cuts:
            out.append((s, e))  # untouched by a kept name: the region as the clause rules made it
            continue
        pos = s
        for ks, ke in [*cuts, (e, e)]:
            lo, hi = pos, min(ks, e)
            while lo < hi and not text[lo].isalnum():
                lo += 1
            while hi > lo and not text[hi - 1].isalnum():
                hi -= 1
            if hi > lo:
                out.append((lo, hi))
            pos = max(pos, ke)
            if text[pos : pos + 2] in ("'s", "\u2019s") and (pos + 2 == len(text) or not text[pos + 2].isalnum()):
                pos += 2  # "Tomas's aunt says ...": the possessive stays with the kept name
    return out


# Heads of a noun phrase naming people; a category word before one describes them ("the Haitian
# student"). Interpreters, speakers and congregations are not here: "a [WITHHELD] interpreter"
# would still say what was withheld, so those findings take their whole clause.
_PERSON_HEAD = _words("""student students boy boys girl girls kid kids child children male males female females teen
    teens teenager teenagers youth youths man men woman women guy guys classmate classmates peer
    peers juvenile juveniles person people individual individuals suspect suspects family families
    friend friends cousin cousins brother brothers sister sisters 7th 8th 9th 10th 11th 12th
    grader graders""")
_QUANTIFIERS = _words("every each any no")
_DETERMINERS = _words("""the a an some this that these those his her their its another other two three four several
    few many one both all""")
# Words that make the clause a statement about the finding rather than a mention of it.
_CUE = re.compile(
    r"\b(?:born|from|speaks?|spoke|speaking|lives?|living|lived|"
    r"resides?|residing|stays?|staying|attends?|attended|members?|affiliated|associated|identif\w*|"
    r"claims?|reps|repping|came|moved|arrived|fled|immigrated|emigrated|status|listed|language|"
    r"grew|raised|belongs?|runs|rolls|part|known|called|considered|labell?ed|"
    # "described himself as ..." states it; "described the driver as [an older ... man] with a gray
    # goatee" is a witness's description, whose other features stay (outsider round 47)
    r"described(?![ \t]+(?:the|a|an|this|that|one|both|him|her|them)[ \t]+(?:[\w-]+[ \t]+)?as\b)|"
    # a home's own nouns: "[W], the blue house behind the car wash on ..." (outsider round 21)
    r"house|home|apartment|apt|building|crib)\b",
    re.IGNORECASE,
)
# a copula states the finding of its subject only near it ("he is a Haitian student"; not "it's
# molly she bought off a Cabo Verdean guy", outsider round 21)
_COPULA = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|(?:he|she|it|who|that|there)['\u2019]s)\b", re.IGNORECASE
)
_ATTACH = re.compile(r"[ \t]+(?:from|of|in|on|at|near|off|out of)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
_NP_WORD = re.compile(r"[\s-]*([^\W_]+(?:['\u2019][^\W_]+)?)")


# "... the van he drives [for his church, Iglesia ...]": a phrase led by one of these that ends the
# clause is all that speaks of the finding, when nothing before it states anything of anyone
_PP_LEAD = re.compile(r"\b(?:for|outside|near|behind|beside|after|before|during|across\s+from|in\s+front\s+of)\s", re.I)
_PP_BREAK = re.compile(r"\b(?:who|which|that|and|but|because|when|where|is|are|was|were)\b", re.I)
_PP_TAIL_BREAK = re.compile(r"\b(?:and|but|because|when|while|then|so)\b", re.I)


def _trailing_phrase(text: str, cs: int, s: int, e: int, ce: int) -> tuple[int, int] | None:
    """The prepositional phrase holding the finding that ends its clause (outsider round 21)."""
    if _CUE.search(text, cs, s) is not None or _COPULA.search(text, cs, s) is not None:
        return None
    lo = max(cs, s - 40)
    best = -1
    for m in _PP_LEAD.finditer(text, lo, s):
        best = m.start()
    if best < 0 or best <= cs:
        return None
    # the phrase's words up to the finding: a determiner, a possessive, modifiers; no verb or clause
    if _PP_BREAK.search(text, best, s) is not None:
        return None
    end = ce
    while end > e and text[end - 1] in " \t.,;:!?":
        end -= 1
    if _PP_TAIL_BREAK.search(text, e, end) is not None:
        return None
    return best, max(end, e)


def _noun_phrase(text: str, cs: int, s: int, e: int, ce: int) -> tuple[int, int] | None:
    """The noun phrase a bare term in the clause ``[cs, ce)`` describes, when the clause does not
    otherwise state it: up to two more modifiers, then a person noun; back to a determiner."""
    # a cue says the clause states it ("he is a Haitian student"); a copula far back is about
    # something else ("it's molly she bought off a Cabo Verdean guy", outsider round 21)
    if _CUE.search(text, cs, s) is not None:
        return None
    near = cs
    k = s
    for _ in range(5):  # the four words before the term (and the space before them)
        k = text.rfind(" ", cs, max(cs, k - 1))
        if k < 0:
            near = cs
            break
        near = k
    if _COPULA.search(text, max(cs, near), s) is not None:
        return None
    pos = e
    head_end = -1
    for i in range(3):
        m = _NP_WORD.match(text, pos, ce)
        if m is None:
            break
        pos = m.end()
        w = m.group(1).lower()
        if w in _PERSON_HEAD:
            head_end = pos
            break
        if i == 0 and w in _QUANTIFIERS:
            break  # "in Yemen every man carry ...": a new noun phrase, the term describes no one in it
    if head_end < 0:
        return None
    ns = s
    p = s
    for _ in range(4):
        q = p
        while q > cs and text[q - 1] in " \t":
            q -= 1
        w0 = q
        while w0 > cs and (text[w0 - 1].isalnum() or text[w0 - 1] in "'\u2019-"):
            w0 -= 1
        if w0 == q:
            break
        if text[w0:q].lower() in _DETERMINERS:
            ns = w0
            break
        p = w0
    return ns, head_end


_PAIRS = frozenset({("(", ")"), ('"', '"'), ("\u201c", "\u201d"), ("[", "]"), ("'", "'"), ("\u2018", "\u2019")})
