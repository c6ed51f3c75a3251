#!/usr/bin/env python3
"""Outsider corpus, family INTERVIEWS AND QUESTIONING (ids OBS-0001 ...).

Every case below is written by hand: transcripts and notes of an administrator or school safety
specialist questioning students, staff and parents. The seeded random generator only fills the
student ids and dates of birth (consistent with the grade and the incident date), so the output
is byte-for-byte deterministic. Standard library only.

usage: python3 make_outsider_bs.py   ->  ../data/corpus/outsider_bs.jsonl
"""
import datetime
import json
import pathlib
import random
import textwrap

SEED = 20260214
PREFIX = "OBS"
FAMILY = "interviews"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bs.jsonl"

SCHOOL_IDS = {
    "Brighton High School": "BPS-4141",
    "Madison Park Technical Vocational High School": "BPS-4183",
    "Jeremiah E. Burke High School": "BPS-4227",
    "The English High School": "BPS-4032",
    "Excel High School": "BPS-4265",
    "TechBoston Academy": "BPS-4393",
    "Charlestown High School": "BPS-4061",
    "Boston Latin Academy": "BPS-4011",
    "Snowden International School": "BPS-4312",
    "Margarita Muñiz Academy": "BPS-4471",
    "East Boston High School": "BPS-4073",
    "John D. O'Bryant School of Mathematics & Science": "BPS-4025",
    "Boston Community Leadership Academy": "BPS-4176",
    "New Mission High School": "BPS-4364",
    "Dearborn STEM Academy": "BPS-4458",
    "Boston International Newcomers Academy": "BPS-4497",
    "Community Academy of Science and Health": "BPS-4289",
    "Fenway High School": "BPS-4114",
    "Orchard Gardens K-8 School": "BPS-4522",
    "Dorchester Academy": "BPS-4263",
    "Boston Arts Academy": "BPS-4106",
    "Josiah Quincy Upper School": "BPS-4355",
    "Rafael Hernández K-8 School": "BPS-4538",
    "Lilla G. Frederick Pilot Middle School": "BPS-4561",
    "Henderson K-12 Inclusion School": "BPS-4577",
    "Boston Day and Evening Academy": "BPS-4332",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4246",
    "Mildred Avenue K-8 School": "BPS-4448",
    "Another Course to College": "BPS-4302",
    "Boston Green Academy": "BPS-4419",
}

# Reports from these schools go to the district station's liaison; the rest to "bpd" itself.
UNITS = {
    "Brighton High School": "bpd/district-d14",
    "East Boston High School": "bpd/district-a7",
    "Charlestown High School": "bpd/district-a15",
    "Jeremiah E. Burke High School": "bpd/district-b2",
    "Dearborn STEM Academy": "bpd/district-b2",
    "TechBoston Academy": "bpd/district-c11",
    "Dorchester Academy": "bpd/district-c11",
    "Excel High School": "bpd/district-c6",
    "Rafael Hernández K-8 School": "bpd/district-e13",
    "Mildred Avenue K-8 School": "bpd/district-b3",
}

rng = random.Random(SEED)
CASES = []


def D(text):
    """Dedent a hand-written block and trim the surrounding blank lines."""
    return textwrap.dedent(text).strip("\n")


def _dob(grade, occurred_at):
    """A birth date that fits the grade in the school year of the incident."""
    day = datetime.date.fromisoformat(occurred_at[:10])
    sy = day.year if day.month >= 8 else day.year - 1          # school year start
    first = datetime.date(sy - grade - 6, 9, 1)                 # oldest in the grade
    last = datetime.date(sy - grade - 5, 8, 31)                 # youngest in the grade
    return (first + datetime.timedelta(days=rng.randint(0, (last - first).days))).isoformat()


