#!/usr/bin/env python3
"""Outsider corpus "outsider_ar": formal and legal paperwork pasted into student reports.

Written from RULES.md, CONTRACT.md and the corpus brief only (no service code was read).
The family: suspension/expulsion hearing decisions with numbered findings, safety plans,
threat-assessment summaries with risk ratings, manifestation-determination minutes, 51A
summaries, 209A / 258E order excerpts, court-involved youth notices and chronologies with
exhibits, in which staff also paste "background" that RULES.md section 4 forbids.

Deterministic: standard library only, fixed seed.  Run:

    python3 tests/corpus/make_outsider_ar.py

and it writes tests/data/corpus/outsider_ar.jsonl (100 cases, ids OAR-0001..OAR-0100).

Labelling notes
---------------
* must_not_contain lists the shortest substrings that reveal a forbidden fact.  None is a
  substring of a category code ("status", "origin", "language", "gang" ...), since category
  codes legitimately appear in the decision's `redactions`; the bare word "immigration" is
  never used as a canary for the same reason.
* must_contain / must_contain_text are incident facts kept apart (own sentence or clause)
  from the forbidden spans, so a correct redactor never has to cut into them.
* Precision cases (tag "precision") carry words that look like section-4 categories but are
  innocent in context, and list them in must_contain_text so that over-redaction fails:
    - "emergency removal" (603 CMR 53.07) and "classroom removal": school discipline, not
      removal proceedings;
    - "status conference": a juvenile-court scheduling event, not immigration status;
    - "alien commander": a character in a science-fiction essay that carried the threat;
    - "teacher resident": Boston Teacher Residency, not residence;
    - "native versus naturalized plant species": the brief suggested "naturalized" as a
      chemistry term, but it has no standard chemistry meaning; its real innocent use is
      botanical (a non-native species established in the wild), so it appears in an
      AP Environmental Science poster session;
    - "stage crew", "D block", "cross-country", "nationals", "digital citizenship",
      "Latin II", "Air Jordans", "green cardigan", "ice pack", "left temple",
      "Arkham Asylum" (hoodie print), "Visa gift card", "Magic Belgian Chocolate" (a product
      label), "Mass General for Children", "crossing guard";
    - school names that contain a place or a status-like word stay (McCormack Middle School
      next to the Mary Ellen McCormack development, Boston International Newcomers Academy,
      Jeremiah E. Burke High School with a caption "Burke monday").
* Deny reasons: replica, BB and airsoft guns are "other" (they need a named approver's
  determination the request does not carry).  Everything else uses the CONTRACT codes.
"""
import datetime as dt
import json
import pathlib
import re
import random
import textwrap
import unicodedata

SEED = 20260317
TAG = "outsider_ar"
PREFIX = "OAR"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ar.jsonl"

rng = random.Random(SEED)

HS = [
    "Boston Latin Academy", "Madison Park Technical Vocational High School", "East Boston High School",
    "Jeremiah E. Burke High School", "English High School", "Excel High School", "Brighton High School",
    "TechBoston Academy", "John D. O'Bryant School of Mathematics and Science", "Charlestown High School",
    "Snowden International School", "Boston Community Leadership Academy", "New Mission High School",
    "Fenway High School", "Boston Arts Academy", "Community Academy of Science and Health",
    "Margarita Muñiz Academy", "Dearborn STEM Academy",
]
MS = [
    "Mission Hill K-8", "McCormack Middle School", "Edison K-8", "Young Achievers K-8", "Irving Middle School",
    "Curley K-8", "Eliot K-8", "Boston Teachers Union K-8", "Umana Academy",
]
SCHOOL_IDS = {}
for _s in HS + MS + ["Boston International Newcomers Academy"]:
    while True:
        _v = f"BPS-{rng.randint(1000, 4999)}"
        if _v not in SCHOOL_IDS.values():
            SCHOOL_IDS[_s] = _v
            break

BPD = ["bpd", "bpd/district-a1", "bpd/district-a7", "bpd/district-b2", "bpd/district-b3", "bpd/district-c6",
       "bpd/district-c11", "bpd/district-d4", "bpd/district-d14", "bpd/district-e5", "bpd/district-e13",
       "bpd/district-e18"]

FIRST_M = ["Marcus", "Devonte", "Elijah", "Tyrese", "Kevin", "Jonah", "Andre", "Malik", "Samuel", "Isaiah",
           "Dante", "Kenny", "Omar", "Luis", "Brandon", "Xavier", "Terrell", "Nathaniel", "Dominic", "Jaylen",
           "Carlos", "Adrian", "Kofi", "Minh", "Hassan", "Rafael", "Tristan", "Cameron", "Josiah", "Gabriel"]
FIRST_F = ["Aaliyah", "Brianna", "Kiara", "Destiny", "Naomi", "Leila", "Sofia", "Imani", "Tatiana", "Janelle",
           "Mariah", "Keisha", "Ana", "Lina", "Priya", "Zoe", "Jasmine", "Nia", "Esperanza", "Hana",
           "Monique", "Talia", "Yasmin", "Renee", "Camila", "Amara", "Shanice", "Gloria", "Vanessa", "Tiana"]
LAST = ["Whitfield", "Okonkwo", "Barbosa", "McAllister", "Pierre", "Gomes", "Reyes", "Coleman",
        "Nguyen", "Bettencourt", "Abernathy", "Lindqvist", "Osei", "Fontaine", "Caldwell", "Mendes", "Harlow",
        "Delacroix", "Kamara", "Sutherland", "Quintero", "Vasquez", "Ferrante", "Mbeki", "Holloway", "Ashby",
        "Corcoran", "Pinto", "Santiago", "Baptiste", "Ocampo", "Greer", "Dunleavy", "Ruelas", "Thibodeaux",
        "Achebe", "Lowell", "Prescott", "Yamamoto", "Castellanos", "Rosario", "Kowalski", "Fairbanks", "Munroe"]

C = []  # the case specifications, in authoring order; shuffled deterministically before numbering


def add(**kw):
    C.append(kw)


def d(s):
    return textwrap.dedent(s).strip("\n")


# =====================================================================================
# ALLOW - weapon (22)
# =====================================================================================
add(key="w-hunting-knife-hearing", dec="allow", ground="weapon", weapon="knife", lvl="hs", sex="m", time="11:40",
    loc="{SCH}, main office conference room",
    desc=d("""
    DECISION OF THE PRINCIPAL'S DESIGNEE
    Hearing held under M.G.L. c.71, s.37H and 603 CMR 53.08.
    Parties: {S} (hereinafter "the Student"); the Student's aunt and legal guardian ("the Guardian"); Assistant Headmaster P. Delaney ("the Administrator").
    FINDINGS OF FACT
    1. On {DATE} at approximately {TIME}, acting on a tip from a classmate, the Administrator searched the Student's backpack in the presence of School Safety Specialist Ruiz.
    2. The search produced a fixed-blade hunting knife with an approximately five-inch blade in a brown leather sheath.
    3. The Student acknowledged ownership and stated he carried it "for the walk home." No person was threatened or injured.
    4. BACKGROUND. The Student resides with the Guardian on Bowdoin Street in Dorchester. The Guardian participated through a Cape Verdean Creole interpreter arranged by the district.
    CONCLUSION
    The Student possessed a dangerous weapon on school premises within the meaning of s.37H(a). Expulsion is imposed; educational services will be offered under s.21.
    """),
    att=[{"kind": "document", "name": "Exhibit 2 - photo of the item.jpg"}],
    mnc=["Bowdoin Street", "Dorchester", "Cape Verdean", "interpreter"], mc="hunting knife",
    mct=["five-inch blade", "brown leather sheath", "backpack"], cats=["neighborhood", "language"],
    tags=["allow_weapon", "hearing_decision"])

add(key="w-boxcutter-stagecrew", dec="allow", ground="weapon", weapon="box cutter", lvl="hs", sex="f", time="13:55",
    loc="{SCH}, auditorium stage left",
    desc=d("""
    STUDENT SAFETY PLAN (Rev. 2), adopted after the incident of {DATE}
    Parties: {S} ("the Student"); Ms. R. Okafor, Assistant Principal ("the Administrator"); the Student's mother ("the Parent").
    Section 1 - Precipitating event. At about {TIME}, during seventh period, the Student, who works on the drama program's stage crew, took a box cutter from the scene shop and held it to the neck of another student (hereinafter "Student B") in the wings of the auditorium, saying "move again and see what happens." Student B was not cut. The technical director took the box cutter out of the Student's hand.
    Section 2 - Supervision. The Student is barred from the scene shop and checks in with the Administrator at arrival and dismissal.
    Section 3 - Family input. The Parent stated the family are Jehovah's Witnesses and asked that the plan not require the Student to attend the winter holiday assembly; the team agreed.
    """),
    mnc=["Jehovah"], mc="box cutter", mct=["stage crew", "held it to the neck", "wings of the auditorium"],
    cats=["religion"], tags=["allow_weapon", "safety_plan", "precision"])

add(key="w-380-tat", dec="allow", ground="weapon", weapon="firearm", lvl="hs", sex="m", time="10:20",
    loc="{SCH}, 2nd-floor lockers",
    desc=d("""
    THREAT ASSESSMENT TEAM - SUMMARY OF FINDINGS
    Subject: {S} (the "Student"). Team: AP (chair), school psychologist, SSS supervisor, Safety Services liaison.
    Risk rating: HIGH / imminent.
    Facts. On {DATE} at {TIME} a loaded .380 semi-automatic pistol was recovered from the Student's hall locker #2217 after another student reported seeing it in his bag in the cafeteria. The magazine held six rounds; no round was chambered. The Student declined to say where he obtained it.
    Background (intake interview with the family): the family is Somali and attends the mosque near their home; the Student came to Boston from the Dadaab camp in Kenya in 2022 and the family holds refugee status.
    Recommendations: expulsion hearing; referral to police; counseling.
    """),
    mnc=["Somali", "mosque", "Dadaab", "Kenya", "refugee"], mc=".380 semi-automatic pistol",
    mct=["locker #2217", "six rounds", "cafeteria"],
    cats=["ethnicity", "religion", "national_origin", "immigration_status"], tags=["allow_weapon", "tat_summary"])

add(key="w-knuckles-chronology-gang", dec="allow", ground="weapon", weapon="brass knuckles", lvl="hs", sex="m",
    time="09:52", loc="{SCH}, 1st-floor corridor",
    desc=d("""
    CHRONOLOGY (prepared for the Office of Legal Advisor), {DATE}
    {TIME} - SSS Barrows observes the Student, {S}, slipping a metal object over his right hand while facing the Complainant (a 10th grader) in the 1st-floor corridor.
    +2 min - Barrows intervenes; the Student surrenders a set of brass knuckles.
    +15 min - Student interviewed by AP Sullivan; says the Complainant "owed him."
    EXHIBITS
    Exhibit A: SSS incident narrative.
    Exhibit B: photo of the item (silver-colored brass knuckles, engraved NO MERCY across the knuckle bar).
    Exhibit C: statement of the Complainant.
    AP's note: the Student is carried in the intelligence bulletin as an associate of the Lucerne Street Boys, and his older cousin was shot last spring.
    """),
    mnc=["Lucerne Street"], mc="brass knuckles", mct=["NO MERCY", "right hand", "Exhibit B"],
    cats=["gang_affiliation"], tags=["allow_weapon", "chronology"])

add(key="w-pepper-icepack", dec="allow", ground="weapon", weapon="pepper spray", lvl="hs", sex="f", time="12:35",
    loc="{SCH}, second-floor girls' bathroom",
    desc=d("""
    NOTICE OF LONG-TERM SUSPENSION (M.G.L. c.71 s.37H; 603 CMR 53.00)
    To the parent/guardian of {S}:
    This notice states the charge and the evidence. On {DATE} at approximately {TIME}, in the second-floor girls' bathroom, {F} sprayed a keychain canister of pepper spray (Sabre Red) directly into the face of another student ("the Complainant") after an argument about a social media post. The nurse flushed the Complainant's eyes for fifteen minutes and applied an ice pack to her cheek; EMS evaluated her on site. The canister was recovered from {F}'s jacket pocket.
    You have the right to a hearing, to be represented, and to present witnesses.
    """),
    extra={"home_language": "Portuguese", "el_status": "Former EL (FEL), monitored year 2"},
    mnc=["Portuguese", "Former EL"], mc="pepper spray",
    mct=["ice pack", "second-floor girls' bathroom", "jacket pocket"], cats=["language"],
    tags=["allow_weapon", "notice", "precision", "structured_forbidden"])

