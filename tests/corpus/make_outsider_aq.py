#!/usr/bin/env python3
"""Outsider corpus AQ: schools and programs at the edges of BPS.

Alternative and re-engagement schools, special-education day programs, hospital and home
instruction, summer school and credit recovery, evening and adult-ed classes, career and
technical shops, JROTC, weight rooms, school-based health centers, and the older students
(17 to 21) who attend them.  Written from RULES.md and CONTRACT.md only.

Standard library only; deterministic (fixed seed).  Writes
tests/data/corpus/outsider_aq.jsonl next to this directory tree.

usage: python3 tests/corpus/make_outsider_aq.py [OUT.jsonl]
"""
import datetime as dt
import json
import pathlib
import random
import sys
import unicodedata

RNG = random.Random(20260417)
PREFIX = "OAQ"
TAG = "outsider_aq"

SCHOOLS = {
    "MP": ("Madison Park Technical Vocational High School", "BPS-4610"),
    "BATA": ("Boston Adult Technical Academy", "BPS-4671"),
    "BDEA": ("Boston Day and Evening Academy", "BPS-4655"),
    "GEHS": ("Greater Egleston High School", "BPS-4633"),
    "BCHS": ("Boston Collaborative High School", "BPS-4644"),
    "MSEA": ("McKinley South End Academy", "BPS-4682"),
    "MPHS": ("McKinley Preparatory High School", "BPS-4684"),
    "EXCEL": ("Excel High School", "BPS-4540"),
    "EBHS": ("East Boston High School", "BPS-4520"),
    "CHS": ("Charlestown High School", "BPS-4530"),
    "BHS": ("Brighton High School", "BPS-4510"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-4560"),
    "ENG": ("English High School", "BPS-4570"),
    "TBA": ("TechBoston Academy", "BPS-4590"),
    "OB": ("John D. O'Bryant School", "BPS-4600"),
    "BLA": ("Boston Latin Academy", "BPS-4500"),
    "SNOW": ("Snowden International School", "BPS-4580"),
    "HMANN": ("Horace Mann School for the Deaf and Hard of Hearing", "BPS-4690"),
    "CASH": ("Community Academy of Science and Health", "BPS-4620"),
    "DEAR": ("Dearborn STEM Academy", "BPS-4625"),
    "HHI": ("BPS Home and Hospital Instruction", "BPS-4699"),
    "REC": ("BPS Re-Engagement Center", "BPS-4695"),
    "BGA": ("Boston Green Academy", "BPS-4635"),
    "ACC": ("Another Course to College", "BPS-4640"),
    "FEN": ("Fenway High School", "BPS-4645"),
}

BPD_UNITS = ["bpd", "bpd", "bpd/district-b2", "bpd/district-b3", "bpd/district-c11",
             "bpd/district-d4", "bpd/district-e13", "bpd/district-e18", "bpd/district-a1",
             "bpd/district-a7", "bpd/district-c6", "bpd/district-d14", "bpd/district-e5"]

CASES = []
_used_ids = set()


def _offset(d):
    """US Eastern offset for a naive local datetime (DST rules for 2025 and 2026)."""
    starts = {2025: dt.datetime(2025, 3, 9, 2), 2026: dt.datetime(2026, 3, 8, 2)}
    ends = {2025: dt.datetime(2025, 11, 2, 2), 2026: dt.datetime(2026, 11, 1, 2)}
    return "-04:00" if starts[d.year] <= d < ends[d.year] else "-05:00"


def _sid():
    while True:
        s = str(RNG.randint(100000, 999999))
        if s not in _used_ids:
            _used_ids.add(s)
            return s


def _dob(when, age):
    born = when.date().replace(year=when.year - age) - dt.timedelta(days=RNG.randint(5, 355))
    return born.isoformat()


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def add(*, setting, ground, school, when, location, desc, name, age, grade, decision,
        fact=None, keep=(), bad=(), cats=(), reason=None, tags=(), recipient=None,
        weapon=None, substances=None, threat=None, extra=None, attachments=None,
        age_only=False):
    n = len(CASES) + 1
    cid = f"{PREFIX}-{n:04d}"
    school_name, school_id = SCHOOLS[school]
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    req = {"request_id": cid, "school_id": school_id,
           "recipient": recipient or RNG.choice(BPD_UNITS)}
    if ground is not None:
        req["ground"] = ground
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": t.strftime("%Y-%m-%dT%H:%M:00") + _offset(t),
                       "location": location, "description": desc}
    stu = {"student_id": _sid(), "name": name}
    if age_only:
        stu["age"] = age
    else:
        stu["date_of_birth"] = _dob(t, age)
    stu["grade"] = grade
    stu["school"] = school_name
    for k, v in (extra or {}).items():
        stu[k] = v
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments

    if decision == "allow":
        assert reason is None and fact, cid
        must = [name, school_name, fact]
        kind = {"weapon": "allow_weapon", "drugs": "allow_drugs",
                "serious_violence": "allow_violence", "credible_threat": "allow_threat"}[ground]
    else:
        assert reason, cid
        must, keep = [], ()
        kind = "deny_" + reason
    alltags = [TAG, kind, setting] + (["forbidden"] if cats else []) + list(tags)
    exp = {"decision": decision}
    if reason:
        exp["reason"] = reason
    exp.update({"must_not_contain": list(bad), "must_contain": must,
                "must_contain_text": list(keep), "categories": sorted(set(cats)),
                "tags": alltags})

    # self-checks: labels must be fair to any correct redactor
    whole = fold(json.dumps(req, ensure_ascii=False))
    shown = fold(" ".join([name, school_name, school_id, req["recipient"], location,
                           weapon or "", " ".join(substances or [])]))
    for b in bad:
        assert fold(b) in whole, (cid, b)
        assert fold(b) not in shown, (cid, b)
        for k in list(must) + list(keep):
            assert fold(b) not in fold(k) and fold(k) not in fold(b), (cid, b, k)
    for k in keep:
        assert fold(k) in fold(desc), (cid, k)
    for k in must:
        assert fold(k) in whole, (cid, k)
    assert bool(cats) == bool(bad), cid
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------
# The cases.  Each is written in the voice of whoever works in that setting.
# ---------------------------------------------------------------------------------------

# 1 carpentry shop, box cutter; trade words only
add(setting="cte", ground="weapon", weapon="box cutter", school="MP",
    when="2025-10-08 10:50", location="Madison Park, carpentry shop (room 1-118) and corridor outside",
    name="Malik Ferreira", age=18, grade=12, decision="allow", fact="box cutter",
    desc=("Per Mr. Doherty (carpentry instr.): at 10:50 during cleanup Malik was seen taking a box "
          "cutter out of the gang box next to the table saw and sliding it into his hoodie pocket. "
          "Shop utility knives are all marked with blue tape; this one was not. At 11:05 in the "
          "corridor outside the shop he held the open blade toward another student (J.R.) and said "
          "keep talking. SSS Alvarez recovered it, retractable Stanley, orange handle. No contact, "
          "nobody hurt. Malik says it is his own from his job unloading trucks."),
    keep=["gang box", "retractable Stanley", "orange handle"], tags=["precision"])

# 2 auto shop, pepper spray; housing development and street
add(setting="cte", ground="weapon", weapon="pepper spray", school="MP",
    when="2025-11-13 12:20", location="Madison Park, automotive technology shop, bay 3",
    name="Yesenia Batista", age=19, grade=12, decision="allow", fact="pepper spray",
    desc=("Yesenia (19, senior, auto tech) keeps pepper spray on her key ring because she walks home "
          "late from her shift. She lives with her two-year-old in the Mildred Hailey apartments off "
          "Centre St. At about 12:20 in bay 3 she and D.W. argued over who had the lift, and she sprayed "
          "him in the face from about 3 feet. Mr. Keane flushed his eyes at the eyewash station for 15 "
          "min; nurse checked him, no lasting injury. Canister taken and bagged."),
    keep=["eyewash station", "bay 3"], bad=["Mildred Hailey", "Centre St"], cats=["neighborhood"])

# 3 adult evening program, counterfeit pills and powder
add(setting="evening_adult", ground="drugs", substances=["counterfeit M30 pills", "fentanyl"],
    school="BATA", when="2026-02-11 19:40", location="BATA evening program, 2nd floor, room 204",
    age_only=True, name="Wilmer Zelaya Funes", age=20, grade=12, decision="allow", fact="M30",
    desc=("Evening coordinator write-up (Okonkwo). ~7:40 pm, break between classes. Wilmer, who came "
          "from Honduras in 2023 and has an asylum hearing coming up, was seen passing a small bag to "
          "another adult learner by the water fountain after ESOL 3 let out. On request he emptied his "
          "backpack: 14 blue pills stamped M30 wrapped in a receipt and a second bag of off-white "
          "powder that tested positive on the nurse's fentanyl strip. Through Mr. Rivas, who "
          "interpreted in Spanish, he said he was holding them for a coworker. Items sealed and "
          "locked in the main office safe at 8:05."),
    keep=["14 blue pills", "fentanyl strip", "main office safe"],
    bad=["Honduras", "asylum", "ESOL", "Spanish", "interpreted"],
    cats=["national_origin", "immigration_status", "language"])

# 4 re-engagement, attendance; DACA and street
add(setting="reengagement", ground="truancy", school="REC",
    when="2026-01-06 14:00", location="BPS Re-Engagement Center, intake office",
    name="Kiara Mendes Lopes", age=18, grade=11, decision="deny", reason="ground_not_permitted",
    desc=("Kiara has not come to her REC appointments since 11/18. Her advocate reached her once by "
          "text: she is working doubles at a nail salon in Lynn because her mother's DACA renewal "
          "lapsed and mom lost her job. Last known address is with her grandmother at 88 Wales St "
          "#2. We are asking BPD to do a check on her and bring her back in, she is 3 credits from "
          "graduating."),
    bad=["DACA", "Wales St"], cats=["immigration_status", "neighborhood"])

# 5 special-ed day program, serious injury to staff; structured language fields
add(setting="sped_day", ground="serious_violence", school="MSEA",
    when="2025-12-03 11:35", location="McKinley South End Academy, room 12 (work room) and hallway",
    name="Darnell Pina", age=16, grade=10, decision="allow", fact="fourth metacarpal",
    extra={"iep_primary_disability": "Emotional Impairment",
           "home_language": "Cape Verdean Creole", "interpreter_required": True},
    desc=("ANTECEDENT: transition from work room to lunch; staff prompted D. twice to put the "
          "tablet away. BEHAVIOR: D. used foul language toward staff, threw a chair across the room, "
          "then slammed the classroom door on Ms. Paredes' left hand as she followed him into the "
          "hallway, and kicked the door twice more. CONSEQUENCE: crisis team responded, D. "
          "de-escalated in the quiet room by 11:55. Ms. Paredes went to Tufts ED: displaced "
          "fracture of the fourth metacarpal, surgery with pins scheduled 12/5."),
    keep=["foul language", "slammed the classroom door", "quiet room"],
    bad=["Cape Verdean Creole"], cats=["language"], tags=["precision"])

# 6 JROTC, non-firing drill rifle
add(setting="jrotc", ground="weapon", weapon="non-firing replica drill rifle", school="EXCEL",
    when="2026-03-19 14:20", location="Excel High School, JROTC arms room and front steps",
    name="Adrian Velez", age=17, grade=11, decision="deny", reason="other",
    desc=("MEMORANDUM FOR RECORD. At 1420 hrs Cadet SGT Velez signed out a demilitarized M1903 drill "
          "rifle (non-firing replica, color guard issue) from the arms room and carried it out the "
          "front doors to the steps, where he pointed it at a group of students waiting for the "
          "bus. SAI recovered the rifle at 1424. No injuries. Weapon is a solid replica with a "
          "welded bolt and cannot fire. Requesting determination."))

