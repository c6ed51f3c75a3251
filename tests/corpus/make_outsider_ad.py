#!/usr/bin/env python3
"""Outsider corpus, family OAD: conversations with the police side.

Incident descriptions that carry e-mail threads, call notes, text messages and Q&A between school
staff and a police liaison or detective. The officer asks follow-up questions (address, gang
database, country of origin, interpreter, associates) and staff answer: sometimes with a forbidden
fact (RULES.md section 4), sometimes refusing, sometimes about the incident only.

Deterministic, standard library only. Writes tests/data/corpus/outsider_ad.jsonl.
usage: python3 tests/corpus/make_outsider_ad.py [OUT]
"""
import json
import pathlib
import random
import sys
from datetime import date, datetime

PREFIX = "OAD"
FAMILY = "outsider_ad"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ad.jsonl"

SCHOOLS = {
    "Madison Park Technical Vocational High School": "BPS-1061",
    "Boston Latin Academy": "BPS-1010",
    "East Boston High School": "BPS-1040",
    "Jeremiah E. Burke High School": "BPS-1265",
    "English High School": "BPS-1070",
    "Excel High School": "BPS-1190",
    "Brighton High School": "BPS-1020",
    "TechBoston Academy": "BPS-4670",
    "Mission Hill K-8": "BPS-4531",
    "John D. O'Bryant School": "BPS-1380",
    "Charlestown High School": "BPS-1030",
    "Snowden International School": "BPS-1440",
    "Dearborn STEM Academy": "BPS-1300",
    "Boston Community Leadership Academy": "BPS-1290",
    "Community Academy of Science and Health": "BPS-1294",
    "Henderson K-12 Inclusion School": "BPS-4050",
    "Boston Arts Academy": "BPS-1510",
    "Fenway High School": "BPS-1230",
    "Edwards Middle School": "BPS-2140",
    "Urban Science Academy": "BPS-1325",
    "McCormack Middle School": "BPS-2270",
    "Lyon Upper School": "BPS-1450",
}


def offset(dt):
    """US Eastern offset for the 2025-2026 school year."""
    d = dt.date()
    if date(2025, 3, 9) <= d < date(2025, 11, 2) or date(2026, 3, 8) <= d < date(2026, 11, 1):
        return "-04:00"
    return "-05:00"


def when(s):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.strftime("%Y-%m-%dT%H:%M:00") + offset(dt)


CASES = []


def case(kind, sch, name, grade, ground, at, loc, desc, *, fact=None, mct=(), mnc=(), cats=(),
         tags=(), weapon=None, subs=None, threat=None, rcpt="bpd", reason=None, att=None, extra=None):
    """kind: 'clean' (allow, nothing forbidden), 'redact' (allow, forbidden facts to withhold),
    'deny' (with reason)."""
    assert kind in ("clean", "redact", "deny")
    assert sch in SCHOOLS, sch
    CASES.append(dict(kind=kind, sch=sch, name=name, grade=grade, ground=ground, at=at, loc=loc,
                      desc=desc, fact=fact, mct=list(mct), mnc=list(mnc), cats=list(cats),
                      tags=list(tags), weapon=weapon, subs=subs, threat=threat, rcpt=rcpt,
                      reason=reason, att=att, extra=extra or {}))

# ---------------------------------------------------------------------------------------------
# allow, nothing forbidden: the officer asks, staff refuse or answer about the incident only
# ---------------------------------------------------------------------------------------------

case("clean", "Madison Park Technical Vocational High School", "Marcus Bellamy", 10, "weapon",
     "2026-03-03 09:50", "Madison Park Technical Vocational High School, 2nd floor hallway outside room 214",
     """From: Det. Alan Rourke (BPD District B-2)
Sent: Tuesday, March 3, 2026 11:02 AM
Subject: RE: knife this morning
Can you confirm his address? Also is he known to associate with anyone at the school?

From: Denise Carroll, Assistant Headmaster
Sent: Tuesday, March 3, 2026 11:40 AM
Detective, I can't share his address or anything else from his file beyond what is in this report. What I can tell you is what happened. At about 9:50 AM a teacher saw Marcus pass a black folding knife to another student outside room 214. SSS Delgado recovered the knife (approx. 4 inch blade, pocket clip) from the other student's backpack a few minutes later. Marcus admitted it was his. No one was threatened or hurt.""",
     weapon="knife", fact="folding knife", mct=["black folding knife", "outside room 214", "pocket clip"],
     tags=["email_thread", "refusal"])

case("clean", "Jeremiah E. Burke High School", "DeShawn Pryor", 11, "weapon",
     "2026-03-10 10:40", "Jeremiah E. Burke High School, main office",
     """Call notes, 3/10/2026, 12:35 PM. Spoke with Det. Kevin Walsh (B-3) about DeShawn and the 9mm handgun recovered this morning.
Walsh: Is the gun still on site?
Me: No. SSS secured it and your officers took custody at 11:20.
Walsh: Loaded?
Me: The magazine was in the bag separately, 6 rounds, nothing chambered according to the officer who cleared it.
Walsh: Where exactly was it found?
Me: Bottom of his black Nike backpack, during the search in the main office at about 10:40, after a student told SSS Ortiz he had seen it in the locker room.
Walsh: What's the family situation, where do they stay?
Me: I'm not going to get into that. You would need to go through the Office of Legal Advisor.
Walsh: Fair enough, thanks.""",
     weapon="firearm", fact="9mm handgun",
     mct=["black Nike backpack", "6 rounds", "You would need to go through the Office of Legal Advisor"],
     tags=["call_notes", "refusal"])

case("clean", "Excel High School", "Andre Simmons", 10, "serious_violence",
     "2026-01-21 12:40", "Excel High School, hallway by the gym doors",
     """---------- Forwarded message ---------
From: Ofc. Lauren Pike, BPD School Unit
To: Headmaster's office

> Following up on the stabbing yesterday. Can you send me the victim's injuries as your nurse documented them, and the suspect's DOB? Also does the suspect's mother need an interpreter when we call?

Officer Pike, answers below.
Injuries: R.T. had two puncture wounds to the lower back and one to the left upper arm. The nurse packed them and EMS took him to Boston Medical Center at 1:05 PM; he was admitted overnight.
DOB: it is in Andre's record attached to this report.
Contact with the parent goes through our office. I can't speak to anything else about the household.
The weapon was a kitchen knife with a wooden handle. Andre dropped it in the trash can by the gym doors and SSS recovered it at 12:50.""",
     fact="puncture wounds", mct=["two puncture wounds", "kitchen knife with a wooden handle", "trash can by the gym doors"],
     tags=["forwarded_chain", "refusal"])

case("clean", "TechBoston Academy", "Tyrell Banks", 9, "drugs",
     "2026-02-12 12:40", "TechBoston Academy, stairwell by the library",
     """Q&A with Det. Marisol Quinones (Drug Control Unit), by phone, 2/12/2026 at 2:10 PM.
Q: How many bags?
A: Fourteen glassine bags stamped with a blue star, in a sandwich bag inside his left sock. The officer on scene said the field test was positive for fentanyl.
Q: Was he selling?
A: We don't know. A teacher saw him hand something to another student in the stairwell by the library at 12:40. That student has not been identified.
Q: Is he known to associate with anyone? Any crew?
A: I'm not going to speculate about who he spends time with. I can only tell you about today.
Q: OK, that works.""",
     subs=["fentanyl"], fact="fentanyl", mct=["Fourteen glassine bags", "blue star", "stairwell by the library"],
     tags=["qa_transcript", "refusal"])

case("clean", "Brighton High School", "Nathan Ocasio", 10, "credible_threat",
     "2026-01-14 22:48", "Online group chat (concerning Brighton High School, room 305)",
     """Email from Officer Gerald Grady (D-14) at 7:02 AM on 1/15: "Can you confirm his address? We'd like to do a knock and talk before school."
My reply at 7:15 AM: I can't give out an address from school records. Nathan's parent has agreed to bring him to the main office at 7:45 AM and you are welcome to meet them there. A classmate forwarded us the screenshot of the group chat at 6:30 AM; the message was sent at 10:48 PM last night. SSS will be at the front door. Mr. Healey's 3rd period class in room 305 has been moved to the library for today.""",
     threat="Nathan wrote in a class group chat at 10:48 PM on 1/14/2026: \"bringing my cousin's strap tmrw, 3rd period Healey class, everybody better duck.\" He named the class and the period, and a classmate told the AP that Nathan showed him a photo of a black pistol on his phone the week before. Officer Grady asked whether anyone had been named specifically; the classmate says Nathan has argued with two boys in that class since December.",
     fact="room 305", mct=["screenshot of the group chat", "room 305", "moved to the library"],
     tags=["email_thread", "threat_statement", "refusal"])

case("clean", "English High School", "Jalen Moore", 9, "weapon",
     "2025-10-08 11:52", "English High School, cafeteria",
     """Officer Tran called back at 1:15 PM and asked me three things: whether Jalen had been in trouble with a blade before, whether he is in the gang database, and whether the box cutter belonged to the school. I told him I have no information about any database and I am not the person to ask. Jalen's discipline history is not part of this report. The box cutter is not school property. It is a yellow Stanley retractable cutter and the blade was fully extended when Ms. Ocampo took it from him in the cafeteria line at 11:52 AM. He had been waving it at another 9th grader who cut in front of him. No one was cut.""",
     weapon="box cutter", fact="box cutter", mct=["yellow Stanley retractable cutter", "cafeteria line", "No one was cut"],
     tags=["narrative_quote", "refusal"])

case("clean", "Boston Latin Academy", "Brianna Costa", 10, "serious_violence",
     "2026-04-07 13:30", "Boston Latin Academy, 3rd floor girls' locker room",
     """Texts between AP Richard Nolan and Det. Sharon Kelleher, 4/7/2026:
[2:41 PM] Kelleher: is the victim still at the hospital?
[2:43 PM] Nolan: yes, Tufts. orbital fracture, left eye. they're keeping her tonight
[2:44 PM] Kelleher: and the suspect, Brianna, any priors at school? where's she from?
[2:50 PM] Nolan: no prior discipline. I won't answer the second part, that's not something we share
[2:51 PM] Kelleher: understood. what did she hit her with
[2:52 PM] Nolan: a steel Hydro Flask, swung it by the strap. happened in the 3rd floor girls' locker room around 1:30""",
     fact="orbital fracture", mct=["orbital fracture", "steel Hydro Flask", "3rd floor girls' locker room"],
     tags=["text_messages", "refusal"])

case("clean", "Charlestown High School", "Kayla Dunphy", 11, "drugs",
     "2025-11-18 09:15", "Charlestown High School, nurse's office",
     """Notes of call with Det. Paul Serrano, 11/18/2025, 10:05 AM. He asked for (1) the count and markings of the pills, (2) whether the nurse had any prescription on file, (3) her home address so he can reach the parent.
(1) 22 round blue tablets marked "M 30" in an Advil bottle in her coat pocket, found when she was sent to the nurse at 9:15 for being drowsy in 2nd period.
(2) No prescription for oxycodone on file with the nurse.
(3) I told him parent contact goes through the school and did not give an address. He said that was fine.""",
     subs=["oxycodone"], fact="oxycodone", mct=["22 round blue tablets", "Advil bottle", "did not give an address"],
     tags=["call_notes", "refusal"])

case("clean", "Snowden International School", "Isaiah Grant", 12, "weapon",
     "2025-12-04 08:20", "Snowden International School, 2nd floor lockers",
     """> From: Officer Daniel Kwan
> Sent: Thu 12/4/2025 10:12 AM
> Can you tell me who he was with when he took them out? Is he known to associate with anyone who's been trouble?
>
> From: Ana Lucero, Vice Principal
> Sent: Thu 12/4/2025 10:31 AM
> He was alone at his locker. I'm not going to characterize his friendships.

Adding for the record: the brass knuckles are gold-colored with four finger holes and a skull engraved on the bar. Isaiah showed them to two classmates at his locker on the 2nd floor at 8:20 AM and slipped them on. The classmates told the front desk. SSS took them from his locker at 8:35 without incident.""",
     weapon="brass knuckles", fact="brass knuckles", mct=["gold-colored", "skull engraved", "8:35 without incident"],
     tags=["forwarded_chain", "refusal"])

case("clean", "Community Academy of Science and Health", "Devin Hurley", 9, "serious_violence",
     "2026-02-26 14:05", "Community Academy of Science and Health, east stairwell",
     """Email thread with Ofc. Maria Santangelo (School Police liaison):

Santangelo, 3:30 PM: "How bad is the other kid? And does mom need an interpreter? I'd like to call her tonight."

Reply, 3:52 PM: The other student (J.W.) was shoved down the east stairwell at 2:05 PM by Devin. He has a broken right wrist and a concussion; he was taken by EMS to Children's Hospital and a cast was put on tonight. I'd rather you set up any call with the parent through me. I can't answer questions about the family.""",
     fact="broken right wrist", mct=["broken right wrist", "concussion", "east stairwell"],
     tags=["email_thread", "refusal"])

case("clean", "Dearborn STEM Academy", "Olivia Marchetti", 8, "weapon",
     "2025-09-24 13:10", "Dearborn STEM Academy, 8th grade science room",
     """Ofc. Brendan Doyle asked on the phone whether Olivia "has people" he should know about and what her home situation is. I answered about the incident only: at 1:10 PM during science she pulled a small canister of pepper spray (pink keychain, "Sabre" brand) out of her bag and sprayed it toward a classmate who had been taking her phone. The classmate's eyes and the teacher's eyes were affected and both were rinsed at the eyewash station. The room was cleared for 20 minutes. I told him I would not discuss her home.""",
     weapon="pepper spray", fact="pepper spray", mct=["pink keychain", "eyewash station", "cleared for 20 minutes"],
     tags=["narrative_quote", "refusal"])

case("clean", "Boston Community Leadership Academy", "Javier Lugo", 11, "drugs",
     "2026-05-06 10:25", "Boston Community Leadership Academy, 1st floor boys' bathroom",
     """Det. Nora Fitzgibbon, call at 11:00 AM:
- Asked what was found. Told her: a knotted plastic bag with 3.5 g of white powder (field test: cocaine) and a digital scale, in the front pouch of Javier's hoodie, found by SSS Barros in the 1st floor boys' bathroom at 10:25 AM.
- Asked whether he is in the gang database. Told her I can't answer that.
- Asked if he has a phone on him. Yes, SSS kept it in the office until the parent arrives; we did not search it.""",
     subs=["cocaine"], fact="cocaine", mct=["3.5 g of white powder", "digital scale", "Told her I can't answer that"],
     tags=["call_notes", "refusal"])

case("clean", "Henderson K-12 Inclusion School", "Elijah Crowder", 7, "weapon",
     "2025-11-05 12:15", "Henderson K-12 Inclusion School, upper campus recess yard",
     """Summary of my conversation with Sgt. Ray Delaney, 11/5/2025:
He asked: "Can you confirm his address? And what country is the family from?"
I said: I'm not able to share that. The report covers the incident.
He asked what the weapon was. A black stun gun, rechargeable, about the size of a phone, that Elijah brought in his lunch bag and triggered twice near a 6th grader's arm in the recess yard at 12:15 PM. It did not make contact. The recess aide took it and brought it to the office.""",
     weapon="stun gun", fact="stun gun", mct=["I'm not able to share that.", "lunch bag", "did not make contact"],
     tags=["narrative_quote", "refusal"])