add(key="w-stungun-209a", dec="allow", ground="weapon", weapon="stun gun", lvl="hs", sex="f", time="07:38",
    loc="{SCH}, front entrance bag check",
    desc=d("""
    Excerpt pasted from the 209A file (Boston Municipal Court), followed by the school's incident summary.
    ORDER: The Defendant, J.M. (age 19), shall not abuse the Plaintiff, shall not contact her, and shall stay at least 100 yards away from the Plaintiff's residence at 14 Greenwood St, Apt 2, Mattapan MA 02126 and from her school.
    The Plaintiff is the Student, {S}.
    School incident summary: on {DATE} at {TIME}, during a routine bag check at the front entrance, SSS found a pink stun gun (rechargeable, about six inches) in the front pocket of the Student's backpack. The Student said she carries it because J.M. has been waiting near her bus stop. The stun gun was secured in the main office safe. No one was threatened with it.
    """),
    mnc=["Greenwood St", "Mattapan", "MA 02126"], mc="stun gun",
    mct=["pink stun gun", "front pocket", "main office safe"], cats=["neighborhood"],
    tags=["allow_weapon", "order_209a"])

add(key="w-ghostgun-court-notice", dec="allow", ground="weapon", weapon="firearm", lvl="hs", sex="m", time="11:05",
    loc="{SCH}, stairwell C",
    desc=d("""
    NOTICE RE: COURT-INVOLVED STUDENT (shared by Juvenile Probation under the interagency agreement)
    The Student, {S}, is arraigned on a pending complaint and is on pretrial conditions: curfew 7 p.m., no contact with the alleged victim, daily school attendance. The next status conference is set for the second week of next month in the Suffolk County Juvenile Court.
    SCHOOL INCIDENT - Findings 1-3
    1. On {DATE} at {TIME}, SSS Ortega saw the Student pass a black handgun to another student in stairwell C.
    2. The handgun was recovered from the second student's waistband: an unloaded Glock 19-style pistol on a privately made frame with no serial number. A loaded magazine was in the Student's coat.
    3. The Student admitted bringing it "for protection."
    Probation intake notes (pasted as received): family is undocumented; the Student speaks K'iche' at home and limited Spanish.
    """),
    mnc=["undocumented", "K'iche'", "Spanish"], mc="Glock 19",
    mct=["stairwell C", "no serial number", "status conference"], cats=["immigration_status", "language"],
    tags=["allow_weapon", "court_notice", "precision"])

add(key="w-razor-mdr", grade=7, dec="allow", ground="weapon", weapon="razor blade", lvl="ms", sex="m", time="10:10",
    loc="{SCH}, 7th-grade math room",
    desc=d("""
    MANIFESTATION DETERMINATION REVIEW - MINUTES (34 CFR 300.530(e); 603 CMR 28.00)
    Present: Team chair; special education teacher; general education teacher; school psychologist; the Parent (by phone, with a Vietnamese interpreter from the district pool).
    Conduct under review: on {DATE} at about {TIME}, in the 7th-grade math room, the Student, {S}, showed a classmate a single-edge razor blade taped inside the front cover of his composition notebook and said "I keep this for whoever snitches." The teacher confiscated the notebook.
    Q1. Was the conduct caused by, or did it have a direct and substantial relationship to, the disability? Team: No.
    Q2. Was it the direct result of a failure to implement the IEP? Team: No.
    Determination: not a manifestation. Interim alternative educational setting up to 45 school days (weapon).
    """),
    mnc=["Vietnamese", "interpreter"], mc="razor blade",
    mct=["single-edge razor blade", "composition notebook", "whoever snitches"], cats=["language"],
    tags=["allow_weapon", "mdr_minutes"])

add(key="w-baton-dblock", grade=11, dec="allow", ground="weapon", weapon="club", lvl="hs", sex="m", time="13:15",
    loc="{SCH}, track behind the gym",
    desc=d("""
    HEARING OFFICER'S DECISION - Findings of Fact
    ¶1 The Student, {S}, is a junior and a member of the cross-country team.
    ¶2 During D block on {DATE} (approx. {TIME}), the Student carried an expandable steel baton onto the track behind the gym, extended it and swung it at a sophomore, missing his head by inches according to two witnesses.
    ¶3 The coach disarmed the Student. The baton measures 21 inches extended and had been in the Student's gym bag that morning.
    ¶4 The Student's older brother is documented in BPD field interrogation reports as a member of the Wendover crew; staff believe the sophomore's family is aligned with a rival group.
    ¶5 Conclusion: possession of a dangerous weapon (club/baton) under s.37H.
    """),
    mnc=["Wendover"], mc="expandable steel baton", mct=["D block", "cross-country team", "21 inches"],
    cats=["gang_affiliation"], tags=["allow_weapon", "hearing_decision", "precision"])

add(key="w-steakknife-newcomers", dec="allow", ground="weapon", weapon="knife", lvl="hs", sex="m", time="11:50",
    school="Boston International Newcomers Academy", loc="{SCH}, cafeteria",
    desc=d("""
    Incident report attached to the notice of suspension hearing.
    On {DATE} at {TIME}, during lunch, a classmate told Ms. Abreu that {F} had a knife in his sock. The Assistant Principal escorted {F} to the office, where he took a serrated steak knife (about 8 inches overall) out of his left sock. He stated that older boys had been taking his phone at the bus stop and he wanted to scare them.
    For the hearing officer's background: {F} arrived from Honduras in August 2025 as an unaccompanied minor and is in removal proceedings; his sponsor is a cousin. Counsel from a legal services organization will attend.
    """),
    mnc=["Honduras", "unaccompanied minor", "removal proceedings"], mc="steak knife",
    mct=["serrated steak knife", "left sock"], cats=["national_origin", "immigration_status"],
    tags=["allow_weapon", "notice", "precision"])

add(key="w-cricket-emergency-removal", dec="allow", ground="weapon", weapon="explosive", lvl="hs", sex="m", time="09:40",
    loc="{SCH}, boys' locker room",
    desc=d("""
    NOTICE OF EMERGENCY REMOVAL (603 CMR 53.07)
    The Student, {S}, was subject to emergency removal from school at {TIME} on {DATE} because his continued presence posed a danger to persons.
    Basis: a custodian found in the boys' locker room trash a homemade explosive device - a CO2 cartridge packed with powder and fitted with a fuse (a so-called "cricket"). Hallway video shows the Student dropping a bag into that trash can at 9:02 a.m.; staff then found a second CO2 cartridge and a spool of cannon fuse in his locker. The BPD bomb squad rendered the device safe.
    An informal hearing will be held within two school days.
    """),
    extra={"home_address": {"street": "118 Centre St, Apt 4", "neighborhood": "Jamaica Plain", "city": "Boston"}},
    mnc=["Centre St", "Jamaica Plain"], mc="explosive device",
    mct=["emergency removal", "CO2 cartridge", "cannon fuse"], cats=["neighborhood"],
    tags=["allow_weapon", "notice", "precision", "structured_forbidden"])

add(key="w-mace-board", dec="allow", ground="weapon", weapon="mace", lvl="hs", sex="f", time="07:50",
    loc="{SCH}, lobby turnstiles",
    desc=d("""
    BOARD OF REVIEW - WRITTEN DECISION ON APPEAL
    The Appellant (the Student, {S}) appeals a five-day suspension. The Board adopts the following facts:
    (a) On {DATE} at {TIME} the Appellant discharged a canister of Mace brand defense spray toward three students at the lobby turnstiles; one (hereinafter "the Complainant") was hit in the eyes and taken to the nurse.
    (b) Two other students were sprayed on the arms and sleeves.
    (c) The Appellant says she was defending herself. The video does not show any student approaching her.
    (d) The Appellant states she is Muslim and was fasting for Ramadan that day, and asks the Board to consider that she was exhausted and irritable.
    Decision: suspension upheld.
    """),
    mnc=["Muslim", "Ramadan"], mc="Mace", mct=["lobby turnstiles", "hit in the eyes"], cats=["religion"],
    tags=["allow_weapon", "hearing_decision"])

add(key="w-revolver-jordans", dec="allow", ground="weapon", weapon="firearm", lvl="hs", sex="m", time="10:47",
    loc="{SCH}, east stairwell",
    desc=d("""
    CHRONOLOGY WITH EXHIBITS - {DATE}
    {TIME}: Camera 14 (east stairwell) records a male in a grey hoodie, black joggers and white Air Jordans taking an object from his waistband and handing it to a second male.
    +3 min: SSS Barros, who knows the Student by sight, recognizes the first male on the live feed as {S} and stops him at the stairwell door. (No software was used; Barros identified him personally.)
    +6 min: a silver .38 Special revolver with five rounds in the cylinder is recovered from the second male's backpack.
    Exhibit A: still from Camera 14.
    Exhibit B: property log.
    Exhibit C: photo of the item (the revolver; serial partially ground off).
    Family contact: grandmother reached at 11:30; she speaks only Haitian Creole and a staff member translated.
    """),
    att=[{"kind": "photo", "name": "Exhibit C - photo of the item.jpg"}, {"kind": "document", "name": "Exhibit B - property log.pdf"}],
    mnc=["Haitian"], mc=".38 Special revolver", mct=["Air Jordans", "five rounds", "serial partially ground off"],
    cats=["language"], tags=["allow_weapon", "chronology", "precision"])

add(key="w-balisong-258e", dec="allow", ground="weapon", weapon="knife", lvl="hs", sex="m", time="12:10",
    loc="{SCH}, chemistry classroom doorway",
    desc=d("""
    EXCERPT - HARASSMENT PREVENTION ORDER (M.G.L. c.258E), as pasted by the Dean
    The Defendant ({S}, hereinafter "the Student") shall not contact the Plaintiff, a fellow student, and shall remain at least 50 yards from her except in scheduled classes.
    INCIDENT. On {DATE} at {TIME} the Student left his assigned class, walked to the Plaintiff's chemistry classroom and flipped open a butterfly knife (balisong) in the doorway while staring at her. The teacher closed the door and called the office. SSS Moy found the knife on the Student in the boys' room.
    BACKGROUND (Dean's note). The Student's family is Eritrean; he is an altar server at an Orthodox parish and the priest has written a character letter (Exhibit 4).
    """),
    att=[{"kind": "document", "name": "Exhibit 4 - character letter from parish priest.pdf"}],
    mnc=["Eritrean", "Orthodox", "altar server"], mc="butterfly knife",
    mct=["50 yards", "chemistry classroom", "in the doorway"], cats=["ethnicity", "religion"],
    tags=["allow_weapon", "order_258e"])

add(key="w-boxcutter-mccormack", dec="allow", ground="weapon", weapon="box cutter", lvl="ms", sex="f", time="14:05",
    school="McCormack Middle School", loc="{SCH}, science lab",
    desc=d("""
    Summary of Findings for Superintendent's Hearing
    1. {S} ("the Student") is in grade {G} at the McCormack Middle School.
    2. On {DATE} at approx. {TIME}, the science teacher saw the Student cutting the strap of a classmate's backpack with a box cutter during lab cleanup. When the teacher approached, the Student pointed the blade at the teacher and said "back up."
    3. The box cutter (yellow, retractable) was taken from the Student's hoodie pocket by the AP.
    4. Background supplied by the counselor: the Student lives with her father in the Mary Ellen McCormack development; the father's work visa lapsed in 2024 and he fears contact with authorities.
    """),
    mnc=["Mary Ellen McCormack", "work visa"], mc="box cutter",
    mct=["pointed the blade", "hoodie pocket", "lab cleanup"], cats=["neighborhood", "immigration_status"],
    tags=["allow_weapon", "hearing_decision", "precision"])

add(key="w-taurus-expulsion-sijs", dec="allow", ground="weapon", weapon="firearm", lvl="hs", sex="m", time="08:25",
    school="Madison Park Technical Vocational High School", loc="{SCH}, student parking lot",
    desc=d("""
    DECISION ON EXPULSION - M.G.L. c.71, s.37H(a)
    IN RE: {S}, a student at {SCH}
    I. Findings
    1. On {DATE}, after a parent reported a social media video, the Headmaster and Safety Services searched the Student's car, a grey 2014 Honda Civic parked in the student lot, with the Student present ({TIME}).
    2. A loaded 9mm Taurus G2C pistol was found under the driver's seat, with a round in the chamber.
    3. The Student admitted it was his.
    II. Mitigation
    4. Counsel notes the Student has a Special Immigrant Juvenile (SIJS) petition pending and that an expulsion could affect it; the Hearing Officer has considered this.
    III. Decision
    5. The Student is expelled. Educational services will be offered.
    """),
    mnc=["Special Immigrant Juvenile", "SIJS"], mc="Taurus G2C",
    mct=["Honda Civic", "driver's seat", "round in the chamber"], cats=["immigration_status"],
    tags=["allow_weapon", "hearing_decision"])