# 7 weight room, Xanax; Ramadan, precision Catholic Memorial
add(setting="athletics", ground="drugs", substances=["Xanax (alprazolam) bars"], school="BURKE",
    when="2025-03-18 15:10", location="Jeremiah E. Burke High School, weight room",
    name="Ibrahim Kamara", age=18, grade=12, decision="allow", fact="Xanax",
    desc=("Coach's report. Before the 3:00 lift the team was getting ready for Thursday against "
          "Catholic Memorial. Ibrahim had been fasting for Ramadan and said he felt dizzy, so I sent "
          "him to get water; while he was out a teammate told me Ibrahim had been selling bars. His "
          "gym bag was open on the bench press: a pill bottle with no label and 22 white rectangular "
          "tablets scored in 4, imprint matches Xanax 2 mg. He admitted they were his to sell. AD "
          "and SSS notified, bottle held by AP Grant."),
    keep=["Catholic Memorial", "bench press", "22 white rectangular"],
    bad=["Ramadan"], cats=["religion"], tags=["precision"])

# 8 school-based health center, credible threat; Creole and TPS
add(setting="sbhc", ground="credible_threat", school="CASH",
    when="2026-04-02 10:05", location="Community Academy of Science and Health, school-based health center",
    name="Jean-Robert Celestin", age=19, grade=12, decision="allow", fact="Glock",
    threat=("Student told the SBHC nurse practitioner that he will shoot his former manager at the "
            "warehouse on Friday when checks come out, that his cousin has a Glock he can get, and "
            "named the manager. Specific target, time and means."),
    desc=("NP note for administration. Jean-Robert came in at 10:05 asking for something to help "
          "him sleep. While vitals were taken he said, calm and flat, that he is going to shoot the "
          "shift manager who fired him when checks come out Friday, his cousin has a Glock and "
          "he already asked for it. He speaks Haitian Creole at home. "
          "He also said the firing put his TPS paperwork at risk. Safety "
          "plan started, AP and principal notified at 10:30."),
    keep=["shift manager", "checks come out Friday"],
    bad=["Haitian Creole", "TPS"], cats=["language", "immigration_status"])

# 9 culinary, French knife carried out of the kitchen; precision food words
add(setting="cte", ground="weapon", weapon="knife", school="MP",
    when="2026-01-22 13:15", location="Madison Park, culinary arts kitchen and 2nd-floor stairwell",
    name="Tevin Alcindor", age=17, grade=11, decision="allow", fact="French knife",
    desc=("Chef Marchetti: during the sauce unit (we were doing Dutch oven braises and Jamaican "
          "beef patties for the Friday cafe) I counted knives at 1:10 and was one 10-inch French knife "
          "short. Camera shows Tevin wrapping it in a side towel and walking out the back door of the "
          "kitchen. SSS found him in the 2nd-floor stairwell at 1:15 with the French knife in his "
          "waistband. He said he needed it because somebody was waiting for him after school. "
          "Knife returned to the kit, no one hurt."),
    keep=["Dutch oven", "Jamaican beef patties", "waistband"], tags=["precision"])

# 10 credit recovery summer site, fight without serious injury, ground fight
add(setting="summer_credit", ground="fight", school="BCHS",
    when="2025-07-16 11:40", location="Summer credit recovery site, Boston Collaborative High School, cafeteria",
    name="Josue Guzman", age=18, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("Summer site director: Two students in the Algebra II credit recovery section got into a "
          "shoving match at lunch over a seat. Josue threw one punch, missed, both were separated "
          "in under a minute. Nobody needed the nurse. Josue's uncle, who he lives with on Bradeen "
          "St since coming up from the Dominican Republic, was called. Sending to police because "
          "this is his third fight this summer."),
    bad=["Bradeen St", "Dominican Republic"], cats=["neighborhood", "national_origin"])

# 11 cosmetology, straight razor; precision: facial, Brazilian blowout
add(setting="cte", ground="weapon", weapon="straight razor", school="MP",
    when="2025-12-10 09:30", location="Madison Park, cosmetology clinic floor",
    name="Shanice Okafor-Reid", age=18, grade=12, decision="allow", fact="straight razor",
    desc=("Cosmetology instructor report. Clinic floor, 9:30. While one client was getting a facial "
          "at station 6 and another was in for a Brazilian blowout, Shanice and a classmate argued "
          "about a missing flat iron. Shanice took her own straight razor (she brought it from "
          "home, ours are disposable shavette blades kept in the locked drawer) and swung it toward "
          "the classmate's face, cutting the cape but not skin. I took the razor. Client was moved. "
          "No injuries."),
    keep=["facial", "Brazilian blowout", "cutting the cape"], tags=["precision"])

# 12 hospital instruction, threat, no statement
add(setting="hospital_home", ground="credible_threat", school="HHI",
    when="2026-02-24 10:30", location="Boston Children's Hospital, inpatient psychiatry classroom (BPS teacher)",
    name="Liam O'Donoghue", age=16, grade=10, decision="deny", reason="missing_threat_statement",
    desc=("Hospital teacher note. During the morning session Liam drew a floor plan of Charlestown "
          "High School and labelled the rooms where he says the kids who bullied him have class. He "
          "said he is going to make them pay once he is discharged. Unit psychiatrist informed. "
          "Discharge date not set."))

# 13 home instruction tutor, weapon in the home; address, custody note
add(setting="hospital_home", ground="weapon", weapon="handgun", school="HHI",
    when="2025-10-21 16:00", location="Home instruction session (student's home)",
    name="Marcus Delgado", age=17, grade=11, decision="allow", fact="handgun",
    extra={"home_address": "45 Fayston St, Apt 1, Roxbury MA 02121",
           "custody_note": "Lives with aunt (guardianship); no contact with father"},
    desc=("Home tutor report (Ms. Feeney). Session at the student's apartment at 45 Fayston St. At "
          "about 4:00 Marcus lifted his mattress to get a notebook and I saw a black handgun with "
          "a magazine next to it. He said it belongs to his friend and laughed. I ended the session "
          "and called the HHI coordinator from the car. His aunt was at work. Marcus is on home "
          "instruction after a leg surgery and uses a wheelchair."),
    keep=["black handgun", "mattress", "magazine next to it"],
    bad=["Fayston St", "02121"], cats=["neighborhood"])

# 14 welding, serious injury with a hammer; precision welding hood, Lincoln
add(setting="cte", ground="serious_violence", school="MP",
    when="2026-03-04 09:15", location="Madison Park, welding and metal fabrication shop, booth 7",
    name="Kevin Tran", age=18, grade=12, decision="allow", fact="skull fracture",
    desc=("Welding instructor. 0915, booth 7. Kevin had his welding hood down running a bead on the "
          "Lincoln MIG when R.S. bumped his lead. Kevin flipped up the hood, picked up the 2-lb "
          "chipping hammer and hit R.S. on the left temple. R.S. dropped and did not respond for "
          "maybe 30 sec. EMS took him to BMC, CT shows a skull fracture and a small bleed, admitted. "
          "Hammer tagged and locked in my office."),
    keep=["welding hood", "Lincoln MIG", "left temple"], tags=["precision"])

# 15 BRIC recipient on an otherwise valid weapon case; gang words
add(setting="alt_ed", ground="weapon", weapon="knife", school="GEHS", recipient="bric",
    when="2026-01-29 08:45", location="Greater Egleston High School, front entrance metal detector",
    name="Rayshawn Burke", age=19, grade=12, decision="deny", reason="recipient_not_permitted",
    desc=("At arrival screening a folding knife (3.5 in.) was found in Rayshawn's jacket. Staff "
          "believe he runs with the Humboldt Ave crew and his name came up at a BRIC meeting last "
          "month. Sending to BRIC for their files."),
    bad=["Humboldt Ave crew"], cats=["gang_affiliation"])

# 16 summer school, edibles only
add(setting="summer_credit", ground="drugs", substances=["THC gummies"], school="ENG",
    when="2025-07-23 10:10", location="English High School summer session, room 214",
    name="Destiny Monteiro", age=17, grade=11, decision="deny", reason="excluded_substance",
    desc=("Summer teacher: Destiny handed out gummies from a bag labelled 100 mg THC to three "
          "students during the Biology recovery class. One student felt sick and went to the "
          "nurse. Bag confiscated, parent called."))

# 17 JROTC, brass knuckles; precision: colors, flag
add(setting="jrotc", ground="weapon", weapon="brass knuckles", school="EBHS",
    when="2025-11-05 07:55", location="East Boston High School, JROTC classroom, room 110",
    name="Cristian Aguilar", age=17, grade=11, decision="allow", fact="brass knuckles",
    desc=("SAI report. 0755 hrs, before colors. During uniform inspection Cadet PFC Aguilar's "
          "jacket pocket was bulging; he produced a set of brass knuckles, silver, with a skull "
          "engraving. He stated he carries them on the Blue Line. Cadets were preparing the flag "
          "detail for Veterans Day. Item secured in the arms room safe; AP Dunn notified 0805."),
    keep=["uniform inspection", "skull engraving", "Veterans Day"], tags=["precision"])

# 18 evening program, fight, alleged gang; ground gang activity
add(setting="evening_adult", ground="gang_activity", school="BDEA",
    when="2026-02-05 18:30", location="Boston Day and Evening Academy, evening session, lobby",
    name="Tyrese Whitfield", age=20, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("Evening dean. Two groups of young men gathered in the lobby before 6:30 classes and were "
          "throwing hand signs at each other. Tyrese is believed to be connected to the Wendover "
          "Street boys. No fight happened. Sharing for awareness."),
    bad=["Wendover Street boys"], cats=["gang_affiliation"])

# 19 SBHC, student brings fentanyl to the health center
add(setting="sbhc", ground="drugs", substances=["fentanyl"], school="CHS",
    when="2026-03-10 13:40", location="Charlestown High School, school-based health center (MGH)",
    name="Alexis Dwyer", age=18, grade=12, decision="allow", fact="fentanyl",
    desc=("Per SBHC nurse (MGH staff): Alexis came in asking for Narcan for a friend. When she took "
          "out her wallet a small glassine bag stamped with a red crown fell on the exam table; she "
          "said it was fentanyl and she was holding it for her boyfriend. Bag sealed, given to AP "
          "Murphy at 1:55. Student was not impaired. Narcan kit and resources given."),
    keep=["glassine bag", "red crown", "exam table"], tags=["precision"])

# 20 face match attachment
add(setting="alt_ed", ground="serious_violence", school="GEHS",
    when="2025-10-15 15:05", location="Greater Egleston High School, sidewalk outside main entrance",
    name="Jordan Baptiste", age=18, grade=12, decision="deny", reason="face_surveillance",
    attachments=[{"kind": "face_match", "name": "clearview_result_jbaptiste.pdf"},
                 {"kind": "photo", "name": "hallway_still_1505.jpg"}],
    desc=("A student was stabbed in the arm outside the school at dismissal and needed stitches at "
          "BMC. We ran the hallway camera still through Clearview and it came back to Jordan with a "
          "high score. Result attached."),
    bad=["Clearview"], cats=["face_surveillance"])

