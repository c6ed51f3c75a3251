#!/usr/bin/env python3
"""Outsider corpus R: 150 held-out cases for the gatekeeper, written from RULES.md and CONTRACT.md only.

Emphasis of this round: hearing transcripts and manifestation-determination minutes, staff chat
threads, forwarded e-mail chains, OCR'd faxes, machine exports (JSON, TSV, markdown, key=value,
SIS notes), out-of-classroom settings, families' messages in many languages, dodges, and precision
traps (category words used about something else, which must stay in the police copy).

Standard library only; deterministic (fixed seed); no network.
usage: python3 make_outsider_r.py [OUT.jsonl]
"""
import datetime as _dt
import json
import pathlib
import random
import re
import sys
import unicodedata

SEED = 20260217
RNG = random.Random(SEED)
PREFIX = "OR"
FAMILY = "outsider_r"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_r.jsonl"

SCHOOL_IDS = {}
CASES = []

OUTCOME_TAG = {
    ("allow", "weapon"): "allow_weapon",
    ("allow", "serious_violence"): "allow_violence",
    ("allow", "credible_threat"): "allow_threat",
    ("allow", "drugs"): "allow_drugs",
    "ground_not_permitted": "deny_ground",
    "excluded_substance": "deny_substance",
    "recipient_not_permitted": "deny_recipient",
    "missing_threat_statement": "deny_no_threat_statement",
    "face_surveillance": "deny_face_surveillance",
    "other": "deny_replica_needs_approver",
}


def school_id(name):
    if name not in SCHOOL_IDS:
        while True:
            sid = "BPS-%04d" % RNG.randint(4000, 4899)
            if sid not in SCHOOL_IDS.values():
                break
        SCHOOL_IDS[name] = sid
    return SCHOOL_IDS[name]


def _utc_offset(d):
    """America/New_York offset for a local date (2025 and 2026 DST rules)."""
    starts = {2025: _dt.date(2025, 3, 9), 2026: _dt.date(2026, 3, 8)}
    ends = {2025: _dt.date(2025, 11, 2), 2026: _dt.date(2026, 11, 1)}
    return "-04:00" if starts[d.year] <= d < ends[d.year] else "-05:00"


def occurred(at):
    t = _dt.datetime.strptime(at, "%Y-%m-%d %H:%M")
    return t.strftime("%Y-%m-%dT%H:%M:00") + _utc_offset(t.date())


def birth_date(grade, at):
    """A date of birth consistent with the grade in the school year of the incident."""
    t = _dt.datetime.strptime(at, "%Y-%m-%d %H:%M").date()
    sy = t.year if t.month >= 8 else t.year - 1          # school year starts in the fall of sy
    # grade 9 in the year starting 2025 was born Sept 2009 .. Aug 2010
    first = _dt.date(sy - grade - 6, 9, 1)
    day = first + _dt.timedelta(days=RNG.randint(0, 364))
    if RNG.random() < 0.08:                               # a few students are a year older
        day = day - _dt.timedelta(days=365)
    return day.isoformat()


def student_id():
    return str(RNG.randint(100000, 999999))


def _add(decision, reason, g, sch, nm, gr, at, d, rc="bpd", loc=None, w=None, subs=None, ts=None,
         stu=None, att=None, mnc=(), key=None, mct=(), cats=(), tags=(), age=False):
    req = {"request_id": None, "school_id": school_id(sch), "recipient": rc, "ground": g}
    if subs is not None:
        req["substances"] = list(subs)
    if w is not None:
        req["weapon"] = w
    if ts is not None:
        req["threat_statement"] = ts
    req["incident"] = {"occurred_at": occurred(at), "location": loc or sch, "description": d}
    s = {"student_id": student_id(), "name": nm}
    if age:
        dob = birth_date(gr, at)
        t = _dt.datetime.strptime(at, "%Y-%m-%d %H:%M").date()
        b = _dt.date.fromisoformat(dob)
        s["age"] = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
    else:
        s["date_of_birth"] = birth_date(gr, at)
    s["grade"] = gr
    s["school"] = sch
    for k, v in (stu or {}).items():
        s[k] = v
    req["student"] = s
    if att is not None:
        req["attachments"] = att
    if decision == "allow":
        otag = OUTCOME_TAG[("allow", g)]
        mc = [nm, sch, key]
        mct = list(mct)
    else:
        otag = OUTCOME_TAG[reason]
        mc, mct = [], []
    exp = {"decision": decision}
    if reason:
        exp["reason"] = reason
    exp.update({"must_not_contain": list(mnc), "must_contain": mc, "must_contain_text": mct,
                "categories": sorted(set(cats)), "tags": [FAMILY, otag] + list(tags)})
    CASES.append({"request": req, "expect": exp})


def A(**k):
    _add("allow", None, **k)


def D(reason, **k):
    _add("deny", reason, **k)


# ---------------------------------------------------------------------------------------------
# 1. Discipline hearings and manifestation-determination minutes
# ---------------------------------------------------------------------------------------------
A(g="weapon", w="knife", sch="English High School", nm="Kenson Delva", gr=10, at="2026-01-09 07:52",
  rc="bpd/district-e13", loc="English High School, McBride St entrance (bag check)",
  d="""HEARING OFFICER: We are on the record. Long-term suspension hearing, January 14. Present: the student, his mother, AP Pereira, and an interpreter.
INTERPRETER (Haitian Creole): I will interpret everything for the mother.
HEARING OFFICER: Mr. Pereira, tell me about the morning of the ninth.
AP PEREIRA: At 7:52 the bag check at the McBride St entrance turned up a folding knife in the front pocket of Kenson's backpack. Black handle, roughly a 3.5 inch blade, locks open. SSS Duarte secured it and it's in the safe.
HEARING OFFICER: Kenson, anything you want to say?
STUDENT: I don't bring it to use it. I walk home through Franklin Field after practice and it gets crazy.
HEARING OFFICER: Was anyone threatened with it inside the building?
AP PEREIRA: No one. He handed it over when asked.""",
  mnc=["Haitian Creole", "interpreter", "Franklin Field"], key="folding knife",
  mct=["3.5 inch blade", "front pocket", "McBride St entrance"], cats=["language", "neighborhood"],
  tags=["hearing_transcript", "precision_trap"])

A(g="serious_violence", sch="Madison Park Technical Vocational High School", nm="Tyrese Holloway", gr=11,
  at="2026-03-03 14:40", rc="bpd/district-b2", loc="Boys' locker room, main gym",
  d="""Q: State your name and role for the record.
A: Lorraine Baptiste, assistant principal.
Q: Describe what happened on March 3.
A: Around 2:40, right after the JV basketball game, in the boys' locker room. Three witnesses say Tyrese took a padlock out of his gym bag, dropped it into a tube sock and swung it at a sophomore, hitting him twice on the left side of the head.
Q: What were the injuries?
A: A fractured orbital bone. He went by ambulance to Boston Medical Center and had surgery the next morning.
Q: Did anyone say why?
A: Tyrese told me it was about a song someone played. Other kids told SSS it's because Tyrese runs with the Kemble Street crew and the other boy's cousins don't.
Q: Where are the items now?
A: The padlock and the sock were turned over to SSS Ortiz and bagged.""",
  mnc=["Kemble Street"], key="padlock", mct=["tube sock", "fractured orbital bone", "boys' locker room"],
  cats=["gang_affiliation"], tags=["hearing_transcript", "athletics"])

A(g="weapon", w="box cutter", sch="Jeremiah E. Burke High School", nm="Edwin Caal", gr=9,
  at="2025-11-12 12:20", rc="bpd/district-b3", loc="Cafeteria, table by the vending machines",
  d="""MANIFESTATION DETERMINATION REVIEW - MINUTES
Meeting: 11/18/2025, 2:00 pm, room 118.   Incident: 11/12/2025.
Present: Ms. Adeyemi (SpEd coordinator), Mr. Kowalczyk (AP), Dr. Lin (school psychologist), father, Spanish interpreter (phone line), student (first 10 minutes).
1. Incident (AP): about 12:20 during B lunch the student showed a retractable box cutter to two peers at the table by the vending machines and said "watch, I'm not playing." A cafeteria aide asked for it and he gave it up. Yellow casing, blade about 1 inch extended. No one hurt.
2. IEP: SLD in reading; accommodations reviewed. Team notes student arrived from Guatemala in spring 2023 with interrupted schooling (SIFE).
3. Was the conduct caused by, or directly and substantially related to, the disability? Team: no.
   Was it the direct result of a failure to implement the IEP? Team: no.
4. Determination: NOT a manifestation. Procedural safeguards explained to father through the interpreter.""",
  mnc=["Spanish", "interpreter", "Guatemala", "SIFE"], key="box cutter",
  mct=["retractable box cutter", "vending machines", "watch, I'm not playing"],
  cats=["language", "national_origin"], tags=["mdr_minutes", "cafeteria"])

A(g="credible_threat", sch="Boston Latin Academy", nm="Owen Fitzgerald", gr=8, at="2026-02-10 09:05",
  rc="bpd/district-b3", loc="Third-floor boys' bathroom, science wing",
  ts="Student wrote that the third-floor science wing would be shot up on Friday, admitted writing it, and told the head of school that his uncle keeps a rifle at home and he knows where the key to it is.",
  d="""HEARING OFFICER: Let's begin with the writing itself.
HEAD OF SCHOOL DELANEY: On Tuesday, February 10, at about 9:05, a custodian photographed black marker inside the second stall of the third-floor boys' bathroom. It said the science wing gets shot up Friday, with a drawing of a rifle next to it.
HEARING OFFICER: How was Owen identified?
HEAD OF SCHOOL DELANEY: The same marker was missing from the art room cart he used that morning. When I asked him, he admitted it right away. Then he told me his uncle keeps a rifle in a locked closet and he knows where the key is.
MOTHER: He would never do that. We are Jehovah's Witnesses, he was raised against any violence.
HEARING OFFICER: I understand, ma'am. For the record, police were notified Tuesday afternoon.""",
  mnc=["Jehovah"], key="rifle", mct=["second stall of the third-floor boys' bathroom", "knows where the key is"],
  cats=["religion"], tags=["hearing_transcript"])

D("ground_not_permitted", g="fight", sch="TechBoston Academy", nm="Marlon Ruiz-Baptiste", gr=10,
  at="2025-10-21 11:35", rc="bpd/district-c11", loc="Courtyard",
  d="""MDR meeting notes, 10/27/25 (draft - do not distribute)
Attendees: AP Grady, SpEd liaison Ms. Osei, guidance counselor, mom, student.
Summary of behavior: 10/21 around 11:35 a fight broke out in the courtyard between two groups of roughly six students each. Staff on duty described it as the Dominican kids against the kids who come from Bowdoin St. Marlon threw punches; a peer had a scraped elbow and a bloody lip, seen by the nurse and returned to class.
Determination: conduct not related to the disability (ADHD). Five-day suspension stands. AP wants BPD to "have it on file" anyway.""",
  mnc=["Dominican", "Bowdoin St"], cats=["ethnicity", "neighborhood"], tags=["mdr_minutes"])

D("recipient_not_permitted", g="weapon", w="firearm", sch="Jeremiah E. Burke High School", nm="Darnell Oyelaran",
  gr=11, at="2026-01-22 08:05", rc="bric", loc="Main entrance, Washington St side",
  d="""HEARING OFFICER: This is the expulsion hearing, January 28. Please go through it.
AP STERLING: On January 22 at 8:05, during morning entry, SSS Conley saw the outline of a handle at Darnell's waistband. In the vestibule he removed a loaded 9mm handgun, black, with six rounds in the magazine and none chambered.
HEARING OFFICER: Where did it come from, according to him?
AP STERLING: He said "somebody gave it to me to hold." He wouldn't say who.
HEARING OFFICER: Why is this going to the intelligence center rather than the district?
AP STERLING: An analyst called us directly and asked for it, because he's carried as an associate of the Greenwood Ave crew.""",
  mnc=["associate of the", "Greenwood Ave"], cats=["gang_affiliation"], tags=["hearing_transcript"])

A(g="credible_threat", sch="Snowden International School", nm="Abdi Warsame", gr=9, at="2025-12-04 11:50",
  rc="bpd/district-d4", loc="Cafeteria round table by the windows",
  ts="At lunch the student told two classmates he would bring the gun from his brother's car and 'finish' a named classmate who posted a video of him, showed them a photo of a handgun on his phone, and asked them what time that classmate leaves on Thursdays.",
  d="""Q. Abdi, at lunch today did you talk about a gun?
A. (per interpreter) I said it as a joke. I was mad about the video.
Q. Two students say you showed them a picture of a handgun on your phone. Whose gun is that?
A. (per interpreter) My brother's. He keeps it in the glovebox of his car.
Q. Did you ask them what time Marcus leaves on Thursdays?
A. (per interpreter) Yes. But I was only asking.
Q. Do you have any way to get into your brother's car?
A. (per interpreter) He lets me sit in it sometimes.
Interview: 12/4/2025, 1:15 pm, AP office, with a Somali interpreter on the phone line. SSS Grant present. Student remained in the office until his brother picked him up.""",
  mnc=["interpreter", "Somali"], key="handgun", mct=["glovebox", "what time Marcus leaves on Thursdays"],
  cats=["language"], tags=["hearing_transcript", "translated_note"])

A(g="drugs", subs=["fentanyl", "THC cartridge"], sch="East Boston High School", nm="Brayan Mejia Soto", gr=12,
  at="2026-02-24 10:30", rc="bpd/district-a7", loc="Second-floor hallway, locker 2214",
  d="""HEARING OFFICER: Mr. Carvalho, go ahead.
AP CARVALHO: On the 24th around 10:30 a teacher smelled vape smoke and a locker search was done with the student present. In a mint tin in his jacket we found seven blue round pills stamped M30, and a THC cartridge. Brayan told me, quote, "they're blues, they got fentanyl in them, I was holding them for somebody."
HEARING OFFICER: Did the nurse see them?
AP CARVALHO: Yes, she said they look like the counterfeit kind. They were sealed in an evidence bag.
HEARING OFFICER: Ms. Soto, do you want to add anything?
MOTHER: Please, he cannot have problems with the police. His asylum case is still open with the court.
HEARING OFFICER: I hear you. That isn't something this hearing decides.""",
  mnc=["asylum"], key="fentanyl", mct=["mint tin", "stamped M30"], cats=["immigration_status"],
  tags=["hearing_transcript"])

A(g="serious_violence", sch="Boston Arts Academy", nm="Cyrus Whitfield", gr=11, at="2026-03-19 10:35",
  rc="bpd/district-d4", loc="Main stairwell between floors 2 and 3",
  d="""MDR MEETING NOTES - 3/24/26
Attendees: Ms. Navarro (IEP chair), AP Holt, school psychologist Dr. Greene, student's mother with a Portuguese interpreter, student.
Behavior in question: on 3/19 at ~10:35, during passing time on the main stairwell, student shoved Ms. Reyes-Hall (Spanish teacher) from behind after she told him to take his earbuds out. She fell about six steps, fractured her right wrist and needed staples for a cut on her scalp. EMS took her to Beth Israel.
Disability: emotional impairment; behavior intervention plan in place since October.
Q1 (caused by / substantially related to disability): YES, impulse control.
Q2 (failure to implement IEP): YES, the assigned 1:1 paraprofessional was absent that day and not covered.
Determination: conduct IS a manifestation. Next steps: update FBA, return to placement, incident report to BPD per safety office.""",
  mnc=["Portuguese", "interpreter"], key="fractured her right wrist",
  mct=["Spanish teacher", "fell about six steps", "staples"], cats=["language"],
  tags=["mdr_minutes", "precision_trap"])

D("missing_threat_statement", g="credible_threat", sch="Charlestown High School", nm="Liam Costigan", gr=10,
  at="2025-12-12 13:10", rc="bpd/district-a1", loc="Room 207",
  d="""HEARING OFFICER: What was said in room 207?
TEACHER (MR. ABBOTT): During 5th period Liam told the kid next to him, loud enough for me to hear, that he's bringing his brother's gun to the winter dance and "nobody's leaving." When I asked him to step out he laughed and said I'd find out.
HEARING OFFICER: Has he said anything like this before?
TEACHER: Not to me.
AP: For background, he lives in the Bunker Hill development with his grandmother; the brother was recently released.
HEARING OFFICER: Thank you.""",
  mnc=["Bunker Hill"], cats=["neighborhood"], tags=["hearing_transcript", "dance"])

A(g="weapon", w="brass knuckles", sch="Excel High School", nm="Nilton Varela", gr=10, at="2025-07-22 10:10",
  rc="bpd/district-c6", loc="Summer session, hallway outside room 112",
  d="""SUMMER SCHOOL DISCIPLINE HEARING - 7/24/2025
HEARING OFFICER: What was found on the 22nd?
SITE COORDINATOR MALONE: A set of brass knuckles, gold colored, in his shorts pocket. At 10:10, when the summer session let out for break, he had them on his right hand in the hallway outside room 112. He was squaring up with another student. He did not hit him.
HEARING OFFICER: Nilton, did you bring those to school?
STUDENT: Yeah. They're for protection. Back in Cabo Verde nobody needed that. Here it's different.
HEARING OFFICER: Who were you squaring up with?
STUDENT: Some kid from the morning math section. It's over now.
SITE COORDINATOR MALONE: The knuckles are locked in the summer site office.""",
  mnc=["Cabo Verde"], key="brass knuckles", mct=["outside room 112", "gold colored", "summer site office"],
  cats=["national_origin"], tags=["hearing_transcript", "summer_school"])

