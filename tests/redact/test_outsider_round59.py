"""Round fifty-nine: outsider_bv (cafeteria, food and dress), outsider_bx (online harassment,
doxxing and impersonation) and, held out, outsider_bw (enrollment) and outsider_by (numbers),
tested in words of our own. A faith's food or day after someone's
possessive is that person's faith; a lunch line's dishes named for a people stay; a national team's
fan account stays; a doxxed home by an initial's possessive or a window on a street goes."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Kofi paid with his kosher meal card and then swung the tray at Dev's head.", "kosher"),
        ("Since the girls mocked her family's Navratri celebration on the group chat, Nia has carried a box cutter.", "Navratri"),
        ("His aunt said he keeps skipping Mass on Sundays. He had the knife in his sock.", "Mass"),
        ("The call home was placed through the district's interpretation line.", "interpretation"),
        ("Grandpa came in with a neighbor to translate. The bat was in the trunk.", "translate"),
        ("Tariq answered the threats in Darija under the video.", "Darija"),
        ("The comments called Imani 'not Black enough' before the fight.", "Black enough"),
        ("Staff say Deshawn is 'repping' the Harlow St side in the chat.", "Harlow St"),
        ("In the clip they call Malik's friends 'Wendover rats' and show a gun.", "Wendover"),
        ("The post said he is 'from Glenway' and later 'Glenway run this'.", "Glenway"),
        ("Ty posted J.M.'s building at the Orchard Park apartments with a gun emoji.", "Orchard Park"),
        ("The DM read 'im outside ur window on Ashmont St rn'.", "Ashmont St"),
        ("His parents are Nuer and arrived last spring.", "Nuer"),
        # held out: outsider_bw (enrollment) and outsider_by (numbers)
        ("Her transcript from a school in Kumasi, Ghana never arrived.", "Kumasi"),
        ("The family kept a lease in Norwood while using a cousin's address.", "Norwood"),
        ("Staff say Andre is believed to be with Castlegate and wanted payback.", "Castlegate"),
        ("He was at youth group at St. Brendan's the night of the fight.", "Brendan"),
        ("He wanted to be dropped at his old corner by the Mildred Hailey apartments.", "Mildred Hailey"),
        ("The men hang around the store at Erie and Harvard, by his house.", "Erie"),
        ("It was a jump-in for the 'Wendover 9s' behind the gym.", "Wendover"),
        ("He got the pistol from a neighbor on Corbet St, three houses down from his.", "Corbet"),
    ],
)
def test_round59_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He threw a cup of Mexican street corn and then punched the server.", "Mexican street corn"),
        ("The tray held a kosher dill pickle and half a turkey wrap when she swung it.", "kosher dill pickle"),
        ("Lunch was turkey, stuffing and Indian pudding; the fight began at the dessert cart.", "Indian pudding"),
        ("The pills were mixed in with Brazil nuts in a trail mix bag.", "Brazil nuts"),
        ("She was doing French tips at the table when the stun gun sparked.", "French tips"),
        ("A Quaker Oats granola bar wrapper hid the razor blade.", "Quaker Oats"),
        ("The Friday menu lists halal chicken and rice.", "halal chicken"),
        ("He runs the fan page @ArgentinaFC_edits and posted the pistol there.", "@ArgentinaFC_edits"),
        ("He bought the sub from the deli on Bunker Hill St and pulled the knife at the table.", "Bunker Hill St"),
        ("She wrote that she knows where the boy's cousin lives, with a photo of a machete.", "knows where the boy"),
        ("The game against the Mexico soccer club was called off after the stabbing.", "Mexico soccer club"),
    ],
)
def test_round59_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_a_handle_that_is_a_people_still_goes(redactor: Redactor) -> None:
    assert_withheld(redactor, "The account @haitianqueen_22 posted the threat.", "haitianqueen")


def test_a_clubs_boathouse_is_no_home(redactor: Redactor) -> None:
    assert_kept(redactor, "The crew team rows at Community Rowing's boathouse on Nonantum Rd.", ["Nonantum Rd"])


def test_a_relatives_phone_is_no_relative_translating(redactor: Redactor) -> None:
    text = (
        "Using his father's phone, Jun posted in Cantonese (translated by the counselor): 'Tell your son "
        "I will stab him at the Chinatown gate on Friday.' He deleted it an hour later."
    )
    assert_kept(redactor, text, ["I will stab him", "on Friday", "He deleted it an hour later."])
    out, _ = redactor.redact_text(text, "incident.description")
    assert "Cantonese" not in out, out
