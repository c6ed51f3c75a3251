#!/usr/bin/env python3
"""Outsider corpus BK: WHEN COMMUNITY VIOLENCE REACHES THE SCHOOL.

Family
------
Student reports written by Boston Public Schools staff in the days after a shooting or a
stabbing in the community: memorials and memorial walls, RIP shirts and hoodies, candlelight
vigils the school helps with, grief rooms and crisis-team notes, counselor check-ins, rumors of
retaliation, threats posted "for" someone who died, hallway fights between the victim's friends
and the students they blame, and students found with a gun or a knife "for protection".
Texts are long narratives, crisis-team notes, timed logs, e-mail threads, quoted social-media
posts and reports touching several students. All people, crews and events are invented; school
names are real BPS schools.

Labelling notes (decided from RULES.md and the corpus brief only, never from any implementation)
------------------------------------------------------------------------------------------------
* Decision.  allow when ground is one of weapon / serious_violence / credible_threat (with a
  non-empty threat_statement) / drugs (with at least one substance outside marijuana, nicotine,
  alcohol), the recipient is "bpd" or a "bpd/..." unit, nothing in the request is derived from
  face recognition, and (for weapon) the object is on the SAF-02 list.  Otherwise deny with
  exactly one reason: ground_not_permitted (gang_activity, fight, vigil_safety,
  retaliation_intelligence, witness_information, truancy, ...), excluded_substance (only
  marijuana / alcohol / nicotine / a vape of unknown content), recipient_not_permitted (BRIC,
  fusion center, ICE, HSI, transit police, district attorney, private security, a gang
  database), missing_threat_statement (credible_threat with no or an empty statement),
  face_surveillance (a face match, a face template, or a request to match student photos), or
  other (airsoft and BB guns: the brief says these need an approver's determination the
  request does not carry).  Each deny case is built so that only one of these can apply.
* The submitter's ground code is never second-guessed; every serious_violence case has a
  serious injury or a weapon, every credible_threat case has an articulable threat.
* must_not_contain lists the shortest strings that reveal a RULES.md section 4 category:
  the crew or set a student or victim is said to belong to (and its colors and hand signs),
  the street, development, neighborhood or zip where a student or family lives, the family's
  faith (church, mosque, janazah, funeral Mass), origin (the body flown home to a country),
  ethnicity, the language of the family or an interpreter need, immigration fears and status.
  A crew named after a street is labelled gang_affiliation; a place where someone lives is
  labelled neighborhood.  Values of forbidden structured student fields are listed too.
* Precision traps (kept, listed in must_contain_text when they are part of the incident):
  "crew team", "crewneck", "C block", "blood drive", "black armbands", "memorial wall",
  "candlelight vigil", "streetworker", "Snapchat status", "Spanish 2 classroom", "science fair
  projects", "home game", "homeroom", "St. Elizabeth's" (a hospital), a "gun shape with his
  hand", "I know where you live", a "JUSTICE FOR DRE" sign, school names that contain a place
  (Mission Hill K-8, Charlestown High School, Madison Park, East Boston High School).
* must_contain_text facts are taken from sentences that carry no forbidden information, so a
  redactor that withholds a whole sentence around a forbidden span still keeps them.

Deterministic, standard library only.  Writes tests/data/corpus/outsider_bk.jsonl.
"""
import json
import pathlib
from datetime import date

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bk.jsonl"
FAMILY = "community_violence"

SCHOOLS = {
    "Jeremiah E. Burke High School": ("BPS-4110", "bpd/district-b3"),
    "Madison Park Technical Vocational High School": ("BPS-4220", "bpd/district-b2"),
    "TechBoston Academy": ("BPS-4175", "bpd/district-c11"),
    "East Boston High School": ("BPS-4150", "bpd/district-a7"),
    "English High School": ("BPS-4135", "bpd/district-e13"),
    "Boston Latin Academy": ("BPS-4240", "bpd/district-c11"),
    "Dorchester Academy": ("BPS-4260", "bpd/district-c11"),
    "John D. O'Bryant School of Mathematics and Science": ("BPS-4205", "bpd/district-b2"),
    "Brighton High School": ("BPS-4160", "bpd/district-d14"),
    "Snowden International School": ("BPS-4230", "bpd/district-d4"),
    "Excel High School": ("BPS-4185", "bpd/district-c6"),
    "Community Academy of Science and Health": ("BPS-4280", "bpd/district-e18"),
    "New Mission High School": ("BPS-4320", "bpd/district-e18"),
    "Charlestown High School": ("BPS-4195", "bpd/district-a1"),
    "Fenway High School": ("BPS-4340", "bpd/district-d4"),
    "Boston Community Leadership Academy": ("BPS-4270", "bpd/district-e18"),
    "Boston International Newcomers Academy": ("BPS-4365", "bpd/district-c11"),
    "Mission Hill K-8": ("BPS-4250", "bpd/district-b2"),
    "Henderson Inclusion School": ("BPS-4290", "bpd/district-c11"),
    "Lilla G. Frederick Middle School": ("BPS-4310", "bpd/district-c11"),
    "Boston Arts Academy": ("BPS-4330", "bpd/district-d4"),
    "Edison K-8": ("BPS-4300", "bpd/district-d14"),
}

FORMATS = {"narrative", "crisis_notes", "timed_log", "email_thread", "social_post", "short_report",
           "counselor_log"}


def P(s):
    """Prose: collapse the source layout into one paragraph."""
    return " ".join(s.split())


def L(s):
    """Line-structured text (logs, e-mails): strip indentation, keep line breaks."""
    return "\n".join(ln.strip() for ln in s.strip("\n").split("\n"))


def ts(day, hm):
    y, m, d = (int(x) for x in day.split("-"))
    dt = date(y, m, d)
    dst = {2025: (date(2025, 3, 9), date(2025, 11, 2)), 2026: (date(2026, 3, 8), date(2026, 11, 1))}[y]
    off = "-04:00" if dst[0] <= dt < dst[1] else "-05:00"
    return f"{day}T{hm}:00{off}"


def S(name, sid, dob, grade, school, **extra):
    st = {"student_id": sid, "name": name}
    if dob:
        st["date_of_birth"] = dob
    if grade is not None:
        st["grade"] = grade
    st["school"] = school
    st.update(extra)
    return st


CASES = []


def case(ground, student, when, location, desc, *, decision="allow", reason=None, mnc=(), key=None,
         mct=(), cats=(), tags=(), weapon=None, substances=None, threat=None, recipient=None,
         attachments=None, school_id=None):
    n = len(CASES) + 1
    cid = f"OBK-{n:04d}"
    school = student["school"]
    sid, default_recipient = SCHOOLS[school]
    req = {"request_id": cid, "school_id": school_id or sid, "recipient": recipient or default_recipient,
           "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": ts(*when), "location": location, "description": desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    tag_list = [FAMILY] + list(tags)
    if len(desc) >= 800:
        tag_list.append("long_text")
        tag_list = ["narrative" if t == "short_report" else t for t in tag_list]
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = ([student["name"], school, key] if decision == "allow" else [])
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = tag_list
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# ALLOW: weapon
# ---------------------------------------------------------------------------------------------

case("weapon",
     S("Jamari Pell", "402817", "2010-02-11", 10, "Jeremiah E. Burke High School"),
     ("2025-10-20", "07:50"), "Jeremiah E. Burke High School, main entrance and security office",
     P("""On Monday 10/20 at approx 7:50 AM, during the random bag check at the main entrance, SSS
     Odom felt something heavy in the front pocket of Jamari's backpack and asked him to step into
     the security office. AP Reyes was present when the pocket was opened. Inside was a black
     semi-automatic handgun (9mm) with a magazine inserted. The magazine held six rounds and there
     was no round in the chamber. SSS Odom secured the gun in the office safe and school police were
     called at 7:56. Jamari did not resist and did not try to leave. When asked why he had it, he
     said "it's for protection, you saw what happened to Dre." Andre "Dre" Whitfield, a former Burke
     student, was shot and killed Saturday night, and many students have been wearing RIP shirts
     since. Jamari said he has been walking to school alone and is scared. For context, Jamari lives
     on Norwell St, two blocks from where Dre was shot, and several staff have heard that he runs with
     the Norcross crew. His grandmother, who only speaks Portuguese, came in at 9:30 with Ms. Pina
     interpreting. The crisis team is checking in with him and his friends this week."""),
     weapon="handgun", key="handgun",
     mnc=["Norwell St", "Norcross", "Portuguese", "interpreting"],
     mct=["front pocket of Jamari's backpack", "six rounds", "office safe"],
     cats=["neighborhood", "gang_affiliation", "language"], tags=["allow_weapon", "narrative", "gun_for_protection"])

case("weapon",
     S("Imani Grady", "417730", "2009-04-19", 11, "Madison Park Technical Vocational High School"),
     ("2026-01-13", "10:40"), "Madison Park Technical Vocational High School, grief room (room 118)",
     L("""CRISIS TEAM NOTES - Tue 1/13/26, grief room (rm 118)
     Present: Mr. Dube (counselor), Ms. Afolabi (social worker), AP Castillo as needed.
     P2: Imani G. came in crying, said she has not slept since Keon died. Talked about the stabbing, what she saw on the videos.
     P3: Imani told Mr. Dube she "keeps something on her" because the people who stabbed Keon "know who his friends are."
     10:40: Mr. Dube notified AP Castillo. AP Castillo and SSS Breen searched her tote bag with her present and found an 8-inch kitchen knife wrapped in a dish towel. Imani handed it over without a problem.
     Staff note: Imani and Keon both live in Madison Park Village and she says kids from over there are being targeted. The family is Muslim and the janazah was Sunday; Imani missed it because she was afraid to go outside.
     10:55: Mom called. Safety plan started, daily check-ins with Mr. Dube, referral to the Trauma Response Team.
     Grief room stays open P1-P7 through Friday."""),
     weapon="knife", key="kitchen knife",
     mnc=["Madison Park Village", "Muslim", "janazah"],
     mct=["8-inch kitchen knife", "dish towel", "tote bag"],
     cats=["neighborhood", "religion"], tags=["allow_weapon", "crisis_notes", "trap_school_name_place"])

case("weapon",
     S("Tyrese Vann", "398214", "2009-01-30", 11, "TechBoston Academy"),
     ("2025-10-23", "18:52"), "TechBoston Academy, gymnasium (evening vigil)",
     L("""Incident log - candlelight vigil for Andre Whitfield, TBA gym, Thu 10/23
     6:15 PM Doors open. Approx 140 students, families and staff. Mr. Alston (BCYF streetworker) at the door with SSS Greer.
     6:40 PM Moment of silence; candles lit at the front of the gym.
     6:52 PM SSS Greer sees Tyrese V. near the bleachers in a RIP DRE / KESTREL AVE hoodie arguing with two boys. Tyrese pulls brass knuckles from his hoodie pocket and puts them on his right hand.
     6:53 PM Mr. Alston and SSS Greer step between them. Tyrese takes them off and hands them to SSS Greer without swinging. Nobody hurt.
     6:58 PM Tyrese walked to the main office. Says he brought them "in case Norcross showed up."
     7:10 PM Dad picked up. Brass knuckles bagged and locked in the AP office.
     7:30 PM Vigil ends without further incident.
     8:05 PM AP Dunn called Tyrese's dad to set a re-entry meeting for Monday. Crisis team to check in with the two boys he was arguing with."""),
     weapon="brass knuckles", key="brass knuckles",
     mnc=["KESTREL", "Norcross"],
     mct=["candlelight vigil for Andre Whitfield", "streetworker", "right hand"],
     cats=["gang_affiliation"], tags=["allow_weapon", "timed_log", "trap_vigil"])

case("weapon",
     S("Yesenia Marte", "431106", "2010-07-08", 10, "East Boston High School"),
     ("2026-04-15", "10:05"), "East Boston High School, third-floor lockers",
     L("""From: Lucia Ferreira (Assistant Principal)
     To: Principal M. Doyle
     Sent: Wed 4/15/2026 11:02 AM
     Subject: RE: locker search this morning - Y. Marte

     Writing this up for the liaison as you asked. At 10:05 AM during the third-floor locker cleanout SSS Kemp found a small canister of pepper spray (red, keychain size) in Yesenia's locker, #3-114. Yesenia was called down at 10:12 and said the pepper spray is hers; she bought it online after Tavon Greer was killed on the 10th because she walks past the spot every day. She did not threaten anybody with it and it was not used. The canister is secured in my office.

     > From: M. Doyle
     > Sent: 10:41 AM
     > Please send me a write-up I can forward. Keep it to what happened.
     >
     > From: L. Ferreira
     > Sent: 10:20 AM
     > Heads up, pepper spray found in a locker on 3. Student was really upset. She told me her mom is undocumented and that's why nobody in their building will talk to the detectives about what they saw the night Tavon was shot - they're afraid they'll get deported if they give a statement."""),
     weapon="pepper spray", key="pepper spray",
     mnc=["undocumented", "deported"],
     mct=["#3-114", "keychain size"],
     cats=["immigration_status"], tags=["allow_weapon", "email_thread", "witness_fear"])

case("weapon",
     S("Devonte Hicks", "420561", "2010-05-22", 10, "English High School"),
     ("2025-12-10", "12:35"), "English High School, cafeteria",
     P("""Mr. Okafor (lunch duty) reports: at approx 12:35 PM during C block lunch Devonte was sitting
     with a group making posters for the memorial art project for Nia Fontaine, the sophomore who was
     killed on the 6th. Devonte was wearing a gray crewneck with Nia's photo on the front, like a lot
     of the kids this week. When he bent down, Mr. Okafor saw the orange handle of a box cutter
     sticking out of his left sock. SSS Paulino was called and Devonte took it out and handed it over
     (retractable, blade fully extended when removed). The art room's box cutters were counted by Ms.
     Hale and all are accounted for, so it was not from the project. Devonte said he has carried it
     since Nia was shot "because it could be anybody." No one was threatened. He was calm, was sent
     home with his aunt at 1:40, and will meet with the counselor tomorrow morning before first
     period."""),
     weapon="box cutter", key="box cutter",
     mnc=[], mct=["left sock", "C block", "gray crewneck"],
     cats=[], tags=["allow_weapon", "narrative", "trap_crew", "trap_schedule_block", "clean"])

case("weapon",
     S("Jalen Brooks", "405532", "2009-11-03", 10, "Jeremiah E. Burke High School",
       other_students_involved=[{"name": "Marcus Tolbert", "student_id": "338120", "grade": 10,
                                 "home_address": "18 Ashford Ct, Apt 2, 02124",
                                 "gang_flag": "Greyfield - associate"}]),
     ("2025-11-05", "13:10"), "Jeremiah E. Burke High School, third-floor boys' bathroom and stairwell",
     P("""Two students involved; this report is for Jalen. On 11/5 at about 1:10 PM Mr. Byrne saw
     Marcus T. hand a black drawstring bag to Jalen outside the third-floor boys' bathroom. Mr. Byrne
     called SSS Odom, who met both boys at the stairwell door. In the drawstring bag was an unloaded
     silver revolver. Marcus had a box of .38 ammunition in his coat pocket. Neither boy ran. Jalen said
     the gun was his, for protection after Dre, and that Marcus was "just holding the bullets."
     Officer Daley from the school police said both boys are listed in the gang database as Greyfield
     associates and that Marcus's older brother was at the scene the night Dre was shot. Both families
     were called at 1:35 and both boys were sent home pending a hearing. The revolver is a five-shot .38
     Special with the serial number intact; it was turned over to school police at 1:28. Jalen told AP
     Reyes he paid an older boy $200 for it the day after Dre's funeral and has carried it in the
     drawstring bag every day since, but never took it out in school."""),
     weapon="firearm", key="revolver",
     mnc=["Greyfield", "Ashford Ct", "02124"],
     mct=["unloaded silver revolver", "drawstring bag", ".38 ammunition"],
     cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "narrative", "multi_student", "structured_fields", "gun_for_protection"])

