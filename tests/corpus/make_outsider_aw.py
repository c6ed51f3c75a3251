#!/usr/bin/env python3
"""Outsider corpus "aw": school-wide emergencies and the district's own communications.

Family
------
Lockdowns, shelter-in-place and hold-in-place orders, evacuations, bomb threats, a weapon on
campus that triggers an all-call, written up the way a Boston Public Schools building writes
them: lockdown logs with times, transcribed radio traffic, all-staff emails, robocall and text
scripts, press statements, after-action reviews, reunification-site notes, translated family
notices, main-office phone logs, nurse's notes, bus-dispatch notes, memos to the superintendent.

In this family the words of language, place and culture mostly describe the *school's*
communications and buildings ("the robocall went out in nine languages", "the reunification site
at the Jamaica Plain branch library", "the Chinese translation of the letter was late"). Those are
precision traps: they are not facts about the student and a correct redactor keeps them. Now and
then a note slips in a fact about the student who caused the emergency or about a family (an
interpreter needed at pickup, the housing development the student lives in, a country of birth, a
suspected crew, a religion), which police must never see.

Labelling notes
---------------
* Decisions follow RULES.md only: grounds serious_violence / credible_threat (with a written
  threat_statement) / weapon / drugs (at least one substance outside marijuana, nicotine and
  alcohol); recipient must be BPD or a BPD unit. Replica, BB and airsoft guns are denied (reason
  "other": they need a named approver's determination that the request does not carry).
* In the source below, every span of free text that reveals a forbidden fact is wrapped in
  the marker pair U+27E6 / U+27E7; the markers are stripped before writing. must_not_contain
  holds the shortest substrings of those spans (or of a forbidden structured value) that reveal the
  fact. A self-check at the bottom asserts that every canary occurs only inside a marked span or a
  non-allowlisted student field, that no canary is a substring of a category or reason code, of a
  field police may receive, of the ground, weapon, substances, recipient or a student key, and that
  every must_contain_text item sits outside the marked spans, in the incident description.
* must_contain = [student name, school, one key fact]; the key fact is in the description, outside
  any forbidden span.  Precision traps (school communications, buildings, course names, a church
  parking lot used as a reunification site, manual camera review, "point of origin", a student
  named Christian, ...) are listed in must_contain_text and tagged "precision_trap".
* Categories list only the forbidden categories actually present; an interpreter need is labelled
  "language" even when the language name also hints at a group.
* Dates are school days in 2025 and 2026, with the correct Boston UTC offset.  Student ids and
  dates of birth come from a seeded generator (SEED below); everything else is hand-written, one
  case per text, no shared sentence templates.
"""
import datetime
import json
import pathlib
import random
import re
import sys
import textwrap