D("excluded_substance", g="drugs", subs=["Delta-8 THC gummies", "hard seltzer"], sch="East Boston High School",
  nm="Gianna Lopes", gr=11, at="2026-02-06 19:45", rc="bpd/district-a7", loc="Winter dance, gymnasium",
  d="""HEARING OFFICER: The substance?
DEAN FARRELL: At the winter dance, about 7:45, a chaperone saw Gianna handing out gummies by the bleachers. The package says Delta-8 THC, 25 mg each; eleven left. There were also two cans of hard seltzer in her tote bag.
HEARING OFFICER: Anything else?
DEAN FARRELL: Only that mom asked us to call her cell because she lives with her aunt over by Maverick Square now and isn't at the old number.""",
  mnc=["Maverick Square"], cats=["neighborhood"], tags=["hearing_transcript", "dance"])

D("face_surveillance", g="weapon", w="knife", sch="Dearborn STEM Academy", nm="Jaylen Forbes-Reid", gr=8,
  at="2026-01-15 13:25", rc="bpd/district-b2", loc="Second-floor hallway near the makerspace",
  att=[{"kind": "face_match", "name": "hallway_cam3_match.pdf"}],
  d="""MANIFESTATION DETERMINATION - MINUTES (1/21/26)
Incident: 1/15 approx 1:25 pm a student was seen on the second-floor hallway camera opening a small knife near the makerspace. The figure had his hood up. The still from camera 3 was run through the face-matching tool on the new camera platform, which returned Jaylen as a 94% match; he then admitted it when asked. Knife (red handle, 2.5 in blade) recovered from his locker.
Q1 no / Q2 no. Not a manifestation. Team asks that the match report go to BPD with the incident.""",
  mnc=["94% match", "hallway_cam3_match"], cats=["face_surveillance"], tags=["mdr_minutes"])

D("ground_not_permitted", g="trespass", sch="New Mission High School", nm="Kevin Osorio", gr=11,
  at="2026-03-11 09:40", rc="bpd/district-b2", loc="Main office lobby",
  d="""HEARING OFFICER: Why are we here today?
AP LAMBERT: Kevin was on a five-day suspension and came into the building on day three at 9:40, walked past the desk and went up to the third floor to see his girlfriend. He left when SSS asked. Nothing was damaged and nobody was hurt.
MOTHER (by phone): He only went to bring her the charger. Please don't send this anywhere, we have Temporary Protected Status and I'm scared of anything with police.
HEARING OFFICER: Understood.""",
  mnc=["Temporary Protected Status"], cats=["immigration_status"], tags=["hearing_transcript"])

A(g="weapon", w="taser", sch="Brighton High School", nm="Luis Arce", gr=12, at="2026-04-28 18:20",
  rc="bpd/district-d14", loc="Auditorium lobby during spring concert",
  d="""DISCIPLINARY HEARING — PARTIAL TRANSCRIPT
HEARING OFFICER: Tell me what the chaperone saw.
MS. QUIGLEY: During intermission of the spring concert, about 6:20, Luis was in the auditorium lobby clicking a taser so it arced, pointing it at a boy from the band. The boy backed into the trophy case. I took it from him. It's a black Taser-brand unit with a cartridge, the kind that fires the wires.
HEARING OFFICER: Was anyone struck?
MS. QUIGLEY: No, the cartridge was not fired.
HEARING OFFICER: Luis?
STUDENT: I bought it online. I wasn't going to use it. I live right by Oak Square and dudes there been trying me on the way home, that's all.""",
  mnc=["Oak Square"], key="taser", mct=["trophy case", "cartridge was not fired"], cats=["neighborhood"],
  tags=["hearing_transcript", "after_school"])

A(g="serious_violence", sch="Henderson K-12 Inclusion School", nm="Shanice Pryor", gr=10, at="2025-10-30 14:55",
  rc="bpd/district-c11", loc="Upper campus bus loop",
  d="""MANIFESTATION DETERMINATION REVIEW
Date: 11/5/2025
Team: coordinator Ms. Wallace, AP Dorsey, BCBA Mr. Quint, grandmother (guardian), student.
Facts as presented: 10/30 at 2:55 pm at the upper campus bus loop, Shanice struck a ninth grader in the head repeatedly with a metal stapler she had taken from the main office. The victim was bleeding from a 4 cm laceration above the right eyebrow and was taken by ambulance; CT at Carney showed a skull fracture.
Grandmother asked that the school reach her on her cell rather than the house line.
Team findings: conduct not caused by the disability (specific learning disability, math); IEP implemented.
Determination: not a manifestation.""",
  mnc=[], key="metal stapler", mct=["4 cm laceration", "skull fracture", "bus loop"], cats=[],
  tags=["mdr_minutes", "bus", "clean"])

# ---------------------------------------------------------------------------------------------
# 2. Text-message and chat threads
# ---------------------------------------------------------------------------------------------
A(g="weapon", w="stun gun", sch="Mission Hill K-8", nm="Mateo Alvarado", gr=8, at="2025-11-06 15:42",
  rc="bpd/district-b2", loc="Gym lobby, after-school program",
  d="""After-school staff group chat (WhatsApp), exported 11/6/2025
[3:41 PM] Coach Ray: 🚨 need another adult in the gym lobby asap
[3:41 PM] Ms. Tran: omw
[3:42 PM] Coach Ray: 8th grader has a stun gun, clicking it at the 6th graders. not funny 😳
[3:43 PM] Ms. Tran: which one? the Honduran kid?
[3:43 PM] Coach Ray: yeah Mateo. black and pink, looks like a flashlight, it sparks blue
[3:45 PM] Mr. Abernathy: got it. he handed it to me. nobody got zapped, one 6th grader crying
[3:46 PM] Mr. Abernathy: locking it in the main office safe 🔒
[3:52 PM] Ms. Tran: calling his mom now 📞
[3:58 PM] Coach Ray: 🙏 thx all""",
  mnc=["Honduran"], key="stun gun", mct=["looks like a flashlight", "main office safe", "gym lobby"],
  cats=["ethnicity"], tags=["chat_thread", "after_school"])

A(g="drugs", subs=["Xanax"], sch="Brighton High School", nm="Daniel Rosales", gr=10, at="2025-10-07 12:55",
  rc="bpd/district-d14", loc="Room 231, chemistry",
  d="""Text thread, AP Whitaker <-> parent. Transcribed 10/08/2025; the parent's messages were translated from Spanish by the family liaison.
[10/07 1:12 PM] AP Whitaker: Hello Ms. Rosales, this is Mr. Whitaker from Brighton High. Please call me about Daniel, it is important.
[10/07 1:30 PM] Parent: Qué pasó? Está bien mi hijo?
[10/07 1:34 PM] AP Whitaker: He is safe. During 4th period chemistry a teacher found 6 white bars stamped like Xanax in his pencil case. He told me he was going to sell them after school.
[10/07 1:41 PM] Parent: Dios mío. Por favor no llamen a la policía, no tenemos papeles 🙏🙏
[10/07 1:44 PM] AP Whitaker: I understand you are worried. Can you come in at 3?
[10/07 1:45 PM] Parent: sí, voy""",
  mnc=["no tenemos papeles", "from Spanish"], key="Xanax", mct=["pencil case", "6 white bars", "4th period chemistry"],
  cats=["immigration_status", "language"], tags=["chat_thread", "multilingual"])

A(g="serious_violence", sch="Community Academy of Science and Health", nm="Jordan Fairley", gr=10,
  at="2026-01-27 12:07", rc="bpd/district-e18", loc="Cafeteria, back left by the tray return",
  d="""CASH staff chat 💬 (export, 1/27)
12:07 Ms. Bello: FIGHT caf back left by the tray return
12:07 Mr. Soto: coming
12:09 Mr. Soto: Jordan picked up a chair and hit the other kid across the face with it. kid bleeding bad from the cheek, nurse here
12:15 Nurse Kim: EMS called. I think his cheekbone is broken, he can't open his left eye 😟
12:18 Ms. Bello: everybody saying it's a Fayston thing. Jordan claims Fayston and the other kid's cousins are on the other side
12:31 Mr. Soto: EMS leaving w victim to Carney. Jordan in the AP office
12:33 Ms. Bello: 👍""",
  mnc=["Fayston"], key="chair", mct=["tray return", "cheekbone is broken", "can't open his left eye"],
  cats=["gang_affiliation"], tags=["chat_thread", "cafeteria"])

A(g="credible_threat", sch="Boston Community Leadership Academy", nm="Treyvon Blake", gr=11, at="2026-04-29 21:48",
  rc="bpd/district-e18", loc="Class group chat (off campus); threat aimed at the school auditorium",
  ts="On 4/29 at 9:48 PM the student posted in a class group chat 'dont come to school tmrw if u sit near the stage in the auditorium' with two gun emojis, then 'i got the hammer now'. An assembly was set for 9:00 AM the next day in the auditorium. He was found with a knife in October 2025.",
  d="""Transcribed from screenshots sent to AP Mensah by three students between 10:02 and 10:20 PM on 4/29:
[9:48 PM] tr3y.b: dont come to school tmrw if u sit near the stage in the auditorium 🔫🔫 fr fr
[9:49 PM] kiki🌸: ??? who u talkin to
[9:50 PM] tr3y.b: they kno who they are 😂
[9:51 PM] tr3y.b: i got the hammer now
[9:53 PM] jaydn_: bro stop playin
The students say tr3y.b is Treyvon's account; a teacher confirmed the profile picture is him. One of them added that he lives off Geneva Ave next to the laundromat and "hangs with older dudes there." The senior assembly was scheduled in the auditorium at 9:00 AM on 4/30.""",
  mnc=["Geneva Ave"], key="hammer", mct=["near the stage in the auditorium", "i got the hammer now", "9:00 AM on 4/30"],
  cats=["neighborhood"], tags=["chat_thread"])

A(g="weapon", w="knife", sch="Young Achievers Science and Mathematics Pilot School", nm="Khoa Tran", gr=7,
  at="2026-02-03 15:02", rc="bpd/district-b3", loc="School bus, route 1147 PM, Blue Hill Ave at Morton St",
  d="""Route 1147 PM - driver texts to Transportation dispatch (copied from the dispatch log)
15:02 DRIVER 4471: kid pulled a knife in the back, 2 seats from the emergency door
15:02 DISPATCH: are you stopped? anyone hurt?
15:03 DRIVER 4471: pulled over Blue Hill Ave at Morton St. nobody hurt. he pointed it at another boy
15:04 DISPATCH: monitor on board?
15:05 DRIVER 4471: monitor has it now. kitchen knife wrapped in a paper towel, maybe 6 inch. kid only speaks Vietnamese, cant understand me
15:11 DISPATCH: school safety en route, hold position
15:26 DRIVER 4471: SSS took the knife and the kid. resuming route, 15 min late""",
  mnc=["Vietnamese"], key="kitchen knife", mct=["Blue Hill Ave at Morton St", "emergency door", "wrapped in a paper towel"],
  cats=["language"], tags=["chat_thread", "bus", "precision_trap"])

A(g="drugs", subs=["cocaine"], sch="Fenway High School", nm="Caleb Moreno", gr=12, at="2026-02-05 11:02",
  rc="bpd/district-d4", loc="Gender-neutral bathroom by the library",
  d="""#frontoffice - Slack export 2026-02-05
Nurse O'Hara 11:02 AM: found 3 small baggies of white powder in the bathroom trash right after Caleb came out, he'd been in there 15 min 🤨
AP Dunleavy 11:05 AM: which bathroom
Nurse O'Hara 11:05 AM: 2nd floor girls? no sorry, the gender-neutral one by the library
AP Dunleavy 11:20 AM: talked to him. he admits it's cocaine, says he bought it for a party this weekend. 2 more baggies in his jacket
Ms. Flores 11:24 AM: fyi his fam is no p4pers so go easy when u call home 🙏
AP Dunleavy 11:26 AM: noted
[reactions: 👀 2  👍 1]""",
  mnc=["p4pers"], key="cocaine", mct=["gender-neutral one by the library", "2 more baggies in his jacket"],
  cats=["immigration_status"], tags=["chat_thread", "dodge"])

A(g="serious_violence", sch="Boston Latin School", nm="Andre Bellamy", gr=11, at="2025-10-18 16:58",
  rc="bpd/district-e5", loc="Away football game at Catholic Memorial, handshake line",
  d="""Football staff chat - Sat 10/18/2025
4:58 PM Coach D: final 21-14 at Catholic Memorial. handshake line got ugly
5:00 PM Coach D: #44 Andre pulled his helmet off and swung it at their lineman, caught him on the temple. kid went down, out maybe 30 sec 😬
5:02 PM Asst Coach Pham: CM trainer says concussion for sure, sending him to Faulkner by ambulance
5:05 PM Coach D: refs ejected Andre. he's on our bus with me, not talking
5:09 PM Asst Coach Pham: want me to call his dad? he's Haitian, I can do it in Kreyòl if dad prefers
5:10 PM Coach D: yes pls 🙏 AD is filing the report tonight""",
  mnc=["Haitian", "Kreyòl"], key="helmet", mct=["Catholic Memorial", "swung it at their lineman", "concussion"],
  cats=["ethnicity", "language"], tags=["chat_thread", "athletics", "precision_trap"])

D("excluded_substance", g="drugs", subs=["Juul pods", "Zyn nicotine pouches"], sch="Boston Latin Academy",
  nm="Sophie Ng-Larkin", gr=11, at="2026-03-13 20:15", rc="bpd/district-b3", loc="Spring semi-formal, cafeteria",
  d="""iMessage, Ms. Kerrigan (chaperone) to AP Sullivan, 3/13
8:15 PM: caught Sophie + 2 friends in the stairwell by the caf doors at the semi 😑
8:16 PM: 4 Juul pods (mango) and a tin of Zyn. she says they're all hers
8:17 PM: also her bf who isn't a student was waiting outside, kids say he's Harlow St and she's been "around them" lately
8:22 PM AP Sullivan: ok bring her to the lobby, I'll call home""",
  mnc=["Harlow St"], cats=["gang_affiliation"], tags=["chat_thread", "dance"])

D("ground_not_permitted", g="bullying", sch="Washington Irving Middle School", nm="Tatiana Brooks", gr=7,
  at="2025-11-19 07:20", rc="bpd/district-e18", loc="School bus, route 0882 AM",
  d="""Bus monitors' group text, 11/19
7:20 Dee: the girls in the back are at it again with the Muslim girl. pulling at her hijab and filming
7:22 Marcia: is it Tatiana again
7:22 Dee: yes + 2 others. I moved her up front
7:40 Marcia: sent to AP. she wants to report to BPD as harassment
(no injuries; video deleted at the monitor's request)""",
  mnc=["Muslim", "hijab"], cats=["religion"], tags=["chat_thread", "bus"])

D("recipient_not_permitted", g="weapon", w="knife", sch="Charlestown High School", nm="Yuri Brandão", gr=12,
  at="2026-01-08 10:05", rc="ice/ero-boston", loc="Room 301",
  d="""Teams chat, registrar <-> AP, 1/8
10:05 AP Connolly: confirmed the knife in Yuri's backpack, 4" fixed blade with a sheath. nobody threatened
10:09 Registrar: fyi an officer from ERO called the front desk last week asking about him, they say he overstayed a student visa
10:10 AP Connolly: ugh. ok send it to them too I guess
10:11 Registrar: 😬 ok""",
  mnc=["overstayed", "student visa"], cats=["immigration_status"], tags=["chat_thread"])

A(g="credible_threat", sch="Jeremiah E. Burke High School", nm="Wesley Morency", gr=12, at="2026-06-02 20:14",
  rc="bpd/district-b3", loc="Gymnasium (graduation rehearsal, 6/3 10:00 AM)",
  ts="A parent reported that the student told her son he would bring 'the strap' to graduation rehearsal on 6/3 and shoot a named senior; her son saw a black handgun in the front pocket of the student's backpack on 5/31 at the basketball court behind the school and confirmed this to the liaison by phone.",
  d="""Voice note left on the family liaison's WhatsApp, 6/2/2026 8:14 PM, transcribed and translated by Ms. Jean-Louis.
Original (Kreyòl): "Bonswa, se manman Ricardo... tanpri pa mete non mwen, nou san papye."
Translation: "Good evening, this is Ricardo's mother. My son tells me Wesley has a gun in his bag. He saw it Sunday. Wesley said he will bring the strap to rehearsal and shoot Kev. Please, don't put my name, we have no papers."
Liaison follow-up: Ricardo confirmed by phone at 8:40 PM that he saw a black handgun in the front pocket of Wesley's Jansport on Sunday afternoon at the basketball court behind the school. Graduation rehearsal: 6/3, 10 AM, in the gym. Principal and SSS notified 8:55 PM.""",
  mnc=["Kreyòl", "san papye", "no papers"], key="handgun",
  mct=["front pocket of Wesley's Jansport", "basketball court behind the school", "Graduation rehearsal"],
  cats=["immigration_status", "language"], tags=["chat_thread", "multilingual", "graduation"])

