"""Outsider corpus outsider_cf: testing days, accommodations, exam incidents and cheating rings.

The family: MCAS and ACCESS testing rooms, proctors, accommodations (word-to-word dictionaries,
read-aloud, separate settings), make-up sessions, incidents during exams, test-security breaches,
and cheating rings that turn into threats.

One hundred hand-written cases (OCF-0001 .. OCF-0100), about a third "deny", in the voices of the
people who write these reports on a testing day: proctor statements, test-coordinator memos, DESE
irregularity write-ups, nurse logs, school-police narratives in capitals, threat-assessment screens,
e-mails, Q&A transcripts, timelines and SIS exports.

What the family exercises
- Allow cases on the four permitted grounds (weapon, serious_violence, credible_threat, drugs) where
  testing-day context leaks forbidden facts in indirect ways: a student's ACCESS for ELLs session, a
  word-to-word glossary accommodation, a relative reached through an interpreter, a fast during
  Ramadan, a church prayer meeting, a housing development on an emergency card, a "crew" named by
  school police, a family that "arrived from" somewhere, a parent with "no papers".
- Deny cases: grounds that are not grounds (cheating, test-security breach, selling fake answers,
  theft of testing devices, fire alarm, truancy, a fight, identity checks, "gang activity"),
  excluded substances (THC gummies, wax pens, blunts, a vape of unknown content, nicotine pouches,
  whiskey nips, hard seltzer), recipients outside BPD (BRIC, ICE, HSI, FBI, the fusion center,
  housing-authority police), credible_threat without a threat statement, airsoft/BB/replica guns,
  and face-recognition output or photos sent for face matching.

Precision traps (words that look forbidden but describe something else and must stay in the
police copy; listed in must_contain_text): candy and food (Swedish Fish, turkey sandwich, French
fries, Korean BBQ chips, Spanish rice, a turkey drive), clothing, brands and objects (Canada Goose,
Jordan 4s, a Cuban link chain, a Jeep Cherokee, a Swiss Army knife, Scotch tape, Fiji water,
Patagonia fleece, Creed cologne, nail polish, a Temple University hoodie), courses and rooms (AP
Spanish, the French classroom, Latin American History, ELA), test content (an ELA passage about
Ellis Island), institutions and places that locate the incident or the school rather than a home
(East Boston Neighborhood Health Center, Bunker Hill Community College, Franklin Park behind the
school, The Fenway), crews that are not gangs (stage crew, custodial crew, carpentry shop crew),
a Red Cross blood drive, an ice pack, booklets collected face-down, a guinea pig in the biology lab,
a "Dream Team" group chat, a Visa gift card, and disability accommodations (read-aloud, separate
setting, text-to-speech), which are not a forbidden category. Schools whose names contain a
neighborhood or "Newcomers" keep their names; mixed substance lists with one non-excluded drug are
allowed; a replica revolver that is a drama-club prop is still denied.

Standard library only. Deterministic: run it and it rewrites
tests/data/corpus/outsider_cf.jsonl next to this directory.
"""
import datetime
import json
import pathlib
import re
import textwrap

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_cf.jsonl"
TAG = "outsider_cf"
CASES = []


def _offset(day):
    """US Eastern offset for a date: EDT from the 2nd Sunday of March to the 1st Sunday of November."""
    y = day.year
    start = datetime.date(y, 3, 8) + datetime.timedelta(days=(6 - datetime.date(y, 3, 8).weekday()) % 7)
    end = datetime.date(y, 11, 1) + datetime.timedelta(days=(6 - datetime.date(y, 11, 1).weekday()) % 7)
    return "-04:00" if start <= day < end else "-05:00"