case("weapon",
     S("Isaiah Danso", "426678", "2010-09-14", 10, "Boston Latin Academy"),
     ("2026-03-18", "14:10"), "Boston Latin Academy, library",
     P("""At 2:10 PM in the library, Ms. Carver heard a crackling sound and saw Isaiah holding a black
     stun gun, pressing the trigger so it arced, showing two other boys. She asked him to put it on the
     table and he did. SSS Lowell took possession at 2:14. It is a handheld stun gun, about six inches
     long, with a working battery. Isaiah said he has carried it in the front pocket of his hoodie since
     Malik Osei was shot on the 13th. He said "they're going after anybody from Tolland." He also said
     Malik's janazah at the mosque is Friday and he is scared to go. Isaiah is a good student with no
     prior discipline. Mom was called at 2:30 and came in at 3:15. Both of the other boys said Isaiah
     told them it was "for the walk to the train." Isaiah has been in the grief room twice since Malik
     died, and the crisis team will add him to the daily check-in list. The stun gun is locked in the
     AP's office for school police."""),
     weapon="stun gun", key="stun gun",
     mnc=["Tolland", "janazah", "mosque"],
     mct=["library", "front pocket of his hoodie", "about six inches"],
     cats=["gang_affiliation", "religion"], tags=["allow_weapon", "short_report"])

case("weapon",
     S("Rashad Greene", "399870", "2009-06-25", 11, "Dorchester Academy"),
     ("2025-10-28", "09:05"), "Dorchester Academy, stairwell B (student memorial)",
     P("""Ms. Kearns (ELA) was walking to the copy room at 9:05 AM and found Rashad alone in stairwell
     B, where students have set up a memorial for Dre (photos, candles that are not lit, markers, notes
     taped on the wall). Rashad had a folding knife open and was scratching a name off the wall. When
     Ms. Kearns said his name he turned around with the knife still open in his right hand and said
     "back up, this don't got nothing to do with you." She backed out and radioed SSS Mahoney, who
     arrived at 9:07. Rashad closed the knife and gave it to SSS Mahoney (black handle, about 3.5 inch
     blade). No one was hurt. The name he was scratching out had been written under WEXFORD with the
     three-finger sign drawn next to it, which staff think is about who people are blaming for Dre.
     The memorial has been moved to the library for now and staff will check it each period."""),
     weapon="knife", key="folding knife",
     mnc=["WEXFORD", "three-finger sign"],
     mct=["stairwell B", "back up", "3.5 inch blade"],
     cats=["gang_affiliation"], tags=["allow_weapon", "narrative", "memorial_wall"])

case("weapon",
     S("Abdirahman Yusuf", "433905", "2010-03-02", 10, "John D. O'Bryant School of Mathematics and Science",
       home_language="Somali", ell_status="EL, WIDA level 3", country_of_birth="Kenya",
       address={"street": "27 Glenarm St", "city": "Dorchester", "zip": "02121"}),
     ("2026-02-24", "08:20"), "John D. O'Bryant School, second-floor lockers",
     L("""Per SSS Hamlin:
     - 2/24, 8:20 AM: a student told the front desk that Abdirahman had "something" in his locker.
     - AP Grant and SSS Hamlin opened locker 2-207 with Abdirahman present.
     - Inside a sneaker box was a loaded .380 pistol, 5 rounds in the magazine.
     - Abdirahman said a friend gave it to him after CJ Lamb was killed and that he never took it out of the box.
     - 8:41 AM: gun secured by school police.
     - 9:00 AM: parent notified."""),
     weapon="firearm", key=".380 pistol",
     mnc=["Somali", "WIDA", "Kenya", "Glenarm", "Dorchester", "02121"],
     mct=["locker 2-207", "sneaker box", "5 rounds"],
     cats=["language", "national_origin", "neighborhood"], tags=["allow_weapon", "timed_log", "structured_fields"])

case("weapon",
     S("Kenny Doyle", "411442", "2009-08-17", 11, "Brighton High School"),
     ("2026-02-23", "07:45"), "Brighton High School, main office",
     P("""Summary for the BPD liaison. On Sunday night (2/22) several students sent the school
     screenshots of a Snapchat status posted by Kenny. The post shows a hand holding a black handgun
     with the caption "LLCJ \U0001F54A\ufe0f they gon learn" and was up for about an hour. CJ Lamb, a former
     Brighton student, was killed on 2/14. On Monday 2/23 at 7:45 AM, when Kenny arrived, AP Duarte and
     SSS Wray asked him to come to the office and he agreed. SSS Wray patted him down and found a
     loaded pistol in his waistband (black, Glock-style, 10 rounds). Kenny said he was "never going
     to use it, it's for protection." School police took custody at 7:58. Dad was called and came in."""),
     weapon="firearm", key="loaded pistol",
     mnc=[], mct=["waistband", "Snapchat status", "10 rounds"],
     cats=[], tags=["allow_weapon", "social_post", "trap_status", "clean"])

case("weapon",
     S("Brianna Cole", "408819", "2009-05-12", 11, "Snowden International School"),
     ("2026-01-07", "11:15"), "Snowden International School, room 305",
     P("""At 11:15 AM in room 305 Mr. Leach saw Brianna slide a razor blade out from behind the case of
     her phone and hold it between her fingers while arguing with another girl (A.W.) about posts
     about her cousin Terrell, who was shot and killed on 12/20. Mr. Leach told her to put it down and
     she put the phone and blade on the desk. SSS Grimes collected a single-edge razor blade that had
     been taped inside the phone case. A.W. was not cut. Brianna told the AP that after Terrell died her
     family moved out of the Lenox Street development and are staying with an aunt in Mattapan, and
     that A.W.'s friends "keep saying stuff online." Mom notified at 11:50."""),
     weapon="razor blade", key="razor blade",
     mnc=["Lenox", "Mattapan"],
     mct=["single-edge razor blade", "taped inside the phone case", "room 305"],
     cats=["neighborhood"], tags=["allow_weapon", "short_report"])

case("weapon",
     S("Tyler Monteiro", "387745", "2007-06-03", 12, "Excel High School"),
     ("2025-09-29", "10:20"), "Excel High School, student parking lot",
     P("""A tip came in to AP Sousa at 10:05 AM that Tyler (grade 12, 18 years old) had "a strap in his
     car" since the funeral. AP Sousa and SSS Nolan brought Tyler to the back lot at 10:20 and Tyler
     opened the car himself. In the glove box was a loaded black handgun (.40 caliber, magazine with 8
     rounds) wrapped in a T-shirt. Tyler said it was his cousin's and that he has been carrying it since
     Dario Lopes was killed on 9/20. School police took custody at 10:34. Staff note from AP Sousa:
     Dario's Cape Verdean family had the funeral Mass at St. Peter's on Saturday and there was a lot of
     tension outside afterwards; Tyler was there. Tyler has seen the counselor twice this week. He was
     cooperative the whole time and asked if he could still graduate. The car belongs to his mother,
     who came in at 11:30 and said she did not know the gun was there."""),
     weapon="firearm", key="handgun",
     mnc=["Cape Verdean", "funeral Mass", "St. Peter"],
     mct=["glove box", "8 rounds", "T-shirt"],
     cats=["ethnicity", "religion"], tags=["allow_weapon", "short_report", "gun_for_protection"])

case("weapon",
     S("Luis Ferrer", "412290", "2010-01-27", 10, "Community Academy of Science and Health"),
     ("2025-11-12", "14:25"), "Community Academy of Science and Health, first-floor hallway by the gym",
     P("""At approx 2:25 PM at dismissal, a group of students who were close to Jaylen Rosario (killed
     on 11/1) confronted three boys they blame for "setting him up," near the first-floor lockers by
     the gym. Words were exchanged and one boy from the first group pushed Luis. Luis took a small
     pepper spray canister off his keys and sprayed it in a wide arc. At least six students and Ms.
     Tran (teacher) were affected, mostly eyes and throat. The nurse flushed eyes in the nurse's office
     and EMS evaluated two students on site; no transports. SSS Castro took the canister from Luis at
     2:27. Luis said he carries it "because of what happened to Jaylen" and that he did not mean to hit
     the teacher. From the AP's notes: the boys in the first group all live in the Georgetowne
     apartments and Luis and his friends are from Readville, and the fight at the vigil on Sunday,
     which the family led mostly in Spanish, was between the same two groups. The first-floor hallway
     was cleared and ventilated. Both sets of families were called. Luis was sent home."""),
     weapon="pepper spray", key="pepper spray",
     mnc=["Georgetowne", "Readville", "in Spanish"],
     mct=["first-floor lockers", "wide arc", "Ms. Tran"],
     cats=["neighborhood", "language"], tags=["allow_weapon", "narrative", "multi_student"])

case("weapon",
     S("Kamari Stokes", "415063", "2009-10-10", 11, "New Mission High School"),
     ("2026-03-10", "08:35"), "New Mission High School, side entrance",
     P("""At 8:35 AM SSS Pike noticed Kamari holding his right side while coming in late through the
     side door, and asked him to step into the vestibule. Kamari was wearing a hoodie printed RIP
     SMOKE ALMONT 4L. Devin "Smoke" Harris was shot and killed on 3/7. When SSS Pike asked what he was
     holding, Kamari lifted his hoodie and handed over a steak knife (serrated, about 5 inch blade)
     that had been tucked in his waistband. He said "I'm not trying to be next." He was calm and
     cooperative. His father said on the phone that Kamari has been going back and forth between
     Roxbury and his mom's in Randolph since the shooting. Dad picked him up at 10:00."""),
     weapon="knife", key="steak knife",
     mnc=["ALMONT", "Roxbury", "Randolph"],
     mct=["side door", "about 5 inch blade", "I'm not trying to be next"],
     cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "short_report", "rip_clothing"])

case("weapon",
     S("Khang Le", "436612", "2010-12-01", 9, "Charlestown High School"),
     ("2026-05-07", "12:50"), "Charlestown High School, first-floor lockers",
     L("""From: AP R. Quigley
     To: Principal A. Marsh
     Sent: Thu 5/7/2026 1:48 PM
     Subject: Khang - gun in locker (for BPD)

     Summary: at 12:50 PM, acting on a tip from two students, SSS Barros and I opened locker 114 on the first floor with Khang present. In his gym bag was an unloaded black handgun with an empty magazine next to it; no ammunition was found. Khang said he got it after his friend Pauly was shot last week near the Bunker Hill development where they both live, and that he was "not going to be next." SSS Barros secured it and school police were on scene at 1:05. I called home; per the translator, mom said in Vietnamese that she had no idea.
     Khang has no prior discipline. He was in the grief group on Tuesday and told Ms. Ahern he was scared to walk to the bus.

     -----Original Message-----
     From: Principal A. Marsh
     Sent: Thu 5/7/2026 1:15 PM
     What happened on the first floor? Police are in the building."""),
     weapon="firearm", key="handgun",
     mnc=["Bunker Hill", "Vietnamese", "translator"],
     mct=["locker 114", "gym bag", "empty magazine"],
     cats=["neighborhood", "language"], tags=["allow_weapon", "email_thread", "trap_school_name_place"])

case("weapon",
     S("Marquise Dunbar", "404418", "2008-12-29", 12, "Fenway High School"),
     ("2026-04-22", "10:50"), "Fenway High School, gymnasium",
     P("""During the Red Cross blood drive in the gym on 4/22 at about 10:50 AM, a volunteer saw
     Marquise drop a set of brass knuckles out of his jacket while he was waiting in line to donate (he
     is 17 and had a signed permission form). Coach Ruiz picked them up and walked Marquise to the
     office. Marquise said he has been carrying them since his friend's funeral last week because
     people have been posting threats in the comments under the RIP video. He did not threaten anyone
     today. SSS Pena has the brass knuckles (silver, four finger holes). Mom was called at 11:10."""),
     weapon="brass knuckles", key="brass knuckles",
     mnc=[], mct=["blood drive", "four finger holes"],
     cats=[], tags=["allow_weapon", "short_report", "trap_blood", "clean"])

