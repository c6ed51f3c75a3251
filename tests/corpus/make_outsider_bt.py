#!/usr/bin/env python3
"""Outsider corpus "bt": dating violence, family conflict and protective orders.

Written from RULES.md and CONTRACT.md only, without reading the service or any other corpus.
Every case below is written by hand; the seeded generator only fills in student ids, dates of
birth and school ids, so the output is byte-for-byte the same on every run.

    python3 tests/corpus/make_outsider_bt.py   ->  tests/data/corpus/outsider_bt.jsonl

Label conventions (see the corpus brief):
  hide  -> expect.must_not_contain (shortest substrings that reveal a forbidden fact)
  fact  -> extra expect.must_contain entries (name and school are added automatically)
  keep  -> expect.must_contain_text (incident facts that must survive inside the description)
"""
import datetime as _dt
import json
import pathlib
import random

SEED = 20260316
PREFIX = "OBT"
FAMILY = "dating_family"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bt.jsonl"

rng = random.Random(SEED)

SCHOOL_NAMES = [
    "Jeremiah E. Burke High School", "English High School", "Dearborn STEM Academy",
    "Madison Park Technical Vocational High School", "Brighton High School", "TechBoston Academy",
    "Edison K-8 School", "Boston Community Leadership Academy", "Mission Hill K-8 School",
    "Fenway High School", "Charlestown High School", "Boston Latin Academy", "Lyndon K-8 School",
    "Henderson K-12 Inclusion School", "East Boston High School", "Excel High School",
    "John D. O'Bryant School of Mathematics and Science", "Snowden International School",
    "Curley K-8 School", "New Mission High School", "Boston Arts Academy",
    "Josiah Quincy Upper School", "Another Course to College", "Lilla G. Frederick Middle School",
    "Community Academy of Science and Health", "Boston Latin School", "Washington Irving Middle School",
    "Margarita Muñiz Academy", "Boston International High School", "Rafael Hernández K-8 School",
    "Boston Teachers Union K-8 School", "Dorchester Academy", "Boston Day and Evening Academy",
    "Edward M. Kennedy Academy for Health Careers", "McKinley Middle School",
]
_ids = rng.sample(range(4001, 4999), len(SCHOOL_NAMES))
SCHOOL_ID = {name: "BPS-%04d" % i for name, i in zip(SCHOOL_NAMES, _ids)}

OMIT = object()
CASES = []
_used_student_ids = set()


def ts(s):
    """'2026-02-12 14:22' -> ISO 8601 with the Boston offset of that day."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dst = (_dt.datetime(2025, 3, 9, 2) <= d < _dt.datetime(2025, 11, 2, 2)
           or _dt.datetime(2026, 3, 8, 2) <= d < _dt.datetime(2026, 11, 1, 2))
    return d.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if dst else "-05:00")


def _dob(grade):
    # age on 1 Sept 2025 is grade + 5 (K = 0)
    start = _dt.date(2025 - grade - 6, 9, 2)
    return (start + _dt.timedelta(days=rng.randrange(365))).isoformat()


def _student(s, hide):
    s = dict(s)
    out = {}
    while True:
        sid = str(rng.randint(100000, 999999))
        if sid not in _used_student_ids and not any(h.lower() in sid for h in hide):
            break
    _used_student_ids.add(sid)
    out["student_id"] = s.pop("student_id", sid)
    out["name"] = s.pop("name")
    if "age" in s:
        out["age"] = s.pop("age")
    else:
        out["date_of_birth"] = s.pop("date_of_birth", _dob(s["grade"]))
    out["grade"] = s.pop("grade")
    out["school"] = s.pop("school")
    out.update(s)
    return out


def add(decision, ground, when, location, description, student, *, recipient="bpd", weapon=None,
        substances=None, threat=OMIT, attachments=None, reason=None, hide=(), fact=(), keep=(),
        cats=(), tags=()):
    n = len(CASES) + 1
    cid = "%s-%04d" % (PREFIX, n)
    hide = list(hide)
    stu = _student(student, hide)
    req = {"request_id": cid, "school_id": SCHOOL_ID[stu["school"]], "recipient": recipient,
           "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not OMIT:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": ts(when), "location": location, "description": description}
    req["student"] = stu
    if attachments is not None:
        req["attachments"] = attachments
    must = [stu["name"], stu["school"]] + list(fact) if decision == "allow" else []
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp.update({"must_not_contain": hide, "must_contain": must,
                "must_contain_text": list(keep) if decision == "allow" else [],
                "categories": sorted(set(cats)),
                "tags": [FAMILY] + list(tags)})
    _selfcheck(cid, req, exp)
    CASES.append({"id": cid, "request": req, "expect": exp})


def _selfcheck(cid, req, exp):
    whole = json.dumps(req, ensure_ascii=False).lower()
    desc = req["incident"]["description"].lower()
    assert (exp["decision"] == "deny") == bool(exp.get("reason")), cid
    assert req["ground"] in ("weapon", "serious_violence", "credible_threat", "drugs") or \
        exp["decision"] == "deny", cid
    if exp["decision"] == "allow":
        assert 1 <= len(exp["must_contain_text"]) <= 3, cid
        assert len(exp["must_contain"]) >= 3, cid
    for h in exp["must_not_contain"]:
        assert h.lower() in whole, (cid, h)
        for k in exp["must_contain"] + exp["must_contain_text"]:
            assert h.lower() not in k.lower(), (cid, h, k)
        st = req["student"]
        for k in ("name", "school"):
            assert h.lower() not in str(st[k]).lower(), (cid, h)
    for k in exp["must_contain_text"]:
        assert k.lower() in desc, (cid, k)
    for k in exp["must_contain"]:
        assert k.lower() in whole, (cid, k)
    if exp["categories"]:
        assert exp["must_not_contain"], cid


# ---------------------------------------------------------------------------------------------
# 1-20
# ---------------------------------------------------------------------------------------------

add("allow", "serious_violence", "2026-02-12 14:22",
    "Bus shelter on the sidewalk outside the main entrance, Jeremiah E. Burke High School",
    """\
SAFETY PLAN / INCIDENT NOTE - prepared by AP R. Okafor with school counselor T. Lindqvist

