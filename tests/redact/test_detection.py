"""Phrases → category, against the real policy files. Many paraphrases per category."""

from __future__ import annotations

import itertools

import pytest

from gatekeeper.core.types import Category
from gatekeeper.redact import Redactor

IMM, NAT, ETH, REL, NBH, LANG, GANG, FACE = (
    Category.IMMIGRATION_STATUS,
    Category.NATIONAL_ORIGIN,
    Category.ETHNICITY,
    Category.RELIGION,
    Category.NEIGHBORHOOD,
    Category.LANGUAGE,
    Category.GANG_AFFILIATION,
    Category.FACE_SURVEILLANCE,
)

# (text, category expected among the spans, a string that must not survive)
CASES: list[tuple[str, Category, str]] = [
    # immigration status
    ("The student is undocumented.", IMM, "undocumented"),
    ("The student is un-documented.", IMM, "documented"),
    ("The student is undocu\u200bmented.", IMM, "mented"),
    ("Mom said he is an illegal  alien.", IMM, "alien"),
    ("She has no papers.", IMM, "papers"),
    ("He is a ＤＡＣＡ recipient.", IMM, "ＤＡＣＡ"),
    ("Her family is here without papers.", IMM, "papers"),
    ("He overstayed a student visa.", IMM, "visa"),
    ("The family has a pending asylum case.", IMM, "asylum"),
    ("She is an asylee from the war.", IMM, "asylee"),
    ("He came as a refugee in 2022.", IMM, "refugee"),
    ("The family has TPS.", IMM, "TPS"),
    ("His father was deported last year.", IMM, "deported"),
    ("The father is in removal proceedings.", IMM, "removal proceedings"),
    ("Dad was detained by ICE on Monday.", IMM, "ICE"),
    ("ICE agents came to the building.", IMM, "ICE"),
    ("She has an immigration hearing next week.", IMM, "immigration"),
    ("He is not a U.S. citizen.", IMM, "citizen"),
    ("She is a green card holder.", IMM, "green card"),
    ("He is a permanent resident.", IMM, "permanent resident"),
    ("His mother recently naturalized.", IMM, "naturalized"),
    ("She came to the United States illegally last year.", IMM, "illegally"),
    ("He is a Dreamer.", IMM, "Dreamer"),
    ("The boy is an unaccompanied minor.", IMM, "unaccompanied"),
    ("The family lacks legal status.", IMM, "legal status"),
    # national origin
    ("She was born in Guatemala.", NAT, "Guatemala"),
    ("He recently arrived from El Salvador.", NAT, "Salvador"),
    ("The student came from Cabo Verde in 2023.", NAT, "Verde"),
    ("He is originally from the Dominican Republic.", NAT, "Dominican"),
    ("Her family immigrated from Somalia.", NAT, "Somalia"),
    ("He moved here from Haiti.", NAT, "Haiti"),
    ("The student was born in Oaxaca.", NAT, "Oaxaca"),
    ("The boy is from Jordan.", NAT, "Jordan"),
    ("She was born and raised in Port-au-Prince.", NAT, "Prince"),
    ("His nationality is Honduran.", NAT, "Honduran"),
    ("He fled Venezuela with his mother.", NAT, "Venezuela"),
    ("She visits Brazil every summer.", NAT, "Brazil"),
    ("Her country of origin is Vietnam.", NAT, "Vietnam"),
    ("He was born in Tigray province.", NAT, "Tigray"),
    # ethnicity
    ("The student is Dominican.", ETH, "Dominican"),
    ("She is Haitian.", ETH, "Haitian"),
    ("He is Cape Verdean.", ETH, "Verdean"),
    ("A Cape-Verdean boy ran.", ETH, "Verdean"),
    ("The student is Puerto Rican.", ETH, "Puerto"),
    ("He identifies as Latino.", ETH, "Latino"),
    ("She is Hispanic.", ETH, "Hispanic"),
    ("Two Asian students were present.", ETH, "Asian"),
    ("The student is Black.", ETH, "Black"),
    ("A Black male was seen leaving.", ETH, "Black"),
    ("Black and Latino students were searched.", ETH, "Black"),
    ("He is white.", ETH, "white"),
    ("The student is biracial.", ETH, "biracial"),
    ("She is of Mixteco descent.", ETH, "Mixteco"),
    ("A group of Somali girls saw it.", ETH, "Somali"),
    ("Race: Asian.", ETH, "Asian"),
    ("He is African American.", ETH, "African"),
    ("The student is Vietnamese.", ETH, "Vietnamese"),
    ("Several Haitians were nearby.", ETH, "Haitians"),
    ("The boy is Hаitian.", ETH, "itian"),  # Cyrillic а
    # religion
    ("The student is Catholic.", REL, "Catholic"),
    ("She is Muslim and wears a hijab.", REL, "Muslim"),
    ("She wears a hijab.", REL, "hijab"),
    ("He attends a mosque in the area.", REL, "mosque"),
    ("The family attends St. Peter's Church every Sunday.", REL, "Peter"),
    ("He goes to the Haitian Baptist church.", REL, "church"),
    ("He is Jewish.", REL, "Jewish"),
    ("He wears a kippah.", REL, "kippah"),
    ("She was fasting for Ramadan.", REL, "Ramadan"),
    ("He is a Jehovah's Witness.", REL, "Jehovah"),
    ("He is a Jehovah’s Witness.", REL, "Jehovah"),
    ("The student is a devout Christian.", REL, "Christian"),
    ("Her faith community is supporting the family.", REL, "faith"),
    ("He is Sikh.", REL, "Sikh"),
    ("He is a practicing Buddhist.", REL, "Buddhist"),
    # neighborhood
    ("The student lives in Hyde Park.", NBH, "Hyde Park"),
    ("He lives in East Boston.", NBH, "East Boston"),
    ("She lives on Westview Street.", NBH, "Westview"),
    ("Home address: 44 Westview Street, Apt 3.", NBH, "Westview"),
    ("He lives at 12 Main St Apt 3.", NBH, "Main"),
    ("She resides in Mattapan.", NBH, "Mattapan"),
    ("He stays with his aunt in Dorchester.", NBH, "Dorchester"),
    ("Her zip code is 02124.", NBH, "02124"),
    ("He lives in the Mission Main development.", NBH, "Mission Main"),
    ("She lives in Orchard Gardens.", NBH, "Orchard"),
    ("He hangs out in Grove Hall.", NBH, "Grove Hall"),
    ("The family lives in Eastie.", NBH, "Eastie"),
    ("He is from Roxbury.", NBH, "Roxbury"),
    ("She lives in JP.", NBH, "JP"),
    ("He lives off Blue Hill Avenue.", NBH, "Blue Hill"),
    ("They live in the Cathedral development.", NBH, "Cathedral"),
    ("She lives over on Bowdoin Street.", NBH, "Bowdoin"),
    ("The student lives in Jamaica Plain.", NBH, "Jamaica Plain"),
    ("His home is in Roslindale.", NBH, "Roslindale"),
    # language
    ("Her home language is Portuguese.", LANG, "Portuguese"),
    ("He speaks Spanish at home.", LANG, "Spanish"),
    ("She speaks Haitian Creole.", LANG, "Creole"),
    ("She speaks Cape Verdean Creole.", LANG, "Creole"),
    ("He mostly speaks Kriolu.", LANG, "Kriolu"),
    ("The parent needs a Cantonese interpreter.", LANG, "Cantonese"),
    ("Mom needed an interpreter.", LANG, "interpreter"),
    ("He is an ELL student.", LANG, "ELL"),
    ("She is ELL level 2.", LANG, "ELL"),
    ("He is an English language learner.", LANG, "learner"),
    ("She has limited English.", LANG, "limited English"),
    ("His primary language is Somali.", LANG, "Somali"),
    ("She is in the ESL program.", LANG, "ESL"),
    ("He is an EL student.", LANG, "EL student"),
    ("The family is Spanish-speaking.", LANG, "Spanish"),
    ("He yelled something in Vietnamese.", LANG, "Vietnamese"),
    ("She speaks Tigrinya.", LANG, "Tigrinya"),
    ("He speaks Mandarin with friends.", LANG, "Mandarin"),
    ("He does not speak English.", LANG, "English"),
    # gang
    ("Staff believe he is a member of the Castlegate gang.", GANG, "Castlegate"),
    ("He runs with the Wendover Street crew.", GANG, "Wendover"),
    ("Police say he claims Heath Street.", GANG, "Heath"),
    ("He is affiliated with the Thetford Avenue set.", GANG, "Thetford"),
    ("He is a suspected gang member.", GANG, "gang"),
    ("He is gang-involved.", GANG, "gang"),
    ("He is in the gang database.", GANG, "database"),
    ("He throws signs in the hallway.", GANG, "signs"),
    ("He was seen with the Bloods.", GANG, "Bloods"),
    ("He reps MS-13.", GANG, "MS"),
    ("He is part of the Big Head Boys.", GANG, "Big Head"),
    ("He rolls with the Morrow Street boys.", GANG, "Morrow"),
    ("He is affiliated with Latin Kings.", GANG, "Kings"),
    ("He is a member of the Ruggles crew.", GANG, "Ruggles"),
    # face surveillance
    ("He was identified by facial recognition.", FACE, "facial"),
    ("Police ran his photo through Clearview.", FACE, "Clearview"),
    ("A face match confirmed the student.", FACE, "face match"),
    ("Officers ran her photo through a database.", FACE, "photo"),
    ("The system produced a faceprint.", FACE, "faceprint"),
    ("He was identified by a face search.", FACE, "face search"),
    ("Staff used face recognition software.", FACE, "recognition"),
    ("A facial comparison was run.", FACE, "facial comparison"),
]


