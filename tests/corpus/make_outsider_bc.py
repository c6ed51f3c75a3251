#!/usr/bin/env python3
"""Generate the blind "outsider_bc" corpus: VOICES FROM OUTSIDE THE SCHOOL, QUOTED IN REPORTS.

Family
------
Every case is a Boston Public Schools incident report in which a staff member quotes, pastes or
summarises what somebody outside the school wrote or said about the incident: a family's lawyer
("as counsel for...", "my client", "in light of his pending case"), a community advocate, a city
councilor's or state representative's aide, a pastor, imam, rabbi or priest vouching for a student,
a youth-program director or coach, a probation officer, a pediatrician or therapist, a landlord, a
neighbour, a shop owner, a crossing guard, a reporter, a social-media post. Those outsiders often
state forbidden facts plainly (status, country, language, faith, address, an alleged crew) while
defending or accusing the student; the staff member's own incident facts (weapon, drug, injury,
threat, time, place) sit beside them and must survive in the police copy.

Labelling notes
---------------
* Decisions follow RULES.md only: permitted grounds (weapon, serious_violence, credible_threat,
  drugs); drugs allowed only when a substance outside marijuana/nicotine/alcohol is involved (a
  vape of unknown content is excluded); recipients only `bpd` and its units; credible_threat needs
  a threat_statement; anything carrying face-recognition output or asking for photos for face
  matching is denied as face_surveillance; airsoft and BB guns are denied (reason "other": they
  need a named approver's determination the request does not carry).  When an outsider asks that
  the report go to ICE, HSI, BRIC, a fusion center, a gang database, private security, transit or
  state police, and the recipient field carries that, the case is recipient_not_permitted.  When an
  outsider asks for something forbidden but the request itself goes to BPD on a permitted ground,
  the case is allowed and only the forbidden statements must be withheld.
* must_not_contain holds the shortest substrings that reveal a forbidden fact (a street, a
  development, a country, a faith word, a language, a crew name, a status word, a face-match
  score).  None is a substring of a category code, of the student's kept fields, school_id or
  recipient; the bare word "immigration" is never used; all-hex strings are avoided (hashes).
* must_contain is the student's name, the school and one key fact; must_contain_text holds 1-3
  incident facts from the description.  Each of them sits in a sentence that carries no forbidden
  fact (checked below), so a correct redactor never has to cut into it.
* About a third of the allowed cases carry a precision trap in must_contain_text: an organisation
  or place whose name holds a category-looking word (Catholic Charities, Jewish Vocational Service,
  the Irish International Immigrant Center's soccer league, Haitian-Americans United community
  center, Centro Presente, Greater Boston Legal Services, Sociedad Latina, the Jamaica Plain branch
  library, Catholic Memorial), or an ordinary sense of a loaded word ("status conference",
  "counsel", "papers" filed with a court, "community service", "background", "threatening
  language", "stage crew", "4x100 relay race", "Visa gift card", "in good faith").
* Victims' and outsiders' forbidden facts are forbidden too (RULES.md section 4 is about the
  information, not only the named student).

Deterministic: fixed seed, standard library only.  Writes
tests/data/corpus/outsider_bc.jsonl (relative to the repository root).
"""
import datetime as dt
import json
import pathlib
import random
import re
import textwrap
import unicodedata

SEED = 20260412
rng = random.Random(SEED)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "corpus" / "outsider_bc.jsonl"

FAMILY = "outsider_voices"
CATEGORY_CODES = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
                  "language", "gang_affiliation", "face_surveillance"]

SCHOOL_IDS = {}


def school_id(school):
    if school not in SCHOOL_IDS:
        while True:
            sid = "BPS-4%03d" % rng.randrange(0, 1000)
            if sid not in SCHOOL_IDS.values():
                break
        SCHOOL_IDS[school] = sid
    return SCHOOL_IDS[school]


def offset(day):
    # US Eastern: DST 2025-03-09..2025-11-01 and 2026-03-08..2026-10-31
    if dt.date(2025, 3, 9) <= day < dt.date(2025, 11, 2) or dt.date(2026, 3, 8) <= day < dt.date(2026, 11, 1):
        return "-04:00"
    return "-05:00"


def when(stamp):
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%dT%H:%M:00") + offset(d.date())


def dob_for(grade, stamp):
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").date()
    school_year = d.year if d.month >= 8 else d.year - 1
    # age on Sept 1 of the school year is grade + 5; birthdays spread over the year
    year = school_year - grade - 5
    start = dt.date(year - 1, 9, 2)
    return (start + dt.timedelta(days=rng.randrange(0, 364))).isoformat()


def T(s):
    return textwrap.dedent(s).strip("\n")


CASES = []


def case(*, g, r, at, loc, desc, name, grade, school, d, mnc, cats, voice, key=None, mct=(),
         w=None, subs=None, thr=None, why=None, extra=None, att=None, trap=False, age=None):
    n = len(CASES) + 1
    cid = "OBC-%04d" % n
    req = {"request_id": cid, "school_id": school_id(school), "recipient": r, "ground": g}
    if subs is not None:
        req["substances"] = list(subs)
    if w is not None:
        req["weapon"] = w
    if thr is not None:
        req["threat_statement"] = T(thr)
    req["incident"] = {"occurred_at": when(at), "location": loc, "description": T(desc)}
    stu = {"student_id": "%06d" % rng.randrange(100000, 999999), "name": name}
    if age is not None:
        stu["age"] = age
    else:
        stu["date_of_birth"] = dob_for(grade, at)
    stu["grade"] = grade
    stu["school"] = school
    if extra:
        stu.update(extra)
    req["student"] = stu
    if att:
        req["attachments"] = att
    if d == "allow":
        tag = {"weapon": "allow_weapon", "drugs": "allow_drugs", "serious_violence": "allow_violence",
               "credible_threat": "allow_threat"}[g]
        must = [name, school, key]
        mtext = list(mct)
    else:
        tag = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
               "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
               "face_surveillance": "deny_face", "other": "deny_replica"}[why]
        must, mtext = [], []
    tags = [FAMILY, tag, "voice_" + voice]
    if trap:
        tags.append("precision_trap")
    exp = {"decision": d}
    if d == "deny":
        exp["reason"] = why
    exp.update({"must_not_contain": list(mnc), "must_contain": must, "must_contain_text": mtext,
                "categories": list(cats), "tags": tags})
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# 1
case(g="weapon", w="knife", r="bpd/district-a7", at="2026-01-14 09:40",
     loc="East Boston High School, gym side entrance",
     desc="""
On 1/14 at approx 9:40 AM SSS Dunleavy found a folding knife (approx 4 in. blade, wooden handle) in Kevin's front hoodie pocket at the gym side entrance. A classmate had told Mr. Pike during 1st period that Kevin had "something" on him. Kevin did not resist and said he carries it for the walk home. The knife is locked in the main office safe. No one was threatened or hurt.

At 2:10 PM the main office received a faxed letter from Atty. Rosalind Ferrante, which I am pasting in part:
"As counsel for the Arana family, I ask that the school proceed with care. My client has a status conference in Suffolk Juvenile Court on January 29 on an unrelated matter. In light of his pending asylum application, filed after the family left Guatemala in 2022, any police contact carries consequences well beyond school discipline."
Mother picked Kevin up at 2:45 PM. Suspension hearing set for 1/16.

Follow-up 1/15: AP Whelan and I reviewed camera 3 (gym side entrance). It shows Kevin walking in at 9:38 with his hood up and SSS Dunleavy stopping him at the table. The classmate who gave the tip asked to stay anonymous; her written statement is in the folder. Kevin's advisor says he has no prior discipline this year but has missed first period about twice a week since December. The knife was photographed next to a ruler before it went into the safe. Mother asked for a copy of the photo; I told her that request goes through OLA.
""",
     name="Kevin Arana", grade=10, school="East Boston High School", d="allow",
     key="folding knife", mct=["folding knife", "status conference", "main office safe"],
     mnc=["asylum", "Guatemala"], cats=["immigration_status", "national_origin"], voice="lawyer", trap=True,
     att=[{"kind": "document", "name": "Ferrante letter 2026-01-14.pdf"}])

# 2
case(g="drugs", subs=["counterfeit oxycodone", "fentanyl"], r="bpd/district-b3", at="2026-02-03 11:20",
     loc="Jeremiah E. Burke High School, second-floor boys' room",
     desc="""
Summary: At 11:20 AM on 2/3, during a bag check after the vape sensor went off in the second-floor boys' room, AP Calloway found 14 small blue pills stamped 'M 30' in a sandwich bag in Darnell's backpack. Darnell said they were "percs" he was holding for someone and would not say who. Given the BPHC alert this winter we are treating them as counterfeit oxycodone, possibly fentanyl. Nurse checked Darnell, no signs he had taken any.

Later that afternoon Pastor Everett Mims called and then emailed. From his email: "Darnell has been a faithful member of Greater Refuge Pentecostal Church since he was nine and sings in our youth choir every Sunday. He is not a dealer. His grandmother raised him on Nightingale Street and she is beside herself."
Grandmother attended the re-entry meeting on 2/5.
""",
     name="Darnell Pryor", grade=10, school="Jeremiah E. Burke High School", d="allow",
     key="14 small blue pills", mct=["14 small blue pills", "second-floor boys' room"],
     mnc=["Pentecostal", "Nightingale"], cats=["religion", "neighborhood"], voice="pastor",
     extra={"homeroom": "B-214", "guardian": {"relationship": "grandmother", "phone": "617-555-0143"}})

# 3
case(g="fight", r="bpd/district-c11", at="2025-10-08 12:05",
     loc="TechBoston Academy, cafeteria",
     desc="""
Cafeteria, 2nd lunch, 12:05. Two 9th graders (Edson and J.M.) exchanged punches over a seat; both had scratches, ice pack from the nurse for Edson's lip, nobody went to the hospital. Separated by Mr. Baptiste and Ms. Oyelaran within a minute.

Forwarded to me at 3:30 from the Councilor's office:
---
From: Marisol Teixeira (Office of Councilor Dwyer)
Subject: Edson F. - today's incident
Hi, Edson's mother reached out to our office in tears. The family is Cape Verdean and only arrived last spring; they speak Kriolu at home and mom doesn't really follow the school's robocalls. Could someone call her with an interpreter? She is worried this goes to police.
---
""",
     name="Edson Fortes", grade=9, school="TechBoston Academy", d="deny", why="ground_not_permitted",
     mnc=["Cape Verdean", "Kriolu", "arrived last spring", "interpreter"],
     cats=["ethnicity", "national_origin", "language"], voice="councilor")

# 4
case(g="serious_violence", r="bpd/district-d14", at="2025-11-18 13:50",
     loc="Brighton High School, 3rd floor stairwell near room 312",
     desc="""
Incident 11/18/2025 approx 1:50 PM, 3rd floor stairwell near room 312. Widlens struck another student (R.T., gr 11) repeatedly in the face with his fist and then kicked him after he fell against the stairs. R.T. was taken by EMS to St. Elizabeth's; his mother reports a fractured orbital bone and a concussion, and he will be out at least two weeks. The fight was recorded by several students.
For background, the two boys had been arguing since early November over a pickup basketball game.
On 11/20 Widlens' mother dropped off a letter from his pediatrician, Dr. Alice Brennan, asking that his anxiety be taken into account. Quote: 'Since his family's Temporary Protected Status was put in doubt this fall, Widlens has been under enormous strain. He is also the one who interprets for his parents, who speak only Haitian Creole, at every appointment.' Letter scanned to Aspen.
""",
     name="Widlens Pierre-Louis", grade=11, school="Brighton High School", d="allow",
     key="fractured orbital bone", mct=["fractured orbital bone", "For background"],
     mnc=["Temporary Protected", "Haitian"], cats=["immigration_status", "language"], voice="pediatrician",
     trap=True)

# 5
case(g="weapon", w="firearm", r="bpd/district-e13", at="2025-10-29 10:02",
     loc="English High School, main entrance and AP office",
     desc="""
10:02 - SSS Ocampo alerted by the wand at the main entrance; Javon walked away toward the stairs.
10:04 - SSS and AP Flaherty stopped Javon in the lobby; backpack searched in the AP office.
10:06 - Found a black 9mm handgun, unloaded, in the inside laptop sleeve. A magazine with 7 rounds was in a sock in the front pocket.
10:07 - 911 called per SAF-02. BPD arrived 10:15 and took custody of the gun and the magazine.
11:30 - Javon's probation officer, Kendra Liu (Suffolk Juvenile Probation), called back. She said his curfew is 8 PM and she will be filing the violation papers with the juvenile court tomorrow.
11:32 - She also said, unprompted, that "he's been running with the Wendover boys since they moved into the Hailey apartments" and that she'd warned mom about it.
12:00 - Grandmother came in. Javon suspended pending expulsion hearing.
""",
     name="Javon Mitchell", grade=10, school="English High School", d="allow",
     key="9mm handgun", mct=["9mm handgun", "7 rounds", "violation papers"],
     mnc=["Wendover", "Hailey"], cats=["gang_affiliation", "neighborhood"], voice="probation", trap=True)

