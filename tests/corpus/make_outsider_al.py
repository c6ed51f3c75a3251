#!/usr/bin/env python3
"""Outsider corpus AL: time, calendar and school life told through culture and faith.

Written from RULES.md / CONTRACT.md / corpus-brief.md only (no service code read).
Deterministic: standard library only, fixed seed.  Writes
tests/data/corpus/outsider_al.jsonl (150 cases, ids OAL-0001..).

Two kinds of allow cases:
  * precision_only  - holidays, observances, clubs, menus, the world-languages wing only date or
    place the incident or name a school activity; nothing is said about any student's or family's
    origin, status, language, residence, ethnicity, faith or gang.  Those words are incident facts
    and appear in must_contain_text.
  * mixed_forbidden - a real forbidden fact about a student or family is stated, often right
    beside a harmless holiday word; canaries are chosen so that they never cover the harmless word.
Deny cases cover every reason code in realistic proportion.
"""
import json
import pathlib
import random

SEED = 20260517
TAG = "outsider_al"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_al.jsonl"

SCHOOL_IDS = {
    "Boston Latin Academy": "BPS-4011",
    "Madison Park Technical Vocational High School": "BPS-4054",
    "East Boston High School": "BPS-4063",
    "Jeremiah E. Burke High School": "BPS-4072",
    "English High School": "BPS-4081",
    "Excel High School": "BPS-4093",
    "Brighton High School": "BPS-4105",
    "TechBoston Academy": "BPS-4117",
    "Mission Hill K-8": "BPS-4129",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4131",
    "Charlestown High School": "BPS-4142",
    "Snowden International School": "BPS-4156",
    "Dearborn STEM Academy": "BPS-4163",
    "Boston Community Leadership Academy": "BPS-4176",
    "Josiah Quincy Upper School": "BPS-4188",
    "Margarita Muñiz Academy": "BPS-4191",
    "New Mission High School": "BPS-4203",
    "Boston Green Academy": "BPS-4215",
    "Community Academy of Science and Health": "BPS-4227",
    "Boston Arts Academy": "BPS-4239",
    "Fenway High School": "BPS-4241",
    "Henderson K-12 Inclusion School": "BPS-4252",
    "Mario Umana Academy": "BPS-4264",
    "Rafael Hernández K-8 School": "BPS-4276",
    "McCormack Middle School": "BPS-4288",
    "Lilla G. Frederick Middle School": "BPS-4290",
    "Boston International Newcomers Academy": "BPS-4302",
}

rng = random.Random(SEED)
CASES = []


def _offset(ts):
    """Eastern time offset for a 2025/2026 local timestamp 'YYYY-MM-DDTHH:MM'."""
    day = ts[:10]
    edt = ("2025-03-09" <= day < "2025-11-02") or ("2026-03-08" <= day < "2026-11-01")
    return "-04:00" if edt else "-05:00"


def _student(name, grade, school, extra):
    month = rng.randint(1, 12)
    dom = rng.randint(1, 28)
    year = (2019 - grade) if month >= 9 else (2020 - grade)
    stu = {"student_id": str(rng.randint(100000, 999999)), "name": name,
           "date_of_birth": f"{year:04d}-{month:02d}-{dom:02d}", "grade": grade, "school": school}
    if extra:
        stu.update(extra)
    return stu


def _request(ground, name, grade, school, when, loc, desc, rcp, weapon, subs, ts, sx, att):
    req = {"request_id": None, "school_id": SCHOOL_IDS[school], "recipient": rcp, "ground": ground}
    if subs is not None:
        req["substances"] = subs
    if weapon is not None:
        req["weapon"] = weapon
    if ts is not None:
        req["threat_statement"] = ts
    req["incident"] = {"occurred_at": f"{when}:00{_offset(when)}", "location": loc, "description": desc}
    req["student"] = _student(name, grade, school, sx)
    if att:
        req["attachments"] = att
    return req


def A(ground, key, name, grade, school, when, loc, desc, mct, mnc=(), cats=(), rcp="bpd",
      weapon=None, subs=None, ts=None, sx=None, att=None, tags=()):
    """An allow case."""
    kind = "mixed_forbidden" if mnc else "precision_only"
    CASES.append({
        "request": _request(ground, name, grade, school, when, loc, desc, rcp, weapon, subs, ts, sx, att),
        "expect": {"decision": "allow", "must_not_contain": list(mnc),
                   "must_contain": [name, school, key], "must_contain_text": list(mct),
                   "categories": list(cats), "tags": [TAG, kind, "allow_" + ground] + list(tags)}})


def D(ground, reason, name, grade, school, when, loc, desc, mnc=(), cats=(), rcp="bpd",
      weapon=None, subs=None, ts=None, sx=None, att=None, tags=()):
    """A deny case."""
    tag = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
           "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
           "face_surveillance": "deny_face", "other": "deny_replica"}[reason]
    CASES.append({
        "request": _request(ground, name, grade, school, when, loc, desc, rcp, weapon, subs, ts, sx, att),
        "expect": {"decision": "deny", "reason": reason, "must_not_contain": list(mnc),
                   "must_contain": [], "must_contain_text": [], "categories": list(cats),
                   "tags": [TAG, tag] + (["mixed_forbidden"] if mnc else []) + list(tags)}})


# ---------------------------------------------------------------------------------------------
# (a) precision only: the culture / faith words date or place the incident, nothing more
# ---------------------------------------------------------------------------------------------

A("weapon", "folding knife", "Marcus Tiernan", 8, "Josiah Quincy Upper School", "2026-02-13T13:40",
  "Auditorium, row M",
  '''Lunar New Year assembly, 1:40 PM. While the lion dance was coming up the center aisle, Ms. Chau noticed Marcus Tiernan passing something down row M. SSS Dwyer asked him to step into the lobby and he handed over a folding knife from his hoodie pocket (black handle, 3-inch blade, locks open). Marcus said he carries it "for the Orange Line." Nobody was threatened and the students in row M say they never saw it opened. Dad picked him up at 2:30.''',
  ["Lunar New Year assembly", "row M", "3-inch blade"], weapon="knife", tags=["staff_narrative"])

A("drugs", "M30", "Devonte Blake", 11, "TechBoston Academy", "2025-10-21T10:52",
  "Front lobby",
  '''Hallway log, Tues 10/21. 10:52 Hall monitor Reyes saw two students crouched by the Diwali rangoli display in the front lobby. When she walked over Devonte Blake stood up fast and a small baggie fell out of his sleeve: 9 light-blue round pills stamped M30. Nurse Fahey says they match the counterfeit oxycodone pills BPHC warned schools about. 10:58 AP Grant searched the backpack with SSS present, 6 more in an empty Newport box. Devonte said he was "holding them for someone." The rangoli was not damaged.''',
  ["Diwali rangoli display", "M30", "Newport box"], subs=["counterfeit oxycodone (M30)"], tags=["hallway_log"])

A("serious_violence", "fractured orbital bone", "Aidan Doherty", 11, "Charlestown High School", "2025-12-17T20:05",
  "Outside the gym, by the bleachers",
  '''After the Christmas concert let out (approx. 8:05 PM) a group of students was waiting outside the gym by the bleachers. Aidan Doherty walked up to a 10th grader (initials R.M.) and punched him four or five times in the face; R.M. went down and Aidan kicked him once more. Coach Pacheco separated them. R.M. was taken by Boston EMS to MGH with a fractured orbital bone and will be out the rest of the week. Aidan left on foot before police arrived; his mother brought him in the next morning.''',
  ["Christmas concert", "bleachers", "kicked him once more"], rcp="bpd/district-a15", tags=["staff_narrative"])

A("weapon", "pepper spray", "Kayla Brito", 10, "Margarita Muñiz Academy", "2025-10-31T11:20",
  "Library",
  '''Around 11:20 a burst of pepper spray went off in the library next to the Día de los Muertos altar the Spanish III classes built. Three students coughing with eyes burning; one had to be flushed at the nurse for 20 minutes. Librarian Ms. Ocasio saw Kayla Brito put a small pink canister back in her tote. Kayla gave it to the AP without arguing (keychain canister of pepper spray, about half used). She says a girl at the table "kept talking." Marigolds and candles on the altar were not touched.''',
  ["Día de los Muertos altar", "pink canister", "flushed at the nurse"], weapon="pepper spray",
  rcp="bpd/district-e13", tags=["staff_narrative"])

A("credible_threat", "Instagram story", "Darnell Shaw", 9, "English High School", "2025-10-09T07:25",
  "Main entrance / auditorium",
  '''Three separate reports came in overnight about an Instagram story from Darnell showing a handgun with a caption about tomorrow's Hispanic Heritage Month assembly. HM Ruiz postponed the assembly, and SSS met Darnell at the door at 7:25 and searched his bag (nothing found). Darnell said the gun in the picture is his cousin's and he "was just playing." Mother notified. The performer he has been arguing with has been moved to a safe room for the day.''',
  ["Hispanic Heritage Month assembly", "Instagram story", "met Darnell at the door"],
  ts='''On 10/8 at about 9:40 PM Darnell Shaw posted an Instagram story showing a handgun on a bed with the caption "hispanic heritage assembly tmrw. front row. watch." Two students and one parent sent it to the school overnight. Darnell has an ongoing conflict with a student who is performing in the assembly.''',
  att=[{"kind": "document", "name": "instagram_story_screenshot.png"}], rcp="bpd/district-e13",
  tags=["threat_text"])

A("weapon", "box cutter", "Tyrese Holloway", 10, "Jeremiah E. Burke High School", "2026-05-18T12:30",
  "Courtyard, by the basketball hoop",
  '''Staff narrative (Mr. Okafor, PE). During the school-wide Haitian Flag Day celebration in the courtyard, music and flags, maybe 300 students outside. I saw Tyrese Holloway and another boy squaring up by the basketball hoop and Tyrese had a box cutter open in his right hand, blade out about an inch. I got between them and told him to drop it, which he did. No contact was made. I bagged the box cutter (yellow, Stanley) and brought both students to the office.''',
  ["Haitian Flag Day celebration", "basketball hoop", "Stanley"], weapon="box cutter",
  rcp="bpd/district-b3", tags=["staff_narrative"])

A("weapon", "brass knuckles", "Jalen Brooks", 8, "Dearborn STEM Academy", "2026-07-02T10:15",
  "Front steps (BPS Summer Learning site)",
  '''Summer Learning site log, Dearborn STEM Academy. 10:15 AM: program staff were setting up for the Cape Verdean Independence Day flag-raising that a community partner holds at the building every July. Student Jalen Brooks (rising 9th) was showing a set of brass knuckles to two younger kids by the front steps. Site coordinator took them: chrome, heavy, fit four fingers. Jalen said he bought them at a shop in Providence. No one hurt. Aunt (guardian) picked him up.''',
  ["Cape Verdean Independence Day flag-raising", "front steps", "chrome"], weapon="brass knuckles",
  rcp="bpd/district-b2", tags=["site_log"])

A("drugs", "Xanax", "Isaiah Whitfield", 12, "New Mission High School", "2026-06-18T13:10",
  "2nd floor boys' bathroom",
  '''During the Juneteenth step show in the gym, SSS Barros checked the 2nd floor boys' bathroom and found Isaiah Whitfield handing a sandwich bag to a 9th grader. The bag held 14 white rectangular bars marked "2" (Xanax bars per the nurse). Isaiah had $160 in small bills. The 9th grader said Isaiah was selling them "$10 a bar". Both brought to the office; parents called.''',
  ["Juneteenth step show", "14 white rectangular bars", "$10 a bar"], subs=["Xanax (alprazolam bars)"],
  rcp="bpd/district-e18", tags=["staff_narrative"])

A("weapon", ".22 revolver", "Colby Ashworth", 10, "Boston Green Academy", "2026-06-03T07:50",
  "Main entrance, then main office",
  '''Wednesday of Pride week. The GSA was chalking the rainbow walk outside the main entrance when a student told Ms. Lind that Colby Ashworth had "a real gun" in his backpack. SSS and AP Medina brought Colby to the office at 7:50 and found an unloaded .22 revolver wrapped in a t-shirt at the bottom of the bag; no ammunition located. Colby said he took it from his grandfather's closet to sell. The building was held in place for 15 minutes.''',
  ["Pride week", ".22 revolver", "wrapped in a t-shirt"], weapon="firearm", rcp="bpd/district-d14",
  tags=["staff_narrative"])

A("serious_violence", "stab wound", "Brandon Velez", 11, "East Boston High School", "2026-03-05T18:30",
  "Outside the gym doors, Border Street side",
  '''The Muslim Student Association hosted its community iftar in the cafeteria from 6:00 PM (about 120 students, families and staff). At approx 6:30 PM two students who were not at the iftar got into it outside the gym doors on the Border Street side. Brandon Velez pulled a small knife and cut the other student (K.A.) on the left side of his lower back. Custodian Mr. Sousa called 911; K.A. was taken to MGH, the stab wound needed 8 staples and he was kept overnight. Brandon ran off. Camera footage from the gym door is preserved.''',
  ["Muslim Student Association", "stab wound", "left side of his lower back"], rcp="bpd/district-a7",
  tags=["staff_narrative"])