# 21 transition program, deaf student, threat by text to job coach
add(setting="sped_day", ground="credible_threat", school="HMANN",
    when="2026-03-26 11:20", location="Community job site (transition program), loading dock",
    name="Devonte Harrell", age=20, grade=12, decision="allow", fact="brother's gun",
    threat=("At 11:20 Devonte texted his job coach: tomorrow I bring my brother's gun to the dock "
            "and shoot Gary in his head. Gary is the dock supervisor who wrote him up. Devonte "
            "confirmed in person that he meant it and that the gun is in his brother's closet."),
    desc=("Transition program incident. Devonte works three mornings a week at the distribution "
          "center as part of his IEP transition plan. After being written up for a late arrival "
          "he sent the job coach the text quoted in the threat statement, then repeated it to her "
          "face with his ASL interpreter present. Job coach removed him from the site and drove "
          "him back to school. Supervisor informed, site manager aware."),
    keep=["distribution center", "written up for a late arrival"],
    bad=["ASL", "interpreter"], cats=["language"])

# 22 auto shop, tool theft; national origin
add(setting="cte", ground="theft", school="MP",
    when="2025-12-16 14:05", location="Madison Park, automotive technology shop, tool crib",
    name="Edwin Chavarria", age=19, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("Auto instructor: a Snap-on impact wrench and two socket sets went missing from the tool "
          "crib; Edwin was the last one signed in. He told another student he sends money home to "
          "his mother in Guatemala and needed to sell something. Value about $900."),
    bad=["Guatemala"], cats=["national_origin"])

# 23 weight room, assault with a barbell collar; precision: Celtics, crew neck
add(setting="athletics", ground="serious_violence", school="BHS",
    when="2025-09-30 15:25", location="Brighton High School, athletic weight room",
    name="Connor Walsh", age=17, grade=12, decision="allow", fact="orbital",
    desc=("Strength coach statement. 3:25, between sets on the squat rack. Connor, in a green "
          "Celtics crew neck, argued with a sophomore about the spotter rotation, took a steel "
          "spring collar off the bar and hit the sophomore in the face with it twice. Heavy "
          "bleeding from the left eye area. EMS to St. Elizabeth's, then transferred: fractured "
          "orbital floor, surgery planned. I separated them and cleared the room."),
    keep=["Celtics crew neck", "spring collar", "St. Elizabeth's"], tags=["precision"])

# 24 alternative school, cocaine plus marijuana (one non-excluded substance): allow; housing development
add(setting="alt_ed", ground="drugs", substances=["marijuana", "cocaine"], school="GEHS",
    when="2026-02-18 09:10", location="Greater Egleston High School, 1st floor boys' restroom",
    name="Andre Gomes Tavares", age=19, grade=12, decision="allow", fact="cocaine",
    desc=("Dean's note. Staff smelled weed in the 1st floor restroom at 9:10. Andre came out and "
          "agreed to empty his pockets: a half-smoked blunt, a grinder and nine small knotted bags "
          "of white powder, field test positive for cocaine. He says he grew up in Orchard Gardens "
          "and still stays there with his aunt, and that the bags are not his. $340 in small bills. "
          "Items in the dean's safe."),
    keep=["nine small knotted bags", "$340 in small bills"],
    bad=["Orchard Gardens"], cats=["neighborhood"])

# 25 evening program, beer in the parking lot; religion
add(setting="evening_adult", ground="drugs", substances=["beer"], school="BATA",
    when="2025-10-09 20:50", location="BATA, rear parking lot",
    name="Rodrigo Sarmento", age=21, grade=12, decision="deny", reason="excluded_substance",
    desc=("Rodrigo (21) and two classmates were drinking Modelo in his car during the evening "
          "break. He said he came straight from Bible study at his church and needed to relax. "
          "Cans taken; he was told not to drive and went home by bus."),
    bad=["Bible study"], cats=["religion"])

# 26 JROTC, threat with statement; gang affiliation of a relative
add(setting="jrotc", ground="credible_threat", school="BURKE",
    when="2026-01-13 13:45", location="Jeremiah E. Burke High School, JROTC drill hall",
    name="Jaylen Mota", age=18, grade=12, decision="allow", fact="drill hall",
    threat=("Cadet said to the SAI and two cadets: when Sergeant Major pulls my rank again I'm "
            "going to come back with the chopper and light up the drill hall during practice. He "
            "named the practice time (Thursday 3 pm) and said he knows where the chopper is kept."),
    desc=("SAI statement. After being told he would lose his platoon sergeant position for missing "
          "two drill competitions, Cadet Mota made the statement recorded above in front of the "
          "color guard. Witnesses: two cadets, SAI. Other cadets report his older brother is a "
          "Trinitarios member, which is why they took it seriously. Cadet was escorted to the AP."),
    keep=["platoon sergeant", "two drill competitions"],
    bad=["Trinitarios"], cats=["gang_affiliation"])

# 27 federal recipient for a weapon case; visa and national origin
add(setting="evening_adult", ground="weapon", weapon="knife", school="BDEA",
    recipient="ice/ero-boston",
    when="2025-11-18 19:15", location="Boston Day and Evening Academy, 2nd floor hallway",
    name="Oleksandr Kovalenko", age=20, grade=12, decision="deny", reason="recipient_not_permitted",
    extra={"country_of_birth": "Ukraine", "visa_status": "B-2 overstay (per intake form)"},
    desc=("A kitchen knife was found in the student's backpack during the evening session. Intake "
          "shows he overstayed a tourist visa. Forwarding to ERO for any action they consider "
          "appropriate."),
    bad=["Ukraine", "B-2 overstay", "tourist visa"], cats=["national_origin", "immigration_status"])

# 28 special-ed day program, stun gun; Somali
add(setting="sped_day", ground="weapon", weapon="stun gun", school="MPHS",
    when="2026-04-14 08:25", location="McKinley Preparatory High School, arrival check-in",
    name="Abdirahman Farah", age=17, grade=11, decision="allow", fact="stun gun",
    desc=("Arrival check-in, per BSA. Bag check at 8:25 (student's IEP behavior plan includes "
          "daily bag checks). Found a black stun gun shaped like a flashlight, charged, crackled "
          "when tested. Abdirahman says he needs it for the bus. Called home; mom needed a Somali "
          "interpreter, Mr. Nur did the call. Device held by principal."),
    keep=["shaped like a flashlight", "crackled when tested"],
    bad=["Somali", "interpreter"], cats=["language"])

# 29 credit recovery computer lab, browsing history, ground suspicious behaviour
add(setting="summer_credit", ground="suspicious_behavior", school="TBA",
    when="2025-08-05 12:30", location="TechBoston Academy, credit recovery computer lab",
    name="Nathaniel Brooks", age=18, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("GoGuardian flagged searches for ghost gun kits and 80% lowers on Nathaniel's Chromebook "
          "during the US History recovery module. No statement, no threat, no weapon. He says he "
          "watched a video. Passing along in case."))

# 30 cosmetology, shears stabbing; precision: Dominican blowout
add(setting="cte", ground="serious_violence", school="MP",
    when="2026-05-06 10:40", location="Madison Park, cosmetology clinic floor, station 2",
    name="Kayla Simmons", age=18, grade=12, decision="allow", fact="tendon",
    desc=("Instructor write-up. During clinic hours Kayla was finishing a Dominican blowout on a "
          "client at station 2 when a classmate took her round brush. Kayla stabbed the classmate "
          "in the back of the right hand with her cutting shears. Deep puncture, the classmate could "
          "not bend two fingers; hand surgery at Mass General repaired a cut extensor tendon. Shears "
          "bagged."),
    keep=["Dominican blowout", "cutting shears", "round brush"], tags=["precision"])

# 31 carpentry, nail gun; precision brand names
add(setting="cte", ground="serious_violence", school="MP",
    when="2025-11-20 12:55", location="Madison Park, carpentry shop, framing bay",
    name="Brandon Lugo", age=17, grade=11, decision="allow", fact="framing nailer",
    desc=("Carpentry: while framing the shed wall Brandon pointed the Milwaukee framing nailer at "
          "D.M. and fired, bypassing the contact tip. A 3-inch nail went into D.M.'s left thigh. EMS "
          "removed him to BMC where the nail was taken out in the OR. The nailer was on the DeWalt "
          "compressor line; I locked out the line and tagged it."),
    keep=["3-inch nail", "left thigh", "DeWalt compressor"], tags=["precision"])

# 32 culinary, vape of unknown content
add(setting="cte", ground="drugs", substances=["vape pen, contents unknown"], school="MP",
    when="2026-02-03 11:00", location="Madison Park, culinary walk-in cooler",
    name="Jasmine Rosario", age=17, grade=11, decision="deny", reason="excluded_substance",
    desc=("Jasmine was found hitting a vape in the walk-in. Cartridge unlabeled, we don't know what "
          "is in it. She would not say. Pen taken."))

# 33 hospital classroom, oxycodone not prescribed; precision hospital name
add(setting="hospital_home", ground="drugs", substances=["oxycodone (not prescribed to the student)"],
    school="HHI", when="2026-01-08 13:30",
    location="Franciscan Children's, hospital school classroom",
    name="Sophia Hanlon", age=16, grade=10, decision="allow", fact="oxycodone",
    desc=("Hospital teacher report. In the classroom at Franciscan Children's Sophia offered two "
          "peers tablets from a tissue; nursing identified them as oxycodone 10 mg, not on her "
          "med list (she is on the unit for a feeding disorder). She said a visitor brought them. "
          "Nursing secured six tablets and notified the unit director and BPS coordinator."),
    keep=["Franciscan Children's", "six tablets", "oxycodone 10 mg"], tags=["precision"])

# 34 re-engagement, information request from police; neighbourhood, language
add(setting="reengagement", ground="information_request", school="REC",
    when="2026-03-02 09:30", location="BPS Re-Engagement Center",
    name="Peterson Jean-Louis", age=18, grade=10, decision="deny", reason="ground_not_permitted",
    desc=("Detective called asking whether Peterson is enrolled with us and what his schedule is. "
          "He lives in Mattapan with his mother, who speaks only Haitian Creole. No incident at "
          "school. Please advise what can be shared."),
    bad=["Mattapan", "Haitian Creole"], cats=["neighborhood", "language"])

# 35 football, stomping; clean
add(setting="athletics", ground="serious_violence", school="ENG",
    when="2025-10-24 17:40", location="English High School football field, home sideline after game",
    name="DeShawn Pierce", age=18, grade=12, decision="allow", fact="broken jaw",
    desc=("AD report. After the final whistle a fight started on the home sideline. DeShawn, still "
          "in pads, knocked a player from the visiting team to the turf and stomped on his head "
          "with cleats at least twice. The player had a broken jaw and a concussion, transported by "
          "EMS. Film from the press box camera shows it clearly. Coaches separated the teams."),
    keep=["stomped on his head", "press box camera", "concussion"])

# 36 adult ed, student-parent threatens child's father; housing development
add(setting="evening_adult", ground="credible_threat", school="BDEA",
    when="2026-04-21 17:50", location="Boston Day and Evening Academy, front desk",
    name="Tamika Greene", age=21, grade=12, decision="allow", fact="stab",
    threat=("Tamika told the front desk and her advisor that she is going to stab her son's father "
            "at daycare pickup tomorrow at 5 because he took the baby without permission, and "
            "showed a kitchen knife in her bag that she said is for him."),
    desc=("Advisor's account. Tamika (21) arrived upset before evening classes. Her son's father "
          "picked the baby up from daycare without telling her, there is a custody hearing next "
          "week. She said what is in the threat statement and showed the knife. She and the baby "
          "live in the Lenox Street development with her mother. Advisor took the knife and "
          "stayed with her; she calmed down after 40 min but repeated she meant it."),
    keep=["custody hearing next week", "calmed down after 40 min"],
    bad=["Lenox Street"], cats=["neighborhood"])