case("clean", "Fenway High School", "Sophia Reinholt", 12, "drugs",
     "2026-03-19 08:05", "Fenway High School, front entrance",
     """From: Det. Craig Mullaney
> Do you know where she got them? Is she known to associate with anyone who deals?
> Also what's the home language, I want to send the letter in the right language.

From: Head of School
Detective, on the first question: Sophia told us a friend outside school gave them to her, no name. On the other two I can't help you; the letter to the parent will come from us.
What was found: 9 tablets of Xanax (white bars, "GG 249"), loose in a mint tin, when her bag went through the front entrance check at 8:05 AM.""",
     subs=["Xanax"], fact="Xanax", mct=["GG 249", "mint tin", "front entrance check"],
     tags=["forwarded_chain", "refusal"])

case("clean", "Urban Science Academy", "Malik Hendricks", 11, "credible_threat",
     "2025-10-20 09:00", "Urban Science Academy, room 112 (written note found)",
     """Officer Michelle Abate emailed at 10:30 AM: "Is he in the gang database? Who does he hang out with?" I replied that I have no access to police databases and won't describe his friendships. She then asked for the note. The note was found under the door of room 112 at 9:00 AM by Ms. Kirwan and Malik admitted writing it. Copy attached. SSS searched his locker and bag; nothing was found.""",
     threat="Handwritten note in Malik's writing, left under the door of room 112 (Ms. Kirwan's class): \"Friday I'm bringing the 9 and Kirwan is first, then whoever laughed.\" Malik admitted writing it and told the AP his uncle keeps a gun in the apartment. He named the teacher and the day.",
     att=[{"kind": "document", "name": "note_room112_scan.pdf"}],
     fact="room 112", mct=["under the door of room 112", "nothing was found"],
     tags=["email_thread", "threat_statement", "refusal"])

case("clean", "Edwards Middle School", "Tristan Albright", 8, "weapon",
     "2026-01-08 07:55", "Edwards Middle School, side entrance",
     """Det. Yvonne Carrick: Was the razor out when you found it?
AP Healy: Yes. Two single-edge razor blades taped to a popsicle stick, in his jacket sleeve. A bus monitor saw him show it at the side entrance at 7:55.
Det. Carrick: Can you confirm his address for my report?
AP Healy: No, I can't share that.
Det. Carrick: Anyone hurt?
AP Healy: No one was hurt.""",
     weapon="razor blade", fact="razor blades", mct=["taped to a popsicle stick", "jacket sleeve", "No one was hurt."],
     tags=["qa_transcript", "refusal"])

case("clean", "McCormack Middle School", "Camila Reyes-Ford", 8, "serious_violence",
     "2025-12-11 11:30", "McCormack Middle School, cafeteria",
     """Phone call with Officer Timothy Brady, 12/11/2025, 1:00 PM.
He asked: what happened, who got hurt, and is the family going to need an interpreter.
I told him: at 11:30 AM Camila struck another 8th grade girl in the face with a padlock wrapped in a sock during lunch. The girl lost two front teeth and had a cut lip that needed stitches; her mother took her to the ER. On the interpreter question I told him I would handle parent contact and that I wasn't going to discuss the family.""",
     fact="padlock wrapped in a sock", mct=["padlock wrapped in a sock", "two front teeth", "needed stitches"],
     tags=["call_notes", "refusal"])

case("clean", "John D. O'Bryant School", "Ethan Vasquez", 10, "weapon",
     "2026-02-03 15:10", "John D. O'Bryant School, bus loop",
     """-----Original Message-----
From: Sgt. Det. Colleen Hearn
Sent: Tuesday, February 3, 2026 4:20 PM
> Thanks. Who was he with at the bus loop? Do you have the address, we want to let the parent know we're coming by.

Sergeant, the other students at the bus loop were not involved and I'm not listing them. I'm not providing the address either. What happened: at 3:10 PM Ethan took an expandable steel baton out of his backpack and snapped it open while arguing with a student from another school at the bus loop. He did not swing it. The bus monitor called SSS, who took the baton. It is about 21 inches extended.""",
     weapon="club", fact="expandable steel baton", mct=["expandable steel baton", "did not swing it", "21 inches extended"],
     tags=["forwarded_chain", "refusal"])

case("clean", "Lyon Upper School", "Aaliyah Stokes", 11, "drugs",
     "2026-04-14 13:45", "Lyon Upper School, girls' bathroom, 2nd floor",
     """Det. Frank Iannone asked me three questions on the phone at 2:30 PM. (1) What was it. About a dozen small blue pills shaped like a Tesla logo, in a sandwich bag in her makeup bag; she told the nurse they were "molly." (2) Did she take any. She said she took one at lunch; the nurse checked her vitals, which were normal, and her father picked her up. (3) Is she known to associate with older people who sell. I said I would not talk about her friends.""",
     subs=["MDMA"], fact="molly", mct=["Tesla logo", "makeup bag", "vitals, which were normal"],
     tags=["narrative_quote", "refusal"])

case("clean", "Madison Park Technical Vocational High School", "Gabriel Fontaine", 12, "weapon",
     "2025-10-29 10:05", "Madison Park Technical Vocational High School, carpentry shop",
     """Email, Officer Lisa Moran to AP, 10/29/2025 11:45 AM:
"Was it a shop tool or his own? Also, does he live with both parents?"
AP reply, 12:10 PM:
It was his own. A 10 inch fixed-blade hunting knife in a leather sheath, not a shop tool; the shop teacher saw it on his belt under his sweatshirt at 10:05 AM and asked for it. Gabriel handed it over. He said he carries it for "protection on the train." I'm not going to discuss who he lives with.""",
     weapon="knife", fact="hunting knife", mct=["fixed-blade hunting knife", "leather sheath", "protection on the train"],
     tags=["email_thread", "refusal"])

case("clean", "East Boston High School", "Leonardo Pace", 9, "serious_violence",
     "2026-03-26 12:20", "East Boston High School, outside the gym",
     """Det. Owen Harrington called at 1:40 PM. Notes:
- "How's the victim?" - Taken to Mass General by EMS at 12:45 with a fractured jaw; he was kicked in the face repeatedly while on the ground outside the gym at 12:20.
- "Was there a weapon?" - No weapon. Leonardo was wearing steel-toe work boots.
- "Where does he live, can you give me the street?" - Not from me; I said no.
- "Video?" - Yes, hallway camera 14, preserved.""",
     fact="fractured jaw", mct=["fractured jaw", "steel-toe work boots", "hallway camera 14"],
     tags=["call_notes", "refusal"])

case("clean", "Boston Arts Academy", "Harper Quill", 11, "credible_threat",
     "2026-02-09 21:15", "Social media post (concerning Boston Arts Academy, black box theater)",
     """Det. Wendell Price to the Head of School, 2/10/2026 7:40 AM: "Is she in the gang database, and is there a religious thing going on here? The post mentions 'judgment day.'"
Reply, 8:05 AM: I can't answer the first question and there is nothing I can share about the second. What we know: the post went up at 9:15 PM yesterday, a student screenshotted it and sent it to a teacher, and Harper has been kept out of the building today pending your contact. We have changed the black box theater rehearsal schedule for this week.""",
     threat="Instagram story posted by Harper at 9:15 PM on 2/9/2026, showing a hunting rifle on a bed with the caption \"judgment day at rehearsal thursday, the cast knows what they did.\" Harper is in the spring production, which rehearses Thursday in the black box theater. Det. Price confirmed by phone that a rifle is registered to an adult at the household address.",
     fact="black box theater", mct=["Harper has been kept out of the building today", "black box theater rehearsal schedule"],
     tags=["email_thread", "threat_statement", "refusal"])

case("clean", "Excel High School", "Rashad Givens", 12, "weapon",
     "2026-05-12 14:40", "Excel High School, parking lot next to the football field",
     """Fwd chain, Officer Kerri Loftus and AP Matt Ruane:
> Loftus: Was the gun real? Did anyone see where he got it?
> Ruane: It's real, a black revolver, 5 rounds in the cylinder. He says he found it. I'm not going to guess.
> Loftus: What's his address? And is he from around there?
> Ruane: I won't give that out. Please contact his mother through our office.
Adding: SSS recovered the revolver from under the driver's seat of a classmate's car in the lot next to the football field at 2:40 PM, after Rashad was seen putting it there. The car owner has been interviewed.""",
     weapon="firearm", fact="revolver", mct=["5 rounds in the cylinder", "under the driver's seat", "football field"],
     tags=["forwarded_chain", "refusal"])

case("clean", "Mission Hill K-8", "Kendrick Lowell", 8, "weapon",
     "2025-12-17 09:30", "Mission Hill K-8, 8th grade homeroom",
     """Conversation with Officer Joe Sheehan (D-4), 12/17/2025, 10:15 AM.
Sheehan: "Did he say why he brought it?" Me: "He said kids were messing with him on the bus."
Sheehan: "Is he known to associate with anyone older?" Me: "I'm not going to discuss that."
Sheehan: "What is it exactly?" Me: "A butterfly knife with a 3 inch blade. He was flipping it in homeroom at 9:30 AM and the teacher asked for it. He gave it up right away.\"""",
     weapon="knife", fact="butterfly knife", mct=["butterfly knife", "flipping it in homeroom", "gave it up right away"],
     tags=["narrative_quote", "refusal"])

case("clean", "Brighton High School", "Victor Castellano", 11, "drugs",
     "2025-09-30 11:50", "Brighton High School, courtyard",
     """Det. Anne-Marie Pope, 12:30 PM, asked by email for the substance, the amount, and "anything on the family, language, where they stay." My answer: the substance is what the officer on scene field-tested as crack cocaine, 11 small rocks in the corner of a plastic bag in Victor's jacket, found after a teacher saw him trading something in the courtyard at 11:50 AM. On the family I'm sharing nothing; that's not part of what we send.""",
     subs=["crack cocaine"], fact="crack cocaine", mct=["11 small rocks", "courtyard at 11:50 AM"],
     tags=["email_thread", "refusal"])

case("clean", "TechBoston Academy", "Zariah Pemberton", 10, "serious_violence",
     "2026-01-29 08:45", "TechBoston Academy, 3rd floor hallway",
     """Ofc. Gordon Lee: How many times was she cut?
AP Dana Whitlock: Twice. A 3 inch cut on the left cheek and a smaller one on the left hand. Zariah used a razor blade from a pencil sharpener.
Ofc. Lee: Where's the victim now?
AP Whitlock: Children's Hospital. Plastic surgery consult this afternoon.
Ofc. Lee: Does the suspect's family speak English? I need to know for the call.
AP Whitlock: I can't discuss her family. Parent contact comes through the school.
Ofc. Lee: Time and place?
AP Whitlock: 8:45 AM, 3rd floor hallway, during passing.""",
     fact="left cheek", mct=["3 inch cut on the left cheek", "pencil sharpener", "Plastic surgery consult"],
     tags=["qa_transcript", "refusal"])

case("clean", "Charlestown High School", "Liam Costigan", 12, "weapon",
     "2026-04-28 12:05", "Charlestown High School, auto shop",
     """Call with Det. Scott Buckley, 4/28/2026, 1:30 PM.
He asked whether the device could have gone off in the building. Per the BPD bomb squad tech who came at 12:40: it was a cardboard tube wrapped in duct tape with a fuse, filled with powder from fireworks, found in Liam's bag in the auto shop at 12:05 PM. It was not lit. The shop was evacuated.
He asked if Liam has ties to anyone who has done this before. I told him I'm not in a position to answer questions like that.
He asked for Liam's date of birth. It is in the report.""",
     weapon="explosive", fact="duct tape with a fuse", mct=["duct tape with a fuse", "It was not lit.", "shop was evacuated"],
     tags=["call_notes", "refusal"])

case("clean", "Jeremiah E. Burke High School", "Jordan Whitaker", 10, "drugs",
     "2026-03-17 09:40", "Jeremiah E. Burke High School, 2nd floor hallway",
     """Texts with Officer Dana Kowalski, 3/17/2026:
[10:31] Kowalski: is that all weed? if so we probably won't come out
[10:33] AP Gomes: no. the cart is THC but there were also 4 round blue pills in the same pouch, field tested positive for fentanyl by your officer at 10:15
[10:34] Kowalski: ok coming. who's he run with
[10:36] AP Gomes: not going there. he's in the office with SSS
[10:37] Kowalski: where was it
[10:38] AP Gomes: crossbody bag, 2nd floor hallway, teacher smelled vape at 9:40 and called SSS""",
     subs=["THC vape cartridge", "fentanyl"], fact="fentanyl",
     mct=["4 round blue pills", "crossbody bag", "teacher smelled vape at 9:40"],
     tags=["text_messages", "mixed_substances", "refusal"])

case("clean", "Snowden International School", "Priya Lathrop", 11, "weapon",
     "2025-11-13 14:25", "Snowden International School, 4th floor girls' bathroom",
     """Det. Michael Conroy's questions (email, 3:10 PM) and my answers:
1. "Was the taser used on anyone?" Yes. Priya pressed it against another student's side in the 4th floor girls' bathroom at 2:25 PM. The student has two small burn marks; the nurse treated them. She did not go to the hospital.
2. "Is the device still at school?" Yes, locked in the main office safe. Black Vipertek, flashlight style.
3. "Can you confirm her address and who her guardian is?" I can't share that. Guardian contact goes through the school.""",
     weapon="taser", fact="taser", mct=["two small burn marks", "flashlight style", "main office safe"],
     tags=["email_thread", "refusal"])

case("clean", "Boston Community Leadership Academy", "Darnell Foster", 12, "credible_threat",
     "2025-10-14 06:52", "Email to the school's main inbox (concerning Boston Community Leadership Academy)",
     """Det. Louise Arkwright (Special Investigations) by phone, 8:20 AM:
She asked whether we are sure it came from Darnell. Our IT lead says the email came from Darnell's BPS student account at 6:52 AM and Darnell admitted sending it when the AP spoke with him at 7:40 AM with his mother present.
She asked whether he is in the gang database. I said I can't speak to that.
She asked what we did. Building was swept by SSS, no device was found, classes started 30 minutes late.""",
     threat="Email sent at 6:52 AM on 10/14/2025 from Darnell's BPS student account to the school's main inbox: \"there is a pipe bomb in the 2nd floor science wing, it goes off at 10. this is not a joke.\" The email names a place and a time. Darnell admitted sending it.",
     fact="no device was found", mct=["BPS student account at 6:52 AM", "no device was found", "30 minutes late"],
     tags=["call_notes", "threat_statement", "refusal"])

case("clean", "English High School", "Cristian Bautista-Hale", 11, "serious_violence",
     "2026-01-13 10:10", "English High School, room 207",
     """Email chain, Officer Neil Corcoran and Dean of Students:
Corcoran 11:15: "What did he hit him with and how bad? Is he from the neighborhood?"
Dean 11:40: He picked up a metal-framed chair in room 207 at 10:10 AM and brought it down on the other student's head. The student had a scalp laceration that took 8 staples at the Faulkner ER and was checked for a skull fracture (negative). On your last question, that's not something I can answer.
Corcoran 11:48: "Thanks. Witnesses?"
Dean 11:55: The teacher and four students; statements attached.""",
     att=[{"kind": "document", "name": "witness_statements_rm207.pdf"}],
     fact="8 staples", mct=["metal-framed chair", "8 staples", "skull fracture (negative)"],
     tags=["email_thread", "refusal"])

case("clean", "Fenway High School", "Noah Brandeis", 10, "weapon",
     "2026-04-02 12:50", "Fenway High School, lunchroom",
     """Call, Sgt. Pamela Greer, 1:25 PM.
Greer: "Mace or pepper spray?"
Me: "The label says Mace Brand Triple Action. Noah sprayed it into the air near the lunchroom tables at 12:50 PM during an argument. Three students coughing, one with eye irritation, all rinsed by the nurse."
Greer: "Is he known to associate with anyone? We've had some issues near the Fenway stop."
Me: "I can't help you with that. I'm only reporting what happened here today.\"""",
     weapon="mace", fact="Mace", mct=["Mace Brand Triple Action", "eye irritation", "I'm only reporting what happened here today."],
     tags=["call_notes", "refusal"])

