"""The families the eighth outsider's corpus (tests/data/corpus/outsider_h.jsonl, held out until
this round) found, each tested in words of our own: a delimited export pasted into a narrative
(its forbidden columns, a quoted cell holding the delimiter), labels with dotted leaders and SIS
shorthand ("Yrs in US", "LEPflag", "Resid_Nbhd"), the phone interpreting line, staff shorthand
for a residence ("R/O ... Dev"), a family's pending case and whether they may stay, an arrival by
the border, a region fled, being brought into a crew, a congregation's discipline, English
ability said sideways; and the facts that must stay (a quote's neighbours, a place that locates
the incident, a reporting officer, a rowing crew, a fruit, a game's asylum, a venue)."""

from __future__ import annotations

import pytest

from gatekeeper.redact import MARKER, Redactor

PATH = "incident.description"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a delimited export: a column named for a forbidden category goes in every row
        ("Tracker rows:\nCase;Student;HomeLang;Birth_Ctry;Code\nC-17;Doe A;Tigrinya;Eritrea;W-2\nEnd.", "Tigrinya"),
        ("Export:\nid|name|Resid_Nbhd|code\n7|Lee B|Grove Hall|W-1\n8|Kim C|Four Corners|W-1\n", "Four Corners"),
        ('From SIS:\nid,name,addr,code\n9,"Ortiz, M","14 Elm Ter #3",D-2\n', "14 Elm Ter"),
        ("Export:\nRef;Stu;LEPflag;Subst\nR-1;Diaz R;LEP-3;cocaine\n", "LEP-3"),
        # labels with dotted leaders, and the shorthand of time in the country
        ("Home Lang. ........ Amharic\nIncident: pushed a peer.", "Amharic"),
        ("Yrs in US: 2\nIncident: brought a box cutter.", "Yrs in US: 2"),
        # the phone interpreting line is a language need
        ("0930 - dad reached via lang line (Tigrinya), will pick up at noon.", "lang line"),
        # staff shorthand for where the student lives
        ("Emergency card: S R/O Mildred Hailey Dev bldg 4.", "Mildred Hailey Dev"),
        # a family's pending case and whether they may stay: the whole sentence
        ("Dad begged us not to call because they are still waiting on their court date.", "court date"),
        ("The lawyer does not know yet whether the family can stay in the country.", "can stay"),
        # an arrival by the border, a region fled
        ("They rode a bus up from the border last winter and moved in with cousins.", "from the border"),
        ("He keeps it because his family fled the war in Darfur.", "Darfur"),
        ("She says her mother escaped the violence in Cabañas.", "Cabañas"),
        # being brought into a crew
        ("Everyone says his brother 'put him on' over the summer.", "put him on"),
        ("He got put on by the older kids last year.", "put on"),
        # a congregation's discipline and sacraments
        ("Mom fears he will be disfellowshipped if the elders hear.", "disfellowshipped"),
        ("Grandpa takes her to confession every week; she goes to confession on Saturdays.", "confession"),
        # English ability said sideways
        ("Auntie asked for a call back because she doesn't do well with English.", "do well with English"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    out, reds = redactor.redact_text(text, PATH)
    assert gone not in out and MARKER in out and reds, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an export's other columns and the prose after it stay
        (
            "Tracker rows:\nCase;Student;HomeLang;Code\nC-17;Doe A;Tigrinya;W-2\nHe hid a knife in a sock.",
            ["C-17;Doe A;", ";W-2", "He hid a knife in a sock."],
        ),
        # a comma list in prose is no table
        ("Found: knife, lighter, phone\nNo injuries, no damage, no witnesses.", ["knife, lighter, phone"]),
        # a quote in another language ends at its closing quote
        ("The text read 'mày chết chắc rồi nha' plus a photo of a box cutter on a desk.", ["photo of a box cutter"]),
        # a place that locates the incident: after a shop, a building, a stadium; beside a gas station
        ("He says he bought the taser at a corner store in Revere.", ["corner store in Revere"]),
        ("Outside the pizza shop across from our building in Jamaica Plain, he pulled a knife.", ["Jamaica Plain"]),
        ("The driver pulled over on Blue Hill Ave by the gas station and called it in.", ["Blue Hill Ave"]),
        # a reporting officer is no residence
        ("R/O recovered a folding knife from the S/S backpack. R/O on post at door 3.", ["R/O recovered a folding knife"]),
        # a rowing crew, a fruit, a game's asylum, a venue, a course
        ("At crew practice on the river he showed a teammate a revolver.", ["crew practice", "revolver"]),
        ("In Latin class he was peeling a Mandarin orange with a fixed-blade knife.", ["Mandarin orange", "fixed-blade knife"]),
        ("He said he would 'do a Joker' like in Arkham Asylum and bring a gun.", ["Arkham Asylum"]),
        ("On the trip to the Irish Cultural Center he showed a switchblade.", ["Irish Cultural Center"]),
        # staying after school is no residence
        ("Let them stay in class until the SSO arrives.", ["stay in class"]),
    ],
)
def test_fact_stays(redactor: Redactor, text: str, kept: list[str]) -> None:
    out, _ = redactor.redact_text(text, PATH)
    for k in kept:
        assert k in out, out


def test_the_location_field_names_where_it_happened(redactor: Redactor) -> None:
    out, reds = redactor.redact_text("Harambee Park, Dorchester (after-school league)", "incident.location")
    assert out == "Harambee Park, Dorchester (after-school league)" and not reds
    # ... unless it says someone lives there
    out, _ = redactor.redact_text("student's home, Mattapan", "incident.location")
    assert "Mattapan" not in out


def test_an_export_rechecks_clean(redactor: Redactor) -> None:
    text = 'From SIS:\nid,name,hl,cob,addr,code\n9,"Ortiz, M",Somali,Kenya,"14 Elm Ter #3",D-2\n'
    out, _ = redactor.redact_text(text, PATH)
    assert "Somali" not in out and "Kenya" not in out and "Elm Ter" not in out
    again, reds = redactor.redact_text(out, PATH)
    assert again == out and not reds