case("weapon",
     S("Zion Barrett", "409957", "2009-03-15", 11, "Boston Community Leadership Academy"),
     ("2025-11-14", "10:40"), "Boston Community Leadership Academy, main office",
     P("""At 10:40 AM during C block, Ms. Abernathy, the BCYF streetworker who has been working with our
     students since Dre Whitfield's death, came to the main office and said a student told her Zion
     had "a ghost" in his backpack. AP Lowe and SSS Haskins pulled Zion from his C block math class
     (room 221) and brought him with his backpack to the office. Zion was cooperative. Inside the
     backpack, inside a lunch bag, was a black pistol with no serial number (a privately made "ghost
     gun"), loaded with a 15-round magazine and one round in the chamber. SSS Haskins cleared it and
     secured it in the safe at 10:52; school police arrived at 10:58. Zion said he bought it from
     "someone online" two weeks ago, after the shooting, and that he "wasn't going to use it in
     school." He has no discipline history. Ms. Abernathy stayed with Zion while his mother was on her
     way. The crisis team will follow up with his friend group (four students) on Monday."""),
     weapon="firearm", key="ghost gun",
     mnc=[], mct=["C block", "one round in the chamber", "lunch bag"],
     cats=[], tags=["allow_weapon", "narrative", "trap_schedule_block", "trap_streetworker", "clean"])

case("weapon",
     S("Wilmer Castellanos", "437781", "2009-09-09", 10, "Boston International Newcomers Academy"),
     ("2026-04-16", "13:25"), "Boston International Newcomers Academy, cafeteria",
     P("""At 1:25 PM in the cafeteria, after a student showed a video of the vigil for Tavon Greer on
     her phone, Wilmer stood up, pulled a kitchen knife (about 6 inches, wooden handle) from his
     backpack and held it at his side, saying "who was laughing?" Two teachers talked him into putting
     it on the table. SSS Ortega took it at 1:27. No one was hurt. Wilmer's counselor says he arrived
     from Honduras last year and his asylum case is pending, and that he was very close to Tavon, who
     helped him get a job. Dad came in at 2:30."""),
     weapon="knife", key="kitchen knife",
     mnc=["Honduras", "asylum"],
     mct=["wooden handle", "who was laughing", "cafeteria"],
     cats=["national_origin", "immigration_status"], tags=["allow_weapon", "short_report", "trap_school_name_place"])

case("weapon",
     S("Jayden Moss", "440127", "2012-01-09", 8, "Mission Hill K-8"),
     ("2025-10-27", "15:05"), "Mission Hill K-8, front lobby",
     P("""At 3:05 PM at dismissal in the front lobby, Mr. Cardoza saw Jayden flick open an expandable
     baton (black, about 16 inches extended) and swing it at the wall twice while yelling at an
     eighth grader from another class. Mr. Cardoza stood between them and Jayden closed it and handed
     it over. Nobody was struck. Jayden said older kids in Mission Main told him to carry it since the
     shooting on Saturday and that "everybody from over there is getting tested." Grandma picked him
     up at 3:40."""),
     weapon="club", key="expandable baton",
     mnc=["Mission Main"],
     mct=["front lobby", "16 inches", "swing it at the wall"],
     cats=["neighborhood"], tags=["allow_weapon", "short_report", "trap_school_name_place"])

# ---------------------------------------------------------------------------------------------
# ALLOW: serious_violence
# ---------------------------------------------------------------------------------------------

case("serious_violence",
     S("DeShawn Eaddy", "398562", "2009-02-06", 11, "Jeremiah E. Burke High School"),
     ("2025-10-21", "11:48"), "Jeremiah E. Burke High School, second-floor hallway outside room 214",
     P("""Narrative - AP J. Reyes. On Tuesday 10/21 at approx 11:48 AM, between 3rd and 4th period, a
     fight broke out in the second-floor hallway outside room 214. Several of Dre Whitfield's friends
     had been wearing RIP shirts all week and were saying in class that K.M. (grade 11) "knew" about
     the shooting. When K.M. came out of room 214, DeShawn punched him in the face from the side. K.M.
     fell against the lockers and DeShawn kicked him in the head at least three times while he was on
     the ground. Two other students kicked K.M. as well (separate reports). Mr. Doherty and SSS Odom
     pulled DeShawn off at 11:49. K.M. was bleeding from the face and his left eye was swollen shut.
     The nurse called EMS at 11:52 and K.M. was taken to Boston Medical Center, where he was diagnosed
     with a fractured left orbital bone and a concussion; his mother said he will need surgery.
     DeShawn was held in the office until school police arrived at 12:05. Background from staff:
     Dre's friends believe K.M. is from Norcross, and before the fight some of them were in the
     hallway throwing up Kestrel signs at him. DeShawn told me "he knows what he did." Video from the
     hallway camera has been saved for the investigator."""),
     key="orbital",
     mnc=["Norcross", "Kestrel"],
     mct=["fractured left orbital bone", "room 214", "kicked him in the head"],
     cats=["gang_affiliation"], tags=["allow_violence", "narrative", "hallway_fight", "multi_student"])

case("serious_violence",
     S("Jerome Valcourt", "403391", "2009-07-21", 11, "Madison Park Technical Vocational High School"),
     ("2025-12-09", "09:30"), "Madison Park Technical Vocational High School, automotive shop (room A-12)",
     P("""At 9:30 AM in the automotive shop (room A-12), Jerome and another junior, W.S., were arguing
     about Nia Fontaine's funeral. Mr. Grady heard W.S. say something about Nia's family and then saw
     Jerome grab a flathead screwdriver off the bench and stab W.S. twice in the upper back. Mr. Grady
     pulled Jerome away and hit the shop's emergency stop. The nurse applied pressure. W.S. had two
     puncture wounds, one deep, and was taken by EMS to Boston Children's at 9:44 with a suspected
     collapsed lung. SSS Ward held Jerome in the office. Counselor notes added: both boys' families are
     Haitian and know Nia's family from the same church, and Ms. Jean-Baptiste called W.S.'s mother in
     Creole because she does not speak English. The shop was cleared and the bench area was taped off
     until school police arrived at 9:52. Jerome said W.S. "said something he can't take back." W.S.'s
     father later told the AP that W.S. will be in the hospital for at least three days."""),
     weapon="screwdriver", key="screwdriver",
     mnc=["Haitian", "same church", "Creole", "not speak English"],
     mct=["two puncture wounds", "automotive shop", "upper back"],
     cats=["ethnicity", "religion", "language"], tags=["allow_violence", "short_report"])

case("serious_violence",
     S("Hodan Warsame", "451208", "2013-02-14", 7, "Lilla G. Frederick Middle School"),
     ("2026-03-25", "11:20"), "Lilla G. Frederick Middle School, hallway outside the library",
     L("""Crisis team notes, Frederick, Wed 3/25/26
     - Period 3 grief group (library): 9 students, mostly 7th grade, friends of Malik Osei's little sister.
     - 11:20: Hallway outside the library. Hodan hit R.J. (grade 7) repeatedly in the face with a closed fist after R.J. laughed at the memorial poster. R.J. fell and hit her head on the floor. Ms. Price separated them.
     - 11:35: Nurse: nose bleeding heavily and likely broken; R.J. confused about the date. EMS called 11:38, transported to Boston Children's.
     - 11:25: Hodan walked herself to the main office and sat with Ms. Abdi; she was shaking and kept saying "she laughed."
     - 12:10: Hospital (via mom): broken nose and a concussion.
     - 1:30: Grief group continues P6. Two students asked to take down the poster; it was moved to the counseling office.
     - Note for file: Hodan is a refugee from Somalia and has had a hard time since she came; she says R.J. "makes fun of where we come from."
     - Plan: Hodan to the office pending a safety hearing; check-ins with Ms. Abdi (counselor)."""),
     key="concussion",
     mnc=["refugee", "Somalia"],
     mct=["broken nose", "closed fist", "memorial poster"],
     cats=["immigration_status", "national_origin"], tags=["allow_violence", "crisis_notes"])

case("serious_violence",
     S("Nasir Coleman", "419934", "2010-04-04", 10, "Henderson Inclusion School",
       home_address="51 Hosmer St, Apt 2, Mattapan, MA 02126", ethnicity="Jamaican",
       emergency_contact={"name": "Delores Coleman", "relation": "grandmother"}),
     ("2026-01-16", "12:01"), "Henderson Inclusion School, cafeteria",
     L("""Cafeteria log - Fri 1/16/26, Lunch B
     11:58 Students at two tables trading words about the RIP Keon shirts.
     12:01 Nasir stands, picks up a plastic cafeteria chair and swings it, hitting T.O. (gr 10) on the top of the head.
     12:01 T.O. goes down, bleeding from the scalp. SSS Conley and Mr. Ames hold Nasir.
     12:03 Nurse on scene, pressure applied. 4 cm laceration, T.O. dizzy.
     12:07 911 called. 12:15 EMS transport to BMC.
     12:20 Nasir to the AP office, calm, says T.O. "was laughing about Keon."
     12:40 School police on scene.
     Later: T.O. received 6 staples and was kept overnight for observation."""),
     key="staples",
     mnc=["Hosmer", "Mattapan", "02126", "Jamaican"],
     mct=["plastic cafeteria chair", "4 cm laceration", "6 staples"],
     cats=["neighborhood", "ethnicity"], tags=["allow_violence", "timed_log", "structured_fields"])

case("serious_violence",
     S("Corey Haynes", "400775", "2009-08-30", 11, "TechBoston Academy"),
     ("2026-01-26", "15:50"), "TechBoston Academy, boys' locker room",
     L("""From: Coach D. Ferris
     To: AP S. Whitaker
     Sent: Mon 1/26/2026 4:12 PM
     Subject: boys locker room after practice

     S., writing down what I saw so you have it. At about 3:50 today in the boys' locker room after basketball practice, Corey took a padlock off a locker, put it inside a tube sock, and swung it at A.D.'s head three or four times. A.D. put his arm up; the lock hit his forearm and the side of his head. He had a deep cut above his right ear and his forearm swelled up right away. I called 911 and EMS took him to BMC. The X-ray shows a broken ulna (his mom texted). Corey left the building but came back with his dad at 4:30.

     The boys have been going at it since A.D. wore a shirt to the Keon memorial game that said something about Greyfield. Corey says A.D. is Greyfield and "was there" when Keon got stabbed.

     > From: AP S. Whitaker
     > Sent: Mon 1/26/2026 4:20 PM
     > Thank you. I'm submitting to BPD tonight. Keep the sock and lock in your office."""),
     weapon="padlock in a sock", key="padlock",
     mnc=["Greyfield"],
     mct=["tube sock", "broken ulna", "above his right ear"],
     cats=["gang_affiliation"], tags=["allow_violence", "email_thread"])

case("serious_violence",
     S("Brandon Silva", "422803", "2009-12-12", 10, "East Boston High School",
       co_involved=["J. Medina (gr 11)", "P. Cruz (gr 10)"]),
     ("2026-04-20", "14:40"), "East Boston High School, stairwell by the cafeteria",
     P("""This report covers one of three students (B.S., this report; J.M. and P.C. are submitted
     separately). On 4/20/26 at approx 2:40 PM, after dismissal, a 9th grader (E.R.) was followed into
     the stairwell by the cafeteria by three older students. Witnesses say the older boys had been
     saying all day that E.R. "snitched" to detectives about the night Tavon Greer was shot. In the
     stairwell, Brandon pushed E.R. down the last few steps, and all three kicked him while he was
     curled up on the landing. Brandon stomped on his head at least twice. A custodian, Mr. Fiore,
     yelled and the three ran out the side door. E.R. was unconscious for about a minute. EMS took him
     to Mass General, where he was found to have a skull fracture and bleeding on the brain; he is in
     the ICU. Mr. Fiore knows Brandon and named him, and Brandon came back with his mother the next
     morning. Note from E.R.'s counselor: E.R. did not actually talk to the police; his family has no
     papers and they have told him never to talk to police, which the older boys do not believe. E.R.'s
     father asked the school not to give his name or number to anyone."""),
     key="skull fracture",
     mnc=["no papers"],
     mct=["skull fracture", "stomped on his head", "side door"],
     cats=["immigration_status"], tags=["allow_violence", "narrative", "multi_student", "witness_fear"])

case("serious_violence",
     S("Trevon Mills", "396640", "2008-11-19", 12, "Jeremiah E. Burke High School"),
     ("2025-10-29", "13:15"), "Jeremiah E. Burke High School, east stairwell",
     P("""Report by AP J. Reyes. On 10/29 at 1:15 PM the boys' basketball team, who have been wearing
     black armbands for Dre all week, were walking to the gym through the east stairwell past the
     memorial wall. Trevon and another student, L.B., got into an argument about a photo that had been
     torn off the memorial wall. Trevon pulled the fire extinguisher off its bracket and hit L.B. in
     the face with the bottom of it. L.B. fell down four stairs. Coach Amado restrained Trevon. L.B.
     lost two front teeth and had a broken jaw, wired at BMC that evening. School police took Trevon at
     1:35. The memorial wall will stay up through Friday with staff supervision."""),
     weapon="fire extinguisher", key="fire extinguisher",
     mnc=[], mct=["black armbands", "memorial wall", "broken jaw"],
     cats=[], tags=["allow_violence", "short_report", "trap_colors", "memorial_wall", "clean"])

case("serious_violence",
     S("Yamilet Cabrera", "423357", "2010-06-30", 10, "Community Academy of Science and Health"),
     ("2025-11-06", "10:20"), "Community Academy of Science and Health, second-floor girls' bathroom",
     P("""At approx 10:20 AM in the second-floor girls' bathroom, Yamilet and another girl (D.P.) argued
     about D.P. posting a video from Jaylen Rosario's vigil. Yamilet took a razor blade from her makeup
     bag and cut D.P. across the left cheek. D.P. ran out screaming and Ms. Lyons applied pressure. The
     cut was about 3 inches long and needed 14 stitches at Faulkner Hospital. Yamilet was found in the
     bathroom and gave the blade to SSS Castro. Counselor's note: both girls are Dominican, and the
     problem started at the vigil, where Jaylen's family spoke Spanish the whole time and D.P. filmed
     his mother crying."""),
     key="razor blade",
     mnc=["Dominican", "Spanish"],
     mct=["left cheek", "14 stitches", "second-floor girls' bathroom"],
     cats=["ethnicity", "language"], tags=["allow_violence", "short_report"])

