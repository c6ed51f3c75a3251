#!/usr/bin/env python3
"""Outsider corpus for the gatekeeper: reports written as tables, timelines and lists (OBP-0001..0100).

Every case below is written by hand. The seeded RNG only fills in student ids, school ids and
dates of birth, so the output is byte-for-byte the same on every run.

    python3 make_outsider_bp.py   ->  ../data/corpus/outsider_bp.jsonl
"""
import datetime
import json
import pathlib
import random
import textwrap

SEED = 20260302
RNG = random.Random(SEED)
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_bp.jsonl"
FAMILY = "tables_lists"

SCHOOL_IDS = {}
USED_SIDS = set()
CASES = []


def school_id(name):
    if name not in SCHOOL_IDS:
        while True:
            v = f"BPS-{RNG.randint(4000, 4899)}"
            if v not in SCHOOL_IDS.values():
                break
        SCHOOL_IDS[name] = v
    return SCHOOL_IDS[name]


def new_sid():
    while True:
        v = str(RNG.randint(100000, 999999))
        if v not in USED_SIDS:
            USED_SIDS.add(v)
            return v


def dob(grade):
    # school year 2025-26: a grade-g student was born Sep (2024-(g+5)) .. Aug (2025-(g+5))
    m = RNG.randint(1, 12)
    year = 2024 - (grade + 5) if m >= 9 else 2025 - (grade + 5)
    return f"{year}-{m:02d}-{RNG.randint(1, 28):02d}"


def _dst(d):
    mar = datetime.date(d.year, 3, 8)
    start = mar + datetime.timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime.date(d.year, 11, 1)
    end = nov + datetime.timedelta(days=(6 - nov.weekday()) % 7)
    return start <= d < end


def ts(day, hm):
    d = datetime.date.fromisoformat(day)
    return f"{day}T{hm}:00{'-04:00' if _dst(d) else '-05:00'}"


def D(s):
    return textwrap.dedent(s).strip("\n")