case("clean", "Dearborn STEM Academy", "Amara Whitfield", 9, "drugs",
     "2026-02-24 13:30", "Dearborn STEM Academy, nurse's office",
     """Det. Howard Sims asked me (phone, 2:15 PM):
- What did she have? A small foil packet of tan powder; she told the nurse it was "dope." The officer's field test was positive for heroin.
- Did she overdose? No. She was sent to the nurse at 1:30 PM because a teacher saw her nodding off. Vitals were normal; Narcan was on hand but not used.
- Can you confirm her address?
I told him I can't share that.""",
     subs=["heroin"], fact="heroin", mct=["foil packet of tan powder", "Narcan was on hand but not used", "Can you confirm her address?"],
     tags=["call_notes", "refusal", "question_kept"])

case("clean", "Madison Park Technical Vocational High School", "Terrell Ashby", 12, "serious_violence",
     "2025-10-02 14:35", "MBTA bus stop directly outside Madison Park Technical Vocational High School",
     """Det. Raymond Keogh, email, 10/2/2025, 5:10 PM:
> I have the victim's statement from the hospital. I need from you: the time school let out, what Terrell was wearing, and whether he has any known associates at Madison Park. Also his home address.

Reply, 5:45 PM:
Dismissal was 2:25 PM. Terrell was wearing a gray Champion hoodie and black sweatpants (hallway camera at 2:31 PM). The stabbing happened at the bus stop directly outside the school at about 2:35 PM; staff on bus duty called 911. I won't give you anything about his associates or his home address.""",
     fact="gray Champion hoodie", mct=["Dismissal was 2:25 PM", "gray Champion hoodie", "staff on bus duty called 911"],
     tags=["forwarded_chain", "refusal"])

case("clean", "Urban Science Academy", "Owen Lachance", 11, "drugs",
     "2025-12-02 10:00", "Urban Science Academy, chemistry lab",
     """Questions from Det. Julia Sorensen and our answers:
Q. What is the substance? A. A small zip bag of clear crystal shards, field tested by Officer Burke at 10:45 AM as methamphetamine, plus a glass pipe.
Q. Where? A. In Owen's pencil case, found when the chemistry teacher saw him with the pipe in the lab at 10:00 AM.
Q. What's the family background? A. I'm not sharing anything about the family.
Q. Any prior incidents? A. None on record with us.""",
     subs=["methamphetamine"], fact="methamphetamine", mct=["clear crystal shards", "glass pipe", "pencil case"],
     tags=["qa_transcript", "refusal"])

case("clean", "Edwards Middle School", "Samuel Oyelaran", 7, "weapon",
     "2026-05-19 11:05", "Edwards Middle School, gym locker room",
     """Officer Keith Fallon asked on the phone whether Samuel "needs an interpreter or anything" for the interview. I told him Samuel will be with his parent and our counselor and I'm not discussing anything else about him. Details of the incident: at 11:05 AM in the gym locker room Samuel pulled a kitchen steak knife from his gym bag and pointed it at a classmate who had taken his sneakers. The gym teacher told him to put it down and he dropped it on the bench. No one was injured.""",
     weapon="knife", fact="steak knife", mct=["kitchen steak knife", "dropped it on the bench", "No one was injured."],
     tags=["narrative_quote", "refusal"])

case("clean", "Henderson K-12 Inclusion School", "Aiden Moriarty", 12, "credible_threat",
     "2026-03-04 19:30", "Snapchat message to a classmate (concerning Henderson K-12 Inclusion School)",
     """Ofc. Teresa Lindgren, email 3/5/2026 7:10 AM: "Can you send the screenshot? Also I need to know if he has access to weapons at home and if he's in the gang database."
Reply 7:30 AM: Screenshot attached. On access to weapons, Aiden told the AP this morning that his stepfather has hunting rifles in a locked cabinet. On the database question, I can't answer that. Aiden is with the AP and his mother in the conference room.""",
     threat="Snapchat message Aiden sent a classmate at 7:30 PM on 3/4/2026: \"I'm done. tomorrow at lunch I'm shooting the senior lounge, tell Kyle not to come.\" He named a time and place and his stepfather keeps hunting rifles at home.",
     att=[{"kind": "document", "name": "snapchat_screenshot.png"}],
     fact="hunting rifles", mct=["Screenshot attached.", "hunting rifles in a locked cabinet", "conference room"],
     tags=["email_thread", "threat_statement", "refusal"])

case("clean", "McCormack Middle School", "Jaylen Carrow", 8, "weapon",
     "2025-09-17 08:10", "McCormack Middle School, front entrance metal detector",
     """Q&A with Officer Rick Santoro (D-11), 9/17/2025, 9:00 AM:
Q: What kind of knife?
A: A steak knife from home, serrated, 5 inch blade, wrapped in a paper towel inside his binder. It set off the detector at the front entrance at 8:10 AM.
Q: Did he say why?
A: He said he was scared of older kids on the way to school.
Q: What's his address? Is he in the gang database?
A: I'm not going to answer either of those.""",
     weapon="knife", fact="serrated", mct=["wrapped in a paper towel", "inside his binder", "scared of older kids"],
     tags=["qa_transcript", "refusal"])

case("clean", "East Boston High School", "Miguel Ostrander", 10, "drugs",
     "2026-01-27 12:10", "East Boston High School, cafeteria",
     """Det. Carol Jennings (email, 1:15 PM): "What did he have, and what's the parents' language?"
My reply (1:40 PM): Six sheets of blotter paper with a cartoon print, each cut into small squares, in an envelope in his backpack. He told SSS it was "acid" and that he was selling squares at lunch. The officer on scene took the envelope for testing as LSD. It was found at 12:10 PM in the cafeteria after a student reported him. I will not answer the question about the parents.""",
     subs=["LSD"], fact="LSD", mct=["blotter paper with a cartoon print", "selling squares at lunch"],
     tags=["email_thread", "refusal"])

case("clean", "Brighton High School", "Tobias Renner", 12, "weapon",
     "2026-03-12 07:45", "Brighton High School, student parking lot",
     """From: Det. Sgt. Alison Crane
> Sent: Thursday, March 12, 2026 9:20 AM
> Was there ammo with it? Does he have any friends we should talk to? Where does he live?

From: Assistant Headmaster
Sent: Thursday, March 12, 2026 9:41 AM
Sergeant, there was no ammunition. The gun is a black polymer pistol with no serial number (what your officer called a "ghost gun"), found in the glove box of Tobias's car in the student lot at 7:45 AM after a tip to the front office. I can't give you his friends or his address.""",
     weapon="firearm", fact="ghost gun", mct=["no serial number", "glove box", "no ammunition"],
     tags=["forwarded_chain", "refusal"])

case("clean", "Excel High School", "Naomi Sutter", 10, "serious_violence",
     "2025-11-20 13:15", "Excel High School, 2nd floor girls' bathroom",
     """Officer Linda Carrasco called at 2:00 PM. I've written down her questions and what I said.
"How bad is it?" The other girl has a 4 inch slash on her right forearm from a box cutter and needed 11 stitches at Boston Medical Center.
"What time and where?" 1:15 PM, 2nd floor girls' bathroom.
"Where is Naomi from? Does she live around there?" I told her I'm not able to share anything like that.
"Is the box cutter still there?" Yes, bagged in the office.""",
     fact="11 stitches", mct=["4 inch slash on her right forearm", "11 stitches", "bagged in the office"],
     tags=["call_notes", "refusal"])

case("clean", "Community Academy of Science and Health", "Dante Kirkland", 11, "drugs",
     "2026-04-23 09:20", "Community Academy of Science and Health, room 118",
     """Texts, Det. Bruce Lam and AP, 4/23/2026:
Lam 10:02: what kind of pills
AP 10:05: 30 blue pills marked M/30 in a pill bottle with the label torn off. dante said "percs." nurse says nothing prescribed
Lam 10:06: we see a lot of fake ones with fentanyl in them. where does he stay
AP 10:09: can't share that. he's in room 118 with SSS, teacher found the bottle at 9:20 when it fell out of his bag
Lam 10:10: on my way""",
     subs=["counterfeit pills"], fact="M/30", mct=["30 blue pills", "label torn off", "fell out of his bag"],
     tags=["text_messages", "refusal"])

case("clean", "TechBoston Academy", "Keyon Maddox", 11, "credible_threat",
     "2026-01-06 15:20", "TechBoston Academy, main office (threat made to staff)",
     """Det. Stephen Ruiz emailed at 4:05 PM: "Can you confirm his address? And what language do the parents speak, we'll bring someone if needed."
I answered: I can't confirm an address or discuss the parents. The parents have been asked to come in at 8 AM tomorrow and you can meet them with us. For the incident: Keyon said it to the AP in the main office at 3:20 PM after being told he was suspended, in front of the secretary.""",
     threat="At 3:20 PM on 1/6/2026 in the main office, after being told he was suspended, Keyon told AP Hardy: \"You're gonna see me tomorrow at 7:30 when you open the door, and I'm bringing my brother's gun. You first.\" He named the time, the place and the person. The secretary heard it.",
     fact="in front of the secretary", mct=["come in at 8 AM tomorrow", "in front of the secretary"],
     tags=["email_thread", "threat_statement", "refusal"])

case("clean", "Mission Hill K-8", "Grace Holloway", 7, "weapon",
     "2026-02-05 10:30", "Mission Hill K-8, 7th grade classroom",
     """Officer Paul Renzi asked me at 11:15 whether Grace's "people" had been in trouble before and what country the family is from. I said I can't answer either question, and that the school is reporting the weapon only. At 10:30 AM a classmate told the teacher Grace had a knife; the teacher found a pink folding knife with a 3 inch blade in her pencil pouch. Grace said she carries it for the walk home. No one was threatened.""",
     weapon="knife", fact="pink folding knife", mct=["pink folding knife", "pencil pouch", "No one was threatened."],
     tags=["narrative_quote", "refusal"])

case("clean", "Lyon Upper School", "Ryan Petrakis", 10, "serious_violence",
     "2026-05-14 12:25", "Lyon Upper School, stairwell B",
     """Call with Det. Angela Voss, 5/14/2026, 1:30 PM.
Voss: Is the victim conscious?
Me: Yes, now. Ryan put him in a chokehold in stairwell B at 12:25 PM until he passed out. A teacher pulled Ryan off. EMS took the student to Children's; they are watching his airway and he has broken blood vessels in both eyes.
Voss: Does Ryan have a parent who'll come in? Any language issue?
Me: His parent is on the way. I'm not discussing the rest.
Voss: Got it.""",
     fact="chokehold", mct=["chokehold in stairwell B", "passed out", "broken blood vessels in both eyes"],
     tags=["call_notes", "refusal"])

case("clean", "John D. O'Bryant School", "Imani Rowe", 12, "drugs",
     "2025-10-16 14:00", "John D. O'Bryant School, 3rd floor lounge",
     """Det. Victor Almeida asked by email for "quantity, where found, and does she live with her parents."
I replied: two plastic bags of dried mushrooms, about an ounce total, which the officer on scene identified as psilocybin mushrooms; Imani told the dean she was going to sell them for a party. They were in her tote bag in the 3rd floor lounge at 2:00 PM. Where and with whom she lives is not something I will put in writing to you.""",
     subs=["psilocybin"], fact="psilocybin", mct=["dried mushrooms", "about an ounce", "tote bag"],
     tags=["email_thread", "refusal"])

case("clean", "Charlestown High School", "Jamal Thornton", 11, "serious_violence",
     "2026-03-31 15:05", "Charlestown High School, front steps",
     """-----Forwarded-----
> From: Officer Heather Vail, BPD A-15
> Jamal's mother says he was defending himself. Can you tell me what the cameras show? And is he known to associate with anyone? I keep hearing names.

Officer Vail, the front steps camera shows Jamal approach the other student from behind at 3:05 PM and punch him twice with brass knuckles on his right hand. The other student fell and hit his head on the step. He has a broken nose and a fractured cheekbone and was admitted at Mass General. I am not going to discuss who Jamal associates with.""",
     fact="broken nose", mct=["from behind at 3:05 PM", "broken nose", "fractured cheekbone"],
     tags=["forwarded_chain", "refusal"])

case("clean", "Boston Latin Academy", "Elena Draper", 12, "credible_threat",
     "2025-12-08 23:40", "Anonymous account later traced to Elena (concerning Boston Latin Academy)",
     """Det. Marcus Pryce, email 12/9/2025 7:55 AM: "Is she known to associate with anyone? What's the household like, any religion thing, we saw the word 'sinners' in the list."
Reply 8:20 AM: I'm not able to answer questions about her associates, her household or anything like that. The list was posted at 11:40 PM last night. Four of the seven students named have been contacted with their families. Elena is not in school today.""",
     threat="At 11:40 PM on 12/8/2025 an anonymous account (which Elena admitted to the Head of School was hers) posted a list titled \"sinners\" with seven students' names and the words \"bringing dad's gun friday, starting with #1.\" Her father owns a licensed handgun, according to the officer who called the family.",
     fact="Four of the seven students named", mct=["posted at 11:40 PM last night", "Four of the seven students named"],
     tags=["email_thread", "threat_statement", "refusal"])

case("clean", "Jeremiah E. Burke High School", "Kiara Benning", 9, "drugs",
     "2025-11-06 11:40", "Jeremiah E. Burke High School, 1st floor girls' bathroom",
     """Officer Greg Houlihan asked by phone at 12:20 PM:
- "Were there nips too?" Yes, two empty vodka nips in the trash, and in Kiara's backpack five orange Xanax "footballs" in a baggie, which the nurse identified and the officer took.
- "Where?" The 1st floor girls' bathroom, 11:40 AM, found by the bathroom monitor.
- "Is the family from here?" I told him I won't answer that.""",
     subs=["alcohol", "Xanax"], fact="Xanax", mct=["two empty vodka nips", "orange Xanax", "bathroom monitor"],
     tags=["call_notes", "mixed_substances", "refusal"])

case("clean", "Fenway High School", "Marco DeLuca", 9, "weapon",
     "2025-09-25 09:05", "Fenway High School, advisory room",
     """Det. Ellen Whitby, 9/25/2025, 10:40 AM:
"What country is the family from? Is he in the gang database? Does mom need an interpreter?"
My answer: None of that is something I can share. What I can share: Marco was in advisory at 9:05 AM and showed a friend a black switchblade with a 4 inch blade. The advisor took it. He was not fighting with anyone. Marco's date of birth and grade are in the report.""",
     weapon="knife", fact="switchblade", mct=["black switchblade", "None of that is something I can share.", "advisory at 9:05 AM"],
     tags=["qa_transcript", "refusal"])

case("clean", "Urban Science Academy", "Brandon Ellery", 10, "weapon",
     "2026-04-09 13:55", "Urban Science Academy, 1st floor hallway",
     """Texts between Ofc. Sean Murtagh and AP:
Murtagh 2:20: loaded?
AP 2:22: yes 7 in the mag. black .380, was in his waistband, fell out when he sat down in the 1st floor hallway at 1:55. teacher kicked it away and called SSS
Murtagh 2:23: anyone hurt
AP 2:23: no
Murtagh 2:25: what's his address, we need to do a search warrant
AP 2:31: you'll need to get that through legal, not from me
Murtagh 2:32: ok""",
     weapon="firearm", fact=".380", mct=["7 in the mag", "waistband", "teacher kicked it away"],
     tags=["text_messages", "refusal"])