case("serious_violence",
     S("Kai Brennan", "413320", "2009-05-05", 11, "Boston Arts Academy"),
     ("2026-03-03", "14:32"), "Boston Arts Academy, front steps",
     P("""Report - Mr. Flanagan, Dean. On 3/3/26 at approx 2:32 PM outside the front doors at dismissal,
     Kai punched O.F. once in the side of the face. O.F. fell backwards and hit his head on the granite
     steps. He was bleeding from the mouth and could not close his jaw. EMS transported him to Tufts
     Medical Center; his father told us his jaw is broken in two places and will be wired shut. Kai
     said O.F. "was talking about Omari" in a group chat. Omari Lindsay, a BAA junior, was killed on
     2/21 and his body was flown to Jamaica for burial last week, which is when the group chat started.
     Kai stayed on the steps until SSS arrived."""),
     key="jaw",
     mnc=["Jamaica"],
     mct=["granite steps", "broken in two places", "front doors"],
     cats=["national_origin"], tags=["allow_violence", "short_report"])

case("serious_violence",
     S("Moses Grant", "421198", "2009-10-24", 10, "Excel High School"),
     ("2026-01-08", "08:05"), "Excel High School, main stairwell between the 2nd and 3rd floors",
     L("""Social media post forwarded to AP Sousa, 1/8/26, 3:40 PM:
     @__bigmoe4x (Instagram): "this what happen when u play w Terrell name \U0001F54A\ufe0f\U0001F4AF" [20-second video]

     The video, filmed that morning, shows Moses pushing a 9th grader (C.H.) down the main stairwell between the 2nd and 3rd floors at about 8:05 AM. C.H. landed on his left arm at the bottom of the stairs. Ms. Kirby found him at 8:07; his arm was visibly bent. He was taken to Boston Children's, where he had surgery for a broken forearm (both bones). Staff have linked the account that posted the video to the Wexford set, and students say C.H. was pushed because he "liked" a post making fun of Terrell. Ms. Kirby saw Moses leave the stairwell, and Moses admits it was him.
     C.H.'s mother asked that the video be taken down; Instagram removed it on 1/9 after a report. Moses has not returned to school since, and a re-entry meeting is set for 1/12."""),
     key="broken forearm",
     mnc=["Wexford"],
     mct=["down the main stairwell", "left arm", "both bones"],
     cats=["gang_affiliation"], tags=["allow_violence", "social_post"])

case("serious_violence",
     S("Kevin Ajcalon", "438870", "2009-07-14", 10, "Brighton High School"),
     ("2026-02-26", "07:40"), "Brighton High School, bike rack by the front entrance",
     P("""At 7:40 AM at the bike rack by the front entrance, Kevin swung a U-shaped bike lock at another
     student, J.A., striking him on the forehead. J.A. had a deep cut over his eye and was dizzy. He was
     taken to St. Elizabeth's and got 9 stitches and a CT scan for a possible skull fracture
     (negative). SSS Barry took the lock from Kevin. Kevin said J.A. "disrespected CJ" at the memorial
     basketball game. The AP's note says Kevin came from Guatemala two years ago and lives with his
     uncle."""),
     weapon="bike lock", key="bike lock",
     mnc=["Guatemala"],
     mct=["U-shaped bike lock", "9 stitches", "St. Elizabeth's"],
     cats=["national_origin"], tags=["allow_violence", "short_report", "trap_saint_hospital"])

case("serious_violence",
     S("Julian Carvalho", "425561", "2010-02-18", 10, "Boston Latin Academy"),
     ("2026-03-20", "12:10"), "Boston Latin Academy, hallway outside room 312",
     P("""At 12:10 PM on 3/20, in the hallway outside the Spanish 2 classroom (room 312), Julian and
     another 10th grader, S.K., fought after S.K. tore down a flyer for the Malik Osei memorial fund.
     Julian punched S.K. several times; S.K. fell and Julian kicked him in the ribs. S.K. was taken by
     EMS to Boston Children's with two broken ribs and a bruised kidney. Ms. Ortiz, the Spanish
     teacher, separated them. Julian waited in the office for his mother."""),
     key="broken ribs",
     mnc=[], mct=["Spanish 2 classroom", "two broken ribs", "bruised kidney"],
     cats=[], tags=["allow_violence", "short_report", "trap_language_subject", "clean"])

case("serious_violence",
     S("Aidan Keough", "410093", "2009-04-27", 11, "Snowden International School"),
     ("2026-04-28", "15:20"), "Snowden International School crew team boathouse dock",
     P("""Coach Whalen, crew team. On 4/28 at 3:20 PM at the crew team's boathouse, before practice,
     Aidan argued with a teammate, R.P., about R.P. posting jokes on the day of the memorial for their
     former teammate. Aidan shoved R.P. off the dock into the water and then hit him in the head with an
     oar when R.P. tried to climb out. R.P. had a 5 cm scalp laceration and briefly lost consciousness;
     two rowers pulled him out. EMS took him to MGH (12 staples, concussion). Aidan is suspended from the
     team pending the school's process."""),
     weapon="oar", key="oar",
     mnc=[], mct=["crew team", "hit him in the head with an oar", "12 staples"],
     cats=[], tags=["allow_violence", "short_report", "trap_crew", "clean"])

case("serious_violence",
     S("Xavier Poole", "397726", "2008-10-02", 12, "Dorchester Academy"),
     ("2025-10-30", "09:42"), "Dorchester Academy, first-floor main hallway by the trophy case",
     P("""On Thursday 10/30, after the assembly about the vigil, about a dozen students gathered in the
     first-floor main hallway near the trophy case. One group came in wearing orange for Kestrel and
     RIP DRE shirts; the other group were friends of the boy they blame. Several of the first group
     were making a K sign with their hands at the others. At 9:42 AM Xavier grabbed N.T. (grade 12) and
     slammed him shoulder-first into the lockers, then put him in a headlock and threw him to the
     floor. N.T. screamed. His right shoulder was dislocated and his collarbone broken (confirmed at
     BMC). Others were pushing and shoving but staff broke it up within two minutes. Xavier is the
     student who caused N.T.'s injury; the other students are being handled under the code of conduct.
     The crisis team met with both groups separately after lunch, and the assembly follow-up was moved
     to advisory."""),
     key="collarbone",
     mnc=["Kestrel", "orange for", "K sign"],
     mct=["trophy case", "dislocated", "headlock"],
     cats=["gang_affiliation"], tags=["allow_violence", "narrative", "multi_student", "hallway_fight"])

case("serious_violence",
     S("Deandre Lyle", "401184", "2009-01-16", 11, "Excel High School"),
     ("2025-12-22", "11:05"), "Excel High School, second-floor hallway",
     P("""At 11:05 AM on 12/22 Mr. Sato was breaking up an argument on the second floor between two
     groups about the memorial shirts for Terrell. Deandre charged and tackled Mr. Sato from behind to
     get at the other boy. Mr. Sato's knee twisted under him. He tore his ACL and meniscus and had
     surgery on 12/29. Deandre then punched the other boy twice before SSS Nolan got him. AP's note:
     Deandre's family lives in the Cathedral development, where Terrell was shot, and he has been
     angry since."""),
     key="ACL",
     mnc=["Cathedral"],
     mct=["tore his ACL", "from behind", "meniscus"],
     cats=["neighborhood"], tags=["allow_violence", "short_report", "staff_injured"])

case("serious_violence",
     S("Aaliyah Porter", "414476", "2009-09-03", 11, "TechBoston Academy"),
     ("2025-10-27", "14:50"), "TechBoston Academy, sidewalk in front of the school",
     P("""Report, AP K. Dunn. At 2:50 PM on Monday 10/27, on the sidewalk in front of the school right
     after dismissal, Aaliyah and two other girls confronted S.W. about an argument that started at the
     weekend vigil for Dre Whitfield. Aaliyah pulled S.W. to the ground by her hair and stomped on her
     stomach and side several times. S.W. could not stand up. Ms. Fox called 911 and EMS took S.W. to
     BMC, where she had emergency surgery for a ruptured spleen. Aaliyah went back inside and sat in
     the main office until school police arrived. Background: the vigil was held at Dre's family's
     church, Bethel AME, and S.W. posted that Aaliyah "didn't even know him." The other two girls are
     being handled by the school. Two staff members saw the assault from the doorway, and S.W.'s
     mother says she will be in the hospital for about a week."""),
     key="ruptured spleen",
     mnc=["Bethel AME", "family's church"],
     mct=["ruptured spleen", "by her hair", "stomped on her stomach"],
     cats=["religion"], tags=["allow_violence", "short_report", "multi_student"])

# ---------------------------------------------------------------------------------------------
# ALLOW: credible_threat
# ---------------------------------------------------------------------------------------------

case("credible_threat",
     S("Rico Alvarado", "404962", "2009-03-28", 11, "Jeremiah E. Burke High School"),
     ("2025-10-22", "21:10"), "Instagram story; Jeremiah E. Burke High School",
     P("""On Wednesday 10/22 at 9:10 PM, a teacher was sent a screenshot of an Instagram story posted
     by Rico (account @ricoo.2x). The story is a photo of a black handgun on a bed with the caption:
     "K.M. and whoever was w him, monday at 2:30 we outside the Burke. on Dre." The story was up for
     about 3 hours. K.M. is an 11th grader whom some students blame for Dre Whitfield's death. On
     Thursday 10/23 Rico was brought to the office at 7:40 AM. He admitted posting it and said it was
     "just talk," but two students told AP Reyes that Rico said in math class on Tuesday that his
     cousin "keeps a strap at the house" and he can get it. Rico's bag was searched and nothing was
     found. Staff note: Rico and his cousin are both Norcross, per several students, and K.M. is thought
     to be from the other side. Dismissal on Monday will have extra staff and K.M.'s family has been
     told. Rico will not return until a safety meeting with his mother, the AP and the counselor has
     taken place."""),
     threat=("Student posted an Instagram story showing a handgun with the caption \"K.M. and whoever was w him, "
             "monday at 2:30 we outside the Burke. on Dre,\" and told classmates his cousin keeps a gun at the "
             "house that he can get."),
     key="monday at 2:30",
     mnc=["Norcross"],
     mct=["monday at 2:30 we outside the Burke", "keeps a strap at the house", "photo of a black handgun"],
     cats=["gang_affiliation"], tags=["allow_threat", "narrative", "social_post"])

case("credible_threat",
     S("Tyquan Rhodes", "424480", "2010-08-08", 10, "Dorchester Academy"),
     ("2025-11-04", "07:30"), "Dorchester Academy, library (relocated memorial wall)",
     P("""On 11/4 at 7:30 AM a custodian found new writing on the memorial wall in the library (the
     memorial was moved there from stairwell B last week): "SOMEBODY GETTING GOT FRIDAY 4 DRE. N.B. U
     FIRST." N.B. is a 10th grade student. Staff compared the handwriting with class work, and two
     students said they watched Tyquan write it during study hall on Monday. Tyquan admitted writing
     it and said he was angry. Two classmates told the AP that on Monday Tyquan said he would "bring
     the thing Friday" and showed them a photo on his phone of a gun in a shoebox. Next to the writing,
     Tyquan drew the pitchfork that the Wexford kids use. N.B.'s parents were notified at 9:00."""),
     threat=("Student wrote \"SOMEBODY GETTING GOT FRIDAY 4 DRE. N.B. U FIRST\" on the memorial wall, told two "
             "classmates he would \"bring the thing Friday,\" and showed them a photo of a gun in a shoebox."),
     key="SOMEBODY GETTING GOT FRIDAY",
     mnc=["pitchfork", "Wexford"],
     mct=["N.B. U FIRST", "bring the thing Friday", "gun in a shoebox"],
     cats=["gang_affiliation"], tags=["allow_threat", "short_report", "memorial_wall"])

case("credible_threat",
     S("Kofi Asante", "416605", "2009-12-20", 10, "Madison Park Technical Vocational High School"),
     ("2026-03-24", "09:40"), "Madison Park Technical Vocational High School, counseling office",
     L("""Counselor check-in log - Ms. R. Adeyemi
     3/23, 10:15: Kofi requested a pass. Quiet, tired. Says he keeps replaying the night Malik was shot. Talked about sleep. Safety plan reviewed; denied thoughts of self-harm.
     3/24, 9:40: Kofi came in angry. Said: "I know who did Malik. Me and my brother are going to handle it. He has a gun and I know where they be after school at the bus stop by the school." Said it would be "this week." Asked him to repeat; he said "you heard me."
     3/24, 9:55: Informed AP Castillo and the principal per protocol. Kofi remained in my office.
     Note: Kofi is upset that Malik's body was flown home to Accra on Saturday and he could not go to Ghana for the burial.
     3/24, 10:30: Mother reached; coming in at 12.
     3/24, 12:10: Mother in. Kofi repeated to his mother and AP Castillo that his brother has "the thing" at home. Mother says the brother is 20 and does not live with them.
     3/24, 12:40: Safety plan signed; Kofi dismissed to his mother. AP notified the BPD school liaison."""),
     threat=("Student told his counselor he and his brother would \"handle\" the people he believes killed Malik "
             "Osei this week at the bus stop by the school, that his brother has a gun, and repeated it when asked."),
     key="He has a gun",
     mnc=["Accra", "Ghana"],
     mct=["bus stop by the school", "you heard me", "Me and my brother are going to handle it"],
     cats=["national_origin"], tags=["allow_threat", "counselor_log"])

