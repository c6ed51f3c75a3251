"""Free-text detection: one Aho-Corasick pass for terms, keep-phrases and rule triggers, then the
triggered context rules. Spans come back in the original text's offsets, sorted, non-overlapping.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from gatekeeper.core.types import Category, Span
from gatekeeper.redact.aliases import alias_spans, span_names
from gatekeeper.redact.clauses import ABBREVIATIONS, EDIT_MARK, GAP_FIELD, field_break
from gatekeeper.redact.dodges import DodgeMatcher
from gatekeeper.redact.language import ForeignText
from gatekeeper.redact.lexicon import COURSE_CATEGORIES, Context, Lexicon, Rule, Term, norm_term
from gatekeeper.redact.normalize import Normalized, normalize
from gatekeeper.redact.ocr import correct

# Action kinds stored in the automaton.
_TERM, _TRIGGER, _KEEP = 0, 1, 2
# Strength of a candidate: a context rule knows more than a bare term.
_PRIO_TERM, _PRIO_RULE = 1, 2
# A hyphenated word, for the "un-documented" → "undocumented" variant.
_HYPHENATED = re.compile(r"\w+(?:-+\w+)+")
_DIGIT = re.compile(r"\d")
_CACHE_TEXT_MAX = 128
_CACHE_MAX = 16384
_MARKER = "[WITHHELD]"
_BLANK = " " * len(_MARKER)
_SPACES = str.maketrans("\t\n\r\x0b\x0c", "     ")
_STREET_WORDS = r"(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|sq|square|ter|terrace|pkwy|parkway)"
_STREET_SUFFIX = re.compile(r"\s+" + _STREET_WORDS + r"\b", re.I)
# (a capitalised preposition that opens a log's line is no part of the name: "5:35  On Cambridge St")
_NAME_TAIL = re.compile(r"(?:(?!(?:On|At|Near|By|Along|Off|Outside)\s)[A-Z][\w'.-]*\s+)+$")
# "On Columbia Rd at Quincy St, ...": a street ending in its suffix, then a cross street, is an
# intersection, which locates the incident like a place noun after it (outsider round 17)
_STREET_END = re.compile(r"\b" + _STREET_WORDS + r"\.?$", re.I)
_AVENUE_END = re.compile(r"\b(?:ave|avenue|av|rd|road|blvd|boulevard|pkwy|parkway)\.?$", re.I)
_AT_BEFORE = re.compile(r"\b(?:at|near|by|outside|in front of|across from|next to|behind)\s+(?:the\s+)?$", re.I)
_SQUARE_AFTER = re.compile(r"\s+(?:square|sq|corner)\b\.?", re.I)
_SQUARE_END = re.compile(r"\b(?:square|sq|corner|crossing|circle|plaza)\.?$", re.I)
_CROSS_STREET = re.compile(
    r"\.?[ \t]+(?:at|and|&|/|x)[ \t]+(?:[A-Z][\w'-]*[ \t]+){1,3}"
    r"(?:St|Street|Ave|Avenue|Av|Rd|Road|Blvd|Boulevard|Sq|Square|Ter|Terrace|Pl|Place|Way|Pkwy|Parkway|Hwy)\b"
)
# (and a tracked change's marks: "~~outside his building on ...~~ {+outside the school on Warren St+}", round 58)
_CLAUSE_STOPS = (".", "\n", ";", "(", ")", "~", "{", "}", "[", "]", "<", ">")
_OPENERS = frozenset("(\"'\u201c\u2018[")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    category: Category
    prio: int
    rule: str
    defer: bool = False


def _clip(
    cands: list[_Cand], protected: list[tuple[int, int]], text: str, statements: frozenset[str] = frozenset()
) -> list[_Cand]:
    """A finding that runs into a protected student name ("belonged to Faith Temple", "resides at 8
    Maple Terrace. Aaliyah Park") keeps only its parts outside the name: the name is released anyway,
    and withholding it would cost the report its subject. Parts with no word left are dropped. A
    statement rule's cue is kept even alone, for its clause ("parties up on Parker Hill where Lucas
    lives": the statement is there whoever it names, outsider round 66)."""
    out: list[_Cand] = []
    for c in cands:
        cuts = sorted((s, e) for s, e in protected if s < c.end and c.start < e)
        if not cuts:
            out.append(c)
            continue
        pos = c.start
        for s, e in [*cuts, (c.end, c.end)]:
            lo, hi = pos, min(s, c.end)
            while lo < hi and not text[lo].isalnum():
                lo += 1
            while hi > lo and not text[hi - 1].isalnum():
                hi -= 1
            if hi > lo and not _only_cue(text, lo, hi, s, c):
                out.append(_Cand(lo, hi, c.category, c.prio, c.rule, c.defer))
            elif hi > lo and c.rule in statements:
                # the cue alone still marks its clause, not its whole sentence
                out.append(_Cand(lo, hi, c.category, c.prio, _CLIPPED, c.defer))
            pos = max(pos, e)
    return out


# The student's given name alone is the subject of the report ("Egypt swung a baton", "Israel
# posted a story"): capitalised, acting (a lower-case word follows that is not a copula or a cue),
# and not the object of a word of origin ("from Egypt", "born in Israel", "Country: Egypt").
_GIVEN_AFTER = re.compile(
    # "one girl (Ashanti) hit ...": a name in brackets names the person (outsider round 22)
    r"(?:'s)?[ \t]*\)|"
    r"(?:'s)?[ \t]+"
    r"(?:(?!(?:is|was|are|were|per|born|native|origin|citizen|descent|heritage|and|or|to|in|by|for)\b)[a-z]"
    # outsider round 18: "Ailton was absent that day", "found Cairo in the welding shop": a state
    # or a room is the student's; "Cairo is where", "Jordan in 2019" still are not
    r"|(?:is|was)[ \t]+(?:absent|late|tardy|suspended|upset|seen|found|sent|caught|searched|hit|injured|hurt|not|also"
    r"|still)\b"
    r"|in[ \t]+(?:the|his|her|room|class|a)[ \t]+[a-z]"
    # outsider round 71: "The aide brought Kenya in and ..."
    r"|in(?:[ \t]+and\b|[,.;])"
    # a re-check of a released copy: the name was kept and its statement withheld ("Everett
    # [WITHHELD], when asked", outsider round 25)
    r"|\[WITHHELD\])"
    # a clause about the person after a comma: "That's Kenya, I have her 5th period", a camera log's
    # "10:18:50 Christian, in a red Bruins jacket, opens his bag" (outsider round 71)
    r"|(?:'s)?,[ \t]+(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey|in[ \t]+(?:a|an|the|his|her))\b"
)
# "confiscated a bag ... from Sofia": a thing taken from the student names the student, not a place
# (outsider round 24)
_TAKEN_FROM = re.compile(
    r"\b(?:confiscated|took|taken|seized|recovered|removed|grabbed|collected|retrieved|received|stole|stolen)\b"
    r"[^.;:!?\n]{0,70}\bfrom\s+$",
    re.IGNORECASE,
)
# Words of origin before a name read it as a place ("from Egypt", "Country: Egypt"); the softer
# ones ("in", "to", "the") only where no possessive makes it a person's ("in China's backpack")
_ORIGIN_BEFORE = "from|born|native|citizen|back|visiting|visited|left|fled|country|nationality|origin"
_GIVEN_BEFORE = re.compile(
    rf"(?:\b(?:{_ORIGIN_BEFORE}|in|to|of|about|is|are|was|were|the)\s+|[:=/\-]\s*)$",
    re.IGNORECASE,
)


# "in China's backpack", "the pocket of Egypt's jacket": a possessive before a lower-case word is a
# person's; only a word of origin still reads a place ("from Egypt's capital", outsider round 32)
_POSSESSIVE_THING = re.compile(
    r"['\u2019]s[ \t]+(?!(?:family|families|home|house|apartment|building|street|block|place|people|parents?|mom|"
    r"mother|dad|father|grandmother|grandma|aunt|uncle|relatives|country|language|church|mosque|temple)\b)[a-z]"
)
_GIVEN_BEFORE_HARD = re.compile(rf"(?:\b(?:{_ORIGIN_BEFORE})\s+|[:=/\-]\s*)$", re.IGNORECASE)


def _given_name(text: str, name: str) -> Iterable[tuple[int, int]]:
    parts = name.split()
    if len(parts) < 2 or len(parts[0]) < 3 or not parts[0].isalpha() or not parts[0][0].isupper():
        return
    given = parts[0]
    # "Kenya F." in a subject line: the given name and the surname's initial
    initial = re.compile(r"[ \t]+" + re.escape(parts[-1][0].upper()) + r"\.")
    i = text.find(given)
    while i >= 0:
        e = i + len(given)
        if (i == 0 or not text[i - 1].isalnum()) and (
            initial.match(text, e) is not None
            or (
                _GIVEN_AFTER.match(text, e) is not None
                and (
                    _GIVEN_BEFORE.search(text, max(0, i - 20), i) is None
                    or (
                        _POSSESSIVE_THING.match(text, e) is not None
                        and _GIVEN_BEFORE_HARD.search(text, max(0, i - 20), i) is None
                    )
                )
                and not _after_capital_word(text, i)
            )
            or _TAKEN_FROM.search(text, max(0, i - 90), i) is not None
        ):
            yield i, e
        i = text.find(given, e)


# Someone else in the report whose given name is a country's or a city's ("Kenya Odom, who sits
# with her at lunch", "Egypt P. and the others"): such a term followed by a capitalised surname or a
# surname's initial is a person, and the name is read as the student's own is (outsider round 32).
# The surname may not be a common word that makes the term a place, a team or a thing ("Kenya
# Airways", "Georgia Tech", "Mexico City").
_PERSON = re.compile(
    # (one space between: two are a fixed-width export's gap, "Born: Nairobi, Kenya  Lang: ...")
    r"(?<![\w.'\u2019])([A-Z][a-z]{2,}) "
    r"(?:([A-Z])\.(?![ \t]*[A-Z]\.)(?![A-Za-z])"
    # a possessive after the surname is the person's too ("Kenya Odom's gamertag", round 36)
    r"|((?:Mc|Mac|O'|D'|De|Da|La|Le)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=['\u2019]s\b|(?![\w'\u2019-])))"
)
_NOT_SURNAME_WORDS = """street st avenue ave road rd boulevard blvd square sq park plain hill hills city town
    county state states island islands republic river sea lake bay valley canal airways airlines air tech university
    college school high academy center centre club church temple mosque embassy consulate national
    team cup day week month war revolution times post news express restaurant cafe kitchen market grill
    bakery house way station line heights village point mills falls grove gardens commons time standard
    relief fund independence flag heritage festival parade night food style jersey shirt pale libre
    creole international united federal ministry government president prime minister king queen
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december mission crossing terrace court lane drive place
    wharf pier beach harbor harbour port gate gates north south east west central upper lower new old
    empire kingdom row circle alley path walk ter pl ct ln dr pkwy hwy parkway expressway turnpike freeway
    ii iii iv"""
_NOT_SURNAME = frozenset(_NOT_SURNAME_WORDS.split())
# a sentence's end for a context's cues and blockers: not a title's or a street's stop ("Present:
# team chair Mr. Souza; ESL teacher Ms. Hoang; Fabricio's mother ...", outsider round 32)
_CONTEXT_END = re.compile(r"(?<!\bmr)(?<!\bms)(?<!\bmrs)(?<!\bmx)(?<!\bdr)(?<!\bst)(?<!\bjr)(?<!\bsr)[.!?]|\n", re.I)


def _view_offset(norm: Normalized, orig: int) -> int:
    """The view's offset of the original offset ``orig`` (the first view character at or after it)."""
    if norm.starts is None:
        return orig
    return bisect.bisect_left(norm.starts, orig)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The paragraph of the original ``text`` around ``[lo, hi)``: between blank lines, so that a
    hard-wrapped paragraph is one and an e-mail's header block ("Date: ... 1:15 PM") another."""
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text, 0, lo):
        start = m.end()
    m2 = _PARAGRAPH_BREAK.search(text, hi)
    return start, (m2.start() if m2 is not None else len(text))


