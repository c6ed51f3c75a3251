"""Normalisation of free-form names typed by staff, and phrase matching over a reviewed taxonomy."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = dict.fromkeys(map(ord, "'\u2018\u2019\u02bc`\u00b4"), None)


def _strip_format(text: str) -> str:
    # zero-width and other format characters (soft hyphen, ZWSP, ZWJ, BOM, bidi marks)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def fold(text: str) -> str:
    """NFKC, format characters removed, case-folded."""
    return _strip_format(unicodedata.normalize("NFKC", text)).casefold()


# What a web form's editor leaves in a field nobody wrote in: "<p><br></p>", "&nbsp;", "<div></div>"
_MARKUP = re.compile(r"<[^<>\n]{0,200}>|&(?:nbsp|ensp|emsp|thinsp|zwsp|#160|#xa0|#8203|#x200b);", re.IGNORECASE)


def is_blank(text: str | None) -> bool:
    """True for None, empty, whitespace-only or format-character-only text, and for an editor's
    markup with nothing written in it (outsider round 44: a threat statement of "<p><br></p>")."""
    if text is None:
        return True
    t = _strip_format(unicodedata.normalize("NFKC", text)).strip()
    if t and ("<" in t or "&" in t):
        t = _MARKUP.sub("", t).strip()
    return not t


def singular(tok: str) -> str:
    """A canonical form that makes simple plurals and their singular agree.

    Applied identically to taxonomy phrases and to input, so only agreement matters:
    "bars"->"bar", "gummies"/"gummy"->"gummie", "brownies"/"brownie"->"brownie".
    """
    plural_ies = len(tok) > 4 and tok.endswith("ies")
    if plural_ies or (len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is"))):
        tok = tok[:-1]
    if len(tok) > 3 and tok.endswith("y"):
        tok = tok[:-1] + "ie"
    return tok


def words(text: str) -> tuple[str, ...]:
    """Normalised words: folded, apostrophes dropped, split on anything but letters and digits
    (so hyphens, underscores and punctuation separate words), simple plurals made singular."""
    return tuple(singular(t) for t in _WORD.findall(fold(text).translate(_APOSTROPHES)))


def key(text: str) -> str:
    """A snake_case key: folded, every run of non-alphanumerics (spaces, hyphens...) becomes "_"."""
    return "_".join(_WORD.findall(fold(text).translate(_APOSTROPHES)))


@dataclass(frozen=True, slots=True)
class Modifier:
    name: str
    mode: str  # "add" or "replace"
    result: Mapping[str, str]  # qualified class, "container:<name>" or "*" -> class
    alone: str | None


@dataclass(frozen=True, slots=True)
class Container:
    name: str
    default_class: str | None


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # "class" | "container" | "modifier"
    target: str


@dataclass
class PhraseTaxonomy:
    """Phrase -> class matching, longest phrase first, left to right, over normalised words."""

    classes: tuple[str, ...]
    aliases: Mapping[str, Iterable[str]] = field(default_factory=dict)
    containers: Mapping[str, tuple[Container, Iterable[str]]] = field(default_factory=dict)
    modifiers: Mapping[str, tuple[Modifier, Iterable[str]]] = field(default_factory=dict)
    # Words after which the text names what the thing resembles, not what it is ("BB gun (looks
    # like a real rifle)"): nothing from the first of them on is classified
    comparisons: Iterable[str] = ()

    def __post_init__(self) -> None:
        self._priority = {c: i for i, c in enumerate(self.classes)}
        self._index: dict[tuple[str, ...], _Entry] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}
        self._containers = {name: c for name, (c, _) in self.containers.items()}
        self._modifiers = {name: m for name, (m, _) in self.modifiers.items()}
        for cls, phrases in self.aliases.items():
            self._add(phrases, _Entry("class", cls))
        for name, (_, phrases) in self.containers.items():
            self._add(phrases, _Entry("container", name))
        for name, (_, phrases) in self.modifiers.items():
            self._add(phrases, _Entry("modifier", name))
        lengths: dict[str, set[int]] = {}
        for phrase in self._index:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        self._comparisons = tuple(ws for ws in (words(p) for p in self.comparisons) if ws)

    def _add(self, phrases: Iterable[str], entry: _Entry) -> None:
        for phrase in phrases:
            ws = words(phrase)
            if not ws:
                raise ValueError("an empty phrase")
            old = self._index.get(ws)
            if old is not None and old != entry:
                phrase_text = " ".join(ws)
                raise ValueError(f"phrase '{phrase_text}' is listed for both {old.target} and {entry.target}")
            self._index[ws] = entry

    def phrase_count(self) -> int:
        return len(self._index)

    def match(self, ws: tuple[str, ...]) -> list[_Entry]:
        out: list[_Entry] = []
        i, n = 0, len(ws)
        while i < n:
            for length in self._lengths.get(ws[i], ()):
                if i + length <= n:
                    entry = self._index.get(ws[i : i + length])
                    if entry is not None:
                        out.append(entry)
                        i += length
                        break
            else:
                i += 1
        return out

    def classify(self, text: str) -> tuple[str, ...]:
        """Every class the text names, most important first (the taxonomy's order); () if none."""
        ws = words(text)
        for cmp in self._comparisons:
            for i in range(len(ws) - len(cmp) + 1):
                if ws[i : i + len(cmp)] == cmp:
                    ws = ws[:i]
                    break
        entries = self.match(ws)
        if not entries:
            return ()
        # each modifier qualifies the next non-modifier phrase after it, else the nearest before it
        qualifies: dict[int, list[Modifier]] = {}
        alone: list[str] = []
        bases = [i for i, e in enumerate(entries) if e.kind != "modifier"]
        for i, e in enumerate(entries):
            if e.kind != "modifier":
                continue
            mod = self._modifiers[e.target]
            after = [j for j in bases if j > i]
            before = [j for j in bases if j < i]
            if after:
                qualifies.setdefault(after[0], []).append(mod)
            elif before:
                qualifies.setdefault(before[-1], []).append(mod)
            elif mod.alone is not None:
                alone.append(mod.alone)
        content: list[str] = list(alone)
        defaults: list[str] = []
        for j in bases:
            e = entries[j]
            base = e.target if e.kind == "class" else f"container:{e.target}"
            got: list[str] = [e.target] if e.kind == "class" else []
            is_container = e.kind == "container"
            for mod in qualifies.get(j, ()):
                res = mod.result.get(base, mod.result.get("*"))
                if res is None:
                    continue
                if mod.mode == "replace":
                    got = [res]
                else:
                    got.append(res)
                is_container = False
            if is_container:
                if not got:
                    default = self._containers[e.target].default_class
                    if default is not None:
                        defaults.append(default)
                continue
            content.extend(got)
        chosen = content if content else defaults
        return tuple(sorted(set(chosen), key=lambda c: self._priority.get(c, len(self._priority))))