At approx 2:20 PM, at dismissal, Aaliyah was walking to the bus shelter directly outside the main \
entrance when Davon Reyes (19, not a BPS student, Aaliyah's former boyfriend) stepped out from \
behind it. Two 10th graders and SSS Marcus Bell saw Davon grab Aaliyah by the hair and drive her \
head into the glass panel of the shelter. The panel cracked. Aaliyah had a deep cut above her left \
eyebrow and was bleeding heavily; the nurse (Ms. Pacheco) applied pressure and EMS transported her \
to Boston Medical Center, where she received six stitches and was evaluated for a concussion. Davon \
ran toward Washington St before SSS could reach him. He was wearing a grey North Face jacket and \
black slides.

Davon is the defendant in an active 209A abuse prevention order (Dorchester District Court, docket \
2507RO001184, issued 11/18/2025, expires 11/17/2026) that orders him to have no contact with \
Aaliyah and to stay at least 100 yards away from her and from the Burke. A copy of the order is in \
the main office and with SSS.

Background for the approver only: Aaliyah and her mother left their apartment in December and are \
staying at a confidential domestic-violence shelter in Jamaica Plain; the shelter's address must \
not be given to anyone. Aaliyah's mother speaks Haitian Creole, and the call home today was made \
through the district's Creole interpreter line.

Witnesses: SSS Bell and two 10th graders (statements attached to the school file). One of them \
says Davon told Aaliyah "I told you I'd catch you out here" before he grabbed her. The bus \
shelter camera belongs to the city; the AP has asked the police liaison whether footage exists.

Safety plan from tomorrow: Aaliyah is met at the side door by the gym at 7:25 AM by SSS Bell and \
escorted to a parent pickup at dismissal; the front desk has Davon's photo from the 209A packet; if \
Davon is seen on or near campus staff call 911 and the school's police liaison. Her schedule has \
been changed so she does not use the first-floor hallway by the main doors.""",
    {"name": "Aaliyah Brooks", "grade": 11, "school": "Jeremiah E. Burke High School",
     "guardian": {"name": "Mireille Brooks", "relationship": "mother", "phone": "617-555-0142"}},
    recipient="bpd/district-b3",
    attachments=[{"kind": "document", "name": "209A order 2507RO001184 (Reyes).pdf"},
                 {"kind": "document", "name": "Safety plan - Brooks - shelter in Jamaica Plain.docx"}],
    hide=["Jamaica Plain", "Creole", "interpreter"],
    fact=["Davon Reyes"],
    keep=["six stitches", "2507RO001184", "100 yards"],
    cats=["neighborhood", "language"],
    tags=["allow_redact", "dating_violence", "protective_order", "court_docket", "shelter",
          "safety_plan", "long_text"])

add("allow", "credible_threat", "2026-02-10 08:05",
    "Counseling office, English High School",
    "Tiana came to the counseling office before first period with her aunt and showed screenshots "
    "of Snapchat messages from her ex-boyfriend, Kyle Benton. The relationship ended in January "
    "after Kyle pushed her into a wall at a party; she did not report it then. Since the breakup "
    "she has been staying with her aunt in Mattapan because Kyle kept coming by her mother's "
    "building. Tiana says Kyle showed her a handgun in his waistband last month. The counselor "
    "saved the screenshots to the incident file. Tiana will be dismissed to her aunt only until "
    "further notice.",
    {"name": "Tiana Morris", "grade": 10, "school": "English High School"},
    recipient="bpd/district-e13",
    threat="On Monday 2/9/2026 at about 7:50 PM Kyle Benton (17, a student at another school) sent "
           "Tiana Morris a Snapchat message, which she screenshotted: \"you can switch schools, "
           "block me, whatever. I'll find you at your aunt's on Norfolk St and you're done. I "
           "still got that thing.\" Tiana understands \"that thing\" to be the handgun Kyle showed "
           "her in January. Kyle knows her schedule and has waited for her at the Green St T stop.",
    hide=["Norfolk St", "Mattapan"],
    fact=["Kyle Benton"],
    keep=["screenshots", "handgun in his waistband"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "threat_place", "relative_home"])

add("deny", "protective_order_violation", "2026-03-04 08:41",
    "Front vestibule, Dearborn STEM Academy",
    """\
FRONT OFFICE LOG 3/4/26 (Ms. Dunn)
8:41 - man at the buzzer asking for Elijah Fontes, says he is the father (Joao Fontes). Checked \
Aspen: 209A on file, father not to have contact (Roxbury District Court). Did not buzz him in.
8:42 - Elijah was at the desk getting a late pass. Father spoke to him through the glass in Kriolu \
for about a minute. Elijah looked upset, did not answer.
8:44 - father left on foot toward the bus stop when I said I was calling. No threats, nothing in \
his hands.
8:50 - called mom (Ana). She says he came back from Cape Verde in February and she did not think \
he knew which school Elijah goes to now.
8:55 - AP Ruiz informed. Elijah saw the counselor and went to class.""",
    {"name": "Elijah Fontes", "grade": 7, "school": "Dearborn STEM Academy"},
    recipient="bpd/district-b2", reason="ground_not_permitted",
    hide=["Kriolu", "Cape Verde"],
    cats=["language", "national_origin"],
    tags=["deny_ground", "protective_order", "front_office_log"])

add("allow", "weapon", "2025-10-21 09:40",
    "Ninth-grade AP office, Madison Park Technical Vocational High School",
    "On 10/21/2025 at about 9:40 AM, after a student told the ninth-grade AP that Jaylen \"had his "
    "stepdad's gun,\" SSS Ortega and AP Lanning asked Jaylen to come to the office with his bag. "
    "In the main compartment, wrapped in a Celtics hoodie, was a black Taurus G2C 9mm pistol. The "
    "chamber was empty; a magazine holding seven rounds was in the front zip pocket. SSS secured "
    "the pistol in the safe and called the police liaison at 9:52. Jaylen told the AP the gun "
    "belongs to his stepfather, Curtis Wade, and that he took it from a shoebox in the bedroom "
    "closet last night after Curtis \"put his hands on\" his mother and said he would \"end "
    "this.\" Jaylen said he wanted the gun out of the house and did not know what else to do with "
    "it. He did not threaten anyone at school. Mother picked him up at 11:15; the counselor filed "
    "a 51A with DCF the same morning.",
    {"name": "Jaylen Whitaker", "grade": 9,
     "school": "Madison Park Technical Vocational High School",
     "ethnicity": "Puerto Rican",
     "home_address": {"street": "88 Blue Hill Ave Apt 3", "city": "Roxbury", "zip": "02119"},
     "household": "mother, stepfather (Curtis Wade), two younger siblings"},
    recipient="bpd/district-b2", weapon="firearm",
    hide=["Puerto Rican", "Blue Hill Ave", "02119", "Roxbury"],
    fact=["firearm"],
    keep=["Taurus G2C 9mm", "seven rounds", "shoebox in the bedroom closet"],
    cats=["ethnicity", "neighborhood"],
    tags=["allow_redact", "stepparent_gun", "dcf", "structured_fields"])

add("deny", "credible_threat", "2026-01-14 10:10",
    "Main office (telephone), Brighton High School",
    "Luis's father, Rafael Mejia, called the registrar at 10:10 AM. Mother has sole custody under a "
    "Probate and Family Court order; father has no visitation. Registrar wrote down his words "
    "(see threat statement). Luis was kept in the main office at dismissal and released to his "
    "mother. The submitter chose ICE as the recipient because the father has a final order of "
    "removal and \"they are already looking for him.\"",
    {"name": "Luis Mejia", "grade": 10, "school": "Brighton High School"},
    recipient="ice/ero-boston",
    threat="Rafael Mejia to the registrar by phone, 1/14/2026 10:10 AM: \"If Luis is not outside "
           "at two o'clock I'm coming in to get him, and I'll bring my brother's gun so nobody "
           "stops me.\"",
    reason="recipient_not_permitted",
    hide=["order of removal"],
    cats=["immigration_status"],
    tags=["deny_recipient", "custody", "deportation"])

add("allow", "serious_violence", "2025-11-13 11:50",
    "Cafeteria B, TechBoston Academy",
    "Lunch, approx 11:50 AM, cafeteria B. DeShawn and his younger brother Jamal (grade 9) argued "
    "over a phone charger. DeShawn picked up a metal chair and swung it, striking Jamal on the left "
    "side of the face. Jamal fell and was bleeding from the cheek; he was conscious but confused. "
    "EMS took him to Boston Children's, where a CT showed a fractured orbital bone, and he was "
    "admitted overnight. DeShawn left the cafeteria and was found by SSS in the 3rd floor boys' "
    "room at 12:04. Both boys have lived with their grandmother in Hyde Park since DCF removed them "
    "from their mother's care in 2024; the grandmother came in at 12:40 and the counselor notified "
    "the DCF caseworker.",
    {"name": "DeShawn Ellis", "grade": 12, "school": "TechBoston Academy"},
    recipient="bpd/district-c11",
    hide=["Hyde Park"],
    fact=["metal chair"],
    keep=["metal chair", "fractured orbital bone", "cafeteria B"],
    cats=["neighborhood"],
    tags=["allow_redact", "siblings", "dcf", "relative_home"])

add("allow", "weapon", "2025-12-03 10:20",
    "Room 204 (8th grade math), Edison K-8 School",
    "During 3rd period Ms. Farrell saw Isaiah showing a folding knife to two classmates under the "
    "desk. AP Whelan took the knife: black handle, 3.5 inch serrated blade, pocket clip. Isaiah "
    "said his cousin Tyrell, 22, gave it to him on Saturday \"for protection\" after an argument "
    "between Isaiah's mother and her ex-partner ended with the ex saying he would \"see the kids "
    "at school.\" Isaiah says he never took it out in the hallway and no one was threatened. Staff "
    "note: neighbors say the cousin runs with the Ironwood crew. The family speaks Amharic at home "
    "and the father asked for an interpreter for Thursday's meeting.",
    {"name": "Isaiah Grant", "grade": 8, "school": "Edison K-8 School"},
    recipient="bpd/district-d14", weapon="knife",
    hide=["Ironwood", "Amharic", "interpreter"],
    fact=["knife"],
    keep=["serrated blade", "under the desk"],
    cats=["gang_affiliation", "language"],
    tags=["allow_redact", "cousin_weapon"])

add("allow", "credible_threat", "2026-01-28 09:30",
    "Advisory room 112, Boston Community Leadership Academy",
    "Naomi reported to her advisor on Wednesday morning that after school on Tuesday she walked to "
    "the Mattapan branch library to do homework, and her ex-boyfriend Terrell Vance followed her "
    "inside, sat at the next table and then followed her out to the bus stop. A librarian saw him "
    "grab her arm at the door. Naomi has been staying with her grandmother in Roslindale since "
    "Christmas and Terrell does not know that address. Terrell was withdrawn from BCLA in 2025. "
    "She asks that police know he has been at the library three times this month. Safety plan: "
    "Naomi does not go to the library alone and is picked up at the main entrance by her "
    "grandmother.",
    {"name": "Naomi Sutton", "grade": 10, "school": "Boston Community Leadership Academy"},
    recipient="bpd/district-b3",
    threat="Terrell Vance (18, former BCLA student) followed Naomi out of the Mattapan branch "
           "library on 1/27/2026 and said in front of a librarian: \"next time I catch you at that "
           "library you not walking out of there. Tell your little boyfriend too.\" He lifted his "
           "shirt to show what Naomi describes as the handle of a gun.",
    hide=["Roslindale"],
    fact=["Terrell Vance"],
    keep=["Mattapan branch library", "grab her arm"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "incident_place", "relative_home"])

add("deny", "custody_dispute", "2026-03-18 14:15",
    "Main office, Mission Hill K-8 School",
    "Dad (Miguel Castillo) came at 2:15 PM and asked to sign Sofia out early. The custody order on "
    "file (Suffolk Probate and Family Court, docket SU25D0417CD) gives mother sole physical custody "
    "and father supervised visits only; he is not on the dismissal list, so the office declined. "
    "He was polite, said he \"just wanted to see her,\" and left at 2:25. No threats. Mother asked "
    "us to document this because she moved with the children to a new apartment on Centre St in "
    "West Roxbury that the father does not know about.",
    {"name": "Sofia Castillo", "grade": 3, "school": "Mission Hill K-8 School",
     "family_notes": "mother's asylum case pending; father not on dismissal list"},
    recipient="bpd/district-b2", reason="ground_not_permitted",
    hide=["Centre St", "West Roxbury", "asylum"],
    cats=["neighborhood", "immigration_status"],
    tags=["deny_ground", "custody", "court_docket"])

add("allow", "weapon", "2025-11-19 07:58",
    "Main entrance bag check, Fenway High School",
    "During the morning bag check SSS saw a small pink canister of pepper spray (keychain size) in "
    "the front pocket of her backpack. Leila said she has carried it since her ex-boyfriend, Omar "
    "Ridley, followed her off the bus and grabbed her phone in early November. The canister was not "
    "discharged and Leila did not threaten anyone. SSS kept it; it will be returned only to a "
    "parent. Leila's mother came in at 10:00. The family is Somali and the mother asked that a "
    "female administrator handle the meeting, which AP Grant did.",
    {"name": "Leila Hassan", "grade": 11, "school": "Fenway High School"},
    recipient="bpd/district-d4", weapon="pepper spray",
    hide=["Somali"],
    fact=["pepper spray"],
    keep=["front pocket of her backpack", "not discharged"],
    cats=["ethnicity"],
    tags=["allow_redact", "dating_violence"])

add("allow", "drugs", "2026-01-22 10:15",
    "Library, 2nd floor, Charlestown High School",
    "Brianna's boyfriend, Cody Marsh (20), dropped her off this morning and, per Brianna, asked her "
    "to \"hold\" a sandwich bag for him. At 10:15 a teacher saw the bag fall out of her sweatshirt "
    "in the library. It held 14 blue pills stamped M 30, consistent with counterfeit oxycodone "
    "that may contain fentanyl. The nurse and AP secured them. Brianna was tearful and said Cody "
    "takes her phone and gets angry if she does not answer within minutes. For the past month she "
    "has been staying mostly at Cody's mother's apartment in the Bunker Hill development because "
    "of trouble with her stepmother. DCF has an open case.",
    {"name": "Brianna Kelly", "grade": 11, "school": "Charlestown High School"},
    recipient="bpd/district-a1", substances=["counterfeit oxycodone", "fentanyl"],
    hide=["Bunker Hill"],
    fact=["fentanyl"],
    keep=["14 blue pills", "M 30", "sandwich bag"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "dcf", "drugs"])

add("deny", "drugs", "2025-12-12 21:10",
    "Student parking lot during the winter semi-formal, Boston Latin Academy",
    "Chaperones found Kiara and her boyfriend (21, not a BLA student) in his car in the lot at "
    "about 9:10 PM. Per Kiara he gave her two hard seltzers and a THC cartridge before the dance. "
    "She vomited; the nurse checked her and her mother picked her up. Her mother, who is Dominican "
    "and works nights, says the boyfriend is too old for her daughter and wants him kept away from "
    "school events.",
    {"name": "Kiara Santos", "grade": 12, "school": "Boston Latin Academy"},
    recipient="bpd/district-b2", substances=["hard seltzer", "THC cartridge"],
    reason="excluded_substance",
    hide=["Dominican"],
    cats=["ethnicity"],
    tags=["deny_substance", "dating_violence"])

add("allow", "credible_threat", "2026-03-17 11:05",
    "Main office (telephone), Lyndon K-8 School",
    """\
To: Office of Legal Advisor
From: Principal D. Haskins, Lyndon K-8
Re: threat from a parent subject to a 209A - request to share with BPD E-5

Counsel - I am writing to document this morning's calls and to ask for release to District E-5. \
Victor Alvarez is the father of Zoe (grade 4) and Mateo (grade 1). There is an active 209A order \
against him (West Roxbury District Court, docket 2506RO000317) that lists both children and \
requires him to stay away from them and from the school. He called the main office twice this \
morning (see the threat statement). We locked the front doors at 11:25 and held a modified \
lockdown at dismissal; both children were released to their mother inside the building with SSS \
present.

The mother has asked me to make sure no one tells BPD or anyone else where they are living: since \
February she and the children have been at a domestic-violence shelter in Dorchester near Fields \
Corner, and its location is confidential. She also said Victor's asylum case is still pending and \
she is afraid he will blame her if it is denied. I have not put any of that in the threat \
statement. Please advise.
- D. Haskins""",
    {"name": "Zoe Alvarez", "grade": 4, "school": "Lyndon K-8 School"},
    recipient="bpd/district-e5",
    threat="At 11:05 AM on 3/17/2026 Victor Alvarez called the main office and told the school "
           "secretary, Ms. Kirby: \"You people are hiding my kids. I know they're at that school. If "
           "they're not at the door at pickup I'm coming in, and nobody in that office is leaving "
           "till I get them.\" He called again at 11:20 and said: \"I'm not playing, I got what I "
           "need in the car.\"",
    hide=["Fields Corner", "Dorchester", "asylum"],
    fact=["Victor Alvarez"],
    keep=["2506RO000317", "West Roxbury District Court", "locked the front doors"],
    cats=["neighborhood", "immigration_status"],
    tags=["allow_redact", "protective_order", "court_docket", "shelter", "email", "long_text"])

add("deny", "credible_threat", "2025-10-06 08:20",
    "Advisory, Henderson K-12 Inclusion School (upper campus)",
    "Malik told his advisor that on Sunday night his older brother Andre, 19, said he was going to "
    "\"pop\" the brother of Malik's girlfriend when he sees him outside school on Monday, because "
    "the boy hit their sister. Malik was scared and did not want to say more. The family lives on "
    "Bowdoin St and Andre is often outside the school at dismissal.",
    {"name": "Malik Freeman", "grade": 10, "school": "Henderson K-12 Inclusion School"},
    recipient="bpd/district-c11", reason="missing_threat_statement",
    hide=["Bowdoin St"],
    cats=["neighborhood"],
    tags=["deny_threat_missing", "siblings"])

add("allow", "weapon", "2025-11-05 09:10",
    "Locker 214, 2nd floor, East Boston High School",
    """\
Student's written statement, taken by AP Moreno on 11/5/2025, copied exactly:

"I brought the knife from my house because my ex Brandon and his friends said they was going to \
jump me after school by Maverick station. It is a kitchen knife with a black handle, I kept it in \
my locker #214 wrapped in a paper towel. I never took it out at anybody. Brandon put my pictures \
on his story and when I told him stop he said watch what happens Friday. I didnt tell no one \
because we are from Honduras and my mom doesnt have papers so she said dont call the cops for \
nothing. I'm sorry I know its not allowed."

AP note: knife recovered from locker 214 at 9:10 AM, 8-inch kitchen knife. No injuries. Brandon \
(grade 11, same school) has been referred to the AP for the posts. Two of Valeria's classmates \
confirm that Brandon said "watch what happens Friday" in the cafeteria on Monday and that his \
friends have been waiting near the station after school. Valeria's mother came to the school at \
11:30 with Valeria's older cousin; she was very upset and asked several times whether \
"immigration will find out," and the AP told her this report is about the knife and the threats. \
Valeria will be walked to the bus by SSS this week.""",
    {"name": "Valeria Cruz", "grade": 9, "school": "East Boston High School"},
    recipient="bpd/district-a7", weapon="knife",
    hide=["Honduras", "have papers", "immigration will find out"],
    fact=["knife"],
    keep=["locker #214", "paper towel", "Maverick station"],
    cats=["national_origin", "immigration_status"],
    tags=["allow_redact", "dating_violence", "student_statement", "incident_place"])

add("allow", "serious_violence", "2026-04-08 13:05",
    "Stairwell C between the 2nd and 3rd floors, Excel High School",
    "At about 1:05 PM a teacher heard screaming in stairwell C and found Andre with both hands "
    "around the neck of his girlfriend, a 10th grader (initials K.M.), pinning her against the "
    "railing. The teacher pulled him off. K.M. said she \"blacked out for a second\"; she had red "
    "marks on both sides of her neck and a hoarse voice. EMS transported her to Boston Medical "
    "Center for evaluation of strangulation injuries. K.M. told the nurse that Andre had taken her "
    "phone earlier and accused her of texting another boy. Andre was held in the AP's office until "
    "his mother arrived.",
    {"name": "Andre Coleman", "grade": 12, "school": "Excel High School",
     "gang_flag": "Associate - Kingfisher crew (district bulletin 2025-14)"},
    recipient="bpd/district-c6",
    hide=["Kingfisher"],
    fact=["strangulation"],
    keep=["stairwell C", "red marks on both sides of her neck"],
    cats=["gang_affiliation"],
    tags=["allow_redact", "dating_violence", "structured_fields"])

add("deny", "dating_violence", "2026-02-04 12:35",
    "3rd floor lockers, John D. O'Bryant School of Mathematics and Science",
    "Kevin and his girlfriend argued at her locker about a message on her phone. He pushed her "
    "shoulder and she fell back against the lockers. The nurse saw no injury. Both were sent to the "
    "AP. Her parents speak Vietnamese only, so a staff member who speaks Vietnamese called home. "
    "Kevin has a restorative meeting on Friday.",
    {"name": "Kevin Tran", "grade": 11,
     "school": "John D. O'Bryant School of Mathematics and Science"},
    recipient="bpd/district-b2", reason="ground_not_permitted",
    hide=["Vietnamese"],
    cats=["language"],
    tags=["deny_ground", "dating_violence"])

add("allow", "weapon", "2026-03-11 08:50",
    "Advisory room 301, Snowden International School",
    "Destiny's advisor saw a yellow box cutter tucked into her sock when she sat down in advisory. "
    "Destiny handed it over without argument. She told the counselor she carries it because her "
    "older brother (20) has been hitting her at home and that the last time he choked her she "
    "could not get away. No one at school was threatened. The counselor filed a 51A with DCF at "
    "10:05. Destiny lives with her mother and brother at Harbor Point and is afraid to go home "
    "tonight; the counselor is working with DCF on an emergency plan.",
    {"name": "Destiny Ruiz", "grade": 9, "school": "Snowden International School"},
    recipient="bpd/district-d4", weapon="box cutter",
    hide=["Harbor Point"],
    fact=["box cutter"],
    keep=["yellow box cutter", "tucked into her sock", "51A"],
    cats=["neighborhood"],
    tags=["allow_redact", "siblings", "dcf"])

