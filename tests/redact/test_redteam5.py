"""Red-team round 5 findings (tests/data/corpus/redteam5.jsonl), pinned per mechanism: a question or
hedge about lawful presence ("is he even legal?", "here legally"), a proficiency level after an
English-learner term ("English learner, level 3"), note-style gang labels ("Gang: Heath St") and more
denominations ("Nazarene") are withheld; everyday uses of the same words stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("A teacher asked whether she is even legal.", "even legal"),
        ("Is he even here legally?", "here legally"),
        ("Is she legal?", "legal"),
        ("His mom isn't legal.", "legal"),
        ("Mom says they are here legally now.", "legally"),
        ("(per the counselor) he is an English learner, level 3.", "level 3"),
        ("She is an English learner (level 4).", "level 4"),
        ("English learner, tier 2, per the counselor.", "tier 2"),
        ("Heroin was found on her, gang: Heath St (suspected).", "Heath St"),
        ("Crew - Castlegate.", "Castlegate"),
        ("Dad is a deacon at the Cape Verdean Nazarene church.", "Nazarene"),
        ("They go to an Apostolic church.", "Apostolic"),
    ],
)
def test_round5_gaps_are_withheld(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact_text(text, "incident.description")
    released = out if isinstance(out, str) else out[0]
    assert secret.lower() not in str(released).lower()
    assert MARKER in str(released)


@pytest.mark.parametrize(
    "text",
    [
        "He is her legal guardian.",
        "The knife is legal to carry in some states.",
        "He was legally allowed to leave.",
        "The stage crew built the set for the play.",
    ],
)
def test_everyday_words_stay(redactor: Redactor, text: str) -> None:
    out = redactor.redact_text(text, "incident.description")
    released = out if isinstance(out, str) else out[0]
    assert str(released) == text