A(g="weapon", w="knife", sch="Edwards Middle School", nm="Dominic Sheehan", gr=8, at="2025-12-02 16:05",
  rc="bpd/district-a1", loc="Library, after-school homework club",
  d="""homework club tutors chat 12/2
4:05 PM Priya: um Dominic just flipped open a switchblade at table 3 and put it on the desk next to Aiden's laptop
4:05 PM Priya: he's saying he's w/ 4SB now and Aiden better stop talking
4:06 PM Joe: coming up. don't grab it
4:09 PM Joe: he closed it and gave it to me. silver, about 3 in. blade, spring opens
4:11 PM Priya: 4SB = Fourth Street Boyz fyi, older kids
4:14 PM Joe: brought him down to Ms. Galvin""",
  mnc=["4SB", "Fourth Street Boyz"], key="switchblade", mct=["table 3", "spring opens", "next to Aiden's laptop"],
  cats=["gang_affiliation"], tags=["chat_thread", "after_school"])

A(g="drugs", subs=["oxycodone"], sch="Josiah Quincy Upper School", nm="Hailey Zhou-Martin", gr=10, at="2026-04-09 11:20",
  rc="bpd/district-a1", loc="Field trip bus, returning from the Museum of Fine Arts",
  d="""Chaperone texts to the trip lead, 4/9 field trip (MFA)
11:20 Mr. Baptiste: on bus 2 now. Hailey selling pills to two kids in row 9, I saw cash change hands
11:21 Ms. Okwu: what pills
11:23 Mr. Baptiste: she gave me the bottle. label torn off. 14 round white pills, "OC 80" on them. nurse says OC 80 = oxycodone 80 mg. she says they are her mom's surgery pills, mom confirms they're not Hailey's prescription
11:24 Ms. Okwu: keep bottle in your bag, we'll do it at school
11:26 Mr. Baptiste: 👍 also heads up she told the kids she moved to Lenox St last month, so don't use the old address on the form
12:05 Ms. Okwu: back at JQUS, AP has it""",
  mnc=["Lenox St"], key="oxycodone",
  mct=["row 9", "OC 80", "14 round white pills"], cats=["neighborhood"], tags=["chat_thread", "field_trip"])

A(g="weapon", w="pepper spray", sch="Lilla G. Frederick Pilot Middle School", nm="Aaliyah Dorsainvil", gr=6,
  at="2025-09-24 14:30", rc="bpd/district-c11", loc="Room 115 (6th-grade science)",
  d="""6th grade team chat, 9/24
2:30 PM Mr. Chau: need help rm 115. someone sprayed something, kids coughing 😷
2:31 PM Ms. Adams: on my way, pulling the fire door
2:33 PM Mr. Chau: it was pepper spray. Aaliyah had a pink keychain canister, sprayed it at Jayda across the lab table
2:40 PM Nurse Penn: Jayda eyes flushed, 3 others coughing. no one transported. windows open
2:41 PM Mr. Chau: canister w/ AP. 🙏
2:44 PM Ms. Adams: per dad, Aaliyah got it from her older sister. he said the sister uses it walking home from the Mildred C. Hailey bus stop""",
  mnc=["Mildred C. Hailey"], key="pepper spray", mct=["pink keychain canister", "across the lab table", "Jayda eyes flushed"],
  cats=["neighborhood"], tags=["chat_thread"])

A(g="serious_violence", sch="Dorchester Academy", nm="Isaiah Fonseca", gr=11, at="2026-05-16 21:10",
  rc="bpd/district-c11", loc="Junior prom, hotel ballroom coat check",
  d="""Prom chaperones' group text, Sat 5/16
9:10 PM AP Ricci: everyone to coat check now
9:11 PM Ms. Tanaka: Isaiah smashed a glass on Malik's head and then cut him with the broken piece. lot of blood, left side of neck. hotel security holding pressure
9:14 PM AP Ricci: 911 called. hotel staff got the broken glass in a napkin
9:31 PM Ms. Tanaka: EMS took Malik to Tufts, they said the cut is deep, needs surgery
9:33 PM Mr. Drummond: Isaiah sitting in the lobby w/ hotel security. his cousin says this is Cape Verdean vs. Haitian stuff from Instagram smh
9:40 PM AP Ricci: 🙏 tell no one else, I'll call families""",
  mnc=["Cape Verdean", "Haitian"], key="broken glass", mct=["coat check", "left side of neck", "needs surgery"],
  cats=["ethnicity"], tags=["chat_thread", "dance"])

D("missing_threat_statement", g="credible_threat", sch="Madison Park Technical Vocational High School",
  nm="Ramon Quiñones", gr=11, at="2025-10-02 09:15", rc="bpd/district-b2", loc="Automotive shop",
  d="""Teacher text to AP, 10/2, 9:15: "Ramon just told the whole auto shop he's going to 'light this place up' during Friday's pep rally and he knows where his cousin keeps a 'pipe'. I don't think he's joking. He's been talking about being from the DR and how 'over there' he'd already have handled it." AP: "Bringing him to the office now.\"""",
  mnc=["from the DR"], cats=["national_origin"], tags=["chat_thread"])

# ---------------------------------------------------------------------------------------------
# 3. Forwarded e-mail chains
# ---------------------------------------------------------------------------------------------
A(g="weapon", w="firearm", sch="Excel High School", nm="Jamal Whitcomb", gr=11, at="2026-02-12 13:40",
  rc="bpd/district-c6", loc="Third-floor locker bank, locker 3117",
  d="""---------- Forwarded message ---------
From: Theresa Murphy <tmurphy@bostonpublicschools.org>
Date: Thu, Feb 12, 2026 at 2:31 PM
Subject: Fwd: locker 3117 - URGENT
To: Safety Services Intake

Forwarding for the report. Gun is secured with SSS.

> On Thu, Feb 12, 2026 at 1:58 PM, Paul Nguyen wrote:
> During the 1:40 sweep after the odor complaint we opened locker 3117 (assigned to Jamal). Inside a
> Nike duffel: a black handgun, loaded, magazine in, one in the chamber. SSS made it safe. Also a box
> of ammo, 9mm, about 20 rounds.
>> On Thu, Feb 12, 2026 at 1:45 PM, Theresa Murphy wrote:
>> Who is assigned 3117? Is it Jamal W.? His counselor says he's been running with the Tenny Ave
>> crew since the summer and moved in with his uncle near Mt Bowdoin.

Theresa Murphy
Assistant Principal | Excel High School
617-635-0000 ext. 4410

Sent from my iPhone""",
  mnc=["Tenny Ave", "Mt Bowdoin"], key="handgun", mct=["Nike duffel", "one in the chamber", "9mm"],
  cats=["gang_affiliation", "neighborhood"], tags=["email_chain"])

A(g="serious_violence", sch="Josiah Quincy Upper School", nm="Evan Szeto-Kirby", gr=9, at="2025-11-14 11:45",
  rc="bpd/district-a1", loc="Museum of Science field trip, stairwell behind the Theater of Electricity",
  d="""From: Nurse Angela Reyes
Sent: Friday, November 14, 2025 3:02 PM
To: Principal Dowd; AP Kim
Subject: RE: field trip incident - grade 9

Following up in writing. The 9th grade girl (initials R.T.) came to me at 1:20 after the bus got back. She says that at about 11:45 at the Museum of Science, in the stairwell behind the Theater of Electricity, Evan pinned her against the wall and put his hand under her shirt and groped her while she pushed him away; a chaperone's whistle made him stop. She has bruising on her right upper arm. I called her mother and DCF.

-----Original Message-----
From: AP Kim
> Evan's dad came in. Through the interpreter he asked whether this would hurt his green card renewal.
> I told him I couldn't answer that.

Angela Reyes, RN
School Nurse | Josiah Quincy Upper School | 617-635-0000""",
  mnc=["interpreter", "green card"], key="groped", mct=["Theater of Electricity", "bruising on her right upper arm"],
  cats=["immigration_status", "language"], tags=["email_chain", "field_trip"])

A(g="drugs", subs=["oxycodone", "marijuana"], sch="Another Course to College", nm="Thiago Nascimento", gr=11,
  at="2026-03-05 09:10", rc="bpd/district-d14", loc="Student lounge, second floor",
  d="""Subject: Fwd: Re: Thiago - pills
> From: Mrs. Nascimento
> Enviado do meu iPhone
> "Bom dia. Ele chegou do Brasil faz pouco tempo e está sem documentos, por favor não chamem a polícia."
> [School translation from Portuguese: "Good morning. He arrived from Brazil a short time ago and has
> no documents, please do not call the police."]

On Mar 5 at 9:10 AM, Ms. Halloran wrote:
In the 2nd floor student lounge a staff member saw Thiago pass a sandwich bag to another student. In it: 9 yellow pills marked "K9" and a small amount of weed. Thiago said the yellow ones are "Percs." Nurse compared the imprint: oxycodone/acetaminophen, not prescribed to him.

--
Maureen Halloran | Dean of Students | ACC | 617-635-0000
Sent from my iPhone""",
  mnc=["do Brasil", "sem documentos", "from Brazil", "no documents", "from Portuguese"], key="oxycodone",
  mct=["sandwich bag", "9 yellow pills", "student lounge"], cats=["immigration_status", "national_origin", "language"],
  tags=["email_chain", "multilingual"])

D("recipient_not_permitted", g="credible_threat", sch="Madison Park Technical Vocational High School", nm="Corey Amaral",
  gr=12, at="2026-01-30 08:30", rc="bpd/bric", loc="Culinary arts kitchen",
  ts="Student told his culinary instructor he would 'come back with a blicky' and shoot two seniors from the kitchen crew during lunch service, and named them; he has shown a photo of a handgun to classmates.",
  d="""Fwd: Corey A. — please route to BRIC as requested
> Their analyst said he's already on their list as a Corbet Block associate and they'd like anything we have.
> Instructor statement attached: at 8:30 during prep Corey said he'd "come back with a blicky" and shoot Nate and Luis at lunch service.

Dr. K. Alvarez
Headmaster's Office""",
  mnc=["Corbet Block"], cats=["gang_affiliation"], tags=["email_chain"])

D("ground_not_permitted", g="gang_activity", sch="Boston Community Leadership Academy", nm="Jovan Pitts", gr=10,
  at="2025-12-09 14:10", rc="bpd/district-e18", loc="Front steps at dismissal",
  d="""From: School Safety Supervisor
To: AP Winslow
Subject: RE: RE: hand signs at dismissal

Winslow - saw the video. Jovan and four others throwing Lyndhurst signs on the front steps at 2:10, nobody touched anybody.
> I'd like this sent to district so they know he's Lyndhurst now. No weapons, no fight.
> -- AP Winslow

Sent from my iPhone""",
  mnc=["Lyndhurst"], cats=["gang_affiliation"], tags=["email_chain"])

A(g="serious_violence", sch="John D. O'Bryant School of Mathematics and Science", nm="Gavin Lucero", gr=10,
  at="2025-05-20 17:35", rc="bpd/district-c6", loc="Away JV baseball doubleheader at Moakley Field, South Boston",
  d="""From: Athletic Director Pat Coyle
Sent: Tuesday, May 20, 2025 9:48 PM
Subject: Incident at Moakley - JV baseball

All - at 5:35, after the last out of game 2 at Moakley Field in South Boston, Gavin walked from our dugout to the opposing team's bench with an aluminum bat and swung it at their first baseman. He blocked it with his forearm; the arm is broken in two places (ulna and radius) according to the hospital. Umpire and both coaches separated the teams. Gavin was taken home by his mother.

> From: Coach Lattimore
> He's told teammates the other team is from the Cathedral development and they "owe" him.

Pat Coyle | Director of Athletics | 617-635-0000
Sent from my iPhone""",
  mnc=["Cathedral development"], key="aluminum bat", mct=["Moakley Field in South Boston", "ulna and radius", "first baseman"],
  cats=["neighborhood"], tags=["email_chain", "athletics", "precision_trap"])

A(g="credible_threat", sch="Lilla G. Frederick Pilot Middle School", nm="Kevin Luong", gr=8, at="2026-03-18 19:30",
  rc="bpd/district-c11", loc="Threat against the 8th-grade hallway (reported by a parent by e-mail)",
  ts="A parent e-mailed that the student told her son he has a gun at home and will shoot a specific 8th grader 'and anyone in the way' in the 8th-grade hallway on Monday; the student sent her son a video of himself holding a handgun.",
  d="""From: Parent (Nguyen family)
Date: Wed, Mar 18, 2026 7:30 PM
Subject: Con tôi nói bạn nó có súng / my son says his friend has a gun

"Thưa cô, con tôi nói Kevin có súng ở nhà và nói sẽ bắn bạn Tùng vào thứ Hai."
[Translation by OELL staff from Vietnamese: "Dear teacher, my son says Kevin has a gun at home and said he will shoot Tung on Monday."]

> Reply from AP Ortega 8:02 PM: Thank you. Can your son show us the video he mentioned?
>> Parent 8:40 PM: yes he sent it. Kevin holding black gun in his bedroom, saying "Monday, 8th grade hall, anybody in the way"

Note added by AP: Kevin's family came to the U.S. from Việt Nam last year; the parent who wrote is not his parent.""",
  mnc=["from Vietnamese", "OELL", "from Việt Nam"], key="black gun", mct=["8th grade hall", "anybody in the way"],
  cats=["language", "national_origin"], tags=["email_chain", "multilingual", "translated_note"])

D("excluded_substance", g="drugs", subs=["Hennessy", "THC vape pen"], sch="Brighton High School", nm="Kayla Semedo", gr=12,
  at="2026-05-29 22:05", rc="bpd/district-d14", loc="Senior prom, function hall restroom",
  d="""Subject: Fwd: prom - restroom
> At 10:05 the restroom attendant found Kayla and a friend with a half-empty bottle of Hennessy and a THC vape pen.
> Parents picked them up. Dad asked if being Cabo Verdean has anything to do with why she was searched.
Reply: No. I'd like BPD to have it on record anyway.
-- Sent from my iPhone""",
  mnc=["Cabo Verdean"], cats=["ethnicity"], tags=["email_chain", "dance"])

D("missing_threat_statement", g="credible_threat", sch="Kennedy Academy for Health Careers", nm="Hodan Jama", gr=10,
  at="2025-10-16 12:40", rc="bpd/district-b2", loc="Library", ts="",
  d="""Fwd: threat in library
> Two students say Hodan said at 12:40 in the library that she'd "bring something" for the girls who jumped her cousin.
> Guidance notes she came as a refugee two years ago and has been having a hard time.
Submitting under credible threat; statement to follow.
Sent from my iPhone""",
  mnc=["refugee"], cats=["immigration_status"], tags=["email_chain"])

A(g="weapon", w="razor blade", sch="Higginson-Lewis K-8", nm="Amina Farah", gr=8, at="2026-01-21 16:15",
  rc="bpd/district-b2", loc="After-school robotics room (room 204)",
  d="""From: Director, After-School Program
Sent: Wednesday, January 21, 2026 5:02 PM
Subject: Fwd: incident rm 204

Adding what I got from staff. At 4:15 in the robotics room Amina held a loose razor blade to another 8th grader's arm and told her to give back her headphones. The other girl had a shallow scratch that did not need more than a bandage. The blade was wrapped in tape on one side.
> Staff note: her aunt, who picked her up, told us the family is S-o-m-a-l-i and only the aunt drives, for pick-ups call her.

Rosa Delgado
Program Director | Higginson-Lewis After-School | (617) 555-0147
Sent from my iPhone""",
  mnc=["S-o-m-a-l-i"], key="razor blade", mct=["wrapped in tape on one side", "shallow scratch", "robotics room"],
  cats=["ethnicity"], tags=["email_chain", "after_school", "dodge"])

D("face_surveillance", g="weapon", w="knife", sch="Fenway High School", nm="Nico Barros", gr=11,
  at="2026-02-26 08:25", rc="bpd/district-d4", loc="Side entrance on Ruggles St",
  att=[{"kind": "face_match", "name": "fr_candidates_0226.pdf"}, {"kind": "document", "name": "incident_form.pdf"}],
  d="""Fwd: side door knife
> At 8:25 a student came in the side door and dropped a folding knife, then ran upstairs. Camera caught him.
> Vendor ran the clip through facial recognition and the top candidate was Nico B. Attaching the candidate list.
Please include the attachment with the report.""",
  mnc=["fr_candidates"], cats=["face_surveillance"], tags=["email_chain"])

A(g="drugs", subs=["MDMA"], sch="Boston Latin Academy", nm="Ethan Liang", gr=10, at="2025-12-19 20:30",
  rc="bpd/district-b3", loc="Winter formal, gymnasium",
  d="""Subject: RE: RE: winter formal - pills

> From: Ms. Cheung (parent liaison)
> The mother wrote back (translated from Mandarin):
> "我们家还没有身份，请不要叫警察。" — "Our family has no status yet, please don't call the police."

On Fri, Dec 19 at 9:12 PM, Mr. Abrams wrote:
> At 8:30 at the formal, Ethan was seen in the hallway outside the gym giving two capsules to a sophomore. In his blazer pocket: 6 more clear capsules with tan powder. He said it's molly (MDMA), bought off Snapchat.

Joseph Abrams | Assistant Headmaster | Boston Latin Academy""",
  mnc=["Mandarin", "没有身份", "no status"], key="MDMA", mct=["6 more clear capsules", "blazer pocket", "hallway outside the gym"],
  cats=["immigration_status", "language"], tags=["email_chain", "multilingual", "dance"])