def _cued(ctx: Context, text: str, lo: int, hi: int, para: tuple[int, int] | None = None) -> bool:
    """One of the context's cues in the sentence ``text[lo:hi]``, or in its paragraph: ``para``,
    else the line of the original ``text`` (a rule's finding: a form's line is its paragraph)."""
    if ctx.paragraph_cues:
        if para is not None:
            lo, hi = para
        else:
            lo = text.rfind("\n", 0, lo) + 1
            nl = text.find("\n", hi)
            hi = len(text) if nl < 0 else nl
    return ctx.cues.search(text, lo, hi) is not None


def _placed_after(ctx: Context, text: str, s: int, e: int) -> bool:
    """A context's ``before`` word stands right before ``text[s:e]`` or opens it ("After Mass Ave")."""
    if ctx.before is None:
        return True
    if ctx.before.search(text, max(0, s - 24), s) is not None:
        return True
    first = text.find(" ", s, e)
    return first > s and ctx.before.search(text[s : first + 1]) is not None


def _sentence_around(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentence around ``text[s:e]``, at most 200 characters either side."""
    lo = max(0, s - 200)
    for m in _CONTEXT_END.finditer(text, lo, s):
        lo = m.end()
    m2 = _CONTEXT_END.search(text, e, min(len(text), e + 200))
    return lo, (m2.start() if m2 is not None else min(len(text), e + 200))


# Categories that name a people or a faith: a relative's shop or club by one says the family's
# ("he works at the halal market" after "my dad", outsider round 68), and one in the plural names
# people, never a thing's kind (round 69)
_PEOPLE_CATEGORIES = frozenset({Category.NATIONAL_ORIGIN, Category.ETHNICITY, Category.RELIGION})
# a country's and a people's name alike may say where a thing was made ("a Turkish-made shotgun",
# "the powder is 'Bolivian'", outsider round 36); "made in" before a people's name is a language's
# ("the call was made in Vietnamese"); never a faith's: round 68 widened the people's categories to
# a faith, and a product's origin keeps a term, which must not keep "the powder is 'Muslim'"
_PRODUCT_CATEGORIES = frozenset({Category.NATIONAL_ORIGIN, Category.ETHNICITY})
_ONE_NAME = re.compile(r"[A-Z][a-z'\u2019-]+")
# (only countries' and cities' names: a neighbourhood's lexicon holds common nouns, "Shelter Director")
_PERSON_CATEGORIES = frozenset({Category.NATIONAL_ORIGIN})


def _underscores_parted(view: str, norm: Normalized, text: str) -> str:
    """An underscore before a capital or beside a digit parts words as a space would
    ("home_visit_23_Hendry_St.docx", "Wood_Ave", outsider round 18); one inside a lower-case word
    is a dodge the split matcher reads ("Hait_ian")."""
    chars = list(view)
    for i, ch in enumerate(chars):
        if ch != "_":
            continue
        o = norm.orig_start(i)
        nxt = text[o + 1] if o + 1 < len(text) else ""
        prev = text[o - 1] if o > 0 else ""
        if nxt.isupper() or nxt.isdigit() or prev.isdigit():
            chars[i] = " "
    return "".join(chars)


# a sentence's pointing word is no part of a name ("That's Kenya, I have her 5th period", outsider
# round 71)
_POINTING = frozenset({"That's", "It's", "This", "That", "Here's", "There's", "Where's", "Who's", "Thats", "Its"})


def _after_capital_word(text: str, i: int) -> bool:
    """The word before offset ``i`` (same line) is capitalised: "C-Gate Fabio" is a longer name."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == i or j == 0 or not text[j - 1].isalpha():
        return False
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'-"):
        k -= 1
    return text[k].isupper() and text[k:j] not in _POINTING


_SENT_STOP = re.compile(r"[.!?\n]")


def _with_recurrences(text: str, spans: list[Span], seeds: list[Span]) -> list[Span]:
    """A recurring rule's finding (``seeds``: taken before merging, where another rule's finding
    of the same words may stand for it), withheld again wherever its words recur (as a whole word)
    and nothing withheld already covers them."""
    extra: list[Span] = []
    for sp in seeds:
        words = text[sp.start : sp.end]
        for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text):
            if not any(o.start <= m.start() and m.end() <= o.end for o in (*spans, *extra)):
                extra.append(Span(m.start(), m.end(), sp.category, sp.rule, sp.others))
    return sorted([*spans, *extra], key=lambda s: (s.start, s.end)) if extra else spans


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, by its stops (at most 300 characters back)."""
    w0 = max(0, start - 300)
    lo = max((m.end() for m in _SENT_STOP.finditer(text, w0, start)), default=w0)
    m = _SENT_STOP.search(text, end)
    return lo, (m.start() if m is not None else len(text))


_CLIPPED = "clipped_statement"
_CLIPPED_ALONE = "clipped_statement_alone"


def _clipped_alone(text: str, spans: list[Span]) -> list[Span]:
    """A statement rule's cue left alone by the student's name ("where Lucas lives") stands for its
    sentence, as the rule's finding would, when nothing else in the sentence is withheld: the place
    it points back at is there ("parties up on Parker Hill where Lucas lives"); beside another
    finding, which names the place, its clause is enough ("that his home is in [Fields Corner] and
    he knows where Minh lives too, and Minh ... swung", outsider round 66)."""
    out: list[Span] = []
    for sp in spans:
        if sp.rule == _CLIPPED:
            lo, hi = _sentence_of(text, sp.start, sp.end)
            if not any(o is not sp and o.rule != _CLIPPED and o.start < hi and lo < o.end for o in spans):
                sp = Span(sp.start, sp.end, sp.category, _CLIPPED_ALONE, sp.others)
        out.append(sp)
    return out


def _to_sentences(text: str, spans: list[Span], rules: frozenset[str]) -> list[Span]:
    """A finding of a sentence-scoped rule stands for its whole sentence (it points back at what the
    sentence named: 'yelling "9 Lives" because that's his crew')."""
    grown: list[Span] = []
    for sp in spans:
        if sp.rule in rules:
            lo, hi = _sentence_of(text, sp.start, sp.end)
            while lo < sp.start and not text[lo].isalnum():
                lo += 1
            sp = Span(min(lo, sp.start), max(hi, sp.end), sp.category, sp.rule, sp.others)
        grown.append(sp)
    # a sentence can now start before an earlier finding in it ("he from the 9 (99 crew) and
    # Jaylen from the other side"): the sentence's start wins (outsider round 20)
    grown.sort(key=lambda sp: sp.start)
    out: list[Span] = []
    for sp in grown:
        if out and sp.start < out[-1].end:
            out[-1] = out[-1].joined(sp)
            continue
        out.append(sp)
    return out


# A building, unit or floor beside a home's place ("Franklin Hill, building 5", '"Bldg 6, Mission
# Main, top floor"') belongs to the same statement.
_UNIT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:building|bldg|blg|apt|apartment|unit|#)\.?[ \t]*#?[ \t]*\d{1,4}[a-z]?"
    # (never the period after "2nd floor": it ends the sentence)
    r"|(?:top|ground|basement|first|second|third|\d(?:st|nd|rd|th))[ \t]+(?:floor|flr|fl))(?![\w-])",
    re.I,
)
_UNIT_BEFORE = re.compile(
    r"(?<![\w-])(?:building|bldg|blg|apt|apartment|unit)\.?[ \t]*#?[ \t]*\d{1,4}[a-z]?[ \t]*,?[ \t]*$", re.I
)


