"""Round thirty-two: outsider_ak (people and things named like a forbidden word), outsider_al (the
school calendar told through culture and faith) and outsider_am (staff whose jobs touch the
categories), tested in words of our own.

A person whose given name is a country or a neighbourhood ("Kenya Odom", "Egypt P."), a surname
after a title ("SSS Church", "Ms. Christian"), a holy day that dates the calendar ("the Ramadan
lunch schedule"), a student organisation or a course by its name, the writer's own job ("I'm the
ESL push-in teacher") stay. A pilgrimage, a family's rite, a named temple, a family's food table,
time in the country, a crew named after suspicion, the second side of a feud, an arrival joined to
an origin, and a colleague's role that says a student's need still go."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # people named like places
        ("Jamaica Whitlock, who sits next to him in chemistry, saw the blade.", ["Jamaica Whitlock"]),
        ("Cuba R. and two other girls ran to get the nurse after he swung the bat.", ["Cuba R."]),
        ("In Chad's backpack the dean found a box cutter.", ["Chad's backpack"]),
        ("It sparked when SSS Church tested it in the hallway.", ["SSS Church"]),
        ("A chaperone, Ms. Christian, called 911 after the punch.", ["Ms. Christian"]),
        ("Ms. St. Germain took the knife from his pocket.", ["Ms. St. Germain"]),
        ("He sold six glassine bags stamped 'Haiti' behind the gym.", ["stamped 'Haiti'"]),
        ("He wore a 'Fighting Irish' sweatshirt and carried the bat.", ["'Fighting Irish' sweatshirt"]),
        ("Last spring he moved to Room 214 after the fight, where he pulled a box cutter.", ["pulled a box cutter"]),
        # the calendar and the school's own events
        ("Under the Ramadan lunch schedule students may sit in the library; he sold pills there.", ["Ramadan lunch"]),
        ("On Monday of Passover week he brought a stun gun.", ["Passover week"]),
        ("The first day after the Yom Kippur day off, he drew a gun on the board.", ["Yom Kippur day off"]),
        ("Menu: fish sandwich (Lent Fridays). He sold pills at the table.", ["Lent Fridays"]),
        ("The Haitian Student Association ran the bake sale where he showed a gun.", ["Haitian Student Association"]),
        ("Outside the Spanish for Native Speakers room he flashed a knife.", ["Spanish for Native Speakers"]),
        ("The South Asian Students' Alliance set up the table where he pulled a knife.", ["South Asian Students"]),
        ("He took the quiet room, which we borrow from the prayer room schedule, and pulled a knife.", ["knife"]),
        ("The club hosted a community iftar in the gym, where two boys outside fought with a bat.", ["community iftar"]),
        ("The lunch menu listed tamales and pozole on the day he sold pills.", ["tamales and pozole"]),
        ("In his hoodie was a kukri knife with a 10 inch blade.", ["kukri knife"]),
        # the writer's own job
        ("I'm the ELD push-in teacher for 9th grade and I took the blade from him.", ["ELD push-in teacher"]),
        ("I teach ESL 2 in room 118; at 9:10 he pulled a knife in the hall.", ["ESL 2"]),
        ("I work as a bilingual paraprofessional on the 6th grade team and saw the pills.", ["bilingual paraprofessional"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Kenya Odom said her family came from Kenya two years ago.", "from Kenya"),
        ("He was away three weeks on Umrah with his uncle, then brought a knife.", "Umrah"),
        ("She came in after the family's puja at the Sri Ganesha Temple in Lowell.", "Sri Ganesha Temple"),
        ("They missed school for a trip to Mecca in March; on return he hit a boy.", "Mecca"),
        ("He brought matzo for lunch and the boys mocked him; he pulled a knife.", "matzo"),
        ("Mariam, who was helping her father at the Somali food stand, cut a boy.", "Somali"),
        ("Her uncle's Salvadoran bakery on Centre St is where she hid the pills.", "Salvadoran"),
        ("The student, who has only been in the country since June, carried a knife.", "in the country since"),
        ("Her parents were born in Guatemala and came to the US in 2018.", "came to the US"),
        ("Dmitri is suspected Heath Street.", "Heath Street"),
        ("There is beef between Lenox Street crew and KOB over a post.", "KOB"),
        ("I interpret for him because his English is still very basic.", "English is still very basic"),
        ("Mateo is in ELL 2 so the bilingual aide helped him explain.", "bilingual aide"),
        ("Call arranged through the Office of Language Access for the mother.", "Language Access"),
        ("He was out for Diwali week with family in Pune and came back angry.", "Pune"),
        ("His Salvadorian step-dad picked him up after the fight.", "Salvadorian"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)