@pytest.mark.parametrize(("text", "category", "secret"), CASES)
def test_detects(redactor: Redactor, text: str, category: Category, secret: str) -> None:
    spans = redactor.scan(text)
    assert category in {s.category for s in spans}, (text, spans)
    out, reds = redactor.redact_text(text, "incident.description")
    assert secret not in out, out
    assert "[WITHHELD]" in out
    for r in reds:
        assert r.start is not None and r.end is not None
        assert 0 <= r.start < r.end <= len(text)


# Incident facts, names and school names that must survive untouched.
SURVIVE: list[str] = [
    "East Boston High School, second floor",
    "Brighton High School, second floor",
    "Boston Latin Academy, second floor",
    "Madison Park Technical Vocational High School",
    "Jamaica Plain Community Center gym",
    "Mission Hill K-8 cafeteria",
    "West Roxbury Academy",
    "Charlestown High School",
    "Dorchester Academy",
    "Boston International Newcomers Academy",
    "The English High School",
    "He wore a black hoodie and white sneakers.",
    "A black backpack was found.",
    "It happened on Black Friday.",
    "He had a white powder in a bag.",
    "During a bag check the student was found with a folding knife.",
    "A staff member found fentanyl in the student's locker.",
    "The student struck another student, causing a broken jaw.",
    "Andre Quinlan posted a message naming the school and a date, saying he would bring a gun.",
    "Maya Fairbanks was found with brass knuckles.",
    "Rosa Castellano was found with cocaine.",
    "Sofia Castellano and Omar Kowalski fought.",
    "The nurse applied an ice pack to his jaw.",
    "The incident occurred on 2026-03-02 at 10:15.",
    "He had 3 bags of fentanyl in a backpack.",
    "The student spoke to the principal after class.",
    "She was in Spanish class when it happened.",
    "The stage crew found the knife.",
    "He was born in 2010.",
    "He came from the gym with a box cutter.",
    "A loaded handgun was in his waistband.",
    "Students used the Fenway Park entrance.",
    "He threatened to shoot students at the school on Friday.",
    "Oxycodone pills, 12 of them, not prescribed to the student.",
    "The knife had a 4 inch blade.",
]