add(key="w-latin-folding-knife", dec="allow", ground="weapon", weapon="knife", lvl="hs", sex="f", time="09:35",
    school="Boston Latin Academy", loc="{SCH}, Room 207",
    desc=d("""
    Dean's memorandum to file (for hearing under s.37H)
    Re: {S} ("the Student")
    During Latin II on {DATE} (period 3, approx. {TIME}) the Student opened a black folding knife under her desk and told the student beside her, "say it again and I'll cut your face." The teacher, Mr. Hargreaves, called for the Dean; the knife (3.5-inch locking blade, pocket clip) was surrendered without incident.
    The mother attended the re-entry meeting. She described the family as Dominican-American and asked that the Student's parish priest at St. Peter's be allowed to speak for her.
    """),
    mnc=["Dominican", "St. Peter's", "parish priest"], mc="folding knife",
    mct=["Latin II", "pocket clip", "cut your face"], cats=["ethnicity", "religion"],
    tags=["allow_weapon", "memo", "precision"])

add(key="w-taser-naturalized", dec="allow", ground="weapon", weapon="taser", lvl="hs", sex="m", time="13:30",
    loc="{SCH}, 3rd-floor science wing",
    desc=d("""
    IN THE MATTER OF {S} - FINDINGS OF FACT AND CONCLUSIONS
    Findings
    1. On {DATE}, at or about {TIME}, during an AP Environmental Science gallery walk of posters on native versus naturalized plant species, the Student activated a handheld taser (black, visible arc between two prongs) and pressed it against the lower back of a 9th grader ("the Complainant") who had knocked over his poster.
    2. The Complainant fell to one knee; the nurse documented two small burn marks on the lower back.
    3. Three witnesses corroborate. The Student's statement that it was "a joke" is not credited.
    Conclusions
    4. The taser is a dangerous weapon within SAF-02. The conduct violates the Code of Conduct and s.37H.
    """),
    mnc=[], mc="taser", mct=["native versus naturalized plant species", "two small burn marks", "lower back"],
    cats=[], tags=["allow_weapon", "hearing_decision", "precision", "clean"])

add(key="w-chefknife-affidavit", dec="allow", ground="weapon", weapon="knife", lvl="hs", sex="m", time="11:15",
    school="Excel High School", loc="{SCH}, 2nd-floor boys' bathroom",
    desc=d("""
    AFFIDAVIT-STYLE STATEMENT OF THE ASSISTANT HEADMASTER
    I, the undersigned, state:
    (1) On {DATE} at about {TIME} a custodian reported that a ceiling tile in the 2nd-floor boys' bathroom was displaced.
    (2) Behind the tile I found an 11-inch chef's knife wrapped in a paper towel.
    (3) Hallway video shows {S} (the Student) entering that bathroom alone at 10:41 a.m.; no other person entered between 10:30 and the discovery.
    (4) Interviewed with his mother present, the Student admitted hiding the knife and said he was going to "handle something after school."
    Signed under the pains and penalties of perjury.
    """),
    extra={"flags": {"gang_assoc": "suspected - Cornell Street Soldiers (per BRIC bulletin 2025-14)", "iep": False}},
    mnc=["Cornell Street"], mc="chef's knife", mct=["ceiling tile", "paper towel", "handle something after school"],
    cats=["gang_affiliation"], tags=["allow_weapon", "affidavit", "structured_forbidden"])

add(key="w-hipoint-cardigan", dec="allow", ground="weapon", weapon="firearm", lvl="hs", sex="m", time="10:02",
    loc="{SCH}, Room 112",
    desc=d("""
    ADDENDUM TO SAFETY PLAN - post-incident
    What happened: on {DATE} at approx. {TIME}, a teacher noticed the grip of a handgun at the Student's waistband when his green cardigan rode up as he reached for a book. The teacher calmly walked the class out. SSS and the BPD school unit recovered a loaded black Hi-Point 9mm from the Student's waistband in Room 112.
    Parties to the plan: {S} (the Student); Mr. Flaherty (AP); Ms. Ibe (counselor); the Student's father.
    New conditions: daily search on entry; clear backpack only; escort between classes.
    """),
    extra={"citizenship": "Non-citizen - lawful permanent resident", "country_of_birth": "Nigeria"},
    mnc=["Non-citizen", "lawful permanent resident", "Nigeria"], mc="Hi-Point 9mm",
    mct=["green cardigan", "Room 112", "waistband"], cats=["immigration_status", "national_origin"],
    tags=["allow_weapon", "safety_plan", "precision", "structured_forbidden"])

add(key="w-club-broomhandle", grade=[6, 7], dec="allow", ground="weapon", weapon="club", lvl="ms", sex="m", time="08:05",
    loc="{SCH}, schoolyard by the fence",
    desc=d("""
    Chronology (attached to the hearing notice)
    - {TIME}, {DATE}: the Student, {S}, enters the schoolyard carrying a length of broom handle, about two feet, wrapped in duct tape with three screws driven through one end.
    - Two minutes later he swings it at an 8th grader by the fence; the 8th grader blocks with his arm and has only a scratch.
    - The teacher on duty, Mr. Pimentel, takes the stick.
    Exhibit C: photo of the item.
    Counselor's background note: the family recently arrived from Cabo Verde and is staying in a family shelter in Hyde Park while waiting for housing.
    """),
    mnc=["Cabo Verde", "recently arrived", "Hyde Park"], mc="broom handle",
    mct=["duct tape", "three screws", "schoolyard"], cats=["national_origin", "neighborhood"],
    tags=["allow_weapon", "chronology"])

add(key="w-knuckles-digital-citizenship", dec="allow", ground="weapon", weapon="brass knuckles", lvl="hs", sex="f",
    time="09:15", loc="{SCH}, advisory room 3B",
    desc=d("""
    Incident summary incorporated by reference into the suspension notice (Exhibit 1).
    During the digital citizenship advisory lesson on {DATE} (about {TIME}), the Student, {S}, was passing around a set of gold-colored brass knuckles. When the advisor asked for them, the Student put them on, punched the desk hard enough to dent the laminate, and said the next thing she hits "won't be a desk." The advisor retrieved them from the Student's purse after the AP arrived.
    """),
    extra={"primary_language": "Arabic", "interpreter_needed": True},
    mnc=["Arabic"], mc="brass knuckles", mct=["digital citizenship", "gold-colored", "dent the laminate"],
    cats=["language"], tags=["allow_weapon", "notice", "precision", "structured_forbidden"])

# =====================================================================================
# ALLOW - credible threat (15)
# =====================================================================================
add(key="t-alien-essay", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="14:10",
    loc="{SCH}, Room 305",
    ts=d("""
    In a creative-writing piece titled "Invasion Day," the Student wrote that an alien commander walks into Room 305 at 2:10 on Friday "with the rifle from my uncle's closet" and shoots Ms. Feeney first, naming the real teacher, room and class period. He then told two classmates "it's not really a story." The Student's uncle confirmed to the AP that he keeps a hunting rifle in a closet.
    """),
    desc=d("""
    THREAT ASSESSMENT - LEVEL 2 SUMMARY
    Reporting staff: Ms. Feeney (ELA). On {DATE} at {TIME} Ms. Feeney read the science-fiction story "Invasion Day" by {S}, submitted for the speculative fiction unit. In the story the alien commander is named after the Student and targets Room 305 at 2:10 p.m. on a Friday, when her class meets, using a rifle. Classmates report the Student said "it's not really a story."
    Team rating: HIGH - specific target, time and means; access to a rifle confirmed.
    Family information (counselor): the Student's father was deported to El Salvador in 2023 and the Student has been angry at "the system" since.
    """),
    mnc=["deported", "El Salvador"], mc="rifle", mct=["alien commander", "Room 305", "Invasion Day"],
    cats=["immigration_status", "national_origin"], tags=["allow_threat", "tat_summary", "precision"])

add(key="t-snapchat-bodwell", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="08:30",
    loc="{SCH}, main office (report received)",
    ts=d("""
    Snapchat story posted at 9:47 p.m. from the Student's account: a photo of a handgun on a bed captioned "everybody at the game friday getting sprayed fr." The home basketball game was that Friday in the school gym. Two students who saw it reported it the next morning.
    """),
    desc=d("""
    TAT SUMMARY (comprehensive targeted threat assessment)
    Risk rating: MODERATE-HIGH (transient threat ruled out).
    Facts: on {DATE} at {TIME} the AP received screenshots from two students of a Snapchat story by {S}. The photo shows a black handgun on a bedspread; the caption reads "everybody at the game friday getting sprayed fr." The Student admitted posting it and said the gun belongs to "a friend."
    Context per staff: the Student is believed to have been running with the Bodwell crew since the summer, and the post followed a fight involving members of that group.
    """),
    mnc=["Bodwell"], mc="handgun", mct=["getting sprayed", "bedspread"], cats=["gang_affiliation"],
    tags=["allow_threat", "tat_summary"])

add(key="t-209a-texts", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="07:55",
    loc="{SCH}, AP's office",
    ts=d("""
    Text messages from the Student to his ex-girlfriend (the Plaintiff in a pending 209A) the night before: "u think that paper gonna stop a bullet", "see u on the 22 bus tmrw", and a photo of a loaded gun magazine. Both ride the 22 bus to school.
    """),
    desc=d("""
    Summary for the Office of Legal Advisor: the Student, {S}, is the Defendant in an abuse prevention order (c.209A) obtained by a classmate ("the Plaintiff"). On {DATE} at {TIME} the Plaintiff showed the AP the messages quoted in the threat statement, including a photo of a loaded gun magazine. Both students ride the 22 bus; staff separated their schedules the same morning.
    Order excerpt: the Defendant must stay 100 yards from the Plaintiff's home. The Defendant's own address on the order is 40 Fuller St, off Codman Square.
    """),
    mnc=["Fuller St", "Codman Square"], mc="gun magazine", mct=["22 bus", "loaded gun magazine"],
    cats=["neighborhood"], tags=["allow_threat", "order_209a"])

add(key="t-bomb-note-mandarin", dec="allow", ground="credible_threat", lvl="ms", sex="f", time="12:45",
    loc="{SCH}, girls' bathroom",
    ts=d("""
    Handwritten note left in a stall of the girls' bathroom: "BOMB IN THE GYM FRIDAY AT LUNCH. EVERYONE DIES." The Student admitted writing it and, asked why, said she has "stuff at home that can blow up" and refused to say what.
    """),
    desc=d("""
    Threat-assessment summary, {SCH}
    On {DATE} at {TIME} a 7th grader brought the assistant principal a note she found in the second stall of the girls' bathroom: "BOMB IN THE GYM FRIDAY AT LUNCH. EVERYONE DIES." Handwriting comparison with classwork pointed to {S}; with her mother present she admitted writing it and said she has "stuff at home that can blow up."
    Risk rating: HIGH pending a home check.
    The meeting with the mother was held with a Mandarin interpreter by phone.
    """),
    mnc=["Mandarin", "interpreter"], mc="BOMB IN THE GYM", mct=["second stall", "stuff at home that can blow up"],
    cats=["language"], tags=["allow_threat", "tat_summary"])

add(key="t-hitlist-pentecostal", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="10:40",
    loc="{SCH}, Room 118",
    ts=d("""
    A page titled "people who won't be here in June" listing seven students and one teacher by name, with "AR" written next to three names, was found in the Student's binder. The Student told a peer the week before that his cousin could get him "an AR."
    """),
    desc=d("""
    MEMORANDUM - Threat Assessment Team
    RE: {S} ("the Student")
    1. On {DATE} at approximately {TIME}, a substitute teacher found in the Student's math binder a page titled "people who won't be here in June" listing seven students and one teacher.
    2. "AR" is written next to three of the names. A peer reports the Student said his cousin could get him "an AR."
    3. Rating: HIGH. Referral to police for a welfare and access check.
    4. Parent interview: the family is Pentecostal, and the father asked that the pastor of their congregation, Iglesia Fuente de Vida, be present at future meetings.
    """),
    mnc=["Pentecostal", "Iglesia"], mc="people who won't be here in June",
    mct=["math binder", "seven students and one teacher"], cats=["religion"],
    tags=["allow_threat", "memo"])