A("weapon", "stun gun", "Nathan Kowalski", 10, "Boston Latin Academy", "2026-04-02T09:05",
  "World languages wing, 3rd floor",
  '''Thursday of Passover week, so attendance was light. 9:05 AM, world languages wing, 3rd floor. Nathan Kowalski was clicking a black stun gun in the hallway so it sparked and pushed it toward a younger student's neck "as a joke". The student jumped back and was not touched. Mme. Laurent took the device (labelled VIPERTEK); it still sparks. Nathan said he ordered it online.''',
  ["world languages wing", "Passover week", "VIPERTEK"], weapon="stun gun", rcp="bpd/district-b2",
  tags=["hallway_log"])

A("drugs", "cocaine", "Dylan Mercado", 11, "Madison Park Technical Vocational High School", "2026-03-13T11:45",
  "Cafeteria, Lunch C",
  '''Cafeteria log, Lunch C (11:45). Menu: baked fish sandwich (Lent Fridays), rice, green beans. Monitor Ms. Ahern saw Dylan Mercado pass a folded dollar bill to another student under the table; the student opened it and white powder spilled on the tray. AP Sullivan recovered the bill and a second fold from Dylan's jacket. Dylan said "it's coke, it's not even mine." Both folds bagged as suspected cocaine. Nurse checked the other student, no use observed.''',
  ["Lent Fridays", "folded dollar bill", "Lunch C"], subs=["cocaine"], rcp="bpd/district-b2",
  tags=["cafeteria_log"])

A("weapon", "karambit", "Ethan Lowe", 12, "John D. O'Bryant School of Mathematics and Science", "2026-02-06T19:20",
  "Cafeteria coat check",
  '''Advisor's note (Ms. Hoang, Vietnamese Student Association). Our Tết dance ran 6 to 9 PM in the cafeteria. At about 7:20 a parent volunteer at coat check felt something hard in a jacket and called me. It was Ethan Lowe's jacket. Inside the pocket: a karambit knife (curved blade, finger ring) in a nylon sheath. Ethan said it's for "protection on the bus". He did not take it out during the dance. SSS Carter kept the knife; Ethan was sent home with his father.''',
  ["Vietnamese Student Association", "coat check", "karambit"], weapon="knife", rcp="bpd/district-b2",
  tags=["advisor_note"])

A("weapon", "razor blade", "Adrian Castillo", 10, "Brighton High School", "2025-11-12T14:25",
  "Room 214",
  '''Latino Student Union meeting after school in Room 214, about 25 kids making posters for the food drive. Adrian Castillo got into it with another member over a seat, took a razor blade out of his phone case, held it up and said "say something again." Advisor Mr. Ibarra stood between them and Adrian put it on the desk. Single-edge razor blade, no injury. Taken to AP Collins.''',
  ["Latino Student Union meeting", "Room 214", "phone case"], weapon="razor blade", rcp="bpd/district-d14",
  tags=["advisor_note"])

A("serious_violence", "concussion", "Jordan Ellis", 11, "TechBoston Academy", "2026-02-26T18:40",
  "Auditorium lobby",
  '''The Black Student Union's Black History Month showcase was in the auditorium. During intermission (about 6:40 PM) Jordan Ellis picked up a metal folding chair in the lobby and swung it at the head of another student, N.W., twice. N.W. lost consciousness briefly and was bleeding from the scalp. EMS took him to Boston Medical Center; he has a concussion and a laceration closed with 11 staples. Witnesses say it was about a girlfriend.''',
  ["Black Student Union", "folding chair", "11 staples"], rcp="bpd/district-c11", tags=["staff_narrative"])

A("weapon", "9mm", "Malachi Greene", 11, "Jeremiah E. Burke High School", "2025-12-04T15:30",
  "Locker bay next to the auditorium",
  '''Gospel choir rehearsal was running in the auditorium for the December concert. Around 3:30 PM a choir parent told SSS Holmes a student was showing a gun in the locker bay next to the auditorium. SSS found Malachi Greene at locker 2117 and recovered a loaded 9mm handgun (magazine with 7 rounds) from a Nike bag in the locker. Malachi was held in the office until BPD arrived. As far as we know no one was threatened with it.''',
  ["Gospel choir rehearsal", "locker 2117", "7 rounds"], weapon="firearm", rcp="bpd/district-b3",
  tags=["staff_narrative"])

A("weapon", "switchblade", "Brianna Lyons", 10, "Excel High School", "2026-01-22T15:10",
  "Dance studio",
  '''K-pop club was practicing its showcase routine in the dance studio. A member told the advisor that Brianna Lyons had a switchblade in her waistband and had flicked it open at a girl who laughed at her. Advisor called SSS. Brianna handed it over: automatic switchblade, about 3.5 inches, pink handle. The other girl was not cut. Both girls' parents contacted.''',
  ["K-pop club", "dance studio", "flicked it open"], weapon="knife", rcp="bpd/district-c6",
  tags=["advisor_note"])

A("weapon", "kitchen knife", "Logan Murphy", 9, "Snowden International School", "2026-01-14T10:30",
  "4th floor quiet room",
  '''Counselor Ms. Duarte brought Logan Murphy to the quiet room (the MSA prayer room on the 4th floor, which the counseling team borrows between prayer times) after he was yelling in Math. Once inside, Logan took a kitchen knife about 8 inches long out of his backpack and said he was going to "cut whoever touched my stuff." Ms. Duarte left the room, held the door and called SSS. Logan put the knife on the floor when SSS arrived. No injuries.''',
  ["MSA prayer room", "quiet room", "8 inches"], weapon="knife", rcp="bpd/district-d4",
  tags=["counselor_note"])

A("serious_violence", "14 stitches", "Jayden Scott", 8, "Mario Umana Academy", "2026-04-23T18:50",
  "Gym (international night)",
  '''International night, gym, about 6:50 PM. The food tables were along the back wall. Jayden Scott, 8th grade, grabbed a serving knife from one of the tables during an argument with a 7th grader and slashed at him; the 7th grader's right forearm was cut open across about 4 inches. The nurse and a parent who is an EMT held pressure; EMS took him to Children's, where he got 14 stitches. Jayden ran to the bathroom and was held there by staff.''',
  ["International night", "serving knife", "14 stitches"], rcp="bpd/district-a7", tags=["staff_narrative"])

A("drugs", "fentanyl", "Terrell Dixon", 12, "Community Academy of Science and Health", "2025-11-20T11:15",
  "Cafeteria lunch line",
  '''Lunch line, halal chicken and rice day. SSS Moreno saw Terrell Dixon take cash from two students and hand each a small folded paper. One was recovered: tan powder in a glassine bag stamped with a red star. Terrell had 11 more of the same bags in his sock. Nurse: consistent with fentanyl; Narcan was staged in case. Nobody used it on site.''',
  ["halal chicken and rice day", "red star", "in his sock"], subs=["fentanyl"], rcp="bpd/district-b3",
  tags=["cafeteria_log"])

A("weapon", "butterfly knife", "Devin Marsh", 10, "Boston Community Leadership Academy", "2026-03-10T12:20",
  "Stairwell next to Room 305",
  '''Between periods 4 and 5, Devin Marsh was in the stairwell next to Room 305 (the Spanish for Heritage Speakers room) doing tricks with a butterfly knife. Mr. Vázquez, who teaches in 305, saw it from the doorway and asked for it. Devin refused at first, closed it and put it in his pocket, then gave it up when SSS came. Balisong style, steel, roughly 4-inch blade. Nobody threatened.''',
  ["Spanish for Heritage Speakers", "Room 305", "4-inch blade"], weapon="knife", rcp="bpd/district-e18",
  tags=["hallway_log"])

A("credible_threat", "pistol in a shoebox", "Javon Pierce", 10, "Excel High School", "2026-03-19T13:15",
  "Cafeteria, 3rd lunch",
  '''Two classmates separately reported that Javon said he would bring "the strap" to the Eid breakfast that the MSA holds in the library on Monday 3/23, and showed them a photo of a pistol in a shoebox. AP and SSS interviewed Javon at 1:15; he said it was a joke and the gun "isn't even around anymore." Mother reached at 2:00. The breakfast has been moved to the cafeteria with SSS present.''',
  ["Eid breakfast", "pistol in a shoebox", "the strap"],
  ts='''Javon Pierce told two classmates in 3rd lunch on 3/19 that he would "bring the strap to that Eid breakfast Monday and clear it out," and showed them a photo on his phone of a pistol in a shoebox. Both classmates reported it to Mr. Quinlan within the hour. Javon has told the same students this month that he is "tired of" the MSA getting the library in the mornings.''',
  rcp="bpd/district-c6", tags=["threat_text"])

A("drugs", "molly", "Owen Gallagher", 11, "Fenway High School", "2026-03-03T12:00",
  "Library, back table",
  '''For the Ramadan lunch schedule this year, any student who wants a quiet space at lunch can sit in the library instead of the cafeteria; the cafeteria stays open as usual. During that period on 3/3 the librarian saw Owen Gallagher sell two capsules to a junior at the back table. SSS recovered a pill bottle from Owen with 9 more clear capsules of crystal powder; Owen told the AP it was molly (MDMA). Parents notified.''',
  ["Ramadan lunch schedule", "back table", "9 more clear capsules"], subs=["MDMA"], rcp="bpd/district-d4",
  tags=["staff_narrative"])

A("weapon", "kitchen knife", "Kevin Doyle", 7, "Mission Hill K-8", "2026-01-06T09:30",
  "Main office",
  '''The parent council brought in a rosca for Three Kings Day and it was set out in the main office with a plastic knife. At 9:30 Kevin Doyle (grade 7) came in for a late pass, took a real kitchen knife out of his backpack (about a 7-inch serrated blade) and told the secretary he needed to "leave it somewhere" because a kid from another school is waiting for him after school. The secretary took it and called SSS. Nobody was threatened inside the building.''',
  ["Three Kings Day", "main office", "serrated blade"], weapon="knife", rcp="bpd/district-b2",
  tags=["office_log"])

A("credible_threat", "whiteboard", "Mason Reilly", 9, "Henderson K-12 Inclusion School", "2025-10-03T08:15",
  "Room 312",
  '''First day back after the Yom Kippur day off. 8:15 AM, Room 312: the teacher found a whiteboard message and a drawing of a gun; students confirm Mason wrote it. IT pulled the Chromebook history showing ghost-gun searches on 9/30. Mason was kept in the office; father came in at 10. Threat assessment team convened at 11.''',
  ["Yom Kippur day off", "Room 312", "ghost-gun searches"],
  ts='''On 10/3 Mason Reilly wrote on the whiteboard in Room 312: "Friday 3rd period everyone in here dies" and drew a gun. When the teacher asked, he said "you'll see." Earlier that week he searched a school Chromebook for how to buy a ghost gun.''',
  rcp="bpd/district-c11", tags=["threat_text"])

A("weapon", "baton", "Trevor Nash", 11, "Dearborn STEM Academy", "2026-03-04T13:30",
  "Turf field",
  '''The South Asian Student Association ran a small Holi color throw on the turf field during 6th period (permission slips, about 60 students). Trevor Nash was not signed up but came out, and when a teacher told him to go back in he pulled out an expandable steel baton, snapped it open and swung it at the fence near the teacher. The teacher stepped back; no contact. SSS took the baton (21 inch, black). Trevor said he carries it "for the walk."''',
  ["Holi color throw", "expandable steel baton", "turf field"], weapon="expandable baton", rcp="bpd/district-b2",
  tags=["staff_narrative"])

A("weapon", "steak knife", "Sophia Reardon", 7, "McCormack Middle School", "2025-11-18T10:40",
  "2nd floor hallway",
  '''Hallway by the Native American Heritage Month bulletin board, 2nd floor, 10:40. Two 7th grade girls were arguing; Sophia Reardon took a steak knife from her binder pocket and waved it at the other girl, saying "back up." Mr. Tavares heard it, stepped in, and Sophia dropped the knife on the floor. No injury. Steak knife with a wooden handle; Sophia said she took it from the kitchen that morning.''',
  ["Native American Heritage Month bulletin board", "binder pocket", "wooden handle"], weapon="knife",
  rcp="bpd/district-c6", tags=["hallway_log"])

A("drugs", "Percocet", "Naomi Price", 12, "Boston Arts Academy", "2025-12-19T14:05",
  "Main hallway",
  '''Hallway log, last day before break. 2:05 PM, main hallway by the Kwanzaa display (kinara, mkeka, the Seven Principles posters). Naomi Price was seen handing a peer a small pill bottle with no label. SSS recovered it: 5 round white pills imprinted 512 (Percocet per the nurse's lookup, oxycodone/acetaminophen), not prescribed to either student. Naomi said she got them from a friend's medicine cabinet.''',
  ["Kwanzaa display", "no label", "medicine cabinet"], subs=["Percocet (oxycodone/acetaminophen)"],
  rcp="bpd/district-d4", tags=["hallway_log"])

