#!/usr/bin/env python3
"""Outsider corpus OBE: BOSTON'S PLACES IN EVERY FORM (120 cases, ids OBE-0001 .. OBE-0120).

Family
------
Incident reports written the way school staff write them (forms, timelines, e-mails, first-person
notes, one-liners), full of real Boston place names that only *locate* something: the school
itself ("the school's Mattapan campus"), the incident (Codman Square, the corner of Blue Hill Ave
and Warren St, outside the Dunkin' on Centre St), a T station or bus route (Fields Corner, Forest
Hills, the 28, the Silver Line at Airport), a game or program (White Stadium, the Reggie Lewis
Center, BCYF Hyde Park, Hibernian Hall), or an institution (Boston Public Library branches,
Dorchester District Court, Roxbury District Court, the East Boston courthouse, Codman Square
Health Center, East Boston Neighborhood Health Center).  Beside those, in the same reports,
statements of where a student, a victim, a witness or a relative LIVES (street, address, zip,
housing development, neighbourhood of residence, a shelter or hotel placement, "staying with her
aunt in Mattapan"), which RULES.md section 4 forbids (`neighborhood`), and now and then another
forbidden fact (language, ethnicity, national origin, immigration status, religion, gang
affiliation, face surveillance).  The same place name is an incident place in one case and a
home in another (Codman Square, Forest Hills, Fields Corner, Mattapan, Hyde Park, Jamaica,
Orchard Gardens, Franklin Field, Bunker Hill, Orient Heights, Roslindale, Glenway St ...), and
sometimes both inside one case (tag `same_name`).

Labelling notes (how each label was decided, RULES.md only)
-----------------------------------------------------------
* decision: allow only when the ground is one of the four permitted grounds, the recipient is
  `bpd` or a `bpd/...` unit, a drugs request names at least one substance outside marijuana,
  nicotine and alcohol, a credible_threat request carries a written threat_statement, and nothing
  in the request is derived from face recognition.  Otherwise deny with the first reason that
  plainly applies: ground_not_permitted (fight, theft, vandalism, trespass, truancy, "gang
  activity", "suspicious behavior", an address look-up), excluded_substance (only marijuana /
  nicotine / alcohol / a vape of unknown content), recipient_not_permitted (BRIC, ICE, the
  Commonwealth Fusion Center, MBTA Transit Police, BHA police, a district attorney, private
  security: none is BPD), missing_threat_statement, face_surveillance (a face-match attachment,
  a facial-recognition identification, a request for class photos to run against camera
  footage), other (airsoft and replica guns, which need a named approver's determination).
  Every deny case has exactly one of these defects.
* Forbidden spans are written inline in the source as [[code:...]] (nb neighborhood, la
  language, et ethnicity, no national_origin, im immigration_status, re religion, ga
  gang_affiliation, fs face_surveillance); forbidden structured student fields are listed with
  their category.  A sentence is a residence statement (forbidden) when it says where a person
  lives, stays, is placed, moved to, or is housed; it is an incident place (kept) when it says
  where something happened, where a bus/train/game/program/court/clinic/library is, or where the
  school is.  A school name, a court, a library branch, a health center or a park named for a
  neighbourhood is not a residence.
* must_not_contain lists, for every forbidden mention, the shortest substring(s) that reveal it and
  that can never legitimately appear in the police copy.  When the same place name is also an
  incident place in that case, the canary is lengthened so that it only matches the residence
  mention ("right off Codman Square", "lives near Forest Hills", "aunt in Mattapan").  When a
  residence span also leaks a vicinity ("two streets over", "by Jackson Square") that phrase is a
  canary too.
* must_contain holds the student's name and school exactly as sent plus one key fact (weapon,
  drug, injury); must_contain_text holds 1-3 incident facts, each inside a sentence of the
  description that carries no forbidden span (checked mechanically below).
* Tags: every case is tagged `places`; then allow_clean / allow_redact / deny_<reason>;
  `precision_trap` when a must_contain_text item holds a word or name that looks like a forbidden
  category but is not one in context (Jamaica Plain branch, White Stadium, the home bleachers,
  Hibernian Hall, Temple Place, the Mission Park stop, the Heath Street stop, crew practice,
  Border St, Chinatown station, Boston Latin Academy, the Newcomers Academy dean, the Museum of
  African American History, Park Street Church, a bus shelter, an Orchard Gardens K-8 gym, a
  neighbourhood-named place whose name is a home elsewhere in the same case ...); `same_name`
  when one place name is both an incident place and a residence in the same case; `structured`
  when a forbidden fact sits in a structured student field.

Deterministic: a fixed seed (random.Random(SEED)) picks names, ids, dates and dates of birth; the
cases themselves are fixed text.  Standard library only.  The generator checks its own labels
(canaries only inside forbidden spans or fields, kept facts only in clean sentences) and refuses
to write the file if a check fails.  Output: <root>/tests/data/corpus/outsider_be.jsonl, where
<root> is two levels above this file's folder.
"""
import datetime
import json
import pathlib
import random
import re
import sys
import unicodedata

SEED = 20260402
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "tests" / "data" / "corpus" / "outsider_be.jsonl"
PREFIX = "OBE"

CODES = {"nb": "neighborhood", "la": "language", "et": "ethnicity", "no": "national_origin",
         "im": "immigration_status", "re": "religion", "ga": "gang_affiliation",
         "fs": "face_surveillance"}

FIRST_M = ["Jaylen", "Malik", "Josiah", "Xavier", "Tyrese", "Elijah", "Keyshawn", "Isaiah", "Kevin",
           "Darnell", "Andre", "Marcus", "Jordan", "Devon", "Luis", "Nathan", "Christopher", "Caleb",
           "Derek", "Omar", "Jayden", "Ryan", "Anthony", "Jonah", "Dante", "Khalil", "Mateo",
           "Trevon", "Gabriel", "Quentin", "Rashad", "Victor", "Damian", "Emmanuel", "Cristian",
           "Tavon", "Bryce", "Hector", "Julian", "Kendrick", "Nasir", "Samuel", "Terrence",
           "Wesley", "Adrian", "Corey", "Dominic", "Elias", "Felix", "Ivan", "Jamal", "Kofi",
           "Lamar", "Miles", "Noel", "Oscar", "Pedro", "Shawn", "Tobias", "Uriel", "Zion",
           "Amir", "Cedric", "Desmond", "Ezekiel", "Fabian", "Garrett", "Hakeem", "Isaac",
           "Jerome", "Kwame", "Lorenzo", "Moses", "Nico", "Orlando", "Yusuf", "Tariq"]
FIRST_F = ["Kiara", "Destiny", "Naomi", "Imani", "Aaliyah", "Jasmine", "Nia", "Alondra", "Sofia",
           "Mariah", "Leah", "Tatiana", "Brianna", "Shanice", "Gabriela", "Zoe", "Ariana", "Yasmin",
           "Ashley", "Kayla", "Priya", "Maya", "Tiana", "Janelle", "Keisha", "Amara", "Bianca",
           "Camila", "Dayana", "Esther", "Fatima", "Giselle", "Isabel", "Jada", "Kenya",
           "Layla", "Monique", "Nadia", "Olivia", "Paola", "Rosa", "Sasha", "Trinity", "Valeria",
           "Whitney", "Ximena", "Yolanda", "Adriana", "Brenda", "Chloe", "Daniela", "Erica",
           "Faith", "Gianna", "Heaven", "Iris", "Jocelyn", "Kimberly", "Lucia", "Melody", "Noemi"]
