"""Property tests: canaries never reach the police copy; the report type cannot be forged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gatekeeper.core.request import SubmitRequest
from gatekeeper.core.types import Category
from gatekeeper.redact import Redactor, ReleasedReport, normalize_key
from gatekeeper.redact.report import _make_report

ROOT = Path(__file__).resolve().parents[2]
R = Redactor.load(ROOT / "policies")
ALLOWED = {"student_id", "name", "first_name", "middle_name", "last_name", "date_of_birth", "age",
           "grade", "school", "id", "studentid", "student_number", "student_no", "student_num",
           "student_nbr", "bps_id", "bps_student_id", "district_id", "district_student_id", "local_id",
           "local_student_id", "full_name", "student_name", "legal_name", "student_full_name", "fullname",
           "firstname", "given_name", "first", "fname", "student_first_name", "legal_first_name",
           "middlename", "middle", "middle_initial", "mname", "lastname", "surname", "family_name", "last",
           "lname", "student_last_name", "legal_last_name", "dob", "birth_date", "birthdate", "date_birth",
           "birthday", "d_o_b", "student_dob", "student_age", "age_years", "grade_level", "current_grade",
           "grade_lvl", "gradelevel", "student_grade", "yr_grade", "class_grade", "school_name",
           "current_school", "school_of_enrollment", "enrolled_school", "building", "campus"}
CANARY = "ZQXCANARY7731"
BASE = {"school_id": "BPS-1", "recipient": "bpd", "ground": "weapon", "weapon": "knife",
        "incident": {"description": "He had a knife."}}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(key=st.text(min_size=1, max_size=30).filter(lambda k: normalize_key(k) not in ALLOWED))
def test_canary_under_unknown_key_never_released(key: str) -> None:
    raw = dict(BASE)
    raw["student"] = {"name": "A B", key: CANARY, f"{key}_nested": {"x": [CANARY]}}
    res = R.redact_request(SubmitRequest.model_validate(raw), "n")
    dumped = json.dumps(res.report.to_dict(), ensure_ascii=False)
    assert CANARY not in dumped
    for r in res.redactions:
        assert CANARY not in r.path


TEMPLATES = [
    ("The student is {}.", ["undocumented", "Haitian", "Dominican", "Cape Verdean", "Catholic", "Muslim",
                           "Somali", "Guatemalan", "Puerto Rican", "Latino", "Hispanic", "Asian",
                           "a refugee", "an asylum seeker", "a DACA recipient", "an ELL student",
                           "a gang member", "Black", "Vietnamese", "Jewish"]),
    ("She was born in {}.", ["Guatemala", "Haiti", "Cabo Verde", "El Salvador", "Brazil", "Somalia",
                            "Vietnam", "China", "Honduras", "the Dominican Republic"]),
    ("He lives in {}.", ["Hyde Park", "Dorchester", "Roxbury", "East Boston", "Mattapan", "Jamaica Plain",
                        "Charlestown", "Mission Hill", "Roslindale", "Brighton", "Allston"]),
    ("Her home language is {}.", ["Portuguese", "Spanish", "Cantonese", "Haitian Creole", "Arabic",
                                 "Vietnamese", "Somali", "Kriolu", "Mandarin"]),
    ("He speaks {} at home.", ["Spanish", "Portuguese", "Cantonese", "Haitian Creole", "Russian", "Amharic"]),
    ("Staff believe he is a member of the {} gang.", ["Castlegate", "Wendover Street", "Heath Street",
                                                     "Orchard Park", "Thetford Avenue"]),
]
SEPARATORS = st.sampled_from([" ", "  ", "\u200b", "\u00ad", "-", "\t"])


@st.composite
def forbidden_sentence(draw: st.DrawFn) -> tuple[str, str]:
    template, fills = draw(st.sampled_from(TEMPLATES))
    fill = draw(st.sampled_from(fills))
    case = draw(st.sampled_from([str, str.upper, str.lower, str.title]))
    fill2 = case(fill)
    if draw(st.booleans()) and " " in fill2:
        fill2 = fill2.replace(" ", draw(st.sampled_from([" ", "  ", "\u00a0"])))
    if draw(st.booleans()):
        fill2 = unicode_wide(fill2)
    prefix = draw(st.sampled_from(["", "During a bag check a knife was found. ", "Note: "]))
    return prefix + template.format(fill2), fill2


def unicode_wide(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@settings(max_examples=400, deadline=None)
@given(forbidden_sentence())
def test_forbidden_sentence_never_survives(pair: tuple[str, str]) -> None:
    sentence, fill = pair
    out, reds = R.redact_text(sentence, "incident.description")
    core = next(w for w in fill.split() if w.lower() not in ("a", "an", "the", "ａ", "ａｎ", "ｔｈｅ"))
    assert core not in out.replace("[WITHHELD]", ""), (sentence, out)
    assert fill not in out.replace("[WITHHELD]", "")
    assert reds


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_scan_is_total_and_well_formed(text: str) -> None:
    spans = R.scan(text)
    prev = 0
    for s in spans:
        assert prev <= s.start < s.end <= len(text)
        prev = s.end
    out, _ = R.redact_text(text, "x")
    assert isinstance(out, str)


def test_released_report_cannot_be_built_outside() -> None:
    with pytest.raises(TypeError):
        ReleasedReport(object(), {})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ReleasedReport.__new__(ReleasedReport).__init__(None, {})  # type: ignore[arg-type]
    rep = _make_report({"a": 1})
    with pytest.raises(AttributeError):
        rep._body = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(rep)


def test_report_never_names_a_category() -> None:
    raw = dict(BASE)
    raw["incident"] = {"description": "The student is undocumented, Haitian, Catholic, speaks Kriolu, "
                                      "lives in Mattapan and is in the Castlegate gang.",
                       "location": "Mattapan"}
    raw["student"] = {"name": "A B", "immigration_status": "x", "religion": "y"}
    dumped = json.dumps(R.redact_request(SubmitRequest.model_validate(raw), "n").report.to_dict()).lower()
    for c in Category:
        assert c.value not in dumped
    assert "redact" not in dumped
    assert "undocumented" not in dumped and "mattapan" not in dumped


def test_labels_are_scanned_too() -> None:
    from pathlib import Path

    from gatekeeper.core.request import SubmitRequest
    from gatekeeper.redact import Redactor

    r = Redactor.load(Path(__file__).resolve().parents[2] / "policies")
    req = SubmitRequest.model_validate(
        {
            "school_id": "BPS-1 (the student is undocumented)",
            "recipient": "bpd",
            "ground": "weapon; he is Haitian",
            "weapon": "knife",
            "student": {"name": "A B"},
        }
    )
    out = r.redact_request(req, "notice").report.to_dict()
    assert "undocumented" not in str(out) and "Haitian" not in str(out)