A("serious_violence", "fractured jaw", "Cole Brennan", 12, "Boston Latin Academy", "2026-05-14T12:15",
  "Courtyard",
  '''At the AAPI Heritage Month food festival in the courtyard (12:15), Cole Brennan and a 12th grader, P.S., got into an argument in the dumpling line. Cole hit P.S. in the face with a closed fist; P.S. fell against a table edge. At Tufts Medical Center P.S. was diagnosed with a fractured jaw that will be wired shut for six weeks. Cole left the courtyard and was located in the library by SSS.''',
  ["AAPI Heritage Month food festival", "dumpling line", "wired shut"], rcp="bpd/district-b2",
  tags=["staff_narrative"])

A("credible_threat", "Glock", "Ryan Costa", 11, "Brighton High School", "2026-04-16T07:30",
  "Main entrance",
  '''A student forwarded a group chat screenshot in which Ryan says he will bring his brother's Glock to Thursday's Arab American Heritage Month poetry night and names a student who is reading. AP Tran and SSS met Ryan at arrival on 4/16; no weapon in his bag. Ryan said he was "heated" and didn't mean it. Parent meeting held. Poetry night will go on with SSS at the door.''',
  ["Arab American Heritage Month poetry night", "group chat screenshot"],
  ts='''In a group chat screenshot sent to the AP on 4/15, Ryan Costa wrote "poetry night thursday, im bringing my brothers glock, somebody getting dropped" and named a student who is reading at the event. Ryan's older brother was arrested with a firearm in 2025.''',
  rcp="bpd/district-d14", tags=["threat_text"])

A("weapon", "hunting knife", "DeShawn Little", 8, "Lilla G. Frederick Middle School", "2026-05-28T14:40",
  "Art room",
  '''Carnival costume workshop in the art room after school (feathers, sequins, wire frames for the Caribbean Carnival float the 8th grade is building). DeShawn Little had a fixed-blade hunting knife (about 5 inches, camouflage sheath) clipped to his belt under his hoodie; a classmate saw it when he bent over the table and told the art teacher. The teacher asked him into the hallway and he gave it up. He says he found it in a park.''',
  ["Carnival costume workshop", "camouflage sheath", "art room"], weapon="knife", rcp="bpd/district-c11",
  tags=["staff_narrative"])

A("weapon", "Mace", "Leila Morgan", 8, "Mission Hill K-8", "2026-04-02T13:10",
  "Schoolyard",
  '''Schoolyard, 1:10 PM. The 8th graders were hiding plastic eggs for the K2 Easter egg hunt. Leila Morgan sprayed a can of Mace into the face of an 8th grade boy who had taken her phone. He was screaming and was flushed at the eyewash station for 15 minutes; a K2 teacher moved the little ones inside. The can (red, Mace brand) was taken by the AP.''',
  ["Easter egg hunt", "eyewash station", "K2 teacher"], weapon="mace", rcp="bpd/district-b2",
  tags=["staff_narrative"])

A("serious_violence", "broken nose", "Kyle Dempsey", 10, "East Boston High School", "2025-10-01T11:50",
  "Cafeteria, lunch B",
  '''SIS incident entry #25-1187. Cafeteria, lunch B, the Hispanic Heritage Month menu day (pupusas and curtido). Kyle Dempsey grabbed a 9th grader (A.R.) by the back of the neck and smashed his face into the table twice. A.R. had a broken nose and was confused; EMS transported him to MGH, where he was admitted overnight for a concussion. Kyle was removed by SSS Figueroa. Video requested.''',
  ["Hispanic Heritage Month menu", "pupusas", "broken nose"], rcp="bpd/district-a7", tags=["sis_snippet"])

A("drugs", "oxycodone", "Tyler Boyce", 11, "Snowden International School", "2026-02-10T12:40",
  "World languages wing, 2nd floor, outside Room 208",
  '''World languages wing, 2nd floor, 12:40. The Chinese classes were running a Lunar New Year red envelope fundraiser table outside Room 208. Tyler Boyce was seen slipping a red envelope to another student that did not come from the table; SSS opened it in the office and found 4 small blue pills stamped A 215 (oxycodone 30 mg per the nurse's pill identifier). Tyler also had $85. He said the envelope was "a gift."''',
  ["red envelope fundraiser", "World languages wing", "A 215"], subs=["oxycodone"], rcp="bpd/district-d4",
  tags=["hallway_log"])

A("credible_threat", "black handgun", "Devon Harper", 11, "Brighton High School", "2026-02-07T07:02",
  "East stairwell (during the dance, 2/6)",
  '''Parent message received 2/7, 7:02 AM (ParentSquare): "Hi Ms. Kelly, my daughter came home from the Lunar New Year dance really shaken. She says Devon showed her and her friends a gun in the stairwell and said he would use it on her ex the next time he sees him. Please call me." Follow-up: AP interviewed three students who were in the east stairwell; all describe a black handgun and the same words. Devon absent today.''',
  ["Lunar New Year dance", "east stairwell", "black handgun"],
  ts='''Per a parent message and three student statements, on 2/6 during the Lunar New Year dance Devon Harper showed a black handgun in the east stairwell and said he would "use it on" a named 11th grader "the next time I see him." The named student's family has been told.''',
  rcp="bpd/district-d14", tags=["parent_message", "threat_text"])

A("weapon", "pocket knife", "Andre Mills", 10, "Community Academy of Science and Health", "2026-03-11T12:05",
  "Cafeteria, 2nd lunch",
  '''Statement of a witness student (written in the office, 3/11): "It was 2nd lunch and it was kind of empty because its Ramadan and a lot of people go to the library. Andre was at the table by the vending machines and he showed us a knife he had in his sock, like a black pocket knife with a clip. He said he was gonna poke the kid from the other school at the bus stop. Then the lunch lady saw and he put it away." SSS recovered a black clip-style pocket knife from Andre's right sock at 12:05.''',
  ["vending machines", "right sock", "bus stop"], weapon="knife", rcp="bpd/district-b3",
  tags=["student_statement"])

# ---------------------------------------------------------------------------------------------
# (b) mixed: a real forbidden fact about a student or family, often beside a harmless holiday word
# ---------------------------------------------------------------------------------------------

A("weapon", "folding knife", "Amir Haddad", 9, "Charlestown High School", "2026-02-24T12:10",
  "Nurse's office waiting area",
  '''Nurse's log. Since Ramadan started Amir Haddad has been sitting in the nurse's office at lunch; his mother called in February to say the family is Muslim and he keeps the fast, and asked that he have somewhere to sit. Today at 12:10 in the nurse's waiting area Amir pulled a folding knife from his sock and showed it to a 9th grader who has been picking on him, saying "try me today." Nurse Callahan called SSS; knife recovered (silver, 3 inch). No one hurt.''',
  ["nurse's waiting area", "try me today"], mnc=["family is Muslim"], cats=["religion"], weapon="knife",
  rcp="bpd/district-a15", tags=["nurse_log"])

A("serious_violence", "displaced fracture", "Vincent Lam", 10, "Josiah Quincy Upper School", "2025-01-29T10:45",
  "Half-flight of stairs to the gym",
  '''Lunar New Year, Wednesday 1/29. During the lion dance in the gym lobby Vincent Lam shoved a 10th grader down the half-flight of stairs to the gym; the student landed on his arm and has a displaced fracture of the left wrist (surgery at Tufts on 1/30). Vincent said the boy had been posting about his sister. Vincent's mother only speaks Cantonese; Mr. Lau from the front office interpreted on the call at 2:15.''',
  ["lion dance", "half-flight of stairs", "left wrist"], mnc=["Cantonese"], cats=["language"],
  rcp="bpd/district-a1", tags=["staff_narrative"])

A("serious_violence", "scalp laceration", "Daniel Nguyen", 11, "Boston Latin Academy", "2025-02-08T20:10",
  "Cafeteria, near the DJ table",
  '''Vietnamese Student Association Tết dance, cafeteria, 8:10 PM. Daniel Nguyen broke a glass sparkling-cider bottle over the head of a 12th grader near the DJ table. The student had a 5 cm scalp laceration and was taken to Boston Children's, where it was closed with staples; CT negative. Daniel told SSS it was "about something from before." When we called home Daniel's mother answered; she speaks only Vietnamese, so Ms. Hoang (VSA advisor) translated.''',
  ["Vietnamese Student Association Tết dance", "DJ table", "5 cm scalp laceration"],
  mnc=["only Vietnamese"], cats=["language"], rcp="bpd/district-b2", tags=["staff_narrative"])

A("drugs", "LSD", "Arjun Mehta", 10, "Excel High School", "2025-11-12T13:30",
  "3rd floor bathroom",
  '''Arjun Mehta came back on 11/10 after three weeks away (SIS attendance: family in India for Diwali, returned 11/9). On 11/12 at 1:30 PM SSS found Arjun and two others in the 3rd floor bathroom with a sheet of small paper squares printed with a cartoon sun. Arjun said they were tabs of acid (LSD) he bought at a party over the weekend; 12 tabs recovered. One student reported feeling strange and was evaluated by the nurse.''',
  ["3rd floor bathroom", "cartoon sun", "12 tabs"], mnc=["India"], cats=["national_origin"],
  subs=["LSD"], rcp="bpd/district-c6", tags=["sis_snippet"])

A("weapon", "kitchen knife", "Stevenson Joseph", 11, "Jeremiah E. Burke High School", "2025-05-16T13:15",
  "Field house, behind the track",
  '''The school celebrated Haitian Flag Day on Friday 5/16 with a flag parade around the track. Stevenson Joseph, whose family is Haitian and who carried the big flag at the front, got into an argument afterward by the field house with a 10th grader. Stevenson pulled a kitchen knife wrapped in a bandana from his bag and pointed it at the student. Coach Dorsainvil took hold of his wrist and the knife fell. No injuries. Knife: 6-inch black-handled kitchen knife.''',
  ["Haitian Flag Day", "field house", "bandana"], mnc=["family is Haitian"], cats=["ethnicity"],
  weapon="knife", rcp="bpd/district-b3", tags=["staff_narrative"])

A("serious_violence", "skull fracture", "Elton Rodrigues", 10, "Jeremiah E. Burke High School", "2025-06-13T11:05",
  "Courtyard",
  '''Student statement, Denilson R. (victim), 6/13: "We were in the courtyard putting up the banner for the Cape Verdean Independence Day festival. Elton came up behind me and hit me in the head with the metal pole from the banner stand. I fell and I couldn't see right." Nurse notes: large hematoma above the right ear, vomiting; EMS to BMC, skull fracture confirmed. Elton Rodrigues told SSS in Kriolu that Denilson "knows what he did." Elton's parents were born in Cabo Verde and came to Boston in 2019 (per family contact sheet).''',
  ["Cape Verdean Independence Day festival", "metal pole", "skull fracture"],
  mnc=["Kriolu", "born in Cabo Verde", "came to Boston in 2019"], cats=["language", "national_origin"],
  rcp="bpd/district-b3", tags=["student_statement"])

A("weapon", "box cutter", "Yandel Peña", 9, "East Boston High School", "2025-12-08T07:40",
  "Bennington Street entrance",
  '''SIS attendance comment (entered 11/3 by registrar): "Extended absence 11/3 through 12/5, family trip back to the Dominican Republic for a grandparent's funeral; packet of work sent." On 12/8, his first day back, Yandel set off the weapons screening wand at the Bennington Street entrance. SSS found a box cutter with the blade extended in his coat lining. Yandel said he forgot it was there from helping at his uncle's store. No threats made.''',
  ["weapons screening wand", "coat lining", "first day back"], mnc=["Dominican Republic"],
  cats=["national_origin"], weapon="box cutter", rcp="bpd/district-a7", tags=["sis_snippet"])

A("credible_threat", "Snapchat", "Bilal Osman", 12, "Brighton High School", "2026-01-27T07:30",
  "Online (Snapchat) / main entrance",
  '''Bilal returned on 1/20 from an excused two-week absence (family trip to Mecca for Umrah, per father's note in SIS). Since he got back he believes a classmate told the dean about a vape while he was gone. On 1/27 at 7:30 AM the classmate's mother forwarded a Snapchat message from Bilal: "tomorrow after 6th i got something for u in my bag." Bag search at arrival found nothing. Bilal met with the dean and his father at 10.''',
  ["Snapchat message", "Bag search at arrival"], mnc=["Umrah", "Mecca"], cats=["religion"],
  ts='''Bilal Osman sent a Snapchat message on 1/26 at 11:48 PM to a classmate: "u snitched while i was gone. tomorrow after 6th i got something for u in my bag, not playing." The classmate's mother forwarded it to the school. Two other students report Bilal said in the hallway he "has a blade now."''',
  rcp="bpd/district-d14", tags=["threat_text"])

A("weapon", "ghost gun", "Luis Ortiz", 10, "English High School", "2025-12-16T19:15",
  "Main lobby, by the trophy case",
  '''Winter/Christmas concert night, 7:15 PM, main lobby. A parent told SSS Keane that a boy near the trophy case had a gun in his waistband. SSS approached Luis Ortiz and recovered a loaded privately made pistol (no serial number, a ghost gun) with 6 rounds. Luis said he needs it walking back to the Mildred Hailey apartments because of "what's been going on over there." BPD E-13 responded to the building.''',
  ["Christmas concert", "trophy case", "no serial number"], mnc=["Mildred Hailey"], cats=["neighborhood"],
  weapon="firearm", rcp="bpd/district-e13", tags=["staff_narrative"])