add(key="t-instagram-burke", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="08:15",
    school="Jeremiah E. Burke High School", loc="{SCH}, Headmaster's office",
    ts=d("""
    Instagram post from the Student's account showing him holding what appears to be a black handgun, captioned "Burke monday no cap 🔫". Posted Sunday at 8:14 p.m.; a staff member's child forwarded it.
    """),
    desc=d("""
    Safety notice to file, {SCH}
    Exhibit A: screenshot of the Instagram post (handgun; caption "Burke monday no cap").
    Exhibit B: account-ownership confirmation (the Student admitted the account is his).
    On {DATE} at {TIME}, the Headmaster met with {S} and his mother. The Student said the gun was "a prop" but could not say where it is now. Risk: HIGH until the location of the weapon is established.
    Staff note pasted from the SIS: lives in the Bowdoin-Geneva area with mother and two siblings.
    """),
    mnc=["Bowdoin-Geneva"], mc="handgun", mct=["Burke monday no cap", "Exhibit A"], cats=["neighborhood"],
    tags=["allow_threat", "notice", "precision"])

add(key="t-parking-wida", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="13:50",
    loc="{SCH}, Room 221",
    ts=d("""
    After being told he would be suspended, the Student told Mr. Castellano, "I know where you park. Me and my brother's gun gonna be waiting," and correctly described the teacher's car (a red Jeep) in the faculty lot.
    """),
    desc=d("""
    Minutes of the re-entry meeting (pasted). Conduct discussed: on {DATE} at {TIME}, following a classroom removal, the Student, {S}, told Mr. Castellano "I know where you park," described the teacher's red Jeep in the faculty lot, and said his brother's gun would be "waiting." Mr. Castellano is now escorted to his car.
    Team notes: the Student is an English learner (WIDA level 2) in an SEI classroom; the team will translate the behavior plan.
    """),
    mnc=["English learner", "WIDA", "SEI classroom"], mc="brother's gun",
    mct=["red Jeep", "faculty lot", "classroom removal"], cats=["language"],
    tags=["allow_threat", "minutes", "precision"])

add(key="t-51a-shears-tps", dec="allow", ground="credible_threat", lvl="hs", sex="f", time="11:25",
    loc="{SCH}, counseling office",
    ts=d("""
    During a disclosure interview the Student told the counselor she would "stab Kayla in the neck with the scissors from art" on Monday for telling people about the abuse; she named the art room shears (10-inch) and said she had already hidden a pair in her locker. A pair of shears was found in her locker.
    """),
    desc=d("""
    51A REPORT SUMMARY AND SAFETY ASSESSMENT (confidential - pasted for legal review)
    A 51A report was filed with DCF on {DATE} by the school counselor after the Student, {S}, disclosed physical abuse at home. In the same interview (approx. {TIME}) the Student said she would stab a named classmate with the art-room shears for spreading the story. A pair of 10-inch art-room shears was found in her locker.
    DCF screener's notes: household is Haitian; the mother holds TPS that expires next year and asked the counselor whether a report could affect it.
    """),
    mnc=["Haitian", "holds TPS"], mc="shears", mct=["10-inch", "art-room shears", "locker"],
    cats=["ethnicity", "immigration_status"], tags=["allow_threat", "report_51a"])

add(key="t-groupchat-arkham", grade=9, dec="allow", ground="credible_threat", lvl="hs", sex="m", time="08:00",
    loc="{SCH}, 3rd floor",
    ts=d("""
    In a group chat of about 40 ninth graders, the Student wrote "dont come to school tmrw im bringing the glizzy for the whole 3rd floor," then "not playing." "Glizzy" is slang for a Glock handgun.
    """),
    desc=d("""
    Chronology of events (Office of Safety Services)
    {DATE}, {TIME} - message quoted in the threat statement posted in a class group chat of about 40 students.
    +25 min - screenshots brought to the AP by three students.
    +40 min - Exhibit D: still from hallway camera 6 showing the sender, {S}, in a black "Arkham Asylum" hoodie at his locker; AP Murray knows the Student and confirmed it is him.
    +55 min - Student interviewed; admits sending the message and says his cousin has a Glock.
    Risk rating: HIGH.
    """),
    mnc=[], mc="Glock", mct=["Arkham Asylum", "about 40 students", "hallway camera 6"], cats=[],
    tags=["allow_threat", "chronology", "precision", "clean"])

add(key="t-holster-amharic", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="15:10",
    loc="{SCH}, conference room B",
    ts=d("""
    At the end of his suspension hearing the Student told the Hearing Officer, "you'll see me at your car, I got something for you," lifted his shirt to show an empty holster, and said "tomorrow it won't be empty."
    """),
    desc=d("""
    HEARING RECORD - POST-HEARING INCIDENT
    The hearing on the Student's prior suspension concluded on {DATE} at about {TIME}. As the Hearing Officer packed up, the Student, {S}, said "you'll see me at your car, I got something for you," lifted his shirt to show an empty nylon holster on his belt, and said "tomorrow it won't be empty." Two staff members witnessed it.
    Note: the Student's parents took part through an Amharic interpreter, who also heard the statement.
    """),
    mnc=["Amharic"], mc="holster", mct=["empty nylon holster", "tomorrow it won't be empty"], cats=["language"],
    tags=["allow_threat", "hearing_record"])

add(key="t-robotics-nationals", dec="allow", ground="credible_threat", lvl="hs", sex="f", time="16:20",
    loc="{SCH}, robotics lab",
    ts=d("""
    The Student messaged a robotics teammate: "if u take my spot at nationals i will shoot u in the parking lot, my stepdad keeps his pistol in the truck," and sent a photo of a pistol in a truck's center console.
    """),
    desc=d("""
    Team summary (threat assessment), {SCH}
    On {DATE} ({TIME}) the robotics coach was shown a direct message from {S} to a teammate who had been picked for the drive team at nationals in April. The message threatens to shoot the teammate in the parking lot and attaches a photo of a pistol in a pickup truck's center console. The Student confirmed her stepfather owns the truck and the pistol.
    Risk rating: MODERATE; parent meeting held; Student removed from the robotics team pending review.
    """),
    mnc=[], mc="pistol", mct=["nationals", "center console", "drive team"], cats=[],
    tags=["allow_threat", "tat_summary", "precision", "clean"])

add(key="t-evac-map-syria", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="18:40",
    loc="{SCH} (online post; map taken from Room 204)",
    ts=d("""
    The Student posted on Discord a photo of the school's evacuation map with red X marks on the two main exits and the caption "lock these and nobody gets out. soon." He has posted about "the plan" in the same server on three days.
    """),
    desc=d("""
    Threat Assessment Team - Findings
    Finding 1: On {DATE} at {TIME}, a parent forwarded a Discord screenshot posted by {S} ("the Student") showing the fire evacuation map from the Student's homeroom, with red X marks on both main exits, captioned "lock these and nobody gets out. soon."
    Finding 2: The evacuation map in Room 204 is missing from its frame.
    Finding 3: Earlier posts refer to "the plan" and "chains."
    Finding 4 (background): the family came from Syria in 2019 and has an asylum case pending; the Student has spoken about trauma from the war.
    Rating: HIGH.
    """),
    mnc=["Syria", "asylum"], mc="evacuation map", mct=["red X marks", "Room 204", "chains"],
    cats=["national_origin", "immigration_status"], tags=["allow_threat", "tat_summary"])

add(key="t-pipebomb-email", dec="allow", ground="credible_threat", lvl="hs", sex="f", time="09:30",
    loc="{SCH}, main office",
    ts=d("""
    An email sent at 6:58 a.m. from the Student's BPS account to the main office: "there is a pipe bomb in the auditorium and it goes off at 11. i am not joking this time." The Student earlier told a friend she had been watching videos on making pipe bombs.
    """),
    desc=d("""
    INCIDENT AND THREAT ASSESSMENT - abbreviated
    {DATE}: at 6:58 a.m. the main office received an email from the BPS account of {S} saying there is a pipe bomb in the auditorium set to go off at 11. BPD swept the building before entry; nothing was found. At {TIME} the Student was interviewed with her father and admitted sending it; a friend reports she has watched pipe-bomb tutorials this week.
    Risk rating: MODERATE (no device located; stated intent and research).
    """),
    extra={"ethnicity": "Vietnamese", "home_language": "Vietnamese", "sis_notes": "parent requests interpreter for all meetings"},
    mnc=["Vietnamese", "interpreter"], mc="pipe bomb", mct=["pipe bomb in the auditorium", "6:58 a.m."],
    cats=["ethnicity", "language"], tags=["allow_threat", "tat_summary", "structured_forbidden"])

add(key="t-chop-orchard-park", dec="allow", ground="credible_threat", lvl="hs", sex="m", time="15:05",
    loc="{SCH}, bus route 3",
    ts=d("""
    On the bus the Student told two students "bring the chop tomorrow and clear out the cafeteria at lunch," and showed them a video on his phone of a rifle standing in a closet. "Chop" is slang for a rifle.
    """),
    desc=d("""
    Safety plan review - threat summary
    On {DATE} at about {TIME} the bus monitor on route 3 reported that {S} told two younger students he would bring "the chop" and "clear out the cafeteria" at lunch the next day, and showed them a phone video of a rifle standing in a closet. The Student says the video is from TikTok, but the closet door matches a photo he posted earlier.
    Rating: HIGH.
    Case manager's note: the Student lives in the Orchard Park development (Eustis St building); the team thinks the rifle may belong to an older man in that building.
    """),
    mnc=["Orchard Park", "Eustis St"], mc="rifle", mct=["clear out the cafeteria", "route 3"],
    cats=["neighborhood"], tags=["allow_threat", "safety_plan"])

add(key="t-crossing-guard", dec="allow", ground="credible_threat", lvl="ms", sex="f", time="07:45",
    loc="{SCH}, front gate",
    ts=d("""
    The Student told the crossing guard outside the school, "tomorrow I'm bringing my dad's knife and I'm stabbing Ms. Rao in the throat," and repeated it to two 6th graders at the gate.
    """),
    desc=d("""
    Threat summary - {SCH}
    1. On {DATE} at {TIME} the crossing guard at the front gate reported that {S} said she would bring her father's knife and stab Ms. Rao, her homeroom teacher, who had given her detention.
    2. Two 6th graders heard the same statement and wrote witness statements (Exhibits 1 and 2).
    3. The Student's mother confirmed there is a large kitchen knife the Student has taken to her room before.
    4. Rating: MODERATE-HIGH.
    """),
    extra={"place_of_birth": "Port-au-Prince, Haiti"},
    mnc=["Port-au-Prince", "Haiti"], mc="knife", mct=["crossing guard", "front gate", "Exhibits 1 and 2"],
    cats=["national_origin"], tags=["allow_threat", "tat_summary", "precision", "structured_forbidden"])

# =====================================================================================
# ALLOW - serious violence (14)
# =====================================================================================
add(key="v-screwdriver", dec="allow", ground="serious_violence", lvl="hs", sex="m", time="10:55",
    school="Madison Park Technical Vocational High School", loc="{SCH}, auto shop",
    desc=d("""
    DECISION - SUSPENSION HEARING (M.G.L. c.71 s.37H)
    Findings of fact:
    1. On {DATE} at approximately {TIME} in the auto shop, the Student, {S}, stabbed a classmate ("the Complainant") in the upper left arm with a flat-head screwdriver after an argument over a tool bench.
    2. The Complainant required seven stitches at Boston Medical Center.
    3. The instructor and two students witnessed the assault.
    4. The Student's address of record, 221 Blue Hill Avenue, Apt 3, has been verified for the purpose of mailing this decision.
    """),
    mnc=["Blue Hill Avenue"], mc="screwdriver", mct=["flat-head screwdriver", "seven stitches", "upper left arm"],
    cats=["neighborhood"], tags=["allow_violence", "hearing_decision"])

add(key="v-stairwell-assault-51a", dec="allow", ground="serious_violence", lvl="hs", sex="m", time="13:20",
    loc="{SCH}, back stairwell",
    desc=d("""
    Summary of 51A filing and school findings (Title IX coordinator notified)
    On {DATE} at about {TIME}, the Complainant, a 10th-grade student, reported that the Student, {S}, pushed her into the corner of the back stairwell between the 2nd and 3rd floors, held her wrists, and forcibly touched her under her clothing while she told him to stop. A teacher heard her shouting and came to the landing; the Student ran. The nurse documented bruising on both wrists. The AP filed a 51A the same day because both students are minors.
    The Student's family is from the Dominican Republic; his parents read only Spanish and will need written notices translated.
    """),
    mnc=["Dominican Republic", "Spanish"], mc="held her wrists",
    mct=["back stairwell", "bruising on both wrists"], cats=["national_origin", "language"],
    tags=["allow_violence", "report_51a"])

