"""The Redactor: what of a student report may reach police, and a record of what was withheld.

Structured student fields are released by allowlist (``policies/redaction/fields.yaml``), after
normalising the field name. Decisions documented here and in fields.yaml:

- only top-level keys are released; a nested object is released only under ``name`` (its
  allowlisted name-part sub-keys, scalars only). An allowlisted name deeper down is withheld.
- a non-scalar value under an allowlisted key is withheld; so is a string longer than 200 chars.
- ``name`` values are released as given (names stay); ``student_id`` and ``date_of_birth`` as
  given; every other released string (``school``, ``grade``, ...) is scanned and its forbidden
  spans become ``[WITHHELD]``.
- a released field is emitted under its canonical name (``dob`` → ``date_of_birth``); a second key
  that maps to the same canonical name is withheld (``not_allowlisted``).
- a withheld field's path is ``student.`` + the normalised key path; a segment that itself reveals
  a value (``{"Haitian": true}``, ``speaks_spanish``) is written ``[withheld]``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gatekeeper.core.request import SubmitRequest
from gatekeeper.core.types import Category, Redaction, Span, merge_spans
from gatekeeper.redact.clauses import CODE_VALUE, TAG, TAG_ATTR, TAG_NAME, clause_regions
from gatekeeper.redact.dictation import punctuated
from gatekeeper.redact.lexicon import RedactorLoadError, load_lexicon, read_yaml
from gatekeeper.redact.normalize import normalize_key
from gatekeeper.redact.report import ReleasedReport, _make_report
from gatekeeper.redact.review import _JOIN, Doubt, doubts, free_text, replace_span, set_text
from gatekeeper.redact.scanner import Scanner
from gatekeeper.redact.transport import Repaired, repaired

MARKER = "[WITHHELD]"
PATH_MARKER = "[withheld]"
_WORD = re.compile(r"[^\W\d_]{3}")
_ASCII_WORD = re.compile(r"[A-Za-z]{3}")
_CACHE_MAX = 4096
_NAME_FIELDS = frozenset({"name", "first_name", "middle_name", "last_name"})
_UNSEEN: Any = object()


@dataclass(frozen=True)
class RedactionResult:
    report: ReleasedReport
    redactions: tuple[Redaction, ...]
    face_surveillance: bool
    released_fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Fields:
    canonical: dict[str, str]  # normalised synonym -> canonical released name
    name_parts: dict[str, str]  # normalised sub-key of a name object -> canonical part
    unscanned: frozenset[str]  # canonical fields released without scanning
    max_len: int
    keywords: tuple[tuple[tuple[str, ...], Category], ...]
    generic_tokens: frozenset[str]
    scan_if_words: frozenset[str] = frozenset()  # unscanned fields scanned when they hold a word
    # Categories a scanner finding inside a name refuses the request for (no name is made of them).
    name_never_holds: frozenset[Category] = frozenset()
    text_label_skip: frozenset[str] = frozenset()  # labels in free text never judged by keywords
    # Short labels that name a category only before a coded value ("RE: H/L" is race/ethnicity, "RE:
    # Knife incident" an e-mail's reply): label -> (category, the value's pattern)
    coded_labels: tuple[tuple[str, Category, re.Pattern[str]], ...] = ()
    # Labels whose value is one statement ("Alias: ..."): a finding in it takes the whole value
    whole_value_labels: frozenset[str] = frozenset()
    # the same labels as written, a cheap look before the labels' pattern runs
    whole_value_hint: re.Pattern[str] | None = None


def _load_fields(path: Path) -> _Fields:
    doc = read_yaml(path)
    if not isinstance(doc, Mapping):
        raise RedactorLoadError("fields.yaml: expected a mapping")
    allow = doc.get("allowlist")
    if not isinstance(allow, Mapping) or not allow:
        raise RedactorLoadError("fields.yaml: allowlist must be a non-empty mapping")
    canonical: dict[str, str] = {}
    for canon, syns in allow.items():
        if not isinstance(syns, list):
            raise RedactorLoadError(f"fields.yaml: allowlist.{canon} must be a list")
        for s in [canon, *syns]:
            canonical[normalize_key(s)] = str(canon)
    parts_raw = doc.get("name_parts") or {}
    if not isinstance(parts_raw, Mapping):
        raise RedactorLoadError("fields.yaml: name_parts must be a mapping")
    name_parts = {normalize_key(s): str(c) for c, syns in parts_raw.items() for s in [c, *(syns or [])]}
    kw_raw = doc.get("keywords")
    if not isinstance(kw_raw, Mapping):
        raise RedactorLoadError("fields.yaml: keywords must be a mapping")
    keywords: list[tuple[tuple[str, ...], Category]] = []
    try:
        for cat, words in kw_raw.items():
            c = Category(str(cat))
            for w in words or []:
                keywords.append((tuple(normalize_key(w).split("_")), c))
    except ValueError as exc:
        raise RedactorLoadError(f"fields.yaml: keywords: {exc}") from exc
    generic = frozenset(normalize_key(w) for w in doc.get("generic_field_words") or [])
    unscanned = frozenset(str(x) for x in doc.get("released_unscanned") or [])
    scan_if_words = frozenset(str(x) for x in doc.get("scan_if_words") or [])
    max_len = int(doc.get("max_value_length", 200))
    try:
        never = frozenset(Category(str(c)) for c in doc.get("name_never_holds") or [])
    except ValueError as exc:
        raise RedactorLoadError(f"fields.yaml: name_never_holds: {exc}") from exc
    skip = frozenset(normalize_key(str(x)) for x in doc.get("text_label_skip") or [])
    coded: list[tuple[str, Category, re.Pattern[str]]] = []
    for label, spec in (doc.get("coded_labels") or {}).items():
        if not isinstance(spec, Mapping) or "category" not in spec or "values" not in spec:
            raise RedactorLoadError(f"fields.yaml: coded_labels.{label} needs category and values")
        try:
            coded.append(
                (normalize_key(str(label)), Category(str(spec["category"])), re.compile(str(spec["values"]), re.I))
            )
        except (ValueError, re.error) as exc:
            raise RedactorLoadError(f"fields.yaml: coded_labels.{label}: {exc}") from exc
    raw_whole = [str(x) for x in doc.get("whole_value_labels") or []]
    whole = frozenset(normalize_key(x) for x in raw_whole)
    hint = re.compile("|".join(re.escape(x) for x in raw_whole), re.IGNORECASE) if raw_whole else None
    return _Fields(
        canonical,
        name_parts,
        unscanned,
        max_len,
        tuple(keywords),
        generic,
        scan_if_words,
        never,
        skip,
        tuple(coded),
        whole,
        hint,
    )


class Redactor:
    """Built once from the policy files; every method is pure and thread-safe."""

    def __init__(self, scanner: Scanner, fields: _Fields) -> None:
        self._scanner = scanner
        self._fields = fields
        # Field names repeat across requests: their category is memoised (bounded).
        self._key_cache: dict[str, Category | None] = {}
        # The category a short withheld string value reveals (values repeat: "Y", "Asian", "ELL level 2").
        self._value_cache: dict[str, Category | None] = {}
        # A raw student key's normalised form and canonical released name (layouts repeat; bounded).
        self._student_keys: dict[str, tuple[str, str | None]] = {}
        # Whether a student mapping's own keys name face-surveillance fields, by key tuple (bounded).
        self._face_keys: dict[tuple[Any, ...], bool] = {}

    @classmethod
    def load(cls, policy_dir: Path) -> Redactor:
        rdir = Path(policy_dir) / "redaction"
        if not rdir.is_dir():
            raise RedactorLoadError(f"no redaction policy folder: {rdir}")
        try:
            return cls(Scanner(load_lexicon(rdir)), _load_fields(rdir / "fields.yaml"))
        except RedactorLoadError:
            raise
        except (TypeError, ValueError, AttributeError) as exc:
            raise RedactorLoadError(f"malformed redaction policy: {exc}") from exc

    # ---------------------------------------------------------------------- free text
    def scan(self, text: str, *, protect: Sequence[str] = ()) -> list[Span]:
        return self._scanner.scan(text, protect)

    def redact_text(self, text: str, path: str, *, protect: Sequence[str] = ()) -> tuple[str, list[Redaction]]:
        """Withhold every statement of a forbidden fact in ``text``: each finding's clause (see
        ``clauses``), neighbouring withheld clauses as one marker. One ``Redaction`` per withheld
        region and category, with the region's offsets."""
        return self._redact_text(text, path, protect, {})

    def _redact_text(
        self,
        text: str,
        path: str,
        protect: Sequence[str],
        extra: Mapping[str, Category],
        found: dict[str, list[Span]] | None = None,
    ) -> tuple[str, list[Redaction]]:
        """``redact_text``, with ``extra`` names (given by a statement in another field of the same
        request) withheld where they occur here; the scanner's findings are kept in ``found``."""
        # a dictation's spoken marks read as marks (same offsets; police get the text as dictated)
        view = punctuated(text)
        # damage done on the way (mojibake, HTML, quoted-printable, a word wrapped at a margin)
        # undone in a view of its own; what is found there is withheld from the text as it came
        fixed = repaired(view, self._scanner.is_word_or_term, self._says_nothing)
        return self._withheld(text, view if fixed is None else fixed.text, path, protect, extra, found, fixed)

    def _says_nothing(self, line: str) -> bool:
        return not self._scanner.scan(line)

    def _withheld(
        self,
        text: str,
        view: str,
        path: str,
        protect: Sequence[str],
        extra: Mapping[str, Category],
        found: dict[str, list[Span]] | None,
        fixed: Repaired | None,
    ) -> tuple[str, list[Redaction]]:
        """``text`` with its statements withheld, as found on ``view`` (``text`` itself, a
        dictation's punctuated view of the same length, or ``fixed``'s repaired view)."""
        spans = self._scanner.scan(view, protect)
        if found is not None:
            found[path] = spans if fixed is None else [_mapped(sp, fixed) for sp in spans]
        if path == "incident.location" and spans:
            spans = self._place_names_kept(view, spans)
        if ":" in view or "=" in view or "|" in view or "\t" in view:
            labels = self._label_spans(view)
            hint = self._fields.whole_value_hint
            if spans and hint is not None and hint.search(view) is not None:
                labels += self._whole_values(view, spans)
            if labels:
                spans = merge_spans([*spans, *labels])
        if "</" in view or "/>" in view:
            elements = self._element_spans(view)
            if elements:
                spans = merge_spans([*spans, *elements])
        cells: list[tuple[int, int]] = []
        if "\n" in view and (";" in view or "|" in view or "\t" in view or "," in view):
            columns, cells = self._table_spans(view)
            if columns:
                spans = merge_spans([*spans, *columns])
        if extra:
            spans = _with_names(view, spans, extra, self._scanner.locates)
        if "?" in view:
            # (before the early return: a question may ask for a forbidden fact in words that are
            # no finding, "Who are you with?")
            spans = _with_answers(view, spans, self._scanner.questions)
        if not spans:
            return text, []
        if any(sp.category in _POINTED_AT for sp in spans):
            spans = _with_pointers(view, spans)
        keep = self._scanner.protected_spans(view, protect) if protect else []
        if cells:
            regions = _table_regions(view, spans, cells, keep)
        else:
            foreign = frozenset((sp.start, sp.end) for sp in spans if sp.rule == "other_language")
            # (not in the location field, whose places locate the incident: _place_names_kept)
            placed = (
                frozenset((sp.start, sp.end) for sp in spans if sp.category in _PLACE_CATEGORIES)
                if path != "incident.location"
                else frozenset()
            )
            # a handle, and a finding of a phrase-scoped rule (a club's name), is withheld as itself
            phrases = self._scanner.phrase_rules
            alone = frozenset((sp.start, sp.end) for sp in spans if sp.rule == "handle" or sp.rule in phrases)
            regions = clause_regions(view, [(sp.start, sp.end) for sp in spans], keep, foreign, placed, alone)
            if ":" in view:
                regions = self._with_own_labels(view, regions)
        if fixed is not None:
            spans = [_mapped(sp, fixed) for sp in spans]
            regions = _regions_mapped(regions, fixed)
        out: list[str] = []
        reds: list[Redaction] = []
        pos = 0
        k = 0
        for rs, re_ in regions:
            out.append(text[pos:rs])
            out.append(MARKER)
            pos = re_
            seen: set[Category] = set()
            while k < len(spans) and spans[k].start < re_:
                for cat in sorted(spans[k].categories, key=lambda c: (c is not spans[k].category, c.value)):
                    if cat not in seen:
                        seen.add(cat)
                        reds.append(Redaction(path, cat, rs, re_))
                k += 1
        out.append(text[pos:])
        return "".join(out), reds

    def _with_own_labels(self, text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A withheld value whose label names its category goes with the label ("lists 'Preferred
        language: [WITHHELD]'" told what was withheld, and a re-check read the label as a finding:
        outsider round 46)."""
        grown: list[tuple[int, int]] = []
        for rs, re_ in regions:
            m = _LABEL_BEFORE.search(text, max(0, rs - 40), rs)
            if m is not None and self._label_category(m.group("k")) is not None:
                rs = m.start("k")
            grown.append((rs, re_))
        return _joined(grown)

    def _label_spans(self, text: str) -> list[Span]:
        """Form fields inside free text whose label names a forbidden category (fields.yaml keywords,
        as for a structured field): label and value, as one finding."""
        out: list[Span] = []
        for m in _TEXT_LABEL.finditer(text):
            cat = self._field_category(m.group("k"), m.group("v"))
            if cat is None:
                continue
            code = CODE_VALUE.match(text, m.start("v"), m.end("v"))
            # "LEP: Y Ling would not answer": the flag's code is the value, the narrative goes on
            end = code.end() if code is not None else m.end("v")
            while end > m.start("k") and text[end - 1] in " \t.,":
                end -= 1
            out.append(Span(m.start("k"), max(end, m.end("k")), cat, "text_label"))
        for m in _NESTED_LABEL.finditer(text):
            cat = self._field_category(m.group("k"), m.group("v"))
            if cat is not None:
                out.append(Span(m.start("k"), m.end("v"), cat, "text_label"))
        for m in _PAIR_LABEL.finditer(text):
            cat = self._label_category(m.group("k") or m.group("k2"))
            if cat is not None:  # '"race": "Black"', "| Race | Black |": a field and its value
                out.append(Span(m.start(), m.end(), cat, "text_label"))
        return out

    def _whole_values(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """A labelled value that is one statement about the person (fields.yaml whole_value_labels:
        'Alias: "Baby Bowdoin" (Bowdoin Boyz)') with a finding in it: the whole value."""
        out: list[Span] = []
        for m in _TEXT_LABEL.finditer(text):
            if normalize_key(m.group("k").strip()) not in self._fields.whole_value_labels:
                continue
            vs, ve = m.span("v")
            while ve > vs and text[ve - 1] in " \t.,":
                ve -= 1
            inside = [sp for sp in spans if vs <= sp.start and sp.end <= ve]
            if inside and ve > vs:
                out.append(Span(vs, ve, inside[0].category, "text_label"))
        return out

    def _field_category(self, label: str, value: str) -> Category | None:
        """The category a labelled field in free text names, by its label or by its coded value;
        None for a value already withheld (a re-check: a label alone says nothing)."""
        if value.strip(" \t.,") == MARKER:
            return None
        return self._label_category(label) or self._coded_category(label, value)

    def _coded_category(self, label: str, value: str) -> Category | None:
        """The category a short label names before a coded value (fields.yaml coded_labels)."""
        key = normalize_key(label.strip())
        for k, cat, values in self._fields.coded_labels:
            if key == k and values.fullmatch(value.strip().rstrip(".,")):
                return cat
        return None

    def _label_category(self, label: str) -> Category | None:
        """The category a field's label in free text names (fields.yaml keywords), if any."""
        key = normalize_key(label.strip())
        if not key or key in self._fields.text_label_skip:
            return None
        return self._key_category(key)

    def _element_spans(self, text: str) -> list[Span]:
        """XML pasted from a system ("<Race>Black</Race>", '<Eth code="B" desc="Black"/>'): an
        element whose tag names a forbidden category is a form field like a labelled line, and is
        withheld whole, tags, attributes and value; a value such as "Black" says nothing alone."""
        out: list[Span] = []
        for m in _XML_FIELD.finditer(text):
            cat = self._label_category(m.group("k"))
            if cat is not None:
                out.append(Span(m.start(), m.end(), cat, "text_label"))
        for t in TAG.finditer(text):
            if t.group(1) or "=" not in t.group(0):
                continue  # a closing tag, or one without attributes
            for m in _XML_ATTR.finditer(text, t.start(), t.end()):
                cat = self._label_category(m.group("ak"))
                if cat is not None:  # '<Student race="Black">': the attribute is the field
                    out.append(Span(m.start("ak"), m.end(), cat, "text_label"))
        return out

    def _place_names_kept(self, text: str, spans: list[Span]) -> list[Span]:
        """The incident's location field names where it happened: a neighbourhood or a street
        named there ("White Stadium, Franklin Park") stays, unless the field says someone lives
        there ("student's home, Wendover St")."""
        named = [sp for sp in spans if sp.category is Category.NEIGHBORHOOD and sp.rule in _PLACE_NAME_RULES]
        if not named or self._scanner.says_residence(text):
            return spans
        return [sp for sp in spans if sp not in named]

    def _table_spans(self, text: str) -> tuple[list[Span], list[tuple[int, int]]]:
        """A delimited export pasted into free text ("RefID;Stu;LEPflag;Ctry_Origin" over its rows):
        a column whose header names a forbidden category (fields.yaml keywords) is withheld in
        every row below it, header cell included. Rows end at the first line with another count
        of cells. Also every cell of such a table: a cell, not a clause, is a row's statement."""
        out: list[Span] = []
        cells: list[tuple[int, int]] = []
        lines: list[tuple[int, str]] = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        i = 0
        while i < len(lines) - 1:
            found = self._table_at(lines, i)
            if found is None:
                i += 1
                continue
            spans, table_cells, rows = found
            out.extend(spans)
            cells.extend(table_cells)
            i += 1 + rows
        return out, cells

    def _table_at(
        self, lines: list[tuple[int, str]], i: int
    ) -> tuple[list[Span], list[tuple[int, int]], int] | None:
        header = lines[i][1]
        for delim in _TABLE_DELIMS:
            if header.count(delim) < 2:
                continue
            heads = [header[a:b] for a, b in _cells(header, delim)]
            if not all(_TABLE_HEAD.fullmatch(h.strip()) or not h.strip() for h in heads):
                continue
            cols: dict[int, Category] = {}
            for n, h in enumerate(heads):
                cat = self._label_category(h)
                if cat is not None:
                    cols[n] = cat
            rows = _rows_like(lines, i, len(heads), delim)
            if not cols:
                if delim == "|" and _is_rule_line(lines, i + 1):
                    # a markdown header with no such column ("| Field | Value |") heads the rows
                    # below it: none of them is a header ("| Race | Black |" is a field's row)
                    return [], [], rows
                continue
            spans: list[Span] = []
            table_cells: list[tuple[int, int]] = []
            for row_start, row in lines[i : i + rows + 1]:
                bounds = _cells(row, delim)
                for n, (a, b) in enumerate(bounds):
                    cell = row[a:b]
                    if cell.strip() and cell.strip() != MARKER and not _RULE_CELL.fullmatch(cell.strip()):
                        lo = row_start + a + len(cell) - len(cell.lstrip())
                        hi = row_start + a + len(cell.rstrip())
                        table_cells.append((lo, hi))
                        if n in cols:
                            spans.append(Span(lo, hi, cols[n], "table_column"))
            if rows:
                return spans, table_cells, rows
        return None

    # ---------------------------------------------------------------------- student fields
    @property
    def name_never_holds(self) -> frozenset[Category]:
        return self._fields.name_never_holds

    def name_values(self, student: Mapping[str, Any]) -> list[tuple[str, Any, bool]]:
        """Every value released as a name: (canonical path, value, is a part of a name). The path
        is ours (student.first_name, student.name.last), never the key the caller sent."""
        out: list[tuple[str, Any, bool]] = []
        for raw_key, value in student.items():
            canon = self._fields.canonical.get(normalize_key(raw_key))
            if canon not in _NAME_FIELDS or value is None:
                continue
            if canon == "name" and isinstance(value, Mapping):
                for pk, pv in value.items():
                    part = self._fields.name_parts.get(normalize_key(pk))
                    if part is not None and pv is not None:
                        out.append((f"student.name.{part}", pv, part != "full"))
            elif not isinstance(value, (Mapping, list, tuple)):
                out.append((f"student.{canon}", value, canon != "name"))
        return out

    def _key_category(self, key: str) -> Category | None:
        try:
            return self._key_cache[key]
        except KeyError:
            pass
        cat = self._key_category_uncached(key)
        if len(self._key_cache) < _CACHE_MAX:
            self._key_cache[key] = cat
        return cat

    def _key_category_uncached(self, key: str) -> Category | None:
        bounded = f"_{key}_"
        for seq, cat in self._fields.keywords:
            if f"_{'_'.join(seq)}_" in bounded:
                return cat
        joined = key.replace("_", "")
        # a keyword run together inside one word of the key ("primaryhomelanguagecode"), never one
        # made of the ends of two ("nurse_visit" holds no "sevis")
        cuts: list[int] = []
        for tok in key.split("_")[:-1]:
            cuts.append((cuts[-1] if cuts else 0) + len(tok))
        for seq, cat in self._fields.keywords:
            w = "".join(seq)
            if len(w) < 5:
                continue
            at = joined.find(w)
            while at >= 0:
                if not any(at < c < at + len(w) for c in cuts):
                    return cat
                at = joined.find(w, at + 1)
        return None

    def _segment(self, key: str) -> tuple[str, Category | None]:
        """The path segment for a normalised key, and the category its own name reveals."""
        if not key or not key.isascii():
            return PATH_MARKER, None
        words = [t for t in key.split("_") if t not in self._fields.generic_tokens]
        if words:
            spans = self._scanner.scan(" ".join(words))
            if spans:
                return PATH_MARKER, spans[0].category
            # a word beyond the field's name that is itself a category's keyword ("IMMIG_FLAG",
            # "siv_holder") says what the value is: the key is not echoed either
            cat = self._key_category("_".join(words))
            if cat is not None:
                return PATH_MARKER, cat
        return key, None

    def _value_category(self, value: Any) -> Category | None:
        """The category a withheld value reveals: face surveillance wherever it occurs in the value
        (it decides a denial: "BRIC face search" is face_surveillance, not gang_affiliation), else the
        first category found."""
        if isinstance(value, str):
            try:
                return self._value_cache[value]
            except KeyError:
                pass
            spans = self._scanner.scan(value)
            cat: Category | None = None
            if spans:
                face = any(Category.FACE_SURVEILLANCE in sp.categories for sp in spans)
                cat = Category.FACE_SURVEILLANCE if face else spans[0].category
            if len(value) <= 128 and len(self._value_cache) < _CACHE_MAX:
                self._value_cache[value] = cat
            return cat
        found: Category | None = None
        if isinstance(value, Mapping):
            for k, v in value.items():
                c = self._key_category(normalize_key(k)) or self._value_category(v)
                if c is Category.FACE_SURVEILLANCE:
                    return c
                found = found or c
        elif isinstance(value, (list, tuple)):
            for v in value:
                c = self._value_category(v)
                if c is Category.FACE_SURVEILLANCE:
                    return c
                found = found or c
        return found

    def _withhold(self, path: str, key: str, value: Any, inherited: Category | None, out: list[Redaction]) -> None:
        seg, revealed = self._segment(key)
        here = f"{path}.{seg}"
        cat = revealed or self._key_category(key) or inherited
        if isinstance(value, Mapping) and value:
            for k, v in value.items():
                self._withhold(here, normalize_key(k), v, cat, out)
            return
        if isinstance(value, (list, tuple)) and value and any(isinstance(v, (Mapping, list)) for v in value):
            for i, v in enumerate(value):
                if isinstance(v, Mapping):
                    for k, vv in v.items():
                        self._withhold(f"{here}[{i}]", normalize_key(k), vv, cat, out)
                else:
                    out.append(Redaction(f"{here}[{i}]", self._leaf_category(cat, v)))
            return
        out.append(Redaction(here, self._leaf_category(cat, value)))

    def _leaf_category(self, cat: Category | None, value: Any) -> Category:
        """A withheld value's category: the one its key names, unless the value itself is derived from
        face surveillance ({"Gang Notes": "ID'd by facial recognition"}), which must deny the request."""
        if cat is None:
            return self._value_category(value) or Category.NOT_ALLOWLISTED
        if isinstance(value, str):
            vcat = self._value_cache.get(value, _UNSEEN)
            if vcat is _UNSEEN:
                vcat = self._value_category(value)
        elif isinstance(value, (Mapping, list, tuple)):
            vcat = self._value_category(value)
        else:
            return cat
        return Category.FACE_SURVEILLANCE if vcat is Category.FACE_SURVEILLANCE else cat

    def redact_student(self, student: Mapping[str, Any]) -> tuple[dict[str, Any], list[Redaction]]:
        released: dict[str, Any] = {}
        redactions: list[Redaction] = []
        f = self._fields
        keys = self._student_keys
        for raw_key, value in student.items():
            hit = keys.get(raw_key) if isinstance(raw_key, str) else None
            if hit is None:
                key = normalize_key(raw_key)
                hit = (key, f.canonical.get(key))
                if isinstance(raw_key, str) and len(keys) < _CACHE_MAX:
                    keys[raw_key] = hit
            key, canon = hit
            if canon is None or canon in released:
                self._withhold("student", key, value, None, redactions)
                continue
            if canon == "name" and isinstance(value, Mapping):
                parts: dict[str, Any] = {}
                for pk, pv in value.items():
                    pkey = normalize_key(pk)
                    part = f.name_parts.get(pkey)
                    if part and part not in parts and isinstance(pv, str) and len(pv) <= f.max_len:
                        parts[part] = pv
                    else:
                        self._withhold("student.name", pkey, pv, None, redactions)
                if parts:
                    released["name"] = parts
                continue
            if isinstance(value, bool) or not isinstance(value, (str, int, float)) or value is None:
                if value is None:
                    continue
                self._withhold("student", key, value, None, redactions)
                continue
            if isinstance(value, str):
                if len(value) > f.max_len:
                    self._withhold("student", key, value, None, redactions)
                    continue
                if canon not in f.unscanned or (canon in f.scan_if_words and _has_word(value)):
                    value, reds = self.redact_text(value, f"student.{canon}")
                    redactions.extend(reds)
            released[canon] = value
        return released, redactions

    # ---------------------------------------------------------------------- whole request
    def _is_face_key(self, value: Any) -> bool:
        if isinstance(value, Mapping):
            # The answer for the keys themselves depends only on the keys, which repeat across
            # requests (one student-record layout per source system): memoised by the key tuple.
            ks = tuple(value)
            hit = self._face_keys.get(ks)
            if hit is None:
                hit = any(self._key_category(normalize_key(k)) is Category.FACE_SURVEILLANCE for k in ks)
                if len(self._face_keys) < _CACHE_MAX:
                    self._face_keys[ks] = hit
            return hit or any(self._is_face_key(v) for v in value.values() if isinstance(v, (Mapping, list, tuple)))
        if isinstance(value, (list, tuple)):
            return any(self._is_face_key(v) for v in value)
        return False

    @staticmethod
    def _file_name(name: str | None, path: str, text: Callable[[str | None, str], str | None]) -> str | None:
        """A file name's words are parted by underscores and dots ("home_contact_log_Wood_Ave.docx"):
        read as words, offsets unchanged; a name with nothing to withhold is released as given."""
        if not name:
            return text(name, path)
        stem, dot, ext = name.rpartition(".")
        # (the extension stays on: "photo 1.jpg", whose "jpg" is no word of any language)
        if dot and len(ext) <= 5:
            parted = stem.translate(_FILE_SEPARATORS) + dot + ext
        else:
            parted = name.translate(_FILE_SEPARATORS)
        if parted == name:
            return text(name, path)
        out = text(parted, path)
        # ... and as written, whose joined words are a crew's handle ("stark_st_crew_chat.png",
        # outsider round 30): lower-case words read apart name no crew
        return text(name, path) if out == parted else out

    def redact_request(self, req: SubmitRequest, notice: str) -> RedactionResult:
        reds: list[Redaction] = []
        student, sreds = self.redact_student(req.student)
        reds.extend(sreds)
        protect = student_names(req.student)

        found: dict[str, list[Span]] = {}

        def text(value: str | None, path: str) -> str | None:
            if value is None:
                return None
            out, r = self._redact_text(value, path, protect, {}, found)
            reds.extend(r)
            return out

        substances = [text(s, f"substances[{i}]") or "" for i, s in enumerate(req.substances)]
        attachments: list[dict[str, Any]] = []
        for i, a in enumerate(req.attachments):
            kind_cat = self._key_category(normalize_key(a.kind))
            kind = text(a.kind, f"attachments[{i}].kind") or ""
            if kind_cat is Category.FACE_SURVEILLANCE:
                reds.append(Redaction(f"attachments[{i}].kind", kind_cat))
                kind = MARKER
            attachments.append({"kind": kind, "name": self._file_name(a.name, f"attachments[{i}].name", text)})
        body: dict[str, Any] = {
            # Typed by people too: a label can carry a forbidden value as well as any free text.
            "school_id": text(req.school_id, "school_id"),
            "recipient": text(req.recipient, "recipient"),
            "ground": text(req.ground, "ground"),
            "substances": substances,
            "weapon": text(req.weapon, "weapon"),
            "threat_statement": text(req.threat_statement, "threat_statement"),
            "incident": {
                "occurred_at": req.incident.occurred_at,
                "location": text(req.incident.location, "incident.location"),
                "description": text(req.incident.description, "incident.description"),
            },
            "student": student,
            "attachments": attachments,
            "notice": notice,
        }
        # A name one field's statement gives ("'Lowland or nothing'" in the threat statement) is
        # withheld where it recurs in another ("he's Lowland now" in the description).
        originals = {
            "threat_statement": req.threat_statement,
            "incident.description": req.incident.description,
            "incident.location": req.incident.location,
        }
        lending = self._scanner.alias_categories
        given_by: dict[str, dict[str, Category]] = {}
        for path in sorted({r.path for r in reds if r.path in originals and r.category in lending}):
            # looked at only where a statement of a lending category was withheld
            given = self._scanner.names_in(originals[path] or "", found.get(path, []))
            if given:
                given_by[path] = given
        names: dict[str, Category] = {}
        for given in given_by.values():
            for name, cat in given.items():
                names.setdefault(name, cat)
        if names:
            for path, original in originals.items():
                # a field's own names already recur withheld in it (the scanner's aliases): only a
                # name another field gives calls for a second pass
                if not original or not any(p != path for p in given_by):
                    continue
                if not any(_occurs(n, original) for n in names):
                    continue
                out, r2 = self._redact_text(original, path, protect, names)
                reds = [r for r in reds if r.path != path] + r2
                if path == "threat_statement":
                    body["threat_statement"] = out
                else:
                    body["incident"][path.split(".", 1)[1]] = out
        face = any(r.category is Category.FACE_SURVEILLANCE for r in reds) or self._is_face_key(req.student)
        released = tuple(f"student.{k}" for k in student)
        return RedactionResult(_make_report(body, fresh=True), tuple(reds), face, released)

    # ---------------------------------------------------------------------- the approver
    def doubts(self, report: ReleasedReport | Mapping[str, Any]) -> list[Doubt]:
        """What the detector kept in a police copy but could not vet (see ``review.doubts``)."""
        body = report.to_dict() if isinstance(report, ReleasedReport) else report
        student = body.get("student")
        return doubts(body, student_names(student) if isinstance(student, Mapping) else ())

    def withhold_further(
        self, report: ReleasedReport | Mapping[str, Any], path: str, start: int, end: int
    ) -> ReleasedReport:
        """The police copy with ``[start, end)`` of its free-text field ``path`` withheld as well
        (an approver's choice), then re-checked: anything the redactor would still withhold goes
        too. Raises ``WithholdError`` for a path or offsets the copy does not have."""
        body = report.to_dict() if isinstance(report, ReleasedReport) else _copy_body(report)
        replace_span(body, path, start, end)
        student = body.get("student")
        protect = student_names(student) if isinstance(student, Mapping) else ()
        for p, text in free_text(body):
            clean, reds = self.redact_text(text, p, protect=protect)
            if reds:
                replace_all(body, p, clean)
        return _make_report(body, fresh=True)

    # ---------------------------------------------------------------------- re-checks
    def recheck(self, report: ReleasedReport | Mapping[str, Any]) -> tuple[Redaction, ...]:
        """What the redactor would still withhold from a released police copy (a ``ReleasedReport``
        or its stored dict): empty for every copy this redactor released, because redaction is
        idempotent and the marker and its neighbours are never a finding. Retention, replay and
        shadow runs use it to ask whether a stored copy passes today's lexicons."""
        body = report.to_dict() if isinstance(report, ReleasedReport) else report
        student = body.get("student")
        student = student if isinstance(student, Mapping) else {}
        protect = student_names(student)
        found: list[Redaction] = []
        for path, text in free_text(body):
            found.extend(self.redact_text(text, path, protect=protect)[1])
        found.extend(self.redact_student(student)[1])
        return tuple(found)


def _mapped(sp: Span, fixed: Repaired) -> Span:
    return Span(fixed.orig_start(sp.start), fixed.orig_end(sp.end), sp.category, sp.rule, sp.others)


def _regions_mapped(regions: Sequence[tuple[int, int]], fixed: Repaired) -> list[tuple[int, int]]:
    """Regions found on a repaired view, in the original's offsets: two that the repair brought
    together (a "<br>" between them read as a line break) are one."""
    return _joined([(fixed.orig_start(rs), fixed.orig_end(re_)) for rs, re_ in regions])


def _joined(regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted regions, those that touch or overlap as one."""
    out: list[tuple[int, int]] = []
    for rs, re_ in regions:
        if out and rs <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], re_))
        else:
            out.append((rs, re_))
    return out


def _copy_body(body: Mapping[str, Any]) -> dict[str, Any]:
    copied: dict[str, Any] = json.loads(json.dumps(body))
    return copied


def replace_all(body: dict[str, Any], path: str, value: str) -> None:
    set_text(body, path, _JOIN.sub(MARKER, value))


def _has_word(value: str) -> bool:
    """Three letters in a row ("born in Haiti"); "2010-03-25" and "S927672" have none. Checked on
    every released id and date of birth, so the common letter-free value costs one comparison."""
    if value.isascii():
        return value.upper() != value.lower() and _ASCII_WORD.search(value) is not None
    return _WORD.search(value) is not None


def student_names(student: Mapping[str, Any]) -> tuple[str, ...]:
    """The student's own name(s), protected from withholding in free text (released anyway)."""
    names: list[str] = []
    for k, v in student.items():
        key = normalize_key(k)
        if key in ("name", "full_name", "student_name", "legal_name"):
            if isinstance(v, str) and len(v) <= 200:
                names.append(v)
            elif isinstance(v, Mapping):
                first = next((v[p] for p in v if normalize_key(p) in ("first", "first_name", "given")), None)
                last = next((v[p] for p in v if normalize_key(p) in ("last", "last_name", "family", "surname")), None)
                if isinstance(first, str) and isinstance(last, str) and len(first) + len(last) <= 200:
                    names.append(f"{first} {last}")
    # a student information system's export splits the name: "Student_First_Name", "LastName"
    first = next((v for k, v in student.items() if normalize_key(k) in _FIRST_KEYS), None)
    last = next((v for k, v in student.items() if normalize_key(k) in _LAST_KEYS), None)
    if isinstance(first, str) and isinstance(last, str) and 0 < len(first) + len(last) <= 200:
        names.append(f"{first} {last}")
    return tuple(names)


_FIRST_KEYS = frozenset({"first_name", "firstname", "student_first_name", "given_name", "first"})
_LAST_KEYS = frozenset({"last_name", "lastname", "student_last_name", "family_name", "surname", "last"})


# "HomeLangCode: SPA", "| Perp Prayer Accom: yes", "IMMIG_FLAG=TRUE": a label at a line's start,
# after a bar or a semicolon, then its value up to the next field
# Findings that only name a place: in the location field they locate the incident.
_PLACE_NAME_RULES = frozenset({"term", "named_street"})
_TABLE_DELIMS = (";", "|", "\t", ",")
# findings that name a place (a home's, a worship place's): one in a phrase that ends its clause
# is that phrase (clauses.clause_regions); a status or a language says more of the whole clause
_PLACE_CATEGORIES = frozenset({Category.NEIGHBORHOOD, Category.RELIGION})
_FILE_SEPARATORS = str.maketrans({"_": " ", ".": " "})
# a markdown table's rule under its header ("|---|:--:|")
_RULE_CELL = re.compile(r":?-{3,}:?")
# A header cell is a field's name: short, a letter first, no sentence punctuation.
_TABLE_HEAD = re.compile(r"[A-Za-z][A-Za-z0-9_ ./#&@()-]{0,30}")

# A label and its value outside a "Label: value" line: a JSON or Python pair ('"race": "Black"',
# "'home_lang': 'so'"), a key-value table's row ("| Race | Black |", "Race<TAB>Black")
_PAIR_LABEL = re.compile(
    r"(?P<q>[\"'])(?P<k>[A-Za-z][\w .-]{0,40})(?P=q)[ \t]*:[ \t]*"
    r"(?:\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|(?![{\[\s])[^,}\]\n]*)"
    r"|^[ \t]*\|?[ \t]*(?P<k2>[A-Za-z][A-Za-z0-9_ ./#&()-]{0,40}?)[ \t]*(?:\||\t)[ \t]*[^|\t\n]*?[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)
_TEXT_LABEL = re.compile(
    # a label holds no sentence's end ("fractured skull. Nationality: ...", outsider round 27), but
    # may hold an abbreviation's ("Prim. Lang.", "Res. Addr")
    # (or after a fixed-width export's gap of two spaces: "Gr 10  Born: Nairobi, Kenya  Lang: ...")
    r"(?:^|(?<=\|)|(?<=;)|(?<=\n)|(?<= / )|(?<=[^ \t][ \t]{2}))[ \t]*"
    r"(?P<k>[A-Za-z](?:[A-Za-z0-9_/#&@-]|[ ](?![ \t])|\.(?![ \t])|"
    r"\.(?:(?<=\b[A-Z]\.)|(?<=\b[A-Z][a-z]\.)|(?<=\b[A-Z][a-z]{2}\.)|(?<=\b[A-Z][a-z]{3}\.)|(?<=\b[A-Z][a-z]{4}\.)))"
    r"{1,28}?)[ \t]*"
    # "Home Lang: SPA", "FLAG=Y", or a dotted leader ("Prim. Lang. ........ K'iche'")
    r"(?:(?:=|:)(?!\d)|\.{2,}(?=[ \t]))"
    r"[ \t]*(?P<v>(?:(?! / )(?![ \t]{2,}[A-Za-z][\w./ ]{0,24}?(?<! )(?:=|:)(?!\d))[^|\n;]){0,80})",
    re.MULTILINE,
)
# A short code label inside another label's value ("Alerts on student record: GDB: Y; SRO flag:
# assoc.", "Demographics from SIS: RE: H/L", "Aspen: HL: 11 (Arabic)", outsider round 27): only
# the inner label and its short value, and only where the inner label names a category
_NESTED_LABEL = re.compile(
    r"(?<=: )(?P<k>[A-Za-z][A-Za-z0-9_ /#&.-]{0,14}?)[ \t]*:[ \t]*(?P<v>[^|\n;:()]{1,24}?)"
    r"(?=[ \t]*(?:[;|\n(]|$|[.,](?:[ \t]|$)))",
    re.MULTILINE,
)

# an element with no child elements, either empty ('<Eth code="B"/>') or holding one line of text
_XML_FIELD = re.compile(
    r"<(?P<k>" + TAG_NAME + r")(?:" + TAG_ATTR + r")*[ \t]*(?:/>|>[^<\n]{0,120}</(?P=k)[ \t]*>)"
)
_XML_ATTR = re.compile(TAG_ATTR)


def _table_regions(
    text: str, spans: list[Span], cells: list[tuple[int, int]], keep: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Withheld regions when ``text`` holds a table: a finding inside a cell withholds that cell,
    any other its clause; cells side by side (only delimiters between) become one region."""
    starts = [c[0] for c in cells]
    exact: list[tuple[int, int]] = []
    prose: list[tuple[int, int]] = []
    for sp in spans:
        k = bisect.bisect_right(starts, sp.start) - 1
        if k >= 0 and cells[k][0] <= sp.start and sp.end <= cells[k][1]:
            exact.append(cells[k])
        else:
            prose.append((sp.start, sp.end))
    regions = sorted([*exact, *(clause_regions(text, prose, keep) if prose else [])])
    merged: list[tuple[int, int]] = []
    for rs, re_ in regions:
        if merged and (rs <= merged[-1][1] or _only_delims(text[merged[-1][1] : rs])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], re_))
        else:
            merged.append((rs, re_))
    return merged


def _cells(line: str, delim: str) -> list[tuple[int, int]]:
    """Offsets of ``line``'s cells split at ``delim``; a cell in double quotes may hold the
    delimiter ('"Reis, J"'), as in CSV."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while True:
        j = i
        while j < n and line[j] == " ":
            j += 1
        if j < n and line[j] == '"':
            close = line.find('"', j + 1)
            while close >= 0 and close + 1 < n and line[close + 1] == '"':
                close = line.find('"', close + 2)  # "" is a quote inside the cell
            k = line.find(delim, close + 1) if close >= 0 else line.find(delim, j)
        else:
            k = line.find(delim, j)
        if k < 0:
            out.append((i, n))
            return out
        out.append((i, k))
        i = k + len(delim)


def _is_rule_line(lines: list[tuple[int, str]], i: int) -> bool:
    if i >= len(lines):
        return False
    cells = [c.strip() for c in lines[i][1].split("|")]
    return any(cells) and all(_RULE_CELL.fullmatch(c) for c in cells if c)


def _rows_like(lines: list[tuple[int, str]], i: int, width: int, delim: str) -> int:
    """How many lines below ``lines[i]`` have its count of cells."""
    rows = 0
    for _, row in lines[i + 1 :]:
        if not row.strip() or len(_cells(row, delim)) != width:
            break
        rows += 1
    return rows


def _only_delims(gap: str) -> bool:
    return bool(gap) and "\n" not in gap and all(c in ";|,\t " for c in gap)


# A sentence that points back at a withheld statement about a group or a status ("... flagged the
# Corbet St group. Per the AP, Rashad is one of them.") says it again of the student.
_POINTED_AT = frozenset({Category.GANG_AFFILIATION, Category.IMMIGRATION_STATUS})
_POINTER = re.compile(
    r"\b(?:(?:is|was|are|were|'s)\s+(?:(?:also|still|now|definitely|probably)\s+)?(?:one\s+of\s+them|with\s+them|"
    r"part\s+of\s+(?:it|that|them|the\s+group|that\s+group|the\s+crew|that\s+crew)|in\s+(?:it|that\s+group|the\s+group))"
    r"|(?:runs|ran|rolls|rolled|hangs|hung|moves|moved)\s+with\s+them|same\s+(?:situation|status|boat))\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _with_pointers(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and the next sentence after a group's or a status's finding when it points back;
    a clause later in the finding's own sentence that points back too ("[this is part of the Heath
    St situation], he's with them", outsider round 30)."""
    extra: list[Span] = []
    for sp in spans:
        if sp.category not in _POINTED_AT:
            continue
        end = _SENTENCE_END.search(text, sp.end)
        same = _POINTER.search(text, sp.end, end.start() if end is not None else len(text))
        if same is not None:
            lo = max(text.rfind(",", sp.end, same.start()), text.rfind(";", sp.end, same.start()))
            if lo >= 0:
                extra.append(Span(lo + 1, end.start() if end is not None else len(text), sp.category, "points_back"))
        if end is None:
            continue
        start = end.end()
        stop = _SENTENCE_END.search(text, start)
        hi = stop.start() if stop is not None else len(text)
        m = _POINTER.search(text, start, hi)
        if m is not None:
            while start < hi and text[start].isspace():
                start += 1
            extra.append(Span(start, hi, sp.category, "points_back"))
    return merge_spans([*spans, *extra]) if extra else spans


# A transcript's line: a speaker's label and what they said ("Sheehy: Where does he stay?", "Me: With
# his dad in ...", "Q: ...", "A: ...")
_SPEAKER_LINE = re.compile(r"[ \t]*(?:>[ \t]*)*(?P<who>[A-Z][\w.'\u2019 -]{0,30}?)[ \t]*:[ \t]+(?P<said>\S[^\n]*)")
# "Where is that?", "Which street?": a question about the answer just given
_FOLLOW_UP = re.compile(
    r"\s*(?:where(?:'s|\s+is|\s+was)\s+(?:that|it)|which\s+(?:one|street|building|part)|where\s+exactly)\b", re.I
)


def _asked_for(
    text: str,
    start: int,
    end: int,
    asking: Sequence[tuple[Category, re.Pattern[str]]],
    i: int,
    lines: list[tuple[int, int]],
    withheld: list[Span],
) -> Category | None:
    """The category a question line without a finding asks for, if any: one ``asking`` names, or a
    follow-up on the answer just before it that is withheld."""
    for cat, rx in asking:
        if rx.search(text, start, end) is not None:
            return cat
    if i > 0 and _FOLLOW_UP.match(text, start) is not None:
        ps, pe = lines[i - 1]
        for sp in withheld:
            if sp.start < pe and sp.end > ps:
                return sp.category
    return None


# an answer that declines says nothing ("I can't share that", "Not something I can discuss"), nor
# one that denies ("Nobody. I'm not in nothing.", outsider round 56)
_REFUSAL = re.compile(
    r"\b(?:nobody|no one|not in nothing|not in anything|none of them|"
    r"can\W?t|cannot|won\W?t|will not|not able|unable|not going to|don\W?t know|do not know|no comment|"
    r"not (?:share|disclose|discuss|release|confirm|comment|answer)|decline|not something|need a subpoena|"
    r"subpoena|court order|ferpa|not at liberty|not our place|refer you|no idea|not sure)\b",
    re.I,
)


def _with_answers(
    text: str, spans: list[Span], asking: Sequence[tuple[Category, re.Pattern[str]]] = ()
) -> list[Span]:
    """``spans`` and the answer to a withheld question in a transcript: an officer's "Where does he
    stay?" is withheld, and the next speaker's first sentence ("With his dad in ..., near the ...
    corner") answers it, whatever its words (outsider round 28). So is the answer to a question
    that ``asking`` says asks for a forbidden fact ("Who are you with?"), and to "Where is that?"
    after a withheld answer (outsider round 56). An answer that declines stays."""
    extra: list[Span] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    k = 0
    for i, (ls, le) in enumerate(lines):
        q = _SPEAKER_LINE.match(text, ls, le)
        if q is None or not text[ls:le].rstrip(" \t\"'\u201d").endswith("?"):
            continue
        # the question asked last: the line's last sentence holds a finding
        said = text[q.start("said") : le]
        last = max((m.end() for m in _SENTENCE_END.finditer(said[:-1])), default=0) + q.start("said")
        while k < len(spans) and spans[k].end <= last:
            k += 1
        asked = [sp for sp in spans[k:] if sp.start < le]
        if not asked:
            cat = _asked_for(text, q.start("said"), le, asking, i, lines, [*spans, *extra])
            if cat is None:
                continue
            asked = [Span(q.start("said"), q.start("said"), cat, "question")]
        if i + 1 >= len(lines):
            continue
        nxt = lines[i + 1]  # the very next line: after a blank line a new part of the note begins
        a = _SPEAKER_LINE.match(text, *nxt)
        if a is None or a.group("who").strip() == q.group("who").strip():
            continue
        start = a.start("said")
        stop = _SENTENCE_END.search(text, start, nxt[1])
        # (a question that asks in words of its own is answered by the whole turn: "Egleston Square.
        # By the Dominican bakery.")
        end = nxt[1] if asked[0].rule == "question" or stop is None else stop.start()
        if _REFUSAL.search(text, start, end) is None:
            extra.append(Span(start, end, asked[0].category, "answer"))
    # the question and its answer on one line ("She asked: where does he live? I said near
    # Maverick Square, on Sumner St, ..."), outsider round 45
    for m in _ANSWER_AFTER.finditer(text):
        q_start = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 200), m.start())), default=0)
        asked = [sp for sp in spans if q_start <= sp.start < m.start()]
        if not asked:
            continue
        start = m.end()
        stop = _SENTENCE_END.search(text, start)
        end = stop.start() if stop is not None else len(text)
        nl = text.find("\n", start, end)
        end = nl if nl >= 0 else end
        if end > start and _REFUSAL.search(text, start, end) is None:
            extra.append(Span(start, end, asked[0].category, "answer"))
    return merge_spans([*spans, *extra]) if extra else spans


