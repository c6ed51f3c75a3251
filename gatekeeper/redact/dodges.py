"""Text that dodges the lexicons: letters spaced out or split by punctuation ("u n d o c u m e n t e d",
"Ha*iti.an"), and misspellings of longer terms ("undocumentd", "Guatamala").

Works on the scanner's normalised view (look-alike letters from other scripts are already folded
there by ``normalize``), so every offset maps back to the original text.

Misspellings: a term of six letters or more matches a word within one edit (two from nine letters),
found through a deletion index (SymSpell's idea: a word and a term within one edit share a
one-deletion variant) and confirmed with rapidfuzz's optimal-string-alignment distance (a swap of
two letters is one edit). A word English already has ("bloods", "refuge", "trench", "muslin") is
never a misspelling: wordfreq's English list decides that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick
from jellyfish import metaphone
from rapidfuzz.distance import OSA
from wordfreq import top_n_list

from gatekeeper.core.types import Category
from gatekeeper.redact.lexicon import Term
from gatekeeper.redact.lexicon import _alternation as alternation

# Single letters, each alone, separated by spaces or punctuation: "s o m a l i", "S.O.M.A.L.I".
_SPACED = re.compile(r"(?<![^\W_])[^\W\d_](?:[\s.*_~|+/\\:'`^,]{1,3}[^\W\d_](?![^\W_])){3,}")
# A word split inside by punctuation: "undoc.umented", "Ha*itian", "re_fu_gee".
_SEP = r"[\s.*_~|+/\\:'`^,]"
# three single letters in a row, each after a separator: the cheap test before _SPACED
_SPACED_HINT = re.compile(rf"(?:^|{_SEP})[^\W\d_]{_SEP}{{1,3}}[^\W\d_]{_SEP}{{1,3}}[^\W\d_]")
_SPLIT = re.compile(r"[^\W\d_]+(?:[.*_~|+/\\:`^]+[^\W\d_]+)+")
_SPLIT_HINT = re.compile(r"[^\W\d_][.*_~|+/\\:`^]+[^\W\d_]")
# outsider round 17: a sign for a letter inside a word ("H@itian", "Mu$lim") too
_DIGITS = re.compile(r"[a-z]\d|\d[a-z]|[a-z][@$][a-z]")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_LONG_WORD = re.compile(r"(?<![^\W_])[a-z]{6,}(?![^\W_])")
# Words run together when spaces were lost ("familyfromsansalvador"): a letter run of sixteen or more
# holds a term of six letters or more (English has few such words; wordfreq's list decides)
_RUN_TOGETHER = re.compile(r"(?<![^\W_])[a-z]{16,}(?![^\W_])")
_MIN_INNER = 6
_WORD4 = re.compile(r"(?<![^\W_])[a-z]{4,}(?![^\W_])")
# Misspellings that sound like a term ("mosk", "muzlim", "sinagog"): a word English lacks whose
# Metaphone key (jellyfish) is a term's, with the same first letter, within three edits and two
# letters of length. Terms of five letters or more with keys of three sounds or more: shorter keys
# collide with everything.
_MIN_SOUND_TERM = 5
_MIN_SOUND_KEY = 3
_SOUND_EDITS = 3
# A word mixing letters and digits ("H41t14n", "S0mal1"): read with leetspeak digits as letters.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|a|p|h|min|mg|ml|in|ft|lbs?)?|[a-z]\d+|\d+[a-z]")
_LEET_I = str.maketrans("4@310$57", "aaeiosst")
_LEET_L = str.maketrans("4@310$57", "aaelosst")
# Categories whose multi-word names are matched when their last word is cut short or misspelt
# ("Grove Hal", "Jamaica Plian"): names of places and peoples, not phrases made of common words
# ("green card" must not catch "green car").
_NAME_CATEGORIES = frozenset({Category.NEIGHBORHOOD, Category.NATIONAL_ORIGIN, Category.ETHNICITY})
_COMMON_WORDS = 2_000
_MIN_FUZZY = 6
_TWO_EDITS = 9
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_BACKWARDS = re.compile(r"(?<![^\W_])[a-z]{2,}(?:-[a-z]+)*(?![^\W_])")
_TYPO_WORDS = 30_000
# The most frequent English words; a word among them is English, not a misspelling.
_ENGLISH_WORDS = 80_000


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # offsets into the normalised view
    end: int
    term: Term
    how: str


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= nxt
        frontier = nxt
    return out


class DodgeMatcher:
    def __init__(
        self,
        terms: Iterable[Term],
        rank: Mapping[Category, int],
        spelled: Iterable[Term] = (),
        english_extra: Iterable[str] = (),
    ) -> None:
        self._spelled = {t.text.replace(" ", ""): t for t in spelled}
        best: dict[str, Term] = {}
        for t in terms:
            key = t.text.replace(" ", "")
            old = best.get(key)
            if old is None or rank.get(t.category, 99) < rank.get(old.category, 99):
                best[key] = t
        self._squeezed = best
        self._single = {k: t for k, t in best.items() if " " not in t.text}
        index: dict[str, list[str]] = {}
        for key in self._single:
            if len(key) >= _MIN_FUZZY and key.isascii() and key.isalpha():
                for d in _deletes(key, 2 if len(key) >= _TWO_EDITS else 1):
                    index.setdefault(d, []).append(key)
        self._index = index
        sounds: dict[str, list[str]] = {}
        for key in self._single:
            if len(key) >= _MIN_SOUND_TERM and key.isascii() and key.isalpha():
                k = metaphone(key)
                if len(k) >= _MIN_SOUND_KEY:
                    sounds.setdefault(k, []).append(key)
        self._sounds = sounds
        # terms inside words run together ("familyfromSanSalvador", "speaksonlySpanishathome")
        inner = ahocorasick.Automaton()
        for key, t in self._squeezed.items():
            if len(key) >= _MIN_INNER and key.isalpha():
                inner.add_word(key, (key, t))
        inner.make_automaton()
        self._inner = inner
        self._sound_cache: dict[str, str | None] = {}
        # with the chat shorthand precision.yaml lists ("sumn" is "something", not "Samoan" heard)
        self.english = frozenset(top_n_list("en", _ENGLISH_WORDS)) | frozenset(english_extra)
        # frequent English words of five letters or more that are no term: what a typing slip is of
        self._common = frozenset(w for w in top_n_list("en", _TYPO_WORDS) if len(w) >= 5 and not self._exact(w))
        self._fuzzy_cache: dict[str, str | None] = {}
        # multi-word names by all but their last word: "grove" -> [("hall", term)]
        lasts: dict[str, list[tuple[str, Term]]] = {}
        for t in best.values():
            head, sep, last = t.text.rpartition(" ")
            if sep and len(last) >= 4 and t.category in _NAME_CATEGORIES and last.isalpha():
                lasts.setdefault(head, []).append((last, t))
        # a head made only of everyday words ("the gambia", "white hispanic") is left out: the scan
        # would stop at every "the" (measured: a third of this matcher's time)
        common = frozenset(top_n_list("en", _COMMON_WORDS))
        lasts = {h: v for h, v in lasts.items() if not all(w in common for w in h.split())}
        self._lasts = lasts
        self._heads = (
            re.compile(r"(?<![^\W_])(" + alternation(list(lasts)) + r") ([a-z]{3,})(?![^\W_])") if lasts else None
        )

    def match(self, view: str) -> list[Hit]:
        hits: list[Hit] = []
        if _SPACED_HINT.search(view) is not None:
            for m in _SPACED.finditer(view):
                self._spaced(view, m, hits)
        # only the tokens around a letter-punctuation-letter seam (a full regex pass over every
        # word measured several times slower)
        done = -1
        for m in _SPLIT_HINT.finditer(view):
            if m.start() < done:
                continue
            ts = max(view.rfind(" ", 0, m.start()) + 1, 0)
            te = view.find(" ", m.end())
            te = len(view) if te < 0 else te
            done = te
            for t in _SPLIT.finditer(view, ts, te):
                joined = _NOT_LETTER.sub("", t.group(0))
                if len(joined) <= 2 and not view.endswith(("the ", "in "), 0, t.start()):
                    # "struck J.P. in the eye", "from D.R.": a person's initials (outsider round 23);
                    # "back to the D.R.", "born in D.R." name the place
                    continue
                term = self._lookup(joined)
                if term is not None:
                    hits.append(Hit(t.start(), t.end(), term, "split"))
        # only around a letter next to a digit (a regex over every word measured several times slower)
        done = -1
        for m in _DIGITS.finditer(view):
            if m.start() < done:
                continue
            ws = m.start()
            while ws > 0 and (view[ws - 1].isalnum() or view[ws - 1] in "@$"):
                ws -= 1
            we = m.end()
            while we < len(view) and (view[we].isalnum() or view[we] in "@$"):
                we += 1
            done = we
            w = view[ws:we]
            if we - ws < 4 or _ORDINAL.fullmatch(w) is not None:
                continue
            for table in (_LEET_I, _LEET_L):
                read = w.translate(table)
                term = self._lookup(read)
                if term is None and len(read) >= _MIN_FUZZY and read.isalpha() and read not in self.english:
                    key = self._fuzzy(read)  # "1ndocumented": a look-alike digit and a misspelling
                    term = self._single[key] if key is not None else None
                if term is not None:
                    hits.append(Hit(ws, we, term, "leet"))
                    break
        if self._heads is not None:
            for m in self._heads.finditer(view):
                self._cut_name(m, hits)
        # most words are English or exact terms: look at positions only for the rest
        if _RUN_TOGETHER.search(view) is not None:
            for m in _RUN_TOGETHER.finditer(view):
                if m.group(0) in self.english:
                    continue
                for _end, (_key, term) in self._inner.iter(m.group(0)):
                    hits.append(Hit(m.start(), m.end(), term, "inner"))
                    break
        odd = {w for w in _WORD4.findall(view) if w not in self.english and not self._exact(w)}
        # a word written backwards so that nobody reading over a shoulder gets it ("ilamos",
        # "detnemucodnu", "kcolb-h"): read back to front (outsider round 30)
        for m in _BACKWARDS.finditer(view):
            w = m.group(0)
            if w in self.english or (w.isalpha() and self._exact(w)):
                continue
            back = w[::-1]
            term = self._lookup(back) or self._lookup(back.replace("-", " ")) or self._lookup(back.replace("-", ""))
            if term is not None and len(back.replace("-", "")) >= 5:
                hits.append(Hit(m.start(), m.end(), term, "backwards"))
        for w in odd:
            key = self._fuzzy(w) if len(w) >= _MIN_FUZZY else None
            how = "fuzzy"
            if key is None:
                key = self._sound(w)
                how = "sound"
            if key is not None and (how == "sound" or OSA.distance(w, key) >= 2) and self._english_typo(w):
                key = None  # "libary": a letter dropped from "library", not "Liberia" heard (outsider round 25)
            if key is not None:
                for m in re.finditer(rf"(?<![^\W_]){w}(?![^\W_])", view):
                    hits.append(Hit(m.start(), m.end(), self._single[key], how))
        return hits

    def _english_typo(self, w: str) -> bool:
        """``w`` is a frequent English word (no term) with one letter dropped or two swapped, the
        commonest typing slips: nearer to that word than to any term it sounds like."""
        common = self._common
        for i in range(len(w) + 1):
            for ch in _LETTERS:
                if w[:i] + ch + w[i:] in common:
                    return True
        return any(w[:i] + w[i + 1] + w[i] + w[i + 2 :] in common for i in range(len(w) - 1))

    def _sound(self, w: str) -> str | None:
        try:
            return self._sound_cache[w]
        except KeyError:
            pass
        best: str | None = None
        # a word without a vowel is shorthand ("drvr", "stdnt"), never a misheard name: "drvr"
        # sounds like "Darfur" to Metaphone (outsider round 22)
        keys = self._sounds.get(metaphone(w), ()) if any(ch in "aeiouy" for ch in w) else ()
        for key in keys:
            if (
                key[0] == w[0]
                and abs(len(key) - len(w)) <= 2
                and OSA.distance(w, key, score_cutoff=_SOUND_EDITS) <= _SOUND_EDITS
            ):
                best = key
                break
        if len(self._sound_cache) < 16384:
            self._sound_cache[w] = best
        return best

    def _cut_name(self, m: re.Match[str], hits: list[Hit]) -> None:
        """"Grove Hal" for "Grove Hall": the last word cut short (at least three letters) or within
        one edit; a real English word counts only as a cut ("hal"), never as a change ("hill")."""
        w = m.group(2)
        for last, term in self._lasts[m.group(1)]:
            if w == last or (w.endswith("s") and w[:-1] == last):
                continue  # exact: the automaton has it
            cut = last.startswith(w) and len(last) - len(w) <= 2
            if cut or (w not in self.english and OSA.distance(w, last, score_cutoff=1) <= 1):
                hits.append(Hit(m.start(), m.end(), term, "cut"))
                return

    def _exact(self, w: str) -> bool:
        return w in self._single or (w.endswith("s") and w[:-1] in self._single)

    def _lookup(self, joined: str) -> Term | None:
        t = self._squeezed.get(joined)
        if t is None and joined.endswith("s"):
            t = self._squeezed.get(joined[:-1])
        return t

    def _spaced(self, view: str, m: re.Match[str], hits: list[Hit]) -> None:
        idx = [i for i in range(m.start(), m.end()) if view[i].isalpha()]
        letters = "".join(view[i] for i in idx)
        n = len(letters)
        # the longest term at each start, letters being words of their own
        i = 0
        while i < n:
            found = 0
            for j in range(n, i + 3, -1):
                t = self._lookup(letters[i:j]) or self._spelled.get(letters[i:j])
                if t is not None:
                    hits.append(Hit(idx[i], idx[j - 1] + 1, t, "spaced"))
                    found = j
                    break
            i = found if found else i + 1

    def _fuzzy(self, w: str) -> str | None:
        try:
            return self._fuzzy_cache[w]
        except KeyError:
            pass
        best: str | None = None
        best_d = 3
        for d in _deletes(w, 2 if len(w) >= _TWO_EDITS else 1):
            for key in self._index.get(d, ()):
                limit = 2 if len(key) >= _TWO_EDITS else 1
                dist = OSA.distance(w, key, score_cutoff=limit)
                if dist <= limit and dist < best_d:
                    best, best_d = key, dist
        if len(self._fuzzy_cache) < 16384:
            self._fuzzy_cache[w] = best
        return best
