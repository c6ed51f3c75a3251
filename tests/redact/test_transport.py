"""Text damaged on its way here (mojibake, HTML, quoted-printable mail, words wrapped at a margin):
read as repaired, withheld from the text as it came."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gatekeeper.redact import MARKER, Redactor
from gatekeeper.redact.transport import repaired
from tests.redact.rounds import PATH, assert_kept, assert_withheld


def _english(w: str) -> bool:
    return w in {"chinese", "dominican", "something", "cafeteria"}


@pytest.mark.parametrize(
    ("damaged", "reads"),
    [
        ("JosÃ© came from SÃ£o TomÃ©.", "José came from São Tomé."),
        ("the familyâ€™s car", "the family\u2019s car"),
        ("Rep&uacute;blica Dominicana &amp; more", "República Dominicana & more"),
        ("He speaks espa=C3=B1ol at ho=\nme.", "He speaks español at home."),
        ("first line<br>second</p><p>third", "first line\nsecond\n\nthird"),
        ("The family is Chi-\nnese.", "The family is Chinese."),
    ],
)
def test_damage_is_read_as_repaired(damaged: str, reads: str) -> None:
    fixed = repaired(damaged, _english)
    assert fixed is not None and fixed.text == reads


@pytest.mark.parametrize(
    "text",
    [
        "He had a knife in the cafeteria at 10:15.",
        "ethnicity=\nlanguage=",  # a key=value export's empty value is no soft line break
        "The self-\nharm screen was done.",  # no word when joined: the hyphen stays
        "She paid 5=3 for it",
        "Café au lait, naïve, résumé, Zoë",  # accented letters that are just letters
    ],
)
def test_undamaged_text_is_left_alone(text: str) -> None:
    fixed = repaired(text, _english)
    assert fixed is None or fixed.text == text


@given(st.text(alphabet=st.sampled_from(list("ab -\n=&;#<>/pC3A9brÃ©â€™ ")), max_size=60))
def test_offsets_map_back_in_order(text: str) -> None:
    fixed = repaired(text, _english)
    if fixed is None:
        return
    assert len(fixed.starts) == len(fixed.ends) == len(fixed.text)
    assert list(fixed.starts) == sorted(fixed.starts) and list(fixed.ends) == sorted(fixed.ends)
    assert all(0 <= s < e <= len(text) for s, e in zip(fixed.starts, fixed.ends, strict=True))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Student is JosÃ© P., his family is from SÃ£o TomÃ©. He had a knife in the cafeteria.", "SÃ£o"),
        ("The mother only speaks espa=C3=B1ol at home. He pulled a box cutter at 10:05.", "espa=C3=B1ol"),
        ("The family is Domin-\nican and she had a razor blade in her bag.", "Domin-\nican"),
        ("Mom said the familyâ€™s papers are still pending. He threatened to shoot a teacher.", "papers"),
        ("Student is Hait&iacute;an. He had a folding knife in the gym.", "Hait&iacute;an"),
        ("He lives in Eas=\nt Boston with his aunt=2E Knife found in locker 214=2E", "Eas=\nt Boston"),
    ],
)
def test_damaged_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


def test_html_break_ends_the_statement(redactor: Redactor) -> None:
    text = "<p>Student&#39;s family is from Guatemala &amp; undocumented.</p><br>He had a knife by the gym."
    assert_kept(redactor, text, ["He had a knife by the gym.", "<p>", "</p><br>"])
    out, _ = redactor.redact_text(text, PATH)
    assert "Guatemala" not in out and MARKER in out


def test_police_copy_keeps_the_text_as_it_came(redactor: Redactor) -> None:
    text = "JosÃ© had a knife in the cafÃ© line by the gym.<br>Nobody was hurt."
    out, reds = redactor.redact_text(text, PATH)
    assert out == text and not reds