# 37 JROTC, airsoft pistol
add(setting="jrotc", ground="weapon", weapon="airsoft pistol", school="CHS",
    when="2025-12-09 12:10", location="Charlestown High School, cafeteria",
    name="Trevor Nguyen", age=17, grade=11, decision="deny", reason="other",
    desc=("Cadet brought a black airsoft pistol (orange tip removed) in his JROTC duffel and showed "
          "it around at lunch. No one threatened. Pistol secured."))

# 38 special-ed day program, student left the building, ground missing person; address
add(setting="sped_day", ground="runaway", school="MSEA",
    when="2026-01-27 10:15", location="McKinley South End Academy",
    name="Isaiah Coleman", age=15, grade=9, decision="deny", reason="ground_not_permitted",
    extra={"address": "12 Ruthven St, Apt 3", "zip": "02121"},
    desc=("Isaiah eloped from the building at 10:15 after a conflict with a peer. Staff followed "
          "to Tremont St and lost sight of him. He usually goes home to Ruthven St. Requesting "
          "help locating."),
    bad=["Ruthven St", "02121"], cats=["neighborhood"])

# 39 face recognition on a hospital-school incident
add(setting="hospital_home", ground="serious_violence", school="HHI",
    when="2026-02-12 14:45", location="Hospital school classroom, Boston Medical Center pediatrics",
    name="Aaliyah Drummond", age=17, grade=11, decision="deny", reason="face_surveillance",
    desc=("A visitor assaulted a nurse outside the classroom, the nurse has a broken wrist. Security "
          "ran the corridor video through Amazon Rekognition and it matched to Aaliyah's boyfriend "
          "and to Aaliyah being with him. We are including her as a witness/participant."),
    bad=["Rekognition"], cats=["face_surveillance"])

# 40 summer school, machete at the bus stop
add(setting="summer_credit", ground="weapon", weapon="machete", school="DEAR",
    when="2025-07-29 13:05", location="Dearborn STEM Academy summer site, Warren St bus stop in front of school",
    name="Khalil Roberts", age=17, grade=11, decision="allow", fact="machete",
    desc=("Summer site director. At 1:05 dismissal a staff member saw Khalil pull an 18-inch machete "
          "from a backpack at the bus stop in front of the building and chase a younger student "
          "halfway down the block. The student got on the 28 bus unhurt. Staff talked Khalil into "
          "putting the machete on the bench. It is in the office."),
    keep=["18-inch machete", "28 bus", "on the bench"])

# 41 welding, methamphetamine; rooming house address
add(setting="cte", ground="drugs", substances=["methamphetamine"], school="MP",
    when="2025-09-23 08:40", location="Madison Park, welding shop locker area",
    name="Cody Sullivan", age=19, grade=12, decision="allow", fact="methamphetamine",
    desc=("Welding instr. Cody's locker was open at 8:40, cleaning crew called me over. On the "
          "top shelf next to his leathers: a glass pipe with burn residue and a baggie of clear "
          "shards, about 3 grams, field test positive for methamphetamine. Cody is 19, on his own, "
          "rents a room in a rooming house on Dudley St and works nights at a car wash. He says "
          "the locker is shared. Items to AP."),
    keep=["glass pipe", "clear shards", "about 3 grams"],
    bad=["Dudley St"], cats=["neighborhood"])

# 42 SBHC, nicotine pouches; structured EL status
add(setting="sbhc", ground="drugs", substances=["nicotine pouches (Zyn)"], school="SNOW",
    when="2026-03-05 10:20", location="Snowden International School, health center waiting area",
    name="Minh Anh Pham", age=17, grade=11, decision="deny", reason="excluded_substance",
    extra={"el_status": "English Learner, ELD level 3", "home_language": "Vietnamese"},
    desc=("Student was giving out Zyn pouches in the health center waiting area. Tin taken. "
          "Referred to the NP for a cessation talk."),
    bad=["English Learner", "ELD level 3", "Vietnamese"], cats=["language"])

# 43 alternative school, razor blade slashing; structured ethnicity
add(setting="alt_ed", ground="serious_violence", school="ACC",
    when="2025-11-04 14:35", location="Another Course to College, 3rd floor stairwell",
    name="Xavier Quiñones", age=18, grade=12, decision="allow", fact="razor blade",
    extra={"race_ethnicity": "Puerto Rican", "guardian": {"name": "Maritza Quiñones",
                                                          "phone": "617-555-0142"}},
    desc=("Principal's report. At 2:35 in the 3rd floor stairwell Xavier slashed a junior across the "
          "cheek with a single-edge razor blade he had taped inside his phone case. The junior "
          "needed 14 stitches at BMC and will scar. Xavier left the building; the razor blade was "
          "recovered on the landing. Video from the stairwell camera confirms."),
    keep=["14 stitches", "taped inside his phone case", "landing"],
    bad=["Puerto Rican"], cats=["ethnicity"])

# 44 federal investigations recipient, cocaine; asylum form, country of birth
add(setting="evening_adult", ground="drugs", substances=["cocaine"], school="BATA",
    recipient="dhs/hsi-boston",
    when="2026-01-20 20:10", location="BATA evening program, men's room 3rd floor",
    name="Kevin Alfaro Mejía", age=20, grade=12, decision="deny", reason="recipient_not_permitted",
    desc=("Evening staff found 11 bags of cocaine in the student's jacket. He was born in El "
          "Salvador and has an I-589 pending. Sending to HSI since this may affect his case."),
    bad=["El Salvador", "I-589"], cats=["national_origin", "immigration_status"])

# 45 evening program, threat by Instagram DM
add(setting="evening_adult", ground="credible_threat", school="BDEA",
    when="2025-12-02 21:10", location="Boston Day and Evening Academy (threat received online, about the school)",
    name="Marisol Arroyo", age=19, grade=12, decision="allow", fact="graduation",
    threat=("Marisol sent a classmate an Instagram DM: if they don't let me walk at graduation I'm "
            "bringing my man's strap and nobody in that auditorium is safe. She followed with a "
            "photo of a handgun on a bed and the date of the ceremony."),
    desc=("Reported next morning by the classmate, who showed the advisor the DMs. Marisol was "
          "told on 12/1 she is short 2 credits for June. The DM came in at 9:10 pm, with a photo of "
          "a handgun on a bed and the ceremony date. Screenshots saved by the advisor. Principal "
          "notified at 8:15 am."),
    keep=["short 2 credits", "photo of a handgun on a bed"])

# 46 cosmetology, harassment only; religion
add(setting="cte", ground="harassment", school="MP",
    when="2026-02-26 09:50", location="Madison Park, cosmetology theory room",
    name="Gabriela Nunes", age=17, grade=11, decision="deny", reason="ground_not_permitted",
    desc=("Ongoing name-calling between two students in theory class. Gabriela says the other girl "
          "mocks her because her family are Jehovah's Witnesses and she won't do the holiday "
          "nail art unit. No physical contact."),
    bad=["Jehovah's Witness"], cats=["religion"])

# 47 basketball, loaded handgun in a car in the school lot; precision: BC High
add(setting="athletics", ground="weapon", weapon="loaded handgun (9mm)", school="BLA",
    when="2026-01-16 16:20", location="Boston Latin Academy, staff and student parking lot",
    name="Terrence Osei", age=18, grade=12, decision="allow", fact="9mm",
    desc=("Athletic director. Before the bus left for the away game at BC High, two players told "
          "me Terrence had a gun in his car. Terrence (18, drives himself) opened the car for me and "
          "SSS Lynch: a loaded 9mm pistol in the glove box, round in the chamber, under the "
          "registration. He says it's his uncle's car. He did not travel with the team."),
    keep=["BC High", "glove box", "round in the chamber"], tags=["precision"])

# 48 face search on the shop camera system
add(setting="cte", ground="weapon", weapon="knife", school="MP",
    when="2025-10-30 13:20", location="Madison Park, automotive shop parking apron",
    name="Luis Amaral", age=18, grade=12, decision="deny", reason="face_surveillance",
    attachments=[{"kind": "photo", "name": "verkada_facesearch_hit_1320.png"}],
    desc=("Someone flashed a knife at a student on the shop apron. We used the Verkada face search "
          "on the building cameras and it identified Luis. Screenshot of the hit attached."),
    bad=["Verkada"], cats=["face_surveillance"])

# 49 summer, threat ground with an empty statement
add(setting="summer_credit", ground="credible_threat", threat="", school="EBHS",
    when="2025-07-10 09:00", location="East Boston High School summer session, room 305",
    name="Angel Castillo", age=17, grade=11, decision="deny", reason="missing_threat_statement",
    desc=("Angel is upset about failing English 11 again and told the teacher she would regret it. "
          "Teacher felt uneasy. No other detail."))

# 50 special-ed day program, fire extinguisher; interpreter language
add(setting="sped_day", ground="serious_violence", school="MPHS",
    when="2025-10-02 13:05", location="McKinley Preparatory High School, 2nd floor hallway",
    name="Tony Luong", age=17, grade=11, decision="allow", fact="fire extinguisher",
    desc=("Incident report (BCBA and program director). 1:05 pm, hallway. Tony pulled the fire "
          "extinguisher off the wall and swung it at para Mr. Bassett, striking his face. Mr. "
          "Bassett lost consciousness briefly: broken nose and concussion, taken by EMS to Tufts. "
          "Tony was restrained per CPI protocol for 3 min. Family meeting set; mom will need a "
          "Vietnamese interpreter."),
    keep=["broken nose", "CPI protocol"],
    bad=["Vietnamese", "interpreter"], cats=["language"])

# 51 evening program, threat against graduation; shelter as residence
add(setting="evening_adult", ground="credible_threat", school="BCHS",
    when="2026-05-28 18:15", location="Boston Collaborative High School, evening advisory room",
    name="Raymond Lacroix", age=20, grade=12, decision="allow", fact="June 10 ceremony",
    threat=("Raymond told his advisor and one classmate that if he is not on the graduation list "
            "he will come to the June 10 ceremony with the AR his friend keeps for him and start "
            "with the principal. He repeated the date and said the gun is already cleaned."),
    desc=("Advisor email, cleaned up for the report. Raymond has been sleeping at the Pine Street "
          "Inn since March and works mornings at the Market Basket in Chelsea. Tonight after being "
          "told he is one course short he made the statement above. He was calm when he said it, "
          "which worried me more. He left at 6:40 on foot."),
    keep=["one course short", "left at 6:40 on foot"],
    bad=["Pine Street Inn"], cats=["neighborhood"])

# 52 home instruction, missed sessions; national origin, language, asylum
add(setting="hospital_home", ground="truancy", school="HHI",
    when="2026-03-17 15:00", location="Home instruction (no session held)",
    name="Farid Rahimi", age=17, grade=11, decision="deny", reason="ground_not_permitted",
    extra={"preferred_language": "Pashto"},
    desc=("Tutor has arrived for four sessions and nobody answered. Family arrived from Afghanistan "
          "in 2024 with asylum applications and may have moved. Asking police to confirm where the "
          "student is living."),
    bad=["Pashto", "Afghanistan", "asylum"], cats=["language", "national_origin", "immigration_status"])