# A place named again right after a home's or an origin's place narrows it ("goes to 19 Kerrigan
# Place, 2nd floor, in the Old Harbor", "came from the island of Santiago, from Assomada, six years
# ago"): the same statement, though a comma stands between.
_PLACE_APPOS = re.compile(
    r"[ \t]*,[ \t]*(?:in|from|at|on|near|off|by|outside(?:[ \t]+of)?)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:island|city|town|village|province|state|region|department|area|neighborhood|neighbourhood)[ \t]+of[ \t]+)?"
    r"(?!(?:Room|Rm|Period|Grade|Class|Block|Lunch|School|High|Academy|Building)\b)"
    r"[A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|de|del|da|do|dos|das|la|el))*"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$|and\b))"
)
_AGO_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:about[ \t]+|almost[ \t]+|nearly[ \t]+|over[ \t]+|around[ \t]+|just[ \t]+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
    r"|a[ \t]+few|several|a[ \t]+couple[ \t]+of)"
    r"[ \t]+(?:years?|months?|weeks?)[ \t]+ago\b|[ \t]*,?[ \t]*in[ \t]+(?:19|20)\d\d\b",
    re.I,
)
_APPOS_CATEGORIES = frozenset({Category.NEIGHBORHOOD, Category.NATIONAL_ORIGIN})


def _with_units(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for sp in spans:
        if sp.category in _APPOS_CATEGORIES:
            home = sp.category is Category.NEIGHBORHOOD  # else an origin: "..., six years ago" goes with it
            start, end = sp.start, sp.end
            while (
                m := (_UNIT_AFTER.match(text, end) if home else _AGO_AFTER.match(text, end))
                or _PLACE_APPOS.match(text, end)
            ) is not None:
                end = m.end()
            b = _UNIT_BEFORE.search(text, max(0, start - 24), start) if home else None
            if b is not None:
                start = b.start()
            if (start, end) != (sp.start, sp.end):
                sp = Span(start, end, sp.category, sp.rule, sp.others)
        if out and sp.start < out[-1].end:
            out[-1] = out[-1].joined(sp)
            continue
        out.append(sp)
    return out


# someone's own facility word ("posted R.T.'s building at the Lenox Street apartments", "ur
# window on Geneva Ave", "his old corner by the Franklin Field apartments"): a person's
# possessive, not the school's (outsider round 59)
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|my|your|ur|ya)|(?<!school)(?<!\bbps)\w\.?['\u2019]s)\s+"
    # (two words too: "her own front door on Wood Ave", round 64)
    r"(?:(?:old|own|new|usual|regular|front|back|side|bedroom)\s+){0,2}$",
    re.I,
)
# an address's findings, kept after an institution's name ("Dorchester District Court, 510
# Washington St", round 60)
_ADDRESS_RULES = frozenset({"street_address", "named_street", "number_name_unit"})
_LEVEL_AT_END = re.compile(r"[ \t]+\d{1,2}\.(?:\s|$)")
_COURSE_BEFORE = re.compile(r"\b(?:after|before|during|in|to|for|skipped|missed|took|takes|cut|left|into|of)\s+$")
_TOWN_BEFORE = re.compile(r"(?<![\w.'\u2019])[A-Z][^\W\d_][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2},[ \t]+$")
_RIVALRY = re.compile(r"\b(?:beef|beefing|rival|rivals|rivalry|feud|feuding|war|opps|static)\b", re.I)
_ABBREV_DOT = re.compile(r"(?<![\w.])(?:vs|v|st|ave|mt|ft|no|dr|mr|ms|mrs|jr|sr)\.$", re.I)


_HASHTAG = re.compile(r"(?<![\w#])#([^\W_][\w]{2,})")
# A handle, a gamertag or a device's name runs its words together too, told by a capital inside a
# word ("MattapanMade", "xX_DominicanPapi_Xx", "BoricuaBoy's iPhone") or by an at sign
# ("@dominicanpapi"); outsider round 36
_HANDLE = re.compile(r"(?<![\w@#.])(?:@[\w.]{3,}|[A-Za-z0-9_.]*[a-z][A-Z][A-Za-z0-9_.]*)")
# a cheap look first: most texts hold no handle at all
_HANDLE_HINT = re.compile(r"[a-z][A-Z]|@\w")
# a station's word after a place's name (precision.yaml commute_words, outsider round 40)
_STATION_AFTER = re.compile(r"[ \t]+(?:t[ \t]+)?(?:station|stop|busway|stn)\b")
# a form's next field on the next line: a short label and a colon, or a suspect block's own words
# ("Ht 5'6", "DOB"), outsider rounds 36-38
_NEXT_FIELD = re.compile(
    r"(?<!-)\n[ \t\n]*(?:[A-Z][A-Za-z/#.]{0,16}(?:[ \t][A-Za-z/#.]{1,12}){0,2}[ \t]*[:=]"
    r"|(?:Ht|Hgt|Height|Wt|Wgt|Weight|DOB|D\.O\.B|Sex|Race|Eyes|Hair|Build|Age|Gr|Grade|Clothing|LSW|Alias|AKA|POB|"
    r"Address|Addr|Phone|Tattoos?|Scars|SMT|Complexion|Ethnicity|Citizenship|Lang|Language)\b)"
)
_HASHTAG_CATEGORIES = frozenset(
    {
        Category.GANG_AFFILIATION,
        Category.NEIGHBORHOOD,
        Category.NATIONAL_ORIGIN,
        Category.ETHNICITY,
        Category.IMMIGRATION_STATUS,
        Category.RELIGION,
    }
)


