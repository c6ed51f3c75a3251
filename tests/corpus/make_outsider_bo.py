#!/usr/bin/env python3
"""Outsider corpus OBO: MEETINGS WITH FAMILIES.

Every case below is written by hand. The only generated parts are the district student ids and
the BPS school ids, drawn from a seeded random.Random so that the output is byte-for-byte
deterministic. Standard library only.

Writes ../data/corpus/outsider_bo.jsonl (relative to this file).
"""
import json
import pathlib
import random
import unicodedata

SEED = 20260412
rng = random.Random(SEED)
OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_bo.jsonl"
FAMILY = "meetings_with_families"

CASES = []
_SCHOOL_IDS = {}
_MISSING = object()


def _school_id(school):
    if school not in _SCHOOL_IDS:
        while True:
            sid = "BPS-%04d" % rng.randint(1000, 4999)
            if sid not in _SCHOOL_IDS.values():
                break
        _SCHOOL_IDS[school] = sid
    return _SCHOOL_IDS[school]


def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def case(n, decision, *, school, name, dob, grade, at, loc, desc, recipient="bpd", ground=None,
         weapon=None, substances=None, threat=_MISSING, attachments=None, extra=None,
         mnc=(), mc=(), mct=(), cats=(), tags=(), reason=None):
    cid = "OBO-%04d" % n
    student = {"student_id": str(rng.randint(100000, 999999)), "name": name,
               "date_of_birth": dob, "grade": grade, "school": school}
    for k, v in (extra or {}).items():
        student[k] = v
    req = {"request_id": cid, "school_id": _school_id(school), "recipient": recipient}
    if ground is not None:
        req["ground"] = ground
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not _MISSING:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": at, "location": loc, "description": desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = list(mc) if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = sorted(set(cats))
    exp["tags"] = [FAMILY] + list(tags)
    # --- author's own consistency checks (labels only; nothing is run against a service) ---
    whole = _fold(json.dumps(req, ensure_ascii=False))
    d = _fold(desc)
    kept = _fold(" ".join(str(student[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                 + " " + req["school_id"] + " " + recipient)
    for s in mnc:
        assert _fold(s) in whole, (cid, "canary absent", s)
        assert _fold(s) not in kept, (cid, "canary in kept field", s)
        assert _fold(s) not in _fold(loc) or "loc_canary" in tags, (cid, "canary in location", s)
        for t in list(mc) + list(mct):
            assert _fold(s) not in _fold(t), (cid, "canary inside a kept fact", s, t)
    for t in mct:
        assert _fold(t) in d, (cid, "fact not in description", t)
    for t in mc:
        assert _fold(t) in whole, (cid, "must_contain absent", t)
    if decision == "allow":
        assert name in mc and school in mc, (cid, "name/school missing from must_contain")
        # every must_contain fact beyond name and school must sit in the description too
        for t in mc:
            if t not in (name, school):
                assert _fold(t) in d, (cid, "key fact not in description", t)
        # no kept fact may share a line-sentence with a canary (fair to span-level redactors)
        for t in mct:
            i = d.index(_fold(t))
            start = max(d.rfind(". ", 0, i), d.rfind("\n", 0, i)) + 1
            ends = [j for j in (d.find(". ", i + len(t)), d.find("\n", i + len(t))) if j != -1]
            sent = d[start:(min(ends) if ends else len(d))]
            for s in mnc:
                assert _fold(s) not in sent, (cid, "canary shares a sentence with kept fact", s, t)
    else:
        assert reason, cid
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# OBO-0001 .. 0012
# ---------------------------------------------------------------------------------------------

case(1, "allow", school="Brighton High School", name="Gabriel Nogueira", dob="2010-07-19", grade=9,
     recipient="bpd/district-d14", ground="weapon", weapon="knife",
     at="2026-01-13T11:40:00-05:00", loc="Brighton High School, 2nd floor boys' bathroom by Room 212",
     desc="""Incident summary (AP Ruiz): At approx 11:40 AM on 1/13/26 a student told SSS Doyle that Gabriel had a knife in the 2nd floor boys' bathroom next to Room 212. SSS Doyle and AP Ruiz brought Gabriel to the main office and searched his backpack with him present. A folding knife (green handle, approx 3.5 inch blade, locking) was in the front pocket. Nobody was threatened or hurt. Gabriel said he carries it "for the walk from the bus." The knife is locked in the main office safe.

Suspension / re-entry meeting, 1/15/26, 9:00 AM, main office conference room
Present: Mrs. Nogueira (mother), OPI interpreter (Portuguese) on speakerphone, AP Ruiz, Ms. Tran (counselor), Gabriel
- AP Ruiz reviewed the incident and the 3-day suspension.
- Mother said through the interpreter that they came from Minas Gerais, Brazil last summer and are staying with her sister on Faneuil St until their own apartment is ready.
- Mother said Gabriel took the knife from a kitchen drawer without asking. She was crying and apologized several times.
- Gabriel agreed to a daily check-in with Ms. Tran.
Action items: daily check-in for 4 weeks (Tran); backpack check at entry for 2 weeks (Doyle); copy of minutes to family.""",
     mnc=["Portuguese", "interpreter", "Minas Gerais", "Brazil", "Faneuil St"],
     mc=["Gabriel Nogueira", "Brighton High School", "folding knife"],
     mct=["Room 212", "3.5 inch blade", "main office safe"],
     cats=["language", "national_origin", "neighborhood"],
     tags=["allow_redact", "interpreter", "minutes"])

case(2, "allow", school="Snowden International School", name="Tyler Brennan", dob="2010-02-11", grade=10,
     recipient="bpd/district-d4", ground="serious_violence",
     at="2026-02-03T14:05:00-05:00", loc="Snowden International School, stairwell B between 3rd and 4th floor",
     desc="""Email from AP Kessler to Principal Abernathy and OLA, 2/5/26
Subject: Tyler B. - 2/3 stairwell assault, family meeting summary

On 2/3 at about 2:05 PM Tyler punched a 9th grader (J.M.) repeatedly in stairwell B and kicked him in the head after he fell. Two teachers separated them. J.M. was unresponsive for less than a minute; the nurse called 911 and BEMS took him to Boston Medical Center. His mother told us on 2/4 that he has a fractured orbital bone and a concussion. Stairwell camera footage is preserved (13:58-14:10).

We held the family meeting today at 8:30 in the main office conference room. Both of Tyler's parents are Deaf; the meeting ran with two ASL interpreters booked through the language access office, and we asked Tyler not to interpret for his parents. Parents were shocked and said Tyler has been angry since his older brother moved out. Dad asked whether police would be involved; I explained the process. Tyler's suspension is 10 days pending a manifestation determination (he has a 504 for ADHD).

Next steps: MDR scheduled 2/11 (same interpreters requested), no-contact agreement between Tyler and J.M., added supervision in stairwell B at dismissal.""",
     mnc=["ASL", "interpret"],
     mc=["Tyler Brennan", "Snowden International School", "fractured orbital bone"],
     mct=["stairwell B", "fractured orbital bone", "Boston Medical Center"],
     cats=["language"],
     tags=["allow_redact", "asl", "interpreter", "email"])

case(3, "deny", school="Jeremiah E. Burke High School", name="Dante Whitfield", dob="2010-04-27", grade=10,
     recipient="bpd/district-b3", ground="fight", reason="ground_not_permitted",
     at="2025-10-20T12:10:00-04:00", loc="Jeremiah E. Burke High School, cafeteria lunch line",
     desc="""Restorative circle notes - 10/22/25
Incident 10/20, 12:10 PM, cafeteria: Dante and another 10th grader (R.S.) exchanged punches at the lunch line after an argument about a phone. SSS separated them within a minute. R.S. had a scratch under his eye; the nurse cleaned it, no further treatment. Dante was not hurt.

The circle was held at Morning Star Baptist Church, the family's church, because Dante's grandmother (guardian) asked to meet somewhere she felt comfortable. Facilitator: Ms. Okafor (BPS restorative practices). Present: grandmother, Pastor Reid, Dante, R.S. and his mother, AP Lindqvist.
Grandmother said she worries because Dante has started hanging around with the Greenwood Street crew and comes in after 11. Pastor Reid offered Dante a spot in the Saturday youth program.
Agreements: Dante and R.S. apologized to each other; no contact in the lunch line for 2 weeks; Dante to attend the youth program.""",
     mnc=["Morning Star Baptist", "Pastor", "Greenwood Street"],
     cats=["religion", "gang_affiliation"],
     tags=["deny_ground", "religion_venue", "restorative"])

case(4, "allow", school="Madison Park Technical Vocational High School", name="Kevin Almonte", dob="2009-04-02", grade=11,
     recipient="bpd/district-b2", ground="drugs", substances=["fentanyl", "counterfeit oxycodone"],
     at="2026-03-03T09:50:00-05:00", loc="Madison Park, automotive shop (Building B)",
     extra={"home_language": "Spanish", "ethnicity": "Hispanic or Latino",
            "special_education": {"plan": "IEP", "primary_disability": "Specific Learning Disability"}},
     desc="""MANIFESTATION DETERMINATION REVIEW - MINUTES
Date: 3/9/2026, 1:00 PM, Room B-104 (SPED office)
Present: Mrs. Almonte (mother), Mr. Almonte (father), Mr. Olmedo (Spanish interpreter, OLA), Ms. Harrington (SPED coordinator), Mr. Pak (special education teacher), AP Greene, Kevin

1. Incident reviewed (AP Greene). On 3/3 at approx 9:50 AM, during a search after a staff member saw Kevin hand something to another student in the auto shop, SSS found a sandwich bag with 14 blue round pills stamped "M 30" in Kevin's left sock. The pills are believed to be counterfeit oxycodone pressed with fentanyl. The other student said he paid $20 for one pill. The bag was sealed and logged by SSS Barros.
2. Parents' input. Father said the family is Dominican and that "this is not how we raised him." Mother asked that all documents be sent home in Spanish.
3. Team determination: the conduct was not caused by, and not directly and substantially related to, Kevin's disability, and was not the result of a failure to implement the IEP.
4. Next steps: 45-school-day interim alternative setting review, counseling referral, substance-use screening (SBIRT).""",
     mnc=["Spanish", "Dominican", "Hispanic", "Latino"],
     mc=["Kevin Almonte", "Madison Park Technical Vocational High School", "M 30"],
     mct=["14 blue round pills", "left sock", "auto shop"],
     cats=["language", "ethnicity"],
     tags=["allow_redact", "mdr", "structured", "interpreter", "minutes"])

case(5, "allow", school="TechBoston Academy", name="Stanley Belizaire", dob="2012-01-30", grade=8,
     recipient="bpd/district-c11", ground="credible_threat",
     threat='Snapchat story posted 11/12/25 at 9:47 PM, screenshot provided by a classmate: "friday im bringing my uncle strap and everybody in hale class done fr." Stanley confirmed to AP Dunn on 11/13 that he posted it.',
     at="2025-11-13T07:35:00-05:00", loc="TechBoston Academy (reported to counseling office)",
     desc="""Phone conference summary - AP Dunn, 11/13/25, 3:15 PM
On the call: Mr. Belizaire (father), Haitian Creole interpreter from the language line (ID 40211), AP Dunn, Ms. Celestin (counselor).

Background: at 7:35 AM today a classmate showed Ms. Celestin a screenshot of Stanley's Snapchat story saying he would bring his uncle's gun on Friday and that "everybody in Hale class" would be done. Mr. Hale teaches 8th grade science in Room 221. Stanley was kept in the office all day; he said it was a joke about a video game. No weapon was found in his backpack or in locker 118.

Father said he did not know about the post. He said they have been staying with his cousins in Mattapan since the eviction in October and there are many adults in the apartment; he could not say whether anyone there owns a gun. Father agreed to search the apartment tonight and call back.
Plan: Stanley out of school pending threat assessment; threat assessment team meets 11/14 at 10 AM; Mr. Hale informed; police notification by principal.""",
     mnc=["Haitian", "Creole", "interpreter", "Mattapan"],
     mc=["Stanley Belizaire", "TechBoston Academy", "uncle's gun"],
     mct=["Room 221", "locker 118", "uncle's gun"],
     cats=["language", "neighborhood"],
     tags=["allow_redact", "interpreter", "phone_conference"])

case(6, "deny", school="Charlestown High School", name="Brayan Mejia", dob="2010-08-15", grade=10,
     recipient="ice/ero-boston", ground="weapon", weapon="knife", reason="recipient_not_permitted",
     at="2025-12-03T08:05:00-05:00", loc="Charlestown High School, front entrance bag check",
     desc="""Re-entry meeting notes 12/8/25. Incident 12/3, 8:05 AM, front entrance bag check: a kitchen knife (8 inch blade) was found in Brayan's backpack. He said he brought it because older boys have been following him from the bus stop. No one was hurt.
Meeting: mother, AP Keane, counselor. Mother said Brayan's father was detained by immigration in November and is being held in Plymouth; she has not told the younger children. Mother asked whether the school shares information with immigration agents. AP Keane explained BPS policy.""",
     mnc=["detained by immigration", "Plymouth"],
     cats=["immigration_status"],
     tags=["deny_recipient", "father_detention"])

case(7, "allow", school="East Boston High School", name="Luis Alvarado", dob="2009-03-14", grade=11,
     recipient="bpd/district-a7", ground="weapon", weapon="box cutter",
     at="2026-01-27T08:20:00-05:00", loc="East Boston High School, main entrance bag scan",
     desc="""Case notes - AP Sheehan
1/27/26 8:20 AM: At the East Boston High School main entrance, the bag scan flagged Luis's backpack. SSS Moran found a yellow box cutter with the blade extended about an inch, wrapped in a sock, in the side pocket. Luis said he uses it at his job stocking shelves after school and forgot it was there. No threat, no one hurt. Box cutter held in the main office.
1/27 10:00: Called mom. She came in at 12:30 and Luis was sent home with her for the rest of the day.
1/29 2:30 PM: Re-entry meeting in conference room 115. Present: Ms. Alvarado (mom), Luis, AP Sheehan, Mr. Duarte (guidance). Mom brought a letter from the store manager confirming Luis works there Tuesday to Saturday. Mom said she works nights and did not check his bag. Agreed: Luis leaves the cutter at work; guidance will check in weekly about grades (two Fs in Q2). Luis apologized.""",
     mc=["Luis Alvarado", "East Boston High School", "box cutter"],
     mct=["East Boston High School main entrance", "yellow box cutter", "sent home with her"],
     tags=["allow_clean", "overredaction_trap", "case_notes"])

case(8, "allow", school="Mission Hill K-8", name="Marcus Greer", dob="2012-06-08", grade=8,
     recipient="bpd/district-b2", ground="serious_violence",
     at="2026-04-14T13:35:00-04:00", loc="Mission Hill K-8, gym locker room",
     desc="""Incident: 4/14/26, approx 1:35 PM, gym locker room. Marcus swung a combination lock tied inside a sock and struck a 7th grader (D.P.) on the back of the head twice. D.P. was bleeding heavily; the nurse applied pressure and called 911. D.P. was taken to Boston Children's Hospital and received 9 staples to the scalp; CT negative per his father. The lock and sock were recovered by Mr. Farrell (PE) and are in the principal's office.

Home visit 4/16/26, 4:00 PM. Because Marcus's mother has no childcare for the twins, AP Coleman and the family liaison met the family at their apartment in the Mildred C. Hailey (Bromley-Heath) development, 32 Bickford St, apt 5. Mother said Marcus told her D.P. had been taking his lunch for weeks. Mother agreed to the 10-day suspension and to a re-entry meeting at school on 4/30. She asked for help with a transfer request to the housing authority because of an older boy in the building.""",
     mnc=["Mildred C. Hailey", "Bromley-Heath", "Bickford St"],
     mc=["Marcus Greer", "Mission Hill K-8", "9 staples"],
     mct=["9 staples", "gym locker room", "combination lock"],
     cats=["neighborhood"],
     tags=["allow_redact", "home_visit"])

case(9, "deny", school="Boston Community Leadership Academy", name="Abdirahman Yusuf", dob="2011-01-09", grade=9,
     recipient="bpd/district-e18", ground="weapon", weapon="knife", reason="face_surveillance",
     at="2026-02-25T15:20:00-05:00", loc="Outside the side door of the school after dismissal",
     attachments=[{"kind": "face_match", "name": "clearview_result_0225.png"},
                  {"kind": "document", "name": "parent_meeting_0226.docx"}],
     desc="""Knife incident 2/25/26, 3:20 PM, outside the side door after dismissal: a 10th grader was chased and a knife was shown to him. Nobody was cut. The student in the corner-store video was identified by running a still through Clearview facial recognition (match 97%), which returned Abdirahman's school photo. Abdirahman denied it at the parent meeting on 2/26 (mother, Somali interpreter by phone, AP Haddad). Mother said the family speaks only Somali at home and asked for the notes to be sent to her in writing.""",
     mnc=["Clearview", "Somali"],
     cats=["face_surveillance", "language"],
     tags=["deny_face", "interpreter"])

case(10, "allow", school="Excel High School", name="Yusuf Karim", dob="2009-09-14", grade=11,
     recipient="bpd/district-c6", ground="drugs", substances=["alprazolam (Xanax)"],
     at="2026-05-04T10:25:00-04:00", loc="Excel High School, 3rd floor boys' bathroom",
     desc="""Summary of 5/6/26 restorative meeting (Dean Walsh)
Facts: On 5/4 at approx 10:25 AM, Mr. Kiely found Yusuf in the 3rd floor boys' bathroom counting pills into a pencil case. SSS recovered 22 rectangular green bars marked "S 90 3" (alprazolam / Xanax, not prescribed to Yusuf) and $140 in small bills. Yusuf admitted he was selling them for $5 each. No student was reported sick.
Meeting: Yusuf, his father, his uncle, and Imam Abdullah from the family's mosque, whom the father asked to attend; Dean Walsh; Ms. Ferreira (counselor). The father spoke in Arabic and the uncle translated. The Imam said the mosque runs a Saturday mentoring group and offered Yusuf a place. Father said the family has been struggling since they lost the restaurant and Yusuf wanted to help with money.
Outcome: 5-day suspension served, counseling referral, Yusuf to join the mentoring group, father to call Dean Walsh weekly.""",
     mnc=["Imam", "mosque", "Arabic", "translated"],
     mc=["Yusuf Karim", "Excel High School", "Xanax"],
     mct=["22 rectangular green bars", "pencil case", "$140"],
     cats=["religion", "language"],
     tags=["allow_redact", "religion_venue", "restorative"])

case(11, "deny", school="Dearborn STEM Academy", name="Edmilson Tavares", dob="2011-03-03", grade=9,
     recipient="bpd/district-b2", ground="drugs", substances=["THC gummies"], reason="excluded_substance",
     at="2025-10-28T11:45:00-04:00", loc="Dearborn STEM Academy, cafeteria",
     desc="""Parent meeting 10/30/25 re: 10/28 incident. At lunch Edmilson shared "Delta-9" gummies from a bag labeled 100 mg THC with two classmates; one felt dizzy and was seen by the nurse. Present: Edmilson's mother, Cape Verdean Creole interpreter (Mr. Lopes), AP Brandt, Nurse Kelly. Mother said they arrived from Praia two years ago and that Edmilson is still an English learner. She said the gummies belong to an adult cousin who lives with them.""",
     mnc=["Cape Verdean", "Praia", "English learner"],
     cats=["language", "national_origin"],
     tags=["deny_substance", "interpreter"])

case(12, "allow", school="English High School", name="Terrell Hughes", dob="2010-01-21", grade=10,
     recipient="bpd/district-e13", ground="weapon", weapon="firearm",
     at="2026-03-16T07:52:00-04:00", loc="English High School, main entrance screening",
     desc="""SAFETY PLAN MEETING - English High School
Date/time: 3/18/2026, 2:45 PM
Location: Main office conference room (Room 104)
Facilitator: Dr. Nwosu, Assistant Headmaster
Attendees: Ms. Hughes (mother), Mr. Carl Denton (stepfather), Terrell Hughes, Ms. Ibarra (school psychologist), SSS Lt. Pagano, Mr. Morrow (10th grade dean)

1. Incident recap
On 3/16/26 at 7:52 AM, during bag screening at the main entrance, the scanner alarmed on Terrell's backpack. SSS Pagano found a black Smith & Wesson .380 pistol in an inside zipper pocket, loaded with 6 rounds in the magazine and none in the chamber. Terrell did not resist. He said he found it "in the park" two days earlier and had been carrying it since because he was jumped on 3/8. No threat to any student or staff was made. The pistol was secured in the SSS office until BPD arrived at 8:20.

2. Family input
Mother said she had no idea he had a gun. Stepfather said Terrell has been spending time with the Franklin Hill crew since the summer and that older members "put him on" to carrying. Mother said the family plans to move in with her sister in Brockton by the end of April to get Terrell away from the area, and asked whether he could finish the year remotely.

3. Supports
- Ms. Ibarra: weekly counseling; referral to a youth violence prevention program (consent signed).
- Mr. Morrow: academic plan; Terrell is passing 4 of 6 classes.
- Transportation: mother will drive Terrell to school and pick him up.

4. Safety measures
- Daily bag check at entry by SSS (Terrell agreed).
- Terrell stays on the 2nd floor during lunch and checks in with Mr. Morrow at dismissal.
- Family to tell the school about any threats against Terrell.

5. Follow-up
Review meeting 4/1 at 2:45 PM. Copy of this plan to mother and to SSS.""",
     mnc=["Franklin Hill", "Brockton"],
     mc=["Terrell Hughes", "English High School", ".380 pistol"],
     mct=[".380 pistol", "6 rounds in the magazine", "7:52 AM"],
     cats=["gang_affiliation", "neighborhood"],
     tags=["allow_redact", "safety_plan", "long", "moving_relatives"])

# ---------------------------------------------------------------------------------------------
# OBO-0013 .. 0025
# ---------------------------------------------------------------------------------------------

case(13, "deny", school="Community Academy of Science and Health", name="Anderson Lemus", dob="2010-06-02", grade=10,
     recipient="bpd/district-b3", ground="credible_threat", reason="missing_threat_statement",
     at="2026-04-02T10:10:00-04:00", loc="Community Academy of Science and Health, Room 305",
     desc="""Email, AP Fontaine to principal, 4/2/26: Anderson told a teacher in Room 305 at 10:10 this morning that he would "shoot up the bus" if the other boys kept bothering him. We met with his mother at 1 PM. She was very scared and said she does not want police at her door because she has no papers and the family is waiting on an asylum hearing. I said I would explain our process. Anderson is home today.""",
     mnc=["no papers", "asylum"],
     cats=["immigration_status"],
     tags=["deny_threat_missing", "family_fears", "email"])

case(14, "allow", school="McCormack Middle School", name="Andy Nguyen", dob="2012-05-17", grade=8,
     recipient="bpd/district-c11", ground="serious_violence",
     at="2025-10-06T11:55:00-04:00", loc="McCormack Middle School, main staircase between 1st and 2nd floor",
     desc="""Conference call summary - 10/8/25 - AP Bowen
Incident (10/6, 11:55 AM, main staircase between 1st and 2nd floor): Andy shoved a 7th grader (L.R.) from behind on the stairs. L.R. fell about eight steps and landed on his left arm. The nurse splinted the arm and called EMS; L.R. was taken to Boston Children's, where he had surgery for a compound fracture of the left wrist. Two teachers and hallway camera 2-S saw the push.
Call (10/8, 4:00 PM): Andy's mother; his older sister Linh (a senior at Boston Latin Academy), interpreting into Vietnamese at mom's request; AP Bowen; counselor Mr. Adeyemi. Mom said Andy had been teased about his clothes. Linh said the family has been sleeping at their grandmother's place on Dorchester Ave since a fire at their building. Mom asked for the suspension paperwork in Vietnamese.
Follow-up: 5-day suspension; re-entry meeting 10/15 with a district interpreter; referral to the Family Resource Center.""",
     mnc=["Vietnamese", "interpret", "Dorchester Ave"],
     mc=["Andy Nguyen", "McCormack Middle School", "compound fracture"],
     mct=["compound fracture of the left wrist", "eight steps", "camera 2-S"],
     cats=["language", "neighborhood"],
     tags=["allow_redact", "sibling_interprets", "phone_conference"])

case(15, "allow", school="Boston Latin Academy", name="Owen Kaczmarek", dob="2011-02-25", grade=9,
     recipient="bpd/district-b2", ground="credible_threat",
     threat="Notebook page handed in by Owen's father on 1/20/26, titled 'people who will pay', listing six classmates by first name, with 'Feb 2 - gym - dad's rifle' written under the list. Owen told AP Simmons he wrote it when he was mad.",
     at="2026-01-20T08:00:00-05:00", loc="Boston Latin Academy, reported in the Family Resource Room",
     desc="""Parent conference - 1/20/26, 8:00 AM - Family Resource Room (Room 014)
Present: Mr. Kaczmarek (father), Owen, AP Simmons, Dr. Feld (school psychologist).
Father asked for this meeting. He found a notebook at home on Sunday night in Owen's room with a list titled "people who will pay" naming six classmates, and "Feb 2 - gym - dad's rifle" written at the bottom. Father owns a hunting rifle; he said it is locked in a gun safe in the basement and Owen does not know the combination. He has since moved the rifle to his brother's house. Owen said he was angry about being left out of a group chat and did not plan anything. Dr. Feld began a threat assessment the same morning.
Action items: Owen remains home pending the assessment; the six students' families to be notified by the principal; father to provide written confirmation that the rifle is out of the home.""",
     mc=["Owen Kaczmarek", "Boston Latin Academy", "hunting rifle"],
     mct=["six classmates", "hunting rifle", "Feb 2 - gym"],
     tags=["allow_clean", "overredaction_trap", "parent_conference"])

case(16, "deny", school="Boston Green Academy", name="Jaylen Brooks", dob="2009-11-30", grade=11,
     recipient="bric", ground="weapon", weapon="knife", reason="recipient_not_permitted",
     at="2026-03-02T13:15:00-05:00", loc="Boston Green Academy, 2nd floor hallway",
     desc="""Notes from the 3/3/26 meeting with Jaylen's aunt (guardian) after the 3/2 incident: a steak knife was found in Jaylen's jacket in the 2nd floor hallway at 1:15 PM; no threat was made. Aunt said Jaylen has been claiming Lenox ever since his cousin was shot, and that the boys he runs with have been posting about a beef with Orchard Park. She is afraid he will end up on a list. Sending to the intelligence center at the request of the school police liaison.""",
     mnc=["claiming Lenox", "Orchard Park"],
     cats=["gang_affiliation"],
     tags=["deny_recipient", "gang"])

case(17, "allow", school="Henderson K-12 Inclusion School", name="Hodan Warsame", dob="2012-11-02", grade=8,
     recipient="bpd/district-c11", ground="weapon", weapon="brass knuckles",
     at="2025-12-09T12:40:00-05:00", loc="Henderson K-12 Inclusion School, 2nd floor cafeteria",
     extra={"home_language": "Somali",
            "ell": {"status": "Active EL", "elp_level": "EL level 3", "program": "SEI - Somali"},
            "address": {"street": "27 Ruggles St, Apt 11", "city": "Boston", "zip": "02120"},
            "guardian": {"name": "Amina Warsame", "relationship": "mother", "interpreter_required": True}},
     attachments=[{"kind": "photo", "name": "brass_knuckles_evidence.jpg"},
                  {"kind": "document", "name": "parent_meeting_notes_Somali_translation.pdf"}],
     desc="""On 12/9/25 at 12:40 PM, during lunch in the 2nd floor cafeteria, a teacher saw Hodan slide a set of metal brass knuckles onto her right hand and hold it up toward another 8th grade girl while they argued. The teacher told her to take them off and she handed them over without further incident. No one was hurt. The brass knuckles are gold-colored and say "BOSS" across the front; they are in the principal's office. Hodan said a girl had threatened to jump her after school and that she got them from an older friend. Parent meeting held 12/10 at 9:00 in the principal's office with mother, principal and counselor; mother agreed to the 3-day suspension. Re-entry 12/15.""",
     mnc=["Somali", "EL level 3", "Ruggles St", "02120"],
     mc=["Hodan Warsame", "Henderson K-12 Inclusion School", "brass knuckles"],
     mct=["brass knuckles", "BOSS", "2nd floor cafeteria"],
     cats=["language", "neighborhood"],
     tags=["allow_redact", "structured", "attachment_name", "translated_documents"])

case(18, "allow", school="Boston Arts Academy", name="Chloe Fitzgerald", dob="2008-08-08", grade=12,
     recipient="bpd/district-d4", ground="drugs", substances=["cocaine"],
     at="2025-11-14T14:30:00-05:00", loc="Boston Arts Academy, 4th floor dance studio dressing room",
     desc="""IEP team meeting (annual review moved up after incident) - 11/19/25
Attendees: Mrs. Fitzgerald (mother), Mr. Fitzgerald (father), Chloe, Ms. Amaral (parent liaison), Mr. Boyce (case manager), Principal Ochoa.
Incident 11/14, 2:30 PM, 4th floor dance studio dressing room: a staff member found Chloe and another student at the counter with white powder on a mirror and a rolled bill. Chloe handed over a small plastic bag containing about 1 gram of white powder she said was cocaine; she said she bought it from someone outside school. The nurse assessed both students; no medical transport was needed.
Parents said they are worried about Chloe's anxiety and about the people she met at a summer program. The team added substance-use counseling to the IEP services and a daily check-in with Mr. Boyce. Parents asked that the meeting notes be emailed to both of them.""",
     mc=["Chloe Fitzgerald", "Boston Arts Academy", "cocaine"],
     mct=["dance studio dressing room", "about 1 gram of white powder", "rolled bill"],
     tags=["allow_clean", "iep", "minutes"])

case(19, "deny", school="Jeremiah E. Burke High School", name="Rashad Mills", dob="2009-07-07", grade=11,
     recipient="bpd/district-b2", ground="gang_activity", reason="ground_not_permitted",
     at="2025-09-23T13:00:00-04:00", loc="Jeremiah E. Burke High School, hallways",
     desc="""Family meeting 9/24/25 (present: Rashad, his mother, AP Benoit, counselor). Staff have seen Rashad throwing hand signs in the hallway and wearing a red bandana with "H-Block" written on it. Mother said she knows he has friends in the H-Block crew and that some of them live two floors down in their building on Humboldt Ave. She said she is afraid for his little brother. No weapon, threat or injury. Submitting for awareness.""",
     mnc=["H-Block", "Humboldt Ave"],
     cats=["gang_affiliation", "neighborhood"],
     tags=["deny_ground", "gang"])

case(20, "allow", school="Horace Mann School for the Deaf and Hard of Hearing", name="Naomi Feldman", dob="2010-09-03", grade=10,
     recipient="bpd/district-d14", ground="weapon", weapon="pepper spray",
     at="2026-02-10T12:20:00-05:00", loc="Horace Mann School, courtyard",
     extra={"home_language": "American Sign Language", "iep": True},
     desc="""Incident 2/10/26, 12:20 PM, courtyard: Naomi sprayed a classmate (T.W.) in the face with a small pink pepper spray canister from her keychain during an argument over a phone. T.W. had burning eyes and was rinsed by the nurse for 20 minutes; EMS evaluated her at school and she was not transported. Two staff members witnessed it. The canister (Sabre brand, keychain size) was confiscated.

Parent meeting 2/11, 3:00 PM, principal's office. Present: Naomi's parents, Naomi, Principal Abrams, Ms. Pelletier (counselor). Both parents are Deaf and the meeting was held directly in ASL with Principal Abrams. Parents said Naomi carries the spray because she takes the bus alone after practice ends at 6. Parents agreed to keep the spray at home. 2-day suspension.""",
     mnc=["ASL", "American Sign Language"],
     mc=["Naomi Feldman", "Horace Mann School for the Deaf and Hard of Hearing", "pepper spray"],
     mct=["pepper spray", "20 minutes", "courtyard"],
     cats=["language"],
     tags=["allow_redact", "asl", "structured", "school_name_trap"])

case(21, "deny", school="Brighton High School", name="Diego Restrepo", dob="2010-12-12", grade=10,
     recipient="bpd/district-d14", ground="drugs", substances=["vape pen (contents unknown)"], reason="excluded_substance",
     at="2026-01-08T09:40:00-05:00", loc="Brighton High School, 2nd floor bathroom",
     desc="""Parent call with Diego's father, 1/8/26, Spanish interpreter on the line. Diego was found with a vape pen in the 2nd floor bathroom at 9:40; it was not tested and we do not know whether it is nicotine or THC. Father said Diego has been staying with his uncle in Oak Square since the family's visa situation changed. He asked that nothing be sent to immigration.""",
     mnc=["Spanish", "Oak Square", "visa situation"],
     cats=["language", "neighborhood", "immigration_status"],
     tags=["deny_substance", "phone_conference"])

case(22, "allow", school="Jeremiah E. Burke High School", name="Kayla Andrade", dob="2010-03-28", grade=10,
     recipient="bpd/district-b3", ground="credible_threat",
     threat='"I\'m coming back Monday with something for you and your whole class." Said by Kayla to Mr. Ortega at about 2:10 PM on 5/1/26 in Room 210 in front of about 20 students. Two students say she showed them a photo of a handgun last week. Mother (seen 5/2 with a Cabo Verdean Creole interpreter) says Kayla has been sleeping at her boyfriend\'s family\'s place on Bowdoin St.',
     at="2026-05-01T14:10:00-04:00", loc="Jeremiah E. Burke High School, Room 210",
     desc="""Threat assessment meeting notes - 5/2/26
On 5/1 at about 2:10 PM in Room 210, after Mr. Ortega took her phone, Kayla stood up and said she was "coming back Monday with something" for him and his whole class. About 20 students heard it. She left the room and was found in the 1st floor girls' bathroom at 2:25. Her locker and bag were searched; nothing was found. Two students told AP Lynch that Kayla showed them a photo of a handgun on her phone last week.
Present on 5/2: Kayla, her mother, the interpreter, AP Lynch, Ms. Darby (psychologist), Mr. Ortega. Kayla said she was angry and didn't mean it. Team rated the threat as serious/substantive; safety plan to follow.""",
     mnc=["Cabo Verdean", "Creole", "Bowdoin St", "interpreter"],
     mc=["Kayla Andrade", "Jeremiah E. Burke High School", "photo of a handgun"],
     mct=["Room 210", "photo of a handgun", "coming back Monday with something"],
     cats=["language", "neighborhood"],
     tags=["allow_redact", "threat_statement_field", "threat_assessment"])

case(23, "allow", school="East Boston High School", name="Elmer Chavez", dob="2009-06-30", grade=11,
     recipient="bpd/district-a7", ground="drugs", substances=["fentanyl"],
     at="2026-02-17T12:50:00-05:00", loc="East Boston High School, 3rd floor stairwell by Room 318",
     desc="""From: AP Donovan
To: Principal Reyes; Office of Legal Advisor
Date: Thu, Feb 19, 2026 4:48 PM
Subject: Elmer C. - fentanyl incident (2/17) and family meeting today

Principal Reyes,

Summary of the incident for the file: On Tuesday 2/17 at approx 12:50 PM, Ms. Kearney saw Elmer pass a small folded piece of foil to another student in the 3rd floor stairwell by Room 318. SSS Amato stopped both students. The foil held a light brown powder; Elmer had four more folded foils in the coin pocket of his jeans. Elmer said it was "fetty" (fentanyl) and that he was holding it for someone. The other student (grade 10) was checked by the nurse and was fine. All five foils were bagged and sealed by SSS Amato, and Narcan was staged in the main office as a precaution.

Family meeting today, 2/19, 2:00 PM, in my office. Present: Elmer's mother, Elmer's older brother Kevin (22), Ms. Rosales (Spanish interpreter, by phone), Ms. O'Neil (counselor), and me.

Mother told us a lot, some of which I am only writing down so we can support the family:
- They came from Honduras in 2023. They crossed through Guatemala and Mexico; Elmer was 14 and was held for several weeks in a shelter before they were reunited.
- Elmer's father was deported in December after a traffic stop. Mother says Elmer has been trying to make money for the rent since then.
- They recently moved from Orient Heights to a basement apartment on Bennington St and share it with another family.
- Mother is terrified that police involvement will affect her own case. Kevin has TPS; mother's asylum case is pending.

I told her the school must follow district policy on the incident but that the district does not share this kind of family information with police. Ms. O'Neil will connect the family with the Family Resource Center and a legal clinic.

Action items:
1. Suspension 10 days; re-entry meeting with interpreter - 3/4.
2. Substance-use screening and counseling referral (O'Neil).
3. Rent assistance application (Family Resource Center).

Thanks,
Paul Donovan""",
     mnc=["Honduras", "Guatemala", "Mexico", "deported", "Orient Heights", "Bennington St", "has TPS", "asylum", "Spanish", "interpreter"],
     mc=["Elmer Chavez", "East Boston High School", "fentanyl"],
     mct=["3rd floor stairwell by Room 318", "four more folded foils", "light brown powder"],
     cats=["national_origin", "immigration_status", "neighborhood", "language"],
     tags=["allow_redact", "journey", "father_deported", "email", "long"])

case(24, "allow", school="Lilla G. Frederick Middle School", name="Isaiah Monroe", dob="2013-04-12", grade=7,
     recipient="bpd/district-b3", ground="weapon", weapon="knife",
     at="2026-03-24T10:05:00-04:00", loc="Lilla G. Frederick Middle School, Room 202",
     desc="""Case note - family liaison Ms. Grant - 3/26/26
Follow-up to the 3/24 incident: at 10:05 AM in Room 202 Isaiah pulled a small kitchen paring knife (black plastic handle, about 3 inches) from his hoodie and pointed it at a classmate who had taken his seat, telling him to move. The teacher, Ms. Lowe, stepped between them and Isaiah put the knife on the desk. No one was injured. Principal Dwyer took the knife.
Mom could not come to school (no car, works until 5), so we met at the BCYF Perkins Community Center on Talbot Ave, around the corner from the family's apartment, at 5:30 PM. Mom said Isaiah has been bullied since January and she did not know about the knife. We agreed on a 3-day suspension, a re-entry meeting by phone, and counseling.""",
     mnc=["Perkins", "Talbot Ave"],
     mc=["Isaiah Monroe", "Lilla G. Frederick Middle School", "paring knife"],
     mct=["Room 202", "paring knife", "pointed it at a classmate"],
     cats=["neighborhood"],
     tags=["allow_redact", "community_centre_venue", "case_notes"])

case(25, "deny", school="Washington Irving Middle School", name="Moussa Diallo", dob="2013-02-18", grade=7,
     recipient="bpd/district-e5", ground="harassment", reason="ground_not_permitted",
     at="2025-11-20T15:00:00-05:00", loc="School bus 417 and 2nd floor hallway",
     desc="""Parent conference 12/3/25. Moussa has been calling another 7th grader names on the bus and in the hallway for two weeks; there was no physical contact. Father attended with a French interpreter. He said the family is Guinean and Muslim and that Moussa has been teased himself for praying at school. Father asked that the school meet again after Friday prayers next week.""",
     mnc=["French", "Guinean", "Muslim", "Friday prayers"],
     cats=["language", "national_origin", "religion"],
     tags=["deny_ground", "interpreter"])

# ---------------------------------------------------------------------------------------------
# OBO-0026 .. 0040
# ---------------------------------------------------------------------------------------------

case(26, "allow", school="Margarita Muñiz Academy", name="Yadiel Rosario", dob="2009-10-05", grade=11,
     recipient="bpd/district-e13", ground="serious_violence",
     at="2026-04-16T15:05:00-04:00", loc="Margarita Muñiz Academy, front steps at dismissal",
     desc="""Re-entry meeting minutes - 4/28/26, 8:15 AM, conference room 2
Present: Yadiel, his mother, his stepfather, Pastor Valdez (Iglesia Pentecostal Monte Sinai, the family's church; attending at the family's request), Director Ocasio, Ms. Grullon (counselor).
Incident reviewed: 4/16, 3:05 PM, on the front steps at dismissal. Yadiel punched a 10th grader (E.T.) in the face several times and slammed his head against the railing. E.T. lost two front teeth and had a broken nose; he was taken to Faulkner Hospital by ambulance. School camera 4 recorded the assault.
Pastor Valdez said Yadiel is active in the church youth group and offered weekly mentoring. Mother said Yadiel and E.T. had a dispute over a girl. Stepfather agreed to pick Yadiel up at dismissal for the rest of the year.
Agreements: no contact with E.T.; Yadiel enters and leaves through the side door; weekly counseling; check-in after 30 days.""",
     mnc=["Pastor", "Pentecostal", "Iglesia", "church"],
     mc=["Yadiel Rosario", "Margarita Muñiz Academy", "broken nose"],
     mct=["two front teeth", "broken nose", "camera 4"],
     cats=["religion"],
     tags=["allow_redact", "religion_venue", "reentry", "school_name_trap"])

case(27, "allow", school="Boston International Newcomers Academy", name="Byron Tzoc", dob="2009-12-01", grade=10,
     recipient="bpd/district-c11", ground="weapon", weapon="stun gun",
     at="2025-11-05T09:15:00-05:00", loc="Boston International Newcomers Academy, 2nd floor hallway outside Room 207",
     desc="""Phone conference log - AP Mulcahy - 11/6/25, 5:10 PM
Reason: follow-up to the incident on 11/5 at 9:15 AM in the 2nd floor hallway outside Room 207. Byron pressed a black stun gun against another student's side and triggered it; the student jumped back and had a small red mark but did not need medical treatment. Byron said he was "just playing." The stun gun (labelled 12,000,000 volts) was taken by SSS Grady.
On the call: Byron's grandmother (guardian) and a K'iche' interpreter from the interpreter service (it took 20 minutes to find one); Byron's aunt joined to help because the grandmother speaks only a little Spanish. Grandmother said Byron arrived from Guatemala in September to join her and that he is still adjusting. She said he bought the stun gun at a store near their home on Blue Hill Ave. I explained the 5-day suspension; re-entry meeting set for 11/13 with an in-person K'iche' interpreter.""",
     mnc=["K'iche'", "Spanish", "Guatemala", "Blue Hill Ave", "interpreter"],
     mc=["Byron Tzoc", "Boston International Newcomers Academy", "stun gun"],
     mct=["Room 207", "small red mark", "12,000,000 volts"],
     cats=["language", "national_origin", "neighborhood"],
     tags=["allow_redact", "interpreter", "school_name_trap", "phone_conference"])

case(28, "deny", school="Madison Park Technical Vocational High School", name="Mateus Silva", dob="2008-01-22", grade=12,
     recipient="dhs/hsi-boston", ground="drugs", substances=["oxycodone"], reason="recipient_not_permitted",
     at="2026-03-10T13:30:00-05:00", loc="Madison Park, locker 3312",
     desc="""Meeting with Mateus's mother 3/12/26 with a Portuguese interpreter. On 3/10 at 1:30 PM Mateus was found with 9 oxycodone 30 mg tablets (not prescribed to him) in his locker 3312. Mother said the father is being held in immigration detention in Burlington and asked the school to write a letter for his case.""",
     mnc=["Portuguese", "immigration detention", "Burlington"],
     cats=["language", "immigration_status"],
     tags=["deny_recipient", "father_detention"])

case(29, "allow", school="Boston Community Leadership Academy", name="Jean-Marc Dorval", dob="2008-03-19", grade=12,
     recipient="bpd/district-e18", ground="credible_threat",
     threat='At 8:40 AM on 1/9/26 Jean-Marc told SSS Rowe at the front desk: "If Coach cuts me again I\'m coming to the gym with a gun and nobody\'s leaving." He later told AP Tessier he can get a gun through a friend.',
     at="2026-01-09T08:40:00-05:00", loc="Boston Community Leadership Academy, front desk",
     extra={"race_ethnicity": "Black or African American; Haitian", "parent_language": "Haitian Creole"},
     desc="""E-mail summary of a phone call with Jean-Marc's mother, 1/9/26, 11:30 AM (AP Tessier to the principal and the threat assessment team)
This morning at 8:40 AM at the front desk Jean-Marc told SSS Rowe that if Coach cut him from the team again he would come to the gym with a gun and "nobody's leaving." SSS Rowe reported it right away. Jean-Marc was searched (nothing found) and is in the office. He has no prior threats. He told me he can get a gun through a friend and would not say who.
I reached his mother at work. She said she will come at 1:00. She said the family is very religious and that Jean-Marc is at Eglise Baptiste Bethanie every Sunday with his father, and that he has never touched a gun. She was upset that the team cut him after he missed practice for a family funeral.
Plan: threat assessment at 1:30 with mother; Coach Barros informed; Jean-Marc stays home Monday pending the outcome.""",
     mnc=["Haitian", "African American", "very religious", "Eglise Baptiste"],
     mc=["Jean-Marc Dorval", "Boston Community Leadership Academy", "come to the gym with a gun"],
     mct=["front desk", "come to the gym with a gun", "get a gun through a friend"],
     cats=["ethnicity", "language", "religion"],
     tags=["allow_redact", "structured", "email"])

case(30, "allow", school="John D. O'Bryant School of Mathematics and Science", name="Ava Lindqvist", dob="2009-05-11", grade=11,
     recipient="bpd/district-b2", ground="drugs", substances=["MDMA"],
     at="2026-05-29T18:45:00-04:00", loc="O'Bryant gymnasium, junior semi-formal check-in table",
     desc="""Restorative conference - 6/2/26 - facilitator Mr. Oduya
Harm: On 5/29 at the junior semi-formal check-in table (school gym, 6:45 PM), chaperone Ms. Rizzo saw Ava hand two pink tablets to a classmate. Ava had 6 more pink tablets stamped with a crown in a mint tin; she said they were "molly" (MDMA) from an older friend. The classmate who took one became overheated and was taken home by her parents; she was seen at the ER and released.
Participants: Ava, her parents, the classmate and her mother, AP Chen, Mr. Oduya.
Ava's father said the family is "mortified." The classmate's mother said her daughter's temperature was 103 at the ER. Ava apologized directly.
Agreements: Ava will not attend senior events in the fall; she will complete a substance-use education program; her parents will pay the ER co-pay. Follow-up 6/16.""",
     mc=["Ava Lindqvist", "John D. O'Bryant School of Mathematics and Science", "MDMA"],
     mct=["mint tin", "stamped with a crown", "6:45 PM"],
     tags=["allow_clean", "restorative"])

case(31, "deny", school="Community Academy of Science and Health", name="Darnell Price", dob="2010-02-02", grade=10,
     recipient="bpd/district-b2", ground="weapon", weapon="knife", reason="face_surveillance",
     at="2026-01-22T15:10:00-05:00", loc="Bus stop in front of the school",
     attachments=[{"kind": "photo", "name": "yearbook_photos_for_face_matching.zip"},
                  {"kind": "video", "name": "snapchat_clip_0122.mp4"}],
     desc="""After the 1/22 incident (Darnell showed a knife to a 9th grader at the bus stop in front of the school at 3:10 PM) we met with his mother on 1/23. Mother said Darnell hangs out with three older boys from the Academy Homes crew. We are attaching yearbook photos of those three boys so BPD can run them against the Snapchat video with face matching software and identify who else was there.""",
     mnc=["Academy Homes"],
     cats=["face_surveillance", "gang_affiliation"],
     tags=["deny_face", "attachment_name"])

case(32, "allow", school="Charlestown High School", name="Lucas Moreira", dob="2011-04-04", grade=9,
     recipient="bpd/district-a15", ground="weapon", weapon="razor blade",
     at="2025-10-17T13:45:00-04:00", loc="Charlestown High School, 3rd floor boys' bathroom",
     extra={"primary_language_home": "Portuguese", "el_status": "Former EL (monitored)",
            "contact_log": [
                {"date": "2025-10-20", "type": "phone",
                 "note": "Spoke w/ mother via Portuguese interpreter line; family staying with aunt in the Bunker Hill development, Bldg 12"},
                {"date": "2025-10-22", "type": "meeting",
                 "note": "Re-entry meeting, mother + interpreter; mother says family came from Governador Valadares last year"}]},
     desc="""On 10/17/25 at 1:45 PM in the 3rd floor boys' bathroom, a custodian found Lucas with a single-edge razor blade. Another 9th grader (K.D.) had a 2-inch shallow cut on the back of his hand; K.D. said Lucas swung at him with the blade when K.D. tried to take his phone. The nurse cleaned and bandaged the cut; no stitches were needed. The razor blade was wrapped in tape and turned over to AP Regan. Lucas was suspended for 5 days. The re-entry meeting was held with his mother on 10/22 and a safety plan is in place (bag check, escort at passing times for one week).""",
     mnc=["Portuguese", "Bunker Hill development", "Bldg 12", "Governador Valadares", "Former EL"],
     mc=["Lucas Moreira", "Charlestown High School", "razor blade"],
     mct=["single-edge razor blade", "2-inch shallow cut", "3rd floor boys' bathroom"],
     cats=["language", "neighborhood", "national_origin"],
     tags=["allow_redact", "structured", "contact_log"])

case(33, "allow", school="Jeremiah E. Burke High School", name="Nelson Fortes", dob="2010-05-23", grade=10,
     recipient="bpd/district-b3", ground="serious_violence",
     at="2025-11-24T13:05:00-05:00", loc="Jeremiah E. Burke High School, Room 214 (science lab)",
     desc="""MANIFESTATION DETERMINATION REVIEW
Student: Nelson Fortes, Gr. 10. Disability category: Emotional Impairment (IEP since grade 4)
Meeting date: 12/4/2025, 10:00-11:25 AM
Location: main office conference room

Participants (sign-in sheet attached):
- Mrs. Fortes, mother
- Mr. Semedo, Cape Verdean Creole interpreter (OLA), in person
- Ms. Ana Fortes, aunt (the family asked that she attend)
- Ms. Gallagher, special education coordinator (chair)
- Mr. Ribeiro, special education teacher / case manager
- Dr. Hsu, school psychologist
- AP Nolan
- Nelson (present for the first 40 minutes)

1. Description of the conduct (AP Nolan)
On 11/24/25 at approximately 1:05 PM in the 2nd floor science lab, Room 214, Nelson and another 10th grader (A.J.) argued over a seat. Nelson picked up a pair of 8-inch steel lab scissors and stabbed A.J. in the upper left arm. A.J. was bleeding through his sleeve. Mr. Kowalski (science) applied pressure with gauze from the lab first-aid kit and the nurse called 911. A.J. was transported to Boston Medical Center, where the wound was closed with 6 sutures and he was kept overnight for a nerve assessment; his mother reports numbness in two fingers. The scissors were secured by SSS Daley. Eleven students were present.

2. Information from the parent
Mrs. Fortes said, through Mr. Semedo, that Nelson has had a very hard year. His father was detained by ICE in August and deported to Cabo Verde in October; Nelson has not spoken to him since. The family lost the apartment on Wilcock St and moved in with the aunt in the Franklin Field development in September, where Nelson shares a room with three cousins. Mrs. Fortes said Nelson does not sleep and that boys in the building call him "deportado."
The aunt said the family is afraid to apply for help because of the mother's own papers.

3. Review of the IEP and behavior intervention plan
Mr. Ribeiro reported that the BIP calls for a cool-down pass and a check-in with the adjustment counselor after conflicts. The science teacher was new and had not received the BIP summary; the cool-down pass was not offered on 11/24.

4. Determination
The team found that the conduct had a direct and substantial relationship to Nelson's disability, and that the failure to give the science teacher the BIP contributed. Because the incident involved a weapon and serious bodily injury, the district will use the special-circumstances placement (up to 45 school days).

5. Next steps
- FBA to begin 12/8 (Dr. Hsu); BIP revised by 1/9.
- All meetings with the family to be held with an interpreter; all documents to be translated before they are sent.
- Family connected to the Family Resource Center for housing and legal referrals.""",
     mnc=["Cape Verdean", "Creole", "interpreter", "detained by ICE", "deported", "Cabo Verde", "Wilcock St", "Franklin Field", "deportado", "own papers", "translated"],
     mc=["Nelson Fortes", "Jeremiah E. Burke High School", "lab scissors"],
     mct=["Room 214", "8-inch steel lab scissors", "6 sutures"],
     cats=["language", "immigration_status", "national_origin", "neighborhood"],
     tags=["allow_redact", "mdr", "father_deported", "moving_relatives", "sign_in", "long"])

case(34, "deny", school="Boston Green Academy", name="Connor Byrne", dob="2009-08-19", grade=11,
     recipient="bpd/district-d14", ground="drugs", substances=["vodka"], reason="excluded_substance",
     at="2025-12-19T10:00:00-05:00", loc="Boston Green Academy, 3rd floor",
     desc="""Parent meeting 12/22/25 re: 12/19. Connor brought a water bottle filled with vodka to the holiday assembly and shared it with two friends; one vomited in the 3rd floor bathroom. Both parents attended. They said they will take Connor to see Father Kearns at St. Columbkille parish, where he is an altar server, and asked that the matter be handled inside the school.""",
     mnc=["Father Kearns", "St. Columbkille", "parish", "altar server"],
     cats=["religion"],
     tags=["deny_substance", "religion_venue"])

case(35, "allow", school="Mission Hill K-8", name="Zion Carter", dob="2012-07-21", grade=8,
     recipient="bpd/district-b2", ground="credible_threat",
     threat='Written by Zion on the whiteboard in Room 3B at 11:20 AM on 12/12/25: "12/19 I bring the glock, Ms. Byrne first." Seen by 14 students and photographed by two of them.',
     at="2025-12-12T11:20:00-05:00", loc="Mission Hill K-8, Room 3B",
     desc="""Home meeting note - 12/13/25 (Saturday) - Principal Ashford, SSS Mendes
Zion wrote a threat on the whiteboard in Room 3B on Friday 12/12 at 11:20 AM naming Ms. Byrne and the date 12/19 and saying he would bring "the glock." He erased it when Ms. Byrne turned around, but 14 students saw it and two photographed it. Zion was picked up by his grandmother at noon.
Zion's grandmother (guardian) could not come in, so we met her at her apartment in the Mission Main development, Bldg 8, with Zion present. She said there is no gun in the home and allowed us to look in Zion's room (nothing found). She said Zion's older cousin, who stays with them some nights, "runs with the Mission crew" and that she cannot control who comes in. Zion said he got the words from a song and was mad about a detention.
Next: threat assessment Monday 8:00 AM; Zion remains out until then.""",
     mnc=["Mission Main", "Bldg 8", "Mission crew"],
     mc=["Zion Carter", "Mission Hill K-8", "the glock"],
     mct=["Room 3B", "the glock", "14 students"],
     cats=["neighborhood", "gang_affiliation"],
     tags=["allow_redact", "home_visit", "gang", "school_name_trap"])

case(36, "allow", school="Boston Latin Academy", name="Eli Rosen", dob="2010-04-16", grade=10,
     recipient="bpd/district-b2", ground="drugs", substances=["psilocybin mushrooms"],
     at="2026-03-03T12:30:00-05:00", loc="Boston Latin Academy, 4th floor library study room",
     desc="""Parent meeting note (Dean Whitcomb), 3/5/26
On 3/3 around 12:30 PM, Eli offered dried mushrooms to students in the 4th floor library study room; a student told the librarian. Eli gave SSS a zip bag with approx 3.5 g of dried psilocybin mushrooms. No one had eaten any.
Parents came in on 3/4. They asked to schedule the follow-up around Purim and said their rabbi had offered to speak with Eli. Father said Eli has been stressed since his bar mitzvah tutor passed away. Agreed: 3-day suspension, counseling referral, parents to search his room.""",
     mnc=["Purim", "rabbi", "bar mitzvah"],
     mc=["Eli Rosen", "Boston Latin Academy", "psilocybin"],
     mct=["4th floor library study room", "3.5 g", "dried psilocybin mushrooms"],
     cats=["religion"],
     tags=["allow_redact", "religion"])

case(37, "deny", school="Madison Park Technical Vocational High School", name="Trevor Saint-Fleur", dob="2009-01-13", grade=11,
     recipient="bpd/district-b2", ground="credible_threat", threat="", reason="missing_threat_statement",
     at="2025-10-14T10:30:00-04:00", loc="Madison Park, auto body shop",
     desc="""Meeting 10/14/25 with Trevor's mother and a Creole interpreter after Trevor said in the auto body shop that he would "bring a gun and end Mr. Costa." Mother said Trevor has been angry since his father was deported to Haiti last spring.""",
     mnc=["Creole", "deported", "Haiti"],
     cats=["language", "immigration_status", "national_origin"],
     tags=["deny_threat_missing", "father_deported", "empty_threat"])

case(38, "allow", school="Fenway High School", name="Brianna Cole", dob="2011-01-06", grade=9,
     recipient="bpd/district-b2", ground="weapon", weapon="knife",
     at="2026-01-26T08:10:00-05:00", loc="Fenway High School, 2nd floor lockers",
     desc="""504 meeting - 1/30/26, 1:30 PM, Room 213
Team: Ms. Cole (mother), Brianna, Mr. Yates (504 coordinator), Ms. Park (counselor), Dean Alvarez
Reason for meeting: review of Brianna's 504 plan (anxiety) after the 1/26 incident.
Incident: 1/26, 8:10 AM, at her locker on the 2nd floor, Brianna took a steak knife with a serrated 5-inch blade out of her backpack and told the student next to her she would "use it" if the girls who had been following her home tried anything. A teacher heard and called the dean. Brianna gave up the knife right away. No one was hurt.
Mother's concerns: she is afraid the girls will retaliate and that Brianna is not safe on the bus. She said Brianna has not slept well for weeks and cries every morning. She asked whether the school can change the bus stop.
Team decisions: a pass to see the counselor at any time; staggered dismissal (leaves 5 minutes early); transportation request submitted; 2-day suspension served; mother to keep knives locked up.""",
     mc=["Brianna Cole", "Fenway High School", "steak knife"],
     mct=["serrated 5-inch blade", "at her locker on the 2nd floor", "following her home"],
     tags=["allow_clean", "overredaction_trap", "504", "family_fears"])

case(39, "allow", school="Excel High School", name="Abdullahi Hassan", dob="2010-08-29", grade=10,
     recipient="bpd/district-c6", ground="serious_violence",
     at="2026-03-30T14:50:00-04:00", loc="Excel High School, 1st floor hallway outside the cafeteria",
     desc="""Meeting minutes 4/2/26 - Suspension hearing
Present: Abdullahi; his father, Mr. Hassan; his older brother (translating for the father); Headmaster Lyons; AP Conti; Ms. Ahmed (family liaison)
Incident: 3/30/26, 2:50 PM, 1st floor hallway outside the cafeteria. Abdullahi wrapped a leather belt around his hand and hit another student (M.K.) in the face with the metal buckle at least three times. M.K. needed 11 stitches above his left eye at Tufts Medical Center. Hallway camera 1-C captured the incident.
Father's statement (through his son): "We are Somali and we came to this country for peace. My son knows better." He asked that the hearing not be scheduled during Eid al-Fitr and that the school call him directly rather than send letters, because he does not read English.
Outcome: 10-day suspension; safety plan; father to meet AP Conti on re-entry.""",
     mnc=["translating", "Somali", "came to this country", "Eid al-Fitr", "does not read English"],
     mc=["Abdullahi Hassan", "Excel High School", "11 stitches"],
     mct=["11 stitches above his left eye", "metal buckle", "camera 1-C"],
     cats=["language", "ethnicity", "national_origin", "religion"],
     tags=["allow_redact", "sibling_interprets", "quoted_statement", "minutes"])

case(40, "deny", school="John D. O'Bryant School of Mathematics and Science", name="Khalil Mensah", dob="2009-09-09", grade=11,
     recipient="mbta-transit-police", ground="serious_violence", reason="recipient_not_permitted",
     at="2026-02-12T16:05:00-05:00", loc="Ruggles station, inbound platform",
     desc="""Incident 2/12/26, 4:05 PM, on the Ruggles station platform after dismissal: Khalil punched a student and kicked him while he was down; the student has a broken jaw. Parent meeting 2/13: father attended with a Twi interpreter and said the family moved from Ghana last year and lives in the Whittier Street development.""",
     mnc=["Twi interpreter", "Ghana", "Whittier Street"],
     cats=["language", "national_origin", "neighborhood"],
     tags=["deny_recipient"])

# ---------------------------------------------------------------------------------------------
# OBO-0041 .. 0055
# ---------------------------------------------------------------------------------------------

case(41, "allow", school="Brighton High School", name="Ahmad Noori", dob="2011-05-30", grade=9,
     recipient="bpd/district-d14", ground="weapon", weapon="knife",
     at="2025-11-18T07:40:00-05:00", loc="Brighton High School, front entrance metal detector",
     desc="""Suspension conference - 11/20/25
The meeting was held in the main office at 3:00 PM. Ahmad's father came with a neighbor, Mr. Sultani, who interpreted from Dari because the district interpreter did not show up. AP Feeney and counselor Ms. Wong attended.
Facts reviewed: on 11/18 at 7:40 AM at the front entrance, the metal detector alarmed and a fixed-blade hunting knife in a leather sheath (6 inch blade) was found on Ahmad's belt under his jacket. Ahmad said he carries it because he was robbed near the bus stop in October. He did not threaten anyone.
Father said, via Mr. Sultani, that in Afghanistan boys carry knives and he did not understand it was not allowed here. He said the family came on a special immigrant visa and is afraid of losing it. He asked for written information in Dari.
Decision: 3-day suspension; knife not returned; safety plan for the bus stop with the counselor.""",
     mnc=["Dari", "interpreted", "Afghanistan", "special immigrant visa"],
     mc=["Ahmad Noori", "Brighton High School", "hunting knife"],
     mct=["hunting knife", "6 inch blade", "7:40 AM"],
     cats=["language", "national_origin", "immigration_status"],
     tags=["allow_redact", "neighbour_interprets"])

case(42, "allow", school="Another Course to College", name="Jonathan Rivera", dob="2008-06-17", grade=12,
     recipient="bpd/district-d14", ground="drugs", substances=["THC cartridge", "oxycodone"],
     at="2026-02-23T10:30:00-05:00", loc="Another Course to College, nurse's office",
     desc="""IEP meeting (post-incident) - 2/26/26
Present: Ms. Rivera (mother), Jonathan, Ms. Kaplan (SPED), Mr. Burke (AP), Ms. Soto (interpreter, Spanish)
Incident 2/23, 10:30 AM: during a search in the nurse's office after Jonathan appeared sedated in class, SSS found a THC vape cartridge and an unlabeled pill bottle holding 7 round blue tablets marked "A 215" (oxycodone 30 mg, not prescribed to Jonathan). Jonathan said he bought the pills from a man near the train station. The nurse checked him; vital signs normal.
Mother said Jonathan started using after his grandfather died, and that the family moved from Puerto Rico after Hurricane Maria and has lived in Villa Victoria since. She wants a residential treatment option.
The team added a substance-use counseling service and will reconvene in 2 weeks.""",
     mnc=["interpreter", "Spanish", "Puerto Rico", "Villa Victoria"],
     mc=["Jonathan Rivera", "Another Course to College", "oxycodone"],
     mct=["A 215", "7 round blue tablets", "nurse's office"],
     cats=["language", "national_origin", "neighborhood"],
     tags=["allow_redact", "iep", "mixed_substances"])

case(43, "deny", school="Curley K-8", name="Katherine Flores", dob="2012-09-25", grade=8,
     recipient="bpd/district-e13", ground="chronic_absence", reason="ground_not_permitted",
     at="2026-01-30T09:00:00-05:00", loc="Curley K-8, attendance office",
     desc="""Attendance meeting 1/30/26. Katherine has missed 31 days this year. Mother came in with Katherine's older cousin, who interpreted. Mother said they moved in with relatives in Lynn in December and that she is afraid to take the train because of what is happening to families from El Salvador. We are asking police to do a home check.""",
     mnc=["interpreted", "Lynn", "El Salvador"],
     cats=["language", "neighborhood", "national_origin"],
     tags=["deny_ground", "moving_relatives", "family_fears"])

case(44, "allow", school="Boston Green Academy", name="Devin Walsh", dob="2009-12-20", grade=11,
     recipient="bpd/district-d14", ground="serious_violence",
     at="2025-11-07T15:20:00-05:00", loc="Basketball court behind the school",
     desc="""Restorative circle (attempted) - 11/12/25 - school library
Incident 11/7/25, 3:20 PM, outdoor basketball court behind the school: Devin swung his skateboard and hit a 10th grader (P.M.) in the side of the head. P.M. fell and briefly lost consciousness. He was taken by ambulance to St. Elizabeth's, where he was diagnosed with a hairline skull fracture; he missed 6 days of school. Three students recorded part of it on their phones.
The circle was offered to both families. Devin and his father attended. P.M.'s mother attended but P.M. did not. P.M.'s mother said her family is Cape Verdean, that they speak Kriolu at home, and that she believes Devin targeted her son because of it. Devin's father said Devin was provoked. The facilitator stopped the circle after 25 minutes; Ms. Regan will meet with each family separately.
Outcome: 10-day suspension for Devin; no-contact agreement; follow-up meetings scheduled.""",
     mnc=["Cape Verdean", "Kriolu"],
     mc=["Devin Walsh", "Boston Green Academy", "skateboard"],
     mct=["skateboard", "hairline skull fracture", "basketball court"],
     cats=["ethnicity", "language"],
     tags=["allow_redact", "restorative", "victim_family"])

case(45, "allow", school="Josiah Quincy Upper School", name="Ryan Zhou", dob="2011-03-08", grade=9,
     recipient="bpd/district-a1", ground="credible_threat",
     threat='Discord DM sent by Ryan to a classmate at 10:52 PM on 3/1/26: "I have a list. When I bring the knife on Monday, Alex is first." The classmate\'s parent forwarded it to the school at 7:05 AM on 3/2.',
     at="2026-03-01T22:52:00-05:00", loc="Online (Discord); reported to Josiah Quincy Upper School",
     desc="""Parent-teacher conference that became a safety meeting - 3/2/26, 3:30 PM - Room 412
The conference with Ryan's mother was already scheduled to discuss grades. Because of this morning's report (a classmate's parent forwarded a Discord message in which Ryan said he had a list and would bring a knife on Monday, with Alex first), AP Leung turned it into a safety meeting.
Attendees: Ms. Zhou (mother), Mandarin interpreter (OLA, Ms. Guo), Mr. Phelan (homeroom), AP Leung, Ms. Ortiz (counselor).
Mother was shocked. Through the interpreter she said Ryan spends hours online and that they live in a one-bedroom in Chinatown with his grandparents, so he has no privacy. She said there are kitchen knives in the apartment and agreed to lock them up and to bring Ryan's phone tomorrow.
Ryan was interviewed separately by Ms. Ortiz; he said Alex shoved him in gym and he wanted to scare him. He denied having a list on paper.
Next steps: threat assessment 3/3; Ryan home until then; Alex's family notified.""",
     mnc=["Mandarin", "interpreter", "Chinatown"],
     mc=["Ryan Zhou", "Josiah Quincy Upper School", "bring a knife on Monday"],
     mct=["Discord message", "bring a knife on Monday", "shoved him in gym"],
     cats=["language", "neighborhood"],
     tags=["allow_redact", "parent_conference", "interpreter"])

case(46, "deny", school="TechBoston Academy", name="Tiana Ellis", dob="2010-10-14", grade=10,
     recipient="bpd/district-c11", ground="serious_violence", reason="face_surveillance",
     at="2026-03-05T14:40:00-05:00", loc="TechBoston Academy, 1st floor hallway",
     attachments=[{"kind": "face_match", "name": "camera_face_search_hits_0305.pdf"}],
     desc="""On 3/5 at 2:40 PM a 9th grader was beaten in the 1st floor hallway and needed stitches. We ran the hallway video through the camera system's face search, which matched Tiana and two other girls (hits attached). Met with Tiana's mother on 3/6; she said they just moved into Harbor Point and Tiana does not know anyone there yet.""",
     mnc=["Harbor Point"],
     cats=["face_surveillance", "neighborhood"],
     tags=["deny_face"])

case(47, "allow", school="Charlestown High School", name="Angel Peña", dob="2010-06-06", grade=10,
     recipient="bpd/district-a15", ground="weapon", weapon="firearm",
     at="2026-02-24T09:30:00-05:00", loc="Charlestown High School, 3rd floor lockers",
     extra={"family_notes": "Father currently in the Dominican Republic (removed Jan 2026). Mother primary contact.",
            "contact_language": "Spanish"},
     attachments=[{"kind": "document", "name": "Reentry meeting notes 2-26 (Spanish).pdf"},
                  {"kind": "document", "name": "Suspension letter - Spanish translation.docx"}],
     desc="""Incident report - 2/24/26
At 9:30 AM SSS Costa checked lockers on the 3rd floor after a tip from a student. In locker 3127 (assigned to Angel) he found a black Taurus 9mm handgun inside a gym bag with an empty magazine next to it; no ammunition was found. Angel was brought to the office and admitted the gun was his. He said he got it from "someone in the neighborhood" for protection. The gun was secured by SSS and BPD was called at 9:40.
Family meeting 2/26 at 10:00 AM: mother, AP Keane, counselor Mr. Pinto. Notes attached.""",
     mnc=["Spanish", "Dominican Republic", "removed Jan 2026"],
     mc=["Angel Peña", "Charlestown High School", "9mm handgun"],
     mct=["locker 3127", "Taurus 9mm", "empty magazine"],
     cats=["language", "national_origin", "immigration_status"],
     tags=["allow_redact", "structured", "attachment_name", "translated_documents", "overredaction_trap"])

case(48, "allow", school="Washington Irving Middle School", name="Marquise Lane", dob="2012-12-03", grade=8,
     recipient="bpd/district-e5", ground="serious_violence",
     at="2025-09-30T12:15:00-04:00", loc="Washington Irving Middle School, schoolyard",
     desc="""Notes - family meeting 10/2/25 (AP Dunleavy, counselor Ms. Ryan)
Incident 9/30/25, 12:15 PM, schoolyard during 2nd lunch recess: Marquise smashed a glass juice bottle on the bench and swung the broken neck at a 7th grader (C.B.), cutting his right forearm. C.B. needed 14 stitches at Faulkner Hospital. Recess aide Ms. Greene and two students saw it; the broken bottle was bagged by the custodian.
Since the fire at their building on 9/20, Marquise and his mother are staying at his grandmother's house at 41 Poplar St in Roslindale, and we met there because mom is on crutches. Mom said Marquise hasn't been himself since the fire and that C.B. had been calling him "homeless" all week. Grandmother said she will drive him to school.
Agreed: 5-day suspension; re-entry meeting 10/9 at school; referral to the school-based clinician.""",
     mnc=["Poplar St", "Roslindale"],
     mc=["Marquise Lane", "Washington Irving Middle School", "14 stitches"],
     mct=["14 stitches", "glass juice bottle", "right forearm"],
     cats=["neighborhood"],
     tags=["allow_redact", "home_visit", "moving_relatives"])

case(49, "deny", school="Rafael Hernández K-8", name="Bryan Guaman", dob="2014-02-10", grade=6,
     recipient="bpd/district-b2", ground="welfare_check", reason="ground_not_permitted",
     at="2026-01-14T08:30:00-05:00", loc="Rafael Hernández K-8, main office",
     desc="""Meeting with Bryan's father 1/14/26. Bryan has been coming to school hungry and tired. Father said the family is undocumented, came from Cuenca, Ecuador in 2024, and that six people share the apartment. We would like police to do a welfare check at the home.""",
     mnc=["undocumented", "Cuenca", "Ecuador"],
     cats=["immigration_status", "national_origin"],
     tags=["deny_ground", "journey"])

case(50, "allow", school="Community Academy of Science and Health", name="Caleb Moore", dob="2009-07-30", grade=11,
     recipient="bpd/district-b3", ground="drugs", substances=["counterfeit Adderall (suspected methamphetamine)"],
     at="2026-04-09T09:35:00-04:00", loc="Community Academy of Science and Health, Room 109",
     desc="""Notes - call with Caleb's dad, Mr. Moore, 4/9/26, 12:15 PM (AP Quinlan)
This morning at about 9:35, 3rd period, Ms. Dwyer saw Caleb crushing an orange pill on his desk in English class (Room 109). SSS Reardon found 11 more orange pills stamped "b 974" in an Altoids tin in Caleb's hoodie. Caleb said they were Adderall he bought from a kid at another school for $10 each and that he takes them to stay up. The nurse thinks they look counterfeit (the stamps are blurry) and could be pressed methamphetamine; they have been sealed for testing. Caleb is not prescribed any stimulant.
Dad said he had no idea; Caleb has been up all night gaming and his grades dropped this quarter. He will pick Caleb up at 1. He asked for a meeting with the counselor next week and for Caleb to be checked for a substance-use program.
Follow-up: parent meeting 4/14, 2:00 PM.""",
     mc=["Caleb Moore", "Community Academy of Science and Health", "Adderall"],
     mct=["English class (Room 109)", "b 974", "Altoids tin"],
     tags=["allow_clean", "overredaction_trap", "phone_conference"])

case(51, "allow", school="Dorchester Academy", name="Tommy Pham", dob="2009-02-27", grade=11,
     recipient="bpd/district-c11", ground="weapon", weapon="knife",
     at="2026-05-05T11:30:00-04:00", loc="Dorchester Academy, 1st floor hallway outside Room 104",
     desc="""Student Support Team / Re-entry meeting
Date: 5/12/2026   Time: 9:00-10:10 AM   Room: 117 (SST room)

Sign-in:
Name | Role | Interpreter needed?
Mrs. Hoa Pham | mother | Yes - Vietnamese (Mr. Dang, OLA)
Mr. Vinh Pham | father | Yes - Vietnamese
Tommy Pham | student | no
Ms. Feeney | AP | -
Mr. Osei | counselor | -
Ms. Lam | ESL teacher / family contact | -

Incident (reviewed by AP Feeney)
5/5/26, 11:30 AM, 1st floor hallway outside Room 104. Tommy flipped open a butterfly knife (balisong, about 4 inch blade) and held it near another 11th grader's neck while two friends filmed. The other student backed away; there was no cut or injury. A teacher saw the video on a phone that afternoon and reported it. On 5/6 SSS found the same knife in Tommy's backpack. Tommy said it was a prank for TikTok.

Family discussion
Parents were upset and apologized. Father said Tommy bought the knife online. Mother said Tommy spends weekends at the Buddhist temple with his grandmother and is a good boy at home. Parents said they live above the family's nail salon in Fields Corner and work 12-hour days, so they don't always see his phone. Mother asked that letters come in Vietnamese.

Supports / agreements
- 5-day suspension (served); no phones out in hallways; counselor check-in twice a week.
- The two students who filmed will have separate meetings.
- Next review: 6/2.""",
     mnc=["Vietnamese", "Interpreter needed", "ESL teacher", "Buddhist", "temple", "Fields Corner"],
     mc=["Tommy Pham", "Dorchester Academy", "butterfly knife"],
     mct=["butterfly knife", "Room 104", "about 4 inch blade"],
     cats=["language", "religion", "neighborhood"],
     tags=["allow_redact", "sign_in", "school_name_trap", "long"])

case(52, "deny", school="Snowden International School", name="Artem Kovalenko", dob="2010-11-11", grade=10,
     recipient="bpd/district-d4", ground="drugs", substances=["nicotine pouches (ZYN)"], reason="excluded_substance",
     at="2026-03-11T10:15:00-04:00", loc="Snowden International School, Room 508",
     desc="""Parent meeting 3/13/26 with Artem's mother and a Ukrainian interpreter (by video). Artem was selling ZYN nicotine pouches to 9th graders in Room 508 before 2nd period. Mother said the family came as refugees from Kharkiv in 2022 and that she does not want anything in his record that could affect their status.""",
     mnc=["Ukrainian", "refugees", "Kharkiv"],
     cats=["language", "immigration_status", "national_origin"],
     tags=["deny_substance", "interpreter"])

case(53, "deny", school="TechBoston Academy", name="Jamal Freeman", dob="2011-08-08", grade=9,
     recipient="bpd/district-c11", ground="weapon", weapon="airsoft pistol", reason="other",
     at="2025-10-09T08:15:00-04:00", loc="TechBoston Academy, main entrance",
     desc="""Re-entry meeting 10/14/25 (mother, AP Dunn). On 10/9 at 8:15 AM a black airsoft pistol with the orange tip painted over was found in Jamal's backpack at the entrance. Jamal said he plays airsoft with his cousins. Mother said they just moved in with those cousins on Wales St after losing their apartment, and the pistol belongs to her nephew. No one was threatened.""",
     mnc=["Wales St"],
     cats=["neighborhood"],
     tags=["deny_replica", "moving_relatives"])

case(54, "deny", school="Edison K-8", name="Josue Ramirez", dob="2012-04-19", grade=8,
     recipient="bpd/district-d14", ground="weapon", weapon="BB gun", reason="other",
     at="2026-04-28T13:20:00-04:00", loc="Edison K-8, schoolyard",
     desc="""Phone conference 4/29/26 with Josue's father and a Spanish interpreter. On 4/28 at 1:20 PM in the schoolyard Josue showed two classmates a Daisy BB pistol that looks like a real handgun; he did not point it at anyone. Father said he bought it for target practice at his brother's place and did not know Josue took it.""",
     mnc=["Spanish interpreter"],
     cats=["language"],
     tags=["deny_replica", "phone_conference"])

case(55, "allow", school="New Mission High School", name="Riley Sullivan", dob="2009-06-25", grade=11,
     recipient="bpd/district-e18", ground="credible_threat",
     threat='Handwritten note found at 9:05 AM on 10/21/25 in a stall of the 2nd floor girls\' bathroom: "BOMB IN THE GYM FRIDAY 10/24 - NOT A JOKE - R." Riley admitted to AP Morales the same day that she wrote it.',
     at="2025-10-21T09:05:00-04:00", loc="New Mission High School, 2nd floor girls' bathroom",
     desc="""Parent meeting summary - 10/22/25 - AP Morales
Background: At 9:05 AM on 10/21 a custodian found a handwritten note in a stall of the 2nd floor girls' bathroom reading "BOMB IN THE GYM FRIDAY 10/24 - NOT A JOKE - R." BPD swept the gym with a K-9 unit the same afternoon; nothing was found. Handwriting comparison by two teachers pointed to Riley, and she admitted writing it when I spoke with her at 1:40 PM. She said she wanted the Friday pep rally cancelled because of a girl who has been harassing her.
Meeting 10/22 at 8:00 AM in my office: Riley, her mother, Ms. Boateng (counselor), me. Riley's mother is Deaf and uses ASL at home. We booked an ASL interpreter; until the interpreter arrived at 8:20 we asked Riley not to interpret for her mother and waited. Mother said Riley has been isolated and on her phone late at night. Riley cried and apologized.
Plan: threat assessment completed (transient, but referral to police per district protocol for bomb threats); 5-day suspension; counseling; mother to monitor phone.""",
     mnc=["ASL", "interpret"],
     mc=["Riley Sullivan", "New Mission High School", "BOMB IN THE GYM FRIDAY"],
     mct=["BOMB IN THE GYM FRIDAY", "K-9 unit", "Friday pep rally"],
     cats=["language"],
     tags=["allow_redact", "asl", "coda"])

# ---------------------------------------------------------------------------------------------
# OBO-0056 .. 0070
# ---------------------------------------------------------------------------------------------

case(56, "allow", school="Madison Park Technical Vocational High School", name="Destiny Howard", dob="2008-02-14", grade=12,
     recipient="bpd/district-b2", ground="weapon", weapon="mace",
     at="2025-11-26T14:55:00-05:00", loc="Madison Park, cosmetology lab (Room C-210)",
     desc="""PARENT MEETING - SIGN-IN AND NOTES
Dean's office - 12/2/25 - 7:45 AM

SIGN-IN
Ms. Lorraine Howard - grandmother/guardian - 7:42
Destiny Howard - student - 7:44
Mr. J. Whelan - Dean, 12th grade - 7:40
Ms. T. Cabral - adjustment counselor - 7:46

PURPOSE: follow-up on the 11/26 incident, return from suspension

NOTES
- 11/26 at 2:55 PM, in the cosmetology lab (Room C-210), Destiny sprayed a canister of Mace pepper gel at another 12th grader (S.V.) who had posted a video about her. S.V. got it in her eyes and on her neck; the nurse flushed her eyes and EMS checked her at school. S.V. went home with her mother. The canister was taken by the instructor.
- Grandmother said Destiny carries the Mace because she works until 10 PM at a pharmacy and takes two buses home. She will keep it in the car from now on.
- Destiny wrote an apology letter to S.V.
- Agreed: no contact with S.V.; Destiny meets Ms. Cabral weekly; a mediation will be offered if S.V. agrees.

NEXT MEETING: 12/16, 7:45 AM""",
     mc=["Destiny Howard", "Madison Park Technical Vocational High School", "Mace pepper gel"],
     mct=["cosmetology lab (Room C-210)", "Mace pepper gel", "flushed her eyes"],
     tags=["allow_clean", "sign_in", "overredaction_trap"])

case(57, "allow", school="Charlestown High School", name="Dawit Bekele", dob="2009-10-30", grade=11,
     recipient="bpd/district-a15", ground="serious_violence",
     at="2026-01-16T11:10:00-05:00", loc="Charlestown High School, 2nd floor computer lab (Room 221)",
     desc="""Sign-in sheet - Suspension hearing - 1/21/26 - Room 220
| Name | Relationship | Time | Language / interpreter |
| Tigist Bekele | mother | 3:02 | Amharic - interpreter by phone (Ms. Haile, OLA) |
| Dawit Bekele | student | 3:00 | - |
| AP McCarthy | administrator | 2:58 | - |
| Ms. Flynn | counselor | 3:00 | - |

Hearing notes (AP McCarthy):
Charge: On 1/16/26 at 11:10 AM in the 2nd floor computer lab (Room 221), Dawit struck another student (G.H.) in the head with a metal stapler several times after G.H. unplugged his computer. G.H. had a 3 cm laceration on the scalp and a concussion; he was taken to Mass General by EMS. The stapler was bagged by SSS Ortiz. Camera 2-E shows the whole incident.
Mother's statement: she said Dawit has had trouble since they arrived from Ethiopia two years ago and is teased for his accent. She asked for copies in Amharic.
Decision: 10-day suspension; re-entry meeting with an interpreter; referral for counseling.""",
     mnc=["Amharic", "interpreter", "Ethiopia"],
     mc=["Dawit Bekele", "Charlestown High School", "3 cm laceration"],
     mct=["metal stapler", "3 cm laceration", "Room 221"],
     cats=["language", "national_origin"],
     tags=["allow_redact", "sign_in"])

case(58, "deny", school="Brighton High School", name="Bilal Qureshi", dob="2009-04-14", grade=11,
     recipient="commonwealth-fusion-center", ground="credible_threat", reason="recipient_not_permitted",
     threat='Group chat message sent by Bilal on 4/21/26 at 9:02 PM: "last day of school im shooting the place up, watch."',
     at="2026-04-21T21:02:00-04:00", loc="Online group chat; reported to Brighton High School",
     desc="""Threat assessment meeting 4/22/26 with Bilal's parents (Urdu interpreter present). Bilal wrote in a group chat that he would shoot the place up on the last day of school. Parents said they are Pakistani and that Bilal goes to Friday prayers at the mosque with his father; they fear he will be labeled. Forwarding to the fusion center as requested by the caller from the state.""",
     mnc=["Urdu", "Pakistani", "Friday prayers", "mosque"],
     cats=["language", "national_origin", "religion"],
     tags=["deny_recipient", "interpreter"])

case(59, "deny", school="Madison Park Technical Vocational High School", name="Jordan Ames", dob="2010-07-01", grade=10,
     recipient="securitas/housing-patrol", ground="weapon", weapon="knife", reason="recipient_not_permitted",
     at="2026-02-02T08:00:00-05:00", loc="Madison Park, Building A entrance",
     desc="""Meeting with Jordan's mother 2/3/26. On 2/2 at 8:00 AM a folding knife was found in Jordan's coat at the Building A entrance. Mother said they live in Orchard Gardens, Building 3, and that the private patrol there has been stopping Jordan. She agreed we could send the report to the patrol company so they know the school dealt with it.""",
     mnc=["Orchard Gardens", "Building 3"],
     cats=["neighborhood"],
     tags=["deny_recipient", "private_security"])

case(60, "deny", school="English High School", name="Xavier Torres", dob="2010-01-31", grade=10,
     recipient="bpd/district-e13", ground="vandalism", reason="ground_not_permitted",
     at="2026-03-09T11:00:00-04:00", loc="English High School, 3rd floor boys' bathroom",
     desc="""Parent meeting 3/11/26 (mother, AP Nwosu, counselor; mother speaks Spanish and her niece helped). Xavier spray-painted "MOZART ST" and crown tags on the wall of the 3rd floor boys' bathroom. Mother said the boys he hangs out with are part of the Mozart Street crew and that she has tried to keep him inside after dark. No weapon, no injury.""",
     mnc=["Spanish", "MOZART ST", "Mozart Street crew"],
     cats=["language", "gang_affiliation"],
     tags=["deny_ground", "gang"])

case(61, "allow", school="Boston Day and Evening Academy", name="DeShawn Pryor", dob="2008-09-22", grade=11,
     recipient="bpd/district-d4", ground="drugs", substances=["crack cocaine"],
     at="2026-03-18T10:45:00-04:00", loc="Boston Day and Evening Academy, 1st floor stairwell near the gym",
     desc="""Home visit - 3/20/26, 3:30 PM - AP Grady and family liaison Mr. Kamara
Reason: follow-up on the 3/18 incident; mother has not answered calls.
Incident 3/18/26, 10:45 AM: a teacher smelled burning in the 1st floor stairwell near the gym and found DeShawn with a glass pipe. SSS found 9 small zip bags of off-white rocks (crack cocaine, per DeShawn) and a lighter in his jacket. DeShawn said he was holding them for an older man. No other student was involved.
We went to the family's unit in the Cathedral development, 1400 Washington St, Apt 6B. Mother answered; she said she has been working doubles and did not know. She said DeShawn's older brother runs with the Cathedral boys and that she is afraid DeShawn is being pulled in. Mother signed consent for a substance-use referral.""",
     mnc=["Cathedral", "1400 Washington St", "Apt 6B"],
     mc=["DeShawn Pryor", "Boston Day and Evening Academy", "crack cocaine"],
     mct=["9 small zip bags", "glass pipe", "1st floor stairwell near the gym"],
     cats=["neighborhood", "gang_affiliation"],
     tags=["allow_redact", "home_visit", "gang"])

case(62, "allow", school="Dearborn STEM Academy", name="Wideline Joseph", dob="2011-06-13", grade=9,
     recipient="bpd/district-b2", ground="weapon", weapon="box cutter",
     at="2026-02-02T08:50:00-05:00", loc="Dearborn STEM Academy, 3rd floor girls' bathroom",
     desc="""Email to family liaison, 2/4/26
Hi Ms. Jean-Baptiste, could you please make sure the translated documents go home to Wideline's mother today (suspension letter, safety plan, and the invite to the 2/10 re-entry meeting)? Mom reads Haitian Creole only. For your file, the incident: on 2/2 at 8:50 AM in the 3rd floor girls' bathroom, Wideline cut another 9th grader (K.P.) on the cheek with a box cutter blade during a fight over a boy. K.P. needed 5 stitches at Carney Hospital. The blade was found in the sink and is with SSS. Thanks! - AP Morin""",
     mnc=["translated", "Haitian", "Creole"],
     mc=["Wideline Joseph", "Dearborn STEM Academy", "box cutter"],
     mct=["5 stitches", "3rd floor girls' bathroom", "box cutter blade"],
     cats=["language"],
     tags=["allow_redact", "translated_documents", "email"])

case(63, "allow", school="Boston Latin School", name="Mason Kelley", dob="2010-05-05", grade=10,
     recipient="bpd/district-d4", ground="credible_threat",
     threat='Instagram comment posted 2/5/26 at 11:14 PM under the winter semi-formal flyer, from an account Mason admits is his: "bring ur vests to the semi, i got 30 in the clip for anybody who was laughing."',
     at="2026-02-05T23:14:00-05:00", loc="Online (Instagram); reported to Boston Latin School",
     desc="""Meeting with parents - 2/6/26, 12:30 PM - Head of School's conference room
Attendees: Mr. and Mrs. Kelley, Mason, Dr. Amin (school psychologist), Assistant Head Ferraro.
Last night at 11:14 PM Mason commented under the semi-formal flyer that people should bring vests to the semi and that he had "30 in the clip for anybody who was laughing." Several students reported it before 7 AM. Mason says he was embarrassed by a video from the basketball game and "didn't mean it like that."
Father said he has a licensed handgun at home in a locked safe and that he will move it out of the house today. Mother said Mason has been withdrawn since the fall, barely eats, and stays in his room; she is afraid he might hurt himself. Dr. Amin did a suicide risk screen (moderate) and a threat assessment (substantive, pending).
Plan: Mason stays home pending assessment; parents to take him to an outpatient evaluation; the semi-formal will have added security.""",
     mc=["Mason Kelley", "Boston Latin School", "30 in the clip"],
     mct=["30 in the clip", "licensed handgun", "locked safe"],
     tags=["allow_clean", "family_fears", "parent_conference"])

case(64, "allow", school="Edward M. Kennedy Academy for Health Careers", name="Omar Al-Khatib", dob="2010-03-21", grade=10,
     recipient="bpd/district-b2", ground="serious_violence",
     at="2025-12-11T09:20:00-05:00", loc="Edward M. Kennedy Academy, Room 305",
     desc="""Notes from the parent meeting after the 12/11 incident - 12/15/25 - AP Sullivan
Incident: on 12/11 at 9:20 AM in Room 305, after being told to put his phone away, Omar threw a metal-frame chair at his teacher, Mr. Dwyer. The chair hit Mr. Dwyer's shoulder and he fell against the whiteboard; he has a fractured collarbone and is out of work for six weeks. Students were evacuated to Room 307. Omar left the building and returned with his uncle at 11.
Meeting 12/15, 2:00 PM: Omar's father and uncle, Arabic interpreter Mr. Haddad (OLA), AP Sullivan, Ms. Karam (counselor). Father said the family came to Boston as refugees from Aleppo, Syria in 2023 and that Omar has panic attacks when people raise their voices. Uncle said Omar was hit by teachers in the camp school in Jordan. Father apologized to Mr. Dwyer in writing.
Next: 10-day suspension; evaluation for special education (parent consent signed); trauma counseling referral.""",
     mnc=["Arabic", "interpreter", "refugees", "Aleppo", "Syria", "camp school in Jordan"],
     mc=["Omar Al-Khatib", "Edward M. Kennedy Academy for Health Careers", "fractured collarbone"],
     mct=["metal-frame chair", "fractured collarbone", "Room 305"],
     cats=["language", "immigration_status", "national_origin"],
     tags=["allow_redact", "journey", "interpreter"])

case(65, "deny", school="Jeremiah E. Burke High School", name="Tyrese Gardner", dob="2009-05-18", grade=11,
     recipient="bpd/district-b2", ground="drugs", substances=["marijuana blunts", "Hennessy"], reason="excluded_substance",
     at="2026-01-23T13:30:00-05:00", loc="Jeremiah E. Burke High School, back stairwell",
     desc="""Meeting with Tyrese's grandmother 1/26/26. On 1/23 at 1:30 PM Tyrese and two friends were found in the back stairwell with two blunts and a half-empty bottle of Hennessy. Grandmother said she raised him in Grove Hall off Geneva Ave and wants him to go to the youth night at her church instead of hanging out after school.""",
     mnc=["Grove Hall", "Geneva Ave", "her church"],
     cats=["neighborhood", "religion"],
     tags=["deny_substance"])

case(66, "allow", school="TechBoston Academy", name="Kervens Louis", dob="2011-07-12", grade=9,
     recipient="bpd/district-c11", ground="weapon", weapon="knife",
     at="2025-12-16T14:20:00-05:00", loc="TechBoston Academy, 3rd floor hallway by the water fountain",
     extra={"ell_status": "EL - Level 1 (Entering)", "years_in_us_schools": 1, "country_of_birth": "Haiti",
            "home_language": "Haitian Creole",
            "meeting_accommodations": "Creole interpreter required for all parent meetings"},
     desc="""Re-entry meeting summary - 12/19/25
Incident: 12/16 at 2:20 PM in the 3rd floor hallway by the water fountain, Kervens pulled a kitchen knife with a 7-inch blade from his waistband and swung it toward a 10th grader who had pushed him. The blade cut the other student's jacket sleeve but not his skin. Ms. Agyeman (math) and SSS Boyle separated them. The knife was recovered from the floor.
Meeting 12/19 in the counseling office with Kervens, his mother, AP Dunn and Ms. Laguerre. Mother said Kervens has been picked on every day and she did not know he took the knife. Kervens apologized. Agreements: 5-day suspension (served), daily check-in with Ms. Laguerre, seat change in math, peer mediation offered.""",
     mnc=["Level 1 (Entering)", "Haiti", "Creole"],
     mc=["Kervens Louis", "TechBoston Academy", "7-inch blade"],
     mct=["7-inch blade", "jacket sleeve", "by the water fountain"],
     cats=["language", "national_origin"],
     tags=["allow_redact", "structured"])

case(67, "allow", school="Boston Collaborative High School", name="Jalen Whitaker", dob="2008-11-27", grade=12,
     recipient="bpd/district-b3", ground="drugs", substances=["fentanyl"],
     at="2026-04-07T11:20:00-04:00", loc="Boston Collaborative High School, 2nd floor boys' bathroom",
     desc="""Incident and family meeting - AP Hurley - 4/9/26
On 4/7 at 11:20 AM a student (O.N.) was found unresponsive in the 2nd floor boys' bathroom, blue around the lips. The nurse gave two doses of Narcan and started rescue breathing; he began breathing on his own before EMS arrived and was taken to Boston Medical Center, where he was kept overnight; the ER doctor told his mother it was a fentanyl overdose. O.N. told his mother he had taken "a blue" he got from Jalen at lunch. SSS searched Jalen with AP Hurley present and found 12 blue round pills stamped "M 30" and $220 in his backpack. Jalen said the pills were "perc 30s."
Family meeting 4/9 at 10 AM with Jalen and his mother. Mother said they live on Morton St near Mattapan Square and that she has been working overnights. She said Jalen's father's family are Jamaican and "strict" and that she is sending Jalen to stay with them. She cried when she heard O.N. almost died. Jalen did not speak.
Next steps: long-term suspension hearing 4/14; information to the district for the police referral.""",
     mnc=["Morton St", "Mattapan Square", "Jamaican"],
     mc=["Jalen Whitaker", "Boston Collaborative High School", "fentanyl"],
     mct=["two doses of Narcan", "12 blue round pills", "$220"],
     cats=["neighborhood", "ethnicity"],
     tags=["allow_redact", "overdose"])

case(68, "deny", school="Charlestown High School", name="Vitor Souza", dob="2010-09-17", grade=10,
     recipient="bpd/district-a15", ground="credible_threat", reason="missing_threat_statement",
     at="2026-05-14T12:30:00-04:00", loc="Charlestown High School, cafeteria",
     desc="""Parent meeting 5/15/26 with Vitor's father (Portuguese interpreter by phone). Witnesses say Vitor told a table in the cafeteria that he was going to stab the boy who took his shoes. Father said the family arrived from Brazil in March and that Vitor has been having nightmares since the trip.""",
     mnc=["Portuguese", "Brazil"],
     cats=["language", "national_origin"],
     tags=["deny_threat_missing", "journey"])

case(69, "allow", school="Curley K-8", name="Aiden Murphy", dob="2012-03-15", grade=8,
     recipient="bpd/district-e13", ground="serious_violence",
     at="2026-03-27T13:10:00-04:00", loc="Curley K-8, Room 312",
     desc="""IEP Team Meeting - post-incident - 3/31/26, 2:30 PM - Family Resource Center (Room 104)
Attendees: Ms. Murphy (mother), Mr. Murphy (father, by phone from work), Aiden, Ms. Delgado (SPED coordinator), Mr. Brennan (BCBA), AP Walsh

Incident (3/27/26, 1:10 PM, Room 312): during indoor recess Aiden put a 6th grader (N.F.) in a chokehold from behind and did not let go when told. N.F. passed out for several seconds and fell, striking his face on a desk. The nurse called 911; N.F. was taken to Boston Children's and had a chipped tooth and a neck strain. Ms. Teixeira and a paraprofessional witnessed it.
Parents' concerns: Aiden has been watching MMA videos at home and practicing holds on his younger brother. Mother said he was sent home twice last month for rough play. Father asked whether Aiden would lose his spot in the Home Base program.
Team actions: updated behavior plan with a 1:1 aide at recess; social skills group; 5-day suspension with home tutoring; re-entry meeting 4/7.""",
     mc=["Aiden Murphy", "Curley K-8", "chokehold"],
     mct=["chokehold", "passed out for several seconds", "chipped tooth"],
     tags=["allow_clean", "iep", "overredaction_trap"])

case(70, "allow", school="English High School", name="Ibrahim Mberwa", dob="2010-02-19", grade=10,
     recipient="bpd/district-e13", ground="weapon", weapon="club",
     at="2026-01-12T15:05:00-05:00", loc="English High School, gym lobby",
     desc="""Re-entry meeting notes - 1/16/26 - AP Nwosu
Incident reviewed: on 1/12 at 3:05 PM in the gym lobby Ibrahim flicked open an expandable steel baton (about 21 inches extended) and swung it at a 10th grader during an argument about a basketball game. He missed; the baton hit a trophy case and cracked the glass. Coach Hanley took the baton.
Present: Ibrahim, his mother, his sister Halima (12th grade) who interpreted for their mother in Maay Maay, AP Nwosu, counselor Ms. Byrne. Mother said the family is Somali Bantu and that Ibrahim was bullied at the apartment complex off Egleston Square until they moved in with her cousin in December. Mother asked the school to talk to Ibrahim in the mornings.
Agreements: 5-day suspension served; check-in/check-out with Ms. Byrne; no gym lobby after school for 4 weeks.""",
     mnc=["interpreted", "Maay Maay", "Somali Bantu", "Egleston Square"],
     mc=["Ibrahim Mberwa", "English High School", "expandable steel baton"],
     mct=["expandable steel baton", "21 inches", "cracked the glass"],
     cats=["language", "ethnicity", "neighborhood"],
     tags=["allow_redact", "sibling_interprets", "moving_relatives"])

# ---------------------------------------------------------------------------------------------
# OBO-0071 .. 0085
# ---------------------------------------------------------------------------------------------

case(71, "deny", school="Snowden International School", name="Malachi Dean", dob="2010-12-04", grade=10,
     recipient="bpd/district-d4", ground="disorderly_conduct", reason="ground_not_permitted",
     at="2026-02-09T09:15:00-05:00", loc="Snowden International School, main office",
     desc="""Re-entry meeting 2/11/26. On 2/9 Malachi cursed at office staff and threw a stack of papers across the main office after being marked tardy. No one was touched. Mother attended; she said the family is from Trinidad and that they were just evicted from 19 Topliff St and are in a shelter. She asked for bus passes.""",
     mnc=["Trinidad", "Topliff St"],
     cats=["national_origin", "neighborhood"],
     tags=["deny_ground"])

case(72, "allow", school="Snowden International School", name="Samira Osman", dob="2009-08-03", grade=11,
     recipient="bpd/district-d4", ground="credible_threat",
     threat='"I swear I\'ll bring my brother\'s gun and shoot Ms. Callahan." Said by Samira in Room 403 at 10:20 AM on 11/4/25 after being removed from class; heard by Ms. Callahan and two students. Note from the parent meeting: mother attended with an Oromo interpreter and said the family is seeking asylum.',
     at="2025-11-04T10:20:00-05:00", loc="Snowden International School, Room 403",
     desc="""Threat assessment summary - 11/5/25 - AP Drummond
On 11/4 at 10:20 AM Samira was asked to leave Room 403 for using her phone during a quiz. At the door she turned and said she would bring her brother's gun and shoot Ms. Callahan. Ms. Callahan and two students heard it. Samira was escorted to the office and searched (nothing found). She said she was angry and did not mean it.
Samira's older brother is 23 and does not live with the family; mother says she does not know whether he owns a gun. The threat assessment team rated it substantive. Samira is out of school until a safety plan meeting on 11/10. Ms. Callahan was offered a change of duty.""",
     mnc=["Oromo", "interpreter", "seeking asylum"],
     mc=["Samira Osman", "Snowden International School", "brother's gun"],
     mct=["Room 403", "brother's gun", "shoot Ms. Callahan"],
     cats=["language", "immigration_status"],
     tags=["allow_redact", "threat_statement_field"])

case(73, "allow", school="Excel High School", name="Andre Clarke", dob="2009-01-26", grade=11,
     recipient="bpd/district-c6", ground="weapon", weapon="firearm",
     at="2026-05-19T11:50:00-04:00", loc="Excel High School, cafeteria",
     desc="""Family meeting minutes - 5/21/26 (Wednesday, 4:00 PM; the family asked us to avoid Friday evening and Saturday because they keep the Sabbath)
Present: Andre; his mother; his aunt; Headmaster Lyons; AP Conti; Mr. Boateng (counselor)

1. What happened: on 5/19 at 11:50 AM at a cafeteria table Andre lifted his shirt and showed two friends a silver .22 revolver in his waistband. One friend told Mr. Boateng. SSS Pereira and AP Conti took Andre to the office and recovered the revolver; it was loaded with 5 rounds. Andre said he was holding it for an older cousin and had not taken it out of his waistband. No threat was made.
2. Mother's account: she said the family are Seventh-day Adventist and that Andre was doing well until the winter. Since the shooting on their street in March they have moved in with relatives in Randolph, and Andre rides two buses and the train to school. The aunt said the cousin who gave Andre the gun does not live with them.
3. Outcome: expulsion hearing scheduled per SAF-02; counseling; transportation review; mother to call Mr. Boateng weekly.""",
     mnc=["Sabbath", "Seventh-day Adventist", "Randolph"],
     mc=["Andre Clarke", "Excel High School", ".22 revolver"],
     mct=[".22 revolver", "loaded with 5 rounds", "cafeteria table"],
     cats=["religion", "neighborhood"],
     tags=["allow_redact", "moving_relatives", "minutes"])

case(74, "allow", school="Boston Latin Academy", name="Kenny Wong", dob="2010-09-29", grade=10,
     recipient="bpd/district-b2", ground="drugs", substances=["Percocet (oxycodone/acetaminophen)"],
     at="2026-01-15T13:05:00-05:00", loc="Boston Latin Academy, 3rd floor locker bay",
     desc="""Phone conference - 1/16/26 - Dean Whitcomb
Called Mrs. Wong at 4:30 PM through the district's language line (Cantonese). Mr. Wong joined from work.
Summary of incident given to parents: on 1/15 at 1:05 PM a teacher saw Kenny hand a small envelope to another student at the 3rd floor locker bay. The envelope held 4 white oval tablets stamped "PERCOCET 10/325". Kenny had 6 more in his wallet. He said he took them from his grandmother's prescription, which was confirmed by the label Mr. Wong found at home. Nobody took any.
Parents said the grandmother recently arrived from Hong Kong and keeps her medicines in the kitchen. They will lock them up. Mother asked that the suspension letter be sent in Chinese.
Next: 3-day suspension; re-entry meeting with interpreter 1/22.""",
     mnc=["language line", "Cantonese", "Hong Kong", "in Chinese", "interpreter"],
     mc=["Kenny Wong", "Boston Latin Academy", "PERCOCET 10/325"],
     mct=["PERCOCET 10/325", "3rd floor locker bay", "6 more in his wallet"],
     cats=["language", "national_origin"],
     tags=["allow_redact", "phone_conference", "interpreter"])

case(75, "deny", school="East Boston High School", name="Wilson Mendez", dob="2010-04-09", grade=10,
     recipient="cbp/boston-field-office", ground="weapon", weapon="knife", reason="recipient_not_permitted",
     at="2026-03-04T08:00:00-05:00", loc="East Boston High School, main entrance",
     desc="""Meeting 3/5/26 with Wilson's mother. On 3/4 a switchblade was found in Wilson's backpack at the main entrance scanner. Mother said they crossed from Guatemala last year and have an asylum hearing in June; she begged us not to call anyone. The request to share came from an officer who called the school.""",
     mnc=["Guatemala", "asylum"],
     cats=["national_origin", "immigration_status"],
     tags=["deny_recipient", "journey", "family_fears"])

case(76, "deny", school="Brighton High School", name="Nia Robinson", dob="2010-06-30", grade=10,
     recipient="bpd/district-d14", ground="serious_violence", reason="face_surveillance",
     at="2026-04-30T15:15:00-04:00", loc="Brighton High School, Warren St side entrance",
     attachments=[{"kind": "photo", "name": "student_photos_for_facial_recognition.zip"}],
     desc="""A 9th grader was jumped at the side entrance after dismissal on 4/30 and suffered a broken eye socket. Nia was identified by staff. We met with Nia's aunt on 5/1; she said Nia lives with her in the Commonwealth development. We are also attaching the ID photos of the other 40 girls in 10th grade so BPD can run them through facial recognition against the video.""",
     mnc=["Commonwealth development"],
     cats=["face_surveillance", "neighborhood"],
     tags=["deny_face", "attachment_name"])

case(77, "allow", school="New Mission High School", name="Tobi Adeyemi", dob="2009-11-14", grade=11,
     recipient="bpd/district-e18", ground="serious_violence",
     at="2025-10-28T15:10:00-04:00", loc="MBTA bus stop in front of New Mission High School",
     desc="""Notes - family meeting, 10/31/25, 9:00 AM, Room 110 - AP Morales
Incident (per SSS and two staff witnesses): 10/28 at 3:10 PM, at the bus stop in front of the school, Tobi and a 12th grader (R.D.) argued. Tobi pulled a black pocket knife and stabbed R.D. once in the left thigh. R.D. lost a lot of blood; Mr. Quinn (PE) applied a belt as a tourniquet until EMS arrived. R.D. had surgery at Beth Israel and is expected to recover. The knife was thrown into the bushes and recovered by SSS.
Meeting: Tobi, his mother, his uncle, AP Morales, Ms. Obi (counselor). The mother spoke through a Yoruba interpreter. She said the family is Nigerian and that Tobi's father sends him to his uncle's in the summer. The uncle said R.D. has been taking Tobi's money for weeks.
Outcome: emergency removal; expulsion hearing under 37H; counseling.""",
     mnc=["Yoruba", "interpreter", "Nigerian"],
     mc=["Tobi Adeyemi", "New Mission High School", "left thigh"],
     mct=["left thigh", "bus stop in front of the school", "black pocket knife"],
     cats=["language", "ethnicity"],
     tags=["allow_redact", "interpreter"])

case(78, "allow", school="Snowden International School", name="Gianna Russo", dob="2011-10-02", grade=9,
     recipient="bpd/district-d4", ground="weapon", weapon="taser",
     at="2026-04-06T13:40:00-04:00", loc="Snowden International School, 4th floor hallway",
     desc="""Call log - AP Kessler - 4/6/26
1:40 PM: Gianna touched a pink Taser Pulse to the arm of another 9th grader (M.C.) in the 4th floor hallway and fired it for about a second while M.C. was laughing at her. M.C. had two small red marks on her upper arm; the nurse checked her and called her mother. Taser confiscated by SSS Lopez; the cartridge was not deployed, only the contact stun.
2:30 PM: Called Gianna's mom. Mom said she bought the Taser for Gianna in March after a man followed her off the bus, and she is scared for her. She was upset Gianna took it out at school. Mom picked Gianna up at 3:15.
4/8, 8:30 AM: Parent meeting with mom and dad in the main office conference room. Dad said he works in Rhode Island during the week. Agreed: 2-day suspension; the Taser stays home; counselor will work with Gianna on the M.C. conflict; mom asked about walking buddies for the bus.""",
     mc=["Gianna Russo", "Snowden International School", "Taser Pulse"],
     mct=["Taser Pulse", "two small red marks", "4th floor hallway"],
     tags=["allow_clean", "family_fears", "call_log"])

case(79, "allow", school="Boston Green Academy", name="Noah Bennett", dob="2010-03-03", grade=10,
     recipient="bpd/district-d14", ground="credible_threat",
     threat='Written on a worksheet handed in by Noah in 6th period on 12/10/25: "Devontae is going to get stabbed tomorrow by me at lunch. I have the knife already."',
     at="2025-12-10T13:45:00-05:00", loc="Boston Green Academy, Room 306 (6th period)",
     desc="""Meeting record - 12/11/25 - Principal Foley
Yesterday in 6th period (1:45 PM, Room 306) Noah handed in a worksheet on which he had written that Devontae would "get stabbed tomorrow by me at lunch" and that he "has the knife already." Ms. Keating brought it to me at 2:05. SSS searched Noah's backpack and locker; no knife was found. Noah said he wrote it to get Devontae suspended because Devontae "keeps calling him names."
Parents came in at 7:30 this morning. Father said Noah has never been violent. The family are Jehovah's Witnesses and the parents said Noah was upset that classmates mock him for not celebrating birthdays or holidays. Mother asked that meetings not be scheduled on Thursday evenings because of Kingdom Hall.
Outcome: threat assessment (substantive); 3-day suspension; Devontae's family notified; lunch seating changed.""",
     mnc=["Jehovah", "Kingdom Hall"],
     mc=["Noah Bennett", "Boston Green Academy", "has the knife already"],
     mct=["Room 306", "get stabbed tomorrow by me at lunch", "has the knife already"],
     cats=["religion"],
     tags=["allow_redact", "religion"])

case(80, "deny", school="Mission Hill K-8", name="Liam O'Connell", dob="2012-08-22", grade=8,
     recipient="bpd/district-b2", ground="fight", reason="ground_not_permitted",
     at="2026-03-12T12:05:00-04:00", loc="Mission Hill K-8, schoolyard",
     desc="""Parent meeting 3/13/26. Liam and another 8th grader wrestled in the schoolyard at recess; both had scrapes, no injuries needing treatment. Both of Liam's parents are Deaf; an ASL interpreter was booked for the meeting. Parents said Liam has been acting out since his grandfather died.""",
     mnc=["ASL"],
     cats=["language"],
     tags=["deny_ground", "asl"])

case(81, "allow", school="Brighton High School", name="Arben Hoxha", dob="2009-12-08", grade=11,
     recipient="bpd/district-d14", ground="drugs", substances=["LSD"],
     at="2026-05-20T08:45:00-04:00", loc="Brighton High School, student parking lot",
     desc="""Summary of parent meeting, 5/22/26, 2:15 PM - AP Feeney
On 5/20 at 8:45 AM, SSS Kerrigan saw Arben handing small paper squares to two juniors in the student parking lot. He had a sheet of 20 blotter tabs with a printed cartoon sun in a plastic sleeve in his wallet. He said it was LSD he bought online and that he was "giving it away, not selling." Neither junior had taken any.
Parents attended with Arben. Father said the family is Albanian and came from Albania when Arben was 8; they are Orthodox and Arben was confirmed last year. Father said he will take Arben's car keys. Mother asked whether Arben can still graduate with his class next year.
Outcome: 5-day suspension; substance-use program referral; parking privileges revoked.""",
     mnc=["Albania", "Orthodox"],
     mc=["Arben Hoxha", "Brighton High School", "LSD"],
     mct=["20 blotter tabs", "cartoon sun", "student parking lot"],
     cats=["ethnicity", "national_origin", "religion"],
     tags=["allow_redact", "religion"])

case(82, "allow", school="Lilla G. Frederick Middle School", name="Jayden Ford", dob="2012-10-10", grade=8,
     recipient="bpd/district-c11", ground="weapon", weapon="knife",
     at="2026-02-26T12:10:00-05:00", loc="Lilla G. Frederick Middle School, cafeteria",
     desc="""Case notes - AP Okoye
2/26 12:10 PM: Lunch aide saw Jayden showing a knife under the cafeteria table. I took him to the office; he handed over a red Swiss Army style knife with a 2.5 inch blade. He said he uses it to open packages and did not threaten anyone. Two students confirmed no threat was made.
2/26 1:00 PM: Left voicemails for grandmother (guardian).
2/27: Grandmother called back. She cannot come to school because of her hip. We agreed to meet at the Codman Square branch library, which she says is two blocks from their apartment.
3/2 4:00 PM: Met grandmother and Jayden at the library. She was upset and said the knife was his late grandfather's. Agreed: 1-day suspension served; knife stays home; Jayden checks in with me on Mondays.""",
     mnc=["Codman Square"],
     mc=["Jayden Ford", "Lilla G. Frederick Middle School", "Swiss Army"],
     mct=["2.5 inch blade", "Swiss Army style knife", "did not threaten anyone"],
     cats=["neighborhood"],
     tags=["allow_redact", "community_centre_venue", "case_notes"])

case(83, "allow", school="Boston Community Leadership Academy", name="Keyshawn Barnes", dob="2009-03-30", grade=11,
     recipient="bpd/district-e18", ground="serious_violence",
     at="2025-12-02T10:40:00-05:00", loc="Boston Community Leadership Academy, 2nd floor hallway outside Room 214",
     extra={"guardian_language": "French / Lingala"},
     desc="""CASE NOTES - Keyshawn Barnes - AP Tessier (entries in date order)

12/2/25 10:40 AM. Called to the 2nd floor hallway outside Room 214. A 10th grader (B.W.) was on the floor holding his face, with a deep cut from his left ear to his jaw. Witnesses (Ms. Adair, two students) say Keyshawn came up behind B.W. and slashed him with a razor blade held between his fingers, then walked into the stairwell. Nurse applied pressure; EMS took B.W. to Boston Medical Center. SSS Ruiz found Keyshawn in the 1st floor bathroom and recovered a double-edge razor blade from the trash. Hallway camera 2-W has the slash at 10:39:52.

12/2 1:15 PM. BMC told B.W.'s mother he needed 22 stitches and a plastic surgery consult.

12/3 9:00 AM. Meeting with Keyshawn's grandmother (guardian) and his uncle. Grandmother speaks French and Lingala; a French interpreter was on the phone and the uncle added Lingala when needed. Grandmother said the family came from Congo in 2019 and that Keyshawn changed after they moved to Fairmount Hill last year. The uncle said Keyshawn has been with the Stonehurst crew and that the slash was "about a beef from the summer."

12/5. Grandmother called: she is afraid for Keyshawn's safety and wants to send him to family in Lowell.

12/9. Expulsion hearing scheduled for 12/16 (weapon and serious bodily injury). Counseling referral made.""",
     mnc=["French", "Lingala", "interpreter", "Congo", "Fairmount Hill", "Stonehurst", "Lowell"],
     mc=["Keyshawn Barnes", "Boston Community Leadership Academy", "22 stitches"],
     mct=["22 stitches", "double-edge razor blade", "camera 2-W"],
     cats=["language", "national_origin", "neighborhood", "gang_affiliation"],
     tags=["allow_redact", "case_notes", "gang", "long", "structured"])

case(84, "deny", school="Charlestown High School", name="Sujan Gurung", dob="2010-08-05", grade=10,
     recipient="bpd/district-a15", ground="drugs", substances=["Delta-8 vape"], reason="excluded_substance",
     at="2026-01-20T10:05:00-05:00", loc="Charlestown High School, 2nd floor bathroom",
     desc="""Parent meeting 1/22/26 with Sujan's father and a Nepali interpreter. Sujan was found with a Delta-8 vape in the 2nd floor bathroom on 1/20. Father said the family lived in a refugee camp in Nepal for 18 years after leaving Bhutan and that Sujan is the first in the family to go to high school.""",
     mnc=["Nepali", "refugee camp", "Bhutan"],
     cats=["language", "immigration_status", "national_origin"],
     tags=["deny_substance", "journey"])

case(85, "allow", school="Boston Latin Academy", name="Darius Gomes", dob="2011-01-18", grade=9,
     recipient="bpd/district-b2", ground="weapon", weapon="box cutter",
     at="2025-09-17T08:25:00-04:00", loc="Boston Latin Academy, 2nd floor locker area",
     extra={"race": "Black or African American", "ethnicity_detail": "Cape Verdean",
            "parent_contact": {"name": "Maria Gomes", "relationship": "mother", "phone": "617-555-0142",
                               "preferred_language": "Portuguese"}},
     desc="""Re-entry meeting - 9/22/25 - Dean Whitcomb
Incident: 9/17 at 8:25 AM at the 2nd floor locker area, a teacher saw Darius holding a box cutter with the blade out while arguing with an 11th grader who had bumped him. The teacher told him to drop it and he did. No contact, no injury. The box cutter (silver, retractable) is in the dean's office.
Meeting with Darius and his mother. Mother said Darius took the cutter from his uncle's toolbox for an art project. Agreed: 2-day suspension served; art supplies stay at school; Darius to check in with Dean Whitcomb on Fridays.""",
     mnc=["Cape Verdean", "African American", "Portuguese"],
     mc=["Darius Gomes", "Boston Latin Academy", "box cutter"],
     mct=["2nd floor locker area", "silver, retractable", "blade out"],
     cats=["ethnicity", "language"],
     tags=["allow_redact", "structured"])

# ---------------------------------------------------------------------------------------------
# OBO-0086 .. 0100
# ---------------------------------------------------------------------------------------------

case(86, "allow", school="Charlestown High School", name="Ethan Gallagher", dob="2010-11-21", grade=10,
     recipient="bpd/district-a15", ground="credible_threat",
     threat='Said by Ethan to his counselor, Ms. Flynn, at about 1:30 PM on 3/24/26 in her office: "One day I\'m going to take my dad\'s AR to the pep rally and make everyone who laughed at me pay." He named three students.',
     at="2026-03-24T13:30:00-04:00", loc="Charlestown High School, counseling office",
     desc="""From: Ms. Flynn (counselor)
To: AP McCarthy; Principal
Sent: 3/24/26 2:10 PM
Subject: Ethan G. - threat and call with dad

During a scheduled check-in at about 1:30 today Ethan told me that "one day" he is going to take his dad's AR to the pep rally and make everyone who laughed at him pay. He named three students from his gym class. He was calm when he said it. I kept him with me and called AP McCarthy.

I called his father at 1:50. Dad confirmed he owns an AR-15 and a handgun, both licensed, and said they are kept in a safe in the garage; he is not sure whether Ethan knows the code. Dad was shaken and said he would move both guns to his brother's house tonight. He said Ethan has been "in a dark place" since his mom moved out and barely leaves his room at home. He is picking Ethan up at 2:30.

The pep rally is Friday 3/27. Threat assessment team meets tomorrow at 8:00.
- Flynn""",
     mc=["Ethan Gallagher", "Charlestown High School", "AR-15"],
     mct=["pep rally", "AR-15", "three students from his gym class"],
     tags=["allow_clean", "email", "overredaction_trap"])

case(87, "deny", school="Rafael Hernández K-8", name="Mateo Quiñones", dob="2013-05-05", grade=7,
     recipient="dcf/boston-area-office", ground="serious_violence", reason="recipient_not_permitted",
     at="2026-02-18T10:30:00-05:00", loc="Rafael Hernández K-8, gym",
     desc="""After Mateo hit a classmate with a hockey stick in gym on 2/18 (the classmate has a broken wrist), we met with Mateo's mother on 2/19 in Spanish. Mother said they are staying with her sister in Hyde Square and that Mateo's stepfather has been yelling at him. We are sending the report to DCF.""",
     mnc=["in Spanish", "Hyde Square"],
     cats=["language", "neighborhood"],
     tags=["deny_recipient"])

case(88, "allow", school="Boston Arts Academy", name="Sophie Caldwell", dob="2009-02-02", grade=11,
     recipient="bpd/district-d4", ground="drugs", substances=["clonazepam (Klonopin)"],
     at="2026-01-28T11:15:00-05:00", loc="Boston Arts Academy, black box theater",
     desc="""Parent conference notes - 1/30/26 - Ms. Amaral (family liaison), Principal Ochoa
1/28 at 11:15 AM, during rehearsal in the black box theater, a student told the director that Sophie was giving out "chill pills." Sophie had a prescription bottle with her mother's name on it containing 17 small orange tablets marked "K 57" (clonazepam 1 mg). Sophie said she gave 3 to castmates who were nervous about auditions. The nurse checked the three students; one was very drowsy and her parents took her home.
Mother came in on 1/30. She confirmed the prescription is hers and said she keeps it in her purse; she did not notice pills were missing. She was embarrassed and angry. Father joined by phone and said he would pick Sophie up after school for the next few weeks.
Agreed: 3-day suspension; Sophie out of the spring show; counseling referral.""",
     mc=["Sophie Caldwell", "Boston Arts Academy", "clonazepam"],
     mct=["17 small orange tablets", "K 57", "black box theater"],
     tags=["allow_clean", "parent_conference"])

case(89, "allow", school="East Boston High School", name="Yasmin Oliveira", dob="2010-07-27", grade=10,
     recipient="bpd/district-a7", ground="weapon", weapon="pepper spray",
     at="2026-03-05T07:55:00-05:00", loc="East Boston High School, 1st floor cafeteria (breakfast)",
     extra={"meeting_location": "Igreja Evangelica Assembleia de Deus fellowship hall (family's church)",
            "family_language": "Portuguese"},
     desc="""Notes from the restorative meeting - 3/10/26, 6:30 PM - held at the family's church, at the parents' request
Incident (3/5, 7:55 AM, 1st floor cafeteria during breakfast): Yasmin sprayed pepper spray in the face of another 10th grader (A.R.) after A.R. pulled her hair. A.R. and two students nearby had burning eyes and coughing; the nurse flushed their eyes and one student used her inhaler. Nobody was transported. The pepper spray (black "Police Magnum" keychain canister) was taken by SSS Vitale and is in the main office.
Present: Yasmin, her parents, the pastor, AP Sheehan, Ms. Medeiros (counselor). Parents said Yasmin carries the spray because she walks to the bus before sunrise. The pastor said the youth group will help Yasmin and A.R. work it out.
Agreements: 3-day suspension served; spray stays at home; A.R. and Yasmin will meet with Ms. Medeiros.""",
     mnc=["church", "Igreja", "Assembleia de Deus", "pastor", "Portuguese"],
     mc=["Yasmin Oliveira", "East Boston High School", "pepper spray"],
     mct=["burning eyes and coughing", "Police Magnum", "1st floor cafeteria during breakfast"],
     cats=["religion", "language"],
     tags=["allow_redact", "religion_venue", "structured", "restorative"])

case(90, "allow", school="McCormack Middle School", name="Sokha Chhim", dob="2012-09-09", grade=8,
     recipient="bpd/district-c11", ground="serious_violence",
     at="2025-11-13T09:05:00-05:00", loc="McCormack Middle School, Room 118",
     desc="""Meeting minutes - 11/17/25 - Room 101
Present: Sokha, his mother, his older cousin (helping with Khmer), AP Bowen, Ms. Rios (counselor)
1. Incident: on 11/13 at 9:05 AM in Room 118, Sokha swung a full stainless-steel water bottle and struck a classmate (P.D.) in the face. P.D. had a broken cheekbone and was taken to Boston Children's, where he had surgery on 11/14. The teacher, Mr. Flaherty, and the whole class saw it.
2. Family: Mother said the family is Cambodian and that they have lived in Savin Hill for three years. Through the cousin she said Sokha has been teased about his lunch and his accent.
3. Agreements: 10-day suspension; re-entry meeting 12/1 with a district interpreter; counseling; no contact with P.D.""",
     mnc=["Khmer", "Cambodian", "Savin Hill", "interpreter"],
     mc=["Sokha Chhim", "McCormack Middle School", "broken cheekbone"],
     mct=["stainless-steel water bottle", "broken cheekbone", "Room 118"],
     cats=["language", "ethnicity", "neighborhood"],
     tags=["allow_redact", "minutes"])

case(91, "deny", school="East Boston High School", name="Jesús Marcano", dob="2010-02-14", grade=10,
     recipient="bpd/district-a7", ground="suspicious_behavior", reason="ground_not_permitted",
     at="2026-04-14T15:00:00-04:00", loc="East Boston High School, front steps",
     desc="""Parent meeting 4/15/26 (mother, Spanish interpreter, AP Donovan). Staff have seen an adult man waiting for Jesús after school. Mother said it is his father, who arrived from Venezuela in January. We would like BPD to check whether the father is in the country legally.""",
     mnc=["Spanish", "Venezuela", "in the country legally"],
     cats=["language", "national_origin", "immigration_status"],
     tags=["deny_ground"])

case(92, "allow", school="Margarita Muñiz Academy", name="Christian Morales", dob="2010-10-01", grade=10,
     recipient="bpd/district-e13", ground="weapon", weapon="knife",
     at="2026-02-11T12:40:00-05:00", loc="Margarita Muñiz Academy, 2nd floor hallway",
     desc="""Re-entry meeting - 2/17/26 - Director Ocasio
Incident: 2/11, 12:40 PM, 2nd floor hallway. A teacher heard a click and saw Christian open a black switchblade (automatic, about 3.5 inches) while arguing with another 10th grader. The teacher stepped in and Christian closed it and handed it over. No one was hurt and no threat was spoken.
Christian's older brother Kevin (24) came to the meeting because their parents are afraid to come to the school; Kevin said he has DACA and that the parents have no papers. Kevin said Christian bought the knife from a kid online.
Agreements: 3-day suspension served; Kevin is the school contact for now; counselor check-in weekly.""",
     mnc=["DACA", "no papers"],
     mc=["Christian Morales", "Margarita Muñiz Academy", "switchblade"],
     mct=["black switchblade", "about 3.5 inches", "2nd floor hallway"],
     cats=["immigration_status"],
     tags=["allow_redact", "family_fears", "school_name_trap"])

case(93, "allow", school="Fenway High School", name="Valentina Ruiz", dob="2010-04-04", grade=10,
     recipient="bpd/district-b2", ground="credible_threat",
     threat='Text sent by Valentina to a classmate (J.L.) at 10:41 PM on 1/13/26: "tomorrow im bringing my moms kitchen knife and cutting ur face in front of everybody." J.L.\'s mother brought the screenshot to the office at 7:30 AM on 1/14.',
     at="2026-01-13T22:41:00-05:00", loc="Text message; reported to Fenway High School",
     desc="""Restorative circle and safety plan - 1/16/26
At 7:30 AM on 1/14, J.L.'s mother brought a screenshot of a text Valentina sent at 10:41 PM saying she would bring her mom's kitchen knife and cut J.L.'s face in front of everybody. Valentina's bag was searched at entry; no knife was found. She admitted sending it after J.L. posted a photo of her.
Circle participants on 1/16: Valentina and her mother, J.L. and her mother, Ms. Park (counselor), Dean Alvarez, an interpreter for Valentina's mother. Valentina's mother said in Spanish that they came from Colombia two years ago and that Valentina has not made friends. J.L.'s mother said she is afraid for her daughter.
Agreements: no contact; separate lunch periods; Valentina's phone checked by her mother nightly; follow-up 1/30.""",
     mnc=["interpreter", "Spanish", "Colombia"],
     mc=["Valentina Ruiz", "Fenway High School", "kitchen knife"],
     mct=["kitchen knife", "no knife was found", "10:41 PM"],
     cats=["language", "national_origin"],
     tags=["allow_redact", "restorative", "quoted_statement"])

case(94, "deny", school="Madison Park Technical Vocational High School", name="Rayshawn Bell", dob="2009-06-06", grade=11,
     recipient="bpd/district-b2", ground="weapon", weapon="firearm", reason="face_surveillance",
     at="2026-05-06T15:30:00-04:00", loc="Malcolm X Blvd, across from the school",
     attachments=[{"kind": "face_match", "name": "rtcc_face_recognition_hit.pdf"}],
     desc="""A gun was shown on Malcolm X Blvd across from the school at dismissal on 5/6. A face recognition hit from the real-time crime center names Rayshawn. We met with his mother on 5/7; she said they live in the Alice Taylor development and Rayshawn was home by 3:15.""",
     mnc=["Alice Taylor"],
     cats=["face_surveillance", "neighborhood"],
     tags=["deny_face"])

case(95, "allow", school="Greater Egleston High School", name="Ramon Batista", dob="2007-12-15", grade=12,
     recipient="bpd/district-e13", ground="drugs", substances=["heroin"],
     at="2026-03-25T09:10:00-04:00", loc="Greater Egleston High School, 2nd floor boys' bathroom",
     desc="""Parent meeting record - 3/27/26 - Headmaster Diaz
3/25 at 9:10 AM a staff member found Ramon in the 2nd floor boys' bathroom with a syringe and a spoon. SSS recovered 6 glassine bags stamped "BATMAN" containing a tan powder Ramon said was heroin. He appeared drowsy; the nurse monitored him and called EMS, who evaluated him and released him to his mother.
Meeting 3/27 with Ramon's mother and grandmother. The grandmother said the family is Dominican and that they have lived in Hyde Square since 2010. Mother said Ramon started using after a car accident last year and was prescribed pain pills. Mother asked about detox programs.
Agreements: Ramon referred to adolescent substance-use treatment; return plan after intake; 5-day suspension deferred while in treatment.""",
     mnc=["Dominican", "Hyde Square"],
     mc=["Ramon Batista", "Greater Egleston High School", "heroin"],
     mct=["6 glassine bags", "BATMAN", "syringe and a spoon"],
     cats=["ethnicity", "neighborhood"],
     tags=["allow_redact"])

case(96, "allow", school="Dearborn STEM Academy", name="Edwin Portillo", dob="2010-03-12", grade=10,
     recipient="bpd/district-b2", ground="weapon", weapon="firearm",
     at="2026-04-16T12:35:00-04:00", loc="Dearborn STEM Academy, 3rd floor hallway near the library",
     desc="""From: Sandra Whitley, Assistant Headmaster
To: Dr. Keane (Principal); Office of Legal Advisor; Ms. Obi (Family Liaison)
Sent: Tuesday, April 21, 2026 6:12 PM
Subject: Edwin P. (Gr. 10) - firearm 4/16 - safety-plan meeting summary and action items

All,

Below is the summary of today's safety-plan meeting. The incident section is what should go into the police referral; the rest is for our team.

INCIDENT (4/16/26)
At 12:35 PM on Thursday 4/16, two students told Mr. Larkin that Edwin had a gun in his backpack in the 3rd floor hallway near the library. SSS Conroy and I escorted Edwin from Room 312 to the office with his backpack. In the bottom of the backpack, wrapped in a gray hoodie, SSS Conroy found a black Glock 19 handgun with a magazine inserted; the magazine held 11 rounds and there was no round in the chamber. The serial number had been scratched off. Edwin did not resist and said "it's not mine, I was holding it." He would not say for whom. No threat was made to anyone and nobody saw the gun out of the bag. BPD arrived at 12:58 and took custody of the gun. The backpack and hoodie were photographed.

MEETING (4/21/26, 2:00-3:30 PM, main office conference room)
Present: Mrs. Portillo (mother); Edwin; Ms. Alfaro (Spanish interpreter, OLA, in person); Father Brennan from St. Mary's parish, whom the family asked to bring; Ms. Obi; Mr. Larkin (dean); me.

What the family told us:
- Mrs. Portillo said the family is from San Miguel, El Salvador, and has TPS; she was scared to come in because of what she has seen on the news, and Father Brennan drove her.
- Edwin's father was picked up by immigration agents outside his job in February and is being held in Maine. Edwin has not seen him since. Mrs. Portillo said Edwin has been "a different boy" since then.
- They lost their apartment on Shawmut Ave in March and are now living with Mrs. Portillo's brother's family in Chelsea; Edwin takes the 111 bus and the Silver Line.
- Mrs. Portillo believes older boys from the MS-13 clique near her brother's building are recruiting Edwin, and that the gun belongs to one of them. She is very afraid that Edwin will be hurt if he talks.
- Father Brennan offered the parish youth program on weekday evenings and said he can be a contact for the school.

What Edwin said: he is sorry; he did not know what to do when they gave him the bag; he does not want to go back to his uncle's building after dark.

ACTION ITEMS
1. Expulsion hearing per SAF-02: 4/28, 10:00 AM, interpreter booked (me).
2. Safety plan while pending: Edwin receives remote work; daily call with Ms. Obi (Ms. Obi).
3. Counseling referral and trauma screening (Mr. Larkin / school psychologist).
4. Family Resource Center: housing application and legal-services referral (Ms. Obi).
5. Transportation: request a change of bus route (me).
6. All letters to the family to go out in Spanish (front office).

Please do not forward the MEETING section outside this group.

Sandra""",
     mnc=["Spanish", "interpreter", "Father Brennan", "parish", "San Miguel", "El Salvador", "has TPS",
          "immigration agents", "held in Maine", "Shawmut Ave", "Chelsea", "MS-13"],
     mc=["Edwin Portillo", "Dearborn STEM Academy", "Glock 19"],
     mct=["Glock 19", "11 rounds", "serial number had been scratched off"],
     cats=["language", "religion", "national_origin", "immigration_status", "neighborhood", "gang_affiliation"],
     tags=["allow_redact", "safety_plan", "father_detention", "religion_venue", "moving_relatives", "gang", "email", "long"])

case(97, "allow", school="Boston Latin School", name="Olivia Grant", dob="2009-09-19", grade=11,
     recipient="bpd/district-d4", ground="serious_violence",
     at="2026-04-23T16:20:00-04:00", loc="Boston Latin School, athletic field",
     desc="""504 Plan review and incident meeting - 4/28/26 - 3:00 PM - conference room 219
Attendees: Olivia; Ms. Grant (mother); Mr. Grant (father); Ms. Petrakis (504 coordinator); Mr. Doyle (athletic director); Assistant Head Ferraro

Incident summary (Mr. Doyle): at lacrosse practice on 4/23 at about 4:20 PM on the athletic field, after a drill ended, Olivia swung her lacrosse stick two-handed at a teammate (H.S.) who had checked her hard. The stick struck H.S. on the left forearm. H.S. has a displaced fracture of the forearm and had surgery at Boston Children's on 4/24. Two coaches and the whole team saw it.
Parents' input: Mother, who teaches at another BPS school, said Olivia has been under pressure about college recruiting and that her ADHD medication was changed in March. Father said the family is worried about what is being said on social media and asked the school to address it with the team.
504 team: added a break pass and a check-in with the school counselor after practices. Outcome: 5-day suspension; removed from the team for the season; mediation offered if H.S.'s family agrees.""",
     mc=["Olivia Grant", "Boston Latin School", "displaced fracture"],
     mct=["lacrosse stick", "displaced fracture of the forearm", "athletic field"],
     tags=["allow_clean", "504", "family_fears"])

case(98, "deny", school="East Boston High School", name="Marco DeLuca", dob="2009-11-05", grade=11,
     recipient="bpd/district-a7", ground="drugs", substances=["wine"], reason="excluded_substance",
     at="2025-12-12T12:30:00-05:00", loc="East Boston High School, cafeteria",
     desc="""Parent meeting 12/15/25. Marco brought a thermos of red wine to lunch on 12/12 and shared it with a friend. Parents attended with Marco's aunt, who translated for his father. Parents said they are Brazilian and that the family moved from Jeffries Point to Revere in the fall.""",
     mnc=["translated", "Brazilian", "Jeffries Point", "Revere"],
     cats=["language", "ethnicity", "neighborhood"],
     tags=["deny_substance", "moving_relatives"])

case(99, "allow", school="Community Academy of Science and Health", name="Yassine Amrani", dob="2009-07-14", grade=11,
     recipient="bpd/district-b3", ground="credible_threat",
     threat='Said by Yassine to two classmates in the 3rd floor hallway at 11:05 AM on 10/15/25 and repeated to AP Fontaine at 11:30: "I know where Mr. Kane parks. His car is going to burn with him in it."',
     at="2025-10-15T11:05:00-04:00", loc="Community Academy of Science and Health, 3rd floor hallway",
     desc="""Threat assessment / family meeting notes - 10/16/25 - AP Fontaine
Yesterday at 11:05 AM in the 3rd floor hallway Yassine told two classmates that he knows where Mr. Kane parks and that Mr. Kane's car "is going to burn with him in it." When I spoke with him at 11:30 he repeated it. He had a lighter and a small bottle of lighter fluid in his backpack, which SSS took. Mr. Kane had given Yassine a failing grade the day before.
Family meeting today at 8:30 with Yassine and his father; Mr. Benali interpreted in Arabic (Darija). Father said they are Moroccan and that the family moved here for Yassine's older sister's surgery. He said Yassine prays at the mosque with him on Fridays and is a respectful boy. He apologized to Mr. Kane in person.
Team rating: substantive. Mr. Kane's parking moved to the staff lot behind the school; Yassine out pending a safety plan.""",
     mnc=["interpreted", "Arabic", "Darija", "Moroccan", "mosque"],
     mc=["Yassine Amrani", "Community Academy of Science and Health", "lighter fluid"],
     mct=["lighter fluid", "burn with him in it", "failing grade"],
     cats=["language", "ethnicity", "religion"],
     tags=["allow_redact", "interpreter", "threat_assessment"])

case(100, "allow", school="Madison Park Technical Vocational High School", name="Amari Jones", dob="2009-01-08", grade=12,
     recipient="bpd/district-b2", ground="weapon", weapon="knife",
     at="2026-05-27T10:20:00-04:00",
     loc="Madison Park, Room 2103 (carpentry shop); follow-up meeting held at the family's apartment, 88 Dudley St, Apt 2",
     attachments=[{"kind": "document", "name": "home_visit_notes_88_Dudley_St.docx"}],
     desc="""On 5/27/26 at 10:20 AM in the carpentry shop (Room 2103), Amari pulled a hunting knife with a 5-inch fixed blade from his boot and held it up at a 12th grader who had taken his tape measure, saying "try me." The instructor, Mr. Cashman, told Amari to put it on the bench and he did. No one was hurt. SSS Tobin secured the knife. Amari was sent home with his mother at 12:00.
Home visit 5/29 with Amari and his mother (see location and attachment). Mother said Amari has been carrying the knife since he was robbed in April. Agreed: 3-day suspension; Amari will finish the year with a daily bag check; counselor referral.""",
     mnc=["88 Dudley St", "Dudley_St"],
     mc=["Amari Jones", "Madison Park Technical Vocational High School", "hunting knife"],
     mct=["5-inch fixed blade", "Room 2103", "try me"],
     cats=["neighborhood"],
     tags=["allow_redact", "home_visit", "loc_canary", "attachment_name"])


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) == 100, len(ids)
    assert ids == ["OBO-%04d" % i for i in range(1, 101)]
    n_deny = sum(c["expect"]["decision"] == "deny" for c in CASES)
    print(f"wrote {len(CASES)} cases ({len(CASES) - n_deny} allow, {n_deny} deny) to {OUT}")


if __name__ == "__main__":
    main()