add("deny", "serious_violence", "2025-10-30 09:15",
    "Gym, Curley K-8 School",
    "Samuel hit his sister (grade 4) on the back of the head with a plastic bat during morning "
    "before-school program; she had a large bump and was seen by the nurse, then taken to Boston "
    "Children's by her mother, where a CT was normal but she was kept for observation. The family "
    "recently arrived from Haiti and the counselor believes there is violence at home; the submitter "
    "addressed this report to DCF.",
    {"name": "Samuel Joseph", "grade": 6, "school": "Curley K-8 School"},
    recipient="dcf/boston-region", reason="recipient_not_permitted",
    hide=["Haiti"],
    cats=["national_origin"],
    tags=["deny_recipient", "siblings", "dcf"])

add("allow", "credible_threat", "2026-02-24 07:45",
    "Main office, New Mission High School",
    "Imani obtained a harassment prevention order (c.258E) against Jalen Price at Roxbury District "
    "Court on 2/2/2026 (docket 2602RO000088). Jalen, 18, is not a BPS student. Last night he posted "
    "the Instagram story in the threat statement; Imani and two classmates screenshotted it before "
    "it expired and brought it to the AP at 7:45 this morning. Jalen drives a silver Nissan Altima "
    "with a cracked rear bumper and has parked across from the school twice since the order. "
    "Safety plan: Imani arrives with her mother at 7:20 and uses the rear door by the cafeteria; "
    "SSS walks her to the car at dismissal.",
    {"name": "Imani Carter", "grade": 12, "school": "New Mission High School"},
    recipient="bpd/district-e18",
    threat="On 2/23/2026 at 6:12 PM Jalen Price (18) posted an Instagram story showing a black "
           "handgun on a car seat with the caption: \"imani u thought the court paper was gonna "
           "stop me?? see u at new mission tmrw.\"",
    fact=["Jalen Price"],
    keep=["Roxbury District Court", "silver Nissan Altima", "258E"],
    tags=["allow_clean", "dating_violence", "protective_order", "court_docket", "safety_plan"])
# ---------------------------------------------------------------------------------------------
# 21-40
# ---------------------------------------------------------------------------------------------

add("allow", "serious_violence", "2026-02-05 10:40",
    "2nd floor hallway outside room 215, Brighton High School",
    "During passing time at approx 10:40 a classmate (R.D.) said something to Cristian about his "
    "father. Cristian punched R.D. repeatedly in the face; R.D. fell and struck his head on the "
    "radiator. R.D. was taken by EMS to St. Elizabeth's with a broken nose and a fractured jaw that "
    "required surgery the same evening. Cristian was escorted to the AP office by SSS and was calm "
    "by 11:00. Counselor's note: Cristian's father was detained by ICE in January and deported to "
    "Guatemala last week; Cristian and his younger sister are living with an aunt, and a "
    "guardianship hearing is set in Suffolk Probate and Family Court. R.D. had been taunting "
    "Cristian about it in the group chat.",
    {"name": "Cristian Lopez", "grade": 10, "school": "Brighton High School"},
    recipient="bpd/district-d14",
    hide=["deported", "Guatemala", "detained by ICE"],
    fact=["fractured jaw"],
    keep=["fractured jaw", "radiator", "St. Elizabeth's"],
    cats=["immigration_status", "national_origin"],
    tags=["allow_redact", "deportation", "custody", "family_abroad"])

add("deny", "weapon", "2026-02-14 07:35",
    "Front entrance, Charlestown High School",
    "At 7:35 AM SSS found a steak knife in Hailey's bag at the entrance. Hailey said the man who "
    "dropped her off, her ex-boyfriend's older brother, told her to \"hold it for him.\" The "
    "school's camera analytics vendor ran the entrance footage and returned a face match "
    "identifying the driver as Shane Doyle, 24, with 91% confidence. The match report is attached "
    "so BPD can locate him.",
    {"name": "Hailey Brennan", "grade": 10, "school": "Charlestown High School"},
    recipient="bpd/district-a1", weapon="knife",
    attachments=[{"kind": "face_match", "name": "vendor_match_report_0214.pdf"},
                 {"kind": "document", "name": "incident_report_hbrennan.pdf"}],
    reason="face_surveillance",
    hide=["91% confidence"],
    cats=["face_surveillance"],
    tags=["deny_face", "dating_violence"])

add("allow", "weapon", "2025-09-24 08:15",
    "1st floor boys' bathroom, Jeremiah E. Burke High School",
    "At about 8:15 AM a student told SSS that Tyrese had a gun in the 1st floor boys' bathroom. SSS "
    "Alvarado and AP Okafor found a loaded .38 revolver, five rounds in the cylinder, in Tyrese's "
    "waistband. SSS unloaded and secured it. Tyrese said it belongs to his older brother, who came "
    "home from the House of Correction in August, and that he took it so his brother \"wouldn't do "
    "something stupid\" to their mother's boyfriend after a fight at home last night. Tyrese did not "
    "point the gun at anyone. Staff note: the brother is known to BPD as a validated member of the "
    "Greyhound Boys.",
    {"name": "Tyrese Mitchell", "grade": 10, "school": "Jeremiah E. Burke High School"},
    recipient="bpd/district-b3", weapon="firearm",
    hide=["Greyhound Boys", "validated member"],
    fact=["revolver"],
    keep=[".38 revolver", "five rounds", "1st floor boys' bathroom"],
    cats=["gang_affiliation"],
    tags=["allow_redact", "siblings"])

add("allow", "credible_threat", "2026-03-26 13:30",
    "Homeroom 7B and main office, Washington Irving Middle School",
    """\
From: AP Kristen Doyle, Washington Irving Middle School
To: Office of Legal Advisor; cc: School Safety Services
Subject: Request to release to BPD E-5 - threat by non-custodial parent

Good afternoon,

I am requesting release of the threat statement to BPD District E-5. Summary:

1. Gabriel (grade 7) showed his homeroom teacher two text messages sent to his phone last night \
(3/25/2026, 9:47 PM and 9:52 PM) from his father, Rodrigo Souza. They are copied verbatim in the \
threat statement.
2. Custody: Suffolk Probate and Family Court, docket SU25D2210DR, gives the mother sole legal and \
physical custody; the father has no visitation pending a further hearing on 4/30/2026. A copy is \
on file in the main office.
3. The father is not on the dismissal list. The main office, SSS and the after-school program have \
his photo (from the court filing).
4. Safety plan from 3/27: dismissal only to the mother or the maternal aunt with photo ID; Gabriel \
waits in the main office, not on the front steps; SSS posted at the front doors from 2:10 to 2:40 \
PM; if the father is seen, staff call 911 and then the school's BPD liaison.
5. Things I am NOT asking to send but you should know: the mother moved with Gabriel and his sister \
to an apartment on Belgrade Ave in Roslindale in February precisely so the father would not know \
where they live, and his text suggests he found out. The mother's primary language is Portuguese \
(she was born in Brazil); Ms. Ferreira from the family liaison team interpreted today's meeting.

Thanks,
Kristen Doyle""",
    {"name": "Gabriel Souza", "grade": 7, "school": "Washington Irving Middle School"},
    recipient="bpd/district-e5",
    attachments=[{"kind": "document", "name": "Custody order SU25D2210DR.pdf"},
                 {"kind": "document", "name": "Mother's lease - Belgrade Ave - DO NOT SHARE.pdf"}],
    threat="Text messages from Rodrigo Souza (father) to Gabriel's phone, 3/25/2026. 9:47 PM: \"Tell "
           "your mother I know where the new place is now. Friday I'm coming to your school and "
           "you're coming with me whether she likes it or not.\" 9:52 PM: \"If anybody at that "
           "school tries to stop me they will get hurt, I swear on everything. I still have the gun "
           "from before.\"",
    hide=["Belgrade Ave", "Roslindale", "Portuguese", "Brazil", "interpreted"],
    fact=["Rodrigo Souza"],
    keep=["SU25D2210DR", "SSS posted at the front doors", "not on the dismissal list"],
    cats=["neighborhood", "language", "national_origin"],
    tags=["allow_redact", "custody", "court_docket", "safety_plan", "email", "long_text"])

add("deny", "welfare_check", "2026-01-09 09:00",
    "Attendance office, Rafael Hernández K-8 School",
    "Jasmine has been absent 5 days in a row. This morning her mother texted the attendance clerk "
    "that after the father assaulted her on New Year's Eve she took Jasmine and her brother to the "
    "Rosewood House shelter in Jamaica Plain and they will not be back this week. The nurse is "
    "worried because Jasmine missed two doses of her asthma medication here. We are requesting a "
    "police welfare check.",
    {"name": "Jasmine Ortiz", "grade": 8, "school": "Rafael Hernández K-8 School"},
    recipient="bpd/district-e13", reason="ground_not_permitted",
    hide=["Rosewood House", "Jamaica Plain"],
    cats=["neighborhood"],
    tags=["deny_ground", "shelter"])

add("allow", "weapon", "2025-10-16 11:25",
    "Dance studio 2, Boston Arts Academy",
    "During 4th period dance a pair of brass knuckles fell out of Yasmin's tote bag when she moved "
    "it off the floor. The teacher picked them up and brought Yasmin to the AP. Yasmin said her "
    "boyfriend, Nico (19), put them in her bag on Saturday when he picked her up from a party, and "
    "that she forgot they were there. She said Nico gets jealous and has grabbed her wrist hard "
    "enough to leave bruises, and she is afraid of what he will say when he learns the school took "
    "them. The AP kept them; mother notified.",
    {"name": "Yasmin Haddad", "grade": 10, "school": "Boston Arts Academy",
     "home_language": "Arabic", "ell_status": "Former EL (exited 2023)"},
    recipient="bpd/district-d4", weapon="brass knuckles",
    hide=["Arabic", "Former EL"],
    fact=["brass knuckles"],
    keep=["4th period dance", "tote bag"],
    cats=["language"],
    tags=["allow_redact", "dating_violence", "structured_fields"])

add("allow", "serious_violence", "2026-04-14 12:50",
    "Auditorium balcony, Boston Latin School",
    "A 10th grade student (initials S.R.) reported to the school nurse at 1:30 PM that her former "
    "boyfriend, Nathan, sexually assaulted her in the auditorium balcony during 6th period, when "
    "the auditorium was empty. The nurse documented bruising on her upper arms and a cut lip. S.R.'s "
    "mother took her to Boston Medical Center; the family says they will seek a 209A at Brighton "
    "District Court. Nathan was removed from class by the AP at 1:45 and his father picked him up. "
    "Per SIS Nathan lives with his father at 27 Ashmont St.",
    {"name": "Nathan Boyd", "grade": 11, "school": "Boston Latin School"},
    recipient="bpd/district-d4",
    hide=["Ashmont St"],
    fact=["sexually assaulted"],
    keep=["auditorium balcony", "bruising on her upper arms"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "protective_order"])

add("deny", "drugs", "2026-03-03 12:10",
    "Cafeteria, Josiah Quincy Upper School",
    "Ethan and his older sister (grade 11) argued loudly in the cafeteria over a vape pen that she "
    "said he took from her room. Staff separated them and confiscated the vape; contents unknown. "
    "Neither was hurt. The parents speak Cantonese; the family liaison called home.",
    {"name": "Ethan Chen", "grade": 9, "school": "Josiah Quincy Upper School"},
    recipient="bpd/district-a1", substances=["vape pen (contents unknown)"],
    reason="excluded_substance",
    hide=["Cantonese"],
    cats=["language"],
    tags=["deny_substance", "siblings"])

add("allow", "credible_threat", "2025-10-07 08:30",
    "AP office, Another Course to College",
    """\
Kayla's written statement (given to AP Brennan 10/7/2025):

Darnell and me broke up in September. He keep texting me at night. Last night he sent the ones I \
showed you. He got a gun, my cousin seen it. I been staying at my uncle's house on Westview St \
since my mom went in the hospital and Darnell keeps asking where im staying. My uncle told me dont \
tell nobody about the texts because he's not legal and he doesnt want police at the house but im \
scared for real. Darnell waits by the bus stop after school. I took screenshots.

AP note: screenshots saved. Darnell Fisher is a grade 12 student here; he was held out of class \
pending a safety assessment and his mother was called at 9:05. Kayla's schedule and Darnell's \
overlap in 4th period lunch and in the 2nd floor hallway after 6th period; for now Kayla eats in \
the counseling suite and leaves 6th period five minutes early with a pass. Kayla's cousin (grade \
12, name on file) gave a short statement: "I seen him with a black gun in his bag in September at \
the park. He showed it to everybody." The safety assessment team meets tomorrow at 8:00.""",
    {"name": "Kayla Jenkins", "grade": 11, "school": "Another Course to College"},
    recipient="bpd/district-e18",
    threat="Darnell Fisher, a grade 12 student at ACC, sent Kayla these messages on 10/6/2025 at "
           "11:14 PM: \"if i see u with him again im shooting u both idc if its at school\" and "
           "\"u know i got it, ask ur cousin.\" Kayla's cousin told the AP he has seen Darnell with "
           "a handgun this fall.",
    hide=["Westview St", "not legal"],
    fact=["Darnell Fisher"],
    keep=["waits by the bus stop", "took screenshots"],
    cats=["neighborhood", "immigration_status"],
    tags=["allow_redact", "dating_violence", "student_statement", "relative_home"])

add("allow", "weapon", "2026-01-13 09:35",
    "Room 118 (math), Lilla G. Frederick Middle School",
    "During 2nd period Marcus told his math teacher that he \"was going to handle\" his mother's "
    "boyfriend tonight and showed her a steak knife in his hoodie pocket. The teacher kept the "
    "class calm and called the AP, who took the knife (wooden handle, 5-inch serrated blade). Marcus "
    "said the boyfriend, Dwayne, hit his mother on Sunday and he wanted to protect her. The "
    "counselor filed a 51A. Mother picked Marcus up at 11:00 and agreed to a safety meeting "
    "tomorrow.",
    {"name": "Marcus Greene", "grade": 8, "school": "Lilla G. Frederick Middle School"},
    recipient="bpd/district-c11", weapon="knife",
    fact=["knife"],
    keep=["steak knife", "hoodie pocket", "wooden handle"],
    tags=["allow_clean", "stepparent", "dcf"])