case("credible_threat",
     S("Elijah Crowder", "427719", "2010-04-11", 10, "Jeremiah E. Burke High School"),
     ("2025-10-24", "18:00"), "TikTok video; Jeremiah E. Burke High School",
     P("""On Friday 10/24 at about 6:00 PM, staff were sent a TikTok (since deleted) posted by Elijah's
     account. In it Elijah is standing in front of the "JUSTICE FOR DRE" sign that students made for
     the vigil and says: "Monday I'm shooting up the Burke for Dre, everybody who laughed is done." He
     lifts his shirt to show what looks like the grip of a handgun in his waistband. Screenshots were
     saved. The same evening his Snapchat status said "monday." AP Reyes called home at 7:15 and mom
     said Elijah was not home. On Monday morning Elijah was met at the door and no weapon was found.
     When the AP asked about the video he said "Monday is Monday" and refused to say more."""),
     threat=("Student posted a TikTok saying \"Monday I'm shooting up the Burke for Dre, everybody who laughed is "
             "done\" while showing what appears to be a handgun, and told the assistant principal \"Monday is Monday.\""),
     key="shooting up the Burke",
     mnc=[], mct=["JUSTICE FOR DRE", "grip of a handgun", "Monday is Monday"],
     cats=[], tags=["allow_threat", "social_post", "trap_sign", "trap_status", "clean"])

case("credible_threat",
     S("Edson Barros", "418846", "2010-01-05", 10, "TechBoston Academy"),
     ("2025-11-17", "14:45"), "TechBoston Academy, room 306 (ELA 10)",
     L("""From: Ms. J. Hollis (ELA 10)
     To: AP K. Dunn; Counselor B. Lima
     Sent: Mon 11/17/2025 2:45 PM
     Subject: worrying journal entry - Edson

     Hi both, in today's journal prompt ("write about someone you miss") Edson wrote about Dre and then, at the bottom: "I got the 9 from my uncle now. the ones who did it go to the Burke and I'm going there wednesday after school. I'm not playing." He underlined wednesday twice and wrote Dre's name over and over in the margin. When I asked him about it after class he said "it's not for you miss, don't worry." I have the journal in my desk.
     Also flagging that he's an English learner and his mom only speaks Kriolu, so please use the interpreter line when calling home.

     > From: AP K. Dunn
     > Sent: Mon 11/17/2025 2:58 PM
     > Thank you. Calling his mom now and pulling him from 7th period.
     >
     > From: Counselor B. Lima
     > Sent: Mon 11/17/2025 3:05 PM
     > I saw him in the grief room last week. He said he was fine and didn't want to talk."""),
     threat=("Student wrote in a class journal \"I got the 9 from my uncle now. the ones who did it go to the Burke "
             "and I'm going there wednesday after school. I'm not playing,\" and told the teacher \"it's not for you.\""),
     key="wednesday after school",
     mnc=["English learner", "Kriolu", "interpreter line"],
     mct=["I got the 9 from my uncle", "underlined wednesday twice"],
     cats=["language"], tags=["allow_threat", "email_thread"])

case("credible_threat",
     S("Dylan Serrano", "430052", "2009-06-06", 11, "East Boston High School"),
     ("2026-04-17", "11:05"), "East Boston High School, outside the second-floor science lab",
     P("""At 11:05 AM on 4/17, outside the second-floor science lab, Dylan walked up to M.A. (grade 11)
     and said "you're next, you're going to end up like Tavon," and made a gun shape with his hand
     pointed at M.A.'s head. Ms. Correia heard it. At 12:30 M.A. received an Instagram DM from Dylan
     with a photo of M.A.'s class schedule and "see you after 6th." M.A. was Tavon Greer's best friend
     and has been telling students he saw who shot him. Counselor's note: M.A.'s family has temporary
     protected status and his mother has asked him not to be a witness because she fears it will
     affect their case. M.A. went home early with his mother. Dylan was removed from class at 12:45;
     his phone showed the DM in his sent messages. He said "I was just saying it," and then, "he knows
     what he did." Parent notified at 1:15."""),
     threat=("Student told M.A. \"you're next, you're going to end up like Tavon\" while making a gun shape with "
             "his hand, then sent him a photo of his class schedule with \"see you after 6th.\""),
     key="end up like Tavon",
     mnc=["protected status", "affect their case"],
     mct=["gun shape with his hand", "see you after 6th", "second-floor science lab"],
     cats=["immigration_status"], tags=["allow_threat", "short_report", "trap_hand_sign", "witness_fear"])

case("credible_threat",
     S("Tremaine Howard", "407713", "2009-02-22", 11, "Madison Park Technical Vocational High School",
       race="Black",
       other_students=[{"initials": "J.W.", "grade": 11, "ethnicity": "Haitian"},
                       {"initials": "K.F.", "grade": 10, "ethnicity": "Puerto Rican"}]),
     ("2026-01-20", "20:14"), "Group chat; Madison Park Technical Vocational High School",
     L("""Three students in a group chat called "Justice 4 Keon" (screenshots given to AP Castillo by a parent on 1/21). Messages from Tuesday 1/20:
     [8:14 PM] Tre: friday after school ruggles busway. we sliding
     [8:15 PM] Tre: I'm bringing the blick
     [8:15 PM] J.W.: who we looking for
     [8:16 PM] Tre: D.L. and his lil brother. they was there
     [8:20 PM] K.F.: bet
     D.L. and his brother are Madison Park students. Tremaine ("Tre", this report) confirmed to AP Castillo that it is his account. He said he does not have a gun. The other two students are being interviewed separately."""),
     threat=("In a group chat the student wrote that he was \"bringing the blick\" Friday after school to "
             "\"slide\" on D.L. and his brother, whom he blames for Keon Baptiste's death."),
     key="bringing the blick",
     mnc=["Haitian", "Puerto Rican", "Black"],
     mct=["I'm bringing the blick", "friday after school", "D.L. and his lil brother"],
     cats=["ethnicity"], tags=["allow_threat", "social_post", "multi_student", "structured_fields"])

case("credible_threat",
     S("Jamal Odom", "412967", "2009-11-11", 11, "Brighton High School"),
     ("2026-03-02", "13:30"), "Brighton High School, cafeteria stairwell",
     P("""On 3/2 at 1:30 PM facilities staff began taking down the memorial wall for CJ Lamb in the
     cafeteria stairwell, as planned with the family. Jamal came up to AP Duarte and said, loud enough
     for several students to hear, "if you take down CJ's wall I'll come back with something and you'll
     see." As he walked away he turned back and said "I know what car you drive." AP Duarte's car was
     later found with a tire slashed in the staff lot (not confirmed to be related). Jamal has been in
     the counselor's office most days since CJ died."""),
     threat=("Student told the assistant principal \"if you take down CJ's wall I'll come back with something and "
             "you'll see,\" then said \"I know what car you drive.\""),
     key="come back with something",
     mnc=[], mct=["I know what car you drive", "memorial wall", "tire slashed"],
     cats=[], tags=["allow_threat", "short_report", "memorial_wall", "threat_to_staff", "clean"])

case("credible_threat",
     S("Rodney Charles", "428831", "2010-10-30", 9, "English High School"),
     ("2025-12-13", "19:20"), "Instagram post; English High School",
     P("""On Saturday 12/13 a student's mother sent the school a screenshot of an Instagram post by
     Rodney: a photo of Nia Fontaine from the vigil with the caption "everybody who laughed at Nia's
     video getting popped Monday at lunch" and three students tagged (all 9th graders). Nia was
     killed by a stray bullet on 12/6. The "video" is a clip that went around of Nia's mother collapsing
     at the vigil. On Monday 12/15 a classmate told AP Oduya that Rodney said he "has one at his
     cousin's." Rodney was met at the door and searched; nothing was found. Note: the vigil was in
     Haitian Creole and French, and the clip went around with mocking captions."""),
     threat=("Student posted \"everybody who laughed at Nia's video getting popped Monday at lunch\" tagging three "
             "students, and told a classmate he \"has one at his cousin's.\""),
     key="getting popped Monday at lunch",
     mnc=["Haitian Creole", "French"],
     mct=["getting popped Monday at lunch", "has one at his cousin's", "three students tagged"],
     cats=["language"], tags=["allow_threat", "social_post"])

case("credible_threat",
     S("Tariq Simmons", "433318", "2011-02-03", 9, "New Mission High School"),
     ("2026-01-14", "07:02"), "Snapchat story; New Mission High School",
     L("""Threat response log - Wed 1/14/26
     7:02 AM Parent calls the main office: a Snapchat story says "shooting at 2:15 dismissal today for Keon, don't come to school" with a photo of a gun. Screenshot e-mailed.
     7:10 Principal and AP review. The account belongs to Tariq (grade 9).
     7:20 BPS Safety Services and school police notified.
     7:48 Tariq arrives on the bus; met by the AP and SSS Flynn; bag and coat searched. No weapon.
     8:05 Tariq admits posting; says he "took the picture off the internet" and meant it as a warning "so nobody gets hurt." Cannot say where he heard about a shooting.
     8:30 Mother reached. Staff note: mother says they live in Franklin Field and the older boys there have been talking about "doing something" at dismissal for Keon.
     2:15 PM Dismissal with extra staff and a police presence. No incident."""),
     threat=("Student posted a Snapchat story reading \"shooting at 2:15 dismissal today for Keon, don't come to "
             "school\" with a photo of a gun, and admitted posting it."),
     key="shooting at 2:15 dismissal",
     mnc=["Franklin Field"],
     mct=["shooting at 2:15 dismissal today for Keon", "No weapon"],
     cats=["neighborhood"], tags=["allow_threat", "timed_log", "social_post"])

case("credible_threat",
     S("Bryce Holloway", "405590", "2009-09-19", 11, "John D. O'Bryant School of Mathematics and Science"),
     ("2026-03-25", "10:10"), "John D. O'Bryant School, third-floor boys' bathroom",
     P("""At 10:10 AM on 3/25 a custodian found a note taped to the mirror of the third-floor boys'
     bathroom, next to the hallway where the science fair projects are set up: "MALIK GOT NO JUSTICE SO
     WE MAKING OUR OWN. FRIDAY 1PM 3RD FLOOR." The hallway camera showed four students going into the
     bathroom before the custodian. When questioned, Bryce said he wrote it. Asked what "making our
     own" means, he said "you'll see Friday" and that he "meant it." He named two students he says were
     laughing at Malik's memorial. Parent notified at 12:00. The science fair was moved to Thursday."""),
     threat=("Student wrote and taped up a note reading \"MALIK GOT NO JUSTICE SO WE MAKING OUR OWN. FRIDAY 1PM 3RD "
             "FLOOR,\" admitted it, said \"you'll see Friday\" and that he meant it, and named two students."),
     key="MAKING OUR OWN",
     mnc=[], mct=["science fair projects", "FRIDAY 1PM 3RD FLOOR", "taped to the mirror"],
     cats=[], tags=["allow_threat", "short_report", "trap_projects", "clean"])

case("credible_threat",
     S("Andres Molina", "419072", "2009-05-29", 11, "Community Academy of Science and Health"),
     ("2025-11-06", "12:15"), "Community Academy of Science and Health, cafeteria",
     P("""At lunch on 11/6 (12:15 PM), three students at Andres's table told Ms. Tran separately that
     Andres said he was going to stab E.V. "in the neck" after school for Jaylen, and that he opened his
     bag to show them the handle of a knife. Andres was brought to the office at 12:30. His bag held
     only books, but in his locker SSS Castro found a folding knife with a 4-inch blade. Andres said
     E.V. "set Jaylen up." Counselor's note: Andres told her he blames E.V. because "the ones who did it
     are Dominican and so is he." E.V. was kept in the office until his father picked him up."""),
     threat=("Student told three classmates he was going to stab E.V. \"in the neck\" after school for Jaylen and "
             "showed them the handle of a knife; a folding knife was found in his locker."),
     key="in the neck",
     mnc=["Dominican"],
     mct=["stab E.V.", "4-inch blade", "in his locker"],
     cats=["ethnicity"], tags=["allow_threat", "short_report"])

case("credible_threat",
     S("Malachi Greene", "400319", "2009-07-07", 11, "Jeremiah E. Burke High School"),
     ("2025-10-29", "13:15"), "Jeremiah E. Burke High School, grief room",
     L("""CRISIS TEAM - daily notes, Wed 10/29
     Grief room attendance: 22 students across the day. Most common: can't sleep, scared to walk home, angry at posts mocking Dre.
     Concern (Ms. Farrell, counselor, 1:15 PM): Malachi said he and "the guys" will be waiting outside Dre's funeral Saturday for "the ones who did it" and "somebody not going home." He named P.R. (grade 10) as someone who would "get it first." When asked if he had a way to hurt someone he smiled and said "we straight."
     Action: AP and principal informed at 1:25 PM. P.R.'s family called. Malachi's father called.
     Staff note: the funeral is at Morning Star Baptist, Dre's family's church; staff are planning to attend.
     Also: 4 students asked for rides to the funeral; 2 asked if the school will close early Friday.
     Tomorrow: continue the grief room, periods 2-6."""),
     threat=("Student told a counselor he and \"the guys\" will be waiting outside Dre Whitfield's funeral Saturday "
             "for the people who shot him, that \"somebody not going home,\" named P.R. as the one who would "
             "\"get it first,\" and said \"we straight\" when asked if he had a way to hurt someone."),
     key="somebody not going home",
     mnc=["Morning Star", "Baptist", "family's church"],
     mct=["somebody not going home", "we straight", "get it first"],
     cats=["religion"], tags=["allow_threat", "crisis_notes"])

case("credible_threat",
     S("Davonte Sims", "411875", "2009-04-13", 11, "Madison Park Technical Vocational High School"),
     ("2026-01-22", "21:40"), "Instagram; Madison Park Technical Vocational High School",
     L("""Posts forwarded by a parent on 1/22 (screenshots attached):
     1) Instagram story, @dvs.world, 1/22 9:40 PM: "on everything keon, whoever was on the 22 with him that night, i'm waiting at the stop after school tmrw. got something for u \U0001F52B"
     2) DM from the same account to S.J. (grade 10), 9:52 PM: "u first."
     Davonte confirmed the account is his. Keon Baptiste was stabbed on the 22 bus route on 1/9. S.J. was on the bus that night. School police say Davonte is in the gang database as Almont; S.J. is not. Davonte was searched on arrival on 1/23 and nothing was found."""),
     threat=("Student posted \"on everything keon, whoever was on the 22 with him that night, i'm waiting at the "
             "stop after school tmrw. got something for u\" with a gun emoji, and sent S.J. a message saying \"u first.\""),
     key="got something for u",
     mnc=["Almont"],
     mct=["i'm waiting at the stop after school", "u first"],
     cats=["gang_affiliation"], tags=["allow_threat", "social_post"],
     attachments=[{"kind": "document", "name": "screenshots_0122.pdf"}])