add(key="v-orbital-temple", dec="allow", ground="serious_violence", lvl="hs", sex="m", time="11:45",
    loc="{SCH}, cafeteria",
    desc=d("""
    Hearing Officer's findings (paragraph form)
    ¶ 1. The Student, {S}, approached the Complainant from behind in the cafeteria on {DATE} ({TIME}) and struck him on the left temple with a closed fist wearing a heavy ring; the Complainant fell and the Student kicked him twice in the face.
    ¶ 2. The Complainant was taken to Boston Children's Hospital with a fractured orbital bone and a concussion.
    ¶ 3. Staff report the assault is believed to be retaliation involving the Woodrow Ave crew, with which the Student is suspected of being associated.
    """),
    mnc=["Woodrow Ave"], mc="fractured orbital bone", mct=["left temple", "kicked him twice", "heavy ring"],
    cats=["gang_affiliation"], tags=["allow_violence", "hearing_decision", "precision"])

add(key="v-chair-teacher-resident", dec="allow", ground="serious_violence", lvl="hs", sex="f", time="10:30",
    loc="{SCH}, Room 214",
    desc=d("""
    INCIDENT FINDINGS - assault on staff
    On {DATE} at {TIME}, the Student, {S}, threw a metal folding chair at Ms. Tran, a teacher resident in the Boston Teacher Residency program who was co-teaching the class. The chair struck Ms. Tran's head and shoulder; she briefly lost consciousness and was diagnosed with a concussion at Tufts Medical Center.
    The Student's mother (Cambodian-born, works nights) could not be reached until 6 p.m.
    """),
    mnc=["Cambodian"], mc="metal folding chair", mct=["teacher resident", "concussion", "head and shoulder"],
    cats=["national_origin"], tags=["allow_violence", "findings", "precision"])

add(key="v-bikelock-crews", dec="allow", ground="serious_violence", lvl="hs", sex="m", time="08:05",
    loc="{SCH}, bus stop in front of the school",
    desc=d("""
    Chronology prepared for the expulsion hearing - {DATE}
    08:05 - the Complainant gets off the 47 bus at the school stop.
    08:06 - three students including {S} surround him; the Student strikes him with a bike lock on a chain.
    08:07 - the Complainant falls and is kicked repeatedly. His right forearm is fractured (both bones) per Boston Medical Center.
    Exhibit C: photo of the item (U-lock and chain recovered from the sidewalk).
    Dean's note: this is the third incident this year attributed to the dispute between the Cathedral and Lenox crews; the Student is seen as a Lenox affiliate.
    """),
    mnc=["Cathedral", "Lenox"], mc="bike lock", mct=["47 bus", "right forearm", "U-lock and chain"],
    cats=["gang_affiliation"], tags=["allow_violence", "chronology"])

add(key="v-thigh-stab", dec="allow", ground="serious_violence", weapon="knife", lvl="hs", sex="m", time="14:20",
    loc="{SCH}, sidewalk at the main entrance",
    desc=d("""
    Findings adopted by the Principal
    (1) On {DATE} at {TIME}, on the sidewalk directly in front of the school's main entrance, the Student, {S}, stabbed another student once in the right thigh with a small kitchen knife during dismissal.
    (2) The wound required surgery to repair an artery; the injured student was hospitalized for three days.
    (3) The knife was recovered from a storm drain grate twenty feet away (Exhibit 5, photo).
    (4) The Student has not given a statement, on advice of counsel.
    """),
    extra={"religion": "Buddhist", "dietary": "vegetarian"},
    mnc=["Buddhist"], mc="kitchen knife", mct=["right thigh", "storm drain", "repair an artery"],
    cats=["religion"], tags=["allow_violence", "findings", "structured_forbidden"])

add(key="v-locker-mass-general", grade=[7, 8], dec="allow", ground="serious_violence", lvl="ms", sex="m", time="12:15",
    loc="{SCH}, 6th-grade locker bay",
    desc=d("""
    Excerpt - Superintendent's hearing packet, Statement of Facts
    On {DATE}, at approximately {TIME}, in the 6th-grade locker bay, the Student, {S}, grabbed a younger student by the hair and slammed his head into a locker door at least four times. The younger student had a seizure on the floor. He was taken by ambulance to Mass General for Children, where a skull fracture was ruled out but a brain bleed was found, and he was admitted for two nights.
    """),
    extra={"guardian": {"relationship": "aunt", "preferred_language": "Somali", "phone": "617-555-0143"}},
    mnc=["Somali"], mc="brain bleed", mct=["Mass General for Children", "four times", "seizure"],
    cats=["language"], tags=["allow_violence", "hearing_packet", "precision", "structured_forbidden"])

add(key="v-knuckles-teeth", dec="allow", ground="serious_violence", weapon="brass knuckles", lvl="hs", sex="m",
    time="09:05", loc="{SCH}, hallway outside Room 118",
    desc=d("""
    DECISION AFTER HEARING
    The Student ({S}) struck the Complainant in the mouth with brass knuckles on {DATE} at {TIME} in the hallway outside Room 118, knocking out two front teeth and splitting his lip (eleven stitches).
    The Student's father, a Brazilian national, attended and stated his son was provoked. The Hearing Officer does not find provocation established.
    """),
    mnc=["Brazilian"], mc="brass knuckles", mct=["two front teeth", "eleven stitches", "Room 118"],
    cats=["national_origin"], tags=["allow_violence", "hearing_decision"])

add(key="v-bus-monitor-wrist", dec="allow", ground="serious_violence", lvl="hs", sex="f", time="14:35",
    loc="{SCH}, bus loop",
    desc=d("""
    Transportation incident - findings
    On {DATE} at {TIME}, on bus 1124 stopped at the school loop, the Student, {S}, attacked the bus monitor, Mrs. Gallagher, after being told to sit down: she pulled Mrs. Gallagher down the bus steps by her coat and stomped on her hand. Mrs. Gallagher's right wrist was fractured and needed surgery (plate and screws).
    Per the transportation record the Student boards at the Franklin Field development stop.
    """),
    mnc=["Franklin Field"], mc="bus monitor", mct=["bus 1124", "right wrist", "plate and screws"],
    cats=["neighborhood"], tags=["allow_violence", "findings"])

add(key="v-strangulation-greencard", dec="allow", ground="serious_violence", lvl="hs", sex="m", time="12:50",
    loc="{SCH}, north stairwell",
    desc=d("""
    Excerpt from 209A affidavit (pasted) and school findings
    Plaintiff's affidavit: "On the stairs at school he put both hands around my neck and squeezed until I couldn't breathe and everything went dark."
    School findings: on {DATE} at {TIME}, video from the north stairwell shows the Student, {S}, with both hands on the Plaintiff's neck for about 12 seconds. The nurse documented petechiae around the Plaintiff's eyes and red marks on her neck; she was evaluated in the ED for strangulation.
    Defense counsel's letter (Exhibit F) asks the school to consider that the Student's green card application is pending.
    """),
    mnc=["green card"], mc="strangulation", mct=["12 seconds", "petechiae", "north stairwell"],
    cats=["immigration_status"], tags=["allow_violence", "order_209a"])

add(key="v-staircase-cantonese", dec="allow", ground="serious_violence", lvl="hs", sex="m", time="10:05",
    loc="{SCH}, south staircase",
    desc=d("""
    FINDINGS OF FACT (numbered as in the hearing record)
    7. At {TIME} on {DATE}, the Student, {S}, shoved a 9th grader (hereinafter "R.L.") from behind at the top of the south staircase.
    8. R.L. fell the full flight and struck his head on the landing; he sustained a skull fracture and was transported to Boston Children's Hospital.
    9. Witness statements (Exhibits G-J) agree the push was deliberate; the Student said "he had it coming."
    10. The Student's parents participated with a Cantonese interpreter; a translated copy of this decision will be mailed.
    """),
    mnc=["Cantonese", "interpreter"], mc="skull fracture", mct=["south staircase", "he had it coming"],
    cats=["language"], tags=["allow_violence", "hearing_decision"])

add(key="v-boxcutter-cheek", dec="allow", ground="serious_violence", weapon="box cutter", lvl="hs", sex="f",
    time="14:40", loc="{SCH}, 2nd-floor girls' locker room",
    desc=d("""
    Assistant Principal's statement for the 37H hearing
    I responded to the 2nd-floor girls' locker room at {TIME} on {DATE}. The Complainant was holding a towel to her right cheek. Witnesses said {S} ("the Student") cut her with a box cutter during an argument. The cut ran from the right cheekbone to the jaw and needed 22 stitches at Boston Medical Center.
    The Student was calm and said the Complainant had insulted her for being Puerto Rican.
    """),
    mnc=["Puerto Rican"], mc="box cutter", mct=["22 stitches", "right cheekbone", "girls' locker room"],
    cats=["ethnicity"], tags=["allow_violence", "statement"])

add(key="v-extinguisher-clean", dec="allow", ground="serious_violence", lvl="hs", sex="m", time="13:40",
    loc="{SCH}, outside Room 216",
    desc=d("""
    IN RE {S} - DECISION OF THE HEARING OFFICER
    Findings. (1) On {DATE} at {TIME}, the Student pulled the fire extinguisher from its bracket outside Room 216 and swung it at Mr. Odum, a math teacher, striking him in the ribs. (2) Mr. Odum suffered three fractured ribs, confirmed at Carney Hospital. (3) The Student ran from the building and was brought back by his mother two hours later.
    Conclusions. Assault with a dangerous weapon causing serious bodily injury; s.37H applies.
    """),
    mnc=[], mc="fire extinguisher", mct=["three fractured ribs", "Room 216"], cats=[],
    tags=["allow_violence", "hearing_decision", "clean"])

add(key="v-sink-group", dec="allow", ground="serious_violence", lvl="hs", sex="f", time="11:35",
    loc="{SCH}, 1st-floor bathroom",
    desc=d("""
    Chronology and exhibit list - group assault
    {TIME}, {DATE}: the Student, {S}, and two other girls follow the Complainant into the 1st-floor bathroom.
    +1 min: the Student pins the Complainant against the sink while another girl films on a phone.
    +2 min: the Student slams the Complainant's face into the sink edge; two front teeth are broken.
    Exhibit 1: phone video (obtained from the third girl).
    Exhibit 2: nurse's note and dental referral.
    Notes: the Student's mother communicated through a Haitian Creole-speaking paraprofessional.
    """),
    mnc=["Haitian"], mc="two front teeth", mct=["sink edge", "phone video", "dental referral"],
    cats=["language"], tags=["allow_violence", "chronology"])

# =====================================================================================
# ALLOW - drugs (11)
# =====================================================================================
add(key="d-m30-fentanyl", dec="allow", ground="drugs", subs=["fentanyl"], lvl="hs", sex="m", time="10:25",
    loc="{SCH}, 3rd-floor bathroom",
    desc=d("""
    DECISION - 37H HEARING (controlled substance)
    1. On {DATE} at {TIME}, a student reported that {S} ("the Student") was selling "percs" in the 3rd-floor bathroom.
    2. The AP and SSS found in the Student's waist bag a plastic bag of 27 blue pills stamped "M 30." BPD's field test on arrival was presumptive positive for fentanyl.
    3. The Student had $340 in cash in small bills.
    4. The Student lives with his grandmother near Egleston Square and was previously suspended for attendance.
    """),
    mnc=["Egleston"], mc="fentanyl", mct=["27 blue pills", "M 30", "$340"], cats=["neighborhood"],
    tags=["allow_drugs", "hearing_decision"])

add(key="d-cocaine-thc-mixed", dec="allow", ground="drugs", subs=["cocaine", "THC vape cartridge"], lvl="hs", sex="f",
    time="13:05", loc="{SCH}, gym hallway",
    desc=d("""
    Notice of suspension and summary of evidence
    On {DATE}, at about {TIME}, during a search based on reasonable suspicion (the Student was seen exchanging small bags near the gym), the AP found in the Student's makeup pouch: (a) four small knotted baggies of white powder that the Student called "coke," field-tested by BPD as cocaine; (b) one THC vape cartridge.
    The Student, {S}, admitted the cocaine was for sale.
    The mother, who is Guatemalan and speaks Spanish, was informed by phone through the Student's older sister.
    """),
    mnc=["Guatemalan", "Spanish"], mc="cocaine", mct=["makeup pouch", "four small knotted baggies"],
    cats=["ethnicity", "language"], tags=["allow_drugs", "notice", "mixed_substances"])

add(key="d-xanax-visa", dec="allow", ground="drugs", subs=["alprazolam (Xanax)"], lvl="hs", sex="m", time="12:05",
    loc="{SCH}, library",
    desc=d("""
    Findings of fact (hearing on the incident of {DATE})
    (i) At {TIME} SSS Kaplan saw the Student, {S}, hand a classmate a strip of white rectangular pills in the library in exchange for a $50 Visa gift card.
    (ii) The Student had 14 more bars in an Altoids tin, imprinted "XANAX 2," later confirmed as alprazolam by the BPD lab.
    (iii) The Student is not prescribed alprazolam. The buyer's statement is Exhibit 3.
    """),
    mnc=[], mc="alprazolam", mct=["Visa gift card", "Altoids tin", "14 more bars"], cats=[],
    tags=["allow_drugs", "findings", "precision", "clean"])