add("deny", "trespass", "2025-12-09 07:40",
    "2nd floor lockers, Madison Park Technical Vocational High School",
    "Front office log: 7:40 AM - Nia's ex-boyfriend Quentin (19, not a student) walked in behind a "
    "group at the main doors and went to Nia's locker. He did not touch her; he told her to \"come "
    "outside and talk.\" SSS escorted him out at 7:46. No weapon seen, no threat made. Staff know "
    "Quentin as an associate of the Red Lantern Boys.",
    {"name": "Nia Robinson", "grade": 10,
     "school": "Madison Park Technical Vocational High School"},
    recipient="bpd/district-b2", reason="ground_not_permitted",
    hide=["Red Lantern"],
    cats=["gang_affiliation"],
    tags=["deny_ground", "dating_violence", "front_office_log"])

add("allow", "serious_violence", "2026-03-09 14:05",
    "Boys' locker room, Community Academy of Science and Health",
    "At about 2:05 PM, after gym, cousins Kevin and Anthony (grade 10) fought in the boys' locker "
    "room. Kevin stabbed Anthony in the left shoulder with a flat-head screwdriver from the shop "
    "room. Anthony was taken by EMS to Boston Medical Center, where the wound was cleaned and "
    "closed with sutures. Kevin dropped the screwdriver and waited in the locker room for SSS. The "
    "two families are both Cape Verdean, and the dispute started at a baptism at their church last "
    "weekend, where Kevin's father and Anthony's father argued.",
    {"name": "Kevin Barros", "grade": 11, "school": "Community Academy of Science and Health"},
    recipient="bpd/district-c11",
    hide=["Cape Verdean", "baptism", "their church"],
    fact=["screwdriver"],
    keep=["flat-head screwdriver", "left shoulder", "locker room"],
    cats=["ethnicity", "religion"],
    tags=["allow_redact", "cousins"])

add("deny", "weapon", "2025-11-20 12:15",
    "Cafeteria, Excel High School",
    "Tamia was found with a folding knife in her jacket at lunch. She says her boyfriend gave it to "
    "her. The submitter believes the boyfriend is in the Kingfisher crew and asks that this go to "
    "the intelligence center so the gang unit can add him.",
    {"name": "Tamia Lewis", "grade": 9, "school": "Excel High School"},
    recipient="bric", weapon="knife", reason="recipient_not_permitted",
    hide=["Kingfisher"],
    cats=["gang_affiliation"],
    tags=["deny_recipient", "dating_violence"])

add("allow", "weapon", "2025-10-29 11:10",
    "2nd floor hallway near the girls' locker room, Boston Latin Academy",
    "During 4th period a teacher heard a loud crackling sound in the hallway near the girls' locker "
    "room and found Ariana holding a black stun gun; she said she was \"checking if it still "
    "works.\" No one was touched with it. The AP took it. Ariana said her mother gave it to her "
    "after her ex-boyfriend, Luis, broke into their apartment in Franklin Field in October and "
    "punched her mother. Ariana has an open 209A against him. The stun gun is in the main office "
    "safe.",
    {"name": "Ariana Velez", "grade": 12, "school": "Boston Latin Academy",
     "race_ethnicity": "Hispanic"},
    recipient="bpd/district-b2", weapon="stun gun",
    hide=["Franklin Field", "Hispanic"],
    fact=["stun gun"],
    keep=["crackling sound", "girls' locker room"],
    cats=["neighborhood", "ethnicity"],
    tags=["allow_redact", "dating_violence", "protective_order", "structured_fields"])

add("allow", "credible_threat", "2026-04-07 09:00",
    "Conference room, East Boston High School",
    """\
SAFETY MEETING NOTES - 4/7/2026, 9:00 AM
Present: AP Lima, counselor Ms. Rocha, SSS Petrillo, Daniel, Daniel's mother (with a Spanish \
interpreter), Daniel's sister Karla (19, by phone).

Background: Karla has an active 209A against her ex-boyfriend, Brian Ochoa (22), from East Boston \
District Court, docket 2505RO000242, which also orders him to stay away from "the plaintiff's \
household." Karla says Brian stabbed a man in 2024 and carries a knife. Last night Brian sent \
Daniel the voice notes in the threat statement; Daniel played them for AP Lima this morning and \
the AP transcribed them.

What Daniel told us: Brian has been at the Maverick bus stop two afternoons this week around \
2:30 PM, in a black hoodie, and once crossed the street toward Daniel before a bus came. Daniel \
takes the 120 bus. Brian is about 5'9", thin, with a tattoo of a clock on the left side of his \
neck; he drives a white Toyota Corolla with a dented passenger door.

Prior contact with the school: on 2/12/2026 Brian came into the main lobby and asked the front \
desk for "Karla's little brother"; he was turned away and left without incident (front office \
log). Daniel has missed two days since then and says he stays home when Brian has been texting.

Family background (for counselor file only): the family lives in Eagle Hill, the mother is \
Salvadoran and works overnight, and Karla is worried Brian will go to the house.

Plan: Daniel leaves by the gym door at 2:20 PM with SSS Petrillo and is picked up by his uncle in \
the staff lot; teachers who cover 8th period have Brian's photo from the 209A packet; if Brian is \
seen, staff call 911 first and then the school's police liaison. Counselor will check in daily.""",
    {"name": "Daniel Flores", "grade": 10, "school": "East Boston High School"},
    recipient="bpd/district-a7",
    threat="Voice notes from Brian Ochoa (22) to Daniel Flores on WhatsApp, 4/6/2026 about 10:40 PM, "
           "transcribed by AP Lima: \"Tell Karla if she don't pick up I'm coming to that school for "
           "you. I know what time you get out. I'm bringing the knife and I'm not playing this "
           "time.\"",
    hide=["Spanish", "interpreter", "Eagle Hill", "Salvadoran"],
    fact=["Brian Ochoa"],
    keep=["East Boston District Court", "2505RO000242", "Maverick bus stop"],
    cats=["language", "neighborhood", "ethnicity"],
    tags=["allow_redact", "siblings", "protective_order", "court_docket", "safety_plan",
          "incident_place", "long_text"])

add("deny", "credible_threat", "2026-02-26 10:30",
    "Main office, Boston Latin School",
    "Devon's mother, who lost custody to his grandmother in December, came to the front desk "
    "demanding to see him and told the secretary she would \"burn this place down\" if he was kept "
    "from her. The submitter left the threat statement blank because the secretary did not write "
    "down the exact words. Devon's family is Jamaican; his grandmother has sole custody.",
    {"name": "Devon Clarke", "grade": 11, "school": "Boston Latin School"},
    recipient="bpd/district-d4", threat="", reason="missing_threat_statement",
    hide=["Jamaican"],
    cats=["ethnicity"],
    tags=["deny_threat_missing", "custody"])

add("allow", "drugs", "2026-01-27 13:40",
    "2nd floor girls' bathroom, Dearborn STEM Academy",
    "At 1:40 PM a teacher on hall duty walked into the girls' bathroom and saw Alexis handing a "
    "classmate something in exchange for cash. The AP found 22 white bars stamped like Xanax in a "
    "pill bottle in Alexis's backpack, along with $140. Alexis cried and said her brother, 23, makes "
    "her sell at school and takes the money, and that he hit her last month when she came back "
    "short. She lives with her brother and grandmother in Orchard Gardens. The counselor is filing a "
    "51A.",
    {"name": "Alexis Morgan", "grade": 10, "school": "Dearborn STEM Academy"},
    recipient="bpd/district-b2", substances=["Xanax"],
    hide=["Orchard Gardens"],
    fact=["Xanax"],
    keep=["22 white bars", "girls' bathroom", "$140"],
    cats=["neighborhood"],
    tags=["allow_redact", "siblings", "dcf", "drugs"])

add("allow", "weapon", "2025-12-16 08:05",
    "Main entrance, Brighton High School",
    "At 8:05 AM SSS saw the handle of a kitchen knife in Jordan's waistband as he took off his "
    "jacket. Jordan told AP Kessler he had it because his ex-girlfriend's new boyfriend and two "
    "other young men jumped him at the Oak Square bus stop on Saturday. The knife has an 8-inch "
    "blade and a black plastic handle. Jordan did not pull it on anyone. SSS secured it and his "
    "father came in at 9:30.",
    {"name": "Jordan Pierce", "grade": 11, "school": "Brighton High School"},
    recipient="bpd/district-d14", weapon="knife",
    fact=["knife"],
    keep=["Jordan told AP Kessler", "8-inch blade", "kitchen knife"],
    tags=["allow_clean", "dating_violence", "lookalike_name", "incident_place"])

add("deny", "weapon", "2025-12-02 08:20",
    "Classroom 204, TechBoston Academy",
    "Kiana had a black BB pistol in her backpack. She says her boyfriend left it in her bag after "
    "they argued on Sunday and she was afraid to give it back to him. No one was threatened.",
    {"name": "Kiana Duval", "grade": 9, "school": "TechBoston Academy", "ethnicity": "Haitian"},
    recipient="bpd/district-c11", weapon="BB gun", reason="other",
    hide=["Haitian"],
    cats=["ethnicity"],
    tags=["deny_replica", "dating_violence", "structured_fields"])

add("allow", "serious_violence", "2026-05-20 14:35",
    "Sidewalk in front of the main entrance, English High School",
    "At dismissal (2:35 PM) Omar's mother's ex-boyfriend, Ray Collins, came to the front of the "
    "school and began shouting at Omar's mother, who was there to pick up Omar's younger sister. "
    "When Ray shoved her to the ground, Omar ran out with an aluminum baseball bat from the gym "
    "bag of a teammate and struck Ray twice on the head. Ray was unconscious for about a minute; EMS "
    "took him to Brigham and Women's with a skull fracture. SSS took the bat and held Omar in the "
    "lobby. Omar's mother says there is a 209A against Ray. Omar's father is visiting family in the "
    "Dominican Republic and was reached by phone.",
    {"name": "Omar Bennett", "grade": 12, "school": "English High School"},
    recipient="bpd/district-e13",
    hide=["Dominican Republic"],
    fact=["baseball bat"],
    keep=["aluminum baseball bat", "skull fracture"],
    cats=["national_origin"],
    tags=["allow_redact", "stepparent", "protective_order", "family_abroad"])
# ---------------------------------------------------------------------------------------------
# 41-60
# ---------------------------------------------------------------------------------------------

add("allow", "credible_threat", "2025-10-22 12:20",
    "Cafeteria and AP office, Edward M. Kennedy Academy for Health Careers",
    "At lunch Brianna told three classmates that she was going to cut the face of the girl her "
    "ex-boyfriend is now seeing (a 9th grader, initials T.W.). One of the classmates told a teacher. "
    "The AP met with Brianna at 12:45 and she repeated it. With Brianna's consent the AP checked "
    "her pencil case and found a single-edge razor blade wrapped in tape. Brianna's mother was "
    "called and came in at 2:00. T.W. and her mother were informed and T.W. was dismissed to her "
    "mother.",
    {"name": "Brianna Hill", "grade": 10,
     "school": "Edward M. Kennedy Academy for Health Careers"},
    recipient="bpd/district-b2",
    threat="Brianna Hill said to three classmates at lunch on 10/22/2025, and then repeated to the "
           "AP: \"I know she stays on Parker St with her grandmother. I'm going to catch her before "
           "school and cut her face with my mom's razor, watch.\"",
    hide=["Parker St"],
    fact=["razor blade"],
    keep=["single-edge razor blade", "pencil case"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "threat_place"])

add("deny", "fight", "2026-01-15 11:40",
    "Cafeteria, Charlestown High School",
    "Shanice and her older sister (grade 11) fought in the cafeteria over a borrowed jacket; "
    "hair pulling and slapping, about 30 seconds, broken up by SSS. The nurse found a scratch on "
    "Shanice's cheek and nothing else. Their mother says the family just moved out of the Mission "
    "Main development and everyone is stressed.",
    {"name": "Shanice Moore", "grade": 9, "school": "Charlestown High School"},
    recipient="bpd/district-a1", reason="ground_not_permitted",
    hide=["Mission Main"],
    cats=["neighborhood"],
    tags=["deny_ground", "siblings"])

add("allow", "weapon", "2026-03-24 10:50",
    "Locker 88, lower level, Boston Day and Evening Academy",
    "After an anonymous tip through the school's safety line, SSS and AP Daniels opened Jada's "
    "locker at 10:50 AM and found a loaded Glock 19 in a black drawstring bag under her books. Jada "
    "said her boyfriend, Trey Holloway (18), asked her to keep it for him because \"they don't check "
    "girls,\" and that the last time she said no he slapped her in front of his friends. SSS secured "
    "the gun. Staff note: Trey is said to hang with the Red Lantern Boys. Jada lives with her "
    "grandmother in the Lenox Street development and asked that her grandmother not be told about "
    "Trey.",
    {"name": "Jada Simmons", "grade": 11, "school": "Boston Day and Evening Academy"},
    recipient="bpd/district-b2", weapon="firearm",
    hide=["Red Lantern", "Lenox Street"],
    fact=["Glock 19"],
    keep=["loaded Glock 19", "black drawstring bag", "Trey Holloway"],
    cats=["gang_affiliation", "neighborhood"],
    tags=["allow_redact", "dating_violence"])

add("allow", "serious_violence", "2026-04-28 16:10",
    "Staff parking lot behind the gym, Boston Community Leadership Academy",
    "Christopher's mother came in at 3:30 PM for a parent conference. Her estranged husband, "
    "Christopher's stepfather Wayne Harlow, followed her into the staff parking lot after the "
    "meeting and started hitting her. Christopher, who was waiting at the car, got between them. "
    "Wayne pulled a box cutter and slashed Christopher across the left forearm. A teacher called "
    "911; EMS took Christopher to Boston Medical Center, where the cut needed 14 stitches and a "
    "tendon check. Wayne drove away in a white pickup. Since March, Christopher and his mother have "
    "been staying at his aunt's place on River St in Mattapan.",
    {"name": "Christopher Lane", "grade": 10,
     "school": "Boston Community Leadership Academy"},
    recipient="bpd/district-e18",
    hide=["River St", "Mattapan"],
    fact=["box cutter"],
    keep=["left forearm", "14 stitches", "white pickup"],
    cats=["neighborhood"],
    tags=["allow_redact", "stepparent", "relative_home"])

