"""Round sixty-four: outsider_ch (money and online selling) and outsider_ci (after-school, evening
and summer programs), held out, tested in words of our own. A parent's work-permit appointment,
an adult ESOL class, an altar server, a reunion "here", a group named and then called a crew, and
a turf told by a street's side go; sneakers by their model, a prescription's label, a summer job's
crew, a referee's green card, a shop's lot on a street in its neighbourhood, a street-named
neighbourhood one runs onto, and Franklin Park as a park stay."""

from __future__ import annotations

import pytest

from gatekeeper.redact import Redactor
from tests.redact.rounds import assert_kept, assert_withheld


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Dad missed the meeting because of his work permit appointment downtown.", "work permit"),
        ("He waited in the hall while his mother finished her ESOL class.", "ESOL"),
        ("Father Quinn says Mateo has been an altar boy since fourth grade.", "altar boy"),
        ("She only rejoined her father here in March.", "rejoined her father here"),
        ("His hoodie said \"KDB\" (which the kids say is a crew) across the back.", "KDB"),
        ("The hoodie said KDB and the AP says that's a crew.", "that's a crew"),
        ("The fight was over which side of Norfolk St the boys are allowed on.", "Norfolk"),
        ("The Lucerne Street kids were waiting by the bike racks.", "Lucerne Street"),
        ("He was \"repping\" them at the game, per two students.", "repping"),
        ("Coach gave him a yellow card, and his mom's green card interview is Friday.", "green card"),
    ],
)
def test_round64_statements_go(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He sold a pair of Jordan 11 sneakers for $180 on Cash App.", "Jordan 11 sneakers"),
        ("The bottle's label read: hydrocodone 10 mg, 30 tablets, filled 2/9.", "hydrocodone 10 mg, 30 tablets"),
        ("Statement of the parks crew leader at the Shattuck picnic grove.", "parks crew leader"),
        ("In the second half the umpire showed Priya a green card for dangerous play.", "green card for dangerous play"),
        ("They met buyers in the Stop & Shop lot on Centre St in Jamaica Plain.", "in Jamaica Plain"),
        ("Abel ran out the side door onto Blue Hill Avenue.", "onto Blue Hill Avenue"),
        ("He was jumped on the path that leads into Franklin Park.", "leads into Franklin Park"),
        ("The pills were his grandmother's, and he sold them in the Tropical Foods lot in Nubian Square.",
         "in Nubian Square"),
        ("A coach saw it from the other side of Huntington.", "from the other side of Huntington"),
        ("His bike was taken from the Dudley St rack.", "Dudley St rack"),
    ],
)
def test_round64_facts_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert_kept(redactor, text, [kept])


def test_round64_a_front_door_of_ones_own_is_home(redactor: Redactor) -> None:
    """A shop's lot on a street in its neighbourhood locates; somebody's own front door there does not."""
    assert_withheld(
        redactor, "She played a clip from the camera over her own front door on Wood Ave in Hyde Park.", "Hyde Park"
    )


def test_round64_living_by_franklin_park_still_goes(redactor: Redactor) -> None:
    assert_withheld(redactor, "His family stays by Franklin Park with an aunt.", "Franklin Park")
