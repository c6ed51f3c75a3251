"""Redaction: what of a student report may reach police (RULES.md section 4).

Pure: no web framework, no database. Everything it knows comes from ``policies/redaction/``.
"""

from gatekeeper.redact.lexicon import RedactorLoadError
from gatekeeper.redact.normalize import normalize, normalize_key
from gatekeeper.redact.redactor import MARKER, RedactionResult, Redactor, student_names
from gatekeeper.redact.report import ReleasedReport
from gatekeeper.redact.review import Doubt, WithholdError

__all__ = [
    "MARKER",
    "Doubt",
    "RedactionResult",
    "Redactor",
    "RedactorLoadError",
    "ReleasedReport",
    "WithholdError",
    "normalize",
    "normalize_key",
    "student_names",
]