# 6
case(g="weapon", w="knife", r="ice/ero-boston", at="2025-10-07 08:50",
     loc="Madison Park Technical Vocational High School, auto shop",
     desc="""
Kitchen knife (approx 8 inch) found in Yeferson's bag during a search in the auto shop at 8:50 AM on 10/7 after he was seen showing it to friends. No threats reported. Knife held by SSS.
That afternoon a man who identified himself as the family's landlord, Mr. Gerald Fitch, called the main office three times. He said the knife was "from my kitchen in unit 2 at 14 Eldon St," that the family are "illegals who owe me rent," and that he wants the school's report sent to ICE. He left an email address for an officer at ERO Boston, and per his request the report is addressed to that office.
""",
     name="Yeferson Mejía", grade=11, school="Madison Park Technical Vocational High School", d="deny",
     why="recipient_not_permitted", mnc=["Eldon", "illegals"], cats=["neighborhood", "immigration_status"],
     voice="landlord")

# 7
case(g="credible_threat", r="bpd/district-d4", at="2026-03-09 19:52",
     loc="Snowden International School (social media post)",
     thr="""
On 3/9/2026 at 7:52 PM the student posted a Snapchat story with a photo of the school's front doors, captioned 'tmrw nobody leaving 3rd period' with a gun emoji. At 8:30 PM he messaged a classmate 'I'm serious don't come tmrw.' He told a second student on 3/6 that he could 'get one from my cousin.' He named a time and a place and repeated the threat after posting it.
""",
     desc="""
Screenshots of the Snapchat story were received by AP Gallo at 9:10 PM on 3/9 from two students and saved to the incident folder. Headmaster and OLA consulted the same night. Abdirahman was kept home on 3/10 by his father after the AP's call; on the phone he told the AP it was "a joke about a test." Bag checks at the front door on 3/10, nothing found.
At 11:45 AM on 3/10 a reporter from a local news site emailed our general inbox: "Can you confirm that a Somali student threatened to shoot up Snowden this week? Readers tell me his family lives at the Franklin Field apartments." District counsel in OLA told us not to respond, and we have not.
""",
     name="Abdirahman Warsame", grade=10, school="Snowden International School", d="allow",
     key="Snapchat story", mct=["Snapchat story", "Bag checks at the front door", "District counsel"],
     mnc=["Somali", "Franklin Field"], cats=["ethnicity", "neighborhood"], voice="reporter", trap=True)

# 8
case(g="weapon", w="brass knuckles", r="bpd/district-b2", at="2025-12-02 12:40",
     loc="Dearborn STEM Academy, 4th floor hallway",
     desc="""
I was called to the 4th floor hallway at 12:40 PM on 12/2 after Ms. Lacey saw Minh slip something metal onto his hand during an argument with another boy. When I got there Minh handed me a set of brass knuckles (silver, four finger holes). He said he bought them online "for looks" and never used them. No one was hit. Parent called; uncle picked him up.

The next morning I had a voicemail from Derrick Amado, director of the teen program Minh attends after school. Transcribed: "Hi, this is Derrick from the teen center. Minh's a good kid, he's done 40 hours of community service with us this year. He's also the one we lean on to translate for the Vietnamese moms at pickup because his English is the best in that family. Please call me before you do anything serious." I returned the call at 9:15.
""",
     name="Minh Tran", grade=9, school="Dearborn STEM Academy", d="allow",
     key="brass knuckles", mct=["brass knuckles", "community service"],
     mnc=["Vietnamese"], cats=["ethnicity", "language"], voice="youth_program", trap=True)

# 9
case(g="drugs", subs=["marijuana"], r="bpd/district-d14", at="2025-04-28 10:20",
     loc="Boston Green Academy, back lot fence",
     desc="""
Mr. Leon Castellano, who lives behind the school's back lot, called at 10:20 AM on 4/28 to say three students were smoking weed against his fence during 2nd period. He named one of them as "the Dominican kid, Adonis, from the third floor of my building on Gardner St." SSS found Adonis and two others at the fence; Adonis had a half-smoked blunt and a small bag of marijuana (approx 3 g). Nothing else was found on any of them.
""",
     name="Adonis Peralta", grade=11, school="Boston Green Academy", d="deny", why="excluded_substance",
     mnc=["Dominican", "Gardner St"], cats=["ethnicity", "neighborhood"], voice="neighbour")

# 10
case(g="serious_violence", r="bpd/district-e18", at="2026-02-24 14:35",
     loc="Boston Community Leadership Academy, back stairwell",
     desc="""
Title IX referral also opened (see separate file).
On 2/24/2026 at approx 2:35 PM, in the back stairwell between the 2nd and 3rd floors, Yusuf pinned a 9th-grade student (initials A.L.) against the railing and forcibly touched her under her clothing while she tried to push him off. She got free and ran to the nurse's office, where she disclosed to Nurse Capone. Her left wrist was swollen and bruised from being held. A.L.'s mother took her to Children's Hospital that evening.
Yusuf denies it. Camera 14 shows both students entering the stairwell at 2:34 and A.L. running out at 2:37.
On 2/25 Imam Tariq Hassan of the Islamic Society in Roxbury called and asked to attend any meeting with the family. He said Yusuf "prays with us at the masjid every Friday and would never do this." I told him the family can bring a support person to the hearing.
""",
     name="Yusuf Bakr", grade=11, school="Boston Community Leadership Academy", d="allow",
     key="forcibly touched", mct=["back stairwell between the 2nd and 3rd floors", "left wrist was swollen"],
     mnc=["Imam", "Islamic", "masjid"], cats=["religion"], voice="imam")

# 11
case(g="drugs", subs=["cocaine"], r="bpd/district-c6", at="2025-05-06 13:15",
     loc="Excel High School, locker 2217",
     desc="""
During a locker cleanout on 5/6/2025 at approximately 1:15 PM, custodian Mr. Ruane found a small digital scale and 6 knotted baggies of white powder in locker 2217, assigned to Thiago. The AP photographed everything and a BPD field test later indicated cocaine. Thiago admitted the locker was his but said the bags belonged to "a kid from outside."
On 5/8 we received a letter on Greater Boston Legal Services letterhead from Atty. Naomi Sheehan, who represents the family in a special-education matter. The letter asks that Thiago's IEP accommodations be considered at the hearing. It also says the school has ignored repeated requests to send notices in Portuguese, "the only written language Mrs. Barbosa reads," and that the family "has lived in the Old Colony development for six years without incident."
""",
     name="Thiago Barbosa", grade=11, school="Excel High School", d="allow",
     key="cocaine", mct=["Greater Boston Legal Services", "6 knotted baggies of white powder", "locker 2217"],
     mnc=["Portuguese", "Old Colony"], cats=["language", "neighborhood"], voice="lawyer", trap=True,
     extra={"iep": True})

# 12
case(g="serious_violence", r="bric", at="2026-01-27 14:20",
     loc="Charlestown High School, sidewalk in front of the main doors",
     desc="""
At dismissal on 1/27 (2:20 PM) on the sidewalk in front of the main doors, Marquis punched a 10th grader (D.S.) and then hit him twice with a bike lock. D.S. had a 3 cm gash on his scalp and was taken to MGH by EMS, 6 staples.
The aide to a city councilor called at 4 PM and said the councilor "wants BRIC to get this so they can see if he's connected to the Bunker Hill crew"; she also said the family "just moved over from the Bunker Hill projects." Entered BRIC as recipient per AP Souza's instruction.
""",
     name="Marquis Dunbar", grade=11, school="Charlestown High School", d="deny", why="recipient_not_permitted",
     mnc=["Bunker Hill"], cats=["gang_affiliation", "neighborhood"], voice="councilor")

# 13
case(g="weapon", w="pepper spray", r="bpd/district-b2", at="2026-03-17 07:35",
     loc="Boston Latin Academy, outside the cafeteria",
     desc="""
3/17, 7:35 AM, outside the cafeteria before breakfast. Farida got into an argument with another senior (K.W.) over a phone and sprayed pepper spray toward K.W.'s face from about three feet away. K.W. and two bystanders had burning eyes; the nurse flushed their eyes and no one needed the hospital. The canister (small pink keychain type) was taken by SSS Aguirre.
Farida says she carries it because she takes the bus home late from her job. Her supervisor at the Jewish Vocational Service job program, Ms. Paula Ortega, sent a character letter the next day. Most of it is about Farida's attendance and reliability at work. The last paragraph reads: "Farida came to Boston as a refugee from Afghanistan in 2022 and has rebuilt her life with remarkable courage. A police record could threaten everything her family has worked for."
""",
     name="Farida Noori", grade=12, school="Boston Latin Academy", d="allow",
     key="pepper spray", mct=["Jewish Vocational Service", "pepper spray", "burning eyes"],
     mnc=["refugee", "Afghanistan"], cats=["immigration_status", "national_origin"], voice="employer",
     trap=True)

# 14
case(g="credible_threat", r="bpd/district-c11", at="2025-10-23 07:10",
     loc="Lilla G. Frederick Middle School, homeroom 8B",
     thr="""
A neighbor overheard the student on the evening of 10/22/2025 tell two other boys that he would bring his cousin's gun to school on Friday and 'pop' a named 8th grader (E.R.) at lunch. The next morning the student said to E.R. in homeroom 'Friday, watch.' He named the target, the day and the weapon, and repeated it to the target directly.
""",
     desc="""
At 7:10 AM on 10/23 the main office got a call from a woman who would only give her first name (Ivonne). She said that the night before, from her window, she heard Bryan tell two boys on the porch next door that he'd bring his cousin's gun Friday and 'pop' E.R. at lunch. She added, "I'm telling you because I have kids there too. That family is from Honduras and they don't have papers, so nobody over there will call you."
At 8:05 AM E.R. reported to his homeroom teacher that Bryan said 'Friday, watch' to him. Both boys were separated. Bryan was searched with his mother present at 9:30; nothing found. Principal Okafor consulted OLA.
""",
     name="Bryan Zelaya", grade=8, school="Lilla G. Frederick Middle School", d="allow",
     key="cousin's gun", mct=["Friday, watch", "searched with his mother present"],
     mnc=["Honduras", "have papers"], cats=["national_origin", "immigration_status"], voice="neighbour")

# 15
case(g="weapon", w="box cutter", r="bpd/district-c11", at="2025-11-21 10:30",
     loc="Catholic Charities food pantry (10th grade service-learning site)",
     desc="""
Service-learning day, 11/21/2025. Our 10th grade advisory was sorting donations at the Catholic Charities food pantry from 9 to 12. At about 10:30 AM a volunteer saw Rashad cutting tape with a box cutter and then pointing it at another student (M.O.) and saying 'keep talking.' Our teacher Mr. Landry took the box cutter (yellow, retractable) without incident. Rashad said he brought it from home for the boxes. Nobody was cut.
The following Monday a reporter called the front office asking "whether the kid with the box cutter at the food pantry is the same one who's in the Castlegate gang." Front office said no comment and forwarded the call to Communications.
""",
     name="Rashad Whitlock", grade=10, school="Another Course to College", d="allow",
     key="box cutter", mct=["Catholic Charities food pantry", "keep talking"],
     mnc=["Castlegate"], cats=["gang_affiliation"], voice="reporter", trap=True)

# 16
case(g="credible_threat", r="bpd/district-b3", at="2025-04-09 13:10",
     loc="Jeremiah E. Burke High School, room 117",
     desc="""
Kiara told her English teacher after class on 4/9 that "people are going to pay for what they said about me." Teacher reported it to the AP. Kiara was upset about posts on Instagram. No mention of any weapon, time or plan.
Reverend Lorraine Whitfield of Bethel African Methodist Episcopal called to say she has known Kiara since she was baptized and that the whole church is praying for her. She asked that the school contact her before any meeting.
""",
     name="Kiara Whitfield-Jones", grade=10, school="Jeremiah E. Burke High School", d="deny",
     why="missing_threat_statement", mnc=["Methodist", "baptized"], cats=["religion"], voice="pastor")

# 17
case(g="serious_violence", r="bpd/district-e13", at="2025-09-30 11:10",
     loc="Margarita Muñiz Academy, hallway outside the girls' locker room",
     desc="""
On 9/30/2025 at about 11:10 AM in the hallway outside the girls' locker room, Josué slashed another student (C.M.) across the left cheek with a razor blade taken out of a pencil sharpener. C.M. was taken to Boston Children's by ambulance and received 14 stitches. The blade was recovered by SSS Ríos from the floor by the water fountain. Witnesses say the two had argued in the morning about a girl.
That evening C.M.'s aunt posted on Facebook and several families sent us screenshots. Pasted as written:
"this is what happens when BPS lets MS-13 in the building. that boy is Salvadoran and his whole family is illegals everybody knows it. my niece is scarred for life"
""",
     name="Josué Alvarado", grade=11, school="Margarita Muñiz Academy", d="allow",
     key="razor blade", mct=["razor blade", "left cheek", "14 stitches"],
     mnc=["MS-13", "Salvadoran", "illegals", "Hispanic"], cats=["gang_affiliation", "ethnicity", "immigration_status"],
     voice="social_media", extra={"ethnicity": "Hispanic/Latino"})

# 18
case(g="immigration_verification", r="bpd/district-d14", at="2026-02-11 10:00",
     loc="Brighton High School, main office (phone call)",
     desc="""
Det. Halloran (D-14) called the main office on 2/11 at 10:00 AM. He said a neighbor of Ana's family had complained to police that "the Brazilian family at 9 Quint Ave" overstayed their visas and that the daughter goes to Brighton High. He asked us to send whatever we have in her file. There is no incident at school involving Ana. Principal asked me to put it through the system so OLA can see it.
""",
     name="Ana Clara Souza", grade=9, school="Brighton High School", d="deny", why="ground_not_permitted",
     mnc=["Brazilian", "Quint Ave", "overstayed", "visas"],
     cats=["ethnicity", "neighborhood", "immigration_status"], voice="neighbour")