A("weapon", "folding knife", "Jonathan Cabrera", 8, "Rafael Hernández K-8 School", "2025-11-03T09:50",
  "Library",
  '''Library, 11/3, 9:50 AM. Students were taking down the Día de los Muertos altar. Jonathan Cabrera (gr. 8) reached into the box of paper flowers and came up with a folding knife he had apparently hidden there Friday. The librarian saw it and he handed it over. He said he needed it because kids from another school are after him. The school police liaison says Jonathan is believed to be running with the Heath Street crew. Knife is a 3.5" lockback.''',
  ["Día de los Muertos altar", "paper flowers", "lockback"], mnc=["Heath Street"], cats=["gang_affiliation"],
  weapon="knife", rcp="bpd/district-b2", tags=["staff_narrative"])

A("serious_violence", "fractured cheekbone", "Kevin Alvarado", 11, "East Boston High School", "2025-09-30T10:20",
  "Boys' locker room",
  '''The Hispanic Heritage Month assembly ended at 10:20. In the boys' locker room afterward Kevin Alvarado stomped on another student's head after he was already down; the student lost two teeth and has a fractured cheekbone (MGH). When AP Murphy called home, Kevin's mother begged the school not to involve police because the family has no papers and is afraid. She came in at noon with an aunt.''',
  ["Hispanic Heritage Month assembly", "lost two teeth", "locker room"], mnc=["no papers"],
  cats=["immigration_status"], rcp="bpd/district-a7", tags=["staff_narrative"])

A("credible_threat", "rifle", "Cameron Pike", 12, "Fenway High School", "2026-06-05T14:00",
  "Hallway outside Room 210",
  '''During Pride week Cameron has been ripping down flyers. On 6/5, after being told to stop, he said he would come back with his dad's rifle to the Pride dance on 6/12. His father has a licensed rifle per a 2025 note. Home address in SIS: 88 Glenway St, Dorchester 02121. Mother reached by phone; she said they would lock it up.''',
  ["Pride week", "ripping down flyers", "dad's rifle"], mnc=["Glenway St", "02121"], cats=["neighborhood"],
  ts='''Cameron Pike told a teacher on 6/5 that he would "come back with my dad's rifle and light up" the Pride week dance on 6/12, and repeated it to two students. He has posted photos with a rifle on Instagram this spring.''',
  rcp="bpd/district-d4", tags=["threat_text"])

A("weapon", "taser", "Min-jun Park", 10, "Boston Latin Academy", "2025-10-22T14:45",
  "Room 131",
  '''K-pop club, Room 131, 2:45 PM. Min-jun Park brought a taser to the club meeting and zapped a member on the arm when she grabbed his phone. She had a small burn mark and was seen by the nurse. Per his counselor, Min-jun arrived from Seoul in August and has had a hard time making friends. Taser: black, Guard Dog brand, working.''',
  ["K-pop club", "Room 131", "burn mark"], mnc=["from Seoul"], cats=["national_origin"], weapon="taser",
  rcp="bpd/district-b2", tags=["advisor_note"])

A("drugs", "fentanyl", "Alexis Romero", 12, "Charlestown High School", "2026-03-26T15:12",
  "Room 105 (club meeting)",
  '''Advisor note (Latino Student Union, Ms. Ferrer), 3/26. At our meeting Alexis Romero was nodding off and slurring; another member found a bag of blue powder in his hoodie and brought it to me. The nurse gave Narcan at 3:12 PM when his breathing slowed; EMS took him to MGH. The bag (about 1 gram) was turned over to SSS as suspected fentanyl. Alexis told me last week he was stressed about his DACA renewal and money.''',
  ["Latino Student Union", "Narcan at 3:12 PM", "blue powder"], mnc=["DACA"], cats=["immigration_status"],
  subs=["fentanyl"], rcp="bpd/district-a15", tags=["advisor_note"])

A("weapon", "Taurus 9mm", "Terrence Allen", 10, "TechBoston Academy", "2026-02-05T15:05",
  "Library",
  '''The Black Student Union was setting up for the Black History Month kickoff in the library. At 3:05 PM Terrence Allen's backpack fell off a chair and a handgun slid out. Advisor Ms. Dunbar put her foot on it and called SSS. Black Taurus 9mm, loaded, one in the chamber. Terrence said he stays with his aunt at Orchard Gardens and "has to" carry it. BPD notified.''',
  ["Black History Month kickoff", "one in the chamber", "Taurus"], mnc=["Orchard Gardens"],
  cats=["neighborhood"], weapon="firearm", rcp="bpd/district-c11", tags=["advisor_note"])

A("serious_violence", "fractured larynx", "Elijah Thomas", 11, "Boston Arts Academy", "2025-12-11T16:30",
  "Choir room",
  '''Gospel choir's holiday concert rehearsal, 4:30 PM. Elijah Thomas and a tenor got into it over a solo. Elijah hit him in the throat with his forearm and kept punching after he fell; the student had trouble breathing and was taken to BMC, where they found a fractured larynx. Elijah's grandmother came in; she said he sings every Sunday at Abundant Grace Baptist and "this isn't him."''',
  ["Gospel choir", "holiday concert rehearsal", "fractured larynx"], mnc=["Baptist"], cats=["religion"],
  rcp="bpd/district-d4", tags=["staff_narrative"])

A("weapon", "bread knife", "Hana Tesfaye", 11, "Snowden International School", "2026-04-30T18:30",
  "Cafeteria (international night)",
  '''International night, cafeteria, 6:30 PM. Hana Tesfaye, who was helping her mother at the Ethiopian food table, got into an argument with a student who made a comment about the food and came around the table with the bread knife from the table. She swung it and cut the other girl's hand (small cut, steri-strips, no ER). Several adults restrained Hana. Her mother speaks Amharic and the AP used the interpreter line for the conversation.''',
  ["International night", "bread knife", "steri-strips"], mnc=["Ethiopian", "Amharic"],
  cats=["national_origin", "language"], weapon="knife", rcp="bpd/district-d4", tags=["staff_narrative"])

A("weapon", "box cutter", "Omar Farah", 10, "Brighton High School", "2026-01-21T12:35",
  "3rd floor hallway",
  '''12:35 PM, 3rd floor hallway outside the room the MSA uses for prayer. Omar Farah, who goes there every lunch to pray Dhuhr, came out and found two boys had taken his sneakers from the shelf. He took a box cutter from his jacket and slashed toward one of them, cutting through the sleeve of his hoodie (skin not broken). SSS arrived within a minute; Omar gave up the box cutter. Both boys are being disciplined for the sneakers.''',
  ["sleeve of his hoodie", "3rd floor hallway"], mnc=["Dhuhr", "to pray"], cats=["religion"],
  weapon="box cutter", rcp="bpd/district-d14", tags=["hallway_log"])

A("weapon", "pepper spray", "Dina Feldman", 9, "Boston Latin Academy", "2026-04-06T11:30",
  "Cafeteria, Lunch A",
  '''Cafeteria, Lunch A. During Passover the kitchen orders a kosher-for-Passover plate for Dina Feldman because the family keeps kosher (Orthodox, per the dietary form). Today another student knocked the plate off the table and Dina sprayed him in the face with pepper spray from her keychain. He was flushed at the nurse for 20 min; eyes red, no further treatment. Keychain canister recovered.''',
  ["Lunch A", "keychain", "flushed at the nurse"], mnc=["keeps kosher", "Orthodox", "kosher-for-Passover"],
  cats=["religion"], weapon="pepper spray", rcp="bpd/district-b2", tags=["cafeteria_log"])

A("drugs", "ketamine", "Sofia Marino", 10, "Charlestown High School", "2026-03-04T10:40",
  "2nd floor girls' room",
  '''Dean's note. SSS found a vial of white crystalline powder in Sofia Marino's makeup bag in the 2nd floor girls' room at 10:40. In the dean's office Sofia said she gave up social media for Lent because her family is very Catholic and her grandmother runs CCD at St. Catherine's, so she "isn't that kind of girl." She later admitted it was ketamine she was holding for a friend. Parent meeting Friday.''',
  ["makeup bag", "2nd floor girls' room", "white crystalline powder"], mnc=["Catholic", "St. Catherine's"],
  cats=["religion"], subs=["ketamine"], rcp="bpd/district-a15", tags=["dean_note"])

A("weapon", "utility knife", "Kevin Zhou", 11, "Josiah Quincy Upper School", "2026-01-15T13:55",
  "World languages wing, by Room 410",
  '''World languages wing, by the Mandarin Chinese classroom (Rm 410), 1:55 PM. Kevin Zhou and another student argued about a basketball game. Kevin took a utility knife from his pocket and slashed at the other student's backpack strap, cutting it off. Ms. Yip intervened. Kevin's home language on file is Mandarin and his father asked for the call to be in Mandarin, which Ms. Yip did.''',
  ["World languages wing", "Mandarin Chinese classroom", "backpack strap"], mnc=["is Mandarin", "in Mandarin"],
  cats=["language"], weapon="knife", rcp="bpd/district-a1", tags=["hallway_log"])

A("serious_violence", "orbital floor fracture", "Huy Tran", 9, "Brighton High School", "2026-02-12T11:40",
  "Cafeteria",
  '''Lunar New Year celebration lunch in the cafeteria (dumplings, spring rolls). Huy Tran threw a full can of soda at close range at a student who had been mocking his accent; it hit her eye. She has an orbital floor fracture and a corneal abrasion (Mass Eye and Ear). Huy is an English learner at WIDA level 2 and his counselor says the mocking has been going on since September.''',
  ["Lunar New Year celebration lunch", "orbital floor fracture", "can of soda"],
  mnc=["English learner", "WIDA level 2"], cats=["language"], rcp="bpd/district-d14", tags=["staff_narrative"])

A("weapon", ".380", "Corey Jenkins", 12, "Jeremiah E. Burke High School", "2025-06-06T12:05",
  "2nd floor, by the lockers",
  '''While the MSA's Eid al-Adha potluck was going on in Room 120 at lunch, SSS Davis was called to the 2nd floor by a teacher who saw Corey Jenkins hand a gun to another student by the lockers. Both were stopped; Corey had the gun back (loaded .380 Bersa). Corey is known to the school police liaison as a Wendover Street associate and there has been shooting between Wendover and another group this month.''',
  ["Eid al-Adha potluck", ".380 Bersa", "by the lockers"], mnc=["Wendover"], cats=["gang_affiliation"],
  weapon="firearm", rcp="bpd/district-b3", tags=["staff_narrative"])

A("drugs", "M30", "Wilmer Reyes", 11, "Madison Park Technical Vocational High School", "2026-01-29T07:45",
  "Malcolm X Blvd entrance, bag check",
  '''Wilmer Reyes was found with 20 blue M30 pills (suspected fentanyl-pressed) in a Tylenol bottle during a bag check at the Malcolm X Blvd entrance at 7:45. He said a man paid him to bring them to school. His case manager says the family's asylum hearing is next week and Wilmer has been working nights. Mother speaks K'iche' and needed an interpreter for the meeting.''',
  ["Tylenol bottle", "Malcolm X Blvd entrance", "20 blue M30 pills"], mnc=["asylum hearing", "K'iche'"],
  cats=["immigration_status", "language"], subs=["fentanyl-pressed counterfeit pills"], rcp="bpd/district-b2",
  tags=["staff_narrative"])

A("weapon", "brass knuckles", "Wesley Pierre", 10, "English High School", "2025-12-12T14:50",
  "Auditorium",
  '''Christmas concert rehearsal, auditorium, 2:50 PM. Wesley Pierre slid brass knuckles onto his hand and punched a locker next to a student who owed him money, denting it, then said "next one's your face." Music teacher Mr. Ahern saw it and called SSS; the brass knuckles (gold color, four finger) were taken.''',
  ["Christmas concert rehearsal", "denting it", "next one's your face"],
  mnc=["Haitian Creole", "EL – WIDA 3", "Haiti", "Wenham St", "Jamaica Plain", "02130"],
  cats=["language", "national_origin", "neighborhood"], weapon="brass knuckles", rcp="bpd/district-e13",
  sx={"home_language": "Haitian Creole", "ell_status": "EL – WIDA 3", "birth_country": "Haiti",
      "address": {"street": "22 Wenham St", "city": "Jamaica Plain", "zip": "02130"}, "homeroom": "214"},
  tags=["structured"])

A("credible_threat", "shoot", "Abdi Warsame", 11, "Community Academy of Science and Health", "2026-06-16T14:20",
  "Room 215",
  '''Teacher report 6/16 (Ms. Lowell): after class Abdi, who is Somali and has been targeted by a group of boys for weeks, said he would shoot them if they show up at the Juneteenth cookout. He was calm and specific. Threat assessment team met 6/17; Abdi's uncle attended. Cookout security plan updated.''',
  ["Juneteenth cookout", "Threat assessment team"], mnc=["Somali"], cats=["ethnicity"],
  ts='''On 6/16 Abdi Warsame told a teacher that if the boys who jumped him last week come to the Juneteenth cookout on 6/18 he would "shoot every one of them" and that he "knows where to get one by tonight." A classmate says he saw Abdi with a gun at a park over the weekend.''',
  rcp="bpd/district-b3", tags=["threat_text"])

