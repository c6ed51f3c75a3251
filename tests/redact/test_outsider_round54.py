"""Round fifty-four: outsider_bo (meetings with families) and outsider_bp (reports as tables,
timelines and lists), both held out, tested in words of our own. A family's priest named once is
theirs wherever he recurs; a place said to be near the family's home says the home; a fear over
someone's papers is status; holy days a family schedules around; a game sheet's "Home:" is a team,
a table's last cell no people's name, a date on the next line no unit's number."""

from __future__ import annotations

from gatekeeper.redact import Redactor
from tests.redact.rounds import PATH, assert_kept, assert_withheld


def test_clergy_named_again_is_withheld(redactor: Redactor) -> None:
    text = (
        "Attending: Ms. Diaz (mother); Pastor Reyes of the family's church, at her request.\n"
        "- Ms. Diaz said the boy has been angry; Pastor Reyes said he will check in weekly."
    )
    out, _ = redactor.redact_text(text, PATH)
    assert "Reyes" not in out, out
    assert "Ms. Diaz said the boy has been angry" in out, out


def test_chaplain_at_work_stays(redactor: Redactor) -> None:
    assert_kept(redactor, "Fr. Murphy found the knife in the chapel and gave it to SSS Daley.", ["Fr. Murphy found"])


def test_place_near_home_is_withheld(redactor: Redactor) -> None:
    assert_withheld(
        redactor,
        "We met at the Grove Hall library branch, which the aunt says is a few blocks from her apartment.",
        "Grove Hall",
    )


def test_fear_over_papers_is_withheld(redactor: Redactor) -> None:
    assert_withheld(redactor, "Mom is scared to go to the hearing because of her husband's papers.", "papers")


def test_holy_day_scheduled_around_is_withheld(redactor: Redactor) -> None:
    assert_withheld(redactor, "The father asked us to move the meeting because of Sukkot.", "Sukkot")


def test_game_sheet_home_team_stays(redactor: Redactor) -> None:
    assert_kept(redactor, "Home: Brighton HS    Away: Madison Park\nQ3 suspended at 2:10", ["Home: Brighton HS"])


def test_home_label_is_withheld(redactor: Redactor) -> None:
    assert_withheld(redactor, "Student card\nHome: 22 Harvard St, Dorchester\nGrade: 9", "Harvard St")


def test_last_cell_before_background_is_no_origin(redactor: Redactor) -> None:
    text = "| Recovered | locker 12, 2:40 PM, by SSS Mendoza |\n\nBackground (counselor): none known."
    assert_kept(redactor, text, ["by SSS Mendoza"])


def test_date_on_next_line_is_no_unit(redactor: Redactor) -> None:
    text = "We agreed to call the apartment.\n4/12 9:00 AM: Spoke with the aunt. The knife is in the office safe."
    assert_kept(redactor, text, ["4/12 9:00 AM: Spoke with the aunt"])


def test_barber_razor_is_no_holy_day(redactor: Redactor) -> None:
    assert_kept(redactor, "He swung a shavette razor from the barbering lab at Omar.", ["shavette razor"])