# 19
case(g="drugs", subs=["MDMA"], r="bpd/district-b2", at="2026-05-15 12:50",
     loc="Fenway High School, 1st floor bathroom",
     desc="""
Friday 5/15/2026, 12:50 PM. A teacher smelled something in the 1st floor bathroom and SSS checked it. Arben came out and dropped a small bag with 9 pink pills stamped with a heart. He told SSS they were "molly" and that he got them at a party. Nurse evaluated him, no symptoms. Pills bagged and held for BPD as suspected MDMA.
On Monday his coach from the Irish International Immigrant Center's youth soccer league, Colm Fahey, came to the front desk with a letter. He wrote that Arben has not missed a practice in two years and is a team captain. He also wrote that "his parents don't speak a word of English, only Albanian, so please make sure somebody explains this to them properly."
""",
     name="Arben Hoxha", grade=10, school="Fenway High School", d="allow",
     key="MDMA", mct=["Irish International Immigrant Center", "9 pink pills", "molly"],
     mnc=["Albanian"], cats=["language"], voice="coach", trap=True)

# 20
case(g="weapon", w="firearm", r="bpd/district-b2", at="2026-01-08 08:25",
     loc="Madison Park Technical Vocational High School, main entrance screening",
     desc="""
Summary for OLA: On 1/8/2026 at 8:25 AM a loaded .38 revolver (5 rounds in cylinder) was found in Dayvon's waistband during morning screening at the main entrance. Dayvon said he found it "in the park" over the weekend and was going to turn it in. BPD took the gun on scene. No one was threatened.
Note: at 11:40 AM the Councilor's office emailed the Headmaster. The staffer wrote that the office has been "helping the family with their asylum case since they came in 2023" and that they live "right on Ruggles St, where there were shootings last week, which is why he got scared." She asked that we "consider the whole picture."
""",
     name="Dayvon Celestin", grade=12, school="Madison Park Technical Vocational High School", d="allow",
     key=".38 revolver", mct=[".38 revolver", "5 rounds in cylinder"],
     mnc=["asylum", "Ruggles St"], cats=["immigration_status", "neighborhood"], voice="councilor")

# 21
case(g="serious_violence", r="bpd/district-b3", at="2025-12-10 16:20",
     loc="Haitian-Americans United community center, Mattapan (BPS after-school tutoring site)",
     desc="""
This happened at our after-school tutoring site at the Haitian-Americans United community center on 12/10/2025, around 4:20 PM. Two 8th graders began arguing over a Chromebook. Kemar picked up a metal folding chair and hit the other student (T.B.) across the back and head with it twice. T.B. fell and was briefly unresponsive; EMS took him to Carney Hospital, where he was treated for a concussion and a broken collarbone. Tutor Ms. Jeanty and the center's staff separated them.
The next day a youth advocate from a mentoring group, Mr. Andre Colley, emailed the principal: "Kemar has been with our program since 6th grade. His mother came from Jamaica alone with three kids and is doing her best. They live on Wellington Hill St and he has to walk past a lot to get to tutoring."
""",
     name="Kemar Bailey", grade=8, school="Mildred Avenue K-8 School", d="allow",
     key="folding chair", mct=["Haitian-Americans United community center", "folding chair", "broken collarbone"],
     mnc=["Jamaica", "Wellington Hill"], cats=["national_origin", "neighborhood"], voice="advocate", trap=True)

# 22
case(g="drugs", subs=["THC cartridge"], r="bpd/district-e18", at="2026-03-03 09:45",
     loc="Community Academy of Science and Health, 3rd floor girls' room",
     desc="""
2 THC carts and a battery taken from Nia's jacket in the 3rd floor girls' room, 9:45 AM, 3/3/2026. She said they're her brother's. No other items.
Her program director at the Hyde Park youth center (Ms. Sandra Bell) called to advocate. She said Nia's family "just relocated from the Orchard Gardens development after the fire" and asked for leniency.
""",
     name="Nia Coleman", grade=10, school="Community Academy of Science and Health", d="deny",
     why="excluded_substance", mnc=["Orchard Gardens"], cats=["neighborhood"], voice="youth_program")

# 23
case(g="drugs", subs=["Xanax (alprazolam)"], r="bpd/district-a1", at="2025-10-15 11:05",
     loc="Josiah Quincy Upper School, room 312",
     desc="""
On 10/15/2025 during 4th period a teacher confiscated an unlabeled pill bottle from Sophia after she was seen handing pills to two classmates. The bottle held 11 white rectangular bars scored in three places, imprinted XANAX 2. Sophia said she took them from her grandmother's cabinet. The two classmates were checked by the nurse; one had swallowed half a bar and was drowsy, and her parents picked her up.
On 10/20 the family's pediatrician, Dr. Helen Marsh, faxed a letter confirming Sophia has no prescription for alprazolam or any other controlled medication. She also wrote that Sophia's grandmother "speaks only Cantonese and may not have understood the pharmacy's instructions about storing the medicine."
""",
     name="Sophia Lin", grade=9, school="Josiah Quincy Upper School", d="allow",
     key="XANAX", mct=["11 white rectangular bars", "no prescription for alprazolam"],
     mnc=["Cantonese"], cats=["language"], voice="pediatrician")

# 24
case(g="weapon", w="stun gun", r="securitas/site-4471", at="2026-03-10 08:45",
     loc="Dearborn STEM Academy, locker bank 2",
     desc="""
Stun gun (purple, Guard Dog brand, charged) found in Naomi's locker 3/10/2026 at 8:45 AM after a friend said she'd been showing it off. Naomi said she keeps it for walking home after dark. No one was hurt.
The security director for the apartment complex where the family lives, Mr. Neil Sorensen of Securitas, emailed the AP asking for a copy because "residents of Harbor Point are not allowed to keep weapons under the lease." The AP entered his office as the recipient.
""",
     name="Naomi Okonkwo", grade=11, school="Dearborn STEM Academy", d="deny", why="recipient_not_permitted",
     mnc=["Harbor Point"], cats=["neighborhood"], voice="landlord")

# 25
case(g="weapon", w="knife", r="bpd/district-e18", at="2026-01-22 13:30",
     loc="Another Course to College, 2nd floor",
     desc="""
Steak knife in Noah's backpack, found 1:30 PM 1/22 by SSS after a tip. Noah said he needed it because older kids had been jumping him at the bus stop. Knife taken. Rabbi Daniel Stern wrote on 1/23 that Noah "is a gentle boy, active in our synagogue youth group."
""",
     name="Noah Feldman", grade=9, school="Another Course to College", d="allow",
     key="Steak knife", mct=["Steak knife", "bus stop"],
     mnc=["Rabbi", "synagogue"], cats=["religion"], voice="rabbi")

# 26
case(g="serious_violence", r="bpd/district-c6", at="2025-04-02 14:40",
     loc="MBTA bus stop outside Excel High School",
     desc="""
Fight at the MBTA stop outside school after dismissal on 4/2/2025, 2:40 PM; a 10th grader (L.P.) was knocked down and kicked, broken nose and two teeth knocked out, taken to Tufts by EMS. A neighbor on the street gave us her doorbell video. An officer at C-6 said he ran a still from the video through a facial recognition system and it returned a 91% match to Omari; that printout is attached. Omari's mother, who speaks mostly Somali, says he was at his uncle's.
""",
     name="Omari Hussein", grade=10, school="Excel High School", d="deny", why="face_surveillance",
     mnc=["91% match", "Somali"], cats=["face_surveillance", "language"], voice="neighbour",
     att=[{"kind": "face_match", "name": "C-6 printout 2025-04-03.pdf"},
          {"kind": "video", "name": "doorbell clip.mp4"}])

# 27
case(g="credible_threat", r="bpd/district-a15", at="2025-11-06 13:55",
     loc="Charlestown High School, outside the gym door",
     thr="""
On 11/3/2025 the student sent a classmate (J.K.) 23 Instagram messages in one evening, including 'I know your schedule' and 'I'm going to cut you when you walk out of gym Thursday.' On Thursday 11/6 he was found waiting outside the gym door as J.K.'s class let out. He was suspended in October for fighting J.K.
""",
     desc="""
J.K.'s mother brought printouts of the messages to AP Fontaine on 11/4 at 7:45 AM. The screenshots show 23 messages sent between 8 and 11 PM on 11/3.
On 11/6 at 1:55 PM SSS found Liam standing outside the gym door as J.K.'s class was about to let out; Liam said he was "waiting for a friend." He was escorted to the office and searched; he had no weapon.
On 11/7 J.K.'s family's attorney, Atty. Marcus Webb, emailed: "My clients filed papers this morning in Charlestown District Court for a harassment prevention order and ask that the school preserve all camera footage from November 3-7."
Liam's father called at noon. He said Liam "was raised better, we are Irish Catholic people who go to St. Mary's every week," and that Liam only wanted to talk to J.K.
""",
     name="Liam Callahan", grade=10, school="Charlestown High School", d="allow",
     key="outside the gym door", mct=["filed papers", "23 messages", "outside the gym door"],
     mnc=["Irish", "Catholic", "St. Mary"], cats=["ethnicity", "religion"], voice="lawyer", trap=True)

# 28
case(g="gang_activity", r="bpd/district-e18", at="2026-03-30 09:00",
     loc="New Mission High School (no incident location)",
     desc="""
Request from the office of a city councilor (email 3/30/2026 from aide Trevor Mahoney): "Neighbors say a group of New Mission kids are claiming Thetford Ave and tagging TAV on the bus shelters. The Councilor would like the school to share the names so BPD can get ahead of it." The AP believes Jaylen is one of the students. No incident at school, no weapon, nothing found.
""",
     name="Jaylen Brooks", grade=11, school="New Mission High School", d="deny", why="ground_not_permitted",
     mnc=["Thetford"], cats=["gang_affiliation"], voice="councilor")

# 29
case(g="weapon", w="taser", r="bpd/district-b2", at="2026-02-09 10:55",
     loc="John D. O'Bryant School of Mathematics & Science, 3rd floor library",
     desc="""
On 2/9 at 10:55 AM Ms. Kwan saw Destiny showing a black handheld taser to friends in the 3rd floor library and pressing the trigger so it crackled. SSS took it (brand on the side: Vipertek). Destiny said an older woman she knows gave it to her for protection. No one was touched with it.
Her DCF social worker, Ms. Alicia Ferreira, called at 1 PM. She confirmed that Destiny and her mother have been staying at a family shelter on Harrison Ave since January. She also said Destiny has "been hanging around with the Cameron Street girls" and that the social worker is worried about it.
""",
     name="Destiny Ruiz", grade=9, school="John D. O'Bryant School of Mathematics & Science", d="allow",
     key="taser", mct=["black handheld taser", "crackled"],
     mnc=["Harrison Ave", "Cameron Street"], cats=["neighborhood", "gang_affiliation"], voice="social_worker")

# 30
case(g="drugs", subs=["fentanyl"], r="bpd/district-a7", at="2025-12-04 13:05",
     loc="East Boston High School, boys' locker room",
     desc="""
Incident: 12/4/2025, 1:05 PM, boys' locker room. Coach Delaney saw Anderson hand a folded dollar bill to another student; when the student opened it, it held a light tan powder. Anderson had 8 more folded bills with the same powder in his gym bag. Fentanyl test strips from the nurse's Narcan kit showed positive on two. No one used anything; no overdose.
Outside contact: Jennifer Cardona, a youth organizer with Centro Presente, came to the dismissal meeting at the mother's request. Ms. Cardona said the family's case is before an immigration judge in February and that a police report "could get him deported." She asked that the school list her as a contact.
""",
     name="Anderson Molina", grade=10, school="East Boston High School", d="allow",
     key="fentanyl", mct=["Centro Presente", "light tan powder", "Fentanyl test strips"],
     mnc=["immigration judge", "deported"], cats=["immigration_status"], voice="advocate", trap=True)

# 31
case(g="vandalism", r="bpd/district-d14", at="2025-10-26 18:50",
     loc="Brighton High School, back wall of the gym",
     desc="""
Spray paint on the back wall of the gym (approx 6 ft tag) discovered Monday 10/27. Camera shows Luis and another student there at 6:50 PM Sunday. A neighbor across the street called to complain and said "it's the Puerto Rican kids from the Faneuil projects, it's always them." Custodians removed it; cost estimate $900.
""",
     name="Luis Ocasio", grade=10, school="Brighton High School", d="deny", why="ground_not_permitted",
     mnc=["Puerto Rican", "Faneuil"], cats=["ethnicity", "neighborhood"], voice="neighbour")

# 32
case(g="weapon", w="knife", r="bpd/district-e18", at="2026-04-14 08:15",
     loc="Boston Community Leadership Academy, front lobby",
     desc="""
I'm the dean of students. At 8:15 AM on 4/14/2026 Tyrese came in through the front and was loud in the lobby, using threatening language toward SSS Morales ("I'll f-- you up, try me"). When SSS asked him to step aside he pulled a knife with a 3-inch blade out of his sock and held it at his side. He put it down on the desk after about 20 seconds when I asked him to. Nobody touched anybody.
Tyrese is 18. At 12:30 a lawyer, Atty. Grace Whelan, called saying she represents him in a pending Roxbury District Court case and had heard from his aunt. She asked that we note he is on a waitlist for YouthBuild. She also said he "lives with his aunt in the Academy Homes on Columbus Ave because his mom was evicted." I said I'd include her call.
""",
     name="Tyrese Gaines", grade=12, school="Boston Community Leadership Academy", d="allow", age=18,
     key="knife", mct=["threatening language", "3-inch blade", "held it at his side"],
     mnc=["Academy Homes", "Columbus Ave"], cats=["neighborhood"], voice="lawyer", trap=True)