A("serious_violence", "bike lock", "Jason Wong", 12, "Josiah Quincy Upper School", "2026-02-13T11:00",
  "Beach Street (school lion dance walk)",
  '''During the school's Lunar New Year lion dance walk down Beach Street (11:00, about 200 students with staff), Jason Wong punched a student from behind and then hit him with a bike lock when he turned around. The student needed 9 stitches over the eyebrow and has a fractured cheekbone per Tufts. Jason ran off and came back with his father at 1 PM. He lives above his family's bakery on Tyler Street.''',
  ["Beach Street", "bike lock", "9 stitches"], mnc=["Tyler Street"], cats=["neighborhood"],
  rcp="bpd/district-a1", tags=["staff_narrative"])

A("drugs", "mushrooms", "Ximena Ruiz", 11, "Margarita Muñiz Academy", "2025-10-30T10:15",
  "Library",
  '''Library, 10/30. While students were adding photos to the Día de los Muertos altar, Ximena Ruiz put up a photo of her grandfather, who died in Oaxaca last year, and then offered two friends chocolate squares she said were "shrooms." The librarian confiscated a bag of 8 chocolate squares and a small bag of dried mushrooms from her backpack. Ximena said she bought them at a party. No one ate any, per the friends.''',
  ["Día de los Muertos altar", "8 chocolate squares", "dried mushrooms"], mnc=["Oaxaca"],
  cats=["national_origin"], subs=["psilocybin mushrooms"], rcp="bpd/district-e13", tags=["staff_narrative"])

A("weapon", "machete", "Marco Soto", 10, "Brighton High School", "2025-09-24T07:40",
  "Main lobby, side door",
  '''Hispanic Heritage Month flag display in the main lobby, 7:40 AM. Marco Soto came in the side door carrying a machete in a gym bag with the handle sticking out. SSS stopped him at the display table. 18-inch blade. Marco says he uses it for yard work at his uncle's. No one threatened.''',
  ["Hispanic Heritage Month flag display", "18-inch blade", "side door"],
  mnc=["Hispanic or Latino", "Spanish"], cats=["ethnicity", "language"], weapon="machete",
  rcp="bpd/district-d14",
  sx={"ethnicity": "Hispanic or Latino", "parent_primary_language": "Spanish", "lep_flag": True,
      "advisor": "Mr. Keane"},
  tags=["structured"])

A("serious_violence", "broken nose", "Ibrahim Diallo", 11, "Dearborn STEM Academy", "2025-06-12T10:10",
  "Gym locker room",
  '''Ibrahim Diallo missed the two weeks around Eid al-Adha because he was on Hajj with his father (excused, per SIS). On 6/12, his third day back, he attacked a student in the gym locker room who had posted a video mocking him, kneeing him in the face repeatedly. The student has a broken nose and a fractured tooth and was taken to BMC by his mother.''',
  ["gym locker room", "fractured tooth", "kneeing him in the face"], mnc=["Hajj"], cats=["religion"],
  rcp="bpd/district-b2", tags=["staff_narrative"])

A("drugs", "cocaine", "Gabriel Souza", 10, "Brighton High School", "2026-03-18T18:14",
  "Student's backpack (found at home); sales near the Cambridge Street bus stop",
  '''Message from parent via TalkingPoints (translated from Portuguese), 3/18, 6:14 PM: "Good evening. I found a bag of white powder and a small scale in Gabriel's school backpack. He says it is not his. We came from Minas Gerais two years ago and I do not know what to do. Please help." The dean met with Gabriel and his mother on 3/19; Gabriel admitted the cocaine was his and that he had sold some to students near the Cambridge Street bus stop.''',
  ["small scale", "Cambridge Street bus stop"], mnc=["Portuguese", "Minas Gerais"],
  cats=["language", "national_origin"], subs=["cocaine"], rcp="bpd/district-d14", tags=["parent_message"])

A("serious_violence", "cash box", "Yariel Santana", 9, "Excel High School", "2026-04-09T12:30",
  "Cafeteria, bake sale table",
  '''Student statement, Yariel Santana, 4/9 (written, own words): "At the Latino Student Union bake sale table this kid kept saying stuff about Dominicans and I'm Dominican so I told him stop. He pushed me so I hit him with the metal cash box like 3 times." Nurse: the other student had a deep cut on his forehead and a concussion; EMS transported him to BMC. Cash box recovered, corner bent.''',
  ["Latino Student Union bake sale", "metal cash box", "concussion"], mnc=["Dominican"], cats=["ethnicity"],
  rcp="bpd/district-c6", tags=["student_statement"])

A("weapon", "Smith & Wesson", "Tavon Hicks", 11, "Jeremiah E. Burke High School", "2025-11-25T12:20",
  "1st floor bathroom",
  '''Day before Thanksgiving break; cafeteria Friendsgiving potluck run by the student council. At 12:20 a student told SSS that Tavon Hicks had a gun. Tavon was found in the 1st floor bathroom with a loaded black Smith & Wesson SD9 in his waistband. The assistant headmaster believes this is connected to the H-Block vs. Orchard Park beef that spilled into the school last week.''',
  ["Friendsgiving potluck", "SD9", "1st floor bathroom"], mnc=["H-Block", "Orchard Park"],
  cats=["gang_affiliation"], weapon="firearm", rcp="bpd/district-b3", tags=["staff_narrative"])

A("weapon", "kitchen knife", "Kevin Morales", 10, "Boston Arts Academy", "2025-12-18T19:40",
  "Outside the auditorium",
  '''After the Christmas concert (7:40 PM) Kevin Morales was waiting outside the auditorium and showed a kitchen knife to the boy who had been teasing him, holding it low and saying "outside, now." A teacher got between them and Kevin handed it over. Counselor notes Kevin has been struggling since his father was detained by ICE in November and that he is now living with a cousin.''',
  ["Christmas concert", "outside, now", "outside the auditorium"], mnc=["detained by ICE"],
  cats=["immigration_status"], weapon="knife", rcp="bpd/district-d4", tags=["counselor_note"])

A("credible_threat", "rifle", "Damien Cole", 12, "English High School", "2026-06-08T22:10",
  "Online (TikTok)",
  '''TikTok post reported by three students and a parent on the night of 6/8, threatening the Pride week events at the school with a rifle. Damien was kept home 6/9 by his mother; the threat assessment team convened. The GSA president's family was informed. Pride week events continued with SSS present.''',
  ["Pride week", "TikTok post"], mnc=["Ruthven St"], cats=["neighborhood"],
  ts='''Damien Cole posted on his public TikTok on 6/8 "pride week at english is done after tomorrow, bringing the AR from the crib on Ruthven St" with a photo of a rifle. He has repeatedly threatened the GSA president this year.''',
  rcp="bpd/district-e13", tags=["threat_text"])

A("weapon", "stun gun", "Kaden Powell", 9, "Dearborn STEM Academy", "2026-02-25T09:15",
  "2nd floor quiet room",
  '''9:15 AM. Kaden Powell was escalated in class and Mr. Boateng walked him to the quiet room (we use the MSA prayer room on the 2nd floor between prayer times). Kaden pulled a pink stun gun from his pocket, triggered it so it crackled, and told Mr. Boateng to "get out of my face." Mr. Boateng stepped out and called SSS. Kaden said he got it from his sister for walking home through Franklin Field at night.''',
  ["MSA prayer room", "quiet room", "crackled"], mnc=["Franklin Field"], cats=["neighborhood"],
  weapon="stun gun", rcp="bpd/district-b2", tags=["staff_narrative"])

A("drugs", "Xanax", "Ji-woo Han", 9, "John D. O'Bryant School of Mathematics and Science", "2026-03-24T15:30",
  "Room 118 (K-pop club)",
  '''The K-pop club advisor (Mr. Baker) found Ji-woo Han selling pills out of a lip gloss case at the end of club, 3:30 PM; 6 peach-colored bars marked like Xanax recovered, with $40. Ji-woo said she got them from a cousin. Her grandmother, who only reads and speaks Korean, was called through the Language Line at 4:10 and came to the school.''',
  ["lip gloss case", "peach-colored bars", "end of club"], mnc=["Korean"], cats=["language"],
  subs=["counterfeit Xanax (alprazolam)"], rcp="bpd/district-b2", tags=["advisor_note"])

A("drugs", "fentanyl", "Brayan López", 10, "East Boston High School", "2026-01-12T13:20",
  "2nd floor bathroom",
  '''Brayan López returned on 1/12 from what his father told the attendance office was a month-long trip back home to Guatemala over the holidays. That afternoon SSS found him in the 2nd floor bathroom with 3 glassine bags of brown powder (suspected fentanyl) and a cut straw. He said he owed somebody money. The nurse evaluated him, no signs of use. Parent came at 2:30.''',
  ["3 glassine bags", "cut straw", "2nd floor bathroom"], mnc=["Guatemala"], cats=["national_origin"],
  subs=["fentanyl"], rcp="bpd/district-a7", tags=["staff_narrative"])

A("serious_violence", "skull fracture", "Andrés Colón", 12, "Margarita Muñiz Academy", "2026-01-07T08:20",
  "1st floor hallway",
  '''Morning after Three Kings Day. Andrés Colón brought a rosca to share and a boy joked about it; Andrés, who is proud of being Puerto Rican and wears the flag on his bag, took the boy to the floor and slammed his head on the tile repeatedly. The boy had a seizure in the hallway; EMS to BMC, where he was found to have a skull fracture and a brain bleed. Andrés stayed and told SSS what he did.''',
  ["Three Kings Day", "brain bleed", "on the tile"], mnc=["Puerto Rican"], cats=["ethnicity"],
  rcp="bpd/district-e13", tags=["staff_narrative"])

A("credible_threat", "cut the girl's face", "Hodan Ali", 11, "Boston Community Leadership Academy", "2026-03-02T12:40",
  "Outside the library doors",
  '''During the Ramadan lunch period (students may choose the library or the cafeteria), Hodan and a former friend argued near the library doors. Hodan said she will bring her brother's knife tomorrow and cut the girl's face; she texted the same thing at 7:12 PM. AP Walsh met with Hodan and her mother on 3/3 at arrival; bag search negative.''',
  ["Ramadan lunch period", "library doors", "7:12 PM"], mnc=["Somali", "Black or African American"],
  cats=["language", "ethnicity"],
  ts='''On 3/2 Hodan Ali told her ex-friend in the hallway "I'm bringing my brother's knife tomorrow and I'm going to cut your face in the bathroom," and sent the same words by text that evening. Hodan brought a knife to school in October 2025 (incident 25-0987).''',
  sx={"home_language": "Somali", "interpreter_needed": "yes - Somali (parent)",
      "ethnicity_code": "Black or African American",
      "emergency_contact": {"name": "Faduma Ali", "relationship": "mother", "phone": "617-555-0142"}},
  rcp="bpd/district-e18", tags=["structured", "threat_text"])

A("credible_threat", "handgun", "Rohan Kapoor", 12, "TechBoston Academy", "2025-10-16T22:30",
  "Online (Snapchat story posted from the student's home at 17 Fenton St, Dorchester)",
  '''Screenshots of Rohan's story were sent to the dean by four students overnight. The photo shows a black handgun on a bed. The Diwali dance (Friday 10/17, gym, 6 to 9 PM) is run by the South Asian Student Association. Rohan was held at the office at arrival, bag search negative. Father says there is no gun in the house.''',
  ["Diwali dance", "South Asian Student Association", "black handgun on a bed"], mnc=["Fenton St"],
  cats=["neighborhood"],
  ts='''On 10/16 at 10:30 PM Rohan Kapoor posted a Snapchat story with a photo of a handgun and the text "diwali dance friday. some of yall not walking out." He has been in an ongoing conflict with two seniors who will be DJing.''',
  rcp="bpd/district-c11", tags=["location_field", "threat_text"])

A("drugs", "ecstasy", "Kevin Luu", 10, "Charlestown High School", "2026-02-14T20:30",
  "Cafeteria, by the photo booth",
  '''VSA Lunar New Year dance (Vietnamese Student Association), Saturday 2/14, cafeteria. At about 8:30 PM chaperone Mr. Byrne saw Kevin Luu hand a small bag to a student by the photo booth. SSS recovered it: 5 pink heart-shaped pills, which Kevin said were "beans" (ecstasy). Kevin had 12 more in his shoe and $90. No students appeared impaired.''',
  ["Vietnamese Student Association", "photo booth", "in his shoe"], mnc=["Vietnamese (interpreter required)"],
  cats=["language"], subs=["ecstasy (MDMA)"], rcp="bpd/district-a15",
  sx={"parent_language": "Vietnamese (interpreter required)", "sped": False, "counselor": "Ms. Phan"},
  tags=["structured"])