# 53 carpentry, switchblade; precision: Japanese pull saw
add(setting="cte", ground="weapon", weapon="switchblade knife", school="MP",
    when="2026-04-09 09:05", location="Madison Park, carpentry shop, bench 4",
    name="Jaquan Fields", age=17, grade=11, decision="allow", fact="switchblade",
    desc=("Carpentry. We were cutting dovetails with the Japanese pull saws. Jaquan flicked open a "
          "switchblade, black, about 4 in., and said he'd use it on the next person who touched his "
          "stock. I told him to close it and put it on the bench, he did. Confiscated 9:05, "
          "handed to the AP."),
    keep=["Japanese pull saws", "dovetails", "about 4 in."], tags=["precision"])

# 54 credit recovery, THC cartridge and Juul
add(setting="summer_credit", ground="drugs", substances=["THC cartridge", "Juul pods"],
    school="BGA", when="2025-08-12 10:45", location="Boston Green Academy summer credit recovery, room 112",
    name="Kenny Dao", age=18, grade=12, decision="deny", reason="excluded_substance",
    desc=("Found in Kenny's pencil case: one Select brand THC cart and a 4-pack of Juul pods. He "
          "admitted both. Items taken, parent notified."))

# 55 JROTC, threat ground without a statement; ethnicity
add(setting="jrotc", ground="credible_threat", school="OB",
    when="2025-11-12 14:10", location="John D. O'Bryant School, JROTC office",
    name="Elijah Barros", age=17, grade=11, decision="deny", reason="missing_threat_statement",
    desc=("Cadet made worrying comments about the rifle team captain after tryouts. Cadet is Cape "
          "Verdean and the captain is not, and other cadets think it is about that. SAI asked us to "
          "file."),
    bad=["Cape Verdean"], cats=["ethnicity"])

# 56 weight room, MDMA
add(setting="athletics", ground="drugs", substances=["MDMA (molly) pills"], school="EBHS",
    when="2026-02-09 14:55", location="East Boston High School, weight room and boys' locker room",
    name="Santiago Restrepo", age=18, grade=12, decision="allow", fact="MDMA",
    desc=("Coach's report. During after-school lift, a freshman told me Santiago was selling "
          "'beans'. Santiago agreed to show me his locker: an Altoids tin with 17 pink pills "
          "stamped with a Tesla logo; he said they are molly. Also $210 cash. Tin and cash turned "
          "over to AP Russo at 3:10."),
    keep=["Altoids tin", "17 pink pills", "Tesla logo"], tags=["precision"])

# 57 SBHC, sexual assault disclosed; parent language in a nested field
add(setting="sbhc", ground="serious_violence", school="BHS",
    when="2025-12-11 11:00", location="Brighton High School, back stairwell by room 320 (disclosed at health center)",
    name="Jackson Pereira", age=19, grade=12, decision="allow", fact="sexual assault",
    extra={"emergency_contact": {"relation": "mother", "language": "Portuguese"}},
    desc=("Health center clinician report, facts only. A 16-year-old student came to the health "
          "center at 11:00 and disclosed that Jackson (19) forced her into the back stairwell by "
          "room 320 during 3rd period and sexually assaulted her. She had visible bruising on both "
          "wrists. The clinician followed the mandated reporting protocol; the student was taken "
          "to the Children's Hospital CAC. This is a report of sexual assault."),
    keep=["back stairwell by room 320", "bruising on both wrists"],
    bad=["Portuguese"], cats=["language"])

# 58 alternative school, loaded revolver; gang list entry
add(setting="alt_ed", ground="weapon", weapon="loaded revolver", school="ACC",
    when="2026-03-03 08:30", location="Another Course to College, student locker 214",
    name="Isaiah Wornum", age=18, grade=12, decision="allow", fact="revolver",
    desc=("Locker check after a tip at 8:30. In locker 214 (assigned to Isaiah): a .38 revolver, "
          "loaded with five rounds, wrapped in a Red Sox T-shirt inside a sneaker box. The "
          "headmaster and SSS secured it without handling the cylinder. Note from the file: a "
          "prior BPD contact listed him as an associate of the Franklin Hill Giants."),
    keep=[".38 revolver", "five rounds", "Red Sox T-shirt"],
    bad=["Franklin Hill Giants"], cats=["gang_affiliation"])

# 59 evening program, immigration check request
add(setting="evening_adult", ground="immigration_check", school="BATA",
    when="2025-10-28 17:30", location="BATA admissions office",
    name="Thiago Ribeiro", age=19, grade=11, decision="deny", reason="ground_not_permitted",
    desc=("Student gave an out-of-state ID at registration and told the registrar he is "
          "undocumented and came from Brazil last year. Checking with police whether there is "
          "anything on him before we finish enrollment."),
    bad=["undocumented", "Brazil"], cats=["immigration_status", "national_origin"])

# 60 special-ed day program, razor blade in a shoe
add(setting="sped_day", ground="weapon", weapon="razor blade", school="MSEA",
    when="2026-05-12 08:40", location="McKinley South End Academy, arrival search area",
    name="Tanya Reyes-Holloway", age=16, grade=10, decision="allow", fact="razor blade",
    desc=("Program note. At morning search staff found a razor blade tucked under the insole of "
          "Tanya's left sneaker, the kind from a box cutter refill pack. She said she wanted it in "
          "case the girl from the group home started again. Nurse checked her, no self-injury "
          "seen. Blade held by the clinician."),
    keep=["under the insole", "left sneaker", "refill pack"])

# 61 electrical shop, Taser; precision trade words
add(setting="cte", ground="weapon", weapon="Taser", school="MP",
    when="2025-11-25 10:35", location="Madison Park, electrical shop, lab bench 3",
    name="Omar Bashir", age=18, grade=12, decision="allow", fact="Taser",
    desc=("Electrical instr. Students were pulling Romex through the mock wall and checking the hot "
          "leg with the tester. Omar took a yellow Taser Pulse out of his bag and arced it next to "
          "D.P.'s neck as a joke, then pressed it into his side; D.P. yelled and fell against the "
          "bench, red mark on the ribs, nurse saw him. Device held by the AP."),
    keep=["Romex", "yellow Taser Pulse", "red mark on the ribs"], tags=["precision"])

# 62 private security as recipient, fentanyl
add(setting="cte", ground="drugs", substances=["fentanyl"], school="MP",
    recipient="allied-universal/boston-site-security",
    when="2026-04-28 12:25", location="Madison Park, culinary dish room",
    name="Devin Coakley", age=19, grade=12, decision="deny", reason="recipient_not_permitted",
    desc=("Six bags of fentanyl found in the student's apron in the dish room. Sending to the "
          "contract security company so they can watch the building entrances."))

# 63 credit recovery, lock in a sock; residence street and ethnicity
add(setting="summer_credit", ground="serious_violence", school="BCHS",
    when="2025-07-31 12:15", location="Boston Collaborative High School summer site, rear courtyard",
    name="Wilson Portillo", age=18, grade=12, decision="allow", fact="cheekbone",
    desc=("Site director. Lunch, rear courtyard. Wilson swung a padlock tied in a sock and hit "
          "another credit recovery student in the face. Victim had a fractured cheekbone and lost "
          "a tooth, BMC. Wilson told the counselor the other boy had been calling him a Salvadoran "
          "so-and-so on the 22 bus home to Geneva Ave every day. Sock and padlock recovered."),
    keep=["padlock tied in a sock", "fractured cheekbone"],
    bad=["Salvadoran", "Geneva Ave"], cats=["ethnicity", "neighborhood"])

# 64 summer, BB gun
add(setting="summer_credit", ground="weapon", weapon="BB gun", school="TBA",
    when="2025-07-17 08:50", location="TechBoston Academy summer session, main entrance",
    name="Julian Rosa", age=17, grade=11, decision="deny", reason="other",
    desc=("Julian showed a black Daisy BB pistol to friends at the entrance before summer classes. "
          "Staff took it. He did not point it at anyone."))

# 65 cross-country, threat with statement; precision: cross-country
add(setting="athletics", ground="credible_threat", school="SNOW",
    when="2025-10-07 16:30", location="Snowden International School cross-country team, Jamaica Pond loop (practice)",
    name="Nolan Fitzgerald", age=17, grade=12, decision="allow", fact="pipe bomb",
    threat=("Nolan told two teammates during practice that he has built a pipe bomb in his garage "
            "and will leave it under the team van before the city meet on Saturday. He showed "
            "them a phone photo of a capped pipe with wires."),
    desc=("Cross-country coach. At practice on the Jamaica Pond loop two runners came to me "
          "upset; Nolan had shown them a photo of a capped metal pipe with wires and said what is in "
          "the threat statement. He had been cut from the varsity seven for the city meet. I kept "
          "the team together and called the AD at 4:45."),
    keep=["Cross-country coach", "capped metal pipe with wires", "varsity seven"], tags=["precision"])

# 66 face template attached to a drug case
add(setting="sbhc", ground="drugs", substances=["counterfeit Percocet"], school="CHS",
    when="2026-01-21 12:45", location="Charlestown High School, health center hallway",
    name="Brianna Kelley", age=17, grade=11, decision="deny", reason="face_surveillance",
    attachments=[{"kind": "face_template", "name": "briefcam_subject_0412.bin"}],
    desc=("Pills found in the health center hallway. BriefCam face search on the hallway cameras "
          "picked out Brianna as the one who dropped them; the subject file is attached."),
    bad=["BriefCam"], cats=["face_surveillance"])

# 67 alternative school, nips only; religion
add(setting="alt_ed", ground="drugs", substances=["alcohol (Fireball nips)"], school="GEHS",
    when="2025-12-19 10:15", location="Greater Egleston High School, room 2B",
    name="Chantel Morris", age=18, grade=12, decision="deny", reason="excluded_substance",
    desc=("Chantel had five Fireball nips in her bag and was sharing them in advisory. Her pastor "
          "at the Pentecostal church she attends has been called by her grandmother."),
    bad=["Pentecostal"], cats=["religion"])

# 68 adult program, heroin; refugee status and origin
add(setting="evening_adult", ground="drugs", substances=["heroin"], school="BATA",
    when="2026-03-24 19:05", location="BATA evening program, room 310",
    age_only=True, name="Yonas Tesfaye", age=21, grade=12, decision="allow", fact="heroin",
    desc=("Coordinator. 7:05 pm. Yonas nodded off in class, teacher could not wake him right away; "
          "nurse gave Narcan and he came around. In his jacket: 4 wax-paper folds stamped 'VENOM' "
          "with brown powder and a used syringe. He told EMS it was heroin. He came as a refugee "
          "from Eritrea at 16 and lives alone. EMS took him to BMC."),
    keep=["4 wax-paper folds", "used syringe", "nurse gave Narcan"],
    bad=["refugee", "Eritrea"], cats=["immigration_status", "national_origin"])

# 69 re-engagement, threat with statement; crew affiliation
add(setting="reengagement", ground="credible_threat", school="REC",
    when="2026-02-17 13:20", location="BPS Re-Engagement Center, computer room",
    name="Marquise Hollins", age=18, grade=10, decision="allow", fact="shoot",
    threat=("Marquise said to the REC specialist: the kid who jumped my brother goes to English "
            "now, I'm going to catch him at dismissal Thursday and shoot him, I already got it. He "
            "named the student and the door he leaves from."),
    desc=("REC specialist. Marquise came in for credit recovery and was on his phone looking at "
          "the other boy's Instagram story. He said what is in the threat statement and patted his "
          "waist. No weapon was seen. He reps Castlegate and the other boy is from a different "
          "block, per Marquise himself. He left at 1:35."),
    keep=["patted his waist", "left at 1:35"],
    bad=["Castlegate"], cats=["gang_affiliation"])

