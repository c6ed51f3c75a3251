"""Names a withheld statement gives: withheld wherever they recur.

A crew is named once with its gang word ("the Larkin Road crew") and then again by its initials on a
tattoo, a chain or a hand sign ("a LRC tattoo", "throws the TBK sign"), or by its bare name in a
later sentence. Lists cannot know such names; the statement that names them can. So a finding of a
category that declares ``aliases`` (policies/redaction/lexicon/*.yaml) lends its names to the rest
of the text:

- capitalised names of two or more words inside the finding ("Thornton Block", "Larkin Road");
- initials (two to five capital letters) in the finding's sentence that stand on a marker ("LRC
  tattoo", "SYB chain", "TBK hand sign") or are explained at once ("LRC stands for ...").

Every other whole-word, same-case occurrence of such a name becomes a finding of that category.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gatekeeper.core.types import Category, Span, merge_spans

_CAP_NAME = re.compile(r"\b(?!(?:The|A|An|His|Her|Their)\b)[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+")
# "4SB" and "4T" (a crew's number and initial) too
# Initials every report uses for an agency, a role or a place of care ("CW observed", "per DCF",
# "SSS took it"): never a crew's or a place's short form, whatever stands beside them (round 30)
_EVERYDAY_INITIALS = frozenset(
    {
        "DCF", "CW", "SW", "YW", "DYS", "SSS", "AP", "BPD", "BPS", "EMS", "EMT", "BMC", "MGH", "SRO", "DOB",
        "ID", "IEP", "ELL", "ESL", "PM", "AM", "CRA", "CANS", "SOAP", "PRN", "ED", "ER", "ICU", "MBTA", "DA",
        "PO", "GED", "ISS", "OSS", "TBD", "FYI", "ASAP", "ADA", "IT", "OT", "PT", "RN", "LPN", "NP", "MD", "DR",
        "HR", "PE", "ELA", "US", "USA", "OK", "TV", "PD", "DHS", "DOE",
    }
)  # fmt: skip
_INITIALS = re.compile(r"(?<![\w.])(?:\d{0,2}[A-Z]{2,5}|\d{1,2}[A-Z]|[A-Z](?:[-.&][A-Z]){1,4}\.?)(?![\w.])")
# a short form given in brackets right after the finding: "Bowdoin-Geneva tattoo ('B-G')"
_BRACKETED = re.compile(r"[ \t]*(?:[\w'\u2019-]+[ \t]+){0,2}\([ \t]*[\"'\u201c\u2018]?$")
_SENTENCE_END = re.compile(r"[.!?\n]")
_APPOSITION = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
# (after a quotation mark, "'Lowland or nothing'", but not inside a name, "O'Brien")
_PLACE_AFTER = re.compile(r"[ \t]+(?:hall|halls|basement|parking|lot|steps|gym|kitchen|yard|lobby)\b", re.I)
# a handle, a gamertag or a device's name: a capital inside a word, or an underscore between words
_HANDLE = re.compile(r"(?<![\w@#.])@?(?=[\w.]*(?:[a-z][A-Z]|[A-Za-z]_[A-Za-z]))[A-Za-z0-9_.]{4,}")
# a cheap look first: most texts hold no handle at all
_HANDLE_HINT = re.compile(r"[a-z][A-Z]|[A-Za-z]_[A-Za-z]")
_HANDLE_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CAP_WORD = re.compile(r"(?<![\w-])(?<!\w['\u2019])[A-Z][a-z]{3,}(?![\w'\u2019-])")
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
# Capitalised words a finding holds that are no crew's name
_NOT_NAMES = frozenset(
    [
        "the",
        "this",
        "that",
        "with",
        "from",
        "they",
        "them",
        "their",
        "there",
        "then",
        "when",
        "where",
        "which",
        "while",
        "what",
        "into",
        "gang",
        "gangs",
        "crew",
        "crews",
        "block",
        "boys",
        "squad",
        "clique",
        "posse",
        "mob",
        "set",
        "street",
        "avenue",
        "road",
        "park",
        "hill",
        "known",
        "member",
        "members",
        "staff",
        "student",
        "students",
        "police",
        "school",
        "says",
        "said",
        "believe",
        "believes",
        "also",
    ]
)


@dataclass(frozen=True, slots=True)
class AliasSpec:
    category: Category
    markers: re.Pattern[str]  # matched right after initials ("tattoo", "hand sign", "on his hat")
    explained: re.Pattern[str]  # words that explain initials right after them ("stands for")
    written: re.Pattern[str] | None = None  # a verb that writes initials right before them ("drew")
    # Only where a recurrence stands alone: a name a place finding gives ("the Cathedral development")
    # recurs as a crew ("the Cathedral guys") but also inside an institution's name ("Cathedral High
    # School"), which locates the school, not the student.
    standalone: bool = False
    # Common nouns a finding lends with a pointing word: "the Vietnamese Buddhist temple" makes a
    # later "the temple" the same place ("asked that the temple not be told")
    nouns: re.Pattern[str] | None = None
    # False: only the nouns; a faith's finding holds capitalised words that name no community
    # ("Catholic Memorial", "Friday")
    lends_names: bool = True
    # Letters a crew adds to its name's initials ("Dalton Money" goes by "DMG", outsider round 25):
    # a name of two words or more lends its initials with each; never the bare initials, which are
    # a witness's ("D.M.") or a direct message ("DM")
    acronym_suffixes: tuple[str, ...] = ()


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
    m = _SENTENCE_END.search(text, e)
    return lo, (m.start() if m is not None else len(text))


def alias_spans(
    text: str,
    spans: Sequence[Span],
    specs: Sequence[AliasSpec],
    own: frozenset[str] = frozenset(),
    english: frozenset[str] = frozenset(),
    locates: Callable[[str, int, int], bool] | None = None,
) -> list[Span]:
    """``spans`` with the recurrences of every name their findings give (sorted, non-overlapping).
    A name made only of the student's own names (``own``, case-folded words) is lent nowhere: the
    statement "Tyrell is in the ... set" names the student, not a crew (outsider round 20). A
    place's recurrence that ``locates`` the school or the incident ("lives near Forest Hills", then
    "the upper busway at Forest Hills"; "the school's Mattapan campus") names that place, not the
    home again (outsider round 45)."""
    names = span_names(text, spans, specs)
    if own:
        names = {n: c for n, c in names.items() if not all(w.casefold() in own for w in n.split())}
    if not names:
        return list(spans)
    alone = {sp.category for sp in specs if sp.standalone}
    out = list(spans)
    covered = [(sp.start, sp.end) for sp in spans]
    for name, cat in names.items():
        # in capitals too: a chant or a caption shouts the crew's name ("'HOLLANDER WHAT'", outsider
        # round 25), unless a word of it is English ("Corliss Yard" lends "Yard": a form's heading
        # "TRANSPORTATION YARD" is no crew); never in lower case ("Cobalt", "cobalt")
        shout = not name.isupper() and not any(w.lower() in english for w in name.split())
        forms = f"(?:{re.escape(name)}|{re.escape(name.upper())})" if shout else re.escape(name)
        # inside a handle too, where a capital, a digit or an underscore parts the words
        # ("NorfolkBoyGotIt", "xX_Norfolk_4L", round 37)
        for m in re.finditer(r"(?<![^\W\d_])(?<![^\W\d_]['\u2019])" + forms + r"(?![a-z])(?!['\u2019]\w)", text):
            if cat in alone and (not standalone(text, m.start(), m.end()) or _TRANSIT_AFTER.match(text, m.end())):
                continue
            if name[:1].islower() and _PLACE_AFTER.match(text, m.end()) is not None:
                continue  # "the parish hall", "the church parking lot": a place, not the congregation (round 38)
            if locates is not None and cat is Category.NEIGHBORHOOD and locates(text, m.start(), m.end()):
                continue
            street = _STREET_AFTER_NAME.match(text, m.end())
            if (
                street is not None
                and locates is not None
                and _AT_PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
                and locates(text, m.start(), street.end())
            ):
                # a crew's word inside the name of a street that locates the incident ("Blue" of
                # "the bus stop at Blue Hill Ave and Geneva Ave"), outsider round 45
                continue
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                out.append(Span(m.start(), m.end(), cat, "alias"))
                covered.append((m.start(), m.end()))
    # a handle that runs a word of a lent name into others ("NorfolkBoyGotIt" where the statement
    # named the "Norfolk St Bloods", round 37): the handle goes whole
    words = {
        w.casefold(): cat
        for name, cat in names.items()
        if cat not in alone
        for w in name.split()
        if len(w) >= 4 and w.casefold() not in _NOT_NAMES
    }
    if words and _HANDLE_HINT.search(text) is not None:
        for m in _HANDLE.finditer(text):
            parts = {p.casefold() for p in _HANDLE_PART.findall(m.group(0))}
            hit = next((words[p] for p in parts if p in words), None)
            end = m.end()
            while text[end - 1] == ".":
                end -= 1  # the sentence's stop is no part of the handle
            if hit is not None and not any(s <= m.start() and end <= e for s, e in covered):
                out.append(Span(m.start(), end, hit, "handle"))
                covered.append((m.start(), end))
    return merge_spans(out)


_CAP_AFTER = re.compile(r"[ \t]+[A-Z0-9]")
# a preposition that places what follows ("at Blue Hill Ave and Geneva Ave"), not "the Linden Street
# and Garrison Street conflict" (crews by their streets, round 20)
_AT_PLACE_BEFORE = re.compile(
    r"\b(?:at|on|near|by|along|outside|off|onto|down|across|toward|towards|past)[ \t]+$", re.IGNORECASE
)
# A place's name a home's statement gave, recurring before a word of transit, names the station
# where something happened ("lives in Maverick Landing" and later "the Maverick busway", outsider
# round 33), not the home again
_TRANSIT_AFTER = re.compile(
    r"[ \t]+(?:station|busway|busways|stop|platform|platforms|t[ \t]+stop|t[ \t]+station|bus[ \t]+stop|berth|berths)\b",
    re.I,
)
_CAP_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*[ \t]+$")


# A street is named to place an address, and the same street names a school's entrance or an
# incident's corner ("the Townsend St entrance"): a place finding lends no street's name.
_STREET_WORDS = (
    r"(?:st|street|ave|av|avenue|rd|road|blvd|boulevard|way|pl|place|ter|terrace|ct|court|dr|drive|"
    r"ln|lane|sq|square|pkwy|parkway|hwy|highway)"
)
_STREET_WORD = re.compile(r"(?:[ \t]+|^)" + _STREET_WORDS + r"\b\.?", re.I)
# a street's name going on after a word ("Blue" of "Blue Hill Ave")
_STREET_AFTER_NAME = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}[ \t]+(?i:" + _STREET_WORDS + r")\b")


def _is_street(text: str, m: re.Match[str]) -> bool:
    last = m.group(0).rsplit(None, 1)[-1]
    return _STREET_WORD.fullmatch(" " + last) is not None or _STREET_WORD.match(text, m.end()) is not None


def standalone(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is no part of a longer capitalised name ("Cathedral High School", "St. Cathedral")."""
    return _CAP_AFTER.match(text, e) is None and _CAP_BEFORE.search(text, max(0, s - 40), s) is None