A("weapon", "Glock 19", "Edson Gomes", 12, "Madison Park Technical Vocational High School", "2026-06-16T09:10",
  "Auto shop",
  '''Auto shop, 9:10 AM, two days before the Juneteenth half-day. Shop teacher Mr. Dwyer saw the grip of a handgun sticking out of Edson Gomes's coveralls. SSS and the AP escorted Edson to the office and recovered a loaded Glock 19 with an extended magazine (22 rounds). Edson said someone had been following him from the bus. BPD took custody of the gun.''',
  ["Auto shop", "extended magazine", "Juneteenth half-day"],
  mnc=["Cape Verdean", "Kabuverdianu", "Hendry St", "02125"], cats=["ethnicity", "language", "neighborhood"],
  weapon="firearm", rcp="bpd/district-b2",
  sx={"ethnicity": "Cape Verdean", "home_language": "Cape Verdean Creole (Kabuverdianu)",
      "address": "41 Hendry St, Dorchester, MA 02125"},
  tags=["structured"])

A("serious_violence", "skull fracture", "Ricardo Toussaint", 11, "New Mission High School", "2026-05-19T10:05",
  "2nd floor hallway",
  '''Day after the Haitian Flag Day celebration. In the 2nd floor hallway at 10:05 Ricardo Toussaint hit another 11th grader in the head with a padlock swung in a sock, then stomped on him. The victim had a depressed skull fracture and was taken to BMC for surgery. A witness gave a statement through the Haitian Creole interpreter (attached).''',
  ["Haitian Flag Day", "padlock swung in a sock", "depressed skull fracture"],
  mnc=["Haitian Creole", "haitian_creole"], cats=["language"], rcp="bpd/district-e18",
  att=[{"kind": "document", "name": "witness_statement_translated_from_haitian_creole.pdf"},
       {"kind": "document", "name": "nurse_report.pdf"}],
  tags=["attachment_name"])

A("weapon", "steak knife", "Caleb Moss", 6, "Mission Hill K-8", "2025-12-19T13:45",
  "Library",
  '''Class holiday party, Room 204. Caleb Moss doesn't take part in holiday parties because his family are Jehovah's Witnesses, so he was working in the library with Ms. Pratt. At 1:45 another 6th grader came in and teased him about it; Caleb took a steak knife out of his lunch bag and held it to the boy's stomach, saying "say it again." Ms. Pratt took the knife. No injury.''',
  ["lunch bag", "held it to the boy's stomach"], mnc=["Jehovah"], cats=["religion"], weapon="knife",
  rcp="bpd/district-b2", tags=["staff_narrative"])

A("weapon", "pepper spray", "Suraj Rai", 8, "Lilla G. Frederick Middle School", "2025-10-22T08:10",
  "Front steps",
  '''8:10 AM on the front steps. Suraj Rai sprayed a classmate in the face with pepper spray after the classmate tore up the Diwali card Suraj made in art class. The classmate's eyes were flushed by the nurse for 15 minutes. Suraj gave the can (black, POM brand) to the AP. Counselor notes the family came as refugees from Bhutan in 2023 and Suraj has been picked on all year.''',
  ["Diwali card", "front steps", "POM brand"], mnc=["refugees", "Bhutan"],
  cats=["immigration_status", "national_origin"], weapon="pepper spray", rcp="bpd/district-c11",
  tags=["counselor_note"])

A("serious_violence", "screwdriver", "Andre Lindo", 12, "TechBoston Academy", "2025-09-08T11:55",
  "Cafeteria",
  '''First full week of school. Andre Lindo and another senior fought in the cafeteria over something from the Caribbean Carnival parade on Blue Hill Ave in August; Andre stabbed him twice in the thigh with a screwdriver. The student lost a lot of blood and was taken to BMC for surgery. SSS Gordon says Andre is believed to be affiliated with the Morse Street group and the other student with a rival crew.''',
  ["Caribbean Carnival", "screwdriver", "twice in the thigh"], mnc=["Morse Street"],
  cats=["gang_affiliation"], rcp="bpd/district-c11", tags=["staff_narrative"])

A("weapon", "pocket knife", "Josué Hernández", 10, "Boston International Newcomers Academy", "2026-04-14T12:30",
  "Cafeteria",
  '''SIS (Aspen) incident #26-0412. Location: cafeteria. Entered by AP: "Student displayed a pocket knife during lunch and threatened to stab another student who took his seat. Knife confiscated (red handle, 3 in. blade). Student recently arrived from El Salvador (Oct 2025), SLIFE, Spanish-speaking, placed in ESL 1." Entered 4/14 12:30.''',
  ["red handle", "took his seat"], mnc=["El Salvador", "SLIFE", "Spanish-speaking", "ESL 1"],
  cats=["national_origin", "language"], weapon="knife", rcp="bpd/district-c11", tags=["sis_snippet"])

A("weapon", "razor blade", "Anthony Vo", 8, "McCormack Middle School", "2026-01-28T11:25",
  "Cafeteria",
  '''Cafeteria, Pho Wednesday (chicken pho is on the menu once a month). Anthony Vo and a classmate argued over a seat; Anthony took a razor blade out of his shoe and cut the classmate's forearm, a 2 cm superficial cut bandaged by the nurse. Anthony's grandmother, his guardian, speaks Vietnamese only; the call home went through the district interpreter.''',
  ["Pho Wednesday", "out of his shoe", "2 cm"], mnc=["Vietnamese only"], cats=["language"],
  weapon="razor blade", rcp="bpd/district-c6", tags=["cafeteria_log"])

A("drugs", "Adderall", "Daniela Pérez", 12, "Snowden International School", "2025-10-31T19:30",
  "Gym (Halloween dance)",
  '''Halloween dance, 10/31, gym. Chaperones saw Daniela Pérez selling orange pills out of a candy bag. 14 orange pills stamped AD 30 recovered; Daniela said they were Adderall from a friend. The nurse says counterfeit Adderall pressed with meth is going around. Daniela's mother told the AP the family has TPS from Venezuela and asked whether this will affect it.''',
  ["Halloween dance", "candy bag", "AD 30"], mnc=["has TPS", "Venezuela"],
  cats=["immigration_status", "national_origin"], subs=["counterfeit Adderall (methamphetamine)"],
  rcp="bpd/district-d4", tags=["staff_narrative"])

A("credible_threat", "kitchen knife", "Priya Raman", 11, "Boston Latin Academy", "2025-10-20T08:05",
  "Chemistry lab, Room 233",
  '''Diwali was 10/20 and a lot of families were out, so classes were half-empty. Priya, who told her teacher she came in only for the chem test before the family's puja at the Sri Lakshmi Temple in Ashland, was found with an 8-inch kitchen knife in her bag after a classmate reported an Instagram message threatening her after chemistry. No one hurt.''',
  ["8-inch kitchen knife", "Instagram message", "chem test"], mnc=["puja", "Sri Lakshmi Temple"],
  cats=["religion"],
  ts='''On 10/19 Priya Raman messaged a classmate on Instagram: "tmrw I'm bringing the knife from my kitchen and you're done after chem." The classmate had posted an unflattering video of Priya. The next morning a friend saw the knife in Priya's bag, and a bag search found a kitchen knife.''',
  rcp="bpd/district-b2", tags=["threat_text"])

A("weapon", "folding knife", "Leonardo Silva", 9, "Brighton High School", "2026-03-31T11:05",
  "B-wing (world languages), outside the Portuguese for Heritage Speakers room",
  '''Outside the Portuguese for Heritage Speakers room (B-wing, world languages) at 11:05, Leonardo Silva held a folding knife against another boy's neck and told him to hand over his AirPods. The boy did; a teacher came out and Leonardo ran, dropping the knife in the stairwell. He was found in the gym. Leonardo's home language is Portuguese and his mother asked for the meeting to be held with a Portuguese interpreter.''',
  ["Portuguese for Heritage Speakers", "AirPods", "dropping the knife in the stairwell"],
  mnc=["home language is Portuguese", "Portuguese interpreter"], cats=["language"], weapon="knife",
  rcp="bpd/district-d14", tags=["staff_narrative"])

A("drugs", "oxycodone", "Yusuf Ahmed", 10, "Madison Park Technical Vocational High School", "2026-03-23T10:15",
  "Trade wing bathroom",
  '''Monday after Eid. SSS caught Yusuf Ahmed at 10:15 in the trade wing bathroom with a pill bottle holding 18 blue pills stamped K9 (oxycodone 30 mg per pill ID) and $230. He said he was holding them for an older kid from his family's mosque, the ISBCC. Parent meeting scheduled.''',
  ["trade wing bathroom", "18 blue pills", "$230"], mnc=["ISBCC", "family's mosque"],
  cats=["religion"], subs=["oxycodone"], rcp="bpd/district-b2", tags=["staff_narrative"])

A("weapon", "fixed-blade knife", "Daniel Ochoa", 9, "Boston Green Academy", "2025-10-08T09:35",
  "Auditorium, back row",
  '''During the Hispanic Heritage Month assembly, SSS saw Daniel Ochoa passing a large fixed-blade knife to another student in the back row of the auditorium. Recovered: 7-inch fixed blade in a cardboard sleeve. Daniel said it was for protection on the way to school. No threats observed.''',
  ["Hispanic Heritage Month assembly", "cardboard sleeve", "back row"],
  mnc=["Active EL", "Spanish", "Honduras", "MS-13"], cats=["language", "national_origin", "gang_affiliation"],
  weapon="knife", rcp="bpd/district-d14",
  sx={"ell": {"status": "Active EL", "wida_composite": 2.1, "home_language": "Spanish"},
      "country_of_origin": "Honduras", "year_entered_us": 2024,
      "gang_flag": "Suspected MS-13 associate (per BRIC)"},
  tags=["structured"])

A("credible_threat", "pole", "Khalil Dawson", 10, "Jeremiah E. Burke High School", "2025-06-17T21:50",
  "Online (Instagram DMs)",
  '''Message from parent (email, 6/17, 9:50 PM): "My son got messages from Khalil Dawson saying he will catch him at the Juneteenth celebration tomorrow and he's got the pole on him. Khalil runs with the Greenwood Street boys and my son is scared to go. Please keep him safe." The AP spoke to both families on the morning of 6/18; Khalil was held at the office, bag clear.''',
  ["Juneteenth celebration", "the pole"], mnc=["Greenwood Street"], cats=["gang_affiliation"],
  ts='''A parent reports her son received Instagram DMs on 6/17 from Khalil Dawson: "ima catch you at the juneteenth thing wednesday, got the pole on me" ("pole" meaning gun). Two staff members have seen what looked like a gun in Khalil's waistband this month.''',
  rcp="bpd/district-b3", tags=["parent_message", "threat_text"])

A("serious_violence", "brass knuckles", "Ryan Flaherty", 11, "Charlestown High School", "2025-03-05T14:15",
  "Outside the main entrance",
  '''Ash Wednesday, 2:15 PM dismissal. Outside the main entrance Ryan Flaherty hit a 9th grader in the face with brass knuckles, breaking his nose and cheekbone; the boy was taken to MGH by ambulance. Ryan lives on Bunker Hill St in the Charlestown housing development and went straight home; BPD picked him up there.''',
  ["Ash Wednesday", "brass knuckles", "main entrance"], mnc=["Bunker Hill St", "Charlestown housing development"],
  cats=["neighborhood"], rcp="bpd/district-a15", tags=["staff_narrative"])

A("weapon", "razor blade", "Noa Levi", 8, "Boston Latin Academy", "2025-04-14T12:25",
  "Cafeteria",
  '''Noa Levi, who moved here from Israel last summer, brought matzah for lunch during Passover and a group of 8th grade girls mocked her at the table. At 12:25 Noa took a razor blade from a pencil case and slashed at one girl, cutting her palm (4 stitches at Children's). Lunch aide Ms. Roche took the blade.''',
  ["pencil case", "4 stitches", "12:25"], mnc=["from Israel", "matzah"], cats=["national_origin", "religion"],
  weapon="razor blade", rcp="bpd/district-b2", tags=["staff_narrative"])

A("weapon", ".38 revolver", "Jamal Charles", 10, "Henderson K-12 Inclusion School", "2026-01-05T09:40",
  "Side entrance",
  '''First day back from winter break. Jamal Charles came in late at 9:40 and the wand at the side entrance went off; SSS recovered a loaded .38 revolver from his jacket. Jamal spent Christmas break in Port-au-Prince with his mother, who stayed there, and he is living with an older cousin on Woodrow Ave in Mattapan. He said he has had the gun "since before break."''',
  ["First day back from winter break", ".38 revolver", "side entrance"],
  mnc=["Port-au-Prince", "Woodrow Ave", "in Mattapan"], cats=["national_origin", "neighborhood"],
  weapon="firearm", rcp="bpd/district-c11", tags=["staff_narrative"])

# ---------------------------------------------------------------------------------------------
# deny: the ground is not a permitted one
# ---------------------------------------------------------------------------------------------

