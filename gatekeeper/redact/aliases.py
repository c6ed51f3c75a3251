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
from collections.abc import Sequence
from dataclasses import dataclass

from gatekeeper.core.types import Category, Span

_CAP_NAME = re.compile(r"\b(?!(?:The|A|An|His|Her|Their)\b)[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+")
_INITIALS = re.compile(r"(?<![\w.])[A-Z]{2,5}(?![\w.])")
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class AliasSpec:
    category: Category
    markers: re.Pattern[str]  # matched right after initials ("tattoo", "hand sign")
    explained: re.Pattern[str]  # words that explain initials right after them ("stands for")


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
    m = _SENTENCE_END.search(text, e)
    return lo, (m.start() if m is not None else len(text))


def alias_spans(text: str, spans: Sequence[Span], specs: Sequence[AliasSpec]) -> list[Span]:
    """``spans`` with the recurrences of every name their findings give (sorted, non-overlapping)."""
    by_cat = {sp.category: sp for sp in specs}
    names: dict[str, Category] = {}
    for sp in spans:
        spec = by_cat.get(sp.category)
        if spec is None:
            continue
        for m in _CAP_NAME.finditer(text, sp.start, sp.end):
            names.setdefault(m.group(0), sp.category)
        lo, hi = _sentence(text, sp.start, sp.end)
        for m in _INITIALS.finditer(text, lo, hi):
            # on a marker ("LRC tattoo"), or explained at once ("LRC stands for ..."); initials
            # elsewhere in the sentence ("1:26 PM", "SSS Adebayo") are not the crew's
            if spec.markers.match(text, m.end()) is not None or spec.explained.match(text, m.end() + 1) is not None:
                names.setdefault(m.group(0), sp.category)
    if not names:
        return list(spans)
    out = list(spans)
    covered = [(sp.start, sp.end) for sp in spans]
    for name, cat in names.items():
        for m in re.finditer(r"(?<![\w'\u2019])" + re.escape(name) + r"(?![\w'\u2019])", text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                out.append(Span(m.start(), m.end(), cat, "alias"))
                covered.append((m.start(), m.end()))
    out.sort(key=lambda sp: (sp.start, -sp.end))
    merged: list[Span] = []
    for sp in out:
        if merged and sp.start < merged[-1].end:
            last = merged[-1]
            if sp.end > last.end:
                merged[-1] = Span(last.start, sp.end, last.category, last.rule)
            continue
        merged.append(sp)
    return merged