SEED = 20260417
rng = random.Random(SEED)
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_aw.jsonl"
FAMILY = "outsider_aw"
OPEN, CLOSE = "\u27e6", "\u27e7"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4011"),
    "BLS": ("Boston Latin School", "BPS-4012"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-4031"),
    "EBHS": ("East Boston High School", "BPS-4045"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-4052"),
    "EHS": ("English High School", "BPS-4058"),
    "EXCEL": ("Excel High School", "BPS-4063"),
    "BHS": ("Brighton High School", "BPS-4067"),
    "TBA": ("TechBoston Academy", "BPS-4072"),
    "MH": ("Mission Hill K-8", "BPS-4081"),
    "OB": ("John D. O'Bryant School of Mathematics and Science", "BPS-4086"),
    "CHS": ("Charlestown High School", "BPS-4090"),
    "SNOW": ("Snowden International School", "BPS-4094"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4102"),
    "NM": ("New Mission High School", "BPS-4107"),
    "BAA": ("Boston Arts Academy", "BPS-4113"),
    "FEN": ("Fenway High School", "BPS-4118"),
    "CASH": ("Community Academy of Science and Health", "BPS-4124"),
    "BINCA": ("Boston International Newcomers Academy", "BPS-4129"),
    "MUNIZ": ("Margarita Mu\u00f1iz Academy", "BPS-4133"),
    "MCC": ("McCormack Middle School", "BPS-4140"),
    "EDW": ("Clarence R. Edwards Middle School", "BPS-4146"),
    "FRED": ("Lilla G. Frederick Middle School", "BPS-4151"),
    "IRV": ("Washington Irving Middle School", "BPS-4155"),
    "DEAR": ("Dearborn STEM Academy", "BPS-4160"),
    "JQUS": ("Josiah Quincy Upper School", "BPS-4166"),
    "EMK": ("Edward M. Kennedy Academy for Health Careers", "BPS-4171"),
    "BDEA": ("Boston Day and Evening Academy", "BPS-4175"),
    "HERN": ("Rafael Hern\u00e1ndez K-8 School", "BPS-4180"),
    "UMANA": ("Mario Umana Academy", "BPS-4184"),
    "MCKAY": ("Donald McKay K-8 School", "BPS-4188"),
    "OG": ("Orchard Gardens K-8 School", "BPS-4192"),
    "HEND": ("Henderson K-12 Inclusion School", "BPS-4197"),
    "BGA": ("Boston Green Academy", "BPS-4203"),
    "TOBIN": ("Tobin K-8 School", "BPS-4207"),
    "CURLEY": ("Curley K-8 School", "BPS-4211"),
    "LYON": ("Lyon Upper School", "BPS-4215"),
    "ACC": ("Another Course to College", "BPS-4224"),
    "YA": ("Young Achievers Science and Mathematics Pilot School", "BPS-4229"),
    "CONDON": ("James F. Condon School", "BPS-4233"),
    "GE": ("Greater Egleston High School", "BPS-4220"),
}

# codes and words that legitimately appear in a decision; no canary may be a substring of them
LEGIT = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
         "gang_affiliation", "face_surveillance", "not_allowlisted", "ground_not_permitted",
         "excluded_substance", "recipient_not_permitted", "missing_threat_statement", "invalid_request",
         "[withheld]", "incident.description", "incident.location", "threat_statement", "marijuana",
         "nicotine", "alcohol", "serious_violence", "credible_threat", "weapon", "drugs", "allow", "deny",
         "policy", "redisclosure notice", "student.", "school_id", "recipient", "other"]


def T(s):
    return textwrap.dedent(s).strip("\n")


def iso(stamp):
    """'2025-10-14 09:41' -> ISO 8601 with the Boston offset; asserts a school day."""
    d = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    assert d.weekday() < 5, f"{stamp} is a weekend"
    dst = {2025: (datetime.datetime(2025, 3, 9, 2), datetime.datetime(2025, 11, 2, 2)),
           2026: (datetime.datetime(2026, 3, 8, 2), datetime.datetime(2026, 11, 1, 2))}[d.year]
    off = "-04:00" if dst[0] <= d < dst[1] else "-05:00"
    return d.strftime("%Y-%m-%dT%H:%M:00") + off


def dob_for(grade, stamp):
    d = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M").date()
    sy = d.year if d.month >= 8 else d.year - 1
    lo = datetime.date(sy - grade - 6, 9, 2)
    span = (datetime.date(sy - grade - 5, 9, 1) - lo).days
    return (lo + datetime.timedelta(days=rng.randint(0, span))).isoformat()


USED_IDS = set()


def new_id():
    while True:
        v = str(rng.randint(100000, 999999))
        if v not in USED_IDS:
            USED_IDS.add(v)
            return v


def clean(s):
    return s.replace(OPEN, "").replace(CLOSE, "") if isinstance(s, str) else s


def spans(s):
    return re.findall(re.escape(OPEN) + "(.*?)" + re.escape(CLOSE), s or "", flags=re.S)


def outside(s):
    return re.sub(re.escape(OPEN) + ".*?" + re.escape(CLOSE), " | ", s or "", flags=re.S)


CASES = []


def add(school, name, grade, when, location, desc, ground, *, recipient="bpd", weapon=None,
        substances=None, threat=None, extra=None, attach=None, decision="allow", reason=None,
        key=None, mct=(), mnc=(), cats=(), tags=(), trap=False):
    CASES.append(dict(school=school, name=name, grade=grade, when=when, location=location,
                      desc=T(desc), ground=ground, recipient=recipient, weapon=weapon,
                      substances=substances, threat=T(threat) if threat else threat, extra=extra,
                      attach=attach, decision=decision, reason=reason, key=key, mct=list(mct),
                      mnc=list(mnc), cats=list(cats), tags=list(tags), trap=trap))


# ---------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------
# 1
add("MP", "Darnell Whitaker", 11, "2025-10-14 09:41", "Madison Park, Building B, second-floor stairwell",
    """
    LOCKDOWN LOG - Building B (kept by Asst. Headmaster Okafor)
    09:41  Carpentry instructor Mr. Pacheco radios that a student in the shop bay showed another student a black handgun tucked in his waistband. Student named as Darnell Whitaker, gr 11.
    09:42  Headmaster calls LOCKDOWN over the PA. Shop and classroom doors locked, lights off, hallways cleared.
    09:44  911 called. District B2 dispatching.
    09:51  SSS Grant and the B2 officer locate Darnell in the second-floor stairwell by the auto-body wing. He put his hands up when told to and did not resist.
    09:53  A loaded Taurus 9mm pistol recovered from his right waistband, one round in the chamber. Officer cleared the weapon on scene.
    10:05  Room-by-room sweep of B building started with B2.
    10:32  Lockdown lifted. Modified bell schedule for the rest of the day.
    10:40  Robocall and text to all families. The robocall went out in nine languages through the district system.
    No injuries. Student who was shown the gun (J.M.) gave a written statement.
    """,
    "weapon", weapon="firearm", key="9mm pistol",
    mct=["loaded Taurus 9mm pistol", "second-floor stairwell", "robocall went out in nine languages"],
    tags=["lockdown_log", "all_call"], trap=True)

# 2
add("EXCEL", "Kayla Brennan", 10, "2025-11-18 08:55", "Excel High School, second-floor girls' bathroom",
    """
    From: Headmaster's Office
    To: Excel HS - All Staff
    Subject: Today's evacuation - what happened and what's next

    Team,

    Thank you for an orderly evacuation this morning. Here is what we can share. At 8:55 a custodian found "BOMB IN THE GYM 11:00 EVERYONE DIES" written in black marker on the mirror of the second-floor girls' bathroom. We evacuated to the Thomas Park side of Dorchester Heights at 9:08, and BPD's bomb squad swept the building with a dog. Nothing was found and we re-entered at 11:40.

    After reviewing the hall pass log and speaking with several students, Kayla Brennan (grade 10) admitted writing the message because she did not want to sit her chemistry test. She is suspended pending a hearing and BPD has been notified. ⟦When her mother arrived she needed a Cape Verdean Creole interpreter, which Ms. Andrade provided over the phone.⟧

    Please do not discuss the student by name with classes. Counselors are in Room 214 all week.

    - J. Whelan
    """,
    "credible_threat",
    threat="Written threat on the mirror of the second-floor girls' bathroom: \"BOMB IN THE GYM 11:00 EVERYONE DIES\". Names a place in the building and a time that school day; the building was evacuated and swept. Student admitted writing it.",
    key="BOMB IN THE GYM", mct=["second-floor girls' bathroom", "re-entered at 11:40"],
    mnc=["Cape Verdean"], cats=["language"], tags=["bomb_threat", "staff_email", "evacuation"])

# 3
add("BURKE", "Kevin Alvarado", 9, "2026-02-10 13:20", "Jeremiah E. Burke High School, Morton Street side door",
    """
    Det. Ruane from District B3 called the main office after Tuesday afternoon's lockdown (a man reported with a weapon on Washington St, later cleared by BPD; nothing to do with our students). During the lockdown Kevin ran out the Morton Street side door and was picked up by a cruiser two blocks away and brought back. He was scared, not in trouble with us.

    The detective is asking for Kevin's immigration and citizenship status and that of his parents, his date of entry, and whether the family is "in the shelter system". No weapon, no threat, no injury involved. Submitting so Legal can answer him formally.
    """,
    "immigration_inquiry", decision="deny", reason="ground_not_permitted",
    extra={"country_of_birth": "Guatemala", "us_entry_date": "2024-11-18", "program": "SEI Spanish"},
    mnc=["Guatemala", "2024-11-18", "SEI Spanish"], cats=["national_origin", "immigration_status", "language"],
    tags=["status_request", "lockdown"])

# 4
add("BHS", "Jayden Castillo", 12, "2025-12-03 13:15", "Brighton High School, Room 221 (east wing)",
    """
    Nurse's note, 1:15 PM. Called to Room 221 (Algebra II) after Ms. Duarte reported that a student dropped a small baggie of white powder while pulling out his calculator and some of it scattered across the desk. Ms. Duarte wiped it up with a paper towel and within about ten minutes complained of tingling hands and lightheadedness. When her breathing slowed I gave 4 mg Narcan nasal; she responded and was taken by EMS to St. Elizabeth's.

    The principal called a shelter-in-place for the east wing while BFD Hazmat bagged the powder; Room 221 stayed sealed until 3:30. The student, Jayden Castillo, had two more baggies in the front pocket of his backpack. BPD field test was presumptive positive for fentanyl. ⟦His emergency card lists 17 Parsons St, Apt 2.⟧ Jayden was calm and cooperative and waited in the main office until his father came.
    """,
    "drugs", substances=["fentanyl"], key="fentanyl",
    mct=["Room 221", "4 mg Narcan", "St. Elizabeth's"], mnc=["Parsons St"], cats=["neighborhood"],
    tags=["shelter_in_place", "nurse_note", "hazmat"])

# 5
add("EBHS", "Andre Pimentel", 10, "2025-10-02 10:12", "East Boston High School, third-floor landing by Room 312",
    """
    Radio traffic, channel 2 (transcribed by AP Moran from the SSS recorder)
    10:12 SSS Rivera: "Base, I need an admin at the third-floor landing by 312, kid with a knife, repeat, a knife."
    10:12 Base: "Copy, admin en route. Calling it."
    10:13 Headmaster (PA): "Lockdown, lockdown, lockdown. Locks, lights, out of sight."
    10:14 SSS Rivera: "He put it on the floor. I have the knife. Walking him to 104."
    10:15 Base: "Copy. 911 notified, A7 sending a unit."
    10:19 SSS Cole: "Any other injuries? Negative. Y.R. has a scratch on the back of her hand, nurse has her."
    10:41 Base: "All clear from A7, lifting at 10:45."

    Summary: Andre Pimentel pulled a folding knife with a roughly 4-inch blade on Y.R. after an argument on the stairs. The knife is tagged in the main office safe. ⟦Andre's file shows he came from the Dominican Republic in 2023⟧ ⟦and his English learner level is 2.⟧
    """,
    "weapon", weapon="knife", key="folding knife",
    mct=["scratch on the back of her hand", "main office safe", "third-floor landing"],
    mnc=["Dominican Republic", "English learner"], cats=["national_origin", "language"],
    tags=["radio_traffic", "lockdown"])

# 6
add("TBA", "Isaiah Grant", 11, "2026-01-12 07:30", "TechBoston Academy (threat made online the night before)",
    """
    Statement released to media at 4:30 PM:
    "Last night TechBoston Academy administrators were made aware of a social media post threatening violence at our school. We immediately contacted the Boston Police Department, who identified the student responsible overnight. Out of an abundance of caution, school opened this morning with a BPD presence and a shelter-in-place for the first 40 minutes while the building was checked. No weapon was found. The safety of our students is our top priority."
    The statement was translated into Spanish, Haitian Creole, Vietnamese and Cape Verdean Creole and posted on the school website by 6 PM.

    Internal: the post was an Instagram story from Isaiah Grant's account (grade 11) at 9:47 PM Sunday reading "dont come to tba tmrw im spraying the 2nd floor" over a photo of what looks like a handgun on a bed. Isaiah's mother says there is no gun in the home and the photo came off the internet; BPD is following up with the family.
    """,
    "credible_threat",
    threat="Instagram story posted 9:47 PM Sunday from the student's account: \"dont come to tba tmrw im spraying the 2nd floor\", over a photo of an apparent handgun. Names the school, a floor and the next school day.",
    key="spraying the 2nd floor",
    mct=["Haitian Creole, Vietnamese and Cape Verdean Creole", "shelter-in-place for the first 40 minutes"],
    tags=["press_statement", "translated_notice", "shelter_in_place"], trap=True)

# 7
add("FEN", "Nico Saldana", 10, "2025-09-23 11:07", "Fenway High School, third-floor boys' room",
    """
    Facilities / fire alarm report. Alarm activation 11:07 AM, zone 4 (smoke head in the third-floor boys' room). Full evacuation to the Alleghany Street lot per the plan; BFD Engine 14 responded, panel reset at 11:29, everyone back inside by 11:36. Cause: Nico Saldana admitted to AP Whelan that he hit a THC cart in the stall; the cartridge (about half full) was confiscated. No fire, no injuries. ⟦Per the attendance office he is living with his aunt in the Mildred Hailey apartments.⟧ Requesting the report go to BPD for the false alarm.
    """,
    "drugs", substances=["THC vape cartridge"], decision="deny", reason="excluded_substance",
    mnc=["Mildred Hailey"], cats=["neighborhood"], tags=["evacuation", "false_alarm", "facilities_report"])

# 8
add("NM", "Tariq Mensah", 10, "2026-03-04 08:20", "New Mission High School, second-floor locker bay",
    """
    Forwarding this morning's weapons incident as requested by the analyst. At 8:20 AM, during breakfast, a student told SSS Barros that Tariq Mensah had a gun in his backpack. Lockdown called at 8:22. SSS and the school officer found a silver .380 handgun, unloaded, with a loaded magazine in a separate pocket, in Tariq's bag at the second-floor locker bay. He was detained without incident and the lockdown was lifted at 9:15. ⟦The analyst asked us to add that staff have seen Tariq in videos with the Valcour Street crew.⟧
    """,
    "weapon", weapon="firearm", recipient="bric", decision="deny", reason="recipient_not_permitted",
    mnc=["Valcour"], cats=["gang_affiliation"], tags=["recipient_denied", "lockdown"])

# 9
add("DEAR", "Devonte Ames", 10, "2025-11-06 14:31", "Dearborn STEM Academy, front courtyard at dismissal",
    """
    AFTER-ACTION REVIEW - Lockdown of 11/6 (draft for the Safety Services debrief)

    1. Incident. At 2:31 PM, during dismissal, Devonte Ames (gr 10) stabbed another student, K.B., once in the abdomen with a kitchen knife in the front courtyard. Staff applied pressure and EMS took K.B. to Boston Medical Center, where he had surgery that evening; he is expected to recover. Devonte dropped the knife and was held by SSS Pina until BPD arrived at 2:36.
    2. Lockdown. Called at 2:32. Buses were held on Greenville St. Lifted at 3:40.
    3. Reunification. Students whose families could not reach the building were walked to the reunification site at the Roxbury Branch Library in Nubian Square; the last student was picked up at 6:05.
    4. Communications. The robocall went out at 3:55. The Somali-language voicemail line was not recorded until 5:10 PM, so families who called it before then heard only English. Fix: pre-record generic lockdown messages in every supported language.
    5. Follow-up. Counseling for witnesses in the library all week.
    """,
    "serious_violence", key="abdomen",
    mct=["once in the abdomen", "Roxbury Branch Library in Nubian Square", "Somali-language voicemail line"],
    tags=["after_action", "reunification", "lockdown"], trap=True)

# 10
add("CHS", "Brianna Sousa", 9, "2026-01-27 11:48", "Charlestown High School, cafeteria",
    """
    I was on cafeteria duty for B lunch. At about 11:48 I heard screaming by the windows and saw students running toward the doors, coughing. Brianna Sousa was standing by table 9 holding a small black canister of pepper spray. She had sprayed it at a girl she was arguing with, and the spray went across three tables. I took the canister from her and we evacuated the cafeteria into the courtyard. Fourteen students were coughing or had burning eyes; the nurse flushed eyes at the courtyard spigot and EMS treated three, one of whom went to MGH with breathing trouble. The custodians ventilated the room and B lunch finished in the gym. ⟦Her mother told the AP they live in the Bunker Hill houses, building 12,⟧ and that Brianna carries the spray for the walk home.
    - Statement of SSS D. Flaherty
    """,
    "weapon", weapon="pepper spray", key="pepper spray",
    mct=["table 9", "Fourteen students were coughing", "MGH"], mnc=["Bunker Hill"], cats=["neighborhood"],
    tags=["evacuation", "staff_statement"])

# 11
add("BLA", "Owen Kowalczyk", 8, "2026-03-17 10:02", "Boston Latin Academy, main office (call received)",
    """
    Main office phone log, Tues 3/17
    10:02  Call on line 2 from a blocked number? No - caller ID shows a cell number. Male voice, young, says "There's a bomb in the auditorium and it goes off at 10:30, get everybody out." Hangs up after about 8 seconds. Ms. Carney wrote it down word for word.
    10:04  Head of school notified. Evacuation ordered to the Franklin Park side at 10:06.
    10:09  911 + District B2. Number read to dispatcher.
    10:40  BPD: number belongs to a BLA student's phone. Student is Owen Kowalczyk, gr 8, who was in the evacuation line with his advisory.
    10:55  Owen admits making the call from the third-floor boys' room "as a joke". BPD interviewing with his dad present.
    11:50  Building cleared by BPD and K9. Students back in.
    12:15  Text to families sent. The Vietnamese and Chinese versions of the text went out 25 minutes after the English one.
    Counselor note added at dad's request: ⟦the family's asylum hearing is next month⟧ and Owen has been under a lot of stress.
    """,
    "credible_threat",
    threat="Phone call to the main office at 10:02 from the student's cell: \"There's a bomb in the auditorium and it goes off at 10:30, get everybody out.\" Specific place and time; school evacuated. Student admitted making the call.",
    key="bomb in the auditorium",
    mct=["third-floor boys' room", "Vietnamese and Chinese versions of the text"],
    mnc=["asylum"], cats=["immigration_status"], tags=["bomb_threat", "phone_log", "evacuation"], trap=True)

# 12
add("OB", "Brandon Li", 10, "2025-12-11 13:50", "John D. O'Bryant School, third floor, Room 318",
    """
    In Mr. Halloran's physics class at about 1:50 PM Brandon said loudly, "I'm gonna blow this place up, watch Friday." Several students reported it to the teacher. We held the third floor in place for about 20 minutes while SSS checked his bag and locker; nothing was found. Brandon says he was quoting a video. Parent contacted.
    """,
    "credible_threat", decision="deny", reason="missing_threat_statement",
    tags=["hold_in_place", "threat_missing"])

# 13
add("CASH", "Marcus Doyle", 11, "2026-02-24 12:35", "Community Academy of Science and Health, first-floor hallway near the gym",
    """
    To: Safety Services / Cc: Principal Ahern
    Re: Box cutter and lockdown, 2/24

    Quick write-up before I forget details. Around 12:35 a teacher saw Marcus Doyle slash at another student, D.W., with a box cutter in the first-floor hallway outside the gym. The blade caught D.W.'s jacket sleeve; there was a shallow cut on his left wrist that the nurse closed with steri-strips, and his mom took him to Carney to be checked. We called a lockdown at 12:36 because Marcus ran toward the Hyde Park Ave entrance and we did not know where the blade was. SSS caught up with him at the vestibule and he handed over the box cutter (yellow, retractable). Lockdown lifted at 1:05. BPD E18 took the report. ⟦For what it's worth, staff say he has been hanging around with the Fairmount crew since the fall.⟧

    - AP Ruiz
    """,
    "weapon", weapon="box cutter", key="box cutter",
    mct=["left wrist", "steri-strips", "Hyde Park Ave entrance"], mnc=["Fairmount"],
    cats=["gang_affiliation"], tags=["staff_email", "lockdown"])

# 14
add("SNOW", "Danny Pham", 11, "2025-10-21 09:25", "Snowden International School, fourth-floor boys' room",
    """
    Medical emergency, hold-in-place 9:25-10:10.

    At 9:25 a student ran into the Mandarin class in 402 saying someone was passed out in the boys' room. Ms. Liu called the main office and the principal announced a hold-in-place so the hallway would stay clear for EMS. The nurse found Danny Pham on the floor of the fourth-floor boys' room, blue around the lips and barely breathing. She gave two doses of Narcan; he came around after the second and EMS took him to Tufts. In his pocket was a bag with five blue pills stamped "M30" and a torn piece of foil. BPD believes the pills are counterfeit oxycodone pressed with fentanyl. ⟦His home language on the SIS is Vietnamese, so the office called his mother through the district interpreter line.⟧
    """,
    "drugs", substances=["counterfeit oxycodone", "fentanyl"], key="M30",
    mct=["Mandarin class in 402", "two doses of Narcan", "five blue pills"], mnc=["Vietnamese"],
    cats=["language"], tags=["hold_in_place", "overdose"], trap=True)

# 15
add("BAA", "Sophie Marchand", 12, "2026-05-29 13:10", "Boston Arts Academy, second-floor dance studio hallway",
    """
    Senior week. At 1:10 PM the fire alarm was pulled on the second floor and the whole building evacuated to Ipswich St. Sophie Marchand, gr 12, was found by staff sitting on the floor by the pull station, slurring, with a water bottle that smelled strongly of vodka; two other seniors said she had been drinking since lunch. She was evaluated by EMS and released to her mother. BFD reset the panel; students re-entered at 1:34. Requesting the report go to BPD as a drugs/alcohol incident.
    """,
    "drugs", substances=["vodka"], decision="deny", reason="excluded_substance",
    tags=["evacuation", "false_alarm"])

# 16
add("EHS", "Jalen Brooks", 10, "2026-04-07 07:48", "English High School, main entrance bag scanners",
    """
    Incident summary for the record, followed by the script of the family call.

    At 7:48 AM the bag scanner at the main entrance flagged Jalen Brooks's backpack. SSS Murphy pulled him aside and found a black Glock-style handgun with an extended magazine loaded with 14 rounds wrapped in a sweatshirt. Jalen tried to run back out the door and was stopped on the steps. Because about 60 students were still in the entrance line, the principal put the building in lockout (no entry or exit) until E13 officers arrived at 7:55. The gun was secured by BPD. School day started 25 minutes late. No one was hurt. ⟦Jalen's grandmother, who he lives with on Lamartine St,⟧ was called at 8:10.

    Robocall script, 10:30 AM (message sent in English, Spanish, Haitian Creole, Cape Verdean Creole, Vietnamese, Chinese, Portuguese, Somali and Arabic): "Good morning English High families. This morning our entry screening found a weapon in a student's bag. The student was stopped before entering the building and police responded right away. No one was hurt and the school day is continuing as normal."
    """,
    "weapon", weapon="firearm", key="extended magazine",
    mct=["loaded with 14 rounds", "lockout", "English, Spanish, Haitian Creole, Cape Verdean Creole, Vietnamese, Chinese, Portuguese, Somali and Arabic"],
    mnc=["Lamartine"], cats=["neighborhood"], tags=["robocall_script", "lockout"], trap=True)

# 17
add("EDW", "Cole Rafferty", 8, "2025-09-30 10:50", "Clarence R. Edwards Middle School, B-stairwell between floors 2 and 3",
    """
    MEMO
    To: Superintendent's Office, Region 1
    From: Principal, Edwards Middle School
    Re: Serious assault and building lockdown, 9/30

    At approximately 10:50 AM, during the passing period, eighth grader Cole Rafferty struck another eighth grader (initials T.N.) in the head with a metal water bottle in the B-stairwell, then kicked him repeatedly after he fell. T.N. lost consciousness briefly. Boston EMS transported him to Boston Children's, where a CT scan showed a skull fracture; he was admitted for observation. Because we did not immediately know whether other students were involved, I called a lockdown at 10:52; it was lifted at 11:30 after SSS and BPD confirmed Cole was in the main office. The notice to all families went home in English and Spanish that afternoon. ⟦Cole's parents asked that his photo not be taken because the family are Jehovah's Witnesses.⟧ The water bottle was turned over to BPD.
    """,
    "serious_violence", key="skull fracture",
    mct=["metal water bottle", "B-stairwell", "Boston Children's"], mnc=["Jehovah"],
    cats=["religion"], tags=["memo", "lockdown"])

# 18
add("OG", "Mateus Rocha", 8, "2026-01-08 08:05", "Orchard Gardens K-8 School, bus 41 and boiler room",
    """
    Bus 41 driver (Ms. Gomes) reported to the AP at 8:05 that while unloading, eighth grader Mateus Rocha told her, "You should keep the bus here, I left something in the boiler room that's going to go off at nine." She radioed the yard, and the yard called the school. Mateus had been in the building at 7:20 for breakfast and the boiler room door by the cafeteria had been propped for a delivery.

    8:12 evacuation to the Albany St side; buses used as warming shelters.
    8:30 BPD and BFD on scene, bomb squad and K9 swept the boiler room and basement.
    9:50 all clear, nothing found. Students back in at 10:05.

    Mateus told the AP he "just wanted to see what would happen". ⟦His father, who only speaks Portuguese,⟧ came in at 11.
    """,
    "credible_threat",
    threat="Student told bus 41 driver at 8:05: \"You should keep the bus here, I left something in the boiler room that's going to go off at nine.\" He had been in the building earlier and the boiler room door had been propped; building evacuated and swept.",
    key="boiler room", mct=["Bus 41", "buses used as warming shelters"], mnc=["Portuguese"],
    cats=["language"], tags=["bomb_threat", "bus_report", "evacuation"])

# 19
add("LYON", "Adrian Kessler", 10, "2025-11-13 12:40", "Lyon Upper School, stairwell C",
    """
    Lockdown 12:40-1:25. A staff member saw someone in stairwell C with what looked like a gun in his hand and called it in. ⟦The district's camera platform ran its face search on the stairwell stills and returned a 91.4% match to Adrian Kessler, gr 10.⟧ SSS found Adrian in the library; he had no weapon on him and denies being in the stairwell. BPD asked for the match report and the stills.
    """,
    "weapon", weapon="firearm", decision="deny", reason="face_surveillance",
    attach=[{"kind": "face_match", "name": "stairwell_C_match_report.pdf"},
            {"kind": "photo", "name": "stairwell_C_still_1240.jpg"}],
    mnc=["91.4%"], cats=["face_surveillance"], tags=["face_match", "lockdown"])

# 20
add("BGA", "Tyrese Holloway", 11, "2026-03-12 14:15", "Boston Green Academy, auditorium stage",
    """
    Hold-in-place 2:15-2:40 PM.

    The stage crew was hanging lights for the spring play when Tyrese Holloway came up on stage and pressed a stun gun to the side of another student's neck (R.J.). Witnesses heard the clicking and R.J. fell against the lighting ladder. Mr. Ferris, the tech theater teacher, took the stun gun from Tyrese's hand and radioed the office, which called a hold-in-place so EMS could come through the main hall. R.J. has two small burn marks on his neck and a bruised shoulder from the ladder; EMS checked him and his father took him to the pediatrician. The stun gun is pink, about the size of a phone, and was handed to District D14. Tyrese says R.J. had been "talking about his sister".
    """,
    "weapon", weapon="stun gun", key="stun gun",
    mct=["The stage crew was hanging lights", "two small burn marks on his neck"],
    tags=["hold_in_place"], trap=True)

# 21
add("BURKE", "Rashad Pettway", 12, "2026-05-14 14:22", "Jeremiah E. Burke High School, Washington Street sidewalk at dismissal",
    """
    14:22 SSS Coleman (radio): "Shots fired, shots fired, front sidewalk, get them inside."
    14:22 AP Diaz: lockdown over PA; students in the lobby pulled back inside and doors secured.
    14:23 911 call placed by main office. Two shots heard by several staff.
    14:24 SSS Coleman reports a student down on the sidewalk by the bus stop, bleeding from the thigh; he and the nurse apply a tourniquet.
    14:26 BPD B3 and EMS on scene. Victim (student, M.F., grade 11) transported to BMC with a gunshot wound to the left thigh. Stable per BPD at 16:00.
    14:31 Three staff and two students identify the shooter as Rashad Pettway (gr 12), who ran toward Columbia Rd after firing. Weapon not recovered at scene.
    15:40 Lockdown lifted; dismissal through the back doors with BPD present.
    Notes from the debrief: ⟦staff say Rashad and M.F. are from rival crews, Stellman and Brigham Court,⟧ and that there was an argument at lunch.
    """,
    "serious_violence", key="gunshot wound",
    mct=["gunshot wound to the left thigh", "tourniquet", "Two shots heard"],
    mnc=["Stellman", "Brigham Court"], cats=["gang_affiliation"], tags=["radio_traffic", "lockdown"])

# 22
add("ACC", "Luis Ocasio", 11, "2025-10-29 10:15", "Another Course to College, second-floor lockers",
    """
    The building went into a precautionary lockdown at 10:05 after a neighbor called 911 about a man with a rifle on the corner (BPD found a man carrying a tripod). During the routine sweep of the second-floor lockers with BPD at 10:15, SSS noticed a strong chemical smell from locker 227, which is assigned to Luis Ocasio, gr 11. Inside his coat were 14 small knotted baggies of white powder and $380 in small bills. BPD field-tested one baggie: positive for cocaine. Luis was brought to the office after the lockdown lifted at 10:40 and said the coat belongs to his cousin. Parent notified by phone.
    """,
    "drugs", substances=["cocaine"], key="cocaine",
    mct=["locker 227", "14 small knotted baggies", "$380"], tags=["lockdown", "sweep"])

# 23
add("BLS", "Ethan Moriarty", 9, "2026-02-02 22:14", "Boston Latin School (email sent to staff distribution list)",
    """
    IT Security note + Head of School summary

    At 10:14 PM Sunday an email was sent from a student Google account to the BLS all-faculty list with the subject line "monday" and the body: "there will be blood in the halls monday. 3rd period. i have what i need." IT traced the login to the account of Ethan Moriarty (class I, grade 9); the session came from his home Chromebook. The Head of School called BPD District D4 at 10:40 PM. Officers visited the home overnight; there were no firearms in the home and Ethan said he did it "to get school cancelled".

    Monday morning school opened on a two-hour delay with BPD at both entrances. The message to families went out at 6:00 AM by text and email; the Haitian Creole version of the text went out about 20 minutes after the others because of a template error. Ethan is excluded pending a hearing.
    """,
    "credible_threat",
    threat="Email to the all-faculty list from the student's account at 10:14 PM Sunday: \"there will be blood in the halls monday. 3rd period. i have what i need.\" Names a day and period and claims the means.",
    key="blood in the halls",
    mct=["two-hour delay", "Haitian Creole version of the text"], tags=["it_report", "translated_notice"], trap=True)

# 24
add("MCKAY", "Wilfredo Ayala", 8, "2025-12-09 09:30", "Donald McKay K-8 School, 8th grade hallway",
    """
    Knife incident and lockdown, 12/9. At 9:30 a teacher saw Wilfredo Ayala holding a kitchen knife with a 6-inch blade against a classmate's back in the 8th grade hallway. She told him to drop it and he did; SSS secured the knife. Brief lockdown 9:31-9:52. No injuries. A7 officers took the report.

    The ERO liaison phoned the school asking for a copy of the report and the student's file. ⟦The counselor's note in the file says he has a final order of removal.⟧
    """,
    "weapon", weapon="knife", recipient="ice/ero-boston", decision="deny", reason="recipient_not_permitted",
    mnc=["order of removal"], cats=["immigration_status"], tags=["recipient_denied", "lockdown"])

# 25
add("MUNIZ", "Yandel Ortiz", 9, "2026-04-28 11:20", "Margarita Mu\u00f1iz Academy, 9th grade wing",
    """
    Incident & reunification notes - 4/28

    11:20 Student reports Yandel Ortiz showed a gun in the 9th grade wing bathroom. Lockdown called.
    11:34 E13 officers with SSS found the gun in Yandel's backpack in Room 106: a black polymer pistol with no serial number (looks like a kit-built "ghost gun"), magazine loaded with 8 rounds, none chambered. Yandel detained.
    12:10 BPD asked us to keep the building closed while they checked the other bags in the room.
    1:15 Decision to dismiss early. Because the building stayed closed, 9th grade reunification was at the Jamaica Plain branch library on South St; teachers walked students over in advisory groups.
    3:05 Last student picked up at the library. Staff at the sign-out table: Ms. Pereira, Mr. Bui, two district interpreters.
    No injuries.
    """,
    "weapon", weapon="firearm", key="ghost gun",
    mct=["no serial number", "reunification was at the Jamaica Plain branch library"],
    tags=["reunification", "lockdown"], trap=True)

# 26
add("FRED", "Jamari Fields", 7, "2025-11-20 13:05", "Lilla G. Frederick Middle School, Room 215",
    """
    INCIDENT FORM
    Type: Assault on staff / serious injury
    Time: 1:05 PM    Place: Room 215 (7th grade ELA)
    Narrative: When Ms. Hanrahan asked Jamari Fields to hand over his phone, he picked up a steel-frame chair and swung it at her, hitting her in the face. She fell against the whiteboard. The class was evacuated to the library and the building went to a hold-in-place while EMS came up. Ms. Hanrahan was taken to Carney Hospital with a fractured orbital bone and a cut above her eye that needed stitches.
    Police: B3 notified 1:09 PM.
    Parent contact: ⟦mother is undocumented and afraid to come to the school;⟧ spoke with her by phone at 2:30.
    """,
    "serious_violence", key="fractured orbital bone",
    mct=["steel-frame chair", "fractured orbital bone", "Carney Hospital"], mnc=["undocumented"],
    cats=["immigration_status"], tags=["incident_form", "hold_in_place"])

# 27
add("IRV", "Gabriel Rosario", 8, "2026-03-26 10:40", "Washington Irving Middle School, gym",
    """
    At 10:40 the PE teacher called the office because three 8th graders were falling asleep on the bleachers and one could not stand up. The principal announced a hold-in-place so the nurse and EMS could move freely. All three said Gabriel Rosario gave them "bars" before class; one student still had half of a white rectangular pill stamped XANAX 2 in his sock, and Gabriel had six more in a vitamin bottle in his gym bag. Two students went to Faulkner Hospital for observation and were released that evening. Hold lifted 11:25. B3 contacted.
    """,
    "drugs", substances=["alprazolam (Xanax)"], key="XANAX",
    extra={"home_language": "Spanish", "ell_status": "EL Level 3"},
    mct=["three 8th graders", "vitamin bottle", "Faulkner Hospital"], mnc=["Spanish", "EL Level 3"],
    cats=["language"], tags=["hold_in_place", "structured_fields"])

# 28
add("MH", "Aaliyah Barros", 7, "2025-10-16 12:50", "Mission Hill K-8, 7th grade classroom 304",
    """
    After lunch six 7th graders in Room 304 complained of dizziness and racing hearts. The nurse called 911 and the principal held the third floor in place so EMS could use the hallway. The students said Aaliyah Barros shared "gummy bears" from a package labeled 500 mg THC. Two students were taken to Boston Children's; all were released the same day. The package was confiscated. The letter home went out in English, Spanish and Haitian Creole. Submitting to BPD under drugs.
    """,
    "drugs", substances=["THC edibles"], decision="deny", reason="excluded_substance",
    tags=["hold_in_place", "edibles"])

# 29
add("BCLA", "Camila Restrepo", 11, "2026-01-21 08:10", "Boston Community Leadership Academy, stairwell 2",
    """
    At 8:10 a custodian found "SHOOTING 1/23 2ND LUNCH" spray-painted in red on the wall of stairwell 2. The principal put the school in shelter-in-place while BPD and SSS walked the building; classes resumed at 9:00 with staff posted in the stairwells. The AP reviewed the hallway camera footage by hand and saw Camila Restrepo leave stairwell 2 with a can of red spray paint at 7:41. Camila admitted writing it and said she was angry at the lunch staff. BPD took the spray can. Extra BPD presence on 1/23. Family meeting scheduled.
    """,
    "credible_threat",
    threat="Message spray-painted in stairwell 2: \"SHOOTING 1/23 2ND LUNCH\". Names a date and a lunch period; student admitted writing it.",
    key="SHOOTING 1/23",
    mct=["reviewed the hallway camera footage by hand", "red spray paint"],
    tags=["shelter_in_place", "graffiti"], trap=True)

# 30
add("MCC", "Omar Haddad", 8, "2026-02-12 12:05", "McCormack Middle School, cafeteria",
    """
    Cafeteria fight with weapon, 12:05. Omar Haddad hit another 8th grader (L.C.) twice in the mouth with brass knuckles he took out of his hoodie pocket. L.C. lost a front tooth and had a split lip. Staff separated them; the AP called a hold-in-place and cleared the cafeteria to the gym while EMS treated L.C. The brass knuckles (gold-colored, four finger holes) were handed to C6 officers. ⟦Omar told the counselor he was fasting for Ramadan and everyone was "in his face" at lunch.⟧ Omar's mother picked him up at 1:30.
    """,
    "weapon", weapon="brass knuckles", key="brass knuckles",
    mct=["lost a front tooth", "split lip"], mnc=["Ramadan"], cats=["religion"], tags=["hold_in_place"])

# 31
add("GE", "Shawn Dorsey", 11, "2025-12-16 09:00", "Greater Egleston High School",
    """
    Following Friday's lockdown (a BB-gun sighting off campus that turned out to be nothing), the AP would like to share with BPD the list staff keep of which students hang out together and who is "affiliated". Shawn's name came up because ⟦staff think he runs with the Parkman crew⟧ and he was on the front steps when the lockdown was called. No weapon was found on anyone and no one was hurt. Sending so BPD has it for intelligence.
    """,
    "gang_activity", decision="deny", reason="ground_not_permitted",
    mnc=["Parkman"], cats=["gang_affiliation"], tags=["ground_denied", "lockdown"])

# 32
add("UMANA", "Kevin Mejia", 7, "2025-11-04 10:25", "Mario Umana Academy, 7th grade hallway, second floor",
    """
    At 10:25 AM a 7th grade student came to the office and said Kevin Mejia had a knife and was "going to get" a boy who took his hat. SSS found Kevin in the second-floor hallway and saw the handle sticking out of his waistband: a steak knife with a serrated 5-inch blade, which he handed over. Lockdown was called at 10:27 because the first report said two students might be armed; the second student had nothing. Lifted at 10:50. No one hurt. ⟦Kevin is a recent arrival from Honduras⟧ and has been in the school since September.

    Family communication: the principal's letter went out at 1 PM and the bilingual hotline was staffed until 6 PM for parents with questions.
    """,
    "weapon", weapon="knife", key="steak knife",
    mct=["serrated 5-inch blade", "the bilingual hotline was staffed until 6 PM"], mnc=["Honduras"],
    cats=["national_origin"], tags=["lockdown", "family_letter"], trap=True)

# 33
add("HEND", "DeShawn Carter", 11, "2026-03-31 09:45", "Henderson K-12 Inclusion School, upper campus main office",
    """
    Hazmat evacuation, upper campus. At 9:45 the secretary opened a folded envelope that a teacher had taken from a student that morning; fine white powder spilled on the counter and the secretary and the AP both felt faint within minutes. The principal pulled the fire alarm at 9:52 to get everyone out and students evacuated to the Croftland Ave side. BFD Hazmat and EMS responded; both staff were given Narcan and taken to Carney, treated and released. The envelope had been taken from DeShawn Carter, gr 11, who told the AP it was "fetty" he was holding for someone. BPD lab later confirmed fentanyl. ⟦DeShawn lives in the Franklin Hill development with his grandmother.⟧ Students re-entered at 12:20 after the office was decontaminated.
    """,
    "drugs", substances=["fentanyl"], key="fentanyl",
    mct=["Croftland Ave side", "given Narcan"], mnc=["Franklin Hill"], cats=["neighborhood"],
    tags=["evacuation", "hazmat"])

# 34
add("BDEA", "Kiara Simmons", 12, "2025-10-08 21:30", "Boston Day and Evening Academy (threat sent by message)",
    """
    Ms. Kaplan forwarded a Snapchat she received from Kiara Simmons at 9:30 last night: "u failed me on purpose. im bringing my brothers gun tmrw and ur gonna feel it in 3rd floor room 310." Ms. Kaplan teaches in 310. We contacted BPD at 9:50 PM. The next morning we opened with BPD in the lobby, Room 310 relocated, and a hold on third-floor movement during first period. Kiara did not come to school. BPD located her at home at 10:15 AM; her brother's gun was not in the house. Ms. Kaplan is on leave for the week.
    """,
    "credible_threat",
    threat="Snapchat to a teacher at 9:30 PM: \"u failed me on purpose. im bringing my brothers gun tmrw and ur gonna feel it in 3rd floor room 310.\" Names the teacher, the room and the next day, and a gun she says she can get.",
    key="room 310", mct=["Room 310 relocated", "hold on third-floor movement"], tags=["threat_to_staff"])

# 35
add("EXCEL", "Miguel Toledo", 11, "2026-04-15 09:10", "Excel High School, gymnasium",
    """
    Bomb threat found written on a desk in the gym office at 9:10 ("BOMB 10AM SORRY"), evacuation to the Thomas Park side 9:14-10:45, bomb squad sweep negative. Miguel Toledo admitted writing it on camera review. The request is from the State Police trooper assigned to the regional task force, who asked for the full report and the student's file.
    """,
    "credible_threat", recipient="massachusetts-state-police", decision="deny", reason="recipient_not_permitted",
    threat="Written on a desk in the gym office: \"BOMB 10AM SORRY\"; building evacuated.",
    tags=["recipient_denied", "bomb_threat"])

# 36
add("MCKAY", "Bryan Quintanilla", 8, "2026-05-06 08:35", "Donald McKay K-8 School, Room 210",
    """
    At 8:35 in homeroom a student whispered to Mr. Delaney that Bryan Quintanilla had a gun. Mr. Delaney stepped into the hall and called the office; lockdown at 8:37. A7 officers entered Room 210 at 8:44, took Bryan's backpack and found a small silver revolver loaded with five rounds in the inside pocket. Bryan was taken to A7. No one was hurt and no one else was involved.

    Notice to all families sent at 11:00. The Spanish version of the family notice was proofread by Ms. Rosario before it went out; the Vietnamese and Portuguese versions came from the district translation office at 12:30 and were emailed separately.

    ⟦Bryan's mother told the AP they just moved into a triple-decker on Trenton St⟧ and that she does not know where the gun came from.
    """,
    "weapon", weapon="firearm", key="revolver",
    mct=["loaded with five rounds", "Spanish version of the family notice"], mnc=["Trenton St"],
    cats=["neighborhood"], tags=["translated_notice", "lockdown"], trap=True)

# 37
add("JQUS", "Calvin Yee", 10, "2025-09-17 10:55", "Josiah Quincy Upper School, Washington Street sidewalk during fire evacuation",
    """
    During the 10:50 fire drill evacuation (planned drill), Calvin Yee punched R.S. in the back of the head while the lines were on the Washington Street sidewalk. R.S. fell and hit his head on the curb, and Calvin kicked him twice in the head while he was down. R.S. was unconscious for about a minute. Staff moved the rest of the students into the Chinatown branch library to keep them off the street while EMS worked. R.S. was taken to Tufts Medical Center with a skull fracture and a brain bleed and was admitted to the ICU. Calvin walked away and was found by A1 officers on Kneeland St at 11:20. Students returned to the building at 11:15.
    """,
    "serious_violence", key="brain bleed",
    mct=["skull fracture and a brain bleed", "Chinatown branch library"], tags=["evacuation"], trap=True)

# 38
add("EMK", "Andre Baptiste", 12, "2026-05-20 11:30", "Edward M. Kennedy Academy for Health Careers, Room 203",
    """
    11:30 Medical emergency in 203: senior Andre Baptiste sweating heavily, jaw clenching, temperature 104.1. Nurse called EMS; hold-in-place on the second floor until 11:58 so the stretcher could get through. He told the nurse he took "two molly" before school. In his wallet: a small bag with four pink pills and a bag of crystal powder, later identified by BPD as MDMA. Transported to Beth Israel, admitted overnight.
    Classmate (S.T.) said she bought one pill from him last week.
    """,
    "drugs", substances=["MDMA"], key="MDMA",
    extra={"address": {"line1": "62 Wayland St, Apt 3", "zip": "02125"}, "foster_placement": True},
    mct=["temperature 104.1", "four pink pills", "Beth Israel"], mnc=["Wayland St", "02125"],
    cats=["neighborhood"], tags=["hold_in_place", "structured_fields"])

# 39
add("BHS", "Farid Noori", 9, "2026-02-05 12:40", "Brighton High School, first-floor boys' bathroom and boiler room",
    """
    Evacuation, 12:45-2:10. At 12:40 a note was found taped inside a stall in the first-floor boys' bathroom: "BOMB IN BOILER ROOM GOES OFF 1PM". Students evacuated to the Warren Street lot and then walked to the Jackson Mann building because of the cold. D14 and the bomb squad cleared the building at 2:05. After questioning, Farid Noori, gr 9, admitted he wrote it because older boys dared him. ⟦The counselor notes he is a refugee from Afghanistan who arrived in 2022⟧ and has had a hard year. He is cooperating.
    """,
    "credible_threat",
    threat="Note taped in a stall of the first-floor boys' bathroom: \"BOMB IN BOILER ROOM GOES OFF 1PM\"; gives a location and a time that day. Student admitted writing it.",
    key="BOMB IN BOILER ROOM",
    mct=["Warren Street lot", "Jackson Mann building"], mnc=["refugee", "Afghanistan"],
    cats=["immigration_status", "national_origin"], tags=["bomb_threat", "evacuation"])

# 40
add("TOBIN", "Elijah Ward", 6, "2025-10-23 09:15", "Tobin K-8 School, playground",
    """
    At 9:15 recess staff saw a 6th grader, Elijah Ward, pointing what looked like a black handgun at other kids on the playground. Everyone was brought in and the building locked down. B2 officers found it was a plastic replica handgun with the orange tip colored over in marker. No one was hurt; lockdown lifted 9:50. Submitting as a weapon incident.
    """,
    "weapon", weapon="replica handgun", decision="deny", reason="other",
    tags=["replica", "lockdown"])

# 41
add("LYON", "Gustavo Lemos", 11, "2026-03-09 13:30", "Lyon Upper School, third-floor hallway",
    """
    Text sent to Lyon Upper families at 2:45 PM:
    "Lyon Upper families: this afternoon a student brought a large knife to school. A teacher saw it and the student was separated from others right away. We sheltered in place from 1:32 to 2:05 while police responded. No one was hurt. Dismissal is normal." The Portuguese and Spanish versions went out in the same send.

    For the file: at 1:30 Ms. Boyle saw Gustavo Lemos, gr 11, take a machete with a black rubber handle and a roughly 12-inch blade out of his duffel bag in the third-floor hallway and wave it at two boys from his gym class. He put it back in the bag when she yelled his name. SSS took the duffel to the office; D14 has the machete.
    """,
    "weapon", weapon="knife", key="machete",
    mct=["roughly 12-inch blade", "The Portuguese and Spanish versions went out in the same send"],
    tags=["text_script", "shelter_in_place"], trap=True)

# 42
add("BURKE", "Abdirahman Warsame", 10, "2025-10-09 11:15", "Jeremiah E. Burke High School, second-floor locker room",
    """
    At about 11:15 in the boys' locker room Abdirahman Warsame swung a combination padlock inside a sock at another student, A.H., hitting him twice in the jaw. A.H. was taken by EMS to BMC with a fractured jaw that was wired that evening. Coaches held both teams in the gym and the AP called a hold-in-place on the second floor while EMS came through. The sock and lock were given to B3. ⟦The AP noted both families are Somali and that community elders have already met about the fight.⟧
    """,
    "serious_violence", key="fractured jaw",
    mct=["padlock inside a sock", "fractured jaw"], mnc=["Somali"], cats=["ethnicity"],
    tags=["hold_in_place"])

# 43
add("MP", "Jordan Fuller", 10, "2026-01-29 09:35", "Madison Park Technical Vocational High School, gym during evacuation re-entry",
    """
    Bomb threat evacuation (emailed threat to the main office, source still unknown), 9:10-10:50. On re-entry BPD and SSS bag-checked everyone at the Malcolm X Blvd doors. In Jordan Fuller's backpack SSS found a sandwich bag with 22 small off-white rocks and a glass stem. BPD tested the rocks: crack cocaine. Jordan said he found the bag on the bus. Held in the gym office until his aunt arrived. ⟦His WIDA level is 1.8 so the AP explained the process slowly and had a classmate help.⟧
    """,
    "drugs", substances=["crack cocaine"], key="crack cocaine",
    mct=["22 small off-white rocks", "Malcolm X Blvd doors"], mnc=["WIDA"], cats=["language"],
    tags=["evacuation", "bag_check"], trap=True)

# 44
add("EBHS", "Cristian Lopez", 11, "2026-02-26 12:05", "East Boston High School, cafeteria",
    """
    Firearm recovered in the cafeteria at 12:05 after a student reported seeing a handgun in Cristian Lopez's jacket. Lockdown 12:06-1:10. A7 recovered a loaded 9mm handgun. No injuries. Submitting at the request of the HSI agent who called the principal. ⟦The agent said he came in as an unaccompanied minor⟧ and asked for his file.
    """,
    "weapon", weapon="firearm", recipient="dhs/hsi-boston", decision="deny", reason="recipient_not_permitted",
    mnc=["unaccompanied minor"], cats=["immigration_status"], tags=["recipient_denied", "lockdown"])

# 45
add("MCC", "Trevor Nunes", 7, "2026-05-13 19:40", "McCormack Middle School (threat about the spring dance)",
    """
    ROBOCALL SCRIPT (recorded by the principal, sent 8:15 PM in English; Spanish, Vietnamese, Cape Verdean Creole and Haitian Creole versions recorded by staff and sent 8:40 PM):
    "Hello McCormack families, this is Principal Daley. Earlier this evening we learned that a student made a threat about Friday's spring dance. We contacted Boston Police immediately. The student has been identified and will not be at school or at the dance. The dance will go on with additional police and staff. Thank you."

    Details for the record: at 7:40 PM a parent sent the AP a screenshot of a group chat in which Trevor Nunes, gr 7, wrote "friday at the dance im shooting whoever laughed, i know where my uncle keeps it." BPD C6 spoke with the family at 9:30 PM; the uncle's handgun was secured by police.
    """,
    "credible_threat",
    threat="Group chat message from the student: \"friday at the dance im shooting whoever laughed, i know where my uncle keeps it.\" Names an event and day and claims access to a gun; a relative's handgun existed.",
    key="friday at the dance",
    mct=["Spanish, Vietnamese, Cape Verdean Creole and Haitian Creole versions recorded by staff", "uncle's handgun was secured"],
    tags=["robocall_script"], trap=True)

# 46
add("EHS", "Lucas Ferreira", 11, "2025-12-18 10:20", "English High School, locker 3-114",
    """
    Evacuation 10:25-12:40. Students told the AP that Lucas Ferreira had been showing off "a bomb" in his locker. SSS opened locker 3-114 at 10:20 and saw a CO2 cartridge wrapped in black tape with a green fuse sticking out and a bag of what looked like gunpowder. The principal ordered a full evacuation to the McBride St side and BPD's bomb squad removed the device and rendered it safe in the parking lot; they said it was a working improvised explosive. Lucas was taken into custody by E13. ⟦A classmate said Lucas learned to make it from his cousins back in Brazil.⟧ No injuries.
    """,
    "weapon", weapon="explosive", key="CO2 cartridge",
    mct=["green fuse", "rendered it safe in the parking lot", "locker 3-114"], mnc=["Brazil"],
    cats=["national_origin"], tags=["evacuation", "explosive"])

# 47
add("SNOW", "Kelsey Ahern", 10, "2026-03-24 09:20", "Snowden International School, second floor",
    """
    During the ELA MCAS session, at 9:20, Kelsey Ahern pulled the fire alarm on the second floor. The building evacuated to Newbury St, testing was suspended, and BFD reset the panel at 9:41. No fire, no injuries. Kelsey said she was not ready for the test. Referring to BPD for the false alarm.
    """,
    "false_fire_alarm", decision="deny", reason="ground_not_permitted", tags=["ground_denied", "false_alarm"])

# 48
add("TBA", "Jamal Ridley", 12, "2025-11-25 13:40", "TechBoston Academy, boys' locker room",
    """
    SSS shift report, 11/25, afternoon.
    13:40 Called to the boys' locker room. Student N.P. bleeding heavily from a long cut running from his left ear to his chin. Witnesses say Jamal Ridley cut him with a razor blade he had hidden in his mouth during a fight over a phone.
    13:41 Lockdown called by AP; PE classes held in the gym.
    13:44 Razor blade recovered from the floor by the sinks, bagged.
    13:48 EMS transport of N.P. to BMC; later told he got 20 stitches and will have plastic surgery follow-up.
    13:50 Jamal in the office with SSS; C11 officers arrive 13:58.
    14:20 Lockdown lifted.
    ⟦Jamal's mom said they are in the middle of moving out of the Lenox Street apartments.⟧
    """,
    "serious_violence", key="razor blade",
    mct=["from his left ear to his chin", "20 stitches"], mnc=["Lenox Street"], cats=["neighborhood"],
    tags=["shift_report", "lockdown"])

# 49
add("BINCA", "Wilson Pierre", 10, "2026-01-15 10:05", "Boston International Newcomers Academy, main office",
    """
    Hazmat / shelter-in-place, 10:05-11:30. A teacher brought a bag of tan powder she had taken from Wilson Pierre's desk to the main office. When the AP opened it, both she and the secretary became dizzy and the secretary's lips went pale. Nurse gave Narcan to the secretary. The principal sheltered the building in place and BFD Hazmat sealed the office; EMS took both staff to BMC and they were released in the afternoon. BPD confirmed fentanyl mixed with xylazine. ⟦Wilson arrived from Haiti in October⟧ and lives with an uncle. Wilson said someone on the bus gave him the bag to hold.
    """,
    "drugs", substances=["fentanyl", "xylazine"], key="xylazine",
    mct=["bag of tan powder", "gave Narcan to the secretary"], mnc=["Haiti"], cats=["national_origin"],
    tags=["shelter_in_place", "hazmat"], trap=True)

# 50
add("BLS", "Nathaniel Boudreau", 11, "2026-04-09 20:15", "Boston Latin School (threat posted on Discord)",
    """
    AFTER-ACTION - Shelter-in-place of 4/10

    What happened: at 8:15 PM on 4/9 a student reported to the Head of School a Discord message from Nathaniel Boudreau (class III) in a gaming server: "tomorrow im bringing my grandfathers rifle to latin, lunch b, cafeteria. not joking this time." BPD D4 went to the home at 10 PM; the grandfather's rifle was found in the home and taken for safekeeping.

    Response: school opened 4/10 with a shelter-in-place for first period while BPD walked the building, then a normal day. Nathaniel did not attend.

    What went well: the student who reported it; BPD response within two hours.
    What needs work: the Chinese translation of the letter was late (went out at 11 AM instead of 7 AM) because the translator was not on the after-hours list; the morning text did not say that lunch B would run as normal.
    """,
    "credible_threat",
    threat="Discord message from the student: \"tomorrow im bringing my grandfathers rifle to latin, lunch b, cafeteria. not joking this time.\" Names a day, place, lunch period and a weapon; a rifle was in the home.",
    key="grandfathers rifle",
    mct=["the Chinese translation of the letter was late", "taken for safekeeping"],
    tags=["after_action", "shelter_in_place"], trap=True)

# 51
add("DEAR", "Tianna Webb", 9, "2025-09-25 13:55", "Dearborn STEM Academy, second-floor girls' room",
    """
    Fire alarm 1:55 PM, full evacuation to the Greenville St field, back in at 2:20. The smoke detector in the second-floor girls' room was set off by vapor. Tianna Webb was in the stall with a purple disposable vape; she will not say what is in it and it has no label. ⟦She lives with her grandmother in Orchard Park.⟧ BFD reset. Sending under drugs.
    """,
    "drugs", substances=["vape (contents unknown)"], decision="deny", reason="excluded_substance",
    mnc=["Orchard Park"], cats=["neighborhood"], tags=["evacuation", "false_alarm"])

# 52
add("BURKE", "Khalil Brown", 11, "2026-01-06 09:05", "Jeremiah E. Burke High School, third-floor boys' bathroom",
    """
    PRESS STATEMENT (approved by the Office of Communications, 3:00 PM)
    "This morning a custodian at the Jeremiah E. Burke High School found a firearm hidden in a bathroom ceiling. The school was placed in lockdown while Boston Police searched the building. A student has been identified and is in police custody. Classes resumed after the lockdown was lifted, and counselors are available. We thank our staff and BPD for their quick response."

    Internal timeline:
    09:05 Custodian Mr. Alves finds a black handgun in a Crown Royal bag on top of a loose ceiling tile in the third-floor boys' bathroom. Lockdown 09:07.
    09:40 B3 detectives review the hallway camera: only one student entered that bathroom between 08:40 and 09:00, Khalil Brown, gr 11.
    10:15 Khalil located in Room 318; admits the gun is his. Taken into custody.
    12:20 Lockdown lifted after a full sweep.
    Robocall at 12:45. The Haitian Creole and Cape Verdean Creole versions of the robocall were recorded by two staff members in the main office because the vendor's recordings were not ready.
    """,
    "weapon", weapon="firearm", key="ceiling tile",
    mct=["Crown Royal bag", "Haitian Creole and Cape Verdean Creole versions of the robocall"],
    tags=["press_statement", "lockdown", "robocall_script"], trap=True)

# 53
add("ACC", "Terrence Okoye", 12, "2026-04-02 10:30", "Another Course to College, front lobby",
    """
    At 10:30 a.m. Terrence Okoye, who had been asked to leave class, came back to the front lobby yelling at the school police officer. When the officer told him to step outside, Terrence picked up the metal leg from a broken desk leaning by the elevator and swung it at the officer's head. The officer blocked it with his arm and his forearm was broken. Terrence swung again and hit the glass of the trophy case. Staff locked down the building at 10:31. E18 officers arrived at 10:36 and arrested him. The officer had surgery on his forearm at Carney. Lockdown lifted at 11:00. ⟦Staff believe he joined the Lucerne crew this fall,⟧ which is why the argument started.
    """,
    "serious_violence", key="forearm was broken",
    mct=["metal leg from a broken desk", "his forearm was broken"], mnc=["Lucerne"],
    cats=["gang_affiliation"], tags=["lockdown", "assault_on_staff"])

# 54
add("CURLEY", "Ryan Jean-Louis", 8, "2026-05-01 10:10", "Curley K-8 School, upper building, Room 305",
    """
    Four 8th graders in Room 305 became very drowsy during science. One could not be woken. The nurse called 911 and the upper building held in place from 10:12 to 10:45. The students said Ryan Jean-Louis gave them small blue round pills marked "K 9" from a pill bottle with someone else's name on it; BPD identified them as clonazepam. All four were taken to Faulkner; one stayed overnight. Ryan had 11 more pills in the bottle.
    """,
    "drugs", substances=["clonazepam"], key="clonazepam",
    extra={"parent_language": "Haitian Creole", "interpreter_needed": True},
    mct=["Four 8th graders in Room 305", "11 more pills"], mnc=["Haitian Creole"], cats=["language"],
    tags=["hold_in_place", "structured_fields"])

# 55
add("OB", "Mina Girgis", 11, "2026-03-03 06:50", "John D. O'Bryant School (threat emailed to the school)",
    """
    At 6:50 AM an email arrived at the main office address: "There are 3 pipe bombs in the O'Bryant. They go off at 11. Get the kids out." The school delayed opening and BPD swept the building; nothing was found. Mina Girgis, gr 11, admitted sending it from a throwaway account. The FBI field office asked for the report because the same wording was used in threats to two other districts. ⟦The family are Coptic Christians⟧ and the parents are very upset.
    """,
    "credible_threat", recipient="fbi/boston-field-office", decision="deny", reason="recipient_not_permitted",
    threat="Email to the main office at 6:50 AM: \"There are 3 pipe bombs in the O'Bryant. They go off at 11. Get the kids out.\"",
    mnc=["Coptic"], cats=["religion"], tags=["recipient_denied", "bomb_threat"])

# 56
add("CONDON", "Patrick Sheehan", 8, "2025-11-12 07:35", "James F. Condon School, bus 17 at the D Street drop-off",
    """
    Bus dispatch note, yard 3.
    07:35 Bus 17 driver (Mr. Varela) radios: student pulled a knife on another student in the back seat, bus stopped at the Condon drop-off on D Street, doors open.
    07:36 Yard calls school. Principal puts the building in lockout; other buses held at the corner.
    07:38 AP and SSS board bus 17. Patrick Sheehan, gr 8, hands over a folding pocketknife with a 3-inch blade. Other student (C.M.) has a small cut on his palm from grabbing the blade; nurse cleans and bandages it.
    07:45 C6 cruiser arrives. Students unloaded.
    07:55 Lockout lifted. Buses released.
    Driver statement attached. The Vietnamese and Spanish robocalls for the lockout went out at 9:15.
    """,
    "weapon", weapon="knife", key="pocketknife",
    mct=["small cut on his palm", "The Vietnamese and Spanish robocalls"], tags=["bus_report", "lockout"],
    attach=[{"kind": "document", "name": "bus17_driver_statement.pdf"}], trap=True)

# 57
add("FRED", "Stevenson Joseph", 8, "2026-02-09 11:30", "Lilla G. Frederick Middle School, Room 312",
    """
    At 11:30 a substitute found a notebook left on a desk in 312 with a page titled "list" naming five students and two teachers, and under it: "wednesday. dads 9. start with 312." The notebook belongs to Stevenson Joseph, gr 8. The building held in place while SSS located him in the gym and checked his bag (nothing found). B3 officers went to the home; Stevenson's father owns a registered 9mm, which he showed officers was locked. ⟦The AP noted he is Haitian and mostly speaks Creole at home.⟧ Stevenson is suspended pending a safety assessment.
    """,
    "credible_threat",
    threat="Page in the student's notebook titled \"list\" naming five students and two teachers, with: \"wednesday. dads 9. start with 312.\" Names targets, a day, a room and a gun the father owns.",
    key="start with 312", mct=["naming five students and two teachers", "registered 9mm"],
    mnc=["Haitian", "Creole"], cats=["ethnicity", "language"], tags=["hold_in_place", "hit_list"])

# 58
add("CHS", "Aidan Coyle", 11, "2025-10-30 09:55", "Charlestown High School, ESL office (command post)",
    """
    During this morning's lockdown drill (announced, 9:45) SSS went through the second-floor lockers with the B-team. In Aidan Coyle's locker they found a backpack with 9 grams of white powder in a folded dollar bill, a scale, and a small bag of marijuana. The drill was kept in place a little longer while BPD A1 came; the ESL office was used as the command post because it is next to the stairs. BPD tested the powder: cocaine. Aidan was brought to the office after the drill ended at 10:20.
    """,
    "drugs", substances=["cocaine", "marijuana"], key="cocaine",
    mct=["9 grams of white powder", "the ESL office was used as the command post"],
    tags=["lockdown_drill"], trap=True)

# 59
add("EXCEL", "Darius Monteiro", 10, "2026-03-19 12:10", "Excel High School, side door on G Street",
    """
    Darius Monteiro, who is on a 5-day suspension, came in through a side door on G Street that a student held open at 12:10. Staff saw him on camera, the principal called a lockdown, and SSS walked him out at 12:25. He had nothing on him and did not threaten anyone. ⟦He lives at the Old Colony development⟧ and said he came to get his charger. Submitting as trespass.
    """,
    "trespass", decision="deny", reason="ground_not_permitted",
    mnc=["Old Colony"], cats=["neighborhood"], tags=["ground_denied", "lockdown"])

# 60
add("BCLA", "Luis Almonte", 12, "2025-12-04 10:52", "Boston Community Leadership Academy, stairwell 3 between 2nd and 3rd floors",
    """
    LOCKDOWN LOG - 12/4
    10:52  Single loud bang in stairwell 3. Teachers on 2 and 3 report it sounded like a gunshot. Lockdown called 10:53.
    10:54  911. SSS Whitman on radio: "I smell powder in stairwell 3."
    10:58  E18 and SSS enter stairwell 3; find a spent shell casing and a bullet hole in the drywall at the landing.
    11:20  Witness (student hiding in the stairwell alcove) identifies Luis Almonte, gr 12, who was showing a handgun to a friend when it went off.
    11:35  Luis located in the nurse's office with a powder burn on his hand; handgun found in a trash can on the third floor, loaded. ⟦On the radio SSS asked, "Is this the Dominican kid from 3rd period?"⟧
    12:40  Lockdown lifted.
    13:10  The robocall went out at 13:10 in nine languages; text to follow.
    No one struck.
    """,
    "weapon", weapon="firearm", key="spent shell casing",
    mct=["bullet hole in the drywall", "powder burn on his hand", "in nine languages"],
    mnc=["Dominican"], cats=["ethnicity"], tags=["lockdown_log"], trap=True)

# 61
add("MH", "Nayeli Tavares", 8, "2026-04-14 13:25", "Mission Hill K-8, 8th grade hallway outside Room 312",
    """
    At 1:25 PM Nayeli Tavares stabbed another 8th grader, J.O., in the side of the neck with the point of a pair of scissors in the hallway outside 312. J.O. was bleeding heavily; Mr. Quinn held a towel on the wound until EMS arrived at 1:33 and took her to Boston Children's, where she had surgery to repair a cut vein. The principal called a lockdown at 1:26 because students scattered and staff did not know if anyone else was hurt. Nayeli was held in the office; B2 officers arrived at 1:40. Lockdown lifted at 2:05, dismissal at the normal time with staff at every door. ⟦Her family only recently came from Cabo Verde⟧ ⟦and she speaks mostly Kriolu, so the AP had Mr. Lopes translate while talking with her.⟧
    """,
    "serious_violence", key="scissors",
    mct=["side of the neck", "repair a cut vein", "held a towel on the wound"],
    mnc=["Cabo Verde", "Kriolu"], cats=["national_origin", "language"], tags=["lockdown"])

# 62
add("MP", "Quincy Harrell", 12, "2025-10-22 10:40", "Madison Park Technical Vocational High School, culinary arts lab",
    """
    Culinary lab, 10:40 AM. Chef Morales saw Quincy Harrell slump over the prep table. He was not breathing well and his pupils were pinpoint. She called for the nurse over the radio and the building went to a hold-in-place so the hallways stayed clear. Nurse gave three doses of Narcan before he started breathing normally. EMS took him to BMC. While cleaning up, staff found a bag of grayish powder and a cut straw in his apron pocket; BPD B2 took it and it came back positive for fentanyl. Hold lifted at 11:15. Quincy is 18 and asked that his mother be called.
    """,
    "drugs", substances=["fentanyl"], key="fentanyl",
    mct=["pupils were pinpoint", "three doses of Narcan", "apron pocket"], tags=["hold_in_place", "overdose"])

# 63
add("NM", "Serena Vaughn", 9, "2026-05-18 15:30", "New Mission High School (video posted after school)",
    """
    After school Serena posted a TikTok showing the outside of New Mission with the caption "it's going down tomorrow, stay home." Parents called the office. We opened with an extra staff presence and a short hold-in-place at arrival. Serena told the AP it was about a fight, not a shooting. Sending to BPD.
    """,
    "credible_threat", threat="", decision="deny", reason="missing_threat_statement",
    tags=["threat_missing", "hold_in_place"])

# 64
add("EBHS", "Nicole Sandoval", 11, "2025-11-21 11:50", "East Boston High School, Room 206",
    """
    Evacuation and K9 sweep, 11:52-1:40.

    At 11:50 a junior showed Mr. Cardoso a text she had just received from Nicole Sandoval: "theres a bomb in my locker dont come to 6th period lol no joke." Nicole was in the gym. The principal evacuated the building to the Marginal St side and A7 and the bomb squad swept lockers on the second floor with a dog; locker 2-061 (Nicole's) had nothing in it but books. Nicole said she was "venting" after an argument with a friend who is in 6th period with her. Nicole was taken to the office when students came back in at 1:40. The bilingual parent line took 70 calls between noon and 3.
    """,
    "credible_threat",
    threat="Text from the student to a classmate at 11:50: \"theres a bomb in my locker dont come to 6th period lol no joke.\" Names a place in the school and a period; building evacuated and swept.",
    key="bomb in my locker",
    mct=["locker 2-061", "The bilingual parent line took 70 calls"], tags=["bomb_threat", "evacuation"], trap=True)

# 65
add("DEAR", "Jerome Fletcher", 10, "2026-02-18 12:15", "Dearborn STEM Academy, cafeteria",
    """
    12:15, lunch. Jerome Fletcher pressed a black stun gun against the ribs of another 10th grader (A.D.) and triggered it for a few seconds. A.D. fell off the bench and hit his head on the floor. The principal made an all-call for staff to hold students in place and cleared the cafeteria. Nurse assessed A.D.: two red marks on his side and a bump on the back of his head; EMS took him to BMC to rule out concussion. The stun gun was turned over to B2. ⟦Jerome's mom asked us not to call police because "Jamaican families handle it at home."⟧
    """,
    "weapon", weapon="stun gun", key="stun gun",
    mct=["two red marks on his side", "bump on the back of his head"], mnc=["Jamaican"],
    cats=["ethnicity"], tags=["all_call"])

# 66
add("BHS", "Eduardo Matos", 10, "2025-10-07 14:05", "Brighton High School, Cambridge Street parking lot",
    """
    Lockdown 14:05-14:50. A parent called the main office saying a boy in the Cambridge Street lot had a gun in his waistband. Nobody was found. ⟦The vendor's facial recognition search of the parking-lot camera matched Eduardo Matos with a score of 0.87,⟧ and BPD D14 wants the match printout to go to the detective. Eduardo was in class at the time according to his teacher.
    """,
    "weapon", weapon="firearm", decision="deny", reason="face_surveillance",
    attach=[{"kind": "face_match", "name": "lot_camera_match.png"}],
    mnc=["0.87"], cats=["face_surveillance"], tags=["face_match", "lockdown"])

# 67
add("MP", "Samuel Ortega", 11, "2026-01-22 09:15", "Madison Park Technical Vocational High School, carpentry shop",
    """
    Carpentry shop, 9:15 AM. After an argument over a saw, Samuel Ortega hit classmate B.K. in the hand and wrist with a framing hammer, three times. B.K. has two broken bones in his right hand and a dislocated wrist; EMS took him to BMC and he will need surgery. Mr. Pacheco stopped the shop and took the hammer; the AP called a hold-in-place on the shop floor and B building so EMS could come in through the loading dock. District B2 took the report and the hammer. ⟦Samuel's file says he is here on a tourist visa that has expired.⟧ Samuel's uncle picked him up.
    """,
    "serious_violence", key="framing hammer",
    mct=["two broken bones in his right hand", "loading dock"], mnc=["tourist visa"],
    cats=["immigration_status"], tags=["hold_in_place"])

# 68
add("TOBIN", "Alexis Gutierrez", 8, "2026-03-05 13:40", "Tobin K-8 School, 8th grade classroom 207",
    """
    Medical emergency / hold-in-place 1:40-2:20. An 8th grader in Room 207 went limp at her desk and was breathing very slowly. The nurse gave Narcan and she woke up. She told the nurse that Alexis Gutierrez sold her "a perc" at lunch for ten dollars. Alexis had 6 round white pills marked "M 523" in her pencil case, which BPD identified as oxycodone; Alexis said they are her grandmother's prescription. The letter to all families went out in Spanish and Portuguese as well as English.
    """,
    "drugs", substances=["oxycodone"], key="oxycodone",
    mct=["6 round white pills", "letter to all families went out in Spanish and Portuguese"],
    tags=["hold_in_place", "overdose"], trap=True)

# 69
add("BHS", "Hector Bonilla", 11, "2025-09-29 10:30", "Brighton High School, Room 118 (Spanish III)",
    """
    At 10:30 Sra. Velez collected the Spanish III worksheets and found written across the back of Hector Bonilla's: "10/3 fire drill i start shooting the 11th graders by the field, for real this time." (The next scheduled fire drill is indeed on 10/3.) She brought it to the AP. We held the first floor in place while SSS searched Hector and his locker; nothing found. D14 officers came and spoke with him and his father. Hector says he meant nothing by it. Safety assessment scheduled. The fire drill was cancelled.
    """,
    "credible_threat",
    threat="Written by the student on the back of a class worksheet: \"10/3 fire drill i start shooting the 11th graders by the field, for real this time.\" Names an upcoming drill, a place and targets.",
    key="fire drill i start shooting",
    mct=["held the first floor in place", "Spanish III worksheets"], tags=["hold_in_place"], trap=True)

# 70
add("JQUS", "Kenny Lau", 11, "2026-02-03 14:05", "Josiah Quincy Upper School, auditorium balcony",
    """
    Smoke alarm in the auditorium balcony at 2:05 PM; evacuation, BFD check, back in 2:30. Kenny Lau and a friend were smoking hash from a small pipe in the balcony. Pipe and a small brown chunk were taken. ⟦Kenny lives on Oxford St with his grandparents.⟧ Requesting release to BPD A1.
    """,
    "drugs", substances=["hash"], decision="deny", reason="excluded_substance",
    mnc=["Oxford St"], cats=["neighborhood"], tags=["evacuation", "false_alarm"])

# 71
add("YA", "Zoe Alexandre", 7, "2025-12-02 10:05", "Young Achievers Science and Mathematics Pilot School, 7th grade wing",
    """
    Reunification site notes - Mattapan branch library, 12/2 (kept by Ms. Okonkwo)

    Why we are here: at 10:05 a 7th grader, Zoe Alexandre, chased another girl down the 7th grade wing with a kitchen knife (black handle, about 8 inches) after a fight in class. A teacher blocked the door and Zoe dropped the knife; the other girl had a cut on her forearm that the nurse bandaged. The building locked down at 10:06 while SSS found where the knife had come from (the staff room). BPD B3 responded. Because of a gas smell reported during the sweep, BFD closed the building and we dismissed from here.
    11:40 first buses of students arrive at the library. Sign-out at the front desk, ID checked for every adult.
    12:15 district sent two interpreters to the sign-out table.
    2:30 all but three students picked up; remaining three taken back by bus to the school at 3:00 once BFD cleared it.
    ⟦Zoe's aunt, who picked her up, gave her address as 41 Woodrow Ave⟧ and said Zoe will stay with her this week.
    """,
    "weapon", weapon="knife", key="kitchen knife",
    mct=["cut on her forearm", "Mattapan branch library"], mnc=["Woodrow Ave"], cats=["neighborhood"],
    tags=["reunification", "lockdown"], trap=True)

# 72
add("BLA", "Connor Walsh", 10, "2026-01-14 11:12", "Boston Latin Academy, second-floor hallway during fire alarm evacuation",
    """
    A real fire alarm (burnt popcorn in the teachers' lounge) sent everyone out at 11:10. In the crowd on the second-floor hallway, Connor Walsh pulled the fire extinguisher off the wall and hit another student, P.D., on the side of the head with it. P.D. fell down the last few stairs. The nurse found him confused with a deep scalp cut; EMS took him to BMC where he got 8 staples and was diagnosed with a concussion and a small skull fracture. Staff held the rest of the students in the Townsend St lot. The Office of Language Access sent interpreters to the school at 1 PM for the parent meeting about the evacuation. Connor said P.D. had been "saying things" about his sister.
    """,
    "serious_violence", key="fire extinguisher",
    mct=["8 staples", "small skull fracture", "The Office of Language Access sent interpreters"],
    tags=["evacuation"], trap=True)

# 73
add("BDEA", "Victor Almeida", 12, "2026-04-21 09:40", "Boston Day and Evening Academy, second-floor bathroom",
    """
    09:40  Staff hear shouting from the second-floor bathroom. Victor Almeida (18) has locked himself in, says people are "coming through the vents" and he has "a blade". Lockdown called so the hallway could be cleared.
    09:52  B2 officers and SSS talk him out. No blade found. He has a bag of clear shards and a glass pipe; BPD says methamphetamine.
    10:05  EMS evaluates Victor (heart rate 150); transported to BMC for psych evaluation.
    10:20  Lockdown lifted.
    ⟦His aunt told the counselor he has no papers⟧ and is afraid of hospitals.
    """,
    "drugs", substances=["methamphetamine"], key="methamphetamine",
    mct=["clear shards and a glass pipe", "heart rate 150"], mnc=["no papers"],
    cats=["immigration_status"], tags=["lockdown"])

# 74
add("EMK", "Darnell Fenton", 10, "2025-10-15 12:30", "Edward M. Kennedy Academy for Health Careers, front desk",
    """
    Knife recovered at the front desk metal detector wand at 12:30 after lunch re-entry: a folding knife with a 4-inch blade in Darnell Fenton's sock. Hold-in-place for 15 minutes while the rest of the line was checked. No threats, no injuries. The building's contracted security company asked for a copy for their incident file.
    """,
    "weapon", weapon="knife", recipient="allied-universal/site-security", decision="deny", reason="recipient_not_permitted",
    tags=["recipient_denied", "hold_in_place"])

# 75
add("OB", "Jeffrey Dorval", 12, "2026-05-27 08:25", "John D. O'Bryant School, Room 224",
    """
    From: AP Chen   To: Head of School, Safety Services   Subject: threat to Ms. Pratt, building hold

    At 8:25 Jeffrey Dorval told two classmates in 224, before Ms. Pratt arrived, "when she comes in I'm going to stab her in the neck, I got it in my bag, watch." The classmates went straight to my office. We held the second floor in place, SSS removed Jeffrey from the room before Ms. Pratt got there, and found a 7-inch kitchen knife wrapped in a T-shirt in his bag. B2 responded at 8:40. Ms. Pratt had given him a zero on his senior project last week. ⟦His counselor says the family attends the Haitian Baptist church on Blue Hill Ave⟧ and the pastor has offered to come in.
    """,
    "credible_threat",
    threat="Student told two classmates at 8:25: \"when she comes in I'm going to stab her in the neck, I got it in my bag, watch.\" Names the teacher, a method and a weapon; a kitchen knife was found in his bag.",
    key="7-inch kitchen knife", mct=["wrapped in a T-shirt", "held the second floor in place"],
    mnc=["Baptist", "Haitian"], cats=["religion", "ethnicity"], tags=["staff_email", "threat_to_staff"])

# 76
add("BGA", "Malik Sanders", 12, "2025-10-01 07:50", "Boston Green Academy, student parking lot",
    """
    At 7:50 AM SSS on the lot saw a handgun on the passenger seat of Malik Sanders's car through the window. Malik (18) was already inside. The principal called a lockdown at 7:55. D14 officers had Malik unlock the car at 8:20: a loaded .40 caliber handgun with a full magazine, and a second magazine in the glove box. Lockdown lifted 8:45. Malik does not have a license to carry.
    """,
    "weapon", weapon="firearm", key=".40 caliber handgun",
    mct=["passenger seat", "second magazine in the glove box"], tags=["lockdown", "parking_lot"])

# 77
add("SNOW", "Yusuf Abdi", 11, "2026-03-27 14:10", "Snowden International School, exterior",
    """
    Staff noticed Yusuf Abdi taking photos of the exit doors and the camera positions on the Newbury St side after school. No threat was made and nothing was found on him. The building was not locked down. ⟦Yusuf is from Somalia⟧ and has only been here two years, and staff feel police should know. Submitting as suspicious behavior.
    """,
    "suspicious_behavior", decision="deny", reason="ground_not_permitted",
    mnc=["Somalia"], cats=["national_origin"], tags=["ground_denied"])

# 78
add("HEND", "Colby Reardon", 12, "2026-05-11 07:40", "Henderson K-12 Inclusion School, upper campus lot",
    """
    Lockdown 7:40-8:30. A staff member saw a rifle in the back seat of a student's car. The student, Colby Reardon, showed C11 officers that it was an airsoft rifle (black, full size, with an orange tip that had been painted over). Nobody threatened with it. Submitting as a weapon.
    """,
    "weapon", weapon="airsoft rifle", decision="deny", reason="other", tags=["replica", "lockdown"])

# 79
add("FEN", "Hassan Farouk", 9, "2025-11-17 10:10", "Fenway High School, first-floor hallway",
    """
    10:10 - two 9th graders fighting by the lockers; Hassan Farouk pulled a butterfly knife and slashed at the other boy, cutting through his sweatshirt and grazing his stomach. Staff pulled them apart. Mr. Dunn radioed for a lockdown because the knife went skidding under the lockers and nobody could find it at first. Found at 10:18 by SSS with a flashlight. The other student (E.G.) had a 3-inch scratch on his stomach; nurse cleaned it and his mother took him home. D4 responded 10:25. Lockdown lifted 10:35. ⟦Hassan is fluent only in Arabic, so Ms. Saleh sat with him.⟧
    """,
    "weapon", weapon="knife", key="butterfly knife",
    mct=["grazing his stomach", "skidding under the lockers"], mnc=["Arabic"], cats=["language"],
    tags=["lockdown"])

# 80
add("UMANA", "Adriana Velasquez", 8, "2026-04-30 12:55", "Mario Umana Academy, 8th grade lunch",
    """
    Call script for the bilingual hotline (read to callers 3-7 PM):
    "Thank you for calling. Today at lunch an eighth grade student said she would set off a bomb in the school. The building was checked by Boston Police and nothing was found. School is open tomorrow. If your child is upset, counselors will be available in the library."

    Internal: at 12:55 Adriana Velasquez, gr 8, stood on a lunch table and shouted, "I put a bomb in the bathroom by the gym and it's going off at 1:30, everybody's gonna die." Staff evacuated the cafeteria and then the building. A7 and the bomb squad swept; nothing found. Adriana told the AP she "wanted everyone to shut up". Parents in at 3.
    """,
    "credible_threat",
    threat="Student shouted in the cafeteria: \"I put a bomb in the bathroom by the gym and it's going off at 1:30, everybody's gonna die.\" Names a place and a time; building evacuated and swept.",
    key="bathroom by the gym",
    mct=["Call script for the bilingual hotline", "stood on a lunch table"], tags=["hotline_script", "bomb_threat"], trap=True)

# 81
add("MP", "Xavier Lyons", 10, "2025-12-15 13:10", "Madison Park Technical Vocational High School, auto-body shop, Building C",
    """
    Xavier Lyons stabbed another student, T.R., in the left shoulder with a flathead screwdriver in the auto-body shop at about 1:10 PM after T.R. took his seat. The screwdriver went in about two inches. Mr. Gallo applied pressure and radioed the office; the AP locked down Building C so EMS could get in through the bay doors and to keep students in place. T.R. went to BMC and needed surgery to repair muscle damage. Xavier sat down and waited for SSS and handed the screwdriver to them. B2 responded at 1:20. ⟦Both boys live in the Mission Main development⟧ and had been arguing on the way to school.
    """,
    "serious_violence", key="screwdriver",
    mct=["left shoulder", "repair muscle damage", "bay doors"], mnc=["Mission Main"],
    cats=["neighborhood"], tags=["lockdown"])

# 82
add("EXCEL", "Tanisha Grant", 12, "2026-02-25 07:15", "BPS bus 212, en route to Excel High School",
    """
    Bus 212 - yard incident note (Transportation, forwarded to Excel HS)
    Driver smelled something "like vinegar" and saw two students bent over a piece of foil in the back row. When she pulled over on Dorchester Ave at 7:15 she felt dizzy. She evacuated the bus onto the sidewalk and called dispatch. EMS gave the driver oxygen and took her to Carney as a precaution. BPD C6 searched the back row and found burnt foil, a straw, and a small bag of blue powder in Tanisha Grant's jacket, which tested positive for fentanyl. Students continued to Excel on a replacement bus; the school held arrival in the gym until BPD finished. The Haitian Creole robocall for the delayed bus went out with the others at 8:30.
    """,
    "drugs", substances=["fentanyl"], key="fentanyl",
    mct=["small bag of blue powder", "The Haitian Creole robocall for the delayed bus"],
    tags=["bus_report", "evacuation"], trap=True)

# 83
add("BCLA", "Ibrahim Diallo", 10, "2025-12-12 12:30", "Boston Community Leadership Academy (threat written in a class chat)",
    """
    In the class group chat at 12:30 Ibrahim Diallo wrote that he would "bring the gun on Monday and shoot the ones who jumped me" during lunch. The school placed the building in shelter-in-place Friday afternoon and BPD spoke with the family. An analyst from the state fusion center has asked for a copy. ⟦He is Muslim and was at Friday prayers⟧ when the message was discovered.
    """,
    "credible_threat", recipient="commonwealth-fusion-center", decision="deny", reason="recipient_not_permitted",
    threat="Group chat message: he would \"bring the gun on Monday and shoot the ones who jumped me\" at lunch.",
    mnc=["Muslim"], cats=["religion"], tags=["recipient_denied", "shelter_in_place"])

# 84
add("NM", "Kiana Moore", 10, "2026-03-16 10:45", "New Mission High School, second-floor hallway",
    """
    10:45. Kiana Moore sprayed mace at a group of girls in the second-floor hallway by the science rooms. The spray spread along the hallway, and the AP cleared the whole second floor down the back stairs to the gym. Nine students were coughing with red eyes; EMS treated four on scene and one with asthma was taken to Carney. The maroon canister of mace was found in the trash by room 214 and given to E18. The floor was aired out and classes went back up at 11:50. Text message to families sent in English at 12:30; the Arabic and Somali texts went out from the parent liaison's phone because the platform had a limit on the number of languages.
    """,
    "weapon", weapon="mace", key="mace",
    mct=["Nine students were coughing", "one with asthma", "the Arabic and Somali texts"],
    tags=["evacuation", "text_script"], trap=True)

# 85
add("SNOW", "Diego Ferraz", 12, "2026-01-20 06:40", "Snowden International School (emailed bomb threats)",
    """
    Press statement, 1/20, 4 PM: "This morning Snowden International School and four other Boston Public Schools received emailed bomb threats. Each building was checked by the Boston Police Department and reopened. Snowden opened at 10:30 AM after a two-and-a-half-hour delay. BPD has identified a Snowden student as the sender."

    For the record: the emails arrived at 6:40 AM from a free account and said "bombs in the basement of all 5 schools, 9:00, you were warned". BPD traced the account to Diego Ferraz, gr 12, who admitted sending them. ⟦His advisor says his father was detained by ICE last month⟧ and he has stopped doing work.
    """,
    "credible_threat",
    threat="Emails sent at 6:40 AM to five schools: \"bombs in the basement of all 5 schools, 9:00, you were warned\". Names a location and time; all buildings checked.",
    key="bombs in the basement", mct=["two-and-a-half-hour delay", "four other Boston Public Schools"],
    mnc=["detained by ICE"], cats=["immigration_status"], tags=["press_statement", "bomb_threat"])

# 86
add("LYON", "Tomas Ribeiro", 10, "2025-10-28 14:00", "Lyon Upper School, gym",
    """
    During 7th period gym Tomas said to his teacher, "one day I'm coming back here and everyone is going to pay." We held the gym in place and searched his bag (nothing). Spoke with him and his mom. He says he was mad about a grade. Submitting to D14.
    """,
    "credible_threat", decision="deny", reason="missing_threat_statement", tags=["threat_missing"])

# 87
add("OG", "Elvin Santos", 7, "2025-09-18 11:35", "Orchard Gardens K-8 School, 7th grade lunch",
    """
    At 11:35 a lunch aide saw Elvin Santos, gr 7, take a small black handgun out of his lunch box to show the boys at his table. She took the whole lunch box from the table and carried it to the office. Lockdown called at 11:36. B2 officers confirmed it was a real .22 caliber pistol, unloaded, no ammunition in the lunch box. Elvin was held in the office. Students were kept in the cafeteria until 12:20. ⟦He is in our newcomer SEI program and staff had to explain the lockdown to his class twice.⟧
    """,
    "weapon", weapon="firearm", key=".22 caliber pistol",
    mct=["lunch box", "kept in the cafeteria until 12:20"], mnc=["newcomer"], cats=["language"],
    tags=["lockdown"])

# 88
add("CHS", "Ryan Tierney", 11, "2026-03-10 12:45", "Charlestown High School, main stairwell",
    """
    Hold-in-place 12:45-1:30. Ryan Tierney shoved Mr. Ortega, a math teacher, down the main stairwell from the landing after being told to go to class. Mr. Ortega fell about ten steps, broke his left wrist and hit his head on the railing; he was confused and vomited twice. EMS took him to MGH, where they found a concussion and a small bleed. Ryan left the building through the side door and was picked up by A1 officers on Medford St. The Vietnamese-language call tree for families was activated at 2 PM by the parent council.
    """,
    "serious_violence", key="broke his left wrist",
    mct=["fell about ten steps", "broke his left wrist", "Vietnamese-language call tree"],
    tags=["hold_in_place", "assault_on_staff"], trap=True)

# 89
add("BAA", "Jasmine Kirby", 11, "2026-04-23 15:10", "Boston Arts Academy, black box theater",
    """
    At 3:10 PM during after-school rehearsal two students collapsed in the black box theater. The director called 911 and the building held in place while EMS worked. Both students said Jasmine Kirby gave them "percs" and a "molly" at the start of rehearsal. Jasmine's bag had a bottle with 12 blue M30 pills and a capsule of brown powder; BPD lab reported the pills as fentanyl-pressed and the capsule as MDMA. Both students recovered at BMC.
    """,
    "drugs", substances=["counterfeit oxycodone", "fentanyl", "MDMA"], key="M30",
    mct=["black box theater", "12 blue M30 pills"], tags=["hold_in_place", "overdose"])

# 90
add("EDW", "Julian Cruz", 7, "2025-12-05 09:15", "Clarence R. Edwards Middle School, first floor",
    """
    Julian Cruz, gr 7, smashed the glass on the first-floor fire alarm pull station with his elbow at 9:15 and pulled it. Whole building evacuated to the Bunker Hill Monument side, BFD reset the system, back in at 9:40. He cut his elbow slightly. No one else hurt. Request is for vandalism.
    """,
    "vandalism", decision="deny", reason="ground_not_permitted",
    extra={"ethnicity": "Puerto Rican", "address_zip": "02129"},
    mnc=["Puerto Rican", "02129"], cats=["ethnicity", "neighborhood"], tags=["ground_denied", "false_alarm"])

# 91
add("EXCEL", "Rayshawn Mitchell", 10, "2025-11-10 08:30", "Excel High School, counseling office",
    """
    At 8:30 Ms. Goode found a note slid under the counseling office door in Rayshawn Mitchell's handwriting (he signed it "R.M., 10th"): "I have the gun. Tomorrow when we walk in from the buses I'm going to shoot Jaylen and anyone who stands next to him. You can't stop it." The school went into a lockdown while SSS located Rayshawn in Room 110; no gun was on him. C6 officers spoke with him and with his mother and searched his room at home with her consent; they found a box of 9mm ammunition but no gun. ⟦The emergency card has the family at 88 Dorchester St, 2nd floor.⟧ Rayshawn is hospitalized for evaluation. Jaylen's family has been told.
    """,
    "credible_threat",
    threat="Signed note under the counseling office door: \"I have the gun. Tomorrow when we walk in from the buses I'm going to shoot Jaylen and anyone who stands next to him. You can't stop it.\" Names a target, a time and place; 9mm ammunition was found at home.",
    key="box of 9mm ammunition", mct=["slid under the counseling office door", "Room 110"],
    mnc=["Dorchester St"], cats=["neighborhood"], tags=["lockdown", "threat_note"])

# 92
add("BLS", "Max Feldman", 9, "2025-10-20 13:15", "Boston Latin School, Room 123",
    """
    Lockdown, 1:15-1:50 PM. A teacher saw Max Feldman, class IV, pass a large hunting knife in a leather sheath to another student under the desk during 6th period in 123. She kept the class calm and called the office, and the headmaster called a lockdown because the knife was then out of sight. SSS came in at 1:22, and the other student handed it over: a fixed-blade hunting knife, about 7 inches. Max said he brought it for a "trade". D4 took the knife. Students in the Spanish III classroom next door sheltered in the back corner as practiced and reported no problems. No injuries.
    """,
    "weapon", weapon="knife", key="hunting knife",
    mct=["in a leather sheath", "Students in the Spanish III classroom next door sheltered"],
    tags=["lockdown"], trap=True)

# 93
add("BLA", "Amara Obi", 11, "2026-03-23 11:00", "Boston Latin Academy, gym lobby",
    """
    Brief lockdown at 11:00 after a report of a student with a knife in the gym lobby. No knife was found. Afterwards BPD asked that we run the lobby camera stills through the face-matching tool they have access to, and the tool returned Amara Obi as the top candidate. We would like to send the candidate list and the stills to BPD.
    """,
    "weapon", weapon="knife", decision="deny", reason="face_surveillance",
    attach=[{"kind": "face_match", "name": "gym_lobby_candidates.pdf"},
            {"kind": "photo", "name": "gym_lobby_stills.zip"}],
    cats=["face_surveillance"], tags=["face_match", "lockdown"])

# 94
add("BHS", "Andres Cardenas", 11, "2026-04-16 12:50", "Brighton High School, Warren Street entrance",
    """
    LOCKDOWN - 4/16
    12:50 Student tells SSS Kearney that Andres Cardenas "has a strap" in the inside pocket of his coat. 12:51 lockdown. 12:58 D14 officers and SSS find Andres in the Warren Street entrance vestibule; they recover a loaded black Smith & Wesson M&P Shield from his coat. He did not resist. 1:40 lockdown lifted, 1:45 robocall. The Portuguese and Spanish robocalls were recorded by our own family liaisons. ⟦Andres only recently arrived from Colombia⟧ and lives with an older brother.
    """,
    "weapon", weapon="firearm", key="Smith & Wesson",
    mct=["Warren Street entrance vestibule", "The Portuguese and Spanish robocalls were recorded"],
    mnc=["Colombia"], cats=["national_origin"], tags=["lockdown", "robocall_script"], trap=True)

# 95
add("CASH", "Devin Rourke", 12, "2025-11-05 10:30", "Community Academy of Science and Health, Room 204",
    """
    10:30. Student B.L. yelled that he had been stuck with a needle. He had been reaching into Devin Rourke's backpack for a pencil and got poked in the finger by an uncapped syringe. SSS took the backpack to the office: inside were two more syringes, a spoon, and three small wax-paper bags stamped with a skull, which BPD E18 identified as heroin. The second floor held in place while EMS came for B.L., who was taken to Carney for exposure treatment. Devin is 18.
    """,
    "drugs", substances=["heroin"], key="heroin",
    mct=["uncapped syringe", "three small wax-paper bags"], tags=["hold_in_place", "needlestick"])

# 96
add("HEND", "Brianna Costa", 10, "2026-01-30 13:20", "Henderson K-12 Inclusion School, upper campus second-floor girls' room",
    """
    Fire alarm 1:20, evacuation of upper campus. Vapor from a vape set off the smoke head in the girls' room. Brianna Costa admitted it was her "Elf Bar" (nicotine). Back in 1:40. Sending to BPD under drugs.
    """,
    "drugs", substances=["nicotine vape"], decision="deny", reason="excluded_substance",
    tags=["evacuation", "false_alarm"])

# 97
add("CASH", "Marquise Tolliver", 10, "2026-04-01 09:05", "Community Academy of Science and Health, whole building",
    """
    At 9:05 AM a 911 caller told the dispatcher, "I'm at the CASH school with a gun and I'm going to shoot the first person I see in the gym." BPD sent E18 units and the school went into a full lockdown at 9:08. Officers cleared the building room by room; no gunman. BPD traced the call to a phone in Marquise Tolliver's hoodie pocket; he was sitting in 2nd period. He admitted calling from the bathroom. Lockdown lifted 10:55. Message to families at 11:10; the Haitian Creole line on the hotline went live at noon.
    """,
    "credible_threat",
    threat="911 call placed by the student from a school bathroom: \"I'm at the CASH school with a gun and I'm going to shoot the first person I see in the gym.\" Full lockdown and room-by-room clearing followed.",
    key="shoot the first person I see in the gym",
    mct=["Lockdown lifted 10:55", "the Haitian Creole line on the hotline went live at noon"],
    tags=["lockdown", "swatting"], trap=True)

# 98
add("FRED", "Quan Tran", 8, "2026-05-19 12:35", "Lilla G. Frederick Middle School, back schoolyard",
    """
    At 12:35 during outdoor lunch, Quan Tran stabbed another 8th grader, H.M., twice in the back with a small kitchen knife after H.M. knocked his phone out of his hand. H.M. was taken by EMS to BMC with a punctured lung and is in stable condition. Outdoor lunch was brought in and the building went into lockdown at 12:37 until B3 confirmed the knife was recovered from the grass at 12:55. ⟦His file shows his parents need a Vietnamese interpreter for every meeting.⟧
    """,
    "serious_violence", key="punctured lung",
    mct=["twice in the back", "punctured lung"], mnc=["Vietnamese"], cats=["language"],
    tags=["lockdown"])

# 99
add("GE", "Marcus Bell", 12, "2026-02-20 10:00", "Greater Egleston High School",
    """
    Marcus has left campus during three of the last five lockdown drills and was found at the corner store each time. He has not been violent. Submitting for BPD to be aware of him as a habitual runner.
    """,
    "elopement", decision="deny", reason="ground_not_permitted", tags=["ground_denied", "lockdown_drill"])

# 100
add("BAA", "Christian Okafor", 10, "2026-01-09 10:20", "Boston Arts Academy, third-floor hallway",
    """
    Lockdown 10:20-11:05.

    A student told the front desk that a sophomore had a gun in the third-floor hallway. SSS and D4 found Christian Okafor in the music practice room with a black handgun in his backpack: a loaded Hi-Point 9mm, no round in the chamber. Christian said he brought it for protection on the Orange Line. The student who reported it, another sophomore also named Christian, asked to stay anonymous. No injuries. Robocall at 11:20.
    """,
    "weapon", weapon="firearm", key="Hi-Point 9mm",
    mct=["music practice room", "protection on the Orange Line", "another sophomore also named Christian"],
    tags=["lockdown"], trap=True)

# 101
add("TBA", "Brandon Figueroa", 10, "2026-03-02 14:25", "TechBoston Academy, Washington Street side entrance",
    """
    Reunification notes, St. Peter's parish hall - 3/2

    14:25 At dismissal Brandon Figueroa hit a 9th grader (S.W.) across the face and arm with an expandable steel baton outside the Washington Street side entrance. S.W. had a broken nose and a deep bruise on his forearm; EMS took him to BMC. SSS took the baton from Brandon and held him inside. Lockdown 14:26 with half the students already outside, so staff walked those students to the parish hall at St. Peter's Church on Bowdoin Street, our designated off-site reunification location.
    14:50 C11 officers arrive at school; Brandon in custody.
    15:10 Parish hall sign-out opened. 212 students signed out by 17:30.
    17:45 Building cleared; lockdown over.
    ⟦At pickup Brandon's mother needed a K'iche' interpreter,⟧ which the district found by phone at 16:40.
    """,
    "weapon", weapon="club", key="expandable steel baton",
    mct=["broken nose", "parish hall at St. Peter's Church on Bowdoin Street"], mnc=["K'iche'"],
    cats=["language"], tags=["reunification", "lockdown"], trap=True)

# 102
add("IRV", "Nolan Pereira", 8, "2025-11-14 10:05", "Washington Irving Middle School, first-floor lobby",
    """
    Fire and threat, 11/14.

    At 10:05 a trash can in the first-floor lobby caught fire. The fire alarm went off and the building evacuated to the Cummins Highway side. BFD put it out; the fire investigator said the point of origin was the trash can by the Dominican Heritage Month display, which was scorched but not destroyed. Lighter fluid smell.

    While students were outside, a teacher found a note taped to the fire door next to the lobby: "Next time its the whole school with everybody inside. - N.P." Nolan Pereira, gr 8, admitted starting the fire with a lighter and fluid from home and writing the note. Students were back in at 11:15. B3 and the fire investigator interviewed him with his stepfather.
    """,
    "credible_threat",
    threat="Note taped to a fire door after the student set a fire in the lobby: \"Next time its the whole school with everybody inside. - N.P.\" Follows an actual fire he set that day.",
    key="whole school with everybody inside",
    mct=["point of origin was the trash can", "Dominican Heritage Month display"],
    tags=["evacuation", "fire"], trap=True)

# 103
add("OB", "Terrell Vance", 11, "2026-05-08 14:40", "John D. O'Bryant School, front plaza at dismissal",
    """
    Dismissal lockdown, 5/8. At 2:40 Terrell Vance hit another junior (D.J.) in the head with a brick on the front plaza during dismissal. D.J. fell and was unresponsive for a few minutes, then had a seizure; EMS took him to BMC, where he was found to have a depressed skull fracture and went to surgery. Staff pulled students back inside and the building locked down at 2:41 until 3:30. The Islamic Society of Boston Cultural Center across Malcolm X Blvd opened its lobby to families waiting for students during the lockdown, and staff walked students over once it lifted. B2 arrested Terrell at 2:55 on Tremont St. ⟦His address in Aspen is the Cathedral development.⟧
    """,
    "serious_violence", key="depressed skull fracture",
    mct=["with a brick", "Islamic Society of Boston Cultural Center"], mnc=["Cathedral"],
    cats=["neighborhood"], tags=["lockdown", "reunification"], trap=True)

# 104
add("ACC", "Derek Simmons", 12, "2026-02-11 13:15", "Another Course to College, first-floor boys' bathroom",
    """
    1:15 PM, first-floor boys' bathroom. Derek Simmons and another senior were smoking a blunt; the other senior (K.R.) collapsed and stopped breathing. SSS gave Narcan twice and started CPR; EMS took him to Carney, where he recovered. The bathroom was evacuated and the first floor held in place for 40 minutes. BPD E18 tested the rest of the blunt and a folded paper in Derek's pocket: marijuana laced with fentanyl, and the folded paper was fentanyl powder. ⟦The E18 officer mentioned Derek is listed as an associate of the Dalton crew.⟧ Derek says he bought it in Mattapan Square.
    """,
    "drugs", substances=["marijuana", "fentanyl"], key="laced with fentanyl",
    mct=["gave Narcan twice and started CPR", "first floor held in place for 40 minutes"],
    mnc=["Dalton"], cats=["gang_affiliation"], tags=["hold_in_place", "overdose"])

# 105
add("EBHS", "Kevin Marte", 11, "2026-04-06 15:20", "East Boston High School, fitness room",
    """
    After school, 3:20. The crew team was on the ergs in the fitness room when Kevin Marte came in and threatened a rower with a knife, a black folding knife with a 3.5-inch blade, saying "you talk to her again I'll cut you." Coach Dunne stepped between them and Kevin left through the back hallway. The building (after-school programs only) went into lockdown at 3:22 while SSS searched. A7 officers found Kevin at the Maverick Square bus stop at 3:45 with the knife in his pocket. No one hurt. The letter to families the next day went out in Spanish, Portuguese and Arabic as well as English.
    """,
    "weapon", weapon="knife", key="black folding knife",
    mct=["The crew team was on the ergs", "went out in Spanish, Portuguese and Arabic"],
    tags=["lockdown", "after_school"], trap=True)

# 106
add("EBHS", "Yeison Herrera", 10, "2026-03-13 10:30", "East Boston High School",
    """
    After the bomb threat evacuation on 3/11, Sgt. Lyle from A7 called asking whether Yeison is "a citizen or a green card holder", since his phone was the one used to send the threat text. We told him we would submit through the gatekeeper. Nothing else is being requested at this time.
    """,
    "status_check", decision="deny", reason="ground_not_permitted",
    extra={"citizenship": "Lawful permanent resident", "home_language": "Spanish"},
    mnc=["permanent resident", "Spanish"], cats=["immigration_status", "language"],
    tags=["status_request"])

# 107
add("CHS", "Nilton Barbosa", 9, "2026-02-17 11:00", "Charlestown High School",
    """
    Records request from the detective following up last week's hoax bomb call (the call was made from a phone Nilton had borrowed). The detective wants "country of birth and visa status" for Nilton and copies of his enrollment documents. No new incident.
    """,
    "records_request", decision="deny", reason="ground_not_permitted",
    extra={"birth_country": "Cape Verde", "immigration": {"status": "TPS pending"}},
    mnc=["Cape Verde", "TPS pending"], cats=["national_origin", "immigration_status"],
    tags=["status_request"])

# 108
add("BURKE", "Kendrick Hayes", 11, "2026-04-22 09:20", "Jeremiah E. Burke High School, Room 204",
    """
    Lockdown 9:20-10:35 after a loaded .45 caliber pistol was found in Kendrick Hayes's backpack in Room 204. B3 took the gun and Kendrick into custody. The ATF agent working the gun trace asked the principal directly for our report and Kendrick's attendance records.
    """,
    "weapon", weapon="firearm", recipient="atf/boston-field-division", decision="deny", reason="recipient_not_permitted",
    tags=["recipient_denied", "lockdown"])

# 109
add("MP", "Corey Daniels", 11, "2025-10-17 14:35", "Madison Park, Ruggles Station busway after dismissal",
    """
    At 2:35 Corey Daniels was seen on the Ruggles busway waving a knife at students from another school; the school went to a lockout and held students who had not yet left. Transit Police took the knife and detained Corey. Transit Police want our report for their case. ⟦Corey's SIS record has him at 19 Annunciation Rd.⟧
    """,
    "weapon", weapon="knife", recipient="mbta-transit-police", decision="deny", reason="recipient_not_permitted",
    mnc=["Annunciation"], cats=["neighborhood"], tags=["recipient_denied", "lockout"])

# 110
add("NM", "Jahmal Wright", 11, "2026-01-23 12:10", "New Mission High School, cafeteria",
    """
    Weapon incident 12:10: Jahmal Wright had a box cutter in his sock that fell out during lunch; hold-in-place 12:11-12:30, SSS recovered it. No threat or injury. ⟦The gang unit liaison asked for this so it can be entered against Jahmal's name as a "Theo Street" associate.⟧
    """,
    "weapon", weapon="box cutter", recipient="bpd/gang-database", decision="deny", reason="recipient_not_permitted",
    mnc=["Theo Street"], cats=["gang_affiliation"], tags=["recipient_denied", "hold_in_place"])

# 111
add("BCLA", "Reggie Campbell", 12, "2026-05-05 09:00", "Boston Community Leadership Academy, stairwell 1",
    """
    A loaded handgun was found on Reggie Campbell during the 9:00 AM lockdown after a tip. BPD E18 has the case. The ADA's office asked us to send the school's report and the lockdown log directly to them for the arraignment.
    """,
    "weapon", weapon="firearm", recipient="suffolk-da/juvenile-unit", decision="deny", reason="recipient_not_permitted",
    tags=["recipient_denied", "lockdown"])

# 112
add("EMK", "Tyler Bishop", 10, "2026-03-25 15:05", "Edward M. Kennedy Academy for Health Careers, after dismissal",
    """
    At 3:05 PM Tyler Bishop got into a fight at the Longwood stop and pulled a knife. Staff called the school into a lockout and brought in the students still outside. Tyler took the Green Line and was stopped by police at Lechmere in Cambridge with the knife. Cambridge police asked for our report.
    """,
    "weapon", weapon="knife", recipient="cambridge-police", decision="deny", reason="recipient_not_permitted",
    tags=["recipient_denied", "lockout"])

# 113
add("DEAR", "Malachi Greene", 9, "2026-01-13 08:45", "Dearborn STEM Academy, second-floor hallway",
    """
    Evacuation 8:45-10:10 after Malachi Greene told a teacher there was "a pipe bomb in the second-floor lockers." Bomb squad sweep negative. Malachi admits saying it to get out of a test.
    """,
    "bomb_threat", decision="deny", reason="ground_not_permitted",
    threat="Student told a teacher there was \"a pipe bomb in the second-floor lockers.\"",
    tags=["ground_denied", "bomb_threat"])

# 114
add("BGA", "Shane Kelley", 10, "2025-09-26 11:45", "Boston Green Academy, cafeteria",
    """
    During the 11:45 lunch a fistfight between Shane Kelley and another 10th grader turned into a crowd of about 30 students; the principal called a hold-in-place to clear the hallways while staff broke it up. Both boys had scrapes and one had a bloody nose; nurse treated both. No weapons. Requesting BPD get the report for the fight.
    """,
    "fight", decision="deny", reason="ground_not_permitted", tags=["ground_denied", "hold_in_place"])

# 115
add("FEN", "Kelvin Osei", 11, "2026-04-13 09:30", "Fenway High School, Alleghany Street lot during evacuation",
    """
    During a fire drill at 9:30 Kelvin Osei threw water bottles at teachers in the Alleghany Street lot and refused to go back in, yelling at SSS. No one was hurt. ⟦He lives at 28 Calumet St⟧ ⟦and his dad only speaks Twi,⟧ so the call home was hard. Requesting BPD be sent the report under disorderly conduct.
    """,
    "disorderly_conduct", decision="deny", reason="ground_not_permitted",
    mnc=["Calumet", "speaks Twi"], cats=["neighborhood", "language"], tags=["ground_denied", "evacuation"])

# 116
add("CONDON", "Aiden Murphy", 8, "2026-05-21 12:20", "James F. Condon School, back stairwell",
    """
    12:20 - fire alarm, whole building out to the D Street side. The smoke came from the back stairwell, where Aiden Murphy and two friends were smoking a blunt and drinking from cans of beer one of them brought in his backpack. BFD cleared and reset at 12:45. The cans and the rest of the blunt were taken. Aiden, gr 8, told the AP it was his idea. Sending as drugs.
    """,
    "drugs", substances=["marijuana", "beer"], decision="deny", reason="excluded_substance",
    tags=["evacuation", "false_alarm"])

# 117
add("BHS", "Alana Prescott", 12, "2026-03-06 10:50", "Brighton High School, library",
    """
    Medical call and library hold, 10:50-11:20. Alana Prescott passed out at a library table after using a wax pen; the nurse said she was breathing fine but could not be woken at first, and EMS took her to St. Elizabeth's, where she was treated and released. The pen's cartridge is labeled "live resin THC 90%". The library was held in place while EMS was there. ⟦Her mother asked the nurse to note that the family is Catholic and she wants the parish priest told.⟧ Submitting under drugs.
    """,
    "drugs", substances=["THC wax"], decision="deny", reason="excluded_substance",
    mnc=["Catholic"], cats=["religion"], tags=["hold_in_place", "medical"])

# 118
add("TBA", "Jonah Pierce", 10, "2026-02-13 08:00", "TechBoston Academy (threat in a bathroom)",
    """
    After this morning's evacuation (a bathroom wall in the 10th grade wing read "bomb 2day 12pm"), BPD asked us to send the ID photos of every 10th grader so they can run them through a face-matching program against last week's hallway video. Jonah Pierce is one of the students they want to compare first. We are attaching the grade 10 photo roster.
    """,
    "credible_threat", decision="deny", reason="face_surveillance",
    threat="Written on a bathroom wall in the 10th grade wing: \"bomb 2day 12pm\"; building evacuated.",
    attach=[{"kind": "photo", "name": "grade10_id_photos.zip"}],
    cats=["face_surveillance"], tags=["face_match", "evacuation"])

# 119
add("CURLEY", "Liam Foley", 7, "2025-12-10 11:25", "Curley K-8 School, upper building, Room 210",
    """
    At 11:25 Liam Foley, gr 7, took out a black pistol in Room 210 and pointed it at a classmate "as a joke". The teacher took it; it is a BB pistol (CO2 powered) with pellets in the magazine. The upper building locked down for 25 minutes until E13 confirmed what it was. No injuries. Submitting as a weapon.
    """,
    "weapon", weapon="BB gun", decision="deny", reason="other", tags=["replica", "lockdown"])

# 120
add("BURKE", "Dwayne Rollins", 12, "2026-06-02 10:15", "Jeremiah E. Burke High School, graduation rehearsal in the auditorium",
    """
    During graduation rehearsal at 10:15, Dwayne Rollins told two classmates that "if they don't let me walk Saturday, I'm bringing something to the ceremony." The AP held the auditorium in place for 15 minutes while SSS checked his bag (nothing) and called his mom. Robocall about rehearsal changes went out in nine languages at noon. Sending to BPD as a threat.
    """,
    "credible_threat", decision="deny", reason="missing_threat_statement", tags=["threat_missing"])


# ---------------------------------------------------------------------------------------------
# build, self-check, write
# ---------------------------------------------------------------------------------------------
def fold(s):
    import unicodedata
    return unicodedata.normalize("NFKC", s).lower()


def keys_of(obj, prefix="student"):
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(f"{prefix}.{k}")
            out += keys_of(v, f"{prefix}.{k}")
    return out


def build(n, c):
    cid = f"OAW-{n:04d}"
    school, sid = SCHOOLS[c["school"]]
    student = {"student_id": new_id(), "name": c["name"], "date_of_birth": dob_for(c["grade"], c["when"]),
               "grade": c["grade"], "school": school}
    if c["extra"]:
        student.update(c["extra"])
    req = {"request_id": cid, "school_id": sid, "recipient": c["recipient"], "ground": c["ground"]}
    if c["substances"] is not None:
        req["substances"] = c["substances"]
    if c["weapon"] is not None:
        req["weapon"] = c["weapon"]
    if c["threat"] is not None:
        req["threat_statement"] = clean(c["threat"])
    req["incident"] = {"occurred_at": iso(c["when"]), "location": c["location"], "description": clean(c["desc"])}
    req["student"] = student
    if c["attach"]:
        req["attachments"] = c["attach"]
    allow = c["decision"] == "allow"
    tags = [FAMILY] + c["tags"]
    if allow:
        tags.append("allow_redact" if c["cats"] else "allow_clean")
    else:
        tags.append("deny_" + c["reason"])
    if c["trap"]:
        tags.append("precision_trap")
    expect = {"decision": c["decision"]}
    if not allow:
        expect["reason"] = c["reason"]
    expect.update({"must_not_contain": c["mnc"],
                   "must_contain": [c["name"], school, c["key"]] if allow else [],
                   "must_contain_text": c["mct"] if allow else [],
                   "categories": c["cats"], "tags": tags})
    selfcheck(cid, c, req, student, expect)
    return {"id": cid, "request": req, "expect": expect}


def selfcheck(cid, c, req, student, e):
    err = []
    whole = fold(json.dumps(req, ensure_ascii=False))
    free_out = " || ".join(outside(x) for x in (c["desc"], c["threat"] or "", c["location"]))
    extra_vals = fold(json.dumps(c["extra"] or {}, ensure_ascii=False))
    kept = " ".join(str(student[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
    legit = LEGIT + [kept, req["school_id"], req["recipient"], req["ground"], str(req.get("weapon", "")),
                     " ".join(req.get("substances", [])), json.dumps(req.get("attachments", [])),
                     " ".join(keys_of(student))]
    for s in e["must_not_contain"]:
        f = fold(s)
        if f not in whole:
            err.append(f"canary {s!r} not in request")
        if f in fold(free_out):
            err.append(f"canary {s!r} occurs outside a marked span")
        if not any(f in fold(x) for x in spans(c["desc"]) + spans(c["threat"] or "")) and f not in extra_vals:
            err.append(f"canary {s!r} is neither in a marked span nor in a withheld field")
        for l in legit:
            if f in fold(l):
                err.append(f"canary {s!r} is a substring of legitimate output {l[:40]!r}")
        for m in e["must_contain"] + e["must_contain_text"]:
            if f in fold(m):
                err.append(f"canary {s!r} inside must_contain {m!r}")
    for sp in spans(c["desc"]) + spans(c["threat"] or ""):
        if not any(fold(s) in fold(sp) for s in e["must_not_contain"]):
            err.append(f"marked span without canary: {sp[:50]!r}")
    if bool(e["must_not_contain"]) and not e["categories"]:
        err.append("canaries but no categories")
    if c["decision"] == "allow":
        for m in e["must_contain_text"] + [c["key"]]:
            if fold(m) not in fold(outside(c["desc"])):
                err.append(f"must_contain_text {m!r} not in the description outside forbidden spans")
        if not 1 <= len(e["must_contain_text"]) <= 3:
            err.append("must_contain_text needs 1 to 3 items")
        if c["ground"] == "credible_threat" and not (c["threat"] or "").strip():
            err.append("allowed credible_threat needs a threat statement")
        if c["ground"] == "weapon" and c["recipient"].split("/")[0] != "bpd":
            err.append("allowed case with a non-BPD recipient")
    else:
        if c["reason"] is None:
            err.append("deny without reason")
    if c["trap"] and c["decision"] != "allow":
        err.append("trap flag only for allow cases")
    if err:
        raise SystemExit(f"{cid}: " + "; ".join(err))


def main():
    rows = [build(i, c) for i, c in enumerate(CASES, 1)]
    descs = [r["request"]["incident"]["description"] for r in rows]
    assert len(set(descs)) == len(descs), "duplicate description"
    assert len(rows) == 120, len(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