D("fight", "ground_not_permitted", "Aisha Bello", 10, "Snowden International School", "2026-03-24T15:20",
  "Cafeteria",
  '''MSA Eid party in the cafeteria after school. Aisha Bello and another 10th grader pulled each other's hair and exchanged slaps over a seat; Ms. Karimi separated them in under a minute. No injuries, the nurse checked both. Aisha's hijab was pulled off in the scuffle, which is what she was most upset about.''',
  mnc=["hijab"], cats=["religion"])

D("theft", "ground_not_permitted", "Brandon Li", 9, "Josiah Quincy Upper School", "2026-02-11T15:02",
  "Room 210",
  '''The red envelope fundraiser box for Lunar New Year ($212 collected) went missing from Room 210 on 2/11; the hallway camera shows Brandon Li leaving with it at 3:02. He returned $150. His counselor says Brandon's family just arrived from Guangzhou in December and money is tight.''',
  mnc=["Guangzhou"], cats=["national_origin"])

D("vandalism", "ground_not_permitted", "Tyler Grant", 11, "Brighton High School", "2025-11-03T15:30",
  "Library",
  '''Sometime after 3 PM on 11/3 the Día de los Muertos altar in the library was knocked over: candles broken, two framed photos stomped, LNS tagged in marker on the table. The camera shows Tyler Grant and two others. The librarian wants restitution. The AP suspects the tag is for a crew from Lenox Street that Tyler hangs with.''',
  mnc=["Lenox Street"], cats=["gang_affiliation"])

D("truancy", "ground_not_permitted", "Kevin Mendoza", 10, "East Boston High School", "2026-02-02T09:00",
  "Attendance office",
  '''Kevin has missed 31 days since November. On the attendance officer's home visit a neighbor said the family went back to Huehuetenango for a funeral and that Kevin has been working at a car wash in Chelsea since they came back. Request: BPD help locating the student.''',
  mnc=["Huehuetenango"], cats=["national_origin"])

D("gang_activity", "ground_not_permitted", "Jordan Reyes", 11, "English High School", "2025-10-02T10:05",
  "Auditorium",
  '''At the Hispanic Heritage Month assembly four boys including Jordan Reyes stood up together wearing matching blue bandanas and threw hand signs toward the stage. Staff believe Jordan is affiliated with the Franklin Hill crew. No violence occurred. Requesting that the BPD Youth Violence Strike Force be made aware.''',
  mnc=["Franklin Hill"], cats=["gang_affiliation"])

D("immigration_inquiry", "ground_not_permitted", "Wendy Flores", 11, "Boston International Newcomers Academy",
  "2026-01-20T11:00", "Phone call to main office",
  '''A BPD detective asked by phone whether Wendy Flores, who has not been in school since the Christmas break, went back to Honduras with her mother, whose visa expired in November. Please confirm her last day of attendance and whether the family left the country.''',
  mnc=["Honduras", "visa expired"], cats=["national_origin", "immigration_status"])

D("trespass", "ground_not_permitted", "Sean Keller", 12, "Brighton High School", "2025-12-17T19:00",
  "Band room door / auditorium",
  '''Sean Keller, suspended until 12/19, came into the Christmas concert at 7 PM through the band room door and refused to leave when Mr. Haddad asked him to. He left when SSS arrived. Sean lives in the Commonwealth development across the street and is often around the building after school.''',
  mnc=["Commonwealth development"], cats=["neighborhood"])

D("harassment", "ground_not_permitted", "Cody Walsh", 9, "Excel High School", "2026-03-09T12:15",
  "Cafeteria",
  '''During the Ramadan lunch period Cody Walsh walked past the table where the MSA was making iftar posters, called two Muslim girls "terrorists" and knocked the posters on the floor. Both girls reported it to the dean. No physical contact.''',
  mnc=["Muslim girls"], cats=["religion"])

D("fight", "ground_not_permitted", "Aaron Ly", 10, "John D. O'Bryant School of Mathematics and Science",
  "2026-02-06T20:40", "Cafeteria, DJ table",
  '''At the Vietnamese Student Association Tết dance two sophomores, Aaron Ly and another boy, shoved each other by the DJ table and Aaron threw one punch that missed. Chaperones separated them. Nurse checked both: no injuries. Both sent home.''')

D("vandalism", "ground_not_permitted", "Nico Ferreira", 11, "Snowden International School", "2025-11-20T07:05",
  "World languages wing",
  '''Graffiti on about six lockers in the world languages wing: CMB and crossed-out rival initials in black marker. The camera shows Nico Ferreira there at 7:05 AM. The dean believes CMB is the Columbia Point crew he has been linked to.''',
  mnc=["Columbia Point"], cats=["gang_affiliation"])

D("suspicious_behavior", "ground_not_permitted", "Owen Keefe", 10, "Brighton High School", "2026-03-12T12:30",
  "3rd floor, outside the MSA prayer room",
  '''Owen Keefe was seen twice this week taking photos through the window of the room the MSA uses for prayer at lunch. When asked, he said it was "for a project." No threats made. Staff are uneasy and want police to look into it.''')

D("bullying", "ground_not_permitted", "Leo Sullivan", 9, "Excel High School", "2026-01-29T15:00",
  "K-pop club / online",
  '''The K-pop club advisor reports Leo Sullivan has repeatedly posted mean edits of another member's dance videos. Leo told the advisor that since he was adopted from South Korea he "gets to" make fun of the club. Parent meeting done; a bullying plan is in place.''',
  mnc=["South Korea"], cats=["national_origin"])

D("theft", "ground_not_permitted", "Tariq Gaines", 12, "New Mission High School", "2026-06-18T13:30",
  "Gym",
  '''During the Juneteenth step show a phone was taken from a bag in the gym. The camera shows Tariq Gaines taking it. The owner tracked it with Find My to 12 Lucerne St, which is Tariq's home address in SIS.''',
  mnc=["Lucerne St"], cats=["neighborhood"])

D("fight", "ground_not_permitted", "Jayvon Mack", 10, "Jeremiah E. Burke High School", "2025-05-16T14:20",
  "Bus lane",
  '''After the Haitian Flag Day celebration Jayvon Mack and a student from another homeroom fought near the buses; one scraped elbow, no other injury. Jayvon told the dean it was about "respect for the flag" and that his mom is from Jacmel. Both suspended one day.''',
  mnc=["Jacmel"], cats=["national_origin"])

D("intelligence_request", "ground_not_permitted", "Edmilson Tavares", 11, "Dearborn STEM Academy",
  "2026-07-06T10:00", "Phone request",
  '''A BPD district detective asked for the list of students who attended the July 5 Independence Day cookout held at the Dearborn, including Edmilson Tavares, and any photos taken there, as background on a shooting last weekend.''',
  mnc=["Cape Verdean"], cats=["ethnicity"],
  sx={"ethnicity": "Cape Verdean", "program": "Summer Learning"})

D("welfare_check", "ground_not_permitted", "Yasmin Hassan", 9, "Brighton High School", "2026-01-15T10:00",
  "Attendance office",
  '''Yasmin has been absent 14 school days. Her father says the family traveled to Mecca for Umrah and will be back "soon." The school asks BPD to do a welfare check at the home.''',
  mnc=["Umrah", "Mecca"], cats=["religion"])

D("fireworks", "ground_not_permitted", "Eric Chan", 10, "Josiah Quincy Upper School", "2026-02-12T12:10",
  "Courtyard",
  '''Eric Chan set off a string of firecrackers in the courtyard during lunch the day before the Lunar New Year assembly. Loud, some smoke, nobody hurt, the fire alarm was not triggered. The remaining firecrackers were confiscated.''')

D("disorderly_conduct", "ground_not_permitted", "Aarav Shah", 9, "TechBoston Academy", "2025-10-21T10:20",
  "3rd floor boys' bathroom",
  '''Smoke alarm in the 3rd floor boys' bathroom at 10:20; Aarav Shah was inside with a lit sparkler. He said the sparklers were left over from his family's puja at the Hindu temple in Ashland. Burn mark on the sink counter; no injuries.''',
  mnc=["puja", "Hindu temple"], cats=["religion"])

D("missing_student", "ground_not_permitted", "Thiago Alves", 11, "Brighton High School", "2026-01-08T09:00",
  "Attendance office",
  '''Thiago Alves did not return after Christmas break. A friend says the whole family went back to Brazil because of "problems with documents." The school asks police to confirm whether the student is still in Boston.''',
  mnc=["Brazil", "problems with documents"], cats=["national_origin", "immigration_status"])

D("welfare_check", "ground_not_permitted", "Samuel Orellana", 7, "Mario Umana Academy", "2026-03-03T09:30",
  "Attendance office",
  '''Samuel has been absent 6 days. His mother speaks only Spanish and has not answered the Spanish-language robocalls. The family lives at 230 Saratoga St, 2nd floor. The school asks BPD to do a wellness check.''',
  mnc=["only Spanish", "Spanish-language", "Saratoga St"], cats=["language", "neighborhood"])

# ---------------------------------------------------------------------------------------------
# deny: only excluded substances
# ---------------------------------------------------------------------------------------------

D("drugs", "excluded_substance", "Connor Vu", 11, "Boston Latin Academy", "2026-02-07T20:45",
  "Stairwell off the cafeteria",
  '''VSA (Vietnamese Student Association) Tết dance, 8:45 PM. A chaperone found Connor Vu vaping in the stairwell; cartridge labeled Cookies Gelato 1g THC. Confiscated. His parents picked him up and asked for a Vietnamese interpreter for Monday's meeting.''',
  mnc=["Vietnamese interpreter"], cats=["language"], subs=["THC vape cartridge"])

D("drugs", "excluded_substance", "Liam Foley", 12, "Charlestown High School", "2025-12-17T19:30",
  "Lobby",
  '''Christmas concert, 7:30 PM. Liam Foley was visibly drunk in the lobby; a water bottle in his coat smelled of alcohol and he admitted it was vodka. The nurse monitored him until his father arrived from home on Medford St; he said Liam took it from the cabinet.''',
  mnc=["Medford St"], cats=["neighborhood"], subs=["vodka"])

D("drugs", "excluded_substance", "Maya Lindqvist", 10, "Snowden International School", "2026-04-30T19:10",
  "Cafeteria, dessert table",
  '''International night. Maya Lindqvist handed out gummy bears from a bag labeled Delta-9 THC 10mg to three 10th graders near the dessert table; one felt dizzy and went to the nurse. Maya's mother, who was running the Swedish table, was told on the spot.''',
  mnc=["Swedish"], cats=["national_origin"], subs=["THC gummies"])

D("drugs", "excluded_substance", "Adam Youssef", 9, "Brighton High School", "2026-03-04T11:10",
  "2nd floor boys' bathroom",
  '''2nd floor boys' bathroom, 11:10. Adam Youssef was vaping (Geek Bar, nicotine 5%); confiscated. Adam begged the dean not to tell his father, who is an imam, and said he "will kill him" if he finds out during Ramadan.''',
  mnc=["imam"], cats=["religion"], subs=["nicotine vape"])

D("drugs", "excluded_substance", "Jaylen Cruz", 10, "English High School", "2025-11-05T14:40",
  "Room 118",
  '''Latino Student Union meeting, Room 118. The advisor saw Jaylen Cruz take a hit from a black vape pen under the table; no label, contents unknown. Jaylen said it was "just a vape." Confiscated. Jaylen, who lives by Hyde Square, walked home after.''',
  mnc=["Hyde Square"], cats=["neighborhood"], subs=["vape (contents unknown)"])

D("drugs", "excluded_substance", "Darius Hale", 11, "New Mission High School", "2026-06-18T14:10",
  "Behind the school, by the fence",
  '''Juneteenth cookout behind the school. Darius Hale and two others were smoking a blunt by the fence; about half a blunt and a small bag of weed (approx. 3 grams) were recovered from Darius. No other substances.''',
  subs=["marijuana"])

D("drugs", "excluded_substance", "Riley Bauer", 12, "Fenway High School", "2026-06-04T12:30",
  "Back Bay Fens (school picnic)",
  '''Pride week picnic in the Fens during school hours. Riley Bauer had four cans of hard seltzer (White Claw) in a cooler bag and shared two with juniors. Confiscated by staff; no one needed medical attention.''',
  subs=["hard seltzer"])

D("drugs", "excluded_substance", "Gavin Murphy", 10, "Boston Latin Academy", "2026-03-06T10:20",
  "Locker 3114",
  '''Gavin Murphy was found with two cans of Zyn (6 mg) in his locker after a teacher saw him with a pouch in class on the Friday of the Lent fish-fry lunch. Confiscated.''',
  subs=["nicotine pouches"])

D("drugs", "excluded_substance", "Nikhil Rao", 12, "TechBoston Academy", "2025-10-17T20:00",
  "Gym hallway, by the water fountain",
  '''Diwali dance, gym. A chaperone found Nikhil Rao in the hallway with a dab pen and a small jar of amber THC wax; he had been taking hits near the water fountain. Confiscated; parent picked him up at 8:15.''',
  mnc=["Hindu"], cats=["religion"], subs=["THC wax"],
  sx={"religious_accommodation": "Hindu - fasting days excused"})