# 33
case(g="serious_violence", r="bpd/district-b2", at="2026-03-26 14:25",
     loc="Madison Park Technical Vocational High School, courtyard near the auto shop doors",
     desc="""
Assault during dismissal, 3/26/2026 approx 2:25 PM, in the courtyard near the auto shop doors. Video from the courtyard camera shows Terrell and two others knock a 10th grader (P.G.) down and stomp on his head and ribs for about 15 seconds. P.G. was unconscious for a short time; EMS took him to BMC where he was admitted with a skull fracture and two broken ribs.
At 5 PM the president of the Mission Main tenant association, Ms. Gloria Pettaway, left a message for the headmaster. She said Terrell is "a Mission Main kid who carries groceries for half the seniors in Building 4," and that "the police already have him in their book as H-Block just for where he lives."
""",
     name="Terrell Haynes", grade=11, school="Madison Park Technical Vocational High School", d="allow",
     key="skull fracture", mct=["skull fracture", "two broken ribs", "courtyard camera"],
     mnc=["Mission Main", "H-Block", "African American"], cats=["neighborhood", "gang_affiliation", "ethnicity"],
     voice="tenant_association", extra={"race_ethnicity": "Black or African American"})

# 34
case(g="drugs", subs=["vodka"], r="bpd/district-b2", at="2026-01-30 20:40",
     loc="Boston Latin Academy, cafeteria (winter semi-formal)",
     desc="""
Winter semi-formal 1/30/2026 in the cafeteria, approx 8:40 PM. The DJ the PTO hired (Mr. Ray Santiago, outside vendor) told a chaperone he saw a student pouring from a water bottle into cups. Chaperone Ms. Dolan found Kaylee with a 16 oz water bottle about half full of vodka. Kaylee could talk and walk; her mother picked her up at 9:10.
Mr. Santiago later emailed the PTO: "Not trying to get anyone in trouble. The girl told me she's Dominican like me and asked me to play bachata, then I saw the bottle."
""",
     name="Kaylee Rosario", grade=10, school="Boston Latin Academy", d="deny", why="excluded_substance",
     mnc=["Dominican"], cats=["ethnicity"], voice="vendor")

# 35
case(g="drugs", subs=["heroin"], r="bpd/district-b2", at="2025-09-16 09:20",
     loc="Jeremiah E. Burke High School, 1st floor bathroom",
     desc="""
On 9/16/2025 at 9:20 AM SSS Barros found Malik in the 1st floor bathroom with a rolled-up dollar bill and a glassine bag stamped GOT MILK with brown powder in it on the sink ledge. Malik was drowsy but responsive; the nurse monitored him and EMS evaluated him at 9:35, but he refused transport. Suspected heroin or fentanyl.
His juvenile probation officer, Mr. Anthony DiNapoli, returned my call at 1:10 PM. He said Malik has a status review hearing on 9/25 and he will report today's incident to the judge. He also said "between us, he's been running with the Columbia Point guys all summer," and that Malik's mother "is in the middle of getting her green card so she's scared to call anyone."
""",
     name="Malik Sesay", grade=11, school="Jeremiah E. Burke High School", d="allow",
     key="heroin", mct=["glassine bag", "brown powder", "status review hearing"],
     mnc=["Columbia Point", "green card"], cats=["gang_affiliation", "immigration_status"], voice="probation",
     trap=True)

# 36
case(g="weapon", w="firearm", r="commonwealth-fusion-center", at="2025-11-12 10:10",
     loc="English High School, 2nd floor coat room",
     desc="""
On 11/12/2025 at 10:10 AM Ms. Caruso found a .22 caliber pistol, unloaded, in the pocket of Jahmir's coat in the 2nd floor coat room after the coat fell off the hook. No ammunition found. Jahmir said it belonged to his older brother.
Ms. Carla Benn, director of an after-school music program Jahmir attends, called the next morning: "His grandparents are Jehovah's Witnesses, that boy has never been around guns in his life, somebody put that in his coat."
The school police liaison advised sending this to the Commonwealth Fusion Center; entered as recipient.
""",
     name="Jahmir Lowe", grade=9, school="English High School", d="deny", why="recipient_not_permitted",
     mnc=["Jehovah"], cats=["religion"], voice="youth_program")

# 37
case(g="credible_threat", r="bpd/district-d14", at="2026-05-04 16:30",
     loc="Boston Green Academy, track practice",
     thr="""
The student told two teammates at track practice on 5/4/2026 that she would bring her mother's gun to the city meet on 5/9 and shoot a named runner from another team before the 4x100. She showed one teammate a photo of a handgun on her phone and repeated the threat in a group chat at 9:12 PM the same night.
""",
     desc="""
Coach Ferraro reported on 5/5 at 7:40 AM. Per two teammates, at practice the afternoon before, Imani said she would bring her mother's gun to the city meet and shoot a girl from the other team before the 4x100 relay race. One teammate says Imani showed her a picture of a handgun on her phone. Group chat screenshot (9:12 PM 5/4) saved.
At 10:30 AM a neighbor of the family, Mr. Paul Keane, called the main office because he'd heard "something about Imani and a gun" from his own daughter. He said Imani's mother does own a gun, and that "their whole family is Jamaican and keeps to themselves at 33 Lawton St."
""",
     name="Imani Grant", grade=11, school="Boston Green Academy", d="allow",
     key="mother's gun", mct=["4x100 relay race", "picture of a handgun"],
     mnc=["Jamaican", "Lawton St"], cats=["ethnicity", "neighborhood"], voice="neighbour", trap=True)

# 38
case(g="weapon", w="club", r="bpd/district-a15", at="2026-02-02 12:25",
     loc="Charlestown High School, cafeteria",
     desc="""
Monday 2/2/2026, 12:25 PM, cafeteria. A student recorded Jordan swinging a black expandable baton at another student's legs; he missed and hit a table. In the background of the video you can hear someone yelling "chill, chill." SSS Cahill took the baton from Jordan without a struggle. Jordan says he bought it on Amazon.
The following day Jordan's Big Brother mentor, Mr. Evan Locke, emailed the AP. He said Jordan "came here from Ecuador at 11 and has had to grow up fast," and that he has seen a big change in him this year.
""",
     name="Jordan Quishpe", grade=10, school="Charlestown High School", d="allow",
     key="expandable baton", mct=["expandable baton", "In the background of the video"],
     mnc=["Ecuador"], cats=["national_origin"], voice="mentor", trap=True)

# 39
case(g="theft", r="bpd/district-a1", at="2025-10-02 14:50",
     loc="Convenience store near Josiah Quincy Upper School",
     desc="""
The owner of the convenience store near the school, Mr. Tony Lam, called on 10/2/2025 at 3:45 PM. He says Mai took about $40 of snacks and phone chargers at 2:50 PM and ran. He has video. He said, "She's one of those Vietnamese girls from Tai Tung Village, I know her mother." He wants the school to report it to police. Mai is in 7th grade; there was no incident at school.
""",
     name="Mai Nguyen", grade=7, school="Josiah Quincy Upper School", d="deny", why="ground_not_permitted",
     mnc=["Vietnamese", "Tai Tung"], cats=["ethnicity", "neighborhood"], voice="shop_owner")

# 40
case(g="serious_violence", r="bpd/district-c11", at="2026-01-12 11:48",
     loc="TechBoston Academy, 2nd floor hallway outside room 214",
     desc="""
Email received 1/13/2026 at 4:02 PM, pasted below, followed by our own account.
> I write as counsel to the family of D.A., who was assaulted at TechBoston on January 12.
> D.A. suffered a broken jaw that was wired shut at Boston Medical Center that night. My clients ask that the school preserve the hallway video.
> I also want the school to know that the boy who did this is known as a member of the Geneva Ave crew and that his family lives right on Geneva Ave near Bowdoin St.
Our account: at 11:48 AM on 1/12 in the 2nd floor hallway outside room 214, Andre punched D.A. three times in the face after words in class. D.A. fell and was bleeding from the mouth. Nurse called EMS at 11:52.
""",
     name="Andre Lopes", grade=10, school="TechBoston Academy", d="allow",
     key="broken jaw", mct=["I write as counsel", "broken jaw", "outside room 214"],
     mnc=["Geneva Ave", "Bowdoin"], cats=["gang_affiliation", "neighborhood"], voice="lawyer", trap=True)

# 41
case(g="weapon", w="firearm", r="bpd/district-b3", at="2026-03-04 08:02",
     loc="Jeremiah E. Burke High School, main door",
     desc="""
Anonymous caller (said she lives near the school) at 7:30 AM 3/4/2026: a boy in a red North Face was showing a gun at the bus stop. 8:02 AM SSS stopped Keshawn (red North Face) at the door; loaded Polymer80 handgun in his waistband. BPD on scene 8:09. Caller added he's "one of those Greenwood St boys, that crew."
""",
     name="Keshawn Tate", grade=9, school="Jeremiah E. Burke High School", d="allow",
     key="Polymer80 handgun", mct=["Polymer80 handgun", "red North Face"],
     mnc=["Greenwood St"], cats=["gang_affiliation"], voice="neighbour")

# 42
case(g="drugs", subs=["vape (contents unknown)", "Zyn nicotine pouches"], r="bpd/district-b2",
     at="2026-03-05 07:25", loc="School bus (route 14B) arriving at Mission Hill K-8",
     desc="""
Bus driver (Transdev, route 14B) radioed dispatch 3/5/2026 at 7:25 AM; dispatch called us. The driver said a boy in the back was vaping and blew it in a younger girl's face. On arrival SSS took a disposable vape (mango, contents unknown) and a tin of Zyn nicotine pouches from Alexis.
Driver's written statement: "It was the Spanish-speaking boy, I think his family is from Guatemala, he always sits in the last row."
""",
     name="Alexis Tzul", grade=8, school="Mission Hill K-8", d="deny", why="excluded_substance",
     mnc=["Spanish-speaking", "Guatemala"], cats=["language", "national_origin"], voice="bus_driver")

# 43
case(g="drugs", subs=["counterfeit oxycodone", "marijuana"], r="bpd/district-e18", at="2025-04-22 10:40",
     loc="New Mission High School, AP office",
     desc="""
At 10:40 AM on 4/22/2025 SSS Mendes searched Precious's purse in the AP's office after a teacher saw her selling something in the stairwell. Found: a pill bottle with 22 blue M30 pills, a small bag of marijuana, and $310 cash in small bills. Precious said the pills were "perc 30s" from a friend. Pills held for BPD as suspected counterfeit oxycodone.
The aide to a state representative, Mr. Colin Brody, called the principal on 4/23 and again on 4/24. He said Precious volunteers every Saturday at the Catholic Charities pantry in Dorchester and that the representative knows her well. He also said the family is Nigerian and "very private," and that her father is "a deacon at their church in Mattapan."
""",
     name="Precious Adeyemi", grade=11, school="New Mission High School", d="allow",
     key="counterfeit oxycodone", mct=["22 blue M30 pills", "Catholic Charities pantry", "$310 cash"],
     mnc=["Nigerian", "deacon"], cats=["ethnicity", "religion"], voice="state_rep", trap=True)

# 44
case(g="serious_violence", r="bpd/district-d4", at="2025-10-09 15:05",
     loc="Boston Arts Academy, sidewalk outside the building after dismissal",
     desc="""
Incident date: 10/9/2025, approx 3:05 PM, on the sidewalk outside the building after dismissal. Malachi hit another student (O.N.) in the knee and forearm with a wooden baseball bat he had brought from home in his cello case. O.N. has a fractured ulna and was taken to Beth Israel by EMS. Bat recovered by SSS and bagged.
Pastor Jean-Robert Celestin emailed the principal on 10/10: "Malachi is a deacon's son in our Seventh-day Adventist congregation and plays keyboard for our youth service every Saturday. I have never seen violence in him. His family is Haitian and very proud of his scholarship to your school."
""",
     name="Malachi Toussaint", grade=11, school="Boston Arts Academy", d="allow",
     key="baseball bat", mct=["wooden baseball bat", "fractured ulna", "cello case"],
     mnc=["Adventist", "congregation", "Haitian"], cats=["religion", "ethnicity"], voice="pastor")

# 45
case(g="drugs", subs=["fentanyl"], r="hsi/boston", at="2026-02-26 11:15",
     loc="East Boston High School, 2nd floor",
     desc="""
Fentanyl: 30 blue pills in a Tic Tac container, taken from Elvin's jacket 2/26 at 11:15 AM.
A man who identified himself as Special Agent R. Curtis, Homeland Security Investigations, called the AP the next day. He said Elvin is "a Honduran national we have an interest in" and asked that the incident report be sent to his office. AP entered HSI as recipient.
""",
     name="Elvin Castillo", grade=11, school="East Boston High School", d="deny", why="recipient_not_permitted",
     mnc=["Honduran", "Honduras"], cats=["national_origin"], voice="federal_agent",
     extra={"country_of_birth": "Honduras"})