def _hashtag_automaton(terms: Iterable[Term]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for term in terms:
        compact = "".join(ch for ch in term.text if ch.isalnum())
        if len(compact) >= 5 and term.category in _HASHTAG_CATEGORIES:
            auto.add_word(compact, (term.category, compact))
    if len(auto) == 0:
        auto.add_word("\x00\x00", (Category.GANG_AFFILIATION, ""))  # an automaton needs a word to be built
    auto.make_automaton()
    return auto


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_LEAD_WORDS = frozenset({"the", "a", "an"})


def _is_pictograph(ch: str) -> bool:
    return ch >= "\u2600" and unicodedata.category(ch) == "So"


def _capitalized(text: str, s: int, e: int) -> bool:
    """A name: a capital first, or a number that a capitalised word goes on from ("reps 4-Ridge",
    "claims 9 Lives"), where "reps 4 blocks" counts nothing."""
    if text[s].isupper():
        return True
    if not text[s].isdigit():
        return False
    i = s
    while i < e and (text[i].isdigit() or text[i] in " -"):
        i += 1
    return i < e and text[i].isupper()


# a language or a people's name after "teaches" is a course (precision.yaml taught_before)
_TAUGHT_CATEGORIES = frozenset({Category.LANGUAGE, Category.ETHNICITY, Category.NATIONAL_ORIGIN})
# A course's name and level alone in brackets after a room or a period's number ("room 214
# (Spanish 2)", "period 3 (French II)"). Out of brackets a number before ")" numbers a list's next
# item ("Dad is Chinese 3) Nurse ..."), which the lexicon's course level refuses.
_NUMBER_BEFORE_BRACKET = re.compile(r"\b\d{1,4}[a-z]?[ \t]*\($")


_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")


def _wrapped_before(text: str, nl: int) -> bool:
    """The line ending at the line break ``nl`` was wrapped at a margin mid-sentence ("does not
    actually live at" over "55 Wood Ave, Hyde Park", outsider round 47): a long line of prose that
    ends in a word or a comma, not a form's labelled field."""
    start = text.rfind("\n", 0, nl) + 1
    return nl - start >= 40 and (text[nl - 1].isalnum() or text[nl - 1] == ",") and ":" not in text[start:nl]


_FROM_SEAT = re.compile(
    r"\s+(?:the\s+)?(?:row|rows|seat|seats|section|aisle|back|front|bleachers|stands|bench|sideline|window)\b", re.I
)
# a time after "from": "a fight video ... from the weekend at M Street beach" (outsider round 74)
_FROM_TIME = re.compile(
    r"\s+(?:the\s+)?(?:weekend|last\s+(?:week|night|weekend|year|month|summer|spring|fall|winter)|yesterday|"
    r"this\s+(?:morning|week|weekend)|that\s+(?:day|night|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)
# a thing taken from somewhere: "from" says where it was, not where anyone is from
_TAKEN_BEFORE = re.compile(
    r"\b(?:stolen|stole|taken|took|grabbed|snatched|swiped|removed|pulled|recovered|seized|confiscated|lifted)"
    r"(?:\s+\w+)?\s+$",
    re.I,
)


def _near_cue(m: re.Match[str], c: _Cand) -> bool:
    """A residence cue in the finding's clause: "from" only beside the finding ("kids from Cameron
    St"), since far off it is about someone else ("at a rival from the Model UN team"); so a
    relative's possessive ("at his grandmother's on Morton St"), since far off it owns a thing ("the
    pills are his grandmother's, ... meeting buyers in the parking lot in Nubian Square", round 64)."""
    word = m.group(0).lower()
    if word.endswith(("'s", "\u2019s")):
        return _beside(m, c, 40)
    # ("boys from", "kids from": beside it only too, round 65)
    if word != "from" and not word.endswith(" from"):
        return True
    if _FROM_SEAT.match(m.string, m.end()) is not None or _FROM_TIME.match(m.string, m.end()) is not None:
        return False  # "On Cambridge St, yelling from row 9": where on the bus (outsider round 53)
    if _TAKEN_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None:
        return False  # "had his bike stolen from the White St rack": where a thing was (outsider round 63)
    return _beside(m, c, 30)


def _beside(m: re.Match[str], c: _Cand, before: int) -> bool:
    """The cue ends at most ``before`` characters ahead of the finding, or starts just after it."""
    return m.end() >= c.start - before and m.start() <= c.end + 8


def _clip_lines(cands: list[_Cand], text: str) -> list[_Cand]:
    """The matched view folds line breaks into spaces, so a rule's value ("Address: ...") could run
    on into the next line of a form ("WITNESSES: Mr. Farrow"). A finding ends at a line break
    before a labelled line: the next field is a statement of its own."""
    out: list[_Cand] = []
    for c in cands:
        k = field_break(text, c.start, c.end, dashes=True)
        if k >= 0:
            hi = k
            while hi > c.start and not text[hi - 1].isalnum():
                hi -= 1
            if hi <= c.start:
                continue
            c = _Cand(c.start, hi, c.category, c.prio, c.rule, c.defer)
        out.append(c)
    return out


def _only_cue(text: str, lo: int, hi: int, name_start: int, c: _Cand) -> bool:
    """A rule's cue left over when its value was the student's own name ("belonged to" in "The
    knife belonged to Faith Temple"): a few lower-case words right before the name say nothing."""
    return (
        c.prio == _PRIO_RULE
        and hi <= name_start
        and not text[hi:name_start].strip()
        and text[lo:hi].islower()
        and text.count(" ", lo, hi) < 3
    )


def _is_word(c: str) -> bool:
    return c.isalnum()


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...] | None:
    """The words of a protected name as matched (see ``_protected``); None if not plain ASCII."""
    if not name.isascii():
        return None
    return tuple(norm_term(name).split())


def _may_occur(name: str, text: str) -> bool:
    """False only when the name surely does not occur in the text: every word, or the given name
    alone (see ``_given_name``)."""
    if not text.isascii():
        return True
    tokens = _name_tokens(name)
    if tokens is None:
        return True
    low = text.lower()
    if all(t in low for t in tokens):
        return True
    given = name.split(maxsplit=1)[0] if name.strip() else ""
    return len(given) >= 3 and given in text


def _after_title(view: str, start: int, titles: frozenset[str], capital: Callable[[int], bool] | None = None) -> bool:
    """True when the word before ``start`` (a space or a period before it) is a title ("Mr. Jordan").

    Checked only when a term matched (a few times a text), so titles cost nothing elsewhere."""
    p = start - 1
    if view[p - 1] == ".":  # "mr. jordan"
        p -= 1
    b = view.rfind(" ", 0, p) + 1
    word = view[b:p].lstrip("(\"'")
    if word in titles:
        return True
    # a given name between ("Mr. Marcus Everett", outsider round 56): capitalised as written ("the
    # counselor he keeps kosher" has none)
    if capital is None or not word.isalpha() or b < 3 or view[b - 1] != " " or not capital(b):
        return False
    p2 = b - 1
    dot = view[p2 - 1] == "."
    if dot:
        p2 -= 1
    title = view[view.rfind(" ", 0, p2) + 1 : p2].lstrip("(\"'")
    # (a stop after a whole word ends a sentence: "... by the nurse. Lives Eastie.")
    return title in titles and (not dot or title in ABBREVIATIONS)


class Scanner:
    def __init__(self, lexicon: Lexicon) -> None:
        self._lex = lexicon
        self._rank = {c: i for i, c in enumerate(lexicon.category_order)}
        self._context_categories = frozenset(c for ctx in lexicon.contexts for c in ctx.categories)
        self._context_rules = frozenset(r for ctx in lexicon.contexts for r in ctx.rules)
        actions: dict[str, list[tuple[int, object]]] = {}
        for term in lexicon.terms:
            actions.setdefault(term.text, []).append((_TERM, term))
        for phrase in lexicon.keep_phrases:
            actions.setdefault(phrase, []).append((_KEEP, None))
        self._always: list[int] = []
        self._whole = tuple(rule.whole_word_triggers for rule in lexicon.rules)
        self._hashtags = _hashtag_automaton(lexicon.terms)
        # Text in another language yields to a reviewed keep phrase too ("the Cinco de Mayo lunch"
        # is a day on the school calendar, no quote in a family's language).
        self._yielding = frozenset(
            [*(rule.id for rule in lexicon.rules if rule.yields_to_keep_phrases), "other_language"]
        )
        self._titles = frozenset(lexicon.keep_before)
        titles = "|".join(map(re.escape, sorted(self._titles)))
        # a stop after a short title is its abbreviation's ("Ms. Christian"); after a word it ends a
        # sentence ("by the nurse. Rozzie girls don't play", outsider round 40)
        short = "|".join(map(re.escape, sorted(t for t in self._titles if len(t) <= 4 and t != "miss")))
        dotted = r"|(?:" + short + r")\." if short else ""
        self._title_re = (
            re.compile(r"(?<![\w.])(?:(?:" + titles + r")" + dotted + r")[ \t]+$", re.IGNORECASE) if titles else None
        )
        self._people_last: tuple[str, tuple[str, ...]] | None = None
        self._name_like = frozenset(
            t.text
            for t in lexicon.terms
            if " " not in t.text and t.category in _PERSON_CATEGORIES and t.text in lexicon.place_given_names
        )
        self._sentence_rules = frozenset(rule.id for rule in lexicon.rules if rule.scope == "sentence")
        self._sentence_rules_clipped = self._sentence_rules | {_CLIPPED_ALONE}
        self._group_rules = frozenset(rule.id for rule in lexicon.rules if rule.names_group)
        self.phrase_rules = frozenset(rule.id for rule in lexicon.rules if rule.scope == "phrase")
        self._recurring = frozenset(rule.id for rule in lexicon.rules if rule.recurs)
        for i, rule in enumerate(lexicon.rules):
            if not rule.triggers:
                self._always.append(i)
            for t in rule.triggers:
                actions.setdefault(t, []).append((_TRIGGER, i))
        auto = ahocorasick.Automaton()
        for key, acts in actions.items():
            # Order terms so that the earliest category in category_order comes first.
            acts.sort(key=lambda a: self._rank.get(a[1].category, 99) if isinstance(a[1], Term) else -1)
            auto.add_word(key, (len(key), tuple(acts)))
        auto.make_automaton()
        self._auto = auto
        self._cache: dict[str, tuple[Span, ...]] = {}
        self._dodges = DodgeMatcher(lexicon.terms, self._rank, lexicon.spelled_out, lexicon.english_extra)
        self._foreign = ForeignText(lexicon.english_extra)
        # English words and one-word lexicon terms: what a damaged scanned word may be read as
        self._one_word_terms = frozenset(t.text for t in lexicon.terms if " " not in t.text)
        # a neighbourhood term that is an avenue or a road named for no other term ("blue hill
        # avenue", not "hyde park ave"): the street one goes onto, not the neighbourhood (outsider
        # round 64); a "... street" is often a development's name too ("Lenox Street", "Heath Street")
        texts = frozenset(t.text for t in lexicon.terms if t.category is Category.NEIGHBORHOOD)
        self._plain_streets = frozenset(
            t
            for t in texts
            if (m := _AVENUE_END.search(t)) is not None and t[: m.start()].strip() not in texts
        )
        self._words = self._foreign.english | self._one_word_terms

    # -----------------------------------------------------------------------------------------
    def scan(self, text: str, protect: Sequence[str] = ()) -> list[Span]:
        if not text:
            return []
        return self._scan_text(text, protect)

    def _is_word(self, w: str) -> bool:
        return w in self._words

    def is_word_or_term(self, w: str) -> bool:
        """``w`` (case-folded) is an English word or a one-word lexicon term."""
        return w in self._words or w in self._one_word_terms

    def _is_term(self, w: str) -> bool:
        return w in self._one_word_terms

    def _match_hashtags(self, text: str, cands: list[_Cand]) -> None:
        """A hashtag runs its words together ("#castlegateboys", "#RoxburyPride"): a term of five
        letters or more inside one, in a category that names a group or a place, is a finding, and
        so is the whole run of hashtags it stands in (one post's tags are one statement)."""
        # runs of tags with only blank space between: [start, end, category found or None]
        runs: list[list[Any]] = []
        for m in _HASHTAG.finditer(text):
            if not runs or text[runs[-1][1] : m.start()].strip():
                runs.append([m.start(), m.end(), None])
            run = runs[-1]
            run[1] = m.end()
            if run[2] is None:
                run[2] = next((cat for _, (cat, _w) in self._hashtags.iter(m.group(1).casefold())), None)
        cands.extend(_Cand(s, e, cat, _PRIO_TERM, "hashtag") for s, e, cat in runs if cat is not None)

    def _names_something(self, text: str, start: int, end: int) -> bool:
        """A capitalised word (past the first, which a sentence may capitalise) or a word that is
        not common English in ``text[start:end]``: the part names a place or a people."""
        for i, m in enumerate(_NAME_WORD.finditer(text, start, end)):
            w = m.group(0)
            if w[-2:] in ("'s", "\u2019s"):
                w = w[:-2]  # "the camera vendor's desk"
            if w.lower() in _LEAD_WORDS:
                continue
            if (w[0].isupper() and (i > 0 or start > 0)) or not self._is_word(w.lower()):
                return True
        return False

    def _scan_text(self, text: str, protect: Sequence[str]) -> list[Span]:
        if protect and len(text) <= _CACHE_TEXT_MAX:
            # A protected name only removes or clips findings: a short text known to hold none
            # (most locations, weapons, labels) needs no look at the names.
            if self._cache.get(text) == ():
                return []
            # A protected name that cannot occur in the text changes nothing: drop it, so that
            # short values ("knife", a school's location) stay cacheable across students.
            protect = tuple(p for p in protect if _may_occur(p, text))
        if len(text) <= _CACHE_TEXT_MAX and not protect:
            # Short values repeat across requests (locations, weapons, substances, field names).
            hit = self._cache.get(text)
            if hit is None:
                hit = tuple(self._scan(text, ()))
                if len(self._cache) < _CACHE_MAX:
                    self._cache[text] = hit
            return list(hit)
        return self._scan(text, protect)

    def _scan(self, text: str, protect: Sequence[str], *, read: bool = True) -> list[Span]:
        # a scanned statement's damaged words ("rnosque", "n0 papers") read as English, after the
        # cache of short values (they repeat, and are looked at once); the findings withhold the
        # damaged spelling
        fixed = correct(text, self._is_word, self._is_term) if read else None
        if fixed is not None:
            return [
                Span(fixed.orig_start(sp.start), fixed.orig_end(sp.end), sp.category, sp.rule, sp.others)
                for sp in self._scan(fixed.text, protect, read=False)
            ]
        if _MARKER in text:
            # a marker left by an earlier pass is never a finding nor part of one ("a [WITHHELD]
            # member"): it is read as blank space, offsets unchanged
            text = text.replace(_MARKER, _BLANK)
        norm = normalize(text)
        view = norm.text.replace("-", " ")
        if "_" in view:
            view = _underscores_parted(view, norm, text)
        cands: list[_Cand] = []
        keep: list[tuple[int, int]] = []
        triggered: dict[int, list[tuple[int, int]]] = {}
        self._match_terms(view, norm, text, cands, keep, triggered)
        if ", " in text:
            # a town named before its country ("a high school in Bayamón, Puerto Rico", "from
            # Kumasi, Ghana") is part of the country's finding, whatever the comma cuts (round 59)
            # (not a term inside a longer one: "Boston Public Library, Jamaica Plain branch")
            for c in cands:
                if (
                    c.category is Category.NATIONAL_ORIGIN
                    and c.rule == "term"
                    and c.start > 2
                    and not any(o.start <= c.start and c.end < o.end for o in cands)
                ):
                    town = _TOWN_BEFORE.search(text, max(0, c.start - 40), c.start)
                    if town is not None:
                        c.start = town.start()
        # the student's own names, case-folded words: no misspelt term, no crew's name
        own = frozenset(w.casefold() for name in protect for w in name.split()) if protect else frozenset()
        for hit in self._dodges.match(view):
            if hit.how == "sound" and text[norm.orig_start(hit.start)].isupper():
                continue  # a capitalised word that sounds like a term is a name ("Tyreek", not "Turkey")
            if hit.how == "sound" and hit.term.category is Category.FACE_SURVEILLANCE:
                # a vendor's or a tool's name is copied, not spelt by ear; and a face match denies
                # the whole request: "idioma" (a record's "language" in Spanish) is no "Idemia"
                continue
            if own and view[hit.start : hit.end] in own:
                continue  # the student's own name is no misspelt term ("Ailton" is not "Allston")
            if (
                hit.how == "fuzzy"
                and self._lex.name_after is not None
                and text[norm.orig_start(hit.start)].isupper()
                and self._lex.name_after.search(view, max(0, hit.start - 24), hit.start)
            ):
                continue  # "the other boy Ailton": a person's name after a person's word (outsider round 75)
            if (
                hit.start > 2
                and view[hit.start - 1] in " ."
                and self._titles
                and _after_title(view, hit.start, self._titles)
            ):
                continue  # "Ms. Frenche" is a person
            cands.append(
                _Cand(norm.orig_start(hit.start), norm.orig_end(hit.end), hit.term.category, _PRIO_TERM, "term")
            )
        if "#" in text:
            self._match_hashtags(text, cands)
        for m in _HANDLE.finditer(text) if _HANDLE_HINT.search(text) is not None else ():
            # a given name in a handle is its owner's ("KenyaKillz617" is a girl named Kenya's)
            handle = m.group(0).casefold()
            thing = self._lex.handle_thing_after
            found: Category | None = None
            things = False
            for at, (cat, w) in self._hashtags.iter(handle):
                if w in self._name_like:
                    continue
                if thing is not None and thing.match(handle, at + 1) is not None:
                    things = True  # "@ArgentinaFC_edits": a team's, not a people's (round 59)
                elif found is None:
                    found = cat
            end = m.end()
            while text[end - 1] == ".":
                end -= 1  # the sentence's stop is no part of the handle
            if found is not None:
                cands.append(_Cand(m.start(), end, found, _PRIO_TERM, "handle"))
            elif things:
                keep.append((m.start(), end))
        if "-" in norm.text:
            for m in _HYPHENATED.finditer(norm.text):
                self._match_joined(m, norm, cands)
        for fs, fe in self._foreign.spans(text):
            if fs >= fe:
                continue  # a quotation of marks only ("' '") trims to nothing
            cands.append(_Cand(fs, fe, Category.LANGUAGE, _PRIO_RULE, "other_language"))
        rules = self._lex.rules
        cs_norm: Normalized | None = None
        has_digit: bool | None = None
        for ri in self._always:
            rule = rules[ri]
            if rule.needs_digit:
                if has_digit is None:
                    has_digit = _DIGIT.search(view) is not None
                if not has_digit:
                    continue
            self._run_rule(rule, view, norm, text, cands)
        n = len(view)
        for ri, hits in triggered.items():
            rule = rules[ri]
            if rule.case_sensitive and norm.starts is not None:
                if cs_norm is None:
                    cs_norm = normalize(text, fold=False)
                self._run_rule(rule, cs_norm.text, cs_norm, text, cands)
                continue
            # A match must start at a word start between `before` characters ahead of a trigger
            # and the trigger itself, and end no further than `after` characters past it.
            # Overlapping windows are merged, so a start is tried once however many triggers.
            before, after = rule.before, rule.after
            windows: list[list[int]] = []
            for ts, te in sorted(hits):
                lo = ts - before if ts > before else 0
                hi = te + after if te + after < n else n
                if windows and lo <= windows[-1][2]:
                    w = windows[-1]
                    w[1] = ts
                    if hi > w[2]:
                        w[2] = hi
                    w.append(ts)
                else:
                    windows.append([lo, ts, hi, ts])
            # ASCII fast path: the un-casefolded view is the text itself, same offsets.
            rview = text.translate(_SPACES) if rule.case_sensitive else view
            self._run_windows(rule, rview, norm, text, cands, windows)
        if not cands:
            return []
        if "\n" in text or " / " in text or " | " in text or " -- " in text or "\u2014" in text or "\u2013" in text:
            cands = _clip_lines(cands, text)
        if self._lex.incident_places is not None:
            kept: list[_Cand] = []
            places: list[_Cand] = []
            for c in cands:
                if not self._incident_place(text, c):
                    kept.append(c)
                else:
                    places.append(c)
            # the worship-place word of a place name that locates the incident goes with it, and so
            # does a shorter term inside a neighbourhood's name ("Jamaica" of "Jamaica Plain"), and
            # the same rule's shorter finding ("Hill St" of "the deli on Bunker Hill St", round 59)
            cands = [
                c
                for c in kept
                if not any(
                    p.start <= c.start
                    and c.end <= p.end
                    and (
                        p.rule == c.rule
                        or (
                            c.prio == _PRIO_TERM
                            and (
                                p.rule in self._lex.place_name_rules
                                or (p.category is Category.NEIGHBORHOOD and p.prio == _PRIO_TERM)
                            )
                        )
                    )
                    for p in places
                )
            ]
        if self._context_rules:
            kept_ctx = [c for c in cands if c.rule in self._context_rules and self._rule_in_context(text, c)]
            if kept_ctx:
                # the same rule's shorter finding inside a kept one goes with it ("X Blvd" of "on
                # Malcolm X Blvd", whose lead-in word the shorter one lacks, round 51)
                gone = {id(c) for c in kept_ctx}
                cands = [
                    c
                    for c in cands
                    if id(c) not in gone
                    and not any(k.rule == c.rule and k.start <= c.start and c.end <= k.end for k in kept_ctx)
                ]
        if self._title_re is not None:
            # "Ms. Christian, a chaperone", "SSS Church tested it": one capitalised word after a
            # title is a surname for a rule's finding too, as for a term's (outsider round 32)
            cands = [
                c
                for c in cands
                if c.prio == _PRIO_TERM
                or _ONE_NAME.fullmatch(text, c.start, c.end) is None
                or self._title_re.search(text, max(0, c.start - 24), c.start) is None
            ]
        protected = list(self._protected(view, norm, (*protect, *self.people(text)), text))
        if keep or protected:
            cands = [
                c
                for c in cands
                if not any(s <= c.start and c.end <= e for s, e in protected)
                and not (
                    (c.prio == _PRIO_TERM or c.rule in self._yielding)
                    and any(s <= c.start and c.end <= e for s, e in keep)
                )
                # a crew's name that ends in a reviewed phrase is that crew ("Elijah's Outward
                # Bound crew", "the Latin Academy stage crew"): the phrase is what it is
                and not (c.rule in self._yielding and any(c.start < s and e == c.end for s, e in keep))
                # a rule's finding whose last word begins a reviewed phrase ("fired from Church's
                # Chicken"): the phrase is what it is (outsider round 39)
                and not (c.rule in self._yielding and any(c.start < s < c.end < e for s, e in keep))
            ]
            if protected and cands:
                cands = _clip(cands, protected, text, self._sentence_rules)
        seeds = [Span(c.start, c.end, c.category, c.rule, frozenset()) for c in cands if c.rule in self._recurring]
        spans = self._merge(cands)
        if spans:
            spans = _with_units(text, spans)
        if seeds:
            spans = _with_recurrences(text, spans, seeds)
        if self._lex.aliases and spans:
            # names come from the findings themselves, before a sentence-scoped one grows to its
            # sentence: a sentence's every capitalised word is no crew's name ("On the Green Line,
            # ... 'the Commonwealth boys are pulling up'" lent "Green", outsider round 21)
            spans = alias_spans(text, spans, self._lex.aliases, own, self._foreign.english, self.locates)
            if protected:
                spans = [sp for sp in spans if not any(s <= sp.start and sp.end <= e for s, e in protected)]
        if self._sentence_rules and spans:
            if any(sp.rule == _CLIPPED for sp in spans):
                spans = _clipped_alone(text, spans)
            spans = _to_sentences(text, spans, self._sentence_rules_clipped)
        return spans

    @property
    def questions(self) -> tuple[tuple[Category, re.Pattern[str]], ...]:
        """precision.yaml questions_asking, for the transcripts' answers."""
        return self._lex.questions

    @property
    def alias_categories(self) -> frozenset[Category]:
        return frozenset(spec.category for spec in self._lex.aliases)

    def names_given(self, text: str, protect: Sequence[str] = ()) -> dict[str, Category]:
        """The names the findings in ``text`` give (``aliases.span_names``), for a request's other
        fields."""
        if not self._lex.aliases:
            return {}
        return self.names_in(text, self.scan(text, protect))

    def names_in(self, text: str, spans: list[Span]) -> dict[str, Category]:
        """``names_given`` from findings already made in ``text`` (a request's first pass). A
        sentence-scoped finding has grown to its sentence, whose every capitalised word is no
        crew's name ("On the Green Line, ... the Commonwealth boys": not "Green"): it lends none
        to other fields (outsider round 21); its own field's recurrences were lent before it grew."""
        if not self._lex.aliases or not spans:
            return {}
        return span_names(text, [sp for sp in spans if sp.rule not in self._sentence_rules], self._lex.aliases)

    def people(self, text: str) -> tuple[str, ...]:
        """Names of people in ``text`` whose given name is a lexicon term (``_PERSON``). The scan
        and the redactor's protected spans ask for the same text in turn: the last answer is kept."""
        last = self._people_last
        if last is not None and last[0] == text:
            return last[1]
        found = self._find_people(text)
        self._people_last = (text, found)
        return found

    def _find_people(self, text: str) -> tuple[str, ...]:
        out: list[str] = []
        for m in _PERSON.finditer(text):
            given, initial, surname = m.group(1), m.group(2), m.group(3)
            if given.lower() not in self._name_like:
                continue
            if surname is not None and (
                surname.lower() in _NOT_SURNAME
                or surname.lower() in self._one_word_terms
                or surname.lower() in self._foreign.common
            ):
                continue  # "Georgia Tech", "Kenya Airways": a common word makes a thing's name
            if text[: m.start()].rstrip().endswith(tuple("0123456789#")):
                continue  # "1568 Chelsea Parkway" is an address
            if _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None:
                continue  # "born in Kenya Odom..." is no one's name
            out.append(f"{given} {initial}." if initial else f"{given} {surname}")
        return tuple(dict.fromkeys(out))

    def protected_spans(self, text: str, protect: Sequence[str]) -> list[tuple[int, int]]:
        """Where the protected (student) names occur in ``text``, in its offsets, and the names of
        other people that a term begins (``people``)."""
        protect = (*protect, *self.people(text))
        if not protect:
            return []
        norm = normalize(text)
        return list(self._protected(norm.text.replace("-", " "), norm, protect, text))

    def locates(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]``, a place's name, locates the school or the incident there (see
        ``_incident_place``) rather than saying where anyone lives."""
        return self._incident_place(text, _Cand(start, end, Category.NEIGHBORHOOD, _PRIO_TERM, "alias"))

    def says_residence(self, text: str) -> bool:
        """Whether ``text`` holds a residence cue (precision.yaml residence_cues: "home", "lives")."""
        cues = self._lex.residence_cues
        return cues is not None and cues.search(text) is not None

    def _venue_bracket(self, text: str, c: _Cand) -> bool:
        """A neighbourhood in brackets that only locates the named venue before it, where the
        incident happened ("pulled a box cutter at the Strand Theatre (Uphams Corner)"), in a
        paragraph that says nothing of where anyone lives."""
        venue, cues = self._lex.venue_before_bracket, self._lex.residence_cues
        if venue is None or text[c.start - 1 : c.start] != "(" or text[c.end : c.end + 1] != ")":
            return False
        if venue.search(text, max(0, c.start - 81), c.start - 1) is None:
            return False
        # the whole paragraph, not the sentence: an abbreviation's period ("Main St.") must not
        # hide the cue of "lives on Main St. near the Strand Theatre (Uphams Corner)"
        lo = text.rfind("\n", 0, c.start) + 1
        hi = text.find("\n", c.end)
        return cues is None or cues.search(text, lo, len(text) if hi < 0 else hi) is None

    def _incident_place(self, text: str, c: _Cand) -> bool:
        """A street or neighbourhood that locates the school or the incident ("the White St
        entrance", "the Mass Ave bus stop", "the bus stop on Columbia Rd", "spilled onto Alleghany
        St", "the game against Charlestown") in a clause that says nothing of where anyone lives.
        A finding of another category counts only as a street name ("the Humboldt Ave side door")."""
        lex = self._lex
        places, cues, before = lex.incident_places, lex.residence_cues, lex.incident_before
        if places is None or c.rule in self._sentence_rules or c.rule in self._group_rules:
            return False  # a sentence's statement ("... where they live") names no place to keep
        if c.category is Category.NEIGHBORHOOD and c.prio == _PRIO_RULE:
            # "lunch moved to the gym": a rule's value that is only a facility names no residence
            whole = places.match(text, c.start)
            # ... but a named one is somewhere to live ("they live in the Corbett building")
            if (
                whole is not None
                and whole.end() == c.end
                and whole.group(0)[:1].isalpha()
                and not any(w[:1].isupper() for w in whole.group(0).split()[1:])
            ):
                return True
        if c.category is Category.NEIGHBORHOOD and self._venue_bracket(text, c):
            return True
        inst = (
            lex.institution_before.search(text, max(0, c.start - 40), c.start)
            if lex.institution_before is not None and c.rule in _ADDRESS_RULES
            else None
        )
        if inst is not None and text[inst.start()].isupper():
            # "Dorchester District Court, 510 Washington St": the institution's address, its name
            # capitalised (round 60)
            lo, hi = _sentence_around(text, c.start, c.end)
            if cues is None or not any(_near_cue(m, c) for m in cues.finditer(text, lo, hi)):
                return True
        if (
            c.rule in lex.development_rules
            and lex.development_homes is not None
            and lex.development_homes.match(text, c.end) is not None
        ):
            return False  # "the Corliss Gardens building": where people live
        named_place = c.rule in lex.place_name_rules
        if c.category is not Category.NEIGHBORHOOD and not named_place and _STREET_SUFFIX.match(text, c.end) is None:
            return False  # most findings: checked before anything dearer
        after = places.match(text, c.end)
        if after is None and c.prio == _PRIO_TERM and text[c.start : c.end].lower() in lex.street_towns:
            # "on Cambridge St": a town outside Boston that names a street here names no
            # neighbourhood; the street locates, unless its clause says home (outsider round 53)
            after = _STREET_SUFFIX.match(text, c.end)
        if after is None and c.category is Category.NEIGHBORHOOD and _STREET_END.search(text, c.start, c.end):
            after = _CROSS_STREET.match(text, c.end)
        if (
            after is None
            and c.category is Category.NEIGHBORHOOD
            and _AT_BEFORE.search(text, max(0, c.start - 24), c.start)
        ):
            # a square or a corner is a place in its own name ("a guy at Mattapan Sq", "River St by
            # Mattapan Square", outsider round 21): it locates, unless its clause says home
            after = _SQUARE_END.search(text, c.start, c.end) or _SQUARE_AFTER.match(text, c.end)
        if c.category is not Category.NEIGHBORHOOD and not named_place and after is None:
            return False
        # the clause: a sentence, or a piece of one between semicolons or brackets; the period of
        # "vs." or "St." ends none ("varsity soccer vs. Brighton at Moakley Park")
        lo = max(text.rfind(b, 0, c.start) for b in _CLAUSE_STOPS) + 1
        while lo > 1 and (
            (text[lo - 1] == "." and _ABBREV_DOT.search(text, max(0, lo - 6), lo) is not None)
            or (text[lo - 1] == "\n" and _wrapped_before(text, lo - 1))
            # a clock's colon ("5:35  On Cambridge St")
            or (text[lo - 1] == ":" and text[lo - 2].isdigit() and lo < len(text) and text[lo].isdigit())
        ):
            lo = max(text.rfind(b, 0, lo - 1) for b in _CLAUSE_STOPS) + 1
        hi = len(text)
        for stop in _CLAUSE_STOPS:
            k = text.find(stop, c.end)
            if k >= 0:
                hi = min(hi, k)
        if after is not None:
            return cues is None or not any(_near_cue(m, c) for m in cues.finditer(text, lo, hi))
        if before is None or (c.category is not Category.NEIGHBORHOOD and not named_place):
            return False  # a named place goes on: "the MBTA stop in front of the Greater Hope Baptist Church"
        # "on Bunker Hill St" found as "Hill St": the name's earlier words go with it
        head = _NAME_TAIL.sub("", text[max(lo, c.start - 80) : c.start])
        m = before.search(head)
        if m is None:
            named = lex.named_place_before
            m = named.search(head) if named is not None else None
            if m is None:
                return False
            lead = m.start()  # "from the Bromley on Heath St": the lead-in counts
        elif m.groupdict().get("f") is not None:
            # "come straight from the Library branch on Centre St": the word that leads to the
            # facility says where the student was, not where anyone lives
            f = m.start("f")
            # the facility word is itself a residence cue's ("or my building on Pellridge Ave",
            # precision.yaml; not "our building": staff mean the school): somebody's home
            # (or a cue's possessive right before it: "his dad's place on Poplar St", round 47)
            # (a long cue too, "walks from the bus stop to our building", round 49)
            if cues is not None and any(o.end() >= f - 1 for o in cues.finditer(head, max(0, f - 60), m.end("f"))):
                return False
            # (on the text: the clause may start inside "R.T.'s")
            at = c.start - len(head) + f
            if (
                head[f : m.end("f")].lower() in lex.owned_homes
                and _OWNER_BEFORE.search(text, max(0, at - 30), at) is not None
            ):
                return False
            np_ = max(head.rfind(" the ", 0, f), head.rfind(" a ", 0, f), head.rfind(" an ", 0, f))
            near = np_ >= 0 and f - np_ <= 50
            lead = head.rfind(" ", 0, np_) + 1 if near else head.rfind(" ", 0, max(f - 1, 0)) + 1
        elif m.groupdict().get("t") is not None and _RIVALRY.search(text, lo, hi) is not None:
            return False  # 'beef is "Wash-Park vs. Harvard St"': sides of a feud, not teams
        elif (
            c.prio == _PRIO_TERM
            and m.groupdict().get("t") is None
            # "ran toward Nubian Square", "Columbia Rd at Uphams Corner": a square or a corner is
            # a place one goes to or stands at, as a street is (outsider round 21); "ran toward
            # Hyde Park" still names a neighbourhood
            and _SQUARE_END.search(text, c.start, c.end) is None
            # "ran out the side door onto Blue Hill Avenue": a neighbourhood known by its street, the
            # suffix inside the term, is the street where one goes, unless the street is named for a
            # neighbourhood ("ran toward Hyde Park Ave", outsider round 64)
            and text[c.start : c.end].lower() not in self._plain_streets
            and (
                m.groupdict().get("x") is None
                # "the corner of Washington Street and Columbia Road": a street's name, its suffix
                # after it, is the second of an intersection (outsider round 20)
                or _STREET_SUFFIX.match(text, c.end) is None
            )
        ):
            # "ran toward Hyde Park Street": a neighbourhood's name still says one; the second
            # street of an intersection ("Columbia Rd at Quincy St") is a street's name
            return False
        else:
            lead = m.start()
        cut = c.start - len(head) + lead
        if cues is None:
            return True
        return not any(_near_cue(m, c) for m in cues.finditer(text, lo, cut)) and not any(
            _near_cue(m, c) for m in cues.finditer(text, c.end, hi)
        )

    # -----------------------------------------------------------------------------------------
    def _match_terms(
        self,
        view: str,
        norm: Normalized,
        text: str,
        cands: list[_Cand],
        keep: list[tuple[int, int]],
        triggered: dict[int, list[tuple[int, int]]],
    ) -> None:
        n = len(view)
        whole = self._whole
        titles = self._titles
        product = self._lex.product_before
        taught = self._lex.taught_before
        in_context = self._context_categories
        calendar = self._lex.calendar_after
        made = self._lex.product_after
        thing_is = self._lex.thing_is_before
        for end, (length, acts) in self._auto.iter(view):
            start = end - length + 1
            e = end + 1
            left = start == 0 or not view[start - 1].isalnum()
            bounded = left and (e == n or not view[e].isalnum())
            plural = False
            if left and not bounded and view[e] == "s":
                plural = e + 1 == n or not view[e + 1].isalnum()
            for kind, payload in acts:
                if kind == _TRIGGER:
                    assert isinstance(payload, int)
                    if left and (bounded or plural or not whole[payload]):
                        triggered.setdefault(payload, []).append((start, e))
                    continue
                if not (bounded or plural):
                    continue
                te = e + 1 if plural else e
                if kind == _KEEP:
                    keep.append((norm.orig_start(start), norm.orig_end(te)))
                    continue
                assert isinstance(payload, Term)
                if (
                    (
                        payload.keep_after is not None
                        # a people in the plural names people, never a thing's kind: "we Puerto
                        # Ricans stick together" is no "Thai stick" (outsider round 69)
                        and not (plural and payload.category in _PEOPLE_CATEGORIES)
                        and payload.keep_after.match(view, te)
                        and not self._kin_culture(view, start, te, payload)
                        and not self._taunted(view, start, payload)
                        and not self._status_group(view, te, payload)
                        and not self._commute_station(view, start, te, payload)
                        and not self._owned_faith(view, start, payload)
                    )
                    or (
                        start > 2
                        and view[start - 1] in " ."
                        and titles
                        and _after_title(view, start, titles, lambda i: text[norm.orig_start(i)].isupper())
                    )
                    or (
                        product is not None
                        and payload.category is Category.NATIONAL_ORIGIN
                        and product.search(view, max(0, start - 24), start) is not None
                    )
                    or (
                        payload.category in _PRODUCT_CATEGORIES
                        and (
                            # the view has spaces for hyphens: "Turkish-made" only in the text as written
                            (made is not None and made.match(norm.text, te) is not None)
                            or (thing_is is not None and thing_is.search(view, max(0, start - 24), start) is not None)
                        )
                    )
                    or (
                        taught is not None
                        and payload.category in _TAUGHT_CATEGORIES
                        and taught.search(view, max(0, start - 40), start) is not None
                    )
                    or (payload.category in in_context and self._in_context(view, norm, text, start, te, payload))
                    or (
                        self._lex.course_in_brackets is not None
                        and payload.category in COURSE_CATEGORIES
                        and start > 0
                        and view[start - 1] == "("
                        and self._lex.course_in_brackets.match(view, te) is not None
                        and _NUMBER_BEFORE_BRACKET.search(view, max(0, start - 8), start) is not None
                    )
                    or (
                        # "asked to speak to the AP after Spanish 3.": a course by its level at a
                        # sentence's end, after a word of the school day (round 60); "Dad is
                        # Chinese 3." is still read as a finding
                        payload.category in COURSE_CATEGORIES
                        and _LEVEL_AT_END.match(view, te) is not None
                        and _COURSE_BEFORE.search(view, max(0, start - 12), start) is not None
                    )
                    or (
                        calendar is not None
                        and payload.text in self._lex.holy_days
                        and calendar.match(view, te) is not None
                        and not self._owned_faith(view, start, payload)
                    )
                ):
                    # part of an institution's name: the whole name stays, shorter terms too
                    keep.append((norm.orig_start(start), norm.orig_end(te)))
                    continue
                cands.append(_Cand(norm.orig_start(start), norm.orig_end(te), payload.category, _PRIO_TERM, "term"))
                break  # one category per matched term: the first in category_order

    def _taunted(self, view: str, s: int, term: Term) -> bool:
        """A people's food or thing in a taunt ("calling it Salvadoran dog food") says what the
        taunted student is taken for (outsider round 38)."""
        insult = self._lex.insult_before
        return (
            insult is not None
            and term.category in _PEOPLE_CATEGORIES
            and insult.search(view, max(0, s - 80), s) is not None
        )

    def _owned_faith(self, view: str, s: int, term: Term) -> bool:
        """A faith's word right after someone's possessive ("his halal meal card", "her family's
        Diwali celebration") is that person's faith (outsider round 59)."""
        owned = self._lex.owned_before
        return (
            owned is not None
            and term.category is Category.RELIGION
            and owned.search(view, max(0, s - 24), s) is not None
        )

    def _commute_station(self, view: str, s: int, e: int, term: Term) -> bool:
        """A station named in a sentence about someone's way home or daily habit is where they live
        ("carries it on the walk home from Forest Hills station", outsider round 40)."""
        commute = self._lex.commute
        if commute is None or term.category is not Category.NEIGHBORHOOD or _STATION_AFTER.match(view, e) is None:
            return False
        lo, hi = _sentence_around(view, s, e)
        return commute.search(view, lo, hi) is not None

    def _status_group(self, view: str, e: int, term: Term) -> bool:
        """A status word before a group of students ("the newcomer class") names them by their
        status, whatever the object nouns say (outsider round 38)."""
        group = self._lex.status_group_after
        return group is not None and term.category is Category.IMMIGRATION_STATUS and group.match(view, e) is not None

    def _kin_culture(self, view: str, s: int, e: int, term: Term) -> bool:
        """A people's food, table or shop that a relative of someone in the report makes, runs or
        sells ("helping her mother at the Ethiopian food table", "his dad's Jamaican restaurant")
        says where the family is from: the term is no thing's name then (outsider round 32)."""
        kin, culture = self._lex.kin_before, self._lex.kin_culture_after
        if kin is None or culture is None or term.category not in _PEOPLE_CATEGORIES:
            return False
        return culture.match(view, e) is not None and kin.search(view, max(0, s - 70), s) is not None

    def _rule_in_context(self, text: str, c: _Cand) -> bool:
        """A rule's finding that a context keeps (precision.yaml contexts ``rules``): "I teach ESL 3
        in room 127" is a teacher's course, in a sentence that says nothing of a student's or a
        family's standing (outsider round 32)."""
        lo, hi = _sentence_around(text, c.start, c.end)
        for ctx in self._lex.contexts:
            if (
                c.rule in ctx.rules
                and _cued(ctx, text, lo, hi)
                and (ctx.blockers is None or ctx.blockers.search(text, lo, hi) is None)
                and _placed_after(ctx, text, c.start, c.end)
            ):
                return True
        return False

    def _in_context(self, view: str, norm: Normalized, text: str, s: int, e: int, term: Term) -> bool:
        """The term at ``view[s:e]`` is about something else: its sentence has a context's cue
        ("a quiz on", "staff interpreters") and none of its blockers, which speak of someone's
        origin, faith or family (precision.yaml contexts, outsider round 26)."""
        lo, hi = _sentence_around(view, s, e)
        para: tuple[int, int] | None = None
        for ctx in self._lex.contexts:
            if not ctx.keeps_terms or term.category not in ctx.categories or (ctx.terms and term.text not in ctx.terms):
                continue
            if ctx.paragraph_cues and para is None:
                # the view has lost the line breaks: the paragraph is found in the original
                # (outsider round 47: an e-mail header's "1:15 PM" is no ride's time)
                plo, phi = paragraph(text, norm.orig_start(s), norm.orig_end(e))
                para = (_view_offset(norm, plo), _view_offset(norm, phi))
            if (
                _cued(ctx, view, lo, hi, para)
                and (ctx.blockers is None or ctx.blockers.search(view, lo, hi) is None)
                and _placed_after(ctx, view, s, e)
                # "ran toward Hyde Park Street": a neighbourhood's name in a street's still says one
                and not (ctx.before is not None and _STREET_SUFFIX.match(view, e) is not None)
            ):
                return True
        return False

    def _match_joined(self, m: re.Match[str], norm: Normalized, cands: list[_Cand]) -> None:
        """Match terms against a hyphenated word with its hyphens removed ("un-documented"), alone
        or after the word before it ("Cape V-erdean")."""
        t = norm.text
        idx = [i for i in range(m.start(), m.end()) if t[i] != "-"]
        p = m.start() - 1
        if p > 0 and t[p] == " ":
            w0 = p
            while w0 > 0 and t[w0 - 1].isalnum():
                w0 -= 1
            if w0 < p:
                self._match_indexed([*range(w0, p + 1), *idx], norm, cands)
        self._match_indexed(idx, norm, cands)

    def _match_indexed(self, idx: list[int], norm: Normalized, cands: list[_Cand]) -> None:
        joined = "".join(norm.text[i] for i in idx)
        n = len(joined)
        for end, (length, acts) in self._auto.iter(joined):
            start = end - length + 1
            e = end + 1
            if start == 0 and (e == n or (e == n - 1 and joined[e] == "s")):
                if length < 4:
                    continue
                for kind, payload in acts:
                    if kind == _TERM and isinstance(payload, Term):
                        cands.append(
                            _Cand(
                                norm.orig_start(idx[0]),
                                norm.orig_end(idx[-1] + 1),
                                payload.category,
                                _PRIO_TERM,
                                "term",
                            )
                        )
                        break

    def _run_windows(
        self,
        rule: Rule,
        view: str,
        norm: Normalized,
        text: str,
        cands: list[_Cand],
        windows: list[list[int]],
    ) -> None:
        match = rule.regex.match
        has_w = "w" in rule.regex.groupindex
        for lo, last, hi, *trigs in windows:
            # every trigger and every word start from `lo` up to the last trigger of the window
            # (a regex search over the window measured slower: a failing search walks every
            # position up to `hi`)
            starts = set(trigs)
            if lo == 0:
                starts.add(0)
                j = 0
                while j + 1 < hi and (view[j] in _OPENERS or _is_pictograph(view[j])):
                    j += 1  # a text that opens with a quotation ('"Geneva raised me."', round 40)
                    starts.add(j)
            k = view.rfind(" ", lo, last)
            while k >= 0:
                starts.add(k + 1)
                j = k + 1
                while j + 1 < hi and (view[j] in _OPENERS or _is_pictograph(view[j])):
                    # a word after a bracket, a quote or an emoji ("(Fernwood Mob)", "'Lowland",
                    # a location sticker's "📍Harrowgate Apartments")
                    j += 1
                    starts.add(j)
                k = view.rfind(" ", lo, k)
            for p in sorted(starts):
                m = match(view, p, hi)
                if m is not None:
                    self._add_match(rule, m, has_w, view, norm, text, cands)

    def _add_match(
        self,
        rule: Rule,
        m: re.Match[str],
        has_w: bool,
        view: str,
        norm: Normalized,
        text: str,
        cands: list[_Cand],
    ) -> None:
        if has_w and m.group("w") is not None:
            s, e = m.span("w")
        else:
            s, e = m.span()
        s0, e0 = s, e
        while s < e and not _is_word(view[s]):
            s += 1
        while e > s and not _is_word(view[e - 1]):
            e -= 1
        if s >= e:
            if _FLAG.search(view, s0, e0) is None:
                return
            s, e = s0, e0  # a flag emoji is a country's name, though no letter (outsider round 30)
        os_, oe = norm.orig_start(s), norm.orig_end(e)
        if has_w and m.end() > e:
            # a cue that stands in the form's next field is that field's ("stairwell C" over
            # "Background: ..."; the view has spaces for line breaks), outsider round 38
            me = norm.orig_end(m.end())
            k = text.find("\n", oe, me)
            if k >= 0 and _NEXT_FIELD.match(text, k) is not None:
                return
        if "  " in text:
            gap = GAP_FIELD.search(text, os_, oe + 40)
            if gap is not None and os_ < gap.start() < oe:
                # a fixed-width export's next field on the same line ("14 Lucerne St  Knife: yes"),
                # outsider round 44
                oe = gap.start()
        # a tracked change's mark ends the phrase ("Geneva Ave~~ {+by the gym doors", round 58); searched
        # in the match alone, per match
        mark = EDIT_MARK.search(text, os_ + 1, oe)
        if mark is not None:
            oe = mark.start()
            while oe > os_ and not text[oe - 1].isalnum():
                oe -= 1
        nl = text.find("\n", os_, oe)
        if nl > os_ and _NEXT_FIELD.match(text, nl) is not None:
            # the view has spaces for line breaks: a phrase stops where a form's next field begins
            # ("Race: W" over "Ht 6'0  Wt 175", outsider round 36); a wrapped line goes on in lower case
            oe = nl
            while oe > os_ and not text[oe - 1].isalnum():
                oe -= 1
            if oe <= os_:
                return
        if rule.require_capitalized and not _capitalized(text, os_, oe):
            return
        if rule.needs_name and not self._names_something(text, os_, oe):
            return
        if os_ > 0 and field_break(text, norm.orig_start(m.start()), os_) >= 0:
            return  # "Address: [WITHHELD]" then "Known associations: ...": a cue's value is in its own field
        cands.append(_Cand(os_, oe, rule.category, _PRIO_RULE, rule.id, rule.defer_to_terms))

    def _run_rule(self, rule: Rule, view: str, norm: Normalized, text: str, cands: list[_Cand]) -> None:
        """A rule without triggers (or a case-sensitive one): every match over the whole text."""
        has_w = "w" in rule.regex.groupindex
        for m in rule.regex.finditer(view):
            self._add_match(rule, m, has_w, view, norm, text, cands)

    @staticmethod
    def _protected(view: str, norm: Normalized, names: Iterable[str], text: str) -> Iterable[tuple[int, int]]:
        for name in names:
            nn = norm_term(name)
            if " " not in nn:
                continue  # only full names (two or more words) are protected
            i = view.find(nn)
            while i >= 0:
                e = i + len(nn)
                if (i == 0 or not _is_word(view[i - 1])) and (e == len(view) or not _is_word(view[e])):
                    yield norm.orig_start(i), norm.orig_end(e)
                i = view.find(nn, i + 1)
            yield from _given_name(text, name)

    def _merge(self, cands: list[_Cand]) -> list[Span]:
        cands.sort(key=lambda c: (c.start, -c.end))
        out: list[Span] = []
        group: list[_Cand] = []
        gend = -1
        for c in cands:
            if group and c.start < gend:
                group.append(c)
                gend = max(gend, c.end)
                continue
            if group:
                out.append(self._pick(group, gend))
            group = [c]
            gend = c.end
        if group:
            out.append(self._pick(group, gend))
        return out

    def _pick(self, group: list[_Cand], gend: int) -> Span:
        best = max(group, key=lambda c: (c.prio, c.end - c.start, -self._rank.get(c.category, 99)))
        if best.defer:
            terms = [c for c in group if c.prio == _PRIO_TERM and best.start <= c.start and c.end <= best.end]
            if terms:
                best = max(terms, key=lambda c: (c.end - c.start, -self._rank.get(c.category, 99)))
        rule = best.rule
        if rule not in self._sentence_rules:
            # a sentence's statement merged with a shorter finding stays a sentence's ("he from the
            # 9 (99 crew) and Jaylen from the other side", outsider round 20)
            rule = next((c.rule for c in group if c.rule in self._sentence_rules), rule)
        return Span(group[0].start, gend, best.category, rule, frozenset(c.category for c in group) - {best.category})