add("deny", "weapon", "2025-11-04 09:00",
    "Main office, Brighton High School",
    "Samuel turned in a folding knife to the AP, saying his cousin gave it to him after a family "
    "argument. The family is Ethiopian. The submitter sent the report to the State Police because "
    "the cousin lives outside Boston.",
    {"name": "Samuel Bekele", "grade": 10, "school": "Brighton High School"},
    recipient="msp/troop-h", weapon="knife", reason="recipient_not_permitted",
    hide=["Ethiopian"],
    cats=["ethnicity"],
    tags=["deny_recipient", "cousin_weapon"])

add("allow", "credible_threat", "2025-12-04 07:55",
    "Main office, Jeremiah E. Burke High School",
    "Destiny came to the main office at 7:55 AM with her phone. Her ex-boyfriend Malcolm Dade (17, "
    "now at a charter school) sent her the messages in the threat statement overnight. Destiny "
    "says Malcolm's older cousin has a gun he has shown on Instagram live. The AP notified the "
    "principal and SSS; Destiny's mother was called at 8:05. Malcolm's car is a dark green Honda "
    "Civic.",
    {"name": "Destiny Harper", "grade": 9, "school": "Jeremiah E. Burke High School",
     "emergency_contact": {"name": "Loretta Harper", "relationship": "grandmother",
                           "address": "19 Wayland St, Apt 2"}},
    recipient="bpd/district-b3",
    threat="Messages from Malcolm Dade to Destiny Harper, 12/3/2025 11:48 PM to 12:10 AM: \"u "
           "think u can just ignore me\" / \"watch me shoot up the burke tmrw if u don't answer\" / "
           "\"my cuz got the strap i'm not playing.\"",
    hide=["Wayland St"],
    fact=["Malcolm Dade"],
    keep=["dark green Honda Civic", "Instagram live"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "structured_fields"])

add("allow", "weapon", "2025-09-30 13:15",
    "Room 210, East Boston High School",
    "Anthony was seen by his science teacher opening and closing a pocket knife under the lab "
    "table. The AP took it (silver, 3-inch blade). Anthony said his foster brother (17) has been "
    "threatening him at the house and pushed him down the stairs on Sunday, and he brought the "
    "knife \"just in case\" on the bus ride. He has been in his current DCF placement, a foster "
    "home in Winthrop, for three weeks. DCF worker notified at 1:40. No one at school was "
    "threatened.",
    {"name": "Anthony Russo", "grade": 9, "school": "East Boston High School"},
    recipient="bpd/district-a7", weapon="knife",
    hide=["Winthrop"],
    fact=["knife"],
    keep=["under the lab table", "3-inch blade"],
    cats=["neighborhood"],
    tags=["allow_redact", "dcf", "siblings"])

add("deny", "runaway", "2026-02-18 09:30",
    "Attendance office, Dorchester Academy",
    "Mariah (15) did not come home last night; her mother called the school at 8:40 AM. Friends say "
    "she is staying with her 20-year-old boyfriend at his mother's apartment on Cummins Hwy. The "
    "school is asking police to go and bring her back. No threats or weapons are involved.",
    {"name": "Mariah Dixon", "grade": 10, "school": "Dorchester Academy"},
    recipient="bpd/district-b3", reason="ground_not_permitted",
    hide=["Cummins Hwy"],
    cats=["neighborhood"],
    tags=["deny_ground", "dating_violence"])

add("allow", "serious_violence", "2025-11-18 14:30",
    "Courtyard behind the cafeteria, Excel High School",
    """\
Incident summary (AP Sheehan): At approx 2:30 PM, in the courtyard behind the cafeteria, \
Taliyah swung a combination padlock knotted inside a tube sock at another 10th grader (initials \
J.B.), striking her three times on the head. J.B. had a 4 cm laceration on the scalp and was \
taken by EMS to Boston Medical Center, where the wound was closed with staples and she was \
observed for a concussion. SSS took the sock and padlock from Taliyah.

Taliyah's written statement: "She been talking to my man Devonte since summer and she put it on \
her story that he was with her Saturday. I told her stop. We both from Roxbury and everybody \
know she stay in Whittier St so I'm not hiding from nobody. I did it I'm not gonna lie."

Devonte (grade 11) was interviewed and said he had nothing to do with it.""",
    {"name": "Taliyah Owens", "grade": 10, "school": "Excel High School"},
    recipient="bpd/district-c6",
    hide=["Whittier St", "from Roxbury"],
    fact=["padlock"],
    keep=["padlock knotted inside a tube sock", "4 cm laceration", "staples"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "student_statement"])

add("allow", "drugs", "2026-05-05 09:20",
    "Room 103, Margarita Muñiz Academy",
    "A teacher saw Adrian pass a small knotted bag of white powder to a classmate. The AP recovered "
    "two bags from Adrian's jacket (about 3 grams total), which Adrian said was cocaine belonging "
    "to his father. He said his father uses it at home, that his parents have been fighting and "
    "his father broke a door last week, and that he took the bags \"so my dad would stop.\" The "
    "counselor filed a 51A with DCF.",
    {"name": "Adrian Morales", "grade": 12, "school": "Margarita Muñiz Academy",
     "family_notes": {"household": "father, mother, brother (21)",
                      "status": "brother is a DACA recipient; parents' status unknown"}},
    recipient="bpd/district-e13", substances=["cocaine"],
    hide=["DACA"],
    fact=["cocaine"],
    keep=["white powder", "3 grams"],
    cats=["immigration_status"],
    tags=["allow_redact", "dcf", "structured_fields", "drugs"])

add("deny", "custody_dispute", "2025-10-10 15:00",
    "After-school program, Josiah Quincy Upper School",
    "Grandmother arrived at pickup with a letter saying she has temporary guardianship; mother "
    "arrived ten minutes later and they argued in the lobby. No one was touched. DCF has an open "
    "case and the worker said guardianship was granted by the Probate and Family Court on 10/8. "
    "Grandmother speaks only Mandarin and a staff member interpreted.",
    {"name": "Lily Zhang", "grade": 6, "school": "Josiah Quincy Upper School"},
    recipient="bpd/district-a1", reason="ground_not_permitted",
    hide=["Mandarin", "interpreted"],
    cats=["language"],
    tags=["deny_ground", "custody", "dcf"])

add("allow", "credible_threat", "2026-01-21 08:10",
    "Main office, Mission Hill K-8 School",
    "Precious's mother came to the main office at 8:10 AM and showed the principal texts from her "
    "ex-partner, Terrence Gaines, who is the subject of a 209A issued by the Roxbury District Court "
    "(docket 2602RO000031) covering the mother and both children. The texts name the school. "
    "Precious was kept inside at recess; Terrence's photo was given to the front desk and to the "
    "after-school staff; dismissal only to the mother.",
    {"name": "Precious Holt", "grade": 8, "school": "Mission Hill K-8 School"},
    recipient="bpd/district-b2",
    threat="Texts from Terrence Gaines to Precious's mother, 1/20/2026 about 10 PM: \"I know you at "
           "that shelter on Seaver St now. I'll wait outside every morning, and if you keep my kids "
           "from me I'll take them from that school myself. I don't care who gets hurt.\"",
    hide=["Seaver St"],
    fact=["Terrence Gaines"],
    keep=["2602RO000031", "kept inside at recess"],
    cats=["neighborhood"],
    tags=["allow_redact", "protective_order", "court_docket", "shelter", "threat_place"])

add("allow", "weapon", "2025-12-08 11:45",
    "3rd floor hallway, Boston International High School",
    "Wilson's teacher saw him show a folding knife to a friend at the end of 3rd period. The AP "
    "took it (red handle, 3-inch blade) and Wilson said he bought it after his sister's "
    "ex-boyfriend came to the family's building on Friday and told Wilson he would \"finish\" him "
    "if the sister did not drop the court case. No one at school was threatened. Mother came in "
    "at 1:00 PM.",
    {"name": "Wilson Perez", "grade": 10, "school": "Boston International High School",
     "country_of_birth": "Dominican Republic", "ell_level": "EL Level 2",
     "us_school_entry": "2024-09"},
    recipient="bpd/district-c11", weapon="knife",
    hide=["Dominican Republic", "EL Level 2"],
    fact=["knife"],
    keep=["red handle", "end of 3rd period"],
    cats=["national_origin", "language"],
    tags=["allow_redact", "siblings", "structured_fields"])

add("deny", "serious_violence", "2026-03-19 15:20",
    "MBTA bus stop across from the school, Jeremiah E. Burke High School",
    "Jalisa was punched several times by an older man at the bus stop after school and had a "
    "broken nose. She will not say who it was, but staff think it was her boyfriend. We are "
    "attaching her yearbook photo and the bus stop video and ask BPD to run face recognition on the "
    "video to identify the man she is with in the other clips.",
    {"name": "Jalisa Ward", "grade": 11, "school": "Jeremiah E. Burke High School"},
    recipient="bpd/district-b3",
    attachments=[{"kind": "photo", "name": "jward_yearbook_2025.jpg"},
                 {"kind": "video", "name": "busstop_cam_0319.mp4"}],
    reason="face_surveillance",
    hide=["run face recognition"],
    cats=["face_surveillance"],
    tags=["deny_face", "dating_violence"])

add("allow", "serious_violence", "2026-02-11 13:25",
    "Art room 3B, Boston Arts Academy",
    "Twin sisters Kendra and Kiara Wallace argued in the art room over a sketchbook. Kendra took "
    "a utility razor blade from the printmaking station and slashed at Kiara, cutting her across "
    "the right palm and wrist. The art teacher applied pressure and called the nurse; EMS took "
    "Kiara to Boston Children's, where she needed surgery to repair a nerve in her hand. Kendra "
    "dropped the blade on the floor and sat down. Their father came to the school at 2:15.",
    {"name": "Kendra Wallace", "grade": 9, "school": "Boston Arts Academy"},
    recipient="bpd/district-d4",
    fact=["razor blade"],
    keep=["printmaking station", "right palm and wrist", "repair a nerve"],
    tags=["allow_clean", "siblings"])

add("allow", "credible_threat", "2025-11-06 09:40",
    "Main lobby, Curley K-8 School",
    "A DCF social worker, Ms. Alvarado, came to the school at 9:30 AM to meet with Jayden under an "
    "open 51A. Jayden's father arrived a few minutes later (he had been told by Jayden's aunt), "
    "confronted Ms. Alvarado in the lobby, and said the words in the threat statement in front of "
    "the principal and two parents. He left in a grey minivan when the principal said she was "
    "calling 911. The family lives in the Mildred C. Hailey Apartments. Jayden was in class and did "
    "not see it.",
    {"name": "Jayden Pena", "grade": 5, "school": "Curley K-8 School"},
    recipient="bpd/district-e13",
    threat="Jayden's father to DCF worker Ms. Alvarado in the Curley lobby, 11/6/2025 9:40 AM, "
           "witnessed by the principal: \"You take my kids, I'll put a bullet in you and whoever "
           "signed the paper. I know what car you drive.\"",
    hide=["Hailey Apartments"],
    fact=["grey minivan"],
    keep=["grey minivan", "Ms. Alvarado"],
    cats=["neighborhood"],
    tags=["allow_redact", "dcf"])

add("deny", "harassment", "2026-03-02 10:00",
    "Counseling office, Boston Latin Academy",
    "Aisha's ex-boyfriend sends her dozens of messages a day and shows up after Friday prayers at "
    "the mosque on Malcolm X Blvd where her family goes. He has not threatened her. She wants it "
    "documented.",
    {"name": "Aisha Rahman", "grade": 11, "school": "Boston Latin Academy"},
    recipient="bpd/district-b2", reason="ground_not_permitted",
    hide=["mosque", "Malcolm X Blvd", "Friday prayers"],
    cats=["religion"],
    tags=["deny_ground", "dating_violence"])

add("allow", "weapon", "2025-10-02 08:35",
    "2nd floor east stairwell, John D. O'Bryant School of Mathematics and Science",
    "During a hallway sweep SSS saw Rashad drop a black expandable baton (collapsible, about 21 "
    "inches extended) from his jacket in the east stairwell. Rashad said he carries it because his "
    "mother's boyfriend has been coming home drunk and hitting his mother, and he wants to be able "
    "to stop him. He did not use or threaten anyone with it. SSS secured the baton. The counselor "
    "filed a 51A. Per SIS: lives with his mother at 54 Fessenden St, Mattapan 02126.",
    {"name": "Rashad Tillman", "grade": 11,
     "school": "John D. O'Bryant School of Mathematics and Science"},
    recipient="bpd/district-b2", weapon="club",
    hide=["Fessenden St", "02126", "Mattapan"],
    fact=["expandable baton"],
    keep=["expandable baton", "east stairwell"],
    cats=["neighborhood"],
    tags=["allow_redact", "stepparent", "dcf"])

add("deny", "drugs", "2026-04-16 13:10",
    "Nurse's office, Edward M. Kennedy Academy for Health Careers",
    "Bianca came to the nurse dizzy and said she ate two THC gummies her boyfriend gave her at "
    "lunch. Her mother, who is Brazilian, picked her up. Bianca says the boyfriend gets angry when "
    "she refuses.",
    {"name": "Bianca Lima", "grade": 10,
     "school": "Edward M. Kennedy Academy for Health Careers"},
    recipient="bpd/district-b2", substances=["THC gummies"], reason="excluded_substance",
    hide=["Brazilian"],
    cats=["ethnicity"],
    tags=["deny_substance", "dating_violence"])