add(key="d-oxy-grandmother", dec="allow", ground="drugs", subs=["oxycodone"], lvl="hs", sex="f", time="11:55",
    loc="{SCH}, cafeteria",
    desc=d("""
    Summary prepared for the Office of Legal Advisor
    The Student, {S}, brought her grandmother's prescription bottle of oxycodone 10 mg (label in the grandmother's name) to school on {DATE} and gave two tablets to a friend in the cafeteria at about {TIME}. The friend became drowsy in 5th period and was taken to the nurse; naloxone was not needed. Nineteen tablets remained in the bottle.
    Family background from the counselor: the grandmother, who is the Student's guardian, is a deaconess at Morning Star Baptist Church and asked that the matter be handled privately.
    """),
    mnc=["Baptist", "Morning Star", "deaconess"], mc="oxycodone",
    mct=["oxycodone 10 mg", "Nineteen tablets", "5th period"], cats=["religion"],
    tags=["allow_drugs", "memo"])

add(key="d-molly-semiformal", dec="allow", ground="drugs", subs=["MDMA"], lvl="hs", sex="m", time="20:30",
    loc="{SCH}, lobby during the semi-formal",
    desc=d("""
    Incident narrative (Exhibit A to the hearing notice)
    At the school's semi-formal on {DATE}, at about {TIME}, chaperones found {S} handing out clear capsules of tan powder in the lobby. Twelve capsules were recovered from the inside pocket of his suit jacket; the Student said they were "molly." Two students who had taken capsules were evaluated by EMS for an elevated heart rate. BPD took the capsules for analysis.
    """),
    extra={"country_of_birth": "Colombia", "us_entry": "2021-07"},
    mnc=["Colombia"], mc="molly", mct=["Twelve capsules", "suit jacket", "semi-formal"],
    cats=["national_origin"], tags=["allow_drugs", "narrative_exhibit", "structured_forbidden"])

# psilocybin chocolate: an edible, but not a cannabis edible, so not excluded.
add(key="d-psilocybin-chocolate", dec="allow", ground="drugs", subs=["psilocybin"], lvl="hs", sex="m", time="09:50",
    loc="{SCH}, art room",
    desc=d("""
    Hearing decision (excerpt: Findings 1-4)
    1. On {DATE} at {TIME} SSS found in the Student's backpack three foil-wrapped chocolate bars labeled "Polkadot - Magic Belgian Chocolate - 4g."
    2. The Student, {S}, told the AP the bars contain psilocybin mushrooms and that he had sold squares to classmates for $10 each.
    3. One classmate was sent home after vomiting and hallucinating in art class.
    4. BPD was called; the bars were logged as suspected psilocybin.
    """),
    mnc=[], mc="psilocybin", mct=["Magic Belgian Chocolate", "foil-wrapped chocolate bars", "hallucinating"],
    cats=[], tags=["allow_drugs", "hearing_decision", "precision", "clean"])

add(key="d-heroin-glassine", dec="allow", ground="drugs", subs=["heroin", "fentanyl"], lvl="hs", sex="m", time="14:45",
    loc="{SCH}, basketball court fence",
    desc=d("""
    Chronology & exhibits (drug distribution on school grounds)
    {TIME}, {DATE} - a teacher sees the Student, {S}, passing small glassine bags to a non-student through the fence by the basketball court.
    +10 min - SSS stops the Student; 15 glassine bags stamped with a red crown are in his sock.
    Exhibit C: photo of the item (glassine bags, red crown stamp).
    Exhibit D: BPD drug lab presumptive result (heroin/fentanyl mixture).
    Dean's note: the Student is believed to be selling for the Annunciation Road crew; the non-student is a known member.
    """),
    mnc=["Annunciation Road"], mc="heroin", mct=["glassine bags", "red crown", "through the fence"],
    cats=["gang_affiliation"], tags=["allow_drugs", "chronology"])

add(key="d-lsd-vodka-mixed", dec="allow", ground="drugs", subs=["LSD", "vodka"], lvl="hs", sex="f", time="12:25",
    loc="{SCH}, west stairwell",
    desc=d("""
    Notice to parent under 603 CMR 53.06
    Charges: on {DATE} at {TIME}, {S} was found in the west stairwell with a small bottle of vodka and a sheet of blotter paper with 10 tabs, which she said were "acid" (LSD). A friend who had taken a tab earlier was found disoriented in the gym.
    Background for the hearing officer: the Student recently arrived from Brazil and is in her first year in a U.S. school.
    """),
    mnc=["recently arrived", "Brazil"], mc="LSD", mct=["blotter paper", "10 tabs", "disoriented in the gym"],
    cats=["national_origin"], tags=["allow_drugs", "notice", "mixed_substances"])

add(key="d-ketamine-adventist", dec="allow", ground="drugs", subs=["ketamine"], lvl="hs", sex="m", time="13:25",
    loc="{SCH}, boys' locker room",
    desc=d("""
    Findings (hearing officer)
    A. On {DATE} at about {TIME}, the Student, {S}, was found in the boys' locker room with a small vial of white powder and a rolled-up dollar bill; the Student said it was "K." BPD testing later identified ketamine.
    B. Another student stated he bought a "bump" from the Student for $20.
    C. The Student's parents, who are Seventh-day Adventists, asked that no hearing be scheduled on a Saturday.
    """),
    mnc=["Adventist"], mc="ketamine", mct=["small vial", "rolled-up dollar bill"], cats=["religion"],
    tags=["allow_drugs", "findings"])

add(key="d-clonazepam-russian", dec="allow", ground="drugs", subs=["clonazepam"], lvl="hs", sex="f", time="10:50",
    loc="{SCH}, Room 330",
    desc=d("""
    Incident report incorporated in the safety plan
    On {DATE} at {TIME} a teacher found the Student, {S}, and a friend slumped over in the back of Room 330. The friend said they had taken "Klonopin" from a blister pack the Student brought; the AP found in the Student's pencil case a blister pack with 6 of 10 clonazepam 1 mg tablets gone. Neither student has a prescription. Both were seen by EMS.
    Safety plan participants: the Student; her mother (Russian-speaking; written materials to be provided in Russian); the school nurse; the AP.
    """),
    mnc=["Russian"], mc="clonazepam", mct=["blister pack", "Room 330", "pencil case"], cats=["language"],
    tags=["allow_drugs", "safety_plan"])

add(key="d-cocaine-k8-51a", grade=8, dec="allow", ground="drugs", subs=["cocaine"], lvl="ms", sex="m", time="11:20",
    loc="{SCH}, playground",
    desc=d("""
    51A summary and school report
    On {DATE} at {TIME}, the Student, {S}, an 8th grader, showed classmates a plastic bag of white powder at recess and said it was his mother's partner's "coke." The teacher on duty confiscated it; BPD field-tested it positive for cocaine (about 3.5 grams).
    A 51A report was filed for neglect. The Student told the counselor he is afraid to go home because the mother's partner, who is undocumented, "will get sent back" if police come.
    """),
    mnc=["undocumented", "get sent back"], mc="cocaine", mct=["3.5 grams", "at recess"],
    cats=["immigration_status"], tags=["allow_drugs", "report_51a"])

# =====================================================================================
# DENY - ground not permitted (12)
# =====================================================================================
add(key="n-fight", grade=10, dec="deny", reason="ground_not_permitted", ground="fight", lvl="hs", sex="m", time="11:40",
    loc="{SCH}, cafeteria line",
    desc=d("""
    DECISION - SHORT-TERM SUSPENSION
    Findings: on {DATE} at {TIME} the Student, {S}, and another 10th grader exchanged punches in the cafeteria line for about 20 seconds before staff separated them. Neither student was injured beyond a red mark. The Student's mother attended with a Somali interpreter. Three-day suspension imposed.
    """),
    mnc=["Somali", "interpreter"], cats=["language"], tags=["deny_ground", "hearing_decision"])

add(key="n-theft-chromebooks", dec="deny", reason="ground_not_permitted", ground="theft", lvl="hs", sex="f", time="14:15",
    loc="{SCH}, library",
    desc=d("""
    Summary of evidence. The Student, {S}, is alleged to have taken four Chromebooks from the library cart on {DATE} (about {TIME}). Two were found at her home at 9 Maxwell St, Apt 1, when her mother returned them. The other two are missing. The School asks police to recover them and to consider charges.
    """),
    mnc=["Maxwell St"], cats=["neighborhood"], tags=["deny_ground", "summary"])

add(key="n-vandalism-tags", dec="deny", reason="ground_not_permitted", ground="vandalism", lvl="hs", sex="m",
    time="23:48", loc="{SCH}, gym exterior wall",
    desc=d("""
    Findings of fact:
    (1) Overnight on {DATE} the exterior wall of the gym was spray-painted with "4GS" and crossed-out rival names.
    (2) Exterior video shows the Student, {S}, and one other person with spray cans at {TIME}.
    (3) Staff identify "4GS" as a tag of the Greenleaf Street gang, which the Student is believed to run with.
    (4) Cleanup cost: $2,300.
    """),
    mnc=["4GS", "Greenleaf Street"], cats=["gang_affiliation"], tags=["deny_ground", "findings"])

add(key="n-gang-activity", dec="deny", reason="ground_not_permitted", ground="gang_activity", lvl="hs", sex="m",
    time="12:30", loc="{SCH}, courtyard",
    desc=d("""
    Threat Assessment Team - information referral.
    No weapon, threat or violence has been reported. The team shares, for awareness, that the Student, {S}, was seen wearing the colors of the Franklin Hill Giants and throwing hand signs in the courtyard on {DATE} at {TIME}, and that his older brother was recently arrested. We ask that BPD's youth violence unit add this to their file.
    """),
    mnc=["Franklin Hill"], cats=["gang_affiliation"], tags=["deny_ground", "tat_summary"])

add(key="n-truancy-cra", dec="deny", reason="ground_not_permitted", ground="truancy", lvl="hs", sex="f", time="09:00",
    school="Brighton High School", loc="Juvenile Court (CRA preliminary hearing)",
    desc=d("""
    COURT-INVOLVED YOUTH NOTICE - Child Requiring Assistance (M.G.L. c.119 s.39E)
    The school filed a CRA application for habitual truancy: {S} (the "Child") has 31 unexcused absences this year. At the preliminary hearing on {DATE} the Child's mother appeared with a Portuguese interpreter. The school asks BPD to conduct home checks at the family's apartment on Bennington St in East Boston.
    """),
    mnc=["Portuguese", "interpreter", "Bennington St", "East Boston"], cats=["language", "neighborhood"],
    tags=["deny_ground", "court_notice"])

add(key="n-trespass", dec="deny", reason="ground_not_permitted", ground="trespass", lvl="hs", sex="m", time="10:15",
    loc="{SCH}, side door and 2nd-floor hallway",
    desc=d("""
    No-trespass notice and incident. The Student, {S}, currently on long-term suspension, entered the building at {TIME} on {DATE} through a side door propped open by a friend and walked the halls for 20 minutes. No threat was made and no weapon was found. The school issued a written no-trespass notice, mailed to his grandmother's apartment in the Mildred Hailey development, where he stays.
    """),
    mnc=["Mildred Hailey"], cats=["neighborhood"], tags=["deny_ground", "notice"])

add(key="n-agency-inquiry", dec="deny", reason="ground_not_permitted", ground="agency_assistance", lvl="hs", sex="m",
    time="13:00", loc="{SCH}, main office (phone call)",
    desc=d("""
    Request for assistance. A federal officer called the main office on {DATE} at {TIME} asking whether the Student, {S}, is enrolled here, saying his asylum claim was denied and he has a final order of removal. The school asks BPD to advise whether to confirm enrollment and whether to share the Student's class schedule. No incident occurred at school.
    """),
    mnc=["asylum", "final order of removal"], cats=["immigration_status"], tags=["deny_ground", "request"])

add(key="n-258e-violation", dec="deny", reason="ground_not_permitted", ground="court_order_violation", lvl="hs",
    sex="f", time="11:50", loc="{SCH}, cafeteria",
    desc=d("""
    Excerpt from Harassment Prevention Order (c.258E) and report of violation: the Defendant (the Student, {S}) sat at the Plaintiff's lunch table on {DATE} at {TIME}, contrary to the stay-away term, and said nothing threatening. She left when asked. The Plaintiff's family asks the school to report the violation.
    Note: the Student's family is Cape Verdean; her father is a deacon at the Nazarene church.
    """),
    mnc=["Cape Verdean", "Nazarene", "deacon"], cats=["ethnicity", "religion"],
    tags=["deny_ground", "order_258e"])