case("clean", "Boston Arts Academy", "Lucia Hammond", 11, "weapon",
     "2026-01-22 15:40", "Boston Arts Academy, dance studio 2",
     """Officer Ron Kessler (email, 4:30 PM): "Was the stun gun used? Can you confirm her address?"
Reply (4:52 PM): Can you confirm her address? No, I can't share that. The stun gun was not used on anyone. Lucia turned it on and it crackled during an argument in dance studio 2 at 3:40 PM. The instructor took it. It is a purple stun gun disguised as a lipstick.""",
     weapon="stun gun", fact="stun gun", mct=["disguised as a lipstick", "dance studio 2", "No, I can't share that."],
     tags=["email_thread", "refusal", "question_kept"])

case("clean", "Dearborn STEM Academy", "Xavier Lindsay", 10, "serious_violence",
     "2026-05-28 11:15", "Dearborn STEM Academy, 2nd floor robotics lab",
     """Email from Det. Kim Halvorsen, 12:40 PM: "Please confirm: victim's injuries, weapon, and the suspect's DOB and grade. Also is he known to associate with anyone we should be looking at?"
Reply, 1:05 PM: Victim (T.N., 10th grade) has a stab wound to the right thigh from a screwdriver that Xavier took off the workbench in the 2nd floor robotics lab at 11:15 AM. He was taken to Boston Medical Center by EMS and needed surgery to repair a torn artery. Xavier's DOB and grade are in the report (10th grade). I have nothing to offer on associates.""",
     fact="torn artery", mct=["stab wound to the right thigh", "screwdriver", "torn artery"],
     tags=["email_thread", "refusal"])

# ---------------------------------------------------------------------------------------------
# allow, with forbidden facts in the answers (or in the officer's own quoted message)
# ---------------------------------------------------------------------------------------------