case("credible_threat",
     S("Nathan Kowalczyk", "447310", "2012-04-24", 8, "Edison K-8"),
     ("2026-02-25", "09:50"), "Edison K-8, room 204",
     P("""At 9:50 AM in room 204 (8th grade ELA), when Ms. Cho asked the class to put phones away,
     Nathan said loudly "my brother is going to shoot whoever posted about CJ and I'm going to show him
     who it is." He then said to a classmate, O.B., "I know where you live." O.B. had reposted a joke
     about CJ Lamb's death. Nathan's older brother is 19. Nathan was removed from class and his
     backpack was searched; nothing was found. His parent came at 11:00. O.B.'s parent was notified at
     10:20."""),
     threat=("Student said in class \"my brother is going to shoot whoever posted about CJ and I'm going to show "
             "him who it is\" and told the classmate who reposted about CJ \"I know where you live.\""),
     key="going to shoot whoever posted about CJ",
     mnc=[], mct=["room 204", "I know where you live"],
     cats=[], tags=["allow_threat", "short_report", "trap_residence_words", "clean"])

case("credible_threat",
     S("Christian Mejia", "429944", "2009-08-26", 10, "East Boston High School",
       immigration_status="asylum pending", primary_language="Spanish", lep=True),
     ("2026-04-23", "08:15"), "East Boston High School, AP office",
     P("""A student (R.G.) brought AP Ferreira a voice message on her phone at 8:15 AM on 4/23. The
     message, from Christian's number and in Christian's voice (confirmed by two staff who know him),
     says: "I'm bringing my cousin's gun Monday and I'm going to shoot Mateo in front of everybody, for
     Tavon." Mateo is a 10th grader whom students blame for Tavon Greer's death. When AP Ferreira met
     with Christian at 9:00 he said "I have it, don't worry about where." Christian was kept in the
     office and his home was called."""),
     threat=("Student sent a voice message saying \"I'm bringing my cousin's gun Monday and I'm going to shoot "
             "Mateo in front of everybody, for Tavon,\" and told the assistant principal \"I have it.\""),
     key="cousin's gun Monday",
     mnc=["asylum pending", "Spanish"],
     mct=["in front of everybody", "I have it, don't worry about where"],
     cats=["immigration_status", "language"], tags=["allow_threat", "short_report", "structured_fields"])

case("credible_threat",
     S("Zaire Whitaker", "402205", "2008-09-01", 12, "Charlestown High School"),
     ("2025-12-17", "15:15"), "Charlestown High School, boys' locker room",
     P("""On 12/17 at about 3:15 PM in the locker room before practice, two players told Coach Lyons
     that Zaire said he is bringing "the stick" (a rifle, they said) to Friday's home game and "anybody
     who was laughing about Terrell is getting hit in the bleachers." He named two students from our
     school. Zaire denied it at first, then said "they know what they did." The home game will have a
     police detail and bag checks; Zaire is not allowed to attend."""),
     threat=("Student told two teammates he is bringing \"the stick\" (a rifle) to Friday's home game and "
             "\"anybody who was laughing about Terrell is getting hit in the bleachers,\" naming two students."),
     key="getting hit in the bleachers",
     mnc=[], mct=["home game", "getting hit in the bleachers", "they know what they did"],
     cats=[], tags=["allow_threat", "short_report", "trap_home", "clean"])

case("credible_threat",
     S("Jace Mitchell", "409128", "2009-03-03", 11, "Boston Arts Academy"),
     ("2026-03-09", "21:47"), "Instagram; Boston Arts Academy",
     L("""From: Principal L. Santos
     To: BPS Safety Services; AP G. Roche
     Sent: Tue 3/10/2026 8:02 AM
     Subject: FW: post about Omari's brother

     Forwarding what a parent sent last night. The account is Jace's (he confirmed it this morning). Omari's younger brother, D.L., is a 9th grader here. Jace was kept in the office this morning; his bag was checked and nothing was found. D.L.'s mother has been called, and staff will walk him to and from the bus.

     ---------- Forwarded message ----------
     From: (parent of a BAA student)
     Date: Mon, Mar 9, 2026 at 9:47 PM
     Subject: please look at this

     My daughter showed me this on Instagram. It says "we finna finish what they started with Omari's brother, he at BAA every day" with a picture of him walking into school and a gun emoji. She says Jace told her in class "it's happening this week." Everybody knows Jace and those boys are Tolland. Please do something before somebody else dies."""),
     threat=("Student posted \"we finna finish what they started with Omari's brother, he at BAA every day\" with a "
             "photo of the brother walking into school and a gun emoji, and told a classmate \"it's happening this week.\""),
     key="finish what they started",
     mnc=["Tolland"],
     mct=["it's happening this week", "walking into school"],
     cats=["gang_affiliation"], tags=["allow_threat", "email_thread", "social_post"])

# ---------------------------------------------------------------------------------------------
# ALLOW: drugs
# ---------------------------------------------------------------------------------------------

case("drugs",
     S("Marlon Pryce", "398801", "2008-08-15", 12, "TechBoston Academy"),
     ("2025-10-24", "09:30"), "TechBoston Academy, AP office",
     P("""On 10/24 at 9:30 AM, a student told Ms. Greer that Marlon was selling "percs" to kids who were
     upset about Dre, and that some were taken at last night's vigil in the gym. AP Dunn and SSS Greer
     searched Marlon's backpack with him present and found a sandwich bag with 14 blue round pills
     stamped "M 30" and $220 in cash. School police field-tested one pill at 10:05: positive for
     fentanyl. Marlon said he "didn't sell to anybody young." A 10th grader who took one of the pills
     last night was seen by the nurse this morning and is OK. The remaining pills were turned over to
     school police. Marlon had been in the grief room on Wednesday and told the counselor he could not
     sleep. Staff note: Marlon lives on Geneva Ave near where Dre was shot."""),
     substances=["counterfeit Percocet", "fentanyl"], key="fentanyl",
     mnc=["Geneva Ave"],
     mct=["14 blue round pills", "M 30", "$220"],
     cats=["neighborhood"], tags=["allow_drugs", "short_report"])

case("drugs",
     S("Gianna Russo", "420074", "2009-12-02", 10, "Brighton High School"),
     ("2026-03-03", "10:45"), "Brighton High School, room 118",
     P("""At 10:45 AM on 3/3, Ms. Hurley found Gianna asleep at her desk in room 118 and not responding
     to her name. The nurse was able to wake her; she was slurring and unsteady. Gianna told the nurse
     she took "two bars" that morning because she "couldn't stop crying" after CJ's Catholic funeral on
     Saturday. In her pencil case the nurse found 5 white rectangular pills scored in three places,
     marked like Xanax 2 mg bars. EMS evaluated her at 11:05 and mom took her to the hospital. Gianna
     said she got them from an older boy at the funeral reception."""),
     substances=["Xanax"], key="Xanax",
     mnc=["Catholic"],
     mct=["5 white rectangular pills", "room 118", "two bars"],
     cats=["religion"], tags=["allow_drugs", "short_report", "grief"])

case("drugs",
     S("Ricky Santana", "415520", "2009-01-25", 11, "English High School"),
     ("2025-12-12", "13:05"), "English High School, hallway by the memorial table",
     P("""During a search of Ricky's backpack on 12/12 at 1:05 PM (a teacher saw him passing small bags
     in the hallway by the memorial table for Nia), SSS Paulino found 9 small plastic bags of white
     powder and 3 bags of marijuana. The white powder field-tested positive for cocaine (school police,
     1:40 PM). Ricky said he was "just holding it" for someone and that everybody has been "doing
     whatever" since Nia died. No one reported taking anything from him. Parent contacted at 1:30."""),
     substances=["cocaine", "marijuana"], key="cocaine",
     mnc=[], mct=["9 small plastic bags", "white powder", "memorial table"],
     cats=[], tags=["allow_drugs", "short_report", "mixed_substances", "clean"])

case("drugs",
     S("Keisha Barnes", "421617", "2010-03-17", 10, "Excel High School"),
     ("2025-10-01", "08:10"), "Excel High School, homeroom 207",
     P("""In homeroom on 10/1 at 8:10 AM, Keisha offered a classmate "something to calm down" and showed
     her a pill bottle. The classmate told Mr. Walsh. The bottle was a prescription bottle for
     oxycodone 10 mg in her grandmother's name with 11 pills inside. Keisha said she took it from her
     grandmother's bathroom because she has not been able to sleep since Dario was killed and wanted to
     help her friend, who was also close to him. She said she took one herself on Monday. The nurse
     assessed her and saw no signs of intoxication. Keisha was sent home with her aunt at 9:30 and
     referred to the school counselor and the Trauma Response Team."""),
     substances=["oxycodone"], key="oxycodone",
     mnc=[], mct=["homeroom", "oxycodone 10 mg", "11 pills"],
     cats=[], tags=["allow_drugs", "short_report", "trap_home", "clean"])

case("drugs",
     S("Youssef Amrani", "434471", "2010-05-31", 10, "Charlestown High School"),
     ("2026-05-12", "14:55"), "Charlestown High School, courtyard",
     P("""On 5/12 after school, students held an unofficial memorial for Pauly in the courtyard. At 2:55
     PM SSS Barros saw Youssef hand a small bag to another student. When stopped, Youssef had 6 pink
     pills shaped like skulls in a bag in his jacket. He said they were "molly" and he was giving them
     out "so people could feel better for once." School police tested one: positive for MDMA. When the
     AP called home, Youssef's mother only speaks Arabic, and the interpreter line was used."""),
     substances=["MDMA"], key="MDMA",
     mnc=["Arabic", "interpreter line"],
     mct=["6 pink pills shaped like skulls", "courtyard", "molly"],
     cats=["language"], tags=["allow_drugs", "short_report", "trap_school_name_place"])

case("drugs",
     S("Jerell Watts", "403946", "2009-02-09", 11, "Dorchester Academy"),
     ("2026-01-29", "10:25"), "Dorchester Academy, first-floor boys' bathroom",
     P("""SSS Mahoney was called to the first-floor boys' bathroom at 10:25 AM on 1/29 for a student who
     was "nodding out." The student (grade 11, not this report) was breathing slowly. The nurse gave one
     dose of Narcan and he responded, and EMS took him to BMC. He told the nurse he got "a bag" from
     Jerell in the bathroom. At 10:40 Jerell was brought to the office. In his sock were 4 small wax
     folds of tan powder stamped with a red star, which school police field-tested as fentanyl. Jerell
     said he sells "for" older people and "can't stop," and that since Keon died "everybody wants it."
     School police say those older people are Greyfield. Parent notified. The student who overdosed
     was released from BMC that evening. Jerell's phone had messages from other students asking for
     "blues" during lunch."""),
     substances=["fentanyl"], key="fentanyl",
     mnc=["Greyfield"],
     mct=["4 small wax folds", "Narcan", "red star"],
     cats=["gang_affiliation"], tags=["allow_drugs", "short_report"])

case("drugs",
     S("Sofia Navarro", "426390", "2010-07-19", 10, "Boston Arts Academy",
       race="Hispanic/Latino", home_zip="02119", homeroom="B-12"),
     ("2026-03-05", "12:40"), "Boston Arts Academy, dance studio",
     P("""At 12:40 PM in the dance studio, Ms. Pratt saw Sofia breaking up a chocolate bar and handing
     squares to two friends. The wrapper said "Polkadot" and "mushroom." Sofia had a second unopened bar
     in her bag. She said the bars are "shroom chocolate" that she bought online and that "after Omari,
     we just wanted to feel something different." One friend had already eaten a square and was taken
     to the nurse; she was dizzy and anxious and was picked up by her father. School police took the
     bars to be tested, and the lab result (psilocybin) came back on 3/9."""),
     substances=["psilocybin"], key="psilocybin",
     mnc=["Hispanic", "02119"],
     mct=["dance studio", "Polkadot", "second unopened bar"],
     cats=["ethnicity", "neighborhood"], tags=["allow_drugs", "short_report", "structured_fields"])

case("drugs",
     S("Daniela Ortega", "418219", "2009-10-06", 11, "Boston Community Leadership Academy"),
     ("2025-11-20", "09:15"), "Boston Community Leadership Academy, third-floor girls' bathroom",
     P("""At 9:15 AM on 11/20 in the third-floor girls' bathroom, Ms. Ocampo found Daniela and another
     student vaping. Daniela's bag had the vape and a folded napkin holding 4 white bar-shaped pills
     with "XANAX" on them. She said the pills are "for panic attacks" since Dre's death, but she has no
     prescription and the nurse confirmed none is on file. She said she bought them from someone at the
     vigil. She asked staff not to call police because she has DACA and is afraid of losing it."""),
     substances=["vape", "Xanax"], key="Xanax",
     mnc=["DACA"],
     mct=["4 white bar-shaped pills", "folded napkin"],
     cats=["immigration_status"], tags=["allow_drugs", "short_report", "mixed_substances"])

# ---------------------------------------------------------------------------------------------
# DENY: ground_not_permitted
# ---------------------------------------------------------------------------------------------