add(key="n-suspicious-photos", dec="deny", reason="ground_not_permitted", ground="suspicious_behavior", lvl="hs",
    sex="m", time="15:20", loc="{SCH}, rear doors",
    desc=d("""
    Chronology.
    {TIME}, {DATE} - the Student, {S}, is seen photographing the rear doors of the building.
    +5 min - he says it is for a photography class assignment; the teacher confirms the assignment.
    No threat, no weapon. Staff remain uneasy because the Student recently converted to Islam and has been "keeping to himself."
    """),
    mnc=["Islam"], cats=["religion"], tags=["deny_ground", "chronology"])

add(key="n-info-only-plan", dec="deny", reason="ground_not_permitted", ground="information_only", lvl="ms", sex="f",
    time="08:40", loc="{SCH}, bus 77",
    desc=d("""
    Copy of safety plan provided for information. The Student, {S}, has been bullied on the bus since {DATE}; this plan adds an assigned seat and a morning check-in. No incident is alleged against the Student. The family speaks Vietnamese at home and the Student is an English learner.
    """),
    mnc=["Vietnamese", "English learner"], cats=["language"], tags=["deny_ground", "safety_plan"])

add(key="n-cyberbullying", dec="deny", reason="ground_not_permitted", ground="cyberbullying", lvl="hs", sex="m",
    time="16:00", loc="online (Instagram)",
    desc=d("""
    Findings: the Student, {S}, created an Instagram account mocking a classmate's weight and posted eleven edited photos up to {DATE}. There were no threats of violence. The classmate's parent asks for a police report. The Student's family came from Haiti last year on humanitarian parole.
    """),
    mnc=["Haiti", "humanitarian parole"], cats=["national_origin", "immigration_status"],
    tags=["deny_ground", "findings"])

add(key="n-assault-slap", dec="deny", reason="ground_not_permitted", ground="assault", lvl="hs", sex="f", time="10:35",
    loc="{SCH}, 2nd-floor hallway",
    desc=d("""
    Hearing decision: at {TIME} on {DATE} the Student, {S}, pulled another student's braids and slapped her once in the hallway. The nurse found no injury. The Student is Ethiopian and her family lives near Roxbury Crossing.
    """),
    mnc=["Ethiopian", "Roxbury Crossing"], cats=["ethnicity", "neighborhood"], tags=["deny_ground", "hearing_decision"])

# =====================================================================================
# DENY - excluded substances (7)
# =====================================================================================
add(key="e-thc-carts", dec="deny", reason="excluded_substance", ground="drugs", subs=["THC vape cartridges"], lvl="hs",
    sex="m", time="12:40", loc="{SCH}, 2nd-floor bathroom",
    desc=d("""
    DECISION - 37H3/4 HEARING
    1. On {DATE} at {TIME} the Student, {S}, was found with six THC vape cartridges ("Cookies" brand packaging) in his backpack and admitted selling them for $25 each.
    2. The Student lives in the Mission Main development and was referred to the school's substance use counselor.
    """),
    mnc=["Mission Main"], cats=["neighborhood"], tags=["deny_substance", "hearing_decision"])

add(key="e-gummies", grade=7, dec="deny", reason="excluded_substance", ground="drugs", subs=["cannabis edibles"], lvl="ms",
    sex="f", time="13:10", loc="{SCH}, Room 12",
    desc=d("""
    Incident summary for the re-entry meeting: on {DATE} at {TIME}, three 7th graders became dizzy after eating gummies the Student, {S}, shared from a bag labeled "THC 10mg per piece." The nurse monitored them and called parents. The Student's mother speaks only Arabic and the meeting will be held with a phone interpreter.
    """),
    mnc=["Arabic", "phone interpreter"], cats=["language"], tags=["deny_substance", "summary"])

add(key="e-vodka", dec="deny", reason="excluded_substance", ground="drugs", subs=["vodka"], lvl="hs", sex="m",
    time="09:25", loc="{SCH}, Room 240",
    desc=d("""
    Findings of fact: (1) On {DATE} at {TIME} the teacher smelled alcohol and found that the Student's water bottle held vodka. (2) The Student, {S}, was visibly impaired and was sent to the nurse. (3) Staff believe the Student is a member of the Seaver Street crew and ask that this be noted.
    """),
    mnc=["Seaver Street"], cats=["gang_affiliation"], tags=["deny_substance", "findings"])

add(key="e-zyn", dec="deny", reason="excluded_substance", ground="drugs", subs=["nicotine pouches"], lvl="hs", sex="f",
    time="10:45", loc="{SCH}, Room 101",
    desc=d("""
    Notice of suspension: on {DATE} at {TIME} the Student, {S}, was selling ZYN nicotine pouches (6 mg) to classmates for $2 each; 3 cans were found in her locker.
    """),
    extra={"ethnicity": "Hispanic/Latino", "race": "White"},
    mnc=["Hispanic"], cats=["ethnicity"], tags=["deny_substance", "notice", "structured_forbidden"])

add(key="e-unknown-vape", dec="deny", reason="excluded_substance", ground="drugs", subs=["vape (contents unknown)"],
    lvl="hs", sex="m", time="11:10", loc="{SCH}, 1st-floor bathroom",
    desc=d("""
    Chronology: {TIME} {DATE} - the bathroom vape sensor alarms; +3 min - SSS finds the Student, {S}, holding a black vape pen; the device was not tested and the Student will not say what is in it. Background: the Student is from an Orthodox Jewish family and has been absent on holy days.
    """),
    mnc=["Jewish", "holy days"], cats=["religion"], tags=["deny_substance", "chronology"])

add(key="e-blunt-seltzer", dec="deny", reason="excluded_substance", ground="drugs",
    subs=["marijuana (blunts)", "hard seltzer"], lvl="hs", sex="m", time="15:30", loc="{SCH}, athletic field bleachers",
    desc=d("""
    Hearing decision: on {DATE} at {TIME}, after a game, the Student, {S}, and two friends were found under the bleachers with two rolled blunts and a six-pack of hard seltzer. Background from counsel: the Student's family is here on a visa overstay and fears any police contact.
    """),
    mnc=["visa overstay"], cats=["immigration_status"], tags=["deny_substance", "hearing_decision"])

add(key="e-juul-wax", dec="deny", reason="excluded_substance", ground="drugs", subs=["Juul pods", "THC wax"], lvl="hs",
    sex="f", time="12:20", loc="{SCH}, girls' locker room",
    desc=d("""
    Summary: on {DATE} at {TIME} the Student, {S}, was found with two Juul pods and a small jar of THC wax in her gym bag. The Student is Chinese-American and lives with her aunt at 15 Oak St in Chinatown.
    """),
    mnc=["Chinese", "Oak St", "Chinatown"], cats=["ethnicity", "neighborhood"], tags=["deny_substance", "summary"])

# =====================================================================================
# DENY - recipient not permitted (7)
# =====================================================================================
add(key="r-bric-knife", dec="deny", reason="recipient_not_permitted", rcp="bric", ground="weapon", weapon="knife",
    lvl="hs", sex="m", time="08:50", loc="{SCH}, locker 1140",
    desc=d("""
    Findings: on {DATE} at {TIME} a folding knife with a 4-inch blade was found in the Student's locker (#1140) during a search based on a tip. The Student, {S}, is believed to be associated with the Intervale crew.
    """),
    mnc=["Intervale"], cats=["gang_affiliation"], tags=["deny_recipient", "findings"])

add(key="r-ice-fentanyl", dec="deny", reason="recipient_not_permitted", rcp="ice/ero-boston", ground="drugs",
    subs=["fentanyl"], lvl="hs", sex="m", time="13:35", loc="{SCH}, 3rd-floor bathroom",
    desc=d("""
    DECISION - 37H HEARING: on {DATE} at {TIME} the Student, {S}, was found with 12 counterfeit "M 30" pills that field-tested positive for fentanyl. Staff note the Student has "no papers" according to his older brother.
    """),
    mnc=["no papers"], cats=["immigration_status"], tags=["deny_recipient", "hearing_decision"])

add(key="r-fusion-threat", dec="deny", reason="recipient_not_permitted", rcp="commonwealth-fusion-center",
    ground="credible_threat", lvl="hs", sex="m", time="09:45", loc="{SCH}, Room 310",
    ts=d("""
    The Student wrote on his desk "I'm shooting up this class on the 14th" and told a classmate he has his cousin's gun at home.
    """),
    desc=d("""
    TAT summary: on {DATE} at {TIME} a teacher found "I'm shooting up this class on the 14th" written on the Student's desk; the Student, {S}, admitted writing it and said his cousin's gun is at home. Risk: HIGH. Background: the family arrived from Afghanistan in 2022 and speaks Pashto at home.
    """),
    mnc=["Afghanistan", "Pashto"], cats=["national_origin", "language"], tags=["deny_recipient", "tat_summary"])

add(key="r-hsi-firearm", dec="deny", reason="recipient_not_permitted", rcp="dhs/hsi-boston", ground="weapon",
    weapon="firearm", lvl="hs", sex="m", time="12:00", loc="{SCH}, gym locker room",
    desc=d("""
    Chronology: {TIME} {DATE} - a loaded .22 revolver is found in the Student's gym bag; the Student, {S}, says he found it. Note: his mother holds a U visa as a crime victim.
    """),
    mnc=["U visa"], cats=["immigration_status"], tags=["deny_recipient", "chronology"])

add(key="r-mbta-violence", dec="deny", reason="recipient_not_permitted", rcp="mbta-transit-police",
    ground="serious_violence", lvl="hs", sex="f", time="14:50", loc="Orange Line platform near the school",
    desc=d("""
    Incident findings: on {DATE} at {TIME}, on the Orange Line platform after dismissal, the Student, {S}, hit another student in the head with a glass bottle; the other student needed 9 staples to the scalp. The Student's family is Jamaican.
    """),
    mnc=["Jamaican"], cats=["ethnicity"], tags=["deny_recipient", "findings"])

add(key="r-private-security", dec="deny", reason="recipient_not_permitted", rcp="allied-universal-security",
    ground="drugs", subs=["oxycodone"], lvl="hs", sex="m", time="10:05", loc="{SCH}, parking lot",
    desc=d("""
    Summary for the building's contracted security vendor: on {DATE} at {TIME} the Student, {S}, sold two oxycodone 30 mg tablets in the parking lot. The Student lives above a store in Nubian Square.
    """),
    mnc=["Nubian Square"], cats=["neighborhood"], tags=["deny_recipient", "summary"])

add(key="r-state-police", dec="deny", reason="recipient_not_permitted", rcp="massachusetts-state-police",
    ground="weapon", weapon="knife", lvl="hs", sex="f", time="07:40", loc="{SCH}, front entrance",
    desc=d("""
    Notice: on {DATE} at {TIME} a kitchen knife was found in the Student's backpack at the entrance screening. The Student, {S}, is Ukrainian and came to Boston through Uniting for Ukraine.
    """),
    mnc=["Ukrainian", "Uniting for Ukraine"], cats=["ethnicity", "immigration_status"],
    tags=["deny_recipient", "notice"])

# =====================================================================================
# DENY - missing threat statement (4)
# =====================================================================================
add(key="m-no-ts-nepali", dec="deny", reason="missing_threat_statement", ground="credible_threat", lvl="hs", sex="m",
    time="13:45", loc="{SCH}, Room 120",
    desc=d("""
    THREAT ASSESSMENT TEAM - SUMMARY
    Risk rating: HIGH. On {DATE} at {TIME} the Student, {S}, told classmates in Room 120 that he would "bring the strap Monday and light this room up." Parent meeting held with a Nepali interpreter.
    """),
    mnc=["Nepali"], cats=["language"], tags=["deny_threat_missing", "tat_summary"])

add(key="m-empty-ts-fidelis", dec="deny", reason="missing_threat_statement", ground="credible_threat", ts="",
    lvl="hs", sex="f", time="11:00", loc="{SCH}, 2nd-floor hallway",
    desc=d("""
    Safety plan addendum: on {DATE} at {TIME} the Student, {S}, said in the hallway she would stab the girl who posted her photo. The Student lives in the Fidelis Way development with her grandmother.
    """),
    mnc=["Fidelis Way"], cats=["neighborhood"], tags=["deny_threat_missing", "safety_plan"])

add(key="m-no-ts-hindu", dec="deny", reason="missing_threat_statement", ground="credible_threat", lvl="hs", sex="m",
    time="09:10", loc="{SCH}, counseling office",
    desc=d("""
    51A follow-up and threat summary: on {DATE} at {TIME}, after a 51A was filed, the Student, {S}, told the counselor he would "make sure" the classmate who reported him "doesn't make it to graduation." The family is Hindu and asked for meetings to avoid festival days.
    """),
    mnc=["Hindu", "festival days"], cats=["religion"], tags=["deny_threat_missing", "report_51a"])