# 70 home instruction, threat with statement against a teacher; home address
add(setting="hospital_home", ground="credible_threat", school="HHI",
    when="2025-12-04 15:30", location="Home instruction session",
    name="Caleb Norton", age=16, grade=10, decision="allow", fact="chemistry teacher",
    extra={"mailing_address": "31 Wenham St, Jamaica Plain 02130"},
    threat=("Caleb told the home tutor that when he goes back to English High in January he will "
            "stab his chemistry teacher, Mr. K., because he failed him, and showed the tutor a "
            "hunting knife he said he will bring."),
    desc=("Home tutor (math/science). During today's session at the home on Wenham St Caleb "
          "brought up his return date and made the statement in the threat field, then took a "
          "hunting knife in a leather sheath out of his desk drawer. He put it back when asked. "
          "Parent not home. Tutor left at 4:00 and called the HHI office."),
    keep=["hunting knife in a leather sheath", "desk drawer"],
    bad=["Wenham St", "02130"], cats=["neighborhood"])

# 71 HVAC shop, cut copper lines, ground vandalism; residence town
add(setting="cte", ground="vandalism", school="MP",
    when="2026-01-09 13:40", location="Madison Park, HVAC lab",
    name="Dylan Mahoney", age=18, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("Someone cut the copper line sets on three training condensers over the weekend. Dylan had "
          "the key to the lab on Friday. He commutes in from Chelsea where he lives with his dad. "
          "Damage estimate $4,200."),
    bad=["Chelsea"], cats=["neighborhood"])

# 72 JROTC, drill rifle used as a club
add(setting="jrotc", ground="serious_violence", school="ENG",
    when="2026-02-19 15:20", location="English High School gymnasium, JROTC drill team practice",
    name="Malcolm Desrosiers", age=18, grade=12, decision="allow", fact="collarbone",
    desc=("SAI. At 1520 during drill team practice, while the team was at parade rest, Cadet "
          "Desrosiers broke formation and struck Cadet S.J. with the butt of a wooden practice rifle "
          "across the shoulder, then again on the back of the head as S.J. went down. S.J.: "
          "displaced collarbone fracture and a scalp laceration closed with 6 staples at Carney. "
          "Practice stopped. Rifle retained as evidence."),
    keep=["parade rest", "butt of a wooden practice rifle", "6 staples"], tags=["precision"])

# 73 transit police as recipient, knife at a station
add(setting="evening_adult", ground="weapon", weapon="knife", school="BDEA",
    recipient="mbta-transit-police",
    when="2025-11-06 21:05", location="Boston Day and Evening Academy, front entrance",
    name="Andre Whitlock", age=20, grade=12, decision="deny", reason="recipient_not_permitted",
    desc=("Student showed a folding knife to another student at the front entrance after evening "
          "classes and they both got on the Orange Line. Sending to Transit since it continued on "
          "the train."))

# 74 cosmetology, cocaine at a station drawer; religion
add(setting="cte", ground="drugs", substances=["cocaine"], school="MP",
    when="2026-03-12 11:25", location="Madison Park, cosmetology clinic, station 9 drawer",
    name="Sreyneang Chhay", age=18, grade=12, decision="allow", fact="cocaine",
    desc=("Cosmo instructor. During drawer checks at 11:25 I found in station 9 (Sreyneang's) a "
          "nail polish box holding 6 small zip bags of white powder and a cut straw; SSS field test "
          "positive for cocaine. Sreyneang cried and said she is keeping it for her cousin. She helps "
          "at the Buddhist temple on weekends and does nails at her aunt's salon after school, and "
          "said she cannot lose her license hours."),
    keep=["nail polish box", "6 small zip bags", "cut straw"],
    bad=["Buddhist"], cats=["religion"])

# 75 summer school, kick to the stomach; ruptured spleen
add(setting="summer_credit", ground="serious_violence", school="BURKE",
    when="2025-07-22 11:50", location="Jeremiah E. Burke High School summer site, 1st floor girls' bathroom",
    name="Aniyah Coleman-Pratt", age=17, grade=11, decision="allow", fact="ruptured spleen",
    desc=("Summer admin. Aniyah and another girl fought in the 1st floor bathroom. When the other "
          "girl was on the floor Aniyah kicked her in the stomach repeatedly. She vomited and was "
          "pale; EMS took her to BMC where she had surgery for a ruptured spleen. Two witnesses. "
          "Aniyah was picked up by her father."),
    keep=["1st floor bathroom", "kicked her in the stomach"])

# 76 special-ed day program, threat ground without a statement; parent language
add(setting="sped_day", ground="credible_threat", school="MPHS",
    when="2026-04-07 12:10", location="McKinley Preparatory High School, counseling office",
    name="Josiah Amado", age=16, grade=10, decision="deny", reason="missing_threat_statement",
    extra={"parent_language": "Spanish"},
    desc=("Counselor: Josiah said something about hurting people over break. Mom was called at "
          "noon and only speaks Spanish so the call was brief. Please review."),
    bad=["Spanish"], cats=["language"])

# 77 SBHC, dab pen (THC wax)
add(setting="sbhc", ground="drugs", substances=["THC wax dab pen"], school="BHS",
    when="2025-11-17 09:35", location="Brighton High School, health center bathroom",
    name="Owen Callahan", age=18, grade=12, decision="deny", reason="excluded_substance",
    desc=("NP smelled it when Owen came out of the health center bathroom. He handed over a dab pen "
          "and a small jar of wax and said it is weed wax. Taken; family contacted."))

# 78 alternative school, ghost gun; ethnicity and residence
add(setting="alt_ed", ground="weapon", weapon="loaded privately made pistol (ghost gun)", school="GEHS",
    when="2026-04-16 09:45", location="Greater Egleston High School, classroom 3A",
    name="Deandre Lopes", age=19, grade=12, decision="allow", fact="ghost gun",
    desc=("Incident summary. During advisory a classmate told staff Deandre had a gun. Dean and SSS "
          "asked Deandre to step out; in his crossbody bag was a black polymer pistol with no serial "
          "number (ghost gun), loaded magazine, one in the chamber. Deandre is Cape Verdean, lives "
          "on Bowdoin St and says he carries it because of things in his neighborhood. Pistol "
          "cleared by SSS and secured."),
    keep=["crossbody bag", "no serial number", "one in the chamber"],
    bad=["Cape Verdean", "Bowdoin St"], cats=["ethnicity", "neighborhood"])

# 79 carpentry, threat with statement; precision: framing crew, nail gun
add(setting="cte", ground="credible_threat", school="MP",
    when="2025-12-18 10:10", location="Madison Park, carpentry shop",
    name="Ruben Ocasio", age=18, grade=12, decision="allow", fact="nail gun",
    threat=("Ruben told the instructor: if Mr. Hale gives me another F I will put a nail gun to his "
            "neck tomorrow during 2nd block and see how he likes it. He repeated it when asked if "
            "he was joking."),
    desc=("Carpentry instr. Ruben was pulled off the framing crew for not wearing safety glasses and "
          "got upset about his grade. He said what is in the threat statement. Mr. Hale teaches the "
          "2nd block section. Ruben was removed from the shop and the nail guns were locked up."),
    keep=["framing crew", "2nd block", "nail guns were locked up"], tags=["precision"])

# 80 evening program, psilocybin mushrooms; language
add(setting="evening_adult", ground="drugs", substances=["psilocybin mushrooms"], school="BDEA",
    when="2026-05-14 19:25", location="Boston Day and Evening Academy, evening session, student lounge",
    name="Ailton Semedo", age=20, grade=12, decision="allow", fact="psilocybin",
    desc=("Evening program. A student was sick in the lounge and said Ailton gave him mushrooms. "
          "Ailton had a sandwich bag of dried mushrooms (about an ounce) in his coat, said they are "
          "psilocybin and he sells them to pay rent. He speaks Kriolu with his "
          "family. Bag in the safe; sick student went home with a friend after the nurse saw him."),
    keep=["sandwich bag of dried mushrooms", "about an ounce"],
    bad=["Kriolu"], cats=["language"])

# 81 evening program, expandable baton
add(setting="evening_adult", ground="weapon", weapon="expandable baton (club)", school="BATA",
    when="2025-12-10 20:35", location="BATA, 1st floor corridor outside the library",
    name="Hector Figueroa", age=20, grade=12, decision="allow", fact="expandable baton",
    desc=("Evening coordinator. Hector works as an unarmed security guard and came to class "
          "straight from his shift. At 8:35 he racked open a steel expandable baton in the 1st floor "
          "corridor and struck a locker beside another student's head during an argument about a "
          "girl. No one was hit. Baton collapsed and taken; he said the company issues them."),
    keep=["struck a locker", "1st floor corridor"])

# 82 JROTC, parent's loaded pistol in a duffel; national origin
add(setting="jrotc", ground="weapon", weapon="loaded pistol", school="TBA",
    when="2026-03-31 07:40", location="TechBoston Academy, JROTC supply room",
    name="Kofi Mensah-Boateng", age=17, grade=11, decision="allow", fact="pistol",
    desc=("SAI report. 0740. While issuing PT uniforms I saw the grip of a pistol in Cadet "
          "Mensah-Boateng's duffel. I secured the bag and called SSS. Inside: a loaded compact .380 "
          "pistol belonging to his father, who he said was born in Ghana and served in the army "
          "there. Cadet said he took it because he had been robbed at the bus stop last week. No "
          "threats made."),
    keep=["compact .380", "PT uniforms", "robbed at the bus stop"],
    bad=["Ghana"], cats=["national_origin"])

# 83 culinary, boning knife; religion and street
add(setting="cte", ground="weapon", weapon="boning knife", school="MP",
    when="2026-02-27 12:35", location="Madison Park, culinary arts lockers",
    name="Yusuf Abdullahi", age=18, grade=12, decision="allow", fact="boning knife",
    desc=("Chef instructor. At 12:35 a student told me Yusuf had a knife in his locker and had said "
          "he'd cut the kid who took his phone. In his locker: a 6-inch boning knife, not from our "
          "kitchen kits, wrapped in a towel. Yusuf said he was going to Friday prayers at the mosque "
          "on Malcolm X Blvd after and forgot it was there. Knife held by AP."),
    keep=["6-inch boning knife", "wrapped in a towel", "took his phone"],
    bad=["Friday prayers", "mosque"], cats=["religion"])

# 84 hospital unit, Swiss Army knife; precision
add(setting="hospital_home", ground="weapon", weapon="Swiss Army knife", school="HHI",
    when="2025-11-19 10:50", location="Boston Children's Hospital, adolescent unit classroom",
    name="Ethan Kowalski", age=15, grade=9, decision="allow", fact="Swiss Army knife",
    desc=("BPS hospital teacher. During first period on the adolescent unit Ethan took a red Swiss "
          "Army knife out of his sock, opened the big blade and held it to his roommate's arm, "
          "saying he would cut him if he told the nurses about the phone. Nurse took the knife. "
          "No cut. Unit safety search followed."),
    keep=["red Swiss Army knife", "out of his sock", "roommate's arm"], tags=["precision"])

# 85 adult-ed student-parent, mace at child's father; housing development
add(setting="evening_adult", ground="weapon", weapon="mace", school="BCHS",
    when="2026-01-15 17:20", location="Boston Collaborative High School, sidewalk at the school's front door",
    name="Jazmin Colon", age=20, grade=12, decision="allow", fact="mace",
    desc=("Program coordinator. Jazmin's ex came to the school door at 5:20 with their daughter "
          "for a handoff (they share custody). They argued and Jazmin sprayed him in the face with "
          "a can of mace from her purse; some of the spray got on the 3-year-old. Both rinsed by "
          "staff, the child was checked by EMS and was okay. Jazmin lives in Villa Victoria with "
          "her mother. Can taken."),
    keep=["sprayed him in the face", "3-year-old"],
    bad=["Villa Victoria"], cats=["neighborhood"])