case("redact", "Jeremiah E. Burke High School", "Corey Alston", 10, "weapon",
     "2025-10-21 10:15", "Jeremiah E. Burke High School, 3rd floor hallway",
     """From: Ofc. Brian Leary (D-B3)
Sent: Tue 10/21/2025 11:30 AM
Can you confirm his address? We want to talk to the guardian tonight.

From: AP Lorraine Okafor
Sent: Tue 10/21/2025 11:52 AM
Yes, the SIS has him at 57 Wendover St, 2nd floor, with his aunt.
For the incident: at 10:15 AM in the 3rd floor hallway Corey pulled a folding knife with a 3 inch blade from his waistband and held it up at a boy he had been arguing with. A teacher stepped between them and Corey put it away; SSS took it from him at 10:20.""",
     weapon="knife", fact="folding knife", mnc=["Wendover"], cats=["neighborhood"],
     mct=["from his waistband", "A teacher stepped between them", "10:20"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "English High School", "Trevor Banfield", 11, "weapon",
     "2025-11-12 13:05", "English High School, gym bleachers",
     """Call notes, Det. Robert Caine, 11/12/2025, 2:10 PM.
Caine: Is he in the gang database?
Me: I don't know about any database, but our SSS says he's been claiming the Top Side crew on Instagram since last spring.
Caine: And the gun?
Me: A black Glock-style pistol, loaded, 10 rounds in the magazine. A student saw it in his gym bag under the bleachers at 1:05 PM and told the coach. SSS recovered it at 1:12 PM. No one was threatened with it.""",
     weapon="firearm", fact="pistol", mnc=["Top Side"], cats=["gang_affiliation"],
     mct=["10 rounds in the magazine", "gym bag under the bleachers", "1:12 PM"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "Madison Park Technical Vocational High School", "Wilmer Castaneda", 11, "serious_violence",
     "2026-02-10 11:40", "Madison Park Technical Vocational High School, welding shop",
     """---------- Forwarded message ---------
> From: Det. Gail Mahoney
> What country is the family from? And how is the other boy doing?

> From: Dean Paul Rooney
> They came from Honduras in 2023.
> The other boy (E.M.) is at Boston Medical Center with second-degree burns on his neck and left ear.

Adding the facts for the report: at 11:40 AM in the welding shop Wilmer grabbed a lit torch from the bench and held the flame against E.M.'s neck after E.M. shoved him. The shop teacher shut off the gas and called 911.""",
     fact="second-degree burns", mnc=["Honduras"], cats=["national_origin"],
     mct=["second-degree burns", "shut off the gas", "lit torch"],
     tags=["forwarded_chain", "forbidden_answer"])

case("redact", "East Boston High School", "Jonathan Mejia", 10, "drugs",
     "2026-03-05 09:25", "East Boston High School, 2nd floor boys' bathroom",
     """Officer Christine Dunleavy (A-7), phone, 3/5/2026, 10:15 AM:
"Does mom need an interpreter?" I told her yes, the mother speaks Spanish only, and that our family liaison will be on the call.
"What was in the bag?" Eight small bags of white powder that the officer on scene field-tested as cocaine, plus $340 in cash, in Jonathan's hoodie pocket. The bathroom monitor found him with another student in the 2nd floor boys' bathroom at 9:25 AM.""",
     subs=["cocaine"], fact="cocaine", mnc=["Spanish"], cats=["language"],
     mct=["Eight small bags of white powder", "$340 in cash", "2nd floor boys' bathroom"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "Excel High School", "Hector Lemus", 12, "weapon",
     "2025-12-16 08:30", "Excel High School, front entrance scanner",
     """Texts, Officer Mark Dorsey and AP:
[9:12] Dorsey: is he here legally? his aunt wouldn't give her name
[9:20] AP: from what the aunt told the counselor the family is undocumented, that's why she's nervous
[9:21] Dorsey: ok. what was it
[9:23] AP: machete, about 18 in, in a rolled up towel in his duffel. went through the scanner at 8:30
[9:24] Dorsey: he say anything
[9:26] AP: said he had it for a fight after school, wouldn't say with who""",
     weapon="knife", fact="machete", mnc=["undocumented"], cats=["immigration_status"],
     mct=["rolled up towel", "went through the scanner at 8:30", "fight after school"],
     tags=["text_messages", "forbidden_answer"])

case("redact", "Brighton High School", "Kevin Dumont", 11, "credible_threat",
     "2026-02-18 20:10", "Text messages to a classmate (concerning Brighton High School)",
     """Email, Officer Janet Guerin, 2/19/2026 6:55 AM: "Got the screenshots, thank you. Can you confirm where he lives? And is the stepdad's gun at the house?"
AP reply, 7:10 AM: The screenshots came to us from the classmate's mother at 9:00 PM last night. Kevin is not in the building today. I don't know about the stepfather's gun beyond what Kevin wrote.""",
     threat="Kevin texted a classmate at 8:10 PM on 2/18/2026: \"ima bring my stepdad's glock and start in the caf at 11, you already know who.\" He named the place and the time. Officer Guerin asked where he can be found tonight; the AP told her he lives in the development on Fidelis Way with his mother and stepfather.",
     fact="screenshots", mnc=["Fidelis Way"], cats=["neighborhood"],
     mct=["screenshots came to us from the classmate's mother", "not in the building today"],
     tags=["email_thread", "threat_statement", "forbidden_answer"])

case("redact", "TechBoston Academy", "Roody Pierre-Louis", 9, "weapon",
     "2025-10-09 14:50", "TechBoston Academy, 1st floor near the cafeteria",
     """Det. Sandra Coyle asked me (phone, 3:30 PM) to confirm his address and the family's language. I told her I would not give her either from school, and that the parent would be contacted through us. What happened: at 2:50 PM near the cafeteria Roody took a taser out of his backpack and sparked it at two 9th graders who were laughing at him. It did not touch anyone. A teacher took it. It is a black Vipertek with a broken belt clip.""",
     weapon="taser", fact="taser", mnc=["Wheatland", "02124", "Haitian", "Creole"], cats=["neighborhood", "language"],
     extra={"home_address": "88 Wheatland Ave, Apt 1, Boston MA 02124", "home_language": "Haitian Creole",
            "homeroom": "108"},
     mct=["sparked it at two 9th graders", "It did not touch anyone.", "broken belt clip"],
     tags=["narrative_quote", "refusal", "structured_field"])

case("redact", "Snowden International School", "Destiny Harlow", 12, "drugs",
     "2026-01-15 12:35", "Snowden International School, 5th floor stairwell",
     """> From: Det. Neil Amaral
> Is she known to associate with anyone? Someone is supplying these.
>
> From: Assistant Head
> Our SSS says she's been around the Glenway Boys since the summer, older guys who pick her up after school.

Facts: at 12:35 PM a teacher found Destiny in the 5th floor stairwell with a sandwich bag of 40 small blue pills marked "M 30." The officer on scene said they were likely pressed fentanyl pills and took them for the lab. Destiny said they were not hers.""",
     subs=["fentanyl"], fact="fentanyl", mnc=["Glenway"], cats=["gang_affiliation"],
     mct=["40 small blue pills", "5th floor stairwell", "took them for the lab"],
     tags=["forwarded_chain", "forbidden_answer"])

case("redact", "Jeremiah E. Burke High School", "Anderson Monteiro", 11, "serious_violence",
     "2026-04-13 14:10", "Jeremiah E. Burke High School, basketball court",
     """Q&A with Officer Philip Crowe (B-2) for the lookout, 4/13/2026, 2:40 PM:
Q: What is he, for the description?
A: He's Cape Verdean, about 5'10", thin.
Q: Clothes?
A: Red jacket and gray sweatpants when he left.
Q: What happened?
A: At 2:10 PM on the basketball court Anderson hit another student in the head with a metal pipe. The student has a fractured skull and was taken to Boston Medical Center. Anderson ran toward the back gate.""",
     fact="metal pipe", mnc=["Cape Verdean"], cats=["ethnicity"],
     mct=["metal pipe", "fractured skull", "ran toward the back gate"],
     tags=["qa_transcript", "forbidden_answer"])

case("redact", "Fenway High School", "Omar Haddad", 10, "weapon",
     "2026-03-02 12:05", "Fenway High School, 2nd floor hallway",
     """Officer Lisa Carney asked me this afternoon whether there is anything she should know before going to the house. I told her the family is Muslim and it is Ramadan, so the evening meal time would be a bad time to knock.
The incident: at 12:05 PM in the 2nd floor hallway Omar swung a set of brass knuckles at another student, missing him, and then dropped them when a teacher shouted. The brass knuckles are silver with a spike on each knuckle. SSS took them.""",
     weapon="brass knuckles", fact="brass knuckles", mnc=["Muslim", "Ramadan"], cats=["religion"],
     mct=["silver with a spike", "dropped them when a teacher shouted", "2nd floor hallway"],
     tags=["narrative_quote", "forbidden_answer"])

case("redact", "Charlestown High School", "Shannon Keefe", 10, "drugs",
     "2025-12-03 10:50", "Charlestown High School, library",
     """Det. Michael Foley (email, 11:30 AM): "Can you confirm her address? We think the source is in her building."
Reply (11:55 AM): She lives in the Bunker Hill development, building 5, with her mother. The pills were found at 10:50 AM in the library when Shannon dropped a sandwich bag with 15 tan pills that she told the librarian were "roxies." The officer on scene tested one as positive for fentanyl.""",
     subs=["fentanyl"], fact="fentanyl", mnc=["Bunker Hill", "building 5"], cats=["neighborhood"],
     mct=["15 tan pills", "roxies", "in the library"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "Boston Latin Academy", "Yonas Tesfaye", 11, "credible_threat",
     "2025-11-03 08:15", "Boston Latin Academy, 4th floor classroom 412",
     """Det. Beatrice Lynch, phone, 11/3/2025, 9:40 AM. She asked whether the family is "from here." The counselor, who was on the call, said they came from Eritrea in 2022 and were granted asylum. Lynch then asked about the threat itself. Ms. Park heard Yonas say it at 8:15 AM in room 412 and wrote it down word for word. His mother was called at 8:40 AM.""",
     threat="At 8:15 AM on 11/3/2025 in room 412, after losing his phone privileges, Yonas told his teacher Ms. Park: \"I'm going to cut you with the knife in my locker before the bell at 2.\" SSS found a 6 inch kitchen knife in his locker at 8:30 AM.",
     fact="room 412", mnc=["Eritrea", "asylum"], cats=["national_origin", "immigration_status"],
     mct=["wrote it down word for word", "His mother was called at 8:40 AM"],
     tags=["call_notes", "threat_statement", "forbidden_answer"])

case("redact", "John D. O'Bryant School", "Tommy Nguyen-Baker", 9, "weapon",
     "2026-01-20 11:20", "John D. O'Bryant School, 2nd floor science hallway",
     """-----Forwarded chain-----
> Ofc. Carl Jessup: Does dad need an interpreter when we call?
> Counselor: Yes, he speaks Vietnamese only. Our liaison Ms. Tran can help.
> Ofc. Jessup: Thanks. Describe the knife?
> Counselor: Black tactical knife, 5 inch blade with a serrated edge, in his jacket.

Context from me (AP): Tommy showed it to classmates in the 2nd floor science hallway at 11:20 AM and said he would use it on "whoever jumped my brother." A student told the teacher.""",
     weapon="knife", fact="tactical knife", mnc=["Vietnamese"], cats=["language"],
     mct=["Black tactical knife", "serrated edge", "whoever jumped my brother"],
     tags=["forwarded_chain", "forbidden_answer"])

case("redact", "Mission Hill K-8", "Elias Bramwell", 8, "serious_violence",
     "2025-11-25 09:40", "Mission Hill K-8, gym",
     """Officer Kathleen Nunes asked where Elias can be found after school. I told her he lives in Alice Taylor with his grandmother.
She also asked for the injuries. At 9:40 AM in the gym Elias hit a 7th grader with a wooden bat from the equipment closet. The 7th grader has a broken left arm and a cut above his eye; his mother took him to Children's. Elias said the boy had been "talking about his mom." The gym teacher took the bat.""",
     fact="broken left arm", mnc=["Alice Taylor"], cats=["neighborhood"],
     mct=["wooden bat", "broken left arm", "cut above his eye"],
     tags=["narrative_quote", "forbidden_answer"])

case("redact", "Dearborn STEM Academy", "Janae Holloway-Price", 11, "drugs",
     "2026-02-04 13:20", "Dearborn STEM Academy, girls' locker room",
     """Call with Det. Ivan Kostas, 2/4/2026, 2:00 PM. He asked whether Janae is known to associate with anyone who sells. I said I'm not going to discuss her associates. He asked what she had: 12 Percocet tablets in a prescription bottle labeled for her grandmother, found in her locker in the girls' locker room at 1:20 PM. She told the nurse she was going to sell them to a friend. The nurse confirmed there is no prescription for Janae.""",
     subs=["oxycodone"], fact="Percocet", mnc=["African American", "Former EL"], cats=["ethnicity", "language"],
     extra={"race": "Black or African American", "el_status": "Former EL (exited 2022)", "advisor": "Ms. Gill"},
     mct=["12 Percocet tablets", "labeled for her grandmother", "no prescription for Janae"],
     tags=["call_notes", "refusal", "structured_field"])

case("redact", "Edwards Middle School", "Luis Ferrante", 8, "weapon",
     "2025-10-30 10:45", "Edwards Middle School, music room",
     """From: Officer Diane Rourke
Sent: Thu 10/30/2025 12:05 PM
Is he in the gang database? What's his address?

From: Assistant Principal
Sent: Thu 10/30/2025 12:30 PM
I don't know about the database, but last year the school police officer told me he was flagged as an associate of the Orchard crew. I won't give the address.
The weapon: a spring-assisted knife with a 3.5 inch blade. Luis pulled it on an 8th grader in the music room at 10:45 AM. The music teacher got between them; Luis closed it and handed it over.""",
     weapon="knife", fact="spring-assisted knife", mnc=["Orchard"], cats=["gang_affiliation"],
     mct=["spring-assisted knife", "music room at 10:45 AM", "handed it over"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "Henderson K-12 Inclusion School", "Malcolm Tibbs", 11, "credible_threat",
     "2026-03-23 07:35", "Henderson K-12 Inclusion School, upper campus front steps",
     """Det. Harold Fenn emailed at 9:00 AM asking for the exact words and whether any staff heard it. SSS Ribeiro heard it at 7:35 AM on the front steps and wrote it down immediately. Malcolm was brought inside and his bag was searched; nothing was found. His father was called and is on the way.""",
     threat="At 7:35 AM on 3/23/2026 on the upper campus front steps Malcolm told another 11th grader, in front of SSS Ribeiro: \"3 o'clock you're getting shot, I already told my boys.\" Det. Fenn asked whether this is gang-related; the AP told him Malcolm claims Heath Street on his Instagram page.",
     fact="front steps", mnc=["Heath Street"], cats=["gang_affiliation"],
     mct=["wrote it down immediately", "nothing was found"],
     tags=["email_thread", "threat_statement", "forbidden_answer"])

case("redact", "Boston Arts Academy", "Bianca Saraiva", 10, "drugs",
     "2025-09-23 12:15", "Boston Arts Academy, costume shop",
     """Officer Gina Albanese, texts:
[1:02] Albanese: was it just the one bag
[1:04] AP: two. one of white powder, one of small pink pills. officer on scene tested the powder, cocaine
[1:05] Albanese: ok. parent coming?
[1:08] AP: mom is coming, she only speaks Portuguese so our secretary is translating on the phone
[1:09] Albanese: where'd you find it
[1:10] AP: costume shop, in her sewing kit, 12:15, teacher saw her handing it to a 9th grader""",
     subs=["cocaine"], fact="cocaine", mnc=["Portuguese"], cats=["language"],
     mct=["small pink pills", "in her sewing kit", "handing it to a 9th grader"],
     tags=["text_messages", "forbidden_answer"])

case("redact", "Community Academy of Science and Health", "Jerome Baptiste", 12, "serious_violence",
     "2026-01-07 10:55", "Community Academy of Science and Health, 1st floor hallway",
     """Call with Det. Sean O'Rourke, 1/7/2026, 11:40 AM.
O'Rourke: Can you confirm his address?
Me: 14 Geneva Ave, apartment 3.
O'Rourke: What happened?
Me: At 10:55 AM in the 1st floor hallway Jerome stabbed a 12th grade boy once in the left side of the chest with a small knife. The boy was conscious; EMS took him to Boston Medical Center with a collapsed lung. Jerome dropped the knife and walked into the main office.""",
     fact="collapsed lung", mnc=["Geneva Ave"], cats=["neighborhood"],
     mct=["left side of the chest", "collapsed lung", "walked into the main office"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "McCormack Middle School", "Yadiel Rosario", 7, "weapon",
     "2026-02-25 09:10", "McCormack Middle School, 7th grade math class",
     """Officer Denise Walsh asked on the phone, "Where's he from?" I told her he is from the Dominican Republic and came to the school in 6th grade.
She asked what happened. At 9:10 AM in 7th grade math Yadiel took out a pocket knife with a 2 inch blade and cut the strap of another student's backpack. He did not cut the student. The teacher took the knife.""",
     weapon="knife", fact="pocket knife", mnc=["Dominican"], cats=["national_origin"],
     mct=["cut the strap", "did not cut the student", "7th grade math"],
     tags=["narrative_quote", "forbidden_answer"])

case("redact", "Lyon Upper School", "Joseph Saint-Fleur", 10, "weapon",
     "2025-10-07 11:30", "Lyon Upper School, courtyard",
     """Email from Det. Raymond Okoro, 12:15 PM: "Does he have status? We may need to loop in other agencies."
Reply, 12:40 PM: The family has Temporary Protected Status, per the enrollment file. I'd ask you not to loop anyone in.
The incident: at 11:30 AM in the courtyard Joseph sprayed pepper spray in the face of a student who had taken his hat. The student's eyes were flushed by the nurse for 15 minutes. The canister (black, Sabre Red) is in the office.""",
     weapon="pepper spray", fact="pepper spray", mnc=["Temporary Protected Status"], cats=["immigration_status"],
     mct=["Sabre Red", "flushed by the nurse for 15 minutes", "taken his hat"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "Urban Science Academy", "Kevin Ajanel", 9, "drugs",
     "2026-03-24 08:40", "Urban Science Academy, front entrance",
     """Det. Tracy Burgess asked by phone at 9:30 AM: "What country is he from? Is he ELL?" I told her I am not going to answer those. She asked what was found. At the front entrance bag check at 8:40 AM SSS found a small glass vial of white powder and a rolled-up dollar bill in Kevin's backpack. The officer on scene field-tested the powder as cocaine. Kevin said an older student gave it to him to hold.""",
     subs=["cocaine"], fact="cocaine", mnc=["Guatemala", "WIDA 1"], cats=["national_origin", "language"],
     extra={"country_of_birth": "Guatemala", "ell_level": "WIDA 1 - Entering", "bus_route": "Rt 12"},
     mct=["small glass vial of white powder", "rolled-up dollar bill", "I am not going to answer those."],
     tags=["call_notes", "refusal", "structured_field"])

case("redact", "Excel High School", "Abdi Warsame", 11, "credible_threat",
     "2025-12-01 10:40", "Excel High School, 3rd floor",
     """-----Forwarded message-----
> From: Officer Kyle Dempsey
> We got a call from a parent about a Somali kid making threats at Excel. Is this the same kid?
>
> From: AP Vanessa Cole
> Yes, it's the same student. Details are in our report.

AP note: the student said it at 10:40 AM on the 3rd floor to two classmates, who told their teacher. SSS searched his bag; no weapon was found. His father has been called.""",
     threat="At 10:40 AM on 12/1/2025 on the 3rd floor, Abdi told two classmates: \"Wednesday I'm bringing a gun and the ones who jumped me are done, starting with Deshawn.\" He named a day and a person. The classmates say he has shown them a video of himself holding a pistol.",
     fact="no weapon was found", mnc=["Somali"], cats=["ethnicity"],
     mct=["no weapon was found", "His father has been called."],
     tags=["forwarded_chain", "threat_statement", "forbidden_answer"])

case("redact", "East Boston High School", "Bryan Alvarado", 12, "weapon",
     "2026-04-16 15:10", "East Boston High School, side door on the athletic field",
     """Notes of call with Det. Laura Mancini, 4/16/2026, 4:00 PM.
She asked: where does he live? I said near Maverick Square, on Sumner St, with his older brother.
She asked about the knife. A 7 inch kitchen knife that Bryan took out at the side door to the athletic field at 3:10 PM, when a group of students from another school showed up. A coach ordered him back inside and he dropped it on the ground. No one was hurt.""",
     weapon="knife", fact="kitchen knife", mnc=["Maverick", "Sumner St"], cats=["neighborhood"],
     mct=["7 inch kitchen knife", "dropped it on the ground", "No one was hurt."],
     tags=["call_notes", "forbidden_answer"])

case("redact", "Madison Park Technical Vocational High School", "Darius Coleman", 12, "drugs",
     "2025-11-19 13:50", "Madison Park Technical Vocational High School, culinary arts kitchen",
     """Det. Anthony Riordan, email, 2:30 PM: "Is he known to associate with anyone? Where does he stay?"
Reply, 2:55 PM: He's from Cathedral and our SSS says he's tied in with the Cathedral crew.
What was found: a plastic bag of 20 bundles of heroin, stamped "Black Label," in a cereal box in his culinary arts locker at 1:50 PM. A classmate reported seeing him counting them.""",
     subs=["heroin"], fact="heroin", mnc=["Cathedral"], cats=["neighborhood", "gang_affiliation"],
     mct=["20 bundles", "Black Label", "cereal box"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "Brighton High School", "Declan Moynihan", 10, "serious_violence",
     "2026-01-09 12:30", "Brighton High School, cafeteria",
     """Officer Ruth Haskins, call at 1:45 PM. She asked whether the family has anyone who could help with contact, like a church. I told her the family is close with their parish priest at St. Brendan's and that he could help.
Incident: at 12:30 PM in the cafeteria Declan smashed a glass bottle over another student's head. The student had glass in his scalp, a laceration closed with 12 stitches, and a concussion; he was taken to St. Elizabeth's by EMS.""",
     fact="12 stitches", mnc=["St. Brendan", "parish priest"], cats=["religion"],
     mct=["glass bottle", "12 stitches", "concussion"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "TechBoston Academy", "Hamza Alsaadi", 9, "serious_violence",
     "2025-10-23 09:50", "TechBoston Academy, 2nd floor computer lab",
     """Q&A, Det. Wesley Carr and AP Moira Flynn, 10/23/2025:
Q: Is he ELL? Will he understand his rights if we talk to him?
A: Yes, he's an English learner, level 2, and his first language is Arabic.
Q: What did he use?
A: A compass from his math kit. At 9:50 AM in the 2nd floor computer lab he stabbed another boy in the hand with it several times. The point went through the boy's hand; he was taken to Boston Medical Center for surgery.""",
     fact="compass", mnc=["English learner", "Arabic"], cats=["language"],
     mct=["compass from his math kit", "went through the boy's hand", "surgery"],
     tags=["qa_transcript", "forbidden_answer"])

case("redact", "Snowden International School", "Chukwuemeka Obi", 12, "credible_threat",
     "2026-03-11 14:20", "Snowden International School, guidance office",
     """Det. Carla Romano called at 3:00 PM. She asked for the parents' nationality for her paperwork; the counselor said they are Nigerian. She asked whether Chukwuemeka has access to weapons. He told the counselor he could "get one by tomorrow." He was picked up by his father at 3:30 PM.""",
     threat="At 2:20 PM on 3/11/2026 in the guidance office, after learning he would not graduate on time, Chukwuemeka told his counselor: \"Tomorrow morning I'm coming back with a gun for Mr. Dwyer and whoever is in the office.\" He named a person and a time.",
     fact="get one by tomorrow", mnc=["Nigerian"], cats=["national_origin"],
     mct=["get one by tomorrow", "picked up by his father at 3:30 PM"],
     tags=["call_notes", "threat_statement", "forbidden_answer"])

case("redact", "Jeremiah E. Burke High School", "Quentin Abernathy", 9, "drugs",
     "2026-05-05 10:05", "Jeremiah E. Burke High School, 1st floor",
     """From: Det. Jason Whalen
> Can you confirm the address? We're putting together a warrant for the supplier.

From: AP
Detective, it's in 02121, just off Blue Hill Ave, with his mother.
The facts: at 10:05 AM a teacher on the 1st floor saw Quentin with a bag of 25 small red pills. The officer on scene identified them as ecstasy (MDMA) pills stamped with a crown. Quentin said he was holding them for someone.""",
     subs=["MDMA"], fact="MDMA", mnc=["02121", "Blue Hill Ave"], cats=["neighborhood"],
     mct=["25 small red pills", "stamped with a crown", "holding them for someone"],
     tags=["forwarded_chain", "forbidden_answer"])

case("redact", "Charlestown High School", "Sean Delahunt", 11, "serious_violence",
     "2026-02-12 15:00", "Charlestown High School, parking lot",
     """---------- Forwarded message ---------
From: Officer Matthew Tobin (A-15)
> He's in our database as a Mishawum associate. Can you confirm he's the one on the video?

From: Dean
I can confirm he is the student on the video, nothing else.

Video summary: at 3:00 PM in the parking lot Sean hit another student in the face with a metal skateboard truck wrapped around his fist. The student has a broken eye socket and was taken to Mass General.""",
     fact="broken eye socket", mnc=["Mishawum"], cats=["gang_affiliation"],
     mct=["metal skateboard truck", "broken eye socket", "I can confirm he is the student on the video, nothing else."],
     tags=["forwarded_chain", "officer_quote", "forbidden_answer"])

case("redact", "English High School", "Edwin Zelaya", 10, "weapon",
     "2025-12-09 08:05", "English High School, front entrance scanner",
     """-----Forwarded-----
> From: Officer Tara Quigley
> Mom hung up when I called and wouldn't give her name. Is her status an issue? Do I need to know anything?
>
> From: Family liaison
> I think she's afraid, she has no papers. Please let me set up the next call.

AP note for the report: Edwin's bag set off the scanner at the front entrance at 8:05 AM. SSS found a pair of brass knuckles and a small folding knife in the inside pocket. Edwin said he carries them because he was robbed at the bus stop last month.""",
     weapon="brass knuckles", fact="brass knuckles", mnc=["no papers"], cats=["immigration_status"],
     mct=["set off the scanner", "small folding knife", "robbed at the bus stop"],
     tags=["forwarded_chain", "forbidden_answer"])

case("redact", "John D. O'Bryant School", "Adrian Beltran", 11, "drugs",
     "2025-10-01 11:10", "John D. O'Bryant School, 3rd floor boys' bathroom",
     """Det. Lorna Pacheco asked by email for "a description, for our records, and whatever you have on his background." I gave her the description only: 5'9", slim, black hoodie with a white logo, gray joggers. On background I told her there is nothing I can share.
Incident: at 11:10 AM the bathroom monitor saw Adrian with a small digital scale and two bags of white powder in the 3rd floor boys' bathroom. The officer on scene field-tested the powder as cocaine; about 7 grams total.""",
     subs=["cocaine"], fact="cocaine", mnc=["Hispanic"], cats=["ethnicity"],
     extra={"federal_race_ethnicity": "Hispanic or Latino", "locker": "3-114"},
     mct=["small digital scale", "about 7 grams total", "there is nothing I can share"],
     tags=["email_thread", "refusal", "structured_field"])

case("redact", "Boston Latin Academy", "Wesley Chan", 9, "weapon",
     "2026-03-18 10:20", "Boston Latin Academy, 2nd floor classroom 214",
     """Texts with Officer Vanessa Doyle:
[11:05] Doyle: on my way. does mom need an interpreter?
[11:07] AP: yes, she'll need Cantonese. I'll have our liaison on speaker
[11:08] Doyle: what is it
[11:10] AP: a karambit, curved blade, about 3 inches. he was spinning it on his finger in room 214 at 10:20 and the teacher took it
[11:11] Doyle: anyone threatened
[11:11] AP: no""",
     weapon="knife", fact="karambit", mnc=["Cantonese"], cats=["language"],
     mct=["curved blade", "spinning it on his finger", "room 214 at 10:20"],
     tags=["text_messages", "forbidden_answer"])

case("redact", "Henderson K-12 Inclusion School", "Tyquan Mercer", 12, "drugs",
     "2026-01-28 12:55", "Henderson K-12 Inclusion School, upper campus lunchroom",
     """Call, Det. Gregory Sheehy, 1/28/2026, 1:40 PM.
Sheehy: Where does he stay?
Me: With his dad in Mattapan, near the Oakland St corner.
Sheehy: And what did he have?
Me: A bag of 30 oxycodone 30 mg tablets, light blue, in a vitamin bottle. He was selling at the lunch table at 12:55 PM; a lunch aide saw money change hands.
Sheehy: Prescription?
Me: None on file.""",
     subs=["oxycodone"], fact="oxycodone", mnc=["Mattapan", "Oakland St"], cats=["neighborhood"],
     mct=["30 oxycodone 30 mg tablets", "vitamin bottle", "money change hands"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "Fenway High School", "Marquis Dill", 11, "credible_threat",
     "2026-04-21 16:45", "Phone call to a classmate (concerning Fenway High School)",
     """Email from Det. Sonia Reyes, 4/22/2026 7:15 AM: "Is this the same kid from the fight in March? Is this gang related?"
AP reply, 7:40 AM: I can't speak to that. The classmate's mother called us at 5:30 PM yesterday and the classmate gave a written statement this morning. Marquis has been told not to come to school today.""",
     threat="At 4:45 PM on 4/21/2026 Marquis called a classmate and said: \"Tell Rico I'll be outside Fenway at dismissal tomorrow with the gun, he's dead.\" The classmate told her mother. The AP told Det. Reyes that Marquis has told other students he is with the Greenwood Boys.",
     fact="written statement this morning", mnc=["Greenwood"], cats=["gang_affiliation"],
     mct=["called us at 5:30 PM yesterday", "written statement this morning"],
     tags=["email_thread", "threat_statement", "forbidden_answer"])

case("redact", "Dearborn STEM Academy", "Edson Tavares", 10, "serious_violence",
     "2025-09-29 13:40", "Dearborn STEM Academy, 1st floor hallway near the gym",
     """Officer Jack Harnett asked me where the family is from and whether they speak English at home. I told him Cape Verde, and that they speak Kriolu at home.
He also asked about the weapon and injuries. At 1:40 PM in the 1st floor hallway near the gym Edson slashed another 10th grader across the back with a box cutter. The cut was about 6 inches long and needed 20 stitches at Boston Medical Center.""",
     fact="box cutter", mnc=["Cape Verde", "Kriolu"], cats=["national_origin", "language"],
     mct=["across the back with a box cutter", "20 stitches", "near the gym"],
     tags=["narrative_quote", "forbidden_answer"])

case("redact", "Edwards Middle School", "Caleb Rutherford", 8, "drugs",
     "2026-04-29 10:30", "Edwards Middle School, 8th grade hallway",
     """From: Det. Monica Faria
> When is a good time to visit the home?

From: AP
Not Saturday morning please. The family is Jehovah's Witness and dad asked that no one come then.
For the report: at 10:30 AM a teacher found Caleb with a pill bottle containing 8 Adderall tablets and 6 Xanax bars, none prescribed to him. He was trading them for vape pods in the 8th grade hallway.""",
     subs=["Xanax", "Adderall"], fact="Xanax", mnc=["Jehovah"], cats=["religion"],
     mct=["8 Adderall tablets", "6 Xanax bars", "trading them for vape pods"],
     tags=["forwarded_chain", "forbidden_answer"])

case("redact", "Urban Science Academy", "Dominic Searles", 12, "weapon",
     "2025-11-04 14:10", "Urban Science Academy, back stairwell",
     """Email to Det. Roland Pugh, 11/4/2025, 3:40 PM:
Detective, in your message this morning you wrote that "he's a known Walnut Park associate." I can't confirm or discuss that.
What I can tell you: at 2:10 PM SSS found a loaded .38 revolver in Dominic's jacket in the back stairwell after a student reported seeing it. There were 5 rounds in the cylinder. Dominic did not resist.""",
     weapon="firearm", fact=".38 revolver", mnc=["Walnut Park"], cats=["gang_affiliation"],
     mct=["loaded .38 revolver", "5 rounds in the cylinder", "I can't confirm or discuss that."],
     tags=["email_thread", "officer_quote", "forbidden_answer"])

case("redact", "McCormack Middle School", "Jaheim Boyce", 8, "serious_violence",
     "2025-12-15 14:15", "McCormack Middle School, gym",
     """Officer Nicole Brophy, by phone at 3:00 PM:
Q: Where does he live?
A: Harbor Point apartments, on Columbia Point.
Q: What happened?
A: At 2:15 PM in the gym Jaheim hit a 7th grader in the face with a 5 lb dumbbell. The boy has a broken cheekbone and lost a tooth and was taken to Boston Medical Center.
Q: Where's the dumbbell?
A: Bagged in the main office.""",
     fact="dumbbell", mnc=["Harbor Point", "Columbia Point"], cats=["neighborhood"],
     mct=["5 lb dumbbell", "broken cheekbone", "lost a tooth"],
     tags=["qa_transcript", "forbidden_answer"])

case("redact", "Lyon Upper School", "Santiago Rendon", 11, "drugs",
     "2026-02-17 09:50", "Lyon Upper School, library",
     """Det. Peter Landry, email 10:45 AM: "Is he a citizen? I need to know for the paperwork."
Counselor reply (cc AP), 11:02 AM: No, he has a green card. The family is from Colombia.
AP addition: at 9:50 AM in the library Santiago was seen passing a small bag of white powder to another student. The officer on scene field-tested it as cocaine. Santiago had two more bags in his shoe.""",
     subs=["cocaine"], fact="cocaine", mnc=["green card", "Colombia"], cats=["immigration_status", "national_origin"],
     mct=["passing a small bag of white powder", "two more bags in his shoe", "in the library"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "Brighton High School", "Dawit Bekele", 10, "serious_violence",
     "2026-03-30 11:35", "Brighton High School, 2nd floor hallway",
     """Det. Helen Corrigan (phone, 12:20 PM) asked whether Dawit needs an interpreter for the interview and whether the family can be reached by phone. I told her I would arrange any contact with the family through the school. She asked for the facts: at 11:35 AM in the 2nd floor hallway Dawit hit another student repeatedly with a bike lock. The student has a broken collarbone and a head wound with 9 staples; he was taken to St. Elizabeth's.""",
     fact="bike lock", mnc=["Amharic", "Expanding"], cats=["language"],
     extra={"ell": {"status": "EL", "level": "4 - Expanding", "first_language": "Amharic"}, "counselor": "Mr. Otis"},
     mct=["bike lock", "broken collarbone", "9 staples"],
     tags=["call_notes", "refusal", "structured_field"])

case("redact", "Snowden International School", "Ikran Hassan", 9, "weapon",
     "2025-11-17 13:00", "Snowden International School, 3rd floor girls' bathroom",
     """Texts, Officer Diane Casey and AP:
[1:40] Casey: does mom need an interpreter?
[1:42] AP: yes, Somali. our liaison Mr. Farah can be on the call
[1:43] Casey: ok what was it
[1:45] AP: pepper spray, small red canister. she sprayed it at another 9th grader in the 3rd floor girls' bathroom at 1:00. the girl's eyes were rinsed by the nurse, she went home
[1:46] Casey: where's the spray
[1:46] AP: in the office""",
     weapon="pepper spray", fact="pepper spray", mnc=["Somali"], cats=["language"],
     mct=["small red canister", "3rd floor girls' bathroom at 1:00", "rinsed by the nurse"],
     tags=["text_messages", "forbidden_answer"])

case("redact", "TechBoston Academy", "Lamar Fitzgerald", 12, "credible_threat",
     "2025-12-12 12:50", "TechBoston Academy, cafeteria",
     """Email, Det. Renee Donovan, 1:40 PM: "Where can we find him tonight?" The AP's answer is in the threat statement below, which we are sending as requested. Lamar left the building at 1:00 PM before SSS could reach him; his mother has been called and says she will bring him to the district.""",
     threat="At 12:50 PM on 12/12/2025 in the cafeteria Lamar told a group of students: \"I got a gun in my car, when the bell rings at 2:30 the first one of y'all that comes out is getting it.\" Four students heard it. (Det. Donovan asked where he can be found tonight: the AP told her he lives at 12 Bradshaw St with his grandmother.)",
     fact="left the building at 1:00 PM", mnc=["Bradshaw"], cats=["neighborhood"],
     mct=["left the building at 1:00 PM", "bring him to the district"],
     tags=["email_thread", "threat_statement", "forbidden_answer"])

case("redact", "Boston Arts Academy", "Julian Ortega-Reyes", 11, "weapon",
     "2026-05-07 15:20", "Boston Arts Academy, outside the main entrance",
     """Call with Sgt. Francis Coughlin for the BOLO, 5/7/2026, 3:35 PM.
Coughlin: What's his race, for the description?
Me: He's Puerto Rican, light-skinned, about 5'6".
Coughlin: Clothes?
Me: Black North Face jacket, white sneakers.
Coughlin: What did he have?
Me: A black handgun. At 3:20 PM outside the main entrance he lifted his shirt and showed it to a student he'd been fighting with, then walked toward the bus stop.""",
     weapon="firearm", fact="handgun", mnc=["Puerto Rican", "light-skinned"], cats=["ethnicity"],
     mct=["Black North Face jacket", "lifted his shirt", "walked toward the bus stop"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "Community Academy of Science and Health", "Kareem Atwater", 10, "drugs",
     "2026-03-09 12:20", "Community Academy of Science and Health, gym bleachers",
     """---------- Forwarded message ---------
> From: Det. Shawn Healey
> Kid is in our system as a Lucerne Street associate. We want to know who he's selling for. Anything you can tell me?

Detective, I'm not able to help with who he is connected to. Incident facts: at 12:20 PM a teacher saw Kareem under the gym bleachers with a bag of 18 white pills stamped "A 215." The officer on scene identified them as oxycodone. Kareem had $210 in cash.""",
     subs=["oxycodone"], fact="oxycodone", mnc=["Lucerne Street"], cats=["gang_affiliation"],
     mct=["18 white pills", "A 215", "$210 in cash"],
     tags=["forwarded_chain", "officer_quote", "forbidden_answer"])

case("redact", "Jeremiah E. Burke High School", "Damion Clarke", 11, "weapon",
     "2026-01-23 09:35", "Jeremiah E. Burke High School, 2nd floor lockers",
     """Det. Gloria Finnegan asked me on the phone, "Is he from around here?" I told her he moved here from Jamaica in 8th grade.
She asked what was found. A 9 inch bowie knife in a sheath, in Damion's locker on the 2nd floor, found at 9:35 AM after a student said Damion showed it to him and said he'd "handle" a boy from another school. Damion admitted it was his.""",
     weapon="knife", fact="bowie knife", mnc=["Jamaica"], cats=["national_origin"],
     mct=["9 inch bowie knife", "in a sheath", "Damion admitted it was his."],
     tags=["narrative_quote", "forbidden_answer"])

case("redact", "Madison Park Technical Vocational High School", "Yusuf Karimi", 10, "credible_threat",
     "2026-02-02 10:25", "Madison Park Technical Vocational High School, electrical shop",
     """Email, Det. Neil Barrow, 11:30 AM: "Does the family go to a mosque? We'd like to do outreach through the imam."
Reply, 11:50 AM: They attend the Islamic Society on Malcolm X Blvd.
For the threat: the electrical shop teacher heard Yusuf say it at 10:25 AM and reported it right away. SSS checked his bag and shop locker; nothing was found. His father is coming at 1 PM.""",
     threat="At 10:25 AM on 2/2/2026 in the electrical shop Yusuf told a classmate who had been teasing him: \"Thursday I'm bringing my uncle's gun and you're the first one, in this shop.\" He named a day, a place and a person.",
     fact="electrical shop", mnc=["Islamic Society", "Malcolm X Blvd"], cats=["religion"],
     mct=["reported it right away", "nothing was found", "His father is coming at 1 PM."],
     tags=["email_thread", "threat_statement", "forbidden_answer"])

case("redact", "Snowden International School", "Raymond Pettaway", 11, "weapon",
     "2026-04-06 08:25", "Snowden International School, lobby security desk",
     """Det. Curtis Banks asked (email, 9:30 AM): "Can you confirm his address?" I replied that I won't share the address. He asked what was found. At 8:25 AM at the lobby security desk SSS found a collapsible baton and a can of pepper spray in Raymond's backpack. Raymond said he carries them "for the walk from the train." No one was threatened.""",
     weapon="club", fact="collapsible baton", mnc=["Bowdoin St", "02122"], cats=["neighborhood"],
     extra={"contact": {"address": "203 Bowdoin St, Apt 3", "city": "Boston", "zip": "02122"}, "advisory": "11C"},
     mct=["collapsible baton", "for the walk from the train", "lobby security desk"],
     tags=["email_thread", "refusal", "structured_field"])

case("redact", "Dearborn STEM Academy", "Wendy Jean-Baptiste", 9, "credible_threat",
     "2026-01-12 10:05", "Dearborn STEM Academy, 9th grade advisory room",
     """Det. Frank Kilroy called at 11:00 AM. He asked whether the parents need an interpreter; the AP said yes, Haitian Creole, and that our liaison Ms. Dorval would join. He asked for the threat and who heard it. The advisory teacher heard it at 10:05 AM and wrote it down. SSS searched Wendy's bag and found a steak knife wrapped in a napkin.""",
     threat="At 10:05 AM on 1/12/2026 in advisory, Wendy told the teacher and three students: \"I'm stabbing Kayla at lunch, I got the knife right here.\" A steak knife wrapped in a napkin was found in her bag.",
     fact="steak knife wrapped in a napkin", mnc=["Haitian", "Creole"], cats=["language"],
     mct=["steak knife wrapped in a napkin", "wrote it down"],
     tags=["call_notes", "threat_statement", "forbidden_answer"])

case("redact", "Fenway High School", "Anthony Quarles", 10, "drugs",
     "2025-10-27 13:15", "Fenway High School, art room",
     """Officer Mary Kate Donnelly, texts:
[2:01] Donnelly: where's he staying these days? mom said he's not at home
[2:04] AP: with cousins in the Franklin Field apartments
[2:05] Donnelly: ok. what'd you find
[2:07] AP: a prescription bottle with no label, 14 white pills the officer said look like fentanyl presses, plus 2 THC carts. art room, 1:15, teacher saw him selling
[2:08] Donnelly: thx""",
     subs=["fentanyl", "THC vape cartridge"], fact="fentanyl", mnc=["Franklin Field"], cats=["neighborhood"],
     mct=["14 white pills", "2 THC carts", "art room, 1:15"],
     tags=["text_messages", "mixed_substances", "forbidden_answer"])

case("redact", "Excel High School", "Tyrone Gaskins", 12, "serious_violence",
     "2026-05-20 14:45", "Excel High School, outside the main entrance",
     """Call notes, Det. Eileen Murray, 5/20/2026, 3:30 PM.
Murray: Is this gang related?
Me: Our SSS says both boys run with rival crews, Tyrone with the Big Dawgs.
Murray: What happened?
Me: At 2:45 PM outside the main entrance Tyrone stabbed a 10th grader twice in the stomach with a folding knife. The boy was taken by EMS to Boston Medical Center and is in surgery. Tyrone ran; the knife was found in the bushes by the flagpole.""",
     fact="twice in the stomach", mnc=["Big Dawgs", "rival crews"], cats=["gang_affiliation"],
     mct=["twice in the stomach", "in surgery", "bushes by the flagpole"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "Mission Hill K-8", "Maya Eldridge", 8, "drugs",
     "2026-03-13 11:45", "Mission Hill K-8, 8th grade classroom",
     """Officer Roberto Pina, email, 12:30 PM: "Can you confirm her address? The mother isn't answering."
Reply, 12:45 PM: She lives on Parker Hill Ave with her mother and little brother.
What happened: at 11:45 AM a teacher saw Maya giving a classmate a small blue pill. In her backpack were 9 more tablets in a folded paper, which she said were her mother's "anxiety pills." The nurse identified them as Xanax (alprazolam 2 mg).""",
     subs=["Xanax"], fact="Xanax", mnc=["Parker Hill"], cats=["neighborhood"],
     mct=["9 more tablets in a folded paper", "alprazolam 2 mg", "small blue pill"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "John D. O'Bryant School", "Mauricio Lemos", 12, "credible_threat",
     "2025-09-18 09:30", "John D. O'Bryant School, 4th floor physics room",
     """Det. Kenneth Shea, phone, 10:20 AM: "We may need to bring in other agencies if he's not a citizen. What's his status?" The AP told him Mauricio is a DACA recipient and that she was not comfortable saying more. Shea asked about the threat. The physics teacher heard it at 9:30 AM, removed the class, and called SSS. Mauricio was calm and sat in the office until his mother came.""",
     threat="At 9:30 AM on 9/18/2025 in the 4th floor physics room, Mauricio told his teacher and the class: \"I'm going to come back Friday with a rifle and take care of everyone in this room.\" His brother owns a rifle, according to what Mauricio told the AP.",
     fact="removed the class", mnc=["DACA"], cats=["immigration_status"],
     mct=["removed the class", "sat in the office until his mother came"],
     tags=["call_notes", "threat_statement", "forbidden_answer"])

case("redact", "Charlestown High School", "Erick Portillo", 10, "weapon",
     "2026-05-26 12:40", "Charlestown High School, cafeteria",
     """Q&A, Officer Glen Mahoney and Dean, 5/26/2026:
Q: What is he? We had a call about a Hispanic male with a knife.
A: He's Salvadoran.
Q: And the knife?
A: A red Swiss Army-style knife with the main blade open. At 12:40 PM in the cafeteria Erick pointed it at a boy who had thrown food at him. The lunch aide took it.
Q: Anyone hurt?
A: No.""",
     weapon="knife", fact="Swiss Army-style knife", mnc=["Salvadoran", "Hispanic male"], cats=["ethnicity"],
     mct=["Swiss Army-style knife", "main blade open", "thrown food at him"],
     tags=["qa_transcript", "forbidden_answer"])

case("redact", "Henderson K-12 Inclusion School", "Patrick Lonergan", 11, "serious_violence",
     "2025-11-10 10:20", "Henderson K-12 Inclusion School, upper campus hallway",
     """Det. Maureen Kiley asked (email, 11:15 AM) for the injury, the weapon, and the student's date of birth and grade. I replied with those only: at 10:20 AM in the upper campus hallway Patrick hit a classmate in the head with a metal water bottle several times. The classmate had a skull fracture and a brain bleed and was taken to Children's Hospital by EMS. Patrick's DOB and grade are in the record.""",
     fact="skull fracture", mnc=["Catholic", "St. Peter"], cats=["religion"],
     extra={"religion": "Catholic", "parish": "St. Peter's", "emergency_contact_relation": "uncle"},
     mct=["metal water bottle", "skull fracture", "brain bleed"],
     tags=["email_thread", "structured_field"])

case("redact", "Lyon Upper School", "Stevenson Desir", 10, "credible_threat",
     "2026-04-27 13:10", "Lyon Upper School, 2nd floor hallway",
     """-----Forwarded-----
> From: Det. Arthur Quinlan
> Family is Haitian, right? We'll bring a Creole speaker when we do the home visit.
>
> From: AP
> Yes, please do.

AP note: the hallway aide heard the statement at 1:10 PM and walked Stevenson to the office. SSS found nothing in his bag. His mother was called at 1:25 PM.""",
     threat="At 1:10 PM on 4/27/2026 in the 2nd floor hallway Stevenson told another 10th grader: \"Friday I'm coming with my cousin and a strap, you and your brother.\" He named a day and two people, and the other student says Stevenson showed him a gun in a video call last week.",
     fact="walked Stevenson to the office", mnc=["Haitian", "Creole"], cats=["ethnicity", "language"],
     mct=["walked Stevenson to the office", "His mother was called at 1:25 PM."],
     tags=["forwarded_chain", "officer_quote", "threat_statement", "forbidden_answer"])

case("redact", "Urban Science Academy", "Khalil Pritchett", 11, "weapon",
     "2025-12-10 15:05", "Urban Science Academy, after-school program room",
     """Officer Lynn Shaughnessy (phone, 3:45 PM) asked where he's from and who he runs with. The after-school coordinator, who took the call with me, said he is from the Bromley-Heath development and runs with the Heath Street kids. I said that was all we would say on that.
Incident: at 3:05 PM in the after-school program room Khalil pulled a black stun gun and sparked it at a staff member who told him to leave. It did not touch her. SSS took it.""",
     weapon="stun gun", fact="stun gun", mnc=["Bromley-Heath", "Heath Street"], cats=["neighborhood", "gang_affiliation"],
     mct=["sparked it at a staff member", "It did not touch her.", "after-school program room"],
     tags=["call_notes", "forbidden_answer"])

case("redact", "Boston Latin Academy", "Larissa Nogueira", 11, "drugs",
     "2026-01-30 08:55", "Boston Latin Academy, 1st floor girls' bathroom",
     """Det. Joanne Kearns, email 9:40 AM: "Is the family from here? The girl seemed confused by my questions."
Reply 10:00 AM: She arrived from Brazil last spring.
Incident: a bathroom monitor found Larissa in the 1st floor girls' bathroom at 8:55 AM with a small bag of white powder and a cut straw. The officer on scene field-tested it as ketamine. She said a man at the bus stop sold it to her.""",
     subs=["ketamine"], fact="ketamine", mnc=["Brazil"], cats=["national_origin"],
     mct=["cut straw", "field-tested it as ketamine", "man at the bus stop"],
     tags=["email_thread", "forbidden_answer"])

case("redact", "English High School", "Rondell Pike", 12, "credible_threat",
     "2026-03-16 22:30", "Instagram live video (concerning English High School)",
     """Det. Brenda Coyne, 3/17/2026 7:20 AM, email: "Can you confirm his address and whether he's in the gang database?"
Reply, 7:35 AM: I won't answer either question. The video was sent to us at 10:45 PM by a teacher who follows the school's page. Rondell has been kept home today.""",
     threat="During an Instagram live video at 10:30 PM on 3/16/2026 Rondell held up a black handgun and said: \"Tomorrow, 6th period, English High, y'all gonna learn.\" He named the school and the period.",
     fact="kept home today", mnc=["Walk Hill", "Woodrow"], cats=["neighborhood", "gang_affiliation"],
     extra={"address": "77 Walk Hill St, Apt 4", "flags": {"gang_flag": "associate - Woodrow Ave"}, "sped": False},
     mct=["sent to us at 10:45 PM", "kept home today"],
     tags=["email_thread", "refusal", "threat_statement", "structured_field"])

case("redact", "Edwards Middle School", "Ana Tzoc", 7, "weapon",
     "2025-11-21 12:20", "Edwards Middle School, cafeteria",
     """Officer Ross Gilligan asked on the phone whether mom needs an interpreter and "whether there's a status issue." The family liaison told him mom only speaks K'iche' and is undocumented, and asked him to go through her for any contact.
Incident: at 12:20 PM in the cafeteria Ana took a box cutter from her pencil case and threatened a girl who had pulled her hair. A lunch aide took the box cutter. No one was hurt.""",
     weapon="box cutter", fact="box cutter", mnc=["K'iche'", "undocumented"], cats=["language", "immigration_status"],
     mct=["from her pencil case", "pulled her hair", "No one was hurt."],
     tags=["narrative_quote", "forbidden_answer"])

# ---------------------------------------------------------------------------------------------
# deny: the ground, the substance, the recipient, the missing threat statement, face surveillance,
# and replica/airsoft guns (which need an approver's determination the request does not carry)
# ---------------------------------------------------------------------------------------------

case("deny", "Jeremiah E. Burke High School", "Isaiah Crump", 11, "gang_activity",
     "2026-02-20 13:00", "Jeremiah E. Burke High School",
     """From: Det. Gerald Mack, Youth Violence Strike Force
> We're building out a picture of the crews at the Burke. Is he known to associate with anyone? Can you confirm his address?

From: AP
Detective, from what our SSS sees he hangs with the Academy Homes kids, and the SIS address is 31 Lamartine St. There was no incident today; this is in response to your request.""",
     reason="ground_not_permitted", mnc=["Academy Homes", "Lamartine"], cats=["gang_affiliation", "neighborhood"],
     tags=["forwarded_chain", "deny_ground"])

case("deny", "English High School", "Victor Almonte", 10, "fight",
     "2025-10-15 11:45", "English High School, cafeteria",
     """Call with Officer Dennis Moakley, 12:30 PM. He asked what happened and whether dad needs an interpreter. I told him Victor and another 10th grader traded punches in the cafeteria at 11:45 AM; no one needed medical treatment and both were separated by SSS within a minute. I told him yes, dad speaks Spanish and will need an interpreter.""",
     reason="ground_not_permitted", mnc=["Spanish"], cats=["language"],
     tags=["call_notes", "deny_ground"])

case("deny", "Brighton High School", "Connor Whelan", 12, "theft",
     "2026-01-16 14:10", "Brighton High School, 2nd floor locker room",
     """Texts, Officer Patricia Dolan and AP:
[3:01] Dolan: the AirPods and the phone, was that him?
[3:03] AP: yes, on camera in the 2nd floor locker room at 2:10, he returned the phone, not the AirPods
[3:04] Dolan: he from the neighborhood? address?
[3:06] AP: Faneuil St, near the Oak Square YMCA""",
     reason="ground_not_permitted", mnc=["Faneuil", "Oak Square"], cats=["neighborhood"],
     tags=["text_messages", "deny_ground"])

case("deny", "Charlestown High School", "Michael Spadafora", 10, "vandalism",
     "2025-11-24 07:10", "Charlestown High School, rear wall by the loading dock",
     """Officer Gary Donahue emailed at 9:00 AM: "Is the tag on the back wall a gang tag? Is he in the gang database?"
Reply, 9:25 AM: Our SSS says the tag is the Over The Bridge crew's and that Michael is one of them. He was seen on the rear camera spray-painting the wall by the loading dock at 7:10 AM. No one was hurt; facilities is painting over it.""",
     reason="ground_not_permitted", mnc=["Over The Bridge"], cats=["gang_affiliation"],
     tags=["email_thread", "deny_ground"])

case("deny", "East Boston High School", "Giovanni Ruiz-Tan", 12, "trespass",
     "2026-03-06 10:30", "East Boston High School, 3rd floor",
     """Notes, call with Officer Ellen Sweeney (A-7), 11:10 AM.
Sweeney: Is he a current student?
Me: He was withdrawn in January. He came in through the side door at 10:30 AM and was found on the 3rd floor visiting friends. He left when asked.
Sweeney: Where does he live now?
Me: Still in Orient Heights, with his grandmother.""",
     reason="ground_not_permitted", mnc=["Orient Heights"], cats=["neighborhood"],
     tags=["call_notes", "deny_ground"])

case("deny", "Madison Park Technical Vocational High School", "Kenson Dorvilus", 11, "information_request",
     "2026-04-03 09:00", "Madison Park Technical Vocational High School",
     """Det. Leonard Hogan (Homicide) asked by email for "anything you have" on Kenson, who may have been a witness to a shooting near his home last weekend. Nothing happened at school. He asked what country the family is from and where they live. The counselor answered that the family came from Haiti in 2021 and lives off Blue Hill Ave near Morton St.""",
     reason="ground_not_permitted", mnc=["Haiti", "Morton St"], cats=["national_origin", "neighborhood"],
     tags=["email_thread", "deny_ground"])

case("deny", "Snowden International School", "Arturo Quispe", 11, "immigration_inquiry",
     "2026-02-09 10:00", "Snowden International School",
     """From: Officer Brian Kerrigan
> A federal partner asked us to check on this student's status. Is he here legally?

From: Registrar
The enrollment file shows he came on a tourist visa in 2023 and overstayed. Please let me know what else you need.""",
     reason="ground_not_permitted", mnc=["overstayed", "tourist visa"], cats=["immigration_status"],
     tags=["forwarded_chain", "deny_ground"])

case("deny", "TechBoston Academy", "Derrick Holt", 10, "truancy",
     "2026-01-26 08:00", "TechBoston Academy",
     """Officer Sheila Conway called about Derrick, who has missed 31 days this year. She asked whether we know where he spends the day and if he has been seen with anyone. I told her I'm not able to discuss that and that attendance is being handled by the school's attendance team and the family. There was no incident at school.""",
     reason="ground_not_permitted", tags=["call_notes", "refusal", "deny_ground"])

case("deny", "Excel High School", "Bilal Rahimi", 12, "suspicious_behavior",
     "2026-05-13 12:15", "Excel High School, outside the front doors",
     """Officer Nathan Burke (phone, 1:00 PM): "A neighbor reported a kid taking pictures of the building. Is he Muslim? Anything we should know?"
AP: He was taking photos for his architecture portfolio project, his teacher confirmed it. Yes, he's Muslim; he prays in the library at lunch. Nothing else happened.""",
     reason="ground_not_permitted", mnc=["Muslim", "prays in the library"], cats=["religion"],
     tags=["call_notes", "deny_ground"])

case("deny", "Jeremiah E. Burke High School", "Travis Mondesir", 10, "drugs",
     "2025-12-05 10:20", "Jeremiah E. Burke High School, 1st floor bathroom",
     """Officer Daniel Fahey, texts:
[10:50] Fahey: what was it
[10:52] AP: about 10 grams of weed in a baggie and a grinder, 1st floor bathroom at 10:20
[10:53] Fahey: where's he living
[10:55] AP: in the Mildred Hailey development with his mom""",
     subs=["marijuana"], reason="excluded_substance", mnc=["Mildred Hailey"], cats=["neighborhood"],
     tags=["text_messages", "deny_substance"])

case("deny", "Lyon Upper School", "Caitlin Moss", 11, "drugs",
     "2026-03-03 13:40", "Lyon Upper School, 2nd floor girls' bathroom",
     """Det. Russell Byrne asked by email what was found and whether she is known to associate with older kids who sell. Reply: three THC vape cartridges ("Cookies" brand) and a battery in her makeup bag, found by the bathroom monitor at 1:40 PM. I won't discuss who she spends time with.""",
     subs=["THC vape cartridge"], reason="excluded_substance", tags=["email_thread", "refusal", "deny_substance"])

case("deny", "Fenway High School", "Nikita Volkov", 9, "drugs",
     "2026-02-11 09:15", "Fenway High School, 1st floor hallway",
     """Officer Ann Lydon asked on the phone: "Nicotine or THC?" I said we don't know; the vape was not tested and the student won't say. It was confiscated in the 1st floor hallway at 9:15 AM. She then asked whether mom needs an interpreter; I said yes, Russian.""",
     subs=["vape"], reason="excluded_substance", mnc=["Russian"], cats=["language"],
     tags=["call_notes", "deny_substance"])

case("deny", "John D. O'Bryant School", "Peter Szymanski", 12, "drugs",
     "2025-10-31 11:00", "John D. O'Bryant School, gym",
     """From: Officer Laura Bickford
> Heard about the Halloween thing. What was it?

From: AP
A water bottle that was about half vodka, shared with two other seniors in the gym at 11:00 AM. Peter was sick and the nurse called his father. Nothing else was found on him.""",
     subs=["vodka"], reason="excluded_substance", tags=["forwarded_chain", "deny_substance"])

case("deny", "Edwards Middle School", "Mateo Quishpe", 8, "drugs",
     "2026-04-08 10:05", "Edwards Middle School, 8th grade classroom",
     """Officer Rita Costello (email, 10:45 AM): "What did he have and where is the family from?" Reply: a tin of Zyn nicotine pouches that he was handing out in class at 10:05 AM. The family is from Ecuador.""",
     subs=["nicotine pouches"], reason="excluded_substance", mnc=["Ecuador"], cats=["national_origin"],
     tags=["email_thread", "deny_substance"])

case("deny", "Boston Arts Academy", "Sierra Mulligan", 10, "drugs",
     "2025-12-18 12:30", "Boston Arts Academy, black box theater",
     """Det. Owen Rafferty asked what the gummies were. The package says 10 mg THC per piece, "Wana" brand; Sierra gave one each to two friends in the black box theater at 12:30 PM and one of them felt sick and went to the nurse. He asked if Sierra needs an interpreter for the interview; I said no and that her mother would come with her.""",
     subs=["THC gummies"], reason="excluded_substance", tags=["call_notes", "deny_substance"])

case("deny", "Charlestown High School", "Kyle Brennan", 11, "drugs",
     "2026-05-22 14:30", "Charlestown High School, bleachers",
     """Texts, Officer Joe Canty and AP:
[3:10] Canty: what'd you find under the bleachers
[3:12] AP: a blunt, a Juul with 3 pods, and 4 cans of beer in his backpack, 2:30
[3:13] Canty: he live on the hill?
[3:15] AP: Polk St, with his dad""",
     subs=["marijuana", "Juul pods", "beer"], reason="excluded_substance", mnc=["Polk St"], cats=["neighborhood"],
     tags=["text_messages", "deny_substance"])

case("deny", "Jeremiah E. Burke High School", "Andre Lucien", 11, "weapon",
     "2026-01-14 09:20", "Jeremiah E. Burke High School, 2nd floor",
     """From: Analyst, intelligence center
> Is he in the gang database on your end? Can you confirm his crew?

From: AP
Our SSS says he's with Castlegate. The knife was a 4 inch folding knife found in his jacket on the 2nd floor at 9:20 AM.""",
     weapon="knife", rcpt="bric", reason="recipient_not_permitted", mnc=["Castlegate"], cats=["gang_affiliation"],
     tags=["forwarded_chain", "deny_recipient"])

case("deny", "East Boston High School", "Rodrigo Chavez", 10, "drugs",
     "2026-02-27 11:30", "East Boston High School, 1st floor boys' bathroom",
     """Deportation officer Kim Rollins (ERO) called and asked what country Rodrigo is from and what he had. The AP told her he is from Guatemala and that he had 5 blue pills that tested positive for fentanyl, found in the 1st floor boys' bathroom at 11:30 AM.""",
     subs=["fentanyl"], rcpt="ice/ero-boston", reason="recipient_not_permitted", mnc=["Guatemala"],
     cats=["national_origin"], tags=["call_notes", "deny_recipient"])

case("deny", "Snowden International School", "Samir Haddou", 12, "weapon",
     "2026-03-25 08:15", "Snowden International School, lobby",
     """Special Agent Dana Price (HSI) emailed: "Is he on a visa? Any pending cases?" The registrar answered that his asylum case is pending. The incident: an unloaded handgun was found in his backpack at the lobby security desk at 8:15 AM.""",
     weapon="firearm", rcpt="dhs/hsi-boston", reason="recipient_not_permitted", mnc=["asylum"],
     cats=["immigration_status"], tags=["email_thread", "deny_recipient"])

case("deny", "Boston Latin Academy", "Henry Lowe", 10, "credible_threat",
     "2025-11-06 21:00", "Discord server (concerning Boston Latin Academy)",
     """An analyst from the fusion center asked by email for the threat and for "any associates." The AP sent the threat statement and said she would not discuss associates. The post was reported by a parent at 9:30 PM.""",
     threat="At 9:00 PM on 11/6/2025 Henry posted on a Discord server: \"tomorrow 2nd lunch I'm bringing the AR and ending this school.\" His father has a licensed rifle, per the father.",
     rcpt="commonwealth-fusion-center", reason="recipient_not_permitted",
     tags=["email_thread", "refusal", "deny_recipient"])

case("deny", "Madison Park Technical Vocational High School", "Jaquan Pierce", 11, "serious_violence",
     "2026-04-30 14:40", "MBTA bus stop outside Madison Park Technical Vocational High School",
     """Transit Police Det. Frank Russo called at 3:20 PM and asked for the injuries. The AP told him the other student was stabbed in the shoulder at the bus stop at 2:40 PM and was taken to Boston Medical Center. Russo asked where Jaquan lives; she said she could not share that.""",
     rcpt="mbta-transit-police", reason="recipient_not_permitted", tags=["call_notes", "refusal", "deny_recipient"])

case("deny", "Boston Community Leadership Academy", "Trent Gallagher", 12, "weapon",
     "2025-10-10 15:00", "Boston Community Leadership Academy, parking lot",
     """The security supervisor for the building's parking contractor emailed asking for the report on the knife found in Trent's car. He asked whether Trent lives nearby. The AP replied that Trent lives on Hyde Park Ave and that the knife was a 6 inch fixed blade found at 3:00 PM.""",
     weapon="knife", rcpt="allied-universal-security", reason="recipient_not_permitted", mnc=["Hyde Park Ave"],
     cats=["neighborhood"], tags=["email_thread", "deny_recipient"])

case("deny", "Community Academy of Science and Health", "Ricardo Amado", 11, "credible_threat",
     "2026-01-21 10:10", "Community Academy of Science and Health, room 204",
     """Special Agent Carol Whitney of the FBI Boston field office asked by phone whether the family is from Cape Verde and what Ricardo said. The counselor confirmed the family is from Cape Verde. The threat is below.""",
     threat="At 10:10 AM on 1/21/2026 in room 204 Ricardo told his teacher: \"Monday I'm bringing a bomb to this room.\" He had been searching online for how to build a pipe bomb on a school laptop.",
     rcpt="fbi/boston", reason="recipient_not_permitted", mnc=["Cape Verde"], cats=["national_origin"],
     tags=["call_notes", "threat_statement", "deny_recipient"])

case("deny", "Urban Science Academy", "Mason Hickey", 10, "drugs",
     "2026-03-27 12:00", "Urban Science Academy, cafeteria",
     """Trooper Alan Voss (State Police) asked by phone what was found. The AP told him a bag of about 4 grams of cocaine in Mason's lunchbox at 12:00 PM. Voss asked for the family's address and the AP declined.""",
     subs=["cocaine"], rcpt="massachusetts-state-police", reason="recipient_not_permitted",
     tags=["call_notes", "refusal", "deny_recipient"])

case("deny", "Dearborn STEM Academy", "Treyvon Small", 10, "credible_threat",
     "2025-12-02 12:35", "Dearborn STEM Academy, cafeteria",
     """Officer Monica Hale, phone, 1:15 PM. She asked what Treyvon said and whether he's known to associate with anyone. I told her that at 12:35 PM in the cafeteria he told another student "I'm bringing my brother's gun Friday and you're done." On associates I said I can't share that.""",
     reason="missing_threat_statement", tags=["call_notes", "refusal", "deny_threat_missing"])

case("deny", "Brighton High School", "Alexis Fournier", 11, "credible_threat",
     "2026-03-10 08:50", "Brighton High School, room 112",
     """Email from Det. Craig Nolan, 9:40 AM: "What exactly did she say? Does mom need an interpreter?"
Reply, 10:05 AM: In room 112 at 8:50 AM Alexis told her teacher she would "come back with a knife and cut" a girl who posted about her. Her mother speaks French and will need an interpreter.""",
     reason="missing_threat_statement", mnc=["French"], cats=["language"],
     tags=["email_thread", "deny_threat_missing"])

case("deny", "Henderson K-12 Inclusion School", "Brandon Tully", 12, "credible_threat",
     "2026-02-13 23:10", "Snapchat (concerning Henderson K-12 Inclusion School)",
     """Texts, Det. Lisa Vaughn and AP, 2/14/2026:
[7:05] Vaughn: saw the snap. did he say a time?
[7:07] AP: "after 3rd period" and he showed a gun in the video
[7:08] Vaughn: where does he stay
[7:10] AP: Cummins Hwy, 2nd floor""",
     reason="missing_threat_statement", mnc=["Cummins Hwy"], cats=["neighborhood"],
     tags=["text_messages", "deny_threat_missing"])

case("deny", "Excel High School", "Lionel Batiste", 10, "credible_threat",
     "2025-09-26 14:00", "Excel High School, gym",
     """Q&A with Officer Sean Kiley:
Q: What did he say?
A: In the gym at 2:00 PM he told a coach he would "shoot up the game Friday."
Q: Is he in the gang database?
A: I can't answer that.""",
     reason="missing_threat_statement", tags=["qa_transcript", "refusal", "deny_threat_missing"])

case("deny", "McCormack Middle School", "Keanu Maldonado", 8, "credible_threat",
     "2026-04-15 10:40", "McCormack Middle School, 8th grade hallway",
     """Officer Dana Fitzgerald asked me on the phone what country the family is from and what happened. I told her the family came from Honduras two years ago. At 10:40 AM in the 8th grade hallway Keanu told a classmate he'd bring a knife tomorrow and "poke" him.""",
     reason="missing_threat_statement", mnc=["Honduras"], cats=["national_origin"],
     tags=["narrative_quote", "deny_threat_missing"])

case("deny", "Lyon Upper School", "Owen Farrelly", 11, "credible_threat",
     "2026-05-04 09:30", "Lyon Upper School, library",
     """-----Forwarded-----
> From: Det. Kevin Gorman
> Got your voicemail. What did he write and who found it?
>
> From: Librarian
> A note on the library table at 9:30 AM in his handwriting: "last day for all of you, Wednesday." I found it and gave it to the AP.""",
     reason="missing_threat_statement", tags=["forwarded_chain", "deny_threat_missing"])

case("deny", "TechBoston Academy", "Jamal Whitcomb", 11, "weapon",
     "2026-01-30 13:15", "TechBoston Academy, 3rd floor stairwell",
     """Det. Aaron Pike emailed at 3:00 PM: "We ran the still from your stairwell camera through Clearview and got a 96% match to your student Jamal Whitcomb. Can you confirm that's him and that he had the gun?" The AP confirmed the student in the still is Jamal and that SSS found a handgun in his backpack in the 3rd floor stairwell at 1:15 PM. Match report attached.""",
     weapon="firearm", reason="face_surveillance", att=[{"kind": "face_match", "name": "clearview_match_report.pdf"}],
     mnc=["Clearview", "96% match"], cats=["face_surveillance"], tags=["email_thread", "deny_face"])

case("deny", "Excel High School", "Tariq Bowden", 10, "serious_violence",
     "2026-03-20 12:10", "Excel High School, cafeteria",
     """Det. Maura Doyle asked by phone for the 10th grade yearbook photos so they can run them against the cafeteria video with their facial recognition software and find the second boy. The AP attached the photos as requested. The injured student has a broken jaw from being hit with a lunch tray at 12:10 PM.""",
     reason="face_surveillance", att=[{"kind": "photo", "name": "grade10_yearbook_photos.zip"},
                                      {"kind": "document", "name": "nurse_note.pdf"}],
     cats=["face_surveillance"], tags=["call_notes", "deny_face"])

case("deny", "Boston Community Leadership Academy", "Marcus Oyelowo", 11, "weapon",
     "2025-11-14 16:20", "Boston Community Leadership Academy, side entrance",
     """Officer Kathleen Doherty called at 5:00 PM. She said the state facial recognition unit identified Marcus from the side entrance camera with a 0.97 similarity score and asked us to confirm. The AP confirmed it was Marcus and that the knife he showed at 4:20 PM was a 5 inch folding knife. She asked where he lives; the AP said Hyde Park, off River St.""",
     weapon="knife", reason="face_surveillance", mnc=["0.97 similarity", "River St"],
     cats=["face_surveillance", "neighborhood"], tags=["call_notes", "deny_face"])

case("deny", "Madison Park Technical Vocational High School", "Desmond Achebe", 12, "drugs",
     "2026-02-23 10:10", "Madison Park Technical Vocational High School, auto body shop",
     """From: Det. Colin Reardon
> Attached is the face match from the bus camera, it hit on your kid. Can you confirm? Is he known to associate with anyone?

From: AP
Yes, that is Desmond. He was found with 10 bags of fentanyl in the auto body shop at 10:10 AM. Our SSS says he runs with the Orchard Park crew.""",
     subs=["fentanyl"], reason="face_surveillance", att=[{"kind": "face_match", "name": "bus_cam_match_desmond.png"}],
     mnc=["Orchard Park"], cats=["face_surveillance", "gang_affiliation"], tags=["forwarded_chain", "deny_face"])

case("deny", "Fenway High School", "Gavin Sato", 12, "credible_threat",
     "2026-04-10 20:00", "TikTok video (concerning Fenway High School)",
     """Det. Rachel Boyle sent back the results of the face recognition search on the TikTok video: the top candidate was Gavin, score 0.91. The AP confirmed it was Gavin and sent his ID photo to the detective for comparison.""",
     threat="In a TikTok video posted at 8:00 PM on 4/10/2026 Gavin holds a rifle and says: \"Monday at Fenway, first period, I'm not playing.\" He named the school, the day and the period.",
     reason="face_surveillance", att=[{"kind": "photo", "name": "gavin_id_photo.jpg"}],
     mnc=["score 0.91"], cats=["face_surveillance"], tags=["email_thread", "threat_statement", "deny_face"])

case("deny", "Henderson K-12 Inclusion School", "Louis Carrington", 9, "weapon",
     "2025-10-22 12:45", "Henderson K-12 Inclusion School, upper campus yard",
     """Officer Bill Rooney asked on the phone whether the gun was real. I told him it is a replica pistol: black plastic, the orange tip had been painted over, and it fires nothing. Louis pointed it at two students in the yard at 12:45 PM. He asked if Louis is in the gang database; I said I can't answer that.""",
     weapon="replica handgun", reason="other", tags=["call_notes", "refusal", "deny_replica"])

case("deny", "Edwards Middle School", "Nolan Pereira", 8, "weapon",
     "2026-05-15 11:00", "Edwards Middle School, playground",
     """Texts, Officer Gail Shea and AP:
[11:30] Shea: real gun?
[11:32] AP: airsoft pistol, clear magazine with plastic BBs. he shot a 7th grader in the leg at 11, left a red welt, nurse put ice on it
[11:33] Shea: mom need an interpreter?
[11:35] AP: yes, Portuguese""",
     weapon="airsoft pistol", reason="other", mnc=["Portuguese"], cats=["language"],
     tags=["text_messages", "deny_replica"])


def fold(s):
    return s.lower()


def build():
    rng = random.Random(20260415)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    lines = []
    for n, i in enumerate(order, 1):
        c = CASES[i]
        cid = f"{PREFIX}-{n:04d}"
        grade = c["grade"]
        year = 2026 - (grade + 6) + (1 if rng.random() < 0.35 else 0)
        dob = date(year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        stu = {"student_id": str(rng.randint(100000, 999999)), "name": c["name"], "date_of_birth": dob,
               "grade": grade, "school": c["sch"]}
        stu.update(c["extra"])
        req = {"request_id": cid, "school_id": SCHOOLS[c["sch"]], "recipient": c["rcpt"], "ground": c["ground"]}
        if c["subs"] is not None:
            req["substances"] = c["subs"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["threat"] is not None:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": when(c["at"]), "location": c["loc"], "description": c["desc"]}
        req["student"] = stu
        if c["att"]:
            req["attachments"] = c["att"]
        allow = c["kind"] != "deny"
        desc = fold(c["desc"])
        whole = fold(json.dumps(req, ensure_ascii=False))
        # self-checks that keep the labels honest
        if allow:
            assert c["fact"] and fold(c["fact"]) in desc, (cid, c["name"], c["fact"])
            assert 1 <= len(c["mct"]) <= 3, (c["name"], c["mct"])
            for t in c["mct"]:
                assert fold(t) in desc, (c["name"], t)
            assert c["reason"] is None
        else:
            assert c["reason"] and not c["mct"] and c["fact"] is None, c["name"]
        assert (c["kind"] == "clean") == (not c["mnc"] and not c["cats"]) or c["kind"] == "deny", c["name"]
        for t in c["mnc"]:
            assert fold(t) in whole, (c["name"], t)
            for kept in c["mct"] + [c["fact"] or "", c["name"], c["sch"], c["loc"]]:
                assert fold(t) not in fold(kept), (c["name"], t, kept)
        expect = {"decision": "allow" if allow else "deny"}
        if not allow:
            expect["reason"] = c["reason"]
        expect["must_not_contain"] = c["mnc"]
        expect["must_contain"] = [c["name"], c["sch"], c["fact"]] if allow else []
        expect["must_contain_text"] = c["mct"] if allow else []
        expect["categories"] = c["cats"]
        kind_tag = {"clean": "allow_clean", "redact": "allow_redact"}.get(c["kind"])
        tags = [FAMILY, "police_conversation"] + ([kind_tag] if kind_tag else []) + c["tags"]
        expect["tags"] = tags
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    return lines


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    lines = build()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {out}")


if __name__ == "__main__":
    main()