# 46
case(g="weapon", w="knife", r="bpd/district-b2", at="2025-12-19 09:30",
     loc="Edward M. Kennedy Academy for Health Careers, room 305",
     desc="""
Ms. Sokha Chhim, a community health worker from the health center that sees the family, sat in on the re-entry meeting on 1/6/2026 at the mother's request.
What happened (12/19/2025, 9:30 AM, room 305): during a quiz, Rithy took a switchblade out of his pocket and flicked it open and closed while staring at another student who had called him names. The teacher calmly asked for it and Rithy handed it over. Blade approx 3.5 inches. No one was injured.
At the meeting, Ms. Chhim said Rithy's mother needs a Khmer interpreter for anything written, and that the family are devout Buddhists who "see this as a shame on the whole house." She asked that the suspension letter be sent to the family again.
""",
     name="Rithy Sok", grade=10, school="Edward M. Kennedy Academy for Health Careers", d="allow",
     key="switchblade", mct=["community health worker", "switchblade", "room 305"],
     mnc=["Khmer", "Buddhist"], cats=["language", "religion"], voice="health_worker", trap=True)

# 47
case(g="credible_threat", r="bpd/district-b2", at="2026-02-17 12:30",
     loc="John D. O'Bryant School of Mathematics & Science, chemistry lab",
     thr="""
On 2/17/2026 at 12:30 PM the student told his chemistry teacher he had 'a list' of five students and would 'take care of them' at the Friday pep rally, then named two of them. That evening he posted a TikTok video of himself handling a black rifle in a bedroom with the caption 'friday.'
""",
     desc="""
Mr. Dobbins (Chemistry) reported at 12:40 PM on 2/17 that Caleb told him he had 'a list' of five kids and would 'take care of them' at the Friday pep rally. Caleb then named two of them. That evening a parent sent the AP a TikTok video Caleb posted showing him handling a black rifle in a bedroom, caption 'friday.'
Nobody is sure about the origin of the argument; the five students say they barely know him.
2/18, 9:15 AM: a reporter from a neighborhood paper emailed asking whether "the boy with the rifle video is the Cape Verdean kid from Bowdoin-Geneva who got jumped last year." The Communications office will answer; no comment from us.
""",
     name="Caleb Monteiro", grade=10, school="John D. O'Bryant School of Mathematics & Science", d="allow",
     key="black rifle", mct=["black rifle", "Friday pep rally", "origin of the argument"],
     mnc=["Cape Verdean", "Bowdoin-Geneva"], cats=["ethnicity", "neighborhood"], voice="reporter", trap=True)

# 48
case(g="credible_threat", r="bpd/district-d4", at="2025-12-11 14:40", thr="",
     loc="Snowden International School, room 410",
     desc="""
Note found on a desk in room 410 after 6th period 12/11/2025: "you all will see." Handwriting matched to Omar by the teacher; he admits writing it but says it was song lyrics. No names, no weapon mentioned.
Letter from Atty. Helen Forsyth, 12/12: "My client is a 15-year-old honor student. His parents speak Arabic and were not given a translated copy of your suspension notice. Any referral to police on this record would be unwarranted."
""",
     name="Omar Haddad", grade=10, school="Snowden International School", d="deny", why="missing_threat_statement",
     mnc=["Arabic"], cats=["language"], voice="lawyer")

# 49
case(g="drugs", subs=["psilocybin mushrooms"], r="bpd/district-b2", at="2026-03-12 10:15",
     loc="Boston Latin Academy, room 221",
     desc="""
During Spanish class on 3/12/2026 (period 3, room 221) Valentina offered two classmates "shrooms" from a ziplock bag. Sra. Paredes saw the bag and sent her to the office. The bag held about 4 grams of dried mushrooms; Valentina said they were psilocybin and that she had already sold some chocolate squares made with them. Items held for BPD.
At pickup, her program director from Sociedad Latina, Ms. Beatriz Ocasio, asked to speak with the AP. She said the program will support a safety plan. She added that Valentina's family is Colombian and "still settling in after everything they went through in Medellín."
""",
     name="Valentina Restrepo", grade=9, school="Boston Latin Academy", d="allow",
     key="psilocybin", mct=["Spanish class", "Sociedad Latina", "dried mushrooms"],
     mnc=["Colombian", "Medellín", "2025-01-06"], cats=["ethnicity", "national_origin", "immigration_status"],
     voice="youth_program", trap=True, extra={"us_entry_date": "2025-01-06"})

# 50
case(g="weapon", w="firearm", r="bpd/district-c11", at="2025-11-04 07:40",
     loc="Dr. William W. Henderson K-12 Inclusion School, upper campus entrance",
     desc="""
Student's uncle (not a guardian) called the school at 7:05 AM 11/4/2025 to say his .380 pistol was missing and he thought his nephew Jean-Marc took it. SSS checked Jean-Marc at the door at 7:40; loaded .380 pistol in the front pocket of his backpack. BPD took custody 7:52.
""",
     name="Jean-Marc Dorval", grade=9, school="Dr. William W. Henderson K-12 Inclusion School", d="allow",
     key=".380 pistol", mct=[".380 pistol", "front pocket of his backpack"],
     mnc=["Creole", "Woodrow Ave", "MA 02124", "Haiti"], cats=["language", "neighborhood", "national_origin"],
     voice="relative",
     extra={"home_language": "Haitian Creole", "country_of_birth": "Haiti",
            "address": {"street": "27 Woodrow Ave", "city": "Dorchester, MA 02124"}})

# 51
case(g="trespass", r="bpd/district-d4", at="2026-01-17 21:15",
     loc="Fenway High School, roof",
     desc="""
A woman who lives on the street behind the school called at 9:40 PM on Saturday 1/17/2026 to say "the Ethiopian kids" were on the school roof again. Facilities found the roof hatch forced. Camera shows Dawit and two others climbing the fire escape at 9:15 PM. No damage beyond the hatch latch. Nobody hurt.
""",
     name="Dawit Tesfaye", grade=11, school="Fenway High School", d="deny", why="ground_not_permitted",
     mnc=["Ethiopian"], cats=["ethnicity"], voice="neighbour")

# 52
case(g="serious_violence", r="bpd/district-e13", at="2025-12-16 10:35",
     loc="English High School, main stairwell",
     desc="""
WHAT HAPPENED: Per the AP and two staff witnesses, on 12/16/2025 at 10:35 AM in the main stairwell, Edwin shoved another 11th grader (S.V.) down a half-flight of stairs during an argument and then kicked him in the face while he was on the landing.
INJURIES: S.V. - broken nose, lost two front teeth, cut above right eye (glued at the Faulkner ER).
ACTIONS: EMS called 10:38. Edwin held in the AP office with the school adjustment counselor until his mother arrived.
FOLLOW-UP: Camera 6 (main stairwell) shows the shove at 10:35:12; clip saved to the incident folder. S.V.'s father called 12/17 to say S.V. will need dental surgery and is not ready to come back. Edwin is suspended 10 days pending an expulsion hearing on 1/6. In his written statement Edwin says S.V. had been "talking about my mother" for a week; two students back that up.
OTHER CONTACTS: On 12/17 Mr. Roberto Sandoval of the Hyde Square Task Force youth program called to speak for Edwin. He said Edwin "is one of our best, he is undocumented and terrified of being picked up, that's why he ran." Mr. Sandoval asked for a copy of the report; told him we can't share it.
""",
     name="Edwin Ramírez", grade=11, school="English High School", d="allow",
     key="broken nose", mct=["shoved another 11th grader", "lost two front teeth", "school adjustment counselor"],
     mnc=["undocumented"], cats=["immigration_status"], voice="youth_program", trap=True)

# 53
case(g="weapon", w="knife", r="bpd/district-b3", at="2026-01-20 08:10",
     loc="Jeremiah E. Burke High School, main entrance",
     desc="""
Karambit (curved blade, finger ring) found clipped inside Derek's waistband at 8:10 AM on 1/20/2026 during a random bag check at the main entrance. Derek said it is a training knife from his Brazilian jiu-jitsu gym, but the edge is sharp (SSS cut paper with it). Knife held.
The gym owner, Mr. Felipe Rocha, came in at 2 PM with a printout of Derek's belt promotions. He told the AP, "People keep saying he's Franklin Hill, but he trains six days a week, he doesn't have time for that."
""",
     name="Derek Amankwah", grade=12, school="Jeremiah E. Burke High School", d="allow",
     key="Karambit", mct=["Karambit", "Brazilian jiu-jitsu gym", "cut paper"],
     mnc=["Franklin Hill"], cats=["gang_affiliation"], voice="coach", trap=True)

# 54
case(g="weapon", w="knife", r="msp/troop-f", at="2025-12-09 07:55",
     loc="East Boston High School, main entrance",
     desc="""
A state trooper came to the school on 12/9/2025 asking for our report about the knife (black folding knife, approx 3.5 in.) SSS took from Matheus at the main entrance at 7:55 AM that day. The trooper said an MBTA bus driver had reported Matheus "flashing a knife on the 120 bus and talking in Portuguese with two friends." The AP addressed the report to the trooper's barracks at his request.
""",
     name="Matheus Lima", grade=10, school="East Boston High School", d="deny", why="recipient_not_permitted",
     mnc=["Portuguese"], cats=["language"], voice="bus_driver")

# 55
case(g="drugs", subs=["crack cocaine"], r="bpd/district-b2", at="2026-02-12 13:30",
     loc="Madison Park Technical Vocational High School, 3rd floor bathroom",
     desc="""
Crack cocaine: 5 small off-white rocks in a knotted corner of a plastic bag, plus a glass stem, found in Shaquan's sneaker during a search at 1:30 PM on 2/12/2026 (the vape alarm in the 3rd floor bathroom led to the search). Shaquan said he was holding it for an older cousin.
On 2/17 his mother brought in a letter from his pediatrician, Dr. Farah Siddiqui, along with his discharge papers from a December hospital stay for asthma. The letter says Shaquan "fasted for Ramadan last spring against medical advice, which shows how seriously he takes his Muslim faith," and asks the school to consider that he may have been coerced.
""",
     name="Shaquan Abdullah", grade=10, school="Madison Park Technical Vocational High School", d="allow",
     key="Crack cocaine", mct=["off-white rocks", "glass stem", "discharge papers"],
     mnc=["Ramadan", "Muslim"], cats=["religion"], voice="pediatrician", trap=True)

# 56
case(g="cyberbullying", r="bpd/district-d4", at="2026-02-09 16:00",
     loc="Instagram (off campus)",
     desc="""
Fake Instagram account mocking a 10th grader (posts 2/2-2/9/2026) traced to Zoe's phone by her own admission. No threats in the posts. The victim's mother forwarded an email from a family friend, Ms. Renata Yates, who is running for city council: "The girl behind this lives in the Lenox St projects, I've seen her there, you should call the police."
""",
     name="Zoe Armstrong", grade=10, school="Snowden International School", d="deny", why="ground_not_permitted",
     mnc=["Lenox"], cats=["neighborhood"], voice="candidate")

# 57
case(g="credible_threat", r="bpd/district-d4", at="2026-04-01 16:50",
     loc="Boston Arts Academy, backstage and locker 3-118",
     thr="""
On 4/1/2026, before the spring musical, the student told a classmate that 'tonight this place goes up' and pointed to his locker. A search at 5:10 PM found a red gas can holding about a gallon of gasoline and a lighter in that locker. He had been removed from the show's cast the week before.
""",
     desc="""
At 4:50 PM on 4/1, before call time for the spring musical, a student on the stage crew told Ms. Hartigan that Jaylen said "tonight this place goes up" and pointed at his locker. SSS and the AP opened locker 3-118 at 5:10 PM: red plastic gas can, about a gallon of gasoline, and a Bic lighter. Jaylen was taken to the office; BFD and BPD were notified; the show went on after a sweep.
Jaylen had been cut from the cast on 3/25.
At 7 PM his program director at the Boys & Girls Club, Mr. Otis Vance, called the AP's cell. He said Jaylen has been "under pressure from the Annunciation Road guys since the summer" and that "his grandmother's house on Ruggles is the only safe place he has."
""",
     name="Jaylen Okafor", grade=11, school="Boston Arts Academy", d="allow",
     key="gas can", mct=["stage crew", "red plastic gas can", "locker 3-118"],
     mnc=["Annunciation Road", "Ruggles"], cats=["gang_affiliation", "neighborhood"], voice="youth_program",
     trap=True)

# 58
case(g="serious_violence", r="bpd/district-e18", at="2025-10-21 12:10",
     loc="Another Course to College, outside the cafeteria",
     desc="""
Serious assault, 10/21/2025 approx 12:10 PM, outside the cafeteria. Cristian stabbed another student (N.D.) once in the upper left arm with a pen knife after N.D. bumped him in line. N.D. lost a fair amount of blood; the nurse wrapped the arm tightly and EMS took him to Faulkner; 9 stitches, no tendon damage. Knife recovered from the trash can by the cafeteria door.
Cristian's mother asked us to read a note from the family's landlord, Mr. Walter Boyce, which she thought would help: "The family in 3R at 120 Cummins Hwy has rented from me for 4 years. They are hardworking people from Santo Domingo and have never given me trouble."
""",
     name="Cristian Reyes", grade=10, school="Another Course to College", d="allow",
     key="pen knife", mct=["upper left arm", "9 stitches", "trash can by the cafeteria door"],
     mnc=["Cummins", "Santo Domingo", "Spanish"], cats=["neighborhood", "national_origin", "language"],
     voice="landlord", extra={"lep": True, "home_language": "Spanish"})