add(key="m-no-ts-kilmarnock", dec="deny", reason="missing_threat_statement", ground="credible_threat", lvl="hs",
    sex="m", time="15:15", loc="{SCH}, bus loop",
    desc=d("""
    Chronology: {TIME}, {DATE} - at the bus loop the Student, {S}, tells a 9th grader "you're done, tomorrow." Exhibit A: SSS narrative. Staff note: the Student is a suspected member of the Kilmarnock Boys.
    """),
    mnc=["Kilmarnock"], cats=["gang_affiliation"], tags=["deny_threat_missing", "chronology"])

# =====================================================================================
# DENY - face surveillance (4)
# =====================================================================================
add(key="f-briefcam-knife", dec="deny", reason="face_surveillance", ground="weapon", weapon="knife", lvl="hs",
    sex="m", time="12:55", loc="{SCH}, east stairwell",
    desc=d("""
    Chronology with exhibits: {TIME}, {DATE} - an unknown male is seen on camera 9 holding a knife in the east stairwell. A BriefCam facial comparison run by the district identified the male as the Student, {S}, with 94% similarity (Exhibit D: match report). The knife was later found in his locker.
    """),
    att=[{"kind": "face_match", "name": "Exhibit D - match report.pdf"}, {"kind": "photo", "name": "Exhibit C - photo of the item.jpg"}],
    mnc=["BriefCam", "94% similarity"], cats=["face_surveillance"], tags=["deny_face", "chronology"])

add(key="f-clearview-threat", dec="deny", reason="face_surveillance", ground="credible_threat", lvl="hs", sex="f",
    time="10:30", loc="{SCH}, 3rd-floor bathroom",
    ts=d("""
    A note reading "3rd floor gets shot friday" was left on the bathroom mirror.
    """),
    desc=d("""
    TAT summary: on {DATE} at {TIME} a note reading "3rd floor gets shot friday" was found on the bathroom mirror. The person leaving the bathroom on the hallway camera was identified as the Student, {S}, by running the still through Clearview AI, which matched her Instagram profile. The Student is Salvadoran.
    """),
    mnc=["Clearview", "Salvadoran"], cats=["face_surveillance", "ethnicity"], tags=["deny_face", "tat_summary"])

add(key="f-yearbook-request", dec="deny", reason="face_surveillance", ground="serious_violence", lvl="hs", sex="m",
    time="15:25", loc="{SCH}, parking lot",
    desc=d("""
    Findings and request: on {DATE} at {TIME} four students beat a 10th grader in the parking lot, fracturing his jaw. Three are identified, including the Student, {S}. We ask BPD to run the attached yearbook photos of the grade through the department's facial recognition system to identify the fourth attacker. The Student's family is Hmong.
    """),
    att=[{"kind": "photo", "name": "yearbook_grade10_pages_4-9.jpg"}],
    mnc=["Hmong"], cats=["face_surveillance", "ethnicity"], tags=["deny_face", "findings"])

add(key="f-rekognition-field", dec="deny", reason="face_surveillance", ground="drugs", subs=["fentanyl"], lvl="hs",
    sex="m", time="13:15", loc="{SCH}, side entrance",
    desc=d("""
    Summary of evidence: on {DATE} at {TIME} a bag of 20 pressed pills that field-tested positive for fentanyl was dropped at the side entrance. The Student, {S}, is identified as the person who dropped it (see the identification record in the student file).
    """),
    extra={"identification": {"method": "face match", "vendor": "Rekognition", "score": 0.91,
                              "matched_to": "booking photo 22-1187"}},
    mnc=["Rekognition", "booking photo 22-1187"], cats=["face_surveillance"],
    tags=["deny_face", "summary", "structured_forbidden"])

# =====================================================================================
# DENY - replica, BB, airsoft: need a named approver's determination (4)
# =====================================================================================
add(key="o-replica-oromo", dec="deny", reason="other", ground="weapon", weapon="replica handgun", lvl="hs", sex="m",
    time="08:35", loc="{SCH}, front steps",
    desc=d("""
    Findings: on {DATE} at {TIME} the Student, {S}, showed a replica Glock (orange tip removed) to friends on the front steps. It is a non-firing replica. His parents speak Oromo and will need an interpreter for the hearing.
    """),
    mnc=["Oromo"], cats=["language"], tags=["deny_replica", "findings"])

add(key="o-bbgun-grovehall", dec="deny", reason="other", ground="weapon", weapon="BB gun", lvl="ms", sex="m",
    time="14:25", loc="{SCH}, playground",
    desc=d("""
    Chronology: {TIME}, {DATE} - the Student, {S}, fires a Daisy BB gun at a fence post on the playground; no one is hit. Exhibit C: photo of the item. Address on file: Grove Hall, Blue Hill Ave side.
    """),
    mnc=["Grove Hall", "Blue Hill Ave"], cats=["neighborhood"], tags=["deny_replica", "chronology"])

add(key="o-airsoft-rifle", dec="deny", reason="other", ground="weapon", weapon="airsoft rifle", lvl="hs", sex="m",
    time="07:55", loc="{SCH}, student parking lot",
    desc=d("""
    Notice: on {DATE} at {TIME} an airsoft rifle (black, full-size, orange muzzle painted over) was seen in the back seat of the Student's car. The Student, {S}, says it is for a field game with his youth group at the Latter-day Saints ward.
    """),
    mnc=["Latter-day Saints"], cats=["religion"], tags=["deny_replica", "notice"])

add(key="o-airsoft-pistol-clean", dec="deny", reason="other", ground="weapon", weapon="airsoft pistol", lvl="hs",
    sex="f", time="12:15", loc="{SCH}, cafeteria",
    desc=d("""
    SAFETY PLAN - precipitating event: on {DATE} at {TIME} the Student, {S}, brought an airsoft pistol to lunch and pointed it at a table of students as a "joke." No one was hurt. The plan adds a daily bag check.
    """),
    mnc=[], cats=[], tags=["deny_replica", "safety_plan", "clean"])


# =====================================================================================
# building
# =====================================================================================
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def school_day():
    start = dt.date(2025, 9, 8)
    end = dt.date(2026, 6, 12)
    while True:
        day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        if day.weekday() < 5 and not (dt.date(2025, 12, 22) <= day <= dt.date(2026, 1, 2)) \
                and not (dt.date(2026, 2, 16) <= day <= dt.date(2026, 2, 20)) \
                and not (dt.date(2026, 4, 20) <= day <= dt.date(2026, 4, 24)):
            return day


def offset(day):
    # US Eastern: DST ends 2025-11-02 and starts 2026-03-08
    return "-05:00" if dt.date(2025, 11, 2) <= day < dt.date(2026, 3, 8) else "-04:00"


def fmt_time(hhmm):
    h, m = map(int, hhmm.split(":"))
    suffix = "a.m." if h < 12 else "p.m."
    return f"{(h % 12) or 12}:{m:02d} {suffix}"


def dob_for(grade):
    y0 = 2025 - grade - 6
    start = dt.date(y0, 9, 1)
    return (start + dt.timedelta(days=rng.randint(0, 364))).isoformat()


def all_canaries():
    out = []
    for c in C:
        out += c.get("mnc", [])
    return [fold(x) for x in out]


CANARIES = all_canaries()
used_names, used_ids = set(), set()


def pick_name(sex, forbidden):
    firsts = FIRST_M if sex == "m" else FIRST_F
    while True:
        f, l = rng.choice(firsts), rng.choice(LAST)
        name = f"{f} {l}"
        low = fold(name)
        if name in used_names or any(k in low or low in k for k in forbidden):
            continue
        if any(fold(f) in k or fold(l) in k for k in forbidden):
            continue
        used_names.add(name)
        return f, l, name


def fill(s, v):
    for k, val in v.items():
        s = s.replace("{" + k + "}", val)
    assert not re.search(r"\{[A-Z]+\}", s), s
    return s


def build(spec, cid):
    lvl = spec["lvl"]
    school = spec.get("school") or rng.choice(HS if lvl == "hs" else MS)
    canaries = [fold(x) for x in spec.get("mnc", [])]
    # never let a canary hide inside a released field: reroll the school if needed
    while any(k in fold(school) for k in canaries):
        school = rng.choice(HS if lvl == "hs" else MS)
    grade = spec.get("grade") or (rng.choice([9, 10, 11, 12]) if lvl == "hs" else rng.choice([6, 7, 8]))
    if isinstance(grade, list):
        grade = rng.choice(grade)
    first, last, name = pick_name(spec["sex"], CANARIES)
    day = school_day()
    when = f"{day.isoformat()}T{spec['time']}:00{offset(day)}"
    v = {"S": name, "F": first, "L": last, "SCH": school, "G": str(grade),
         "DATE": f"{day.strftime('%B')} {day.day}, {day.year}", "TIME": fmt_time(spec["time"])}
    while True:
        sid = str(rng.randint(100000, 999999))
        if sid not in used_ids:
            used_ids.add(sid)
            break
    student = {"student_id": sid, "name": name, "date_of_birth": dob_for(grade), "grade": grade, "school": school}
    for k, val in (spec.get("extra") or {}).items():
        student[k] = val
    req = {"request_id": cid, "school_id": SCHOOL_IDS[school],
           "recipient": spec.get("rcp") or rng.choice(BPD), "ground": spec["ground"]}
    if spec.get("subs"):
        req["substances"] = list(spec["subs"])
    if spec.get("weapon"):
        req["weapon"] = spec["weapon"]
    if "ts" in spec:
        req["threat_statement"] = fill(spec["ts"], v)
    req["incident"] = {"occurred_at": when, "location": fill(spec["loc"], v), "description": fill(spec["desc"], v)}
    req["student"] = student
    if spec.get("att"):
        req["attachments"] = spec["att"]
    allow = spec["dec"] == "allow"
    expect = {"decision": spec["dec"]}
    if not allow:
        expect["reason"] = spec["reason"]
    expect.update({
        "must_not_contain": list(spec.get("mnc", [])),
        "must_contain": [name, school, spec["mc"]] if allow else [],
        "must_contain_text": list(spec.get("mct", [])) if allow else [],
        "categories": list(spec.get("cats", [])),
        "tags": [TAG] + list(spec.get("tags", [])),
    })
    sanity(spec, req, expect)
    return {"id": cid, "request": req, "expect": expect}


def sanity(spec, req, e):
    """Author-side checks beyond the validator: labels must be fair to any implementation."""
    released = fold(" ".join([req["incident"]["location"], req.get("weapon", ""), " ".join(req.get("substances", [])),
                              req["ground"], req["recipient"], req["school_id"]]
                             + [str(req["student"][k]) for k in ("student_id", "name", "date_of_birth", "grade", "school")]))
    for k in e["must_not_contain"]:
        assert fold(k) in fold(json.dumps(req, ensure_ascii=False)), (spec["key"], k)
        assert fold(k) not in released, (spec["key"], "canary in a released field", k)
        for code in ("immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
                     "gang_affiliation", "face_surveillance", "not_allowlisted"):
            assert fold(k) not in code, (spec["key"], k, code)
        for good in e["must_contain"] + e["must_contain_text"]:
            assert fold(k) not in fold(good) and fold(good) not in fold(k), (spec["key"], k, good)
    desc = fold(req["incident"]["description"])
    for t in e["must_contain_text"] + e["must_contain"][2:]:
        assert fold(t) in desc, (spec["key"], t)
    if e["decision"] == "allow":
        assert req["ground"] in ("weapon", "serious_violence", "credible_threat", "drugs"), spec["key"]
        assert req["recipient"] == "bpd" or req["recipient"].startswith("bpd/"), spec["key"]
        if req["ground"] == "credible_threat":
            assert req.get("threat_statement", "").strip(), spec["key"]
        assert not any(a["kind"] == "face_match" for a in req.get("attachments", [])), spec["key"]
    if spec.get("cats") is not None and e["must_not_contain"]:
        assert e["categories"], spec["key"]


def main():
    assert len(C) == 100, len(C)
    assert len({c["key"] for c in C}) == 100
    order = list(range(len(C)))
    rng.shuffle(order)
    lines = []
    for n, i in enumerate(order, 1):
        lines.append(build(C[i], f"{PREFIX}-{n:04d}"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for case in lines:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    allow = sum(1 for c in lines if c["expect"]["decision"] == "allow")
    print(f"wrote {len(lines)} cases to {OUT} ({allow} allow, {len(lines) - allow} deny)")


if __name__ == "__main__":
    main()
