#!/usr/bin/env python3
"""Outsider corpus, family CD: graffiti, tags and written threats.

Hand-written cases (bathroom walls, desks, lockers, bus seats, notebooks, sticky notes).
Writes ../data/corpus/outsider_cd.jsonl relative to this file. Standard library only.
"""
import datetime as _dt
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_cd.jsonl"
FAMILY = "graffiti"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4011",
    "Boston Latin School": "BPS-4300",
    "Madison Park Technical Vocational High School": "BPS-4032",
    "East Boston High School": "BPS-4047",
    "Jeremiah E. Burke High School": "BPS-4058",
    "English High School": "BPS-4063",
    "Excel High School": "BPS-4071",
    "Brighton High School": "BPS-4084",
    "TechBoston Academy": "BPS-4092",
    "Mission Hill K-8": "BPS-4105",
    "John D. O'Bryant School": "BPS-4113",
    "Charlestown High School": "BPS-4126",
    "Snowden International School": "BPS-4131",
    "Dearborn STEM Academy": "BPS-4142",
    "Boston Community Leadership Academy": "BPS-4157",
    "McCormack Middle School": "BPS-4163",
    "Washington Irving Middle School": "BPS-4178",
    "Edwards Middle School": "BPS-4185",
    "Fenway High School": "BPS-4190",
    "Boston Arts Academy": "BPS-4204",
    "Henderson K-12 Inclusion School": "BPS-4216",
    "Dorchester Academy": "BPS-4223",
    "Boston Green Academy": "BPS-4231",
    "Community Academy of Science and Health": "BPS-4252",
    "Curley K-8 School": "BPS-4268",
    "Boston Day and Evening Academy": "BPS-4275",
    "New Mission High School": "BPS-4281",
}

KIND = {
    ("allow", "credible_threat"): "allow_threat",
    ("allow", "weapon"): "allow_weapon",
    ("allow", "serious_violence"): "allow_violence",
    ("allow", "drugs"): "allow_drugs",
}
DENY_TAG = {
    "ground_not_permitted": "deny_ground",
    "recipient_not_permitted": "deny_recipient",
    "missing_threat_statement": "deny_threat_missing",
    "face_surveillance": "deny_face",
    "excluded_substance": "deny_substance",
    "other": "deny_replica",
}


