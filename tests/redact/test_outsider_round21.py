"""Round twenty-one: the families the twenty-first outsider's corpus (tests/data/corpus/outsider_u.jsonl:
forbidden facts woven into the incident's sentence, reports on several people, new ways of saying a
forbidden fact) found, each tested in words of our own: a home named by its place after somebody's
"crib" or "house", a newcomer's nickname, a province's people, "not from here" after a contraction,
a comparison that says the same of someone else, English proficiency said of a person, speech
"through" a named adult, a crew's boys "pulling up", control of a block, a face-recognition
feature by its product name, "rents a room" as a residence cue; and the facts that must stay (a
message "from" a student's account, a square or a corner where something happened, a sidewalk
"outside on" a street, a seller "at" a square, the incident around a woven noun phrase or a place
phrase that ends its clause, an aside in brackets without its clause)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He keeps the bat at his cousin's crib on Lorne Hill. He had a bat.", "Lorne Hill"),
        ("The kids call him 'la nueva' at lunch. She had a knife.", "la nueva"),
        ("The file says the father is Québécois. He had a knife.", "Québécois"),
        ("Her uncle says they're 'not from here' at all. She had a knife.", "not from here"),
        ("He said he is 'a citizen, unlike those two,' and swung. He had a knife.", "unlike those two"),
        ("His English is limited, so the liaison sat in. He had a knife.", "sat in"),
        ("She writes at a 3rd grade level in English. She had a knife.", "3rd grade level"),
        ("The aunt explained it all through Mr. Baptiste. He had a knife.", "through Mr. Baptiste"),
        ("He texted that the Lenox boys are sliding through at noon. He had a gun.", "Lenox boys"),
        ("Kids say an older cousin runs the block there. He had a gun.", "runs the block"),
        ("The doorbell camera's familiar faces alert named him.", "familiar faces"),
        ("He rents a room with his cousin by the laundromat on Adams St. He had a knife.", "Adams St"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The message came from Dana's phone at 9:02 PM.", ["came from Dana's phone"]),
        ("The fight started at Codman Square after school.", ["Codman Square"]),
        ("He then ran toward Dudley Square with the bat.", ["ran toward Dudley Square"]),
        ("She hit him on the sidewalk outside on Geneva Ave.", ["outside on Geneva Ave"]),
        ("He said the pills came from 'some guy at Fields Corner.'", ["some guy at Fields Corner"]),
        ("She said it's weed she bought off a Haitian guy at a party.", ["it's weed she bought off", "at a party"]),
        ("He keeps a licensed pistol in the van he drives for his mosque, the Al-Noor Center.",
         ["licensed pistol in the van"]),
        ("She came in dizzy (she has been fasting for Lent) and the knife fell out.", ["She came in dizzy"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)