add("allow", "credible_threat", "2026-05-12 10:15",
    "Guidance office, Dorchester Academy",
    "Terrence (grade 10) told his English teacher that his brother Jason (grade 12, also here) "
    "plans to bring their father's gun to school tomorrow to \"deal with\" the 11th grader who "
    "hit their sister at a party on Saturday. The counselor spoke with Terrence, who was shaking "
    "and said Jason showed him the gun in the hall closet last night. AP and SSS met with Jason at "
    "10:40; he denied it but said the other boy \"has it coming.\" The family's home language is "
    "Cape Verdean Creole; the parents were called through the family liaison.",
    {"name": "Jason Andrade", "grade": 12, "school": "Dorchester Academy"},
    recipient="bpd/district-c11",
    threat="Per Terrence Andrade (grade 10), reported to his teacher 5/12/2026 at 10:15 AM: his "
           "brother Jason said on Monday night, \"Tomorrow I'm bringing Pop's gun and that boy is "
           "done, in front of everybody.\" Terrence says Jason showed him the gun in the hall closet "
           "the same night.",
    hide=["Creole"],
    fact=["father's gun"],
    keep=["father's gun", "hall closet"],
    cats=["language"],
    tags=["allow_redact", "siblings"])
# ---------------------------------------------------------------------------------------------
# 61-80
# ---------------------------------------------------------------------------------------------

add("deny", "serious_violence", "2026-01-30 14:50",
    "Nurse's office, Snowden International School",
    "Marisol came to the nurse with bruises on her neck and arms and said her 26-year-old "
    "boyfriend hit her last night because she did not bring home enough money from \"the "
    "apartments\" he drives her to. The counselor suspects trafficking. The submitter addressed "
    "the report to Homeland Security Investigations because the boyfriend is Honduran and the "
    "counselor read that HSI handles trafficking.",
    {"name": "Marisol Reyes", "grade": 10, "school": "Snowden International School"},
    recipient="hsi/boston", reason="recipient_not_permitted",
    hide=["Honduran"],
    cats=["ethnicity"],
    tags=["deny_recipient", "dating_violence"])

add("allow", "weapon", "2026-04-01 09:05",
    "Room 208, Rafael Hernández K-8 School",
    """\
Statement of Yariel (grade 8), written with the counselor, 4/1/2026:

"The knife is from my abuela's kitchen. I put it in my bag this morning because my tía's \
boyfriend Ramón said on the phone he is going to come to the school and take me and my little \
brother if my tía doesn't let him back in. He said it two times. Last month he hit my tía with a \
pot and the police came. I wasn't going to hurt nobody at school, I just wanted to be ready if he \
came. We are undocumented and my tía is scared to go to court so she doesn't have the paper that \
makes him stay away."

Counselor note: AP Diaz recovered the knife (black handle, 7-inch blade) from the front pocket of \
Yariel's backpack at 9:05 AM. The brother is in grade 3 here. Dismissal of both boys is only to \
the aunt until further notice.""",
    {"name": "Yariel Santiago", "grade": 8, "school": "Rafael Hernández K-8 School"},
    recipient="bpd/district-e13", weapon="knife",
    hide=["undocumented"],
    fact=["knife"],
    keep=["7-inch blade", "Ramón", "front pocket of Yariel's backpack"],
    cats=["immigration_status"],
    tags=["allow_redact", "student_statement", "relative_home", "family_words"])

add("allow", "serious_violence", "2025-12-18 09:55",
    "Main stairwell between the 1st and 2nd floors, English High School",
    "Two students saw Xavier and his girlfriend (grade 10, initials D.S.) arguing on the landing of "
    "the main stairwell at 9:55 AM. Xavier grabbed her backpack strap and shoved her, and she fell "
    "down about eight steps. D.S. had a visibly deformed left wrist; the nurse splinted it and EMS "
    "took her to Brigham and Women's, where it was confirmed as a displaced fracture needing "
    "surgery. Xavier walked away and was found in the library. D.S. lives with her aunt in the "
    "Franklin Hill development and asked that her aunt be the only contact.",
    {"name": "Xavier Dean", "grade": 11, "school": "English High School"},
    recipient="bpd/district-e13",
    hide=["Franklin Hill"],
    fact=["displaced fracture"],
    keep=["eight steps", "left wrist", "displaced fracture"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "relative_home"])

add("deny", "immigration_concern", "2026-02-09 12:00",
    "Main office, Lilla G. Frederick Middle School",
    "Josue's mother was picked up for deportation on Friday and no adult has come for him since. "
    "He is staying with a neighbor. The family is Guatemalan. The school is asking BPD to help "
    "figure out who has custody.",
    {"name": "Josue Ramirez", "grade": 7, "school": "Lilla G. Frederick Middle School"},
    recipient="bpd/district-c11", reason="ground_not_permitted",
    hide=["deportation", "Guatemalan"],
    cats=["immigration_status", "ethnicity"],
    tags=["deny_ground", "deportation", "custody"])

add("allow", "credible_threat", "2026-03-30 11:30",
    "Counseling office, Charlestown High School",
    """\
COUNSELOR REFERRAL TO ADMINISTRATION - Ms. Okonkwo, school counselor, 3/30/2026

Reason for referral: threat to harm another student with a firearm.

Amber (grade 12) came to my office during 3rd period upset about her ex-boyfriend, Tyler, who \
began dating a junior (initials M.P.) two weeks ago. During the session Amber said the words in \
the threat statement. When I asked, she said her stepdad keeps "a pistol in the nightstand, \
loaded, and he never locks the room." I told Amber I had to share this and she said "go ahead, I \
meant it."

Relevant history: Amber and Tyler dated for 14 months. Amber has disclosed that Tyler pushed her \
down in October and that she was "done with him," but in the last week she has texted M.P. \
several times (M.P. showed me two messages: "enjoy him while it lasts" and "count your days"). \
Amber's grades have dropped and she has missed 9 days since February. In a check-in on \
3/16 she told me she was "not sleeping" and that Tyler's new girlfriend "thinks she won." She \
has no discipline history involving weapons. She has said before that she "could never hurt \
anybody," which is why today's statement, and the detail about the nightstand, worried me.

Family: Amber lives with her mother and stepfather. The family is very involved in their \
Pentecostal church and the mother asked that the pastor be present at any meeting; I said that \
would be up to the family.

Actions: AP informed at 11:45; Amber kept in the counseling suite; mother called at 11:50 and \
on her way; M.P.'s parents informed and M.P. dismissed to her father; request to AP that BPD be \
asked to make sure the stepfather's gun is secured.""",
    {"name": "Amber Collins", "grade": 12, "school": "Charlestown High School"},
    recipient="bpd/district-a1",
    threat="Amber Collins to her school counselor, 3/30/2026 about 11:15 AM: \"If he's still with "
           "her at prom I'll take my stepdad's gun and shoot her in the parking lot. I know where "
           "it is and I know how to use it.\"",
    hide=["Pentecostal"],
    fact=["pistol in the nightstand"],
    keep=["pistol in the nightstand", "count your days"],
    cats=["religion"],
    tags=["allow_redact", "dating_violence", "stepparent_gun", "counselor_referral",
          "long_text"])

add("deny", "weapon", "2025-10-08 10:30",
    "Playground, Lyndon K-8 School",
    "Cameron brought an airsoft pistol (black, orange tip removed) and pointed it at his sister's "
    "ex-boyfriend's little brother at recess. No one was hurt. The family recently arrived from "
    "Ireland. Submitted as weapon without an approver's determination on the airsoft gun.",
    {"name": "Cameron Ford", "grade": 7, "school": "Lyndon K-8 School"},
    recipient="bpd/district-e5", weapon="airsoft pistol", reason="other",
    hide=["Ireland"],
    cats=["national_origin"],
    tags=["deny_replica", "siblings"])

add("allow", "serious_violence", "2026-01-08 15:05",
    "Athletic field gate, Brighton High School",
    "After school at about 3:05 PM Malik and his cousin Rodney (19, not a student) waited at the "
    "athletic field gate for a 10th grader (initials E.T.) who had been texting Malik's "
    "girlfriend. Rodney held E.T. while Malik hit him in the face with brass knuckles. E.T. was "
    "taken to St. Elizabeth's with a broken jaw and lost two teeth. Malik and Rodney ran toward "
    "the bus stop; Malik was identified by three students and the coach. Staff note: Rodney is "
    "believed to run with the Kingfisher crew and the cousins are said to stay together near "
    "Four Corners.",
    {"name": "Malik Jones", "grade": 11, "school": "Brighton High School"},
    recipient="bpd/district-d14",
    hide=["Kingfisher", "Four Corners"],
    fact=["brass knuckles"],
    keep=["athletic field gate", "broken jaw", "lost two teeth"],
    cats=["gang_affiliation", "neighborhood"],
    tags=["allow_redact", "cousins", "dating_violence"])

add("allow", "credible_threat", "2025-11-24 08:45",
    "Classroom 6A, Boston Teachers Union K-8 School",
    "Noah told his teacher at morning meeting that his father called him last night and said the "
    "words in the threat statement. Noah's mother has a 209A against the father (Dorchester "
    "District Court, docket 2507RO000962) and the father is not allowed at the school. The mother's "
    "boyfriend, Kevin, usually picks Noah up. The father has a grey Jeep. Noah said his father "
    "lives in a rooming house on Dudley St since the order and \"has guns there.\" Mother "
    "informed at 9:00 and will pick Noah up herself today.",
    {"name": "Noah Sullivan", "grade": 6, "school": "Boston Teachers Union K-8 School"},
    recipient="bpd/district-e13",
    threat="Per Noah Sullivan (grade 6), his father said to him by phone on 11/23/2025 in the "
           "evening: \"When Kevin comes to get you tomorrow I'm going to be there and I'm going to "
           "shoot him in front of your school. Don't tell your mother.\"",
    hide=["Dudley St"],
    fact=["grey Jeep"],
    keep=["2507RO000962", "Dorchester District Court", "grey Jeep"],
    cats=["neighborhood"],
    tags=["allow_redact", "protective_order", "court_docket"])

add("deny", "credible_threat", "2026-03-12 09:15",
    "AP office, Boston Community Leadership Academy",
    "Screenshots of messages from Leah's ex-boyfriend are attached. Leah has been staying at her "
    "father's in Hyde Park since the breakup. The submitter did not write out the threat; see the "
    "attachment.",
    {"name": "Leah Donnelly", "grade": 11, "school": "Boston Community Leadership Academy"},
    recipient="bpd/district-e18",
    attachments=[{"kind": "document", "name": "screenshots_ldonnelly.pdf"}],
    reason="missing_threat_statement",
    hide=["Hyde Park"],
    cats=["neighborhood"],
    tags=["deny_threat_missing", "dating_violence"])

add("allow", "weapon", "2026-05-27 10:40",
    "Room 12, McKinley Middle School",
    "Sara showed a classmate a small pocket knife with a wooden handle during reading. The teacher "
    "took it and walked Sara to the AP. Sara said her grandfather gave it to her \"to protect "
    "myself\" after her ex-boyfriend, a 9th grader at another school, grabbed her by the hood on "
    "the way home last week. She did not threaten anyone. Grandfather came in at noon and took the "
    "knife home; SSS logged it.",
    {"name": "Sara Kowalski", "grade": 8, "school": "McKinley Middle School"},
    recipient="bpd/district-d4", weapon="knife",
    fact=["knife"],
    keep=["pocket knife with a wooden handle", "grabbed her by the hood"],
    tags=["allow_clean", "dating_violence"])

add("allow", "serious_violence", "2025-10-14 08:10",
    "2nd floor lockers near room 220, Henderson K-12 Inclusion School",
    "Before first period Tyler slammed his younger brother Mason (grade 7) head-first into a "
    "locker door twice after Mason told a teacher about something at home. Mason lost "
    "consciousness briefly and then had a seizure on the floor. The nurse managed his airway and "
    "EMS took him to Boston Children's, where he was diagnosed with a concussion and kept overnight. "
    "Both brothers are in DCF custody and were placed together in a foster home in Readville in "
    "August; the DCF worker came to the school at 10:00.",
    {"name": "Tyler Brooks", "grade": 10, "school": "Henderson K-12 Inclusion School"},
    recipient="bpd/district-c11",
    hide=["Readville"],
    fact=["seizure"],
    keep=["head-first into a locker door", "had a seizure", "concussion"],
    cats=["neighborhood"],
    tags=["allow_redact", "siblings", "dcf"])

add("deny", "missing_person", "2025-12-01 09:20",
    "Attendance office, East Boston High School",
    "Gabriela has not been home since Saturday; her mother thinks she is with her 24-year-old "
    "boyfriend. The family is Salvadoran and the mother has temporary protected status and is "
    "afraid to call police herself. The school is asking BPD to look for her.",
    {"name": "Gabriela Martinez", "grade": 10, "school": "East Boston High School"},
    recipient="bpd/district-a7", reason="ground_not_permitted",
    hide=["Salvadoran", "temporary protected status"],
    cats=["ethnicity", "immigration_status"],
    tags=["deny_ground", "dating_violence"])

add("allow", "credible_threat", "2026-04-15 08:00",
    "AP office, New Mission High School",
    "Jordyn told the AP this morning that after school yesterday she walked to the Mattapan branch "
    "library to meet a study group, and her ex-boyfriend, Kareem Bishop (19), was waiting outside. "
    "He followed her inside and then to the Mattapan Square bus stop, saying the words in the "
    "threat statement. A library security guard told him to leave. Jordyn has been staying with "
    "her grandmother in Mattapan since her mother moved to Georgia in March, and she is afraid "
    "Kareem will find the house. Kareem drives a black Dodge Charger.",
    {"name": "Jordyn Ellis", "grade": 11, "school": "New Mission High School"},
    recipient="bpd/district-b3",
    threat="Kareem Bishop to Jordyn Ellis outside and inside the Mattapan branch library, 4/14/2026 "
           "about 3:30 PM: \"You think you safe cause you got a new school? I'll shoot you and "
           "whoever you with. I got it in the car right now.\"",
    hide=["grandmother in Mattapan"],
    fact=["Kareem Bishop"],
    keep=["Mattapan branch library", "black Dodge Charger"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "incident_place", "relative_home"])

add("allow", "weapon", "2025-11-12 12:30",
    "Cafeteria, Madison Park Technical Vocational High School",
    "At lunch a cafeteria monitor saw Bishal pull a kitchen knife halfway out of his backpack while "
    "arguing with his sister's boyfriend (grade 12, initials P.K.). SSS separated them and took the "
    "knife (10-inch chef's knife). Bishal said P.K. hit his sister last week and he wanted to "
    "\"scare him.\" No one was cut. Father came in at 2:00 with a family friend.",
    {"name": "Bishal Gurung", "grade": 10,
     "school": "Madison Park Technical Vocational High School",
     "guardian": {"name": "Hari Gurung", "relationship": "father",
                  "address": "1450 Tremont St #5", "preferred_language": "Nepali",
                  "interpreter_needed": True}},
    recipient="bpd/district-b2", weapon="knife",
    hide=["1450 Tremont", "Nepali"],
    fact=["knife"],
    keep=["10-inch chef's knife", "halfway out of his backpack"],
    cats=["neighborhood", "language"],
    tags=["allow_redact", "siblings", "dating_violence", "structured_fields"])