# 59
case(g="serious_violence", r="bpd/district-b2", at="2026-03-13 14:30",
     loc="Sidewalk outside Jeremiah E. Burke High School",
     desc="""
Stabbing outside the Burke on 3/13/2026 at 2:30 PM; an adult man (not a student) was stabbed in the side and is in stable condition at BMC. A detective from B-2 emailed the AP the next day asking for Jalen's school ID photo "to run it through facial recognition against the bystander video," and said a caller had named him as "one of the Vine Street young boys." The AP submitted the photo request here.
""",
     name="Jalen Pierce", grade=12, school="Jeremiah E. Burke High School", d="deny", why="face_surveillance",
     mnc=["Vine Street"], cats=["face_surveillance", "gang_affiliation"], voice="caller",
     att=[{"kind": "photo", "name": "school ID photo (requested for face matching)"}])

# 60
case(g="weapon", w="firearm", r="bpd/district-e13", at="2025-11-13 10:20",
     loc="Jamaica Plain branch library (class research period)",
     desc="""
On 11/13/2025 at about 10:20 AM our 9th grade humanities class was doing a research period at the Jamaica Plain branch library. A librarian saw the handle of a gun sticking out of Tavon's jacket pocket on the back of his chair and told Mr. Keough. Mr. Keough moved the class out; officers from E-13 arrived at 10:31 and recovered a loaded Glock 19 from the jacket. Tavon was taken into custody.
That afternoon a reporter from a TV station called Communications asking us to confirm that "the kid with the gun at the library is the one whose dad got an ICE detainer last month." No comment given.
""",
     name="Tavon Rhodes", grade=9, school="English High School", d="allow",
     key="Glock 19", mct=["Jamaica Plain branch library", "loaded Glock 19"],
     mnc=["detainer"], cats=["immigration_status"], voice="reporter", trap=True)

# 61
case(g="drugs", subs=["Adderall (amphetamine), not prescribed"], r="bpd/district-b2", at="2026-03-02 09:50",
     loc="John D. O'Bryant School of Mathematics & Science, 2nd floor study hall",
     desc="""
On 3/2/2026 a teacher found Ashley selling Adderall tablets (orange, 20 mg) to classmates in the 2nd floor study hall for $10 each. She had 17 tablets in an unlabeled Advil bottle. Ashley has no prescription on file with the nurse.
On 3/3 the pharmacist at the CVS where the family fills prescriptions called the nurse after the mother came in upset. He said the bottle matches a fill for Ashley's older brother. He added that the mother "needed a Spanish interpreter on the phone" and that the family is at 45 Harvard St, apartment 2.
""",
     name="Ashley Pimentel", grade=11, school="John D. O'Bryant School of Mathematics & Science", d="allow",
     key="Adderall", mct=["17 tablets", "unlabeled Advil bottle", "$10 each"],
     mnc=["Spanish", "Harvard St"], cats=["language", "neighborhood"], voice="pharmacist")

# 62
case(g="weapon", w="airsoft pistol", r="bpd/district-a15", at="2025-10-20 10:30",
     loc="Charlestown High School, room 204",
     desc="""
Black airsoft pistol (looks like a Glock, orange tip painted over) found in Colin's backpack at 10:30 AM on 10/20/2025 after a student saw it during class. He says he uses it for target practice in his yard. No one was threatened. Father Brian Doherty called to say Colin has been an altar server at St. Catherine's for six years.
""",
     name="Colin Sweeney", grade=9, school="Charlestown High School", d="deny", why="other",
     mnc=["altar server", "St. Catherine"], cats=["religion"], voice="priest")

# 63
case(g="serious_violence", r="bpd/district-b2", at="2026-01-29 18:45",
     loc="BCYF Perkins Community Center, gym (away basketball game)",
     desc="""
Away basketball game at the BCYF Perkins Community Center, 1/29/2026, 6:45 PM (4th quarter). After a hard foul, Anthony punched the opposing player (#12) and, when he was down, slammed his head into the floor twice. #12 had a seizure on the court; EMS took him to Carney. His coach later told our AD he was diagnosed with a brain bleed and kept two nights.
The opposing coach, Mr. Dennis Kilroy, wrote to our AD on 1/30: "Your kid should be locked up. He and his Trinidadian buddies were talking trash all game, and everybody at Perkins knows he runs with the Talbot Ave boys."
""",
     name="Anthony Baptiste", grade=12, school="Dearborn STEM Academy", d="allow",
     key="brain bleed", mct=["BCYF Perkins Community Center", "brain bleed", "slammed his head into the floor"],
     mnc=["Trinidadian", "Talbot Ave"], cats=["ethnicity", "gang_affiliation"], voice="coach", trap=True)

# 64
case(g="suspicious_behavior", r="bpd/district-b2", at="2025-09-19 07:30",
     loc="Boston Latin Academy, front wall",
     desc="""
A man who lives across from the school emailed the headmaster on 9/19/2025 with photos of Zain sitting on the front wall and "filming the entrance for 20 minutes." He wrote: "He's Pakistani, I see him walk to the mosque on Fridays, you should tell the police." Zain told the AP he was filming a time-lapse for his photography elective. No incident, nothing found.
""",
     name="Zain Qureshi", grade=11, school="Boston Latin Academy", d="deny", why="ground_not_permitted",
     mnc=["Pakistani", "mosque"], cats=["national_origin", "religion"], voice="neighbour")

# 65
case(g="weapon", w="stun gun", r="bpd/district-d14", at="2025-10-03 12:20",
     loc="Boston Green Academy, 2nd floor hallway",
     desc="""
Stun gun (black, Police Force 9.8M printed on the side, working) found in Khalil's gym bag during a search on 10/3/2025 at 12:20 PM, after a student reported Khalil zapped the air next to her head in the hallway to scare her. She was not touched.
Letter from Atty. Brendan Shea received 10/6: "In light of his pending case in Brighton District Court on the bicycle matter, I ask that any statements Khalil made without counsel present not be forwarded. I would also note his mother's limited English; she did not understand the consent form she signed on October 3."
""",
     name="Khalil Hassan", grade=10, school="Boston Green Academy", d="allow",
     key="Stun gun", mct=["zapped the air next to her head", "pending case in Brighton District Court"],
     mnc=["limited English"], cats=["language"], voice="lawyer", trap=True)

# 66
case(g="drugs", subs=["fentanyl"], r="bpd/district-c6", at="2025-05-20 11:50",
     loc="Excel High School, 2nd floor girls' bathroom",
     desc="""
Overdose, 5/20/2025. At 11:50 AM Ms. Tobin found a student (not Nestor) slumped in the 2nd floor girls' bathroom; the nurse gave Narcan and she recovered. She said Nestor gave her "some blue" at lunch. SSS found Nestor with 3 folded paper bindles of blue-gray powder in his backpack; BPD field-tested them positive for fentanyl.
A letter came from Nestor's lawyer on 5/22 stating that Nestor is a DACA recipient and asking that the school "weigh the collateral consequences."
""",
     name="Nestor Villeda", grade=12, school="Excel High School", d="allow",
     key="fentanyl", mct=["Narcan", "3 folded paper bindles"],
     mnc=["DACA recipient"], cats=["immigration_status"], voice="lawyer",
     extra={"immigration_status": "DACA recipient"})

# 67
case(g="disorderly_conduct", r="bpd/district-d14", at="2026-05-01 07:40",
     loc="MBTA 57 bus near Brighton High School",
     desc="""
Shouting match on the 57 bus near the school, 5/1/2026, 7:40 AM. Bogdan and his brother argued loudly with another rider; the driver stopped the bus and asked them to get off. No one was hurt. A reporter called on 5/4 asking whether "the two Ukrainian brothers who came on humanitarian parole" were suspended.
""",
     name="Bogdan Kovalenko", grade=10, school="Brighton High School", d="deny", why="ground_not_permitted",
     mnc=["Ukrainian", "humanitarian parole"], cats=["national_origin", "immigration_status"], voice="reporter")

# 68
case(g="credible_threat", r="bpd/district-b2", at="2026-01-26 12:15",
     loc="Madison Park Technical Vocational High School (reported by outside clinician)",
     thr="""
On 1/26/2026 the student's outpatient therapist called the school under her duty to warn. In session that morning he said he would bring his father's hunting rifle to school on Wednesday and shoot the two boys who robbed him in December; he named both, said he knows where the rifle is kept and how to load it.
""",
     desc="""
Duty-to-warn call received by the principal at 12:15 PM on 1/26/2026 from Ms. Rebecca Stahl, LICSW, Christian's outpatient therapist (release on file). She said Christian told her he would bring his father's hunting rifle on Wednesday and shoot two boys who took his phone and sneakers in December; he named both and said he knows how to load it. His father confirmed by phone at 12:40 that he owns a rifle and agreed to move it to his brother's home. Christian kept home Tues-Wed pending a threat assessment.
Ms. Stahl added that Christian was born in El Salvador and lost an older brother there, and that he "has a trauma history that explains a lot."
""",
     name="Christian Portillo", grade=10, school="Madison Park Technical Vocational High School", d="allow",
     key="hunting rifle", mct=["hunting rifle", "his phone and sneakers"],
     mnc=["El Salvador"], cats=["national_origin"], voice="therapist")

# 69
case(g="weapon", w="mace", r="bpd/district-d4", at="2025-09-24 07:50",
     loc="Josiah Quincy Upper School, corner by the front steps",
     desc="""
Morning arrival 9/24/2025, 7:50 AM, at the corner by the front steps. Crossing guard Ms. Dot Mahoney (City of Boston) came into the office to report she saw Jazmine spray mace in another girl's face. The other girl (9th grade, A.S.) came in crying with red swollen eyes and was rinsed out by the nurse; a parent took her to urgent care. Jazmine had a small canister of Mace brand spray in her jacket; SSS took it.
Ms. Mahoney said she "knows Jazmine from the Cathedral projects, she's been fighting that girl since summer."
""",
     name="Jazmine Colón", grade=9, school="Josiah Quincy Upper School", d="allow",
     key="Mace", mct=["red swollen eyes", "Mace brand spray"],
     mnc=["Cathedral"], cats=["neighborhood"], voice="crossing_guard")

# 70
case(g="drugs", subs=["THC gummies"], r="bpd/district-e5", at="2025-11-04 11:45",
     loc="Washington Irving Middle School, cafeteria",
     desc="""
Tuesday 11/4/2025: Hana brought a bag of gummies labeled Delta-9 THC 10mg and gave some to three classmates at lunch; two felt sick and went to the nurse, and their parents picked them up. No other substance found.
Her after-school program director, Mr. Gil Abebe, called to say Hana's mother "doesn't speak English, only Amharic," and asked for a call with an interpreter.
""",
     name="Hana Girma", grade=8, school="Washington Irving Middle School", d="deny", why="excluded_substance",
     mnc=["Amharic", "interpreter"], cats=["language"], voice="youth_program")

# 71
case(g="serious_violence", r="bpd/district-a15", at="2025-10-17 21:10",
     loc="Charlestown High School, parking lot",
     desc="""
Friday 10/17/2025 after the Catholic Memorial game (approx 9:10 PM, school parking lot). Dashawn swung a padlock inside a sock and hit a 12th grader from our school (R.K.) on the side of the head. R.K. went down; he needed 11 staples and was kept overnight at MGH with a concussion. Several parents saw it. Sock and padlock recovered by our AD.
On Monday R.K.'s family's pastor, Rev. Thomas Quigley, called the Headmaster. He said the family "have been pillars of our parish for three generations" and that "everyone in the Bunker Hill development knows who this boy runs with."
""",
     name="Dashawn Ellis", grade=11, school="Charlestown High School", d="allow",
     key="padlock", mct=["padlock inside a sock", "11 staples", "Catholic Memorial game"],
     mnc=["parish", "Bunker Hill"], cats=["religion", "neighborhood"], voice="pastor", trap=True)

# 72
case(g="weapon", w="knife", r="bpd/district-b3", at="2026-02-05 11:25",
     loc="Mildred Avenue K-8 School, gym",
     desc="""
7th grade. On 2/5/2026 at 11:25 AM in the gym, Peterson pulled a red pocket knife (Swiss Army type, main blade about 2.5 in.) out of his shorts and opened it while arguing with a classmate during dodgeball. Mr. Odom told him to close it and hand it over; he did. No injuries.
An advocate from Massachusetts Advocates for Children, Ms. Renée Lamothe, joined the 2/9 meeting by phone. She pointed out that Peterson has an IEP for ADHD and that a manifestation determination is required. She also told the team the family fled Haiti after the 2021 earthquake and that his father's work permit is up for renewal.
""",
     name="Peterson Joseph", grade=7, school="Mildred Avenue K-8 School", d="allow",
     key="pocket knife", mct=["red pocket knife", "manifestation determination"],
     mnc=["Haiti", "work permit"], cats=["national_origin", "immigration_status"], voice="advocate")

# 73
case(g="weapon", w="knife", r="gang-database", at="2026-02-18 11:15",
     loc="TechBoston Academy, 2nd floor hallway",
     desc="""
Folding knife (black, 3 in.) found on Khalid in the 2nd floor hallway at 11:15 AM 2/18/2026 after he flashed it at another student (T.J.). No one cut.
T.J.'s father called at 1 PM and demanded the school "put this boy in the gang database, everyone knows he's Magnolia." The AP entered the recipient as requested so OLA can review.
""",
     name="Khalid Barre", grade=10, school="TechBoston Academy", d="deny", why="recipient_not_permitted",
     mnc=["Magnolia"], cats=["gang_affiliation"], voice="victim_parent")

