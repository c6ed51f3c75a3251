"""Round twenty-two: the families the twenty-second outsider's corpus (tests/data/corpus/outsider_v.jsonl:
writers of very different habits, names and places that overlap the categories, forbidden facts
about others and in asides) found, each tested in words of our own: police shorthand for race and
sex, a face search engine by name, a quotation in another language whose short words English
shares; and the facts that must stay (a short bracket's sentence, a
hospital named for a place, "HS" after a neighbourhood's name, a nurse's drug and a vape's flavour,
an adjective before a busway, a vehicle stopped or parked on a street, shorthand without vowels,
a name in brackets, a statement of home after a street a vehicle stopped on)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("R/O observed S-2 (H/F, 15) holding a knife.", "H/F"),
        ("Suspect described as W/M approx 17, grey hoodie.", "W/M"),
        ("Dad ran the video through FaceCheck.ID to find the boy.", "FaceCheck"),
        ("Driver parks on Fessenden St where the family lives. He had a knife.", "Fessenden St"),
        # tried as a user would, in words of our own: a quotation whose short words English shares
        ("Grandma said he 'anda con los muchachos de la Geneva.' He had a knife.", "muchachos"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("R/O observed S-2 (H/F, 15) holding a knife.", ["holding a knife"]),
        ("The nurse sent her to Beth Israel for an X-ray.", ["Beth Israel"]),
        ("Meeting in the Dorchester HS library at 2.", ["Dorchester HS library"]),
        ("P: Naloxone 4 mg intranasal; RR improved.", ["Naloxone 4 mg intranasal"]),
        ("His vape (Geekbar, blue razz) was in the pocket.", ["blue razz"]),
        ("He was stopped at Ashmont upper busway by SSS.", ["Ashmont upper busway"]),
        ("0810 bus pulled over on Talbot Ave; 0812 blade taken.", ["pulled over on Talbot Ave"]),
        ("The food truck was parked on Columbus Ave as usual.", ["parked on Columbus Ave"]),
        ("1402 drvr radios in a fight.", ["drvr radios"]),
        ("Bus A/C broken, windows open.", ["A/C broken"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


def test_name_in_brackets_is_the_student(redactor: Redactor) -> None:
    text = "One girl (Ashanti) hit the other with a padlock."
    out, _ = redactor.redact_text(text, PATH, protect=["Ashanti Moore"])
    assert out == text