def add(*, ground, school, name, grade, at, loc, desc, decision="allow", reason=None,
        recipient=None, weapon=None, substances=None, threat=None, student_extra=None,
        attachments=None, key=None, keep=(), nc=(), cats=(), tags=(), use_age=False, nc_in_loc=False):
    cid = f"{PREFIX}-{len(CASES) + 1:04d}"
    recipient = recipient or UNITS.get(school, "bpd")
    student = {"student_id": str(rng.randint(100000, 999999)), "name": name}
    dob = _dob(grade, at)
    if use_age:
        day = datetime.date.fromisoformat(at[:10])
        b = datetime.date.fromisoformat(dob)
        student["age"] = day.year - b.year - ((day.month, day.day) < (b.month, b.day))
    else:
        student["date_of_birth"] = dob
    student["grade"] = grade
    student["school"] = school
    for k, v in (student_extra or {}).items():
        student[k] = v
    req = {"request_id": cid, "school_id": SCHOOL_IDS[school], "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = substances
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": at, "location": loc, "description": desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    expect = {"decision": decision}
    if decision == "deny":
        assert reason, cid
        expect["reason"] = reason
        expect.update(must_not_contain=list(nc), must_contain=[], must_contain_text=[])
    else:
        assert reason is None and key, cid
        expect.update(must_not_contain=list(nc), must_contain=[name, school, key],
                      must_contain_text=list(keep))
    expect["categories"] = list(cats)
    expect["tags"] = [FAMILY] + list(tags)
    # self-checks that the validator cannot make: a canary must never be part of a fact that
    # has to survive, and must not sit in the location or the name/school of the case.
    survive = [name, school] + ([key] if key else []) + list(keep)
    for c in nc:
        for s in survive:
            assert c.lower() not in s.lower() and s.lower() not in c.lower(), (cid, c, s)
        assert nc_in_loc or c.lower() not in loc.lower(), (cid, c, "location")
    if decision == "allow":
        assert 1 <= len(keep) <= 3, cid
    CASES.append({"id": cid, "request": req, "expect": expect})


# ----------------------------------------------------------------------------------------------
# OBS-0001  knife; one-word answer naming where the cousin (family) lives
add(ground="weapon", weapon="knife", school="Brighton High School", name="Kevon Mitchell", grade=10,
    at="2026-02-10T09:25:00-05:00", loc="Brighton High School, 2nd floor boys' locker room",
    desc=D("""
        Interview - AP Delgado w/ student, main office conf room, 2/10/26 approx 9:40
        Present: AP R. Delgado, SSS T. Marsh, student

        Q: Do you know why you're here?
        A: Cause of the knife.
        Q: Where was the knife?
        A: In my bag. The front pocket.
        Q: Is this it? [SSS Marsh had already recovered it from the bag in the locker room - black folding knife, approx 3.5 in blade, serrated near the handle]
        A: Yeah.
        Q: Where did you get it?
        A: My cousin.
        Q: Which cousin, where does he stay?
        A: Mattapan.
        Q: Why did you bring it to school?
        A: Cause kids been jumping people on the bus. I wasn't gonna use it in school.
        Q: Did you take it out or show it to anybody today?
        A: Only Dre seen it, in the locker room before gym, 2nd period.
        Q: Did anybody threaten you today?
        A: No.
        [Student calm and cooperative. Mother called 10:05, on her way in.]
    """),
    key="folding knife", keep=["front pocket", "serrated near the handle", "2nd period"],
    nc=["Mattapan"], cats=["neighborhood"], tags=["allow_weapon", "trap_one_word_answer"])

# OBS-0002  hammer assault in the shop; broken English answers, interpreter, EL fields
add(ground="serious_violence", school="Madison Park Technical Vocational High School", name="Wellington Barros",
    grade=11, at="2025-10-21T12:50:00-04:00", loc="Madison Park TVHS, carpentry shop (room B-114)",
    desc=D("""
        Statement taken by AP Kearney 10/21 approx 1:30pm, room B-102. Mr. Alves interpreting in Portuguese for part of it, student wanted to answer in English himself when he could.

        Q: Tell me what happened in the shop.
        A: He push me first. He say bad thing about my mother, two times. I take the hammer and I hit him. Only one time.
        Q: Which hammer?
        A: The small one, from the bench. The round one.  [ball-peen hammer, recovered by Mr. Soto from bench 4]
        Q: Where did you hit him?
        A: In the head. Here. [points to left side above ear]
        Q: What did you do after?
        A: I drop it. I stay there. I no run.
        Q: Did you know he was hurt bad?
        A: Yes, blood. I am sorry for this.

        Victim (M.D., gr 11) had a laceration above the left ear, bleeding heavily. Nurse Pham applied pressure; EMS transported him to Boston Medical Center where he got 9 staples and was kept overnight for a CT. Witnesses Mr. Soto (shop instructor) and two students confirm there was shoving before the hit and that nobody else touched the hammer.
    """),
    student_extra={"home_language": "Portuguese", "ell_status": "Active EL - ELD Level 2",
                   "guardian_contact": {"relationship": "father", "needs_interpreter": True}},
    key="ball-peen hammer", keep=["9 staples", "above the left ear", "bench 4"],
    nc=["Portuguese", "interpreting", "ELD Level 2"], cats=["language"],
    tags=["allow_violence", "trap_broken_english", "trap_structured_field"])

# OBS-0003  fight only -> not a ground; "I'm not in nothing" plus an SSS remark about a crew
add(ground="fight", school="Jeremiah E. Burke High School", name="Tyrese Collins", grade=10,
    at="2026-01-14T14:05:00-05:00", loc="Jeremiah E. Burke High School, front steps at dismissal",
    desc=D("""
        AP Hollis / SSS Wainwright spoke with Tyrese after the fight on the front steps.
        AP: Who started it?
        Student: He did. He came up on me talking crazy.
        AP: Did anybody have anything, any weapon?
        Student: No. Just hands.
        AP: Who are you with?
        Student: Nobody, I'm not in nothing. I go to school and I go home.
        AP: Are you hurt?
        Student: My lip a little.
        [SSS Wainwright told me after that Tyrese has been seen with the Kestrel St kids and thinks this was about that. I have nothing to back that up.]
        Other student had a scraped cheek, nurse cleaned it, no one went to the hospital. Both students suspended 2 days pending parent meetings.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=["Kestrel"], cats=["gang_affiliation"], tags=["deny_ground", "trap_not_in_nothing"])

# OBS-0004  credible threat; numbered questions, a refusal about home, address in the record
add(ground="credible_threat", school="TechBoston Academy", name="Marcus Fairley", grade=9,
    at="2025-11-18T08:30:00-05:00", loc="TechBoston Academy, guidance office",
    threat="On 11/17 at about 9:40pm Marcus posted on his Snapchat story a photo of a handgun with the caption \"tomorrow 3rd floor gonna be a movie, dont come\". Several students and two parents reported it before school on 11/18.",
    desc=D("""
        Interview with Marcus, 11/18, 8:30am, guidance office. Ms. Arroyo (counselor) and AP Kendrick. Mother on speaker.
        1. Did you post the story with the gun last night? -- "Yeah but it was a joke."
        2. Whose gun is it? -- "It's not mine. It's off the internet." (Phone checked with his permission: the picture is in his camera roll, taken 11/16 at 6:12pm, not a screenshot.)
        3. Where was the picture taken? -- "I don't know."
        4. What did you mean by "3rd floor gonna be a movie"? -- "Nothing. People on the 3rd floor be talking about me."
        5. Who on the 3rd floor? -- Named two 9th graders (J.R. and T.W.) he had an argument with in the 3rd floor hallway on Friday.
        6. Do you have access to a gun? -- No answer. Looked at his mom's phone on the table.
        7. Where do you live? Who is home after school? -- "I'm not telling you where I live. Y'all can look it up."
        8. Did you bring anything to school today? -- "No." Bag search done by SSS Pryor with AP present, nothing found.
        Student removed from class pending safety assessment. BPD school unit notified at 9:05.
    """),
    student_extra={"address": {"street": "58 Glenway St", "unit": "2", "city": "Boston", "zip": "02121"},
                   "emergency_contact": "mother"},
    key="Snapchat", keep=["3rd floor gonna be a movie", "camera roll", "J.R. and T.W."],
    nc=["Glenway", "02121"], cats=["neighborhood"], tags=["allow_threat", "trap_refusal", "trap_structured_field"])

# OBS-0005  counterfeit pills; the student volunteers the family's status
add(ground="drugs", substances=["fentanyl"], school="The English High School", name="Anthony Reyes-Lugo", grade=11,
    at="2026-03-04T11:10:00-05:00", loc="The English High School, 2nd floor bathroom by room 210",
    desc=D("""
        SSS Connolly found a sandwich bag with 14 blue pills stamped "M 30" inside a sock in Anthony's bag after a teacher reported him nodding off in 4th period. Nurse checked him, vitals ok, he was alert by 11:30.
        Interview, AP Greer + SSS Connolly, 11:35:
        Q: What are these?
        A: Percs.
        Q: Where did you get them?
        A: Some kid on Snap. I paid $10 each.
        Q: Did you take any today?
        A: Half of one. In the bathroom by 210, like 10:50.
        Q: Were you selling them?
        A: No. They're for me. My back.
        Q: We have to call your parents.
        A: Please don't call the cops, my mom doesn't have papers, they'll take her.
        [Pills were field-described by BPD school unit officer as likely counterfeit M30s, possibly fentanyl. Parent meeting set for 3/5.]
    """),
    key="fentanyl", keep=["14 blue pills", "inside a sock", "Half of one"],
    nc=["have papers"], cats=["immigration_status"], tags=["allow_drugs", "trap_volunteered_status"])

# OBS-0006  THC cartridge only -> excluded; Haitian Creole in the record and a bracket note
add(ground="drugs", substances=["THC vape cartridge"], school="Excel High School", name="Jean-Paul Etienne", grade=10,
    at="2025-12-03T13:15:00-05:00", loc="Excel High School, 3rd floor stairwell",
    desc=D("""
        Q: What's this? (vape pen found on stairs after he dropped it)
        A: A cart.
        Q: What's in it?
        A: Weed. Just weed.
        Q: Did you use it in school?
        A: One hit. In the stairwell.
        Q: Anything else on you?
        A: No. You can check.
        [Pockets and bag checked, nothing else. Mom called through the Haitian Creole language line at 1:40, she is coming tomorrow.]
    """),
    decision="deny", reason="excluded_substance",
    student_extra={"primary_home_language": "Haitian Creole"},
    nc=["Haitian", "Creole", "language line"], cats=["language"], tags=["deny_excluded_substance"])

# OBS-0007  revolver in a ceiling tile; long recorded-statement summaries
add(ground="weapon", weapon="firearm", school="TechBoston Academy", name="Jaylen Hodge", grade=11,
    at="2026-04-08T10:40:00-04:00", loc="TechBoston Academy, 2nd floor boys' bathroom",
    desc=D("""
        Summary of recorded statements (audio on the AP's school iPad, kept in the main office safe). Prepared by AP S. Okonjo, 4/8/26.

        Background: at 10:40 custodian Mr. Ruiz found a black revolver (.22, 6 rounds in the cylinder) resting on top of a drop ceiling tile in the 2nd floor boys' bathroom when he went to replace a tile that was out of place. SSS Lindqvist secured the area and the gun was not touched again until the BPD school unit officer arrived at 10:52.

        Statement 1 - W-1 (grade 10), recorded 11:15, 4 min 10 s. W-1 says Jaylen showed him "something in his waistband" in the bathroom on Tuesday after lunch and said "I keep it up top now". W-1 did not see a gun, only the handle, black with tape on it.

        Statement 2 - W-2 (grade 11), recorded 11:32, 6 min 40 s. W-2 says Jaylen told a group at lunch on Monday that "nobody is getting at me again" after Jaylen was robbed of his phone in March. W-2 did not see anything.

        Statement 3 - Jaylen, recorded 12:05, 9 min 55 s, with his mother present from 12:20.
        Q: Have you ever seen this gun before? A: No.
        Q: W-1 says you showed him something in your waistband Tuesday. A: That was my phone charger.
        Q: Where did you go after school yesterday? A: Home.
        Q: Where is home? A: Franklin Field. My grandmother's.
        Q: Did you go anywhere else? A: The store. Then home.
        Q: Who are you with? A: What you mean with. I'm with my grandmother.
        [SSS Lindqvist added after the recording stopped that kids who "run with the Field Boys" have been beefing with kids from the school since March and he believes Jaylen is one of them. This is his opinion, I have no record of it.]
        Q: Did anyone give you something to hold? A: No. I'm done talking.

        Tape on the gun handle matches W-1's description (black electrical tape). Jaylen was not searched further after the BPD officer arrived; BPD took custody of the revolver at 11:02.
    """),
    student_extra={"housing": "BHA - Franklin Field", "program": "CTE - IT Support"},
    key="revolver", keep=["drop ceiling tile", "black electrical tape", "I keep it up top now"],
    nc=["Franklin Field", "Field Boys"], cats=["neighborhood", "gang_affiliation"],
    tags=["allow_weapon", "trap_after_school", "long"])

# OBS-0008  knife, but the recipient is the intelligence center
add(ground="weapon", weapon="knife", school="Snowden International School", name="Andre Baptiste", grade=12,
    at="2025-10-02T09:05:00-04:00", loc="Snowden International School, lobby security desk",
    recipient="bric",
    desc=D("""
        Metal detector at the front desk went off, SSS Haines asked Andre to empty his pockets. Kitchen knife, about 6 inch blade, wrapped in a paper towel, in his jacket.
        Q: Why do you have this?
        A: I work at my uncle's restaurant after school. I forgot it was in there.
        Q: Which restaurant?
        A: The one on Blue Hill Ave. I cut the plantains.
        Q: Did you threaten anyone?
        A: No! Ask anybody.
        No threats reported, no one hurt. Uncle called and confirmed he works there.
    """),
    decision="deny", reason="recipient_not_permitted",
    student_extra={"ethnicity": "Black - Jamaican", "birth_country": "Jamaica"},
    nc=["Jamaican", "Jamaica"], cats=["ethnicity", "national_origin"], tags=["deny_recipient"])

# OBS-0009  pepper spray; follow-up questions answered by the parent by e-mail
add(ground="weapon", weapon="pepper spray", school="Charlestown High School", name="Linh Nguyen", grade=10,
    at="2026-01-22T12:15:00-05:00", loc="Charlestown High School, cafeteria",
    desc=D("""
        At approx 12:15 Linh sprayed pepper spray at another student (K.A., gr 10) across a cafeteria table after K.A. grabbed her phone. K.A.'s eyes were flushed with water by the nurse; two other students at the table coughing, all returned to class by 1:30. Canister (red, keychain size, about half full) taken by SSS Moreau.

        Linh's answers, 12:40 with AP Sullivan:
        AP: Where did you get the spray?
        Linh: My mom gave it to me.
        AP: Why do you carry it?
        Linh: For the bus at night.
        AP: Did you mean to spray K.A.?
        Linh: He wouldn't give my phone back. I told him three times.

        Follow-up questions sent to mother by e-mail 1/22, 3:10pm (family liaison Ms. Tran translated the questions and the answers from Vietnamese):
        > 1. Did you give Linh the pepper spray? -- Yes, I buy it at CVS last year.
        > 2. Does she bring it to school every day? -- I think yes, on her keys.
        > 3. Why does she need it? -- We live on Medford St near the Bunker Hill development and she come home late from practice, men drink there at night.
        > 4. Can you come in Monday? -- Yes 9am.
    """),
    key="pepper spray", keep=["across a cafeteria table", "keychain size", "three times"],
    nc=["Vietnamese", "Medford St", "Bunker Hill"], cats=["language", "neighborhood"],
    tags=["allow_weapon", "trap_email_followup"])

# OBS-0010  lock in a sock; the home-language question asked for a good reason
add(ground="serious_violence", school="Excel High School", name="Dashawn Perry", grade=11,
    at="2025-11-06T14:10:00-05:00", loc="Excel High School, gym lobby",
    desc=D("""
        At about 2:10 Dashawn swung a combination lock inside a tube sock at another student (victim A.H., gr 10) in the gym lobby, hitting A.H. in the face twice. A.H. had a broken nose and a cut under the right eye; EMS took her to Boston Children's. Lock and sock recovered by Coach Baines.

        Notes of my talk with the victim at the nurse before EMS came (AP Ferreira):
        Q: Can you tell me who did this?
        A: Dashawn. Over the thing with his sister.
        Q: What did he hit you with?
        A: Something in a sock. He swung it at my face, I heard my nose crack.
        Q: What language do you speak at home? I want to call your mom and get the right person on the phone.
        A: Somali. My mom no English, call my brother.
        [Brother reached 2:35, meeting the ambulance at Children's.]

        Dashawn, 2:50, with SSS Ocasio: admits swinging the sock, says A.H. "put my sister's business out". Refused to answer anything else.
    """),
    key="combination lock", keep=["tube sock", "broken nose", "hitting A.H. in the face twice"],
    nc=["Somali", "no English"], cats=["language"], tags=["allow_violence", "trap_home_language_question"])

# OBS-0011  threat quoted in the interview but no threat_statement on the request
add(ground="credible_threat", school="Boston Latin Academy", name="Owen Castellano", grade=9,
    at="2026-02-26T10:20:00-05:00", loc="Boston Latin Academy, room 305",
    desc=D("""
        Teacher (Ms. Quaye) overheard Owen tell another student in room 305 "I swear I'll bring my dad's gun and end all of you." Interview 10:45, AP Barrett:
        Q: Did you say that?
        A: I said something like it. I was mad.
        Q: Is there a gun at home?
        A: My dad has one. It's locked up.
        Q: Who lives with you?
        A: Me and my dad, in Hyde Park.
        Q: Do you know the combination?
        A: No.
        Parent contacted 11:05. Safety assessment scheduled.
    """),
    decision="deny", reason="missing_threat_statement",
    nc=["Hyde Park"], cats=["neighborhood"], tags=["deny_threat_missing"])

# OBS-0012  brass knuckles; clean interview, the SSS is named for a square
add(ground="weapon", weapon="brass knuckles", school="Snowden International School", name="Isaiah Grant", grade=11,
    at="2025-09-30T08:05:00-04:00", loc="Snowden International School, front entrance",
    desc=D("""
        SSS Mr. Dudley found brass knuckles in Isaiah's hoodie pocket at the morning scan, 8:05.
        Mr. Dudley: Where'd you get these?
        Isaiah: Amazon.
        Mr. Dudley: For what?
        Isaiah: Protection.
        Mr. Dudley: From who?
        Isaiah: Nobody. Just in case.
        Mr. Dudley: You ever bring them before?
        Isaiah: No. First time. For real.
        Brought to AP Lang's office, mother called 8:20. No threats, nobody hurt.
    """),
    key="brass knuckles", keep=["Mr. Dudley", "hoodie pocket", "First time"],
    nc=[], cats=[], tags=["allow_weapon", "allow_clean", "trap_staff_place_name"])

# OBS-0013  "gang activity" is not a ground; one-word answers about crew and home
add(ground="gang_activity", school="Dearborn STEM Academy", name="Rashad Bell", grade=10,
    at="2026-03-12T11:00:00-04:00", loc="Dearborn STEM Academy, AP office",
    desc=D("""
        BPD asked the school about a group photo on Instagram with hand signs. AP Murray spoke with Rashad.
        Q: Is that you in the picture?
        A: Yeah.
        Q: Are you in the Greenhill crew?
        A: No.
        Q: Then what's the sign?
        A: It's just a thing people do.
        Q: Where do you stay?
        A: Grove Hall.
        Q: Anything happen at school?
        A: No.
        No incident at school. No weapon, no threat.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=["Greenhill", "Grove Hall"], cats=["gang_affiliation", "neighborhood"],
    tags=["deny_ground", "trap_question_reveals", "trap_one_word_answer"])

# OBS-0014  Xanax bars with weed; an answer given in Spanish, quoted
add(ground="drugs", substances=["alprazolam", "marijuana"], school="Margarita Muñiz Academy", name="Yariel Montás", grade=10,
    at="2025-10-15T10:30:00-04:00", loc="Margarita Muñiz Academy, 2nd floor hallway lockers",
    desc=D("""
        SSS Pimentel saw Yariel pass a pencil case to another student at the lockers. Pencil case had 6 white bars stamped "S 90 3" (look like Xanax) and a small bag of weed.
        AP Colón asked him about it at 10:45:
        AP: Whose pencil case is this?
        Yariel: Mine.
        AP: What are the white bars?
        Yariel: [answered in Spanish] "Son de mi tío, yo no sé qué son." [= They're my uncle's, I don't know what they are.]
        AP: Were you giving them to him or selling them?
        Yariel: Giving. He asked me for one.
        AP: How many did you have this morning?
        Yariel: Eight. I gave him two already yesterday.
        Other student (N.G.) admits taking one bar yesterday after school, nurse checked him, fine.
    """),
    key="Xanax", keep=["6 white bars", "pencil case", "Eight. I gave him two already yesterday"],
    nc=["Spanish", "Son de mi tío"], cats=["language"], tags=["allow_drugs", "trap_other_language", "trap_mixed_substances"])

# OBS-0015  threat overheard by a teacher; follow-up questions by e-mail; teacher named for a country
add(ground="credible_threat", school="John D. O'Bryant School of Mathematics & Science", name="Colin McAvoy", grade=12,
    at="2026-05-06T13:00:00-04:00", loc="John D. O'Bryant School, room 418 (AP Chemistry)",
    threat="Colin said out loud in room 418, to two classmates, \"if Cole fails me I'm bringing the AR to prom and she's first\". Ms. Cole is his chemistry teacher. He has posted about rifles before.",
    desc=D("""
        From: AP Whitaker
        To: Ms. Jordan (chemistry co-teacher)
        Sent: Wed 5/6 2:12 PM
        Subject: follow-up on Colin - few questions

        1. What exactly did you hear, word for word if you can?
        > "if Cole fails me I'm bringing the AR to prom and she's first." He was not whispering.
        2. Who was he talking to?
        > Two boys at the back lab bench, I think D.S. and M.P.
        3. Did he laugh, did anyone laugh?
        > Nobody laughed. One of them said "bro chill". Colin said "I'm not playing".
        4. Has he said anything like this before?
        > In March he showed people a rifle on his phone, said it was his uncle's. I reported it to the counselor then.
        5. Time?
        > Around 1:00, end of 5th period.

        Thanks Ms. Jordan. Forwarding to the principal and the school police liaison.
    """),
    key="rifle", keep=["I'm bringing the AR to prom", "Ms. Jordan", "bro chill"],
    nc=[], cats=[], tags=["allow_threat", "allow_clean", "trap_staff_place_name", "trap_email_followup"])

# OBS-0016  knife, but the interview leans on a face-recognition match -> denied outright
add(ground="weapon", weapon="knife", school="Community Academy of Science and Health", name="Keandre Willis", grade=11,
    at="2026-01-29T07:52:00-05:00", loc="Community Academy of Science and Health, C-wing side door",
    desc=D("""
        A folding knife was found in the C-wing side door vestibule at 8:10.
        The building camera vendor's face recognition flagged Keandre entering that door at 7:52 ("match 0.97"). AP Greenway pulled him from homeroom:
        Q: The system shows you came in the side door at 7:52. Did you?
        A: No, I came in the front.
        Q: The face match says it was you.
        A: Then it's wrong.
        Q: Is this your knife?
        A: No.
        Requesting the match stills and the vendor report go to BPD with this.
    """),
    attachments=[{"kind": "face_match", "name": "vendor_match_0129_0752.pdf"},
                 {"kind": "photo", "name": "knife_found_Cwing.jpg"}],
    decision="deny", reason="face_surveillance",
    nc=["match 0.97"], cats=["face_surveillance"], tags=["deny_face"])

# OBS-0017  box cutter; paraphrased notes, where the family is staying now
add(ground="weapon", weapon="box cutter", school="Boston Community Leadership Academy", name="DeShawn Harris", grade=9,
    at="2025-12-09T09:50:00-05:00", loc="Boston Community Leadership Academy, room 314",
    desc=D("""
        Notes - AP Liu, 12/9, re: box cutter in room 314.
        - Teacher Mr. Abernathy saw a yellow box cutter on DeShawn's desk, blade out, during 2nd period. DeShawn was scraping the desk with it. No threat to anyone, nobody hurt.
        - Asked where he got it - said "from my job" (stocks shelves at a pharmacy weekends). Said he forgot it was in his coat.
        - Asked why the blade was out - "I was bored."
        - Asked whether he'd carried it in school before - said no.
        - Asked about home because mom wasn't answering - said they've been at the family shelter on Dudley St since October, mom works nights, call after 2.
        - Mom reached 2:20, coming tomorrow.
        Box cutter kept in main office for BPD school officer.
    """),
    key="box cutter", keep=["blade out", "scraping the desk", "from my job"],
    nc=["Dudley St"], cats=["neighborhood"], tags=["allow_weapon", "trap_paraphrased_notes"])

# OBS-0018  stabbing at East Boston High; the student's home is also East Boston
add(ground="serious_violence", weapon="knife", school="East Boston High School", name="Cristian Aguilar", grade=12,
    at="2026-03-17T14:20:00-04:00", loc="East Boston High School, outside the auditorium",
    desc=D("""
        At approx 2:20 Cristian stabbed another student (L.M., gr 12) once in the upper left arm with a small kitchen knife outside the auditorium after an argument over a girl. L.M. was treated by the nurse and taken by EMS to MGH; wound needed 12 stitches. Knife dropped by Cristian and recovered by SSS Bianchi.

        Q&A with Cristian in the main office, 2:45 (AP Dwyer, SSS Bianchi):
        Q: Did you stab L.M.?
        A: He came at me. I just swung.
        Q: Where did the knife come from?
        A: My house.
        Q: Where's that?
        A: Orient Heights.
        Q: Why bring a knife?
        A: Cause he said after school he was gonna get me.
        Q: Did he have anything?
        A: I don't know. I didn't see.
        Parents reached 3:00. BPD school unit on scene 2:40.
    """),
    key="stabbed", keep=["upper left arm", "12 stitches", "outside the auditorium"],
    nc=["Orient Heights"], cats=["neighborhood"], tags=["allow_violence", "trap_one_word_answer", "trap_school_named_for_place"])

# OBS-0019  BB gun -> needs an approver's determination the request does not carry
add(ground="weapon", weapon="BB gun", school="Orchard Gardens K-8 School", name="Jamari Lewis", grade=7,
    at="2026-04-29T12:30:00-04:00", loc="Orchard Gardens K-8 School, playground",
    desc=D("""
        Recess aide saw Jamari showing a black pistol to other kids by the fence. SSS took it: it is a Crosman BB pistol, CO2, no cartridge in it.
        Q: Whose is it?
        A: Mine. From my birthday.
        Q: Did you point it at anyone?
        A: No. Just showed.
        Q: Is it loaded?
        A: No BBs. They're at home.
        Parent came at 1:15.
    """),
    decision="deny", reason="other",
    nc=[], cats=[], tags=["deny_replica"])

# OBS-0020  credible threat; the neighbourhood sits in the threat_statement itself
add(ground="credible_threat", school="New Mission High School", name="Kiara Simmons", grade=11,
    at="2025-11-13T15:30:00-05:00", loc="New Mission High School, 3rd floor girls' bathroom",
    threat="Kiara (lives off Bowdoin St) told two girls in the 3rd floor girls' bathroom \"tomorrow I'm bringing my blade and I'm cutting Tasha's face, watch\". Tasha W. is a grade 11 student; the two had a fight in October.",
    desc=D("""
        AP Monteiro's interview with Kiara, 11/13 approx 3:45.
        AP: Two girls told me what you said in the bathroom. Tell me what you said.
        Kiara: I said I was gonna cut her.
        AP: Cut who?
        Kiara: Tasha. She knows why.
        AP: With what?
        Kiara: My blade. It's a razor, I keep it at home.
        AP: Were you going to bring it tomorrow?
        Kiara: I don't know. I was mad.
        [Kiara agreed to a bag check, nothing found. Grandmother picked her up 4:20. Tasha's family called.]
    """),
    key="razor", keep=["I said I was gonna cut her", "It's a razor, I keep it at home"],
    nc=["Bowdoin"], cats=["neighborhood"], tags=["allow_threat", "trap_threat_field"])

# OBS-0021  cocaine; a staff member's improper question, struck, and the parent's asylum worry
add(ground="drugs", substances=["cocaine"], school="Brighton High School", name="Luis Alvarado", grade=12,
    at="2026-02-04T09:15:00-05:00", loc="Brighton High School, parking lot by the gym doors",
    desc=D("""
        Interview notes, AP Corcoran with SSS Flanagan present, 2/4 9:30. Re: small baggie of white powder (field test by BPD school officer positive for cocaine, about 1 gram) found in Luis's car in the student lot after a teacher smelled weed at the gym doors.
        Q: Is this yours?
        A: It was in my car so I guess.
        Q: Where did you get it?
        A: A party Saturday.
        Q: Did you sell any at school?
        A: No.
        Q: Is your family undocumented?
        [Asked by SSS Flanagan. I stopped the interview and told him we do not ask this. Struck from the questions. Luis did not answer.]
        Q: Did you use any today?
        A: No.
        Mother came in at 11. She asked whether the police will call immigration because her husband has an asylum case pending. I told her we do not share that.
        Also found: a half-smoked blunt in the cupholder.
    """),
    key="cocaine", keep=["about 1 gram", "student lot", "half-smoked blunt"],
    nc=["undocumented", "asylum", "call immigration"], cats=["immigration_status"],
    tags=["allow_drugs", "trap_question_reveals", "trap_mixed_substances"])

# OBS-0022  nips of vodka -> alcohol only
add(ground="drugs", substances=["vodka"], school="Fenway High School", name="Maya Goldberg", grade=11,
    at="2025-10-24T12:05:00-04:00", loc="Fenway High School, 2nd floor girls' bathroom",
    desc=D("""
        Q: What's in the bottles?
        A: Nips. Vodka.
        Q: How many did you have?
        A: Two. The rest are for after.
        Q: Where did you get them?
        A: My sister's friend. She's 21.
        Q: Anything else?
        A: No, I swear. No pills, nothing.
        [5 unopened 50ml nips in her bag, 2 empties in the bathroom trash. Nurse checked her, ok. Dad picked up at 1.]
    """),
    decision="deny", reason="excluded_substance",
    nc=[], cats=[], tags=["deny_excluded_substance"])

# OBS-0023  stun gun; "who are you with" answered with "nobody"
add(ground="weapon", weapon="stun gun", school="Boston Green Academy", name="Nasir Holloway", grade=10,
    at="2026-01-08T13:45:00-05:00", loc="Boston Green Academy, A-wing stairwell",
    desc=D("""
        AP Rooney: We found this stun gun in the A-wing stairwell and two kids say it fell out of your jacket. Is it yours?
        Nasir: Yeah.
        AP Rooney: Did you use it on anybody?
        Nasir: I zapped it in the air. I didn't touch nobody with it.
        AP Rooney: Why do you have a stun gun at school?
        Nasir: It's the walk. People be out there.
        AP Rooney: Who are you with?
        Nasir: Nobody, I'm not in nothing. I walk by myself, that's the problem.
        AP Rooney: Where did you buy it?
        Nasir: A store downtown. Like a phone store.
        [Purple, flashlight-shaped, sparks when the button is pushed. Kept in the office safe.]
    """),
    key="stun gun", keep=["A-wing stairwell", "flashlight-shaped", "I zapped it in the air"],
    nc=[], cats=[], tags=["allow_weapon", "allow_clean", "trap_not_in_nothing"])

# OBS-0024  assault with a chair; recorded statement; the SSS shares her first name with a city
add(ground="serious_violence", school="Community Academy of Science and Health", name="Jonathan Pichardo", grade=10,
    at="2025-12-16T10:15:00-05:00", loc="Community Academy of Science and Health, room 207",
    desc=D("""
        Recorded statement, 12/16, taken by SSS Chelsea Walsh in the conference room, 10:40, 5 min.
        SSS Walsh: Jonathan, tell me in your own words.
        Jonathan: He kept saying stuff. I picked up the chair and threw it.
        SSS Walsh: Where did it hit him?
        Jonathan: His head. I didn't think it would hit him like that.
        SSS Walsh: Was anyone else near him?
        Jonathan: The teacher was by the board.
        Summary: the metal chair struck the other student (R.T., gr 10) on the back of the head in room 207. R.T. lost consciousness for about a minute; EMS took him to Boston Medical Center, concussion and scalp laceration closed with glue. Teacher Ms. Hayward confirms.
    """),
    student_extra={"race_ethnicity": "Hispanic/Latino", "country_of_birth": "Dominican Republic",
                   "entry_date_us_schools": "2023-09-06"},
    key="metal chair", keep=["SSS Chelsea Walsh", "lost consciousness for about a minute", "room 207"],
    nc=["Hispanic", "Dominican Republic", "2023-09-06"], cats=["ethnicity", "national_origin"],
    tags=["allow_violence", "trap_staff_place_name", "trap_structured_field"])

# OBS-0025  knife, but the recipient is immigration enforcement
add(ground="weapon", weapon="knife", school="East Boston High School", name="Brayan Castillo", grade=10,
    at="2026-02-12T08:20:00-05:00", loc="East Boston High School, main entrance scanner",
    recipient="ice/ero-boston",
    desc=D("""
        Scanner hit at the main entrance 8:20. SSS found a 4 inch folding knife in his sneaker.
        Q: Why is this in your shoe?
        A: Everybody carry something.
        Q: Did you threaten anyone?
        A: No.
        Q: How long have you been in the country?
        A: Eight months. [Student is recently arrived from Honduras, no papers per his aunt.]
    """),
    decision="deny", reason="recipient_not_permitted",
    nc=["Honduras", "no papers", "recently arrived", "been in the country"], cats=["national_origin", "immigration_status"],
    tags=["deny_recipient", "trap_question_reveals"])

# OBS-0026  bomb threat note; three students questioned; one says he only writes in another script
add(ground="credible_threat", school="Boston Community Leadership Academy", name="Omar Haddad", grade=10,
    at="2026-03-25T09:10:00-04:00", loc="Boston Community Leadership Academy, 1st floor boys' bathroom, 2nd stall",
    threat="Handwritten note on the 2nd stall wall of the 1st floor boys' bathroom, found 9:10 on 3/25: \"BOMB IN THE GYM THURSDAY 10AM - EVERYBODY DIES - O.H.\" Omar H. was seen by a classmate writing on the stall wall on 3/24.",
    desc=D("""
        Custodian found the note at 9:10 and photographed it before washing it off. Building swept by BPD, nothing found. AP Santiago and SSS Kowalczyk questioned three students seen going into that bathroom between 8:00 and 9:00, and Omar, whose initials are on the note.

        Student 1 (gr 9): Q: Did you write on the wall? A: No. Q: Did you see who did? A: No.
        Student 2 (gr 10): Q: Did you see anyone writing in the 2nd stall? A: Yesterday. Omar. Sharpie. Q: What did it say? A: I didn't read it. Q: Sure? A: Something about the gym.
        Student 3 (gr 10): Q: Did you write it? A: No. Q: Seen anything? A: No.

        Omar (10:05, mother present from 10:30):
        Q: Did you write "bomb in the gym Thursday"?
        A: No.
        Q: Student 2 saw you with a Sharpie in that stall yesterday.
        A: I was writing my name. Everybody writes their name.
        Q: The note is signed O.H.
        A: Anybody can write O.H.
        Q: Can I see your handwriting? Write "bomb in the gym Thursday" on this paper.
        A: I don't write with the big letters much. At home I write Arabic.
        [He wrote it anyway. AP's opinion: the B and the Y look like the wall note. Black Sharpie found in his pencil case.]
        Q: Is there anything in the gym Thursday we should know about?
        A: No. Nothing. I swear.
        Safety assessment team meeting 3/26 7:30am.
    """),
    key="Sharpie", keep=["BOMB IN THE GYM THURSDAY", "Black Sharpie found in his pencil case", "2nd stall"],
    nc=["Arabic"], cats=["language"], tags=["allow_threat", "long", "trap_other_language"])

# OBS-0027  nicotine pouches and a Juul -> nicotine only
add(ground="drugs", substances=["nicotine pouches", "Juul"], school="Boston Latin Academy", name="Connor Walsh", grade=10,
    at="2025-11-20T10:55:00-05:00", loc="Boston Latin Academy, 3rd floor boys' bathroom",
    desc=D("""
        AP: What's in the tin?
        Student: Zyns.
        AP: And the Juul?
        Student: Mint. It's just nicotine.
        AP: Anybody else using with you?
        Student: No comment.
        AP: Where do you buy them?
        Student: A store in Roslindale Square that doesn't card.
        [Tin of 15 Zyn pouches and a Juul with a mint pod. No other items. Parent called.]
    """),
    decision="deny", reason="excluded_substance",
    nc=[], cats=[], tags=["deny_excluded_substance"])

# OBS-0028  expandable baton; the crew is in a record field only
add(ground="weapon", weapon="expandable baton", school="Jeremiah E. Burke High School", name="Terrell Vance", grade=11,
    at="2025-10-09T14:35:00-04:00", loc="Jeremiah E. Burke High School, side lot by Washington St door",
    desc=D("""
        SSS Odom saw Terrell flick open a black expandable baton (21 inch, steel) and swing it at a pole while waiting at the side door at dismissal. Nobody struck.
        Odom: Give it here.
        Terrell: It's for my protection, sir.
        Odom: You swung it.
        Terrell: At the pole! Not at nobody.
        Odom: Where'd it come from?
        Terrell: Online.
        Odom: Who you worried about?
        Terrell: People. I'm not saying names.
        Brought to AP Ng, mom called at 2:55, came at 3:30.
    """),
    student_extra={"safety_flags": [{"type": "SRG", "detail": "suspected associate - Ridgecrest crew", "source": "SSS report 2025-05"}]},
    key="expandable baton", keep=["21 inch", "swing it at a pole", "I'm not saying names"],
    nc=["Ridgecrest"], cats=["gang_affiliation"], tags=["allow_weapon", "trap_structured_field"])

# OBS-0029  group assault; the location field carries the victim's housing development
add(ground="serious_violence", school="Madison Park Technical Vocational High School", name="Jaquan Spears", grade=12,
    at="2026-04-14T15:05:00-04:00",
    loc="Madison Park TVHS rear parking lot (walk-through to the Lenox St development, where the victim lives)",
    desc=D("""
        At approx 3:05 Jaquan and two other students knocked a grade 10 student (P.O.) to the ground in the rear parking lot and kicked and stomped him. P.O. had a fractured eye socket and was taken to Boston Medical Center for surgery the next morning. Video from the lot camera shows Jaquan stomping on P.O.'s head twice.

        Jaquan, 3:45, AP Benoit and SSS Crowley:
        AP: We have the lot camera. You know what's on it.
        Jaquan: I know.
        AP: Why?
        Jaquan: He owed my boy money.
        AP: Who are the other two?
        Jaquan: I'm not saying.
        AP: Did you know he was hurt bad?
        Jaquan: Not till the ambulance.
    """),
    nc_in_loc=True,
    key="fractured eye socket", keep=["stomping on P.O.'s head twice", "He owed my boy money"],
    nc=["Lenox St"], cats=["neighborhood"], tags=["allow_violence", "trap_location_field"])

# OBS-0030  knife, but addressed to a federal investigations unit
add(ground="weapon", weapon="knife", school="Excel High School", name="Kelvin Osei", grade=9,
    at="2026-01-27T11:30:00-05:00", loc="Excel High School, cafeteria",
    recipient="dhs/hsi-boston",
    desc=D("""
        Q: Why did you have the knife at lunch?
        A: To cut my food. It's a butter knife from home.
        Q: It has a 5 inch blade with a point.
        A: It's what we have.
        Q: Did you point it at anyone?
        A: No.
        [Ghanaian family, father on a student visa. Student very upset about the phone call home.]
    """),
    decision="deny", reason="recipient_not_permitted",
    nc=["Ghanaian", "student visa"], cats=["ethnicity", "immigration_status"], tags=["deny_recipient"])

# OBS-0031  oxycodone not prescribed; a religious fast given as the reason for feeling sick
add(ground="drugs", substances=["oxycodone"], school="Edward M. Kennedy Academy for Health Careers", name="Aisha Mohamed", grade=11,
    at="2026-02-24T10:00:00-05:00", loc="Edward M. Kennedy Academy for Health Careers, nurse's office",
    desc=D("""
        Nurse Brennan's questions when Aisha came in dizzy at 10:00, then AP Ruiz from 10:20.
        Nurse: Did you eat today?
        Aisha: No, I'm fasting for Ramadan.
        Nurse: Did you take anything?
        Aisha: A pill for my period cramps. My friend gave it.
        Nurse: Do you still have it?
        Aisha: [gave a small foil packet with 2 more tablets, round, white, stamped "M 523"] 
        AP Ruiz: Who is the friend?
        Aisha: I don't want her in trouble.
        AP Ruiz: Are these prescribed to you?
        Aisha: No.
        Nurse identified M 523 as oxycodone/acetaminophen 10/325. Aisha monitored until mom arrived at 11:15; vitals normal.
    """),
    key="oxycodone", keep=["M 523", "small foil packet", "Are these prescribed to you?"],
    nc=["Ramadan"], cats=["religion"], tags=["allow_drugs", "trap_religion_answer"])

# OBS-0032  knife; broken English; a one-word answer that is a country
add(ground="weapon", weapon="knife", school="Boston International Newcomers Academy", name="Edwin Pacheco", grade=10,
    at="2025-10-30T09:40:00-04:00", loc="Boston International Newcomers Academy, room 121",
    desc=D("""
        Teacher saw a knife in Edwin's open backpack in room 121 (fixed blade, wooden handle, about 5 inch, in a leather sheath). AP Shaughnessy with SSS Vargas, 9:55.
        Q: Do you understand me okay?
        A: Little. Español better.
        Q: Is this your knife?
        A: Yes. Is for work.
        Q: What work?
        A: Cut the grass, the bushes, Saturday.
        Q: Where did you get it?
        A: Guatemala.
        Q: Did you want to hurt somebody?
        A: No, no. Nobody. I forget it in the bag.
        No threats, nobody hurt. Father came at 11.
    """),
    key="fixed blade", keep=["leather sheath", "room 121", "I forget it in the bag"],
    nc=["Español", "Guatemala"], cats=["language", "national_origin"],
    tags=["allow_weapon", "trap_one_word_answer", "trap_broken_english", "trap_school_named_for_place"])

# OBS-0033  threat in a recorded statement, but no threat_statement field
add(ground="credible_threat", school="Fenway High School", name="Liam O'Rourke", grade=11,
    at="2025-12-11T12:40:00-05:00", loc="Fenway High School, library",
    desc=D("""
        Recorded statement summary, 12/11, 1:10pm, 7 min. Liam admits telling M.F. in the library "you're on my list, I'm coming for your whole family Monday". Says he has no weapons and it was "a figure of speech". Says he lives with his mom in West Roxbury. Counselor notes prior ideation in November.
    """),
    decision="deny", reason="missing_threat_statement",
    nc=["West Roxbury"], cats=["neighborhood"], tags=["deny_threat_missing"])

# OBS-0034  threat; the student brings up his religion in an answer
add(ground="credible_threat", school="Brighton High School", name="Yusuf Farah", grade=10,
    at="2026-03-03T11:45:00-05:00", loc="Brighton High School, 2nd floor hallway outside room 226",
    threat="Yusuf told three students outside room 226: \"keep saying it and I'll bring a knife and stab you in the neck, I'm dead serious\". He then pushed one of them into the lockers.",
    desc=D("""
        AP Halloran, 12:05.
        AP: What happened outside 226?
        Yusuf: They keep calling me terrorist. Every day since September.
        AP: Why?
        Yusuf: Cause I'm Muslim and I pray at lunch.
        AP: What did you say back to them?
        Yusuf: I said I'd stab him in the neck. I'm not gonna. I was just done.
        AP: Do you have a knife here or at home?
        Yusuf: At home, in the kitchen, like everyone.
        [I will open a separate bullying investigation for the "terrorist" comments. Bag check - nothing.]
    """),
    key="stab you in the neck", keep=["I said I'd stab him in the neck", "outside 226"],
    nc=["Muslim", "I pray at lunch"], cats=["religion"], tags=["allow_threat", "trap_religion_answer"])

# OBS-0035  razor blade cut; the slur quoted in an answer names an ethnicity
add(ground="serious_violence", weapon="razor blade", school="Jeremiah E. Burke High School", name="Shanice Davenport", grade=11,
    at="2025-11-04T13:20:00-05:00", loc="Jeremiah E. Burke High School, 2nd floor girls' bathroom",
    desc=D("""
        At approx 1:20 Shanice cut another student (I.G., gr 11) on the left cheek with a razor blade in the 2nd floor girls' bathroom. Cut about 2 inches; EMS took I.G. to Carney Hospital, 14 stitches.

        Victim, in the nurse's office, AP Moss:
        Q: What happened?
        A: She came in and we were arguing and she cut me.
        Q: What were you arguing about?
        A: Her boyfriend. And she called me a dirty Cape Verdean.
        Q: Did you see the blade?
        A: She had it between her fingers. Like a little square thing.

        Shanice, 2:00, AP Moss and SSS Pina:
        Q: Did you cut I.G.?
        A: She swung first.
        Q: Where is the blade now?
        A: I threw it in the trash in there.
        [Single-edge razor blade recovered from the bathroom trash by SSS Pina, blood on it.]
    """),
    key="razor blade", keep=["left cheek", "14 stitches", "between her fingers"],
    nc=["Cape Verdean"], cats=["ethnicity"], tags=["allow_violence"])

# OBS-0036  stolen Chromebooks -> theft is not a ground
add(ground="theft", school="Lilla G. Frederick Pilot Middle School", name="Jayden Pires", grade=8,
    at="2026-05-13T10:00:00-04:00", loc="Lilla G. Frederick Pilot Middle School, library cart",
    desc=D("""
        Q: Did you take the Chromebooks from the cart?
        A: Two.
        Q: Where are they?
        A: I sold them.
        Q: To who?
        A: A guy by my house.
        Q: Where's your house?
        A: Roslindale.
        Q: How much?
        A: $40.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=["Roslindale"], cats=["neighborhood"], tags=["deny_ground", "trap_one_word_answer"])

# OBS-0037  ecstasy pills; "a kid from Lenox"
add(ground="drugs", substances=["MDMA"], school="Dearborn STEM Academy", name="Tamia Brooks", grade=12,
    at="2026-05-21T09:30:00-04:00", loc="Dearborn STEM Academy, senior lounge",
    desc=D("""
        Senior lounge, 9:30. Teacher saw Tamia hand a small bag to another senior. Bag had 5 pink pills shaped like a skull ("molly" per both students).
        AP Greaves: How many did you have?
        Tamia: Seven. I already gave two out.
        AP Greaves: For money?
        Tamia: $20 each. For the senior trip party.
        AP Greaves: Where did you get them?
        Tamia: A kid I know. I'm not saying his name.
        AP Greaves: Did you take any?
        Tamia: Not today.
        AP Greaves: Your mom's number in Aspen isn't working. Where are you living now?
        Tamia: We moved to the Lenox in January. Call my aunt, she's in my phone.
        [Both students' parents called. Pills held for the BPD school officer.]
    """),
    key="molly", keep=["5 pink pills shaped like a skull", "$20 each"],
    nc=["Lenox"], cats=["neighborhood"], tags=["allow_drugs"])

# OBS-0038  loaded pistol; several interviews; a deaf parent with an interpreter; a development named
add(ground="weapon", weapon="firearm", school="Boston Day and Evening Academy", name="Malik Jennings", grade=11, use_age=True,
    at="2026-03-19T17:20:00-04:00", loc="Boston Day and Evening Academy, evening session, 2nd floor lounge",
    desc=D("""
        Incident summary and interview notes - Dean A. Kowalski, 3/19/26 (evening program)

        5:20pm: student J.P. told evening security (Mr. Haskins) that Malik had "a strap" in his bag in the 2nd floor lounge. Mr. Haskins and I went up, asked Malik to come with us with his bag; he came without a problem. In the office Mr. Haskins asked to look in the bag; Malik said "go ahead, it's not mine though". Inside a black Nike drawstring bag inside the backpack: a black 9mm semi-automatic handgun (Taurus G2C), magazine inserted with 7 rounds, no round in the chamber. Mr. Haskins did not handle it further. BPD arrived 5:34 and took the gun.

        Interview with J.P. (5:40):
        Q: How did you know about the bag?
        A: He showed me. In the stairwell before class. He unzipped it.
        Q: Did he say anything?
        A: He said "I'm not getting caught lacking again."
        Q: Did he point it at anyone?
        A: No.

        Interview with Malik (5:50, BPD present in the hallway, not in the room):
        Q: Whose gun is this?
        A: Not mine.
        Q: It was in your bag.
        A: Somebody must've put it there.
        Q: J.P. says you showed it to him in the stairwell.
        A: J.P. lying.
        Q: What does "caught lacking again" mean?
        A: I didn't say that.
        Q: Where were you before you came to class?
        A: Home. Cathedral. Then the train.
        Q: Who's at home?
        A: My mom. She's deaf, you have to text her.
        Q: Is there anybody you're scared of?
        A: I'm not answering that.

        6:30: Mother arrived; the conversation with her went through an ASL interpreter (Ms. Forde, agency). Mother said Malik was jumped in February near the train and she has been worried.

        Malik was released to his mother after BPD spoke with them. Bag and contents other than the gun stay in the office safe.
    """),
    key="Taurus G2C", keep=["7 rounds", "no round in the chamber", "I'm not getting caught lacking again"],
    nc=["Cathedral", "ASL"], cats=["neighborhood", "language"],
    tags=["allow_weapon", "long", "trap_after_school", "trap_one_word_answer"])

# OBS-0039  airsoft pistol -> deny
add(ground="weapon", weapon="airsoft pistol", school="Josiah Quincy Upper School", name="Kenny Zhao", grade=8,
    at="2025-12-02T08:45:00-05:00", loc="Josiah Quincy Upper School, 3rd floor hallway",
    desc=D("""
        SSS: What is this?
        Student: Airsoft. It shoots the plastic BBs.
        SSS: Why is it here?
        Student: I was going to a friend's after school to play.
        SSS: Did you point it at anyone?
        Student: No.
        [Black, looks real, orange tip painted over black. Mother picked up. Her English is limited so the Cantonese line was used.]
    """),
    decision="deny", reason="other",
    nc=["Cantonese", "English is limited"], cats=["language"], tags=["deny_replica"])

# OBS-0040  threat to shoot at a game; a row of one-word answers ending with a neighbourhood
add(ground="credible_threat", school="Another Course to College", name="Devonte Rivers", grade=12,
    at="2026-01-30T14:15:00-05:00", loc="Another Course to College, gym",
    threat="After the 1/29 game Devonte told the other team's captain in the gym hallway \"Friday I'm coming back with the blicky, that's on my mother\". Staff heard it; the return game is Friday 1/30 at 6pm in the ACC gym.",
    desc=D("""
        Dean Furtado - questions to Devonte, 1/30, 8:15am. He answered most with one word.
        Q: Did you say you'd come back Friday with a blicky?  A: Yes.
        Q: What's a blicky?  A: Gun.
        Q: Do you have one?  A: No.
        Q: Can you get one?  A: Maybe.
        Q: Were you serious?  A: No.
        Q: Why say it?  A: Mad.
        Q: Where did you go after the game?  A: Home.
        Q: Where's home?  A: Dorchester.
        Q: Who's there?  A: Grandma.
        Q: Will you stay away from the game tonight?  A: Yes.
        Game moved to an afternoon time with BPD detail. Devonte on a safety plan.
    """),
    key="blicky", keep=["come back Friday with a blicky", "Can you get one?"],
    nc=["Dorchester"], cats=["neighborhood"], tags=["allow_threat", "trap_one_word_answer", "trap_after_school"])

# OBS-0041  knife; the student refuses to give an address, the record has it; staff named for a development
add(ground="weapon", weapon="knife", school="Dearborn STEM Academy", name="Andre Kimbrough", grade=9,
    at="2025-09-24T10:25:00-04:00", loc="Dearborn STEM Academy, 4th floor science wing",
    desc=D("""
        Mr. Franklin (SSS) - notes of questions to Andre, 9/24, 10:35, AP Whelan present.
        Q: The teacher saw you open a knife in the science wing. Is this it? [red multi-tool, 2.5 inch locking blade]
        A: Yeah but it's a tool.
        Q: Did you open it near another student?
        A: I was cleaning my nails.
        Q: Why bring it?
        A: I always have it. My grandfather gave it.
        Q: We need to send a letter home. What's your address?
        A: I'm not telling you where I live.
        Q: Why not?
        A: Cause last time y'all sent somebody to my house.
        Q: Okay. Is your mom's number still good?
        A: Yeah.
        [Address is in Aspen; the letter went out from there. No threats made. Knife held in the main office.]
    """),
    student_extra={"aspen": {"address_line1": "212 Harvard St Apt 3", "zip": "02124", "ward": "14"}},
    key="multi-tool", keep=["Mr. Franklin", "2.5 inch locking blade", "cleaning my nails"],
    nc=["Harvard St", "02124"], cats=["neighborhood"],
    tags=["allow_weapon", "trap_refusal", "trap_staff_place_name", "trap_structured_field"])

# OBS-0042  asks for yearbook photos to run a face search -> denied outright
add(ground="serious_violence", school="The English High School", name="Marquise Boyd", grade=11,
    at="2026-02-18T15:10:00-05:00", loc="The English High School, bus stop on Washington St at dismissal",
    desc=D("""
        A grade 10 student was punched and kicked at the bus stop at dismissal and had a broken jaw. Two witnesses interviewed by AP Cho:
        W-1: Q: Who did it? A: Kid in a gray hoodie, I think Marquise. Q: Sure? A: Like 70%.
        W-2: Q: Did you see his face? A: Not really, just from the side.
        BPD detective asked us to send Marquise's yearbook photo and the 11th grade photo roster so their facial recognition can compare against the bus camera. Attaching them.
    """),
    attachments=[{"kind": "photo", "name": "yearbook_gr11_roster.zip"},
                 {"kind": "photo", "name": "Boyd_M_portrait_2025.jpg"}],
    decision="deny", reason="face_surveillance",
    nc=[], cats=["face_surveillance"], tags=["deny_face"])

# OBS-0043  kicked down the stairs; an ice-breaker question answered with the country of origin
add(ground="serious_violence", school="Jeremiah E. Burke High School", name="Wesley Tavares", grade=10,
    at="2025-10-07T11:50:00-04:00", loc="Jeremiah E. Burke High School, north stairwell, 2nd to 1st floor",
    desc=D("""
        Wesley kicked another student (D.L., gr 10) in the back on the north stairwell; D.L. fell about 8 steps. Broken right wrist and a concussion; EMS to Boston Medical Center.

        Interview, AP Rosario, 12:15. He was nervous so I started easy.
        Q: How long have you been at the Burke?
        A: Since September.
        Q: And before that?
        A: I came to Boston in June. From Cabo Verde.
        Q: Okay. Tell me about the stairs.
        A: He said something about my mother. On the stairs. So I kick him.
        Q: Where did you kick him?
        A: The back. I didn't think he fall all the way.
        Q: Did anyone else touch him?
        A: No, only me.
        [Camera on the north stairwell confirms one kick from behind, nobody else involved.]
    """),
    key="broken right wrist", keep=["fell about 8 steps", "one kick from behind", "north stairwell"],
    nc=["Cabo Verde"], cats=["national_origin"],
    tags=["allow_violence", "trap_question_reveals"])

# OBS-0044  THC gummies only -> excluded
add(ground="drugs", substances=["THC gummies"], school="Henderson K-12 Inclusion School", name="Sophia Lin", grade=8,
    at="2026-04-02T12:00:00-04:00", loc="Henderson K-12 Inclusion School, lunchroom",
    desc=D("""
        Lunch aide reported three 8th graders sharing gummies; one got sick. Nurse questions, then AP:
        Q: Where did the gummies come from?
        A: I brought them. From my cousin's stash.
        Q: Do you know what's in them?
        A: THC. The bag says 10mg.
        Q: How many did you give out?
        A: Four.
        All three students checked by the nurse; one sent home with a parent. No other substance found.
    """),
    decision="deny", reason="excluded_substance",
    nc=[], cats=[], tags=["deny_excluded_substance"])

# OBS-0045  powder in folds; questions to the parent by e-mail, with the home address in the reply
add(ground="drugs", substances=["heroin"], school="Madison Park Technical Vocational High School", name="Christopher Doyle", grade=12,
    at="2025-12-12T09:20:00-05:00", loc="Madison Park TVHS, automotive shop locker room",
    desc=D("""
        SSS Oyelaran found 11 small glassine folds of tan powder stamped with a red star in Christopher's locker in the automotive shop locker room after another student reported he was selling. BPD school officer field-tested one: positive for heroin/fentanyl.

        Christopher (9:45, AP Leary): said "I don't know how that got there", then "it's for me", then declined to answer.

        E-mail to his father, 12/12 12:30 pm, and his reply at 4:02 pm:
        > Q1. Are you aware of any drug use at home? -- No. He has been different since his mother passed.
        > Q2. Do you want us to connect you with the recovery coach at BMC? -- Yes please.
        > Q3. Can we mail the suspension letter to the address we have (Whittier Street apartments, bldg 4)? -- Yes, same. Apt 406.
        > Q4. Will you attend the re-entry meeting 12/16 at 8? -- I will be there.
    """),
    key="glassine", keep=["11 small glassine folds", "red star", "automotive shop locker room"],
    nc=["Whittier Street", "Apt 406"], cats=["neighborhood"], tags=["allow_drugs", "trap_email_followup"])

# OBS-0046  mace; a student record carrying its own interview log
add(ground="weapon", weapon="mace", school="New Mission High School", name="Destiny Alvarez", grade=9,
    at="2026-03-10T08:50:00-04:00", loc="New Mission High School, 2nd floor hallway by the elevator",
    desc=D("""
        AP Ortega with Destiny, 9:10.
        AP: Did you spray the mace in the hallway?
        Destiny: Not at anybody. It went off in my hand when I took it out.
        AP: Why did you take it out?
        Destiny: Brianna was walking up on me with her friends.
        AP: Did anyone get it in their face?
        Destiny: Me. And the boy by the elevator, a little.
        Nurse flushed two students' eyes. Hallway cleared for 15 minutes. Canister (black, "Mace Brand Triple Action") held in the office.
    """),
    student_extra={"interview_log": [
        {"q": "Where do you live?", "a": "Mission Hill projects, with my mom"},
        {"q": "Who gave you the mace?", "a": "My mom. For the walk home at night."},
        {"q": "Preferred language for parent contact?", "a": "Spanish"}]},
    key="Mace Brand Triple Action", keep=["went off in my hand", "boy by the elevator", "15 minutes"],
    nc=["Mission Hill", "Spanish"], cats=["neighborhood", "language"],
    tags=["allow_weapon", "trap_structured_field"])

# OBS-0047  attendance is not a ground; the absence was for a court date on status
add(ground="attendance", school="Snowden International School", name="Daniela Ríos", grade=11,
    at="2026-01-16T09:00:00-05:00", loc="Snowden International School, attendance office",
    desc=D("""
        Attendance meeting notes.
        Q: You missed 9 days in December. Why?
        A: We had the immigration hearing in Chelmsford and then my mom was sick.
        Q: Are you working?
        A: Weekends only.
        Q: What can we do to help you get here?
        A: Nothing, it's better now.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=["immigration hearing"], cats=["immigration_status"], tags=["deny_ground"])

# OBS-0048  threat; the mother's answer names the family's faith
add(ground="credible_threat", school="Boston Arts Academy", name="Elijah Warren", grade=10,
    at="2025-11-25T13:40:00-05:00", loc="Boston Arts Academy, black box theater",
    threat="During rehearsal in the black box theater Elijah told a castmate, holding a stage knife to her throat, \"next time it's a real one and nobody will stop me, I've planned it\". He repeated \"I've planned it\" when the teacher intervened.",
    desc=D("""
        Questions to Elijah, Dean Prosper, 2:10:
        Q: What did you say to her?
        A: It was a line. It's not in the script but it was a line.
        Q: Did you say "I've planned it"?
        A: Yes.
        Q: Planned what?
        A: Nothing. The scene.
        Q: Are there weapons at home?
        A: No.

        Phone call with mother, 3:00:
        Q: Any weapons in the house, a hunting knife, a gun?
        A: No, we are Jehovah's Witnesses, there are no guns in our house, ever.
        Q: Has he said anything like this at home?
        A: He has been writing dark things in a notebook. I will bring it tomorrow.
        [Stage knife is a retractable prop, kept by the theater teacher.]
    """),
    key="stage knife", keep=["It's not in the script", "I've planned it", "dark things in a notebook"],
    nc=["Jehovah"], cats=["religion"], tags=["allow_threat", "trap_parent_answer"])

# OBS-0049  switchblade; one-word answers; the SSS has a country's name as her first name
add(ground="weapon", weapon="switchblade", school="Fenway High School", name="Dominic Ferreira", grade=12,
    at="2026-05-28T09:15:00-04:00", loc="Fenway High School, under the bleachers at the field",
    desc=D("""
        SSS Georgia Banks - questions and answers, 5/28, 9:25
        Q: Is this switchblade yours?  A: Yes.
        Q: Did you bring it today?  A: Yes.
        Q: Were you going to use it?  A: No.
        Q: Did you show it to anyone?  A: Kyle.
        Q: Where was it?  A: Bleachers.
        Q: Why was it under the bleachers?  A: Hiding it.
        Q: From who?  A: You.
        Black, 3.75 inch blade, opens with the button. Kyle confirms Dominic showed it to him under the bleachers at 9:10 and put it back in a sneaker box. No threats.
    """),
    key="switchblade", keep=["Georgia Banks", "3.75 inch blade", "sneaker box"],
    nc=[], cats=[], tags=["allow_weapon", "allow_clean", "trap_one_word_answer", "trap_staff_place_name"])

# OBS-0050  knife; addressed to the state fusion center
add(ground="weapon", weapon="knife", school="Charlestown High School", name="Patrick Kelleher", grade=10,
    at="2025-10-16T10:10:00-04:00", loc="Charlestown High School, room 118",
    recipient="commonwealth-fusion-center",
    desc=D("""
        Q: Why did you have a knife in class?
        A: Fishing. I went before school.
        Q: Did you take it out in class?
        A: It fell out of my bag.
        No threats, no injuries. 4 inch fillet knife in a plastic sheath.
    """),
    decision="deny", reason="recipient_not_permitted",
    nc=[], cats=[], tags=["deny_recipient"])

# OBS-0051  teacher's jaw broken; an answer names the group home's neighbourhood
add(ground="serious_violence", school="Community Academy of Science and Health", name="Tyquan Mosley", grade=11,
    at="2026-03-26T10:35:00-04:00", loc="Community Academy of Science and Health, room 304",
    desc=D("""
        At 10:35 Tyquan punched his math teacher (Mr. Ilg) twice in the face in room 304 when Mr. Ilg told him to put his phone away. Mr. Ilg's jaw was broken in two places (confirmed at Beth Israel that afternoon, wired shut).

        AP Donnelly, 11:00, with SSS Petrakis:
        Q: What happened?
        A: He grabbed my phone. Nobody grabs my phone.
        Q: You hit him twice.
        A: Yeah.
        Q: Are you okay? Anything going on?
        A: I'm not going back to that group home in Roxbury, they treat me like dirt.
        Q: Who can we call?
        A: My caseworker. Not my mom.
        Caseworker (DCF) called 11:20.
    """),
    key="jaw was broken in two places", keep=["punched his math teacher", "twice in the face", "room 304"],
    nc=["Roxbury"], cats=["neighborhood"], tags=["allow_violence"])

# OBS-0052  crack; "I'm not in nothing"; the interviewing SSS is named for a city
add(ground="drugs", substances=["crack cocaine"], school="Boston Green Academy", name="Jamal Whitlock", grade=12,
    at="2026-02-05T13:30:00-05:00", loc="Boston Green Academy, 1st floor boys' bathroom",
    desc=D("""
        SSS Everett (Mr. Marcus Everett) - Q/A with Jamal, 2/5, 1:45.
        Q: What's in the bag?
        A: Nothing.
        Q: It's 6 rocks of crack and a glass stem.
        A: Not mine. I'm holding it.
        Q: For who?
        A: I'm not saying.
        Q: Are you with somebody? A group?
        A: Nah. I'm not in nothing, I'm just stupid.
        Q: Did you use today?
        A: No.
        [Found in his coat pocket in the 1st floor boys' bathroom after the bathroom smelled of smoke. Nurse checked him. Grandmother picked up 2:30.]
    """),
    key="crack", keep=["6 rocks of crack", "glass stem", "Mr. Marcus Everett"],
    nc=[], cats=[], tags=["allow_drugs", "allow_clean", "trap_not_in_nothing", "trap_staff_place_name"])

# OBS-0053  hard seltzer and weed -> every substance excluded
add(ground="drugs", substances=["hard seltzer", "marijuana"], school="Brighton High School", name="Ryan Tully", grade=12,
    at="2026-05-15T19:30:00-04:00", loc="Brighton High School, gym (spring dance)",
    desc=D("""
        At the spring dance, 7:30pm, chaperone smelled alcohol.
        Q: What did you drink?
        A: Two White Claws in the car.
        Q: Anything else?
        A: A joint. That's it, I swear.
        Q: Do you have anything on you?
        A: Just a lighter.
        Parents picked up. Breath check by the nurse consistent with alcohol.
    """),
    decision="deny", reason="excluded_substance",
    nc=[], cats=[], tags=["deny_excluded_substance"])

# OBS-0054  knife; the student says which crew he is with
add(ground="weapon", weapon="knife", school="TechBoston Academy", name="Shamar Pettiford", grade=10,
    at="2025-11-12T14:00:00-05:00", loc="TechBoston Academy, 1st floor hallway by the cafeteria doors",
    desc=D("""
        SSS Mahoney and AP Kendrick, 2:20, after Shamar was seen passing a kitchen knife (8 inch, black handle) to another student by the cafeteria doors.
        AP: Who was the knife for?
        Shamar: Him. He asked to hold it.
        AP: Why did he want it?
        Shamar: Some kids been waiting for him at the bus.
        AP: Who are you with?
        Shamar: Sixx Side. Everybody knows.
        AP: Is this about that?
        Shamar: I'm not talking about that.
        The other student (R.J., gr 10) had the knife in his waistband when SSS Mahoney stopped him; he said he was going to give it back.
    """),
    key="kitchen knife", keep=["8 inch, black handle", "in his waistband", "by the cafeteria doors"],
    nc=["Sixx Side"], cats=["gang_affiliation"], tags=["allow_weapon", "trap_one_word_answer"])

# OBS-0055  threat by an online form; the family's hotel shelter and country come up
add(ground="credible_threat", school="Boston Latin Academy", name="Jean Wesley Pierre", grade=9,
    at="2026-04-16T08:00:00-04:00", loc="Boston Latin Academy, online (school Google Form)",
    threat="Anonymous response to the 9th grade feedback Google Form, submitted 4/15 11:52pm from a school account later traced by IT to Jean Wesley P.: \"i will shoot up BLA on the last day of school and the ones who laughed will go first\".",
    desc=D("""
        Summary of the questioning, 4/16, AP Mbeki and counselor Ms. Shea, 8:30-9:15.
        - Asked if he wrote the form response. Said yes after we showed him the IT log.
        - Asked who "the ones who laughed" are. Named 4 students in his Latin class who laugh at him.
        - Asked if he has a gun or can get one. Said no, "I don't even know where to get one".
        - Asked where he is living now because the address in Aspen bounced. Said the family is at the Quality Inn in Revere "since we came from Haiti in November", four of them in one room.
        - Asked if he'd thought about hurting himself. Said "sometimes". Counselor started a risk assessment.
        - Asked if he meant to do it. Said "no, I wanted them to be scared like me".
        Parent contacted through the family liaison at 9:20.
    """),
    key="Google Form", keep=["Said yes after we showed him the IT log", "Named 4 students in his Latin class"],
    nc=["Quality Inn", "Revere", "Haiti"], cats=["neighborhood", "national_origin"],
    tags=["allow_threat", "trap_paraphrased_notes"])

# OBS-0056  threat made to a coach; no threat_statement on the request
add(ground="credible_threat", school="East Boston High School", name="Matteo Russo", grade=11,
    at="2025-12-04T16:10:00-05:00", loc="East Boston High School, locker room after practice",
    desc=D("""
        Coach Lombardi's account and the questions after.
        Coach: What did you say to Danny?
        Matteo: I said I'm gonna bring my cousin's piece and light him up Saturday.
        Coach: Do you have access to that?
        Matteo: Maybe.
        Coach: Where does your cousin live?
        Matteo: Maverick Square, by the T.
        Reported to the AP at 4:30.
    """),
    decision="deny", reason="missing_threat_statement",
    nc=["Maverick Square"], cats=["neighborhood"], tags=["deny_threat_missing", "trap_school_named_for_place"])

# OBS-0057  choking in a stairwell; a witness names the language he was yelling in
add(ground="serious_violence", school="Excel High School", name="Roody Desir", grade=12,
    at="2026-01-21T12:25:00-05:00", loc="Excel High School, east stairwell landing",
    desc=D("""
        Roody choked his ex-girlfriend (N.J., gr 11) on the east stairwell landing until she passed out for a few seconds, then let go when a teacher yelled. Red marks on both sides of her neck; EMS took her to Boston Medical Center.

        Witness 1 (gr 11), 12:50, AP Quinlan:
        Q: What did you see?
        A: He had both hands on her neck, against the wall. She was hitting his arms.
        Q: Did he say anything?
        A: He was yelling in Haitian Creole. I don't understand it.
        Q: How long?
        A: Like ten seconds? Then she went down.

        Witness 2 (teacher Ms. Abbott):
        Q: What did you see when you got to the landing?
        A: N.J. on the floor, not moving, and Roody standing over her. I yelled and he ran up the stairs.

        Roody (1:15): declined to answer questions until his father arrives.
    """),
    key="choked", keep=["both hands on her neck", "passed out", "east stairwell landing"],
    nc=["Haitian", "Creole"], cats=["language"], tags=["allow_violence", "trap_witness_reveals_language"])

# OBS-0058  taser; numbered questions; the meeting interpreter question
add(ground="weapon", weapon="taser", school="Lilla G. Frederick Pilot Middle School", name="Hanan Tesfaye", grade=8,
    at="2025-10-28T11:05:00-04:00", loc="Lilla G. Frederick Pilot Middle School, 2nd floor girls' bathroom",
    desc=D("""
        Questions asked by AP Dorsey, 10/28, 11:20, with Ms. Kaye (counselor):
        1. Is this yours? -- "Yes." (pink taser, lipstick style, sparks)
        2. Where did you get it? -- "My older sister."
        3. Did you use it on anyone? -- "I tried it on Jaliyah's arm in the bathroom. She said it was okay." Jaliyah has a small red mark on her left forearm; nurse saw it.
        4. Did Jaliyah really say okay? -- "Kind of."
        5. Did you bring it before? -- "Yesterday too."
        6. Will your parents need an interpreter for the meeting? -- "Yes, Amharic. My dad reads English a little."
        7. Anything else you want to tell me? -- "I'm sorry."
    """),
    student_extra={"parent_language": "Amharic", "lep_parent": True},
    key="lipstick style", keep=["small red mark on her left forearm", "Yesterday too"],
    nc=["Amharic", "reads English a little"], cats=["language"], tags=["allow_weapon", "trap_home_language_question"])

# OBS-0059  replica pistol -> deny
add(ground="weapon", weapon="replica handgun", school="Mildred Avenue K-8 School", name="Xavier Greene", grade=6,
    at="2026-05-05T09:30:00-04:00", loc="Mildred Avenue K-8 School, room 204",
    desc=D("""
        Q: Where did you get this?
        A: It's my brother's from a movie thing. It's fake.
        Q: Why did you bring it?
        A: To show people.
        Q: Did you point it at anybody?
        A: At Mikey, but he knew it was fake.
        [Metal replica, no barrel opening, cannot fire. Looks real. Mom came in.]
    """),
    decision="deny", reason="other",
    nc=[], cats=[], tags=["deny_replica"])

# OBS-0060  fentanyl powder; the interview was held in another language and the AP says so
add(ground="drugs", substances=["fentanyl"], school="Rafael Hernández K-8 School", name="Ángel Medina", grade=8,
    at="2026-03-05T10:40:00-05:00", loc="Rafael Hernández K-8 School, 3rd floor boys' bathroom",
    desc=D("""
        [Interview done in Spanish by AP Ortiz because the student asked; these are my own notes in English.]
        Asked what the white powder in the folded dollar bill was. Said "fenty", a boy at the park sold it to him for $20. Asked if he used it. Said he sniffed "a little" in the 3rd floor boys' bathroom at 10:30. Nurse assessed him right away: pupils pinpoint, sleepy; Narcan given by Nurse Colby at 10:52, he responded. EMS took him to Boston Children's.
        Asked if anyone else used. Said no. Asked who the boy is. Said he doesn't know his name, "tall, red hat".
        BPD school officer took the dollar bill and powder; field test positive for fentanyl.
    """),
    key="Narcan", keep=["folded dollar bill", "pupils pinpoint", "10:52"],
    nc=["in Spanish"], cats=["language"], tags=["allow_drugs", "trap_interviewer_remark"])

# OBS-0061  steak knife; where he lives comes out when asked where he was going
add(ground="weapon", weapon="knife", school="Boston Community Leadership Academy", name="Kareem Oduya", grade=11,
    at="2026-01-13T15:00:00-05:00", loc="Boston Community Leadership Academy, main lobby",
    desc=D("""
        SSS Ms. Milton saw the handle of a steak knife sticking out of Kareem's backpack as he left at dismissal, 3:00.
        Ms. Milton: Kareem, hold up. What's in the bag?
        Kareem: Nothing. A knife from lunch.
        Ms. Milton: That's a steak knife. We don't have those at lunch.
        Kareem: From home then.
        Ms. Milton: Where are you headed right now?
        Kareem: Home. Blue Hill Ave by Morton St. Somebody's been following me off the bus.
        Ms. Milton: Who?
        Kareem: I don't know, some older dudes.
        AP notified, mother called at 3:20. Steak knife (serrated, wooden handle) kept in the office.
    """),
    key="steak knife", keep=["Ms. Milton", "serrated, wooden handle", "following me off the bus"],
    nc=["Morton St", "Blue Hill Ave"], cats=["neighborhood"], tags=["allow_weapon", "trap_after_school", "trap_staff_place_name"])

# OBS-0062  firearm; addressed to the transit police, which the policy does not name
add(ground="weapon", weapon="firearm", school="Madison Park Technical Vocational High School", name="Darius Whitaker", grade=11,
    at="2026-02-09T07:40:00-05:00", loc="Madison Park TVHS, Ruggles side entrance",
    recipient="mbta-transit-police",
    desc=D("""
        Q: Why do you have a gun?
        A: I ride the T. I got robbed at Ruggles last month.
        Q: Is it loaded?
        A: Yeah.
        Handgun, loaded, taken by SSS at the side entrance scanner. Student cooperative.
    """),
    decision="deny", reason="recipient_not_permitted",
    nc=[], cats=[], tags=["deny_recipient"])

# OBS-0063  threat by text; the student's origin comes out in a question meant to calm him
add(ground="credible_threat", school="Orchard Gardens K-8 School", name="Adrián Colón", grade=8,
    at="2025-09-18T13:00:00-04:00", loc="Orchard Gardens K-8 School, group chat / room 311",
    threat="Text in the 8th grade group chat, 9/17 9:14pm, from Adrián's phone: \"tomorrow after lunch im bringing the knife and im stabbing Josue. Not playing\". Josue R. is in his homeroom (room 311).",
    desc=D("""
        AP Velez talked with Adrián at 8:05 before homeroom.
        AP: Did you send this?
        Adrián: Yes.
        AP: Do you have a knife with you?
        Adrián: No. Check.  [bag checked - nothing]
        AP: Is there a knife you were going to bring?
        Adrián: A kitchen one. At home.
        AP: What's going on with Josue?
        Adrián: He makes fun how I talk. Since I came.
        AP: Where were you before Boston?
        Adrián: Puerto Rico. We came after the hurricane.
        AP: Were you really going to stab him?
        Adrián: I don't know. No.
        Mother came at 9:00, agreed to lock up the knives. Josue's family informed.
    """),
    key="kitchen one", keep=["A kitchen one. At home.", "agreed to lock up the knives"],
    nc=["Puerto Rico", "after the hurricane"], cats=["national_origin"],
    tags=["allow_threat", "trap_one_word_answer"])

# OBS-0064  pen stabbed into an eye; victim's answers are one word; ethnicity in the record
add(ground="serious_violence", school="Josiah Quincy Upper School", name="Gavin Tran", grade=7,
    at="2025-11-19T09:50:00-05:00", loc="Josiah Quincy Upper School, room 402",
    desc=D("""
        Gavin stabbed a classmate (B.C., gr 7) near the right eye with a ballpoint pen in room 402. B.C. was taken to Mass Eye and Ear; the eyelid and the corner of the eye needed surgery.

        B.C. in the nurse's office, AP Sutherland:
        Q: Did Gavin do this?  A: Yes.
        Q: On purpose?  A: Yes.
        Q: Did you do anything to him first?  A: No.
        Q: Did he say anything?  A: "Watch."

        Gavin, 10:30, with his father:
        Q: Why did you do it?  A: He took my seat three days in a row.
        Q: Did you mean to hit his eye?  A: I was aiming at his face.
    """),
    student_extra={"federal_race_code": "Asian", "ethnicity_detail": "Vietnamese"},
    key="ballpoint pen", keep=["near the right eye", "I was aiming at his face", "Mass Eye and Ear"],
    nc=["Vietnamese"], cats=["ethnicity"], tags=["allow_violence", "trap_structured_field", "trap_one_word_answer"])

# OBS-0065  vandalism is not a ground
add(ground="vandalism", school="Boston Arts Academy", name="Luca Moretti", grade=10,
    at="2026-03-31T12:00:00-04:00", loc="Boston Arts Academy, 4th floor studio",
    desc=D("""
        Q: Did you spray paint the studio wall?
        A: Yes.
        Q: What does it say?
        A: My tag.
        Q: Anything else damaged?
        A: The window screen.
        Restitution agreement with parents. No threats, no weapons.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=[], cats=[], tags=["deny_ground"])

# OBS-0066  machete; the teacher interviewer's surname is a language
add(ground="weapon", weapon="machete", school="Another Course to College", name="Hector Quiñones", grade=11,
    at="2025-10-01T08:30:00-04:00", loc="Another Course to College, 1st floor bathroom",
    desc=D("""
        Mr. English (history teacher, on hallway duty) found a machete (about 18 inch blade, green handle, in a cardboard sleeve) in the 1st floor bathroom trash can at 8:30 after Hector came out. Questions by Mr. English, then Dean Furtado:
        Mr. English: Did you put something in the trash?
        Hector: No.
        Mr. English: You were the only one in there.
        Hector: ...Yeah. It's mine.
        Dean: Why would you bring a machete?
        Hector: I cut the yard for my uncle's landscaping.
        Dean: Why put it in the trash?
        Hector: Cause I saw the scanner and I panicked.
        Dean: Is this for a gang?
        Hector: No, I'm not in no gang, bro.
        Father came at 9:30 and confirmed the landscaping job.
    """),
    key="machete", keep=["Mr. English", "18 inch blade", "saw the scanner and I panicked"],
    nc=[], cats=[], tags=["allow_weapon", "allow_clean", "trap_staff_place_name"])

# OBS-0067  LSD tabs mailed to the house; the zip code appears in the answer
add(ground="drugs", substances=["LSD"], school="Boston Latin Academy", name="Nathaniel Brandt", grade=11,
    at="2026-04-28T11:25:00-04:00", loc="Boston Latin Academy, library study room 2",
    desc=D("""
        Paraphrased notes, AP Barrett, 4/28:
        - Asked what was on the sheet of paper in his wallet - said "tabs", acid. 9 squares left out of a 10-strip, cartoon print.
        - Asked where he got it - ordered online, shipped to his house on Eliot St, 02130, in a birthday card.
        - Asked who the other square went to - said he took it himself Saturday, not at school.
        - Asked if he sold or gave any at school - said a kid in study room 2 asked for one today and he was going to give it to him after 5th period; did not say the kid's name.
        Parents came at 1. Strip held for the BPD school officer.
    """),
    key="acid", keep=["9 squares left out of a 10-strip", "study room 2", "after 5th period"],
    nc=["Eliot St", "02130"], cats=["neighborhood"], tags=["allow_drugs", "trap_paraphrased_notes"])

# OBS-0068  an app search of a cell-phone video -> face surveillance
add(ground="serious_violence", school="Dorchester Academy", name="Trevor Banks", grade=10,
    at="2025-12-17T14:45:00-05:00", loc="Dorchester Academy, back stairwell",
    desc=D("""
        A student was beaten in the back stairwell and lost two teeth. Nobody would say who did it.
        Q: (to witness) Who was it?
        A: I don't know him.
        SSS ran a still from a student's phone video through the Clearview app on his phone and it came back as Trevor (from his Instagram). We then questioned Trevor:
        Q: Were you in the back stairwell at 2:45?
        A: No.
    """),
    decision="deny", reason="face_surveillance",
    nc=["Clearview"], cats=["face_surveillance"], tags=["deny_face"])

# OBS-0069  threat; the interviewer notes the student's English-learner level
add(ground="credible_threat", school="Boston International Newcomers Academy", name="Samuel Mensah", grade=11,
    at="2026-02-03T10:15:00-05:00", loc="Boston International Newcomers Academy, room 215",
    threat="Samuel wrote on a classmate's notebook in room 215: \"I will kill you Friday with my knife. You will see.\" and showed it to two students.",
    desc=D("""
        AP Callahan, 10:30. [Student is an English learner (WIDA 2.4) so I kept the questions short and checked he understood each one.]
        Q: Did you write this?  A: Yes.
        Q: What does it mean?  A: I kill him Friday.
        Q: Why?  A: He take my shoes in gym.
        Q: Do you have a knife?  A: In my house.
        Q: Will you bring it?  A: Maybe, yes.
        Q: Do you understand this is very serious?  A: Yes. I am sorry now.
        Father contacted 11:00.
    """),
    key="notebook", keep=["I kill him Friday", "Maybe, yes"],
    nc=["English learner", "WIDA"], cats=["language"],
    tags=["allow_threat", "trap_interviewer_remark", "trap_broken_english", "trap_school_named_for_place"])

# OBS-0070  unloaded pistol; where he slept last night
add(ground="weapon", weapon="firearm", school="Jeremiah E. Burke High School", name="Jerome Pollard", grade=12,
    at="2026-04-22T08:10:00-04:00", loc="Jeremiah E. Burke High School, front entrance scanner",
    desc=D("""
        Scanner alert at 8:10; SSS Odom found an unloaded black revolver (.38, no rounds, no ammunition on him) wrapped in a T-shirt in Jerome's backpack. BPD school officer took custody at 8:18.
        AP Hollis, 8:30:
        Q: Whose gun?
        A: My cousin's. He left it in my bag.
        Q: When?
        A: Last night.
        Q: Where did you sleep last night?
        A: My dad's, on Wendover St.
        Q: Did you know it was in the bag this morning?
        A: Yeah. I didn't know what to do with it so I brought it.
        Q: Why not leave it?
        A: My little brothers are there.
    """),
    key="revolver", keep=["wrapped in a T-shirt", "no rounds", "My little brothers are there"],
    nc=["Wendover St"], cats=["neighborhood"], tags=["allow_weapon", "trap_after_school"])

# OBS-0071  a fight with no serious injury, coded as a fight -> not a ground
add(ground="fight", school="Brighton High School", name="Kevin Mejía", grade=11,
    at="2025-09-26T11:40:00-04:00", loc="Brighton High School, cafeteria",
    desc=D("""
        Q: What happened at lunch?
        A: He kept saying I'm Salvadoran like it's a bad word so I hit him.
        Q: How many times?
        A: Two. Then the lunch lady grabbed me.
        Q: Is he hurt?
        A: His nose was bleeding a little.
        Other student: bloody nose, ice pack, back to class. Both suspended 1 day.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=["Salvadoran"], cats=["ethnicity"], tags=["deny_ground"])

# OBS-0072  razor blade in a wallet; the faith is only in a record field
add(ground="weapon", weapon="razor blade", school="Josiah Quincy Upper School", name="Bianca Ortiz", grade=9,
    at="2025-11-07T13:10:00-05:00", loc="Josiah Quincy Upper School, 5th floor girls' locker room",
    desc=D("""
        Notes from my conversation with Bianca, 11/7, 1:25 (AP Sutherland, Ms. Greaney from counseling present)
        - Girls in the locker room said Bianca took a razor blade out of her wallet and said "don't touch my stuff again or I'll open you up".
        - Bianca: admits the blade is hers, single edge, keeps it in the card slot of her wallet "for protection on the train".
        - Asked if she has ever used it on herself. She said "not anymore". Counselor will follow up today.
        - Asked if she meant what she said to the girls. "I meant don't touch my stuff."
        - Asked about home - said she lives with her grandmother and her grandmother would want the youth pastor to be at the meeting.
        Grandmother coming Monday 8 am.
    """),
    student_extra={"religion": "Pentecostal", "guardian": "grandmother"},
    key="single edge", keep=["card slot of her wallet", "I'll open you up", "not anymore"],
    nc=["Pentecostal"], cats=["religion"], tags=["allow_weapon", "trap_structured_field", "trap_paraphrased_notes"])

# OBS-0073  scissors stabbing; the interviewer's own question names the crew the SSS suspects
add(ground="serious_violence", weapon="scissors", school="Dorchester Academy", name="Andre Lomax", grade=11,
    at="2026-01-23T10:05:00-05:00", loc="Dorchester Academy, art room 112",
    desc=D("""
        Recorded statement, Andre, 1/23, 10:40, 8 min, AP Hartigan and SSS Keane.
        AP: You stabbed Quentin with the scissors in the art room. Why?
        Andre: He came at me first, he was saying stuff about my brother.
        AP: How many times?
        Andre: Once. In the shoulder. I let go of them.
        AP: Was this about the Columbia Point crew? SSS Keane says you're with them.
        Andre: I'm not with nobody. I don't even go over there.
        AP: Did you bring the scissors or were they from the room?
        Andre: The room. They were on the table.
        Summary: Quentin (gr 11) had a 1 inch deep wound in the back of his right shoulder; EMS to Boston Medical Center, stitched and released. Art teacher Ms. Fong confirms she had put the scissors out for the class.
    """),
    key="scissors", keep=["back of his right shoulder", "They were on the table", "art room"],
    nc=["Columbia Point"], cats=["gang_affiliation"], tags=["allow_violence", "trap_question_reveals"])

# OBS-0074  harassment is not a ground; the slur quoted names an ethnicity
add(ground="harassment", school="Boston Green Academy", name="Tyler McNeil", grade=9,
    at="2026-02-27T09:30:00-05:00", loc="Boston Green Academy, room 203",
    desc=D("""
        Q: Did you send the messages to Ana?
        A: Yeah but it was jokes.
        Q: You called her a "dirty Dominican" and told her to go back.
        A: Everybody says that.
        Q: Did you threaten her?
        A: No.
        No threat of harm. Bullying investigation opened.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=["Dominican"], cats=["ethnicity"], tags=["deny_ground"])

# OBS-0075  meth; the question about the home language asked to plan the parent call
add(ground="drugs", substances=["methamphetamine"], school="Fenway High School", name="Nikolai Petrov", grade=12,
    at="2026-03-13T12:45:00-04:00", loc="Fenway High School, outdoor courtyard",
    desc=D("""
        Q/A with Nikolai, AP Dunleavy + SSS Arnaud, 3/13, 1:00pm
        Q: The small bag in your shoe, what is it?
        A: Tina. Crystal.
        Q: Meth?
        A: Yeah.
        Q: How much is in there?
        A: Like a point. I smoked some in the courtyard at lunch.
        Q: With anyone?
        A: Alone.
        Q: Does anyone at home speak English? I need to call.
        A: My mom speaks Russian mostly. My stepdad speaks English.
        Q: Do you need the nurse?
        A: No. I'm fine. My heart's going fast.
        Nurse checked him: heart rate 128, sent to Boston Children's by EMS as a precaution.
    """),
    key="meth", keep=["small bag in your shoe", "heart rate 128", "smoked some in the courtyard"],
    nc=["Russian"], cats=["language"], tags=["allow_drugs", "trap_home_language_question"])

# OBS-0076  long threat case: friend, student and parent interviews
add(ground="credible_threat", school="John D. O'Bryant School of Mathematics & Science", name="Chidi Okonkwo", grade=10,
    at="2026-04-09T09:00:00-04:00", loc="John D. O'Bryant School, 2nd floor (room 220 and hallway)",
    threat="On 4/8 at approx 2:50pm Chidi told two classmates in room 220: \"I'm bringing a gun on Friday and I'm shooting Mr. Haley and whoever is in 220, I already have it in my closet.\" On 4/9 a classmate reported that Chidi had a photo of a handgun as his phone lock screen.",
    desc=D("""
        Investigation notes - AP N. Fitzgerald. Interviews 4/9 between 8:30 and 11:00. Counselor Ms. Ahern present for the student interviews.

        Classmate A (grade 10), 8:30:
        Q: What did Chidi say yesterday?
        A: That he's bringing a gun Friday and shooting Mr. Haley and whoever is in 220. He said it's in his closet.
        Q: Was he laughing?
        A: No. He was calm. That's what scared me.
        Q: Has he said things like this before?
        A: After Mr. Haley took his phone last week he said "he's gonna see".

        Classmate B (grade 10), 8:50:
        Q: What did you hear?
        A: Same. Gun Friday. Closet.
        Q: Did you see a gun?
        A: His lock screen is a gun. He showed me Tuesday.

        Chidi, 9:20:
        Q: Did you say you were bringing a gun Friday?
        A: I said it. I didn't mean it.
        Q: What is the picture on your lock screen?
        A: [showed it - black handgun on a bed, looks like a real photo, not a stock image] It's from a friend.
        Q: Is there a gun in your closet?
        A: No.
        Q: Is there a gun anywhere in your home?
        A: I don't know.
        Q: Where is home right now? Your mom said you've been staying somewhere else.
        A: My uncle's. In Lower Mills.
        Q: Is your family from here?
        A: My dad's Nigerian. Why does that matter?
        [It doesn't. I told him so. I was trying to find out who else lives in the house.]
        Q: Who lives at your uncle's?
        A: Him, me, my cousin. My cousin is 22.
        Q: Does your cousin have a gun?
        A: I'm not answering that.

        Mother, by phone, 10:40:
        Q: Does anyone in the family own a gun?
        A: Not that I know. His uncle maybe, I don't know.
        Q: Can you come in today?
        A: I will come at 1.

        Next steps: threat assessment team at 1:30; Mr. Haley informed; Chidi kept with the counselor until his mother arrives.
    """),
    key="lock screen", keep=["shooting Mr. Haley and whoever is in 220", "He was calm. That's what scared me.", "My cousin is 22"],
    nc=["Lower Mills", "Nigerian"], cats=["neighborhood", "ethnicity"],
    tags=["allow_threat", "long", "trap_question_reveals", "trap_one_word_answer"])

# OBS-0077  a vape of unknown content -> excluded either way
add(ground="drugs", substances=["vape (contents unknown)"], school="Charlestown High School", name="Aidan Costa", grade=9,
    at="2026-05-07T10:20:00-04:00", loc="Charlestown High School, 2nd floor boys' bathroom",
    desc=D("""
        Q: Whose vape is this?
        A: My friend's.
        Q: What's in it?
        A: I don't know. I didn't hit it.
        Q: Is it weed or nicotine?
        A: I don't know, I swear.
        Vape held, contents not tested. Parent called.
    """),
    decision="deny", reason="excluded_substance",
    nc=[], cats=[], tags=["deny_excluded_substance"])

# OBS-0078  brass knuckles; the interview file name on the attachment names the interpreter's language
add(ground="weapon", weapon="brass knuckles", school="Jeremiah E. Burke High School", name="Elton Gomes", grade=10,
    at="2025-12-10T12:35:00-05:00", loc="Jeremiah E. Burke High School, cafeteria line",
    desc=D("""
        From: SSS R. Pina
        To: AP Hollis
        Subject: brass knuckles - Elton G. - answers to your questions
        Sent: 12/10 2:05 PM

        > Where were they?  In his right front pants pocket. I felt them on the pat-down after the cafeteria line scuffle.
        > Did he use them?  He had them on his hand when he pushed Marcus in the line but Marcus says he wasn't hit with them. No injury.
        > What did he say?  "I'm not getting jumped again." Then "they're my brother's".
        > Where are they now?  In the safe, tagged.
        > Parent?  Called dad at 1:30. The full interview notes are attached; the meeting with dad needs an interpreter again.
    """),
    attachments=[{"kind": "document", "name": "Gomes_E_interview_notes_Kriolu_interpreter_12-10.pdf"}],
    key="brass knuckles", keep=["right front pants pocket", "I'm not getting jumped again", "cafeteria line"],
    nc=["Kriolu", "needs an interpreter"], cats=["language"], tags=["allow_weapon", "trap_attachment_name", "trap_email_followup"])

# OBS-0079  aluminum bat; the victim's answer names a housing development
add(ground="serious_violence", weapon="baseball bat", school="The English High School", name="Marcus Delgado", grade=12,
    at="2026-05-19T15:20:00-04:00", loc="The English High School, baseball field dugout",
    desc=D("""
        At 3:20 Marcus hit a grade 11 student (J.W.) across the left forearm with an aluminum bat in the dugout before practice. J.W.'s arm was broken (both bones, per Boston Children's).

        J.W., in the trainer's room, Coach Regan and AP Greer:
        Q: What happened?
        A: He swung on me with the bat. I put my arm up.
        Q: Why would he do that?
        A: He thinks I told people his business. I live in Bromley-Heath, everybody knows everybody's business over there.
        Q: Did you say anything to him first?
        A: No. I walked in and he swung.

        Marcus, 4:00:
        Q: Did you swing the bat at J.W.?
        A: Yeah. I meant to hit the fence.
        Q: The fence was behind you.
        A: I'm not saying nothing else.
    """),
    key="aluminum bat", keep=["left forearm", "I put my arm up", "dugout"],
    nc=["Bromley-Heath"], cats=["neighborhood"], tags=["allow_violence"])

# OBS-0080  knife; addressed to a private security company
add(ground="weapon", weapon="knife", school="Boston Community Leadership Academy", name="Jalen Whitmore", grade=10,
    at="2026-03-02T08:15:00-05:00", loc="Boston Community Leadership Academy, main entrance",
    recipient="allied-universal-security",
    desc=D("""
        Q: Why is there a knife in your bag?
        A: I live in Franklin Hill, you know how it is.
        Q: Did you threaten anyone?
        A: No.
        4 inch folding knife. Parent called.
    """),
    decision="deny", reason="recipient_not_permitted",
    nc=["Franklin Hill"], cats=["neighborhood"], tags=["deny_recipient"])

# OBS-0081  gun under the bed at home; refuses the address; the record has it
add(ground="weapon", weapon="firearm", school="Excel High School", name="Trevon Gaskins", grade=11,
    at="2025-10-23T11:50:00-04:00", loc="Excel High School, gym locker room",
    desc=D("""
        A student reported that Trevon showed a gun in the gym locker room. SSS searched his locker and bag with AP present: a loaded .380 pistol (black, Smith & Wesson Bodyguard, 6 rounds) in the toe of a sneaker in the locker. BPD school officer took custody at 12:05.

        AP Ferreira, 12:15:
        Q: Is this yours?
        A: I'm holding it for somebody.
        Q: Who?
        A: I'm not saying.
        Q: Did you bring it every day?
        A: Since Monday.
        Q: Are there other guns at home?
        A: I'm not telling you where I live.
        Q: I'm not asking where you live. I'm asking if there are more guns.
        A: No. Just that one.
    """),
    student_extra={"home_address": {"line1": "17 Welles Ave", "zip": "02124"}, "transportation": "MBTA pass"},
    key="Bodyguard", keep=["toe of a sneaker", "6 rounds", "Since Monday"],
    nc=["Welles Ave", "02124"], cats=["neighborhood"], tags=["allow_weapon", "trap_refusal", "trap_structured_field"])

# OBS-0082  Percocet and weed; the interviewer's bracket says who sat in and why
add(ground="drugs", substances=["Percocet", "marijuana"], school="Boston International Newcomers Academy", name="Abdi Hussein", grade=11,
    at="2026-01-06T10:50:00-05:00", loc="Boston International Newcomers Academy, 3rd floor boys' bathroom",
    desc=D("""
        AP Callahan, 11:05. [Aide Ms. Jarso sat in to help because his mother only speaks Oromo and he wanted her to hear it right later.]
        Q: What did you have in the bathroom?
        A: Weed and two Perc.
        Q: Whose Percocet?
        A: I buy from a kid. Not school. Outside.
        Q: Did you sell or give any here?
        A: I give one to Hamza.
        Q: Did you take one?
        A: Half. Today morning.
        Nurse checked both students. 1 yellow pill stamped "A 215" left in a folded paper in his sock.
    """),
    key="Perc", keep=["A 215", "folded paper in his sock", "I give one to Hamza"],
    nc=["Oromo"], cats=["language"], tags=["allow_drugs", "trap_interviewer_remark", "trap_mixed_substances", "trap_broken_english"])

# OBS-0083  trespass is not a ground
add(ground="trespass", school="East Boston High School", name="Dylan Amaral", grade=12,
    at="2026-04-10T19:00:00-04:00", loc="East Boston High School, roof access",
    desc=D("""
        Q: How did you get on the roof?
        A: The ladder by the gym.
        Q: Why?
        A: To take pictures. Sunset.
        Q: Anybody else?
        A: Two friends.
        No damage, no weapons. Parents called.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=[], cats=[], tags=["deny_ground"])

# OBS-0084  pepper spray; "I can't get arrested, I have DACA"
add(ground="weapon", weapon="pepper spray", school="Boston Latin Academy", name="Karla Benítez", grade=12,
    at="2025-12-05T14:25:00-05:00", loc="Boston Latin Academy, 1st floor hallway by the auditorium",
    desc=D("""
        Karla sprayed pepper spray at a boy (S.K., gr 12) in the 1st floor hallway by the auditorium at 2:25 after he grabbed her backpack. S.K. and a bystander had their eyes flushed by the nurse. No lasting injury.
        AP Barrett, 2:45:
        AP: Where did you get the spray?
        Karla: My mom's. She bought it for me.
        AP: Why did you spray him?
        Karla: He grabbed my bag twice and wouldn't let go. He was pulling me.
        AP: You know the police will get a report.
        Karla: Please, I can't get arrested, I have DACA, I'll lose it.
        AP: I understand. I'm writing down what happened.
        [Canister: black, Sabre brand, about half used.]
    """),
    key="Sabre", keep=["grabbed my bag twice", "by the auditorium", "about half used"],
    nc=["DACA"], cats=["immigration_status"], tags=["allow_weapon", "trap_volunteered_status"])

# OBS-0085  threat; the AP's own question names the crew
add(ground="credible_threat", school="Madison Park Technical Vocational High School", name="Quentin Ames", grade=10,
    at="2026-02-11T09:45:00-05:00", loc="Madison Park TVHS, electrical shop",
    threat="Quentin told a classmate in the electrical shop \"I'ma catch you after school with the stick and you're not walking home\"; \"the stick\" is slang for a gun. The classmate reported it at 9:40.",
    desc=D("""
        AP Leary, 10:00, with SSS Crowley.
        Q: Did you tell him you'd catch him after school with the stick?
        A: Yeah I said that.
        Q: Do you have a gun?
        A: No.
        Q: Is this about the Kenwood Boys? Somebody told SSS Crowley he's with them and you're not.
        A: Who are you with, who are you with, that's all y'all ask. Nobody, I'm not in nothing.
        Q: Why threaten him then?
        A: He took my headphones and laughed.
        Q: Can you get a gun?
        A: Anybody can get a gun.
        Parent meeting at 1. Quentin dismissed for the day with his father.
    """),
    key="the stick", keep=["catch him after school with the stick", "Anybody can get a gun"],
    nc=["Kenwood"], cats=["gang_affiliation"], tags=["allow_threat", "trap_question_reveals", "trap_not_in_nothing"])

# OBS-0086  written threat, notes of questions, but no threat_statement
add(ground="credible_threat", school="Boston Day and Evening Academy", name="Rasheed Tolliver", grade=11, use_age=True,
    at="2026-03-24T18:10:00-04:00", loc="Boston Day and Evening Academy, evening session room 5",
    desc=D("""
        Asked Rasheed about the note found on his desk ("you got till Friday then I'm spraying the building"). Said he wrote it as a rap. Asked where he stays - Uphams Corner with his girlfriend's family. Asked if he has access to a gun - "not right now". Dean notified.
    """),
    decision="deny", reason="missing_threat_statement",
    nc=["Uphams Corner"], cats=["neighborhood"], tags=["deny_threat_missing", "trap_paraphrased_notes"])

# OBS-0087  pushed through a trophy case; the mother's interpreter question
add(ground="serious_violence", school="Brighton High School", name="Ethan Zhou", grade=10,
    at="2026-05-12T12:10:00-04:00", loc="Brighton High School, main lobby trophy case",
    desc=D("""
        Ethan shoved another student (M.R., gr 10) backwards into the glass trophy case in the main lobby at 12:10. The glass broke and cut M.R.'s upper arm to the muscle; the nurse applied a tourniquet-style wrap and EMS took him to St. Elizabeth's, where he had surgery.

        Teacher Mr. Foley, witness (AP Corcoran's questions):
        Q: What did you see?
        A: Ethan had both hands on M.R.'s chest and drove him back into the case. Hard, on purpose.
        Q: Any words?
        A: Ethan said "say it again".

        Ethan, 12:45:
        Q: Why did you push him?
        A: He said something about my mom.
        Q: Did you know the glass would break?
        A: No.
        Q: Your mom's number is the only one we have. Will she need an interpreter when I call?
        A: Yes, Mandarin. Or call my sister.
    """),
    key="trophy case", keep=["both hands on M.R.'s chest", "upper arm to the muscle", "say it again"],
    nc=["Mandarin"], cats=["language"], tags=["allow_violence", "trap_home_language_question"])

# OBS-0088  ketamine; clean, interviewer named for a city
add(ground="drugs", substances=["ketamine"], school="Boston Arts Academy", name="Simone Achebe", grade=12,
    at="2026-04-24T13:30:00-04:00", loc="Boston Arts Academy, dance studio B",
    desc=D("""
        Mr. Quincy (SSS) questions, 1:40:
        Q: What's in the vial?
        A: K.
        Q: Ketamine?
        A: Yeah.
        Q: Did you use it today?
        A: A bump before rehearsal.
        Q: Who else?
        A: Nobody. Just me.
        Q: Where did you get it?
        A: A guy at a show.
        Small brown glass vial, white powder, about a third full, found in her dance bag in studio B. Nurse assessed her, alert and oriented.
    """),
    key="Ketamine", keep=["Mr. Quincy", "small brown glass vial", "A bump before rehearsal"],
    nc=[], cats=[], tags=["allow_drugs", "allow_clean", "trap_staff_place_name"])

# OBS-0089  cigarillos and weed -> nothing outside the excluded classes
add(ground="drugs", substances=["cigarillos", "marijuana"], school="Another Course to College", name="Deandre Mills", grade=11,
    at="2025-10-17T12:20:00-04:00", loc="Another Course to College, back lot",
    desc=D("""
        Q: What were you rolling?
        A: A Dutch. With weed.
        Q: Anything else in the bag?
        A: Black & Milds.
        Q: Any pills, anything else?
        A: No.
        Parent called. Items held.
    """),
    decision="deny", reason="excluded_substance",
    nc=[], cats=[], tags=["deny_excluded_substance"])

# OBS-0090  kitchen knife; answers given in French and a one-word country
add(ground="weapon", weapon="knife", school="Community Academy of Science and Health", name="Patrick Mbuyi", grade=9,
    at="2025-11-21T09:15:00-05:00", loc="Community Academy of Science and Health, room 109",
    desc=D("""
        Ms. Doherty saw a kitchen knife (8 inch, black plastic handle) in Patrick's binder pocket in room 109 at 9:15. AP Greenway with Mr. Lutete from the family engagement office, 9:30. [Patrick answered mostly in French; Mr. Lutete translated.]
        Q: Why do you have the knife?
        A: Pour me défendre. [To defend myself.]
        Q: Against who?
        A: Three boys. At the bus stop. They take my money Monday.
        Q: Did you want to use it on them?
        A: If they come again.
        Q: Where are you from? (Mr. Lutete asked, to talk with him)
        A: Congo.
        Q: Do you know it is not allowed in school?
        A: Now yes.
        Binder and knife held. Father came at 11.
    """),
    key="kitchen knife", keep=["binder pocket", "If they come again", "They take my money Monday"],
    nc=["French", "Pour me défendre", "Congo"], cats=["language", "national_origin"],
    tags=["allow_weapon", "trap_other_language", "trap_one_word_answer"])

# OBS-0091  written threat; the mother refuses to give where they live, for a reason that reveals status
add(ground="credible_threat", school="Dearborn STEM Academy", name="Jorge Portillo", grade=10,
    at="2026-03-20T11:30:00-04:00", loc="Dearborn STEM Academy, room 312",
    threat="In Jorge's notebook, found on his desk in room 312 at 11:30: a list of five students' names under the heading \"MONDAY\" and \"bring the 9 and start with Kevin\" written below it.",
    desc=D("""
        Jorge, AP Murray, 11:45:
        Q: Is this your notebook?  A: Yes.
        Q: What is the list?  A: People who jumped me.
        Q: What is "the 9"?  A: A gun.
        Q: Do you have one?  A: No. I said I'd get one.
        Q: From where?  A: I don't know. Somebody.

        Mother, by phone, 12:20:
        Q: Can you come in? And we need your current address, the letter came back.
        A: I can come. The address, I'm sorry, I'm not telling you where we live, because of our papers. I'm afraid.
        Q: That's okay. Please come at 2.
        [Mother came at 2:10.]
    """),
    key="the 9", keep=["I said I'd get one", "People who jumped me"],
    nc=["our papers"], cats=["immigration_status"], tags=["allow_threat", "trap_refusal", "trap_parent_answer"])

# OBS-0092  loaded pistol; addressed to the state police
add(ground="weapon", weapon="firearm", school="Boston Green Academy", name="Marcus Tilley", grade=12,
    at="2026-05-01T08:05:00-04:00", loc="Boston Green Academy, front entrance",
    recipient="msp/troop-h",
    desc=D("""
        Q: Whose gun?
        A: Mine. For the walk from Jackson Square.
        Q: Loaded?
        A: Yes.
        SSS found it at the scanner. BPD also notified by phone.
    """),
    decision="deny", reason="recipient_not_permitted",
    nc=["Jackson Square"], cats=["neighborhood"], tags=["deny_recipient"])

# OBS-0093  long: stabbing at dismissal, several statements
add(ground="serious_violence", weapon="knife", school="Snowden International School", name="Anderson Peña", grade=11,
    at="2026-03-18T14:25:00-04:00", loc="Snowden International School, Newbury St side exit",
    desc=D("""
        Incident and interviews - AP K. Marchetti, 3/18/26.

        At 2:25 at the side exit onto Newbury St, Anderson stabbed a grade 12 student (V.S.) once in the left side of the abdomen with a folding knife during an argument, then ran west. V.S. was conscious; SSS Haines applied pressure until EMS arrived at 2:31. V.S. was taken to Mass General and had surgery that evening. Anderson returned to the building at 2:50 with his father and handed the knife (black folding knife, 3.5 inch blade, blood on it) to SSS Haines in the lobby.

        Witness 1 (grade 11, walked out with V.S.), 3:05:
        Q: What were they arguing about?
        A: Something from the weekend. V.S. said "you're not from here, go back to Egleston" and Anderson got mad.
        Q: Did V.S. have anything in his hands?
        A: His phone.
        Q: Who swung first?
        A: V.S. pushed him. Then Anderson pulled the knife and stabbed him in the side. One time.

        Witness 2 (security guard at the door, Mr. Boateng), 3:20:
        Q: Did you see the knife come out?
        A: I saw the flash of it. Then V.S. was holding his side and there was blood on his hand.
        Q: Which way did Anderson go?
        A: Toward Mass Ave.

        Anderson, with his father, 3:40. Father wanted the interview in Spanish; Ms. Lugo interpreted.
        Q: Did you stab V.S.?
        A: Yes. He pushed me and I thought he had something.
        Q: Where did the knife come from?
        A: I carry it since the summer.
        Q: Why?
        A: Because of where I live, people get robbed on my street all the time.
        Q: Where is that?
        A: Egleston Square. By the Dominican bakery.
        Q: Anything else you want us to know?
        A: I'm sorry. I didn't want him to die.

        BPD detectives arrived 3:55 and spoke with Anderson and his father in the conference room.
    """),
    key="folding knife", keep=["left side of the abdomen", "3.5 inch blade", "handed the knife"],
    nc=["Egleston", "Dominican", "in Spanish", "interpreted"], cats=["neighborhood", "ethnicity", "language"],
    tags=["allow_violence", "long", "trap_one_word_answer"])

# OBS-0094  knife; "I'm not in nothing", then where he lives as the reason
add(ground="weapon", weapon="knife", school="Boston Community Leadership Academy", name="Isaiah Brathwaite", grade=10,
    at="2025-12-18T07:55:00-05:00", loc="Boston Community Leadership Academy, breakfast line",
    desc=D("""
        SSS Okafor: Empty your pockets please.
        Isaiah: [takes out a 3 inch lock-blade knife with a camo handle]
        SSS Okafor: Who are you with?
        Isaiah: Nobody, I'm not in nothing.
        SSS Okafor: Then why the knife?
        Isaiah: Cause I live by Heath St, the projects, and they see me as with them whether I am or not.
        SSS Okafor: Anybody here you're worried about?
        Isaiah: No. It's outside, not in school.
        Knife held for the BPD school officer, AP notified at 8:05, mother called 8:15.
    """),
    key="lock-blade knife", keep=["camo handle", "It's outside, not in school", "Empty your pockets please"],
    nc=["Heath St"], cats=["neighborhood"], tags=["allow_weapon", "trap_not_in_nothing"])

# OBS-0095  a records request about status -> not a ground
add(ground="immigration_inquiry", school="Edward M. Kennedy Academy for Health Careers", name="Priya Raman", grade=11,
    at="2026-01-20T10:00:00-05:00", loc="Edward M. Kennedy Academy for Health Careers, main office",
    desc=D("""
        A caller asked whether Priya is on a visa overstay. AP asked Priya if anything happened at school. She said no. No incident, no weapon, no threat.
        Q: Is anyone bothering you?
        A: No.
    """),
    decision="deny", reason="ground_not_permitted",
    nc=["visa overstay"], cats=["immigration_status"], tags=["deny_ground", "trap_question_reveals"])

# OBS-0096  fentanyl overdose; recorded summary; the mother's language
add(ground="drugs", substances=["fentanyl"], school="Excel High School", name="Sovann Chea", grade=12,
    at="2026-02-20T13:05:00-05:00", loc="Excel High School, 2nd floor boys' bathroom",
    desc=D("""
        Summary of statements, AP Quinlan, 2/20.
        1:05 - Student R.B. ran to the main office saying Sovann was "not waking up" in the 2nd floor boys' bathroom. Nurse Pham gave two doses of Narcan; Sovann came around at 1:11; EMS took him to Boston Medical Center.
        R.B. (1:40): Q: What did he take? A: He sniffed something off a key. Q: What was it? A: He said "fetty". Q: Where did it come from? A: He had it in a little bag in his phone case.
        Sovann (by phone from the hospital, 4:15): Q: What did you take? A: Fentanyl. I thought it was a small amount. Q: Where did you get it? A: I'm not saying. Q: Who should we call? A: My brother. My mom only speaks Khmer.
        Small plastic bag with white residue recovered from the phone case by SSS Dunn.
    """),
    key="Narcan", keep=["sniffed something off a key", "phone case", "came around at 1:11"],
    nc=["Khmer"], cats=["language"], tags=["allow_drugs", "trap_home_language_question"])

# OBS-0097  stun gun; e-mail questions to the coach; a student whose first name is a place
add(ground="weapon", weapon="stun gun", school="New Mission High School", name="Brooklyn Ayala", grade=11,
    at="2025-10-31T15:30:00-04:00", loc="New Mission High School, girls' locker room",
    desc=D("""
        From: AP Ortega
        To: Coach Hines
        Subject: Brooklyn A. - stun gun - please answer below
        1) When did you see it?  -- 3:30, girls' locker room before volleyball.
        2) What exactly did she do with it?  -- Held it up and clicked it twice so it sparked, said "who wants it". Then put it in her gym bag.
        3) Did it touch anyone?  -- No. Girls screamed and backed off.
        4) Where is it now?  -- I took it. It's in my office in an envelope. Black, says "Vipertek" on the side.
        5) Did she say why she has it?  -- "For the walk to the train."
    """),
    key="Vipertek", keep=["clicked it twice so it sparked", "who wants it", "girls' locker room"],
    nc=[], cats=[], tags=["allow_weapon", "allow_clean", "trap_email_followup", "trap_name_is_place"])

# OBS-0098  hit-list threat; origin in the record and in an answer
add(ground="credible_threat", school="Lilla G. Frederick Pilot Middle School", name="Yoel Hernández", grade=8,
    at="2026-04-30T10:10:00-04:00", loc="Lilla G. Frederick Pilot Middle School, room 206",
    threat="Yoel told his teacher in room 206, after being sent out: \"I have a list and you're on it. I'm bringing my stepdad's gun on Monday and you'll see.\" He showed a paper with six names on it, including the teacher's.",
    desc=D("""
        AP Dorsey with Yoel, 10:25. He was crying at first.
        Q: Tell me about the list.
        A: Everybody who's mean to me.
        Q: Does your stepdad have a gun?
        A: In his truck. In the glove box.
        Q: Does he know you know?
        A: I don't think.
        Q: Is something happening at home?
        A: We just came from Cuba in December and it's crowded and everybody's yelling.
        Q: Okay. Were you going to bring the gun Monday?
        A: I don't know. I wanted them to stop.
        Counselor started a risk assessment. Mother came at 11:30.
    """),
    student_extra={"country_of_birth": "Cuba", "sped": False},
    key="glove box", keep=["In his truck. In the glove box.", "I wanted them to stop", "Everybody who's mean to me"],
    nc=["Cuba"], cats=["national_origin"], tags=["allow_threat", "trap_structured_field"])

# OBS-0099  broken leg from a kick; where he went after school is not home and stays
add(ground="serious_violence", school="Boston Latin Academy", name="Michael Osterberg", grade=10,
    at="2026-01-09T14:30:00-05:00", loc="Boston Latin Academy, gym",
    desc=D("""
        During a PE game at 2:30 Michael stomped on the lower leg of a student (A.N., gr 10) who was on the floor, after they argued over a foul. A.N.'s shin broke (confirmed at Boston Children's, cast and surgery pin).

        PE teacher Mr. Odell's questions right after, then AP Barrett's the next morning:
        Q (Odell): Why did you stomp on him?
        A: He tripped me on purpose all period.
        Q (Barrett): Did you mean to hurt him?
        A: I meant to scare him. I didn't think it would break.
        Q (Barrett): Where did you go after school yesterday?
        A: Straight to hockey practice at the rink.
        Q (Barrett): Did you tell anyone?
        A: My coach. He said to tell the truth.
    """),
    key="stomped on the lower leg", keep=["shin broke", "He tripped me on purpose all period", "Straight to hockey practice at the rink"],
    nc=[], cats=[], tags=["allow_violence", "allow_clean", "trap_after_school"])

# OBS-0100  long: gun in the lunch line, several statements and a record full of forbidden fields
add(ground="weapon", weapon="firearm", school="East Boston High School", name="Franklin Ortega", grade=11,
    at="2026-05-27T11:45:00-04:00", loc="East Boston High School, cafeteria (lunch B)",
    desc=D("""
        Statements taken after the gun was found in the cafeteria, 5/27/26. AP L. Dwyer; SSS Bianchi and SSS Carvalho.

        11:45 - A lunch B student told SSS Carvalho that Franklin "has a strap in his Jansport". SSS Carvalho and SSS Bianchi walked Franklin and his bag to the office. In the bag's laptop sleeve: a black 9mm pistol (Glock 19, serial scratched off), loaded magazine of 15, one round in the chamber. BPD school officer took custody at 11:52.

        Reporting student (grade 10), 12:10:
        Q: How did you know?
        A: He showed me at the table. Lifted the laptop sleeve open.
        Q: Did he say anything?
        A: "If they come in here today, it's going down."
        Q: Who is "they"?
        A: I don't know. Some kids from somewhere.

        SSS Carvalho, 12:20:
        Q: Did Franklin resist?
        A: No. He said "y'all got me" and walked.

        Franklin, 12:35 (mother arrived 1:10; interview paused until she was there, then continued):
        Q: Why did you have a loaded gun in school?
        A: People been after me since the thing at the beach.
        Q: Who?
        A: I'm not saying.
        Q: Where did you get it?
        A: Found it.
        Q: Where?
        A: Near my house.
        Q: Where's that?
        A: Eastie. Near Maverick.
        Q: Who are you with?
        A: Nobody. I'm not in nothing.
        [SSS Bianchi told me afterwards Franklin is on a gang list as an associate of the "Lexington Street" kids. I have not seen any list and I am not including anything from it.]
        Q (mother present): Is there anything you want the school to know?
        Mother: We came from Honduras three years ago. He has been scared since the beach. [Through Ms. Sandoval, interpreting in Spanish.]

        Lunch B was held in the cafeteria until 12:15, then released. No one was hurt.
    """),
    student_extra={"home_language": "Spanish", "birthplace": "San Pedro Sula, Honduras",
                   "address": "45 Sumner St, East Boston 02128", "srg_flag": "Lexington St associate"},
    key="Glock 19", keep=["serial scratched off", "one round in the chamber", "If they come in here today, it's going down."],
    nc=["Maverick", "Eastie", "Honduras", "San Pedro Sula", "Sumner St", "02128", "Lexington St", "Spanish", "interpreting"],
    cats=["neighborhood", "national_origin", "gang_affiliation", "language"],
    tags=["allow_weapon", "long", "trap_not_in_nothing", "trap_one_word_answer", "trap_school_named_for_place", "trap_structured_field"])


def main():
    assert len(CASES) == 100, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    decisions = {}
    for c in CASES:
        d = c["expect"]["decision"]
        decisions[d] = decisions.get(d, 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT} {decisions}")


if __name__ == "__main__":
    main()