A(g="serious_violence", sch="Brighton High School", nm="Yusuf Haddad", gr=9, at="2026-03-26 08:50",
  rc="bpd/district-d14", loc="East stairwell, between first and second floor",
  d="""From: AP Fitzpatrick
Subject: stairwell - for BPD

At 8:50 in the east stairwell, Yusuf pushed a 9th grader down the stairs from the landing after an argument about a phone. The boy fell about 10 steps; his left leg is broken (tibia) and he needed surgery at St. Elizabeth's.

> From: Family Liaison
> Message from Yusuf's father (Arabic): "نحن لاجئون من سوريا، ابني ليس عنيفاً"
> Translation: "We are refugees from Syria, my son is not violent."

Kathleen Fitzpatrick
Assistant Principal | Brighton High School
office 617-635-0000 | cell 617-555-0190""",
  mnc=["لاجئون", "سوريا", "refugees", "from Syria", "Arabic"], key="tibia", mct=["east stairwell", "fell about 10 steps"],
  cats=["immigration_status", "national_origin", "language"], tags=["email_chain", "multilingual"])

A(g="weapon", w="knife", sch="Boston Green Academy", nm="Artem Volkov", gr=10, at="2026-04-14 10:45",
  rc="bpd/district-d14", loc="Room 312, English class",
  d="""Fwd: knife in 312

Begin forwarded message:
> From: Ms. Petrakis
> 10:45 AM: Artem took a hunting knife out of his hoodie pouch and stuck it into the desk in front of another student. 6 inch blade, wooden handle. He handed it to me when I asked. Nobody was cut.
>
> From: Guidance
> Mom emailed back in Russian: "у него нет документов, мы переехали из Молдовы". Google translate: he has no documents, we moved from Moldova. Family is Russian-speaking, please send interpreter for meetings.

Sent from my iPhone""",
  mnc=["нет документов", "Молдовы", "no documents", "from Moldova", "in Russian", "Russian-speaking"], key="hunting knife",
  mct=["stuck it into the desk", "hoodie pouch", "wooden handle"], cats=["immigration_status", "national_origin", "language"],
  tags=["email_chain", "multilingual"])

A(g="credible_threat", sch="Excel High School", nm="Mamadou Diallo", gr=10, at="2026-01-13 14:20",
  rc="bpd/district-c6", loc="Soccer locker room (after-school)",
  ts="After practice the student told two teammates he bought a gun and would 'empty it' on a named teammate at Thursday's game, and sent one of them a photo of a pistol on his bed with the caption 'thursday'.",
  d="""RE: soccer - threat

> Coach Hernandez wrote: In the locker room after practice (about 2:20) Mamadou told two teammates he got a gun and will "empty it" on Sekou at Thursday's game. One of them showed me a Snapchat he sent: a pistol on a bed, caption "thursday".
> Mom responded to my email in French: « Il est arrivé de Guinée l'an dernier, nous sommes sans papiers. »

Please add to the report. — AP Carrigan
Sent from my iPhone""",
  mnc=["de Guinée", "sans papiers", "in French"], key="pistol", mct=["Thursday's game", "after practice", "a pistol on a bed"],
  cats=["immigration_status", "national_origin", "language"], tags=["email_chain", "multilingual", "athletics"])

A(g="weapon", w="knife", sch="Dearborn STEM Academy", nm="Abdirahman Yusuf", gr=7, at="2025-10-29 12:05",
  rc="bpd/district-b2", loc="Cafeteria line",
  d="""From: AP Goldberg
Subject: knife - cafeteria line

At 12:05 in the cafeteria line Abdirahman showed a steak knife to a 7th grader who cut in front of him and said "move." Lunch aide took it. Knife appears to be from home (black plastic handle, serrated).

> Father's reply (Somali), translated by the bilingual para: "Wiilkaygu sharci ma haysto, fadlan booliska ha u yeerin."
> = "My son has no legal status, please don't call the police."

Sent from my iPhone""",
  mnc=["Somali", "sharci ma haysto", "no legal status", "bilingual para"], key="steak knife",
  mct=["cafeteria line", "serrated", "cut in front of him"], cats=["immigration_status", "language"],
  tags=["email_chain", "multilingual", "cafeteria"])

# ---------------------------------------------------------------------------------------------
# 4. OCR'd faxes and scanned forms (broken wraps, split hyphenation, stray characters)
# ---------------------------------------------------------------------------------------------
A(g="weapon", w="firearm", sch="TechBoston Academy", nm="Rashad Okonkwo-Bell", gr=11, at="2026-01-29 09:10",
  rc="bpd/district-c11", loc="2nd floor, outside room 214",
  d="""B0STON PUBLIC SCH00LS - SCH00L INCIDENT REP0RT        Pg 1 of 2
FAX FR0M: 617 635 0000            T0: Safety Services Intake
Date of inc: 0l/29/2026    Time: 9:1O AM
Locati0n: 2nd f1oor, outside rm 2l4
Narrative: During the hal1way sweep SSS observed the stu-
dent place a sma1l black revolver (.22 cal, 5 sh0t) in-
to the trash can outside rm 2l4. Rev0lver recov-
ered, 3 live r0unds in cylinder. Student stated he f0und
it at the bus st0p that m0rning. Mother stated by ph0ne that stu-
dent is un-
documented and asked the sch0ol not to contact auth-
orities.      ~~ ■ ■
Rep0rting adm: M. 0kafor, AP        Sig: _________""",
  mnc=["documented"], key="revolver", mct=["trash can outside rm 2l4", "3 live r0unds", ".22 cal"],
  cats=["immigration_status"], tags=["ocr_fax", "dodge"])

A(g="serious_violence", sch="Mission Hill K-8", nm="Deshawn Tavares", gr=8, at="2025-12-10 13:35",
  rc="bpd/district-b2", loc="Room 306 (math)",
  d="""MISSI0N HILL K-8   NURSE VISIT / INJURY F0RM   (scanned)
Injured stu-
dent: 8th gr (initials K.M.)      Time: 1:35 pm     Place: rm 3O6 (math)
Injury: puncture wound, back of left hand, ap-
prox 1.5 cm deep, from a geometry compass swung
by another student (Deshawn T.) after an argu-
ment over a seat. Tendon involvement suspected; re-
ferred to Children's for sutures + splint.
Witnesses: Ms. Abreu (teacher), 3 students.
Parent of aggress0r contacted, primary lang. Kriolu, used ph0ne
interp. line.   |||  :; ~""",
  mnc=["Kriolu", "interp. line"], key="geometry compass", mct=["back of left hand", "1.5 cm deep", "Tendon involvement"],
  cats=["language"], tags=["ocr_fax"])

D("ground_not_permitted", g="vandalism", sch="English High School", nm="Tristan Oduya", gr=9, at="2025-10-08 10:50",
  rc="bpd/district-e13", loc="First-floor boys' bathroom",
  d="""ENGLISH HIGH - PR0PERTY DAMAGE REP0RT (fax)
10:50 am: stu-
dent seen leaving 1st fl boys bathroom; fresh spray paint on 2 stall
doors + mirror. Tag reads "BH4L". Custodian est. $400 clean-
up. Stu-
dent admitted it, said he reps Brom1ey-Heath where he lives.  ■""",
  mnc=["Brom1ey-Heath", "BH4L"], cats=["neighborhood", "gang_affiliation"], tags=["ocr_fax", "dodge"])

D("excluded_substance", g="drugs", subs=["THC wax", "dab pen"], sch="Madison Park Technical Vocational High School",
  nm="Kwame Asante-Rhodes", gr=10, at="2026-02-18 13:15", rc="bpd/district-b2", loc="Electrical shop",
  d="""SCANNED - SUBSTANCE INCIDENT
Time 1:15 PM   Loc: electrica1 sh0p, back bench
Items: 1 dab pen (black), 1 sma1l jar of am-
ber THC wax, ~2 g.   Student stated he g0t it from a guy
on his street in Mattapan.   Parent n0tified 1:40.""",
  mnc=["Mattapan"], cats=["neighborhood"], tags=["ocr_fax"])

A(g="weapon", w="switchblade", sch="East Boston High School", nm="Jefferson Paz", gr=9, at="2025-10-23 08:40",
  rc="bpd/district-a7", loc="Homeroom 118",
  d="""EBHS  INCIDENT INTAKE F0RM (scan, pg 1)
[X] Weap0n   [ ] Drugs   [ ] Threat   [ ] Assault
Weapon type: kn1fe (switchblade, 3 1/2" b1ade, b1ack)
Where f0und: in hom-
eroom 118, on the desk, student was flicking it o-
pen and sh0wing it to 2 boys at 8:40 am.
Taken by: Mr. DiNardo (teacher).   Injuries: n0ne
----- SIS snapshot (auto-printed) -----
Home Lang: Spanish     Race/Eth: Hisp     ELL: Y (lvl 2)
Grade 9   HR 118""",
  mnc=["Spanish", "Hisp", "ELL: Y"], key="switchblade", mct=["2 boys at 8:40 am", "Mr. DiNardo"],
  cats=["language", "ethnicity"], tags=["ocr_fax", "structured_in_text"])

D("face_surveillance", g="serious_violence", sch="Dorchester Academy", nm="Marquis Vaughan", gr=11, at="2026-03-02 12:25",
  rc="bpd/district-c11", loc="Outside the cafeteria, east doors",
  d="""INCIDENT SUMMARY (fax)   3/2/26   12:25
Unknown male stabbed 10th gr student in the lower back with a pen kni-
fe outside the caf east doors; victim transported, stable.
Suspect ID: FR match ID# 44-1187 (conf .91) = Marquis V., via camera vendor portal.
Requesting BPD compare with their own system.""",
  mnc=["FR match", "44-1187"], cats=["face_surveillance"], tags=["ocr_fax"])

A(g="credible_threat", sch="Boston Day and Evening Academy", nm="Kendrick Mayo", gr=11, at="2026-02-27 10:30",
  rc="bpd/district-b2", loc="Third-floor computer lab", age=True,
  ts="A handwritten note found at the student's desk said he would shoot everybody in the 3rd floor computer lab at 1 PM Friday; the student admitted it was his and told the AP he has 'a burner' at home.",
  d="""SCANNED D0CUMENT - note found 2/27, 10:30 am, comp lab desk 14
"frid4y 1pm 3rd fl0or lab every body getting it. i ain't
playin. ask ab0ut me"       [drawing of a gun, partly il-
legible]
Admin n0te (AP Ruiz): stu-
dent admitted it's his handwriting. Told me "I got a burner at the crib." affil: NSM (Norton Street Mob) per SSS.""",
  mnc=["NSM", "Norton Street Mob"], key="burner", mct=["desk 14", "3rd fl0or lab", "drawing of a gun"],
  cats=["gang_affiliation"], tags=["ocr_fax"])

A(g="drugs", subs=["fentanyl"], sch="Jeremiah E. Burke High School", nm="Tavon Reddick", gr=10, at="2025-11-20 09:55",
  rc="bpd/district-b3", loc="Gym bleachers",
  d="""BURKE HS - DRUG/ALC0HOL INCIDENT  (fax 2 pgs)
Time: 9:55   Where: gym b1eachers, 2nd row
Found: fo1ded do11ar bill with white/grey p0wder, plus 2 more fo1ded bills in sock. Student told AP it's "fetty" (fentanyl) for his cousin.
Nurse: student alert, n0 sx of overdose. Narcan on hand.
Res. address on file: 17 Wheatland Ave, 02121        Guardian: aunt""",
  mnc=["Wheatland Ave", "02121"], key="fentanyl", mct=["gym b1eachers", "2 more fo1ded bills in sock"],
  cats=["neighborhood"], tags=["ocr_fax"])

D("recipient_not_permitted", g="weapon", w="knife", sch="Excel High School", nm="Wilber Ayala", gr=10, at="2025-12-16 11:30",
  rc="commonwealth-fusion-center", loc="Room 405",
  d="""FAX C0VER - to: C0MMONWEALTH FUSI0N CENTER, attn analyst
Re: knife, rm 405, 11:30. Student had a kitchen knife in his binder. B0rn in El Sal-
vador; came 2024.  Per your request.""",
  mnc=["El Sal"], cats=["national_origin"], tags=["ocr_fax"])

D("other", g="weapon", w="airsoft pistol", sch="Brighton High School", nm="Adrian Velez", gr=11, at="2026-01-06 15:10",
  rc="bpd/district-d14", loc="Bus stop in front of the school",
  d="""SCAN - WEAP0N INCIDENT
3:10 pm at the front bus st0p student pointed a black pisto1 at a car-
load of students. SSS took it: an airsoft pistol, orange tip re-
moved, no BBs in it. Student is Puerto Rican and lives with his
grandm0ther.""",
  mnc=["Puerto Rican"], cats=["ethnicity"], tags=["ocr_fax", "bus"])

A(g="serious_violence", sch="Rafael Hernández K-8", nm="Josué Carrasquillo", gr=8, at="2026-03-04 11:45",
  rc="bpd/district-e13", loc="Cafeteria, near the milk cooler",
  d="""HERNANDEZ K-8   INCIDENT/INJURY REP0RT   (scan, faint)
11:45  caf, by the mi1k cooler
8th gr student knocked a 7th gr boy to the floor and stomped on his head at least twice. Victim had a seiz-
ure on the f1oor; EMS to Children's. CT: skull fracture (left temporal).
Staff (Mr. Ocasio, Ms. Fine) pulled aggressor away.
Note: aggressor was fasting f0r Ramadan and "hungry and angry" per his friend.""",
  mnc=["Ramadan"], key="stomped", mct=["mi1k cooler", "skull fracture", "left temporal"],
  cats=["religion"], tags=["ocr_fax", "cafeteria"])

D("missing_threat_statement", g="credible_threat", sch="Madison Park Technical Vocational High School", nm="Dario Fontes",
  gr=12, at="2026-04-02 14:00", rc="bpd/district-b2", loc="Carpentry shop",
  d="""FAX - THREAT (draft)
2:00 pm carpentry shop. Student said he'd bring "the ting" to the Friday assembly
and "handle" two kids who jumped his brother. Lives on Whittier St w/ mother.
Threat statement: [to be filled in]""",
  mnc=["Whittier St"], cats=["neighborhood"], tags=["ocr_fax"])