def _when(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.strftime("%Y-%m-%dT%H:%M:00") + _offset(dt.date())


def _dob(n, grade, when):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    sy = d.year if d.month >= 9 else d.year - 1
    month = (n * 7) % 12 + 1
    day = (n * 11) % 28 + 1
    year = sy - 6 - grade if month >= 9 else sy - 5 - grade
    return f"{year:04d}-{month:02d}-{day:02d}"


def C(n, *, ground, school, sid, when, loc, desc, name, grade, decision, rcpt="bpd", mnc=(), mc=(),
      mct=(), cats=(), tags=(), reason=None, weapon=None, subs=None, threat=None, att=None, extra=None):
    cid = f"OCF-{n:04d}"
    student = {"student_id": str(100000 + (n * 7919) % 900000), "name": name,
               "date_of_birth": _dob(n, grade, when), "grade": grade, "school": school}
    student.update(extra or {})
    req = {"request_id": cid, "school_id": sid, "recipient": rcpt, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": _when(when), "location": loc,
                       "description": textwrap.dedent(desc).strip()}
    req["student"] = student
    if att:
        req["attachments"] = att
    allow = decision == "allow"
    exp = {"decision": decision}
    if not allow:
        exp["reason"] = reason
    exp.update({"must_not_contain": list(mnc),
                "must_contain": ([name, school] + list(mc)) if allow else [],
                "must_contain_text": list(mct) if allow else [],
                "categories": list(cats),
                "tags": [TAG] + list(tags)})
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------- cases 1-25

C(1, ground="weapon", weapon="box cutter", school="Madison Park Technical Vocational High School",
  sid="BPS-1043", rcpt="bpd/district-b2", when="2026-05-19 09:05",
  loc="Madison Park, Room 2117 (MCAS testing room C)", name="Dariel Ventura", grade=10,
  desc="""
  MEMO - Test Coordinator to Headmaster
  Re: HS Mathematics MCAS, Session 2, Room 2117

  At 9:05 AM, about 25 minutes into the session, proctor Ms. Okafor saw Dariel stand up and move toward the desk of another student (M.R.) holding a yellow box cutter with the blade extended. Dariel said "stop looking at my paper" and swung it once at M.R.'s hand. He missed. Ms. Okafor called the office on the room phone and SSO Pettaway took the box cutter from him without a struggle.

  The box cutter is one of the two we keep in the secure storage room to open the shrink-wrapped material boxes from the testing contractor. The count on Monday afternoon was two; this morning there was one. The storage room door was propped open with a chair during Monday's delivery, which I have already reported to DESE as a test security issue.

  Dariel's test was invalidated per DESE procedure and his booklet was placed in a bag sealed with Scotch tape and signed by both adults. His father came in at 11 and told the AP the family only arrived from Santo Domingo in August and that Dariel "doesn't know the rules here yet."
  """,
  decision="allow", mnc=["Santo Domingo"], mc=["box cutter"],
  mct=["box cutter", "secure storage room", "Scotch tape"], cats=["national_origin"],
  tags=["allow_weapon", "precision_trap"])

C(2, ground="drugs", subs=["Adderall", "counterfeit pills"], school="Boston Latin School", sid="BPS-1011",
  rcpt="bpd/district-d4", when="2025-03-27 10:40", loc="Boston Latin School, library annex (ELA make-up room)",
  name="Noor Haddad", grade=10,
  desc="""
  From: Renata Castillo, Assistant Headmaster
  To: Headmaster; Office of Safety Services
  Subject: pills found at the ELA make-up session
  Sent: Thu 3/27/2025 8:02 PM

  Today during the grade 10 ELA make-up session in the library annex, the proctor (Mr. Feeney) found a clear baggie with 11 orange pills stamped "b 974" on the floor under Noor's desk during the 10-minute break. Noor admitted they were hers. She said they were "Addys" she bought from a junior for $5 each "to lock in" for the test. There is no prescription on file with the nurse. Nurse Boateng compared the imprint and said it looks like Adderall 30 mg but the color is off, so they could be pressed pills. Noor kept the baggie zipped in the sleeve of her Canada Goose jacket until she took it out at the break.

  Noor told the nurse she felt shaky because she had not eaten since before sunrise for Ramadan. Her mom arrived at 1:15. The pills are bagged and labeled in the safe in the main office. Noor finished the make-up with extended time in a separate setting, which is already in her 504 plan.
  """,
  decision="allow", mnc=["Ramadan"], mc=["Adderall"],
  mct=["b 974", "safe in the main office", "Canada Goose"], cats=["religion"],
  tags=["allow_drugs", "precision_trap"])

C(3, ground="credible_threat", school="TechBoston Academy", sid="BPS-1127", rcpt="bpd/district-c11",
  when="2026-03-19 22:02", loc="Snapchat group chat; TechBoston Academy Room 311 (testing room)",
  name="Kevon Marsh", grade=10,
  threat="Student posted in a class group chat that whoever reported the answer-sharing \"is getting shot monday\" and, minutes later, named the reporting student's testing room (Room 311). The reporting student is identifiable from the post and the poster knows where she will be during Session 2 on Monday 3/23.",
  desc="""
  Threat Assessment Team - initial screening
  Reported by: ELA teacher (Session 1 proctor), 3/20, 7:40 AM

  Summary: A Snapchat group called "mcas answers" has been passing around photos that students claim are Session 1 answer keys (they are photos of a practice packet, not real keys). On 3/19 at 9:48 PM a student in the group (J.P.) told a teacher about it. That night Kevon posted in the group: "whoever snitched is getting shot monday. i know which room yall testing in." At 10:02 PM he added "B room 311 i see you." J.P. tests in Room 311 and is on the stage crew for the spring musical, so she is in the building until 6 most nights.

  J.P.'s mother gave us the screenshots. A school police note from last fall says Kevon "runs with the Wendover crew"; nothing confirms that. Kevon was kept out of testing today and is in the office with his aunt.
  """,
  decision="allow", mnc=["Wendover"], mc=["getting shot"],
  mct=["getting shot monday", "room 311", "stage crew"], cats=["gang_affiliation"],
  tags=["allow_threat", "precision_trap"])

C(4, ground="test_security_breach", school="Dearborn STEM Academy", sid="BPS-1208", rcpt="bpd",
  when="2026-04-14 10:35", loc="Dearborn STEM Academy, Room 214", name="Minh Chau Le", grade=8,
  extra={"home_language": "Vietnamese", "ell_status": "Former EL (FLEP) - monitored year 2"},
  desc="""
  Test Irregularity Report (district copy)
  Test: Grade 8 Mathematics, Session 1. Room 214. Proctor: D. Greer.

  During Session 1 a student took out a phone and photographed at least two pages of the test booklet. The images were posted to a TikTok account at 11:02 AM and taken down by 1:30 PM after the school reached the guardian. The student's test will be invalidated and DESE has been notified. The principal would like BPD to "look into" whether the images were shared with students at other schools. No threats were made, nothing was sold as far as we know, and no one was hurt.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Vietnamese", "FLEP"],
  cats=["language"], tags=["deny_ground", "structured_field"])

C(5, ground="weapon", weapon="knife", school="Jeremiah E. Burke High School", sid="BPS-1152",
  rcpt="bpd/district-b3", when="2026-01-27 10:20", loc="Burke High School, Room 118B (small room behind the library)",
  name="Yolanda Semedo", grade=9,
  desc="""
  Statement of test administrator (handwritten, typed by main office)

  I was giving the ACCESS for ELLs Speaking test to Yolanda in Room 118B, the small room behind the library, one student at a time with the headset. At about 10:20 she bent down to get a tissue from her lunch bag and I saw a steak knife with a wooden handle wrapped in a napkin next to a turkey sandwich. I paused the test on the laptop and asked her to hand me the bag. She didn't argue.

  She said a girl on the 28 bus told her yesterday "I'm going to cut your face tomorrow" and she brought the knife "only to scare her back." The blade is about 5 inches and serrated. I brought the bag to Mr. Fontaine in the main office and stayed with Yolanda until AP Riggs came. When we called home her mother answered in Kriolu and a cousin came to the phone to explain for her.

  - Ms. Dorsey
  """,
  decision="allow", mnc=["ACCESS for ELLs", "Kriolu"], mc=["steak knife"],
  mct=["steak knife", "turkey sandwich", "cut your face"], cats=["language"],
  tags=["allow_weapon", "precision_trap"])

C(6, ground="serious_violence", school="English High School", sid="BPS-1095", rcpt="bpd/district-e13",
  when="2025-05-20 09:50", loc="English High School gymnasium (large-group testing room)",
  name="Tariq Benn", grade=10,
  desc="""
  Approx. 9:50 AM, gymnasium, HS Math MCAS Session 1 (large-group room, 38 students, 3 proctors). Per proctor Mr. Albanese, Tariq asked to use the restroom and on his way back stopped at the table of another student (D.S.). Words were exchanged and D.S. told Tariq to "go back to the island, you dirty Dominican." Tariq grabbed D.S. by the back of the head and drove his face into the edge of the folding table twice. D.S. was bleeding heavily near the left eye. Nurse Grady responded with gauze and an ice pack; EMS took D.S. to Boston Children's, where the family was told he has a fractured orbital bone and will need surgery.

  The gym had been set up on Friday for the Red Cross blood drive, so the testing tables were pushed to the stage side and the proctors had a poor view of the aisle. All other students were moved to the cafeteria to finish under the DESE disruption procedure. Afterward Tariq was calm and told the AP, "He knows what he said."
  """,
  decision="allow", mnc=["Dominican"], mc=["orbital"],
  mct=["fractured orbital bone", "Red Cross blood drive", "ice pack"], cats=["ethnicity"],
  tags=["allow_violence", "precision_trap"])

C(7, ground="drugs", subs=["THC gummies"], school="Excel High School", sid="BPS-1161", rcpt="bpd/district-c6",
  when="2026-05-12 10:55", loc="Excel High School, nurse's office (student came from testing room 207)",
  name="Aaliyah Dorsainvil", grade=10,
  desc="""
  Nurse visit log - 5/12/26
  10:55  Student brought in by proctor from MCAS Math S1, room 207, after telling the proctor she "felt like the room was spinning." Pupils dilated, giggly, HR 112.
  11:00  States she and a friend split a pack of gummies in the bathroom before the session. Wrapper in her pocket: "Delta-9 THC 10mg per piece", 10 pieces, 3 left.
  11:05  Called mom. Mom will come from work; says the gummies "probably came from the older boys who hang by the Franklin Field buildings where we live."
  11:40  Vitals normal, resting. Session paused per DESE medical procedure; make-up to be scheduled.
  """,
  decision="deny", reason="excluded_substance", mnc=["Franklin Field"], cats=["neighborhood"],
  tags=["deny_substance"])

C(8, ground="drugs", subs=["counterfeit oxycodone pills"], school="Community Academy of Science and Health",
  sid="BPS-1230", rcpt="bpd/district-b3", when="2026-06-03 12:20",
  loc="CASH, 2nd-floor boys' bathroom and Room 226", name="Jean-Robert Alcindor", grade=9,
  desc="""
  On 6/3/26 at approx. 12:20 PM, during the lunch break between the two sessions of the Biology MCAS, this SSO was called to the 2nd-floor boys' bathroom by custodian Mr. Pires, who had found a student (A.L.) unresponsive on the floor. Nurse Kimball gave two doses of Narcan. A.L. began breathing on his own and was taken by EMS to Carney Hospital. A.L. told EMS he "took half a perc" he got from Jean-Robert.

  Jean-Robert was located in his testing room (Room 226) and agreed to a search of his backpack in front of the AP: 14 light-blue round pills stamped M 30 were folded inside a Biology review sheet. Jean-Robert said he sold A.L. one pill for $10 "for the nerves." Pills and review sheet placed in an evidence envelope.

  His grandmother, reached at 1:05, was at the noon prayer meeting at Eglise Baptiste Haitienne and said she would come right after. A.L. was stable at 3 PM.
  """,
  decision="allow", mnc=["Baptiste", "Haitienne", "prayer meeting"], mc=["M 30"],
  mct=["Narcan", "M 30", "Room 226"], cats=["religion", "ethnicity"], tags=["allow_drugs"])

C(9, ground="weapon", weapon="pepper spray", school="Lilla G. Frederick Middle School", sid="BPS-1317",
  rcpt="bpd/district-c11", when="2025-04-08 09:34", loc="Frederick Middle School, 3rd floor hallway outside Room 304",
  name="Hibaaq Warsame", grade=7, extra={"first_language": "Somali", "lep_flag": "Y"},
  desc="""
  Timeline (AP Wendell Shaw)
  - 8:52  Gr 7 ELA MCAS Session 1 begins in rooms 301-306.
  - 9:31  Hibaaq asks to use the restroom; hall monitor escorts.
  - 9:34  Outside 304, Hibaaq and an 8th grader (K.T.) argue about a video K.T. posted. Hibaaq takes a small black canister off her keychain and sprays K.T. in the face from about 2 feet.
  - 9:35  Spray drifts under the door into 304. Three students coughing; room evacuated to the library. One boy's Jordan 4s got sprayed and he is more upset about that than anything.
  - 9:40  Nurse flushes K.T.'s eyes. EMS takes K.T. as a precaution (burning, could not open eyes).
  - 9:50  Canister recovered, label says "pepper spray 0.5 oz". Hibaaq says her older sister gave it to her for walking home.
  - 10:30 Mother came in; Hibaaq's older brother translated for her during the meeting.
  - DESE notified of a session disruption for rooms 304 and 305.
  """,
  decision="allow", mnc=["Somali", "translated"], mc=["pepper spray"],
  mct=["pepper spray", "Jordan 4s", "sprays K.T. in the face"], cats=["language"],
  tags=["allow_weapon", "precision_trap", "structured_field"])

C(10, ground="credible_threat", school="Brighton High School", sid="BPS-1050", rcpt="bric",
  when="2025-11-06 10:15", loc="Brighton High School, ELA retest make-up room (Room 109)",
  name="Shane Kowalczyk", grade=11,
  threat="'If you tell them I had the answers on my phone I'm going to stab you outside' said to a named classmate during the ELA retest make-up session; the classmate had seen the phone.",
  desc="""
  Retest student (ELA retest, November window) told another retester in the make-up room, "If you tell them I had the answers on my phone I'm going to stab you outside." School police asked that this go to BRIC because the student is believed to be tied to the kids out of the Faneuil development and the unit wants it for their files. Phone was confiscated and returned to the parent.
  """,
  decision="deny", reason="recipient_not_permitted", mnc=["Faneuil"],
  cats=["gang_affiliation", "neighborhood"], tags=["deny_recipient"])

C(11, ground="credible_threat", school="Dearborn STEM Academy", sid="BPS-1208", rcpt="bpd/district-b2",
  when="2026-03-25 12:05", loc="Dearborn STEM Academy, Room 204", name="Destin Moultrie", grade=10,
  threat="A written statement in the student's secure test booklet: 'last day of testing im bringing my uncles gun and shooting up 204. ms H and the ones who laughed. not playing.' It names a time (the last day of testing, Thursday 3/26), a place (Room 204), a named proctor and the students who laughed at him that morning. His guardian reports that a relative keeps a gun in the home.",
  desc="""
  Dear OLA,
  I am sending our summary because the material itself cannot leave the building (secure test booklet). During grade 10 ELA Session 2 the proctor collected the booklets face-down at 12:05 and the test coordinator found this written in pencil across the constructed-response box for item 14, which I copy exactly: "last day of testing im bringing my uncles gun and shooting up 204. ms H and the ones who laughed. not playing."

  Room 204 is where Destin tested; "Ms. H" is the proctor, Ms. Halvorsen. Earlier that morning two students laughed when Destin's phone went off during check-in and Ms. Halvorsen removed him from the room for ten minutes. The handwriting matches his class work. His guardian told our family liaison that Destin's uncle "keeps something" at their apartment in the Lenox Street development and she is worried. The last day of testing in our building is Thursday 3/26. Destin left the building at 12:30 and has not come back.

  Principal K. Obi
  """,
  decision="allow", mnc=["Lenox"], mc=["gun"],
  mct=["constructed-response box", "face-down", "shooting up 204"], cats=["neighborhood"],
  tags=["allow_threat", "precision_trap"])

C(12, ground="weapon", weapon="firearm", school="New Mission High School", sid="BPS-1288", rcpt="bpd/district-e18",
  when="2025-05-21 08:12", loc="New Mission High School, MCAS testing room 3B", name="Malik Odom", grade=10,
  desc="""
  INCIDENT NARRATIVE: ON 05/21/2025 AT APPROX 0812 HRS, DURING MCAS HS MATH CHECK-IN, PROCTOR (MS. LOWE) COLLECTED STUDENT PHONES INTO A LABELED PHONE BIN PER DESE RULES. STUDENT MALIK KEPT HIS BACKPACK ON THE DESK AND REFUSED TO MOVE IT TO THE FRONT OF THE ROOM. WHEN THE PROCTOR LIFTED THE BAG IT WAS HEAVY AND THE STUDENT GRABBED IT BACK. SSO ROACH RESPONDED AND ESCORTED STUDENT TO OFFICE. BAG SEARCHED IN PRESENCE OF AP. FOUND: BLACK SEMI-AUTOMATIC HANDGUN, LOADED, 1 ROUND IN CHAMBER, IN INSIDE ZIP POCKET. ALSO IN BAG: GOLD CUBAN LINK CHAIN IN A SOCK AND $60 CASH. STUDENT STATED "I GOT IT FOR PROTECTION, THEY TOOK MY CHAIN LAST WEEK AND I GOT IT BACK." STUDENT ALSO STATED HE IS "FROM H-BLOCK, EVERYBODY KNOWS THAT." WEAPON SECURED BY SSO. BPD NOTIFIED 0831 HRS.
  """,
  decision="allow", mnc=["H-BLOCK"], mc=["HANDGUN"],
  mct=["LOADED", "CUBAN LINK CHAIN", "PHONE BIN"], cats=["gang_affiliation"],
  tags=["allow_weapon", "precision_trap"])

C(13, ground="weapon", weapon="airsoft pistol", school="Boston International Newcomers Academy",
  sid="BPS-1401", rcpt="bpd/district-c11", when="2026-02-05 09:25", loc="BINcA, Room 12",
  name="Yousef Mansour", grade=10,
  desc="""
  During the ACCESS Writing session (paper-based, Room 12) a student's backpack fell off his chair and a black pistol slid across the floor. The proctor moved all students into the hallway. SSO Dunleavy examined it: airsoft pistol, plastic body, orange tip painted over in black marker, CO2 cartridge, magazine empty. Student says it belongs to his cousin and he was going to sell it after school. Dad came in with a neighbor who speaks Arabic to help with the meeting.
  """,
  decision="deny", reason="other", mnc=["ACCESS Writing", "Arabic"], cats=["language"],
  tags=["deny_replica"])

C(14, ground="drugs", subs=["cocaine"], school="Charlestown High School", sid="BPS-1066",
  rcpt="bpd/district-a1", when="2025-11-13 10:10", loc="Charlestown High School, library alcove (retest room)",
  name="Bryan Keohane", grade=11,
  desc="""
  Hi Ms. Carvalho, writing this down while it's fresh.

  In the retest room (library alcove, 6 students) at about 10:10 I saw Bryan tip a small baggie of white powder onto the back of his calculator and use a cut straw. When I walked over he shoved it up his sleeve. SSO Flaherty came up and in the office Bryan emptied his pockets: two more baggies of white powder (one knotted), a rolled $20, $140 cash and a Visa gift card still in the CVS packaging. He said it was coke and that he was "just trying to stay awake for this stupid test." Nurse checked him, HR 118.

  When we called his mother she said she couldn't come because she has no papers and is scared of school police, and asked if his uncle could come instead. Uncle arrived 12:15. I didn't let anyone else use that calculator.

  Tom Ruane, Math
  """,
  decision="allow", mnc=["no papers"], mc=["cocaine"],
  mct=["cut straw", "Visa gift card", "white powder"], cats=["immigration_status"],
  tags=["allow_drugs", "precision_trap"])

C(15, ground="serious_violence", school="Snowden International School", sid="BPS-1299", rcpt="bpd/district-d4",
  when="2025-03-25 10:45", loc="Snowden International School, stairwell between floors 2 and 3",
  name="Emilio Rosado", grade=10,
  desc="""
  Statement of test proctor Gail Lindqvist.

  On March 25, 2025 I was the hallway proctor for the second floor during grade 10 ELA MCAS Session 1. Around 10:45 I saw a student, Emilio, sitting on the stairs between the second and third floors using a phone; he had been let out of his testing room to use the bathroom. I told him phones are not allowed in the building during testing and asked him to give it to me so I could report it. He said "don't touch me," and when I reached for the phone he shoved me with both hands. I fell backward down about six steps and landed on my right arm.

  The nurse splinted my wrist and I was taken to Tufts Medical Center, where an x-ray showed a fractured right wrist (distal radius) that needs surgery. I have been told the school could not reach his mother until a Spanish interpreter was on the line, and that the meeting will be Friday.
  """,
  decision="allow", mnc=["Spanish", "interpreter"], mc=["fractured"],
  mct=["fractured right wrist", "six steps", "Tufts Medical Center"], cats=["language"],
  tags=["allow_violence"])

C(16, ground="fraud", school="TechBoston Academy", sid="BPS-1127", rcpt="bpd/district-c11",
  when="2026-03-16 15:00", loc="TechBoston Academy (online; Venmo)", name="Josiah Brandão", grade=11,
  extra={"ethnicity": "Cape Verdean", "race": "Black or African American"},
  desc="""
  Principal requests BPD involvement. A junior was selling "MCAS answers" for $25 over Venmo to 10th graders the week before the ELA test; about 14 students paid. The "answers" were copied from last year's released items on the DESE website. Parents of two students want their money back and asked whether this counts as fraud. No threats, no weapons, nobody hurt.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Cape Verdean", "African American"],
  cats=["ethnicity"], tags=["deny_ground", "structured_field"])

C(17, ground="weapon", weapon="brass knuckles", school="East Boston High School", sid="BPS-1077",
  rcpt="bpd/district-a7", when="2026-05-13 11:30", loc="East Boston High School, Room 115", name="Cristian Mejía",
  grade=10,
  desc="""
  So here's what happened. Math, Session 2, room 115. Most kids were done and sitting quietly with books, which is the rule until everyone finishes. Around 11:30 Cristian got up to turn in his booklet and on the way back slid on a set of brass knuckles (silver, four finger holes, the kind with little spikes) and punched the side of the desk of a boy (R.M.) who had been laughing at him. Then he held his fist up by R.M.'s face and said "next one's you." Proctor pressed the call button. R.M. wasn't touched.

  Cristian handed the knuckles to SSO Moran in the hall. He says he bought them at a smoke shop. His mom works at East Boston Neighborhood Health Center and walked right over. According to the emergency card the family lives on Bennington St by the Orient Heights T, and Cristian says older kids there have been jumping him. Mom says they came from El Salvador two years ago and he's had a hard time.
  """,
  decision="allow", mnc=["Bennington", "Orient Heights", "El Salvador"], mc=["brass knuckles"],
  mct=["brass knuckles", "East Boston Neighborhood Health Center", "next one's you"],
  cats=["neighborhood", "national_origin"], tags=["allow_weapon", "precision_trap"])

C(18, ground="credible_threat", school="Boston Community Leadership Academy", sid="BPS-1034",
  rcpt="bpd/district-e18", when="2026-05-20 12:40", loc="BCLA, 3rd floor hallway", name="Lamar Whitfield", grade=10,
  threat="Student told the proctor who had confiscated his cheat sheet: 'I know your car, the grey Jeep Cherokee in the back lot. Keep talking and I'll burn it with you in it.' He said it twice; a second teacher heard it. The student knows the proctor's car and where it is parked.",
  desc="""
  Principal Ames, I need this on record.

  During Session 2 I saw Lamar pass a folded sheet to the student behind him. I collected it (formulas and three answer letters; it is with the test coordinator now). He was quiet until dismissal. At 12:40 in the 3rd floor hallway he stood in front of me and said: "You think you slick. I know your car, the grey Jeep Cherokee in the back lot. Keep talking and I'll burn it with you in it." He said it twice and walked off. Mr. Pinto from science heard the second time. I'm not comfortable walking to my car today.

  I also want it noted that he asked to leave early on Fridays for prayers at the Islamic center and I'm worried someone will say this is about that. It isn't. It's about the cheat sheet.

  - R. Vasquez-Hill
  """,
  decision="allow", mnc=["Islamic", "prayers"], mc=["burn it with you in it"],
  mct=["Jeep Cherokee", "cheat sheet", "burn it with you in it"], cats=["religion"],
  tags=["allow_threat", "precision_trap"])

C(19, ground="credible_threat", school="Excel High School", sid="BPS-1161", rcpt="bpd/district-c6",
  when="2025-11-18 09:10", loc="Excel High School, retest room 112", name="Jaylen Pires", grade=12,
  desc="""
  Jaylen (retest, lives off Mattapan Square with his dad) told the proctor "you're gonna regret this" when she moved his seat. AP wants it on file with police in case. No further statement from anyone.
  """,
  decision="deny", reason="missing_threat_statement", mnc=["Mattapan"], cats=["neighborhood"],
  tags=["deny_threat_missing"])

C(20, ground="drugs", subs=["MDMA"], school="Boston Arts Academy", sid="BPS-1019", rcpt="bpd/district-d4",
  when="2026-03-24 08:40", loc="Boston Arts Academy, Dance Studio 2 (ELA testing room)", name="Sienna Okonkwo",
  grade=10, extra={"home_address": "27 Cheney St, Roxbury MA 02121", "accommodations": "extended time"},
  desc="""
  Dance Studio 2 was set up as a testing room for grade 10 ELA Session 1. At 8:40, during the bag drop at the mirror wall, the proctor noticed a zip makeup bag had spilled: a bottle of nail polish, lip gloss and a small baggie with six clear capsules of tan crystals. Sienna said the bag was hers and that the capsules were "molly" a friend from another school gave her "for after testing." She gave the names of no other students. The capsules are in a sealed envelope in the main office safe. Testing for Sienna was moved to the make-up date; everyone else tested as scheduled.
  """,
  decision="allow", mnc=["Cheney", "Roxbury", "02121"], mc=["MDMA"],
  mct=["nail polish", "six clear capsules", "Dance Studio 2"], cats=["neighborhood"],
  tags=["allow_drugs", "precision_trap", "structured_field"])

C(21, ground="serious_violence", school="Mission Hill K-8 School", sid="BPS-1262", rcpt="bpd/district-b2",
  when="2025-05-06 10:05", loc="Mission Hill K-8, Room 207 (grade 8 math testing)", name="Kiara Fofana", grade=8,
  desc="""
  Grade 8 Math MCAS, Session 2. At 10:05 Kiara and another student (T.W.) got into it over the reference sheet; T.W. said Kiara was copying and Kiara told her to stop lying. Kiara picked up a geometry compass and stabbed T.W. in the back of the hand, the point went in about half an inch. Nurse Abernathy controlled the bleeding and T.W. was taken to Boston Children's where she got stitches and a tetanus shot; the doctor told mom there may be nerve damage to one finger.

  Kiara was removed from the room and sat with the counselor. She told her she has been getting bothered on the way home since they moved into Mission Main in January and that T.W.'s cousins live there too. The compass is in an envelope in the main office. Both tests invalidated per DESE.
  """,
  decision="allow", mnc=["Mission Main"], mc=["compass"],
  mct=["geometry compass", "back of the hand", "nerve damage"], cats=["neighborhood"],
  tags=["allow_violence", "precision_trap"])

C(22, ground="vandalism", school="Jeremiah E. Burke High School", sid="BPS-1152", rcpt="bpd/district-b3",
  when="2026-03-24 09:15", loc="Burke High School, 2nd floor pull station", name="Darnell Hughes", grade=10,
  desc="""
  A student pulled the fire alarm 40 minutes into ELA Session 1. The building was evacuated and all sessions were interrupted; DESE was notified. Camera shows the student at the pull station. Staff believe he did it so that his friends from Castlegate would not have to finish the test. Requesting BPD follow-up for the vandalism and the disruption.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Castlegate"], cats=["gang_affiliation"],
  tags=["deny_ground"])

C(23, ground="weapon", weapon="stun gun", school="Fenway High School", sid="BPS-1104", rcpt="bpd/district-d4",
  when="2026-05-19 09:20", loc="Fenway High School, Room 402", name="Rodney Faulk", grade=10,
  desc="""
  Q: What did you see?
  A: We were twenty minutes into Session 1, Math, in the French classroom on the fourth floor, room 402. Nadège had her accommodations out on her desk, the Haitian Creole to English word-to-word glossary and her calculator.
  Q: Go on.
  A: The boy next to her, Rodney, took a black thing out of his hoodie pocket, about the size of a phone. He pressed it and it made a loud crackling noise with a blue spark. He held it near her arm and said "give me the answers or I light you up."
  Q: Did he touch her with it?
  A: No. She screamed, I told him to put it on the floor, and he did.
  Q: Where is the device now?
  A: SSO Ruiz took it. It says "stun gun" and a lot of zeros on the side.
  (Interview of proctor M. Castellanos by AP, 5/19, 10:05)
  """,
  decision="allow", mnc=["Haitian", "word-to-word"], mc=["stun gun"],
  mct=["stun gun", "French classroom", "light you up"], cats=["language"],
  tags=["allow_weapon", "precision_trap"])

C(24, ground="credible_threat", school="Brighton High School", sid="BPS-1050", rcpt="bpd/district-d14",
  when="2026-03-25 08:05", loc="Brighton High School, biology lab (Room 221, testing room)", name="Tiago Moreira",
  grade=10,
  threat="Handwritten note left on the proctor's desk in the testing room: 'there is a bomb in the building it goes off during session 2. everybody who laughed at me dies. not a joke this time.' The student admitted writing it and said he wanted the test cancelled and the students who laughed at him to be scared. He had searched for pipe bomb instructions on a school Chromebook on 3/23.",
  desc="""
  At 8:05 the Session 2 proctor found a folded note on her desk in Room 221 (biology lab, used as a testing room): "there is a bomb in the building it goes off during session 2. everybody who laughed at me dies. not a joke this time." The second half of the note was written in Portuguese and repeated the same thing with the names of three students. The building was cleared and BPD did a sweep; nothing was found. The room was left so fast that nobody took the guinea pig cage, which the custodian moved later.

  Tiago admitted writing the note during the AP interview. He said he wanted the test cancelled and wanted the three students to be scared because they laugh at him every time he reads out loud in class. The district tech team found that on 3/23 his Chromebook account searched "how to make a pipe bomb" and "pipe bomb school." Session 2 was rescheduled for the whole grade.
  """,
  decision="allow", mnc=["Portuguese"], mc=["bomb"],
  mct=["guinea pig", "pipe bomb", "Room 221"], cats=["language"],
  tags=["allow_threat", "precision_trap"])

C(25, ground="drugs", subs=["vape (contents unknown)"], school="Jeremiah E. Burke High School", sid="BPS-1152",
  rcpt="bpd/district-b3", when="2025-04-10 11:20", loc="Burke High School, 1st floor girls' bathroom",
  name="Kayla Andrade", grade=9, extra={"ethnicity": "Cape Verdean"},
  desc="""
  During the break in the practice session for the grade 9 Biology MCAS, a teacher found two students in the 1st floor bathroom passing a black vape pen. Kayla said it was hers. The cartridge has no label and she would not say what is in it. The pen was confiscated and is in the AP's office.
  """,
  decision="deny", reason="excluded_substance", mnc=["Cape Verdean"], cats=["ethnicity"],
  tags=["deny_substance", "structured_field"])

# ---------------------------------------------------------------- cases 26-50

C(26, ground="drugs", subs=["oxycodone"], school="Henderson K-12 Inclusion School", sid="BPS-1189",
  rcpt="bpd/district-c11", when="2026-04-07 09:45", loc="Henderson Upper Campus, Room 3-12 (small-group testing)",
  name="Marcus Tavares", grade=8,
  desc="""
  Marcus tests in a small-group separate setting with a read-aloud accommodation (IEP). During Session 1 of grade 8 ELA, the test administrator reading the passages aloud saw him pass something to the student at the next table (C.J.) under the desk. She paused the read-aloud and asked both students to put their hands on the desk. C.J. had two small white round pills in his palm stamped "M 523". Marcus had a pill bottle in his pocket with the label scratched off and nine more of the same pills. He said the bottle is his grandmother's and that the pills "help you chill out for the test." Nurse identified the imprint as oxycodone/acetaminophen 10/325. Neither boy had taken any. Grandmother came to the school at noon; she told the AP she hasn't been able to find that bottle since Easter weekend and that Marcus spends most afternoons at her place on Savin Hill Ave.
  """,
  decision="allow", mnc=["Savin Hill"], mc=["oxycodone"],
  mct=["read-aloud", "M 523", "separate setting"], cats=["neighborhood"],
  tags=["allow_drugs", "precision_trap"])

C(27, ground="serious_violence", school="Boston Latin Academy", sid="BPS-1008", rcpt="bpd/district-b2",
  when="2026-03-24 10:50", loc="Boston Latin Academy, east stairwell between floors 3 and 4", name="Adrian Colón",
  grade=10, extra={"ethnicity": "Hispanic/Latino - Puerto Rican", "religion": "Pentecostal",
                   "sped": "No"},
  desc="""
  Title IX coordinator / AP joint summary (restricted).

  During the break between ELA Session 1 parts, students were released in small groups to the restrooms. A 10th grade girl (student B) reports that at about 10:50 Adrian followed her into the east stairwell between the 3rd and 4th floors, pinned her against the wall by the shoulders, and put his hand under her shirt and down the front of her pants while she told him to stop and tried to push him away. She got free when a door opened above them. She went straight back to her testing room (the Latin II classroom, 314) and told the proctor she felt sick; she disclosed to the nurse 20 minutes later. The nurse documented scratches and bruising on both shoulders.

  Adrian denies it. Hall camera shows both students entering the stairwell 40 seconds apart and student B leaving running. Student B's parents are aware and want police involved. Adrian is out of school pending the hearing.
  """,
  decision="allow", mnc=["Puerto Rican", "Pentecostal"], mc=["stairwell"],
  mct=["pinned her against the wall", "Latin II classroom", "bruising on both shoulders"],
  cats=["ethnicity", "religion"], tags=["allow_violence", "precision_trap", "structured_field"])

C(28, ground="weapon", weapon="knife", school="Brighton High School", sid="BPS-1050", rcpt="bpd/district-d14",
  when="2026-05-14 13:10", loc="Brighton High School, testing-floor hallway", name="Kenny Tran", grade=10,
  att=[{"kind": "face_match", "name": "vendor_match_report_0514.pdf"},
       {"kind": "photo", "name": "hallway_cam3_still.jpg"}],
  desc="""
  After the Math make-up session a proctor saw a student in the 2nd floor hallway with what looked like a kitchen knife in his waistband. The student was not stopped. Our camera vendor ran the hallway still through their face recognition product, which returned Kenny as the top candidate (confidence 94.6%). The vendor's match report and the still are attached. Requesting BPD locate and interview.
  """,
  decision="deny", reason="face_surveillance", mnc=["94.6%"], cats=["face_surveillance"],
  tags=["deny_face"])

C(29, ground="trespass", school="Madison Park Technical Vocational High School", sid="BPS-1043",
  rcpt="bpd/district-b2", when="2026-05-19 09:40", loc="Madison Park, Malcolm X Blvd entrance",
  name="Ronaldo Pierre-Louis", grade=12,
  desc="""
  A former student (graduated class of 2025, now 19) walked into the building during MCAS through a door held open by a delivery driver, to bring his younger brother a phone charger. He left when asked. He told the security aide he is here on Temporary Protected Status and "can't get in trouble," and begged her not to call anyone. The school wants a no-trespass order issued.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Temporary Protected Status"],
  cats=["immigration_status"], tags=["deny_ground"])

C(30, ground="weapon", weapon="knife", school="Margarita Muñiz Academy", sid="BPS-1241", rcpt="bpd/district-e13",
  when="2026-04-01 13:15", loc="Muñiz Academy, principal's conference room (make-up session)",
  name="Mateo Arriaga", grade=10,
  desc="""
  Make-up session for grade 10 ELA, principal's conference room, four students, one proctor (Mr. Delacroix). At about 1:15 Mateo's hoodie was hanging on his chair and a switchblade fell out of the pocket when another student bumped the chair. Mr. Delacroix picked it up. Black handle, push button, blade about 3.5 inches. Mateo said he carries it because he walks through the park after dark to get to his job at the car wash. He did not threaten anyone and had it closed.

  Background the AP got from the counselor: his dad was detained by ICE in January and Mateo has been working nights since, which is why he missed the original session. Knife is locked in the main office. Mateo finished the session.
  """,
  decision="allow", mnc=["detained by ICE"], mc=["switchblade"],
  mct=["switchblade", "push button", "car wash"], cats=["immigration_status"], tags=["allow_weapon"])

C(31, ground="credible_threat", school="Curley K-8 School", sid="BPS-1177", rcpt="bpd/district-e13",
  when="2025-04-03 13:30", loc="Curley K-8, Room 310 (make-up testing room)", name="Brayden Sullivan", grade=8,
  threat="During a make-up session the student told two classmates that he would bring his brother's Glock on Friday and shoot the student who told the principal about the answer photos, naming her. He showed them a photo on his phone of a handgun on a bed, taken that morning, and said 'Friday, 2nd period, watch.'",
  desc="""
  Counselor notes, 4/3, 1:30 PM. Two 8th graders came to me after the make-up session in 310. Summary of what both said separately: Brayden had been running a group chat called the "Dream Team" where kids posted photos of questions from the science practice test and the ELA test; it got shut down after a girl (E.R.) told the principal. During the make-up today, Brayden leaned over and said he was going to "bring my brother's Glock Friday and pop her," said her name, and showed them a photo on his phone of a black handgun on a bed that he said he took this morning. He said "Friday, 2nd period, watch." Both kids are scared. E.R. is the girl whose family moved here from Guatemala last year and who speaks K'iche' at home, so some kids already pick on her. Brayden is with the AP now; parent called.
  """,
  decision="allow", mnc=["K'iche'", "Guatemala"], mc=["Glock"],
  mct=["Dream Team", "Glock", "2nd period"], cats=["language", "national_origin"],
  tags=["allow_threat", "precision_trap"])

C(32, ground="drugs", subs=["psilocybin"], school="Boston Green Academy", sid="BPS-1027", rcpt="bpd/district-d14",
  when="2026-05-20 08:30", loc="Boston Green Academy, cafeteria (testing-day breakfast)", name="Brandon Vu",
  grade=10, extra={"race_ethnicity": "Asian - Vietnamese", "languages": ["Vietnamese", "English"],
                   "iep": False},
  desc="""
  Testing-day breakfast, 8:30. A lunch aide saw Brandon breaking squares off a chocolate bar in a glossy wrapper and handing them to two other 10th graders. The wrapper says "Polkadot Mushroom Belgian Chocolate" and "4g". Brandon told the AP it's "shroom chocolate" from a shop in Cambridge and that it helps him "not freak out" during tests. Neither of the other students ate theirs. Six squares left in the wrapper. Brandon was held out of Session 1 and his mother picked him up.
  """,
  decision="allow", mnc=["Vietnamese"], mc=["Mushroom"],
  mct=["Polkadot Mushroom Belgian Chocolate", "shroom chocolate"], cats=["ethnicity", "language"],
  tags=["allow_drugs", "structured_field"])

C(33, ground="weapon", weapon="knife", school="East Boston High School", sid="BPS-1077", rcpt="dhs/hsi-boston",
  when="2026-05-13 08:20", loc="East Boston High School, front entrance bag check", name="Julián Ortega",
  grade=10,
  desc="""
  A kitchen knife was found in the student's backpack at the testing-day bag check. The school resource officer suggested sending the report to HSI as well, because the student's older brother overstayed his student visa and the family is "already known to them."
  """,
  decision="deny", reason="recipient_not_permitted", mnc=["overstayed", "student visa"],
  cats=["immigration_status"], tags=["deny_recipient"])

C(34, ground="serious_violence", school="Madison Park Technical Vocational High School", sid="BPS-1043",
  rcpt="bpd/district-b2", when="2025-05-21 11:55", loc="Madison Park, main cafeteria", name="Jamal Ricketts",
  grade=10,
  desc="""
  Lunch after HS Math Session 1. Cafeteria monitor (Mr. Ocasio) says Jamal walked up behind a student (L.G.) who was sitting with a tray of chicken tenders and French fries, said "you told them I was on my phone in the test," and swung a full metal lunch tray from the kitchen line into the side of L.G.'s face. L.G. fell off the bench. He was bleeding from the mouth and could not close his jaw. Boston Medical Center confirmed a broken jaw in two places; it will be wired shut.

  Jamal left through the back and was found in the auto shop. In the office he said L.G. "snitched" to the proctor, which got Jamal's test invalidated. Kids at the table told the AP the two of them have been beefing since the fall because L.G. is from Warren Gardens and Jamal's people are not, but nobody could say more than that.
  """,
  decision="allow", mnc=["Warren Gardens"], mc=["broken jaw"],
  mct=["French fries", "metal lunch tray", "broken jaw in two places"], cats=["neighborhood"],
  tags=["allow_violence", "precision_trap"])

C(35, ground="weapon", weapon="BB gun", school="Brighton High School", sid="BPS-1050", rcpt="bpd/district-d14",
  when="2026-05-14 07:55", loc="Brighton High School, side lot", name="Oscar Lindgren", grade=11,
  desc="""
  Before the make-up session a student was seen in the side lot pointing a BB gun (Crosman, black, pump) at a squirrel. Staff took it. He says he lives by Oak Square and was going to the woods after school. No people were targeted.
  """,
  decision="deny", reason="other", mnc=["Oak Square"], cats=["neighborhood"], tags=["deny_replica"])

C(36, ground="weapon", weapon="razor blade", school="Charlestown High School", sid="BPS-1066", rcpt="bpd/district-a1",
  when="2026-02-10 10:40", loc="Charlestown High School, Room 207 (ACCESS testing)", name="Wilson Huang", grade=11,
  desc="""
  Room 207, ACCESS Listening, 10:40. The proctor noticed Wilson working at something under his desk and found that he had taken the blade out of a pencil sharpener and taped it to the end of a pen so it stuck out about a quarter inch. When the proctor asked for it he held it out toward her and said "back up." She backed up and called for SSO Patrick, who talked him into dropping it on the desk. No one was cut. Afterward Wilson told the counselor he made it because two boys took his earbuds in the locker room. His dad needed a Cantonese interpreter for the call. Wilson is also in a dual enrollment class at Bunker Hill Community College two afternoons a week and the college has been informed he will be absent.
  """,
  decision="allow", mnc=["ACCESS Listening", "Cantonese", "interpreter"], mc=["razor blade"],
  mct=["pencil sharpener", "back up", "Bunker Hill Community College"], cats=["language"],
  tags=["allow_weapon", "precision_trap"])

C(37, ground="fight", school="Dorchester Academy", sid="BPS-1074", rcpt="bpd/district-c11",
  when="2025-11-05 12:10", loc="Dorchester Academy, front steps", name="Abdirahman Farah", grade=11,
  desc="""
  Two retest students got into a fistfight on the front steps after the ELA retest. No injuries beyond a scraped elbow; both were sent home. The other boy said it started because he called Abdirahman's family "Somali pirates." One parent wants the police to "talk to" Abdirahman because the family lives at Columbia Point near her.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Somali", "Columbia Point"],
  cats=["ethnicity", "neighborhood"], tags=["deny_ground"])

C(38, ground="credible_threat", school="Washington Irving Middle School", sid="BPS-1210", rcpt="bpd/district-e5",
  when="2026-04-08 11:05", loc="Irving Middle School, Room 118 (grade 7 ELA testing)", name="Caleb Wentworth",
  grade=7,
  threat="Student wrote on the testing-room whiteboard during the break 'MS GRANT DIES 4/9 I HAVE MY DADS GUN'. His father owns a registered handgun kept at home; the student has told two classmates this week that he knows where the key to the lockbox is.",
  desc="""
  Sent from my iPhone -- AP Donovan to Principal:

  Ms. Grant came to me at 11:05. During the stretch break in Session 1 someone wrote on the whiteboard behind the testing sign, in red dry-erase: MS GRANT DIES 4/9 I HAVE MY DADS GUN. Caleb was the only student who went up front (to sharpen a pencil) and he admitted it right away. He's angry because she reported him to the test coordinator yesterday for talking during Session 1 and his test is being reviewed. Two boys in his class told me Caleb has said twice this week that he knows where his dad keeps the key to the lockbox. Dad confirmed by phone he has a registered handgun at home. Mom says Caleb has been upset since she and the kids stopped going to Kingdom Hall and his dad moved out, and that he "says things." I took a photo of the board before erasing it.
  """,
  decision="allow", mnc=["Kingdom Hall"], mc=["gun"],
  mct=["MS GRANT DIES 4/9", "lockbox", "whiteboard"], cats=["religion"], tags=["allow_threat"])

C(39, ground="drugs", subs=["LSD"], school="John D. O'Bryant School of Mathematics & Science", sid="BPS-1115",
  rcpt="bpd/district-b2", when="2026-03-25 08:50", loc="O'Bryant School, Room 245 (ELA testing)",
  name="Samuel Tesfaye", grade=10,
  desc="""
  Proctor statement, Room 245. During the phone collection at 8:50, Samuel put his phone in the pouch and a Pokémon card sleeve fell out of the case. Inside the sleeve was a sheet of small paper squares printed with a cartoon sun, about 20 squares, perforated. I gave it to the AP without touching the squares. Samuel told the AP they were "tabs" and that he was holding them for someone in another grade and was not going to take any during the test. The nurse said he seemed normal. His mom, who had to leave early from services at St. Mary's Ethiopian Orthodox church to come in, told the AP she had never seen anything like that at home.
  """,
  decision="allow", mnc=["Ethiopian", "Orthodox", "St. Mary"], mc=["LSD"],
  mct=["Pokémon card sleeve", "cartoon sun", "perforated"], cats=["religion", "ethnicity"],
  tags=["allow_drugs"])

C(40, ground="weapon", weapon="knife", school="Edward M. Kennedy Academy for Health Careers", sid="BPS-1081",
  rcpt="bpd/district-d4", when="2025-05-20 14:05", loc="Kennedy Academy, sidewalk on The Fenway outside the front door",
  name="Elvis Nzeyimana", grade=10,
  desc="""
  Elvis took the Math MCAS make-up on 5/20 because he missed Session 1 for his asylum hearing downtown. At 2:05, after dismissal, the SSO watching the front door saw him on the sidewalk on The Fenway outside the front door arguing with a student from another school. Elvis lifted his shirt and showed a fixed-blade hunting knife in a sheath on his belt and said "come on then." The other student walked away. SSO brought Elvis inside; the knife is about 7 inches with a 4-inch blade and a camo handle. Elvis said the other boy had been waiting for him after school for three days.
  """,
  decision="allow", mnc=["asylum"], mc=["hunting knife"],
  mct=["hunting knife", "The Fenway", "come on then"], cats=["immigration_status"],
  tags=["allow_weapon", "precision_trap"])

C(41, ground="drugs", subs=["whiskey"], school="Another Course to College", sid="BPS-1003", rcpt="bpd/district-b3",
  when="2026-03-24 09:30", loc="ACC, Room 2 (ELA testing)", name="Erick Ajú", grade=10,
  extra={"ethnicity": "Guatemalan", "parent_language": "Spanish"},
  desc="""
  Proctor smelled alcohol on the student in Session 1. His water bottle had cinnamon whiskey in it (he said he emptied three nips into it on the way to school). He was sent to the nurse and a parent picked him up. No other substances.
  """,
  decision="deny", reason="excluded_substance", mnc=["Guatemalan", "Spanish"],
  cats=["ethnicity", "language"], tags=["deny_substance", "structured_field"])

C(42, ground="serious_violence", school="Excel High School", sid="BPS-1161", rcpt="bpd/district-c6",
  when="2026-05-19 12:25", loc="Excel High School, 1st floor hallway by the gym doors", name="Connor Moakley",
  grade=10,
  desc="""
  12:25, right after Math Session 1 let out. Connor put a combination lock in a tube sock and swung it into the back of the head of another 10th grader (P.D.) in the first floor hallway by the gym doors. P.D. went down and was unresponsive for about a minute. EMS to Boston Medical Center; his mother says CT shows a depressed skull fracture and he is being kept in the ICU overnight. Three students and a teacher saw it. Connor told the AP that P.D. "got me flagged" by telling the proctor he had notes in his calculator cover. Connor's mom said on the phone that they live in Old Colony and that "everybody over there already knows about this."
  """,
  decision="allow", mnc=["Old Colony"], mc=["skull fracture"],
  mct=["combination lock in a tube sock", "depressed skull fracture", "calculator cover"],
  cats=["neighborhood"], tags=["allow_violence"])

C(43, ground="credible_threat", school="Jeremiah E. Burke High School", sid="BPS-1152", rcpt="bpd/district-b3",
  when="2026-03-24 18:40", loc="Instagram direct messages; Burke High School", name="Dayvon Lopes", grade=10,
  threat="After a classmate told the proctor that answer photos were being traded, the student sent her an Instagram message: 'u got me kicked out the test. tmrw after session 2 im waiting by the side door with my blick. u and ur brother.' The side door is where she leaves; 'blick' is slang for a gun. He sent a second message with a photo of her brother's bus stop.",
  desc="""
  Re: Dayvon L. - threat to student (screenshots in the AP's folder)

  Last night at 6:40 the 10th grader who reported the answer-photo trading (N.A.) got this from Dayvon on Instagram: "u got me kicked out the test. tmrw after session 2 im waiting by the side door with my blick. u and ur brother." "Blick" is slang for a gun. A second message was a photo of the bus stop her little brother uses. N.A. leaves by the side door every day because her mom picks her up there.

  N.A. says Dayvon and his friends post as the Geneva Ave boys and that they've jumped people before. A couple of the messages between his friends that N.A. forwarded are in Cape Verdean Creole and the family liaison translated them: "we handle it tomorrow." Dayvon's testing has been moved to the make-up. The night custodial crew checked the side door and the lot; nothing found.
  """,
  decision="allow", mnc=["Geneva Ave", "Cape Verdean"], mc=["blick"],
  mct=["with my blick", "side door", "custodial crew"], cats=["gang_affiliation", "language"],
  tags=["allow_threat", "precision_trap"])

C(44, ground="credible_threat", threat="", school="Boston Latin School", sid="BPS-1011", rcpt="bpd/district-d4",
  when="2025-05-21 10:05", loc="Boston Latin School, Room 305", name="Harpreet Gill", grade=10,
  desc="""
  Harpreet was upset after a proctor asked him to remove his patka so she could check for earbuds during Math Session 1, and he told her she would be "sorry." He is Sikh and the family complained about the request. Submitting as a credible threat pending review.
  """,
  decision="deny", reason="missing_threat_statement", mnc=["Sikh", "patka"], cats=["religion"],
  tags=["deny_threat_missing"])

C(45, ground="gang_activity", school="TechBoston Academy", sid="BPS-1127", rcpt="bpd/district-c11",
  when="2026-03-25 11:40", loc="TechBoston Academy, Room 308", name="Andre Baptiste-Williams", grade=10,
  desc="""
  Proctor collected a test booklet with drawings on the back cover: a crown, the letters BB and "Bowdoin 4 life." Two other students in the room were throwing hand signs at each other during the break. Please add these students to your records of who is involved with the Bowdoin group.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Bowdoin"], cats=["gang_affiliation"],
  tags=["deny_ground"])

C(46, ground="weapon", weapon="collapsible baton", school="Community Academy", sid="BPS-1070", rcpt="bpd/district-e18",
  when="2025-11-05 08:25", loc="Community Academy, front office metal detector", name="Trevor Grandison",
  grade=11,
  desc="""
  Retest morning. Trevor came through the wand check at 8:25 and the aide felt something hard in his coat lining. It was a black steel collapsible baton, 21 inches open, with a glass-breaker tip. He flicked it open in the office to "show how it works" and nearly hit the aide's arm. He said he bought it online after he got robbed at the bus stop on Hyde Park Ave right by his house. He was not allowed to sit for the retest today and will be rescheduled.
  """,
  decision="allow", mnc=["Hyde Park Ave"], mc=["baton"],
  mct=["collapsible baton", "glass-breaker tip", "wand check"], cats=["neighborhood"], tags=["allow_weapon"])

C(47, ground="drugs", subs=["Percocet"], school="Another Course to College", sid="BPS-1003", rcpt="bpd/district-b3",
  when="2026-05-20 11:50", loc="ACC cafeteria and Room 5", name="Luis Chimbo", grade=10,
  desc="""
  On 5/20 a teacher on lunch duty between Math sessions watched Luis hand another 10th grader (S.P.) a small foil packet under the table, next to a styrofoam box of chicken and Spanish rice. S.P. gave Luis a folded sheet of paper. The teacher took both. The foil held three round blue pills marked "A 215" (Percocet 10/325 per the nurse's lookup). The paper was S.P.'s handwritten answers to the first 12 questions of Session 1, which S.P. admits he copied from the booklet during the session. Luis said it was "a trade." Luis's uncle, who picked him up, told the AP the family is Ecuadorian and that "where we come from, the school handles these things itself."
  """,
  decision="allow", mnc=["Ecuadorian"], mc=["Percocet"],
  mct=["Spanish rice", "A 215", "foil packet"], cats=["ethnicity", "national_origin"],
  tags=["allow_drugs", "precision_trap"])

C(48, ground="serious_violence", school="Dorchester Academy", sid="BPS-1074", rcpt="bpd/district-c11",
  when="2025-03-26 09:15", loc="Dorchester Academy, Room 104 (ELA testing)", name="Isaiah Gaines", grade=10,
  desc="""
  9:15 AM. Room 104, ELA Session 2. According to the proctor, Isaiah stood up, lifted his metal chair over his head and brought it down on the head and shoulder of the student in front of him (M.O.), who had turned around twice to look at him. M.O. has a fractured collarbone and a 3 cm cut on the scalp closed with staples at Carney Hospital. The room was evacuated; the remaining students finished in the library with a new proctor. Isaiah said M.O. "kept looking at my answers." His mother said he has been sleeping at his grandmother's in Uphams Corner since the fall. The victim's family has asked about a harassment prevention order at Dorchester District Court.
  """,
  decision="allow", mnc=["Uphams"], mc=["fractured collarbone"],
  mct=["metal chair", "fractured collarbone", "Dorchester District Court"], cats=["neighborhood"],
  tags=["allow_violence", "precision_trap"])

C(49, ground="credible_threat", school="Snowden International School", sid="BPS-1299",
  rcpt="commonwealth-fusion-center", when="2026-03-25 14:30", loc="Snowden International School",
  name="Felix Oduya", grade=10,
  threat="Student told a proctor after ELA Session 2: 'If my scores get canceled I'm bringing a gun and everybody in 302 is done.'",
  desc="""
  Threat made to a proctor after Session 2 because the student's test was flagged for irregularities. School police asked that a copy also go to the Commonwealth Fusion Center since his older cousin is in their files as a member of a Roxbury crew and they "track the family." The student is a Nigerian national on a student visa through his uncle.
  """,
  decision="deny", reason="recipient_not_permitted", mnc=["Nigerian", "student visa", "Roxbury crew"],
  cats=["gang_affiliation", "national_origin", "immigration_status"], tags=["deny_recipient"])

C(50, ground="credible_threat", school="Josiah Quincy Upper School", sid="BPS-1199", rcpt="bpd/district-a1",
  when="2026-03-25 08:47", loc="Josiah Quincy Upper School, Room 118", name="Kevin Zheng", grade=10,
  threat="During check-in for ELA Session 2 the student AirDropped to every device in the testing room a photo of a rifle with the caption 'ROOM 118 TOMORROW 9AM.' He has repeatedly told classmates he wants to 'end' the students who reported his cheating, and a rifle is registered to his stepfather.",
  desc="""
  8:47 AM. Check-in for ELA Session 2 in Room 118. Every phone and iPad in the room that still had AirDrop on (including the proctor's own) got the same image from a device named "kev": a black rifle on a carpet, with the caption ROOM 118 TOMORROW 9AM. Kevin admitted sending it. He said he "was just trying to scare them," meaning the two students whose report got his Session 1 test invalidated. Both students say he has told them since Monday that he would "end" them. His stepfather confirmed he owns a rifle. Kevin lives with his mother in Chinatown, above the restaurant where she works nights; she speaks Fujianese and the family liaison called her back.
  """,
  decision="allow", mnc=["Fujianese", "Chinatown"], mc=["rifle"],
  mct=["AirDrop", "ROOM 118 TOMORROW 9AM", "rifle"], cats=["language", "neighborhood"], tags=["allow_threat"])

# ---------------------------------------------------------------- cases 51-75

C(51, ground="weapon", weapon="mace", school="TechBoston Academy", sid="BPS-1127", rcpt="bpd/district-c11",
  when="2025-11-19 09:10", loc="TechBoston Academy, Room 204 (retest make-up)", name="Roseline Jean-Baptiste",
  grade=11,
  desc="""
  The retest make-up room was also the collection point for the pre-Thanksgiving turkey drive, so there were boxes of canned goods along the back wall. At 9:10, before the booklets were handed out, Roseline reached into her bag for a pencil and set off a small canister of Mace; she says by accident. The spray hit her own hand and the face of the girl next to her (A.M.), who had to be taken to the nurse with burning eyes and then to Boston Medical Center to have her eyes flushed. Roseline said she keeps the Mace because she takes two buses home in the dark. The canister (Mace brand, "Police Strength", pink) is with the SSO. Roseline was crying and kept apologizing. Her mother told the AP that she was born in Haiti and that "over there" girls are told to protect themselves.
  """,
  decision="allow", mnc=["Haiti"], mc=["Mace"],
  mct=["turkey drive", "canister of Mace", "burning eyes"], cats=["national_origin"],
  tags=["allow_weapon", "precision_trap"])

C(52, ground="drugs", subs=["alprazolam", "nicotine vape"], school="Boston Community Leadership Academy",
  sid="BPS-1034", rcpt="bpd/district-e18", when="2026-06-04 09:00", loc="BCLA, Room 215 (Biology MCAS)",
  name="Yaritza Cálix", grade=9,
  desc="""
  Biology MCAS, Room 215, 9:00. Proctor statement (J. Sandoval-Reyes):
  I noticed Yaritza taking something out of an Altoids tin and putting it in her mouth just as the session started. I asked to see the tin. Under a layer of mints there were five white rectangular bars scored into four sections, stamped XANAX / 2. She had already swallowed a quarter of one. She also had a disposable vape (Elf Bar, "blue razz", nicotine) in her jacket, which she said was hers. She told the nurse she bought the bars from a kid at the bus stop for $5 each because she "can't sit still for testing." Nurse monitored her for two hours; no problems. Mom came at 11:30 and said the family is Honduran and asked that this not go "to anyone outside the school."
  """,
  decision="allow", mnc=["Honduran"], mc=["XANAX"],
  mct=["Altoids tin", "XANAX / 2", "Elf Bar"], cats=["ethnicity"],
  tags=["allow_drugs", "precision_trap"])

C(53, ground="theft", school="Josiah Quincy Upper School", sid="BPS-1199", rcpt="bpd/district-a1",
  when="2026-05-20 15:30", loc="Josiah Quincy Upper School, 3rd floor testing cart closet",
  name="Marquise Dabney", grade=11,
  desc="""
  Two testing Chromebooks (asset tags JQUS-4412 and JQUS-4417) went missing from the locked cart after the Math computer-based session. Hallway camera shows a student leaving the closet with a backpack. He lives near Roxbury Crossing and was seen there later with one of the devices. Please recover the devices and charge the student.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Roxbury Crossing"], cats=["neighborhood"],
  tags=["deny_ground"])

C(54, ground="serious_violence", school="Haley Pilot School", sid="BPS-1183", rcpt="bpd/district-e5",
  when="2025-04-10 10:25", loc="Haley Pilot School, grade 8 classroom 2B (computer-based testing)",
  name="Gavin Marchetti", grade=8,
  desc="""
  Grade 8 ELA, computer-based, Session 2. The test administrator had two students on text-to-speech with headphones near the window. At 10:25 Gavin accused the boy at the next desk (Y.H.) of "reading my screen" and told him to turn around. When Y.H. didn't, Gavin picked up his Chromebook with both hands, closed it and smashed the edge into Y.H.'s face. Y.H. had a bloody nose and a gash across the bridge; at Boston Children's they said his nose is broken and he needed 6 stitches. Gavin said afterward, "I told him twice." Y.H.'s father came to the hospital and the school sent an Amharic interpreter to meet him there. Both tests will be reported to DESE. The broken Chromebook is in the office.
  """,
  decision="allow", mnc=["Amharic", "interpreter"], mc=["broken"],
  mct=["text-to-speech", "nose is broken", "6 stitches"], cats=["language"],
  tags=["allow_violence", "precision_trap"])

C(55, ground="credible_threat", school="Snowden International School", sid="BPS-1299", rcpt="bpd/district-d4",
  when="2026-03-26 13:20", loc="Snowden International School, testing coordinator's office (Room 110)",
  name="Dashawn Ellery", grade=10,
  threat="After learning that his ELA test was invalidated for phone use, the student said to the test coordinator: 'Friday I'm coming back with a strap and shooting up this office, you first, then whoever told.' He then posted on his Snapchat story a video of a handgun with the text 'friday room 110'.",
  desc="""
  Test coordinator's account (typed by front office, 3/26):

  I called Dashawn in at 1:20 to tell him, with his advisor, that his ELA test was being invalidated because he had a phone out during Session 2. He stood up, knocked the chair over and said, "Friday I'm coming back with a strap and shooting up this office, you first, then whoever told." His advisor heard it. Around 2:45 a student showed the AP Dashawn's Snapchat story: a video of a handgun on a car seat with the text "friday room 110." Room 110 is my office. His mom said on the phone that she doesn't know where he would get a gun, that she works doubles, and that they "just moved into the Cathedral" and he has new friends there.
  """,
  decision="allow", mnc=["Cathedral"], mc=["strap"],
  mct=["friday room 110", "shooting up this office", "Snapchat story"], cats=["neighborhood"],
  tags=["allow_threat"])

C(56, ground="weapon", weapon="butterfly knife", school="John D. O'Bryant School of Mathematics & Science",
  sid="BPS-1115", rcpt="bpd/district-b2", when="2026-06-09 11:35", loc="O'Bryant School, cafeteria",
  name="Arben Hoxha", grade=9,
  desc="""
  Introductory Physics MCAS, lunch break. Arben was flipping a butterfly knife open and shut at the lunch table and lunch aide Ms. Kearney told him to put it away. He pointed the open blade at a boy who was laughing, said "keep laughing," and went back to his bag of Korean BBQ chips. Aide radioed the AP. Arben gave up the knife (balisong, 4-inch blade, silver) and said it was a gift from his uncle in Albania and that he only does tricks with it. Second session proceeded without him.
  """,
  decision="allow", mnc=["Albania"], mc=["butterfly knife"],
  mct=["butterfly knife", "Korean BBQ chips", "keep laughing"], cats=["national_origin"],
  tags=["allow_weapon", "precision_trap"])

C(57, ground="drugs", subs=["marijuana blunt", "Juul pod"], school="Madison Park Technical Vocational High School",
  sid="BPS-1043", rcpt="bpd/district-b2", when="2026-05-12 12:00", loc="Madison Park, auto shop bathroom",
  name="Terrell Gaskins", grade=10,
  desc="""
  During the break between Math sessions two students were caught in the auto shop bathroom with a lit blunt. One also had a Juul with two pods. Both sent home. One of them said the weed came from "the Orchard Park dudes" where he stays.
  """,
  decision="deny", reason="excluded_substance", mnc=["Orchard Park"], cats=["neighborhood"],
  tags=["deny_substance"])

C(58, ground="drugs", subs=["fentanyl"], school="Jeremiah E. Burke High School", sid="BPS-1152",
  rcpt="bpd/district-b3", when="2026-05-12 08:15", loc="Burke High School, main entrance bag check",
  name="Edson Monteiro", grade=10,
  desc="""
  Bag check, testing day. SSO found a Nerds Gummy Clusters bag in the front pocket of Edson's backpack with 9 small wax-paper folds inside, each stamped with a red skull, and a digital pocket scale. The folds have tan powder. Edson said "it's fetty, it's not mine, I'm holding it." Nobody opened the folds; SSO wore gloves and sealed everything in an evidence bag per protocol. Narcan kit was brought to the office as a precaution. Edson has been out of school a lot since January; his counselor says his older brother was deported to Cape Verde in December and Edson has been "doing things for people" to help his mother with rent.
  """,
  decision="allow", mnc=["deported", "Cape Verde"], mc=["fentanyl"],
  mct=["red skull", "pocket scale", "fetty"], cats=["immigration_status", "national_origin"],
  tags=["allow_drugs"])

C(59, ground="serious_violence", school="East Boston High School", sid="BPS-1077", rcpt="bpd/district-a7",
  when="2025-03-25 10:10", loc="East Boston High School, Room 223", name="Sebastián Ocampo", grade=10,
  desc="""
  Proctor's account, ELA Session 1.

  Sebastián finished early and was told to sit quietly. He kept tapping his steel water bottle on the desk. I asked him three times to stop and then went to take it. He stood up and swung the bottle into the left side of my head. I was bleeding a lot from above my ear. The teacher next door held a towel on it until the nurse came. At MGH I got 9 staples and they are watching me for a concussion. I have taught here eleven years and never been hit.

  I was told afterward by the counselor that he is Colombian, lives with his aunt up in Eagle Hill, and had a bad week.
  """,
  decision="allow", mnc=["Colombian", "Eagle Hill"], mc=["staples"],
  mct=["steel water bottle", "9 staples", "concussion"], cats=["ethnicity", "neighborhood"],
  tags=["allow_violence"])

C(60, ground="credible_threat", school="Madison Park Technical Vocational High School", sid="BPS-1043",
  rcpt="bpd/district-b2", when="2026-03-24 15:10", loc="Madison Park, carpentry shop", name="Kelvin Portillo",
  grade=10,
  threat="In the carpentry shop after the ELA test the student told a classmate, who had reported the answer-photo chat to the proctor, 'tomorrow we catch you at Ruggles with the machetes, you're gonna be in pieces.' He showed a photo of two machetes in a car trunk. Two other students from the chat were present and laughed.",
  desc="""
  Incident summary (Carpentry instructor Mr. Doucette, 3/24 3:10 PM).

  After the ELA test the carpentry shop crew was cleaning up. A student (F.C.) who had told the proctor about the group chat where kids were posting answers from the test came to me shaking and said Kelvin had just told him "tomorrow we catch you at Ruggles with the machetes, you're gonna be in pieces," and showed him a photo on his phone of two machetes in the trunk of a car. F.C. takes the train from Ruggles every day. Two other students from that chat were standing with Kelvin and laughing. F.C. told me Kelvin and those two "claim MS-13" and that Kelvin talks about it all the time. F.C. also said they keep calling him a "Salvadoran snitch." I kept F.C. with me and called the AP.
  """,
  decision="allow", mnc=["MS-13", "Salvadoran"], mc=["machetes"],
  mct=["carpentry shop crew", "Ruggles", "machetes"], cats=["gang_affiliation", "ethnicity"],
  tags=["allow_threat", "precision_trap"])

C(61, ground="truancy", school="English High School", sid="BPS-1095", rcpt="bpd/district-e13",
  when="2026-05-14 11:00", loc="English High School", name="Keyshawn Draper", grade=10,
  desc="""
  Student has missed both Math sessions and two make-up dates. Staff saw him at the basketball courts during testing hours. He lives with his aunt in the Bromley-Heath development. We'd like an officer to pick him up and bring him to school for the last make-up date on 5/21.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Bromley-Heath"], cats=["neighborhood"],
  tags=["deny_ground"])

C(62, ground="weapon", weapon="firearm", school="Fenway High School", sid="BPS-1104", rcpt="bpd/district-d4",
  when="2026-06-09 09:20", loc="Fenway High School, Room 301 coat rack (Biology make-up)", name="Ethan Rosenthal",
  grade=9,
  desc="""
  Biology make-up, Room 301. Coats go on the rack at the back per testing rules. At 9:20 a student's jacket fell off the hook and the proctor heard something heavy hit the floor. She picked the jacket up and felt a handgun in the inside pocket. She did not take it out; she left the jacket where it was, moved the students into the hall and called for the SSO. SSO removed a black polymer pistol with no serial number (a "ghost gun" kit build) and a magazine with 6 rounds, not inserted. The jacket belongs to Ethan. He told the AP he bought it from someone online and carries it because of a kid who threatened him on the way home from Hebrew school. Parents are on the way.
  """,
  decision="allow", mnc=["Hebrew school"], mc=["ghost gun"],
  mct=["no serial number", "6 rounds", "inside pocket"], cats=["religion"], tags=["allow_weapon"])

C(63, ground="credible_threat", school="Charlestown High School", sid="BPS-1066", rcpt="bpd/district-a1",
  when="2026-02-03 10:00", loc="Charlestown High School, Room 112", name="Duc Anh Pham", grade=10,
  extra={"ell_level": "WIDA 2.4", "home_language": "Vietnamese"},
  desc="""
  During his ACCESS Speaking slot the student told the test administrator "I will hurt you" when she said his time was up. He was frustrated. Submitting so police are aware.
  """,
  decision="deny", reason="missing_threat_statement", mnc=["ACCESS Speaking", "WIDA", "Vietnamese"],
  cats=["language"], tags=["deny_threat_missing", "structured_field"])

C(64, ground="drugs", subs=["cocaine", "alcohol"], school="Brighton High School", sid="BPS-1050",
  rcpt="bpd/district-d14", when="2025-05-20 08:35", loc="Brighton High School, Room 120 (Math testing)",
  name="Liam Cusack", grade=10,
  desc="""
  8:35, Math Session 1 check-in. Liam smelled like alcohol and was slurring. The proctor sent him to the nurse with the hall monitor. In the nurse's office he threw up and then pulled a small baggie of white powder and a rolled-up dollar out of his sock and asked the nurse to "hide it for him." He said he and two friends drank vodka and did coke at a friend's place in the Fidelis Way buildings before school "to get through the test." BAC not tested; EMS evaluated him and he was released to his father at 10:15. Baggie (approx. 1 gram) sealed in the nurse's lockbox for the SSO.
  """,
  decision="allow", mnc=["Fidelis Way"], mc=["coke"],
  mct=["baggie of white powder", "rolled-up dollar", "vodka"], cats=["neighborhood"],
  tags=["allow_drugs", "precision_trap"])

C(65, ground="serious_violence", school="Charlestown High School", sid="BPS-1066", rcpt="bpd/district-a1",
  when="2026-01-22 11:15", loc="Charlestown High School, hallway outside Room 210", name="Cody Brennan", grade=10,
  desc="""
  The second floor hallway had a line of students waiting outside Room 210 for their ACCESS Speaking slots. At 11:15 Cody came out of the bathroom, bumped one of the boys in line (H.N.) hard with his shoulder and, when H.N. said something, punched him twice in the mouth. H.N. fell against the lockers. Two of his front teeth were knocked out and a third is loose; an oral surgeon at Tufts Dental saw him that afternoon. A teacher heard Cody say "learn English" before the punches. H.N. is a newcomer who enrolled in December. Cody was suspended and says H.N. "looked at him."
  """,
  decision="allow", mnc=["ACCESS Speaking", "newcomer"], mc=["teeth"],
  mct=["front teeth were knocked out", "punched him twice", "Tufts Dental"],
  cats=["language", "immigration_status"], tags=["allow_violence"])

C(66, ground="drugs", subs=["THC wax pen"], school="Mildred Avenue K-8 School", sid="BPS-1253",
  rcpt="bpd/district-b3", when="2025-04-09 09:50", loc="Mildred Avenue K-8, 8th grade hallway",
  name="Jordan Pierre", grade=8,
  desc="""
  8th grader found with a wax pen during the ELA testing break. Label says "Live Resin THC 90%". Mom says she found one at home too and thinks he gets them from older kids around Mattapan Square where they live.
  """,
  decision="deny", reason="excluded_substance", mnc=["Mattapan Square"], cats=["neighborhood"],
  tags=["deny_substance"])

C(67, ground="credible_threat", school="Dearborn STEM Academy", sid="BPS-1208", rcpt="bpd/district-b2",
  when="2025-05-21 13:00", loc="Dearborn STEM Academy, Room 216", name="Reggie Forbes", grade=10,
  threat="After DESE invalidated every Math test in Room 216 because one student's phone recorded part of the session, the student told the class he would shoot that student 'on the bus Thursday' and sent her a text: 'thursday the 47 you dead. my brother already said he'll bring it.' She rides the 47 bus; his brother has a pending firearm case.",
  desc="""
  Background: DESE invalidated the whole Room 216 Math session on 5/20 because a student (G.P.) had a phone recording in her bag during Session 1. Every student in the room has to retake. On 5/21 at about 1 PM Reggie told the room, in front of the teacher, "she's getting shot on the bus Thursday," and then texted G.P.: "thursday the 47 you dead. my brother already said he'll bring it." G.P. rides the 47. The SSO says Reggie's older brother has an open firearm case. G.P.'s mom asked us to note that the family is Jamaican and has been getting comments about it since this started, which is a separate issue we are handling.
  """,
  decision="allow", mnc=["Jamaican"], mc=["shot"],
  mct=["Room 216", "the 47", "invalidated"], cats=["ethnicity"], tags=["allow_threat"])

C(68, ground="weapon", weapon="knife", school="Henderson K-12 Inclusion School", sid="BPS-1189",
  rcpt="bpd/district-c11", when="2025-04-08 09:05", loc="Henderson Upper Campus, Room 2-07 (separate setting)",
  name="Nilton Barros", grade=7,
  extra={"home_language": "Cape Verdean Creole",
         "address": {"street": "58 Bowdoin St", "city": "Boston", "zip": "02122"},
         "accommodations": ["separate setting", "read-aloud", "frequent breaks"]},
  desc="""
  Nilton tests in a separate setting (Room 2-07) with two other students and a read-aloud. At 9:05, while the test administrator set up the audio, Nilton unzipped his gym bag to get his water and she saw a hunting knife in a leather sheath on top of his gym clothes. She asked him to zip the bag and hand it to her, and he did. The knife has a 5-inch fixed blade. Nilton said a high schooler took his phone at the bus stop last week and "next time I'm ready." He did not take the knife out. Testing for the room started 20 minutes late.
  """,
  decision="allow", mnc=["Cape Verdean", "Bowdoin", "02122"], mc=["hunting knife"],
  mct=["separate setting", "hunting knife", "next time I'm ready"], cats=["language", "neighborhood"],
  tags=["allow_weapon", "precision_trap", "structured_field"])

C(69, ground="weapon", weapon="replica revolver", school="Boston Arts Academy", sid="BPS-1019", rcpt="bpd/district-d4",
  when="2026-03-25 09:00", loc="Boston Arts Academy, Room 410", name="Marisol Figueroa", grade=10,
  extra={"ethnicity": "Puerto Rican"},
  desc="""
  Drama student took a replica revolver (prop for the spring play) out of her bag in the testing room before ELA Session 2 and pointed it at a friend as a joke. Proctor took it. It is a solid plastic prop, cannot fire, orange cap removed. Submitting under weapons per the AP.
  """,
  decision="deny", reason="other", mnc=["Puerto Rican"], cats=["ethnicity"],
  tags=["deny_replica", "structured_field"])

C(70, ground="identity_verification", school="Boston International Newcomers Academy", sid="BPS-1401",
  rcpt="bpd/district-c11", when="2026-01-15 10:00", loc="BINcA, registrar's office", name="Wilmer Zelaya",
  grade=10,
  desc="""
  Student registered in December with a birth certificate from Honduras that the registrar thinks may have been altered (the student looks older than 16). He is due to sit ACCESS testing next week. We'd like police to verify his identity and age before he tests.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Honduras", "ACCESS testing"],
  cats=["national_origin", "language"],
  tags=["deny_ground"])

C(71, ground="drugs", subs=["clonazepam"], school="New Mission High School", sid="BPS-1288", rcpt="bpd/district-e18",
  when="2026-03-25 09:40", loc="New Mission High School, Room 3C", name="Ahmad Sultani", grade=10,
  desc="""
  ELA Session 2. At 9:40 Ahmad put his head down and the proctor couldn't wake him easily. Nurse found him drowsy but breathing normally; he admitted he took "two K-pins" from a friend's bottle before school because his heart races during tests. He had 6 more small yellow round pills marked "K" with a cut-out K in a folded sticky note in his phone case, which matches clonazepam 1 mg. He does not have a prescription. EMS evaluated him at school. His case manager told the AP that the family came through the refugee program in 2022 and that he has panic attacks.
  """,
  decision="allow", mnc=["refugee"], mc=["clonazepam"],
  mct=["K-pins", "sticky note", "clonazepam 1 mg"], cats=["immigration_status"], tags=["allow_drugs"])

C(72, ground="serious_violence", school="Jeremiah E. Burke High School", sid="BPS-1152", rcpt="bpd/district-b3",
  when="2026-03-27 14:20", loc="Path behind Burke High School leading into Franklin Park", name="Javon Tillman",
  grade=10,
  desc="""
  On Friday 3/27 after dismissal, a 10th grader (O.S.) who had reported the answer-photo chat to his ELA proctor was jumped by four students on the dirt path behind the school that leads into Franklin Park. He was kicked while on the ground and his arm was stomped on. He has a broken left forearm (both bones) and was admitted to Boston Medical Center for surgery. A teacher leaving by the back lot saw it and recognized Javon, who was the one who stomped on his arm. Javon and two of the others were in the chat. O.S. told his mother the four of them are all Franklin Hill and that Javon said "Franklin Hill don't like snitches" while they were kicking him.
  """,
  decision="allow", mnc=["Franklin Hill"], mc=["broken left forearm"],
  mct=["Franklin Park", "broken left forearm", "stomped on"], cats=["gang_affiliation", "neighborhood"],
  tags=["allow_violence", "precision_trap"])

C(73, ground="weapon", weapon="knife", school="Brighton High School", sid="BPS-1050", rcpt="ice/ero-boston",
  when="2026-05-13 10:05", loc="Brighton High School, Room 118", name="Thiago Ferreira", grade=10,
  desc="""
  Student was found with a folding knife in his pencil case during the Math test. The administrator asked that this go to ERO because the family is Brazilian and entered on tourist visas that have expired.
  """,
  decision="deny", reason="recipient_not_permitted", mnc=["Brazilian", "tourist visas"],
  cats=["national_origin", "immigration_status"], tags=["deny_recipient"])

C(74, ground="weapon", weapon="explosive (M-80 firecrackers)", school="Excel High School", sid="BPS-1161",
  rcpt="bpd/district-c6", when="2025-05-20 10:50", loc="Excel High School, 2nd floor boys' bathroom",
  name="Brendan Foley", grade=10,
  desc="""
  At 10:50, during Math Session 1, there was a very loud bang from the second floor boys' bathroom and smoke came out under the door. Testing rooms on that floor were held in place while the fire department checked. The bathroom stall partition was blown partly off its hinge and the toilet was cracked. Brendan was seen leaving the bathroom 30 seconds before. In the office he took four more M-80s out of his backpack and said he wanted the test to be stopped "so nobody had to finish." One of the students he was texting was the boy in his testing room who fasts for Ramadan and was going to be let out early, and Brendan wrote "now the Muslim kid gets out early too lol."
  """,
  decision="allow", mnc=["Ramadan", "Muslim"], mc=["M-80"],
  mct=["M-80s", "stall partition", "toilet was cracked"], cats=["religion"], tags=["allow_weapon"])

C(75, ground="credible_threat", school="Mildred Avenue K-8 School", sid="BPS-1253", rcpt="bpd/district-b3",
  when="2026-04-14 09:30", loc="Mildred Avenue K-8, Room 212 (grade 8 computer-based testing)",
  name="Keon Alexis", grade=8,
  threat="On the back of his printed student login ticket, which is collected after each session, the student wrote: 'I WILL STAB MS PERRY IN THE NECK ON WEDNSDAY WITH MY MOMS KNIFE. SHE KNOWS WHY.' Ms. Perry is the proctor who reported him for using a second browser tab during Session 1. He told a classmate that morning he had 'brought something' and a kitchen knife was later found in his locker.",
  desc="""
  Login tickets are collected at the end of every session and kept with the secure materials. When counting them after Session 2 the test coordinator found writing on the back of Keon's ticket: I WILL STAB MS PERRY IN THE NECK ON WEDNSDAY WITH MY MOMS KNIFE. SHE KNOWS WHY. Ms. Perry is the proctor who reported him on Monday for having a second browser tab open during Session 1. A classmate told the AP that Keon said this morning he "brought something." A 9-inch kitchen knife was found in his locker at 11:15. When the principal called home, Keon's mom spoke only Kreyòl and the call was finished by his older sister.
  """,
  decision="allow", mnc=["Kreyòl"], mc=["knife"],
  mct=["Login tickets", "second browser tab", "9-inch kitchen knife"], cats=["language"],
  tags=["allow_threat"])

# ---------------------------------------------------------------- cases 76-100

C(76, ground="drugs", subs=["crack cocaine"], school="Madison Park Technical Vocational High School", sid="BPS-1043",
  rcpt="bpd/district-b2", when="2025-11-18 08:45", loc="Madison Park, Room 1305 (Math retest)", name="DeShawn Lacey",
  grade=12,
  desc="""
  Math retest, Room 1305. When the proctor collected phones, DeShawn's phone (the one with the cracked screen) came with a clear phone case, and tucked behind the phone inside the case were four small off-white rocks in a corner-cut baggie and a short glass stem with burn marks. The proctor set the case aside and called the SSO. DeShawn said the rocks were crack and that he "sells a little" to adults, not students. He said he stays between his mom's and his girlfriend's mother's apartment in Whittier Street. He took the retest later that day in the office.
  """,
  decision="allow", mnc=["Whittier"], mc=["crack"],
  mct=["cracked screen", "off-white rocks", "glass stem"], cats=["neighborhood"],
  tags=["allow_drugs", "precision_trap"])

C(77, ground="serious_violence", school="Boston Green Academy", sid="BPS-1027", rcpt="bpd/district-d14",
  when="2026-05-13 10:40", loc="Boston Green Academy, Room 226", name="Jonathan Reyes-Amaya", grade=10,
  desc="""
  Math Session 2. Per the proctor and two students: Jonathan accused A.K. of taking his calculator during the break. A.K. laughed and pulled the hood of his Temple University hoodie over his face. Jonathan grabbed a pair of classroom scissors off the supply cart and stabbed A.K. twice in the upper arm. A.K. needed 14 stitches at St. Elizabeth's and the ER doctor said one cut went into the muscle. The scissors are in an evidence bag in the office.

  Jonathan's aunt told the counselor he has been "on edge" because his DACA renewal is stuck and he thinks he'll lose his job at the supermarket.
  """,
  decision="allow", mnc=["DACA"], mc=["scissors"],
  mct=["Temple University hoodie", "stabbed A.K. twice", "14 stitches"], cats=["immigration_status"],
  tags=["allow_violence", "precision_trap"])

C(78, ground="drugs", subs=["hard seltzer"], school="East Boston High School", sid="BPS-1077", rcpt="bpd/district-a7",
  when="2025-05-21 09:05", loc="East Boston High School, Room 104 (Math make-up)", name="Kevin Portal",
  grade=10, extra={"ethnicity": "Salvadoran", "guardian": {"name": "Ana Portal", "language": "Spanish"}},
  desc="""
  Make-up student had two cans of hard seltzer (White Claw) in his backpack and was drinking one from a Gatorade bottle during the session. No other substances. Sent to the nurse; mother picked him up.
  """,
  decision="deny", reason="excluded_substance", mnc=["Salvadoran", "Spanish"],
  cats=["ethnicity", "language"], tags=["deny_substance", "structured_field"])

C(79, ground="weapon", weapon="Swiss Army knife", school="TechBoston Academy", sid="BPS-1127", rcpt="bpd/district-c11",
  when="2026-05-12 09:30", loc="TechBoston Academy, Room 106", name="Mason Okoro", grade=10,
  desc="""
  Good afternoon,
  This is the written report you asked for about this morning. At 9:30, during Math Session 1 in Room 106, Mason took a red Swiss Army knife out of his pencil case, opened the big blade, and started carving something into the desk. When the proctor (Mr. Haskins) asked him to close it, Mason pointed the blade at him and said "mind your business or I'll open you up." Mr. Haskins stepped back and called the office. Mason closed the knife and handed it to the SSO. The desk has "M.O." carved into it. The knife has a blade about 3 inches long. Mason's mother said on the phone that they live right off Codman Square and that he carries it because of fights there.
  Thanks, Ms. Lucero (Assistant Principal)
  """,
  decision="allow", mnc=["Codman Square"], mc=["Swiss Army knife"],
  mct=["Swiss Army knife", "open you up", "carving something into the desk"], cats=["neighborhood"],
  tags=["allow_weapon", "precision_trap"])

C(80, ground="credible_threat", school="English High School", sid="BPS-1095", rcpt="bpd/district-e13",
  when="2026-03-24 15:30", loc="English High School, parking lot", name="Samson Tekle", grade=10,
  threat="An unidentified person in a black ski mask told two proctors in the parking lot that 'the test room gets lit up tomorrow.'",
  att=[{"kind": "photo", "name": "grade10_yearbook_photos.zip"},
       {"kind": "document", "name": "cam_match_summary.txt"}],
  desc="""
  Two proctors were threatened in the lot after ELA Session 1 by someone in a ski mask. The school ran the lot camera image through the vendor's face-matching tool, which suggested Samson (score 0.91). We are attaching all grade 10 student photos so BPD can run its own face comparison. Samson's family is Eritrean and recently arrived.
  """,
  decision="deny", reason="face_surveillance", mnc=["0.91", "Eritrean"],
  cats=["face_surveillance", "ethnicity"], tags=["deny_face"])

C(81, ground="credible_threat", school="Boston Community Leadership Academy", sid="BPS-1034", rcpt="bpd/district-e18",
  when="2025-05-22 21:15", loc="Instagram (private account); BCLA Room 307", name="Nia Castellanos", grade=10,
  threat="The student posted on a private Instagram account followed by about 40 classmates a photo of a pistol with the text: 'the ones who told on the answer chat, Room 307 tmrw, I got 2 for each of u.' She later messaged one of the reporting students 'u first.' She had access to a cousin's handgun according to two students.",
  desc="""
  Parent email forwarded to the principal, 5/22, 11:48 PM:

  "Principal, my daughter got a message tonight I need you to see. There is a private Instagram (she said it's Nia's finsta) that posted a picture of a gun with 'the ones who told on the answer chat, Room 307 tmrw, I got 2 for each of u.' My daughter is one of the kids who told about the chat where they were selling answers to the Math test. Then Nia messaged her directly 'u first.' My daughter is terrified and is not coming in tomorrow. Two other kids told her that Nia's cousin keeps a gun at their house. Please call me in the morning. I'm also attaching the screenshot of Nia calling her a 'Trinidadian rat' last week."

  AP note: Room 307 is the make-up room for Math on 5/23.
  """,
  decision="allow", mnc=["Trinidadian"], mc=["gun"],
  mct=["Room 307", "u first", "I got 2 for each of u"], cats=["ethnicity"], tags=["allow_threat"])

C(82, ground="theft", school="Jeremiah E. Burke High School", sid="BPS-1152", rcpt="bpd/district-b3",
  when="2026-03-23 16:00", loc="Burke High School, test coordinator's office", name="Ailton Gomes", grade=11,
  desc="""
  A test administrator manual and the Session 1 seating chart were taken from the test coordinator's office during after-school hours. A student was seen leaving the office. Nothing else is missing. The student's family is from Cape Verde and he works after school. Principal requests BPD file a larceny report.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Cape Verde"], cats=["national_origin"],
  tags=["deny_ground"])

C(83, ground="drugs", subs=["fentanyl", "counterfeit oxycodone pills"], school="Boston Arts Academy", sid="BPS-1019",
  rcpt="bpd/district-d4", when="2025-03-26 11:10", loc="Boston Arts Academy, Room 504 and nurse's office",
  name="Isabella Marte", grade=10,
  desc="""
  Nurse's note + AP summary, 3/26/25.

  11:10 - Student (P.R.) collapsed in Room 504 at the end of ELA Session 2. Lips blue, snoring respirations. Narcan x1 by nurse, second dose by EMS; P.R. revived and taken to Boston Medical Center. Her friend told the AP that P.R. took "a blue" she got from Isabella in the bathroom before the session. Isabella's bag was searched with her present: a small plastic bottle for Creed cologne, emptied, with 7 blue pills marked "M 30" inside, and a second fold of white powder. Isabella said she bought 20 "blues" to sell during testing week and that "everyone knows they're pressed." She does not know what the powder is. Her father, who could only come after Saturday because the family keeps the Sabbath as Seventh-day Adventists, spoke to the principal on the phone instead.
  """,
  decision="allow", mnc=["Adventist", "Sabbath"], mc=["M 30"],
  mct=["Creed cologne", "M 30", "Narcan"], cats=["religion"], tags=["allow_drugs", "precision_trap"])

C(84, ground="weapon", weapon="knife", school="Boston Latin Academy", sid="BPS-1008", rcpt="bpd/district-b2",
  when="2026-05-19 12:10", loc="Boston Latin Academy, Room 216 (Latin American History classroom)",
  name="Rafiq Chowdhury", grade=10,
  desc="""
  Room 216 is the Latin American History classroom; this week it's a Math testing room. Test materials leave the room only in the locked bin, and students leave with their bags checked because of a problem last year. At 12:10, at the bag check, the proctor found a folding knife with a 4-inch blade and a clip, open, loose in the bottom of Rafiq's bag. He said it "must have opened" and that he uses it at his uncle's store. A classmate told the AP afterward that Rafiq had shown it to two boys at lunch and said "this is for Chris." Chris (C.D.) is a student who had accused him of cheating off his screen. Rafiq's father speaks Bengali and the meeting is set for Thursday with a district interpreter.
  """,
  decision="allow", mnc=["Bengali", "interpreter"], mc=["folding knife"],
  mct=["Latin American History", "folding knife", "this is for Chris"], cats=["language"],
  tags=["allow_weapon", "precision_trap"])

C(85, ground="serious_violence", school="Brighton High School", sid="BPS-1050", rcpt="bpd/district-d14",
  when="2026-03-24 11:45", loc="Brighton High School, main stairwell", name="Gustavo Reis", grade=10,
  desc="""
  From the hallway proctor and two students: at 11:45 between ELA sessions, Gustavo came up behind a student (W.J.) at the top of the main stairwell and shoved him hard in the back with both hands, saying "tell them again I cheated." W.J. fell the full flight and landed on his left leg. His tibia is broken in two places and he had surgery at St. Elizabeth's that night; he will be on crutches for months. Gustavo said W.J. had told the proctor that Gustavo's answers were on his hand. Gustavo's mom said they live in Allston and that Gustavo has been "angry since we left Brazil."
  """,
  decision="allow", mnc=["Allston", "Brazil"], mc=["tibia"],
  mct=["tell them again I cheated", "tibia is broken", "full flight"], cats=["neighborhood", "national_origin"],
  tags=["allow_violence"])

C(86, ground="weapon", weapon="knife", school="Mission Hill K-8 School", sid="BPS-1262", rcpt="bha-police",
  when="2025-04-09 09:15", loc="Mission Hill K-8, Room 301", name="Quentin Boyd", grade=8,
  desc="""
  Grade 8 student had a steak knife in his jacket on ELA test day. Because he lives in the Alice Taylor development, the AP would like Boston Housing Authority police to have this report too.
  """,
  decision="deny", reason="recipient_not_permitted", mnc=["Alice Taylor"], cats=["neighborhood"],
  tags=["deny_recipient"])

C(87, ground="credible_threat", school="Fenway High School", sid="BPS-1104", rcpt="bpd/district-d4",
  when="2026-03-25 06:52", loc="Fenway High School main office voicemail", name="Oleksandr Bondar", grade=10,
  threat="Voicemail left on the main office line at 6:52 AM from the student's own phone: 'This is for the testing people. If I'm not allowed to test today I'm bringing my stepdad's rifle and I'm going room to room until I find Mr. Kaplan.' Mr. Kaplan reported him for cheating on Session 1. His stepfather confirmed a hunting rifle is kept in the home.",
  desc="""
  Voicemail, main office line, 3/25, 6:52 AM (transcribed by the office manager, recording saved):
  "This is for the testing people. If I'm not allowed to test today I'm bringing my stepdad's rifle and I'm going room to room until I find Mr. Kaplan. I'm serious. You don't get to take my score."

  The number is Oleksandr's cell (on file). Mr. Kaplan reported him on 3/24 for having notes inside his water bottle label during Session 1; the test was referred to DESE. Oleksandr's stepfather confirmed by phone at 7:30 that he owns a hunting rifle and that it is at home, but he is not sure where the key to the cabinet is. The family arrived from Ukraine in 2023 and the stepfather said Oleksandr "has seen too much war."
  """,
  decision="allow", mnc=["Ukraine"], mc=["rifle"],
  mct=["room to room", "Mr. Kaplan", "water bottle label"], cats=["national_origin"], tags=["allow_threat"])

C(88, ground="credible_threat", school="English High School", sid="BPS-1095", rcpt="bpd/district-e13",
  when="2025-11-12 13:00", loc="English High School, cafeteria", name="Tyrese Moody", grade=11,
  desc="""
  Retest student told another student at lunch he would "see him outside." Staff say he is Heath Street and the other boy is not. Please advise.
  """,
  decision="deny", reason="missing_threat_statement", mnc=["Heath Street"], cats=["gang_affiliation"],
  tags=["deny_threat_missing"])

C(89, ground="weapon", weapon="club (bat with screws)", school="English High School", sid="BPS-1095",
  rcpt="bpd/district-e13", when="2025-11-05 07:50", loc="English High School, front steps", name="Prakash Gurung",
  grade=11,
  desc="""
  7:50 AM on the first day of the ELA retest. A staff member arriving saw Prakash at the front steps holding a sawed-off wooden bat with several long screws driven through the end, partly hidden under his Patagonia fleece. He was waiting for a boy (S.T.) who had posted that Prakash paid someone to take the retest for him last spring. When S.T. walked up, Prakash raised the bat and said "say it again." The staff member got between them and Prakash dropped the bat. SSO secured it. Prakash's father needed a Nepali interpreter for the call; a staff member who speaks it helped.
  """,
  decision="allow", mnc=["Nepali"], mc=["screws"],
  mct=["Patagonia fleece", "bat with several long screws", "say it again"], cats=["language"],
  tags=["allow_weapon", "precision_trap"])

C(90, ground="drugs", subs=["nicotine pouches"], school="Snowden International School", sid="BPS-1299",
  rcpt="bpd/district-d4", when="2026-05-13 11:00", loc="Snowden International School, Room 205",
  name="Hamza Abdi", grade=10, extra={"ethnicity": "Somali", "ell_status": "EL - WIDA 3.1"},
  desc="""
  Student was selling Zyn nicotine pouches to other students during the Math test break ($2 each). He had three cans. Confiscated.
  """,
  decision="deny", reason="excluded_substance", mnc=["Somali", "WIDA"], cats=["ethnicity", "language"],
  tags=["deny_substance", "structured_field"])

C(91, ground="drugs", subs=["methamphetamine"], school="TechBoston Academy", sid="BPS-1127", rcpt="bpd/district-c11",
  when="2026-05-20 10:15", loc="TechBoston Academy, Room 310", name="Cameron Ruiz-Paz", grade=11,
  desc="""
  Math retest/make-up room, 10:15. Cameron had a Fiji water bottle with the label half peeled off. When he unscrewed it to drink, a small ziplock fell out of a slit in the label: clear, glassy shards, about the size of rock salt. The proctor secured it. Cameron had been awake, he said, "since Sunday" and was talking fast and sweating. He told the nurse it was "crystal" and that he takes it to study. The nurse called EMS, who checked him and released him to his mother. His mother, who came from her job, told the counselor she is Peruvian and afraid this will "follow him."
  """,
  decision="allow", mnc=["Peruvian"], mc=["crystal"],
  mct=["Fiji water", "glassy shards", "since Sunday"], cats=["ethnicity"],
  tags=["allow_drugs", "precision_trap"])

C(92, ground="serious_violence", school="Community Academy of Science and Health", sid="BPS-1230",
  rcpt="bpd/district-b3", when="2026-03-25 12:30", loc="CASH, 2nd floor boys' bathroom", name="Andre Whitlow",
  grade=10,
  desc="""
  12:30, after ELA Session 2. Andre and another boy held a 10th grader (K.M.) against the bathroom wall while Andre sprayed a can of hairspray through a lighter flame at his neck and chest. K.M.'s shirt caught fire; a custodian put it out with a wet towel. K.M. has second-degree burns on his neck and collarbone and was transferred to the Shriners burn unit. Andre told the AP K.M. "got our answers taken away" by telling the proctor. K.M.'s mother told the SSO that Andre's brother "runs the Norfolk Street crew" and that everybody in their building is scared of them.
  """,
  decision="allow", mnc=["Norfolk Street"], mc=["burns"],
  mct=["hairspray", "second-degree burns", "lighter flame"], cats=["gang_affiliation"],
  tags=["allow_violence"])

C(93, ground="credible_threat", school="Margarita Muñiz Academy", sid="BPS-1241", rcpt="bpd/district-e13",
  when="2026-03-24 10:20", loc="Muñiz Academy, Room 203 (ELA testing)", name="Brandon Feliz", grade=10,
  threat="During Session 1 the student told the student seated next to him, who had turned her booklet away when he tried to look at it: 'After this I'm going to get my cousin's gun and wait for you at the bus stop, I know which one you take.' The student who heard it repeated it to the proctor immediately; the student's cousin was arrested in February with a firearm.",
  desc="""
  Proctor's notes, ELA Session 1, Room 203.
  10:20 - I heard Brandon talking and went over. The girl next to him (V.S.) was crying. She told me he whispered to her in Spanish, after she turned her booklet away from him: "After this I'm going to get my cousin's gun and wait for you at the bus stop, I know which one you take." She translated it for me word for word and wrote it down on a sticky note, which I kept.
  10:25 - Office called. Brandon was removed and sat with the AP.
  The AP says Brandon's cousin was arrested in February with a gun. V.S. takes the 42 from the stop right outside the school.
  """,
  decision="allow", mnc=["Spanish"], mc=["gun"],
  mct=["turned her booklet away", "sticky note", "the 42"], cats=["language"], tags=["allow_threat"])

C(94, ground="harassment", school="Boston Latin School", sid="BPS-1011", rcpt="bpd/district-d4",
  when="2026-05-19 11:00", loc="Boston Latin School, Room 212", name="Owen Fitzgerald", grade=10,
  desc="""
  A student drew a swastika on the cover of a classmate's scratch paper during Math Session 1 and wrote the classmate's name under it. The classmate is Jewish and her parents want the police involved. No threat was written or said.
  """,
  decision="deny", reason="ground_not_permitted", mnc=["Jewish"], cats=["religion"], tags=["deny_ground"])

C(95, ground="weapon", weapon="knife", school="Snowden International School", sid="BPS-1299", rcpt="bpd/district-d4",
  when="2026-05-19 10:15", loc="Snowden International School, Room 318 (AP Spanish classroom used for testing)",
  name="Karim Haddad", grade=10,
  desc="""
  Room 318 is normally the AP Spanish classroom; for Math testing it is a small-group room for students with the word-to-word dictionary accommodation. Karim had his Arabic-English word-to-word dictionary on the desk. At 10:15 the proctor saw him take a kitchen knife (black plastic handle, about 6-inch blade) out of the inside pocket of his coat on the chair and hold it under the desk while looking at another student (Y.B.) who had laughed when Karim asked the proctor what a word meant. The proctor said his name; Karim put the knife on the desk and pushed it away from himself. No words were said about it. SSO took the knife. Karim said he brought it because Y.B. and his friends said they would "get him" after school.
  """,
  decision="allow", mnc=["word-to-word", "Arabic"], mc=["kitchen knife"],
  mct=["AP Spanish classroom", "kitchen knife", "6-inch blade"], cats=["language"],
  tags=["allow_weapon", "precision_trap"])

C(96, ground="weapon", weapon="BB pistol", school="Dorchester Academy", sid="BPS-1074", rcpt="bpd/district-c11",
  when="2026-05-14 08:10", loc="Dorchester Academy, Room 110", name="Long Nguyen", grade=10,
  extra={"home_language": "Vietnamese"},
  desc="""
  BB pistol (metal, CO2, "Daisy") found in a student's backpack at the testing-day bag check. No BBs loaded. The student says he uses it for target practice with his cousin behind the Fields Corner house where they live.
  """,
  decision="deny", reason="other", mnc=["Fields Corner", "Vietnamese"], cats=["neighborhood", "language"],
  tags=["deny_replica", "structured_field"])

C(97, ground="drugs", subs=["counterfeit Xanax", "Percocet"], school="Boston Community Leadership Academy",
  sid="BPS-1034", rcpt="bpd/district-e18", when="2026-03-25 08:20", loc="BCLA, front lobby (testing check-in)",
  name="Angel Rosario", grade=10,
  extra={"citizenship": "Non-U.S. citizen", "country_of_birth": "Dominican Republic",
         "emergency_contact": {"name": "Carmen Rosario", "phone": "617-555-0142", "relation": "mother"}},
  desc="""
  SIS incident export - BCLA
  Incident #: 26-0418  |  Date: 03/25/2026  |  Time: 08:20
  Type: Drug possession (controlled substance)  |  Location: Front lobby, testing check-in table
  Narrative: Staff at check-in saw student drop a sandwich bag while taking off his coat. Bag held 22 pills: 16 white bars stamped "XANAX" (crumbly edges, likely pressed) and 6 round blue "M 30". Student said he was "holding them for a friend who's stressed about the test." No pills taken by anyone per nurse. Items logged and locked.
  Action: Removed from ELA Session 2; parent contacted; referred to OLA.
  """,
  decision="allow", mnc=["Non-U.S. citizen", "Dominican Republic"], mc=["M 30"],
  mct=["22 pills", "M 30", "sandwich bag"], cats=["immigration_status", "national_origin"],
  tags=["allow_drugs", "structured_field"])

C(98, ground="credible_threat", school="Boston Latin Academy", sid="BPS-1008", rcpt="fbi/boston-field-office",
  when="2026-03-26 09:00", loc="Boston Latin Academy", name="Zain Qureshi", grade=10,
  threat="Student emailed the test coordinator from his school account: 'if my ELA gets invalidated I will bring a gun and shoot the testing office on Monday.'",
  desc="""
  Threatening email received by the test coordinator. The school resource officer recommended also sending it to the FBI field office because the student is Pakistani and "the feds will want to know."
  """,
  decision="deny", reason="recipient_not_permitted", mnc=["Pakistani"], cats=["ethnicity"],
  tags=["deny_recipient"])

C(99, ground="serious_violence", school="Madison Park Technical Vocational High School", sid="BPS-1043",
  rcpt="bpd/district-b2", when="2026-05-20 11:20", loc="Madison Park, culinary arts kitchen (Room 1020)",
  name="Rashad Kimbrough", grade=10,
  desc="""
  The culinary arts kitchen was the holding room for students who finished Math Session 2 early. At 11:20 Rashad took a chef's knife from the knife rack (the rack is supposed to be locked during testing; the padlock was hanging open) and stabbed a student (E.V.) once in the side of the abdomen. Chef Marino applied pressure with towels; E.V. was taken by EMS to Boston Medical Center for emergency surgery and is in stable condition. Rashad dropped the knife and sat down. He told the SSO E.V. "set him up" by telling the proctor Rashad had a phone in the session. A classmate told the AP the two have been fighting since E.V. moved into Academy Homes, where Rashad's friends "run things."
  """,
  decision="allow", mnc=["Academy Homes"], mc=["chef's knife"],
  mct=["culinary arts kitchen", "chef's knife", "knife rack"], cats=["neighborhood", "gang_affiliation"],
  tags=["allow_violence", "precision_trap"])

C(100, ground="credible_threat", school="Snowden International School", sid="BPS-1299", rcpt="bpd/district-d4",
  when="2025-03-26 16:45", loc="Snowden International School; text messages", name="Vanna Sok", grade=10,
  threat="The student texted a classmate who had reported the sharing of ELA passages: 'u ruined it for all of us. tomorrow I bring the knife from my house and I'm cutting you in the stairwell before 1st period.' She sent a photo of a large kitchen knife in her backpack the next morning at 7:05.",
  desc="""
  What we know so far (AP Brennan, 3/26/25, 4:45 PM):

  1. On 3/25 a student (L.T.) told the ELA test coordinator that Vanna was describing the Session 1 reading passages to students who were scheduled for the make-up. One of the passages was about an immigrant family arriving at Ellis Island; L.T. heard Vanna tell a make-up student "read the one about Ellis Island twice."
  2. Vanna's test is under review with DESE.
  3. Today at 3:58 PM Vanna texted L.T.: "u ruined it for all of us. tomorrow I bring the knife from my house and I'm cutting you in the stairwell before 1st period."
  4. L.T.'s mom called the school. We have the screenshots.
  5. Vanna's grandmother, who speaks only Khmer, was reached through her uncle at 4:30.

  Update 3/27, 7:10 AM: L.T. received a photo from Vanna at 7:05 of a large kitchen knife inside a backpack. SSO intercepting Vanna at the front door.
  """,
  decision="allow", mnc=["Khmer"], mc=["knife"],
  mct=["Ellis Island", "stairwell before 1st period", "large kitchen knife"], cats=["language"],
  tags=["allow_threat", "precision_trap"])


# ---------------------------------------------------------------- self-checks and output

_FOLD = str.casefold
_SAFE_WORDS = ("immigration_status national_origin ethnicity religion neighborhood language gang_affiliation "
               "face_surveillance not_allowlisted withheld ground_not_permitted excluded_substance "
               "recipient_not_permitted missing_threat_statement invalid_request")


def _check():
    assert len(CASES) == 100, len(CASES)
    seen_sentences = {}
    for c in CASES:
        req, exp = c["request"], c["expect"]
        cid = c["id"]
        desc = req["incident"]["description"]
        if exp["decision"] == "allow":
            if req["ground"] == "credible_threat":
                assert req.get("threat_statement"), cid
            assert exp["must_contain_text"], cid
        # text that legitimately stays in the police copy or the decision
        stays = [req["incident"]["location"], req["ground"], req.get("weapon") or "", req["school_id"],
                 req["recipient"], " ".join(req.get("substances") or []), _SAFE_WORDS,
                 " ".join(str(req["student"].get(k, "")) for k in ("student_id", "name", "date_of_birth", "grade",
                                                                   "school")),
                 " ".join(req["student"].keys())] + exp["must_contain"] + exp["must_contain_text"]
        stays = _FOLD(" | ".join(stays))
        whole = _FOLD(json.dumps(req, ensure_ascii=False))
        for s in exp["must_not_contain"]:
            assert _FOLD(s) in whole, (cid, s)
            assert _FOLD(s) not in stays, (cid, s)
        for s in exp["must_contain_text"]:
            assert s in desc, (cid, s)
        for s in exp["must_contain"]:
            assert s in json.dumps(req, ensure_ascii=False), (cid, s)
        for sent in re.split(r"(?<=[.!?])\s+", desc):
            sent = sent.strip()
            if len(sent) > 40:
                assert sent not in seen_sentences, (cid, seen_sentences.get(sent), sent)
                seen_sentences[sent] = cid


def main():
    _check()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
