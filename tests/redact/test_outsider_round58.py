"""Round fifty-eight: outsider_bu (drafts, edits and second thoughts), held out, tested in words of
our own. A tracked change pasted as text is a clause of its own: a struck home goes and the inserted
school's street stays; a struck statement after a sentence's stop goes alone. Read back: two rules
of one id no longer load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gatekeeper.redact import Redactor
from gatekeeper.redact.lexicon import RedactorLoadError, load_lexicon
from tests.redact.rounds import PATH, assert_kept

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text",
    [
        "He swung the bat ~~in front of his house on Geneva Ave~~ {+by the gym doors on Dewey St+} at 2:40.",
        "He swung the bat [-in front of his house on Geneva Ave-] [+by the gym doors on Dewey St+] at 2:40.",
        "He swung the bat <del>in front of his house on Geneva Ave</del> <ins>by the gym doors on Dewey St</ins> at 2:40.",
    ],
)
def test_struck_home_goes_inserted_place_stays(redactor: Redactor, text: str) -> None:
    out, _ = redactor.redact_text(text, PATH)
    assert "Geneva" not in out, out
    assert "by the gym doors on Dewey St" in out and "He swung the bat" in out and "at 2:40" in out, out


def test_struck_statement_after_a_stop_goes_alone(redactor: Redactor) -> None:
    text = "The SSS found a knife in the glove box of his car in the student lot. ~~His mom is undocumented.~~ He said it was his."
    assert_kept(redactor, text, ["in the glove box of his car in the student lot", "He said it was his."])
    out, _ = redactor.redact_text(text, PATH)
    assert "undocumented" not in out, out


def test_two_rules_of_one_id_do_not_load(tmp_path: Path) -> None:
    """A finding names its rule; a reviewer reading "citizen_of" must find one rule of that name."""
    shutil.copytree(ROOT / "policies" / "redaction", tmp_path / "redaction")
    lex = tmp_path / "redaction" / "lexicon" / "religion.yaml"
    lex.write_text(
        lex.read_text(encoding="utf-8")
        + "  - id: to_mecca\n    triggers: [hajj]\n    pattern: '\\bhajj\\b'\n",
        encoding="utf-8",
    )
    with pytest.raises(RedactorLoadError, match="to_mecca"):
        load_lexicon(tmp_path / "redaction")


def test_a_misspelt_scope_does_not_load(tmp_path: Path) -> None:
    """A rule's scope is one of three; a misspelt one would silently withhold the clause."""
    shutil.copytree(ROOT / "policies" / "redaction", tmp_path / "redaction")
    lex = tmp_path / "redaction" / "lexicon" / "religion.yaml"
    lex.write_text(
        lex.read_text(encoding="utf-8") + "  - id: hajj_phrase\n    scope: phrases\n    pattern: '\\bhajj\\b'\n",
        encoding="utf-8",
    )
    with pytest.raises(RedactorLoadError, match="scope must be one of"):
        load_lexicon(tmp_path / "redaction")