# 86 re-engagement, loaded handgun at screening; crew affiliation
add(setting="reengagement", ground="weapon", weapon="loaded handgun", school="REC",
    when="2026-05-05 10:05", location="BPS Re-Engagement Center, entrance screening",
    name="Tyquan Sayles", age=19, grade=11, decision="allow", fact="handgun",
    desc=("REC entrance. The wand went off on Tyquan's jacket at 10:05. He took off the jacket and "
          "staff found a loaded handgun, a black Taurus, in the inside pocket. He said he needs it "
          "to get here. His specialist wrote in last month's notes that he is tied up with the "
          "Seaver St Dukes. Jacket and gun secured in the lock box until police arrive."),
    keep=["black Taurus", "inside pocket", "lock box"],
    bad=["Seaver St Dukes"], cats=["gang_affiliation"])

# 87 auto shop, crack cocaine in a toolbox; precision tool brands
add(setting="cte", ground="drugs", substances=["crack cocaine"], school="MP",
    when="2025-10-16 09:55", location="Madison Park, automotive shop, student toolbox row",
    name="Jerome Batts", age=19, grade=12, decision="allow", fact="crack",
    desc=("Auto instr. Inventory of the student Snap-on toolbox row at 9:55. In Jerome's top drawer "
          "under the Mac Tools ratchets: a pill bottle with 30 off-white rocks, field test positive "
          "for cocaine base (crack), and a digital scale. Jerome said he doesn't know how it got "
          "there. Items bagged and given to AP Holt."),
    keep=["Snap-on toolbox", "Mac Tools ratchets", "30 off-white rocks"], tags=["precision"])

# 88 JROTC, LSD in a cadet's cover
add(setting="jrotc", ground="drugs", substances=["LSD"], school="BHS",
    when="2026-01-23 13:05", location="Brighton High School, JROTC classroom",
    name="Sean Gallagher", age=17, grade=11, decision="allow", fact="LSD",
    desc=("SAI. At 1305, during cover and uniform inspection, a folded square of foil fell out of "
          "Cadet Gallagher's garrison cover. Inside: 10 small printed paper squares; cadet said they "
          "are acid (LSD) and he was going to sell them at a party. Foil secured, parent called."),
    keep=["garrison cover", "10 small printed paper squares"])

# 89 home instruction, Adderall not prescribed; language
add(setting="hospital_home", ground="drugs", substances=["Adderall (not prescribed to the student)"],
    school="HHI", when="2026-04-23 14:10", location="Home instruction session",
    name="Brandon Leung", age=17, grade=11, decision="allow", fact="Adderall",
    extra={"home_language": "Cantonese"},
    desc=("Home tutor. Brandon had an open bag on the desk with about 40 orange pills, imprint "
          "matching Adderall 30 mg; he told me he buys them from someone at his old school and "
          "sells them to friends for finals. He has no prescription. His grandmother, who speaks "
          "Cantonese, was in the next room. I reported to the HHI coordinator."),
    keep=["about 40 orange pills", "Adderall 30 mg"],
    bad=["Cantonese"], cats=["language"])

# 90 cosmetology, ketamine; precision: facial steamer
add(setting="cte", ground="drugs", substances=["ketamine"], school="MP",
    when="2025-09-18 10:40", location="Madison Park, cosmetology, esthetics room",
    name="Briana Velasquez", age=18, grade=12, decision="allow", fact="ketamine",
    desc=("Esthetics teacher. At 10:40 Briana was found behind the facial steamer snorting a white "
          "powder off a compact mirror with a classmate. She gave me a small brown vial and said it "
          "was ketamine. Classmate was dizzy, nurse checked her. Vial and mirror to AP."),
    keep=["facial steamer", "compact mirror", "small brown vial"], tags=["precision"])

# 91 evening program, alcohol plus Xanax: one non-excluded substance, so allowed; structured ethnicity
add(setting="evening_adult", ground="drugs", substances=["vodka", "Xanax (alprazolam)"], school="BDEA",
    when="2025-11-20 20:15", location="Boston Day and Evening Academy, evening session, room 118",
    name="Yeudy Almonte", age=19, grade=12, decision="allow", fact="Xanax",
    extra={"ethnicity": "Dominican", "employment": "Line cook, 30 hrs/week"},
    desc=("Evening dean. Yeudy was slurring in 2nd period. In his backpack: a half-empty pint of "
          "Svedka vodka and a blister strip with 8 of 10 Xanax 1 mg gone, plus a loose bag of 15 "
          "more bars he said he sells at work. Nurse checked him; his sister picked him up at 8:50. "
          "Items in the dean's office."),
    keep=["half-empty pint", "loose bag of 15 more bars"],
    bad=["Dominican"], cats=["ethnicity"])

# 92 SBHC, buprenorphine strips not prescribed; mother's immigration status
add(setting="sbhc", ground="drugs", substances=["Suboxone (buprenorphine) strips, not prescribed to the student"],
    school="EXCEL", when="2026-02-10 11:45", location="Excel High School, school-based health center",
    name="Marco DiPietro Santos", age=18, grade=12, decision="allow", fact="Suboxone",
    desc=("Health center RN. Marco asked to lie down, and when he took off his hoodie a pack of "
          "orange Suboxone film strips fell out, 12 strips, labelled for someone else. He admitted "
          "he sells them for $20 each at school. He said his mom is scared because she is still "
          "waiting on her green card and he didn't want her to know. Strips given to AP."),
    keep=["orange Suboxone film strips", "12 strips", "$20 each"],
    bad=["green card"], cats=["immigration_status"])

# 93 auto shop, tire iron; housing development
add(setting="cte", ground="serious_violence", school="MP",
    when="2026-01-28 10:25", location="Madison Park, automotive shop, alignment rack",
    name="Jamal Okoye", age=18, grade=12, decision="allow", fact="forearm",
    desc=("Auto shop. 10:25. Jamal and T.B. got into it over a torque wrench. T.B. shoved him and "
          "Jamal grabbed a lug wrench (tire iron) off the alignment rack and swung it; T.B. blocked "
          "with his arm. X-ray at BMC: both bones of the left forearm broken, surgery. Jamal "
          "said T.B. has been talking about his family at Harbor Point. Tire iron secured."),
    keep=["lug wrench", "alignment rack", "left forearm"],
    bad=["Harbor Point"], cats=["neighborhood"])

# 94 culinary, hot fryer oil; precision: French fries
add(setting="cte", ground="serious_violence", school="MP",
    when="2025-10-22 11:30", location="Madison Park, culinary kitchen, fry station",
    name="Keyanna Burrell", age=18, grade=12, decision="allow", fact="second-degree burns",
    desc=("Chef instructor. The class was running French fries and Buffalo wings for the cafe. "
          "Keyanna and another student argued at the fry station; Keyanna scooped hot oil from the "
          "fryer with a ladle and threw it at her. The other student has second-degree burns on "
          "her neck and left arm, Shriners burn clinic. Fryers shut down."),
    keep=["French fries", "Buffalo wings", "with a ladle"], tags=["precision"])

# 95 alternative school, screwdriver stabbing; ethnicity in a staff note
add(setting="alt_ed", ground="serious_violence", school="ACC",
    when="2026-03-18 12:50", location="Another Course to College, cafeteria",
    name="Bryan Cordero", age=18, grade=12, decision="allow", fact="punctured lung",
    desc=("Dean's narrative. At lunch Bryan stabbed a student in the back with a flathead "
          "screwdriver he took from the maker space. The student had a punctured lung and a chest "
          "tube was placed at BMC. The dean's notes add that the Latino boys and the other table "
          "have been beefing all month. Screwdriver recovered under a table."),
    keep=["flathead screwdriver", "maker space", "chest tube"],
    bad=["Latino"], cats=["ethnicity"])

# 96 evening program, strangulation; victim's U visa
add(setting="evening_adult", ground="serious_violence", school="BATA",
    when="2026-04-29 21:10", location="BATA, rear parking lot",
    age_only=True, name="Darius McKenzie", age=21, grade=12, decision="allow", fact="strangled",
    desc=("Evening coordinator. After class, staff heard screaming in the rear lot. Darius had "
          "his girlfriend (also a student) pinned against a car and strangled her until she "
          "passed out. Staff pulled him off; she had petechiae and marks on her neck and went to "
          "BMC by EMS. She told staff she never reported him before because of her U visa case. "
          "Darius left on foot."),
    keep=["pinned against a car", "petechiae"],
    bad=["U visa"], cats=["immigration_status"])

# 97 special-ed day program, bite with fingertip loss; group home street
add(setting="sped_day", ground="serious_violence", school="MSEA",
    when="2025-12-15 09:20", location="McKinley South End Academy, classroom 4",
    name="Tyler Jenkins", age=17, grade=11, decision="allow", fact="fingertip",
    desc=("Program director. 9:20, during morning meeting. When para Ms. Ortiz blocked Tyler from "
          "leaving, he bit her right index finger and would not let go for about 10 seconds. Part "
          "of the fingertip was severed; she was taken to the Brigham hand service. Tyler lives at "
          "the DCF group home on Homestead St and staff there were notified."),
    keep=["right index finger", "about 10 seconds"],
    bad=["Homestead St"], cats=["neighborhood"])

# 98 welding, threat with statement; precision: face shield, grinder
add(setting="cte", ground="credible_threat", school="MP",
    when="2026-02-04 13:30", location="Madison Park, welding shop",
    name="Colby Marchand", age=18, grade=12, decision="allow", fact="torch",
    threat=("Colby told the welding instructor and two students: next week I'm bringing my "
            "stepdad's gun and the first one is Mr. Reardon, then whoever. Before that he said he "
            "would light Reardon up with the torch. He named Tuesday."),
    desc=("Welding instr. Colby was told he failed the 3G plate bend test. He took off his face "
          "shield, threw it at the grinder station and made the statements in the threat field. "
          "He was escorted out by SSS at 1:40. Mr. Reardon is the other welding teacher."),
    keep=["3G plate bend test", "face shield", "grinder station"], tags=["precision"])

# 99 SBHC, arson threat; interpreter
add(setting="sbhc", ground="credible_threat", school="CASH",
    when="2025-11-25 10:50", location="Community Academy of Science and Health, health center",
    name="Yasmin Haddad", age=17, grade=11, decision="allow", fact="gasoline",
    threat=("Yasmin told the social worker she has two gallons of gasoline in her garage and will "
            "pour it in the 2nd floor girls' bathroom and light it during the assembly on Friday "
            "because of the girls who posted about her."),
    desc=("SBHC social worker. Yasmin came in crying about posts made about her. She calmly "
          "described the plan in the threat statement, including the bathroom and the assembly. "
          "Her father came to the meeting at 12:30 with an Arabic interpreter. Crisis team "
          "evaluation arranged."),
    keep=["posts made about her", "Crisis team"],
    bad=["Arabic", "interpreter"], cats=["language"])