# 74
case(g="drugs", subs=["LSD"], r="bpd/district-b2", at="2025-10-28 09:15",
     loc="Boston Latin Academy, library",
     desc="""
10/28/2025. The mother of one of Gabriel's friends (Mrs. Karen Doyle) called the AP at 8:00 AM. She found a sheet of blotter paper with 10 perforated squares in her son's jacket, and her son said Gabriel sold it to him in the school library on Friday. At 9:15 the AP met with Gabriel and his father; Gabriel handed over a second sheet with 25 squares from his binder and said it is LSD. Both sheets are held for BPD.
Mrs. Doyle ended the call by saying she "never trusted that Lebanese family."
""",
     name="Gabriel Haddad", grade=11, school="Boston Latin Academy", d="allow",
     key="LSD", mct=["blotter paper", "25 squares"],
     mnc=["Lebanese", "Beirut"], cats=["ethnicity", "national_origin"], voice="other_parent",
     extra={"birthplace": "Beirut"})

# 75
case(g="credible_threat", r="bpd/district-e18", at="2026-03-23 21:40",
     loc="New Mission High School (WhatsApp post)",
     thr="""
On 3/23/2026 the student set his WhatsApp status to a photo of a black handgun on a bed with the text 'NM tmrw 11:30 no cap' and told a classmate at lunch that he had 'something for' three seniors he named, who had fought his younger brother. 11:30 is the school's lunch period.
""",
     desc="""
Reported 3/23 at 9:40 PM by a youth worker from Roca, Mr. Luis Benítez, who follows Marvin's WhatsApp status. The photo shows a black handgun on a bed with the text "NM tmrw 11:30 no cap." A classmate confirmed Marvin told her at lunch he had "something for" three seniors (named) who jumped his little brother last week.
Mr. Benítez said he wanted to get ahead of it because "Marvin's been tight with the Heath Street kids since his family moved into the Bromley-Heath buildings."
3/24: Marvin was stopped at the door at 7:30 AM and searched with the AP present; no weapon on him. Home visit by BPD the same morning.
""",
     name="Marvin Acevedo", grade=10, school="New Mission High School", d="allow",
     key="handgun", mct=["WhatsApp status", "black handgun on a bed"],
     mnc=["Heath Street", "Bromley-Heath"], cats=["gang_affiliation", "neighborhood"], voice="youth_worker",
     trap=True)

# 76
case(g="truancy", r="bpd/district-b2", at="2026-04-06 09:00",
     loc="Madison Park Technical Vocational High School (attendance)",
     desc="""
Request from Mr. Victor Alves, Suffolk Juvenile Probation, 4/6/2026: he wants a report to police that Rui has missed 23 days since February. Per Mr. Alves, "the family took him back to the Azores for a month" and "his grandmother, who speaks only Portuguese, doesn't understand the curfew order." No incident at school.
""",
     name="Rui Medeiros", grade=10, school="Madison Park Technical Vocational High School", d="deny",
     why="ground_not_permitted", mnc=["Azores", "Portuguese"], cats=["national_origin", "language"],
     voice="probation")

# 77
case(g="weapon", w="firearm", r="bpd/district-d14", at="2026-04-30 13:40",
     loc="Brighton High School, staff parking lot",
     desc="""
On 4/30/2026 at 1:40 PM SSS found Devonte's car (silver Altima) parked in the staff lot with the windows down and a handgun visible on the passenger-side floor. Devonte came out when called; a search with the AP present found an unloaded Taurus 9mm, a loaded magazine in the glove box, and a Visa gift card in someone else's name. BPD took everything at 1:58 PM.
Earlier that day a neighbor across the street from school, Mrs. Eileen Burke, had called to complain about "a kid in a silver car who keeps parking here." When she heard later about the gun she called back and said he's "one of those Commonwealth development boys, I see him with that crowd."
""",
     name="Devonte Sampson", grade=12, school="Brighton High School", d="allow",
     key="Taurus 9mm", mct=["Taurus 9mm", "Visa gift card"],
     mnc=["Commonwealth development"], cats=["neighborhood"], voice="neighbour", trap=True)

# 78
case(g="serious_violence", r="bpd/district-d4", at="2026-01-09 13:20",
     loc="Snowden International School, room 205",
     desc="""
Teacher assault, 1/9/2026, 1:20 PM, room 205. When Mr. Hollis tried to take Edilson's phone, Edilson shoved him into the whiteboard and punched him twice in the face. Mr. Hollis's nose was broken and he was taken to Tufts Medical Center; he has been out since. Students were moved to room 207.
His manager at the Dunkin' where he works after school, Ms. Trina Walsh, wrote a letter dated 1/12: "Edilson has worked for me 18 months, never late, great with customers. He sends money home to his mother in Cabo Verde every payday."
""",
     name="Edilson Tavares", grade=12, school="Snowden International School", d="allow",
     key="nose was broken", mct=["shoved him into the whiteboard", "nose was broken", "Tufts Medical Center"],
     mnc=["Cabo Verde"], cats=["national_origin"], voice="employer")

# 79
case(g="serious_violence", r="mbta-transit-police", at="2026-01-21 14:35",
     loc="MBTA bus stop near New Mission High School",
     desc="""
On 1/21/2026 at 2:35 PM at the bus stop by the school, Dmitri punched another student (J.F.) and kicked him in the head after he fell; J.F. had a broken cheekbone (Carney Hospital). MBTA Transit Police Sgt. Lowry asked for the school's report because the bus driver saw it. The driver told him the boys were "yelling in Russian." The AP addressed the report to Transit Police.
""",
     name="Dmitri Volkov", grade=11, school="New Mission High School", d="deny", why="recipient_not_permitted",
     mnc=["Russian"], cats=["language"], voice="bus_driver")

# 80
case(g="drugs", subs=["oxycodone"], r="bpd/district-b2", at="2026-03-19 10:05",
     loc="Jeremiah E. Burke High School, 2nd floor girls' bathroom",
     desc="""
On 3/19/2026 at 10:05 AM Grace was found in the 2nd floor girls' bathroom handing two round white pills (imprint M 15) to another girl. SSS recovered a pill organizer from Grace's backpack with 12 more of the same pills; the nurse identified them as oxycodone 15 mg. Grace said they are her grandmother's. Nobody took any.
Grace's caseworker from Catholic Charities, Ms. Jeanne Morin, came with the grandmother to the 3/20 meeting. Ms. Morin mentioned the family was resettled from Congo as refugees in 2023 and that the grandmother speaks only Lingala.
""",
     name="Grace Mbuyi", grade=9, school="Jeremiah E. Burke High School", d="allow",
     key="oxycodone", mct=["Catholic Charities", "12 more of the same pills", "oxycodone 15 mg"],
     mnc=["Congo", "refugees", "Lingala"], cats=["national_origin", "immigration_status", "language"],
     voice="caseworker", trap=True)

# 81
case(g="weapon", w="club", r="bpd/district-a7", at="2025-09-11 14:15",
     loc="East Boston High School, bus stop at dismissal",
     desc="""
On 9/11/2025 at 2:15 PM, at dismissal, SSS took a 2-foot length of metal pipe wrapped in black electrical tape from Brayan's backpack after he was seen swinging it at the bus stop and yelling at a group of boys. Brayan said he needed it because he'd been robbed twice. No one was struck.
The district councilor's office emailed the headmaster on 9/12. The aide wrote that the Councilor met Brayan's mother at a community meeting about bus route changes and "found her very credible." The aide also wrote that the family is Salvadoran and that "there's a lot of MS-13 recruiting pressure on boys like Brayan."
""",
     name="Brayan Hernández", grade=9, school="East Boston High School", d="allow",
     key="metal pipe", mct=["metal pipe wrapped in black electrical tape", "community meeting"],
     mnc=["Salvadoran", "MS-13", "Spanish"], cats=["ethnicity", "gang_affiliation", "language"],
     voice="councilor", trap=True, extra={"home_language": "Spanish"})

# 82
case(g="runaway", r="bpd/district-d4", at="2026-02-25 11:10",
     loc="Boston Arts Academy (left building)",
     desc="""
Amara left school at 11:10 AM on 2/25/2026 without signing out and did not come home. The next day a staff member from a youth shelter called to say Amara was safe with them. The staff member said Amara is afraid her father will "send her back to Nigeria" and that she does not want to return to the apartment in Mattapan. No incident, no weapon, no injury.
""",
     name="Amara Eze", grade=10, school="Boston Arts Academy", d="deny", why="ground_not_permitted",
     mnc=["Nigeria", "Mattapan"], cats=["national_origin", "neighborhood"], voice="shelter")

# 83
case(g="serious_violence", r="bpd/district-d14", at="2025-12-03 09:05",
     loc="Brighton High School, art room 118",
     desc="""
12/3/2025, 9:05 AM, art room 118. During a dispute over a seat, Jefferson grabbed a pair of shears from the supply cart and stabbed a classmate (K.B.) in the right shoulder. K.B. was bleeding heavily; the art teacher applied pressure until EMS arrived at 9:12. K.B. had surgery at St. Elizabeth's for a deep wound and nerve damage.
Jefferson is already on pretrial release. On 12/5 we received a letter from Dr. Miriam Katz, the juvenile court clinician, asking for his attendance records for the status conference on 12/18. Dr. Katz's letter describes Jefferson as "Spanish-dominant, with limited schooling before arriving," and says his mother "is undocumented and fears any contact with authorities."
""",
     name="Jefferson Cruz", grade=10, school="Brighton High School", d="allow",
     key="shears", mct=["shears", "right shoulder", "status conference"],
     mnc=["Spanish-dominant", "undocumented"], cats=["language", "immigration_status"],
     voice="court_clinician", trap=True)

# 84
case(g="weapon", w="firearm", r="bpd/district-b2", at="2026-02-24 07:20",
     loc="Madison Park Technical Vocational High School, 1st floor boys' room near carpentry",
     desc="""
7:20 AM 2/24/2026: The owner of the barbershop across from the main entrance (Mr. Reggie Fountain) walked into the front office and said he watched a student "stash something" through the side door near the carpentry shop. SSS checked the 1st floor boys' room near carpentry and found a loaded silver revolver (.357) wrapped in a towel above a loose ceiling tile. Camera review shows Isaiah entering that bathroom alone at 7:02 AM carrying a towel. BPD recovered the revolver at 7:45.
Mr. Fountain told SSS he knows Isaiah "from the Whittier St projects, his brother's always in trouble."
""",
     name="Isaiah Curry", grade=11, school="Madison Park Technical Vocational High School", d="allow",
     key="revolver", mct=["loose ceiling tile", ".357"],
     mnc=["Whittier"], cats=["neighborhood"], voice="shop_owner")

# 85
case(g="drugs", subs=["beer", "marijuana blunt"], r="bpd/district-c6", at="2025-06-02 15:20",
     loc="Harbor cruise boat (Excel High School senior trip)",
     desc="""
Senior trip, 6/2/2025, harbor cruise. A chaperone found Dylan and two others with a 12-pack of beer in a duffel and a lit blunt on the back deck at 3:20 PM. All three were sent home with parents from the dock. A reporter later emailed asking if "the kids caught drinking are the Guatemalan boys from the senior class."
""",
     name="Dylan Ajanel", grade=12, school="Excel High School", d="deny", why="excluded_substance",
     mnc=["Guatemalan"], cats=["ethnicity"], voice="reporter")

# 86
case(g="credible_threat", r="bpd/district-b2", at="2025-05-08 15:30",
     loc="Jeremiah E. Burke High School, 2nd floor (rooms 204, 210, 215)",
     thr="""
On 5/7/2025 the student printed at a public library a floor plan of the school's 2nd floor with three classrooms circled and the words 'May 12 - BOOM - no more.' The next day she told a classmate she 'has the stuff to make it' and that the classmate should stay home Monday. The circled rooms belong to two teachers who gave her failing grades.
""",
     desc="""
5/8/2025 at 3:30 PM a librarian from the Grove Hall branch of the Boston Public Library called the principal. She had found a printout left in the library's printer at 4:10 PM the day before: a floor plan of our 2nd floor with rooms 204, 210 and 215 circled and "May 12 - BOOM - no more" written across it. The print job was under Selam's library card. The librarian said Selam uses the community room there after school most days. She also mentioned that Selam "is usually there with her aunt, who only speaks Tigrinya."
5/9 AM: a classmate told the AP Selam said she "has the stuff to make it" and told her to stay home Monday.
""",
     name="Selam Haile", grade=10, school="Jeremiah E. Burke High School", d="allow",
     key="floor plan", mct=["rooms 204, 210 and 215", "community room", "stay home Monday"],
     mnc=["Tigrinya"], cats=["language"], voice="librarian", trap=True)

# 87
case(g="weapon", w="knife", r="bpd/district-c11", at="2025-12-01 13:05",
     loc="TechBoston Academy, 3rd floor hallway",
     desc="""
Kitchen knife, 7 in., taken from Ameer's backpack in the 3rd floor hallway at 1:05 PM on 12/1/2025 after he told a girl he'd "cut her" if she kept laughing. Landlord of the family (Mr. Sal Greco) emailed after: "They're behind on rent at 612 Blue Hill Ave."
""",
     name="Ameer Jackson", grade=9, school="TechBoston Academy", d="allow",
     key="Kitchen knife", mct=["Kitchen knife, 7 in.", "cut her"],
     mnc=["Blue Hill Ave"], cats=["neighborhood"], voice="landlord")