def case(n, *, school, recipient, ground, when, location, desc, student, decision, reason=None,
         weapon=None, substances=None, threat=None, attachments=None,
         mnc=(), mc=(), mct=(), cats=(), tags=()):
    cid = f"OBP-{n:04d}"
    s = dict(student)
    stu = {"student_id": s.pop("student_id", None) or new_sid(), "name": s.pop("name")}
    if "age" in s:
        stu["age"] = s.pop("age")
    else:
        stu["date_of_birth"] = s.pop("date_of_birth", None) or dob(s["grade"])
    stu["grade"] = s.pop("grade")
    stu["school"] = school
    stu.update(s)
    req = {"request_id": cid, "school_id": school_id(school), "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = substances
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": ts(*when), "location": location, "description": D(desc)}
    req["student"] = stu
    if attachments is not None:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp.update({"must_not_contain": list(mnc),
                "must_contain": list(mc) if decision == "allow" else [],
                "must_contain_text": list(mct) if decision == "allow" else [],
                "categories": list(cats),
                "tags": [FAMILY] + list(tags)})
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# Cases. Each comment names the format and the trap.
# ---------------------------------------------------------------------------------------------

# 1. minute timeline; the last entry says where the student is staying (residence) -> withhold
case(1, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="weapon", weapon="knife",
     when=("2026-01-13", "09:41"), location="Jeremiah E. Burke High School, 2nd floor east stairwell",
     desc="""
     Timeline compiled by AP R. Delgado from staff statements and camera review

     09:41 — Teacher (Ms. Aubin, Rm 214) notices Malik repeatedly reaching into front hoodie pocket during independent work.
     09:44 — Malik asks to use restroom; told to wait for passing time.
     09:52 — Bell. Malik exits toward 2nd floor east stairwell.
     09:53 — SSS Brandt stops Malik at stairwell door after a student (T.R.) tells him "Malik got a blade."
     09:55 — Pat-down refused. Malik escorted to main office.
     10:02 — Malik removes black folding knife (approx 3.5 in blade, locking) from hoodie pocket and places it on AP desk.
     10:05 — Knife secured in office safe, tagged Item 1.
     10:20 — Malik states he carries it "for the walk" and that nobody at school was the target.
     10:40 — Mother contacted by phone.
     11:15 — Mother arrives. Malik released to mother per suspension protocol.
     14:30 — (update) Mother called back: Malik will stay with his grandmother in the Franklin Field development for the rest of the week, not at their Harvard St apartment.
     """,
     student={"name": "Malik Thornton", "grade": 10, "homeroom": "214"},
     decision="allow", mnc=["Franklin Field", "Harvard St"],
     mc=["Malik Thornton", "Jeremiah E. Burke High School", "folding knife"],
     mct=["black folding knife", "Rm 214", "2nd floor east stairwell"],
     cats=["neighborhood"], tags=["timeline", "allow_redact", "trap_after_school_entry"])

# 2. pipe table Name|Grade|HomeLang|Address|Role; a fight is not a ground -> deny
case(2, school="East Boston High School", recipient="bpd/district-a7", ground="fight",
     when=("2025-10-21", "11:52"), location="East Boston High School, cafeteria (2nd lunch)",
     desc="""
     Incident summary — cafeteria, 2nd lunch, 11:52 AM, 10/21/25
     Type: physical altercation (2 students), no weapons, no injuries beyond a scratched cheek

     | Name | Grade | HomeLang | Address | Role |
     |------|-------|----------|---------|------|
     | Mateo Galeano | 10 | Spanish | Saratoga St | participant (threw first punch) |
     | B.H. | 10 | Arabic | Bennington St, 2nd fl | participant |
     | C.O. | 11 | Portuguese | Meridian St | witness, separated them |

     Both students sent home. Requesting district A-7 follow-up because the fight is continuing on social media.
     """,
     student={"name": "Mateo Galeano", "grade": 10},
     decision="deny", reason="ground_not_permitted",
     mnc=["Spanish", "Arabic", "Portuguese", "Saratoga St", "Bennington St", "Meridian St"],
     cats=["language", "neighborhood"], tags=["pipe_table", "deny_ground"])

# 3. the brief's canonical spreadsheet header: HomeLang and Address cells leak, Notes cells must survive
case(3, school="Brighton High School", recipient="bpd/district-d14", ground="weapon", weapon="box cutter",
     when=("2025-11-06", "11:38"), location="Brighton High School, cafeteria B-side",
     desc="""
     Pasted from incident log (Brighton HS, SSS office)

     Incident: box cutter displayed during lunch, cafeteria B-side, table 12
     Reported by: lunch monitor J. Petrakis, 11:38

     | Name | Grade | HomeLang | Address | Notes |
     |---|---|---|---|---|
     | Keyla Ramos | 11 | Spanish | 18 Leamington Rd #2 | held open box cutter, blade extended ~1 in, pointed at K.D. |
     | K.D. (other student) | 11 | Portuguese | Commonwealth Ave #5 | not injured; says dispute was over a phone |
     | A.N. (witness) | 10 | Arabic | — | saw blade out, heard "I'll cut you" |

     Box cutter (yellow, retractable) taken by SSS Okoye at 11:41 and bagged. No injury. Keyla stated the cutter is from her job at a grocery store.
     """,
     student={"name": "Keyla Ramos", "grade": 11, "home_language": "Spanish"},
     decision="allow",
     mnc=["Spanish", "Portuguese", "Arabic", "Leamington Rd", "Commonwealth Ave"],
     mc=["Keyla Ramos", "Brighton High School", "box cutter"],
     mct=["pointed at K.D.", "table 12", "yellow, retractable"],
     cats=["language", "neighborhood"], tags=["pipe_table", "allow_redact", "forbidden_in_cells"])

# 4. evidence log + SIS key:value block (country of birth, TPS, home language, address)
case(4, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="weapon",
     weapon="firearm", when=("2026-02-24", "08:52"), location="Madison Park TVHS, Building 3 (Automotive), bay 4",
     desc="""
     EVIDENCE LOG — Madison Park TVHS — Case MP-26-0117

     Item 1: Black handgun, Taurus G2C, 9mm. Magazine inserted, 6 rounds. No round in chamber. Recovered from inside front pocket of student's backpack, Building 3 (Automotive), bay 4.
     Item 2: Loose 9mm round x1, same backpack, small zip pocket.
     Item 3: Black Jansport backpack.
     Item 4: iPhone (student's), not searched, returned to guardian.

     Chain of custody: SSS Maloney (recovered 08:52) -> AP Greer (08:58) -> locked cabinet, AP office.

     STUDENT INFO (copied from SIS screen)
     Status: Active
     Country of birth: Haiti
     Immigration: TPS
     Guardian: uncle
     Home phone language: Haitian Creole
     Address: 77 Woodrow Ave, Dorchester 02124
     """,
     student={"name": "Andre Baptiste", "grade": 11},
     decision="allow", mnc=["Haiti", "TPS", "Haitian Creole", "Woodrow Ave", "02124"],
     mc=["Andre Baptiste", "Madison Park Technical Vocational High School", "9mm"],
     mct=["Taurus G2C", "6 rounds", "bay 4"],
     cats=["national_origin", "immigration_status", "language", "neighborhood"],
     tags=["evidence_log", "kv_block", "allow_redact"])

# 5. SAF-02 checklist with [x] boxes; interpreter line and a staying-with line
case(5, school="Charlestown High School", recipient="bpd/district-a1", ground="weapon", weapon="brass knuckles",
     when=("2026-03-10", "13:17"), location="Charlestown High School, boys' locker room, lower level gym",
     desc="""
     SAF-02 WEAPON CHECKLIST — completed by AP M. Sullivan

     [x] Weapon secured — brass knuckles (gold-colored, 4-finger), taken from student's right jacket pocket
     [x] Location recorded — boys' locker room, lower level gym
     [x] Time recorded — 1:17 PM
     [x] Injuries? — none. Student had not used them.
     [x] Student statement taken — says he "found them" on the bus
     [x] Parent/guardian notified — 1:50 PM, mother by phone; Cape Verdean Creole interpreter from Language Line used
     [x] Mother says Tyrese has been staying at his cousin's place in the Bunker Hill development since December
     [ ] Safety plan meeting — scheduled 3/12
     [x] Superintendent's office notified
     [ ] Police notification — pending legal approval
     """,
     student={"name": "Tyrese Coleman", "grade": 9},
     decision="allow", mnc=["Cape Verdean Creole", "interpreter", "Language Line", "Bunker Hill"],
     mc=["Tyrese Coleman", "Charlestown High School", "brass knuckles"],
     mct=["gold-colored, 4-finger", "boys' locker room", "1:17 PM"],
     cats=["language", "neighborhood"], tags=["checklist", "allow_redact"])

# 6. TRAP: a "Home" column that means homeroom; nothing forbidden
case(6, school="TechBoston Academy", recipient="bpd/district-c11", ground="weapon", weapon="knife",
     when=("2025-12-03", "10:50"), location="TechBoston Academy, Rm 211",
     desc="""
     Bag check, Period 4 Biology — names from attendance sheet
     (Home = homeroom number, Adv = advisory teacher)

     Name          | Gr | Home | Adv    | Period 4      | Notes
     Brianna Wells | 9  | 304  | Carrow | Bio (Rm 211)  | steak knife (serrated, ~5in) in pencil case during bag check
     J.M.          | 9  | 304  | Carrow | Bio (Rm 211)  | told teacher at 10:48 she saw the knife in first period
     L.T.          | 10 | 118  | Pham   | Gym           | not involved

     Brianna was pulled from Rm 211 at 10:50 and taken to the office; she was originally signed into homeroom 304 that morning. Knife is in the AP safe. She says she meant to "scare" a girl who has been posting about her.
     """,
     student={"name": "Brianna Wells", "grade": 9, "homeroom": "304"},
     decision="allow", mnc=[],
     mc=["Brianna Wells", "TechBoston Academy", "steak knife"],
     mct=["serrated, ~5in", "homeroom 304", "Home = homeroom"],
     cats=[], tags=["fixed_width_table", "allow_clean", "trap_home_column"])

# 7. TRAP: a "Race" column in track results; the student's real race field must be withheld
case(7, school="English High School", recipient="bpd/district-b2", ground="serious_violence",
     when=("2026-01-17", "12:40"), location="Reggie Lewis Track and Athletic Center, infield",
     desc="""
     Reggie Lewis Center — dual meet, English HS vs Snowden, Sat 1/17
     Results sheet (partial) with incident note

     Race        | Heat | Lane | Athlete        | Time    | Note
     55m dash    | 2    | 4    | J. Pacheco     | 6.91    |
     300m        | 1    | 3    | J. Pacheco     | DQ      | lane violation
     4x200 relay | 1    | 5    | English HS A   | 1:38.22 |
     4x200 relay | 1    | 6    | Snowden A      | 1:39.05 | incident after finish, see below

     After the 4x200 relay, Pacheco (anchor, English A) and the Snowden anchor argued in the infield. At approx 12:40 Pacheco swung his aluminum relay baton and struck the other runner in the face. Other runner: displaced nasal fracture and a laceration above the left eye (7 stitches); taken to Boston Children's by his coach.
     """,
     student={"name": "Jordan Pacheco", "grade": 11, "race_ethnicity": "Hispanic or Latino"},
     decision="allow", mnc=["Hispanic", "Latino"],
     mc=["Jordan Pacheco", "English High School", "nasal fracture"],
     mct=["aluminum relay baton", "nasal fracture", "4x200 relay"],
     cats=["ethnicity"], tags=["fixed_width_table", "allow_redact", "trap_race_column"])

# 8. TRAP: a "Language" department column meaning a course; the student's EL level field is withheld
case(8, school="Boston Latin Academy", recipient="bpd/district-b2", ground="weapon", weapon="razor blade",
     when=("2025-10-08", "09:10"), location="Boston Latin Academy, Rm 311",
     desc="""
     Student schedule (from Aspen) and what happened in P2

     Period | Course              | Dept      | Room | Teacher
     1      | Latin III           | Classics  | 204  | Fogarty
     2      | AP Spanish Language | Language  | 311  | Ruiz
     3      | Precalculus         | Math      | 118  | Osei
     4      | Chemistry           | Science   | 027  | Brandt

     Incident occurred P2 in Rm 311: Sofia took a single-edge razor blade out of a mint tin, cut the strap of another student's bag, then held the blade toward her and said "next time it's your face." Ms. Ruiz took the tin. Blade and tin bagged by SSS at 9:14.
     """,
     student={"name": "Sofia Lindqvist", "grade": 10, "ell_status": "EL Level 3"},
     decision="allow", mnc=["EL Level 3"],
     mc=["Sofia Lindqvist", "Boston Latin Academy", "razor blade"],
     mct=["single-edge razor blade", "Rm 311", "next time it's your face"],
     cats=["language"], tags=["schedule_table", "allow_redact", "trap_language_course"])

# 9. TRAP: room and locker numbers that look like house numbers; the real address shares a number
case(9, school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2", ground="weapon",
     weapon="knife", when=("2026-04-14", "08:21"), location="O'Bryant School, 2nd floor, Locker 2131",
     desc="""
     Loc         | Time | Event
     Rm 2114     | 8:05 | Advisory. D. tells teacher that Marcus "has a knife on him"
     Hall 2100s  | 8:19 | SSS Ferreira follows Marcus toward Locker 2131
     Locker 2131 | 8:21 | Marcus opens locker; SSS sees knife handle in jacket sleeve
     Rm 1207     | 8:30 | AP office; Marcus hands over a fixed-blade hunting knife in a leather sheath (~6 in blade)

     Contact sheet (SIS):
     Guardian: grandmother
     Address: 2131 Dorchester Ave, Apt 3
     Zip: 02122
     """,
     student={"name": "Marcus Bellamy", "grade": 12},
     decision="allow", mnc=["Dorchester Ave", "02122"],
     mc=["Marcus Bellamy", "John D. O'Bryant School of Mathematics and Science", "hunting knife"],
     mct=["Locker 2131", "hunting knife", "Rm 1207"],
     cats=["neighborhood"], tags=["fixed_width_table", "kv_block", "allow_redact", "trap_room_numbers"])

# 10. two-day timeline; the after-school entry gives the family's development and street
case(10, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="credible_threat",
     threat=("On 2/4 at 3:10 PM Isaiah posted to his Instagram story a photo of a handgun captioned "
             "'Dearborn tomorrow 9am, everybody in 3rd floor getting it.' He fought two 3rd-floor students the day "
             "before and told the AP 'this ain't over.' The post names a place and a time and follows a real "
             "conflict; we consider it a credible threat."),
     when=("2026-02-04", "15:10"), location="Dearborn STEM Academy (threat posted off campus)",
     desc="""
     Tue 2/3
     13:05 — fight broken up, 3rd floor hallway, Isaiah vs. two 10th graders (no serious injury)
     13:30 — Isaiah suspended 1 day; tells AP "this ain't over"
     Wed 2/4
     14:20 — dismissal (Isaiah not in school, suspended)
     15:10 — IG story posted (screenshot attached): photo of a handgun + "Dearborn tomorrow 9am, everybody in 3rd floor getting it"
     15:25 — mother tells AP by phone he went straight home to their apartment at Orchard Park (Ambrose St) after lunch
     17:45 — three students forward the screenshot to the AP
     18:10 — AP calls principal; principal calls Legal
     """,
     student={"name": "Isaiah Monroe", "grade": 10},
     decision="allow", mnc=["Orchard Park", "Ambrose St"],
     mc=["Isaiah Monroe", "Dearborn STEM Academy", "handgun"],
     mct=["everybody in 3rd floor getting it", "3rd floor hallway", "photo of a handgun"],
     cats=["neighborhood"], tags=["timeline", "allow_redact", "trap_after_school_entry"],
     attachments=[{"kind": "document", "name": "ig_story_screenshot_0204.png"}])

# 11. pipe table with a "Suspected affiliation" column, addressed to BRIC -> deny (recipient)
case(11, school="Excel High School", recipient="bric", ground="weapon", weapon="knife",
     when=("2026-04-07", "12:10"), location="Excel High School, front steps",
     desc="""
     Excel HS — weapons incident 4/7 — for gang unit review

     | Student | Grade | Role | Suspected affiliation | Notes |
     |---|---|---|---|---|
     | Deshawn Pryor | 11 | carrier | Castle Square | kitchen knife (8in) in waistband, recovered 12:10 |
     | R.K. | 11 | associate | Castle Square | passed bag to D.P. before search |
     | unknown male, non-student | — | waiting outside | Mullins crew? | left in gray Altima |
     """,
     student={"name": "Deshawn Pryor", "grade": 11},
     decision="deny", reason="recipient_not_permitted", mnc=["Castle Square", "Mullins"],
     cats=["gang_affiliation"], tags=["pipe_table", "deny_recipient"])

# 12. evidence log; nationality and home language sit in structured student fields and in one log line
case(12, school="Snowden International School", recipient="bpd/district-d4", ground="drugs",
     substances=["fentanyl", "counterfeit oxycodone"],
     when=("2025-12-09", "10:35"), location="Snowden International School, Rm 402 and nurse's office",
     desc="""
     Item 1: clear plastic baggie, 14 blue round pills stamped "M 30" (suspected counterfeit oxycodone / fentanyl), not field tested
     Item 2: $340 cash, folded, mostly $20s
     Item 3: second baggie, ~1 g off-white powder, labeled "fetty" in marker
     Item 4: digital pocket scale
     Found: student's hoodie pocket during nurse visit (student nodding off in Rm 402 at 10:35; Narcan not needed, vitals ok)
     Contact: father reached 11:20 through our Spanish-speaking family liaison; father is coming in tomorrow
     """,
     student={"name": "Luis Almonte", "grade": 12, "nationality": "Dominican", "home_language": "Spanish"},
     decision="allow", mnc=["Dominican", "Spanish"],
     mc=["Luis Almonte", "Snowden International School", "fentanyl"],
     mct=["14 blue round pills", "digital pocket scale", "Rm 402"],
     cats=["ethnicity", "language"], tags=["evidence_log", "allow_redact", "forbidden_in_structured_field"])

# 13. evidence log of THC only -> deny (excluded substance); address sits in a student field
case(13, school="New Mission High School", recipient="bpd/district-e18", ground="drugs",
     substances=["THC vape cartridges", "THC wax"],
     when=("2026-03-03", "13:40"), location="New Mission High School, 2nd floor boys' bathroom",
     desc="""
     Item 1: 3 vape cartridges — "Cake" 1g, "Packwoods" 1g, one unlabeled; student admitted all are THC
     Item 2: small glass jar of wax/dab, approx 2 g
     Item 3: battery pen (black)
     Item 4: $45 cash
     Recovered 1:40 PM from student's crossbody bag by SSS Murray, witnessed by AP Dunn.
     """,
     student={"name": "Trey Augustin", "grade": 11, "address": "14 Wood Ave, Hyde Park 02136"},
     decision="deny", reason="excluded_substance", mnc=["Wood Ave", "Hyde Park", "02136"],
     cats=["neighborhood"], tags=["evidence_log", "deny_substance"])

# 14. long timeline (stabbing); recently-arrived / asylum / K'iche' mentions; the school's own name must stay
case(14, school="Boston International Newcomers Academy", recipient="bpd/district-c11", ground="serious_violence",
     when=("2025-11-18", "12:26"), location="Boston International Newcomers Academy, courtyard behind the gym",
     desc="""
     INCIDENT TIMELINE — Tues 11/18/25 — prepared by AP Hennessey for Legal (sources: staff statements, cam 6 and cam 9, nurse log)

     11:58 — Lunch B begins. Edwin and the other student (R.V., gr 11) sit at opposite ends of table 4. Lunch aide Ms. Coyle says they "stared each other down" the whole period.
     12:19 — R.V. knocks Edwin's tray off the table on the way to the trash. Words exchanged. Aide separates them.
     12:21 — Edwin asks to go to the bathroom. Hall pass logged 12:21 (Edwin was recently arrived from Guatemala in August and had missed Monday for his asylum hearing; counselor notes he has been "on edge").
     12:24 — Cam 9: Edwin exits side door by the gym into the courtyard. R.V. follows 30 seconds later with two friends.
     12:26 — Cam 6 (courtyard): R.V. shoves Edwin against the fence. Edwin pulls a kitchen knife (black handle, ~5 in blade) from his waistband and stabs R.V. once in the left side of the abdomen.
     12:27 — Friends run inside shouting. SSS Tavares and SSS Lim respond.
     12:28 — Edwin drops the knife on the ground by the fence and puts his hands up. SSS Lim secures the knife with a glove and a paper bag.
     12:29 — Nurse Patel applies pressure to R.V.'s wound; 911 called by main office.
     12:36 — EMS arrives; R.V. transported to Boston Medical Center, conscious. Family later reports surgery for a lacerated spleen.
     12:40 — Edwin held in the AP office with SSS. Calm. Says in K'iche' through the school's Maya-language aide that R.V. had threatened him every day for two weeks; the aide's notes are attached.
     13:15 — Edwin's uncle (guardian) arrives.
     13:30 — Building released from hold-in-place, except the gym wing.
     14:10 — Statements collected from the two friends of R.V. (F.M., gr 11 and D.A., gr 10). Both say R.V. "only pushed him." Both confirm Edwin "pulled the knife out of his pants."
     14:30 — Lunch aide Ms. Coyle's written statement collected.
     15:00 — SSS Tavares photographs the fence area and a small blood trail toward the side door.
     16:20 — R.V.'s mother calls from BMC: R.V. is in surgery.

     Staff statements (summary):
     SSS Tavares — "When I came out the side door R.V. was on the ground holding his left side. Edwin was standing about 10 feet away by the fence with his hands up. The knife was on the ground next to the fence post."
     SSS Lim — "Edwin did not try to leave. He kept saying 'he hit me first.' I bagged the knife with a glove."
     Nurse Patel — "Single wound, left upper abdomen, about 2 cm, heavy bleeding. Patient alert and talking the whole time."

     Knife: bagged as Item 1, stored in the principal's safe. Cam 6 and cam 9 clips exported (2 files).
     """,
     student={"name": "Edwin Batz", "grade": 11},
     decision="allow", mnc=["Guatemala", "asylum", "K'iche'", "Maya-language"],
     mc=["Edwin Batz", "Boston International Newcomers Academy", "lacerated spleen"],
     mct=["left side of the abdomen", "lacerated spleen", "kitchen knife (black handle, ~5 in blade)"],
     cats=["national_origin", "immigration_status", "language"],
     tags=["timeline", "allow_redact", "long", "trap_school_name"],
     attachments=[{"kind": "video", "name": "cam6_courtyard_1226.mp4"}, {"kind": "video", "name": "cam9_gym_door_1224.mp4"}])

# 15. tab-separated rows pasted from a spreadsheet; counterfeit Xanax; ethnicity + language in a cell
case(15, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="drugs",
     substances=["counterfeit Xanax"], when=("2026-02-10", "12:02"),
     location="Jeremiah E. Burke High School, 3rd floor boys' bathroom",
     desc="""
     Time\tLocation\tStaff\tObservation
     12:02\t3rd fl boys' bathroom\tSSS Avila\t2 students exit; one (J.R.) drops an orange pill bottle
     12:03\t3rd fl hallway\tSSS Avila\tbottle has no label; 22 white bars stamped "XANAX 2" inside
     12:10\tnurse\tNurse Obi\tbars look pressed, not pharmacy; J.R. alert, denies taking any
     12:25\tAP office\tAP Lyons\tJ.R. says he was "holding them" for someone; gave $5 each; would not name seller
     13:05\tAP office\tAP Lyons\tmom called back (Cape Verdean, speaks Kriolu; used family liaison)
     """,
     student={"name": "Jaylen Rosa", "grade": 10, "ethnicity": "Cape Verdean"},
     decision="allow", mnc=["Cape Verdean", "Kriolu"],
     mc=["Jaylen Rosa", "Jeremiah E. Burke High School", "XANAX 2"],
     mct=["22 white bars", "orange pill bottle", "pressed, not pharmacy"],
     cats=["ethnicity", "language"], tags=["tsv", "allow_redact"])

# 16. numbered list of suspected crew members; "gang activity" is not a ground -> deny
case(16, school="Community Academy of Science and Health", recipient="bpd/district-b3", ground="gang_activity",
     when=("2026-01-22", "14:15"), location="Community Academy of Science and Health, front lot",
     desc="""
     Concern: group of students gathering after dismissal, hand signs in photos, possible recruitment

     1. Nyjah Ferreira (gr 11) — says he "runs with" the Greenwood crew; seen with older males at dismissal
     2. T.S. (gr 10) — lives in Morton Village, same group
     3. K.B. (gr 10) — posted photos throwing signs
     4. Unknown older male, green Civic — picks up #1 most days

     Asking district B-3 to check these names.
     """,
     student={"name": "Nyjah Ferreira", "grade": 11},
     decision="deny", reason="ground_not_permitted", mnc=["Greenwood crew", "Morton Village"],
     cats=["gang_affiliation", "neighborhood"], tags=["numbered_list", "deny_ground"])

# 17. social-media log as a markdown table; the AP's gang belief sits in a note row
case(17, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="credible_threat",
     threat=("Jamal posted a video holding what looks like a real pistol and wrote that he will 'air out' "
             "the Friday home game at White Stadium if a named student shows up. He has access to the stadium "
             "and the game is in three days; we treat this as a credible threat."),
     when=("2025-10-14", "21:40"), location="Online post; threat concerns White Stadium home game",
     desc="""
     | Time (10/14) | Platform | Account | Content | Reported by |
     |---|---|---|---|---|
     | 21:40 | Snapchat story | @jmal.k | video, holding black pistol, "if D show up friday i'm airing it out" | 2 students |
     | 21:52 | Snapchat story | @jmal.k | photo of White Stadium gate, "3 days" | same |
     | 22:15 | IG comment | @jmal.k | "ain't playing" under D's post | coach |

     Note: AP Rahimi believes Jamal is affiliated with the Academy Homes crew; D. is not.
     Plan: Jamal kept home pending review; game moved to Saturday with extra SSS.
     """,
     student={"name": "Jamal Kearse", "grade": 12},
     decision="allow", mnc=["Academy Homes"],
     mc=["Jamal Kearse", "Boston Community Leadership Academy", "pistol"],
     mct=["if D show up friday i'm airing it out", "black pistol", "3 days"],
     cats=["gang_affiliation"], tags=["pipe_table", "allow_redact"])

# 18. credible_threat with the threat only inside a timeline, no threat_statement -> deny
case(18, school="Fenway High School", recipient="bpd/district-d4", ground="credible_threat",
     when=("2026-03-19", "10:05"), location="Fenway High School, Rm 3",
     desc="""
     10:05 Student (Ava) tells advisor she is going to "bring a knife and stab" a girl in Rm 3 tomorrow
     10:07 Advisor walks Ava to the counselor
     10:20 Counselor completes initial screen; Ava calm, repeats it
     10:45 Mother notified (she asked for a Portuguese interpreter for the meeting)
     11:00 Ava sent home
     """,
     student={"name": "Ava Monteiro", "grade": 10},
     decision="deny", reason="missing_threat_statement", mnc=["Portuguese"],
     cats=["language"], tags=["timeline", "deny_threat_missing"])

# 19. numbered list; stun gun; religion in a note and a structured field
case(19, school="Boston Arts Academy", recipient="bpd/district-d4", ground="weapon", weapon="stun gun",
     when=("2026-04-29", "14:10"), location="Boston Arts Academy, dance studio 2",
     desc="""
     What happened (AP Navarro, in order):
     1. 2:05 PM — dancer reports hearing a "crackling" noise in the dance studio 2 changing area.
     2. 2:08 — teacher finds Hana demonstrating a pink stun gun (flashlight style) to two students.
     3. 2:10 — Hana hands over the stun gun. Battery charged. Nobody touched with it.
     4. 2:30 — Hana says she carries it since older boys followed her home from the mosque last Friday.
     5. 3:00 — Father picks Hana up; stun gun stays in the AP office.
     """,
     student={"name": "Hana Yusuf", "grade": 10, "religion": "Muslim"},
     decision="allow", mnc=["mosque", "Muslim"],
     mc=["Hana Yusuf", "Boston Arts Academy", "stun gun"],
     mct=["pink stun gun (flashlight style)", "dance studio 2", "Battery charged"],
     cats=["religion"], tags=["numbered_list", "allow_redact"])

# 20. timeline with a face-recognition match + a face_match attachment -> deny
case(20, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="weapon",
     weapon="knife", when=("2025-09-30", "10:14"), location="Madison Park TVHS, main lobby",
     desc="""
     10:09 — SSS radio: unidentified student showed a knife to another student in the lobby, then left toward Building 2
     10:12 — AP requests camera search
     10:14 — camera vendor face search returns a match to this student (87% confidence)
     10:30 — student located in Building 2 culinary; knife (paring, 3 in) found in apron pocket
     """,
     student={"name": "Kenji Alvarado", "grade": 10},
     attachments=[{"kind": "face_match", "name": "face_search_match_0930.png"}],
     decision="deny", reason="face_surveillance", mnc=[], cats=["face_surveillance"],
     tags=["timeline", "deny_face"])

# 21. CSV rows pasted from a spreadsheet (home_lang, ell_lvl, addr_street columns); pepper spray
case(21, school="Lilla G. Frederick Pilot Middle School", recipient="bpd/district-c11", ground="weapon",
     weapon="pepper spray", when=("2026-05-12", "14:05"), location="Frederick Pilot Middle School, stairwell C",
     desc="""
     last,first,gr,home_lang,ell_lvl,addr_street,incident_note
     Hassan,Amira,7,Somali,2,Geneva Ave,"sprayed pepper spray (pink keychain canister, Sabre brand) at two 7th graders in stairwell C at 2:05"
     (victim 1),S.W.,7,English,,Quincy St,"both eyes burning, nurse flushed eyes 2:12, sent back to class 2:50"
     (victim 2),D.F.,7,Vietnamese,3,Dorchester Ave,"coughing, eyes irritated, inhaler used, mother picked up"
     (witness),M.O.,8,Spanish,,,"says Amira warned them at lunch she had 'something' for them"
     """,
     student={"name": "Amira Hassan", "grade": 7, "home_language": "Somali", "ell_level": 2},
     decision="allow", mnc=["Somali", "Geneva Ave", "Quincy St", "Vietnamese", "Dorchester Ave", "Spanish"],
     mc=["Amira Hassan", "Lilla G. Frederick Pilot Middle School", "pepper spray"],
     mct=["pink keychain canister", "stairwell C", "inhaler used"],
     cats=["language", "neighborhood"], tags=["csv", "allow_redact", "forbidden_in_cells"])

# 22. bulleted evidence list: cocaine plus marijuana -> allowed (one non-excluded substance)
case(22, school="Boston Green Academy", recipient="bpd/district-d14", ground="drugs",
     substances=["cocaine", "marijuana"], when=("2025-10-30", "09:25"), location="Boston Green Academy, Rm 106",
     desc="""
     Search of student after teacher smelled weed in Rm 106 (9:25 AM). Found in left sock:
     - 2 small baggies of white powder, ~0.5 g each (student said it was cocaine, "for a friend")
     - 1 dime bag of weed
     - rolling papers
     - $60 cash
     Not searched: phone.
     Background (counselor): student has been couch-surfing, most nights at an aunt's in the Commonwealth development.
     """,
     student={"name": "Cristian Vale", "grade": 11},
     decision="allow", mnc=["Commonwealth development"],
     mc=["Cristian Vale", "Boston Green Academy", "cocaine"],
     mct=["white powder", "Rm 106", "left sock"],
     cats=["neighborhood"], tags=["bullets", "allow_redact", "mixed_substances"])

# 23. table of edibles only -> deny (excluded); the development sits in a student field
case(23, school="Mission Hill K-8 School", recipient="bpd/district-b2", ground="drugs",
     substances=["THC gummies"], when=("2026-01-28", "12:30"), location="Mission Hill K-8 School, 8th grade hallway",
     desc="""
     Item | Qty | Description | Where
     1 | 1 pkg | "Wyld" gummies, labeled 10 mg THC each, 6 of 20 left | backpack, front pocket
     2 | 3 | loose gummies in a sandwich bag | same
     3 | 1 | receipt (smoke shop, Mass Ave) | same
     Two 8th graders ate one each at lunch and went to the nurse dizzy; both fine by 2 PM.
     """,
     student={"name": "Zion Peralta", "grade": 8, "housing": "Alice Taylor apartments"},
     decision="deny", reason="excluded_substance", mnc=["Alice Taylor"],
     cats=["neighborhood"], tags=["pipe_table", "deny_substance", "trap_school_name"])

# 24. witness list, one line per witness; an ethnic label inside a quote
case(24, school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
     when=("2026-03-26", "11:45"), location="Excel High School, cafeteria",
     desc="""
     WITNESS LIST — cafeteria assault, 3/26, 11:45

     W1 — M.A., gr 10: saw "the Haitian kid" (Kervens) pick up a plastic cafeteria chair and bring it down on C.R.'s head twice
     W2 — lunch aide Ms. Doyle: C.R. on the floor, bleeding from the scalp; she called for the nurse
     W3 — T.P., gr 11: says C.R. had called Kervens names all week; the chair was "full swing"
     W4 — SSS Hurley: restrained Kervens by the vending machines at 11:47, no further resistance
     W5 — Nurse Greene: scalp laceration ~4 cm, C.R. confused and vomited once; EMS took him to Tufts (concussion, 9 staples)
     """,
     student={"name": "Kervens Dorval", "grade": 10},
     decision="allow", mnc=["Haitian"],
     mc=["Kervens Dorval", "Excel High School", "scalp laceration"],
     mct=["plastic cafeteria chair", "scalp laceration", "9 staples"],
     cats=["ethnicity"], tags=["witness_list", "allow_redact"])

# 25. TRAP: action-item list; "Home Depot" is a brand, not a home; nothing forbidden
case(25, school="Another Course to College", recipient="bpd/district-e18", ground="weapon", weapon="box cutter",
     when=("2025-11-19", "09:44"), location="Another Course to College, hallway outside Rm 128",
     desc="""
     ACTION ITEMS (post-incident huddle 11/19, 10:30)
     1. [AP Laurent] Log the box cutter (orange Home Depot utility knife) as Item 1 — DONE
     2. [SSS Ward] Pull hallway cam 2 for 9:40–9:50 — DONE; shows Dante swinging the cutter at L.M. near Rm 128 at 9:44
     3. [Nurse] Document L.M. injury: superficial 2cm scratch on right hand, cleaned and bandaged — DONE
     4. [Counselor] Check in with L.M. and the two witnesses tomorrow
     5. [Principal] Submit police notification through gatekeeper; call Dante's father
     6. [AP Laurent] Re-entry meeting after suspension
     """,
     student={"name": "Dante Whitfield", "grade": 12},
     decision="allow", mnc=[],
     mc=["Dante Whitfield", "Another Course to College", "box cutter"],
     mct=["Home Depot", "near Rm 128", "2cm scratch on right hand"],
     cats=[], tags=["action_items", "allow_clean", "trap_home_word"])

# 26. long typed incident form (key: value) + prose; TRAP: "black" handgun vs a race field
case(26, school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon", weapon="firearm",
     when=("2026-03-18", "07:48"), location="Dorchester Academy, front entrance bag scan",
     desc="""
     INCIDENT FORM (BPS Safety Services) — typed from the paper copy by the main office

     Date: 03/18/2026
     Time: 7:48 AM
     Location: Front entrance, bag scanner lane 2
     Reporting staff: SSS Coughlin (lane 2), SSS Reyes (lane 1)
     Incident type: Weapon — firearm
     Weapon: Handgun — black, Smith & Wesson M&P Shield (caliber .380 per SSS Reyes, not confirmed)
     Loaded: YES — magazine with 5 rounds; no round in chamber
     Where found: inside a Pringles can in the main compartment of the student's backpack
     Injuries: none
     Threats made: none heard
     Lockdown: no (weapon secured within 1 minute)
     Disposition: student held in AP office with 2 SSS until guardian and legal contact

     Narrative:
     The scanner image on lane 2 showed a dense L-shaped object inside a cylinder. SSS Coughlin pulled the bag aside and asked Derrick to step over. He said "it's not mine, it's my cousin's, I was holding it." SSS Coughlin opened the can, saw the grip, and closed the bag without touching the gun. SSS Reyes called the AP (7:50). AP Brennan and SSS Coughlin carried the closed bag to the AP office; the handgun was left in the bag inside the locked closet. Derrick sat with SSS Reyes and did not resist. He repeated that he had "nothing to do with it" and asked if he could call his mother. Mother was called at 8:05 and arrived at 8:40.

     Student demographics (pasted from Aspen — for the file, not for police):
     Race/Ethnicity: Black or African American
     Birth Country: Jamaica
     Lives with: mother
     Street: Norton St
     """,
     student={"name": "Derrick Campbell", "grade": 9},
     decision="allow", mnc=["African American", "Jamaica", "Norton St"],
     mc=["Derrick Campbell", "Dorchester Academy", "Smith & Wesson"],
     mct=["black, Smith & Wesson M&P Shield", "magazine with 5 rounds", "Pringles can"],
     cats=["ethnicity", "national_origin", "neighborhood"],
     tags=["kv_block", "mixed_prose_table", "allow_redact", "long", "trap_black_color"])

# 27. bulleted summary sent to ICE -> deny (recipient)
case(27, school="East Boston High School", recipient="ice/ero-boston", ground="drugs", substances=["fentanyl"],
     when=("2026-02-12", "09:15"), location="East Boston High School, 1st floor bathroom",
     desc="""
     - 9:15 AM: student found with 10 fentanyl pills (blue, "M30") in a cigarette pack
     - student admitted selling 2 at school this week
     - student's visa expired last year per the uncle
     - uncle asked us not to call anyone
     """,
     student={"name": "Wilmer Chávez", "grade": 10},
     decision="deny", reason="recipient_not_permitted", mnc=["visa expired"],
     cats=["immigration_status"], tags=["bullets", "deny_recipient"])

# 28. mixed prose and injury table; the address is a nested structured field
case(28, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="serious_violence",
     when=("2025-12-16", "14:22"), location="Jeremiah E. Burke High School, 1st floor hallway near the gym",
     desc="""
     At 2:22 PM, during dismissal, Tavon swung a bike lock (U-lock, steel) at another student (Q.M.) three times. Two hits landed.

     Injury | Side | Treatment
     fractured ulna (defensive, forearm) | left | splinted by EMS, cast at BMC
     laceration at hairline, 3 cm | right | 5 stitches at BMC
     bruising, upper back | — | ice

     The U-lock was taken by SSS Cardoso and is in the AP office. Tavon left the building through the gym doors and was brought back by his mother at 4 PM.
     """,
     student={"name": "Tavon Gaines", "grade": 11,
              "contact": {"guardian": "mother", "street": "Columbia Rd", "zip": "02121"}},
     decision="allow", mnc=["Columbia Rd", "02121"],
     mc=["Tavon Gaines", "Jeremiah E. Burke High School", "fractured ulna"],
     mct=["U-lock, steel", "fractured ulna", "5 stitches"],
     cats=["neighborhood"], tags=["mixed_prose_table", "allow_redact", "forbidden_in_nested_field"])

# 29. checklist; MDMA; crew name in one checked line
case(29, school="TechBoston Academy", recipient="bpd/district-c11", ground="drugs", substances=["MDMA"],
     when=("2026-05-21", "13:10"), location="TechBoston Academy, Rm 142",
     desc="""
     Drug incident checklist (AP Odom)
     [x] Substance: 9 pink pills shaped like Tesla logos, student called them "molly"; 1 gram of tan crystals in a capsule bag
     [x] Where: Rm 142, student's pencil case, 1:10 PM
     [x] Who saw: teacher Ms. Ng, SSS Hale
     [x] Student statement: bought them "from a dude at the station," planned to sell at prom after-party
     [x] Other: SSS Hale says student is in the Blue Hill Boyz crew
     [ ] Parent meeting: tomorrow 8 AM
     [x] Nurse check: student not under influence
     """,
     student={"name": "Roman Estrella", "grade": 12},
     decision="allow", mnc=["Blue Hill Boyz"],
     mc=["Roman Estrella", "TechBoston Academy", "molly"],
     mct=["9 pink pills", "Rm 142", "1 gram of tan crystals"],
     cats=["gang_affiliation"], tags=["checklist", "allow_redact"])

# 30. evidence log of stolen laptops; theft is not a ground -> deny
case(30, school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2", ground="theft",
     when=("2026-01-09", "15:30"), location="O'Bryant School, library cart room",
     desc="""
     Item 1: Chromebook cart #3 — 6 of 30 missing (asset tags OB-3311 to OB-3316)
     Item 2: Chromebook OB-3314 found in student's locker 1180, 1/9 3:30 PM
     Item 3: charger x4 in same locker
     Student admits taking two; says others were "already gone".
     """,
     student={"name": "Elijah Pruitt", "grade": 10, "home_address": "Parker Hill Ave"},
     decision="deny", reason="ground_not_permitted", mnc=["Parker Hill Ave"],
     cats=["neighborhood"], tags=["evidence_log", "deny_ground"])

# 31. key:value threat-assessment block; bomb threat; language in structured fields
case(31, school="Boston Latin School", recipient="bpd/district-d4", ground="credible_threat",
     threat=("A handwritten note found taped inside the 2nd floor boys' bathroom stall at 8:50 AM read 'BOMB IN "
             "THE AUDITORIUM AT 1PM ASSEMBLY — EVERYONE DIES.' Peter admitted writing it and said he had 'stuff "
             "at home' to make it. Given the named place and time and his statement about materials, we treat it "
             "as credible."),
     when=("2026-04-02", "08:50"), location="Boston Latin School, 2nd floor boys' bathroom",
     desc="""
     Threat type: written (note)
     Found: 8:50 AM, taped inside stall 3, 2nd floor boys' bathroom
     Text: "BOMB IN THE AUDITORIUM AT 1PM ASSEMBLY — EVERYONE DIES"
     Identified by: handwriting match to homework + student admission (10:15 AM)
     Student statement: "I have stuff at home to make it"
     Assembly: cancelled; auditorium swept by building staff, nothing found
     Interview support: Vietnamese interpreter present at parent meeting, 12:30 PM
     """,
     student={"name": "Peter Tran", "grade": 8, "primary_language": "Vietnamese", "interpreter_needed": True},
     decision="allow", mnc=["Vietnamese", "interpreter"],
     mc=["Peter Tran", "Boston Latin School", "BOMB IN THE AUDITORIUM"],
     mct=["BOMB IN THE AUDITORIUM AT 1PM ASSEMBLY", "stall 3", "I have stuff at home to make it"],
     cats=["language"], tags=["kv_block", "allow_redact"])

# 32. TRAP: an "Origin" column meaning where an item was found; clean
case(32, school="Brighton High School", recipient="bpd/district-d14", ground="weapon", weapon="knife",
     when=("2026-02-03", "08:15"), location="Brighton High School, locker bank D",
     desc="""
     | # | Item | Origin | Bagged by | Time |
     |---|---|---|---|---|
     | 1 | butterfly knife (balisong), 4 in blade, silver | locker D-117, top shelf | SSS Pham | 8:15 |
     | 2 | sheath, black nylon | locker D-117, inside gym bag | SSS Pham | 8:16 |
     | 3 | note: "after school, behind the bleachers" | student's jacket | AP Lucey | 8:30 |

     Origin = where staff found the item. Locker assigned to Omar since September. He says he brought the knife because of a fight planned "behind the bleachers."
     """,
     student={"name": "Omar Sinclair", "grade": 10},
     decision="allow", mnc=[],
     mc=["Omar Sinclair", "Brighton High School", "butterfly knife"],
     mct=["butterfly knife (balisong)", "locker D-117", "behind the bleachers"],
     cats=[], tags=["pipe_table", "allow_clean", "trap_origin_column"])

# 33. evidence log of an airsoft pistol -> deny (needs an approver's determination); DACA in a field
case(33, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="weapon",
     weapon="airsoft pistol", when=("2025-10-02", "11:05"), location="Madison Park TVHS, Building 1 lobby",
     desc="""
     Item 1: airsoft pistol, black, Glock-style, orange tip painted over, CO2 cartridge inserted
     Item 2: bag of 6mm plastic BBs, ~200
     Recovered 11:05 from student's waistband after he showed it to two students in the lobby.
     """,
     student={"name": "Bryan Lemus", "grade": 10, "immigration_status": "DACA recipient"},
     decision="deny", reason="other", mnc=["DACA"],
     cats=["immigration_status"], tags=["evidence_log", "deny_replica"])

# 34. bullets; collapsible baton (club); nationality and a square near the school that is the residence
case(34, school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="club",
     when=("2026-04-08", "13:30"), location="East Boston High School, 3rd floor, outside Rm 305",
     desc="""
     Facts (AP Caruso):
     • 1:30 PM — SSS hears a metal snap outside Rm 305; Josué is holding an extended collapsible baton (steel, ~21 in)
     • 1:31 — he lowers it when told; no one hit
     • 1:35 — baton taken, collapsed, bagged
     • Josué: "people been jumping kids from my building near Maverick Square"
     • Counselor note: family is Salvadoran, arrived 2024
     • Parent contacted 2:10 PM
     """,
     student={"name": "Josué Arévalo", "grade": 9},
     decision="allow", mnc=["Maverick Square", "Salvadoran", "arrived 2024"],
     mc=["Josué Arévalo", "East Boston High School", "collapsible baton"],
     mct=["extended collapsible baton (steel, ~21 in)", "outside Rm 305", "no one hit"],
     cats=["neighborhood", "ethnicity", "national_origin"], tags=["bullets", "allow_redact", "trap_school_name"])

# 35. markdown action items + injury table; scissors stabbing; religion in a family-contact line
case(35, school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="serious_violence",
     when=("2026-01-21", "10:10"), location="Henderson K-12 Inclusion School (Upper campus), art room 2B",
     desc="""
     ## What happened
     10:10 in art room 2B: Nia stabbed a classmate (E.J.) in the upper arm with pointed shears after an argument over seating.

     ## Injury
     | Where | What | Care |
     |---|---|---|
     | right upper arm | puncture wound ~2 cm deep | pressure by nurse; EMS to Boston Children's; 4 stitches, tetanus shot |

     ## Follow-up
     - [x] shears bagged (Item 1), in principal's office
     - [x] EJ's parents called 10:25
     - [x] Nia's mother called 10:30 — she asked that their pastor from the Jehovah's Witness hall come to the meeting
     - [ ] re-entry plan
     """,
     student={"name": "Nia Holloway", "grade": 8},
     decision="allow", mnc=["Jehovah"],
     mc=["Nia Holloway", "Henderson K-12 Inclusion School", "puncture wound"],
     mct=["pointed shears", "puncture wound ~2 cm deep", "art room 2B"],
     cats=["religion"], tags=["markdown", "action_items", "allow_redact"])

# 36. evidence log of alcohol only -> deny (excluded)
case(36, school="Charlestown High School", recipient="bpd/district-a1", ground="drugs",
     substances=["vodka", "Fireball whisky"], when=("2025-12-19", "11:20"), location="Charlestown High School, gym bleachers",
     desc="""
     Item 1: 7 nip bottles (50 ml) — 4 Tito's vodka, 3 Fireball — 5 empty
     Item 2: Gatorade bottle, half full, smells of alcohol
     Item 3: student ID (his)
     Found 11:20 under the bleachers at the holiday assembly. Two students to the nurse; one vomited.
     """,
     student={"name": "Liam Donnelly", "grade": 11},
     decision="deny", reason="excluded_substance", mnc=[], cats=[],
     tags=["evidence_log", "deny_substance"])

# 37. numbered list; oxycodone not prescribed; religion in a nurse note
case(37, school="Excel High School", recipient="bpd/district-c6", ground="drugs",
     substances=["oxycodone"], when=("2026-03-05", "10:40"), location="Excel High School, nurse's office",
     desc="""
     Nurse's sequence (Nurse Kaplan):
     1. 10:40 — Yusuf sent down from Rm 214, pale and sweaty; says he had been fasting for Ramadan and "took something for my back"
     2. 10:45 — vitals OK; pupils small
     3. 10:50 — in his jacket: pharmacy bottle labeled oxycodone 10 mg, prescribed to someone else (name on label: adult female), 17 tablets left
     4. 10:55 — Yusuf says he sells "percs" for $10 each, has sold "like five" this week at school
     5. 11:30 — father notified
     """,
     student={"name": "Yusuf Khalil", "grade": 11},
     decision="allow", mnc=["Ramadan"],
     mc=["Yusuf Khalil", "Excel High School", "oxycodone"],
     mct=["oxycodone 10 mg", "17 tablets left", "Rm 214"],
     cats=["religion"], tags=["numbered_list", "allow_redact"])

# 38. TSV from the bus company; TRAP: bus and seat numbers look like a house number
case(38, school="Lilla G. Frederick Pilot Middle School", recipient="bpd/district-c11", ground="weapon",
     weapon="firearm", when=("2026-02-26", "07:32"), location="School bus #1142 (morning route), row 14",
     desc="""
     Bus\tRoute\tTime\tDriver note
     1142\tAM-07\t7:28\tstudent in row 14 showing something to 2 kids, kids jumped away
     1142\tAM-07\t7:32\tpulled over, called dispatch; saw a small silver revolver in his lap
     1142\tAM-07\t7:41\tarrived at school; SSS met the bus
     1142\tAM-07\t7:43\tSSS took revolver (5 shots, 3 loaded) from his right coat pocket

     Student address on route sheet: 14 Ellington St (pickup at his door)
     """,
     student={"name": "Kareem Lott", "grade": 8},
     decision="allow", mnc=["Ellington St"],
     mc=["Kareem Lott", "Lilla G. Frederick Pilot Middle School", "revolver"],
     mct=["small silver revolver", "row 14", "3 loaded"],
     cats=["neighborhood"], tags=["tsv", "allow_redact", "trap_room_numbers"])

# 39. checklist; a vape of unknown content -> deny (excluded); home language in a field
case(39, school="Boston Green Academy", recipient="bpd/district-d14", ground="drugs",
     substances=["vape (contents unknown)"], when=("2026-01-15", "10:00"), location="Boston Green Academy, girls' bathroom",
     desc="""
     [x] Device: black disposable vape, no label, ~half used
     [ ] Contents: unknown (not tested; student refused to say)
     [x] Where: girls' bathroom, 1st floor, 10:00
     [x] Parent notified
     """,
     student={"name": "Larissa Moura", "grade": 9, "home_language": "Portuguese"},
     decision="deny", reason="excluded_substance", mnc=["Portuguese"],
     cats=["language"], tags=["checklist", "deny_substance"])

# 40. long timeline; hammer assault in the shop; Spanish in an attachment name and one entry
case(40, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="serious_violence",
     when=("2026-05-06", "09:17"), location="Madison Park TVHS, carpentry shop (Building 2, Rm 2-040)",
     desc="""
     CARPENTRY SHOP INCIDENT — 5/6/26 — timeline (Instructor Kowalski, SSS Ortiz, AP Burns)

     09:05  Class starts. 14 students. Framing project at benches 1–7.
     09:12  Instructor notes Angel and another student (S.L., gr 11) arguing at bench 4 about a missing tape measure.
     09:14  Instructor separates them; sends S.L. to bench 7.
     09:16  S.L. returns to bench 4 to get his safety glasses. Words exchanged.
     09:17  Angel picks up a 20 oz framing hammer and strikes S.L. on the side of the head (left temple). S.L. falls. Angel strikes once more on the left shoulder.
     09:17  Two students pull Angel back. Instructor takes the hammer.
     09:18  Instructor radios SSS, calls 911 from shop phone.
     09:19  S.L. conscious but confused, bleeding from the left temple. Instructor applies gauze.
     09:23  SSS Ortiz arrives, escorts Angel to the AP office without incident.
     09:27  EMS arrives. S.L. transported to Boston Medical Center.
     09:40  Hammer bagged (Item 1). Bench 4 area photographed.
     11:30  BMC: S.L. has a depressed skull fracture and will have surgery this afternoon.
     12:15  Angel's mother arrives; her statement was taken in Spanish by Ms. Colón and is attached.
     13:00  Statements from 5 student witnesses collected.
     """,
     student={"name": "Angel Quiñones", "grade": 11},
     attachments=[{"kind": "document", "name": "mother_statement_Spanish_0506.pdf"},
                  {"kind": "photo", "name": "bench4_area.jpg"}],
     decision="allow", mnc=["Spanish"],
     mc=["Angel Quiñones", "Madison Park Technical Vocational High School", "skull fracture"],
     mct=["20 oz framing hammer", "depressed skull fracture", "left temple"],
     cats=["language"], tags=["timeline", "allow_redact", "long", "forbidden_in_attachment_name"])

# 41. group-chat log table; the residence sits inside the threat_statement
case(41, school="English High School", recipient="bpd/district-e13", ground="credible_threat",
     threat=("Marquise messaged a classmate: 'I'm bringing my brother's gun Monday, I'm done with them.' The "
             "classmate says Marquise showed her a video of a real handgun filmed in his bedroom at the Mildred "
             "Hailey apartments. He named Monday and named the two students; we consider it credible."),
     when=("2026-03-13", "20:05"), location="Online (group chat); threat concerns English High School",
     desc="""
     | # | Sent | From | Message |
     |---|---|---|---|
     | 1 | Fri 8:02 PM | Marquise | "they think they can keep jumping me" |
     | 2 | Fri 8:04 PM | classmate | "just tell a teacher" |
     | 3 | Fri 8:05 PM | Marquise | "im bringing my brothers gun monday im done with them" |
     | 4 | Fri 8:05 PM | Marquise | [video, 6 sec: handgun on a bed, magazine out, then in] |
     | 5 | Fri 8:07 PM | Marquise | "D and Tay first" |

     Classmate's mother sent screenshots to the principal Saturday 9 AM.
     """,
     student={"name": "Marquise Hollins", "grade": 9},
     decision="allow", mnc=["Mildred Hailey"],
     mc=["Marquise Hollins", "English High School", "gun"],
     mct=["im bringing my brothers gun monday im done with them", "D and Tay first", "handgun on a bed"],
     cats=["neighborhood"], tags=["pipe_table", "allow_redact", "forbidden_in_threat_statement"])

# 42. timeline sent to the Commonwealth Fusion Center -> deny (recipient)
case(42, school="Brighton High School", recipient="commonwealth-fusion-center", ground="serious_violence",
     when=("2025-11-20", "15:05"), location="Brighton High School, bus stop on Warren St",
     desc="""
     15:02 group of 4 approaches student at bus stop
     15:05 student stabbed in the thigh with a screwdriver; 3 attackers run
     15:08 EMS called; victim to St. Elizabeth's
     15:30 AP identifies one attacker as a student here, Kyrie; believed to be with the Fidelis Way crew
     """,
     student={"name": "Kyrie Stanton", "grade": 11},
     decision="deny", reason="recipient_not_permitted", mnc=["Fidelis Way"],
     cats=["gang_affiliation"], tags=["timeline", "deny_recipient"])

# 43. numbered witness list at a K-8; the residence is a development that is not the school's name
case(43, school="Mission Hill K-8 School", recipient="bpd/district-b2", ground="weapon", weapon="knife",
     when=("2025-10-16", "12:40"), location="Mission Hill K-8 School, Rm 12 (7th grade)",
     desc="""
     Witnesses (taken by AP Garnier, 12:40–1:30):
     1. Ms. Ellery (teacher, Rm 12) — saw Aaliyah open a small pocketknife (pink, ~2.5 in blade) under her desk and point it at C.T.
     2. C.T. (gr 7) — Aaliyah said "I'll cut you after school"; no contact
     3. B.R. (gr 7) — same as C.T.; says Aaliyah had it "since Monday"
     4. Aide Mr. Dao — took the knife from Aaliyah's hand at 12:41, put it in an envelope
     5. Aaliyah (gr 7) — says C.T.'s cousin threatened her at the Mission Main basketball court near her building
     """,
     student={"name": "Aaliyah Brooks", "grade": 7},
     decision="allow", mnc=["Mission Main"],
     mc=["Aaliyah Brooks", "Mission Hill K-8 School", "pocketknife"],
     mct=["small pocketknife (pink, ~2.5 in blade)", "I'll cut you after school", "Rm 12"],
     cats=["neighborhood"], tags=["witness_list", "numbered_list", "allow_redact", "trap_school_name"])

# 44. CSV; fentanyl; refugee/resettlement in a counselor column
case(44, school="Fenway High School", recipient="bpd/district-d4", ground="drugs", substances=["fentanyl"],
     when=("2026-04-16", "11:55"), location="Fenway High School, stairwell B",
     desc="""
     time,where,who,what,counselor_note
     11:55,stairwell B,SSS Lowe,"found Abdi with a knotted baggie of tan powder (~3 g), said 'fent' and offered $50 to 'forget it'",
     12:05,AP office,AP Grant,"baggie weighed on office scale: 3.2 g with bag; Narcan kit brought to office as precaution",
     12:30,AP office,AP Grant,"phone lit up repeatedly with 'u got any left' texts (not opened)",
     13:00,counseling,Ms. Ives,,"family resettled here as refugees in 2022; older brother recently arrested"
     """,
     student={"name": "Abdi Warsame", "grade": 10},
     decision="allow", mnc=["refugees", "resettled"],
     mc=["Abdi Warsame", "Fenway High School", "fent"],
     mct=["tan powder (~3 g)", "stairwell B", "3.2 g with bag"],
     cats=["immigration_status"], tags=["csv", "allow_redact"])

# 45. attendance CSV with addresses; truancy is not a ground -> deny
case(45, school="Excel High School", recipient="bpd/district-c6", ground="truancy",
     when=("2026-02-27", "08:00"), location="Excel High School",
     desc="""
     student,grade,days_absent_feb,last_seen,address
     Ricardo Mota,10,14,2/6,"Old Colony, Mercer St"
     L.S.,10,11,2/9,"W 4th St"
     Please do a wellness/truancy check on Ricardo.
     """,
     student={"name": "Ricardo Mota", "grade": 10},
     decision="deny", reason="ground_not_permitted", mnc=["Old Colony", "Mercer St", "W 4th St"],
     cats=["neighborhood"], tags=["csv", "deny_ground"])

# 46. evidence log + kv; machete (knife); "undocumented" in a counselor line
case(46, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="weapon", weapon="machete",
     when=("2025-09-24", "15:02"), location="Jeremiah E. Burke High School, front steps at dismissal",
     desc="""
     EVIDENCE
     Item 1 — machete, 18 in blade, green handle, in a cardboard sleeve. Pulled from a duffel bag at dismissal (3:02 PM), front steps.
     Item 2 — duffel bag (red/black, Nike).

     FACTS
     Time: 3:02 PM
     Raised: yes — Ernesto lifted it over his head toward a group of 3 students on the sidewalk; nobody hurt
     Stopped by: SSS Dwyer and Mr. Lam (teacher), who took it from behind
     Student statement: "they said they'd jump me at the bus stop"
     Counselor note: student is undocumented and afraid to go to police about the threats
     """,
     student={"name": "Ernesto Pineda", "grade": 10},
     decision="allow", mnc=["undocumented"],
     mc=["Ernesto Pineda", "Jeremiah E. Burke High School", "machete"],
     mct=["18 in blade, green handle", "front steps", "they said they'd jump me at the bus stop"],
     cats=["immigration_status"], tags=["evidence_log", "kv_block", "allow_redact"])

# 47. TRAP: a "Lang" column that is an English Language Arts class; clean
case(47, school="Snowden International School", recipient="bpd/district-d4", ground="serious_violence",
     when=("2026-01-08", "13:20"), location="Snowden International School, Rm 219",
     desc="""
     Student | Per | Lang/Lit class | Room | Role
     Keon Dupree | 5 | ELA 10 (Mr. Farley) | 219 | struck N.P. with a metal water bottle
     N.P. | 5 | ELA 10 (Mr. Farley) | 219 | injured
     3 others | 5 | ELA 10 (Mr. Farley) | 219 | witnesses

     Nurse: N.P. has a broken nose and two chipped front teeth; taken to Tufts by his father. Keon hit him with a steel water bottle (Hydro Flask, 32 oz) swung by the strap, from behind, during ELA 10 at 1:20 PM.
     """,
     student={"name": "Keon Dupree", "grade": 10},
     decision="allow", mnc=[],
     mc=["Keon Dupree", "Snowden International School", "broken nose"],
     mct=["ELA 10", "two chipped front teeth", "Hydro Flask, 32 oz"],
     cats=[], tags=["pipe_table", "allow_clean", "trap_language_course"])

# 48. social-media table, no threat_statement -> deny (missing statement)
case(48, school="East Boston High School", recipient="bpd/district-a7", ground="credible_threat",
     when=("2026-05-14", "22:30"), location="Online",
     desc="""
     | Time | App | Post |
     |---|---|---|
     | 10:30 PM | TikTok | "Eastie High tomorrow, don't come" + gun emoji |
     | 10:41 PM | TikTok | same account, video from up on Eagle Hill near his house |
     """,
     student={"name": "Santiago Ruiz", "grade": 11},
     decision="deny", reason="missing_threat_statement", mnc=["Eagle Hill"],
     cats=["neighborhood"], tags=["pipe_table", "deny_threat_missing"])

# 49. mixed prose and table; the last timeline row is where the student went after school
case(49, school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2", ground="weapon",
     weapon="firearm", when=("2026-03-24", "15:40"), location="O'Bryant School, Rm 315 (robotics club)",
     desc="""
     Short version: a robotics club student (Xavier) had a loaded handgun in his backpack during club. Found by a teacher; handed over without a struggle.

     Time  | What
     15:40 | Club advisor Ms. Ochoa sees the grip of a handgun in Xavier's open backpack, Rm 315
     15:41 | She zips the bag and takes it to the hallway; radios SSS
     15:44 | SSS Grady confirms: Glock 17, magazine loaded (17 rounds), one in the chamber
     15:50 | Xavier in AP office; says he found it "in the park" and was going to sell it
     16:30 | Xavier released to his father after interview
     17:10 | Father calls: Xavier went to stay at his mother's on Lenox Street (Lenox Street apartments) tonight

     Gun kept in the locked office closet, unloaded by SSS Grady at 15:47 (magazine and round bagged separately).
     """,
     student={"name": "Xavier Lindo", "grade": 11},
     decision="allow", mnc=["Lenox Street"],
     mc=["Xavier Lindo", "John D. O'Bryant School of Mathematics and Science", "Glock 17"],
     mct=["one in the chamber", "Rm 315", "unloaded by SSS Grady at 15:47"],
     cats=["neighborhood"], tags=["mixed_prose_table", "timeline", "allow_redact", "trap_after_school_entry"])

# 50. kv block + checklist; the threatened targets are named by ethnicity (free text and threat_statement)
case(50, school="Brighton High School", recipient="bpd/district-d14", ground="credible_threat",
     threat=("During 3rd period Colton told his teacher 'I'm going to shoot up this school Friday, starting with "
             "the Puerto Rican kids in my homeroom.' He said his father keeps a rifle in the house and described "
             "where it is kept. We consider the threat specific and credible."),
     when=("2026-04-22", "10:15"), location="Brighton High School, Rm 208",
     desc="""
     Reported by: Ms. Harkins (Rm 208), 10:15
     Exact words: "I'm going to shoot up this school Friday, starting with the Puerto Rican kids in my homeroom"
     Access to weapons: says father keeps a rifle "in the hall closet"
     Prior incidents: 2 (fights, 2025)
     [x] Threat assessment team convened 11:00
     [x] Student removed from class, with SSS
     [x] Father contacted 11:20 — confirms a rifle in the home
     [ ] Re-entry
     """,
     student={"name": "Colton Fitch", "grade": 10},
     decision="allow", mnc=["Puerto Rican"],
     mc=["Colton Fitch", "Brighton High School", "rifle"],
     mct=["shoot up this school Friday", "hall closet", "Rm 208"],
     cats=["ethnicity"], tags=["kv_block", "checklist", "allow_redact"])

# 51. action items that send class photos for face matching -> deny
case(51, school="TechBoston Academy", recipient="bpd/district-c11", ground="credible_threat",
     threat="An anonymous note said a student would 'bring a gun to the 10th grade lunch Thursday.'",
     when=("2026-02-09", "12:00"), location="TechBoston Academy, cafeteria",
     desc="""
     Next steps:
     1. [ ] Extra SSS at 10th grade lunch Thursday
     2. [ ] Send grade 10 yearbook photos to BPD so they can run them through face recognition against the hallway cameras
     3. [ ] Counselor check-ins
     """,
     student={"name": "Devonte Reyes", "grade": 10},
     attachments=[{"kind": "photo", "name": "grade10_yearbook_photos.zip"}],
     decision="deny", reason="face_surveillance", mnc=[], cats=["face_surveillance"],
     tags=["action_items", "deny_face"])

# 52. witness list one per line; ethnic labels and a residence
case(52, school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon", weapon="knife",
     when=("2025-12-11", "08:40"), location="Dorchester Academy, main stairwell",
     desc="""
     W1 SSS Nolan — 8:40 AM, saw Minh pull a kitchen knife from his sleeve on the main stairwell and hold it to B.K.'s side
     W2 B.K. (gr 10) — "he said give me the AirPods or I'll stick you"; handed over AirPods
     W3 J.F. (gr 10) — says the Vietnamese kids and the other group have been fighting "since the summer"
     W4 teacher Ms. Ruane — Minh dropped the knife when SSS shouted; she kicked it away
     W5 Minh — says he lives near Fields Corner and B.K.'s friends rob kids there
     """,
     student={"name": "Minh Le", "grade": 10},
     decision="allow", mnc=["Vietnamese", "Fields Corner"],
     mc=["Minh Le", "Dorchester Academy", "kitchen knife"],
     mct=["kitchen knife", "give me the AirPods or I'll stick you", "main stairwell"],
     cats=["ethnicity", "neighborhood"], tags=["witness_list", "allow_redact"])

# 53. markdown checklist; psilocybin; country of birth in a field and "Brazilian" in a note
case(53, school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
     substances=["psilocybin mushrooms"], when=("2026-05-28", "09:05"), location="Brighton High School, Rm 312",
     desc="""
     - [x] Found: ziplock of dried mushrooms (~7 g) + 12 chocolate squares labeled "shroom bar" in backpack, Rm 312, 9:05 AM
     - [x] Student says he sells squares for $15
     - [x] Two students who ate squares Friday: nurse notes, both OK
     - [x] Family contact through Brazilian community liaison, 11:00
     - [ ] Re-entry meeting
     """,
     student={"name": "Gustavo Lima", "grade": 12, "country_of_birth": "Brazil"},
     decision="allow", mnc=["Brazil", "Brazilian"],
     mc=["Gustavo Lima", "Brighton High School", "mushrooms"],
     mct=["dried mushrooms (~7 g)", "12 chocolate squares", "Rm 312"],
     cats=["national_origin", "ethnicity"], tags=["checklist", "markdown", "allow_redact"])

# 54. kv block to HSI -> deny (recipient)
case(54, school="Boston International Newcomers Academy", recipient="dhs/hsi-boston", ground="weapon", weapon="knife",
     when=("2026-03-04", "13:00"), location="Boston International Newcomers Academy, gym",
     desc="""
     Weapon: folding knife, 3 in
     Found: gym bag, 1 PM
     Note: student's visa overstay flagged by the family liaison
     """,
     student={"name": "Oumar Diallo", "grade": 10},
     decision="deny", reason="recipient_not_permitted", mnc=["visa overstay"],
     cats=["immigration_status"], tags=["kv_block", "deny_recipient"])

# 55. TRAP: basketball game sheet "Home: Charlestown HS" is the home team; the real street is in a field
case(55, school="Charlestown High School", recipient="bpd/district-a1", ground="serious_violence",
     when=("2026-02-06", "19:35"), location="Charlestown High School gym, home bleachers",
     desc="""
     GAME SHEET — Varsity boys basketball — Fri 2/6/26
     Home: Charlestown HS    Away: English HS
     Q1 12-10 | Q2 24-25 | Q3 38-37 | Q4 suspended at 4:12 left

     7:35 PM, home bleachers, row F: Shamar (CHS student, not on the team) slashed an English HS fan across the cheek with a razor blade after words about the score. Victim: 8 cm cut, left cheek, bleeding heavily; EMS to MGH, 22 stitches. Blade found under row F by SSS at 7:50. Game suspended.
     """,
     student={"name": "Shamar Pettiford", "grade": 11, "address": "Walford Way"},
     decision="allow", mnc=["Walford Way"],
     mc=["Shamar Pettiford", "Charlestown High School", "razor blade"],
     mct=["Home: Charlestown HS", "8 cm cut, left cheek", "row F"],
     cats=["neighborhood"], tags=["kv_block", "allow_redact", "trap_home_team"])

# 56. numbered list at a K-8; ethnicity and language are structured fields only
case(56, school="Rafael Hernández K-8 School", recipient="bpd/district-b2", ground="weapon", weapon="firearm",
     when=("2026-01-30", "08:10"), location="Rafael Hernández K-8 School, 8th grade coat room",
     desc="""
     1. 8:10 — classmate tells teacher Kevin has "a real gun" in his coat
     2. 8:12 — teacher keeps class seated, calls office
     3. 8:14 — AP and SSS remove coat from the coat room; .22 pistol in the inside pocket, loaded (8 rounds)
     4. 8:20 — Kevin brought to office; says it is his stepfather's, took it "to show people"
     5. 8:45 — stepfather called; arrives 9:30
     """,
     student={"name": "Kevin Bonilla", "grade": 8, "ethnicity": "Honduran", "home_language": "Spanish"},
     decision="allow", mnc=["Honduran", "Spanish"],
     mc=["Kevin Bonilla", "Rafael Hernández K-8 School", ".22 pistol"],
     mct=[".22 pistol", "8 rounds", "coat room"],
     cats=["ethnicity", "language"], tags=["numbered_list", "allow_redact", "forbidden_in_structured_field"])

# 57. kv block asking about immigration -> deny (ground)
case(57, school="East Boston High School", recipient="bpd/district-a7", ground="immigration_inquiry",
     when=("2026-01-12", "09:00"), location="East Boston High School, main office",
     desc="""
     Request: confirm whether student is undocumented
     Born: El Salvador
     Reason: officer asked at the front desk
     """,
     student={"name": "Yeferson Portillo", "grade": 9},
     decision="deny", reason="ground_not_permitted", mnc=["undocumented", "El Salvador"],
     cats=["immigration_status", "national_origin"], tags=["kv_block", "deny_ground"])

# 58. the student's own "hit list" as a numbered list; language in a nested structured field
case(58, school="Josiah Quincy Upper School", recipient="bpd/district-a1", ground="credible_threat",
     threat=("A notebook page in Wesley's handwriting titled 'people who gonna get it' lists six students with "
             "'gun' written next to three names and 'Tuesday' underlined. He admitted writing it and said his "
             "cousin can get him a gun. We consider it a credible threat."),
     when=("2025-10-27", "11:30"), location="Josiah Quincy Upper School, Rm 408",
     desc="""
     Page found by teacher in Rm 408 at 11:30, copied exactly (initials used here):

     PEOPLE WHO GONNA GET IT
     1. A.C. — gun
     2. M.W. — gun
     3. J.L.
     4. T.H. — gun
     5. R.Y.
     6. Mr. D

     "Tuesday" written at the bottom, underlined twice. Wesley admitted it is his, said his cousin "can get me a gun by Tuesday."
     """,
     student={"name": "Wesley Chan", "grade": 10,
              "language_profile": {"ell": "yes", "first_language": "Cantonese"}},
     decision="allow", mnc=["Cantonese"],
     mc=["Wesley Chan", "Josiah Quincy Upper School", "gun"],
     mct=["PEOPLE WHO GONNA GET IT", "can get me a gun by Tuesday", "Rm 408"],
     cats=["language"], tags=["numbered_list", "allow_redact", "forbidden_in_nested_field"])

# 59. evidence table + prose; club; residence in a corner name
case(59, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="weapon", weapon="club",
     when=("2026-04-30", "14:50"), location="Jeremiah E. Burke High School, back parking lot",
     desc="""
     Item | Description | Found
     1 | wooden club, ~24 in, nails driven through the end | under student's jacket, back lot, 2:50 PM
     2 | black ski mask | jacket pocket
     3 | phone (student's) | hand

     Student (Corey) told SSS he was "waiting for the kids from Uphams Corner that jumped my brother" and that they live by him. Nobody else was in the lot. Club and mask are in the AP office.
     """,
     student={"name": "Corey Vaughn", "grade": 12},
     decision="allow", mnc=["Uphams Corner"],
     mc=["Corey Vaughn", "Jeremiah E. Burke High School", "wooden club"],
     mct=["nails driven through the end", "black ski mask", "back lot"],
     cats=["neighborhood"], tags=["pipe_table", "mixed_prose_table", "allow_redact"])

# 60. vandalism checklist with a crew tag -> deny (ground)
case(60, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="vandalism",
     when=("2026-03-30", "07:30"), location="Dearborn STEM Academy, east wall",
     desc="""
     [x] Graffiti on east wall and 2 bathroom mirrors
     [x] Tag matches the Lucerne crew tag on the student's notebook
     [x] Cost estimate $1,800
     """,
     student={"name": "Tariq Moss", "grade": 9},
     decision="deny", reason="ground_not_permitted", mnc=["Lucerne"],
     cats=["gang_affiliation"], tags=["checklist", "deny_ground"])

# 61. pipe table; crack cocaine; "no papers" in a family-contact cell
case(61, school="Excel High School", recipient="bpd/district-c6", ground="drugs", substances=["crack cocaine"],
     when=("2025-11-13", "10:20"), location="Excel High School, 2nd floor hallway lockers",
     desc="""
     | Step | Time | Detail |
     |---|---|---|
     | Tip | 10:05 | student tells AP that Marcos is "selling rock" out of his locker |
     | Search | 10:20 | locker 233: film canister with 11 off-white rocks, each wrapped in plastic; glass pipe |
     | Statement | 10:40 | Marcos: "it's not mine, I'm holding it" |
     | Family | 11:30 | uncle says the family has no papers and asks that nobody comes to the house |
     | Nurse | 11:45 | student alert, no signs of use |
     """,
     student={"name": "Marcos Elias", "grade": 11},
     decision="allow", mnc=["no papers"],
     mc=["Marcos Elias", "Excel High School", "off-white rocks"],
     mct=["11 off-white rocks", "locker 233", "glass pipe"],
     cats=["immigration_status"], tags=["pipe_table", "allow_redact"])

# 62. TRAP: "home plate" on a softball field; long timeline; clean
case(62, school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
     when=("2026-05-19", "16:25"), location="Brighton High School softball field (Rogers Park)",
     desc="""
     JV softball vs. Charlestown — incident log (Coach Abernathy, AD Kim)

     4:02  First pitch.
     4:18  Top 3rd. Dispute at home plate over a tag. Both benches warned.
     4:20  Brighton spectator Tiana (BHS gr 11, not on the team) yells at the Charlestown catcher from behind the backstop.
     4:24  Umpire asks Tiana to leave the backstop area. She walks to the Brighton dugout.
     4:25  Tiana takes an aluminum bat from the dugout rack, walks back to home plate, and swings it into the Charlestown catcher's knee. Catcher falls.
     4:25  Tiana swings a second time and hits the catcher's helmet. Umpire and Coach Abernathy grab the bat.
     4:26  AD Kim calls 911. Trainer stabilizes the catcher's leg.
     4:34  EMS on scene. Catcher transported to St. Elizabeth's.
     4:40  Game called. Tiana held with AD Kim in the equipment room.
     5:10  Tiana's mother arrives.
     7:45  Charlestown AD reports: tibial plateau fracture, surgery scheduled; helmet cracked, no head injury found.

     Bat: 32 in aluminum, Easton, kept in AD office. Helmet kept by Charlestown.
     """,
     student={"name": "Tiana Cole", "grade": 11},
     decision="allow", mnc=[],
     mc=["Tiana Cole", "Brighton High School", "tibial plateau fracture"],
     mct=["home plate", "tibial plateau fracture", "aluminum bat"],
     cats=[], tags=["timeline", "allow_clean", "long", "trap_home_word"])

# 63. evidence log of nicotine only -> deny (excluded); language in a field
case(63, school="Boston Latin School", recipient="bpd/district-d4", ground="drugs",
     substances=["Juul pods", "cigarettes"], when=("2025-10-23", "12:15"), location="Boston Latin School, 3rd floor bathroom",
     desc="""
     Item 1: Juul device + 4 pods (mint), sealed
     Item 2: pack of Newports, 6 left
     Item 3: lighter
     Found 12:15 in student's backpack, 3rd floor bathroom.
     """,
     student={"name": "Sami Haddad", "grade": 9, "home_language": "Arabic"},
     decision="deny", reason="excluded_substance", mnc=["Arabic"],
     cats=["language"], tags=["evidence_log", "deny_substance"])

# 64. key:value block per student; a "Nationality" header whose values leak
case(64, school="Snowden International School", recipient="bpd/district-d4", ground="weapon", weapon="knife",
     when=("2026-02-18", "14:35"), location="Snowden International School, 4th floor landing",
     desc="""
     STUDENT A
     Name: Djamal Tavares
     Grade: 11
     Nationality: Cabo Verde
     Role: had a karambit knife (curved blade, ~3 in, finger ring), took it out on the 4th floor landing at 2:35 PM and told B "you're done"

     STUDENT B
     Initials: F.G.
     Grade: 11
     Nationality: Angolan
     Role: target; backed down the stairs; not injured

     STUDENT C
     Initials: P.S.
     Role: witness; ran to get Mr. Cabral, who took the knife from Djamal at 2:37 PM
     """,
     student={"name": "Djamal Tavares", "grade": 11},
     decision="allow", mnc=["Cabo Verde", "Angolan"],
     mc=["Djamal Tavares", "Snowden International School", "karambit knife"],
     mct=["karambit knife (curved blade, ~3 in, finger ring)", "you're done", "4th floor landing"],
     cats=["national_origin"], tags=["kv_block", "allow_redact", "forbidden_in_cells"])

# 65. bullet list with fentanyl and weed; race and ethnicity detail in a nested field
case(65, school="TechBoston Academy", recipient="bpd/district-c11", ground="drugs",
     substances=["fentanyl", "marijuana"], when=("2026-03-31", "11:10"), location="TechBoston Academy, gym locker room",
     desc="""
     Found in gym locker 56 at 11:10 AM (locker assigned to Anh):
     * 2 bags of weed (~7 g total)
     * 1 bag with 20 small glassine folds stamped "BATMAN", tan powder, suspected fentanyl
     * 1 box of sandwich bags
     * notebook with names and dollar amounts
     Anh says the folds belong to "someone older" who pays him to hold them.
     """,
     student={"name": "Anh Nguyen", "grade": 11,
              "demographics": {"race": "Asian", "ethnicity_detail": "Vietnamese", "gender": "M"}},
     decision="allow", mnc=["Asian", "Vietnamese"],
     mc=["Anh Nguyen", "TechBoston Academy", "fentanyl"],
     mct=["20 small glassine folds", "BATMAN", "gym locker 56"],
     cats=["ethnicity"], tags=["bullets", "allow_redact", "mixed_substances", "forbidden_in_nested_field"])

# 66. pipe table for a private security company -> deny (recipient)
case(66, school="Boston Latin Academy", recipient="allied-universal/td-garden", ground="weapon", weapon="knife",
     when=("2026-06-05", "18:40"), location="TD Garden, graduation ceremony, section 12",
     desc="""
     | Time | Where | What |
     |---|---|---|
     | 6:40 PM | section 12 | graduate's brother (BLA student) with a folding knife at the bag check |
     | 6:42 PM | gate C | knife taken by venue staff |
     """,
     student={"name": "Nathaniel Osei", "grade": 10},
     decision="deny", reason="recipient_not_permitted", mnc=[], cats=[],
     tags=["pipe_table", "deny_recipient"])

# 67. long lockdown timeline; crew affiliation and residence buried in two entries
case(67, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="weapon", weapon="firearm",
     when=("2026-04-21", "10:48"), location="Jeremiah E. Burke High School, 3rd floor, Rm 318 and hallway",
     desc="""
     LOCKDOWN LOG — 4/21/26 — compiled from radio log, PA log and staff statements (AP Whitaker)

     10:44  Student in Rm 318 texts a teacher: "Jayvon got a gun in his bag, he showed us."
     10:45  Teacher forwards text to AP Whitaker and SSS supervisor.
     10:46  Principal orders a hold-in-place for the 3rd floor (PA).
     10:47  SSS Mendes and SSS Boyle go to Rm 318. Teacher keeps class seated.
     10:48  SSS ask Jayvon to step into the hallway with his bag. He complies.
     10:49  In the hallway Jayvon drops the bag and runs toward the north stairwell. SSS Boyle follows; SSS Mendes stays with the bag.
     10:50  Bag checked: black 9mm pistol (Smith & Wesson SD9), loaded magazine (16 rounds), no round in chamber; bandana; $120.
     10:51  Principal upgrades to full lockdown (PA).
     10:53  Jayvon stopped by SSS Boyle at the north stairwell exit door on the 1st floor. No resistance once stopped.
     10:55  911 call placed by main office (emergency).
     11:05  Patrol units arrive at the front door.
     11:20  Lockdown lifted floor by floor.
     11:40  Teacher statement (Rm 318): Jayvon showed the gun to 3 students "to prove he had it" after a dispute at lunch yesterday.
     12:10  SSS supervisor's note for the file: Jayvon "is known to be Castlegate," per a student.
     12:30  Grandmother (guardian) reached; says he has been staying with her on Franklin Hill Ave since March.

     Items kept: pistol (unloaded by SSS supervisor 10:58), magazine, bandana, cash. Bag photographed.

     Staff statements (summary):
     SSS Boyle — chased Jayvon down the north stairwell from the 3rd floor to the 1st floor exit; Jayvon stopped when told and sat on the bottom step. "He kept saying 'it's not mine.'"
     SSS Mendes — stayed with the bag in the 3rd floor hallway; did not touch the gun until the supervisor arrived; the supervisor removed the magazine at 10:58 with gloves.
     Rm 318 teacher (Ms. Farrell) — did not see the gun herself; three students told her Jayvon opened the bag under the table and showed them the gun "for like two seconds."
     Student witnesses (initials) — D.W., K.P., S.A.: all three say Jayvon said "I got it for them," meaning the students he argued with at lunch yesterday.
     """,
     student={"name": "Jayvon Sterling", "grade": 10},
     decision="allow", mnc=["Castlegate", "Franklin Hill"],
     mc=["Jayvon Sterling", "Jeremiah E. Burke High School", "9mm pistol"],
     mct=["black 9mm pistol (Smith & Wesson SD9)", "loaded magazine (16 rounds)", "north stairwell"],
     cats=["gang_affiliation", "neighborhood"], tags=["timeline", "allow_redact", "long"])

# 68. Title IX-style checklist; sexual assault; the interpreter line leaks language
case(68, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="serious_violence",
     when=("2026-01-27", "13:50"), location="Boston Community Leadership Academy, stairwell D (3rd-4th floor)",
     desc="""
     Sexual assault report — steps taken (AP Morales; Title IX coordinator informed)
     [x] 1:50 PM — Victim (gr 9) reports to counselor she was forced against the wall in stairwell D and sexually assaulted by Devin during 6th period
     [x] 1:55 — Victim with nurse and counselor; nurse notes bruises on both wrists
     [x] 2:05 — Devin located in Rm 402, removed to AP office with SSS
     [x] 2:15 — Victim's mother called through a Mandarin interpreter; mother on her way
     [x] 2:30 — stairwell D camera footage preserved (1:35–1:50)
     [x] 2:40 — Victim taken by mother to Boston Children's
     [ ] Devin's parent meeting
     """,
     student={"name": "Devin Marsh", "grade": 11},
     decision="allow", mnc=["Mandarin", "interpreter"],
     mc=["Devin Marsh", "Boston Community Leadership Academy", "sexually assaulted"],
     mct=["stairwell D", "bruises on both wrists", "sexually assaulted"],
     cats=["language"], tags=["checklist", "allow_redact"])

# 69. trespass timeline -> deny (ground)
case(69, school="Dorchester Academy", recipient="bpd/district-c11", ground="trespass",
     when=("2026-02-20", "16:45"), location="Dorchester Academy, rear door",
     desc="""
     16:45 former student Rashad let in through the rear door by a current student
     16:50 seen on 2nd floor, refused to leave
     17:05 left on his own; lives on Bowdoin St per old SIS record
     """,
     student={"name": "Rashad Bell", "grade": 12},
     decision="deny", reason="ground_not_permitted", mnc=["Bowdoin St"],
     cats=["neighborhood"], tags=["timeline", "deny_ground"])

# 70. TSV; Klonopin not prescribed; clean with a "Period/Home/Lang" timetable trap
case(70, school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="drugs",
     substances=["clonazepam"], when=("2026-03-17", "11:25"), location="Margarita Muñiz Academy, Rm 204",
     desc="""
     When\tWhere\tWhat
     11:20\tRm 204 (advisory)\tteacher sees Valeria hand a classmate 2 small yellow pills for $10
     11:25\tRm 204\tAP recovers a pill organizer from Valeria's backpack: 31 yellow round pills marked "K 2" (clonazepam 1 mg per nurse)
     11:40\tnurse\tclassmate who took 1 pill is drowsy; monitored, mother picked her up
     12:00\tAP office\tValeria says the pills are her grandmother's prescription
     """,
     student={"name": "Valeria Cruz", "grade": 10},
     decision="allow", mnc=[],
     mc=["Valeria Cruz", "Margarita Muñiz Academy", "clonazepam"],
     mct=["31 yellow round pills", "K 2", "Rm 204 (advisory)"],
     cats=[], tags=["tsv", "allow_clean"])

# 71. bullet summary; DACA in a parent's worry
case(71, school="Brighton High School", recipient="bpd/district-d14", ground="credible_threat",
     threat=("Diego told two classmates he had 'a blicky' in his locker and would 'light up' the senior "
             "walkout on Thursday. One classmate saw a gun in his bag on Tuesday. We consider the threat "
             "credible."),
     when=("2026-05-06", "09:30"), location="Brighton High School, Rm 117",
     desc="""
     What we know (as of 9:30 AM Wed):
     • Tue 2:10 PM — classmate K.O. saw the grip of a handgun in Diego's backpack in Rm 117
     • Wed 8:50 AM — Diego tells two classmates he will "light up" the senior walkout Thursday
     • Wed 9:05 — locker 3-140 searched: empty except a box of .380 ammunition (22 rounds)
     • Wed 9:15 — Diego not in the building; attendance shows him absent since 8:55
     • Mother (by phone): doesn't know where he is; worried about her DACA renewal if police come to the house
     """,
     student={"name": "Diego Salgado", "grade": 12},
     decision="allow", mnc=["DACA"],
     mc=["Diego Salgado", "Brighton High School", "handgun"],
     mct=["light up", "box of .380 ammunition", "locker 3-140"],
     cats=["immigration_status"], tags=["bullets", "allow_redact"])

# 72. kv block addressed to the MBTA Transit Police -> deny (recipient)
case(72, school="English High School", recipient="mbta-transit-police", ground="weapon", weapon="knife",
     when=("2025-12-02", "15:15"), location="Forest Hills station, upper busway",
     desc="""
     Date/time: 12/2, 3:15 PM
     Place: Forest Hills upper busway
     Weapon: kitchen knife, 6 in
     Student: English HS 10th grader, knife seen by a teacher on the platform
     """,
     student={"name": "Rayshawn Giles", "grade": 10},
     decision="deny", reason="recipient_not_permitted", mnc=[], cats=[],
     tags=["kv_block", "deny_recipient"])

# 73. evidence log; gang label in a cell; bus-stop movement is part of the incident
case(73, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="weapon", weapon="knife",
     when=("2025-11-04", "07:55"), location="Boston Community Leadership Academy, front entrance",
     desc="""
     Item 1: switchblade, 4 in, black — taken from student's sock at the front entrance scanner, 7:55 AM
     Item 2: second knife (kitchen paring knife, 3 in) — backpack side pocket
     Item 3: handwritten note: "HSG on sight"
     Item 4: phone — not searched
     Statement: student says two older boys chased him off the 32 bus yesterday and he "wasn't getting caught lacking again"
     SSS note: student is believed to run with Heath St; "HSG" = Heath St Gang
     """,
     student={"name": "Andre Wiley", "grade": 10},
     decision="allow", mnc=["Heath St", "HSG"],
     mc=["Andre Wiley", "Boston Community Leadership Academy", "switchblade"],
     mct=["switchblade, 4 in, black", "kitchen paring knife", "student's sock"],
     cats=["gang_affiliation"], tags=["evidence_log", "allow_redact"])

# 74. markdown injury table; pastor/church line leaks religion; Cape Verdean in a nested contact
case(74, school="Charlestown High School", recipient="bpd/district-a1", ground="serious_violence",
     when=("2026-03-25", "12:05"), location="Charlestown High School, cafeteria",
     desc="""
     **Assault with a weapon — cafeteria — 12:05 PM**

     Julian struck another student (A.M.) in the face with a metal lunch tray edge-first, then kicked him twice in the head on the floor.

     | Injury | Source |
     |---|---|
     | fractured orbital bone, right eye | nurse + MGH report |
     | 2 teeth knocked out | nurse |
     | concussion | MGH |

     Tray kept as Item 1. Camera 4 footage saved.
     Family: Julian's mother asked that Pastor Gomes from their Pentecostal church sit in on the re-entry meeting.
     """,
     student={"name": "Julian Lopes", "grade": 10,
              "contacts": [{"relation": "mother", "ethnicity": "Cape Verdean", "phone_language": "Kriolu"}]},
     decision="allow", mnc=["Pentecostal", "Cape Verdean", "Kriolu"],
     mc=["Julian Lopes", "Charlestown High School", "orbital bone"],
     mct=["fractured orbital bone", "metal lunch tray", "Camera 4"],
     cats=["religion", "ethnicity", "language"], tags=["markdown", "allow_redact", "forbidden_in_nested_field"])

# 75. evidence log with a facial-recognition report -> deny
case(75, school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
     when=("2026-02-11", "15:20"), location="Brighton High School, side lot",
     desc="""
     Item 1: box cutter, recovered in side lot
     Item 2: video clip, side lot cam
     Item 3: facial recognition match report naming the student as the attacker (vendor software)
     Victim: 6 cm cut on the forearm, 10 stitches
     """,
     student={"name": "Khalil Jordan", "grade": 11},
     decision="deny", reason="face_surveillance", mnc=[], cats=["face_surveillance"],
     tags=["evidence_log", "deny_face"])

# 76. key:value block; methamphetamine; country of birth and a zip
case(76, school="East Boston High School", recipient="bpd/district-a7", ground="drugs",
     substances=["methamphetamine"], when=("2026-04-09", "14:00"), location="East Boston High School, auto shop",
     desc="""
     Substance: clear shards in a small baggie (~1 g), student called it "ice"; glass pipe with residue
     Where: auto shop, toolbox drawer 6, 2:00 PM
     Found by: shop teacher Mr. Amato
     Student statement: "I just smoke it sometimes, I don't sell"
     Born: Colombia
     Zip: 02128
     """,
     student={"name": "Camilo Restrepo", "grade": 12},
     decision="allow", mnc=["Colombia", "02128"],
     mc=["Camilo Restrepo", "East Boston High School", "glass pipe"],
     mct=["clear shards", "toolbox drawer 6", "glass pipe with residue"],
     cats=["national_origin", "neighborhood"], tags=["kv_block", "allow_redact"])

# 77. TRAP: the school's own street entrance is an incident location, not a residence; clean bullets
case(77, school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="box cutter",
     when=("2025-10-29", "07:40"), location="East Boston High School, White St entrance",
     desc="""
     - 7:40 AM, White St entrance, morning line: Brandon takes out a box cutter and slices at the backpack strap of the student in front of him
     - blade cut through the strap and grazed the other student's shoulder (small scrape, no bleeding)
     - SSS Lombardi takes the box cutter at the scanner table
     - Brandon: "he owed me money"
     - Box cutter (blue, snap-off blade) in AP office
     """,
     student={"name": "Brandon Keefe", "grade": 11},
     decision="allow", mnc=[],
     mc=["Brandon Keefe", "East Boston High School", "box cutter"],
     mct=["White St entrance", "blue, snap-off blade", "grazed the other student's shoulder"],
     cats=[], tags=["bullets", "allow_clean", "trap_school_street"])

# 78. checklist for a BB gun -> deny (needs an approver's determination)
case(78, school="Another Course to College", recipient="bpd/district-e18", ground="weapon", weapon="BB gun",
     when=("2026-01-20", "10:10"), location="Another Course to College, Rm 110",
     desc="""
     [x] Item: BB gun (black, pistol-style, Daisy), CO2, BBs loaded
     [x] Found: Rm 110, student's backpack, 10:10
     [x] Shown to classmates; not fired
     [ ] Parent meeting
     """,
     student={"name": "Jalen Mercer", "grade": 9},
     decision="deny", reason="other", mnc=[], cats=[],
     tags=["checklist", "deny_replica"])

# 79. timeline; stabbing; the after-incident entry names the area the student fled to "near home"
case(79, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="serious_violence",
     when=("2025-12-04", "15:12"), location="Dearborn STEM Academy, sidewalk outside main doors",
     desc="""
     15:08 — dismissal crowd outside main doors
     15:10 — Rico and another student (gr 10) argue about a jacket
     15:12 — Rico stabs the other student twice in the back with a steak knife
     15:12 — victim collapses; SSS Barros applies pressure; 911
     15:13 — Rico runs down the sidewalk, drops the knife in a planter (recovered 15:30 by SSS)
     15:20 — EMS: victim to BMC, punctured lung, chest tube
     16:40 — Rico's aunt calls: he came home to their place in Bowdoin-Geneva and is there now
     """,
     student={"name": "Rico Almeida", "grade": 11},
     decision="allow", mnc=["Bowdoin-Geneva"],
     mc=["Rico Almeida", "Dearborn STEM Academy", "punctured lung"],
     mct=["twice in the back", "punctured lung", "drops the knife in a planter"],
     cats=["neighborhood"], tags=["timeline", "allow_redact", "trap_after_school_entry"])

# 80. threat-assessment checklist; English-learner status in a line
case(80, school="Maurice J. Tobin K-8 School", recipient="bpd/district-b2", ground="credible_threat",
     threat=("Adrian told a classmate in Rm 21 that he would 'bring my dad's gun and shoot everyone in this "
             "class' on the last day before break, and drew a picture of a gun pointed at the classroom door. "
             "His father confirmed a handgun is kept at home. We consider this credible."),
     when=("2025-12-17", "09:45"), location="Maurice J. Tobin K-8 School, Rm 21",
     desc="""
     THREAT ASSESSMENT — Level 2 — completed 12/17
     [x] Statement (exact): "bring my dad's gun and shoot everyone in this class"
     [x] Drawing: gun pointed at the classroom door, "12/19" written on it
     [x] Access: father confirms handgun at home, says it is locked
     [x] Supports: English Learner, receives pull-out services 3x/week
     [x] Plan: student home until assessment complete
     """,
     student={"name": "Adrian Paz", "grade": 6},
     decision="allow", mnc=["English Learner"],
     mc=["Adrian Paz", "Maurice J. Tobin K-8 School", "gun"],
     mct=["shoot everyone in this class", "gun pointed at the classroom door", "12/19"],
     cats=["language"], tags=["checklist", "allow_redact"])

# 81. bullets about "suspicious behaviour" -> deny (ground)
case(81, school="Boston Latin Academy", recipient="bpd/district-b2", ground="suspicious_behavior",
     when=("2026-02-02", "13:00"), location="Boston Latin Academy, parking lot",
     desc="""
     • student seen taking photos of the parking lot and staff cars, 3 days in a row
     • told teacher in Russian that it was "for a project"
     • no threats, no weapons
     """,
     student={"name": "Artem Volkov", "grade": 11},
     decision="deny", reason="ground_not_permitted", mnc=["Russian"],
     cats=["language"], tags=["bullets", "deny_ground"])

# 82. TSV; switchblade; zip and street in cells
case(82, school="Edward M. Kennedy Academy for Health Careers", recipient="bpd/district-b2", ground="weapon",
     weapon="switchblade", when=("2026-01-14", "12:50"), location="Kennedy Academy for Health Careers, lobby",
     desc="""
     Field\tValue
     Time\t12:50 PM
     Place\tlobby, by the elevator
     Weapon\tswitchblade (automatic, 3.75 in blade, black) — opened at another student
     Words\t"move again and see"
     Taken by\tSSS Kearney, 12:51
     Home street\tDale St
     Home zip\t02119
     Other student\tnot injured, with counselor
     """,
     student={"name": "Tyrell Banks", "grade": 10},
     decision="allow", mnc=["Dale St", "02119"],
     mc=["Tyrell Banks", "Edward M. Kennedy Academy for Health Careers", "switchblade"],
     mct=["automatic, 3.75 in blade, black", "move again and see", "by the elevator"],
     cats=["neighborhood"], tags=["tsv", "kv_block", "allow_redact"])

# 83. numbered list; psilocybin and LSD; crew label
case(83, school="Fenway High School", recipient="bpd/district-d4", ground="drugs", substances=["LSD", "psilocybin"],
     when=("2026-05-07", "10:30"), location="Fenway High School, library",
     desc="""
     1. 10:30 — librarian sees a student cut small paper squares from a sheet in the library
     2. 10:35 — AP recovers a sheet of blotter paper (cartoon print), 46 squares remaining, plus 4 g of dried mushrooms in a pill bottle
     3. 10:45 — Quentin admits selling "tabs" at $10 each to students at Fenway
     4. 11:00 — SSS says Quentin "reps the Morse St crew" on Instagram
     5. 11:20 — two students who bought tabs on Monday identified, nurse notified
     """,
     student={"name": "Quentin Abrams", "grade": 12},
     decision="allow", mnc=["Morse St"],
     mc=["Quentin Abrams", "Fenway High School", "blotter paper"],
     mct=["46 squares remaining", "4 g of dried mushrooms", "library"],
     cats=["gang_affiliation"], tags=["numbered_list", "allow_redact"])

# 84. party-list bullets: weed and beer only -> deny (excluded)
case(84, school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs", substances=["marijuana", "beer"],
     when=("2026-03-06", "19:30"), location="Boston Arts Academy, black box theater (after-show)",
     desc="""
     Found backstage after the show, 7:30 PM:
     - 2 pre-rolls (weed)
     - 6 cans of Bud Light, 3 empty
     - 1 lighter
     Student says they were "for the cast party."
     """,
     student={"name": "Maya Lindgren", "grade": 12},
     decision="deny", reason="excluded_substance", mnc=[], cats=[],
     tags=["bullets", "deny_substance"])

# 85. CSV injury log; Arabic and Iraq in cells
case(85, school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
     when=("2025-10-09", "13:05"), location="Brighton High School, weight room",
     desc="""
     time,who,what,notes
     13:05,Hamza,"hit E.S. across the back of the head with a 10 lb dumbbell bar (no plates)",weight room
     13:06,E.S.,"knocked out ~30 seconds; bleeding from the back of the head",coach Marino called 911
     13:15,EMS,"E.S. to St. Elizabeth's; CT shows skull fracture",
     13:30,Hamza,"says E.S. insulted his family; spoke to AP in Arabic through Mr. Saleh","family from Iraq, arrived 2023"
     """,
     student={"name": "Hamza Al-Jaberi", "grade": 11},
     decision="allow", mnc=["Arabic", "Iraq", "arrived 2023"],
     mc=["Hamza Al-Jaberi", "Brighton High School", "skull fracture"],
     mct=["10 lb dumbbell bar", "knocked out ~30 seconds", "skull fracture"],
     cats=["language", "national_origin"], tags=["csv", "allow_redact"])

# 86. pipe table at a K-8 whose name is also a development; the student's development is another one
case(86, school="Orchard Gardens K-8 School", recipient="bpd/district-b2", ground="weapon", weapon="knife",
     when=("2026-02-25", "09:30"), location="Orchard Gardens K-8 School, 8th grade hallway",
     desc="""
     | Time | Who | What |
     |---|---|---|
     | 9:30 | Jahari | shows a fixed-blade knife (hunting style, 5 in) to two boys in the 8th grade hallway |
     | 9:31 | hall monitor | calls office |
     | 9:34 | SSS Dunn | takes knife from Jahari's waistband; no one hurt |
     | 9:50 | Jahari | says boys from the Whittier Street development were going to jump him after school |
     """,
     student={"name": "Jahari Coates", "grade": 8},
     decision="allow", mnc=["Whittier Street"],
     mc=["Jahari Coates", "Orchard Gardens K-8 School", "fixed-blade knife"],
     mct=["hunting style, 5 in", "8th grade hallway", "no one hurt"],
     cats=["neighborhood"], tags=["pipe_table", "allow_redact", "trap_school_name"])

# 87. weapon report addressed to a gang database -> deny (recipient), even under a bpd/ prefix
case(87, school="Madison Park Technical Vocational High School", recipient="bpd/gang-assessment-database",
     ground="weapon", weapon="knife", when=("2026-03-12", "10:00"), location="Madison Park TVHS, Building 1",
     desc="""
     Name: Luis Ortega
     Weapon: folding knife, 3 in
     Notes: for entry
     """,
     student={"name": "Luis Ortega", "grade": 11},
     decision="deny", reason="recipient_not_permitted", mnc=[], cats=[],
     tags=["kv_block", "deny_recipient"])

# 88. group-chat table with a translator's note that reveals the student's language
case(88, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="credible_threat",
     threat=("Over a group chat on 3/2 Bryan wrote that he would bring his uncle's pistol to school on Wednesday "
             "and shoot J.P. in the 2nd floor bathroom, and sent a photo of a pistol on a kitchen table. J.P. "
             "is in his class. We consider this credible."),
     when=("2026-03-02", "19:15"), location="Online group chat; threat concerns Burke 2nd floor bathroom",
     desc="""
     Chat screenshots (translated from Spanish by Ms. Rivera, family liaison):

     | Time | Sender | Message (translation) |
     |---|---|---|
     | 7:15 PM | Bryan | I'm bringing my uncle's pistol Wednesday |
     | 7:16 PM | Bryan | [photo: black pistol on a kitchen table] |
     | 7:17 PM | friend | don't be stupid |
     | 7:18 PM | Bryan | J.P. is dead in the 2nd floor bathroom |
     """,
     student={"name": "Bryan Mejía", "grade": 10},
     decision="allow", mnc=["translated from Spanish", "Spanish"],
     mc=["Bryan Mejía", "Jeremiah E. Burke High School", "pistol"],
     mct=["J.P. is dead in the 2nd floor bathroom", "black pistol on a kitchen table", "Wednesday"],
     cats=["language"], tags=["pipe_table", "allow_redact"])

# 89. key:value form; oxycodone 30s; clean
case(89, school="Charlestown High School", recipient="bpd/district-a1", ground="drugs",
     substances=["oxycodone"], when=("2025-11-25", "09:50"), location="Charlestown High School, Rm 229",
     desc="""
     Substance: 8 round blue tablets "A 215" (oxycodone 30 mg per pill ID), not prescribed to student
     Packaging: folded dollar bill
     Where: Rm 229, student's wallet, 9:50 AM
     Found after: student offered a pill to a classmate for $20 (classmate told teacher)
     Student: admits selling; says he got them from "an older guy at the Sullivan stop"
     Nurse: student alert, normal vitals
     """,
     student={"name": "Connor Walsh", "grade": 11},
     decision="allow", mnc=[],
     mc=["Connor Walsh", "Charlestown High School", "oxycodone"],
     mct=["8 round blue tablets", "A 215", "Rm 229"],
     cats=[], tags=["kv_block", "allow_clean"])

# 90. numbered harassment list -> deny (ground)
case(90, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="harassment",
     when=("2026-04-13", "12:00"), location="Boston Community Leadership Academy",
     desc="""
     1. Name-calling in class (3 times this month)
     2. Mean posts about another girl's family being Somali
     3. Pushed her in the hallway, no injury
     """,
     student={"name": "Kiara Doyle", "grade": 9},
     decision="deny", reason="ground_not_permitted", mnc=["Somali"],
     cats=["ethnicity"], tags=["numbered_list", "deny_ground"])

# 91. markdown heading + bullets + table; brass knuckles; ethnicity and a square near the school
case(91, school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="weapon", weapon="brass knuckles",
     when=("2025-12-10", "15:05"), location="Margarita Muñiz Academy, rear exit",
     desc="""
     ### Incident 12/10 — rear exit at dismissal

     | Fact | Detail |
     |---|---|
     | Weapon | brass knuckles (black, spiked) |
     | Used? | yes — Yadiel punched a 9th grader once in the mouth wearing them |
     | Injury | split lip, loose front tooth; dentist same day |
     | Recovered | from Yadiel's hoodie pocket, 3:07 PM, by SSS Colón |

     Background (counselor):
     - the fight was about a girl from Hyde Square where Yadiel lives
     - family is Dominican; mom works nights
     """,
     student={"name": "Yadiel Santana", "grade": 11},
     decision="allow", mnc=["Hyde Square", "Dominican"],
     mc=["Yadiel Santana", "Margarita Muñiz Academy", "brass knuckles"],
     mct=["black, spiked", "split lip, loose front tooth", "3:07 PM"],
     cats=["neighborhood", "ethnicity"], tags=["markdown", "mixed_prose_table", "allow_redact"])

# 92. long witness list; group assault with a bat; several ethnic labels in witness lines
case(92, school="Boston Latin Academy", recipient="bpd/district-b2", ground="serious_violence",
     when=("2026-05-27", "15:20"), location="Boston Latin Academy, Townsend St side of the building, by the bike rack",
     desc="""
     STATEMENTS — bike-rack assault, 5/27/26, 3:20 PM (collected by AP Sheehan and SSS Grant; students by initials)

     W1 — K.T. (gr 9): "Ibrahim and two older boys were waiting at the bike rack. Ibrahim had a baseball bat in a gym bag. When M.H. came out he took it out and hit M.H. in the legs and then the back."
     W2 — L.R. (gr 10): saw M.H. on the ground "curled up" and Ibrahim swing "at least three more times." Says the older boys kicked him.
     W3 — N.D. (gr 9): says this started because M.H. said something about "Somali girls" on Snapchat. Ibrahim's sister is one of them.
     W4 — Mr. Aldana (teacher): heard screaming from the 2nd floor window, ran down, found M.H. on the ground near the bike rack; Ibrahim was walking away with the bat, dropped it when called.
     W5 — SSS Grant: took the bat (wooden, 33 in, "Louisville" on the barrel) at 3:24 PM. Older boys ran toward the bus stop. Ibrahim stayed and sat on the steps.
     W6 — Nurse Carrigan: M.H. conscious, could not stand on the right leg; large bruises across the back; EMS at 3:31.
     W7 — Hospital update (parent, 8 PM): M.H. has a broken right femur and two cracked ribs; surgery tomorrow.
     W8 — Ibrahim: "He disrespected my sister. I didn't mean to break anything." Says he does not know the older boys' names.
     W9 — Counselor note: "Family attends the mosque on Malcolm X Blvd; imam has offered to mediate."
     """,
     student={"name": "Ibrahim Farah", "grade": 10},
     decision="allow", mnc=["Somali", "mosque", "imam", "Malcolm X Blvd"],
     mc=["Ibrahim Farah", "Boston Latin Academy", "broken right femur"],
     mct=["wooden, 33 in", "broken right femur", "two cracked ribs"],
     cats=["ethnicity", "religion"], tags=["witness_list", "allow_redact", "long"])

# 93. evidence log sent to the State Police -> deny (recipient)
case(93, school="Excel High School", recipient="massachusetts-state-police", ground="weapon", weapon="firearm",
     when=("2026-01-06", "08:05"), location="Excel High School, front doors",
     desc="""
     Item 1: revolver, .38, loaded (5)
     Item 2: holster
     Found 8:05 at the scanner. Student lives in the Mary Ellen McCormack development.
     """,
     student={"name": "Elvin Ocasio", "grade": 12},
     decision="deny", reason="recipient_not_permitted", mnc=["Mary Ellen McCormack"],
     cats=["neighborhood"], tags=["evidence_log", "deny_recipient"])

# 94. timeline; the forbidden fact is in the location field (the room's program label)
case(94, school="Lilla G. Frederick Pilot Middle School", recipient="bpd/district-c11", ground="weapon",
     weapon="knife", when=("2026-04-01", "10:25"),
     location="Frederick Pilot Middle School, Rm 109 (Haitian Creole SEI classroom)",
     desc="""
     10:22 teacher sees Wilguens carving into the desk with a knife
     10:23 asks him to put it away; he stands and waves the knife (folding, 3 in, wood handle) at the teacher
     10:25 SSS arrives; Wilguens puts the knife on the desk and sits down
     10:30 escorted to the office; calm
     10:45 father contacted
     """,
     student={"name": "Wilguens Celestin", "grade": 7},
     decision="allow", mnc=["Haitian Creole", "SEI classroom"],
     mc=["Wilguens Celestin", "Lilla G. Frederick Pilot Middle School", "knife"],
     mct=["folding, 3 in, wood handle", "waves the knife", "puts the knife on the desk"],
     cats=["language"], tags=["timeline", "allow_redact", "forbidden_in_location"])

# 95. TRAP: "homework", "home game", "homeroom", "Home Ec room" in a timeline; clean
case(95, school="Snowden International School", recipient="bpd/district-d4", ground="credible_threat",
     threat=("In homeroom Tyler said he would 'bring the AR and end the home game Saturday' and showed a video "
             "of himself at a range with a rifle. He has a ticket and the game is in two days. We treat it as "
             "credible."),
     when=("2026-01-29", "08:10"), location="Snowden International School, homeroom 402",
     desc="""
     08:05 — homeroom 402, homework collection. Tyler tells two students he will "bring the AR and end the home game Saturday."
     08:10 — shows them a video on his phone of himself shooting a rifle at a range
     08:12 — one student tells the homeroom teacher; teacher texts AP
     08:20 — AP takes Tyler to the old Home Ec room (now the conference room) with SSS
     08:40 — Tyler says it was a joke; his father says the rifle is his and kept in a safe
     09:00 — Saturday home game: extra SSS and a bag check planned
     """,
     student={"name": "Tyler Brennan", "grade": 11},
     decision="allow", mnc=[],
     mc=["Tyler Brennan", "Snowden International School", "rifle"],
     mct=["end the home game Saturday", "homeroom 402", "Home Ec room"],
     cats=[], tags=["timeline", "allow_clean", "trap_home_word"])

# 96. "intelligence request" kv block -> deny (ground)
case(96, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="intelligence_request",
     when=("2026-02-17", "09:00"), location="Jeremiah E. Burke High School",
     desc="""
     Requested by: district detective
     Wanted: list of students who associate with the Wendover crew, with home addresses
     Student named: Deon Rivers (gr 11)
     """,
     student={"name": "Deon Rivers", "grade": 11},
     decision="deny", reason="ground_not_permitted", mnc=["Wendover"],
     cats=["gang_affiliation"], tags=["kv_block", "deny_ground"])

# 97. long spreadsheet dump (CSV) for a fentanyl sale; many forbidden columns, facts in the notes column
case(97, school="Dorchester Academy", recipient="bpd/district-c11", ground="drugs",
     substances=["fentanyl", "counterfeit Adderall"], when=("2026-02-05", "11:10"),
     location="Dorchester Academy, 2nd floor, Rm 210 and hallway",
     desc="""
     Exported from the incident spreadsheet (one row per person involved), cleaned up a little:

     row,person,grade,role,race,birth_country,home_lang,ell,street,notes
     1,Terrence Ocampo,11,seller,Asian,Philippines,Tagalog,N,Adams St,"11:10 AM in Rm 210: took a sandwich bag with 25 blue pills stamped 'M30' and 10 orange pills stamped 'AD 30' (fake Adderall per nurse) out of his backpack and sold 2 blue pills to R.B. for $40"
     2,R.B.,10,buyer,,,,,,"took one blue pill in the 2nd floor bathroom at 11:20; found unresponsive at 11:31 by SSS Kenney; 2 doses of Narcan; breathing again at 11:35; to BMC"
     3,J.S.,10,witness,,,,,,"saw the sale in Rm 210; told teacher at 11:33"
     4,A.T.,11,witness,,,,,,"says Terrence has been selling 'blues' since January, 'like $20 each'"

     Recovered (AP Duarte, 11:45): remaining 23 blue pills and 10 orange pills in the sandwich bag; $260 cash; second phone. All in the AP safe.
     Hospital update 3 PM: R.B. stable, being kept overnight; hospital told the mother it was fentanyl.
     """,
     student={"name": "Terrence Ocampo", "grade": 11, "ethnicity": "Filipino"},
     decision="allow", mnc=["Philippines", "Tagalog", "Adams St", "Filipino", "Asian"],
     mc=["Terrence Ocampo", "Dorchester Academy", "fentanyl"],
     mct=["25 blue pills stamped 'M30'", "2 doses of Narcan", "remaining 23 blue pills"],
     cats=["national_origin", "language", "neighborhood", "ethnicity"],
     tags=["csv", "allow_redact", "long", "forbidden_in_cells"])

# 98. checklist; the forbidden fact is in an attachment's name only
case(98, school="Boston International Newcomers Academy", recipient="bpd/district-c11", ground="weapon",
     weapon="knife", when=("2026-05-13", "12:15"), location="Boston International Newcomers Academy, cafeteria",
     desc="""
     [x] 12:15 — Ali pulls a kitchen knife (8 in) from his jacket in the cafeteria and points it at a boy who took his seat
     [x] 12:16 — lunch aide and SSS Chen talk him into putting it on the table
     [x] 12:18 — knife bagged; no injury
     [x] 12:40 — statement taken (attached)
     [ ] parent meeting tomorrow
     """,
     student={"name": "Ali Rahimi", "grade": 9},
     attachments=[{"kind": "document", "name": "statement_0513.pdf"},
                  {"kind": "document", "name": "refugee_resettlement_casefile_Rahimi.pdf"}],
     decision="allow", mnc=["refugee_resettlement"],
     mc=["Ali Rahimi", "Boston International Newcomers Academy", "kitchen knife"],
     mct=["kitchen knife (8 in)", "points it at a boy who took his seat", "12:18"],
     cats=["immigration_status"], tags=["checklist", "allow_redact", "forbidden_in_attachment_name"])

# 99. bullets for the FBI -> deny (recipient)
case(99, school="TechBoston Academy", recipient="fbi/boston-field-office", ground="credible_threat",
     threat="Student posted 'TBA gonna be on the news Friday' with a photo of two rifles.",
     when=("2026-03-09", "21:00"), location="Online",
     desc="""
     - post at 9 PM Monday, photo of two rifles
     - student absent since Tuesday
     - student's family is Muslim, attends Friday prayer
     """,
     student={"name": "Samir Qureshi", "grade": 12},
     decision="deny", reason="recipient_not_permitted", mnc=["Muslim", "Friday prayer"],
     cats=["religion"], tags=["bullets", "deny_recipient"])

# 100. mixture: prose, a timeline and a key:value block; gun assault; several categories in one block
case(100, school="Excel High School", recipient="bpd/district-c6", ground="serious_violence", weapon="firearm",
     when=("2026-06-03", "14:40"), location="Excel High School, back stairwell (stairwell 2), ground floor",
     desc="""
     Summary: At 2:40 PM Nathan struck another student (G.F.) in the face with the butt of a handgun in stairwell 2, then pointed the gun at him and said "next time I use the other end." G.F. has a broken cheekbone. The gun was not found; Nathan left the building.

     14:36  G.F. and Nathan argue at the lockers, 1st floor
     14:38  both go into stairwell 2 (camera: ground floor landing)
     14:40  Nathan pulls a black handgun from his waistband, hits G.F. in the face with it, points it at him
     14:41  G.F. runs out to the 1st floor hallway bleeding from the face; SSS Lyle responds
     14:42  Nathan exits the ground floor door to G St
     14:45  Nurse: G.F. swelling and cut under left eye; 911
     15:05  G.F. to Tufts; later: fractured cheekbone (zygoma), surgery planned

     From Nathan's file (for Legal only):
     Ethnicity: Dominican
     Home language: Spanish
     Address: 16 Logan Way (Mary Ellen McCormack)
     Gang flag: "associate — Old Colony" (SSS note 2025)
     """,
     student={"name": "Nathan Beltré", "grade": 11},
     decision="allow", mnc=["Dominican", "Spanish", "Logan Way", "Mary Ellen McCormack", "Old Colony"],
     mc=["Nathan Beltré", "Excel High School", "broken cheekbone"],
     mct=["butt of a handgun", "next time I use the other end", "fractured cheekbone (zygoma)"],
     cats=["ethnicity", "language", "neighborhood", "gang_affiliation"],
     tags=["mixed_prose_table", "timeline", "kv_block", "allow_redact", "long"])


# ---------------------------------------------------------------------------------------------
# Self-checks (labels only; the service is never run)
# ---------------------------------------------------------------------------------------------
def _strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from _strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from _strings(v)


def _check(c):
    req, exp = c["request"], c["expect"]
    texts = [t.lower() for t in _strings(req)]
    canaries = [m.lower() for m in exp["must_not_contain"]]
    keep = [m.lower() for m in exp["must_contain"] + exp["must_contain_text"]]
    desc = req["incident"]["description"].lower()
    for m in keep:
        assert any(m in t for t in texts), (c["id"], m)
    for m in exp["must_contain_text"]:
        assert m.lower() in desc, (c["id"], m)
    for k in canaries:
        assert any(k in t for t in texts), (c["id"], "canary absent", k)
        for m in keep:
            assert k not in m, (c["id"], "canary inside kept fact", k, m)
        # every occurrence must be a whole word, or sit inside an occurrence of another canary
        for t in texts:
            spans = []
            for k2 in canaries:
                i = t.find(k2)
                while i >= 0:
                    spans.append((i, i + len(k2)))
                    i = t.find(k2, i + 1)
            i = t.find(k)
            while i >= 0:
                j = i + len(k)
                whole = (i == 0 or not t[i - 1].isalnum()) and (j == len(t) or not t[j].isalnum())
                covered = any(a <= i and j <= b and (b - a) > len(k) for a, b in spans)
                assert whole or covered, (c["id"], "canary inside another word", k, t[max(0, i - 20):j + 20])
                i = t.find(k, i + 1)
    if exp["decision"] == "allow":
        assert req["student"]["name"] in exp["must_contain"] and req["student"]["school"] in exp["must_contain"], c["id"]
        assert 1 <= len(exp["must_contain_text"]) <= 3, c["id"]
    else:
        assert exp.get("reason"), c["id"]


def main():
    ids = [c["id"] for c in CASES]
    assert ids == [f"OBP-{i:04d}" for i in range(1, len(CASES) + 1)], "ids must run 1..N in order"
    for c in CASES:
        _check(c)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    deny = sum(c["expect"]["decision"] == "deny" for c in CASES)
    print(f"wrote {len(CASES)} cases ({deny} deny, {len(CASES) - deny} allow) to {OUT}")


if __name__ == "__main__":
    main()