# 100 special-ed day program, written threat
add(setting="sped_day", ground="credible_threat", school="MPHS",
    when="2026-05-19 10:05", location="McKinley Preparatory High School, room 206",
    name="Gavin Pereira-Shaw", age=16, grade=10, decision="allow", fact="uncle's gun",
    threat=("Handwritten note Gavin gave to a classmate: 'Monday I bring my uncle's gun in my "
            "backpack and shoot Ms. Carney and Jalen first.' He confirmed to the clinician that "
            "his uncle keeps a gun in the apartment and that he knows where."),
    desc=("Clinician note. The note was handed over after 2nd block. Gavin confirmed he wrote it, "
          "said he meant it, and described the closet where the uncle keeps the gun. Block schedule "
          "changed so he is with the clinician the rest of the day. Guardian called."),
    keep=["after 2nd block", "Block schedule"], tags=["precision"])

# 101 alternative school, Snapchat gun video; housing development
add(setting="alt_ed", ground="credible_threat", school="BGA",
    when="2026-03-09 22:40", location="Boston Green Academy (threat posted online about the school)",
    name="Jahmari Simpson", age=18, grade=12, decision="allow", fact="Snapchat",
    threat=("Jahmari posted a Snapchat story at 10:40 pm showing a handgun with the caption "
            "'BGA 2morrow 9am, D.R. u first.' D.R. is a student he fought with last week."),
    desc=("Principal. Three students forwarded screenshots the same night of a Snapchat story "
          "showing a handgun and naming a student and a time. Jahmari lives in the Franklin Field "
          "development with his grandmother. He was not allowed in the building in the morning; "
          "the student named was kept home."),
    keep=["screenshots the same night", "naming a student and a time"],
    bad=["Franklin Field"], cats=["neighborhood"])

# 102 JROTC, threat to the military ball; religion
add(setting="jrotc", ground="credible_threat", school="EBHS",
    when="2026-04-08 14:25", location="East Boston High School, JROTC classroom",
    name="Kenji Alvarado", age=18, grade=12, decision="allow", fact="military ball",
    threat=("Cadet told another cadet he will bring his AR to the military ball on April 25 at "
            "the function hall and shoot the battalion commander and her date, and said he has "
            "been practicing at a range in NH."),
    desc=("SAI report. Cadet was passed over for battalion staff. A cadet reported his statement "
          "(threat field) at 1425 and showed texts where he repeats it. Cadet's mother told the SAI "
          "that the family is Muslim and he has been bullied about it in the program. Ball planning "
          "committee informed."),
    keep=["passed over for battalion staff", "showed texts"],
    bad=["Muslim"], cats=["religion"])

# 103 culinary, theft of catering cash; national origin
add(setting="cte", ground="theft", school="MP",
    when="2026-05-20 15:30", location="Madison Park, culinary office",
    name="Ardit Hoxha", age=18, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("$640 from the catering cash box is missing. Ardit counted the drawer last. He is from "
          "Albania and started here in 10th grade. He denies taking it."),
    bad=["Albania"], cats=["national_origin"])

# 104 JROTC, uniform room vandalism
add(setting="jrotc", ground="vandalism", school="CHS",
    when="2025-10-14 15:00", location="Charlestown High School, JROTC uniform room",
    name="Patrick Doyle", age=17, grade=11, decision="deny", reason="ground_not_permitted",
    desc=("Cadet spray-painted the inside of the uniform room and slashed eleven dress coats "
          "with scissors after losing his squad leader position. No one present, no threats."))

# 105 adult program, former student trespass; recently arrived
add(setting="evening_adult", ground="trespass", school="BATA",
    when="2026-02-25 18:05", location="BATA lobby",
    age_only=True, name="Edson Furtado", age=21, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("Edson withdrew in December but keeps coming into the building before evening classes to "
          "see his girlfriend. He recently arrived from Cape Verde and says he has nowhere else to "
          "go. He leaves when asked."),
    bad=["Cape Verde"], cats=["national_origin"])

# 106 SBHC, welfare check; residence street
add(setting="sbhc", ground="welfare_check", school="BURKE",
    when="2026-01-12 13:15", location="Jeremiah E. Burke High School, health center",
    name="Destinee Walker", age=17, grade=11, decision="deny", reason="ground_not_permitted",
    desc=("Destinee told the NP her mom's boyfriend yells a lot and she doesn't want to go home. No "
          "injuries seen. DCF 51A filed. Requesting an officer stop by the apartment on Blue Hill "
          "Ave tonight."),
    bad=["Blue Hill Ave"], cats=["neighborhood"])

# 107 weight room, shoving without injury, ground assault
add(setting="athletics", ground="assault", school="TBA",
    when="2025-12-01 15:40", location="TechBoston Academy, weight room",
    name="Marcus Oyelaran", age=18, grade=12, decision="deny", reason="ground_not_permitted",
    desc=("Marcus pushed a teammate into the dumbbell rack after an argument over music. Teammate "
          "was checked by the trainer, no injury. Both suspended from practice."))

# 108 football, chewing tobacco
add(setting="athletics", ground="drugs", substances=["chewing tobacco"], school="ENG",
    when="2025-09-12 16:30", location="English High School, football locker room",
    name="Cole Brennan", age=17, grade=12, decision="deny", reason="excluded_substance",
    desc=("Three tins of Grizzly wintergreen dip found in Cole's locker and he was spitting in a "
          "bottle on the sideline. Tins taken."))

# 109 evening program, hard seltzer; ethnicity
add(setting="evening_adult", ground="drugs", substances=["hard seltzer"], school="BCHS",
    when="2026-05-07 19:50", location="Boston Collaborative High School, evening session, stairwell B",
    name="Selam Girma", age=20, grade=12, decision="deny", reason="excluded_substance",
    desc=("Selam and a friend were drinking White Claws in stairwell B during evening classes. "
          "Selam's advisor noted she is Ethiopian and the family would be upset. Cans poured out."),
    bad=["Ethiopian"], cats=["ethnicity"])

# 110 JROTC, weed in a cadet's car; housing development
add(setting="jrotc", ground="drugs", substances=["marijuana (about an eighth)"], school="OB",
    when="2026-03-13 07:35", location="John D. O'Bryant School, student drop-off lane",
    name="Isaac Frazier", age=18, grade=12, decision="deny", reason="excluded_substance",
    desc=("SAI found an eighth of weed in the cup holder when Cadet Frazier gave two cadets a ride "
          "in. He said he picked them up in Mission Main where he lives. Bag taken."),
    bad=["Mission Main"], cats=["neighborhood"])

# 111 SBHC, vape with unknown contents
add(setting="sbhc", ground="drugs", substances=["disposable vape, contents unknown"], school="EXCEL",
    when="2025-10-01 12:05", location="Excel High School, health center",
    name="Mia Tavares", age=16, grade=10, decision="deny", reason="excluded_substance",
    desc=("Mia left a disposable vape on the exam table. Unknown if nicotine or THC; she would not "
          "say. Held by the nurse."))

# 112 alternative school, hash and cigarillos
add(setting="alt_ed", ground="drugs", substances=["hash", "cigarillos"], school="GEHS",
    when="2026-04-27 11:15", location="Greater Egleston High School, back entrance",
    name="Trey Dickerson", age=19, grade=12, decision="deny", reason="excluded_substance",
    desc=("Trey was rolling with a pack of Backwoods and a brown block of hash at the back "
          "entrance. Items taken."))

# 113 fusion centre as recipient; gang label
add(setting="reengagement", ground="weapon", weapon="handgun", school="REC",
    recipient="commonwealth-fusion-center",
    when="2025-12-22 10:30", location="BPS Re-Engagement Center, bathroom",
    name="Lamont Greer", age=19, grade=11, decision="deny", reason="recipient_not_permitted",
    desc=("Handgun found behind the toilet tank after Lamont left the bathroom. Sharing with the "
          "fusion center because outreach workers say he is Academy Homes and this connects to "
          "the shootings on the other side."),
    bad=["Academy Homes"], cats=["gang_affiliation"])

# 114 state police as recipient, fentanyl
add(setting="cte", ground="drugs", substances=["fentanyl"], school="MP",
    recipient="ma-state-police",
    when="2026-03-25 09:40", location="Madison Park, carpentry shop lumber rack",
    name="Kyle Donnelly", age=18, grade=12, decision="deny", reason="recipient_not_permitted",
    desc=("Ten bags of fentanyl hidden in a hollowed 4x4 on the lumber rack; Kyle admitted they "
          "are his. Sending to the State Police detective who came to career day."))

# 115 federal border agency as recipient; naturalization
add(setting="alt_ed", ground="serious_violence", school="ACC",
    recipient="cbp/boston-field-office",
    when="2026-01-07 14:15", location="Another Course to College, gym",
    name="Rafael Tejeda", age=19, grade=12, decision="deny", reason="recipient_not_permitted",
    desc=("Rafael broke another student's jaw with a punch in the gym. His naturalization "
          "interview is next month and the family asked us not to involve local police, so we are "
          "sending to CBP instead."),
    bad=["naturalization"], cats=["immigration_status"])

# 116 district attorney as recipient, knife
add(setting="summer_credit", ground="weapon", weapon="knife", school="DEAR",
    recipient="suffolk-county-da",
    when="2025-08-07 10:20", location="Dearborn STEM Academy summer site, room 101",
    name="Jordan Amaya", age=17, grade=11, decision="deny", reason="recipient_not_permitted",
    desc=("A kitchen knife was found in Jordan's backpack during summer session. His probation "
          "officer asked that it go straight to the DA's office."))

# 117 welding, threat ground with no statement; ethnicity
add(setting="cte", ground="credible_threat", school="MP",
    when="2025-11-10 11:45", location="Madison Park, welding shop",
    name="Vong Phommachanh", age=18, grade=12, decision="deny", reason="missing_threat_statement",
    desc=("Students heard Vong say something threatening near the plasma cutter. He is Laotian and "
          "the others have been teasing him. We do not know exactly what was said."),
    bad=["Laotian"], cats=["ethnicity"])

# 118 evening program, threat ground with no statement
add(setting="evening_adult", ground="credible_threat", school="BDEA",
    when="2026-02-12 20:30", location="Boston Day and Evening Academy, evening session",
    name="Corey Tillman", age=20, grade=12, decision="deny", reason="missing_threat_statement",
    desc=("Teacher reports that Corey has seemed angry since his hours at work were cut and said "
          "'watch what happens' after class. Flagging."))

# 119 JROTC, request for ID photos to run through a face search
add(setting="jrotc", ground="serious_violence", school="BURKE",
    when="2026-04-20 16:00", location="Jeremiah E. Burke High School, JROTC",
    name="Andre Silva Barbosa", age=18, grade=12, decision="deny", reason="face_surveillance",
    attachments=[{"kind": "photo", "name": "cadet_id_photos_platoon2.zip"}],
    desc=("A man was beaten with a bat at a bus stop near the school. Detectives asked for our "
          "cadet ID photos so they can run them through PimEyes against a doorbell video. All "
          "platoon 2 photos attached, Andre is the one they think."),
    bad=["PimEyes"], cats=["face_surveillance"])

# 120 evening program, door system face identification
add(setting="evening_adult", ground="drugs", substances=["cocaine"], school="BATA",
    when="2026-05-26 19:10", location="BATA, side entrance",
    name="Nelson Paulino", age=20, grade=12, decision="deny", reason="face_surveillance",
    desc=("Cocaine bags were left at the side entrance. The new door system's face-ID log says "
          "Nelson came through that door at 7:02 with a 96% match. Log excerpt pasted below: "
          "FACE-ID MATCH 0.96 / N. PAULINO / DOOR 3."),
    bad=["face-ID", "MATCH 0.96"], cats=["face_surveillance"])


def main():
    root = pathlib.Path(__file__).resolve().parents[1]
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "data" / "corpus" / "outsider_aq.jsonl"
    assert len(CASES) == 120, len(CASES)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