# 88
case(g="weapon", w="knife", r="bpd/district-d4", at="2026-03-31 16:10",
     loc="Walgreens near Copley (store camera)",
     desc="""
Loss prevention at a Walgreens near Copley emailed the AP on 3/31/2026 with a screenshot from their store camera system showing a FaceFirst alert, "96% match - Youssef [last name]," next to a still of a boy holding a knife in aisle 6. They want the school to confirm it is our student and send it to police. The loss-prevention manager wrote that "he and his mother are from Morocco, they come in all the time." No incident at school.
""",
     name="Youssef Benali", grade=11, school="Snowden International School", d="deny", why="face_surveillance",
     mnc=["FaceFirst", "96% match", "Morocco"], cats=["face_surveillance", "national_origin"],
     voice="loss_prevention",
     att=[{"kind": "face_match", "name": "Walgreens alert screenshot.png"}])

# 89
case(g="drugs", subs=["clonazepam"], r="bpd/district-b2", at="2026-01-15 11:55",
     loc="John D. O'Bryant School of Mathematics & Science, cafeteria (2nd lunch)",
     desc="""
On 1/15/2026, 2nd lunch, a cafeteria aide took a small orange pill bottle from Mohamed after seeing him shake pills into a classmate's hand. The label was torn off and the bottle held 19 small green round pills, identified by the nurse from the imprint as clonazepam 2 mg. Mohamed said a friend gave them to him to "calm down before the test." The classmate did not take any.
His AAU coach, Mr. Jerome Hatch, emailed the AP: "I'm writing in good faith to ask for a second chance for Mohamed. He comes from Orchard Park and his family is Sudanese, and basketball is what keeps him out of trouble."
""",
     name="Mohamed Abdalla", grade=11, school="John D. O'Bryant School of Mathematics & Science", d="allow",
     key="clonazepam", mct=["19 small green round pills", "clonazepam 2 mg", "in good faith"],
     mnc=["Orchard Park", "Sudanese"], cats=["neighborhood", "ethnicity"], voice="coach", trap=True)

# 90
case(g="serious_violence", r="bpd/district-c6", at="2026-02-27 11:02",
     loc="Excel High School, 2nd floor girls' bathroom",
     desc="""
notes - AP Reardon - 2/27/26
11:02 girls bathroom 2nd fl. Kayla cut M.R. across the forearm w/ a box cutter during a fight over a boyfriend. approx 4 in cut, deep, lots of blood. nurse + EMS, M.R. to Tufts, 22 stitches + tendon repair.
box cutter found in sink, bagged.
2/28 - M.R.'s family started a GoFundMe, a staff member sent the link.
page says: "our daughter was attacked by a girl from the D Street projects while her Bosnian grandma waited at home not knowing"
""",
     name="Kayla Driscoll", grade=10, school="Excel High School", d="allow",
     key="box cutter", mct=["box cutter found in sink", "22 stitches"],
     mnc=["D Street", "Bosnian"], cats=["neighborhood", "ethnicity"], voice="social_media")

# 91
case(g="gang_intelligence", r="bpd/district-b2", at="2025-10-14 09:30",
     loc="Dearborn STEM Academy (no incident location)",
     desc="""
A streetworker from a city violence-prevention program called the AP on 10/14/2025 to say there had been a shooting over the weekend and that Jamal "is Intervale, he'll be targeted." He asked that the school share Jamal's schedule and bus route with police. No incident at school.
""",
     name="Jamal Wright", grade=10, school="Dearborn STEM Academy", d="deny", why="ground_not_permitted",
     mnc=["Intervale"], cats=["gang_affiliation"], voice="streetworker")

# 92
case(g="weapon", w="explosive device", r="bpd/district-e18", at="2026-04-08 12:45",
     loc="Another Course to College, 3rd floor boys' bathroom",
     desc="""
On 4/8/2026 at 12:45 PM a custodian found a device in the 3rd floor boys' bathroom trash: a CO2 cartridge packed with what looked like match heads and black powder, with a fuse taped to it. Building evacuated 12:52 per protocol; the BPD bomb squad rendered it safe at 1:40. Camera shows Harjeet entering the bathroom alone at 12:30 with a paper bag. At 2:30 he admitted building it from a video "to see if it worked," and said he wasn't going to light it in school.
His Upward Bound program director, Ms. Tamara Leeds, called on 4/9 and said Harjeet is "a sweet, nerdy kid." She also said "his dad is a granthi at the gurdwara in Milford and the whole Sikh community will be devastated."
""",
     name="Harjeet Singh Bhatia", grade=11, school="Another Course to College", d="allow",
     key="CO2 cartridge", mct=["CO2 cartridge", "bomb squad"],
     mnc=["granthi", "gurdwara", "Sikh"], cats=["religion"], voice="youth_program")

# 93
case(g="credible_threat", r="bpd/district-c11", at="2026-02-02 21:30",
     loc="Dearborn STEM Academy (online post)",
     thr="""
On Discord on 2/2/2026 the student wrote to an online group that he would 'bring the AR to Dearborn on Friday and start with the 8th grade hallway,' posted a photo of a rifle, and when asked if he was joking replied 'watch the news Friday.'
""",
     desc="""
Email received 2/3/2026 at 6:14 AM from a man in Ohio, Mr. Kyle Brandt, who moderates a Discord server for a video game. He attached screenshots from 2/2 showing a user writing "bring the AR to Dearborn on Friday and start with the 8th grade hallway" and posting a photo of a rifle. Asked if he was joking, the user wrote "watch the news Friday." Mr. Brandt said the user had also told the group "I live on Dorchester Ave by Savin Hill, come find me."
We matched the username to Noel through the school email address he used to sign up. AP and OLA consulted by 7 AM; BPD notified. Noel held out of school pending a threat assessment.
""",
     name="Noel Vasquez", grade=10, school="Dearborn STEM Academy", d="allow",
     key="rifle", mct=["8th grade hallway", "watch the news Friday"],
     mnc=["Savin Hill", "Dorchester Ave"], cats=["neighborhood"], voice="moderator")

# 94
case(g="credible_threat", r="bpd/district-b2", at="2026-04-27 12:00",
     loc="Boston Latin Academy, cafeteria",
     desc="""
Eun-ji told a classmate on 4/27/2026 during lunch, "I hate this place, I wish it would burn." The classmate told the guidance counselor. Eun-ji was upset about a grade. No plan, no means mentioned. A staffer from a city councilor's office called the next day on behalf of the family, said "her parents are Korean and don't understand what's happening," and asked the school to be careful.
""",
     name="Eun-ji Park", grade=9, school="Boston Latin Academy", d="deny", why="missing_threat_statement",
     mnc=["Korean"], cats=["ethnicity"], voice="councilor")

# 95
case(g="drugs", subs=["fentanyl", "THC vape"], r="bpd/district-e18", at="2025-11-19 09:50",
     loc="Boston Community Leadership Academy, room 220",
     desc="""
Search of Brianna's backpack on 11/19/2025 at 9:50 AM after a teacher saw her nodding off in class: a THC vape pen and a folded lottery ticket containing white powder, which BPD later field-tested positive for fentanyl. The nurse checked her vitals with Narcan on standby; she was alert by 10:15. Parent notified.
Her case manager at the family shelter, Ms. Yolanda Price, called at noon. She said Brianna and her mother have been at the shelter in Roslindale since October and that she would help with a safety plan.
""",
     name="Brianna Whitaker", grade=11, school="Boston Community Leadership Academy", d="allow",
     key="fentanyl", mct=["folded lottery ticket", "nodding off"],
     mnc=["Roslindale"], cats=["neighborhood"], voice="shelter")

# 96
case(g="credible_threat", r="fbi/boston-field-office", at="2026-01-07 22:48",
     loc="English High School (email)",
     thr="""
On 1/7/2026 the student emailed a teacher from his school account 'I am going to bring a gun on Monday and you will be first,' after she gave him detention. The school's web filter flagged searches for gun shops on his school Chromebook twice that week.
""",
     desc="""
Email received by Ms. Ferris at 10:48 PM on 1/7. Principal notified the next morning. An FBI agent who said he had been alerted by an online tip called the principal on 1/8 and asked for our report, saying the Bureau has "an interest in the family because of their Yemeni relatives." The principal entered the FBI field office as the recipient.
""",
     name="Hamza Saleh", grade=11, school="English High School", d="deny", why="recipient_not_permitted",
     mnc=["Yemeni"], cats=["national_origin"], voice="federal_agent")

# 97
case(g="weapon", w="firearm", r="bpd/district-d14", at="2026-05-12 15:10",
     loc="Brighton High School, boys' locker room",
     desc="""
Loaded handgun (black Smith & Wesson M&P Shield, 7 rounds) found in Wahid's gym locker on 5/12/2026 at 3:10 PM when Coach Vitale saw the grip through the vents. BPD D-14 recovered it at 3:22. Wahid was at practice on the river at the time; he rows on the Community Rowing crew through our partnership.
His coach at Community Rowing, Ms. Ingrid Solberg, emailed on 5/13 to vouch for him. She wrote that "his family are Afghan refugees who have been through so much."
""",
     name="Wahid Rahimi", grade=11, school="Brighton High School", d="allow",
     key="M&P Shield", mct=["M&P Shield", "Community Rowing crew"],
     mnc=["Afghan", "refugees", "Pashto"], cats=["ethnicity", "immigration_status", "language"],
     voice="coach", trap=True, extra={"ell_status": "ELD 2", "home_language": "Pashto"})

# 98
case(g="weapon", w="BB gun", r="bpd/district-b3", at="2025-05-19 07:55",
     loc="Mildred Avenue K-8 School, front entrance",
     desc="""
A neighbor (Mrs. Lorraine Hughes) called at 7:45 AM 5/19/2025: she saw a boy from "that Cambodian family next door" put a gun in his backpack at the bus stop. SSS found a black Daisy BB pistol in Sovann's bag at arrival, unloaded. He said he uses it for cans in the yard.
""",
     name="Sovann Chea", grade=7, school="Mildred Avenue K-8 School", d="deny", why="other",
     mnc=["Cambodian"], cats=["ethnicity"], voice="neighbour")

# 99
case(g="serious_violence", r="bpd/district-d4", at="2025-10-05 10:40",
     loc="Charity 5K race water station along the Fenway (advisory volunteer event)",
     desc="""
Sunday 10/5/2025 our advisory volunteered at the water station of a charity 5K race along the Fenway. Around 10:40 AM two of our students, Patryk and another 10th grader (G.H.), started arguing and Patryk hit G.H. in the head with a metal water-station pole. G.H. fell onto the curb and was knocked out. A bystander, an off-duty ICU nurse named Ms. Deborah Fahey, kept his neck still until EMS came; G.H. had a skull fracture and was in the ICU at Beth Israel for three days.
Ms. Fahey emailed our principal the next day to ask how he was doing. She said she "heard the two boys yelling at each other in Polish right before it happened."
""",
     name="Patryk Nowak", grade=10, school="Fenway High School", d="allow",
     key="skull fracture", mct=["charity 5K race", "metal water-station pole", "skull fracture"],
     mnc=["Polish"], cats=["language"], voice="bystander", trap=True)

# 100
case(g="property_damage", r="bpd/district-b2", at="2026-03-04 15:00",
     loc="Street beside Madison Park Technical Vocational High School",
     desc="""
The owner of a car parked beside the school (Ms. Alison Greer) says that on 3/4/2026 at 3:00 PM a student kicked in her side mirror and cracked her windshield with a rock. Camera from the school's side door shows Marcus. She emailed: "I've seen him before, he lives in the Alice Taylor apartments." Damage estimated at $1,100. No one was hurt.
""",
     name="Marcus Odom", grade=10, school="Madison Park Technical Vocational High School", d="deny",
     why="ground_not_permitted", mnc=["Alice Taylor"], cats=["neighborhood"], voice="car_owner")


# ---------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


SENT = re.compile(r"(?<=[.!?])[\"')]*\s+|\n")


def self_check(c):
    """Label sanity beyond the shared validator: each kept fact sits in a sentence free of canaries."""
    req, e = c["request"], c["expect"]
    desc = req["incident"]["description"]
    sentences = [fold(s) for s in SENT.split(desc) if s.strip()]
    stu = req["student"]
    kept = fold(" ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                + " " + req["school_id"] + " " + req["recipient"] + " " + req["incident"]["location"]
                + " " + req["ground"])
    for m in e["must_not_contain"]:
        fm = fold(m)
        assert fm not in kept, (c["id"], m, "canary in a kept field/location/ground")
        assert not any(fm in code for code in CATEGORY_CODES), (c["id"], m, "canary inside a category code")
        assert fm != "immigration", c["id"]
        assert not re.fullmatch(r"[0-9a-f]+", fm), (c["id"], m, "all-hex canary")
        for k in e["must_contain"] + e["must_contain_text"]:
            assert fm not in fold(k) and fold(k) not in fm, (c["id"], m, k)
    for k in e["must_contain_text"] + e["must_contain"][2:]:
        hits = [s for s in sentences if fold(k) in s]
        assert hits, (c["id"], k, "kept fact not found in one sentence")
        assert any(not any(fold(m) in s for m in e["must_not_contain"]) for s in hits), \
            (c["id"], k, "kept fact only in a sentence with a forbidden fact")
    if e["decision"] == "allow":
        assert 1 <= len(e["must_contain_text"]) <= 3, c["id"]


def main():
    ids, openings = set(), set()
    for c in CASES:
        self_check(c)
        assert c["id"] not in ids
        ids.add(c["id"])
        opening = fold(c["request"]["incident"]["description"])[:40]
        assert opening not in openings, (c["id"], "two descriptions open the same way")
        openings.add(opening)
    assert len(CASES) == 100, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