case("gang_activity",
     S("Kendrick Bailey", "406631", "2009-06-18", 11, "Jeremiah E. Burke High School"),
     ("2025-10-24", "12:00"), "Jeremiah E. Burke High School, hallways",
     P("""Since Dre Whitfield's death on 10/18 we have seen a large number of students wearing RIP DRE
     shirts with NORCROSS across the back and wearing maroon, which staff understand to be the Norcross
     color. Several are making hand signs in the hallways between classes. Kendrick is one of the
     students who had the shirts printed and handed them out. We are sharing the list of students seen
     in the shirts (attached) so the district can be aware of who is associated with whom. There has
     been no specific incident involving Kendrick."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["NORCROSS", "maroon"],
     cats=["gang_affiliation"], tags=["deny_ground", "short_report", "rip_clothing"],
     attachments=[{"kind": "document", "name": "rip_shirt_roster.xlsx"}])

case("fight",
     S("Omar Reid", "416143", "2010-02-28", 10, "Dorchester Academy"),
     ("2025-10-31", "12:20"), "Dorchester Academy, cafeteria",
     P("""At 12:20 PM two boys fought in the cafeteria over Dre's memorial posters. Both threw punches and
     they were separated within 30 seconds by Mr. Kenney and SSS Mahoney. No injuries; the nurse checked
     both. Staff say the other boy's friends call themselves Kestrel and the fight started when Omar tore
     a poster one of them had signed. Both boys were sent home for the day."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["Kestrel"],
     cats=["gang_affiliation"], tags=["deny_ground", "short_report", "hallway_fight"])

case("retaliation_intelligence",
     S("Terrence Boyd", "399047", "2009-01-08", 11, "Jeremiah E. Burke High School"),
     ("2025-10-25", "09:00"), "Jeremiah E. Burke High School",
     P("""Intel summary from the school safety team, Saturday 10/25. Since Friday there have been rumors
     among students that the Wexford boys plan to "get back" for Dre at a cookout this weekend. Several
     students named Terrence as someone who "knows what's going on." Terrence lives on Bowdoin St and was
     at the vigil Thursday with a group of older boys. No student has made a threat at school and there
     has been no incident involving Terrence. Students also say a car has been driving slowly past the
     bus stop at dismissal and that "something is going to happen before the funeral." Terrence's
     attendance has dropped since the shooting and he has not come to the grief room. A list of the
     students who were with Terrence at the vigil is attached. We are passing this on so the district is
     aware before Monday."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["Wexford", "Bowdoin"],
     cats=["gang_affiliation", "neighborhood"], tags=["deny_ground", "short_report", "retaliation_rumor"])

case("vigil_safety",
     S("Fabienne Joseph", "423806", "2009-11-25", 11, "English High School"),
     ("2025-12-11", "18:00"), "English High School, front steps",
     L("""From: AP T. Oduya
     To: Principal R. Haley
     Sent: Tue 12/9/2025 3:30 PM
     Subject: Thursday vigil for Nia - police detail request

     Fabienne (Nia's cousin, grade 11) and Nia's family asked to hold a candlelight vigil on our front steps Thursday at 6 PM. We expect 200 people. The family asked that it be in Haitian Creole and that the pastor from their church lead a prayer. Fabienne is helping organize it with the student council.
     Some students are afraid the people who shot Nia will drive by. I'd like BPD to know the details and have a car nearby. Can you submit?"""),
     decision="deny", reason="ground_not_permitted",
     mnc=["Haitian Creole", "pastor", "their church"],
     cats=["language", "religion"], tags=["deny_ground", "email_thread", "vigil"])

case("vandalism",
     S("Dontay Wills", "412584", "2009-08-04", 11, "New Mission High School"),
     ("2026-03-16", "07:00"), "New Mission High School, outside wall of the gym",
     P("""Between 3 PM Friday 3/13 and 7 AM Monday 3/16 someone spray-painted "RIP SMOKE ALMONT 4L" in
     large silver letters on the outside wall of the gym. Dontay admitted on Monday that he did it with
     two friends who do not go here, "for Smoke." Facilities estimates $1,800 to remove. No threats were
     written."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["ALMONT"],
     cats=["gang_affiliation"], tags=["deny_ground", "short_report", "memorial_graffiti"])

case("witness_information",
     S("Karla Mendez", "432015", "2010-03-09", 10, "East Boston High School",
       country_of_birth="El Salvador"),
     ("2026-04-14", "10:30"), "East Boston High School, counseling office",
     P("""Karla told her counselor on 4/14 that on the night Tavon Greer was shot she was looking out
     the window and saw a dark gray sedan stop, and she knows the boy who was driving. She is very
     scared. Her family is undocumented and will not speak to police, and she asked us not to give her
     name. She described the car as having a dented back door and a temporary plate, and said the boy
     who was driving goes to a school in Revere. She has not slept well since and has been coming to the
     counseling office every morning. We are passing what she said on so detectives can follow up.
     Karla has not threatened anyone and is not involved in any incident at school."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["undocumented", "El Salvador"],
     cats=["immigration_status", "national_origin"], tags=["deny_ground", "short_report", "witness_fear"])

case("truancy",
     S("Amir Hassan", "428158", "2010-09-23", 10, "Boston Latin Academy"),
     ("2026-03-20", "10:05"), "Boston Latin Academy",
     P("""Six students, including Amir, left after 2nd period on 3/20 without permission to attend Malik
     Osei's janazah at the mosque. Amir's mother called at noon to say he was with her. This is Amir's
     third unexcused partial day this month. The other five students' families have also been
     contacted."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["janazah", "mosque"],
     cats=["religion"], tags=["deny_ground", "short_report", "funeral"])

case("suspicious_behavior",
     S("Jaheim Foster", "410622", "2009-05-17", 11, "TechBoston Academy"),
     ("2025-10-23", "19:15"), "TechBoston Academy, gymnasium (evening vigil)",
     P("""At the vigil for Dre on Thursday evening, Jaheim was seen standing near the gym doors with a
     group of older non-students who were throwing up Tolland signs and wearing black bandanas. He left
     with them at 7:15. He did not do anything at the vigil and no one was hurt, but staff felt the
     police should know who he was with."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["Tolland", "black bandanas"],
     cats=["gang_affiliation"], tags=["deny_ground", "short_report", "vigil"])

case("trespass",
     S("Darius Fenwick", "371209", None, None, "Dorchester Academy", age=19, status="withdrawn 2025"),
     ("2025-10-29", "11:30"), "Dorchester Academy, side door and stairwell B",
     P("""At 11:30 AM Darius, a former student (age 19, withdrew last year), came through the side door
     behind a student to visit the memorial for Dre in stairwell B, and he refused to leave when asked
     twice. He left at 11:50 when SSS said they were calling school police. He had no weapon and made no
     threats."""),
     decision="deny", reason="ground_not_permitted",
     mnc=[], cats=[], tags=["deny_ground", "short_report", "memorial_wall", "clean"])

case("theft",
     S("Kiara Banks", "425027", "2010-06-11", 10, "English High School"),
     ("2025-12-15", "14:00"), "English High School, main office",
     P("""A jar holding $340 that students collected for Nia Fontaine's family went missing from the
     front counter of the main office between 1:15 and 2:00 PM on 12/15. Kiara was seen on the office
     camera taking it into the bathroom. She returned $120 the next day and says she spent the rest. No
     one was hurt or threatened."""),
     decision="deny", reason="ground_not_permitted",
     mnc=[], cats=[], tags=["deny_ground", "short_report", "memorial_fund", "clean"])

case("social_media_monitoring",
     S("Starling Peña", "419610", "2009-09-27", 11, "Community Academy of Science and Health"),
     ("2025-11-04", "08:30"), "Community Academy of Science and Health",
     P("""Requesting that the department monitor the Instagram and TikTok accounts of Starling and four
     other students (list attached), who are all Dominican and close to Jaylen Rosario's family. We are
     worried about retaliation after the vigil. None of these students has posted a threat or been
     involved in an incident at school."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["Dominican"],
     cats=["ethnicity"], tags=["deny_ground", "short_report", "retaliation_rumor"],
     attachments=[{"kind": "document", "name": "accounts_list.docx"}])

# ---------------------------------------------------------------------------------------------
# DENY: excluded_substance
# ---------------------------------------------------------------------------------------------

case("drugs",
     S("Quincy Dorsey", "413718", "2009-07-02", 11, "Madison Park Technical Vocational High School"),
     ("2026-01-15", "15:30"), "Madison Park Technical Vocational High School, courtyard (memorial gathering)",
     P("""At the school-supported memorial gathering for Keon in the courtyard after school on 1/15, SSS
     Breen found Quincy with 6 pre-rolled joints and a grinder in his coat. He said they were "for after,
     for Keon." Quincy lives in Orchard Park with his grandmother. No other substances were found."""),
     substances=["marijuana"], decision="deny", reason="excluded_substance",
     mnc=["Orchard Park"],
     cats=["neighborhood"], tags=["deny_substance", "short_report", "vigil"])

case("drugs",
     S("Lamar Ellis", "397338", "2008-05-26", 12, "Jeremiah E. Burke High School"),
     ("2025-10-30", "15:10"), "Jeremiah E. Burke High School, east stairwell (memorial wall)",
     P("""At 3:10 PM SSS Odom found Lamar and two other seniors at the memorial wall in the east
     stairwell pouring a bottle of Hennessy on the floor "for Dre" and drinking from it. The bottle was
     about half full. The boys were calm and gave it up. Parents called."""),
     substances=["alcohol"], decision="deny", reason="excluded_substance",
     mnc=[], cats=[], tags=["deny_substance", "short_report", "memorial_wall", "clean"])

case("drugs",
     S("Ayan Farah", "430883", "2010-11-15", 9, "TechBoston Academy"),
     ("2025-10-28", "10:50"), "TechBoston Academy, second-floor girls' bathroom",
     P("""Ms. Greer found Ayan vaping in the second-floor girls' bathroom at 10:50 AM. The vape is a
     black disposable with no label, and Ayan would not say what is in it. She said she "can't stop
     shaking" since Dre died. Her mom speaks Somali and the call was made through the district
     interpreter."""),
     substances=["vape (unknown content)"], decision="deny", reason="excluded_substance",
     mnc=["Somali", "district interpreter"],
     cats=["language"], tags=["deny_substance", "short_report", "vape_unknown"])

case("drugs",
     S("Micah Rowe", "418470", "2009-10-20", 11, "Henderson Inclusion School"),
     ("2026-01-20", "13:40"), "Henderson Inclusion School, fourth-floor hallway",
     P("""At 1:40 PM Mr. Ames smelled smoke near the fourth-floor lockers and found Micah with a THC
     cartridge and battery. The cartridge had a sticker reading "LL KEON" on it. Micah said he uses it
     to sleep since the stabbing. Micah lives in Bromley-Heath with his father, who was called at
     2:00."""),
     substances=["THC cartridge"], decision="deny", reason="excluded_substance",
     mnc=["Bromley-Heath"],
     cats=["neighborhood"], tags=["deny_substance", "short_report"])

case("drugs",
     S("Owen Tierney", "414905", "2009-12-04", 11, "Brighton High School"),
     ("2026-02-27", "19:45"), "Brighton High School, gymnasium (memorial basketball game)",
     P("""During the memorial basketball game for CJ Lamb on 2/27, at about 7:45 PM, SSS Wray found Owen
     and two friends under the bleachers with a bag of gummy edibles labeled 10 mg THC each and four cans
     of beer. Owen said he brought both. No one needed medical attention. Parents picked up all three."""),
     substances=["edibles", "beer"], decision="deny", reason="excluded_substance",
     mnc=[], cats=[], tags=["deny_substance", "short_report", "clean"])

case("drugs",
     S("Layla Haddad", "427962", "2010-08-29", 10, "Boston Latin Academy"),
     ("2026-03-23", "12:25"), "Boston Latin Academy, cafeteria",
     P("""At lunch on 3/23 Ms. Carver saw Layla and another girl sharing a Juul. Layla had three Juul pods
     in her pencil case. She said she started after Malik was shot. She also told the nurse she felt
     lightheaded because she had been fasting for Ramadan. No other substances."""),
     substances=["Juul pods"], decision="deny", reason="excluded_substance",
     mnc=["Ramadan"],
     cats=["religion"], tags=["deny_substance", "short_report"])

# ---------------------------------------------------------------------------------------------
# DENY: recipient_not_permitted
# ---------------------------------------------------------------------------------------------

case("weapon",
     S("Shamar Kent", "404507", "2009-04-02", 11, "Jeremiah E. Burke High School"),
     ("2025-11-03", "08:05"), "Jeremiah E. Burke High School, main entrance",
     P("""At 8:05 AM on 11/3 during the bag check, SSS Odom found a loaded black handgun in a shoe box in
     Shamar's backpack. Shamar said it was for protection since Dre. He is believed to be Norcross. The
     gun was secured and school police responded."""),
     weapon="handgun", recipient="bric", decision="deny", reason="recipient_not_permitted",
     mnc=["Norcross"],
     cats=["gang_affiliation"], tags=["deny_recipient", "short_report"])

case("credible_threat",
     S("Anthony Greer", "408305", "2009-02-19", 11, "New Mission High School"),
     ("2026-03-11", "08:40"), "New Mission High School, main office",
     P("""On 3/11 at 8:40 AM a student showed AP Pike a Snapchat message from Anthony: "smoke gone and
     nobody did nothing. tmrw at lunch i'm doing it myself" with a picture of a revolver. Anthony admitted
     sending it. Nothing was found in his bag or locker."""),
     threat=("Student sent a message saying \"tmrw at lunch i'm doing it myself\" with a picture of a revolver, "
             "about the people he blames for Devin Harris's death."),
     recipient="commonwealth-fusion-center", decision="deny", reason="recipient_not_permitted",
     mnc=[], cats=[], tags=["deny_recipient", "short_report", "clean"])

case("serious_violence",
     S("Edwin Pacheco", "424719", "2009-06-12", 10, "East Boston High School"),
     ("2026-04-21", "12:30"), "East Boston High School, cafeteria",
     P("""At 12:30 PM on 4/21 Edwin hit another student in the head with a metal water bottle several
     times after an argument about Tavon Greer's vigil. The other student needed 8 stitches and was
     treated for a concussion. Staff believe Edwin's family is undocumented."""),
     recipient="ice/ero-boston", decision="deny", reason="recipient_not_permitted",
     mnc=["undocumented"],
     cats=["immigration_status"], tags=["deny_recipient", "short_report"])

case("drugs",
     S("Elvin Zelaya", "422458", "2009-11-06", 11, "Excel High School"),
     ("2026-01-09", "09:20"), "Excel High School, AP office",
     P("""On 1/9 a search of Elvin's backpack found 20 small bags of powder that school police
     field-tested as fentanyl, and $600 in cash. Elvin said he started selling after Terrell died. Elvin
     is Honduran and has been in the country for two years."""),
     substances=["fentanyl"], recipient="hsi/boston", decision="deny", reason="recipient_not_permitted",
     mnc=["Honduran", "in the country for two years"],
     cats=["ethnicity", "national_origin"], tags=["deny_recipient", "short_report"])

case("weapon",
     S("Devin Okoro", "417201", "2010-01-14", 10, "Madison Park Technical Vocational High School"),
     ("2026-01-12", "07:25"), "MBTA bus on the way to Madison Park Technical Vocational High School",
     P("""On 1/12 at 7:25 AM, on the bus to school three days after Keon was stabbed, a bus monitor saw
     Devin open a folding knife and show it to two other students. He said it was "for the bus." The
     monitor took the knife at the school stop and gave it to SSS Breen."""),
     weapon="knife", recipient="mbta-transit-police", decision="deny", reason="recipient_not_permitted",
     mnc=[], cats=[], tags=["deny_recipient", "short_report", "clean"])

case("serious_violence",
     S("Reggie Thornton", "452337", "2013-05-21", 7, "Lilla G. Frederick Middle School"),
     ("2026-03-26", "08:50"), "Lilla G. Frederick Middle School, front stairs",
     P("""At 8:50 AM on 3/26 Reggie pushed a classmate down the front stairs after an argument about a
     drawing for Malik Osei's memorial. The classmate broke her wrist and needed surgery. Reggie lives in
     Mattapan with his aunt."""),
     recipient="suffolk-da", decision="deny", reason="recipient_not_permitted",
     mnc=["Mattapan"],
     cats=["neighborhood"], tags=["deny_recipient", "short_report"])

case("weapon",
     S("Curtis Vaughn", "402660", "2008-12-14", 12, "Dorchester Academy"),
     ("2025-12-23", "15:20"), "Dorchester Academy, front entrance",
     P("""At dismissal on 12/23 SSS Mahoney found a box cutter in Curtis's coat pocket when he came back
     in for a forgotten phone. Curtis said his cousin Terrell was killed on 12/20 and he is not going
     to walk home without something. The family lives in Franklin Hill and the housing patrol has asked
     to be kept informed."""),
     weapon="box cutter", recipient="allied-universal/bha-patrol", decision="deny", reason="recipient_not_permitted",
     mnc=["Franklin Hill"],
     cats=["neighborhood"], tags=["deny_recipient", "short_report", "private_security"])

case("weapon",
     S("Malik Dorsainvil", "405815", "2009-09-30", 11, "TechBoston Academy"),
     ("2026-01-27", "09:10"), "TechBoston Academy, second-floor lockers",
     P("""A loaded .22 revolver was found in Malik D.'s locker on 1/27 after a tip. Malik said he has had
     it since Keon was stabbed. School police say Malik is a Greyfield associate and asked that the
     incident be entered in the database."""),
     weapon="firearm", recipient="ma-gang-database", decision="deny", reason="recipient_not_permitted",
     mnc=["Greyfield"],
     cats=["gang_affiliation"], tags=["deny_recipient", "short_report"])

# ---------------------------------------------------------------------------------------------
# DENY: missing_threat_statement
# ---------------------------------------------------------------------------------------------

case("credible_threat",
     S("Javon Little", "401833", "2009-03-12", 11, "Jeremiah E. Burke High School"),
     ("2025-10-22", "11:35"), "Jeremiah E. Burke High School, cafeteria lunch line",
     P("""At 11:35 AM in the lunch line Javon told two students "I'm gonna pop K.M. Friday, on Dre, and
     y'all can watch." A lunch aide heard it. Javon laughed when asked about it. Staff say Javon has been
     hanging with Norcross since the summer. K.M.'s family has been informed."""),
     decision="deny", reason="missing_threat_statement",
     mnc=["Norcross"],
     cats=["gang_affiliation"], tags=["deny_threat_missing", "short_report"])

case("credible_threat",
     S("Isaac Moreno", "420936", "2010-02-01", 10, "Dorchester Academy"),
     ("2025-11-10", "07:20"), "Dorchester Academy, library memorial wall",
     P("""On 11/10 at 7:20 AM staff found "Y'ALL NEXT. 11/14" written in red marker across the photos on
     the memorial wall in the library. Isaac admitted writing it and said it was for the people who
     "set Dre up." He would not say what would happen on 11/14."""),
     decision="deny", reason="missing_threat_statement",
     mnc=[], cats=[], tags=["deny_threat_missing", "short_report", "memorial_wall", "clean"])

case("credible_threat",
     S("Nadege Louis", "426114", "2010-05-08", 10, "English High School"),
     ("2025-12-16", "10:30"), "English High School, grief room",
     L("""Crisis team notes, Tue 12/16
     - 10:30 Nadege in the grief room. Very angry about the clip of Nia's mom at the vigil.
     - Said about the girl who posted it: "I'm going to cut her face the next time I see her, watch."
     - Nadege's family is Haitian and close to Nia's family.
     - AP informed 10:45; the other girl's family called."""),
     decision="deny", reason="missing_threat_statement",
     mnc=["Haitian"],
     cats=["ethnicity"], tags=["deny_threat_missing", "crisis_notes"])

case("credible_threat",
     S("Bryan Portillo", "431772", "2009-08-21", 11, "East Boston High School"),
     ("2026-04-13", "13:10"), "East Boston High School, third-floor hallway",
     P("""On 4/13 at 1:10 PM Bryan told a teacher that "whoever did Tavon is getting shot this week and I
     know where to find them." Bryan lives in Maverick Landing, near where Tavon was killed. His bag was
     searched with nothing found."""),
     threat="", decision="deny", reason="missing_threat_statement",
     mnc=["Maverick Landing"],
     cats=["neighborhood"], tags=["deny_threat_missing", "short_report", "empty_threat_statement"])

case("credible_threat",
     S("Linh Pham", "437006", "2010-10-12", 9, "Charlestown High School"),
     ("2026-05-08", "20:30"), "Instagram; Charlestown High School",
     P("""A post from Linh's account on 5/8 at 8:30 PM read "pauly gone and they still laughing. monday
     i'm bringing something to school." Linh confirmed it was his. When the AP called home, Linh's dad
     only speaks Vietnamese and Linh had to translate."""),
     decision="deny", reason="missing_threat_statement",
     mnc=["Vietnamese", "had to translate"],
     cats=["language"], tags=["deny_threat_missing", "social_post"])

case("credible_threat",
     S("Malcolm Ortiz", "409911", "2009-07-30", 11, "Boston Community Leadership Academy"),
     ("2025-11-18", "14:05"), "Boston Community Leadership Academy, room 115",
     L("""From: Mr. P. Greaves
     To: AP Lowe
     Sent: Tue 11/18/2025 2:20 PM
     Subject: Malcolm, 7th period

     At 2:05 today Malcolm told the class during the check-in circle that "somebody at this school knows who shot Dre and when I find out it's over for them, I got the stick." He would not say more.

     > From: AP Lowe, 2:31 PM
     > Pulling him now. Please write up the exact words."""),
     decision="deny", reason="missing_threat_statement",
     mnc=[], cats=[], tags=["deny_threat_missing", "email_thread", "clean"])

# ---------------------------------------------------------------------------------------------
# DENY: face_surveillance
# ---------------------------------------------------------------------------------------------

case("weapon",
     S("Terrell Dixon", "400552", "2009-02-13", 11, "TechBoston Academy"),
     ("2025-10-27", "08:00"), "TechBoston Academy, main entrance",
     P("""A man with a handgun was filmed at the edge of the vigil for Dre on 10/23. The vigil livestream
     was run through face recognition and returned a match to Terrell's student ID photo (match report
     attached). On 10/27 at 8:00 AM Terrell was searched on arrival and a loaded handgun was found in
     his backpack."""),
     weapon="handgun", decision="deny", reason="face_surveillance",
     mnc=["face recognition", "match report"],
     cats=["face_surveillance"], tags=["deny_face", "short_report", "vigil"],
     attachments=[{"kind": "face_match", "name": "vigil_livestream_match.pdf"}])

case("serious_violence",
     S("Marcus Delgado", "403227", "2009-05-03", 11, "Jeremiah E. Burke High School"),
     ("2025-10-21", "11:48"), "Jeremiah E. Burke High School, second-floor hallway",
     P("""Further to the report on the 10/21 hallway assault (K.M., fractured orbital bone), two of the
     students who kicked K.M. are not yet identified. Attached are the grade 10 and 11 yearbook photos;
     please run them through facial recognition against the hallway video so the other two can be
     identified. Marcus was identified by staff."""),
     decision="deny", reason="face_surveillance",
     mnc=["facial recognition"],
     cats=["face_surveillance"], tags=["deny_face", "short_report", "photo_request"],
     attachments=[{"kind": "photo", "name": "yearbook_grade10.zip"},
                  {"kind": "photo", "name": "yearbook_grade11.zip"}])

case("credible_threat",
     S("Logan Pereira", "415687", "2009-11-29", 11, "Brighton High School"),
     ("2026-02-20", "22:00"), "Instagram; Brighton High School",
     P("""An anonymous Instagram account posted "whoever was with CJ that night, we coming to Brighton
     monday." The account was identified as Logan's when its profile picture was run through Clearview
     and matched his school ID photo. Logan denied it."""),
     threat="Anonymous account posted \"whoever was with CJ that night, we coming to Brighton monday.\"",
     decision="deny", reason="face_surveillance",
     mnc=["Clearview", "matched his school ID photo"],
     cats=["face_surveillance"], tags=["deny_face", "social_post"])

case("weapon",
     S("Kenneth Alves", "411309", "2009-06-01", 11, "Madison Park Technical Vocational High School"),
     ("2026-01-16", "07:40"), "Madison Park Technical Vocational High School, main entrance",
     P("""At 7:40 AM on 1/16 the new camera analytics at the main entrance flagged Kenneth as a 91% face
     match to the person holding a gun in an Instagram video about Keon. SSS Breen searched him and found
     a loaded pistol in his jacket."""),
     weapon="firearm", decision="deny", reason="face_surveillance",
     mnc=["face match", "91%"],
     cats=["face_surveillance"], tags=["deny_face", "short_report"])

case("drugs",
     S("Tyson Mercer", "418002", "2009-10-17", 11, "English High School",
       face_template_id="FT-88213", face_match_source="vigil video 12/10"),
     ("2025-12-17", "09:00"), "English High School, AP office",
     P("""On 12/17 Tyson was searched after he was matched through face recognition to a video of pills
     being handed out at Nia's vigil. He had 10 pills that field-tested positive for fentanyl."""),
     substances=["fentanyl"], decision="deny", reason="face_surveillance",
     mnc=["FT-88213", "face recognition"],
     cats=["face_surveillance"], tags=["deny_face", "short_report", "structured_fields"])

case("credible_threat",
     S("Angel Rivas", "433664", "2010-07-23", 10, "East Boston High School"),
     ("2026-04-19", "16:00"), "East Boston High School",
     P("""A video posted on 4/19 shows a man saying he will "finish" the boys who were with Tavon. Ms.
     Kerr used a face search website (PimEyes) on a still from the video and identified him as Angel's
     older brother. Angel shared the video in a class group chat with the words "y'all heard him.\""""),
     threat="Student shared a video of a man saying he will \"finish\" the boys who were with Tavon Greer, adding \"y'all heard him.\"",
     decision="deny", reason="face_surveillance",
     mnc=["PimEyes", "face search"],
     cats=["face_surveillance"], tags=["deny_face", "social_post"])

# ---------------------------------------------------------------------------------------------
# DENY: other (replica / airsoft / BB guns need a named approver's determination)
# ---------------------------------------------------------------------------------------------

case("weapon",
     S("Jorge Batista", "416981", "2010-04-26", 10, "Community Academy of Science and Health"),
     ("2025-11-10", "08:15"), "Community Academy of Science and Health, main entrance",
     P("""At 8:15 AM on 11/10 SSS Castro found a black airsoft pistol (orange tip painted over) in Jorge's
     backpack. Jorge said he carries it "so people think twice" since Jaylen was killed. Jorge lives on
     Hyde Park Ave near the shooting."""),
     weapon="airsoft pistol", decision="deny", reason="other",
     mnc=["Hyde Park Ave"],
     cats=["neighborhood"], tags=["deny_replica", "short_report", "gun_for_protection"])

case("weapon",
     S("Nehemiah Hart", "407452", "2009-03-21", 11, "Madison Park Technical Vocational High School"),
     ("2026-01-21", "11:00"), "Madison Park Technical Vocational High School, second-floor lockers",
     P("""On 1/21 at 11:00 AM a BB gun that looks like a real handgun was found in Nehemiah's locker after
     a tip. He said he got it after Keon's stabbing "to scare people off." No one was threatened with it."""),
     weapon="BB gun", decision="deny", reason="other",
     mnc=[], cats=[], tags=["deny_replica", "short_report", "clean"])


# ---------------------------------------------------------------------------------------------
# self-checks and output
# ---------------------------------------------------------------------------------------------

def _fold(s):
    return s.lower()


def _check():
    assert len(CASES) == 100, len(CASES)
    for c in CASES:
        req, e = c["request"], c["expect"]
        whole = _fold(json.dumps(req, ensure_ascii=False))
        keep = [_fold(x) for x in e["must_contain"] + e["must_contain_text"]]
        for s in e["must_not_contain"]:
            assert _fold(s) in whole, (c["id"], s)
            for k in keep:
                assert _fold(s) not in k and k not in _fold(s), (c["id"], s, k)
        if e["decision"] == "allow":
            desc = _fold(req["incident"]["description"])
            for k in e["must_contain_text"]:
                assert _fold(k) in desc, (c["id"], k)
            assert e["must_contain"][2] and _fold(e["must_contain"][2]) in whole, c["id"]
            if req["ground"] == "credible_threat":
                assert req.get("threat_statement"), c["id"]
        else:
            assert e["reason"], c["id"]
        assert bool(e["categories"]) == bool(e["must_not_contain"]) or "face_surveillance" in e["categories"], c["id"]
        assert any(t in FORMATS for t in e["tags"]), c["id"]


def main():
    _check()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