add("deny", "suspicious_person", "2026-05-06 14:40",
    "Front gate, Edison K-8 School",
    "A man in a red jacket stood at the front gate for 20 minutes at dismissal watching the "
    "students. Staff think he may be Sokha's father, who does not have custody. The family is "
    "Cambodian and the mother speaks Khmer; she could not be reached. He left on foot.",
    {"name": "Sokha Chhim", "grade": 4, "school": "Edison K-8 School"},
    recipient="bpd/district-d14", reason="ground_not_permitted",
    hide=["Cambodian", "Khmer"],
    cats=["ethnicity", "language"],
    tags=["deny_ground", "custody"])

add("allow", "drugs", "2026-05-29 13:00",
    "Nurse's office, Fenway High School",
    "Camila came to the nurse at 12:50 PM with a racing heart, jaw clenching and sweating. She told "
    "the nurse her boyfriend (20) gave her \"molly\" in the car before school and told her to take "
    "it with him. The nurse found three more pink pills in a folded dollar bill in her phone case, "
    "which Camila said were the same MDMA. EMS evaluated her and she went to Boston Children's "
    "with her mother. Camila said the boyfriend pressures her and took her phone last week. Her "
    "grandparents in the Dominican Republic raised her until last year.",
    {"name": "Camila Vargas", "grade": 10, "school": "Fenway High School"},
    recipient="bpd/district-d4", substances=["MDMA"],
    hide=["Dominican Republic"],
    fact=["MDMA"],
    keep=["three more pink pills", "folded dollar bill"],
    cats=["national_origin"],
    tags=["allow_redact", "dating_violence", "family_abroad", "drugs"])

add("allow", "serious_violence", "2026-03-05 12:25",
    "Front courtyard, Community Academy of Science and Health",
    "At lunch in the front courtyard Devin punched his ex-girlfriend (grade 11, initials A.M.) in "
    "the face after she refused to give back a necklace. A.M. fell and hit her head on a concrete "
    "planter. EMS took her to Boston Medical Center, where a CT showed a fractured orbit and a "
    "small brain bleed; she was admitted. SSS held Devin in the office. A.M.'s mother says they "
    "applied for a 209A last month, and Devin already has an open case at Suffolk County Juvenile "
    "Court for an earlier assault on A.M. in the community.",
    {"name": "Devin Hollis", "grade": 12, "school": "Community Academy of Science and Health"},
    recipient="bpd/district-c11",
    fact=["fractured orbit"],
    keep=["concrete planter", "small brain bleed", "Suffolk County Juvenile Court"],
    tags=["allow_clean", "dating_violence", "court_docket"])

add("deny", "verbal_altercation", "2026-01-20 16:00",
    "Main office, Boston International High School",
    "Ahmed's mother and stepfather argued loudly in the main office during a meeting about his "
    "attendance. The stepfather slammed his hand on the counter and left. No one was hurt. The "
    "meeting was held in Arabic with the family liaison.",
    {"name": "Ahmed Saleh", "grade": 9, "school": "Boston International High School"},
    recipient="bpd/district-c11", reason="ground_not_permitted",
    hide=["Arabic"],
    cats=["language"],
    tags=["deny_ground", "stepparent"])

add("allow", "credible_threat", "2026-02-03 14:00",
    "2nd floor hallway outside room 207, Jeremiah E. Burke High School",
    "Wilner's girlfriend broke up with him on Monday. During 7th period today he told two "
    "classmates and then a teacher the words in the threat statement. When SSS met him he said "
    "\"I didn't say nothing\" but a classmate had recorded part of it on her phone. His mother was "
    "called and a safety assessment is scheduled for the morning.",
    {"name": "Wilner Pierre", "grade": 10, "school": "Jeremiah E. Burke High School",
     "ell_status": "Active EL - Level 3", "home_language": "Haitian Creole"},
    recipient="bpd/district-b3",
    threat="Wilner Pierre in the 2nd floor hallway, 2/3/2026 about 1:50 PM, heard by a teacher and "
           "two students: \"Tomorrow I'm coming with my uncle's gun and she's gonna see. Her and "
           "the new one, both of them.\"",
    hide=["Active EL", "Haitian Creole"],
    fact=["recorded part of it"],
    keep=["recorded part of it on her phone", "7th period"],
    cats=["language"],
    tags=["allow_redact", "dating_violence", "structured_fields"])