LAST = ["Simmons", "Pierce", "Holloway", "Bennett", "Greene", "Fletcher", "Mitchell", "Lawson",
        "Reyes", "Thompson", "Coleman", "Harper", "Wallace", "Spencer", "Rivera", "Gaines",
        "Sutton", "Whitaker", "Barnes", "Ellis", "Monroe", "Graves", "Hayes", "Jennings", "Lowe",
        "McKenzie", "Ortiz", "Pena", "Quinn", "Russo", "Sandoval", "Tate", "Vaughn", "Webb",
        "Young", "Dyer", "Fuller", "Oakes", "Pryor", "Rollins", "Sharpe", "Tillman", "Underwood",
        "Vance", "Weeks", "Yates", "Abbott", "Bishop", "Crowley", "Doyle", "Eaton", "Farrow",
        "Gibbs", "Hollis", "Ingram", "Joyner", "Keller", "Lindqvist", "Mercado", "Nwosu",
        "Osei", "Pacheco", "Rowe", "Salcedo", "Toussaint", "Valdez", "Wiggins", "Acosta",
        "Baptiste", "Castillo", "Delgado", "Estrada", "Figueroa", "Guzman", "Hinds", "Irwin",
        "Alvarado", "Brathwaite", "Cruz", "Dixon", "Edmonds", "Forde", "Gordon", "Hamlin", "Ibarra",
        "Jarvis", "Kowalski", "Lyons", "Mensah", "Nolan", "Owens", "Perez", "Ramsey", "Sowell",
        "Tavares", "Ventura", "Whitfield", "Xiong", "Yeboah", "Ziegler", "Allard", "Boateng", "Cabral",
        "Dunbar", "Espinal", "Fofana",
        "Jeffries", "Kamara", "Lugo", "Medina", "Nunez", "Okoro", "Paige", "Renaud", "Solis",
        "Thibodeaux", "Ulloa", "Varela", "Wynn", "Zamora", "Beckford", "Chambers", "Dawkins"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------
# ALLOW, ground weapon (30)
# ---------------------------------------------------------------------------------------------
case(g="m", gr=10, school="TechBoston Academy", rec="bpd/district-c11", ground="weapon",
     weapon="folding knife", t="14:50",
     loc="Codman Square, outside the Codman Square branch library (Washington St)",
     desc="At about 2:50 PM, after dismissal, SSS Pereira was walking the Washington St side of "
          "Codman Square and saw {f} and another TechBoston student (R.D.) arguing outside the "
          "Codman Square library. {f} pulled a folding knife from his hoodie pocket and held it "
          "down by his leg. SSS Pereira stepped between them and {f} handed it over on the library "
          "steps. The knife has a 3-inch blade and a black grip; nobody was cut. "
          "[[nb:{f}'s family lives on Athelwold St.]] His mother came to the main office at 3:40 "
          "and was given a copy of the Code of Conduct letter.",
     mnc=["Athelwold"], mct=["outside the Codman Square library", "on the library steps", "3-inch blade"],
     key="folding knife", tags=[])

case(g="m", gr=10, school="English High School", rec="bpd/district-e13", ground="weapon",
     weapon="box cutter", t="15:30",
     loc="Boston Public Library, Jamaica Plain branch, teen room",
     desc="Call came in from the youth services librarian at the Jamaica Plain branch at 3:30. {f}, "
          "one of ours (English High lanyard), was at the back table in the teen room showing a box "
          "cutter to two middle schoolers and sliding the blade in and out. When the librarian asked "
          "him to put it away he said it was \"for protection on the 39.\" SSS Okafor and AP Dunne "
          "walked over from the school and {f} gave the cutter to SSS Okafor at the circulation desk "
          "without an argument. It is a yellow retractable cutter with a fresh blade. {f} has no job "
          "or class that uses one. Library staff said no one was threatened directly and the two "
          "younger kids left with a parent.",
     mnc=[], mct=["Jamaica Plain branch", "teen room", "yellow retractable cutter"],
     key="box cutter", tags=["precision_trap"])

case(g="m", gr=11, school="Jeremiah E. Burke High School", rec="bpd/district-b3", ground="weapon",
     weapon="loaded handgun", t="07:40",
     loc="MBTA bus stop, corner of Blue Hill Ave and Warren St (Grove Hall)",
     desc="WHAT: Loaded handgun (black 9mm semi-automatic, magazine in, no round chambered) in the "
          "student's backpack.\nWHERE: MBTA bus stop at the corner of Blue Hill Ave and Warren St, in "
          "front of the Grove Hall shopping plaza, about 7:40 AM.\nHOW FOUND: SSS Blaine was posted at "
          "the stop for morning arrival and saw the grip in the open front pocket of {f}'s backpack "
          "while he was getting off the 28. SSS Blaine held the backpack and radioed for BPD; B-3 "
          "officers secured the weapon at 7:52.\nSTUDENT STATEMENT: {f} said he was \"holding it for "
          "somebody\" and would not say who. He was calm and cooperative with the officers.\nWITNESSES: SSS Blaine; the 28 bus operator, who stayed at the stop until "
          "8:05; two 11th graders who were behind {f} in line and saw SSS Blaine take the bag. Both wrote "
          "statements in the main office before first period.\nACTIONS TAKEN: Emergency removal under "
          "SAF-02. Backpack and contents (handgun, magazine, a black hoodie, a school Chromebook, two "
          "notebooks) were photographed by the officers at the stop; the Chromebook and notebooks were "
          "returned to the school. The Grove Hall plaza security guard gave officers the plaza camera "
          "footage of the stop.\nPRIOR INCIDENTS: None involving weapons. One fight in grade 9 (no "
          "injuries).\nFOLLOW-UP: Expulsion hearing requested; re-entry meeting to be scheduled after the "
          "hearing; counselor referral made.\nFAMILY: [[la:Guardian is his grandmother, who speaks only "
          "Haitian Creole; she was reached at 8:30 through the school's Creole interpreter.]]",
     mnc=["Creole", "Haitian", "Fowler St", "02121"],
     mct=["corner of Blue Hill Ave and Warren St", "magazine in", "getting off the 28"],
     extra=[("address", "14 Fowler St, Dorchester, MA 02121", "neighborhood")],
     key="handgun", tags=["structured"])

case(g="m", gr=9, school="Brighton High School", rec="bpd/district-d14", ground="weapon",
     weapon="brass knuckles", t="15:05", loc="MBTA route 57, Brighton Center",
     desc="Brass knuckles fell out of {f}'s jacket pocket on the 57 bus at Brighton Center at 3:05. "
          "Driver flagged SSS Coyle at the stop on Washington St; {f} gave them up. No one hurt.",
     mnc=[], mct=["Brighton Center", "57 bus"], key="brass knuckles", tags=[])

case(g="f", gr=10, school="East Boston High School", rec="bpd/district-a7", ground="weapon",
     weapon="pepper spray", t="08:15", d="2025-11-05", loc="Bus stop, corner of Border St and Sumner St, East Boston",
     desc="{f} sprayed pepper spray into the air during an argument at the bus stop at the corner of "
          "Border St and Sumner St at about 8:15, before first period. Two students standing near her "
          "had watery eyes and were rinsed out by the nurse; neither needed EMS. The canister is a pink "
          "keychain model and is now in the AP's safe. {f} told AP Santos she carries it because she "
          "gets out of soccer practice after dark. [[nb:She lives with her father on Bennington St]] "
          "[[im:and said the family has \"an asylum case\" and she is scared of anything going to "
          "police.]]",
     mnc=["Bennington St", "asylum"], mct=["corner of Border St and Sumner St", "pink keychain"],
     key="pepper spray", tags=["precision_trap"])

case(g="m", gr=12, school="Charlestown High School", rec="bpd/district-a15", ground="weapon",
     weapon="switchblade", t="13:10", loc="Community College station (Orange Line), lobby",
     desc="During lunch (around 1:10) {f} came back from his dual-enrollment class at Bunker Hill "
          "Community College and, in the Orange Line lobby at Community College station, showed a "
          "switchblade to a sophomore who had been messaging him. The sophomore walked away and told "
          "his coach. When {f} got back to the building SSS Morrissey met him at the Medford St "
          "entrance and the knife was in his left sneaker: 4-inch blade, spring opening. {f} said it "
          "belonged to his cousin. [[nb:His mother confirmed that he now lives with her in the Bunker "
          "Hill development.]]",
     mnc=["Bunker Hill development", "BHA - Bunker Hill"],
     mct=["Bunker Hill Community College", "Community College station", "Medford St entrance"],
     extra=[("housing", "BHA - Bunker Hill", "neighborhood"), ("homeroom", "B214", None)],
     key="switchblade", tags=["precision_trap", "same_name", "structured"])

case(g="f", gr=11, school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
     ground="weapon", weapon="razor blade", t="16:20", loc="Hibernian Hall, Nubian Square",
     desc="This happened off campus, at an after-school program the school runs with Madison Park "
          "Development Corporation at Hibernian Hall in Nubian Square. At about 4:20, during a dance "
          "rehearsal, staff saw {f} take a single-edge razor blade out of a lip balm tube and hold it "
          "toward another student, J.W., saying \"say it again.\" The program director took the tube "
          "from her. No one was cut. The blade was wrapped in tape and handed to our SSS the next "
          "morning along with the director's written account. {f} has no prior weapons incidents.",
     mnc=[], mct=["Hibernian Hall", "lip balm tube", "dance rehearsal"],
     key="razor blade", tags=["precision_trap"])

case(g="m", gr=9, school="John D. O'Bryant School of Mathematics and Science", rec="bpd/district-b2",
     ground="weapon", weapon="stun gun", t="15:40", d="2026-01-27", loc="Ruggles station, busway",
     desc="{f} (grade 9) was stopped by the Ruggles station MBTA attendant at 3:40 after another "
          "O'Bryant student told her {f} had a stun gun and had \"lit it up\" on the busway. SSS Tran "
          "came down from the school. The device is a black rechargeable stun gun shaped like a "
          "flashlight; {f} handed it over. He says he bought it online. "
          "[[nb:Since November the family has been placed at a hotel in Woburn through the state "
          "shelter program.]]",
     mnc=["Woburn", "shelter program"], mct=["Ruggles station", "shaped like a flashlight"],
     key="stun gun", tags=["shelter_hotel"])

case(g="f", gr=8, school="Boston Latin Academy", rec="bpd/district-b2", ground="weapon",
     weapon="knife", t="07:25", d="2025-12-03",
     loc="MBTA route 28 (inbound), Blue Hill Ave at the Franklin Park Zoo entrance",
     desc="Per the MBTA bus operator's report, which was forwarded to us, two BLA 8th graders got into "
          "an argument on the inbound 28 at about 7:25 AM near the Franklin Park Zoo entrance on Blue "
          "Hill Ave. {f} took a small kitchen knife (serrated, about 4 inches, wooden handle) out of "
          "her lunch bag, pointed it at the other girl, then put it back. The operator pulled over at "
          "the stop by the zoo gate and both girls got off; {f} walked the rest of the way to Townsend "
          "St. SSS Grady searched her lunch bag at the main entrance at 7:55 and took the knife. "
          "[[nb:{f} has been staying with her aunt in Mattapan since October]] [[la:and the aunt asked "
          "that calls go through a Spanish interpreter.]] No one was injured.",
     mnc=["Mattapan", "Spanish"], mct=["Franklin Park Zoo entrance", "inbound 28", "wooden handle"],
     key="kitchen knife", tags=[])

case(g="m", gr=11, school="Excel High School", rec="bpd/district-c6", ground="weapon",
     weapon="expandable baton", t="14:35", loc="Moakley Park, track and field",
     desc="I was called to the Moakley Park field, where gym class uses the track, at 2:35. The PE "
          "teacher had seen {f} swing an expandable steel baton at the fence and then flick it toward "
          "a classmate, stopping short. I took the baton from him; it extends to about 21 inches. {f} "
          "said some kids from another school had been waiting for him at the Broadway T station. "
          "[[nb:He also said he walks home to the Old Colony development and wanted it \"just for the "
          "walk.\"]] Nobody was hit. (AP Kearney)",
     mnc=["Old Colony"], mct=["Moakley Park", "21 inches", "Broadway T station"],
     key="baton", tags=[])

case(g="f", gr=10, school="Boston Community Leadership Academy", rec="bpd/district-e18", ground="weapon",
     weapon="knife", t="17:45", d="2026-02-25", loc="BCYF Hyde Park, River St (gym)",
     desc="Incident at BCYF Hyde Park on River St during the evening teen basketball league, about "
          "5:45 PM. Center staff saw {f} arguing with a girl from another school by the water fountain "
          "and then saw her holding an open pocket knife. Staff separated them and {f} dropped the knife "
          "into the trash can, where the coordinator recovered it: a silver folding knife with a 3-inch "
          "blade. The coordinator called our after-hours line because the league roster lists BCLA. "
          "[[nb:{f} and her mother moved in January to an apartment on Belgrade Ave in Roslindale.]] "
          "She says the other girl has been posting about her since the fall.",
     mnc=["Belgrade Ave", "Roslindale"], mct=["BCYF Hyde Park", "water fountain", "into the trash can"],
     key="knife", tags=[])

case(g="m", gr=11, school="New Mission High School", rec="bpd/district-e18", ground="weapon",
     weapon="firearm (unloaded, no serial number)", t="07:20",
     loc="Hyde Park Ave bus stop near Cleary Square",
     desc="At 7:20 AM the barber at the corner shop by Cleary Square called BPD and our main office: a "
          "teenager in a New Mission hoodie had shown a handgun to two other kids at the bus stop "
          "outside his shop while they waited for the 32. District E-18 officers and SSS Lim found {f} "
          "at the New Mission front doors at 7:34. The gun was in the inside pocket of his coat: an "
          "unloaded pistol with no serial number (a \"ghost gun\" per the officers) and no magazine. A "
          "magazine with 6 rounds was in his backpack. The officers took both. {f} said he found it in "
          "a trash bag by the Readville commuter rail station. The school is following SAF-02.",
     mnc=[], mct=["Cleary Square", "New Mission front doors", "no serial number"],
     key="ghost gun", tags=["precision_trap"])

case(g="f", gr=7, school="Mildred Avenue K-8 School", rec="bpd/district-b3", ground="weapon",
     weapon="box cutter", t="12:05", loc="Mildred Avenue K-8 School, cafeteria",
     desc="At the school's Mattapan campus, at 12:05 during 7th grade lunch, a lunch aide saw {f} cut "
          "open a bag of chips with a box cutter and then wave it at a boy who was teasing her. The aide "
          "took it. The blade was out about an inch. No injuries. [[nb:Her family lives in Mattapan too, "
          "on Babson St]], and she told the AP she took it from her uncle's moving job.",
     mnc=["lives in Mattapan", "Babson St"], mct=["the school's Mattapan campus", "bag of chips"],
     key="box cutter", tags=["precision_trap", "same_name"])

case(g="m", gr=10, school="Dearborn STEM Academy", rec="bpd/district-b2", ground="weapon",
     weapon="machete", t="15:15", loc="Nubian Square, outside the BPL Dudley branch",
     desc="At 3:15 {f} was seen by a BPL security guard outside the Dudley branch with a machete (about "
          "18 inches, in a cardboard sleeve) tucked into his waistband. The guard called BPD and the "
          "school. SSS Adeyemi recognized him on the plaza and he gave it up. According to the guard no "
          "one was threatened. [[nb:{f} told SSS Adeyemi he was walking home to Orchard Gardens]] and "
          "had brought the machete to film a music video.",
     mnc=["Orchard Gardens"], mct=["outside the Dudley branch", "cardboard sleeve"],
     key="machete", tags=[])

case(g="f", gr=8, school="Lilla G. Frederick Middle School", rec="bpd/district-c11", ground="weapon",
     weapon="pepper spray", t="15:25", loc="Strand Theatre, Columbia Rd (sidewalk)",
     desc="Just after dismissal (3:25) a group of Frederick 8th graders were outside the Strand Theatre "
          "on Columbia Rd waiting for the 16. {f} and another girl (A.M.) were arguing about a video. "
          "{f} sprayed pepper spray at A.M.'s face from about two feet away. A.M. was treated by the "
          "school nurse and then by EMS at the scene for eye irritation and released to her mother. "
          "A.M.'s mother, [[nb:who lives two streets over on Hamilton St,]] came to the Strand within "
          "ten minutes. [[et:Both families are Cape Verdean]] and the girls have known each other since "
          "elementary school.",
     mnc=["Hamilton St", "lives two streets over", "Cape Verdean"],
     mct=["outside the Strand Theatre", "waiting for the 16", "two feet away"],
     key="pepper spray", tags=[])

case(g="m", gr=11, school="Henderson K-12 Inclusion School", rec="bpd/district-c11", ground="weapon",
     weapon="butterfly knife", t="08:05", loc="Fields Corner station, busway",
     desc="Timeline (from SSS Quinlan and the Fields Corner MBTA station officer):\n"
          "- 8:05 AM: {f} and two Henderson upper-school students got off the Red Line at Fields Corner "
          "station. In the busway {f} opened a butterfly knife and spun it, then pointed it at one of "
          "the others (D.S.) and said \"run it.\"\n"
          "- 8:07: D.S. ran toward Dorchester Ave and called his mother, who called the school.\n"
          "- 8:20: SSS Quinlan found {f} at the upper campus front desk and recovered the butterfly "
          "knife from his jacket.\n"
          "- 8:40: Mother notified. [[nb:She said he lives with her a block from Fields Corner, on "
          "Adams St]], [[la:and she asked for a Vietnamese interpreter for the meeting.]]\n"
          "No injuries. D.S. says {f} wanted his AirPods.",
     mnc=["a block from Fields Corner", "Adams St", "Vietnamese"],
     mct=["Fields Corner station", "run it", "upper campus front desk"],
     key="butterfly knife", tags=["precision_trap", "same_name"])

case(g="f", gr=12, school="Community Academy of Science and Health", rec="bpd/district-c11",
     ground="weapon", weapon="box cutter", t="16:10", loc="Codman Square Health Center, staff break room",
     desc="Report from the internship coordinator at Codman Square Health Center. At about 4:10, in the "
          "staff break room on the second floor, {f} (CASH senior, health-careers internship) got into "
          "a loud argument with an intern from a different school and took a box cutter out of her tote "
          "bag. A medical assistant told her to put it down and she did, on the table. Health center "
          "security held it and called our program office. The cutter is an orange utility knife with "
          "the blade extended. No one was hurt. The internship is suspended pending a meeting.",
     mnc=[], mct=["Codman Square Health Center", "staff break room", "orange utility knife"],
     key="box cutter", tags=[])

case(g="m", gr=10, school="Boston Arts Academy", rec="bpd/district-d4", ground="weapon",
     weapon="knife", t="18:30", loc="Temple Place, Downtown Crossing",
     desc="After the evening dress rehearsal, about 6:30 PM, a group of BAA students took the Orange Line "
          "to Downtown Crossing. On Temple Place, outside the shoe store, {f} got into a shoving match "
          "with a student from another school and pulled a fixed-blade hunting knife (about 5 inches, "
          "leather sheath) from his backpack. A store employee yelled and the other student ran toward "
          "Tremont St. Our theater teacher, who was with the group, told {f} to give her the bag; he did, "
          "and she brought it back to school and locked it in the main office. She reported it to the "
          "headmaster that night. [[re:{f}'s father told us the knife is from a family hunting trip and "
          "asked that the meeting not be on a Friday because of Jumu'ah prayers.]] No one was cut.",
     mnc=["Jumu'ah", "prayers"], mct=["Temple Place", "outside the shoe store", "leather sheath"],
     key="hunting knife", tags=["precision_trap"])

case(g="f", gr=11, school="Fenway High School", rec="bpd/district-b2", ground="weapon",
     weapon="brass knuckles", t="15:50", loc="Mission Park stop (E branch), Huntington Ave",
     desc="{f} was stopped by SSS Ferreira at 3:50 at the Mission Park stop on Huntington Ave after a "
          "Fenway student told him she had \"brass knucks\" and was going to meet a girl from the Tobin "
          "after school. SSS Ferreira asked for her bag; the brass knuckles (gold-colored, four finger "
          "holes) were in the side pocket. She had not used them. [[nb:{f} lives in the Mission Main "
          "development with her grandmother]], who was called at 4:15.",
     mnc=["Mission Main"], mct=["Mission Park stop", "four finger holes"],
     key="brass knuckles", tags=["precision_trap"])

case(g="m", gr=10, school="Dorchester Academy", rec="bpd/district-c11", ground="weapon",
     weapon="folding knife", t="14:20", loc="Ronan Park, Mount Ida Rd",
     desc="Students were walking to Ronan Park for a science field activity at 2:20 when {f} showed a "
          "classmate a large folding knife and said it was for \"whoever tries me.\" The teacher took "
          "the knife at the top of the park, by the Mount Ida Rd overlook, and walked the class back. "
          "The blade is about 4 inches with a belt clip. Nobody was threatened directly. "
          "[[ga:The dean says {f} has been hanging with a group that calls itself 'Top Hill' and the "
          "school lists him as a suspected member.]]",
     mnc=["Top Hill", "suspected member", "African American"],
     mct=["Ronan Park", "Mount Ida Rd overlook", "belt clip"],
     extra=[("race_ethnicity", "Black or African American", "ethnicity")],
     key="folding knife", tags=["structured"])

case(g="f", gr=8, school="Joseph Lee K-8 School", rec="bpd/district-c11", ground="weapon",
     weapon="razor blade", t="07:50", d="2025-10-22", loc="Talbot Ave commuter rail stop (Fairmount Line)",
     desc="7:50 AM, Talbot Ave commuter rail stop (Fairmount Line), two blocks from the school. Crossing "
          "guard Ms. Pratt saw {f} take a razor blade out of her phone case and scratch at a younger "
          "student's backpack strap, then hold it near the student's neck and laugh. The younger "
          "student (grade 6) was not cut. Ms. Pratt walked both girls into the Lee and the AP took the "
          "razor blade, a single blade with no handle. [[nb:{f} lives in the Franklin Field apartments]] "
          "[[no:and arrived from Jamaica last spring]]; her mother picked her up at 9:30.",
     mnc=["Franklin Field", "from Jamaica"],
     mct=["Talbot Ave commuter rail stop", "phone case", "backpack strap"],
     key="razor blade", tags=[])

case(g="m", gr=8, school="Orchard Gardens K-8 School", rec="bpd/district-b2", ground="weapon",
     weapon="steak knife", t="13:30", loc="Orchard Gardens K-8 School, gym",
     desc="During 8th grade PE in the Orchard Gardens K-8 gym (1:30 PM) the teacher saw {f} pass a steak "
          "knife to another student under the bleachers. She took it immediately. {f} said he brought "
          "it to \"scare\" a kid who has been taking his lunch. Knife: black plastic handle, serrated, "
          "about 5 inches. No one was hurt and no one was threatened with it in the gym.",
     mnc=[], mct=["Orchard Gardens K-8 gym", "under the bleachers", "serrated"],
     key="steak knife", tags=["precision_trap"])

case(g="f", gr=8, school="Mario Umana Academy", rec="bpd/district-a7", ground="weapon",
     weapon="box cutter", t="15:10", loc="BPL East Boston branch, Bremen St, study room",
     desc="At 3:10 PM the East Boston branch librarian on Bremen St called our main office: two Umana 8th "
          "graders were fighting over a phone in the study room and one of them, {f}, had a box cutter "
          "out. By the time our SSS arrived (3:20) the librarian had the box cutter on the desk and the "
          "girls were apart. The other girl, L.C., had a small scratch on the back of her hand; the nurse "
          "cleaned it the next morning. [[im:{f}'s mother called in tears and said they have \"no "
          "papers\"]] [[nb:and are staying with her sister in Chelsea.]]",
     mnc=["no papers", "Chelsea"],
     mct=["East Boston branch", "study room", "scratch on the back of her hand"],
     key="box cutter", tags=[])

case(g="m", gr=7, school="Donald McKay K-8 School", rec="bpd/district-a7", ground="weapon",
     weapon="pocket knife", t="11:40", d="2025-06-05", loc="Orient Heights station (Blue Line), platform",
     desc="Seventh grader {f} showed a pocket knife to classmates on the Blue Line platform at Orient "
          "Heights during the field trip to Constitution Beach, 11:40 AM. A chaperone took it; the "
          "blade stayed closed the whole time. No threats made. [[nb:He lives in the Orient Heights "
          "development]], so he knew the station staff.",
     mnc=["Orient Heights development"], mct=["platform at Orient Heights", "Constitution Beach"],
     key="pocket knife", tags=["precision_trap", "same_name"])

case(g="f", gr=8, school="Roosevelt K-8 School", rec="bpd/district-e5", ground="weapon",
     weapon="paring knife", t="14:45", d="2025-06-10", loc="Millennium Park, upper soccer fields",
     desc="Grade 8 field day at Millennium Park, by the upper soccer fields, about 2:45 PM. After an "
          "argument about a relay race {f} pulled a paring knife from her sock and told another girl "
          "she would \"cut her hair off.\" Mr. Abaye, the teacher closest, took the knife from her hand. "
          "Nobody was hurt. The knife has a red plastic handle and a 3-inch blade. "
          "[[nb:The family stays at Sojourner House, the family shelter in Roxbury]], and the shelter "
          "case manager was called along with her mother.",
     mnc=["Sojourner House", "shelter in Roxbury"],
     mct=["Millennium Park", "upper soccer fields", "red plastic handle"],
     key="paring knife", tags=["shelter_hotel"])

case(g="m", gr=12, school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
     ground="weapon", weapon="revolver", t="10:40", d="2026-02-10",
     loc="Madison Park TVHS, locker area behind the automotive shop",
     desc="Summary prepared by Assistant Headmaster Carrow.\n\n"
          "At 10:40 AM a senior in the automotive program told her shop instructor that {f} had shown a "
          "gun in the locker area behind the auto shop bays, near the Malcolm X Blvd loading dock. The "
          "instructor called SSS Dorsey and me. We cleared the locker area and asked {f} to step into the "
          "instructor's office. He admitted there was \"something\" in his locker. SSS Dorsey opened the "
          "locker in my presence and found a small black revolver wrapped in a shop towel inside a lunch "
          "cooler. It held five rounds. SSS Dorsey did not handle it; BPD B-2 officers arrived at 10:58 "
          "and secured it.\n\n"
          "{f} said he got the revolver two days earlier from an older man at the Melnea Cass Blvd and "
          "Washington St intersection, by the Silver Line stop, because he had been robbed on the way to "
          "the Reggie Lewis Center for an indoor track meet in January. He said he never took it out at "
          "school before today and showed it to only one friend. No one was threatened and no shots were "
          "fired.\n\n"
          "His mother came at 11:45. {f} is suspended pending an expulsion hearing under SAF-02. SSS "
          "Dorsey reviewed the locker-area cameras; the footage shows {f} opening the cooler at 10:31 "
          "with the friend beside him.\n\n"
          "Follow-up the same afternoon: the friend (grade 12) was interviewed with his father present and "
          "said {f} told him the revolver was \"for the walk from the Silver Line.\" The friend did not "
          "touch it. The automotive program head checked the other lockers in that row with SSS Dorsey at "
          "1:30 and found nothing else. Our counselor met with the senior who reported it.",
     mnc=[], mct=["Malcolm X Blvd loading dock", "shop towel", "five rounds"],
     key="revolver", tags=[])

case(g="f", gr=10, school="Boston Green Academy", rec="bpd/district-d14", ground="weapon",
     weapon="knife", t="15:35", loc="BPL Faneuil branch, Oak Square, study room",
     desc="Our student {f} was reported by Faneuil branch staff (Oak Square) at 3:35 for holding a "
          "kitchen knife to the door of the study room while a boy inside refused to come out. The boy, "
          "from another school, said she was upset about a post. Staff called 911; District D-14 "
          "officers were there by 3:45 and took the knife, an 8-inch chef's knife wrapped in a paper "
          "towel. No one was injured. [[nb:She lives in the Commonwealth development on Fidelis Way]] "
          "[[la:and is an English learner at level 2 whose family speaks Portuguese at home.]]",
     mnc=["Fidelis Way", "Commonwealth development", "English learner", "Portuguese", "EL level 2"],
     mct=["Faneuil branch", "door of the study room", "8-inch chef's knife"],
     extra=[("ell_status", "EL level 2", "language")],
     key="chef's knife", tags=["structured"])

case(g="m", gr=11, school="Snowden International School", rec="bpd/district-a1", ground="weapon",
     weapon="folding knife", t="16:50", loc="Chinatown station (Orange Line), inbound platform",
     desc="Snowden junior {f} was seen by an MBTA employee at Chinatown station (Orange Line, inbound "
          "platform) at 4:50 flashing a knife at two boys after the three of them got off the train. "
          "The boys told a Snowden teacher who was on the platform. The teacher called SSS Vu, who met "
          "{f} at the Essex St exit; he gave up a black tactical folding knife with a 3.5-inch blade. "
          "Nobody was hurt. {f} said the boys had been following him since Copley.",
     mnc=[], mct=["Chinatown station", "Essex St exit", "3.5-inch blade"],
     key="folding knife", tags=["precision_trap"])

case(g="m", gr=8, school="Sarah Greenwood K-8 School", rec="bpd/district-c11", ground="weapon",
     weapon="taser", t="16:00", loc="BCYF Perkins, Talbot Ave",
     desc="After school at BCYF Perkins on Talbot Ave (about 4:00), {f} used a taser on the arm of "
          "another 8th grader during a game of knockout. The other boy (T.H.) yelled and dropped; he had "
          "two small red marks on his forearm and no other injury, and his mom declined EMS. Perkins "
          "staff took the taser (black, with a laser light) and walked both boys back to the Glenway St "
          "entrance of the school, where the after-school coordinator was. A parent who saw it, "
          "[[nb:and who lives across from the school on Glenway St,]] called the principal at 4:20.",
     mnc=["lives across from the school"],
     mct=["BCYF Perkins", "Glenway St entrance", "two small red marks"],
     key="taser", tags=["precision_trap", "same_name"])

case(g="f", gr=8, school="Young Achievers Science and Math K-8 School", rec="bpd/district-b3",
     ground="weapon", weapon="folding knife", t="15:20", loc="Mattapan station (trolley side)",
     desc="Folding knife taken from {f} at Mattapan station (trolley side), 3:20 PM. No one hurt.",
     mnc=[], mct=["Mattapan station", "trolley side"], key="folding knife", tags=[])

# ---------------------------------------------------------------------------------------------
# ALLOW, ground serious_violence (20)
# ---------------------------------------------------------------------------------------------
case(g="m", gr=10, school="Jeremiah E. Burke High School", rec="bpd/district-b3",
     ground="serious_violence", t="15:10", loc="BPL Grove Hall branch, Geneva Ave (front steps)",
     desc="Around 3:10 PM, on the front steps of the Grove Hall branch library on Geneva Ave, {f} punched "
          "a 9th grader, K.B., repeatedly and kicked him in the head after he fell. Library staff called "
          "911. K.B. was unconscious for about a minute and was taken by EMS to Boston Medical Center, "
          "where he was diagnosed with a concussion and a fractured orbital bone. {f} walked away toward "
          "Blue Hill Ave and was found by SSS Lamb at the Burke main entrance at 3:30. "
          "[[nb:K.B. lives in the building next to the library]], [[nb:and {f} lives on Columbia Rd near "
          "Stanwood St.]]",
     mnc=["building next to the library", "Stanwood", "lives on Columbia Rd"],
     mct=["Grove Hall branch", "fractured orbital bone", "kicked him in the head"],
     key="concussion", tags=[])

case(g="f", gr=11, school="TechBoston Academy", rec="bpd/district-c11", ground="serious_violence",
     t="08:30", loc="Codman Square, bus stop in front of the Codman Square Health Center",
     desc="At 8:30 AM in Codman Square, at the bus stop in front of the Codman Square Health Center, {f} "
          "swung a padlock inside a sock at another TechBoston girl (N.R.) and hit her twice in the face. "
          "N.R. needed 6 stitches above her left eye at the health center's urgent care and was then "
          "taken to BMC for a CT scan, which was clear. Health center staff kept {f} in the lobby until "
          "SSS Pereira arrived. [[nb:{f} lives right off Codman Square, on Bernard St]], [[la:and her dad "
          "needed a Haitian Creole interpreter on the phone.]]",
     mnc=["right off Codman Square", "Bernard St", "Haitian Creole"],
     mct=["in front of the Codman Square Health Center", "padlock inside a sock",
          "6 stitches above her left eye"],
     key="padlock", tags=["precision_trap", "same_name"])

case(g="m", gr=12, school="Brighton High School", rec="bpd/district-e13", ground="serious_violence",
     t="19:10", d="2025-10-17", loc="White Stadium, Franklin Park (home bleachers)",
     desc="After the Brighton vs. English High game at White Stadium, at about 7:10 PM, {f} and several "
          "others chased a 17-year-old from English High along the front of the home bleachers. {f} hit "
          "him with a metal folding chair he had taken from the team bench. The boy had a broken wrist "
          "and a scalp cut that needed staples at BMC. Stadium staff and two coaches held {f} until BPD "
          "arrived. [[nb:{f} has been staying with his older brother on Cambridge St in Allston]] since "
          "his mother moved out of state.",
     mnc=["Cambridge St", "Allston"], mct=["White Stadium", "home bleachers", "broken wrist"],
     key="broken wrist", tags=["precision_trap"])

case(g="f", gr=11, school="Excel High School", rec="bpd/district-c6", ground="serious_violence",
     t="15:45", loc="Broadway station (Red Line), headhouse stairs",
     desc="3:45 PM, Broadway station, the stairs down from the headhouse. {f} shoved another Excel "
          "student, S.K., from behind; S.K. fell about ten steps and broke her ankle. MBTA Transit Police "
          "and EMS responded and S.K. went to Tufts Medical Center, where she had surgery the next day "
          "(plate and screws). Two students and the station attendant saw the shove. [[nb:S.K. lives in "
          "the Mary Ellen McCormack development]] and says the two girls have been arguing online about "
          "a boy.",
     mnc=["McCormack"], mct=["Broadway station", "fell about ten steps", "plate and screws"],
     key="ankle", tags=[])

case(g="m", gr=10, school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
     ground="serious_violence", t="12:30", loc="Nubian station, busway",
     desc="{f} stabbed another Madison Park 10th grader (C.J.) once in the upper back with a small folding "
          "knife at the Nubian station busway at 12:30, during lunch, after both boys left campus without "
          "permission. C.J. was taken by Boston EMS to BMC with a 2 cm wound that did not reach the lung; "
          "he was kept overnight. MBTA Transit Police detained {f} on the SL4 platform. Police recovered "
          "the knife from a planter by the busway. Witnesses: two Madison Park students and the Nubian "
          "station attendant.",
     mnc=[], mct=["Nubian station busway", "upper back", "planter by the busway"],
     key="stabbed", tags=[])

case(g="f", gr=9, school="Boston Community Leadership Academy", rec="bpd/district-e13",
     ground="serious_violence", t="14:40", loc="MBTA route 32, arriving at Forest Hills busway",
     desc="On the 32 bus inbound toward Forest Hills, around 2:40, {f} grabbed a 10th grader by the hair "
          "and slammed her face into the window post three times. The operator stopped at the Forest "
          "Hills busway and called for help. The 10th grader had a broken nose and a concussion "
          "(diagnosed at Faulkner Hospital). {f} left the bus and SSS Ambrose found her at the Washington "
          "St exit of Forest Hills. [[nb:{f} is staying with her godmother in Mattapan]] [[nb:because her "
          "mother's apartment on River St flooded.]] She told SSS Ambrose the other girl \"started it in "
          "the group chat.\"",
     mnc=["Mattapan", "River St"], mct=["Forest Hills busway", "window post", "broken nose"],
     key="concussion", tags=[])

case(g="m", gr=11, school="East Boston High School", rec="bpd/district-a7", ground="serious_violence",
     t="16:05", d="2025-10-15", loc="Airport station, Silver Line SL3 platform",
     desc="At 4:05 PM on the SL3 platform at Airport station, {f} punched a student from another school "
          "(M.D., 16) in the face several times and, after M.D. fell, stomped on his face. M.D. had a "
          "broken jaw and lost two teeth; he was taken to MGH. MBTA Transit Police took {f} into custody "
          "on the platform. [[nb:{f} lives on Saratoga St near Day Square]] [[no:and came to Boston from "
          "Colombia two years ago.]] The argument started at a soccer game at East Boston Memorial "
          "Stadium the week before.",
     mnc=["Saratoga St", "Day Square", "Colombia"],
     mct=["SL3 platform at Airport station", "broken jaw", "lost two teeth"],
     key="broken jaw", tags=[])

case(g="f", gr=12, school="English High School", rec="bpd/district-e13", ground="serious_violence",
     t="15:15", loc="Forest Hills station, upper busway",
     desc="Reported by SSS Okafor. At 3:15 PM in the upper busway at Forest Hills, {f} broke a glass bottle "
          "against a bench and cut another English High senior (R.P.) across the forearm. R.P. needed 14 "
          "stitches at Faulkner Hospital. Two teachers waiting for the 39 saw it. [[nb:{f} lives near "
          "Forest Hills, on Hyde Park Ave]], and she came back to school with her mother the next morning.",
     mnc=["lives near Forest Hills", "Hyde Park Ave"],
     mct=["upper busway at Forest Hills", "14 stitches", "waiting for the 39"],
     key="14 stitches", tags=["precision_trap", "same_name"])

case(g="m", gr=11, school="Dearborn STEM Academy", rec="bpd/district-b2", ground="serious_violence",
     t="18:15", loc="BCYF Shelburne Community Center, weight room",
     desc="During the BCYF Shelburne evening open gym (6:15 PM), {f} hit another teen (H.O., 17) with a "
          "metal dumbbell bar in the weight room after an argument about the bench. H.O. had a fractured "
          "collarbone and a head laceration and was taken by EMS to BMC. BCYF staff called police; "
          "officers from B-2 spoke with {f} at the front desk. The center director sent us the staff "
          "statements the next morning because {f} is in our after-school program there.",
     mnc=[], mct=["BCYF Shelburne", "weight room", "fractured collarbone"],
     key="dumbbell bar", tags=[])

case(g="f", gr=8, school="Lilla G. Frederick Middle School", rec="bpd/district-c11",
     ground="serious_violence", t="15:20", loc="Uphams Corner commuter rail station, platform",
     desc="{f} and two friends attacked a 7th grade girl (Y.T.) on the platform of the Uphams Corner "
          "commuter rail station at about 3:20. {f} hit Y.T. in the face with a phone in her fist and, "
          "once Y.T. was on the ground, kicked her in the side. Y.T. has a fractured rib and a swollen eye "
          "(x-ray at Boston Medical Center). A conductor saw it from the train. [[nb:{f} lives on Dudley "
          "St near Uphams Corner]], [[et:and staff say the fight is between Cape Verdean and Dominican "
          "girls.]]",
     mnc=["lives on Dudley St", "near Uphams Corner", "Cape Verdean", "Dominican"],
     mct=["Uphams Corner commuter rail station", "fractured rib"],
     key="fractured rib", tags=[])

case(g="m", gr=11, school="Boston Latin Academy", rec="bpd/district-b2", ground="serious_violence",
     t="17:30", d="2026-02-12", loc="Reggie Lewis Center, stairwell behind team area",
     desc="City indoor track championship at the Reggie Lewis Center, about 5:30 PM. After the 4x200 "
          "final, {f} followed a runner from another school into the stairwell behind the Boston Latin "
          "Academy team area and punched him repeatedly; the runner fell down half a flight and was taken "
          "by EMS to BMC with a broken nose and a fractured cheekbone. Meet officials and two coaches "
          "separated them. The BLA athletic director spoke with {f} at 6:00 and his parents picked him "
          "up. {f} says the runner elbowed him during the race.",
     mnc=[], mct=["Reggie Lewis Center", "Boston Latin Academy team area", "fractured cheekbone"],
     key="broken nose", tags=["precision_trap"])

case(g="f", gr=10, school="Charlestown High School", rec="bpd/district-a15", ground="serious_violence",
     t="14:30", loc="Sullivan Square station, busway",
     desc="Statement of SSS Morrissey: At 2:30 PM at Sullivan Square station I saw {f} swing her bike "
          "lock chain at a girl from Somerville High and hit her in the mouth. The girl lost a front "
          "tooth and needed stitches in her lip at MGH. MBTA Transit Police detained {f} at the busway "
          "and I stayed until her mother was reached. [[nb:{f} splits time between her mother's apartment "
          "on Bunker Hill St and her father's in Everett.]]",
     mnc=["Bunker Hill St", "Everett"],
     mct=["Sullivan Square station", "bike lock chain", "lost a front tooth"],
     key="bike lock chain", tags=[])

case(g="m", gr=12, school="New Mission High School", rec="bpd/district-e5", ground="serious_violence",
     t="20:10", d="2026-02-18", loc="Outside the BPL Roslindale branch, Washington St",
     desc="At about 8:10 PM, outside the Roslindale branch library on Washington St, {f} stabbed a "
          "19-year-old man once in the thigh with a steak knife during an argument over a dice game. The "
          "man was taken by EMS to Beth Israel, where he had surgery on a cut artery. BPD E-5 arrested {f} "
          "at the scene; the school learned of it the next morning from his probation officer. "
          "[[nb:{f} moved to Hyde Park in December, into his aunt's house on Wood Ave]], [[ga:and the AP "
          "says he has started claiming a crew called 'Wood Ave Boys' online.]]",
     mnc=["Hyde Park", "Wood Ave", "claiming a crew"],
     mct=["outside the Roslindale branch library", "in the thigh", "dice game"],
     key="steak knife", tags=[])

case(g="m", gr=8, school="Curley K-8 School", rec="bpd/district-e13", ground="serious_violence",
     t="15:05", loc="Outside the Dunkin' on Centre St, Jamaica Plain",
     desc="Outside the Dunkin' on Centre St (the one near Hyde Square), at 3:05 PM, {f} and an older teen "
          "beat another Curley 8th grader, E.V.; {f} kicked E.V. in the face while he was on the ground. "
          "E.V. had a broken nose and a tooth through his lip and was taken to Boston Children's "
          "Hospital. Dunkin' staff called 911 and gave police the store video. [[nb:The victim lives in "
          "the Mildred C. Hailey apartments (the old Bromley-Heath)]] and his mother asked the school for "
          "a safety plan.",
     mnc=["Hailey", "Bromley-Heath", "Spanish"],
     mct=["Dunkin' on Centre St", "kicked E.V. in the face", "tooth through his lip"],
     extra=[("home_language", "Spanish", "language")],
     key="broken nose", tags=["structured"])

case(g="f", gr=10, school="John D. O'Bryant School of Mathematics and Science", rec="bpd/district-e13",
     ground="serious_violence", t="16:30", loc="Southwest Corridor path at Jackson Square station",
     desc="On the Southwest Corridor path just outside Jackson Square station (4:30 PM), {f} hit a 9th "
          "grade girl from another school on the side of the head with a skateboard. The girl had a skull "
          "fracture and was admitted to Children's for observation. A cyclist called 911. {f} came to "
          "school the next day and told her counselor what happened.",
     mnc=[], mct=["Southwest Corridor path", "Jackson Square station", "skull fracture"],
     key="skateboard", tags=[])

case(g="m", gr=11, school="Dorchester Academy", rec="bpd/district-c11", ground="serious_violence",
     t="13:45", loc="Ashmont station, busway",
     desc="Per the Ashmont station MBTA officer and our SSS: at 1:45 PM {f} left school early, met a group "
          "at the Ashmont busway and hit a 16-year-old on the side of the face with a glass bottle. The "
          "victim had a deep cut below his left eye that needed plastic surgery at BMC. Transit Police "
          "arrested {f} on the Peabody Square side of the station. [[nb:His grandmother, who he lives "
          "with on Welles Ave,]] says he has been threatened by the same group on the 23.",
     mnc=["Welles Ave", "02124"],
     mct=["Ashmont busway", "Peabody Square side", "below his left eye"],
     extra=[("address", {"street": "33 Welles Ave", "city": "Dorchester", "zip": "02124"}, "neighborhood")],
     key="glass bottle", tags=["structured"])

case(g="f", gr=8, school="Mario Umana Academy", rec="bpd/district-a7", ground="serious_violence",
     t="15:30", loc="Maverick Square, outside the East Boston Neighborhood Health Center",
     desc="Around 3:30, on the sidewalk outside the East Boston Neighborhood Health Center at Maverick "
          "Square, {f} hit a 7th grader (P.G.) in the face with a metal water bottle, twice. P.G. was "
          "treated inside the health center and sent to MGH with a broken nose and a cut on the bridge of "
          "the nose. [[no:Both girls arrived from Honduras in the past year]] and were in the same class. "
          "Health center security held {f} until SSS Rojas arrived.",
     mnc=["Honduras", "asylum pending"],
     mct=["outside the East Boston Neighborhood Health Center", "metal water bottle", "broken nose"],
     extra=[("immigration_status", "asylum pending", "immigration_status")],
     key="metal water bottle", tags=["precision_trap", "structured"])

case(g="m", gr=10, school="Boston International Newcomers Academy", rec="bpd/district-b3",
     ground="serious_violence", t="15:10", loc="Harambee Park, basketball courts, Blue Hill Ave",
     desc="At the Harambee Park basketball courts on Blue Hill Ave (3:10 PM), {f} stabbed another 10th "
          "grader in the shoulder with a flathead screwdriver during a pickup game. The other boy was "
          "taken to BMC and needed surgery for a nerve injury. Park users called 911; {f} stayed at the "
          "court and was detained by District B-3 officers. Our Newcomers Academy dean spoke with both "
          "families that evening.",
     mnc=[], mct=["Harambee Park basketball courts", "flathead screwdriver", "Newcomers Academy dean"],
     key="screwdriver", tags=["precision_trap"])

case(g="f", gr=12, school="Henderson K-12 Inclusion School", rec="bpd/district-c11",
     ground="serious_violence", t="10:20", loc="Dorchester District Court, second-floor hallway",
     desc="This happened while {f} was at Dorchester District Court for a hearing that is not school "
          "related (10:20 AM, excused absence). In the second-floor hallway she attacked the complaining "
          "witness in her case, a 17-year-old girl, punching her and slamming her head into a wall. Court "
          "officers pulled her off. The girl had a concussion and a fractured eye socket (BMC). The court "
          "officer's incident report reached us through the attendance office. [[ga:The victim told court "
          "officers {f} is \"with the Dot Ave girls,\" a group police have linked to a crew]], [[nb:and "
          "that she herself lives on Mayhew St.]]",
     mnc=["Dot Ave girls", "linked to a crew", "Mayhew St"],
     mct=["Dorchester District Court", "second-floor hallway", "fractured eye socket"],
     key="concussion", tags=["precision_trap"])

case(g="m", gr=8, school="Mildred Avenue K-8 School", rec="bpd/district-b3", ground="serious_violence",
     t="15:00", loc="Almont Park, Mattapan",
     desc="At Almont Park (3:00) {f} threw a brick that hit a 6th grader in the head; skull fracture, "
          "admitted to Children's. Park staff and SSS saw it. [[nb:The 6th grader lives on Almont St.]]",
     mnc=["Almont St"], mct=["Almont Park", "threw a brick"], key="skull fracture", tags=[])

# ---------------------------------------------------------------------------------------------
# ALLOW, ground drugs (16)
# ---------------------------------------------------------------------------------------------
case(g="m", gr=11, school="English High School", rec="bpd/district-e13", ground="drugs",
     subs=["fentanyl"], t="12:40", loc="Forest Hills station, busway (Hyde Park Ave side)",
     desc="SSS Okafor, on lunch patrol at the Forest Hills busway (12:40), watched {f} hand two small "
          "wax-paper bags to a boy from another school behind the bus shelter on the Hyde Park Ave side. "
          "When stopped, {f} had nine more bags stamped with a red star in his sock. MBTA Transit Police "
          "field-tested one as fentanyl. The MBTA camera over the busway shows the hand-off at 12:38. No "
          "one used anything on school grounds.",
     mnc=[], mct=["behind the bus shelter", "red star", "camera over the busway"],
     key="fentanyl", tags=["precision_trap"])

case(g="f", gr=12, school="Excel High School", rec="bpd/district-c6", ground="drugs",
     subs=["counterfeit oxycodone"], t="08:00", loc="Andrew station, Dorchester St entrance",
     desc="At 8:00 AM, at Andrew station, a classmate saw {f} selling pills out of an Advil bottle and "
          "told SSS Murphy at the front door. SSS Murphy took the bottle at the school entrance: 14 round "
          "blue pills marked M30 (suspected counterfeit oxycodone, possibly with fentanyl). {f} said she "
          "got them from an older cousin. [[nb:{f} and her mother have been living in a motel on Route 1 "
          "in Saugus since the fire]], so she has a long commute and had been \"selling to pay for "
          "Ubers.\"",
     mnc=["Saugus", "motel on Route 1"], mct=["Andrew station", "Advil bottle", "M30"],
     key="M30", tags=["shelter_hotel"])

case(g="m", gr=11, school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
     ground="drugs", subs=["cocaine"], t="14:10", loc="Nubian Square, Silver Line shelter",
     desc="From: AP Lowell\nTo: Safety Services\nRe: Drug incident, Nubian Square\n\n"
          "At 2:10 PM SSS Dorsey saw {f} at the Nubian Square Silver Line shelter handing a folded dollar "
          "bill with white powder in it to an adult. He had 6 more folds in his backpack. Transit Police "
          "tested it: cocaine. [[ga:Per Transit Police, {f} is on their list as \"Orchard Park crew\"]] "
          "[[nb:and lives in Orchard Gardens.]] Parent was called at 2:45.\n\n- L.",
     mnc=["Orchard Park crew", "Orchard Gardens"],
     mct=["Nubian Square Silver Line shelter", "folded dollar bill"],
     key="cocaine", tags=[])

case(g="f", gr=10, school="Brighton High School", rec="bpd/district-d14", ground="drugs",
     subs=["Xanax"], t="11:15", loc="Brighton High School, nurse's office",
     desc="Two bars of alprazolam (Xanax), yellow and scored, were found in {f}'s wallet by the nurse at "
          "11:15 after she was walked down from the third floor too sleepy to stand. She said she bought "
          "four bars at Packard's Corner on the way to school and took two. EMS evaluated her; her vitals "
          "were normal. [[la:Her mother speaks Portuguese only; the call was done through the language "
          "line.]]",
     mnc=["Portuguese", "language line", "Chiswick Rd", "02135"],
     mct=["Packard's Corner", "too sleepy to stand"],
     extra=[("home_address", "Chiswick Rd, Brighton MA 02135", "neighborhood")],
     key="Xanax", tags=["structured"])

case(g="m", gr=12, school="Boston Day and Evening Academy", rec="bpd/district-b2", ground="drugs",
     subs=["heroin"], t="17:30", age=19, loc="BDEA lobby",
     desc="Nurse note. {f} was found nodding off in the BDEA lobby at 5:30 PM with a bag of heroin and a "
          "needle cap in his jacket; Narcan given by the nurse, EMS to BMC. He said he bought it on Mass "
          "Ave by the Melnea Cass corner.",
     mnc=[], mct=["BDEA lobby", "needle cap", "Melnea Cass corner"], key="heroin", tags=[])

case(g="f", gr=11, school="Jeremiah E. Burke High School", rec="bpd/district-b2", ground="drugs",
     subs=["MDMA"], t="09:30", loc="Blue Hill Ave bus stop by the Franklin Park golf course",
     desc="A teacher saw {f} handing out small pink pills stamped with a crown to classmates at the bus "
          "stop by the Franklin Park golf course on Blue Hill Ave at 9:30 (late arrivals). BPD tested the "
          "pills as MDMA. [[nb:{f} lives in the Franklin Hill apartments]] and told the AP she got them "
          "at a party.",
     mnc=["Franklin Hill", "Hispanic"], mct=["Franklin Park golf course", "stamped with a crown"],
     extra=[("ethnicity", "Hispanic/Latino", "ethnicity"), ("counselor", "Ms. Adebayo", None)],
     key="MDMA", tags=["structured"])

case(g="m", gr=11, school="Snowden International School", rec="bpd/district-a1", ground="drugs",
     subs=["psilocybin mushrooms"], t="15:45", loc="Park Street Church steps, Tremont St",
     desc="At 3:45 PM a Snowden teacher saw {f} selling chocolate bars he called \"shroom bars\" to "
          "students on the steps of Park Street Church, across from the Common. The teacher took the "
          "remaining 3 bars; the wrappers list psilocybin mushrooms. He admitted selling 5.",
     mnc=[], mct=["steps of Park Street Church", "shroom bars"], key="psilocybin",
     tags=["precision_trap"])

case(g="m", gr=12, school="Dorchester Academy", rec="bpd/district-c11", ground="drugs",
     subs=["crack cocaine"], t="13:00", loc="Fields Corner, outside the CVS on Dorchester Ave",
     desc="At 1:00 PM, outside the CVS in Fields Corner, {f} was stopped by District C-11 officers who had "
          "seen him sell a small bag to an adult; he had 11 more small bags of crack cocaine in a sandwich "
          "bag in his waistband. Officers called the school because he had his school ID on him. "
          "[[no:{f} was born in Cape Verde]] [[nb:and lives with his uncle on Geneva Ave]]; the uncle "
          "came to the district station.",
     mnc=["Cape Verde", "Geneva Ave"], mct=["outside the CVS in Fields Corner", "sandwich bag in his waistband"],
     key="crack cocaine", tags=[])

case(g="f", gr=11, school="Charlestown High School", rec="bpd/district-a15", ground="drugs",
     subs=["marijuana", "oxycodone"], t="07:55", loc="MBTA route 93 at City Square",
     desc="On the 93 bus at City Square (7:55) a bus monitor saw {f} passing a pill bottle to a friend. At "
          "the school entrance, in her backpack, SSS Morrissey found a small jar of weed and a pharmacy "
          "bottle with 8 oxycodone 30 mg tablets. The label is in her grandmother's name; [[nb:{f} lives "
          "with her grandmother on Medford St.]] {f} said she was \"holding them\" for a friend. No use "
          "at school.",
     mnc=["Medford St"], mct=["93 bus at City Square", "30 mg tablets"], key="oxycodone", tags=[])

case(g="f", gr=10, school="Margarita Muñiz Academy", rec="bpd/district-e13", ground="drugs",
     subs=["counterfeit pills", "fentanyl"], t="12:15", loc="Jamaica Pond, bench by the boathouse",
     desc="At lunch (12:15) a Muñiz teacher on duty found {f} and two friends on the bench by the Jamaica "
          "Pond boathouse. {f} had a small bag of blue pills marked M and 30 in her jacket. She said they "
          "are Percs she bought on Snapchat. BPD E-13 later said the pills are counterfeit and contain "
          "fentanyl. [[nb:{f} lives on Jamaica St with her father]], [[et:who told the AP the family is "
          "Dominican and \"doesn't do drugs.\"]]",
     mnc=["Jamaica St", "Dominican"], mct=["Jamaica Pond boathouse", "marked M and 30"],
     key="fentanyl", tags=["precision_trap"])

case(g="m", gr=11, school="John D. O'Bryant School of Mathematics and Science", rec="bpd/district-b2",
     ground="drugs", subs=["LSD"], t="16:45", loc="Roxbury Crossing station, lobby",
     desc="At 4:45 PM at Roxbury Crossing station {f} was stopped by the MBTA station officer after a "
          "commuter reported teens trading tabs. He had a sheet of 10 LSD tabs (cartoon print) inside a "
          "phone case. [[re:He told the officer he was on his way to evening prayers at the mosque across "
          "the street]] and had meant to throw the tabs out. The officer called the school.",
     mnc=["mosque", "prayers"], mct=["Roxbury Crossing station", "cartoon print", "inside a phone case"],
     key="LSD", tags=[])

case(g="f", gr=9, school="TechBoston Academy", rec="bpd/district-c11", ground="drugs",
     subs=["fentanyl"], t="14:00", d="2026-03-04", loc="TechBoston Academy, nurse's office",
     desc="Nurse's report, 2:00 PM. {f} (grade 9) came to the nurse with a classmate who was pale and "
          "vomiting after taking half of a pill {f} gave her on the walk from Shawmut station. {f} had 3 "
          "more white pills stamped A 215 in a mint tin. The classmate was given Narcan as a precaution "
          "and taken to BMC; she recovered. The pills were turned over to BPD C-11, who said they were "
          "pressed pills with fentanyl. [[nb:{f}'s family is placed by the state at a hotel in "
          "Marlborough, and she takes the commuter rail in.]]",
     mnc=["Marlborough"], mct=["Shawmut station", "mint tin", "A 215"],
     key="fentanyl", tags=["shelter_hotel"])

case(g="m", gr=12, school="Fenway High School", rec="bpd/district-b2", ground="drugs",
     subs=["cocaine"], t="10:00", loc="Fenway High School, lobby",
     desc="Cocaine (two small bags) fell out of {f}'s hat when he dropped it in the lobby at 10:00; he "
          "said he got it at Brigham Circle the night before.",
     mnc=["Calumet St", "02120"], mct=["Brigham Circle", "two small bags"],
     extra=[("address", "Calumet St, Roxbury", "neighborhood"), ("zip", "02120", "neighborhood")],
     key="cocaine", tags=["structured"])

case(g="m", gr=8, school="Rafael Hernández K-8 School", rec="bpd/district-e13", ground="drugs",
     subs=["counterfeit oxycodone", "fentanyl"], t="15:30", loc="Egleston Square bus stop, Washington St",
     desc="At the Egleston Square bus stop on Washington St (3:30), {f}, an 8th grader from the "
          "Hernández, showed classmates a sandwich bag with about 20 blue pills. He said his older brother "
          "gave them to him \"to hold.\" A parent at the stop called the school; the AP walked over and "
          "{f} handed her the bag. BPD identified the pills as counterfeit oxycodone with fentanyl. "
          "[[nb:His older brother, who lives on Walnut Ave,]] did not answer calls. [[im:The mother told "
          "the AP the family is undocumented and asked whether police would come to their apartment.]]",
     mnc=["Walnut Ave", "undocumented"], mct=["Egleston Square bus stop", "about 20 blue pills"],
     key="fentanyl", tags=[])

case(g="f", gr=12, school="Boston Arts Academy", rec="bpd/district-c11", ground="drugs",
     subs=["ketamine"], t="21:30", d="2026-04-30", loc="Strand Theatre, Uphams Corner (backstage)",
     desc="This was at the BAA spring showcase at the Strand Theatre in Uphams Corner, about 9:30 PM. "
          "During intermission a stage manager found {f} and two seniors in the dressing room corridor "
          "with a small vial of white powder and a key they were using to snort it. {f} said it was "
          "ketamine and that she brought it. The vial went to the house manager and then to our SSS, and "
          "BPD C-11 officers took it that night. None of the three needed medical care; the nurse checked "
          "them at the theatre. {f}'s parents were called at 9:50 and came to the Strand to pick her up. "
          "The performance continued.",
     mnc=[], mct=["Strand Theatre", "dressing room corridor", "small vial of white powder"],
     key="ketamine", tags=[])

case(g="m", gr=8, school="Roosevelt K-8 School", rec="bpd/district-e18", ground="drugs",
     subs=["Xanax"], t="13:20", loc="BCYF Hyde Park, pool locker room",
     desc="During the 8th grade swim block at BCYF Hyde Park (1:20 PM), a lifeguard found {f} in the locker "
          "room giving a classmate a Xanax bar. He had 4 more in a sandwich bag in his sneaker. The center "
          "director called us. [[nb:{f} lives right behind BCYF Hyde Park on Winthrop St]] and said the "
          "pills came from \"a kid at the park.\"",
     mnc=["right behind BCYF Hyde Park", "Winthrop St"],
     mct=["swim block at BCYF Hyde Park", "in his sneaker"],
     key="Xanax", tags=["precision_trap", "same_name"])

# ---------------------------------------------------------------------------------------------
# ALLOW, ground credible_threat (18)
# ---------------------------------------------------------------------------------------------
case(g="m", gr=12, school="Jeremiah E. Burke High School", rec="bpd/district-b3", ground="credible_threat",
     t="10:05", loc="Grove Hall, bus stop by the BPL Grove Hall branch",
     threat="{f} posted on Instagram at 10:05 AM: \"tomorrow at Grove Hall I'm airing it out on whoever "
            "from Burke walks past the library, I got the stick now,\" with a photo of a handgun on a bed.",
     desc="The post names the Grove Hall library stop at dismissal time, where most of our students catch "
          "the 45 and the 28. Three students showed the post to SSS Lamb, who screenshotted the post at "
          "10:12; it shows a photo of a handgun on a bed. {f} was absent today. [[nb:His address on file "
          "is 207 Geneva Ave, 2nd floor]]. [[ga:Students say the post is aimed at Burke kids because {f} "
          "claims a rival crew.]]",
     mnc=["207 Geneva Ave", "claims a rival crew"],
     mct=["Grove Hall library stop", "the 45 and the 28", "screenshotted the post at 10:12"],
     key="handgun", tags=[])

case(g="f", gr=9, school="English High School", rec="bpd/district-e13", ground="credible_threat",
     t="13:30", loc="English High School; target location Forest Hills busway (route 16 stop)",
     threat="In a note passed in class and then photographed, {f} wrote that she will \"cut\" K.L. \"at "
            "Forest Hills after school tomorrow by the 16 stop, I already got the blade.\"",
     desc="At 1:30 PM K.L.'s friend brought the note to the AP. {f} admitted writing it. Her backpack was "
          "searched and nothing was found; she said she \"has one\" but would not say where. The 16 stop at "
          "Forest Hills is where both girls catch the bus after dismissal. The AP has arranged for an SSS "
          "at the 16 stop tomorrow and K.L.'s mother will pick her up.",
     mnc=[], mct=["16 stop at Forest Hills", "backpack was searched"], key="16 stop", tags=[])

case(g="m", gr=11, school="Boston Community Leadership Academy", rec="bpd/district-e18",
     ground="credible_threat", t="09:15", loc="BCLA cafeteria; target location BCYF Hyde Park",
     threat="Per two students, {f} said in the cafeteria at 9:15: \"Saturday at the Hyde Park BCYF game "
            "I'm bringing the ratchet and somebody not leaving.\" One student says {f} showed a bullet from "
            "his pocket.",
     desc="Both witnesses gave written statements; one says {f} showed a bullet. The Saturday league at "
          "BCYF Hyde Park has about 60 teens attending, and the center coordinator has been told and has "
          "asked for a police detail. [[nb:{f} lives on Reddy Ave in Readville]], [[im:and his father is "
          "in ICE detention, which the counselor says has him \"not caring about anything.\"]]",
     mnc=["Reddy Ave", "Readville", "ICE detention"],
     mct=["BCYF Hyde Park", "about 60 teens", "police detail"], key="bullet", tags=[])

case(g="f", gr=7, school="Lilla G. Frederick Middle School", rec="bpd/district-c11",
     ground="credible_threat", t="11:00", loc="Frederick girls' bathroom; target BPL Uphams Corner branch",
     threat="{f} wrote on the girls' bathroom mirror in marker: \"BOMB IN THE UPHAMS LIBRARY 2MRW 3PM "
            "FREDERICK KIDS DIE.\" She admitted it to the AP and said she has \"stuff to make it.\"",
     desc="Many Frederick students go to the Uphams Corner branch on Columbia Rd after school for homework "
          "help. The AP photographed the mirror at 11:00 and custodians cleaned it at 11:20. {f} was calm "
          "and said she was \"joking but not joking.\" The library manager has been told.",
     mnc=[], mct=["Uphams Corner branch", "homework help", "cleaned it at 11:20"],
     key="mirror", tags=[])

case(g="m", gr=10, school="Boston Green Academy", rec="bpd/district-d14", ground="credible_threat",
     t="14:00", d="2026-01-14", loc="Boston Green Academy; target location Union Square stop, Cambridge St, Allston",
     threat="{f} told a teacher at 2:00 PM: \"I'm going to shoot him at the Union Square bus stop on "
            "Cambridge St, I know when he gets off the 66, my cousin has the gun ready.\"",
     desc="The named target is a 10th grader, D.N. The two had a fight last week at the Union Square stop "
          "on Cambridge St; D.N. was checked at St. Elizabeth's for a cut lip. {f} had searched \"how to "
          "load a Glock\" on his school Chromebook that morning. [[no:{f} came from Brazil in September]] "
          "[[la:and speaks Portuguese; his statement was taken with an interpreter.]]",
     mnc=["Brazil", "Portuguese", "interpreter"],
     mct=["Union Square stop on Cambridge St", "St. Elizabeth's", "how to load a Glock"],
     key="Glock", tags=["precision_trap"])

case(g="f", gr=12, school="John D. O'Bryant School of Mathematics and Science", rec="bpd/district-b2",
     ground="credible_threat", t="20:00", loc="BCYF Tobin Community Center, Tremont St (gym)",
     threat="Snapchat story posted by {f} at about 8:00 PM: \"tmrw at Tobin gym if the O'Bryant boys show "
            "up I'm emptying the clip, no cap,\" over a video of a handgun in a car's glovebox.",
     desc="The Tobin community center on Tremont St hosts the girls' and boys' basketball games tomorrow at "
          "5:00. A teammate sent the Snapchat story to the coach at 8:20 PM and the coach forwarded it to "
          "the principal. [[nb:{f} lives with her father in the Alice Taylor apartments]], [[ga:and "
          "students say her boyfriend is \"from the Heath Street crew.\"]]",
     mnc=["Alice Taylor", "Heath Street crew"],
     mct=["Tobin community center on Tremont St", "games tomorrow at 5:00", "coach forwarded it"],
     key="Snapchat story", tags=[])

case(g="m", gr=11, school="Brighton High School", rec="bpd/district-d14", ground="credible_threat",
     t="12:00", d="2026-04-08", loc="Community Rowing boathouse, Nonantum Rd (dock)",
     threat="{f} texted a crew teammate at 12:00: \"at practice today I'm going to stab you with my knife "
            "on the dock, watch.\" He sent a photo of a folding knife.",
     desc="{f} and the teammate both row in the BPS crew practice at Community Rowing's boathouse on "
          "Nonantum Rd. Practice starts at 3:30. The coach was told at 12:15 and took {f} off the team van. "
          "SSS searched his locker and found nothing; the folding knife in the photo has not been found.",
     mnc=[], mct=["crew practice", "Community Rowing's boathouse on Nonantum Rd", "team van"],
     key="folding knife", tags=["precision_trap"])

case(g="f", gr=10, school="TechBoston Academy", rec="bpd/district-c11", ground="credible_threat",
     t="09:40", loc="TechBoston Academy, 2nd floor hallway",
     threat="At about 9:40 AM in the hallway, {f} told two classmates about J.A.: \"[[nb:I know she stays "
            "on Norfolk St by the church]], I'm pulling up with my brother's gun tonight, she's done.\"",
     desc="The two classmates wrote statements. J.A. and {f} fought last week outside the Codman Square "
          "branch library. {f} told the AP she \"wasn't serious\" about her brother's gun; her brother was "
          "arrested on a gun charge last year, per her own statement. J.A.'s mother has been told.",
     mnc=["Norfolk St", "Ashmont St", "02124"],
     mct=["outside the Codman Square branch library", "wrote statements"],
     extra=[("address", "61 Ashmont St, Dorchester 02124", "neighborhood")],
     key="brother's gun", tags=["structured"])

case(g="m", gr=8, school="Mildred Avenue K-8 School", rec="bpd/district-b3", ground="credible_threat",
     t="14:30", loc="Mildred Avenue K-8 cafeteria; target BCYF Gallivan, Woolson St",
     threat="{f} told a lunch aide at 2:30 PM: \"If M.B. comes to the dance at the Gallivan Friday, I'm "
            "bringing my uncle's gun and he's getting shot in the parking lot.\"",
     desc="The 8th grade dance is at BCYF Gallivan on Woolson St. The lunch aide wrote down the words "
          "right away. {f} told the AP his uncle keeps a gun in a shoebox. The dance has been moved inside "
          "the school and will have SSS at the door.",
     mnc=["Haitian Creole", "Former EL"],
     mct=["BCYF Gallivan on Woolson St", "shoebox", "SSS at the door"],
     extra=[("home_language", "Haitian Creole", "language"), ("ell_status", "Former EL", "language")],
     key="shoebox", tags=["structured"])

case(g="f", gr=8, school="Curley K-8 School", rec="bpd/district-e13", ground="credible_threat",
     t="15:00", loc="Curley K-8 School; target location outside the Curtis Hall community center, South St",
     threat="In a group chat screenshot sent to the school, {f} wrote: \"after school by Curtis Hall on "
            "South St I'm slicing her face, I got the box cutter in my bag.\"",
     desc="Screenshot shared by a parent at 3:00 PM. The target is another Curley 8th grader who goes to "
          "the after-school program at the Curtis Hall community center. SSS checked {f}'s bag at "
          "dismissal: a box cutter was in the front pocket and was taken. [[nb:{f}'s family is placed at "
          "the Comfort Inn in Revere through emergency shelter]] and she takes two buses to school; "
          "[[la:her mom needs a Spanish interpreter.]]",
     mnc=["Comfort Inn", "Revere", "emergency shelter", "Spanish"],
     mct=["Curtis Hall community center", "front pocket", "Screenshot shared by a parent"],
     key="box cutter", tags=["shelter_hotel"])

case(g="m", gr=11, school="Edward M. Kennedy Academy for Health Careers", rec="bpd/district-b2",
     ground="credible_threat", t="14:00", loc="Kennedy Academy counseling office; target Heath Street stop (E branch)",
     threat="{f} told his counselor at 2:00 PM that he is \"going to shoot D.R. when he gets off the E "
            "train at Heath Street\" and that he has \"a strap in the house.\"",
     desc="D.R. and {f} had an argument last week on the E line platform at the Heath Street stop, where "
          "several Kennedy Academy students wait after school. The counselor followed the school's threat "
          "assessment protocol and told the principal at 2:10. {f} is on a safety plan and his mother is "
          "coming in tomorrow.",
     mnc=[], mct=["Heath Street stop", "threat assessment protocol"], key="threat assessment",
     tags=["precision_trap"])

case(g="m", gr=9, school="Dearborn STEM Academy", rec="bpd/district-b2", ground="credible_threat",
     t="10:30", loc="Dearborn STEM Academy, advisory room",
     threat="{f} said to a teacher during advisory, 10:30 AM: \"When we go on the field trip to the Museum "
            "of African American History I'm bringing my gun and taking care of T.\" He then drew a gun on "
            "his worksheet with T.'s name.",
     desc="The 9th grade field trip to the Museum of African American History on Beacon Hill is next week; "
          "{f} has been taken off the trip list. He drew a gun on his worksheet next to T.'s name, and the "
          "worksheet is attached. [[ga:The dean notes that {f} was listed as a \"gang associate\" by "
          "police after an incident at Dewitt Park last summer.]]",
     mnc=["gang associate"],
     mct=["Museum of African American History", "drew a gun on his worksheet"],
     att=[{"kind": "document", "name": "advisory_worksheet_scan.pdf"}],
     key="worksheet", tags=["precision_trap"])

case(g="f", gr=10, school="Snowden International School", rec="bpd/district-d4", ground="credible_threat",
     t="16:00", loc="Target location: BPL Central Library, Copley Square (Teen Central)",
     threat="Text from {f} to a classmate at 4:00 PM: \"come to the central library tmrw and I'll stab you "
            "in the neck, I'm bringing my mom's kitchen knife.\"",
     desc="The two girls study at the Central Library in Copley Square after school most days, in Teen "
          "Central. {f}'s mother confirmed that a large kitchen knife is missing from the drawer. "
          "[[re:The classmate's father, a pastor at a church in Mattapan,]] asked that police be involved.",
     mnc=["pastor", "church in Mattapan"],
     mct=["Central Library in Copley Square", "Teen Central", "missing from the drawer"],
     key="kitchen knife", tags=[])

case(g="m", gr=12, school="East Boston High School", rec="bpd/district-a7", ground="credible_threat",
     t="11:30", loc="Maverick station, inbound Blue Line platform",
     threat="{f} posted a TikTok at 11:30 AM filmed at Maverick station, saying: \"next time I see the kid "
            "from the Piers Park fight at Maverick, he's getting shot, I got it on me.\"",
     desc="The video was recorded on the inbound Blue Line platform at Maverick station, per the signs "
          "visible in it. Three students reported it to SSS Rojas. Both boys were summonsed to the East "
          "Boston courthouse on Meridian St after the Piers Park fight two weeks ago. [[nb:{f} lives on "
          "Sumner St.]]",
     mnc=["Sumner St", "Non-citizen (TPS)"],
     mct=["inbound Blue Line platform at Maverick station", "East Boston courthouse", "Piers Park fight"],
     extra=[("citizenship", "Non-citizen (TPS)", "immigration_status")],
     key="Blue Line platform", tags=["structured"])

case(g="f", gr=10, school="Boston Latin Academy", rec="bpd/district-b3", ground="credible_threat",
     t="13:15", d="2026-01-22", loc="Target location: Franklin Field basketball courts, Blue Hill Ave",
     threat="{f} told a friend, who reported it at 1:15 PM: \"Saturday at the Franklin Field courts I'm "
            "bringing my cousin's gun for her.\"",
     desc="\"Her\" is a BLA 10th grader, S.W., who plays in the Saturday league at the Franklin Field "
          "basketball courts on Blue Hill Ave. The friend wrote a statement. The AP called {f}'s father at "
          "1:45. {f} repeated to the AP that her cousin has a gun.",
     mnc=[], mct=["Franklin Field basketball courts", "Saturday league"], key="cousin has a gun",
     tags=["precision_trap"])

case(g="m", gr=11, school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
     ground="credible_threat", t="13:00", d="2026-03-17", loc="Madison Park TVHS, automotive shop",
     threat="In the auto shop at about 1:00 PM, {f} told his instructor and two classmates that he was "
            "\"going to shoot up the Nubian busway at 2:30 when the Burke kids come through,\" that he had "
            "\"a Glock in the bushes by the Dudley library,\" and that \"nobody's going to stop me this "
            "time.\"",
     desc="Summary for BPD from AP Carrow.\n\n"
          "1:00 PM: In the automotive shop {f} made the statement above to Mr. Haines (instructor) and two "
          "classmates, after a shouting match with a student from the Burke on the SL4 that morning. Mr. "
          "Haines called the main office right away.\n\n"
          "1:08 PM: SSS Dorsey and I took {f} from the shop to the AP office. He repeated that he had a gun "
          "\"by the library\" and then said he was joking. We searched his backpack and coat; nothing "
          "found.\n\n"
          "1:20 PM: We called BPD B-2. Officers searched the shrubs beside the Dudley branch library in "
          "Nubian Square and had not found a gun by 2:00.\n\n"
          "1:30 PM: Dismissal plan changed. Madison Park students were held until 2:45 and walked to "
          "Nubian station by SSS and staff. The Burke principal was told.\n\n"
          "2:15 PM: Mr. Haines and both classmates wrote statements; the words match. One classmate "
          "added that {f} showed him a photo of a black handgun on his phone last week, which {f} "
          "deleted in front of me when asked to show it.\n\n"
          "2:45 PM: Two B-2 officers and two MBTA Transit Police officers were on the Nubian busway "
          "during dismissal. No incident.\n\n"
          "Background: {f} has no prior weapons incidents. He was in a fight at the Nubian busway in "
          "October. [[nb:Since January he and his mother have been placed at a hotel in Danvers by the "
          "state]], [[nb:and before that they lived in the Lenox Street apartments.]] [[im:His mother says "
          "his father was deported in December]] and that he has been angry since. [[la:Mother prefers "
          "communication in Spanish.]]\n\n"
          "Next steps: emergency removal, threat assessment meeting tomorrow, referral to the school "
          "counselor.",
     mnc=["Danvers", "Lenox Street", "deported", "Spanish"],
     mct=["shrubs beside the Dudley branch library", "held until 2:45", "fight at the Nubian busway"],
     key="automotive shop", tags=["shelter_hotel"])

case(g="f", gr=10, school="New Mission High School", rec="bpd/district-e18", ground="credible_threat",
     t="19:10", loc="Target location: Cleary Square stop, Hyde Park Ave (route 32)",
     threat="{f} posted in the class group chat at 7:10 PM: \"tomorrow im bringing my brother's gun to the "
            "Cleary Square stop and shooting [[et:every Haitian kid]] that gets off the 32.\"",
     desc="Four students sent screenshots. The Cleary Square stop on Hyde Park Ave is the main after-school "
          "stop for New Mission and BCLA students. {f}'s mother is keeping her out tomorrow at the "
          "principal's request, and told the principal her older son does own a gun. The principal has "
          "asked for a BPD E-18 presence at dismissal.",
     mnc=["Haitian"],
     mct=["Cleary Square stop on Hyde Park Ave", "main after-school stop", "E-18 presence at dismissal"],
     key="screenshots", tags=[])

case(g="f", gr=12, school="Boston Day and Evening Academy", rec="bpd/district-b2", ground="credible_threat",
     t="17:15", age=18, loc="BDEA front desk; target location Roxbury District Court",
     threat="{f} told the front desk at 5:15 PM: \"I'm waiting outside Roxbury District Court on Thursday "
            "for Ms. K and I'm shooting her when she walks out, I already have it.\"",
     desc="Ms. K is a BDEA student support coordinator who is due to testify at Roxbury District Court in a "
          "matter involving {f}'s younger brother. Front desk staff wrote down the words at 5:16. "
          "[[nb:{f} stays with a friend on Blue Hill Ave above the barbershop.]]",
     mnc=["Blue Hill Ave", "above the barbershop", "Muslim"],
     mct=["testify at Roxbury District Court", "wrote down the words at 5:16"],
     extra=[("religion", "Muslim", "religion")],
     key="Roxbury District Court", tags=["structured"])

# ---------------------------------------------------------------------------------------------
# DENY, ground_not_permitted (10)
# ---------------------------------------------------------------------------------------------
case(dec="deny", reason="ground_not_permitted", g="f", gr=10, school="Jeremiah E. Burke High School",
     rec="bpd/district-b2", ground="fight", t="15:40", loc="Franklin Park, the Playstead field",
     desc="About a dozen Burke students followed two 10th grade girls to the Playstead in Franklin Park "
          "after dismissal (3:40). {f} and the other girl traded punches and pulled hair for under a minute "
          "before SSS Blaine got there. Injuries: a scraped elbow and a scratch on the cheek; the nurse "
          "cleaned both, no EMS. [[nb:Both girls live in the Franklin Field apartments]] and the argument "
          "started in their building's laundry room.",
     mnc=["Franklin Field"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="m", gr=8, school="Joseph Lee K-8 School",
     rec="bpd/district-c11", ground="vandalism", t="08:30", dow=0, loc="BCYF Perkins, Talbot Ave, rear wall",
     desc="Perkins staff found fresh spray-paint tags on the rear wall of BCYF Perkins on Monday morning "
          "and a teacher recognized one tag from {f}'s notebooks. {f} admitted he and two friends did it "
          "Saturday night. Estimated cleanup: $600. [[nb:{f} lives across Talbot Ave from the center]], so "
          "the center director knows the family. We ask that BPD follow up on the damage.",
     mnc=["lives across Talbot Ave"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="f", gr=9, school="TechBoston Academy",
     rec="bpd/district-c11", ground="theft", t="15:20", loc="BPL Codman Square branch, teen area",
     desc="A student's iPhone was taken from a table in the teen area of the Codman Square branch at about "
          "3:20. The victim says {f} picked it up and left; {f} denies it. The victim (a 9th grader, "
          "[[et:Haitian]]) and her mother, [[nb:who live above the laundromat on Washington St]], want a "
          "police report for insurance.",
     mnc=["Haitian", "above the laundromat"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="m", gr=11, school="Dorchester Academy",
     rec="bpd/district-c11", ground="trespass", t="17:10", loc="Strand Theatre, Columbia Rd (backstage)",
     desc="Strand Theatre staff found {f} and a friend backstage at 5:10 PM; they came in through the "
          "loading door on the side street while a rehearsal was going on. Nothing was taken or broken. "
          "Staff recognized his school ID and called us. [[im:When the AP called home, {f}'s father said "
          "the family is waiting on their green card interview and begged us not to involve police.]] The "
          "Strand's manager asked the school to file this with police.",
     mnc=["green card"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="m", gr=8, school="Lilla G. Frederick Middle School",
     rec="bpd/district-c11", ground="gang_activity", t="15:30", loc="Ronan Park, Mount Ida Rd",
     desc="For BPD awareness. Over the last two weeks a group of 8 to 10 students has been gathering at "
          "Ronan Park after dismissal, wearing the same green bandanas and posting videos from the top of "
          "the hill. [[ga:Staff believe {f} is a member of the 'Greenwood' crew.]] [[nb:He lives on "
          "Greenwood St.]] No incident, no weapon and no injury has been reported.",
     mnc=["Greenwood"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="f", gr=10, school="Snowden International School",
     rec="bpd/district-a1", ground="truancy", t="11:00", d="2026-03-05", loc="South Station, main concourse",
     desc="{f} has missed 14 days since January. At 11:00 today a Snowden teacher on a field trip saw her "
          "in the South Station concourse and she left when he called her name. [[nb:She is staying with "
          "her aunt in Mattapan]], [[la:and the aunt has asked that calls be made in Portuguese.]] We ask "
          "BPD to do a wellness and truancy check.",
     mnc=["Mattapan", "Portuguese"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="m", gr=11, school="East Boston High School",
     rec="bpd/district-a7", ground="information_request", t="09:00",
     loc="Sidewalk outside the East Boston courthouse, Meridian St",
     desc="A District A-7 detective asked the school for {f}'s current address and phone. {f} is a witness, "
          "not a suspect, to a car break-in on the sidewalk outside the East Boston courthouse on Meridian "
          "St last week. [[nb:Our records list the family at 140 Trenton St, 2nd floor.]] We are sending "
          "the record as asked.",
     mnc=["Trenton St", "02128"],
     extra=[("address", "140 Trenton St, East Boston MA 02128", "neighborhood")], tags=["structured"])

case(dec="deny", reason="ground_not_permitted", g="m", gr=12, school="English High School",
     rec="bpd/district-e13", ground="suspicious_behavior", t="07:30", loc="Forest Hills station, upper busway",
     desc="Staff have noticed {f} at the Forest Hills upper busway most mornings talking with adults who "
          "are not students, and he arrives late. No drugs, weapons or money have been seen. [[nb:He lives "
          "near the Arborway, a short walk from the station.]] [[ga:A teacher thinks the adults may be gang "
          "members.]] We ask that BPD look into it.",
     mnc=["near the Arborway", "gang members"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="m", gr=10,
     school="John D. O'Bryant School of Mathematics and Science", rec="bpd/district-b2", ground="fight",
     t="14:45", loc="MBTA route 28 (outbound), Blue Hill Ave at Seaver St",
     desc="Two O'Bryant 10th graders fought on the outbound 28 near the Seaver St stop at 2:45. The driver "
          "stopped the bus and other passengers separated them. {f} had a bloody lip, the other boy a "
          "bruised cheek. No weapons. [[et:Students say the group chat argument was about Cape Verdean kids "
          "vs. Haitian kids.]]",
     mnc=["Cape Verdean", "Haitian"], tags=[])

case(dec="deny", reason="ground_not_permitted", g="f", gr=11, school="Excel High School",
     rec="bpd/district-b2", ground="disorderly_conduct", t="18:00", d="2026-01-08", loc="Reggie Lewis Center, spectator stands",
     desc="At the Reggie Lewis Center during an evening track meet, {f} and two friends were yelling at "
          "officials and threw a water bottle onto the track; meet staff walked them out at 6:00 PM. Nobody "
          "was hurt. [[nb:{f} lives in the West Broadway development]] and her coach took her to the team "
          "bus. The Reggie Lewis Center asked the school to report it.",
     mnc=["West Broadway"], tags=[])

# ---------------------------------------------------------------------------------------------
# DENY, excluded_substance (8)
# ---------------------------------------------------------------------------------------------
case(dec="deny", reason="excluded_substance", g="m", gr=8, school="Lyndon K-8 School",
     rec="bpd/district-e5", ground="drugs", subs=["marijuana"], t="13:10",
     loc="Millennium Park, restroom building by the canoe launch",
     desc="On the 8th grade nature walk at Millennium Park (1:10 PM) a chaperone found {f} and another boy "
          "smoking a joint behind the restroom building by the canoe launch. {f} had a small bag of "
          "marijuana and a lighter. [[nb:{f} lives on Centre St in West Roxbury, close to the park.]]",
     mnc=["West Roxbury", "lives on Centre St"], tags=[])

case(dec="deny", reason="excluded_substance", g="f", gr=11, school="Margarita Muñiz Academy",
     rec="bpd/district-e13", ground="drugs", subs=["THC vape cartridge"], t="15:10",
     loc="Forest Hills station, lower busway",
     desc="SSS saw {f} hitting a vape pen at the Forest Hills lower busway after school; the cartridge is "
          "labeled THC distillate (1 g). She gave it up. [[nb:She is staying at her father's place on "
          "South St this month.]]",
     mnc=["South St"], tags=[])

case(dec="deny", reason="excluded_substance", g="m", gr=8, school="Curley K-8 School",
     rec="bpd/district-e13", ground="drugs", subs=["vape"], t="15:45",
     loc="BPL Jamaica Plain branch, first-floor restroom",
     desc="Jamaica Plain branch staff smelled vape smoke in the restroom at 3:45 and found {f} with a "
          "disposable vape (no label, fruit flavor). Contents unknown. [[la:His mother speaks only Spanish "
          "and asked for an interpreter for the call.]]",
     mnc=["Spanish", "interpreter"], tags=[])

case(dec="deny", reason="excluded_substance", g="m", gr=12, school="English High School",
     rec="bpd/district-e13", ground="drugs", subs=["vodka"], t="19:30", d="2025-10-24",
     loc="White Stadium, Franklin Park (under the home bleachers)",
     desc="During the night game at White Stadium, SSS found {f} and two seniors under the home bleachers "
          "with four vodka nips; {f} was visibly drunk and was released to his mother at 8:15. [[nb:He "
          "lives in the Mildred Hailey apartments by Jackson Square.]]",
     mnc=["Hailey", "by Jackson Square"], tags=[])

case(dec="deny", reason="excluded_substance", g="f", gr=10, school="East Boston High School",
     rec="bpd/district-a7", ground="drugs", subs=["THC edibles"], t="15:30",
     loc="Airport station, Silver Line SL3 platform",
     desc="On the Silver Line at Airport (SL3 platform) after school, {f} shared gummy edibles (the package "
          "says 10 mg THC each) with two 9th graders; one felt sick and the station attendant called us. "
          "[[nb:{f} lives with her grandmother on Meridian St.]]",
     mnc=["Meridian St"], tags=[])

case(dec="deny", reason="excluded_substance", g="m", gr=8, school="Boston Teachers Union School",
     rec="bpd/district-e13", ground="drugs", subs=["nicotine pouches"], t="16:30",
     loc="BCYF Curtis Hall, South St, gym",
     desc="Curtis Hall staff took a tin of Zyn nicotine pouches from {f} in the gym during the after-school "
          "program (4:30 PM). He was handing them out. [[nb:He was picked up by his uncle, who he lives "
          "with on Lamartine St.]]",
     mnc=["Lamartine St"], tags=[])

case(dec="deny", reason="excluded_substance", g="m", gr=12, school="Dorchester Academy",
     rec="bpd/district-c11", ground="drugs", subs=["beer"], t="14:00", d="2025-06-06",
     loc="Pope John Paul II Park, senior cookout",
     desc="At the senior cookout at Pope John Paul II Park (2:00 PM) a teacher found {f} with a backpack "
          "cooler holding six cans of beer, two of them open. He was sent home with his father. [[nb:The "
          "family lives in the Harbor Point apartments]] [[re:and his father, a deacon at their church, "
          "was upset.]]",
     mnc=["Harbor Point", "deacon"], tags=[])

case(dec="deny", reason="excluded_substance", g="m", gr=10, school="Henderson K-12 Inclusion School",
     rec="bpd/district-c11", ground="drugs", subs=["weed", "Juul pods"], t="08:10",
     loc="Fields Corner station, Dorchester Ave entrance",
     desc="{f} was at the Fields Corner station entrance on Dorchester Ave at 8:10 with a bag of weed "
          "(about 3 g) and two Juul pods in his backpack when SSS asked him to come into school. "
          "[[no:His mother says he was born in Vietnam and only came to Boston last year.]]",
     mnc=["Vietnam", "came to Boston last year"], tags=[])

# ---------------------------------------------------------------------------------------------
# DENY, recipient_not_permitted (7)
# ---------------------------------------------------------------------------------------------
case(dec="deny", reason="recipient_not_permitted", g="m", gr=11, school="Jeremiah E. Burke High School",
     rec="bric", ground="weapon", weapon="knife", t="15:30", loc="Grove Hall, Blue Hill Ave at Geneva Ave",
     desc="{f} was seen at the Grove Hall bus stop at Blue Hill Ave and Geneva Ave with a kitchen knife in "
          "his waistband at 3:30. SSS Lamb took it. [[ga:Sending to BRIC because {f} is believed to be part "
          "of the 'Blue Hill Boys' crew.]] [[nb:He lives on Harvard St.]]",
     mnc=["Blue Hill Boys", "Harvard St"], tags=[])

case(dec="deny", reason="recipient_not_permitted", g="m", gr=10,
     school="Madison Park Technical Vocational High School", rec="mbta-transit-police",
     ground="serious_violence", t="14:20", loc="Ruggles station, busway",
     desc="At Ruggles station (busway, 2:20 PM) {f} punched and kicked another student until he was "
          "unconscious; the victim has a fractured jaw (BMC). Sending to MBTA Transit Police, who responded "
          "at the scene. [[nb:The victim lives in the Lenox Street apartments]] [[la:and his mother needs a "
          "Cape Verdean Creole interpreter.]]",
     mnc=["Lenox Street", "Creole", "Cape Verdean"], tags=[])

case(dec="deny", reason="recipient_not_permitted", g="f", gr=8, school="Rafael Hernández K-8 School",
     rec="bha-police", ground="weapon", weapon="box cutter", t="15:15",
     loc="BPL Egleston Square branch, Columbus Ave",
     desc="At the Egleston Square branch library (3:15) {f} threatened another girl with a box cutter; "
          "library staff took it. A copy was requested by the Boston Housing Authority police [[nb:because "
          "{f} lives in the Academy Homes development.]]",
     mnc=["Academy Homes"], tags=[])

case(dec="deny", reason="recipient_not_permitted", g="m", gr=12, school="East Boston High School",
     rec="ice", ground="drugs", subs=["fentanyl"], t="12:00", loc="Maverick station, upper lobby",
     desc="SSS found 15 bags of fentanyl on {f} in the Maverick station lobby during lunch. [[im:ICE "
          "contacted the school about him because the family overstayed their visas]], so this copy is for "
          "them.",
     mnc=["overstayed", "visas"], tags=[])

case(dec="deny", reason="recipient_not_permitted", g="f", gr=8, school="Lilla G. Frederick Middle School",
     rec="suffolk-da", ground="serious_violence", t="15:25",
     loc="Columbia Rd, outside the BPL Uphams Corner branch",
     desc="Outside the Uphams Corner branch library on Columbia Rd, {f} hit a 7th grader with a metal pipe; "
          "the girl needed 10 staples in her scalp. The victim's family asked that we send the report to "
          "the Suffolk County DA's victim witness office. [[nb:They live on Bird St, around the corner.]]",
     mnc=["Bird St"], tags=[])

case(dec="deny", reason="recipient_not_permitted", g="m", gr=11, school="English High School",
     rec="commonwealth-fusion-center", ground="credible_threat", t="21:00", d="2025-10-08", loc="White Stadium, Franklin Park",
     threat="{f} posted: \"Friday night at White Stadium it's going down, bringing the blicky for the Latin "
            "Academy boys.\"",
     desc="Posted at 9:00 PM; a parent sent the screenshot. The game is English High vs. Boston Latin "
          "Academy at White Stadium. [[nb:{f} lives on Walk Hill St near the stadium.]] The Commonwealth "
          "Fusion Center asked for a copy.",
     mnc=["Walk Hill St"], tags=[])

case(dec="deny", reason="recipient_not_permitted", g="m", gr=9, school="Josiah Quincy Upper School",
     rec="bcyf-security", ground="weapon", weapon="brass knuckles", t="17:00",
     loc="BCYF Blackstone Community Center, West Brookline St",
     desc="BCYF Blackstone front desk staff found brass knuckles in {f}'s hoodie at gym sign-in (5:00 PM). "
          "The BCYF security contractor asked for a copy of our report. [[nb:{f}'s family is in the shelter "
          "on Washington St in the South End.]]",
     mnc=["shelter on Washington St", "South End"], tags=["shelter_hotel"])

# ---------------------------------------------------------------------------------------------
# DENY, missing_threat_statement (5)
# ---------------------------------------------------------------------------------------------
case(dec="deny", reason="missing_threat_statement", g="m", gr=8, school="Mildred Avenue K-8 School",
     rec="bpd/district-b3", ground="credible_threat", t="14:00", loc="Mattapan station (trolley)",
     desc="Students report that {f} said he is going to \"shoot up\" the Mattapan trolley stop after school "
          "because of a fight. No further details. [[nb:He lives near the Mattapan trolley, on Fottler "
          "Rd.]]",
     mnc=["Fottler Rd", "lives near the Mattapan trolley"], tags=["same_name"])

case(dec="deny", reason="missing_threat_statement", g="f", gr=10, school="Fenway High School",
     rec="bpd/district-b2", ground="credible_threat", t="15:00", loc="BCYF Tobin Community Center, Tremont St",
     desc="A Snapchat message said there would be \"smoke\" at the Tobin tonight and mentioned {f}. "
          "[[ga:Students say {f} goes with the Heath Street crew.]] We would like police at the Tobin.",
     mnc=["Heath Street crew"], tags=[])

case(dec="deny", reason="missing_threat_statement", g="m", gr=11,
     school="Community Academy of Science and Health", rec="bpd/district-c11", ground="credible_threat",
     t="10:00", loc="Codman Square Health Center, Washington St",
     desc="{f}'s counselor says he told her he wants to \"hurt somebody\" at the Codman Square Health "
          "Center, where his mother's ex-boyfriend works. [[nb:{f} and his mother live two blocks from the "
          "health center, on Lithgow St.]]",
     mnc=["Lithgow St", "two blocks from the health center"], tags=[])

case(dec="deny", reason="missing_threat_statement", g="f", gr=7, school="Kilmer K-8 School",
     rec="bpd/district-e5", ground="credible_threat", t="12:30", d="2026-05-28", loc="Millennium Park (field day)",
     desc="A 7th grader said {f} told her \"I'm bringing a knife to the field day at Millennium Park and "
          "you'll see.\" [[la:{f} is an English learner and her family speaks Albanian at home.]]",
     mnc=["Albanian", "English learner"], tags=[])

case(dec="deny", reason="missing_threat_statement", g="m", gr=12, school="Boston Day and Evening Academy",
     rec="bpd/district-b2", ground="credible_threat", t="16:00", age=18, loc="Roxbury District Court",
     desc="{f} told staff he will \"catch\" a witness outside Roxbury District Court next week. [[no:He came "
          "from the Dominican Republic two years ago]] and has a hearing there.",
     mnc=["Dominican Republic"], tags=[])

# ---------------------------------------------------------------------------------------------
# DENY, face_surveillance (4)
# ---------------------------------------------------------------------------------------------
case(dec="deny", reason="face_surveillance", g="m", gr=10, school="English High School",
     rec="bpd/district-e13", ground="weapon", weapon="knife", t="15:05", loc="Forest Hills station, upper busway",
     desc="A student was seen holding a knife at the Forest Hills upper busway at 3:05. [[fs:The MBTA camera "
          "image was run through face matching and returned {f} as the top match (attached).]] [[nb:{f} "
          "lives on Washington St near the Arborway yard.]]",
     mnc=["top match", "facematch_1505", "Arborway yard"],
     att=[{"kind": "face_match", "name": "mbta_fh_busway_facematch_1505.json"},
          {"kind": "document", "name": "sss_statement.pdf"}], fatt=True, tags=[])

case(dec="deny", reason="face_surveillance", g="f", gr=11,
     school="John D. O'Bryant School of Mathematics and Science", rec="bpd/district-b2",
     ground="serious_violence", t="16:20", loc="Ruggles station, Orange Line stairs",
     desc="A girl was pushed down the stairs at Ruggles and broke her wrist. [[fs:Transit Police ran the "
          "platform video through their facial recognition system, which matched {f} at 94%.]] We would "
          "like BPD to follow up. [[nb:{f} lives in the Whittier Street apartments.]]",
     mnc=["94%", "Whittier Street"], tags=[])

case(dec="deny", reason="face_surveillance", g="m", gr=10, school="Boston Community Leadership Academy",
     rec="bpd/district-e18", ground="credible_threat", t="13:00", loc="BCYF Hyde Park, River St",
     threat="{f} told classmates he will \"shoot whoever tagged the wall\" at BCYF Hyde Park tomorrow night.",
     desc="Two classmates reported the statement at 1:00 PM. [[fs:We are attaching the 10th grade class "
          "photos so BPD can run them against the BCYF Hyde Park camera footage and identify who was with "
          "{f}.]] [[nb:{f} lives on Metropolitan Ave.]]",
     mnc=["grade10_class_photos", "Metropolitan Ave"],
     att=[{"kind": "photo", "name": "grade10_class_photos.zip"}], fatt=True, tags=[])

case(dec="deny", reason="face_surveillance", g="m", gr=12, school="Dearborn STEM Academy",
     rec="bpd/district-b2", ground="drugs", subs=["cocaine"], t="16:00", loc="Nubian station, Silver Line platform",
     desc="[[fs:A vendor's face recognition system on the Nubian station camera flagged {f} (match ID "
          "FR-22817)]] selling what turned out to be cocaine; SSS confirmed he had 6 bags when he came to "
          "school the next morning. [[nb:He lives on Dudley St across from the station.]]",
     mnc=["FR-22817", "Dudley St"], tags=[])

# ---------------------------------------------------------------------------------------------
# DENY, other: airsoft and replica guns (2)
# ---------------------------------------------------------------------------------------------
case(dec="deny", reason="other", g="m", gr=8, school="Young Achievers Science and Math K-8 School",
     rec="bpd/district-b3", ground="weapon", weapon="airsoft pistol", t="15:40", loc="Harambee Park, basketball courts",
     desc="{f} pointed an airsoft pistol at two boys at the Harambee Park courts. [[nb:He lives on Wheatland "
          "Ave.]]",
     mnc=["Wheatland Ave"], tags=[])

case(dec="deny", reason="other", g="f", gr=9, school="Boston Latin Academy", rec="bpd/district-b3",
     ground="weapon", weapon="replica pistol", t="07:45", loc="Mattapan station, trolley platform",
     desc="A BLA 9th grader, {f}, showed a realistic replica pistol (metal, no orange tip) to friends on the "
          "Mattapan trolley platform at 7:45 AM. Station staff called police, and officers confirmed it is "
          "a replica. [[nb:She lives on Cummins Highway near the station.]] [[la:Her family's home language "
          "is Haitian Creole.]]",
     mnc=["Cummins Highway", "Haitian Creole"], tags=[])


# =============================================================================================
# assembly and self-checks
# =============================================================================================
MARK = re.compile(r"\[\[(nb|la|et|no|im|re|ga|fs):(.*?)\]\]", re.S)
ABBR = {"mr", "ms", "mrs", "dr", "st", "ave", "rd", "approx", "sgt", "ofc", "no", "jr", "vs", "mt"}


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def parse(text, first):
    """Strip [[code:...]] markers; return clean text and forbidden spans (start, end, category)."""
    text = text.replace("{f}", first)
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        n += len(text[pos:m.start()])
        inner = m.group(2)
        spans.append((n, n + len(inner), CODES[m.group(1)]))
        out.append(inner)
        n += len(inner)
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    assert "[[" not in clean and "]]" not in clean, clean
    return clean, spans


def sentence_bounds(text, i):
    """Bounds of the sentence containing index i (., !, ? followed by space; newline)."""
    def is_end(k):
        c = text[k]
        if c == "\n":
            return True
        if c not in ".!?":
            return False
        nxt = text[k + 1] if k + 1 < len(text) else " "
        if nxt not in " \n\"'":
            return False
        j = k
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        tok = text[j:k].lower()
        if c == "." and (tok in ABBR or len(tok) == 1):
            return False
        return True
    s = i
    while s > 0 and not is_end(s - 1):
        s -= 1
    e = i
    while e < len(text) and not is_end(e):
        e += 1
    return s, e


def outside(text, spans):
    """The text with every forbidden span blanked out."""
    chars = list(text)
    for a, b, _ in spans:
        for k in range(a, b):
            chars[k] = "\x00"
    return "".join(chars)


def dst(d):
    y = d.year
    mar = datetime.date(y, 3, 8)
    while mar.weekday() != 6:
        mar += datetime.timedelta(days=1)
    nov = datetime.date(y, 11, 1)
    while nov.weekday() != 6:
        nov += datetime.timedelta(days=1)
    return mar <= d < nov


def school_days():
    ranges = [("2025-01-06", "2025-06-17"), ("2025-09-04", "2025-12-19"), ("2026-01-05", "2026-06-12")]
    vac = [("2025-02-17", "2025-02-21"), ("2025-04-21", "2025-04-25"), ("2025-11-26", "2025-11-28"),
           ("2026-02-16", "2026-02-20"), ("2026-04-20", "2026-04-24")]
    P = datetime.date.fromisoformat
    days = []
    for a, b in ranges:
        d = P(a)
        while d <= P(b):
            if d.weekday() < 5 and not any(P(x) <= d <= P(y) for x, y in vac):
                days.append(d)
            d += datetime.timedelta(days=1)
    return days


def build():
    rng = random.Random(SEED)
    days = school_days()
    mondays = [d for d in days if d.weekday() == 0]
    fm, ff, ln = FIRST_M[:], FIRST_F[:], LAST[:]
    rng.shuffle(fm); rng.shuffle(ff); rng.shuffle(ln)
    used_ids, out, problems = set(), [], []
    for idx, c in enumerate(CASES, 1):
        cid = f"{PREFIX}-{idx:04d}"
        first = (fm if c["g"] == "m" else ff).pop()
        last = ln.pop()
        name = f"{first} {last}"
        # date and time
        if c.get("d"):
            day = datetime.date.fromisoformat(c["d"])
        elif c.get("dow") == 0:
            day = rng.choice(mondays)
        else:
            day = rng.choice(days)
        hh, mm = c["t"].split(":")
        off = "-04:00" if dst(day) else "-05:00"
        occurred = f"{day.isoformat()}T{hh}:{mm}:00{off}"
        # student
        sy = day.year if day.month >= 8 else day.year - 1
        gr = c["gr"]
        born_from = datetime.date(sy - gr - 6, 9, 1)
        dob = born_from + datetime.timedelta(days=rng.randrange(365))
        while True:
            sid = str(rng.randrange(100000, 999999))
            if sid not in used_ids:
                used_ids.add(sid)
                break
        student = {"student_id": sid, "name": name}
        if c.get("age"):
            student["age"] = c["age"]
        else:
            student["date_of_birth"] = dob.isoformat()
        student["grade"] = gr
        student["school"] = c["school"]
        forb_values, cats = [], set()
        for key, val, cat in c.get("extra", []):
            student[key] = val
            if cat:
                cats.add(cat)
                forb_values.append(json.dumps(val, ensure_ascii=False))
        desc, dspans = parse(c["desc"], first)
        req = {"request_id": cid, "school_id": None, "recipient": c["rec"], "ground": c["ground"]}
        if c.get("subs"):
            req["substances"] = c["subs"]
        if c.get("weapon"):
            req["weapon"] = c["weapon"]
        tspans = []
        if c.get("threat"):
            threat, tspans = parse(c["threat"], first)
            req["threat_statement"] = threat
        req["incident"] = {"occurred_at": occurred, "location": c["loc"], "description": desc}
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
            if c.get("fatt"):
                cats.add("face_surveillance")
                forb_values.append(json.dumps(c["att"], ensure_ascii=False))
        req["school_id"] = "BPS-" + str(4000 + (sum(map(ord, c["school"])) * 7) % 900)
        for _, _, cat in dspans + tspans:
            cats.add(cat)
        dec = c.get("dec", "allow")
        # ---- self checks ------------------------------------------------------------------
        def bad(msg):
            problems.append(f"{cid}: {msg}")
        if not 60 <= len(desc) <= 1800:
            bad(f"description length {len(desc)}")
        kept_desc = outside(desc, dspans)
        kept_threat = outside(req.get("threat_statement", ""), tspans)
        stu_kept = {k: v for k, v in student.items()
                    if k in ("student_id", "name", "date_of_birth", "age", "grade", "school")}
        stu_other = {k: v for k, v in student.items() if k not in stu_kept and
                     not any(k == e[0] and e[2] for e in c.get("extra", []))}
        clean_req = {**req, "incident": {**req["incident"], "description": kept_desc},
                     "student": {**stu_kept, **stu_other}}
        if "threat_statement" in req:
            clean_req["threat_statement"] = kept_threat
        if c.get("fatt"):
            clean_req.pop("attachments", None)
        clean_blob = fold(json.dumps(clean_req, ensure_ascii=False))
        whole = fold(json.dumps(req, ensure_ascii=False))
        forb_text = fold(" ".join([desc[a:b] for a, b, _ in dspans] +
                                  [req.get("threat_statement", "")[a:b] for a, b, _ in tspans] + forb_values))
        for s in c.get("mnc", []):
            if fold(s) not in whole:
                bad(f"canary {s!r} not in request")
            if fold(s) in clean_blob:
                bad(f"canary {s!r} occurs outside forbidden spans/fields")
            if fold(s) not in forb_text:
                bad(f"canary {s!r} not inside any forbidden span or field")
        if cats and not c.get("mnc"):
            bad("forbidden content without canaries")
        for a, b, cat in dspans + tspans:
            pass
        if dec == "allow":
            for s in c["mct"]:
                hits = [m.start() for m in re.finditer(re.escape(s), desc)]
                if not hits:
                    bad(f"must_contain_text {s!r} not in description"); continue
                ok = False
                for h in hits:
                    sa, se = sentence_bounds(desc, h)
                    se = max(se, h + len(s))
                    if not any(a < se and b > sa for a, b, _ in dspans):
                        ok = True
                if not ok:
                    bad(f"must_contain_text {s!r} only in a sentence with a forbidden span")
            if fold(c["key"]) not in clean_blob:
                bad(f"key fact {c['key']!r} not in kept text")
            if not (c["rec"] == "bpd" or c["rec"].startswith("bpd/")):
                bad("allow with a non-BPD recipient")
            if c["ground"] == "credible_threat" and not req.get("threat_statement"):
                bad("credible_threat allow without a threat statement")
            if "face_surveillance" in cats:
                bad("allow carrying face surveillance")
        else:
            if c.get("mct"):
                bad("deny with must_contain_text")
        for s in c.get("mnc", []):
            for kept in (name, c["school"], req["school_id"], c["rec"]):
                if fold(s) in fold(kept):
                    bad(f"canary {s!r} in kept field {kept!r}")
        # ---- tags and expect ------------------------------------------------------------
        tags = ["places"]
        if dec == "allow":
            tags.append("allow_redact" if cats else "allow_clean")
        else:
            tags.append({"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
                         "recipient_not_permitted": "deny_recipient",
                         "missing_threat_statement": "deny_threat_missing",
                         "face_surveillance": "deny_face", "other": "deny_other"}[c["reason"]])
        for t in c.get("tags", []):
            if t not in tags:
                tags.append(t)
        if "neighborhood" in cats and "residence" not in tags:
            tags.append("residence")
        expect = {"decision": dec}
        if dec == "deny":
            expect["reason"] = c["reason"]
        expect["must_not_contain"] = list(c.get("mnc", []))
        expect["must_contain"] = [name, c["school"], c["key"]] if dec == "allow" else []
        expect["must_contain_text"] = list(c["mct"]) if dec == "allow" else []
        expect["categories"] = sorted(cats)
        expect["tags"] = tags
        out.append({"id": cid, "request": req, "expect": expect})
    return out, problems


def main():
    cases, problems = build()
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(problems)} self-check problems; nothing written", file=sys.stderr)
        sys.exit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