def _second_sunday_march(y):
    d = _dt.date(y, 3, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(days=7)


def _first_sunday_november(y):
    d = _dt.date(y, 11, 1)
    return d + _dt.timedelta(days=(6 - d.weekday()) % 7)


def when(y, m, d, hh, mm):
    """ISO time with the Boston offset of that day (EDT between the DST Sundays)."""
    day = _dt.date(y, m, d)
    off = "-04:00" if _second_sunday_march(y) <= day < _first_sunday_november(y) else "-05:00"
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00{off}"


def dob(grade, m, d):
    """Birth date that fits a grade in the 2025-26 school year."""
    y = 2020 - grade if m <= 8 else 2019 - grade
    return f"{y:04d}-{m:02d}-{d:02d}"


CASES = []


def C(dec, school, rec, ground, at, loc, desc, name, grade, bd, *, extra=None, mnc=(), cats=(),
      key=None, mct=(), reason=None, weapon=None, subs=None, threat=None, atts=None, tags=()):
    CASES.append(dict(dec=dec, school=school, rec=rec, ground=ground, at=at, loc=loc, desc=desc,
                      name=name, grade=grade, bd=bd, extra=extra or {}, mnc=list(mnc),
                      cats=list(cats), key=key, mct=list(mct), reason=reason, weapon=weapon,
                      subs=subs, threat=threat, atts=atts, tags=list(tags)))


# ---------------------------------------------------------------------------------------------
# DENY: ground not permitted (vandalism, gang activity, bias, trespass, theft, ...)
# ---------------------------------------------------------------------------------------------

C("deny", "Jeremiah E. Burke High School", "bpd/district-c11", "vandalism", when(2025, 10, 14, 9, 40),
  "Jeremiah E. Burke High School, 2nd floor boys' bathroom",
  '''Custodian R. Pimentel's photo log (Tue 10/14, 9:35 AM, 4 photos) shows fresh red spray paint in the 2nd floor boys' bathroom: 'GPB' with a three-point crown over the mirror and again on the door of stall 3, and under it somebody's older 'BWD' tag crossed out with a big X. Hallway camera has Dante going in at 9:12 with his backpack and coming out at 9:19; nobody else went in during that window. He denied it but had red paint on the side of his right hand at lunch. Dean Okafor says GPB stands for Greenwood Park Boyz, which is the group from Dante's street (Greenwood St), and the BWD tag belongs to kids from Mt Bowdoin who they've been going back and forth with since the summer. No threats were written, nobody was hurt. Facilities estimates $640 to repaint. We are submitting so the district has this on file with the police.''',
  "Dante Robinson", 10, (4, 9),
  mnc=["GPB", "Greenwood", "BWD", "Mt Bowdoin"], cats=["gang_affiliation", "neighborhood"],
  reason="ground_not_permitted")

C("deny", "Madison Park Technical Vocational High School", "bpd/district-b2", "gang_activity", when(2025, 11, 5, 14, 10),
  "Madison Park Technical Vocational High School, C-building locker bank",
  '''MEMO from the Assistant Headmaster's office. Over the past three weeks staff have photographed 14 tags on lockers in the C-building (carpentry and automotive wing), mostly 'KOB' and 'K.O.B. 4 LIFE' in silver paint marker, a few with a 24 drawn in the corner. We believe KOB is the Kerwin Block crew and that Jalen is one of the people putting them up: a teacher saw him at locker 2217 with a silver marker on 10/30 and the marker was confiscated. None of the tags contain threats and there has been no fight connected to them inside the building. We are asking District B-2 to add the attached list of names to their files on the crew and to tell us if any of our students show up in their records.''',
  "Jalen Whitfield", 11, (7, 22),
  extra={"program": "Carpentry", "associations": "KOB (suspected, per dean)", "homeroom": "C-114"},
  mnc=["KOB", "Kerwin"], cats=["gang_affiliation"], reason="ground_not_permitted",
  atts=[{"kind": "document", "name": "locker_tag_list_nov.xlsx"}])

C("deny", "Charlestown High School", "bpd/district-a15", "hate_incident", when(2026, 2, 3, 12, 25),
  "Charlestown High School, room 214",
  '''Sub (Mr. Halloran) called me to 214 at the end of 5th period. Carved into the top of the desk in the 2nd row, with what looks like the point of a compass: a slur and 'SOMALIS GO HOME'. The girl who normally sits there, H.A., is Somali and she saw it before he covered it with a notebook. She was upset and went to the nurse, no injuries. The seating chart and two students put Kyle in that seat 4th period, and his geometry compass was in his pencil case with wood shavings in the hinge. He said it was "a joke." There was nothing in what was written about hurting anyone. Parent meeting scheduled Thursday. Logging it as a bias incident and sending over per the AP.''',
  "Kyle Brennan", 9, (11, 30),
  mnc=["Somali"], cats=["ethnicity"], reason="ground_not_permitted")

C("deny", "Excel High School", "bpd/district-c6", "property_damage", when(2025, 12, 9, 15, 5),
  "School bus route 22B, afternoon run from Excel High School",
  '''I'm the monitor on 22B afternoons. Tuesday I found the back four seats written all over in silver Sharpie, 'OC 4L' big across the seat backs and some names I couldn't read, and the emergency window label peeled off. The only kids in the back today were Marcus and two of his friends, and Marcus had the silver Sharpie in his hand when I walked back at the light on Old Colony Ave. He gets off at the stop for the Old Colony houses and the driver says the OC thing is about where they live. Transportation says the seat covers need replacing, about $1,100. He did not threaten anybody, he just said "it's just writing" and put his hood up.''',
  "Marcus Flaherty", 10, (2, 17),
  mnc=["OC 4L", "Old Colony"], cats=["neighborhood"], reason="ground_not_permitted")

C("deny", "English High School", "bpd/district-e13", "theft", when(2026, 3, 11, 8, 20),
  "English High School, art room 118",
  '''On Wednesday morning Ms. Greer found the street sign for McBride St, the one from the pole right at our front entrance, leaning behind the drying rack in the art room with 'CLASS OF 26' painted across it in gold. Our building is on McBride St, so the city noticed it was gone the same day and called the main office. Alexis admitted that she and two other seniors took it down Monday night with a wrench borrowed from the auto shop, as a senior prank. Alexis is a strong student who came from El Salvador in 8th grade and has never been in trouble before. The sign has been given back to the city. We are sending this because the city told the office it could be considered theft of public property.''',
  "Alexis Moran", 12, (5, 3),
  mnc=["El Salvador"], cats=["national_origin"], reason="ground_not_permitted", tags=["street_sign"])

C("deny", "Boston Arts Academy", "bpd/district-d4", "trespass", when(2026, 1, 18, 23, 40),
  "Boston Arts Academy, Ipswich St side, second-story exterior wall",
  '''Security camera shows a person climbing the construction scaffolding on the Ipswich St side at 11:40 PM Sunday and painting over about ten feet of the senior mural with silver and black letters reading 'NOBODY ASKED.' Ms. Duarte and two teachers recognized the jacket and the lettering as Rafael's; he is a junior whose mural proposal was turned down last month, and his sketchbook has the same N with the split crossbar. He told his advisor he did it and that he got in through the gap in the fence by the loading door. His aunt, who he has been staying with at the Mildred C. Hailey apartments since October, came in Monday morning. No threat, nobody hurt, nothing taken.''',
  "Rafael Quiñones", 11, (8, 14),
  mnc=["Hailey"], cats=["neighborhood"], reason="ground_not_permitted")

C("deny", "Snowden International School", "bpd/district-d4", "harassment", when(2026, 4, 7, 10, 50),
  "Snowden International School, 3rd floor lockers",
  '''Over two weeks N.Y. (grade 9) has found eight yellow sticky notes on her locker, the last one this morning: "take that rag off your head", "terrorist", and one with a drawing of a plane. N.Y. wears a hijab and is one of a few Muslim girls in the grade. The notes are in purple gel pen. Brayden's English teacher recognized the round dots over the i's, and Brayden had the same purple pen and a pad of the same sticky notes in his desk. He said it was his friends' idea. None of the notes say anything about hurting her. We have separated their schedules and N.Y.'s family has been contacted. Submitting as harassment at the principal's request.''',
  "Brayden Kelleher", 9, (1, 26),
  mnc=["hijab", "Muslim"], cats=["religion"], reason="ground_not_permitted")

C("deny", "TechBoston Academy", "bpd/district-c11", "vandalism", when(2025, 9, 30, 13, 15),
  "TechBoston Academy, gym hallway and boys' locker room",
  '''Tagging spree after the pep rally: 11 tags in the gym hallway, the locker room and on the back of the bleachers, mostly 'BG' and on some of them a crossed-out 'HB'. Kevin was caught by Coach Lima in the locker room with two paint markers in his waistband and paint on his fingers. Kevin said his older cousin's crew is the Bowdoin G's and he was "just repping." When I called home, Kevin's mother begged me not to involve police because the family is undocumented and his dad was picked up last year. Kevin is suspended 2 days and there is a restitution plan with facilities. Sending as vandalism per the headmaster.''',
  "Kevin Arias", 10, (12, 2),
  mnc=["Bowdoin G", "undocumented"], cats=["gang_affiliation", "immigration_status"],
  reason="ground_not_permitted")

C("deny", "Washington Irving Middle School", "bpd/district-e5", "suspicious_behavior", when(2026, 2, 24, 11, 0),
  "Washington Irving Middle School, room 207",
  '''Ms. Reyes (ELA) flagged Adrian's notebook to me. The inside cover and the margins of his Do Now pages are covered with five-point crowns, 'ALKQN', and 'Amor de Rey' in bubble letters, and one page has a list of first names under the heading "my brothers". There are no threats and no weapons, and he has not been in a fight. Adrian is in 7th grade and his counselor says his older brother was recently jumped in. We don't know what else to do with this and the principal asked me to share it with police in case it means he is being recruited into the Latin Kings.''',
  "Adrian Castillo", 7, (3, 15),
  mnc=["ALKQN", "Latin King", "Amor de Rey"], cats=["gang_affiliation"], reason="ground_not_permitted")

C("deny", "Boston Latin Academy", "bpd/district-b2", "bias_incident", when(2025, 11, 19, 13, 45),
  "Boston Latin Academy, library, study carrel 6",
  '''The librarian found a swastika and an antisemitic slur drawn in blue ballpoint on study carrel 6 at 1:45. That carrel is where E.K. does her study hall every day and the other kids know it; E.K. is Jewish and her family has come to the school before about another incident. The library sign-in sheet and the camera by the circulation desk show Colin at carrel 6 during 6th period. Colin's science notebook has a very similar swastika doodle on the back page. Nothing was written about violence, just the symbol and the word. Colin has been removed from the library for the rest of the year and his parents were notified. Filing it as a bias incident.''',
  "Colin Fitzgerald", 10, (6, 11),
  mnc=["Jewish", "antisemitic"], cats=["religion"], reason="ground_not_permitted")

C("deny", "Dorchester Academy", "bpd/district-c11", "information_request", when(2026, 3, 3, 10, 0),
  "Dorchester Academy, room 112",
  '''An officer from the district's youth violence unit called the main office Monday asking whether we know which of our students are writing 'HCB' on the bus shelters on Hendry St and on the side of the corner store. Staff have seen the same HCB tag on two desks in room 112 and on a bathroom stall. The dean believes Tyrell is involved, since HCB (Hendry Court Boys) is his block and he drew it on his math test in February. Nothing has happened at school beyond the writing on the desks. We are sending what we have in answer to the officer's question.''',
  "Tyrell Banks", 11, (9, 5),
  mnc=["HCB", "Hendry"], cats=["gang_affiliation", "neighborhood"], reason="ground_not_permitted")

# ---------------------------------------------------------------------------------------------
# DENY: recipient not permitted
# ---------------------------------------------------------------------------------------------

C("deny", "New Mission High School", "bric", "credible_threat", when(2026, 1, 27, 8, 5),
  "New Mission High School, stairwell between 2nd and 3rd floor",
  '''First thing Tuesday the custodian sent me a photo from the stairwell between 2 and 3: 'HCB ON TOP — 3RD FLOOR GET SHOT MONDAY' in black marker on the cinderblock, about head height. The same HCB writing is on the cover of Shawn's binder, and the S in SHOT is the backwards-looking S he uses in his essays (his ELA teacher pulled two samples). On Friday Shawn was in a shoving match on the 3rd floor with two boys his friends call the Norfolk kids. We are treating it as a real threat: lockdown protocol reviewed and extra staff on 3 on Monday. Sending to BRIC because the district detective said they track HCB.''',
  "Shawn Pierre-Louis", 10, (10, 19),
  threat='''Written threat on a school stairwell wall naming a place (the 3rd floor), a method (shooting) and a day (Monday); the handwriting is linked to a student who was in a physical altercation on that floor three days earlier.''',
  mnc=["HCB", "Norfolk kids"], cats=["gang_affiliation"], reason="recipient_not_permitted")

C("deny", "East Boston High School", "dhs/hsi-boston", "credible_threat", when(2025, 10, 22, 12, 10),
  "East Boston High School, cafeteria tray return",
  '''At 12:10 the lunch aide found a folded note under the tray return: "bomb in the gym at 12 tomorrow, everybody gonna see." The handwriting matches a note Kevin passed in Algebra last week (same all-caps with lowercase e's, same notebook paper with the torn fringe). Kevin was interviewed with his guardian and admitted writing it; he said he wanted school cancelled. Facilities swept the gym Thursday morning and nothing was found. An HSI agent who is working on his father's asylum case called the school and asked to be copied on anything involving Kevin, so this is addressed to them.''',
  "Kevin Quispe", 9, (2, 8),
  threat='''Handwritten note threatening a bomb in the gym at a stated time the next day, left where staff would find it; the student admitted writing it.''',
  mnc=["asylum"], cats=["immigration_status"], reason="recipient_not_permitted")

C("deny", "Community Academy of Science and Health", "commonwealth-fusion-center", "weapon", when(2026, 5, 12, 7, 50),
  "School bus, morning run to Community Academy of Science and Health, row 9",
  '''The bus driver on the 7:30 run radioed that a student was cutting into the seat in row 9. When we met the bus at the curb, Isaiah handed over a black folding knife, about a 3-inch blade, from his hoodie pocket. The seat back had 'NRW' and '4L' freshly carved through the vinyl and a rival tag scratched out. Isaiah said the older kids on Norwell St told him to put it on every bus. The knife is in the main office safe. The fusion center liaison asked to receive all weapon incidents that involve suspected crew tags, so we are sending it there.''',
  "Isaiah Grant", 9, (5, 27),
  weapon="knife", mnc=["NRW", "Norwell St"], cats=["gang_affiliation", "neighborhood"],
  reason="recipient_not_permitted")

C("deny", "Brighton High School", "ma-gang-database", "credible_threat", when(2026, 3, 19, 9, 30),
  "Brighton High School, 1st floor boys' bathroom",
  '''Written on the inside of the 1st floor boys' bathroom door in blue paint marker: 'FSG gonna light up Brighton High 3/27.' Below it, a drawing of a handgun. The custodian's log shows the door was clean at 7:05. Between 7:05 and 9:20 the hall camera shows four students going in; one of them, Omar, came out with blue marker on his palm, and an identical blue paint marker was in his bag. Omar is listed by our dean as associated with FSG, the Faneuil St group. We reviewed it with the principal and are treating it as credible given the date and the drawing.''',
  "Omar Haddad", 11, (1, 4),
  threat='''A dated written threat to "light up" the school on 3/27 with a drawing of a handgun, on a bathroom door; marker and timing link it to one student.''',
  mnc=["FSG", "Faneuil"], cats=["gang_affiliation"], reason="recipient_not_permitted")

C("deny", "Boston Green Academy", "fbi/boston-field-office", "credible_threat", when(2025, 12, 4, 14, 30),
  "Boston Green Academy, science lab 204",
  '''"SCHOOL SHOOTING FRIDAY 12/12 — no one is leaving alive" written in pencil on the underside of a desk in the science lab, found by a student who dropped a pen. The period-by-period seating chart puts Mateo at that desk 3rd and 6th period. Two of his classmates told the counselor he said last week he "wants to be on the news." Mateo's search history on his school Chromebook includes "Parkland timeline". Counselor note: Mateo is Cape Verdean, lives with his grandmother, and has been isolated since his best friend moved away. Because it is a school shooting threat we are sending it to the FBI tip office.''',
  "Mateo Fontes", 10, (9, 1),
  threat='''Written threat of a school shooting on a specific date, under a desk the student uses, with statements to classmates about wanting to be "on the news" and searches about a past school shooting.''',
  mnc=["Cape Verdean"], cats=["ethnicity"], reason="recipient_not_permitted")

C("deny", "Boston Community Leadership Academy", "mbta-transit-police", "credible_threat", when(2026, 2, 10, 15, 20),
  "MBTA route 32 bus, after dismissal",
  '''Two students reported to the front desk that on the 32 bus home someone had written on the back of a seat in black Sharpie: 'BCLA 2/13 I'm bringing the strap 4 Jaylen.' Jaylen is one of our 10th graders. A student took a photo, which is attached. Another student saw Devonte writing on the seat, and Devonte's notebook has the same backward-slanting capitals. Devonte gets off near Mattapan Square. We are sending this to the transit police because it happened on their bus.''',
  "Devonte Hughes", 10, (7, 7),
  threat='''Written threat to bring a gun ("the strap") for a named student on a named date, seen being written by the student.''',
  mnc=["Mattapan Square"], cats=["neighborhood"], reason="recipient_not_permitted",
  atts=[{"kind": "photo", "name": "bus32_seat.jpg"}])

C("deny", "Fenway High School", "securitas/longwood-medical", "weapon", when(2026, 4, 28, 11, 15),
  "Hospital parking garage stairwell next to Fenway High School",
  '''A Securitas guard from the hospital garage next door walked a student back to us at 11:15: Luis had been writing on the garage stairwell wall with a paint pen and had a box cutter in his back pocket (yellow, retractable). Nothing was written about anyone; it was his tag 'LUZ' over and over. The guard's supervisor asked for a copy of our report for the hospital's security file. Luis needs a Portuguese interpreter for the parent meeting because his mom speaks only Portuguese.''',
  "Luis Cardoso", 10, (3, 30),
  weapon="box cutter", mnc=["Portuguese"], cats=["language"], reason="recipient_not_permitted")

# ---------------------------------------------------------------------------------------------
# DENY: credible threat without a threat statement
# ---------------------------------------------------------------------------------------------

C("deny", "Brighton High School", "bpd/district-d14", "credible_threat", when(2025, 10, 8, 10, 20),
  "Brighton High School, 2nd floor girls' bathroom",
  '''Girls' bathroom 2nd floor, mirror: "ima shoot this place up tmrw" in red lipstick. Found by a teacher at 10:20; the custodian's last check was 9:45. Three girls signed out to the bathroom in that window per the hall pass log. One of them, Kiara, had a red lipstick that the AP compared with the color on the mirror and it looks the same, and she writes "tmrw" the same way on her Do Nows. Kiara is an EL student at ELD level 2 and her counselor says she has been having a hard time since the start of the year.''',
  "Kiara Mejía", 10, (6, 2),
  mnc=["EL student", "ELD level"], cats=["language"], reason="missing_threat_statement")

C("deny", "John D. O'Bryant School", "bpd/district-b2", "credible_threat", when(2026, 1, 14, 13, 0),
  "John D. O'Bryant School, 3rd floor chemistry lab",
  '''A composition notebook left in the 3rd floor lab had a page titled "people who are getting it" with seven student names and "March 1" underlined twice. The next page has drawings of a rifle with a scope. The notebook is Ethan's (his name is on the cover and his lab notes are inside). His mom told the counselor the family are Jehovah's Witnesses and Ethan isn't allowed a phone, so he writes everything down. Ethan says the list is for a video game he is designing.''',
  "Ethan Marsh", 8, (10, 21),
  mnc=["Jehovah"], cats=["religion"], reason="missing_threat_statement")

C("deny", "Community Academy of Science and Health", "bpd/district-c11", "credible_threat", when(2025, 11, 13, 9, 10),
  "Community Academy of Science and Health, room 306",
  '''Teacher arrived at room 306 and found a pink sticky note on her monitor: "you think you can fail me. watch what happens friday. I know your car." The handwriting was compared with quiz answers from her 2nd period; the closest match is Jordan's (the lowercase y with the loop, and the same pink sticky pad was on his desk). Jordan lives with his grandmother, zip 02124, and has been failing the class since October.''',
  "Jordan Sealy", 11, (12, 12),
  threat="", mnc=["02124"], cats=["neighborhood"], reason="missing_threat_statement")

C("deny", "Edwards Middle School", "bpd/district-a15", "credible_threat", when(2026, 3, 24, 12, 40),
  "Edwards Middle School, cafeteria",
  '''Lunch aide found "BOMB 3/26" scratched into the cafeteria table nearest the windows with something sharp, plus a stick figure with X eyes. The 6th graders at that table say Yadiel did it with an opened paperclip and that he told them the school was going to blow up on Thursday. Yadiel is Dominican; his father is away and his mom works nights, so we reached his older sister first. He has no prior incidents.''',
  "Yadiel Rosario", 6, (8, 30),
  mnc=["Dominican"], cats=["ethnicity"], reason="missing_threat_statement")

C("deny", "Henderson K-12 Inclusion School", "bpd/district-c11", "credible_threat", when(2026, 5, 6, 14, 5),
  "Henderson K-12 Inclusion School, upper campus, locker 88",
  '''Locker 88 had a sheet of loose-leaf taped inside the vent slats facing out: "Mr. D and Ms. P you have till Friday." The locker is assigned to Brianna and the loose-leaf matches the paper in her binder, torn edge and all. Brianna told the counselor she wrote it because she is angry about her grade but "didn't mean anything." Parent notified. Nothing was found in the locker search.''',
  "Brianna Cole", 9, (4, 18),
  mnc=[], cats=[], reason="missing_threat_statement")

C("deny", "Dearborn STEM Academy", "bpd/district-b2", "credible_threat", when(2025, 12, 16, 8, 45),
  "School bus route 31, seat 14",
  '''Message written in Vietnamese in Sharpie on the back of seat 14 on route 31, translated by Ms. Pham as "Minh will die on Wednesday, I have my uncle's gun." Minh is a 7th grader who rides that bus. The bus camera shows Bao in seat 14 on the morning run. Bao told us his cousin wrote it, but his cousin does not ride that bus.''',
  "Bao Nguyen", 8, (1, 3),
  mnc=["Vietnamese"], cats=["language"], reason="missing_threat_statement")

# ---------------------------------------------------------------------------------------------
# DENY: face surveillance
# ---------------------------------------------------------------------------------------------

C("deny", "Madison Park Technical Vocational High School", "bpd/district-b2", "credible_threat", when(2026, 2, 19, 7, 0),
  "Madison Park Technical Vocational High School, automotive shop bay",
  '''Facilities found "MPTV SHOOTOUT 2/23 — BRING WHAT U GOT" painted on the inside wall of the auto shop bay at 6:50 AM. The bay was locked at 5:30 PM the night before. The building camera captured a person in a gray hoodie coming in through the side door at 8:12 PM. We ran the camera still through the vendor's face-matching tool and it returned Terrell as the top match; the match report is attached. Terrell also had gray paint on his boots Thursday morning.''',
  "Terrell Boyd", 11, (2, 14),
  threat='''Painted threat of a shootout at the school on a named date, inside a locked shop bay entered after hours.''',
  atts=[{"kind": "face_match", "name": "vendor_match_report_0219.pdf"},
        {"kind": "photo", "name": "auto_bay_wall.jpg"}],
  mnc=[], cats=["face_surveillance"], reason="face_surveillance")

C("deny", "Jeremiah E. Burke High School", "bpd/district-c11", "credible_threat", when(2026, 3, 5, 10, 10),
  "Jeremiah E. Burke High School, 1st floor boys' bathroom",
  '''The new hallway cameras came with a face recognition feature that the vendor switched on for the pilot. When the custodian found "KILL LIST" and four names written on the 1st floor boys' room wall, the vendor's system flagged Tyrese entering at 10:02 with a 91.4% confidence score. A teacher also thinks the handwriting is Tyrese's. We are including the face recognition result because it is our strongest evidence.''',
  "Tyrese Grant", 10, (11, 6),
  threat='''A "kill list" naming four students written on a school bathroom wall.''',
  mnc=["91.4%"], cats=["face_surveillance"], reason="face_surveillance")

C("deny", "TechBoston Academy", "bpd/district-c11", "credible_threat", when(2026, 1, 9, 15, 30),
  "School bus 1142, seat 7",
  '''Threat written in marker on the back of seat 7 on school bus 1142: "TBA gone find out monday, im bringing it." Nobody saw who wrote it. The bus camera still shows the side of a face, a durag and a Celtics jacket. We have attached the 9th grade ID photos so BPD can run them against the still and tell us who it is. Three boys in 9th wear a jacket like that, including Malik.''',
  "Malik Barros", 9, (3, 3),
  threat='''Written threat on a school bus seat that the writer is "bringing it" to the school on Monday.''',
  atts=[{"kind": "photo", "name": "bus1142_still.jpg"}, {"kind": "photo", "name": "grade9_id_photos.zip"}],
  mnc=[], cats=["face_surveillance"], reason="face_surveillance")

C("deny", "Excel High School", "bpd/district-c6", "weapon", when(2025, 11, 20, 14, 35),
  "Excel High School, G St entrance",
  '''At dismissal a student was seen on the exterior camera scratching letters into the door of the G St entrance with a knife. SSS stopped him a block away and recovered a kitchen knife with a 6-inch blade wrapped in a paper towel. He gave his name as Jaylen. The assistant principal had already run the camera frame through Clearview before SSS found him, and the result is attached.''',
  "Jaylen Pinto", 10, (12, 20),
  weapon="kitchen knife", atts=[{"kind": "face_match", "name": "clearview_result.png"}],
  mnc=[], cats=["face_surveillance"], reason="face_surveillance")

C("deny", "Dorchester Academy", "bpd/district-c11", "serious_violence", when(2026, 4, 15, 11, 20),
  "Dorchester Academy, 2nd floor stairwell",
  '''After Kendrick crossed out another student's name written on the wall of the 2nd floor stairwell, that student attacked him with a padlock inside a sock, fracturing his cheekbone; Kendrick was taken to the hospital by EMS. The attacker ran out the side door. We identified him as Rashad from the stairwell camera using the face search in the camera software, which matched the video to his school ID photo with high confidence.''',
  "Rashad Moore", 11, (5, 19),
  mnc=[], cats=["face_surveillance"], reason="face_surveillance")

# ---------------------------------------------------------------------------------------------
# DENY: excluded substances only
# ---------------------------------------------------------------------------------------------

C("deny", "English High School", "bpd/district-e13", "drugs", when(2025, 10, 29, 13, 40),
  "English High School, 3rd floor boys' bathroom",
  '''Smell of weed from the 3rd floor boys' bathroom at 1:40. SSS found Xavier in the stall with a lit blunt, and the stall wall behind him had a fresh 'XAV' tag in green paint marker that was still wet. He handed over the blunt and a small bag of marijuana (about 3 grams). The marker was in his pocket. Nothing else was found in his bag. His dad asked that the meeting be held in Spanish and Mr. Ortega translated.''',
  "Xavier Peña", 11, (10, 2),
  subs=["marijuana"], mnc=["Spanish"], cats=["language"], reason="excluded_substance")

C("deny", "Curley K-8 School", "bpd/district-e13", "drugs", when(2026, 1, 22, 11, 35),
  "Curley K-8 School, upper building girls' bathroom",
  '''8th grader Naomi was caught in the girls' room writing on the stall door (hearts with initials and "Ms. T is a snake"), and when asked to empty her hoodie pocket she had a black vape pen with no label along with the paint marker. She says the vape isn't hers. We don't know what is in it and it was not tested. Naomi and her family are new to the school this year from Guatemala and the meeting was held with an interpreter.''',
  "Naomi Batz", 8, (7, 16),
  subs=["vape pen (contents unknown)"], mnc=["Guatemala", "interpreter"],
  cats=["national_origin", "language"], reason="excluded_substance")

C("deny", "Charlestown High School", "bpd/district-a15", "drugs", when(2026, 5, 29, 7, 15),
  "Charlestown High School, loading dock",
  '''Senior skip day prep: at 7:15 Ryan was found spray-painting "SENIORS 26" on the loading dock wall with two friends. In his backpack were four cans of beer and a tin of Zyn nicotine pouches. Nothing else was found. He apologized and will repaint the wall on Saturday with the custodians. His friends ran off before the AP got there.''',
  "Ryan Doherty", 12, (3, 9),
  subs=["beer", "nicotine pouches"], mnc=[], cats=[], reason="excluded_substance")

# ---------------------------------------------------------------------------------------------
# DENY: replica / airsoft (needs a named approver's determination)
# ---------------------------------------------------------------------------------------------

C("deny", "McCormack Middle School", "bpd/district-c11", "weapon", when(2026, 2, 26, 10, 30),
  "McCormack Middle School, 8th grade lockers",
  '''Locker search after an 'NSB' tag was found on the inside of the locker door: on the top shelf was a black airsoft pistol with the orange tip removed and a box of plastic pellets. The locker belongs to Darnell, 8th grade. Darnell says it is his brother's and he "just holds it." Staff believe NSB refers to a group from Darnell's building on Norton St.''',
  "Darnell Spears", 8, (6, 25),
  weapon="airsoft pistol", mnc=["NSB", "Norton St"], cats=["gang_affiliation", "neighborhood"],
  reason="other")

C("deny", "Boston Day and Evening Academy", "bpd/district-b2", "weapon", when(2025, 12, 11, 10, 5),
  "Boston Day and Evening Academy, 1st floor bathroom",
  '''A student reported a gun in the 1st floor bathroom trash. SSS found a replica handgun, metal and very realistic, wrapped in a hoodie, and on the wall above the trash can "DON'T PLAY WITH ME" in Sharpie. The hallway camera shows Jamal going in with the hoodie and coming out without it. The replica is locked in the office. Jamal said he carries it "for the walk" and that it can't fire anything.''',
  "Jamal Okafor", 12, (9, 9),
  weapon="replica handgun", mnc=[], cats=[], reason="other")

# ---------------------------------------------------------------------------------------------
# ALLOW: credible threats, weapons, violence, drugs, with forbidden facts and precision traps
# ---------------------------------------------------------------------------------------------

C("allow", "Jeremiah E. Burke High School", "bpd/district-c11", "credible_threat", when(2026, 1, 13, 7, 20),
  "Jeremiah E. Burke High School, third-floor boys' bathroom",
  '''Custodian photo log, Tues 1/13: 7:02 AM stalls checked, clean. 7:20 AM photo of the wall in the third-floor boys' bathroom, right-hand stall: "SCHOOL SHOOTING FRIDAY. NOT A JOKE" in black Sharpie, about two feet wide, with a drawing of a pistol. The only student on the 3rd floor before homeroom was Andre, who comes early for breakfast; the camera has him walking in at 7:09 and out at 7:13. The AP compared the writing with Andre's history notebook: same squared-off S, same period after every line, and the same pistol doodle is in the margin of his unit test. Andre told the counselor that kids "would see" on Friday. Andre's mother only speaks Cape Verdean Creole and the counselor reached her through the interpreter line; the home address on file is on Bowdoin St. The bathroom is locked and the photo is saved.''',
  "Andre Tavares", 10, (5, 12),
  extra={"home_language": "Cape Verdean Creole", "homeroom": "305"},
  threat='''A written threat of a school shooting on a named day (this Friday), with a drawing of a pistol, in a student bathroom; the handwriting and the same pistol drawing link it to a student who also told a counselor that kids "would see" on Friday.''',
  key="SHOOTING", mct=["third-floor boys' bathroom", "SCHOOL SHOOTING FRIDAY", "squared-off S"],
  mnc=["Cape Verdean", "Creole", "interpreter line", "Bowdoin St"], cats=["language", "neighborhood"],
  tags=["handwriting", "structured_forbidden"])

C("allow", "Excel High School", "bpd/district-c6", "credible_threat", when(2026, 3, 4, 9, 5),
  "Excel High School, 2nd floor stairwell",
  '''Around 9 AM a teacher found the G St street sign (the one that went missing last week from the pole right outside our main entrance) propped up in the 2nd floor stairwell. Written across the back in black marker: "NEXT WEEK YALL DIE. 2ND FLOOR FIRST." Nolan's friend told the dean Nolan took the sign "for a joke" and that Nolan has been saying he is going to "do something" to the kids who jumped him in the fall. The dean compared the marker writing with Nolan's lab report and the Y and the D match; he writes the D with a gap at the top. Nolan's counselor notes say he has been staying with his dad in the West Broadway development since November and that dad has been hard to reach.''',
  "Nolan Burke", 11, (8, 8),
  threat='''Written threat that students will die next week, starting on the 2nd floor, by a student who says he will "do something" to the students who assaulted him; handwriting matches his lab report.''',
  key="NEXT WEEK YALL DIE", mct=["G St street sign", "2nd floor stairwell", "gap at the top"],
  mnc=["West Broadway"], cats=["neighborhood"], tags=["precision_trap", "street_sign", "handwriting"])

C("allow", "Boston Latin Academy", "bpd/district-b2", "credible_threat", when(2025, 10, 21, 11, 35),
  "Boston Latin Academy, 3rd floor lockers",
  '''A Latin Club sticker on locker 3-114 (the purple SPQR one the club handed out at the activities fair) had writing added over it in blue pen: "bringing my dads gun tuesday. 4th period is done." Locker 3-114 is assigned to Owen. His English teacher compared the writing with Owen's last two in-class essays; the lowercase g with the open tail and the missing apostrophe in "dads" both show up in his essays. When the AP asked him about it, Owen said he "didn't mean the gun part." His father confirmed there is a registered handgun in the home. The family are devout Seventh-day Adventists and Owen told his counselor he feels like an outsider because he can't go to Friday night events with his team.''',
  "Owen Lindqvist", 9, (12, 1),
  threat='''Written threat to bring his father's gun on Tuesday and that "4th period is done"; the student has access to a handgun at home and his handwriting matches.''',
  key="gun", mct=["Latin Club", "4th period is done", "open tail"],
  mnc=["Adventist"], cats=["religion"], tags=["precision_trap", "handwriting"])

C("allow", "Madison Park Technical Vocational High School", "bpd/district-b2", "weapon", when(2025, 11, 18, 10, 40),
  "Madison Park Technical Vocational High School, carpentry shop 2",
  '''Carpentry instructor saw Jayden at the back of shop 2 cutting into the Red Cross blood drive poster on the bulletin board with a box cutter (yellow, retractable, from his own bag; our shop cutters are blue and tagged with the room number). He had cut 'CSB' into the poster and the cork underneath, and under it a rival tag, 'WLB', slashed through. When the instructor told him to put it down he closed the blade and handed it over. Nobody was threatened. The dean says CSB is the Chestnut St crew Jayden runs with and WLB is the kids from the Woodledge block; there was a fight between the two groups at the bus stop in October. The box cutter is bagged in the main office.''',
  "Jayden Pires", 10, (1, 31),
  weapon="box cutter", key="box cutter", mct=["blood drive poster", "shop 2", "yellow, retractable"],
  mnc=["CSB", "Chestnut St", "WLB", "Woodledge"], cats=["gang_affiliation"],
  tags=["precision_trap", "rival_crossed_out"])

C("allow", "Brighton High School", "bpd/district-d14", "serious_violence", when(2026, 2, 11, 13, 50),
  "Brighton High School, 2nd floor lockers",
  '''Written statement, SSS Mendoza. At approx 1:50 I responded to yelling at the 2nd floor lockers. The victim (P.L., grade 11) was on the floor with blood coming from his left eye. Witnesses say P.L. had just crossed out the 'OSB' tag on locker 241 with a marker and written his own over it, and Christian came up behind him and punched him repeatedly, then kicked him in the face while he was down. P.L. was taken by EMS to St. Elizabeth's; his mother later told us he has a fractured orbital bone and needs surgery. Christian was escorted to the office with his knuckles bleeding. The dean says OSB is the Oak Square group Christian is in, and locker 241 is Christian's.''',
  "Christian Doyle", 11, (10, 27),
  key="orbital", mct=["fractured orbital bone", "locker 241", "crossed out"],
  mnc=["OSB", "Oak Square"], cats=["gang_affiliation"], tags=["rival_crossed_out"])

C("allow", "East Boston High School", "bpd/district-a7", "credible_threat", when(2025, 12, 2, 14, 15),
  "East Boston High School, 1st floor girls' bathroom",
  '''Ms. Alvarado translated a message written in Spanish on the inside of stall 2 in the 1st floor girls' bathroom, in purple marker: "Marisol, Thursday after school I'm going to stab you at the bus stop, everyone will see." Marisol (grade 10) is the girl Yesenia fought with last Friday. Two students saw Yesenia come out of that stall at 2:05, and the purple marker was in her pencil case. The dean compared the handwriting with Yesenia's ELD journal and the letters match, especially the capital M with the curled first stroke. Yesenia recently arrived from Honduras and lives with an aunt in Orient Heights. A search of her bag found no knife. Marisol's family was notified and we have staff at the bus stop at dismissal.''',
  "Yesenia Mejía", 10, (4, 4),
  threat='''Written threat to stab a named student at the bus stop after school on Thursday, following a fight between the two students the previous Friday; handwriting and marker link it to the student.''',
  key="stab", mct=["stab you at the bus stop", "curled first stroke", "purple marker"],
  mnc=["Spanish", "ELD journal", "Honduras", "Orient Heights"],
  cats=["language", "national_origin", "neighborhood"], tags=["family_language", "handwriting"])

C("allow", "TechBoston Academy", "bpd/district-c11", "credible_threat", when(2026, 2, 9, 8, 30),
  "TechBoston Academy, 2nd floor hallway",
  '''The 7th grade geography project murals are painted on butcher paper along the 2nd floor hallway; the flag of Brazil one was finished last Friday. On Monday at 8:30 Mr. Osei found "BOMB IN THE GYM 2/12 — EVERYBODY OUT OR ELSE" written across it in thick red marker. The only group in that hallway after 2:30 Friday was robotics club, and Keisha stayed late waiting for her ride. Her advisor compared the writing with her robotics log: she makes the B with two separate loops and uses a long dash, and both are in the log. Keisha's stepfather speaks Haitian Creole and we talked with him through the interpreter line; he said she has been talking about not wanting to go to the 2/12 assembly.''',
  "Keisha Dorval", 7, (9, 23),
  extra={"home_language": "Haitian Creole", "advisor": "Mr. Osei"},
  threat='''Written bomb threat naming a place (the gym) and a date (2/12, an assembly day), in the student's handwriting.''',
  key="BOMB", mct=["flag of Brazil", "geography project", "BOMB IN THE GYM"],
  mnc=["Haitian", "Creole", "interpreter line"], cats=["language"],
  tags=["precision_trap", "handwriting", "structured_forbidden"])

C("allow", "Snowden International School", "bpd/district-d4", "credible_threat", when(2025, 10, 16, 8, 10),
  "Snowden International School, room 404",
  '''Mr. Kowalski found three yellow sticky notes on his desk in room 404 when he unlocked it this morning: "Mr K your dead friday", "I know where you park", "red Civic". He does drive a red Civic and parks on the street behind the school. Only one student was in 404 after the last bell yesterday: Daniel, serving detention with Mr. K until 3:30, who had been told that day he was failing. The AP put the notes beside Daniel's ELA essay: the lowercase k written like "lc" and the missing apostrophe in "your" both repeat. Daniel's counselor added that he is on DACA, his renewal is pending, and he has been very stressed about it.''',
  "Daniel Ochoa", 12, (2, 22),
  threat='''Written death threat against a named teacher for Friday that also says the writer knows where the teacher parks and what car he drives; left by the student who was alone with the notes.''',
  key="your dead friday", mct=["room 404", "I know where you park", "red Civic"],
  mnc=["DACA"], cats=["immigration_status"], tags=["sticky_notes", "handwriting"])

C("allow", "Jeremiah E. Burke High School", "bpd/district-c11", "weapon", when(2025, 9, 24, 15, 10),
  "School bus 0917, afternoon run from Jeremiah E. Burke High School",
  '''The driver of bus 0917 pulled over on Washington St after seeing Malik carving into the seat in front of him. The bus monitor took a folding knife (black handle, about a 3.5 inch blade, locking) out of his hand without anybody getting hurt. Carved into the seat vinyl: 'GAB' and 'GENEVA ON TOP', plus two letters scratched out. Malik said the kids in the back "know what it means." His stop is at the corner of Geneva Ave and Bowdoin St and the driver says that is where most of the GAB kids get off. The knife was turned in to the office and photographed.''',
  "Malik Fernandes", 9, (6, 6),
  weapon="folding knife", key="knife", mct=["folding knife", "locking", "carving into the seat"],
  mnc=["GAB", "Geneva", "Bowdoin St"], cats=["gang_affiliation", "neighborhood"], tags=["bus_seat"])

C("allow", "Charlestown High School", "bpd/district-a15", "credible_threat", when(2026, 3, 17, 7, 45),
  "Charlestown High School, 2nd floor, locker 1187",
  '''Locker 1187 on the 2nd floor belongs to W.J., a 10th grader. This morning she found her locker door written on in black paint pen: a slur, "GO BACK TO HAITI", and "OR WE BURN YOU OUT" with a drawing of a flame. W.J. is one of the students who were harassed online last month. The dean pulled Tyler's English journal because Tyler was suspended in February for posting about W.J.; the journal has the same backwards 'R' and the word "burn" with the u and r joined. The hallway camera shows Tyler at that locker at 7:31, before homeroom. Tyler lives with his mother in the Bunker Hill development. W.J.'s family has been contacted and she has an escort between classes.''',
  "Tyler Sheehan", 10, (7, 1),
  threat='''Written threat to burn out a specific student, on her own locker, by a student previously suspended for targeting her online; handwriting and camera link it to him.''',
  key="BURN", mct=["Locker 1187", "OR WE BURN YOU OUT", "backwards 'R'"],
  mnc=["Haiti", "Bunker Hill"], cats=["national_origin", "neighborhood"], tags=["slur_target", "handwriting"])

C("allow", "Dearborn STEM Academy", "bpd/district-b2", "drugs", when(2026, 4, 2, 12, 30),
  "Dearborn STEM Academy, 4th floor stairwell",
  '''At 12:30 the SSS caught Kenny writing 'YNS' in gold paint pen on the wall of the 4th floor stairwell, on top of a crossed-out 'DUD' tag. In the search of his backpack (AP present) we found a sandwich bag with 14 small blue pills stamped M30 and two more paint pens. Our nurse says M30 is what the fake oxycodone pills look like and that most of them turn out to be fentanyl. Kenny said he was "holding them for somebody." The dean notes that YNS is the younger kids of the Norfolk St crew and that Kenny's older brother is in it.''',
  "Kenny Alves", 10, (3, 21),
  subs=["fentanyl (suspected, counterfeit M30 oxycodone pills)"], key="fentanyl",
  mct=["14 small blue pills", "M30", "4th floor stairwell"],
  mnc=["YNS", "DUD", "Norfolk St"], cats=["gang_affiliation"], tags=["rival_crossed_out"])

C("allow", "Boston Community Leadership Academy", "bpd/district-e18", "credible_threat", when(2026, 2, 17, 11, 20),
  "Boston Community Leadership Academy, cafeteria",
  '''Red paper lanterns from last week's Lunar New Year assembly were still hanging in the cafeteria. Sometime during 3rd lunch somebody wrote on one of them in black pen: "next assembly I'm shooting the stage." A lunch aide saw Jaquan take one down and bring it to his table. Jaquan's phone, which he showed the AP voluntarily, has a note that says "shoot the stage" with the date of the March 6 talent show. The AP compared the pen writing with Jaquan's signature on the attendance sheet (the J with a hook at the top). His counselor says Jaquan lives with his grandmother off Readville St and that his mom was deported to Jamaica last year.''',
  "Jaquan Whyte", 11, (11, 14),
  threat='''Written threat to shoot at the next school assembly, with a matching note on the student's phone naming the March 6 talent show.''',
  key="shooting", mct=["Lunar New Year", "shooting the stage", "March 6 talent show"],
  mnc=["Readville", "deported", "Jamaica"], cats=["neighborhood", "immigration_status", "national_origin"],
  tags=["precision_trap"])

C("allow", "Mission Hill K-8", "bpd/district-e13", "credible_threat", when(2026, 5, 20, 10, 0),
  "Mission Hill K-8, room 12",
  '''8th grader Sofia wrote in her math notebook, which she left open on the table in room 12: "If Liana comes to the dance Friday I'm bringing my mom's knife and she's getting cut." Ms. Bright read it while collecting notebooks and called me. Sofia and Liana had a fight over a boy in the hallway Tuesday and Liana had a scratch on her cheek afterward. Sofia told me she was "just venting," but she also texted a friend, who showed me, "I'm deadass." Her mother said Sofia has been very angry lately. Sofia lives in the Mission Main development and her mother works nights.''',
  "Sofia Marte", 8, (2, 2),
  threat='''Written threat in the student's own notebook to bring a knife to the Friday dance and cut a named classmate she fought with that week, confirmed as serious in a text to a friend.''',
  key="knife", mct=["math notebook", "getting cut", "room 12"],
  mnc=["Mission Main"], cats=["neighborhood"], tags=["notebook"])

C("allow", "John D. O'Bryant School", "bpd/district-b2", "credible_threat", when(2025, 11, 7, 6, 50),
  "John D. O'Bryant School, exterior wall facing the bus loop",
  '''Facilities found spray paint on the Malcolm X Blvd side of the building, facing the bus loop, when they came in at 6:50: "OBRYANT GETS IT 11/14 — 20 ROUNDS." Black paint, letters about three feet high. The exterior camera shows two people at 1:12 AM; one is wearing the same orange Jordan jacket Marcus wore all week and walks with the same limp from his football injury. Marcus's Instagram story from 1:30 AM shows black paint on his hands and the caption "11/14". We have increased staffing and notified families. Per the dean, Marcus was involved with the Lenox crew last year and lives near the Lenox St development.''',
  "Marcus Edwards", 11, (4, 30),
  threat='''Spray-painted threat against the school on a named date ("11/14 — 20 ROUNDS"); camera and the student's own social media post tie him to it. He was involved with the Lenox crew last year.''',
  key="20 ROUNDS", mct=["Malcolm X Blvd side", "20 ROUNDS", "orange Jordan jacket"],
  mnc=["Lenox"], cats=["gang_affiliation", "neighborhood"], tags=["precision_trap"])

C("allow", "Boston Latin School", "bpd/district-d4", "credible_threat", when(2026, 4, 21, 16, 10),
  "Boston Latin School, erg room",
  '''The crew team coach found a note taped inside the erg room door after practice: "Coach, you cut me, now I'll cut all of you. Saturday at the regatta. Nobody will see it coming." It is typed and printed, but with a handwritten mark at the bottom, a small drawn anchor. Grayson, a 10th grader who was cut from the varsity boat on Monday, draws the same anchor on every page of his planner, and the coach has seen it on his erg logs too. The school's print log shows a one-page document printed from Grayson's account in the library at 2:47 PM. Grayson's father told the house master that Grayson has "been a different kid" since the cut.''',
  "Grayson Whitley", 10, (8, 19),
  threat='''Written threat to "cut all of" the team at Saturday's regatta, left by a student cut from the team two days earlier; print log and his signature drawing link it to him.''',
  key="regatta", mct=["crew team", "erg room", "drawn anchor"], mnc=[], cats=[],
  tags=["precision_trap", "allow_clean"])

C("allow", "Henderson K-12 Inclusion School", "bpd/district-c11", "credible_threat", when(2025, 12, 10, 9, 45),
  "Henderson K-12 Inclusion School, upper campus lockers",
  '''A note was pushed into Amina's locker vent, lined paper, handwritten: "go back to your mosque before we put you in the ground, 12/19 last day." Amina is Muslim and wears a hijab, and she has been getting comments since the fall. The note has the same loopy g and the same habit of circling the periods as the reflection Jake turned in on Monday (his ELA teacher pulled it). Jake's friend told the dean that Jake said "she's not coming back after break." Amina's parents were notified and she is staying home tomorrow.''',
  "Jake Mulligan", 10, (12, 28),
  threat='''Handwritten note threatening to "put you in the ground" with a date (12/19), pushed into a specific student's locker; handwriting matches the student and he told a friend she would not come back after break.''',
  key="put you in the ground", mct=["locker vent", "put you in the ground", "circling the periods"],
  mnc=["mosque", "Muslim", "hijab"], cats=["religion"], tags=["slur_target", "handwriting"])

C("allow", "Community Academy of Science and Health", "bpd/district-c11", "serious_violence", when(2026, 1, 29, 14, 40),
  "Community Academy of Science and Health, side door walkway",
  '''Narrative, AP Lewis. At 2:40 dismissal, outside the side door on the walkway, Tavon stabbed D.S. once in the upper back with a small kitchen knife. D.S. walked back into the building bleeding and the nurse packed the wound until EMS came; he was admitted to Boston Medical Center, where they found the blade had nicked his lung. Earlier that week D.S. had written over Tavon's tag ('TVN') on the 3rd floor bathroom mirror with "TVN WHO?" and the name of his own crew, the Ballou Ave group. Tavon told the SSS "he knows what he did." The knife was recovered in the bushes next to the walkway. Tavon's mother told us his older brother has been caught up in the same Ballou conflict.''',
  "Tavon Merritt", 11, (2, 9),
  weapon="kitchen knife", key="kitchen knife", mct=["nicked his lung", "upper back", "in the bushes"],
  mnc=["Ballou"], cats=["gang_affiliation"], tags=["rival_crossed_out"])

C("allow", "Washington Irving Middle School", "bpd/district-e5", "credible_threat", when(2026, 3, 10, 13, 20),
  "Washington Irving Middle School, room 109",
  '''Mr. Haddad, who teaches 6th grade math, recognized Arabic writing on the back of a chair in room 109 and translated it: "Yousef, I'll break your neck on the last day before break." Yousef reported two weeks ago that Karim shoved him on the stairs. Karim sits in that chair 5th period. The marks are in the same green gel ink Karim uses for his math homework, and Mr. Haddad says the letter shapes look the same as the notes Karim writes in his margins. Karim came from Syria two years ago with his family as refugees. We have changed Karim's seat and informed both families.''',
  "Karim Al-Masri", 6, (5, 5),
  threat='''Written threat to break a named student's neck on the last day before break, after the same student reported being shoved by the writer.''',
  key="break your neck", mct=["break your neck", "green gel ink", "room 109"],
  mnc=["Arabic", "Syria", "refugees"], cats=["language", "national_origin", "immigration_status"],
  tags=["family_language"])

C("allow", "Dorchester Academy", "bpd/district-c11", "credible_threat", when(2025, 10, 2, 12, 55),
  "Dorchester Academy, 1st floor boys' bathroom",
  '''Timeline. 11:40: custodian Mr. Brathwaite's log, 1st floor boys' room, no writing on the walls (photo). 12:50: log, same room, photo: "I GOT A 9 IN MY BAG. 1PM FRIDAY. YALL WILL LEARN" in pencil on the tile over the urinal. 12:55: AP reviews the hall pass log: 4 boys out during 5th period; Jamir signed out at 12:21, back 12:34. 1:30: Jamir's bag searched with his mother on the phone, no weapon. The pencil writing was compared with Jamir's Do Now sheets: "YALL" without an apostrophe and the 9 with a straight tail, in both. 2:10: Jamir says he heard a rumor and "wrote what they said." His mom says he has been talking about a kid from Wendover St who has been threatening him.''',
  "Jamir Coleman", 9, (10, 10),
  threat='''Written threat claiming a gun ("a 9") in the writer's bag and naming a time (1 PM Friday), on a bathroom wall; hall pass log and handwriting link it to the student.''',
  key="9 IN MY BAG", mct=["I GOT A 9 IN MY BAG", "hall pass log", "straight tail"],
  mnc=["Wendover"], cats=["neighborhood"], tags=["photo_log", "handwriting"])

C("allow", "Brighton High School", "bpd/district-d14", "credible_threat", when(2026, 4, 9, 10, 30),
  "Brighton High School, room 316",
  '''A teacher brought me the desktop from room 316 with writing in Portuguese scratched in lightly and filled in with pen. Ms. Santos translated it: "Rafa, you're going to die on Friday, I swear on my mother." Rafael in that class told his counselor that Gabriel has been threatening him since they were both moved into the same SEI section. Gabriel sits at that desk 2nd period, the pen is the same blue, and he scratches his initials the same way on his binder. Gabriel's family arrived from Brazil last summer and his dad is here without papers.''',
  "Gabriel Souza", 9, (6, 29),
  threat='''Written death threat for Friday against a named classmate who has reported being threatened by the writer.''',
  key="die on Friday", mct=["room 316", "going to die on Friday", "initials"],
  mnc=["Portuguese", "SEI section", "Brazil", "without papers"],
  cats=["language", "national_origin", "immigration_status"], tags=["family_language"])

C("allow", "Charlestown High School", "bpd/district-a15", "weapon", when(2025, 11, 13, 11, 55),
  "Charlestown High School, 3rd floor boys' bathroom",
  '''During a check of the 3rd floor bathrooms for new writing (we had 'BHB' tags going up all week) SSS Doyle found Brendan at the mirror with a paint marker, writing the same letters. When he turned around he had brass knuckles on his right hand. He took them off and put them on the sink when told. He said he carries them for the walk home. The dean says BHB is the Bunker Hill Boys, the group from the development where Brendan lives, and that they have been fighting with another group of kids since September.''',
  "Brendan Walsh", 10, (9, 17),
  weapon="brass knuckles", key="brass knuckles", mct=["brass knuckles", "right hand", "paint marker"],
  mnc=["BHB", "Bunker Hill"], cats=["gang_affiliation", "neighborhood"])

C("allow", "English High School", "bpd/district-e13", "credible_threat", when(2026, 1, 21, 9, 15),
  "English High School, World Language wing, room 221",
  '''On the whiteboard in room 221 in the World Language wing, under the French homework, someone wrote in red dry-erase: "Ms. Pereira — 1/23 I'm bringing a gun and you're first." Ms. Pereira photographed it before erasing it. Her 1st period class was the last one in the room; she says Devin stayed after to argue about his grade and was alone at the board for about a minute. The AP compared the writing to Devin's French quiz: he crosses his 7s and writes "first" with a long f, and both show up in the threat. Devin admitted writing it "to scare her." His mother asked that calls go to her cell, since she now lives with her sister on Walk Hill St.''',
  "Devin Pratt", 11, (1, 15),
  threat='''Written threat to bring a gun on 1/23 and shoot a named teacher first, written on her whiteboard by a student who admitted it.''',
  key="gun", mct=["World Language wing", "French quiz", "room 221"],
  mnc=["Walk Hill St"], cats=["neighborhood"], tags=["precision_trap", "handwriting"])

C("allow", "Madison Park Technical Vocational High School", "bpd/district-b2", "credible_threat", when(2026, 3, 26, 7, 55),
  "School bus 2203, seat 11",
  '''Bus 2203 monitor reported that the back of seat 11 had "MP 3/27 SHOOTOUT, LUNCH" written on it in white-out pen. The monitor had seen Rashid in seat 11 with a white-out pen on the ride in. He denied it at first and then said "people are gonna see." The AP compared the white-out letters with the white-out writing on Rashid's binder (he writes MP with the loop of the P touching the M) and they match. We searched his locker and bag with his uncle present and found no weapon. Cafeteria staffing was doubled for lunch on 3/27 and the bus company has photos of the seat.''',
  "Rashid Abdi", 11, (6, 13),
  extra={"ethnicity": "Somali", "primary_language": "Somali",
         "address": "410 Columbia Rd, Apt 3, Dorchester, MA 02121", "transportation": "Bus 2203"},
  threat='''Written threat of a shootout at the school at lunch on 3/27, on a school bus seat the student was seen using with the same pen; he told staff "people are gonna see."''',
  key="SHOOTOUT", mct=["white-out pen", "seat 11", "loop of the P touching the M"],
  mnc=["Somali", "Columbia Rd", "02121"], cats=["ethnicity", "language", "neighborhood"],
  tags=["precision_trap", "bus_seat", "structured_forbidden"])

C("allow", "East Boston High School", "bpd/district-a7", "weapon", when(2026, 5, 14, 12, 15),
  "East Boston High School, cafeteria",
  '''Cafeteria, 12:15. After Abril found her name crossed out on the "Best Friends" poster in the hallway with SNITCH written next to it, she went to the table where Daniela sat and sprayed her in the face with pepper spray from her keychain. Daniela and two girls next to her were treated by the nurse with eye flushing; Daniela's eyes were red and swollen for about an hour, with no lasting injury per the nurse. The pepper spray canister (pink, keychain size) was taken by SSS. Abril says Daniela wrote SNITCH, and the writing does look like Daniela's. Both girls' parents came in; Abril's mother needed a Spanish interpreter. The family lives by Maverick Square.''',
  "Abril Guzmán", 9, (10, 8),
  weapon="pepper spray", key="pepper spray", mct=["pepper spray", "eye flushing", "SNITCH"],
  mnc=["Spanish", "interpreter", "Maverick Square"], cats=["language", "neighborhood"])

C("allow", "Fenway High School", "bpd/district-b2", "credible_threat", when(2026, 2, 25, 10, 5),
  "Fenway High School, 3rd floor science room",
  '''We found four identical index cards taped under desks in the 3rd floor science room: "Feb 27. The guns are already inside." All capitals, fine black pen. Ms. Lowe recognized the block capitals as Eli's: his lab write-ups use the same odd G with no crossbar and the same heavy period, and he dates his work "Feb 27" style instead of with numbers, unlike almost everyone else. A building-wide search on 2/26 with BPD present found no weapons. Eli's mother says he has been reading a lot about past school attacks. His counselor notes that he is a practicing Catholic and has been fighting with the youth leader at his parish.''',
  "Eli Sandoval", 11, (3, 6),
  threat='''Four written cards stating a date (Feb 27) and that "the guns are already inside," hidden under desks; the handwriting is the student's and he has been researching school attacks.''',
  key="guns are already inside", mct=["index cards", "no crossbar", "guns are already inside"],
  mnc=["Catholic", "parish"], cats=["religion"], tags=["handwriting"])

C("allow", "Jeremiah E. Burke High School", "bpd/district-c11", "drugs", when(2025, 12, 18, 13, 35),
  "Jeremiah E. Burke High School, 2nd floor boys' bathroom",
  '''At 1:35 I walked into the 2nd floor boys' bathroom to check on the writing that keeps coming back on the hand dryer and found Jamal writing "BLESSED" on it in silver marker. He dropped a sandwich bag as he turned around. Inside were 9 small baggies of white powder that Jamal called "coke," and the nurse and SSS agree it looks like cocaine; he also had $140 in small bills in his pocket. Jamal's mom told me on the phone, in Spanish through Mr. Ortega, that the family goes to a Pentecostal church and that the pastor can help with Jamal.''',
  "Jamal Vázquez", 10, (11, 3),
  subs=["cocaine"], key="cocaine", mct=["hand dryer", "9 small baggies", "$140"],
  mnc=["Spanish", "Pentecostal"], cats=["language", "religion"])

C("allow", "Boston Arts Academy", "bpd/district-d4", "credible_threat", when(2025, 10, 28, 15, 0),
  "Boston Arts Academy, painting studio",
  '''Ms. Lau read the Chinese characters painted small in the corner of Wen's canvas in the painting studio: "Kevin dies Halloween." Kevin Z. is the student who posted Wen's sketches online with a mocking caption. Wen told Ms. Lau it was "an art statement," but he also asked a classmate where he could "get a gun for a week." His studio partner watched him paint the characters. His parents speak Cantonese at home and were called with an interpreter. Wen has no discipline history.''',
  "Wen Liang", 11, (1, 19),
  threat='''Written death threat against a named student for Halloween, painted by the writer, who also asked a classmate where to get a gun.''',
  key="gun", mct=["painting studio", "Kevin dies Halloween", "get a gun for a week"],
  mnc=["Chinese", "Cantonese", "interpreter"], cats=["language"], tags=["family_language"])

C("allow", "Edwards Middle School", "bpd/district-a15", "credible_threat", when(2026, 4, 30, 10, 50),
  "Edwards Middle School, room 204",
  '''In Spanish class Mr. Quinn collected the vocabulary quizzes, and on the back of Logan's was a drawing of the school in flames and "MAY 8 EVERYBODY BURNS. I HAVE THE GAS ALREADY." Logan's dad confirmed there are gas cans in the garage. The handwriting is Logan's own: it is his quiz, his name is on the front, same pencil. Logan told the counselor he is tired of being picked on on the bus. This is his second incident this year; in January he wrote "die" on another student's desk.''',
  "Logan Pereira", 8, (12, 12),
  threat='''Written threat to burn the school on May 8 by a student who says he already has gasoline; his father confirmed gas cans at home.''',
  key="BURNS", mct=["Spanish class", "vocabulary quizzes", "I HAVE THE GAS ALREADY"],
  mnc=[], cats=[], tags=["precision_trap", "allow_clean"])

C("allow", "Excel High School", "bpd/district-c6", "serious_violence", when(2025, 11, 4, 15, 25),
  "Excel High School, outside the main doors",
  '''At 3:25, outside the main doors, Tyrone swung an aluminum bat at Ja'Kari's head after Ja'Kari spent the morning crossing out Tyrone's 'T-MONEY' tags on the 2nd floor lockers. Ja'Kari put his arm up and the bat broke his left forearm in two places (confirmed at Boston Children's; surgery with plates on Thursday). Tyrone dropped the bat and ran toward the T. He came back to school the next day and is suspended pending a hearing. The dean says the tag war is about which kids from the Old Colony side run the second floor, and Tyrone's SIS address is in Old Colony.''',
  "Tyrone Hicks", 11, (7, 30),
  weapon="aluminum bat", key="aluminum bat", mct=["aluminum bat", "left forearm", "crossing out"],
  mnc=["Old Colony"], cats=["neighborhood"], tags=["rival_crossed_out"])

C("allow", "Boston Community Leadership Academy", "bpd/district-e18", "credible_threat", when(2026, 5, 7, 9, 0),
  "Boston Community Leadership Academy, room 118",
  '''Ms. Carney was collecting permission slips for next week's Chinatown field trip, and one came back with this written in the space for the parent's signature: "if I have to sit with Destiny on that bus I'm bringing a knife and she's done." It is Aaliyah's slip: her name is printed at the top in her handwriting, same purple pen. Aaliyah and Destiny were separated after a fight in April in which Destiny's braids were pulled out. Aaliyah told the AP she "wasn't playing." We have planned separate buses and Aaliyah will not go on the trip. She lives with her grandmother on River St in Mattapan.''',
  "Aaliyah Greene", 9, (2, 27),
  threat='''Written threat to bring a knife on the field trip bus and hurt a named classmate she has fought with; the student told the AP she "wasn't playing."''',
  key="knife", mct=["Chinatown field trip", "permission slips", "bringing a knife"],
  mnc=["River St", "Mattapan"], cats=["neighborhood"], tags=["precision_trap"])

C("allow", "Curley K-8 School", "bpd/district-e13", "credible_threat", when(2025, 9, 18, 10, 30),
  "Curley K-8 School, room 210",
  '''Ms. Okoye found writing in pencil on the desk where H.S. sits in room 210 during 3rd period: a slur about Sikhs and "nobody will miss you when I shoot you." H.S. is Sikh and the only student in the grade who wears a patka, and she has complained before that Caleb calls her names. Caleb had that desk in 2nd period. When the teacher compared the writing with Caleb's spelling test, the y with a straight tail and the way he writes "you" as "yu" with an o squeezed in both matched. Caleb told the counselor his older brother has a gun. H.S.'s parents were called and she is out of Caleb's classes for now.''',
  "Caleb Hurley", 7, (4, 24),
  threat='''Written threat to shoot a specific student, on her own desk, by a classmate who has harassed her and says his brother has a gun.''',
  key="shoot you", mct=["room 210", "when I shoot you", "spelling test"],
  mnc=["Sikh", "patka"], cats=["religion"], tags=["slur_target", "handwriting"])

C("allow", "New Mission High School", "bpd/district-e18", "weapon", when(2026, 2, 4, 12, 45),
  "New Mission High School, 2nd floor boys' bathroom",
  '''A student came to the office saying Marcus had a "taser" and was showing it off in the 2nd floor bathroom, where a new 'LKS' tag had just gone up. SSS found a black stun gun (the kind with a flashlight on the end) in Marcus's hoodie; it clicked and sparked when tested. The same green paint marker as the LKS tag was in his hoodie too. Marcus said he needs it because the Lucerne kids are after him. The stun gun and marker are in the office safe.''',
  "Marcus Tillman", 10, (5, 8),
  weapon="stun gun", key="stun gun", mct=["stun gun", "sparked", "green paint marker"],
  mnc=["LKS", "Lucerne"], cats=["gang_affiliation"])

C("allow", "TechBoston Academy", "bpd/district-c11", "credible_threat", when(2026, 4, 16, 14, 0),
  "TechBoston Academy, outside the library",
  '''The "Respect Week" banner outside the library was tagged during 7th period: 'FCB' in big blue letters, then 'TPB' crossed out, and under that "TPB GET BODIED 4/17 AT DISMISSAL." A teacher saw Quentin and another boy at the banner with markers at 1:52. Quentin has been writing FCB on his sneakers all week. The dean says FCB is the Fields Corner block and TPB is the Talbot Ave group; there was a fight between the two groups at the Shawmut stop last Friday.''',
  "Quentin Barrows", 10, (1, 12),
  threat='''Written threat that a group of students will "get bodied" at dismissal on 4/17, on a school banner; staff saw the student at the banner with a marker minutes before. He is believed to be in FCB.''',
  key="BODIED", mct=["Respect Week", "GET BODIED", "AT DISMISSAL"],
  mnc=["FCB", "TPB", "Fields Corner", "Talbot"], cats=["gang_affiliation", "neighborhood"],
  tags=["rival_crossed_out"])

C("allow", "Boston Latin Academy", "bpd/district-b2", "credible_threat", when(2026, 2, 18, 8, 40),
  "Boston Latin Academy, hallway outside room 130",
  '''Before first bell a junior told the front office there was writing on the Black History Month bulletin board outside room 130. Someone had pinned an index card over one of the biographies: "Thursday 10:15 - hallway 1 - I will not miss." Teachers noticed that the index card brand and the red felt-tip are the same as on the essay cards Julian turned in for the board, and his card is the one right next to it. Julian's friend showed the AP a text Julian sent Tuesday night: "thursday 10:15 watch." At 10:15 on Thursdays Julian passes the classroom of the boy he fought last month. We searched his locker (nothing) and he is home pending a threat assessment.''',
  "Julian Mercer", 11, (9, 28),
  extra={"address": "22 Wabon St, Roxbury, MA", "counselor": "Ms. Ibe"},
  threat='''Written threat naming a day, time and hallway ("I will not miss"), matched by the student's own text the night before; he passes the classroom of a student he fought at that time.''',
  key="I will not miss", mct=["Black History Month bulletin board", "I will not miss", "red felt-tip"],
  mnc=["Wabon St", "Roxbury"], cats=["neighborhood"], tags=["precision_trap", "structured_forbidden"])

C("allow", "Dearborn STEM Academy", "bpd/district-b2", "credible_threat", when(2026, 1, 7, 11, 10),
  "Dearborn STEM Academy, 3rd floor girls' bathroom",
  '''The AP got a photo from a student of the 3rd floor girls' bathroom wall: a line in Somali in black eyeliner, which our family liaison translated as "Hani, you will bleed Friday, me and my cousins are coming." Hani (grade 9) had a fight with Fadumo last week in the cafeteria. The bathroom was checked at 10:40 and was clean; Fadumo signed out at 10:48. The eyeliner pencil in Fadumo's bag is the same black, and the liaison compared the handwriting with a note Fadumo passed that was confiscated last week, and it matches. Fadumo's family lives in the Mildred Hailey apartments. We are meeting with both families with an interpreter.''',
  "Fadumo Warsame", 9, (8, 1),
  threat='''Written threat that a named student "will bleed Friday" and that the writer and her cousins are coming, after a fight between the two; sign-out time and handwriting link it to the writer.''',
  key="bleed", mct=["black eyeliner", "you will bleed Friday", "signed out at 10:48"],
  mnc=["Somali", "Hailey", "interpreter"], cats=["language", "neighborhood"], tags=["family_language", "handwriting"])

C("allow", "McCormack Middle School", "bpd/district-c11", "credible_threat", when(2025, 10, 23, 12, 20),
  "McCormack Middle School, 2nd floor girls' bathroom",
  '''Five pink sticky notes were stuck to the mirror in the 2nd floor girls' room during lunch, each with a name and "you're on the list," and the last one "Oct 31 — bring your own body bag." Custodian Ms. Tobin's log shows she checked the room at 11:55 and it was clean; she photographed the notes at 12:20 and kept them in an envelope. The girl who reported it said Jada was in there alone. The notes are from the same pink cube pad Jada uses for her reading journal, and the counselor says the round, bubbly handwriting with hearts over the i's is Jada's. Jada's mother told us Jada has been fighting with the girls named since a group chat blew up. The family lives at Columbia Point.''',
  "Jada Quarles", 7, (11, 22),
  threat='''Written threats naming five students as "on the list" with a date (Oct 31) and "bring your own body bag"; custodian log and handwriting link them to the student.''',
  key="body bag", mct=["pink sticky notes", "body bag", "hearts over the i's"],
  mnc=["Columbia Point"], cats=["neighborhood"], tags=["sticky_notes", "photo_log", "handwriting"])

C("allow", "Boston Green Academy", "bpd/district-d14", "weapon", when(2025, 10, 7, 9, 55),
  "Boston Green Academy, 4th floor stairwell",
  '''Ms. Ferreira saw Nico scratching something into the wall of the 4th floor stairwell with what she thought was a key. When SSS came up, it was a butterfly knife. He flipped it closed and handed it over without trouble. He had scratched 'ALLSTON 4 LIFE' and 'NICO' into the paint. He says he carries it because he takes the 57 bus by himself at night after practice. Knife: balisong style, about a 4 inch blade, silver handle. His home address on file is on Linden St.''',
  "Nico Barrett", 10, (2, 25),
  weapon="butterfly knife", key="butterfly knife", mct=["butterfly knife", "4th floor stairwell", "4 inch blade"],
  mnc=["ALLSTON", "Linden St"], cats=["neighborhood"])

C("allow", "Snowden International School", "bpd/district-d4", "credible_threat", when(2026, 5, 19, 11, 30),
  "Snowden International School, room 502",
  '''After the ELA MCAS session in room 502, proctor Ms. Abbott collected the test materials and found on the desk in seat C4, in pencil: "test over, now the real test. Tuesday I bring the glock to 5th floor." The seating chart for the session puts Ronan in C4 and nobody else used the room that day. The pencil letters match Ronan's handwritten work on his scratch paper (slashed zeros, a lowercase g with a square bottom). His older brother owns a handgun, per the family. Ronan has missed 11 days this quarter; his counselor notes that his parents are separating and he goes back and forth between his mom's place in Roslindale and his dad's in Quincy.''',
  "Ronan Gallagher", 10, (6, 17),
  threat='''Written threat to bring a Glock to the 5th floor on Tuesday, on a testing desk only the student used; a family member owns a handgun.''',
  key="glock", mct=["seat C4", "glock", "slashed zeros"],
  mnc=["Roslindale", "Quincy"], cats=["neighborhood"], tags=["handwriting"])

C("allow", "Curley K-8 School", "bpd/district-e13", "credible_threat", when(2026, 4, 14, 12, 10),
  "Curley K-8 School, blacktop by the basketball hoop",
  '''Recess monitors found chalk writing on the blacktop by the basketball hoop after 2nd recess: "Mr. Baptiste I will stab you tomorrow" with a picture of a knife. Three 5th graders said Jonah wrote it, and Jonah, who had blue chalk all over his hands, said "so what." Mr. Baptiste had taken away Jonah's recess twice that week. Jonah's mom came in at 1:00; she said his dad keeps hunting knives in the basement. Jonah is in the SEI strand for Portuguese speakers and the meeting was held with the Portuguese interpreter.''',
  "Jonah Medeiros", 5, (3, 14),
  threat='''Written threat to stab a named teacher the next day, after the teacher disciplined the student; there are hunting knives in the home.''',
  key="stab", mct=["blue chalk", "I will stab you tomorrow", "basketball hoop"],
  mnc=["SEI strand", "Portuguese"], cats=["language"])

C("allow", "Jeremiah E. Burke High School", "bpd/district-c11", "serious_violence", when(2026, 3, 31, 14, 20),
  "Jeremiah E. Burke High School, 1st floor boys' bathroom",
  '''Narrative of the AP. On Monday a list titled "SNITCHES" was written on the wall of the 1st floor boys' bathroom in black marker, with three names including K.W. On Tuesday at 2:20, in the same bathroom, Dontae hit K.W. in the head several times with a combination lock held in his fist. K.W. had a 4 cm cut above his right eye that needed 9 stitches at Carney Hospital, and a concussion. The camera shows Dontae and two others going in and out. Dontae's binder cover has "SNITCHES" written in the same block letters with the same slash through the S. The dean says Dontae runs with the Harvard St crew and that K.W. talked to police about a shooting in February.''',
  "Dontae Rivers", 11, (8, 26),
  weapon="combination lock", key="combination lock", mct=["9 stitches", "combination lock", "concussion"],
  mnc=["Harvard St crew"], cats=["gang_affiliation"], tags=["handwriting"])

C("allow", "English High School", "bpd/district-e13", "drugs", when(2026, 2, 12, 10, 25),
  "English High School, 2nd floor boys' bathroom",
  '''Our custodian, Mr. Lyons, keeps a photo log of the tags in the building. Since January the same 'PERC' and 'XANNY' tags keep showing up in the 2nd floor boys' room and on two lockers. On 2/12 at 10:25 he walked in on Adrian writing XANNY on the stall with a purple marker and saw him stuff something in his sock. With the AP present Adrian took out an unlabeled pill bottle holding 22 white bar-shaped pills marked S 90 3 (the nurse identified them as alprazolam, Xanax) and 4 round blue pills. He said the PERC tag is his "brand." Adrian's dad, who speaks Arabic, came in with his older son translating.''',
  "Adrian Saleh", 11, (4, 2),
  subs=["alprazolam (Xanax)", "unidentified blue pills"], key="Xanax",
  mct=["photo log", "22 white bar-shaped pills", "purple marker"],
  mnc=["Arabic"], cats=["language"], tags=["photo_log"])

C("allow", "East Boston High School", "bpd/district-a7", "credible_threat", when(2026, 3, 2, 13, 40),
  "East Boston High School, student elevator",
  '''The elevator between the 1st and 3rd floors (key access only, for students with passes) had "EBHS 3/6 I'll be waiting with the strap for Coach R." scratched into the stainless steel panel. The elevator pass log shows 6 students with keys that day; the only one who rode between 1:10 and 1:35 per the camera was Bryan, who has a pass for an ankle injury. Bryan was cut from the baseball team by Coach R last Friday. The AP compared the scratched letters to Bryan's signature on the pass agreement: same pointed lowercase r's and the same underline stroke under his name, which is under "Coach R." too.''',
  "Bryan Ayala", 11, (12, 5),
  extra={"country_of_birth": "El Salvador", "ell_status": "Former EL (FLEP)",
         "address": "Bennington St, East Boston, MA 02128", "elevator_pass": True},
  threat='''Written threat to wait for a named coach "with the strap" (a gun) on 3/6, scratched into the elevator only the student rode; he was cut from the coach's team days earlier.''',
  key="strap", mct=["stainless steel panel", "Coach R", "elevator pass log"],
  mnc=["El Salvador", "FLEP", "Bennington St", "02128"],
  cats=["national_origin", "language", "neighborhood"], tags=["structured_forbidden", "handwriting"])

C("allow", "New Mission High School", "bpd/district-e18", "credible_threat", when(2025, 11, 25, 9, 30),
  "New Mission High School, boys' locker room",
  '''Our football team plays Catholic Memorial on Thanksgiving morning. On Tuesday at 9:30 the athletic director found, on the locker room whiteboard under the game plan: "CM game. I'm bringing the 40. refs first then #22." Number 22 is our starting quarterback. Terrence, who was benched last week, was the last one out of the locker room at 9:10 per Coach Hill, and he writes 40 with an open top on the 4 like in the whiteboard message; the coach has his handwritten play cards. Terrence's sister told the AD he has been posting pictures with a gun. Terrence's counselor file notes he has been living at a family shelter in Hyde Park since his family lost their apartment.''',
  "Terrence Oakes", 12, (10, 4),
  threat='''Written threat to bring a .40 caliber gun to the Thanksgiving game and shoot the referees and a named player, by a benched player who posts photos with a gun.''',
  key="the 40", mct=["Catholic Memorial", "locker room whiteboard", "open top on the 4"],
  mnc=["family shelter", "Hyde Park"], cats=["neighborhood"], tags=["precision_trap", "handwriting"])

C("allow", "Boston Green Academy", "bpd/district-d14", "credible_threat", when(2026, 1, 15, 11, 45),
  "Boston Green Academy, hallway outside room 305",
  '''The 9th grade history classes made posters for the Ellis Island unit and they are hung in the hallway outside 305. A teacher noticed that on the poster by Zoe's group someone had added, in tiny letters inside the drawing of the ship: "zoe and kayla wont make it to friday. i have the gun". Zoe reported that Maya had been saying she would "end" them after a group chat fight. Maya's handwriting is distinctive (she makes lowercase a's like typed a's and never uses apostrophes) and both show up here. The pen matches a green fine-liner Maya had in class. Maya's mom told the AP there is no gun in the house, but Maya's older boyfriend has one.''',
  "Maya Estrella", 9, (5, 31),
  extra={"immigration_status": "asylee", "lunch_period": "B"},
  threat='''Written threat that two named students "wont make it to friday" and that the writer has a gun; the writer's boyfriend has access to one.''',
  key="gun", mct=["Ellis Island unit", "i have the gun", "green fine-liner"],
  mnc=["asylee"], cats=["immigration_status"], tags=["precision_trap", "structured_forbidden", "handwriting"])

C("allow", "Jeremiah E. Burke High School", "bpd/district-c11", "credible_threat", when(2026, 4, 23, 10, 10),
  "Jeremiah E. Burke High School, room 208",
  '''A security guard found a Visa gift card envelope pushed through the vent of Ms. Carter's classroom door (room 208). On the back, in pencil: "you took my phone, I'm taking your life, Friday 4/24." Ms. Carter confiscated Jaylin's phone on Wednesday. Jaylin had a gift card envelope just like it in his backpack from his birthday, with the card still in it. He told the AP he wrote it "when he was mad" and "didn't mean it." The pencil writing matches his Do Now, including "Friday" written with a lowercase f and the 4 written like a y. Jaylin lives with his aunt on Intervale St and she has been asked to come in.''',
  "Jaylin Brooks", 10, (9, 14),
  threat='''Written death threat against a named teacher for Friday 4/24, delivered to her classroom the day after she confiscated the student's phone; he admitted writing it.''',
  key="taking your life", mct=["Visa gift card envelope", "room 208", "I'm taking your life"],
  mnc=["Intervale St"], cats=["neighborhood"], tags=["precision_trap", "handwriting"])

C("allow", "Mission Hill K-8", "bpd/district-e13", "credible_threat", when(2026, 3, 12, 13, 0),
  "Mission Hill K-8, art room",
  '''During art, Faith left a folded note on Ms. Grady's cart: "ms grady if you call my mom again i will bring a knife and cut your tires then you." Faith is in 7th grade. It is Faith's handwriting (Ms. Grady has her sketchbook with the same small lowercase letters and the i's dotted with circles) and Faith admitted writing it. She said her mom "whoops her" when the school calls, and we have filed a 51A separately. Faith's mother asked for an Igbo speaker for the meeting and we used the phone line.''',
  "Faith Okonkwo", 7, (10, 30),
  threat='''Written threat to bring a knife and cut a named teacher if she calls home again; the student admitted writing it.''',
  key="knife", mct=["Faith left a folded note", "cut your tires", "dotted with circles"],
  mnc=["Igbo"], cats=["language"], tags=["precision_trap", "handwriting"])

C("allow", "Boston Day and Evening Academy", "bpd/district-b2", "weapon", when(2026, 1, 20, 11, 5),
  "Boston Day and Evening Academy, 2nd floor bathroom",
  '''The custodian noticed the mirrors in the 2nd floor bathrooms have been scratched with letters ('SOSA' and 'DOT') for two weeks. Today SSS found Isaac in the bathroom scratching the mirror with a single-edge razor blade held in a folded piece of cardboard. He gave it to the SSS. He also had a second razor blade in his wallet. Isaac says DOT is for where he is from and that the kids from Mattapan keep writing over it. He lives on Columbia Rd.''',
  "Isaac Pemberton", 11, (7, 11),
  weapon="razor blade", key="razor blade", mct=["razor blade", "scratching the mirror", "second razor blade"],
  mnc=["DOT", "Mattapan", "Columbia Rd"], cats=["neighborhood"])

C("allow", "Boston Arts Academy", "bpd/district-d4", "credible_threat", when(2026, 3, 20, 17, 30),
  "Boston Arts Academy, theater backstage",
  '''The stage crew was striking the set after rehearsal when Ms. Pryce found writing on the back of a flat in black paint: "OPENING NIGHT. FRONT ROW. NOBODY WALKS OUT." Next to it is a drawing of a rifle with the same pointy scope the crew has seen on Theo's scripts. Theo was removed from stage crew last week after an argument with the director. His script, which he left in the green room, has the rifle doodle on four pages. Theo told a friend he "has something planned for the 27th," which is opening night.''',
  "Theo Marchetti", 11, (3, 27),
  extra={"religion": "Greek Orthodox", "ensemble": "Technical Theater"},
  threat='''Written threat that "nobody walks out" on opening night (the 27th) with a rifle drawing, by a student removed from the production who told a friend he has something planned for that night.''',
  key="rifle", mct=["stage crew", "NOBODY WALKS OUT", "green room"],
  mnc=["Greek Orthodox"], cats=["religion"], tags=["precision_trap", "structured_forbidden"])

C("allow", "Brighton High School", "bpd/district-d14", "credible_threat", when(2025, 10, 15, 16, 0),
  "Brighton High School, athletics equipment room",
  '''Coach Riley found a note stuffed into the team's equipment bag after practice: "Franklin Park Saturday, Devon isn't finishing the race, I'll be at the 2 mile mark with something for him." Devon is our top runner. Bryce, who is second on the team, lost his captain spot to Devon on Monday. The note is written on the team's own workout sheet, and the handwriting (the looping capital D in "Devon" and a dot over the e in "mile") is the same as on the training log Bryce turns in every week. Bryce told the coach "it's just trash talk" but also told another runner he took his dad's pocket knife for the meet. Bryce's family moved here from Ireland last summer.''',
  "Bryce Kinsella", 11, (2, 3),
  threat='''Written threat to hurt a named teammate at the 2 mile mark of Saturday's cross-country meet; the writer told another runner he took a knife for the meet.''',
  key="isn't finishing the race", mct=["Franklin Park", "2 mile mark", "looping capital D"],
  mnc=["Ireland"], cats=["national_origin"], tags=["precision_trap", "handwriting"])

C("allow", "Madison Park Technical Vocational High School", "bpd/district-b2", "credible_threat", when(2026, 2, 5, 12, 0),
  "Roxbury Community College, science building room 214 (dual-enrollment class)",
  '''Some of our students take a dual-enrollment class at Roxbury Community College on Tuesdays and Thursdays. The RCC instructor emailed us a photo: on the desk Malik used in room 214 of the RCC science building, in pencil, "MP teachers gonna pay. 2/9. I got 3 clips." She saw Malik writing on the desk but did not look until after class. Our AP compared the photo with Malik's dual-enrollment notebook: the 3 with a flat top, and "gonna" spelled "gona" with a second n squeezed in. Malik was suspended last week and is angry at two of our teachers.''',
  "Malik Osei", 12, (1, 23),
  extra={"dean_notes": "associated with Warren Gardens crew", "dual_enrollment": "RCC BIO-101"},
  threat='''Written threat that the school's teachers are "gonna pay" on 2/9 and that the writer has "3 clips" (ammunition magazines), by a recently suspended student.''',
  key="3 clips", mct=["Roxbury Community College", "3 clips", "flat top"],
  mnc=["Warren Gardens"], cats=["gang_affiliation"], tags=["precision_trap", "structured_forbidden", "handwriting"])

C("allow", "Henderson K-12 Inclusion School", "bpd/district-c11", "credible_threat", when(2025, 12, 15, 8, 15),
  "Henderson K-12 Inclusion School, B stairwell fire door",
  '''A "HELLO my name is" name tag sticker from the 8th grade open house was stuck on the fire door in the B stairwell. Written in red pen where the name goes: "THE ONE WHO SHOOTS 8B ON 12/19". Ms. Flynn recognized it as one of the name tags she handed out Thursday; only her advisory got them. Eight students. Aiden's leftover sticker sheet has one missing from the same row, and the red pen writing matches the all-caps Aiden uses for his name on his work (his S's are backwards on purpose). Aiden's dad said there is a hunting rifle at his uncle's house. Aiden has been bullied in 8B. He moved here from Puerto Rico in 2024.''',
  "Aiden Colón", 8, (4, 9),
  threat='''Written threat to shoot the 8B class on 12/19, on a sticker only the student's advisory received; a relative owns a rifle and the student has been bullied in that class.''',
  key="SHOOTS", mct=["name tag sticker", "THE ONE WHO SHOOTS 8B", "backwards on purpose"],
  mnc=["Puerto Rico"], cats=["national_origin"], tags=["precision_trap", "handwriting"])

C("allow", "Boston Community Leadership Academy", "bpd/district-e18", "credible_threat", when(2026, 4, 7, 10, 45),
  "Boston Community Leadership Academy, 1st floor girls' bathroom",
  '''Custodian's log for the 1st floor girls' bathroom: 9:30 checked, no writing. 10:40 photo: on stall 2, "LAST PERIOD FRIDAY IM SHOOTING EVERY1 WHO LAUGHED" in pink gel pen, with a heart. The bathroom sign-out sheet shows 4 girls between 9:30 and 10:40. Ms. Dunn compared the writing with those four girls' last exit tickets; Genesis's has the "EVERY1" spelling and the same heart with a tail. Genesis was filmed being laughed at in the cafeteria last week and the video went around. Genesis is Dominican and the family speaks Spanish at home.''',
  "Genesis Almonte", 10, (9, 6),
  threat='''Written threat to shoot the students who laughed at the writer, last period Friday; custodian log, sign-out sheet and handwriting link it to her.''',
  key="SHOOTING", mct=["pink gel pen", "EVERY1", "stall 2"],
  mnc=["Dominican", "Spanish"], cats=["ethnicity", "language"], tags=["photo_log", "handwriting"])

C("allow", "McCormack Middle School", "bpd/district-c11", "weapon", when(2026, 5, 27, 12, 40),
  "McCormack Middle School, schoolyard by the fence",
  '''The recess aide saw Kevin carving into the big oak by the fence with a fixed-blade knife (about 5 inches, brown handle, in a leather sheath). He had carved 'BAYSIDE' and a pitchfork. When the aide asked for it he threw it into the grass and walked off; another aide picked it up. Kevin says it is his grandfather's fishing knife. The dean says BAYSIDE and the pitchfork are what the older kids from Harbor Point use, and Kevin lives at Harbor Point with his mom.''',
  "Kevin Lydon", 8, (1, 28),
  weapon="fixed-blade knife", key="knife", mct=["fixed-blade knife", "leather sheath", "big oak"],
  mnc=["BAYSIDE", "pitchfork", "Harbor Point"], cats=["gang_affiliation", "neighborhood"])

C("allow", "John D. O'Bryant School", "bpd/district-b2", "credible_threat", when(2026, 3, 25, 9, 20),
  "John D. O'Bryant School, music room",
  '''Written in black marker on the lid of the piano in the music room: a slur about Asians and "Vietnamese kids get the bullets first, 3/27". The music teacher found it at 9:20. The room was locked from 3:00 yesterday until 8:30 today except for jazz band, which met 7:30 to 8:15. Hunter, who plays bass, was alone in the room from 8:10 to 8:15 packing up. His sheet music folder has the same half-print, half-cursive k. Six students in jazz band are Vietnamese, and one of them, T.N., had a fight with Hunter last week.''',
  "Hunter Gallo", 11, (8, 2),
  threat='''Written threat that a group of students will "get the bullets first" on 3/27, in a room the student was alone in; he fought one of the targeted students last week.''',
  key="bullets", mct=["lid of the piano", "get the bullets first", "jazz band"],
  mnc=["Asian", "Vietnamese"], cats=["ethnicity"], tags=["slur_target", "handwriting"])

C("allow", "Snowden International School", "bpd/district-d4", "drugs", when(2026, 5, 1, 13, 15),
  "Snowden International School, 5th floor stairwell",
  '''An advisor smelled paint and found Camila and two friends in the 5th floor stairwell painting "SENIOR SZN" in pink. In Camila's tote bag, which she emptied for the AP: the spray can, a small plastic bag with 8 pink pressed pills shaped like hearts, and a folded paper of crystal powder marked "M". Camila said they were "molly for prom." The nurse bagged them. Camila is a senior with no prior discipline. Her mother told the AP through the phone interpreter that the family is from Brazil and going back after graduation.''',
  "Camila Rocha", 12, (11, 11),
  subs=["MDMA (molly)"], key="MDMA", mct=["5th floor stairwell", "8 pink pressed pills", "SENIOR SZN"],
  mnc=["interpreter", "Brazil"], cats=["language", "national_origin"])

C("allow", "Jeremiah E. Burke High School", "bpd/district-c11", "credible_threat", when(2026, 2, 26, 11, 30),
  "Jeremiah E. Burke High School, 2nd floor by the water fountain",
  '''Hallway monitor Ms. Andrade, who speaks Kriolu, read a line written on the wall by the 2nd floor water fountain in black marker and translated it for me: "Nelson, Friday you're going down, I have the iron." (Iron is slang for a gun.) Nelson reported that Edson has been following him after school. Edson's math teacher had his notebook, and the N written with a loop at the start and the F with two short bars match the wall. Edson is Cape Verdean and arrived last year; the family lives off Hancock St.''',
  "Edson Semedo", 10, (12, 24),
  threat='''Written threat that a named student is "going down" on Friday and that the writer has a gun, after the writer has been following that student.''',
  key="iron", mct=["water fountain", "I have the iron", "loop at the start"],
  mnc=["Kriolu", "Cape Verdean", "arrived last year", "Hancock St"],
  cats=["language", "ethnicity", "national_origin", "neighborhood"], tags=["family_language", "handwriting"])

C("allow", "Fenway High School", "bpd/district-b2", "credible_threat", when(2025, 12, 3, 7, 50),
  "School bus 1310, back window",
  '''The driver of bus 1310 photographed writing traced with a finger in the fogged back window: "FENWAY WED = DEAD". The driver wiped it, but the photo is clear. The camera shows Isaiah in the last seat drawing on the window. Isaiah told his advisor that Wednesday is "when it happens" and would not say what. His advisor notes Isaiah has been writing "WED = DEAD" in his planner since Monday, with the same slanted lines on the equals sign. We searched his backpack and found a steak knife wrapped in a sock. Per his probation officer, Isaiah is on the city's list as a Heath St associate.''',
  "Isaiah Mendes", 11, (10, 16),
  weapon="steak knife",
  threat='''Written threat that people will be "DEAD" on Wednesday, repeated in the student's planner; he told his advisor Wednesday is "when it happens" and was carrying a steak knife.''',
  key="DEAD", mct=["fogged back window", "WED = DEAD", "steak knife"],
  mnc=["Heath St"], cats=["gang_affiliation"], tags=["bus_seat"])

C("allow", "TechBoston Academy", "bpd/district-c11", "weapon", when(2026, 4, 30, 9, 0),
  "TechBoston Academy, front entrance",
  '''At the front door scanners a teacher noticed Amari trying to go around the line. SSS pulled him aside; in the front pouch of his backpack was a loaded 9mm handgun (magazine in, no round chambered). BPD was called right away and the gun was secured. Two days earlier the same 'AM3' tag had shown up on the wall outside the gym with "WATCH UR BACK" under it and a crossed-out 'NSG' beside it. Amari's notebook has AM3 all over the cover. The dean believes Amari is running with the Mt Everett crew and that NSG is the group they have been fighting.''',
  "Amari Johnson", 10, (3, 2),
  weapon="handgun (loaded 9mm)", key="9mm", mct=["loaded 9mm handgun", "front pouch", "WATCH UR BACK"],
  mnc=["NSG", "Everett"], cats=["gang_affiliation"], tags=["rival_crossed_out"])

C("allow", "Snowden International School", "bpd/district-d4", "credible_threat", when(2026, 1, 28, 12, 30),
  "Snowden International School, room 311",
  '''Ms. Hart's wooden hall pass came back from the bathroom with "JAN 30 FREE PERIOD ON THE 3RD FLOOR, BODIES" written along the side in silver Sharpie. Hall pass log: Xiomara had the pass from 12:14 to 12:26; the student before her returned it clean at 12:10 (Ms. Hart checked because it had just been washed). Xiomara's silver Sharpie is in her pencil case, and she writes JAN with the N slanted backward, like on the pass. She told the AP she is "done with everybody" after a rumor went around about her. Her counselor notes she lives in a group home in Jamaica Plain and has a DCF social worker.''',
  "Xiomara Feliz", 11, (6, 8),
  threat='''Written threat of "BODIES" on the 3rd floor during free period on Jan 30, on a hall pass only the student had in that window; she told the AP she is "done with everybody."''',
  key="BODIES", mct=["wooden hall pass", "BODIES", "N slanted backward"],
  mnc=["group home", "Jamaica Plain"], cats=["neighborhood"], tags=["handwriting"])

C("allow", "Community Academy of Science and Health", "bpd/district-c11", "credible_threat", when(2026, 3, 9, 12, 5),
  "Community Academy of Science and Health, cafeteria",
  '''Cafeteria staff found writing scratched with a fork on the underside of a green lunch tray: "LUNCH 3/13 POP POP" and a drawing of a gun. Four trays came back like this over the week, all with 3/13. On Monday the lunch manager noticed the marked tray came back from the table where Josue sits. The AP compared the scratched 3/13 with Josue's math homework: he writes 1s with a flag and a heavy base, which shows even in the plastic. Josue admitted making "a joke" and said the older kids from the Four Corners crew told him to. His mother says he has no access to weapons.''',
  "Josue Baptista", 9, (7, 19),
  threat='''Repeated written threat of a shooting ("POP POP" with a gun drawing) at lunch on 3/13, scratched into lunch trays by the student, who admitted it.''',
  key="gun", mct=["lunch tray", "POP POP", "flag and a heavy base"],
  mnc=["Four Corners"], cats=["gang_affiliation"], tags=["handwriting"])

C("allow", "Madison Park Technical Vocational High School", "bpd/district-b2", "credible_threat", when(2025, 10, 9, 13, 30),
  "Madison Park Technical Vocational High School, welding shop",
  '''In the welding shop, a student's safety goggles case had "CUTTING TORCH FOR MR. BYRNE 10/10" written on it in paint marker. Mr. Byrne is the shop instructor who wrote Kymani up on Monday. The case is Kymani's (his name is engraved on the side from last year's skills competition), and he admitted writing it "in the heat of the moment." Mr. Byrne says Kymani stood at the torch station staring at him through most of 6th period. The torches are now locked out whenever Kymani is in the shop.''',
  "Kymani Reid", 11, (5, 16),
  threat='''Written threat to use a cutting torch on the shop instructor on 10/10, two days after he disciplined the student; the student has access to torches in class and stared at him from the torch station. The dean reports the student is a member of the Kingsdale crew.''',
  key="cutting torch", mct=["welding shop", "CUTTING TORCH", "safety goggles case"],
  mnc=["Kingsdale"], cats=["gang_affiliation"])

C("allow", "East Boston High School", "bpd/district-a7", "serious_violence", when(2026, 5, 5, 15, 10),
  "East Boston High School, behind the building by the White St fence",
  '''At dismissal, behind the school by the White St fence, Kevin hit S.R. in the head with a half brick after S.R. painted over Kevin's tag on the fence that morning. S.R. was briefly unconscious; EMS took him to MGH with a skull fracture and he was admitted to the ICU. Teachers who ran out saw Kevin drop the brick and run toward the buses. Kevin's phone (he showed it voluntarily) has a photo of the painted-over tag with the caption "he's done." The dean says the tags are part of a back and forth between kids from Eagle Hill and kids from Maverick, and Kevin's home is in Eagle Hill.''',
  "Kevin Duarte", 11, (1, 7),
  key="skull fracture", mct=["half brick", "skull fracture", "White St fence"],
  mnc=["Eagle Hill", "Maverick"], cats=["neighborhood"], tags=["precision_trap", "rival_crossed_out"])

C("allow", "Washington Irving Middle School", "bpd/district-e5", "credible_threat", when(2025, 11, 12, 14, 0),
  "Washington Irving Middle School, library",
  '''The librarian found sticky notes inside four returned library books, all in the same green ink: "Room 115 gets it on Friday", "I'm not joking", "bring a helmet lol", "I know where Ms. V's classroom is". All four books were checked out on Mason's card and came back through the drop slot Tuesday morning. Mason's green pen was on his desk in 115, and his writing (tiny capitals, and "lol" with a line over it) is the same in his reading log. Mason told the counselor the notes were "so somebody would pay attention." His mother says he has access to his stepfather's guns, which are locked.''',
  "Mason Tran", 7, (2, 19),
  extra={"ell_status": "Never EL", "homeroom": "115"},
  threat='''Written threats that "Room 115 gets it on Friday" and that the writer knows where a named teacher's classroom is, in books checked out on the student's card; he has access to firearms at home.''',
  key="Room 115", mct=["library books", "Room 115 gets it on Friday", "drop slot"],
  mnc=["Never EL"], cats=["language"], tags=["sticky_notes", "structured_forbidden", "handwriting"])

C("allow", "Boston Day and Evening Academy", "bpd/district-b2", "credible_threat", when(2026, 2, 3, 19, 40),
  "Boston Day and Evening Academy, 1st floor men's room (evening session)",
  '''Evening session. A staff member found "BDEA STAFF — 2/6 I'M COMING BACK WITH THE CHOPPA" written in Sharpie on the paper towel dispenser in the 1st floor men's room. The evening camera shows Luis going in at 7:31 and out at 7:38; nobody else went in between 7:10 and 7:45. Luis was told that afternoon he is being withdrawn for attendance. His enrollment paperwork, which he filled out by hand, has the same capitals with the middle bar of the E's floating, and "COMING" is written the same way on the form. Luis is 19 and lives in a rooming house on Dudley St.''',
  "Luis Arroyo", 12, (3, 1),
  threat='''Written threat to come back to the school with an automatic weapon ("the choppa") on 2/6, by a student told that day he was being withdrawn; camera and handwriting link it to him.''',
  key="CHOPPA", mct=["paper towel dispenser", "CHOPPA", "middle bar of the E's"],
  mnc=["rooming house", "Dudley St"], cats=["neighborhood"], tags=["handwriting"])

C("allow", "Excel High School", "bpd/district-c6", "drugs", when(2026, 3, 18, 11, 20),
  "Excel High School, 3rd floor boys' bathroom",
  '''SSS checked the 3rd floor boys' room after a teacher reported new writing on the stall divider: "PILLZ 4 SALE" with a Snapchat handle. Inside, Sean was adding a phone number under it. In his jacket: an orange prescription bottle with someone else's name on it (a relative's, per Sean) holding 17 oxycodone 30 mg tablets, and $220 in cash. Sean said he sells them "to kids from other schools." The Snapchat handle on the wall is his. Sean lives on Dorchester Ave near Andrew Square with his father.''',
  "Sean Kearney", 11, (8, 15),
  subs=["oxycodone (not prescribed to the student)"], key="oxycodone",
  mct=["PILLZ 4 SALE", "17 oxycodone", "stall divider"],
  mnc=["Andrew Square", "Dorchester Ave"], cats=["neighborhood"])

C("allow", "Dorchester Academy", "bpd/district-c11", "weapon", when(2025, 9, 16, 10, 5),
  "Dorchester Academy, lockers outside room 118",
  '''A teacher heard scratching at the lockers outside room 118 during class and found Kaden carving "RATS GET CUT" into locker 118-4 with an orange box cutter. Locker 118-4 belongs to the student who reported Kaden for taking an iPad last week. Kaden retracted the blade and gave it to the teacher. In the office he said "I wasn't gonna do nothing." His mom was called; she asked whether police would be involved because Kaden's dad is in immigration detention and the family is scared. The box cutter is tagged and held.''',
  "Kaden Ruiz", 9, (11, 19),
  weapon="box cutter", key="box cutter", mct=["RATS GET CUT", "locker 118-4", "orange box cutter"],
  mnc=["immigration detention"], cats=["immigration_status"])


# ---------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------

def build():
    rng = random.Random(20260311)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    used_ids = set()
    lines = []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"OCD-{n:04d}"
        while True:
            sid = str(rng.randint(200000, 989999))
            if sid not in used_ids:
                used_ids.add(sid)
                break
        student = {"student_id": sid, "name": c["name"], "date_of_birth": dob(c["grade"], *c["bd"]),
                   "grade": c["grade"], "school": c["school"]}
        student.update(c["extra"])
        req = {"request_id": cid, "school_id": SCHOOLS[c["school"]], "recipient": c["rec"],
               "ground": c["ground"]}
        if c["subs"] is not None:
            req["substances"] = c["subs"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["threat"] is not None:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": c["at"], "location": c["loc"], "description": c["desc"]}
        req["student"] = student
        if c["atts"]:
            req["attachments"] = c["atts"]
        if c["dec"] == "allow":
            kind = KIND[("allow", c["ground"])]
            must = [c["name"], c["school"], c["key"]]
            mct = c["mct"]
        else:
            kind = DENY_TAG[c["reason"]]
            must, mct = [], []
        tags = [FAMILY, kind] + [t for t in c["tags"] if t not in (FAMILY, kind)]
        expect = {"decision": c["dec"]}
        if c["dec"] == "deny":
            expect["reason"] = c["reason"]
        expect.update({"must_not_contain": c["mnc"], "must_contain": must, "must_contain_text": mct,
                       "categories": c["cats"], "tags": tags})
        # self-checks on the hand-written labels
        desc = c["desc"]
        assert 250 <= len(desc) <= 1500, (cid, len(desc))
        assert all(s in desc for s in mct), (cid, mct)
        assert c["dec"] == "deny" or (c["key"] and 1 <= len(mct) <= 3), cid
        assert c["dec"] == "allow" or c["reason"], cid
        for bad in c["mnc"]:
            b = bad.lower()
            assert b in json.dumps(req, ensure_ascii=False).lower(), (cid, bad)
            assert b not in c["loc"].lower(), (cid, bad, "location")
            for keep in must + mct:
                assert b not in keep.lower() and keep.lower() not in b, (cid, bad, keep)
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    return lines


def main():
    lines = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