@pytest.mark.parametrize("text", SURVIVE)
def test_survives(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert out == text, (out, reds)


def test_spans_sorted_non_overlapping(redactor: Redactor) -> None:
    text = "The student is Dominican, lives in Hyde Park, speaks Spanish and is undocumented."
    spans = redactor.scan(text)
    assert len(spans) >= 4
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


def test_adjacent_spans_merge_into_one_marker(redactor: Redactor) -> None:
    out, reds = redactor.redact_text("He is Haitian Dominican.", "x")
    assert out.count("[WITHHELD]") == 1
    assert len(reds) >= 1


def test_offsets_point_into_original(redactor: Redactor) -> None:
    text = "Ｓhe is un\u00addocumented and was born in Guatemala."
    _, reds = redactor.redact_text(text, "x")
    covered = "".join(text[r.start : r.end] for r in reds if r.start is not None)
    assert "Guatemala" in covered


def test_student_full_name_protected(redactor: Redactor) -> None:
    # A surname that is also a lexicon word stays when it is part of the student's full name.
    out, _ = redactor.redact_text("Omar Islam was found with a knife.", "x", protect=["Omar Islam"])
    assert "Omar Islam" in out
    out, _ = redactor.redact_text("Omar Islam practices Islam.", "x", protect=["Omar Islam"])
    # the statement about the faith goes; the name, released anyway, stays
    assert out == "Omar Islam [WITHHELD]."