def span_names(text: str, spans: Sequence[Span], specs: Sequence[AliasSpec]) -> dict[str, Category]:
    """The names the findings ``spans`` of ``text`` give (see the module's docstring)."""
    by_cat = {sp.category: sp for sp in specs}
    names: dict[str, Category] = {}
    for sp in spans:
        spec = by_cat.get(sp.category)
        if spec is None:
            continue
        if spec.nouns is not None:
            for m in spec.nouns.finditer(text, sp.start, sp.end):
                for lead in ("the", "The", "that", "That", "this", "This"):
                    names.setdefault(f"{lead} {m.group(0).lower()}", sp.category)
        if not spec.lends_names:
            continue
        for m in _CAP_NAME.finditer(text, sp.start, sp.end):
            if spec.standalone and _is_street(text, m):
                continue
            names.setdefault(m.group(0), sp.category)
            words = m.group(0).split()
            if spec.acronym_suffixes and 2 <= len(words) <= 4:
                initials = "".join(w[0] for w in words).upper()
                for suffix in spec.acronym_suffixes:
                    names.setdefault(initials + suffix, sp.category)
                if len(words) >= 3 and initials not in _EVERYDAY_INITIALS:
                    # three words and more go by their bare initials too ("the Big Money Boys" ...
                    # "the BMB older guys", outsider round 49); two letters are a witness's
                    names.setdefault(initials, sp.category)
        # a one-word name the finding gives ("rides for Cobalt"): capitalised, not a sentence's
        # first word, not a function word
        for m in _CAP_WORD.finditer(text, sp.start, sp.end):
            w = m.group(0)
            if w.lower() not in _NOT_NAMES and m.start() > 0 and text[m.start() - 1] in " \t\"'\u201c":
                j = m.start() - 1
                while j >= 0 and text[j] in " \t\"'\u201c":
                    j -= 1
                if j >= 0 and text[j] not in ".!?\n:" and not (spec.standalone and _is_street(text, m)):
                    names.setdefault(w, sp.category)
        lo, hi = _sentence(text, sp.start, sp.end)
        for m in _INITIALS.finditer(text, lo, hi):
            if m.group(0).replace(".", "").replace("-", "").replace("&", "") in _EVERYDAY_INITIALS:
                continue
            # on a marker ("LRC tattoo"), or explained at once ("LRC stands for ..."); initials
            # elsewhere in the sentence ("1:26 PM", "SSS Adebayo") are not the crew's
            s, e = m.span()
            quoted = s > 0 and e < len(text) and text[s - 1] in _QUOTES and text[e] in _QUOTES
            written = spec.written is not None and spec.written.search(text, max(lo, s - 20), s) is not None
            beside = (
                0 <= sp.start - e <= 3
                or 0 <= s - sp.end <= 3  # "he's OTB [a crew finding]"
                # in apposition: "he's with NFA, the Norfolk Ave set" (outsider round 72)
                or (e < sp.start and _APPOSITION.fullmatch(text, e, sp.start) is not None)
            )
            bracketed = 0 <= s - sp.end <= 40 and _BRACKETED.fullmatch(text, sp.end, s) is not None
            if (
                quoted
                or beside
                or bracketed
                or written
                or spec.markers.match(text, e) is not None
                or spec.explained.match(text, e + 1) is not None
            ):
                names.setdefault(m.group(0), sp.category)
    return names