D("drugs", "excluded_substance", "Kelvin Semedo", 10, "Jeremiah E. Burke High School", "2025-07-03T13:00",
  "Courtyard (summer program)",
  '''Summer program: Cape Verdean Independence Day block party planning session in the courtyard. Kelvin Semedo had two cans of Heineken in his backpack and was drinking one. Staff poured it out. His grandmother came to get him; staff spoke with her in Kriolu.''',
  mnc=["Kriolu"], cats=["language"], subs=["beer"])

D("drugs", "excluded_substance", "Joel Ramírez", 11, "Madison Park Technical Vocational High School",
  "2025-12-10T09:15", "Gym exit, bag check",
  '''Bag check after the Christmas tree lighting assembly: Joel Ramírez had a pack of Newports and two small bags of weed (about 7 g total). Joel says it is for personal use. SSS notes Joel hangs with the Cathedral crew.''',
  mnc=["Cathedral"], cats=["gang_affiliation"], subs=["cigarettes", "weed"])

# ---------------------------------------------------------------------------------------------
# deny: the recipient is not the Boston Police Department
# ---------------------------------------------------------------------------------------------

D("weapon", "recipient_not_permitted", "Mackenson Louis", 11, "Jeremiah E. Burke High School", "2026-05-18T12:50",
  "Courtyard",
  '''During the Haitian Flag Day celebration in the courtyard Mackenson Louis pulled a folding knife on a student who stepped on his flag. Knife recovered (black, 3.5 in). No injury. An analyst requested this report because of a related incident on Woolson St, where Mackenson lives.''',
  mnc=["Woolson St"], cats=["neighborhood"], rcp="bric", weapon="knife")

D("drugs", "recipient_not_permitted", "Jefferson Ramos", 12, "East Boston High School", "2026-02-26T10:30",
  "1st floor bathroom",
  '''Jefferson Ramos was found selling fentanyl pills in the 1st floor bathroom; 30 pills recovered. An ICE officer called the school asking for the report, saying Jefferson overstayed his visa.''',
  mnc=["overstayed his visa"], cats=["immigration_status"], rcp="ice/ero-boston", subs=["fentanyl"])

D("weapon", "recipient_not_permitted", "Nelson Fortes", 11, "TechBoston Academy", "2025-11-13T15:15",
  "Room 204",
  '''A loaded handgun was found in Nelson Fortes's backpack during the Cape Verdean Heritage Club meeting. HSI agents want the report for a gun trafficking case connected to his uncle in Praia.''',
  mnc=["Praia"], cats=["national_origin"], rcp="dhs/hsi-boston", weapon="firearm")

D("credible_threat", "recipient_not_permitted", "Kyle Brennan", 12, "Brighton High School", "2026-03-09T08:00",
  "Online (Discord)",
  '''Discord post reported by a student on 3/9. BPD D-14 visited Kyle's home on Faneuil St in Oak Square the same night. The Commonwealth Fusion Center asked for a copy of the school's report.''',
  mnc=["Faneuil St", "Oak Square"], cats=["neighborhood"], rcp="commonwealth-fusion-center",
  ts='''Kyle Brennan posted in a Discord server on 3/8: "thursday's iftar in the cafeteria is getting shot up, bring popcorn" with a photo of an AR-style rifle.''')

D("weapon", "recipient_not_permitted", "Darnell Hopkins", 10, "Excel High School", "2026-03-16T08:10",
  "Main entrance",
  '''Darnell Hopkins showed a knife on the Red Line platform at Broadway the morning before the St. Patrick's Day assembly and brought it into school; SSS recovered a 4-inch folding knife at the entrance. Transit Police asked for the school's report.''',
  rcp="mbta-transit-police", weapon="knife")

D("drugs", "recipient_not_permitted", "Serena Vaughn", 12, "Boston Arts Academy", "2026-01-16T13:00",
  "Dance studio dressing room",
  '''During the Lunar New Year performance prep, Serena Vaughn was found with 2 grams of cocaine in a makeup case in the dance studio dressing room. The campus security contractor asked for the report for its own files.''',
  rcp="securitas/fenway-campus", subs=["cocaine"])

D("weapon", "recipient_not_permitted", "Axel Campos", 10, "Margarita Muñiz Academy", "2025-10-30T10:40",
  "Library",
  '''Axel Campos had a box cutter in his pocket while helping set up the Día de los Muertos altar; a teacher saw it and took it. CBP contacted the school asking for any reports on Axel because of a family matter at the El Paso crossing; the family is from Juárez.''',
  mnc=["Juárez", "El Paso crossing"], cats=["national_origin", "immigration_status"], rcp="cbp",
  weapon="box cutter")

D("serious_violence", "recipient_not_permitted", "Patrick Nolan", 11, "Charlestown High School", "2026-03-13T11:50",
  "Cafeteria",
  '''Patrick Nolan broke another student's jaw with a punch in the cafeteria on a Lent Friday (fish-fry lunch); the student needed surgery. State troopers were in the building on an unrelated matter and asked for the report directly.''',
  rcp="massachusetts-state-police")

D("credible_threat", "recipient_not_permitted", "Ethan Greer", 11, "Boston Latin Academy", "2025-12-12T14:00",
  "Online (shared document)",
  '''Classmates reported the document to the dean on 12/12. The FBI Boston field office asked the school for the report.''',
  mnc=["White, not Hispanic"], cats=["ethnicity"], rcp="fbi-boston",
  ts='''On 12/12 Ethan Greer shared a Google Doc with two classmates titled "hanukkah party plan" listing the time of the Jewish Student Union's Hanukkah party (12/16, Room 140), the doors, and "dad's shotgun in the trunk."''',
  sx={"race_ethnicity": "White, not Hispanic"})

D("weapon", "recipient_not_permitted", "Marquis Bell", 12, "Jeremiah E. Burke High School", "2025-12-05T19:30",
  "Auditorium lobby",
  '''Marquis Bell was found with a loaded 9mm in the auditorium lobby after the Gospel choir concert. The DA's office asks for the school's report for its case; Marquis lives in the Franklin Hill development.''',
  mnc=["Franklin Hill"], cats=["neighborhood"], rcp="suffolk-county-da", weapon="firearm")

# ---------------------------------------------------------------------------------------------
# deny: credible_threat without a written threat statement
# ---------------------------------------------------------------------------------------------

D("credible_threat", "missing_threat_statement", "Devin Kerr", 10, "Snowden International School",
  "2026-03-19T12:30", "Cafeteria",
  '''Students say Devin Kerr said at lunch that something "is going to happen" at the Eid assembly tomorrow. He denies it. No specifics, no weapon mentioned.''')

D("credible_threat", "missing_threat_statement", "Lamar Whitaker", 11, "Boston Green Academy",
  "2025-12-15T10:10", "2nd floor hallway",
  '''Lamar said in the hallway that the Christmas concert "better watch out." Lamar is believed to be with the Annunciation Road crew.''',
  mnc=["Annunciation Road"], cats=["gang_affiliation"])

D("credible_threat", "missing_threat_statement", "Kiara Santos", 9, "English High School",
  "2025-10-14T13:00", "Girls' locker room",
  '''Kiara told a friend she would "handle" a girl at the Hispanic Heritage Month dance on Friday. Kiara's family is from the Dominican Republic and the other girl has been making comments about it.''',
  mnc=["Dominican Republic"], cats=["national_origin"], ts="")

D("credible_threat", "missing_threat_statement", "Hunter Briggs", 10, "Fenway High School",
  "2026-06-02T09:00", "Online (Instagram)",
  '''Rumor that Hunter Briggs will "do something" during the Pride week assembly. He posted a gun emoji under the GSA's Instagram post.''')

D("credible_threat", "missing_threat_statement", "Samir Haddad", 12, "Brighton High School",
  "2026-03-05T11:00", "Room 306 (history)",
  '''Staff are concerned about Samir's comments in history class about the war during Ramadan. No threat was made to anyone; requesting police awareness.''',
  mnc=["Muslim", "Islamic Society of Boston"], cats=["religion"],
  sx={"religion": "Muslim", "mosque": "Islamic Society of Boston, Cambridge"})

D("credible_threat", "missing_threat_statement", "Kenny Wu", 8, "Josiah Quincy Upper School",
  "2026-02-12T14:20", "Room 305",
  '''A teacher overheard Kenny Wu say he would "bring something" to the Lunar New Year dance. Kenny's parents only speak Toisanese and were contacted through an interpreter.''',
  mnc=["Toisanese"], cats=["language"])

D("credible_threat", "missing_threat_statement", "Isaiah Boone", 11, "TechBoston Academy",
  "2025-12-09T08:30", "Anonymous tip (SaferSchools app)",
  '''Anonymous tip through the SaferSchools app that Isaiah Boone is "going to shoot someone" at the Gospel choir concert. No other information. Isaiah lives on Harvard St near Morton.''',
  mnc=["Harvard St"], cats=["neighborhood"])

# ---------------------------------------------------------------------------------------------
# deny: face surveillance
# ---------------------------------------------------------------------------------------------

D("serious_violence", "face_surveillance", "Dominic Frye", 11, "Snowden International School",
  "2026-04-30T19:40", "2nd floor bathroom (international night)",
  '''During international night a student was cut on the arm with a knife in the 2nd floor bathroom and needed 12 stitches. The suspect's face from the hallway camera was run through the vendor's face recognition against the yearbook photos, which returned Dominic Frye (match score 0.91).''',
  mnc=["match score 0.91"], cats=["face_surveillance"],
  att=[{"kind": "face_match", "name": "fr_match_intlnight_0430.json"}])

D("serious_violence", "face_surveillance", "Tommy Ng", 10, "Josiah Quincy Upper School",
  "2026-02-13T11:30", "Beach Street",
  '''A student was knocked unconscious and had his jaw broken during the Lunar New Year lion dance walk. The victim named Tommy Ng as the attacker; BPD asked for the yearbook photos of all 10th graders to run through facial recognition against the parade video to confirm it.''',
  cats=["face_surveillance"],
  att=[{"kind": "photo", "name": "grade10_yearbook_photos.zip"}])

D("drugs", "face_surveillance", "Victor Santos", 12, "East Boston High School", "2026-03-10T09:40",
  "2nd floor hallway",
  '''Bag of fentanyl pills dropped in the 2nd floor hallway during the Ramadan lunch period. The suspect was identified as Victor Santos by the camera system's face-matching feature (alert FR-22817). Victor lives in Eagle Hill.''',
  mnc=["FR-22817", "Eagle Hill"], cats=["face_surveillance", "neighborhood"], subs=["fentanyl"])

D("weapon", "face_surveillance", "Deshawn Price", 11, "Jeremiah E. Burke High School", "2026-06-17T16:00",
  "Gym",
  '''A handgun was recovered from a bag left in the gym during Juneteenth step show rehearsal; the bag's owner was identified as Deshawn Price by a face match (attached).''',
  cats=["face_surveillance"], weapon="firearm",
  att=[{"kind": "face_match", "name": "bpd_facematch_result.pdf"}])

D("weapon", "face_surveillance", "Emilio Vargas", 9, "Margarita Muñiz Academy", "2025-10-29T08:05",
  "Front entrance kiosk",
  '''Emilio Vargas came in with a knife on the day the Día de los Muertos altar went up. The visitor-management kiosk matched his face to the student photo on file (FaceFirst ID 7731) when he tried to come in without an ID, and the alert led SSS to search him.''',
  mnc=["FaceFirst ID 7731"], cats=["face_surveillance"], weapon="knife")

# ---------------------------------------------------------------------------------------------
# deny: replica / BB / airsoft (needs a named approver's determination the request does not carry)
# ---------------------------------------------------------------------------------------------

D("weapon", "other", "Jaden Cole", 8, "McCormack Middle School", "2025-10-31T09:20",
  "Library (Día de los Muertos face painting)",
  '''During the Día de los Muertos face painting in the library, Jaden Cole showed friends a black airsoft pistol with the orange tip removed from his backpack. Taken by the AP; no one was threatened.''',
  weapon="airsoft pistol")

D("weapon", "other", "Owen Tierney", 9, "Charlestown High School", "2025-12-17T18:45",
  "Auditorium lobby",
  '''Before the Christmas concert, Owen Tierney was seen with a BB gun in his waistband in the auditorium lobby. SSS took it (Daisy, CO2). Owen lives in the Charlestown projects on Walford Way and said he uses it on rats.''',
  mnc=["Walford Way"], cats=["neighborhood"], weapon="BB gun")

D("weapon", "other", "Sokha Chhim", 11, "Boston Arts Academy", "2026-02-12T18:30",
  "Auditorium stage",
  '''During the Lunar New Year talent show, Sokha Chhim waved a realistic replica handgun (metal, no orange tip) as part of his act and pointed it at the front row. Stage manager took it. His parents' first language is Khmer and the call home used an interpreter.''',
  mnc=["Khmer"], cats=["language"], weapon="replica handgun")


def main():
    order = list(range(len(CASES)))
    random.Random(SEED + 1).shuffle(order)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, i in enumerate(order, 1):
            case = CASES[i]
            cid = f"OAL-{n:04d}"
            case["request"]["request_id"] = cid
            fh.write(json.dumps({"id": cid, "request": case["request"], "expect": case["expect"]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
