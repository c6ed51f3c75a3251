"""Map a student's demographic fields to the fixed code list of policies/reporting/.

The result is a set of (dimension, code) pairs to count; the values themselves go nowhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from gatekeeper.core.policy_yaml import load_policy_yaml

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NOT_KEY = re.compile(r"[^a-z0-9]+")


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = _INVISIBLE.sub("", s).casefold().strip()
    return _SPACES.sub(" ", s)


# Field names, never values: every request's student object is keyed three times over (the
# counts, the age, the grade), and the same few names come back.
@lru_cache(maxsize=2048)
def _norm_key(s: str) -> str:
    s = _CAMEL.sub("_", unicodedata.normalize("NFKC", s))
    return _NOT_KEY.sub("_", _norm(s)).strip("_")


@dataclass(frozen=True)
class DemographicCodes:
    dimensions: dict[str, dict[str, Any]]

    @classmethod
    def load(cls, policy_dir: Path) -> DemographicCodes:
        raw = load_policy_yaml((policy_dir / "reporting" / "demographics.yaml").read_text())
        return cls(dimensions=raw["dimensions"])

    @cached_property
    def _synonyms(self) -> dict[str, dict[str, str]]:
        """Per dimension, each normalised code and synonym to its code (the first code listing a
        synonym wins, as the lists are read in order); normalised once, not on every request."""
        out: dict[str, dict[str, str]] = {}
        for dim, spec in self.dimensions.items():
            table: dict[str, str] = {}
            codes = spec.get("codes")
            if isinstance(codes, dict):
                for c, syns in codes.items():
                    for name in (c, *(syns or ())):
                        table.setdefault(_norm(str(name)), str(c))
            out[dim] = table
        return out

    def code_list(self, dimension: str) -> list[str]:
        d = self.dimensions[dimension]
        codes = d["codes"]
        names = list(codes) if isinstance(codes, dict) else [str(c) for c in codes]
        return [*names, str(d.get("default", "unknown"))]

    def classify(self, student: Mapping[str, Any], on: date | None = None) -> list[tuple[str, str]]:
        flat = {_norm_key(str(k)): v for k, v in student.items()}
        out: list[tuple[str, str]] = []
        for dim, spec in self.dimensions.items():
            if dim == "age":
                out.append((dim, self._age(flat, on)))
                continue
            default = str(spec.get("default", "unknown"))
            code = default
            for f in spec.get("fields", []):
                v = flat.get(f)
                if v is None or isinstance(v, (dict, list)):
                    continue
                code = self._synonyms[dim].get(_norm(str(v)), default)
                if code != default:
                    break
            out.append((dim, code))
        return out

    @staticmethod
    def _age(flat: Mapping[str, Any], on: date | None) -> str:
        age: int | None = None
        v = flat.get("age")
        if isinstance(v, int) or (isinstance(v, str) and v.strip().isdigit()):
            age = int(v)
        else:
            dob = flat.get("date_of_birth") or flat.get("dob") or flat.get("birth_date")
            if isinstance(dob, str):
                try:
                    born = datetime.fromisoformat(dob.strip()[:10]).date()
                    ref = on or date.today()
                    age = ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))
                except ValueError:
                    age = None
        if age is None or age < 0 or age > 99:
            return "unknown"
        if age < 11:
            return "under_11"
        if age >= 19:
            return "19_plus"
        return str(age)


def student_age_years(student: Mapping[str, Any], on: date | None = None) -> int | None:
    code = DemographicCodes._age({_norm_key(str(k)): v for k, v in student.items()}, on)
    return int(code) if code.isdigit() else None


def student_grade(student: Mapping[str, Any]) -> int | None:
    for k, v in student.items():
        if _norm_key(str(k)) in ("grade", "grade_level"):
            s = str(v).strip()
            if s.isdigit():
                return int(s)
    return None