# ---------------------------------------------------------------------------------------------
# 5. Exports: JSON, TSV, markdown tables, key=value logs, SIS notes fields
# ---------------------------------------------------------------------------------------------
def J(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


A(g="weapon", w="butterfly knife", sch="Brighton High School", nm="Kelvin Almonte", gr=10, at="2025-11-04 13:05",
  rc="bpd/district-d14", loc="Library, back study carrels",
  d=J({"export": "incident_module_v3", "incident": {"id": "INC-25-0412", "time": "13:05", "where": "library, back carrels",
       "summary": "Student opened and closed a butterfly knife repeatedly while arguing with a peer; librarian called SSS; knife (4 in. blade, silver) surrendered.",
       "injuries": [], "witnesses": [{"role": "librarian"}, {"role": "student", "initials": "P.D."}]},
       "actions": ["SSS notified 13:07", "AP interview 13:30", "parent call 14:10"]}),
  stu={"demographics": {"race_ethnicity": "Hispanic/Latino", "birth_country": "Dominican Republic"},
       "contacts": [{"relation": "mother", "phone": "617-555-0119"}]},
  mnc=["Hispanic/Latino", "Dominican Republic"], key="butterfly knife", mct=["back carrels", "4 in. blade"],
  cats=["ethnicity", "national_origin"], tags=["json_export", "structured_field"])

A(g="drugs", subs=["crack cocaine"], sch="Jeremiah E. Burke High School", nm="Elijah Monteiro", gr=11, at="2026-03-10 10:20",
  rc="bpd/district-b3", loc="Second-floor boys' bathroom",
  d=J({"incident_type": "drugs", "occurred": "2026-03-10T10:20", "narrative": [
      "10:20 SSS responded to the 2nd floor boys' bathroom for smoke.",
      "Student found holding a glass stem pipe; 4 off-white rocks in a knotted baggie in his left sneaker.",
      "Student said the rocks are crack and that he 'just started'.",
      "Nurse check: elevated heart rate, alert; parent called 10:45."]}),
  stu={"ell": {"status": "Active EL", "wida_composite": 2.4, "home_language": "Cape Verdean Creole"},
       "services": ["SEI", "counseling"]},
  mnc=["Active EL", "Cape Verdean Creole"], key="crack", mct=["glass stem pipe", "4 off-white rocks", "left sneaker"],
  cats=["language"], tags=["json_export", "structured_field"])

A(g="serious_violence", sch="Boston Arts Academy", nm="Marisol Rentas", gr=12, at="2026-01-16 15:05",
  rc="bpd/district-d4", loc="Black box theater, backstage",
  d="""date\ttime\tlocation\tcode\tnarrative
2026-01-16\t15:05\tblack box theater, backstage\tASSAULT-W\tStudent slashed a classmate across the right forearm with a utility knife from the scene shop during a costume argument
2026-01-16\t15:07\tblack box theater\tRESP\tStage manager applied pressure; nurse and EMS called
2026-01-16\t15:40\tBMC\tMED\tVictim received 14 stitches; nerve check normal
2026-01-16\t16:10\tmain office\tADMIN\tStudent in office with AP; knife held by SSS
2026-01-16\t16:30\tn/a\tCONTACT\tGuardian reached; res_zip on file 02126, stays with godmother""",
  mnc=["02126"], key="utility knife", mct=["14 stitches", "right forearm", "scene shop"],
  cats=["neighborhood"], tags=["tsv_export"])

A(g="weapon", w="pepper spray", sch="Mission Hill K-8", nm="Naomi Tesfaye", gr=7, at="2025-12-17 07:35",
  rc="bpd/district-b2", loc="School bus, route 0415 AM",
  d="""| field | value |
|---|---|
| Date / time | 12/17/2025 07:35 |
| Where | Bus route 0415 AM, seat 12, on the way to school |
| What | Student sprayed pepper spray at a 7th grader who took her hat; driver pulled over; 4 students with burning eyes |
| Item | small black canister, "Police Strength" label, ~half full |
| Injuries | 4 students rinsed by nurse on arrival; none transported |
| Home language | Amharic |
| Interpreter needed | Yes - for all family meetings |
| Follow-up | AP call to parent 9:10 |""",
  mnc=["Amharic", "Interpreter needed"], key="pepper spray", mct=["seat 12", "took her hat", "Police Strength"],
  cats=["language"], tags=["markdown_table", "bus"])

A(g="drugs", subs=["oxycodone"], sch="Charlestown High School", nm="Bryce Donnelly", gr=11, at="2026-02-09 12:40",
  rc="bpd/district-a1", loc="Hallway outside room 220",
  d="""ts=2026-02-09T12:40:11 evt=search_result actor=sss.kehoe loc="hallway outside rm 220"
ts=2026-02-09T12:40:52 evt=item item="pill bottle, no label" count=11 imprint="M 523" nurse_id="oxycodone 10mg/APAP"
ts=2026-02-09T12:41:30 evt=statement text="student says he sells them for 10 a pill"
ts=2026-02-09T12:44:05 evt=note flags="gang_assoc=Cheney St (per SSS)"
ts=2026-02-09T12:55:00 evt=parent_call result=voicemail""",
  mnc=["Cheney St"], key="oxycodone", mct=["M 523", "sells them for 10 a pill", "outside rm 220"],
  cats=["gang_affiliation"], tags=["kv_log"])

A(g="weapon", w="knife", sch="Dorchester Academy", nm="Samuel Ghebre", gr=12, at="2026-05-28 10:25",
  rc="bpd/district-c11", loc="Auditorium, graduation rehearsal",
  d="At 10:25 during graduation rehearsal in the auditorium, while seniors lined up by the stage stairs, Samuel pulled a fixed-blade knife from his gown bag and held it up at another senior who had bumped him. A teacher stepped between them and Samuel put it back in the bag; SSS took the bag. The knife has a 5-inch blade and a green paracord handle. No one was cut.",
  stu={"sis_notes": [
      {"date": "2025-09-15", "by": "guidance", "note": "Mtg w/ mom per interpreter (Tigrinya); schedule change."},
      {"date": "2025-10-02", "by": "registrar", "note": "DACA renewal letter copied to file at family's request."},
      {"date": "2025-11-20", "by": "attendance", "note": "Moved to Franklin Hill w/ uncle; bus updated."},
      {"date": "2026-02-11", "by": "AP", "note": "Argument w/ peer in gym, resolved."}]},
  mnc=["Tigrinya", "interpreter", "DACA", "Franklin Hill"], key="fixed-blade knife",
  mct=["stage stairs", "green paracord handle", "gown bag"],
  cats=["language", "immigration_status", "neighborhood"], tags=["sis_notes", "graduation", "structured_field"])

A(g="credible_threat", sch="TechBoston Academy", nm="Darius Keane", gr=9, at="2026-03-24 08:15",
  rc="bpd/district-c11", loc="Gym (threatened target)",
  ts="Student told a counselor he would 'shoot up the gym during the Friday assembly', that he knows where his mother's boyfriend keeps a pistol, and described which doors he would come through.",
  d=J({"source": "counseling_referral_export", "entries": [
      {"t": "08:15", "who": "counselor", "text": "Student said he'll shoot up the gym during Friday's assembly."},
      {"t": "08:17", "who": "counselor", "text": "Says mom's boyfriend keeps a pistol in a shoebox in the closet."},
      {"t": "08:20", "who": "counselor", "text": "Named the side doors by the weight room as 'how I'd come in'."},
      {"t": "08:40", "who": "AP", "text": "Parent called; student kept in office."}]}),
  stu={"flags": ["IEP", "BRIC-verified associate"], "program": "grade 9 academy"},
  mnc=["verified associate"], key="pistol", mct=["shoebox in the closet", "side doors by the weight room"],
  cats=["gang_affiliation"], tags=["json_export", "structured_field"])

D("ground_not_permitted", g="suspicious_behavior", sch="Fenway High School", nm="Sokha Chea", gr=11, at="2025-10-14 15:20",
  rc="bpd/district-d4", loc="Parking lot",
  d="""date\ttime\tobserver\tnote
2025-10-14\t15:20\tSSS\tstudent loitering by parking lot with 2 older males, no school ID on them
2025-10-15\t15:25\tSSS\tsame; males in gray sedan
2025-10-16\t07:50\tAP\tstudent says they are cousins; family Cambodian, dad works nights""",
  mnc=["Cambodian"], cats=["ethnicity"], tags=["tsv_export"])

D("recipient_not_permitted", g="weapon", w="knife", sch="Boston Latin School", nm="Oliver Kwan-Maher", gr=10,
  at="2026-02-02 11:10", rc="allied-universal", loc="Avenue Louis Pasteur entrance",
  d="""| item | detail |
|---|---|
| Time | 11:10 |
| Found | folding knife in coat at side entrance |
| Lives | in Rozzie with dad |
| Sent to | building security contractor |""",
  mnc=["Rozzie"], cats=["neighborhood"], tags=["markdown_table"])

D("face_surveillance", g="weapon", w="knife", sch="Madison Park Technical Vocational High School", nm="Elvin Pichardo",
  gr=10, at="2026-03-17 12:50", rc="bpd/district-b2", loc="Courtyard near the welding shop",
  d="""evt=cam_alert cam=courtyard-2 ts=2026-03-17T12:50:04 obj=knife_like conf=0.71
evt=fr_lookup cam=courtyard-2 fr.match=0.93 fr.candidate="Pichardo, Elvin" gallery=student_photos_2025
evt=admin_review actor=ap.walsh result="knife recovered from student's backpack, 3 in. blade"
evt=forward to=bpd attach=fr_lookup""",
  mnc=["fr.match", "fr.candidate", "student_photos_2025"], cats=["face_surveillance"], tags=["kv_log"])

D("excluded_substance", g="drugs", subs=["THC gummies", "White Claw"], sch="Dearborn STEM Academy", nm="Zaria Coleman",
  gr=10, at="2025-06-11 17:30", rc="bpd/district-b2", loc="End-of-year field day, Franklin Park",
  d=J({"event": "field day", "items": [{"what": "THC gummies", "qty": "1 bag, ~15"}, {"what": "White Claw", "qty": 3}],
       "student_note": "lives Bowdoin-Geneva, walks home"}),
  mnc=["Bowdoin-Geneva"], cats=["neighborhood"], tags=["json_export", "field_trip"])

A(g="serious_violence", sch="Snowden International School", nm="Ibrahim Siddiqui", gr=11, at="2026-02-13 09:25",
  rc="bpd/district-d4", loc="Fourth-floor hallway outside the chemistry lab",
  d="""SIS > Student > Notes (incident copied into the field by AP Raines)
02/13/26 09:25 - 4th fl hallway outside chem lab. Ibrahim punched a junior repeatedly, then slammed his head into the lab door frame. Victim lost consciousness ~1 min.
02/13/26 09:40 - EMS transported victim to Tufts. Dx later: orbital fracture + concussion.
02/13/26 10:15 - Ibrahim in AP office, calm; said victim "said something about my sister."
02/13/26 11:00 - Dad picked up. Asked for early release Fridays to attend mosque again next week.
02/14/26 08:00 - Victim's mom called: surgery scheduled Monday.""",
  mnc=["mosque"], key="orbital fracture", mct=["lab door frame", "lost consciousness", "outside chem lab"],
  cats=["religion"], tags=["sis_notes"])

A(g="weapon", w="expandable baton", sch="Lilla G. Frederick Pilot Middle School", nm="Terrell Banks", gr=8,
  at="2025-11-25 14:45", rc="bpd/district-c11", loc="Dismissal line, Columbia Road side",
  d="At 2:45 at dismissal, Terrell snapped open a black expandable baton (about 21 inches extended) and swung it once at the ground near two 8th graders who had been teasing him. A teacher on duty took it; Terrell said he bought it online. Nobody was struck.",
  stu={"address": {"line1": "114 Norfolk St", "city": "Dorchester", "zip": "02124"},
       "transport": {"eligible": True, "stop": "Norfolk St @ Nelson St"}},
  mnc=["114 Norfolk St", "Dorchester", "02124", "Nelson St"], key="expandable baton",
  mct=["21 inches extended", "bought it online", "dismissal"], cats=["neighborhood"],
  tags=["structured_field", "precision_trap"])

A(g="drugs", subs=["methamphetamine"], sch="Excel High School", nm="Brian Sarmiento", gr=12, at="2026-04-22 13:50",
  rc="bpd/district-c6", loc="Room 318",
  d="""| Time | Event |
|------|-------|
| 13:50 | Teacher sees student pass orange tablets labeled as Adderall to a classmate in rm 318 |
| 13:55 | AP recovers 12 tablets, imprint "AD 30"; student says he bought them as "study pills" |
| 14:20 | Nurse: shape/color inconsistent with real Adderall; counterfeit suspected (may contain methamphetamine) |
| 14:30 | Student states he is on a U visa and asks if police will "tell immigration" |
| 15:00 | Mom picked up |""",
  mnc=["U visa", "tell immigration"], key="counterfeit", mct=["AD 30", "12 tablets", "study pills"],
  cats=["immigration_status"], tags=["markdown_table"])

A(g="weapon", w="brass knuckles", sch="Brighton High School", nm="Keon Ramsaran", gr=11, at="2025-09-30 11:55",
  rc="bpd/district-d14", loc="Cafeteria, second lunch",
  d="""row\ttime\tstaff\tentry
1\t11:55\tMs. Byrne\tKeon slipped on a set of knucks (silver brass knuckles) at the lunch table and told a boy 'say it again'
2\t11:56\tMs. Byrne\tboy backed off, no contact
3\t11:58\tSSS Lopes\tknuckles recovered from Keon's right hand
4\t12:10\tAP\tstudent says the knuckles were a gift; mom is Trinidadian and will come in at 2""",
  mnc=["Trinidadian"], key="brass knuckles", mct=["say it again", "right hand"], cats=["ethnicity"],
  tags=["tsv_export", "cafeteria"])

A(g="credible_threat", sch="Boston Community Leadership Academy", nm="Malik Furtado", gr=10, at="2026-01-07 07:30",
  rc="bpd/district-e18", loc="Girls' locker room wall (graffiti)",
  ts="Graffiti in the girls' locker room read 'MALIK GOT THE 40 - WEDS 2ND LUNCH' naming the student; the student then confirmed to a teacher that he 'has a 40' and told two students not to come to second lunch on Wednesday.",
  d="""log_ts=2026-01-07T07:30 src=custodian msg="graffiti girls locker room: MALIK GOT THE 40 - WEDS 2ND LUNCH"
log_ts=2026-01-07T09:05 src=teacher msg="Malik told Kaylee and Bri not to come to 2nd lunch Weds, said 'I got the 40'"
log_ts=2026-01-07T09:30 src=AP msg="student interviewed, admitted statements, denied graffiti"
log_ts=2026-01-07T09:31 src=sis eth="Cape Verdean" lang_home="Kriolu"
log_ts=2026-01-07T10:00 src=AP msg="parent contacted; student sent home pending review\"""",
  mnc=["Cape Verdean", "Kriolu"], key="the 40", mct=["2ND LUNCH", "girls locker room"],
  cats=["ethnicity", "language"], tags=["kv_log"])

D("other", g="weapon", w="BB gun", sch="English High School", nm="Christopher Lemus", gr=9, at="2026-03-20 12:10",
  rc="bpd/district-e13", loc="Football field bleachers",
  d=J({"incident": {"time": "12:10", "place": "football field bleachers",
       "what": "student showed a black BB gun (CO2) to friends at lunch; no BBs fired"},
       "student_profile": {"ethnicity": "Guatemalan", "notes": "arrived 2024"}}),
  mnc=["Guatemalan"], cats=["ethnicity"], tags=["json_export"])

D("missing_threat_statement", g="credible_threat", sch="English High School", nm="Jaden Okafor", gr=10, at="2026-04-07 10:40",
  rc="bpd/district-e13", loc="Room 210",
  d="""SIS notes (student)
04/07 10:40 - In rm 210 Jaden told sub "I'm bringing my cousin's gun tomorrow for the kids in 3rd period."
04/07 11:00 - AP notified; student in office.
04/07 11:30 - Mom: family just moved into Mildred C. Hailey apts.
04/07 12:00 - Submitting to BPD, threat statement pending.""",
  mnc=["Mildred C. Hailey"], cats=["neighborhood"], tags=["sis_notes"])

D("ground_not_permitted", g="immigration_inquiry", sch="East Boston High School", nm="Wendy Cifuentes", gr=11,
  at="2026-02-20 09:00", rc="bpd/district-a7", loc="Main office",
  d=J({"request": "officer asked whether student has asylum case / I-589 on file",
       "records": {"asylum_pending": True, "form": "I-589"}, "incident": None}),
  mnc=["asylum", "I-589"], cats=["immigration_status"], tags=["json_export"])

A(g="weapon", w="knife", sch="Snowden International School", nm="Jaylen Mercer", gr=10, at="2025-11-21 18:40",
  rc="bpd/district-d4", loc="International Night, cafeteria (flag display table)",
  d="""| Time | What happened |
|---|---|
| 18:40 | At International Night in the cafeteria, near the Haitian flag display, Jaylen pulled a folding knife on a junior after an argument about a spilled plate of jollof rice |
| 18:41 | Ms. Amaral (chaperone) stepped in; Jaylen closed the knife and dropped it on the flag table |
| 18:45 | SSS took the knife: black handle, 3 inch blade, pocket clip |
| 19:10 | Both families called; event continued |""",
  mnc=[], key="folding knife", mct=["Haitian flag display", "International Night", "jollof rice"],
  cats=[], tags=["markdown_table", "precision_trap", "after_school"])

# ---------------------------------------------------------------------------------------------
# 6. Weapons in many settings, with dodges and precision traps
# ---------------------------------------------------------------------------------------------
SOMALI_CYR = "\u0405omali"          # Cyrillic DZE for the S
HAITIAN_CYR = "\u041daitian"        # Cyrillic EN for the H
DOMINICAN_FW = "".join(chr(0xFEE0 + ord(c)) for c in "Dominican")   # full-width letters

A(g="weapon", w="box cutter", sch="Haley Pilot School", nm="Hamza Ali-Noor", gr=7, at="2026-05-07 09:35",
  rc="bpd/district-e5", loc="Field trip bus to the New England Aquarium, seat row 6",
  d=f"""Trip lead's written account, 7th grade Aquarium trip, 5/7.
We were on Atlantic Ave, about ten minutes from the Aquarium, when a chaperone in row 6 heard yelling. Hamza had a box cutter out with the blade extended and was holding it near another boy's backpack strap, saying he'd "cut it off." The chaperone told him to close it and hand it over, which he did. The boy was not hurt and the strap was not cut. It's a blue plastic box cutter; Hamza said he took it from a store stockroom where his uncle works. A classmate kept calling Hamza "the {SOMALI_CYR} kid" during the ride, which started the argument; we addressed that separately. The box cutter was sealed in an envelope and given to the AP when the bus returned at 1:40.""",
  mnc=[SOMALI_CYR], key="box cutter", mct=["row 6", "backpack strap", "blue plastic box cutter"],
  cats=["ethnicity"], tags=["narrative", "field_trip", "dodge", "homoglyph"])

A(g="weapon", w="knife", sch="Kennedy Academy for Health Careers", nm="Bryan Tejada", gr=11, at="2025-07-15 11:20",
  rc="bpd/district-b2", loc="Summer credit-recovery program, room 3, lunch break",
  d="""Summer credit recovery, site coordinator note, 7/15/2025.
At the 11:20 lunch break a student came to me saying Bryan had a "big knife" in his drawstring bag. I asked Bryan to open the bag in the hallway with SSS present; inside was a machete-style knife about 14 inches long in a cardboard sleeve. He said he uses it for yard work at his uncle's and forgot it was in there, but two students reported he showed it to them in room 3 that morning and said it was "for anybody who tries me at the bus stop." His teacher wrote on the referral that the family is "ilegal" and that he's an "imigrant" kid "who don't know the rules"; I've asked her to stop writing that.""",
  mnc=["ilegal", "imigrant"], key="machete-style knife", mct=["drawstring bag", "14 inches long", "cardboard sleeve"],
  cats=["immigration_status"], tags=["narrative", "summer_school", "dodge", "misspelling"])

A(g="weapon", w="firearm", sch="New Mission High School", nm="Jalen Prescott", gr=12, at="2026-02-21 13:15",
  rc="bpd/district-b2", loc="Reggie Lewis Center, visiting team locker room (away game)",
  d="""Coach's statement, varsity boys basketball, away game at the Reggie Lewis Center, Saturday 2/21.
During warm-ups at about 1:15, our manager noticed the zipper on Jalen's gym bag was open and a pistol grip was visible. I took the bag to the visiting locker room office with the Center's security officer. Inside was a black handgun with no serial number (looks like a kit-built "ghost gun"), an empty magazine, and 8 loose rounds in a sock. Jalen said it was for "protection going home" and that nobody knew. We forfeited and he went home with his father. For background, the athletic trainer says Jalen has been "on the Strike Force list" since last year.""",
  mnc=["Strike Force"], key="ghost gun", mct=["Reggie Lewis Center", "no serial number", "8 loose rounds in a sock"],
  cats=["gang_affiliation"], tags=["narrative", "athletics", "precision_trap"])

A(g="weapon", w="mace", sch="Excel High School", nm="Patrick Walsh-Doyle", gr=9, at="2025-10-09 11:40",
  rc="bpd/district-c6", loc="Cafeteria, first lunch, table 5",
  d="""Lunch duty report, 10/9. At 11:40, at table 5, Patrick sprayed a small can of mace toward two students who had been throwing grapes at him. One girl was hit on the cheek and her eye watered badly; the nurse flushed it for 15 minutes and she returned to class. Patrick said his mom lets him carry it because he walks home through Old Colony and "Southie gets wild after dark." The canister (red, "Mace brand," keychain) is in the AP's safe.""",
  mnc=["Old Colony", "Southie"], key="mace", mct=["table 5", "throwing grapes", "flushed it for 15 minutes"],
  cats=["neighborhood"], tags=["narrative", "cafeteria"])

A(g="weapon", w="taser", sch="Fenway High School", nm="Tobias Grant", gr=10, at="2026-01-13 12:55",
  rc="bpd/district-d4", loc="Third-floor hallway by the water fountain",
  d="""AP memo, 1/13/2026.
A 10th grader reported at 1:10 that Tobias pressed a taser into his side by the third-floor water fountain at 12:55 and triggered it. The student has two small red burn marks on his left side; the nurse treated them. I reviewed the hallway camera footage myself, which shows Tobias walking up behind him and the other student jerking away. Tobias had the taser (black, rechargeable, the size of a phone) in his hoodie pocket and gave it up when I asked. He said it was "a joke." Parent contacted.""",
  mnc=[], key="taser", mct=["camera footage", "two small red burn marks", "water fountain"], cats=[],
  tags=["memo", "precision_trap", "clean"])

A(g="weapon", w="knife", sch="Community Academy of Science and Health", nm="Reginald Oteng", gr=11, at="2025-10-22 15:35",
  rc="bpd/district-e18", loc="Parking lot shared with the church next door (after-school)",
  d="""After the World Religions elective let out, around 3:35, a group of students walked to the church parking lot next to the school, which we use for pickup. Reginald took a folding knife from his waistband, opened it, and told a junior he would "stick" him if he kept talking about his girlfriend. The junior ran back inside and told the teacher. Reginald threw the knife under a parked van; the custodian recovered it (wood handle, 3 inch blade). No injuries.""",
  mnc=[], key="folding knife", mct=["World Religions elective", "church parking lot", "under a parked van"], cats=[],
  tags=["narrative", "precision_trap", "after_school", "clean"])

A(g="weapon", w="box cutter", sch="Boston Green Academy", nm="Sebastián Ocampo", gr=10, at="2026-03-25 16:10",
  rc="bpd/district-d14", loc="Gym mat room, Brazilian jiu-jitsu club (after-school)",
  d="""Incident, Brazilian jiu-jitsu club, 3/25, 4:10 pm, mat room. After being tapped out in a practice roll, Sebastián went to his bag, came back with a box cutter, and swiped it toward his training partner's leg; it cut the partner's gi pants but not his skin. The instructor pinned Sebastián's wrist and took it. Club was ended early. Sebastián told the instructor in Spanish that back in Colombia "you don't let anybody embarrass you"; the instructor translated for the AP.""",
  mnc=["in Spanish", "in Colombia"], key="box cutter", mct=["Brazilian jiu-jitsu club", "gi pants", "mat room"],
  cats=["language", "national_origin"], tags=["narrative", "precision_trap", "after_school"])

A(g="weapon", w="firearm", sch="Jeremiah E. Burke High School", nm="Dariel Henríquez", gr=10, at="2025-08-05 12:30",
  rc="bpd/district-b3", loc="Summer school, bus stop on Washington St in front of the school",
  d="""Summer academy, 8/5/2025, 12:30 dismissal. At the bus stop in front of the school a student told SSS that Dariel "has a gun in his bag." SSS walked Dariel inside and found a loaded .380 pistol wrapped in a T-shirt in his backpack, with a full magazine. Dariel said a friend gave it to him "to hold till Friday." When I called home, his abuela got on the phone and kept saying "él no tiene papeles, por favor," and then his older cousin explained the family is afraid because Dariel "doesn't have his papers yet." I told them the school had to report the gun.""",
  mnc=["no tiene papeles", "have his papers"], key=".380 pistol", mct=["wrapped in a T-shirt", "full magazine", "till Friday"],
  cats=["immigration_status"], tags=["narrative", "summer_school", "multilingual", "code_switching", "bus"])

A(g="weapon", w="knife", sch="East Boston High School", nm="Kevin Ramírez Portillo", gr=11, at="2025-09-18 08:50",
  rc="bpd/district-a7", loc="Outside room 204",
  d="""Referral (teacher, 9/18): At 8:50 outside room 204 Kevin showed a small black folding knife to two boys and said "you know what it is." I told him to give it to me and he did. Blade about 2.5 inches. In the hallway afterward, another teacher told me students call him a "Salvi" and that he's "M.S. 1 3, everybody knows"; I have no evidence of any of that and am noting only that it's being said.""",
  mnc=["Salvi", "M.S. 1 3"], key="folding knife", mct=["outside room 204", "you know what it is", "2.5 inches"],
  cats=["ethnicity", "gang_affiliation"], tags=["narrative", "dodge", "spaced_letters"])

A(g="weapon", w="firearm", sch="Boston Latin School", nm="Graham Oyelowo", gr=12, at="2026-04-25 21:30",
  rc="bpd/district-d4", loc="Senior semi-formal, coat check at the school gym",
  d="""Chaperone report, semi-formal, 4/25. At 9:30 a parent volunteer at coat check felt something heavy in a black Canada Goose jacket when moving it to another hook. She called me over. In the inside pocket was a small silver revolver, unloaded, and a sandwich bag with five rounds. The coat-check ticket matched Graham. He admitted the jacket was his and said the gun belongs to his brother. His Timberland boots and a Polo hat were also checked with the coat; nothing else found. He was kept in the gym office until his father arrived.""",
  mnc=[], key="revolver", mct=["Canada Goose jacket", "coat-check ticket", "five rounds"], cats=[],
  tags=["narrative", "dance", "precision_trap", "clean"])

# ---------------------------------------------------------------------------------------------
# 7. Serious violence
# ---------------------------------------------------------------------------------------------
A(g="serious_violence", sch="Boston Green Academy", nm="Xavier Pinckney", gr=11, at="2025-12-05 11:25",
  rc="bpd/district-d14", loc="Cafeteria, hot-lunch line",
  d="""It was Jamaican beef patty day, so the hot-lunch line was long. At 11:25 Xavier and a senior argued over cutting. Xavier took the steel water bottle from his bag and hit the senior in the jaw three times. The senior went down and was spitting blood; the nurse suspected a broken jaw, confirmed at St. Elizabeth's (fractured mandible, wired shut). Xavier walked away and was stopped by SSS at the exit doors. The bottle is dented and has been kept by SSS.""",
  mnc=[], key="steel water bottle", mct=["Jamaican beef patty", "fractured mandible", "exit doors"], cats=[],
  tags=["narrative", "cafeteria", "precision_trap", "clean"])

A(g="serious_violence", sch="John D. O'Bryant School of Mathematics and Science", nm="Malcolm Reese", gr=11,
  at="2026-01-20 14:25", rc="bpd/district-c6", loc="Back stairwell B, between floors 1 and 2",
  d="""Statement of the victim's advisor, typed from notes. At 2:25 in back stairwell B, Malcolm held a knife to a sophomore's stomach and demanded his wallet. The sophomore grabbed the blade and cut his palm open; it needed 9 stitches and a hand surgeon consult for a possible tendon injury. Malcolm took a Visa debit card and $20 and left. The card was found in Malcolm's locker at 3:10 with the knife (steak knife, brown handle). The sophomore's mother has been informed.""",
  mnc=[], key="steak knife", mct=["Visa debit card", "9 stitches", "stairwell B"], cats=[],
  tags=["narrative", "precision_trap", "clean"])

A(g="serious_violence", sch="TechBoston Academy", nm="Noel Aguasvivas", gr=12, at="2025-07-29 13:40",
  rc="bpd/district-c11", loc="Summer basketball league, outdoor court behind the school",
  d="""Summer program director's report: 7/29 at 1:40, on the outdoor court behind the school, Noel swung his skateboard and hit a player from the other team in the shoulder and neck after a hard foul. The player's collarbone is broken (confirmed at Carney), and he has a cut needing glue. Noel left on the skateboard and came back with his mother an hour later. Staff say he's been stressed because his D.A.C.A. renewal is late.""",
  mnc=["D.A.C.A."], key="skateboard", mct=["collarbone is broken", "hard foul", "outdoor court behind the school"],
  cats=["immigration_status"], tags=["narrative", "summer_school", "athletics", "dodge", "dotted_letters"])

A(g="serious_violence", sch="East Boston High School", nm="Henry Matute", gr=10, at="2025-10-25 21:05",
  rc="bpd/district-a7", loc="Homecoming dance, gym, near the DJ table",
  d="""Homecoming dance, 10/25, about 9:05 pm near the DJ table. Henry picked up a metal folding chair and brought it down on a junior's back and side twice. The junior had trouble breathing; EMS took him to MGH, where two fractured ribs and a bruised lung were found. Chaperones cleared the floor. In his statement Henry wrote that the junior "keeps saying I'm from H O N D U R A S like it's a joke.\"""",
  mnc=["H O N D U R A S"], key="folding chair", mct=["DJ table", "two fractured ribs", "bruised lung"],
  cats=["national_origin"], tags=["narrative", "dance", "dodge", "spaced_letters"])

A(g="serious_violence", sch="Madison Park Technical Vocational High School", nm="Edson Lopes da Silva", gr=9,
  at="2026-02-04 07:40", rc="bpd/district-b2", loc="Cafeteria, breakfast cart",
  d="""Breakfast program, 2/4, 7:40. During French toast sticks service at the breakfast cart, Edson picked up the hot-water urn's pitcher and threw the water at a classmate who had knocked his tray. The classmate has second-degree burns on his neck and chest and was taken to the Shriners burn unit. Cafeteria manager shut off the urn. When the AP called home, the grandmother said in Portuguese, "ele é de Angola, lá os meninos resolvem assim.\"""",
  mnc=["in Portuguese", "de Angola"], key="second-degree burns", mct=["French toast sticks", "breakfast cart", "neck and chest"],
  cats=["language", "national_origin"], tags=["narrative", "cafeteria", "multilingual", "precision_trap"])

A(g="serious_violence", sch="Boston Latin Academy", nm="Marcus Leung", gr=10, at="2026-03-09 15:20",
  rc="bpd/district-b3", loc="School bus, route 2210 PM, rear seats",
  d="""Bus monitor's statement, route 2210 PM, 3/9. At about 3:20, in the rear seats, Marcus stabbed a 10th grader in the right thigh with a flathead screwdriver during an argument over a seat. There was a lot of blood; I used the bus first-aid kit and held pressure while the driver pulled over at a gas station and called 911. EMS said it was deep and near an artery; he was taken to the trauma bay at BMC. I spoke with Marcus in Cantonese to calm him down; he gave me the screwdriver.""",
  mnc=["in Cantonese"], key="screwdriver", mct=["right thigh", "near an artery", "pulled over at a gas station"],
  cats=["language"], tags=["narrative", "bus"])

A(g="serious_violence", sch="Boston Latin School", nm="Harjot Sandhu", gr=11, at="2026-01-31 16:45",
  rc="bpd/district-e18", loc="Away hockey game, Warrior Ice Arena, after the final whistle",
  d="""Q: Coach, what did you see at the end of the game?
A: At about 4:45, after the final horn at Warrior Ice Arena, Harjot skated over to their number 12 and hit him across the face with his stick, two-handed.
Q: Injuries?
A: The kid's jaw is broken and he lost two teeth. Their trainer and EMS took him out on a stretcher.
Q: Had anything happened before?
A: Number 12 had been chirping him all game. Harjot's family are Sikh and he wears a patka under his helmet; I heard comments about that.
Q: Was Harjot hurt?
A: No.""",
  mnc=["Sikh", "patka"], key="stick", mct=["Warrior Ice Arena", "jaw is broken", "lost two teeth"],
  cats=["religion"], tags=["hearing_transcript", "athletics", "precision_trap"])

# ---------------------------------------------------------------------------------------------
# 8. Credible threats (each with a written threat statement)
# ---------------------------------------------------------------------------------------------
A(g="credible_threat", sch="Dorchester Academy", nm="Stevenson Pierre-Louis", gr=10, at="2026-02-26 22:40",
  rc="bpd/district-c11", loc="Threat aimed at the Friday step show, school auditorium",
  ts="In a group chat the student wrote that he would 'poke up' a named junior at Friday's step show and posted a photo of a kitchen knife taped to his wrist; two students forwarded it to staff the same night.",
  d=f"""Step team group chat, forwarded to the coach 2/26 (times as shown on the screenshots):
10:40 PM Stev: friday at the step show im poking up Dre on sight 🔪
10:41 PM Stev: [photo: kitchen knife taped to a wrist with black tape]
10:43 PM Nia: delete that rn
10:44 PM Stev: nah he said my mom is {HAITIAN_CYR} trash in front of everybody
10:52 PM Coach Ellis (added later): I've sent this to the AP. Step show is Friday 6:30 in the auditorium.""",
  mnc=[HAITIAN_CYR], key="kitchen knife", mct=["taped to a wrist", "Friday 6:30 in the auditorium"],
  cats=["ethnicity"], tags=["chat_thread", "dodge", "homoglyph", "after_school"])

A(g="credible_threat", sch="John D. O'Bryant School of Mathematics and Science", nm="Terrance Lyle", gr=11,
  at="2026-01-29 19:55", rc="bpd/district-c6", loc="Home basketball game, gym (threatened)",
  ts="The student told a teammate he would bring a gun to Thursday's home game and shoot a named player from the visiting school, and showed the teammate a handgun in his waistband in the locker room.",
  d="""Written statement of the JV assistant coach, 1/29:
At about 7:55, after the JV game, a player came to me upset. He said Terrance had lifted his shirt in the locker room to show a handgun in his waistband and said "Thursday, when they come here, I'm airing it out on their #3." I checked Terrance's bag and he had already left the building. The player also said Terrance keeps saying "I'm from Dot, we don't lose to them." Thursday's home game is at 6:00 in our gym.""",
  mnc=["from Dot"], key="handgun in his waistband", mct=["airing it out on their #3", "Thursday's home game is at 6:00"],
  cats=["neighborhood"], tags=["narrative", "athletics", "dodge", "slang"])

A(g="credible_threat", sch="Snowden International School", nm="Lucas Ferreira-Quinn", gr=10, at="2025-11-12 10:05",
  rc="bpd/district-d4", loc="Spanish 2 classroom, room 508",
  ts="During Spanish 2 the student told the teacher he would 'come back with my dad's gun and start with you,' then drew a gun aimed at her name on his worksheet; he has told classmates his father owns two pistols.",
  d="""Teacher referral, Spanish 2 (rm 508), 11/12, 10:05.
While I was handing back quizzes, Lucas crumpled his and said loudly, "I'll come back with my dad's gun and start with you." On the back of his worksheet he drew a pistol pointed at my name. Two students told me afterward he has talked about his father's pistols before. He lives in Savin Hill with his father, per the emergency card. Worksheet kept; AP notified at 10:15.""",
  mnc=["Savin Hill"], key="pistol", mct=["Spanish 2", "drew a pistol pointed at my name", "handing back quizzes"],
  cats=["neighborhood"], tags=["narrative", "precision_trap"])

A(g="credible_threat", sch="Excel High School", nm="Jeremiah Cobb", gr=11, at="2026-03-12 12:15",
  rc="bpd/district-c6", loc="Main office",
  ts="After being written up for foul language, the student told the dean he had a knife in his locker and would 'cut' her 'before spring break'; a knife was later found in his locker.",
  d="""Dean's account, 3/12. I wrote Jeremiah up for foul language toward a lunch aide. In the main office at 12:15 he leaned over my desk and said "I got a blade in my locker, I'll cut you before spring break." SSS opened locker 2-114 at 12:30 and found a 6-inch kitchen knife in a lunch bag. His mother said the family's Pentecostal pastor would come in with them tomorrow.""",
  mnc=["Pentecostal"], key="kitchen knife", mct=["foul language", "locker 2-114", "before spring break"],
  cats=["religion"], tags=["narrative", "precision_trap"])

A(g="credible_threat", sch="Boston Latin School", nm="Adam Whitlock", gr=9, at="2025-12-03 09:50",
  rc="bpd/district-d4", loc="Room 232, AP World History",
  ts="During class the student said he would 'bring the AR from my uncle's and do the Haitian Revolution on this room,' named two classmates he would 'start with,' and told a classmate his uncle keeps the rifle unlocked.",
  d="""Teacher statement, AP World History, 12/3, 9:50 am.
We were in the unit on the Haitian Revolution, discussing the burning of the plantations, when Adam said, "I'll bring the AR from my uncle's and do the Haitian Revolution on this room, starting with Ethan and Kyle." Some students laughed; Ethan did not. After class another student told me Adam's uncle keeps the rifle "just leaning in the closet, not locked." I removed Adam and walked him to the office.""",
  mnc=[], key="the AR", mct=["unit on the Haitian Revolution", "starting with Ethan and Kyle", "not locked"], cats=[],
  tags=["narrative", "precision_trap", "clean"])

A(g="credible_threat", sch="Dearborn STEM Academy", nm="Kelvin Barbosa", gr=9, at="2026-04-15 21:30",
  rc="bpd/district-b2", loc="Instagram live; threat aimed at the school's front entrance",
  ts="On an Instagram live the student showed a handgun and said he would be 'waiting at the front door' of the school Thursday morning for a named 9th grader; a parent recorded and reported it.",
  d="""Parent call log, 4/15, 9:30 pm, taken by the family liaison (message in Kriolu, translated):
"Nha fidju odja Kelvin na Instagram live ku un pistola. El fla ma el ta spera Josué na porta di skola kinta-fera. N ka kre problema, nu ka ten papel."
Translation: "My son saw Kelvin on Instagram live with a pistol. He said he'll wait for Josué at the school door Thursday. I don't want problems, we don't have papers."
Liaison: parent sent a 40-second screen recording; the handgun is black with an extended magazine.""",
  mnc=["Kriolu", "nu ka ten papel", "don't have papers"], key="handgun", mct=["extended magazine", "40-second screen recording"],
  cats=["language", "immigration_status"], tags=["narrative", "multilingual", "translated_note"])

A(g="credible_threat", sch="Jeremiah E. Burke High School", nm="Yahir Castellanos", gr=12, at="2026-03-20 13:30",
  rc="bpd/district-b3", loc="Gym, pep rally (threatened)",
  ts="The student told three classmates he would bring a gun to Friday's pep rally and shoot a named senior, and showed them bullets in his backpack.",
  d="""AP notes, 3/20. Three seniors came to me at 1:30. They say Yahir told them at lunch "voy a traer la pistola al pep rally" for Dario, then said in English "watch Friday," and unzipped his backpack to show a handful of bullets. SSS searched the backpack at 1:50 and found 7 .380 rounds loose in the front pocket, no gun. A teacher added that "he's Dominicano, he talks like that," which is not part of this report's reasoning.""",
  mnc=["Dominicano"], key="bullets", mct=["7 .380 rounds", "front pocket", "watch Friday"],
  cats=["ethnicity"], tags=["narrative", "code_switching"])

A(g="credible_threat", sch="Boston Community Leadership Academy", nm="Nasir Rahimi", gr=10, at="2025-07-23 10:00",
  rc="bpd/district-e18", loc="Summer school, room 114",
  ts="In a summer school class the student said he had 'a pipe bomb recipe and everything I need' and would 'blow up room 114 on the last day'; he showed a classmate a video on his phone of a pipe being filled.",
  d=J({"source": "summer_school_incident_export", "date": "2025-07-23", "time": "10:00", "room": "114",
       "narrative": "Student told the class he has 'a pipe bomb recipe and everything I need' and will 'blow up room 114 on the last day'. Classmate saw a video on his phone of a metal pipe being packed with powder.",
       "student_record": {"primary_language": "Pashto", "religion": "Muslim", "entry_date_us": "2023-02"}}),
  stu={"primary_language": "Pashto", "religion": "Muslim", "arrival": {"country": "Afghanistan", "year": 2023}},
  mnc=["Pashto", "Muslim", "Afghanistan"], key="pipe bomb", mct=["blow up room 114", "packed with powder"],
  cats=["language", "religion", "national_origin"], tags=["json_export", "structured_field", "summer_school"])

A(g="credible_threat", sch="Charlestown High School", nm="Arben Kola", gr=11, at="2026-05-13 11:10",
  rc="bpd/district-a1", loc="Harbor Islands field trip, ferry upper deck",
  ts="On the field-trip ferry the student told a classmate he would 'put her over the rail' on the way back and showed her a folding knife, saying he would use it 'if she screams.'",
  d="""Field trip to Spectacle Island, 5/13. Chaperone statement: on the outbound ferry, upper deck, around 11:10, a girl came to me crying. She said Arben told her he would "put you over the rail on the way back," then opened a folding knife in his sweatshirt pocket and said he'd use it "if you scream." I took the knife (black, 3 inch). Arben was kept with me for the rest of the trip. His classmates call him "the Albanian" and he has been in conflicts about it.""",
  mnc=["Albanian"], key="folding knife", mct=["upper deck", "over the rail", "Spectacle Island"],
  cats=["ethnicity"], tags=["narrative", "field_trip"])

# ---------------------------------------------------------------------------------------------
# 9. Drugs other than marijuana, nicotine or alcohol
# ---------------------------------------------------------------------------------------------
A(g="drugs", subs=["heroin"], sch="Charlestown High School", nm="Connor Byrne", gr=12, at="2026-01-14 08:20",
  rc="bpd/district-a1", loc="Boys' bathroom near the library",
  d="""Nurse's note, 1/14, 8:20. Called to the boys' bathroom near the library; Connor was slumped against the stall, pinpoint pupils, breathing slowly. Gave 4 mg Narcan nasal; he responded within two minutes. On the floor: a cut straw and a glassine bag stamped with a blue star containing tan powder. Connor said it was heroin. EMS took him to MGH. A friend told me Connor's mom is und0cumented and he's been "stressed about her," which I note only because he said it.""",
  mnc=["und0cumented"], key="heroin", mct=["4 mg Narcan", "glassine bag stamped with a blue star"],
  cats=["immigration_status"], tags=["narrative", "dodge", "leetspeak"])

A(g="drugs", subs=["cocaine", "marijuana"], sch="English High School", nm="Luis Peralta", gr=11, at="2025-11-07 13:40",
  rc="bpd/district-e13", loc="Bleachers behind the football field",
  d=f"""SSS report, 11/7, 1:40. Behind the football field bleachers Luis was weighing white powder on a pocket scale with two other students. Recovered: 8 twist-tied baggies of cocaine, a pocket scale, and a small bag of weed. Luis said the weed was his and the cocaine was "to sell at the dance." Note from the counselor on the referral: "{DOMINICAN_FW} family, grandmother raising him." """,
  mnc=[DOMINICAN_FW], key="cocaine", mct=["pocket scale", "8 twist-tied baggies", "to sell at the dance"],
  cats=["ethnicity"], tags=["narrative", "dodge", "fullwidth"])

A(g="drugs", subs=["LSD"], sch="Boston Arts Academy", nm="Willa Hartigan", gr=10, at="2026-02-11 10:05",
  rc="bpd/district-d4", loc="Dance studio 2",
  d="""Teacher report, dance studio 2, 2/11, 10:05. Willa handed a classmate a small square of paper from inside a Swedish Fish bag; the classmate put it on her tongue. I collected the bag: 9 more blotter squares printed with a cartoon sun, tucked under the candy. Willa said they were "tabs" (LSD). The classmate became anxious around 10:45 and was seen by the nurse. Willa's record lists her as ELD Level 2; the family asked that calls go through the language line.""",
  mnc=["ELD Level 2", "language line"], key="LSD", mct=["Swedish Fish bag", "9 more blotter squares", "cartoon sun"],
  cats=["language"], tags=["narrative", "precision_trap"])

A(g="drugs", subs=["fentanyl"], sch="Madison Park Technical Vocational High School", nm="DeAndre Whitley", gr=11,
  at="2026-03-31 12:35", rc="bpd/district-b2", loc="Room 117, French 1",
  d="""Referral, French 1 (room 117), 3/31, 12:35. A teacher saw DeAndre twist the bottom off an Arizona iced tea can; it was a stash can. Inside: 20 small wax-paper folds of grey powder. DeAndre said "it's fent, I don't use it, I sell it." Nurse kept Narcan in the room while SSS bagged it. No one was exposed. DeAndre's mother was called at 1:05.""",
  mnc=[], key="fent", mct=["Arizona iced tea can", "20 small wax-paper folds", "French 1"], cats=[],
  tags=["narrative", "precision_trap", "clean"])

A(g="drugs", subs=["alprazolam"], sch="Brighton High School", nm="Farid Noorzai", gr=10, at="2025-07-17 11:00",
  rc="bpd/district-d14", loc="Summer school, cafeteria",
  d="""Summer program log, 7/17, 11:00. In the cafeteria Farid sold two yellow rectangular bars stamped "S 90 3" to another student for $10. Teacher recovered 11 more bars from his sock. Nurse identified them as alprazolam (Xanax) 2 mg, not prescribed. Parent meeting set for 7/18 with a Pashto interpreter through the Language Line.""",
  mnc=["Pashto", "interpreter", "Language Line"], key="alprazolam", mct=["S 90 3", "11 more bars", "from his sock"],
  cats=["language"], tags=["narrative", "summer_school", "cafeteria"])

A(g="drugs", subs=["ketamine"], sch="Boston Latin Academy", nm="Julian Ashby", gr=12, at="2026-05-22 21:15",
  rc="bpd/district-b3", loc="Senior prom, function hall bathroom",
  d="""Prom chaperone statement, 5/22. At 9:15 a student passed out in the men's room at the function hall; his friends said Julian gave him "K." Julian had a small vial of white crystalline powder and a key bump in his pocket; he said it was ketamine from a friend's older brother. EMS evaluated the other student, who recovered. The friend group call themselves the Ashford Boys and two teachers say it's a crew, not a music group.""",
  mnc=["Ashford Boys"], key="ketamine", mct=["key bump", "men's room", "white crystalline powder"],
  cats=["gang_affiliation"], tags=["narrative", "dance"])

A(g="drugs", subs=["Percocet"], sch="Henderson K-12 Inclusion School", nm="Rayshawn Givens", gr=9, at="2025-12-11 07:25",
  rc="bpd/district-c11", loc="School bus, route 1902 AM",
  d="""Bus driver note, route 1902 AM, 12/11. At 7:25 a student told the monitor Rayshawn was "selling percs" in the back. The monitor found 5 round blue pills marked "A 215" in a Tylenol bottle in his coat. Rayshawn said "percs, my cousin's." Nurse: oxycodone, consistent with Percocet, not prescribed to him. The monitor added he gets on at the Orchard Gardens stop.""",
  mnc=["Orchard Gardens"], key="percs", mct=["A 215", "Tylenol bottle"], cats=["neighborhood"],
  tags=["narrative", "bus"])

A(g="drugs", subs=["codeine"], sch="Boston Community Leadership Academy", nm="Dante Oliveira", gr=11,
  at="2026-02-10 16:20", rc="bpd/district-e18", loc="After-school open gym, bleachers",
  d="""After-school open gym, 2/10, 4:20. Coach found Dante pouring purple syrup from an unlabeled pharmacy bottle into a soda bottle on the bleachers ("lean"). Bottle contained about 4 oz of syrup that smells of cough medicine; Dante said "it's codeine, my aunt's." Not prescribed to him. His Jamaican grandmother was called to pick him up.""",
  mnc=["Jamaican"], key="codeine", mct=["unlabeled pharmacy bottle", "about 4 oz"], cats=["ethnicity"],
  tags=["narrative", "after_school"])

A(g="drugs", subs=["psilocybin mushrooms"], sch="Josiah Quincy Upper School", nm="Minh Pham", gr=11, at="2026-04-30 10:40",
  rc="bpd/district-a1", loc="Field trip, Franklin Park Zoo picnic area",
  d="""Field trip incident, Franklin Park Zoo, 4/30. At 10:40 at the picnic area a chaperone saw Minh handing out dried mushrooms from a sandwich bag. About 6 grams recovered; Minh said they were "shrooms" (psilocybin) and he'd eaten some. He was monitored by the trip nurse and picked up by his father at noon. Father said they go to the Vietnamese Buddhist temple on Sundays and asked that the temple not be told.""",
  mnc=["Vietnamese", "Buddhist", "temple"], key="psilocybin", mct=["picnic area", "About 6 grams", "dried mushrooms"],
  cats=["ethnicity", "religion"], tags=["narrative", "field_trip"])

A(g="drugs", subs=["fentanyl", "nicotine vape"], sch="Boston Green Academy", nm="Keanu Delgado-Price", gr=10,
  at="2025-12-08 13:20", rc="bpd/district-d14", loc="Stairwell C",
  d=J({"case": "BGA-25-118", "time": "13:20", "where": "stairwell C",
       "found": [{"item": "nicotine vape", "qty": 1}, {"item": "blue pills stamped M30", "qty": 6, "note": "nurse: likely fentanyl"}],
       "statement": "says he bought the pills on Snapchat"}),
  stu={"citizenship": "non-citizen", "visa_class": "F-2", "immigration": {"status": "pending"}},
  mnc=["non-citizen", "F-2"], key="fentanyl", mct=["stairwell C", "stamped M30", "bought the pills on Snapchat"],
  cats=["immigration_status"], tags=["json_export", "structured_field"])

# ---------------------------------------------------------------------------------------------
# 10. Denials: grounds the law does not know
# ---------------------------------------------------------------------------------------------
D("ground_not_permitted", g="theft", sch="Boston Arts Academy", nm="Camila Restrepo", gr=11, at="2026-02-13 20:30",
  rc="bpd/district-d4", loc="Valentine's dance, coat room",
  d="""Dance chaperone e-mail, 2/13: an iPhone 15 went missing from the coat room around 8:30 and was later found in Camila's tote. She says she picked it up by mistake. The owner wants a police report. Camila's mom asked us to use WhatsApp because she doesn't speak English, only Spanish.""",
  mnc=["doesn't speak English", "only Spanish"], cats=["language"], tags=["email_chain", "dance"])

D("ground_not_permitted", g="truancy", sch="Excel High School", nm="Wilson Tavárez", gr=10, at="2025-07-28 08:00",
  rc="bpd/district-c6", loc="Summer school attendance office",
  d="""attendance_export.tsv (summer session)
date\tstatus\tnote
2025-07-21\tABS\tno call
2025-07-22\tABS\tno call
2025-07-23\tABS\tvisit: aunt says he is working with his uncle, family recently arrived from Honduras
2025-07-28\tABS\trequest BPD wellness/truancy follow-up""",
  mnc=["from Honduras"], cats=["national_origin"], tags=["tsv_export", "summer_school"])

D("ground_not_permitted", g="cyberbullying", sch="Boston Latin Academy", nm="Priya Raman-Sloane", gr=9, at="2026-03-03 19:00",
  rc="bpd/district-b3", loc="Online (TikTok)",
  d="""Counselor summary: Priya posted a TikTok mocking a classmate's accent and calling her family "boat people." The classmate's parents want police involved. No threats of violence were made. Note: the classmate's family is Vietnamese; Priya's family is Hindu and she says she was also targeted.""",
  mnc=["Vietnamese", "Hindu"], cats=["ethnicity", "religion"], tags=["narrative"])

D("ground_not_permitted", g="harassment", sch="Brighton High School", nm="Declan Murphy-Osei", gr=12, at="2025-10-31 12:10",
  rc="bpd/district-d14", loc="Cafeteria",
  d="""Q: What did he say to her?
A: At lunch he kept asking if she had "her papers" and told her ICE was going to come to her house on Faneuil St.
Q: Did he touch her or threaten to hurt her?
A: No.""",
  mnc=["Faneuil St"], cats=["neighborhood"], tags=["hearing_transcript", "cafeteria"])

D("ground_not_permitted", g="property_damage", sch="Mission Hill K-8", nm="Angel Rosario", gr=6, at="2025-11-13 15:15",
  rc="bpd/district-b2", loc="School bus, route 0730 PM",
  d="""bus_incident: route=0730PM ts=2025-11-13T15:15 type=window_broken cause="student kicked rear window out" injuries=none
student_note: "lives Academy Homes, dad works nights"
request: "BPD report for insurance\"""",
  mnc=["Academy Homes"], cats=["neighborhood"], tags=["kv_log", "bus"])

D("ground_not_permitted", g="intelligence_request", sch="Jeremiah E. Burke High School", nm="Khalil Banda", gr=11,
  at="2026-01-09 09:00", rc="bpd/district-b3", loc="n/a",
  d="""From: District liaison
Subject: associates list

Detective asked for the names of students who hang with Khalil, since he's believed to be with the Geneva crew. No incident. Can we send the lunch seating chart?
Sent from my iPhone""",
  mnc=["Geneva crew"], cats=["gang_affiliation"], tags=["email_chain"])

D("ground_not_permitted", g="runaway", sch="Snowden International School", nm="Leticia Barbosa", gr=10, at="2026-04-06 08:30",
  rc="bpd/district-d4", loc="n/a",
  d="""SIS notes
04/06 08:30 - Not in school 3 days. Mom says she left after an argument.
04/06 09:10 - Mom (via Portuguese interpreter) thinks she's at a friend's in Allston.
04/06 09:15 - Request BPD missing-person assistance.""",
  mnc=["Portuguese", "interpreter"], cats=["language"], tags=["sis_notes"])

D("ground_not_permitted", g="disorderly_conduct", sch="TechBoston Academy", nm="Omar Hassan-Ali", gr=12, at="2026-06-04 10:15",
  rc="bpd/district-c11", loc="Graduation rehearsal, Strand Theatre",
  d="""Graduation rehearsal at the Strand, 6/4, 10:15: Omar refused to leave the stage, yelled at staff and knocked over a music stand. No one hurt. Staff note: Omar's family is Somali and "very religious," they asked that he be allowed to pray during the lunch break.""",
  mnc=["Somali", "very religious", "pray during"], cats=["ethnicity", "religion"], tags=["narrative", "graduation"])

D("ground_not_permitted", g="fight", sch="Boston Green Academy", nm="Kiara Vélez", gr=9, at="2025-12-16 14:05",
  rc="bpd/district-d14", loc="Girls' locker room",
  d="""Fight, girls' locker room, 12/16, 2:05. Kiara and another 9th grader pulled hair and slapped; a scratch on the other girl's cheek, no further injury. Both suspended 2 days. Other girl says Kiara called her a "Boricua rat" and that Kiara's brother is in the Corbet crew.""",
  mnc=["Boricua", "Corbet crew"], cats=["ethnicity", "gang_affiliation"], tags=["narrative"])

# ---------------------------------------------------------------------------------------------
# 11. Denials: only marijuana, nicotine or alcohol
# ---------------------------------------------------------------------------------------------
D("excluded_substance", g="drugs", subs=["carts", "wax", "Backwoods"], sch="English High School", nm="Joel Serrano", gr=11,
  at="2026-01-23 11:50", rc="bpd/district-e13", loc="Stairwell A",
  d="""SSS log 1/23 11:50 stairwell A: student w/ 3 carts (THC), a jar of wax, and a pack of Backwoods. Says he's "Boricua, we all smoke." Referred.""",
  mnc=["Boricua"], cats=["ethnicity"], tags=["kv_log", "slang"])

D("excluded_substance", g="drugs", subs=["vape (contents unknown)"], sch="Charlestown High School", nm="Maksym Hrytsenko", gr=10,
  at="2025-10-17 09:40", rc="bpd/district-a1", loc="Bathroom, first floor",
  d="""Referral: 9:40, first-floor bathroom, Maksym exhaling vapor; unlabeled grey vape device recovered, contents unknown (nicotine or THC, not tested). Teacher notes: "Ukrainian kid, just arrived on humanitarian parole." """,
  mnc=["Ukrainian", "humanitarian parole"], cats=["ethnicity", "immigration_status"], tags=["narrative"])

D("excluded_substance", g="drugs", subs=["dab pen", "Four Loko"], sch="Boston Latin School", nm="Elias Thorne", gr=11,
  at="2026-05-01 21:00", rc="bpd/district-d4", loc="Spring concert, band room",
  d="""Band room after the spring concert, 9:00 pm: Elias and two trombonists with a THC dab pen and a can of Four Loko. Elias asked that his parents, who are Seventh-day Adventist, not be told about the alcohol.""",
  mnc=["Seventh-day Adventist"], cats=["religion"], tags=["narrative", "after_school"])

D("excluded_substance", g="drugs", subs=["Zyn", "Delta-9 THC seltzer"], sch="Dearborn STEM Academy", nm="Vang Lee", gr=11,
  at="2026-03-06 12:30", rc="bpd/district-b2", loc="Cafeteria",
  d="""| time | item |
|---|---|
| 12:30 | 2 cans Delta-9 THC seltzer in lunch bag |
| 12:30 | tin of Zyn pouches |
| note | family speaks Hmong at home; send letter translated |""",
  mnc=["Hmong"], cats=["language"], tags=["markdown_table", "cafeteria"])

D("excluded_substance", g="drugs", subs=["hash", "beer"], sch="Boston Arts Academy", nm="Rafael Mendes", gr=12,
  at="2025-09-26 17:10", rc="bpd/district-d4", loc="After-school rehearsal, loading dock",
  d="""Stage manager to AP, text: "Rafael + friend on the loading dock at 5:10 with a chunk of hash and 4 beers. He's from Columbia Point, told me 'nobody snitches there.'" """,
  mnc=["Columbia Point"], cats=["neighborhood"], tags=["chat_thread", "after_school"])

D("excluded_substance", g="drugs", subs=["nicotine vape", "vodka"], sch="Madison Park Technical Vocational High School",
  nm="Selam Haile", gr=12, at="2026-06-05 09:45", rc="bpd/district-b2", loc="Graduation rehearsal, gym",
  d="""Graduation rehearsal, 6/5, 9:45: a water bottle that was mostly vodka and a nicotine vape in Selam's gown bag. Counselor notes she's Eritrean and "her parents are strict about alcohol." """,
  mnc=["Eritrean"], cats=["ethnicity"], tags=["narrative", "graduation"])

D("excluded_substance", g="drugs", subs=["edibles", "cigarillos"], sch="Washington Irving Middle School", nm="Jamir Holt", gr=8,
  at="2025-12-04 15:10", rc="bpd/district-e18", loc="School bus, route 0612 PM",
  d="""Monitor report: 3:10, route 0612 PM, Jamir sharing weed edibles (gummy rings) and cigarillos in the back row. Monitor also wrote "mom is an asylum seeker, dad undocumented, be careful." """,
  mnc=["asylum seeker", "undocumented"], cats=["immigration_status"], tags=["narrative", "bus"])

# ---------------------------------------------------------------------------------------------
# 12. Denials: recipients the policy does not allow
# ---------------------------------------------------------------------------------------------
D("recipient_not_permitted", g="weapon", w="knife", sch="East Boston High School", nm="Josué Argueta", gr=10,
  at="2025-11-18 09:20", rc="dhs/hsi-boston", loc="Room 110",
  d="""Forward to HSI task force officer per his call: 9:20, rm 110, Josué had a 4" folding knife in his pencil case, no threats made. TFO says he is tracking the student for suspected MS-13 ties; student is Salvadoran, arrived as an unaccompanied minor.""",
  mnc=["MS-13", "Salvadoran", "unaccompanied minor"], cats=["gang_affiliation", "ethnicity", "immigration_status"],
  tags=["email_chain"])

D("recipient_not_permitted", g="drugs", subs=["fentanyl"], sch="Jeremiah E. Burke High School", nm="Travis Monroe", gr=12,
  at="2026-02-03 10:00", rc="fbi/boston-field-office", loc="Locker 1120",
  d="""Locker 1120, 10:00: 30 blue M30 pills. The FBI agent who spoke at career day asked us to send these directly to him. Student lives on Harvard St near the Morton St stop.""",
  mnc=["Harvard St", "Morton St stop"], cats=["neighborhood"], tags=["narrative"])

D("recipient_not_permitted", g="serious_violence", sch="Madison Park Technical Vocational High School", nm="Kevin Souza",
  gr=11, at="2026-01-26 15:20", rc="mbta-transit-police", loc="Ruggles station busway after dismissal",
  d="""At 3:20 at the Ruggles busway Kevin hit a student with a U-lock; victim had a fractured skull. Sending to Transit Police since it was on their property. Kevin's mother asked for a Cape Verdean Creole interpreter at the meeting.""",
  mnc=["Cape Verdean Creole", "interpreter"], cats=["language"], tags=["narrative", "bus"])

D("recipient_not_permitted", g="weapon", w="firearm", sch="Boston Community Leadership Academy", nm="Jaheim Wright", gr=11,
  at="2026-03-30 08:10", rc="massachusetts-state-police", loc="Front entrance",
  d="""MSP gang unit requested directly. 8:10 front entrance, loaded Glock 19 in waistband. Student reportedly with the Kenwood crew.""",
  mnc=["Kenwood crew"], cats=["gang_affiliation"], tags=["narrative"])

D("recipient_not_permitted", g="credible_threat", sch="Fenway High School", nm="Adrian Kowal", gr=10, at="2025-12-01 11:00",
  rc="cbp", loc="Room 204",
  ts="Student told his advisor he will bring his father's hunting rifle on Friday and shoot 'whoever is in 204'.",
  d="""Sending to CBP because the advisor thinks the family crossed from Canada without inspection. 11:00, rm 204: student said he'll bring dad's hunting rifle Friday and shoot whoever is in 204.""",
  mnc=["without inspection"], cats=["immigration_status"], tags=["narrative"])

D("recipient_not_permitted", g="weapon", w="knife", sch="Brighton High School", nm="Liam Nguyen-Hart", gr=9,
  at="2025-10-06 13:30", rc="securitas", loc="Gym",
  d="""{"to": "Securitas site supervisor", "incident": "knife found in gym bag 1:30", "student": {"home_lang": "Vietnamese", "addr": "Chestnut Hill Ave"}}""",
  mnc=["Vietnamese", "Chestnut Hill Ave"], cats=["language", "neighborhood"], tags=["json_export"])

D("recipient_not_permitted", g="serious_violence", sch="Charlestown High School", nm="Ryan Flaherty", gr=12,
  at="2026-04-17 14:50", rc="suffolk-county-sheriff", loc="Weight room",
  d="""Weight room, 2:50: Ryan hit a junior with a 10 lb plate; broken orbital. Sheriff's office asked for a copy for their youth program. Ryan's family attends St. Catherine's parish and the pastor called on his behalf.""",
  mnc=["St. Catherine's parish"], cats=["religion"], tags=["narrative", "athletics"])

D("recipient_not_permitted", g="drugs", subs=["MDMA"], sch="Boston Latin School", nm="Sasha Orlova", gr=11, at="2026-03-27 20:50",
  rc="cambridge-police", loc="Spring dance, cafeteria",
  d="""Spring dance, 8:50: Sasha had 4 pink pressed pills (MDMA) in her clutch. Sending to Cambridge PD since the family lives near Central Square. Parents speak Russian only.""",
  mnc=["Central Square", "Russian only"], cats=["neighborhood", "language"], tags=["narrative", "dance"])

# ---------------------------------------------------------------------------------------------
# 13. Denials: credible threat without a threat statement
# ---------------------------------------------------------------------------------------------
D("missing_threat_statement", g="credible_threat", sch="Dorchester Academy", nm="Kareem Lott", gr=11, at="2026-01-16 21:00",
  rc="bpd/district-c11", loc="Group chat",
  d="""[9:00 PM] k.lott: yall gon see tmrw 😤🔫
[9:02 PM] mar: ??
[9:03 PM] k.lott: 3rd period. bet
(forwarded by a parent; student's cousin says he's "with the Norwell St boys")""",
  mnc=["Norwell St boys"], cats=["gang_affiliation"], tags=["chat_thread"])

D("missing_threat_statement", g="credible_threat", sch="Boston Green Academy", nm="Noemi Cardoso", gr=10, at="2025-11-05 13:45",
  rc="bpd/district-d14", loc="Bus stop outside school",
  d="""Voicemail transcription (parent, 1:45 pm, left in Portuguese, summarized by staff): her daughter heard Noemi say she'd stab a girl at the bus stop tomorrow. Parent asks that her own name not be used because the family is "sem papéis." """,
  mnc=["in Portuguese", "sem papéis"], cats=["language", "immigration_status"], tags=["narrative", "multilingual", "bus"])

# ---------------------------------------------------------------------------------------------
# 14. Denials: face surveillance
# ---------------------------------------------------------------------------------------------
D("face_surveillance", g="serious_violence", sch="English High School", nm="Marco Beltrán", gr=10, at="2026-02-19 15:40",
  rc="bpd/district-e13", loc="Bus stop on Washington St",
  att=[{"kind": "photo", "name": "yearbook_2025_grade10.zip"}],
  d="""Unknown student stabbed a 10th grader in the arm at the bus stop at 3:40 (6 stitches). Witnesses think it was Marco. Attached are the grade 10 yearbook photos so BPD can run them through face recognition against the bus-stop video.""",
  mnc=["yearbook_2025_grade10"], cats=["face_surveillance"], tags=["narrative", "bus"])

D("face_surveillance", g="weapon", w="knife", sch="TechBoston Academy", nm="Dimitri Baez", gr=11, at="2026-03-05 10:10",
  rc="bpd/district-c11", loc="Main hallway",
  stu={"face_template": "ftv2:8f3a9c21e07b44d1", "camera_id_match": {"source": "hallway-1", "score": 0.88}},
  d="""Knife (3 in. folding) found on Dimitri at 10:10 in the main hallway after a teacher saw it. Record attached from the safety system.""",
  mnc=["ftv2:8f3a9c21e07b44d1"], cats=["face_surveillance"], tags=["structured_field"])

D("face_surveillance", g="drugs", subs=["fentanyl"], sch="Excel High School", nm="Ty'Quan Marsh", gr=12, at="2026-01-28 12:00",
  rc="bpd/district-c6", loc="Third-floor bathroom",
  d="""Fentanyl powder (2 g) found in the third-floor bathroom at 12:00. The building's camera system has a face-search feature; the AP ran the hallway clip and the facial recognition hit came back as Ty'Quan, who then admitted it was his.""",
  mnc=["facial recognition hit", "face-search"], cats=["face_surveillance"], tags=["narrative"])

D("face_surveillance", g="credible_threat", sch="Boston Arts Academy", nm="Quinn Delacroix", gr=11, at="2026-04-20 09:00",
  rc="bpd/district-d4", loc="School entrance",
  ts="Student posted that he would 'shoot up the lobby at 9' on Monday and has a photo of a handgun on his account.",
  att=[{"kind": "face_match", "name": "faceid_report_qd.json"}],
  d="""Threat posted Sunday night about the lobby at 9 on Monday; the account owner was confirmed by the attached match report.""",
  mnc=["faceid_report_qd"], cats=["face_surveillance"], tags=["narrative"])

D("face_surveillance", g="weapon", w="firearm", sch="Jeremiah E. Burke High School", nm="Andre Mobley", gr=10,
  at="2025-12-15 07:45", rc="bpd/district-b3", loc="Washington St entrance",
  d="""HEARING OFFICER: How was he identified?
AP: The gun was dropped at the entrance at 7:45. The vendor's face search found him in three other clips from that morning and matched his ID photo.
HEARING OFFICER: Anything else?
AP: No.""",
  mnc=["face search", "matched his ID photo"], cats=["face_surveillance"], tags=["hearing_transcript"])

# ---------------------------------------------------------------------------------------------
# 15. Denials: replica, BB and airsoft guns need a named approver's determination
# ---------------------------------------------------------------------------------------------
D("other", g="weapon", w="replica handgun", sch="Lilla G. Frederick Pilot Middle School", nm="Tyrell Moody", gr=7,
  at="2026-02-25 12:15", rc="bpd/district-c11", loc="Cafeteria",
  d="""Lunch, 12:15: Tyrell pointed a realistic replica handgun (metal, non-firing, no orange tip) at a table of 6th graders. Recovered by the lunch aide. He says his grandfather in Cabo Verde sent it.""",
  mnc=["Cabo Verde"], cats=["national_origin"], tags=["narrative", "cafeteria"])

D("other", g="weapon", w="BB pistol", sch="Washington Irving Middle School", nm="Ezekiel Grant", gr=8, at="2025-10-10 15:05",
  rc="bpd/district-e18", loc="After-school program, courtyard",
  d="""After-school, 3:05, courtyard: Ezekiel fired a BB pistol at a tree near other kids; no one hit. Pistol and a tube of BBs recovered. Staff wrote "kid from Mattapan, lives on Morton St." """,
  mnc=["Mattapan", "Morton St"], cats=["neighborhood"], tags=["narrative", "after_school"])

D("other", g="weapon", w="airsoft rifle", sch="Boston Green Academy", nm="Cole Brennan", gr=11, at="2026-05-08 07:55",
  rc="bpd/district-d14", loc="Student parking lot",
  d="""7:55, student parking lot: an airsoft rifle (black, no orange tip) seen on Cole's back seat by SSS. Cole says it's for an airsoft game Saturday. Staff add he's "in a crew with older kids from Oak Square." """,
  mnc=["Oak Square"], cats=["gang_affiliation"], tags=["narrative"])

# ---------------------------------------------------------------------------------------------
# Build, self-check, write
# ---------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _sentences(text):
    return [x.strip() for x in re.split(r"(?<=[.!?])\s+|\n", text) if len(x.strip()) > 45]


def build():
    rng = random.Random(SEED + 1)
    cases = list(CASES)
    rng.shuffle(cases)
    out, seen = [], {}
    for i, c in enumerate(cases, 1):
        cid = "%s-%04d" % (PREFIX, i)
        c["request"]["request_id"] = cid
        out.append({"id": cid, "request": c["request"], "expect": c["expect"]})
    problems = []
    for c in out:
        req, e = c["request"], c["expect"]
        whole = fold(json.dumps(req, ensure_ascii=False))
        desc = req["incident"]["description"]
        keep = [fold(x) for x in e["must_contain"] + e["must_contain_text"]]
        for m in e["must_not_contain"]:
            if fold(m) not in whole:
                problems.append((c["id"], "canary not in request", m))
            for k in keep:
                if fold(m) in k:
                    problems.append((c["id"], "canary inside a kept fact", m, k))
            # the canary must not occur in the incident location (which is an incident fact)
            if fold(m) in fold(req["incident"]["location"]):
                problems.append((c["id"], "canary in location", m))
        if e["decision"] == "allow":
            if fold(e["must_contain"][2]) not in fold(desc):
                problems.append((c["id"], "key fact not in description", e["must_contain"][2]))
            for t in e["must_contain_text"]:
                if fold(t) not in fold(desc):
                    problems.append((c["id"], "fact not in description", t))
            if not 1 <= len(e["must_contain_text"]) <= 3:
                problems.append((c["id"], "must_contain_text count"))
        if e["categories"] and not e["must_not_contain"]:
            problems.append((c["id"], "categories without canaries"))
        if e["must_not_contain"] and not e["categories"]:
            problems.append((c["id"], "canaries without categories"))
        for s in _sentences(desc):
            if s in seen and seen[s] != c["id"]:
                problems.append((c["id"], "sentence shared with " + seen[s], s))
            seen.setdefault(s, c["id"])
    if len(out) != 150:
        problems.append(("*", "case count", len(out)))
    return out, problems


def main():
    out, problems = build()
    for p in problems:
        print("PROBLEM", *p, file=sys.stderr)
    if problems:
        sys.exit(1)
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(out), path))


if __name__ == "__main__":
    main()