# a short label and its colon right before a withheld value, inside a sentence or a quotation
_LABEL_BEFORE = re.compile(r"(?<![\w-])(?P<k>[A-Za-z][A-Za-z/]*(?: [A-Za-z][A-Za-z/]*){0,3})[ \t]*:[ \t]*$")
_ANSWER_AFTER = re.compile(
    r"\?[\"'\u201d]?[ \t]+(?:I|We|He|She|They|Staff)[ \t]+(?:said|say|told[ \t]+(?:her|him|them)|answered|replied|"
    r"responded)[:,]?[ \t]+"
)


def _whole_name(name: str) -> re.Pattern[str]:
    """``name`` as a whole word, same case, no possessive's or contraction's part of a longer word."""
    return re.compile(r"(?<!\w)(?<!\w['\u2019])" + re.escape(name) + r"(?!\w)(?!['\u2019]\w)")


def _occurs(name: str, text: str) -> bool:
    return _whole_name(name).search(text) is not None


def _with_names(
    text: str, spans: list[Span], names: Mapping[str, Category], locates: Callable[[str, int, int], bool]
) -> list[Span]:
    """``spans`` and every whole-word, same-case occurrence of ``names`` (sorted, merged), but a
    place's that ``locates`` the incident ("at Maverick" in a threat is a home's; "the Blue Line
    platform at Maverick station" in the description is the platform's)."""
    found = [
        Span(m.start(), m.end(), cat, "alias")
        for name, cat in names.items()
        for m in _whole_name(name).finditer(text)
        if cat is not Category.NEIGHBORHOOD or not locates(text, m.start(), m.end())
    ]
    return merge_spans([*spans, *found])