add("allow", "weapon", "2025-09-17 12:05",
    "Cafeteria line, Snowden International School",
    "In the cafeteria line at 12:05 Nadia's ex-boyfriend, Jamal (grade 11), grabbed her wrist and "
    "would not let go. Nadia took a pepper spray canister from her pocket and sprayed him in the "
    "face. Jamal and two students nearby had burning eyes; the nurse flushed their eyes and none "
    "needed the hospital. SSS took the canister. Nadia said she has carried it since Jamal followed "
    "her home in August. Jamal's family lives in the Cathedral development, and Nadia says he has "
    "been waiting for her at the Back Bay station.",
    {"name": "Nadia Bouchard", "grade": 11, "school": "Snowden International School"},
    recipient="bpd/district-d4", weapon="pepper spray",
    hide=["Cathedral development"],
    fact=["pepper spray"],
    keep=["sprayed him in the face", "grabbed her wrist"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence"])
# ---------------------------------------------------------------------------------------------
# 81-100
# ---------------------------------------------------------------------------------------------

add("deny", "credible_threat", "2026-04-22 09:30",
    "Main office, Boston Latin School",
    "Min-jun's mother forwarded the messages in the threat statement from her ex-husband, who has "
    "no custody. The family is Korean. The submitter addressed the report to the private security "
    "firm the parents' association hired for the spring concert.",
    {"name": "Min-jun Park", "grade": 8, "school": "Boston Latin School"},
    recipient="northgate-security", reason="recipient_not_permitted",
    threat="Text from the father to the mother, 4/21/2026: \"I'll be at the concert Friday and I'm "
           "taking him. If anyone tries to stop me they'll regret it, I'm bringing the gun.\"",
    hide=["Korean"],
    cats=["ethnicity"],
    tags=["deny_recipient", "custody"])

add("allow", "serious_violence", "2026-05-14 12:02",
    "South courtyard and 1st floor hallway, Boston Latin Academy",
    """\
TIMELINE (compiled by AP Farrington from staff statements and camera review)

12:02 PM - Liam and his girlfriend, Zahra (grade 11), argue in the south courtyard; two teachers \
on lunch duty see Liam take her phone.
12:03 - Zahra tries to take the phone back. Liam swings his skateboard with both hands and hits \
her on the left side of the head. She falls onto the pavement.
12:03 - Mr. Ocampo (teacher) reaches her; she is conscious but vomits twice. Nurse called.
12:05 - Liam drops the skateboard and walks inside; SSS Grady stops him in the 1st floor hallway \
by the trophy case and walks him to the AP office. He says "she was going to show everyone."
12:06 - 911 called by the main office.
12:14 - EMS arrives; Zahra taken to Boston Medical Center. Later diagnosis (per her brother): \
skull fracture above the left ear and a small bleed; she is in the ICU.
12:30 - Liam's mother called; arrives 1:10.
1:00 - Skateboard secured in the AP office; grip tape has visible blood.

Witness statements (summaries): Mr. Ocampo - "I heard the board hit her, it was a crack, and \
she went straight down." A 10th grader who was filming a friend's kickflip has 14 seconds of \
video that shows the swing; the AP has a copy. Two other students say Liam told Zahra "give it \
back or I'll end you" just before.

Prior concerns: Zahra told her advisor in April that Liam checks her phone and once shoved her \
into a locker. The advisor made a counseling referral but no report.

Family notes (NOT for release): Zahra's family came to Boston as refugees from Afghanistan in \
2022; her parents speak Dari and the hospital call was made with an interpreter.""",
    {"name": "Liam O'Connell", "grade": 12, "school": "Boston Latin Academy"},
    recipient="bpd/district-b2",
    hide=["refugee", "Afghanistan", "Dari", "interpreter"],
    fact=["skateboard"],
    keep=["swings his skateboard", "skull fracture above the left ear", "trophy case"],
    cats=["immigration_status", "national_origin", "language"],
    tags=["allow_redact", "dating_violence", "family_abroad", "long_text"])

add("allow", "credible_threat", "2025-10-28 09:50",
    "AP office, Excel High School",
    "Trinity came to the AP office with her mother at 9:50 AM and showed voicemails from her "
    "ex-boyfriend, Corey Whitman (18), left overnight. Trinity has been staying with her "
    "grandmother since Corey broke a window at her mother's apartment in September. Corey was "
    "arrested for that incident and released. The AP played the voicemails for SSS and saved "
    "them. Trinity is dismissed to her mother only; Corey's photo is at the front desk.",
    {"name": "Trinity Barnes", "grade": 9, "school": "Excel High School"},
    recipient="bpd/district-c6",
    threat="Voicemails from Corey Whitman to Trinity Barnes, 10/27/2025 11:58 PM and 12:20 AM: \"I "
           "know you at your grandma's on Walk Hill St. I'll burn that house down with y'all in it.\" "
           "and \"Tell your mother the window was nothing. Next time it's gas.\"",
    hide=["Walk Hill St"],
    fact=["Corey Whitman"],
    keep=["voicemails", "broke a window"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "threat_place", "relative_home"])

add("deny", "drugs", "2025-12-11 08:30",
    "Bus drop-off, Madison Park Technical Vocational High School",
    "Andre's older brother dropped him off and SSS saw him hand Andre a blunt and a Juul. Both were "
    "confiscated at the door. The family is Cape Verdean.",
    {"name": "Andre Gomes", "grade": 9,
     "school": "Madison Park Technical Vocational High School"},
    recipient="bpd/district-b2", substances=["blunt", "Juul"], reason="excluded_substance",
    hide=["Cape Verdean"],
    cats=["ethnicity"],
    tags=["deny_substance", "siblings"])

add("allow", "weapon", "2026-01-06 10:15",
    "Room 115, English High School",
    "During 2nd period Daniela asked to go to the nurse and left her bag; a classmate saw a knife "
    "sticking out of the side pocket and told the teacher. The AP recovered a folding knife with a "
    "4-inch blade. Daniela said her boyfriend, Israel Ramos (18), gave it to her after her sister's "
    "ex came to the house drunk on New Year's Eve and tried to kick the door in. She said she would "
    "only use it \"if he comes back.\" Mother came in at 11:30.",
    {"name": "Daniela Ortega", "grade": 10, "school": "English High School",
     "nationality": "Colombian", "primary_language": "Spanish"},
    recipient="bpd/district-e13", weapon="knife",
    hide=["Colombian", "Spanish"],
    fact=["knife"],
    keep=["Israel Ramos", "4-inch blade", "side pocket"],
    cats=["national_origin", "language"],
    tags=["allow_redact", "siblings", "lookalike_name", "structured_fields"])

add("allow", "serious_violence", "2026-03-06 14:35",
    "Side gate by the football field, TechBoston Academy",
    "At dismissal (2:35 PM) Alana's ex-boyfriend, Marcus Odom (20), who is the defendant in a 209A "
    "issued by the Dorchester District Court (docket 2607RO000412; stay 50 yards from Alana and from "
    "TechBoston), came through the side gate by the football field and stabbed Alana in the lower "
    "back with a folding knife. A coach and SSS Brennan held pressure until EMS arrived; Alana was "
    "taken to Boston Medical Center for surgery and is in stable condition. Marcus ran toward the "
    "commuter rail tracks. Alana and her mother had moved to a new apartment on Geneva Ave after the "
    "order and he was not supposed to know her schedule.",
    {"name": "Alana Whitfield", "grade": 12, "school": "TechBoston Academy"},
    recipient="bpd/district-c11",
    hide=["Geneva Ave"],
    fact=["Marcus Odom"],
    keep=["2607RO000412", "lower back", "side gate by the football field"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "protective_order", "court_docket"])

add("deny", "custody_order_enforcement", "2026-06-03 09:00",
    "Main office, Washington Irving Middle School",
    "Mother asks the school to have police enforce the Probate Court order that bars the father "
    "from taking Kwame out of the state, because the father took both children to Ghana last "
    "summer without permission. No threat, no incident at school.",
    {"name": "Kwame Mensah", "grade": 6, "school": "Washington Irving Middle School"},
    recipient="bpd/district-e5", reason="ground_not_permitted",
    hide=["Ghana"],
    cats=["national_origin"],
    tags=["deny_ground", "custody", "family_abroad"])

add("allow", "credible_threat", "2025-12-10 08:40",
    "Outside the family's apartment door on Centre St (threat); reported at the counseling office, English High School",
    """\
Written statement of Marco (grade 11), 12/10/2025:

"My sister's boyfriend Andre came to our door last night and my sister wouldn't let him in. He \
yelled that he is going to shoot me at Jackson Square station because I told my mom he hit my \
sister. He said it like three times. I take the 39 and the Orange Line from Jackson Square \
station every day after school. I don't know if he has a gun but his friend posts them. We live \
on Centre St and he knows that. I'm scared to go to the train today."

Counselor note: Marco was dismissed to his mother by car today. AP has asked SSS to walk him to \
her car until the plan is reviewed.""",
    {"name": "Marco DiNapoli", "grade": 11, "school": "English High School"},
    recipient="bpd/district-e13",
    threat="Andre (last name unknown, about 20, boyfriend of Marco's sister), outside the family's "
           "door on 12/9/2025 at about 9 PM, as reported by Marco: \"I'm going to shoot you at "
           "Jackson Square, watch. You told on me, you're done.\"",
    hide=["Centre St"],
    fact=["Jackson Square station"],
    keep=["Jackson Square station", "walk him to her car"],
    cats=["neighborhood"],
    tags=["allow_redact", "siblings", "student_statement", "incident_place"])

add("allow", "weapon", "2026-02-25 11:55",
    "Lunchroom, Lilla G. Frederick Middle School",
    "At lunch Mya took a paring knife out of her lunch bag and showed a friend, saying it was for "
    "\"Mom's ex if he comes again.\" The lunch monitor took the knife (3-inch blade, green handle). "
    "Mya is in DCF care; she told the counselor her mother's ex-boyfriend showed up outside her "
    "foster home in Dedham on Sunday and banged on the window. The DCF worker was notified at 12:20. "
    "No one at school was threatened.",
    {"name": "Mya Jefferson", "grade": 7, "school": "Lilla G. Frederick Middle School"},
    recipient="bpd/district-c11", weapon="knife",
    hide=["Dedham"],
    fact=["knife"],
    keep=["paring knife", "lunch bag", "green handle"],
    cats=["neighborhood"],
    tags=["allow_redact", "dcf", "stepparent"])

add("deny", "fight", "2026-01-23 19:30",
    "Gym during the varsity basketball game, Jeremiah E. Burke High School",
    "Cousins Dante and Marquise fought in the bleachers over a girl; punches thrown, both sent "
    "home, no injuries beyond a bloody lip. Staff believe Marquise's older brother is in the "
    "Ironwood crew and want police aware.",
    {"name": "Dante Wilkins", "grade": 11, "school": "Jeremiah E. Burke High School"},
    recipient="bpd/district-b3", reason="ground_not_permitted",
    hide=["Ironwood"],
    cats=["gang_affiliation"],
    tags=["deny_ground", "cousins"])

add("allow", "serious_violence", "2025-10-01 10:25",
    "3rd floor stairwell, Madison Park Technical Vocational High School",
    "Jazmine's boyfriend, Ricky (grade 12), grabbed her by the throat in the 3rd floor stairwell "
    "after she said she was breaking up with him. Jazmine pulled a box cutter from her hoodie and "
    "cut Ricky across the right cheek and ear. Ricky was taken to Boston Medical Center and needed "
    "12 stitches; the nurse also noted red marks on Jazmine's neck. Jazmine said she carries the "
    "box cutter from her job at a grocery store. Both students are suspended pending a hearing.",
    {"name": "Jazmine Ocasio", "grade": 11,
     "school": "Madison Park Technical Vocational High School",
     "ethnicity": "Hispanic or Latino"},
    recipient="bpd/district-b2",
    hide=["Latino"],
    fact=["box cutter"],
    keep=["right cheek and ear", "12 stitches", "red marks on Jazmine's neck"],
    cats=["ethnicity"],
    tags=["allow_redact", "dating_violence", "structured_fields"])

add("allow", "credible_threat", "2026-04-29 15:45",
    "Main office (telephone), Dearborn STEM Academy",
    """\
---------- Forwarded message ----------
From: Principal M. Adeyemi
To: Office of Legal Advisor
Subject: FW: uncle's call today - please approve release to B-2

Forwarding the secretary's note below. The children's father lives in Nigeria and has no \
custody; the Suffolk Probate and Family Court order (docket SU24D0988CD) gives the mother sole \
custody and names the uncle as someone who may not pick up. The mother and children live on \
Camden St and the uncle knows the building. Please approve release of the threat to District B-2.

---------- Original message ----------
From: S. Burke, school secretary
Sent: 4/29/2026 3:45 PM
Mr. Obi called at 3:30 and asked if Chidi and his sister were still here. When I said I \
couldn't give out information he said what's in the threat statement and hung up. Caller ID \
showed the same number he used in February. Chidi's mother has been called. SSS stayed at the \
front door until the after-school program was dismissed at 6.

---------- Earlier note (2/11/2026, front office log) ----------
3:05 PM - Mr. Obi came to the front door at dismissal and asked for Chidi. He is not on the \
dismissal list and the custody order names him as not allowed to pick up. He argued with Ms. \
Burke through the intercom for about five minutes, said "those are my brother's children, you \
have no right," and left in a black Toyota Sienna when the AP came out. No threat was made that \
day. Chidi was in the after-school program and did not see him. Mother informed the same \
afternoon; she says he has been calling her from different numbers.""",
    {"name": "Chidi Okafor", "grade": 8, "school": "Dearborn STEM Academy"},
    recipient="bpd/district-b2",
    threat="Mr. Obi (the children's paternal uncle) by phone to the school secretary, 4/29/2026 "
           "about 3:30 PM: \"Their father sent me. I will take those children out of that school "
           "this week and if that woman or anybody stands in the way I will hurt them. I have a "
           "gun and I'm not afraid.\"",
    hide=["Nigeria", "Camden St"],
    fact=["Mr. Obi"],
    keep=["SU24D0988CD", "SSS stayed at the front door"],
    cats=["national_origin", "neighborhood"],
    tags=["allow_redact", "custody", "court_docket", "family_abroad", "email"])

add("deny", "credible_threat", "2026-03-10 10:00",
    "Main office, Excel High School",
    "Brandon's ex-girlfriend's brother posted that he would \"spray\" Brandon at school. Staff "
    "believe both families are tied to the Ironwood crew. The submitter sent the report to the "
    "fusion center.",
    {"name": "Brandon Pugh", "grade": 12, "school": "Excel High School"},
    recipient="commonwealth-fusion-center", reason="recipient_not_permitted",
    threat="Instagram post, 3/9/2026: \"brandon pugh u done, we spraying at excel tmrw.\"",
    hide=["Ironwood"],
    cats=["gang_affiliation"],
    tags=["deny_recipient", "dating_violence"])

add("allow", "weapon", "2025-11-25 09:25",
    "Girls' bathroom, 1st floor, Jeremiah E. Burke High School",
    "A student told a teacher that Kiana had \"a big knife\" in the 1st floor girls' bathroom. SSS "
    "found a 9-inch butcher knife in the waistband of her leggings under her sweatshirt. Kiana said "
    "her ex-boyfriend, Jermaine, choked her on Saturday and told her he would \"see her Monday,\" "
    "so she left her mother's place and fled to her cousin's apartment in Uphams Corner, and she "
    "took the knife from the cousin's kitchen. Jermaine is a senior at another school. No one was "
    "threatened with the knife.",
    {"name": "Kiana Roberts", "grade": 10, "school": "Jeremiah E. Burke High School"},
    recipient="bpd/district-b3", weapon="knife",
    hide=["Uphams Corner"],
    fact=["knife"],
    keep=["9-inch butcher knife", "waistband of her leggings"],
    cats=["neighborhood"],
    tags=["allow_redact", "dating_violence", "relative_home"])

add("allow", "drugs", "2026-02-17 08:50",
    "Nurse's office, Boston Day and Evening Academy",
    "Tommy came to the nurse and said he had something in his bag that was \"making him nervous.\" "
    "He gave the nurse a small zip bag of grey powder, which he said is fentanyl that his mother's "
    "boyfriend keeps in the apartment. Tommy said the boyfriend hit his mother on Friday and he took "
    "the bag so the boyfriend would \"get in trouble\" or leave. The nurse double-bagged it "
    "wearing gloves and gave it to SSS. The counselor filed a 51A.",
    {"name": "Tommy Nguyen", "grade": 11, "school": "Boston Day and Evening Academy",
     "home_language": "Vietnamese"},
    recipient="bpd/district-b2", substances=["fentanyl"],
    hide=["Vietnamese"],
    fact=["fentanyl"],
    keep=["grey powder", "double-bagged"],
    cats=["language"],
    tags=["allow_redact", "stepparent", "dcf", "structured_fields", "drugs"])

add("deny", "dcf_assist", "2025-11-14 13:00",
    "Counseling office, Margarita Muñiz Academy",
    "DCF plans to remove Yesenia from her home this afternoon because of her stepfather. The "
    "school asks BPD to stand by at dismissal. The family is Dominican. No threat has been made "
    "against the school.",
    {"name": "Yesenia Batista", "grade": 9, "school": "Margarita Muñiz Academy"},
    recipient="bpd/district-e13", reason="ground_not_permitted",
    hide=["Dominican"],
    cats=["ethnicity"],
    tags=["deny_ground", "dcf", "stepparent"])

add("allow", "credible_threat", "2026-05-19 12:40",
    "AP office, Brighton High School",
    "Sean's mother obtained a 209A against her ex-boyfriend, Derek Flynn, at Brighton District Court "
    "(docket 2508RO000157) on 5/4/2026; it covers Sean. Today at 12:20 Derek called Sean during "
    "lunch from a blocked number and said the words in the threat statement. Sean put the call on "
    "speaker and two friends heard it. Derek drives a red F-150. Sean and his mother live near Oak "
    "Square and Derek used to live with them. Sean is dismissed to his mother today; SSS has "
    "Derek's photo.",
    {"name": "Sean Murphy", "grade": 9, "school": "Brighton High School"},
    recipient="bpd/district-d14",
    threat="Derek Flynn to Sean Murphy by phone, 5/19/2026 12:20 PM, heard on speaker by two "
           "students: \"Your mother thinks a piece of paper stops me. I'll be outside your school "
           "at three and I'm bringing the shotgun. Tell her that.\"",
    hide=["Oak Square"],
    fact=["Derek Flynn"],
    keep=["Brighton District Court", "2508RO000157", "red F-150"],
    cats=["neighborhood"],
    tags=["allow_redact", "protective_order", "court_docket", "stepparent"])

add("allow", "weapon", "2026-04-09 08:30",
    "Main entrance, Madison Park Technical Vocational High School",
    "Hodan came to SSS at the front entrance at 8:30 AM and said her cousin Abdi (grade 11, here) "
    "put a gun in her backpack on the bus and told her to carry it in because \"they won't check "
    "you.\" SSS found a loaded black Smith & Wesson handgun in the backpack and secured it. Abdi was "
    "located in the cafeteria and brought to the AP; he said the gun is for a boy who has been "
    "messaging Hodan. The families are Somali and the parents speak Maay Maay; the family liaison "
    "called home.",
    {"name": "Abdi Hussein", "grade": 11,
     "school": "Madison Park Technical Vocational High School"},
    recipient="bpd/district-b2", weapon="firearm",
    hide=["Somali", "Maay"],
    fact=["firearm"],
    keep=["Smith & Wesson", "put a gun in her backpack on the bus"],
    cats=["ethnicity", "language"],
    tags=["allow_redact", "cousin_weapon"])

add("deny", "truancy", "2026-03-25 09:45",
    "Attendance office, Boston Community Leadership Academy",
    "Thiago has missed 18 days since January. His mother says he is afraid to leave home since his "
    "father's deportation to Brazil in December. The school asks police to visit the home.",
    {"name": "Thiago Almeida", "grade": 10, "school": "Boston Community Leadership Academy"},
    recipient="bpd/district-e18", reason="ground_not_permitted",
    hide=["deportation", "Brazil"],
    cats=["immigration_status", "national_origin"],
    tags=["deny_ground", "deportation", "family_abroad"])

add("allow", "serious_violence", "2026-06-02 07:30",
    "Front steps and main lobby, Dorchester Academy",
    """\
INCIDENT REPORT AND SAFETY PLAN REVIEW - Dorchester Academy
Prepared by AP J. Whitcomb for the Office of Legal Advisor, 6/2/2026

What happened: At 7:30 AM Mercedes (grade 11) was walking up the front steps when Raymond Tate \
(23), her mother's former partner, came up behind her and hit her in the head with a metal \
flashlight. She fell on the steps. Raymond hit her again on the right arm as she covered her \
head, then dropped the flashlight and ran toward the bus stop. SSS Keane and Ms. Barros (front \
desk) reached her within seconds. Mercedes had a scalp laceration and a swollen, deformed right \
forearm. EMS transported her to Boston Medical Center: fractured right ulna, eight staples to the \
scalp, admitted overnight for observation. SSS bagged the flashlight.

Orders: Raymond is the defendant in a 209A (Dorchester District Court, docket 2607RO000377, \
issued 3/2/2026) that protects Mercedes's mother, Mercedes and her two brothers and orders him to \
stay 100 yards from them, their residence and the school. The school's copy is in the main \
office. Mercedes told SSS he had been texting her from new numbers since May; she showed SSS \
two of them (5/28 and 5/30, from a 774 number): "you can't hide behind that school forever" and \
"tell your mother I'm done waiting." SSS photographed them for the file.

Earlier signs at school: on 4/14 the front desk saw a man matching Raymond's description sitting \
in a parked grey Altima across from the front steps for about 20 minutes at dismissal; the mother \
and the court advocate were told. On 5/21 Mercedes said a man she believed was Raymond followed \
her from the bus stop to the front steps; no one else saw him. We did not change the plan then, \
which in hindsight we should have.

Witnesses: SSS Keane, Ms. Barros, two 9th graders (names on file with the AP), and a parent \
dropping off a student, who called 911 at 7:31 AM and stayed with Mercedes until EMS came.

Where the family is: after Raymond broke in on 3/1 the family stayed for six weeks at a \
confidential shelter and then moved to an apartment on Savin Hill Ave; Raymond is not supposed \
to know that address. Mercedes's mother speaks Portuguese and we have used the district's \
Portuguese interpreter for every meeting.

Safety plan (revised today): Mercedes and her brothers enter through the gym door, not the front \
steps, with an SSS escort from the drop-off car; staff at every entrance have Raymond's photo; \
dismissal to the mother only, inside the building; if Raymond is seen, call 911 first. The plan \
will be reviewed with the family and the court advocate on Friday.""",
    {"name": "Mercedes Lopes", "grade": 11, "school": "Dorchester Academy",
     "safety_plan": {"entry": "gym door with SSS escort", "residence": "Savin Hill Ave (confidential)",
                     "language": "Portuguese"}},
    recipient="bpd/district-c11",
    hide=["Savin Hill Ave", "Portuguese", "interpreter"],
    fact=["Raymond Tate"],
    keep=["metal flashlight", "fractured right ulna", "2607RO000377"],
    cats=["neighborhood", "language"],
    tags=["allow_redact", "protective_order", "court_docket", "shelter", "safety_plan",
          "stepparent", "long_text"])


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    allow = sum(c["expect"]["decision"] == "allow" for c in CASES)
    print(f"wrote {len(CASES)} cases ({allow} allow, {len(CASES) - allow} deny) to {OUT}")


if __name__ == "__main__":
    main()
